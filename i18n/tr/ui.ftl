# Skranke'nin kendi arayüzü, Türkçe. Makine çevirisi; henüz bir çevirmen tarafından kontrol edilmedi.

app-title = Skranke

## Navigation

nav-settings = Ayarlar
nav-about = Skranke hakkında

## Themes

theme-system = Sistemi izle (açık veya koyu)
theme-light = Açık
theme-dark = Koyu
theme-high-contrast-dark = Yüksek kontrast, koyu
theme-high-contrast-light = Yüksek kontrast, açık

## Settings

settings-title = Ayarlar
settings-staff-language = Sizin diliniz
settings-staff-language-hint = Personel olarak sizin için Skranke'nin dili.
settings-citizen-language = Vatandaşın dili
settings-citizen-language-hint = Vatandaşa gösterdiklerinizin dili. Ctrl+L son kullandığınız diller arasında geçiş yapar.
settings-theme = Renkler
settings-theme-hint = Yüksek kontrast, metni ve kenarları daha belirgin yapar.
settings-scale = Yazı boyutu
settings-scale-hint = Ekrandaki her şeyi büyütür. Kısayol: Ctrl+artı, Ctrl+eksi ve Ctrl+0.
settings-unit = Birim
settings-unit-hint = Biriminizin adı, örn. Borgerservice Nørrebro. Erişim kaydına yazılır.
settings-unit-label = Birim adı
settings-unit-count = { $count } / { $max } karakter
settings-unit-save = Birimi kaydet
settings-unit-saved = Kaydedildi.

## About

about-title = Skranke hakkında
about-intro = Skranke, Borgerservice çalışanlarının Kopenhag Belediyesi'nin eşit muamele ilkelerini günlük işte uygulamasına yardım eder: kontrol listeleri, vatandaşa kendi dilinde bilgi ve erişim çalışmalarının kaydı. İnternet olmadan çalışır.
about-version = Sürüm { $version }
about-files = Verileriniz nerede
about-settings-file = Ayarlar
about-database-file = Veritabanı
about-database-status = Veritabanı durumu
about-database-open = Kullanımda (şema sürümü { $version }).
about-overrides-folder = Kendi metinleriniz için klasör (.ftl)
about-overrides-none = Kendi metinleriniz kullanılmıyor.
about-keyboard = Klavye
about-key-tab = Sonraki veya önceki düğmeye ya da alana git.
about-key-activate = Odaktaki düğmeyi veya seçeneği kullan.
about-key-escape = Açık olanı kapat veya menüye dön.
about-key-region = Menü ile içerik arasında geçiş yap.
about-key-screens = Doğrudan menüdeki bir öğeye git.
about-key-citizen-language = Vatandaşın dilini değiştir.
about-key-scale = Daha büyük, daha küçük veya normal yazı.
about-key-scroll = Yukarı ve aşağı kaydır.
about-translations = Çeviriler
about-translations-hint = Bir çevirmenin kontrol etmediği metinler makine çevirisidir. Hata içerebilirler.
about-fonts = Yazı tipleri
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu ve Noto Sans Ethiopic. Lisans: SIL Open Font License 1.1.

## Review status of a translation

review-source = Kaynak dil
review-machine = Makine çevirisi, bir çevirmen tarafından kontrol edilmedi
review-reviewed = { $reviewer } tarafından kontrol edildi, { $date }

## Database problems

store-not-a-database = Veritabanı dosyası bir SQLite veritabanı değil.
store-damaged = Veritabanı dosyası bozuk.
store-newer-schema = Veritabanı Skranke'nin daha yeni bir sürümüyle oluşturulmuş (şema { $found }; bu sürüm en fazla { $supported } şemasını biliyor). Kullanmak için Skranke'yi güncelleyin.
store-unavailable = Veritabanı açılamadı. { $reason }
store-opening = Kayıt açılıyor ve kontrol ediliyor. Bu bir an sürer.

## Editors' text overrides

override-applied = Kendi metinleriniz kullanılıyor: { $file }
override-rejected = Kendi metinleriniz kullanılmadı: { $file }. { $reason }
override-unknown-locale = { $code } klasörü Skranke'de bir dil değil.
override-unreadable = Dosya okunamadı. Dosya UTF-8 olarak kaydedilmiş olmalı ve Skranke'nin onu okuma izni olmalı.
override-syntax = { $line }. satırda bir hata var.
override-unknown-message = { $id } metni Skranke'de yok.
override-variables = { $id } metni Danca metinden farklı değişkenler kullanıyor.

## Notices

notice-store = Kayıt kullanılamıyor. { $problem } Dosya değiştirilmedi.
notice-unknown-locale = "{ $tag }" dili Skranke'de yok. Varsayılan dil kullanılıyor.
notice-overrides = { $count ->
    [one] Kendi metinlerinizi içeren bir dosya kullanılmadı. Skranke hakkında bölümüne bakın.
   *[other] Kendi metinlerinizi içeren { $count } dosya kullanılmadı. Skranke hakkında bölümüne bakın.
}
notice-save-failed = Ayarlar kaydedilemedi. { $reason }
notice-settings-unreadable = Ayarlar dosyası okunamadı, bu yüzden varsayılan ayarlar kullanılıyor. Dosya değiştirilmedi.
notice-settings-fields = Bazı ayarlar geçersizdi ve varsayılan değerlerini kullanıyor: { $fields }. Dosya değiştirilmedi.
notice-dismiss = Tamam

## Status line

status-staff-language = Sizin diliniz: { $language }
status-citizen-language = Vatandaşın dili:
status-scale = Yazı %{ $percent }

## The personal-data guard

guard-cpr = Metin bir CPR numarasına benziyor. Vatandaşın kim olduğunu asla yazmayın: sadece ne yapıldığını yazın.
guard-phone = Metin bir telefon numarasına benziyor. Vatandaşın kim olduğunu asla yazmayın. Bir tarihi 24.11.2025 şeklinde yazabilirsiniz.
guard-email = Metin bir e-posta adresine benziyor. Vatandaşın kim olduğunu asla yazmayın: sadece ne yapıldığını yazın.
guard-too-long = Metin çok uzun: { $length } karakter. En fazla { $max } karakter kullanın.

## Principles screen

nav-principles = İlkeler
principles-tab-list = İlkeler
principles-tab-visit = Ziyaret kontrol listesi ({ $count })
principles-tab-assessment = Birimin öz değerlendirmesi
principles-title = Eşit muamele ilkeleri
principles-intro = Kopenhag Belediyesi'nin eşit muamele için 20 ilkesi. Neler yapabileceğinizi ve biriminizde nelerin hazır olduğunu görmek için bir ilke seçin.
principles-filter = Başlıklarda ve özetlerde ara
principles-no-match = "{ $filter }" ile eşleşen ilke yok.
principles-entry-progress = Birimde { $total } maddeden { $done } tanesi hazır
principles-back = ‹ Tüm ilkeler
principles-at-the-desk = Bankoda
principles-at-the-desk-hint = Bu ziyarette vatandaş için yaptıklarınızı işaretleyin. Ziyareti kaydettiğinizde bunlar da eklenir.
principles-unit-desk = Birimin öz değerlendirmesi: bunu her zaman yapıyor muyuz?
principles-unit-in-place = Biriminizde hazır olanlar
principles-unit-hint = Birimin her maddede ne kadar ilerlediğini seçin. Kısa bir yorum yazabilirsiniz, ama asla isim veya başka kişisel veri yazmayın.
principles-question = Düşünmek için soru
principles-show-original = Özgün metni göster
principles-hide-original = Özgün metni gizle
principles-original = Kopenhag Belediyesi ilkelerinin özgün metni (Danca)

## Per-visit checklist

visit-title = Ziyaret kontrol listesi
visit-intro = Şimdi bankoda vatandaş için yaptıklarınızı işaretleyin. Ziyareti kaydettiğinizde ilkeler de eklenir. Vatandaşın kim olduğuyla ilgili hiçbir şey kaydedilmez.
visit-served-none = Henüz hiçbir şey işaretlenmedi.
visit-served = Bu ziyarette kullanılan ilkeler: { $codes }
visit-reset = Sonraki vatandaş: kontrol listesini temizle

## Self-assessment

assessment-title = Birimin öz değerlendirmesi
assessment-intro = Biriminiz her ilkede ne kadar ilerledi? Her değişiklik zamanıyla kaydedilir, böylece gelişmeyi izleyebilirsiniz.
assessment-no-store = Kayıt kullanılamadığı için öz değerlendirme kaydedilemiyor.
assessment-progress = { $total } maddeden { $in_place } tanesi hazır, { $in_progress } tanesi sürüyor, { $not_started } tanesi başlamadı.
assessment-export = Öz değerlendirmeyi kaydet
assessment-export-hint = Yazdırılacak bir sayfa olarak veya elektronik tablolar için CSV dosyası olarak.
assessment-export-html = Yazdırmak için kaydet (HTML) …
assessment-export-csv = Elektronik tablo olarak kaydet (CSV) …
assessment-not-started = Başlamadı
assessment-in-progress = Sürüyor
assessment-in-place = Hazır
assessment-comment = { $item } hakkında yorum (isteğe bağlı)
assessment-comment-count = { $count } / { $max } karakter
assessment-comment-save = Yorumu kaydet
assessment-comment-saved = Kaydedildi.
assessment-changed = Son değişiklik { $date }
assessment-file-name = oz-degerlendirme
assessment-report-title = Birimin öz değerlendirmesi: eşit muamele ilkeleri
assessment-report-meta = Birim: { $unit }. Tarih: { $date }.
assessment-overview = Genel bakış
assessment-column-section = Bölüm
assessment-column-share = Hazır olanların payı
assessment-column-item = Madde
assessment-column-state = Durum
assessment-column-comment = Yorum
assessment-column-changed = Değiştirildi

## Saving files

save-done = Kaydedildi: { $file }
save-failed = Dosya kaydedilmedi. { $reason }
save-error-permission = Bu klasöre yazma izniniz yok. Başka bir klasör seçin.
save-error-disk-full = Disk dolu. Biraz yer açın veya başka bir sürücü seçin.
save-error-no-folder = Klasör artık yok. Başka bir klasör seçin.
save-error-other = Beklenmeyen bir hata oluştu. Tekrar deneyin veya IT'den yardım isteyin.

## Hatalar: neyin yanlış gittiği, sade sözcüklerle. Sistemin kendi mesajı "Ayrıntıları göster" altında ve IT'nin günlüğünde.

error-store-locked = Kaydı şu anda başka bir program kullanıyor. Biraz sonra tekrar deneyin.
error-store-read-only = Skranke'nin kaydın klasörüne yazma izni yok. IT'den erişim isteyin.
error-store-disk-full = Disk dolu. Biraz yer açın ve tekrar deneyin.
error-store-damaged = Kayıt bozuk. Dışa aktarma ve güvenlik bölümünden bir yedeği geri yükleyin.
error-store-io = Disk yanıt vermedi. Tekrar deneyin veya IT'den yardım isteyin.
error-store-not-open = Kayıt açık değil. Pencerenin üstündeki mesaja bakın.
error-store-invalid = Giriş, kaydın kurallarına uymuyor.
error-store-refused = Metin reddedildi, çünkü kişisel veriye benziyor.
error-store-other = Kayıtta beklenmeyen bir hata oluştu. Tekrar deneyin veya IT'den yardım isteyin.
import-no-log = Veritabanı, Skranke'nin kayıt özelliği olmayan eski bir sürümünden geliyor (şema { $version }). Hiçbir şey içe aktarılmadı.
import-failed = Hiçbir şey içe aktarılmadı. { $reason }
problem-details-show = Ayrıntıları göster
problem-details-hide = Ayrıntıları gizle
problem-details = Sistemin kendi mesajı (IT için):

## Desk screen

nav-desk = Bankoda
nav-glossary = Sözlük
desk-title = Vatandaş için bilgi
desk-citizen-language = Vatandaşın dili
desk-open-card = Dilinizi gösterin
desk-panes = Görünüm
desk-side-by-side = Danca ve vatandaşın dili
desk-citizen-only = Sadece vatandaşın dili
desk-large-text = Daha büyük yazı
desk-topics = Konular
desk-handout-include = Bilgi notunda: { $topic }
desk-handout = Vatandaş için bilgi notu
desk-handout-hint = Seçilen konular vatandaşın dilinde ve Danca, A4'e yazdırılacak bir sayfa olarak.
desk-handout-chosen = { $count ->
    [one] 1 konu seçildi
   *[other] { $count } konu seçildi
}
desk-handout-save = Bilgi notunu kaydet …
desk-sources = Bu bilgi hakkında: kaynaklar ve tarihler
desk-back = ‹ Tüm konular
desk-previous = Önceki konu
desk-next = Sonraki konu
sources-title = Bu bilgi hakkında
sources-intro = Danca metinler bu kaynaklara dayanır. Çeviriler Danca metinlerden yapıldı.
sources-line = Kaynak: { $source }. Kontrol edildi: { $checked }.
sources-none = Kaynak belirtilmedi.

## Point to your language

card-title = Dilinizi gösterin
card-hint = Ekranı vatandaşa gösterin; vatandaş kendi dilini parmağıyla gösterir. Esc kapatır.
card-close = Kapat

## Glossary

glossary-title = Sözlük
glossary-intro = Belediyenin kelimeleri, basitçe açıklanmış. Danca, vatandaşın dilinin yanında durur. Her dilde arama yapabilirsiniz.
glossary-search = Sözlükte ara
glossary-count = { $total } kelimeden { $shown } tanesi

## Outreach log

nav-log = Kayıt
log-title = Erişim kaydı
log-tab-entry = Ziyareti kaydet
log-tab-list = Kayıt
log-tab-transfer = Dışa aktarma ve güvenlik
log-training-mode = Eğitim modu
log-training-mode-on = Yeni girişler eğitim olarak işaretlenir ve istatistiklerde sayılmaz.
log-training-mode-off = Girişler birimin eşitlik göstergelerinde sayılır.
log-training-on-form = EĞİTİM: bu giriş eğitim olarak işaretlendi.
log-no-store = Kayıt kullanılamıyor. Üstteki mesaja bakın.
log-form-title = Yeni ziyaret
log-form-edit-title = Bir girişi düzelt
log-form-intro = Ziyaretten doldurulur. Ctrl+Enter ile kaydedin. Ctrl+Shift+Enter ile kaydedip sonraki vatandaşa hazırlanın. Vatandaşın kim olduğunu asla yazmayın.
log-day = Tarih (gg.aa.yyyy)
log-today = Bugün
log-yesterday = Dün
log-day-invalid = Tarih okunamıyor. 25.11.2026 şeklinde yazın.
log-unit = Birim
log-unit-missing = Birimin adını yazın.
log-channel = Kanal
log-language = Vatandaşın dili
language-other = Başka dil
log-interpreter = Tercüman
log-groups = Ulaşılan gruplar (isteğe bağlı)
log-groups-hint = Sadece açıksa. Bunu doldurmak için vatandaşa asla soru sormayın.
log-topics = Vatandaşa verilen konular
log-principles = Ziyarette kullanılan ilkeler
log-handout = Vatandaşa bilgi notu verildi
log-outcome = Sonuç
log-duration = Süre
log-note = Kısa not (isteğe bağlı)
log-note-hint = Kimin değil, ne yapıldığı. İsim, CPR numarası, adres, telefon numarası veya e-posta yok.
log-note-count = { $count } / { $max } karakter
log-save = Kaydet (Ctrl+Enter)
log-save-next = Kaydet ve sonraki vatandaş (Ctrl+Shift+Enter)
log-cancel-edit = Değişiklikleri at
log-form-has-errors = Giriş kaydedilmedi. Alanlarda kırmızıyla işaretlenenleri düzeltin.
log-saved = Kaydedildi: { $day } ziyareti.
log-save-failed = Giriş kaydedilmedi. { $reason }
log-list-title = Girişler, en yenisi önce
log-filters-show = Filtreleri göster
log-filters-hide = Filtreleri gizle
log-filter-from = Başlangıç tarihi
log-filter-to = Bitiş tarihi
log-filter-apply = Tarihleri kullan
log-filter-clear = Filtreleri temizle
log-filter-any = Tümü
log-f-training = Eğitim
log-f-training-include = Eğitim dahil
log-f-training-exclude = Eğitim hariç
log-f-training-only = Sadece eğitim
log-count = { $count ->
    [one] 1 giriş
   *[other] { $count } giriş
}
log-loading = Yükleniyor …
log-load-failed = Kayıt yüklenemedi. { $reason }
log-empty = Eşleşen giriş yok.
log-training-badge = EĞİTİM
log-row-topics = Konular: { $topics }
log-row-groups = Gruplar: { $groups }
log-row-principles = İlkeler: { $codes }
log-row-handout = Bilgi notu verildi
log-column-day = Tarih
log-column-details = Ayrıntılar
log-column-actions = İşlemler
log-edit = Düzelt
log-delete = Sil
log-deleted = Giriş silindi. Bunu 30 gün boyunca geri alabilirsiniz.
log-undo = Silmeyi geri al
log-newer = Daha yeni
log-older = Daha eski
log-page = Sayfa { $page }

## Codes in the log

channel-desk = Banko
channel-phone = Telefon
channel-video = Video
channel-letter-email = Mektup veya e-posta
channel-outreach-event = Erişim etkinliği
interpreter-none = Tercüman yok
interpreter-in-person = Yüz yüze tercüman
interpreter-phone = Telefon tercümanı
interpreter-video = Video tercümanı
interpreter-bilingual-staff = İki dilli personel
outcome-solved = Çözüldü
outcome-referred = Yönlendirildi
outcome-follow-up = Takip
duration-under-5 = 5 dk.'dan az
duration-5-15 = 5–15 dk.
duration-15-30 = 15–30 dk.
duration-over-30 = 30 dk.'dan fazla
group-newcomer = Yeni gelen
group-language-support = Dil desteğine ihtiyacı var
group-digital-support = Dijital desteğe ihtiyacı var
group-disability = Engellilik
group-mental-illness = Ruhsal hastalık
group-elderly = Yaşlı
group-homeless = Evsiz
group-other = Başka grup

## Export, merge, backup

export-title = Kaydı dışa aktar (CSV)
export-hint = Birimin kendi raporları veya belediyenin BI platformu için. Yanına Danca ve İngilizce bir kod kitabı kaydedilir.
export-range-invalid = Geçerli iki tarih yazın; ilki sonuncudan önce olmalı.
export-training = Eğitim girişlerini dahil et
export-start = Dışa aktar …
export-progress = { $total } girişten { $done } tanesi yazıldı …
import-title = Başka bir bankonun kaydını birleştir
import-hint = Başka bir bankonun dışa aktarımını (CSV) veya veritabanını seçin. Zaten var olan girişler atlanır. Dosyada hata varsa hiçbir şey içe aktarılmaz.
import-start = Dosya seç …
import-done = Birleştirildi: { $added } yeni giriş, { $present } giriş zaten vardı.
import-not-an-export = Dosya Skranke'den bir dışa aktarım değil. Şu sütunlar eksik: { $columns }. Hiçbir şey içe aktarılmadı.
import-unreadable = Dosya { $line }. satırdan itibaren okunamadı. Bu, Skranke'den bir CSV dosyası mı? Hiçbir şey içe aktarılmadı.
import-database = Veritabanı kullanılamıyor. { $reason } Hiçbir şey içe aktarılmadı.
import-invalid = { $count ->
    [one] 1 satırda hata var. Hiçbir şey içe aktarılmadı.
   *[other] { $count } satırda hata var. Hiçbir şey içe aktarılmadı.
}
import-invalid-line = Satır { $line }: { $problems }
import-invalid-more = … ve { $count } satır daha.
import-bad-value = { $column } sütununda geçersiz bir değer var: "{ $value }"
backup-title = Yedek
backup-automatic = Skranke her gün kendiliğinden bir yedek alır. Son 7 yedek { $folder } klasöründe saklanır.
backup-start = Yedek al …
restore-start = Bir yedekten geri yükle …
restore-hint = Geri yüklerken dosya önce kontrol edilir. Mevcut veritabanı yanında saklanır, böylece hiçbir şey kaybolmaz.
restore-done = Yedek geri yüklendi. Önceki veritabanı { $aside } olarak saklandı.
restore-failed = Yedek geri yüklenmedi. { $reason }

## Codebook of the export

codebook-id = Girişin benzersiz kimliği (UUID v7). Her bankoda aynı kimlik, böylece birleştirmede hiçbir şey iki kez sayılmaz.
codebook-day = Görüşmenin günü (YYYY-AA-GG).
codebook-created_at = Girişin yazıldığı zaman (UTC).
codebook-unit = Görüşmeyi kaydeden birim.
codebook-channel = Görüşmenin kanalı.
codebook-language = Vatandaşın dili.
codebook-interpreter = Görüşmede tercüman.
codebook-outcome = Görüşmenin sonucu.
codebook-duration = Görüşmenin ne kadar sürdüğü.
codebook-handout = Vatandaşa bilgi notu verildi mi (1 = evet, 0 = hayır).
codebook-note = Ne yapıldığına dair kısa not. Asla kişisel veri değil.
codebook-training = Eğitim modunda kaydedildi (1 = evet, 0 = hayır). Erişim çalışması olarak sayılmaz.
codebook-groups = Ulaşılan gruplar, noktalı virgülle ayrılmış (isteğe bağlı).
codebook-topics = Vatandaşa verilen konular, noktalı virgülle ayrılmış.
codebook-principles = Görüşmede kullanılan ilkeler (1a–1f), noktalı virgülle ayrılmış.
codebook-yes = Evet
codebook-no = Hayır

## Equality indicators

nav-indicators = Göstergeler
indicators-title = Eşitlik göstergeleri
indicators-intro = Birimin hizmetleri tüm gruplara ulaşıyor mu? Sayılar kayıttan gelir. Eğitim ve silinmiş girişler sayılmaz.
indicators-period = Dönem
indicators-period-month = Ay
indicators-period-quarter = Çeyrek
indicators-period-year = Yıl
indicators-period-custom = Özel dönem
indicators-previous = ‹ Önceki
indicators-next = Sonraki ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = { $quarter }. çeyrek, { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = Tüm birimler
indicators-computing = Göstergeler hesaplanıyor …
indicators-failed = Göstergeler hesaplanamadı. { $reason }
indicators-total = { $period } döneminde { $count } görüşme.
indicators-export = Göstergeleri kaydet
indicators-export-hint = Grafik ve tablolarla yazdırılacak bir rapor olarak veya CSV dosyasında sayılar olarak.
indicators-export-html = Raporu kaydet (HTML) …
indicators-export-csv = Sayıları kaydet (CSV) …
indicators-report-meta = Dönem: { $period }. Birim: { $unit }. Eğitim ve silinmiş girişler sayılmaz.
chart-show-table = Tablo olarak göster
chart-show-chart = Grafik olarak göster
table-what = Ne
table-contacts = Görüşmeler
table-share = Pay
table-baseline = Bölgedeki pay
table-reach = Erişim (1 = bölgedeki gibi)
table-month = Ay
table-language = Dil
table-with-interpreter = Tercümanlı
table-share-with-interpreter = Tercümanlı payı
table-principle = İlke
series-with-interpreter = Tercümanlı
series-without-interpreter = Tercümansız
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
chart-contacts-per-month-title = Aylara göre görüşmeler
chart-contacts-per-month-axis = Görüşmeler
chart-contacts-by-language-title = Vatandaşın diline göre görüşmeler
chart-contacts-by-language-axis = Görüşme sayısı
chart-interpreter-share-by-language-title = Dile göre tercüman
chart-interpreter-share-by-language-axis = Tercümanlı ve tercümansız görüşmeler
chart-groups-reached-title = Ulaşılan gruplar
chart-groups-reached-axis = Gruba ulaşan görüşmeler
chart-topics-given-title = Vatandaşlara verilen konular
chart-topics-given-axis = Konunun verildiği görüşmeler
chart-channel-mix-title = Kanal dağılımı
chart-channel-mix-axis = Kanal başına görüşmeler
chart-outcomes-title = Sonuçlar
chart-outcomes-axis = Sonuç başına görüşmeler
chart-principles-served-title = Her ilkeye hizmet eden ziyaretler (1a–1f)
chart-principles-served-axis = Görüşmelerin payı (%)
chart-self-assessment-title = Bölümlere göre birimin öz değerlendirmesi
chart-self-assessment-axis = Maddeler
baseline-title = Karşılaştırma değeri (isteğe bağlı)
baseline-hint = Bir dilin veya grubun bölgedeki payını yüzde olarak yazın, örn. belediyenin istatistiklerinden. Tablolar o zaman birimin gruba bölgedeki payı kadar ulaşıp ulaşmadığını gösterir. Boş alanlar kullanılmaz.
baseline-open = Karşılaştırma değerini göster
baseline-close = Karşılaştırma değerini gizle
baseline-field = { $name } (bölgenin %'si)
baseline-invalid = Bu alanlar 0 ile 100 arasında bir sayı olmalı: { $names }
baseline-save = Karşılaştırma değerini kaydet

## Training mode

nav-training = Eğitim
training-title = Yeni personelin işe alıştırılması için eğitim
training-tab-presentation = Sunum
training-tab-cases = Vakalar
training-tab-quiz = Test
training-tab-sessions = Oturumlar
presentation-heading = Projektör için sunum
presentation-intro = Büyük yazıyla { $count } slayt: eşit muamele nedir, ayrımcılığın iki biçimi, kimler risk altında, 20 ilke ve neden.
presentation-keys = Ok tuşları, Page Up/Page Down ve Space slaytları değiştirir. Home ve End ilk ve son slayda gider. Esc bitirir.
presentation-start = Sunumu başlat
presentation-continue = { $slide }. slayttan devam et
presentation-title = Borgerservice'te eşit muamele
presentation-subtitle = Eşit davranılır – ama herkese aynı şekilde değil. Kopenhag Belediyesi'nin ilkeleri bankoda uygulamada.
presentation-section = Bölüm { $number }
presentation-example = Bankodan bir örnek
presentation-counter = Slayt { $slide } / { $total }
presentation-previous = ‹ Önceki
presentation-next = Sonraki ›
presentation-close = Bitir (Esc)
cases-intro = Bankodan tartışılacak kısa durumlar. Bir vaka seçin. İlgili ilkeler, vakayı tartıştıktan sonra gösterilir.
cases-seen = Bu oturumda tartışıldı
cases-back = ‹ Tüm vakalar
cases-counter = Vaka { $case } / { $total }
cases-questions = Tartışma soruları
cases-show-principles = İlkeleri göster
cases-hide-principles = İlkeleri gizle
cases-previous = Önceki vaka
cases-next = Sonraki vaka
quiz-counter = Soru { $question } / { $total }
quiz-answer = Cevapla
quiz-right = Doğru!
quiz-wrong = Doğru değil.
quiz-right-option = { $option } (doğru cevap)
quiz-next = Sonraki soru
quiz-finish = Sonucu gör
quiz-done = Test bitti
quiz-score = { $total } sorudan { $right } doğru
quiz-score-hint = Oturumu kaydettiğinizde sadece grubun sonucu saklanır. İsim yok.
quiz-restart = Testi tekrar yap
training-session-title = Oturumu kaydet
training-session-hint = Tarih, birim, katılımcı sayısı ve neleri ele aldığınız. Asla isim yok. Oturumlar erişim olarak değil, işe alıştırma göstergesi olarak sayılır.
training-session-participants = Katılımcı sayısı
training-session-covered = Ele aldıklarınız
training-session-case = Vaka: { $case }
training-session-score = Grubun testteki ortalaması (%)
training-session-save = Oturumu kaydet
training-session-saved = Oturum kaydedildi.
training-session-day-invalid = Tarih okunamıyor. 25.11.2026 şeklinde yazın.
training-session-participants-invalid = Katılımcı sayısını 1 ile 1000 arasında bir sayı olarak yazın.
training-session-score-invalid = Ortalama 0 ile 100 arasında bir sayı olmalı.
training-session-nothing-covered = Ele aldığınız en az bir şey seçin.
training-sessions-title = Kaydedilmiş oturumlar
training-sessions-none = Henüz kaydedilmiş oturum yok.
training-sessions-line = { $day } · { $unit } · { $participants } katılımcı
training-sessions-cases = { $count ->
    [one] 1 vaka
   *[other] { $count } vaka
}
training-sessions-quiz-score = Test (%{ $score } doğru)
training-sessions-export = Oturumları kaydet (CSV) …
chart-onboarding-sessions-title = Eşit muamele üzerine işe alıştırma oturumları
chart-onboarding-sessions-axis = Katılımcılar
table-sessions = Oturumlar
table-participants = Katılımcılar
