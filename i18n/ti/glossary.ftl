# መዝገበ-ቃላት፦ ዜጋ ኣብ ምምሕዳር ከተማ ዝረኽቦም ቃላት፣ ብቐሊል ዝተገልጹ። ቀንዲ ጽሑፍ ብዴንማርክኛ እዩ።

## ዜጋን መንነትን

term-cpr-number-name = ቁጽሪ CPR
term-cpr-number-text = ኣብ ዴንማርክ ናትኩም ውልቃዊ ቁጽሪ። ኣብ ምምሕዳር ከተማ፣ ሓኪምን ባንክን ትጥቀምሉ።
term-health-card-name = ካርድ ጥዕና
term-health-card-text = ቁጽሪ CPR ኩምን ሓኪምኩምን ዝሓዘ ብጫ ካርድ። ናብ ሓኪም ሒዝኩምዎ ኪዱ።
term-passport-name = ፓስፖርት
term-passport-text = ካብ ሃገርኩም ዝተዋህበ መን ምዃንኩም ዘርኢ ወረቐት። ክትጉዓዙ ከለኹም ትጥቀምሉ።
term-id-document-name = መንነት ወረቐት
term-id-document-text = መን ምዃንኩም ዘርኢ ስእሊ ዘለዎ ወረቐት። ፓስፖርት ወይ መንጃ ፍቓድ ክኸውን ይኽእል።
term-residence-permit-name = ፍቓድ መንበሪ
term-residence-permit-text = ኣብ ዴንማርክ ክትነብሩ ከም ዝተፈቕደልኩም ዘርኢ መረጋገጺ።
term-registration-certificate-name = ምስክር ወረቐት ምዝገባ
term-registration-certificate-text = ከም ዜጋ ሕብረት ኤውሮጳ (EU) ኣብ ዴንማርክ ክትነብሩ መሰል ከም ዘለኩም ዘርኢ መረጋገጺ።
term-registered-address-name = ዝተመዝገበ ኣድራሻ
term-registered-address-text = እትነብሩሉን ምምሕዳር ከተማ ዝመዝገቦን ኣድራሻ። ደብዳበታትን ካርድታትን ናብኡ ይለኣኹ።
term-moving-name = ምግዓዝ
term-moving-text = ክትግዕዙ ከለኹም፣ ሓድሽ ኣድራሻኹም ንምምሕዳር ከተማ ክትነግሩ ኣለኩም።
term-lease-name = ውዕል ክራይ
term-lease-text = ገዛ ክትካረዩ ከለኹም ንስኻትኩምን ዋና ገዛን እትፍርሙሉ ወረቐት። ኣበይ ከም እትነብሩ ከርኢ ይኽእል።
term-documentation-name = ሰነዳት
term-documentation-text = ሓደ ነገር ሓቂ ምዃኑ ዘርእዩ ወረቐታት። ንኣብነት ፓስፖርት ወይ ውዕል ክራይ።

## ዲጂታላዊ

term-mitid-name = MitID
term-mitid-text = ዲጂታላዊ መንነትኩም። ናብ ምምሕዳር ከተማ፣ ባንክን borger.dk ን ንምእታው ትጥቀምሉ።
term-code-display-name = ኮድ ዘርኢ መሳርሒ
term-code-display-text = ኮድ ዘርኢ ንእሽቶ መሳርሒ። ኣብ ክንዲ ኣፕ MitID ክትጥቀምሉ ትኽእሉ ኢኹም።
term-audio-code-reader-name = ኮድ ብድምጺ ዘንብብ መሳርሒ
term-audio-code-reader-text = ኮድ ብዓውታ ዘንብብ ንእሽቶ መሳርሒ። ነቲ ኮድ ክትርእይዎ እንተዘይክኢልኩም ይጠቅም።
term-mitid-chip-name = MitID ቺፕ
term-mitid-chip-text = ብዘይ ኣፕ ብ MitID ንምእታው እትጥቀሙሉ ንእሽቶ ቺፕ።
term-digital-post-name = Digital Post
term-digital-post-text = ካብ ምምሕዳር ከተማን ካልኦት ኣካላት መንግስትን ዝመጽኡ፣ ኣብ ክንዲ ብወረቐት ኣብ ኢንተርነት እተንብብዎም ደብዳበታት።
term-digital-post-exemption-name = ካብ Digital Post ምሕዳግ
term-digital-post-exemption-text = ሽዑ ደብዳበታትኩም ኣብ ክንዲ ኢንተርነት ብወረቐት ትረኽቡ። ኣብ ኣገልግሎት ዜጋታት ትሓቱ።
term-relative-access-name = ንቤተሰብ ፍቓድ ምሃብ
term-relative-access-text = ሓደ ካብ ስድራኹም Digital Post ኩም ከንብብ ትፈቕዱሉ።
term-borger-dk-name = borger.dk
term-borger-dk-text = ናይ መንግስቲ መርበብ ሓበሬታ። ኣብኡ ብዛዕባ መሰላትኩም ከተንብቡን ነገራት ክትሓቱን ትኽእሉ።
term-self-service-name = ርእሰ-ኣገልግሎት
term-self-service-text = ባዕልኹም ኣብ ኢንተርነት ሓደ ነገር ክትሓቱ ከለኹም። ኣብ መቐበሊ ክንሕግዘኩም ንኽእል።
term-nemkonto-name = NemKonto
term-nemkonto-text = ካብ መንግስቲ ገንዘብ እትቕበሉሉ ሕሳብ ባንክኹም።

## ምምሕዳር ከተማን ጉዳይኩምን

term-citizen-service-name = ኣገልግሎት ዜጋታት
term-citizen-service-text = ምስ ምምሕዳር ከተማ ክትራኸቡን ሓገዝ ክትረኽቡን እትኽእሉሉ ቦታ። ሕጂ ኣብዚ ኣለኹም።
term-municipality-name = ምምሕዳር ከተማ
term-municipality-text = ኣብ ሓደ ከባቢ ንዝነብሩ ሰባት ዝሕግዝ ክፋል መንግስቲ። ንስኻትኩም ኣብ ምምሕዳር ከተማ ኮፐንሃገን ትነብሩ።
term-caseworker-name = ሰራሕተኛ ጉዳይ
term-caseworker-text = ኣብ ምምሕዳር ከተማ ንጉዳይኩም ዝሰርሕ ሰብ።
term-decision-name = ውሳነ
term-decision-text = ምምሕዳር ከተማ ኣብ ጉዳይኩም ዝሃቦ መልሲ። መብዛሕትኡ ግዜ ብደብዳበ ትረኽብዎ።
term-deadline-name = ናይ መወዳእታ ዕለት
term-deadline-text = ሓደ ነገር ክትገብሩ እትኽእሉሉ ናይ መወዳእታ መዓልቲ። ንኣብነት ወረቐት ምልኣኽ ወይ ምጥራዕ።
term-appointment-name = ቆጸራ
term-appointment-text = ምስ ምምሕዳር ከተማ ኣብ ዝተወሰነ መዓልትን ሰዓትን ዝተሰማማዕኩምሉ ርክብ።
term-power-of-attorney-name = ውክልና
term-power-of-attorney-text = ካልእ ሰብ ኣብ ክንድኹም ሓደ ጉዳይ ክፍጽም እትፈቕዱሉ ወረቐት።
term-consent-name = ፍቓድ
term-consent-text = ንሓደ ነገር እወ ትብሉ። ንኣብነት ምስ ካልእ ሰብ ብዛዕባ ጉዳይኩም ክንዛረብ።
term-doctor-name = ሓኪም
term-doctor-text = ናትኩም ሓኪም። ክትሓሙ ከለኹም መጀመርታ ናብ ሓኪም ትኸዱ።
term-international-house-name = International House Copenhagen
term-international-house-text = ካብ ወጻኢ ዝመጹ ሓደስቲ ዜጋታት ሓገዝ ዝረኽቡሉ ኣብ ኮፐንሃገን ዝርከብ ቦታ። ኣብኡ ቁጽሪ CPR ክትረኽቡ ትኽእሉ።
term-danish-education-name = ትምህርቲ ዴንማርክኛ
term-danish-education-text = ኣብ ዴንማርክ ሓደስቲ ንዝኾኑ ዓበይቲ ትምህርቲ ዴንማርክኛ።

## ተርጓሚ

term-interpreter-name = ተርጓሚ
term-interpreter-text = ብዴንማርክኛ ዝተባህለ ብቛንቋኹም ዝነግረኩም፣ ከምኡ'ውን ብተገላቢጦሽ፣ ሰብ።
term-phone-interpreter-name = ተርጓሚ ብተሌፎን
term-phone-interpreter-text = ብተሌፎን ዝሕግዝ ተርጓሚ።
term-video-interpreter-name = ተርጓሚ ብቪድዮ
term-video-interpreter-text = ኣብ ስክሪን እትርእይዎን እትሰምዕዎን ተርጓሚ።

## ማዕርነትን ጥርዓንን

term-equal-treatment-name = ማዕረ ምትሕሓዝ
term-equal-treatment-text = ኩሉ ሰብ ማዕረ ጽቡቕ ኣገልግሎት ይረክብ። ገሊኦም ንዕኡ ንምርካብ ካብ ካልኦት ዝያዳ ሓገዝ የድልዮም።
term-discrimination-name = ኣድልዎ
term-discrimination-text = ሓደ ሰብ ንኣብነት ብሰንኪ ቋንቋኡ፣ እምነቱ፣ ሕብሪ ቆርበቱ ወይ ስንክልናኡ ብዝሓመቐ መንገዲ ክተሓሓዝ ከሎ።
term-complaint-name = ጥርዓን
term-complaint-text = ብመልሲ ምምሕዳር ከተማ ከም ዘይትሰማምዑ፣ ወይ ብሕማቕ ከም ዝተተሓሓዝኩም ትገልጹ።
term-complaint-guidance-name = መምርሒ ጥርዓን
term-complaint-guidance-text = ከመይን መዓስን ክትጠርዑ ከም እትኽእሉ ዝነግር ክፋል ደብዳበ።
term-citizens-advisor-name = ኣማኻሪ ዜጋታት
term-citizens-advisor-text = ብመልሲ ምምሕዳር ከተማ ንጥርዓን ዕጉባት እንተዘይኮንኩም እትኸድሉ ኣብ ምምሕዳር ከተማ ኮፐንሃገን ዘሎ ቦታ።
term-equal-treatment-board-name = ቦርድ ማዕርነት ምትሕሓዝ
term-equal-treatment-board-text = ብዛዕባ ኣድልዎ ብነጻ እትጠርዑሉ ቦርድ። ብጽሑፍ ትጠርዑ።
term-human-rights-institute-name = ትካል ሰብኣዊ መሰላት ዴንማርክ
term-human-rights-institute-text = ብሰንኪ ዓሌት ወይ ብሄራዊ መበቆል ኣድልዎ እንተተገይሩልኩም ምኽሪ ዝህብ ትካል።
term-ombudsman-name = ኦምቡድስማን ባይቶ
term-ombudsman-text = ብዛዕባ ኣካላት መንግስቲ እትጠርዑሉ ቦታ።
