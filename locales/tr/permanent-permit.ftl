pp-stay-range-ongoing = { $from } tarihinden beri (hâlâ yurt dışındasınız; { $as_of } tarihi dahil, o güne kadar sayıldı)
pp-plan-ongoing =  Şu an bulunduğunuz kalış için ({ $from_s } tarihinden beri) en geç { $latest_s } tarihinde dönün: bir gün sonra dönmek bu kuralı ihlal eder.
pp-plan-trip =  { $from_s } tarihinde ayrılırsanız en geç { $latest_s } tarihinde dönün: bir gün sonra dönmek bu kuralı ihlal eder.
pp-borderline =  Bu, sınıra 7 günden daha yakın ve seyahat günlerinin nasıl sayıldığı yayımlanmamış: birkaç günlük pay bırakın ve danışmanlık alın.
pp-continuous-no-stays = Yurt dışında hiçbir kalış kaydetmediniz. İzin, yurt dışında kesintisiz iki yıl (730 gün) veya daha uzun süren bir kalıştan sonra kaybedilir.
pp-continuous-met = Yurt dışındaki en uzun kalışınız ({ $range }) { $days_s } sürdü. İzin, yurt dışında kesintisiz iki yıl (730 gün) veya daha uzun süren bir kalıştan sonra kaybedilir; bu kalış bundan { $margin_s } kısa.
pp-continuous-not-met = Yurt dışındaki kalışınız ({ $range }) { $days_s } sürdü: bu, iki yıl (730 gün) veya daha uzun kesintisiz bir kalış. UDI kalıcı izninizin artık geçerli olmadığına karar verebilir. Sınıra { $on } tarihinde ulaşıldı.
pp-continuous-exactly-two-years = Tam iki yıl ise: yasa (utl. § 62) "iki yıldan fazla", UDI'nin sayfası "iki yıl veya daha fazla" der; bu kontrol sayfayı esas alır.
pp-four-year-no-days = Yurt dışında geçen gününüz yok.
pp-four-year-counted-years = Yalnızca yurt dışında 60 gün (iki ay) veya daha fazla geçirilen takvim yılları sayılır. Toplamda { $total_s } yurt dışında kaldınız; bunlardan { $ignored_s }, daha az gün geçirilen yıllara düşüyor ve sayılmıyor.
pp-four-year-periods =  Norveç'te art arda 15 aydan sonra sayım yeniden başlar: kalışlarınız { $periods_s } oluşturuyor ve farklı dönemlerdeki günler hiçbir zaman toplanmaz.
pp-four-year-nothing-counts =  Bu yüzden bu kurala göre yurt dışındaki hiçbir gün sayılmaz. İzin, dört yıl içinde toplamı iki yıl (730 gün) veya daha fazla olan yurt dışı kalışlarından sonra kaybedilir.
pp-four-year-met =  Herhangi bir dört yıl içinde sayılan en fazla gün: { $days_s }, { $start } ile { $end } arasında. İzin, dört yıl içinde iki yıl (730 gün) veya daha fazlasında kaybedilir; siz bunun { $margin_s } altındasınız.
pp-four-year-not-met =  { $start } ile { $end } arasındaki dört yılda sayılan yurt dışı süreniz: { $days_s }. Bu, dört yıl içinde iki yıl (730 gün) veya daha fazla. UDI kalıcı izninizin artık geçerli olmadığına karar verebilir. Sınıra { $on } tarihinde ulaşıldı.
pp-four-year-near-60 =  Dikkat: bu sonuç, yurt dışında 60 güne yakın gün geçirilen bir takvim yılına bağlı. Günler biraz farklı sayılırsa (örneğin seyahat günleri yurt dışı günü olarak), o yıl sonucu değiştirebilir. Pay bırakın ve danışmanlık alın.
pp-information-met = Yanlış bilgi vermediğinizi, önemli bilgileri saklamadığınızı ve kimliğiniz hakkında yanlış bilgi vermediğinizi belirttiniz.
pp-information-incorrect = davanızda yanlış bilgi verdiğinizi
pp-information-withheld = davanız için önemli bilgileri sakladığınızı
pp-information-identity = kimliğiniz hakkında yanlış bilgi verdiğinizi
pp-information-not-met = Cevaplarınızda { $list } belirttiniz. Bilgiler dava için önemliyse UDI bu gerekçelerle kalıcı izni geri alabilir (utl. § 63). Hukuki danışmanlık alın.
pp-information-unknown = Üç sorunun hepsi (yanlış bilgi, saklanan bilgi, yanlış kimlik) cevaplanmadı; bu yüzden bu kontrol edilemiyor. UDI bu gerekçelerle kalıcı izni geri alabilir (utl. § 63).
pp-separate-periods =
    { $n ->
        [one] { $n } ayrı dönem
       *[other] { $n } ayrı dönem
    }

## Titles: what each rule checks, stated positively
pp-continuous-title = Yurt dışında iki yıl veya daha uzun kalış yok
pp-continuous-title-brexit = Yurt dışında art arda beş yıllık kalış yok
pp-four-year-total-title = Herhangi bir dört yılda yurt dışında iki yıldan az
pp-correct-information-title = UDI'ye doğru bilgi verildi

## Rev. 2: the four-year tie, and permanent permits under the Brexit rules
pp-four-year-exactly-two-years = Tam iki yıl ise: yönetmelik (utf. § 11-8 (1)) "iki yıldan fazla", UDI'nin sayfası "iki yıl veya daha fazla" der; bu kontrol sayfayı esas alır.
pp-brexit-unknown = Brexit kurallarına göre kalıcı izni olan bir İngiliz vatandaşı bu izni ancak yurt dışında art arda beş yıl kaldıktan sonra kaybeder; izninizin bu olup olmadığını belirtmediniz, bu yüzden normal kurallar kullanılır.
pp-continuous-brexit = Kalıcı izniniz Brexit kurallarına göre verildi: ancak yurt dışında art arda beş yıldan sonra düşer.
pp-continuous-no-stays-brexit = Yurt dışında hiçbir kalış kaydetmediniz.
pp-continuous-met-brexit = Yurt dışındaki en uzun kalışınız ({ $range }) { $days_s } sürdü: beş yıldan (1826 gün) { $margin_s } daha kısa.
pp-continuous-not-met-brexit = Yurt dışındaki kalışınız ({ $range }) { $days_s } sürdü: art arda beş yıl (1826 gün) veya daha fazla; bu süreye { $on } tarihinde ulaşıldı. UDI izninizin düştüğüne karar verebilir.
pp-four-year-brexit = Brexit kurallarına göre kalıcı izin, dört yılda toplam iki yıla ulaşan birkaç kalış yüzünden kaybedilmez; bu yüzden bu kural size uygulanmaz.

## The summary: the answer and what decides it
pp-summary-continuous = Kalıcı izniniz kaybedilebilir: yurt dışındaki kalışınız ({ $range }) { $days } sürdü ve tek bir kalış { $limit } veya daha uzun sürmemelidir.
pp-summary-four-year = Kalıcı izniniz kaybedilebilir: { $start } ile { $end } arasındaki dört yılda sayılan yurt dışı süreniz { $days }; bu, iki yıl (730 gün) veya daha fazla.
pp-summary-information = Yurt dışı kalışlarınız sınırlar içinde, ama UDI davanızda verilen bilgiler nedeniyle izni geri alabilir (utl. § 63).
pp-summary-within = Sınırlar içinde: yurt dışındaki en uzun kalışınız { $longest } idi ve herhangi bir dört yıl içinde sayılan en fazla gün { $counted }. İkisi de iki yılın (730 gün) altında kalmalıdır.
pp-summary-within-brexit = Sınırlar içinde: yurt dışındaki en uzun kalışınız { $longest } idi; Brexit kurallarına göre sınır art arda beş yıldır.
pp-summary-plan = { $from } tarihinde ayrılırsanız en geç { $latest } tarihinde dönün: { $why }
pp-summary-plan-ongoing = Şu an bulunduğunuz kalış için ({ $from } tarihinden beri) en geç { $latest } tarihinde dönün: { $why }
pp-summary-plan-none = { $from } tarihinde başlayan bir seyahat sınırlar içinde planlanamaz: hemen geri dönmek bile bir kuralı ihlal eder.
pp-summary-why-continuous = bir gün sonra dönerseniz seyahat iki yıl (730 gün) sürmüş olur.
pp-summary-why-continuous-brexit = bir gün sonra dönerseniz seyahat beş yıl (1826 gün) sürmüş olur.
pp-summary-why-four-year = bir gün sonra dönerseniz dört yıl içinde sayılan günler iki yıla (730 gün) ulaşır.
pp-summary-why-next-stay = bu, kayıtlı bir sonraki kalışınızın başladığı gündür.
pp-summary-reset = { $reset } tarihine kadar art arda 15 ay Norveç'teydiniz: bundan önceki kalışlar artık bu seyahatle birlikte sayılmaz.
