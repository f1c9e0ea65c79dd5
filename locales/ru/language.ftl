### Русский: перевод с английского (locales/en). TRANSLATING.md объясняет, как переводить.

## Об этом языке (читает сборка: каждое на одной строке)
language-name = Русский
language-direction = ltr
language-review = unreviewed
language-matches = ru
language-digits = latn
# CLDR plural rules for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
# every other number is `other`. The catalog check compares them with CLDR's data.
language-plural-one = v = 0 and i % 10 = 1 and i % 100 != 11
language-plural-few = v = 0 and i % 10 = 2..4 and i % 100 != 12..14
language-plural-many = v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14

## Числа, даты и списки внутри предложений
number = { $n }
# Дата в предложении, месяц в родительном падеже: «1 октября 2021».
date = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
days =
    { $n ->
        [one] { $n } день
        [few] { $n } дня
       *[many] { $n } дней
    }
months =
    { $n ->
        [one] { $n } месяц
        [few] { $n } месяца
       *[many] { $n } месяцев
    }
years =
    { $n ->
        [one] { $n } год
        [few] { $n } года
       *[many] { $n } лет
    }
# Два элемента списка: «А и Б».
list-two = { $first } и { $second }
# Первый элемент и остальная часть длинного списка: «А, Б и В».
list-more = { $first }, { $rest }
# Отрезок времени со знаком минус: «−3 дня».
span-negative = −{ $span }
# Две даты как период: «1 марта 2024 – 28 февраля 2025».
date-range = { $from } – { $to }
