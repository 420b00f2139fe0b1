# Qaamuus: erayada muwaadinku kala kulmo degmada, si fudud loo sharxay. Qoraalka asalka ah waa af-Deenish.

## Muwaadinka iyo aqoonsiga

term-cpr-number-name = Lambarka CPR
term-cpr-number-text = Lambarkaaga shakhsiga ah ee Denmark. Waxaad ku isticmaashaa degmada, dhakhtarka iyo bangiga.
term-health-card-name = Kaarka caafimaadka
term-health-card-text = Kaar jaalle ah oo ay ku qoran yihiin lambarkaaga CPR iyo dhakhtarkaaga. U qaado dhakhtarka.
term-passport-name = Baasaboor
term-passport-text = Warqad ka timid waddankaaga oo muujinaysa qofka aad tahay. Waxaad isticmaashaa marka aad safarto.
term-id-document-name = Aqoonsi
term-id-document-text = Warqad sawir leh oo muujinaysa qofka aad tahay. Waxay noqon kartaa baasaboor ama liisanka darawalnimada.
term-residence-permit-name = Sharciga degenaanshaha
term-residence-permit-text = Caddayn muujinaysa in laguu oggol yahay inaad Denmark ku noolaato.
term-registration-certificate-name = Shahaadada diiwaangelinta
term-registration-certificate-text = Caddayn muujinaysa inaad, adigoo muwaadin EU ah, xaq u leedahay inaad Denmark ku noolaato.
term-registered-address-name = Cinwaanka diiwaangashan
term-registered-address-text = Cinwaanka aad ku nooshahay ee degmadu qortay. Warqadaha iyo kaararka halkaas ayaa loo diraa.
term-moving-name = Guurid
term-moving-text = Marka aad guurto, waa inaad degmada u sheegtaa cinwaankaaga cusub.
term-lease-name = Heshiiska kirada
term-lease-text = Warqad adiga iyo milkiilaha guriga aad saxiixdaan marka aad guri kiraysato. Waxay muujin kartaa meesha aad ku nooshahay.
term-documentation-name = Dukumentiyo
term-documentation-text = Waraaqo muujinaya in wax run yihiin. Tusaale ahaan baasaboor ama heshiis kiro.

## Dijitaal

term-mitid-name = MitID
term-mitid-text = Aqoonsigaaga dijitaalka ah. Waxaad u isticmaashaa inaad gasho degmada, bangiga iyo borger.dk.
term-code-display-name = Qalabka koodka muujiya
term-code-display-text = Qalab yar oo muujiya kood. Waxaad isticmaali kartaa halkii app-ka MitID.
term-audio-code-reader-name = Qalabka koodka akhriya
term-audio-code-reader-text = Qalab yar oo koodka kor u akhriya. Waa wanaagsan yahay haddii aadan arki karin koodka.
term-mitid-chip-name = MitID chip
term-mitid-chip-text = Chip yar oo aad u isticmaali karto inaad MitID ku gasho adigoo aan app isticmaalin.
term-digital-post-name = Digital Post
term-digital-post-text = Warqadaha degmada iyo hay'adaha kale ka yimaada oo aad internetka ka akhrido halkii warqad.
term-digital-post-exemption-name = Ka dhaafitaanka Digital Post
term-digital-post-exemption-text = Markaas warqadahaaga waxaad ku helaysaa warqad halkii internetka. Waxaad ka codsanaysaa Adeegga Muwaadiniinta.
term-relative-access-name = Oggolaansho qof qoyska ah
term-relative-access-text = Waxaad u oggolaanaysaa qof qoyskaaga ka mid ah inuu akhriyo Digital Post-kaaga.
term-borger-dk-name = borger.dk
term-borger-dk-text = Bogga internetka ee dawladda. Halkan waxaad ka akhriyi kartaa xuquuqdaada oo wax ka codsan kartaa.
term-self-service-name = Is-adeeg
term-self-service-text = Marka aad adigu wax ka codsato internetka. Waxaan kaa caawin karnaa miiska adeegga.
term-nemkonto-name = NemKonto
term-nemkonto-text = Koontadaada bangiga ee aad lacagta dawladda ku hesho.

## Degmada iyo kiiskaaga

term-citizen-service-name = Adeegga Muwaadiniinta
term-citizen-service-text = Meesha aad kula kulmi karto degmada oo caawimaad ka heli karto. Halkan ayaad hadda joogtaa.
term-municipality-name = Degmo
term-municipality-text = Qaybta dawladda ee caawisa dadka ku nool aag. Waxaad ku nooshahay Degmada Copenhagen.
term-caseworker-name = Shaqaalaha kiiska
term-caseworker-text = Qofka degmada ka shaqeeya ee kiiskaaga haya.
term-decision-name = Go'aan
term-decision-text = Jawaabta degmada ee kiiskaaga. Badanaa waxaad ku heshaa warqad.
term-deadline-name = Waqtiga kama dambaysta ah
term-deadline-text = Maalinta ugu dambaysa ee aad wax samayn karto. Tusaale ahaan inaad dirto warqad ama aad cabato.
term-appointment-name = Ballan
term-appointment-text = Kulan aad degmada kula ballantay, maalin iyo saacad go'an.
term-power-of-attorney-name = Awood-u-wakiilid
term-power-of-attorney-text = Warqad aad ugu oggolaanayso qof kale inuu arrin kuu qabto.
term-consent-name = Oggolaansho
term-consent-text = Waxaad haa u tidhaahdaa wax. Tusaale ahaan inaan qof kale kala hadalno kiiskaaga.
term-doctor-name = Dhakhtar
term-doctor-text = Dhakhtarkaaga gaarka ah. Marka aad jirran tahay, marka hore dhakhtarka ayaad u tagtaa.
term-international-house-name = International House Copenhagen
term-international-house-text = Meel Copenhagen ku taal oo muwaadiniinta cusub ee dibadda ka yimid caawimaad ka helaan. Halkaas waxaad ka heli kartaa lambar CPR.
term-danish-education-name = Waxbarashada af-Deenishka
term-danish-education-text = Casharro af-Deenish ah oo loogu talagalay dadka waaweyn ee cusub Denmark.

## Turjumaan

term-interpreter-name = Turjumaan
term-interpreter-text = Qof luqaddaada kuugu sheega waxa af-Deenish lagu yidhi, iyo si kale.
term-phone-interpreter-name = Turjumaan telefoon
term-phone-interpreter-text = Turjumaan telefoonka kaa caawiya.
term-video-interpreter-name = Turjumaan fiidiyow
term-video-interpreter-text = Turjumaan aad shaashad ku aragto oo ku maqasho.

## Sinnaan iyo cabasho

term-equal-treatment-name = Sinnaan
term-equal-treatment-text = Qof walba wuxuu helaa adeeg isku mid ah oo wanaagsan. Dadka qaar waxay u baahan yihiin caawimaad ka badan kuwa kale si ay u helaan.
term-discrimination-name = Takoorid
term-discrimination-text = Marka qof si ka xun loola dhaqmo, tusaale ahaan luqaddiisa, diintiisa, midabkiisa ama naafonimadiisa awgeed.
term-complaint-name = Cabasho
term-complaint-text = Waxaad sheegaysaa inaadan ku raacsanayn jawaabta degmada, ama in si xun laguula dhaqmay.
term-complaint-guidance-name = Tilmaamaha cabashada
term-complaint-guidance-text = Qaybta warqadda ee kuu sheegaysa sida iyo goorta aad caban karto.
term-citizens-advisor-name = Lataliyaha Muwaadiniinta
term-citizens-advisor-text = Meel ku taal Degmada Copenhagen oo aad u tagi karto haddii aadan ku faraxsanayn jawaabta degmada ee cabasho.
term-equal-treatment-board-name = Guddiga Sinnaanta
term-equal-treatment-board-text = Guddi aad bilaash ugu caban karto takoorid. Waxaad ku cabanaysaa qoraal.
term-human-rights-institute-name = Machadka Xuquuqda Aadanaha ee Denmark
term-human-rights-institute-text = Machad bixiya talo haddii lagugu takooray jinsiyadda ama asalka qowmiyadeed awgood.
term-ombudsman-name = Ombudsmanka Baarlamaanka
term-ombudsman-text = Meel aad uga caban karto hay'adaha dawladda.
