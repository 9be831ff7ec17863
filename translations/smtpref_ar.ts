<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>لا يتضمن هذا الإصدار أي فهرس مضمَّن</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>الفهرس المضمَّن بتنسيق غير معروف</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>الفهرس المضمَّن مبتور أو تالف</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>بنية JSON غير سليمة عند %1: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>يجب أن يكون المستند كائنًا يحتوي على مصفوفة &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>المُدخل ليس كائن JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>مفقود، أو ليس سلسلة نصية غير فارغة</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>حقل غير معروف</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>مفقود، أو ليس مصفوفة</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>يجب أن يكون كل عنصر سلسلة نصية غير فارغة</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>يجب أن يكون كل عنصر عددًا صحيحًا</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>يجب أن يكون كل عنصر كائنًا يحتوي على الحقول النصية %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>«%1» ليس نوعًا معروفًا (basic أو enhanced)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>«%1» ليست حالة معروفة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>«%1» ليست جهة فاعلة معروفة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>«%1» ليست مرحلة معروفة</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>يلزم عنصر واحد على الأقل</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>ليس رمزًا أساسيًا («550») ولا رمزًا محسّنًا («X.7.26»)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>لا يطابق شكل الرمز</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>يجب أن يكون الرقم الأول من الرمز، أي %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>الفئة %1 ليست من فئات الرموز المحسّنة (2 أو 4 أو 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>لا يجوز أن يخلو من الفئة إلا رمز مُهمَل</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>لا يجوز أن يخلو من المراجع إلا رمز غير معياري</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>الرمز %1 غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>المُدخل يشير إلى نفسه</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>يجب أن يكون %1 من النوع الآخر (أساسي مع محسّن)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>رمز مكرر، عُرِّف أول مرة في %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>هذا الحقل خاص بالرموز المحسّنة وحدها</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>الرمز %1 ليس رمز هذا المُدخل</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>تجري مقارنة %1 بنفسه</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>المقارنة بين %1 و%2 موجودة من قبل</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>يتكوّن الوسم من حرفين إلى خمسة أحرف كبيرة ومن رقم إلى ثلاثة أرقام (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>يجب أن يذكر رمز المزود اسم مزوده</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>لا يكون للرمز مزود إلا إذا كانت حالته &quot;provider&quot;</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>لا يكون الوسم إلا لمزود</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>لا يمثّل مدى من الرموز إلا رمز مزود</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>يجب أن يكون رمزًا لاحقًا من المجال نفسه، مثل X.7.649 بعد X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>يتداخل مع مدى %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>جرّب الأمر &apos;smtpref --help&apos;.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>لا توجد ترجمة للغة «%1». اللغات المتاحة: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>مشكلة في الفهرس: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>«%1» ليس رمز رد SMTP. للبحث في النصوص استخدم: smtpref --search WORDS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>لا يوجد رمز يطابق «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>«%1» ليس رمز رد واحدًا.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>لم يُعثر على أي رمز رد في %1.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>تعذّرت كتابة المخرجات: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>يُدرج السجل %1 مع %2 فقط، لكن الخوادم ترسله فعلًا على هيئة %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>التركيبة %1 غير مسجلة: يُدرج السجل %2 مع %3 فقط.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>يستخدم %1 كل الرموز من %2 إلى %3 بهذا المعنى.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>الرمز %1 واحد من الرموز من %2 إلى %3 التي يستخدمها %4 بمعنى واحد.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 غير موجود في الفهرس.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>أقرب الرموز: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>رموز قريبة منه موثّقة لدى %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>عرض هذه التعليمات ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>عرض رقم الإصدار ثم الخروج.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>سرد كل الرموز الموجودة في الفهرس.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>إخراج JSON بدلًا من النص.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>الإجابة باللغة المحددة (مثل fr أو ja أو pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>رمز رد: 550 أو 5.7.26 أو &quot;550 5.7.1&quot; أو 5xx أو 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[الرمز...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>يحتاج الخيار --lang إلى اسم لغة.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>لا يقبل الخيار --list رموزًا ولا بحثًا.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>يحتاج الخيار --search إلى كلمات للبحث عنها.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>حدِّد رمزًا، أو استخدم --search أو --list أو --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>يشرح smtpref رموز رد SMTP ورموز الحالة المحسّنة، دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>العثور على كل رموز الرد في الملف وشرحها (رسالة ارتداد أو سجل بريد أو نص جلسة SMTP)؛ وتعني - القراءة من الدخل القياسي.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>طباعة الملف مع إخفاء كل عنوان بريد إلكتروني واسم مضيف وعنوان IP وعنوان URL، مع الإبقاء على الرموز؛ وتعني - القراءة من الدخل القياسي.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>يأخذ الخيار %1 ملفًا واحدًا فقط (أو - للدخل القياسي) ولا شيء غيره.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>يحتاج الخيار %1 إلى اسم ملف، أو - للدخل القياسي.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>البحث في الرموز عن الكلمات أو سطر الرد التالي، الأفضل أولًا.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>مقارنة الرموز التالية، من اثنين إلى أربعة، جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>يأخذ الخيار --compare من رمزين إلى أربعة رموز، مثلًا: smtpref --compare 550 554</translation>
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
        <translation>أمثلة:
  smtpref 550                    رمز واحد
  smtpref &quot;550 5.7.26&quot;           الرمز الأساسي والرمز المحسّن لردٍّ واحد
  smtpref 5xx                    كل رموز فئة ما (وكذلك 4.7 و55)
  smtpref --search greylisting   الرموز المطابقة لهذه الكلمات (هنا: القائمة الرمادية)، الأفضل أولًا
  smtpref --compare 550 554      رموز جنبًا إلى جنب (أربعة على الأكثر)
  smtpref --explain bounce.eml   كل الرموز في رسالة ارتداد أو سجل أو نص جلسة
  smtpref --redact bounce.eml    النص مع إخفاء العناوين وأسماء المضيفين وعناوين IP
  smtpref --list --json          الفهرس كاملًا بتنسيق JSON

حالة الخروج: 0 عُثر على نتيجة، 1 رمز غير معروف أو لم يُعثر على شيء، 2 وسائط غير صالحة أو أخطاء في الإدخال/الإخراج.
عند التشغيل دون وسائط يفتح smtpref نافذته.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>تجري مقارنة %1 بنفسه: اختر رمزًا آخر لأحد الجانبين لرؤية الفروق.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>الرمزان %1 (%2) و%3 (%4) كلاهما ردّ من الفئة %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>الرمز %1 (%2) ردّ من الفئة %3 (%4)، بينما الرمز %5 (%6) ردّ من الفئة %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>يُستخدم الرمز %1 (%2) مع ردود %3، والرمز %4 (%5) مع ردود %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>الحالة المعيارية</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>يعبّر الرمزان %1 و%2 عن الحالة نفسها، أي %3؛ ولا تختلف إلا الفئة، ومعها ما يفعله الخادم المرسل.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>الرمز %1 رمز رد أساسي و%2 رمز حالة محسّن: ليسا بديلين بل طبقتان لرد واحد، يكتبان معًا كما في &quot;%1 %2&quot;. يعطي الرمز الأساسي الفئة والمرحلة، ويعطي الرمز المحسّن السبب.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>الرمز %1 من الرموز المحسّنة المعتادة مع %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>نادرًا ما يأتي %1 مع %2، الذي يحمل عادةً %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>مقارنة %n رمز جنبًا إلى جنب: %1.</numerusform>
            <numerusform>مقارنة %n رمز جنبًا إلى جنب: %1.</numerusform>
            <numerusform>مقارنة %n رمزين جنبًا إلى جنب: %1.</numerusform>
            <numerusform>مقارنة %n رموز جنبًا إلى جنب: %1.</numerusform>
            <numerusform>مقارنة %n رمزًا جنبًا إلى جنب: %1.</numerusform>
            <numerusform>مقارنة %n رمز جنبًا إلى جنب: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>يطلب الرد 4xx من المرسل أن يحاول مرة أخرى لاحقًا؛ ويطلب منه الرد 5xx أن يستسلم ويصدر رسالة ارتداد. وقائمة انتظار الخادم المرسل تعيد المحاولة من تلقاء نفسها مع الرمز 4xx، فلا يحتاج إلى تدخل شخص إلا الرمز 5xx.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>حين يحمل الرد النوعين معًا، اقرأ الرمز المحسّن أولًا: فهو الأدق بين الاثنين.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>ما يميز بين هذه الرموز هو موضع الرد في الجلسة: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>تستدعي هذه الرموز تدخل أشخاص مختلفين: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>المعاني أعلاه هي الفرق؛ وعادةً يقول النص الذي يلي الرمز أيها ينطبق.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>جميعها</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>الفحص نفسه حين لا يُسجَّل البريد إلا في سجل systemd (journal):</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>يعرّفه %1، غير مُدرج في السجل</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 غير مُدرج في سجل IANA لرموز الحالة المحسّنة.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 غير مُدرج في سجل IANA: يستخدم %2 رموزًا خاصة به.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>يشير الرمز الأساسي إلى الفئة %1 بينما يشير الرمز المحسّن إلى الفئة %2: الخادم يناقض نفسه، والرمز الأساسي هو الذي يحدّد ما إذا كانت إعادة المحاولة لازمة.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>لا يُدرج السجل %1 مع الفئة %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 ليس رمز رد SMTP معياريًا.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>كما يستخدمه %1: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>يذكر الرد %1، وهي قائمة حظر DNS عامة: عنوان IP المرسل مدرج فيها، وطلب إزالة الإدراج يُقدَّم إلى تلك القائمة، لا إلى %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>الرمز %1 خاص بـ %2، وهو غير مُدرج في سجل IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] وسم خاص بـ %2: يشرح مُدخله هذا الرد.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>ردًّا على %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>نسخ الأمر</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>اختر رمزين في الأعلى، أو حدِّد رمزًا في القائمة واضغط Ctrl+D لمقارنته بالرمز المعروض في «التفاصيل».</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>لم تُعرض %n نتائج أخرى؛ وهذه جميعها حسب الفئة:</numerusform>
            <numerusform>لم تُعرض نتيجة أخرى واحدة (%n)؛ وهذه جميعها حسب الفئة:</numerusform>
            <numerusform>لم تُعرض نتيجتان أخريان (%n)؛ وهذه جميعها حسب الفئة:</numerusform>
            <numerusform>لم تُعرض %n نتائج أخرى؛ وهذه جميعها حسب الفئة:</numerusform>
            <numerusform>لم تُعرض %n نتيجة أخرى؛ وهذه جميعها حسب الفئة:</numerusform>
            <numerusform>لم تُعرض %n نتيجة أخرى؛ وهذه جميعها حسب الفئة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت، وهو أقصى ما يقرؤه smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 ليس نصًا: إنه يحتوي على بيانات ثنائية.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── الرسالة الأصلية، مُعادة مع التقرير ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>هل تقصد «%1»؟</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>ماذا يعني</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>متى يظهر</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>كيفية الإصلاح</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>عمليات التحقق</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>مَن عليه التصرف</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>الموضع في الجلسة</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>يُرسَل مع الرموز الأساسية</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>الرموز المحسّنة المعتادة</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>رموز ذات صلة</translation>
    </message>
    <message>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>كما يستخدمه %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>الفروق الرئيسية</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>متى يُستخدم كلٌّ منهما</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>مقارنة %1 بـ %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1، القسم %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>نصوص الأخطاء الشائعة</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>كثيرًا ما يُخلط بينه وبين</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>ما يميز بينهما</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>كيف تعرف أيهما لديك</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>ما يجب فعله في كل حالة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>رموز ردود SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>الرقم الأول من رمز الرد هو فئته. ورمز الحالة المحسّن مثل 5.7.1 يبدأ بالرقم نفسه.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>الرموز الأكثر بحثًا</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>ما يمكنك كتابته في حقل البحث</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>رمز رد أو رمز حالة محسّن أو كلاهما</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>بداية رمز أو فئة كاملة: كل الرموز التي تبدأ بها</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>كلمات بلغة الواجهة أو بالإنجليزية</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>كلمات بالإنجليزية</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>سطر ملصوق من رسالة ارتداد: رموزه أولًا، ثم الرموز التي تصفها كلماته</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>صندوق البريد ممتلئ</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>يفتح مفتاح Enter النتيجة الأولى؛ وللتنقل في القائمة استخدم السهمين لأعلى ولأسفل.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>الفئة %1 (%2)</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>بلا فئة (مُهمَل)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>الفئات %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>لم يُذكر المستلم</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>دائم: أُعيدت الرسالة</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>مؤقت: الخادم يواصل المحاولة</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>مَن عليه التصرف: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>النتيجة لـ %n مستلم</numerusform>
            <numerusform>النتيجة لـ %n مستلم</numerusform>
            <numerusform>النتيجة لـ %n مستلمين</numerusform>
            <numerusform>النتيجة لـ %n مستلمين</numerusform>
            <numerusform>النتيجة لـ %n مستلمًا</numerusform>
            <numerusform>النتيجة لـ %n مستلم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>مستلم غير معروف</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>تحقق من العنوان بحثًا عن أخطاء إملائية واطلب من المستلم العنوان الصحيح؛ واحذفه من القوائم إن ظل غير معروف.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>صندوق البريد ممتلئ</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>أخبر المستلم بطريقة أخرى أن صندوق بريده ممتلئ، وأعد الإرسال بعد أن يفرغ فيه مساحة.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>صندوق البريد معطل أو موقوف</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>تواصل مع المستلم بطريقة أخرى؛ وإذا ظل الحساب معطلًا، فاعتبر أن العنوان لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>انتقل المستلم</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>أرسل إلى العنوان الجديد للمستلم، بعد أن تتحقق من أنه حقيقي.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>النطاق غير موجود أو ليس له خادم بريد</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>تحقق من تهجئة النطاق بعد @؛ وإن كانت صحيحة، فعلى مالكه إصلاح DNS الخاص به (سجلات MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>النطاق لا يقبل البريد (سجل MX فارغ)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>يعلن النطاق أنه لا يستقبل أي بريد: اطلب من المستلم عنوانًا في نطاق آخر.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>الرسالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>أرسل رسالة أصغر: اضغط المرفقات أو شارك رابطًا بدلًا منها.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>عدد كبير جدًا من المستلمين أو تجاوز لحد الإرسال</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>قسّم المستلمين إلى دفعات أصغر، أو انتظر حتى يُعاد ضبط حد الإرسال.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>إخفاق المصادقة (SPF أو DKIM أو DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>يصلح مسؤول النطاق المرسل SPF، ويوقّع بـ DKIM، ويحقق مواءمة كليهما مع نطاق From من أجل DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>DNS العكسي مفقود</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>اطلب من مالك عنوان IP المرسل سجل PTR يُترجم اسمه إلى ذلك العنوان نفسه.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>عنوان IP أو نطاق المرسل محظور</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>ابحث عن عنوان IP المرسل والنطاق في قائمة الحظر المذكورة، وأصلح سبب إدراجهما، ثم اطلب إزالة الإدراج.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>بريد مزعج أو محتوى مرفوض</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>راجع محتوى الرسالة وروابطها ومرفقاتها؛ وإن كانت مشروعة، فيفحص مسؤول البريد لدى المرسل سمعة النطاق.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>فيروس</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>افحص الحاسوب الذي أرسل الرسالة والمرفقَ بحثًا عن فيروسات؛ وإن كان الملف سليمًا فأرسله بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>مرفوض بموجب السياسة المحلية</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>اطلب من المستلم أن يطلب من مسؤول البريد لديه السماح برسائلك، مع اقتباس سطر الرد.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>الترحيل مرفوض</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>أرسل عبر خادم البريد الخاص بك مع المصادقة، لا عبر خادم لا يتولى نطاق المستلم.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>عنوان المرسل مرفوض</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>أرسل من عنوان يحق لحسابك استخدامه، ويكون نطاقه موجودًا ويستقبل البريد.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>تقييد معدل الإرسال أو اتصالات كثيرة جدًا</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>دع قائمة الانتظار تعيد المحاولة لاحقًا، وخفّض معدل الإرسال وعدد الاتصالات المتوازية.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS مطلوب أو أخفق</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>لم يتفق الخادمان على TLS: يفحص مسؤول الجهة المستقبلة شهادتها وSTARTTLS، ويفحص مسؤول الجهة المرسلة سياسة TLS لديها.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>انتهت مهلة التسليم</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>خطأ في الشبكة أو الاتصال</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>لم يُجب خادم البريد لدى المستلم: فقائمة الانتظار تعيد المحاولة من تلقاء نفسها؛ وإن استمر ذلك، فيفحص مسؤول البريد لديه الخادم وسجلات MX الخاصة به.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>خطأ في النظام البعيد</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>انتظر محاولات الإعادة؛ وإن استمر الخطأ، فأبلغ مسؤول البريد لدى المستلم بسطر الرد.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>خطأ في بناء الجملة أو البروتوكول</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>تحقق من إعدادات برنامج الإرسال (المنفذ، ووضع TLS، وصيغة العنوان) وحدّثه.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>رد تلقائي، لا ارتداد</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>لم يخفق شيء: تم تسليم الرسالة، ورد عليها الرد التلقائي للمستلم.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>شكوى أو بلاغ إساءة</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>توقف عن الإرسال إلى المستلم الذي اشتكى، وتحقق من كيفية وصول العنوان إلى قائمتك.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>لا شيء يلزم فعله: هذا إشعار بالنجاح.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>اقرأ سطر الرد أدناه وشرح الرمز؛ فرسالة الارتداد لا تقول أكثر من ذلك.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>تعذر الوصول إلى خادم المستلم قبل أن تتوقف قائمة الانتظار عن المحاولة: أخبر المستلم بطريقة أخرى، وأعد الإرسال عندما يعود الخادم إلى قبول البريد.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>رمز أساسي</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>رمز حالة محسّن</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>معياري</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>امتداد SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>ارتباط في السجل فقط</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>تاريخي</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>مسودة، لم تُعتمد معيارًا قط</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>غير معياري، غير وارد في أي RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>لا أحد، لا شيء يحتاج إلى إصلاح</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>مسؤول البريد لدى المرسل</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>مسؤول البريد لدى المستلم</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>البرنامج العميل</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>نهاية البيانات</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>أي أمر</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>تقرير الارتداد (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>ليس ردَّ SMTP (خطأ من جهة العميل)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>إتمام إيجابي</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>إيجابي وسيط</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>إتمام سلبي مؤقت</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>إتمام سلبي دائم</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>فئة غير معروفة</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>حالة أخرى أو غير محددة</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>حالة العنونة</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>حالة صندوق البريد</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>حالة نظام البريد</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>حالة الشبكة والتوجيه</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>حالة بروتوكول تسليم البريد</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>حالة محتوى الرسالة أو الوسائط</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>حالة الأمان أو السياسة</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>مجال غير معروف</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>بناء الجملة</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>نظام البريد</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>تصنيف غير محدد</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>لا حاجة لإعادة المحاولة: نجحت الخطوة</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>تابِع: الخادم ينتظر مزيدًا من المدخلات</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>أعد المحاولة لاحقًا: الإخفاق مؤقت</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>لا ينبغي إعادة المحاولة دون تغيير: الإخفاق دائم</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>لا يوجد رد SMTP: تحقّق من الاتصال</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>وسم مزود</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>يعرّفه مزود بريد</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>الرمز الأول</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>الرمز %1 للمقارنة</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>رمز آخر</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>إزالة هذا الرمز من المقارنة</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>عكس ترتيب الرموز</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>إضافة رمز إلى المقارنة (أربعة على الأكثر)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>إضافة رمز إلى المقارنة</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>الرموز جنبًا إلى جنب، وما يميز بينها، والفروق الرئيسية بينها، ومتى يستخدم كل منها.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>النص المراد شرحه</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>الرموز التي عُثر عليها في النص</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>يفتح مفتاح Enter تفاصيل الرمز.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>نسخ مع الإخفاء</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>نسخ النص مع إخفاء عناوين البريد الإلكتروني وعناوين IP وأسماء المضيفين</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>نسخ النص مع إخفاء البيانات الحساسة</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>لا يوجد نص بعد.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>لم يُعثر على أي رمز رد SMTP في هذا النص.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>عُثر على %n رمز. اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدها.</numerusform>
            <numerusform>عُثر على %n رمز. اضغط Enter أو انقر نقرًا مزدوجًا لفتحه.</numerusform>
            <numerusform>عُثر على %n رمزين. اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدهما.</numerusform>
            <numerusform>عُثر على %n رموز. اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدها.</numerusform>
            <numerusform>عُثر على %n رمزًا. اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدها.</numerusform>
            <numerusform>عُثر على %n رمز. اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>النتيجة لكل مستلم</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>الصق هنا أو اسحب إلى هنا رسالة ارتداد أو إشعار حالة التسليم أو سجل بريد أو نص جلسة SMTP، أو افتح واحدًا منها عبر ملف &gt; فتح. وتظهر على اليمين النتيجة لكل مستلم وكل رموز الرد الواردة فيه.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>تُعرض الأسطر التي يزيد طولها على %1 حرف مختصرة، ولا يمكن تحرير النص هنا؛ لكن النص كله يُشرح ويُنسخ. &lt;a href=&quot;clear&quot;&gt;مسح&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — رموز رد SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>نسخ كنص &amp;عادي</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>&amp;نسخ بتنسيق Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;بحث عن رمز…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;تكبير النص</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>الرموز الأساسية</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>الرموز المحسّنة</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;إظهار التفاصيل</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>إظهار ال&amp;مقارنة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدّم</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;مقارنة المحدَّد بالمعروض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>&amp;حول smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حو&amp;ل Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>التفاصيل والمقارنة</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>تفاصيل الرمز</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>كل ما يتعلق بالرمز المحدد؛ والرموز الواردة في النص روابط.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>تم النسخ: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>تم نسخ %1 بتنسيق Markdown.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>تم نسخ %1 كنص عادي.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;مرجع يعمل دون اتصال بالإنترنت لرموز رد SMTP ورموز الحالة المحسّنة.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2، ويعمل على Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;مصادر البيانات&lt;/b&gt;: RFC 5321 وRFC 3463 ووثائق RFC التي توسّعهما (IETF؛ تُستخدم وفق الأحكام القانونية لـ IETF Trust)، وسجل IANA «SMTP Enhanced Status Codes». كُتبت الشروح والأسباب وعمليات التحقق والنصائح خصيصًا لـ smtpref. ويصف ما يرد عن استخدام مزودي الخدمة السلوكَ المعلن لهؤلاء المزودين.&lt;/p&gt;&lt;p&gt;smtpref برنامج حر مرخّص بموجب رخصة GNU العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>حول smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>تعذّرت قراءة ملف الإعدادات؛ ستُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>كان ملف الإعدادات تالفًا؛ احتُفظ به باسم %1 وتُستخدم القيم الافتراضية.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلة؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلة؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلتين؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلات؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلة؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
            <numerusform>يحتوي الفهرس المدمج على %n مشكلة؛ قد تكون بعض الرموز مفقودة أو خاطئة. التفاصيل في مخرجات الطرفية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;شرح نص…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>تم نسخ النص مع إخفاء العناوين وأسماء المضيفين.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>صفحة ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;نصائح البحث</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>لا يوجد مجلد منزلي (لم يُضبط HOME): لن تُحفظ الإعدادات.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>لن تُحفظ الإعدادات: تتعذّر الكتابة في %1.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;فتح رسالة ارتداد أو سجل…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>فتح رسالة ارتداد أو سجل</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>رسائل البريد والسجلات (*.eml *.msg *.mbox *.txt *.log);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت، وهو أقصى ما يقرؤه smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 ليس نصًا: إنه يحتوي على بيانات ثنائية.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>تم فتح %1.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (%n حرف آخر في هذا السطر غير معروض)</numerusform>
            <numerusform> … (%n حرف آخر في هذا السطر غير معروض)</numerusform>
            <numerusform> … (%n حرفان آخران في هذا السطر غير معروضين)</numerusform>
            <numerusform> … (%n أحرف أخرى في هذا السطر غير معروضة)</numerusform>
            <numerusform> … (%n حرفًا آخر في هذا السطر غير معروض)</numerusform>
            <numerusform> … (%n حرف آخر في هذا السطر غير معروض)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>البحث في الرموز</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>اكتب رمزًا أو بداية رمز أو كلمات؛ وللتنقل بين النتائج استخدم السهمين لأعلى ولأسفل.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>رموز %1 فقط</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>إظهار رموز كل الفئات</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>الرموز الأساسية</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>الرموز المحسّنة</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>نوع الرمز</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>الرموز المطابقة</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>الرموز المطابقة للبحث، الأكثر تطابقًا أولًا.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>عدد الرموز المطابقة</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>لا توجد رموز مطابقة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 من أصل %n رمز</numerusform>
            <numerusform>%1 من أصل %n رمز</numerusform>
            <numerusform>%1 من أصل %n رمزين</numerusform>
            <numerusform>%1 من أصل %n رموز</numerusform>
            <numerusform>%1 من أصل %n رمزًا</numerusform>
            <numerusform>%1 من أصل %n رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>تحقّق من الإملاء، أو استخدم كلمات أقل، أو اكتب رمزًا مثل 550 أو 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>لا يوجد رمز يطابق «%1».</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>إظهار التفاصيل</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>مقارنة مع…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>مقارنة مع الرمز المعروض</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>ابحث: 550 أو 5.7.1 أو 4.7 أو 5xx أو كلمات أو سطر من رسالة ارتداد</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>رموز المزودين</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزود</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>الرموز التي يعرّفها مزود بريد فقط، أو الرموز التي يرسلها مزود بعينه</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>عوامل التصفية مفعّلة: اختر «الكل» و«كل الأنواع» و«كل المصادر» للبحث في كل الرموز.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>التنقل بين النتائج من حقل البحث</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>رجوع، تقدّم</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>مقارنة الرمز المحدد بالرمز المعروض</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>إظهار التفاصيل، إظهار المقارنة</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>تكبير النص، تصغير النص، الحجم العادي</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>شرح نص ملصوق: رسالة ارتداد أو سجل أو نص جلسة</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>فتح الرمز المحدد، أو الأول إن لم يُحدَّد رمز</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>صفحة البداية</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>نسخ الرمز أو المقارنة كنص عادي</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>نسخ الرمز أو المقارنة بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>فتح رسالة ارتداد أو ملف سجل لشرحه</translation>
    </message>
</context>
</TS>
