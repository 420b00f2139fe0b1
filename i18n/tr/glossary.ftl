# Sözlük: vatandaşın belediyede karşılaştığı kelimeler, sade dille. Ana metin Danca'dır.
# Her başlık Danca terimi parantez içinde gösterir, böylece mektup veya tabeladaki kelimeyle eşleşir.

## Vatandaş ve kimlik

term-cpr-number-name = CPR numarası (CPR-nummer)
term-cpr-number-text = Danimarka'daki kişisel numaranız. Bunu belediyede, doktorda ve bankada kullanırsınız.
term-health-card-name = Sağlık kartı (Sundhedskort)
term-health-card-text = Üzerinde CPR numaranız (CPR-nummer) ve doktorunuz yazan sarı bir kart. Doktora giderken yanınıza alın.
term-blue-health-card-name = Mavi AB sağlık sigortası kartı (Blåt EU-sygesikringskort)
term-blue-health-card-text = Avrupa'da bir seyahatte hastalanırsanız kullandığınız mavi bir kart.
term-passport-name = Pasaport (Pas)
term-passport-text = Ülkenizden aldığınız ve kim olduğunuzu gösteren belge. Seyahat ederken kullanırsınız.
term-driving-licence-name = Ehliyet (Kørekort)
term-driving-licence-text = Araba kullanma izniniz olduğunu gösteren bir kart. Kim olduğunuzu da gösterir.
term-id-document-name = Kimlik belgesi (Legitimation)
term-id-document-text = Kim olduğunuzu gösteren fotoğraflı bir belge. Bu bir pasaport veya ehliyet olabilir.
term-residence-permit-name = Oturma izni (Opholdstilladelse)
term-residence-permit-text = Danimarka'da yaşama izniniz olduğunu gösteren belge.
term-registration-certificate-name = Kayıt belgesi (Registreringsbevis)
term-registration-certificate-text = AB vatandaşı olarak Danimarka'da yaşama hakkınız olduğunu gösteren belge.
term-registered-address-name = Kayıtlı adres (Folkeregisteradresse)
term-registered-address-text = Yaşadığınız ve belediyenin kaydettiği adres. Mektuplar ve kartlar oraya gönderilir.
term-moving-name = Taşınma (Flytning)
term-moving-text = Yeni bir yere taşınırsınız. O zaman yeni adresinizi belediyeye söylemelisiniz.
term-lease-name = Kira sözleşmesi (Lejekontrakt)
term-lease-text = Bir ev kiraladığınızı gösteren, sizin ve ev sahibinin imzaladığı belge. Nerede yaşadığınızı gösterebilir.
term-documentation-name = Belge (Dokumentation)
term-documentation-text = Bir şeyin doğru olduğunu gösteren kâğıtlar. Örneğin pasaport veya kira sözleşmesi.

## Dijital

term-mitid-name = MitID
term-mitid-text = Dijital kimliğiniz. Belediyeye, bankaya ve borger.dk'ye giriş yapmak için kullanırsınız.
term-code-display-name = Kod gösterici (Kodeviser)
term-code-display-text = Bir kod gösteren küçük bir cihaz. MitID uygulaması yerine kullanabilirsiniz.
term-audio-code-reader-name = Sesli kod okuyucu (Kodeoplæser)
term-audio-code-reader-text = Bir kodu sesli okuyan küçük bir cihaz. Kodu göremiyorsanız işinize yarar.
term-mitid-chip-name = MitID çipi (MitID-chip)
term-mitid-chip-text = Uygulama olmadan MitID ile giriş yapmak için kullanabileceğiniz küçük bir çip.
term-digital-post-name = Digital Post
term-digital-post-text = Belediyeden ve diğer kurumlardan gelen, kâğıt yerine internette okuduğunuz mektuplar.
term-digital-post-exemption-name = Digital Post'tan muafiyet (Fritagelse for Digital Post)
term-digital-post-exemption-text = Böylece mektuplarınızı internet yerine kâğıt üzerinde alırsınız. Bunun için Vatandaş Hizmetleri'ne (Borgerservice) başvurursunuz.
term-relative-access-name = Yakınlar için erişim (Adgang for pårørende)
term-relative-access-text = Güvendiğiniz bir kişiye Digital Post'unuzu okuma izni verirsiniz.
term-borger-dk-name = borger.dk
term-borger-dk-text = Kamunun internet sitesi. Burada haklarınızı okuyabilir ve başvuru yapabilirsiniz.
term-self-service-name = Self servis (Selvbetjening)
term-self-service-text = Bir şey için internette kendiniz başvurursunuz. Bankoda size yardım edebiliriz.
term-nemkonto-name = NemKonto
term-nemkonto-text = Kamudan para aldığınız banka hesabınız.

## Belediye ve dosyanız

term-citizen-service-name = Vatandaş Hizmetleri (Borgerservice)
term-citizen-service-text = Belediyeyle görüşüp yardım alabileceğiniz yer. Şu anda buradasınız.
term-municipality-name = Belediye (Kommune)
term-municipality-text = Kamu yönetiminin size yakın olan bölümü. Siz Kopenhag Belediyesi'nde (Københavns Kommune) yaşıyorsunuz.
term-caseworker-name = Dosya görevlisi (Sagsbehandler)
term-caseworker-text = Belediyede dosyanız üzerinde çalışan kişi.
term-decision-name = Karar (Afgørelse)
term-decision-text = Belediyenin dosyanıza verdiği cevap. Bunu çoğu zaman bir mektupla alırsınız.
term-deadline-name = Son tarih (Frist)
term-deadline-text = Bir şey yapabileceğiniz son gün. Örneğin bir belge göndermek veya şikâyet etmek için.
term-appointment-name = Randevu (Tid)
term-appointment-text = Belediyeyle belli bir gün ve saatte anlaştığınız görüşme.
term-power-of-attorney-name = Vekâletname (Fuldmagt)
term-power-of-attorney-text = Başka birine sizin yerinize bir işi halletme izni verdiğiniz belge.
term-digital-power-of-attorney-name = Dijital vekâlet (Digital Fuldmagt)
term-digital-power-of-attorney-text = İnternette verilen bir vekâlet. Böylece başka biri, kamunun internetteki self servis işlemlerinde size yardım edebilir.
term-companion-name = Destekçi (Bisidder)
term-companion-text = Belediyeyle bir toplantıya yanınızda getirdiğiniz kişi. Bu kişi size destek olur.
term-right-to-be-heard-name = Görüş alma (Partshøring)
term-right-to-be-heard-text = Belediye bir karar vermeden önce dosyanızdaki bilgileri size gösterir. Siz de cevap verebilirsiniz.
term-access-to-file-name = Dosyayı görme (Aktindsigt)
term-access-to-file-text = Dosyanızdaki belgeleri görme hakkınız.
term-consent-name = Onay (Samtykke)
term-consent-text = Bir şeye evet dersiniz. Örneğin dosyanız hakkında başka biriyle konuşmamıza izin verirsiniz.
term-doctor-name = Doktor (Læge)
term-doctor-text = Kendi doktorunuz. Hasta olduğunuzda önce doktorunuza gidersiniz.
term-international-house-name = International House Copenhagen
term-international-house-text = Kopenhag'da, yurt dışından gelen yeni vatandaşların yardım alabildiği bir yer. Orada CPR numarası (CPR-nummer) alabilirsiniz.
term-danish-education-name = Danca eğitimi (Danskuddannelse)
term-danish-education-text = Danimarka'ya yeni gelen yetişkinler için Danca dersleri.

## Tercüman

term-interpreter-name = Tercüman (Tolk)
term-interpreter-text = Danca söyleneni sizin dilinizde, sizin söylediğinizi de Danca söyleyen kişi.
term-phone-interpreter-name = Telefon tercümanı (Telefontolk)
term-phone-interpreter-text = Telefonda konuştuğunuz bir tercüman. Tercüman odada değildir.
term-video-interpreter-name = Video tercümanı (Videotolk)
term-video-interpreter-text = Bir ekranda görüp duyduğunuz tercüman.
term-sign-language-interpreter-name = İşaret dili tercümanı (Tegnsprogstolk)
term-sign-language-interpreter-text = Konuşma ile işaret dili arasında tercümanlık yapan tercüman.

## Eşit muamele ve şikâyet

term-equal-treatment-name = Eşit muamele (Ligebehandling)
term-equal-treatment-text = Herkes eşit derecede iyi hizmet alır. Bazı kişilerin bunun için başkalarından daha fazla yardıma ihtiyacı vardır.
term-discrimination-name = Ayrımcılık (Diskrimination)
term-discrimination-text = Birine başkalarından daha kötü davranılır. Bu örneğin dil, inanç, ten rengi veya engellilik nedeniyle olabilir.
term-complaint-name = Şikâyet (Klage)
term-complaint-text = Belediyenin cevabına katılmadığınızı söylersiniz. Ya da size kötü davranıldığını söylersiniz.
term-complaint-guidance-name = Şikâyet bilgisi (Klagevejledning)
term-complaint-guidance-text = Bir mektuptaki bir metin. Nasıl ve ne zaman şikâyet edebileceğinizi söyler.
term-citizens-advisor-name = Vatandaş Danışmanı (Borgerrådgiver)
term-citizens-advisor-text = Kopenhag Belediyesi'nde bir yer. Bir şikâyete verilen cevaptan memnun değilseniz oraya gidebilirsiniz.
term-equal-treatment-board-name = Eşit Muamele Kurulu (Ligebehandlingsnævnet)
term-equal-treatment-board-text = Ayrımcılık hakkında ücretsiz şikâyet edebileceğiniz bir kurul. Yazılı olarak şikâyet edersiniz.
term-human-rights-institute-name = Danimarka İnsan Hakları Enstitüsü (Institut for Menneskerettigheder)
term-human-rights-institute-text = Ayrımcılık konusunda tavsiye veren bir enstitü. Örneğin cinsiyet, ırk veya etnik köken nedeniyle ayrımcılık.
term-ombudsman-name = Meclis Ombudsmanı (Folketingets Ombudsmand)
term-ombudsman-text = Kamu kurumları hakkında şikâyet edebileceğiniz bir yer.
