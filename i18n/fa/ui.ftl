# رابط کاربری Skranke به فارسی. ترجمهٔ ماشینی که هنوز مترجمی آن را بررسی نکرده است.

app-title = Skranke

## پیمایش

nav-settings = تنظیمات
nav-about = دربارهٔ Skranke

## پوسته‌ها

theme-system = مانند سیستم (روشن یا تیره)
theme-light = روشن
theme-dark = تیره
theme-high-contrast-dark = کنتراست بالا، تیره
theme-high-contrast-light = کنتراست بالا، روشن

## تنظیمات

settings-title = تنظیمات
settings-staff-language = زبان شما
settings-staff-language-hint = زبان Skranke برای شما به‌عنوان کارمند.
settings-citizen-language = زبان شهروند
settings-citizen-language-hint = زبان چیزی که به شهروند نشان می‌دهید. Ctrl+L میان زبان‌هایی که اخیراً به کار برده‌اید جابه‌جا می‌شود.
settings-theme = رنگ‌ها
settings-theme-hint = کنتراست بالا متن و لبه‌ها را واضح‌تر می‌کند.
settings-scale = اندازهٔ متن
settings-scale-hint = همه‌چیز را روی صفحه بزرگ‌تر می‌کند. میان‌بر: Ctrl+به‌علاوه، Ctrl+منها و Ctrl+0.
settings-unit = واحد
settings-unit-hint = نام واحد شما، مثلاً Borgerservice Nørrebro. این نام در دفتر ثبت ارتباط با شهروندان نوشته می‌شود.
settings-unit-label = نام واحد
settings-unit-count = { $count } از { $max } نویسه
settings-unit-save = ذخیرهٔ واحد
settings-unit-saved = ذخیره شد.
settings-locked-value = قفل شده: { $value }
settings-locked-by = این تنظیم را { $who } تعیین می‌کند. اگر باید تغییر کند، از آن‌ها بپرسید.
settings-locked-by-it = بخش فناوری اطلاعات (IT) که از این کامپیوتر نگهداری می‌کند

## دربارهٔ برنامه

about-title = دربارهٔ Skranke
about-intro = Skranke به کارکنان Borgerservice کمک می‌کند اصول رفتار برابر شهرداری کپنهاگ را در کار روزانه به کار ببرند: فهرست‌های بررسی، اطلاعات برای شهروند به زبان خودش و دفتر ثبت ارتباط با شهروندان. این برنامه بدون اینترنت کار می‌کند.
about-version = نسخهٔ { $version }
about-files = داده‌های شما کجا هستند
about-settings-file = تنظیمات
about-database-file = پایگاه داده
about-database-status = وضعیت پایگاه داده
about-database-open = در حال استفاده (نسخهٔ طرح‌واره { $version }).
about-overrides-folder = پوشهٔ متن‌های اختصاصی (.ftl)
about-overrides-none = هیچ متن اختصاصی‌ای در حال استفاده نیست.
about-keyboard = صفحه‌کلید
about-key-tab = رفتن به دکمه یا فیلد بعدی یا قبلی.
about-key-activate = به کار بردن دکمه یا گزینهٔ انتخاب‌شده.
about-key-escape = بستن آنچه باز است، یا بازگشت به منو.
about-key-region = جابه‌جایی میان منو و محتوا.
about-key-screens = رفتن مستقیم به یکی از موارد منو.
about-key-citizen-language = تغییر زبان شهروند.
about-key-scale = متن بزرگ‌تر، کوچک‌تر یا عادی.
about-key-scroll = پیمایش به بالا و پایین.
about-translations = ترجمه‌ها
about-translations-hint = متن‌هایی که مترجم بررسی نکرده، ترجمهٔ ماشینی هستند و ممکن است اشتباه داشته باشند.
about-fonts = قلم‌ها
about-fonts-text = Noto Sans، Noto Sans Arabic، Noto Nastaliq Urdu و Noto Sans Ethiopic. مجوز: SIL Open Font License 1.1.

## وضعیت بررسی ترجمه

review-source = زبان اصلی
review-machine = ترجمهٔ ماشینی، بررسی‌نشده توسط مترجم
review-reviewed = بررسی‌شده توسط { $reviewer }، { $date }

## مشکلات پایگاه داده

store-not-a-database = فایل پایگاه داده یک پایگاه دادهٔ SQLite نیست.
store-damaged = فایل پایگاه داده آسیب دیده است.
store-newer-schema = پایگاه داده با نسخهٔ جدیدتری از Skranke ساخته شده است (طرح‌وارهٔ { $found }؛ این نسخه تا { $supported } را می‌شناسد). برای استفاده از آن، Skranke را به‌روز کنید.
store-unavailable = پایگاه داده باز نشد. { $reason }
store-opening = دفتر ثبت در حال باز شدن و بررسی است. یک لحظه طول می‌کشد.

## متن‌های اختصاصی ویراستاران

override-applied = متن‌های اختصاصی در حال استفاده: { $file }
override-rejected = متن‌های اختصاصی استفاده نشد: { $file }. { $reason }
override-unknown-locale = پوشهٔ { $code } یکی از زبان‌های Skranke نیست.
override-unreadable = فایل خوانده نشد. فایل باید با UTF-8 ذخیره شده باشد و Skranke باید اجازهٔ خواندن آن را داشته باشد.
override-syntax = در خط { $line } خطایی هست.
override-unknown-message = متن { $id } در Skranke وجود ندارد.
override-variables = متن { $id } متغیرهایی متفاوت با متن دانمارکی به کار می‌برد.

## اعلان‌ها

notice-store = دفتر ثبت در دسترس نیست. { $problem } فایل تغییر نکرده است.
notice-unknown-locale = زبان «{ $tag }» در Skranke وجود ندارد. زبان پیش‌فرض به کار می‌رود.
notice-overrides = { $count ->
    [one] { $count } فایل متن اختصاصی استفاده نشد. «دربارهٔ Skranke» را ببینید.
   *[other] { $count } فایل متن اختصاصی استفاده نشد. «دربارهٔ Skranke» را ببینید.
}
notice-save-failed = تنظیمات ذخیره نشد. { $reason }
notice-settings-unreadable = فایل تنظیمات خوانده نشد، بنابراین تنظیمات پیش‌فرض به کار می‌رود. فایل تغییر نکرده است.
notice-settings-fields = برخی تنظیمات نامعتبر بودند و مقدار پیش‌فرض را به کار می‌برند: { $fields }. فایل تغییر نکرده است.
notice-policy-unreadable = تنظیمات مشترک این کامپیوتر از طرف IT ({ $file }) قابل استفاده نبود، بنابراین تنظیمات پیش‌فرض خود Skranke به کار می‌رود. فایل تغییر نکرده است.
notice-policy-fields = برخی از تنظیمات مشترک این کامپیوتر از طرف IT ({ $file }) نامعتبر بودند و به کار نمی‌روند: { $fields }. فایل تغییر نکرده است.
notice-setting-locked = این تنظیم قفل شده است. آن را { $who } تعیین می‌کند.
notice-dismiss = باشه

## نوار وضعیت

status-staff-language = زبان شما: { $language }
status-citizen-language = زبان شهروند:
status-scale = متن { $percent } %

## محافظ اطلاعات شخصی

guard-cpr = این متن شبیه شمارهٔ CPR است. هرگز ننویسید شهروند چه کسی است: فقط بنویسید چه کاری انجام شد.
guard-phone = این متن شبیه شمارهٔ تلفن است. هرگز ننویسید شهروند چه کسی است. تاریخ را می‌توانید این‌گونه بنویسید: 24.11.2025.
guard-email = این متن شبیه نشانی ایمیل است. هرگز ننویسید شهروند چه کسی است: فقط بنویسید چه کاری انجام شد.
guard-too-long = متن خیلی طولانی است: { $length } نویسه. حداکثر { $max } نویسه به کار ببرید.

## صفحهٔ اصول

nav-principles = اصول
principles-tab-list = اصول
principles-tab-visit = فهرست بررسی مراجعه ({ $count })
principles-tab-assessment = خودارزیابی واحد
principles-title = اصول رفتار برابر
principles-intro = بیست اصل رفتار برابر شهرداری کپنهاگ. یک اصل را انتخاب کنید تا ببینید چه کاری از شما برمی‌آید و واحد شما چه چیزهایی را برقرار کرده است.
principles-filter = جست‌وجو در عنوان‌ها و خلاصه‌ها
principles-no-match = هیچ اصلی با «{ $filter }» جور نیست.
principles-entry-progress = { $done } از { $total } مورد در واحد برقرار است
principles-back = › همهٔ اصول
principles-at-the-desk = در پیشخوان
principles-at-the-desk-hint = آنچه را در این مراجعه برای شهروند انجام داده‌اید علامت بزنید. هنگام ثبت مراجعه، این هم ثبت می‌شود.
principles-unit-desk = خودارزیابی واحد: آیا همیشه این کار را می‌کنیم؟
principles-unit-in-place = آنچه واحد شما برقرار کرده است
principles-unit-hint = انتخاب کنید واحد در هر مورد تا کجا پیش رفته است. نوشتن توضیح کوتاه خوب است، اما هرگز نام یا دیگر اطلاعات شخصی ننویسید.
principles-question = پرسشی برای تأمل
principles-show-original = نمایش متن اصلی
principles-hide-original = پنهان کردن متن اصلی
principles-original = متن اصلی اصول شهرداری کپنهاگ (به دانمارکی)

## فهرست بررسی مراجعه

visit-title = فهرست بررسی مراجعه
visit-intro = آنچه را همین حالا در پیشخوان برای شهروند انجام داده‌اید علامت بزنید. هنگام ثبت مراجعه، اصول هم ثبت می‌شوند. هیچ چیزی دربارهٔ اینکه شهروند چه کسی است ذخیره نمی‌شود.
visit-served-none = هنوز چیزی علامت نخورده است.
visit-served = اصول به‌کاررفته در این مراجعه: { $codes }
visit-reset = شهروند بعدی: پاک کردن فهرست بررسی

## خودارزیابی

assessment-title = خودارزیابی واحد
assessment-intro = واحد شما در هر اصل تا کجا پیش رفته است؟ هر تغییر با زمانش ذخیره می‌شود تا بتوانید پیشرفت را دنبال کنید.
assessment-no-store = خودارزیابی ذخیره نمی‌شود، چون دفتر ثبت در دسترس نیست.
assessment-progress = { $in_place } از { $total } مورد برقرار، { $in_progress } در جریان، { $not_started } شروع‌نشده.
assessment-export = ذخیرهٔ خودارزیابی
assessment-export-hint = به‌صورت صفحه‌ای برای چاپ، یا فایل CSV برای صفحه‌گسترده.
assessment-export-html = ذخیره برای چاپ (HTML) …
assessment-export-csv = ذخیره به‌صورت صفحه‌گسترده (CSV) …
assessment-not-started = شروع‌نشده
assessment-in-progress = در جریان
assessment-in-place = برقرار
assessment-comment = توضیح دربارهٔ { $item } (اختیاری)
assessment-comment-count = { $count } از { $max } نویسه
assessment-comment-save = ذخیرهٔ توضیح
assessment-comment-saved = ذخیره شد.
assessment-changed = آخرین تغییر { $date }
assessment-file-name = خودارزیابی
assessment-report-title = خودارزیابی واحد: اصول رفتار برابر
assessment-report-meta = واحد: { $unit }. تاریخ: { $date }.
assessment-overview = نمای کلی
assessment-column-section = بخش
assessment-column-share = سهم موارد برقرار
assessment-column-item = مورد
assessment-column-state = وضعیت
assessment-column-comment = توضیح
assessment-column-changed = تغییر

## ذخیرهٔ فایل‌ها

save-done = ذخیره شد: { $file }
save-failed = فایل ذخیره نشد. { $reason }
save-error-permission = اجازهٔ نوشتن در آن پوشه را ندارید. پوشهٔ دیگری انتخاب کنید.
save-error-disk-full = دیسک پر است. کمی فضا آزاد کنید یا درایو دیگری انتخاب کنید.
save-error-no-folder = آن پوشه دیگر وجود ندارد. پوشهٔ دیگری انتخاب کنید.
save-error-other = خطای پیش‌بینی‌نشده‌ای رخ داد. دوباره امتحان کنید یا از بخش IT کمک بخواهید.

## خطاها: چه چیزی اشتباه شد، به زبان ساده. پیام اصلی سیستم زیر «نمایش جزئیات» و در گزارش بخش IT است.

error-store-locked = برنامهٔ دیگری همین حالا از دفتر ثبت استفاده می‌کند. کمی بعد دوباره امتحان کنید.
error-store-read-only = Skranke اجازهٔ نوشتن در پوشهٔ دفتر ثبت را ندارد. از بخش IT دسترسی بخواهید.
error-store-disk-full = دیسک پر است. کمی فضا آزاد کنید و دوباره امتحان کنید.
error-store-damaged = دفتر ثبت آسیب دیده است. یک نسخهٔ پشتیبان را در «خروجی و ایمنی» بازگردانید.
error-store-io = دیسک پاسخ نداد. دوباره امتحان کنید یا از بخش IT کمک بخواهید.
error-store-not-open = دفتر ثبت باز نیست. پیام بالای پنجره را ببینید.
error-store-invalid = این مورد از قواعد دفتر ثبت پیروی نمی‌کند.
error-store-refused = متن پذیرفته نشد، چون شبیه اطلاعات شخصی است.
error-store-other = در دفتر ثبت خطای پیش‌بینی‌نشده‌ای رخ داد. دوباره امتحان کنید یا از بخش IT کمک بخواهید.
import-no-log = این پایگاه داده از نسخهٔ قدیمی‌تری از Skranke است که دفتر ثبت نداشت (طرح‌وارهٔ { $version }). هیچ چیزی وارد نشد.
import-failed = هیچ چیزی وارد نشد. { $reason }
problem-details-show = نمایش جزئیات
problem-details-hide = پنهان کردن جزئیات
problem-details = پیام اصلی سیستم (برای بخش IT):

## صفحهٔ پیشخوان

nav-desk = در پیشخوان
nav-glossary = واژه‌نامه
desk-title = اطلاعات برای شهروند
desk-citizen-language = زبان شهروند
desk-open-card = به زبان خود اشاره کنید
desk-panes = نحوه نمایش
desk-side-by-side = دانمارکی و زبان شهروند
desk-citizen-only = فقط زبان شهروند
desk-large-text = متن بزرگ‌تر
desk-topics = موضوع‌ها
desk-handout-include = در برگهٔ اطلاعات: { $topic }
desk-handout = برگهٔ اطلاعات برای شهروند
desk-handout-hint = موضوع‌های انتخاب‌شده به زبان شهروند و به دانمارکی، به‌صورت صفحه‌ای برای چاپ روی A4.
desk-handout-chosen = { $count ->
    [one] { $count } موضوع انتخاب شد
   *[other] { $count } موضوع انتخاب شد
}
desk-handout-save = ذخیرهٔ برگهٔ اطلاعات …
desk-sources = دربارهٔ این اطلاعات: منابع و تاریخ‌ها
desk-back = › همهٔ موضوع‌ها
desk-previous = موضوع قبلی
desk-next = موضوع بعدی
sources-title = دربارهٔ این اطلاعات
sources-intro = متن‌های دانمارکی بر پایهٔ این منابع نوشته شده‌اند. ترجمه‌ها از روی متن‌های دانمارکی انجام شده‌اند.
sources-line = منبع: { $source }. بررسی‌شده: { $checked }.
sources-none = منبعی ذکر نشده است.

## به زبان خود اشاره کنید

card-title = به زبان خود اشاره کنید
card-hint = صفحه را به شهروند نشان دهید تا به زبان خود اشاره کند. Esc آن را می‌بندد.
card-close = بستن

## واژه‌نامه

glossary-title = واژه‌نامه
glossary-intro = واژه‌هایی از شهرداری، به زبان ساده. دانمارکی کنار زبان شهروند آمده است. به هر زبانی می‌توانید جست‌وجو کنید.
glossary-search = جست‌وجو در واژه‌نامه
glossary-count = { $shown } از { $total } واژه

## دفتر ثبت ارتباط با شهروندان

nav-log = دفتر ثبت
log-title = دفتر ثبت ارتباط با شهروندان
log-tab-entry = ثبت مراجعه
log-tab-list = دفتر ثبت
log-tab-transfer = خروجی و ایمنی
log-training-mode = حالت آموزشی
log-training-mode-on = موارد جدید به‌عنوان آموزشی علامت می‌خورند و در آمار شمرده نمی‌شوند.
log-training-mode-off = موارد در شاخص‌های برابری واحد شمرده می‌شوند.
log-training-on-form = آموزشی: این مورد به‌عنوان آموزشی علامت خورده است.
log-no-store = دفتر ثبت در دسترس نیست. پیام بالای صفحه را ببینید.
log-form-title = مراجعهٔ جدید
log-form-edit-title = اصلاح یک مورد
log-form-intro = از روی مراجعه پر شده است. با Ctrl+Enter ذخیره کنید. با Ctrl+Shift+Enter ذخیره کنید و برای شهروند بعدی آماده شوید. هرگز ننویسید شهروند چه کسی است.
log-day = تاریخ (روز.ماه.سال)
log-today = امروز
log-yesterday = دیروز
log-day-invalid = تاریخ خوانده نمی‌شود. آن را این‌گونه بنویسید: 25.11.2026.
log-unit = واحد
log-unit-missing = نام واحد را بنویسید.
log-channel = کانال
log-language = زبان شهروند
language-other = زبان دیگر
log-interpreter = مترجم
log-groups = گروه‌هایی که به آن‌ها رسیدیم (اختیاری)
log-groups-hint = فقط اگر روشن است. هرگز فقط برای پر کردن این بخش از شهروند سؤال نکنید.
log-topics = موضوع‌هایی که شهروند دریافت کرد
log-principles = اصولی که در مراجعه به کار رفت
log-handout = شهروند برگهٔ اطلاعات دریافت کرد
log-outcome = نتیجه
log-duration = مدت
log-note = یادداشت کوتاه (اختیاری)
log-note-hint = چه کاری انجام شد، نه برای چه کسی. بدون نام، شمارهٔ CPR، نشانی، شمارهٔ تلفن یا ایمیل.
log-note-count = { $count } از { $max } نویسه
log-save = ذخیره (Ctrl+Enter)
log-save-next = ذخیره و شهروند بعدی (Ctrl+Shift+Enter)
log-cancel-edit = لغو تغییرات
log-form-has-errors = مورد ذخیره نشد. آنچه را کنار فیلدها با رنگ قرمز مشخص شده اصلاح کنید.
log-saved = ذخیره شد: مراجعهٔ { $day }.
log-save-failed = مورد ذخیره نشد. { $reason }
log-list-title = موارد ثبت‌شده، جدیدترین در ابتدا
log-filters-show = نمایش فیلترها
log-filters-hide = پنهان کردن فیلترها
log-filter-from = از تاریخ
log-filter-to = تا تاریخ
log-filter-apply = اعمال تاریخ‌ها
log-filter-clear = پاک کردن فیلترها
log-filter-any = همه
log-f-training = آموزشی
log-f-training-include = با موارد آموزشی
log-f-training-exclude = بدون موارد آموزشی
log-f-training-only = فقط موارد آموزشی
log-count = { $count ->
    [one] { $count } مورد
   *[other] { $count } مورد
}
log-loading = در حال بارگذاری …
log-load-failed = دفتر ثبت بارگذاری نشد. { $reason }
log-empty = هیچ موردی پیدا نشد.
log-training-badge = آموزشی
log-row-topics = موضوع‌ها: { $topics }
log-row-groups = گروه‌ها: { $groups }
log-row-principles = اصول: { $codes }
log-row-handout = برگهٔ اطلاعات داده شد
log-column-day = تاریخ
log-column-details = جزئیات
log-column-actions = اقدامات
log-edit = اصلاح
log-delete = حذف
log-deleted = مورد حذف شد. تا 30 روز می‌توانید آن را برگردانید.
log-undo = لغو حذف
log-newer = جدیدتر
log-older = قدیمی‌تر
log-page = صفحهٔ { $page }

## کدهای دفتر ثبت

channel-desk = پیشخوان
channel-phone = تلفن
channel-video = ویدئو
channel-letter-email = نامه یا ایمیل
channel-outreach-event = برنامهٔ اطلاع‌رسانی
interpreter-none = بدون مترجم
interpreter-in-person = مترجم حضوری
interpreter-phone = مترجم تلفنی
interpreter-video = مترجم ویدئویی
interpreter-bilingual-staff = کارمند دوزبانه
outcome-solved = حل شد
outcome-referred = ارجاع داده شد
outcome-follow-up = پیگیری
duration-under-5 = کمتر از 5 دقیقه
duration-5-15 = 5–15 دقیقه
duration-15-30 = 15–30 دقیقه
duration-over-30 = بیش از 30 دقیقه
group-newcomer = تازه‌وارد
group-language-support = نیازمند کمک زبانی
group-digital-support = نیازمند کمک دیجیتال
group-disability = معلولیت
group-mental-illness = بیماری روانی
group-elderly = سالمند
group-homeless = بی‌خانمان
group-other = گروه دیگر

## خروجی، ادغام، پشتیبان

export-title = خروجی گرفتن از دفتر ثبت (CSV)
export-hint = برای گزارش‌های خود واحد یا پلتفرم BI شهرداری. یک راهنمای کدها به دانمارکی و انگلیسی کنار آن ذخیره می‌شود.
export-range-invalid = دو تاریخ معتبر بنویسید، اولی پیش از دومی.
export-training = همراه با موارد آموزشی
export-start = خروجی گرفتن …
export-progress = { $done } از { $total } مورد نوشته شد …
import-title = ادغام دفتر ثبت پیشخوانی دیگر
import-hint = خروجی (CSV) یا پایگاه دادهٔ پیشخوانی دیگر را انتخاب کنید. مواردی که از قبل وجود دارند نادیده گرفته می‌شوند. اگر فایل خطا داشته باشد، هیچ چیزی وارد نمی‌شود.
import-start = انتخاب فایل …
import-done = ادغام شد: { $added } مورد جدید، { $present } مورد از قبل وجود داشت.
import-not-an-export = این فایل خروجی Skranke نیست. این ستون‌ها وجود ندارند: { $columns }. هیچ چیزی وارد نشد.
import-unreadable = فایل از خط { $line } به بعد خوانده نشد. آیا این یک فایل CSV از Skranke است؟ هیچ چیزی وارد نشد.
import-database = از پایگاه داده نمی‌توان استفاده کرد. { $reason } هیچ چیزی وارد نشد.
import-invalid = { $count ->
    [one] { $count } ردیف خطا دارد. هیچ چیزی وارد نشد.
   *[other] { $count } ردیف خطا دارند. هیچ چیزی وارد نشد.
}
import-invalid-line = خط { $line }: { $problems }
import-invalid-more = … و { $count } ردیف دیگر.
import-bad-value = ستون { $column } مقدار نامعتبر «{ $value }» دارد
backup-title = نسخهٔ پشتیبان
backup-automatic = Skranke هر روز خودش یک نسخهٔ پشتیبان می‌گیرد. 7 نسخهٔ آخر در { $folder } نگه داشته می‌شوند.
backup-start = گرفتن نسخهٔ پشتیبان …
restore-start = بازگردانی از نسخهٔ پشتیبان …
restore-hint = هنگام بازگردانی، اول فایل بررسی می‌شود. پایگاه دادهٔ فعلی کنار آن نگه داشته می‌شود، پس چیزی از دست نمی‌رود.
restore-done = نسخهٔ پشتیبان بازگردانده شد. پایگاه دادهٔ قبلی با نام { $aside } نگه داشته شده است.
restore-failed = نسخهٔ پشتیبان بازگردانده نشد. { $reason }

## راهنمای کدهای خروجی

codebook-id = شناسهٔ یکتای مورد (UUID v7). در همهٔ پیشخوان‌ها همین شناسه است، پس در ادغام هیچ چیزی دو بار شمرده نمی‌شود.
codebook-day = روز ارتباط (YYYY-MM-DD).
codebook-created_at = زمانی که مورد نوشته شد (UTC).
codebook-unit = واحدی که ارتباط را ثبت کرد.
codebook-channel = کانال ارتباط.
codebook-language = زبان شهروند.
codebook-interpreter = مترجم در هنگام ارتباط.
codebook-outcome = نتیجهٔ ارتباط.
codebook-duration = مدت ارتباط.
codebook-handout = آیا شهروند برگهٔ اطلاعات دریافت کرد (1 = بله، 0 = خیر).
codebook-note = یادداشت کوتاه دربارهٔ کاری که انجام شد. هرگز اطلاعات شخصی نباشد.
codebook-training = در حالت آموزشی ثبت شده است (1 = بله، 0 = خیر). به‌عنوان ارتباط با شهروندان شمرده نمی‌شود.
codebook-groups = گروه‌هایی که به آن‌ها رسیدیم، جداشده با نقطه‌ویرگول (اختیاری).
codebook-topics = موضوع‌هایی که شهروند دریافت کرد، جداشده با نقطه‌ویرگول.
codebook-principles = اصول (1a–1f) که در ارتباط به کار رفت، جداشده با نقطه‌ویرگول.
codebook-yes = بله
codebook-no = خیر

## شاخص‌های برابری

nav-indicators = شاخص‌ها
indicators-title = شاخص‌های برابری
indicators-intro = آیا خدمات واحد به همهٔ گروه‌ها می‌رسد؟ اعداد از دفتر ثبت می‌آیند. موارد آموزشی و حذف‌شده شمرده نمی‌شوند.
indicators-period = دوره
indicators-period-month = ماه
indicators-period-quarter = سه‌ماهه
indicators-period-year = سال
indicators-period-custom = دورهٔ دلخواه
indicators-previous = › قبلی
indicators-next = بعدی ‹
indicators-month-label = { $month } { $year }
indicators-quarter-label = سه‌ماههٔ { $quarter }، { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = همهٔ واحدها
indicators-computing = در حال محاسبهٔ شاخص‌ها …
indicators-failed = شاخص‌ها محاسبه نشدند. { $reason }
indicators-total = { $count } ارتباط در { $period }.
indicators-export = ذخیرهٔ شاخص‌ها
indicators-export-hint = به‌صورت گزارشی برای چاپ با نمودار و جدول، یا به‌صورت اعداد در فایل CSV.
indicators-export-html = ذخیرهٔ گزارش (HTML) …
indicators-export-csv = ذخیرهٔ اعداد (CSV) …
indicators-report-meta = دوره: { $period }. واحد: { $unit }. موارد آموزشی و حذف‌شده شمرده نمی‌شوند.
chart-show-table = نمایش به‌صورت جدول
chart-show-chart = نمایش به‌صورت نمودار
table-what = چه چیزی
table-contacts = ارتباط‌ها
table-share = سهم
table-baseline = سهم در منطقه
table-reach = میزان رسیدن (1 = مانند منطقه)
table-month = ماه
table-language = زبان
table-with-interpreter = با مترجم
table-share-with-interpreter = سهم با مترجم
table-principle = اصل
series-with-interpreter = با مترجم
series-without-interpreter = بدون مترجم
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
chart-contacts-per-month-title = ارتباط‌ها در هر ماه
chart-contacts-per-month-axis = ارتباط‌ها
chart-contacts-by-language-title = ارتباط‌ها بر اساس زبان شهروند
chart-contacts-by-language-axis = تعداد ارتباط‌ها
chart-interpreter-share-by-language-title = مترجم بر اساس زبان
chart-interpreter-share-by-language-axis = ارتباط‌ها با مترجم و بدون مترجم
chart-groups-reached-title = گروه‌هایی که به آن‌ها رسیدیم
chart-groups-reached-axis = ارتباط‌هایی که به این گروه رسید
chart-topics-given-title = موضوع‌هایی که شهروندان دریافت کردند
chart-topics-given-axis = ارتباط‌ها با این موضوع
chart-channel-mix-title = کانال‌ها
chart-channel-mix-axis = ارتباط‌ها بر اساس کانال
chart-outcomes-title = نتیجه‌ها
chart-outcomes-axis = ارتباط‌ها بر اساس نتیجه
chart-principles-served-title = مراجعه‌هایی که هر اصل را به کار بردند (1a–1f)
chart-principles-served-axis = سهم از ارتباط‌ها (%)
chart-self-assessment-title = خودارزیابی واحد بر اساس بخش
chart-self-assessment-axis = موارد
baseline-title = خط مبنا (اختیاری)
baseline-hint = سهم یک زبان یا گروه را در منطقه به درصد بنویسید، مثلاً از آمار شهرداری. آن‌گاه جدول‌ها نشان می‌دهند که آیا واحد به اندازهٔ سهم آن گروه در منطقه به آن می‌رسد یا نه. فیلدهای خالی به کار نمی‌روند.
baseline-open = نمایش خط مبنا
baseline-close = پنهان کردن خط مبنا
baseline-field = { $name } (% از منطقه)
baseline-invalid = این فیلدها باید عددی از 0 تا 100 باشند: { $names }
baseline-save = ذخیرهٔ خط مبنا

## حالت آموزشی

nav-training = آموزش
training-title = آموزش آشنایی برای کارکنان جدید
training-tab-presentation = ارائه
training-tab-cases = موقعیت‌ها
training-tab-quiz = آزمون
training-tab-sessions = جلسه‌ها
presentation-heading = ارائه برای پروژکتور
presentation-intro = { $count } اسلاید با متن بزرگ: رفتار برابر چیست، دو شکل تبعیض، چه کسانی در معرض خطرند، بیست اصل و چرایی آن‌ها.
presentation-keys = کلیدهای جهت‌نما، Page Up/Page Down و کلید فاصله اسلایدها را عوض می‌کنند. Home و End به اسلاید اول و آخر می‌روند. Esc ارائه را تمام می‌کند.
presentation-start = شروع ارائه
presentation-continue = ادامه از اسلاید { $slide }
presentation-title = رفتار برابر در Borgerservice
presentation-subtitle = رفتار برابر – اما نه یکسان. اصول شهرداری کپنهاگ در عمل، در پیشخوان.
presentation-section = بخش { $number }
presentation-example = نمونه‌ای از پیشخوان
presentation-counter = اسلاید { $slide } از { $total }
presentation-previous = › قبلی
presentation-next = بعدی ‹
presentation-close = پایان (Esc)
cases-intro = موقعیت‌های کوتاهی از پیشخوان برای گفت‌وگو. یک موقعیت را انتخاب کنید. اصولی که به آن مربوط است، پس از گفت‌وگو نشان داده می‌شود.
cases-seen = در این جلسه بررسی شد
cases-back = › همهٔ موقعیت‌ها
cases-counter = موقعیت { $case } از { $total }
cases-questions = پرسش‌هایی برای گفت‌وگو
cases-show-principles = نمایش اصول
cases-hide-principles = پنهان کردن اصول
cases-previous = موقعیت قبلی
cases-next = موقعیت بعدی
quiz-counter = پرسش { $question } از { $total }
quiz-answer = پاسخ
quiz-right = درست است!
quiz-wrong = درست نیست.
quiz-right-option = { $option } (پاسخ درست)
quiz-next = پرسش بعدی
quiz-finish = دیدن نتیجه
quiz-done = آزمون تمام شد
quiz-score = { $right } پاسخ درست از { $total }
quiz-score-hint = هنگام ثبت جلسه فقط نتیجهٔ گروه نگه داشته می‌شود. بدون نام.
quiz-restart = انجام دوبارهٔ آزمون
training-session-title = ثبت جلسه
training-session-hint = تاریخ، واحد، تعداد شرکت‌کنندگان و آنچه بررسی کردید. هرگز نام ننویسید. جلسه‌ها در شاخص آشنایی کارکنان جدید شمرده می‌شوند، نه به‌عنوان ارتباط با شهروندان.
training-session-participants = تعداد شرکت‌کنندگان
training-session-covered = آنچه بررسی کردید
training-session-case = موقعیت: { $case }
training-session-score = میانگین نتیجهٔ گروه در آزمون (%)
training-session-save = ذخیرهٔ جلسه
training-session-saved = جلسه ذخیره شد.
training-session-day-invalid = تاریخ خوانده نمی‌شود. آن را این‌گونه بنویسید: 25.11.2026.
training-session-participants-invalid = تعداد شرکت‌کنندگان را به‌صورت عددی از 1 تا 1000 بنویسید.
training-session-score-invalid = میانگین باید عددی از 0 تا 100 باشد.
training-session-nothing-covered = دست‌کم یک چیز را که بررسی کردید انتخاب کنید.
training-sessions-title = جلسه‌های ثبت‌شده
training-sessions-none = هنوز هیچ جلسه‌ای ثبت نشده است.
training-sessions-line = { $day } · { $unit } · { $participants } شرکت‌کننده
training-sessions-cases = { $count ->
    [one] { $count } موقعیت
   *[other] { $count } موقعیت
}
training-sessions-quiz-score = آزمون ({ $score } % درست)
training-sessions-export = ذخیرهٔ جلسه‌ها (CSV) …
chart-onboarding-sessions-title = جلسه‌های آشنایی دربارهٔ رفتار برابر
chart-onboarding-sessions-axis = شرکت‌کنندگان
table-sessions = جلسه‌ها
table-participants = شرکت‌کنندگان

## خط فرمان (The command line: skranke log export, backup, restore, indicators)

cli-exported = { $count ->
    [one] 1 مورد خروجی گرفته شد.
   *[other] { $count } مورد خروجی گرفته شد.
}
cli-no-log = در { $folder } هیچ دفتر ثبتی نیست. پوشهٔ دفتر ثبت را با ‎--data-dir مشخص کنید.
cli-log-in-use = دفتر ثبت در Skranke باز است. Skranke را روی این کامپیوتر ببندید و دوباره امتحان کنید. چیزی تغییر نکرده است.
