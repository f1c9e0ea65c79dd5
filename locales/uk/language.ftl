### Українська.

## Про мову (читає збірка: кожне в один рядок)
language-name = Українська
language-direction = ltr
language-review = unreviewed
language-matches = uk
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = v = 0 and i % 10 = 1 and i % 100 != 11
language-plural-few = v = 0 and i % 10 = 2..4 and i % 100 != 12..14
language-plural-many = v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14

## Числа, дати і списки в реченнях
number = { $n }
# Назва місяця в родовому відмінку: «1 жовтня 2021».
date = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
days =
    { $n ->
        [one] { $n } день
        [few] { $n } дні
       *[many] { $n } днів
    }
months =
    { $n ->
        [one] { $n } місяць
        [few] { $n } місяці
       *[many] { $n } місяців
    }
years =
    { $n ->
        [one] { $n } рік
        [few] { $n } роки
       *[many] { $n } років
    }
list-two = { $first } і { $second }
list-more = { $first }, { $rest }
span-negative = −{ $span }
# Two dates as a period: "1 March 2024 – 28 February 2025".
date-range = { $from } – { $to }
