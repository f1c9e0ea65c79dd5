## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option). The start question
## (`q-start…`, `q-client-situation…`) is in ui.ftl: the page shows it before the app has loaded.
q-permit-basis = What is your residence permit based on?
q-permit-basis-hint = Your decision letter from UDI says what the permit is granted on ("grunnlag"). If you are not sure, choose "I don't know".
q-permit-basis-refugee = Protection as a refugee (§ 28)
q-permit-basis-humanitarian = Strong humanitarian considerations (§ 38)
q-permit-basis-particular-connection = A particular connection to Norway (§ 38)
q-permit-basis-resettlement = Resettlement refugee, chosen abroad (§ 35)
q-permit-basis-family = Family immigration
q-permit-basis-other = Something else (work, studies or other)

q-after-asylum = Was this permit granted after you applied for protection (asylum) in Norway?
q-after-asylum-hint = This decides how much time abroad is allowed before a permanent permit.

q-permit-dates = What dates are on your residence card?
q-permit-dates-hint = The card and the decision letter say "Gyldig fra" (valid from) and "Gyldig til" (valid until).
q-permit-dates-from = Valid from
q-permit-dates-until = Valid until

q-residence-since = When did your first permit that can lead to a permanent one start?
q-residence-since-hint = Usually the start of your first permit in Norway. Leave it empty if you do not know; it is only used to say when you could apply for a permanent permit.

q-stays = Your stays abroad
q-stays-hint = Add every trip out of Norway since your permit started, one at a time. The day you leave and the day you come back count as days in Norway.

q-trip = Are you planning a trip?
q-trip-hint = Give the date you plan to leave to find out when you must be back. Leave it empty if you are not planning one.

q-brexit = Are you a British citizen with a permanent permit under the Brexit rules?
q-brexit-hint = The Brexit rules are for British citizens who lived in Norway before 2021. Your decision letter says so.

q-gave-incorrect = Have you given UDI incorrect information in your case?
q-withheld = Have you withheld information that mattered for your case?
q-incorrect-identity = Have you given UDI incorrect information about who you are?
q-prevented = Were you kept from coming back to Norway against your will?
q-prevented-hint = The exemption for people kept abroad after domestic abuse has four conditions. This is the first.
q-family-permit = Did you have a family immigration permit with a spouse, partner or cohabitant?
q-abuse = Were you or your child a victim of abuse in the relationship?
q-relationship-ended = Has the relationship ended?

q-protection = Is your application for protection assessed individually, or do you have collective protection?
q-protection-hint = Most people who fled Ukraine get collective protection. If you did not qualify, UDI has told you that your application is assessed individually.
q-protection-individual = My application is assessed individually
q-protection-collective = I have collective protection
q-interview = Have you had your asylum interview with UDI?
q-interview-hint = The long interview at UDI about why you need protection. Registering with the police is not the interview.
q-passport = Do you have a valid ordinary passport?
q-passport-hint = A passport for travel abroad that has not expired. An internal passport or a passport card is not enough. A passport the police hold counts.
q-decision = Have you had an answer to your application for protection?
q-decision-none = No, I am still waiting
q-decision-rejected = Yes, it was rejected
q-decision-rejected-hint = Choose this also if you have appealed.
q-dublin = Is your case a Dublin case?
q-dublin-hint = Another European country is responsible for your application and you are to be sent there. You are told if it is.

q-applied-for-asylum = Did you apply for protection (asylum) in Norway?
q-first-application = When did you first apply for protection in Norway?
q-first-application-hint = The 16 years are counted from this day.
q-date-of-birth = What is your date of birth?
q-tr-stays = Your stays abroad since you first applied
q-tr-stays-hint = Time abroad is taken off your time in Norway. Add each stay, one at a time.
q-left-after-rejection = After a rejection, did you leave Norway, come back and apply again?
q-lived-2019 = Did you live in Norway on 1 January 2019?
q-lives-in-norway = Do you live in Norway now?
q-convicted = Have you been convicted of a crime in Norway?
q-convicted-hint = Sentenced to prison, or fined for an offence that can carry prison, such as theft or fraud.
q-has-permit = Do you have a residence permit now?
q-identity = Is your identity documented, for example with a passport?
q-request-date = When was your request made?
q-request-date-hint = Leave it empty to use today's date.

q-held-permit = What residence permit do you have?
q-held-permit-permanent = A permanent residence permit
q-held-permit-temporary-leading-to-permanent = A temporary permit that can lead to a permanent one
q-held-permit-temporary-not-leading-to-permanent = A temporary permit that cannot lead to a permanent one
q-held-permit-no-permit = No residence permit
q-permit-expiring = Has your permit expired, or will it expire soon?

q-card-applied = When did you apply for the permit?
q-card-applied-before-new-routine = Before 16 April 2021
q-card-applied-on-or-after-new-routine = On 16 April 2021 or later
q-card-kind = What did you apply for?
q-card-kind-first-asylum-in-norway = Protection (asylum) for the first time, and I got a residence permit
q-card-kind-from-abroad = A residence permit, from abroad
q-card-kind-renewal = A renewal of my residence permit
q-card-kind-other = Something else
q-card-old-document = Do you have an expired Norwegian alien's passport or refugee travel document that you have not handed in to the police?
q-card-under-18 = Are you under 18?
q-card-appointment = When is (or was) your appointment with the police?
q-card-appointment-hint = Leave it empty if you do not have one yet.

q-withdrawal-ukraine = Did you flee Ukraine, and is your application assessed individually?
q-withdrawal-other-permit = Do you have another residence permit in Norway?
q-withdrawal-other-application = Are you waiting for an answer to another application to live in Norway?
q-withdrawal-under-90 = Have you been in the Schengen area for less than 90 days?
