# መዝገበ-ቃላት፦ ዜጋ ኣብ ምምሕዳር ከተማ ዝረኽቦም ቃላት፣ ብቐሊል ዝተገልጹ። ቀንዲ ጽሑፍ ብዴንማርክኛ እዩ።
# ነፍሲ ወከፍ ቃል ነቲ ናይ ዴንማርክኛ ቃል ኣብ ቅንፍ የርኢ፣ ምስቲ ኣብ ደብዳበ ወይ ምልክት ዘሎ ንምዝማድ።

## ዜጋን መንነትን

term-cpr-number-name = ቁጽሪ CPR (CPR-nummer)
term-cpr-number-text = ኣብ ዴንማርክ ናትኩም ውልቃዊ ቁጽሪ። ኣብ ምምሕዳር ከተማ፣ ሓኪምን ባንክን ትጥቀምሉ።
term-health-card-name = ካርድ ጥዕና (Sundhedskort)
term-health-card-text = ቁጽሪ CPR (CPR-nummer) ናትኩምን ሓኪምኩምን ዝሓዘ ብጫ ካርድ። ናብ ሓኪም ሒዝኩምዎ ኪዱ።
term-blue-health-card-name = ሰማያዊ ናይ EU ካርድ መድሕን ሕክምና (Blåt EU-sygesikringskort)
term-blue-health-card-text = ኣብ ኤውሮጳ ኣብ ጉዕዞ እንተሓሚምኩም እትጥቀምሉ ሰማያዊ ካርድ።
term-passport-name = ፓስፖርት (Pas)
term-passport-text = ካብ ሃገርኩም ዝተዋህበ መን ምዃንኩም ዘርኢ ወረቐት። ክትጓዓዙ ከለኹም ትጥቀምሉ።
term-driving-licence-name = መንጃ ፍቓድ (Kørekort)
term-driving-licence-text = መኪና ክትዝውሩ ከም ዝተፈቕደልኩም ዘርኢ ካርድ። መን ምዃንኩም'ውን የርኢ።
term-id-document-name = መንነት ወረቐት (Legitimation)
term-id-document-text = መን ምዃንኩም ዘርኢ ስእሊ ዘለዎ ወረቐት። ፓስፖርት ወይ መንጃ ፍቓድ ክኸውን ይኽእል።
term-residence-permit-name = ፍቓድ መንበሪ (Opholdstilladelse)
term-residence-permit-text = ኣብ ዴንማርክ ክትነብሩ ከም ዝተፈቕደልኩም ዘርኢ መረጋገጺ።
term-registration-certificate-name = ምስክር ወረቐት ምዝገባ (Registreringsbevis)
term-registration-certificate-text = ከም ዜጋ ሕብረት ኤውሮጳ (EU) ኣብ ዴንማርክ ክትነብሩ መሰል ከም ዘለኩም ዘርኢ መረጋገጺ።
term-registered-address-name = ዝተመዝገበ ኣድራሻ (Folkeregisteradresse)
term-registered-address-text = እትነብሩሉን ምምሕዳር ከተማ ዝመዝገቦን ኣድራሻ። ደብዳበታትን ካርድታትን ናብኡ ይለኣኹ።
term-moving-name = ምግዓዝ (Flytning)
term-moving-text = ናብ ሓድሽ ቦታ ትግዕዙ። ሽዑ ሓድሽ ኣድራሻኹም ንምምሕዳር ከተማ ክትነግሩ ኣለኩም።
term-lease-name = ውዕል ክራይ (Lejekontrakt)
term-lease-text = ገዛ ከም እትካረዩ ንስኻትኩምን ዋና ገዛን እትፍርሙሉ ወረቐት። ኣበይ ከም እትነብሩ ከርኢ ይኽእል።
term-documentation-name = ሰነዳት (Dokumentation)
term-documentation-text = ሓደ ነገር ሓቂ ምዃኑ ዘርእዩ ወረቐታት። ንኣብነት ፓስፖርት ወይ ውዕል ክራይ።

## ዲጂታላዊ

term-mitid-name = MitID
term-mitid-text = ዲጂታላዊ መንነትኩም። ናብ ምምሕዳር ከተማ፣ ባንክን borger.dk ን ንምእታው ትጥቀምሉ።
term-code-display-name = ኮድ ዘርኢ መሳርሒ (Kodeviser)
term-code-display-text = ኮድ ዘርኢ ንእሽቶ መሳርሒ። ኣብ ክንዲ ኣፕ MitID ክትጥቀምሉ ትኽእሉ ኢኹም።
term-audio-code-reader-name = ኮድ ብዓውታ ዘንብብ መሳርሒ (Kodeoplæser)
term-audio-code-reader-text = ኮድ ብዓውታ ዘንብብ ንእሽቶ መሳርሒ። ነቲ ኮድ ክትርእይዎ እንተዘይክኢልኩም ይጠቅም።
term-mitid-chip-name = MitID ቺፕ (MitID-chip)
term-mitid-chip-text = ብዘይ ኣፕ ብ MitID ንምእታው እትጥቀምሉ ንእሽቶ ቺፕ።
term-digital-post-name = Digital Post
term-digital-post-text = ካብ ምምሕዳር ከተማን ካልኦት ኣካላት መንግስትን ዝመጽኡ፣ ኣብ ክንዲ ብወረቐት ኣብ ኢንተርነት እተንብብዎም ደብዳበታት።
term-digital-post-exemption-name = ካብ Digital Post ምሕዳግ (Fritagelse for Digital Post)
term-digital-post-exemption-text = ሽዑ ደብዳበታትኩም ኣብ ክንዲ ኢንተርነት ብወረቐት ትረኽቡ። ኣብ ኣገልግሎት ዜጋታት (Borgerservice) ትሓቱ።
term-relative-access-name = ፍቓድ ንቤተሰብ (Adgang for pårørende)
term-relative-access-text = እትኣምንዎ ሰብ ናይ Digital Post ደብዳበታትኩም ከንብብ ትፈቕዱሉ።
term-borger-dk-name = borger.dk
term-borger-dk-text = ናይ መንግስቲ መርበብ ሓበሬታ። ኣብኡ ብዛዕባ መሰላትኩም ከተንብቡን ነገራት ክትሓቱን ትኽእሉ።
term-self-service-name = ርእሰ-ኣገልግሎት (Selvbetjening)
term-self-service-text = ባዕልኹም ኣብ ኢንተርነት ሓደ ነገር ክትሓቱ ከለኹም። ኣብ መቐበሊ ክንሕግዘኩም ንኽእል።
term-nemkonto-name = NemKonto
term-nemkonto-text = ካብ መንግስቲ ገንዘብ እትቕበሉሉ ሕሳብ ባንክኹም።

## ምምሕዳር ከተማን ጉዳይኩምን

term-citizen-service-name = ኣገልግሎት ዜጋታት (Borgerservice)
term-citizen-service-text = ምስ ምምሕዳር ከተማ ክትራኸቡን ሓገዝ ክትረኽቡን እትኽእሉሉ ቦታ። ሕጂ ኣብዚ ኣለኹም።
term-municipality-name = ምምሕዳር ከተማ (Kommune)
term-municipality-text = ንዓኹም ዝቐረበ ክፋል መንግስቲ እዩ። ንስኻትኩም ኣብ ምምሕዳር ከተማ ኮፐንሃገን (Københavns Kommune) ትነብሩ።
term-caseworker-name = ሰራሕተኛ ጉዳይ (Sagsbehandler)
term-caseworker-text = ኣብ ምምሕዳር ከተማ ንጉዳይኩም ዝሰርሕ ሰብ።
term-decision-name = ውሳነ (Afgørelse)
term-decision-text = ምምሕዳር ከተማ ኣብ ጉዳይኩም ዝሃቦ መልሲ። መብዛሕትኡ ግዜ ብደብዳበ ትረኽብዎ።
term-deadline-name = ናይ መወዳእታ ዕለት (Frist)
term-deadline-text = ሓደ ነገር ክትገብሩ እትኽእሉሉ ናይ መወዳእታ መዓልቲ። ንኣብነት ወረቐት ምልኣኽ ወይ ምጥራዕ።
term-appointment-name = ቆጸራ (Tid)
term-appointment-text = ምስ ምምሕዳር ከተማ ኣብ ዝተወሰነ መዓልትን ሰዓትን ዝተሰማማዕኩምሉ ርክብ።
term-power-of-attorney-name = ውክልና (Fuldmagt)
term-power-of-attorney-text = ካልእ ሰብ ኣብ ክንድኹም ሓደ ጉዳይ ክፍጽም እትፈቕዱሉ ወረቐት።
term-digital-power-of-attorney-name = ዲጂታላዊ ውክልና (Digital Fuldmagt)
term-digital-power-of-attorney-text = ኣብ ኢንተርነት ዝወሃብ ውክልና። ሽዑ ካልእ ሰብ ኣብ ናይ መንግስቲ ርእሰ-ኣገልግሎት ክሕግዘኩም ይኽእል።
term-companion-name = ደጋፊ ሰብ (Bisidder)
term-companion-text = ናብ ኣኼባ ምስ ምምሕዳር ከተማ ሒዝኩምዎ እትመጽኡ ሰብ። እቲ ሰብ ይድግፈኩም።
term-right-to-be-heard-name = ምስማዕ ወገን (Partshøring)
term-right-to-be-heard-text = ምምሕዳር ከተማ ሓደ ነገር ቅድሚ ምውሳኑ ኣብ ጉዳይኩም ዘሎ ሓበሬታ የርእየኩም። ሽዑ መልሲ ክትህቡ ትኽእሉ።
term-access-to-file-name = ፋይል ምርኣይ (Aktindsigt)
term-access-to-file-text = ናይ ጉዳይኩም ወረቐታት ናይ ምርኣይ መሰልኩም።
term-consent-name = ፍቓድ (Samtykke)
term-consent-text = ንሓደ ነገር እወ ትብሉ። ንኣብነት ምስ ካልእ ሰብ ብዛዕባ ጉዳይኩም ክንዛረብ።
term-doctor-name = ሓኪም (Læge)
term-doctor-text = ናትኩም ሓኪም። ክትሓሙ ከለኹም መጀመርታ ናብ ሓኪም ትኸዱ።
term-international-house-name = International House Copenhagen
term-international-house-text = ካብ ወጻኢ ዝመጹ ሓደስቲ ዜጋታት ሓገዝ ዝረኽቡሉ ኣብ ኮፐንሃገን ዝርከብ ቦታ። ኣብኡ ቁጽሪ CPR (CPR-nummer) ክትረኽቡ ትኽእሉ።
term-danish-education-name = ትምህርቲ ዴንማርክኛ (Danskuddannelse)
term-danish-education-text = ኣብ ዴንማርክ ሓደስቲ ንዝኾኑ ዓበይቲ ትምህርቲ ዴንማርክኛ።

## ተርጓሚ

term-interpreter-name = ተርጓሚ (Tolk)
term-interpreter-text = ብዴንማርክኛ ዝተባህለ ብቛንቋኹም ዝነግረኩም፣ ከምኡ'ውን ብተገላቢጦሽ፣ ሰብ።
term-phone-interpreter-name = ተርጓሚ ብተሌፎን (Telefontolk)
term-phone-interpreter-text = ብተሌፎን እትዛረብዎ ተርጓሚ። እቲ ተርጓሚ ኣብቲ ክፍሊ የለን።
term-video-interpreter-name = ተርጓሚ ብቪድዮ (Videotolk)
term-video-interpreter-text = ኣብ ስክሪን እትርእይዎን እትሰምዕዎን ተርጓሚ።
term-sign-language-interpreter-name = ተርጓሚ ቋንቋ ምልክት (Tegnsprogstolk)
term-sign-language-interpreter-text = ኣብ መንጎ ዝዝረብ ቋንቋን ቋንቋ ምልክትን ዝትርጉም ተርጓሚ።

## ማዕርነትን ጥርዓንን

term-equal-treatment-name = ማዕረ ምትሕሓዝ (Ligebehandling)
term-equal-treatment-text = ኩሉ ሰብ ማዕረ ጽቡቕ ኣገልግሎት ይረክብ። ገሊኦም ንዕኡ ንምርካብ ካብ ካልኦት ዝያዳ ሓገዝ የድልዮም።
term-discrimination-name = ኣድልዎ (Diskrimination)
term-discrimination-text = ሓደ ሰብ ካብ ካልኦት ብዝሓመቐ ይተሓሓዝ። ንኣብነት ብሰንኪ ቋንቋ፣ እምነት፣ ሕብሪ ቆርበት ወይ ስንክልና ክኸውን ይኽእል።
term-complaint-name = ጥርዓን (Klage)
term-complaint-text = ምስ መልሲ ምምሕዳር ከተማ ከም ዘይትሰማምዑ ትገልጹ። ወይ ብሕማቕ ከም ዝተተሓሓዝኩም ትገልጹ።
term-complaint-guidance-name = መምርሒ ጥርዓን (Klagevejledning)
term-complaint-guidance-text = ኣብ ደብዳበ ዘሎ ጽሑፍ። ከመይን መዓስን ክትጠርዑ ከም እትኽእሉ ይነግር።
term-citizens-advisor-name = ኣማኻሪ ዜጋታት (Borgerrådgiver)
term-citizens-advisor-text = ኣብ ምምሕዳር ከተማ ኮፐንሃገን ዘሎ ቦታ። ብመልሲ ናይ ሓደ ጥርዓን ዕጉባት እንተዘይኮንኩም ናብኡ ክትከዱ ትኽእሉ።
term-equal-treatment-board-name = ቦርድ ማዕረ ምትሕሓዝ (Ligebehandlingsnævnet)
term-equal-treatment-board-text = ብዛዕባ ኣድልዎ ብነጻ እትጠርዑሉ ቦርድ። ብጽሑፍ ትጠርዑ።
term-human-rights-institute-name = ትካል ሰብኣዊ መሰላት ዴንማርክ (Institut for Menneskerettigheder)
term-human-rights-institute-text = ብዛዕባ ኣድልዎ ምኽሪ ዝህብ ትካል። ንኣብነት ብሰንኪ ጾታ፣ ዓሌት ወይ መበቆል ብሄረሰብ።
term-ombudsman-name = ኦምቡድስማን ባይቶ (Folketingets Ombudsmand)
term-ombudsman-text = ብዛዕባ ኣካላት መንግስቲ እትጠርዑሉ ቦታ።
