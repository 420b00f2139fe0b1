# Cases og quiz til introduktion af nye medarbejdere (princip 2c og 2g).
# Hvilke principper en case handler om, og hvilket svar der er rigtigt, står i src/content/training.rs.

## Cases

case-newcomer-no-mitid-title = Ny i Danmark, uden dansk og uden MitID
case-newcomer-no-mitid-text =
    En mand er kommet til Danmark for to uger siden. Han taler ikke dansk og kun lidt engelsk.
    Han har et brev med sig, som han ikke forstår. Han har ikke MitID endnu.
    Der er lang kø bag ham.
case-newcomer-no-mitid-question-1 = Hvad gør du først, så han forstår dig, og du forstår ham?
case-newcomer-no-mitid-question-2 = Hvordan hjælper du ham videre med brevet og med MitID?
case-newcomer-no-mitid-question-3 = Hvad kan han få med hjem på sit eget sprog?

case-deaf-citizen-title = En døv borger ved skranken
case-deaf-citizen-text =
    En kvinde er døv. Hun rækker dig en seddel med sit spørgsmål.
    Hun vil gerne have hjælp til at søge om noget på nettet.
    Din kollega siger, at hun bare kan ringe til kommunen.
case-deaf-citizen-question-1 = Hvorfor er det ikke et godt svar at bede hende ringe?
case-deaf-citizen-question-2 = Hvordan kan I tale sammen, så hun får det samme ud af mødet som andre?

case-child-interpreter-title = Et barn på 12 år vil tolke
case-child-interpreter-text =
    En mor kommer med sin søn på 12 år. Hun taler ikke dansk.
    Sønnen siger, at han plejer at tolke for sin mor.
    Sagen handler om morens økonomi.
case-child-interpreter-question-1 = Må sønnen tolke her? Hvad siger reglerne fra 1. juli 2025?
case-child-interpreter-question-2 = Hvordan får I en tolk, og hvad siger du til sønnen og moren?

case-religion-complaint-title = Behandlet dårligt på grund af sin religion
case-religion-complaint-text =
    En borger fortæller dig, at en kollega var uvenlig mod hende i sidste uge.
    Hun tror, at det var på grund af hendes tørklæde.
    Hun er vred og ked af det.
case-religion-complaint-question-1 = Hvordan tager du imod det, hun fortæller?
case-religion-complaint-question-2 = Hvor kan hun klage, og hvordan hjælper du hende med at komme i gang?
case-religion-complaint-question-3 = Hvad gør I i enheden bagefter?

case-digital-post-elderly-title = En ældre borger kan ikke bruge Digital Post
case-digital-post-elderly-text =
    En mand på 84 år har ikke computer og ser dårligt.
    Han har misset et vigtigt brev i Digital Post.
    Han spørger, om han kan få brevene på papir.
case-digital-post-elderly-question-1 = Hvad fortæller du ham om fritagelse for Digital Post?
case-digital-post-elderly-question-2 = Hvad skal han have med, og hvad skal han ikke dokumentere?

case-mental-illness-queue-title = Uro i køen
case-mental-illness-queue-text =
    En borger bliver urolig i køen og taler højt.
    Han fortæller, at han har en psykisk sygdom og har svært ved at vente.
    Andre borgere kigger på ham.
case-mental-illness-queue-question-1 = Hvad kan du gøre, så han kan få hjælp uden at vente længe?
case-mental-illness-queue-question-2 = Er det forskelsbehandling at hjælpe ham før de andre? Hvorfor, eller hvorfor ikke?

case-no-fixed-address-title = En borger uden fast adresse
case-no-fixed-address-text =
    En kvinde bor på gaden. Hun har ingen fast adresse og ingen computer.
    Hun skal bruge et brev fra kommunen, men hun ved ikke, hvordan hun får det.
case-no-fixed-address-question-1 = Hvordan kan hun få post og breve fra kommunen?
case-no-fixed-address-question-2 = Hvem i kommunen kan I samarbejde med om hendes sag?

case-letter-not-understood-title = Et brev, borgeren ikke forstår
case-letter-not-understood-text =
    En borger viser dig et brev om en afgørelse. Han forstår ikke, hvad der står.
    Han er bange for at have gjort noget forkert. Der er en frist i brevet.
case-letter-not-understood-question-1 = Hvordan forklarer du brevet i et enkelt sprog?
case-letter-not-understood-question-2 = Hvordan sikrer du dig, at han har forstået fristen?

case-same-rules-title = Samme regel for alle
case-same-rules-text =
    I enheden giver I alle borgere det samme svar: "Læs om det på borger.dk."
    Det er hurtigt, og det er ens for alle.
    Men nogle borgere kan ikke læse dansk, og nogle har ikke internet.
case-same-rules-question-1 = Hvorfor kan det samme svar til alle give et dårligere resultat for nogle?
case-same-rules-question-2 = Hvad kan I gøre anderledes, så alle får den samme gode service?

case-different-treatment-title = To borgere, to forskellige svar
case-different-treatment-text =
    To borgere spørger om det samme. Den ene taler flydende dansk og får lang tid og god hjælp.
    Den anden taler gebrokkent dansk og får en folder og et kort svar.
case-different-treatment-question-1 = Hvilken form for diskrimination er det?
case-different-treatment-question-2 = Hvordan kan I opdage det i enheden, og hvad kan I gøre ved det?

## Quiz

quiz-1-question = Hvad betyder "behandlet lige – men ikke ens"?
quiz-1-option-a = Alle borgere skal have præcis den samme behandling.
quiz-1-option-b = Borgere kan have brug for forskellig hjælp for at få den samme gode service.
quiz-1-option-c = Nogle borgere skal have bedre service end andre.
quiz-1-option-d = Borgeren bestemmer selv, hvilke regler der gælder.
quiz-1-explanation = Ligebehandling betyder, at alle får lige god service. Derfor kan nogle have brug for en anden hjælp, fx en tolk eller mere tid.

quiz-2-question = En borger får det samme svar som alle andre, men forstår det ikke og misser en frist. Hvad kalder principperne det?
quiz-2-option-a = Forskelsbehandling
quiz-2-option-b = God service
quiz-2-option-c = Ensbehandling
quiz-2-option-d = Mainstreaming
quiz-2-explanation = Ensbehandling er, når de samme regler bruges i forskellige situationer, så nogle får et dårligere resultat.

quiz-3-question = To borgere i samme situation får forskellig hjælp, fordi den ene taler godt dansk. Hvad kalder principperne det?
quiz-3-option-a = Forskelsbehandling
quiz-3-option-b = Ensbehandling
quiz-3-option-c = Differentieret service
quiz-3-option-d = Borgerinddragelse
quiz-3-explanation = Forskelsbehandling er, når forskellige regler bruges i sammenlignelige situationer, så borgere med samme ret får forskellig hjælp.

quiz-4-question = Hvilken af disse grupper nævner principperne som en stigmatiseret gruppe?
quiz-4-option-a = Borgere med høj uddannelse
quiz-4-option-b = Borgere, der har boet længe i kommunen
quiz-4-option-c = Borgere, der bruger selvbetjening
quiz-4-option-d = Digitalt svage borgere
quiz-4-explanation = Principperne nævner bl.a. etniske minoriteter, handicappede, psykisk syge, hjemløse, ældre, nytilkomne, sprogsvage og digitale analfabeter.

quiz-5-question = Må et barn på 12 år tolke for sin mor i en samtale om hendes økonomi?
quiz-5-option-a = Ja, hvis moren siger ja.
quiz-5-option-b = Nej. Fra 1. juli 2025 må børn under 18 ikke tolke i samtaler med myndigheder, undtagen ved enkle praktiske ting.
quiz-5-option-c = Ja, hvis samtalen er kort.
quiz-5-option-d = Nej, kun voksne familiemedlemmer over 25 år må tolke.
quiz-5-explanation = Loven (LOV nr. 469 af 14/05/2025) siger, at børn under 18 ikke må tolke ved myndigheder. Undtagelsen er enkle, praktiske ting.

quiz-6-question = Hvem betaler for en tolk hos kommunen, når sagsbehandleren vurderer, at der er brug for en?
quiz-6-option-a = Borgeren
quiz-6-option-b = Borgerens familie
quiz-6-option-c = Kommunen
quiz-6-option-d = Ingen, for man må ikke bruge tolk
quiz-6-explanation = Kommunen skal sikre, at den forstår borgeren og bliver forstået. Når sagsbehandleren vurderer, at der er brug for en tolk, betaler kommunen.

quiz-7-question = En borger vil fritages for Digital Post. Hvad skal borgeren gøre?
quiz-7-option-a = Søge i Borgerservice med legitimation og en underskrevet erklæring.
quiz-7-option-b = Skaffe en lægeerklæring.
quiz-7-option-c = Sende en mail til kommunen.
quiz-7-option-d = Det er ikke muligt at blive fritaget.
quiz-7-explanation = Man søger i Borgerservice med legitimation og en underskrevet erklæring. Man skal ikke dokumentere grunden.

quiz-8-question = En borger vil klage over diskrimination i mødet med kommunen. Hvor klager borgeren først?
quiz-8-option-a = Hos Folketingets Ombudsmand
quiz-8-option-b = Hos den enhed, der behandlede sagen
quiz-8-option-c = Hos politiet
quiz-8-option-d = Hos borgerens egen læge
quiz-8-explanation = Man klager først til den enhed, der behandlede sagen. Derefter kan man gå til Københavns Borgerrådgiver.

quiz-9-question = Hvilket princip siger, at ligebehandling skal være et tema, når nye medarbejdere starter?
quiz-9-option-a = 1c Oplysning til borgerne
quiz-9-option-b = 3a Resultatmål
quiz-9-option-c = 2f Klageprocedure
quiz-9-option-d = 2c Introduktionsforløb
quiz-9-explanation = Princip 2c siger, at ligebehandling og antidiskrimination skal indgå i introduktionen af nye medarbejdere, også for vikarer.

quiz-10-question = Hvorfor skal hver enhed måle sine egne ligebehandlingsindikatorer?
quiz-10-option-a = For at se, om enhedens tilbud når ud til alle grupper.
quiz-10-option-b = For at finde ud af, hvem borgerne er.
quiz-10-option-c = For at kunne give færre borgere hjælp.
quiz-10-option-d = Fordi loven kræver navne på alle borgere.
quiz-10-explanation = Indikatorerne viser, om tilbuddene i lige grad når ud til alle grupper. De handler om hvad der blev gjort, aldrig om hvem.

quiz-11-question = Hvad må du skrive i noten, når du logger et besøg?
quiz-11-option-a = Borgerens navn, så man kan finde sagen igen.
quiz-11-option-b = Borgerens telefonnummer.
quiz-11-option-c = Kort, hvad der blev gjort, fx "hjælp til Digital Post".
quiz-11-option-d = Borgerens CPR-nummer.
quiz-11-explanation = Loggen gemmer, hvad der blev gjort, aldrig hvem. Skranke afviser noter, der ligner CPR-numre, telefonnumre eller e-mails.

quiz-12-question = En døv borger rækker dig en seddel. Hvad er et godt svar efter principperne?
quiz-12-option-a = "Du må ringe til os i stedet."
quiz-12-option-b = Skrive sammen med hende eller finde en tegnsprogstolk, så hun får samme hjælp som andre.
quiz-12-option-c = Bede hende komme igen med en ven.
quiz-12-option-d = Give hende en folder og sende hende videre.
quiz-12-explanation = Princip 1a og 1d: borgere med andre behov skal have tilbud, der passer til dem, så de får den samme gode service.
