# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.
# Every headword shows the Danish term in parentheses, or is the Danish name itself.

## شهروند و هویت (Citizen and identity)

term-cpr-number-name = شماره CPR (CPR-nummer)
term-cpr-number-text = شماره شخصی شما در دانمارک. از آن در شهرداری، نزد پزشک و در بانک استفاده می‌کنید.
term-health-card-name = کارت سلامت (Sundhedskort)
term-health-card-text = یک کارت زرد که شماره CPR شما و نام پزشک شما روی آن است. آن را نزد پزشک همراه ببرید.
term-blue-health-card-name = کارت آبی بیمه درمانی اروپا (Blåt EU-sygesikringskort)
term-blue-health-card-text = یک کارت آبی که اگر در سفری در اروپا بیمار شوید، از آن استفاده می‌کنید.
term-passport-name = پاسپورت (Pas)
term-passport-text = سندی از کشور شما که نشان می‌دهد شما چه کسی هستید. وقتی سفر می‌کنید از آن استفاده می‌کنید.
term-driving-licence-name = گواهینامه رانندگی (Kørekort)
term-driving-licence-text = کارتی که نشان می‌دهد شما اجازه دارید ماشین برانید. این کارت همچنین نشان می‌دهد شما چه کسی هستید.
term-id-document-name = مدرک شناسایی (Legitimation)
term-id-document-text = سندی با عکس که نشان می‌دهد شما چه کسی هستید. می‌تواند پاسپورت یا گواهینامه رانندگی باشد.
term-residence-permit-name = اجازه اقامت (Opholdstilladelse)
term-residence-permit-text = مدرکی که نشان می‌دهد شما اجازه دارید در دانمارک زندگی کنید.
term-registration-certificate-name = گواهی ثبت‌نام (Registreringsbevis)
term-registration-certificate-text = مدرکی که نشان می‌دهد شما، به عنوان شهروند اتحادیه اروپا، حق دارید در دانمارک زندگی کنید.
term-registered-address-name = آدرس ثبت‌شده (Folkeregisteradresse)
term-registered-address-text = آدرسی که در آن زندگی می‌کنید و شهرداری آن را ثبت کرده است. نامه‌ها و کارت‌ها به آنجا فرستاده می‌شوند.
term-moving-name = نقل مکان (Flytning)
term-moving-text = شما به جای جدیدی می‌روید. آن‌وقت باید آدرس جدید خود را به شهرداری بگویید.
term-lease-name = قرارداد اجاره (Lejekontrakt)
term-lease-text = سندی که شما و صاحب‌خانه امضا می‌کنید و نشان می‌دهد که شما خانه‌ای را اجاره کرده‌اید. این سند می‌تواند نشان دهد که کجا زندگی می‌کنید.
term-documentation-name = مدرک (Dokumentation)
term-documentation-text = کاغذهایی که نشان می‌دهند چیزی درست است. برای مثال پاسپورت یا قرارداد اجاره.

## دیجیتال (Digital)

term-mitid-name = MitID
term-mitid-text = شناسه دیجیتال شما. با آن وارد سایت شهرداری، بانک و borger.dk می‌شوید.
term-code-display-name = دستگاه نمایش کد (Kodeviser)
term-code-display-text = یک دستگاه کوچک که یک کد را نشان می‌دهد. می‌توانید به جای اپلیکیشن MitID از آن استفاده کنید.
term-audio-code-reader-name = دستگاه خواندن کد (Kodeoplæser)
term-audio-code-reader-text = یک دستگاه کوچک که کد را با صدای بلند می‌خواند. اگر نمی‌توانید کد را ببینید، این دستگاه مناسب است.
term-mitid-chip-name = چیپ MitID (MitID-chip)
term-mitid-chip-text = یک چیپ کوچک که با آن می‌توانید بدون اپلیکیشن با MitID وارد شوید.
term-digital-post-name = Digital Post (نامه‌های دیجیتال)
term-digital-post-text = نامه‌هایی از شهرداری و ادارات دولتی دیگر که آن‌ها را به جای کاغذ، در اینترنت می‌خوانید.
term-digital-post-exemption-name = معافیت از Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = در این صورت نامه‌هایتان را به جای اینترنت، روی کاغذ می‌گیرید. درخواست آن را در Borgerservice (خدمات شهروندی) می‌دهید.
term-relative-access-name = دسترسی برای نزدیکان (Adgang for pårørende)
term-relative-access-text = شما به کسی که به او اعتماد دارید اجازه می‌دهید Digital Post شما را بخواند.
term-borger-dk-name = borger.dk
term-borger-dk-text = وب‌سایت بخش دولتی. در اینجا می‌توانید درباره حقوق خود بخوانید و برای کارهای مختلف درخواست بدهید.
term-self-service-name = خدمات آنلاین (Selvbetjening)
term-self-service-text = وقتی خودتان در اینترنت برای چیزی درخواست می‌دهید. ما می‌توانیم در پیشخوان به شما کمک کنیم.
term-nemkonto-name = NemKonto
term-nemkonto-text = حساب بانکی شما که پول‌های بخش دولتی به آن واریز می‌شود.

## شهرداری و پرونده شما (The municipality and your case)

term-citizen-service-name = خدمات شهروندی (Borgerservice)
term-citizen-service-text = جایی که می‌توانید با شهرداری دیدار کنید و کمک بگیرید. شما الان اینجا هستید.
term-municipality-name = شهرداری (Kommune)
term-municipality-text = بخشی از دولت که به شما نزدیک است. شما در شهرداری کپنهاگ زندگی می‌کنید.
term-caseworker-name = مسئول پرونده (Sagsbehandler)
term-caseworker-text = کسی در شهرداری که روی پرونده شما کار می‌کند.
term-decision-name = تصمیم (Afgørelse)
term-decision-text = پاسخ شهرداری در پرونده شما. اغلب آن را با نامه می‌گیرید.
term-deadline-name = مهلت (Frist)
term-deadline-text = آخرین روزی که می‌توانید کاری را انجام دهید. برای مثال یک مدرک بفرستید یا شکایت کنید.
term-appointment-name = وقت ملاقات (Tid)
term-appointment-text = دیداری که با شهرداری در یک روز و ساعت مشخص قرار گذاشته‌اید.
term-power-of-attorney-name = وکالت‌نامه (Fuldmagt)
term-power-of-attorney-text = سندی که در آن به شخص دیگری اجازه می‌دهید کاری را به جای شما انجام دهد.
term-digital-power-of-attorney-name = وکالت دیجیتال (Digital Fuldmagt)
term-digital-power-of-attorney-text = وکالت‌نامه‌ای در اینترنت. با آن شخص دیگری می‌تواند در خدمات آنلاین دولتی به شما کمک کند.
term-companion-name = همراه (Bisidder)
term-companion-text = کسی که با خود به جلسه با شهرداری می‌برید. این شخص از شما حمایت می‌کند.
term-right-to-be-heard-name = شنیدن نظر شما (Partshøring)
term-right-to-be-heard-text = شهرداری پیش از آنکه تصمیمی بگیرد، اطلاعات پرونده را به شما نشان می‌دهد. آن‌وقت می‌توانید جواب بدهید.
term-access-to-file-name = دسترسی به پرونده (Aktindsigt)
term-access-to-file-text = حق شما برای دیدن مدارک پرونده خودتان.
term-consent-name = رضایت (Samtykke)
term-consent-text = شما به چیزی «بله» می‌گویید. برای مثال اینکه ما اجازه داریم با شخص دیگری درباره پرونده شما صحبت کنیم.
term-doctor-name = پزشک (Læge)
term-doctor-text = پزشک خود شما. وقتی بیمار هستید، اول نزد پزشک خود می‌روید.
term-international-house-name = International House Copenhagen
term-international-house-text = جایی در کپنهاگ که شهروندان تازه‌وارد از خارج از کشور می‌توانند در آن کمک بگیرند. در آنجا می‌توانید شماره CPR بگیرید.
term-danish-education-name = آموزش زبان دانمارکی (Danskuddannelse)
term-danish-education-text = کلاس‌های زبان دانمارکی برای بزرگسالانی که تازه به دانمارک آمده‌اند.

## ترجمان (Interpreter)

term-interpreter-name = ترجمان (Tolk)
term-interpreter-text = کسی که آنچه را به دانمارکی گفته می‌شود به زبان شما می‌گوید، و برعکس.
term-phone-interpreter-name = ترجمان تلفنی (Telefontolk)
term-phone-interpreter-text = ترجمانی که با او تلفنی صحبت می‌کنید. ترجمان در اتاق نیست.
term-video-interpreter-name = ترجمان ویدیویی (Videotolk)
term-video-interpreter-text = ترجمانی که او را روی صفحه نمایش می‌بینید و صدایش را می‌شنوید.
term-sign-language-interpreter-name = ترجمان زبان اشاره (Tegnsprogstolk)
term-sign-language-interpreter-text = ترجمانی که گفتار را به زبان اشاره و زبان اشاره را به گفتار برمی‌گرداند.

## رفتار برابر و شکایت (Equal treatment and complaints)

term-equal-treatment-name = رفتار برابر (Ligebehandling)
term-equal-treatment-text = همه خدماتی به یک اندازه خوب می‌گیرند. بعضی‌ها برای گرفتن این خدمات به کمک بیشتری نسبت به دیگران نیاز دارند.
term-discrimination-name = تبعیض (Diskrimination)
term-discrimination-text = با کسی بدتر از دیگران رفتار می‌شود. برای مثال این می‌تواند به خاطر زبان، باور، رنگ پوست یا معلولیت باشد.
term-complaint-name = شکایت (Klage)
term-complaint-text = شما می‌گویید که با پاسخ شهرداری موافق نیستید. یا می‌گویید که با شما بد رفتار شده است.
term-complaint-guidance-name = راهنمای شکایت (Klagevejledning)
term-complaint-guidance-text = متنی در یک نامه. این متن می‌گوید چطور و چه زمانی می‌توانید شکایت کنید.
term-citizens-advisor-name = مشاور شهروندان (Borgerrådgiver)
term-citizens-advisor-text = جایی در شهرداری کپنهاگ. اگر از پاسخ به شکایت خود راضی نیستید، می‌توانید به آنجا مراجعه کنید.
term-equal-treatment-board-name = هیئت رفتار برابر (Ligebehandlingsnævnet)
term-equal-treatment-board-text = هیئتی که می‌توانید به‌طور رایگان از تبعیض به آن شکایت کنید. شکایت را به‌صورت کتبی می‌دهید.
term-human-rights-institute-name = مؤسسه حقوق بشر دانمارک (Institut for Menneskerettigheder)
term-human-rights-institute-text = مؤسسه‌ای که درباره تبعیض مشاوره می‌دهد. برای مثال به خاطر جنسیت، نژاد یا ریشه قومی.
term-ombudsman-name = بازرس پارلمان دانمارک (Folketingets Ombudsmand)
term-ombudsman-text = جایی که می‌توانید از ادارات دولتی شکایت کنید.
