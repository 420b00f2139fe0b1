# ንዜጋ ዝኸውን ሓበሬታ ብቐሊል ትግርኛ። ቀንዲ ጽሑፍ ብዴንማርክኛ እዩ (i18n/da/citizen.ftl)፤ ምንጭታት ኣብኡ ተጻሒፎም ኣለዉ።
# ብማሽን ዝተተርጎመ፤ ተርጓሚ ገና ኣይረኣዮን።

citizen-unreviewed-notice = ብማሽን ዝተተርጎመ። ተርጓሚ ነዚ ጽሑፍ ገና ኣይረኣዮን።
citizen-i-speak = ትግርኛ እዛረብ
handout-title = ሓበሬታ ካብ ኣገልግሎት ዜጋታት
handout-footer = ኣብ ኣገልግሎት ዜጋታት (Borgerservice)፣ ምምሕዳር ከተማ ኮፐንሃገን ዝተዋህበ፣ { $date }።

## እንቋዕ ብደሓን መጻእኩም

topic-welcome-title = እንቋዕ ብደሓን መጻእኩም
topic-welcome-intro = ማዕረ ጽቡቕ ኣገልግሎት ናይ ምርካብ መሰል ኣለኩም። ከምዚ ኢልና ንሕግዘኩም።
topic-welcome-1-heading = ማዕረ ናይ ምትሕሓዝ መሰል ኣለኩም
topic-welcome-1-body =
    ኩሎም ዜጋታት ካብ ምምሕዳር ከተማ ሓደ ዓይነት ጽቡቕ ኣገልግሎት ናይ ምርካብ መሰል ኣለዎም።
    መን ብምዃንኩምን ካበይ ብምምጻእኩምን ከይተፈለየ እዚ ይምልከተኩም።
topic-welcome-2-heading = ማዕረ፣ ግን ሓደ ዓይነት ኣይኮነን
topic-welcome-2-body =
    ኣብ ኮፐንሃገን ከምዚ ንብል፦ ማዕረ ንተሓሓዝ – ግን ሓደ ዓይነት ኣይኮነን።
    እዚ ማለት ብዘድልየኩም መንገዲ ንሕግዘኩም ማለት እዩ።
    ገሊኦም ተርጓሚ የድልዮም። ገሊኦም ተወሳኺ ግዜ ወይ ብኮምፒተር ሓገዝ የድልዮም።
    ዕላማና ከም ኩሎም ካልኦት ጽቡቕ ኣገልግሎት ክትረኽቡ እዩ።
topic-welcome-3-heading = እንታይ ከም ዘድልየኩም ንገሩና
topic-welcome-3-body =
    ዘይተረድኣኩም ነገር እንተሎ ንገሩና።
    ቀስ ኢልና ክንዛረብ ክትሓቱና ትኽእሉ ኢኹም።
    ክንሕግዘኩም ፍቓደኛታት ኢና።

## መሰላትኩምን ዕድላትኩምን

topic-rights-title = መሰላትኩምን ዕድላትኩምን
topic-rights-intro = ክትሓቱ፣ ሰብ ሒዝኩም ክትመጽኡን ደብዳበታትኩም ክግለጸልኩምን ትኽእሉ ኢኹም።
topic-rights-1-heading = ደብዳበታትኩም ንገልጸልኩም
topic-rights-1-body =
    ካብ ምምሕዳር ከተማ ዘይተረድኣኩም ደብዳበ በጺሑኩም ድዩ?
    ነቲ ደብዳበ ናብ ኣገልግሎት ዜጋታት ኣምጽእዎ።
    እንታይ ከም ዝብል እንታይ ክትገብሩ ከም ዘለኩምን ንገልጸልኩም።
topic-rights-2-heading = ሰብ ሒዝኩም ክትመጽኡ ትኽእሉ
topic-rights-2-body =
    እትኣምንዎ ሰብ ሒዝኩም ክትመጽኡ ትኽእሉ ኢኹም።
    ዓርኪ ወይ ካብ ስድራኹም ሓደ ክኸውን ይኽእል።
    ትሕቲ 18 ዓመት ዝዕድሚኡ ቆልዓ ኣብ ምምሕዳር ከተማ ብልሙድ ክትርጉመልኩም ኣይፍቀድን። ኣብ ክፍሊ ተርጓሚ ዝያዳ ኣንብቡ።
topic-rights-3-heading = ደጊምኩም ክትሓቱ ትኽእሉ
topic-rights-3-body =
    ደጊምኩም ምሕታት ምሉእ ብምሉእ ጽቡቕ እዩ።
    ብሓጎስ ካልእ ግዜ፣ ቀስ ኢልና ወይ ብኻልእ ቃላት ንገልጽ።
    ክንጽሕፈልኩም ክትሓቱና'ውን ትኽእሉ ኢኹም።
topic-rights-4-heading = ሓበሬታ ብቛንቋኹም
topic-rights-4-body =
    ብቛንቋኹም ሓበሬታ ክትሓቱ ትኽእሉ ኢኹም።
    ብገለ ቋንቋታት ጽሑፋት ኣለዉና። ኣብ ጎኒ ዴንማርክኛ ከነርእየኩም ንኽእል።
    ነቲ ጽሑፍ ብወረቐት ናብ ገዛ ክትወስድዎ ትኽእሉ ኢኹም።
    ተርጓሚ'ውን ክትሓቱ ትኽእሉ ኢኹም። ኣብ ክፍሊ ተርጓሚ ዝያዳ ኣንብቡ።

## ተርጓሚ

topic-interpreter-title = ተርጓሚ
topic-interpreter-intro = መዓስ ተርጓሚ ከም እትረኽቡን መን ክትርጉም ከም ዝኽእልን።
topic-interpreter-1-heading = ኣብ ምምሕዳር ከተማ ተርጓሚ
topic-interpreter-1-body =
    ሕጊ ኩሉ ግዜ ናይ ተርጓሚ መሰል ኣይህብን።
    ግን ምምሕዳር ከተማ ንሕና ክንርድኣኩም ንስኻትኩም ድማ ክትርድኡና ከረጋግጽ ኣለዎ።
    ጉዳይኩም ዝሕዝ ሰራሕተኛ ተርጓሚ የድሊ እንተኾይኑ ይውስን።
    ተርጓሚ እንተድልዩ፣ ምምሕዳር ከተማ ይኸፍል።
topic-interpreter-2-heading = ቆልዑ ክትርጉሙ ኣይፍቀድን
topic-interpreter-2-body =
    ካብ 1 ሓምለ 2025 ጀሚሩ፣ ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ ኣብ ምምሕዳር ከተማ ክትርጉሙልኩም ኣይፍቀድን።
    ምስ ካልኦት ኣካላት መንግስቲ ክትዛረቡ ከለኹም'ውን እዚ ይምልከት።
    ግን ቆልዓ ኣብ ቀለልቲ ግብራዊ ነገራት ክትርጉም ይኽእል።
topic-interpreter-3-heading = ኣብ ሓኪምን ሆስፒታልን ተርጓሚ
topic-interpreter-3-body =
    ኣብ ሓኪምን ሆስፒታልን እቲ ሕጊ ካልእ እዩ።
    ንተርጓሚ ክፍሊት ክህሉ ይኽእል፣ ንኣብነት ልዕሊ 3 ዓመት ኣብ ዴንማርክ እንተነቢርኩም።
    እንታይ ከም ዝምልከተኩም ንሓኪምኩም ወይ ንሆስፒታል ሕተቱ።
topic-interpreter-4-heading = ከመይ ጌርኩም ተርጓሚ ትሓቱ
topic-interpreter-4-body =
    ተርጓሚ እንተድልየኩም ንገሩና።
    ተርጓሚ ኣብዚ፣ ብተሌፎን ወይ ብቪድዮ ክኸውን ይኽእል።

## ዲጂታላዊ ሓገዝ

topic-digital-title = ዲጂታላዊ ሓገዝ
topic-digital-intro = MitID፣ Digital Post ከምኡ'ውን ኢንተርነት ንምጥቃም ሓገዝ።
topic-digital-1-heading = MitID ካብ ኣገልግሎት ዜጋታት ውሰዱ
topic-digital-1-body =
    MitID ካብ ኣገልግሎት ዜጋታት ክትረኽቡ ትኽእሉ ኢኹም።
    ንኽትጅምሩ ንሕግዘኩም።
topic-digital-2-heading = ኣፕ MitID ክትጥቀሙ እንተዘይክኢልኩም
topic-digital-2-body =
    ብዘይካ እቲ ኣፕ ካልእ መገድታት ኣሎ።
    - ኮድ ዘርኢ መሳርሒ (kodeviser)
    - ኮድ ብድምጺ ዘንብብ መሳርሒ (kodeoplæser)
    - MitID ቺፕ
    ዋጋ ዘለዎ እንተኾይኑ ሕተቱና።
topic-digital-3-heading = ካብ Digital Post ምሕዳግ
topic-digital-3-body =
    Digital Post ክትጥቀሙ ኣይትኽእሉን ዲኹም? ሽዑ ክትሕደጉ ክትሓቱ ትኽእሉ ኢኹም። ሽዑ ደብዳበታትኩም ብወረቐት ትረኽቡ።
    ኣብ ኣገልግሎት ዜጋታት ትሓቱ። መንነት ዘርኢ ወረቐት ኣምጽኡ፣ ኣብ መግለጺ ድማ ፈርሙ። ንምኽንያቱ ወረቐት ከተርእዩ ኣየድልየኩምን።
    እቲ ምኽንያት ንኣብነት እዚ ክኸውን ይኽእል፦
    - ስንክልና
    - ኮምፒተር ወይ ኢንተርነት ዘይምህላው
    - ብቛንቋ ጸገም
    - MitID ንምርካብ ጸገም
    - ቀዋሚ ኣድራሻ ዘይምህላው
topic-digital-4-heading = ካብ ስድራን ኣብ መቐበሊ ሓገዝን
topic-digital-4-body =
    ሓደ ካብ ስድራኹም Digital Post ኩም ከንብብ ክተፍቅዱሉ ትኽእሉ ኢኹም።
    ኣብዚ ኣብ መቐበሊ ብርእሰ-ኣገልግሎት'ውን ክንሕግዘኩም ንኽእል።

## ሓድሽ ኣብ ኮፐንሃገን

topic-newcomer-title = ሓድሽ ኣብ ኮፐንሃገን
topic-newcomer-intro = ናብ ኮፐንሃገን ክትግዕዙ ከለኹም ቀዳሞት ስጉምትታት።
topic-newcomer-1-heading = ቁጽሪ CPR ውሰዱ
topic-newcomer-1-body =
    እቲ ቀዳማይ ስጉምቲ ቁጽሪ CPR ምርካብ እዩ።
    ኣብ ኣገልግሎት ዜጋታት ወይ ኣብ International House Copenhagen ክትምዝገቡ ትኽእሉ ኢኹም።
    እዚኦም ኣምጽኡ፦
    - ፓስፖርትኩም
    - ኣብ ዴንማርክ ክትነብሩ ከም ዝተፈቕደልኩም ዘርኢ ወረቐት
    - ናይ ኣድራሻኹም መረጋገጺ
topic-newcomer-2-heading = ሓኪምኩም ምረጹ
topic-newcomer-2-body =
    ክትምዝገቡ ከለኹም ሓኪምኩም ትመርጹ።
topic-newcomer-3-heading = ብጫ ካርድ ጥዕናኹም
topic-newcomer-3-body =
    ብጫ ካርድ ጥዕና ብፖስታ ይመጸኩም።
    ሒደት ሰሙናት ይወስድ።
topic-newcomer-4-heading = ዴንማርክኛ ብነጻ ተማሃሩ
topic-newcomer-4-body =
    ኣብዚ ክትነብሩ ከለኹም ንሓደ እዋን ዴንማርክኛ ብነጻ ክትመሃሩ ትኽእሉ ኢኹም።
    ብዛዕባ ውሕስነት ገንዘብ (depositum) ሕግታት ክህሉ ይኽእል። ንቤት ትምህርቲ ቋንቋ ሕተቱ።

## ብዛዕባ ኣድልዎ ጥርዓን

topic-complaints-title = ኣድልዎ ከም ዝተገብረልኩም እንተተሰሚዑኩም
topic-complaints-intro = ኣበይ ክትጠርዑን ምኽሪ ክትረኽቡን ከም እትኽእሉ።
topic-complaints-1-heading = መጀመርታ ነቶም ጉዳይኩም ዝሓዙ ጠርዑ
topic-complaints-1-body =
    ምስ ምምሕዳር ከተማ ኣብ ዝነበረኩም ርክብ ኣድልዎ ከም ዝተገብረልኩም ይስምዓኩም ድዩ? ሽዑ ክትጠርዑ ትኽእሉ ኢኹም።
    መጀመርታ ነቲ ጉዳይኩም ዝሓዘ ክፍሊ ጠርዑ።
topic-complaints-2-heading = ኣማኻሪ ዜጋታት ኮፐንሃገን
topic-complaints-2-body =
    በቲ መልሲ ዕጉባት ኣይኮንኩምን? ሽዑ ናብ Københavns Borgerrådgiver (ኣማኻሪ ዜጋታት) ክትከዱ ትኽእሉ ኢኹም።
    እዚ ብልሙድ ኣብ ውሽጢ 1 ዓመት ክኸውን ኣለዎ።
    ኣብ kk.dk/om-kommunen/borgerraadgiveren ዝያዳ ኣንብቡ።
topic-complaints-3-heading = ቦርድ ማዕርነት ምትሕሓዝ
topic-complaints-3-body =
    ናብ Ligebehandlingsnævnet (ቦርድ ማዕርነት ምትሕሓዝ)'ውን ክትጠርዑ ትኽእሉ ኢኹም።
    ብነጻ እዩ፣ ብጽሑፍ ድማ ትጠርዑ።
    እቲ ጉዳይ ብቐጥታ ንዓኹም ዝተንከፈ ክኸውን ኣለዎ።
    እቲ ቦርድ ንኣብነት ብዛዕባ ጾታ፣ ዓሌትን ብሄራዊ መበቆልን፣ ከምኡ'ውን ስንክልና ዝምልከቱ ጉዳያት ይርኢ።
topic-complaints-4-heading = ምኽሪ ርከቡ
topic-complaints-4-body =
    Institut for Menneskerettigheder (ትካል ሰብኣዊ መሰላት ዴንማርክ) ምኽሪ ክህበኩም ይኽእል።
    እዚ ብሰንኪ ዓሌት ወይ ብሄራዊ መበቆል ኣድልዎ እንተተገይሩልኩም ይምልከት።
topic-complaints-5-heading = ኦምቡድስማን ባይቶ
topic-complaints-5-body =
    ናብ Folketingets Ombudsmand (ኦምቡድስማን ባይቶ)'ውን ክትከዱ ትኽእሉ ኢኹም።
    መንገዲ ንምርካብ ሓገዝ ትደልዩ ዲኹም? ሽዑ ሕተቱና።

## ካልእ ኣበይ ሓገዝ ክትረኽቡ ትኽእሉ

topic-help-title = ኣብዚ ሓገዝ ክትረኽቡ ትኽእሉ
topic-help-intro = ኣበይ ክትሓቱ ከም እትኽእሉን መን ምኽሪ ክህበኩም ከም ዝኽእልን።
topic-help-1-heading = ኣብ ኣገልግሎት ዜጋታት ሕተቱና
topic-help-1-body =
    ናበይ ከም እትከዱ ኣይትፈልጡን ዲኹም? ኣብ ኣገልግሎት ዜጋታት ሕተቱና።
    ንቕድሚት ክትከዱ ንሕግዘኩም።
topic-help-2-heading = እትኣምንዎ ሰብ ሒዝኩም ምጽኡ
topic-help-2-body =
    እትኣምንዎ ሰብ ሒዝኩም ክትመጽኡ ትኽእሉ ኢኹም።
    ዘክሩ፦ ትሕቲ 18 ዓመት ዝዕድሚኡ ቆልዓ ኣብ ምምሕዳር ከተማ ብልሙድ ክትርጉመልኩም ኣይፍቀድን።
topic-help-3-heading = ኣብ ኢንተርነት ዝያዳ ኣንብቡ
topic-help-3-body =
    ብዛዕባ መሰላትኩም ኣብ borger.dk ከምኡ'ውን kk.dk ዝያዳ ከተንብቡ ትኽእሉ ኢኹም።
    ነቲ ቅኑዕ ቦታ ክትረኽቡ ክንሕግዘኩም ንኽእል።
topic-help-4-heading = ምኽሪ ዝህቡ ቦታታት
topic-help-4-body =
    ኣብዚኦም ምኽሪ ክትረኽቡ ወይ ክትጠርዑ ትኽእሉ ኢኹም፦
    - Københavns Borgerrådgiver
    - ናይ ኮፐንሃገን መስመር ብዛዕባ ኣድልዎ
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    ኣብ ክፍሊ "ኣድልዎ ከም ዝተገብረልኩም እንተተሰሚዑኩም" ዝያዳ ኣንብቡ።
    ነቲ ቅኑዕ ቦታ ክትረኽቡ ክንሕግዘኩም ንኽእል።
