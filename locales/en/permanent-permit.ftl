pp-stay-range-ongoing = since { $from } (you are still abroad; counted up to and including { $as_of })
pp-plan-ongoing =  For the stay you are on now (since { $from_s }), come back on { $latest_s } at the latest: coming back one day later breaks this rule.
pp-plan-trip =  If you leave on { $from_s }, come back on { $latest_s } at the latest: coming back one day later breaks this rule.
pp-borderline =  This is within 7 days of the limit, and how travel days are counted is not published: keep a margin of several days and get advice.
pp-continuous-no-stays = You have recorded no stays abroad. The permit is lost after one continuous stay abroad of two years (730 days) or more.
pp-continuous-met = Your longest stay abroad, { $range }, lasted { $days_s }. The permit is lost after one continuous stay abroad of two years (730 days) or more; this stay is { $margin_s } short of that.
pp-continuous-not-met = Your stay abroad { $range } lasted { $days_s }: one continuous stay of two years (730 days) or more. UDI can decide that your permanent permit is no longer valid. The limit was reached on { $on }.
pp-continuous-exactly-two-years = At exactly two years: the law (utl. § 62) speaks of more than two years, UDI's page of two years or more; this check follows the page.
pp-four-year-no-days = You have no days abroad.
pp-four-year-counted-years = Only calendar years with 60 days (two months) abroad or more count. You have been abroad { $total_s } in all; { $ignored_s } of them fall in years with fewer and are not counted.
pp-four-year-periods =  After 15 months in a row in Norway, counting starts afresh: your stays form { $periods_s }, and days from different periods are never added up.
pp-four-year-nothing-counts =  So no day abroad counts under this rule. The permit is lost after stays abroad that add up to two years (730 days) or more within four years.
pp-four-year-met =  The most days that count within any four years is { $days_s }, from { $start } to { $end }. The permit is lost at two years (730 days) or more within four years; you are { $margin_s } below that.
pp-four-year-not-met =  In the four years from { $start } to { $end } you have { $days_s } abroad that count: two years (730 days) or more within four years. UDI can decide that your permanent permit is no longer valid. The limit was reached on { $on }.
pp-four-year-near-60 =  Careful: this answer depends on a calendar year with close to 60 days abroad. Counted a few days differently (for example with the travel days as days abroad), that year would change the answer. Keep a margin and get advice.
pp-information-met = You answered that you have not given incorrect information, have not withheld important information and have not given incorrect information about your identity.
pp-information-incorrect = given incorrect information in your case
pp-information-withheld = withheld information of importance to your case
pp-information-identity = given incorrect information about your identity
pp-information-not-met = You answered that you have { $list }. UDI may revoke a permanent permit on these grounds when the information was significant to the case (utl. § 63). Get legal advice.
pp-information-unknown = Not all three questions (incorrect information, withheld information, incorrect identity) are answered, so this cannot be checked. UDI may revoke a permanent permit on these grounds (utl. § 63).
pp-separate-periods =
    { $n ->
        [one] { $n } separate period
       *[other] { $n } separate periods
    }

## Titles: what each rule checks, stated positively
pp-continuous-title = No stay abroad of two years or more
pp-continuous-title-brexit = No stay abroad of five years in a row
pp-four-year-total-title = Less than two years abroad in any four years
pp-correct-information-title = Correct information given to UDI

## Rev. 2: the four-year tie, and permanent permits under the Brexit rules
pp-four-year-exactly-two-years = At exactly two years: the regulation (utf. § 11-8 (1)) speaks of more than two years, UDI's page of two years or more; this check follows the page.
pp-brexit-unknown = A British citizen with a permanent permit under the Brexit rules loses it only after five years in a row abroad; you did not say whether that is your permit, so the ordinary rules are used.
pp-continuous-brexit = Your permanent permit was granted under the Brexit rules: it lapses only after five years in a row abroad.
pp-continuous-no-stays-brexit = You have recorded no stays abroad.
pp-continuous-met-brexit = Your longest stay abroad, { $range }, lasted { $days_s }: { $margin_s } less than five years (1826 days).
pp-continuous-not-met-brexit = Your stay abroad { $range } lasted { $days_s }: five years (1826 days) in a row or more, reached on { $on }. UDI can decide that your permit has lapsed.
pp-four-year-brexit = Under the Brexit rules a permanent permit is not lost through several stays that add up to two years in four years, so this rule does not apply to you.

## The summary: the answer and what decides it
pp-summary-continuous = Your permanent permit can be lost: your stay abroad { $range } lasted { $days }, and a single stay must be shorter than { $limit }.
pp-summary-four-year = Your permanent permit can be lost: in the four years from { $start } to { $end } you were abroad { $days } that count, two years (730 days) or more.
pp-summary-information = Your stays abroad are within the limits, but UDI may revoke the permit because of the information given in your case (utl. § 63).
pp-summary-within = Within the limits: your longest stay abroad was { $longest }, and the most days that count within any four years is { $counted }. Each must stay under two years (730 days).
pp-summary-within-brexit = Within the limits: your longest stay abroad was { $longest }; under the Brexit rules the limit is five years in a row.
pp-summary-plan = If you leave on { $from }, come back on { $latest } at the latest: { $why }
pp-summary-plan-ongoing = For the stay you are on now (since { $from }), come back on { $latest } at the latest: { $why }
pp-summary-plan-none = A trip leaving on { $from } cannot be planned within the limits: even coming back at once breaks a rule.
pp-summary-why-continuous = one day later the trip would last two years (730 days).
pp-summary-why-continuous-brexit = one day later the trip would last five years (1826 days).
pp-summary-why-four-year = one day later the days that count within four years would reach two years (730 days).
pp-summary-why-next-stay = that is the day your next recorded stay begins.
pp-summary-reset = You were in Norway for 15 months in a row until { $reset }: the stays before that no longer count together with this trip.
