# Glossary: words citizens meet at the municipality, explained in plain Ukrainian. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.
# Each headword shows the Danish term in brackets, so that staff and citizen can match it on a letter or a sign.

## Мешканець і особа (Citizen and identity)

term-cpr-number-name = Номер CPR (CPR-nummer)
term-cpr-number-text = Ваш особистий номер у Данії. Він потрібен вам у муніципалітеті, у лікаря і в банку.
term-health-card-name = Картка здоров'я (Sundhedskort)
term-health-card-text = Жовта картка з вашим номером CPR (CPR-nummer) і вашим лікарем. Беріть її з собою до лікаря.
term-blue-health-card-name = Синя європейська картка медичного страхування (Blåt EU-sygesikringskort)
term-blue-health-card-text = Синя картка, яка вам потрібна, якщо ви захворієте під час подорожі Європою.
term-passport-name = Паспорт (Pas)
term-passport-text = Документ із вашої країни, який показує, хто ви. Він потрібен вам, коли ви подорожуєте.
term-driving-licence-name = Посвідчення водія (Kørekort)
term-driving-licence-text = Картка, яка показує, що ви можете водити автомобіль. Вона також показує, хто ви.
term-id-document-name = Документ, що посвідчує особу (Legitimation)
term-id-document-text = Документ із фото, який показує, хто ви. Це може бути паспорт або посвідчення водія.
term-residence-permit-name = Дозвіл на проживання (Opholdstilladelse)
term-residence-permit-text = Документ, який показує, що вам можна жити в Данії.
term-registration-certificate-name = Свідоцтво про реєстрацію (Registreringsbevis)
term-registration-certificate-text = Документ, який показує, що ви як громадянин ЄС маєте право жити в Данії.
term-registered-address-name = Зареєстрована адреса (Folkeregisteradresse)
term-registered-address-text = Адреса, де ви живете і яку записав муніципалітет. Туди надсилають листи й картки.
term-moving-name = Переїзд (Flytning)
term-moving-text = Ви переїжджаєте на нове місце. Тоді ви маєте повідомити муніципалітету свою нову адресу.
term-lease-name = Договір оренди (Lejekontrakt)
term-lease-text = Документ, на якому ви і власник житла підписуєтеся, що ви винаймаєте житло. Він може показати, де ви живете.
term-documentation-name = Підтвердні документи (Dokumentation)
term-documentation-text = Документи, які показують, що щось є правдою. Наприклад, паспорт або договір оренди.

## Цифрове (Digital)

term-mitid-name = MitID
term-mitid-text = Ваш цифровий ID. З ним ви входите на сайти муніципалітету, банку і borger.dk.
term-code-display-name = Пристрій, що показує код (Kodeviser)
term-code-display-text = Маленький пристрій, який показує код. Ним можна користуватися замість застосунку MitID.
term-audio-code-reader-name = Пристрій, що читає код (Kodeoplæser)
term-audio-code-reader-text = Маленький пристрій, який читає код уголос. Він добрий для вас, якщо ви не бачите код.
term-mitid-chip-name = Чип MitID (MitID-chip)
term-mitid-chip-text = Маленький чип. З ним можна входити через MitID без застосунку.
term-digital-post-name = Digital Post
term-digital-post-text = Листи від муніципалітету та інших державних установ, які ви читаєте в інтернеті, а не на папері.
term-digital-post-exemption-name = Звільнення від Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = Тоді ви отримуєте листи на папері, а не в інтернеті. Попросити про це можна в Borgerservice (центрі обслуговування мешканців).
term-relative-access-name = Доступ для близьких (Adgang for pårørende)
term-relative-access-text = Ви дозволяєте людині, якій довіряєте, читати ваш Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = Сайт державних установ. Тут ви можете прочитати про свої права і подати заяву на різні речі.
term-self-service-name = Самообслуговування (Selvbetjening)
term-self-service-text = Коли ви самі подаєте заяву на щось в інтернеті. Ми можемо допомогти вам на прийомі.
term-nemkonto-name = NemKonto
term-nemkonto-text = Ваш банківський рахунок, на який ви отримуєте гроші від держави.

## Муніципалітет і ваша справа (The municipality and your case)

term-citizen-service-name = Центр обслуговування мешканців (Borgerservice)
term-citizen-service-text = Місце, де ви можете зустрітися з муніципалітетом і отримати допомогу. Саме тут ви зараз.
term-municipality-name = Муніципалітет (Kommune)
term-municipality-text = Це та частина державної влади, яка найближча до вас. Ви живете в Муніципалітеті Копенгагена.
term-caseworker-name = Працівник, який веде справу (Sagsbehandler)
term-caseworker-text = Людина в муніципалітеті, яка працює з вашою справою.
term-decision-name = Рішення (Afgørelse)
term-decision-text = Відповідь муніципалітету у вашій справі. Часто ви отримуєте її в листі.
term-deadline-name = Строк (Frist)
term-deadline-text = Останній день, коли ви можете щось зробити. Наприклад, надіслати документ або поскаржитися.
term-appointment-name = Запис на прийом (Tid)
term-appointment-text = Зустріч, про яку ви домовилися з муніципалітетом, на певний день і час.
term-power-of-attorney-name = Довіреність (Fuldmagt)
term-power-of-attorney-text = Документ, у якому ви дозволяєте іншій людині вирішити справу за вас.
term-digital-power-of-attorney-name = Цифрова довіреність (Digital Fuldmagt)
term-digital-power-of-attorney-text = Довіреність в інтернеті. Тоді інша людина може допомогти вам із самообслуговуванням на сайтах державних установ.
term-companion-name = Супровідна особа (Bisidder)
term-companion-text = Людина, яку ви берете з собою на зустріч із муніципалітетом. Ця людина вас підтримує.
term-right-to-be-heard-name = Право бути почутим (Partshøring)
term-right-to-be-heard-text = Муніципалітет показує вам інформацію у вашій справі, перш ніж щось вирішити. Тоді ви можете відповісти.
term-access-to-file-name = Доступ до справи (Aktindsigt)
term-access-to-file-text = Ваше право бачити документи у вашій справі.
term-consent-name = Згода (Samtykke)
term-consent-text = Ви кажете «так» на щось. Наприклад, що ми можемо говорити з іншою людиною про вашу справу.
term-doctor-name = Лікар (Læge)
term-doctor-text = Ваш власний лікар. Коли ви хворієте, ви спершу йдете до нього.
term-international-house-name = International House Copenhagen
term-international-house-text = Місце в Копенгагені, де нові мешканці з-за кордону можуть отримати допомогу. Там можна отримати номер CPR (CPR-nummer).
term-danish-education-name = Курси данської мови (Danskuddannelse)
term-danish-education-text = Уроки данської мови для дорослих, які недавно в Данії.

## Усний перекладач (Interpreter)

term-interpreter-name = Усний перекладач (Tolk)
term-interpreter-text = Людина, яка каже вашою мовою те, що говорять данською, і навпаки.
term-phone-interpreter-name = Перекладач по телефону (Telefontolk)
term-phone-interpreter-text = Перекладач, з яким ви говорите по телефону. Перекладача немає в кімнаті.
term-video-interpreter-name = Перекладач по відео (Videotolk)
term-video-interpreter-text = Перекладач, якого ви бачите і чуєте на екрані.
term-sign-language-interpreter-name = Перекладач жестової мови (Tegnsprogstolk)
term-sign-language-interpreter-text = Перекладач, який перекладає між мовленням і жестовою мовою.

## Рівне ставлення і скарги (Equal treatment and complaints)

term-equal-treatment-name = Рівне ставлення (Ligebehandling)
term-equal-treatment-text = Усі отримують однаково добре обслуговування. Деяким людям для цього потрібно більше допомоги, ніж іншим.
term-discrimination-name = Дискримінація (Diskrimination)
term-discrimination-text = З кимось поводяться гірше, ніж з іншими. Це може бути, наприклад, через мову, віру, колір шкіри або інвалідність.
term-complaint-name = Скарга (Klage)
term-complaint-text = Ви кажете, що не згодні з відповіддю муніципалітету. Або ви кажете, що з вами погано повелися.
term-complaint-guidance-name = Інформація про оскарження (Klagevejledning)
term-complaint-guidance-text = Текст у листі. Він каже, як і коли ви можете поскаржитися.
term-citizens-advisor-name = Радник мешканців (Borgerrådgiver)
term-citizens-advisor-text = Місце в Муніципалітеті Копенгагена. Туди можна звернутися, якщо вас не влаштовує відповідь на скаргу.
term-equal-treatment-board-name = Рада з питань рівного ставлення (Ligebehandlingsnævnet)
term-equal-treatment-board-text = Рада, куди можна безкоштовно поскаржитися на дискримінацію. Ви скаржитеся письмово.
term-human-rights-institute-name = Данський інститут прав людини (Institut for Menneskerettigheder)
term-human-rights-institute-text = Інститут, який дає поради про дискримінацію. Наприклад, через стать, расу або етнічне походження.
term-ombudsman-name = Парламентський омбудсмен (Folketingets Ombudsmand)
term-ombudsman-text = Місце, куди можна поскаржитися на державні установи.
