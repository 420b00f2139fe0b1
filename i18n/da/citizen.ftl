# Information til borgeren i et enkelt sprog. Dansk er mastersproget.
# Hver tekst har en kommentar med kilde og dato: "# source: <fuld adresse>[; <fuld adresse> …] | checked: ÅÅÅÅ-MM-DD".
# Kilderne er offentlige sider, som er læst på den dato. `skranke check-i18n` afviser en tekst uden kilde
# og advarer, når en kilde er over 12 måneder gammel. Faktanoter: shared/PRODUCT.md.

citizen-unreviewed-notice = En maskine har lavet denne tekst på dit sprog. Ingen oversætter har læst den endnu.
citizen-reviewed-notice = En oversætter har tjekket denne tekst { $date }.
citizen-i-speak = Jeg taler dansk
handout-title = Information fra Borgerservice
handout-footer = Udleveret i Borgerservice, Københavns Kommune, { $date }.

## Velkommen

topic-welcome-title = Velkommen
topic-welcome-intro = Du har ret til lige god service. Sådan hjælper vi dig.
topic-welcome-1-heading = Du har ret til lige behandling
# source: https://www.kk.dk/artikel/ligebehandling-0 | checked: 2026-12-02
topic-welcome-1-body =
    Alle borgere skal have den samme gode service hos kommunen.
    Det gælder, uanset hvem du er, og hvor du kommer fra. Og uanset fx:
    - køn
    - race og etnisk oprindelse
    - religion og tro
    - alder
    - handicap
    - seksuel orientering
topic-welcome-2-heading = Behandlet lige, men ikke ens
# source: https://www.kk.dk/artikel/ligebehandling-0 | checked: 2026-12-02
topic-welcome-2-body =
    I København siger vi: behandlet lige – men ikke ens.
    Det betyder, at vi hjælper dig på den måde, du har brug for.
    Nogle har brug for en tolk. Andre har brug for mere tid eller hjælp til it.
    Målet er, at du får lige så god service som alle andre.
topic-welcome-3-heading = Sig til, hvad du har brug for
# source: https://www.kk.dk/artikel/ligebehandling-0; https://medarbejder.kk.dk/om-organisationen/vaerdi-og-vision/vaerdigrundlag-og-vision | checked: 2026-12-02
topic-welcome-3-body =
    Sig det, hvis du ikke forstår noget.
    Du må gerne bede os tale langsomt.
    Vi vil gerne hjælpe dig.

## Dine rettigheder og muligheder

topic-rights-title = Dine rettigheder og muligheder
topic-rights-intro = Du må spørge, tage en med og få hjælp til dine breve.
topic-rights-1-heading = Vi hjælper med dine breve
# source: https://www.kk.dk/indhold/klageemner | checked: 2026-12-02
topic-rights-1-body =
    Har du fået et brev fra kommunen, som du ikke forstår?
    Tag brevet med, og spørg os.
    Vi hjælper dig med at forstå det. Eller vi finder den, der kan.
topic-rights-2-heading = Du må tage en med
# source: https://socialraadgiverne.dk/faglig-artikel/jura-alle-har-ret-til-en-bisidder/; https://www.ft.dk/samling/20241/lovforslag/l156/20241_l156_efter_2behandling.htm | checked: 2026-12-02
topic-rights-2-body =
    Du må tage en person med, som du stoler på.
    Det kan være en ven eller en fra din familie.
    Et barn under 18 år må ikke tolke for dig i mange sager hos kommunen. Læs mere under Tolk.
topic-rights-3-heading = Du må spørge igen
# source: https://medarbejder.kk.dk/om-organisationen/vaerdi-og-vision/vaerdigrundlag-og-vision; https://www.kk.dk/artikel/ligebehandling-0 | checked: 2026-12-02
topic-rights-3-body =
    Det er helt i orden at spørge igen.
    Vi forklarer gerne en gang til, langsomt eller med andre ord.
    Du kan også bede os skrive det ned.
topic-rights-4-heading = Information på dit sprog
# source: https://www.kk.dk/artikel/ligebehandling-0 | checked: 2026-12-02
topic-rights-4-body =
    Du kan bede om information på dit eget sprog.
    Vi har tekster på nogle sprog. Vi kan vise dem ved siden af dansk.
    Du kan få teksten med hjem på papir.
    Du kan også bede om en tolk. Læs mere under Tolk.

## Tolk

topic-interpreter-title = Tolk
topic-interpreter-intro = Hvornår du får en tolk, og hvem der må tolke.
topic-interpreter-1-heading = Tolk hos kommunen
# source: https://www.esbjerg.dk/personlige-forhold/integration-udlaendinge-og-flygtninge/nyttig-information-for-udlaendinge/tolkning-for-fremmedsprogede | checked: 2026-12-02
topic-interpreter-1-body =
    Loven giver ikke altid ret til en tolk.
    Men kommunen skal sikre, at vi forstår dig, og at du forstår os.
    Sagsbehandleren vurderer, om der er brug for en tolk.
    Er der brug for en tolk, betaler kommunen.
topic-interpreter-2-heading = Børn må ikke tolke
# source: https://www.ft.dk/samling/20241/lovforslag/l156/20241_l156_efter_2behandling.htm; https://folketingstidende.dk/samling/20241/lovforslag/L156/index.htm | checked: 2026-12-02
topic-interpreter-2-body =
    Fra 1. juli 2025 må børn under 18 år ikke tolke, når du taler med kommunen om mange ting.
    Det gælder fx skole, daginstitution, job, skat, sociale sager og ældrepleje.
    Men et barn må gerne tolke om enkle ting.
topic-interpreter-3-heading = Tolk hos lægen og på hospitalet
# source: https://www.rm.dk/sundhed/behandling/patientkontoret/patientrettigheder/tolkebistand | checked: 2026-12-02
topic-interpreter-3-body =
    Hos lægen og på hospitalet er det lægen, der vurderer, om du skal have en tolk.
    Har du boet i Danmark i mere end 3 år, skal du som regel betale for tolken.
    Nogle skal ikke betale. Spørg lægen, hvad der gælder for dig.
topic-interpreter-4-heading = Sådan beder du om en tolk
# source: https://www.esbjerg.dk/personlige-forhold/integration-udlaendinge-og-flygtninge/nyttig-information-for-udlaendinge/tolkning-for-fremmedsprogede | checked: 2026-12-02
topic-interpreter-4-body =
    Sig til, hvis du har brug for en tolk.
    Sig også, hvilket sprog du taler.
    Så finder vi en løsning sammen med dig.

## Digital hjælp

topic-digital-title = Digital hjælp
topic-digital-intro = MitID, Digital Post og hjælp til at bruge nettet.
topic-digital-1-heading = Få MitID i Borgerservice
# source: https://www.mitid.dk/en-gb/help/help-universe/when-you-get-mitid/?language=en-gb | checked: 2026-12-02
topic-digital-1-body =
    Du kan få MitID i Borgerservice.
    Bestil en tid, og tag gyldig legitimation med.
    Vi hjælper dig i gang.
topic-digital-2-heading = Hvis du ikke kan bruge MitID-appen
# source: https://www.mitid.dk/en-gb/help/help-universe/when-you-get-mitid/?language=en-gb; https://www.mitid.dk/mitid-chip | checked: 2026-12-02
topic-digital-2-body =
    Der er andre måder end appen:
    - En kodeviser
    - En kodeoplæser, der læser koden højt
    - En MitID-chip. Den koster penge.
    Spørg os, hvad der passer til dig.
topic-digital-3-heading = Fritagelse for Digital Post
# source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post; https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post | checked: 2026-12-02
topic-digital-3-body =
    Kan du ikke bruge Digital Post? Så kan du blive fritaget. Så får du dine breve på papir.
    Du kommer selv i Borgerservice. Tag legitimation med, og skriv under.
    Du skal ikke bevise, hvorfor du ikke kan. Grunden kan fx være:
    - et handicap
    - ingen computer eller internet
    - svært ved sproget
    - svært ved at få MitID
    - ingen fast adresse
topic-digital-4-heading = Hjælp fra en anden og ved skranken
# source: https://www.borger.dk/internet-og-sikkerhed/digital-post/laeseadgang-til-digital-post | checked: 2026-12-02
topic-digital-4-body =
    Du kan give en person, du stoler på, lov til at læse din Digital Post.
    Det kan fx være en fra din familie eller en ven.
    Vi kan også hjælpe dig med selvbetjening her ved skranken.

## Ny i København

topic-newcomer-title = Ny i København
topic-newcomer-intro = De første skridt, når du flytter til København.
topic-newcomer-1-heading = Få et CPR-nummer
# source: https://www.regionh.dk/english/Job/Need-to-know-before-you-apply/How-to-apply-for-a-job-in-the-Capital-Region-in-Denmark/Pages/Registration.aspx; https://ihcph.kk.dk/indhold/more-3-months-0 | checked: 2026-12-02
topic-newcomer-1-body =
    Det første skridt er at få et CPR-nummer.
    Du kan blive registreret i Borgerservice eller i International House Copenhagen. Spørg os, hvor du skal gå hen.
    Tag det her med:
    - dit pas
    - papir på, at du må bo i Danmark
    - papir på din adresse, fx din lejekontrakt
topic-newcomer-2-heading = Vælg din læge
# source: https://new-in.hjoerring.dk/welcome-to-hjoerring-municipality/live-in-hjoerring/danish-health-care/the-danish-health-card | checked: 2026-12-02
topic-newcomer-2-body =
    Du vælger din læge, når du bliver registreret.
    Lægens navn står på dit sundhedskort.
topic-newcomer-3-heading = Dit gule sundhedskort
# source: https://new-in.hjoerring.dk/welcome-to-hjoerring-municipality/live-in-hjoerring/danish-health-care/the-danish-health-card | checked: 2026-12-02
topic-newcomer-3-body =
    Du får et gult sundhedskort med posten.
    Det tager som regel et par uger.
    Tag kortet med, når du går til lægen.
topic-newcomer-4-heading = Lær dansk gratis
# source: https://sprogcenterhellerup.dk/gratis-danskuddannelse/; https://vestegnenssprogcenter.dk/kursister/depositum-til-dansk/ | checked: 2026-12-02
topic-newcomer-4-body =
    Du kan lære dansk gratis i en periode, når du bor her og har et CPR-nummer.
    Nogle skal betale et depositum. Du får det tilbage, når du er færdig til tiden.
    Spørg sprogskolen, hvad der gælder for dig.

## Klage over diskrimination

topic-complaints-title = Hvis du føler dig diskrimineret
topic-complaints-intro = Her kan du klage og få råd.
topic-complaints-1-heading = Klag først til dem, der havde din sag
# source: https://www.kk.dk/indhold/klagegang; https://www.kk.dk/om-kommunen/borgerraadgiveren/vil-du-klage-over-koebenhavns-kommune/klag-til-borgerraadgiveren | checked: 2026-12-02
topic-complaints-1-body =
    Føler du dig diskrimineret i mødet med kommunen? Så kan du klage.
    Klag først til den afdeling, der havde din sag.
topic-complaints-2-heading = Københavns Borgerrådgiver
# source: https://www.kk.dk/indhold/klagegang | checked: 2026-12-02
topic-complaints-2-body =
    Er du ikke glad for svaret? Så kan du klage til Københavns Borgerrådgiver.
    Du skal som regel klage inden for 1 år efter det, der skete.
    Du kan skrive et brev eller en mail.
topic-complaints-3-heading = Ligebehandlingsnævnet
# source: https://ast.dk/naevn/ligebehandlingsnaevnet/alder-handicap-kon-etnisk-oprindelse-seksuel-orientering-ovrige-grunde; https://ast.dk/naevn/ligebehandlingsnaevnet/alder-handicap-kon-etnisk-oprindelse-seksuel-orientering-ovrige-grunde/forskelsbehandling-pa-grund-af-handicap-uden-for-arbejdsmarkedet; https://bm.dk/arbejdsomraader/arbejdsvilkaar/forskelsbehandling/ligebehandlingsnaevnet/ | checked: 2026-12-02
topic-complaints-3-body =
    Du kan også klage til Ligebehandlingsnævnet. Det er gratis.
    Du klager på skrift. Du skal selv være ramt af sagen.
    Uden for arbejdet ser nævnet kun på sager om køn, race, etnisk oprindelse og handicap.
topic-complaints-4-heading = Få råd
# source: https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling | checked: 2026-12-02
topic-complaints-4-body =
    Institut for Menneskerettigheder kan give dig råd og støtte.
    Det gælder, hvis du er blevet diskrimineret på grund af køn, race eller etnisk oprindelse.
topic-complaints-5-heading = Folketingets Ombudsmand
# source: https://www.ombudsmanden.dk/klage-til-ombudsmanden/det-kan-man-klage-over | checked: 2026-12-02
topic-complaints-5-body =
    Du kan også klage til Folketingets Ombudsmand. Det er gratis.
    Men først skal du have brugt de andre steder, du kan klage.
    Du skal klage inden for 1 år.

## Hvor kan du ellers få hjælp

topic-help-title = Her kan du få hjælp
topic-help-intro = Hvor du kan spørge, og hvem der kan give dig råd.
topic-help-1-heading = Spørg os i Borgerservice
# source: https://medarbejder.kk.dk/om-organisationen/vaerdi-og-vision/vaerdigrundlag-og-vision | checked: 2026-12-02
topic-help-1-body =
    Ved du ikke, hvor du skal gå hen? Spørg os i Borgerservice.
    Vi hjælper dig videre.
topic-help-2-heading = Tag en, du stoler på, med
# source: https://socialraadgiverne.dk/faglig-artikel/jura-alle-har-ret-til-en-bisidder/; https://www.ft.dk/samling/20241/lovforslag/l156/20241_l156_efter_2behandling.htm | checked: 2026-12-02
topic-help-2-body =
    Du må gerne tage en person med, som du stoler på.
    Husk: Et barn under 18 år må ikke tolke for dig i mange sager hos kommunen.
topic-help-3-heading = Læs mere på nettet
# source: https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling; https://www.kk.dk/artikel/ligebehandling-0 | checked: 2026-12-02
topic-help-3-body =
    Du kan læse mere om dine rettigheder på borger.dk og kk.dk.
    Vi kan hjælpe dig med at finde det rigtige sted.
topic-help-4-heading = Steder, der giver råd
# source: https://www.kk.dk/indhold/klagegang; https://www.borger.dk/samfund-og-rettigheder/Ligestilling/Etnisk-ligestilling | checked: 2026-12-02
topic-help-4-body =
    Her kan du få råd eller klage:
    - Københavns Borgerrådgiver
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    Læs mere under "Hvis du føler dig diskrimineret".
    Vi kan hjælpe dig med at finde det rette sted.

## Bestil tid, og hvad du skal have med

topic-booking-title = Bestil tid
topic-booking-intro = Sådan bestiller du en tid, og hvad du skal have med.
topic-booking-1-heading = Bestil en tid først
# source: https://www.kk.dk/borger/borgerservice/pas; https://www.mitid.dk/en-gb/help/help-universe/when-you-get-mitid/?language=en-gb | checked: 2026-12-02
topic-booking-1-body =
    Bestil en tid, før du kommer i Borgerservice.
    Har du ikke MitID? Så kan du stadig få en tid. Spørg os.
topic-booking-2-heading = Tag legitimation med
# source: https://www.mitid.dk/en-gb/help/help-universe/when-you-get-mitid/?language=en-gb; https://www.kk.dk/borger/borgerservice/pas | checked: 2026-12-02
topic-booking-2-body =
    Tag gyldig legitimation med, fx dit pas eller dit kørekort.
    Vi skal kunne se, hvem du er.
topic-booking-3-heading = Tag dine papirer med
# source: https://www.kk.dk/borger/borgerservice/pas; https://kk.dk/borger/borgerservice/koerekort/generhvervelse-af-koerekort | checked: 2026-12-02
topic-booking-3-body =
    Hvad du skal have med, afhænger af din sag.
    Det kan fx være et brev fra kommunen, et foto eller dit gamle pas.
    Se listen på kk.dk, eller spørg os.

## Flytning

topic-moving-title = Flytning
topic-moving-intro = Fortæl kommunen din nye adresse. Der er en frist.
topic-moving-1-heading = Meld flytning inden for 5 dage
# source: https://www.borger.dk/Sider/Naar-du-skal-flytte.aspx?NavigationTaxonomyId=933252cc-2e5a-43d1-81d2-153ec8206f9f | checked: 2026-12-02
topic-moving-1-body =
    Når du flytter, skal du fortælle kommunen din nye adresse.
    Det skal ske senest 5 dage efter, du er flyttet ind.
    I de fleste kommuner kan du gøre det op til 4 uger før.
topic-moving-2-heading = Sådan melder du flytning
# source: https://www.borger.dk/Sider/Naar-du-skal-flytte.aspx?NavigationTaxonomyId=933252cc-2e5a-43d1-81d2-153ec8206f9f | checked: 2026-12-02
topic-moving-2-body =
    Du melder flytning på borger.dk med MitID. Du vælger din læge samtidig.
    Har du ikke MitID? Så kan vi hjælpe dig. Husk at bestille tid.
    Sæt dit navn på din nye postkasse.
topic-moving-3-heading = Hvis du melder for sent
# source: https://www.borger.dk/Sider/Naar-du-skal-flytte.aspx?NavigationTaxonomyId=933252cc-2e5a-43d1-81d2-153ec8206f9f | checked: 2026-12-02
topic-moving-3-body =
    Melder du flytning for sent, kan du få en bøde.
    Er du i tvivl? Spørg os, før fristen er gået.

## Pas og kørekort

topic-passport-title = Pas og kørekort
topic-passport-intro = Nyt pas, nyt kørekort, og hvad du skal have med.
topic-passport-1-heading = Få et nyt pas
# source: https://www.kk.dk/borger/borgerservice/pas | checked: 2026-12-02
topic-passport-1-body =
    Du kan få et nyt pas i Borgerservice. Det gælder også, hvis dit pas er væk.
    Udfyld ansøgningen, og bestil en tid.
    Har du ikke MitID? Så udfylder vi ansøgningen sammen med dig.
topic-passport-2-heading = Det skal du have med til dit pas
# source: https://www.kk.dk/borger/borgerservice/pas | checked: 2026-12-02
topic-passport-2-body =
    Tag dit gamle pas med, også hvis det er udløbet.
    Har du ikke dit gamle pas, koster det nye pas det dobbelte.
    Tag et pasfoto med. Du kan også få taget et foto hos os. Det koster penge.
    Skal dit barn have pas? Så skal barnet med.
topic-passport-3-heading = Kørekort
# source: https://gladsaxe.dk/borger/borgerservice/pas-koerekort-og-id/koerekort; https://www.furesoe.dk/borger/borgerservice/koerekort-fornyelse/mistet-eller-slidt-koerekort/ | checked: 2026-12-02
topic-passport-3-body =
    Du kan forny dit kørekort eller få et nyt i Borgerservice. Bestil en tid først.
    Tag dit gamle kørekort, legitimation med billede og et foto med.
    Nogle skal også have en attest fra lægen. Spørg os, om det gælder dig.

## Sundhedskort

topic-health-card-title = Sundhedskortet
topic-health-card-intro = Det gule kort, din læge og det blå kort til rejser.
topic-health-card-1-heading = Hvis du har mistet dit sundhedskort
# source: https://www.rudersdal.dk/service/bestil-nyt-sundhedskort; https://www.hvidovrehospital.dk/vejledning-og-rettigheder/patientrettigheder/Behandling-og-undersoegelse-i-Danmark-rettigheder/Sundhedskort/Sider/Sundhedskort.aspx | checked: 2026-12-02
topic-health-card-1-body =
    Har du mistet dit gule sundhedskort? Så kan du bestille et nyt på borger.dk med MitID.
    Du kan også få hjælp i Borgerservice.
    Et nyt kort koster penge, når det gamle er blevet væk.
topic-health-card-2-heading = Hvis du vil have en ny læge
# source: https://international.aarhus.dk/live/health/health-insurance/the-yellow-danish-health-insurance-card-sundhedskort/; https://www.hvidovrehospital.dk/vejledning-og-rettigheder/patientrettigheder/Behandling-og-undersoegelse-i-Danmark-rettigheder/Sundhedskort/Sider/Sundhedskort.aspx | checked: 2026-12-02
topic-health-card-2-body =
    Du kan skifte læge. Så får du et nyt sundhedskort.
    Det kan koste penge at skifte læge.
    Når du flytter, får du et nyt kort gratis.
topic-health-card-3-heading = Det blå kort til rejser i Europa
# source: https://www.rudersdal.dk/service/bestil-nyt-sundhedskort; https://billund.dk/borgerservice/det-kan-du-faa-hjaelp-til/sundhedskort-og-laegevalg/sundhedskort | checked: 2026-12-02
topic-health-card-3-body =
    Skal du rejse i EU, Norge, Island, Liechtenstein eller Schweiz? Så skal du bruge det blå EU-sygesikringskort.
    Det er gratis. Du bestiller det på borger.dk.
    Med det blå kort får du den samme hjælp som borgerne i landet.

## Døv eller hørehæmmet

topic-deaf-title = Døv eller hørehæmmet
topic-deaf-intro = Tegnsprogstolk og skrivetolk, og hvordan du får en.
topic-deaf-1-heading = Tolk hos kommunen
# source: https://www.dovblinde.dk/viden-om/rettigheder/tolkning/; https://hoereforeningen.dk/hjaelp-til-dig/tolkeformidling/retningslinjer-for-bestilling/ | checked: 2026-12-02
topic-deaf-1-body =
    Er du døv eller hører du dårligt? Så kan du få en tolk.
    Skal du tale med kommunen, sørger kommunen for tolken. Du skal ikke betale.
    Sig til, når du bestiller tid, at du skal have en tolk.
topic-deaf-2-heading = Tegnsprog eller skrift
# source: https://www.dovblinde.dk/viden-om/rettigheder/tolkning/ | checked: 2026-12-02
topic-deaf-2-body =
    En tegnsprogstolk tolker mellem tale og tegnsprog.
    En skrivetolk skriver det, der bliver sagt. Du læser det på en skærm.
    Sig, hvilken tolk du vil have.
topic-deaf-3-heading = Tolk til andre ting
# source: https://www.dovblinde.dk/viden-om/rettigheder/tolkning/; http://www.dntm.dk/ | checked: 2026-12-02
topic-deaf-3-body =
    Skal du til et møde i en forening eller til lægen? Så kan du søge om tolk hos Den Nationale Tolkemyndighed.
    Du skal først være skrevet op som bruger hos dem.

## Hjælp fra en anden

topic-helper-title = Hjælp fra en anden
topic-helper-intro = Tag en med, eller giv en anden lov til at hjælpe dig.
topic-helper-1-heading = Tag en bisidder med
# source: https://socialraadgiverne.dk/faglig-artikel/jura-alle-har-ret-til-en-bisidder/ | checked: 2026-12-02
topic-helper-1-body =
    Du må tage en person med, når du taler med kommunen om din sag. Det hedder en bisidder.
    Du vælger selv, hvem det er. Det kan være en fra din familie eller en ven.
    Din bisidder må gerne tale på mødet.
topic-helper-2-heading = Digital Fuldmagt
# source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen?cookieSupport=true; https://vesthimmerland.dk/borger/pas-koerekort-og-id/giv-eller-anmod-om-digital-fuldmagt; https://vejen.dk/selvbetjeningen/selvbetjening/digital-fuldmagt/ | checked: 2026-12-02
topic-helper-2-body =
    Med Digital Fuldmagt kan du give en anden lov til at hjælpe dig på nettet.
    Personen kan fx melde flytning for dig eller se svar fra hospitalet.
    Du skal være over 15 år. En af jer skal have MitID.
topic-helper-3-heading = Hvis du ikke har MitID
# source: https://vesthimmerland.dk/borger/pas-koerekort-og-id/giv-eller-anmod-om-digital-fuldmagt; https://egedalkommune.dk/mit-liv/personlige-forhold/fuldmagt-til-at-hjaelpe-andre | checked: 2026-12-02
topic-helper-3-body =
    Har du ikke MitID? Så kan den, der skal hjælpe dig, bede om en fuldmagt.
    Du skriver under på papir.
    Du kan også få hjælp til det i Borgerservice. Husk at bestille tid.

## Klage over en afgørelse

topic-decision-title = Klage over en afgørelse
topic-decision-intro = Dine rettigheder, når kommunen beslutter noget om dig.
topic-decision-1-heading = Du har ret til at blive hørt
# source: https://ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/9-partshoering; https://www.htk.dk/Borgerservice/Borgerens-rettigheder/Partshoering | checked: 2026-12-02
topic-decision-1-body =
    Før kommunen beslutter noget i din sag, skal du som regel høres.
    Det betyder, at du får lov at svare på oplysninger, der taler imod dig.
    Det hedder partshøring.
topic-decision-2-heading = Du må se papirerne i din sag
# source: https://www.kk.dk/artikel/soeg-om-aktindsigt | checked: 2026-12-02
topic-decision-2-body =
    Du kan bede om at se papirerne i din sag. Det hedder aktindsigt.
    Spørg den afdeling, der har din sag. Du må skrive, ringe eller komme selv.
    Du skal ikke sige, hvorfor du vil se dem.
topic-decision-3-heading = Læs klagevejledningen
# source: https://www.kk.dk/indhold/klageemner | checked: 2026-12-02
topic-decision-3-body =
    Får du et svar på skrift, står der som regel en klagevejledning i brevet.
    Den siger, om du kan klage, hvordan, til hvem og hvornår. Husk fristen.
    Har du ikke fået en begrundelse og en klagevejledning? Så har du ret til at få dem.
    Du kan klage på skrift eller mundtligt.
