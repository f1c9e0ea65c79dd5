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

q-permit-basis = ستاسو د اوسېدو اجازه پر څه بنسټ ده؟
q-permit-basis-hint = د UDI په پرېکړه لیک کې لیکل شوي چې اجازه پر کوم بنسټ ("grunnlag") درکړل شوې. که ډاډه نه یاست، «نه پوهېږم» وټاکئ.
q-permit-basis-refugee = د کډوال (flyktning) په توګه پناه (§ 28)
q-permit-basis-humanitarian = قوي بشري دلایل (sterke menneskelige hensyn) (§ 38)
q-permit-basis-particular-connection = له ناروې سره ځانګړې اړیکه (særlig tilknytning) (§ 38)
q-permit-basis-resettlement = د بیا مېشتېدو کډوال (overføringsflyktning)، چې په بهر کې ټاکل شوی (§ 35)
q-permit-basis-family = د کورنۍ یوځای کېدل (familieinnvandring)
q-permit-basis-other = بل څه (کار، زده کړې یا نور)

q-after-asylum = ایا دا اجازه تاسو ته وروسته له هغه درکړل شوه چې په ناروې کې مو د پناه (asyl) غوښتنه وکړه؟
q-after-asylum-hint = دا ټاکي چې د دایمي اجازې تر مخه څومره موده بهر پاتې کېدل اجازه لري.

q-permit-dates = ستاسو د اوسېدو په کارت (oppholdskort) کومې نېټې لیکل شوې؟
q-permit-dates-hint = په کارت او پرېکړه لیک کې "Gyldig fra" (له دې نېټې اعتبار لري) او "Gyldig til" (تر دې نېټې اعتبار لري) لیکل شوي.
q-permit-dates-from = له دې نېټې اعتبار لري
q-permit-dates-until = تر دې نېټې اعتبار لري

q-residence-since = ستاسو لومړۍ هغه اجازه چې دایمي اجازې ته رسولای شي، کله پیل شوه؟
q-residence-since-hint = معمولاً په ناروې کې ستاسو د لومړۍ اجازې پیل. که نه پوهېږئ، خالي یې پرېږدئ؛ دا یوازې د دې لپاره کارول کېږي چې ووايي تاسو کله د دایمي اجازې غوښتنه کولای شئ.

q-stays = بهر ته ستاسو سفرونه
q-stays-hint = له هغه وخته چې ستاسو اجازه پیل شوې، له ناروې بهر هر سفر یو یو ورزیات کړئ. د وتلو ورځ او د راستنېدو ورځ په ناروې کې ورځې شمېرل کېږي.

q-trip = ایا د سفر پلان لرئ؟
q-trip-hint = هغه نېټه ولیکئ چې غواړئ ووځئ، چې پوه شئ کله باید بېرته راشئ. که د سفر پلان نه لرئ، خالي یې پرېږدئ.

q-brexit = ایا تاسو بریتانوي تبعه یاست او د Brexit (بریګزیټ) د قواعدو له مخې دایمي اجازه لرئ؟
q-brexit-hint = د Brexit قواعد د هغو بریتانوي اتباعو لپاره دي چې له ۲۰۲۱ کال مخکې په ناروې کې اوسېدل. دا ستاسو په پرېکړه لیک کې لیکل شوي.

q-gave-incorrect = ایا تاسو په خپله قضیه کې UDI ته ناسم معلومات ورکړي دي؟
q-withheld = ایا تاسو داسې معلومات پټ کړي دي چې ستاسو د قضیې لپاره مهم وو؟
q-incorrect-identity = ایا تاسو UDI ته د خپل هویت (تاسو څوک یاست) په اړه ناسم معلومات ورکړي دي؟
q-prevented = ایا تاسو د خپلې خوښې خلاف منع شوي یاست چې ناروې ته بېرته راشئ؟
q-prevented-hint = د هغو کسانو استثنا چې د کورني تاوتریخوالي وروسته په بهر کې ساتل شوي، څلور شرطونه لري. دا لومړی شرط دی.
q-family-permit = ایا تاسو د کورنۍ یوځای کېدو اجازه (familieinnvandring) درلوده، له خپل مېړه یا مېرمنې، یا له هغه چا سره چې ورسره مو ګډ ژوند کاوه (partner، samboer)؟
q-abuse = ایا تاسو یا ستاسو ماشوم په دې اړیکه کې د تاوتریخوالي ښکار شوي یاست؟
q-relationship-ended = ایا دا اړیکه پای ته رسېدلې ده؟

q-protection = ایا ستاسو د پناه غوښتنلیک په انفرادي ډول کتل کېږي، که تاسو ډله ییزه پناه لرئ؟
q-protection-hint = ډېری هغه کسان چې له اوکراین تښتېدلي، ډله ییزه پناه ترلاسه کوي. که تاسو د هغې شرطونه نه درلودل، UDI تاسو ته ویلي چې ستاسو غوښتنلیک په انفرادي ډول کتل کېږي.
q-protection-individual = زما غوښتنلیک په انفرادي ډول کتل کېږي
q-protection-collective = زه ډله ییزه پناه لرم
q-interview = ایا له UDI سره مو د پناه مرکه (asylintervju) کړې ده؟
q-interview-hint = په UDI کې هغه اوږده مرکه چې ولې تاسو پناه ته اړتیا لرئ. له پولیسو سره نوم ثبتول دا مرکه نه ده.
q-passport = ایا تاسو د اعتبار وړ عادي پاسپورټ لرئ؟
q-passport-hint = بهر ته د سفر پاسپورټ چې موده یې نه وي تېره شوې. کورنی پاسپورټ یا د پاسپورټ کارت بس نه دی. هغه پاسپورټ چې له پولیسو سره دی، حسابېږي.
q-decision = ایا تاسو د خپل د پناه غوښتنلیک ځواب ترلاسه کړی؟
q-decision-none = نه، زه لا هم په تمه یم
q-decision-rejected = هو، رد شوی دی
q-decision-rejected-hint = که مو اعتراض (klage) کړی وي، هم دا وټاکئ.
q-dublin = ایا ستاسو قضیه د دوبلین (Dublin) قضیه ده؟
q-dublin-hint = یو بل اروپايي هېواد ستاسو د غوښتنلیک مسؤل دی او تاسو باید هلته ولېږل شئ. که داسې وي، تاسو ته ویل کېږي.

q-applied-for-asylum = ایا تاسو په ناروې کې د پناه (asyl) غوښتنه کړې ده؟
q-first-application = تاسو په ناروې کې د لومړي ځل لپاره کله د پناه غوښتنه وکړه؟
q-first-application-hint = ۱۶ کاله له همدې ورځې شمېرل کېږي.
q-date-of-birth = ستاسو د زېږېدو نېټه څه ده؟
q-tr-stays = له لومړي غوښتنلیک راهیسې بهر ته ستاسو سفرونه
q-tr-stays-hint = په بهر کې تېر شوی وخت په ناروې کې ستاسو له وخت څخه کمېږي. هر سفر یو یو ورزیات کړئ.
q-left-after-rejection = له رد کېدو وروسته، ایا تاسو له ناروې ووتلئ، بېرته راغلئ او بیا مو غوښتنه وکړه؟
q-lived-2019 = ایا تاسو په ۱ جنوري ۲۰۱۹ په ناروې کې اوسېدلئ؟
q-lives-in-norway = ایا تاسو اوس په ناروې کې اوسېږئ؟
q-convicted = ایا تاسو په ناروې کې د کوم جرم له امله محکوم شوي یاست؟
q-convicted-hint = یعنې بندیخانې ته محکوم شوي یاست، یا د داسې جرم له امله جریمه شوي یاست چې بند پکې کېدای شي، لکه غلا یا درغلي.
q-has-permit = ایا تاسو اوس د اوسېدو اجازه لرئ؟
q-identity = ایا ستاسو هویت په اسنادو ثابت دی، د بېلګې په توګه په پاسپورټ؟
q-request-date = ستاسو غوښتنه کله شوې وه؟
q-request-date-hint = که خالي یې پرېږدئ، د نن ورځې نېټه کارول کېږي.

q-held-permit = تاسو کومه د اوسېدو اجازه لرئ؟
q-held-permit-permanent = د دایمي اوسېدو اجازه
q-held-permit-temporary-leading-to-permanent = لنډمهاله اجازه چې دایمي اجازې ته رسولای شي
q-held-permit-temporary-not-leading-to-permanent = لنډمهاله اجازه چې دایمي اجازې ته نه شي رسولای
q-held-permit-no-permit = د اوسېدو اجازه نه لرم
q-permit-expiring = ایا ستاسو د اجازې موده تېره شوې، یا ژر تېرېږي؟

q-card-applied = تاسو د اجازې غوښتنه کله کړې وه؟
q-card-applied-before-new-routine = له ۱۶ اپرېل ۲۰۲۱ مخکې
q-card-applied-on-or-after-new-routine = په ۱۶ اپرېل ۲۰۲۱ یا وروسته
q-card-kind = تاسو د څه غوښتنه کړې وه؟
q-card-kind-first-asylum-in-norway = د لومړي ځل لپاره پناه (asyl)، او د اوسېدو اجازه مې ترلاسه کړه
q-card-kind-from-abroad = د اوسېدو اجازه، له بهر څخه
q-card-kind-renewal = د خپلې د اوسېدو اجازې تمدید (fornyelse)
q-card-kind-other = بل څه
q-card-old-document = ایا تاسو د ناروې د بهرنیانو پاسپورټ (utlendingspass) یا د کډوالو د سفر سند (reisebevis) لرئ چې موده یې تېره شوې وي او پولیسو ته مو نه وي سپارلی؟
q-card-under-18 = ایا تاسو له ۱۸ کلونو کم عمر لرئ؟
q-card-appointment = له پولیسو سره ستاسو د لیدنې وخت کله دی (یا کله و)؟
q-card-appointment-hint = که تر اوسه وخت نه لرئ، خالي یې پرېږدئ.

q-withdrawal-ukraine = ایا تاسو له اوکراین تښتېدلي یاست، او ایا ستاسو غوښتنلیک په انفرادي ډول کتل کېږي؟
q-withdrawal-other-permit = ایا تاسو په ناروې کې بله د اوسېدو اجازه لرئ؟
q-withdrawal-other-application = ایا تاسو په ناروې کې د اوسېدو لپاره د بل غوښتنلیک د ځواب په تمه یاست؟
q-withdrawal-under-90 = ایا تاسو د شینګن (Schengen) په سیمه کې له ۹۰ ورځو کم یاست؟
