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
settings-translations = Translations
settings-translations-hint = Send a language to a translator as an XLIFF file, and read the checked file back in. Choose the language here. See the guide for translators (translating.md).
settings-translations-language = Language for the translator
settings-translations-status = { $reviewed } of { $total } texts for the citizen are checked by a translator.
settings-translations-export = Save XLIFF file for the translator …
settings-translations-import = Read XLIFF file in …
settings-translations-exported = { $units ->
        [one] Saved: { $path } (1 text).
       *[other] Saved: { $path } ({ $units } texts).
    }
settings-translations-imported = Read in: { $units } texts, { $changed } changed, { $reviewed } checked. The new texts are in use now.
settings-translations-backup = The previous texts are kept in { $path }.
settings-translations-refused = The file was not read in, and nothing has changed. What is wrong:
settings-translations-unreadable = The file { $path } could not be read: { $reason }
settings-locked-value = Locked: { $value }
settings-locked-by = This setting is decided by { $who }. Ask them if it needs to change.
settings-locked-by-it = the IT department that looks after this computer

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
store-unavailable = The database could not be opened. { $reason }
store-opening = The log is being opened and checked. It takes a moment.

## Editors' text overrides

override-applied = Own texts in use: { $file }
override-rejected = Own texts not used: { $file }. { $reason }
override-unknown-locale = The folder { $code } is not a language in Skranke.
override-unreadable = The file could not be read. It must be saved as UTF-8, and Skranke must be allowed to read it.
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
notice-save-failed = The settings could not be saved. { $reason }
notice-settings-unreadable = The settings file could not be read, so the default settings are used. The file has not been changed.
notice-settings-fields = Some settings were invalid and use their default value: { $fields }. The file has not been changed.
notice-policy-unreadable = This computer's shared settings from IT ({ $file }) could not be used, so Skranke's own defaults apply. The file has not been changed.
notice-policy-fields = Some of this computer's shared settings from IT ({ $file }) were invalid and are not used: { $fields }. The file has not been changed.
notice-setting-locked = That setting is locked. It is decided by { $who }.
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
principles-back = ‹ All principles
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
save-failed = The file was not saved. { $reason }
save-error-permission = You are not allowed to write in that folder. Choose another folder.
save-error-disk-full = The disk is full. Free some space, or choose another drive.
save-error-no-folder = The folder no longer exists. Choose another folder.
save-error-other = Something unexpected went wrong. Try again, or ask IT for help.

## Errors: what went wrong, in words. The system's own words are under "Show details" and in IT's log.

error-store-locked = Another program is using the log right now. Try again in a moment.
error-store-read-only = Skranke is not allowed to write in the log's folder. Ask IT for access.
error-store-disk-full = The disk is full. Free some space, and try again.
error-store-damaged = The log is damaged. Restore a backup under Export and safety.
error-store-io = The disk did not respond. Try again, or ask IT for help.
error-store-not-open = The log is not open. See the message at the top of the window.
error-store-invalid = The entry does not follow the log's rules.
error-store-refused = The text was refused because it looks like personal data.
error-store-other = Something unexpected went wrong in the log. Try again, or ask IT for help.
import-no-log = The database is from an older version of Skranke without a log (schema { $version }). Nothing was imported.
import-failed = Nothing was imported. { $reason }
problem-details-show = Show details
problem-details-hide = Hide details
problem-details = The system's own words (for IT):

## Desk screen

nav-desk = At the desk
nav-glossary = Glossary
desk-title = Information for the citizen
desk-citizen-language = The citizen's language
desk-open-card = Point to your language
desk-panes = Layout
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
desk-back = ‹ All topics
desk-previous = Previous topic
desk-next = Next topic
sources-title = About this information
sources-intro = The Danish texts are based on these sources. The translations were made from the Danish texts.
sources-line = Source: { $source }. Checked: { $checked }.
sources-none = No source given.
handout-sources-title = Sources
handout-sources-intro = The Danish texts are based on these sources. The date shows when we last checked the source.
handout-sources-line = { $heading }: { $source } – checked { $checked }
handout-sources-none = { $heading }: no source given

## Point to your language

card-title = Point to your language
card-hint = Show the screen to the citizen, who points to their language. Esc closes.
card-close = Close

## Glossary

glossary-title = Glossary
glossary-intro = Words from the municipality, explained simply. Danish stands beside the citizen's language. You can search in every language.
glossary-search = Search the glossary
glossary-count = { $shown } of { $total } words

## Outreach log

nav-log = Log
log-title = Outreach log
log-tab-entry = Log the visit
log-tab-list = The log
log-tab-transfer = Export and safety
log-training-mode = Training mode
log-training-mode-on = New entries are marked as training and do not count in the statistics.
log-training-mode-off = Entries count in the unit's equality indicators.
log-training-on-form = TRAINING: this entry is marked as training.
log-no-store = The log is not available. See the message at the top.
log-form-title = New visit
log-form-edit-title = Correct an entry
log-form-intro = Filled in from the visit. Save with Ctrl+Enter. Save and get ready for the next citizen with Ctrl+Shift+Enter. Never write who the citizen is.
log-day = Date (dd/mm/yyyy)
log-today = Today
log-yesterday = Yesterday
log-day-invalid = The date cannot be read. Write it as 25/11/2026.
log-unit = Unit
log-unit-missing = Write the unit's name.
log-channel = Channel
log-language = The citizen's language
language-other = Other language
log-interpreter = Interpreter
log-groups = Groups reached (optional)
log-groups-hint = Only if it is clear. Never ask the citizen just to fill this in.
log-topics = Topics the citizen was given
log-principles = Principles the visit used
log-handout = The citizen was given a handout
log-outcome = Outcome
log-duration = Duration
log-note = Short note (optional)
log-note-hint = What was done, not who. No names, CPR numbers, addresses, phone numbers or e-mails.
log-note-count = { $count } of { $max } characters
log-save = Save (Ctrl+Enter)
log-save-next = Save and next citizen (Ctrl+Shift+Enter)
log-cancel-edit = Discard changes
log-form-has-errors = The entry was not saved. Correct what is marked in red at the fields.
log-saved = Saved: visit { $day }.
log-save-failed = The entry was not saved. { $reason }
log-list-title = Entries, newest first
log-filters-show = Show filters
log-filters-hide = Hide filters
log-filter-from = From date
log-filter-to = To date
log-filter-apply = Use the dates
log-filter-clear = Clear filters
log-filter-any = All
log-f-training = Training
log-f-training-include = Include training
log-f-training-exclude = Without training
log-f-training-only = Training only
log-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
log-loading = Loading …
log-load-failed = The log could not be loaded. { $reason }
log-empty = No entries match.
log-training-badge = TRAINING
log-row-topics = Topics: { $topics }
log-row-groups = Groups: { $groups }
log-row-principles = Principles: { $codes }
log-row-handout = Handout given
log-column-day = Date
log-column-details = Details
log-column-actions = Actions
log-edit = Correct
log-delete = Delete
log-deleted = The entry was deleted. You can undo this for 30 days.
log-undo = Undo delete
log-newer = Newer
log-older = Older
log-page = Page { $page }

## Codes in the log

channel-desk = Desk
channel-phone = Phone
channel-video = Video
channel-letter-email = Letter or e-mail
channel-outreach-event = Outreach event
interpreter-none = No interpreter
interpreter-in-person = Interpreter in person
interpreter-phone = Phone interpreter
interpreter-video = Video interpreter
interpreter-bilingual-staff = Bilingual staff
outcome-solved = Solved
outcome-referred = Referred
outcome-follow-up = Follow-up
duration-under-5 = Under 5 min.
duration-5-15 = 5–15 min.
duration-15-30 = 15–30 min.
duration-over-30 = Over 30 min.
group-newcomer = Newcomer
group-language-support = Needs language support
group-digital-support = Needs digital support
group-disability = Disability
group-mental-illness = Mental illness
group-elderly = Elderly
group-homeless = Homeless
group-other = Other group

## Export, merge, backup

export-title = Export the log (CSV or Excel)
export-hint = For the unit's own reports or the municipality's BI platform. A codebook in Danish and English comes with it: beside the CSV file, or as the second sheet of the Excel file.
export-range-invalid = Write two valid dates, the first before the last.
export-training = Include training entries
export-start = Export to CSV …
export-progress = { $total ->
    [one] { $done } of 1 entry written …
   *[other] { $done } of { $total } entries written …
}
import-title = Merge another desk's log
import-hint = Choose another desk's export (CSV) or database. Entries that already exist are skipped. If the file has errors, nothing is imported.
import-start = Choose file …
import-done = { $added ->
    [one] Merged: 1 new entry, { $present } already existed.
   *[other] Merged: { $added } new entries, { $present } already existed.
}
import-not-an-export = The file is not an export from Skranke. These columns are missing: { $columns }. Nothing was imported.
import-unreadable = The file could not be read from line { $line }. Is it a CSV file from Skranke? Nothing was imported.
import-database = The database cannot be used. { $reason } Nothing was imported.
import-invalid = { $count ->
    [one] 1 row has errors. Nothing was imported.
   *[other] { $count } rows have errors. Nothing was imported.
}
import-invalid-line = Line { $line }: { $problems }
import-invalid-more = { $count ->
    [one] … and 1 more row.
   *[other] … and { $count } more rows.
}
import-bad-value = the column { $column } has an invalid value "{ $value }"
backup-title = Backup
backup-automatic = Skranke makes a backup by itself every day. The last 7 are kept in { $folder }.
backup-start = Make a backup …
restore-start = Restore from a backup …
restore-hint = When restoring, the file is checked first. The current database is kept beside it, so nothing is lost.
restore-done = The backup has been restored. The previous database is kept as { $aside }.
restore-failed = The backup was not restored. { $reason }

## Codebook of the export

codebook-id = The entry's unique id (UUID v7). The same id at every desk, so a merge never counts twice.
codebook-day = The day of the contact (YYYY-MM-DD).
codebook-created_at = When the entry was written (UTC).
codebook-unit = The unit that recorded the contact.
codebook-channel = The channel of the contact.
codebook-language = The citizen's language.
codebook-interpreter = Interpreter at the contact.
codebook-outcome = The outcome of the contact.
codebook-duration = How long the contact took.
codebook-handout = Was the citizen given a handout (1 = yes, 0 = no).
codebook-note = A short note on what was done. Never personal data.
codebook-training = Recorded in training mode (1 = yes, 0 = no). Does not count as outreach.
codebook-groups = Groups reached, separated by semicolons (optional).
codebook-topics = Topics the citizen was given, separated by semicolons.
codebook-principles = Principles (1a–1f) the contact used, separated by semicolons.
codebook-yes = Yes
codebook-no = No

## Equality indicators

nav-indicators = Indicators
indicators-title = Equality indicators
indicators-intro = Do the unit's services reach all groups? The numbers come from the log. Training and deleted entries do not count.
indicators-period = Period
indicators-period-month = Month
indicators-period-quarter = Quarter
indicators-period-year = Year
indicators-period-custom = Custom period
indicators-previous = ‹ Previous
indicators-next = Next ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = Quarter { $quarter }, { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = All units
indicators-computing = Computing the indicators …
indicators-failed = The indicators could not be computed. { $reason }
indicators-total = { $count ->
    [one] 1 contact in { $period }.
   *[other] { $count } contacts in { $period }.
}
indicators-export = Save the indicators
indicators-export-hint = As a report to print with charts and tables, or as numbers in a CSV file or an Excel workbook.
indicators-export-html = Save report (HTML) …
indicators-export-csv = Save numbers (CSV) …
indicators-report-meta = Period: { $period }. Unit: { $unit }. Training and deleted entries do not count.
chart-show-table = Show as table
chart-show-chart = Show as chart
table-what = What
table-contacts = Contacts
table-share = Share
table-baseline = Share in the area
table-reach = Reach (1 = as in the area)
table-month = Month
table-language = Language
table-with-interpreter = With interpreter
table-share-with-interpreter = Share with interpreter
table-principle = Principle
series-with-interpreter = With interpreter
series-without-interpreter = Without interpreter
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
chart-contacts-per-month-title = Contacts per month
chart-contacts-per-month-axis = Contacts
chart-contacts-by-language-title = Contacts by the citizen's language
chart-contacts-by-language-axis = Number of contacts
chart-interpreter-share-by-language-title = Interpreter by language
chart-interpreter-share-by-language-axis = Contacts with and without an interpreter
chart-groups-reached-title = Groups reached
chart-groups-reached-axis = Contacts that reached the group
chart-topics-given-title = Topics given to citizens
chart-topics-given-axis = Contacts with the topic
chart-channel-mix-title = Channel mix
chart-channel-mix-axis = Contacts per channel
chart-outcomes-title = Outcomes
chart-outcomes-axis = Contacts per outcome
chart-principles-served-title = Visits serving each principle (1a–1f)
chart-principles-served-axis = Share of contacts (%)
chart-self-assessment-title = Unit self-assessment by section
chart-self-assessment-axis = Items
baseline-title = Baseline (optional)
baseline-hint = Write the area's share of a language or group in percent, e.g. from the municipality's statistics. The tables then show whether the unit reaches the group as well as the area's share. Empty fields are not used.
baseline-open = Show baseline
baseline-close = Hide baseline
baseline-field = { $name } (% of the area)
baseline-invalid = These fields must be a number from 0 to 100: { $names }
baseline-save = Save baseline

## Training mode

nav-training = Training
training-title = Training for onboarding new staff
training-tab-presentation = Presentation
training-tab-cases = Cases
training-tab-quiz = Quiz
training-tab-sessions = Sessions
presentation-heading = Presentation for a projector
presentation-intro = { $count } slides in large text: what equal treatment is, the two forms of discrimination, who is at risk, the 20 principles, and why.
presentation-keys = Arrow keys, Page Up/Page Down and Space change slides. Home and End go to the first and last. F11 shows it in full screen. Esc leaves full screen, then ends.
presentation-start = Start the presentation
presentation-continue = Continue from slide { $slide }
presentation-title = Equal treatment at Borgerservice
presentation-subtitle = Treated equally – but not identically. The City of Copenhagen's principles in practice at the desk.
presentation-section = Section { $number }
presentation-example = An example at the desk
presentation-counter = Slide { $slide } of { $total }
presentation-previous = ‹ Previous
presentation-next = Next ›
presentation-close = End (Esc)
cases-intro = Short situations from the desk to discuss. Choose a case. The principles it is about are shown once you have discussed it.
cases-seen = Discussed in this session
cases-back = ‹ All cases
cases-counter = Case { $case } of { $total }
cases-questions = Questions for discussion
cases-show-principles = Show the principles
cases-hide-principles = Hide the principles
cases-previous = Previous case
cases-next = Next case
quiz-counter = Question { $question } of { $total }
quiz-answer = Answer
quiz-right = Right!
quiz-wrong = Not right.
quiz-right-option = { $option } (the right answer)
quiz-next = Next question
quiz-finish = See the result
quiz-done = The quiz is over
quiz-score = { $right } of { $total } right
quiz-score-hint = Only the group's result is kept, when you record the session. No names.
quiz-restart = Take the quiz again
training-session-title = Record the session
training-session-hint = Date, unit, number of participants and what you covered. Never names. Sessions count as an onboarding indicator, not as outreach.
training-session-participants = Number of participants
training-session-covered = What you covered
training-session-case = Case: { $case }
training-session-score = The group's average in the quiz (%)
training-session-save = Save the session
training-session-saved = The session is saved.
training-session-day-invalid = The date cannot be read. Write it as 25/11/2026.
training-session-participants-invalid = Write the number of participants as a number from 1 to 1000.
training-session-score-invalid = The average must be a number from 0 to 100.
training-session-nothing-covered = Choose at least one thing you covered.
training-sessions-title = Recorded sessions
training-sessions-none = There are no recorded sessions yet.
training-sessions-line = { $participants ->
    [one] { $day } · { $unit } · 1 participant
   *[other] { $day } · { $unit } · { $participants } participants
}
training-sessions-cases = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
training-sessions-quiz-score = Quiz ({ $score } % right)
training-sessions-export = Save the sessions (CSV) …
chart-onboarding-sessions-title = Onboarding sessions on equal treatment
chart-onboarding-sessions-axis = Participants
table-sessions = Sessions
table-participants = Participants

## The command line (skranke log export, backup, restore, indicators)

cli-exported = { $count ->
    [one] 1 entry exported.
   *[other] { $count } entries exported.
}
cli-no-log = There is no log in { $folder }. Give the log's folder with --data-dir.
cli-log-in-use = The log is open in Skranke. Close Skranke on this computer and try again. Nothing was changed.

## l10n: skranke l10n export / import (XLIFF for translators)

l10n-unknown-language = Skranke has no language "{ $tag }". Known languages: { $known }.
l10n-master-language = Danish is the master language, so there is nothing to translate. Choose another language.
l10n-exported = { $count ->
    [one] 1 text was written to { $file }.
   *[other] { $count } texts were written to { $file }.
}
l10n-unreadable = The file { $file } could not be read. Does it exist, and may you read it?
l10n-not-text = The file { $file } is not an XLIFF file: it is not text in UTF-8.
l10n-refused = { $count ->
    [one] The file was not imported because it has 1 problem. Nothing was changed.
   *[other] The file was not imported because it has { $count } problems. Nothing was changed.
}
l10n-imported = Imported ({ $language }). Units read: { $units }. Texts changed: { $changed }. Texts checked by a translator: { $reviewed }.
l10n-written = Written: { $file }
l10n-backup = The previous files are kept in { $folder }.
l10n-no-backup = There were no earlier files to keep.
l10n-problem-in-unit = { $file }, { $unit }: { $problem }
l10n-problem-in-file = { $file }: { $problem }
l10n-problem-malformed = The file is not valid XML (line { $line }).
l10n-problem-not-xliff = The file is not an XLIFF file.
l10n-problem-xliff-version = The file is XLIFF { $version }. Skranke reads XLIFF 1.2. Save the file as XLIFF 1.2 in the translation tool.
l10n-problem-no-units = The file has no texts to translate.
l10n-problem-no-locale = The file does not say which language it is translated into (target-language).
l10n-problem-unknown-locale = Skranke has no language "{ $tag }".
l10n-problem-master-locale = The file is in Danish. Danish is the master language and cannot be imported.
l10n-problem-mixed-locales = The file mixes two languages: { $first } and { $other }. Import one language at a time.
l10n-problem-not-from-danish = The source language is "{ $tag }". Skranke translates from Danish (da) only.
l10n-problem-unknown-file = Skranke has no text file of this name for this language.
l10n-problem-duplicate-file = This text file appears twice in the file.
l10n-problem-missing-id = A unit on line { $line } has no id.
l10n-problem-unknown-id = Skranke has no text with this id.
l10n-problem-unknown-variant = The language has no form "{ $key }". Possible forms: { $allowed }.
l10n-problem-duplicate-unit = This unit appears twice.
l10n-problem-wrong-language = The translation is marked as language "{ $tag }", not the file's language.
l10n-problem-unknown-state = Unknown state "{ $state }".
l10n-problem-unknown-phase = The phase "{ $phase }" is not in the file's header.
l10n-problem-markup = Formatting (<{ $element }>) is not allowed. Use only the codes of the Danish text.
l10n-problem-bad-code = { $code } is not a valid code.
l10n-problem-missing-code = The code { $code } is missing. It must be in the translation as it is in the Danish text.
l10n-problem-unexpected-code = The code { $code } is not in the Danish text.
l10n-problem-empty = The translation is empty.
l10n-problem-syntax = The translation cannot be read as Fluent text.
l10n-problem-variables = The text uses other variables than the Danish: expected { $expected }, found { $found }.
l10n-problem-missing-default = The default form "{ $key }" is missing.
l10n-problem-write = { $file } could not be written. { $reason } Nothing was changed.

## Issue 17: training, window, safety nets and characters (points 6 to 9)

guard-undrawable = Character { $position } ({ $code }) is not in Skranke's fonts (it is, for example, an emoji or a rare symbol), so it can appear as an empty box. Write it in words instead.
presentation-full-screen = Full screen (F11)
presentation-leave-full-screen = Leave full screen (Esc)
presentation-end = End
quiz-choose-first = First choose one of the answers above.
training-banner-title = Training mode
training-banner-text = New entries are marked as training and do not count. Turn it off under Log.
closing-title = Close Skranke?
closing-unsaved-log = The entry under Log is not saved.
closing-unsaved-session = The session under Training is not saved.
closing-question = If you close now, it is lost.
closing-keep = Go back to the form
closing-discard = Discard and close
about-key-full-screen = Show the presentation in full screen. Esc leaves full screen.
about-key-undo = Undo the last delete in the log.
about-key-quit = Close Skranke. If something is not saved, Skranke asks first.

## Issue 17: desk and handout (never silent, print, places to get help) and "Log this visit"

desk-log-visit = Log this visit (Ctrl+B)
desk-interpreter = Interpreter in this visit
desk-handout-print = Print …
desk-handout-none-chosen = First choose at least one topic for the handout: tick the topics above.
desk-handout-open = Open the handout
desk-handout-open-failed = The handout could not be opened. Find the file in the folder above and open it yourself.
desk-handout-print-opened = The handout is open in your browser, ready to print. Choose a printer and print.
desk-handout-print-not-opened = The handout could not be opened in a browser. It is here: { $file }. Open it and print it from there.
desk-handout-print-failed = The handout could not be made ready to print. { $reason }
save-done-instead = The save window could not open. The file is saved here instead: { $file }
log-same-as-last = Same as last entry (Ctrl+D)
log-same-as-last-none = There is no earlier entry yet.
settings-unit-empty = Write the unit's name. The log cannot save a visit without a unit.
about-key-log-visit = Log this visit: the log form, filled in from the visit.
about-key-same-as-last = On the log form: fill it in like the last entry.

## Issue 17: errors where the eye is, numbers and dates, exports for Excel

log-note-remaining = { $remaining ->
    [one] 1 character left of { $max }
   *[other] { $remaining } characters left of { $max }
}
log-note-near-limit = { $remaining ->
    [one] Almost full: only 1 character left of { $max }.
   *[other] Almost full: only { $remaining } characters left of { $max }.
}
log-note-over = { $over ->
    [one] 1 character too many. A note may have at most { $max } characters.
   *[other] { $over } characters too many. A note may have at most { $max } characters.
}
log-form-fix-fields = Correct the fields with errors above. The focus has moved to the first one.
chart-values-key = The numbers by the bars: { $columns }.
export-column-id = Id
export-column-day = Date
export-column-created_at = Recorded (UTC)
export-column-unit = Unit
export-column-channel = Channel
export-column-language = Language
export-column-interpreter = Interpreter
export-column-outcome = Outcome
export-column-duration = Duration
export-column-handout = Handout
export-column-note = Note
export-column-training = Training
export-column-groups = Groups
export-column-topics = Topics
export-column-principles = Principles
codebook-column-column = Column
codebook-column-code = Code
codebook-column-da = Danish
codebook-column-en = English
indicators-column-indicator = Indicator
indicators-column-key = Key
indicators-column-label = Label
indicators-column-column = Column
indicators-column-value = Value
indicators-column-title = Title
indicators-column-axis = What the bars show
indicators-column-percent = { $column } (%)
csv-separator = Separator in the CSV file
csv-separator-semicolon = Semicolon (;), for Excel in Danish
csv-separator-comma = Comma (,), for Excel in English
export-xlsx = Export to Excel (.xlsx) …
indicators-export-xlsx = Save numbers (Excel) …
sheet-log = Log
sheet-codebook = Codebook
sheet-indicators = Indicators
assessment-csv-principle = Principle
assessment-csv-item-text = Item text
sessions-column-id = Id
sessions-column-day = Date
sessions-column-unit = Unit
sessions-column-participants = Participants
sessions-column-presentation = Presentation (1 = yes)
sessions-column-cases = Cases
sessions-column-quiz = Quiz (1 = yes)
sessions-column-quiz-score = Quiz, average (%)
