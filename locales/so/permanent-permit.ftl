pp-stay-range-ongoing = laga bilaabo { $from } (weli dibadda ayaad joogtaa; waxaa la tiriyay ilaa { $as_of }, oo ay ku jirto)
pp-plan-ongoing =  Joogitaanka aad hadda ku jirto (laga bilaabo { $from_s }), soo laabo ugu dambayn { $latest_s }: hal maalin oo dambe haddii aad soo laabato xeerkan waad jebinaysaa.
pp-plan-trip =  Haddii aad baxdo { $from_s }, soo laabo ugu dambayn { $latest_s }: hal maalin oo dambe haddii aad soo laabato xeerkan waad jebinaysaa.
pp-borderline =  Tani waxay 7 maalmood gudahood u jirtaa xadka, sida maalmaha safarka loo tiriyana lama daabicin: dhowr maalmood oo dheeraad ah ka tag oo talo raadso.
pp-continuous-no-stays = Ma aadan qorin joogitaan dibadda ah. Sharciga waa la lumiyaa kadib hal joogitaan dibadda ah oo isku xiga oo ah laba sano (730 maalmood) ama ka badan.
pp-continuous-met = Joogitaankaaga dibadda ee ugu dheer, { $range }, wuxuu socday { $days_s }. Sharciga waa la lumiyaa kadib hal joogitaan dibadda ah oo isku xiga oo ah laba sano (730 maalmood) ama ka badan; joogitaankan { $margin_s } ayuu ka yar yahay xadkaas.
pp-continuous-not-met = Joogitaankaaga dibadda { $range } wuxuu socday { $days_s }: hal joogitaan oo isku xiga oo ah laba sano (730 maalmood) ama ka badan. UDI waxay go'aamin kartaa in sharcigaaga joogtada ah aanu ansax ahayn. Xadka waxaa la gaaray { $on }.
pp-continuous-exactly-two-years = Laba sano oo sax ah: qaanuunka (utl. § 62) wuxuu sheegayaa in ka badan laba sano, bogga UDI-na laba sano ama ka badan; hubintani waxay raacaysaa bogga.
pp-four-year-no-days = Maalmo dibadda ah ma lihid.
pp-four-year-counted-years = Waxaa la tiriyaa kaliya sannadaha kalandarka ee aad dibadda joogtay 60 maalmood (laba bilood) ama ka badan. Guud ahaan waxaad dibadda joogtay { $total_s }; { $ignored_s } ka mid ah waxay ku dhaceen sannado ka yar, lamana tirin.
pp-four-year-periods =  Kadib 15 bilood oo isku xiga oo Norway ah, tirintu mar kale ayay bilaabantaa: joogitaannadaadu waxay noqdeen { $periods_s }, maalmaha muddooyinka kala duwan weligood isku lama daro.
pp-four-year-nothing-counts =  Markaa maalin dibadda ah oo xeerkan lagu tiriyo ma jirto. Sharciga waa la lumiyaa kadib joogitaanno dibadda ah oo isku darka ah laba sano (730 maalmood) ama ka badan afar sano gudahood.
pp-four-year-met =  Maalmaha ugu badan ee la tiriyo afar sano kasta gudahood waa { $days_s }, laga bilaabo { $start } ilaa { $end }. Sharciga waa la lumiyaa laba sano (730 maalmood) ama ka badan afar sano gudahood; adigu { $margin_s } ayaad ka hoosaysaa xadkaas.
pp-four-year-not-met =  Afarta sano ee laga bilaabo { $start } ilaa { $end } waxaad dibadda ku joogtay { $days_s } oo la tiriyo: laba sano (730 maalmood) ama ka badan afar sano gudahood. UDI waxay go'aamin kartaa in sharcigaaga joogtada ah aanu ansax ahayn. Xadka waxaa la gaaray { $on }.
pp-four-year-near-60 =  Ka taxaddar: jawaabtani waxay ku xiran tahay sannad kalandar oo aad dibadda ku joogtay ku dhawaad 60 maalmood. Haddii dhowr maalmood si kale loo tiriyo (tusaale ahaan maalmaha safarka oo loo tiriyo maalmo dibadda), sannadkaas wuxuu beddeli karaa jawaabta. Dhowr maalmood oo dheeraad ah ka tag oo talo raadso.
pp-information-met = Waxaad sheegtay inaadan bixin macluumaad khaldan, aadan qarin macluumaad muhiim ah, aadanna bixin macluumaad khaldan oo ku saabsan aqoonsigaaga.
pp-information-incorrect = kiiskaaga ku bixisay macluumaad khaldan
pp-information-withheld = qarisay macluumaad muhiim u ahaa kiiskaaga
pp-information-identity = bixisay macluumaad khaldan oo ku saabsan aqoonsigaaga
pp-information-not-met = Waxaad sheegtay inaad { $list }. UDI way kaa qaadi kartaa (tilbakekalle) sharci joogto ah sababahan awgood marka macluumaadku muhiim u ahaa kiiska (utl. § 63). Talo sharci raadso.
pp-information-unknown = Saddexda su'aalood (macluumaad khaldan, macluumaad la qariyay, aqoonsi khaldan) dhammaan lagama jawaabin, markaa tan lama hubin karo. UDI way kaa qaadi kartaa sharci joogto ah sababahan awgood (utl. § 63).
pp-separate-periods =
    { $n ->
        [one] { $n } muddo oo gooni ah
       *[other] { $n } muddo oo kala gooni ah
    }

## Cinwaannada: waxa xeer kastaa hubiyo, si togan loo qoray
pp-continuous-title = Joogitaan dibadda ah oo laba sano ama ka badan ma jiro
pp-continuous-title-brexit = Joogitaan dibadda ah oo shan sano oo isku xiga ah ma jiro
pp-four-year-total-title = Wax ka yar laba sano dibadda afar sano kasta gudahood
pp-correct-information-title = Macluumaad sax ah ayaa la siiyay UDI

## Rev. 2: xiriirka afarta sano, iyo sharciyada joogtada ah ee xeerarka Brexit
pp-four-year-exactly-two-years = Laba sano oo sax ah: xeer-hoosaadka (forskrift, utf. § 11-8 (1)) wuxuu sheegayaa in ka badan laba sano, bogga UDI-na laba sano ama ka badan; hubintani waxay raacaysaa bogga.
pp-brexit-unknown = Muwaadin Ingiriis ah oo haysta sharci joogto ah oo ku salaysan xeerarka Brexit wuxuu lumiyaa kaliya kadib shan sano oo isku xiga oo dibadda ah; ma aadan sheegin inuu kaasi yahay sharcigaaga, markaa xeerarka caadiga ah ayaa la isticmaalay.
pp-continuous-brexit = Sharcigaaga joogtada ah waxaa lagu siiyay xeerarka Brexit: wuxuu dhacayaa kaliya kadib shan sano oo isku xiga oo dibadda ah.
pp-continuous-no-stays-brexit = Ma aadan qorin joogitaan dibadda ah.
pp-continuous-met-brexit = Joogitaankaaga dibadda ee ugu dheer, { $range }, wuxuu socday { $days_s }: { $margin_s } ayuu ka yar yahay shan sano (1826 maalmood).
pp-continuous-not-met-brexit = Joogitaankaaga dibadda { $range } wuxuu socday { $days_s }: shan sano (1826 maalmood) oo isku xiga ama ka badan, oo la gaaray { $on }. UDI waxay go'aamin kartaa in sharcigaagu dhacay.
pp-four-year-brexit = Xeerarka Brexit hoostooda, sharci joogto ah laguma lumiyo dhowr joogitaan oo isku darka ah laba sano afar sano gudahood, markaa xeerkani kuma khuseeyo.

## Soo koobid: jawaabta iyo waxa go'aaminaya
pp-summary-continuous = Sharcigaaga joogtada ah waa lumi karaa: joogitaankaaga dibadda { $range } wuxuu socday { $days }, hal joogitaanna waa inuu ka gaabnaadaa { $limit }.
pp-summary-four-year = Sharcigaaga joogtada ah waa lumi karaa: afarta sano ee laga bilaabo { $start } ilaa { $end } waxaad dibadda joogtay { $days } oo la tiriyo, laba sano (730 maalmood) ama ka badan.
pp-summary-information = Joogitaannadaada dibadda xadka ayay ku jiraan, laakiin UDI way kaa qaadi kartaa sharciga macluumaadka lagu bixiyay kiiskaaga awgood (utl. § 63).
pp-summary-within = Xadka ayaad ku jirtaa: joogitaankaaga dibadda ee ugu dheer wuxuu ahaa { $longest }, maalmaha ugu badan ee la tiriyo afar sano kasta gudahoodna waa { $counted }. Mid kastaa waa inuu ka hooseeyaa laba sano (730 maalmood).
pp-summary-within-brexit = Xadka ayaad ku jirtaa: joogitaankaaga dibadda ee ugu dheer wuxuu ahaa { $longest }; xeerarka Brexit hoostooda xadku waa shan sano oo isku xiga.
pp-summary-plan = Haddii aad baxdo { $from }, soo laabo ugu dambayn { $latest }: { $why }
pp-summary-plan-ongoing = Joogitaanka aad hadda ku jirto (laga bilaabo { $from }), soo laabo ugu dambayn { $latest }: { $why }
pp-summary-plan-none = Safar ka baxaya { $from } lama qorsheyn karo iyadoo xadka la ilaalinayo: xitaa haddii aad isla markiiba soo laabato xeer ayaa la jebinayaa.
pp-summary-why-continuous = hal maalin oo dambe safarku wuxuu noqonayaa laba sano (730 maalmood).
pp-summary-why-continuous-brexit = hal maalin oo dambe safarku wuxuu noqonayaa shan sano (1826 maalmood).
pp-summary-why-four-year = hal maalin oo dambe maalmaha la tiriyo afar sano gudahood waxay gaarayaan laba sano (730 maalmood).
pp-summary-why-next-stay = taasi waa maalinta uu bilaabmayo joogitaankaaga xiga ee aad qortay.
pp-summary-reset = Norway waxaad joogtay 15 bilood oo isku xiga ilaa { $reset }: joogitaannadii ka horreeyay laguma daro safarkan mar dambe.
