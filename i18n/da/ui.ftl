# Skranke's own interface, Danish (the master).

app-title = Skranke

## Navigation

nav-settings = Indstillinger
nav-about = Om Skranke

## Themes

theme-system = Følg systemet (lyst eller mørkt)
theme-light = Lyst
theme-dark = Mørkt
theme-high-contrast-dark = Høj kontrast, mørkt
theme-high-contrast-light = Høj kontrast, lyst

## Settings

settings-title = Indstillinger
settings-staff-language = Dit sprog
settings-staff-language-hint = Sproget i Skranke for dig som medarbejder.
settings-citizen-language = Borgerens sprog
settings-citizen-language-hint = Sproget for det, du viser borgeren. Ctrl+L skifter mellem de sprog, du har brugt senest.
settings-theme = Farver
settings-theme-hint = Høj kontrast gør tekst og kanter tydeligere.
settings-scale = Tekststørrelse
settings-scale-hint = Gør alt på skærmen større. Genvej: Ctrl+plus, Ctrl+minus og Ctrl+0.
settings-unit = Enhed
settings-unit-hint = Navnet på din enhed, fx Borgerservice Nørrebro. Det skrives i loggen over opsøgende arbejde.
settings-unit-label = Enhedens navn
settings-unit-count = { $count } af { $max } tegn
settings-unit-save = Gem enhed
settings-unit-saved = Gemt.
settings-translations = Oversættelser
settings-translations-hint = Send et sprog til en oversætter som en XLIFF-fil, og læs den tjekkede fil ind igen. Vælg sproget her. Se vejledningen til oversættere (translating.md).
settings-translations-language = Sprog til oversætteren
settings-translations-status = { $reviewed } af { $total } tekster til borgeren er tjekket af en oversætter.
settings-translations-export = Gem XLIFF-fil til oversætteren …
settings-translations-import = Læs XLIFF-fil ind …
settings-translations-exported = { $units ->
        [one] Gemt: { $path } (1 tekst).
       *[other] Gemt: { $path } ({ $units } tekster).
    }
settings-translations-imported = Læst ind: { $units } tekster, { $changed } ændret, { $reviewed } tjekket. De nye tekster bruges nu.
settings-translations-backup = De tidligere tekster er gemt i { $path }.
settings-translations-refused = Filen er ikke læst ind, og intet er ændret. Det er galt:
settings-translations-unreadable = Filen { $path } kunne ikke læses: { $reason }
settings-locked-value = Låst: { $value }
settings-locked-by = Denne indstilling bestemmes af { $who }. Spørg dem, hvis den skal ændres.
settings-locked-by-it = den IT-afdeling, der passer denne computer

## About

about-title = Om Skranke
about-intro = Skranke hjælper medarbejdere i Borgerservice med at føre Københavns Kommunes principper for ligebehandling ud i hverdagen: tjeklister, information til borgeren på eget sprog og en log over opsøgende arbejde. Programmet virker uden internet.
about-version = Version { $version }
about-files = Hvor dine data ligger
about-settings-file = Indstillinger
about-database-file = Database
about-database-status = Databasens tilstand
about-database-open = I brug (skema version { $version }).
about-overrides-folder = Mappe med egne tekster (.ftl)
about-overrides-none = Der er ingen egne tekster i brug.
about-keyboard = Tastatur
about-key-tab = Gå til næste eller forrige knap eller felt.
about-key-activate = Brug knappen eller valget med fokus.
about-key-escape = Luk det, der er åbent, eller gå tilbage til menuen.
about-key-region = Skift mellem menuen og indholdet.
about-key-screens = Gå direkte til et punkt i menuen.
about-key-citizen-language = Skift borgerens sprog.
about-key-scale = Større, mindre eller normal tekst.
about-key-scroll = Rul op og ned.
about-translations = Oversættelser
about-translations-hint = Tekster, som en oversætter ikke har tjekket, er maskinoversat. De kan indeholde fejl.
about-fonts = Skrifttyper
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu og Noto Sans Ethiopic. Licens: SIL Open Font License 1.1.

## Review status of a translation

review-source = Originalsprog
review-machine = Oversat af en maskine, ikke tjekket af en oversætter
review-reviewed = Tjekket af { $reviewer }, { $date }

## Database problems

store-not-a-database = Databasefilen er ikke en SQLite-database.
store-damaged = Databasefilen er beskadiget.
store-newer-schema = Databasen er lavet af en nyere version af Skranke (skema { $found }; denne version kender til { $supported }). Opdater Skranke for at bruge den.
store-unavailable = Databasen kunne ikke åbnes. { $reason }
store-opening = Loggen bliver åbnet og tjekket. Det tager et øjeblik.

## Editors' text overrides

override-applied = Egne tekster i brug: { $file }
override-rejected = Egne tekster ikke brugt: { $file }. { $reason }
override-unknown-locale = Mappen { $code } er ikke et sprog i Skranke.
override-unreadable = Filen kunne ikke læses. Den skal være gemt som UTF-8, og Skranke skal have lov at læse den.
override-syntax = Der er en fejl i linje { $line }.
override-unknown-message = Teksten { $id } findes ikke i Skranke.
override-variables = Teksten { $id } bruger andre variable end den danske.

## Notices

notice-store = Loggen er ikke tilgængelig. { $problem } Filen er ikke ændret.
notice-unknown-locale = Sproget "{ $tag }" findes ikke i Skranke. Standardsproget bruges.
notice-overrides = { $count ->
    [one] En fil med egne tekster blev ikke brugt. Se Om Skranke.
   *[other] { $count } filer med egne tekster blev ikke brugt. Se Om Skranke.
}
notice-save-failed = Indstillingerne kunne ikke gemmes. { $reason }
notice-settings-unreadable = Filen med indstillinger kunne ikke læses, så standardindstillingerne bruges. Filen er ikke ændret.
notice-settings-fields = Nogle indstillinger var ugyldige og bruger standardværdien: { $fields }. Filen er ikke ændret.
notice-policy-unreadable = Computerens fælles indstillinger fra IT ({ $file }) kunne ikke bruges, så Skrankes egne standarder gælder. Filen er ikke ændret.
notice-policy-fields = Nogle af computerens fælles indstillinger fra IT ({ $file }) var ugyldige og bruges ikke: { $fields }. Filen er ikke ændret.
notice-setting-locked = Den indstilling er låst. Den bestemmes af { $who }.
notice-dismiss = OK

## Status line

status-staff-language = Dit sprog: { $language }
status-citizen-language = Borgerens sprog:
status-scale = Tekst { $percent } %

## The personal-data guard

guard-cpr = Teksten ligner et CPR-nummer. Skriv aldrig, hvem borgeren er: kun hvad der blev gjort.
guard-phone = Teksten ligner et telefonnummer. Skriv aldrig, hvem borgeren er. En dato kan du skrive som 24.11.2025.
guard-email = Teksten ligner en e-mailadresse. Skriv aldrig, hvem borgeren er: kun hvad der blev gjort.
guard-too-long = Teksten er for lang: { $length } tegn. Brug højst { $max } tegn.

## Principles screen

nav-principles = Principper
principles-tab-list = Principperne
principles-tab-visit = Besøgets tjekliste ({ $count })
principles-tab-assessment = Enhedens selvevaluering
principles-title = Principper for ligebehandling
principles-intro = Københavns Kommunes 20 principper for ligebehandling. Vælg et princip for at se, hvad du kan gøre, og hvad jeres enhed har på plads.
principles-filter = Søg i titler og resuméer
principles-no-match = Ingen principper passer til "{ $filter }".
principles-entry-progress = { $done } af { $total } punkter på plads i enheden
principles-back = ‹ Alle principper
principles-at-the-desk = Ved skranken
principles-at-the-desk-hint = Sæt flueben ved det, du har gjort for borgeren ved dette besøg. Det kommer med, når du logger besøget.
principles-unit-desk = Enhedens selvevaluering: gør vi det altid?
principles-unit-in-place = Det har jeres enhed på plads
principles-unit-hint = Vælg, hvor langt enheden er med hvert punkt. Skriv gerne en kort kommentar, men aldrig navne eller andre personoplysninger.
principles-question = Spørgsmål til refleksion
principles-show-original = Vis originalteksten
principles-hide-original = Skjul originalteksten
principles-original = Originaltekst fra Københavns Kommunes principper (dansk)

## Per-visit checklist

visit-title = Besøgets tjekliste
visit-intro = Sæt flueben ved det, du har gjort for borgeren ved skranken nu. Når du logger besøget, kommer principperne med. Intet om, hvem borgeren er, gemmes.
visit-served-none = Der er ingen flueben endnu.
visit-served = Principper brugt ved dette besøg: { $codes }
visit-reset = Næste borger: ryd tjeklisten

## Self-assessment

assessment-title = Enhedens selvevaluering
assessment-intro = Hvor langt er jeres enhed med hvert princip? Hver ændring gemmes med tidspunkt, så I kan se udviklingen.
assessment-no-store = Selvevalueringen kan ikke gemmes, fordi loggen ikke er tilgængelig.
assessment-progress = { $in_place } af { $total } punkter på plads, { $in_progress } i gang, { $not_started } ikke startet.
assessment-export = Gem selvevalueringen
assessment-export-hint = Som en side, der kan udskrives, eller som en CSV-fil til regneark.
assessment-export-html = Gem til udskrift (HTML) …
assessment-export-csv = Gem som regneark (CSV) …
assessment-not-started = Ikke startet
assessment-in-progress = I gang
assessment-in-place = På plads
assessment-comment = Kommentar til { $item } (valgfri)
assessment-comment-count = { $count } af { $max } tegn
assessment-comment-save = Gem kommentar
assessment-comment-saved = Gemt.
assessment-changed = Sidst ændret { $date }
assessment-file-name = selvevaluering
assessment-report-title = Enhedens selvevaluering: principper for ligebehandling
assessment-report-meta = Enhed: { $unit }. Dato: { $date }.
assessment-overview = Overblik
assessment-column-section = Afsnit
assessment-column-share = Andel på plads
assessment-column-item = Punkt
assessment-column-state = Status
assessment-column-comment = Kommentar
assessment-column-changed = Ændret

## Saving files

save-done = Gemt: { $file }
save-failed = Filen blev ikke gemt. { $reason }
save-error-permission = Du har ikke lov til at skrive i den mappe. Vælg en anden mappe.
save-error-disk-full = Disken er fuld. Frigør plads, eller vælg et andet drev.
save-error-no-folder = Mappen findes ikke længere. Vælg en anden mappe.
save-error-other = Der skete en uventet fejl. Prøv igen, eller bed IT om hjælp.

## Fejl: hvad der gik galt, i ord. Systemets egne ord står under "Vis detaljer" og i IT's log.

error-store-locked = Loggen bruges af et andet program lige nu. Prøv igen om lidt.
error-store-read-only = Skranke må ikke skrive i loggens mappe. Bed IT om adgang.
error-store-disk-full = Disken er fuld. Frigør plads, og prøv igen.
error-store-damaged = Loggen er beskadiget. Gendan en sikkerhedskopi under Eksport og sikkerhed.
error-store-io = Disken svarede ikke. Prøv igen, eller bed IT om hjælp.
error-store-not-open = Loggen er ikke åben. Se beskeden øverst i vinduet.
error-store-invalid = Registreringen følger ikke reglerne for loggen.
error-store-refused = Teksten blev afvist, fordi den ligner personoplysninger.
error-store-other = Der skete en uventet fejl i loggen. Prøv igen, eller bed IT om hjælp.
import-no-log = Databasen er fra en ældre version af Skranke uden log (skema { $version }). Intet blev importeret.
import-failed = Intet blev importeret. { $reason }
problem-details-show = Vis detaljer
problem-details-hide = Skjul detaljer
problem-details = Systemets egne ord (til IT):

## Desk screen

nav-desk = Ved skranken
nav-glossary = Ordliste
desk-title = Information til borgeren
desk-citizen-language = Borgerens sprog
desk-open-card = Peg på dit sprog
desk-panes = Visning
desk-side-by-side = Dansk og borgerens sprog
desk-citizen-only = Kun borgerens sprog
desk-large-text = Større tekst
desk-topics = Emner
desk-handout-include = Med i handout: { $topic }
desk-handout = Handout til borgeren
desk-handout-hint = De valgte emner på borgerens sprog og på dansk, som en side, der kan udskrives på A4.
desk-handout-chosen = { $count ->
    [one] 1 emne valgt
   *[other] { $count } emner valgt
}
desk-handout-save = Gem handout …
desk-sources = Om informationen: kilder og datoer
desk-back = ‹ Alle emner
desk-previous = Forrige emne
desk-next = Næste emne
sources-title = Om informationen
sources-intro = De danske tekster bygger på disse kilder. Oversættelserne er lavet ud fra de danske tekster.
sources-line = Kilde: { $source }. Tjekket: { $checked }.
sources-none = Ingen kilde angivet.
handout-sources-title = Kilder
handout-sources-intro = Teksterne på dansk bygger på disse kilder. Datoen viser, hvornår vi sidst tjekkede kilden.
handout-sources-line = { $heading }: { $source } – tjekket { $checked }
handout-sources-none = { $heading }: ingen kilde angivet

## Point to your language

card-title = Peg på dit sprog
card-hint = Vis skærmen til borgeren, som peger på sit sprog. Esc lukker.
card-close = Luk

## Glossary

glossary-title = Ordliste
glossary-intro = Ord fra kommunen, forklaret enkelt. Dansk står ved siden af borgerens sprog. Du kan søge på alle sprog.
glossary-search = Søg i ordlisten
glossary-count = { $shown } af { $total } ord

## Outreach log

nav-log = Log
log-title = Log over opsøgende arbejde
log-tab-entry = Log besøget
log-tab-list = Loggen
log-tab-transfer = Eksport og sikkerhed
log-training-mode = Træningstilstand
log-training-mode-on = Nye registreringer markeres som træning og tæller ikke med i statistikken.
log-training-mode-off = Registreringerne tæller med i enhedens ligebehandlingsindikatorer.
log-training-on-form = TRÆNING: denne registrering markeres som træning.
log-no-store = Loggen er ikke tilgængelig. Se beskeden øverst.
log-form-title = Nyt besøg
log-form-edit-title = Ret registrering
log-form-intro = Udfyldt fra besøget. Gem med Ctrl+Enter. Gem og gør klar til næste borger med Ctrl+Skift+Enter. Skriv aldrig, hvem borgeren er.
log-day = Dato (dd.mm.åååå)
log-today = I dag
log-yesterday = I går
log-day-invalid = Datoen kan ikke læses. Skriv den som 25.11.2026.
log-unit = Enhed
log-unit-missing = Skriv enhedens navn.
log-channel = Kanal
log-language = Borgerens sprog
language-other = Andet sprog
log-interpreter = Tolk
log-groups = Grupper, der blev nået (valgfrit)
log-groups-hint = Kun hvis det er tydeligt. Spørg aldrig borgeren for at kunne udfylde det.
log-topics = Emner, borgeren fik
log-principles = Principper, besøget brugte
log-handout = Borgeren fik en handout
log-outcome = Udfald
log-duration = Varighed
log-note = Kort note (valgfri)
log-note-hint = Hvad blev gjort, ikke hvem. Ingen navne, CPR-numre, adresser, telefonnumre eller e-mails.
log-note-count = { $count } af { $max } tegn
log-save = Gem (Ctrl+Enter)
log-save-next = Gem og næste borger (Ctrl+Skift+Enter)
log-cancel-edit = Fortryd ændringer
log-form-has-errors = Registreringen er ikke gemt. Ret det, der står med rødt ved felterne.
log-saved = Gemt: besøg { $day }.
log-save-failed = Registreringen blev ikke gemt. { $reason }
log-list-title = Registreringer, nyeste først
log-filters-show = Vis filtre
log-filters-hide = Skjul filtre
log-filter-from = Fra dato
log-filter-to = Til dato
log-filter-apply = Brug datoerne
log-filter-clear = Nulstil filtre
log-filter-any = Alle
log-f-training = Træning
log-f-training-include = Medtag træning
log-f-training-exclude = Uden træning
log-f-training-only = Kun træning
log-count = { $count ->
    [one] 1 registrering
   *[other] { $count } registreringer
}
log-loading = Henter …
log-load-failed = Loggen kunne ikke hentes. { $reason }
log-empty = Ingen registreringer passer.
log-training-badge = TRÆNING
log-row-topics = Emner: { $topics }
log-row-groups = Grupper: { $groups }
log-row-principles = Principper: { $codes }
log-row-handout = Handout givet
# The log list is drawn as cards; a screen reader reads it as a table with these columns.
log-column-day = Dato
log-column-details = Detaljer
log-column-actions = Handlinger
log-edit = Ret
log-delete = Slet
log-deleted = Registreringen er slettet. Du kan fortryde i 30 dage.
log-undo = Fortryd sletning
log-newer = Nyere
log-older = Ældre
log-page = Side { $page }

## Codes in the log

channel-desk = Skranke
channel-phone = Telefon
channel-video = Video
channel-letter-email = Brev eller e-mail
channel-outreach-event = Opsøgende arrangement
interpreter-none = Ingen tolk
interpreter-in-person = Fremmødetolk
interpreter-phone = Telefontolk
interpreter-video = Videotolk
interpreter-bilingual-staff = Tosproget medarbejder
outcome-solved = Løst
outcome-referred = Henvist videre
outcome-follow-up = Opfølgning
duration-under-5 = Under 5 min.
duration-5-15 = 5–15 min.
duration-15-30 = 15–30 min.
duration-over-30 = Over 30 min.
group-newcomer = Nytilkommen
group-language-support = Har brug for sprogstøtte
group-digital-support = Har brug for digital hjælp
group-disability = Handicap
group-mental-illness = Psykisk sygdom
group-elderly = Ældre
group-homeless = Hjemløs
group-other = Anden gruppe

## Export, merge, backup

export-title = Eksportér loggen (CSV eller Excel)
export-hint = Til enhedens egne opgørelser eller kommunens BI-platform. En kodebog på dansk og engelsk følger med: ved siden af CSV-filen eller som andet ark i Excel-filen.
export-range-invalid = Skriv to gyldige datoer, den første før den sidste.
export-training = Medtag træningsregistreringer
export-start = Eksportér til CSV …
export-progress = { $total ->
    [one] { $done } af 1 registrering skrevet …
   *[other] { $done } af { $total } registreringer skrevet …
}
import-title = Flet en anden skrankes log ind
import-hint = Vælg en anden skrankes eksport (CSV) eller database. Registreringer, der allerede findes, springes over. Er der fejl i filen, importeres intet.
import-start = Vælg fil …
import-done = { $added ->
    [one] Flettet: 1 ny registrering, { $present } fandtes allerede.
   *[other] Flettet: { $added } nye registreringer, { $present } fandtes allerede.
}
import-not-an-export = Filen er ikke en eksport fra Skranke. Disse kolonner mangler: { $columns }. Intet blev importeret.
import-unreadable = Filen kunne ikke læses fra linje { $line }. Er det en CSV-fil fra Skranke? Intet blev importeret.
import-database = Databasen kan ikke bruges. { $reason } Intet blev importeret.
import-invalid = { $count ->
    [one] 1 række har fejl. Intet blev importeret.
   *[other] { $count } rækker har fejl. Intet blev importeret.
}
import-invalid-line = Linje { $line }: { $problems }
import-invalid-more = { $count ->
    [one] … og 1 række mere.
   *[other] … og { $count } rækker mere.
}
import-bad-value = kolonnen { $column } har en ugyldig værdi "{ $value }"
backup-title = Sikkerhedskopi
backup-automatic = Skranke tager selv en sikkerhedskopi hver dag. De seneste 7 gemmes i { $folder }.
backup-start = Tag en sikkerhedskopi …
restore-start = Gendan fra sikkerhedskopi …
restore-hint = Ved gendannelse tjekkes filen først. Den nuværende database gemmes ved siden af, så intet går tabt.
restore-done = Sikkerhedskopien er gendannet. Den tidligere database er gemt som { $aside }.
restore-failed = Sikkerhedskopien blev ikke gendannet. { $reason }

## Codebook of the export

codebook-id = Registreringens unikke id (UUID v7). Samme id på alle skranker, så en fletning aldrig tæller dobbelt.
codebook-day = Dagen for kontakten (ÅÅÅÅ-MM-DD).
codebook-created_at = Tidspunktet, registreringen blev skrevet (UTC).
codebook-unit = Enheden, der registrerede kontakten.
codebook-channel = Kanal for kontakten.
codebook-language = Borgerens sprog.
codebook-interpreter = Tolk ved kontakten.
codebook-outcome = Udfaldet af kontakten.
codebook-duration = Kontaktens varighed.
codebook-handout = Fik borgeren en handout (1 = ja, 0 = nej).
codebook-note = Kort note om, hvad der blev gjort. Aldrig personoplysninger.
codebook-training = Registreret i træningstilstand (1 = ja, 0 = nej). Tæller ikke som opsøgende arbejde.
codebook-groups = Grupper, der blev nået, adskilt af semikolon (valgfrit).
codebook-topics = Emner, borgeren fik, adskilt af semikolon.
codebook-principles = Principper (1a–1f), kontakten brugte, adskilt af semikolon.
codebook-yes = Ja
codebook-no = Nej

## Equality indicators

nav-indicators = Indikatorer
indicators-title = Ligebehandlingsindikatorer
indicators-intro = Når enhedens tilbud ud til alle grupper? Tallene kommer fra loggen. Træning og slettede registreringer tæller ikke med.
indicators-period = Periode
indicators-period-month = Måned
indicators-period-quarter = Kvartal
indicators-period-year = År
indicators-period-custom = Selvvalgt periode
indicators-previous = ‹ Forrige
indicators-next = Næste ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = { $quarter }. kvartal { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = Alle enheder
indicators-computing = Beregner indikatorerne …
indicators-failed = Indikatorerne kunne ikke beregnes. { $reason }
indicators-total = { $count ->
    [one] 1 kontakt i { $period }.
   *[other] { $count } kontakter i { $period }.
}
indicators-export = Gem indikatorerne
indicators-export-hint = Som rapport til udskrift med diagrammer og tabeller, eller som tal i en CSV-fil eller et Excel-regneark.
indicators-export-html = Gem rapport (HTML) …
indicators-export-csv = Gem tal (CSV) …
indicators-report-meta = Periode: { $period }. Enhed: { $unit }. Træning og slettede registreringer tæller ikke med.
chart-show-table = Vis som tabel
chart-show-chart = Vis som diagram
table-what = Hvad
table-contacts = Kontakter
table-share = Andel
table-baseline = Andel i området
table-reach = Rækkevidde (1 = som i området)
table-month = Måned
table-language = Sprog
table-with-interpreter = Med tolk
table-share-with-interpreter = Andel med tolk
table-principle = Princip
series-with-interpreter = Med tolk
series-without-interpreter = Uden tolk
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
chart-contacts-per-month-title = Kontakter pr. måned
chart-contacts-per-month-axis = Kontakter
chart-contacts-by-language-title = Kontakter efter borgerens sprog
chart-contacts-by-language-axis = Antal kontakter
chart-interpreter-share-by-language-title = Tolk pr. sprog
chart-interpreter-share-by-language-axis = Kontakter med og uden tolk
chart-groups-reached-title = Grupper, der blev nået
chart-groups-reached-axis = Kontakter, hvor gruppen blev nået
chart-topics-given-title = Emner, borgerne fik
chart-topics-given-axis = Kontakter med emnet
chart-channel-mix-title = Kanaler
chart-channel-mix-axis = Kontakter pr. kanal
chart-outcomes-title = Udfald
chart-outcomes-axis = Kontakter pr. udfald
chart-principles-served-title = Besøg, der brugte hvert princip (1a–1f)
chart-principles-served-axis = Andel af kontakterne (%)
chart-self-assessment-title = Enhedens selvevaluering pr. afsnit
chart-self-assessment-axis = Punkter
baseline-title = Grundlinje (valgfri)
baseline-hint = Skriv områdets andel af et sprog eller en gruppe i procent, fx fra kommunens statistik. Så viser tabellerne, om enheden når gruppen lige så godt som området. Tomme felter bruges ikke.
baseline-open = Vis grundlinje
baseline-close = Skjul grundlinje
baseline-field = { $name } (% af området)
baseline-invalid = Disse felter skal være et tal fra 0 til 100: { $names }
baseline-save = Gem grundlinje

## Training mode

nav-training = Træning
training-title = Træning til introduktion af nye medarbejdere
training-tab-presentation = Præsentation
training-tab-cases = Cases
training-tab-quiz = Quiz
training-tab-sessions = Forløb
presentation-heading = Præsentation til projektor
presentation-intro = { $count } dias med stor tekst: hvad ligebehandling er, de to former for diskrimination, hvem der er i risiko, de 20 principper og hvorfor.
presentation-keys = Piletaster, Page Up/Page Down og mellemrum skifter dias. Home og End går til første og sidste. F11 viser i fuld skærm. Esc forlader fuld skærm og afslutter derefter.
presentation-start = Start præsentationen
presentation-continue = Fortsæt fra dias { $slide }
presentation-title = Ligebehandling i Borgerservice
presentation-subtitle = Behandlet lige – men ikke ens. Københavns Kommunes principper i praksis ved skranken.
presentation-section = Afsnit { $number }
presentation-example = Eksempel ved skranken
presentation-counter = Dias { $slide } af { $total }
presentation-previous = ‹ Forrige
presentation-next = Næste ›
presentation-close = Afslut (Esc)
cases-intro = Korte situationer fra skranken til drøftelse. Vælg en case. De principper, den handler om, vises, når I har drøftet den.
cases-seen = Gennemgået i dette forløb
cases-back = ‹ Alle cases
cases-counter = Case { $case } af { $total }
cases-questions = Spørgsmål til drøftelse
cases-show-principles = Vis principperne
cases-hide-principles = Skjul principperne
cases-previous = Forrige case
cases-next = Næste case
quiz-counter = Spørgsmål { $question } af { $total }
quiz-answer = Svar
quiz-right = Rigtigt!
quiz-wrong = Ikke rigtigt.
quiz-right-option = { $option } (det rigtige svar)
quiz-next = Næste spørgsmål
quiz-finish = Se resultatet
quiz-done = Quizzen er slut
quiz-score = { $right } af { $total } rigtige
quiz-score-hint = Kun holdets resultat gemmes, når du registrerer forløbet. Ingen navne.
quiz-restart = Tag quizzen igen
training-session-title = Registrér forløbet
training-session-hint = Dato, enhed, antal deltagere og hvad I gennemgik. Aldrig navne. Forløb tæller som indikator for introduktion, ikke som opsøgende arbejde.
training-session-participants = Antal deltagere
training-session-covered = Det gennemgik I
training-session-case = Case: { $case }
training-session-score = Holdets gennemsnit i quizzen (%)
training-session-save = Gem forløbet
training-session-saved = Forløbet er gemt.
training-session-day-invalid = Datoen kan ikke læses. Skriv den som 25.11.2026.
training-session-participants-invalid = Skriv antal deltagere som et tal fra 1 til 1000.
training-session-score-invalid = Gennemsnittet skal være et tal fra 0 til 100.
training-session-nothing-covered = Vælg mindst én ting, I gennemgik.
training-sessions-title = Registrerede forløb
training-sessions-none = Der er ingen registrerede forløb endnu.
training-sessions-line = { $participants ->
    [one] { $day } · { $unit } · 1 deltager
   *[other] { $day } · { $unit } · { $participants } deltagere
}
training-sessions-cases = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
training-sessions-quiz-score = Quiz ({ $score } % rigtige)
training-sessions-export = Gem forløbene (CSV) …
chart-onboarding-sessions-title = Introduktionsforløb om ligebehandling
chart-onboarding-sessions-axis = Deltagere
table-sessions = Forløb
table-participants = Deltagere

## The command line (skranke log export, backup, restore, indicators)

cli-exported = { $count ->
    [one] 1 registrering eksporteret.
   *[other] { $count } registreringer eksporteret.
}
cli-no-log = Der er ingen log i { $folder }. Angiv loggens mappe med --data-dir.
cli-log-in-use = Loggen er åben i Skranke. Luk Skranke på denne computer, og prøv igen. Intet er ændret.

## l10n: skranke l10n export / import (XLIFF for translators)

l10n-unknown-language = Skranke har ikke sproget "{ $tag }". Kendte sprog: { $known }.
l10n-master-language = Dansk er mastersproget, så der er intet at oversætte. Vælg et andet sprog.
l10n-exported = { $count ->
    [one] 1 tekst er skrevet til { $file }.
   *[other] { $count } tekster er skrevet til { $file }.
}
l10n-unreadable = Filen { $file } kunne ikke læses. Findes den, og må du læse den?
l10n-not-text = Filen { $file } er ikke en XLIFF-fil: den er ikke tekst i UTF-8.
l10n-refused = { $count ->
    [one] Filen blev ikke indlæst, fordi der er 1 fejl. Intet er ændret.
   *[other] Filen blev ikke indlæst, fordi der er { $count } fejl. Intet er ændret.
}
l10n-imported = Indlæst ({ $language }). Enheder læst: { $units }. Tekster ændret: { $changed }. Tekster tjekket af en oversætter: { $reviewed }.
l10n-written = Skrevet: { $file }
l10n-backup = De tidligere filer er gemt i { $folder }.
l10n-no-backup = Der var ingen tidligere filer at gemme.
l10n-problem-in-unit = { $file }, { $unit }: { $problem }
l10n-problem-in-file = { $file }: { $problem }
l10n-problem-malformed = Filen er ikke gyldig XML (linje { $line }).
l10n-problem-not-xliff = Filen er ikke en XLIFF-fil.
l10n-problem-xliff-version = Filen er XLIFF { $version }. Skranke læser XLIFF 1.2. Gem filen som XLIFF 1.2 i oversættelsesprogrammet.
l10n-problem-no-units = Filen har ingen tekster at oversætte.
l10n-problem-no-locale = Filen siger ikke, hvilket sprog den er oversat til (target-language).
l10n-problem-unknown-locale = Skranke har ikke sproget "{ $tag }".
l10n-problem-master-locale = Filen er på dansk. Dansk er mastersproget og kan ikke indlæses.
l10n-problem-mixed-locales = Filen blander to sprog: { $first } og { $other }. Indlæs ét sprog ad gangen.
l10n-problem-not-from-danish = Kildesproget er "{ $tag }". Skranke oversætter kun fra dansk (da).
l10n-problem-unknown-file = Skranke har ingen tekstfil med dette navn til dette sprog.
l10n-problem-duplicate-file = Tekstfilen står to gange i filen.
l10n-problem-missing-id = En enhed på linje { $line } har intet id.
l10n-problem-unknown-id = Skranke har ingen tekst med dette id.
l10n-problem-unknown-variant = Sproget har ikke formen "{ $key }". Mulige former: { $allowed }.
l10n-problem-duplicate-unit = Enheden står to gange.
l10n-problem-wrong-language = Oversættelsen er markeret som sproget "{ $tag }", ikke filens sprog.
l10n-problem-unknown-state = Ukendt status "{ $state }".
l10n-problem-unknown-phase = Fasen "{ $phase }" står ikke i filens hoved.
l10n-problem-markup = Formatering (<{ $element }>) er ikke tilladt. Brug kun koderne fra den danske tekst.
l10n-problem-bad-code = { $code } er ikke en gyldig kode.
l10n-problem-missing-code = Koden { $code } mangler. Den skal stå i oversættelsen, som den står i den danske tekst.
l10n-problem-unexpected-code = Koden { $code } står ikke i den danske tekst.
l10n-problem-empty = Oversættelsen er tom.
l10n-problem-syntax = Oversættelsen kan ikke læses som Fluent-tekst.
l10n-problem-variables = Teksten bruger andre variabler end den danske: forventet { $expected }, fundet { $found }.
l10n-problem-missing-default = Standardformen "{ $key }" mangler.
l10n-problem-write = { $file } kunne ikke skrives. { $reason } Intet er ændret.

## Issue 17: training, window, safety nets and characters (points 6 to 9)

guard-undrawable = Tegn nr. { $position } ({ $code }) findes ikke i Skrankes skrifttyper (det er fx en emoji eller et sjældent symbol), så det kan stå som en tom firkant. Skriv det med ord i stedet.
presentation-full-screen = Fuld skærm (F11)
presentation-leave-full-screen = Forlad fuld skærm (Esc)
presentation-end = Afslut
quiz-choose-first = Vælg først et af svarene ovenfor.
training-banner-title = Træningstilstand
training-banner-text = Nye registreringer markeres som træning og tæller ikke med. Slå den fra under Log.
closing-title = Vil du lukke Skranke?
closing-unsaved-log = Registreringen under Log er ikke gemt.
closing-unsaved-session = Forløbet under Træning er ikke gemt.
closing-question = Lukker du nu, går det tabt.
closing-keep = Gå tilbage til formularen
closing-discard = Kassér og luk
about-key-full-screen = Vis præsentationen i fuld skærm. Esc forlader fuld skærm.
about-key-undo = Fortryd den seneste sletning i loggen.
about-key-quit = Luk Skranke. Er noget ikke gemt, spørger Skranke først.

## Issue 17: desk and handout (never silent, print, places to get help) and "Log this visit"

desk-log-visit = Registrér besøget (Ctrl+B)
desk-interpreter = Tolk ved besøget
desk-handout-print = Udskriv …
desk-handout-none-chosen = Vælg først mindst ét emne til handout: sæt flueben ved emnerne ovenfor.
desk-handout-open = Åbn handout
desk-handout-open-failed = Handout kunne ikke åbnes. Find filen i mappen ovenfor, og åbn den selv.
desk-handout-print-opened = Handout er åbnet i din browser, klar til at udskrive. Vælg printer, og udskriv.
desk-handout-print-not-opened = Handout kunne ikke åbnes i en browser. Den ligger her: { $file }. Åbn den, og udskriv den derfra.
desk-handout-print-failed = Handout kunne ikke gøres klar til udskrift. { $reason }
save-done-instead = Vinduet til at gemme kunne ikke åbne. Filen er gemt her i stedet: { $file }
log-same-as-last = Som sidste registrering (Ctrl+D)
log-same-as-last-none = Der er ingen tidligere registrering endnu.
settings-unit-empty = Skriv enhedens navn. Loggen kan ikke gemme et besøg uden enhed.
about-key-log-visit = Registrér besøget: loggens formular, udfyldt fra besøget.
about-key-same-as-last = I loggens formular: udfyld som sidste registrering.

## Issue 17: errors where the eye is, numbers and dates, exports for Excel

log-note-remaining = { $remaining ->
    [one] 1 tegn tilbage af { $max }
   *[other] { $remaining } tegn tilbage af { $max }
}
log-note-near-limit = { $remaining ->
    [one] Næsten fuld: kun 1 tegn tilbage af { $max }.
   *[other] Næsten fuld: kun { $remaining } tegn tilbage af { $max }.
}
log-note-over = { $over ->
    [one] 1 tegn for meget. Noten må højst have { $max } tegn.
   *[other] { $over } tegn for meget. Noten må højst have { $max } tegn.
}
log-form-fix-fields = Ret felterne med fejl ovenfor. Fokus er flyttet til det første.
chart-values-key = Tallene ved søjlerne: { $columns }.
export-column-id = Id
export-column-day = Dato
export-column-created_at = Registreret (UTC)
export-column-unit = Enhed
export-column-channel = Kanal
export-column-language = Sprog
export-column-interpreter = Tolk
export-column-outcome = Udfald
export-column-duration = Varighed
export-column-handout = Handout
export-column-note = Note
export-column-training = Træning
export-column-groups = Grupper
export-column-topics = Emner
export-column-principles = Principper
codebook-column-column = Kolonne
codebook-column-code = Kode
codebook-column-da = Dansk
codebook-column-en = Engelsk
indicators-column-indicator = Indikator
indicators-column-key = Nøgle
indicators-column-label = Betegnelse
indicators-column-column = Kolonne
indicators-column-value = Værdi
indicators-column-title = Titel
indicators-column-axis = Hvad søjlerne viser
indicators-column-percent = { $column } (%)
csv-separator = Skilletegn i CSV-filen
csv-separator-semicolon = Semikolon (;), til Excel på dansk
csv-separator-comma = Komma (,), til Excel på engelsk
export-xlsx = Eksportér til Excel (.xlsx) …
indicators-export-xlsx = Gem tal (Excel) …
sheet-log = Log
sheet-codebook = Kodebog
sheet-indicators = Indikatorer
assessment-csv-principle = Princip
assessment-csv-item-text = Punktets tekst
sessions-column-id = Id
sessions-column-day = Dato
sessions-column-unit = Enhed
sessions-column-participants = Deltagere
sessions-column-presentation = Præsentation (1 = ja)
sessions-column-cases = Cases
sessions-column-quiz = Quiz (1 = ja)
sessions-column-quiz-score = Quiz, gennemsnit (%)
