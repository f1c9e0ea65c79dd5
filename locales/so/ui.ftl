## Bogga ku wareegsan app-ka (index.html; boot.js ayaa ku haya luqadda la doortay)
app-name = Hubi Sharcigaaga (Permit Check)
app-tagline = Xeerarka socdaalka ee Norway, oo lagu hubiyo telefoonkaaga
exit-link = Ka bax bogga
exit-hint = Wuxuu isla markiiba kuu gudbinayaa bog cimilada ah. Waxaad sidoo kale riixi kartaa Shift saddex jeer.
exit-progress = Mar kale riix Shift si aad uga baxdo ({ $n } ka mid ah 3)
language-choose = Luqadda
boot-loading = Hubinta ayaa soo degaysa…
boot-failed = Permit Check kuma furmin biraawsarkan. Bogga dib u cusboonaysii, ama isticmaal biraawsar cusub. Waxaad qortay meelna looma dirin.
noscript = Permit Check wuxuu u baahan yahay JavaScript si uu hubinta ugu sameeyo qalabkaaga. Biraawsarkaaga ka shid JavaScript, ama isticmaal biraawsar kale.
brief-not-advice = Tani ma aha talo sharci.
brief-private = Waxaad qorto kama baxaan telefoonkan.
footer-help-title = Tani ma aha talo sharci
footer-help = Permit Check wuxuu ku tusayaa waxa bogagga UDI iyo qaanuunku ka sheegayaan jawaabaha sida kuwaaga oo kale. Kiiskaagu wuu ka duwanaan karaa. Intaadan waxba go'aansan, la hadal qareen ama mid ka mid ah ururradan, kuwaas oo bixiya caawimaad sharci oo bilaash ah:
help-noas = NOAS – ururka Norway ee magangalyo-doonka (noas.no)
help-seif = SEIF – is-caawinta soogalootiga iyo qaxootiga (seif.no)
help-jurk = JURK – talo sharci oo haweenka loogu talagalay (jurk.no)
help-jussbuss = Jussbuss – caawimaad sharci oo bilaash ah oo ay bixiyaan ardayda sharciga (jussbuss.no)
footer-privacy = Jawaabahaagu telefoonkan ayay ku jiraan. Meelna looma diro, markaad bogga xirtana waxba lama hayo, haddii aadan adigu sidaas dooran.
footer-safety-link = Ammaankaaga telefoonkan
footer-data-link = Jawaabahaaga: xasuuso, tirtir, fayl ku kaydi

## Erayo la wadaago
continue = Sii wad
back = Dib u noqo
change = Beddel
undo = Ka noqo
answer-yes = Haa
answer-no = Maya
answer-unknown = Ma garanayo
answer-not-given = Lagama jawaabin
answer-not-a-date = Taariikh ma aha: { $typed }
error-prefix = Khalad:
error-summary-title = Dhib ayaa jira
date-hint = Tusaale ahaan, 27 3 2019
date-day = Maalin
date-month = Bil
date-year = Sannad
step-progress = Su'aal { $n } ka mid ah { $total }
sources = Meelaha laga soo xigtay:
borderline = Tani waxay ku dhow dahay xadka, UDI-na si sax ah uma sheegto sida maalmaha loo tiriyo. Dhowr maalmood oo dheeraad ah ka tag, oo talo raadso intaadan go'aan gaarin.

## Bilowga
start-title = Xaaladdaadu waa maxay?
start-choose-one = Dooro jawaabta sida ugu fiican kuugu habboon.
start-other-checks = Hubin kale, oo ay ku jirto xeerka 2021 ee dadka muddada dheer ku noolaa Norway
q-want = Maxaad rabtaa inaad ogaato?
want-choose-one = Dooro waxaad rabto inaad ogaato.
other-checks-title = Dhammaan hubinta
all-on-one-title = Dhammaan su'aalaha hal bog
mode-all-on-one-page = Dhammaan su'aalaha ku tus hal bog
mode-one-at-a-time = Su'aal kasta kaligeed i tus
check-answers-title = Hubi jawaabahaaga
check-answers-unanswered =
    { $n ->
        [one] Hal su'aal lagama jawaabin. Weli waad arki kartaa jawaabta; waxay sheegi doontaa waxa aan la ogaan karin.
       *[other] { $n } su'aalood lagama jawaabin. Weli waad arki kartaa jawaabta; waxay sheegi doontaa waxa aan la ogaan karin.
    }
check-answers-continue = Eeg jawaabta

## Hubinta, sida qofku u weydiiyo
check-travel-limits = Ma safri karaa, oo muddo intee le'eg?
check-travel-limits-hint = Safarrada dibadda marka aad haysato sharci deganaansho oo ku-meel-gaar ah ama ilaalin wadareed, iyo waxa magangalyo-doonku ay tahay inay ogaadaan.
check-permanent-permit = Ma lumin karaa sharcigayga joogtada ah haddii aan dibadda joogo?
check-permanent-permit-hint = Inta aad dibadda joogi karto, iyo goorta ay tahay inaad soo laabato.
check-work-permit = Ma shaqeyn karaa inta aan jawaab sugayo?
check-work-permit-hint = Ogolaanshaha shaqada ee ku-meel-gaarka ah inta codsigaaga magangalyada si gaar ah loo qiimeynayo.
check-permit-holder = Waxaan haystaa sharci deganaansho, waxaanan codsaday magangalyo
check-permit-holder-hint = Waxa ku dhacaya codsiga, iyo sharcigaaga.
check-residence-card = Sideen ku helayaa kaarka deganaanshaha?
check-residence-card-hint = Cidda ballanta booliska qabsata, iyo goorta kaarku iman karo.
check-withdrawal = Waxaan rabaa inaan ka noqdo codsigayga magangalyada
check-withdrawal-hint = Waxa dhacaya kadib, iyo warqad UDI loo diro oo aad daabici karto.
check-temporary-regulation = Xeerka 2021 ee magangalyo-doonka 16 sano ku noolaa Norway
check-temporary-regulation-hint = Qorshe hal mar ah: codsiyada waxay ahayd in la sameeyo ugu dambayn 1 Diseembar 2021. Waxaa loogu talagalay dadka waqtiga ku codsaday, iyo shaqaalaha kiisaska.

## Isticmaalka internet la'aanta
update-ready = Nooc cusub oo Permit Check ah ayaa diyaar ah. Dib u cusboonaysiintu waxay tirtiraysaa jawaabaha aan telefoonkan lagu xasuusan.
update-reload = Hadda cusboonaysii
update-later = Mar dambe

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = Turjumaaddan weli ma hubin turjubaan aqoon leh. Haddii wax kuu caddayn waayaan, boggan ku akhri Ingiriisi.
show-in-english = Ku tus Ingiriisi
show-in-norwegian = Ku tus Noorwiiji

## The start question (index.html shows it before the app has loaded)
## Su'aalaha, mid bog kasta. `q-<step>` waa su'aasha, `q-<step>-hint` sadarka hoostiisa,
## `q-<step>-<option>` waa doorasho (iyo `…-hint` sadarka doorashada hoosteeda).
q-start = Xaaladdaadu waa maxay?
q-start-hint = Dooro tan hadda kuu habboon.
q-start-asylum-seeker = Waxaan sugayaa jawaabta codsigayga magangalyada (søknad om beskyttelse)
q-start-temporary-permit = Waxaan haystaa sharci deganaansho oo ku-meel-gaar ah (midlertidig oppholdstillatelse)
q-start-collective-protection = Waxaan haystaa ilaalin wadareed (kollektiv beskyttelse) sida qof ka yimid Ukraine
q-start-permanent-permit = Waxaan haystaa sharci deganaansho oo joogto ah (permanent oppholdstillatelse)
q-start-helper = Waxaan caawinayaa qof kale
q-start-helper-hint = Tusaale ahaan shaqaale, mutadawac ama qof qoyska ka mid ah. Dhammaan su'aalaha hubin kasta waxaad ku arki doontaa hal bog.
q-client-situation = Waa maxay xaaladda qofka aad caawinayso?
q-client-situation-asylum-seeker = Wuxuu sugayaa jawaabta codsiga magangalyada (asyl)
q-client-situation-temporary-permit = Sharci deganaansho oo ku-meel-gaar ah
q-client-situation-collective-protection = Ilaalin wadareed sida qof ka yimid Ukraine
q-client-situation-permanent-permit = Sharci deganaansho oo joogto ah
error-summary-item = { $field }: { $problem }
