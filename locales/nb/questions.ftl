q-permit-basis = Hva er grunnlaget for oppholdstillatelsen din?
q-permit-basis-hint = I vedtaket fra UDI står det hvilket grunnlag tillatelsen er gitt på. Er du usikker, velger du «Jeg vet ikke».
q-permit-basis-refugee = Beskyttelse som flyktning (§ 28)
q-permit-basis-humanitarian = Sterke menneskelige hensyn (§ 38)
q-permit-basis-particular-connection = Særlig tilknytning til Norge (§ 38)
q-permit-basis-resettlement = Overføringsflyktning, valgt ut i utlandet (§ 35)
q-permit-basis-family = Familieinnvandring
q-permit-basis-other = Noe annet (arbeid, studier eller annet)

q-after-asylum = Fikk du denne tillatelsen etter at du hadde søkt om beskyttelse (asyl) i Norge?
q-after-asylum-hint = Dette avgjør hvor mye tid i utlandet som er tillatt før en permanent oppholdstillatelse.

q-permit-dates = Hvilke datoer står på oppholdskortet ditt?
q-permit-dates-hint = På kortet og i vedtaket står det «Gyldig fra» og «Gyldig til».
q-permit-dates-from = Gyldig fra
q-permit-dates-until = Gyldig til

q-residence-since = Når startet den første tillatelsen din som kan gi grunnlag for permanent oppholdstillatelse?
q-residence-since-hint = Vanligvis starten på den første tillatelsen din i Norge. La feltet stå tomt hvis du ikke vet; datoen brukes bare til å si når du kan søke om permanent oppholdstillatelse.

q-stays = Oppholdene dine i utlandet
q-stays-hint = Legg inn hver reise ut av Norge siden tillatelsen din startet, én om gangen. Dagen du reiser og dagen du kommer tilbake, regnes som dager i Norge.

q-trip = Planlegger du en reise?
q-trip-hint = Skriv inn datoen du planlegger å reise, så får du vite når du må være tilbake. La feltet stå tomt hvis du ikke planlegger en reise.

q-brexit = Er du britisk borger med permanent oppholdstillatelse etter brexit-reglene?
q-brexit-hint = Brexit-reglene gjelder for britiske borgere som bodde i Norge før 2021. Det står i vedtaket ditt.

q-gave-incorrect = Har du gitt UDI uriktige opplysninger i saken din?
q-withheld = Har du holdt tilbake opplysninger som hadde betydning for saken din?
q-incorrect-identity = Har du gitt UDI uriktige opplysninger om hvem du er?
q-prevented = Ble du mot din vilje hindret i å reise tilbake til Norge?
q-prevented-hint = Unntaket for personer som er holdt tilbake i utlandet etter mishandling i samlivet, har fire vilkår. Dette er det første.
q-family-permit = Hadde du oppholdstillatelse på grunnlag av familieinnvandring med ektefelle, partner eller samboer?
q-abuse = Ble du eller barnet ditt utsatt for mishandling i samlivet?
q-relationship-ended = Er samlivet brutt?

q-protection = Blir søknaden din om beskyttelse vurdert individuelt, eller har du kollektiv beskyttelse?
q-protection-hint = De fleste som har flyktet fra Ukraina, får kollektiv beskyttelse. Hvis du ikke fylte vilkårene for det, har UDI gitt deg beskjed om at søknaden din blir vurdert individuelt.
q-protection-individual = Søknaden min blir vurdert individuelt
q-protection-collective = Jeg har kollektiv beskyttelse
q-interview = Har du hatt asylintervjuet ditt hos UDI?
q-interview-hint = Det lange intervjuet hos UDI om hvorfor du trenger beskyttelse. Registreringen hos politiet er ikke asylintervjuet.
q-passport = Har du et gyldig vanlig pass?
q-passport-hint = Et pass for reiser til utlandet som ikke har gått ut. Et innenlandspass eller et passkort er ikke nok. Et pass som politiet har, teller.
q-decision = Har du fått svar på søknaden din om beskyttelse?
q-decision-none = Nei, jeg venter fortsatt
q-decision-rejected = Ja, den ble avslått
q-decision-rejected-hint = Velg dette også hvis du har klaget.
q-dublin = Er saken din en Dublin-sak?
q-dublin-hint = Et annet europeisk land har ansvaret for søknaden din, og du skal sendes dit. Du får beskjed hvis det er slik.

q-applied-for-asylum = Søkte du om beskyttelse (asyl) i Norge?
q-first-application = Når søkte du om beskyttelse i Norge første gang?
q-first-application-hint = De 16 årene regnes fra denne dagen.
q-date-of-birth = Hva er fødselsdatoen din?
q-tr-stays = Oppholdene dine i utlandet siden du søkte første gang
q-tr-stays-hint = Tid i utlandet trekkes fra tiden din i Norge. Legg inn hvert opphold, ett om gangen.
q-left-after-rejection = Reiste du fra Norge etter et avslag, kom tilbake og søkte på nytt?
q-lived-2019 = Bodde du i Norge 1. januar 2019?
q-lives-in-norway = Bor du i Norge nå?
q-convicted = Er du straffedømt i Norge?
q-convicted-hint = Dømt til fengsel, eller ilagt bot for et lovbrudd som kan gi fengsel, for eksempel tyveri eller bedrageri.
q-has-permit = Har du oppholdstillatelse nå?
q-identity = Er identiteten din dokumentert, for eksempel med pass?
q-request-date = Når ble anmodningen din sendt?
q-request-date-hint = La feltet stå tomt for å bruke dagens dato.

q-held-permit = Hvilken oppholdstillatelse har du?
q-held-permit-permanent = Permanent oppholdstillatelse
q-held-permit-temporary-leading-to-permanent = En midlertidig tillatelse som kan gi grunnlag for permanent oppholdstillatelse
q-held-permit-temporary-not-leading-to-permanent = En midlertidig tillatelse som ikke kan gi grunnlag for permanent oppholdstillatelse
q-held-permit-no-permit = Ingen oppholdstillatelse
q-permit-expiring = Har tillatelsen din gått ut, eller går den snart ut?

q-card-applied = Når søkte du om tillatelsen?
q-card-applied-before-new-routine = Før 16. april 2021
q-card-applied-on-or-after-new-routine = 16. april 2021 eller senere
q-card-kind = Hva søkte du om?
q-card-kind-first-asylum-in-norway = Beskyttelse (asyl) for første gang, og jeg fikk oppholdstillatelse
q-card-kind-from-abroad = Oppholdstillatelse, fra utlandet
q-card-kind-renewal = Fornyelse av oppholdstillatelsen min
q-card-kind-other = Noe annet
q-card-old-document = Har du et norsk utlendingspass eller reisebevis for flyktninger som har gått ut, og som du ikke har levert til politiet?
q-card-under-18 = Er du under 18 år?
q-card-appointment = Når har (eller hadde) du time hos politiet?
q-card-appointment-hint = La feltet stå tomt hvis du ikke har fått time ennå.

q-withdrawal-ukraine = Har du flyktet fra Ukraina, og blir søknaden din vurdert individuelt?
q-withdrawal-other-permit = Har du en annen oppholdstillatelse i Norge?
q-withdrawal-other-application = Venter du på svar på en annen søknad om opphold i Norge?
q-withdrawal-under-90 = Har du vært i Schengen-området i mindre enn 90 dager?
