## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Joogitaanka dibadda iyo safarka xiga
stays-none-yet = Weli kuma darin joogitaan dibadda ah. Haddii aadan dibadda u bixin, sii wad.
stays-none = Joogitaan dibadda ah ma jiro
stay-add = Ku dar joogitaan dibadda ah
stay-n = Joogitaanka { $n }
stay-from = Taariikhda aad ka baxday Norway
stay-to = Taariikhda aad ku soo laabatay Norway
stay-ongoing = Weli dibadda ayaan joogaa
stay-schengen = Joogitaankan wuxuu ahaa waddan kale oo Schengen ah
stay-schengen-hint = Inta badan waddamada EU, iyo Iceland, Liechtenstein iyo Switzerland.
stay-ukraine = Joogitaankan wuxuu ahaa Ukraine
stay-done = Waan dhammeeyay joogitaanka { $n }
stay-remove = Ka saar joogitaanka { $n }
stay-removed = Joogitaanka { $n } waa la saaray.
stay-summary-ongoing = laga bilaabo { $from }, weli dibadda
stay-summary-unfinished = Lama dhammayn: ku dar taariikhaha
stay-summary-words = { $from } ilaa { $to }
stay-summary-ongoing-words = laga bilaabo { $from }, weli dibadda
stay-mark-schengen = waddan kale oo Schengen ah gudihiisa
stay-mark-ukraine = Ukraine gudaheeda
trip-from = Taariikhda aad qorsheysay inaad baxdo
trip-to = Taariikhda aad qorsheysay inaad soo laabato (waad iska dhaafi kartaa)
trip-schengen = Waxaan u socdaa waddan kale oo Schengen ah
trip-ukraine = Waxaan u socdaa Ukraine
trip-none = Safar lama qorsheyn
flow-stay-departure-missing = Joogitaanka { $n }: geli taariikhda aad ka baxday Norway, ama ka saar joogitaankan.
flow-stay-return-missing = Joogitaanka { $n }: geli taariikhda aad soo laabatay, ama dooro "Weli dibadda ayaan joogaa".
flow-trip-departure-missing = Geli taariikhda aad qorsheysay inaad baxdo, ama labada taariikhood ee safarka banaan ka dhig.

## Jawaabta
outcome-eligible = Waad xaq u leedahay
outcome-not-eligible = Xaq uma lihid
outcome-unknown = Weli lama oga
outcome-not-applicable = Looma baahna
outcome-within-limits = Xadka ayaad ku jirtaa
outcome-at-risk = Khatar ayaa jirta
outcome-limit-exceeded = Xadka waad dhaaftay
outcome-must-not-travel = Ha safrin
status-met = Waa la buuxiyay
status-not-met = Lama buuxin
status-unknown = Lama oga
result-deciding = Waxa tan go'aaminaya
result-met =
    { $n ->
        [one] 1 shuruud kale waa la buuxiyay
       *[other] { $n } shuruudood oo kale waa la buuxiyay
    }
result-not-answered = Su'aalaha aadan ka jawaabin
result-cannot-answer = Hubintu weli jawaab ma bixin karto. Marka hore tan sax:
result-see-answers = Eeg ama beddel jawaabahaaga
result-start-again = Mar kale bilow
rules-checked-on = Xeerarka waxaa la hubiyay { $date }.
next-steps-title = Waxa xiga ee aad samaynayso
pp-exemption-may-apply = Waxaad "haa" ka jawaabtay dhammaan afarta shuruudood ee ka-dhaafidda dadka dibadda lagu hayay kadib xadgudub qoys: markaa waxaa laga yaabaa in xeerka joogitaanka dibadda uusan kugu khuseyn. La xiriir UDI ama qareen.

## Tirooyinka ay shuruuddu isticmaashay
figure-days = Maalmaha la tiriyay
figure-limit = Xadka
figure-longestStayDays = Joogitaanka ugu dheer
figure-limitDays = Xadka
figure-maxFourYearDays = Maalmaha ugu badan afar sano gudahood
figure-exceededOn = Maalinta xadka la gaaray
figure-windowStart = Laga bilaabo
figure-windowEnd = Ilaa
figure-daysAbroad = Maalmaha dibadda
figure-residenceDays = Maalmaha deganaanshaha
figure-sixteenYearsReachedOn = Maalinta 16 sano la gaaray
figure-ageOnCutoff = Da'da 1 Oktoobar 2021
figure-combined65ReachedOn = Maalinta da'da iyo deganaanshuhu gaaraan 65 sano
figure-requestDate = Taariikhda codsiga
figure-deadline = Waqtiga ugu dambeeya
figure-permitEnd = Ansax ilaa
figure-since = Laga tiriyo

## Meelaha laga soo xigtay
source-seed-000 = UDI: Codsiga magangalyada (beskyttelse) marka aad horey u haysato sharci deganaansho
source-seed-001 = UDI: Xeerka ku-meel-gaarka ah ee magangalyo-doonka in ka badan 16 sano ku noolaa Norway
source-seed-002 = UDI: Waxaan haystaa codsi magangalyo oo si gaar ah loo qiimeynayo (Ukraine)
source-seed-003 = UDI: Sharciga deganaanshaha joogtada ah – goorta uu lumi karo
source-seed-004 = UDI: Sharci deganaansho oo ku salaysan sababo bini'aadantinimo oo xooggan ama xiriir gaar ah oo aad la leedahay Norway

## Waxa xiga: safarka
tl-next-title = Intaadan safrin
tl-next-card = Safar kaliya marka aad hesho kaarka deganaanshaha (oppholdskort). Kadib waad ka bixi kartaa oo ku soo laaban kartaa Norway inta sharcigaaga deganaanshuhu ansax yahay.
tl-next-documents = Markaad safrayso, qaado baasaboorkaaga iyo kaarka deganaanshaha.
tl-next-schengen = Waddamada kale ee Schengen waxaad joogi kartaa ilaa 90 maalmood muddo kasta oo 180 maalmood ah.
tl-next-limit = Haddii aad dibadda joogto muddo ka badan inta la ogol yahay, waxaad lumin kartaa sharcigaaga deganaanshaha, waxaana laga yaabaa inaad codsato mid cusub.

## Waxa xiga: sharciga joogtada ah
pp-next-title = Waxa xiga, iyo xuquuqdaada
pp-next-keep-title = Sida aad u haysan karto sharciga inta aad maqan tahay
pp-next-apply = Haddii aad Norway ka maqnaan doonto in ka badan laba sano oo aad rabto inaad haysato sharcigaaga joogtada ah, UDI ka codso ogolaansho intaadan bixin.
pp-next-before-title = Inta UDI aysan go'aan gaarin
pp-next-interview = Waxaa laga yaabaa in booliska ama UDI ay kuugu yeeraan wareysi haddii ay u baahan yihiin macluumaad dheeraad ah.
pp-next-notice = UDI waa inay kuu soo dirtaa ogeysiis hore (forhåndsvarsel) oo ay weydiisaa fikirkaaga intaysan go'aamin in sharcigaagu aanu ansax ahayn mar dambe.
pp-next-legal = Waxaad xaq u leedahay caawimaad sharci oo bilaash ah marka aad hesho ogeysiis hore ama go'aan: kharashka qareenka waa laguu bixinayaa. Adigu waa inaad la xiriirtaa qareen.
pp-next-documents = Waxaad xaq u leedahay inaad aragto dukumentiyada kiiskaaga. Waa inaad codsataa.
pp-next-decision-title = Haddii UDI go'aamiso inaad lumisay sharciga
pp-next-decision = Waxaad UDI ka heli doontaa go'aan (vedtak) sheegaya sababta.
pp-next-appeal = Go'aanka waad ka racfaan kartaa (klage).
pp-next-travel-documents = Haddii aad lumiso sharcigaaga joogtada ah, waxaad sidoo kale lumin doontaa dukumentiyada safarka ee Norway (reisedokument).
pp-next-new-permit = UDI waxay eegaysaa inaad heli karto sharci cusub, tusaale ahaan xiriir gaar ah oo aad la leedahay Norway, sababo bini'aadantinimo oo xooggan, ama ilaalin ka dhan ah in dalkaaga laguu celiyo.
pp-next-leave = Haddii aadan helin sharci cusub, waa inaad ka baxdaa Norway. Go'aanku wuxuu sheegayaa waqtiga ugu dambeeya.

## Waxa xiga: xeerka ku-meel-gaarka ah ee 2021
tr-next-title = Waxa ku dhacaya codsiga waqtiga lagu soo diray
tr-next-deadline = Codsiyo cusub lama samayn karo mar dambe: waqtiga ugu dambeeya wuxuu ahaa 1 Diseembar 2021.
tr-next-where-title = Cidda aad la xiriirayso
tr-next-where = La xiriir hay'adda ugu dambaysay ee go'aan ka gaartay kiiskaaga: UNE (guddiga racfaanka socdaalka) ama UDI (hay'adda socdaalka). Inta badan magangalyo-doonka waa UNE.
tr-next-une = Haddii UNE ay ahayd tii ugu dambaysay ee go'aamisay:
tr-next-udi = Haddii UDI ay ahayd tii ugu dambaysay ee go'aamisay:
tr-next-phone = Su'aalo? Wac UNE:
tr-next-hours = Isniin ilaa Jimco, 08.30–15.00.
tr-next-evidence-title = Caddaynta muddada aad ku noolayd Norway
tr-next-evidence-known = Haddii aad ku noolayd xarunta magangalyo-doonka (asylmottak) waqtiga oo dhan, ama aad booliska u sheegtay cinwaankaaga, UDI iyo UNE way og yihiin inaad halkan ku noolayd: waxba uma baahnid inaad dirto.
tr-next-evidence-other = Haddii kale, waxaa laga yaabaa inay kaa codsadaan dukumentiyo muujinaya meesha aad ku noolayd, sida warqado dhakhtar, iskuul ama shaqo-bixiye.
tr-next-evidence-wait = Waxba ha dirin ilaa ay kaa codsadaan.
tr-next-identity-title = Haddii aqoonsigaaga aan la caddayn
tr-next-identity = Waxaa laga yaabaa inaad hesho sharci xaddidan (begrenset tillatelse). Wuxuu ku siinayaa xaq aad ku noolaato Norway, laakiin ma siinayo xaq aad ku hesho sharci joogto ah.

## Hagayaasha
guide-permit-holder-headline = Codsigaaga iyo sharcigaaga
guide-residence-card-headline = Sida aad u hesho kaarka deganaanshaha
guide-card-earliest = Kaarku wuxuu iman karaa ugu horrayn { $date } (20 maalmood shaqo kadib ballantaada booliska).
guide-withdrawal-headline = Kadib marka aad ka noqoto codsigaaga
guide-withdrawal-how = Sida looga noqdo
help-lines-title = Haddii lagu sameeyo rabshad ama qasab
letter-title = Warqad aad uga noqonayso codsigaaga
letter-intro = Qor magacaaga iyo lambarkaaga DUF. Warqadda waxaa lagu qorayaa halkan telefoonkaaga, Noorwiiji ahaan, iyadoo nuqul luqaddaada ah aad akhrisan karto. Waxba lama dirayo: daabac, saxiix, oo boosta ugu dir UDI. Magacaaga iyo lambarkaaga lama kaydinayo.
letter-name = Magacaaga oo buuxa
letter-name-hint = Sida uu ugu qoran yahay warqadahaaga UDI.
letter-duf = Lambarkaaga DUF
letter-duf-hint = 12 lambar, oo ku yaal kaarka deganaanshaha ama warqadaha UDI, tusaale ahaan 2012 3456 7890.
letter-write = Qor warqadda
letter-ready = Warqaddaada
letter-needs-norwegian = Warqadda waxaa lagu qorayaa Noorwiiji, qoraalka Noorwiijigana lama soo dejin karin. Hal mar ku xiro internetka oo mar kale isku day.
letter-print = Daabac warqadda
letter-download = Warqadda fayl ahaan u kaydi

## Ammaankaaga telefoonkan
safety-title = Ammaankaaga telefoonkan
safety-exit = "Ka bax bogga", ama riixidda Shift saddex jeer, waxay isla markiiba boggan u beddelaysaa bog cimilada ah. Permit Check kuma daro bogag u gaar ah taariikhda biraawsarka, markaa "Dib u noqo" jawaabahaaga dib uma soo celiso.
safety-exit-cannot = "Ka bax" ma tirtiri karo diiwaanka biraawsarka ee muujinaya inaad booqatay boggan. Qof eega taariikhda biraawsarka wuxuu arki karaa cinwaanka Permit Check.
safety-private = Si aan taariikh u harin, Permit Check ku fur tab qarsoodi ah (Chrome: "New incognito tab"). Biraawsarku wuu illoobayaa waxaad halkaas ku samaysay markaad xirto tab-ka.
safety-history = Haddii aadan isticmaalin tab qarsoodi ah, boggan waad ka tirtiri kartaa taariikhda biraawsarka. Chrome: fur liiska (menu), dooro History, oo ka saar qoraallada boggan.
safety-downloads = Faylasha aad kaydiso (warqad, jawaabahaaga) waxay ku jiraan galka Downloads ee telefoonka ilaa aad tirtirto. Magacyadoodu waa caadi, sida letter.txt, laakiin qof kasta oo fura wuu akhrin karaa.
safety-remember = Haddii aad doorato inaad jawaabahaaga ku xasuusato telefoonkan, qof kasta oo Permit Check ku fura biraawsarkan wuu arki karaa. Waxaad dooran kartaa in "Ka bax" ay sidoo kale tirtirto.
safety-installed = Haddii aad Permit Check ku dartay shaashadda hore ee telefoonka, calaamaddiisa ayaa halkaas ka muuqata. Waad ka saari kartaa sida app kasta oo kale.
safety-danger = Haddii aad hadda khatar ku jirto, wac booliska 112.

## Jawaabahaaga telefoonkan
data-title = Jawaabahaaga telefoonkan
data-intro = Jawaabahaaga waxaa lagu hayaa boggan oo keliya inta uu furan yahay. Markaad xirto way baaba'aan, haddii aadan dooran inaad ku xasuusato telefoonkan.
data-remember = Jawaabahayga ku xasuuso telefoonkan
data-remember-hint = Waxaa lagu hayaa biraawsarkan oo keliya, ilaa aad tirtirto. Qof kasta oo isticmaala biraawsarkan wuu arki karaa.
data-erase-on-exit = Tirtir markaan isticmaalo "Ka bax bogga"
data-remembered = Jawaabahaaga waa lagu xasuustaa telefoonkan.
data-not-remembered = Jawaabahaaga laguma hayo telefoonkan.
data-storage-failed = Biraawsarkani uma oggola Permit Check inuu wax kaydiyo (tab qarsoodi ah, ama kaydinta waa la damiyay). Jawaabahaagu boggan ayay ku jiraan ilaa aad xirto.
data-erase = Tirtir jawaabahayga
data-erase-confirm = Ma tirtirtaa dhammaan jawaabahaaga boggan iyo telefoonkan? Tan dib looma celin karo.
data-erase-yes = Haa, tirtir
data-erase-no = Maya, hay
data-erased = Jawaabahaaga waa laga tirtiray boggan iyo telefoonkan.
data-save = Jawaabahayga fayl ku kaydi
data-save-hint = Faylka magaciisu waa { $name }. Qof kasta oo fura wuu akhrin karaa jawaabahaaga. Adiga ama shaqaale kaa caawiya waxaad ku furi kartaan Permit Check qalab kale.
data-open = Jawaabo ka fur fayl
data-open-hint = Fayl uu Permit Check kaydiyay. Jawaabihiisa ayaa beddelaya jawaabaha boggan.
data-opened = Jawaabaha faylka waa furan yihiin. Hubi intaadan eegin jawaab.
data-open-bad = Faylkan ma aha mid uu Permit Check kaydiyay, ama waa xumaaday. Waxba lama beddelin.
data-open-newer = Faylkan waxaa kaydiyay nooc cusub oo Permit Check ah. Bogga dib u cusboonaysii si aad u hesho nooca cusub, kadib mar kale isku day. Waxba lama beddelin.
data-kept-unreadable = Jawaabaha Permit Check ku kaydiyay telefoonkan lama akhrin karo (waxay ka iman karaan nooc cusub). Sidooda ayaa loo daayay: hoos ka tirtir haddii aadan u baahnayn.
data-print = Daabac soo koobid
data-print-hint = Kaliya hubinta aad ka jawaabtay, mid kasta oo leh jawaabteeda, sababaheeda iyo jawaabahaaga.
print-made-on = Waxaa la daabacay { $date }. Xeerarka waxaa la hubiyay { $checked }.
print-your-answers = Jawaabahaaga
