## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).

q-start = وضعیت شما چیست؟
q-start-hint = گزینه‌ای را انتخاب کنید که حالا با وضعیت شما مطابقت دارد.
q-start-asylum-seeker = منتظر پاسخ درخواست حمایت (پناهندگی) خود هستم
q-start-temporary-permit = اجازهٔ اقامت موقت دارم
q-start-collective-protection = به عنوان شخصی از اوکراین، حمایت جمعی (kollektiv beskyttelse) دارم
q-start-permanent-permit = اجازهٔ اقامت دائم دارم
q-start-helper = به شخص دیگری کمک می‌کنم
q-start-helper-hint = مثلاً به عنوان مددکار، داوطلب یا عضو خانواده. همهٔ سؤال‌های یک بررسی را در یک صفحه می‌بینید.

q-client-situation = وضعیت شخصی که به او کمک می‌کنید چیست؟
q-client-situation-asylum-seeker = منتظر پاسخ درخواست حمایت (پناهندگی)
q-client-situation-temporary-permit = اجازهٔ اقامت موقت
q-client-situation-collective-protection = حمایت جمعی به عنوان شخصی از اوکراین
q-client-situation-permanent-permit = اجازهٔ اقامت دائم

q-permit-basis = اجازهٔ اقامت شما بر چه اساسی داده شده است؟
q-permit-basis-hint = در نامهٔ تصمیم UDI نوشته شده که اجازه بر چه اساسی داده شده است («grunnlag»). اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
q-permit-basis-refugee = حمایت به عنوان پناهنده (§ 28)
q-permit-basis-humanitarian = دلایل قوی انسانی (§ 38)
q-permit-basis-particular-connection = پیوند خاص با نروژ (§ 38)
q-permit-basis-resettlement = پناهندهٔ سهمیه‌ای (overføringsflyktning) که در خارج انتخاب شده (§ 35)
q-permit-basis-family = مهاجرت خانوادگی (familieinnvandring)
q-permit-basis-other = چیز دیگر (کار، تحصیل یا غیره)

q-after-asylum = آیا این اجازه بعد از آن داده شد که شما در نروژ درخواست حمایت (پناهندگی) دادید؟
q-after-asylum-hint = این تعیین می‌کند که پیش از اجازهٔ دائم، چه مدت بودن در خارج مجاز است.

q-permit-dates = روی کارت اقامت شما چه تاریخ‌هایی نوشته شده است؟
q-permit-dates-hint = روی کارت و در نامهٔ تصمیم «Gyldig fra» (معتبر از) و «Gyldig til» (معتبر تا) نوشته شده است.
q-permit-dates-from = معتبر از
q-permit-dates-until = معتبر تا

q-residence-since = اولین اجازهٔ شما که می‌تواند به اجازهٔ دائم برسد، از چه تاریخی شروع شد؟
q-residence-since-hint = معمولاً شروع اولین اجازهٔ شما در نروژ. اگر نمی‌دانید، خالی بگذارید؛ این تاریخ فقط برای این است که بگوییم چه وقت می‌توانید درخواست اجازهٔ دائم بدهید.

q-stays = سفرهای شما به خارج
q-stays-hint = هر سفر بیرون از نروژ را از وقتی که اجازهٔ شما شروع شد، یکی یکی اضافه کنید. روزی که می‌روید و روزی که برمی‌گردید، روز بودن در نروژ حساب می‌شود.

q-trip = آیا قصد سفر دارید؟
q-trip-hint = تاریخی را که قصد رفتن دارید بنویسید تا بدانید تا چه وقت باید برگردید. اگر قصد سفر ندارید، خالی بگذارید.

q-brexit = آیا شهروند بریتانیا هستید و طبق قواعد برگزیت (Brexit) اجازهٔ دائم دارید؟
q-brexit-hint = قواعد برگزیت برای شهروندان بریتانیا است که پیش از سال ۲۰۲۱ در نروژ زندگی می‌کردند. نامهٔ تصمیم شما این را می‌گوید.

q-gave-incorrect = آیا در پروندهٔ خود به UDI اطلاعات نادرست داده‌اید؟
q-withheld = آیا اطلاعاتی را که برای پروندهٔ شما مهم بود، پنهان کرده‌اید؟
q-incorrect-identity = آیا دربارهٔ این‌که چه کسی هستید، به UDI اطلاعات نادرست داده‌اید؟
q-prevented = آیا شما را برخلاف میل‌تان نگه داشتند و نگذاشتند به نروژ برگردید؟
q-prevented-hint = استثنا برای کسانی که بعد از خشونت خانگی در خارج نگه داشته شده‌اند، چهار شرط دارد. این اولین شرط است.
q-family-permit = آیا اجازهٔ مهاجرت خانوادگی با همسر، شریک زندگی یا هم‌خانه (samboer) داشتید؟
q-abuse = آیا شما یا فرزند شما در این رابطه قربانی خشونت بودید؟
q-relationship-ended = آیا این رابطه تمام شده است؟

q-protection = آیا درخواست حمایت شما به‌صورت فردی بررسی می‌شود، یا حمایت جمعی دارید؟
q-protection-hint = بیشتر کسانی که از اوکراین فرار کرده‌اند، حمایت جمعی می‌گیرند. اگر شرایط آن را نداشتید، UDI به شما گفته است که درخواست شما به‌صورت فردی بررسی می‌شود.
q-protection-individual = درخواست من به‌صورت فردی بررسی می‌شود
q-protection-collective = حمایت جمعی دارم
q-interview = آیا مصاحبهٔ پناهندگی (asylintervju) خود را با UDI داشته‌اید؟
q-interview-hint = مصاحبهٔ طولانی در UDI دربارهٔ این‌که چرا به حمایت نیاز دارید. ثبت‌نام نزد پلیس، این مصاحبه نیست.
q-passport = آیا گذرنامهٔ عادی و معتبر دارید؟
q-passport-hint = گذرنامه‌ای برای سفر به خارج که تاریخ آن نگذشته باشد. گذرنامهٔ داخلی یا کارت گذرنامه کافی نیست. گذرنامه‌ای که نزد پلیس است، حساب می‌شود.
q-decision = آیا پاسخ درخواست حمایت خود را گرفته‌اید؟
q-decision-none = نه، هنوز منتظرم
q-decision-rejected = بله، رد شد
q-decision-rejected-hint = حتی اگر اعتراض کرده‌اید، همین را انتخاب کنید.
q-dublin = آیا پروندهٔ شما یک پروندهٔ دوبلین (Dublin) است؟
q-dublin-hint = یک کشور دیگر اروپایی مسئول درخواست شماست و قرار است شما به آن‌جا فرستاده شوید. اگر چنین باشد، به شما گفته می‌شود.

q-applied-for-asylum = آیا در نروژ درخواست حمایت (پناهندگی) دادید؟
q-first-application = اولین بار چه وقت در نروژ درخواست حمایت دادید؟
q-first-application-hint = ۱۶ سال از همین روز شمرده می‌شود.
q-date-of-birth = تاریخ تولد شما چیست؟
q-tr-stays = سفرهای شما به خارج از اولین درخواست به بعد
q-tr-stays-hint = مدت بودن در خارج از مدت بودن شما در نروژ کم می‌شود. هر سفر را یکی یکی اضافه کنید.
q-left-after-rejection = آیا بعد از رد درخواست، نروژ را ترک کردید، برگشتید و دوباره درخواست دادید؟
q-lived-2019 = آیا در ۱ ژانویه ۲۰۱۹ در نروژ زندگی می‌کردید؟
q-lives-in-norway = آیا حالا در نروژ زندگی می‌کنید؟
q-convicted = آیا در نروژ به خاطر جرمی محکوم شده‌اید؟
q-convicted-hint = به زندان محکوم شده باشید، یا به خاطر جرمی که می‌تواند مجازات زندان داشته باشد جریمه شده باشید، مثل دزدی یا کلاهبرداری.
q-has-permit = آیا حالا اجازهٔ اقامت دارید؟
q-identity = آیا هویت شما با سند ثابت شده است، مثلاً با گذرنامه؟
q-request-date = درخواست شما چه وقت داده شد؟
q-request-date-hint = اگر خالی بگذارید، تاریخ امروز حساب می‌شود.

q-held-permit = چه نوع اجازهٔ اقامت دارید؟
q-held-permit-permanent = اجازهٔ اقامت دائم
q-held-permit-temporary-leading-to-permanent = اجازهٔ موقتی که می‌تواند به اجازهٔ دائم برسد
q-held-permit-temporary-not-leading-to-permanent = اجازهٔ موقتی که نمی‌تواند به اجازهٔ دائم برسد
q-held-permit-no-permit = هیچ اجازهٔ اقامت ندارم
q-permit-expiring = آیا اعتبار اجازهٔ شما تمام شده، یا به‌زودی تمام می‌شود؟

q-card-applied = چه وقت درخواست اجازه دادید؟
q-card-applied-before-new-routine = پیش از ۱۶ آوریل ۲۰۲۱
q-card-applied-on-or-after-new-routine = در ۱۶ آوریل ۲۰۲۱ یا بعد از آن
q-card-kind = برای چه چیزی درخواست دادید؟
q-card-kind-first-asylum-in-norway = برای اولین بار حمایت (پناهندگی)، و اجازهٔ اقامت گرفتم
q-card-kind-from-abroad = اجازهٔ اقامت، از خارج
q-card-kind-renewal = تمدید اجازهٔ اقامت خود
q-card-kind-other = چیز دیگر
q-card-old-document = آیا گذرنامهٔ نروژی برای خارجی‌ها (utlendingspass) یا سند سفر پناهندگی (reisebevis) دارید که تاریخ آن گذشته و آن را به پلیس تحویل نداده‌اید؟
q-card-under-18 = آیا زیر ۱۸ سال هستید؟
q-card-appointment = نوبت شما در پلیس چه وقت است (یا چه وقت بود)؟
q-card-appointment-hint = اگر هنوز نوبت ندارید، خالی بگذارید.

q-withdrawal-ukraine = آیا از اوکراین فرار کرده‌اید، و درخواست شما به‌صورت فردی بررسی می‌شود؟
q-withdrawal-other-permit = آیا اجازهٔ اقامت دیگری در نروژ دارید؟
q-withdrawal-other-application = آیا منتظر پاسخ درخواست دیگری برای زندگی در نروژ هستید؟
q-withdrawal-under-90 = آیا کمتر از ۹۰ روز است که در منطقهٔ شنگن (Schengen) هستید؟
