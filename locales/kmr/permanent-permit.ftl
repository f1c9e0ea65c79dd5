pp-stay-range-ongoing = ji { $from } ve (hûn hîn li derveyî welat in; heta { $as_of } jî tê de, tê hejmartin)
pp-plan-ongoing =  Ji bo mayîna ku hûn niha tê de ne (ji { $from_s } ve), herî dereng di { $latest_s } de vegerin: vegera rojekê derengtir vê qaydeyê dişkîne.
pp-plan-trip =  Heke hûn di { $from_s } de derkevin, herî dereng di { $latest_s } de vegerin: vegera rojekê derengtir vê qaydeyê dişkîne.
pp-borderline =  Ev di nav 7 rojan de nêzî sînor e, û nehatiye weşandin ka rojên rêwîtiyê çawa tên hejmartin: çend rojên zêde ji bo ewlehiyê bihêlin û şîretê bistînin.
pp-continuous-no-stays = We tu mayîneke li derveyî welat tomar nekiriye. Destûr piştî mayîneke bênavber a li derveyî welat a du salan (730 roj) an zêdetir winda dibe.
pp-continuous-met = Mayîna we ya herî dirêj li derveyî welat, { $range }, { $days_s } dom kir. Destûr piştî mayîneke bênavber a du salan (730 roj) an zêdetir winda dibe; ev mayîn { $margin_s } jê kurttir e.
pp-continuous-not-met = Mayîna we ya li derveyî welat { $range } { $days_s } dom kir: ev mayîneke bênavber a du salan (730 roj) an zêdetir e. UDI dikare biryar bide ku destûra we ya daîmî êdî ne derbasdar e. Sînor di { $on } de hat gihîştin.
pp-continuous-exactly-two-years = Tam du sal: qanûn (utl. § 62) behsa "ji du salan zêdetir" dike, rûpela UDI behsa "du sal an zêdetir"; ev kontrol li gorî rûpelê ye.
pp-four-year-no-days = Tu rojên we yên li derveyî welat tune ne.
pp-four-year-counted-years = Tenê ew salên salnameyê tên hejmartin ku 60 roj (du meh) an zêdetir li derveyî welat tê de hene. Hûn bi tevahî { $total_s } li derveyî welat bûne; { $ignored_s } ji wan dikevin salên bi kêmtir rojan û nayên hejmartin.
pp-four-year-periods =  Piştî 15 mehên li pey hev li Norwêcê, hejmartin ji nû ve dest pê dike: mayînên we { $periods_s } çêdikin, û rojên ji demên cuda qet li hev nayên zêdekirin.
pp-four-year-nothing-counts =  Ji ber vê yekê tu rojek li derveyî welat di bin vê qaydeyê de nayê hejmartin. Destûr piştî mayînên li derveyî welat winda dibe ku di nav çar salan de bi hev re digihîjin du salan (730 roj) an zêdetir.
pp-four-year-met =  Dema herî zêde ku di nav çar salan de tê hejmartin { $days_s } e, ji { $start } heta { $end }. Destûr bi du salan (730 roj) an zêdetir di nav çar salan de winda dibe; hûn { $margin_s } di bin wê de ne.
pp-four-year-not-met =  Di çar salên ji { $start } heta { $end } de, dema we ya li derveyî welat a ku tê hejmartin { $days_s } e: du sal (730 roj) an zêdetir di nav çar salan de. UDI dikare biryar bide ku destûra we ya daîmî êdî ne derbasdar e. Sînor di { $on } de hat gihîştin.
pp-four-year-near-60 =  Hay jê hebin: ev bersiv bi salekê ve girêdayî ye ku nêzî 60 rojan li derveyî welat tê de heye. Heke roj hinekî cuda werin hejmartin (bo nimûne rojên rêwîtiyê wek rojên li derveyî welat), ew sal dikare bersivê biguherîne. Çend rojên zêde ji bo ewlehiyê bihêlin û şîretê bistînin.
pp-information-met = We bersiv da ku we agahiyên şaş nedane, agahiyên girîng veneşartine û derbarê nasnameya xwe de agahiyên şaş nedane.
pp-information-incorrect = di doza xwe de agahiyên şaş dane
pp-information-withheld = agahiyên ku ji bo doza we girîng bûn veşartine
pp-information-identity = derbarê nasnameya xwe de agahiyên şaş dane
pp-information-not-met = We bersiv da ku we { $list }. UDI dikare li ser van sedeman destûreke daîmî betal bike, dema ku agahî ji bo dozê girîng bûn (utl. § 63). Şîreta hiqûqî bistînin.
pp-information-unknown = Her sê pirs (agahiyên şaş, agahiyên veşartî, nasnameya şaş) nehatine bersivdan, ji ber vê yekê ev nayê kontrolkirin. UDI dikare li ser van sedeman destûreke daîmî betal bike (utl. § 63).
pp-separate-periods =
    { $n ->
        [one] { $n } dem
       *[other] { $n } demên cuda
    }

## Titles: what each rule checks, stated positively
pp-continuous-title = Tu mayîneke li derveyî welat a du sal an zêdetir tune
pp-continuous-title-brexit = Tu mayîneke li derveyî welat a pênc salên li pey hev tune
pp-four-year-total-title = Di her çar salan de kêmtirî du salan li derveyî welat
pp-correct-information-title = Agahiyên rast ji UDI re hatine dayîn

## Rev. 2: the four-year tie, and permanent permits under the Brexit rules
pp-four-year-exactly-two-years = Tam du sal: rêzikname (utf. § 11-8 (1)) behsa "ji du salan zêdetir" dike, rûpela UDI behsa "du sal an zêdetir"; ev kontrol li gorî rûpelê ye.
pp-brexit-unknown = Hemwelatiyekî Brîtanî yê ku destûra wî ya daîmî li gorî qaydeyên Brexitê ye, wê tenê piştî pênc salên li pey hev li derveyî welat winda dike. We negot ka destûra we ev e an na, ji ber vê yekê qaydeyên asayî tên bikaranîn.
pp-continuous-brexit = Destûra we ya daîmî li gorî qaydeyên Brexitê hatiye dayîn: ew tenê piştî pênc salên li pey hev li derveyî welat betal dibe.
pp-continuous-no-stays-brexit = We tu mayîneke li derveyî welat tomar nekiriye.
pp-continuous-met-brexit = Mayîna we ya herî dirêj li derveyî welat, { $range }, { $days_s } dom kir: { $margin_s } ji pênc salan (1826 roj) kêmtir.
pp-continuous-not-met-brexit = Mayîna we ya li derveyî welat { $range } { $days_s } dom kir: pênc salên li pey hev (1826 roj) an zêdetir, ku di { $on } de temam bûn. UDI dikare biryar bide ku destûra we betal bûye.
pp-four-year-brexit = Li gorî qaydeyên Brexitê, destûreke daîmî bi çend mayînên ku di çar salan de digihîjin du salan winda nabe. Ji ber vê yekê ev qayde li ser we nayê sepandin.

## The summary: the answer and what decides it
pp-summary-continuous = Destûra we ya daîmî dikare winda bibe: mayîna we ya li derveyî welat { $range } { $days } dom kir, û divê mayînek tenê ji { $limit } kurttir be.
pp-summary-four-year = Destûra we ya daîmî dikare winda bibe: di çar salên ji { $start } heta { $end } de, dema we ya li derveyî welat a ku tê hejmartin { $days } e, ango du sal (730 roj) an zêdetir.
pp-summary-information = Mayînên we yên li derveyî welat di nav sînoran de ne, lê dibe ku UDI destûrê ji ber agahiyên ku di doza we de hatine dayîn betal bike (utl. § 63).
pp-summary-within = Di nav sînoran de: mayîna we ya herî dirêj li derveyî welat { $longest } bû, û dema herî zêde ku di nav çar salan de tê hejmartin { $counted } e. Divê her yek ji van di bin du salan (730 roj) de bimîne.
pp-summary-within-brexit = Di nav sînoran de: mayîna we ya herî dirêj li derveyî welat { $longest } bû; li gorî qaydeyên Brexitê sînor pênc salên li pey hev e.
pp-summary-plan = Heke hûn di { $from } de derkevin, herî dereng di { $latest } de vegerin: { $why }
pp-summary-plan-ongoing = Ji bo mayîna ku hûn niha tê de ne (ji { $from } ve), herî dereng di { $latest } de vegerin: { $why }
pp-summary-plan-none = Rêwîtiyeke ku di { $from } de dest pê dike di nav sînoran de nayê plankirin: heta vegera yekser jî qaydeyekê dişkîne.
pp-summary-why-continuous = rojekê derengtir, rêwîtî dê du salan (730 roj) dom bike.
pp-summary-why-continuous-brexit = rojekê derengtir, rêwîtî dê pênc salan (1826 roj) dom bike.
pp-summary-why-four-year = rojekê derengtir, rojên ku di nav çar salan de tên hejmartin dê bigihîjin du salan (730 roj).
pp-summary-why-next-stay = ew roja ku mayîna we ya din a tomarkirî dest pê dike ye.
pp-summary-reset = Hûn heta { $reset } 15 mehên li pey hev li Norwêcê bûn: mayînên berî wê êdî bi vê rêwîtiyê re bi hev re nayên hejmartin.
