# واجهة Skranke باللغة العربية. ترجمة آلية لم يراجعها مترجم بعد.

app-title = Skranke

## التنقل

nav-settings = الإعدادات
nav-about = حول Skranke

## المظهر

theme-system = حسب النظام (فاتح أو داكن)
theme-light = فاتح
theme-dark = داكن
theme-high-contrast-dark = تباين عالٍ، داكن
theme-high-contrast-light = تباين عالٍ، فاتح

## الإعدادات

settings-title = الإعدادات
settings-staff-language = لغتك
settings-staff-language-hint = لغة Skranke لك بصفتك موظفًا.
settings-citizen-language = لغة المواطن
settings-citizen-language-hint = لغة ما تعرضه على المواطن. يبدّل Ctrl+L بين اللغات التي استخدمتها مؤخرًا.
settings-theme = الألوان
settings-theme-hint = التباين العالي يجعل النص والحواف أوضح.
settings-scale = حجم النص
settings-scale-hint = يكبّر كل ما على الشاشة. الاختصارات: Ctrl+زائد و Ctrl+ناقص و Ctrl+0.
settings-unit = الوحدة
settings-unit-hint = اسم وحدتك، مثلًا Borgerservice Nørrebro. يُكتب الاسم في سجل التواصل.
settings-unit-label = اسم الوحدة
settings-unit-count = الأحرف: { $count } من { $max }
settings-unit-save = حفظ الوحدة
settings-unit-saved = تم الحفظ.
settings-translations = الترجمات
settings-translations-hint = أرسل لغة إلى مترجم كملف XLIFF، ثم اقرأ الملف بعد مراجعته. اختر اللغة هنا. انظر دليل المترجمين (translating.md).
settings-translations-language = اللغة للمترجم
settings-translations-status = راجع مترجم { $reviewed } من { $total } نصًا للمواطن.
settings-translations-export = احفظ ملف XLIFF للمترجم …
settings-translations-import = اقرأ ملف XLIFF …
settings-translations-exported = تم الحفظ: { $path } ({ $units } نص).
settings-translations-imported = تمت القراءة: { $units } نص، { $changed } تغيّر، { $reviewed } تمت مراجعته. النصوص الجديدة مستخدمة الآن.
settings-translations-backup = النصوص السابقة محفوظة في { $path }.
settings-translations-refused = لم تتم قراءة الملف، ولم يتغير شيء. المشكلة:
settings-translations-unreadable = تعذرت قراءة الملف { $path }: { $reason }
settings-locked-value = مقفل: { $value }
settings-locked-by = يحدد هذا الإعداد { $who }. اسألهم إذا كان يجب تغييره.
settings-locked-by-it = قسم تقنية المعلومات الذي يعتني بهذا الحاسوب

## حول البرنامج

about-title = حول Skranke
about-intro = يساعد Skranke موظفي Borgerservice على تطبيق مبادئ بلدية كوبنهاغن للمساواة في المعاملة في العمل اليومي: قوائم تحقق، ومعلومات للمواطن بلغته، وسجل للتواصل. يعمل البرنامج دون إنترنت.
about-version = الإصدار { $version }
about-files = أين توجد بياناتك
about-settings-file = الإعدادات
about-database-file = قاعدة البيانات
about-database-status = حالة قاعدة البيانات
about-database-open = قيد الاستخدام (إصدار المخطط { $version }).
about-overrides-folder = مجلد النصوص الخاصة (.ftl)
about-overrides-none = لا توجد نصوص خاصة قيد الاستخدام.
about-keyboard = لوحة المفاتيح
about-key-tab = الانتقال إلى الزر أو الحقل التالي أو السابق.
about-key-activate = استخدام الزر أو الخيار المحدَّد.
about-key-escape = إغلاق ما هو مفتوح، أو العودة إلى القائمة.
about-key-region = التبديل بين القائمة والمحتوى.
about-key-screens = الانتقال مباشرة إلى عنصر في القائمة.
about-key-citizen-language = تغيير لغة المواطن.
about-key-scale = نص أكبر أو أصغر أو عادي.
about-key-scroll = التمرير إلى الأعلى والأسفل.
about-translations = الترجمات
about-translations-hint = النصوص التي لم يراجعها مترجم هي ترجمة آلية، وقد تحتوي على أخطاء.
about-fonts = الخطوط
about-fonts-text = Noto Sans، Noto Sans Arabic، Noto Nastaliq Urdu و Noto Sans Ethiopic. الترخيص: SIL Open Font License 1.1.

## حالة مراجعة الترجمة

review-source = اللغة الأصلية
review-machine = ترجمة آلية، لم يراجعها مترجم
review-reviewed = راجعها { $reviewer }، { $date }

## مشكلات قاعدة البيانات

store-not-a-database = ملف قاعدة البيانات ليس قاعدة بيانات SQLite.
store-damaged = ملف قاعدة البيانات تالف.
store-newer-schema = أُنشئت قاعدة البيانات بإصدار أحدث من Skranke (المخطط { $found }؛ هذا الإصدار يعرف المخططات حتى { $supported }). حدِّث Skranke لاستخدامها.
store-unavailable = تعذّر فتح قاعدة البيانات. { $reason }
store-opening = يتم فتح السجل وفحصه. يستغرق ذلك لحظة.

## نصوص المحررين الخاصة

override-applied = نصوص خاصة قيد الاستخدام: { $file }
override-rejected = لم تُستخدم النصوص الخاصة: { $file }. { $reason }
override-unknown-locale = المجلد { $code } ليس لغة في Skranke.
override-unreadable = تعذّرت قراءة الملف. يجب أن يكون محفوظًا بترميز UTF-8، وأن يكون لدى Skranke إذن بقراءته.
override-syntax = يوجد خطأ في السطر { $line }.
override-unknown-message = النص { $id } غير موجود في Skranke.
override-variables = يستخدم النص { $id } متغيرات مختلفة عن النص الدنماركي.

## تنبيهات

notice-store = السجل غير متاح. { $problem } لم يُغيَّر الملف.
notice-unknown-locale = اللغة «{ $tag }» غير موجودة في Skranke. تُستخدم اللغة الافتراضية.
notice-overrides = { $count ->
    [zero] لا توجد ملفات نصوص خاصة غير مستخدمة.
    [one] لم يُستخدم ملف واحد من ملفات النصوص الخاصة. انظر «حول Skranke».
    [two] لم يُستخدم ملفان من ملفات النصوص الخاصة. انظر «حول Skranke».
    [few] لم تُستخدم { $count } ملفات من ملفات النصوص الخاصة. انظر «حول Skranke».
    [many] لم يُستخدم { $count } ملفًا من ملفات النصوص الخاصة. انظر «حول Skranke».
   *[other] لم يُستخدم { $count } ملف من ملفات النصوص الخاصة. انظر «حول Skranke».
}
notice-save-failed = تعذّر حفظ الإعدادات. { $reason }
notice-settings-unreadable = تعذّرت قراءة ملف الإعدادات، لذلك تُستخدم الإعدادات الافتراضية. لم يُغيَّر الملف.
notice-settings-fields = بعض الإعدادات غير صالحة، فتُستخدم قيمها الافتراضية: { $fields }. لم يُغيَّر الملف.
notice-policy-unreadable = تعذّر استخدام الإعدادات المشتركة لهذا الحاسوب من قسم تقنية المعلومات ({ $file })، لذلك تُطبَّق الإعدادات الافتراضية لـ Skranke. لم يُغيَّر الملف.
notice-policy-fields = بعض الإعدادات المشتركة لهذا الحاسوب من قسم تقنية المعلومات ({ $file }) غير صالحة ولا تُستخدم: { $fields }. لم يُغيَّر الملف.
notice-setting-locked = هذا الإعداد مقفل. يحدده { $who }.
notice-dismiss = حسنًا

## شريط الحالة

status-staff-language = لغتك: { $language }
status-citizen-language = لغة المواطن:
status-scale = النص { $percent } %

## حماية البيانات الشخصية

guard-cpr = يبدو النص مثل رقم CPR. لا تكتب أبدًا من هو المواطن: اكتب فقط ما تم فعله.
guard-phone = يبدو النص مثل رقم هاتف. لا تكتب أبدًا من هو المواطن. يمكنك كتابة التاريخ هكذا: 24.11.2025.
guard-email = يبدو النص مثل عنوان بريد إلكتروني. لا تكتب أبدًا من هو المواطن: اكتب فقط ما تم فعله.
guard-too-long = النص طويل جدًا (عدد الأحرف: { $length }). الحد الأقصى لعدد الأحرف: { $max }.

## شاشة المبادئ

nav-principles = المبادئ
principles-tab-list = المبادئ
principles-tab-visit = قائمة تحقق الزيارة ({ $count })
principles-tab-assessment = التقييم الذاتي للوحدة
principles-title = مبادئ المساواة في المعاملة
principles-intro = مبادئ بلدية كوبنهاغن العشرون للمساواة في المعاملة. اختر مبدأً لترى ما يمكنك فعله، وما هو مطبَّق في وحدتكم.
principles-filter = البحث في العناوين والملخصات
principles-no-match = لا توجد مبادئ تطابق «{ $filter }».
principles-entry-progress = البنود المطبَّقة في الوحدة: { $done } من { $total }
principles-back = › كل المبادئ
principles-at-the-desk = في مكتب الخدمة
principles-at-the-desk-hint = ضع علامة على ما فعلته للمواطن في هذه الزيارة. يُضاف ذلك عند تسجيل الزيارة.
principles-unit-desk = التقييم الذاتي للوحدة: هل نفعل هذا دائمًا؟
principles-unit-in-place = ما هو مطبَّق في وحدتكم
principles-unit-hint = اختر مدى تقدم الوحدة في كل بند. يمكنك كتابة تعليق قصير، لكن دون أسماء أو بيانات شخصية أخرى أبدًا.
principles-question = سؤال للتفكير
principles-show-original = عرض النص الأصلي
principles-hide-original = إخفاء النص الأصلي
principles-original = النص الأصلي لمبادئ بلدية كوبنهاغن (بالدنماركية)

## قائمة تحقق الزيارة

visit-title = قائمة تحقق الزيارة
visit-intro = ضع علامة على ما فعلته للمواطن في مكتب الخدمة الآن. عند تسجيل الزيارة تُضاف المبادئ. لا يُحفظ أي شيء عن هوية المواطن.
visit-served-none = لا توجد علامات بعد.
visit-served = المبادئ المستخدمة في هذه الزيارة: { $codes }
visit-reset = المواطن التالي: مسح قائمة التحقق

## التقييم الذاتي

assessment-title = التقييم الذاتي للوحدة
assessment-intro = إلى أي مدى تقدمت وحدتكم في كل مبدأ؟ يُحفظ كل تغيير مع وقته، حتى تتمكنوا من متابعة التقدم.
assessment-no-store = لا يمكن حفظ التقييم الذاتي لأن السجل غير متاح.
assessment-progress = البنود المطبَّقة: { $in_place } من { $total }، قيد التنفيذ: { $in_progress }، لم تبدأ: { $not_started }.
assessment-export = حفظ التقييم الذاتي
assessment-export-hint = كصفحة للطباعة، أو كملف CSV لجداول البيانات.
assessment-export-html = حفظ للطباعة (HTML) …
assessment-export-csv = حفظ كجدول بيانات (CSV) …
assessment-not-started = لم يبدأ
assessment-in-progress = قيد التنفيذ
assessment-in-place = مطبَّق
assessment-comment = تعليق على { $item } (اختياري)
assessment-comment-count = الأحرف: { $count } من { $max }
assessment-comment-save = حفظ التعليق
assessment-comment-saved = تم الحفظ.
assessment-changed = آخر تغيير { $date }
assessment-file-name = التقييم-الذاتي
assessment-report-title = التقييم الذاتي للوحدة: مبادئ المساواة في المعاملة
assessment-report-meta = الوحدة: { $unit }. التاريخ: { $date }.
assessment-overview = نظرة عامة
assessment-column-section = القسم
assessment-column-share = نسبة المطبَّق
assessment-column-item = البند
assessment-column-state = الحالة
assessment-column-comment = التعليق
assessment-column-changed = تاريخ التغيير

## حفظ الملفات

save-done = تم الحفظ: { $file }
save-failed = لم يُحفظ الملف. { $reason }
save-error-permission = ليس لديك إذن بالكتابة في هذا المجلد. اختر مجلدًا آخر.
save-error-disk-full = القرص ممتلئ. أفرغ بعض المساحة، أو اختر محركًا آخر.
save-error-no-folder = المجلد لم يعد موجودًا. اختر مجلدًا آخر.
save-error-other = حدث خطأ غير متوقع. حاول مرة أخرى، أو اطلب المساعدة من قسم IT.

## الأخطاء: ما الذي حدث، بكلمات واضحة. رسالة النظام الأصلية موجودة تحت «عرض التفاصيل» وفي سجل قسم IT.

error-store-locked = برنامج آخر يستخدم السجل الآن. حاول مرة أخرى بعد قليل.
error-store-read-only = ليس لدى Skranke إذن بالكتابة في مجلد السجل. اطلب الإذن من قسم IT.
error-store-disk-full = القرص ممتلئ. أفرغ بعض المساحة، ثم حاول مرة أخرى.
error-store-damaged = السجل تالف. استعِد نسخة احتياطية من «التصدير والأمان».
error-store-io = لم يستجب القرص. حاول مرة أخرى، أو اطلب المساعدة من قسم IT.
error-store-not-open = السجل غير مفتوح. انظر الرسالة في أعلى النافذة.
error-store-invalid = الإدخال لا يتبع قواعد السجل.
error-store-refused = رُفض النص لأنه يبدو مثل بيانات شخصية.
error-store-other = حدث خطأ غير متوقع في السجل. حاول مرة أخرى، أو اطلب المساعدة من قسم IT.
import-no-log = قاعدة البيانات من إصدار أقدم من Skranke لا يحتوي على سجل (المخطط { $version }). لم يُستورد أي شيء.
import-failed = لم يُستورد أي شيء. { $reason }
problem-details-show = عرض التفاصيل
problem-details-hide = إخفاء التفاصيل
problem-details = رسالة النظام الأصلية (لقسم IT):

## شاشة مكتب الخدمة

nav-desk = في مكتب الخدمة
nav-glossary = مسرد المصطلحات
desk-title = معلومات للمواطن
desk-citizen-language = لغة المواطن
desk-open-card = أشِر إلى لغتك
desk-panes = طريقة العرض
desk-side-by-side = الدنماركية ولغة المواطن
desk-citizen-only = لغة المواطن فقط
desk-large-text = نص أكبر
desk-topics = المواضيع
desk-handout-include = في ورقة المعلومات: { $topic }
desk-handout = ورقة معلومات للمواطن
desk-handout-hint = المواضيع المختارة بلغة المواطن وبالدنماركية، كصفحة للطباعة على ورق A4.
desk-handout-chosen = { $count ->
    [zero] لم يُختر أي موضوع
    [one] تم اختيار موضوع واحد
    [two] تم اختيار موضوعين
    [few] تم اختيار { $count } مواضيع
    [many] تم اختيار { $count } موضوعًا
   *[other] تم اختيار { $count } موضوع
}
desk-handout-save = حفظ ورقة المعلومات …
desk-sources = حول هذه المعلومات: المصادر والتواريخ
desk-back = › كل المواضيع
desk-previous = الموضوع السابق
desk-next = الموضوع التالي
sources-title = حول هذه المعلومات
sources-intro = تستند النصوص الدنماركية إلى هذه المصادر. وقد تُرجمت الترجمات عن النصوص الدنماركية.
sources-line = المصدر: { $source }. تاريخ التحقق: { $checked }.
sources-none = لم يُذكر مصدر.
handout-sources-title = المصادر
handout-sources-intro = تستند النصوص الدنماركية إلى هذه المصادر. يبيّن التاريخ متى تحققنا من المصدر آخر مرة.
handout-sources-line = { $heading }: { $source } – تم التحقق في { $checked }
handout-sources-none = { $heading }: لم يُذكر مصدر

## أشِر إلى لغتك

card-title = أشِر إلى لغتك
card-hint = اعرض الشاشة على المواطن ليشير إلى لغته. يُغلق المفتاح Esc هذه الشاشة.
card-close = إغلاق

## مسرد المصطلحات

glossary-title = مسرد المصطلحات
glossary-intro = كلمات من البلدية، مشروحة ببساطة. الدنماركية بجانب لغة المواطن. يمكنك البحث بأي لغة.
glossary-search = البحث في المسرد
glossary-count = الكلمات: { $shown } من { $total }

## سجل التواصل

nav-log = السجل
log-title = سجل التواصل مع المواطنين
log-tab-entry = تسجيل الزيارة
log-tab-list = السجل
log-tab-transfer = التصدير والأمان
log-training-mode = وضع التدريب
log-training-mode-on = تُعلَّم الإدخالات الجديدة كتدريب ولا تُحتسب في الإحصاءات.
log-training-mode-off = تُحتسب الإدخالات في مؤشرات المساواة الخاصة بالوحدة.
log-training-on-form = تدريب: هذا الإدخال معلَّم كتدريب.
log-no-store = السجل غير متاح. انظر الرسالة في الأعلى.
log-form-title = زيارة جديدة
log-form-edit-title = تصحيح إدخال
log-form-intro = معبَّأ من بيانات الزيارة. احفظ بالضغط على Ctrl+Enter. احفظ واستعد للمواطن التالي بالضغط على Ctrl+Shift+Enter. لا تكتب أبدًا من هو المواطن.
log-day = التاريخ (يوم/شهر/سنة)
log-today = اليوم
log-yesterday = أمس
log-day-invalid = تعذّرت قراءة التاريخ. اكتبه هكذا: 25/11/2026.
log-unit = الوحدة
log-unit-missing = اكتب اسم الوحدة.
log-channel = القناة
log-language = لغة المواطن
language-other = لغة أخرى
log-interpreter = المترجم الفوري
log-groups = الفئات التي تم الوصول إليها (اختياري)
log-groups-hint = فقط إذا كان ذلك واضحًا. لا تسأل المواطن أبدًا لمجرد ملء هذا الحقل.
log-topics = المواضيع التي حصل عليها المواطن
log-principles = المبادئ المستخدمة في الزيارة
log-handout = حصل المواطن على ورقة معلومات
log-outcome = النتيجة
log-duration = المدة
log-note = ملاحظة قصيرة (اختياري)
log-note-hint = ما الذي تم فعله، لا من هو الشخص. لا أسماء ولا أرقام CPR ولا عناوين ولا أرقام هواتف ولا عناوين بريد إلكتروني.
log-note-count = الأحرف: { $count } من { $max }
log-save = حفظ (Ctrl+Enter)
log-save-next = حفظ والانتقال إلى المواطن التالي (Ctrl+Shift+Enter)
log-cancel-edit = تجاهل التغييرات
log-form-has-errors = لم يُحفظ الإدخال. صحّح ما هو معلَّم باللون الأحمر بجانب الحقول.
log-saved = تم الحفظ: زيارة { $day }.
log-save-failed = لم يُحفظ الإدخال. { $reason }
log-list-title = الإدخالات، الأحدث أولًا
log-filters-show = عرض عوامل التصفية
log-filters-hide = إخفاء عوامل التصفية
log-filter-from = من تاريخ
log-filter-to = إلى تاريخ
log-filter-apply = استخدام التواريخ
log-filter-clear = مسح عوامل التصفية
log-filter-any = الكل
log-f-training = التدريب
log-f-training-include = مع التدريب
log-f-training-exclude = دون التدريب
log-f-training-only = التدريب فقط
log-count = { $count ->
    [zero] لا توجد إدخالات
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
    [many] { $count } إدخالًا
   *[other] { $count } إدخال
}
log-loading = جارٍ التحميل …
log-load-failed = تعذّر تحميل السجل. { $reason }
log-empty = لا توجد إدخالات مطابقة.
log-training-badge = تدريب
log-row-topics = المواضيع: { $topics }
log-row-groups = الفئات: { $groups }
log-row-principles = المبادئ: { $codes }
log-row-handout = تم تقديم ورقة معلومات
log-column-day = التاريخ
log-column-details = التفاصيل
log-column-actions = الإجراءات
log-edit = تصحيح
log-delete = حذف
log-deleted = حُذف الإدخال. يمكنك التراجع عن ذلك خلال 30 يومًا.
log-undo = التراجع عن الحذف
log-newer = الأحدث
log-older = الأقدم
log-page = الصفحة { $page }

## رموز السجل

channel-desk = مكتب الخدمة
channel-phone = الهاتف
channel-video = الفيديو
channel-letter-email = رسالة أو بريد إلكتروني
channel-outreach-event = فعالية تواصل
interpreter-none = دون مترجم
interpreter-in-person = مترجم حاضر
interpreter-phone = مترجم عبر الهاتف
interpreter-video = مترجم عبر الفيديو
interpreter-bilingual-staff = موظف ثنائي اللغة
outcome-solved = تم الحل
outcome-referred = أُحيل إلى جهة أخرى
outcome-follow-up = متابعة
duration-under-5 = أقل من 5 دقائق
duration-5-15 = 5–15 دقيقة
duration-15-30 = 15–30 دقيقة
duration-over-30 = أكثر من 30 دقيقة
group-newcomer = قادم جديد
group-language-support = يحتاج إلى دعم لغوي
group-digital-support = يحتاج إلى مساعدة رقمية
group-disability = إعاقة
group-mental-illness = مرض نفسي
group-elderly = كبار السن
group-homeless = بلا مأوى
group-other = فئة أخرى

## التصدير والدمج والنسخ الاحتياطي

export-title = تصدير السجل (CSV أو Excel)
export-hint = لتقارير الوحدة الخاصة أو لمنصة BI التابعة للبلدية. يرافقه دليل رموز بالدنماركية والإنجليزية: بجانب ملف CSV، أو كورقة ثانية في ملف Excel.
export-range-invalid = اكتب تاريخين صالحين، الأول قبل الأخير.
export-training = تضمين إدخالات التدريب
export-start = تصدير إلى CSV …
export-progress = تمت كتابة { $done } من { $total } …
import-title = دمج سجل مكتب خدمة آخر
import-hint = اختر ملف تصدير (CSV) أو قاعدة بيانات من مكتب خدمة آخر. تُتخطى الإدخالات الموجودة مسبقًا. إذا كان في الملف أخطاء، فلن يُستورد أي شيء.
import-start = اختيار ملف …
import-done = تم الدمج. إدخالات جديدة: { $added }، موجودة مسبقًا: { $present }.
import-not-an-export = الملف ليس ملف تصدير من Skranke. هذه الأعمدة مفقودة: { $columns }. لم يُستورد أي شيء.
import-unreadable = تعذّرت قراءة الملف بدءًا من السطر { $line }. هل هو ملف CSV من Skranke؟ لم يُستورد أي شيء.
import-database = لا يمكن استخدام قاعدة البيانات. { $reason } لم يُستورد أي شيء.
import-invalid = { $count ->
    [zero] لا توجد صفوف فيها أخطاء.
    [one] يوجد خطأ في صف واحد. لم يُستورد أي شيء.
    [two] توجد أخطاء في صفّين. لم يُستورد أي شيء.
    [few] توجد أخطاء في { $count } صفوف. لم يُستورد أي شيء.
    [many] توجد أخطاء في { $count } صفًّا. لم يُستورد أي شيء.
   *[other] توجد أخطاء في { $count } صف. لم يُستورد أي شيء.
}
import-invalid-line = السطر { $line }: { $problems }
import-invalid-more = … وصفوف أخرى عددها { $count }.
import-bad-value = في العمود { $column } قيمة غير صالحة «{ $value }»
backup-title = النسخ الاحتياطي
backup-automatic = يأخذ Skranke نسخة احتياطية تلقائيًا كل يوم. تُحفظ آخر 7 نسخ في { $folder }.
backup-start = أخذ نسخة احتياطية …
restore-start = الاستعادة من نسخة احتياطية …
restore-hint = عند الاستعادة يُفحص الملف أولًا. وتُحفظ قاعدة البيانات الحالية بجانبه، فلا يضيع شيء.
restore-done = تمت استعادة النسخة الاحتياطية. حُفظت قاعدة البيانات السابقة باسم { $aside }.
restore-failed = لم تتم استعادة النسخة الاحتياطية. { $reason }

## دليل رموز التصدير

codebook-id = المعرّف الفريد للإدخال (UUID v7). المعرّف نفسه في كل مكاتب الخدمة، فلا يُحتسب أي إدخال مرتين عند الدمج.
codebook-day = يوم التواصل (YYYY-MM-DD).
codebook-created_at = وقت كتابة الإدخال (UTC).
codebook-unit = الوحدة التي سجّلت التواصل.
codebook-channel = قناة التواصل.
codebook-language = لغة المواطن.
codebook-interpreter = المترجم الفوري في أثناء التواصل.
codebook-outcome = نتيجة التواصل.
codebook-duration = مدة التواصل.
codebook-handout = هل حصل المواطن على ورقة معلومات (1 = نعم، 0 = لا).
codebook-note = ملاحظة قصيرة عمّا تم فعله. لا بيانات شخصية أبدًا.
codebook-training = سُجّل في وضع التدريب (1 = نعم، 0 = لا). لا يُحتسب تواصلًا مع المواطنين.
codebook-groups = الفئات التي تم الوصول إليها، مفصولة بفواصل منقوطة (اختياري).
codebook-topics = المواضيع التي حصل عليها المواطن، مفصولة بفواصل منقوطة.
codebook-principles = المبادئ (1a–1f) المستخدمة في التواصل، مفصولة بفواصل منقوطة.
codebook-yes = نعم
codebook-no = لا

## مؤشرات المساواة

nav-indicators = المؤشرات
indicators-title = مؤشرات المساواة في المعاملة
indicators-intro = هل تصل خدمات الوحدة إلى جميع الفئات؟ الأرقام مأخوذة من السجل. لا تُحتسب إدخالات التدريب والإدخالات المحذوفة.
indicators-period = الفترة
indicators-period-month = شهر
indicators-period-quarter = ربع سنة
indicators-period-year = سنة
indicators-period-custom = فترة مخصصة
indicators-previous = › السابق
indicators-next = التالي ‹
indicators-month-label = { $month } { $year }
indicators-quarter-label = الربع { $quarter } من عام { $year }
indicators-month-short = { $month } { $year }
indicators-all-units = كل الوحدات
indicators-computing = جارٍ حساب المؤشرات …
indicators-failed = تعذّر حساب المؤشرات. { $reason }
indicators-total = عدد حالات التواصل في { $period }: { $count }.
indicators-export = حفظ المؤشرات
indicators-export-hint = كتقرير للطباعة مع رسوم بيانية وجداول، أو كأرقام في ملف CSV أو في مصنف Excel.
indicators-export-html = حفظ التقرير (HTML) …
indicators-export-csv = حفظ الأرقام (CSV) …
indicators-report-meta = الفترة: { $period }. الوحدة: { $unit }. لا تُحتسب إدخالات التدريب والإدخالات المحذوفة.
chart-show-table = عرض كجدول
chart-show-chart = عرض كرسم بياني
table-what = البند
table-contacts = حالات التواصل
table-share = النسبة
table-baseline = النسبة في المنطقة
table-reach = مدى الوصول (1 = كما في المنطقة)
table-month = الشهر
table-language = اللغة
table-with-interpreter = مع مترجم
table-share-with-interpreter = النسبة مع مترجم
table-principle = المبدأ
series-with-interpreter = مع مترجم
series-without-interpreter = دون مترجم
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
chart-contacts-per-month-title = حالات التواصل في كل شهر
chart-contacts-per-month-axis = حالات التواصل
chart-contacts-by-language-title = حالات التواصل حسب لغة المواطن
chart-contacts-by-language-axis = عدد حالات التواصل
chart-interpreter-share-by-language-title = المترجم حسب اللغة
chart-interpreter-share-by-language-axis = حالات التواصل مع مترجم ودون مترجم
chart-groups-reached-title = الفئات التي تم الوصول إليها
chart-groups-reached-axis = حالات التواصل التي وصلت إلى الفئة
chart-topics-given-title = المواضيع التي حصل عليها المواطنون
chart-topics-given-axis = حالات التواصل التي تناولت الموضوع
chart-channel-mix-title = القنوات
chart-channel-mix-axis = حالات التواصل حسب القناة
chart-outcomes-title = النتائج
chart-outcomes-axis = حالات التواصل حسب النتيجة
chart-principles-served-title = الزيارات التي طبّقت كل مبدأ (1a–1f)
chart-principles-served-axis = نسبة حالات التواصل (%)
chart-self-assessment-title = التقييم الذاتي للوحدة حسب القسم
chart-self-assessment-axis = البنود
baseline-title = خط الأساس (اختياري)
baseline-hint = اكتب نسبة لغة أو فئة في المنطقة بالمئة، مثلًا من إحصاءات البلدية. عندها تبيّن الجداول هل تصل الوحدة إلى الفئة بقدر نسبتها في المنطقة. لا تُستخدم الحقول الفارغة.
baseline-open = عرض خط الأساس
baseline-close = إخفاء خط الأساس
baseline-field = { $name } (% من المنطقة)
baseline-invalid = يجب أن تحتوي هذه الحقول على رقم من 0 إلى 100: { $names }
baseline-save = حفظ خط الأساس

## وضع التدريب

nav-training = التدريب
training-title = تدريب تمهيدي للموظفين الجدد
training-tab-presentation = العرض التقديمي
training-tab-cases = الحالات
training-tab-quiz = الاختبار
training-tab-sessions = الجلسات
presentation-heading = عرض تقديمي لجهاز العرض
presentation-intro = شرائح بخط كبير (عددها { $count }): ما المساواة في المعاملة، وشكلا التمييز، ومن هم المعرّضون للخطر، والمبادئ العشرون، ولماذا.
presentation-keys = تنقّل بين الشرائح بمفاتيح الأسهم و Page Up/Page Down ومفتاح المسافة. ينتقل Home و End إلى الشريحة الأولى والأخيرة. يعرض F11 الشرائح بملء الشاشة. يخرج Esc من ملء الشاشة، ثم ينهي العرض.
presentation-start = بدء العرض التقديمي
presentation-continue = المتابعة من الشريحة { $slide }
presentation-title = المساواة في المعاملة في Borgerservice
presentation-subtitle = معاملة متساوية – لكن ليست متطابقة. مبادئ بلدية كوبنهاغن مطبَّقةً في مكتب الخدمة.
presentation-section = القسم { $number }
presentation-example = مثال من مكتب الخدمة
presentation-counter = الشريحة { $slide } من { $total }
presentation-previous = › السابق
presentation-next = التالي ‹
presentation-close = إنهاء (Esc)
cases-intro = مواقف قصيرة من مكتب الخدمة للنقاش. اختر حالة. تظهر المبادئ المتعلقة بها بعد أن تناقشوها.
cases-seen = نوقشت في هذه الجلسة
cases-back = › كل الحالات
cases-counter = الحالة { $case } من { $total }
cases-questions = أسئلة للنقاش
cases-show-principles = عرض المبادئ
cases-hide-principles = إخفاء المبادئ
cases-previous = الحالة السابقة
cases-next = الحالة التالية
quiz-counter = السؤال { $question } من { $total }
quiz-answer = إجابة
quiz-right = صحيح!
quiz-wrong = غير صحيح.
quiz-right-option = { $option } (الإجابة الصحيحة)
quiz-next = السؤال التالي
quiz-finish = عرض النتيجة
quiz-done = انتهى الاختبار
quiz-score = الإجابات الصحيحة: { $right } من { $total }
quiz-score-hint = تُحفظ نتيجة المجموعة فقط عند تسجيل الجلسة. دون أسماء.
quiz-restart = إعادة الاختبار
training-session-title = تسجيل الجلسة
training-session-hint = التاريخ والوحدة وعدد المشاركين وما تناولتموه. دون أسماء أبدًا. تُحتسب الجلسات مؤشرًا للتدريب التمهيدي، لا تواصلًا مع المواطنين.
training-session-participants = عدد المشاركين
training-session-covered = ما تناولتموه
training-session-case = الحالة: { $case }
training-session-score = متوسط نتيجة المجموعة في الاختبار (%)
training-session-save = حفظ الجلسة
training-session-saved = تم حفظ الجلسة.
training-session-day-invalid = تعذّرت قراءة التاريخ. اكتبه هكذا: 25/11/2026.
training-session-participants-invalid = اكتب عدد المشاركين رقمًا من 1 إلى 1000.
training-session-score-invalid = يجب أن يكون المتوسط رقمًا من 0 إلى 100.
training-session-nothing-covered = اختر شيئًا واحدًا على الأقل تناولتموه.
training-sessions-title = الجلسات المسجَّلة
training-sessions-none = لا توجد جلسات مسجَّلة بعد.
training-sessions-line = { $day } · { $unit } · المشاركون: { $participants }
training-sessions-cases = { $count ->
    [zero] لا حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالةً
   *[other] { $count } حالة
}
training-sessions-quiz-score = الاختبار ({ $score } % صحيح)
training-sessions-export = حفظ الجلسات (CSV) …
chart-onboarding-sessions-title = جلسات تمهيدية عن المساواة في المعاملة
chart-onboarding-sessions-axis = المشاركون
table-sessions = الجلسات
table-participants = المشاركون

## The command line (skranke log export, backup, restore, indicators)

cli-exported = { $count ->
    [one] تم تصدير تسجيل واحد.
   *[other] تم تصدير { $count } تسجيلات.
}
cli-no-log = لا يوجد سجل في { $folder }. حدّد مجلد السجل باستخدام ‎--data-dir.
cli-log-in-use = السجل مفتوح في Skranke. أغلق Skranke على هذا الحاسوب وحاول مرة أخرى. لم يتغير شيء.

## l10n: skranke l10n export / import (XLIFF للمترجمين)

l10n-unknown-language = لا توجد في Skranke لغة «{ $tag }». اللغات المعروفة: { $known }.
l10n-master-language = الدنماركية هي اللغة الأصلية، فلا يوجد ما يُترجَم. اختر لغة أخرى.
l10n-exported = عدد النصوص المكتوبة في { $file }: { $count }.
l10n-unreadable = تعذّرت قراءة الملف { $file }. هل هو موجود، وهل يحق لك قراءته؟
l10n-not-text = الملف { $file } ليس ملف XLIFF: إنه ليس نصًا بترميز UTF-8.
l10n-refused = لم يُستورَد الملف لأن فيه أخطاء. عدد الأخطاء: { $count }. لم يتغير شيء.
l10n-imported = تم الاستيراد ({ $language }): الوحدات المقروءة: { $units }، النصوص المعدّلة: { $changed }، النصوص التي راجعها مترجم: { $reviewed }.
l10n-written = كُتب: { $file }
l10n-backup = حُفظت الملفات السابقة في { $folder }.
l10n-no-backup = لم تكن هناك ملفات سابقة لحفظها.
l10n-problem-in-unit = { $file }، { $unit }: { $problem }
l10n-problem-in-file = { $file }: { $problem }
l10n-problem-malformed = الملف ليس XML صالحًا (السطر { $line }).
l10n-problem-not-xliff = الملف ليس ملف XLIFF.
l10n-problem-xliff-version = الملف بصيغة XLIFF { $version }. يقرأ Skranke صيغة XLIFF 1.2. احفظ الملف بصيغة XLIFF 1.2 في برنامج الترجمة.
l10n-problem-no-units = لا توجد في الملف نصوص للترجمة.
l10n-problem-no-locale = لا يذكر الملف اللغة التي تُرجم إليها (target-language).
l10n-problem-unknown-locale = لا توجد في Skranke لغة «{ $tag }».
l10n-problem-master-locale = الملف باللغة الدنماركية. الدنماركية هي اللغة الأصلية ولا يمكن استيرادها.
l10n-problem-mixed-locales = يخلط الملف بين لغتين: { $first } و{ $other }. استورد لغة واحدة في كل مرة.
l10n-problem-not-from-danish = لغة المصدر هي «{ $tag }». يترجم Skranke من الدنماركية (da) فقط.
l10n-problem-unknown-file = لا يوجد في Skranke ملف نصوص بهذا الاسم لهذه اللغة.
l10n-problem-duplicate-file = يرد ملف النصوص هذا مرتين في الملف.
l10n-problem-missing-id = الوحدة في السطر { $line } ليس لها معرّف.
l10n-problem-unknown-id = لا يوجد في Skranke نص بهذا المعرّف.
l10n-problem-unknown-variant = لا توجد في اللغة الصيغة «{ $key }». الصيغ الممكنة: { $allowed }.
l10n-problem-duplicate-unit = ترد هذه الوحدة مرتين.
l10n-problem-wrong-language = الترجمة معلَّمة بلغة «{ $tag }»، لا بلغة الملف.
l10n-problem-unknown-state = حالة غير معروفة: «{ $state }».
l10n-problem-unknown-phase = المرحلة «{ $phase }» غير موجودة في رأس الملف.
l10n-problem-markup = التنسيق (<{ $element }>) غير مسموح به. استخدم الرموز الموجودة في النص الدنماركي فقط.
l10n-problem-bad-code = { $code } ليس رمزًا صالحًا.
l10n-problem-missing-code = الرمز { $code } ناقص. يجب أن يرد في الترجمة كما هو في النص الدنماركي.
l10n-problem-unexpected-code = الرمز { $code } غير موجود في النص الدنماركي.
l10n-problem-empty = الترجمة فارغة.
l10n-problem-syntax = لا يمكن قراءة الترجمة كنص Fluent.
l10n-problem-variables = يستخدم النص متغيرات مختلفة عن النص الدنماركي: المتوقع { $expected }، الموجود { $found }.
l10n-problem-missing-default = الصيغة الافتراضية «{ $key }» ناقصة.
l10n-problem-write = تعذّرت كتابة { $file }. { $reason } لم يتغير شيء.

## Issue 17: training, window, safety nets and characters (points 6 to 9)

guard-undrawable = الحرف رقم { $position } ({ $code }) غير موجود في خطوط Skranke (وهو مثلًا رمز تعبيري أو رمز نادر)، لذلك قد يظهر كمربع فارغ. اكتبه بالكلمات بدلًا من ذلك.
presentation-full-screen = ملء الشاشة (F11)
presentation-leave-full-screen = الخروج من ملء الشاشة (Esc)
presentation-end = إنهاء
quiz-choose-first = اختر أولًا إحدى الإجابات أعلاه.
training-banner-title = وضع التدريب
training-banner-text = تُعلَّم الإدخالات الجديدة كتدريب ولا تُحتسب. أوقفه من السجل.
closing-title = هل تريد إغلاق Skranke؟
closing-unsaved-log = الإدخال في السجل غير محفوظ.
closing-unsaved-session = الجلسة في التدريب غير محفوظة.
closing-question = إذا أغلقت الآن، فسيضيع.
closing-keep = العودة إلى النموذج
closing-discard = تجاهل وإغلاق
about-key-full-screen = عرض الشرائح بملء الشاشة. يخرج Esc من ملء الشاشة.
about-key-undo = التراجع عن آخر حذف في السجل.
about-key-quit = إغلاق Skranke. إذا كان هناك شيء غير محفوظ، يسألك Skranke أولًا.

## Issue 17: desk and handout (never silent, print, places to get help) and "Log this visit"

desk-log-visit = تسجيل هذه الزيارة (Ctrl+B)
desk-interpreter = المترجم الفوري في هذه الزيارة
desk-handout-print = طباعة …
desk-handout-none-chosen = اختر أولًا موضوعًا واحدًا على الأقل لورقة المعلومات: ضع علامة عند المواضيع أعلاه.
desk-handout-open = فتح ورقة المعلومات
desk-handout-open-failed = تعذّر فتح ورقة المعلومات. ابحث عن الملف في المجلد المذكور أعلاه وافتحه بنفسك.
desk-handout-print-opened = ورقة المعلومات مفتوحة في متصفحك وجاهزة للطباعة. اختر الطابعة واطبع.
desk-handout-print-not-opened = تعذّر فتح ورقة المعلومات في متصفح. إنها هنا: { $file }. افتحها واطبعها من هناك.
desk-handout-print-failed = تعذّر تجهيز ورقة المعلومات للطباعة. { $reason }
save-done-instead = تعذّر فتح نافذة الحفظ. حُفظ الملف هنا بدلًا من ذلك: { $file }
log-same-as-last = مثل التسجيل الأخير (Ctrl+D)
log-same-as-last-none = لا يوجد تسجيل سابق بعد.
settings-unit-empty = اكتب اسم الوحدة. لا يمكن للسجل حفظ زيارة بدون وحدة.
about-key-log-visit = تسجيل هذه الزيارة: نموذج السجل، معبأ من الزيارة.
about-key-same-as-last = في نموذج السجل: املأه مثل التسجيل الأخير.

## Issue 17: errors where the eye is, numbers and dates, exports for Excel

log-note-remaining = الأحرف المتبقية: { $remaining } من { $max }
log-note-near-limit = اقتربت الملاحظة من الحد: الأحرف المتبقية { $remaining } فقط من { $max }.
log-note-over = الأحرف الزائدة: { $over }. الحد الأقصى للملاحظة { $max } حرفًا.
log-form-fix-fields = صحّح الحقول التي فيها أخطاء أعلاه. انتقل التركيز إلى أولها.
chart-values-key = الأرقام بجانب الأعمدة: { $columns }.
export-column-id = المعرّف
export-column-day = التاريخ
export-column-created_at = وقت التسجيل (UTC)
export-column-unit = الوحدة
export-column-channel = القناة
export-column-language = اللغة
export-column-interpreter = المترجم الفوري
export-column-outcome = النتيجة
export-column-duration = المدة
export-column-handout = ورقة المعلومات
export-column-note = الملاحظة
export-column-training = التدريب
export-column-groups = الفئات
export-column-topics = المواضيع
export-column-principles = المبادئ
codebook-column-column = العمود
codebook-column-code = الرمز
codebook-column-da = بالدنماركية
codebook-column-en = بالإنجليزية
indicators-column-indicator = المؤشر
indicators-column-key = المفتاح
indicators-column-label = التسمية
indicators-column-column = العمود
indicators-column-value = القيمة
indicators-column-title = العنوان
indicators-column-axis = ما تبيّنه الأعمدة
indicators-column-percent = { $column } (%)
csv-separator = الفاصل في ملف CSV
csv-separator-semicolon = فاصلة منقوطة (;)، لبرنامج Excel بالدنماركية
csv-separator-comma = فاصلة (,)، لبرنامج Excel بالإنجليزية
export-xlsx = تصدير إلى ملف Excel …
indicators-export-xlsx = حفظ الأرقام (Excel) …
sheet-log = السجل
sheet-codebook = دليل الرموز
sheet-indicators = المؤشرات
assessment-csv-principle = المبدأ
assessment-csv-item-text = نص البند
sessions-column-id = المعرّف
sessions-column-day = التاريخ
sessions-column-unit = الوحدة
sessions-column-participants = المشاركون
sessions-column-presentation = العرض (1 = نعم)
sessions-column-cases = الحالات
sessions-column-quiz = الاختبار (1 = نعم)
sessions-column-quiz-score = الاختبار، المتوسط (%)
