# Interfejs Skranke po polsku. Tłumaczenie maszynowe; tłumacz jeszcze go nie sprawdził.

app-title = Skranke

## Navigation

nav-settings = Ustawienia
nav-about = O Skranke

## Themes

theme-system = Jak w systemie (jasny lub ciemny)
theme-light = Jasny
theme-dark = Ciemny
theme-high-contrast-dark = Wysoki kontrast, ciemny
theme-high-contrast-light = Wysoki kontrast, jasny

## Settings

settings-title = Ustawienia
settings-staff-language = Twój język
settings-staff-language-hint = Język Skranke dla ciebie jako pracownika.
settings-citizen-language = Język mieszkańca
settings-citizen-language-hint = Język tego, co pokazujesz mieszkańcowi. Ctrl+L przełącza między ostatnio używanymi językami.
settings-theme = Kolory
settings-theme-hint = Wysoki kontrast sprawia, że tekst i krawędzie są wyraźniejsze.
settings-scale = Rozmiar tekstu
settings-scale-hint = Powiększa wszystko na ekranie. Skrót: Ctrl+plus, Ctrl+minus i Ctrl+0.
settings-unit = Jednostka
settings-unit-hint = Nazwa twojej jednostki, np. Borgerservice Nørrebro. Jest zapisywana w rejestrze działań.
settings-unit-label = Nazwa jednostki
settings-unit-count = { $count } z { $max } znaków
settings-unit-save = Zapisz jednostkę
settings-unit-saved = Zapisano.

## About

about-title = O Skranke
about-intro = Skranke pomaga pracownikom Borgerservice wprowadzać w codzienną pracę zasady równego traktowania Gminy Kopenhaga: listy kontrolne, informacje dla mieszkańca w jego języku i rejestr działań. Działa bez internetu.
about-version = Wersja { $version }
about-files = Gdzie są twoje dane
about-settings-file = Ustawienia
about-database-file = Baza danych
about-database-status = Stan bazy danych
about-database-open = W użyciu (wersja schematu { $version }).
about-overrides-folder = Folder na własne teksty (.ftl)
about-overrides-none = Nie są używane żadne własne teksty.
about-keyboard = Klawiatura
about-key-tab = Przejdź do następnego lub poprzedniego przycisku albo pola.
about-key-activate = Użyj zaznaczonego przycisku lub opcji.
about-key-escape = Zamknij to, co jest otwarte, albo wróć do menu.
about-key-region = Przełącz między menu a treścią.
about-key-screens = Przejdź prosto do pozycji w menu.
about-key-citizen-language = Zmień język mieszkańca.
about-key-scale = Większy, mniejszy lub normalny tekst.
about-key-scroll = Przewijaj w górę i w dół.
about-translations = Tłumaczenia
about-translations-hint = Teksty, których nie sprawdził tłumacz, są tłumaczeniami maszynowymi. Mogą zawierać błędy.
about-fonts = Czcionki
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu i Noto Sans Ethiopic. Licencja: SIL Open Font License 1.1.

## Review status of a translation

review-source = Język źródłowy
review-machine = Tłumaczenie maszynowe, niesprawdzone przez tłumacza
review-reviewed = Sprawdził(a): { $reviewer }, { $date }

## Database problems

store-not-a-database = Plik bazy danych nie jest bazą SQLite.
store-damaged = Plik bazy danych jest uszkodzony.
store-newer-schema = Bazę danych utworzyła nowsza wersja Skranke (schemat { $found }; ta wersja zna schematy do { $supported }). Zaktualizuj Skranke, aby jej używać.
store-unavailable = Nie można otworzyć bazy danych. { $reason }
store-opening = Rejestr jest otwierany i sprawdzany. To chwilę potrwa.

## Editors' text overrides

override-applied = Używane własne teksty: { $file }
override-rejected = Nie użyto własnych tekstów: { $file }. { $reason }
override-unknown-locale = Folder { $code } nie jest językiem w Skranke.
override-unreadable = Nie można odczytać pliku. Plik musi być zapisany w UTF-8, a Skranke musi mieć prawo go odczytać.
override-syntax = W wierszu { $line } jest błąd.
override-unknown-message = Tekst { $id } nie istnieje w Skranke.
override-variables = Tekst { $id } używa innych zmiennych niż tekst duński.

## Notices

notice-store = Rejestr jest niedostępny. { $problem } Plik nie został zmieniony.
notice-unknown-locale = Język „{ $tag }” nie istnieje w Skranke. Używany jest język domyślny.
notice-overrides = { $count ->
    [one] Jeden plik z własnymi tekstami nie został użyty. Zobacz O Skranke.
    [few] { $count } pliki z własnymi tekstami nie zostały użyte. Zobacz O Skranke.
    [many] { $count } plików z własnymi tekstami nie zostało użytych. Zobacz O Skranke.
   *[other] { $count } pliku z własnymi tekstami nie zostało użyte. Zobacz O Skranke.
}
notice-save-failed = Nie można zapisać ustawień. { $reason }
notice-settings-unreadable = Nie można odczytać pliku ustawień, więc używane są ustawienia domyślne. Plik nie został zmieniony.
notice-settings-fields = Niektóre ustawienia były nieprawidłowe i mają wartość domyślną: { $fields }. Plik nie został zmieniony.
notice-dismiss = OK

## Status line

status-staff-language = Twój język: { $language }
status-citizen-language = Język mieszkańca:
status-scale = Tekst { $percent } %

## The personal-data guard

guard-cpr = Tekst wygląda jak numer CPR. Nigdy nie zapisuj, kim jest mieszkaniec: tylko co zostało zrobione.
guard-phone = Tekst wygląda jak numer telefonu. Nigdy nie zapisuj, kim jest mieszkaniec. Datę możesz zapisać jako 24.11.2025.
guard-email = Tekst wygląda jak adres e-mail. Nigdy nie zapisuj, kim jest mieszkaniec: tylko co zostało zrobione.
guard-too-long = Tekst jest za długi: { $length } znaków. Użyj najwyżej { $max } znaków.

## Principles screen

nav-principles = Zasady
principles-tab-list = Zasady
principles-tab-visit = Lista kontrolna wizyty ({ $count })
principles-tab-assessment = Samoocena jednostki
principles-title = Zasady równego traktowania
principles-intro = 20 zasad równego traktowania Gminy Kopenhaga. Wybierz zasadę, aby zobaczyć, co możesz zrobić i co twoja jednostka już ma.
principles-filter = Szukaj w tytułach i streszczeniach
principles-no-match = Żadna zasada nie pasuje do „{ $filter }”.
principles-entry-progress = { $done } z { $total } punktów wdrożonych w jednostce
principles-back = ‹ Wszystkie zasady
principles-at-the-desk = Przy okienku
principles-at-the-desk-hint = Zaznacz, co zrobiłeś (zrobiłaś) dla mieszkańca podczas tej wizyty. Zostanie to dołączone, gdy zapiszesz wizytę.
principles-unit-desk = Samoocena jednostki: czy zawsze to robimy?
principles-unit-in-place = Co twoja jednostka już ma
principles-unit-hint = Wybierz, jak daleko jednostka doszła w każdym punkcie. Krótki komentarz jest mile widziany, ale nigdy nazwiska ani inne dane osobowe.
principles-question = Pytanie do refleksji
principles-show-original = Pokaż tekst oryginalny
principles-hide-original = Ukryj tekst oryginalny
principles-original = Tekst oryginalny zasad Gminy Kopenhaga (po duńsku)

## Per-visit checklist

visit-title = Lista kontrolna wizyty
visit-intro = Zaznacz, co właśnie zrobiłeś (zrobiłaś) dla mieszkańca przy okienku. Gdy zapiszesz wizytę, zasady zostaną dołączone. Nic o tym, kim jest mieszkaniec, nie jest zapisywane.
visit-served-none = Nic jeszcze nie zaznaczono.
visit-served = Zasady użyte podczas tej wizyty: { $codes }
visit-reset = Następny mieszkaniec: wyczyść listę

## Self-assessment

assessment-title = Samoocena jednostki
assessment-intro = Jak daleko twoja jednostka doszła w każdej zasadzie? Każda zmiana jest zapisywana z czasem, więc możesz śledzić postępy.
assessment-no-store = Nie można zapisać samooceny, ponieważ rejestr jest niedostępny.
assessment-progress = { $in_place } z { $total } punktów wdrożonych, { $in_progress } w trakcie, { $not_started } nierozpoczętych.
assessment-export = Zapisz samoocenę
assessment-export-hint = Jako stronę do druku albo jako plik CSV dla arkuszy kalkulacyjnych.
assessment-export-html = Zapisz do druku (HTML) …
assessment-export-csv = Zapisz jako arkusz (CSV) …
assessment-not-started = Nierozpoczęte
assessment-in-progress = W trakcie
assessment-in-place = Wdrożone
assessment-comment = Komentarz do { $item } (opcjonalnie)
assessment-comment-count = { $count } z { $max } znaków
assessment-comment-save = Zapisz komentarz
assessment-comment-saved = Zapisano.
assessment-changed = Ostatnia zmiana { $date }
assessment-file-name = samoocena
assessment-report-title = Samoocena jednostki: zasady równego traktowania
assessment-report-meta = Jednostka: { $unit }. Data: { $date }.
assessment-overview = Przegląd
assessment-column-section = Część
assessment-column-share = Odsetek wdrożonych
assessment-column-item = Punkt
assessment-column-state = Stan
assessment-column-comment = Komentarz
assessment-column-changed = Zmieniono

## Saving files

save-done = Zapisano: { $file }
save-failed = Plik nie został zapisany. { $reason }
save-error-permission = Nie masz prawa zapisu w tym folderze. Wybierz inny folder.
save-error-disk-full = Dysk jest pełny. Zwolnij miejsce albo wybierz inny dysk.
save-error-no-folder = Folder już nie istnieje. Wybierz inny folder.
save-error-other = Wystąpił nieoczekiwany błąd. Spróbuj ponownie albo poproś dział IT o pomoc.

## Błędy: co poszło nie tak, prostymi słowami. Komunikat samego systemu jest pod „Pokaż szczegóły” i w dzienniku IT.

error-store-locked = Inny program używa teraz rejestru. Spróbuj ponownie za chwilę.
error-store-read-only = Skranke nie ma prawa zapisu w folderze rejestru. Poproś dział IT o dostęp.
error-store-disk-full = Dysk jest pełny. Zwolnij miejsce i spróbuj ponownie.
error-store-damaged = Rejestr jest uszkodzony. Przywróć kopię zapasową w zakładce Eksport i bezpieczeństwo.
error-store-io = Dysk nie odpowiedział. Spróbuj ponownie albo poproś dział IT o pomoc.
error-store-not-open = Rejestr nie jest otwarty. Zobacz komunikat u góry okna.
error-store-invalid = Wpis nie jest zgodny z zasadami rejestru.
error-store-refused = Tekst został odrzucony, bo wygląda jak dane osobowe.
error-store-other = W rejestrze wystąpił nieoczekiwany błąd. Spróbuj ponownie albo poproś dział IT o pomoc.
import-no-log = Baza danych pochodzi ze starszej wersji Skranke bez rejestru (schemat { $version }). Nic nie zaimportowano.
import-failed = Nic nie zaimportowano. { $reason }
problem-details-show = Pokaż szczegóły
problem-details-hide = Ukryj szczegóły
problem-details = Komunikat samego systemu (dla działu IT):

## Desk screen

nav-desk = Przy okienku
nav-glossary = Słowniczek
desk-title = Informacje dla mieszkańca
desk-citizen-language = Język mieszkańca
desk-open-card = Wskaż swój język
desk-panes = Układ
desk-side-by-side = Duński i język mieszkańca
desk-citizen-only = Tylko język mieszkańca
desk-large-text = Większy tekst
desk-topics = Tematy
desk-handout-include = W ulotce: { $topic }
desk-handout = Ulotka dla mieszkańca
desk-handout-hint = Wybrane tematy w języku mieszkańca i po duńsku, jako strona do druku na A4.
desk-handout-chosen = { $count ->
    [one] Wybrano 1 temat
    [few] Wybrano { $count } tematy
    [many] Wybrano { $count } tematów
   *[other] Wybrano { $count } tematu
}
desk-handout-save = Zapisz ulotkę …
desk-sources = O tych informacjach: źródła i daty
desk-back = ‹ Wszystkie tematy
desk-previous = Poprzedni temat
desk-next = Następny temat
sources-title = O tych informacjach
sources-intro = Teksty duńskie opierają się na tych źródłach. Tłumaczenia zrobiono z tekstów duńskich.
sources-line = Źródło: { $source }. Sprawdzono: { $checked }.
sources-none = Nie podano źródła.

## Point to your language

card-title = Wskaż swój język
card-hint = Pokaż ekran mieszkańcowi, który wskaże swój język. Esc zamyka.
card-close = Zamknij

## Glossary

glossary-title = Słowniczek
glossary-intro = Słowa z gminy, wyjaśnione prosto. Duński stoi obok języka mieszkańca. Możesz szukać w każdym języku.
glossary-search = Szukaj w słowniczku
glossary-count = { $shown } z { $total } słów

## Outreach log

nav-log = Rejestr
log-title = Rejestr działań
log-tab-entry = Zapisz wizytę
log-tab-list = Rejestr
log-tab-transfer = Eksport i bezpieczeństwo
log-training-mode = Tryb szkoleniowy
log-training-mode-on = Nowe wpisy są oznaczane jako szkoleniowe i nie liczą się w statystykach.
log-training-mode-off = Wpisy liczą się we wskaźnikach równości jednostki.
log-training-on-form = SZKOLENIE: ten wpis jest oznaczony jako szkoleniowy.
log-no-store = Rejestr jest niedostępny. Zobacz komunikat u góry.
log-form-title = Nowa wizyta
log-form-edit-title = Popraw wpis
log-form-intro = Wypełnione na podstawie wizyty. Zapisz klawiszami Ctrl+Enter. Zapisz i przygotuj się na następnego mieszkańca klawiszami Ctrl+Shift+Enter. Nigdy nie zapisuj, kim jest mieszkaniec.
log-day = Data (dd.mm.rrrr)
log-today = Dzisiaj
log-yesterday = Wczoraj
log-day-invalid = Nie można odczytać daty. Zapisz ją jako 25.11.2026.
log-unit = Jednostka
log-unit-missing = Wpisz nazwę jednostki.
log-channel = Kanał
log-language = Język mieszkańca
language-other = Inny język
log-interpreter = Tłumacz
log-groups = Grupy, do których dotarto (opcjonalnie)
log-groups-hint = Tylko jeśli to jasne. Nigdy nie pytaj mieszkańca tylko po to, żeby to wypełnić.
log-topics = Tematy przekazane mieszkańcowi
log-principles = Zasady użyte podczas wizyty
log-handout = Mieszkaniec dostał ulotkę
log-outcome = Wynik
log-duration = Czas trwania
log-note = Krótka notatka (opcjonalnie)
log-note-hint = Co zrobiono, a nie kto. Bez nazwisk, numerów CPR, adresów, numerów telefonów i e-maili.
log-note-count = { $count } z { $max } znaków
log-save = Zapisz (Ctrl+Enter)
log-save-next = Zapisz i następny mieszkaniec (Ctrl+Shift+Enter)
log-cancel-edit = Odrzuć zmiany
log-form-has-errors = Wpis nie został zapisany. Popraw to, co jest zaznaczone na czerwono przy polach.
log-saved = Zapisano: wizyta { $day }.
log-save-failed = Wpis nie został zapisany. { $reason }
log-list-title = Wpisy, najnowsze najpierw
log-filters-show = Pokaż filtry
log-filters-hide = Ukryj filtry
log-filter-from = Od daty
log-filter-to = Do daty
log-filter-apply = Użyj dat
log-filter-clear = Wyczyść filtry
log-filter-any = Wszystkie
log-f-training = Szkolenie
log-f-training-include = Ze szkoleniowymi
log-f-training-exclude = Bez szkoleniowych
log-f-training-only = Tylko szkoleniowe
log-count = { $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
log-loading = Wczytywanie …
log-load-failed = Nie można wczytać rejestru. { $reason }
log-empty = Żaden wpis nie pasuje.
log-training-badge = SZKOLENIE
log-row-topics = Tematy: { $topics }
log-row-groups = Grupy: { $groups }
log-row-principles = Zasady: { $codes }
log-row-handout = Wydano ulotkę
log-column-day = Data
log-column-details = Szczegóły
log-column-actions = Działania
log-edit = Popraw
log-delete = Usuń
log-deleted = Wpis został usunięty. Możesz to cofnąć przez 30 dni.
log-undo = Cofnij usunięcie
log-newer = Nowsze
log-older = Starsze
log-page = Strona { $page }

## Codes in the log

channel-desk = Okienko
channel-phone = Telefon
channel-video = Wideo
channel-letter-email = List lub e-mail
channel-outreach-event = Wydarzenie informacyjne
interpreter-none = Bez tłumacza
interpreter-in-person = Tłumacz na miejscu
interpreter-phone = Tłumacz telefoniczny
interpreter-video = Tłumacz wideo
interpreter-bilingual-staff = Dwujęzyczny pracownik
outcome-solved = Załatwione
outcome-referred = Skierowane dalej
outcome-follow-up = Do dalszego działania
duration-under-5 = Poniżej 5 min
duration-5-15 = 5–15 min
duration-15-30 = 15–30 min
duration-over-30 = Ponad 30 min
group-newcomer = Nowo przybyły
group-language-support = Potrzebuje wsparcia językowego
group-digital-support = Potrzebuje wsparcia cyfrowego
group-disability = Niepełnosprawność
group-mental-illness = Choroba psychiczna
group-elderly = Osoba starsza
group-homeless = Osoba bezdomna
group-other = Inna grupa

## Export, merge, backup

export-title = Eksportuj rejestr (CSV)
export-hint = Do własnych raportów jednostki lub platformy BI gminy. Obok zapisywany jest słownik kodów po duńsku i angielsku.
export-range-invalid = Wpisz dwie prawidłowe daty, pierwszą przed ostatnią.
export-training = Dołącz wpisy szkoleniowe
export-start = Eksportuj …
export-progress = Zapisano { $done } z { $total } wpisów …
import-title = Połącz rejestr innego okienka
import-hint = Wybierz eksport (CSV) lub bazę danych innego okienka. Istniejące już wpisy są pomijane. Jeśli plik ma błędy, nic nie zostaje zaimportowane.
import-start = Wybierz plik …
import-done = Połączono: { $added } nowych wpisów, { $present } już istniało.
import-not-an-export = Plik nie jest eksportem ze Skranke. Brakuje tych kolumn: { $columns }. Nic nie zaimportowano.
import-unreadable = Nie można odczytać pliku od wiersza { $line }. Czy to plik CSV ze Skranke? Nic nie zaimportowano.
import-database = Nie można użyć bazy danych. { $reason } Nic nie zaimportowano.
import-invalid = { $count ->
    [one] 1 wiersz ma błędy. Nic nie zaimportowano.
    [few] { $count } wiersze mają błędy. Nic nie zaimportowano.
    [many] { $count } wierszy ma błędy. Nic nie zaimportowano.
   *[other] { $count } wiersza ma błędy. Nic nie zaimportowano.
}
import-invalid-line = Wiersz { $line }: { $problems }
import-invalid-more = … i jeszcze { $count } wierszy.
import-bad-value = kolumna { $column } ma nieprawidłową wartość „{ $value }”
backup-title = Kopia zapasowa
backup-automatic = Skranke sam robi kopię zapasową każdego dnia. Ostatnie 7 kopii jest przechowywanych w { $folder }.
backup-start = Zrób kopię zapasową …
restore-start = Przywróć z kopii zapasowej …
restore-hint = Przy przywracaniu plik jest najpierw sprawdzany. Obecna baza danych zostaje zachowana obok, więc nic nie ginie.
restore-done = Kopia zapasowa została przywrócona. Poprzednia baza danych jest zachowana jako { $aside }.
restore-failed = Kopia zapasowa nie została przywrócona. { $reason }

## Codebook of the export

codebook-id = Unikalny identyfikator wpisu (UUID v7). Ten sam identyfikator przy każdym okienku, więc połączenie nigdy nie liczy podwójnie.
codebook-day = Dzień kontaktu (RRRR-MM-DD).
codebook-created_at = Kiedy wpis został zapisany (UTC).
codebook-unit = Jednostka, która zarejestrowała kontakt.
codebook-channel = Kanał kontaktu.
codebook-language = Język mieszkańca.
codebook-interpreter = Tłumacz podczas kontaktu.
codebook-outcome = Wynik kontaktu.
codebook-duration = Jak długo trwał kontakt.
codebook-handout = Czy mieszkaniec dostał ulotkę (1 = tak, 0 = nie).
codebook-note = Krótka notatka o tym, co zrobiono. Nigdy dane osobowe.
codebook-training = Zapisane w trybie szkoleniowym (1 = tak, 0 = nie). Nie liczy się jako działanie.
codebook-groups = Grupy, do których dotarto, oddzielone średnikami (opcjonalnie).
codebook-topics = Tematy przekazane mieszkańcowi, oddzielone średnikami.
codebook-principles = Zasady (1a–1f) użyte podczas kontaktu, oddzielone średnikami.
codebook-yes = Tak
codebook-no = Nie

## Equality indicators

nav-indicators = Wskaźniki
indicators-title = Wskaźniki równości
indicators-intro = Czy usługi jednostki docierają do wszystkich grup? Liczby pochodzą z rejestru. Wpisy szkoleniowe i usunięte się nie liczą.
indicators-period = Okres
indicators-period-month = Miesiąc
indicators-period-quarter = Kwartał
indicators-period-year = Rok
indicators-period-custom = Własny okres
indicators-previous = ‹ Poprzedni
indicators-next = Następny ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = Kwartał { $quarter }, { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = Wszystkie jednostki
indicators-computing = Obliczanie wskaźników …
indicators-failed = Nie można obliczyć wskaźników. { $reason }
indicators-total = { $count ->
    [one] 1 kontakt w okresie { $period }.
    [few] { $count } kontakty w okresie { $period }.
    [many] { $count } kontaktów w okresie { $period }.
   *[other] { $count } kontaktu w okresie { $period }.
}
indicators-export = Zapisz wskaźniki
indicators-export-hint = Jako raport do druku z wykresami i tabelami albo jako liczby w pliku CSV.
indicators-export-html = Zapisz raport (HTML) …
indicators-export-csv = Zapisz liczby (CSV) …
indicators-report-meta = Okres: { $period }. Jednostka: { $unit }. Wpisy szkoleniowe i usunięte się nie liczą.
chart-show-table = Pokaż jako tabelę
chart-show-chart = Pokaż jako wykres
table-what = Co
table-contacts = Kontakty
table-share = Odsetek
table-baseline = Odsetek w okolicy
table-reach = Zasięg (1 = jak w okolicy)
table-month = Miesiąc
table-language = Język
table-with-interpreter = Z tłumaczem
table-share-with-interpreter = Odsetek z tłumaczem
table-principle = Zasada
series-with-interpreter = Z tłumaczem
series-without-interpreter = Bez tłumacza
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
chart-contacts-per-month-title = Kontakty w miesiącu
chart-contacts-per-month-axis = Kontakty
chart-contacts-by-language-title = Kontakty według języka mieszkańca
chart-contacts-by-language-axis = Liczba kontaktów
chart-interpreter-share-by-language-title = Tłumacz według języka
chart-interpreter-share-by-language-axis = Kontakty z tłumaczem i bez tłumacza
chart-groups-reached-title = Grupy, do których dotarto
chart-groups-reached-axis = Kontakty, które dotarły do grupy
chart-topics-given-title = Tematy przekazane mieszkańcom
chart-topics-given-axis = Kontakty z tym tematem
chart-channel-mix-title = Podział kanałów
chart-channel-mix-axis = Kontakty według kanału
chart-outcomes-title = Wyniki
chart-outcomes-axis = Kontakty według wyniku
chart-principles-served-title = Wizyty realizujące każdą zasadę (1a–1f)
chart-principles-served-axis = Odsetek kontaktów (%)
chart-self-assessment-title = Samoocena jednostki według części
chart-self-assessment-axis = Punkty
baseline-title = Punkt odniesienia (opcjonalnie)
baseline-hint = Wpisz odsetek języka lub grupy w okolicy w procentach, np. ze statystyk gminy. Tabele pokażą wtedy, czy jednostka dociera do grupy tak jak wynika to z jej odsetka w okolicy. Puste pola nie są używane.
baseline-open = Pokaż punkt odniesienia
baseline-close = Ukryj punkt odniesienia
baseline-field = { $name } (% okolicy)
baseline-invalid = Te pola muszą być liczbą od 0 do 100: { $names }
baseline-save = Zapisz punkt odniesienia

## Training mode

nav-training = Szkolenie
training-title = Szkolenie wprowadzające dla nowych pracowników
training-tab-presentation = Prezentacja
training-tab-cases = Przypadki
training-tab-quiz = Quiz
training-tab-sessions = Sesje
presentation-heading = Prezentacja na projektor
presentation-intro = { $count } slajdów dużym tekstem: czym jest równe traktowanie, dwie formy dyskryminacji, kto jest narażony, 20 zasad i dlaczego.
presentation-keys = Strzałki, Page Up/Page Down i Space zmieniają slajdy. Home i End przechodzą do pierwszego i ostatniego. Esc kończy.
presentation-start = Rozpocznij prezentację
presentation-continue = Kontynuuj od slajdu { $slide }
presentation-title = Równe traktowanie w Borgerservice
presentation-subtitle = Traktowani równo – ale nie tak samo. Zasady Gminy Kopenhaga w praktyce przy okienku.
presentation-section = Część { $number }
presentation-example = Przykład z okienka
presentation-counter = Slajd { $slide } z { $total }
presentation-previous = ‹ Poprzedni
presentation-next = Następny ›
presentation-close = Zakończ (Esc)
cases-intro = Krótkie sytuacje z okienka do omówienia. Wybierz przypadek. Zasady, których dotyczy, pokażą się po omówieniu.
cases-seen = Omówione w tej sesji
cases-back = ‹ Wszystkie przypadki
cases-counter = Przypadek { $case } z { $total }
cases-questions = Pytania do dyskusji
cases-show-principles = Pokaż zasady
cases-hide-principles = Ukryj zasady
cases-previous = Poprzedni przypadek
cases-next = Następny przypadek
quiz-counter = Pytanie { $question } z { $total }
quiz-answer = Odpowiedz
quiz-right = Dobrze!
quiz-wrong = Źle.
quiz-right-option = { $option } (dobra odpowiedź)
quiz-next = Następne pytanie
quiz-finish = Zobacz wynik
quiz-done = Quiz zakończony
quiz-score = { $right } z { $total } dobrze
quiz-score-hint = Gdy zapiszesz sesję, zachowany zostanie tylko wynik grupy. Bez nazwisk.
quiz-restart = Rozwiąż quiz jeszcze raz
training-session-title = Zapisz sesję
training-session-hint = Data, jednostka, liczba uczestników i co omówiliście. Nigdy nazwiska. Sesje liczą się jako wskaźnik wdrażania pracowników, a nie jako działania.
training-session-participants = Liczba uczestników
training-session-covered = Co omówiliście
training-session-case = Przypadek: { $case }
training-session-score = Średni wynik grupy w quizie (%)
training-session-save = Zapisz sesję
training-session-saved = Sesja została zapisana.
training-session-day-invalid = Nie można odczytać daty. Zapisz ją jako 25.11.2026.
training-session-participants-invalid = Wpisz liczbę uczestników jako liczbę od 1 do 1000.
training-session-score-invalid = Średnia musi być liczbą od 0 do 100.
training-session-nothing-covered = Wybierz co najmniej jedną rzecz, którą omówiliście.
training-sessions-title = Zapisane sesje
training-sessions-none = Nie ma jeszcze zapisanych sesji.
training-sessions-line = { $day } · { $unit } · uczestnicy: { $participants }
training-sessions-cases = { $count ->
    [one] 1 przypadek
    [few] { $count } przypadki
    [many] { $count } przypadków
   *[other] { $count } przypadku
}
training-sessions-quiz-score = Quiz ({ $score } % dobrze)
training-sessions-export = Zapisz sesje (CSV) …
chart-onboarding-sessions-title = Sesje wprowadzające o równym traktowaniu
chart-onboarding-sessions-axis = Uczestnicy
table-sessions = Sesje
table-participants = Uczestnicy
