# Słowniczek: słowa, które mieszkaniec spotyka w gminie, wyjaśnione prosto. Tekstem źródłowym jest duński.
# Każde hasło ma w nawiasie duńskie słowo, żeby urzędnik i mieszkaniec mogli je znaleźć w liście albo na tablicy.

## Mieszkaniec i tożsamość

term-cpr-number-name = Numer CPR (CPR-nummer)
term-cpr-number-text = Twój osobisty numer w Danii. Używasz go w gminie, u lekarza i w banku.
term-health-card-name = Karta zdrowia (Sundhedskort)
term-health-card-text = Żółta karta z twoim numerem CPR (CPR-nummer) i twoim lekarzem. Zabieraj ją do lekarza.
term-blue-health-card-name = Niebieska karta ubezpieczenia zdrowotnego UE (Blåt EU-sygesikringskort)
term-blue-health-card-text = Niebieska karta, której używasz, jeśli zachorujesz w podróży po Europie.
term-passport-name = Paszport (Pas)
term-passport-text = Dokument z twojego kraju, który pokazuje, kim jesteś. Używasz go, kiedy podróżujesz.
term-driving-licence-name = Prawo jazdy (Kørekort)
term-driving-licence-text = Karta, która pokazuje, że możesz prowadzić samochód. Pokazuje też, kim jesteś.
term-id-document-name = Dokument tożsamości (Legitimation)
term-id-document-text = Dokument ze zdjęciem, który pokazuje, kim jesteś. Może to być paszport albo prawo jazdy.
term-residence-permit-name = Zezwolenie na pobyt (Opholdstilladelse)
term-residence-permit-text = Dowód, że możesz mieszkać w Danii.
term-registration-certificate-name = Zaświadczenie o rejestracji (Registreringsbevis)
term-registration-certificate-text = Dowód, że jako obywatel UE masz prawo mieszkać w Danii.
term-registered-address-name = Adres zameldowania (Folkeregisteradresse)
term-registered-address-text = Adres, pod którym mieszkasz i który zapisała gmina. Tam wysyłane są listy i karty.
term-moving-name = Przeprowadzka (Flytning)
term-moving-text = Przenosisz się w nowe miejsce. Wtedy musisz podać gminie swój nowy adres.
term-lease-name = Umowa najmu (Lejekontrakt)
term-lease-text = Dokument, na którym ty i wynajmujący podpisujecie, że wynajmujesz mieszkanie. Może pokazać, gdzie mieszkasz.
term-documentation-name = Dokumenty (Dokumentation)
term-documentation-text = Papiery, które pokazują, że coś jest prawdą. Na przykład paszport albo umowa najmu.

## Cyfrowe

term-mitid-name = MitID
term-mitid-text = Twój cyfrowy identyfikator. Używasz go, żeby zalogować się w gminie, w banku i na borger.dk.
term-code-display-name = Urządzenie pokazujące kod (Kodeviser)
term-code-display-text = Małe urządzenie, które pokazuje kod. Możesz go używać zamiast aplikacji MitID.
term-audio-code-reader-name = Urządzenie czytające kod (Kodeoplæser)
term-audio-code-reader-text = Małe urządzenie, które czyta kod na głos. Jest dobre, jeśli nie widzisz kodu.
term-mitid-chip-name = Chip MitID (MitID-chip)
term-mitid-chip-text = Mały chip, którym możesz logować się przez MitID bez aplikacji.
term-digital-post-name = Digital Post
term-digital-post-text = Listy z gminy i innych urzędów, które czytasz w internecie zamiast na papierze.
term-digital-post-exemption-name = Zwolnienie z Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = Wtedy dostajesz listy na papierze zamiast w internecie. Wniosek składasz w Borgerservice (biurze obsługi mieszkańców).
term-relative-access-name = Dostęp dla bliskiej osoby (Adgang for pårørende)
term-relative-access-text = Pozwalasz osobie, której ufasz, czytać twoją Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = Strona internetowa instytucji publicznych. Tu przeczytasz o swoich prawach i złożysz wnioski.
term-self-service-name = Samoobsługa (Selvbetjening)
term-self-service-text = Kiedy samodzielnie składasz wniosek w internecie. Możemy ci pomóc przy okienku.
term-nemkonto-name = NemKonto
term-nemkonto-text = Twoje konto w banku, na które dostajesz pieniądze od instytucji publicznych.

## Gmina i twoja sprawa

term-citizen-service-name = Biuro obsługi mieszkańców (Borgerservice)
term-citizen-service-text = Miejsce, gdzie możesz spotkać się z gminą i dostać pomoc. Jesteś tu teraz.
term-municipality-name = Gmina (Kommune)
term-municipality-text = To ta część instytucji publicznych, która jest blisko ciebie. Mieszkasz w Gminie Kopenhaga.
term-caseworker-name = Urzędnik prowadzący sprawę (Sagsbehandler)
term-caseworker-text = Osoba w gminie, która zajmuje się twoją sprawą.
term-decision-name = Decyzja (Afgørelse)
term-decision-text = Odpowiedź gminy w twojej sprawie. Często dostajesz ją w liście.
term-deadline-name = Termin (Frist)
term-deadline-text = Ostatni dzień, kiedy możesz coś zrobić. Na przykład wysłać dokument albo złożyć skargę.
term-appointment-name = Wizyta (Tid)
term-appointment-text = Spotkanie, które masz umówione z gminą na określony dzień i godzinę.
term-power-of-attorney-name = Pełnomocnictwo (Fuldmagt)
term-power-of-attorney-text = Dokument, w którym pozwalasz komuś innemu załatwić sprawę za ciebie.
term-digital-power-of-attorney-name = Pełnomocnictwo cyfrowe (Digital Fuldmagt)
term-digital-power-of-attorney-text = Pełnomocnictwo w internecie. Wtedy ktoś inny może ci pomóc w samoobsłudze instytucji publicznych.
term-companion-name = Osoba wspierająca (Bisidder)
term-companion-text = Osoba, z którą przychodzisz na spotkanie z gminą. Ta osoba cię wspiera.
term-right-to-be-heard-name = Wysłuchanie strony (Partshøring)
term-right-to-be-heard-text = Gmina pokazuje ci informacje w twojej sprawie, zanim coś zdecyduje. Wtedy możesz odpowiedzieć.
term-access-to-file-name = Wgląd do akt (Aktindsigt)
term-access-to-file-text = Twoje prawo do zobaczenia dokumentów w twojej sprawie.
term-consent-name = Zgoda (Samtykke)
term-consent-text = Mówisz na coś „tak”. Na przykład, że możemy rozmawiać z kimś innym o twojej sprawie.
term-doctor-name = Lekarz (Læge)
term-doctor-text = Twój własny lekarz. Kiedy chorujesz, najpierw idziesz do lekarza.
term-international-house-name = International House Copenhagen
term-international-house-text = Miejsce w Kopenhadze, gdzie nowi mieszkańcy z zagranicy mogą dostać pomoc. Możesz tam dostać numer CPR (CPR-nummer).
term-danish-education-name = Nauka duńskiego (Danskuddannelse)
term-danish-education-text = Lekcje duńskiego dla dorosłych, którzy są nowi w Danii.

## Tłumacz ustny

term-interpreter-name = Tłumacz ustny (Tolk)
term-interpreter-text = Osoba, która mówi w twoim języku to, co ktoś mówi po duńsku, i odwrotnie.
term-phone-interpreter-name = Tłumacz przez telefon (Telefontolk)
term-phone-interpreter-text = Tłumacz, z którym rozmawiasz przez telefon. Tłumacza nie ma w pokoju.
term-video-interpreter-name = Tłumacz przez wideo (Videotolk)
term-video-interpreter-text = Tłumacz, którego widzisz i słyszysz na ekranie.
term-sign-language-interpreter-name = Tłumacz języka migowego (Tegnsprogstolk)
term-sign-language-interpreter-text = Tłumacz, który tłumaczy między mową a językiem migowym.

## Równe traktowanie i skarga

term-equal-treatment-name = Równe traktowanie (Ligebehandling)
term-equal-treatment-text = Wszyscy dostają równie dobrą obsługę. Niektórzy potrzebują do tego więcej pomocy niż inni.
term-discrimination-name = Dyskryminacja (Diskrimination)
term-discrimination-text = Ktoś jest traktowany gorzej niż inni. Może to być na przykład z powodu języka, wiary, koloru skóry lub niepełnosprawności.
term-complaint-name = Skarga (Klage)
term-complaint-text = Mówisz, że nie zgadzasz się z odpowiedzią gminy. Albo mówisz, że potraktowano cię źle.
term-complaint-guidance-name = Pouczenie o skardze (Klagevejledning)
term-complaint-guidance-text = Tekst w liście. Mówi, jak i kiedy możesz złożyć skargę.
term-citizens-advisor-name = Rzecznik mieszkańców (Borgerrådgiver)
term-citizens-advisor-text = Miejsce w Gminie Kopenhaga. Możesz się tam zwrócić, jeśli nie podoba ci się odpowiedź na skargę.
term-equal-treatment-board-name = Komisja ds. Równego Traktowania (Ligebehandlingsnævnet)
term-equal-treatment-board-text = Komisja, do której możesz bezpłatnie złożyć skargę na dyskryminację. Skargę składasz na piśmie.
term-human-rights-institute-name = Duński Instytut Praw Człowieka (Institut for Menneskerettigheder)
term-human-rights-institute-text = Instytut, który udziela porad w sprawie dyskryminacji. Na przykład z powodu płci, rasy lub pochodzenia etnicznego.
term-ombudsman-name = Parlamentarny rzecznik praw obywatelskich (Folketingets Ombudsmand)
term-ombudsman-text = Miejsce, gdzie możesz złożyć skargę na urzędy.
