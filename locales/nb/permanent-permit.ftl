pp-stay-range-ongoing = siden { $from } (du er fortsatt i utlandet; regnet til og med { $as_of })
pp-plan-ongoing =  For oppholdet du er på nå (siden { $from_s }), må du komme tilbake senest { $latest_s }: kommer du én dag senere, brytes denne regelen.
pp-plan-trip =  Reiser du { $from_s }, må du komme tilbake senest { $latest_s }: kommer du én dag senere, brytes denne regelen.
pp-borderline =  Dette er innenfor 7 dager fra grensen, og hvordan reisedager telles, er ikke offentliggjort: hold en margin på flere dager og be om råd.
pp-continuous-no-stays = Du har ikke lagt inn noen opphold i utlandet. Tillatelsen faller bort etter ett sammenhengende opphold i utlandet på to år (730 dager) eller mer.
pp-continuous-met = Ditt lengste opphold i utlandet, { $range }, varte { $days_s }. Tillatelsen faller bort etter ett sammenhengende opphold i utlandet på to år (730 dager) eller mer; dette oppholdet er { $margin_s } under grensen.
pp-continuous-not-met = Oppholdet ditt i utlandet { $range } varte { $days_s }: ett sammenhengende opphold på to år (730 dager) eller mer. UDI kan avgjøre at den permanente tillatelsen din ikke lenger gjelder. Grensen ble nådd { $on }.
pp-continuous-exactly-two-years =  Akkurat to år: loven (utl. § 62) sier mer enn to år, UDIs side sier to år eller mer; denne sjekken følger siden.
pp-four-year-no-days = Du har ingen dager i utlandet.
pp-four-year-counted-years = Bare kalenderår med 60 dager (to måneder) eller mer i utlandet telles. Du har vært i utlandet { $total_s } i alt; { $ignored_s } av dem faller i år med færre og telles ikke.
pp-four-year-periods =  Etter 15 måneder sammenhengende i Norge begynner tellingen på nytt: oppholdene dine utgjør { $periods_s }, og dager fra ulike perioder legges aldri sammen.
pp-four-year-nothing-counts =  Derfor teller ingen dager i utlandet etter denne regelen. Tillatelsen faller bort etter opphold i utlandet som til sammen utgjør to år (730 dager) eller mer i løpet av fire år.
pp-four-year-met =  Det høyeste antallet dager som telles innenfor fire år, er { $days_s }, fra { $start } til { $end }. Tillatelsen faller bort ved to år (730 dager) eller mer i løpet av fire år; du er { $margin_s } under grensen.
pp-four-year-not-met =  I de fire årene fra { $start } til { $end } har du { $days_s } i utlandet som telles: to år (730 dager) eller mer i løpet av fire år. UDI kan avgjøre at den permanente tillatelsen din ikke lenger gjelder. Grensen ble nådd { $on }.
pp-four-year-near-60 =  Vær oppmerksom: dette svaret avhenger av et kalenderår med nesten 60 dager i utlandet. Telles noen få dager annerledes (for eksempel reisedagene som dager i utlandet), ville det året endre svaret. Hold en margin og be om råd.
pp-information-met = Du har svart at du ikke har gitt uriktige opplysninger, ikke har holdt tilbake viktige opplysninger og ikke har gitt uriktige opplysninger om identiteten din.
pp-information-incorrect = gitt uriktige opplysninger i saken din
pp-information-withheld = holdt tilbake opplysninger av betydning for saken din
pp-information-identity = gitt uriktige opplysninger om identiteten din
pp-information-not-met = Du har svart at du har { $list }. UDI kan tilbakekalle en permanent tillatelse av disse grunnene når opplysningene hadde betydning for saken (utl. § 63). Be om juridisk råd.
pp-information-unknown = Ikke alle de tre spørsmålene (uriktige opplysninger, tilbakeholdte opplysninger, uriktig identitet) er besvart, så dette kan ikke sjekkes. UDI kan tilbakekalle en permanent tillatelse av disse grunnene (utl. § 63).
pp-separate-periods =
    { $n ->
        [one] { $n } separat periode
       *[other] { $n } separate perioder
    }

## Titler: hva hver regel sjekker, sagt positivt
pp-continuous-title = Ingen opphold i utlandet på to år eller mer
pp-continuous-title-brexit = Ingen sammenhengende opphold i utlandet på fem år
pp-four-year-total-title = Under to år i utlandet i hver periode på fire år
pp-correct-information-title = Riktige opplysninger gitt til UDI

## Rev. 2: likt antall dager i fireårsregelen, og permanente tillatelser etter brexit-reglene
pp-four-year-exactly-two-years = Akkurat to år: forskriften (utf. § 11-8 (1)) sier mer enn to år, UDIs side sier to år eller mer; denne sjekken følger siden.
pp-brexit-unknown = En britisk borger med permanent oppholdstillatelse etter brexit-reglene mister den først etter fem sammenhengende år i utlandet; du har ikke oppgitt om du har en slik tillatelse, så de vanlige reglene brukes.
pp-continuous-brexit = Den permanente oppholdstillatelsen din ble gitt etter brexit-reglene: den faller bort først etter fem sammenhengende år i utlandet.
pp-continuous-no-stays-brexit = Du har ikke lagt inn noen opphold i utlandet.
pp-continuous-met-brexit = Ditt lengste opphold i utlandet, { $range }, varte { $days_s }: { $margin_s } mindre enn fem år (1826 dager).
pp-continuous-not-met-brexit = Oppholdet ditt i utlandet { $range } varte { $days_s }: fem år (1826 dager) sammenhengende eller mer, nådd { $on }. UDI kan avgjøre at tillatelsen din har falt bort.
pp-four-year-brexit = Etter brexit-reglene faller ikke en permanent oppholdstillatelse bort på grunn av flere opphold som til sammen utgjør to år i løpet av fire år, så denne regelen gjelder ikke for deg.

## Sammendraget: svaret og hva som avgjør det
pp-summary-continuous = Du kan miste den permanente oppholdstillatelsen: oppholdet ditt i utlandet { $range } varte { $days }, og hvert enkelt opphold må være kortere enn { $limit }.
pp-summary-four-year = Du kan miste den permanente oppholdstillatelsen: i de fire årene fra { $start } til { $end } var du i utlandet { $days } som telles, altså to år (730 dager) eller mer.
pp-summary-information = Oppholdene dine i utlandet er innenfor grensene, men UDI kan tilbakekalle tillatelsen på grunn av opplysningene som er gitt i saken din (utl. § 63).
pp-summary-within = Innenfor grensene: ditt lengste opphold i utlandet varte { $longest }, og det høyeste antallet dager som telles innenfor en hvilken som helst periode på fire år, er { $counted }. Hvert av dem må være under to år (730 dager).
pp-summary-within-brexit = Innenfor grensene: ditt lengste opphold i utlandet varte { $longest }; etter brexit-reglene er grensen fem sammenhengende år.
pp-summary-plan = Reiser du { $from }, må du komme tilbake senest { $latest }: { $why }
pp-summary-plan-ongoing = For oppholdet du er på nå (siden { $from }), må du komme tilbake senest { $latest }: { $why }
pp-summary-plan-none = En reise med avreise { $from } kan ikke planlegges innenfor grensene: selv om du kommer tilbake med en gang, brytes en regel.
pp-summary-why-continuous = kommer du én dag senere, varer reisen to år (730 dager).
pp-summary-why-continuous-brexit = kommer du én dag senere, varer reisen fem år (1826 dager).
pp-summary-why-four-year = kommer du én dag senere, utgjør dagene som telles innenfor fire år, to år (730 dager).
pp-summary-why-next-stay = det er dagen da det neste oppholdet du har lagt inn, begynner.
pp-summary-reset = Du var i Norge i 15 måneder sammenhengende fram til { $reset }: oppholdene før det telles ikke lenger sammen med denne reisen.
