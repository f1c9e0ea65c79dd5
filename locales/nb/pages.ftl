## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Opphold i utlandet og neste reise
stays-none-yet = Du har ikke lagt inn noen opphold i utlandet. Har du ikke vært i utlandet, går du videre.
stays-none = Ingen opphold i utlandet
stay-add = Legg til et opphold i utlandet
stay-n = Opphold { $n }
stay-from = Datoen du reiste fra Norge
stay-to = Datoen du kom tilbake til Norge
stay-ongoing = Jeg er fortsatt i utlandet
stay-schengen = Dette oppholdet var i et annet Schengen-land
stay-schengen-hint = De fleste EU-land, og Island, Liechtenstein og Sveits.
stay-ukraine = Dette oppholdet var i Ukraina
stay-done = Ferdig med opphold { $n }
stay-remove = Fjern opphold { $n }
stay-removed = Opphold { $n } ble fjernet.
stay-summary-ongoing = siden { $from }, fortsatt i utlandet
stay-summary-unfinished = Ikke ferdig: legg inn datoene
stay-summary-words = { $from } til { $to }
stay-summary-ongoing-words = siden { $from }, fortsatt i utlandet
stay-mark-schengen = i et annet Schengen-land
stay-mark-ukraine = i Ukraina
trip-from = Datoen du planlegger å reise
trip-to = Datoen du planlegger å komme tilbake (du kan la feltet stå tomt)
trip-schengen = Jeg skal til et annet Schengen-land
trip-ukraine = Jeg skal til Ukraina
trip-none = Ingen planlagt reise
flow-stay-departure-missing = Opphold { $n }: skriv inn datoen du reiste fra Norge, eller fjern dette oppholdet.
flow-stay-return-missing = Opphold { $n }: skriv inn datoen du kom tilbake, eller velg «Jeg er fortsatt i utlandet».
flow-trip-departure-missing = Skriv inn datoen du planlegger å reise, eller la begge reisedatoene stå tomme.

## Svaret
outcome-eligible = Oppfyller vilkårene
outcome-not-eligible = Oppfyller ikke vilkårene
outcome-unknown = Ikke avklart ennå
outcome-not-applicable = Ikke nødvendig
outcome-within-limits = Innenfor grensene
outcome-at-risk = I fare
outcome-limit-exceeded = Over grensen
outcome-must-not-travel = Ikke reis
status-met = Oppfylt
status-not-met = Ikke oppfylt
status-unknown = Ukjent
result-deciding = Dette avgjør svaret
result-met =
    { $n ->
        [one] { $n } annet vilkår er oppfylt
       *[other] { $n } andre vilkår er oppfylt
    }
result-not-answered = Spørsmål du ikke har svart på
result-cannot-answer = Sjekken kan ikke gi svar ennå. Rett dette først:
result-see-answers = Se eller endre svarene dine
result-start-again = Start på nytt
rules-checked-on = Reglene ble sjekket { $date }.
next-steps-title = Hva du gjør nå
pp-exemption-may-apply = Du har svart ja på alle de fire vilkårene for unntaket for personer som er holdt tilbake i utlandet etter mishandling i samlivet: da gjelder kanskje ikke regelen om opphold i utlandet for deg. Kontakt UDI eller en advokat.

## Tall som et vilkår brukte
figure-days = Dager som telles
figure-limit = Grense
figure-longestStayDays = Lengste opphold
figure-limitDays = Grense
figure-maxFourYearDays = Flest dager innenfor fire år
figure-exceededOn = Grensen ble nådd
figure-windowStart = Fra
figure-windowEnd = Til
figure-daysAbroad = Dager i utlandet
figure-residenceDays = Dager med botid
figure-sixteenYearsReachedOn = 16 år nådd
figure-ageOnCutoff = Alder 1. oktober 2021
figure-combined65ReachedOn = Alder og botid når til sammen 65 år
figure-requestDate = Dato for anmodningen
figure-deadline = Frist
figure-permitEnd = Gyldig til
figure-since = Regnes fra

## Kilder
source-seed-000 = UDI: Søke om beskyttelse (asyl) når du allerede har oppholdstillatelse
source-seed-001 = UDI: Midlertidig forskrift for asylsøkere som har bodd i Norge i mer enn 16 år
source-seed-002 = UDI: Jeg har søkt om individuell beskyttelse (Ukraina)
source-seed-003 = UDI: Permanent oppholdstillatelse – når den kan falle bort
source-seed-004 = UDI: Oppholdstillatelse på grunn av sterke menneskelige hensyn eller særlig tilknytning til Norge

## Hva du gjør nå: reiser
tl-next-title = Før du reiser
tl-next-card = Reis først når du har fått oppholdskortet. Etter det kan du reise inn og ut av Norge så lenge oppholdstillatelsen din er gyldig.
tl-next-documents = Ta med passet og oppholdskortet når du reiser.
tl-next-schengen = I andre Schengen-land kan du være i opptil 90 dager i løpet av en hvilken som helst periode på 180 dager.
tl-next-limit = Er du i utlandet lenger enn grensene tillater, kan du miste oppholdstillatelsen og må søke om en ny.

## Hva du gjør nå: permanent oppholdstillatelse
pp-next-title = Hva skjer nå, og rettighetene dine
pp-next-keep-title = Beholde tillatelsen mens du er borte
pp-next-apply = Skal du være utenfor Norge i mer enn to år og vil beholde den permanente oppholdstillatelsen, må du søke UDI om å få beholde den før du reiser.
pp-next-before-title = Før UDI fatter vedtak
pp-next-interview = Du kan bli kalt inn til intervju hos politiet eller UDI hvis de trenger flere opplysninger.
pp-next-notice = UDI må sende deg forhåndsvarsel og gi deg mulighet til å uttale deg før de avgjør at tillatelsen din ikke lenger er gyldig.
pp-next-legal = Du har rett til fri rettshjelp når du får forhåndsvarsel eller vedtak: utgiftene til advokat blir dekket. Du må selv kontakte en advokat.
pp-next-documents = Du har rett til å se dokumentene i saken din. Du må selv be om innsyn.
pp-next-decision-title = Hvis UDI avgjør at du mister tillatelsen
pp-next-decision = Du får et vedtak fra UDI som sier hvorfor.
pp-next-appeal = Du kan klage på vedtaket.
pp-next-travel-documents = Mister du den permanente oppholdstillatelsen, mister du også de norske reisedokumentene dine.
pp-next-new-permit = UDI vurderer om du kan få en ny tillatelse, for eksempel fordi du har særlig tilknytning til Norge, fordi det foreligger sterke menneskelige hensyn, eller fordi du har vern mot utsendelse.
pp-next-leave = Får du ikke ny tillatelse, må du reise ut av Norge. Vedtaket sier hvilken frist du har for å reise.

## Hva du gjør nå: den midlertidige forskriften fra 2021
tr-next-title = Hva skjer med en anmodning som ble sendt i tide
tr-next-deadline = Det er ikke lenger mulig å sende nye anmodninger: fristen var 1. desember 2021.
tr-next-where-title = Hvem du skal kontakte
tr-next-where = Kontakt den myndigheten som fattet det siste vedtaket i saken din: UNE (Utlendingsnemnda) eller UDI (Utlendingsdirektoratet). For de fleste asylsøkere er det UNE.
tr-next-une = Hvis UNE fattet det siste vedtaket:
tr-next-udi = Hvis UDI fattet det siste vedtaket:
tr-next-phone = Spørsmål? Ring UNE:
tr-next-hours = Mandag til fredag kl. 08.30–15.00.
tr-next-evidence-title = Dokumentere hvor lenge du har bodd i Norge
tr-next-evidence-known = Har du bodd på asylmottak hele tiden, eller meldt adressen din til politiet, vet UDI og UNE at du har bodd her: da trenger du ikke sende noe.
tr-next-evidence-other = Hvis ikke, kan de be deg om dokumenter som viser hvor du har bodd, for eksempel brev fra lege, skole eller arbeidsgiver.
tr-next-evidence-wait = Ikke send noe før de ber deg om det.
tr-next-identity-title = Hvis identiteten din ikke er dokumentert
tr-next-identity = Du kan få en begrenset tillatelse. Den gir deg rett til å bo i Norge, men ikke rett til permanent oppholdstillatelse.

## Veiledningene
guide-permit-holder-headline = Søknaden din og tillatelsen din
guide-residence-card-headline = Slik får du oppholdskortet
guide-card-earliest = Kortet kan tidligst komme { $date } (20 virkedager etter timen din hos politiet).
guide-withdrawal-headline = Etter at du har trukket søknaden
guide-withdrawal-how = Slik trekker du søknaden
help-lines-title = Hvis du blir utsatt for vold eller tvang
letter-title = Et brev for å trekke søknaden
letter-intro = Skriv navnet ditt og DUF-nummeret ditt. Brevet skrives her på telefonen din, på norsk. Ingenting blir sendt: skriv det ut, skriv under og send det i posten til UDI. Navnet og nummeret ditt blir ikke lagret.
letter-name = Fullt navn
letter-name-hint = Slik det står på papirene dine fra UDI.
letter-duf = DUF-nummeret ditt
letter-duf-hint = 12 sifre, på oppholdskortet eller på papirer fra UDI, for eksempel 2012 3456 7890.
letter-write = Skriv brevet
letter-ready = Brevet ditt
letter-needs-norwegian = Brevet skrives på norsk, og den norske teksten kunne ikke lastes inn. Koble til internett én gang, og prøv igjen.
letter-print = Skriv ut brevet
letter-download = Lagre brevet som en fil

## Trygg bruk av denne telefonen
safety-title = Trygg bruk av denne telefonen
safety-exit = «Forlat siden», eller å trykke på Shift tre ganger, bytter straks ut denne siden med en værside. Permit Check legger ikke egne sider inn i nettleserloggen, så Tilbake-knappen henter ikke fram svarene dine igjen.
safety-exit-cannot = «Forlat siden» kan ikke fjerne at nettleseren har registrert at du har besøkt dette nettstedet. Den som ser i nettleserloggen, kan se adressen til Permit Check.
safety-private = Vil du ikke etterlate deg spor i loggen, kan du åpne Permit Check i en privat fane (i Chrome: «Ny inkognitofane»). Nettleseren glemmer det du gjorde der, når du lukker fanen.
safety-history = Brukte du ikke en privat fane, kan du slette dette nettstedet fra nettleserloggen. I Chrome: åpne menyen, velg Logg, og fjern oppføringene for dette nettstedet.
safety-downloads = Filer du lagrer (et brev, svarene dine), blir liggende i Nedlastinger-mappen på telefonen til du sletter dem. Navnene er nøytrale, for eksempel letter.txt, men alle som åpner filene, kan lese dem.
safety-remember = Velger du å huske svarene dine på denne telefonen, kan alle som åpner Permit Check i denne nettleseren, se dem. Du kan velge at «Forlat siden» også sletter dem.
safety-installed = Har du lagt Permit Check til på startskjermen, vises ikonet der. Du kan fjerne det som alle andre apper.
safety-danger = Er du i fare nå, ring politiet på 112.

## Svarene dine på denne telefonen
data-title = Svarene dine på denne telefonen
data-intro = Svarene dine finnes bare på denne siden mens den er åpen. Når du lukker den, er de borte, med mindre du velger å huske dem på denne telefonen.
data-remember = Husk svarene mine på denne telefonen
data-remember-hint = De lagres bare i denne nettleseren, til du sletter dem. Alle som bruker denne nettleseren, kan se dem.
data-erase-on-exit = Slett dem når jeg bruker «Forlat siden»
data-remembered = Svarene dine er husket på denne telefonen.
data-not-remembered = Svarene dine blir ikke lagret på denne telefonen.
data-storage-failed = Denne nettleseren lar ikke Permit Check lagre noe (en privat fane, eller lagring er slått av). Svarene dine blir på denne siden til du lukker den.
data-erase = Slett svarene mine
data-erase-confirm = Vil du slette alle svarene dine fra denne siden og denne telefonen? Dette kan ikke angres.
data-erase-yes = Ja, slett dem
data-erase-no = Nei, behold dem
data-erased = Svarene dine ble slettet fra denne siden og denne telefonen.
data-save = Lagre svarene mine i en fil
data-save-hint = Filen heter { $name }. Alle som åpner den, kan lese svarene dine. Du eller en saksbehandler kan åpne den i Permit Check på en annen enhet.
data-open = Åpne svar fra en fil
data-open-hint = En fil som Permit Check har lagret. Svarene i den erstatter svarene på denne siden.
data-opened = Svarene fra filen er åpnet. Sjekk dem før du ser på et svar.
data-open-bad = Denne filen er ikke lagret av Permit Check, eller den er skadet. Ingenting ble endret.
data-open-newer = Denne filen ble lagret av en nyere versjon av Permit Check. Last inn siden på nytt for å få den nye versjonen, og prøv igjen. Ingenting ble endret.
data-kept-unreadable = Svar som Permit Check har lagret på denne telefonen, kan ikke leses (de kan komme fra en nyere versjon). De blir liggende som de er: slett dem nedenfor hvis du ikke trenger dem.
data-print = Skriv ut et sammendrag
data-print-hint = Bare sjekkene du har svart på, hver med svaret, begrunnelsen og svarene dine.
print-made-on = Skrevet ut { $date }. Reglene ble sjekket { $checked }.
print-your-answers = Svarene dine
