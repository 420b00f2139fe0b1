# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.
# Every headword shows the Danish term in parentheses, or is the Danish name itself.

## شہری اور شناخت (Citizen and identity)

term-cpr-number-name = CPR نمبر (CPR-nummer)
term-cpr-number-text = ڈنمارک میں آپ کا ذاتی نمبر۔ آپ اسے بلدیہ میں، ڈاکٹر کے پاس اور بینک میں استعمال کرتے ہیں۔
term-health-card-name = ہیلتھ کارڈ (Sundhedskort)
term-health-card-text = ایک پیلا کارڈ جس پر آپ کا CPR نمبر اور آپ کے ڈاکٹر کا نام ہوتا ہے۔ اسے ڈاکٹر کے پاس ساتھ لے جائیں۔
term-blue-health-card-name = نیلا یورپی ہیلتھ انشورنس کارڈ (Blåt EU-sygesikringskort)
term-blue-health-card-text = ایک نیلا کارڈ جو آپ اس وقت استعمال کرتے ہیں جب آپ یورپ میں سفر کے دوران بیمار ہو جائیں۔
term-passport-name = پاسپورٹ (Pas)
term-passport-text = آپ کے ملک کا ایک کاغذ جو دکھاتا ہے کہ آپ کون ہیں۔ آپ اسے سفر کرتے وقت استعمال کرتے ہیں۔
term-driving-licence-name = ڈرائیونگ لائسنس (Kørekort)
term-driving-licence-text = ایک کارڈ جو دکھاتا ہے کہ آپ گاڑی چلا سکتے ہیں۔ یہ یہ بھی دکھاتا ہے کہ آپ کون ہیں۔
term-id-document-name = شناختی کاغذ (Legitimation)
term-id-document-text = تصویر والا ایک کاغذ جو دکھاتا ہے کہ آپ کون ہیں۔ یہ پاسپورٹ یا ڈرائیونگ لائسنس ہو سکتا ہے۔
term-residence-permit-name = رہائش کا اجازت نامہ (Opholdstilladelse)
term-residence-permit-text = ثبوت کہ آپ کو ڈنمارک میں رہنے کی اجازت ہے۔
term-registration-certificate-name = رجسٹریشن سرٹیفکیٹ (Registreringsbevis)
term-registration-certificate-text = ثبوت کہ یورپی یونین (EU) کے شہری کے طور پر آپ کو ڈنمارک میں رہنے کا حق ہے۔
term-registered-address-name = رجسٹر شدہ پتا (Folkeregisteradresse)
term-registered-address-text = وہ پتا جہاں آپ رہتے ہیں اور جو بلدیہ نے لکھ رکھا ہے۔ خط اور کارڈ وہاں بھیجے جاتے ہیں۔
term-moving-name = گھر بدلنا (Flytning)
term-moving-text = آپ کسی نئی جگہ جاتے ہیں۔ پھر آپ کو بلدیہ کو اپنا نیا پتا بتانا ہوتا ہے۔
term-lease-name = کرایہ نامہ (Lejekontrakt)
term-lease-text = ایک کاغذ جس پر آپ اور مالک مکان دستخط کرتے ہیں کہ آپ گھر کرائے پر لے رہے ہیں۔ اس سے پتا چل سکتا ہے کہ آپ کہاں رہتے ہیں۔
term-documentation-name = ثبوت کے کاغذات (Dokumentation)
term-documentation-text = کاغذات جو دکھاتے ہیں کہ کوئی بات سچ ہے۔ مثال کے طور پر پاسپورٹ یا کرایہ نامہ۔

## ڈیجیٹل (Digital)

term-mitid-name = MitID
term-mitid-text = آپ کی ڈیجیٹل شناخت۔ آپ اسے بلدیہ، بینک اور borger.dk میں لاگ اِن کرنے کے لیے استعمال کرتے ہیں۔
term-code-display-name = کوڈ دکھانے والا آلہ (Kodeviser)
term-code-display-text = ایک چھوٹا آلہ جو ایک کوڈ دکھاتا ہے۔ آپ اسے MitID ایپ کی جگہ استعمال کر سکتے ہیں۔
term-audio-code-reader-name = کوڈ پڑھنے والا آلہ (Kodeoplæser)
term-audio-code-reader-text = ایک چھوٹا آلہ جو کوڈ اونچی آواز میں پڑھتا ہے۔ یہ اچھا ہے اگر آپ کوڈ دیکھ نہیں سکتے۔
term-mitid-chip-name = MitID چِپ (MitID-chip)
term-mitid-chip-text = ایک چھوٹی چِپ جس سے آپ ایپ کے بغیر MitID کے ساتھ لاگ اِن کر سکتے ہیں۔
term-digital-post-name = Digital Post (آن لائن سرکاری ڈاک)
term-digital-post-text = بلدیہ اور دوسرے سرکاری اداروں کے خط جو آپ کاغذ کی جگہ انٹرنیٹ پر پڑھتے ہیں۔
term-digital-post-exemption-name = Digital Post سے چھوٹ (Fritagelse for Digital Post)
term-digital-post-exemption-text = اس صورت میں آپ کو اپنے خط انٹرنیٹ کی جگہ کاغذ پر ملتے ہیں۔ آپ اس کی درخواست Borgerservice (شہری خدمات) میں دیتے ہیں۔
term-relative-access-name = قریبی لوگوں کے لیے رسائی (Adgang for pårørende)
term-relative-access-text = آپ کسی ایسے شخص کو، جس پر آپ کو بھروسا ہو، اپنی Digital Post پڑھنے کی اجازت دیتے ہیں۔
term-borger-dk-name = borger.dk
term-borger-dk-text = سرکاری شعبے کی ویب سائٹ۔ یہاں آپ اپنے حقوق کے بارے میں پڑھ سکتے ہیں اور چیزوں کے لیے درخواست دے سکتے ہیں۔
term-self-service-name = سیلف سروس (Selvbetjening)
term-self-service-text = جب آپ خود انٹرنیٹ پر کسی چیز کے لیے درخواست دیتے ہیں۔ ہم کاؤنٹر پر آپ کی مدد کر سکتے ہیں۔
term-nemkonto-name = NemKonto
term-nemkonto-text = آپ کا بینک اکاؤنٹ جس میں آپ کو سرکاری شعبے سے پیسے ملتے ہیں۔

## بلدیہ اور آپ کا معاملہ (The municipality and your case)

term-citizen-service-name = شہری خدمات (Borgerservice)
term-citizen-service-text = وہ جگہ جہاں آپ بلدیہ سے مل سکتے ہیں اور مدد لے سکتے ہیں۔ آپ ابھی یہیں ہیں۔
term-municipality-name = بلدیہ (Kommune)
term-municipality-text = یہ سرکاری شعبے کا وہ حصہ ہے جو آپ کے قریب ہے۔ آپ کوپن ہیگن بلدیہ میں رہتے ہیں۔
term-caseworker-name = کیس ورکر (Sagsbehandler)
term-caseworker-text = بلدیہ کا وہ شخص جو آپ کے معاملے پر کام کرتا ہے۔
term-decision-name = فیصلہ (Afgørelse)
term-decision-text = آپ کے معاملے میں بلدیہ کا جواب۔ یہ اکثر آپ کو خط میں ملتا ہے۔
term-deadline-name = آخری تاریخ (Frist)
term-deadline-text = وہ آخری دن جب آپ کوئی کام کر سکتے ہیں۔ مثال کے طور پر کوئی کاغذ بھیجنا یا شکایت کرنا۔
term-appointment-name = ملاقات کا وقت (Tid)
term-appointment-text = بلدیہ کے ساتھ ایک ملاقات جو آپ نے ایک دن اور ایک وقت پر طے کی ہے۔
term-power-of-attorney-name = مختار نامہ (Fuldmagt)
term-power-of-attorney-text = ایک کاغذ جس میں آپ کسی دوسرے شخص کو اجازت دیتے ہیں کہ وہ آپ کی جگہ کوئی معاملہ سنبھالے۔
term-digital-power-of-attorney-name = ڈیجیٹل مختار نامہ (Digital Fuldmagt)
term-digital-power-of-attorney-text = انٹرنیٹ پر مختار نامہ۔ اس سے کوئی دوسرا شخص سرکاری سیلف سروس میں آپ کی مدد کر سکتا ہے۔
term-companion-name = ساتھی (Bisidder)
term-companion-text = وہ شخص جسے آپ بلدیہ کے ساتھ میٹنگ میں ساتھ لاتے ہیں۔ یہ شخص آپ کا ساتھ دیتا ہے۔
term-right-to-be-heard-name = فریق کی سنوائی (Partshøring)
term-right-to-be-heard-text = بلدیہ کچھ فیصلہ کرنے سے پہلے آپ کو آپ کے معاملے کی معلومات دکھاتی ہے۔ پھر آپ جواب دے سکتے ہیں۔
term-access-to-file-name = فائل دیکھنے کا حق (Aktindsigt)
term-access-to-file-text = اپنے معاملے کے کاغذات دیکھنے کا آپ کا حق۔
term-consent-name = رضامندی (Samtykke)
term-consent-text = آپ کسی بات کے لیے ہاں کہتے ہیں۔ مثال کے طور پر یہ کہ ہم آپ کے معاملے کے بارے میں کسی اور سے بات کر سکتے ہیں۔
term-doctor-name = ڈاکٹر (Læge)
term-doctor-text = آپ کا اپنا ڈاکٹر۔ جب آپ بیمار ہوں تو آپ پہلے اپنے ڈاکٹر کے پاس جاتے ہیں۔
term-international-house-name = International House Copenhagen
term-international-house-text = کوپن ہیگن میں ایک جگہ جہاں بیرون ملک سے آنے والے نئے شہری مدد لے سکتے ہیں۔ وہاں آپ CPR نمبر حاصل کر سکتے ہیں۔
term-danish-education-name = ڈینش زبان کی تعلیم (Danskuddannelse)
term-danish-education-text = ان بالغ لوگوں کے لیے ڈینش زبان کی کلاسیں جو ڈنمارک میں نئے ہیں۔

## ترجمان (Interpreter)

term-interpreter-name = ترجمان (Tolk)
term-interpreter-text = ایک شخص جو ڈینش میں کہی گئی بات آپ کی زبان میں بتاتا ہے، اور آپ کی بات ڈینش میں۔
term-phone-interpreter-name = فون پر ترجمان (Telefontolk)
term-phone-interpreter-text = ایک ترجمان جس سے آپ فون پر بات کرتے ہیں۔ ترجمان کمرے میں نہیں ہوتا۔
term-video-interpreter-name = ویڈیو پر ترجمان (Videotolk)
term-video-interpreter-text = ایک ترجمان جسے آپ اسکرین پر دیکھتے اور سنتے ہیں۔
term-sign-language-interpreter-name = اشاروں کی زبان کا ترجمان (Tegnsprogstolk)
term-sign-language-interpreter-text = ایک ترجمان جو بولی جانے والی بات اور اشاروں کی زبان کے درمیان ترجمانی کرتا ہے۔

## برابر سلوک اور شکایت (Equal treatment and complaints)

term-equal-treatment-name = برابر سلوک (Ligebehandling)
term-equal-treatment-text = سب کو برابر اچھی سروس ملتی ہے۔ اسے حاصل کرنے کے لیے کچھ لوگوں کو دوسروں سے زیادہ مدد چاہیے ہوتی ہے۔
term-discrimination-name = امتیازی سلوک (Diskrimination)
term-discrimination-text = کسی کے ساتھ دوسروں سے زیادہ برا سلوک کیا جاتا ہے۔ مثال کے طور پر زبان، عقیدے، جلد کے رنگ یا معذوری کی وجہ سے۔
term-complaint-name = شکایت (Klage)
term-complaint-text = آپ کہتے ہیں کہ آپ بلدیہ کے جواب سے متفق نہیں ہیں۔ یا آپ کہتے ہیں کہ آپ کے ساتھ برا سلوک ہوا ہے۔
term-complaint-guidance-name = شکایت کی ہدایات (Klagevejledning)
term-complaint-guidance-text = خط میں ایک تحریر۔ یہ بتاتی ہے کہ آپ کیسے اور کب شکایت کر سکتے ہیں۔
term-citizens-advisor-name = شہری مشیر (Borgerrådgiver)
term-citizens-advisor-text = کوپن ہیگن بلدیہ میں ایک جگہ۔ اگر آپ کسی شکایت کے جواب سے خوش نہیں ہیں تو آپ وہاں جا سکتے ہیں۔
term-equal-treatment-board-name = برابر سلوک کا بورڈ (Ligebehandlingsnævnet)
term-equal-treatment-board-text = ایک بورڈ جہاں آپ امتیازی سلوک کی شکایت مفت کر سکتے ہیں۔ آپ شکایت لکھ کر کرتے ہیں۔
term-human-rights-institute-name = ڈنمارک کا انسانی حقوق کا ادارہ (Institut for Menneskerettigheder)
term-human-rights-institute-text = ایک ادارہ جو امتیازی سلوک کے بارے میں مشورہ دیتا ہے۔ مثال کے طور پر جنس، نسل یا نسلی پس منظر کی وجہ سے۔
term-ombudsman-name = پارلیمنٹ کا محتسب (Folketingets Ombudsmand)
term-ombudsman-text = ایک جگہ جہاں آپ سرکاری اداروں کے بارے میں شکایت کر سکتے ہیں۔
