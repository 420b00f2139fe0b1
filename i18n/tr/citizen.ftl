# Vatandaş için sade Türkçe bilgi. Ana metin Danca'dır (i18n/da/citizen.ftl); kaynaklar oradadır.
# Makine çevirisi; henüz bir çevirmen tarafından kontrol edilmedi. Geri çeviri: docs/translations/tr.md

citizen-unreviewed-notice = Bu metni bir makine çevirdi. Bir çevirmen henüz okumadı.
citizen-reviewed-notice = Bir çevirmen bu metni { $date } tarihinde kontrol etti.
citizen-i-speak = Türkçe konuşuyorum
handout-title = Vatandaş Hizmetleri'nden (Borgerservice) bilgi
handout-footer = Kopenhag Belediyesi (Københavns Kommune) Vatandaş Hizmetleri'nde (Borgerservice) verildi, { $date }.

## Hoş geldiniz

topic-welcome-title = Hoş geldiniz
topic-welcome-intro = Eşit derecede iyi hizmet alma hakkınız var. Size şöyle yardım ediyoruz.
topic-welcome-1-heading = Eşit muamele görme hakkınız var
topic-welcome-1-body =
    Bütün vatandaşlar belediyede aynı iyi hizmeti almalıdır.
    Bu, kim olursanız olun ve nereden gelirseniz gelin geçerlidir. Örneğin şunlar da fark etmez:
    - cinsiyet
    - ırk ve etnik köken
    - din ve inanç
    - yaş
    - engellilik
    - cinsel yönelim
topic-welcome-2-heading = Eşit muamele, ama aynı muamele değil
topic-welcome-2-body =
    Kopenhag'da şöyle deriz: eşit muamele – ama aynı muamele değil.
    Bu, size ihtiyacınız olan şekilde yardım ettiğimiz anlamına gelir.
    Bazılarının tercümana ihtiyacı vardır. Bazılarının daha fazla zamana veya bilgisayar konusunda yardıma ihtiyacı vardır.
    Amaç, herkes kadar iyi hizmet almanızdır.
topic-welcome-3-heading = Neye ihtiyacınız olduğunu söyleyin
topic-welcome-3-body =
    Bir şeyi anlamazsanız söyleyin.
    Bizden yavaş konuşmamızı isteyebilirsiniz.
    Size yardım etmek isteriz.

## Haklarınız ve seçenekleriniz

topic-rights-title = Haklarınız ve seçenekleriniz
topic-rights-intro = Soru sorabilir, yanınızda birini getirebilir ve mektuplarınız için yardım alabilirsiniz.
topic-rights-1-heading = Mektuplarınız için yardım ederiz
topic-rights-1-body =
    Belediyeden anlamadığınız bir mektup mu aldınız?
    Mektubu getirin ve bize sorun.
    Onu anlamanıza yardım ederiz. Ya da bunu yapabilecek kişiyi buluruz.
topic-rights-2-heading = Yanınızda birini getirebilirsiniz
topic-rights-2-body =
    Güvendiğiniz bir kişiyi yanınızda getirebilirsiniz.
    Bu bir arkadaşınız veya ailenizden biri olabilir.
    Belediyedeki birçok işte, 18 yaşından küçük bir çocuğun sizin için tercümanlık yapmasına izin verilmez. Tercüman bölümünde daha fazlasını okuyun.
topic-rights-3-heading = Tekrar sorabilirsiniz
topic-rights-3-body =
    Tekrar sormanız tamamen normaldir.
    Seve seve bir kez daha açıklarız: yavaşça veya başka kelimelerle.
    Bizden bunu yazmamızı da isteyebilirsiniz.
topic-rights-4-heading = Kendi dilinizde bilgi
topic-rights-4-body =
    Kendi dilinizde bilgi isteyebilirsiniz.
    Bazı dillerde metinlerimiz var. Onları Danca metnin yanında gösterebiliriz.
    Metni kâğıt üzerinde eve götürebilirsiniz.
    Tercüman da isteyebilirsiniz. Tercüman bölümünde daha fazlasını okuyun.

## Tercüman

topic-interpreter-title = Tercüman
topic-interpreter-intro = Ne zaman tercüman alırsınız ve kim tercümanlık yapabilir.
topic-interpreter-1-heading = Belediyede tercüman
topic-interpreter-1-body =
    Kanun her zaman tercüman hakkı vermez.
    Ama belediye, bizim sizi ve sizin de bizi anladığınızdan emin olmalıdır.
    Dosyanızla ilgilenen görevli, tercümana ihtiyaç olup olmadığını değerlendirir.
    Tercümana ihtiyaç varsa, parasını belediye öder.
topic-interpreter-2-heading = Çocuklar tercümanlık yapamaz
topic-interpreter-2-body =
    1 Temmuz 2025'ten itibaren, belediyeyle birçok konuda konuşurken 18 yaşından küçük çocukların tercümanlık yapmasına izin verilmez.
    Bu örneğin okul, kreş, iş, vergi, sosyal hizmetler ve yaşlı bakımı için geçerlidir.
    Ama bir çocuk basit konularda tercümanlık yapabilir.
topic-interpreter-3-heading = Doktorda ve hastanede tercüman
topic-interpreter-3-body =
    Doktorda ve hastanede, size tercüman gerekip gerekmediğini doktor değerlendirir.
    Danimarka'da 3 yıldan fazla yaşadıysanız, tercümanın parasını genellikle sizin ödemeniz gerekir.
    Bazı kişilerin ödemesi gerekmez. Sizin için neyin geçerli olduğunu doktora sorun.
topic-interpreter-4-heading = Tercümanı nasıl istersiniz
topic-interpreter-4-body =
    Tercümana ihtiyacınız varsa söyleyin.
    Hangi dili konuştuğunuzu da söyleyin.
    Sonra sizinle birlikte bir çözüm buluruz.

## Dijital yardım

topic-digital-title = Dijital yardım
topic-digital-intro = MitID (dijital kimlik), Digital Post (dijital posta) ve interneti kullanmak için yardım.
topic-digital-1-heading = MitID'yi Vatandaş Hizmetleri'nden (Borgerservice) alın
topic-digital-1-body =
    MitID'yi (dijital kimlik) Vatandaş Hizmetleri'nden (Borgerservice) alabilirsiniz.
    Randevu alın ve geçerli bir kimlik belgesi getirin.
    Başlamanız için size yardım ederiz.
topic-digital-2-heading = MitID uygulamasını kullanamıyorsanız
topic-digital-2-body =
    Uygulama dışında başka yollar da var:
    - Kod gösterici (kodeviser)
    - Kodu sesli okuyan kod okuyucu (kodeoplæser)
    - MitID çipi. Bunun bir ücreti var.
    Size neyin uygun olduğunu bize sorun.
topic-digital-3-heading = Digital Post'tan muafiyet
topic-digital-3-body =
    Digital Post'u (dijital posta) kullanamıyor musunuz? O zaman muaf tutulabilirsiniz. Böylece mektuplarınızı kâğıt üzerinde alırsınız.
    Vatandaş Hizmetleri'ne (Borgerservice) kendiniz gelirsiniz. Kimlik belgenizi getirin ve imza atın.
    Neden kullanamadığınızı kanıtlamanız gerekmez. Sebep örneğin şunlar olabilir:
    - engellilik
    - bilgisayar veya internet olmaması
    - dilde zorluk
    - MitID almakta zorluk
    - sabit bir adresin olmaması
topic-digital-4-heading = Başka birinden ve bankoda yardım
topic-digital-4-body =
    Güvendiğiniz bir kişiye Digital Post'unuzu (dijital posta) okuma izni verebilirsiniz.
    Bu örneğin ailenizden biri veya bir arkadaşınız olabilir.
    Burada, bankoda, internette kendiniz yaptığınız işlemlerde (self servis) de size yardım edebiliriz.

## Kopenhag'da yeni

topic-newcomer-title = Kopenhag'da yeni
topic-newcomer-intro = Kopenhag'a taşındığınızda ilk adımlar.
topic-newcomer-1-heading = CPR numarası (CPR-nummer) alın
topic-newcomer-1-body =
    İlk adım bir CPR numarası (CPR-nummer) almaktır.
    Vatandaş Hizmetleri'nde (Borgerservice) veya International House Copenhagen'da kayıt olabilirsiniz. Nereye gitmeniz gerektiğini bize sorun.
    Şunları getirin:
    - pasaportunuz
    - Danimarka'da yaşama izniniz olduğunu gösteren belge
    - adresinizi gösteren belge, örneğin kira sözleşmeniz
topic-newcomer-2-heading = Doktorunuzu seçin
topic-newcomer-2-body =
    Kaydınız yapılırken doktorunuzu seçersiniz.
    Doktorunuzun adı sağlık kartınızda (sundhedskort) yazar.
topic-newcomer-3-heading = Sarı sağlık kartınız (sundhedskort)
topic-newcomer-3-body =
    Sarı bir sağlık kartını (sundhedskort) posta ile alırsınız.
    Bu genellikle birkaç hafta sürer.
    Doktora giderken kartı yanınıza alın.
topic-newcomer-4-heading = Ücretsiz Danca öğrenin
topic-newcomer-4-body =
    Burada yaşıyorsanız ve CPR numaranız (CPR-nummer) varsa, bir süre ücretsiz Danca öğrenebilirsiniz.
    Bazı kişiler depozito ödemek zorundadır. Kursu zamanında bitirirseniz parayı geri alırsınız.
    Sizin için neyin geçerli olduğunu dil okuluna sorun.

## Ayrımcılık şikâyeti

topic-complaints-title = Ayrımcılığa uğradığınızı hissediyorsanız
topic-complaints-intro = Burada şikâyet edebilir ve tavsiye alabilirsiniz.
topic-complaints-1-heading = Önce dosyanıza bakanlara şikâyet edin
topic-complaints-1-body =
    Belediyeyle görüşmenizde ayrımcılığa uğradığınızı mı hissediyorsunuz? O zaman şikâyet edebilirsiniz.
    Önce dosyanıza bakan birime şikâyet edin.
topic-complaints-2-heading = Kopenhag Vatandaş Danışmanı (Københavns Borgerrådgiver)
topic-complaints-2-body =
    Cevaptan memnun değil misiniz? O zaman Kopenhag Vatandaş Danışmanı'na (Københavns Borgerrådgiver) şikâyet edebilirsiniz.
    Genellikle olaydan sonraki 1 yıl içinde şikâyet etmeniz gerekir.
    Mektup veya e-posta yazabilirsiniz.
topic-complaints-3-heading = Eşit Muamele Kurulu (Ligebehandlingsnævnet)
topic-complaints-3-body =
    Eşit Muamele Kurulu'na (Ligebehandlingsnævnet) da şikâyet edebilirsiniz. Bu ücretsizdir.
    Yazılı olarak şikâyet edersiniz. Konu sizi bizzat etkilemiş olmalıdır.
    İş hayatı dışındaki konularda kurul yalnızca cinsiyet, ırk, etnik köken ve engellilikle ilgili davalara bakar.
topic-complaints-4-heading = Tavsiye alın
topic-complaints-4-body =
    Danimarka İnsan Hakları Enstitüsü (Institut for Menneskerettigheder) size tavsiye ve destek verebilir.
    Bu, cinsiyet, ırk veya etnik köken nedeniyle ayrımcılığa uğradıysanız geçerlidir.
topic-complaints-5-heading = Meclis Ombudsmanı (Folketingets Ombudsmand)
topic-complaints-5-body =
    Meclis Ombudsmanı'na (Folketingets Ombudsmand) da şikâyet edebilirsiniz. Bu ücretsizdir.
    Ama önce şikâyet edebileceğiniz diğer yerleri kullanmış olmalısınız.
    1 yıl içinde şikâyet etmelisiniz.

## Başka nereden yardım alabilirsiniz

topic-help-title = Burada yardım alabilirsiniz
topic-help-intro = Nereye sorabileceğiniz ve kimin size tavsiye verebileceği.
topic-help-1-heading = Vatandaş Hizmetleri'nde (Borgerservice) bize sorun
topic-help-1-body =
    Nereye gideceğinizi bilmiyor musunuz? Vatandaş Hizmetleri'nde (Borgerservice) bize sorun.
    Size yol gösteririz.
topic-help-2-heading = Güvendiğiniz birini getirin
topic-help-2-body =
    Güvendiğiniz bir kişiyi yanınızda getirebilirsiniz.
    Unutmayın: Belediyedeki birçok işte, 18 yaşından küçük bir çocuğun sizin için tercümanlık yapmasına izin verilmez.
topic-help-3-heading = İnternette daha fazlasını okuyun
topic-help-3-body =
    Haklarınız hakkında borger.dk ve kk.dk sitelerinde daha fazlasını okuyabilirsiniz.
    Doğru yeri bulmanıza yardım edebiliriz.
topic-help-4-heading = Tavsiye veren yerler
topic-help-4-body =
    Buralardan tavsiye alabilir veya şikâyet edebilirsiniz:
    - Kopenhag Vatandaş Danışmanı (Københavns Borgerrådgiver)
    - Eşit Muamele Kurulu (Ligebehandlingsnævnet)
    - Danimarka İnsan Hakları Enstitüsü (Institut for Menneskerettigheder)
    - Meclis Ombudsmanı (Folketingets Ombudsmand)
    "Ayrımcılığa uğradığınızı hissediyorsanız" bölümünde daha fazlasını okuyun.
    Doğru yeri bulmanıza yardım edebiliriz.

## Randevu ve getirmeniz gerekenler

topic-booking-title = Randevu alın
topic-booking-intro = Nasıl randevu alırsınız ve yanınızda ne getirmelisiniz.
topic-booking-1-heading = Önce randevu alın
topic-booking-1-body =
    Vatandaş Hizmetleri'ne (Borgerservice) gelmeden önce randevu alın.
    MitID'niz (dijital kimlik) yok mu? Yine de randevu alabilirsiniz. Bize sorun.
topic-booking-2-heading = Kimlik belgenizi getirin
topic-booking-2-body =
    Geçerli bir kimlik belgesi getirin, örneğin pasaportunuzu veya ehliyetinizi.
    Kim olduğunuzu görebilmemiz gerekir.
topic-booking-3-heading = Belgelerinizi getirin
topic-booking-3-body =
    Ne getirmeniz gerektiği işinize bağlıdır.
    Bu örneğin belediyeden gelen bir mektup, bir fotoğraf veya eski pasaportunuz olabilir.
    Listeye kk.dk'de bakın veya bize sorun.

## Taşınma

topic-moving-title = Taşınma
topic-moving-intro = Yeni adresinizi belediyeye bildirin. Bir son tarih var.
topic-moving-1-heading = Taşınmayı 5 gün içinde bildirin
topic-moving-1-body =
    Taşındığınızda yeni adresinizi belediyeye bildirmeniz gerekir.
    Bunu yeni adresinize taşındıktan en geç 5 gün sonra yapmalısınız.
    Çoğu belediyede bunu 4 hafta öncesine kadar yapabilirsiniz.
topic-moving-2-heading = Taşınmayı nasıl bildirirsiniz
topic-moving-2-body =
    Taşınmayı borger.dk'de MitID (dijital kimlik) ile bildirirsiniz. Aynı anda doktorunuzu da seçersiniz.
    MitID'niz yok mu? O zaman size yardım edebiliriz. Randevu almayı unutmayın.
    Yeni posta kutunuza adınızı yazın.
topic-moving-3-heading = Geç bildirirseniz
topic-moving-3-body =
    Taşınmayı geç bildirirseniz para cezası alabilirsiniz.
    Emin değil misiniz? Son tarih geçmeden bize sorun.

## Pasaport ve ehliyet

topic-passport-title = Pasaport ve ehliyet
topic-passport-intro = Yeni pasaport, yeni ehliyet ve yanınızda ne getirmeniz gerektiği.
topic-passport-1-heading = Yeni pasaport alın
topic-passport-1-body =
    Vatandaş Hizmetleri'nden (Borgerservice) yeni pasaport alabilirsiniz. Pasaportunuz kaybolduysa da bu geçerlidir.
    Başvuru formunu doldurun ve randevu alın.
    MitID'niz (dijital kimlik) yok mu? O zaman başvuru formunu sizinle birlikte doldururuz.
topic-passport-2-heading = Pasaport için getirmeniz gerekenler
topic-passport-2-body =
    Eski pasaportunuzu getirin, süresi dolmuş olsa bile.
    Eski pasaportunuz yoksa, yeni pasaportun ücreti iki katıdır.
    Bir pasaport fotoğrafı getirin. Fotoğrafınızı bizde de çektirebilirsiniz. Bunun bir ücreti var.
    Çocuğunuza pasaport mu gerekiyor? O zaman çocuğun da gelmesi gerekir.
topic-passport-3-heading = Ehliyet
topic-passport-3-body =
    Ehliyetinizi Vatandaş Hizmetleri'nde (Borgerservice) yenileyebilir veya yeni ehliyet alabilirsiniz. Önce randevu alın.
    Eski ehliyetinizi, fotoğraflı kimlik belgenizi ve bir fotoğraf getirin.
    Bazı kişilerin doktordan bir rapor da alması gerekir. Bunun sizin için geçerli olup olmadığını bize sorun.

## Sağlık kartı

topic-health-card-title = Sağlık kartı (sundhedskort)
topic-health-card-intro = Sarı kart, doktorunuz ve seyahat için mavi kart.
topic-health-card-1-heading = Sağlık kartınızı (sundhedskort) kaybettiyseniz
topic-health-card-1-body =
    Sarı sağlık kartınızı (sundhedskort) mı kaybettiniz? O zaman borger.dk'den MitID (dijital kimlik) ile yenisini isteyebilirsiniz.
    Vatandaş Hizmetleri'nden (Borgerservice) de yardım alabilirsiniz.
    Eski kart kaybolduysa yeni kartın bir ücreti vardır.
topic-health-card-2-heading = Yeni bir doktor istiyorsanız
topic-health-card-2-body =
    Doktorunuzu değiştirebilirsiniz. O zaman yeni bir sağlık kartı (sundhedskort) alırsınız.
    Doktor değiştirmenin bir ücreti olabilir.
    Taşındığınızda yeni kartı ücretsiz alırsınız.
topic-health-card-3-heading = Avrupa'da seyahat için mavi kart
topic-health-card-3-body =
    AB'de, Norveç'te, İzlanda'da, Lihtenştayn'da veya İsviçre'de mi seyahat edeceksiniz? O zaman mavi AB sağlık sigortası kartına (EU-sygesikringskort) ihtiyacınız var.
    Bu kart ücretsizdir. Onu borger.dk'den istersiniz.
    Mavi kartla, o ülkenin vatandaşlarıyla aynı yardımı alırsınız.

## Sağır veya az işiten

topic-deaf-title = Sağır veya az işiten
topic-deaf-intro = İşaret dili tercümanı ve yazı tercümanı; birini nasıl alırsınız.
topic-deaf-1-heading = Belediyede tercüman
topic-deaf-1-body =
    Sağır mısınız veya az mı işitiyorsunuz? O zaman tercüman alabilirsiniz.
    Belediyeyle konuşacaksanız, tercümanı belediye ayarlar. Ödeme yapmanız gerekmez.
    Randevu alırken tercümana ihtiyacınız olduğunu söyleyin.
topic-deaf-2-heading = İşaret dili veya yazı
topic-deaf-2-body =
    İşaret dili tercümanı, konuşma ile işaret dili arasında tercümanlık yapar.
    Yazı tercümanı (skrivetolk) söylenenleri yazar. Siz bunu bir ekranda okursunuz.
    Hangi tercümanı istediğinizi söyleyin.
topic-deaf-3-heading = Başka işler için tercüman
topic-deaf-3-body =
    Bir dernekte toplantıya veya doktora mı gideceksiniz? O zaman Den Nationale Tolkemyndighed'e (Ulusal Tercümanlık Kurumu) tercüman için başvurabilirsiniz.
    Önce orada kullanıcı olarak kayıtlı olmanız gerekir.

## Başka birinden yardım

topic-helper-title = Başka birinden yardım
topic-helper-intro = Yanınızda birini getirin veya başka birine size yardım etme izni verin.
topic-helper-1-heading = Yanınızda bir destekçi (bisidder) getirin
topic-helper-1-body =
    Belediyeyle dosyanız hakkında konuşurken yanınızda bir kişi getirebilirsiniz. Buna destekçi (bisidder) denir.
    Kim olacağını siz seçersiniz. Ailenizden biri veya bir arkadaşınız olabilir.
    Destekçiniz toplantıda konuşabilir.
topic-helper-2-heading = Dijital vekâlet (Digital Fuldmagt)
topic-helper-2-body =
    Dijital vekâlet (Digital Fuldmagt) ile başka birine size internette yardım etme izni verebilirsiniz.
    Bu kişi örneğin sizin yerinize taşınmanızı bildirebilir veya hastaneden gelen cevapları görebilir.
    15 yaşından büyük olmalısınız. İkinizden birinin MitID'si (dijital kimlik) olmalıdır.
topic-helper-3-heading = MitID'niz yoksa
topic-helper-3-body =
    MitID'niz (dijital kimlik) yok mu? O zaman size yardım edecek kişi bir vekâlet isteyebilir.
    Siz kâğıt üzerinde imza atarsınız.
    Bunun için Vatandaş Hizmetleri'nden (Borgerservice) de yardım alabilirsiniz. Randevu almayı unutmayın.

## Bir karar hakkında şikâyet

topic-decision-title = Bir karar hakkında şikâyet
topic-decision-intro = Belediye sizin hakkınızda bir karar verdiğinde haklarınız.
topic-decision-1-heading = Görüşünüzü bildirme hakkınız var
topic-decision-1-body =
    Belediye dosyanızda bir karar vermeden önce, genellikle sizin görüşünüzü almalıdır.
    Bu, aleyhinize olan bilgilere cevap verebileceğiniz anlamına gelir.
    Buna partshøring (görüş alma) denir.
topic-decision-2-heading = Dosyanızdaki belgeleri görebilirsiniz
topic-decision-2-body =
    Dosyanızdaki belgeleri görmek için talepte bulunabilirsiniz. Buna aktindsigt (dosyayı görme) denir.
    Dosyanıza bakan birime sorun. Yazabilir, telefon edebilir veya kendiniz gelebilirsiniz.
    Neden görmek istediğinizi söylemeniz gerekmez.
topic-decision-3-heading = Şikâyet bilgisini okuyun
topic-decision-3-body =
    Yazılı bir cevap alırsanız, mektupta genellikle bir şikâyet bilgisi (klagevejledning) vardır.
    Bu bilgi, şikâyet edip edemeyeceğinizi, nasıl, kime ve ne zaman şikâyet edeceğinizi söyler. Son tarihi unutmayın.
    Size bir gerekçe ve şikâyet bilgisi verilmedi mi? O zaman bunları alma hakkınız var.
    Yazılı veya sözlü şikâyet edebilirsiniz.
