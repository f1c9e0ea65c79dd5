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

q-permit-basis = على أي أساس مُنح تصريح إقامتك؟
q-permit-basis-hint = رسالة القرار (vedtak) التي وصلتك من مديرية الهجرة النرويجية (UDI) تذكر الأساس الذي مُنح عليه التصريح ("grunnlag"). إذا لم تكن متأكدًا، فاختر "لا أعرف".
q-permit-basis-refugee = الحماية بصفة لاجئ (§ 28)
q-permit-basis-humanitarian = أسباب إنسانية قوية (§ 38)
q-permit-basis-particular-connection = ارتباط خاص بالنرويج (§ 38)
q-permit-basis-resettlement = لاجئ إعادة توطين، اختير من خارج النرويج (§ 35)
q-permit-basis-family = لمّ الشمل العائلي (familieinnvandring)
q-permit-basis-other = أساس آخر (العمل، أو الدراسة، أو غير ذلك)

q-after-asylum = هل مُنح هذا التصريح بعد أن قدّمت طلب حماية (لجوء) في النرويج؟
q-after-asylum-hint = هذا يحدد المدة المسموح بقضائها في الخارج قبل الحصول على تصريح إقامة دائمة.

q-permit-dates = ما التاريخان المكتوبان على بطاقة إقامتك؟
q-permit-dates-hint = على البطاقة وفي رسالة القرار تجد "Gyldig fra" (ساري المفعول من) و"Gyldig til" (ساري المفعول حتى).
q-permit-dates-from = ساري المفعول من
q-permit-dates-until = ساري المفعول حتى

q-residence-since = متى بدأ أول تصريح لك يمكن أن يؤدي إلى تصريح إقامة دائمة؟
q-residence-since-hint = في العادة هو بداية أول تصريح حصلت عليه في النرويج. اتركه فارغًا إذا كنت لا تعرف؛ يُستخدم فقط لمعرفة متى يمكنك أن تقدّم طلب تصريح إقامة دائمة.

q-stays = إقاماتك في الخارج
q-stays-hint = أضف كل رحلة خارج النرويج منذ بدء تصريحك، واحدة بعد الأخرى. يوم مغادرتك ويوم عودتك يُحسبان يومين في النرويج.

q-trip = هل تخطط لرحلة؟
q-trip-hint = أدخل التاريخ الذي تنوي أن تغادر فيه لتعرف متى يجب أن تعود. اتركه فارغًا إذا لم تكن تخطط لرحلة.

q-brexit = هل أنت مواطن بريطاني لديك تصريح إقامة دائمة بموجب قواعد بريكست (Brexit)؟
q-brexit-hint = قواعد بريكست للمواطنين البريطانيين الذين عاشوا في النرويج قبل عام 2021. رسالة القرار تذكر ذلك.

q-gave-incorrect = هل قدّمت إلى مديرية الهجرة النرويجية (UDI) معلومات غير صحيحة في قضيتك؟
q-withheld = هل أخفيت معلومات كانت مهمة لقضيتك؟
q-incorrect-identity = هل قدّمت إلى مديرية الهجرة النرويجية (UDI) معلومات غير صحيحة عن هويتك؟
q-prevented = هل مُنعت من العودة إلى النرويج رغمًا عنك؟
q-prevented-hint = للاستثناء الخاص بالأشخاص الذين بقوا في الخارج رغمًا عنهم بعد تعرضهم للعنف الأسري أربعة شروط. هذا هو الشرط الأول.
q-family-permit = هل كان لديك تصريح لمّ شمل عائلي مع زوج أو شريك أو شخص تعيش معه (samboer)؟
q-abuse = هل تعرضت أنت أو طفلك للعنف أو الإساءة في هذه العلاقة؟
q-relationship-ended = هل انتهت العلاقة؟

q-protection = هل يُدرس طلب الحماية الذي قدّمته بشكل فردي، أم لديك حماية جماعية؟
q-protection-hint = معظم من فرّوا من أوكرانيا يحصلون على الحماية الجماعية. إذا لم تكن مستوفيًا لشروطها، فقد أبلغتك مديرية الهجرة النرويجية (UDI) بأن طلبك يُدرس بشكل فردي.
q-protection-individual = طلبي يُدرس بشكل فردي
q-protection-collective = لدي حماية جماعية
q-interview = هل أجريت مقابلة اللجوء مع مديرية الهجرة النرويجية (UDI)؟
q-interview-hint = المقابلة الطويلة في مديرية الهجرة النرويجية (UDI) عن أسباب حاجتك إلى الحماية. التسجيل لدى الشرطة ليس هو المقابلة.
q-passport = هل لديك جواز سفر عادي ساري المفعول؟
q-passport-hint = جواز سفر للسفر إلى الخارج لم تنتهِ صلاحيته. جواز السفر الداخلي أو بطاقة الجواز لا يكفي. الجواز الذي تحتفظ به الشرطة يُحسب.
q-decision = هل وصلك رد على طلب الحماية الذي قدّمته؟
q-decision-none = لا، ما زلت أنتظر
q-decision-rejected = نعم، رُفض طلبي
q-decision-rejected-hint = اختر هذا أيضًا إذا كنت قد قدّمت استئنافًا.
q-dublin = هل قضيتك قضية دبلن (Dublin)؟
q-dublin-hint = بلد أوروبي آخر هو المسؤول عن طلبك، وسيتم إرسالك إليه. إذا كانت قضيتك كذلك فسيتم إبلاغك.

q-applied-for-asylum = هل قدّمت طلب حماية (لجوء) في النرويج؟
q-first-application = متى قدّمت طلب الحماية في النرويج لأول مرة؟
q-first-application-hint = تُحسب الـ16 سنة ابتداءً من هذا اليوم.
q-date-of-birth = ما تاريخ ميلادك؟
q-tr-stays = إقاماتك في الخارج منذ أن قدّمت طلبك لأول مرة
q-tr-stays-hint = المدة التي قضيتها في الخارج تُخصم من مدة وجودك في النرويج. أضف كل إقامة في الخارج، واحدة بعد الأخرى.
q-left-after-rejection = بعد رفض طلبك، هل غادرت النرويج ثم عدت وقدّمت طلبًا من جديد؟
q-lived-2019 = هل كنت تعيش في النرويج في 1 كانون الثاني 2019؟
q-lives-in-norway = هل تعيش في النرويج الآن؟
q-convicted = هل أُدنت بجريمة في النرويج؟
q-convicted-hint = حُكم عليك بالسجن، أو بغرامة بسبب مخالفة يمكن أن يُعاقب عليها بالسجن، مثل السرقة أو الاحتيال.
q-has-permit = هل لديك تصريح إقامة الآن؟
q-identity = هل هويتك موثّقة، مثلًا بجواز سفر؟
q-request-date = متى قُدّم طلبك؟
q-request-date-hint = اتركه فارغًا لاستخدام تاريخ اليوم.

q-held-permit = ما نوع تصريح الإقامة الذي لديك؟
q-held-permit-permanent = تصريح إقامة دائمة
q-held-permit-temporary-leading-to-permanent = تصريح مؤقت يمكن أن يؤدي إلى تصريح دائم
q-held-permit-temporary-not-leading-to-permanent = تصريح مؤقت لا يمكن أن يؤدي إلى تصريح دائم
q-held-permit-no-permit = ليس لدي تصريح إقامة
q-permit-expiring = هل انتهت مدة تصريحك، أو ستنتهي قريبًا؟

q-card-applied = متى قدّمت طلب التصريح؟
q-card-applied-before-new-routine = قبل 16 نيسان 2021
q-card-applied-on-or-after-new-routine = في 16 نيسان 2021 أو بعده
q-card-kind = ماذا طلبت؟
q-card-kind-first-asylum-in-norway = الحماية (اللجوء) لأول مرة، وحصلت على تصريح إقامة
q-card-kind-from-abroad = تصريح إقامة، قدّمت طلبه من خارج النرويج
q-card-kind-renewal = تجديد تصريح إقامتي
q-card-kind-other = شيء آخر
q-card-old-document = هل لديك جواز سفر أجانب نرويجي (utlendingspass) أو وثيقة سفر لاجئ (reisebevis) منتهية الصلاحية ولم تسلّمها إلى الشرطة؟
q-card-under-18 = هل عمرك أقل من 18 سنة؟
q-card-appointment = متى موعدك لدى الشرطة (أو متى كان)؟
q-card-appointment-hint = اتركه فارغًا إذا لم يكن لديك موعد بعد.

q-withdrawal-ukraine = هل فررت من أوكرانيا، وهل يُدرس طلبك بشكل فردي؟
q-withdrawal-other-permit = هل لديك تصريح إقامة آخر في النرويج؟
q-withdrawal-other-application = هل تنتظر ردًا على طلب آخر للعيش في النرويج؟
q-withdrawal-under-90 = هل أمضيت في منطقة شنغن أقل من 90 يومًا؟
