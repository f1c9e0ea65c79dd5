wp-interview-met = Waxaa lagaa qaaday wareysiga magangalyada (asylintervju) ee UDI, markaa shuruuddan waa la buuxiyay.
wp-interview-not-met = Weli lagaama qaadin wareysiga magangalyada. Ogolaanshaha shaqada ee ku-meel-gaarka ah (midlertidig arbeidstillatelse) waxaa la bixin karaa kaliya kadib wareysiga magangalyada. UDI ayaa dooranaysa cidda lagu casuumo; adigu ma codsan kartid in lagu wareysto.
wp-interview-unknown = Ma aadan sheegin in lagaa qaaday wareysiga magangalyada. Ogolaanshaha waxaa la bixin karaa kaliya kadib wareysiga. Wareysiga magangalyada waa wareysiga dheer ee UDI ee ku saabsan sababta aad ugu baahan tahay magangalyo; is-diiwaangelinta booliska ma aha wareysiga.
wp-passport-card-not-enough = Baasaboor gudaha ah ama kaar baasaboor, sida baasaboorka gudaha ee muwaadinka Ukraine, kuma filna.
wp-passport-met = Waxaad haysataa baasaboor ansax ah, markaa shuruuddan waa la buuxiyay. Waa inuu ahaadaa baasaboor caadi ah oo loogu talagalay safarka dibadda. { $not_enough }
wp-passport-not-met = Baasaboor ansax ah la'aantiis, ogolaanshaha shaqada ee ku-meel-gaarka ah lama bixin karo. { $not_enough }
wp-passport-unknown = Ma aadan sheegin inaad haysato baasaboor ansax ah. Waxaad u baahan tahay baasaboor caadi ah oo ansax ah oo loogu talagalay safarka dibadda. { $not_enough } Baasaboor uu booliska horey ugu hayo kiiskaaga waa la tiriyaa: u sheeg markaad codsato.
wp-no-decision-met = Weli ma aadan helin jawaabta codsigaaga magangalyada, markaa shuruuddan waa la buuxiyay.
wp-no-decision-not-met = Codsigaaga magangalyada waa la diiday, ogolaanshaha shaqada ee ku-meel-gaarka ahna lama bixiyo kadib diidmo. Haddii aad racfaan (klage) qaadatay oo lagu oggolaaday inaad Norway ku sugto inta racfaanka la eegayo, tani way isbeddeli kartaa: weydii qareenkaaga.
wp-no-decision-unknown = Ma aadan sheegin inaad heshay jawaabta codsigaaga magangalyada. Ogolaanshaha waxaa la bixin karaa kaliya inta aad weli sugayso jawaabta.
wp-not-dublin-met = Kiiskaagu ma aha kiis Dublin ah, markaa shuruuddan waa la buuxiyay.
wp-not-dublin-not-met = Kiiskaagu waa kiis Dublin ah: waxaa lagu dirayaa waddan kale oo Yurub ah. Markaas ogolaanshaha shaqada ee ku-meel-gaarka ah lama bixin karo.
wp-not-dublin-unknown = Ma aadan sheegin in kiiskaagu yahay kiis Dublin ah. Waa laguu sheegayaa haddii uu yahay; inta badan dadka waxaa loo sheegaa marka booliska diiwaangeliyo.
wp-note-collective = Waxaad haysataa ilaalin wadareed, taas oo horey kuu siisay xaq aad ku shaqeyso, markaa uma baahnid ogolaanshahan. Tan waxaa loo muujiyay macluumaad ahaan oo keliya.
wp-note-protection-unknown = Ogolaanshahan waxaa loogu talagalay dadka codsigooda si gaar ah loo qiimeynayo. Haddii aad haysato ilaalin wadareed, horey ayaad xaq ugu leedahay inaad shaqeyso, uma baahnidna.
wp-next-apply-by-post = Buuxi foomka magangalyo-doonka doonaya ogolaansho shaqo, oo boosta ugu dir booliska meesha aad ku nooshahay. Ha u dirin UDI.
wp-next-passport-copy = Ku lifaaq nuqul baasaboorkaaga ah, haddii aadan horey baasaboorkaaga u dhiibin booliska; markaas codsiga ku sheeg kaliya.
wp-next-no-fee = Codsigan lacag laguma bixiyo.
wp-next-police-appointment = Booliska ayaa kula soo xiriiri doona si ay kuu siiyaan ballan. Haddii aysan horey u hayn baasaboorkaaga, la imow baasaboorka asalka ah.
wp-next-voluntary-work = Shaqada mutadawacnimada uma baahna ogolaansho shaqo, laakiin xeerar adag ayaa jira oo sheegaya waxa loo tiriyo shaqo mutadawacnimo.
wp-next-do-not-leave = Ha ka bixin Norway inta aad sugayso: haddii aad baxdo, codsigaaga magangalyada waa la xirayaa.
wp-next-ask-lawyer = Kadib diidmo, UDI ayaa ku siinaysa qareen. Qareenkaaga weydii racfaanka, iyo inaad Norway joogi karto oo shaqeyn karto inta la eegayo.

## Cinwaannada: waxa shuruud kastaa hubiso, si togan loo qoray
wp-interview-title = Waxaa lagaa qaaday wareysiga magangalyada
wp-passport-title = Waxaad haysataa baasaboor ansax ah
wp-no-decision-title = Weli jawaab codsigaaga lama bixin
wp-not-dublin-title = Ma aha kiis Dublin

## Soo koobid: jawaabta iyo waxa go'aaminaya
wp-summary-not-applicable = Uma baahnid ogolaanshahan: ilaalinta wadareed ayaa horey kuu siisay xaq aad ku shaqeyso.
wp-summary-eligible = Waxaa lagu siin karaa ogolaanshaha shaqada ee ku-meel-gaarka ah: waxaad buuxisay dhammaan afarta shuruudood.
wp-summary-not-eligible = Hadda laguma siin karo ogolaanshaha shaqada ee ku-meel-gaarka ah: { $reasons }.
wp-summary-unknown = In aad heli karto ogolaanshaha shaqada ee ku-meel-gaarka ah waxay ku xiran tahay waxa aadan weli ka jawaabin: { $questions }.
wp-reason-interview = weli lagaama qaadin wareysiga magangalyada
wp-reason-passport = ma haysatid baasaboor ansax ah
wp-reason-rejected = codsigaaga waa la diiday
wp-reason-dublin = kiiskaagu waa kiis Dublin ah
wp-question-interview = in lagaa qaaday wareysiga magangalyada
wp-question-passport = inaad haysato baasaboor ansax ah
wp-question-decision = inaad heshay jawaabta codsigaaga
wp-question-dublin = in kiiskaagu yahay kiis Dublin ah
