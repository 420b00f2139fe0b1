# Informacje dla mieszkańca prostym językiem polskim. Tekstem źródłowym jest duński (i18n/da/citizen.ftl),
# tam są też źródła. Tłumaczenie maszynowe; tłumacz jeszcze go nie sprawdził.

citizen-unreviewed-notice = Ten tekst w twoim języku przygotowała maszyna. Żaden tłumacz jeszcze go nie przeczytał.
citizen-reviewed-notice = Tłumacz sprawdził ten tekst { $date }.
citizen-i-speak = Mówię po polsku
handout-title = Informacja z Borgerservice (biura obsługi mieszkańców)
handout-footer = Wydano w Borgerservice (biurze obsługi mieszkańców), Gmina Kopenhaga, { $date }.

## Witamy

topic-welcome-title = Witamy
topic-welcome-intro = Masz prawo do równie dobrej obsługi. Tak ci pomagamy.
topic-welcome-1-heading = Masz prawo do równego traktowania
topic-welcome-1-body =
    Wszyscy mieszkańcy mają dostać w gminie tę samą dobrą obsługę.
    Tak jest bez względu na to, kim jesteś i skąd pochodzisz. I bez względu na przykład na:
    - płeć
    - rasę i pochodzenie etniczne
    - religię i wiarę
    - wiek
    - niepełnosprawność
    - orientację seksualną
topic-welcome-2-heading = Traktowani równo, ale nie tak samo
topic-welcome-2-body =
    W Kopenhadze mówimy: traktowani równo – ale nie tak samo.
    To znaczy, że pomagamy ci tak, jak tego potrzebujesz.
    Niektórzy potrzebują tłumacza. Inni potrzebują więcej czasu albo pomocy z komputerem i internetem.
    Celem jest tak samo dobra obsługa dla ciebie jak dla wszystkich innych.
topic-welcome-3-heading = Powiedz, czego potrzebujesz
topic-welcome-3-body =
    Powiedz, jeśli czegoś nie rozumiesz.
    Możesz poprosić, żebyśmy mówili wolno.
    Chcemy ci pomóc.

## Twoje prawa i możliwości

topic-rights-title = Twoje prawa i możliwości
topic-rights-intro = Możesz pytać, przyjść z kimś i dostać pomoc z listami.
topic-rights-1-heading = Pomagamy z twoimi listami
topic-rights-1-body =
    Masz list z gminy, którego nie rozumiesz?
    Weź list ze sobą i zapytaj nas.
    Pomożemy ci go zrozumieć. Albo znajdziemy kogoś, kto to potrafi.
topic-rights-2-heading = Możesz przyjść z kimś
topic-rights-2-body =
    Możesz przyjść z osobą, której ufasz.
    Może to być przyjaciel albo ktoś z twojej rodziny.
    Dziecko poniżej 18 lat nie może tłumaczyć dla ciebie w wielu sprawach w gminie. Przeczytaj więcej w części „Tłumacz ustny”.
topic-rights-3-heading = Możesz zapytać jeszcze raz
topic-rights-3-body =
    Pytanie jeszcze raz jest całkowicie w porządku.
    Chętnie wyjaśnimy jeszcze raz, wolno albo innymi słowami.
    Możesz też poprosić, żebyśmy to zapisali.
topic-rights-4-heading = Informacja w twoim języku
topic-rights-4-body =
    Możesz poprosić o informację w swoim języku.
    Mamy teksty w niektórych językach. Możemy pokazać je obok tekstu po duńsku.
    Możesz zabrać tekst do domu na papierze.
    Możesz też poprosić o tłumacza. Przeczytaj więcej w części „Tłumacz ustny”.

## Tłumacz ustny

topic-interpreter-title = Tłumacz ustny
topic-interpreter-intro = Kiedy dostaniesz tłumacza i kto może tłumaczyć.
topic-interpreter-1-heading = Tłumacz w gminie
topic-interpreter-1-body =
    Prawo nie zawsze gwarantuje tłumacza.
    Ale gmina musi zadbać o to, żebyśmy rozumieli ciebie, a ty nas.
    Urzędnik prowadzący sprawę ocenia, czy potrzebny jest tłumacz.
    Jeśli tłumacz jest potrzebny, płaci gmina.
topic-interpreter-2-heading = Dzieci nie mogą tłumaczyć
topic-interpreter-2-body =
    Od 1 lipca 2025 roku dzieci poniżej 18 lat nie mogą tłumaczyć, gdy rozmawiasz z gminą o wielu sprawach.
    Dotyczy to na przykład szkoły, żłobka i przedszkola, pracy, podatków, spraw socjalnych i opieki nad osobami starszymi.
    Ale dziecko może tłumaczyć w prostych sprawach.
topic-interpreter-3-heading = Tłumacz u lekarza i w szpitalu
topic-interpreter-3-body =
    U lekarza i w szpitalu to lekarz ocenia, czy dostaniesz tłumacza.
    Jeśli mieszkasz w Danii dłużej niż 3 lata, zwykle musisz zapłacić za tłumacza.
    Niektórzy nie muszą płacić. Zapytaj lekarza, co dotyczy ciebie.
topic-interpreter-4-heading = Jak poprosić o tłumacza
topic-interpreter-4-body =
    Powiedz, jeśli potrzebujesz tłumacza.
    Powiedz też, jakim językiem mówisz.
    Wtedy razem z tobą znajdziemy rozwiązanie.

## Pomoc cyfrowa

topic-digital-title = Pomoc cyfrowa
topic-digital-intro = MitID, Digital Post i pomoc w korzystaniu z internetu.
topic-digital-1-heading = Uzyskaj MitID w Borgerservice
topic-digital-1-body =
    Możesz uzyskać MitID w Borgerservice (biurze obsługi mieszkańców).
    Umów wizytę i weź ze sobą ważny dokument tożsamości.
    Pomożemy ci zacząć.
topic-digital-2-heading = Jeśli nie możesz używać aplikacji MitID
topic-digital-2-body =
    Są inne sposoby niż aplikacja:
    - Urządzenie, które pokazuje kod (kodeviser)
    - Urządzenie, które czyta kod na głos (kodeoplæser)
    - Chip MitID. Jest płatny.
    Zapytaj nas, co jest dobre dla ciebie.
topic-digital-3-heading = Zwolnienie z Digital Post
topic-digital-3-body =
    Nie możesz korzystać z Digital Post? Wtedy możesz dostać zwolnienie. Wtedy dostajesz listy na papierze.
    Przychodzisz osobiście do Borgerservice (biura obsługi mieszkańców). Weź ze sobą dokument tożsamości i złóż podpis.
    Nie musisz udowadniać, dlaczego nie możesz. Powodem może być na przykład:
    - niepełnosprawność
    - brak komputera lub internetu
    - trudności z językiem
    - trudności z uzyskaniem MitID
    - brak stałego adresu
topic-digital-4-heading = Pomoc od innej osoby i przy okienku
topic-digital-4-body =
    Możesz pozwolić osobie, której ufasz, czytać twoją Digital Post.
    Może to być na przykład ktoś z twojej rodziny albo przyjaciel.
    Możemy też pomóc ci w samoobsłudze tutaj, przy okienku.

## Nowi w Kopenhadze

topic-newcomer-title = Nowi w Kopenhadze
topic-newcomer-intro = Pierwsze kroki, gdy przeprowadzasz się do Kopenhagi.
topic-newcomer-1-heading = Uzyskaj CPR-nummer (numer osobisty)
topic-newcomer-1-body =
    Pierwszy krok to uzyskanie CPR-nummer (duńskiego numeru osobistego).
    Możesz się zarejestrować w Borgerservice (biurze obsługi mieszkańców) albo w International House Copenhagen. Zapytaj nas, dokąd masz pójść.
    Weź ze sobą:
    - swój paszport
    - dokument, który pokazuje, że możesz mieszkać w Danii
    - dokument z twoim adresem, na przykład umowę najmu
topic-newcomer-2-heading = Wybierz lekarza
topic-newcomer-2-body =
    Lekarza wybierasz wtedy, gdy się rejestrujesz.
    Nazwisko lekarza jest na twojej karcie zdrowia (sundhedskort).
topic-newcomer-3-heading = Twoja żółta karta zdrowia (sundhedskort)
topic-newcomer-3-body =
    Żółtą kartę zdrowia (sundhedskort) dostaniesz pocztą.
    Zwykle trwa to parę tygodni.
    Zabieraj kartę ze sobą, gdy idziesz do lekarza.
topic-newcomer-4-heading = Ucz się duńskiego za darmo
topic-newcomer-4-body =
    Możesz przez pewien czas uczyć się duńskiego za darmo, gdy tu mieszkasz i masz CPR-nummer (numer osobisty).
    Niektórzy muszą wpłacić kaucję. Dostaniesz ją z powrotem, gdy skończysz naukę na czas.
    Zapytaj w szkole językowej, co dotyczy ciebie.

## Skarga na dyskryminację

topic-complaints-title = Jeśli czujesz, że spotkała cię dyskryminacja
topic-complaints-intro = Tutaj możesz złożyć skargę i dostać poradę.
topic-complaints-1-heading = Najpierw złóż skargę do tych, którzy prowadzili twoją sprawę
topic-complaints-1-body =
    Czujesz, że w kontakcie z gminą spotkała cię dyskryminacja? Wtedy możesz złożyć skargę.
    Najpierw złóż skargę do działu, który prowadził twoją sprawę.
topic-complaints-2-heading = Rzecznik mieszkańców Kopenhagi (Københavns Borgerrådgiver)
topic-complaints-2-body =
    Odpowiedź ci się nie podoba? Wtedy możesz złożyć skargę do rzecznika mieszkańców Kopenhagi (Københavns Borgerrådgiver).
    Zwykle musisz złożyć skargę w ciągu 1 roku od tego, co się stało.
    Możesz napisać list albo e-mail.
topic-complaints-3-heading = Komisja ds. Równego Traktowania (Ligebehandlingsnævnet)
topic-complaints-3-body =
    Możesz też złożyć skargę do Komisji ds. Równego Traktowania (Ligebehandlingsnævnet). To nic nie kosztuje.
    Skargę składasz na piśmie. Sprawa musi dotyczyć bezpośrednio ciebie.
    Poza pracą komisja zajmuje się tylko sprawami dotyczącymi płci, rasy, pochodzenia etnicznego i niepełnosprawności.
topic-complaints-4-heading = Uzyskaj poradę
topic-complaints-4-body =
    Institut for Menneskerettigheder (Duński Instytut Praw Człowieka) może dać ci poradę i wsparcie.
    Dotyczy to sytuacji, gdy spotkała cię dyskryminacja z powodu płci, rasy lub pochodzenia etnicznego.
topic-complaints-5-heading = Parlamentarny rzecznik praw obywatelskich (Folketingets Ombudsmand)
topic-complaints-5-body =
    Możesz też złożyć skargę do Folketingets Ombudsmand (parlamentarnego rzecznika praw obywatelskich). To nic nie kosztuje.
    Ale najpierw musisz skorzystać z innych miejsc, w których możesz złożyć skargę.
    Musisz złożyć skargę w ciągu 1 roku.

## Gdzie jeszcze możesz dostać pomoc

topic-help-title = Tutaj możesz dostać pomoc
topic-help-intro = Gdzie możesz zapytać i kto może ci doradzić.
topic-help-1-heading = Zapytaj nas w Borgerservice
topic-help-1-body =
    Nie wiesz, dokąd pójść? Zapytaj nas w Borgerservice (biurze obsługi mieszkańców).
    Pomożemy ci dalej.
topic-help-2-heading = Przyjdź z kimś, komu ufasz
topic-help-2-body =
    Możesz przyjść z osobą, której ufasz.
    Pamiętaj: dziecko poniżej 18 lat nie może tłumaczyć dla ciebie w wielu sprawach w gminie.
topic-help-3-heading = Przeczytaj więcej w internecie
topic-help-3-body =
    Więcej o swoich prawach przeczytasz na borger.dk i kk.dk.
    Możemy pomóc ci znaleźć właściwe miejsce.
topic-help-4-heading = Miejsca, które udzielają porad
topic-help-4-body =
    Tutaj możesz dostać poradę albo złożyć skargę:
    - Rzecznik mieszkańców Kopenhagi (Københavns Borgerrådgiver)
    - Komisja ds. Równego Traktowania (Ligebehandlingsnævnet)
    - Duński Instytut Praw Człowieka (Institut for Menneskerettigheder)
    - Parlamentarny rzecznik praw obywatelskich (Folketingets Ombudsmand)
    Przeczytaj więcej w części „Jeśli czujesz, że spotkała cię dyskryminacja”.
    Możemy pomóc ci znaleźć właściwe miejsce.

## Umów wizytę i co zabrać ze sobą

topic-booking-title = Umów wizytę
topic-booking-intro = Jak umówić wizytę i co zabrać ze sobą.
topic-booking-1-heading = Najpierw umów wizytę
topic-booking-1-body =
    Umów wizytę, zanim przyjdziesz do Borgerservice (biura obsługi mieszkańców).
    Nie masz MitID? Mimo to możesz umówić wizytę. Zapytaj nas.
topic-booking-2-heading = Weź dokument tożsamości
topic-booking-2-body =
    Weź ważny dokument tożsamości, na przykład paszport albo prawo jazdy.
    Musimy móc sprawdzić, kim jesteś.
topic-booking-3-heading = Weź swoje dokumenty
topic-booking-3-body =
    To, co musisz zabrać, zależy od twojej sprawy.
    Może to być na przykład list z gminy, zdjęcie albo twój stary paszport.
    Zobacz listę na kk.dk albo zapytaj nas.

## Przeprowadzka

topic-moving-title = Przeprowadzka
topic-moving-intro = Podaj gminie swój nowy adres. Jest na to termin.
topic-moving-1-heading = Zgłoś przeprowadzkę w ciągu 5 dni
topic-moving-1-body =
    Kiedy się przeprowadzasz, musisz podać gminie swój nowy adres.
    Musisz to zrobić najpóźniej 5 dni po tym, jak się wprowadzisz.
    W większości gmin możesz to zrobić do 4 tygodni przed przeprowadzką.
topic-moving-2-heading = Jak zgłosić przeprowadzkę
topic-moving-2-body =
    Przeprowadzkę zgłaszasz na borger.dk przez MitID. W tym samym czasie wybierasz lekarza.
    Nie masz MitID? Wtedy możemy ci pomóc. Pamiętaj, żeby umówić wizytę.
    Umieść swoje nazwisko na nowej skrzynce pocztowej.
topic-moving-3-heading = Jeśli zgłosisz za późno
topic-moving-3-body =
    Jeśli zgłosisz przeprowadzkę za późno, możesz dostać karę pieniężną.
    Nie masz pewności? Zapytaj nas, zanim minie termin.

## Paszport i prawo jazdy

topic-passport-title = Paszport i prawo jazdy
topic-passport-intro = Nowy paszport, nowe prawo jazdy i co zabrać ze sobą.
topic-passport-1-heading = Uzyskaj nowy paszport
topic-passport-1-body =
    Nowy paszport możesz dostać w Borgerservice (biurze obsługi mieszkańców). Dotyczy to też sytuacji, gdy twój paszport zaginął.
    Wypełnij wniosek i umów wizytę.
    Nie masz MitID? Wtedy wypełnimy wniosek razem z tobą.
topic-passport-2-heading = Co zabrać, gdy wyrabiasz paszport
topic-passport-2-body =
    Weź swój stary paszport, także jeśli stracił ważność.
    Jeśli nie masz starego paszportu, nowy paszport kosztuje podwójnie.
    Weź zdjęcie do paszportu. Możesz też zrobić zdjęcie u nas. Jest to płatne.
    Twoje dziecko potrzebuje paszportu? Wtedy dziecko musi przyjść z tobą.
topic-passport-3-heading = Prawo jazdy
topic-passport-3-body =
    W Borgerservice (biurze obsługi mieszkańców) możesz odnowić prawo jazdy albo dostać nowe. Najpierw umów wizytę.
    Weź stare prawo jazdy, dokument tożsamości ze zdjęciem i zdjęcie.
    Niektórzy potrzebują też zaświadczenia od lekarza. Zapytaj nas, czy dotyczy to ciebie.

## Karta zdrowia

topic-health-card-title = Karta zdrowia (sundhedskort)
topic-health-card-intro = Żółta karta, twój lekarz i niebieska karta na podróże.
topic-health-card-1-heading = Jeśli zgubisz kartę zdrowia (sundhedskort)
topic-health-card-1-body =
    Jeśli zgubisz żółtą kartę zdrowia (sundhedskort), możesz zamówić nową na borger.dk przez MitID.
    Możesz też dostać pomoc w Borgerservice (biurze obsługi mieszkańców).
    Za nową kartę trzeba zapłacić, gdy stara zaginęła.
topic-health-card-2-heading = Jeśli chcesz mieć nowego lekarza
topic-health-card-2-body =
    Możesz zmienić lekarza. Wtedy dostaniesz nową kartę zdrowia (sundhedskort).
    Zmiana lekarza może kosztować.
    Gdy się przeprowadzasz, dostajesz nową kartę za darmo.
topic-health-card-3-heading = Niebieska karta na podróże po Europie
topic-health-card-3-body =
    Wybierasz się w podróż po UE, Norwegii, Islandii, Liechtensteinie lub Szwajcarii? Wtedy potrzebujesz niebieskiej karty ubezpieczenia zdrowotnego UE (EU-sygesikringskort).
    Jest bezpłatna. Zamawiasz ją na borger.dk.
    Z niebieską kartą dostajesz taką samą pomoc jak mieszkańcy danego kraju.

## Osoby głuche lub słabosłyszące

topic-deaf-title = Osoby głuche lub słabosłyszące
topic-deaf-intro = Tłumacz języka migowego i tłumacz piszący (skrivetolk) – i jak go dostać.
topic-deaf-1-heading = Tłumacz w gminie
topic-deaf-1-body =
    Jesteś osobą głuchą albo słabo słyszysz? Wtedy możesz dostać tłumacza.
    Jeśli masz rozmawiać z gminą, gmina zapewnia tłumacza. Nie musisz płacić.
    Kiedy umawiasz wizytę, powiedz, że potrzebujesz tłumacza.
topic-deaf-2-heading = Język migowy albo pismo
topic-deaf-2-body =
    Tłumacz języka migowego tłumaczy między mową a językiem migowym.
    Tłumacz piszący (skrivetolk) zapisuje to, co się mówi. Czytasz to na ekranie.
    Powiedz, jakiego tłumacza chcesz.
topic-deaf-3-heading = Tłumacz w innych sprawach
topic-deaf-3-body =
    Idziesz na spotkanie w stowarzyszeniu albo do lekarza? Wtedy możesz złożyć wniosek o tłumacza do Den Nationale Tolkemyndighed (krajowego urzędu ds. tłumaczy).
    Najpierw musisz się u nich zarejestrować jako użytkownik.

## Pomoc od innej osoby

topic-helper-title = Pomoc od innej osoby
topic-helper-intro = Przyjdź z kimś albo pozwól komuś innemu sobie pomóc.
topic-helper-1-heading = Przyjdź z osobą wspierającą (bisidder)
topic-helper-1-body =
    Możesz przyjść z drugą osobą, kiedy rozmawiasz z gminą o swojej sprawie. Taką osobę nazywa się bisidder (osoba wspierająca).
    To ty wybierasz, kto to będzie. Może to być ktoś z twojej rodziny albo przyjaciel.
    Twoja osoba wspierająca może mówić na spotkaniu.
topic-helper-2-heading = Pełnomocnictwo cyfrowe (Digital Fuldmagt)
topic-helper-2-body =
    Przez Digital Fuldmagt (pełnomocnictwo cyfrowe) możesz pozwolić komuś innemu pomagać ci w internecie.
    Ta osoba może na przykład zgłosić za ciebie przeprowadzkę albo zobaczyć odpowiedzi ze szpitala.
    Musisz mieć ponad 15 lat. Jedna osoba z was musi mieć MitID.
topic-helper-3-heading = Jeśli nie masz MitID
topic-helper-3-body =
    Nie masz MitID? Wtedy osoba, która ma ci pomagać, może poprosić o pełnomocnictwo.
    Podpisujesz się na papierze.
    Możesz też dostać w tym pomoc w Borgerservice (biurze obsługi mieszkańców). Pamiętaj, żeby umówić wizytę.

## Skarga na decyzję

topic-decision-title = Skarga na decyzję
topic-decision-intro = Twoje prawa, gdy gmina decyduje o czymś, co dotyczy ciebie.
topic-decision-1-heading = Masz prawo do wysłuchania
topic-decision-1-body =
    Zanim gmina zdecyduje coś w twojej sprawie, zwykle musi cię wysłuchać.
    To znaczy, że możesz odpowiedzieć na informacje, które przemawiają przeciwko tobie.
    Nazywa się to partshøring (wysłuchanie strony).
topic-decision-2-heading = Możesz zobaczyć dokumenty w swojej sprawie
topic-decision-2-body =
    Możesz poprosić o pokazanie dokumentów w twojej sprawie. Nazywa się to aktindsigt (wgląd do akt).
    Zapytaj dział, który prowadzi twoją sprawę. Możesz napisać, zadzwonić albo przyjść osobiście.
    Nie musisz mówić, dlaczego chcesz je zobaczyć.
topic-decision-3-heading = Przeczytaj pouczenie o skardze
topic-decision-3-body =
    Jeśli dostaniesz odpowiedź na piśmie, w liście zwykle jest pouczenie o skardze (klagevejledning).
    Mówi ono, czy możesz złożyć skargę, jak, do kogo i kiedy. Pamiętaj o terminie.
    Brakuje ci uzasadnienia i pouczenia o skardze? Wtedy masz prawo je dostać.
    Możesz złożyć skargę na piśmie albo ustnie.
