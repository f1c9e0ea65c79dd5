q-permit-basis = ናይ መንበሪ ፍቓድኩም ኣብ እንታይ ዝተመስረተ እዩ?
q-permit-basis-hint = ካብ UDI ዝመጸኩም ደብዳቤ ውሳነ፣ እቲ ፍቓድ ብምንታይ ከም ዝተዋህበ ("grunnlag") ይገልጽ። ርግጸኛታት እንተዘይኮንኩም፣ "ኣይፈልጥን" ምረጹ።
q-permit-basis-refugee = ዑቕባ ከም ስደተኛ (§ 28)
q-permit-basis-humanitarian = ሓያል ሰብኣዊ ምኽንያታት (§ 38)
q-permit-basis-particular-connection = ፍሉይ ርክብ ምስ ኖርወይ (§ 38)
q-permit-basis-resettlement = ካብ ወጻኢ ዝተመርጸ ስደተኛ ንዳግመ-ምጥያስ (§ 35)
q-permit-basis-family = ምትእኻብ ስድራቤት (familieinnvandring)
q-permit-basis-other = ካልእ (ስራሕ፣ ትምህርቲ ወይ ካልእ)

q-after-asylum = እዚ ፍቓድ ኣብ ኖርወይ ዑቕባ ምስ ሓተትኩም ድዩ ተዋሂቡኩም?
q-after-asylum-hint = እዚ፣ ቅድሚ ቀዋሚ ፍቓድ ክንደይ ግዜ ኣብ ወጻኢ ክትጸንሑ ከም ዝፍቀደልኩም ይውስን።

q-permit-dates = ኣብ ናይ መንበሪ ካርድኩም (oppholdskort) ኣየኖት ዕለታት ኣለዉ?
q-permit-dates-hint = እቲ ካርድን ደብዳቤ ውሳነን "Gyldig fra" (ዝጸንሓሉ ካብ) ከምኡ’ውን "Gyldig til" (ዝጸንሓሉ ክሳብ) ይብሉ።
q-permit-dates-from = ዝጸንሓሉ ካብ
q-permit-dates-until = ዝጸንሓሉ ክሳብ

q-residence-since = ናብ ቀዋሚ ፍቓድ ክመርሕ ዝኽእል ቀዳማይ ፍቓድኩም መዓስ ጀሚሩ?
q-residence-since-hint = መብዛሕትኡ ግዜ መጀመርታ ቀዳማይ ፍቓድኩም ኣብ ኖርወይ። እንተዘይፈሊጥኩም ባዶ ግደፍዎ፤ መዓስ ቀዋሚ ፍቓድ ክትሓቱ ከም እትኽእሉ ንምግላጽ ጥራይ እዩ ዝጥቀመሉ።

q-stays = ኣብ ወጻኢ ዝጸናሕኩምዎ ግዜ
q-stays-hint = ፍቓድኩም ካብ ዝጀመረ ንዝገበርኩምዎ ነፍሲ ወከፍ ጉዕዞ ካብ ኖርወይ ወጻኢ፣ ሓደ ብሓደ ወስኹ። ዝወጻእኩምሉን ዝተመለስኩምሉን መዓልቲ ከም መዓልታት ኣብ ኖርወይ ይቑጸሩ።

q-trip = ጉዕዞ ትሓስቡ ኣለኹምዶ?
q-trip-hint = መዓስ ክትምለሱ ከም ዘለኩም ንምፍላጥ፣ ክትወጹ እትሓስቡሉ ዕለት ኣእትዉ። ጉዕዞ እንተዘይሓሲብኩም ባዶ ግደፍዎ።

q-brexit = ብሕግታት Brexit ቀዋሚ ፍቓድ ዘለኩም ዜጋ ብሪጣንያ ዲኹም?
q-brexit-hint = ሕግታት Brexit ቅድሚ 2021 ኣብ ኖርወይ ንዝነበሩ ዜጋታት ብሪጣንያ እዮም። ደብዳቤ ውሳነኹም እዚ ይገልጽ።

q-gave-incorrect = ኣብ ጉዳይኩም ንUDI ጌጋ ሓበሬታ ሂብኩምዶ?
q-withheld = ንጉዳይኩም ኣገዳሲ ዝነበረ ሓበሬታ ሓቢእኩምዶ?
q-incorrect-identity = ብዛዕባ መንነትኩም ንUDI ጌጋ ሓበሬታ ሂብኩምዶ?
q-prevented = ብዘይ ድሌትኩም ናብ ኖርወይ ከይትምለሱ ተኸልኪልኩምዶ?
q-prevented-hint = እቲ ድሕሪ ዓመጽ ኣብ ስድራቤት ኣብ ወጻኢ ንዝተዓገቱ ሰባት ዝምልከት ምግላል ኣርባዕተ ቅድመ-ኩነታት ኣለዎ። እዚ እቲ ቀዳማይ እዩ።
q-family-permit = ምስ በዓል ቤት፣ መጻምድቲ ወይ ብሓባር እትነብርዎ ሰብ ናይ ምትእኻብ ስድራቤት ፍቓድ ነይሩኩምዶ?
q-abuse = ንስኹም ወይ ውላድኩም ኣብቲ ርክብ ግዳይ ዓመጽ ኔርኩምዶ?
q-relationship-ended = እቲ ርክብ ተወዲኡዶ?

q-protection = ሕቶ ዑቕባኹም ብውልቂ ድዩ ዝግምገም፣ ወይስ ሓባራዊ ሓለዋ ኣለኩም?
q-protection-hint = መብዛሕትኦም ካብ ዩክሬን ዝሃደሙ ሰባት ሓባራዊ ሓለዋ ይረኽቡ። እንተዘይበቒዕኩም፣ UDI ሕቶኹም ብውልቂ ከም ዝግምገም ነጊሩኩም ኣሎ።
q-protection-individual = ሕቶይ ብውልቂ ይግምገም ኣሎ
q-protection-collective = ሓባራዊ ሓለዋ ኣሎኒ
q-interview = ምስ UDI ቃለ-መሕተት ዑቕባ (asylintervju) ገይርኩምዶ?
q-interview-hint = እቲ ኣብ UDI ብዛዕባ ስለምንታይ ዑቕባ ከም ዘድልየኩም ዝግበር ነዊሕ ቃለ-መሕተት። ኣብ ፖሊስ ምምዝጋብ እቲ ቃለ-መሕተት ኣይኮነን።
q-passport = ዝሰርሕ ንቡር ፓስፖርት ኣለኩምዶ?
q-passport-hint = ግዜኡ ዘይሓለፈ ናብ ወጻኢ ንምጉዓዝ ዝኸውን ፓስፖርት። ውሽጣዊ ፓስፖርት ወይ ካርድ ፓስፖርት ኣይኣክልን። ፖሊስ ዝሓዝዎ ፓስፖርት ይቑጸር።
q-decision = ንሕቶ ዑቕባኹም መልሲ ረኺብኩምዶ?
q-decision-none = ኣይፋል፣ ገና እጽበ ኣለኹ
q-decision-rejected = እወ፣ ተነጺጉ
q-decision-rejected-hint = ይግባይ (klage) እንተኣቕሪብኩም እውን ነዚ ምረጹ።
q-dublin = ጉዳይኩም ጉዳይ Dublin ድዩ?
q-dublin-hint = ካልእ ሃገር ኤውሮጳ ንሕቶኹም ሓላፍነት ኣለዎ፣ ናብኡ ድማ ክትስደዱ ኢኹም። እንተኾይኑ ይንገረኩም።

q-applied-for-asylum = ኣብ ኖርወይ ዑቕባ (beskyttelse) ሓቲትኩምዶ?
q-first-application = ኣብ ኖርወይ ንመጀመርታ ግዜ ዑቕባ መዓስ ሓቲትኩም?
q-first-application-hint = እቶም 16 ዓመት ካብዚ መዓልቲ ጀሚሮም ይቑጸሩ።
q-date-of-birth = ዕለት ልደትኩም እንታይ እዩ?
q-tr-stays = ንመጀመርታ ካብ እትሓቱ ጀሚርኩም ኣብ ወጻኢ ዝጸናሕኩምዎ ግዜ
q-tr-stays-hint = ኣብ ወጻኢ ዝጸናሕኩምዎ ግዜ ካብቲ ኣብ ኖርወይ ዝጸናሕኩምዎ ግዜ ይጉደል። ነፍሲ ወከፍ ምጽናሕ ሓደ ብሓደ ወስኹ።
q-left-after-rejection = ድሕሪ ምንጻግ፣ ካብ ኖርወይ ወጺእኩም፣ ተመሊስኩም ደጊምኩም ሓቲትኩምዶ?
q-lived-2019 = ኣብ 1 ጥሪ 2019 ኣብ ኖርወይ ትነብሩ ኔርኩምዶ?
q-lives-in-norway = ሕጂ ኣብ ኖርወይ ትነብሩዶ?
q-convicted = ኣብ ኖርወይ ብገበን ተፈሪድኩምዶ?
q-convicted-hint = ማእሰርቲ ተፈሪድኩም፣ ወይ ማእሰርቲ ከምጽእ ብዝኽእል ገበን፣ ከም ስርቂ ወይ ምትላል፣ ተቐጺዕኩም።
q-has-permit = ሕጂ ናይ መንበሪ ፍቓድ ኣለኩምዶ?
q-identity = መንነትኩም ብሰነድ ተረጋጊጹዶ፣ ንኣብነት ብፓስፖርት?
q-request-date = ሕቶኹም መዓስ ቀሪቡ?
q-request-date-hint = ናይ ሎሚ ዕለት ንምጥቃም ባዶ ግደፍዎ።

q-held-permit = እንታይ ዓይነት ናይ መንበሪ ፍቓድ ኣለኩም?
q-held-permit-permanent = ቀዋሚ ናይ መንበሪ ፍቓድ
q-held-permit-temporary-leading-to-permanent = ናብ ቀዋሚ ፍቓድ ክመርሕ ዝኽእል ግዝያዊ ፍቓድ
q-held-permit-temporary-not-leading-to-permanent = ናብ ቀዋሚ ፍቓድ ክመርሕ ዘይክእል ግዝያዊ ፍቓድ
q-held-permit-no-permit = ናይ መንበሪ ፍቓድ የብለይን
q-permit-expiring = ግዜ ፍቓድኩም ሓሊፉዶ፣ ወይስ ቀልጢፉ ክሓልፍ እዩ?

q-card-applied = ነቲ ፍቓድ መዓስ ሓቲትኩም?
q-card-applied-before-new-routine = ቅድሚ 16 ሚያዝያ 2021
q-card-applied-on-or-after-new-routine = ኣብ 16 ሚያዝያ 2021 ወይ ድሕሪኡ
q-card-kind = እንታይ ሓቲትኩም?
q-card-kind-first-asylum-in-norway = ንመጀመርታ ግዜ ዑቕባ፣ ናይ መንበሪ ፍቓድ ድማ ረኺበ
q-card-kind-from-abroad = ካብ ወጻኢ፣ ናይ መንበሪ ፍቓድ
q-card-kind-renewal = ምሕዳስ ናይ መንበሪ ፍቓደይ
q-card-kind-other = ካልእ
q-card-old-document = ግዜኡ ዝሓለፈ ናይ ኖርወይ ፓስፖርት ንወጻእተኛታት (utlendingspass) ወይ ሰነድ ጉዕዞ ስደተኛ (reisebevis)፣ ንፖሊስ ዘየረከብኩምዎ፣ ኣለኩምዶ?
q-card-under-18 = ዕድመኹም ትሕቲ 18 ድዩ?
q-card-appointment = ምስ ፖሊስ ቆጸራኹም መዓስ እዩ (ወይ ነይሩ)?
q-card-appointment-hint = ገና እንተዘይብልኩም ባዶ ግደፍዎ።

q-withdrawal-ukraine = ካብ ዩክሬን ሃዲምኩም፣ ሕቶኹምከ ብውልቂ ይግምገምዶ ኣሎ?
q-withdrawal-other-permit = ኣብ ኖርወይ ካልእ ናይ መንበሪ ፍቓድ ኣለኩምዶ?
q-withdrawal-other-application = ኣብ ኖርወይ ንምንባር ንዝሓተትኩምዎ ካልእ ሕቶ መልሲ ትጽበዩ ኣለኹምዶ?
q-withdrawal-under-90 = ኣብ ከባቢ Schengen ትሕቲ 90 መዓልቲ ጸኒሕኩምዶ?
