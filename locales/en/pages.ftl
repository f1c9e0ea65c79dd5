## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Stays abroad and the next trip
stays-none-yet = You have not added any stays abroad. If you have not been abroad, continue.
stays-none = No stays abroad
stay-add = Add a stay abroad
stay-n = Stay { $n }
stay-from = Date you left Norway
stay-to = Date you came back to Norway
stay-ongoing = I am still abroad
stay-schengen = This stay was in another Schengen country
stay-schengen-hint = Most EU countries, and Iceland, Liechtenstein and Switzerland.
stay-ukraine = This stay was in Ukraine
stay-done = Done with stay { $n }
stay-remove = Remove stay { $n }
stay-removed = Stay { $n } was removed.
stay-summary-ongoing = since { $from }, still abroad
stay-summary-unfinished = Not finished: add the dates
stay-summary-words = { $from } to { $to }
stay-summary-ongoing-words = since { $from }, still abroad
stay-mark-schengen = in another Schengen country
stay-mark-ukraine = in Ukraine
trip-from = Date you plan to leave
trip-to = Date you plan to come back (you can leave this empty)
trip-schengen = I am going to another Schengen country
trip-ukraine = I am going to Ukraine
trip-none = No trip planned
flow-stay-departure-missing = Stay { $n }: enter the date you left Norway, or remove this stay.
flow-stay-return-missing = Stay { $n }: enter the date you came back, or choose "I am still abroad".
flow-trip-departure-missing = Enter the date you plan to leave, or leave both trip dates empty.

## The answer
outcome-eligible = Eligible
outcome-not-eligible = Not eligible
outcome-unknown = Not known yet
outcome-not-applicable = Not needed
outcome-within-limits = Within the limits
outcome-at-risk = At risk
outcome-limit-exceeded = Over the limit
outcome-must-not-travel = Do not travel
status-met = Met
status-not-met = Not met
status-unknown = Not known
result-deciding = What decides this
result-met =
    { $n ->
        [one] 1 other condition is met
       *[other] { $n } other conditions are met
    }
result-not-answered = Questions you did not answer
result-cannot-answer = The check cannot answer yet. Fix this first:
result-see-answers = See or change your answers
result-start-again = Start again
rules-checked-on = Rules checked on { $date }.
next-steps-title = What to do next
pp-exemption-may-apply = You have answered yes to all four conditions of the exemption for people kept abroad after domestic abuse: then the rule on stays abroad might not apply to you. Contact UDI or a lawyer.

## Figures a condition used
figure-days = Days counted
figure-limit = Limit
figure-longestStayDays = Longest stay
figure-limitDays = Limit
figure-maxFourYearDays = Most days within four years
figure-exceededOn = Limit reached on
figure-windowStart = From
figure-windowEnd = To
figure-daysAbroad = Days abroad
figure-residenceDays = Days of residence
figure-sixteenYearsReachedOn = 16 years reached on
figure-ageOnCutoff = Age on 1 October 2021
figure-combined65ReachedOn = Age and residence reach 65 years on
figure-requestDate = Date of the request
figure-deadline = Deadline
figure-permitEnd = Valid until
figure-since = Counts from

## Sources
source-seed-000 = UDI: Applying for protection (asylum) when you already have a residence permit
source-seed-001 = UDI: Temporary regulation for asylum seekers who have lived in Norway for more than 16 years
source-seed-002 = UDI: I have an application for individual protection (Ukraine)
source-seed-003 = UDI: Permanent residence permit – when it can be lost
source-seed-004 = UDI: Residence permit on strong humanitarian grounds or a particular connection to Norway

## What to do next: travel
tl-next-title = Before you travel
tl-next-card = Travel only once you have your residence card. After that you can travel into and out of Norway for as long as your residence permit is valid.
tl-next-documents = Bring your passport and your residence card when you travel.
tl-next-schengen = In other Schengen countries you can stay up to 90 days in any period of 180 days.
tl-next-limit = If you stay abroad longer than the limits allow, you can lose your residence permit and have to apply for a new one.

## What to do next: a permanent permit
pp-next-title = What happens next, and your rights
pp-next-keep-title = Keeping the permit while you are away
pp-next-apply = If you are going to stay outside Norway for more than two years and want to keep your permanent permit, apply to UDI for permission before you go.
pp-next-before-title = Before UDI decides
pp-next-interview = You may be called to an interview with the police or UDI if they need more information.
pp-next-notice = UDI must tell you in advance and ask for your side before it decides that your permit is no longer valid.
pp-next-legal = You have the right to free legal help when you get an advance notice or a decision: the cost of a lawyer is covered. You must contact a lawyer yourself.
pp-next-documents = You have the right to see the documents in your case. You must ask for them.
pp-next-decision-title = If UDI decides that you lose the permit
pp-next-decision = You get a decision from UDI that says why.
pp-next-appeal = You can appeal the decision.
pp-next-travel-documents = If you lose your permanent permit, you also lose your Norwegian travel documents.
pp-next-new-permit = UDI considers whether you can get a new permit, for example because of a particular connection to Norway, strong humanitarian considerations, or protection against being sent back.
pp-next-leave = If you do not get a new permit, you must leave Norway. The decision says by when.

## What to do next: the 2021 temporary regulation
tr-next-title = What happens with a request sent in time
tr-next-deadline = New requests can no longer be made: the deadline was 1 December 2021.
tr-next-where-title = Who to contact
tr-next-where = Contact the authority that last decided your case: UNE (the Immigration Appeals Board) or UDI (the Directorate of Immigration). For most asylum seekers that is UNE.
tr-next-une = If UNE decided last:
tr-next-udi = If UDI decided last:
tr-next-phone = Questions? Call UNE:
tr-next-hours = Monday to Friday, 08.30–15.00.
tr-next-evidence-title = Proving how long you have lived in Norway
tr-next-evidence-known = If you lived at an asylum reception centre the whole time, or reported your address to the police, UDI and UNE know that you lived here: you need not send anything.
tr-next-evidence-other = If not, they may ask you for documents that show where you lived, such as letters from a doctor, a school or an employer.
tr-next-evidence-wait = Do not send anything until they ask you to.
tr-next-identity-title = If your identity is not documented
tr-next-identity = You may get a limited permit. It gives you the right to live in Norway, but not the right to a permanent permit.

## The guides
guide-permit-holder-headline = Your application and your permit
guide-residence-card-headline = How you get your residence card
guide-card-earliest = The card can come on { $date } at the earliest (20 working days after your appointment with the police).
guide-withdrawal-headline = After you withdraw your application
guide-withdrawal-how = How to withdraw
help-lines-title = If you are exposed to violence or coercion
letter-title = A letter to withdraw your application
letter-intro = Write your name and DUF number. The letter is written here on your phone, in Norwegian, with a copy in your language to read. Nothing is sent: print it, sign it and post it to UDI. Your name and number are not saved.
letter-name = Your full name
letter-name-hint = As it is written on your papers from UDI.
letter-duf = Your DUF number
letter-duf-hint = 12 digits, on your residence card or on papers from UDI, for example 2012 3456 7890.
letter-write = Write the letter
letter-ready = Your letter
letter-needs-norwegian = The letter is written in Norwegian, and the Norwegian text could not be loaded. Connect to the internet once and try again.
letter-print = Print the letter
letter-download = Save the letter as a file

## Staying safe on this phone
safety-title = Staying safe on this phone
safety-exit = "Exit this page", or pressing Shift three times, replaces this page at once with a weather site. Permit Check adds no pages of its own to the browser's history, so Back does not bring your answers back.
safety-exit-cannot = Exit cannot remove the browser's record that you visited this site. Someone who looks at the browser's history can see the address of Permit Check.
safety-private = To leave no history, open Permit Check in a private tab (in Chrome: "New incognito tab"). The browser forgets what you did there when you close the tab.
safety-history = If you did not use a private tab, you can delete this site from the browser's history. In Chrome: open the menu, choose History, and remove the entries for this site.
safety-downloads = Files you save (a letter, your answers) stay in the phone's Downloads folder until you delete them. Their names are neutral, such as letter.txt, but anyone who opens them can read them.
safety-remember = If you choose to remember your answers on this phone, anyone who opens Permit Check in this browser can see them. You can choose that Exit also erases them.
safety-installed = If you added Permit Check to your home screen, its icon shows there. You can remove it like any other app.
safety-danger = If you are in danger now, call the police on 112.

## Your answers on this phone
data-title = Your answers on this phone
data-intro = Your answers are kept only in this page while it is open. When you close it, they are gone, unless you choose to remember them on this phone.
data-remember = Remember my answers on this phone
data-remember-hint = They are kept in this browser only, until you erase them. Anyone who uses this browser can see them.
data-erase-on-exit = Erase them when I use "Exit this page"
data-remembered = Your answers are remembered on this phone.
data-not-remembered = Your answers are not kept on this phone.
data-storage-failed = This browser does not let Permit Check keep anything (a private tab, or storage turned off). Your answers stay in this page until you close it.
data-erase = Erase my answers
data-erase-confirm = Erase all your answers from this page and this phone? This cannot be undone.
data-erase-yes = Yes, erase them
data-erase-no = No, keep them
data-erased = Your answers were erased from this page and this phone.
data-save = Save my answers to a file
data-save-hint = The file is named { $name }. Anyone who opens it can read your answers. You or a caseworker can open it in Permit Check on another device.
data-open = Open answers from a file
data-open-hint = A file saved by Permit Check. Its answers replace the answers in this page.
data-opened = The answers from the file are open. Check them before you look at an answer.
data-open-bad = This file is not one that Permit Check saved, or it is damaged. Nothing was changed.
data-open-newer = This file was saved by a newer version of Permit Check. Reload the page to get the new version, then try again. Nothing was changed.
data-print = Print a summary
data-print-hint = Only the checks you have answered, each with its answer, its reasons and your answers.
print-made-on = Printed on { $date }. Rules checked on { $checked }.
print-your-answers = Your answers
data-kept-unreadable = Answers kept on this phone by Permit Check cannot be read (they may come from a newer version). They are left as they are: erase them below if you do not need them.
