## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = د اجازې کتنه (Permit Check)
app-tagline = د ناروې د مهاجرت قواعد، په خپل تلیفون کې وګورئ
exit-link = له دې پاڼې ووځئ
exit-hint = سمدستي له دې ویب پاڼې وځي او د هوا د حال یوې پاڼې ته ځي. تاسو کولای شئ درې ځله د Shift تڼۍ هم کېکاږئ.
exit-progress = د وتلو لپاره Shift بیا کېکاږئ ({ $n } له ۳ څخه)
language-choose = ژبه
boot-loading = کتنې بارېږي…
boot-failed = Permit Check په دې براوزر کې پیل نه شو. پاڼه بیا راوړئ، یا نوی براوزر وکاروئ. هغه څه چې تاسو لیکلي وو، چېرته نه دي لېږل شوي.
noscript = Permit Check ته JavaScript اړین دی، چې کتنې ستاسو په خپله وسیله کې وکړي. په خپل براوزر کې JavaScript چالان کړئ، یا بل براوزر وکاروئ.
brief-not-advice = دا حقوقي مشوره نه ده.
brief-private = هر څه چې تاسو لیکئ، له دې تلیفون نه وځي.
footer-help-title = دا حقوقي مشوره نه ده
footer-help = Permit Check ښيي چې د UDI (د ناروې د مهاجرت اداره) عامې پاڼې او قانون ستاسو په شان ځوابونو په اړه څه وايي. ستاسو خپله قضیه کېدای شي توپیر ولري. مخکې له دې چې کومه پرېکړه وکړئ، له یو وکیل یا له دې ادارو څخه له یوې سره خبرې وکړئ. دا ادارې وړیا حقوقي مرسته ورکوي:
help-noas = NOAS – د پناه غوښتونکو لپاره د ناروې سازمان (noas.no)
help-seif = SEIF – د مهاجرو او کډوالو لپاره د ځان مرستې سازمان (seif.no)
help-jurk = JURK – د ښځو لپاره حقوقي مشوره (jurk.no)
help-jussbuss = Jussbuss – وړیا حقوقي مرسته، چې د حقوقو محصلین یې ورکوي (jussbuss.no)
footer-privacy = ستاسو ځوابونه په همدې تلیفون کې پاتې کېږي. هېڅ شی چېرته نه لېږل کېږي. کله چې پاڼه وتړئ، هېڅ شی نه ساتل کېږي، مګر دا چې تاسو یې خپله وټاکئ.
footer-safety-link = په دې تلیفون کې خوندي پاتې کېدل
footer-data-link = ستاسو ځوابونه: ساتل، پاکول، په فایل کې خوندي کول

## Shared words
continue = مخته
back = شاته
change = بدلول
undo = بېرته یې راوړئ
answer-yes = هو
answer-no = نه
answer-unknown = نه پوهېږم
answer-not-given = ځواب نه دی ورکړل شوی
answer-not-a-date = دا نېټه نه ده: { $typed }
error-prefix = تېروتنه:
error-summary-title = یوه ستونزه شته
date-hint = د بېلګې په توګه: ۲۷ ۳ ۲۰۱۹ (ورځ، میاشت، کال)
date-day = ورځ
date-month = میاشت
date-year = کال
step-progress = پوښتنه { $n } له { $total } څخه
sources = سرچینې:
borderline = دا حد ته نږدې ده، او UDI په دقیق ډول نه وايي چې ورځې څنګه شمېرل کېږي. څو ورځې ځای پرېږدئ، او مخکې له پرېکړې مشوره واخلئ.

## The start
start-title = ستاسو حالت څه دی؟
start-choose-one = هغه ځواب وټاکئ چې ستاسو له حالت سره تر ټولو ښه برابر دی.
start-other-checks = نورې کتنې، او د ۲۰۲۱ کال قاعده د هغو کسانو لپاره چې ډېره موده یې په ناروې کې ژوند کړی
q-want = تاسو غواړئ په څه پوه شئ؟
want-choose-one = هغه څه وټاکئ چې غواړئ پرې پوه شئ.
other-checks-title = ټولې کتنې
all-on-one-title = ټولې پوښتنې په یوه پاڼه کې
mode-all-on-one-page = ټولې پوښتنې په یوه پاڼه کې وښایاست
mode-one-at-a-time = یوه یوه پوښتنه وښایاست
check-answers-title = خپل ځوابونه وګورئ
check-answers-unanswered =
    { $n ->
        [one] یوې پوښتنې ته ځواب نه دی ورکړل شوی. تاسو بیا هم ځواب لیدلای شئ؛ هغه به ووايي چې څه نه شي ویلای.
       *[other] { $n } پوښتنو ته ځواب نه دی ورکړل شوی. تاسو بیا هم ځواب لیدلای شئ؛ هغه به ووايي چې څه نه شي ویلای.
    }
check-answers-continue = ځواب وګورئ

## The checks, as a person asks them
check-travel-limits = ایا زه سفر کولای شم، او تر کومې مودې؟
check-travel-limits-hint = بهر ته سفرونه د لنډمهاله اوسېدو اجازې یا ډله ییزې پناه سره، او هغه څه چې پناه غوښتونکي باید پرې پوه شي.
check-permanent-permit = ایا زه په بهر کې د پاتې کېدو له امله خپله د دایمي اوسېدو اجازه له لاسه ورکولای شم؟
check-permanent-permit-hint = تاسو څومره موده بهر پاتې کېدای شئ، او کله باید بېرته راشئ.
check-work-permit = ایا زه د ځواب په تمه کې کار کولای شم؟
check-work-permit-hint = د کار لنډمهاله اجازه، تر هغه چې ستاسو د پناه غوښتنلیک په انفرادي ډول کتل کېږي.
check-permit-holder = زه د اوسېدو اجازه لرم او د پناه (asyl) غوښتنه مې کړې ده
check-permit-holder-hint = ستاسو له غوښتنلیک او ستاسو له اجازې سره څه کېږي.
check-residence-card = زه خپل د اوسېدو کارت څنګه ترلاسه کړم؟
check-residence-card-hint = له پولیسو سره د لیدنې وخت څوک نیسي، او کارت کله راتلای شي.
check-withdrawal = زه غواړم خپل د پناه غوښتنلیک بېرته واخلم
check-withdrawal-hint = وروسته څه کېږي، او UDI ته یو لیک چې چاپولای یې شئ.
check-temporary-regulation = د ۲۰۲۱ کال قاعده د هغو پناه غوښتونکو لپاره چې ۱۶ کاله یې په ناروې کې ژوند کړی و
check-temporary-regulation-hint = یو ځلی پروګرام: غوښتنې باید تر ۱ ډسمبر ۲۰۲۱ پورې شوې وای. د هغو کسانو لپاره چې په وخت یې غوښتنه کړې، او د قضیو د کارکوونکو لپاره.

## Offline use
update-ready = د Permit Check نوې نسخه چمتو ده. که پاڼه بیا راوړئ، هغه ځوابونه پاکېږي چې په دې تلیفون کې نه دي ساتل شوي.
update-reload = اوس یې بیا راوړئ
update-later = وروسته

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = دا ژباړه تر اوسه د یو وړ ژباړونکي له خوا نه ده کتل شوې. که څه روښانه نه وي، دا پاڼه په انګلیسي ولولئ.
show-in-english = دا په انګلیسي وښایاست
show-in-norwegian = دا په ناروېژي وښایاست

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = ستاسو حالت څه دی؟
q-start-hint = هغه یو وټاکئ چې اوس ستاسو له حالت سره برابر دی.
q-start-asylum-seeker = زه د خپل د پناه غوښتنلیک (søknad om beskyttelse) د ځواب په تمه یم
q-start-temporary-permit = زه د لنډمهاله اوسېدو اجازه (midlertidig oppholdstillatelse) لرم
q-start-collective-protection = زه د اوکراین د یو کس په توګه ډله ییزه پناه (kollektiv beskyttelse) لرم
q-start-permanent-permit = زه د دایمي اوسېدو اجازه (permanent oppholdstillatelse) لرم
q-start-helper = زه له بل چا سره مرسته کوم
q-start-helper-hint = د بېلګې په توګه د قضیې کارکوونکی، رضاکار یا د کورنۍ غړی. تاسو به د یوې کتنې ټولې پوښتنې په یوه پاڼه کې ووینئ.
q-client-situation = د هغه کس حالت څه دی چې تاسو ورسره مرسته کوئ؟
q-client-situation-asylum-seeker = د پناه غوښتنلیک د ځواب په تمه دی
q-client-situation-temporary-permit = د لنډمهاله اوسېدو اجازه لري
q-client-situation-collective-protection = د اوکراین د یو کس په توګه ډله ییزه پناه لري
q-client-situation-permanent-permit = د دایمي اوسېدو اجازه لري
error-summary-item = { $field }: { $problem }
