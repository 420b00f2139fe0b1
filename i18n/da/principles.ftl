# Københavns Kommunes 20 principper for ligebehandling: titler, enkle resuméer, tjeklister og
# spørgsmål til refleksion. Originalteksten står ordret i seed.ftl.

## Afsnit

section-1-title = Borgerbetjening og serviceydelser
section-1-intro = Sådan møder vi borgerne. Det er det, du gør ved skranken, i telefonen og i breve.
section-2-title = HR og personalepolitik
section-2-intro = Sådan arbejder vi med ligebehandling blandt os selv som medarbejdere.
section-3-title = Ledelse og udvikling af politikker
section-3-intro = Sådan sikrer ledere, at ligebehandling kan måles og bliver en del af alt, kommunen gør.

## 1a

principle-1a-title = Respekt for borgernes forskellighed
principle-1a-summary =
    Borgerne er forskellige. De har forskellige behov og ønsker.
    Vi giver ikke alle den samme hjælp. Vi giver hver borger den hjælp, der skal til.
    Så får alle lige god service.
principle-1a-item-1 = Spørg borgeren, hvad der hjælper, fx mere tid, en tolk eller skrift i stedet for tale.
principle-1a-item-2 = Tilpas din hjælp til borgeren i stedet for at give alle det samme svar.
principle-1a-item-3 = Vis respekt for borgerens sprog, tro, køn og baggrund.
principle-1a-item-4 = Tjek til sidst, om borgeren har fået det samme ud af mødet som andre.
principle-1a-question = Hvornår har du givet en borger en anden hjælp end andre, så borgeren fik den samme gode service?

## 1b

principle-1b-title = Mainstreaming
principle-1b-summary =
    Ligebehandling er ikke et ekstra projekt. Den er en del af alt det, vi gør.
    Vi tænker på alle grupper, når vi laver et tilbud eller en ny måde at arbejde på.
principle-1b-item-1 = Tænk på borgere med lidt dansk, lidt it og handicap, når du giver information.
principle-1b-item-2 = Sig det videre, hvis en fast rutine gør det svært for en gruppe.
principle-1b-item-3 = Brug enkelt sprog i alt, du skriver og siger til borgerne.
principle-1b-item-4 = Log dit opsøgende arbejde, så enheden kan se, om alle grupper bliver nået.
principle-1b-question = Hvilken af jeres faste rutiner kan gøre det svært for en gruppe af borgere?

## 1c

principle-1c-title = Oplysning til borgerne om deres rettigheder og muligheder
principle-1c-summary =
    Alle skal kende deres rettigheder og muligheder.
    Hvis en gruppe ikke kender et tilbud, er det vores opgave at nå ud til dem.
    Vi giver information, som borgeren kan forstå.
principle-1c-item-1 = Fortæl borgeren om de tilbud, der passer til hende, også dem hun ikke spørger om.
principle-1c-item-2 = Vis information på borgerens eget sprog ved siden af dansk.
principle-1c-item-3 = Giv en handout med hjem på borgerens sprog.
principle-1c-item-4 = Bed borgeren fortælle med egne ord, hvad hun har forstået.
principle-1c-question = Hvilke grupper når vores information ikke ud til i dag, og hvordan kan vi nå dem?

## 1d

principle-1d-title = Sprogligt og digitalt svage borgere
principle-1d-summary =
    Borgere med lidt dansk eller lidt it skal kunne bruge alle vores tilbud.
    Det gælder ved skranken, i telefonen, på nettet og i breve.
    Vi hjælper, så sprog og it ikke står i vejen.
principle-1d-item-1 = Tilbyd en tolk, når det er nødvendigt for at forstå hinanden. Brug aldrig børn under 18 som tolk.
principle-1d-item-2 = Tal enkelt dansk og tjek, at borgeren har forstået.
principle-1d-item-3 = Hjælp med selvbetjening og MitID ved skranken.
principle-1d-item-4 = Fortæl om fritagelse for Digital Post, hvis borgeren ikke kan bruge den.
principle-1d-item-5 = Læs et brev højt og forklar det, hvis borgeren ikke forstår det.
principle-1d-question = Hvad gør du, når du ikke er sikker på, at en borger har forstået dig?

## 1e

principle-1e-title = Nyankomne borgere
principle-1e-summary =
    Nye borgere skal opleve, at kommunen hjælper dem aktivt.
    Vi hjælper dem med at forstå deres pligter, rettigheder og muligheder.
    Så kan de klare sig selv i deres nye by.
principle-1e-item-1 = Forklar de første skridt: CPR-nummer, læge, sundhedskort og danskuddannelse.
principle-1e-item-2 = Giv information på borgerens eget sprog om det at være ny i København.
principle-1e-item-3 = Fortæl om International House Copenhagen, når det er relevant.
principle-1e-item-4 = Sørg for, at borgeren ved, hvor hun kan få hjælp næste gang.
principle-1e-question = Hvad havde du selv haft brug for at vide, hvis du var ny i et land?

## 1f

principle-1f-title = Klagemuligheder om diskrimination
principle-1f-summary =
    Alle borgere skal vide, hvor de kan klage, hvis de føler sig diskrimineret.
    Det gælder i mødet med kommunen og med kommunens leverandører.
    Klagen skal være nem at komme med.
principle-1f-item-1 = Tag borgeren alvorligt, når hun siger, at hun føler sig dårligt behandlet.
principle-1f-item-2 = Fortæl, at man først klager til den enhed, der behandlede sagen.
principle-1f-item-3 = Fortæl om Københavns Borgerrådgiver og Ligebehandlingsnævnet.
principle-1f-item-4 = Hjælp borgeren i gang med klagen, hvis hun ønsker det.
principle-1f-question = Hvordan reagerer du, hvis en borger siger, at en kollega har diskrimineret hende?

## 2a

principle-2a-title = Rekruttering
principle-2a-summary =
    Vi ansætter uden at diskriminere.
    Det gælder også skjult diskrimination.
    Alle, der ansætter, skal vide, hvad de skal gøre for at undgå det.
principle-2a-item-1 = Vi har faste kriterier for hver stilling, som alle ansøgere bliver vurderet efter.
principle-2a-item-2 = Alle i et ansættelsesudvalg har lært om skjult diskrimination.
principle-2a-item-3 = Vores stillingsopslag er skrevet, så alle grupper føler sig velkomne.
principle-2a-item-4 = Vi følger op på, hvem der søger, og hvem der bliver ansat.
principle-2a-question = Hvordan kan en skjult vane i en ansættelse holde nogle grupper ude?

## 2b

principle-2b-title = Underrepræsentation
principle-2b-summary =
    Nogle grupper er for få blandt de ansatte.
    Det gælder også blandt ledere.
    Hver enhed sætter mål, så de ansatte ligner byens borgere.
principle-2b-item-1 = Vi ved, hvilke grupper der er for få i vores enhed.
principle-2b-item-2 = Vi har konkrete mål for at få flere med fra disse grupper.
principle-2b-item-3 = Vi følger op på målene hvert år.
principle-2b-item-4 = Vi har en plan for, hvordan flere fra disse grupper kan blive ledere.
principle-2b-question = Ligner jeres enhed de borgere, I betjener? Hvad mangler?

## 2c

principle-2c-title = Introduktionsforløb
principle-2c-summary =
    Nye kolleger skal lære om ligebehandling fra start.
    Det gælder også vikarer.
    Og det gælder folk, der arbejder for kommunen hos et firma.
principle-2c-item-1 = Ligebehandling er et tema i vores introduktion af nye medarbejdere, også vikarer.
principle-2c-item-2 = Nye medarbejdere arbejder med cases om ligebehandling fra skranken.
principle-2c-item-3 = Vi registrerer, hvornår vi har holdt introduktionsforløb, og hvor mange der var med.
principle-2c-item-4 = Vores større leverandører kender og bruger principperne i deres introduktion.
principle-2c-question = Hvad skal en ny kollega vide om ligebehandling den første uge?

## 2d

principle-2d-title = Alles ansvar
principle-2d-summary =
    Alle ansatte har ansvar for ligebehandling.
    Det står i jobbeskrivelsen.
    Vi taler om det til den årlige MUS-samtale.
principle-2d-item-1 = Ligebehandling står i jobbeskrivelsen for alle i enheden.
principle-2d-item-2 = Ligebehandling er et punkt i alle MUS-samtaler.
principle-2d-item-3 = Vi taler om ligebehandling på personalemøder.
principle-2d-item-4 = Alle ved, hvad de skal gøre, hvis de ser en kollega diskriminere.
principle-2d-question = Hvad er dit eget ansvar for ligebehandling i dit daglige arbejde?

## 2e

principle-2e-title = Udfoldelse af menneskelige ressourcer
principle-2e-summary =
    Alle ansatte skal have lige chancer for at lære og gøre karriere.
    Vi møder hinanden med respekt.
    Ligebehandling skal være en del af vores kultur.
principle-2e-item-1 = Alle medarbejdere har lige adgang til kurser og nye opgaver.
principle-2e-item-2 = Vi følger op på, hvem der får udvikling og forfremmelse.
principle-2e-item-3 = Vi taler om, hvordan forskellighed styrker vores arbejde.
principle-2e-item-4 = Vi reagerer på sprog og vittigheder, der nedgør en gruppe.
principle-2e-question = Får alle kolleger de samme muligheder for at udvikle sig hos jer?

## 2g

principle-2g-title = Kompetenceudvikling og efteruddannelse
principle-2g-summary =
    Ligebehandling skal indgå i kommunens kurser, hvor det passer.
    Så lærer vi mere, også efter den første tid.
principle-2g-item-1 = Ligebehandling er et tema i vores kurser, hvor det passer.
principle-2g-item-2 = Vi genopfrisker principperne mindst en gang om året.
principle-2g-item-3 = Medarbejdere kan lære mere om tolkning, enkelt sprog og digital hjælp.
principle-2g-item-4 = Vi deler erfaringer fra skranken med hinanden.
principle-2g-question = Hvad vil du gerne blive bedre til, når du møder borgere med andre behov?

## 2f

principle-2f-title = Klageprocedure
principle-2f-summary =
    Alle medarbejdere skal vide, hvor de kan klage, hvis de føler sig diskrimineret på arbejdet.
    Klagen skal være nem at komme med.
principle-2f-item-1 = Alle medarbejdere ved, hvor de kan klage over diskrimination.
principle-2f-item-2 = Vores klageprocedure er skrevet ned og let at finde.
principle-2f-item-3 = En klage bliver taget alvorligt og behandlet hurtigt.
principle-2f-item-4 = Den, der klager, bliver beskyttet mod følger af at klage.
principle-2f-question = Hvem ville du tale med, hvis du selv blev diskrimineret på arbejdet?

## 3a

principle-3a-title = Resultatmål
principle-3a-summary =
    Ledere har en vigtig rolle i ligebehandling.
    Derfor skal der være mål for ligebehandling i lederes resultatmål og kontrakter.
    Målene skal kunne måles, både over for borgerne og inde i kommunen.
principle-3a-item-1 = Vores enhed har mål for ligebehandling, der kan måles.
principle-3a-item-2 = Lederen følger op på målene mindst to gange om året.
principle-3a-item-3 = Vi bruger loggen over opsøgende arbejde til at se, om vi når alle grupper.
principle-3a-item-4 = Målene indgår i lederens resultataftale.
principle-3a-question = Hvilket tal ville vise, om jeres enhed når alle grupper af borgere?

## 3b

principle-3b-title = VVL-analyser
principle-3b-summary =
    Når kommunen laver noget nyt, skal vi tænke på alle grupper.
    Vi vurderer, hvordan det nye rammer hver gruppe.
    Det hedder en VVL-analyse.
    Den hindrer, at noget nyt rammer skævt.
principle-3b-item-1 = Vi laver en VVL-analyse, når vi ændrer en service, der er relevant for det.
principle-3b-item-2 = Vi spørger, hvordan en ny regel rammer borgere med lidt dansk eller lidt it.
principle-3b-item-3 = Vi ændrer planen, hvis analysen viser, at en gruppe bliver ramt skævt.
principle-3b-item-4 = Vi gemmer analysen, så andre kan se, hvad vi vurderede.
principle-3b-question = Hvilken ny regel har I oplevet ramte en gruppe af borgere skævt?

## 3c

principle-3c-title = Smidigt samarbejde på tværs af forvaltningerne
principle-3c-summary =
    Nogle borgere har sager i flere dele af kommunen på en gang.
    Så skal vi arbejde godt sammen om deres sager.
    Det er reel ligebehandling.
principle-3c-item-1 = Vi ved, hvem vi kan kontakte i andre forvaltninger.
principle-3c-item-2 = Vi hjælper borgeren videre i stedet for at sende hende rundt.
principle-3c-item-3 = Vi har faste aftaler om samarbejde om borgere med flere sager.
principle-3c-item-4 = Vi følger op, når vi har henvist en borger videre.
principle-3c-question = Hvornår har en borger måttet gå fra kontor til kontor? Hvad kunne I have gjort?

## 3d

principle-3d-title = Borgerinddragelse
principle-3d-summary =
    Vi spørger borgere fra udsatte grupper, når vi laver tilbud til dem.
    Jo mere et tilbud rammer en gruppe, jo vigtigere er det at spørge.
    De skal også være med til at vurdere tilbuddet.
principle-3d-item-1 = Vi spørger de grupper, der bruger et tilbud, før vi ændrer det.
principle-3d-item-2 = Vi samarbejder med foreninger, der kender grupperne.
principle-3d-item-3 = Vi spørger borgerne, når vi vurderer et projekt, de er en vigtig del af.
principle-3d-item-4 = Vi fortæller borgerne, hvad vi gjorde med deres svar.
principle-3d-question = Hvem kunne I spørge, før I ændrer noget ved jeres service?

## 3e

principle-3e-title = Demokratisk repræsentation
principle-3e-summary =
    Alle grupper skal have en stemme i byens råd.
    Kommunen hjælper med til det.
    Det gælder også dem, der ofte ikke bliver hørt.
principle-3e-item-1 = Vi ved, hvilke lokale råd og forsamlinger vores område har.
principle-3e-item-2 = Vi fortæller borgerne, hvordan de kan være med i dem.
principle-3e-item-3 = Vi gør vores møder nemme at deltage i, fx med tolk og trinfri adgang.
principle-3e-item-4 = Vi følger op på, om alle grupper er med.
principle-3e-question = Hvilke grupper er ikke med, når der bliver truffet beslutninger i jeres område?

## 3f

principle-3f-title = Sociale krav til kommunens leverandører
principle-3f-summary =
    Store firmaer, der løser opgaver for kommunen, skal også ligebehandle.
    De skal nå de samme mål som os.
principle-3f-item-1 = Vores kontrakter med større leverandører har krav om ligebehandling.
principle-3f-item-2 = Vi følger op på, om leverandørerne lever op til kravene.
principle-3f-item-3 = Leverandørernes medarbejdere kender principperne.
principle-3f-item-4 = Borgerne kan klage over diskrimination hos en leverandør.
principle-3f-question = Hvordan ved I, at en leverandør behandler borgerne lige?

## 3g

principle-3g-title = Sociale aktører og private virksomheder
principle-3g-summary =
    Det er godt for byen, når firmaer også behandler alle lige.
    Det gælder også foreninger.
    Vi fortæller dem om principperne, når vi arbejder sammen.
principle-3g-item-1 = Vi fortæller om principperne, når vi samarbejder med virksomheder og foreninger.
principle-3g-item-2 = Vi deler gode erfaringer med ligebehandling med vores partnere.
principle-3g-item-3 = Vi vælger gerne partnere, der selv arbejder med ligebehandling.
principle-3g-item-4 = Vi inviterer partnere med, når vi holder møder om ligebehandling.
principle-3g-question = Hvilken partner kunne I inspirere til at arbejde med ligebehandling?

## Idéer fra principperne

idea-equal-not-identical-title = Behandlet lige – men ikke ens
idea-equal-not-identical-body =
    Ligebehandling betyder ikke, at alle får det samme.
    Det betyder, at alle får lige god service.
    Nogle borgere har brug for en tolk, mere tid eller hjælp med it. Så giver vi dem det.
    Målet er, at alle grupper får lige meget ud af kommunens tilbud.
idea-groups-title = Hvem er i risiko for at blive stillet ringere?
idea-groups-body =
    Nogle grupper får mindre ud af kommunens tilbud end andre. Principperne kalder dem stigmatiserede grupper.
    - Etniske minoriteter og nytilkomne borgere
    - Borgere med handicap og borgere med psykisk sygdom
    - Bøsser og lesbiske
    - Borgere med kort uddannelse og langtidsledige
    - Hjemløse
    - Borgere, der ikke kan bruge it, og borgere med lidt dansk
    - Ældre
    I nogle sammenhænge kan også køn stille en borger ringere.
idea-different-rules-title = Forskelsbehandling
idea-different-rules-body =
    Forskelsbehandling er, når vi bruger forskellige regler, hvor situationen er den samme.
    To borgere med samme ret får forskellig hjælp eller forskelligt resultat.
idea-different-rules-example = To borgere spørger om det samme. Den ene taler godt dansk og får lang tid og god hjælp. Den anden får en folder og et kort svar.
idea-same-rules-title = Ensbehandling
idea-same-rules-body =
    Ensbehandling er, når vi bruger de samme regler, hvor situationerne er forskellige.
    Borgere med forskellige behov får den samme behandling. Derfor får de et forskelligt udbytte.
idea-same-rules-example = Alle borgere får at vide, at de kan læse om deres sag på borger.dk. En borger uden internet og med lidt dansk misser derfor en frist.
idea-indicators-title = Hvorfor vi måler
idea-indicators-body =
    Hver enhed skal kunne se, om dens tilbud når ud til alle grupper.
    Derfor har hver enhed sine egne ligebehandlingsindikatorer.
    Når du logger dit opsøgende arbejde, bliver det til tal for enheden. Loggen gemmer, hvad der blev gjort, aldrig hvem.
idea-why-outward-title = Hvorfor ligebehandling over for borgerne?
idea-why-outward-body =
    - Alle borgere skal føle, at København også er deres by.
    - Ligebehandling beskytter svage grupper mod at blive holdt ude.
    - Flere tager del i byens demokrati, og det modvirker radikalisering.
    - Flere finder vej til uddannelse og arbejde.
    - Vi bruger kommunens ressourcer mere præcist.
    - Kommunen er et forbillede for virksomheder og andre partnere.
    - Vi bekæmper diskrimination, hadforbrydelser og racisme i byen.
idea-why-inward-title = Hvorfor ligebehandling blandt os selv?
idea-why-inward-body =
    - Kommunen bliver en attraktiv arbejdsplads for alle.
    - Vi holder på dygtige medarbejdere, og trivslen stiger.
    - Der bliver plads til kolleger, der ellers kunne blive holdt ude.
    - Vi bliver mere kreative og lærer mere.
    - Vores forskellighed gør os bedre til at betjene byens forskellige borgere.
