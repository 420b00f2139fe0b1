# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.

## شہری اور شناخت (Citizen and identity)

term-cpr-number-name = CPR نمبر
term-cpr-number-text = ڈنمارک میں آپ کا ذاتی نمبر۔ آپ اسے بلدیہ میں، ڈاکٹر کے پاس اور بینک میں استعمال کرتے ہیں۔
term-health-card-name = ہیلتھ کارڈ (sundhedskort)
term-health-card-text = ایک پیلا کارڈ جس پر آپ کا CPR نمبر اور آپ کے ڈاکٹر کا نام ہوتا ہے۔ اسے ڈاکٹر کے پاس ساتھ لے جائیں۔
term-passport-name = پاسپورٹ
term-passport-text = آپ کے ملک کا ایک کاغذ جو دکھاتا ہے کہ آپ کون ہیں۔ آپ اسے سفر کرتے وقت استعمال کرتے ہیں۔
term-id-document-name = شناختی کاغذ
term-id-document-text = تصویر والا ایک کاغذ جو دکھاتا ہے کہ آپ کون ہیں۔ یہ پاسپورٹ یا ڈرائیونگ لائسنس ہو سکتا ہے۔
term-residence-permit-name = رہائش کا اجازت نامہ
term-residence-permit-text = ثبوت کہ آپ کو ڈنمارک میں رہنے کی اجازت ہے۔
term-registration-certificate-name = رجسٹریشن سرٹیفکیٹ
term-registration-certificate-text = ثبوت کہ یورپی یونین (EU) کے شہری کے طور پر آپ کو ڈنمارک میں رہنے کا حق ہے۔
term-registered-address-name = رجسٹر شدہ پتا
term-registered-address-text = وہ پتا جہاں آپ رہتے ہیں اور جو بلدیہ نے لکھ رکھا ہے۔ خط اور کارڈ وہاں بھیجے جاتے ہیں۔
term-moving-name = گھر بدلنا
term-moving-text = جب آپ گھر بدلیں تو آپ کو بلدیہ کو اپنا نیا پتا بتانا ہوگا۔
term-lease-name = کرایہ نامہ
term-lease-text = ایک کاغذ جس پر آپ اور مالک مکان دستخط کرتے ہیں جب آپ گھر کرائے پر لیتے ہیں۔ اس سے پتا چل سکتا ہے کہ آپ کہاں رہتے ہیں۔
term-documentation-name = ثبوت کے کاغذات
term-documentation-text = کاغذات جو دکھاتے ہیں کہ کوئی بات سچ ہے۔ مثال کے طور پر پاسپورٹ یا کرایہ نامہ۔

## ڈیجیٹل (Digital)

term-mitid-name = MitID
term-mitid-text = آپ کی ڈیجیٹل شناخت۔ آپ اسے بلدیہ، بینک اور borger.dk میں لاگ اِن کرنے کے لیے استعمال کرتے ہیں۔
term-code-display-name = کوڈ دکھانے والا آلہ
term-code-display-text = ایک چھوٹا آلہ جو ایک کوڈ دکھاتا ہے۔ آپ اسے MitID ایپ کی جگہ استعمال کر سکتے ہیں۔
term-audio-code-reader-name = آواز سے کوڈ پڑھنے والا آلہ
term-audio-code-reader-text = ایک چھوٹا آلہ جو کوڈ اونچی آواز میں پڑھتا ہے۔ یہ اچھا ہے اگر آپ کوڈ دیکھ نہیں سکتے۔
term-mitid-chip-name = MitID چِپ
term-mitid-chip-text = ایک چھوٹی چِپ جس سے آپ ایپ کے بغیر MitID کے ساتھ لاگ اِن کر سکتے ہیں۔
term-digital-post-name = Digital Post
term-digital-post-text = بلدیہ اور دوسرے سرکاری اداروں کے خط جو آپ کاغذ کی جگہ آن لائن پڑھتے ہیں۔
term-digital-post-exemption-name = Digital Post سے چھوٹ
term-digital-post-exemption-text = اس صورت میں آپ کو اپنے خط آن لائن کی جگہ کاغذ پر ملتے ہیں۔ آپ اس کی درخواست شہری خدمات (Borgerservice) میں دیتے ہیں۔
term-relative-access-name = رشتہ دار کے لیے رسائی
term-relative-access-text = آپ اپنے خاندان کے کسی فرد کو اجازت دیتے ہیں کہ وہ آپ کی Digital Post پڑھے۔
term-borger-dk-name = borger.dk
term-borger-dk-text = سرکاری شعبے کی ویب سائٹ۔ یہاں آپ اپنے حقوق کے بارے میں پڑھ سکتے ہیں اور چیزوں کے لیے درخواست دے سکتے ہیں۔
term-self-service-name = سیلف سروس (selvbetjening)
term-self-service-text = جب آپ خود آن لائن کسی چیز کے لیے درخواست دیتے ہیں۔ ہم کاؤنٹر پر آپ کی مدد کر سکتے ہیں۔
term-nemkonto-name = NemKonto
term-nemkonto-text = آپ کا بینک اکاؤنٹ جس میں آپ کو سرکاری شعبے سے پیسے ملتے ہیں۔

## بلدیہ اور آپ کا معاملہ (The municipality and your case)

term-citizen-service-name = شہری خدمات (Borgerservice)
term-citizen-service-text = وہ جگہ جہاں آپ بلدیہ سے مل سکتے ہیں اور مدد لے سکتے ہیں۔ آپ ابھی یہیں ہیں۔
term-municipality-name = بلدیہ (kommune)
term-municipality-text = سرکاری شعبے کا وہ حصہ جو کسی علاقے میں رہنے والے لوگوں کی مدد کرتا ہے۔ آپ کوپن ہیگن بلدیہ میں رہتے ہیں۔
term-caseworker-name = کیس ورکر
term-caseworker-text = بلدیہ کا وہ شخص جو آپ کے معاملے پر کام کرتا ہے۔
term-decision-name = فیصلہ
term-decision-text = آپ کے معاملے میں بلدیہ کا جواب۔ یہ اکثر آپ کو خط میں ملتا ہے۔
term-deadline-name = آخری تاریخ
term-deadline-text = وہ آخری دن جب آپ کوئی کام کر سکتے ہیں۔ مثال کے طور پر کوئی کاغذ بھیجنا یا شکایت کرنا۔
term-appointment-name = ملاقات کا وقت
term-appointment-text = بلدیہ کے ساتھ ایک ملاقات جو آپ نے ایک دن اور ایک وقت پر طے کی ہے۔
term-power-of-attorney-name = مختار نامہ
term-power-of-attorney-text = ایک کاغذ جس میں آپ کسی دوسرے شخص کو اجازت دیتے ہیں کہ وہ آپ کی جگہ کوئی معاملہ سنبھالے۔
term-consent-name = رضامندی
term-consent-text = آپ کسی بات کے لیے ہاں کہتے ہیں۔ مثال کے طور پر یہ کہ ہم آپ کے معاملے کے بارے میں کسی اور سے بات کر سکتے ہیں۔
term-doctor-name = ڈاکٹر
term-doctor-text = آپ کا اپنا ڈاکٹر۔ جب آپ بیمار ہوں تو آپ پہلے اپنے ڈاکٹر کے پاس جاتے ہیں۔
term-international-house-name = International House Copenhagen
term-international-house-text = کوپن ہیگن میں ایک جگہ جہاں بیرون ملک سے آنے والے نئے شہری مدد لے سکتے ہیں۔ وہاں آپ CPR نمبر حاصل کر سکتے ہیں۔
term-danish-education-name = ڈینش زبان کی تعلیم
term-danish-education-text = ان بالغ لوگوں کے لیے ڈینش زبان کی کلاسیں جو ڈنمارک میں نئے ہیں۔

## ترجمان (Interpreter)

term-interpreter-name = ترجمان
term-interpreter-text = ایک شخص جو ڈینش میں کہی گئی بات آپ کی زبان میں بتاتا ہے، اور آپ کی بات ڈینش میں۔
term-phone-interpreter-name = فون پر ترجمان
term-phone-interpreter-text = ایک ترجمان جو فون پر مدد کرتا ہے۔
term-video-interpreter-name = ویڈیو پر ترجمان
term-video-interpreter-text = ایک ترجمان جسے آپ اسکرین پر دیکھتے اور سنتے ہیں۔

## برابر سلوک اور شکایت (Equal treatment and complaints)

term-equal-treatment-name = برابر سلوک
term-equal-treatment-text = سب کو برابر اچھی سروس ملتی ہے۔ اسے حاصل کرنے کے لیے کچھ لوگوں کو دوسروں سے زیادہ مدد چاہیے ہوتی ہے۔
term-discrimination-name = امتیازی سلوک
term-discrimination-text = جب کسی کے ساتھ زیادہ برا سلوک کیا جائے، مثال کے طور پر اس کی زبان، مذہب، جلد کے رنگ یا معذوری کی وجہ سے۔
term-complaint-name = شکایت
term-complaint-text = آپ کہتے ہیں کہ آپ بلدیہ کے جواب سے متفق نہیں ہیں، یا یہ کہ آپ کے ساتھ برا سلوک ہوا ہے۔
term-complaint-guidance-name = شکایت کی ہدایات
term-complaint-guidance-text = خط کا وہ حصہ جو آپ کو بتاتا ہے کہ آپ کیسے اور کب تک شکایت کر سکتے ہیں۔
term-citizens-advisor-name = شہری مشیر (Borgerrådgiver)
term-citizens-advisor-text = کوپن ہیگن بلدیہ میں ایک جگہ جہاں آپ جا سکتے ہیں اگر آپ شکایت پر بلدیہ کے جواب سے خوش نہیں ہیں۔
term-equal-treatment-board-name = برابر سلوک کا بورڈ (Ligebehandlingsnævnet)
term-equal-treatment-board-text = ایک بورڈ جہاں آپ امتیازی سلوک کی شکایت مفت کر سکتے ہیں۔ آپ شکایت لکھ کر کرتے ہیں۔
term-human-rights-institute-name = ڈنمارک کا انسانی حقوق کا ادارہ (Institut for Menneskerettigheder)
term-human-rights-institute-text = ایک ادارہ جو مشورہ دیتا ہے اگر آپ کے ساتھ نسل یا نسلی پس منظر کی وجہ سے امتیازی سلوک ہوا ہو۔
term-ombudsman-name = پارلیمنٹ کا محتسب (Folketingets Ombudsmand)
term-ombudsman-text = ایک جگہ جہاں آپ سرکاری اداروں کے بارے میں شکایت کر سکتے ہیں۔
