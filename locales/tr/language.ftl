### Türkçe (tr): İngilizceden (locales/en) çeviri.
### GÖZDEN GEÇİRİLMEDİ (unreviewed): bu çeviri henüz yetkin bir çevirmen tarafından kontrol edilmedi.
###
### Choices made by the (machine-assisted) translator, for the reviewer:
### - Reader addressed with formal "siz" (-siniz, imperatives in -in: girin, seçin). Buttons that
###   speak for the reader ("Erase my answers") keep the first person: "Cevaplarımı sil".
### - Legal terms, with the Norwegian term in brackets where it helps match letters:
###   oturma izni (oppholdstillatelse), kalıcı oturma izni (permanent oppholdstillatelse), geçici
###   oturma izni, koruma (iltica) (beskyttelse / asyl), toplu koruma (kollektiv beskyttelse),
###   sığınmacı (asylsøker), mülteci (flyktning), oturma kartı (oppholdskort), karar yazısı
###   (vedtaksbrev), karar (vedtak), itiraz (klage), ret / reddedildi (avslag), başvuru düşürülür
###   (henlagt), geri alma (tilbakekall), önceden bildirim (forhåndsvarsel), geçici çalışma izni,
###   iltica mülakatı (asylintervju), geçici yönetmelik (midlertidig forskrift), güçlü insani
###   gerekçeler (sterke menneskelige hensyn), Norveç'e özel bağlılık (særlig tilknytning), kota
###   mültecisi (overføringsflyktning), aile birleşimi (familieinnvandring), sığınmacı kabul merkezi
###   (asylmottak), sınır dışı edilmek (utvist), Yabancılar Kanunu (utlendingsloven), Dublin davası.
### - UDI, UNE, NAV, law citations (utl. § 62, utf. § 11-8), phone numbers, addresses and web
###   addresses are kept as written. "Permit Check" is kept as the app's name.
### - Dates: "1 Ekim 2021". Turkish case endings depend on how a word is read, so no suffix is ever
###   attached to a placeable: dates take "tarihinde / tarihine kadar / tarihinden sonra", spans
###   stand alone ("en fazla 182 gün"), lists of reasons are whole clauses.
### - Plurals: CLDR `tr` has one/other; a noun after a number stays singular (3 gün), so both
###   variants read alike.

## About this language (read by the build: keep each on one line)
language-name = Türkçe
language-direction = ltr
language-review = unreviewed
language-matches = tr tr-tr
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Numbers, dates and lists inside sentences
number = { $n }
# A date in a sentence: "1 Ekim 2021".
date = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
days =
    { $n ->
        [one] { $n } gün
       *[other] { $n } gün
    }
months =
    { $n ->
        [one] { $n } ay
       *[other] { $n } ay
    }
years =
    { $n ->
        [one] { $n } yıl
       *[other] { $n } yıl
    }
# Two items of a list: "A ve B".
list-two = { $first } ve { $second }
# The first item and the rest of a longer list: "A, B ve C".
list-more = { $first }, { $rest }
# A span of time counted backwards: "−3 gün".
span-negative = −{ $span }
# Two dates as a period: "1 Mart 2024 – 28 Şubat 2025".
date-range = { $from } – { $to }
