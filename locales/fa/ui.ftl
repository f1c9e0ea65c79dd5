## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = بررسی اجازه (Permit Check)
app-tagline = قواعد مهاجرت نروژ را روی گوشی خود بررسی کنید
exit-link = خروج از این صفحه
exit-hint = این سایت را فوراً می‌بندد و یک سایت هواشناسی را باز می‌کند. همچنین می‌توانید سه بار دکمهٔ Shift را فشار دهید.
exit-progress = برای خروج، یک بار دیگر Shift را فشار دهید ({ $n } از ۳)
language-choose = زبان
boot-loading = بررسی‌ها در حال بارگذاری است…
boot-failed = Permit Check در این مرورگر شروع نشد. صفحه را دوباره بارگذاری کنید، یا از یک مرورگر به‌روز استفاده کنید. هیچ چیزی که نوشتید به جایی فرستاده نشد.
noscript = Permit Check برای انجام بررسی‌ها روی دستگاه خود شما به JavaScript نیاز دارد. JavaScript را در مرورگر خود روشن کنید، یا از مرورگر دیگری استفاده کنید.
brief-not-advice = این مشاورهٔ حقوقی نیست.
brief-private = هر چیزی که می‌نویسید، از این گوشی بیرون نمی‌رود.
footer-help-title = این مشاورهٔ حقوقی نیست
footer-help = Permit Check نشان می‌دهد که صفحه‌های عمومی UDI (ادارهٔ مهاجرت نروژ) و قانون دربارهٔ پاسخ‌هایی مانند پاسخ‌های شما چه می‌گویند. پروندهٔ خود شما ممکن است متفاوت باشد. پیش از هر تصمیمی، با یک وکیل یا با یکی از این سازمان‌ها صحبت کنید. این سازمان‌ها کمک حقوقی رایگان می‌دهند:
help-noas = NOAS – سازمان نروژی برای پناهجویان (noas.no)
help-seif = SEIF – خودیاری برای مهاجران و پناهندگان (seif.no)
help-jurk = JURK – مشاورهٔ حقوقی برای زنان (jurk.no)
help-jussbuss = Jussbuss – کمک حقوقی رایگان از طرف دانشجویان حقوق (jussbuss.no)
footer-privacy = پاسخ‌های شما روی همین گوشی می‌ماند. هیچ چیزی به جایی فرستاده نمی‌شود. بعد از بستن صفحه هم هیچ چیزی نگه داشته نمی‌شود، مگر این‌که خود شما بخواهید.
footer-safety-link = امنیت شما روی این گوشی
footer-data-link = پاسخ‌های شما: نگه داشتن، پاک کردن، ذخیره در فایل

## Shared words
continue = ادامه
back = برگشت
change = تغییر
undo = لغو
answer-yes = بله
answer-no = نه
answer-unknown = نمی‌دانم
answer-not-given = پاسخ داده نشده
answer-not-a-date = این تاریخ نیست: { $typed }
error-prefix = خطا:
error-summary-title = یک مشکل وجود دارد
date-hint = مثلاً 27 3 2019 (روز، ماه، سال)
date-day = روز
date-month = ماه
date-year = سال
step-progress = سؤال { $n } از { $total }
sources = منابع:
borderline = این نزدیک به حد مجاز است، و UDI دقیقاً منتشر نکرده که روزها چگونه شمرده می‌شوند. چند روز فاصله نگه دارید، و پیش از تصمیم گرفتن مشاوره بگیرید.

## The start
start-title = وضعیت شما چیست؟
start-choose-one = پاسخی را انتخاب کنید که بیشتر با وضعیت شما مطابقت دارد.
start-other-checks = بررسی‌های دیگر، از جمله قاعدهٔ سال ۲۰۲۱ برای کسانی که مدت طولانی در نروژ زندگی کرده‌اند
q-want = می‌خواهید چه چیزی را بدانید؟
want-choose-one = انتخاب کنید که چه چیزی را می‌خواهید بدانید.
other-checks-title = همهٔ بررسی‌ها
all-on-one-title = همهٔ سؤال‌ها در یک صفحه
mode-all-on-one-page = همهٔ سؤال‌ها در یک صفحه
mode-one-at-a-time = سؤال‌ها یکی یکی
check-answers-title = پاسخ‌های خود را بررسی کنید
check-answers-unanswered =
    { $n ->
        [one] { $n } سؤال بی‌پاسخ مانده است. باز هم می‌توانید نتیجه را ببینید؛ نتیجه می‌گوید که چه چیزی را نمی‌تواند بگوید.
       *[other] { $n } سؤال بی‌پاسخ مانده است. باز هم می‌توانید نتیجه را ببینید؛ نتیجه می‌گوید که چه چیزی را نمی‌تواند بگوید.
    }
check-answers-continue = دیدن نتیجه

## The checks, as a person asks them
check-travel-limits = آیا می‌توانم سفر کنم، و برای چه مدت؟
check-travel-limits-hint = سفر به خارج با اجازهٔ اقامت موقت یا حمایت جمعی، و آنچه پناهجویان باید بدانند.
check-permanent-permit = آیا ممکن است با ماندن در خارج، اجازهٔ اقامت دائم خود را از دست بدهم؟
check-permanent-permit-hint = چه مدت می‌توانید بیرون از نروژ بمانید، و چه وقت باید برگردید.
check-work-permit = آیا در مدت انتظار پاسخ می‌توانم کار کنم؟
check-work-permit-hint = اجازهٔ کار موقت، در مدتی که درخواست حمایت شما به‌صورت فردی بررسی می‌شود.
check-permit-holder = اجازهٔ اقامت دارم و درخواست حمایت (پناهندگی) داده‌ام
check-permit-holder-hint = درخواست شما و اجازهٔ شما چه می‌شود.
check-residence-card = چطور کارت اقامت خود را بگیرم؟
check-residence-card-hint = چه کسی نوبت پلیس را می‌گیرد، و کارت چه وقت می‌رسد.
check-withdrawal = می‌خواهم درخواست حمایت خود را پس بگیرم
check-withdrawal-hint = بعد از آن چه می‌شود، و نامه‌ای به UDI که می‌توانید چاپ کنید.
check-temporary-regulation = قاعدهٔ سال ۲۰۲۱ برای پناهجویانی که ۱۶ سال در نروژ زندگی کرده بودند
check-temporary-regulation-hint = یک طرح یک‌باره: درخواست‌ها باید تا ۱ دسامبر ۲۰۲۱ داده می‌شد. برای کسانی که به‌موقع درخواست دادند، و برای مددکاران.

## Offline use
update-ready = نسخهٔ جدید Permit Check آماده است. اگر صفحه را دوباره بارگذاری کنید، پاسخ‌هایی که روی این گوشی نگه داشته نشده، پاک می‌شود.
update-reload = بارگذاری دوباره
update-later = بعداً

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = این ترجمه هنوز توسط یک مترجم حرفه‌ای بررسی نشده است. اگر چیزی روشن نیست، این صفحه را به انگلیسی بخوانید.
show-in-english = نشان دادن به انگلیسی
show-in-norwegian = نشان دادن به نروژی

## The start question (index.html shows it before the app has loaded)
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
error-summary-item = { $field }: { $problem }
