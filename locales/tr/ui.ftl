## The page around the app (index.html; boot.js keeps it in the chosen language)
app-name = İzin Kontrolü (Permit Check)
app-tagline = Norveç'in göç kuralları, kendi telefonunuzda kontrol edilir
exit-link = Sayfadan çık
exit-hint = Bu siteden hemen çıkar ve bir hava durumu sitesine geçer. Shift tuşuna üç kez de basabilirsiniz.
exit-progress = Çıkmak için Shift tuşuna yine basın ({ $n } / 3)
language-choose = Dil
boot-loading = Kontroller yükleniyor…
boot-failed = Permit Check bu tarayıcıda başlatılamadı. Sayfayı yeniden yükleyin veya güncel bir tarayıcı kullanın. Yazdığınız hiçbir şey bir yere gönderilmedi.
noscript = Permit Check, kontrolleri kendi cihazınızda yapmak için JavaScript'e ihtiyaç duyar. Tarayıcınızda JavaScript'i açın veya başka bir tarayıcı kullanın.
brief-not-advice = Hukuki danışmanlık değildir.
brief-private = Yazdığınız hiçbir şey bu telefondan çıkmaz.
footer-help-title = Bu, hukuki danışmanlık değildir
footer-help = Permit Check, UDI'nin herkese açık sayfalarının ve yasanın sizinkine benzer cevaplar hakkında ne dediğini gösterir. Sizin durumunuz farklı olabilir. Bir karar vermeden önce bir avukatla veya ücretsiz hukuki yardım veren şu kuruluşlardan biriyle konuşun:
help-noas = NOAS – Norveç Sığınmacılar Örgütü (noas.no)
help-seif = SEIF – Göçmenler ve Mülteciler için Öz Yardım (seif.no)
help-jurk = JURK – kadınlar için hukuki danışmanlık (jurk.no)
help-jussbuss = Jussbuss – hukuk öğrencilerinin verdiği ücretsiz hukuki yardım (jussbuss.no)
footer-privacy = Cevaplarınız bu telefonda kalır. Hiçbir şey bir yere gönderilmez. Siz seçmedikçe, sayfayı kapattıktan sonra hiçbir şey saklanmaz.
footer-safety-link = Bu telefonda güvenliğiniz
footer-data-link = Cevaplarınız: hatırla, sil, dosyaya kaydet

## Shared words
continue = Devam
back = Geri
change = Değiştir
undo = Geri al
answer-yes = Evet
answer-no = Hayır
answer-unknown = Bilmiyorum
answer-not-given = Cevaplanmadı
answer-not-a-date = Tarih değil: { $typed }
error-prefix = Hata:
error-summary-title = Bir sorun var
date-hint = Örneğin: 27 3 2019
date-day = Gün
date-month = Ay
date-year = Yıl
step-progress = Soru { $n } / { $total }
sources = Kaynaklar:
borderline = Bu, sınıra yakın ve UDI günlerin tam olarak nasıl sayıldığını yayımlamıyor. Birkaç günlük pay bırakın ve karar vermeden önce danışmanlık alın.

## The start
start-title = Durumunuz nedir?
start-choose-one = Size en uygun cevabı seçin.
start-other-checks = Diğer kontroller (Norveç'te uzun süredir yaşayanlar için 2021 kuralı da dahil)
q-want = Ne öğrenmek istiyorsunuz?
want-choose-one = Ne öğrenmek istediğinizi seçin.
other-checks-title = Tüm kontroller
all-on-one-title = Tüm sorular tek sayfada
mode-all-on-one-page = Tüm soruları tek sayfada göster
mode-one-at-a-time = Soruları tek tek göster
check-answers-title = Cevaplarınızı kontrol edin
check-answers-unanswered =
    { $n ->
        [one] Bir soru cevaplanmadı. Sonucu yine de görebilirsiniz; sonuç neyi söyleyemediğini belirtir.
       *[other] { $n } soru cevaplanmadı. Sonucu yine de görebilirsiniz; sonuç neyi söyleyemediğini belirtir.
    }
check-answers-continue = Sonucu gör

## The checks, as a person asks them
check-travel-limits = Seyahat edebilir miyim, ne kadar süreyle?
check-travel-limits-hint = Geçici oturma izni veya toplu koruma ile yurt dışı seyahatleri ve sığınmacıların bilmesi gerekenler.
check-permanent-permit = Yurt dışında kalırsam kalıcı oturma iznimi kaybedebilir miyim?
check-permanent-permit-hint = Ne kadar süre uzakta kalabileceğiniz ve ne zaman dönmeniz gerektiği.
check-work-permit = Cevap beklerken çalışabilir miyim?
check-work-permit-hint = Koruma başvurunuz bireysel olarak değerlendirilirken verilen geçici çalışma izni.
check-permit-holder = Oturma iznim var ve koruma (iltica) başvurusu yaptım
check-permit-holder-hint = Başvurunuza ve izninize ne olacağı.
check-residence-card = Oturma kartımı nasıl alırım?
check-residence-card-hint = Polis randevusunu kimin aldığı ve kartın ne zaman gelebileceği.
check-withdrawal = Koruma başvurumu geri çekmek istiyorum
check-withdrawal-hint = Sonrasında ne olacağı ve UDI'ye yazdırıp gönderebileceğiniz bir mektup.
check-temporary-regulation = Norveç'te 16 yıl yaşamış sığınmacılar için 2021 kuralı
check-temporary-regulation-hint = Tek seferlik bir düzenleme: talepler en geç 1 Aralık 2021 tarihine kadar yapılmalıydı. Zamanında talepte bulunanlar ve onlara yardım eden görevliler için.

## Offline use
update-ready = Permit Check'in yeni bir sürümü hazır. Sayfayı yeniden yüklemek, bu telefonda hatırlanmayan cevapları siler.
update-reload = Şimdi yeniden yükle
update-later = Sonra

## The note under an unreviewed translation (with a switch to English or Norwegian)
translation-unreviewed = Bu çeviri henüz yetkin bir çevirmen tarafından kontrol edilmedi. Bir şey açık değilse bu sayfayı İngilizce okuyun.
show-in-english = İngilizce göster
show-in-norwegian = Norveççe göster

## The start question (index.html shows it before the app has loaded)
## The questions, one per page. `q-<step>` is the question, `q-<step>-hint` the line under it,
## `q-<step>-<option>` an option (and `…-hint` the line under an option).
q-start = Durumunuz nedir?
q-start-hint = Şu anki durumunuza uyanı seçin.
q-start-asylum-seeker = Koruma (iltica) başvurumun cevabını bekliyorum
q-start-temporary-permit = Geçici oturma iznim var
q-start-collective-protection = Ukrayna'dan gelen biri olarak toplu korumam (kollektiv beskyttelse) var
q-start-permanent-permit = Kalıcı oturma iznim var
q-start-helper = Başka birine yardım ediyorum
q-start-helper-hint = Örneğin bir danışman, gönüllü veya aile üyesi olarak. Bir kontrolün tüm sorularını tek sayfada görürsünüz.
q-client-situation = Yardım ettiğiniz kişinin durumu nedir?
q-client-situation-asylum-seeker = Koruma (iltica) başvurusunun cevabını bekliyor
q-client-situation-temporary-permit = Geçici oturma izni
q-client-situation-collective-protection = Ukrayna'dan gelen biri olarak toplu koruma
q-client-situation-permanent-permit = Kalıcı oturma izni
error-summary-item = { $field }: { $problem }
