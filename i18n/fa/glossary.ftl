# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.

## شهروند و هویت (Citizen and identity)

term-cpr-number-name = شماره CPR
term-cpr-number-text = شماره شخصی شما در دانمارک. از آن در شهرداری، نزد پزشک و در بانک استفاده می‌کنید.
term-health-card-name = کارت سلامت
term-health-card-text = یک کارت زرد که شماره CPR شما و نام پزشک شما روی آن است. آن را نزد پزشک همراه ببرید.
term-passport-name = پاسپورت
term-passport-text = سندی از کشور شما که نشان می‌دهد شما چه کسی هستید. وقتی سفر می‌کنید از آن استفاده می‌کنید.
term-id-document-name = کارت شناسایی
term-id-document-text = سندی با عکس که نشان می‌دهد شما چه کسی هستید. می‌تواند پاسپورت یا گواهینامه رانندگی باشد.
term-residence-permit-name = اجازه اقامت
term-residence-permit-text = مدرکی که نشان می‌دهد شما اجازه دارید در دانمارک زندگی کنید.
term-registration-certificate-name = گواهی ثبت‌نام
term-registration-certificate-text = مدرکی که نشان می‌دهد شما، به عنوان شهروند اتحادیه اروپا، حق دارید در دانمارک زندگی کنید.
term-registered-address-name = آدرس ثبت‌شده
term-registered-address-text = آدرسی که در آن زندگی می‌کنید و شهرداری آن را ثبت کرده است. نامه‌ها و کارت‌ها به آنجا فرستاده می‌شوند.
term-moving-name = نقل مکان
term-moving-text = وقتی نقل مکان می‌کنید، باید آدرس جدید خود را به شهرداری اطلاع دهید.
term-lease-name = قرارداد اجاره
term-lease-text = سندی که شما و صاحب‌خانه وقتی خانه‌ای را اجاره می‌کنید امضا می‌کنید. این سند می‌تواند نشان دهد که کجا زندگی می‌کنید.
term-documentation-name = مدرک
term-documentation-text = کاغذهایی که نشان می‌دهند چیزی درست است. برای مثال پاسپورت یا قرارداد اجاره.

## دیجیتال (Digital)

term-mitid-name = MitID
term-mitid-text = شناسه دیجیتال شما. با آن وارد سایت شهرداری، بانک و borger.dk می‌شوید.
term-code-display-name = دستگاه نمایش کد
term-code-display-text = یک دستگاه کوچک که یک کد را نشان می‌دهد. می‌توانید به جای اپلیکیشن MitID از آن استفاده کنید.
term-audio-code-reader-name = دستگاه صوتی خواندن کد
term-audio-code-reader-text = یک دستگاه کوچک که کد را با صدای بلند می‌خواند. اگر نمی‌توانید کد را ببینید، این دستگاه مناسب است.
term-mitid-chip-name = چیپ MitID
term-mitid-chip-text = یک چیپ کوچک که با آن می‌توانید بدون اپلیکیشن با MitID وارد شوید.
term-digital-post-name = Digital Post
term-digital-post-text = نامه‌هایی از شهرداری و ادارات دولتی دیگر که آن‌ها را به جای کاغذ، آنلاین می‌خوانید.
term-digital-post-exemption-name = معافیت از Digital Post
term-digital-post-exemption-text = در این صورت نامه‌هایتان را به جای آنلاین، روی کاغذ می‌گیرید. درخواست آن را در خدمات شهروندی می‌دهید.
term-relative-access-name = دسترسی برای یکی از بستگان
term-relative-access-text = شما به یکی از اعضای خانواده خود اجازه می‌دهید Digital Post شما را بخواند.
term-borger-dk-name = borger.dk
term-borger-dk-text = وب‌سایت بخش دولتی. در اینجا می‌توانید درباره حقوق خود بخوانید و برای کارهای مختلف درخواست بدهید.
term-self-service-name = خدمات آنلاین (selvbetjening)
term-self-service-text = وقتی خودتان به‌صورت آنلاین برای چیزی درخواست می‌دهید. ما می‌توانیم در پیشخوان به شما کمک کنیم.
term-nemkonto-name = NemKonto
term-nemkonto-text = حساب بانکی شما که پول‌های بخش دولتی به آن واریز می‌شود.

## شهرداری و پرونده شما (The municipality and your case)

term-citizen-service-name = خدمات شهروندی
term-citizen-service-text = جایی که می‌توانید با شهرداری دیدار کنید و کمک بگیرید. شما الان اینجا هستید.
term-municipality-name = شهرداری
term-municipality-text = بخشی از دولت که به مردمی که در یک منطقه زندگی می‌کنند کمک می‌کند. شما در شهرداری کپنهاگ زندگی می‌کنید.
term-caseworker-name = مسئول پرونده
term-caseworker-text = کسی در شهرداری که روی پرونده شما کار می‌کند.
term-decision-name = تصمیم
term-decision-text = پاسخ شهرداری در پرونده شما. اغلب آن را با نامه می‌گیرید.
term-deadline-name = مهلت
term-deadline-text = آخرین روزی که می‌توانید کاری را انجام دهید. برای مثال یک مدرک بفرستید یا شکایت کنید.
term-appointment-name = وقت ملاقات
term-appointment-text = دیداری که با شهرداری در یک روز و ساعت مشخص قرار گذاشته‌اید.
term-power-of-attorney-name = وکالت‌نامه
term-power-of-attorney-text = سندی که در آن به شخص دیگری اجازه می‌دهید کاری را به جای شما انجام دهد.
term-consent-name = رضایت
term-consent-text = شما به چیزی «بله» می‌گویید. برای مثال اینکه ما اجازه داریم با شخص دیگری درباره پرونده شما صحبت کنیم.
term-doctor-name = پزشک
term-doctor-text = پزشک خود شما. وقتی بیمار هستید، اول نزد پزشک خود می‌روید.
term-international-house-name = International House Copenhagen
term-international-house-text = جایی در کپنهاگ که شهروندان تازه‌وارد از خارج از کشور می‌توانند در آن کمک بگیرند. در آنجا می‌توانید شماره CPR بگیرید.
term-danish-education-name = آموزش زبان دانمارکی
term-danish-education-text = کلاس‌های زبان دانمارکی برای بزرگسالانی که تازه به دانمارک آمده‌اند.

## مترجم (Interpreter)

term-interpreter-name = مترجم
term-interpreter-text = کسی که آنچه را به دانمارکی گفته می‌شود به زبان شما می‌گوید، و برعکس.
term-phone-interpreter-name = مترجم تلفنی
term-phone-interpreter-text = مترجمی که از طریق تلفن کمک می‌کند.
term-video-interpreter-name = مترجم ویدیویی
term-video-interpreter-text = مترجمی که او را روی صفحه نمایش می‌بینید و صدایش را می‌شنوید.

## رفتار برابر و شکایت (Equal treatment and complaints)

term-equal-treatment-name = رفتار برابر
term-equal-treatment-text = همه خدماتی به یک اندازه خوب می‌گیرند. بعضی‌ها برای گرفتن این خدمات به کمک بیشتری نسبت به دیگران نیاز دارند.
term-discrimination-name = تبعیض
term-discrimination-text = وقتی با کسی بدتر رفتار می‌شود، برای مثال به خاطر زبان، دین، رنگ پوست یا معلولیت او.
term-complaint-name = شکایت
term-complaint-text = شما می‌گویید که با پاسخ شهرداری موافق نیستید، یا اینکه با شما بد رفتار شده است.
term-complaint-guidance-name = راهنمای شکایت
term-complaint-guidance-text = بخشی از نامه که به شما می‌گوید چطور و تا چه زمانی می‌توانید شکایت کنید.
term-citizens-advisor-name = مشاور شهروندان
term-citizens-advisor-text = جایی در شهرداری کپنهاگ که اگر از پاسخ شهرداری به شکایت خود راضی نیستید، می‌توانید به آن مراجعه کنید.
term-equal-treatment-board-name = هیئت رفتار برابر
term-equal-treatment-board-text = هیئتی که می‌توانید به‌طور رایگان از تبعیض به آن شکایت کنید. شکایت را به‌صورت کتبی می‌دهید.
term-human-rights-institute-name = مؤسسه حقوق بشر دانمارک
term-human-rights-institute-text = مؤسسه‌ای که اگر به خاطر نژاد یا ریشه قومی با شما تبعیض شده باشد، به شما مشاوره می‌دهد.
term-ombudsman-name = بازرس پارلمان دانمارک
term-ombudsman-text = جایی که می‌توانید از ادارات دولتی شکایت کنید.
