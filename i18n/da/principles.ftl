### Københavns Kommunes 20 principper for ligebehandling: titler, enkle resuméer, tjeklister
### og spørgsmål til refleksion. Originalteksten står ordret i seed.ftl.
### Tjeklisten for 1a-1f siger, hvad du gør ved skranken. Tjeklisten for 2a-3g siger, hvad enheden har på plads.
### Antallet af punkter pr. princip står i src/content/principles.rs.

## Afsnit

section-1-title = Borgerbetjening og serviceydelser
section-1-intro = Sådan møder vi borgerne. Det gælder ved skranken, i telefonen, på nettet og i breve.
section-2-title = HR og personalepolitik
section-2-intro = Sådan behandler vi hinanden lige som kolleger. Det gælder, når vi ansætter, lærer nyt og klager.
section-3-title = Ledelse og udvikling af politikker
section-3-intro = Ligebehandling i ledelse og i nye regler og tilbud. Og når kommunen arbejder sammen med andre.

## 1a

principle-1a-title = Respekt for borgernes forskellighed
principle-1a-summary =
    Vores borgere er forskellige. Vores tilbud og service skal passe til det.
    Har borgerne forskellige behov og ønsker, bør vi være klar til at hjælpe dem på forskellige måder.
    Målet er, at alle får lige god service.
principle-1a-item-1 = Spørg borgeren, hvad der hjælper, fx mere tid, en tolk eller at få det på skrift.
principle-1a-item-2 = Tilpas din hjælp til borgeren. Giv ikke bare alle det samme svar.
principle-1a-item-3 = Mød borgerens sprog, tro, køn og baggrund med respekt.
principle-1a-item-4 = Tjek til sidst, at borgeren har fået lige så meget ud af besøget som andre.
principle-1a-question = Hvornår har du hjulpet en borger på en anden måde end andre, så borgeren fik lige god service?

## 1b

principle-1b-title = Mainstreaming
principle-1b-summary =
    Ligebehandling bør være en fast del af vores arbejde og af alt, hvad vi gør.
    I alle vores tilbud bør vi tænke på lige muligheder for alle grupper af borgere.
    Det kaldes mainstreaming.
principle-1b-item-1 = Tænk på borgere med lidt dansk, lidt it eller et handicap, når du giver information.
principle-1b-item-2 = Brug enkelt sprog i alt, du siger og skriver til borgerne.
principle-1b-item-3 = Sig det til din leder, hvis en fast rutine gør det svært for en gruppe af borgere.
principle-1b-item-4 = Log dit opsøgende arbejde, så enheden kan se, om vi når alle grupper.
principle-1b-question = Hvilken af vores faste rutiner kan gøre det svært for en gruppe af borgere?

## 1c

principle-1c-title = Oplysning til borgerne om deres rettigheder og muligheder
principle-1c-summary =
    Hvis nogle grupper ikke kender, forstår eller bruger de tilbud, der er til dem, har vi ansvaret for at nå ud til dem.
    Det er en del af vores opgave at sikre, at alle grupper forstår deres rettigheder og muligheder.
    Vi har ansvaret for, at vores information når ud til alle grupper. Også dem, vi ikke har nået før.
principle-1c-item-1 = Fortæl om de tilbud, der passer til borgeren, også dem, borgeren ikke selv spørger om.
principle-1c-item-2 = Vis informationen på borgerens eget sprog ved siden af dansk.
principle-1c-item-3 = Giv borgeren informationen med hjem på papir, på borgerens eget sprog.
principle-1c-item-4 = Bed borgeren sige med egne ord, hvad borgeren har forstået.
principle-1c-question = Hvilke grupper når vores information ikke ud til i dag? Hvordan kan vi nå dem?

## 1d

principle-1d-title = Sprogligt og digitalt svage borgere
principle-1d-summary =
    Borgere med lidt dansk eller lidt it bør opleve, at de kan bruge alle kommunens tilbud fuldt ud.
    Det gælder ved skranken, i telefonen, på nettet og i breve.
principle-1d-item-1 = Tilbyd en tolk, hvis I ikke kan forstå hinanden godt nok. Brug ikke borgerens børn som tolk.
principle-1d-item-2 = Tal enkelt dansk, og tjek, at borgeren har forstået dig.
principle-1d-item-3 = Tilbyd hjælp til selvbetjening og MitID her ved skranken.
principle-1d-item-4 = Fortæl om fritagelse for Digital Post, hvis borgeren ikke kan bruge den.
principle-1d-item-5 = Læs et brev fra kommunen sammen med borgeren, og forklar det med enkle ord.
principle-1d-question = Hvad gør du, når du ikke er sikker på, at en borger har forstået dig?

## 1e

principle-1e-title = Nyankomne borgere
principle-1e-summary =
    Nye borgere bør opleve, at kommunen giver dem aktiv hjælp.
    Det bør vi tænke på, når vi hjælper dem og giver dem information.
    Vi tager en del af ansvaret for, at de forstår deres pligter og rettigheder. Og for, at de kan bruge deres muligheder.
principle-1e-item-1 = Forklar de første skridt: CPR-nummer, læge, sundhedskort og danskundervisning.
principle-1e-item-2 = Vis information om at være ny i København på borgerens eget sprog.
principle-1e-item-3 = Fortæl om International House Copenhagen, når det passer til borgerens situation.
principle-1e-item-4 = Sørg for, at borgeren ved, hvor der er hjælp at få næste gang.
principle-1e-question = Hvad ville du selv have brug for at vide, hvis du var ny i et land?

## 1f

principle-1f-title = Klagemuligheder om diskrimination
principle-1f-summary =
    Alle borgere skal vide, hvordan de kan klage, hvis de føler sig diskrimineret.
    Og de skal have adgang til en klageprocedure, der virker.
    Det gælder i mødet med kommunen og med de firmaer, der arbejder for os.
principle-1f-item-1 = Lyt, og tag borgeren alvorligt, hvis borgeren føler sig diskrimineret.
principle-1f-item-2 = Fortæl, at man først klager til den enhed, der havde sagen.
principle-1f-item-3 = Fortæl om andre steder at klage, fx Københavns Borgerrådgiver og Ligebehandlingsnævnet.
principle-1f-item-4 = Hjælp borgeren i gang med klagen, hvis borgeren ønsker det.
principle-1f-question = Hvad gør du, hvis en borger siger, at en af dine kolleger har diskrimineret ham eller hende?

## 2a

principle-2a-title = Rekruttering
principle-2a-summary =
    Når vi ansætter, må vi ikke diskriminere. Heller ikke på skjulte måder.
    Alle, der er med til at vælge nye kolleger, skal vide, hvordan de undgår det.
principle-2a-item-1 = Vi har faste krav til hver stilling og vurderer alle ansøgere efter dem.
principle-2a-item-2 = Alle, der er med til at ansætte, har lært om skjult diskrimination.
principle-2a-item-3 = Vores stillingsopslag er skrevet, så alle grupper føler sig velkomne.
principle-2a-item-4 = Vi følger op på, hvem der søger, og hvem der bliver ansat.
principle-2a-question = Hvordan kan en vane, som ingen lægger mærke til, holde nogle grupper ude, når vi ansætter?

## 2b

principle-2b-title = Underrepræsentation
principle-2b-summary =
    Nogle grupper er for få blandt de ansatte i en række af kommunens job.
    Hver enhed skal sætte konkrete mål.
    Målet er, at de ansatte ligner byens befolkning. Også blandt lederne.
principle-2b-item-1 = Vi ved, hvilke grupper der er for få af hos os.
principle-2b-item-2 = Vi har konkrete mål for, hvordan flere fra disse grupper bliver ansat.
principle-2b-item-3 = Vi følger jævnligt op på målene.
principle-2b-item-4 = Vi har en plan for, hvordan flere fra disse grupper kan blive ledere.
principle-2b-question = Ligner vores enhed de borgere, vi betjener? Hvem mangler?

## 2c

principle-2c-title = Introduktionsforløb
principle-2c-summary =
    Nye kolleger skal lære om ligebehandling i deres introduktion.
    Det gælder også vikarer og folk, der kun er her en kort tid.
    Og det gælder dem, der arbejder for os hos et stort firma.
principle-2c-item-1 = Ligebehandling er et tema i vores introduktion af nye medarbejdere, også for vikarer.
principle-2c-item-2 = Nye kolleger taler om cases fra skranken, hvor ligebehandling er på spil.
principle-2c-item-3 = Vi skriver ned, hvornår vi holder introduktion, og hvor mange der var med.
principle-2c-item-4 = Vores større leverandører har ligebehandling med i deres introduktion.
principle-2c-question = Hvad skal en ny kollega vide om ligebehandling i sin første uge?

## 2d

principle-2d-title = Alles ansvar
principle-2d-summary =
    Alle ansatte skal se ligebehandling som en del af deres ansvar.
    Det ansvar skal stå i jobbeskrivelsen.
    Og det skal være med i den årlige MUS-samtale.
principle-2d-item-1 = Ansvaret for ligebehandling står i jobbeskrivelsen for alle i enheden.
principle-2d-item-2 = Ligebehandling er et punkt i alle MUS-samtaler.
principle-2d-item-3 = Vi taler om ligebehandling på personalemøder.
principle-2d-item-4 = Alle ved, hvad de skal gøre, hvis de ser en kollega diskriminere.
principle-2d-question = Hvad er dit eget ansvar for ligebehandling i dit daglige arbejde?

## 2e

principle-2e-title = Udfoldelse af menneskelige ressourcer
principle-2e-summary =
    Vi er ikke ens. Det skal vi håndtere med respekt for ligebehandling.
    Alle skal have lige gode chancer for at lære og komme frem i jobbet.
    Ligebehandling skal være en vigtig del af vores kultur.
principle-2e-item-1 = Alle medarbejdere har lige adgang til kurser og nye opgaver.
principle-2e-item-2 = Vi følger op på, hvem der får kurser, nye opgaver og forfremmelse.
principle-2e-item-3 = Vi taler om, hvordan vores forskellighed gør arbejdet bedre.
principle-2e-item-4 = Vi siger fra over for sprog og vittigheder, der nedgør en gruppe.
principle-2e-question = Får alle kolleger de samme chancer for at udvikle sig hos os?

## 2g

principle-2g-title = Kompetenceudvikling og efteruddannelse
principle-2g-summary =
    Ligebehandling bør være et emne på kommunens kurser og efteruddannelser.
    Det gælder alle steder, hvor det passer.
principle-2g-item-1 = Ligebehandling er et tema i vores kurser og efteruddannelse, hvor det passer.
principle-2g-item-2 = Vi tager principperne op igen med jævne mellemrum.
principle-2g-item-3 = Medarbejdere kan lære mere om tolkning, enkelt sprog og digital hjælp.
principle-2g-item-4 = Vi deler erfaringer fra skranken med hinanden.
principle-2g-question = Hvad vil du gerne blive bedre til, når du møder borgere med andre behov end dine egne?

## 2f

principle-2f-title = Klageprocedure
principle-2f-summary =
    Alle ansatte skal vide, hvor de kan klage, hvis de føler sig diskrimineret på jobbet.
    Det skal være let at klage. Og klageproceduren skal virke.
principle-2f-item-1 = Alle medarbejdere ved, hvor de kan klage over diskrimination.
principle-2f-item-2 = Vores klageprocedure er skrevet ned og let at finde.
principle-2f-item-3 = En klage bliver taget alvorligt og behandlet hurtigt.
principle-2f-item-4 = Den, der klager, får ikke problemer af at klage.
principle-2f-question = Hvem ville du tale med, hvis du selv blev diskrimineret på jobbet?

## 3a

principle-3a-title = Resultatmål
principle-3a-summary =
    Ledere har en nøglerolle, når det gælder ligebehandling.
    Derfor bør deres aftaler have mål for ligebehandling, som kan måles.
    Det gælder både over for borgerne og blandt os selv.
principle-3a-item-1 = Vores enhed har mål for ligebehandling, som kan måles.
principle-3a-item-2 = Lederen følger op på målene og taler med os om dem.
principle-3a-item-3 = Vi bruger loggen over opsøgende arbejde til at se, om vi når alle grupper.
principle-3a-item-4 = Målene står i lederens resultataftale eller kontrakt.
principle-3a-question = Hvilket tal ville vise, om vores enhed når alle grupper af borgere?

## 3b

principle-3b-title = VVL-analyser
principle-3b-summary =
    Når kommunen laver nye regler eller tilbud, bør vi lave en VVL-analyse, hvis det er relevant.
    Den ser på, hvordan det nye rammer hver gruppe.
    Den skal hindre, at det nye rammer nogle grupper skævt.
principle-3b-item-1 = Vi laver en VVL-analyse, før vi ændrer en service, når det er relevant.
principle-3b-item-2 = Vi spørger, hvordan en ny regel rammer borgere med lidt dansk eller lidt it.
principle-3b-item-3 = Vi ændrer planen, hvis analysen viser, at en gruppe bliver ramt skævt.
principle-3b-item-4 = Vi gemmer analysen, så andre kan se, hvad vi vurderede.
principle-3b-question = Hvornår har en ny regel ramt en gruppe af borgere skævt? Hvad kunne have forhindret det?

## 3c

principle-3c-title = Smidigt samarbejde på tværs af forvaltningerne
principle-3c-summary =
    Svage borgere har tit sager flere steder i kommunen på én gang.
    Så kræver reel ligebehandling, at vi arbejder godt og smidigt sammen om deres sager. Det gælder på tværs af forvaltningerne.
principle-3c-item-1 = Vi ved, hvem vi kan kontakte i de andre forvaltninger.
principle-3c-item-2 = Vi hjælper borgeren videre i stedet for at sende borgeren rundt.
principle-3c-item-3 = Vi har faste aftaler om samarbejde om borgere med sager flere steder.
principle-3c-item-4 = Vi følger op, når vi har sendt en borger videre til en anden forvaltning.
principle-3c-question = Hvornår har en borger måttet gå fra kontor til kontor? Hvad kunne vi have gjort?

## 3d

principle-3d-title = Borgerinddragelse
principle-3d-summary =
    Ligebehandling virker bedre, når vi spørger borgere fra udsatte grupper og tager dem med.
    Jo mere et tilbud rammer en gruppe, jo vigtigere er det at spørge dem.
    De bør også være med, når vi ser på, om et tilbud til dem virker.
principle-3d-item-1 = Vi spørger de grupper, der bruger et tilbud, før vi ændrer det.
principle-3d-item-2 = Vi samarbejder med foreninger, der kender grupperne godt.
principle-3d-item-3 = Borgerne er med, når vi vurderer et projekt, der er lavet til dem.
principle-3d-item-4 = Vi fortæller borgerne, hvad vi gjorde med deres svar.
principle-3d-question = Hvem kunne vi spørge, før vi ændrer noget i vores service?

## 3e

principle-3e-title = Demokratisk repræsentation
principle-3e-summary =
    Målet er, at udsatte grupper er lige godt repræsenteret og har en stemme i de lokale råd, som borgerne vælger.
    Kommunen har ansvar for at hjælpe med det.
principle-3e-item-1 = Vi ved, hvilke lokale råd og forsamlinger der er i vores område.
principle-3e-item-2 = Vi fortæller borgerne, hvordan de kan være med i dem.
principle-3e-item-3 = Vi gør det let at deltage i vores møder, fx med tolk og trinfri adgang.
principle-3e-item-4 = Vi følger op på, om alle grupper er med.
principle-3e-question = Hvilke grupper mangler, når der bliver truffet beslutninger i vores område?

## 3f

principle-3f-title = Sociale krav til kommunens leverandører
principle-3f-summary =
    Kommunen bør stille krav til de store private firmaer, der arbejder for den.
    De bør behandle alle lige. På det punkt bør de nå de samme mål som kommunen selv.
principle-3f-item-1 = Vores kontrakter med større leverandører har krav om ligebehandling.
principle-3f-item-2 = Vi følger op på, om leverandørerne lever op til kravene.
principle-3f-item-3 = Folk, der arbejder for vores leverandører, kender principperne.
principle-3f-item-4 = Vi ved, hvordan en borger kan klage over diskrimination hos en leverandør.
principle-3f-question = Hvordan ved vi, at en leverandør behandler borgerne lige?

## 3g

principle-3g-title = Sociale aktører og private virksomheder
principle-3g-summary =
    Det er godt for byens økonomi, når firmaer også behandler alle lige. Det gælder også foreninger.
    Derfor bør kommunen bruge sit samarbejde med dem. Den bør bruge det til aktivt at fremme ligebehandling alle steder.
principle-3g-item-1 = Vi fortæller om principperne, når vi arbejder sammen med firmaer og foreninger.
principle-3g-item-2 = Vi deler gode erfaringer med ligebehandling med vores partnere.
principle-3g-item-3 = Vi vælger gerne partnere, der selv arbejder med ligebehandling.
principle-3g-item-4 = Vi inviterer partnere med, når vi holder møder om ligebehandling.
principle-3g-question = Hvilken partner kunne vi få til også at arbejde med ligebehandling?

## Idéer fra principperne

idea-equal-not-identical-title = Behandlet lige – men ikke ens
idea-equal-not-identical-body =
    Ligebehandling betyder ikke, at alle får det samme.
    Det betyder, at alle grupper får lige meget ud af kommunens tilbud.
    Nogle borgere har brug for en tolk, mere tid eller hjælp med it. Så bør vi give dem det.
    Vi arbejder mod to former for diskrimination: forskelsbehandling og ensbehandling.
idea-groups-title = Hvem får mindre ud af vores tilbud?
idea-groups-body =
    Nogle grupper af borgere får mindre ud af kommunens tilbud end andre. Principperne kalder dem stigmatiserede grupper. Det gælder fx:
    - etniske minoriteter
    - nytilkomne borgere
    - borgere med handicap
    - borgere med psykisk sygdom
    - bøsser og lesbiske
    - borgere med kort uddannelse
    - langtidsledige
    - hjemløse
    - borgere, der ikke kan bruge it
    - borgere, der har svært ved at tale, læse eller skrive
    - ældre
    I nogle sammenhænge kan også borgerens køn stille borgeren ringere.
idea-different-rules-title = Forskelsbehandling
idea-different-rules-body =
    Forskelsbehandling er, når vi bruger forskellige regler for borgere, der er i samme situation.
    De har ret til det samme, men får forskellig hjælp eller et forskelligt resultat.
idea-different-rules-example = To borgere kommer for at melde flytning. Den ene taler godt dansk og får hjælp til at gøre det ved skranken. Den anden taler kun lidt dansk og får at vide, at det skal gøres på nettet. De er i samme situation, men får forskellig hjælp.
idea-same-rules-title = Ensbehandling
idea-same-rules-body =
    Ensbehandling er, når vi bruger de samme regler for borgere, der er i forskellige situationer.
    De har forskellige behov, men bliver behandlet ens. Derfor får de ikke lige meget ud af det.
idea-same-rules-example = En borger med lidt dansk får det samme brev som alle andre. Ved skranken får borgeren det samme svar som alle andre: “Du kan læse mere på borger.dk.” Borgeren forstår ikke brevet og finder ikke svaret på borger.dk. Derfor misser borgeren en frist.
idea-indicators-title = Hvorfor hver enhed måler
idea-indicators-body =
    Ligebehandling skal kunne måles.
    Hver enhed skal kunne se sine egne tal. Når vores tilbud ud til alle grupper? Får alle grupper lige meget ud af dem?
    Tallene ændrer ikke vores mål. De viser, om vi når målene for alle grupper.
    Når du logger dit opsøgende arbejde, bliver det til tal for enheden. Loggen gemmer, hvad der blev gjort, aldrig hvem det var.
idea-why-outward-title = Hvorfor ligebehandling over for borgerne?
idea-why-outward-body =
    - Alle borgere skal opleve, at kommunens tilbud også er til dem, og at København også er deres by.
    - Vi møder svage gruppers særlige behov. Det beskytter mod udstødelse og fattigdom.
    - Svage grupper bliver en del af byens demokrati. Det modvirker radikalisering.
    - Vi finder nye måder at hjælpe borgere, der har svært ved at finde plads på arbejdsmarkedet.
    - Vi kommer tættere på borgernes behov. Så bruger vi pengene og kræfterne mere præcist.
    - Kommunen er et forbillede for sine leverandører, for virksomheder og for andre partnere.
    - Vi bekæmper diskrimination, hadforbrydelser og racisme overalt i byen.
idea-why-inward-title = Hvorfor ligebehandling blandt os selv?
idea-why-inward-body =
    - Kommunen bliver en attraktiv arbejdsplads for alle grupper af ansøgere.
    - Vi holder på dygtige kolleger. Trivslen stiger, og sygefraværet falder.
    - Der bliver plads til kolleger, der ellers kunne blive skubbet ud af arbejdsmarkedet.
    - Vi bliver mere engagerede og kreative, og vi lærer mere.
    - Vores forskellighed bliver en styrke. Den gør os bedre til at betjene byens forskellige borgere.
