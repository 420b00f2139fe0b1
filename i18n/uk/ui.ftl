# Інтерфейс Skranke українською. Машинний переклад; перекладач його ще не перевірив.

app-title = Skranke

## Навігація

nav-settings = Налаштування
nav-about = Про Skranke

## Теми

theme-system = Як у системі (світла або темна)
theme-light = Світла
theme-dark = Темна
theme-high-contrast-dark = Висока контрастність, темна
theme-high-contrast-light = Висока контрастність, світла

## Налаштування

settings-title = Налаштування
settings-staff-language = Ваша мова
settings-staff-language-hint = Мова Skranke для вас як працівника.
settings-citizen-language = Мова мешканця
settings-citizen-language-hint = Мова того, що ви показуєте мешканцеві. Ctrl+L перемикає між мовами, якими ви користувалися останніми.
settings-theme = Кольори
settings-theme-hint = Висока контрастність робить текст і краї чіткішими.
settings-scale = Розмір тексту
settings-scale-hint = Збільшує все на екрані. Клавіші: Ctrl+плюс, Ctrl+мінус і Ctrl+0.
settings-unit = Підрозділ
settings-unit-hint = Назва вашого підрозділу, напр. Borgerservice Nørrebro. Вона записується в журнал роботи з мешканцями.
settings-unit-label = Назва підрозділу
settings-unit-count = Символів: { $count } з { $max }
settings-unit-save = Зберегти підрозділ
settings-unit-saved = Збережено.

## Про програму

about-title = Про Skranke
about-intro = Skranke допомагає працівникам Borgerservice втілювати принципи рівного ставлення Муніципалітету Копенгагена в щоденній роботі: контрольні списки, інформація для мешканця його мовою та журнал роботи з мешканцями. Програма працює без інтернету.
about-version = Версія { $version }
about-files = Де зберігаються ваші дані
about-settings-file = Налаштування
about-database-file = База даних
about-database-status = Стан бази даних
about-database-open = Використовується (версія схеми { $version }).
about-overrides-folder = Тека з власними текстами (.ftl)
about-overrides-none = Власні тексти не використовуються.
about-keyboard = Клавіатура
about-key-tab = Перейти до наступної або попередньої кнопки чи поля.
about-key-activate = Застосувати кнопку або варіант у фокусі.
about-key-escape = Закрити те, що відкрито, або повернутися до меню.
about-key-region = Перемкнутися між меню та вмістом.
about-key-screens = Перейти одразу до пункту меню.
about-key-citizen-language = Змінити мову мешканця.
about-key-scale = Більший, менший або звичайний текст.
about-key-scroll = Прокрутити вгору і вниз.
about-translations = Переклади
about-translations-hint = Тексти, які не перевірив перекладач, перекладено машинно. Вони можуть містити помилки.
about-fonts = Шрифти
about-fonts-text = Noto Sans, Noto Sans Arabic, Noto Nastaliq Urdu і Noto Sans Ethiopic. Ліцензія: SIL Open Font License 1.1.

## Стан перевірки перекладу

review-source = Мова оригіналу
review-machine = Машинний переклад, не перевірений перекладачем
review-reviewed = Перевірено: { $reviewer }, { $date }

## Проблеми з базою даних

store-not-a-database = Файл бази даних не є базою даних SQLite.
store-damaged = Файл бази даних пошкоджено.
store-newer-schema = Базу даних створено новішою версією Skranke (схема { $found }; ця версія знає схеми до { $supported }). Оновіть Skranke, щоб її використовувати.
store-unavailable = Не вдалося відкрити базу даних. { $reason }
store-opening = Журнал відкривається і перевіряється. Це триває мить.

## Власні тексти редакторів

override-applied = Використовуються власні тексти: { $file }
override-rejected = Власні тексти не використано: { $file }. { $reason }
override-unknown-locale = Тека { $code } не є мовою в Skranke.
override-unreadable = Не вдалося прочитати файл. Файл має бути збережений у кодуванні UTF-8, а Skranke повинен мати дозвіл його читати.
override-syntax = У рядку { $line } є помилка.
override-unknown-message = Тексту { $id } у Skranke немає.
override-variables = Текст { $id } використовує інші змінні, ніж данський.

## Повідомлення

notice-store = Журнал недоступний. { $problem } Файл не змінено.
notice-unknown-locale = Мови «{ $tag }» у Skranke немає. Використовується мова за замовчуванням.
notice-overrides = { $count ->
    [one] { $count } файл із власними текстами не використано. Див. «Про Skranke».
    [few] { $count } файли з власними текстами не використано. Див. «Про Skranke».
    [many] { $count } файлів із власними текстами не використано. Див. «Про Skranke».
   *[other] { $count } файлу з власними текстами не використано. Див. «Про Skranke».
}
notice-save-failed = Не вдалося зберегти налаштування. { $reason }
notice-settings-unreadable = Не вдалося прочитати файл налаштувань, тому використовуються стандартні налаштування. Файл не змінено.
notice-settings-fields = Деякі налаштування були недійсні, і для них використано стандартні значення: { $fields }. Файл не змінено.
notice-dismiss = OK

## Рядок стану

status-staff-language = Ваша мова: { $language }
status-citizen-language = Мова мешканця:
status-scale = Текст { $percent } %

## Захист персональних даних

guard-cpr = Текст схожий на номер CPR. Ніколи не пишіть, хто цей мешканець: лише що було зроблено.
guard-phone = Текст схожий на номер телефону. Ніколи не пишіть, хто цей мешканець. Дату можна записати так: 24.11.2025.
guard-email = Текст схожий на адресу електронної пошти. Ніколи не пишіть, хто цей мешканець: лише що було зроблено.
guard-too-long = Текст задовгий: символів { $length }. Використовуйте не більше ніж { $max }.

## Екран принципів

nav-principles = Принципи
principles-tab-list = Принципи
principles-tab-visit = Контрольний список візиту ({ $count })
principles-tab-assessment = Самооцінка підрозділу
principles-title = Принципи рівного ставлення
principles-intro = 20 принципів рівного ставлення Муніципалітету Копенгагена. Виберіть принцип, щоб побачити, що можете зробити ви і що вже налагоджено у вашому підрозділі.
principles-filter = Пошук у назвах і коротких описах
principles-no-match = Жоден принцип не відповідає «{ $filter }».
principles-entry-progress = У підрозділі впроваджено пунктів: { $done } з { $total }
principles-back = ‹ Усі принципи
principles-at-the-desk = На прийомі
principles-at-the-desk-hint = Позначте, що ви зробили для мешканця під час цього візиту. Це буде додано, коли ви запишете візит у журнал.
principles-unit-desk = Самооцінка підрозділу: чи завжди ми це робимо?
principles-unit-in-place = Що вже налагоджено у вашому підрозділі
principles-unit-hint = Виберіть, наскільки підрозділ просунувся з кожним пунктом. Можна додати короткий коментар, але ніколи не пишіть імен чи інших персональних даних.
principles-question = Питання для роздумів
principles-show-original = Показати оригінальний текст
principles-hide-original = Приховати оригінальний текст
principles-original = Оригінальний текст принципів Муніципалітету Копенгагена (данською)

## Контрольний список візиту

visit-title = Контрольний список візиту
visit-intro = Позначте, що ви щойно зробили для мешканця на прийомі. Коли ви запишете візит, принципи буде додано. Нічого про те, хто цей мешканець, не зберігається.
visit-served-none = Ще нічого не позначено.
visit-served = Принципи, застосовані під час цього візиту: { $codes }
visit-reset = Наступний мешканець: очистити список

## Самооцінка

assessment-title = Самооцінка підрозділу
assessment-intro = Наскільки ваш підрозділ просунувся з кожним принципом? Кожна зміна зберігається з часом, тож ви можете стежити за поступом.
assessment-no-store = Самооцінку неможливо зберегти, бо журнал недоступний.
assessment-progress = Впроваджено пунктів: { $in_place } з { $total }; у процесі: { $in_progress }; не розпочато: { $not_started }.
assessment-export = Зберегти самооцінку
assessment-export-hint = Як сторінку для друку або як файл CSV для електронних таблиць.
assessment-export-html = Зберегти для друку (HTML) …
assessment-export-csv = Зберегти як таблицю (CSV) …
assessment-not-started = Не розпочато
assessment-in-progress = У процесі
assessment-in-place = Впроваджено
assessment-comment = Коментар до { $item } (необов'язково)
assessment-comment-count = Символів: { $count } з { $max }
assessment-comment-save = Зберегти коментар
assessment-comment-saved = Збережено.
assessment-changed = Востаннє змінено { $date }
assessment-file-name = самооцінка
assessment-report-title = Самооцінка підрозділу: принципи рівного ставлення
assessment-report-meta = Підрозділ: { $unit }. Дата: { $date }.
assessment-overview = Огляд
assessment-column-section = Розділ
assessment-column-share = Частка впроваджених
assessment-column-item = Пункт
assessment-column-state = Стан
assessment-column-comment = Коментар
assessment-column-changed = Змінено

## Збереження файлів

save-done = Збережено: { $file }
save-failed = Файл не збережено. { $reason }
save-error-permission = Ви не маєте права записувати в цю теку. Виберіть іншу теку.
save-error-disk-full = Диск заповнений. Звільніть місце або виберіть інший диск.
save-error-no-folder = Цієї теки більше не існує. Виберіть іншу теку.
save-error-other = Сталася неочікувана помилка. Спробуйте ще раз або зверніться по допомогу до відділу IT.

## Помилки: що пішло не так, простими словами. Повідомлення самої системи є під «Показати деталі» та в журналі відділу IT.

error-store-locked = Журнал зараз використовує інша програма. Спробуйте ще раз за хвилину.
error-store-read-only = Skranke не має права записувати в теку журналу. Попросіть доступ у відділу IT.
error-store-disk-full = Диск заповнений. Звільніть місце і спробуйте ще раз.
error-store-damaged = Журнал пошкоджено. Відновіть резервну копію в розділі «Експорт і безпека».
error-store-io = Диск не відповів. Спробуйте ще раз або зверніться по допомогу до відділу IT.
error-store-not-open = Журнал не відкрито. Див. повідомлення вгорі вікна.
error-store-invalid = Запис не відповідає правилам журналу.
error-store-refused = Текст відхилено, бо він схожий на персональні дані.
error-store-other = У журналі сталася неочікувана помилка. Спробуйте ще раз або зверніться по допомогу до відділу IT.
import-no-log = Базу даних створено старішою версією Skranke, у якій не було журналу (схема { $version }). Нічого не імпортовано.
import-failed = Нічого не імпортовано. { $reason }
problem-details-show = Показати деталі
problem-details-hide = Приховати деталі
problem-details = Повідомлення самої системи (для відділу IT):

## Екран прийому

nav-desk = На прийомі
nav-glossary = Словник
desk-title = Інформація для мешканця
desk-citizen-language = Мова мешканця
desk-open-card = Покажіть свою мову
desk-panes = Вигляд
desk-side-by-side = Данська і мова мешканця
desk-citizen-only = Лише мова мешканця
desk-large-text = Більший текст
desk-topics = Теми
desk-handout-include = У пам'ятці: { $topic }
desk-handout = Пам'ятка для мешканця
desk-handout-hint = Вибрані теми мовою мешканця і данською, як сторінка для друку на A4.
desk-handout-chosen = { $count ->
    [one] Вибрано { $count } тему
    [few] Вибрано { $count } теми
    [many] Вибрано { $count } тем
   *[other] Вибрано { $count } теми
}
desk-handout-save = Зберегти пам'ятку …
desk-sources = Про цю інформацію: джерела і дати
desk-back = ‹ Усі теми
desk-previous = Попередня тема
desk-next = Наступна тема
sources-title = Про цю інформацію
sources-intro = Данські тексти ґрунтуються на цих джерелах. Переклади зроблено з данських текстів.
sources-line = Джерело: { $source }. Перевірено: { $checked }.
sources-none = Джерело не вказано.

## Покажіть свою мову

card-title = Покажіть свою мову
card-hint = Покажіть екран мешканцеві, щоб він указав свою мову. Esc закриває.
card-close = Закрити

## Словник

glossary-title = Словник
glossary-intro = Слова з муніципалітету, пояснені просто. Данський текст стоїть поруч із мовою мешканця. Шукати можна будь-якою мовою.
glossary-search = Пошук у словнику
glossary-count = Слів: { $shown } з { $total }

## Журнал роботи з мешканцями

nav-log = Журнал
log-title = Журнал роботи з мешканцями
log-tab-entry = Записати візит
log-tab-list = Журнал
log-tab-transfer = Експорт і безпека
log-training-mode = Навчальний режим
log-training-mode-on = Нові записи позначаються як навчальні й не враховуються в статистиці.
log-training-mode-off = Записи враховуються в показниках рівності підрозділу.
log-training-on-form = НАВЧАННЯ: цей запис позначено як навчальний.
log-no-store = Журнал недоступний. Див. повідомлення вгорі.
log-form-title = Новий візит
log-form-edit-title = Виправити запис
log-form-intro = Заповнено з даних візиту. Зберегти: Ctrl+Enter. Зберегти й підготуватися до наступного мешканця: Ctrl+Shift+Enter. Ніколи не пишіть, хто цей мешканець.
log-day = Дата (дд.мм.рррр)
log-today = Сьогодні
log-yesterday = Учора
log-day-invalid = Не вдалося прочитати дату. Напишіть її так: 25.11.2026.
log-unit = Підрозділ
log-unit-missing = Напишіть назву підрозділу.
log-channel = Канал
log-language = Мова мешканця
language-other = Інша мова
log-interpreter = Перекладач
log-groups = Охоплені групи (необов'язково)
log-groups-hint = Лише якщо це очевидно. Ніколи не розпитуйте мешканця лише для того, щоб це заповнити.
log-topics = Теми, які отримав мешканець
log-principles = Принципи, застосовані під час візиту
log-handout = Мешканець отримав пам'ятку
log-outcome = Результат
log-duration = Тривалість
log-note = Коротка примітка (необов'язково)
log-note-hint = Що зроблено, а не для кого. Без імен, номерів CPR, адрес, номерів телефонів чи електронних адрес.
log-note-count = Символів: { $count } з { $max }
log-save = Зберегти (Ctrl+Enter)
log-save-next = Зберегти й до наступного мешканця (Ctrl+Shift+Enter)
log-cancel-edit = Скасувати зміни
log-form-has-errors = Запис не збережено. Виправте те, що позначено червоним біля полів.
log-saved = Збережено: візит { $day }.
log-save-failed = Запис не збережено. { $reason }
log-list-title = Записи, спершу найновіші
log-filters-show = Показати фільтри
log-filters-hide = Приховати фільтри
log-filter-from = Від дати
log-filter-to = До дати
log-filter-apply = Застосувати дати
log-filter-clear = Скинути фільтри
log-filter-any = Усі
log-f-training = Навчання
log-f-training-include = З навчальними
log-f-training-exclude = Без навчальних
log-f-training-only = Лише навчальні
log-count = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
log-loading = Завантаження …
log-load-failed = Не вдалося завантажити журнал. { $reason }
log-empty = Немає відповідних записів.
log-training-badge = НАВЧАННЯ
log-row-topics = Теми: { $topics }
log-row-groups = Групи: { $groups }
log-row-principles = Принципи: { $codes }
log-row-handout = Пам'ятку видано
log-column-day = Дата
log-column-details = Подробиці
log-column-actions = Дії
log-edit = Виправити
log-delete = Видалити
log-deleted = Запис видалено. Це можна скасувати протягом 30 днів.
log-undo = Скасувати видалення
log-newer = Новіші
log-older = Старіші
log-page = Сторінка { $page }

## Коди в журналі

channel-desk = Прийом
channel-phone = Телефон
channel-video = Відео
channel-letter-email = Лист або електронна пошта
channel-outreach-event = Виїзний захід
interpreter-none = Без перекладача
interpreter-in-person = Перекладач особисто
interpreter-phone = Перекладач телефоном
interpreter-video = Перекладач відеозв'язком
interpreter-bilingual-staff = Двомовний працівник
outcome-solved = Вирішено
outcome-referred = Перенаправлено
outcome-follow-up = Потрібні подальші дії
duration-under-5 = До 5 хв
duration-5-15 = 5–15 хв
duration-15-30 = 15–30 хв
duration-over-30 = Понад 30 хв
group-newcomer = Новоприбула особа
group-language-support = Потребує мовної підтримки
group-digital-support = Потребує цифрової допомоги
group-disability = Інвалідність
group-mental-illness = Психічне захворювання
group-elderly = Літня людина
group-homeless = Безхатня особа
group-other = Інша група

## Експорт, об'єднання, резервна копія

export-title = Експортувати журнал (CSV)
export-hint = Для власних звітів підрозділу або BI-платформи муніципалітету. Поруч зберігається довідник кодів данською та англійською.
export-range-invalid = Напишіть дві правильні дати, першу раніше за другу.
export-training = Додати навчальні записи
export-start = Експортувати …
export-progress = Записано { $done } з { $total } …
import-title = Об'єднати з журналом іншого робочого місця
import-hint = Виберіть експорт (CSV) або базу даних іншого робочого місця. Записи, які вже є, буде пропущено. Якщо у файлі є помилки, нічого не імпортується.
import-start = Вибрати файл …
import-done = Об'єднано. Нових записів: { $added }; уже існували: { $present }.
import-not-an-export = Файл не є експортом зі Skranke. Бракує таких стовпців: { $columns }. Нічого не імпортовано.
import-unreadable = Не вдалося прочитати файл, починаючи з рядка { $line }. Це CSV-файл зі Skranke? Нічого не імпортовано.
import-database = Базу даних неможливо використати. { $reason } Нічого не імпортовано.
import-invalid = { $count ->
    [one] { $count } рядок містить помилки. Нічого не імпортовано.
    [few] { $count } рядки містять помилки. Нічого не імпортовано.
    [many] { $count } рядків містять помилки. Нічого не імпортовано.
   *[other] { $count } рядка містять помилки. Нічого не імпортовано.
}
import-invalid-line = Рядок { $line }: { $problems }
import-invalid-more = … і ще рядків: { $count }.
import-bad-value = у стовпці { $column } недійсне значення «{ $value }»
backup-title = Резервна копія
backup-automatic = Skranke щодня сам створює резервну копію. Останні 7 зберігаються в { $folder }.
backup-start = Створити резервну копію …
restore-start = Відновити з резервної копії …
restore-hint = Під час відновлення файл спершу перевіряється. Поточну базу даних буде збережено поруч, тож нічого не втратиться.
restore-done = Резервну копію відновлено. Попередню базу даних збережено як { $aside }.
restore-failed = Резервну копію не відновлено. { $reason }

## Довідник кодів експорту

codebook-id = Унікальний ідентифікатор запису (UUID v7). Той самий ідентифікатор на всіх робочих місцях, тож під час об'єднання ніщо не рахується двічі.
codebook-day = День контакту (YYYY-MM-DD).
codebook-created_at = Час, коли запис було зроблено (UTC).
codebook-unit = Підрозділ, який зареєстрував контакт.
codebook-channel = Канал контакту.
codebook-language = Мова мешканця.
codebook-interpreter = Перекладач під час контакту.
codebook-outcome = Результат контакту.
codebook-duration = Тривалість контакту.
codebook-handout = Чи отримав мешканець пам'ятку (1 = так, 0 = ні).
codebook-note = Коротка примітка про те, що було зроблено. Ніколи не персональні дані.
codebook-training = Записано в навчальному режимі (1 = так, 0 = ні). Не враховується як робота з мешканцями.
codebook-groups = Охоплені групи, розділені крапкою з комою (необов'язково).
codebook-topics = Теми, які отримав мешканець, розділені крапкою з комою.
codebook-principles = Принципи (1a–1f), застосовані під час контакту, розділені крапкою з комою.
codebook-yes = Так
codebook-no = Ні

## Показники рівності

nav-indicators = Показники
indicators-title = Показники рівності
indicators-intro = Чи доходять послуги підрозділу до всіх груп? Дані взято з журналу. Навчальні та видалені записи не враховуються.
indicators-period = Період
indicators-period-month = Місяць
indicators-period-quarter = Квартал
indicators-period-year = Рік
indicators-period-custom = Власний період
indicators-previous = ‹ Попередній
indicators-next = Наступний ›
indicators-month-label = { $month } { $year }
indicators-quarter-label = { $quarter }-й квартал { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = Усі підрозділи
indicators-computing = Обчислення показників …
indicators-failed = Не вдалося обчислити показники. { $reason }
indicators-total = Контактів за період { $period }: { $count }.
indicators-export = Зберегти показники
indicators-export-hint = Як звіт для друку з діаграмами й таблицями або як числа у файлі CSV.
indicators-export-html = Зберегти звіт (HTML) …
indicators-export-csv = Зберегти числа (CSV) …
indicators-report-meta = Період: { $period }. Підрозділ: { $unit }. Навчальні та видалені записи не враховуються.
chart-show-table = Показати як таблицю
chart-show-chart = Показати як діаграму
table-what = Що
table-contacts = Контакти
table-share = Частка
table-baseline = Частка в районі
table-reach = Охоплення (1 = як у районі)
table-month = Місяць
table-language = Мова
table-with-interpreter = З перекладачем
table-share-with-interpreter = Частка з перекладачем
table-principle = Принцип
series-with-interpreter = З перекладачем
series-without-interpreter = Без перекладача
month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень
chart-contacts-per-month-title = Контакти за місяцями
chart-contacts-per-month-axis = Контакти
chart-contacts-by-language-title = Контакти за мовою мешканця
chart-contacts-by-language-axis = Кількість контактів
chart-interpreter-share-by-language-title = Перекладач за мовами
chart-interpreter-share-by-language-axis = Контакти з перекладачем і без нього
chart-groups-reached-title = Охоплені групи
chart-groups-reached-axis = Контакти, що охопили групу
chart-topics-given-title = Теми, які отримали мешканці
chart-topics-given-axis = Контакти з цією темою
chart-channel-mix-title = Канали
chart-channel-mix-axis = Контакти за каналами
chart-outcomes-title = Результати
chart-outcomes-axis = Контакти за результатами
chart-principles-served-title = Візити, що застосували кожен принцип (1a–1f)
chart-principles-served-axis = Частка контактів (%)
chart-self-assessment-title = Самооцінка підрозділу за розділами
chart-self-assessment-axis = Пункти
baseline-title = Базовий рівень (необов'язково)
baseline-hint = Напишіть частку мови або групи в районі у відсотках, напр. зі статистики муніципалітету. Тоді таблиці покажуть, чи охоплює підрозділ цю групу так само добре, як її частка в районі. Порожні поля не використовуються.
baseline-open = Показати базовий рівень
baseline-close = Приховати базовий рівень
baseline-field = { $name } (% у районі)
baseline-invalid = У цих полях має бути число від 0 до 100: { $names }
baseline-save = Зберегти базовий рівень

## Навчання

nav-training = Навчання
training-title = Навчання для нових працівників
training-tab-presentation = Презентація
training-tab-cases = Кейси
training-tab-quiz = Тест
training-tab-sessions = Заняття
presentation-heading = Презентація для проєктора
presentation-intro = Слайди великим шрифтом ({ $count }): що таке рівне ставлення, дві форми дискримінації, хто під загрозою, 20 принципів і навіщо вони.
presentation-keys = Клавіші зі стрілками, Page Up/Page Down і Пробіл перемикають слайди. Home і End переходять до першого й останнього. Esc завершує.
presentation-start = Почати презентацію
presentation-continue = Продовжити зі слайда { $slide }
presentation-title = Рівне ставлення в Borgerservice
presentation-subtitle = Рівно – але не однаково. Принципи Муніципалітету Копенгагена на практиці під час прийому.
presentation-section = Розділ { $number }
presentation-example = Приклад із прийому
presentation-counter = Слайд { $slide } з { $total }
presentation-previous = ‹ Попередній
presentation-next = Наступний ›
presentation-close = Завершити (Esc)
cases-intro = Короткі ситуації з прийому для обговорення. Виберіть кейс. Принципи, яких він стосується, буде показано, коли ви його обговорите.
cases-seen = Обговорено на цьому занятті
cases-back = ‹ Усі кейси
cases-counter = Кейс { $case } з { $total }
cases-questions = Питання для обговорення
cases-show-principles = Показати принципи
cases-hide-principles = Приховати принципи
cases-previous = Попередній кейс
cases-next = Наступний кейс
quiz-counter = Питання { $question } з { $total }
quiz-answer = Відповісти
quiz-right = Правильно!
quiz-wrong = Неправильно.
quiz-right-option = { $option } (правильна відповідь)
quiz-next = Наступне питання
quiz-finish = Переглянути результат
quiz-done = Тест завершено
quiz-score = Правильних відповідей: { $right } з { $total }
quiz-score-hint = Коли ви запишете заняття, буде збережено лише результат групи. Без імен.
quiz-restart = Пройти тест ще раз
training-session-title = Записати заняття
training-session-hint = Дата, підрозділ, кількість учасників і що ви розглянули. Ніколи не пишіть імен. Заняття враховуються як показник навчання нових працівників, а не як робота з мешканцями.
training-session-participants = Кількість учасників
training-session-covered = Що ви розглянули
training-session-case = Кейс: { $case }
training-session-score = Середній результат групи в тесті (%)
training-session-save = Зберегти заняття
training-session-saved = Заняття збережено.
training-session-day-invalid = Не вдалося прочитати дату. Напишіть її так: 25.11.2026.
training-session-participants-invalid = Напишіть кількість учасників числом від 1 до 1000.
training-session-score-invalid = Середній результат має бути числом від 0 до 100.
training-session-nothing-covered = Виберіть щонайменше одне, що ви розглянули.
training-sessions-title = Записані заняття
training-sessions-none = Записаних занять ще немає.
training-sessions-line = { $day } · { $unit } · учасників: { $participants }
training-sessions-cases = { $count ->
    [one] { $count } кейс
    [few] { $count } кейси
    [many] { $count } кейсів
   *[other] { $count } кейсу
}
training-sessions-quiz-score = Тест ({ $score } % правильних)
training-sessions-export = Зберегти заняття (CSV) …
chart-onboarding-sessions-title = Вступні заняття про рівне ставлення
chart-onboarding-sessions-axis = Учасники
table-sessions = Заняття
table-participants = Учасники
