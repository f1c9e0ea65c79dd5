wp-interview-met = Du har hatt asylintervjuet ditt hos UDI, så dette vilkåret er oppfylt.
wp-interview-not-met = Du har ikke hatt asylintervjuet ennå. Midlertidig arbeidstillatelse kan bare gis etter asylintervjuet. UDI velger hvem som blir innkalt; du kan ikke be om å bli intervjuet.
wp-interview-unknown = Du har ikke oppgitt om du har hatt asylintervjuet. Tillatelsen kan bare gis etter intervjuet. Asylintervjuet er det lange intervjuet hos UDI om hvorfor du trenger beskyttelse; registreringen hos politiet er ikke intervjuet.
wp-passport-card-not-enough = Et innenlandspass eller et passkort, for eksempel «Passport of the Citizen of Ukraine», er ikke nok.
wp-passport-met = Du har et gyldig pass, så dette vilkåret er oppfylt. Det må være et vanlig pass for reiser til utlandet. { $not_enough }
wp-passport-not-met = Uten gyldig pass kan du ikke få midlertidig arbeidstillatelse. { $not_enough }
wp-passport-unknown = Du har ikke oppgitt om du har et gyldig pass. Du trenger et gyldig vanlig pass for reiser til utlandet. { $not_enough } Et pass som politiet allerede har i saken din, teller: si fra om det når du søker.
wp-no-decision-met = Du har ikke fått svar på søknaden om beskyttelse ennå, så dette vilkåret er oppfylt.
wp-no-decision-not-met = Søknaden din om beskyttelse er avslått, og midlertidig arbeidstillatelse gis ikke etter et avslag. Har du klaget og fått lov til å vente i Norge mens klagen behandles, kan dette endre seg: spør advokaten din.
wp-no-decision-unknown = Du har ikke oppgitt om du har fått svar på søknaden om beskyttelse. Tillatelsen kan bare gis mens du fortsatt venter på svar.
wp-not-dublin-met = Saken din er ikke en Dublin-sak, så dette vilkåret er oppfylt.
wp-not-dublin-not-met = Saken din er en Dublin-sak: du skal sendes til et annet europeisk land. Da kan du ikke få midlertidig arbeidstillatelse.
wp-not-dublin-unknown = Du har ikke oppgitt om saken din er en Dublin-sak. Du får beskjed hvis den er det; de fleste får beskjed når politiet registrerer dem.
wp-note-collective = Du har kollektiv beskyttelse, som allerede gir deg rett til å arbeide, så du trenger ikke denne tillatelsen. Dette vises bare til orientering.
wp-note-protection-unknown = Denne tillatelsen er for dem som får søknaden vurdert individuelt. Har du kollektiv beskyttelse, har du allerede rett til å arbeide og trenger den ikke.
wp-next-apply-by-post = Fyll ut skjemaet for asylsøkere som ønsker arbeidstillatelse, og send det i posten til politiet der du bor. Ikke send det til UDI.
wp-next-passport-copy = Legg ved en kopi av passet ditt, med mindre du allerede har levert passet til politiet; da skriver du bare det i søknaden.
wp-next-no-fee = Det koster ingenting å søke.
wp-next-police-appointment = Politiet kontakter deg og gir deg en time. Har de ikke passet ditt allerede, tar du med originalpasset.
wp-next-voluntary-work = Frivillig arbeid krever ikke arbeidstillatelse, men det er strenge regler for hva som regnes som frivillig arbeid.
wp-next-do-not-leave = Ikke reis ut av Norge mens du venter: reiser du, blir søknaden om beskyttelse henlagt.
wp-next-ask-lawyer = Etter et avslag får du advokat fra UDI. Spør advokaten om klagen, og om du kan bli i Norge og arbeide mens den behandles.

## Titler: hva hvert vilkår sjekker, sagt positivt
wp-interview-title = Du har hatt asylintervjuet
wp-passport-title = Du har et gyldig pass
wp-no-decision-title = Ingen svar på søknaden ennå
wp-not-dublin-title = Ikke en Dublin-sak

## Sammendraget: svaret og hva som avgjør det
wp-summary-not-applicable = Du trenger ikke denne tillatelsen: kollektiv beskyttelse gir deg allerede rett til å arbeide.
wp-summary-eligible = Du kan få midlertidig arbeidstillatelse: du oppfyller alle de fire vilkårene.
wp-summary-not-eligible = Du kan ikke få midlertidig arbeidstillatelse nå: { $reasons }.
wp-summary-unknown = Om du kan få midlertidig arbeidstillatelse, avhenger av det du ikke har svart på ennå: { $questions }.
wp-reason-interview = du har ikke hatt asylintervjuet
wp-reason-passport = du har ikke gyldig pass
wp-reason-rejected = søknaden din er avslått
wp-reason-dublin = saken din er en Dublin-sak
wp-question-interview = om du har hatt asylintervjuet
wp-question-passport = om du har gyldig pass
wp-question-decision = om du har fått svar på søknaden
wp-question-dublin = om saken din er en Dublin-sak
