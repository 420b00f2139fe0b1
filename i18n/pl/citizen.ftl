# Informacje dla mieszkańca prostym językiem polskim. Tekstem źródłowym jest duński (i18n/da/citizen.ftl),
# tam są też źródła. Tłumaczenie maszynowe; tłumacz jeszcze go nie sprawdził.

citizen-unreviewed-notice = Tłumaczenie maszynowe. Tłumacz jeszcze nie sprawdził tego tekstu.
citizen-i-speak = Mówię po polsku
handout-title = Informacja z Biura Obsługi Mieszkańców
handout-footer = Wydano w Biurze Obsługi Mieszkańców (Borgerservice), Gmina Kopenhaga, { $date }.

## Witamy

topic-welcome-title = Witamy
topic-welcome-intro = Masz prawo do równie dobrej obsługi. Tak ci pomagamy.
topic-welcome-1-heading = Masz prawo do równego traktowania
topic-welcome-1-body =
    Wszyscy mieszkańcy mają prawo do tej samej dobrej obsługi w gminie.
    Dotyczy to ciebie bez względu na to, kim jesteś i skąd pochodzisz.
topic-welcome-2-heading = Równo, ale nie tak samo
topic-welcome-2-body =
    W Kopenhadze mówimy: traktowani równo – ale nie tak samo.
    To znaczy, że pomagamy ci w taki sposób, jakiego potrzebujesz.
    Niektórzy potrzebują tłumacza. Inni potrzebują więcej czasu albo pomocy z komputerem.
    Chodzi o to, żebyś dostał(a) tak samo dobrą obsługę jak wszyscy inni.
topic-welcome-3-heading = Powiedz, czego potrzebujesz
topic-welcome-3-body =
    Powiedz, jeśli czegoś nie rozumiesz.
    Możesz poprosić, żebyśmy mówili wolno.
    Chętnie ci pomożemy.

## Twoje prawa i możliwości

topic-rights-title = Twoje prawa i możliwości
topic-rights-intro = Możesz pytać, przyjść z kimś i poprosić o wyjaśnienie listów.
topic-rights-1-heading = Wyjaśniamy twoje listy
topic-rights-1-body =
    Dostałeś (dostałaś) list z gminy, którego nie rozumiesz?
    Przynieś list do Biura Obsługi Mieszkańców.
    Wyjaśnimy, co w nim jest napisane i co musisz zrobić.
topic-rights-2-heading = Możesz przyjść z kimś
topic-rights-2-body =
    Możesz przyjść z osobą, której ufasz.
    Może to być przyjaciel albo ktoś z rodziny.
    Dziecko poniżej 18 lat zwykle nie może być twoim tłumaczem w gminie. Przeczytaj więcej w części Tłumacz.
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
    Możesz też poprosić o tłumacza. Przeczytaj więcej w części Tłumacz.

## Tłumacz

topic-interpreter-title = Tłumacz
topic-interpreter-intro = Kiedy dostaniesz tłumacza i kto może tłumaczyć.
topic-interpreter-1-heading = Tłumacz w gminie
topic-interpreter-1-body =
    Prawo nie zawsze daje prawo do tłumacza.
    Ale gmina musi zadbać o to, żebyśmy rozumieli ciebie, a ty nas.
    Urzędnik prowadzący sprawę ocenia, czy potrzebny jest tłumacz.
    Jeśli tłumacz jest potrzebny, płaci gmina.
topic-interpreter-2-heading = Dzieci nie mogą tłumaczyć
topic-interpreter-2-body =
    Od 1 lipca 2025 roku dzieci poniżej 18 lat nie mogą być twoimi tłumaczami w gminie.
    Dotyczy to też innych urzędów, gdy rozmawiacie.
    Ale dziecko może tłumaczyć w prostych, praktycznych sprawach.
topic-interpreter-3-heading = Tłumacz u lekarza i w szpitalu
topic-interpreter-3-body =
    U lekarza i w szpitalu obowiązują inne zasady.
    Za tłumacza może być opłata, na przykład jeśli mieszkasz w Danii dłużej niż 3 lata.
    Zapytaj u lekarza albo w szpitalu, co dotyczy ciebie.
topic-interpreter-4-heading = Jak poprosić o tłumacza
topic-interpreter-4-body =
    Powiedz, jeśli potrzebujesz tłumacza.
    Tłumacz może być tutaj, przez telefon albo na wideo.

## Pomoc cyfrowa

topic-digital-title = Pomoc cyfrowa
topic-digital-intro = MitID, Digital Post i pomoc w korzystaniu z internetu.
topic-digital-1-heading = MitID w Biurze Obsługi Mieszkańców
topic-digital-1-body =
    Możesz dostać MitID w Biurze Obsługi Mieszkańców.
    Pomożemy ci zacząć.
topic-digital-2-heading = Jeśli nie możesz używać aplikacji MitID
topic-digital-2-body =
    Są inne sposoby niż aplikacja.
    - Wyświetlacz kodów (kodeviser)
    - Czytnik kodów, który czyta kod na głos (kodeoplæser)
    - Chip MitID
    Zapytaj nas, czy to coś kosztuje.
topic-digital-3-heading = Zwolnienie z Digital Post
topic-digital-3-body =
    Nie możesz korzystać z Digital Post? Wtedy możesz złożyć wniosek o zwolnienie. Wtedy dostajesz listy na papierze.
    Wniosek składasz w Biurze Obsługi Mieszkańców. Weź ze sobą dokument tożsamości i podpisz oświadczenie. Nie musisz pokazywać dokumentów o powodzie.
    Powodem może być na przykład:
    - niepełnosprawność
    - brak komputera lub internetu
    - trudności z językiem
    - trudności z uzyskaniem MitID
    - brak stałego adresu
topic-digital-4-heading = Pomoc rodziny i przy okienku
topic-digital-4-body =
    Możesz pozwolić komuś z rodziny czytać twoją Digital Post.
    Możemy też pomóc ci w samoobsłudze tutaj, przy okienku.

## Nowy w Kopenhadze

topic-newcomer-title = Nowy w Kopenhadze
topic-newcomer-intro = Pierwsze kroki po przeprowadzce do Kopenhagi.
topic-newcomer-1-heading = Uzyskaj numer CPR
topic-newcomer-1-body =
    Pierwszy krok to uzyskanie numeru CPR.
    Możesz się zarejestrować w Biurze Obsługi Mieszkańców albo w International House Copenhagen.
    Weź ze sobą:
    - paszport
    - dokument, który pokazuje, że możesz mieszkać w Danii
    - dowód adresu
topic-newcomer-2-heading = Wybierz lekarza
topic-newcomer-2-body =
    Lekarza wybierasz, gdy się rejestrujesz.
topic-newcomer-3-heading = Twoja żółta karta zdrowia
topic-newcomer-3-body =
    Żółtą kartę zdrowia dostaniesz pocztą.
    Trwa to kilka tygodni.
topic-newcomer-4-heading = Ucz się duńskiego za darmo
topic-newcomer-4-body =
    Kiedy tu mieszkasz, możesz przez pewien czas uczyć się duńskiego za darmo.
    Mogą obowiązywać zasady dotyczące kaucji. Zapytaj w szkole językowej.

## Skarga na dyskryminację

topic-complaints-title = Jeśli czujesz się dyskryminowany (dyskryminowana)
topic-complaints-intro = Gdzie możesz złożyć skargę i dostać poradę.
topic-complaints-1-heading = Najpierw złóż skargę u tych, którzy prowadzili twoją sprawę
topic-complaints-1-body =
    Czujesz się dyskryminowany (dyskryminowana) w kontakcie z gminą? Wtedy możesz złożyć skargę.
    Najpierw złóż skargę w dziale, który prowadził twoją sprawę.
topic-complaints-2-heading = Rzecznik mieszkańców Kopenhagi
topic-complaints-2-body =
    Nie jesteś zadowolony (zadowolona) z odpowiedzi? Wtedy możesz zwrócić się do Københavns Borgerrådgiver (rzecznika mieszkańców).
    Zwykle trzeba to zrobić w ciągu 1 roku.
    Przeczytaj więcej na kk.dk/om-kommunen/borgerraadgiveren.
topic-complaints-3-heading = Komisja ds. Równego Traktowania
topic-complaints-3-body =
    Możesz też złożyć skargę do Ligebehandlingsnævnet (Komisji ds. Równego Traktowania).
    Jest to bezpłatne, a skargę składasz na piśmie.
    Sprawa musi dotyczyć bezpośrednio ciebie.
    Komisja zajmuje się na przykład sprawami dotyczącymi płci, rasy i pochodzenia etnicznego oraz niepełnosprawności.
topic-complaints-4-heading = Uzyskaj poradę
topic-complaints-4-body =
    Institut for Menneskerettigheder (Duński Instytut Praw Człowieka) może udzielić ci porady.
    Dotyczy to sytuacji, gdy byłeś (byłaś) dyskryminowany (dyskryminowana) z powodu rasy lub pochodzenia etnicznego.
topic-complaints-5-heading = Rzecznik Praw Obywatelskich
topic-complaints-5-body =
    Możesz też zwrócić się do Folketingets Ombudsmand (parlamentarnego rzecznika praw obywatelskich).
    Chcesz pomocy w znalezieniu drogi? Zapytaj nas.

## Gdzie jeszcze możesz dostać pomoc

topic-help-title = Gdzie możesz dostać pomoc
topic-help-intro = Gdzie możesz zapytać i kto może ci doradzić.
topic-help-1-heading = Zapytaj nas w Biurze Obsługi Mieszkańców
topic-help-1-body =
    Nie wiesz, dokąd pójść? Zapytaj nas w Biurze Obsługi Mieszkańców.
    Pomożemy ci dalej.
topic-help-2-heading = Przyjdź z kimś, komu ufasz
topic-help-2-body =
    Możesz przyjść z osobą, której ufasz.
    Pamiętaj: dziecko poniżej 18 lat zwykle nie może być twoim tłumaczem w gminie.
topic-help-3-heading = Przeczytaj więcej w internecie
topic-help-3-body =
    Więcej o swoich prawach przeczytasz na borger.dk i kk.dk.
    Możemy pomóc ci znaleźć właściwe miejsce.
topic-help-4-heading = Miejsca, które udzielają porad
topic-help-4-body =
    Tutaj możesz dostać poradę albo złożyć skargę:
    - Københavns Borgerrådgiver
    - Kopenhaska linia w sprawie dyskryminacji
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    Przeczytaj więcej w części „Jeśli czujesz się dyskryminowany (dyskryminowana)”.
    Możemy pomóc ci znaleźć właściwe miejsce.
