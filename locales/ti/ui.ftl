## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = ምርመራ ፍቓድ (Permit Check)
app-tagline = ሕግታት ስደት ኖርወይ፣ ኣብ ናይ ባዕልኹም ተሌፎን ዝፍተሽ
exit-link = ውጹ
exit-hint = ብቕጽበት ካብዚ ገጽ ናብ ገጽ ኩነታት ኣየር ይወስደኩም። Shift ሰለስተ ግዜ እውን ክትጥውቑ ትኽእሉ።
exit-progress = ንምውጻእ Shift ደጊምኩም ጠውቑ ({ $n } ካብ 3)
language-choose = ቋንቋ
boot-loading = እቲ ምርመራ ይጽዓን ኣሎ…
boot-failed = Permit Check ኣብዚ ብራውዘር ክጅምር ኣይከኣለን። ነቲ ገጽ ደጊምኩም ጽዓንዎ፣ ወይ ሓድሽ ብራውዘር ተጠቐሙ። ዝጸሓፍኩምዎ ዋላ ሓንቲ ናብ ዝኾነ ቦታ ኣይተላእከን።
noscript = Permit Check ነቲ ምርመራ ኣብ ናይ ባዕልኹም መሳርሒ ንምክያድ JavaScript የድልዮ። ኣብ ብራውዘርኩም JavaScript ፍቐዱ፣ ወይ ካልእ ብራውዘር ተጠቐሙ።
brief-not-advice = ሕጋዊ ምኽሪ ኣይኮነን።
brief-private = እትጽሕፍዎ ዋላ ሓንቲ ካብዚ ተሌፎን ኣይወጽእን።
footer-help-title = እዚ ሕጋዊ ምኽሪ ኣይኮነን
footer-help = Permit Check ህዝባዊ ገጻት UDIን ሕግን ብዛዕባ ከም ናትኩም ዝኣመሰሉ መልስታት እንታይ ከም ዝብሉ የርኢ። ናይ ባዕልኹም ጉዳይ ክፈላለ ይኽእል። ዝኾነ ነገር ቅድሚ ምውሳንኩም፣ ምስ ጠበቓ ወይ ምስ ሓንቲ ካብዘን ናጻ ሕጋዊ ሓገዝ ዝህባ ትካላት ተዘራረቡ፦
help-noas = NOAS – ናይ ኖርወይ ትካል ንሓተትቲ ዑቕባ (noas.no)
help-seif = SEIF – ርእሰ-ሓገዝ ንመጻእተኛታትን ስደተኛታትን (seif.no)
help-jurk = JURK – ሕጋዊ ምኽሪ ንደቂ ኣንስትዮ (jurk.no)
help-jussbuss = Jussbuss – ብተመሃሮ ሕጊ ዝወሃብ ናጻ ሕጋዊ ሓገዝ (jussbuss.no)
footer-privacy = መልስታትኩም ኣብዚ ተሌፎን ይጸንሑ። ዋላ ሓንቲ ናብ ዝኾነ ቦታ ኣይለኣኽን። ክዝከር እንተዘይመሪጽኩም፣ ነቲ ገጽ ምስ ዓጸኹምዎ ዋላ ሓንቲ ኣይዕቀብን።
footer-safety-link = ኣብዚ ተሌፎን ብውሕስነት ምጥቃም
footer-data-link = መልስታትኩም፦ ምዝካር፣ ምድምሳስ፣ ናብ ፋይል ምዕቃብ

## Shared words
continue = ቀጽሉ
back = ንድሕሪት
change = ቀይሩ
undo = ምለሱ
answer-yes = እወ
answer-no = ኣይፋል
answer-unknown = ኣይፈልጥን
answer-not-given = ኣይተመለሰን
answer-not-a-date = ዕለት ኣይኮነን፦ { $typed }
error-prefix = ጌጋ፦
error-summary-title = ጸገም ኣሎ
date-hint = ንኣብነት፣ 27 3 2019
date-day = መዓልቲ
date-month = ወርሒ
date-year = ዓመት
step-progress = ሕቶ { $n } ካብ { $total }
sources = ምንጭታት፦
borderline = እዚ ናብቲ ደረት ቀረባ እዩ፣ UDI ድማ መዓልታት ብኸመይ ከም ዝቑጸሩ ብልክዕ ኣይሕትምን። ናይ ብዙሓት መዓልታት ፍልልይ ግደፉ፣ ቅድሚ ምውሳንኩም ድማ ምኽሪ ሕተቱ።

## The start
start-title = ኩነታትኩም እንታይ እዩ?
start-choose-one = ምሳኹም ዝበለጸ ዝሰማማዕ መልሲ ምረጹ።
start-other-checks = ካልኦት ምርመራታት፣ ንነዊሕ ግዜ ኣብ ኖርወይ ንዝነበሩ ሰባት ዝምልከት ሕጊ 2021 ሓዊሱ
q-want = እንታይ ክትፈልጡ ትደልዩ?
want-choose-one = ክትፈልጥዎ እትደልዩ ምረጹ።
other-checks-title = ኩሎም ምርመራታት
all-on-one-title = ኩሎም ሕቶታት ኣብ ሓደ ገጽ
mode-all-on-one-page = ኩሎም ሕቶታት ኣብ ሓደ ገጽ ኣርእዩ
mode-one-at-a-time = ሓደ ሓደ ሕቶ ኣርእዩ
check-answers-title = መልስታትኩም ፈትሹ
check-answers-unanswered =
    { $n ->
        [one] { $n } ሕቶ ኣይተመለሰን። ነቲ መልሲ ግን ክትርእይዎ ትኽእሉ፤ እቲ መልሲ እንታይ ክፈልጥ ከም ዘይክእል ይነግረኩም።
       *[other] { $n } ሕቶታት ኣይተመለሱን። ነቲ መልሲ ግን ክትርእይዎ ትኽእሉ፤ እቲ መልሲ እንታይ ክፈልጥ ከም ዘይክእል ይነግረኩም።
    }
check-answers-continue = መልሲ ርኣዩ

## The checks, as a person asks them
check-travel-limits = ክጓዓዝ ይኽእልዶ? ንኽንደይ ግዜ?
check-travel-limits-hint = ብግዝያዊ ናይ መንበሪ ፍቓድ (oppholdstillatelse) ወይ ብሓባራዊ ሓለዋ (kollektiv beskyttelse) ናብ ወጻኢ ምጉዓዝ፣ ከምኡ’ውን ሓተትቲ ዑቕባ ክፈልጥዎ ዘለዎም።
check-permanent-permit = ኣብ ወጻኢ ብምጽናሕ ቀዋሚ ናይ መንበሪ ፍቓደይ ክስእኖ ይኽእልዶ?
check-permanent-permit-hint = ንኽንደይ ግዜ ካብ ኖርወይ ክትርሕቁ ከም ትኽእሉ፣ መዓስ ክትምለሱ ከም ዘለኩም።
check-work-permit = መልሲ ክጽበ ከለኹ ክሰርሕ ይኽእልዶ?
check-work-permit-hint = ሕቶ ዑቕባኹም ብውልቂ ክግምገም ከሎ ዝወሃብ ግዝያዊ ፍቓድ ስራሕ።
check-permit-holder = ናይ መንበሪ ፍቓድ ኣሎኒ፣ ዑቕባ (beskyttelse) እውን ሓቲተ ኣለኹ
check-permit-holder-hint = እቲ ሕቶን ፍቓድኩምን እንታይ ከም ዝኾኑ።
check-residence-card = ናይ መንበሪ ካርድ (oppholdskort) ብኸመይ እረክብ?
check-residence-card-hint = ምስ ፖሊስ ቆጸራ መን ከም ዝሕዝ፣ እቲ ካርድ መዓስ ክመጽእ ከም ዝኽእል።
check-withdrawal = ሕቶ ዑቕባይ ክስሕቦ እደሊ
check-withdrawal-hint = ድሕሪኡ እንታይ ከም ዝኸውን፣ ከምኡ’ውን ክትሓትምዎ እትኽእሉ ደብዳቤ ናብ UDI።
check-temporary-regulation = ሕጊ 2021 ን16 ዓመት ኣብ ኖርወይ ንዝነበሩ ሓተትቲ ዑቕባ
check-temporary-regulation-hint = ሓንሳብ ጥራይ ዝነበረ መደብ፦ ሕቶታት ክሳብ 1 ታሕሳስ 2021 ክቐርቡ ነይሮም። ብግዜኦም ንዝሓተቱ ሰባትን ንሰራሕተኛታት ጉዳይን።

## Offline use
update-ready = ሓድሽ ስሪት Permit Check ድሉው እዩ። ደጊምካ ምጽዓን ነቶም ኣብዚ ተሌፎን ዘይተዘከሩ መልስታት ይድምስሶም።
update-reload = ሕጂ ጽዓኑ
update-later = ጸኒሑ

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = እዚ ትርጉም ገና ብብቑዕ ተርጓሚ ኣይተፈተሸን። ዘይንጹር ነገር እንተሎ፣ ነዚ ገጽ ብእንግሊዝኛ ኣንብብዎ።
show-in-english = ብእንግሊዝኛ ኣርእዩ
show-in-norwegian = ብኖርወይኛ ኣርእዩ

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = ኩነታትኩም እንታይ እዩ?
q-start-hint = ሕጂ ምሳኹም ዝሰማማዕ ምረጹ።
q-start-asylum-seeker = ንሕቶ ዑቕባይ (beskyttelse) መልሲ እጽበ ኣለኹ
q-start-temporary-permit = ግዝያዊ ናይ መንበሪ ፍቓድ (oppholdstillatelse) ኣሎኒ
q-start-collective-protection = ከም ሰብ ካብ ዩክሬን ሓባራዊ ሓለዋ (kollektiv beskyttelse) ኣሎኒ
q-start-permanent-permit = ቀዋሚ ናይ መንበሪ ፍቓድ (permanent oppholdstillatelse) ኣሎኒ
q-start-helper = ንካልእ ሰብ እሕግዝ ኣለኹ
q-start-helper-hint = ንኣብነት ከም ሰራሕተኛ ጉዳይ፣ ወለንተኛ ወይ ኣባል ስድራ። ኩሎም ሕቶታት ናይ ሓደ ምርመራ ኣብ ሓደ ገጽ ክትርእዩ ኢኹም።
q-client-situation = ኩነታት እቲ እትሕግዝዎ ሰብ እንታይ እዩ?
q-client-situation-asylum-seeker = ንሕቶ ዑቕባ መልሲ ይጽበ ኣሎ
q-client-situation-temporary-permit = ግዝያዊ ናይ መንበሪ ፍቓድ
q-client-situation-collective-protection = ከም ሰብ ካብ ዩክሬን ሓባራዊ ሓለዋ
q-client-situation-permanent-permit = ቀዋሚ ናይ መንበሪ ፍቓድ
error-summary-item = { $field }፦ { $problem }
