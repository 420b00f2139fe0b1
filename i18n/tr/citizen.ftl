# Vatandaş için sade Türkçe bilgi. Ana metin Danca'dır (i18n/da/citizen.ftl); kaynaklar oradadır.
# Makine çevirisi; henüz bir çevirmen tarafından kontrol edilmedi.

citizen-unreviewed-notice = Makine çevirisi. Bu metni henüz bir çevirmen kontrol etmedi.
citizen-i-speak = Türkçe konuşuyorum
handout-title = Vatandaş Hizmetleri'nden bilgi
handout-footer = Kopenhag Belediyesi Vatandaş Hizmetleri'nde verildi, { $date }.

## Hoş geldiniz

topic-welcome-title = Hoş geldiniz
topic-welcome-intro = Eşit derecede iyi hizmet alma hakkınız var. Size böyle yardım ediyoruz.
topic-welcome-1-heading = Eşit muamele görme hakkınız var
topic-welcome-1-body =
    Bütün vatandaşların belediyeden aynı iyi hizmeti alma hakkı vardır.
    Kim olursanız olun ve nereden gelirseniz gelin bu geçerlidir.
topic-welcome-2-heading = Eşit ama aynı değil
topic-welcome-2-body =
    Kopenhag'da şöyle deriz: eşit davranılır – ama herkese aynı şekilde değil.
    Bu, size ihtiyacınız olan şekilde yardım ettiğimiz anlamına gelir.
    Bazı kişilerin tercümana ihtiyacı vardır. Bazılarının daha fazla zamana veya bilgisayar konusunda yardıma ihtiyacı vardır.
    Amacımız, herkes kadar iyi hizmet almanızdır.
topic-welcome-3-heading = Neye ihtiyacınız olduğunu söyleyin
topic-welcome-3-body =
    Bir şeyi anlamazsanız söyleyin.
    Bizden yavaş konuşmamızı isteyebilirsiniz.
    Size yardım etmek istiyoruz.

## Haklarınız ve seçenekleriniz

topic-rights-title = Haklarınız ve seçenekleriniz
topic-rights-intro = Soru sorabilir, yanınızda birini getirebilir ve mektuplarınızı açıklatabilirsiniz.
topic-rights-1-heading = Mektuplarınızı açıklarız
topic-rights-1-body =
    Belediyeden anlamadığınız bir mektup mu aldınız?
    Mektubu Vatandaş Hizmetleri'ne getirin.
    Ne yazdığını ve ne yapmanız gerektiğini açıklarız.
topic-rights-2-heading = Yanınızda birini getirebilirsiniz
topic-rights-2-body =
    Güvendiğiniz bir kişiyi yanınızda getirebilirsiniz.
    Bu bir arkadaşınız veya ailenizden biri olabilir.
    18 yaşından küçük bir çocuk belediyede normalde sizin için tercümanlık yapamaz. Tercüman bölümünde daha fazlasını okuyun.
topic-rights-3-heading = Tekrar sorabilirsiniz
topic-rights-3-body =
    Tekrar sormanız tamamen normaldir.
    Bir kez daha, yavaşça veya başka kelimelerle seve seve açıklarız.
    Bizden bunu yazmamızı da isteyebilirsiniz.
topic-rights-4-heading = Kendi dilinizde bilgi
topic-rights-4-body =
    Kendi dilinizde bilgi isteyebilirsiniz.
    Bazı dillerde metinlerimiz var. Onları Danca'nın yanında gösterebiliriz.
    Metni kâğıt üzerinde eve götürebilirsiniz.
    Tercüman da isteyebilirsiniz. Tercüman bölümünde daha fazlasını okuyun.

## Tercüman

topic-interpreter-title = Tercüman
topic-interpreter-intro = Ne zaman tercüman alırsınız ve kim tercümanlık yapabilir.
topic-interpreter-1-heading = Belediyede tercüman
topic-interpreter-1-body =
    Kanun her zaman tercüman hakkı vermez.
    Ama belediye, bizim sizi ve sizin bizi anladığınızdan emin olmak zorundadır.
    Dosyanızla ilgilenen görevli, tercümana ihtiyaç olup olmadığına karar verir.
    Tercümana ihtiyaç varsa, parasını belediye öder.
topic-interpreter-2-heading = Çocuklar tercümanlık yapamaz
topic-interpreter-2-body =
    1 Temmuz 2025'ten itibaren 18 yaşından küçük çocuklar belediyede sizin için tercümanlık yapamaz.
    Bu, konuştuğunuzda başka resmî kurumlarda da geçerlidir.
    Ama bir çocuk basit, pratik konularda tercümanlık yapabilir.
topic-interpreter-3-heading = Doktorda ve hastanede tercüman
topic-interpreter-3-body =
    Doktorda ve hastanede kurallar farklıdır.
    Tercüman için bir ücret olabilir, örneğin Danimarka'da 3 yıldan fazla yaşadıysanız.
    Sizin için neyin geçerli olduğunu doktorunuza veya hastaneye sorun.
topic-interpreter-4-heading = Nasıl tercüman istersiniz
topic-interpreter-4-body =
    Tercümana ihtiyacınız varsa söyleyin.
    Tercüman burada, telefonda veya videoda olabilir.

## Dijital yardım

topic-digital-title = Dijital yardım
topic-digital-intro = MitID, Digital Post ve interneti kullanmak için yardım.
topic-digital-1-heading = MitID'yi Vatandaş Hizmetleri'nden alın
topic-digital-1-body =
    MitID'yi Vatandaş Hizmetleri'nden alabilirsiniz.
    Başlamanız için size yardım ederiz.
topic-digital-2-heading = MitID uygulamasını kullanamıyorsanız
topic-digital-2-body =
    Uygulama dışında başka yollar da var.
    - Kod gösterici (kodeviser)
    - Kodu sesli okuyan kod okuyucu (kodeoplæser)
    - MitID çipi
    Bunun bir ücreti olup olmadığını bize sorun.
topic-digital-3-heading = Digital Post'tan muafiyet
topic-digital-3-body =
    Digital Post'u kullanamıyor musunuz? O zaman muafiyet için başvurabilirsiniz. Böylece mektuplarınızı kâğıt üzerinde alırsınız.
    Vatandaş Hizmetleri'ne başvurursunuz. Kimliğinizi getirin ve bir beyanı imzalayın. Nedenini gösteren belge göstermeniz gerekmez.
    Neden örneğin şunlar olabilir:
    - bir engel
    - bilgisayar veya internet olmaması
    - dilde zorluk
    - MitID almakta zorluk
    - sabit bir adresin olmaması
topic-digital-4-heading = Aileden ve bankoda yardım
topic-digital-4-body =
    Ailenizden birine Digital Post'unuzu okuma izni verebilirsiniz.
    Ayrıca burada, bankoda, internetteki işlemlerinizde size yardım edebiliriz.

## Kopenhag'da yeni

topic-newcomer-title = Kopenhag'da yeni
topic-newcomer-intro = Kopenhag'a taşındığınızda ilk adımlar.
topic-newcomer-1-heading = CPR numarası alın
topic-newcomer-1-body =
    İlk adım bir CPR numarası almaktır.
    Vatandaş Hizmetleri'nde veya International House Copenhagen'da kayıt olabilirsiniz.
    Şunları getirin:
    - pasaportunuz
    - Danimarka'da yaşayabileceğinizi gösteren belge
    - adresinizin kanıtı
topic-newcomer-2-heading = Doktorunuzu seçin
topic-newcomer-2-body =
    Kaydınız yapılırken doktorunuzu seçersiniz.
topic-newcomer-3-heading = Sarı sağlık kartınız
topic-newcomer-3-body =
    Sarı bir sağlık kartını posta ile alırsınız.
    Bu birkaç hafta sürer.
topic-newcomer-4-heading = Ücretsiz Danca öğrenin
topic-newcomer-4-body =
    Burada yaşarken bir süre ücretsiz Danca öğrenebilirsiniz.
    Depozito ile ilgili kurallar olabilir. Dil okuluna sorun.

## Ayrımcılık şikâyeti

topic-complaints-title = Ayrımcılığa uğradığınızı düşünüyorsanız
topic-complaints-intro = Nereye şikâyet edebilir ve nereden tavsiye alabilirsiniz.
topic-complaints-1-heading = Önce dosyanızla ilgilenenlere şikâyet edin
topic-complaints-1-body =
    Belediyeyle ilişkinizde ayrımcılığa uğradığınızı mı düşünüyorsunuz? O zaman şikâyet edebilirsiniz.
    Önce dosyanızla ilgilenen birime şikâyet edin.
topic-complaints-2-heading = Kopenhag Vatandaş Danışmanı
topic-complaints-2-body =
    Cevaptan memnun değil misiniz? O zaman Københavns Borgerrådgiver'e (Vatandaş Danışmanı) gidebilirsiniz.
    Bu normalde 1 yıl içinde olmalıdır.
    Daha fazlasını kk.dk/om-kommunen/borgerraadgiveren adresinde okuyun.
topic-complaints-3-heading = Eşit Muamele Kurulu
topic-complaints-3-body =
    Ligebehandlingsnævnet'e (Eşit Muamele Kurulu) de şikâyet edebilirsiniz.
    Bu ücretsizdir ve yazılı olarak şikâyet edersiniz.
    Olay doğrudan sizi etkilemiş olmalıdır.
    Kurul örneğin cinsiyet, ırk ve etnik köken ve engellilikle ilgili davalara bakar.
topic-complaints-4-heading = Tavsiye alın
topic-complaints-4-body =
    Institut for Menneskerettigheder (Danimarka İnsan Hakları Enstitüsü) size tavsiye verebilir.
    Bu, ırk veya etnik köken nedeniyle ayrımcılığa uğradıysanız geçerlidir.
topic-complaints-5-heading = Meclis Ombudsmanı
topic-complaints-5-body =
    Folketingets Ombudsmand'a (Meclis Ombudsmanı) da gidebilirsiniz.
    Yolu bulmak için yardım ister misiniz? O zaman bize sorun.

## Başka nereden yardım alabilirsiniz

topic-help-title = Nereden yardım alabilirsiniz
topic-help-intro = Nereye sorabilirsiniz ve kim size tavsiye verebilir.
topic-help-1-heading = Vatandaş Hizmetleri'nde bize sorun
topic-help-1-body =
    Nereye gideceğinizi bilmiyor musunuz? Vatandaş Hizmetleri'nde bize sorun.
    Size yol gösteririz.
topic-help-2-heading = Güvendiğiniz birini getirin
topic-help-2-body =
    Güvendiğiniz bir kişiyi yanınızda getirebilirsiniz.
    Unutmayın: 18 yaşından küçük bir çocuk belediyede normalde sizin için tercümanlık yapamaz.
topic-help-3-heading = İnternette daha fazlasını okuyun
topic-help-3-body =
    Haklarınız hakkında borger.dk ve kk.dk'de daha fazlasını okuyabilirsiniz.
    Doğru yeri bulmanıza yardım edebiliriz.
topic-help-4-heading = Tavsiye veren yerler
topic-help-4-body =
    Buralardan tavsiye alabilir veya şikâyet edebilirsiniz:
    - Københavns Borgerrådgiver
    - Kopenhag'ın ayrımcılık hattı
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    "Ayrımcılığa uğradığınızı düşünüyorsanız" bölümünde daha fazlasını okuyun.
    Doğru yeri bulmanıza yardım edebiliriz.
