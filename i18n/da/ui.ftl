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
settings-unit-too-long = Navnet er for langt. Brug højst { $max } tegn.
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
