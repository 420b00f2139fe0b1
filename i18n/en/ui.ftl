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
settings-unit-too-long = The name is too long. Use at most { $max } characters.
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
