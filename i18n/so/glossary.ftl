# Qaamuus: erayada muwaadinku kala kulmo degmada, si fudud loo sharxay. Qoraalka asalka ah waa af-Deenish.
# Eray kasta wuxuu wataa erayga af-Deenishka ah oo qaansooyin ku jira, si loogu helo warqad ama calaamad.

## Muwaadinka iyo aqoonsiga

term-cpr-number-name = Lambarka CPR (CPR-nummer)
term-cpr-number-text = Lambarkaaga shakhsiga ah ee Denmark. Waxaad ku isticmaashaa degmada, dhakhtarka iyo bangiga.
term-health-card-name = Kaarka caafimaadka (Sundhedskort)
term-health-card-text = Kaar jaalle ah oo ay ku qoran yihiin lambarkaaga CPR (CPR-nummer) iyo dhakhtarkaaga. U qaado dhakhtarka.
term-blue-health-card-name = Kaarka caymiska caafimaadka EU ee buluugga ah (Blåt EU-sygesikringskort)
term-blue-health-card-text = Kaar buluug ah oo aad isticmaasho haddii aad ku xanuunsato safar Yurub ah.
term-passport-name = Baasaboor (Pas)
term-passport-text = Warqad ka timid waddankaaga oo muujinaysa qofka aad tahay. Waxaad isticmaashaa marka aad safarto.
term-driving-licence-name = Liisanka darawalnimada (Kørekort)
term-driving-licence-text = Kaar muujinaya in laguu oggol yahay inaad baabuur wado. Wuxuu sidoo kale muujiyaa qofka aad tahay.
term-id-document-name = Aqoonsi (Legitimation)
term-id-document-text = Warqad sawir leh oo muujinaysa qofka aad tahay. Waxay noqon kartaa baasaboor ama liisanka darawalnimada.
term-residence-permit-name = Sharciga degenaanshaha (Opholdstilladelse)
term-residence-permit-text = Caddayn muujinaysa in laguu oggol yahay inaad Denmark ku noolaato.
term-registration-certificate-name = Shahaadada diiwaangelinta (Registreringsbevis)
term-registration-certificate-text = Caddayn muujinaysa inaad, adigoo muwaadin EU ah, xaq u leedahay inaad Denmark ku noolaato.
term-registered-address-name = Cinwaanka diiwaangashan (Folkeregisteradresse)
term-registered-address-text = Cinwaanka aad ku nooshahay ee degmadu qortay. Warqadaha iyo kaararka halkaas ayaa loo diraa.
term-moving-name = Guurid (Flytning)
term-moving-text = Waxaad u guurtaa meel cusub. Markaas waa inaad degmada u sheegtaa cinwaankaaga cusub.
term-lease-name = Heshiiska kirada (Lejekontrakt)
term-lease-text = Warqad adiga iyo milkiilaha guriga aad saxiixdaan, oo muujinaysa inaad guri kiraysatay. Waxay muujin kartaa meesha aad ku nooshahay.
term-documentation-name = Dukumentiyo (Dokumentation)
term-documentation-text = Waraaqo muujinaya in wax run yihiin. Tusaale ahaan baasaboor ama heshiis kiro.

## Dijitaal

term-mitid-name = MitID
term-mitid-text = Aqoonsigaaga dijitaalka ah. Waxaad u isticmaashaa inaad gasho degmada, bangiga iyo borger.dk.
term-code-display-name = Qalabka koodka muujiya (Kodeviser)
term-code-display-text = Qalab yar oo muujiya kood. Waxaad isticmaali kartaa halkii app-ka MitID.
term-audio-code-reader-name = Qalabka koodka akhriya (Kodeoplæser)
term-audio-code-reader-text = Qalab yar oo koodka kor u akhriya. Waa wanaagsan yahay haddii aadan arki karin koodka.
term-mitid-chip-name = MitID chip (MitID-chip)
term-mitid-chip-text = Chip yar oo aad u isticmaali karto inaad MitID ku gasho adigoo aan app isticmaalin.
term-digital-post-name = Digital Post
term-digital-post-text = Warqadaha degmada iyo hay'adaha kale ka yimaada oo aad internetka ka akhrido halkii waraaq.
term-digital-post-exemption-name = Ka dhaafitaanka Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = Markaas warqadahaaga waxaad u helaysaa qaab waraaq ah halkii internetka. Waxaad ka codsanaysaa Adeegga Muwaadiniinta (Borgerservice).
term-relative-access-name = Oggolaanshaha qaraabada (Adgang for pårørende)
term-relative-access-text = Waxaad u oggolaanaysaa qof aad aaminsan tahay inuu akhriyo Digital Post-kaaga.
term-borger-dk-name = borger.dk
term-borger-dk-text = Bogga internetka ee dawladda. Halkan waxaad ka akhrin kartaa xuquuqdaada oo wax ka codsan kartaa.
term-self-service-name = Is-adeeg (Selvbetjening)
term-self-service-text = Marka aad adigu wax ka codsato internetka. Waxaan kaa caawin karnaa miiska adeegga.
term-nemkonto-name = NemKonto
term-nemkonto-text = Koontadaada bangiga ee aad lacagta dawladda ku hesho.

## Degmada iyo kiiskaaga

term-citizen-service-name = Adeegga Muwaadiniinta (Borgerservice)
term-citizen-service-text = Meesha aad kula kulmi karto degmada oo caawimaad ka heli karto. Halkan ayaad hadda joogtaa.
term-municipality-name = Degmo (Kommune)
term-municipality-text = Waa qaybta dawladda ee kuugu dhow. Waxaad ku nooshahay Degmada Copenhagen (Københavns Kommune).
term-caseworker-name = Shaqaalaha kiiska (Sagsbehandler)
term-caseworker-text = Qofka degmada ka shaqeeya ee kiiskaaga haya.
term-decision-name = Go'aan (Afgørelse)
term-decision-text = Jawaabta degmada ee kiiskaaga. Badanaa waxaad ku heshaa warqad.
term-deadline-name = Waqtiga kama dambaysta ah (Frist)
term-deadline-text = Maalinta ugu dambaysa ee aad wax samayn karto. Tusaale ahaan inaad dirto warqad ama aad cabato.
term-appointment-name = Ballan (Tid)
term-appointment-text = Kulan aad degmada kula ballantay, maalin iyo saacad go'an.
term-power-of-attorney-name = Wakaalad (Fuldmagt)
term-power-of-attorney-text = Warqad aad ugu oggolaanayso qof kale inuu arrin kuu qabto.
term-digital-power-of-attorney-name = Wakaalad dijitaal ah (Digital Fuldmagt)
term-digital-power-of-attorney-text = Wakaalad internetka ah. Markaas qof kale ayaa kaaga caawin kara is-adeegga dawladda ee internetka.
term-companion-name = Qof ku garab taagan (Bisidder)
term-companion-text = Qof aad keento marka aad kulan la leedahay degmada. Qofkaasi wuu ku taageeraa.
term-right-to-be-heard-name = Dhegeysiga qofka arrinta leh (Partshøring)
term-right-to-be-heard-text = Degmadu waxay ku tusaysaa macluumaadka kiiskaaga ka hor inta aysan wax go'aamin. Markaas waad ka jawaabi kartaa.
term-access-to-file-name = Arkista faylka (Aktindsigt)
term-access-to-file-text = Xaqaaga inaad aragto waraaqaha kiiskaaga.
term-consent-name = Oggolaansho (Samtykke)
term-consent-text = Waxaad haa u tidhaahdaa wax. Tusaale ahaan inaan qof kale kala hadalno kiiskaaga.
term-doctor-name = Dhakhtar (Læge)
term-doctor-text = Dhakhtarkaaga gaarka ah. Marka aad jirran tahay, marka hore dhakhtarka ayaad u tagtaa.
term-international-house-name = International House Copenhagen
term-international-house-text = Meel Copenhagen ku taal oo muwaadiniinta cusub ee dibadda ka yimid caawimaad ka helaan. Halkaas waxaad ka heli kartaa lambarka CPR (CPR-nummer).
term-danish-education-name = Waxbarashada af-Deenishka (Danskuddannelse)
term-danish-education-text = Casharro af-Deenish ah oo loogu talagalay dadka waaweyn ee cusub Denmark.

## Turjumaan

term-interpreter-name = Turjumaan (Tolk)
term-interpreter-text = Qof luqaddaada kuugu sheega waxa af-Deenish lagu yidhi, oo af-Deenish u sheega waxaad adigu tidhi.
term-phone-interpreter-name = Turjumaan telefoon (Telefontolk)
term-phone-interpreter-text = Turjumaan aad telefoonka kula hadasho. Turjumaanku qolka kuma jiro.
term-video-interpreter-name = Turjumaan fiidiyow (Videotolk)
term-video-interpreter-text = Turjumaan aad shaashad ku aragto oo ku maqasho.
term-sign-language-interpreter-name = Turjumaanka luqadda calaamadaha (Tegnsprogstolk)
term-sign-language-interpreter-text = Turjumaan u turjuma hadalka iyo luqadda calaamadaha dhexdooda.

## Sinnaan iyo cabasho

term-equal-treatment-name = Sinnaan (Ligebehandling)
term-equal-treatment-text = Qof walba wuxuu helaa adeeg si siman u wanaagsan. Dadka qaar waxay u baahan yihiin caawimaad ka badan kuwa kale si ay taas u helaan.
term-discrimination-name = Takoorid (Diskrimination)
term-discrimination-text = Qof ayaa loola dhaqmaa si ka xun kuwa kale. Tusaale ahaan waxay noqon kartaa luqad, caqiido, midabka maqaarka ama naafonimo awgeed.
term-complaint-name = Cabasho (Klage)
term-complaint-text = Waxaad sheegaysaa inaadan ku raacsanayn jawaabta degmada. Ama waxaad sheegaysaa in si xun laguula dhaqmay.
term-complaint-guidance-name = Tilmaamaha cabashada (Klagevejledning)
term-complaint-guidance-text = Qoraal ku jira warqad. Wuxuu sheegayaa sida iyo goorta aad caban karto.
term-citizens-advisor-name = Lataliyaha Muwaadiniinta (Borgerrådgiver)
term-citizens-advisor-text = Meel ku taal Degmada Copenhagen. Waad u tagi kartaa haddii aadan ku qanacsanayn jawaabta cabasho.
term-equal-treatment-board-name = Guddiga Sinnaanta (Ligebehandlingsnævnet)
term-equal-treatment-board-text = Guddi aad bilaash ugu caban karto takoorid. Waxaad ku cabanaysaa qoraal.
term-human-rights-institute-name = Machadka Xuquuqda Aadanaha (Institut for Menneskerettigheder)
term-human-rights-institute-text = Machad bixiya talo ku saabsan takoorid. Tusaale ahaan takoorid jinsi, isir ama asal qowmiyadeed awgeed.
term-ombudsman-name = Ombudsmanka Baarlamaanka (Folketingets Ombudsmand)
term-ombudsman-text = Meel aad uga caban karto hay'adaha dawladda.
