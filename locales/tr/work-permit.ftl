wp-interview-met = UDI'de iltica mülakatınızı yaptınız; bu koşul karşılanıyor.
wp-interview-not-met = Henüz iltica mülakatınızı yapmadınız. Geçici çalışma izni ancak iltica mülakatından sonra verilebilir. Kimin davet edileceğini UDI seçer; mülakat için talepte bulunamazsınız.
wp-interview-unknown = İltica mülakatınızı yapıp yapmadığınızı belirtmediniz. İzin ancak bu mülakattan sonra verilebilir. İltica mülakatı (asylintervju), UDI'de neden korumaya ihtiyaç duyduğunuz hakkında yapılan uzun mülakattır; polise kayıt olmak bu mülakat değildir.
wp-passport-card-not-enough = İç pasaport veya pasaport kartı (örneğin Ukrayna Vatandaşı Pasaportu, "Passport of the Citizen of Ukraine") yeterli değildir.
wp-passport-met = Geçerli bir pasaportunuz var; bu koşul karşılanıyor. Bu, yurt dışı seyahati için normal bir pasaport olmalıdır. { $not_enough }
wp-passport-not-met = Geçerli bir pasaport olmadan geçici çalışma izni verilemez. { $not_enough }
wp-passport-unknown = Geçerli bir pasaportunuz olup olmadığını belirtmediniz. Yurt dışı seyahati için geçerli, normal bir pasaport gerekir. { $not_enough } Polisin davanız için zaten elinde tuttuğu bir pasaport da sayılır: başvururken bunu belirtin.
wp-no-decision-met = Koruma başvurunuza henüz cevap almadınız; bu koşul karşılanıyor.
wp-no-decision-not-met = Koruma başvurunuz reddedildi ve ret kararından sonra geçici çalışma izni verilmez. İtiraz ettiyseniz ve itiraz incelenirken Norveç'te beklemenize izin verildiyse bu değişebilir: avukatınıza sorun.
wp-no-decision-unknown = Koruma başvurunuza cevap alıp almadığınızı belirtmediniz. İzin ancak siz cevabı hâlâ beklerken verilebilir.
wp-not-dublin-met = Davanız bir Dublin davası değil; bu koşul karşılanıyor.
wp-not-dublin-not-met = Davanız bir Dublin davası: başka bir Avrupa ülkesine gönderileceksiniz. Bu durumda geçici çalışma izni verilemez.
wp-not-dublin-unknown = Davanızın bir Dublin davası olup olmadığını belirtmediniz. Öyleyse size bildirilir; çoğu kişiye bu, polis onları kaydederken söylenir.
wp-note-collective = Toplu korumanız var ve bu size zaten çalışma hakkı veriyor; bu yüzden bu izne ihtiyacınız yok. Bu yalnızca bilgi için gösteriliyor.
wp-note-protection-unknown = Bu izin, başvurusu bireysel olarak değerlendirilen kişiler içindir. Toplu korumanız varsa zaten çalışma hakkınız vardır ve bu izne ihtiyacınız yoktur.
wp-next-apply-by-post = Çalışma izni isteyen sığınmacılar için olan formu doldurun ve postayla yaşadığınız yerdeki polise gönderin. UDI'ye göndermeyin.
wp-next-passport-copy = Pasaportunuzun bir kopyasını ekleyin. Pasaportunuzu zaten polise teslim ettiyseniz, bunu başvuruda belirtmeniz yeterlidir.
wp-next-no-fee = Bu başvuru için ücret ödenmez.
wp-next-police-appointment = Polis size randevu vermek için sizinle iletişime geçecek. Pasaportunuz henüz onlarda değilse, randevuya pasaportunuzun aslını getirin.
wp-next-voluntary-work = Gönüllü iş için çalışma izni gerekmez, ama neyin gönüllü iş sayıldığı konusunda sıkı kurallar vardır.
wp-next-do-not-leave = Beklerken Norveç'ten ayrılmayın: ayrılırsanız koruma başvurunuz düşürülür (henlagt).
wp-next-ask-lawyer = Ret kararından sonra UDI size bir avukat atar. İtirazı ve itiraz incelenirken Norveç'te kalıp çalışıp çalışamayacağınızı avukatınıza sorun.

## Titles: what each condition checks, stated positively
wp-interview-title = İltica mülakatınızı yaptınız
wp-passport-title = Geçerli bir pasaportunuz var
wp-no-decision-title = Başvurunuza henüz cevap yok
wp-not-dublin-title = Dublin davası değil

## The summary: the answer and what decides it
wp-summary-not-applicable = Bu izne ihtiyacınız yok: toplu koruma size zaten çalışma hakkı veriyor.
wp-summary-eligible = Size geçici çalışma izni verilebilir: dört koşulun hepsini karşılıyorsunuz.
wp-summary-not-eligible = Size şu anda geçici çalışma izni verilemez: { $reasons }.
wp-summary-unknown = Geçici çalışma izni alıp alamayacağınız, henüz cevaplamadığınız sorulara bağlı: { $questions }.
wp-reason-interview = iltica mülakatınızı yapmadınız
wp-reason-passport = geçerli bir pasaportunuz yok
wp-reason-rejected = başvurunuz reddedildi
wp-reason-dublin = davanız bir Dublin davası
wp-question-interview = iltica mülakatınızı yapıp yapmadığınız
wp-question-passport = geçerli bir pasaportunuz olup olmadığı
wp-question-decision = başvurunuza cevap alıp almadığınız
wp-question-dublin = davanızın bir Dublin davası olup olmadığı
