# Glossary: words citizens meet at the municipality, explained plainly, in Arabic. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.

## المواطن والهوية (Citizen and identity)

term-cpr-number-name = رقم CPR
term-cpr-number-text = رقمك الشخصي في الدنمارك. تستخدمه في البلدية وعند الطبيب وفي البنك.
term-health-card-name = البطاقة الصحية (sundhedskort)
term-health-card-text = بطاقة صفراء عليها رقم CPR الخاص بك واسم طبيبك. أحضرها معك إلى الطبيب.
term-passport-name = جواز السفر
term-passport-text = وثيقة من بلدك تُثبت من أنت. تستخدمه عندما تسافر.
term-id-document-name = وثيقة الهوية
term-id-document-text = وثيقة عليها صورتك تُثبت من أنت. قد تكون جواز سفر أو رخصة قيادة.
term-residence-permit-name = تصريح الإقامة
term-residence-permit-text = إثبات أنه يحق لك أن تعيش في الدنمارك.
term-registration-certificate-name = شهادة التسجيل
term-registration-certificate-text = إثبات أنه يحق لك أن تعيش في الدنمارك لأنك مواطن من الاتحاد الأوروبي (EU).
term-registered-address-name = العنوان المسجَّل
term-registered-address-text = العنوان الذي تسكن فيه والذي سجّلته البلدية. تُرسَل الرسائل والبطاقات إليه.
term-moving-name = الانتقال إلى سكن جديد
term-moving-text = عندما تنتقل إلى سكن جديد، يجب أن تخبر البلدية بعنوانك الجديد.
term-lease-name = عقد الإيجار
term-lease-text = ورقة توقّع عليها أنت وصاحب السكن عندما تستأجر سكنًا. يمكن أن تُثبت أين تسكن.
term-documentation-name = الوثائق (الإثبات)
term-documentation-text = أوراق تُثبت أن شيئًا ما صحيح. مثلًا جواز سفر أو عقد إيجار.

## الرقمي (Digital)

term-mitid-name = MitID
term-mitid-text = هويتك الرقمية. تستخدمها لتدخل إلى مواقع البلدية والبنك و borger.dk.
term-code-display-name = جهاز عرض الرمز
term-code-display-text = جهاز صغير يعرض رمزًا (كود). يمكنك أن تستخدمه بدلًا من تطبيق MitID.
term-audio-code-reader-name = جهاز قراءة الرمز بالصوت
term-audio-code-reader-text = جهاز صغير يقرأ الرمز بصوت عالٍ. هو مفيد إذا كنت لا تستطيع أن ترى الرمز.
term-mitid-chip-name = شريحة MitID
term-mitid-chip-text = شريحة صغيرة يمكنك أن تستخدمها لتدخل بـ MitID دون التطبيق.
term-digital-post-name = Digital Post (البريد الرقمي)
term-digital-post-text = رسائل من البلدية ومن جهات رسمية أخرى تقرؤها على الإنترنت بدلًا من الورق.
term-digital-post-exemption-name = الإعفاء من Digital Post
term-digital-post-exemption-text = عندها تصلك رسائلك على ورق بدلًا من الإنترنت. تطلب الإعفاء في Borgerservice (خدمة المواطنين).
term-relative-access-name = السماح لأحد الأقارب بالاطلاع
term-relative-access-text = تسمح لشخص من عائلتك بأن يقرأ بريدك في Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = موقع القطاع العام على الإنترنت. هنا يمكنك أن تقرأ عن حقوقك وأن تقدّم طلبات.
term-self-service-name = الخدمة الذاتية
term-self-service-text = عندما تقدّم طلبًا على الإنترنت بنفسك. يمكننا أن نساعدك في مكتب الخدمة.
term-nemkonto-name = NemKonto
term-nemkonto-text = حسابك في البنك الذي تصلك عليه الأموال من القطاع العام.

## البلدية وقضيتك (The municipality and your case)

term-citizen-service-name = خدمة المواطنين (Borgerservice)
term-citizen-service-text = المكان الذي يمكنك فيه أن تقابل البلدية وتحصل على مساعدة. أنت هنا الآن.
term-municipality-name = البلدية
term-municipality-text = جزء من القطاع العام يساعد الناس الذين يعيشون في منطقة ما. أنت تعيش في بلدية كوبنهاغن.
term-caseworker-name = الموظف المسؤول عن قضيتك
term-caseworker-text = الشخص في البلدية الذي يعمل على قضيتك.
term-decision-name = القرار
term-decision-text = رد البلدية في قضيتك. غالبًا تحصل عليه في رسالة.
term-deadline-name = الموعد النهائي
term-deadline-text = آخر يوم يمكنك فيه أن تفعل شيئًا. مثلًا أن ترسل ورقة أو أن تشتكي.
term-appointment-name = الموعد
term-appointment-text = لقاء اتفقت عليه مع البلدية، في يوم وساعة محددين.
term-power-of-attorney-name = التوكيل
term-power-of-attorney-text = ورقة تسمح فيها لشخص آخر بأن يتولى أمرًا نيابةً عنك.
term-consent-name = الموافقة
term-consent-text = تقول نعم لشيء ما. مثلًا أن نتكلم مع شخص آخر عن قضيتك.
term-doctor-name = الطبيب
term-doctor-text = طبيبك الخاص. تذهب إلى الطبيب أولًا عندما تكون مريضًا.
term-international-house-name = International House Copenhagen
term-international-house-text = مكان في كوبنهاغن يحصل فيه المواطنون الجدد القادمون من الخارج على مساعدة. يمكنك أن تحصل هناك على رقم CPR.
term-danish-education-name = تعليم اللغة الدنماركية
term-danish-education-text = دروس في اللغة الدنماركية للكبار الجدد في الدنمارك.

## المترجم (Interpreter)

term-interpreter-name = المترجم
term-interpreter-text = شخص يقول لك بلغتك ما يُقال بالدنماركية، ويقول بالدنماركية ما تقوله أنت.
term-phone-interpreter-name = مترجم عبر الهاتف
term-phone-interpreter-text = مترجم يساعد على الهاتف.
term-video-interpreter-name = مترجم عبر الفيديو
term-video-interpreter-text = مترجم تراه وتسمعه على شاشة.

## المساواة في المعاملة والشكوى (Equal treatment and complaints)

term-equal-treatment-name = المساواة في المعاملة
term-equal-treatment-text = الجميع يحصلون على خدمة جيدة بنفس القدر. بعض الناس يحتاجون إلى مساعدة أكثر من غيرهم ليحصلوا عليها.
term-discrimination-name = التمييز
term-discrimination-text = عندما يُعامَل شخص أسوأ من غيره بسبب لغته أو دينه أو لون بشرته أو إعاقته مثلًا.
term-complaint-name = الشكوى
term-complaint-text = تقول إنك لا توافق على رد البلدية، أو إنك عوملت معاملة سيئة.
term-complaint-guidance-name = إرشادات الشكوى
term-complaint-guidance-text = الجزء من الرسالة الذي يخبرك كيف ومتى يمكنك أن تشتكي.
term-citizens-advisor-name = مستشار المواطنين (Borgerrådgiver)
term-citizens-advisor-text = مكان في بلدية كوبنهاغن يمكنك أن تذهب إليه إذا لم تكن راضيًا عن رد البلدية على شكواك.
term-equal-treatment-board-name = مجلس المساواة في المعاملة (Ligebehandlingsnævnet)
term-equal-treatment-board-text = مجلس يمكنك أن تشتكي إليه مجانًا من التمييز. تكون الشكوى مكتوبة.
term-human-rights-institute-name = المعهد الدنماركي لحقوق الإنسان (Institut for Menneskerettigheder)
term-human-rights-institute-text = معهد يقدّم النصيحة إذا تعرّضت للتمييز بسبب العِرق أو الأصل العرقي.
term-ombudsman-name = أمين المظالم البرلماني (Folketingets Ombudsmand)
term-ombudsman-text = مكان يمكنك أن تشتكي فيه من الجهات الرسمية.
