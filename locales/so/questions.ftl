q-permit-basis = Sharcigaaga deganaanshaha maxuu ku salaysan yahay?
q-permit-basis-hint = Warqadda go'aanka (vedtak) ee UDI waxay sheegaysaa waxa sharciga lagu siiyay ("grunnlag"). Haddii aadan hubin, dooro "Ma garanayo".
q-permit-basis-refugee = Magangalyo sida qaxooti (§ 28)
q-permit-basis-humanitarian = Sababo bini'aadantinimo oo xooggan (§ 38)
q-permit-basis-particular-connection = Xiriir gaar ah oo aad la leedahay Norway (§ 38)
q-permit-basis-resettlement = Qaxooti laga soo doortay dibadda (overføringsflyktning, § 35)
q-permit-basis-family = Isku-keenka qoyska (familieinnvandring)
q-permit-basis-other = Wax kale (shaqo, waxbarasho ama wax kale)

q-after-asylum = Sharcigan ma lagu siiyay kadib markii aad Norway ka codsatay magangalyo?
q-after-asylum-hint = Tani waxay go'aaminaysaa inta waqti ee dibadda lagu ogol yahay ka hor sharci joogto ah.

q-permit-dates = Taariikhahee ayaa ku qoran kaarkaaga deganaanshaha?
q-permit-dates-hint = Kaarka iyo warqadda go'aanka waxaa ku qoran "Gyldig fra" (ansax laga bilaabo) iyo "Gyldig til" (ansax ilaa).
q-permit-dates-from = Ansax laga bilaabo
q-permit-dates-until = Ansax ilaa

q-residence-since = Goorma ayuu bilaabmay sharcigaagii ugu horreeyay ee u horseedi kara sharci joogto ah?
q-residence-since-hint = Badanaa waa bilowga sharcigaagii ugu horreeyay ee Norway. Banaan ka dhig haddii aadan garanayn; waxaa kaliya loo isticmaalaa in la sheego goorta aad codsan karto sharci joogto ah.

q-stays = Joogitaannadaada dibadda
q-stays-hint = Ku dar safar kasta oo aad Norway uga baxday tan iyo markii sharcigaagu bilaabmay, mid mid. Maalinta aad baxdo iyo maalinta aad soo laabato waxaa loo tiriyaa maalmo Norway.

q-trip = Ma qorsheynaysaa safar?
q-trip-hint = Geli taariikhda aad qorsheysay inaad baxdo si aad u ogaato goorta ay tahay inaad soo laabato. Banaan ka dhig haddii aadan safar qorsheyn.

q-brexit = Ma tahay muwaadin Ingiriis ah oo haysta sharci joogto ah oo ku salaysan xeerarka Brexit?
q-brexit-hint = Xeerarka Brexit waxay u yihiin muwaadiniinta Ingiriiska ee Norway ku noolaa ka hor 2021. Warqadda go'aankaaga ayaa sidaas sheegaysa.

q-gave-incorrect = Ma siisay UDI macluumaad khaldan oo ku saabsan kiiskaaga?
q-withheld = Ma qarisay macluumaad muhiim u ahaa kiiskaaga?
q-incorrect-identity = Ma siisay UDI macluumaad khaldan oo ku saabsan cidda aad tahay?
q-prevented = Ma lagugu hayay dibadda oo aan laguu oggolaan inaad Norway ku soo laabato?
q-prevented-hint = Ka-dhaafidda dadka dibadda lagu hayay kadib xadgudub qoys waxay leedahay afar shuruudood. Tani waa tan koowaad.
q-family-permit = Ma haysatay sharci isku-keenka qoyska (familieinnvandring) oo aad la lahayd xaas, lammaane ama qof aad wada nooshihiin?
q-abuse = Ma lagula kacay xadgudub (mishandling) xiriirka dhexdiisa, adiga ama ilmahaaga?
q-relationship-ended = Xiriirku ma dhammaaday?

q-protection = Codsigaaga magangalyada ma si gaar ah ayaa loo qiimeynayaa, mise waxaad haysataa ilaalin wadareed?
q-protection-hint = Inta badan dadka ka cararay Ukraine waxay helaan ilaalin wadareed (kollektiv beskyttelse). Haddii aadan u qalmin, UDI ayaa kuu sheegtay in codsigaaga si gaar ah loo qiimeynayo.
q-protection-individual = Codsigayga si gaar ah ayaa loo qiimeynayaa
q-protection-collective = Waxaan haystaa ilaalin wadareed
q-interview = Ma lagaa qaaday wareysiga magangalyada (asylintervju) ee UDI?
q-interview-hint = Wareysiga dheer ee UDI ee ku saabsan sababta aad ugu baahan tahay magangalyo. Is-diiwaangelinta booliska ma aha wareysiga.
q-passport = Ma haysataa baasaboor caadi ah oo ansax ah?
q-passport-hint = Baasaboor loogu talagalay safarka dibadda oo aan dhicin. Baasaboor gudaha ah ama kaar baasaboor kuma filna. Baasaboor uu booliska hayo waa la tiriyaa.
q-decision = Ma heshay jawaabta codsigaaga magangalyada?
q-decision-none = Maya, weli waan sugayaa
q-decision-rejected = Haa, waa la diiday
q-decision-rejected-hint = Tan dooro xitaa haddii aad racfaan qaadatay.
q-dublin = Kiiskaagu ma kiis Dublin ah?
q-dublin-hint = Waddan kale oo Yurub ah ayaa mas'uul ka ah codsigaaga, waxaana lagu dirayaa halkaas. Waa laguu sheegayaa haddii ay sidaas tahay.

q-applied-for-asylum = Ma ka codsatay magangalyo (asyl) Norway?
q-first-application = Goorma ayaad markii ugu horreysay Norway ka codsatay magangalyo?
q-first-application-hint = 16-ka sano waxaa laga tiriyaa maalintaas.
q-date-of-birth = Waa maxay taariikhda dhalashadaada?
q-tr-stays = Joogitaannadaada dibadda tan iyo markii ugu horreysay ee aad codsatay
q-tr-stays-hint = Waqtiga dibadda waa laga jarayaa waqtigaaga Norway. Ku dar joogitaan kasta, mid mid.
q-left-after-rejection = Kadib diidmo, ma ka baxday Norway, ma soo laabatay, oo mar kale ma codsatay?
q-lived-2019 = Ma ku noolayd Norway 1 Janaayo 2019?
q-lives-in-norway = Hadda ma ku nooshahay Norway?
q-convicted = Norway ma lagu xukumay dambi?
q-convicted-hint = Xabsi laguugu xukumay, ama ganaax laguu qaaday dambi xabsi keeni kara, sida tuugo ama khiyaano.
q-has-permit = Hadda ma haysataa sharci deganaansho?
q-identity = Aqoonsigaaga (identitet) ma lagu caddeeyay dukumenti, tusaale ahaan baasaboor?
q-request-date = Goorma ayaa codsigaaga la sameeyay?
q-request-date-hint = Banaan ka dhig si loo isticmaalo taariikhda maanta.

q-held-permit = Sharci deganaansho noocee ah ayaad haysataa?
q-held-permit-permanent = Sharci deganaansho oo joogto ah
q-held-permit-temporary-leading-to-permanent = Sharci ku-meel-gaar ah oo u horseedi kara sharci joogto ah
q-held-permit-temporary-not-leading-to-permanent = Sharci ku-meel-gaar ah oo aan u horseedi karin sharci joogto ah
q-held-permit-no-permit = Sharci deganaansho ma haysto
q-permit-expiring = Sharcigaagu ma dhacay, mise dhowaan ayuu dhacayaa?

q-card-applied = Goorma ayaad codsatay sharciga?
q-card-applied-before-new-routine = Ka hor 16 Abriil 2021
q-card-applied-on-or-after-new-routine = 16 Abriil 2021 ama kadib
q-card-kind = Maxaad codsatay?
q-card-kind-first-asylum-in-norway = Magangalyo (asyl) markii ugu horreysay, waxaana la i siiyay sharci deganaansho
q-card-kind-from-abroad = Sharci deganaansho, oo aan dibadda ka codsaday
q-card-kind-renewal = Cusboonaysiinta sharcigayga deganaanshaha
q-card-kind-other = Wax kale
q-card-old-document = Ma haysataa baasaboor ajnabi (utlendingspass) ama dukumenti safar qaxooti (reisebevis) oo Norway ah oo dhacay, oo aadan u celin booliska?
q-card-under-18 = Ma ka yar tahay 18 sano?
q-card-appointment = Goorma ayay tahay (ama ahayd) ballantaada booliska?
q-card-appointment-hint = Banaan ka dhig haddii aadan weli haysan ballan.

q-withdrawal-ukraine = Ma ka cararay Ukraine, codsigaagana ma si gaar ah ayaa loo qiimeynayaa?
q-withdrawal-other-permit = Ma haysataa sharci deganaansho oo kale oo Norway ah?
q-withdrawal-other-application = Ma sugaysaa jawaabta codsi kale oo aad ku rabto inaad ku noolaato Norway?
q-withdrawal-under-90 = Deegaanka Schengen ma joogtay wax ka yar 90 maalmood?
