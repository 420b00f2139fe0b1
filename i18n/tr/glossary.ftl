# Sözlük: vatandaşın belediyede karşılaştığı kelimeler, sade dille. Ana metin Danca'dır.

## Vatandaş ve kimlik

term-cpr-number-name = CPR numarası
term-cpr-number-text = Danimarka'daki kişisel numaranız. Bunu belediyede, doktorda ve bankada kullanırsınız.
term-health-card-name = Sağlık kartı
term-health-card-text = Üzerinde CPR numaranız ve doktorunuz yazan sarı bir kart. Doktora giderken yanınıza alın.
term-passport-name = Pasaport
term-passport-text = Ülkenizden aldığınız ve kim olduğunuzu gösteren belge. Seyahat ederken kullanırsınız.
term-id-document-name = Kimlik belgesi
term-id-document-text = Kim olduğunuzu gösteren fotoğraflı bir belge. Bu bir pasaport veya ehliyet olabilir.
term-residence-permit-name = Oturma izni
term-residence-permit-text = Danimarka'da yaşamanıza izin verildiğini gösteren belge.
term-registration-certificate-name = Kayıt belgesi
term-registration-certificate-text = AB vatandaşı olarak Danimarka'da yaşama hakkınız olduğunu gösteren belge.
term-registered-address-name = Kayıtlı adres
term-registered-address-text = Yaşadığınız ve belediyenin kaydettiği adres. Mektuplar ve kartlar oraya gönderilir.
term-moving-name = Taşınma
term-moving-text = Taşındığınızda yeni adresinizi belediyeye bildirmeniz gerekir.
term-lease-name = Kira sözleşmesi
term-lease-text = Bir ev kiraladığınızda sizin ve ev sahibinin imzaladığı belge. Nerede yaşadığınızı gösterebilir.
term-documentation-name = Belge
term-documentation-text = Bir şeyin doğru olduğunu gösteren kâğıtlar. Örneğin pasaport veya kira sözleşmesi.

## Dijital

term-mitid-name = MitID
term-mitid-text = Dijital kimliğiniz. Belediyeye, bankaya ve borger.dk'ye giriş yapmak için kullanırsınız.
term-code-display-name = Kod gösterici
term-code-display-text = Bir kod gösteren küçük bir cihaz. MitID uygulaması yerine kullanabilirsiniz.
term-audio-code-reader-name = Sesli kod okuyucu
term-audio-code-reader-text = Bir kodu sesli okuyan küçük bir cihaz. Kodu göremiyorsanız işinize yarar.
term-mitid-chip-name = MitID çipi
term-mitid-chip-text = Uygulama olmadan MitID ile giriş yapmak için kullanabileceğiniz küçük bir çip.
term-digital-post-name = Digital Post
term-digital-post-text = Belediyeden ve diğer kurumlardan gelen, kâğıt yerine internette okuduğunuz mektuplar.
term-digital-post-exemption-name = Digital Post'tan muafiyet
term-digital-post-exemption-text = Böylece mektuplarınızı internet yerine kâğıt üzerinde alırsınız. Vatandaş Hizmetleri'ne başvurursunuz.
term-relative-access-name = Yakınınıza erişim izni
term-relative-access-text = Ailenizden birine Digital Post'unuzu okuma izni verirsiniz.
term-borger-dk-name = borger.dk
term-borger-dk-text = Kamunun internet sitesi. Burada haklarınızı okuyabilir ve başvuru yapabilirsiniz.
term-self-service-name = Self servis
term-self-service-text = Bir şey için internette kendiniz başvurmanız. Bankoda size yardım edebiliriz.
term-nemkonto-name = NemKonto
term-nemkonto-text = Kamudan para aldığınız banka hesabınız.

## Belediye ve dosyanız

term-citizen-service-name = Vatandaş Hizmetleri
term-citizen-service-text = Belediyeyle görüşüp yardım alabileceğiniz yer. Şu anda buradasınız.
term-municipality-name = Belediye
term-municipality-text = Bir bölgede yaşayan insanlara yardım eden kamu kurumu. Siz Kopenhag Belediyesi'nde yaşıyorsunuz.
term-caseworker-name = Dosya görevlisi
term-caseworker-text = Belediyede dosyanız üzerinde çalışan kişi.
term-decision-name = Karar
term-decision-text = Belediyenin dosyanızdaki cevabı. Bunu çoğu zaman bir mektupla alırsınız.
term-deadline-name = Son tarih
term-deadline-text = Bir şey yapabileceğiniz son gün. Örneğin bir belge göndermek veya şikâyet etmek.
term-appointment-name = Randevu
term-appointment-text = Belediyeyle belli bir gün ve saatte anlaştığınız görüşme.
term-power-of-attorney-name = Vekâletname
term-power-of-attorney-text = Başka birine sizin yerinize bir işi yapma izni verdiğiniz belge.
term-consent-name = Onay
term-consent-text = Bir şeye evet demeniz. Örneğin dosyanız hakkında başka biriyle konuşmamıza izin vermeniz.
term-doctor-name = Doktor
term-doctor-text = Kendi doktorunuz. Hasta olduğunuzda önce doktorunuza gidersiniz.
term-international-house-name = International House Copenhagen
term-international-house-text = Kopenhag'da, yurt dışından gelen yeni vatandaşların yardım alabildiği bir yer. Orada CPR numarası alabilirsiniz.
term-danish-education-name = Danca eğitimi
term-danish-education-text = Danimarka'ya yeni gelen yetişkinler için Danca dersleri.

## Tercüman

term-interpreter-name = Tercüman
term-interpreter-text = Danca söyleneni sizin dilinizde, sizin söylediğinizi de Danca söyleyen kişi.
term-phone-interpreter-name = Telefon tercümanı
term-phone-interpreter-text = Telefonda yardım eden tercüman.
term-video-interpreter-name = Video tercümanı
term-video-interpreter-text = Bir ekranda görüp duyduğunuz tercüman.

## Eşit muamele ve şikâyet

term-equal-treatment-name = Eşit muamele
term-equal-treatment-text = Herkes eşit derecede iyi hizmet alır. Bazı kişilerin bunun için başkalarından daha fazla yardıma ihtiyacı vardır.
term-discrimination-name = Ayrımcılık
term-discrimination-text = Birine örneğin dili, dini, ten rengi veya engeli nedeniyle daha kötü davranılması.
term-complaint-name = Şikâyet
term-complaint-text = Belediyenin cevabına katılmadığınızı veya size kötü davranıldığını söylemeniz.
term-complaint-guidance-name = Şikâyet bilgisi
term-complaint-guidance-text = Bir mektubun, nasıl ve ne zaman şikâyet edebileceğinizi anlatan bölümü.
term-citizens-advisor-name = Vatandaş Danışmanı
term-citizens-advisor-text = Belediyenin bir şikâyete verdiği cevaptan memnun değilseniz gidebileceğiniz, Kopenhag Belediyesi'ndeki bir yer.
term-equal-treatment-board-name = Eşit Muamele Kurulu
term-equal-treatment-board-text = Ayrımcılık hakkında ücretsiz şikâyet edebileceğiniz bir kurul. Yazılı olarak şikâyet edersiniz.
term-human-rights-institute-name = Danimarka İnsan Hakları Enstitüsü
term-human-rights-institute-text = Irk veya etnik köken nedeniyle ayrımcılığa uğradıysanız tavsiye veren bir enstitü.
term-ombudsman-name = Meclis Ombudsmanı
term-ombudsman-text = Kamu kurumları hakkında şikâyet edebileceğiniz bir yer.
