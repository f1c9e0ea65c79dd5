pp-stay-range-ongoing = since { $from } (you are still abroad; counted up to and including { $as_of })
pp-plan-ongoing =  For the stay you are on now (since { $from_s }), come back on { $latest_s } at the latest: coming back one day later breaks this rule.
pp-plan-trip =  If you leave on { $from_s }, come back on { $latest_s } at the latest: coming back one day later breaks this rule.
pp-borderline =  This is within 7 days of the limit, and how travel days are counted is not published: keep a margin of several days and get advice.
pp-continuous-no-stays = You have recorded no stays abroad. The permit is lost after one continuous stay abroad of two years (730 days) or more.
pp-continuous-met = Your longest stay abroad, { $range }, lasted { $days_s }. The permit is lost after one continuous stay abroad of two years (730 days) or more; this stay is { $margin_s } short of that.
pp-continuous-not-met = Your stay abroad { $range } lasted { $days_s }: one continuous stay of two years (730 days) or more. UDI can decide that your permanent permit is no longer valid. The limit was reached on { $on }.
pp-continuous-exactly-two-years =  At exactly two years: the law (utl. § 62 (8)) speaks of more than two years, UDI's page of two years or more; this check follows the page.
pp-four-year-no-days = You have no days abroad.
pp-four-year-counted-years = Only calendar years with 60 days (two months) abroad or more count. You have been abroad { $total_s } in all; { $ignored_s } of them fall in years with fewer and are not counted.
pp-four-year-periods =  After 15 months in a row in Norway, counting starts afresh: your stays form { $periods_s }, and days from different periods are never added up.
pp-four-year-nothing-counts =  So no day abroad counts under this rule. The permit is lost after stays abroad that add up to two years (730 days) or more within four years.
pp-four-year-met =  The most days that count within any four years is { $days_s }, from { $start } to { $end }. The permit is lost at two years (730 days) or more within four years; you are { $margin_s } below that.
pp-four-year-not-met =  In the four years from { $start } to { $end } you have { $days_s } abroad that count: two years (730 days) or more within four years. UDI can decide that your permanent permit is no longer valid. The limit was reached on { $on }.
pp-four-year-near-60 =  Careful: this answer depends on a calendar year with close to 60 days abroad. Counted a few days differently (for example with the travel days as days abroad), that year would change the answer. Keep a margin and get advice.
pp-four-year-note-amendment =  Note: a 2026 amendment will repeal this rule (utf. § 11-8 (1)) from a date not yet set; until then it applies, and this check keeps it.
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
