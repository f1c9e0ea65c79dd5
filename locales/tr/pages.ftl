## The pages past the start: the answers, what to do next, the guides, staying safe,
## your answers (loaded with the questions, in pkg/<tag>.rules.ftl)

## Stays abroad and the next trip
stays-none-yet = Henüz yurt dışında kaldığınız bir dönem eklemediniz. Yurt dışına çıkmadıysanız devam edin.
stays-none = Yurt dışında kalış yok
stay-add = Yurt dışında kalış ekle
stay-n = { $n }. kalış
stay-from = Norveç'ten ayrıldığınız tarih
stay-to = Norveç'e döndüğünüz tarih
stay-ongoing = Hâlâ yurt dışındayım
stay-schengen = Bu kalış başka bir Schengen ülkesindeydi
stay-schengen-hint = AB ülkelerinin çoğu ile İzlanda, Lihtenştayn ve İsviçre.
stay-ukraine = Bu kalış Ukrayna'daydı
stay-done = { $n }. kalış tamam
stay-remove = { $n }. kalışı sil
stay-removed = { $n }. kalış silindi.
stay-summary-ongoing = { $from } tarihinden beri, hâlâ yurt dışında
stay-summary-unfinished = Tamamlanmadı: tarihleri ekleyin
stay-summary-words = { $from } ile { $to } arası
stay-summary-ongoing-words = { $from } tarihinden beri, hâlâ yurt dışında
stay-mark-schengen = başka bir Schengen ülkesinde
stay-mark-ukraine = Ukrayna'da
trip-from = Ayrılmayı planladığınız tarih
trip-to = Dönmeyi planladığınız tarih (boş bırakabilirsiniz)
trip-schengen = Başka bir Schengen ülkesine gidiyorum
trip-ukraine = Ukrayna'ya gidiyorum
trip-none = Planlanan seyahat yok
flow-stay-departure-missing = { $n }. kalış: Norveç'ten ayrıldığınız tarihi girin veya bu kalışı silin.
flow-stay-return-missing = { $n }. kalış: döndüğünüz tarihi girin veya "Hâlâ yurt dışındayım" seçeneğini seçin.
flow-trip-departure-missing = Ayrılmayı planladığınız tarihi girin veya iki seyahat tarihini de boş bırakın.

## The answer
outcome-eligible = Uygun
outcome-not-eligible = Uygun değil
outcome-unknown = Henüz bilinmiyor
outcome-not-applicable = Gerekli değil
outcome-within-limits = Sınırlar içinde
outcome-at-risk = Risk altında
outcome-limit-exceeded = Sınır aşıldı
outcome-must-not-travel = Seyahat etmeyin
status-met = Karşılanıyor
status-not-met = Karşılanmıyor
status-unknown = Bilinmiyor
result-deciding = Bunu belirleyen
result-met =
    { $n ->
        [one] Diğer 1 koşul karşılanıyor
       *[other] Diğer { $n } koşul karşılanıyor
    }
result-not-answered = Cevaplamadığınız sorular
result-cannot-answer = Kontrol henüz sonuç veremiyor. Önce bunu düzeltin:
result-see-answers = Cevaplarınızı görün veya değiştirin
result-start-again = Baştan başla
rules-checked-on = Kuralların kontrol edildiği tarih: { $date }.
next-steps-title = Şimdi ne yapmalı
pp-exemption-may-apply = Aile içi şiddetten sonra yurt dışında tutulan kişiler için olan istisnanın dört koşulunun hepsine evet dediniz: bu durumda yurt dışında kalma kuralı size uygulanmayabilir. UDI ile veya bir avukatla iletişime geçin.

## Figures a condition used
figure-days = Sayılan günler
figure-limit = Sınır
figure-longestStayDays = En uzun kalış
figure-limitDays = Sınır
figure-maxFourYearDays = Dört yıl içinde en fazla gün
figure-exceededOn = Sınıra ulaşılan tarih
figure-windowStart = Başlangıç
figure-windowEnd = Bitiş
figure-daysAbroad = Yurt dışındaki günler
figure-residenceDays = Oturma süresi (gün)
figure-sixteenYearsReachedOn = 16 yılın dolduğu tarih
figure-ageOnCutoff = 1 Ekim 2021 tarihindeki yaş
figure-combined65ReachedOn = Yaş ve oturma süresinin 65 yıla ulaştığı tarih
figure-requestDate = Talep tarihi
figure-deadline = Son tarih
figure-permitEnd = Geçerlilik sonu
figure-since = Sayımın başladığı tarih

## Sources
source-seed-000 = UDI: Zaten oturma izniniz varken koruma (iltica) başvurusu
source-seed-001 = UDI: Norveç'te 16 yıldan fazla yaşamış sığınmacılar için geçici yönetmelik
source-seed-002 = UDI: Bireysel koruma başvurum var (Ukrayna)
source-seed-003 = UDI: Kalıcı oturma izni – ne zaman kaybedilebilir
source-seed-004 = UDI: Güçlü insani gerekçeler veya Norveç'e özel bağlılık nedeniyle oturma izni

## What to do next: travel
tl-next-title = Seyahat etmeden önce
tl-next-card = Ancak oturma kartınızı aldıktan sonra seyahat edin. Ondan sonra, oturma izniniz geçerli olduğu sürece Norveç'e girip çıkabilirsiniz.
tl-next-documents = Seyahat ederken pasaportunuzu ve oturma kartınızı yanınıza alın.
tl-next-schengen = Diğer Schengen ülkelerinde herhangi bir 180 günlük dönem içinde en fazla 90 gün kalabilirsiniz.
tl-next-limit = Sınırların izin verdiğinden uzun süre yurt dışında kalırsanız oturma izninizi kaybedebilir ve yeni bir izne başvurmak zorunda kalabilirsiniz.

## What to do next: a permanent permit
pp-next-title = Sonra ne olur ve haklarınız
pp-next-keep-title = Yurt dışındayken izni korumak
pp-next-apply = Norveç dışında iki yıldan uzun kalacaksanız ve kalıcı izninizi korumak istiyorsanız, gitmeden önce UDI'ye izin için başvurun.
pp-next-before-title = UDI karar vermeden önce
pp-next-interview = Polis veya UDI daha fazla bilgiye ihtiyaç duyarsa sizi görüşmeye çağırabilir.
pp-next-notice = UDI, izninizin artık geçerli olmadığına karar vermeden önce size önceden bildirim (forhåndsvarsel) göndermeli ve sizin görüşünüzü sormalıdır.
pp-next-legal = Önceden bildirim veya karar aldığınızda ücretsiz hukuki yardım hakkınız vardır: avukat masrafı karşılanır. Avukatla kendiniz iletişime geçmelisiniz.
pp-next-documents = Dosyanızdaki belgeleri görme hakkınız vardır. Bunları istemeniz gerekir.
pp-next-decision-title = UDI izni kaybettiğinize karar verirse
pp-next-decision = UDI'den nedenini açıklayan bir karar (vedtak) alırsınız.
pp-next-appeal = Karara itiraz (klage) edebilirsiniz.
pp-next-travel-documents = Kalıcı izninizi kaybederseniz Norveç seyahat belgelerinizi de kaybedersiniz.
pp-next-new-permit = UDI yeni bir izin alıp alamayacağınızı değerlendirir; örneğin Norveç'e özel bağlılık, güçlü insani gerekçeler veya geri gönderilmeye karşı koruma nedeniyle.
pp-next-leave = Yeni bir izin almazsanız Norveç'ten ayrılmanız gerekir. Ne zamana kadar ayrılmanız gerektiği kararda yazar.

## What to do next: the 2021 temporary regulation
tr-next-title = Zamanında gönderilen bir talebe ne olur
tr-next-deadline = Artık yeni talep yapılamaz: son tarih 1 Aralık 2021 idi.
tr-next-where-title = Kiminle iletişime geçmeli
tr-next-where = Davanız hakkında en son karar veren kurumla iletişime geçin: UNE (Göç İtiraz Kurulu, Utlendingsnemnda) veya UDI (Göç İdaresi, Utlendingsdirektoratet). Sığınmacıların çoğu için bu kurum UNE'dir.
tr-next-une = En son UNE karar verdiyse:
tr-next-udi = En son UDI karar verdiyse:
tr-next-phone = Sorunuz mu var? UNE'yi arayın:
tr-next-hours = Pazartesi–Cuma, 08.30–15.00.
tr-next-evidence-title = Norveç'te ne kadar süre yaşadığınızı kanıtlamak
tr-next-evidence-known = Bütün süre boyunca bir sığınmacı kabul merkezinde (asylmottak) kaldıysanız veya adresinizi polise bildirdiyseniz, UDI ve UNE burada yaşadığınızı bilir: hiçbir şey göndermenize gerek yoktur.
tr-next-evidence-other = Aksi halde sizden nerede yaşadığınızı gösteren belgeler isteyebilirler; örneğin bir doktordan, okuldan veya işverenden gelen mektuplar.
tr-next-evidence-wait = Sizden istenmedikçe hiçbir şey göndermeyin.
tr-next-identity-title = Kimliğiniz belgelenmemişse
tr-next-identity = Sınırlı bir izin alabilirsiniz. Bu izin size Norveç'te yaşama hakkı verir, ama kalıcı izin hakkı vermez.

## The guides
guide-permit-holder-headline = Başvurunuz ve izniniz
guide-residence-card-headline = Oturma kartınızı nasıl alırsınız
guide-card-earliest = Kart en erken { $date } tarihinde gelebilir (polis randevunuzdan 20 iş günü sonra).
guide-withdrawal-headline = Başvurunuzu geri çektikten sonra
guide-withdrawal-how = Nasıl geri çekilir
help-lines-title = Şiddete veya baskıya maruz kalıyorsanız
letter-title = Başvurunuzu geri çekmek için bir mektup
letter-intro = Adınızı ve DUF numaranızı yazın. Mektup burada, telefonunuzda, Norveççe olarak yazılır; okumanız için kendi dilinizde bir kopyası da vardır. Hiçbir şey gönderilmez: mektubu yazdırın, imzalayın ve postayla UDI'ye gönderin. Adınız ve numaranız kaydedilmez.
letter-name = Tam adınız
letter-name-hint = UDI'den gelen belgelerinizde yazdığı gibi.
letter-duf = DUF numaranız
letter-duf-hint = 12 rakam; oturma kartınızda veya UDI'den gelen belgelerde yazar, örneğin 2012 3456 7890.
letter-write = Mektubu yaz
letter-ready = Mektubunuz
letter-needs-norwegian = Mektup Norveççe yazılır ve Norveççe metin yüklenemedi. Bir kez internete bağlanın ve tekrar deneyin.
letter-print = Mektubu yazdır
letter-download = Mektubu dosya olarak kaydet

## Staying safe on this phone
safety-title = Bu telefonda güvenliğiniz
safety-exit = "Sayfadan çık" düğmesi veya Shift tuşuna üç kez basmak, bu sayfayı hemen bir hava durumu sitesiyle değiştirir. Permit Check tarayıcı geçmişine kendi sayfalarını eklemez; bu yüzden Geri tuşu cevaplarınızı geri getirmez.
safety-exit-cannot = Çıkış, bu siteyi ziyaret ettiğinizi gösteren tarayıcı kaydını silemez. Tarayıcı geçmişine bakan biri Permit Check'in adresini görebilir.
safety-private = Hiç geçmiş bırakmamak için Permit Check'i gizli bir sekmede açın (Chrome'da: "Yeni gizli sekme"). Sekmeyi kapattığınızda tarayıcı orada yaptıklarınızı unutur.
safety-history = Gizli sekme kullanmadıysanız bu siteyi tarayıcı geçmişinden silebilirsiniz. Chrome'da: menüyü açın, Geçmiş'i seçin ve bu siteye ait kayıtları kaldırın.
safety-downloads = Kaydettiğiniz dosyalar (mektup, cevaplarınız) siz silene kadar telefonun İndirilenler (Downloads) klasöründe kalır. Adları letter.txt gibi dikkat çekmeyen adlardır, ama onları açan herkes okuyabilir.
safety-remember = Cevaplarınızın bu telefonda hatırlanmasını seçerseniz, bu tarayıcıda Permit Check'i açan herkes onları görebilir. Çıkışın bunları da silmesini seçebilirsiniz.
safety-installed = Permit Check'i ana ekranınıza eklediyseniz simgesi orada görünür. Onu diğer uygulamalar gibi kaldırabilirsiniz.
safety-danger = Şu anda tehlikedeyseniz polisi arayın: 112.

## Your answers on this phone
data-title = Bu telefondaki cevaplarınız
data-intro = Cevaplarınız yalnızca bu sayfa açıkken bu sayfada tutulur. Sayfayı kapattığınızda silinirler; ancak bu telefonda hatırlanmalarını seçerseniz silinmezler.
data-remember = Cevaplarımı bu telefonda hatırla
data-remember-hint = Siz silene kadar yalnızca bu tarayıcıda saklanırlar. Bu tarayıcıyı kullanan herkes onları görebilir.
data-erase-on-exit = "Sayfadan çık" düğmesini kullandığımda bunları sil
data-remembered = Cevaplarınız bu telefonda hatırlanıyor.
data-not-remembered = Cevaplarınız bu telefonda saklanmıyor.
data-storage-failed = Bu tarayıcı Permit Check'in bir şey saklamasına izin vermiyor (gizli sekme veya depolama kapalı). Cevaplarınız siz sayfayı kapatana kadar bu sayfada kalır.
data-erase = Cevaplarımı sil
data-erase-confirm = Tüm cevaplarınız bu sayfadan ve bu telefondan silinsin mi? Bu geri alınamaz.
data-erase-yes = Evet, sil
data-erase-no = Hayır, kalsın
data-erased = Cevaplarınız bu sayfadan ve bu telefondan silindi.
data-save = Cevaplarımı dosyaya kaydet
data-save-hint = Dosyanın adı: { $name }. Dosyayı açan herkes cevaplarınızı okuyabilir. Siz veya bir danışman, dosyayı başka bir cihazda Permit Check ile açabilirsiniz.
data-open = Cevapları dosyadan aç
data-open-hint = Permit Check'in kaydettiği bir dosya. İçindeki cevaplar bu sayfadaki cevapların yerine geçer.
data-opened = Dosyadaki cevaplar açıldı. Bir sonuca bakmadan önce bunları kontrol edin.
data-open-bad = Bu dosya Permit Check'in kaydettiği bir dosya değil veya bozuk. Hiçbir şey değiştirilmedi.
data-open-newer = Bu dosya Permit Check'in daha yeni bir sürümüyle kaydedildi. Yeni sürümü almak için sayfayı yeniden yükleyin, sonra tekrar deneyin. Hiçbir şey değiştirilmedi.
data-kept-unreadable = Permit Check'in bu telefonda sakladığı cevaplar okunamıyor (daha yeni bir sürümden gelmiş olabilirler). Oldukları gibi bırakıldı: ihtiyacınız yoksa aşağıdan silin.
data-print = Özet yazdır
data-print-hint = Yalnızca cevapladığınız kontroller; her biri sonucu, gerekçeleri ve cevaplarınızla birlikte.
print-made-on = Yazdırma tarihi: { $date }. Kuralların kontrol edildiği tarih: { $checked }.
print-your-answers = Cevaplarınız
