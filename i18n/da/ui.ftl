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
review-machine = Maskinoversat, ikke tjekket af en oversætter
review-reviewed = Tjekket af { $reviewer }, { $date }

## Database problems

store-not-a-database = Databasefilen er ikke en SQLite-database.
store-damaged = Databasefilen er beskadiget.
store-newer-schema = Databasen er lavet af en nyere version af Skranke (skema { $found }; denne version kender til { $supported }). Opdater Skranke for at bruge den.
store-unavailable = Databasen kunne ikke åbnes: { $reason }

## Editors' text overrides

override-applied = Egne tekster i brug: { $file }
override-rejected = Egne tekster ikke brugt: { $file }. { $reason }
override-unknown-locale = Mappen { $code } er ikke et sprog i Skranke.
override-unreadable = Filen kunne ikke læses: { $reason }
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
notice-save-failed = Indstillingerne kunne ikke gemmes: { $reason }
notice-settings-unreadable = Filen med indstillinger kunne ikke læses, så standardindstillingerne bruges. Filen er ikke ændret.
notice-settings-fields = Nogle indstillinger var ugyldige og bruger standardværdien: { $fields }. Filen er ikke ændret.
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
principles-back = ← Alle principper
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
save-failed = Filen blev ikke gemt. { $reason } { $detail }
save-error-permission = Du har ikke lov til at skrive i den mappe. Vælg en anden mappe.
save-error-disk-full = Disken er fuld. Frigør plads, eller vælg et andet drev.
save-error-no-folder = Mappen findes ikke længere. Vælg en anden mappe.
save-error-other = Systemet meldte en fejl:

## Desk screen

nav-desk = Ved skranken
nav-glossary = Ordliste
desk-title = Information til borgeren
desk-citizen-language = Borgerens sprog
desk-open-card = Peg på dit sprog
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
desk-back = ← Alle emner
desk-previous = Forrige emne
desk-next = Næste emne
sources-title = Om informationen
sources-intro = De danske tekster bygger på disse kilder. Oversættelserne er lavet ud fra de danske tekster.
sources-line = Kilde: { $source }. Tjekket: { $checked }.
sources-none = Ingen kilde angivet.

## Point to your language

card-title = Peg på dit sprog
card-hint = Vis skærmen til borgeren, som peger på sit sprog. Esc lukker.
card-close = Luk

## Glossary

glossary-title = Ordliste
glossary-intro = Ord fra kommunen, forklaret enkelt. Dansk står ved siden af borgerens sprog. Du kan søge på alle sprog.
glossary-search = Søg i ordlisten
glossary-count = { $shown } af { $total } ord
