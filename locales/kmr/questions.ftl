q-permit-basis = Destûra we ya rûniştinê li ser çi bingehê ye?
q-permit-basis-hint = Nameya biryarê ya UDI dibêje destûr li ser çi bingehê ("grunnlag") hatiye dayîn. Heke hûn ne bawer in, "Nizanim" hilbijêrin.
q-permit-basis-refugee = Parastin wek penaber (§ 28)
q-permit-basis-humanitarian = Sedemên mirovî yên xurt (§ 38)
q-permit-basis-particular-connection = Girêdaneke taybet bi Norwêcê re (§ 38)
q-permit-basis-resettlement = Penaberê kotayê (overføringsflyktning), li derveyî welat hatiye hilbijartin (§ 35)
q-permit-basis-family = Koçberiya malbatê (familieinnvandring)
q-permit-basis-other = Tiştekî din (kar, xwendin an yên din)

q-after-asylum = Ev destûr piştî ku we li Norwêcê serlêdana parastinê (penaberiyê) kir hat dayîn?
q-after-asylum-hint = Ev diyar dike ku berî destûra daîmî çiqas dem li derveyî welat destûr e.

q-permit-dates = Li ser karta we ya rûniştinê kîjan dîrok hene?
q-permit-dates-hint = Li ser kartê û di nameya biryarê de "Gyldig fra" (derbasdar ji) û "Gyldig til" (derbasdar heta) heye.
q-permit-dates-from = Derbasdar ji
q-permit-dates-until = Derbasdar heta

q-residence-since = Destûra we ya yekem a ku dikare bibe sedema destûreke daîmî, kengê dest pê kir?
q-residence-since-hint = Bi gelemperî destpêka destûra we ya yekem li Norwêcê. Heke hûn nizanin, vala bihêlin; ew tenê ji bo vê tê bikaranîn ku bibêje hûn kengê dikarin serlêdana destûra daîmî bikin.

q-stays = Mayînên we yên li derveyî welat
q-stays-hint = Her rêwîtiya derveyî Norwêcê ji destpêka destûra xwe ve, yek bi yek, lê zêde bikin. Roja derketinê û roja vegerê wek rojên li Norwêcê tên hejmartin.

q-trip = Hûn rêwîtiyekê plan dikin?
q-trip-hint = Roja ku hûn dixwazin derkevin binivîsin, da ku hûn bizanin kengê divê vegerin. Heke rêwîtiyek tune be, vala bihêlin.

q-brexit = Hûn hemwelatiyê Brîtanî ne û destûra we ya daîmî li gorî qaydeyên Brexitê ye?
q-brexit-hint = Qaydeyên Brexitê ji bo hemwelatiyên Brîtanî ne ku berî 2021ê li Norwêcê jiyan. Nameya we ya biryarê vê dibêje.

q-gave-incorrect = We di doza xwe de agahiyên şaş dane UDI?
q-withheld = We agahiyên ku ji bo doza we girîng bûn veşartine?
q-incorrect-identity = We derbarê nasnameya xwe de (hûn kî ne) agahiyên şaş dane UDI?
q-prevented = Hûn li dijî daxwaza xwe ji vegera Norwêcê hatin astengkirin?
q-prevented-hint = Ji bo îstisnaya kesên ku piştî tundiya nav malê li derveyî welat hatin girtin, çar şert hene. Ev şertê yekem e.
q-family-permit = Destûreke we ya koçberiya malbatê (familieinnvandring) bi hevjîn, partner an kesê ku hûn bi hev re dijiyan (samboer) re hebû?
q-abuse = Hûn an zarokê we di wê têkiliyê de bûn qurbaniya tundiyê?
q-relationship-ended = Têkilî bi dawî bûye?

q-protection = Serlêdana we ya parastinê bi awayekî takekesî tê nirxandin, an parastina we ya komî heye?
q-protection-hint = Piraniya kesên ku ji Ukraynayê reviyan parastina komî distînin. Heke hûn ne mafdar bûn, UDI ji we re gotiye ku serlêdana we bi awayekî takekesî tê nirxandin.
q-protection-individual = Serlêdana min bi awayekî takekesî tê nirxandin
q-protection-collective = Parastina min a komî heye
q-interview = We hevpeyvîna xwe ya penaberiyê (asylintervju) bi UDI re kiriye?
q-interview-hint = Hevpeyvîna dirêj li UDI, li ser wê ka çima hûn hewceyê parastinê ne. Qeydkirina li cem polîs ne ev hevpeyvîn e.
q-passport = Pasaporteke we ya asayî û derbasdar heye?
q-passport-hint = Pasaporteke ji bo rêwîtiya derveyî welat ku dema wê derbas nebûye. Pasaporta navxweyî an karta pasaportê têr nake. Pasaporteke ku li cem polîs e jî tê hesibandin.
q-decision = We bersiva serlêdana xwe ya parastinê standiye?
q-decision-none = Na, ez hîn li bendê me
q-decision-rejected = Erê, hat redkirin
q-decision-rejected-hint = Heke we îtiraz kiribe jî, vê hilbijêrin.
q-dublin = Doza we doza Dublinê ye?
q-dublin-hint = Welatekî din ê Ewropî ji serlêdana we berpirsiyar e û hûn ê werin şandin wir. Heke wisa be, ji we re tê gotin.

q-applied-for-asylum = We li Norwêcê serlêdana parastinê (penaberiyê) kir?
q-first-application = We cara yekem kengê li Norwêcê serlêdana parastinê kir?
q-first-application-hint = 16 sal ji vê rojê ve tên hejmartin.
q-date-of-birth = Dîroka we ya jidayikbûnê çi ye?
q-tr-stays = Mayînên we yên li derveyî welat, ji serlêdana yekem ve
q-tr-stays-hint = Dema li derveyî welat ji dema we ya li Norwêcê tê derxistin. Her mayînê, yek bi yek, lê zêde bikin.
q-left-after-rejection = Piştî redkirinekê, hûn ji Norwêcê derketin, vegeriyan û we dîsa serlêdan kir?
q-lived-2019 = Hûn di 1 Çile 2019 de li Norwêcê dijiyan?
q-lives-in-norway = Hûn niha li Norwêcê dijîn?
q-convicted = Hûn li Norwêcê ji ber sûcekî hatine mehkûmkirin?
q-convicted-hint = Cezayê girtîgehê, an cezayê pereyan ji bo sûcekî ku cezayê wî dikare girtîgeh be, wek dizî an sextekarî.
q-has-permit = Niha destûreke we ya rûniştinê heye?
q-identity = Nasnameya we bi belgeyan hatiye îspatkirin, bo nimûne bi pasaportê?
q-request-date = Daxwaza we kengê hat kirin?
q-request-date-hint = Ji bo dîroka îro, vala bihêlin.

q-held-permit = Destûreke we ya rûniştinê ya çawa heye?
q-held-permit-permanent = Destûra rûniştinê ya daîmî
q-held-permit-temporary-leading-to-permanent = Destûreke demkî ku dikare bibe sedema destûreke daîmî
q-held-permit-temporary-not-leading-to-permanent = Destûreke demkî ku nikare bibe sedema destûreke daîmî
q-held-permit-no-permit = Tu destûra rûniştinê tune
q-permit-expiring = Dema destûra we derbas bûye, an dê zû derbas bibe?

q-card-applied = We kengê serlêdana destûrê kir?
q-card-applied-before-new-routine = Berî 16 Nîsan 2021
q-card-applied-on-or-after-new-routine = Di 16 Nîsan 2021 de an piştî wê
q-card-kind = We serlêdana çi kir?
q-card-kind-first-asylum-in-norway = Cara yekem parastin (penaberî), û min destûra rûniştinê girt
q-card-kind-from-abroad = Destûra rûniştinê, ji derveyî welat
q-card-kind-renewal = Nûkirina destûra xwe ya rûniştinê (fornyelse)
q-card-kind-other = Tiştekî din
q-card-old-document = Pasaporteke we ya biyaniyan a Norwêcî (utlendingspass) an belgeya rêwîtiyê ya penaberan (reisebevis) heye, ku dema wê derbas bûye û we nedaye polîs?
q-card-under-18 = Hûn di bin 18 saliyê de ne?
q-card-appointment = Randevûya we li cem polîs kengê ye (an kengê bû)?
q-card-appointment-hint = Heke hîn randevûya we tune be, vala bihêlin.

q-withdrawal-ukraine = Hûn ji Ukraynayê reviyan, û serlêdana we bi awayekî takekesî tê nirxandin?
q-withdrawal-other-permit = Destûreke we ya din a rûniştinê li Norwêcê heye?
q-withdrawal-other-application = Hûn li benda bersiva serlêdaneke din a ji bo jiyana li Norwêcê ne?
q-withdrawal-under-90 = Hûn kêmtirî 90 rojan li herêma Schengenê bûne?
