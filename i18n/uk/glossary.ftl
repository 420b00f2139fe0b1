# Glossary: words citizens meet at the municipality, explained in plain Ukrainian. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers. Machine translation, not yet reviewed.

## Мешканець і особа (Citizen and identity)

term-cpr-number-name = Номер CPR
term-cpr-number-text = Ваш особистий номер у Данії. Він потрібен вам у муніципалітеті, у лікаря і в банку.
term-health-card-name = Картка здоров'я (sundhedskort)
term-health-card-text = Жовта картка з вашим номером CPR і вашим лікарем. Беріть її з собою до лікаря.
term-passport-name = Паспорт
term-passport-text = Документ із вашої країни, який показує, хто ви. Він потрібен вам, коли ви подорожуєте.
term-id-document-name = Документ, що посвідчує особу
term-id-document-text = Документ із фото, який показує, хто ви. Це може бути паспорт або посвідчення водія.
term-residence-permit-name = Дозвіл на проживання
term-residence-permit-text = Документ, який показує, що вам можна жити в Данії.
term-registration-certificate-name = Свідоцтво про реєстрацію
term-registration-certificate-text = Документ, який показує, що ви як громадянин ЄС маєте право жити в Данії.
term-registered-address-name = Зареєстрована адреса
term-registered-address-text = Адреса, де ви живете і яку записав муніципалітет. Туди надсилають листи й картки.
term-moving-name = Переїзд
term-moving-text = Коли ви переїжджаєте, ви повинні повідомити муніципалітет про нову адресу.
term-lease-name = Договір оренди
term-lease-text = Документ, який ви і власник житла підписуєте, коли ви винаймаєте житло. Він може показати, де ви живете.
term-documentation-name = Підтвердні документи
term-documentation-text = Документи, які показують, що щось є правдою. Наприклад, паспорт або договір оренди.

## Цифрове (Digital)

term-mitid-name = MitID
term-mitid-text = Ваш цифровий ID. З ним ви входите на сайти муніципалітету, банку і borger.dk.
term-code-display-name = Пристрій, що показує код (kodeviser)
term-code-display-text = Маленький пристрій, який показує код. Ним можна користуватися замість застосунку MitID.
term-audio-code-reader-name = Пристрій, що читає код (kodeoplæser)
term-audio-code-reader-text = Маленький пристрій, який читає код уголос. Він добрий для вас, якщо ви не бачите код.
term-mitid-chip-name = Чип MitID
term-mitid-chip-text = Маленький чип. З ним можна входити через MitID без застосунку.
term-digital-post-name = Digital Post
term-digital-post-text = Листи від муніципалітету та інших державних установ, які ви читаєте в інтернеті, а не на папері.
term-digital-post-exemption-name = Звільнення від Digital Post
term-digital-post-exemption-text = Тоді ви отримуєте листи на папері, а не в інтернеті. Попросити про це можна в Borgerservice.
term-relative-access-name = Доступ для родича
term-relative-access-text = Ви дозволяєте комусь із вашої родини читати ваш Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = Сайт державних установ. Тут ви можете прочитати про свої права і подати заяву на різні речі.
term-self-service-name = Самообслуговування
term-self-service-text = Коли ви самі подаєте заяву на щось в інтернеті. Ми можемо допомогти вам на прийомі.
term-nemkonto-name = NemKonto
term-nemkonto-text = Ваш банківський рахунок, на який ви отримуєте гроші від держави.

## Муніципалітет і ваша справа (The municipality and your case)

term-citizen-service-name = Borgerservice (центр обслуговування мешканців)
term-citizen-service-text = Місце, де ви можете зустрітися з муніципалітетом і отримати допомогу. Саме тут ви зараз.
term-municipality-name = Муніципалітет
term-municipality-text = Частина державної влади, яка допомагає людям, що живуть на певній території. Ви живете в Муніципалітеті Копенгагена.
term-caseworker-name = Працівник, який веде справу
term-caseworker-text = Людина в муніципалітеті, яка працює з вашою справою.
term-decision-name = Рішення
term-decision-text = Відповідь муніципалітету у вашій справі. Часто ви отримуєте її в листі.
term-deadline-name = Строк
term-deadline-text = Останній день, коли ви можете щось зробити. Наприклад, надіслати документ або поскаржитися.
term-appointment-name = Запис на прийом
term-appointment-text = Зустріч, про яку ви домовилися з муніципалітетом, на певний день і час.
term-power-of-attorney-name = Довіреність
term-power-of-attorney-text = Документ, у якому ви дозволяєте іншій людині вирішити справу за вас.
term-consent-name = Згода
term-consent-text = Ви кажете «так» на щось. Наприклад, що ми можемо говорити з іншою людиною про вашу справу.
term-doctor-name = Лікар
term-doctor-text = Ваш власний лікар. Коли ви хворі, ви спершу йдете до нього.
term-international-house-name = International House Copenhagen
term-international-house-text = Місце в Копенгагені, де нові мешканці з-за кордону можуть отримати допомогу. Там можна отримати номер CPR.
term-danish-education-name = Курси данської мови
term-danish-education-text = Уроки данської мови для дорослих, які недавно в Данії.

## Перекладач (Interpreter)

term-interpreter-name = Перекладач
term-interpreter-text = Людина, яка каже вашою мовою те, що говорять данською, і навпаки.
term-phone-interpreter-name = Перекладач по телефону
term-phone-interpreter-text = Перекладач, який допомагає по телефону.
term-video-interpreter-name = Перекладач по відео
term-video-interpreter-text = Перекладач, якого ви бачите і чуєте на екрані.

## Рівне ставлення і скарги (Equal treatment and complaints)

term-equal-treatment-name = Рівне ставлення
term-equal-treatment-text = Усі отримують однаково добре обслуговування. Деяким людям для цього потрібно більше допомоги, ніж іншим.
term-discrimination-name = Дискримінація
term-discrimination-text = Коли з кимось поводяться гірше, наприклад, через його мову, релігію, колір шкіри або інвалідність.
term-complaint-name = Скарга
term-complaint-text = Ви кажете, що не згодні з відповіддю муніципалітету або що з вами погано повелися.
term-complaint-guidance-name = Інформація про оскарження
term-complaint-guidance-text = Частина листа, яка каже, як і коли ви можете поскаржитися.
term-citizens-advisor-name = Радник мешканців (Borgerrådgiver)
term-citizens-advisor-text = Місце в Муніципалітеті Копенгагена, куди можна звернутися, якщо вас не влаштовує відповідь муніципалітету на скаргу.
term-equal-treatment-board-name = Рада з питань рівного ставлення (Ligebehandlingsnævnet)
term-equal-treatment-board-text = Рада, куди можна безкоштовно поскаржитися на дискримінацію. Скаргу подають письмово.
term-human-rights-institute-name = Данський інститут прав людини
term-human-rights-institute-text = Інститут, який дає поради, якщо вас дискримінували через расу або етнічне походження.
term-ombudsman-name = Парламентський омбудсмен (Folketingets Ombudsmand)
term-ombudsman-text = Місце, куди можна поскаржитися на державні установи.
