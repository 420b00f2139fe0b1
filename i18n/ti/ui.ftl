# ናይ Skranke ገጽ ተጠቃሚ ብትግርኛ። ብማሽን ዝተተርጎመ፤ ተርጓሚ ገና ኣይረኣዮን።

app-title = Skranke

## Navigation

nav-settings = ምቅናዕ
nav-about = ብዛዕባ Skranke

## Themes

theme-system = ንስርዓት ተኸተል (ብሩህ ወይ ጸልማት)
theme-light = ብሩህ
theme-dark = ጸልማት
theme-high-contrast-dark = ልዑል ፍልልይ ሕብሪ፣ ጸልማት
theme-high-contrast-light = ልዑል ፍልልይ ሕብሪ፣ ብሩህ

## Settings

settings-title = ምቅናዕ
settings-staff-language = ቋንቋኹም
settings-staff-language-hint = ንዓኹም ከም ሰራሕተኛ ቋንቋ Skranke።
settings-citizen-language = ቋንቋ ዜጋ
settings-citizen-language-hint = ንዜጋ እተርእይዎ ቋንቋ። Ctrl+L ኣብ መንጎ ዳሕረዋይ ዝተጠቐምኩምሎም ቋንቋታት ይቕይር።
settings-theme = ሕብርታት
settings-theme-hint = ልዑል ፍልልይ ሕብሪ ጽሑፍን ደረትን ንጹር ይገብሮ።
settings-scale = ዓቐን ጽሑፍ
settings-scale-hint = ኣብ ስክሪን ዘሎ ኩሉ የዕቢ። ሓጺር መገዲ፦ Ctrl+plus፣ Ctrl+minus ከምኡ'ውን Ctrl+0።
settings-unit = ክፍሊ
settings-unit-hint = ስም ክፍልኹም፣ ንኣብነት Borgerservice Nørrebro። ኣብ መዝገብ ርክባት ይጽሓፍ።
settings-unit-label = ስም ክፍሊ
settings-unit-count = { $count } ካብ { $max } ፊደላት
settings-unit-save = ክፍሊ ዓቅብ
settings-unit-saved = ተዓቂቡ።

## About

about-title = ብዛዕባ Skranke
about-intro = Skranke ንሰራሕተኛታት Borgerservice ናይ ምምሕዳር ከተማ ኮፐንሃገን መትከላት ማዕረ ምትሕሓዝ ኣብ መዓልታዊ ስራሕ ክትግብሩ ይሕግዝ፦ ዝርዝራት ምርግጋጽ፣ ንዜጋ ብቛንቋኡ ሓበሬታ፣ ከምኡ'ውን መዝገብ ርክባት። ብዘይ ኢንተርነት ይሰርሕ።
about-version = ሕታም { $version }
about-files = ሓበሬታኹም ኣበይ ከም ዘሎ
about-settings-file = ምቅናዕ
about-database-file = መዝገብ ሓበሬታ
about-database-status = ኩነታት መዝገብ ሓበሬታ
about-database-open = ኣብ ጥቕሚ ኣሎ (ሕታም ቅርጺ { $version })።
about-overrides-folder = ንናይ ገዛእ ርእስኹም ጽሑፋት ማህደር (.ftl)
about-overrides-none = ናይ ገዛእ ርእስኹም ጽሑፋት ኣብ ጥቕሚ የለዉን።
about-keyboard = መጽሓፊ ሰሌዳ
about-key-tab = ናብ ዝቕጽል ወይ ዝሓለፈ መጠወቒ ወይ ቦታ ኪድ።
about-key-activate = ነቲ ዝተመርጸ መጠወቒ ወይ ምርጫ ተጠቐም።
about-key-escape = ዝተኸፈተ ዕጸው፣ ወይ ናብ ዝርዝር ተመለስ።
about-key-region = ኣብ መንጎ ዝርዝርን ትሕዝቶን ቀይር።
about-key-screens = ብቐጥታ ናብ ሓደ ኣብ ዝርዝር ዘሎ ኪድ።
about-key-citizen-language = ቋንቋ ዜጋ ቀይር።
about-key-scale = ዝዓበየ፣ ዝነኣሰ ወይ ልሙድ ጽሑፍ።
about-key-scroll = ናብ ላዕልን ታሕትን ኣንቀሳቕስ።
about-translations = ትርጉማት
about-translations-hint = ተርጓሚ ዘይረኣዮም ጽሑፋት ብማሽን ዝተተርጎሙ እዮም። ጌጋታት ክህልዎም ይኽእል።
about-fonts = ፊደላት
about-fonts-text = Noto Sans፣ Noto Sans Arabic፣ Noto Nastaliq Urdu ከምኡ'ውን Noto Sans Ethiopic። ፍቓድ፦ SIL Open Font License 1.1።

## Review status of a translation

review-source = መበቆል ቋንቋ
review-machine = ብማሽን ዝተተርጎመ፣ ተርጓሚ ዘይረኣዮ
review-reviewed = ብ { $reviewer } ዝተረኣየ፣ { $date }

## Database problems

store-not-a-database = እቲ ፋይል መዝገብ ሓበሬታ SQLite ኣይኮነን።
store-damaged = እቲ ፋይል መዝገብ ሓበሬታ ተበላሺዩ ኣሎ።
store-newer-schema = እቲ መዝገብ ሓበሬታ ብሓድሽ ሕታም Skranke እዩ ተሰሪሑ (ቅርጺ { $found }፤ እዚ ሕታም ክሳብ { $supported } ይፈልጥ)። ንምጥቃሙ Skranke ኣሐድሱ።
store-unavailable = እቲ መዝገብ ሓበሬታ ክኽፈት ኣይከኣለን። { $reason }
store-opening = እቲ መዝገብ ይኽፈትን ይምርመርን ኣሎ። ሓጺር እዋን ይወስድ።

## Editors' text overrides

override-applied = ናይ ገዛእ ርእስኹም ጽሑፋት ኣብ ጥቕሚ ኣለዉ፦ { $file }
override-rejected = ናይ ገዛእ ርእስኹም ጽሑፋት ኣይተጠቕምናን፦ { $file }። { $reason }
override-unknown-locale = እቲ ማህደር { $code } ኣብ Skranke ቋንቋ ኣይኮነን።
override-unreadable = እቲ ፋይል ክንበብ ኣይከኣለን። ብ UTF-8 ክዕቀብ ኣለዎ፣ Skranke ድማ ከንብቦ ፍቓድ ክህልዎ ኣለዎ።
override-syntax = ኣብ መስመር { $line } ጌጋ ኣሎ።
override-unknown-message = እቲ ጽሑፍ { $id } ኣብ Skranke የለን።
override-variables = እቲ ጽሑፍ { $id } ካብቲ ዴንማርክኛ ዝተፈልዩ ተቐያየርቲ ይጥቀም።

## Notices

notice-store = እቲ መዝገብ ኣይርከብን። { $problem } እቲ ፋይል ኣይተቐየረን።
notice-unknown-locale = እቲ ቋንቋ "{ $tag }" ኣብ Skranke የለን። እቲ ልሙድ ቋንቋ ይጥቀም ኣሎ።
notice-overrides = { $count ->
    [one] ናይ ገዛእ ርእስኹም ጽሑፋት ዝሓዘ ሓደ ፋይል ኣይተጠቕምናሉን። ብዛዕባ Skranke ርኣዩ።
   *[other] ናይ ገዛእ ርእስኹም ጽሑፋት ዝሓዙ { $count } ፋይላት ኣይተጠቕምናሎምን። ብዛዕባ Skranke ርኣዩ።
}
notice-save-failed = እቲ ምቅናዕ ክዕቀብ ኣይከኣለን። { $reason }
notice-settings-unreadable = ፋይል ምቅናዕ ክንበብ ስለ ዘይከኣለ፣ ልሙድ ምቅናዕ ይጥቀም ኣሎ። እቲ ፋይል ኣይተቐየረን።
notice-settings-fields = ገለ ምቅናዓት ጌጋ ስለ ዝነበሩ ልሙድ ዋጋ ይጥቀሙ ኣለዉ፦ { $fields }። እቲ ፋይል ኣይተቐየረን።
notice-dismiss = ሕራይ

## Status line

status-staff-language = ቋንቋኹም፦ { $language }
status-citizen-language = ቋንቋ ዜጋ፦
status-scale = ጽሑፍ { $percent } %

## The personal-data guard

guard-cpr = እቲ ጽሑፍ ቁጽሪ CPR ይመስል። እቲ ዜጋ መን ምዃኑ ፈጺምኩም ኣይትጽሓፉ፦ እንታይ ከም ዝተገብረ ጥራይ።
guard-phone = እቲ ጽሑፍ ቁጽሪ ተሌፎን ይመስል። እቲ ዜጋ መን ምዃኑ ፈጺምኩም ኣይትጽሓፉ። ዕለት ከም 24.11.2025 ክትጽሕፉ ትኽእሉ።
guard-email = እቲ ጽሑፍ ኣድራሻ ኢ-መይል ይመስል። እቲ ዜጋ መን ምዃኑ ፈጺምኩም ኣይትጽሓፉ፦ እንታይ ከም ዝተገብረ ጥራይ።
guard-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ፦ { $length } ፊደላት። ብዝበዝሐ { $max } ፊደላት ተጠቐሙ።

## Principles screen

nav-principles = መትከላት
principles-tab-list = እቶም መትከላት
principles-tab-visit = ዝርዝር ምርግጋጽ ምብጻሕ ({ $count })
principles-tab-assessment = ናይ ክፍሊ ርእሰ-ገምጋም
principles-title = መትከላት ማዕረ ምትሕሓዝ
principles-intro = 20 መትከላት ማዕረ ምትሕሓዝ ናይ ምምሕዳር ከተማ ኮፐንሃገን። እንታይ ክትገብሩ ከም እትኽእሉን ክፍልኹም እንታይ ከም ዘዳለወን ንምርኣይ መትከል ምረጹ።
principles-filter = ኣብ ኣርእስትን ጽማቘታትን ድለዩ
principles-no-match = ምስ "{ $filter }" ዝሰማማዕ መትከል የለን።
principles-entry-progress = { $done } ካብ { $total } ነጥብታት ኣብ ክፍሊ ተተግቢሮም
principles-back = ‹ ኩሎም መትከላት
principles-at-the-desk = ኣብ መቐበሊ
principles-at-the-desk-hint = ኣብዚ ምብጻሕ ንዜጋ ዝገበርኩምዎ ምልክት ግበሩ። ነቲ ምብጻሕ ክትምዝግቡ ከለኹም ይካተት።
principles-unit-desk = ናይ ክፍሊ ርእሰ-ገምጋም፦ ኩሉ ግዜ ንገብሮ ዲና?
principles-unit-in-place = ክፍልኹም ዘዳለዎ
principles-unit-hint = ክፍሊ ኣብ ነፍሲ ወከፍ ነጥቢ ክሳብ ክንደይ ከም ዝበጽሐ ምረጹ። ሓጺር ርእይቶ ተቐባልነት ኣለዎ፣ ግን ፈጺሙ ኣስማት ወይ ካልእ ውልቃዊ ሓበሬታ ኣይኮነን።
principles-question = ንምሕሳብ ሕቶ
principles-show-original = መበቆል ጽሑፍ ኣርኢ
principles-hide-original = መበቆል ጽሑፍ ሕባእ
principles-original = መበቆል ጽሑፍ መትከላት ምምሕዳር ከተማ ኮፐንሃገን (ዴንማርክኛ)

## Per-visit checklist

visit-title = ዝርዝር ምርግጋጽ ምብጻሕ
visit-intro = ሕጂ ኣብ መቐበሊ ንዜጋ ዝገበርኩምዎ ምልክት ግበሩ። ነቲ ምብጻሕ ክትምዝግቡ ከለኹም እቶም መትከላት ይካተቱ። ብዛዕባ መን ምዃን እቲ ዜጋ ዝኾነ ነገር ኣይዕቀብን።
visit-served-none = ገና ዝኾነ ምልክት ኣይተገብረን።
visit-served = ኣብዚ ምብጻሕ ዝተጠቕምሎም መትከላት፦ { $codes }
visit-reset = ዝቕጽል ዜጋ፦ ዝርዝር ኣጽሪ

## Self-assessment

assessment-title = ናይ ክፍሊ ርእሰ-ገምጋም
assessment-intro = ክፍልኹም ኣብ ነፍሲ ወከፍ መትከል ክሳብ ክንደይ በጺሑ? ነፍሲ ወከፍ ለውጢ ምስ ግዜኡ ይዕቀብ፣ ስለዚ ምዕባለ ክትከታተሉ ትኽእሉ።
assessment-no-store = እቲ መዝገብ ስለ ዘይርከብ፣ ርእሰ-ገምጋም ክዕቀብ ኣይክእልን።
assessment-progress = { $in_place } ካብ { $total } ነጥብታት ተተግቢሮም፣ { $in_progress } ኣብ መስርሕ፣ { $not_started } ኣይጀመሩን።
assessment-export = ርእሰ-ገምጋም ዓቅብ
assessment-export-hint = ከም ዝሕተም ገጽ፣ ወይ ከም ፋይል CSV ንሰንጠረዥ።
assessment-export-html = ንምሕታም ዓቅብ (HTML) …
assessment-export-csv = ከም ሰንጠረዥ ዓቅብ (CSV) …
assessment-not-started = ኣይጀመረን
assessment-in-progress = ኣብ መስርሕ
assessment-in-place = ተተግቢሩ
assessment-comment = ርእይቶ ብዛዕባ { $item } (ኣማራጺ)
assessment-comment-count = { $count } ካብ { $max } ፊደላት
assessment-comment-save = ርእይቶ ዓቅብ
assessment-comment-saved = ተዓቂቡ።
assessment-changed = ዳሕረዋይ ዝተቐየረሉ { $date }
assessment-file-name = ርእሰ-ገምጋም
assessment-report-title = ናይ ክፍሊ ርእሰ-ገምጋም፦ መትከላት ማዕረ ምትሕሓዝ
assessment-report-meta = ክፍሊ፦ { $unit }። ዕለት፦ { $date }።
assessment-overview = ሓፈሻዊ ትሕዝቶ
assessment-column-section = ክፋል
assessment-column-share = ዝተተግበረ ብጽሒት
assessment-column-item = ነጥቢ
assessment-column-state = ኩነታት
assessment-column-comment = ርእይቶ
assessment-column-changed = ዝተቐየረ

## Saving files

save-done = ተዓቂቡ፦ { $file }
save-failed = እቲ ፋይል ኣይተዓቀበን። { $reason }
save-error-permission = ኣብቲ ማህደር ክትጽሕፉ ኣይፍቀደልኩምን። ካልእ ማህደር ምረጹ።
save-error-disk-full = እቲ ዲስክ መሊኡ እዩ። ቦታ ኣጽርዩ፣ ወይ ካልእ ዲስክ ምረጹ።
save-error-no-folder = እቲ ማህደር ድሕሪ ሕጂ የለን። ካልእ ማህደር ምረጹ።
save-error-other = ዘይተጸበናዮ ጌጋ ኣጋጢሙ። እንደገና ፈትኑ፣ ወይ ካብ IT ሓገዝ ሕተቱ።

## ጌጋታት፦ እንታይ ከም ዝተበላሸወ፣ ብቓላት። መልእኽቲ እቲ ስርዓት ባዕሉ ኣብ ትሕቲ "ዝርዝር ሓበሬታ ኣርኢ" ከምኡ'ውን ኣብ መዝገብ IT ይርከብ።

error-store-locked = ካልእ ፕሮግራም ነቲ መዝገብ ሕጂ ይጥቀመሉ ኣሎ። ድሕሪ ቁሩብ እንደገና ፈትኑ።
error-store-read-only = Skranke ኣብ ማህደር እቲ መዝገብ ክጽሕፍ ኣይፍቀደሉን። ካብ IT ፍቓድ ሕተቱ።
error-store-disk-full = እቲ ዲስክ መሊኡ እዩ። ቦታ ኣጽርዩ፣ ድሕሪኡ እንደገና ፈትኑ።
error-store-damaged = እቲ መዝገብ ተበላሺዩ ኣሎ። ኣብ ምውጻእን ድሕንነትን ቅዳሕ ድሕንነት መልሱ።
error-store-io = እቲ ዲስክ ኣይመለሰን። እንደገና ፈትኑ፣ ወይ ካብ IT ሓገዝ ሕተቱ።
error-store-not-open = እቲ መዝገብ ክፉት ኣይኮነን። ኣብ ላዕሊ እቲ መስኮት ዘሎ መልእኽቲ ርኣዩ።
error-store-invalid = እዚ ምዝገባ ንሕግታት እቲ መዝገብ ኣይከተለን።
error-store-refused = እቲ ጽሑፍ ውልቃዊ ሓበሬታ ስለ ዝመስል ተነጺጉ።
error-store-other = ኣብቲ መዝገብ ዘይተጸበናዮ ጌጋ ኣጋጢሙ። እንደገና ፈትኑ፣ ወይ ካብ IT ሓገዝ ሕተቱ።
import-no-log = እቲ መዝገብ ሓበሬታ መዝገብ ርክባት ካብ ዘይነበሮ ዝኣረገ ሕታም Skranke እዩ (ቅርጺ { $version })። ዝኾነ ነገር ኣይኣተወን።
import-failed = ዝኾነ ነገር ኣይኣተወን። { $reason }
problem-details-show = ዝርዝር ሓበሬታ ኣርኢ
problem-details-hide = ዝርዝር ሓበሬታ ሕባእ
problem-details = መልእኽቲ እቲ ስርዓት (ን IT)፦

## Desk screen

nav-desk = ኣብ መቐበሊ
nav-glossary = መዝገበ-ቃላት
desk-title = ንዜጋ ሓበሬታ
desk-citizen-language = ቋንቋ ዜጋ
desk-open-card = ቋንቋኹም ኣመልክቱ
desk-panes = ኣቀራርባ
desk-side-by-side = ዴንማርክኛን ቋንቋ ዜጋን
desk-citizen-only = ቋንቋ ዜጋ ጥራይ
desk-large-text = ዝዓበየ ጽሑፍ
desk-topics = ኣርእስትታት
desk-handout-include = ኣብቲ ወረቐት፦ { $topic }
desk-handout = ንዜጋ ዝወሃብ ወረቐት
desk-handout-hint = ዝተመርጹ ኣርእስትታት ብቛንቋ ዜጋን ብዴንማርክኛን፣ ኣብ A4 ዝሕተም ገጽ።
desk-handout-chosen = { $count ->
    [one] 1 ኣርእስቲ ተመሪጹ
   *[other] { $count } ኣርእስትታት ተመሪጾም
}
desk-handout-save = ወረቐት ዓቅብ …
desk-sources = ብዛዕባ እዚ ሓበሬታ፦ ምንጭታትን ዕለታትን
desk-back = ‹ ኩሎም ኣርእስትታት
desk-previous = ዝሓለፈ ኣርእስቲ
desk-next = ዝቕጽል ኣርእስቲ
sources-title = ብዛዕባ እዚ ሓበሬታ
sources-intro = እቶም ዴንማርክኛ ጽሑፋት ኣብዞም ምንጭታት ዝተመርኮሱ እዮም። እቶም ትርጉማት ካብቶም ዴንማርክኛ ጽሑፋት እዮም ተሰሪሖም።
sources-line = ምንጪ፦ { $source }። ዝተረጋገጸሉ፦ { $checked }።
sources-none = ምንጪ ኣይተጠቕሰን።

## Point to your language

card-title = ቋንቋኹም ኣመልክቱ
card-hint = ነቲ ስክሪን ንዜጋ ኣርእዩ፣ ንሱ ድማ ቋንቋኡ የመልክት። Esc ይዓጽዎ።
card-close = ዕጸው

## Glossary

glossary-title = መዝገበ-ቃላት
glossary-intro = ቃላት ምምሕዳር ከተማ፣ ብቐሊል ዝተገልጹ። ዴንማርክኛ ኣብ ጎኒ ቋንቋ ዜጋ ይቐውም። ብዝኾነ ቋንቋ ክትደልዩ ትኽእሉ።
glossary-search = ኣብ መዝገበ-ቃላት ድለዩ
glossary-count = { $shown } ካብ { $total } ቃላት

## Outreach log

nav-log = መዝገብ
log-title = መዝገብ ርክባት
log-tab-entry = ምብጻሕ መዝግብ
log-tab-list = እቲ መዝገብ
log-tab-transfer = ምውጻእን ድሕንነትን
log-training-mode = ኩነታት ስልጠና
log-training-mode-on = ሓደስቲ መዝገባት ከም ስልጠና ይምልከቱ፣ ኣብ ስታቲስቲክስ ድማ ኣይቑጸሩን።
log-training-mode-off = መዝገባት ኣብ መለክዒታት ማዕርነት ክፍሊ ይቑጸሩ።
log-training-on-form = ስልጠና፦ እዚ መዝገብ ከም ስልጠና ተመልኪቱ ኣሎ።
log-no-store = እቲ መዝገብ ኣይርከብን። ኣብ ላዕሊ ዘሎ መልእኽቲ ርኣዩ።
log-form-title = ሓድሽ ምብጻሕ
log-form-edit-title = መዝገብ ኣዐሪ
log-form-intro = ካብቲ ምብጻሕ ዝተመልአ። ብ Ctrl+Enter ዓቅቡ። ዓቂብኩም ንዝቕጽል ዜጋ ንምድላው Ctrl+Shift+Enter። እቲ ዜጋ መን ምዃኑ ፈጺምኩም ኣይትጽሓፉ።
log-day = ዕለት (መመ.ወወ.ዓዓዓዓ)
log-today = ሎሚ
log-yesterday = ትማሊ
log-day-invalid = እቲ ዕለት ክንበብ ኣይከኣለን። ከም 25.11.2026 ጽሓፍዎ።
log-unit = ክፍሊ
log-unit-missing = ስም ክፍሊ ጽሓፉ።
log-channel = መገዲ ርክብ
log-language = ቋንቋ ዜጋ
language-other = ካልእ ቋንቋ
log-interpreter = ተርጓሚ
log-groups = ዝተበጽሑ ጉጅለታት (ኣማራጺ)
log-groups-hint = ንጹር እንተኾይኑ ጥራይ። ነዚ ንምምላእ ጥራይ ንዜጋ ፈጺምኩም ኣይትሕተትዎ።
log-topics = ንዜጋ ዝተዋህቡ ኣርእስትታት
log-principles = እቲ ምብጻሕ ዝተጠቕመሎም መትከላት
log-handout = ንዜጋ ወረቐት ተዋሂቡ
log-outcome = ውጽኢት
log-duration = ዝወሰዶ ግዜ
log-note = ሓጺር መዘኻኸሪ (ኣማራጺ)
log-note-hint = እንታይ ከም ዝተገብረ፣ መን ኣይኮነን። ኣስማት፣ ቁጽሪ CPR፣ ኣድራሻ፣ ቁጽሪ ተሌፎን ወይ ኢ-መይል የለን።
log-note-count = { $count } ካብ { $max } ፊደላት
log-save = ዓቅብ (Ctrl+Enter)
log-save-next = ዓቅብን ዝቕጽል ዜጋን (Ctrl+Shift+Enter)
log-cancel-edit = ለውጥታት ኣወግድ
log-form-has-errors = እቲ መዝገብ ኣይተዓቀበን። ኣብቶም ቦታታት ብቐይሕ ዝተመልከተ ኣዐርዩ።
log-saved = ተዓቂቡ፦ ምብጻሕ { $day }።
log-save-failed = እቲ መዝገብ ኣይተዓቀበን። { $reason }
log-list-title = መዝገባት፣ እቲ ሓድሽ ቅድሚት
log-filters-show = መጻረዪታት ኣርኢ
log-filters-hide = መጻረዪታት ሕባእ
log-filter-from = ካብ ዕለት
log-filter-to = ክሳብ ዕለት
log-filter-apply = ዕለታት ተጠቐም
log-filter-clear = መጻረዪታት ኣጽሪ
log-filter-any = ኩሉ
log-f-training = ስልጠና
log-f-training-include = ስልጠና ሓዊስካ
log-f-training-exclude = ብዘይ ስልጠና
log-f-training-only = ስልጠና ጥራይ
log-count = { $count ->
    [one] 1 መዝገብ
   *[other] { $count } መዝገባት
}
log-loading = ይጽዓን ኣሎ …
log-load-failed = እቲ መዝገብ ክጽዓን ኣይከኣለን። { $reason }
log-empty = ዝሰማማዕ መዝገብ የለን።
log-training-badge = ስልጠና
log-row-topics = ኣርእስትታት፦ { $topics }
log-row-groups = ጉጅለታት፦ { $groups }
log-row-principles = መትከላት፦ { $codes }
log-row-handout = ወረቐት ተዋሂቡ
log-column-day = ዕለት
log-column-details = ዝርዝር
log-column-actions = ስጉምትታት
log-edit = ኣዐሪ
log-delete = ደምስስ
log-deleted = እቲ መዝገብ ተደምሲሱ። ኣብ ውሽጢ 30 መዓልቲ ክትመልስዎ ትኽእሉ።
log-undo = ምድምሳስ መልስ
log-newer = ዝሓደሰ
log-older = ዝኣረገ
log-page = ገጽ { $page }

## Codes in the log

channel-desk = መቐበሊ
channel-phone = ተሌፎን
channel-video = ቪድዮ
channel-letter-email = ደብዳበ ወይ ኢ-መይል
channel-outreach-event = ናይ ርክብ ኣጋጣሚ
interpreter-none = ተርጓሚ የለን
interpreter-in-person = ኣብ ቦታ ዝነበረ ተርጓሚ
interpreter-phone = ተርጓሚ ብተሌፎን
interpreter-video = ተርጓሚ ብቪድዮ
interpreter-bilingual-staff = ክልተ ቋንቋ ዝዛረብ ሰራሕተኛ
outcome-solved = ተፈቲሑ
outcome-referred = ናብ ካልእ ተላኢኹ
outcome-follow-up = ክትትል
duration-under-5 = ትሕቲ 5 ደቒቕ
duration-5-15 = 5–15 ደቒቕ
duration-15-30 = 15–30 ደቒቕ
duration-over-30 = ልዕሊ 30 ደቒቕ
group-newcomer = ሓድሽ መጻኢ
group-language-support = ናይ ቋንቋ ደገፍ የድልዮ
group-digital-support = ዲጂታላዊ ደገፍ የድልዮ
group-disability = ስንክልና
group-mental-illness = ሕማም ኣእምሮ
group-elderly = ኣረጋዊ
group-homeless = ገዛ ዘይብሉ
group-other = ካልእ ጉጅለ

## Export, merge, backup

export-title = መዝገብ ኣውጽእ (CSV)
export-hint = ንናይ ክፍሊ ጸብጻባት ወይ ንመድረኽ BI ምምሕዳር ከተማ። ብዴንማርክኛን እንግሊዝኛን መምርሒ ኮድ ኣብ ጎኑ ይዕቀብ።
export-range-invalid = ክልተ ቅኑዓት ዕለታት ጽሓፉ፣ እቲ ቀዳማይ ቅድሚ እቲ ዳሕረዋይ።
export-training = ናይ ስልጠና መዝገባት ሓውስ
export-start = ኣውጽእ …
export-progress = { $done } ካብ { $total } መዝገባት ተጻሒፎም …
import-title = መዝገብ ካልእ መቐበሊ ሓውስ
import-hint = ናይ ካልእ መቐበሊ ዝወጸ ፋይል (CSV) ወይ መዝገብ ሓበሬታ ምረጹ። ዝነበሩ መዝገባት ይሕለፉ። እቲ ፋይል ጌጋ እንተሃልይዎ፣ ዝኾነ ነገር ኣይኣቱን።
import-start = ፋይል ምረጽ …
import-done = ተሓዊሱ፦ { $added } ሓደስቲ መዝገባት፣ { $present } ድሮ ነይሮም።
import-not-an-export = እቲ ፋይል ካብ Skranke ዝወጸ ኣይኮነን። እዞም ዓምድታት ይጎድሉ፦ { $columns }። ዝኾነ ነገር ኣይኣተወን።
import-unreadable = እቲ ፋይል ካብ መስመር { $line } ንደሓር ክንበብ ኣይከኣለን። ካብ Skranke ዝወጸ ፋይል CSV ድዩ? ዝኾነ ነገር ኣይኣተወን።
import-database = እቲ መዝገብ ሓበሬታ ክጥቀመሉ ኣይከኣልን። { $reason } ዝኾነ ነገር ኣይኣተወን።
import-invalid = { $count ->
    [one] 1 መስመር ጌጋ ኣለዎ። ዝኾነ ነገር ኣይኣተወን።
   *[other] { $count } መስመራት ጌጋ ኣለዎም። ዝኾነ ነገር ኣይኣተወን።
}
import-invalid-line = መስመር { $line }፦ { $problems }
import-invalid-more = … ከምኡ'ውን ካልኦት { $count } መስመራት።
import-bad-value = እቲ ዓምዲ { $column } ጌጋ ዋጋ "{ $value }" ኣለዎ
backup-title = ቅዳሕ ድሕንነት
backup-automatic = Skranke መዓልታዊ ባዕሉ ቅዳሕ ድሕንነት ይገብር። እቶም ዳሕረዎት 7 ኣብ { $folder } ይዕቀቡ።
backup-start = ቅዳሕ ድሕንነት ግበር …
restore-start = ካብ ቅዳሕ ድሕንነት መልስ …
restore-hint = ክምለስ ከሎ፣ እቲ ፋይል መጀመርታ ይረጋገጽ። እቲ ህሉው መዝገብ ሓበሬታ ኣብ ጎኑ ይዕቀብ፣ ስለዚ ዝኾነ ነገር ኣይጠፍእን።
restore-done = እቲ ቅዳሕ ድሕንነት ተመሊሱ። እቲ ዝነበረ መዝገብ ሓበሬታ ከም { $aside } ተዓቂቡ።
restore-failed = እቲ ቅዳሕ ድሕንነት ኣይተመልሰን። { $reason }

## Codebook of the export

codebook-id = ፍሉይ መለለዪ ናይቲ መዝገብ (UUID v7)። ኣብ ኩሉ መቐበሊ ሓደ መለለዪ፣ ስለዚ ምሕዋስ ፈጺሙ ክልተ ግዜ ኣይቆጽርን።
codebook-day = መዓልቲ ናይቲ ርክብ (YYYY-MM-DD)።
codebook-created_at = እቲ መዝገብ መዓስ ከም ዝተጻሕፈ (UTC)።
codebook-unit = ነቲ ርክብ ዝመዝገበ ክፍሊ።
codebook-channel = መገዲ ናይቲ ርክብ።
codebook-language = ቋንቋ ዜጋ።
codebook-interpreter = ኣብቲ ርክብ ተርጓሚ።
codebook-outcome = ውጽኢት ናይቲ ርክብ።
codebook-duration = እቲ ርክብ ክንደይ ግዜ ከም ዝወሰደ።
codebook-handout = ንዜጋ ወረቐት ተዋሂቡ ድዩ (1 = እወ፣ 0 = ኣይፋል)።
codebook-note = ብዛዕባ ዝተገብረ ሓጺር መዘኻኸሪ። ፈጺሙ ውልቃዊ ሓበሬታ ኣይኮነን።
codebook-training = ብኩነታት ስልጠና ዝተመዝገበ (1 = እወ፣ 0 = ኣይፋል)። ከም ርክብ ኣይቑጸርን።
codebook-groups = ዝተበጽሑ ጉጅለታት፣ ብሰሚኮሎን ዝተፈላለዩ (ኣማራጺ)።
codebook-topics = ንዜጋ ዝተዋህቡ ኣርእስትታት፣ ብሰሚኮሎን ዝተፈላለዩ።
codebook-principles = እቲ ርክብ ዝተጠቕመሎም መትከላት (1a–1f)፣ ብሰሚኮሎን ዝተፈላለዩ።
codebook-yes = እወ
codebook-no = ኣይፋል

## Equality indicators

nav-indicators = መለክዒታት
indicators-title = መለክዒታት ማዕርነት
indicators-intro = ኣገልግሎታት ክፍሊ ንኩሎም ጉጅለታት ይበጽሑ ድዮም? እቶም ቁጽርታት ካብቲ መዝገብ እዮም ዝመጹ። ናይ ስልጠናን ዝተደምሰሱን መዝገባት ኣይቑጸሩን።
indicators-period = ግዜ
indicators-period-month = ወርሒ
indicators-period-quarter = ርብዒ ዓመት
indicators-period-year = ዓመት
indicators-period-custom = ዝተመርጸ እዋን
indicators-previous = ‹ ዝሓለፈ
indicators-next = ዝቕጽል ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = ርብዒ ዓመት { $quarter }፣ { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = ኩሎም ክፍልታት
indicators-computing = መለክዒታት ይሕሰቡ ኣለዉ …
indicators-failed = እቶም መለክዒታት ክሕሰቡ ኣይከኣሉን። { $reason }
indicators-total = ኣብ { $period } { $count } ርክባት።
indicators-export = መለክዒታት ዓቅብ
indicators-export-hint = ምስ ሰንጠረዛትን ቻርትታትን ከም ዝሕተም ጸብጻብ፣ ወይ ከም ቁጽርታት ኣብ ፋይል CSV።
indicators-export-html = ጸብጻብ ዓቅብ (HTML) …
indicators-export-csv = ቁጽርታት ዓቅብ (CSV) …
indicators-report-meta = እዋን፦ { $period }። ክፍሊ፦ { $unit }። ናይ ስልጠናን ዝተደምሰሱን መዝገባት ኣይቑጸሩን።
chart-show-table = ከም ሰንጠረዥ ኣርኢ
chart-show-chart = ከም ቻርት ኣርኢ
table-what = እንታይ
table-contacts = ርክባት
table-share = ብጽሒት
table-baseline = ብጽሒት ኣብ ከባቢ
table-reach = በጽሖ (1 = ከም ከባቢ)
table-month = ወርሒ
table-language = ቋንቋ
table-with-interpreter = ምስ ተርጓሚ
table-share-with-interpreter = ብጽሒት ምስ ተርጓሚ
table-principle = መትከል
series-with-interpreter = ምስ ተርጓሚ
series-without-interpreter = ብዘይ ተርጓሚ
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
chart-contacts-per-month-title = ርክባት ብወርሒ
chart-contacts-per-month-axis = ርክባት
chart-contacts-by-language-title = ርክባት ብቛንቋ ዜጋ
chart-contacts-by-language-axis = ቁጽሪ ርክባት
chart-interpreter-share-by-language-title = ተርጓሚ ብቛንቋ
chart-interpreter-share-by-language-axis = ምስ ተርጓሚን ብዘይ ተርጓሚን ርክባት
chart-groups-reached-title = ዝተበጽሑ ጉጅለታት
chart-groups-reached-axis = ነቲ ጉጅለ ዝበጽሑ ርክባት
chart-topics-given-title = ንዜጋታት ዝተዋህቡ ኣርእስትታት
chart-topics-given-axis = እቲ ኣርእስቲ ዝነበሮም ርክባት
chart-channel-mix-title = ምድብ መገድታት ርክብ
chart-channel-mix-axis = ርክባት ብመገዲ
chart-outcomes-title = ውጽኢታት
chart-outcomes-axis = ርክባት ብውጽኢት
chart-principles-served-title = ነፍሲ ወከፍ መትከል ዘገልገሉ ምብጻሓት (1a–1f)
chart-principles-served-axis = ብጽሒት ርክባት (%)
chart-self-assessment-title = ናይ ክፍሊ ርእሰ-ገምጋም ብክፋል
chart-self-assessment-axis = ነጥብታት
baseline-title = መወከሲ (ኣማራጺ)
baseline-hint = ብጽሒት ሓደ ቋንቋ ወይ ጉጅለ ኣብ ከባቢ ብሚእታዊት ጽሓፉ፣ ንኣብነት ካብ ስታቲስቲክስ ምምሕዳር ከተማ። ሽዑ እቶም ሰንጠረዛት እቲ ክፍሊ ነቲ ጉጅለ ከም ብጽሒቱ ኣብ ከባቢ ይበጽሖ እንተሎ የርእዩ። ባዶ ቦታታት ኣይጥቀሙን።
baseline-open = መወከሲ ኣርኢ
baseline-close = መወከሲ ሕባእ
baseline-field = { $name } (% ናይ ከባቢ)
baseline-invalid = እዞም ቦታታት ካብ 0 ክሳብ 100 ቁጽሪ ክኾኑ ኣለዎም፦ { $names }
baseline-save = መወከሲ ዓቅብ

## Training mode

nav-training = ስልጠና
training-title = ንሓደስቲ ሰራሕተኛታት ናይ መእተዊ ስልጠና
training-tab-presentation = መቕረቢ
training-tab-cases = ኣብነታት
training-tab-quiz = ሕቶታት
training-tab-sessions = ኣኼባታት
presentation-heading = ንፕሮጀክተር መቕረቢ
presentation-intro = ብዓቢ ጽሑፍ { $count } ገጻት፦ ማዕረ ምትሕሓዝ እንታይ እዩ፣ ክልተ ዓይነት ኣድልዎ፣ መን ኣብ ሓደጋ ኣሎ፣ 20 መትከላት፣ ከምኡ'ውን ስለምንታይ።
presentation-keys = መልጎም ምልክታት፣ Page Up/Page Down ከምኡ'ውን Space ገጻት ይቕይሩ። Home ከምኡ'ውን End ናብ ቀዳማይን ዳሕረዋይን ይወስዱ። Esc የብቅዕ።
presentation-start = መቕረቢ ጀምር
presentation-continue = ካብ ገጽ { $slide } ቀጽል
presentation-title = ማዕረ ምትሕሓዝ ኣብ Borgerservice
presentation-subtitle = ማዕረ ንተሓሓዝ – ግን ሓደ ዓይነት ኣይኮነን። መትከላት ምምሕዳር ከተማ ኮፐንሃገን ኣብ መቐበሊ ብግብሪ።
presentation-section = ክፋል { $number }
presentation-example = ካብ መቐበሊ ኣብነት
presentation-counter = ገጽ { $slide } ካብ { $total }
presentation-previous = ‹ ዝሓለፈ
presentation-next = ዝቕጽል ›
presentation-close = ኣብቅዕ (Esc)
cases-intro = ንምዝታይ ካብ መቐበሊ ሓጸርቲ ኩነታት። ኣብነት ምረጹ። እቶም ዝምልከቶም መትከላት ድሕሪ ምዝታይኩም ይረኣዩ።
cases-seen = ኣብዚ ኣኼባ ዝተዘተየሉ
cases-back = ‹ ኩሎም ኣብነታት
cases-counter = ኣብነት { $case } ካብ { $total }
cases-questions = ንምዝታይ ሕቶታት
cases-show-principles = መትከላት ኣርኢ
cases-hide-principles = መትከላት ሕባእ
cases-previous = ዝሓለፈ ኣብነት
cases-next = ዝቕጽል ኣብነት
quiz-counter = ሕቶ { $question } ካብ { $total }
quiz-answer = መልስ
quiz-right = ቅኑዕ!
quiz-wrong = ቅኑዕ ኣይኮነን።
quiz-right-option = { $option } (እቲ ቅኑዕ መልሲ)
quiz-next = ዝቕጽል ሕቶ
quiz-finish = ውጽኢት ርአ
quiz-done = እቶም ሕቶታት ተወዲኦም
quiz-score = { $right } ካብ { $total } ቅኑዕ
quiz-score-hint = ነቲ ኣኼባ ክትምዝግቡ ከለኹም ውጽኢት ጉጅለ ጥራይ ይዕቀብ። ኣስማት የለን።
quiz-restart = ሕቶታት ደጊምካ ፈትን
training-session-title = ኣኼባ መዝግብ
training-session-hint = ዕለት፣ ክፍሊ፣ ቁጽሪ ተሳተፍቲ ከምኡ'ውን ዝሸፈንኩምዎ። ፈጺሙ ኣስማት የለን። ኣኼባታት ከም መለክዒ መእተዊ ስልጠና ይቑጸሩ፣ ከም ርክብ ኣይኮነን።
training-session-participants = ቁጽሪ ተሳተፍቲ
training-session-covered = ዝሸፈንኩምዎ
training-session-case = ኣብነት፦ { $case }
training-session-score = ማእከላይ ውጽኢት ጉጅለ ኣብ ሕቶታት (%)
training-session-save = ኣኼባ ዓቅብ
training-session-saved = እቲ ኣኼባ ተዓቂቡ።
training-session-day-invalid = እቲ ዕለት ክንበብ ኣይከኣለን። ከም 25.11.2026 ጽሓፍዎ።
training-session-participants-invalid = ቁጽሪ ተሳተፍቲ ካብ 1 ክሳብ 1000 ከም ቁጽሪ ጽሓፉ።
training-session-score-invalid = እቲ ማእከላይ ካብ 0 ክሳብ 100 ቁጽሪ ክኸውን ኣለዎ።
training-session-nothing-covered = እንተወሓደ ሓደ ዝሸፈንኩምዎ ነገር ምረጹ።
training-sessions-title = ዝተመዝገቡ ኣኼባታት
training-sessions-none = ገና ዝተመዝገበ ኣኼባ የለን።
training-sessions-line = { $day } · { $unit } · { $participants } ተሳተፍቲ
training-sessions-cases = { $count ->
    [one] 1 ኣብነት
   *[other] { $count } ኣብነታት
}
training-sessions-quiz-score = ሕቶታት ({ $score } % ቅኑዕ)
training-sessions-export = ኣኼባታት ዓቅብ (CSV) …
chart-onboarding-sessions-title = ብዛዕባ ማዕረ ምትሕሓዝ ናይ መእተዊ ስልጠና ኣኼባታት
chart-onboarding-sessions-axis = ተሳተፍቲ
table-sessions = ኣኼባታት
table-participants = ተሳተፍቲ
