## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Stays abroad and the next trip
stays-none-yet = We hîn tu mayîneke li derveyî welat lê zêde nekiriye. Heke hûn neçûbin derveyî welat, berdewam bikin.
stays-none = Tu mayîna li derveyî welat tune
stay-add = Mayîneke li derveyî welat lê zêde bikin
stay-n = Mayîna { $n }
stay-from = Roja ku hûn ji Norwêcê derketin
stay-to = Roja ku hûn vegeriyan Norwêcê
stay-ongoing = Ez hîn li derveyî welat im
stay-schengen = Ev mayîn li welatekî din ê Schengenê bû
stay-schengen-hint = Piraniya welatên YE, û Îzlanda, Lîhtenştayn û Swîsre.
stay-ukraine = Ev mayîn li Ukraynayê bû
stay-done = Mayîna { $n } temam e
stay-remove = Mayîna { $n } jê bibin
stay-removed = Mayîna { $n } hat jêbirin.
stay-summary-ongoing = ji { $from } ve, hîn li derveyî welat
stay-summary-unfinished = Neqediyaye: dîrokan binivîsin
stay-summary-words = ji { $from } heta { $to }
stay-summary-ongoing-words = ji { $from } ve, hîn li derveyî welat
stay-mark-schengen = li welatekî din ê Schengenê
stay-mark-ukraine = li Ukraynayê
trip-from = Roja ku hûn dixwazin derkevin
trip-to = Roja ku hûn dixwazin vegerin (hûn dikarin vala bihêlin)
trip-schengen = Ez ê biçim welatekî din ê Schengenê
trip-ukraine = Ez ê biçim Ukraynayê
trip-none = Tu rêwîtî nehatiye plankirin
flow-stay-departure-missing = Mayîna { $n }: roja ku hûn ji Norwêcê derketin binivîsin, an vê mayînê jê bibin.
flow-stay-return-missing = Mayîna { $n }: roja ku hûn vegeriyan binivîsin, an "Ez hîn li derveyî welat im" hilbijêrin.
flow-trip-departure-missing = Roja ku hûn dixwazin derkevin binivîsin, an herdu dîrokên rêwîtiyê vala bihêlin.

## The answer
outcome-eligible = Mafdar
outcome-not-eligible = Ne mafdar
outcome-unknown = Hîn nayê zanîn
outcome-not-applicable = Ne hewce ye
outcome-within-limits = Di nav sînoran de
outcome-at-risk = Di xeterê de
outcome-limit-exceeded = Ji sînor derbas bûye
outcome-must-not-travel = Rêwîtiyê nekin
status-met = Tê cih
status-not-met = Nayê cih
status-unknown = Nayê zanîn
result-deciding = Çi vê diyar dike
result-met =
    { $n ->
        [one] 1 şertê din tê cih
       *[other] { $n } şertên din tên cih
    }
result-not-answered = Pirsên ku we bersiv nedane
result-cannot-answer = Kontrol hîn nikare bersiv bide. Pêşî vê rast bikin:
result-see-answers = Bersivên xwe bibînin an biguherînin
result-start-again = Ji nû ve dest pê bikin
rules-checked-on = Dîroka kontrola qaydeyan: { $date }.
next-steps-title = Paşê çi bikin
pp-exemption-may-apply = We ji her çar şertên îstisnayê re "erê" got. Ev îstisna ji bo kesên ku piştî tundiya nav malê li derveyî welat hatin girtin e: wê demê dibe ku qaydeya mayîna li derveyî welat li ser we neyê sepandin. Bi UDI an bi parêzerekî re têkilî daynin.

## Figures a condition used
figure-days = Rojên hatine hejmartin
figure-limit = Sînor
figure-longestStayDays = Mayîna herî dirêj
figure-limitDays = Sînor
figure-maxFourYearDays = Herî zêde roj di nav çar salan de
figure-exceededOn = Roja gihîştina sînor
figure-windowStart = Ji
figure-windowEnd = Heta
figure-daysAbroad = Rojên li derveyî welat
figure-residenceDays = Rojên rûniştinê
figure-sixteenYearsReachedOn = Roja temambûna 16 salan
figure-ageOnCutoff = Temen di 1 Cotmeh 2021 de
figure-combined65ReachedOn = Roja ku temen û rûniştin digihîjin 65 salan
figure-requestDate = Dîroka daxwazê
figure-deadline = Dema dawî
figure-permitEnd = Derbasdar heta
figure-since = Ji vê rojê tê hejmartin

## Sources
source-seed-000 = UDI: Serlêdana parastinê (penaberiyê) dema ku destûra we ya rûniştinê jixwe heye
source-seed-001 = UDI: Rêziknameya demkî ji bo penaxwazên ku ji 16 salan zêdetir li Norwêcê jiyane
source-seed-002 = UDI: Serlêdana min a parastina takekesî heye (Ukrayna)
source-seed-003 = UDI: Destûra rûniştinê ya daîmî – kengê dikare winda bibe
source-seed-004 = UDI: Destûra rûniştinê li ser sedemên mirovî yên xurt an girêdaneke taybet bi Norwêcê re

## What to do next: travel
tl-next-title = Berî ku hûn rêwîtiyê bikin
tl-next-card = Tenê piştî ku karta we ya rûniştinê gihîşt destê we rêwîtiyê bikin. Piştre, heta ku destûra we ya rûniştinê derbasdar be, hûn dikarin bikevin Norwêcê û jê derkevin.
tl-next-documents = Dema ku hûn rêwîtiyê dikin, pasaport û karta xwe ya rûniştinê bi xwe re bibin.
tl-next-schengen = Li welatên din ên Schengenê hûn dikarin di her 180 rojan de heta 90 rojan bimînin.
tl-next-limit = Heke hûn ji sînoran zêdetir li derveyî welat bimînin, dibe ku hûn destûra xwe ya rûniştinê winda bikin û neçar bin ku ji nû ve serlêdanê bikin.

## What to do next: a permanent permit
pp-next-title = Paşê çi dibe, û mafên we
pp-next-keep-title = Hiştina destûrê dema ku hûn li derve ne
pp-next-apply = Heke hûn ê ji du salan zêdetir li derveyî Norwêcê bimînin û dixwazin destûra xwe ya daîmî bihêlin, berî ku biçin ji UDI destûrê bixwazin.
pp-next-before-title = Berî ku UDI biryarê bide
pp-next-interview = Heke polîs an UDI hewceyê agahiyên zêdetir bin, dibe ku ew we gazî hevpeyvînekê bikin.
pp-next-notice = Berî ku UDI biryar bide ku destûra we êdî ne derbasdar e, divê pêşî ji we re agahdariyeke pêşwext (forhåndsvarsel) bişîne û nêrîna we bipirse.
pp-next-legal = Dema ku agahdariyeke pêşwext an biryarek ji we re tê, mafê we yê alîkariya hiqûqî ya belaş heye: lêçûna parêzer tê dayîn. Divê hûn bi xwe bi parêzerekî re têkilî daynin.
pp-next-documents = Mafê we heye ku hûn belgeyên doza xwe bibînin. Divê hûn wan bixwazin.
pp-next-decision-title = Heke UDI biryar bide ku hûn destûrê winda dikin
pp-next-decision = Hûn ji UDI biryarekê (vedtak) distînin. Ew dibêje çima.
pp-next-appeal = Hûn dikarin li dijî biryarê îtiraz (klage) bikin.
pp-next-travel-documents = Heke hûn destûra xwe ya daîmî winda bikin, hûn belgeyên xwe yên rêwîtiyê yên Norwêcî jî winda dikin.
pp-next-new-permit = UDI dinirxîne ka hûn dikarin destûreke nû bistînin, bo nimûne ji ber girêdaneke taybet bi Norwêcê re, sedemên mirovî yên xurt, an parastina li dijî şandina paş.
pp-next-leave = Heke hûn destûreke nû nestînin, divê hûn ji Norwêcê derkevin. Biryar dibêje heta kengê.

## What to do next: the 2021 temporary regulation
tr-next-title = Çi bi daxwazeke ku di wextê xwe de hatiye şandin tê
tr-next-deadline = Êdî daxwazên nû nayên kirin: dema dawî 1 Berfanbar 2021 bû.
tr-next-where-title = Bi kê re têkilî daynin
tr-next-where = Bi wê dezgehê re têkilî daynin ku herî dawî li ser doza we biryar da: UNE (Lijneya Îtirazên Koçberiyê, Utlendingsnemnda) an UDI (Rêveberiya Koçberiyê, Utlendingsdirektoratet). Ji bo piraniya penaxwazan ew UNE ye.
tr-next-une = Heke UNE herî dawî biryar dabe:
tr-next-udi = Heke UDI herî dawî biryar dabe:
tr-next-phone = Pirsên we hene? Telefonî UNE bikin:
tr-next-hours = Ji Duşemê heta Înê, 08.30–15.00.
tr-next-evidence-title = Îspatkirina ku hûn çiqas li Norwêcê jiyane
tr-next-evidence-known = Heke hûn tevahiya demê li kampeke penaxwazan (asylmottak) jiyabin, an we navnîşana xwe ji polîs re gotibe, UDI û UNE dizanin ku hûn li vir jiyane: ne hewce ye hûn tiştekî bişînin.
tr-next-evidence-other = Heke ne wisa be, dibe ku ew ji we belgeyan bixwazin ku nîşan didin hûn li ku jiyane, wek nameyên ji bijîşk, dibistan an kardêr.
tr-next-evidence-wait = Heta ku ew ji we nexwazin, tiştekî neşînin.
tr-next-identity-title = Heke nasnameya we bi belgeyan nehatibe îspatkirin
tr-next-identity = Dibe ku hûn destûreke sînordar bistînin. Ew mafê jiyana li Norwêcê dide we, lê ne mafê destûra daîmî.

## The guides
guide-permit-holder-headline = Serlêdana we û destûra we
guide-residence-card-headline = Hûn karta xwe ya rûniştinê çawa distînin
guide-card-earliest = Kart herî zû dikare di { $date } de were (20 rojên kar piştî randevûya we ya li cem polîs).
guide-withdrawal-headline = Piştî ku hûn serlêdana xwe paşde dikişînin
guide-withdrawal-how = Çawa paşde bikişînin
help-lines-title = Heke hûn rastî tundî an zorê tên
letter-title = Nameyek ji bo paşdekişandina serlêdana we
letter-intro = Nav û hejmara xwe ya DUF binivîsin. Name li vir, li ser telefona we, bi Norwêcî tê nivîsandin; kopiyeke bi zimanê we jî heye ji bo xwendinê. Tiştek nayê şandin: wê çap bikin, îmze bikin û bi postê ji UDI re bişînin. Nav û hejmara we nayên hilanîn.
letter-name = Navê we yê tevahî
letter-name-hint = Wek ku li ser kaxezên we yên ji UDI hatiye nivîsandin.
letter-duf = Hejmara we ya DUF
letter-duf-hint = 12 reqem, li ser karta we ya rûniştinê an li ser kaxezên ji UDI, bo nimûne 2012 3456 7890.
letter-write = Nameyê binivîsin
letter-ready = Nameya we
letter-needs-norwegian = Name bi Norwêcî tê nivîsandin, û nivîsa Norwêcî nehat barkirin. Carekê bi înternetê ve girê bidin û dîsa biceribînin.
letter-print = Nameyê çap bikin
letter-download = Nameyê wek pel tomar bikin

## Staying safe on this phone
safety-title = Ewlehî li ser vê telefonê
safety-exit = "Ji rûpelê derkevin", an sê caran li Shift xistin, vê rûpelê yekser bi malpereke hewayê diguherîne. Permit Check tu rûpelên xwe li dîroka gerokê zêde nake, ji ber vê yekê bişkoka Paş bersivên we venagerîne.
safety-exit-cannot = Derketin nikare wê tomara gerokê jê bibe ku nîşan dide we serdana vê malperê kiriye. Kesê ku li dîroka gerokê binêre, dikare navnîşana Permit Check bibîne.
safety-private = Ji bo ku tu dîrok nemîne, Permit Check di tabeke taybet de vekin (di Chrome de: "New incognito tab"). Dema ku hûn tabê digirin, gerok tiştên ku we li wir kirine ji bîr dike.
safety-history = Heke we tabeke taybet bikar neanî, hûn dikarin vê malperê ji dîroka gerokê jê bibin. Di Chrome de: menuyê vekin, History (Dîrok) hilbijêrin, û tomarên vê malperê jê bibin.
safety-downloads = Pelên ku hûn tomar dikin (name, bersivên we) di peldanka Downloads a telefonê de dimînin, heta ku hûn wan jê bibin. Navên wan bêalî ne, wek letter.txt, lê her kesê ku wan veke dikare wan bixwîne.
safety-remember = Heke hûn hilbijêrin ku bersivên xwe li ser vê telefonê hilînin, her kesê ku Permit Check di vê gerokê de veke dikare wan bibîne. Hûn dikarin hilbijêrin ku derketin wan jî jê bibe.
safety-installed = Heke we Permit Check li ekrana sereke zêde kiribe, îkona wê li wir xuya dike. Hûn dikarin wê wek her sepaneke din rakin.
safety-danger = Heke hûn niha di xeterê de ne, telefonî polîs bikin: 112.

## Your answers on this phone
data-title = Bersivên we li ser vê telefonê
data-intro = Bersivên we tenê dema ku ev rûpel vekirî ye, di vê rûpelê de dimînin. Dema ku hûn wê digirin, ew winda dibin, heke hûn hilnebijêrin ku wan li ser vê telefonê hilînin.
data-remember = Bersivên min li ser vê telefonê hilîne
data-remember-hint = Ew tenê di vê gerokê de tên hilanîn, heta ku hûn wan jê bibin. Her kesê ku vê gerokê bikar tîne dikare wan bibîne.
data-erase-on-exit = Dema ku ez "Ji rûpelê derkevin" bikar tînim, wan jê bibe
data-remembered = Bersivên we li ser vê telefonê hatine hilanîn.
data-not-remembered = Bersivên we li ser vê telefonê nayên hilanîn.
data-storage-failed = Ev gerok nahêle ku Permit Check tiştekî hilîne (tabeke taybet, an hilanîn girtî ye). Bersivên we di vê rûpelê de dimînin heta ku hûn wê bigirin.
data-erase = Bersivên min jê bibe
data-erase-confirm = Hemû bersivên we ji vê rûpelê û ji vê telefonê werin jêbirin? Ev nayê vegerandin.
data-erase-yes = Erê, jê bibe
data-erase-no = Na, bihêle
data-erased = Bersivên we ji vê rûpelê û ji vê telefonê hatin jêbirin.
data-save = Bersivên min di pelekê de tomar bike
data-save-hint = Navê pelê { $name } e. Her kesê ku wî veke dikare bersivên we bixwîne. Hûn an karmendek dikarin wî di Permit Check de li ser cîhazeke din vekin.
data-open = Bersivan ji pelekê vekin
data-open-hint = Pelek ku Permit Check tomar kiriye. Bersivên wî dikevin şûna bersivên vê rûpelê.
data-opened = Bersivên pelê vekirî ne. Berî ku hûn li encamekê binêrin, wan kontrol bikin.
data-open-bad = Ev pel ne pelekî ye ku Permit Check tomar kiriye, an xera bûye. Tiştek nehat guhertin.
data-open-newer = Ev pel bi guhertoyeke nûtir a Permit Check hatiye tomarkirin. Rûpelê ji nû ve bar bikin da ku guhertoya nû bistînin, paşê dîsa biceribînin. Tiştek nehat guhertin.
data-kept-unreadable = Bersivên ku Permit Check li ser vê telefonê hilanîne nayên xwendin (dibe ku ji guhertoyeke nûtir bin). Ew wek xwe hatine hiştin: heke hewcedariya we bi wan tune be, li jêr jê bibin.
data-print = Kurteyekê çap bikin
data-print-hint = Tenê ew kontrolên ku we bersiv dane, her yek bi encama xwe, sedemên xwe û bersivên we.
print-made-on = Dîroka çapê: { $date }. Dîroka kontrola qaydeyan: { $checked }.
print-your-answers = Bersivên we
