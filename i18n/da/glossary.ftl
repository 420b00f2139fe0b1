# Ordliste: ord, borgeren møder hos kommunen, forklaret i et enkelt sprog. Dansk er mastersproget.
# Forklaringerne er almene og uden gebyrer, frister eller numre; faktaene står i citizen.ftl med kilder.

## Borger og identitet

term-cpr-number-name = CPR-nummer
term-cpr-number-text = Dit personlige nummer i Danmark. Du bruger det hos kommunen, lægen og banken.
term-health-card-name = Sundhedskort
term-health-card-text = Et gult kort med dit CPR-nummer og din læge. Tag det med til lægen.
term-blue-health-card-name = Blåt EU-sygesikringskort
term-blue-health-card-text = Et blåt kort, du bruger, hvis du bliver syg på en rejse i Europa.
term-passport-name = Pas
term-passport-text = Et papir fra dit land, som viser, hvem du er. Du bruger det, når du rejser.
term-driving-licence-name = Kørekort
term-driving-licence-text = Et kort, der viser, at du må køre bil. Det viser også, hvem du er.
term-id-document-name = Legitimation
term-id-document-text = Et papir med billede, som viser, hvem du er. Det kan være et pas eller et kørekort.
term-residence-permit-name = Opholdstilladelse
term-residence-permit-text = Et bevis på, at du har lov til at bo i Danmark.
term-registration-certificate-name = Registreringsbevis
term-registration-certificate-text = Et bevis på, at du som borger fra EU har ret til at bo i Danmark.
term-registered-address-name = Folkeregisteradresse
term-registered-address-text = Den adresse, hvor du bor, og som kommunen har skrevet ned. Breve og kort bliver sendt dertil.
term-moving-name = Flytning
term-moving-text = Du flytter til et nyt sted. Så skal du sige din nye adresse til kommunen.
term-lease-name = Lejekontrakt
term-lease-text = Et papir, hvor du og udlejer skriver under på, at du lejer en bolig. Det kan vise, hvor du bor.
term-documentation-name = Dokumentation
term-documentation-text = Papirer, der viser, at noget er rigtigt. Fx et pas eller en lejekontrakt.

## Digitalt

term-mitid-name = MitID
term-mitid-text = Dit digitale ID. Du bruger det til at logge ind hos kommunen, banken og borger.dk.
term-code-display-name = Kodeviser
term-code-display-text = En lille dims, der viser en kode. Du kan bruge den i stedet for MitID-appen.
term-audio-code-reader-name = Kodeoplæser
term-audio-code-reader-text = En lille dims, der læser en kode højt. Den er god, hvis du ikke kan se koden.
term-mitid-chip-name = MitID-chip
term-mitid-chip-text = En lille chip, du kan bruge til at logge ind med MitID uden appen.
term-digital-post-name = Digital Post
term-digital-post-text = Breve fra kommunen og andre myndigheder, som du læser på nettet i stedet for på papir.
term-digital-post-exemption-name = Fritagelse for Digital Post
term-digital-post-exemption-text = Så får du dine breve på papir i stedet for på nettet. Du søger om det i Borgerservice.
term-relative-access-name = Adgang for pårørende
term-relative-access-text = Du giver en person, du stoler på, lov til at læse din Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = Det offentliges side på nettet. Her kan du læse om dine rettigheder og søge om ting.
term-self-service-name = Selvbetjening
term-self-service-text = Når du selv søger om noget på nettet. Vi kan hjælpe dig ved skranken.
term-nemkonto-name = NemKonto
term-nemkonto-text = Din bankkonto, hvor du får penge fra det offentlige.

## Kommunen og din sag

term-citizen-service-name = Borgerservice
term-citizen-service-text = Stedet, hvor du kan møde kommunen og få hjælp. Det er her, du er nu.
term-municipality-name = Kommune
term-municipality-text = Det er den del af det offentlige, der er tæt på dig. Du bor i Københavns Kommune.
term-caseworker-name = Sagsbehandler
term-caseworker-text = Den person hos kommunen, som arbejder med din sag.
term-decision-name = Afgørelse
term-decision-text = Kommunens svar på din sag. Du får det tit i et brev.
term-deadline-name = Frist
term-deadline-text = Den sidste dag, du kan gøre noget. Fx sende et papir eller klage.
term-appointment-name = Tid
term-appointment-text = Et møde, du har aftalt med kommunen, på en dag og et klokkeslæt.
term-power-of-attorney-name = Fuldmagt
term-power-of-attorney-text = Et papir, hvor du giver en anden lov til at klare en sag for dig.
term-digital-power-of-attorney-name = Digital Fuldmagt
term-digital-power-of-attorney-text = En fuldmagt på nettet. En anden kan så hjælpe dig i det offentliges selvbetjening.
term-companion-name = Bisidder
term-companion-text = En person, du tager med til et møde med kommunen. Personen støtter dig.
term-right-to-be-heard-name = Partshøring
term-right-to-be-heard-text = Kommunen viser dig oplysninger i din sag, før den beslutter noget. Så kan du svare.
term-access-to-file-name = Aktindsigt
term-access-to-file-text = Din ret til at se papirerne i din sag.
term-consent-name = Samtykke
term-consent-text = Du siger ja til noget. Fx at vi må tale med en anden om din sag.
term-doctor-name = Læge
term-doctor-text = Din egen læge. Du går til lægen først, når du er syg.
term-international-house-name = International House Copenhagen
term-international-house-text = Et sted i København, hvor nye borgere fra udlandet kan få hjælp. Du kan få CPR-nummer der.
term-danish-education-name = Danskuddannelse
term-danish-education-text = Undervisning i dansk for voksne, der er nye i Danmark.

## Tolk

term-interpreter-name = Tolk
term-interpreter-text = En person, der siger på dit sprog, hvad der bliver sagt på dansk, og omvendt.
term-phone-interpreter-name = Telefontolk
term-phone-interpreter-text = En tolk, du taler med i telefonen. Tolken er ikke i rummet.
term-video-interpreter-name = Videotolk
term-video-interpreter-text = En tolk, du ser og hører på en skærm.
term-sign-language-interpreter-name = Tegnsprogstolk
term-sign-language-interpreter-text = En tolk, der tolker mellem tale og tegnsprog.

## Ligebehandling og klage

term-equal-treatment-name = Ligebehandling
term-equal-treatment-text = Alle får lige god service. Nogle skal have mere hjælp end andre for at få det.
term-discrimination-name = Diskrimination
term-discrimination-text = Nogen bliver behandlet dårligere end andre. Det kan fx være på grund af sprog, tro, hudfarve eller handicap.
term-complaint-name = Klage
term-complaint-text = Du siger, at du ikke er enig i kommunens svar. Eller du siger, at du er blevet behandlet dårligt.
term-complaint-guidance-name = Klagevejledning
term-complaint-guidance-text = En tekst i et brev. Den siger, hvordan og hvornår du kan klage.
term-citizens-advisor-name = Borgerrådgiver
term-citizens-advisor-text = Et sted i Københavns Kommune. Du kan gå dertil, hvis du ikke er glad for svaret på en klage.
term-equal-treatment-board-name = Ligebehandlingsnævnet
term-equal-treatment-board-text = Et nævn, hvor du gratis kan klage over diskrimination. Du klager på skrift.
term-human-rights-institute-name = Institut for Menneskerettigheder
term-human-rights-institute-text = Et institut, der giver råd om diskrimination. Fx på grund af køn, race eller etnisk oprindelse.
term-ombudsman-name = Folketingets Ombudsmand
term-ombudsman-text = Et sted, hvor du kan klage over myndigheder.
