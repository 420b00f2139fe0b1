# Słowniczek: słowa, które mieszkaniec spotyka w gminie, wyjaśnione prosto. Tekstem źródłowym jest duński.

## Mieszkaniec i tożsamość

term-cpr-number-name = Numer CPR
term-cpr-number-text = Twój osobisty numer w Danii. Używasz go w gminie, u lekarza i w banku.
term-health-card-name = Karta zdrowia
term-health-card-text = Żółta karta z twoim numerem CPR i twoim lekarzem. Zabierz ją do lekarza.
term-passport-name = Paszport
term-passport-text = Dokument z twojego kraju, który pokazuje, kim jesteś. Używasz go w podróży.
term-id-document-name = Dokument tożsamości
term-id-document-text = Dokument ze zdjęciem, który pokazuje, kim jesteś. Może to być paszport albo prawo jazdy.
term-residence-permit-name = Zezwolenie na pobyt
term-residence-permit-text = Dokument, który pokazuje, że możesz mieszkać w Danii.
term-registration-certificate-name = Zaświadczenie o rejestracji
term-registration-certificate-text = Dokument, który pokazuje, że jako obywatel UE masz prawo mieszkać w Danii.
term-registered-address-name = Adres zameldowania
term-registered-address-text = Adres, pod którym mieszkasz i który zapisała gmina. Tam wysyłane są listy i karty.
term-moving-name = Przeprowadzka
term-moving-text = Kiedy się przeprowadzasz, musisz podać gminie swój nowy adres.
term-lease-name = Umowa najmu
term-lease-text = Dokument, który ty i wynajmujący podpisujecie, gdy wynajmujesz mieszkanie. Może pokazać, gdzie mieszkasz.
term-documentation-name = Dokumenty
term-documentation-text = Papiery, które pokazują, że coś jest prawdą. Na przykład paszport albo umowa najmu.

## Cyfrowe

term-mitid-name = MitID
term-mitid-text = Twój cyfrowy identyfikator. Używasz go, żeby zalogować się w gminie, w banku i na borger.dk.
term-code-display-name = Wyświetlacz kodów
term-code-display-text = Małe urządzenie, które pokazuje kod. Możesz go używać zamiast aplikacji MitID.
term-audio-code-reader-name = Czytnik kodów
term-audio-code-reader-text = Małe urządzenie, które czyta kod na głos. Jest dobre, jeśli nie widzisz kodu.
term-mitid-chip-name = Chip MitID
term-mitid-chip-text = Mały chip, którym możesz logować się przez MitID bez aplikacji.
term-digital-post-name = Digital Post
term-digital-post-text = Listy z gminy i innych urzędów, które czytasz w internecie zamiast na papierze.
term-digital-post-exemption-name = Zwolnienie z Digital Post
term-digital-post-exemption-text = Wtedy dostajesz listy na papierze zamiast w internecie. Wniosek składasz w Biurze Obsługi Mieszkańców.
term-relative-access-name = Dostęp dla bliskiej osoby
term-relative-access-text = Pozwalasz komuś z rodziny czytać twoją Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = Strona internetowa sektora publicznego. Tu przeczytasz o swoich prawach i złożysz wnioski.
term-self-service-name = Samoobsługa
term-self-service-text = Kiedy sam (sama) składasz wniosek w internecie. Możemy ci pomóc przy okienku.
term-nemkonto-name = NemKonto
term-nemkonto-text = Twoje konto w banku, na które dostajesz pieniądze od sektora publicznego.

## Gmina i twoja sprawa

term-citizen-service-name = Biuro Obsługi Mieszkańców
term-citizen-service-text = Miejsce, gdzie możesz spotkać się z gminą i dostać pomoc. Jesteś tu teraz.
term-municipality-name = Gmina
term-municipality-text = Część sektora publicznego, która pomaga ludziom mieszkającym na danym terenie. Mieszkasz w Gminie Kopenhaga.
term-caseworker-name = Urzędnik prowadzący sprawę
term-caseworker-text = Osoba w gminie, która zajmuje się twoją sprawą.
term-decision-name = Decyzja
term-decision-text = Odpowiedź gminy w twojej sprawie. Często dostajesz ją w liście.
term-deadline-name = Termin
term-deadline-text = Ostatni dzień, kiedy możesz coś zrobić. Na przykład wysłać dokument albo złożyć skargę.
term-appointment-name = Wizyta
term-appointment-text = Spotkanie, które umówiłeś (umówiłaś) z gminą na określony dzień i godzinę.
term-power-of-attorney-name = Pełnomocnictwo
term-power-of-attorney-text = Dokument, w którym pozwalasz komuś innemu załatwić sprawę za ciebie.
term-consent-name = Zgoda
term-consent-text = Mówisz na coś „tak”. Na przykład, że możemy rozmawiać z kimś innym o twojej sprawie.
term-doctor-name = Lekarz
term-doctor-text = Twój własny lekarz. Kiedy jesteś chory (chora), najpierw idziesz do niego.
term-international-house-name = International House Copenhagen
term-international-house-text = Miejsce w Kopenhadze, gdzie nowi mieszkańcy z zagranicy mogą dostać pomoc. Możesz tam dostać numer CPR.
term-danish-education-name = Nauka duńskiego
term-danish-education-text = Lekcje duńskiego dla dorosłych, którzy są nowi w Danii.

## Tłumacz

term-interpreter-name = Tłumacz
term-interpreter-text = Osoba, która mówi w twoim języku, co zostało powiedziane po duńsku, i odwrotnie.
term-phone-interpreter-name = Tłumacz telefoniczny
term-phone-interpreter-text = Tłumacz, który pomaga przez telefon.
term-video-interpreter-name = Tłumacz wideo
term-video-interpreter-text = Tłumacz, którego widzisz i słyszysz na ekranie.

## Równe traktowanie i skarga

term-equal-treatment-name = Równe traktowanie
term-equal-treatment-text = Wszyscy dostają równie dobrą obsługę. Niektórzy potrzebują do tego więcej pomocy niż inni.
term-discrimination-name = Dyskryminacja
term-discrimination-text = Kiedy ktoś jest traktowany gorzej, na przykład z powodu języka, wiary, koloru skóry lub niepełnosprawności.
term-complaint-name = Skarga
term-complaint-text = Mówisz, że nie zgadzasz się z odpowiedzią gminy albo że potraktowano cię źle.
term-complaint-guidance-name = Pouczenie o skardze
term-complaint-guidance-text = Część listu, która mówi, jak i kiedy możesz złożyć skargę.
term-citizens-advisor-name = Rzecznik mieszkańców
term-citizens-advisor-text = Miejsce w Gminie Kopenhaga, do którego możesz się zwrócić, jeśli nie jesteś zadowolony (zadowolona) z odpowiedzi gminy na skargę.
term-equal-treatment-board-name = Komisja ds. Równego Traktowania
term-equal-treatment-board-text = Komisja, do której możesz bezpłatnie złożyć skargę na dyskryminację. Skargę składasz na piśmie.
term-human-rights-institute-name = Duński Instytut Praw Człowieka
term-human-rights-institute-text = Instytut, który udziela porad, jeśli byłeś (byłaś) dyskryminowany (dyskryminowana) z powodu rasy lub pochodzenia etnicznego.
term-ombudsman-name = Rzecznik Praw Obywatelskich
term-ombudsman-text = Miejsce, gdzie możesz złożyć skargę na urzędy.
