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

## Offline use
update-ready = نسخة جديدة من Permit Check جاهزة. إعادة التحميل تمسح الإجابات غير المحفوظة على هذا الهاتف.
update-reload = أعد التحميل الآن
update-later = لاحقًا

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = لم يراجع مترجم مؤهل هذه الترجمة بعد. إذا كان أي شيء غير واضح، فاقرأ هذه الصفحة بالإنجليزية.
show-in-english = اعرض هذا بالإنجليزية
show-in-norwegian = اعرض هذا بالنرويجية

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = ما هو وضعك؟
q-start-hint = اختر ما ينطبق عليك الآن.
q-start-asylum-seeker = أنتظر ردًا على طلب الحماية (اللجوء) الذي قدّمته
q-start-temporary-permit = لدي تصريح إقامة مؤقت
q-start-collective-protection = لدي حماية جماعية بصفتي شخصًا قادمًا من أوكرانيا
q-start-permanent-permit = لدي تصريح إقامة دائمة
q-start-helper = أساعد شخصًا آخر
q-start-helper-hint = مثلًا بصفتك موظفًا يتابع القضايا، أو متطوعًا، أو أحد أفراد العائلة. سترى كل أسئلة الفحص في صفحة واحدة.
q-client-situation = ما هو وضع الشخص الذي تساعده؟
q-client-situation-asylum-seeker = ينتظر ردًا على طلب حماية (لجوء)
q-client-situation-temporary-permit = لديه تصريح إقامة مؤقت
q-client-situation-collective-protection = لديه حماية جماعية بصفته شخصًا قادمًا من أوكرانيا
q-client-situation-permanent-permit = لديه تصريح إقامة دائمة
error-summary-item = { $field }: { $problem }
