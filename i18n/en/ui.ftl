# Skranke's own interface, English.

app-title = Skranke

## Navigation

nav-settings = Settings
nav-about = About Skranke

## Themes

theme-system = Follow the system (light or dark)
theme-light = Light
theme-dark = Dark
theme-high-contrast-dark = High contrast, dark
theme-high-contrast-light = High contrast, light

## Settings

settings-title = Settings
settings-staff-language = Your language
settings-staff-language-hint = The language of Skranke for you as a member of staff.
settings-citizen-language = Citizen's language
settings-citizen-language-hint = The language of what you show the citizen. Ctrl+L switches between the languages you used last.
settings-theme = Colours
settings-theme-hint = High contrast makes text and edges clearer.
settings-scale = Text size
settings-scale-hint = Makes everything on screen larger. Shortcut: Ctrl+plus, Ctrl+minus and Ctrl+0.
settings-unit = Unit
settings-unit-hint = The name of your unit, e.g. Borgerservice Nørrebro. It is written into the outreach log.
settings-unit-label = Unit name
settings-unit-count = { $count } of { $max } characters
settings-unit-save = Save unit
settings-unit-saved = Saved.

## About

about-title = About Skranke
about-intro = Skranke helps staff at Borgerservice put the City of Copenhagen's principles for equal treatment into daily practice: checklists, information for the citizen in their own language, and a log of outreach. It works without the internet.
about-version = Version { $version }
about-files = Where your data lives
about-settings-file = Settings
about-database-file = Database
about-database-status = Database status
about-database-open = In use (schema version { $version }).
about-overrides-folder = Folder for your own texts (.ftl)
about-overrides-none = No own texts are in use.
about-keyboard = Keyboard
about-key-tab = Go to the next or previous button or field.
about-key-activate = Use the focused button or option.
about-key-escape = Close what is open, or go back to the menu.
about-key-region = Switch between the menu and the content.
about-key-screens = Go straight to an item in the menu.
about-key-citizen-language = Switch the citizen's language.
about-key-scale = Larger, smaller or normal text.
about-key-scroll = Scroll up and down.
about-translations = Translations
about-translations-hint = Texts that a translator has not checked are machine translations. They may contain mistakes.
about-fonts = Fonts
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu and Noto Sans Ethiopic. Licence: SIL Open Font License 1.1.

## Review status of a translation

review-source = Original language
review-machine = Machine translation, not checked by a translator
review-reviewed = Checked by { $reviewer }, { $date }

## Database problems

store-not-a-database = The database file is not an SQLite database.
store-damaged = The database file is damaged.
store-newer-schema = The database was made by a newer version of Skranke (schema { $found }; this version knows up to { $supported }). Update Skranke to use it.
store-unavailable = The database could not be opened: { $reason }

## Editors' text overrides

override-applied = Own texts in use: { $file }
override-rejected = Own texts not used: { $file }. { $reason }
override-unknown-locale = The folder { $code } is not a language in Skranke.
override-unreadable = The file could not be read: { $reason }
override-syntax = There is an error on line { $line }.
override-unknown-message = The text { $id } does not exist in Skranke.
override-variables = The text { $id } uses other variables than the Danish one.

## Notices

notice-store = The log is not available. { $problem } The file has not been changed.
notice-unknown-locale = The language "{ $tag }" does not exist in Skranke. The default language is used.
notice-overrides = { $count ->
    [one] One file with own texts was not used. See About Skranke.
   *[other] { $count } files with own texts were not used. See About Skranke.
}
notice-save-failed = The settings could not be saved: { $reason }
notice-settings-unreadable = The settings file could not be read, so the default settings are used. The file has not been changed.
notice-settings-fields = Some settings were invalid and use their default value: { $fields }. The file has not been changed.
notice-dismiss = OK

## Status line

status-staff-language = Your language: { $language }
status-citizen-language = Citizen's language:
status-scale = Text { $percent } %

## The personal-data guard

guard-cpr = The text looks like a CPR number. Never write who the citizen is: only what was done.
guard-phone = The text looks like a phone number. Never write who the citizen is. You can write a date as 24.11.2025.
guard-email = The text looks like an e-mail address. Never write who the citizen is: only what was done.
guard-too-long = The text is too long: { $length } characters. Use at most { $max } characters.

## Principles screen

nav-principles = Principles
principles-tab-list = The principles
principles-tab-visit = Visit checklist ({ $count })
principles-tab-assessment = Unit self-assessment
principles-title = Principles for equal treatment
principles-intro = The City of Copenhagen's 20 principles for equal treatment. Choose a principle to see what you can do, and what your unit has in place.
principles-filter = Search titles and summaries
principles-no-match = No principles match "{ $filter }".
principles-entry-progress = { $done } of { $total } items in place in the unit
principles-back = ← All principles
principles-at-the-desk = At the desk
principles-at-the-desk-hint = Tick what you have done for the citizen during this visit. It is included when you log the visit.
principles-unit-desk = Unit self-assessment: do we always do this?
principles-unit-in-place = What your unit has in place
principles-unit-hint = Choose how far the unit has come with each item. A short comment is welcome, but never names or other personal data.
principles-question = Question for reflection
principles-show-original = Show the original text
principles-hide-original = Hide the original text
principles-original = Original text of the City of Copenhagen's principles (Danish)

## Per-visit checklist

visit-title = Visit checklist
visit-intro = Tick what you have done for the citizen at the desk now. When you log the visit, the principles are included. Nothing about who the citizen is is saved.
visit-served-none = Nothing is ticked yet.
visit-served = Principles used in this visit: { $codes }
visit-reset = Next citizen: clear the checklist

## Self-assessment

assessment-title = Unit self-assessment
assessment-intro = How far has your unit come with each principle? Every change is saved with its time, so you can follow the progress.
assessment-no-store = The self-assessment cannot be saved, because the log is not available.
assessment-progress = { $in_place } of { $total } items in place, { $in_progress } in progress, { $not_started } not started.
assessment-export = Save the self-assessment
assessment-export-hint = As a page to print, or as a CSV file for spreadsheets.
assessment-export-html = Save for printing (HTML) …
assessment-export-csv = Save as spreadsheet (CSV) …
assessment-not-started = Not started
assessment-in-progress = In progress
assessment-in-place = In place
assessment-comment = Comment on { $item } (optional)
assessment-comment-count = { $count } of { $max } characters
assessment-comment-save = Save comment
assessment-comment-saved = Saved.
assessment-changed = Last changed { $date }
assessment-file-name = self-assessment
assessment-report-title = Unit self-assessment: principles for equal treatment
assessment-report-meta = Unit: { $unit }. Date: { $date }.
assessment-overview = Overview
assessment-column-section = Section
assessment-column-share = Share in place
assessment-column-item = Item
assessment-column-state = State
assessment-column-comment = Comment
assessment-column-changed = Changed

## Saving files

save-done = Saved: { $file }
save-failed = The file was not saved. { $reason } { $detail }
save-error-permission = You are not allowed to write in that folder. Choose another folder.
save-error-disk-full = The disk is full. Free some space, or choose another drive.
save-error-no-folder = The folder no longer exists. Choose another folder.
save-error-other = The system reported an error:

## Desk screen

nav-desk = At the desk
nav-glossary = Glossary
desk-title = Information for the citizen
desk-citizen-language = The citizen's language
desk-open-card = Point to your language
desk-side-by-side = Danish and the citizen's language
desk-citizen-only = The citizen's language only
desk-large-text = Larger text
desk-topics = Topics
desk-handout-include = In the handout: { $topic }
desk-handout = Handout for the citizen
desk-handout-hint = The chosen topics in the citizen's language and in Danish, as a page to print on A4.
desk-handout-chosen = { $count ->
    [one] 1 topic chosen
   *[other] { $count } topics chosen
}
desk-handout-save = Save handout …
desk-sources = About this information: sources and dates
desk-back = ← All topics
desk-previous = Previous topic
desk-next = Next topic
sources-title = About this information
sources-intro = The Danish texts are based on these sources. The translations were made from the Danish texts.
sources-line = Source: { $source }. Checked: { $checked }.
sources-none = No source given.

## Point to your language

card-title = Point to your language
card-hint = Show the screen to the citizen, who points to their language. Esc closes.
card-close = Close

## Glossary

glossary-title = Glossary
glossary-intro = Words from the municipality, explained simply. Danish stands beside the citizen's language. You can search in every language.
glossary-search = Search the glossary
glossary-count = { $shown } of { $total } words
