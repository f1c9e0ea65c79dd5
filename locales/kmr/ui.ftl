## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = Kontrola Destûran (Permit Check)
app-tagline = Qaydeyên koçberiyê yên Norwêcê, li ser telefona xwe kontrol bikin
exit-link = Ji rûpelê derkevin
exit-hint = Yekser ji vê malperê derdikeve û diçe malpereke hewayê. Hûn dikarin sê caran li bişkoka Shift jî bixin.
exit-progress = Ji bo derketinê dîsa li Shift bixin ({ $n } ji 3)
language-choose = Ziman
boot-loading = Kontrol tên barkirin…
boot-failed = Permit Check di vê gerokê (browser) de dest pê nekir. Rûpelê ji nû ve bar bikin, an gerokeke nûjen bikar bînin. Tiştê ku we nivîsî ji tu derê re nehat şandin.
noscript = Permit Check ji bo ku kontrolan li ser cîhaza we bike, JavaScript hewce dike. Di geroka xwe de JavaScript vekin, an gerokeke din bikar bînin.
brief-not-advice = Ne şîreta hiqûqî ye.
brief-private = Tiştê ku hûn dinivîsin ji vê telefonê dernakeve.
footer-help-title = Ev ne şîreta hiqûqî ye
footer-help = Permit Check nîşan dide ka rûpelên giştî yên UDI û qanûn li ser bersivên wek yên we çi dibêjin. Doza we dikare cuda be. Berî ku hûn biryarekê bidin, bi parêzerekî an bi yek ji van rêxistinan re bipeyivin. Ew alîkariya hiqûqî ya belaş didin:
help-noas = NOAS – Rêxistina Norwêcî ya ji bo Penaxwazan (noas.no)
help-seif = SEIF – Alîkariya Xwe ji bo Koçber û Penaberan (seif.no)
help-jurk = JURK – şêwirdariya hiqûqî ji bo jinan (jurk.no)
help-jussbuss = Jussbuss – alîkariya hiqûqî ya belaş, ji aliyê xwendekarên hiqûqê ve (jussbuss.no)
footer-privacy = Bersivên we li ser vê telefonê dimînin. Tiştek ji tu derê re nayê şandin. Piştî ku hûn rûpelê digirin tiştek nayê hilanîn, heke hûn bi xwe wisa hilnebijêrin.
footer-safety-link = Ewlehî li ser vê telefonê
footer-data-link = Bersivên we: hilanîn, jêbirin, tomarkirin di pelekê de

## Shared words
continue = Berdewam bikin
back = Paş
change = Biguherînin
undo = Vegerînin
answer-yes = Erê
answer-no = Na
answer-unknown = Nizanim
answer-not-given = Bersiv nehatiye dayîn
answer-not-a-date = Ne dîrokek e: { $typed }
error-prefix = Çewtî:
error-summary-title = Pirsgirêkek heye
date-hint = Mînak: 27 3 2019
date-day = Roj
date-month = Meh
date-year = Sal
step-progress = Pirs { $n } ji { $total }
sources = Çavkanî:
borderline = Ev nêzî sînor e, û UDI bi zelalî naweşîne ka roj çawa tên hejmartin. Çend rojên zêde ji bo ewlehiyê bihêlin, û berî ku hûn biryarê bidin şîretê bistînin.

## The start
start-title = Rewşa we çi ye?
start-choose-one = Bersiva ku herî baş li we tê hilbijêrin.
start-other-checks = Kontrolên din, bi qaydeya 2021ê re ji bo kesên ku demeke dirêj li Norwêcê jiyane
q-want = Hûn dixwazin çi bizanin?
want-choose-one = Hilbijêrin ka hûn dixwazin çi bizanin.
other-checks-title = Hemû kontrol
all-on-one-title = Hemû pirs li ser rûpelekê
mode-all-on-one-page = Hemû pirsan li ser rûpelekê nîşan bidin
mode-one-at-a-time = Her carê pirsekê nîşan bidin
check-answers-title = Bersivên xwe kontrol bikin
check-answers-unanswered =
    { $n ->
        [one] Pirsek bê bersiv maye. Hûn dîsa jî dikarin encamê bibînin; ew ê bibêje ka çi nikare diyar bike.
       *[other] { $n } pirs bê bersiv mane. Hûn dîsa jî dikarin encamê bibînin; ew ê bibêje ka çi nikare diyar bike.
    }
check-answers-continue = Encamê bibînin

## The checks, as a person asks them
check-travel-limits = Ez dikarim rêwîtiyê bikim, û heta çiqas?
check-travel-limits-hint = Rêwîtiya derveyî welat bi destûra rûniştinê ya demkî an bi parastina komî, û tiştên ku penaxwaz divê bizanin.
check-permanent-permit = Heke ez li derveyî welat bimînim, ez dikarim destûra xwe ya rûniştinê ya daîmî winda bikim?
check-permanent-permit-hint = Hûn dikarin çiqas li derve bimînin, û kengê divê vegerin.
check-work-permit = Dema ku ez li benda bersivê me, ez dikarim kar bikim?
check-work-permit-hint = Destûra karkirinê ya demkî, dema ku serlêdana we ya parastinê bi awayekî takekesî tê nirxandin.
check-permit-holder = Destûra min a rûniştinê heye û min serlêdana parastinê (penaberiyê) kiriye
check-permit-holder-hint = Çi bi serlêdanê û bi destûra we tê.
check-residence-card = Ez karta xwe ya rûniştinê çawa distînim?
check-residence-card-hint = Kî randevûya li cem polîs digire, û kart kengê dikare were.
check-withdrawal = Ez dixwazim serlêdana xwe ya parastinê paşde bikişînim
check-withdrawal-hint = Piştre çi dibe, û nameyek ji UDI re ku hûn dikarin çap bikin.
check-temporary-regulation = Qaydeya 2021ê ji bo penaxwazên ku 16 salan li Norwêcê jiyabûn
check-temporary-regulation-hint = Pergaleke yekcarî bû: diviyabû daxwaz heta 1 Berfanbar 2021 bihata kirin. Ji bo kesên ku di wextê xwe de daxwaz kirin, û ji bo karmendên ku alîkariyê didin.

## Offline use
update-ready = Guhertoyeke nû ya Permit Check amade ye. Ji nû ve barkirin wan bersivan jê dibe ku li ser vê telefonê nehatine hilanîn.
update-reload = Niha ji nû ve bar bikin
update-later = Paşê

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = Ev werger hîn ji aliyê wergêrekî pispor ve nehatiye kontrolkirin. Heke tiştek ne zelal be, vê rûpelê bi Îngilîzî bixwînin.
show-in-english = Bi Îngilîzî nîşan bidin
show-in-norwegian = Bi Norwêcî nîşan bidin

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = Rewşa we çi ye?
q-start-hint = Ya ku niha li rewşa we tê hilbijêrin.
q-start-asylum-seeker = Ez li benda bersiva serlêdana xwe ya parastinê (penaberiyê) me
q-start-temporary-permit = Destûra min a rûniştinê ya demkî heye
q-start-collective-protection = Wek kesekî ji Ukraynayê, parastina min a komî (kollektiv beskyttelse) heye
q-start-permanent-permit = Destûra min a rûniştinê ya daîmî heye
q-start-helper = Ez alîkariya kesekî din dikim
q-start-helper-hint = Bo nimûne wek karmend, dilxwaz an endamê malbatê. Hûn ê hemû pirsên kontrolekê li ser rûpelekê bibînin.
q-client-situation = Rewşa wî kesî ku hûn alîkariya wî dikin çi ye?
q-client-situation-asylum-seeker = Li benda bersiva serlêdana parastinê (penaberiyê) ye
q-client-situation-temporary-permit = Destûra rûniştinê ya demkî
q-client-situation-collective-protection = Parastina komî wek kesekî ji Ukraynayê
q-client-situation-permanent-permit = Destûra rûniştinê ya daîmî
error-summary-item = { $field }: { $problem }
