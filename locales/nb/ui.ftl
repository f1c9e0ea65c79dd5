## Siden rundt appen (index.html; boot.js holder den på språket som er valgt)
app-name = Oppholdssjekk (Permit Check)
app-tagline = Utlendingsreglene i Norge, sjekket på din egen telefon
exit-link = Forlat siden
exit-hint = Går straks fra dette nettstedet til en værside. Du kan også trykke på Shift tre ganger.
exit-progress = Trykk på Shift igjen for å gå ut ({ $n } av 3)
language-choose = Språk
boot-loading = Laster inn sjekkene …
boot-failed = Permit Check kunne ikke starte i denne nettleseren. Last inn siden på nytt, eller bruk en oppdatert nettleser. Ingenting du skrev, ble sendt noe sted.
noscript = Permit Check trenger JavaScript for å gjøre sjekkene på din egen enhet. Slå på JavaScript i nettleseren, eller bruk en annen nettleser.
brief-not-advice = Ikke juridisk rådgivning.
brief-private = Ingenting du skriver, forlater denne telefonen.
footer-help-title = Dette er ikke juridisk rådgivning
footer-help = Permit Check viser hva UDIs offentlige nettsider og loven sier om svar som dine. Din egen sak kan være annerledes. Før du bestemmer deg for noe, bør du snakke med en advokat eller med en av disse organisasjonene, som gir gratis juridisk hjelp:
help-noas = NOAS – Norsk organisasjon for asylsøkere (noas.no)
help-seif = SEIF – Selvhjelp for innvandrere og flyktninger (seif.no)
help-jurk = JURK – juridisk rådgivning for kvinner (jurk.no)
help-jussbuss = Jussbuss – gratis rettshjelp drevet av jusstudenter (jussbuss.no)
footer-privacy = Svarene dine blir på denne telefonen. Ingenting blir sendt noe sted, og ingenting blir lagret etter at du lukker siden, med mindre du selv velger det.
footer-safety-link = Trygg bruk av denne telefonen
footer-data-link = Svarene dine: husk, slett, lagre i en fil

## Felles ord
continue = Fortsett
back = Tilbake
change = Endre
undo = Angre
answer-yes = Ja
answer-no = Nei
answer-unknown = Jeg vet ikke
answer-not-given = Ikke besvart
answer-not-a-date = Ikke en dato: { $typed }
error-prefix = Feil:
error-summary-title = Noe må rettes
date-hint = For eksempel 27 3 2019 (dag, måned, år)
date-day = Dag
date-month = Måned
date-year = År
step-progress = Spørsmål { $n } av { $total }
sources = Kilder:
borderline = Dette er nær grensen, og UDI har ikke offentliggjort nøyaktig hvordan dagene telles. Hold en margin på flere dager, og få råd før du bestemmer deg.

## Starten
start-title = Hva er situasjonen din?
start-choose-one = Velg svaret som passer best for deg.
start-other-checks = Andre sjekker, blant annet 2021-regelen for personer som har bodd lenge i Norge
q-want = Hva vil du vite?
want-choose-one = Velg hva du vil vite.
other-checks-title = Alle sjekker
all-on-one-title = Alle spørsmålene på én side
mode-all-on-one-page = Vis alle spørsmålene på én side
mode-one-at-a-time = Vis ett spørsmål om gangen
check-answers-title = Sjekk svarene dine
check-answers-unanswered =
    { $n ->
        [one] { $n } spørsmål er ikke besvart. Du kan likevel se svaret; der står det hva sjekken ikke kan si noe om.
       *[other] { $n } spørsmål er ikke besvart. Du kan likevel se svaret; der står det hva sjekken ikke kan si noe om.
    }
check-answers-continue = Se svaret

## Sjekkene, slik en person spør
check-travel-limits = Kan jeg reise, og hvor lenge?
check-travel-limits-hint = Reiser til utlandet med midlertidig oppholdstillatelse eller kollektiv beskyttelse, og hva asylsøkere må vite.
check-permanent-permit = Kan jeg miste den permanente oppholdstillatelsen min ved å være i utlandet?
check-permanent-permit-hint = Hvor lenge du kan være borte, og når du må komme tilbake.
check-work-permit = Kan jeg jobbe mens jeg venter på svar?
check-work-permit-hint = Midlertidig arbeidstillatelse mens søknaden din om beskyttelse blir vurdert individuelt.
check-permit-holder = Jeg har oppholdstillatelse og har søkt om beskyttelse (asyl)
check-permit-holder-hint = Hva som skjer med søknaden, og med tillatelsen din.
check-residence-card = Hvordan får jeg oppholdskortet mitt?
check-residence-card-hint = Hvem som bestiller time hos politiet, og når kortet kan komme.
check-withdrawal = Jeg vil trekke søknaden min om beskyttelse
check-withdrawal-hint = Hva som skjer etterpå, og et brev til UDI som du kan skrive ut.
check-temporary-regulation = 2021-regelen for asylsøkere som hadde bodd i Norge i 16 år
check-temporary-regulation-hint = En engangsordning: anmodningen måtte sendes innen 1. desember 2021. For dem som sendte anmodning i tide, og for saksbehandlere.

## Bruk uten nett
update-ready = En ny versjon av Permit Check er klar. Når siden lastes inn på nytt, blir svar som ikke er husket på denne telefonen, slettet.
update-reload = Last inn på nytt nå
update-later = Senere

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = Denne oversettelsen er ennå ikke kontrollert av en kvalifisert oversetter. Hvis noe er uklart, les denne siden på engelsk.
show-in-english = Vis dette på engelsk
show-in-norwegian = Vis dette på norsk

## The start question (index.html shows it before the app has loaded)
## Spørsmålene, ett per side. `q-<step>` er spørsmålet, `q-<step>-hint` linjen under det,
## `q-<step>-<option>` et svaralternativ (og `…-hint` linjen under et alternativ).
q-start = Hva er situasjonen din?
q-start-hint = Velg det som passer for deg nå.
q-start-asylum-seeker = Jeg venter på svar på søknaden min om beskyttelse (asyl)
q-start-temporary-permit = Jeg har midlertidig oppholdstillatelse
q-start-collective-protection = Jeg har kollektiv beskyttelse som person fra Ukraina
q-start-permanent-permit = Jeg har permanent oppholdstillatelse
q-start-helper = Jeg hjelper en annen person
q-start-helper-hint = For eksempel som saksbehandler, frivillig eller familiemedlem. Du ser alle spørsmålene i en sjekk på én side.
q-client-situation = Hva er situasjonen til personen du hjelper?
q-client-situation-asylum-seeker = Venter på svar på en søknad om beskyttelse (asyl)
q-client-situation-temporary-permit = Midlertidig oppholdstillatelse
q-client-situation-collective-protection = Kollektiv beskyttelse som person fra Ukraina
q-client-situation-permanent-permit = Permanent oppholdstillatelse
error-summary-item = { $field }: { $problem }
