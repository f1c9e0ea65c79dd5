## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = Permit Check
app-tagline = Norway's immigration rules, checked on your own phone
exit-link = Exit this page
exit-hint = Leaves this site at once for a weather site. You can also press Shift three times.
exit-progress = Press Shift again to leave ({ $n } of 3)
language-choose = Language
boot-loading = Loading the checks…
boot-failed = Permit Check could not start in this browser. Reload the page, or use an up-to-date browser. Nothing you typed was sent anywhere.
noscript = Permit Check needs JavaScript to run the checks on your own device. Turn on JavaScript in your browser, or use another browser.
brief-not-advice = Not legal advice.
brief-private = Nothing you type leaves this phone.
footer-help-title = This is not legal advice
footer-help = Permit Check shows what UDI's public pages and the law say about answers like yours. Your own case can be different. Before you decide anything, talk to a lawyer or to one of these organisations, which give free legal help:
help-noas = NOAS – Norwegian Organisation for Asylum Seekers (noas.no)
help-seif = SEIF – Self Help for Immigrants and Refugees (seif.no)
help-jurk = JURK – legal counselling for women (jurk.no)
help-jussbuss = Jussbuss – free legal aid run by law students (jussbuss.no)
footer-privacy = Your answers stay on this phone. Nothing is sent anywhere, and nothing is kept after you close the page unless you choose to.
footer-safety-link = Staying safe on this phone
footer-data-link = Your answers: remember, erase, save to a file

## Shared words
continue = Continue
back = Back
change = Change
undo = Undo
answer-yes = Yes
answer-no = No
answer-unknown = I don't know
answer-not-given = Not answered
answer-not-a-date = Not a date: { $typed }
error-prefix = Error:
error-summary-title = There is a problem
date-hint = For example, 27 3 2019
date-day = Day
date-month = Month
date-year = Year
step-progress = Question { $n } of { $total }
sources = Sources:
borderline = This is close to the limit, and UDI does not publish exactly how days are counted. Keep a margin of several days, and get advice before you decide.

## The start
start-title = What is your situation?
start-choose-one = Choose the answer that fits you best.
start-other-checks = Other checks, including the 2021 rule for people who have lived in Norway a long time
q-want = What do you want to know?
want-choose-one = Choose what you want to know.
other-checks-title = All checks
all-on-one-title = All questions on one page
mode-all-on-one-page = Show all questions on one page
mode-one-at-a-time = Show one question at a time
check-answers-title = Check your answers
check-answers-unanswered =
    { $n ->
        [one] One question is not answered. You can still see the answer; it will say what it cannot tell.
       *[other] { $n } questions are not answered. You can still see the answer; it will say what it cannot tell.
    }
check-answers-continue = See the answer

## The checks, as a person asks them
check-travel-limits = May I travel, and for how long?
check-travel-limits-hint = Trips abroad with a temporary residence permit or collective protection, and what asylum seekers must know.
check-permanent-permit = Could I lose my permanent residence permit by staying abroad?
check-permanent-permit-hint = How long you may stay away, and when you must come back.
check-work-permit = May I work while I wait for an answer?
check-work-permit-hint = The temporary work permit while your application for protection is assessed individually.
check-permit-holder = I have a residence permit and have applied for protection (asylum)
check-permit-holder-hint = What happens to the application, and to your permit.
check-residence-card = How do I get my residence card?
check-residence-card-hint = Who books the police appointment, and when the card can come.
check-withdrawal = I want to withdraw my application for protection
check-withdrawal-hint = What happens after, and a letter to UDI you can print.
check-temporary-regulation = The 2021 rule for asylum seekers who had lived in Norway for 16 years
check-temporary-regulation-hint = A one-time scheme: requests had to be made by 1 December 2021. For people who asked in time, and for caseworkers.

## Offline use
update-ready = A new version of Permit Check is ready. Reloading clears answers that are not remembered on this phone.
update-reload = Reload now
update-later = Later

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = This translation has not yet been checked by a qualified translator. If anything is unclear, read this page in English.
show-in-english = Show this in English
show-in-norwegian = Show this in Norwegian

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = What is your situation?
q-start-hint = Choose the one that fits you now.
q-start-asylum-seeker = I am waiting for an answer to my application for protection (asylum)
q-start-temporary-permit = I have a temporary residence permit
q-start-collective-protection = I have collective protection as a person from Ukraine
q-start-permanent-permit = I have a permanent residence permit
q-start-helper = I am helping someone else
q-start-helper-hint = For example as a caseworker, a volunteer or a family member. You will see all questions of a check on one page.
q-client-situation = What is the situation of the person you are helping?
q-client-situation-asylum-seeker = Waiting for an answer to an application for protection (asylum)
q-client-situation-temporary-permit = A temporary residence permit
q-client-situation-collective-protection = Collective protection as a person from Ukraine
q-client-situation-permanent-permit = A permanent residence permit
error-summary-item = { $field }: { $problem }
