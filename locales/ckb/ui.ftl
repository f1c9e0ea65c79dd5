## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = پشکنینی مۆڵەت (Permit Check)
app-tagline = یاساکانی کۆچی نەرویج، لەسەر مۆبایلی خۆتان دەپشکنرێن
exit-link = دەرچوون
exit-hint = یەکسەر ئەم ماڵپەڕە جێدەهێڵێت و دەچێتە ماڵپەڕێکی کەشوهەوا. دەتوانن سێ جار دوگمەی Shift یش دابگرن.
exit-progress = جارێکی تر Shift دابگرن بۆ دەرچوون ({ $n } لە ٣)
language-choose = زمان
boot-loading = پشکنینەکان بار دەکرێن…
boot-failed = Permit Check نەیتوانی لەم وێبگەڕەدا کار بکات. پەڕەکە دووبارە بار بکەنەوە، یان وێبگەڕێکی نوێ بەکار بهێنن. هیچ شتێک لەوەی نووسیوتانە بۆ هیچ شوێنێک نەنێردراوە.
noscript = Permit Check پێویستی بە JavaScript هەیە بۆ ئەوەی پشکنینەکان لەسەر ئامێری خۆتان بکات. JavaScript لە وێبگەڕەکەتاندا هەڵبکەن، یان وێبگەڕێکی تر بەکار بهێنن.
brief-not-advice = ئەمە ئامۆژگاریی یاسایی نییە.
brief-private = هیچ شتێک لەوەی دەینووسن لەم مۆبایلە ناچێتە دەرەوە.
footer-help-title = ئەمە ئامۆژگاریی یاسایی نییە
footer-help = Permit Check پیشانی دەدات کە پەڕە گشتییەکانی UDI و یاسا چی دەڵێن دەربارەی وەڵامی وەک وەڵامەکانی ئێوە. لەوانەیە کەیسەکەی خۆتان جیاواز بێت. پێش ئەوەی هەر بڕیارێک بدەن، لەگەڵ پارێزەرێک یان یەکێک لەم ڕێکخراوانە قسە بکەن، کە یارمەتیی یاسایی بێبەرامبەر دەدەن:
help-noas = NOAS – ڕێکخراوی نەرویجی بۆ پەناخوازان (noas.no)
help-seif = SEIF – خۆیارمەتیدان بۆ کۆچبەران و پەنابەران (seif.no)
help-jurk = JURK – ڕاوێژی یاسایی بۆ ئافرەتان (jurk.no)
help-jussbuss = Jussbuss – یارمەتیی یاسایی بێبەرامبەر لەلایەن خوێندکارانی یاساوە (jussbuss.no)
footer-privacy = وەڵامەکانتان لەسەر ئەم مۆبایلە دەمێننەوە. هیچ شتێک بۆ هیچ شوێنێک نانێردرێت، و دوای داخستنی پەڕەکە هیچ شتێک هەڵناگیرێت، مەگەر خۆتان ئەوە هەڵبژێرن.
footer-safety-link = پاراستنی خۆتان لەسەر ئەم مۆبایلە
footer-data-link = وەڵامەکانتان: هەڵگرتن، سڕینەوە، پاشەکەوتکردن لە فایلدا

## Shared words
continue = بەردەوامبوون
back = گەڕانەوە
change = گۆڕین
undo = پاشگەزبوونەوە
answer-yes = بەڵێ
answer-no = نەخێر
answer-unknown = نازانم
answer-not-given = وەڵام نەدراوەتەوە
answer-not-a-date = ئەمە بەروار نییە: { $typed }
error-prefix = هەڵە:
error-summary-title = کێشەیەک هەیە
# The example is what to type: the date boxes read the digits 0–9.
date-hint = بۆ نموونە: 27 3 2019 (ڕۆژ، مانگ، ساڵ)
date-day = ڕۆژ
date-month = مانگ
date-year = ساڵ
step-progress = پرسیاری { $n } لە { $total }
sources = سەرچاوەکان:
borderline = ئەمە نزیکە لە سنوورەکە، و UDI بە وردی بڵاوی ناکاتەوە کە ڕۆژەکان چۆن دەژمێردرێن. چەند ڕۆژێک پەراوێز بهێڵنەوە، و پێش بڕیاردان ڕاوێژ وەربگرن.

## The start
start-title = دۆخی ئێوە چییە؟
start-choose-one = ئەو وەڵامە هەڵبژێرن کە زیاتر لە دۆخی ئێوە دەچێت.
start-other-checks = پشکنینی تر، لەوانە ڕێسای ساڵی ٢٠٢١ بۆ ئەو کەسانەی ماوەیەکی زۆر لە نەرویج ژیاون
q-want = دەتانەوێت چی بزانن؟
want-choose-one = هەڵبژێرن کە دەتانەوێت چی بزانن.
other-checks-title = هەموو پشکنینەکان
all-on-one-title = هەموو پرسیارەکان لە یەک پەڕەدا
mode-all-on-one-page = پیشاندانی هەموو پرسیارەکان لە یەک پەڕەدا
mode-one-at-a-time = پیشاندانی یەک پرسیار لە هەر جارێکدا
check-answers-title = وەڵامەکانتان بپشکنن
check-answers-unanswered =
    { $n ->
        [one] { $n } پرسیار وەڵام نەدراوەتەوە. هێشتا دەتوانن ئەنجامەکە ببینن؛ ئەنجامەکە دەڵێت چی ناتوانێت دیاری بکات.
       *[other] { $n } پرسیار وەڵام نەدراونەتەوە. هێشتا دەتوانن ئەنجامەکە ببینن؛ ئەنجامەکە دەڵێت چی ناتوانێت دیاری بکات.
    }
check-answers-continue = بینینی ئەنجامەکە

## The checks, as a person asks them
check-travel-limits = ئایا دەتوانم گەشت بکەم، و بۆ چەند ماوەیەک؟
check-travel-limits-hint = گەشت بۆ دەرەوەی وڵات بە مۆڵەتی نیشتەجێبوونی کاتی یان پاراستنی بەکۆمەڵ، و ئەوەی پەناخوازان دەبێت بیزانن.
check-permanent-permit = ئایا بە مانەوە لە دەرەوەی وڵات مۆڵەتی نیشتەجێبوونی هەمیشەییم لەدەست دەدەم؟
check-permanent-permit-hint = چەند ماوە دەتوانن لە دەرەوە بمێننەوە، و کەی دەبێت بگەڕێنەوە.
check-work-permit = ئایا دەتوانم کار بکەم لە کاتێکدا چاوەڕێی وەڵامم؟
check-work-permit-hint = مۆڵەتی کاری کاتی، لە کاتێکدا داواکاریی پاراستنەکەتان بە شێوەی تاکەکەسی هەڵدەسەنگێنرێت.
check-permit-holder = مۆڵەتی نیشتەجێبوونم هەیە و داوای پاراستنم (پەنابەری) کردووە
check-permit-holder-hint = چی بەسەر داواکارییەکە و مۆڵەتەکەتاندا دێت.
check-residence-card = چۆن کارتی نیشتەجێبوونەکەم وەردەگرم؟
check-residence-card-hint = کێ کاتی چاوپێکەوتن لەگەڵ پۆلیس دەگرێت، و کارتەکە کەی دەگات.
check-withdrawal = دەمەوێت داواکاریی پاراستنەکەم بکێشمەوە
check-withdrawal-hint = دواتر چی ڕوودەدات، و نامەیەک بۆ UDI کە دەتوانن چاپی بکەن.
check-temporary-regulation = ڕێسای ساڵی ٢٠٢١ بۆ ئەو پەناخوازانەی ١٦ ساڵ لە نەرویج ژیابوون
check-temporary-regulation-hint = بەرنامەیەکی تەنها یەک جار: دەبوو داواکان تا ١ی کانوونی یەکەمی ٢٠٢١ بکرێن. بۆ ئەو کەسانەی لە کاتی خۆیدا داوایان کرد، و بۆ کارمەندانی کەیس.

## Offline use
update-ready = وەشانێکی نوێی Permit Check ئامادەیە. بارکردنەوە ئەو وەڵامانە دەسڕێتەوە کە لەسەر ئەم مۆبایلە هەڵنەگیراون.
update-reload = ئێستا بارکردنەوە
update-later = دواتر

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = ئەم وەرگێڕانە هێشتا لەلایەن وەرگێڕێکی شارەزاوە نەپشکنراوە. ئەگەر شتێک ڕوون نییە، ئەم پەڕەیە بە ئینگلیزی بخوێننەوە.
show-in-english = پیشاندان بە ئینگلیزی
show-in-norwegian = پیشاندان بە نەرویجی

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = دۆخی ئێوە چییە؟
q-start-hint = ئەوە هەڵبژێرن کە ئێستا لە دۆخی ئێوە دەچێت.
q-start-asylum-seeker = چاوەڕێی وەڵامی داواکاریی پاراستنەکەم (پەنابەری) دەکەم
q-start-temporary-permit = مۆڵەتی نیشتەجێبوونی کاتیم هەیە
q-start-collective-protection = وەک کەسێک لە ئۆکرانیاوە پاراستنی بەکۆمەڵم هەیە
q-start-permanent-permit = مۆڵەتی نیشتەجێبوونی هەمیشەییم هەیە
q-start-helper = یارمەتیی کەسێکی تر دەدەم
q-start-helper-hint = بۆ نموونە وەک کارمەندی کەیس، خۆبەخش یان ئەندامی خێزان. هەموو پرسیارەکانی پشکنینێک لە یەک پەڕەدا دەبینن.
q-client-situation = دۆخی ئەو کەسەی یارمەتیی دەدەن چییە؟
q-client-situation-asylum-seeker = چاوەڕێی وەڵامی داواکاریی پاراستن (پەنابەری) دەکات
q-client-situation-temporary-permit = مۆڵەتی نیشتەجێبوونی کاتی
q-client-situation-collective-protection = پاراستنی بەکۆمەڵ وەک کەسێک لە ئۆکرانیاوە
q-client-situation-permanent-permit = مۆڵەتی نیشتەجێبوونی هەمیشەیی
error-summary-item = { $field }: { $problem }
