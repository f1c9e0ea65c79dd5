## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Stays abroad and the next trip
stays-none-yet = تاسو تر اوسه بهر ته هېڅ سفر نه دی ورزیات کړی. که تاسو بهر نه یاست تللي، مخته لاړ شئ.
stays-none = بهر ته هېڅ سفر نشته
stay-add = بهر ته یو سفر ورزیات کړئ
stay-n = سفر { $n }
stay-from = هغه نېټه چې له ناروې ووتلئ
stay-to = هغه نېټه چې ناروې ته بېرته راغلئ
stay-ongoing = زه لا هم بهر یم
stay-schengen = دا سفر د شینګن (Schengen) بل هېواد ته و
stay-schengen-hint = د اروپايي اتحادیې ډېری هېوادونه، او ایسلنډ، لیختنشتاین او سویس.
stay-ukraine = دا سفر اوکراین ته و
stay-done = سفر { $n } بشپړ شو
stay-remove = سفر { $n } لرې کړئ
stay-removed = سفر { $n } لرې شو.
stay-summary-ongoing = له { $from } راهیسې، لا هم بهر
stay-summary-unfinished = بشپړ نه دی: نېټې ورزیاتې کړئ
stay-summary-words = له { $from } څخه تر { $to } پورې
stay-summary-ongoing-words = له { $from } راهیسې، لا هم بهر
stay-mark-schengen = د شینګن (Schengen) په بل هېواد کې
stay-mark-ukraine = په اوکراین کې
trip-from = هغه نېټه چې غواړئ ووځئ
trip-to = هغه نېټه چې غواړئ بېرته راشئ (دا خالي پرېښودلای شئ)
trip-schengen = زه د شینګن (Schengen) بل هېواد ته ځم
trip-ukraine = زه اوکراین ته ځم
trip-none = هېڅ سفر پلان شوی نه دی
flow-stay-departure-missing = سفر { $n }: هغه نېټه ولیکئ چې له ناروې ووتلئ، یا دا سفر لرې کړئ.
flow-stay-return-missing = سفر { $n }: هغه نېټه ولیکئ چې بېرته راغلئ، یا «زه لا هم بهر یم» وټاکئ.
flow-trip-departure-missing = هغه نېټه ولیکئ چې غواړئ ووځئ، یا د سفر دواړه نېټې خالي پرېږدئ.

## The answer
outcome-eligible = وړ یاست
outcome-not-eligible = وړ نه یاست
outcome-unknown = تر اوسه معلوم نه دی
outcome-not-applicable = اړتیا نشته
outcome-within-limits = د حد دننه
outcome-at-risk = په خطر کې
outcome-limit-exceeded = له حد څخه زیات
outcome-must-not-travel = سفر مه کوئ
status-met = پوره دی
status-not-met = پوره نه دی
status-unknown = معلوم نه دی
result-deciding = څه شی دا ټاکي
result-met =
    { $n ->
        [one] یو بل شرط پوره دی
       *[other] { $n } نور شرطونه پوره دي
    }
result-not-answered = هغه پوښتنې چې تاسو ځواب نه دی ورکړی
result-cannot-answer = کتنه تر اوسه ځواب نه شي ورکولای. لومړی دا سم کړئ:
result-see-answers = خپل ځوابونه وګورئ یا بدل کړئ
result-start-again = بیا پیل کړئ
rules-checked-on = قواعد په { $date } وکتل شول.
next-steps-title = بیا څه وکړئ
pp-exemption-may-apply = تاسو د هغو کسانو د استثنا ټولو څلورو شرطونو ته «هو» ویلي، چې د کورني تاوتریخوالي وروسته په بهر کې ساتل شوي وي: نو کېدای شي په بهر کې د پاتې کېدو قاعده پر تاسو پلي نه شي. له UDI یا له یو وکیل سره اړیکه ونیسئ.

## Figures a condition used
figure-days = شمېرل شوې ورځې
figure-limit = حد
figure-longestStayDays = تر ټولو اوږد سفر
figure-limitDays = حد
figure-maxFourYearDays = په څلورو کلونو کې تر ټولو ډېرې ورځې
figure-exceededOn = حد ته د رسېدو نېټه
figure-windowStart = له
figure-windowEnd = تر
figure-daysAbroad = په بهر کې ورځې
figure-residenceDays = د اوسېدو ورځې
figure-sixteenYearsReachedOn = د ۱۶ کلونو د پوره کېدو نېټه
figure-ageOnCutoff = عمر په ۱ اکتوبر ۲۰۲۱
figure-combined65ReachedOn = هغه نېټه چې عمر او اوسېدل یوځای ۶۵ کلونو ته رسېږي
figure-requestDate = د غوښتنې نېټه
figure-deadline = وروستۍ نېټه
figure-permitEnd = تر دې نېټې اعتبار لري
figure-since = له دې نېټې شمېرل کېږي

## Sources
source-seed-000 = UDI: د پناه (asyl) غوښتنه، کله چې تاسو دمخه د اوسېدو اجازه لرئ
source-seed-001 = UDI: د هغو پناه غوښتونکو لپاره لنډمهاله مقرره، چې له ۱۶ کلونو زیات یې په ناروې کې ژوند کړی
source-seed-002 = UDI: زما د پناه غوښتنلیک په انفرادي ډول کتل کېږي (اوکراین)
source-seed-003 = UDI: د دایمي اوسېدو اجازه – کله یې له لاسه ورکولای شئ
source-seed-004 = UDI: د قوي بشري دلایلو یا له ناروې سره د ځانګړې اړیکې پر بنسټ د اوسېدو اجازه

## What to do next: travel
tl-next-title = مخکې له دې چې سفر وکړئ
tl-next-card = یوازې هغه وخت سفر وکړئ چې د اوسېدو کارت مو ترلاسه کړی وي. له هغه وروسته، تر هغه چې ستاسو د اوسېدو اجازه اعتبار ولري، ناروې ته راتلای او ترې وتلای شئ.
tl-next-documents = کله چې سفر کوئ، خپل پاسپورټ او د اوسېدو کارت له ځانه سره یوسئ.
tl-next-schengen = د شینګن (Schengen) په نورو هېوادونو کې تاسو د هرو ۱۸۰ ورځو په موده کې تر ۹۰ ورځو پورې پاتې کېدای شئ.
tl-next-limit = که تاسو له حد څخه زیات بهر پاتې شئ، خپله د اوسېدو اجازه له لاسه ورکولای شئ، او باید د نوې اجازې غوښتنه وکړئ.

## What to do next: a permanent permit
pp-next-title = بیا څه کېږي، او ستاسو حقونه
pp-next-keep-title = په بهر کې د اوسېدو پر مهال د اجازې ساتل
pp-next-apply = که تاسو له دوو کلونو زیات له ناروې بهر پاتې کېږئ او غواړئ خپله دایمي اجازه وساتئ، مخکې له تګه له UDI څخه اجازه وغواړئ.
pp-next-before-title = مخکې له دې چې UDI پرېکړه وکړي
pp-next-interview = که پولیس یا UDI نورو معلوماتو ته اړتیا ولري، کېدای شي تاسو مرکې ته وغواړي.
pp-next-notice = UDI باید تاسو ته دمخه خبرتیا (forhåndsvarsel) درکړي او ستاسو خبره واوري، مخکې له دې چې پرېکړه وکړي چې ستاسو اجازه نور اعتبار نه لري.
pp-next-legal = کله چې خبرتیا یا پرېکړه ترلاسه کړئ، د وړیا حقوقي مرستې (fri rettshjelp) حق لرئ: د وکیل لګښت ورکول کېږي. تاسو باید خپله له وکیل سره اړیکه ونیسئ.
pp-next-documents = تاسو حق لرئ چې د خپلې قضیې اسناد وګورئ. تاسو باید هغه وغواړئ.
pp-next-decision-title = که UDI پرېکړه وکړي چې تاسو اجازه له لاسه ورکوئ
pp-next-decision = تاسو له UDI څخه یوه پرېکړه (vedtak) ترلاسه کوئ، چې دلیل یې پکې لیکل شوی وي.
pp-next-appeal = تاسو کولای شئ پر دې پرېکړې اعتراض (klage) وکړئ.
pp-next-travel-documents = که خپله دایمي اجازه له لاسه ورکړئ، د ناروې د سفر اسناد مو هم له لاسه ورکوئ.
pp-next-new-permit = UDI ګوري چې ایا تاسو نوې اجازه ترلاسه کولای شئ، د بېلګې په توګه له ناروې سره د ځانګړې اړیکې، د قوي بشري دلایلو، یا بېرته د لېږلو پر وړاندې د ساتنې له امله.
pp-next-leave = که نوې اجازه ترلاسه نه کړئ، باید ناروې پرېږدئ. په پرېکړه کې لیکل شوي چې تر کومې نېټې.

## What to do next: the 2021 temporary regulation
tr-next-title = له هغې غوښتنې سره څه کېږي چې په وخت لېږل شوې
tr-next-deadline = نوې غوښتنې نور نه شي کېدای: وروستۍ نېټه ۱ ډسمبر ۲۰۲۱ وه.
tr-next-where-title = له چا سره اړیکه ونیسئ
tr-next-where = له هغې ادارې سره اړیکه ونیسئ چې ستاسو په قضیه یې وروستۍ پرېکړه کړې: UNE (د مهاجرت د اعتراضونو بورډ) یا UDI (د مهاجرت اداره). د ډېرو پناه غوښتونکو لپاره دا UNE ده.
tr-next-une = که وروستۍ پرېکړه UNE کړې وي:
tr-next-udi = که وروستۍ پرېکړه UDI کړې وي:
tr-next-phone = پوښتنې لرئ؟ UNE ته زنګ ووهئ:
tr-next-hours = له دوشنبې تر جمعې، له ۰۸:۳۰ څخه تر ۱۵:۰۰ پورې.
tr-next-evidence-title = دا ثابتول چې تاسو څومره موده په ناروې کې اوسېدلي یاست
tr-next-evidence-known = که تاسو ټوله موده د پناه غوښتونکو په کمپ (asylmottak) کې اوسېدلي یاست، یا مو خپله پته پولیسو ته ورکړې وي، UDI او UNE پوهېږي چې تاسو دلته اوسېدلي یاست: تاسو هېڅ شی لېږلو ته اړتیا نه لرئ.
tr-next-evidence-other = که داسې نه وي، کېدای شي له تاسو داسې اسناد وغواړي چې وښيي چېرته اوسېدلي یاست، لکه د ډاکټر، ښوونځي یا کارګمارونکي لیکونه.
tr-next-evidence-wait = تر هغه هېڅ شی مه لېږئ، چې له تاسو یې ونه غواړي.
tr-next-identity-title = که ستاسو هویت په اسنادو ثابت نه وي
tr-next-identity = کېدای شي تاسو محدوده اجازه ترلاسه کړئ. دا تاسو ته په ناروې کې د اوسېدو حق درکوي، خو د دایمي اجازې حق نه درکوي.

## The guides
guide-permit-holder-headline = ستاسو غوښتنلیک او ستاسو اجازه
guide-residence-card-headline = تاسو څنګه د اوسېدو کارت ترلاسه کوئ
guide-card-earliest = کارت تر ټولو ژر په { $date } راتلای شي (له پولیسو سره ستاسو له لیدنې ۲۰ کاري ورځې وروسته).
guide-withdrawal-headline = وروسته له دې چې خپل غوښتنلیک بېرته واخلئ
guide-withdrawal-how = څنګه یې بېرته واخلئ
help-lines-title = که له تاوتریخوالي یا زور سره مخ یاست
letter-title = د غوښتنلیک د بېرته اخیستو لیک
letter-intro = خپل نوم او د DUF شمېره ولیکئ. لیک همدلته ستاسو په تلیفون کې په ناروېژي ژبه لیکل کېږي، او د لوستلو لپاره یې ستاسو په ژبه یوه کاپي هم وي. هېڅ شی نه لېږل کېږي: لیک چاپ کړئ، لاسلیک یې کړئ او UDI ته یې په پوسټ ولېږئ. ستاسو نوم او شمېره نه ساتل کېږي.
letter-name = ستاسو بشپړ نوم
letter-name-hint = لکه څنګه چې د UDI په کاغذونو کې لیکل شوی.
letter-duf = ستاسو د DUF شمېره
letter-duf-hint = ۱۲ عددونه، ستاسو د اوسېدو په کارت یا د UDI په کاغذونو کې. په لاتیني عددونو یې ولیکئ، لکه ⁦2012 3456 7890⁩.
letter-write = لیک ولیکئ
letter-ready = ستاسو لیک
letter-needs-norwegian = لیک په ناروېژي لیکل کېږي، او ناروېژي متن بار نه شو. یو ځل له انټرنېټ سره وصل شئ او بیا هڅه وکړئ.
letter-print = لیک چاپ کړئ
letter-download = لیک د فایل په توګه خوندي کړئ

## Staying safe on this phone
safety-title = په دې تلیفون کې خوندي پاتې کېدل
safety-exit = «له دې پاڼې ووځئ»، یا درې ځله د Shift کېکاږل، دا پاڼه سمدستي د هوا د حال په یوې پاڼې بدلوي. Permit Check د براوزر تاریخچې (history) ته خپلې پاڼې نه ورزیاتوي، نو د «شاته» تڼۍ ستاسو ځوابونه بېرته نه راوړي.
safety-exit-cannot = وتل نه شي کولای د براوزر هغه ثبت پاک کړي چې تاسو دا ویب پاڼه کتلې ده. څوک چې د براوزر تاریخچه ګوري، د Permit Check پته لیدلای شي.
safety-private = د دې لپاره چې هېڅ تاریخچه پاتې نه شي، Permit Check په خصوصي ټب کې پرانیزئ (په Chrome کې: "New incognito tab"). کله چې ټب وتړئ، براوزر هغه څه هېروي چې تاسو هلته کړي وو.
safety-history = که تاسو خصوصي ټب نه وي کارولی، کولای شئ دا ویب پاڼه د براوزر له تاریخچې پاکه کړئ. په Chrome کې: مینو پرانیزئ، History وټاکئ، او د دې ویب پاڼې کرښې لرې کړئ.
safety-downloads = هغه فایلونه چې تاسو یې خوندي کوئ (لیک، ستاسو ځوابونه) د تلیفون په Downloads فولډر کې پاتې کېږي، تر هغه چې یې پاک کړئ. نومونه یې عادي دي، لکه letter.txt، خو هر څوک چې یې پرانیزي، لوستلای یې شي.
safety-remember = که تاسو وټاکئ چې ځوابونه مو په دې تلیفون کې وساتل شي، هر څوک چې په دې براوزر کې Permit Check پرانیزي، لیدلای یې شي. تاسو کولای شئ وټاکئ چې وتل یې هم پاک کړي.
safety-installed = که تاسو Permit Check د تلیفون اصلي پاڼې (home screen) ته ورزیات کړی وي، نښه (icon) یې هلته ښکاري. تاسو یې د هر بل اپ په څېر لرې کولای شئ.
safety-danger = که همدا اوس په خطر کې یاست، پولیسو ته په 112 زنګ ووهئ.

## Your answers on this phone
data-title = ستاسو ځوابونه په دې تلیفون کې
data-intro = ستاسو ځوابونه یوازې تر هغه وخته په دې پاڼه کې ساتل کېږي چې پاڼه پرانیستې وي. کله چې یې وتړئ، له منځه ځي، مګر دا چې تاسو وټاکئ چې په دې تلیفون کې وساتل شي.
data-remember = زما ځوابونه په دې تلیفون کې وساتئ
data-remember-hint = یوازې په دې براوزر کې ساتل کېږي، تر هغه چې تاسو یې پاک کړئ. هر څوک چې دا براوزر کاروي، لیدلای یې شي.
data-erase-on-exit = کله چې «له دې پاڼې ووځئ» وکاروم، ځوابونه پاک کړئ
data-remembered = ستاسو ځوابونه په دې تلیفون کې ساتل شوي دي.
data-not-remembered = ستاسو ځوابونه په دې تلیفون کې نه ساتل کېږي.
data-storage-failed = دا براوزر Permit Check ته اجازه نه ورکوي چې څه وساتي (خصوصي ټب، یا ذخیره بنده ده). ستاسو ځوابونه تر هغه په دې پاڼه کې پاتې کېږي چې پاڼه وتړئ.
data-erase = زما ځوابونه پاک کړئ
data-erase-confirm = ټول ځوابونه له دې پاڼې او له دې تلیفون څخه پاک شي؟ دا کار بېرته نه ګرځي.
data-erase-yes = هو، پاک یې کړئ
data-erase-no = نه، وې ساتئ
data-erased = ستاسو ځوابونه له دې پاڼې او له دې تلیفون څخه پاک شول.
data-save = زما ځوابونه په فایل کې خوندي کړئ
data-save-hint = د فایل نوم { $name } دی. هر څوک چې یې پرانیزي، ستاسو ځوابونه لوستلای شي. تاسو یا د قضیې کارکوونکی یې په بله وسیله کې په Permit Check کې پرانیستلای شئ.
data-open = ځوابونه له فایل څخه پرانیزئ
data-open-hint = هغه فایل چې Permit Check خوندي کړی وي. د هغه ځوابونه د دې پاڼې د ځوابونو ځای نیسي.
data-opened = د فایل ځوابونه پرانیستل شول. مخکې له دې چې ځواب وګورئ، دا ځوابونه وګورئ.
data-open-bad = دا هغه فایل نه دی چې Permit Check خوندي کړی وي، یا خراب شوی دی. هېڅ شی بدل نه شو.
data-open-newer = دا فایل د Permit Check د یوې نوې نسخې له خوا خوندي شوی. پاڼه بیا راوړئ چې نوې نسخه ترلاسه کړئ، بیا هڅه وکړئ. هېڅ شی بدل نه شو.
data-print = لنډیز چاپ کړئ
data-print-hint = یوازې هغه کتنې چې تاسو ځواب کړې، هره یوه له خپل ځواب، دلیلونو او ستاسو له ځوابونو سره.
print-made-on = په { $date } چاپ شو. قواعد په { $checked } وکتل شول.
print-your-answers = ستاسو ځوابونه
