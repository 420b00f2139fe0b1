# Information for the citizen in plain Arabic (Modern Standard Arabic). Danish (i18n/da/citizen.ftl) is the master; the
# sources for each fact are in the Danish file's comments. Machine translation, not yet reviewed.

citizen-unreviewed-notice = ترجمة آلية. لم يراجع مترجم هذا النص بعد.
citizen-i-speak = أنا أتكلم العربية
handout-title = معلومات من Borgerservice (خدمة المواطنين)
handout-footer = سُلِّمت في Borgerservice (خدمة المواطنين)، بلدية كوبنهاغن، { $date }.

## أهلًا وسهلًا (Welcome)

topic-welcome-title = أهلًا وسهلًا
topic-welcome-intro = لك الحق في خدمة جيدة مثل غيرك. هكذا نساعدك.
topic-welcome-1-heading = لك الحق في المساواة في المعاملة
topic-welcome-1-body =
    كل المواطنين لهم الحق في نفس الخدمة الجيدة من البلدية.
    هذا صحيح مهما كنت، ومن أي مكان جئت.
topic-welcome-2-heading = معاملة متساوية، لكن ليست متطابقة
topic-welcome-2-body =
    في كوبنهاغن نقول: معاملة متساوية – لكن ليست متطابقة.
    هذا يعني أننا نساعدك بالطريقة التي تحتاجها.
    بعض الناس يحتاجون إلى مترجم. وآخرون يحتاجون إلى وقت أطول أو إلى مساعدة في استخدام الكمبيوتر والإنترنت.
    الهدف أن تحصل على خدمة جيدة مثل الجميع.
topic-welcome-3-heading = قل لنا ما تحتاجه
topic-welcome-3-body =
    قل لنا إذا لم تفهم شيئًا.
    يمكنك أن تطلب منا أن نتكلم ببطء.
    نحن سعداء بمساعدتك.

## حقوقك وإمكانياتك (Your rights and options)

topic-rights-title = حقوقك وإمكانياتك
topic-rights-intro = يمكنك أن تسأل، وأن تُحضر شخصًا معك، وأن نشرح لك رسائلك.
topic-rights-1-heading = نشرح لك رسائلك
topic-rights-1-body =
    هل وصلتك رسالة من البلدية ولم تفهمها؟
    أحضر الرسالة إلى Borgerservice (خدمة المواطنين).
    نشرح لك ما هو مكتوب فيها، وما يجب أن تفعله.
topic-rights-2-heading = يمكنك أن تُحضر شخصًا معك
topic-rights-2-body =
    يمكنك أن تُحضر معك شخصًا تثق به.
    قد يكون صديقًا أو شخصًا من عائلتك.
    في العادة لا يجوز لطفل عمره أقل من 18 سنة أن يترجم لك في البلدية. اقرأ المزيد في موضوع «المترجم».
topic-rights-3-heading = يمكنك أن تسأل مرة أخرى
topic-rights-3-body =
    لا مشكلة أبدًا في أن تسأل مرة أخرى.
    نحن سعداء أن نشرح مرة أخرى، ببطء أو بكلمات أخرى.
    يمكنك أيضًا أن تطلب منا أن نكتب ذلك لك.
topic-rights-4-heading = معلومات بلغتك
topic-rights-4-body =
    يمكنك أن تطلب معلومات بلغتك.
    عندنا نصوص ببعض اللغات. يمكننا أن نعرضها بجانب النص الدنماركي.
    يمكنك أن تأخذ النص إلى البيت على ورق.
    يمكنك أيضًا أن تطلب مترجمًا. اقرأ المزيد في موضوع «المترجم».

## المترجم (Interpreter)

topic-interpreter-title = المترجم
topic-interpreter-intro = متى تحصل على مترجم، ومن يجوز له أن يترجم.
topic-interpreter-1-heading = المترجم في البلدية
topic-interpreter-1-body =
    القانون لا يعطيك دائمًا الحق في مترجم.
    لكن يجب على البلدية أن تتأكد أننا نفهمك وأنك تفهمنا.
    الموظف المسؤول عن قضيتك يقرر هل تحتاج إلى مترجم.
    إذا كانت هناك حاجة إلى مترجم، فالبلدية تدفع.
topic-interpreter-2-heading = لا يجوز للأطفال أن يترجموا
topic-interpreter-2-body =
    من 1 يوليو 2025 لا يجوز للأطفال الذين عمرهم أقل من 18 سنة أن يترجموا لك في البلدية.
    وهذا يسري أيضًا عند الجهات الرسمية الأخرى عندما تتكلمون معًا.
    لكن يجوز للطفل أن يترجم في الأمور البسيطة والعملية.
topic-interpreter-3-heading = المترجم عند الطبيب وفي المستشفى
topic-interpreter-3-body =
    عند الطبيب وفي المستشفى القواعد مختلفة.
    قد يكون عليك أن تدفع مقابل المترجم، مثلًا إذا كنت تعيش في الدنمارك منذ أكثر من 3 سنوات.
    اسأل طبيبك أو المستشفى عن القواعد التي تسري عليك.
topic-interpreter-4-heading = كيف تطلب مترجمًا
topic-interpreter-4-body =
    قل لنا إذا كنت تحتاج إلى مترجم.
    يمكن أن يكون المترجم هنا معك، أو على الهاتف، أو عبر الفيديو.

## المساعدة الرقمية (Digital help)

topic-digital-title = المساعدة الرقمية
topic-digital-intro = MitID و Digital Post ومساعدة في استخدام الإنترنت.
topic-digital-1-heading = احصل على MitID في Borgerservice (خدمة المواطنين)
topic-digital-1-body =
    يمكنك أن تحصل على MitID (هويتك الرقمية) في Borgerservice (خدمة المواطنين).
    نساعدك على البدء.
topic-digital-2-heading = إذا لم تستطع استخدام تطبيق MitID
topic-digital-2-body =
    هناك طرق أخرى غير التطبيق.
    - جهاز يعرض الرمز (كود)
    - جهاز صوتي يقرأ الرمز بصوت عالٍ
    - شريحة MitID
    اسألنا هل لذلك تكلفة.
topic-digital-3-heading = الإعفاء من Digital Post
topic-digital-3-body =
    ألا تستطيع استخدام Digital Post (البريد الرقمي)؟ إذن يمكنك أن تطلب إعفاءً. عندها تصلك رسائلك على ورق.
    تقدّم الطلب في Borgerservice (خدمة المواطنين). أحضر وثيقة هوية، ووقّع على إقرار. لا يجب أن تُظهر أوراقًا عن السبب.
    قد يكون السبب مثلًا:
    - إعاقة
    - لا يوجد عندك كمبيوتر أو إنترنت
    - صعوبة في اللغة
    - صعوبة في الحصول على MitID
    - لا يوجد عندك عنوان ثابت
topic-digital-4-heading = مساعدة من العائلة وفي مكتب الخدمة
topic-digital-4-body =
    يمكنك أن تسمح لشخص من عائلتك بأن يقرأ بريدك في Digital Post.
    ويمكننا أيضًا أن نساعدك هنا في مكتب الخدمة في الخدمات الذاتية على الإنترنت.

## جديد في كوبنهاغن (New in Copenhagen)

topic-newcomer-title = جديد في كوبنهاغن
topic-newcomer-intro = الخطوات الأولى عندما تنتقل إلى كوبنهاغن.
topic-newcomer-1-heading = احصل على رقم CPR
topic-newcomer-1-body =
    الخطوة الأولى هي أن تحصل على رقم CPR (رقمك الشخصي).
    يمكنك أن تسجّل في Borgerservice (خدمة المواطنين) أو في International House Copenhagen.
    أحضر معك هذا:
    - جواز سفرك
    - ورقة تُثبت أنه يحق لك أن تعيش في الدنمارك
    - إثبات لعنوانك
topic-newcomer-2-heading = اختر طبيبك
topic-newcomer-2-body =
    تختار طبيبك عندما يتم تسجيلك.
topic-newcomer-3-heading = بطاقتك الصحية الصفراء
topic-newcomer-3-body =
    تصلك بطاقة صحية صفراء (sundhedskort) بالبريد.
    يستغرق ذلك بضعة أسابيع.
topic-newcomer-4-heading = تعلّم الدنماركية مجانًا
topic-newcomer-4-body =
    يمكنك أن تتعلم الدنماركية مجانًا لفترة من الوقت عندما تعيش هنا.
    قد توجد قواعد عن مبلغ تأمين (وديعة). اسأل مدرسة اللغة.

## الشكوى من التمييز (Complaints about discrimination)

topic-complaints-title = إذا شعرت بأنك تعرّضت للتمييز
topic-complaints-intro = أين يمكنك أن تشتكي وتحصل على نصيحة.
topic-complaints-1-heading = اشتكِ أولًا إلى من تولّى قضيتك
topic-complaints-1-body =
    هل تشعر بأنك تعرّضت للتمييز في تعاملك مع البلدية؟ إذن يمكنك أن تشتكي.
    اشتكِ أولًا إلى القسم الذي تولّى قضيتك.
topic-complaints-2-heading = مستشار المواطنين في كوبنهاغن
topic-complaints-2-body =
    ألست راضيًا عن الرد؟ إذن يمكنك أن تذهب إلى Københavns Borgerrådgiver (مستشار المواطنين).
    في العادة يجب أن تفعل ذلك خلال 1 سنة.
    اقرأ المزيد على kk.dk/om-kommunen/borgerraadgiveren.
topic-complaints-3-heading = مجلس المساواة في المعاملة
topic-complaints-3-body =
    يمكنك أيضًا أن تشتكي إلى Ligebehandlingsnævnet (مجلس المساواة في المعاملة).
    الشكوى مجانية، وتكون مكتوبة.
    يجب أن تكون القضية تخصك أنت نفسك.
    ينظر المجلس مثلًا في قضايا عن الجنس، والعِرق والأصل العرقي، والإعاقة.
topic-complaints-4-heading = احصل على نصيحة
topic-complaints-4-body =
    يمكن أن يقدّم لك Institut for Menneskerettigheder (المعهد الدنماركي لحقوق الإنسان) نصيحة.
    هذا إذا تعرّضت للتمييز بسبب العِرق أو الأصل العرقي.
topic-complaints-5-heading = أمين المظالم البرلماني
topic-complaints-5-body =
    يمكنك أيضًا أن تذهب إلى Folketingets Ombudsmand (أمين المظالم البرلماني).
    هل تريد مساعدة لتعرف الطريق؟ إذن اسألنا.

## أين يمكنك أيضًا أن تحصل على مساعدة (Where else you can get help)

topic-help-title = أين يمكنك أن تحصل على مساعدة
topic-help-intro = أين يمكنك أن تسأل، ومن يمكن أن يقدّم لك نصيحة.
topic-help-1-heading = اسألنا في Borgerservice (خدمة المواطنين)
topic-help-1-body =
    ألا تعرف إلى أين تذهب؟ اسألنا في Borgerservice (خدمة المواطنين).
    نساعدك لتعرف طريقك.
topic-help-2-heading = أحضر معك شخصًا تثق به
topic-help-2-body =
    يسعدنا أن تُحضر معك شخصًا تثق به.
    تذكّر: في العادة لا يجوز لطفل عمره أقل من 18 سنة أن يترجم لك في البلدية.
topic-help-3-heading = اقرأ المزيد على الإنترنت
topic-help-3-body =
    يمكنك أن تقرأ المزيد عن حقوقك على borger.dk و kk.dk.
    يمكننا أن نساعدك لتجد المكان الصحيح.
topic-help-4-heading = أماكن تقدّم النصيحة
topic-help-4-body =
    هنا يمكنك أن تحصل على نصيحة أو أن تشتكي:
    - Københavns Borgerrådgiver
    - خط كوبنهاغن الهاتفي عن التمييز
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    اقرأ المزيد في موضوع «إذا شعرت بأنك تعرّضت للتمييز».
    يمكننا أن نساعدك لتجد المكان الصحيح.
