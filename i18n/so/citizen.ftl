# Macluumaad loogu talagalay muwaadinka, af-Soomaali fudud. Qoraalka asalka ah waa af-Deenish
# (i18n/da/citizen.ftl); ilaha halkaas ayay ku qoran yihiin. Tarjumaad mashiin; qof qoraallada tarjuma weli ma hubin.
# Tarjumaad dib loogu celiyey Ingiriisi: docs/translations/so.md

citizen-unreviewed-notice = Qoraalkan waxaa tarjumay mashiin. Qof qoraallada tarjuma weli ma akhrin.
citizen-reviewed-notice = Qof qoraallada tarjuma ayaa hubiyay qoraalkan { $date }.
citizen-i-speak = Waxaan ku hadlaa af-Soomaali
handout-title = Macluumaad ka yimid Adeegga Muwaadiniinta (Borgerservice)
handout-footer = Waxaa lagu bixiyey Adeegga Muwaadiniinta (Borgerservice), Degmada Copenhagen (Københavns Kommune), { $date }.

## Soo dhawoow

topic-welcome-title = Soo dhawoow
topic-welcome-intro = Waxaad xaq u leedahay adeeg u wanaagsan sida kan dadka kale. Sidan ayaan kuu caawinnaa.
topic-welcome-1-heading = Waxaad xaq u leedahay in si siman laguula dhaqmo
topic-welcome-1-body =
    Muwaadiniinta oo dhan waa inay degmada ka helaan adeeg isku mid ah oo wanaagsan.
    Tani way khusaysaa qof kasta oo aad tahay iyo meel kasta oo aad ka timid. Waxyaalahan sidoo kale muhiim ma aha, tusaale ahaan:
    - jinsiga
    - isirka iyo asalka qowmiyadeed
    - diinta iyo caqiidada
    - da'da
    - naafonimada
    - jihada galmada
topic-welcome-2-heading = Si siman, laakiin ma aha si isku mid ah
topic-welcome-2-body =
    Copenhagen waxaan ku nidhaahnaa: si siman ayaa laguula dhaqmaa – laakiin ma aha si isku mid ah.
    Taas macnaheedu waa inaan kuu caawinno sida aad u baahan tahay.
    Dadka qaar waxay u baahan yihiin turjumaan. Kuwo kale waxay u baahan yihiin waqti dheeraad ah ama caawimaad xagga kombiyuutarka.
    Ujeeddadu waa inaad hesho adeeg u wanaagsan sida dadka kale oo dhan.
topic-welcome-3-heading = Noo sheeg waxaad u baahan tahay
topic-welcome-3-body =
    Noo sheeg haddii aadan wax fahmin.
    Waad na weydiin kartaa inaan si tartiib ah u hadalno.
    Waan jecel nahay inaan ku caawinno.

## Xuquuqdaada iyo fursadahaaga

topic-rights-title = Xuquuqdaada iyo fursadahaaga
topic-rights-intro = Waad weydiin kartaa, qof waad keeni kartaa, waxaadna caawimaad ka heli kartaa warqadahaaga.
topic-rights-1-heading = Waxaan kaa caawinnaa warqadahaaga
topic-rights-1-body =
    Ma heshay warqad degmada ka timid oo aadan fahmin?
    Warqadda keen, oo na weydii.
    Waxaan kaa caawinnaa inaad fahanto. Ama waxaan raadinnaa qofka kaa caawin kara.
topic-rights-2-heading = Qof waad keeni kartaa
topic-rights-2-body =
    Waxaad keeni kartaa qof aad aaminsan tahay.
    Wuxuu noqon karaa saaxiib ama qof qoyskaaga ka mid ah.
    Arrimo badan oo degmada ah, ilmo ka yar 18 sano looma oggola inuu kuu turjumo. Wax badan ka akhri qaybta Turjumaan.
topic-rights-3-heading = Mar kale waad weydiin kartaa
topic-rights-3-body =
    Waa caadi inaad mar kale weydiiso.
    Waan jecel nahay inaan mar kale kuu sharaxno, si tartiib ah ama erayo kale.
    Waxaad sidoo kale na weydiin kartaa inaan kuu qorno.
topic-rights-4-heading = Macluumaad luqaddaada ah
topic-rights-4-body =
    Waxaad codsan kartaa macluumaad luqaddaada ah.
    Waxaan haynaa qoraallo luqado qaarkood ah. Waxaan ku tusi karnaa iyagoo ag yaal af-Deenishka.
    Qoraalka waxaad guriga u qaadan kartaa isagoo warqad ku daabacan.
    Waxaad sidoo kale codsan kartaa turjumaan. Wax badan ka akhri qaybta Turjumaan.

## Turjumaan

topic-interpreter-title = Turjumaan
topic-interpreter-intro = Goorta aad helayso turjumaan, iyo qofka loo oggol yahay inuu turjumo.
topic-interpreter-1-heading = Turjumaan marka aad degmada la xiriirto
topic-interpreter-1-body =
    Sharcigu had iyo jeer kuma siiyo xaq aad ku hesho turjumaan.
    Laakiin degmadu waa inay hubisaa inaan ku fahanno, adiguna aad na fahanto.
    Shaqaalaha kiiskaaga haya ayaa qiimeeya haddii turjumaan loo baahan yahay.
    Haddii turjumaan loo baahan yahay, degmada ayaa lacagta bixisa.
topic-interpreter-2-heading = Carruurtu waa inaanay turjumin
topic-interpreter-2-body =
    Laga bilaabo 1 Luulyo 2025, carruurta ka yar 18 sano looma oggola inay turjumaan marka aad degmada kala hadlayso arrimo badan.
    Tusaale ahaan waxay khusaysaa dugsiga, xannaanada carruurta, shaqada, canshuurta, arrimaha adeegga bulshada iyo daryeelka dadka waayeelka ah.
    Laakiin ilmo wuu turjumi karaa arrimo fudud.
topic-interpreter-3-heading = Turjumaan dhakhtarka iyo isbitaalka
topic-interpreter-3-body =
    Dhakhtarka iyo isbitaalka, dhakhtarka ayaa qiimeeya haddii aad heli doonto turjumaan.
    Haddii aad Denmark ku noolayd in ka badan 3 sano, caadi ahaan waa inaad lacagta turjumaanka bixisaa.
    Dadka qaar uma baahna inay bixiyaan. Weydii dhakhtarka waxa adiga kuu khuseeya.
topic-interpreter-4-heading = Sida aad u codsato turjumaan
topic-interpreter-4-body =
    Noo sheeg haddii aad u baahan tahay turjumaan.
    Sidoo kale noo sheeg luqadda aad ku hadasho.
    Markaas xal ayaan kula raadinaynaa.

## Caawimaad dijitaal ah

topic-digital-title = Caawimaad dijitaal ah
topic-digital-intro = MitID (aqoonsiga dijitaalka ah), Digital Post (boostada dijitaalka ah) iyo caawimaad isticmaalka internetka.
topic-digital-1-heading = Ka hel MitID Adeegga Muwaadiniinta (Borgerservice)
topic-digital-1-body =
    Waxaad MitID (aqoonsiga dijitaalka ah) ka heli kartaa Adeegga Muwaadiniinta (Borgerservice).
    Ballan qabso, oo keen aqoonsi ansax ah.
    Waxaan kaa caawinnaa inaad bilowdo.
topic-digital-2-heading = Haddii aadan isticmaali karin app-ka MitID
topic-digital-2-body =
    Waxaa jira habab kale oo aan app-ka ahayn:
    - Qalab koodka muujiya (kodeviser)
    - Qalab koodka kor u akhriya (kodeoplæser)
    - MitID chip. Lacag ayuu ku kacaa.
    Na weydii waxa adiga kuu habboon.
topic-digital-3-heading = Ka dhaafitaanka Digital Post
topic-digital-3-body =
    Ma isticmaali kartid Digital Post (boostada dijitaalka ah)? Markaas waa lagaa dhaafi karaa. Markaas warqadahaaga waxaad u helaysaa qaab waraaq ah.
    Waxaad adigu timaadaa Adeegga Muwaadiniinta (Borgerservice). Keen aqoonsi, oo saxiix.
    Uma baahnid inaad caddayso sababta aadan u awoodin. Sababtu waxay noqon kartaa, tusaale ahaan:
    - naafonimo
    - kombiyuutar ama internet la'aan
    - dhib xagga luqadda ah
    - dhib in la helo MitID
    - cinwaan go'an la'aan
topic-digital-4-heading = Caawimaad qof kale iyo miiska adeegga
topic-digital-4-body =
    Waxaad u oggolaan kartaa qof aad aaminsan tahay inuu akhriyo Digital Post-kaaga (boostada dijitaalka ah).
    Tusaale ahaan wuxuu noqon karaa qof qoyskaaga ka mid ah ama saaxiib.
    Waxaan sidoo kale halkan miiska adeegga kaaga caawin karnaa waxyaabaha aad adigu internetka ku qabsato (is-adeeg).

## Ku cusub Copenhagen

topic-newcomer-title = Ku cusub Copenhagen
topic-newcomer-intro = Tallaabooyinka ugu horreeya marka aad u guurto Copenhagen.
topic-newcomer-1-heading = Hel lambarka CPR (CPR-nummer)
topic-newcomer-1-body =
    Tallaabada ugu horreysa waa inaad hesho lambarka CPR (CPR-nummer).
    Waxaa lagu diiwaangelin karaa Adeegga Muwaadiniinta (Borgerservice) ama International House Copenhagen. Na weydii meesha ay tahay inaad aaddo.
    Keen waxyaabahan:
    - baasaboorkaaga
    - warqad muujinaysa in laguu oggol yahay inaad Denmark ku noolaato
    - warqad muujinaysa cinwaankaaga, tusaale ahaan heshiiska kirada
topic-newcomer-2-heading = Dooro dhakhtarkaaga
topic-newcomer-2-body =
    Dhakhtarkaaga waxaad dooranaysaa marka lagu diiwaangelinayo.
    Magaca dhakhtarka wuxuu ku qoran yahay kaarkaaga caafimaadka (sundhedskort).
topic-newcomer-3-heading = Kaarkaaga caafimaadka ee jaallaha ah (sundhedskort)
topic-newcomer-3-body =
    Kaar caafimaad (sundhedskort) oo jaalle ah ayaa boosta kuugu imanaya.
    Caadi ahaan waxay qaadataa dhowr toddobaad.
    Kaarka qaado marka aad dhakhtarka u tagayso.
topic-newcomer-4-heading = Af-Deenish baro bilaash
topic-newcomer-4-body =
    Waxaad af-Deenish ku baran kartaa bilaash muddo, marka aad halkan ku nooshahay oo aad leedahay lambarka CPR (CPR-nummer).
    Dadka qaar waa inay bixiyaan dammaanad lacageed (depositum). Waad dib u helaysaa marka aad waqtigii loo qabtay ku dhammayso.
    Weydii dugsiga luqadda waxa adiga kuu khuseeya.

## Cabasho takoorid

topic-complaints-title = Haddii aad dareento in lagu takooray
topic-complaints-intro = Halkan waxaad ka caban kartaa oo talo ka heli kartaa.
topic-complaints-1-heading = Marka hore u cabo kuwii kiiskaaga hayay
topic-complaints-1-body =
    Ma dareentay in lagu takooray markii aad la kulantay degmada? Markaas waad caban kartaa.
    Marka hore u cabo waaxda kiiskaaga haysay.
topic-complaints-2-heading = Lataliyaha Muwaadiniinta Copenhagen (Københavns Borgerrådgiver)
topic-complaints-2-body =
    Ma ku qanacsanid jawaabta? Markaas waxaad u caban kartaa Lataliyaha Muwaadiniinta Copenhagen (Københavns Borgerrådgiver).
    Caadi ahaan waa inaad cabataa 1 sano gudaheed kadib wixii dhacay.
    Waxaad qori kartaa warqad ama iimayl.
topic-complaints-3-heading = Guddiga Sinnaanta (Ligebehandlingsnævnet)
topic-complaints-3-body =
    Waxaad sidoo kale u caban kartaa Guddiga Sinnaanta (Ligebehandlingsnævnet). Waa bilaash.
    Waxaad ku cabanaysaa qoraal. Arrintu waa inay adiga si toos ah kuu saamaysay.
    Arrimaha ka baxsan shaqada, guddigu wuxuu eegaa oo keliya kiisaska ku saabsan jinsiga, isirka, asalka qowmiyadeed iyo naafonimada.
topic-complaints-4-heading = Hel talo
topic-complaints-4-body =
    Machadka Xuquuqda Aadanaha (Institut for Menneskerettigheder) ayaa ku siin kara talo iyo taageero.
    Tani waxay khusaysaa haddii lagu takooray jinsigaaga, isirkaaga ama asalkaaga qowmiyadeed awgood.
topic-complaints-5-heading = Ombudsmanka Baarlamaanka (Folketingets Ombudsmand)
topic-complaints-5-body =
    Waxaad sidoo kale u caban kartaa Ombudsmanka Baarlamaanka (Folketingets Ombudsmand). Waa bilaash.
    Laakiin marka hore waa inaad isticmaashay meelaha kale ee aad u caban karto.
    Waa inaad cabataa 1 sano gudaheed.

## Meelaha kale ee aad caawimaad ka heli karto

topic-help-title = Halkan waxaad ka heli kartaa caawimaad
topic-help-intro = Meesha aad wax ka weydiin karto, iyo cidda ku siin karta talo.
topic-help-1-heading = Nagu weydii Adeegga Muwaadiniinta (Borgerservice)
topic-help-1-body =
    Ma garanaysid meesha aad aadayso? Nagu weydii Adeegga Muwaadiniinta (Borgerservice).
    Waxaan kaa caawinnaa inaad sii socoto.
topic-help-2-heading = Keen qof aad aaminsan tahay
topic-help-2-body =
    Waad keeni kartaa qof aad aaminsan tahay.
    Xusuusnow: Arrimo badan oo degmada ah, ilmo ka yar 18 sano looma oggola inuu kuu turjumo.
topic-help-3-heading = Wax badan ka akhri internetka
topic-help-3-body =
    Wax badan oo ku saabsan xuquuqdaada waxaad ka akhrin kartaa borger.dk iyo kk.dk.
    Waxaan kaa caawin karnaa inaad hesho meesha saxda ah.
topic-help-4-heading = Meelaha bixiya talo
topic-help-4-body =
    Halkan waxaad ka heli kartaa talo ama waad ka caban kartaa:
    - Lataliyaha Muwaadiniinta Copenhagen (Københavns Borgerrådgiver)
    - Guddiga Sinnaanta (Ligebehandlingsnævnet)
    - Machadka Xuquuqda Aadanaha (Institut for Menneskerettigheder)
    - Ombudsmanka Baarlamaanka (Folketingets Ombudsmand)
    Wax badan ka akhri qaybta "Haddii aad dareento in lagu takooray".
    Waxaan kaa caawin karnaa inaad hesho meesha saxda ah.

## Ballan qabso, iyo waxa aad keenayso

topic-booking-title = Ballan qabso
topic-booking-intro = Sida aad ballan u qabsato, iyo waxa aad keenayso.
topic-booking-1-heading = Marka hore ballan qabso
topic-booking-1-body =
    Ballan qabso ka hor intaadan iman Adeegga Muwaadiniinta (Borgerservice).
    Ma haysatid MitID (aqoonsiga dijitaalka ah)? Weli waad heli kartaa ballan. Na weydii.
topic-booking-2-heading = Keen aqoonsi
topic-booking-2-body =
    Keen aqoonsi ansax ah, tusaale ahaan baasaboorkaaga ama liisanka darawalnimada.
    Waa inaan arki karnaa qofka aad tahay.
topic-booking-3-heading = Keen waraaqahaaga
topic-booking-3-body =
    Waxa aad keenayso waxay ku xiran tahay arrintaada.
    Tusaale ahaan waxay noqon kartaa warqad degmada ka timid, sawir ama baasaboorkaagii hore.
    Liiska ka eeg kk.dk, ama na weydii.

## Guurid

topic-moving-title = Guurid
topic-moving-intro = U sheeg degmada cinwaankaaga cusub. Waxaa jira waqti kama dambays ah.
topic-moving-1-heading = Sheeg guuritaanka 5 maalmood gudahood
topic-moving-1-body =
    Marka aad guurto, waa inaad degmada u sheegtaa cinwaankaaga cusub.
    Waa inaad sameysaa ugu dambayn 5 maalmood kadib marka aad gurigii cusub gashay.
    Degmooyinka intooda badan waxaad samayn kartaa ilaa 4 toddobaad ka hor.
topic-moving-2-heading = Sida aad u sheegayso guuritaanka
topic-moving-2-body =
    Guuritaanka waxaad ku sheegaysaa borger.dk adigoo isticmaalaya MitID (aqoonsiga dijitaalka ah). Isla markaas waxaad dooranaysaa dhakhtarkaaga.
    Ma haysatid MitID? Markaas waan ku caawin karnaa. Xusuuso inaad ballan qabsato.
    Magacaaga ku qor sanduuqa boostada ee cusub.
topic-moving-3-heading = Haddii aad goor dambe sheegto
topic-moving-3-body =
    Haddii aad guuritaanka sheegto goor dambe, waa lagu ganaaxi karaa.
    Ma ka shakisan tahay? Na weydii ka hor inta uusan waqtiga kama dambaysta ahi dhammaan.

## Baasaboor iyo liisanka darawalnimada

topic-passport-title = Baasaboor iyo liisanka darawalnimada
topic-passport-intro = Baasaboor cusub, liisan darawalnimo oo cusub, iyo waxa aad keenayso.
topic-passport-1-heading = Hel baasaboor cusub
topic-passport-1-body =
    Waxaad baasaboor cusub ka heli kartaa Adeegga Muwaadiniinta (Borgerservice). Tani waxay sidoo kale khusaysaa haddii baasaboorkaagu lumay.
    Buuxi codsiga, oo ballan qabso.
    Ma haysatid MitID (aqoonsiga dijitaalka ah)? Markaas codsiga waan kula buuxinaynaa.
topic-passport-2-heading = Waxa aad u keenayso baasaboorkaaga
topic-passport-2-body =
    Keen baasaboorkaagii hore, xitaa haddii uu waqtigiisu dhacay.
    Haddii aadan haysan baasaboorkaagii hore, baasaboorka cusub wuxuu ku kacayaa lacag labanlaab ah.
    Keen sawir baasaboor. Waxaan sidoo kale sawir kaaga qaadi karnaa halkan. Lacag ayuu ku kacaa.
    Ilmahaaga ma u baahan yahay baasaboor? Markaas ilmuhu waa inuu yimaadaa.
topic-passport-3-heading = Liisanka darawalnimada
topic-passport-3-body =
    Waxaad liisanka darawalnimada ka cusboonaysiin kartaa ama mid cusub ka heli kartaa Adeegga Muwaadiniinta (Borgerservice). Marka hore ballan qabso.
    Keen liisankaagii hore, aqoonsi sawir leh iyo sawir.
    Dadka qaar waxay sidoo kale u baahan yihiin warqad caddayn ah oo dhakhtarka ka timid. Na weydii haddii ay adiga kuu khusayso.

## Kaarka caafimaadka

topic-health-card-title = Kaarka caafimaadka (sundhedskort)
topic-health-card-intro = Kaarka jaallaha ah, dhakhtarkaaga iyo kaarka buluugga ah ee safarka.
topic-health-card-1-heading = Haddii aad lumisay kaarkaaga caafimaadka (sundhedskort)
topic-health-card-1-body =
    Ma lumisay kaarkaaga caafimaadka (sundhedskort) ee jaallaha ah? Markaas mid cusub waxaad ka dalban kartaa borger.dk adigoo isticmaalaya MitID (aqoonsiga dijitaalka ah).
    Waxaad sidoo kale caawimaad ka heli kartaa Adeegga Muwaadiniinta (Borgerservice).
    Kaar cusub lacag ayuu ku kacaa marka kii hore lumay.
topic-health-card-2-heading = Haddii aad rabto dhakhtar cusub
topic-health-card-2-body =
    Waad beddeli kartaa dhakhtarkaaga. Markaas waxaad helaysaa kaar caafimaad (sundhedskort) oo cusub.
    Beddelidda dhakhtarka lacag ayay ku kici kartaa.
    Marka aad guurto, kaar cusub ayaad bilaash ku helaysaa.
topic-health-card-3-heading = Kaarka buluugga ah ee safarka Yurub
topic-health-card-3-body =
    Ma ku safraysaa EU, Noorweey, Iislaan, Liechtenstein ama Iswiiserlaand? Markaas waxaad u baahan tahay kaarka caymiska caafimaadka EU ee buluugga ah (EU-sygesikringskort).
    Waa bilaash. Waxaad ka dalbataa borger.dk.
    Kaarka buluugga ah, waxaad ku helaysaa caawimaad la mid ah tan muwaadiniinta dalkaas.

## Dhagoole ama maqal liita

topic-deaf-title = Dhagoole ama maqal liita
topic-deaf-intro = Turjumaanka luqadda calaamadaha iyo turjumaanka hadalka qora, iyo sida aad mid u heli karto.
topic-deaf-1-heading = Turjumaan marka aad degmada la xiriirto
topic-deaf-1-body =
    Ma tahay dhagoole, mise wax yar ayaad maqashaa? Markaas waxaad heli kartaa turjumaan.
    Haddii aad la hadlayso degmada, degmada ayaa kuu diyaarisa turjumaanka. Uma baahnid inaad lacag bixiso.
    Marka aad ballan qabsanayso, sheeg inaad u baahan tahay turjumaan.
topic-deaf-2-heading = Luqadda calaamadaha ama qoraal
topic-deaf-2-body =
    Turjumaanka luqadda calaamadaha wuxuu turjumaa hadalka iyo luqadda calaamadaha dhexdooda.
    Turjumaanka hadalka qora (skrivetolk) wuxuu qoraa waxa la yidhaahdo. Adigu waxaad ka akhrisaa shaashad.
    Sheeg turjumaanka aad rabto.
topic-deaf-3-heading = Turjumaan arrimo kale
topic-deaf-3-body =
    Ma u socotaa kulan urur ama dhakhtar? Markaas waxaad turjumaan ka codsan kartaa Den Nationale Tolkemyndighed (Hay'adda Qaranka ee Turjumaanka).
    Marka hore waa inaad iyaga ka diiwaangashan tahay adigoo isticmaale ah.

## Caawimaad qof kale

topic-helper-title = Caawimaad qof kale
topic-helper-intro = Qof keen, ama u oggolow qof kale inuu ku caawiyo.
topic-helper-1-heading = Keen qof ku garab taagan (bisidder)
topic-helper-1-body =
    Waxaad keeni kartaa qof marka aad degmada kala hadlayso arrintaada. Waxaa loo yaqaan qof ku garab taagan (bisidder).
    Adigu ayaa dooranaya qofka uu yahay. Wuxuu noqon karaa qof qoyskaaga ka mid ah ama saaxiib.
    Qofka ku garab taagan wuu hadli karaa inta kulanku socdo.
topic-helper-2-heading = Wakaalad dijitaal ah (Digital Fuldmagt)
topic-helper-2-body =
    Wakaaladda dijitaalka ah (Digital Fuldmagt) waxaad ku siin kartaa qof kale oggolaansho uu kaaga caawiyo internetka.
    Qofku wuxuu tusaale ahaan kuu sheegi karaa guuritaankaaga ama arki karaa jawaabaha isbitaalka.
    Waa inaad ka weyn tahay 15 sano. Midkiin waa inuu haystaa MitID (aqoonsiga dijitaalka ah).
topic-helper-3-heading = Haddii aadan haysan MitID
topic-helper-3-body =
    Ma haysatid MitID (aqoonsiga dijitaalka ah)? Markaas qofka ku caawinaya wuxuu codsan karaa wakaalad.
    Adigu waxaad saxiixaysaa warqad.
    Waxaad sidoo kale caawimaad uga heli kartaa Adeegga Muwaadiniinta (Borgerservice). Xusuuso inaad ballan qabsato.

## Ka cabasho go'aan

topic-decision-title = Ka cabasho go'aan
topic-decision-intro = Xuquuqdaada marka degmadu ay wax kaa go'aamiso.
topic-decision-1-heading = Waxaad xaq u leedahay in lagu maqlo
topic-decision-1-body =
    Ka hor inta aysan degmadu go'aan ka gaarin arrintaada, caadi ahaan waa in lagu maqlaa.
    Taas macnaheedu waa in laguu oggol yahay inaad ka jawaabto macluumaadka kaa soo horjeeda.
    Waxaa loo yaqaan partshøring (dhegeysiga qofka arrinta leh).
topic-decision-2-heading = Waxaad arki kartaa waraaqaha arrintaada
topic-decision-2-body =
    Waxaad codsan kartaa inaad aragto waraaqaha arrintaada. Waxaa loo yaqaan aktindsigt (arkista faylka).
    Weydii waaxda haysa arrintaada. Waad qori kartaa, wici kartaa ama adigu iman kartaa.
    Uma baahnid inaad sheegto sababta aad u rabto inaad aragto.
topic-decision-3-heading = Akhri tilmaamaha cabashada
topic-decision-3-body =
    Haddii aad jawaab qoraal ah hesho, caadi ahaan warqadda waxaa ku jira tilmaamaha cabashada (klagevejledning).
    Waxay sheegaysaa haddii aad caban karto, sida, cidda iyo goorta. Xusuuso waqtiga kama dambaysta ah.
    Miyaadan helin sabab iyo tilmaamaha cabashada? Markaas xaq baad u leedahay inaad hesho.
    Waxaad ku caban kartaa qoraal ama af.
