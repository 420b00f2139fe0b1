# Macluumaad loogu talagalay muwaadinka, af-Soomaali fudud. Qoraalka asalka ah waa af-Deenish
# (i18n/da/citizen.ftl); ilaha halkaas ayay ku qoran yihiin. Tarjumaad mashiin; turjumaan ma hubin weli.

citizen-unreviewed-notice = Tarjumaad mashiin. Turjumaan weli ma hubin qoraalkan.
citizen-i-speak = Waxaan ku hadlaa af-Soomaali
handout-title = Macluumaad ka yimid Adeegga Muwaadiniinta
handout-footer = Waxaa lagu bixiyey Adeegga Muwaadiniinta (Borgerservice), Degmada Copenhagen, { $date }.

## Soo dhawow

topic-welcome-title = Soo dhawow
topic-welcome-intro = Waxaad xaq u leedahay adeeg isku mid ah oo wanaagsan. Sidan ayaan kuu caawinnaa.
topic-welcome-1-heading = Waxaad xaq u leedahay in laguula dhaqmo si siman
topic-welcome-1-body =
    Dhammaan muwaadiniinta waxay xaq u leeyihiin adeeg isku mid ah oo wanaagsan oo ka yimaada degmada.
    Tani waa run qofka aad tahay iyo meesha aad ka timid kasta oo ay tahay.
topic-welcome-2-heading = Si siman, laakiin ma aha si isku mid ah
topic-welcome-2-body =
    Copenhagen waxaan ku nidhaahnaa: si siman ayaa laguula dhaqmaa – laakiin ma aha si isku mid ah.
    Waxay ka dhigan tahay in aan kuu caawinno sida aad u baahan tahay.
    Dadka qaar waxay u baahan yihiin turjumaan. Kuwo kale waxay u baahan yihiin waqti dheeraad ah ama caawimaad kombiyuutar.
    Ujeeddadu waa inaad hesho adeeg u wanaagsan sida dadka kale oo dhan.
topic-welcome-3-heading = Noo sheeg waxaad u baahan tahay
topic-welcome-3-body =
    Noo sheeg haddii aadan wax fahmin.
    Waad na weydiisan kartaa inaan si tartiib ah u hadalno.
    Waan jecelnahay inaan ku caawinno.

## Xuquuqdaada iyo fursadahaaga

topic-rights-title = Xuquuqdaada iyo fursadahaaga
topic-rights-intro = Waad weydiin kartaa, qof waad keeni kartaa, waxaana laguu sharxi karaa warqadahaaga.
topic-rights-1-heading = Waxaan kuu sharaxnaa warqadahaaga
topic-rights-1-body =
    Ma heshay warqad ka timid degmada oo aadan fahmin?
    Warqadda u keen Adeegga Muwaadiniinta.
    Waxaan kuu sharaxaynaa waxa ku qoran iyo waxa ay tahay inaad samayso.
topic-rights-2-heading = Qof waad keeni kartaa
topic-rights-2-body =
    Waxaad keeni kartaa qof aad aaminsan tahay.
    Wuxuu noqon karaa saaxiib ama qof qoyskaaga ka mid ah.
    Ilmo ka yar 18 sano caadi ahaan uma turjumi karo degmada. Wax badan ka akhri qaybta Turjumaan.
topic-rights-3-heading = Mar kale waad weydiin kartaa
topic-rights-3-body =
    Waa caadi inaad mar kale weydiiso.
    Waan jecelnahay inaan mar kale kuu sharaxno, si tartiib ah ama erayo kale.
    Waxaad sidoo kale na weydiisan kartaa inaan qorno.
topic-rights-4-heading = Macluumaad luqaddaada ah
topic-rights-4-body =
    Waxaad codsan kartaa macluumaad luqaddaada ah.
    Waxaan haynaa qoraallo luqado qaarkood ah. Waxaan ku tusi karnaa iyaga oo ag yaal af-Deenishka.
    Qoraalka waxaad guriga u qaadan kartaa isagoo warqad ku qoran.
    Waxaad sidoo kale codsan kartaa turjumaan. Wax badan ka akhri qaybta Turjumaan.

## Turjumaan

topic-interpreter-title = Turjumaan
topic-interpreter-intro = Goorta aad heleyso turjumaan, iyo cidda turjumi karta.
topic-interpreter-1-heading = Turjumaan ka jira degmada
topic-interpreter-1-body =
    Sharcigu had iyo jeer kuma siiyo xaq turjumaan.
    Laakiin degmadu waa inay hubiso inaan ku fahanno, adiguna aad na fahanto.
    Shaqaalaha kiiskaaga haya ayaa go'aamiya haddii turjumaan loo baahan yahay.
    Haddii turjumaan loo baahan yahay, degmada ayaa bixisa lacagta.
topic-interpreter-2-heading = Carruurtu ma turjumi karaan
topic-interpreter-2-body =
    Laga bilaabo 1 Luulyo 2025, carruurta ka yar 18 sano uma turjumi karaan degmada.
    Tani waxay sidoo kale khusaysaa hay'adaha kale ee dawladda marka aad wada hadlaysaan.
    Laakiin ilmo wuu turjumi karaa arrimo fudud oo wax-ku-ool ah.
topic-interpreter-3-heading = Turjumaan dhakhtarka iyo isbitaalka
topic-interpreter-3-body =
    Dhakhtarka iyo isbitaalka xeerarku way ka duwan yihiin.
    Waxaa laga yaabaa in lacag laga bixiyo turjumaanka, tusaale ahaan haddii aad Denmark ku noolayd in ka badan 3 sano.
    Weydii dhakhtarka ama isbitaalka waxa adiga kuu khuseeya.
topic-interpreter-4-heading = Sida aad u codsato turjumaan
topic-interpreter-4-body =
    Noo sheeg haddii aad u baahan tahay turjumaan.
    Turjumaanku wuxuu joogi karaa halkan, telefoonka ama fiidiyowga.

## Caawimaad dijitaal ah

topic-digital-title = Caawimaad dijitaal ah
topic-digital-intro = MitID, Digital Post iyo caawimaad isticmaalka internetka.
topic-digital-1-heading = Ka hel MitID Adeegga Muwaadiniinta
topic-digital-1-body =
    Waxaad MitID ka heli kartaa Adeegga Muwaadiniinta.
    Waxaan kaa caawinaynaa inaad bilowdo.
topic-digital-2-heading = Haddii aadan isticmaali karin app-ka MitID
topic-digital-2-body =
    Waxaa jira habab kale oo aan app-ka ahayn.
    - Qalab koodka muujiya (kodeviser)
    - Qalab koodka kor u akhriya (kodeoplæser)
    - MitID chip
    Na weydii haddii ay wax ku kacayso.
topic-digital-3-heading = Ka dhaafitaanka Digital Post
topic-digital-3-body =
    Ma isticmaali kartid Digital Post? Markaas waxaad codsan kartaa in lagaa dhaafo. Markaas warqadahaaga waxaad ku helaysaa warqad.
    Waxaad ka codsanaysaa Adeegga Muwaadiniinta. Keen aqoonsi, oo saxiix caddayn. Uma baahnid inaad tusto waraaqo sababta ku saabsan.
    Sababtu waxay noqon kartaa, tusaale ahaan:
    - naafonimo
    - kombiyuutar ama internet la'aan
    - dhib xagga luqadda ah
    - dhib in la helo MitID
    - cinwaan go'an la'aan
topic-digital-4-heading = Caawimaad qoyska iyo miiska adeegga
topic-digital-4-body =
    Waxaad u oggolaan kartaa qof qoyskaaga ka mid ah inuu akhriyo Digital Post-kaaga.
    Waxaan sidoo kale kaa caawin karnaa is-adeegga halkan miiska adeegga.

## Cusub Copenhagen

topic-newcomer-title = Cusub Copenhagen
topic-newcomer-intro = Tallaabooyinka ugu horreeya marka aad u guurto Copenhagen.
topic-newcomer-1-heading = Hel lambar CPR
topic-newcomer-1-body =
    Tallaabada ugu horreysa waa inaad hesho lambar CPR.
    Waxaad iska diiwaangelin kartaa Adeegga Muwaadiniinta ama International House Copenhagen.
    Keen waxyaabahan:
    - baasaboorkaaga
    - warqad muujinaysa inaad Denmark ku noolaan karto
    - caddaynta cinwaankaaga
topic-newcomer-2-heading = Dooro dhakhtarkaaga
topic-newcomer-2-body =
    Dhakhtarkaaga waxaad dooranaysaa marka lagu diiwaangelinayo.
topic-newcomer-3-heading = Kaarkaaga caafimaadka ee jaallaha ah
topic-newcomer-3-body =
    Kaar caafimaad oo jaalle ah ayaa boosta kuugu imanaya.
    Waxay qaadanaysaa dhowr toddobaad.
topic-newcomer-4-heading = Af-Deenish baro bilaash
topic-newcomer-4-body =
    Waxaad af-Deenish ku baran kartaa bilaash muddo marka aad halkan ku nooshahay.
    Waxaa jiri kara xeerar ku saabsan dammaanad lacageed. Weydii dugsiga luqadda.

## Cabasho takoorid

topic-complaints-title = Haddii aad dareento in lagu takooray
topic-complaints-intro = Halkan waxaad ka caban kartaa oo talo ka heli kartaa.
topic-complaints-1-heading = Marka hore u cabo kuwii kiiskaaga hayay
topic-complaints-1-body =
    Ma dareentay in lagu takooray markii aad la kulantay degmada? Markaas waad caban kartaa.
    Marka hore u cabo qaybta kiiskaaga haysay.
topic-complaints-2-heading = Lataliyaha Muwaadiniinta Copenhagen
topic-complaints-2-body =
    Ma ku faraxsanayn jawaabta? Markaas waxaad u tagi kartaa Københavns Borgerrådgiver (Lataliyaha Muwaadiniinta).
    Caadi ahaan waa inay dhacdaa 1 sano gudaheed.
    Wax badan ka akhri kk.dk/om-kommunen/borgerraadgiveren.
topic-complaints-3-heading = Guddiga Sinnaanta
topic-complaints-3-body =
    Waxaad sidoo kale u caban kartaa Ligebehandlingsnævnet (Guddiga Sinnaanta).
    Waa bilaash, waxaadna ku cabanaysaa qoraal.
    Arrintu waa inay adiga si toos ah kuu saamaysay.
    Guddigu wuxuu eegaa tusaale ahaan kiisaska ku saabsan jinsiga, jinsiyadda iyo asalka qowmiyadeed, iyo naafonimada.
topic-complaints-4-heading = Hel talo
topic-complaints-4-body =
    Institut for Menneskerettigheder (Machadka Xuquuqda Aadanaha ee Denmark) ayaa ku siin kara talo.
    Tani waxay khusaysaa haddii lagugu takooray jinsiyadda ama asalka qowmiyadeed awgood.
topic-complaints-5-heading = Ombudsmanka Baarlamaanka
topic-complaints-5-body =
    Waxaad sidoo kale u tagi kartaa Folketingets Ombudsmand (Ombudsmanka Baarlamaanka).
    Ma rabtaa caawimaad si aad jidka u hesho? Markaas na weydii.

## Meelaha kale ee aad caawimaad ka heli karto

topic-help-title = Halkan waxaad ka heli kartaa caawimaad
topic-help-intro = Meesha aad wax ka weydiin karto, iyo cidda ku siin karta talo.
topic-help-1-heading = Nagu weydii Adeegga Muwaadiniinta
topic-help-1-body =
    Ma garanaysid meesha aad aadayso? Nagu weydii Adeegga Muwaadiniinta.
    Waxaan kaa caawinaynaa inaad sii socoto.
topic-help-2-heading = Keen qof aad aaminsan tahay
topic-help-2-body =
    Waad keeni kartaa qof aad aaminsan tahay.
    Xusuusnow: ilmo ka yar 18 sano caadi ahaan uma turjumi karo degmada.
topic-help-3-heading = Wax badan ka akhri internetka
topic-help-3-body =
    Wax badan oo ku saabsan xuquuqdaada waxaad ka akhriyi kartaa borger.dk iyo kk.dk.
    Waxaan kaa caawin karnaa inaad hesho meesha saxda ah.
topic-help-4-heading = Meelaha bixiya talo
topic-help-4-body =
    Halkan waxaad ka heli kartaa talo ama waad ka caban kartaa:
    - Københavns Borgerrådgiver
    - Khadka takoorida ee Copenhagen
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    Wax badan ka akhri qaybta "Haddii aad dareento in lagu takooray".
    Waxaan kaa caawin karnaa inaad hesho meesha saxda ah.
