# Information til borgeren i et enkelt sprog. Dansk er mastersproget.
# Hver tekst har en kommentar med kilde og tidspunkt for tjek. Faktaene står i shared/PRODUCT.md
# ("Facts for the citizen texts", tjekket 2026). Detaljer mærket [verify] dér er skrevet, så de
# stadig er sande, hvis de ændrer sig.

citizen-unreviewed-notice = Maskinoversat. En oversætter har ikke tjekket teksten endnu.
citizen-i-speak = Jeg taler dansk
handout-title = Information fra Borgerservice
handout-footer = Udleveret i Borgerservice, Københavns Kommune, { $date }.

## Velkommen

topic-welcome-title = Velkommen
topic-welcome-intro = Du har ret til lige god service. Sådan hjælper vi dig.
topic-welcome-1-heading = Du har ret til lige behandling
# source: Principper for ligebehandling, 1a | checked: 2026
topic-welcome-1-body =
    Alle borgere har ret til den samme gode service hos kommunen.
    Det gælder, uanset hvem du er, og hvor du kommer fra.
topic-welcome-2-heading = Behandlet lige, men ikke ens
# source: kk.dk, ligebehandling ("behandlet lige – men ikke ens") | checked: 2026
topic-welcome-2-body =
    I København siger vi: behandlet lige – men ikke ens.
    Det betyder, at vi hjælper dig på den måde, du har brug for.
    Nogle har brug for en tolk. Andre har brug for mere tid eller hjælp til it.
    Målet er, at du får lige så god service som alle andre.
topic-welcome-3-heading = Sig til, hvad du har brug for
# source: Principper for ligebehandling, 1c og 1d | checked: 2026
topic-welcome-3-body =
    Sig det, hvis du ikke forstår noget.
    Du må gerne bede os tale langsomt.
    Vi vil gerne hjælpe dig.

## Dine rettigheder og muligheder

topic-rights-title = Dine rettigheder og muligheder
topic-rights-intro = Du må spørge, tage en med og få forklaret dine breve.
topic-rights-1-heading = Vi forklarer dine breve
# source: Principper for ligebehandling, 1d (skriftlig kommunikation) | checked: 2026
topic-rights-1-body =
    Har du fået et brev fra kommunen, som du ikke forstår?
    Tag brevet med til Borgerservice.
    Vi forklarer, hvad der står, og hvad du skal gøre.
topic-rights-2-heading = Du må tage en med
# source: Principper for ligebehandling, 1d; LOV nr. 469 af 14/05/2025 (børn som tolk) | checked: 2026
topic-rights-2-body =
    Du må tage en person med, som du stoler på.
    Det kan være en ven eller en fra din familie.
    Et barn under 18 år må normalt ikke tolke for dig hos kommunen. Læs mere under Tolk.
topic-rights-3-heading = Du må spørge igen
# source: Principper for ligebehandling, 1c | checked: 2026
topic-rights-3-body =
    Det er helt i orden at spørge igen.
    Vi forklarer gerne en gang til, langsomt eller med andre ord.
    Du kan også bede os skrive det ned.
topic-rights-4-heading = Information på dit sprog
# source: Principper for ligebehandling, 1c og 1d | checked: 2026
topic-rights-4-body =
    Du kan bede om information på dit eget sprog.
    Vi har tekster på nogle sprog. Vi kan vise dem ved siden af dansk.
    Du kan få teksten med hjem på papir.
    Du kan også bede om en tolk. Læs mere under Tolk.

## Tolk

topic-interpreter-title = Tolk
topic-interpreter-intro = Hvornår du får en tolk, og hvem der må tolke.
topic-interpreter-1-heading = Tolk hos kommunen
# source: PRODUCT.md, tolk i kommunen (myndighedens pligt til at forstå og blive forstået) | checked: 2026
topic-interpreter-1-body =
    Loven giver ikke altid ret til en tolk.
    Men kommunen skal sikre, at vi forstår dig, og at du forstår os.
    Sagsbehandleren vurderer, om der er brug for en tolk.
    Er der brug for en tolk, betaler kommunen.
topic-interpreter-2-heading = Børn må ikke tolke
# source: LOV nr. 469 af 14/05/2025 | checked: 2026
topic-interpreter-2-body =
    Fra 1. juli 2025 må børn under 18 år ikke tolke for dig hos kommunen.
    Det gælder også hos andre myndigheder, når I taler sammen.
    Men et barn må gerne tolke ved enkle, praktiske ting.
topic-interpreter-3-heading = Tolk hos lægen og på hospitalet
# source: PRODUCT.md, tolk i sundhedsvæsenet [verify: betaling og undtagelser] | checked: 2026
topic-interpreter-3-body =
    Hos lægen og på hospitalet er reglerne anderledes.
    Der kan være en betaling for tolken, fx hvis du har boet i Danmark i mere end 3 år.
    Spørg hos lægen eller på hospitalet, hvad der gælder for dig.
topic-interpreter-4-heading = Sådan beder du om en tolk
# source: Principper for ligebehandling, 1d | checked: 2026
topic-interpreter-4-body =
    Sig til, hvis du har brug for en tolk.
    Tolken kan være her, i telefonen eller på video.

## Digital hjælp

topic-digital-title = Digital hjælp
topic-digital-intro = MitID, Digital Post og hjælp til at bruge nettet.
topic-digital-1-heading = Få MitID i Borgerservice
# source: PRODUCT.md, MitID kan udstedes i Borgerservice | checked: 2026
topic-digital-1-body =
    Du kan få MitID i Borgerservice.
    Vi hjælper dig i gang.
topic-digital-2-heading = Hvis du ikke kan bruge MitID-appen
# source: PRODUCT.md, alternativer til MitID-appen [verify: priser] | checked: 2026
topic-digital-2-body =
    Der er andre måder end appen.
    - En kodeviser
    - En kodeoplæser, der læser koden højt
    - En MitID-chip
    Spørg os, om det koster noget.
topic-digital-3-heading = Fritagelse for Digital Post
# source: PRODUCT.md, fritagelse for Digital Post | checked: 2026
topic-digital-3-body =
    Kan du ikke bruge Digital Post? Så kan du søge om fritagelse. Så får du dine breve på papir.
    Du søger i Borgerservice. Tag legitimation med, og skriv under på en erklæring. Du skal ikke vise papirer på grunden.
    Grunden kan fx være:
    - et handicap
    - ingen computer eller internet
    - svært ved sproget
    - svært ved at få MitID
    - ingen fast adresse
topic-digital-4-heading = Hjælp fra familien og ved skranken
# source: PRODUCT.md, adgang for pårørende; Principper for ligebehandling, 1d | checked: 2026
topic-digital-4-body =
    Du kan give en fra din familie lov til at læse din Digital Post.
    Vi kan også hjælpe dig med selvbetjening her ved skranken.

## Ny i København

topic-newcomer-title = Ny i København
topic-newcomer-intro = De første skridt, når du flytter til København.
topic-newcomer-1-heading = Få et CPR-nummer
# source: PRODUCT.md, registrering af CPR-nummer | checked: 2026
topic-newcomer-1-body =
    Det første skridt er at få et CPR-nummer.
    Du kan blive registreret i Borgerservice eller i International House Copenhagen.
    Tag det her med:
    - dit pas
    - papir på, at du må bo i Danmark
    - bevis for din adresse
topic-newcomer-2-heading = Vælg din læge
# source: PRODUCT.md, valg af læge ved registrering | checked: 2026
topic-newcomer-2-body =
    Du vælger din læge, når du bliver registreret.
topic-newcomer-3-heading = Dit gule sundhedskort
# source: PRODUCT.md, det gule sundhedskort | checked: 2026
topic-newcomer-3-body =
    Du får et gult sundhedskort med posten.
    Det tager nogle uger.
topic-newcomer-4-heading = Lær dansk gratis
# source: PRODUCT.md, danskuddannelse [verify: regler om depositum] | checked: 2026
topic-newcomer-4-body =
    Du kan lære dansk gratis i en periode, når du bor her.
    Der kan være regler om et depositum. Spørg sprogskolen.

## Klage over diskrimination

topic-complaints-title = Hvis du føler dig diskrimineret
topic-complaints-intro = Her kan du klage og få råd.
topic-complaints-1-heading = Klag først til dem, der havde din sag
# source: PRODUCT.md, klageveje; Principper for ligebehandling, 1f | checked: 2026
topic-complaints-1-body =
    Føler du dig diskrimineret i mødet med kommunen? Så kan du klage.
    Klag først til den afdeling, der havde din sag.
topic-complaints-2-heading = Københavns Borgerrådgiver
# source: kk.dk/om-kommunen/borgerraadgiveren | checked: 2026
topic-complaints-2-body =
    Er du ikke glad for svaret? Så kan du gå til Københavns Borgerrådgiver.
    Det skal normalt ske inden for 1 år.
    Læs mere på kk.dk/om-kommunen/borgerraadgiveren.
topic-complaints-3-heading = Ligebehandlingsnævnet
# source: PRODUCT.md, Ligebehandlingsnævnet [verify: hvilke sager nævnet ser på] | checked: 2026
topic-complaints-3-body =
    Du kan også klage til Ligebehandlingsnævnet.
    Det er gratis, og du klager på skrift.
    Du skal selv være ramt af sagen.
    Nævnet ser fx på sager om køn, race og etnisk oprindelse og handicap.
topic-complaints-4-heading = Få råd
# source: https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling | checked: 2026-12-02
topic-complaints-4-body =
    Institut for Menneskerettigheder kan give dig råd.
    Det gælder, hvis du er blevet diskrimineret på grund af race eller etnisk oprindelse.
topic-complaints-5-heading = Folketingets Ombudsmand
# source: PRODUCT.md, Folketingets Ombudsmand | checked: 2026
topic-complaints-5-body =
    Du kan også gå til Folketingets Ombudsmand.
    Vil du have hjælp til at finde vej? Så spørg os.

## Hvor kan du ellers få hjælp

topic-help-title = Her kan du få hjælp
topic-help-intro = Hvor du kan spørge, og hvem der kan give dig råd.
topic-help-1-heading = Spørg os i Borgerservice
# source: Principper for ligebehandling, 1c og 3c | checked: 2026
topic-help-1-body =
    Ved du ikke, hvor du skal gå hen? Spørg os i Borgerservice.
    Vi hjælper dig videre.
topic-help-2-heading = Tag en, du stoler på, med
# source: Principper for ligebehandling, 1d; LOV nr. 469 af 14/05/2025 | checked: 2026
topic-help-2-body =
    Du må gerne tage en person med, som du stoler på.
    Husk: Et barn under 18 år må normalt ikke tolke for dig hos kommunen.
topic-help-3-heading = Læs mere på nettet
# source: borger.dk og kk.dk | checked: 2026
topic-help-3-body =
    Du kan læse mere om dine rettigheder på borger.dk og kk.dk.
    Vi kan hjælpe dig med at finde det rigtige sted.
topic-help-4-heading = Steder, der giver råd
# source: PRODUCT.md, klageveje og rådgivning; kk.dk/om-kommunen/borgerraadgiveren | checked: 2026
topic-help-4-body =
    Her kan du få råd eller klage:
    - Københavns Borgerrådgiver
    - Københavns linje om diskrimination
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    Læs mere under "Hvis du føler dig diskrimineret".
    Vi kan hjælpe dig med at finde det rette sted.
