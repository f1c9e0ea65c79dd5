### Soomaali: turjumaad laga sameeyay Ingiriisiga (locales/en). TRANSLATING.md ayaa sharxaya sida loo turjumo.
### Turjumaaddan weli MA hubin turjubaan aqoon leh (language-review = unreviewed).
### Go'aannada turjumaadda (translation choices, unreviewed):
### - Qofka akhrinaya waxaa lagula hadlayaa "adiga" (kali), sida qoraallada dowladda ee Soomaaliga.
### - Bilaha: magacyada CLDR `so` (Janaayo, Febraayo, Maarso, Abriil, Maayo, Juun, Luulyo, Agosto,
###   Sebtembar, Oktoobar, Noofeembar, Diseembar). Taariikhda: maalin bil sannad, "1 Oktoobar 2021".
### - Tirooyinka: far Laatiin ah (latn). Jamac: one / other (CLDR so).
### - Ereyada sharciga: sharaxaad fudud + ereyga Noorwiijiga oo qaws ku jira, si qofku ugu
###   helo warqadihiisa: sharciga deganaanshaha (oppholdstillatelse), sharciga deganaanshaha
###   joogtada ah (permanent oppholdstillatelse), magangalyo (beskyttelse/asyl), ilaalinta
###   wadareed (kollektiv beskyttelse), ogolaanshaha shaqada (arbeidstillatelse), kaarka
###   deganaanshaha (oppholdskort), warqadda go'aanka (vedtak), racfaan (klage).
### - UDI, UNE, NAV, qodobbada sharciga (utl. § 62), telefoonnada, cinwaannada iyo bogagga
###   internetka sidooda ayaa loo daayay.

## Luqaddan (dhismaha ayaa akhriya: mid kasta hal sadar)
language-name = Soomaali
language-direction = ltr
language-review = unreviewed
language-matches = so
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = n = 1

## Tirooyinka, taariikhaha iyo liisaska jumlada dhexdeeda
number = { $n }
# Taariikh jumlad dhexdeed: "1 Oktoobar 2021".
date = { $day } { $month } { $year }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Agosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar
days =
    { $n ->
        [one] { $n } maalin
       *[other] { $n } maalmood
    }
months =
    { $n ->
        [one] { $n } bil
       *[other] { $n } bilood
    }
years =
    { $n ->
        [one] { $n } sano
       *[other] { $n } sano
    }
# Laba shay oo liis ah: "A iyo B".
list-two = { $first } iyo { $second }
# Shayga ugu horreeya iyo inta kale ee liis dheer: "A, B iyo C".
list-more = { $first }, { $rest }
# Muddo gadaal loo tirinayo: "−3 maalmood".
span-negative = −{ $span }
# Laba taariikhood oo muddo ah: "1 Maarso 2024 – 28 Febraayo 2025".
date-range = { $from } – { $to }
