<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>इस बिल्ड में कोई कैटलॉग अंतर्निहित नहीं है</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>अंतर्निहित कैटलॉग का फ़ॉर्मैट अज्ञात है</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>अंतर्निहित कैटलॉग अधूरा या क्षतिग्रस्त है</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, स्तंभ %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1 पर अमान्य JSON: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>दस्तावेज़ ऐसा ऑब्जेक्ट होना चाहिए जिसमें &quot;entries&quot; ऐरे हो</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>प्रविष्टि JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>मौजूद नहीं है, या गैर-रिक्त स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>अज्ञात फ़ील्ड</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>मौजूद नहीं है, या ऐरे नहीं है</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>हर आइटम गैर-रिक्त स्ट्रिंग होना चाहिए</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>हर आइटम पूर्णांक होना चाहिए</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>हर आइटम ऐसा ऑब्जेक्ट होना चाहिए जिसमें स्ट्रिंग फ़ील्ड %1 हों</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; न मूल कोड है, न एन्हांस्ड कोड</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; कोई ज्ञात स्थिति नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; कोई ज्ञात कर्ता नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; कोई ज्ञात चरण नहीं है</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>कम से कम एक आइटम आवश्यक है</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>न मूल कोड (&quot;550&quot;) है, न एन्हांस्ड कोड (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>कोड के स्वरूप से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>कोड का पहला अंक, %1, होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 एन्हांस्ड कोडों का वर्ग नहीं है (2, 4 या 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>केवल अप्रचलित कोड ही बिना वर्ग के हो सकता है</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>केवल गैर-मानक कोड ही बिना संदर्भ के हो सकता है</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>कोड %1 कैटलॉग में मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>प्रविष्टि स्वयं को संदर्भित करती है</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 दूसरे प्रकार का होना चाहिए (मूल कोड के साथ एन्हांस्ड कोड)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>डुप्लिकेट कोड, पहली बार %1 में परिभाषित</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>यह फ़ील्ड केवल एन्हांस्ड कोडों का होता है</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 इस प्रविष्टि का कोड नहीं है</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 की तुलना स्वयं से की गई है</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 और %2 की तुलना पहले से मौजूद है</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>टैग में दो से पाँच बड़े अक्षर और एक से तीन अंक होते हैं (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>प्रोवाइडर कोड में उसका प्रोवाइडर बताया जाना चाहिए</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>केवल &quot;provider&quot; स्थिति वाले कोड का ही प्रोवाइडर होता है</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>टैग हमेशा किसी प्रोवाइडर का होता है</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>केवल प्रोवाइडर कोड ही किसी रेंज को दर्शा सकता है</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>उसी विषय-क्षेत्र का बाद वाला कोड होना चाहिए, जैसे X.7.606 के बाद X.7.649</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>%1 की रेंज से ओवरलैप करता है</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>&apos;smtpref --help&apos; आज़माएँ।</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>&quot;%1&quot; के लिए कोई अनुवाद नहीं है। उपलब्ध भाषाएँ: %2।</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>कैटलॉग में समस्या: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; SMTP रिप्लाई कोड नहीं है। पाठ में खोजने के लिए यह उपयोग करें: smtpref --search WORDS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>कोई भी कोड &quot;%1&quot; से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; एक अकेला रिप्लाई कोड नहीं है।</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>%1 में कोई रिप्लाई कोड नहीं मिला।</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>आउटपुट लिखा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>कोई वर्ग नहीं</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>रजिस्ट्री %1 को केवल %2 के लिए सूचीबद्ध करती है, लेकिन सर्वर इसे %3 के रूप में भी भेजते हैं।</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 पंजीकृत संयोजन नहीं है: रजिस्ट्री %2 को केवल %3 के लिए सूचीबद्ध करती है।</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1, %2 से %3 तक के हर कोड का उपयोग इसी अर्थ में करता है।</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1, %2 से %3 तक के उन कोड में से एक है जिनका उपयोग %4 एक ही अर्थ में करता है।</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 कैटलॉग में नहीं है।</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>सबसे निकट के कोड: %1।</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>इसके आस-पास के कोड %1 के दस्तावेज़ों में हैं: %2।</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>संस्करण दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>कैटलॉग के सभी कोड सूचीबद्ध करें।</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>पाठ के बजाय JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>LANG भाषा में उत्तर दें (उदाहरण के लिए fr, ja, pt_BR)।</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>एक रिप्लाई कोड: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7।</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[CODE...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang के साथ भाषा का नाम देना आवश्यक है।</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list के साथ न कोई कोड दिया जा सकता है, न खोज।</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search के साथ खोजने के लिए शब्द देना आवश्यक है।</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>कोई कोड बताएँ, या --search, --list या --help का उपयोग करें।</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref SMTP रिप्लाई कोड और एन्हांस्ड स्टेटस कोड ऑफ़लाइन समझाता है।</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>FILE फ़ाइल (बाउंस, लॉग, ट्रांसक्रिप्ट) के सभी रिप्लाई कोड खोजें और उनकी व्याख्या करें; - देने पर मानक इनपुट पढ़ा जाता है।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>FILE फ़ाइल को हर ई-मेल पता, होस्ट नाम, IP पता और URL छिपाकर दिखाएँ, कोड यथावत रहते हैं; - देने पर मानक इनपुट पढ़ा जाता है।</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 के साथ केवल एक फ़ाइल दें (या मानक इनपुट के लिए -), और कुछ नहीं।</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 के साथ फ़ाइल का नाम दें, या मानक इनपुट के लिए -।</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>आगे दिए शब्दों या रिप्लाई पंक्ति के लिए कोड खोजें, सबसे उपयुक्त पहले।</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>आगे दिए दो से चार कोड की साथ-साथ तुलना करें।</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare के साथ दो से चार कोड दें, उदाहरण के लिए: smtpref --compare 550 554</translation>
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
        <translation>उदाहरण:
  smtpref 550                    एक कोड
  smtpref &quot;550 5.7.26&quot;           किसी रिप्लाई का मूल और एन्हांस्ड कोड
  smtpref 5xx                    एक वर्ग के सभी कोड (4.7, 55 भी)
  smtpref --search greylisting   इन शब्दों से मेल खाते कोड, सबसे उपयुक्त पहले
  smtpref --compare 550 554      कोड साथ-साथ (अधिकतम चार)
  smtpref --explain bounce.eml   किसी बाउंस, लॉग या ट्रांसक्रिप्ट के सभी कोड
  smtpref --redact bounce.eml    पते, होस्ट और IP छिपाकर वही पाठ
  smtpref --list --json          पूरा कैटलॉग JSON के रूप में

निकास स्थिति: 0 मिला, 1 अज्ञात कोड या कुछ नहीं मिला, 2 गलत आर्ग्युमेंट या इनपुट/आउटपुट त्रुटियाँ।
बिना आर्ग्युमेंट के smtpref अपनी विंडो खोलता है।
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 की तुलना स्वयं से हो रही है: अंतर देखने के लिए किसी एक ओर दूसरा कोड चुनें।</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) और %3 (%4) दोनों %5 वर्ग (%6) के रिप्लाई हैं।</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) %3 वर्ग (%4) का रिप्लाई है, जबकि %5 (%6) %7 वर्ग (%8) का रिप्लाई है।</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) का उपयोग %3 रिप्लाई के साथ होता है, और %4 (%5) का %6 रिप्लाई के साथ।</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>अर्थ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय-क्षेत्र</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>मानक स्थिति</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 और %2 एक ही स्थिति (%3) बताते हैं; केवल वर्ग अलग है, और उसके साथ यह भी कि भेजने वाला सर्वर क्या करता है।</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 मूल रिप्लाई कोड है और %2 एन्हांस्ड स्टेटस कोड: ये विकल्प नहीं, बल्कि एक ही रिप्लाई की दो परतें हैं, जो &quot;%1 %2&quot; की तरह साथ लिखी जाती हैं। मूल कोड वर्ग और सत्र का चरण बताता है, एन्हांस्ड कोड कारण।</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1, %2 के सामान्य एन्हांस्ड कोड में से एक है।</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 शायद ही कभी %2 के साथ आता है; %2 के साथ आमतौर पर %3 आता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n कोड साथ-साथ: %1।</numerusform>
            <numerusform>%n कोड साथ-साथ: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>4xx रिप्लाई प्रेषक से बाद में फिर कोशिश करने को कहता है; 5xx रिप्लाई उसे हार मानकर बाउंस करने को कहता है। भेजने वाले सर्वर की क्यू 4xx कोड का पुनः प्रयास अपने आप करती है, इसलिए केवल 5xx कोड पर किसी व्यक्ति को कार्रवाई करनी होती है।</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>जब रिप्लाई में दोनों तरह के कोड हों, तो पहले एन्हांस्ड कोड पढ़ें: दोनों में वही ज़्यादा सटीक है।</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>रिप्लाई सत्र में कहाँ आया, इससे ये अलग पहचाने जाते हैं: %1।</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>इनमें अलग-अलग लोगों को कार्रवाई करनी होती है: %1।</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>अंतर ऊपर दिए अर्थों में है; कोड के बाद का पाठ आमतौर पर बताता है कि कौन-सा लागू होता है।</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>दोनों</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>सभी</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>यही जाँच, जहाँ मेल केवल systemd जर्नल में लॉग होती है:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>%1 द्वारा परिभाषित, रजिस्ट्री में नहीं</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 एन्हांस्ड स्टेटस कोडों की IANA रजिस्ट्री में नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 IANA रजिस्ट्री में नहीं है: %2 अपने स्वयं के कोड उपयोग करता है।</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>मूल कोड वर्ग %1 बताता है, लेकिन एन्हांस्ड कोड वर्ग %2 बताता है: सर्वर का रिप्लाई स्वयं में विरोधाभासी है; पुनः प्रयास करना है या नहीं, यह मूल कोड तय करता है।</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>रजिस्ट्री %1 को वर्ग %2 के लिए सूचीबद्ध नहीं करती।</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 मानक SMTP रिप्लाई कोड नहीं है।</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>%1 इसका उपयोग कैसे करता है: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>रिप्लाई में %1 का नाम है, जो एक सार्वजनिक DNS ब्लॉकलिस्ट है: भेजने वाला IP पता उसमें सूचीबद्ध है, और डीलिस्टिंग का अनुरोध उसी लिस्ट से करना होता है, %2 से नहीं।</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1, %2 का कोड है, IANA रजिस्ट्री में नहीं।</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1], %2 का टैग है: इसकी प्रविष्टि इस रिप्लाई को समझाती है।</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>%1 के रिप्लाई में</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>कमांड कॉपी करें</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>ऊपर दो कोड चुनें, या सूची में कोई कोड चुनकर Ctrl+D दबाएँ ताकि उसकी तुलना विवरण में दिखाए गए कोड से हो।</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>%n और निष्कर्ष नहीं दिखाया गया; सभी, श्रेणी के अनुसार:</numerusform>
            <numerusform>%n और निष्कर्ष नहीं दिखाए गए; सभी, श्रेणी के अनुसार:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 को पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 का आकार %2 MB से अधिक है, जो smtpref द्वारा पढ़ी जाने वाली अधिकतम सीमा है।</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 टेक्स्ट नहीं है: इसमें बाइनरी डेटा है।</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── मूल संदेश, रिपोर्ट के साथ लौटाया गया ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>क्या आपका मतलब “%1” था?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>इसका अर्थ</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>यह कब दिखता है</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>इसे कैसे ठीक करें</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>कौन कार्रवाई करे</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>सत्र में कहाँ</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>इन मूल कोडों के साथ भेजा जाता है</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>सामान्य एन्हांस्ड कोड</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>संबंधित कोड</translation>
    </message>
    <message>
        <source>References</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>%1 इसका उपयोग कैसे करता है</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>मुख्य अंतर</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>कब कौन-सा उपयोग करें</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 और %2 की तुलना</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1 खंड %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>आम त्रुटि संदेश</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>अक्सर इनसे भ्रम होता है</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>इन्हें क्या अलग करता है</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>कैसे पहचानें कि आपके पास कौन-सा है</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>हर एक के लिए क्या करें</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 और %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP रिप्लाई कोड</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>रिप्लाई कोड का पहला अंक उसका वर्ग होता है। 5.7.1 जैसा एन्हांस्ड स्टेटस कोड भी उसी अंक से शुरू होता है।</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>सबसे ज़्यादा खोजे जाने वाले कोड</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>खोज फ़ील्ड में आप क्या टाइप कर सकते हैं</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>रिप्लाई कोड, एन्हांस्ड स्टेटस कोड, या दोनों</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>कोड का आरंभिक भाग या पूरा वर्ग: इस तरह शुरू होने वाले सभी कोड</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>शब्द, इंटरफ़ेस की भाषा में या अंग्रेज़ी में</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>शब्द, अंग्रेज़ी में</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>बाउंस से पेस्ट की गई पंक्ति: पहले उसके कोड, फिर वे कोड जिनका वर्णन उसके शब्द करते हैं</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>मेलबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter पहला परिणाम खोलता है; ऊपर और नीचे तीर कुंजियों से सूची में जाएँ।</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>वर्ग %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>कोई वर्ग नहीं (अप्रचलित)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>वर्ग %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>प्राप्तकर्ता का पता नहीं बताया गया</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>स्थायी: संदेश लौटा दिया गया</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>अस्थायी: सर्वर कोशिश जारी रखता है</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>कौन कार्रवाई करे: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता के लिए निष्कर्ष</numerusform>
            <numerusform>%n प्राप्तकर्ताओं के लिए निष्कर्ष</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>प्राप्तकर्ता अज्ञात</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>पते में टाइपिंग की गलती जाँचें और प्राप्तकर्ता से सही पता पूछें; अगर पता अज्ञात ही रहे, तो उसे सूचियों से हटा दें।</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>मेलबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>प्राप्तकर्ता को किसी और तरीके से बताएँ कि उसका मेलबॉक्स भरा हुआ है, और जगह खाली होने के बाद फिर भेजें।</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>मेलबॉक्स निष्क्रिय या निलंबित</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>प्राप्तकर्ता से किसी और तरीके से संपर्क करें; अगर अकाउंट निष्क्रिय ही रहे, तो मान लें कि यह पता अब नहीं रहा।</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>प्राप्तकर्ता का पता बदल गया</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>प्राप्तकर्ता के नए पते पर भेजें, पर पहले जाँच लें कि वह असली है।</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>डोमेन मौजूद नहीं या उसका कोई मेल सर्वर नहीं</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>@ के बाद डोमेन की वर्तनी जाँचें; अगर वह सही है, तो उसके मालिक को अपना DNS (MX रिकॉर्ड) ठीक करना होगा।</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>डोमेन मेल स्वीकार नहीं करता (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>डोमेन घोषित करता है कि वह कोई मेल प्राप्त नहीं करता: प्राप्तकर्ता से किसी दूसरे डोमेन का पता माँगें।</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>संदेश बहुत बड़ा</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>छोटा संदेश भेजें: अटैचमेंट कंप्रेस करें या उनकी जगह लिंक साझा करें।</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>बहुत अधिक प्राप्तकर्ता या भेजने की सीमा पार</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>प्राप्तकर्ताओं को छोटे बैचों में बाँटें, या भेजने की सीमा रीसेट होने तक प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>ऑथेंटिकेशन विफल (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>भेजने वाले डोमेन का एडमिन SPF ठीक करता है, DKIM से साइन करता है और DMARC के लिए दोनों को From डोमेन से अलाइन करता है।</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>रिवर्स DNS नहीं है</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>भेजने वाले IP पते के मालिक से ऐसा PTR रिकॉर्ड माँगें जिसका नाम वापस उसी पते पर रिज़ॉल्व हो।</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>प्रेषक का IP या डोमेन ब्लॉक</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>भेजने वाले IP पते और डोमेन को बताई गई ब्लॉकलिस्ट में देखें, जिस कारण से वे सूचीबद्ध हुए उसे ठीक करें, फिर डीलिस्टिंग का अनुरोध करें।</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>स्पैम या सामग्री अस्वीकृत</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>संदेश की सामग्री, लिंक और अटैचमेंट की समीक्षा करें; अगर संदेश वैध है, तो भेजने वाली ओर का एडमिन डोमेन की रेप्युटेशन जाँचता है।</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>वायरस</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>भेजने वाले कंप्यूटर और अटैचमेंट को स्कैन करें; अगर फ़ाइल साफ़ है, तो उसे किसी और तरीके से भेजें।</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>स्थानीय नीति के कारण अस्वीकृत</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>प्राप्तकर्ता से कहें कि वह अपने मेल एडमिन से आपके संदेशों को अनुमति दिलवाए, और साथ में रिप्लाई पंक्ति उद्धृत करें।</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>रिले अस्वीकृत</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>ऑथेंटिकेशन के साथ अपने मेल सर्वर से भेजें, ऐसे सर्वर से नहीं जो प्राप्तकर्ता के डोमेन को नहीं संभालता।</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>प्रेषक का पता अस्वीकृत</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>ऐसे पते से भेजें जिसे उपयोग करने की अनुमति आपके अकाउंट को हो, और जिसका डोमेन मौजूद हो और मेल प्राप्त करता हो।</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>रेट लिमिट या बहुत अधिक कनेक्शन</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>क्यू को बाद में पुनः प्रयास करने दें, और भेजने की दर और समानांतर कनेक्शनों की संख्या कम करें।</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS आवश्यक या विफल</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>दोनों सर्वर TLS पर सहमत नहीं हो सके: प्राप्त करने वाली ओर का एडमिन अपना सर्टिफ़िकेट और STARTTLS जाँचता है, भेजने वाली ओर का एडमिन अपनी TLS नीति।</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>डिलीवरी का समय समाप्त</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>नेटवर्क या कनेक्शन त्रुटि</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>प्राप्तकर्ता के मेल सर्वर ने जवाब नहीं दिया: क्यू अपने आप पुनः प्रयास करती है; अगर यह बना रहे, तो उनका एडमिन सर्वर और उसके MX रिकॉर्ड जाँचता है।</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>रिमोट सिस्टम त्रुटि</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>पुनः प्रयासों की प्रतीक्षा करें; अगर समस्या बनी रहे, तो रिप्लाई पंक्ति प्राप्तकर्ता के मेल एडमिन को बताएँ।</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>सिंटैक्स या प्रोटोकॉल त्रुटि</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>भेजने वाले सॉफ़्टवेयर की सेटिंग्स (पोर्ट, TLS मोड, पते का फ़ॉर्मैट) जाँचें और उसे अपडेट करें।</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>ऑटो-रिप्लाई, बाउंस नहीं</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>कुछ भी विफल नहीं हुआ: संदेश डिलीवर हो गया और प्राप्तकर्ता के ऑटो-रिप्लाई ने उसका जवाब दिया।</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>शिकायत या दुरुपयोग रिपोर्ट</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>शिकायत करने वाले प्राप्तकर्ता को भेजना बंद करें और जाँचें कि वह पता आपकी सूची में कैसे आया।</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हो गया</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>कुछ करने की ज़रूरत नहीं: यह सफलता की सूचना है।</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>निर्धारित नहीं</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>नीचे दी गई रिप्लाई पंक्ति और कोड की व्याख्या पढ़ें; बाउंस इससे अधिक कुछ नहीं बताता।</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>क्यू के हार मानने से पहले प्राप्तकर्ता के सर्वर तक पहुँचा नहीं जा सका: प्राप्तकर्ता को किसी और तरीके से बताएँ, और सर्वर के मेल स्वीकार करने लगने पर फिर भेजें।</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>मूल कोड</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>एन्हांस्ड स्टेटस कोड</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>मानक</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP एक्सटेंशन</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>केवल रजिस्ट्री में संबद्ध</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>ऐतिहासिक</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>ड्राफ़्ट, कभी मानकीकृत नहीं हुआ</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>गैर-मानक, किसी RFC में नहीं</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>अप्रचलित</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>कोई नहीं, ठीक करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>प्रेषक का मेल एडमिन</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>प्राप्तकर्ता का मेल एडमिन</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>क्लाइंट सॉफ़्टवेयर</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>ग्रीटिंग</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>डेटा का अंत</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>कोई भी कमांड</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>बाउंस रिपोर्ट (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>SMTP रिप्लाई नहीं (क्लाइंट-साइड त्रुटि)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>सकारात्मक पूर्णता</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>सकारात्मक मध्यवर्ती</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>अस्थायी नकारात्मक पूर्णता</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>स्थायी नकारात्मक पूर्णता</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>अज्ञात वर्ग</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>अन्य या अपरिभाषित स्थिति</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>पता-निर्धारण स्थिति</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>मेलबॉक्स स्थिति</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>मेल सिस्टम स्थिति</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>नेटवर्क और रूटिंग स्थिति</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>मेल डिलीवरी प्रोटोकॉल स्थिति</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>संदेश सामग्री या मीडिया स्थिति</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>सुरक्षा या नीति स्थिति</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>अज्ञात विषय-क्षेत्र</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>सिंटैक्स</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>मेल सिस्टम</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>अनिर्दिष्ट श्रेणी</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>पुनः प्रयास की आवश्यकता नहीं: चरण सफल रहा</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>आगे बढ़ें: सर्वर और इनपुट की प्रतीक्षा कर रहा है</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>बाद में पुनः प्रयास करें: विफलता अस्थायी है</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>बिना बदलाव के पुनः प्रयास न करें: विफलता स्थायी है</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>कोई SMTP रिप्लाई नहीं: कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>प्रोवाइडर टैग</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>मेल प्रोवाइडर द्वारा परिभाषित</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>पहला कोड</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>तुलना के लिए कोड %1</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>एक और कोड</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>इस कोड को तुलना से हटाएँ</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>कोडों का क्रम उलटें</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>तुलना में एक कोड जोड़ें (अधिकतम चार)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>तुलना में एक कोड जोड़ें</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>कोड साथ-साथ, इन्हें क्या अलग करता है, इनके मुख्य अंतर, और कब कौन-सा लागू होता है।</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>व्याख्या के लिए पाठ</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>पाठ में मिले कोड</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter दबाने पर कोड का विवरण खुलता है।</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>छिपाकर कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>ई-मेल पते, IP पते और होस्ट नाम छिपाकर पाठ कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>संवेदनशील अंश छिपाकर पाठ कॉपी करें</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>अभी कोई पाठ नहीं है।</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>इस पाठ में कोई SMTP रिप्लाई कोड नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n कोड मिला। उसे खोलने के लिए Enter दबाएँ या डबल-क्लिक करें।</numerusform>
            <numerusform>%n कोड मिले। किसी कोड को खोलने के लिए Enter दबाएँ या डबल-क्लिक करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>हर प्राप्तकर्ता के लिए निष्कर्ष</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>कोई बाउंस संदेश, डिलीवरी स्टेटस नोटिफ़िकेशन, मेल लॉग या SMTP ट्रांसक्रिप्ट यहाँ पेस्ट करें या खींचकर छोड़ें, या फ़ाइल &gt; खोलें से उसे खोलें। हर प्राप्तकर्ता के लिए निष्कर्ष और उसमें मौजूद हर रिप्लाई कोड दाईं ओर दिखते हैं।</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>%1 से अधिक अक्षरों वाली पंक्तियाँ छोटी करके दिखाई जाती हैं और टेक्स्ट यहाँ संपादित नहीं किया जा सकता; पूरा टेक्स्ट समझाया और कॉपी किया जाता है। &lt;a href=&quot;clear&quot;&gt;साफ़ करें&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP रिप्लाई कोड</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>सादे पाठ के रूप में कॉपी करें (&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown के रूप में कॉपी करें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>कोड खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>पाठ बड़ा करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>पाठ छोटा करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>सामान्य आकार (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>वर्ग (&amp;C)</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>सभी वर्ग</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>मूल कोड</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>एन्हांस्ड कोड</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>विवरण दिखाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>तुलना दिखाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>आगे (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>चयनित कोड की दिखाए गए कोड से तुलना करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>smtpref के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>विवरण और तुलना</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>कोड का विवरण</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>चयनित कोड के बारे में सब कुछ; पाठ में आए कोड लिंक हैं।</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>कॉपी किया गया: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 को Markdown के रूप में कॉपी किया गया।</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 को सादे पाठ के रूप में कॉपी किया गया।</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;SMTP रिप्लाई कोड और एन्हांस्ड स्टेटस कोड के लिए एक ऑफ़लाइन संदर्भ।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बनाया गया, Qt %3 पर चल रहा है।&lt;/p&gt;&lt;p&gt;&lt;b&gt;डेटा स्रोत&lt;/b&gt;: RFC 5321, RFC 3463 और उनका विस्तार करने वाले RFC (IETF; IETF Trust के कानूनी प्रावधानों के अंतर्गत उपयोग किए गए), तथा IANA की &quot;SMTP Enhanced Status Codes&quot; रजिस्ट्री। व्याख्याएँ, कारण, जाँच और सलाह smtpref के लिए लिखी गई हैं। प्रोवाइडरों द्वारा उपयोग का विवरण उन प्रोवाइडरों के सार्वजनिक व्यवहार पर आधारित है।&lt;/p&gt;&lt;p&gt;smtpref मुक्त सॉफ़्टवेयर है, जो GNU General Public License, संस्करण 3 या उसके बाद के संस्करण के अंतर्गत उपलब्ध है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>smtpref के बारे में</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>सेटिंग्स फ़ाइल पढ़ी नहीं जा सकी; डिफ़ॉल्ट मान उपयोग किए जा रहे हैं।</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>सेटिंग्स फ़ाइल क्षतिग्रस्त थी; उसे %1 के रूप में रखा गया है और डिफ़ॉल्ट मान उपयोग किए जा रहे हैं।</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>अंतर्निहित कैटलॉग में %n समस्या है; कुछ कोड गायब या गलत हो सकते हैं। विवरण टर्मिनल आउटपुट में है।</numerusform>
            <numerusform>अंतर्निहित कैटलॉग में %n समस्याएँ हैं; कुछ कोड गायब या गलत हो सकते हैं। विवरण टर्मिनल आउटपुट में है।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>पाठ की व्याख्या करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>व्याख्या</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>पते और होस्ट नाम छिपाकर पाठ कॉपी किया गया।</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>प्रारंभ पृष्ठ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>खोज संबंधी सुझाव (&amp;S)</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>कोई होम फ़ोल्डर नहीं है (HOME सेट नहीं है): सेटिंग्स सहेजी नहीं जाएँगी।</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>सेटिंग्स सहेजी नहीं जाएँगी: %1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>बाउंस या लॉग खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>बाउंस या लॉग खोलें</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>मेल संदेश और लॉग (*.eml *.msg *.mbox *.txt *.log);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 को पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 का आकार %2 MB से अधिक है, जो smtpref द्वारा पढ़ी जाने वाली अधिकतम सीमा है।</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 टेक्स्ट नहीं है: इसमें बाइनरी डेटा है।</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>फ़ाइल खोली नहीं जा सकी</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 खोली गई।</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (इस पंक्ति का %n और अक्षर नहीं दिखाया गया)</numerusform>
            <numerusform> … (इस पंक्ति के %n और अक्षर नहीं दिखाए गए)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>कोड खोजें</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>कोई कोड, कोड का आरंभिक भाग या शब्द टाइप करें; ऊपर और नीचे तीर कुंजियों से परिणामों में जाएँ।</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>सभी वर्ग</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>केवल %1 कोड</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>हर वर्ग के कोड दिखाएँ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>मूल कोड</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>एन्हांस्ड कोड</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>कोड का प्रकार</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>मेल खाने वाले कोड</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>खोज से मेल खाने वाले कोड, सबसे अच्छा मेल पहले।</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>मेल खाने वाले कोडों की संख्या</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>कोई मेल खाने वाला कोड नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%n कोड में से %1</numerusform>
            <numerusform>%n कोडों में से %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>वर्तनी जाँचें, कम शब्दों का उपयोग करें, या 550 या 5.7.1 जैसा कोई कोड टाइप करें।</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>कोई भी कोड “%1” से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>विवरण दिखाएँ</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>इससे तुलना करें…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>दिखाए गए कोड से तुलना करें</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>खोजें: 550, 5.7.1, 4.7, 5xx, शब्द या बाउंस की कोई पंक्ति</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>प्रोवाइडर कोड</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रोवाइडर</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>केवल वे कोड जो कोई मेल प्रोवाइडर परिभाषित करता है, या वे कोड जो कोई एक प्रोवाइडर भेजता है</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>फ़िल्टर चालू हैं: सभी कोड खोजने के लिए “सभी”, “सभी प्रकार” और “सभी स्रोत” चुनें।</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>खोज साफ़ करें</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>खोज फ़ील्ड से परिणामों में जाएँ</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>पीछे, आगे</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>चयनित कोड की दिखाए गए कोड से तुलना करें</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>विवरण दिखाएँ, तुलना दिखाएँ</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>पाठ बड़ा, पाठ छोटा, सामान्य आकार</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>पेस्ट किए गए बाउंस, लॉग या ट्रांसक्रिप्ट की व्याख्या करें</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>चयनित कोड खोलें, या कोई चयन न हो तो पहला</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>प्रारंभ पृष्ठ</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>कोड या तुलना को सादे पाठ के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>कोड या तुलना को Markdown के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>व्याख्या के लिए कोई बाउंस मेल या लॉग फ़ाइल खोलें</translation>
    </message>
</context>
</TS>
