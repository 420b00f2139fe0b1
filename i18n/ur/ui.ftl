# Skranke's own interface in plain Urdu. English (i18n/en/ui.ftl) and Danish (i18n/da/ui.ftl) are the masters. Machine translation, not yet reviewed.

app-title = Skranke

## نیویگیشن

nav-settings = ترتیبات
nav-about = Skranke کے بارے میں

## رنگ اور انداز

theme-system = سسٹم کے مطابق (ہلکا یا گہرا)
theme-light = ہلکا
theme-dark = گہرا
theme-high-contrast-dark = زیادہ کنٹراسٹ، گہرا
theme-high-contrast-light = زیادہ کنٹراسٹ، ہلکا

## ترتیبات

settings-title = ترتیبات
settings-staff-language = آپ کی زبان
settings-staff-language-hint = عملے کے رکن کے طور پر آپ کے لیے Skranke کی زبان۔
settings-citizen-language = شہری کی زبان
settings-citizen-language-hint = اس چیز کی زبان جو آپ شہری کو دکھاتے ہیں۔ Ctrl+L ان زبانوں کے درمیان بدلتا ہے جو آپ نے آخری بار استعمال کیں۔
settings-theme = رنگ
settings-theme-hint = زیادہ کنٹراسٹ سے متن اور کنارے زیادہ صاف نظر آتے ہیں۔
settings-scale = متن کا سائز
settings-scale-hint = اسکرین پر ہر چیز کو بڑا کرتا ہے۔ شارٹ کٹ: Ctrl+پلس، Ctrl+مائنس اور Ctrl+0۔
settings-unit = یونٹ
settings-unit-hint = آپ کے یونٹ کا نام، مثلاً Borgerservice Nørrebro۔ یہ نام رابطوں کے ریکارڈ میں لکھا جاتا ہے۔
settings-unit-label = یونٹ کا نام
settings-unit-count = { $max } میں سے { $count } حروف
settings-unit-save = یونٹ محفوظ کریں
settings-unit-saved = محفوظ ہو گیا۔
settings-locked-value = مقفل: { $value }
settings-locked-by = یہ ترتیب { $who } طے کرتا ہے۔ اگر اسے بدلنا ہو تو ان سے پوچھیں۔
settings-locked-by-it = وہ IT شعبہ جو اس کمپیوٹر کی دیکھ بھال کرتا ہے

## Skranke کے بارے میں

about-title = Skranke کے بارے میں
about-intro = Skranke، Borgerservice کے عملے کی مدد کرتا ہے تاکہ وہ کوپن ہیگن میونسپلٹی کے برابر سلوک کے اصولوں پر روزانہ کام میں عمل کریں: چیک لسٹیں، شہری کے لیے اس کی اپنی زبان میں معلومات، اور رابطوں کا ریکارڈ۔ یہ انٹرنیٹ کے بغیر کام کرتا ہے۔
about-version = ورژن { $version }
about-files = آپ کا ڈیٹا کہاں ہے
about-settings-file = ترتیبات
about-database-file = ڈیٹا بیس
about-database-status = ڈیٹا بیس کی حالت
about-database-open = استعمال میں ہے (اسکیما ورژن { $version })۔
about-overrides-folder = اپنے متن کا فولڈر (.ftl)
about-overrides-none = کوئی اپنا متن استعمال میں نہیں ہے۔
about-keyboard = کی بورڈ
about-key-tab = اگلے یا پچھلے بٹن یا خانے پر جائیں۔
about-key-activate = منتخب بٹن یا آپشن استعمال کریں۔
about-key-escape = کھلی چیز بند کریں، یا مینو پر واپس جائیں۔
about-key-region = مینو اور مواد کے درمیان جائیں۔
about-key-screens = مینو کی کسی چیز پر سیدھے جائیں۔
about-key-citizen-language = شہری کی زبان بدلیں۔
about-key-scale = بڑا، چھوٹا یا عام متن۔
about-key-scroll = اوپر اور نیچے اسکرول کریں۔
about-translations = ترجمے
about-translations-hint = جن متن کو کسی مترجم نے نہیں جانچا، وہ مشینی ترجمے ہیں۔ ان میں غلطیاں ہو سکتی ہیں۔
about-fonts = فونٹ
about-fonts-text = Noto Sans، Noto Sans Arabic، Noto Nastaliq Urdu اور Noto Sans Ethiopic۔ لائسنس: SIL Open Font License 1.1۔

## ترجمے کی جانچ کی حالت

review-source = اصل زبان
review-machine = مشینی ترجمہ، کسی مترجم نے نہیں جانچا
review-reviewed = { $reviewer } نے جانچا، { $date }

## ڈیٹا بیس کے مسائل

store-not-a-database = ڈیٹا بیس کی فائل SQLite ڈیٹا بیس نہیں ہے۔
store-damaged = ڈیٹا بیس کی فائل خراب ہے۔
store-newer-schema = یہ ڈیٹا بیس Skranke کے نئے ورژن نے بنایا ہے (اسکیما { $found }؛ یہ ورژن { $supported } تک جانتا ہے)۔ اسے استعمال کرنے کے لیے Skranke کو اپ ڈیٹ کریں۔
store-unavailable = ڈیٹا بیس نہیں کھل سکا۔ { $reason }
store-opening = ریکارڈ کھولا اور جانچا جا رہا ہے۔ اس میں ایک لمحہ لگتا ہے۔

## ایڈیٹرز کے اپنے متن

override-applied = اپنے متن استعمال میں ہیں: { $file }
override-rejected = اپنے متن استعمال نہیں ہوئے: { $file }۔ { $reason }
override-unknown-locale = فولڈر { $code } Skranke کی کوئی زبان نہیں ہے۔
override-unreadable = فائل پڑھی نہیں جا سکی۔ اسے UTF-8 میں محفوظ ہونا چاہیے، اور Skranke کو اسے پڑھنے کی اجازت ہونی چاہیے۔
override-syntax = لائن { $line } پر غلطی ہے۔
override-unknown-message = متن { $id } Skranke میں موجود نہیں ہے۔
override-variables = متن { $id } ڈینش متن سے مختلف متغیرات استعمال کرتا ہے۔

## اطلاعات

notice-store = ریکارڈ دستیاب نہیں ہے۔ { $problem } فائل نہیں بدلی گئی۔
notice-unknown-locale = زبان "{ $tag }" Skranke میں موجود نہیں ہے۔ طے شدہ زبان استعمال ہو رہی ہے۔
notice-overrides = { $count ->
    [one] اپنے متن کی ایک فائل استعمال نہیں ہوئی۔ "Skranke کے بارے میں" دیکھیں۔
   *[other] اپنے متن کی { $count } فائلیں استعمال نہیں ہوئیں۔ "Skranke کے بارے میں" دیکھیں۔
}
notice-save-failed = ترتیبات محفوظ نہیں ہو سکیں۔ { $reason }
notice-settings-unreadable = ترتیبات کی فائل پڑھی نہیں جا سکی، اس لیے طے شدہ ترتیبات استعمال ہو رہی ہیں۔ فائل نہیں بدلی گئی۔
notice-settings-fields = کچھ ترتیبات درست نہیں تھیں، ان کی طے شدہ قدر استعمال ہو رہی ہے: { $fields }۔ فائل نہیں بدلی گئی۔
notice-policy-unreadable = IT کی طرف سے اس کمپیوٹر کی مشترکہ ترتیبات ({ $file }) استعمال نہیں ہو سکیں، اس لیے Skranke کی اپنی طے شدہ ترتیبات لاگو ہیں۔ فائل نہیں بدلی گئی۔
notice-policy-fields = IT کی طرف سے اس کمپیوٹر کی کچھ مشترکہ ترتیبات ({ $file }) درست نہیں تھیں اور استعمال نہیں ہو رہیں: { $fields }۔ فائل نہیں بدلی گئی۔
notice-setting-locked = یہ ترتیب مقفل ہے۔ اسے { $who } طے کرتا ہے۔
notice-dismiss = ٹھیک ہے

## اسٹیٹس لائن

status-staff-language = آپ کی زبان: { $language }
status-citizen-language = شہری کی زبان:
status-scale = متن { $percent } %

## ذاتی معلومات سے حفاظت

guard-cpr = یہ متن CPR نمبر جیسا لگتا ہے۔ کبھی نہ لکھیں کہ شہری کون ہے: صرف یہ لکھیں کہ کیا کیا گیا۔
guard-phone = یہ متن فون نمبر جیسا لگتا ہے۔ کبھی نہ لکھیں کہ شہری کون ہے۔ تاریخ آپ 24.11.2025 کی طرح لکھ سکتے ہیں۔
guard-email = یہ متن ای میل پتے جیسا لگتا ہے۔ کبھی نہ لکھیں کہ شہری کون ہے: صرف یہ لکھیں کہ کیا کیا گیا۔
guard-too-long = متن بہت لمبا ہے: { $length } حروف۔ زیادہ سے زیادہ { $max } حروف استعمال کریں۔

## اصولوں کی اسکرین

nav-principles = اصول
principles-tab-list = اصول
principles-tab-visit = ملاقات کی چیک لسٹ ({ $count })
principles-tab-assessment = یونٹ کا خود جائزہ
principles-title = برابر سلوک کے اصول
principles-intro = کوپن ہیگن میونسپلٹی کے برابر سلوک کے 20 اصول۔ کوئی اصول چنیں اور دیکھیں کہ آپ کیا کر سکتے ہیں، اور آپ کے یونٹ میں کیا موجود ہے۔
principles-filter = عنوان اور خلاصے میں تلاش کریں
principles-no-match = کوئی اصول "{ $filter }" سے نہیں ملتا۔
principles-entry-progress = یونٹ میں { $total } میں سے { $done } نکات موجود ہیں
principles-back = › تمام اصول
principles-at-the-desk = کاؤنٹر پر
principles-at-the-desk-hint = اس ملاقات میں آپ نے شہری کے لیے جو کیا، اس پر نشان لگائیں۔ ملاقات ریکارڈ کرتے وقت یہ شامل ہو جاتا ہے۔
principles-unit-desk = یونٹ کا خود جائزہ: کیا ہم ہمیشہ ایسا کرتے ہیں؟
principles-unit-in-place = آپ کے یونٹ میں کیا موجود ہے
principles-unit-hint = ہر نکتے کے لیے چنیں کہ یونٹ کہاں تک پہنچا ہے۔ مختصر تبصرہ لکھ سکتے ہیں، لیکن کبھی نام یا دوسری ذاتی معلومات نہیں۔
principles-question = غور کرنے کے لیے سوال
principles-show-original = اصل متن دکھائیں
principles-hide-original = اصل متن چھپائیں
principles-original = کوپن ہیگن میونسپلٹی کے اصولوں کا اصل متن (ڈینش)

## ہر ملاقات کی چیک لسٹ

visit-title = ملاقات کی چیک لسٹ
visit-intro = ابھی کاؤنٹر پر آپ نے شہری کے لیے جو کیا، اس پر نشان لگائیں۔ ملاقات ریکارڈ کرتے وقت اصول شامل ہو جاتے ہیں۔ شہری کون ہے، اس بارے میں کچھ محفوظ نہیں ہوتا۔
visit-served-none = ابھی کسی چیز پر نشان نہیں لگا۔
visit-served = اس ملاقات میں استعمال ہونے والے اصول: { $codes }
visit-reset = اگلا شہری: چیک لسٹ صاف کریں

## خود جائزہ

assessment-title = یونٹ کا خود جائزہ
assessment-intro = ہر اصول میں آپ کا یونٹ کہاں تک پہنچا ہے؟ ہر تبدیلی وقت کے ساتھ محفوظ ہوتی ہے، تاکہ آپ پیش رفت دیکھ سکیں۔
assessment-no-store = خود جائزہ محفوظ نہیں ہو سکتا، کیونکہ ریکارڈ دستیاب نہیں ہے۔
assessment-progress = { $total } میں سے { $in_place } نکات موجود، { $in_progress } پر کام جاری، { $not_started } شروع نہیں ہوئے۔
assessment-export = خود جائزہ محفوظ کریں
assessment-export-hint = پرنٹ کرنے کے لیے صفحے کی صورت میں، یا اسپریڈشیٹ کے لیے CSV فائل کی صورت میں۔
assessment-export-html = پرنٹ کے لیے محفوظ کریں (HTML) …
assessment-export-csv = اسپریڈشیٹ کے طور پر محفوظ کریں (CSV) …
assessment-not-started = شروع نہیں ہوا
assessment-in-progress = کام جاری ہے
assessment-in-place = موجود ہے
assessment-comment = { $item } پر تبصرہ (اختیاری)
assessment-comment-count = { $max } میں سے { $count } حروف
assessment-comment-save = تبصرہ محفوظ کریں
assessment-comment-saved = محفوظ ہو گیا۔
assessment-changed = آخری تبدیلی { $date }
assessment-file-name = خود-جائزہ
assessment-report-title = یونٹ کا خود جائزہ: برابر سلوک کے اصول
assessment-report-meta = یونٹ: { $unit }۔ تاریخ: { $date }۔
assessment-overview = خلاصہ
assessment-column-section = حصہ
assessment-column-share = موجود نکات کا حصہ
assessment-column-item = نکتہ
assessment-column-state = حالت
assessment-column-comment = تبصرہ
assessment-column-changed = تبدیل کیا گیا

## فائلیں محفوظ کرنا

save-done = محفوظ ہو گیا: { $file }
save-failed = فائل محفوظ نہیں ہوئی۔ { $reason }
save-error-permission = آپ کو اس فولڈر میں لکھنے کی اجازت نہیں ہے۔ کوئی اور فولڈر چنیں۔
save-error-disk-full = ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کریں، یا کوئی اور ڈرائیو چنیں۔
save-error-no-folder = فولڈر اب موجود نہیں ہے۔ کوئی اور فولڈر چنیں۔
save-error-other = کوئی غیر متوقع غلطی ہوئی۔ دوبارہ کوشش کریں، یا IT سے مدد مانگیں۔

## غلطیاں: کیا غلط ہوا، سادہ الفاظ میں۔ سسٹم کے اپنے الفاظ "تفصیل دکھائیں" کے نیچے اور IT کے لاگ میں ہیں۔

error-store-locked = ابھی کوئی اور پروگرام ریکارڈ استعمال کر رہا ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-store-read-only = Skranke کو ریکارڈ کے فولڈر میں لکھنے کی اجازت نہیں ہے۔ IT سے اجازت مانگیں۔
error-store-disk-full = ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کریں، اور دوبارہ کوشش کریں۔
error-store-damaged = ریکارڈ خراب ہے۔ "برآمد اور حفاظت" میں جا کر کوئی بیک اپ بحال کریں۔
error-store-io = ڈسک نے جواب نہیں دیا۔ دوبارہ کوشش کریں، یا IT سے مدد مانگیں۔
error-store-not-open = ریکارڈ کھلا نہیں ہے۔ ونڈو کے اوپر پیغام دیکھیں۔
error-store-invalid = یہ اندراج ریکارڈ کے اصولوں کے مطابق نہیں ہے۔
error-store-refused = متن قبول نہیں کیا گیا، کیونکہ یہ ذاتی معلومات جیسا لگتا ہے۔
error-store-other = ریکارڈ میں کوئی غیر متوقع غلطی ہوئی۔ دوبارہ کوشش کریں، یا IT سے مدد مانگیں۔
import-no-log = یہ ڈیٹا بیس Skranke کے ایک پرانے ورژن کا ہے جس میں ریکارڈ نہیں تھا (اسکیما { $version })۔ کچھ بھی درآمد نہیں ہوا۔
import-failed = کچھ بھی درآمد نہیں ہوا۔ { $reason }
problem-details-show = تفصیل دکھائیں
problem-details-hide = تفصیل چھپائیں
problem-details = سسٹم کے اپنے الفاظ (IT کے لیے):

## کاؤنٹر کی اسکرین

nav-desk = کاؤنٹر پر
nav-glossary = لغت
desk-title = شہری کے لیے معلومات
desk-citizen-language = شہری کی زبان
desk-open-card = اپنی زبان پر انگلی رکھیں
desk-panes = نمائش کا انداز
desk-side-by-side = ڈینش اور شہری کی زبان
desk-citizen-only = صرف شہری کی زبان
desk-large-text = بڑا متن
desk-topics = موضوعات
desk-handout-include = پرچے میں: { $topic }
desk-handout = شہری کے لیے پرچہ
desk-handout-hint = چنے ہوئے موضوعات شہری کی زبان میں اور ڈینش میں، A4 پر پرنٹ کرنے کے لیے صفحے کی صورت میں۔
desk-handout-chosen = { $count ->
    [one] 1 موضوع چنا گیا
   *[other] { $count } موضوعات چنے گئے
}
desk-handout-save = پرچہ محفوظ کریں …
desk-sources = ان معلومات کے بارے میں: ذرائع اور تاریخیں
desk-back = › تمام موضوعات
desk-previous = پچھلا موضوع
desk-next = اگلا موضوع
sources-title = ان معلومات کے بارے میں
sources-intro = ڈینش متن ان ذرائع پر مبنی ہیں۔ ترجمے ڈینش متن سے کیے گئے ہیں۔
sources-line = ذریعہ: { $source }۔ جانچ کی تاریخ: { $checked }۔
sources-none = کوئی ذریعہ نہیں دیا گیا۔

## اپنی زبان پر انگلی رکھیں

card-title = اپنی زبان پر انگلی رکھیں
card-hint = اسکرین شہری کو دکھائیں۔ شہری اپنی زبان پر انگلی رکھتا ہے۔ Esc سے بند ہوتا ہے۔
card-close = بند کریں

## لغت

glossary-title = لغت
glossary-intro = میونسپلٹی کے الفاظ، آسان انداز میں سمجھائے گئے۔ ڈینش شہری کی زبان کے ساتھ ہے۔ آپ ہر زبان میں تلاش کر سکتے ہیں۔
glossary-search = لغت میں تلاش کریں
glossary-count = { $total } میں سے { $shown } الفاظ

## رابطوں کا ریکارڈ

nav-log = ریکارڈ
log-title = رابطوں کا ریکارڈ
log-tab-entry = ملاقات ریکارڈ کریں
log-tab-list = ریکارڈ
log-tab-transfer = برآمد اور حفاظت
log-training-mode = تربیتی موڈ
log-training-mode-on = نئے اندراجات تربیت کے طور پر نشان زد ہوتے ہیں اور اعداد و شمار میں شمار نہیں ہوتے۔
log-training-mode-off = اندراجات یونٹ کے برابری کے اشاریوں میں شمار ہوتے ہیں۔
log-training-on-form = تربیت: یہ اندراج تربیت کے طور پر نشان زد ہے۔
log-no-store = ریکارڈ دستیاب نہیں ہے۔ اوپر پیغام دیکھیں۔
log-form-title = نئی ملاقات
log-form-edit-title = اندراج درست کریں
log-form-intro = ملاقات سے بھرا گیا۔ Ctrl+Enter سے محفوظ کریں۔ Ctrl+Shift+Enter سے محفوظ کریں اور اگلے شہری کے لیے تیار ہو جائیں۔ کبھی نہ لکھیں کہ شہری کون ہے۔
log-day = تاریخ (dd/mm/yyyy)
log-today = آج
log-yesterday = گزشتہ کل
log-day-invalid = تاریخ پڑھی نہیں جا سکتی۔ اسے 25.11.2026 کی طرح لکھیں۔
log-unit = یونٹ
log-unit-missing = یونٹ کا نام لکھیں۔
log-channel = ذریعہ
log-language = شہری کی زبان
language-other = کوئی اور زبان
log-interpreter = ترجمان
log-groups = جن گروہوں تک پہنچے (اختیاری)
log-groups-hint = صرف اگر بات واضح ہو۔ صرف یہ خانہ بھرنے کے لیے شہری سے کبھی نہ پوچھیں۔
log-topics = شہری کو دیے گئے موضوعات
log-principles = ملاقات میں استعمال ہونے والے اصول
log-handout = شہری کو پرچہ دیا گیا
log-outcome = نتیجہ
log-duration = دورانیہ
log-note = مختصر نوٹ (اختیاری)
log-note-hint = کیا کیا گیا، یہ لکھیں، کون تھا یہ نہیں۔ نام، CPR نمبر، پتے، فون نمبر یا ای میل نہیں۔
log-note-count = { $max } میں سے { $count } حروف
log-save = محفوظ کریں (Ctrl+Enter)
log-save-next = محفوظ کریں اور اگلا شہری (Ctrl+Shift+Enter)
log-cancel-edit = تبدیلیاں رد کریں
log-form-has-errors = اندراج محفوظ نہیں ہوا۔ خانوں میں جو سرخ رنگ سے نشان زد ہے، اسے درست کریں۔
log-saved = محفوظ ہو گیا: ملاقات { $day }۔
log-save-failed = اندراج محفوظ نہیں ہوا۔ { $reason }
log-list-title = اندراجات، سب سے نئے پہلے
log-filters-show = فلٹر دکھائیں
log-filters-hide = فلٹر چھپائیں
log-filter-from = اس تاریخ سے
log-filter-to = اس تاریخ تک
log-filter-apply = یہ تاریخیں استعمال کریں
log-filter-clear = فلٹر صاف کریں
log-filter-any = سب
log-f-training = تربیت
log-f-training-include = تربیت شامل کریں
log-f-training-exclude = تربیت کے بغیر
log-f-training-only = صرف تربیت
log-count = { $count ->
    [one] 1 اندراج
   *[other] { $count } اندراجات
}
log-loading = لوڈ ہو رہا ہے …
log-load-failed = ریکارڈ لوڈ نہیں ہو سکا۔ { $reason }
log-empty = کوئی اندراج نہیں ملا۔
log-training-badge = تربیت
log-row-topics = موضوعات: { $topics }
log-row-groups = گروہ: { $groups }
log-row-principles = اصول: { $codes }
log-row-handout = پرچہ دیا گیا
log-column-day = تاریخ
log-column-details = تفصیلات
log-column-actions = کارروائیاں
log-edit = درست کریں
log-delete = حذف کریں
log-deleted = اندراج حذف ہو گیا۔ آپ 30 دن تک اسے واپس لا سکتے ہیں۔
log-undo = حذف واپس لیں
log-newer = نئے
log-older = پرانے
log-page = صفحہ { $page }

## ریکارڈ کے کوڈ

channel-desk = کاؤنٹر
channel-phone = فون
channel-video = ویڈیو
channel-letter-email = خط یا ای میل
channel-outreach-event = رابطہ مہم کا پروگرام
interpreter-none = کوئی ترجمان نہیں
interpreter-in-person = ترجمان موقع پر
interpreter-phone = فون پر ترجمان
interpreter-video = ویڈیو پر ترجمان
interpreter-bilingual-staff = دو زبانیں بولنے والا عملہ
outcome-solved = حل ہو گیا
outcome-referred = آگے بھیجا گیا
outcome-follow-up = مزید کارروائی
duration-under-5 = 5 منٹ سے کم
duration-5-15 = 5–15 منٹ
duration-15-30 = 15–30 منٹ
duration-over-30 = 30 منٹ سے زیادہ
group-newcomer = نیا آنے والا
group-language-support = زبان میں مدد کی ضرورت
group-digital-support = ڈیجیٹل مدد کی ضرورت
group-disability = معذوری
group-mental-illness = ذہنی بیماری
group-elderly = بزرگ
group-homeless = بے گھر
group-other = کوئی اور گروہ

## برآمد، ملانا، بیک اپ

export-title = ریکارڈ برآمد کریں (CSV)
export-hint = یونٹ کی اپنی رپورٹوں یا میونسپلٹی کے BI پلیٹ فارم کے لیے۔ ساتھ میں ڈینش اور انگریزی میں ایک کوڈ بک بھی محفوظ ہوتی ہے۔
export-range-invalid = دو درست تاریخیں لکھیں، پہلی تاریخ آخری سے پہلے ہو۔
export-training = تربیتی اندراجات شامل کریں
export-start = برآمد کریں …
export-progress = { $total } میں سے { $done } اندراجات لکھے گئے …
import-title = کسی اور کاؤنٹر کا ریکارڈ ملائیں
import-hint = کسی اور کاؤنٹر کی برآمد (CSV) یا ڈیٹا بیس چنیں۔ جو اندراجات پہلے سے موجود ہیں، وہ چھوڑ دیے جاتے ہیں۔ اگر فائل میں غلطیاں ہوں تو کچھ بھی درآمد نہیں ہوتا۔
import-start = فائل چنیں …
import-done = ملا دیا گیا: { $added } نئے اندراجات، { $present } پہلے سے موجود تھے۔
import-not-an-export = یہ فائل Skranke کی برآمد نہیں ہے۔ یہ کالم موجود نہیں ہیں: { $columns }۔ کچھ بھی درآمد نہیں ہوا۔
import-unreadable = فائل لائن { $line } سے آگے پڑھی نہیں جا سکی۔ کیا یہ Skranke کی CSV فائل ہے؟ کچھ بھی درآمد نہیں ہوا۔
import-database = ڈیٹا بیس استعمال نہیں ہو سکتا۔ { $reason } کچھ بھی درآمد نہیں ہوا۔
import-invalid = { $count ->
    [one] 1 قطار میں غلطیاں ہیں۔ کچھ بھی درآمد نہیں ہوا۔
   *[other] { $count } قطاروں میں غلطیاں ہیں۔ کچھ بھی درآمد نہیں ہوا۔
}
import-invalid-line = لائن { $line }: { $problems }
import-invalid-more = … اور { $count } مزید قطاریں۔
import-bad-value = کالم { $column } میں غلط قدر "{ $value }" ہے
backup-title = بیک اپ
backup-automatic = Skranke ہر دن خود بیک اپ بناتا ہے۔ آخری 7 بیک اپ { $folder } میں رکھے جاتے ہیں۔
backup-start = بیک اپ بنائیں …
restore-start = بیک اپ سے بحال کریں …
restore-hint = بحال کرتے وقت پہلے فائل جانچی جاتی ہے۔ موجودہ ڈیٹا بیس اس کے ساتھ رکھا جاتا ہے، اس لیے کچھ ضائع نہیں ہوتا۔
restore-done = بیک اپ بحال ہو گیا۔ پچھلا ڈیٹا بیس { $aside } کے نام سے رکھا گیا ہے۔
restore-failed = بیک اپ بحال نہیں ہوا۔ { $reason }

## برآمد کی کوڈ بک

codebook-id = اندراج کی منفرد شناخت (UUID v7)۔ ہر کاؤنٹر پر یہی شناخت ہوتی ہے، اس لیے ملانے پر کوئی چیز دو بار شمار نہیں ہوتی۔
codebook-day = رابطے کا دن (YYYY-MM-DD)۔
codebook-created_at = اندراج کب لکھا گیا (UTC)۔
codebook-unit = وہ یونٹ جس نے رابطہ ریکارڈ کیا۔
codebook-channel = رابطے کا ذریعہ۔
codebook-language = شہری کی زبان۔
codebook-interpreter = رابطے کے وقت ترجمان۔
codebook-outcome = رابطے کا نتیجہ۔
codebook-duration = رابطے میں کتنا وقت لگا۔
codebook-handout = کیا شہری کو پرچہ دیا گیا (1 = ہاں، 0 = نہیں)۔
codebook-note = کیا کیا گیا، اس پر مختصر نوٹ۔ کبھی ذاتی معلومات نہیں۔
codebook-training = تربیتی موڈ میں ریکارڈ کیا گیا (1 = ہاں، 0 = نہیں)۔ رابطے کے طور پر شمار نہیں ہوتا۔
codebook-groups = جن گروہوں تک پہنچے، سیمی کولن سے الگ (اختیاری)۔
codebook-topics = شہری کو دیے گئے موضوعات، سیمی کولن سے الگ۔
codebook-principles = رابطے میں استعمال ہونے والے اصول (1a–1f)، سیمی کولن سے الگ۔
codebook-yes = ہاں
codebook-no = نہیں

## برابری کے اشاریے

nav-indicators = اشاریے
indicators-title = برابری کے اشاریے
indicators-intro = کیا یونٹ کی خدمات تمام گروہوں تک پہنچتی ہیں؟ اعداد ریکارڈ سے آتے ہیں۔ تربیتی اور حذف شدہ اندراجات شمار نہیں ہوتے۔
indicators-period = مدت
indicators-period-month = مہینہ
indicators-period-quarter = سہ ماہی
indicators-period-year = سال
indicators-period-custom = اپنی مدت
indicators-previous = › پچھلا
indicators-next = اگلا ‹
indicators-month-label = { $month } { $year }
indicators-quarter-label = سہ ماہی { $quarter }، { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = تمام یونٹ
indicators-computing = اشاریے حساب ہو رہے ہیں …
indicators-failed = اشاریوں کا حساب نہیں ہو سکا۔ { $reason }
indicators-total = { $period } میں { $count } رابطے۔
indicators-export = اشاریے محفوظ کریں
indicators-export-hint = چارٹ اور جدول کے ساتھ پرنٹ کرنے کے لیے رپورٹ کی صورت میں، یا CSV فائل میں اعداد کی صورت میں۔
indicators-export-html = رپورٹ محفوظ کریں (HTML) …
indicators-export-csv = اعداد محفوظ کریں (CSV) …
indicators-report-meta = مدت: { $period }۔ یونٹ: { $unit }۔ تربیتی اور حذف شدہ اندراجات شمار نہیں ہوتے۔
chart-show-table = جدول کی صورت میں دکھائیں
chart-show-chart = چارٹ کی صورت میں دکھائیں
table-what = کیا
table-contacts = رابطے
table-share = حصہ
table-baseline = علاقے میں حصہ
table-reach = رسائی (1 = علاقے کے برابر)
table-month = مہینہ
table-language = زبان
table-with-interpreter = ترجمان کے ساتھ
table-share-with-interpreter = ترجمان کے ساتھ حصہ
table-principle = اصول
series-with-interpreter = ترجمان کے ساتھ
series-without-interpreter = ترجمان کے بغیر
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
chart-contacts-per-month-title = ہر مہینے رابطے
chart-contacts-per-month-axis = رابطے
chart-contacts-by-language-title = شہری کی زبان کے لحاظ سے رابطے
chart-contacts-by-language-axis = رابطوں کی تعداد
chart-interpreter-share-by-language-title = زبان کے لحاظ سے ترجمان
chart-interpreter-share-by-language-axis = ترجمان کے ساتھ اور ترجمان کے بغیر رابطے
chart-groups-reached-title = جن گروہوں تک پہنچے
chart-groups-reached-axis = وہ رابطے جو اس گروہ تک پہنچے
chart-topics-given-title = شہریوں کو دیے گئے موضوعات
chart-topics-given-axis = اس موضوع والے رابطے
chart-channel-mix-title = ذرائع کی تقسیم
chart-channel-mix-axis = ہر ذریعے پر رابطے
chart-outcomes-title = نتائج
chart-outcomes-axis = ہر نتیجے پر رابطے
chart-principles-served-title = ہر اصول پر عمل والی ملاقاتیں (1a–1f)
chart-principles-served-axis = رابطوں کا حصہ (%)
chart-self-assessment-title = حصوں کے لحاظ سے یونٹ کا خود جائزہ
chart-self-assessment-axis = نکات
baseline-title = بنیادی سطح (اختیاری)
baseline-hint = علاقے میں کسی زبان یا گروہ کا حصہ فیصد میں لکھیں، مثلاً میونسپلٹی کے اعداد و شمار سے۔ پھر جدول دکھاتے ہیں کہ کیا یونٹ اس گروہ تک علاقے کے حصے جتنا پہنچتا ہے۔ خالی خانے استعمال نہیں ہوتے۔
baseline-open = بنیادی سطح دکھائیں
baseline-close = بنیادی سطح چھپائیں
baseline-field = { $name } (علاقے کا %)
baseline-invalid = یہ خانے 0 سے 100 تک کا عدد ہونے چاہئیں: { $names }
baseline-save = بنیادی سطح محفوظ کریں

## تربیتی موڈ

nav-training = تربیت
training-title = نئے عملے کی تربیت
training-tab-presentation = پریزنٹیشن
training-tab-cases = کیس
training-tab-quiz = کوئز
training-tab-sessions = سیشن
presentation-heading = پروجیکٹر کے لیے پریزنٹیشن
presentation-intro = بڑے متن میں { $count } سلائیڈیں: برابر سلوک کیا ہے، امتیاز کی دو قسمیں، کس کو خطرہ ہے، 20 اصول، اور کیوں۔
presentation-keys = تیر والی کلیدیں، Page Up/Page Down اور Space سلائیڈ بدلتی ہیں۔ Home اور End پہلی اور آخری سلائیڈ پر لے جاتی ہیں۔ Esc سے ختم ہوتا ہے۔
presentation-start = پریزنٹیشن شروع کریں
presentation-continue = سلائیڈ { $slide } سے جاری رکھیں
presentation-title = Borgerservice میں برابر سلوک
presentation-subtitle = برابر سلوک – لیکن سب کے ساتھ ایک جیسا نہیں۔ کاؤنٹر پر کوپن ہیگن میونسپلٹی کے اصول عملی طور پر۔
presentation-section = حصہ { $number }
presentation-example = کاؤنٹر پر ایک مثال
presentation-counter = { $total } میں سے سلائیڈ { $slide }
presentation-previous = › پچھلی
presentation-next = اگلی ‹
presentation-close = ختم کریں (Esc)
cases-intro = کاؤنٹر کی مختصر صورتیں، بات چیت کے لیے۔ کوئی کیس چنیں۔ بات چیت کے بعد دکھایا جاتا ہے کہ یہ کن اصولوں کے بارے میں ہے۔
cases-seen = اس سیشن میں بات ہو چکی
cases-back = › تمام کیس
cases-counter = { $total } میں سے کیس { $case }
cases-questions = بات چیت کے لیے سوالات
cases-show-principles = اصول دکھائیں
cases-hide-principles = اصول چھپائیں
cases-previous = پچھلا کیس
cases-next = اگلا کیس
quiz-counter = { $total } میں سے سوال { $question }
quiz-answer = جواب دیں
quiz-right = درست!
quiz-wrong = درست نہیں۔
quiz-right-option = { $option } (درست جواب)
quiz-next = اگلا سوال
quiz-finish = نتیجہ دیکھیں
quiz-done = کوئز ختم ہو گیا
quiz-score = { $total } میں سے { $right } درست
quiz-score-hint = سیشن ریکارڈ کرتے وقت صرف گروہ کا نتیجہ رکھا جاتا ہے۔ کوئی نام نہیں۔
quiz-restart = کوئز دوبارہ کریں
training-session-title = سیشن ریکارڈ کریں
training-session-hint = تاریخ، یونٹ، شرکاء کی تعداد اور آپ نے کیا سکھایا۔ کبھی نام نہیں۔ سیشن نئے عملے کی تربیت کے اشاریے میں شمار ہوتے ہیں، رابطوں میں نہیں۔
training-session-participants = شرکاء کی تعداد
training-session-covered = آپ نے کیا سکھایا
training-session-case = کیس: { $case }
training-session-score = کوئز میں گروہ کا اوسط (%)
training-session-save = سیشن محفوظ کریں
training-session-saved = سیشن محفوظ ہو گیا۔
training-session-day-invalid = تاریخ پڑھی نہیں جا سکتی۔ اسے 25.11.2026 کی طرح لکھیں۔
training-session-participants-invalid = شرکاء کی تعداد 1 سے 1000 تک کے عدد میں لکھیں۔
training-session-score-invalid = اوسط 0 سے 100 تک کا عدد ہونا چاہیے۔
training-session-nothing-covered = کم از کم ایک چیز چنیں جو آپ نے سکھائی۔
training-sessions-title = ریکارڈ شدہ سیشن
training-sessions-none = ابھی کوئی سیشن ریکارڈ نہیں ہوا۔
training-sessions-line = { $day } · { $unit } · { $participants } شرکاء
training-sessions-cases = { $count ->
    [one] 1 کیس
   *[other] { $count } کیس
}
training-sessions-quiz-score = کوئز ({ $score } % درست)
training-sessions-export = سیشن محفوظ کریں (CSV) …
chart-onboarding-sessions-title = برابر سلوک پر نئے عملے کے تربیتی سیشن
chart-onboarding-sessions-axis = شرکاء
table-sessions = سیشن
table-participants = شرکاء

## کمانڈ لائن (The command line: skranke log export, backup, restore, indicators)

cli-exported = { $count ->
    [one] 1 اندراج برآمد کیا گیا۔
   *[other] { $count } اندراجات برآمد کیے گئے۔
}
cli-no-log = { $folder } میں کوئی ریکارڈ نہیں ہے۔ ریکارڈ کا فولڈر ‎--data-dir سے بتائیں۔
cli-log-in-use = ریکارڈ Skranke میں کھلا ہے۔ اس کمپیوٹر پر Skranke بند کریں اور دوبارہ کوشش کریں۔ کچھ نہیں بدلا گیا۔
