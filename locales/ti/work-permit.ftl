wp-interview-met = ምስ UDI ናይ ዑቕባ ቃለ-መሕተት (asylintervju) ገይርኩም ኢኹም፣ ስለዚ እዚ ቅድመ-ኩነት ተማሊኡ ኣሎ።
wp-interview-not-met = ገና ናይ ዑቕባ ቃለ-መሕተት ኣይገበርኩምን። ግዝያዊ ናይ ስራሕ ፍቓድ ክወሃብ ዝኽእል ድሕሪ ናይ ዑቕባ ቃለ-መሕተት ጥራይ እዩ። ንመን ከም ዝጽውዕ ዝመርጽ UDI እዩ፤ ንስኻትኩም ቃለ-መሕተት ክግበረልኩም ክትሓቱ ኣይትኽእሉን።
wp-interview-unknown = ናይ ዑቕባ ቃለ-መሕተት ገይርኩም እንተ ኾንኩም ኣይገለጽኩምን። እቲ ፍቓድ ክወሃብ ዝኽእል ድሕሪኡ ጥራይ እዩ። ናይ ዑቕባ ቃለ-መሕተት ማለት ኣብ UDI ስለምንታይ ዑቕባ ከም ዘድልየኩም ዝግበር ነዊሕ ቃለ-መሕተት እዩ፤ ኣብ ፖሊስ ምምዝጋብ እቲ ቃለ-መሕተት ኣይኮነን።
wp-passport-card-not-enough = ውሽጣዊ ፓስፖርት ወይ ካርድ ፓስፖርት፣ ከም ናይ ዩክሬን ዜጋ ፓስፖርት (Passport of the Citizen of Ukraine)፣ ኣይኣክልን።
wp-passport-met = ዕድሚኡ ዘይሓለፈ ፓስፖርት ኣለኩም፣ ስለዚ እዚ ቅድመ-ኩነት ተማሊኡ ኣሎ። ንወጻኢ ንምጉዓዝ ዝኸውን ንቡር ፓስፖርት ክኸውን ኣለዎ። { $not_enough }
wp-passport-not-met = ዕድሚኡ ዘይሓለፈ ፓስፖርት እንተ ዘይብልኩም፣ ግዝያዊ ናይ ስራሕ ፍቓድ ክወሃብ ኣይክእልን። { $not_enough }
wp-passport-unknown = ዕድሚኡ ዘይሓለፈ ፓስፖርት ከም ዘለኩም ኣይገለጽኩምን። ንወጻኢ ንምጉዓዝ ዝኸውን ዕድሚኡ ዘይሓለፈ ንቡር ፓስፖርት የድልየኩም። { $not_enough } ፖሊስ ንጉዳይኩም ኢሎም ድሮ ዝሓዝዎ ፓስፖርት እውን ይቑጸር፦ ክትሓቱ ከለኹም ንፖሊስ ሓብርዎም።
wp-no-decision-met = ንናይ ዑቕባ ሕቶኹም ገና መልሲ ኣይረኸብኩምን፣ ስለዚ እዚ ቅድመ-ኩነት ተማሊኡ ኣሎ።
wp-no-decision-not-met = ናይ ዑቕባ ሕቶኹም ተነጺጉ (avslag)፣ ድሕሪ ምንጻግ ድማ ግዝያዊ ናይ ስራሕ ፍቓድ ኣይወሃብን። ይግባይ (klage) ኣቕሪብኩም፣ እቲ ይግባይ ክሳብ ዝረአ ድማ ኣብ ኖርወይ ክትጸንሑ ፍቓድ እንተ ኣለኩም፣ እዚ ክቕየር ይኽእል፦ ንጠበቓኹም ሕተትዎ።
wp-no-decision-unknown = ንናይ ዑቕባ ሕቶኹም መልሲ ረኺብኩም እንተ ኾንኩም ኣይገለጽኩምን። እቲ ፍቓድ ክወሃብ ዝኽእል ገና ነቲ መልሲ ትጽበዩ ከለኹም ጥራይ እዩ።
wp-not-dublin-met = ጉዳይኩም ናይ Dublin (ደብሊን) ጉዳይ ኣይኮነን፣ ስለዚ እዚ ቅድመ-ኩነት ተማሊኡ ኣሎ።
wp-not-dublin-not-met = ጉዳይኩም ናይ Dublin ጉዳይ እዩ፦ ናብ ካልእ ሃገር ኤውሮጳ ክትለኣኹ ኢኹም። ሽዑ ግዝያዊ ናይ ስራሕ ፍቓድ ክወሃብ ኣይክእልን።
wp-not-dublin-unknown = ጉዳይኩም ናይ Dublin ጉዳይ እንተ ኾይኑ ኣይገለጽኩምን። እንተ ኾይኑ ክንገረኩም እዩ፤ መብዛሕትኦም ሰባት ፖሊስ ክምዝግቦም ከሎ እዮም ዝንገሮም።
wp-note-collective = ሓባራዊ ሓለዋ (kollektiv beskyttelse) ኣለኩም፣ እዚ ድማ ድሮ ናይ ምስራሕ መሰል ይህበኩም፣ ስለዚ እዚ ፍቓድ ኣየድልየኩምን። እዚ ንሓበሬታ ጥራይ እዩ ዝርአ።
wp-note-protection-unknown = እዚ ፍቓድ ሕቶኦም ብውልቂ ንዝግምገም ሰባት እዩ። ሓባራዊ ሓለዋ እንተ ኣለኩም፣ ድሮ ናይ ምስራሕ መሰል ኣለኩም፣ እዚ ፍቓድ ድማ ኣየድልየኩምን።
wp-next-apply-by-post = ነቲ ናይ ስራሕ ፍቓድ ንዝደልዩ ሓተትቲ ዑቕባ ዝኸውን ቅጥዒ መልእዎ፣ ብፖስታ ድማ ናብ ፖሊስ ናይ እትነብሩሉ ቦታ ስደድዎ። ናብ UDI ኣይትስደድዎ።
wp-next-passport-copy = ቅዳሕ ፓስፖርትኩም ኣተሓሕዙ። ፓስፖርትኩም ድሮ ንፖሊስ ኣረኪብኩም እንተ ኾንኩም ግን፣ ኣብቲ ሕቶ ጥራይ ሓብርዎም።
wp-next-no-fee = ነዚ ሕቶ ክፍሊት የለን።
wp-next-police-appointment = ፖሊስ ቆጸራ ንምሃብ ክራኸቡኹም እዮም። ፓስፖርትኩም ገና ኣብ ኢዶም እንተ ዘየሎ፣ ነቲ ዋና (original) ፓስፖርት ናብቲ ቆጸራ ሒዝኩም ምጹ።
wp-next-voluntary-work = ናይ ወለንታ ስራሕ ናይ ስራሕ ፍቓድ ኣየድልዮን፣ ግን ናይ ወለንታ ስራሕ እንታይ ምዃኑ ዝውስኑ ጽኑዕ ሕግታት ኣለዉ።
wp-next-do-not-leave = ክትጽበዩ ከለኹም ካብ ኖርወይ ኣይትውጽኡ፦ እንተ ወጺእኩም፣ ናይ ዑቕባ ሕቶኹም ይዕጾ (henlagt)።
wp-next-ask-lawyer = ድሕሪ ምንጻግ ካብ UDI ጠበቓ ይወሃበኩም። ንጠበቓኹም ብዛዕባ እቲ ይግባይ ሕተትዎ፣ ከምኡ’ውን እቲ ይግባይ ክሳብ ዝረአ ኣብ ኖርወይ ክትጸንሑን ክትሰርሑን ትኽእሉ እንተ ኾንኩም።

## Titles: what each condition checks, stated positively
wp-interview-title = ናይ ዑቕባ ቃለ-መሕተት ገይርኩም ኢኹም
wp-passport-title = ዕድሚኡ ዘይሓለፈ ፓስፖርት ኣለኩም
wp-no-decision-title = ንሕቶኹም ገና መልሲ የለን
wp-not-dublin-title = ናይ Dublin ጉዳይ ኣይኮነን

## The summary: the answer and what decides it
wp-summary-not-applicable = እዚ ፍቓድ ኣየድልየኩምን፦ ሓባራዊ ሓለዋ ድሮ ናይ ምስራሕ መሰል ይህበኩም።
wp-summary-eligible = ግዝያዊ ናይ ስራሕ ፍቓድ ክወሃበኩም ይኽእል፦ ኣርባዕቲኦም ቅድመ-ኩነታት ተማሊኦም ኣለዉ።
wp-summary-not-eligible = ሕጂ ግዝያዊ ናይ ስራሕ ፍቓድ ክወሃበኩም ኣይክእልን፦ { $reasons }።
wp-summary-unknown = ግዝያዊ ናይ ስራሕ ፍቓድ ክትረኽቡ ምኽኣልኩም ኣብቶም ገና ዘይመለስኩምዎም ሕቶታት ይምርኮስ፦ { $questions }።
wp-reason-interview = ናይ ዑቕባ ቃለ-መሕተት ኣይገበርኩምን
wp-reason-passport = ዕድሚኡ ዘይሓለፈ ፓስፖርት የብልኩምን
wp-reason-rejected = ሕቶኹም ተነጺጉ
wp-reason-dublin = ጉዳይኩም ናይ Dublin ጉዳይ እዩ
wp-question-interview = ናይ ዑቕባ ቃለ-መሕተት ገይርኩም ዶ ኣይገበርኩምን
wp-question-passport = ዕድሚኡ ዘይሓለፈ ፓስፖርት ኣለኩም ዶ የብልኩምን
wp-question-decision = ንሕቶኹም መልሲ ረኺብኩም ዶ ኣይረኸብኩምን
wp-question-dublin = ጉዳይኩም ናይ Dublin ጉዳይ ድዩ ኣይኮነን
