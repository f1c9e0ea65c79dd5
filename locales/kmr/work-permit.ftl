wp-interview-met = We hevpeyvîna xwe ya penaberiyê bi UDI re kiriye, ji ber vê yekê ev şert tê cih.
wp-interview-not-met = We hîn hevpeyvîna xwe ya penaberiyê nekiriye. Destûra karkirinê ya demkî tenê piştî hevpeyvîna penaberiyê dikare were dayîn. UDI hildibijêre ka kê vexwîne; hûn nikarin daxwaza hevpeyvînê bikin.
wp-interview-unknown = We negot ka we hevpeyvîna xwe ya penaberiyê kiriye an na. Destûr tenê piştî wê dikare were dayîn. Hevpeyvîna penaberiyê (asylintervju) ew hevpeyvîna dirêj a li UDI ye, li ser wê ka çima hûn hewceyê parastinê ne; qeydkirina li cem polîs ne ev hevpeyvîn e.
wp-passport-card-not-enough = Pasaporteke navxweyî an karta pasaportê, wek Pasaporta Hemwelatiyê Ukraynayê, têr nake.
wp-passport-met = Pasaporteke we ya derbasdar heye, ji ber vê yekê ev şert tê cih. Divê ew pasaporteke asayî ya ji bo rêwîtiya derveyî welat be. { $not_enough }
wp-passport-not-met = Bê pasaporteke derbasdar, destûra karkirinê ya demkî nayê dayîn. { $not_enough }
wp-passport-unknown = We negot ka pasaporteke we ya derbasdar heye an na. Pasaporteke asayî û derbasdar ji bo rêwîtiya derveyî welat hewce ye. { $not_enough } Pasaporteke ku polîs jixwe ji bo doza we girtiye jî tê hesibandin: dema ku hûn serlêdanê dikin, vê ji wan re bibêjin.
wp-no-decision-met = We hîn bersiva serlêdana xwe ya parastinê nestandiye, ji ber vê yekê ev şert tê cih.
wp-no-decision-not-met = Serlêdana we ya parastinê hatiye redkirin, û piştî redkirinê destûra karkirinê ya demkî nayê dayîn. Heke we îtiraz kiribe û destûr hebe ku hûn li Norwêcê li bendê bimînin dema ku îtiraz tê nirxandin, ev dikare biguhere: ji parêzerê xwe bipirsin.
wp-no-decision-unknown = We negot ka we bersiva serlêdana xwe ya parastinê standiye an na. Destûr tenê dema ku hûn hîn li benda bersivê ne dikare were dayîn.
wp-not-dublin-met = Doza we ne doza Dublinê ye, ji ber vê yekê ev şert tê cih.
wp-not-dublin-not-met = Doza we doza Dublinê ye: hûn ê werin şandin welatekî din ê Ewropî. Wê demê destûra karkirinê ya demkî nayê dayîn.
wp-not-dublin-unknown = We negot ka doza we doza Dublinê ye an na. Heke wisa be, ji we re tê gotin; ji piraniya kesan re dema ku polîs wan qeyd dike tê gotin.
wp-note-collective = Parastina we ya komî heye, ku jixwe mafê karkirinê dide we, ji ber vê yekê hûn ne hewceyê vê destûrê ne. Ev tenê ji bo agahiyê tê nîşandan.
wp-note-protection-unknown = Ev destûr ji bo wan kesan e ku serlêdana wan bi awayekî takekesî tê nirxandin. Heke parastina we ya komî hebe, mafê we yê karkirinê jixwe heye û hûn ne hewceyê vê destûrê ne.
wp-next-apply-by-post = Forma ji bo penaxwazên ku destûra karkirinê dixwazin tije bikin û bi postê ji polîsê cihê ku hûn lê dijîn re bişînin. Ji UDI re neşînin.
wp-next-passport-copy = Kopiyeke pasaporta xwe pê ve bikin. Heke we pasaporta xwe jixwe daye polîs, tenê di serlêdanê de vê ji wan re bibêjin.
wp-next-no-fee = Ji bo vê serlêdanê tu pere (xerc) nayê dayîn.
wp-next-police-appointment = Polîs dê bi we re têkilî dayne da ku randevûyekê bide we. Heke pasaporta we jixwe ne li cem wan be, pasaporta orîjînal bi xwe re bînin.
wp-next-voluntary-work = Karê dilxwazî destûra karkirinê hewce nake, lê qaydeyên hişk hene ka çi wek karê dilxwazî tê hesibandin.
wp-next-do-not-leave = Dema ku hûn li bendê ne, ji Norwêcê dernekevin: heke derkevin, serlêdana we ya parastinê tê girtin (henlagt).
wp-next-ask-lawyer = Piştî redkirinê, UDI parêzerekî dide we. Ji parêzerê xwe li ser îtirazê bipirsin, û ka hûn dikarin li Norwêcê bimînin û kar bikin dema ku îtiraz tê nirxandin.

## Titles: what each condition checks, stated positively
wp-interview-title = We hevpeyvîna xwe ya penaberiyê kiriye
wp-passport-title = Pasaporteke we ya derbasdar heye
wp-no-decision-title = Hîn bersiva serlêdana we tune
wp-not-dublin-title = Ne doza Dublinê ye

## The summary: the answer and what decides it
wp-summary-not-applicable = Hûn ne hewceyê vê destûrê ne: parastina komî jixwe mafê karkirinê dide we.
wp-summary-eligible = Hûn dikarin destûra karkirinê ya demkî bistînin: her çar şert li we tên cih.
wp-summary-not-eligible = Hûn niha nikarin destûra karkirinê ya demkî bistînin: { $reasons }.
wp-summary-unknown = Ka hûn dikarin destûra karkirinê ya demkî bistînin an na, bi wan pirsên ku we hîn bersiv nedane ve girêdayî ye: { $questions }.
wp-reason-interview = we hevpeyvîna xwe ya penaberiyê nekiriye
wp-reason-passport = pasaporteke we ya derbasdar tune
wp-reason-rejected = serlêdana we hatiye redkirin
wp-reason-dublin = doza we doza Dublinê ye
wp-question-interview = ka we hevpeyvîna xwe ya penaberiyê kiriye
wp-question-passport = ka pasaporteke we ya derbasdar heye
wp-question-decision = ka we bersiva serlêdana xwe standiye
wp-question-dublin = ka doza we doza Dublinê ye
