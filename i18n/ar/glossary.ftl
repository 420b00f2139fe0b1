# Glossary: words citizens meet at the municipality, explained plainly, in Arabic. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.
# Every headword shows the Danish term in parentheses, or is the Danish name itself.

## المواطن والهوية (Citizen and identity)

term-cpr-number-name = رقم CPR (CPR-nummer)
term-cpr-number-text = رقمك الشخصي في الدنمارك. تستخدمه في البلدية وعند الطبيب وفي البنك.
term-health-card-name = البطاقة الصحية (Sundhedskort)
term-health-card-text = بطاقة صفراء عليها رقم CPR الخاص بك واسم طبيبك. أحضرها معك إلى الطبيب.
term-blue-health-card-name = البطاقة الصحية الأوروبية الزرقاء (Blåt EU-sygesikringskort)
term-blue-health-card-text = بطاقة زرقاء تستخدمها إذا مرضت أثناء سفر في أوروبا.
term-passport-name = جواز السفر (Pas)
term-passport-text = وثيقة من بلدك تُثبت من أنت. تستخدمها عندما تسافر.
term-driving-licence-name = رخصة القيادة (Kørekort)
term-driving-licence-text = بطاقة تُثبت أنه يجوز لك أن تقود سيارة. وهي تُثبت أيضًا من أنت.
term-id-document-name = وثيقة الهوية (Legitimation)
term-id-document-text = ورقة عليها صورة تُثبت من أنت. قد تكون جواز سفر أو رخصة قيادة.
term-residence-permit-name = تصريح الإقامة (Opholdstilladelse)
term-residence-permit-text = إثبات أنه يحق لك أن تعيش في الدنمارك.
term-registration-certificate-name = شهادة التسجيل (Registreringsbevis)
term-registration-certificate-text = إثبات أنه يحق لك، كمواطن من الاتحاد الأوروبي (EU)، أن تعيش في الدنمارك.
term-registered-address-name = العنوان المسجَّل (Folkeregisteradresse)
term-registered-address-text = العنوان الذي تسكن فيه والذي سجّلته البلدية. تُرسَل الرسائل والبطاقات إليه.
term-moving-name = الانتقال إلى سكن جديد (Flytning)
term-moving-text = تنتقل إلى مكان جديد. عندها يجب أن تخبر البلدية بعنوانك الجديد.
term-lease-name = عقد الإيجار (Lejekontrakt)
term-lease-text = ورقة توقّع عليها أنت وصاحب السكن، وتقول إنك تستأجر سكنًا. يمكن أن تُثبت أين تسكن.
term-documentation-name = الوثائق (Dokumentation)
term-documentation-text = أوراق تُثبت أن شيئًا ما صحيح. مثلًا جواز سفر أو عقد إيجار.

## الرقمي (Digital)

term-mitid-name = MitID
term-mitid-text = هويتك الرقمية. تستخدمها لتدخل إلى البلدية والبنك و borger.dk.
term-code-display-name = جهاز عرض الرمز (Kodeviser)
term-code-display-text = جهاز صغير يعرض رمزًا. يمكنك أن تستخدمه بدلًا من تطبيق MitID.
term-audio-code-reader-name = جهاز قراءة الرمز بالصوت (Kodeoplæser)
term-audio-code-reader-text = جهاز صغير يقرأ الرمز بصوت عالٍ. هو مفيد إذا كنت لا تستطيع أن ترى الرمز.
term-mitid-chip-name = شريحة MitID (MitID-chip)
term-mitid-chip-text = شريحة صغيرة يمكنك أن تستخدمها لتدخل بـ MitID دون التطبيق.
term-digital-post-name = Digital Post (البريد الرقمي)
term-digital-post-text = رسائل من البلدية ومن جهات رسمية أخرى تقرؤها على الإنترنت بدلًا من الورق.
term-digital-post-exemption-name = الإعفاء من Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = عندها تصلك رسائلك على ورق بدلًا من الإنترنت. تطلب الإعفاء في Borgerservice (خدمة المواطنين).
term-relative-access-name = اطلاع الأقارب (Adgang for pårørende)
term-relative-access-text = تسمح لشخص تثق به بأن يقرأ بريدك في Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = موقع القطاع العام على الإنترنت. هنا يمكنك أن تقرأ عن حقوقك وأن تقدّم طلبات.
term-self-service-name = الخدمة الذاتية (Selvbetjening)
term-self-service-text = عندما تقدّم طلبًا بنفسك على الإنترنت. يمكننا أن نساعدك عند مكتب الخدمة.
term-nemkonto-name = NemKonto
term-nemkonto-text = حسابك في البنك الذي تصلك عليه الأموال من القطاع العام.

## البلدية وقضيتك (The municipality and your case)

term-citizen-service-name = خدمة المواطنين (Borgerservice)
term-citizen-service-text = المكان الذي يمكنك فيه أن تقابل البلدية وتحصل على مساعدة. أنت هنا الآن.
term-municipality-name = البلدية (Kommune)
term-municipality-text = هي الجزء من القطاع العام القريب منك. أنت تعيش في بلدية كوبنهاغن.
term-caseworker-name = الموظف المسؤول عن قضيتك (Sagsbehandler)
term-caseworker-text = الشخص في البلدية الذي يعمل على قضيتك.
term-decision-name = القرار (Afgørelse)
term-decision-text = رد البلدية في قضيتك. غالبًا تحصل عليه في رسالة.
term-deadline-name = الموعد النهائي (Frist)
term-deadline-text = آخر يوم يمكنك فيه أن تفعل شيئًا. مثلًا أن ترسل ورقة أو أن تشتكي.
term-appointment-name = الموعد (Tid)
term-appointment-text = لقاء اتفقت عليه مع البلدية، في يوم وساعة محددين.
term-power-of-attorney-name = التوكيل (Fuldmagt)
term-power-of-attorney-text = ورقة تسمح فيها لشخص آخر بأن يتولى أمرًا بدلًا منك.
term-digital-power-of-attorney-name = التوكيل الرقمي (Digital Fuldmagt)
term-digital-power-of-attorney-text = توكيل على الإنترنت. عندها يمكن لشخص آخر أن يساعدك في الخدمة الذاتية للقطاع العام.
term-companion-name = المرافق (Bisidder)
term-companion-text = شخص تُحضره معك إلى اجتماع مع البلدية. هذا الشخص يدعمك.
term-right-to-be-heard-name = سماع رأيك (Partshøring)
term-right-to-be-heard-text = تعرض عليك البلدية المعلومات في قضيتك قبل أن تقرر شيئًا. عندها يمكنك أن ترد.
term-access-to-file-name = الاطلاع على الملف (Aktindsigt)
term-access-to-file-text = حقك في أن ترى الأوراق في قضيتك.
term-consent-name = الموافقة (Samtykke)
term-consent-text = تقول نعم لشيء ما. مثلًا أن نتكلم مع شخص آخر عن قضيتك.
term-doctor-name = الطبيب (Læge)
term-doctor-text = طبيبك الخاص. تذهب إلى الطبيب أولًا عندما تكون مريضًا.
term-international-house-name = International House Copenhagen
term-international-house-text = مكان في كوبنهاغن يحصل فيه المواطنون الجدد القادمون من الخارج على مساعدة. يمكنك أن تحصل هناك على رقم CPR.
term-danish-education-name = تعليم اللغة الدنماركية (Danskuddannelse)
term-danish-education-text = دروس في اللغة الدنماركية للكبار الجدد في الدنمارك.

## المترجم الفوري (Interpreter)

term-interpreter-name = المترجم الفوري (Tolk)
term-interpreter-text = شخص يقول لك بلغتك ما يُقال بالدنماركية، والعكس.
term-phone-interpreter-name = مترجم فوري عبر الهاتف (Telefontolk)
term-phone-interpreter-text = مترجم فوري تتكلم معه على الهاتف. المترجم الفوري ليس في الغرفة.
term-video-interpreter-name = مترجم فوري عبر الفيديو (Videotolk)
term-video-interpreter-text = مترجم فوري تراه وتسمعه على شاشة.
term-sign-language-interpreter-name = مترجم فوري للغة الإشارة (Tegnsprogstolk)
term-sign-language-interpreter-text = مترجم فوري ينقل بين الكلام ولغة الإشارة.

## المساواة في المعاملة والشكوى (Equal treatment and complaints)

term-equal-treatment-name = المساواة في المعاملة (Ligebehandling)
term-equal-treatment-text = الجميع يحصلون على خدمة جيدة بنفس القدر. بعض الناس يحتاجون إلى مساعدة أكثر من غيرهم ليحصلوا عليها.
term-discrimination-name = التمييز (Diskrimination)
term-discrimination-text = شخص يُعامَل أسوأ من غيره. قد يكون ذلك مثلًا بسبب اللغة أو المعتقد أو لون البشرة أو الإعاقة.
term-complaint-name = الشكوى (Klage)
term-complaint-text = تقول إنك لا توافق على رد البلدية. أو تقول إنك عوملت معاملة سيئة.
term-complaint-guidance-name = إرشادات الشكوى (Klagevejledning)
term-complaint-guidance-text = نص في رسالة. يقول لك كيف ومتى يمكنك أن تشتكي.
term-citizens-advisor-name = مستشار المواطنين (Borgerrådgiver)
term-citizens-advisor-text = مكان في بلدية كوبنهاغن. يمكنك أن تذهب إليه إذا لم تكن راضيًا عن الرد على شكوى.
term-equal-treatment-board-name = مجلس المساواة في المعاملة (Ligebehandlingsnævnet)
term-equal-treatment-board-text = مجلس يمكنك أن تشتكي إليه مجانًا من التمييز. تكون الشكوى مكتوبة.
term-human-rights-institute-name = المعهد الدنماركي لحقوق الإنسان (Institut for Menneskerettigheder)
term-human-rights-institute-text = معهد يقدّم النصيحة عن التمييز. مثلًا بسبب الجنس أو العرق أو الأصل الإثني.
term-ombudsman-name = أمين المظالم البرلماني (Folketingets Ombudsmand)
term-ombudsman-text = مكان يمكنك أن تشتكي فيه من الجهات الرسمية.
