# Interfaceka Skranke, af-Soomaali. Tarjumaad mashiin; turjumaan weli ma hubin.

app-title = Skranke

## Navigation

nav-settings = Dejinta
nav-about = Ku saabsan Skranke

## Themes

theme-system = Raac nidaamka (iftiin ama madow)
theme-light = Iftiin
theme-dark = Madow
theme-high-contrast-dark = Kala-duwanaansho sare, madow
theme-high-contrast-light = Kala-duwanaansho sare, iftiin

## Settings

settings-title = Dejinta
settings-staff-language = Luqaddaada
settings-staff-language-hint = Luqadda Skranke ee adiga oo shaqaale ah.
settings-citizen-language = Luqadda muwaadinka
settings-citizen-language-hint = Luqadda waxa aad tusayso muwaadinka. Ctrl+L waxay u kala beddeshaa luqadihii aad ugu dambeysay isticmaashay.
settings-theme = Midabada
settings-theme-hint = Kala-duwanaansho sare wuxuu ka dhigaa qoraalka iyo geesaha kuwo cad.
settings-scale = Cabbirka qoraalka
settings-scale-hint = Wuxuu weyneeyaa wax kasta oo shaashadda ku jira. Gaaban: Ctrl+plus, Ctrl+minus iyo Ctrl+0.
settings-unit = Qaybta
settings-unit-hint = Magaca qaybtaada, tusaale Borgerservice Nørrebro. Waxaa lagu qoraa diiwaanka gaarsiinta.
settings-unit-label = Magaca qaybta
settings-unit-count = { $count } ka mid ah { $max } xaraf
settings-unit-save = Kaydi qaybta
settings-unit-saved = Waa la kaydiyey.

## About

about-title = Ku saabsan Skranke
about-intro = Skranke wuxuu ka caawiyaa shaqaalaha Borgerservice inay mabaadi'da sinnaanta ee Degmada Copenhagen ku dabaqaan shaqada maalinlaha ah: liisas hubin, macluumaad muwaadinka luqaddiisa ah, iyo diiwaanka gaarsiinta. Wuxuu shaqeeyaa internet la'aan.
about-version = Nooca { $version }
about-files = Meesha xogtaadu ku jirto
about-settings-file = Dejinta
about-database-file = Kaydka xogta
about-database-status = Xaaladda kaydka xogta
about-database-open = Waa la isticmaalayaa (nooca qaabka { $version }).
about-overrides-folder = Galka qoraalladaada gaarka ah (.ftl)
about-overrides-none = Qoraallo gaar ah lama isticmaalayo.
about-keyboard = Kiiboodhka
about-key-tab = U gudub badhanka ama goobta xigta ama ka hor.
about-key-activate = Isticmaal badhanka ama doorashada la doortay.
about-key-escape = Xir waxa furan, ama ku noqo liiska.
about-key-region = Kala beddel liiska iyo nuxurka.
about-key-screens = Si toos ah ugu gudub shay liiska ku jira.
about-key-citizen-language = Beddel luqadda muwaadinka.
about-key-scale = Qoraal weyn, yar ama caadi ah.
about-key-scroll = Kor iyo hoos u rog.
about-translations = Tarjumaadaha
about-translations-hint = Qoraallada aan turjumaan hubin waa tarjumaad mashiin. Waxaa laga yaabaa inay khaladaad ku jiraan.
about-fonts = Farta
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu iyo Noto Sans Ethiopic. Liisanka: SIL Open Font License 1.1.

## Review status of a translation

review-source = Luqadda asalka ah
review-machine = Tarjumaad mashiin, turjumaan ma hubin
review-reviewed = Waxaa hubiyey { $reviewer }, { $date }

## Database problems

store-not-a-database = Faylka kaydka xogta ma aha kayd SQLite ah.
store-damaged = Faylka kaydka xogta waa dhaawacan yahay.
store-newer-schema = Kaydka xogta waxaa sameeyey nooc ka cusub oo Skranke ah (qaabka { $found }; noocani wuxuu yaqaan ilaa { $supported }). Cusboonaysii Skranke si aad u isticmaasho.
store-unavailable = Kaydka xogta lama furi karo. { $reason }
store-opening = Diiwaanka waa la furayaa oo la hubinayaa. Waxay qaadanaysaa daqiiqad.

## Editors' text overrides

override-applied = Qoraallo gaar ah ayaa la isticmaalayaa: { $file }
override-rejected = Qoraallada gaarka ah lama isticmaalin: { $file }. { $reason }
override-unknown-locale = Galka { $code } ma aha luqad ku jirta Skranke.
override-unreadable = Faylka lama akhriyi karo. Waa in lagu kaydiyaa UTF-8, Skranke-na waa in loo oggolaado inuu akhriyo.
override-syntax = Khalad ayaa ku jira safka { $line }.
override-unknown-message = Qoraalka { $id } kuma jiro Skranke.
override-variables = Qoraalka { $id } wuxuu isticmaalaa doorsoomayaal ka duwan kuwa af-Deenishka.

## Notices

notice-store = Diiwaanka lama heli karo. { $problem } Faylka lama beddelin.
notice-unknown-locale = Luqadda "{ $tag }" kuma jirto Skranke. Luqadda caadiga ah ayaa la isticmaalayaa.
notice-overrides = { $count ->
    [one] Hal fayl oo qoraallo gaar ah lama isticmaalin. Eeg Ku saabsan Skranke.
   *[other] { $count } fayl oo qoraallo gaar ah lama isticmaalin. Eeg Ku saabsan Skranke.
}
notice-save-failed = Dejinta lama kaydin karo. { $reason }
notice-settings-unreadable = Faylka dejinta lama akhriyi karo, sidaas darteed dejinta caadiga ah ayaa la isticmaalayaa. Faylka lama beddelin.
notice-settings-fields = Dejinno qaar ah way khaldanaayeen oo waxay isticmaalayaan qiimaha caadiga ah: { $fields }. Faylka lama beddelin.
notice-dismiss = Hagaag

## Status line

status-staff-language = Luqaddaada: { $language }
status-citizen-language = Luqadda muwaadinka:
status-scale = Qoraalka { $percent } %

## The personal-data guard

guard-cpr = Qoraalku wuxuu u eg yahay lambar CPR. Weligaa ha qorin qofka muwaadinku yahay: kaliya waxa la qabtay.
guard-phone = Qoraalku wuxuu u eg yahay lambar telefoon. Weligaa ha qorin qofka muwaadinku yahay. Taariikh waxaad u qori kartaa 24.11.2025.
guard-email = Qoraalku wuxuu u eg yahay cinwaan iimayl. Weligaa ha qorin qofka muwaadinku yahay: kaliya waxa la qabtay.
guard-too-long = Qoraalku aad buu u dheer yahay: { $length } xaraf. Isticmaal ugu badnaan { $max } xaraf.

## Principles screen

nav-principles = Mabaadi'da
principles-tab-list = Mabaadi'da
principles-tab-visit = Liiska hubinta booqashada ({ $count })
principles-tab-assessment = Is-qiimaynta qaybta
principles-title = Mabaadi'da sinnaanta
principles-intro = 20-ka mabda' ee sinnaanta ee Degmada Copenhagen. Dooro mabda' si aad u aragto waxa aad samayn karto, iyo waxa qaybtaadu diyaarisay.
principles-filter = Ka raadi cinwaannada iyo soo koobidda
principles-no-match = Mabda' la mid ah "{ $filter }" ma jiro.
principles-entry-progress = { $done } ka mid ah { $total } qodob ayaa qaybta ka hirgalay
principles-back = ‹ Dhammaan mabaadi'da
principles-at-the-desk = Miiska adeegga
principles-at-the-desk-hint = Calaamadee waxa aad muwaadinka u qabatay booqashadan. Waa lagu darayaa marka aad diiwaangeliso booqashada.
principles-unit-desk = Is-qiimaynta qaybta: ma had iyo jeer ayaan tan samaynaa?
principles-unit-in-place = Waxa qaybtaadu diyaarisay
principles-unit-hint = Dooro heerka ay qaybtu ka gaadhay qodob kasta. Faallo gaaban waa la soo dhaweynayaa, laakiin weligaa magacyo ama xog kale oo shakhsi ah ha qorin.
principles-question = Su'aal ka fikirid
principles-show-original = Muuji qoraalka asalka ah
principles-hide-original = Qari qoraalka asalka ah
principles-original = Qoraalka asalka ah ee mabaadi'da Degmada Copenhagen (af-Deenish)

## Per-visit checklist

visit-title = Liiska hubinta booqashada
visit-intro = Calaamadee waxa aad hadda muwaadinka ugu qabatay miiska adeegga. Marka aad diiwaangeliso booqashada, mabaadi'da waa lagu darayaa. Wax ku saabsan qofka muwaadinku yahay lama kaydiyo.
visit-served-none = Weli waxba lama calaamadin.
visit-served = Mabaadi'da booqashadan lagu isticmaalay: { $codes }
visit-reset = Muwaadinka xiga: nadiifi liiska

## Self-assessment

assessment-title = Is-qiimaynta qaybta
assessment-intro = Heerkee ayay qaybtaadu ka gaadhay mabda' kasta? Isbeddel kasta waxaa lagu kaydiyaa waqtigiisa, si aad ula socoto horumarka.
assessment-no-store = Is-qiimaynta lama kaydin karo, sababtoo ah diiwaanka lama heli karo.
assessment-progress = { $in_place } ka mid ah { $total } qodob ayaa hirgalay, { $in_progress } ayaa socda, { $not_started } lama bilaabin.
assessment-export = Kaydi is-qiimaynta
assessment-export-hint = Bog la daabaco ahaan, ama fayl CSV ah oo loogu talagalay xaashiyaha xisaabinta.
assessment-export-html = Kaydi si loo daabaco (HTML) …
assessment-export-csv = Kaydi xaashi xisaabeed ahaan (CSV) …
assessment-not-started = Lama bilaabin
assessment-in-progress = Waa socdaa
assessment-in-place = Waa hirgalay
assessment-comment = Faallo ku saabsan { $item } (ikhtiyaari)
assessment-comment-count = { $count } ka mid ah { $max } xaraf
assessment-comment-save = Kaydi faallada
assessment-comment-saved = Waa la kaydiyey.
assessment-changed = Markii ugu dambaysay ee la beddelay { $date }
assessment-file-name = is-qiimayn
assessment-report-title = Is-qiimaynta qaybta: mabaadi'da sinnaanta
assessment-report-meta = Qaybta: { $unit }. Taariikhda: { $date }.
assessment-overview = Guudmar
assessment-column-section = Qaybta
assessment-column-share = Saamiga hirgalay
assessment-column-item = Qodob
assessment-column-state = Xaaladda
assessment-column-comment = Faallo
assessment-column-changed = La beddelay

## Saving files

save-done = Waa la kaydiyey: { $file }
save-failed = Faylka lama kaydin. { $reason }
save-error-permission = Laguuma oggola inaad wax ku qorto galkaas. Dooro gal kale.
save-error-disk-full = Diskku waa buuxaa. Meel bannee, ama dooro disk kale.
save-error-no-folder = Galku mar dambe ma jiro. Dooro gal kale.
save-error-other = Khalad lama filaan ah ayaa dhacay. Isku day mar kale, ama caawimaad ka codso IT.

## Khaladaad: waxa khaldamay, erayo fudud. Erayada nidaamka laftiisa waxay ku jiraan "Muuji faahfaahinta" hoostiisa iyo diiwaanka IT.

error-store-locked = Barnaamij kale ayaa hadda isticmaalaya diiwaanka. Isku day mar kale wax yar kadib.
error-store-read-only = Skranke looma oggola inuu wax ku qoro galka diiwaanka. Ka codso IT oggolaansho.
error-store-disk-full = Diskku waa buuxaa. Meel bannee, kadibna isku day mar kale.
error-store-damaged = Diiwaanku waa dhaawacan yahay. Ka soo celi kayd nuqul ah qaybta Dhoofinta iyo badbaadada.
error-store-io = Diskku ma jawaabin. Isku day mar kale, ama caawimaad ka codso IT.
error-store-not-open = Diiwaanku ma furna. Eeg fariinta ku jirta xagga sare ee daaqadda.
error-store-invalid = Qoraalku ma raacsana xeerarka diiwaanka.
error-store-refused = Qoraalka waa la diiday, sababtoo ah wuxuu u eg yahay xog shakhsi ah.
error-store-other = Khalad lama filaan ah ayaa ka dhacay diiwaanka. Isku day mar kale, ama caawimaad ka codso IT.
import-no-log = Kaydka xogta wuxuu ka yimid nooc hore oo Skranke ah oo aan diiwaan lahayn (qaabka { $version }). Waxba lama soo dejin.
import-failed = Waxba lama soo dejin. { $reason }
problem-details-show = Muuji faahfaahinta
problem-details-hide = Qari faahfaahinta
problem-details = Erayada nidaamka laftiisa (loogu talagalay IT):

## Desk screen

nav-desk = Miiska adeegga
nav-glossary = Qaamuuska
desk-title = Macluumaad muwaadinka
desk-citizen-language = Luqadda muwaadinka
desk-open-card = Farta ku fiiq luqaddaada
desk-panes = Muuqaalka
desk-side-by-side = Af-Deenish iyo luqadda muwaadinka
desk-citizen-only = Kaliya luqadda muwaadinka
desk-large-text = Qoraal weyn
desk-topics = Mawduucyada
desk-handout-include = Warqadda lagu bixinayo: { $topic }
desk-handout = Warqad muwaadinka la siinayo
desk-handout-hint = Mawduucyada la doortay oo ku qoran luqadda muwaadinka iyo af-Deenish, bog lagu daabaco A4.
desk-handout-chosen = { $count ->
    [one] 1 mawduuc ayaa la doortay
   *[other] { $count } mawduuc ayaa la doortay
}
desk-handout-save = Kaydi warqadda …
desk-sources = Ku saabsan macluumaadkan: ilaha iyo taariikhaha
desk-back = ‹ Dhammaan mawduucyada
desk-previous = Mawduuca hore
desk-next = Mawduuca xiga
sources-title = Ku saabsan macluumaadkan
sources-intro = Qoraallada af-Deenishka waxay ku salaysan yihiin ilahan. Tarjumaadaha waxaa laga sameeyey qoraallada af-Deenishka.
sources-line = Isha: { $source }. La hubiyey: { $checked }.
sources-none = Il lama sheegin.

## Point to your language

card-title = Farta ku fiiq luqaddaada
card-hint = Shaashadda tus muwaadinka, kaas oo farta ku fiiqaya luqaddiisa. Esc ayaa xirta.
card-close = Xir

## Glossary

glossary-title = Qaamuuska
glossary-intro = Erayada degmada, si fudud loo sharxay. Af-Deenishku wuxuu ag yaalaa luqadda muwaadinka. Luqad kasta waad ku raadin kartaa.
glossary-search = Ka raadi qaamuuska
glossary-count = { $shown } ka mid ah { $total } eray

## Outreach log

nav-log = Diiwaanka
log-title = Diiwaanka gaarsiinta
log-tab-entry = Diiwaangeli booqashada
log-tab-list = Diiwaanka
log-tab-transfer = Dhoofinta iyo badbaadada
log-training-mode = Habka tababarka
log-training-mode-on = Qoraallada cusub waxaa lagu calaamadeeyaa tababar mana lagu tiriyo tirakoobka.
log-training-mode-off = Qoraallada waxaa lagu tiriyaa tilmaamayaasha sinnaanta ee qaybta.
log-training-on-form = TABABAR: qoraalkan waxaa lagu calaamadeeyey tababar.
log-no-store = Diiwaanka lama heli karo. Eeg fariinta sare.
log-form-title = Booqasho cusub
log-form-edit-title = Sax qoraal
log-form-intro = Waxaa laga buuxiyey booqashada. Ku kaydi Ctrl+Enter. Kaydi oo u diyaargarow muwaadinka xiga Ctrl+Shift+Enter. Weligaa ha qorin qofka muwaadinku yahay.
log-day = Taariikhda (mm.bb.ssss)
log-today = Maanta
log-yesterday = Shalay
log-day-invalid = Taariikhda lama akhriyi karo. U qor sidan 25.11.2026.
log-unit = Qaybta
log-unit-missing = Qor magaca qaybta.
log-channel = Kanaalka
log-language = Luqadda muwaadinka
language-other = Luqad kale
log-interpreter = Turjumaan
log-groups = Kooxaha la gaadhay (ikhtiyaari)
log-groups-hint = Kaliya haddii ay cad tahay. Weligaa ha weydiin muwaadinka kaliya si aad tan u buuxiso.
log-topics = Mawduucyada muwaadinka la siiyey
log-principles = Mabaadi'da booqashadu isticmaashay
log-handout = Muwaadinka waxaa la siiyey warqad
log-outcome = Natiijada
log-duration = Muddada
log-note = Qoraal gaaban (ikhtiyaari)
log-note-hint = Waxa la qabtay, ma aha cidda. Magacyo, lambarro CPR, cinwaanno, lambarro telefoon iyo iimaylo midna ha qorin.
log-note-count = { $count } ka mid ah { $max } xaraf
log-save = Kaydi (Ctrl+Enter)
log-save-next = Kaydi oo muwaadinka xiga (Ctrl+Shift+Enter)
log-cancel-edit = Tuur isbeddellada
log-form-has-errors = Qoraalka lama kaydin. Sax waxa lagu calaamadeeyey casaan goobaha.
log-saved = Waa la kaydiyey: booqashada { $day }.
log-save-failed = Qoraalka lama kaydin. { $reason }
log-list-title = Qoraallada, kuwa ugu cusub marka hore
log-filters-show = Muuji shaandhaynta
log-filters-hide = Qari shaandhaynta
log-filter-from = Taariikhda laga bilaabo
log-filter-to = Taariikhda ilaa
log-filter-apply = Isticmaal taariikhaha
log-filter-clear = Nadiifi shaandhaynta
log-filter-any = Dhammaan
log-f-training = Tababar
log-f-training-include = Ku dar tababarka
log-f-training-exclude = Tababar la'aan
log-f-training-only = Kaliya tababarka
log-count = { $count ->
    [one] 1 qoraal
   *[other] { $count } qoraal
}
log-loading = Waa la soo rarayaa …
log-load-failed = Diiwaanka lama soo rari karo. { $reason }
log-empty = Qoraal la mid ah ma jiro.
log-training-badge = TABABAR
log-row-topics = Mawduucyada: { $topics }
log-row-groups = Kooxaha: { $groups }
log-row-principles = Mabaadi'da: { $codes }
log-row-handout = Warqad ayaa la bixiyey
log-column-day = Taariikhda
log-column-details = Faahfaahin
log-column-actions = Ficillo
log-edit = Sax
log-delete = Tirtir
log-deleted = Qoraalka waa la tirtiray. Waxaad dib u celin kartaa 30 maalmood gudahood.
log-undo = Dib u celi tirtirka
log-newer = Ka cusub
log-older = Ka da' weyn
log-page = Bogga { $page }

## Codes in the log

channel-desk = Miiska adeegga
channel-phone = Telefoon
channel-video = Fiidiyow
channel-letter-email = Warqad ama iimayl
channel-outreach-event = Munaasabad gaarsiin
interpreter-none = Turjumaan ma jiro
interpreter-in-person = Turjumaan goobta jooga
interpreter-phone = Turjumaan telefoon
interpreter-video = Turjumaan fiidiyow
interpreter-bilingual-staff = Shaqaale laba luqadood ku hadla
outcome-solved = Waa la xalliyey
outcome-referred = Meel kale ayaa loo gudbiyey
outcome-follow-up = Dabagal
duration-under-5 = Ka yar 5 daqiiqo
duration-5-15 = 5–15 daqiiqo
duration-15-30 = 15–30 daqiiqo
duration-over-30 = Ka badan 30 daqiiqo
group-newcomer = Qof cusub
group-language-support = Wuxuu u baahan yahay taageero luqadeed
group-digital-support = Wuxuu u baahan yahay taageero dijitaal ah
group-disability = Naafonimo
group-mental-illness = Xanuun maskaxeed
group-elderly = Qof waayeel ah
group-homeless = Hoy la'aan
group-other = Koox kale

## Export, merge, backup

export-title = Dhoofi diiwaanka (CSV)
export-hint = Warbixinnada qaybta ama madasha BI ee degmada. Buug koodh ah oo af-Deenish iyo Ingiriis ah ayaa lagu kaydiyaa agtiisa.
export-range-invalid = Qor laba taariikhood oo sax ah, tan hore ka horraysa tan dambe.
export-training = Ku dar qoraallada tababarka
export-start = Dhoofi …
export-progress = { $done } ka mid ah { $total } qoraal ayaa la qoray …
import-title = Isku dar diiwaanka miis kale
import-hint = Dooro dhoofinta (CSV) ama kaydka xogta ee miis kale. Qoraallada horey u jiray waa laga boodayaa. Haddii faylka khalad ku jiro, waxba lama soo dejinayo.
import-start = Dooro fayl …
import-done = Waa la isku daray: { $added } qoraal cusub, { $present } ayaa horey u jiray.
import-not-an-export = Faylku ma aha dhoofin ka timid Skranke. Tiirarkan ayaa ka maqan: { $columns }. Waxba lama soo dejin.
import-unreadable = Faylka lama akhriyi karo laga bilaabo safka { $line }. Ma fayl CSV ah oo ka yimid Skranke baa? Waxba lama soo dejin.
import-database = Kaydka xogta lama isticmaali karo. { $reason } Waxba lama soo dejin.
import-invalid = { $count ->
    [one] 1 saf ayaa khalad leh. Waxba lama soo dejin.
   *[other] { $count } saf ayaa khalad leh. Waxba lama soo dejin.
}
import-invalid-line = Safka { $line }: { $problems }
import-invalid-more = … iyo { $count } saf oo kale.
import-bad-value = tiirka { $column } wuxuu leeyahay qiime khaldan "{ $value }"
backup-title = Kayd nuqul ah
backup-automatic = Skranke wuxuu maalin kasta iskiis u sameeyaa kayd nuqul ah. 7-da ugu dambeeya waxaa lagu hayaa { $folder }.
backup-start = Samee kayd nuqul ah …
restore-start = Ka soo celi kayd nuqul ah …
restore-hint = Marka la soo celinayo, faylka marka hore waa la hubiyaa. Kaydka xogta hadda jira waxaa lagu hayaa agtiisa, sidaas darteed waxba ma lumaan.
restore-done = Kaydka nuqulka ah waa la soo celiyey. Kaydkii hore waxaa loo hayaa sida { $aside }.
restore-failed = Kaydka nuqulka ah lama soo celin. { $reason }

## Codebook of the export

codebook-id = Aqoonsiga gaarka ah ee qoraalka (UUID v7). Isla aqoonsi miis kasta, sidaas darteed isku darku weligiis laba jeer ma tiriyo.
codebook-day = Maalinta xiriirka (SSSS-BB-MM).
codebook-created_at = Goorta qoraalka la qoray (UTC).
codebook-unit = Qaybta diiwaangelisay xiriirka.
codebook-channel = Kanaalka xiriirka.
codebook-language = Luqadda muwaadinka.
codebook-interpreter = Turjumaanka xiriirka.
codebook-outcome = Natiijada xiriirka.
codebook-duration = Inta uu xiriirku qaatay.
codebook-handout = Muwaadinka ma la siiyey warqad (1 = haa, 0 = maya).
codebook-note = Qoraal gaaban oo ku saabsan waxa la qabtay. Weligeed xog shakhsi ah ma aha.
codebook-training = Waxaa lagu diiwaangeliyey habka tababarka (1 = haa, 0 = maya). Looma tiriyo gaarsiin.
codebook-groups = Kooxaha la gaadhay, oo lagu kala saaray hakad-barkin (ikhtiyaari).
codebook-topics = Mawduucyada muwaadinka la siiyey, oo lagu kala saaray hakad-barkin.
codebook-principles = Mabaadi'da (1a–1f) ee xiriirku isticmaalay, oo lagu kala saaray hakad-barkin.
codebook-yes = Haa
codebook-no = Maya

## Equality indicators

nav-indicators = Tilmaamayaasha
indicators-title = Tilmaamayaasha sinnaanta
indicators-intro = Adeegyada qaybta ma gaadhaan dhammaan kooxaha? Tirooyinku waxay ka yimaadaan diiwaanka. Qoraallada tababarka iyo kuwa la tirtiray lama tiriyo.
indicators-period = Muddada
indicators-period-month = Bil
indicators-period-quarter = Rubuc
indicators-period-year = Sannad
indicators-period-custom = Muddo gaar ah
indicators-previous = ‹ Hore
indicators-next = Xiga ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = Rubuca { $quarter }, { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = Dhammaan qaybaha
indicators-computing = Tilmaamayaasha waa la xisaabinayaa …
indicators-failed = Tilmaamayaasha lama xisaabin karo. { $reason }
indicators-total = { $count } xiriir muddada { $period }.
indicators-export = Kaydi tilmaamayaasha
indicators-export-hint = Warbixin la daabaco oo leh jaantusyo iyo shaxo, ama tirooyin fayl CSV ah.
indicators-export-html = Kaydi warbixinta (HTML) …
indicators-export-csv = Kaydi tirooyinka (CSV) …
indicators-report-meta = Muddada: { $period }. Qaybta: { $unit }. Qoraallada tababarka iyo kuwa la tirtiray lama tiriyo.
chart-show-table = U muuji shax ahaan
chart-show-chart = U muuji jaantus ahaan
table-what = Maxaa
table-contacts = Xiriirro
table-share = Saami
table-baseline = Saamiga aagga
table-reach = Gaadhsiin (1 = sida aagga)
table-month = Bil
table-language = Luqad
table-with-interpreter = Turjumaan leh
table-share-with-interpreter = Saamiga turjumaan leh
table-principle = Mabda'
series-with-interpreter = Turjumaan leh
series-without-interpreter = Turjumaan la'aan
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
chart-contacts-per-month-title = Xiriirrada bishiiba
chart-contacts-per-month-axis = Xiriirro
chart-contacts-by-language-title = Xiriirrada sida luqadda muwaadinka
chart-contacts-by-language-axis = Tirada xiriirrada
chart-interpreter-share-by-language-title = Turjumaan sida luqadda
chart-interpreter-share-by-language-axis = Xiriirro turjumaan leh iyo turjumaan la'aan
chart-groups-reached-title = Kooxaha la gaadhay
chart-groups-reached-axis = Xiriirrada gaadhay kooxda
chart-topics-given-title = Mawduucyada muwaadiniinta la siiyey
chart-topics-given-axis = Xiriirrada leh mawduuca
chart-channel-mix-title = Isku darka kanaalada
chart-channel-mix-axis = Xiriirrada kanaal kasta
chart-outcomes-title = Natiijooyinka
chart-outcomes-axis = Xiriirrada natiijo kasta
chart-principles-served-title = Booqashooyinka u adeegay mabda' kasta (1a–1f)
chart-principles-served-axis = Saamiga xiriirrada (%)
chart-self-assessment-title = Is-qiimaynta qaybta sida qaybaha
chart-self-assessment-axis = Qodobbo
baseline-title = Heerka tixraaca (ikhtiyaari)
baseline-hint = Qor saamiga luqad ama koox ee aagga boqolkiiba, tusaale ahaan tirakoobka degmada. Markaas shaxdu waxay muujinaysaa haddii qaybtu kooxda u gaadhayso sida saamigeeda aagga. Goobaha bannaan lama isticmaalo.
baseline-open = Muuji heerka tixraaca
baseline-close = Qari heerka tixraaca
baseline-field = { $name } (% aagga)
baseline-invalid = Goobahan waa inay noqdaan tiro u dhaxaysa 0 iyo 100: { $names }
baseline-save = Kaydi heerka tixraaca

## Training mode

nav-training = Tababar
training-title = Tababarka shaqaalaha cusub
training-tab-presentation = Bandhig
training-tab-cases = Kiisas
training-tab-quiz = Imtixaan yar
training-tab-sessions = Kulammada
presentation-heading = Bandhig loogu talagalay projector
presentation-intro = { $count } bog oo qoraal weyn ah: waa maxay sinnaanta, labada nooc ee takoorka, cidda khatarta ku jirta, 20-ka mabda' iyo sababta.
presentation-keys = Furayaasha fallaadhaha, Page Up/Page Down iyo Space ayaa beddela bogagga. Home iyo End waxay aadaan kan ugu horreeya iyo kan ugu dambeeya. Esc ayaa dhammaysa.
presentation-start = Bilow bandhigga
presentation-continue = Ka sii wad bogga { $slide }
presentation-title = Sinnaanta Borgerservice
presentation-subtitle = Si siman – laakiin ma aha si isku mid ah. Mabaadi'da Degmada Copenhagen oo lagu dabaqay miiska adeegga.
presentation-section = Qaybta { $number }
presentation-example = Tusaale ka yimid miiska adeegga
presentation-counter = Bogga { $slide } ka mid ah { $total }
presentation-previous = ‹ Hore
presentation-next = Xiga ›
presentation-close = Dhammee (Esc)
cases-intro = Xaalado gaagaaban oo miiska adeegga ka yimid oo laga doodo. Dooro kiis. Mabaadi'da uu ku saabsan yahay waa la muujinayaa marka aad ka doodaan.
cases-seen = Laga dooday kulankan
cases-back = ‹ Dhammaan kiisaska
cases-counter = Kiiska { $case } ka mid ah { $total }
cases-questions = Su'aalo dood
cases-show-principles = Muuji mabaadi'da
cases-hide-principles = Qari mabaadi'da
cases-previous = Kiiska hore
cases-next = Kiiska xiga
quiz-counter = Su'aasha { $question } ka mid ah { $total }
quiz-answer = Jawaab
quiz-right = Waa sax!
quiz-wrong = Sax ma aha.
quiz-right-option = { $option } (jawaabta saxda ah)
quiz-next = Su'aasha xigta
quiz-finish = Eeg natiijada
quiz-done = Imtixaanku wuu dhammaaday
quiz-score = { $right } ka mid ah { $total } waa sax
quiz-score-hint = Kaliya natiijada kooxda ayaa la hayaa, marka aad diiwaangeliso kulanka. Magacyo ma jiraan.
quiz-restart = Mar kale qaado imtixaanka
training-session-title = Diiwaangeli kulanka
training-session-hint = Taariikhda, qaybta, tirada ka qaybgalayaasha iyo waxa aad ka hadasheen. Weligaa magacyo ha qorin. Kulammada waxaa loo tiriyaa tilmaame tababar, ma aha gaarsiin.
training-session-participants = Tirada ka qaybgalayaasha
training-session-covered = Waxa aad ka hadasheen
training-session-case = Kiis: { $case }
training-session-score = Celceliska kooxda ee imtixaanka (%)
training-session-save = Kaydi kulanka
training-session-saved = Kulanka waa la kaydiyey.
training-session-day-invalid = Taariikhda lama akhriyi karo. U qor sidan 25.11.2026.
training-session-participants-invalid = Qor tirada ka qaybgalayaasha tiro u dhaxaysa 1 iyo 1000.
training-session-score-invalid = Celceliska waa inuu noqdaa tiro u dhaxaysa 0 iyo 100.
training-session-nothing-covered = Dooro ugu yaraan hal shay oo aad ka hadasheen.
training-sessions-title = Kulammada la diiwaangeliyey
training-sessions-none = Weli ma jiraan kulammo la diiwaangeliyey.
training-sessions-line = { $day } · { $unit } · { $participants } ka qaybgale
training-sessions-cases = { $count ->
    [one] 1 kiis
   *[other] { $count } kiis
}
training-sessions-quiz-score = Imtixaan ({ $score } % sax)
training-sessions-export = Kaydi kulammada (CSV) …
chart-onboarding-sessions-title = Kulammada tababarka ee sinnaanta
chart-onboarding-sessions-axis = Ka qaybgalayaasha
table-sessions = Kulammada
table-participants = Ka qaybgalayaasha
