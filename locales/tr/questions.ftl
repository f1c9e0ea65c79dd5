q-permit-basis = Oturma izniniz neye dayanıyor?
q-permit-basis-hint = UDI'nin karar yazısı, iznin hangi gerekçeyle ("grunnlag") verildiğini yazar. Emin değilseniz "Bilmiyorum" seçeneğini seçin.
q-permit-basis-refugee = Mülteci olarak koruma (§ 28)
q-permit-basis-humanitarian = Güçlü insani gerekçeler (§ 38)
q-permit-basis-particular-connection = Norveç'e özel bağlılık (§ 38)
q-permit-basis-resettlement = Kota mültecisi (overføringsflyktning), yurt dışında seçilmiş (§ 35)
q-permit-basis-family = Aile birleşimi (familieinnvandring)
q-permit-basis-other = Başka bir şey (iş, eğitim veya diğer)

q-after-asylum = Bu izin, Norveç'te koruma (iltica) başvurusu yaptıktan sonra mı verildi?
q-after-asylum-hint = Bu, kalıcı izinden önce yurt dışında ne kadar kalabileceğinizi belirler.

q-permit-dates = Oturma kartınızda hangi tarihler var?
q-permit-dates-hint = Kartta ve karar yazısında "Gyldig fra" (geçerlilik başlangıcı) ve "Gyldig til" (geçerlilik sonu) yazar.
q-permit-dates-from = Geçerlilik başlangıcı
q-permit-dates-until = Geçerlilik sonu

q-residence-since = Kalıcı izne götürebilecek ilk izniniz ne zaman başladı?
q-residence-since-hint = Genellikle Norveç'teki ilk izninizin başlangıcı. Bilmiyorsanız boş bırakın; bu yalnızca kalıcı izne ne zaman başvurabileceğinizi söylemek için kullanılır.

q-stays = Yurt dışında kaldığınız dönemler
q-stays-hint = İzniniz başladığından beri Norveç dışına yaptığınız her seyahati tek tek ekleyin. Ayrıldığınız gün ve döndüğünüz gün Norveç'te geçmiş gün sayılır.

q-trip = Bir seyahat planlıyor musunuz?
q-trip-hint = Ne zaman dönmeniz gerektiğini öğrenmek için ayrılmayı planladığınız tarihi girin. Seyahat planlamıyorsanız boş bırakın.

q-brexit = Brexit kurallarına göre kalıcı izni olan bir İngiliz vatandaşı mısınız?
q-brexit-hint = Brexit kuralları, 2021'den önce Norveç'te yaşamış İngiliz vatandaşları içindir. Karar yazınızda bu yazar.

q-gave-incorrect = Davanızda UDI'ye yanlış bilgi verdiniz mi?
q-withheld = Davanız için önemli olan bilgileri sakladınız mı?
q-incorrect-identity = UDI'ye kim olduğunuz hakkında yanlış bilgi verdiniz mi?
q-prevented = İsteğiniz dışında Norveç'e dönmeniz engellendi mi?
q-prevented-hint = Aile içi şiddetten sonra yurt dışında tutulan kişiler için olan istisnanın dört koşulu vardır. Bu, birincisidir.
q-family-permit = Eşiniz, partneriniz veya birlikte yaşadığınız kişi (samboer) ile aile birleşimi izniniz (familieinnvandring) var mıydı?
q-abuse = Siz veya çocuğunuz bu ilişkide şiddet gördünüz mü?
q-relationship-ended = İlişki sona erdi mi?

q-protection = Koruma başvurunuz bireysel olarak mı değerlendiriliyor, yoksa toplu korumanız mı var?
q-protection-hint = Ukrayna'dan kaçanların çoğu toplu koruma alır. Bunun için uygun değilseniz, UDI size başvurunuzun bireysel olarak değerlendirileceğini bildirmiştir.
q-protection-individual = Başvurum bireysel olarak değerlendiriliyor
q-protection-collective = Toplu korumam var
q-interview = UDI'de iltica mülakatınızı (asylintervju) yaptınız mı?
q-interview-hint = UDI'de neden korumaya ihtiyaç duyduğunuz hakkında yapılan uzun mülakat. Polise kayıt olmak bu mülakat değildir.
q-passport = Geçerli, normal bir pasaportunuz var mı?
q-passport-hint = Yurt dışı seyahati için, süresi dolmamış bir pasaport. İç pasaport veya pasaport kartı yeterli değildir. Polisin elinde tuttuğu bir pasaport da sayılır.
q-decision = Koruma başvurunuza cevap aldınız mı?
q-decision-none = Hayır, hâlâ bekliyorum
q-decision-rejected = Evet, reddedildi
q-decision-rejected-hint = İtiraz ettiyseniz de bunu seçin.
q-dublin = Davanız bir Dublin davası mı?
q-dublin-hint = Başvurunuzdan başka bir Avrupa ülkesi sorumludur ve oraya gönderileceksiniz. Öyleyse size bildirilir.

q-applied-for-asylum = Norveç'te koruma (iltica) başvurusu yaptınız mı?
q-first-application = Norveç'te ilk kez ne zaman koruma başvurusu yaptınız?
q-first-application-hint = 16 yıl bu günden itibaren sayılır.
q-date-of-birth = Doğum tarihiniz nedir?
q-tr-stays = İlk başvurunuzdan bu yana yurt dışında kaldığınız dönemler
q-tr-stays-hint = Yurt dışında geçen süre, Norveç'teki sürenizden düşülür. Her kalışı tek tek ekleyin.
q-left-after-rejection = Bir ret kararından sonra Norveç'ten ayrılıp geri döndünüz ve yeniden başvurdunuz mu?
q-lived-2019 = 1 Ocak 2019 tarihinde Norveç'te yaşıyor muydunuz?
q-lives-in-norway = Şu anda Norveç'te yaşıyor musunuz?
q-convicted = Norveç'te bir suçtan mahkûm oldunuz mu?
q-convicted-hint = Hapis cezası ya da hırsızlık veya dolandırıcılık gibi hapis cezası verilebilecek bir suç için para cezası.
q-has-permit = Şu anda oturma izniniz var mı?
q-identity = Kimliğiniz belgelenmiş mi, örneğin pasaportla?
q-request-date = Talebiniz ne zaman yapıldı?
q-request-date-hint = Bugünün tarihini kullanmak için boş bırakın.

q-held-permit = Hangi oturma izniniz var?
q-held-permit-permanent = Kalıcı oturma izni
q-held-permit-temporary-leading-to-permanent = Kalıcı izne götürebilecek geçici bir izin
q-held-permit-temporary-not-leading-to-permanent = Kalıcı izne götüremeyecek geçici bir izin
q-held-permit-no-permit = Oturma izni yok
q-permit-expiring = İzninizin süresi doldu mu, ya da yakında dolacak mı?

q-card-applied = İzne ne zaman başvurdunuz?
q-card-applied-before-new-routine = 16 Nisan 2021 tarihinden önce
q-card-applied-on-or-after-new-routine = 16 Nisan 2021 tarihinde veya sonra
q-card-kind = Neye başvurdunuz?
q-card-kind-first-asylum-in-norway = İlk kez koruma (iltica) başvurusu yaptım ve oturma izni aldım
q-card-kind-from-abroad = Yurt dışından oturma izni
q-card-kind-renewal = Oturma iznimin yenilenmesi (fornyelse)
q-card-kind-other = Başka bir şey
q-card-old-document = Süresi dolmuş ve polise teslim etmediğiniz bir Norveç yabancı pasaportunuz (utlendingspass) veya mülteci seyahat belgeniz (reisebevis) var mı?
q-card-under-18 = 18 yaşından küçük müsünüz?
q-card-appointment = Polis randevunuz ne zaman (ya da ne zamandı)?
q-card-appointment-hint = Henüz randevunuz yoksa boş bırakın.

q-withdrawal-ukraine = Ukrayna'dan mı kaçtınız ve başvurunuz bireysel olarak mı değerlendiriliyor?
q-withdrawal-other-permit = Norveç'te başka bir oturma izniniz var mı?
q-withdrawal-other-application = Norveç'te yaşamak için yaptığınız başka bir başvurunun cevabını mı bekliyorsunuz?
q-withdrawal-under-90 = Schengen bölgesinde 90 günden az mı bulundunuz?
