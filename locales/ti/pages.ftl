## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Stays abroad and the next trip
stays-none-yet = ኣብ ወጻኢ ዝጸናሕኩምሉ ግዜ ገና ኣይወሰኽኩምን። ናብ ወጻኢ እንተዘይከይድኩም፣ ቀጽሉ።
stays-none = ኣብ ወጻኢ ምጽናሕ የለን
stay-add = ምጽናሕ ኣብ ወጻኢ ወስኹ
stay-n = ምጽናሕ { $n }
stay-from = ካብ ኖርወይ ዝወጻእኩምሉ ዕለት
stay-to = ናብ ኖርወይ ዝተመለስኩምሉ ዕለት
stay-ongoing = ገና ኣብ ወጻኢ እየ ዘለኹ
stay-schengen = እዚ ምጽናሕ ኣብ ካልእ ሃገር Schengen ነይሩ
stay-schengen-hint = መብዛሕትአን ሃገራት EU፣ ከምኡ’ውን ኣይስላንድ፣ ሊኽተንሽታይንን ስዊዘርላንድን።
stay-ukraine = እዚ ምጽናሕ ኣብ ዩክሬን ነይሩ
stay-done = ምጽናሕ { $n } ተዛዚሙ
stay-remove = ምጽናሕ { $n } ሰርዙ
stay-removed = ምጽናሕ { $n } ተሰሪዙ።
stay-summary-ongoing = ካብ { $from } ጀሚሩ፣ ገና ኣብ ወጻኢ
stay-summary-unfinished = ኣይተዛዘመን፦ ዕለታት ወስኹ
stay-summary-words = ካብ { $from } ክሳብ { $to }
stay-summary-ongoing-words = ካብ { $from } ጀሚሩ፣ ገና ኣብ ወጻኢ
stay-mark-schengen = ኣብ ካልእ ሃገር Schengen
stay-mark-ukraine = ኣብ ዩክሬን
trip-from = ክትወጹ እትሓስቡሉ ዕለት
trip-to = ክትምለሱ እትሓስቡሉ ዕለት (ባዶ ክትገድፍዎ ትኽእሉ)
trip-schengen = ናብ ካልእ ሃገር Schengen ክኸይድ እየ
trip-ukraine = ናብ ዩክሬን ክኸይድ እየ
trip-none = ዝተመደበ ጉዕዞ የለን
flow-stay-departure-missing = ምጽናሕ { $n }፦ ካብ ኖርወይ ዝወጻእኩምሉ ዕለት ኣእትዉ፣ ወይ ነዚ ምጽናሕ ሰርዝዎ።
flow-stay-return-missing = ምጽናሕ { $n }፦ ዝተመለስኩምሉ ዕለት ኣእትዉ፣ ወይ "ገና ኣብ ወጻኢ እየ ዘለኹ" ምረጹ።
flow-trip-departure-missing = ክትወጹ እትሓስቡሉ ዕለት ኣእትዉ፣ ወይ ክልቲኦም ዕለታት ጉዕዞ ባዶ ግደፍዎም።

## The answer
outcome-eligible = ትበቕዑ
outcome-not-eligible = ኣይትበቕዑን
outcome-unknown = ገና ኣይፍለጥን
outcome-not-applicable = ኣየድልን
outcome-within-limits = ኣብ ውሽጢ ደረት
outcome-at-risk = ኣብ ሓደጋ
outcome-limit-exceeded = ካብ ደረት ሓሊፉ
outcome-must-not-travel = ኣይትጓዓዙ
status-met = ተማሊኡ
status-not-met = ኣይተማልአን
status-unknown = ኣይፍለጥን
result-deciding = ነዚ ዝውስን
result-met =
    { $n ->
        [one] { $n } ካልእ ቅድመ-ኩነት ተማሊኡ
       *[other] { $n } ካልኦት ቅድመ-ኩነታት ተማሊኦም
    }
result-not-answered = ዘይመለስኩምዎም ሕቶታት
result-cannot-answer = እቲ ምርመራ ገና ክምልስ ኣይክእልን። ቅድም ነዚ ኣስተኻኽሉ፦
result-see-answers = መልስታትኩም ርኣዩ ወይ ቀይሩ
result-start-again = እንደገና ጀምሩ
rules-checked-on = ሕግታት ዝተፈተሹሉ ዕለት፣ { $date }።
next-steps-title = ቀጺልኩም እንታይ ትገብሩ
pp-exemption-may-apply = ነቶም ኣርባዕተ ቅድመ-ኩነታት ናይቲ ድሕሪ ዓመጽ ኣብ ስድራቤት ኣብ ወጻኢ ንዝተዓገቱ ሰባት ዝምልከት ምግላል (unntak) "እወ" ኢልኩም መሊስኩም። እዚ ማለት፣ እቲ ብዛዕባ ኣብ ወጻኢ ምጽናሕ ዘሎ ሕጊ ኣይምልከተኩምን ይኸውን። ንUDI ወይ ንጠበቓ ርኸቡ።

## Figures a condition used
figure-days = ዝተቖጸሩ መዓልታት
figure-limit = ደረት
figure-longestStayDays = እቲ ዝነውሐ ምጽናሕ
figure-limitDays = ደረት
figure-maxFourYearDays = ኣብ ኣርባዕተ ዓመት ዝበዝሑ መዓልታት
figure-exceededOn = ደረት ዝተበጽሓሉ ዕለት
figure-windowStart = ካብ
figure-windowEnd = ክሳብ
figure-daysAbroad = መዓልታት ኣብ ወጻኢ
figure-residenceDays = መዓልታት መንበሪ
figure-sixteenYearsReachedOn = 16 ዓመት ዝተበጽሓሉ ዕለት
figure-ageOnCutoff = ዕድመ ኣብ 1 ጥቅምቲ 2021
figure-combined65ReachedOn = ዕድመን ግዜ መንበርን 65 ዓመት ዝበጽሑሉ ዕለት
figure-requestDate = ዕለት ሕቶ
figure-deadline = ናይ መወዳእታ ዕለት
figure-permitEnd = ዝጸንሓሉ ክሳብ
figure-since = ዝቑጸር ካብ

## Sources
source-seed-000 = UDI፦ ናይ መንበሪ ፍቓድ እናሃለወኩም ዑቕባ ምሕታት
source-seed-001 = UDI፦ ካብ 16 ዓመት ንላዕሊ ኣብ ኖርወይ ንዝነበሩ ሓተትቲ ዑቕባ ዝምልከት ግዝያዊ ሕጊ
source-seed-002 = UDI፦ ናይ ውልቂ ሕቶ ዑቕባ ኣሎኒ (ዩክሬን)
source-seed-003 = UDI፦ ቀዋሚ ናይ መንበሪ ፍቓድ – መዓስ ክስኣን ከም ዝኽእል
source-seed-004 = UDI፦ ብሓያል ሰብኣዊ ምኽንያታት ወይ ብፍሉይ ርክብ ምስ ኖርወይ ዝወሃብ ናይ መንበሪ ፍቓድ

## What to do next: travel
tl-next-title = ቅድሚ ምጉዓዝኩም
tl-next-card = ናይ መንበሪ ካርድ ምስ ረኸብኩም ጥራይ ተጓዓዙ። ድሕሪኡ፣ ናይ መንበሪ ፍቓድኩም ክሳብ ዝጸንሕ፣ ናብ ኖርወይ ክትኣትዉን ካብ ኖርወይ ክትወጹን ትኽእሉ።
tl-next-documents = ክትጓዓዙ ከለኹም ፓስፖርትኩምን ናይ መንበሪ ካርድኩምን ሓዙ።
tl-next-schengen = ኣብ ካልኦት ሃገራት Schengen፣ ኣብ ዝኾነ ናይ 180 መዓልታት ግዜ ክሳብ 90 መዓልቲ ክትጸንሑ ትኽእሉ።
tl-next-limit = ካብቲ ዝተፈቐደ ደረት ንላዕሊ ኣብ ወጻኢ እንተጸኒሕኩም፣ ናይ መንበሪ ፍቓድኩም ክትስእኑን ሓድሽ ፍቓድ ክትሓቱ ክግደዱን ትኽእሉ።

## What to do next: a permanent permit
pp-next-title = ቀጺሉ እንታይ ይኸውን፣ መሰላትኩምን
pp-next-keep-title = ኣብ ወጻኢ ከለኹም ፍቓድኩም ምዕቃብ
pp-next-apply = ካብ ክልተ ዓመት ንላዕሊ ካብ ኖርወይ ወጻኢ ክትጸንሑ እንተኾይንኩም፣ ቀዋሚ ፍቓድኩም ድማ ክትዕቅቡ እንተደሊኹም፣ ቅድሚ ምኻድኩም ካብ UDI ፍቓድ ሕተቱ።
pp-next-before-title = ቅድሚ UDI ምውሳኑ
pp-next-interview = ፖሊስ ወይ UDI ተወሳኺ ሓበሬታ እንተደልዮም፣ ናብ ቃለ-መሕተት ክጽውዑኹም ይኽእሉ።
pp-next-notice = UDI ፍቓድኩም ከም ዘይጸንሕ ቅድሚ ምውሳኑ፣ ቅድመ-ሓበሬታ (forhåndsvarsel) ክሰደልኩምን ናይ ባዕልኹም ርእይቶ ክሓተኩምን ኣለዎ።
pp-next-legal = ቅድመ-ሓበሬታ ወይ ውሳነ ምስ ረኸብኩም፣ ናጻ ሕጋዊ ሓገዝ ናይ ምርካብ መሰል ኣለኩም፦ ክፍሊት ጠበቓ ይሽፈን። ንጠበቓ ባዕልኹም ክትረኽብዎ ኣለኩም።
pp-next-documents = ሰነዳት ጉዳይኩም ናይ ምርኣይ መሰል ኣለኩም። ክትሓትዎም ኣለኩም።
pp-next-decision-title = UDI ፍቓድኩም ከም እትስእኑ እንተወሲኑ
pp-next-decision = ካብ UDI ምኽንያቱ ዝገልጽ ውሳነ ትረኽቡ።
pp-next-appeal = ኣንጻር እቲ ውሳነ ይግባይ (klage) ክተቕርቡ ትኽእሉ።
pp-next-travel-documents = ቀዋሚ ፍቓድኩም እንተስኢንኩም፣ ናይ ኖርወይ ሰነዳት ጉዕዞኹም እውን ትስእኑ።
pp-next-new-permit = UDI ሓድሽ ፍቓድ ክትረኽቡ ከም እትኽእሉ ይግምግም፣ ንኣብነት ብሰንኪ ፍሉይ ርክብ ምስ ኖርወይ፣ ሓያል ሰብኣዊ ምኽንያታት፣ ወይ ናብ ሓደጋ ከይትምለሱ ዝህብ ሓለዋ።
pp-next-leave = ሓድሽ ፍቓድ እንተዘይረኺብኩም፣ ካብ ኖርወይ ክትወጹ ኣለኩም። እቲ ውሳነ ክሳብ መዓስ ምዃኑ ይገልጽ።

## What to do next: the 2021 temporary regulation
tr-next-title = ብግዜኡ ዝተላእከ ሕቶ እንታይ ይኸውን
tr-next-deadline = ሓድሽ ሕቶ ክቐርብ ድሕሪ ሕጂ ኣይከኣልን፦ ናይ መወዳእታ ዕለት 1 ታሕሳስ 2021 ነይሩ።
tr-next-where-title = ንመን ክትረኽቡ
tr-next-where = ነቲ ንጉዳይኩም ብመወዳእታ ዝወሰነ ኣካል ርኸቡ፦ UNE (ቦርድ ይግባይ ጉዳያት ስደት) ወይ UDI (ዳይረክቶሬት ስደት)። ንመብዛሕትኦም ሓተትቲ ዑቕባ እቲ ኣካል UNE እዩ።
tr-next-une = UNE ብመወዳእታ እንተወሲኑ፦
tr-next-udi = UDI ብመወዳእታ እንተወሲኑ፦
tr-next-phone = ሕቶ ኣለኩም? ንUNE ደውሉ፦
tr-next-hours = ሰኑይ ክሳብ ዓርቢ፣ 08.30–15.00።
tr-next-evidence-title = ክንደይ ግዜ ኣብ ኖርወይ ከም ዝነበርኩም ምርግጋጽ
tr-next-evidence-known = ኩሉ ግዜ ኣብ መዕቆቢ ሓተትቲ ዑቕባ (asylmottak) እንተነበርኩም፣ ወይ ኣድራሻኹም ንፖሊስ እንተሓቢርኩም፣ UDIን UNE ኣብዚ ከም ዝነበርኩም ይፈልጡ፦ ዋላ ሓንቲ ክትሰዱ ኣየድልየኩምን።
tr-next-evidence-other = እንተዘይኮይኑ፣ ኣበይ ከም ዝነበርኩም ዘርኢ ሰነዳት ክሓቱኹም ይኽእሉ፣ ንኣብነት ደብዳቤታት ካብ ሓኪም፣ ቤት ትምህርቲ ወይ ኣስራሒ።
tr-next-evidence-wait = ክሳብ ዝሓቱኹም ዋላ ሓንቲ ኣይትስደዱ።
tr-next-identity-title = መንነትኩም ብሰነድ እንተዘይተረጋጊጹ
tr-next-identity = ዝተደረተ ፍቓድ ክትረኽቡ ትኽእሉ። ኣብ ኖርወይ ናይ ምንባር መሰል ይህበኩም፣ ቀዋሚ ፍቓድ ናይ ምርካብ መሰል ግን ኣይህበኩምን።

## The guides
guide-permit-holder-headline = ሕቶኹምን ፍቓድኩምን
guide-residence-card-headline = ናይ መንበሪ ካርድ ብኸመይ ትረኽቡ
guide-card-earliest = እቲ ካርድ ብዝቐልጠፈ ኣብ { $date } ክመጽእ ይኽእል (ድሕሪ ምስ ፖሊስ ዝነበረኩም ቆጸራ 20 መዓልቲ ስራሕ)።
guide-withdrawal-headline = ሕቶኹም ምስ ሰሓብኩም
guide-withdrawal-how = ብኸመይ ትስሕብዎ
help-lines-title = ዓመጽ ወይ ምግዳድ እንተበጺሑኩም
letter-title = ሕቶኹም ንምስሓብ ዝኸውን ደብዳቤ
letter-intro = ስምኩምን ቁጽሪ DUF ናትኩምን ጸሓፉ። እቲ ደብዳቤ ኣብዚ ኣብ ተሌፎንኩም ብኖርወይኛ ይጽሓፍ፣ ምስኡ ድማ ከተንብብዎ ብቋንቋኹም ቅዳሕ ኣሎ። ዋላ ሓንቲ ኣይለኣኽን፦ ሓቲምኩም፣ ፈሪምኩም ብፖስታ ናብ UDI ስደድዎ። ስምኩምን ቁጽርኹምን ኣይዕቀቡን።
letter-name = ምሉእ ስምኩም
letter-name-hint = ከምቲ ኣብ ወረቓቕቲ UDI ተጻሒፉ ዘሎ።
letter-duf = ቁጽሪ DUF ናትኩም
letter-duf-hint = 12 ኣሃዛት፣ ኣብ ናይ መንበሪ ካርድኩም ወይ ኣብ ወረቓቕቲ UDI፣ ንኣብነት 2012 3456 7890።
letter-write = ደብዳቤ ጸሓፉ
letter-ready = ደብዳቤኹም
letter-needs-norwegian = እቲ ደብዳቤ ብኖርወይኛ እዩ ዝጽሓፍ፣ እቲ ናይ ኖርወይኛ ጽሑፍ ግን ክጽዓን ኣይከኣለን። ሓንሳብ ምስ ኢንተርነት ተኣሳሰሩ፣ ደጊምኩም ድማ ፈትኑ።
letter-print = ደብዳቤ ሓትሙ
letter-download = ደብዳቤ ከም ፋይል ዓቅቡ

## Staying safe on this phone
safety-title = ኣብዚ ተሌፎን ብውሕስነት ምጥቃም
safety-exit = "ውጹ"፣ ወይ Shift ሰለስተ ግዜ ምጥዋቕ፣ ነዚ ገጽ ብቕጽበት ብገጽ ኩነታት ኣየር ይትክኦ። Permit Check ኣብ ታሪኽ ብራውዘር (history) ናይ ባዕሉ ገጻት ኣይውስኽን፣ ስለዚ "ንድሕሪት" መልስታትኩም ኣይመልሶምን።
safety-exit-cannot = "ውጹ" ነዚ መርበብ ከም ዝበጻሕኩምዎ ዝሕዞ መዝገብ ብራውዘር ክድምስሶ ኣይክእልን። ታሪኽ ብራውዘር ዝርኢ ሰብ ኣድራሻ Permit Check ክርኢ ይኽእል።
safety-private = ታሪኽ ከይገደፍኩም ንምጥቃም፣ Permit Check ኣብ ብሕታዊ ታብ (private tab) ክፈትዎ (ኣብ Chrome፦ "New incognito tab")። ነቲ ታብ ምስ ዓጸኹምዎ፣ እቲ ብራውዘር ኣብኡ ዝገበርኩምዎ ይርስዖ።
safety-history = ብሕታዊ ታብ እንተዘይተጠቒምኩም፣ ነዚ መርበብ ካብ ታሪኽ ብራውዘር ክትድምስስዎ ትኽእሉ። ኣብ Chrome፦ ሜኑ ክፈቱ፣ History ምረጹ፣ ናይዚ መርበብ መዝገባት ድማ ደምስሱ።
safety-downloads = ዘዕቆብኩምዎም ፋይላት (ደብዳቤ፣ መልስታትኩም) ክሳብ እትድምስስዎም ኣብ ፎልደር Downloads ናይ ተሌፎን ይጸንሑ። ኣስማቶም ከም letter.txt ዝኣመሰሉ ልሙዳት እዮም፣ ዝኸፍቶም ሰብ ግን ከንብቦም ይኽእል።
safety-remember = መልስታትኩም ኣብዚ ተሌፎን ክዝከሩ እንተመሪጽኩም፣ Permit Check ኣብዚ ብራውዘር ዝኸፍት ዝኾነ ሰብ ክርእዮም ይኽእል። "ውጹ" ንዓኦም እውን ክድምስሶም ክትመርጹ ትኽእሉ።
safety-installed = Permit Check ኣብ ቀንዲ ገጽ ተሌፎንኩም (home screen) እንተወሲኽኩምዎ፣ ምልክቱ ኣብኡ ይርአ። ከም ዝኾነ ካልእ ኣፕ ከተውጽእዎ ትኽእሉ።
safety-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ንፖሊስ ብ 112 ደውሉ።

## Your answers on this phone
data-title = መልስታትኩም ኣብዚ ተሌፎን
data-intro = መልስታትኩም እቲ ገጽ ክፉት ክሳብ ዘሎ ኣብዚ ገጽ ጥራይ ይዕቀቡ። ምስ ዓጸኹምዎ ይጠፍኡ፣ ኣብዚ ተሌፎን ክዝከሩ እንተዘይመሪጽኩም።
data-remember = መልስታተይ ኣብዚ ተሌፎን ይዘከሩ
data-remember-hint = ክሳብ እትድምስስዎም ኣብዚ ብራውዘር ጥራይ ይዕቀቡ። ነዚ ብራውዘር ዝጥቀም ዝኾነ ሰብ ክርእዮም ይኽእል።
data-erase-on-exit = "ውጹ" ክጥቀም ከለኹ ይደምሰሱ
data-remembered = መልስታትኩም ኣብዚ ተሌፎን ተዘኪሮም ኣለዉ።
data-not-remembered = መልስታትኩም ኣብዚ ተሌፎን ኣይዕቀቡን።
data-storage-failed = እዚ ብራውዘር ን Permit Check ዋላ ሓንቲ ክዕቅብ ኣይፈቕደሉን (ብሕታዊ ታብ፣ ወይ መዕቀቢ ዝተዓጽወ)። መልስታትኩም ክሳብ ነቲ ገጽ እትዓጽውዎ ኣብዚ ገጽ ይጸንሑ።
data-erase = መልስታተይ ደምስሱ
data-erase-confirm = ኩሎም መልስታትኩም ካብዚ ገጽን ካብዚ ተሌፎንን ይደምሰሱዶ? እዚ ክምለስ ኣይክእልን።
data-erase-yes = እወ፣ ደምስሱ
data-erase-no = ኣይፋል፣ ዕቀቡ
data-erased = መልስታትኩም ካብዚ ገጽን ካብዚ ተሌፎንን ተደምሲሶም።
data-save = መልስታተይ ናብ ፋይል ዓቅቡ
data-save-hint = እቲ ፋይል { $name } ይበሃል። ዝኸፍቶ ዝኾነ ሰብ መልስታትኩም ከንብቦም ይኽእል። ንስኹም ወይ ሰራሕተኛ ጉዳይ ኣብ ካልእ መሳርሒ ብ Permit Check ክትከፍትዎ ትኽእሉ።
data-open = መልስታት ካብ ፋይል ክፈቱ
data-open-hint = ብ Permit Check ዝተዓቀበ ፋይል። መልስታቱ ነቶም ኣብዚ ገጽ ዘለዉ መልስታት ይትክኡ።
data-opened = መልስታት እቲ ፋይል ተኸፊቶም። መልሲ ቅድሚ ምርኣይኩም ፈትሽዎም።
data-open-bad = እዚ ፋይል ብ Permit Check ዝተዓቀበ ኣይኮነን፣ ወይ ተበላሽዩ ኣሎ። ዋላ ሓንቲ ኣይተቐየረን።
data-open-newer = እዚ ፋይል ብሓድሽ ስሪት Permit Check እዩ ተዓቂቡ። ሓድሽ ስሪት ንምርካብ ነቲ ገጽ ደጊምኩም ጽዓንዎ፣ ድሕሪኡ ደጊምኩም ፈትኑ። ዋላ ሓንቲ ኣይተቐየረን።
data-kept-unreadable = ብ Permit Check ኣብዚ ተሌፎን ዝተዓቀቡ መልስታት ክንበቡ ኣይከኣሉን (ካብ ሓድሽ ስሪት ክኾኑ ይኽእሉ እዮም)። ከምዘለዉ ተሓዲጎም ኣለዉ፤ እንተዘየድልዩኹም ኣብ ታሕቲ ደምስስዎም።
data-print = ጽማቕ ሓትሙ
data-print-hint = ዝመለስኩምዎም ምርመራታት ጥራይ፣ ነፍሲ ወከፎም ምስ መልሶም፣ ምኽንያታቶምን መልስታትኩምን።
print-made-on = ዝተሓትመሉ ዕለት፣ { $date }። ሕግታት ዝተፈተሹሉ ዕለት፣ { $checked }።
print-your-answers = መልስታትኩም
