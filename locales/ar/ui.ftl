## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = فحص التصاريح (Permit Check)
app-tagline = قواعد الهجرة في النرويج، تفحصها على هاتفك أنت
exit-link = اخرج من هذه الصفحة
exit-hint = يغادر هذا الموقع فورًا وينتقل إلى موقع للطقس. يمكنك أيضًا الضغط على زر Shift ثلاث مرات.
exit-progress = اضغط Shift مرة أخرى للمغادرة ({ $n } من 3)
language-choose = اللغة
boot-loading = جارٍ تحميل الفحوص…
boot-failed = لم يتمكن تطبيق Permit Check من العمل في هذا المتصفح. أعد تحميل الصفحة، أو استخدم متصفحًا حديثًا. لم يُرسَل أي شيء كتبته إلى أي مكان.
noscript = يحتاج تطبيق Permit Check إلى JavaScript لإجراء الفحوص على جهازك أنت. فعّل JavaScript في متصفحك، أو استخدم متصفحًا آخر.
brief-not-advice = هذه ليست استشارة قانونية.
brief-private = لا يخرج أي شيء تكتبه من هذا الهاتف.
footer-help-title = هذه ليست استشارة قانونية
footer-help = يعرض Permit Check ما تقوله صفحات مديرية الهجرة النرويجية (UDI) العامة والقانون عن إجابات مثل إجاباتك. قد تكون قضيتك مختلفة. قبل أن تتخذ أي قرار، تحدث إلى محامٍ أو إلى إحدى هذه المنظمات التي تقدّم مساعدة قانونية مجانية:
help-noas = NOAS – المنظمة النرويجية لطالبي اللجوء (noas.no)
help-seif = SEIF – المساعدة الذاتية للمهاجرين واللاجئين (seif.no)
help-jurk = JURK – استشارات قانونية للنساء (jurk.no)
help-jussbuss = Jussbuss – مساعدة قانونية مجانية يقدّمها طلاب الحقوق (jussbuss.no)
footer-privacy = تبقى إجاباتك على هذا الهاتف. لا يُرسَل أي شيء إلى أي مكان، ولا يُحفظ أي شيء بعد أن تغلق الصفحة إلا إذا اخترت ذلك.
footer-safety-link = كيف تبقى آمنًا على هذا الهاتف
footer-data-link = إجاباتك: حفظها على الهاتف، أو مسحها، أو حفظها في ملف

## Shared words
continue = متابعة
back = رجوع
change = تغيير
undo = تراجع
answer-yes = نعم
answer-no = لا
answer-unknown = لا أعرف
answer-not-given = بلا إجابة
answer-not-a-date = ليس تاريخًا: { $typed }
error-prefix = خطأ:
error-summary-title = هناك مشكلة
date-hint = مثلًا: 27 3 2019 (اليوم، الشهر، السنة)
date-day = اليوم
date-month = الشهر
date-year = السنة
step-progress = السؤال { $n } من { $total }
sources = المصادر:
borderline = هذه النتيجة قريبة من الحد، ولا تنشر مديرية الهجرة النرويجية (UDI) بالضبط كيف تُحسب الأيام. اترك هامشًا من عدة أيام، واطلب المشورة قبل أن تتخذ قرارك.

## The start
start-title = ما هو وضعك؟
start-choose-one = اختر الإجابة التي تناسب وضعك أكثر.
start-other-checks = فحوص أخرى، منها قاعدة عام 2021 للأشخاص الذين عاشوا في النرويج مدة طويلة
q-want = ماذا تريد أن تعرف؟
want-choose-one = اختر ما تريد أن تعرفه.
other-checks-title = كل الفحوص
all-on-one-title = كل الأسئلة في صفحة واحدة
mode-all-on-one-page = اعرض كل الأسئلة في صفحة واحدة
mode-one-at-a-time = اعرض سؤالًا واحدًا في كل مرة
check-answers-title = راجع إجاباتك
check-answers-unanswered =
    { $n ->
        [zero] { $n } سؤال بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
        [one] { $n } سؤال بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
        [two] { $n } سؤال بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
        [few] { $n } أسئلة بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
        [many] { $n } سؤالًا بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
       *[other] { $n } سؤال بلا إجابة. يمكنك مع ذلك أن ترى النتيجة، وستذكر النتيجة ما لا يمكنها تحديده.
    }
check-answers-continue = اعرض النتيجة

## The checks, as a person asks them
check-travel-limits = هل يمكنني السفر، ولأي مدة؟
check-travel-limits-hint = السفر إلى الخارج بتصريح إقامة مؤقت أو بالحماية الجماعية، وما يجب أن يعرفه طالبو اللجوء.
check-permanent-permit = هل يمكن أن أفقد تصريح إقامتي الدائمة بسبب البقاء في الخارج؟
check-permanent-permit-hint = كم يمكنك أن تبقى بعيدًا عن النرويج، ومتى يجب أن تعود.
check-work-permit = هل يمكنني العمل وأنا أنتظر الرد على طلبي؟
check-work-permit-hint = تصريح العمل المؤقت أثناء دراسة طلب الحماية الذي قدّمته بشكل فردي.
check-permit-holder = لدي تصريح إقامة وقدّمت طلب حماية (لجوء)
check-permit-holder-hint = ماذا يحدث لطلبك، ولتصريحك.
check-residence-card = كيف أحصل على بطاقة الإقامة؟
check-residence-card-hint = من يحجز الموعد لدى الشرطة، ومتى يمكن أن تصل البطاقة.
check-withdrawal = أريد أن أسحب طلب الحماية الذي قدّمته
check-withdrawal-hint = ماذا يحدث بعد ذلك، ورسالة إلى مديرية الهجرة النرويجية (UDI) يمكنك طباعتها.
check-temporary-regulation = قاعدة عام 2021 لطالبي اللجوء الذين عاشوا في النرويج 16 سنة
check-temporary-regulation-hint = نظام لمرة واحدة فقط: كان يجب تقديم الطلبات بحلول 1 كانون الأول 2021. للأشخاص الذين قدّموا طلبهم في الوقت المحدد، وللعاملين في متابعة القضايا.

## Stays abroad and the next trip
stays-none-yet = لم تُضِف أي إقامة في الخارج. إذا لم تكن في الخارج، فتابع.
stays-none = لا إقامات في الخارج
stay-add = أضف إقامة في الخارج
stay-n = الإقامة في الخارج رقم { $n }
stay-from = تاريخ مغادرتك النرويج
stay-to = تاريخ عودتك إلى النرويج
stay-ongoing = ما زلت في الخارج
stay-schengen = كانت هذه الإقامة في دولة أخرى من دول شنغن (Schengen)
stay-schengen-hint = معظم دول الاتحاد الأوروبي، وكذلك آيسلندا وليختنشتاين وسويسرا.
stay-ukraine = كانت هذه الإقامة في أوكرانيا
stay-done = انتهيت من الإقامة رقم { $n }
stay-remove = احذف الإقامة رقم { $n }
stay-removed = حُذفت الإقامة رقم { $n }.
stay-summary-ongoing = منذ { $from }، وما زلت في الخارج
stay-summary-unfinished = غير مكتملة: أضف التواريخ
stay-summary-words = من { $from } إلى { $to }
stay-summary-ongoing-words = منذ { $from }، وما زلت في الخارج
stay-mark-schengen = في دولة أخرى من دول شنغن
stay-mark-ukraine = في أوكرانيا
trip-from = التاريخ الذي تنوي أن تغادر فيه
trip-to = التاريخ الذي تنوي أن تعود فيه (يمكنك أن تتركه فارغًا)
trip-schengen = سأسافر إلى دولة أخرى من دول شنغن
trip-ukraine = سأسافر إلى أوكرانيا
trip-none = لا توجد رحلة مخطط لها
flow-stay-departure-missing = الإقامة في الخارج رقم { $n }: أدخل تاريخ مغادرتك النرويج، أو احذف هذه الإقامة.
flow-stay-return-missing = الإقامة في الخارج رقم { $n }: أدخل تاريخ عودتك، أو اختر "ما زلت في الخارج".
flow-trip-departure-missing = أدخل التاريخ الذي تنوي أن تغادر فيه، أو اترك تاريخَي الرحلة فارغين.

## The answer
outcome-eligible = مؤهل
outcome-not-eligible = غير مؤهل
outcome-unknown = غير معروف بعد
outcome-not-applicable = غير لازم
outcome-within-limits = ضمن الحدود
outcome-at-risk = في خطر
outcome-limit-exceeded = فوق الحد المسموح
outcome-must-not-travel = لا تسافر
status-met = مستوفى
status-not-met = غير مستوفى
status-unknown = غير معروف
result-deciding = ما الذي يحدد هذه النتيجة
result-met =
    { $n ->
        [zero] { $n } شرط آخر مستوفى
        [one] { $n } شرط آخر مستوفى
        [two] { $n } شرط آخر مستوفى
        [few] { $n } شروط أخرى مستوفاة
        [many] { $n } شرطًا آخر مستوفى
       *[other] { $n } شرط آخر مستوفى
    }
result-not-answered = أسئلة لم تُجب عنها
result-cannot-answer = لا يستطيع الفحص أن يجيب بعد. صحّح هذا أولًا:
result-see-answers = اعرض إجاباتك أو غيّرها
result-start-again = ابدأ من جديد
rules-checked-on = رُوجعت القواعد بتاريخ { $date }.
translation-unreviewed = لم يراجع مترجم مؤهل هذه الترجمة بعد. النصان الإنجليزي والنرويجي هما المعتمدان.
show-in-english = اعرض هذا بالإنجليزية
show-in-norwegian = اعرض هذا بالنرويجية
next-steps-title = ماذا تفعل بعد ذلك
pp-exemption-may-apply = أجبت بـ"نعم" عن الشروط الأربعة كلها للاستثناء الخاص بالأشخاص الذين مُنعوا من العودة وبقوا في الخارج بعد تعرضهم للعنف الأسري: قد لا تُطبَّق عليك قاعدة الإقامة في الخارج. تواصل مع مديرية الهجرة النرويجية (UDI) أو مع محامٍ.

## Figures a condition used
figure-days = الأيام المحسوبة
figure-limit = الحد
figure-longestStayDays = أطول إقامة
figure-limitDays = الحد
figure-maxFourYearDays = أكبر عدد من الأيام خلال أربع سنوات
figure-exceededOn = تاريخ بلوغ الحد
figure-windowStart = من
figure-windowEnd = إلى
figure-daysAbroad = الأيام في الخارج
figure-residenceDays = أيام الإقامة
figure-sixteenYearsReachedOn = تاريخ بلوغ 16 سنة
figure-ageOnCutoff = العمر في 1 تشرين الأول 2021
figure-combined65ReachedOn = تاريخ بلوغ مجموع العمر ومدة الإقامة 65 سنة
figure-requestDate = تاريخ الطلب
figure-deadline = الموعد النهائي
figure-permitEnd = ساري المفعول حتى
figure-since = يُحسب ابتداءً من

## Sources
source-seed-000 = UDI: تقديم طلب حماية (لجوء) وأنت تحمل تصريح إقامة
source-seed-001 = UDI: اللائحة المؤقتة لطالبي اللجوء الذين عاشوا في النرويج أكثر من 16 سنة
source-seed-002 = UDI: لدي طلب حماية فردية (أوكرانيا)
source-seed-003 = UDI: تصريح الإقامة الدائمة – متى يمكن أن تفقده
source-seed-004 = UDI: تصريح الإقامة لأسباب إنسانية قوية أو لارتباط خاص بالنرويج

## What to do next: travel
tl-next-title = قبل أن تسافر
tl-next-card = لا تسافر إلا بعد أن تحصل على بطاقة الإقامة. بعد ذلك يمكنك السفر من النرويج والعودة إليها ما دام تصريح إقامتك ساريًا.
tl-next-documents = احمل معك جواز سفرك وبطاقة الإقامة عندما تسافر.
tl-next-schengen = في دول شنغن الأخرى يمكنك البقاء مدة تصل إلى 90 يومًا خلال أي فترة مدتها 180 يومًا.
tl-next-limit = إذا بقيت في الخارج مدة أطول مما تسمح به الحدود، فقد تفقد تصريح إقامتك ويتعين عليك أن تقدّم طلبًا للحصول على تصريح جديد.

## What to do next: a permanent permit
pp-next-title = ماذا يحدث بعد ذلك، وما هي حقوقك
pp-next-keep-title = الاحتفاظ بالتصريح وأنت في الخارج
pp-next-apply = إذا كنت ستبقى خارج النرويج أكثر من سنتين وتريد أن تحتفظ بتصريح إقامتك الدائمة، فاطلب الإذن من مديرية الهجرة النرويجية (UDI) قبل أن تسافر.
pp-next-before-title = قبل أن تقرر مديرية الهجرة النرويجية (UDI)
pp-next-interview = قد تُستدعى إلى مقابلة مع الشرطة أو مع مديرية الهجرة النرويجية (UDI) إذا احتاجتا إلى مزيد من المعلومات.
pp-next-notice = يجب على مديرية الهجرة النرويجية (UDI) أن تبلغك مسبقًا وتطلب رأيك قبل أن تقرر أن تصريحك لم يعد ساريًا.
pp-next-legal = من حقك الحصول على مساعدة قانونية مجانية عندما يصلك إشعار مسبق أو قرار: تُغطّى تكاليف المحامي. يجب أن تتواصل مع محامٍ بنفسك.
pp-next-documents = من حقك الاطلاع على الوثائق في قضيتك. يجب أن تطلبها.
pp-next-decision-title = إذا قررت مديرية الهجرة النرويجية (UDI) أنك تفقد التصريح
pp-next-decision = يصلك من المديرية قرار يذكر السبب.
pp-next-appeal = يمكنك أن تقدّم استئنافًا (klage) على القرار.
pp-next-travel-documents = إذا فقدت تصريح إقامتك الدائمة، تفقد أيضًا وثائق السفر النرويجية التي لديك.
pp-next-new-permit = تدرس مديرية الهجرة النرويجية (UDI) هل يمكن أن تحصل على تصريح جديد، مثلًا بسبب ارتباط خاص بالنرويج، أو لأسباب إنسانية قوية، أو لأنك محمي من الإعادة القسرية.
pp-next-leave = إذا لم تحصل على تصريح جديد، فيجب أن تغادر النرويج. القرار يذكر الموعد الذي يجب أن تغادر قبله.

## What to do next: the 2021 temporary regulation
tr-next-title = ماذا يحدث لطلب أُرسل في الوقت المحدد
tr-next-deadline = لم يعد ممكنًا تقديم طلبات جديدة: كان الموعد النهائي 1 كانون الأول 2021.
tr-next-where-title = بمن تتصل
tr-next-where = تواصل مع الجهة التي اتخذت آخر قرار في قضيتك: UNE (مجلس استئناف شؤون الهجرة) أو UDI (مديرية الهجرة النرويجية). بالنسبة إلى معظم طالبي اللجوء هذه الجهة هي UNE.
tr-next-une = إذا كان آخر قرار من UNE:
tr-next-udi = إذا كان آخر قرار من UDI:
tr-next-phone = لديك أسئلة؟ اتصل بـ UNE:
tr-next-hours = من الاثنين إلى الجمعة، 08.30–15.00.
tr-next-evidence-title = إثبات المدة التي عشتها في النرويج
tr-next-evidence-known = إذا كنت قد عشت في مركز استقبال طالبي اللجوء طوال الوقت، أو أبلغت الشرطة بعنوانك، فإن UDI و UNE تعرفان أنك عشت هنا: لا داعي لأن ترسل أي شيء.
tr-next-evidence-other = وإلا فقد يطلبون منك وثائق تثبت أين كنت تعيش، مثل رسائل من طبيب أو مدرسة أو صاحب عمل.
tr-next-evidence-wait = لا ترسل أي شيء إلى أن يطلبوا منك ذلك.
tr-next-identity-title = إذا كانت هويتك غير موثّقة
tr-next-identity = قد تحصل على تصريح محدود. يمنحك هذا التصريح حق العيش في النرويج، لكنه لا يمنحك الحق في تصريح إقامة دائمة.

## The guides
guide-permit-holder-headline = طلبك وتصريحك
guide-residence-card-headline = كيف تحصل على بطاقة الإقامة
guide-card-earliest = يمكن أن تصل البطاقة في { $date } على أقرب تقدير (بعد 20 يوم عمل من موعدك لدى الشرطة).
guide-withdrawal-headline = بعد أن تسحب طلبك
guide-withdrawal-how = كيف تسحب طلبك
help-lines-title = إذا كنت تتعرض للعنف أو الإكراه
letter-title = رسالة لسحب طلبك
letter-intro = اكتب اسمك ورقم DUF الخاص بك. تُكتب الرسالة هنا على هاتفك باللغة النرويجية، مع نسخة بلغتك لتقرأها. لا يُرسَل أي شيء: اطبع الرسالة، ووقّعها، وأرسلها بالبريد إلى مديرية الهجرة النرويجية (UDI). لا يُحفظ اسمك ولا رقمك.
letter-name = اسمك الكامل
letter-name-hint = كما هو مكتوب في الأوراق التي وصلتك من مديرية الهجرة النرويجية (UDI).
letter-duf = رقم DUF الخاص بك
letter-duf-hint = 12 رقمًا، تجده على بطاقة الإقامة أو على الأوراق التي وصلتك من مديرية الهجرة النرويجية (UDI)، مثلًا 2012 3456 7890.
letter-write = اكتب الرسالة
letter-ready = رسالتك
letter-needs-norwegian = تُكتب الرسالة باللغة النرويجية، ولم يمكن تحميل النص النرويجي. اتصل بالإنترنت مرة واحدة وحاول من جديد.
letter-print = اطبع الرسالة
letter-download = احفظ الرسالة في ملف

## Offline use
update-ready = نسخة جديدة من Permit Check جاهزة. إعادة التحميل تمسح الإجابات غير المحفوظة على هذا الهاتف.
update-reload = أعد التحميل الآن
update-later = لاحقًا
