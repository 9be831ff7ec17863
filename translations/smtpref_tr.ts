<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>bu derlemede gömülü bir katalog yok</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>gömülü katalogun biçimi bilinmiyor</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>gömülü katalog eksik ya da bozuk</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>satır %1, sütun %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1 konumunda bozuk JSON: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>belge, &quot;entries&quot; dizisi içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>girdi bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>eksik ya da boş olmayan bir dize değil</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>bilinmeyen alan</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>eksik ya da bir dizi değil</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>her öğe boş olmayan bir dize olmalıdır</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>her öğe bir tam sayı olmalıdır</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>her öğe, %1 dize alanlarını içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; değeri basic veya enhanced değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; bilinen bir durum değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; bilinen bir aktör değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; bilinen bir aşama değil</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>en az bir öğe gerekli</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>ne temel kod (&quot;550&quot;) ne de gelişmiş kod (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>kodun biçimiyle eşleşmiyor</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>kodun ilk hanesi olan %1 olmalıdır</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1, gelişmiş kodların sınıflarından biri değil (2, 4 veya 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>yalnızca kullanımdan kaldırılmış bir kodun sınıfı olmayabilir</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>yalnızca standart dışı bir kodun kaynağı olmayabilir</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>%1 kodu katalogda yok</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>girdi kendisine başvuruyor</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 diğer türden olmalıdır (temel kod ile gelişmiş kod eşleşir)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>yinelenen kod, ilk tanımı: %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>bu alan yalnızca gelişmiş kodlarda olabilir</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 bu girdinin kodu değil</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 kendisiyle karşılaştırılıyor</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 ile %2 zaten karşılaştırılmış</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>etiket iki ila beş büyük harf ve bir ila üç rakamdan oluşur (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>sağlayıcı kodu, ait olduğu sağlayıcıyı belirtmelidir</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>yalnızca durumu &quot;provider&quot; olan bir kodun sağlayıcısı olabilir</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>etiket her zaman bir sağlayıcıya aittir</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>bir aralığı yalnızca sağlayıcı kodu temsil edebilir</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>aynı kategoride daha sonra gelen bir kod olmalıdır, örneğin X.7.606&apos;dan sonra X.7.649</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>%1 aralığıyla çakışıyor</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>&apos;smtpref --help&apos; komutunu deneyin.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>&quot;%1&quot; için çeviri yok. Kullanılabilir diller: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>katalog sorunu: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; bir SMTP yanıt kodu değil. Metinlerde aramak için şunu kullanın: smtpref --search KELİMELER</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; ile eşleşen kod yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; tek bir yanıt kodu değil.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>%1 içinde yanıt kodu bulunamadı.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>çıktı yazılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>sınıf yok</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>IANA kaydı %1 kodunu yalnızca %2 için listeler, ancak sunucular bunu %3 olarak da gönderir.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 kayıtlı bir birleşim değil: IANA kaydı %2 kodunu yalnızca %3 için listeler.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1, %2 ile %3 arasındaki tüm kodları bu anlamla kullanır.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1, %4 sağlayıcısının tek bir anlamla kullandığı %2 ile %3 arasındaki kodlardan biridir.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 katalogda yok.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>En yakın kodlar: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Yakındaki kodlar %1 tarafından belgelenmiştir: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Bu yardımı gösterir ve çıkar.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Sürümü gösterir ve çıkar.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Katalogdaki tüm kodları listeler.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Metin yerine JSON çıktısı verir.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Çıktıyı DİL dilinde verir (örneğin fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>DİL</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Bir yanıt kodu: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[KOD...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang bir dil adı gerektirir.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list ile kod ya da arama verilemez.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search aranacak kelimeler gerektirir.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Bir kod belirtin ya da --search, --list veya --help kullanın.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref, SMTP yanıt kodlarını ve gelişmiş durum kodlarını çevrimdışı olarak açıklar.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>DOSYA içindeki tüm yanıt kodlarını bulur ve açıklar (geri dönen ileti, günlük, oturum dökümü); - standart girdiyi okur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>DOSYA&apos;yı tüm e-posta adresleri, ana makine adları, IP adresleri ve URL&apos;ler maskelenmiş, kodlar korunmuş olarak yazdırır; - standart girdiyi okur.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 yalnızca tek bir dosya (ya da standart girdi için -) alır, başka bir şey almaz.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 bir dosya adı ya da standart girdi için - gerektirir.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Ardından gelen sözcükleri ya da yanıt satırını kodlarda ara, en iyi eşleşme önce.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Ardından gelen iki ila dört kodu yan yana karşılaştırır.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare iki ila dört kod alır, örneğin: smtpref --compare 550 554</translation>
    </message>
    <message>
        <source>Examples:
  smtpref 550                    one code
  smtpref &quot;550 5.7.26&quot;           a reply&apos;s basic and enhanced code
  smtpref 5xx                    every code of a class (also 4.7, 55)
  smtpref --search greylisting   codes for these words, best match first
  smtpref --compare 550 554      codes side by side (up to four)
  smtpref --explain bounce.eml   every code in a bounce, log or transcript
  smtpref --redact bounce.eml    the text with addresses, hosts and IPs masked
  smtpref --list --json          the whole catalog as JSON

Exit status: 0 found, 1 unknown code or nothing found, 2 bad arguments or input/output errors.
Without arguments smtpref opens its window.
</source>
        <translation>Örnekler:
  smtpref 550                    tek bir kod
  smtpref &quot;550 5.7.26&quot;           bir yanıtın temel ve gelişmiş kodu
  smtpref 5xx                    bir sınıfın tüm kodları (ayrıca 4.7, 55)
  smtpref --search greylisting   bu sözcüklere (gri listeleme) uyan kodlar, en iyi eşleşme önce
  smtpref --compare 550 554      yan yana kodlar (en fazla dört)
  smtpref --explain bounce.eml   geri dönen iletideki, günlükteki veya dökümdeki tüm kodlar
  smtpref --redact bounce.eml    adresleri, ana makineleri ve IP&apos;leri maskelenmiş metin
  smtpref --list --json          JSON olarak tüm katalog

Çıkış durumu: 0 bulundu, 1 bilinmeyen kod veya hiçbir şey bulunamadı, 2 hatalı argümanlar ya da girdi/çıktı hataları.
smtpref, argümansız çalıştırıldığında penceresini açar.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 kendisiyle karşılaştırılıyor: farkları görmek için taraflardan birinde başka bir kod seçin.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) ve %3 (%4), ikisi de %5 %6 yanıtıdır.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) bir %3 %4 yanıtıdır; %5 (%6) ise bir %7 %8 yanıtıdır.</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) %3 yanıtlarıyla, %4 (%5) ise %6 yanıtlarıyla kullanılır.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Anlamı</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sınıf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Standart durumu</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 ve %2 aynı durumu bildirir (%3); yalnızca sınıfları farklıdır ve bununla birlikte gönderen sunucunun ne yaptığı da değişir.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 bir temel yanıt kodu, %2 ise bir gelişmiş durum kodudur: birbirinin alternatifi değil, tek bir yanıtın iki katmanıdırlar ve &quot;%1 %2&quot; örneğindeki gibi birlikte yazılırlar. Temel kod sınıfı ve aşamayı, gelişmiş kod ise nedeni verir.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1, %2 ile yaygın olarak gelen gelişmiş kodlardan biridir.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 nadiren %2 ile birlikte gelir; %2 genellikle şunları taşır: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n kod yan yana: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>4xx yanıtı, gönderenden daha sonra yeniden denemesini ister; 5xx yanıtı ise denemeyi bırakıp iletiyi geri döndürmesini söyler. Gönderen sunucunun kuyruğu 4xx kodunda kendiliğinden yeniden dener; bu yüzden yalnızca 5xx kodu bir kişinin müdahalesini gerektirir.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Bir yanıtta iki tür kod birden varsa önce gelişmiş kodu okuyun: ikisinden daha kesin olan odur.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>Onları, yanıtın oturumun hangi aşamasında geldiği ayırt eder: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Farklı kişilerin müdahale etmesini gerektirirler: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Fark, yukarıdaki anlamlardadır; hangisinin geçerli olduğunu genellikle kodun ardından gelen metin söyler.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>İkisi de</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Hepsi</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>Postalar yalnızca systemd günlüğüne (journal) kaydediliyorsa aynı kontrol:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>%1 tarafından tanımlanmış, IANA kaydında yok</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1, IANA gelişmiş durum kodları kaydında yok.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1, IANA kaydında yok: %2 kendi kodlarını kullanıyor.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>Temel kod %1 sınıfını, gelişmiş kod ise %2 sınıfını belirtiyor: sunucu kendisiyle çelişiyor; yeniden denenip denenmeyeceğine temel kod karar verir.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>IANA kaydı %1 kodunu %2 sınıfı için listelemiyor.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 standart bir SMTP yanıt kodu değil.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>%1 nasıl kullanıyor: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>Yanıt, herkese açık bir DNS kara listesi olan %1 listesini belirtiyor: gönderen IP adresi bu listede yer alıyor ve listeden çıkarılma talebi %2 sağlayıcısına değil, bu listeye yapılır.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1, %2 sağlayıcısına ait bir kod; IANA kaydında yok.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1], %2 sağlayıcısına ait bir etiket: bu yanıtı kendi girdisi açıklar.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>%1 aşamasına yanıt</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 sunucusundan</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Komutu kopyala</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Yukarıda iki kod seçin ya da listeden bir kod seçip Ayrıntılar&apos;da gösterilen kodla karşılaştırmak için Ctrl+D tuşlarına basın.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>%n sonuç daha gösterilmedi; tümü kategoriye göre:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1, smtpref&apos;in okuyabildiği en büyük boyut olan %2 MB&apos;den büyük.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 metin değil: ikili veri içeriyor.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── Raporla birlikte geri gönderilen özgün ileti ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Şunu mu demek istediniz: “%1”?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Ne anlama gelir</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Ne zaman görülür</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Nasıl düzeltilir</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden deneme</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Kim müdahale etmeli</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Oturumun hangi aşamasında</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Birlikte gönderildiği temel kodlar</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Yaygın gelişmiş kodlar</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>İlgili kodlar</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>%1 nasıl kullanıyor</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Temel farklar</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Hangisi ne zaman kullanılır</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 ile %2 karşılaştırması</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, bölüm %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Tipik hata metinleri</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Sıkça karıştırıldığı kodlar</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Onları ne ayırt eder</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Hangisiyle karşı karşıya olduğunuzu nasıl anlarsınız</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Ne farklı yapılmalı</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP yanıt kodları</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>Bir yanıt kodunun ilk rakamı onun sınıfıdır. 5.7.1 gibi bir gelişmiş durum kodu da aynı rakamla başlar.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>En çok aranan kodlar</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Arama alanına neler yazabilirsiniz</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Bir yanıt kodu, bir gelişmiş durum kodu ya da ikisi birden</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>Bir kodun başı ya da bütün bir sınıf: böyle başlayan tüm kodlar</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Kelimeler, arayüz dilinde ya da İngilizce</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Kelimeler, İngilizce</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Geri dönen bir iletiden yapıştırılan satır: önce içindeki kodlar, sonra kelimelerinin anlattığı kodlar</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>posta kutusu dolu</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter ilk sonucu açar; Yukarı ve Aşağı ok tuşlarıyla listede gezinin.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>sınıf %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>sınıf yok (kullanımdan kaldırılmış)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>sınıflar: %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Alıcı belirtilmemiş</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>kalıcı: ileti geri döndü</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>geçici: sunucu denemeye devam ediyor</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Kim müdahale etmeli: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>%n alıcı için sonuç</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Alıcı bilinmiyor</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Adreste yazım hatası olup olmadığını kontrol edin ve alıcıdan doğru adresi isteyin; adres bilinmiyor olarak kalırsa listelerden çıkarın.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Posta kutusu dolu</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Alıcıya posta kutusunun dolu olduğunu başka bir yoldan bildirin ve yer açtıktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Posta kutusu devre dışı veya askıya alınmış</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Alıcıya başka bir yoldan ulaşın; hesap devre dışı kalmaya devam ederse adresi artık kullanılmıyor sayın.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Alıcının adresi değişmiş</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Alıcının yeni adresine gönderin, ancak önce adresin gerçek olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Alan adı mevcut değil veya posta sunucusu yok</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>@ işaretinden sonraki alan adının yazımını kontrol edin; doğruysa alan adının sahibinin DNS kayıtlarını (MX kayıtlarını) düzeltmesi gerekir.</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Alan adı posta kabul etmiyor (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>Alan adı hiç posta almadığını bildiriyor: alıcıdan başka bir alan adında bir adres isteyin.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>İleti çok büyük</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Daha küçük bir ileti gönderin: ekleri sıkıştırın ya da onların yerine bir bağlantı paylaşın.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Çok fazla alıcı veya gönderim sınırı aşıldı</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Alıcıları daha küçük gruplara bölün ya da gönderim sınırı sıfırlanana kadar bekleyin.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Kimlik doğrulama başarısız (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>Gönderen alan adının yöneticisi SPF kaydını düzeltir, DKIM ile imzalar ve DMARC için ikisini de From alan adıyla hizalar.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Ters DNS kaydı yok</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Gönderen IP adresinin sahibinden, adı yeniden bu adrese çözümlenen bir PTR kaydı isteyin.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>Gönderen IP adresi veya alan adı engellendi</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Gönderen IP adresini ve alan adını belirtilen kara listede sorgulayın, listeye alınma nedenini giderin, ardından listeden çıkarılmayı isteyin.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Spam veya içerik reddedildi</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>İletinin içeriğini, bağlantılarını ve eklerini gözden geçirin; ileti meşruysa gönderen tarafın yöneticisi alan adının itibarını kontrol eder.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virüs</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Gönderen bilgisayarı ve eki virüslere karşı tarayın; dosya temizse başka bir yoldan gönderin.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Yerel ilke gereği reddedildi</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Alıcıdan, posta yöneticisinin iletilerinize izin vermesini sağlamasını isteyin ve yanıt satırını da aktarın.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Aktarma reddedildi</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Alıcının alan adını yönetmeyen bir sunucu üzerinden değil, kimlik doğrulamayla kendi posta sunucunuz üzerinden gönderin.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Gönderen adresi reddedildi</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Hesabınızın kullanmasına izin verilen, alan adı mevcut olan ve posta alan bir adresten gönderin.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Hız sınırı veya çok fazla bağlantı</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Kuyruğun daha sonra yeniden denemesine izin verin; gönderim hızını ve paralel bağlantı sayısını düşürün.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS gerekli veya başarısız</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>İki sunucu TLS konusunda anlaşamadı: alıcı tarafın yöneticisi sertifikasını ve STARTTLS yapılandırmasını, gönderen tarafın yöneticisi ise TLS ilkesini kontrol eder.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Teslim süresi doldu</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Ağ veya bağlantı hatası</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>Alıcının posta sunucusu yanıt vermedi: kuyruk kendiliğinden yeniden dener; durum sürerse alıcının yöneticisi sunucuyu ve MX kayıtlarını kontrol eder.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Uzak sistem hatası</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Yeniden denemeleri bekleyin; sorun sürerse yanıt satırını alıcının posta yöneticisine bildirin.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Sözdizimi veya protokol hatası</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Gönderen yazılımın ayarlarını (bağlantı noktası, TLS modu, adres biçimi) kontrol edin ve yazılımı güncelleyin.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Otomatik yanıt, geri dönen ileti değil</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Hiçbir şey başarısız olmadı: ileti teslim edildi ve alıcının otomatik yanıtlayıcısı ona yanıt verdi.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Şikâyet veya kötüye kullanım bildirimi</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Şikâyet eden alıcıya göndermeyi durdurun ve adresin listenize nasıl girdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Yapılacak bir şey yok: bu bir başarı bildirimi.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Belirlenemedi</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Aşağıdaki yanıt satırını ve kodun açıklamasını okuyun; geri dönen ileti bundan fazlasını söylemiyor.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Kuyruk denemeyi bırakmadan önce alıcının sunucusuna ulaşılamadı: alıcıya başka bir yoldan haber verin ve sunucu posta kabul etmeye başladığında yeniden gönderin.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>temel kod</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>gelişmiş durum kodu</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standart</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP uzantısı</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>yalnızca IANA kaydında eşleştirilmiş</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>tarihsel</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>taslak, hiç standartlaşmadı</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>standart dışı, hiçbir RFC&apos;de yok</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>kullanımdan kaldırılmış</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>hiç kimse, düzeltilecek bir şey yok</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>gönderen</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>gönderenin posta yöneticisi</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>alıcı</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>alıcının posta yöneticisi</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>istemci yazılımı</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>karşılama</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>veri sonu</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>herhangi bir komut</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>geri dönen ileti raporu (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>SMTP yanıtı değil (istemci tarafı hatası)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Olumlu Tamamlanma</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Olumlu Ara Yanıt</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Geçici Olumsuz Tamamlanma</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Kalıcı Olumsuz Tamamlanma</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Bilinmeyen sınıf</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Diğer veya tanımsız durum</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Adresleme durumu</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Posta kutusu durumu</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Posta sistemi durumu</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Ağ ve yönlendirme durumu</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Posta teslim protokolü durumu</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>İleti içeriği veya ortam durumu</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Güvenlik veya ilke durumu</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Bilinmeyen kategori</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Sözdizimi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Posta sistemi</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Belirtilmemiş kategori</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Yeniden denemeye gerek yok: adım başarılı oldu</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Devam edin: sunucu daha fazla girdi bekliyor</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Daha sonra yeniden deneyin: hata geçici</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Hiçbir şeyi değiştirmeden yeniden denemeyin: hata kalıcı</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>SMTP yanıtı yok: bağlantıyı kontrol edin</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>sağlayıcı etiketi</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>bir posta sağlayıcısı tarafından tanımlanmış</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>İlk kod</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Karşılaştırma</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Karşılaştırılacak %1. kod</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Başka bir kod</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Bu kodu karşılaştırmadan çıkar</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Kodların sırasını tersine çevir</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Karşılaştırmaya bir kod ekle (en fazla dört)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Karşılaştırmaya bir kod ekle</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Kodlar yan yana: onları ne ayırt ettiği, temel farkları ve hangisinin ne zaman kullanılacağı.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Açıklanacak metin</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Metinde bulunan kodlar</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter tuşu kodun ayrıntılarını açar.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Maskeleyerek Kopyala</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Metni, e-posta adresleri, IP adresleri ve ana bilgisayar adları maskelenmiş olarak kopyala</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Metni maskeleyerek kopyala</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Henüz metin yok.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>Bu metinde SMTP yanıt kodu bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n kod bulundu. Birini açmak için Enter tuşuna basın veya çift tıklayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Her alıcı için sonuç</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Geri dönen bir iletiyi, teslim durumu bildirimini (DSN), posta günlüğünü veya SMTP oturum dökümünü buraya yapıştırın ya da sürükleyip bırakın veya Dosya &gt; Aç ile açın. Her alıcı için sonuç ve içindeki tüm yanıt kodları sağda gösterilir.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>%1 karakterden uzun satırlar kısaltılarak gösterilir ve metin burada düzenlenemez; açıklanan ve kopyalanan metnin tamamıdır. &lt;a href=&quot;clear&quot;&gt;Temizle&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP yanıt kodları</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>&amp;Düz Metin Olarak Kopyala</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>&amp;Markdown Olarak Kopyala</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>Kod &amp;Bul…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Metni &amp;Büyüt</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Metni &amp;Küçült</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Boyut</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Sınıf</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Tüm Sınıflar</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Tüm Türler</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Temel Kodlar</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Gelişmiş Kodlar</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Ayrıntıları Göster</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Ka&amp;rşılaştırmayı Göster</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Gi&amp;t</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>Seçileni Gösterilenle &amp;Karşılaştır</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye Kısayolları</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>smtpref &amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Karşılaştırma</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Ayrıntılar ve karşılaştırma</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Kod ayrıntıları</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Seçili kodla ilgili her şey; metindeki kodlar bağlantıdır.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopyalandı: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1, Markdown olarak kopyalandı.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1, düz metin olarak kopyalandı.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;SMTP yanıt kodları ve gelişmiş durum kodları için çevrimdışı bir başvuru kaynağı.&lt;/p&gt;&lt;p&gt;Qt %2 ile derlendi, Qt %3 üzerinde çalışıyor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Veri kaynakları&lt;/b&gt;: RFC 5321, RFC 3463 ve bunları genişleten RFC&apos;ler (IETF; IETF Trust&apos;ın yasal hükümleri kapsamında kullanılmıştır) ile IANA &quot;SMTP Enhanced Status Codes&quot; kaydı. Açıklamalar, nedenler, kontroller ve öneriler smtpref için yazılmıştır. Sağlayıcı kullanımları, bu sağlayıcıların herkese açık davranışlarını anlatır.&lt;/p&gt;&lt;p&gt;smtpref, GNU Genel Kamu Lisansı sürüm 3 veya sonrası kapsamında özgür yazılımdır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>smtpref Hakkında</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Ayarlar dosyası okunamadı; varsayılanlar kullanılıyor.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>Ayarlar dosyası bozuktu; %1 olarak saklandı ve varsayılanlar kullanılıyor.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>Yerleşik katalogda %n sorun var; bazı kodlar eksik veya hatalı olabilir. Ayrıntılar terminal çıktısında.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Sistem Varsayılanı</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Metni Açıkla…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Metin, adresler ve ana bilgisayar adları maskelenerek kopyalandı.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Başlangıç Sayfası</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Arama İpuçları</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Ev klasörü yok (HOME ayarlı değil): ayarlar kaydedilmeyecek.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>Ayarlar kaydedilmeyecek: %1 yazılamıyor.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>Geri Dönen İleti veya Günlük &amp;Aç…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Geri Dönen İleti veya Günlük Aç</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Posta iletileri ve günlükler (*.eml *.msg *.mbox *.txt *.log);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1, smtpref&apos;in okuyabildiği en büyük boyut olan %2 MB&apos;den büyük.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 metin değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Dosya Açılamıyor</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 açıldı.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (bu satırın %n karakteri daha gösterilmiyor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Kodlarda ara</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Bir kod, kod öneki ya da kelimeler yazın; Yukarı ve Aşağı ok tuşlarıyla sonuçlarda gezinin.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tüm sınıflar</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Yalnızca %1 kodları</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Tüm sınıfların kodlarını göster</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Temel kodlar</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Gelişmiş kodlar</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Kod türü</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Eşleşen kodlar</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Aramayla eşleşen kodlar; en iyi eşleşme en üstte.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Eşleşen kod sayısı</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Eşleşen kod yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%n koddan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Yazımı kontrol edin, daha az kelime kullanın ya da 550 veya 5.7.1 gibi bir kod yazın.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>“%1” ile eşleşen kod yok.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Ayrıntıları Göster</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Şununla Karşılaştır…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Gösterilen Kodla Karşılaştır</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Kodu Kopyala</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Ara: 550, 5.7.1, 4.7, 5xx, kelimeler ya da geri dönen iletiden bir satır</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Sağlayıcı kodları</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Yalnızca bir posta sağlayıcısının tanımladığı kodlar veya belirli bir sağlayıcının gönderdiği kodlar</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Filtreler etkin: tüm kodlarda aramak için Tümü, Tüm türler ve Tüm kaynaklar seçeneklerini seçin.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye Kısayolları</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Arama alanından sonuçlarda gezin</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Geri, İleri</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Seçili kodu gösterilen kodla karşılaştır</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Ayrıntıları göster, Karşılaştırmayı göster</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Metni büyüt, metni küçült, normal boyut</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Yapıştırılan geri dönen iletiyi, günlüğü veya dökümü açıkla</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Seçili kodu, seçim yoksa ilkini aç</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Başlangıç sayfası</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Açıklamak için geri dönen bir iletiyi veya günlük dosyasını aç</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Kodu veya karşılaştırmayı düz metin olarak kopyala</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Kodu veya karşılaştırmayı Markdown olarak kopyala</translation>
    </message>
</context>
</TS>
