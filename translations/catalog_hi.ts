<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>कनेक्शन नहीं खुल सका</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>SMTP सर्वर से कनेक्ट नहीं हो रहा</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>सॉकेट एरर 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>कोई भी RFC 101 को SMTP रिप्लाई के रूप में परिभाषित नहीं करता: SMTP सर्वर केवल 2, 3, 4 या 5 से शुरू होने वाले कोड भेज सकते हैं, और SMTP में 1xx वर्ग होता ही नहीं। लोगों को दिखने वाली यह संख्या लगभग हमेशा ऑपरेटिंग सिस्टम का त्रुटि नंबर होती है, आमतौर पर Linux errno 101, ENETUNREACH (Network is unreachable), जिसे ऐसा क्लाइंट या लाइब्रेरी दिखाती है जो TCP कनेक्शन तक नहीं खोल सकी। इसे अक्सर 421 से, या उस एन्हांस्ड कोड 4.4.1 से भ्रमित किया जाता है जिसे मेल सर्वर इसी तरह की विफलता के लिए लॉग करते हैं।</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>किसी भी SMTP संवाद से पहले, जब क्लाइंट अभी कनेक्ट करने की कोशिश कर रहा होता है। आम स्रोत हैं PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) और Postfix की लॉग पंक्तियाँ, जैसे &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;; यह बहुत बार किसी गंतव्य MX के IPv6 पते के लिए आता है, जब होस्ट पर IPv6 ठीक से काम नहीं कर रहा होता।</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>संदेश या प्राप्तकर्ता में कोई गड़बड़ी नहीं है: भेजने वाले होस्ट के पास सर्वर तक कोई नेटवर्क पथ नहीं है। प्रेषक का एडमिन (या वह व्यक्ति जो उस होस्ट को चलाता है जिस पर स्क्रिप्ट चलती है) डिफ़ॉल्ट रूट जाँचता है और, जब विफलताएँ IPv6 पतों के लिए हों, तो या तो IPv6 कनेक्टिविटी ठीक करता है या मेल सॉफ़्टवेयर से केवल IPv4 का उपयोग करवाता है (Postfix में inet_protocols = ipv4)। यह भी पक्का करें कि क्लाइंट की सेटिंग में दिया गया सर्वर नाम उसी पते पर रिज़ॉल्व होता है जिसकी आप अपेक्षा करते हैं, और किसी VPN या कंटेनर नेटवर्क में कोई रूट छूटा हुआ नहीं है। होस्ट के सर्वर तक पहुँच पाने के बाद, क्यू में पड़ा मेल अगले पुनः प्रयास पर निकल जाता है।</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>गंतव्य का AAAA रिकॉर्ड है और भेजने वाले होस्ट पर IPv6 चालू है, लेकिन कोई IPv6 डिफ़ॉल्ट रूट नहीं है, इसलिए हर IPv6 प्रयास तुरंत विफल हो जाता है।</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>भेजने वाले होस्ट के पास कोई उपयोगी डिफ़ॉल्ट रूट है ही नहीं, उदाहरण के लिए गलत गेटवे वाला कोई कंटेनर, VM या नया इंस्टॉल किया गया सर्वर।</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>भेजने वाली ओर का कोई VPN, पॉलिसी रूट या फ़ायरवॉल नियम सर्वर के नेटवर्क के लिए ट्रैफ़िक को कहीं नहीं भेजता।</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>यह संख्या किसी ब्लॉग की “SMTP त्रुटि कोड” सूची से कॉपी की गई थी; यह क्लाइंट की सॉकेट त्रुटि है, किसी मेल सर्वर का कहा हुआ कुछ नहीं।</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>क्लाइंट सर्वर के लिए जिन IPv6 और IPv4 पतों को आज़माएगा, उन्हें देखें।</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>कर्नेल से पूछें कि विफल हो रहे पते के लिए वह कौन-सा रूट इस्तेमाल करेगा; यहाँ त्रुटि आना रूटिंग समस्या की पुष्टि करता है।</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>क्लाइंट जिस पोर्ट का उपयोग करता है (25, 465 या 587), उस पर सीधा TCP कनेक्शन आज़माएँ।</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Postfix होस्ट पर हाल की “नेटवर्क पहुँच से बाहर” वाली विफलताओं की सूची बनाएँ और देखें कि क्या वे सभी IPv6 की हैं।</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>मेल सर्वर इसे अस्थायी विफलता मानता है: संदेश क्यू में रहता है और बैकऑफ़ के साथ उसका पुनः प्रयास किया जाता है। स्क्रिप्ट या एप्लिकेशन को कुछ देर बाद पुनः प्रयास करना चाहिए या अपने उपयोगकर्ता को विफलता की सूचना देनी चाहिए; रूट ठीक होने तक प्रयास दोहराने से कोई फ़ायदा नहीं होगा।</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>कनेक्शन अस्वीकृत</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>SMTP सर्वर से कनेक्ट नहीं हो रहा</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>कोई भी RFC 111 को SMTP रिप्लाई के रूप में परिभाषित नहीं करता; मेल सर्वर इसे कभी भेज ही नहीं सकता, क्योंकि SMTP रिप्लाई 2, 3, 4 या 5 से शुरू होते हैं। यह संख्या Linux errno 111, ECONNREFUSED है: क्लाइंट के कनेक्शन प्रयास को TCP रीसेट या ICMP port-unreachable द्वारा सक्रिय रूप से ठुकरा दिया गया, क्योंकि उस पोर्ट पर कुछ भी सुन (listen) नहीं रहा या कोई फ़ायरवॉल उसे अस्वीकार करता है। इसे अक्सर 421 या 554 से भ्रमित किया जाता है, जो ऐसे सर्वर से आते हैं जिसने जवाब दिया था, और यह उस 4.4.1 से मेल खाता है जिसे मेल सर्वर विफल कनेक्शनों के लिए लॉग करते हैं।</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>कनेक्शन के समय, किसी भी ग्रीटिंग से पहले। यह Python में &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot;, PHPMailer में &quot;Connection refused (111)&quot; और Postfix लॉग में dsn=4.4.1 और status=deferred के साथ &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; के रूप में दिखता है। Windows सॉफ़्टवेयर इसी स्थिति को सॉकेट त्रुटि 10061 के रूप में दिखाता है।</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>पहले पता करें कि इनकार किस छोर से हो रहा है। अगर सर्वर आप चलाते हैं, तो पक्का करें कि मेल सेवा चल रही है, सार्वजनिक पते और सही पोर्ट पर सुन रही है (केवल 127.0.0.1 पर नहीं), और होस्ट फ़ायरवॉल उसे अनुमति देता है। अगर आप प्रेषक हैं, तो जाँचें कि एप्लिकेशन सही होस्ट और पोर्ट का उपयोग करता है (सबमिशन के लिए 587 या 465, सर्वरों के बीच 25) और कोई लोकल या प्रोवाइडर फ़ायरवॉल आउटगोइंग SMTP को अस्वीकार नहीं करता। जो मेल पहले से किसी MTA की क्यू में है, वह पोर्ट के कनेक्शन स्वीकार करने लगने के बाद किसी अगले पुनः प्रयास में डिलीवर हो जाता है।</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>सर्वर पर मेल सेवा बंद है या क्रैश हो गई है, इसलिए पोर्ट 25, 465 या 587 पर कुछ भी नहीं सुन रहा।</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA केवल लूपबैक इंटरफ़ेस से बँधा है (उदाहरण के लिए inet_interfaces = loopback-only वाला Postfix) और क्लाइंट नेटवर्क के ज़रिए कनेक्ट करता है।</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>एप्लिकेशन गलत होस्ट या पोर्ट की ओर इशारा करता है, उदाहरण के लिए ऐसे सर्वर पर 465 जो केवल 587 देता है, या कोई रिटायर हो चुका सर्वर नाम।</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>सर्वर के आगे लगा कोई फ़ायरवॉल पोर्ट को चुपचाप ड्रॉप करने के बजाय रीसेट भेजकर अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>क्लाइंट के नेटवर्क से जाँचें कि पोर्ट TCP कनेक्शन स्वीकार करता है या नहीं।</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>सर्वर पर सुन रहे SMTP सॉकेट और वे जिन पतों से बँधे हैं, उनकी सूची बनाएँ।</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Postfix सर्वर पर देखें कि वह किन इंटरफ़ेस और प्रोटोकॉल से बँधता है।</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>भेजने वाले MTA पर हाल में अस्वीकृत कनेक्शनों की सूची बनाएँ, ताकि पता चले कि कौन-से गंतव्य प्रभावित हैं।</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>इसे अस्थायी मानें: MTA संदेश को क्यू में रखता है और बैकऑफ़ के साथ तब तक पुनः प्रयास करता है जब तक उसकी क्यू अवधि समाप्त न हो जाए (Postfix में डिफ़ॉल्ट रूप से पाँच दिन)। एप्लिकेशन को पुनः प्रयास से पहले रुकना चाहिए और किसी को अलर्ट करना चाहिए, क्योंकि जब तक लिसनर या फ़ायरवॉल ठीक नहीं होता, इनकार दोहराया जाता रहेगा।</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>गैर-मानक सफलता रिप्लाई</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 कोई मान्य SMTP रिप्लाई नहीं है और कभी था भी नहीं: RFC 821 में कोई 200 परिभाषित नहीं था, और NOOP तथा RSET जैसे कमांड 250 के साथ सफल होते हैं। इसे कैटलॉग में केवल इसलिए रखा गया है क्योंकि 1983 के SMTP सर्वर सर्वेक्षण RFC 876 में पाया गया था कि कुछ शुरुआती सर्वर जहाँ 250 चाहिए था, वहाँ गलती से 200 भेजते थे।</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>आज के मेल में व्यावहारिक रूप से कभी नहीं। ऐतिहासिक रूप से यह 1980 के दशक की शुरुआत के कुछ सर्वरों से NOOP या RSET के जवाब में आता था। अगर आज कोई 200 की शिकायत करता है, तो यह आमतौर पर हाथ से लिखे या मॉक SMTP सर्वर से आता है, या यह किसी वेब-आधारित सेंडिंग API का HTTP 200 स्टेटस होता है जो SMTP कोड के साथ किसी लॉग में पहुँच गया।</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>संदेश में ठीक करने को कुछ नहीं है। जो सर्वर सच में किसी SMTP कमांड का जवाब 200 से देता है, उसके डेवलपर को उसे सुधारकर 250 भिजवाना चाहिए। RFC 5321 का पालन करने वाला क्लाइंट किसी अज्ञात कोड का केवल पहला अंक पढ़ता है, इसलिए वह 200 को सफलता मानता है; केवल उस क्लाइंट को, जो इस पर सत्र रोक देता है, अपने सॉफ़्टवेयर मेंटेनर से सुधार की ज़रूरत है। अगर 200 किसी HTTP ईमेल API से आया है, तो SMTP अर्थ खोजने के बजाय उस सेवा के डिलीवरी इवेंट पढ़ें।</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>बहुत पुराना या घर में बना SMTP सर्वर, जो NOOP, RSET या दूसरे सफल कमांड के लिए 250 के बजाय 200 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>किसी HTTP ईमेल API ने 200 OK लौटाया और उस स्टेटस को ऐसे पढ़ा गया मानो वह SMTP रिप्लाई हो।</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>कोई टेस्ट हार्नेस या मॉक SMTP सर्वर, जो किसी संदर्भ सूची से चुने गए कोड लौटाता है।</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>सर्वर से हाथ से बात करें और नोट करें कि कौन-सा कमांड 200 देता है।</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>जाँचें कि 200 किसी SMTP सत्र से आया भी है या नहीं: Postfix लॉग में 200 से शुरू होने वाले रिमोट रिप्लाई खोजें; स्वीकार किए गए संदेश में रिप्लाई status=sent (...) के अंदर दिखता है, और अनपेक्षित रिप्लाई &quot;said:&quot; के बाद।</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: RFC 5321 का पालन करने वाला क्लाइंट आगे के 2 को सफलता मानकर आगे बढ़ता है। दोबारा तभी भेजें जब किसी सख्त क्लाइंट ने सत्र बीच में रोक दिया हो, और वह भी क्लाइंट या सर्वर के सुधर जाने के बाद।</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>सिस्टम स्टेटस, या सिस्टम हेल्प रिप्लाई</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 एक सफलता रिप्लाई है जिसमें सर्वर के बारे में स्टेटस या सहायता जानकारी होती है। RFC 5321 इसे 214 के साथ HELP के मान्य जवाब के रूप में सूचीबद्ध करता है, लेकिन व्यवहार में यह दुर्लभ है क्योंकि ज़्यादातर सर्वर सहायता पाठ के लिए 214 का उपयोग करते हैं। यह किसी खास संदेश के बारे में कभी कुछ नहीं कहता।</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>केवल तब, जब कोई मैनुअल सत्र या स्कैन के दौरान HELP भेजता है, या कोई ऐसा निजी स्टेटस कमांड जो कुछ सर्वर लागू करते हैं; उदाहरण के लिए nmap की smtp-commands स्क्रिप्ट यह जानने के लिए कि सर्वर क्या सपोर्ट करता है, EHLO और HELP भेजती है। यह सामान्य डिलीवरी, बाउंस या क्यू लॉग में नहीं दिखता।</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: यह जानकारी देने वाला सफलता रिप्लाई है। ध्यान तभी दें जब कोई क्लाइंट इसे त्रुटि मानता हो, जो उस क्लाइंट सॉफ़्टवेयर का बग है, या जब सर्वर का एडमिन यह सीमित करना चाहे कि सर्वर अजनबियों को अपने बारे में क्या बताता है।</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>सर्वर को हाथ से टेस्ट कर रहे किसी व्यक्ति ने HELP टाइप किया और यह इम्प्लीमेंटेशन 214 के बजाय 211 से जवाब देता है।</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>किसी स्कैनर या इन्वेंटरी टूल ने सर्वर की पहचान (फ़िंगरप्रिंट) करने और उसके कमांड की सूची पाने के लिए HELP भेजा।</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>सर्वर एक गैर-मानक स्टेटस कमांड देता है और उसके आउटपुट को 211 लेबल करता है।</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>खुद HELP भेजें और कोड की तुलना ज़्यादा आम 214 से करें।</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>सर्वर अपने जिन कमांड और एक्सटेंशन की जानकारी देता है, उनकी सूची बनाएँ।</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: HELP का किसी मेल ट्रांज़ैक्शन पर कोई असर नहीं होता, इसलिए क्लाइंट बस अपने अगले कमांड पर बढ़ जाता है।</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>सहायता संदेश (मानव उपयोगकर्ता के लिए)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214, HELP का सामान्य सफलता रिप्लाई है: इसके बाद का पाठ सत्र पढ़ने वाले व्यक्ति के लिए होता है, जैसे सपोर्ट किए गए कमांड की सूची या किसी गैर-मानक कमांड पर टिप्पणियाँ। प्रोग्राम को इसे पार्स नहीं करना चाहिए, और यह इस बारे में कुछ नहीं बताता कि मेल स्वीकार होगा या नहीं।</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>इंटरैक्टिव या स्क्रिप्ट वाले सत्रों में HELP के बाद, आमतौर पर मल्टी-लाइन रिप्लाई के रूप में। Exim &quot;214-Commands supported:&quot; और कमांड सूची के साथ जवाब देता है, Sendmail सहायता पाठ की कई &quot;214-2.0.0&quot; पंक्तियों के साथ। Postfix में HELP लागू नहीं है और वह इसके बजाय 502 लौटाता है, इसलिए वहाँ 502 कोई खराबी नहीं है।</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: HELP ने काम किया। 214 रिप्लाई की कमांड सूची अधूरी या पुरानी हो सकती है, इसलिए कौन-से एक्सटेंशन (STARTTLS, AUTH, SIZE, PIPELINING) सच में उपलब्ध हैं, यह जानने के लिए EHLO रिप्लाई पर भरोसा करें। जो सर्वर एडमिन सॉफ़्टवेयर का विवरण उजागर नहीं करना चाहता, वह सहायता पाठ छोटा कर सकता है।</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>किसी एडमिन या सपोर्ट इंजीनियर ने telnet या openssl टेस्ट सत्र के दौरान HELP टाइप किया।</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>किसी मॉनिटरिंग या सुरक्षा स्कैनिंग टूल ने सपोर्ट किए गए कमांड इकट्ठा करने के लिए HELP भेजा।</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>किसी क्लाइंट ने किसी एक कमांड पर सहायता पाने के लिए HELP के साथ उस कमांड का नाम आर्ग्युमेंट के रूप में भेजा।</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>HELP पाठ की तुलना EHLO रिप्लाई में घोषित एक्सटेंशन से करें, क्योंकि क्लाइंट असल में उसी के आधार पर काम करते हैं।</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>हाथ से एक सत्र खोलें और HELP भेजें, चाहें तो उसके बाद किसी कमांड का नाम दें।</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं; HELP मेल ट्रांज़ैक्शन से बाहर है, इसलिए क्लाइंट योजना के अनुसार EHLO, MAIL FROM या QUIT के साथ आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; सेवा तैयार है</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 सर्वर की ग्रीटिंग है: TCP कनेक्शन खुला है और SMTP सेवा EHLO के लिए तैयार है। कोड के बाद का पहला शब्द सर्वर का होस्ट नाम होना चाहिए। यही कोड STARTTLS का भी जवाब होता है (कई सर्वरों पर &quot;220 2.0.0 Ready to start TLS&quot;), यह बताने के लिए कि क्लाइंट अब TLS हैंडशेक शुरू कर सकता है।</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>हर सफल कनेक्शन की पहली पंक्ति के रूप में, क्लाइंट के कुछ कहने से पहले, और फिर STARTTLS के रिप्लाई के रूप में। आम बैनर: &quot;ESMTP Postfix&quot;, Microsoft का &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail का &quot;- gsmtp&quot; पर खत्म होने वाला बैनर। &quot;220-&quot; से शुरू होने वाली ग्रीटिंग कई पंक्तियों में फैली होती है; Postfix postscreen ऐसी अधूरी ग्रीटिंग जानबूझकर भेजता है, ताकि अपनी बारी से पहले बोलने वाले स्पैम बॉट पकड़े जा सकें।</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: सर्वर चालू है और सत्र स्वीकार कर रहा है। ध्यान तब दें जब ग्रीटिंग आने में कई सेकंड लगें (सर्वर पर धीमा रिवर्स DNS, या जानबूझकर रखी गई ग्रीटिंग देरी), जब उसमें कोई अनपेक्षित होस्ट हो (हो सकता है आप किसी लोड बैलेंसर, पोर्ट-25 इंटरसेप्टर या गलत IP तक पहुँच रहे हों), या जब बैनर की जगह तारांकनों (*) की एक पंक्ति दिखे, जो ESMTP इंस्पेक्शन कर रहे Cisco ASA या PIX का संकेत है और जो STARTTLS को भी छिपा सकता है। अगर STARTTLS के 220 के ठीक बाद TLS हैंडशेक विफल होता है, तो सर्वर के एडमिन को सर्टिफ़िकेट या TLS प्रोटोकॉल सेटिंग ठीक करनी होगी।</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>किसी काम कर रहे SMTP सर्वर से सामान्य कनेक्शन; ग्रीटिंग ही अपेक्षित पहला रिप्लाई है।</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>क्लाइंट ने STARTTLS भेजा और सर्वर TLS नेगोशिएट करने को तैयार हो गया।</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>postscreen या इसी तरह के प्री-ग्रीटिंग टेस्ट से आई मल्टी-लाइन ग्रीटिंग, जिसका सही क्लाइंट बस इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>किसी फ़ायरवॉल या इंटरसेप्शन डिवाइस ने बैनर बदल दिया, इसलिए ग्रीटिंग में असली सर्वर का नाम नहीं दिखता।</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>कनेक्ट करें और ग्रीटिंग पढ़ें, यह नोट करते हुए कि उसे आने में कितना समय लगता है।</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>STARTTLS टेस्ट करें और देखें कि सर्वर अपने 220 रिप्लाई के बाद कौन-सा सर्टिफ़िकेट दिखाता है।</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>सर्वर के IP पते का रिवर्स DNS ग्रीटिंग में दिए नाम से मिलाकर देखें।</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: EHLO के साथ आगे बढ़ें, या STARTTLS के 220 के बाद TLS हैंडशेक शुरू करें और फिर EHLO दोबारा भेजें। अगर RFC 5321 द्वारा अनुमत पाँच मिनट के भीतर कोई ग्रीटिंग न आए, तो यह कनेक्शन छोड़ दें और अगला MX आज़माएँ या बाद में पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; सेवा ट्रांसमिशन चैनल बंद कर रही है</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221, QUIT पर सर्वर का जवाब है: सत्र समाप्त हो गया है और सर्वर TCP कनेक्शन बंद करने वाला है। यह केवल विदाई की सफलता है और सत्र में पहले भेजे गए किसी भी संदेश के बारे में कोई फ़ैसला नहीं देता।</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>सत्र के बिल्कुल अंत में, क्लाइंट के QUIT भेजने के बाद। Postfix &quot;221 2.0.0 Bye&quot; लौटाता है, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;। यह अक्सर किसी ट्रांसक्रिप्ट के सबसे नीचे होता है जबकि त्रुटि ऊपर कहीं होती है, इसीलिए इसे गलती से दोष दिया जाता है।</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं। डीबग करते समय ऊपर स्क्रॉल करें: संदेश का नतीजा वह रिप्लाई है जो DATA के बाद अंतिम डॉट के ठीक बाद आया (250 यानी स्वीकार, 4xx या 5xx यानी नहीं)। जाँच तभी करें जब सर्वर बिना किसी 221 के कनेक्शन बंद कर दे, या QUIT के अलावा किसी और चीज़ के जवाब में 221 भेजे; यह टाइमआउट, क्रैश या सत्र काट रहे किसी मिडलबॉक्स की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>क्लाइंट ने अपना काम पूरा करके QUIT भेजा, जो हर सत्र का सामान्य अंत है।</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>क्लाइंट को पहले ही अस्वीकृति मिल चुकी थी, उदाहरण के लिए RCPT TO पर 550, और उसने शालीनता से QUIT के साथ सत्र बंद किया।</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>किसी टेस्ट टूल या मॉनिटरिंग प्रोब ने कनेक्ट किया, ग्रीटिंग या EHLO रिप्लाई जाँचा और बाहर निकल गया।</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>उसी ट्रांसक्रिप्ट में असली नतीजा खोजें: डेटा के अंत वाले डॉट के ठीक बाद का रिप्लाई, या MAIL FROM या RCPT TO पर हुई अस्वीकृति।</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Postfix सर्वर पर disconnect पंक्तियाँ पढ़ें: उनमें हर कमांड और उसकी सफलताएँ गिनी होती हैं (उदाहरण के लिए data=1 quit=1), और quit का न होना बताता है कि क्लाइंट ने कनेक्शन तोड़ दिया।</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: सत्र सामान्य रूप से समाप्त हुआ। जिन संदेशों के डेटा-अंत पर 250 रिप्लाई मिला, वे सौंपे जा चुके हैं; जिन्हें पहले 4xx रिप्लाई मिले, वे अपने-अपने पुनः प्रयास के लिए प्रेषक की क्यू में रहते हैं।</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>ऑथेंटिकेशन सफल</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 का अर्थ है कि AUTH आदान-प्रदान सफल रहा: सर्वर ने यूज़रनेम और पासवर्ड, या टोकन, स्वीकार कर लिया और क्लाइंट इस सत्र के बाकी हिस्से के लिए ऑथेंटिकेटेड है। इसके साथ आमतौर पर एन्हांस्ड कोड 2.7.0 होता है। केवल ऑथेंटिकेशन से किसी भी पते के नाम से भेजने की अनुमति नहीं मिल जाती; उसके बाद भी सर्वर प्रेषक या प्राप्तकर्ताओं को अस्वीकार कर सकता है।</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>पोर्ट 587 या 465 पर सबमिशन के दौरान, आमतौर पर STARTTLS के बाद, AUTH PLAIN, AUTH LOGIN, XOAUTH2 या कोई अन्य SASL मैकेनिज़्म पूरा होते ही। मेल क्लाइंट, प्रिंटर और स्कैनर, वेब एप्लिकेशन और स्मार्टहोस्ट के ज़रिए रिले करने वाले MTA, सभी इसे देखते हैं; Postfix &quot;235 2.7.0 Authentication successful&quot; भेजता है।</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>लॉगिन के लिए ठीक करने को कुछ नहीं। अगर 235 के बाद भी मेल विफल हो, तो अगला रिप्लाई पढ़ें: MAIL FROM पर 553 या 550 का आमतौर पर अर्थ है कि अकाउंट उस पते से नहीं भेज सकता (उदाहरण के लिए Postfix का reject_sender_login_mismatch), और बाद में आने वाली 5.7.x त्रुटियाँ नीति की ओर इशारा करती हैं। सर्वर एडमिन को अनजान IP पतों या देशों से आए 235 पर भी नज़र रखनी चाहिए, क्योंकि चोरी किए गए पासवर्ड से हुए सफल लॉगिन से ही हैक हुए अकाउंट से भेजे जाने वाले कई स्पैम अभियान शुरू होते हैं।</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>क्लाइंट ने सर्वर द्वारा दिए गए किसी मैकेनिज़्म से, ऐसे कनेक्शन पर जिसे सर्वर पर्याप्त सुरक्षित मानता है, सही क्रेडेंशियल भेजे।</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>किसी ऐसे अकाउंट पर ऐप पासवर्ड या OAuth टोकन स्वीकार हुआ जिसे सामान्य पासवर्ड के बजाय इनमें से कोई एक चाहिए।</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>हैक हुए किसी अकाउंट का इस्तेमाल कोई स्पैमर कर रहा है; ऐसा लॉगिन बिल्कुल वैध लॉगिन जैसा दिखता है।</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>क्रेडेंशियल की समस्या को क्लाइंट कॉन्फ़िगरेशन की समस्या से अलग करने के लिए swaks से लॉगिन दोबारा करके देखें (यह पासवर्ड माँगता है)।</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Postfix सर्वर पर देखें कि कौन-से अकाउंट किन क्लाइंट पतों से लॉग इन हुए।</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>अगर 235 के बाद प्रेषक की अस्वीकृति आती है, तो जाँचें कि सर्वर लॉगिन नामों को प्रेषक पतों से कैसे जोड़ता है।</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं; MAIL FROM के साथ आगे बढ़ें। उसी सत्र में AUTH दोबारा न भेजें: सफल AUTH के बाद RFC 4954 के अनुसार सर्वर को दूसरा AUTH 503 के साथ अस्वीकार करना होता है।</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>अनुरोधित मेल कार्रवाई ठीक रही, पूरी हुई</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>भेजा गया पर मिला नहीं</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 सामान्य सफलता रिप्लाई है: कमांड सफल रहा। यह EHLO (एक्सटेंशन की सूची के साथ), MAIL FROM, हर स्वीकार किए गए RCPT TO, RSET, NOOP और सबसे महत्वपूर्ण, संदेश डेटा के अंत का जवाब होता है, जहाँ इसका अर्थ है कि प्राप्त करने वाले सर्वर ने संदेश को डिलीवर करने या बाउंस लौटाने की ज़िम्मेदारी ले ली है। यह इनबॉक्स का वादा नहीं करता: प्राप्त करने वाला पक्ष तब भी संदेश को स्पैम में डाल सकता है या बाद में विफल होकर बाउंस भेज सकता है।</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>पूरे सामान्य सत्र में। “क्या मेरा मेल निकल गया?” का जवाब देने वाला रिप्लाई अंतिम डॉट के बाद का 250 है, जिसे MTA प्राप्त करने वाले पक्ष के पाठ के साथ लॉग करते हैं, उदाहरण के लिए Postfix में &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;, जब अगला हॉप भी Postfix हो। ETRN (RFC 1985) और ATRN (RFC 2645) भी 250 से बताते हैं कि क्यू प्रोसेसिंग या उलटा कनेक्शन शुरू हो गया है।</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: प्राप्त करने वाले सर्वर ने कमांड या संदेश स्वीकार कर लिया। अगर प्राप्तकर्ता कहे कि मेल कभी नहीं पहुँचा, तो उन्हें समय, प्रेषक पता और क्यू ID या वह पाठ दें जो आपके लॉग में 250 के बाद आया; फिर प्राप्तकर्ता का एडमिन अपने लॉग, क्वारंटीन और स्पैम फ़ोल्डर में खोजता है, क्योंकि इस बिंदु से संदेश उनके सर्वर की ज़िम्मेदारी है।</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>कमांड मान्य और अनुमत था, इसलिए सर्वर ने उसे पूरा किया।</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>डेटा के अंत पर संदेश प्राप्त करने वाले पक्ष की जाँचों में पास हुआ और डिलीवरी के लिए क्यू में डाल दिया गया।</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>प्राप्त करने वाला पक्ष पहले स्वीकार करता है और बाद में फ़िल्टर करता है (क्यू के बाद चलने वाला कंटेंट फ़िल्टर, या कोई प्रोवाइडर जो चुपचाप क्वारंटीन कर देता है), इसलिए उसने ऐसे संदेश के लिए 250 दिया जो इनबॉक्स तक नहीं पहुँचेगा।</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>भेजने वाले Postfix के लॉग में प्राप्तकर्ता की स्वीकृति वाली पंक्ति खोजें, उस पाठ के साथ जो प्राप्त करने वाले पक्ष ने लौटाया।</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Exim प्रेषक सर्वर पर प्राप्तकर्ता की डिलीवरी से जुड़ी हर लॉग पंक्ति इकट्ठा करें।</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>प्राप्तकर्ता के एडमिन से कहें कि वह 250 रिप्लाई में मिली क्यू ID या Message-ID से अपनी ओर संदेश को ट्रेस करे (Microsoft 365 में message trace, Google Workspace में Email Log Search)।</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: डेटा के अंत पर 250 के बाद भेजने वाला MTA उस प्राप्तकर्ता को पूरा मान लेता है और अपनी कॉपी हटा देता है। दोबारा भेजने से केवल डुप्लिकेट बनेगा; इसके बजाय प्राप्त करने वाली ओर जाँच करें।</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail ने संदेश स्वीकार कर लिया; टाइमस्टैम्प और ID उसे Google के लॉग में पहचानते हैं। स्वीकृति से यह पता नहीं चलता कि Gmail उसे इनबॉक्स में रखेगा या स्पैम में।</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange और Exchange Online डेटा के अंत का जवाब 2.6.0, संदेश की Message-ID और एक आंतरिक ID के साथ देते हैं; प्राप्तकर्ता का एडमिन message trace में इसी Message-ID को खोजता है।</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>उपयोगकर्ता लोकल नहीं है; &lt;forward-path&gt; पर फ़ॉरवर्ड किया जाएगा</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 किसी प्राप्तकर्ता को स्वीकार करता है और साथ ही क्लाइंट को बताता है कि मेलबॉक्स इस सर्वर पर नहीं है और संदेश रिप्लाई के पाठ में दिए पते पर फ़ॉरवर्ड किया जाएगा। यह सफलता है: मेल डिलीवर होगा। RFC 5321 सर्वरों को इसके बजाय 250 के साथ चुपचाप फ़ॉरवर्ड करने देता है, और ज़्यादातर यही करते हैं, इसलिए 251 दुर्लभ है। ETRN एक्सटेंशन (RFC 1985) में इसी संख्या का अर्थ है &quot;OK, no messages waiting for node &lt;x&gt;&quot;।</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>RCPT TO या VRFY के रिप्लाई के रूप में, उन सर्वरों से जिन्हें फ़ॉरवर्डिंग की घोषणा करने के लिए कॉन्फ़िगर किया गया है, आमतौर पर पुराने या विशेष सिस्टम, जब कोई उपयोगकर्ता नए पते पर चला गया हो; Postfix, Exim और Exchange चुपचाप फ़ॉरवर्ड करते हैं और 250 लौटाते हैं। यह ETRN के जवाब में भी आता है जब सर्वर के पास अनुरोधित डोमेन के लिए कुछ नहीं होता, उदाहरण के लिए जब ETRN मोड में fetchmail किसी बैकअप MX को पोल करता है।</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं; प्राप्तकर्ता को संदेश मिल जाएगा। प्रेषक चाहें तो एड्रेस बुक में रिप्लाई पाठ में दिया नया पता डाल सकते हैं, लेकिन RFC 5321 चेतावनी देता है कि क्लाइंट ऐसा अपने आप तभी करें जब वे सर्वर पर भरोसा करते हों, और क्लाइंट सॉफ़्टवेयर के लिए इस पर अमल करना ज़रूरी नहीं है। ETRN 251 के बाद उस डोमेन के लिए लाने को बस कोई क्यू में पड़ा मेल नहीं है।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>प्राप्तकर्ता का मेलबॉक्स कहीं और चला गया है और सर्वर को फ़ॉरवर्डिंग पता बताने के लिए कॉन्फ़िगर किया गया है।</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>ETRN अनुरोध में ऐसा डोमेन दिया गया जिसके लिए सर्वर के पास क्यू में कोई संदेश नहीं है।</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>कोई पुराना सर्वर अब भी RFC 821 शैली की फ़ॉरवर्डिंग सूचना का उपयोग करता है, जिसे ज़्यादातर आधुनिक MTA ने निजता के कारणों से छोड़ दिया।</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>रिप्लाई पाठ में forward-path पढ़ें और सहेजे गए पते बदलने से पहले प्राप्तकर्ता से नए पते की पुष्टि करें।</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN के लिए देखें कि क्यू रखने वाले सर्वर के पास उस डोमेन के लिए असल में क्या है।</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN हाथ से दोहराएँ (पहले EHLO, फिर ETRN example.com) और रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: प्राप्तकर्ता स्वीकार हो गया है और संवाद और RCPT TO या DATA के साथ जारी रहता है। ETRN 251 के बाद, ETRN तुरंत दोहराने के बजाय अगले तय समय पर फिर पोल करें।</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>उपयोगकर्ता को VRFY नहीं कर सकता, लेकिन संदेश स्वीकार करेगा और डिलीवरी का प्रयास करेगा</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252, VRFY का जवाब पते की न पुष्टि करते हुए, न खंडन करते हुए देता है: सर्वर यह नहीं बताना चाहता या नहीं बता सकता कि मेलबॉक्स मौजूद है या नहीं, लेकिन उसके लिए मेल स्वीकार करके डिलीवर करने का प्रयास करेगा। RFC 5321 सुरक्षा के लिए VRFY बंद करने वाले सर्वरों से 252 लौटाने को कहता है, इसलिए आज इंटरनेट पर VRFY का सामान्य रिप्लाई यही है। ETRN (RFC 1985) में 252 का अर्थ है &quot;OK, pending messages for node &lt;x&gt; started&quot;।</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>VRFY के बाद, ज़्यादातर पते इकट्ठा करने वालों, लिस्ट-क्लीनिंग सेवाओं और स्कैनरों से, कभी-कभी हाथ से टेस्ट कर रहे किसी एडमिन से। qmail हमेशा &quot;252 send some mail, i&apos;ll try my best&quot; लौटाता है, Gmail वही शब्द 2.1.5 के साथ इस्तेमाल करता है, और बिना VRFY ACL वाला Exim &quot;252 Administrative prohibition&quot; लौटाता है।</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: 252 का अर्थ है कि सर्वर शालीनता से पुष्टि करने से मना कर रहा है, इसलिए इसे इस बात का सबूत न मानें कि पता मौजूद है। किसी पते के लिए मेल स्वीकार होता है या नहीं, यह केवल असली ट्रांज़ैक्शन के RCPT TO रिप्लाई से पता चलता है। VRFY चालू करना प्राप्तकर्ता के एडमिन का निर्णय है, और उसे बंद रखना सामान्य है तथा इसकी सलाह दी जाती है।</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>पते इकट्ठा करने (address harvesting) से रोकने के लिए सर्वर पर VRFY बंद है, इसलिए वह तटस्थ 252 देता है।</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>सर्वर एक MX या रिले है जो डोमेन के लिए मेल स्वीकार करता है, लेकिन अंतिम सर्वर पर मेलबॉक्स की जाँच नहीं कर सकता।</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>क्यू में पड़े मेल वाले किसी डोमेन के लिए ETRN अनुरोध स्वीकार हुआ और लंबित संदेशों की डिलीवरी शुरू हो गई है।</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>उसी पते को RCPT TO से जाँचें, क्योंकि डिलीवरी के लिए वही मायने रखता है, और DATA से पहले रुक जाएँ।</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>अपने Postfix सर्वर पर देखें कि VRFY बंद है या नहीं (तब Postfix 252 के बजाय 502 लौटाता है)।</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: VRFY दोहराने पर वही 252 मिलेगा। असली मेल ट्रांज़ैक्शन या QUIT के साथ आगे बढ़ें।</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail कभी भी VRFY के ज़रिए पतों की पुष्टि नहीं करता: मेलबॉक्स मौजूद हो या न हो, वह qmail के शब्दों से लिया गया यही तटस्थ जवाब देता है।</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, नोड &lt;x&gt; के लिए &lt;n&gt; लंबित संदेशों की डिलीवरी शुरू</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253, ETRN (RFC 1985) का सफलता रिप्लाई है: सर्वर ने नामित डोमेन या होस्ट के लिए रोके गए संदेशों की डिलीवरी शुरू कर दी है और बताता है कि वे कितने हैं। यह केवल ETRN एक्सटेंशन में मौजूद है, जिससे रुक-रुककर जुड़ने वाली कोई साइट अपने बैकअप MX या प्रोवाइडर के मेल सर्वर से अपनी ओर क्यू खाली (flush) करने को कह सकती है।</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>केवल ETRN कमांड के बाद, जिसे आमतौर पर ETRN मोड में fetchmail भेजता है, या किसी छोटे ऑफ़िस का मेल सर्वर अपना लिंक चालू होने पर, या हाथ से टेस्ट कर रहा कोई एडमिन। सर्वर ETRN का जवाब इसके बजाय सादे 250 या 252 से भी दे सकते हैं, और कई ऐसा करते हैं (उदाहरण के लिए Postfix 250 कहता है), इसलिए 253 कम ही दिखता है।</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं: क्यू रन शुरू हो गया है। रोके गए संदेश क्लाइंट के अपने सर्वर पर नए इनबाउंड SMTP कनेक्शनों से आते हैं, इसलिए अगर वे न दिखें, तो क्लाइंट का एडमिन जाँचता है कि क्यू रखने वाले सर्वर से यह सर्वर पोर्ट 25 पर पहुँच में है और इसके MX रिकॉर्ड और फ़ायरवॉल सही हैं।</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>क्लाइंट साइट ऑनलाइन आई और उसने अपने डोमेन के लिए उस सर्वर को ETRN भेजा जो उसका मेल क्यू में रखता है।</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail या कोई शेड्यूल किया गया जॉब डायल-अप या डायनेमिक कनेक्शन वाले किसी मेल सर्वर की ओर से नियमित रूप से ETRN भेजता है।</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>253 के बाद, आने वाली डिलीवरी के लिए अपने सर्वर का लॉग देखते रहें।</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>मेल रोककर रखने वाले Postfix रिले पर, ज़रूरत हो तो उस डोमेन के deferred संदेशों को हाथ से फ़्लश करें।</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Exim रिले पर, उस डोमेन को भेजे गए संदेशों के लिए क्यू रन शुरू करें।</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: फ़्लश चल रहा है। ETRN दोबारा केवल अगले कनेक्शन या तय पोल पर भेजें, डिलीवरी चलते समय लूप में नहीं।</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>सर्वर चैलेंज (आगे base64 पाठ है)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334, AUTH आदान-प्रदान के भीतर का मध्यवर्ती रिप्लाई है: सर्वर ऑथेंटिकेशन डेटा का अगला हिस्सा चाहता है, और कोड के बाद का पाठ base64 में एन्कोड किया गया चैलेंज है, जो खाली भी हो सकता है। क्लाइंट एक base64 पंक्ति से जवाब देता है, या रद्द करने के लिए केवल एक तारांकन (*) भेजता है, और आदान-प्रदान सफल होने पर 235 पर या 535 जैसी त्रुटि पर खत्म होता है।</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>सबमिशन के दौरान क्लाइंट के AUTH भेजते ही। AUTH LOGIN में सर्वर &quot;334 VXNlcm5hbWU6&quot; और &quot;334 UGFzc3dvcmQ6&quot; भेजते हैं, जो डिकोड होकर &quot;Username:&quot; और &quot;Password:&quot; बनते हैं; बिना प्रारंभिक जवाब के भेजे गए AUTH PLAIN में चैलेंज खाली होता है। XOAUTH2 में, OAuth टोकन अस्वीकार होने पर Gmail ऐसा 334 भेजता है जिसका base64 पाठ एक JSON त्रुटि होता है।</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>अपने आप में कुछ गलत नहीं है; क्लाइंट सॉफ़्टवेयर को चैलेंज का जवाब देना होता है। अगर 334 के बाद सत्र अटक जाए या विफल हो, तो क्लाइंट गलत चीज़ भेज रहा है (बिना एन्कोड किया पाठ, गलत मैकेनिज़्म, या एक्सपायर हो चुका टोकन)। सर्वर क्या चाहता है, यह देखने के लिए चैलेंज डिकोड करें; XOAUTH2 की JSON त्रुटि के लिए प्रेषक को OAuth टोकन रीफ़्रेश करना होगा या मेल स्कोप की अनुमति देनी होगी, फिर दोबारा कोशिश करनी होगी।</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>क्लाइंट ने AUTH LOGIN शुरू किया, जो हमेशा दो 334 चरणों में यूज़रनेम और पासवर्ड माँगता है।</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>क्लाइंट ने AUTH PLAIN या कोई और मैकेनिज़्म बिना प्रारंभिक जवाब के भेजा, इसलिए सर्वर खाली चैलेंज भेजता है।</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>CRAM-MD5 जैसा कोई चैलेंज-रिस्पॉन्स मैकेनिज़्म एक base64 nonce भेजता है, जिसका जवाब क्लाइंट को की वाले डाइजेस्ट से देना होता है।</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>कोई XOAUTH2 टोकन एक्सपायर या रद्द हो गया था, या उसमें मेल स्कोप नहीं था, और सर्वर अंतिम विफलता से पहले इसे base64 JSON चैलेंज के रूप में बताता है।</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>सर्वर क्या माँग रहा है, यह देखने के लिए चैलेंज पाठ डिकोड करें।</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>टेस्ट अकाउंट से मैनुअल टेस्ट के लिए AUTH PLAIN स्ट्रिंग बनाएँ; यह केवल एन्कोड होती है, एन्क्रिप्ट नहीं, इसलिए इसका उपयोग केवल TLS पर करें।</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>पूरा AUTH आदान-प्रदान swaks के साथ TLS पर चलाएँ और ट्रांसक्रिप्ट में हर 334 चरण पढ़ें।</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>संवाद जारी रखें: अगली base64 जवाब पंक्ति भेजें, या आदान-प्रदान छोड़ने के लिए केवल एक तारांकन (*) भेजें, जिसका जवाब सर्वर 501 से देता है। हर 334 के बाद AUTH फिर से शुरू न करें।</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>XOAUTH2 में Google अस्वीकार किए गए एक्सेस टोकन की सूचना 334 चैलेंज से देता है, जिसका base64 पाठ डिकोड होकर status, schemes और scope वाला JSON बनता है; क्लाइंट खाली पंक्ति से जवाब देता है और फिर उसे अंतिम विफलता रिप्लाई मिलता है।</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>मेल इनपुट शुरू करें; &lt;CRLF&gt;.&lt;CRLF&gt; से समाप्त करें</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354, DATA के बाद आगे बढ़ने की अनुमति है: सर्वर के पास कम से कम एक स्वीकृत प्राप्तकर्ता है और अब वह संदेश चाहता है, हेडर और बॉडी, जो ऐसी पंक्ति पर खत्म हो जिसमें केवल एक डॉट हो। यह मध्यवर्ती रिप्लाई है, स्वीकृति नहीं; संदेश पर फ़ैसला अंतिम डॉट के बाद वाला रिप्लाई है।</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>क्लाइंट के DATA भेजते ही; BDAT में ऐसा कोई चरण नहीं होता। आम पाठ: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;। मैनुअल टेस्ट में यहीं आप हेडर, एक खाली पंक्ति और बॉडी टाइप करते हैं।</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>इस बिंदु पर ठीक करने को कुछ नहीं। 354 के ठीक बाद दिखने वाली समस्याएँ डेटा चरण की होती हैं: अगर बड़ा संदेश भेजते समय सत्र अटक जाए या टाइमआउट हो, तो नेटवर्क पथ (MTU की समस्या, SMTP की जाँच करने वाला कोई मिडलबॉक्स) या धीमे लिंक पर शक करें, और प्रेषक का एडमिन किसी छोटे टेस्ट संदेश से तुलना करे। अगर सर्वर डॉट के बाद अस्वीकार करता है, तो वह रिप्लाई पढ़ें, 354 नहीं।</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>कम से कम एक RCPT TO स्वीकार होने के बाद क्लाइंट ने DATA भेजा, इसलिए सर्वर सामग्री के लिए तैयार है।</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>telnet या openssl से किया गया मैनुअल टेस्ट डेटा चरण तक पहुँच गया।</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>PIPELINING के साथ क्लाइंट ने DATA को अपने प्राप्तकर्ताओं वाले बैच में ही भेजा, और 354 पुष्टि करता है कि उनमें से कम से कम एक स्वीकार हुआ।</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>एक छोटा टेस्ट संदेश भेजें और ट्रांसक्रिप्ट में 354 और अंतिम रिप्लाई देखें।</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>अगर बड़े संदेश 354 के बाद अटकते हैं जबकि छोटे निकल जाते हैं, तो सर्वर की ओर पाथ MTU जाँचें।</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Postfix प्रेषक सर्वर पर जाँचें कि वह डेटा ट्रांसफ़र और अंतिम रिप्लाई के लिए कितनी देर इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>संवाद जारी रखें: सामग्री को डॉट-स्टफ़िंग और समाप्ति वाले डॉट के साथ भेजें, फिर अंतिम रिप्लाई का इंतज़ार करें, जिसके लिए RFC 5321 दस मिनट देता है। अगर उस रिप्लाई से पहले कनेक्शन टूट जाए, तो संदेश को डिलीवर न हुआ मानें और बाद में पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-offset ट्रांज़ैक्शन का ऑफ़सेट है</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355, RFC 1845 (1995) के प्रायोगिक CHECKPOINT एक्सटेंशन का हिस्सा है, जिसका उद्देश्य बीच में कटे बड़े ट्रांसफ़र फिर से शुरू करना था। जब कोई क्लाइंट उसी TRANSID के साथ MAIL FROM भेजकर बाधित ट्रांज़ैक्शन दोहराता है, तो अधूरा डेटा रखने वाला सर्वर 355 के साथ जवाब देता है, जिसकी पंक्ति में सबसे पहले एक संख्या होती है: संदेश डेटा के अगले ऑक्टेट का शून्य से शुरू होने वाला ऑफ़सेट, जिसकी वह अपेक्षा करता है। यह एक्सटेंशन कभी व्यापक रूप से लागू नहीं हुआ, और आम सर्वर इसे नहीं देते।</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>व्यावहारिक रूप से कभी नहीं। यह केवल TRANSID पैरामीटर वाले MAIL FROM के बाद आ सकता है, ऐसे सर्वर पर जिसने अपने EHLO रिप्लाई में CHECKPOINT घोषित किया हो। यह SMTP कोड की सूचियों में पूर्णता के लिए दिखता है; असली ट्रैफ़िक में 355 ज़्यादा संभावना से किसी टेस्ट टूल या गड़बड़ व्यवहार वाले सर्वर से आता है।</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>सामान्य संचालन में ठीक करने को कुछ नहीं। अगर किसी क्लाइंट को CHECKPOINT इस्तेमाल किए बिना 355 मिले, तो सर्वर गलत व्यवहार कर रहा है और उसके एडमिन को बताया जाना चाहिए; जिस क्लाइंट सॉफ़्टवेयर ने कभी TRANSID नहीं भेजा, वह उस ट्रांज़ैक्शन को समझदारी से जारी नहीं रख सकता और उसे रीसेट करना चाहिए। बहुत बड़े संदेशों के लिए, सर्वर द्वारा घोषित SIZE सीमा का पालन करें या अटैचमेंट के बजाय लिंक भेजें।</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>RFC 1845 लागू करने वाले किसी क्लाइंट ने बाधित ट्रांसफ़र के बाद दोबारा कनेक्ट किया और उसी TRANSID के साथ MAIL FROM दोहराया।</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>संदर्भ सूची से कोड देने वाले किसी टेस्ट या मॉक SMTP सर्वर ने असली checkpoint सपोर्ट के बिना 355 लौटाया।</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>जाँचें कि सर्वर यह एक्सटेंशन घोषित करता भी है या नहीं; CHECKPOINT उसके EHLO रिप्लाई में दिखना चाहिए।</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>क्लाइंट द्वारा भेजी गई MAIL FROM पंक्ति में TRANSID= पैरामीटर देखें; इसके बिना 355 का कोई अर्थ नहीं है।</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>केवल CHECKPOINT का उपयोग करने वाला क्लाइंट आगे बढ़ता है और दिए गए ऑफ़सेट से संदेश डेटा भेजता है, जैसा RFC 1845 बताता है। कोई भी दूसरा क्लाइंट RSET भेजे और पूरे संदेश का शुरू से पुनः प्रयास करे।</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>कनेक्शन टाइमआउट</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 किसी भी RFC में SMTP रिप्लाई कोड नहीं है; कोड सूचियाँ इसे रिमोट सर्वर से बात करते समय हुए टाइमआउट के रूप में बताती हैं। यह संख्या ज़्यादातर Novell GroupWise से आती है, जिसका Internet Agent (GWIA) अपने ही आउटबाउंड टाइमआउट के लिए &quot;420 TCP read error&quot; या &quot;420 TCP write error&quot; लॉग करता है। इसे आसानी से असली रिप्लाई 421 से, या बिना डॉट के लिखे एन्हांस्ड कोड 4.2.0 से भ्रमित कर दिया जाता है।</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>आउटबाउंड, GroupWise सिस्टम पर: GWIA रिमोट होस्ट से कनेक्ट हो चुका था, फिर कोई रीड या राइट अपने टाइमआउट तक अटका रहा (TCP रीड के लिए डिफ़ॉल्ट रूप से पाँच मिनट), और संदेश को अपनी defer क्यू में डालने से पहले उसने लोकल रूप से 420 दर्ज किया। रिमोट सर्वर ने कभी 420 नहीं भेजा। दूसरे सॉफ़्टवेयर पर किसी टिकट में लिखा &quot;420&quot; आमतौर पर गलत पढ़ा गया 421 या 4.2.0 होता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>प्रेषक का एडमिन नेटवर्क पथ की जाँच करता है; GroupWise deferred मेल का अपने शेड्यूल पर पुनः प्रयास करता है। अगर केवल एक गंतव्य विफल हो, तो उस प्राप्त करने वाले पक्ष पर शक करें: कोई फ़िल्टर जो आपके IP को अटकाता या टारपिट करता है, या ऐसा HELO नाम जो आपके सार्वजनिक पते से मेल नहीं खाता। अगर हर गंतव्य विफल हो, तो अपना फ़ायरवॉल, राउटर MTU, नेटवर्क कार्ड और इंटरनेट लाइन जाँचें; किसी एक विफल सत्र का पैकेट कैप्चर आमतौर पर मामला सुलझा देता है।</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>GroupWise Internet Agent और इंटरनेट के बीच का कोई फ़ायरवॉल या राउटर TCP स्ट्रीम को अटका देता है, उदाहरण के लिए बड़े अटैचमेंट के साथ MTU या path-MTU discovery की समस्या के कारण।</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>प्राप्त करने वाला सर्वर सत्र के बीच में धीमा हो जाता है या जवाब देना बंद कर देता है (टारपिटिंग, ओवरलोड, या भेजने वाले IP को नापसंद करने वाला कोई फ़िल्टर), जब तक GWIA का रीड टाइमआउट खत्म नहीं हो जाता।</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>GWIA की send डायरेक्टरी में कोई खराब संदेश फ़ाइल, जिसे एजेंट भेज नहीं पाता।</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>किसी ने 421 रिप्लाई या एन्हांस्ड स्टेटस 4.2.0 (उदाहरण के लिए ग्रेलिस्टिंग वाली देरी) को 420 के रूप में लिख लिया।</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>एजेंट या MTA के लॉग में विफल संदेश का असली SMTP संवाद खोजें और वास्तविक रिप्लाई तथा एन्हांस्ड कोड नोट करें।</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>जाँचें कि पूरे आकार के पैकेट बिना फ़्रैगमेंटेशन के प्राप्त करने वाले पक्ष तक पहुँचते हैं या नहीं (1472 बाइट पेलोड और हेडर मिलकर 1500 बनते हैं)।</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>उसी होस्ट से एक पूरा टेस्ट सत्र चलाएँ और देखें कि वह कहाँ अटकता है।</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>कुछ खास नहीं: जिस सॉफ़्टवेयर ने इसे लॉग किया, वह इसे अस्थायी मानता है और अपनी defer क्यू से पुनः प्रयास करता है। अगर कोई एक गंतव्य घंटों तक विफल होता रहे, तो इंतज़ार छोड़कर कनेक्शन की जाँच करें।</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; सेवा उपलब्ध नहीं है, ट्रांसमिशन चैनल बंद किया जा रहा है</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>रेट लिमिट लगी</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>सर्वर कनेक्शन बंद कर रहा है और सत्र में यह या आगे का कोई भी कमांड प्रोसेस नहीं करेगा। यह ग्रीटिंग हो सकती है (सेवा अभी उपलब्ध नहीं है) या बाद के किसी भी कमांड का जवाब, जब सर्वर को बंद होना हो, कोई सीमा पार हो गई हो, या उसने क्लाइंट को हटाने का निर्णय लिया हो। क्लाइंट को रुकना होगा, बाद में फिर कनेक्ट करना होगा, और इस बीच वह कोई दूसरा MX होस्ट आज़मा सकता है।</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>ज़्यादातर ग्रीटिंग पर या EHLO, MAIL FROM या RCPT TO के ठीक बाद। आम स्रोत: Postfix postscreen और smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim और Exchange जब कनेक्शन सीमाएँ पूरी हो जाएँ या सेवा बंद हो रही हो, और खराब रेप्युटेशन वाले IP पतों को थ्रॉटल करने वाले बड़े प्रोवाइडर (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04])।</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>आमतौर पर क्यू को पुनः प्रयास करने देने के अलावा कुछ नहीं। अगर यह बना रहे, तो प्रेषक का एडमिन पाठ पढ़ता है: कनेक्शन या रेट सीमा का अर्थ है उस डोमेन की ओर कम समानांतर कनेक्शन और धीमी संदेश दर (Postfix में कम destination concurrency limit और rate delay वाला अलग transport); रेप्युटेशन ब्लॉक का अर्थ है ब्लॉकलिस्ट, PTR, SPF, DKIM, DMARC और शिकायत दरों की जाँच, फिर कम और ज़्यादा चाहा गया मेल भेजना। अगर पाठ प्राप्त करने वाले पक्ष पर शटडाउन या स्थानीय समस्या की ओर इशारा करता है, तो केवल प्राप्तकर्ता का एडमिन इसे ठीक कर सकता है।</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>प्राप्त करने वाला पक्ष रेप्युटेशन या वॉल्यूम के कारणों से भेजने वाले IP को थ्रॉटल करता है (स्पैम शिकायतें, वॉल्यूम में अचानक उछाल, ब्लॉकलिस्ट में नाम)।</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>एक ही क्लाइंट से बहुत सारे एक साथ कनेक्शन, या कनेक्शन रेट सीमा पूरी हो गई।</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>SMTP सेवा बंद हो रही है, रीस्टार्ट हो रही है, या उसके वर्कर प्रोसेस खत्म हो गए हैं।</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>क्लाइंट बहुत धीमा था या उसने बहुत सारे गलत कमांड भेजे, और सर्वर ने सत्र समाप्त कर दिया (टाइमआउट या त्रुटि सीमा)।</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>प्राप्तकर्ता डोमेन के लिए TLS या नीति की कोई शर्त पूरी नहीं हुई और प्रोवाइडर सत्र बंद कर देता है (Gmail: &quot;TLS required for RCPT domain&quot;)।</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>गंतव्य के लिए दर्ज की गई देरी (deferral) का पाठ पढ़ें; उसमें लागू हुई सीमा या ब्लॉक का नाम होता है।</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>जाँचें कि भेजने वाला IP किसी सार्वजनिक ब्लॉकलिस्ट में है या नहीं (ऑक्टेट उलटे क्रम में रखकर क्वेरी करें)।</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>पक्का करें कि भेजने वाले IP का PTR रिकॉर्ड है और उसका नाम वापस उसी IP पर रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>गिनें कि आपका सर्वर एक साथ कितने आउटगोइंग SMTP कनेक्शन खुले रखता है।</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें; सत्र खत्म हो चुका है, इसलिए और कमांड भेजने के बजाय फिर से कनेक्ट करें। अगले MX होस्ट पर जाना ठीक है, लेकिन उसी होस्ट से बार-बार कनेक्ट करने से रेप्युटेशन के कारण लगी थ्रॉटलिंग और लंबी चलती है।</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail भेजने वाले IP की रेप्युटेशन या स्पैम जैसे ट्रैफ़िक के कारण उस पर रेट लिमिट लगा रहा है; वॉल्यूम घटने और रेप्युटेशन सुधरने पर यह हट जाती है।</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo शिकायत दरों या असामान्य वॉल्यूम के कारण उस IP से आने वाले मेल को टाल देता है; ब्रैकेट वाला टैग (TSS04 और इसी तरह के) Yahoo का अपना कारण कोड है।</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>कोई मूल परिभाषा नहीं (X.7.12 से संबद्ध)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>कोई भी RFC 422 रिप्लाई परिभाषित नहीं करता। IANA की एन्हांस्ड स्टेटस कोड रजिस्ट्री X.7.12 (पासवर्ड ट्रांज़िशन आवश्यक है) के लिए मूल कोड के रूप में 432 के साथ 422 को भी सूचीबद्ध करती है, जबकि X.7.12 को परिभाषित करने वाला RFC 4954 हमेशा केवल 432 4.7.12 का उपयोग करता है। अगर आपको 422 मिले, तो उसे 432 के अर्थ वाली अस्थायी विफलता के रूप में पढ़ें।</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>व्यवहार में नेटवर्क पर लगभग कभी नहीं; हमें ऐसा कोई मुख्यधारा सर्वर नहीं पता जो इसे भेजता हो। लोग इसे IANA रजिस्ट्री की तालिका में या उन कोड-सूची लाइब्रेरी में पाते हैं जो रजिस्ट्री के संबंध कॉपी करती हैं। अगर कोई सर्वर इसे भेजता, तो AUTH के जवाब में भेजता।</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>इसे 432 की तरह संभालें: उपयोगकर्ता, या उसकी ओर से क्लाइंट सॉफ़्टवेयर, TLS पर PLAIN जैसे प्लेन-टेक्स्ट मैकेनिज़्म से एक बार ऑथेंटिकेट करता है, ताकि सर्वर मज़बूत मैकेनिज़्म के लिए ज़रूरी क्रेडेंशियल बना सके, फिर सामान्य मैकेनिज़्म पर लौट आता है। अगर सर्वर 422 देता ही रहे, तो उसके एडमिन को ऑथेंटिकेशन बैकएंड जाँचना चाहिए और दस्तावेज़ में बताए गए 432 रिप्लाई पर स्विच करना चाहिए।</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>अकाउंट के सहेजे गए क्रेडेंशियल अभी उस रूप में मौजूद नहीं हैं जो अनुरोधित SASL मैकेनिज़्म को चाहिए, उदाहरण के लिए पासवर्ड स्टोरेज बदलने के बाद।</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>ऐसा सर्वर या लाइब्रेरी जिसने IANA रजिस्ट्री का संबंध कॉपी कर लिया और वहाँ 422 भेजता है जहाँ RFC 4954 में 432 तय है।</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>उसी अकाउंट से STARTTLS पर AUTH PLAIN आज़माएँ और देखें कि सर्वर उसे स्वीकार करता है या नहीं (swaks पासवर्ड माँगता है)।</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>विफल प्रयास के आसपास का सर्वर का ऑथेंटिकेशन लॉग पढ़ें।</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>उसी मैकेनिज़्म पर लूप न चलाएँ। TLS पर एक PLAIN लॉगिन से बाद के सत्रों में मज़बूत मैकेनिज़्म काम करने लगना चाहिए; मेल क्लाइंट को चुपचाप पुनः प्रयास करने के बजाय उपयोगकर्ता को बताना चाहिए।</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>कोई मूल परिभाषा नहीं (X.5.1 से संबद्ध)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>कोई भी RFC 430 रिप्लाई परिभाषित नहीं करता। IANA की एन्हांस्ड स्टेटस कोड रजिस्ट्री X.5.1 (अमान्य कमांड) के साथ उपयोग होने वाले मूल कोड में 430 का नाम लेती है, इसलिए यह कोड कैटलॉग में केवल इसी संबंध के कारण है। इसे ऐसे कमांड के अस्थायी इनकार के रूप में पढ़ें जिसे सर्वर ने अमान्य माना।</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>असली सत्रों में दुर्लभ: यह रजिस्ट्री में और उसे कॉपी करने वाली लाइब्रेरी में दिखता है। अगर कोई सर्वर इसे भेजता है, तो ऐसे कमांड के बाद जिसे उसने स्वीकार नहीं किया, जैसे अज्ञात वर्ब, क्रम से बाहर कमांड, या PIPELINING सपोर्ट के बिना पाइपलाइन किए गए कमांड।</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर, या जो भी उसका रखरखाव करता है, उस कमांड को देखता है जिस पर यह रिप्लाई आया: गलत लिखे या असमर्थित वर्ब, EHLO से पहले या STARTTLS हैंडशेक पूरा होने से पहले भेजे गए कमांड, या ऐसी पाइपलाइनिंग जिसकी सर्वर ने कभी घोषणा नहीं की। संवाद ठीक करें; अगर कमांड मान्य है, तो सर्वर के एडमिन को बताना चाहिए कि वह अपंजीकृत कोड से जवाब क्यों देता है।</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>क्लाइंट ने ऐसा कमांड भेजा जिसे सर्वर पहचानता नहीं या सत्र के उस बिंदु पर अनुमति नहीं देता।</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>ऐसा सर्वर इम्प्लीमेंटेशन जिसने रजिस्ट्री के संबंध को शब्दशः ले लिया और 500 या 503 के नरम रूप के तौर पर 430 और X.5.1 से जवाब देता है।</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>सत्र को हाथ से दोहराएँ और नोट करें कि किस कमांड पर 430 आता है।</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>उस कमांड की तुलना उन क्षमताओं से करें जो सर्वर अपने EHLO रिप्लाई में सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>किसी भी 4xx की तरह क्लाइंट बाद में एक बार पुनः प्रयास कर सकता है, लेकिन अमान्य कमांड अमान्य ही रहता है: अगर उसी कमांड पर फिर 430 आए, तो पुनः प्रयास करने के बजाय उसे ठीक करें।</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>डिस्क पर पर्याप्त जगह नहीं / मेमोरी खत्म</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। कोड सूचियाँ कहती हैं कि इसका अर्थ है प्राप्त करने वाले सर्वर की डिस्क जगह या मेमोरी खत्म हो गई है; यह अर्थ बिना डॉट के लिखे एन्हांस्ड स्टेटस कोड 4.3.1 (मेल सिस्टम भरा हुआ) से आया है। नेटवर्क पर यह स्थिति 452 के रूप में आती है, आमतौर पर &quot;452 4.3.1&quot;।</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>कोड तालिकाओं में और उन रिपोर्टों में जहाँ किसी ने 4.3.1 को छोटा कर दिया। इस स्थिति के असली उदाहरण: क्यू फ़ाइल सिस्टम में जगह कम होने पर Postfix MAIL FROM का जवाब &quot;452 4.3.1 Insufficient system storage&quot; से देता है, और Microsoft Exchange का back pressure &quot;452 4.3.1 Insufficient system resources&quot; लौटाता है।</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>प्रेषक के लिए क्यू को पुनः प्रयास करने देने के अलावा कुछ नहीं। प्राप्तकर्ता का एडमिन क्यू या स्पूल फ़ाइल सिस्टम पर डिस्क जगह खाली करता है, मेमोरी और क्यू का आकार जाँचता है, और Exchange पर back pressure इवेंट तथा वह वॉल्यूम देखता है जिस पर transport queue डेटाबेस है।</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>प्राप्त करने वाले MTA का क्यू या स्पूल पार्टिशन लगभग भर गया है, इसलिए जगह लौटने तक वह नया मेल अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Exchange back pressure: transport सेवा ने डिस्क जगह कम या मेमोरी उपयोग ज़्यादा देखा और संदेश स्वीकार करना बंद कर दिया।</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>लॉग, किसी मेलबॉक्स स्टोर या अटकी हुई क्यू ने वह पार्टिशन भर दिया जिस पर MTA लिखता है।</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>प्राप्त करने वाले सर्वर पर, मेल क्यू वाले फ़ाइल सिस्टम पर खाली जगह जाँचें।</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Postfix की खाली-जगह सीमा की तुलना उसकी साइज़ सीमा से करें; मेल स्वीकार करने से पहले Postfix को message_size_limit की 1.5 गुना खाली जगह चाहिए।</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>असली कोड और पाठ की पुष्टि के लिए लॉग में इनकार वाली पंक्ति खोजें।</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>इसे वही 452 मानकर संभालें जो यह असल में है: बैकऑफ़ के साथ बाद में पुनः प्रयास करें। एडमिन के कार्रवाई करने के बाद डिस्क और मेमोरी की कमी आमतौर पर कुछ मिनटों से लेकर कुछ घंटों में दूर हो जाती है।</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>पासवर्ड ट्रांज़िशन आवश्यक है</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>सर्वर चाहता है कि उपयोगकर्ता किसी दूसरे ऑथेंटिकेशन मैकेनिज़्म पर जाए और अनुरोधित मैकेनिज़्म अभी पूरा नहीं कर सकता। RFC 4954 इसे &quot;432 4.7.12 A password transition is needed&quot; के रूप में परिभाषित करता है: उपयोगकर्ता आमतौर पर एक बार TLS पर PLAIN से लॉग इन करता है, जिससे सर्वर चुने गए मैकेनिज़्म के लिए ज़रूरी क्रेडेंशियल बना लेता है, और उसके बाद वह मैकेनिज़्म काम करता है।</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>सबमिशन पोर्ट पर AUTH के जवाब में, जब किसी सर्वर ने पासवर्ड सहेजने का तरीका बदला हो या ऐसे अकाउंट के लिए चैलेंज-रिस्पॉन्स मैकेनिज़्म (जैसे CRAM-MD5 या SCRAM) चालू किया हो जिनका सहेजा गया पासवर्ड अभी उसके काम नहीं आ सकता। व्यवहार में दुर्लभ। कुछ कोड सूचियाँ 432 को “Exchange की इनकमिंग क्यू रुकी हुई” बताती हैं; यह एन्हांस्ड कोड 4.3.2 को गलत पढ़ना है, यह रिप्लाई नहीं।</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>उपयोगकर्ता, या उसकी ओर से मेल क्लाइंट, एन्क्रिप्टेड कनेक्शन पर AUTH PLAIN से एक बार ऑथेंटिकेट करता है, फिर पसंदीदा मैकेनिज़्म पर लौट आता है। अगर क्लाइंट ऐसा नहीं कर सकता, तो सर्वर का एडमिन पासवर्ड रीसेट कर सकता है (जिससे सहेजे गए क्रेडेंशियल फिर से बनते हैं) या उस अकाउंट के लिए TLS पर PLAIN की अनुमति दे सकता है।</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>अकाउंट का पासवर्ड ऐसे रूप में सहेजा गया है जिसे अनुरोधित मैकेनिज़्म (उदाहरण के लिए कोई चैलेंज-रिस्पॉन्स मैकेनिज़्म) तब तक इस्तेमाल नहीं कर सकता जब तक सर्वर एक बार सादा पासवर्ड न देख ले।</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>एडमिन ने नई पासवर्ड स्कीम अपनाई है और हर अकाउंट को उसके अगले प्लेन-टेक्स्ट लॉगिन पर बदलता है।</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>STARTTLS के बाद सर्वर जो मैकेनिज़्म देता है, उनकी सूची बनाएँ।</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>TLS पर PLAIN से एक बार लॉग इन करें, फिर नए सत्र में मूल मैकेनिज़्म दोबारा आज़माएँ।</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>उसी AUTH मैकेनिज़्म का बिना बदलाव के पुनः प्रयास न करें। TLS पर एक PLAIN लॉगिन करें, फिर अगले सत्र में मूल मैकेनिज़्म इस्तेमाल करें; इस बीच संदेश क्लाइंट के आउटबॉक्स में इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>प्राप्तकर्ता सर्वर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जो सूचियाँ इसे “प्राप्तकर्ता सर्वर जवाब नहीं दे रहा” बताती हैं, उन्होंने एन्हांस्ड स्टेटस कोड 4.4.1 (होस्ट से कोई जवाब नहीं) लेकर उसके डॉट हटा दिए। जो सर्वर जवाब ही नहीं देता, वह रिप्लाई नहीं भेज सकता, इसलिए यह हमेशा वह स्टेटस है जिसे आपका अपना MTA किसी विफल कनेक्शन के बारे में दर्ज करता है।</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>देरी की चेतावनियों और क्यू लिस्टिंग में, जब आपका सर्वर गंतव्य के किसी भी MX से कनेक्ट नहीं कर सका। Postfix इसे dsn=4.4.1 के साथ &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; के रूप में लॉग करता है, और देरी की चेतावनी में Status: 4.4.1 होता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>प्रेषक का एडमिन पहले जाँचता है कि भेजने वाले होस्ट से आउटबाउंड पोर्ट 25 खुला है (कई क्लाउड और घरेलू नेटवर्क इसे ब्लॉक करते हैं) और गंतव्य के MX होस्ट रिज़ॉल्व होते हैं और सुन रहे हैं। अगर केवल एक डोमेन विफल हो, तो उसके एडमिन को अपने MX रिकॉर्ड, फ़ायरवॉल या बंद पड़ा सर्वर ठीक करना होगा; उनके ऐसा करते ही क्यू डिलीवर कर देती है।</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>प्रेषक के होस्टिंग प्रोवाइडर, ISP या फ़ायरवॉल ने आउटबाउंड TCP पोर्ट 25 ब्लॉक कर रखा है।</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>प्राप्तकर्ता डोमेन के MX होस्ट बंद हैं, ओवरलोड हैं, या भेजने वाले IP के विरुद्ध फ़ायरवॉल से बंद हैं।</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>MX रिकॉर्ड किसी गलत या पुराने पते की ओर इशारा करता है, या ऐसे होस्ट की ओर जो केवल उस एड्रेस फ़ैमिली (IPv4 या IPv6) पर पहुँच में है जिसका प्रेषक उपयोग नहीं करता।</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>गंतव्य के MX होस्ट की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>पहले MX के पोर्ट 25 से सीधा TCP कनेक्शन खोलें और 220 ग्रीटिंग का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>देखें कि क्यू ने deferred संदेशों के लिए क्या दर्ज किया।</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>आपका MTA बैकऑफ़ के साथ अपने आप पुनः प्रयास करता है और केवल अपनी क्यू अवधि के अंत में हार मानता है (Postfix में डिफ़ॉल्ट रूप से पाँच दिन)। जब तक अंतिम बाउंस न आए, हाथ से दोबारा कुछ भेजने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जो सूचियाँ इसे “कनेक्शन टूट गया” कहती हैं, वे एन्हांस्ड स्टेटस कोड 4.4.2 (खराब कनेक्शन) को बिना डॉट के उद्धृत कर रही हैं। यह ऐसे सत्र का वर्णन करता है जो बीच में टूट गया, जैसा आपका अपना MTA बताता है; जब कोई सर्वर इसके बारे में कुछ कहता है, तो असली रिप्लाई आमतौर पर 421 4.4.2 या 451 4.4.2 होता है।</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>सत्र टूटने के बाद आपके अपने लॉग और देरी की सूचनाओं में: Postfix dsn=4.4.2 के साथ &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; बताता है, Gmail अटके हुए क्लाइंट से &quot;451 4.4.2 Timeout - closing connection&quot; कहता है, और Postfix का smtpd धीमे क्लाइंट से &quot;421 4.4.2 ... Error: timeout exceeded&quot; कहता है।</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>कभी-कभार इसमें कुछ नहीं करना होता: क्यू पुनः प्रयास करती है। अगर किसी एक गंतव्य की ओर यह बार-बार हो, तो प्रेषक का एडमिन ऐसा मिडलबॉक्स (फ़ायरवॉल, SMTP इंस्पेक्शन, VPN या लोड बैलेंसर) खोजता है जो लंबे सत्रों को रीसेट करता हो, बड़े संदेशों के साथ MTU की समस्या देखता है, और ऐसा प्राप्त करने वाला पक्ष देखता है जिसके कंटेंट फ़िल्टर अंतिम डॉट के बाद बहुत समय लेते हों।</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>सर्वरों के बीच कोई फ़ायरवॉल या SMTP इंस्पेक्शन फ़ीचर सत्र को रीसेट करता है या अटका देता है, अक्सर किसी बड़े संदेश की बॉडी के दौरान।</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>पाथ MTU की समस्या: छोटे कमांड निकल जाते हैं, लेकिन संदेश बॉडी के पूरे आकार वाले पैकेट ड्रॉप हो जाते हैं।</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>प्राप्त करने वाले सर्वर या उसके कंटेंट स्कैनर ने डेटा के अंत के बाद क्लाइंट के टाइमआउट से ज़्यादा समय लिया, या सत्र के बीच में क्रैश हो गया।</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>किसी भी ओर अस्थिर लिंक या NAT टेबल टाइमआउट।</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>पता करें कि सत्र कहाँ टूटा: &quot;while sending message body&quot; आकार या MTU की ओर इशारा करता है, &quot;while receiving the initial server greeting&quot; फ़िल्टरिंग की ओर।</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>प्राप्त करने वाले पक्ष की ओर पाथ MTU मापें।</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>बाद में पुनः प्रयास करें। अंतिम डॉट के रिप्लाई से पहले कटा सत्र डिलीवर न हुआ माना जाता है, इसलिए पूरा संदेश फिर से भेजा जाता है, जिससे कभी-कभी डुप्लिकेट बन सकता है।</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>अधिकतम हॉप संख्या पार हो गई</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जो सूचियाँ इसे “अधिकतम हॉप संख्या पार” बताती हैं, वे एन्हांस्ड स्टेटस कोड 4.4.6 (रूटिंग लूप मिला) को बिना डॉट के उद्धृत करती हैं। स्थिति एक मेल लूप है: संदेश इतने सर्वरों से गुज़रा, जिन्हें उसके Received: हेडर से गिना जाता है, कि किसी MTA ने उसे रोक दिया; व्यवहार में इसे स्थायी विफलता के रूप में बताया जाता है, 5.4.6 या 554 5.4.6।</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>किसी संदेश के गोल-गोल घूमने के बाद आए बाउंस में: दो सर्वर जिनमें से हर एक दूसरे को अंतिम गंतव्य मानता है, खुद की ओर इशारा करने वाला कोई फ़ॉरवर्ड, या चक्कर लगाने वाली एलियास श्रृंखला। Received: हेडर की संख्या hopcount_limit (डिफ़ॉल्ट रूप से 50) तक पहुँचते ही Postfix ऐसा मेल रोक देता है और DSN 5.4.6 के साथ &quot;mail forwarding loop for user@example.com&quot; जैसे लूप बताता है; Exchange Online &quot;Hop count exceeded - possible mail loop&quot; बताता है।</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>जिस डोमेन में लूप बनता है, आमतौर पर प्राप्तकर्ता की ओर, उसका एडमिन बाउंस में Received: हेडर पढ़कर दोहराए जाने वाले होस्ट खोजता है, फिर कारण ठीक करता है: एक-दूसरे की ओर इशारा करने वाली MX या रिले सेटिंग, ऐसा डोमेन जो एक सर्वर पर लोकल है और दूसरे पर रिले किया जाता है, या ऐसा फ़ॉरवर्डिंग नियम जो मेल को उसी पते पर वापस भेजता है।</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>दो मेल सर्वर, जिनमें से हर एक डोमेन को दूसरे की ओर रिले करने के लिए कॉन्फ़िगर है, उदाहरण के लिए किसी माइग्रेशन के बाद जहाँ पुराना और नया दोनों सिस्टम डोमेन को आगे भेजते हैं।</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>कोई मेलबॉक्स फ़ॉरवर्ड या एलियास जो सीधे या किसी श्रृंखला के ज़रिए वापस खुद की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>कोई बैकअप MX या स्मार्ट होस्ट जो डोमेन का मेल प्राइमरी को वापस भेज देता है, और प्राइमरी उसे लौटा देता है।</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>कोई ऑटो-रिस्पॉन्डर या मेलिंग लिस्ट जो दूसरे ऑटो-रिस्पॉन्डर को बिना रुके जवाब देती रहती है।</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>बाउंस हुई कॉपी में Received: हेडर गिनें; दर्जनों हेडर लूप की पुष्टि करते हैं।</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>पढ़ें कि Received: श्रृंखला में कौन-से होस्ट दोहराए जा रहे हैं।</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Postfix सर्वर पर हॉप सीमा जाँचें।</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>जाँचें कि MX रिकॉर्ड और रिले सेटिंग इस बात पर सहमत हैं कि डोमेन के लिए अंतिम सर्वर कौन-सा है।</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें: कॉन्फ़िगरेशन ठीक होने तक लूप दोहराता रहता है। लूप टूटने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>आउटगोइंग संदेश का समय समाप्त</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जो सूचियाँ इसे “आउटगोइंग संदेश का समय समाप्त” कहती हैं, उनका मतलब बिना डॉट वाला एन्हांस्ड स्टेटस कोड 4.4.7 (डिलीवरी का समय समाप्त) है: संदेश अनुमत समय से ज़्यादा देर तक क्यू में रहा और MTA ने चेतावनी दी या हार मान ली। यह देरी की चेतावनियों और बाउंस में बताया जाने वाला क्यू स्टेटस है, ऐसा कुछ नहीं जो कोई रिमोट सर्वर सत्र के दौरान कहता है।</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>क्यू अवधि खत्म होने पर देरी की सूचनाओं और अंतिम बाउंस में, और Exchange की नॉन-डिलीवरी रिपोर्ट में &quot;550 4.4.7 QUEUE.Expired; message expired&quot; के रूप में। असली कारण वह होता है जो उन दिनों में लगातार विफल होता रहा: आमतौर पर प्राप्त करने वाले पक्ष से 4xx या कोई कनेक्शन ही नहीं।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>प्रेषक का एडमिन संदेश के लिए दर्ज आखिरी त्रुटि पढ़ता है, क्यू में या बाउंस की डायग्नोस्टिक पंक्ति में, क्योंकि वही असली कारण है (अस्वीकृत कनेक्शन, ग्रेलिस्टिंग कभी पार न होना, रेप्युटेशन ब्लॉक, बंद पड़ा MX)। उसे ठीक करें, फिर प्रेषक दोबारा भेजे। क्यू अवधि बढ़ाने से समस्या केवल छिपती है।</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>पूरी क्यू अवधि में गंतव्य MX पहुँच से बाहर रहा (बंद, फ़ायरवॉल से रोका गया, या गलत MX रिकॉर्ड)।</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>प्राप्त करने वाला पक्ष अस्थायी त्रुटियाँ (रेट सीमाएँ, ग्रेलिस्टिंग, रेप्युटेशन के कारण देरी) देता रहा, जब तक प्रेषक ने हार नहीं मान ली।</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>भेजने वाली ओर की किसी रूटिंग या DNS समस्या ने हर प्रयास को क्यू से निकलने नहीं दिया।</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>भेजने वाले सर्वर पर छोटी क्यू अवधि या संदेश की समाप्ति (expiry) सेटिंग।</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>उस डोमेन के लिए अब भी क्यू में पड़े संदेशों की देरी का आखिरी कारण पढ़ें।</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>जाँचें कि बाउंस करने से पहले Postfix कितनी देर तक कोशिश करता रहता है।</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Exim पर, गंतव्य पर लागू पुनः प्रयास (retry) नियम दिखाएँ।</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>इस कॉपी के लिए पुनः प्रयास को कुछ नहीं बचा: भेजने वाला MTA पहले ही हार मान चुका है। आखिरी दर्ज त्रुटि में बताया गया कारण ठीक होने के बाद हाथ से दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>रूटिंग त्रुटि</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। सूचियाँ इसे रूटिंग त्रुटि बताती हैं और Microsoft Exchange से जोड़ती हैं, जिसके बारे में कहा जाता है कि उसने कुछ आंतरिक रूटिंग विफलताओं के लिए अपंजीकृत एन्हांस्ड कोड 4.4.9 का उपयोग किया; इस स्थिति का पंजीकृत कोड X.4.4 (रूट नहीं कर सका) है। कोई भी सत्र के दौरान रिप्लाई के रूप में 449 नहीं भेजता।</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>उन सूचियों के अनुसार, पुराने Exchange Server (2000/2003 के दौर) की क्यू और नॉन-डिलीवरी रिपोर्ट में, जब कोई संदेश रूट नहीं किया जा सका, उदाहरण के लिए क्योंकि किसी कनेक्टर का एड्रेस स्पेस मेल नहीं खाता था या प्राप्तकर्ता किसी ऐसे रूटिंग ग्रुप में था जिसे हटा दिया गया था; आज ज़्यादातर कॉपी की गई कोड तालिकाओं में।</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>भेजने वाले संगठन का एडमिन अपनी रूटिंग जाँचता है: कनेक्टर या स्मार्ट होस्ट, accepted domains, और गंतव्य के लिए DNS रिज़ॉल्यूशन। फिर उसी डोमेन पर एक टेस्ट संदेश भेजें और असली रिप्लाई या DSN स्टेटस पढ़ें; आज के सिस्टम पर इसके बराबर का कोड आमतौर पर 4.4.4 या 5.4.4 होता है, या 4.4.3 के रूप में बताई गई DNS विफलता।</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>कोई send connector या स्मार्ट होस्ट सेटिंग प्राप्तकर्ता के डोमेन को कवर नहीं करती, इसलिए सर्वर के पास उसके लिए कोई रूट नहीं है।</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>प्राप्तकर्ता का डोमेन भेजने वाले सर्वर से रिज़ॉल्व नहीं होता (न MX, न कोई एड्रेस रिकॉर्ड, या लोकल रिज़ॉल्वर विफल होता है)।</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>माइग्रेशन के बाद बचा हुआ रूटिंग कॉन्फ़िगरेशन (हटाए गए रूटिंग ग्रुप, पुराने कनेक्टर)।</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>जाँचें कि गंतव्य डोमेन का इस्तेमाल लायक MX है।</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>नाम रिज़ॉल्यूशन को खुद मेल सर्वर से, उसी रिज़ॉल्वर के साथ टेस्ट करें जिसका वह असल में उपयोग करता है।</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>दिखाएँ कि Postfix आउटबाउंड मेल को कैसे रूट करेगा (रिले होस्ट और transport maps)।</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA इसे अस्थायी मानता है और पुनः प्रयास करता रहता है, लेकिन रूटिंग की कमी अपने आप ठीक नहीं होती: रूट या DNS ठीक करें, फिर क्यू फ़्लश करें।</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>अनुरोधित मेल कार्रवाई नहीं की गई: मेलबॉक्स उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>ग्रेलिस्टिंग</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>सॉफ़्ट बाउंस</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>सर्वर ने फ़िलहाल इस प्राप्तकर्ता या कमांड पर कार्रवाई नहीं की, लेकिन उम्मीद करता है कि बाद में यह काम कर सकता है; RFC 5321 उदाहरण के रूप में व्यस्त मेलबॉक्स और अस्थायी नीति ब्लॉक देता है। आज सबसे आम कारण, काफ़ी अंतर से, ग्रेलिस्टिंग है, उसके बाद अस्थायी नीति जाँचें (रिवर्स DNS या प्रेषक डोमेन जो रिज़ॉल्व नहीं हुआ, पते का सत्यापन जारी) और प्रति-प्राप्तकर्ता रेट सीमाएँ।</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>ज़्यादातर RCPT TO पर, कभी-कभी MAIL FROM पर। postgrey वाली ग्रेलिस्टिंग Postfix में &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot; के रूप में दिखती है; दूसरे ग्रेलिस्टिंग टूल 450 4.7.1 या 451 4.7.1 का उपयोग करते हैं। Postfix &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (पुराने संस्करणों में 4.7.1), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; और &quot;450 4.1.1 ... unverified address&quot; भी भेजता है। जब किसी एक प्राप्तकर्ता को बहुत तेज़ी से बहुत ज़्यादा मेल मिलता है, तो Gmail 450 4.2.1 का उपयोग करता है। ODMR (RFC 2645) में 450 अस्वीकृत ATRN का भी जवाब होता है।</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>ग्रेलिस्टिंग के लिए किसी को कुछ करने की ज़रूरत नहीं, जब तक भेजने वाला MTA संदेश रखे रहता है और उसी पते से पुनः प्रयास करता है: ग्रेलिस्ट देरी (postgrey में डिफ़ॉल्ट रूप से पाँच मिनट) के बाद का पहला पुनः प्रयास स्वीकार हो जाता है। अगर किसी एप्लिकेशन का मेल खो जाता है, तो प्रेषक का एडमिन उसे प्राप्तकर्ता के MX से सीधे बात करने के बजाय किसी असली, क्यू रखने वाले MTA के ज़रिए सबमिट करवाता है। नीति वाले मामलों में प्रेषक का एडमिन वह ठीक करता है जो पाठ में बताया गया है: ऐसा PTR रिकॉर्ड जो वापस उसी IP पर रिज़ॉल्व हो, रिज़ॉल्व होने वाला प्रेषक डोमेन, या किसी व्यस्त प्राप्तकर्ता की ओर धीमी दर। प्राप्तकर्ता का एडमिन उन बड़े प्रेषकों को व्हाइटलिस्ट कर सकता है जो कई अलग-अलग पतों से पुनः प्रयास करते हैं।</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>ग्रेलिस्टिंग: इस क्लाइंट IP, प्रेषक और प्राप्तकर्ता की तिकड़ी का पहला संपर्क, जिसे ग्रेलिस्ट देरी के बाद पुनः प्रयास होने तक टाल दिया जाता है।</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>क्लाइंट IP का कोई PTR रिकॉर्ड नहीं है, या PTR नाम वापस उस IP पर रिज़ॉल्व नहीं होता, और सर्वर अस्वीकार करने के बजाय टाल देता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>उस समय प्रेषक का डोमेन रिज़ॉल्व नहीं हुआ (DNS टाइमआउट या रिकॉर्ड गायब), इसलिए सर्वर उसे सत्यापित नहीं कर सका।</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>प्राप्तकर्ता पते का सत्यापन (अगले हॉप को भेजा गया प्रोब) अभी पूरा नहीं हुआ है, या अगला हॉप पहुँच से बाहर था।</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>किसी एक प्राप्तकर्ता को बहुत तेज़ी से मेल मिल रहा है और प्रोवाइडर उस मेलबॉक्स पर रेट लिमिट लगाता है।</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>डिलीवरी वाली ओर मेलबॉक्स लॉक या व्यस्त है।</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>ऐसा प्रेषक जो हर बार अलग IP से पुनः प्रयास करता है, या हर प्रयास पर नया एनवेलप प्रेषक इस्तेमाल करता है, कभी अपनी ही ग्रेलिस्ट एंट्री से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>देरी का पूरा पाठ पढ़ें: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; और &quot;Domain not found&quot;, हर एक अलग समाधान की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>भेजने वाले IP का PTR रिकॉर्ड जाँचें और यह भी कि उसका नाम वापस उसी पते पर मैप होता है।</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>प्राप्त करने वाली ओर देखें कि ग्रेलिस्टिंग ने किन प्रेषकों का मेल टाला।</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>जाँचें कि एनवेलप प्रेषक का डोमेन रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें, संभव हो तो उसी IP से और उसी एनवेलप प्रेषक के साथ, और बाउंस करने से पहले कई दिनों तक कोशिश करते रहें; 450 को कभी स्थायी न मानें। RFC 5321 कम से कम 30 मिनट के पुनः प्रयास अंतराल का सुझाव देता है; ज़्यादातर MTA इससे जल्दी पुनः प्रयास करते हैं, जिससे कुछ मिनटों की आम ग्रेलिस्टिंग देरी पार हो जाती है।</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail बहुत ज़्यादा मेल पा रहे किसी एक प्राप्तकर्ता मेलबॉक्स पर रेट लिमिट लगा रहा है, भेजने वाले सर्वर पर नहीं; बाद के प्रयास आमतौर पर सफल होते हैं।</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>अनुरोधित कार्रवाई रोकी गई: प्रोसेसिंग में लोकल त्रुटि</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>ग्रेलिस्टिंग</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>सॉफ़्ट बाउंस</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>सर्वर को अपनी ओर कोई समस्या आई और उसने कमांड बीच में रोक दिया; क्लाइंट बाद में फिर कोशिश कर सकता है। व्यवहार में 451 में लोकल गड़बड़ियाँ (कॉन्फ़िगरेशन त्रुटि, विफल लुकअप, बंद पड़ा कंटेंट फ़िल्टर या milter, ऐसी क्यू जिसमें वह लिख नहीं सकता) आती हैं और, बहुत बार, RCPT TO पर या संदेश डेटा के बाद भेजी जाने वाली ग्रेलिस्टिंग और अस्थायी एंटी-स्पैम देरी भी।</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>RCPT TO पर या DATA के अंतिम डॉट के बाद। आम पंक्तियाँ: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist और इसी तरह के टूल), &quot;451 4.3.5 Server configuration error&quot; (टूटी lookup table या restriction वाला Postfix), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix, जब कोई milter पहुँच से बाहर हो और tempfail पर सेट हो), Exim से &quot;Temporary local problem - please try later&quot;, और Microsoft के 451 4.7.5xx और 4.7.6xx थ्रॉटलिंग रिप्लाई।</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>प्रेषक का MTA अपने आप पुनः प्रयास करता है; जब तक देरी लंबी न खिंचे, किसी को कुछ करने की ज़रूरत नहीं। फिर काम बँट जाता है: ग्रेलिस्टिंग और रेप्युटेशन थ्रॉटलिंग सही PTR, SPF और DKIM वाले स्थिर IP से सामान्य पुनः प्रयास करके पार होती हैं (प्रेषक का एडमिन), जबकि कॉन्फ़िगरेशन त्रुटियाँ, बंद milter, भरी डिस्क और विफल डायरेक्टरी लुकअप प्राप्तकर्ता के एडमिन का काम हैं, जिसके लॉग में उसी सत्र की पंक्ति विफल हो रहे घटक का नाम बताती है।</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>ग्रेलिस्टिंग या कोई दूसरा एंटी-स्पैम टूल अज्ञात प्रेषकों को टाल रहा है, अक्सर संदेश डेटा के बाद, ताकि सामग्री को स्कोर किया जा सके।</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>सर्वर को चाहिए कोई lookup table, डेटाबेस या डायरेक्टरी क्वेरी विफल हुई (map फ़ाइल गायब, LDAP या Active Directory सर्वर पहुँच से बाहर)।</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>कोई कंटेंट फ़िल्टर, एंटीवायरस डेमन या milter बंद है या टाइमआउट हो रहा है, और सर्वर बिना स्कैन किए मेल स्वीकार करने के बजाय उसे टालने के लिए सेट है।</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>सर्वर संदेश को अपनी क्यू में नहीं लिख सका (डिस्क भरी, गलत अनुमतियाँ, cleanup प्रोसेस की विफलता)।</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>प्रेषक के डोमेन पर किया गया प्रेषक सत्यापन callout पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>भेजने वाले IP की रेप्युटेशन या वॉल्यूम के आधार पर प्रोवाइडर की थ्रॉटलिंग।</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>देरी का एन्हांस्ड कोड पढ़ें: 4.7.x नीति की ओर इशारा करता है, 4.3.x प्राप्त करने वाले पक्ष के अपने सिस्टम की ओर।</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर, उसी सत्र के लिए लॉग हुई चेतावनी खोजें (विफल table lookup, milter त्रुटियाँ)।</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>प्राप्त करने वाले Exim सर्वर पर, लोकल समस्या के लिए panic लॉग देखें।</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>जाँचें कि प्रेषक डोमेन का SPF रिकॉर्ड भेजने वाले IP को कवर करता है, ताकि रेप्युटेशन के कारण होने वाली देरी हट जाए।</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें और संदेश को कई दिनों तक क्यू में रखें। अंतिम डॉट के बाद आया 451 पूरे ट्रांज़ैक्शन पर लागू होता है, इसलिए पूरा संदेश फिर से जाता है, केवल कुछ प्राप्तकर्ताओं के लिए नहीं।</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Gmail का सामान्य अस्थायी इनकार; यह कोई खास कारण नहीं बताता और आमतौर पर बाद के प्रयास में हट जाता है।</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com भेजने वाले IP की रेप्युटेशन के कारण उसे थ्रॉटल करता है; 4.7.650 Microsoft का निजी एन्हांस्ड कोड है, IANA रजिस्ट्री का नहीं।</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>अनुरोधित कार्रवाई नहीं की गई: सिस्टम स्टोरेज अपर्याप्त</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>मेलबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>कोटा खत्म</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>सर्वर इसे अभी नहीं ले सकता क्योंकि कोई संसाधन सीमा पूरी हो गई है। RFC 5321 स्टोरेज का नाम लेता है, और 452 को तब भी सही जवाब बनाता है जब किसी एक ट्रांज़ैक्शन में सर्वर के पास और प्राप्तकर्ताओं के लिए जगह न हो (&quot;too many recipients&quot;, 452 4.5.3); भरा हुआ मेलबॉक्स (452 4.2.2) और भरी हुई सर्वर क्यू (452 4.3.1) भी इसी का उपयोग करते हैं। सभी अस्थायी हैं: वही मेल बाद में या छोटे हिस्सों में सफल हो सकता है।</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>बहुत ज़्यादा प्राप्तकर्ता: प्रति-संदेश सीमा पूरी होने पर RCPT TO पर, उदाहरण के लिए smtpd_recipient_limit (डिफ़ॉल्ट रूप से 1000) के बाद Postfix का &quot;452 4.5.3 Error: too many recipients&quot; या Gmail का 452 4.5.3। स्टोरेज: MAIL FROM पर, जब Postfix के क्यू फ़ाइल सिस्टम में जगह कम हो (&quot;452 4.3.1 Insufficient system storage&quot;), जब कोई SIZE पैरामीटर उस समय की खाली जगह से ज़्यादा हो (RFC 1870), या Exchange back pressure से (&quot;452 4.3.1 Insufficient system resources&quot;)। मेलबॉक्स कोटा से ज़्यादा: RCPT TO पर, जैसे Gmail का 452 4.2.2।</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>पहले एन्हांस्ड कोड पढ़ें। 4.5.3 के साथ भेजने वाला सॉफ़्टवेयर तभी गलत होता है जब वह हार मान ले: उसे पहले से स्वीकार हुए प्राप्तकर्ताओं को डिलीवर करना होगा और बाकी को दूसरे ट्रांज़ैक्शन में भेजना होगा; बल्क टूल को हर संदेश में कम प्राप्तकर्ता रखने चाहिए, और जिस प्राप्तकर्ता एडमिन की सीमा 100 से कम है, वह RFC 5321 का उल्लंघन कर रहा है। 4.2.2 के साथ प्राप्तकर्ता को मेलबॉक्स साफ़ करना होगा। 4.3.1 के साथ प्राप्तकर्ता का एडमिन डिस्क जगह खाली करता है या back pressure से निपटता है, जबकि प्रेषक इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>एक ट्रांज़ैक्शन में सर्वर की प्रति-संदेश प्राप्तकर्ता सीमा से ज़्यादा RCPT TO कमांड।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>प्राप्तकर्ता का मेलबॉक्स कोटा से ज़्यादा भर गया है।</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>प्राप्त करने वाले सर्वर की क्यू या स्पूल डिस्क लगभग भर गई है, या Exchange back pressure सक्रिय है।</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>MAIL FROM में घोषित SIZE उस जगह से बड़ा है जो सर्वर के पास अभी खाली है।</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>प्रोवाइडर की कोई नीति जो किसी डोमेन के लिए प्रति ट्रांज़ैक्शन प्राप्तकर्ताओं को सीमित करती है (Gmail: &quot;Domain policy size per transaction exceeded&quot;)।</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>देखें कि देरी की सूचना या बाउंस में 452 के साथ कौन-सा एन्हांस्ड कोड आया।</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर प्रति-संदेश प्राप्तकर्ता सीमा जाँचें।</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>प्राप्त करने वाले सर्वर पर, जहाँ स्पूल है वहाँ की खाली जगह जाँचें।</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>यह देखने के लिए कि सीमा कहाँ से शुरू होती है, कई प्राप्तकर्ताओं को एक टेस्ट संदेश भेजें।</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>बहुत ज़्यादा प्राप्तकर्ताओं के मामले में, संदेश अभी स्वीकार हुए प्राप्तकर्ताओं को भेजें और अस्वीकृत प्राप्तकर्ताओं को नए ट्रांज़ैक्शन में रखें (RFC 5321 4.5.3.1.10); उन्हें कभी छोड़ें या बाउंस न करें। स्टोरेज या कोटा के लिए बैकऑफ़ के साथ बाद में पुनः प्रयास करें। RFC 5321 क्लाइंट से यह भी कहता है कि बहुत ज़्यादा प्राप्तकर्ताओं के लिए आए पुरानी शैली के 552 को अस्थायी मानें।</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail ने इस ट्रांज़ैक्शन में प्राप्तकर्ता सूची का केवल एक हिस्सा स्वीकार किया; बाकी को दूसरे ट्रांज़ैक्शन या संदेश में भेजना होगा।</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail प्राप्तकर्ता का स्टोरेज भर गया है; प्राप्तकर्ता के जगह खाली करने या और स्टोरेज खरीदने के बाद डिलीवरी फिर काम करती है।</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online चाहता है कि अलग-अलग डेटासेंटर क्षेत्रों में होस्ट किए गए प्राप्तकर्ताओं को अलग ट्रांज़ैक्शन में भेजा जाए; भेजने वाले MTA को अस्वीकृत प्राप्तकर्ताओं के लिए अलग से पुनः प्रयास करना चाहिए।</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>आपके लिए कोई मेल नहीं है</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>ऑन-डिमांड मेल रिले (On-Demand Mail Relay, ODMR, RFC 2645) का हिस्सा: ATRN का जवाब, जब सर्वर के पास क्लाइंट द्वारा माँगे गए डोमेन के लिए क्यू में कोई मेल न हो। यह त्रुटि से ज़्यादा जानकारी है: डिलीवर करने को कुछ नहीं है, इसलिए भूमिकाएँ उलटी नहीं होतीं।</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>केवल ODMR सर्वरों पर (पोर्ट 366), जब डायनेमिक IP पते वाला कोई क्लाइंट ऑथेंटिकेट होकर अपने डोमेन के लिए ATRN भेज चुका हो। आज ODMR दुर्लभ है, और कुछ कोड तालिकाएँ 453 को यह बताए बिना सूचीबद्ध करती हैं कि यह केवल इसी संदर्भ में आता है।</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>अगर क्यू सच में खाली है, तो ठीक करने को कुछ नहीं। अगर मेल की उम्मीद थी, तो क्लाइंट का एडमिन जाँचता है कि ATRN में सही डोमेन दिए गए थे और डोमेन के MX रिकॉर्ड वाकई मेल को ODMR प्रोवाइडर तक रूट करते हैं।</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>इस समय अनुरोधित डोमेन के लिए कोई मेल इंतज़ार में नहीं है।</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>क्लाइंट ने ऐसा डोमेन नाम माँगा जिसके नाम से ODMR सर्वर क्यू नहीं रखता (टाइपिंग की गलती, पैरेंट डोमेन के बजाय सबडोमेन)।</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>डोमेन के MX रिकॉर्ड ODMR प्रोवाइडर की ओर इशारा नहीं करते, इसलिए उसका मेल कभी उस क्यू तक नहीं पहुँचता।</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>जाँचें कि डोमेन के MX रिकॉर्ड ODMR प्रोवाइडर के सर्वरों की ओर इशारा करते हैं।</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>ODMR सत्र हाथ से चलाएँ: EHLO, AUTH, फिर डोमेन के साथ ATRN, और रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>अभी पुनः प्रयास की ज़रूरत नहीं; अगले तय अंतराल पर फिर पोल करें, जैसा ODMR क्लाइंट सामान्य रूप से करता है।</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>अस्थायी कारण से TLS उपलब्ध नहीं / अस्थायी ऑथेंटिकेशन विफलता</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>STARTTLS फ़ेल</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>दो एक्सटेंशन RFC 454 को परिभाषित करते हैं, दोनों किसी सुरक्षा चरण की अस्थायी विफलता के लिए। RFC 3207 इसका उपयोग तब करता है जब STARTTLS अभी नहीं हो सकता; RFC 4954 &quot;454 4.7.0 Temporary authentication failure&quot; का उपयोग तब करता है जब सर्वर उस समय क्रेडेंशियल नहीं जाँच सकता, उदाहरण के लिए क्योंकि उसका पासवर्ड बैकएंड बंद है। यह 4.7.1 के साथ भी दिखता है जब किसी रिले प्रयास को अस्वीकार करने के बजाय टाल दिया जाता है।</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>STARTTLS के बाद: जब Postfix अपना सर्टिफ़िकेट या की लोड नहीं कर पाता, तो &quot;454 4.7.0 TLS not available due to local problem&quot; लौटाता है और कारण लॉग करता है। AUTH के बाद: जब Dovecot, saslauthd, LDAP या Active Directory जवाब नहीं देता, तो Postfix, Exchange और दूसरे &quot;454 4.7.0 Temporary authentication failure&quot; भेजते हैं, और Gmail अपना 454 4.7.0 पाठ भेजता है। RCPT TO पर: soft_bounce चालू रखकर चल रहे Postfix सर्वर से &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot;।</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>STARTTLS के मामले में प्राप्त करने वाले सर्वर का एडमिन TLS सेटअप ठीक करता है (सर्टिफ़िकेट और की के पाथ, अनुमतियाँ, सर्टिफ़िकेट से मेल खाती की, समाप्ति तिथि) और रीलोड करता है; जिस क्लाइंट को TLS अनिवार्य नहीं है, वह सादे पाठ में जारी रख सकता है, क्योंकि RFC 3207 यह निर्णय क्लाइंट पर छोड़ता है। AUTH के मामले में सर्वर का एडमिन ऑथेंटिकेशन बैकएंड बहाल करता है; उपयोगकर्ताओं को 454 के कारण पासवर्ड नहीं बदलने चाहिए। रिले इनकार के मामले में क्लाइंट को बाहरी डोमेन पर भेजने से पहले ऑथेंटिकेट करना होगा।</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>सर्वर अपना TLS सर्टिफ़िकेट या प्राइवेट की पढ़ या लोड नहीं कर सकता (गलत पाथ, अनुमतियाँ, की सर्टिफ़िकेट से मेल नहीं खाती)।</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>ऑथेंटिकेशन बैकएंड (Dovecot auth socket, saslauthd, LDAP, Active Directory, डेटाबेस) बंद, धीमा या पहुँच से बाहर है।</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>अकाउंट के लिए बहुत सारे समानांतर लॉगिन या हाल के विफल प्रयास, और प्रोवाइडर कुछ समय के लिए आगे के AUTH टाल देता है।</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>बिना ऑथेंटिकेशन वाले किसी क्लाइंट ने ऐसे सर्वर पर बाहरी डोमेन की ओर रिले करने की कोशिश की जो ऐसे प्रयासों को अस्वीकार करने के बजाय टाल देता है।</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>STARTTLS के ठीक बाद, TLS हैंडशेक से पहले पाइपलाइन किए गए कमांड (Gmail 454 4.5.0 से जवाब देता है)।</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>सर्वर पर STARTTLS टेस्ट करें और रिप्लाई तथा सर्टिफ़िकेट देखें।</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Postfix सर्वर पर पता करें कि TLS क्यों बंद किया गया।</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>जाँचें कि Dovecot ऑथेंटिकेशन बैकएंड किसी टेस्ट अकाउंट के लिए जवाब देता है।</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>ऑथेंटिकेटेड सबमिशन को शुरू से अंत तक टेस्ट करें।</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें। जिस क्लाइंट को TLS या ऑथेंटिकेशन अनिवार्य है, उसे चुपचाप पीछे नहीं हटना चाहिए; opportunistic MTA अपनी नीति अनुमति दे तो बिना TLS के डिलीवर कर सकता है। 454 के कारण उपयोगकर्ता से कभी नया पासवर्ड न माँगें।</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail अभी लॉगिन पूरा नहीं कर सका, अक्सर उस अकाउंट के लिए कई समानांतर कनेक्शनों या विफल प्रयासों के बाद; ज़रूरी नहीं कि पासवर्ड गलत हो।</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>क्लाइंट ने STARTTLS के साथ और कमांड भी भेज दिए; क्लाइंट सॉफ़्टवेयर को EHLO दोबारा भेजने से पहले 220 रिप्लाई का इंतज़ार करना होगा और TLS हैंडशेक पूरा करना होगा।</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>सर्वर पैरामीटर समायोजित नहीं कर सकता</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>सर्वर ने MAIL FROM या RCPT TO के साथ दिए गए पैरामीटर पहचान लिए, लेकिन अभी उनका पालन नहीं कर सकता। RFC 5321 4.1.1.11 इसे 555 से अलग करता है, जिसका अर्थ है कि पैरामीटर पहचाने ही नहीं गए या लागू ही नहीं हैं: 455 अस्थायी मामला है, जब तक पैरामीटर का अपना एक्सटेंशन कोई दूसरा कोड तय न करे।</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>कम ही। यह MAIL FROM या RCPT TO पर आता, जब कोई घोषित एक्सटेंशन पैरामीटर (मान लीजिए कोई DSN, SIZE, प्राथमिकता या SMTPUTF8 विकल्प) किसी ऐसी चीज़ पर निर्भर हो जो उस समय उपलब्ध नहीं है। ज़्यादातर सर्वर ऐसी स्थितियों में इसके बजाय 451 या 452 देते हैं, इसलिए 455 दिखे तो उसे नोट करना उचित है।</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>प्रेषक का MTA किसी भी 4xx की तरह पुनः प्रयास करता है। अगर यह बना रहे, तो क्लाइंट सॉफ़्टवेयर उस वैकल्पिक पैरामीटर के बिना भेज सकता है जिससे सर्वर को दिक्कत है, और सर्वर के एडमिन को उस एक्सटेंशन के पीछे के घटक की जाँच करनी चाहिए।</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>पैरामीटर जिस सेवा पर निर्भर है (DSN बनाना, प्राथमिकता वाली क्यू, साइज़ की गिनती), वह सर्वर पर अस्थायी रूप से उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>सर्वर ने अपने EHLO रिप्लाई में कोई एक्सटेंशन घोषित किया, लेकिन उसके पीछे का फ़ीचर अभी बंद या ओवरलोड है।</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>क्लाइंट द्वारा भेजे गए पैरामीटर की तुलना सर्वर द्वारा घोषित एक्सटेंशन से करें।</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>भेजने वाले लॉग में वह MAIL FROM या RCPT TO पंक्ति खोजें जिस पर 455 आया।</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>बैकऑफ़ के साथ, बिना बदलाव के, बाद में पुनः प्रयास करें। अगर यह विफल होता रहे, तो वैकल्पिक पैरामीटर के बिना पुनः प्रयास करना स्वीकार्य है, जहाँ वह पैरामीटर ज़रूरी न हो।</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>कृपया संदेश का तुरंत IPv4 पर पुनः प्रयास करें, क्योंकि यह SPF और DKIM में विफल है</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>प्रस्तावित, पर कभी मानकीकृत नहीं: 2013-2014 के एक समाप्त Internet-Draft (draft-martin-smtp-ipv6-to-ipv4-fallback) ने सुझाव दिया था कि IPv6 पर आए संदेश को, वहाँ SPF और DKIM में विफल होने के कारण, अस्वीकार करने वाला प्राप्त करने वाला पक्ष 456 से जवाब दे, ताकि प्रेषक तुरंत IPv4 पर पुनः प्रयास करे। कोई RFC इसे परिभाषित नहीं करता, और मुख्यधारा के MTA यह खास पुनः प्रयास लागू नहीं करते; उनके लिए यह एक सामान्य 4xx है।</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>शायद ही कभी। यह विचार उन प्राप्त करने वाले पक्षों से आया जो IPv6 प्रेषकों पर IPv4 प्रेषकों की तुलना में सख्त नियम (ऑथेंटिकेशन और PTR अनिवार्य) लागू करते हैं। प्रेषकों को असल में बिना ऑथेंटिकेशन वाले IPv6 मेल की स्थायी अस्वीकृति मिलती है, उदाहरण के लिए Gmail के 550 रिप्लाई जो उसकी IPv6 सेंडिंग गाइडलाइन या गायब PTR रिकॉर्ड की ओर इशारा करते हैं।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>प्रेषक का एडमिन IPv6 मेल को IPv4 मेल जितना भरोसेमंद बनाता है: IPv6 पते का ऐसा PTR रिकॉर्ड जो वापस रिज़ॉल्व हो, ip6: एंट्री से उसे कवर करने वाला SPF, और DKIM साइनिंग। तब तक, आउटबाउंड SMTP के लिए MTA को IPv4 को प्राथमिकता देने या केवल IPv4 इस्तेमाल करने के लिए कॉन्फ़िगर करें (Postfix: smtp_address_preference या inet_protocols; Exim: disable_ipv6 या dns_ipv4_lookup)।</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>भेजने वाले होस्ट का IPv6 पता प्रेषक डोमेन के SPF रिकॉर्ड में कवर नहीं है।</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>संदेश DKIM से साइन नहीं है, या सिग्नेचर टूट जाता है, इसलिए IPv6 डिलीवरी को और कुछ ऑथेंटिकेट नहीं करता।</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>IPv6 पते का कोई रिवर्स DNS नहीं है, या उसका PTR नाम वापस उस पर रिज़ॉल्व नहीं होता।</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>जाँचें कि गंतव्य MX का कोई IPv6 पता है या नहीं जिसका आपका MTA उपयोग कर रहा हो सकता है।</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>अपने भेजने वाले IPv6 पते का PTR रिकॉर्ड जाँचें।</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>जाँचें कि SPF IPv6 पते को कवर करता है (कोई ip6: एंट्री या कोई include जिसमें वह शामिल हो)।</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>नतीजे की तुलना के लिए केवल IPv4 पर एक टेस्ट भेजें।</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>ड्राफ़्ट को जानने वाला MTA तुरंत IPv4 पर पुनः प्रयास करता; असली MTA इसे किसी भी 4xx की तरह टालते हैं और अगले प्रयास में फिर IPv6 पर पहुँच सकते हैं। IPv6 ऑथेंटिकेशन ठीक करना, या आउटबाउंड के लिए IPv4 को प्राथमिकता देना, भरोसेमंद रास्ता है।</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>नोड &lt;x&gt; के लिए संदेश क्यू में नहीं डाल सकता</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>ETRN (RFC 1985) का एक जवाब: सर्वर ने किसी डोमेन या नोड के लिए रखे मेल की डिलीवरी शुरू करने का अनुरोध समझ लिया, लेकिन अभी वह क्यू रन शुरू नहीं कर सकता। ETRN का उपयोग रुक-रुककर जुड़ने वाली साइटें करती हैं, जो अपने प्रोवाइडर या बैकअप MX से अपने लिए इंतज़ार कर रहे मेल को फ़्लश करने को कहती हैं।</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>केवल ETRN कमांड के बाद, जिसे आमतौर पर ETRN मोड में fetchmail, अपना लिंक चालू होने पर किसी छोटे ऑफ़िस का मेल सर्वर, या कोई हाथ से भेजता है। जब Postfix की flush सेवा विफलता बताती है, तो Postfix &quot;458 Unable to queue messages&quot; लौटाता है, और Postfix postscreen अपने देखे हर ETRN को यही जवाब देता है।</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>क्यू रखने वाले रिले का एडमिन उसका flush तंत्र जाँचता है (Postfix में flush सेवा और fast_flush_domains सेटिंग) और यह भी कि क्यू पढ़ी जा सकती है। जब तक यह ठीक नहीं होता, रोका गया मेल रिले के सामान्य पुनः प्रयास शेड्यूल पर निकलता रहता है।</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>रिले की क्यू-फ़्लश (queue-flush) सेवा विफल हो गई या चल नहीं रही।</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>क्लाइंट किसी ऐसे फ़्रंट एंड तक पहुँचा, जैसे Postfix postscreen, जो ETRN को आगे नहीं बढ़ाता।</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>अनुरोधित डोमेन के लिए क्यू स्कैन करते समय रिले की ओर कोई त्रुटि।</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>रिले पर देखें कि Postfix किन डोमेन के लिए ETRN स्वीकार करता है।</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>रिले पर उस डोमेन की डिलीवरी लोकल रूप से शुरू करें, जो ETRN असल में माँगता है।</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>रिले के लॉग में ETRN चेतावनी खोजें।</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>अगले कनेक्शन या पोल पर ETRN फिर से भेजें; इस बीच रिले मेल रखे रहता है और अपने पुनः प्रयास शेड्यूल पर उसे डिलीवर करता है।</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>नोड &lt;x&gt; की अनुमति नहीं: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>ETRN (RFC 1985) का एक जवाब: सर्वर बताए गए नोड या डोमेन के लिए क्यू रन शुरू करने से मना करता है, और कारण देता है। अनुरोध समझा गया; सर्वर उस नाम के लिए, या इस क्लाइंट को, यह सेवा नहीं देता।</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>ETRN के बाद, जब डोमेन उनमें से न हो जिनके लिए रिले क्यू रखता है, या उसकी नीति इस क्लाइंट को रन शुरू करने की अनुमति न दे। जब डोमेन उसकी fast flush सेवा (fast_flush_domains, जिसका डिफ़ॉल्ट relay_domains सूची है) के योग्य न हो, तो Postfix &quot;459 &lt;example.com&gt;: service unavailable&quot; लौटाता है; उसके smtpd_etrn_restrictions भी अनुरोध अस्वीकार कर सकते हैं।</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>क्लाइंट का एडमिन जाँचता है कि ETRN में ठीक वही डोमेन दिया गया है जिसका मेल रिले रखता है। अगर यह सेवा देनी है, तो रिले का एडमिन डोमेन को ETRN योग्य सूची में जोड़ता है (Postfix: fast_flush_domains) और अपने ETRN प्रतिबंधों में क्लाइंट को अनुमति देता है।</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>अनुरोधित डोमेन रिले की ETRN योग्य डोमेन सूची में नहीं है।</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>रिले की नीति इस क्लाइंट पते से, या ऑथेंटिकेशन से पहले, ETRN अस्वीकार करती है।</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>क्लाइंट ने उस नाम से अलग नाम भेजा जिसके तहत रिले क्यू रखता है (डोमेन के बजाय होस्ट नाम, या इसका उल्टा)।</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>रिले पर जाँचें कि कौन-से डोमेन फ़्लश के योग्य हैं।</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>रिले पर ETRN प्रतिबंध जाँचें।</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>हाथ से EHLO और फिर ETRN भेजें और कारण वाला पाठ पढ़ें।</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>वही ETRN बिना बदलाव के न दोहराएँ; यह फिर अस्वीकार होगा। पहले डोमेन नाम ठीक करें या रिले को कॉन्फ़िगर करवाएँ। क्यू में पहले से पड़ा मेल खोता नहीं है: वह रिले के सामान्य पुनः प्रयासों का इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>मेल सर्वर की त्रुटि, अक्सर कोई लोकल एंटी-स्पैम फ़िल्टर</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। सूचियाँ इसे मेल सर्वर की त्रुटि बताती हैं, अक्सर किसी लोकल एंटी-स्पैम फ़िल्टर की; यह संख्या बिना डॉट के लिखा एन्हांस्ड स्टेटस कोड 4.7.1 (डिलीवरी अधिकृत नहीं, अस्थायी रूप में) है, ठीक वैसे ही जैसे 571 बिना डॉट का 5.7.1 है। नेटवर्क पर यह स्थिति 450 4.7.1 या 451 4.7.1 के रूप में आती है।</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>कोड तालिकाओं में और उपयोगकर्ताओं की रिपोर्टों में जहाँ 4.7.1 के डॉट गायब हो गए। इसके पीछे के असली रिप्लाई अस्थायी नीति इनकार हैं: ग्रेलिस्टिंग, पुराने Postfix संस्करणों का &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (मौजूदा संस्करण वहाँ 4.7.25 भेजते हैं), या प्रेषक की अपनी ओर का कोई आउटगोइंग फ़िल्टर या गेटवे जो संदेश को टाल रहा है।</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>कुछ भी करने से पहले लॉग या बाउंस में असली रिप्लाई खोजें। अगर यह ग्रेलिस्टिंग है, तो क्यू को पुनः प्रयास करने दें। अगर यह रिवर्स-DNS या रेप्युटेशन जाँच है, तो प्रेषक का एडमिन PTR, SPF और DKIM ठीक करता है। अगर आपके अपने आउटगोइंग एंटी-स्पैम गेटवे ने इसे टाला, तो आपका एडमिन उस गेटवे का लॉग और भेजने की सीमाएँ जाँचता है।</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>प्राप्त करने वाली ओर की किसी अस्थायी एंटी-स्पैम या नीति जाँच (ग्रेलिस्टिंग, रेप्युटेशन, रेट कंट्रोल) ने संदेश को 4.7.1 के साथ टाल दिया।</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>भेजने वाले IP का मेल खाता PTR रिकॉर्ड नहीं है और प्राप्त करने वाला पक्ष क्लाइंट को सत्यापित कर पाने तक टालता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>प्रेषक के अपने आउटबाउंड फ़िल्टर या गेटवे ने संदेश रोक लिया, उदाहरण के लिए संदिग्ध स्पैम मानकर या भेजने की सीमा पार होने पर।</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>मेल लॉग में वह असली रिप्लाई खोजें जिसमें 4.7.1 था।</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>पुष्टि करें कि भेजने वाले IP का PTR नाम वापस उसी IP पर रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>deferred क्यू देखें, ताकि पता चले कि संदेश को आपके अपने गेटवे ने टाला या प्राप्त करने वाले पक्ष ने।</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>असली रिप्लाई जो भी रहा हो, 4.7.1 वर्ग की देरी अस्थायी होती है: बैकऑफ़ के साथ बाद में पुनः प्रयास करें। अगर वही इनकार एक दिन से ज़्यादा बना रहे, तो इसे ब्लॉक मानें और क्यू की अवधि खत्म होने का इंतज़ार करने के बजाय कारण ठीक करें।</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>सिंटैक्स त्रुटि, कमांड पहचाना नहीं गया</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>सर्वर को मिली पंक्ति का अर्थ समझ नहीं आया: कमांड वर्ब अज्ञात है या पंक्ति बिगड़ी हुई है। RFC 5321 बहुत लंबी कमांड पंक्ति के लिए भी 500 की अनुमति देता है, और RFC 4954 तब 500 5.5.6 का उपयोग करता है जब AUTH जवाब सर्वर के बफ़र से बड़ा हो। केवल वही कमांड विफल होता है; सत्र आमतौर पर खुला रहता है।</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>क्लाइंट के कोई पंक्ति भेजते ही, सत्र के किसी भी बिंदु पर। आम मामले: केवल HELO वाला सर्वर EHLO का जवाब दे रहा हो, क्लाइंट पोर्ट पर गलत प्रोटोकॉल बोल रहा हो (प्लेनटेक्स्ट पोर्ट पर भेजा गया TLS हैंडशेक, कोई HTTP अनुरोध), या मैनुअल telnet टेस्ट में टाइपिंग की गलती। Sendmail 500 5.5.1 Command unrecognized और Microsoft Exchange 500 5.3.3 Unrecognized command लौटाते हैं; Postfix और Gmail अज्ञात वर्ब के लिए इसके बजाय 502 का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>क्लाइंट चलाने वाला उसे ठीक करता है (प्रेषक का एडमिन या एप्लिकेशन डेवलपर): कमांड सुधारें, सही पोर्ट और TLS मोड इस्तेमाल करें, EHLO पर 500 आने पर HELO पर लौटें, और कमांड पंक्तियाँ 512 ऑक्टेट के भीतर रखें। अगर कोई फ़ायरवॉल SMTP ट्रैफ़िक बदलता है, तो उस ओर का नेटवर्क एडमिन उसका SMTP/ESMTP इंस्पेक्शन बंद या ढीला करता है। प्राप्त करने वाले सर्वर में बदलाव की ज़रूरत नहीं, जब तक उसे सच में वह कमांड सपोर्ट न करना चाहिए।</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>गलत लिखा कमांड या ऐसा कुछ जो SMTP कमांड है ही नहीं, हाथ से टाइप किए telnet या nc सत्रों में आम।</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>क्लाइंट पोर्ट पर गलत प्रोटोकॉल बोलता है: प्लेनटेक्स्ट SMTP पोर्ट पर भेजा गया TLS ClientHello, या गलत कॉन्फ़िगर किए गए मॉनिटर या प्रॉक्सी से आया HTTP अनुरोध।</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>कोई बहुत पुराना या न्यूनतम सर्वर EHLO नहीं जानता और अपेक्षा करता है कि क्लाइंट HELO पर लौटे।</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>SMTP इंस्पेक्शन वाला कोई फ़ायरवॉल (Cisco ASA ESMTP inspection इसका क्लासिक उदाहरण है) जिन कमांड की अनुमति नहीं देता उन्हें X अक्षरों की स्ट्रिंग से बदल देता है, जिन्हें सर्वर फिर पहचान नहीं पाता।</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>कमांड पंक्ति सर्वर की स्वीकार्य सीमा से लंबी है (RFC 5321 CRLF सहित केवल 512 ऑक्टेट की गारंटी देता है), या कोई AUTH जवाब सर्वर के SASL बफ़र से लंबा है।</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>संवाद हाथ से दोहराएँ और हर पंक्ति का रिप्लाई पढ़ें; EHLO के ठीक बाद 500 का अर्थ है कि सर्वर केवल HELO बोलता है।</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>अगर पोर्ट पहले बाइट से TLS की अपेक्षा करता है (465), तो उसे प्लेनटेक्स्ट भेजने के बजाय उसी तरह टेस्ट करें।</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>बैनर और EHLO रिप्लाई में तारांकन या X अक्षर देखें, जो इस बात का संकेत है कि रास्ते में किसी फ़ायरवॉल का SMTP इंस्पेक्शन है।</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Postfix क्लाइंट पर लॉग में अस्वीकृत कमांड खोजें; Postfix रिमोट रिप्लाई और वह कमांड दर्ज करता है जिसका जवाब दिया गया।</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>वही पंक्ति बिना बदलाव के दोबारा न भेजें। सत्र आमतौर पर अब भी इस्तेमाल लायक होता है: EHLO पर 500 के बाद HELO भेजें; किसी और 500 के बाद कमांड सुधारें, या QUIT करें और अगले प्रयास से पहले क्लाइंट ठीक करें।</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>पैरामीटर या आर्ग्युमेंट में सिंटैक्स त्रुटि</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>सर्वर कमांड जानता है लेकिन उसका आर्ग्युमेंट अस्वीकार करता है: बिगड़ा हुआ एनवेलप पता, अमान्य HELO/EHLO नाम, गलत बना ESMTP पैरामीटर, या ऐसा AUTH डेटा जो मान्य base64 नहीं है। उस रूप में कमांड अस्वीकार होता है और सर्वर उसी स्थिति में रहता है जिसमें वह था, इसलिए उसी सत्र में सुधारा हुआ कमांड भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>ज़्यादातर EHLO, MAIL FROM या RCPT TO पर, कभी-कभी AUTH के बीच में। Postfix 501 5.1.7 Bad sender address syntax (प्रेषक पते का सिंटैक्स गलत) या 501 5.1.3 Bad recipient address syntax (प्राप्तकर्ता पते का सिंटैक्स गलत) भेजता है; Exim 501 Syntactically invalid HELO argument(s) भेजता है। जब क्लाइंट एक तारांकन (*) भेजकर AUTH रद्द करता है या ऐसा base64 भेजता है जो डिकोड नहीं होता, तो RFC 4954 वाले सर्वर 501 देते हैं, और RFC 3207 किसी भी पैरामीटर के साथ दिए गए STARTTLS के लिए 501 तय करता है।</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>भेजने वाली ओर इसे ठीक करती है। प्रेषक गलत टाइप किया या बिगड़ा हुआ पता सुधारता है; प्रेषक का एडमिन MTA को सही, पूर्ण योग्य (fully qualified) HELO नाम देता है और ऐसी किसी भी स्क्रिप्ट या एप्लिकेशन की जाँच करता है जो एनवेलप कमांड या AUTH स्ट्रिंग खुद बनाती है। जब पते किसी वेब फ़ॉर्म या डेटाबेस से आते हों, तो SMTP तक पहुँचने से पहले उन्हें सत्यापित करें।</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>टूटे सिंटैक्स वाला एनवेलप पता: गायब कोणीय कोष्ठक, बीच में स्पेस, अंत में डॉट, बिना उद्धरण के विशेष अक्षर, या एक कमांड में दो पते।</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>खाली या बिगड़ा हुआ HELO/EHLO आर्ग्युमेंट, जैसे बिना वर्ग कोष्ठकों का अकेला IP पता या अंडरस्कोर वाला होस्ट नाम।</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>ऐसा AUTH डेटा जो मान्य base64 नहीं है, आमतौर पर किसी ऐसी स्क्रिप्ट से जो PLAIN स्ट्रिंग हाथ से जोड़ती है।</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>क्लाइंट ने एक तारांकन (*) भेजकर ऑथेंटिकेशन आदान-प्रदान रद्द किया, जिसका जवाब RFC 4954 के अनुसार 501 है।</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>अमान्य मान वाला कोई ESMTP पैरामीटर, उदाहरण के लिए गैर-संख्यात्मक SIZE= या बिगड़ा हुआ NOTIFY= या ORCPT=।</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>वही एनवेलप swaks से भेजें और नोट करें कि किस कमांड पर 501 आता है।</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>जाँचें कि आपका Postfix MTA HELO/EHLO में कौन-सा नाम घोषित करता है; यह पूर्ण योग्य होस्ट नाम या वर्ग कोष्ठक में पता (address literal) होना चाहिए।</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>क्लाइंट द्वारा भेजी गई AUTH PLAIN स्ट्रिंग डिकोड करें और पुष्टि करें कि उसमें क्रम से authorisation id, NUL, यूज़र, NUL, पासवर्ड है।</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>भेजे गए सटीक आर्ग्युमेंट को देखने के लिए भेजने वाले सर्वर के लॉग में अस्वीकृत पंक्ति खोजें।</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>कमांड या संदेश का बिना बदलाव के पुनः प्रयास न करें: वही आर्ग्युमेंट फिर अस्वीकार होगा। पता, HELO नाम, पैरामीटर या AUTH डेटा सुधारें; सत्र के भीतर क्लाइंट सुधारा हुआ कमांड तुरंत भेज सकता है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Gmail के इनबाउंड सर्वर कोई भी मेल आदान-प्रदान होने से पहले ऐसा HELO या EHLO अस्वीकार कर देते हैं जिसका आर्ग्युमेंट खाली हो या न तो मान्य होस्ट नाम हो न address literal।</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>कमांड लागू नहीं है</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>सर्वर कमांड पहचानता है लेकिन उसे लागू नहीं करता, या उसने उसे बंद कर रखा है। RFC 5321 4.2.4 ज्ञात पर लागू न किए गए कमांड के लिए 502 और अज्ञात कमांड के लिए 500 रखता है, फिर भी कई सर्वर, जिनमें Postfix और Gmail शामिल हैं, अज्ञात वर्ब का जवाब भी 502 से देते हैं।</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>वैकल्पिक कमांड के जवाब में: उन सर्वरों पर VRFY या EXPN जो इन्हें बंद रखते हैं (disable_vrfy_command = yes वाला Postfix 502 5.5.1 VRFY command is disabled लौटाता है), ETRN या TURN, या केवल HELO बोलने वाले सर्वर पर EHLO। Gmail जो कुछ नहीं जानता उसका जवाब 502 5.5.1 Unrecognized command से देता है, और Postfix 502 5.5.2 Error: command not recognized से।</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>ठीक क्लाइंट को करना है: उसे केवल वही कमांड इस्तेमाल करने चाहिए जो सर्वर ने अपने EHLO रिप्लाई में घोषित किए, EHLO अस्वीकार होने पर HELO पर लौटना चाहिए, और पते जाँचने के लिए VRFY या EXPN पर निर्भर रहना छोड़ देना चाहिए। प्राप्त करने वाली ओर का एडमिन तभी कार्रवाई करता है जब वह कमांड दिया जाना चाहिए, उदाहरण के लिए ऐसे ग्राहक के लिए ETRN चालू करना जिसका मेल वहाँ क्यू में है।</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>पते इकट्ठा करने से रोकने के लिए नीति के तहत VRFY या EXPN बंद है।</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>क्लाइंट ऐसा एक्सटेंशन इस्तेमाल करता है जिसे सर्वर ने EHLO के बाद कभी घोषित नहीं किया, जैसे ETRN, TURN, CHUNKING के बिना BDAT, या बिना ऑथेंटिकेशन वाले सर्वर पर AUTH।</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>केवल HELO वाला सर्वर EHLO अस्वीकार करता है और क्लाइंट HELO पर नहीं लौटता।</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Postfix या Gmail को भेजा गया टाइपिंग की गलती वाला या अज्ञात वर्ब, जो अपरिचित कमांड की सूचना 500 के बजाय 502 से देते हैं।</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>EHLO के बाद सर्वर असल में क्या घोषित करता है, उसकी सूची बनाएँ और उसकी तुलना विफल कमांड से करें।</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>अपने Postfix सर्वर पर जाँचें कि VRFY बंद किया गया है या नहीं।</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>क्लाइंट कॉन्फ़िगरेशन में ऐसे फ़ीचर देखें जिन्हें वह EHLO रिप्लाई की परवाह किए बिना ज़बरदस्ती चालू करता है, जैसे शेड्यूल किया गया ETRN या पोर्ट 25 पर AUTH।</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>यह कमांड इस सत्र में या बाद के सत्रों में न दोहराएँ; यह विफल होता रहेगा। इसके बिना आगे बढ़ें (EHLO के बजाय HELO, VRFY नहीं) या क्लाइंट बदलें।</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail बिल्कुल अज्ञात कमांड के लिए 500 नहीं, 502 लौटाता है, इसलिए Gmail का 502 आमतौर पर बंद किए गए फ़ीचर के बजाय टाइपिंग की गलती या किसी गैर-SMTP क्लाइंट की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>कमांड का गलत क्रम</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>कमांड मान्य है लेकिन सत्र के गलत बिंदु पर आया: MAIL से पहले RCPT, किसी स्वीकृत RCPT से पहले DATA, HELO/EHLO से पहले MAIL, ट्रांज़ैक्शन के भीतर दूसरा MAIL, या सफल लॉगिन के बाद AUTH। सर्वर उसे अस्वीकार करता है और अपनी मौजूदा स्थिति में रहता है।</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>ज़्यादातर RCPT TO या DATA पर। बाउंस में यह अक्सर असली समस्या छिपा देता है: पाइपलाइनिंग वाला क्लाइंट हर RCPT अस्वीकार होने के बावजूद DATA भेज देता है, इसलिए लॉग हुआ आखिरी रिप्लाई 503 होता है (Postfix: 503 5.5.1 Error: need RCPT command; Exim अपने 503 के अंदर पहले वाली RCPT त्रुटि उद्धृत करता है)। यह वहाँ भेजे गए AUTH का भी जवाब होता है जहाँ ऑथेंटिकेशन उपलब्ध नहीं है (Postfix: 503 5.5.1 Error: authentication not enabled)।</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>पहले 503 से पहले वाला रिप्लाई देखें। अगर प्राप्तकर्ता अस्वीकार हुए थे, तो वह कारण ठीक करें (पता, रिले अनुमति, नीति) और 503 अपने आप चला जाएगा। अगर क्रम सच में गलत है, तो क्लाइंट सॉफ़्टवेयर या स्क्रिप्ट सुधारनी होगी: पहले EHLO, STARTTLS के बाद फिर EHLO, AUTH एक बार और केवल वहीं जहाँ घोषित हो, फिर MAIL, RCPT और DATA।</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>हर RCPT TO अस्वीकार हुआ (अज्ञात उपयोगकर्ता, रिले से इनकार) और पाइपलाइनिंग वाले क्लाइंट ने फिर भी DATA भेज दिया, इसलिए 503 पहले वाले 5xx को ढक देता है।</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>क्लाइंट ने STARTTLS के बाद EHLO दोबारा नहीं भेजा, जो सत्र को उसकी प्रारंभिक स्थिति में रीसेट कर देता है।</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH ऐसे पोर्ट या सर्वर पर भेजा गया जहाँ ऑथेंटिकेशन चालू नहीं है, या पहले ही सफल हो जाने के बाद दूसरी बार भेजा गया।</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>कोई घर में बना क्लाइंट या स्क्रिप्ट MAIL से पहले RCPT भेजती है, या RSET के बिना दूसरा MAIL शुरू करती है।</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>पूरा ट्रांसक्रिप्ट या बाउंस पढ़ें, केवल उसकी आखिरी पंक्ति नहीं; 503 से पहले आए RCPT TO के रिप्लाई खोजें।</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>वही ट्रांज़ैक्शन STARTTLS पर कदम-दर-कदम चलाएँ और देखें कि सर्वर कहाँ आपत्ति करता है।</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>अगर 503, AUTH का जवाब है, तो जाँचें कि उस Postfix listener के लिए ऑथेंटिकेशन चालू भी है या नहीं; यह आमतौर पर केवल सबमिशन के लिए चालू होता है।</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>वही क्रम दोहराने पर वही 503 मिलता है। पहले क्लाइंट या पहले वाली अस्वीकृति ठीक करें; सत्र के भीतर क्लाइंट अब भी सही कमांड भेज सकता है, या RSET करके ट्रांज़ैक्शन फिर से शुरू कर सकता है।</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail किसी भी ग्रीटिंग कमांड से पहले भेजे गए MAIL, AUTH या STARTTLS को अस्वीकार करता है, उदाहरण के लिए ऐसा क्लाइंट जो कनेक्ट होते ही STARTTLS भेज देता है।</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>कमांड पैरामीटर लागू नहीं है</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>कमांड ज्ञात है लेकिन सर्वर उसके साथ दिए गए पैरामीटर मान को सपोर्ट नहीं करता। व्यवहार में यह ऐसे मैकेनिज़्म वाले AUTH का जवाब होता है जो सर्वर नहीं देता (RFC 4954 वहाँ इसे 5.5.4 के साथ जोड़ता है), और Postfix इसका उपयोग ऐसे HELO नाम और एनवेलप पते अस्वीकार करने के लिए भी करता है जो पूर्ण योग्य नहीं हैं।</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>AUTH पर, जब कोई क्लाइंट CRAM-MD5, NTLM या XOAUTH2 जैसे ऐसे मैकेनिज़्म पर अड़ा रहे जो सर्वर के पास नहीं है: Gmail और Microsoft Exchange 504 5.7.4 Unrecognized authentication type (अपरिचित ऑथेंटिकेशन प्रकार) लौटाते हैं। reject_non_fqdn_helo_hostname या उससे मेल खाते प्रेषक और प्राप्तकर्ता प्रतिबंधों का उपयोग करने वाले Postfix सर्वरों पर HELO, MAIL FROM या RCPT TO पर: Helo command rejected: need fully-qualified hostname, या need fully-qualified address के साथ 504 5.5.2। smtpd_tls_auth_only वाला Postfix STARTTLS से पहले आए AUTH का जवाब 504 5.5.4 से देता है।</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>AUTH के लिए, उपयोगकर्ता या क्लाइंट का एडमिन सर्वर द्वारा घोषित कोई मैकेनिज़्म चुनता है (TLS पर PLAIN या LOGIN आम विकल्प है) और पक्का करता है कि STARTTLS पहले आए। HELO या पते की अस्वीकृति के लिए, भेजने वाली ओर का एडमिन पूर्ण योग्य HELO नाम सेट करता है (Postfix पर myhostname) और एप्लिकेशन से user@example.com जैसे पूरे पते इस्तेमाल करवाता है। प्राप्त करने वाली ओर का एडमिन कोई प्रतिबंध तभी ढीला करता है जब वह किसी जाने-पहचाने पार्टनर के लिए बहुत सख्त हो।</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>क्लाइंट ऐसा AUTH मैकेनिज़्म ज़बरदस्ती इस्तेमाल करता है जो सर्वर के EHLO रिप्लाई में नहीं है, उदाहरण के लिए केवल PLAIN और LOGIN देने वाले सर्वर पर CRAM-MD5 या NTLM।</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH को STARTTLS से पहले ऐसे सर्वर पर भेजा गया जो ऑथेंटिकेशन केवल TLS पर अनुमति देता है और इसकी सूचना 538 के बजाय 504 से देता है।</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>भेजने वाला MTA mailhost जैसा छोटा, अपूर्ण HELO नाम घोषित करता है और प्राप्त करने वाला पक्ष reject_non_fqdn_helo_hostname का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>एनवेलप प्रेषक या प्राप्तकर्ता में पूर्ण योग्य डोमेन नहीं है (user@localhost जैसा) और प्राप्त करने वाले पक्ष को यह चाहिए।</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Google के पुराने XOAUTH जैसा कोई रिटायर हो चुका मैकेनिज़्म अब प्रोवाइडर स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>STARTTLS सत्र खोलें, EHLO test.example.com टाइप करें और 250-AUTH पंक्ति पढ़कर देखें कि कौन-से मैकेनिज़्म उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>जाँचें कि आपका Postfix सर्वर कौन-सा HELO नाम भेजता है; यह पूर्ण योग्य नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>पक्का करें कि वह नाम DNS में रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर देखें कि कौन-से non-FQDN प्रतिबंध सक्रिय हैं और वे कौन-सा कोड इस्तेमाल करते हैं।</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>उसी मैकेनिज़्म, HELO नाम या पते के साथ पुनः प्रयास न करें; इनकार स्थायी है। विफल AUTH के बाद क्लाइंट उसी सत्र में कोई दूसरा घोषित मैकेनिज़्म आज़मा सकता है, जैसा RFC 4954 अनुमति देता है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>जब क्लाइंट ऐसा SASL मैकेनिज़्म माँगता है जो Gmail नहीं देता, तो Gmail की सबमिशन सेवा यह जवाब देती है; इसका संबंध मैकेनिज़्म के नाम से है, पासवर्ड से नहीं।</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>गलत ईमेल पता</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>कोई भी RFC 510 को SMTP रिप्लाई कोड के रूप में परिभाषित नहीं करता। “SMTP त्रुटियों” की सूचियाँ इसे गलत ईमेल पता कहती हैं, और व्यवहार में यह संख्या लगभग हमेशा डॉट हटाया गया एन्हांस्ड स्टेटस कोड 5.1.0 (Other address status, RFC 3463) होती है। असली रिप्लाई सबसे अधिक संभावना से 550 5.1.0 या 553 5.1.0 था: पते की ऐसी समस्या जिसे सर्वर ने और स्पष्ट नहीं किया।</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>छोटे किए गए बाउंस सारांशों में: ESP डैशबोर्ड, टिकट सिस्टम, वेबमेल सूचनाएँ और फ़ोरम पोस्ट जो &quot;550 5.1.0 Sender denied&quot; जैसी पंक्ति के लिए “त्रुटि 510” लिखते हैं। उदाहरण के लिए Exchange Online अस्वीकृत प्रेषक के लिए और उन प्राप्तकर्ताओं के लिए 5.1.0 का उपयोग करता है जिन्हें वह रिज़ॉल्व नहीं कर सका। नेटवर्क पर असली 510 दुर्लभ है और केवल नियम न मानने वाले सॉफ़्टवेयर से आता है।</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>प्रेषक (या जो भी बाउंस पढ़ रहा है) पहले बाउंस या मेल लॉग से पूरी रिप्लाई पंक्ति लेता है, क्योंकि 5.1.0 यह नहीं बताता कि प्रेषक का पता अस्वीकार हुआ या प्राप्तकर्ता का। दोनों पतों में टाइपिंग की गलतियाँ और फ़ालतू अक्षर जाँचें। अगर रिप्लाई Exchange Online से है और उसमें प्रेषक का नाम है, तो प्रेषक से कहें कि वह सहेजी गई या ऑफ़लाइन कॉपी का जवाब देने के बजाय नया संदेश लिखे। अगर पंक्ति में कुछ बिल्कुल और लिखा है, तो उसका असली तीन अंकों वाला कोड देखें।</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>किसी बाउंस सारांश या डैशबोर्ड ने एन्हांस्ड कोड 5.1.0 को बिना डॉट के छापा।</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>प्राप्त करने वाले सर्वर ने कोई पता अस्वीकार किया, लेकिन 5.1.1 या 5.1.7 के बजाय केवल सामान्य पता विषय-क्षेत्र (5.1.0) बताया।</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online ने 5.1.0 Sender denied (प्रेषक अस्वीकृत) लौटाया, आमतौर पर तब जब किसी ने ऐसे संदेश का जवाब दिया जिसे फ़ाइल के रूप में सहेजकर ऑफ़लाइन खोला गया था।</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>कोई आंतरिक पुराना Exchange पता (legacyExchangeDN) खोजा नहीं जा सका, इसलिए Exchange प्राप्तकर्ता को रिज़ॉल्व नहीं कर सका।</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>अपने मेल लॉग में विफल पते की पूरी रिप्लाई पंक्ति खोजें; असली मूल कोड पहले तीन अंक होते हैं, और एन्हांस्ड कोड उसके बाद आता है।</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>बाउंस संदेश में ऊपर दिए आसान सारांश के बजाय डिलीवरी स्टेटस वाले भाग (delivery-status) के Status: और Diagnostic-Code: फ़ील्ड पढ़ें।</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>जाँचें कि एनवेलप प्रेषक का डोमेन और प्राप्तकर्ता का डोमेन, दोनों DNS में मौजूद हैं।</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>जिस भेजने वाले MTA को कभी सचमुच 510 मिले, उसे इसे पहले अंक से आँकना होगा (RFC 5321 4.2): स्थायी विफलता, इसलिए संदेश को क्यू में रखने के बजाय बाउंस करें। पता सुधरने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>गलत ईमेल पता</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>ऐसा कोई यूज़र नहीं</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>अमान्य प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>पता मौजूद नहीं</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जब कोई “त्रुटि 511, गलत ईमेल पता” की शिकायत करता है, तो उसका मतलब लगभग हमेशा एन्हांस्ड कोड 5.1.1, Bad destination mailbox address होता है: प्राप्तकर्ता का सर्वर कहता है कि मेलबॉक्स मौजूद नहीं है। नेटवर्क पर यह 550 5.1.1 के रूप में आता है (कभी-कभी 5.1.1 के साथ 553 या 554)।</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>बाउंस आँकड़ों, CRM और न्यूज़लेटर टूल, और कॉपी-पेस्ट की गई त्रुटि सूचियों में, जहाँ &quot;550 5.1.1 ... User unknown&quot; को छोटा करके 511 कर दिया जाता है। असली रिप्लाई RCPT TO के जवाब में आता है, या बाद में बाउंस में, जब प्राप्त करने वाला सर्वर संदेश स्वीकार करने के बाद ही प्राप्तकर्ताओं की जाँच करता है।</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>प्रेषक प्राप्तकर्ता का पता अक्षर-अक्षर जाँचता है (उलटे क्रम के अक्षर, छूटा हुआ डॉट, गलत देश वाला डोमेन, किसी पूर्व कर्मचारी का पता) और फ़ोन या किसी दूसरे माध्यम से प्राप्तकर्ता से उसकी पुष्टि करता है। लिस्ट के मालिक पुष्टि हुए 5.1.1 के बाद पते का पुनः प्रयास करने के बजाय उसे हटा देते हैं। अगर प्राप्त करने वाला सर्वर आप चलाते हैं और उपयोगकर्ता मौजूद है, तो वे alias, virtual और डायरेक्टरी लुकअप जाँचें जिन्हें सर्वर RCPT के समय देखता है।</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>पते के लोकल हिस्से, यानी @ से पहले वाले भाग में टाइपिंग की गलती।</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>अकाउंट हटा दिया गया या उसका नाम बदल दिया गया, उदाहरण के लिए किसी कर्मचारी के जाने के बाद या कंपनी द्वारा अपना पता फ़ॉर्मैट बदलने पर।</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>एड्रेस बुक या ऑटोकम्प्लीट कैश से लिया गया कोई पुराना पता जो अब डायरेक्टरी से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>प्राप्त करने वाली ओर, ऐसा उपयोगकर्ता जो मेलबॉक्स स्टोर में तो है लेकिन उस alias या प्राप्तकर्ता टेबल में नहीं है जिसे SMTP सर्वर जाँचता है।</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>संदेश भेजे बिना प्राप्तकर्ता को टेस्ट करें: RCPT TO का रिप्लाई दिखाता है कि सर्वर मेलबॉक्स को जानता है या नहीं (कई बड़े प्रोवाइडर यह नहीं बताते)।</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>अपने Postfix सर्वर पर देखें कि पते के लिए किस टेबल ने जवाब दिया और क्या रिप्लाई दिया।</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>अगर आप Exim चलाते हैं, तो उससे पूछें कि वह पते को कैसे रूट करेगा; unrouteable नतीजे का अर्थ है कि 5.1.1 सही है।</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>अकेले 511 का कुछ भी पुनः प्रयास नहीं करना चाहिए; इसे पहले अंक के आधार पर स्थायी विफलता मानें। इसके पीछे के असली 550 5.1.1 के मामले में, उस पते पर भेजना तब तक बंद रखें जब तक कोई व्यक्ति सुधरे हुए पते की पुष्टि न कर दे।</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>प्राप्तकर्ता के डोमेन का होस्ट DNS में नहीं मिला</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>कोई भी RFC 512 निर्धारित नहीं करता। त्रुटि सूचियाँ इसका उपयोग “प्राप्तकर्ता का डोमेन नहीं मिला” के लिए करती हैं, जो एन्हांस्ड कोड 5.1.2, Bad destination system address (RFC 3463) है: @ के बाद वाला भाग मौजूद नहीं है या मेल प्राप्त नहीं कर सकता। असली रिप्लाई आमतौर पर 550 5.1.2 या 553 5.1.2 होता है, या विफल DNS लुकअप के बाद प्रेषक के अपने सर्वर द्वारा लिखा गया बाउंस।</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>अक्सर किसी रिमोट सर्वर के शामिल हुए बिना: भेजने वाला MTA डोमेन के MX और एड्रेस रिकॉर्ड खोजता है, NXDOMAIN पाता है, और संदेश को खुद बाउंस कर देता है। Sendmail इसे &quot;Host unknown (Name server: ...: host not found)&quot; के साथ 550 5.1.2 के रूप में लिखता है; Postfix &quot;Host or domain name not found&quot; बताता है और इसे 5.4.4 के तहत रखता है। Gmail किसी अस्तित्वहीन डोमेन पर सबमिशन का जवाब 553 5.1.2 से देता है।</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>प्रेषक डोमेन की वर्तनी जाँचता है (hotmial, gmial, छूटा हुआ देश प्रत्यय, .com की जगह .con)। अगर डोमेन सही है, तो डोमेन मालिक के एडमिन को DNS ठीक करना होगा: हो सकता है डोमेन की अवधि खत्म हो गई हो या उसका डेलिगेशन हट गया हो। अगर एक साथ कई डोमेन विफल हों, तो प्रेषक का एडमिन भेजने वाले सर्वर का अपना रिज़ॉल्वर जाँचता है, क्योंकि खराब लोकल रिज़ॉल्वर में हर लुकअप गायब डोमेन जैसा दिखता है।</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>प्राप्तकर्ता डोमेन की वर्तनी गलत है और गलत वर्तनी वाला नाम पंजीकृत नहीं है।</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>प्राप्तकर्ता के डोमेन का पंजीकरण समाप्त हो गया या उसके नेम सर्वर ने जवाब देना बंद कर दिया।</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>भेजने वाले सर्वर का रिज़ॉल्वर खराब है, फ़ायरवॉल से ब्लॉक है, या पुराने कैश से जवाब दे रहा है।</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>केवल आंतरिक नाम (.local या split-horizon डोमेन) को उस नेटवर्क के बाहर मेल पते के रूप में इस्तेमाल किया गया जहाँ वह रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>DNS से डोमेन के मेल एक्सचेंजर पूछें; पूरे जवाब में NXDOMAIN का अर्थ है कि डोमेन मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>लोकल DNS गड़बड़ी की संभावना खत्म करने के लिए, अपने रिज़ॉल्वर को छोड़कर, रूट सर्वरों से नीचे की ओर नाम रिज़ॉल्व करें।</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>भेजने वाले सर्वर के लॉग में लोकल बाउंस खोजें।</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>अकेले 512 को पहले अंक के आधार पर स्थायी मानें। भेजने वाले MTA को आधिकारिक NXDOMAIN पर बाउंस करना चाहिए, लेकिन DNS टाइमआउट या SERVFAIL पर पुनः प्रयास करते रहना चाहिए (अस्थायी), क्योंकि वे डोमेन के अस्तित्व के बारे में कुछ नहीं बताते।</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>पते का प्रकार गलत है</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>अमान्य पता फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 किसी भी RFC में परिभाषित नहीं है। सूचियाँ इसे “पते का प्रकार गलत है” बताती हैं, और यह एन्हांस्ड कोड 5.1.3, Bad destination mailbox address syntax (गंतव्य मेलबॉक्स पते का सिंटैक्स गलत, RFC 3463) के लिए है: प्राप्तकर्ता का पता मान्य पता है ही नहीं, न कि कोई मान्य पता जो मौजूद नहीं है। असली सर्वर इसे 501 5.1.3 या 553 5.1.3 के रूप में भेजते हैं।</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>जब RCPT TO का आर्ग्युमेंट बिगड़ा हुआ हो: Postfix 501 5.1.3 Bad recipient address syntax (प्राप्तकर्ता पते का सिंटैक्स गलत) लौटाता है, और Gmail 553 5.1.3 लौटाता है, यह कहते हुए कि प्राप्तकर्ता का पता मान्य RFC 5321 पता नहीं है। यह वेब फ़ॉर्म और उन स्क्रिप्ट के साथ दिखता है जो उपयोगकर्ता के इनपुट से पते बनाती हैं, और अदृश्य अक्षरों वाले दस्तावेज़ों से कॉपी किए गए पतों के साथ।</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>प्रेषक या संदेश बनाने वाला एप्लिकेशन पते को साफ़ करता है: एक @, कोई स्पेस नहीं, कोणीय कोष्ठकों के अंदर कोई डिस्प्ले नाम या उद्धरण चिह्न नहीं, अंत में डॉट नहीं, वर्ड प्रोसेसर से पेस्ट हुए स्मार्ट कोट या शून्य-चौड़ाई वाले अक्षर नहीं। डेवलपर पतों को मेल लाइब्रेरी को देने से पहले सत्यापित और ट्रिम करते हैं, और RCPT TO को केवल अकेला पता देते हैं।</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>पते के अंदर स्पेस, कॉमा या सेमीकोलन, अक्सर किसी एक फ़ील्ड में पेस्ट की गई सूची से।</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>अकेले पते के बजाय डिस्प्ले नाम और पता एक साथ एनवेलप प्राप्तकर्ता के रूप में दिए गए।</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>किसी दस्तावेज़ या स्प्रेडशीट से कॉपी हुए अदृश्य या टाइपोग्राफ़िक अक्षर (non-breaking space, घुमावदार उद्धरण चिह्न)।</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>पते में गैर-ASCII अक्षर, जो ऐसे सर्वर को भेजे गए जिसने SMTPUTF8 नहीं दिया था।</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>एप्लिकेशन ने पते को जिस रूप में सहेजा है, उसमें छिपे हुए अक्षर दिखाएँ।</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>प्राप्तकर्ता को हाथ से दोबारा भेजकर देखें और RCPT TO पर सर्वर का रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Postfix पर क्लाइंट द्वारा भेजी गई सटीक स्ट्रिंग खोजें, जिसे लॉग reject पंक्ति में उद्धृत करता है।</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>पुनः प्रयास नहीं: बिगड़ा हुआ पता हर बार एक ही तरह विफल होता है। किसी भी असली 513 को पहले अंक के आधार पर स्थायी विफलता मानें और संदेश लौटा दें, ताकि पता सुधारा जा सके।</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>कृपया सही QHLO ID का उपयोग करें</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>मानक कोड नहीं है। यह पाठ QUICKSTART SMTP एक्सटेंशन के Internet-Draft (draft-fanf-smtp-quickstart, 2007) से आया है, जिसमें सबमिशन सत्र की शुरुआत में राउंड ट्रिप बचाने के लिए QHLO कमांड का प्रस्ताव था। ड्राफ़्ट RFC बने बिना समाप्त हो गया, और कोई मुख्यधारा सर्वर 520 भेजता हुआ नहीं जाना जाता।</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>असली मेल प्रवाह में व्यावहारिक रूप से कभी नहीं। यह वेब पर इधर-उधर कॉपी की गई रिप्लाई-कोड सूचियों में दिखता है, और केवल QUICKSTART ड्राफ़्ट लागू करने वाले किसी प्रायोगिक सर्वर से, QHLO के जवाब में, आ सकता है। अगर कोई सामान्य सर्वर 520 भेजता है, तो वह इस संख्या का किसी निजी उद्देश्य के लिए उपयोग कर रहा है और उसका रिप्लाई पाठ ही एकमात्र मार्गदर्शन है।</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर कार्रवाई करता है: QHLO या कोई भी quickstart मोड इस्तेमाल करना बंद करें और सत्र सामान्य EHLO से खोलें। अगर कोड किसी वेंडर प्रोडक्ट से आता है, तो उसका दस्तावेज़ पढ़ें या सर्वर के एडमिन से पूछें कि पाठ का क्या अर्थ है।</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>समाप्त QUICKSTART ड्राफ़्ट लागू करने वाले किसी प्रायोगिक या टेस्ट सर्वर ने QHLO के साथ दिया गया पहचानकर्ता अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>किसी मालिकाना सॉफ़्टवेयर ने 520 को ड्राफ़्ट से असंबंधित अपने ही किसी अर्थ के लिए दोबारा इस्तेमाल किया; रिप्लाई पाठ इसे समझाता है।</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>यह संख्या किसी लॉग पंक्ति से गलत पढ़ी गई या किसी ऑनलाइन सूची से कॉपी की गई और कभी किसी सर्वर से आई ही नहीं।</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>भेजने वाले लॉग से पूरा रिप्लाई पाठ और वह कमांड लें जिसका यह जवाब था; इनके बिना 520 का कोई निश्चित अर्थ नहीं है।</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>जाँचें कि सर्वर अपने EHLO रिप्लाई में कोई गैर-मानक एक्सटेंशन कीवर्ड घोषित करता है या नहीं।</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>वही कमांड दोबारा न भेजें, उसका पुनः प्रयास न करें। मानक EHLO क्रम के साथ फिर से कनेक्ट करें; अगर सर्वर सामान्य कमांड पर भी 520 देता रहे, तो इसे स्थायी विफलता मानें और प्राप्त करने वाली ओर के एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>होस्ट मेल स्वीकार नहीं करता</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>होस्ट किसी से भी, बिल्कुल भी मेल स्वीकार नहीं करता। RFC 7504 (2015) ने इस कोड को मानकीकृत किया, जिसका पहला प्रस्ताव प्रायोगिक RFC 1846 में था, ताकि कनेक्शन का जवाब 554 से देने का एक ज़्यादा स्पष्ट विकल्प मिले। जिस क्लाइंट को यह मिले, उसे क्यू में रखकर पुनः प्रयास करने के बजाय उस होस्ट को छोड़ देना चाहिए।</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>आमतौर पर 220 के बजाय ग्रीटिंग के रूप में, ऐसी मशीन से जो दूसरे कारणों से मौजूद है (वेब सर्वर, केवल आउटबाउंड रिले) और साफ़ कहना चाहती है कि वह कोई मेल नहीं लेती; फिर कनेक्शन बंद कर दिया जाता है या आगे के कमांड अस्वीकार किए जाते हैं। व्यवहार में Postfix भी इसे भेजता है: ग्रीटिंग से पहले बोलने वाले या प्रोटोकॉल तोड़ने वाले क्लाइंट को postscreen 521 5.5.1 Protocol error के साथ हटा देता है।</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>प्रेषक को उस होस्ट या डोमेन पर भेजना बंद करना चाहिए और किसी दूसरे माध्यम से प्राप्तकर्ता से पते की पुष्टि करनी चाहिए। अगर डोमेन को मेल प्राप्त करना है, तो प्राप्तकर्ता का एडमिन उसके MX रिकॉर्ड या मेल सर्वर ठीक करता है। अगर 521 postscreen से आया, तो प्रेषक का एडमिन क्लाइंट का प्रोटोकॉल व्यवहार ठीक करता है (ग्रीटिंग का इंतज़ार करें, घोषित न होने पर पाइपलाइनिंग नहीं), क्योंकि कनेक्शन क्लाइंट के कारण ही हटाया गया।</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>डोमेन का MX, या MX न होने पर उसका A रिकॉर्ड, ऐसी मशीन की ओर इशारा करता है जो जानबूझकर कोई मेल सेवा नहीं चलाती।</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>क्लाइंट किसी केवल-आउटबाउंड रिले या वेब सर्वर तक पहुँचा, अक्सर पुराने या गलत DNS रिकॉर्ड के कारण।</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix postscreen ने क्लाइंट को प्रोटोकॉल उल्लंघन के लिए हटा दिया, जैसे ग्रीटिंग से पहले बोलना, बिना घोषणा की पाइपलाइनिंग या bare newline।</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>प्राप्तकर्ता डोमेन ने मेल लेना बंद कर दिया और वहाँ 521 देने वाला रिस्पॉन्डर छोड़ दिया।</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>जाँचें कि डोमेन का मेल कहाँ जाना चाहिए; null MX (0 .) का अर्थ है कि डोमेन कोई भी मेल नहीं लेता।</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>होस्ट से कनेक्ट करें और ग्रीटिंग पंक्ति पढ़ें।</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Postfix क्लाइंट पर लॉग में इनकार खोजें; 521 5.5.1 Protocol error दूसरी ओर के postscreen टेस्ट की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>अगर आपके अपने सर्वर का postscreen इसे भेजता है, तो pregreet और bare newline टेस्ट की कार्रवाइयों की समीक्षा करें।</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>उस होस्ट पर दूसरी कोशिश के लिए संदेश को क्यू में न रखें: इनकार स्थायी होने के लिए ही है। उसे 521 पाठ के साथ प्रेषक को बाउंस करें, ताकि पता जाँचा जा सके।</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>एन्क्रिप्शन आवश्यक</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>केवल रजिस्ट्री वाला कोड: कोई भी RFC 523 को रिप्लाई के रूप में परिभाषित नहीं करता, लेकिन IANA की एन्हांस्ड स्टेटस कोड रजिस्ट्री इसे X.7.10 Encryption Needed के मूल कोड के रूप में सूचीबद्ध करती है, जिसे RFC 5248 ने पंजीकृत किया। यह बताता है कि अनुरोधित ऑथेंटिकेशन के लिए पहले एक प्राइवेसी लेयर चाहिए; क्लाइंट को TLS शुरू करना चाहिए (या कोई मज़बूत मैकेनिज़्म चुनना चाहिए) और फिर से ऑथेंटिकेट करना चाहिए।</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>बिना एन्क्रिप्शन वाले कनेक्शन पर AUTH के जवाब में। maddy जैसे सर्वरों में इस्तेमाल होने वाली Go लाइब्रेरी go-smtp, क्लाइंट के STARTTLS से पहले ऑथेंटिकेट करने की कोशिश करने पर 523 5.7.10 TLS is required लौटाती है। ज़्यादातर दूसरे सॉफ़्टवेयर यही स्थिति 530, 538 या 504 से बताते हैं।</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>क्लाइंट का उपयोगकर्ता या सॉफ़्टवेयर इसे ठीक करता है: ऑथेंटिकेट करने से पहले पोर्ट 587 पर STARTTLS या पोर्ट 465 पर implicit TLS चालू करें। अगर TLS चालू है और फिर भी विफल होता है, तो क्लाइंट का एडमिन ऐसा फ़ायरवॉल या एंटीवायरस प्रोडक्ट खोजता है जो STARTTLS हटा देता है। सर्वर एडमिन को केवल त्रुटि हटाने के लिए प्लेनटेक्स्ट लॉगिन की अनुमति नहीं देनी चाहिए।</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>मेल क्लाइंट की सुरक्षा सेटिंग None है, या “घोषित हो तभी STARTTLS”, इसलिए वह AUTH प्लेनटेक्स्ट पर भेजता है।</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>STARTTLS अपग्रेड विफल हो गया या किसी मिडलबॉक्स ने उसे हटा दिया और क्लाइंट बिना एन्क्रिप्शन के आगे बढ़ गया।</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>क्लाइंट PLAIN या LOGIN जैसा cleartext पासवर्ड मैकेनिज़्म इस्तेमाल करता है, जबकि सर्वर प्राइवेसी लेयर पर अड़ा है।</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>STARTTLS पर ऑथेंटिकेट करके पुष्टि करें कि कनेक्शन एन्क्रिप्ट होने पर अकाउंट काम करता है; swaks पासवर्ड माँगता है।</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>जाँचें कि STARTTLS उपलब्ध है और क्लाइंट के नेटवर्क से हैंडशेक पूरा होता है।</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>क्लाइंट की अकाउंट सेटिंग में सुरक्षा को पोर्ट 587 के लिए STARTTLS या पोर्ट 465 के लिए SSL/TLS पर सेट करें, कभी None नहीं।</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>प्लेनटेक्स्ट कनेक्शन पर AUTH न दोहराएँ। STARTTLS दें, EHLO दोबारा भेजें और फिर ऑथेंटिकेट करें; TLS चालू होने के बाद पुनः प्रयास सफल होना चाहिए।</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>कोई मूल परिभाषा नहीं (X.7.11 से संबद्ध)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>केवल रजिस्ट्री वाला कोड, जिसकी अपनी कोई परिभाषा नहीं। IANA रजिस्ट्री 538 के साथ 524 को X.7.11 Encryption required for requested authentication mechanism (अनुरोधित ऑथेंटिकेशन मैकेनिज़्म के लिए एन्क्रिप्शन आवश्यक) के मूल कोड के रूप में नामित करती है, लेकिन X.7.11 को परिभाषित करने वाला RFC 4954 हमेशा केवल 538 का उपयोग करता है। 524 को ऐसे पढ़ें: यह AUTH मैकेनिज़्म केवल एन्क्रिप्टेड कनेक्शन पर इस्तेमाल किया जा सकता है।</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>बहुत कम, प्लेनटेक्स्ट कनेक्शन पर AUTH के जवाब में, ऐसे सॉफ़्टवेयर से जिसने RFC 4954 के बजाय IANA तालिका का पालन किया। ज़्यादातर सर्वर इसी स्थिति के लिए 538 5.7.11 या 530 भेजते हैं।</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>क्लाइंट की ओर इसे ठीक करती है: ऑथेंटिकेट करने से पहले STARTTLS या implicit TLS चालू करें। अगर उस listener पर TLS बिल्कुल उपलब्ध नहीं है, तो सर्वर एडमिन को सर्टिफ़िकेट इंस्टॉल करना होगा या उपयोगकर्ताओं को ऐसे सबमिशन पोर्ट पर भेजना होगा जिस पर सर्टिफ़िकेट हो।</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>क्लाइंट ने STARTTLS से पहले AUTH की कोशिश की और सर्वर उस मैकेनिज़्म को केवल एन्क्रिप्टेड सत्रों तक सीमित रखता है।</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>सर्वर सॉफ़्टवेयर ने अपने encryption-required रिप्लाई के लिए 524 IANA तालिका से लिया, जबकि ज़्यादातर इम्प्लीमेंटेशन 538 का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>क्लाइंट जिस listener का उपयोग करता है उस पर कोई TLS कॉन्फ़िगर नहीं है, इसलिए वहाँ यह मैकेनिज़्म कभी इस्तेमाल नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>पूरा रिप्लाई और उसका एन्हांस्ड कोड पढ़ें; 5.7.11 पुष्टि करता है कि शर्त एन्क्रिप्शन की है।</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>उसी अकाउंट को STARTTLS के बाद किसी दूसरे मैकेनिज़्म से आज़माएँ।</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>जाँचें कि क्लाइंट में require TLS या STARTTLS always जैसा कोई विकल्प है, और वह चालू है।</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>प्लेनटेक्स्ट में पुनः प्रयास बेकार है। AUTH तभी दोहराएँ जब STARTTLS सफल हो चुका हो और नया EHLO भेजा गया हो।</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>उपयोगकर्ता अकाउंट निष्क्रिय</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>केवल रजिस्ट्री वाला कोड: IANA रजिस्ट्री 525 को X.7.13 User Account Disabled के साथ जोड़ती है, जिसे RFC 5248 ने पंजीकृत किया। क्रेडेंशियल सही थे लेकिन अकाउंट निष्क्रिय कर दिया गया है, उदाहरण के लिए भुगतान न होने, दुरुपयोग या संदिग्ध सेंधमारी के कारण, और जब तक कोई एडमिन उसे फिर से सक्रिय न करे, वह अस्वीकार ही रहता है।</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>सिद्धांत रूप में किसी निष्क्रिय अकाउंट पर सफल AUTH के ठीक बाद; कुछ ही सर्वर इसका उपयोग करते हैं, और ज़्यादातर निष्क्रिय अकाउंट की सूचना इसके बजाय 535 या 550 से देते हैं। Gmail एक असंबंधित प्रोटोकॉल उल्लंघन (STARTTLS के बाद पाइपलाइन किए गए कमांड) के लिए 5.7.10 के साथ 525 भेजता है, इसलिए निष्क्रिय अकाउंट मानने से पहले एन्हांस्ड कोड और पाठ पढ़ें।</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>अकाउंट का मालिक भेजने वाले अकाउंट के एडमिन या प्रोवाइडर से संपर्क करके पता करता है कि उसे क्यों निष्क्रिय किया गया और उसे फिर से सक्रिय करवाता है; क्लाइंट में पासवर्ड बदलने से मदद नहीं मिलती। Gmail के 5.7.10 वाले रूप के लिए, प्रेषक का एडमिन क्लाइंट या MTA को ठीक करता है ताकि वह कुछ और भेजने से पहले TLS हैंडशेक का इंतज़ार करे।</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>एडमिन ने अकाउंट निष्क्रिय या निलंबित कर दिया (बकाया बिल, दुरुपयोग की रिपोर्ट, हैक हुआ पासवर्ड)।</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>किसी सुरक्षा घटना, जैसे आउटगोइंग स्पैम की अचानक बाढ़, के बाद अकाउंट अपने आप लॉक हो गया।</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Gmail से 5.7.10 के साथ: क्लाइंट ने TLS हैंडशेक का इंतज़ार करने के बजाय STARTTLS के ठीक पीछे और कमांड भेज दिए।</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>रिप्लाई में एन्हांस्ड कोड जाँचें: 5.7.13 का अर्थ है निष्क्रिय अकाउंट, बाकी किसी भी कोड के लिए पाठ पढ़ना होगा।</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>उसी अकाउंट से प्रोवाइडर के वेबमेल में साइन इन करें; निष्क्रिय अकाउंट का कारण आमतौर पर वहाँ सरल शब्दों में बताया जाता है।</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>525 5.7.10 के लिए, ऐसे क्लाइंट से सत्र दोहराएँ जो STARTTLS के पार पाइपलाइन नहीं करता, और नतीजे की तुलना करें।</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>इस अकाउंट से पुनः प्रयास बंद करें: जब तक यह फिर से सक्रिय न हो, हर प्रयास विफल होगा, और बार-बार लॉगिन से लॉक लंबा खिंच सकता है। एडमिन के अकाउंट सक्रिय होने की पुष्टि करने के बाद फिर शुरू करें।</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail निष्क्रिय अकाउंट के लिए 525 का उपयोग नहीं करता: 5.7.10 के साथ वह ऐसे क्लाइंट को अस्वीकार करता है जिसने TLS हैंडशेक का इंतज़ार करने के बजाय STARTTLS के बाद और कमांड पाइपलाइन कर दिए। Google की अपनी त्रुटि सूची में यही पाठ 523 5.7.10 के तहत भी छपा है, इसलिए इसके साथ दोनों में से कोई भी मूल कोड आ सकता है।</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>ऑथेंटिकेशन आवश्यक / पहले STARTTLS कमांड देना होगा</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>सर्वर कमांड तब तक अस्वीकार करता है जब तक क्लाइंट पहले कुछ न कर ले: ऑथेंटिकेट (RFC 4954, 530 5.7.0 Authentication required के रूप में भेजा जाता है) या TLS शुरू (RFC 3207, 530 Must issue a STARTTLS command first)। यह आमतौर पर MAIL FROM का जवाब होता है और सत्र खुला छोड़ता है, ताकि क्लाइंट छूटा हुआ कदम उठा सके।</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>ज़्यादातर सबमिशन पोर्ट (587) या लॉगिन माँगने वाले रिले पर MAIL FROM पर, ऐसे क्लाइंट से जिन्हें बिना ऑथेंटिकेशन या बिना STARTTLS के सेट किया गया है: प्रिंटर, स्कैनर, स्क्रिप्ट, मॉनिटरिंग टूल, वेब एप्लिकेशन। Gmail के सबमिशन सर्वर 530 5.7.0 Must issue a STARTTLS command first भेजते हैं; Microsoft 365 बिना ऑथेंटिकेट किए भेजने की कोशिश करने वाले क्लाइंट को 530 5.7.57 भेजता है।</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>क्लाइंट की ओर इसे ठीक करती है: STARTTLS (या 465 पर implicit TLS) और मेलबॉक्स के क्रेडेंशियल के साथ SMTP ऑथेंटिकेशन चालू करें, फिर दोबारा भेजें। Microsoft 365 पर टेनेंट एडमिन को उस मेलबॉक्स के लिए ऑथेंटिकेटेड SMTP की अनुमति भी देनी होगी। जो डिवाइस ऑथेंटिकेट नहीं कर सकते, उन्हें किसी लोकल रिले या ऐसे कनेक्टर के ज़रिए भेजना चाहिए जो प्रोवाइडर बिना ऑथेंटिकेशन वाले सबमिशन के लिए देता है।</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>क्लाइंट में SMTP ऑथेंटिकेशन बंद है, या वह ऐसे सर्वर के पोर्ट 25 पर भेजता है जो केवल लॉग इन किए उपयोगकर्ताओं के लिए रिले करता है।</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>क्लाइंट में STARTTLS बंद है, इसलिए वह MAIL FROM प्लेनटेक्स्ट पर ऐसे सर्वर को भेजता है जो केवल TLS के बाद मेल स्वीकार करता है।</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>पहले का कोई AUTH विफल हुआ और क्लाइंट ने त्रुटि को अनदेखा कर दिया, इसलिए MAIL FROM बिना ऑथेंटिकेशन के पहुँचता है।</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>किसी पुराने ओपन रिले के लिए कॉन्फ़िगर किया गया डिवाइस या एप्लिकेशन अब ऐसे सर्वर की ओर इशारा करता है जिसे लॉगिन चाहिए।</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>EHLO रिप्लाई पढ़ें: अगर STARTTLS सूचीबद्ध है लेकिन AUTH नहीं, तो ऑथेंटिकेशन केवल TLS के बाद उपलब्ध है।</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>ऑथेंटिकेशन के साथ पूरा सबमिशन टेस्ट चलाएँ; --auth-password छोड़ देने पर swaks पासवर्ड माँगता है।</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>क्लाइंट के अपने लॉग में MAIL FROM से पहले का AUTH रिप्लाई देखें; गायब या विफल AUTH, 530 का कारण बताता है।</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>कुछ बदले बिना दोबारा न भेजें। उसी सत्र में क्लाइंट माँगे अनुसार STARTTLS या AUTH दे सकता है और MAIL FROM दोहरा सकता है; क्यू में पड़ा संदेश क्लाइंट कॉन्फ़िगरेशन ठीक होने के बाद ही फिर भेजा जाना चाहिए।</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Gmail के सबमिशन सर्वरों को किसी भी मेल ट्रांज़ैक्शन से पहले STARTTLS चाहिए; पोर्ट 587 पर प्लेनटेक्स्ट में भेजने वाले क्लाइंट को MAIL FROM पर यह मिलता है।</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Exchange Online के क्लाइंट सबमिशन एंडपॉइंट को MAIL FROM से पहले SMTP AUTH चाहिए; यह तब भी दिखता है जब AUTH प्रयास विफल हुआ और क्लाइंट फिर भी आगे बढ़ गया।</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>कोई मूल परिभाषा नहीं (X.7.1 से संबद्ध)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>केवल रजिस्ट्री वाला कोड, जिसकी अपनी कोई परिभाषा नहीं: IANA रजिस्ट्री 533 को X.7.1 Delivery not authorized, message refused (डिलीवरी अधिकृत नहीं, संदेश अस्वीकृत) के साथ उपयोग होने वाले मूल कोड में सूचीबद्ध करती है। इसे सुरक्षा या नीति के आधार पर स्थायी इनकार मानें, जिसका विवरण एन्हांस्ड कोड और रिप्लाई पाठ में होता है।</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>नेटवर्क पर लगभग कभी नहीं, क्योंकि 550 5.7.1 और 554 5.7.1 यही काम करते हैं। अगर यह दिखे, तो किसी विशेष या कस्टम सॉफ़्टवेयर से MAIL FROM या RCPT TO पर इसकी उम्मीद करें, जब किसी नीति जाँच (रिले अनुमति, प्रेषक की अनुमति नहीं, ब्लॉकलिस्ट) ने प्रेषक को अस्वीकार कर दिया हो।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>प्रेषक का एडमिन नीति पहचानने के लिए रिप्लाई पाठ पढ़ता है और कारण ठीक करता है: रिले करने से पहले ऑथेंटिकेट करें, केवल उन पतों से भेजें जिनका अकाउंट उपयोग कर सकता है, या भेजने वाले IP को लिस्ट से हटवाएँ। अगर इनकार गलत लगे, तो पूरा रिप्लाई, समय और भेजने वाला IP बताकर प्राप्तकर्ता के एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>कोई कस्टम या असामान्य सर्वर रिले से इनकार या प्रेषक को अनुमति नहीं जैसे नीति इनकार की सूचना 550 के बजाय 533 से देता है।</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>भेजने वाला IP या डोमेन किसी ऐसी ब्लॉकलिस्ट में है जिसे प्राप्त करने वाला पक्ष देखता है।</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>ऑथेंटिकेटेड उपयोगकर्ता ने किसी ऐसे पते से भेजने, या किसी ऐसे डोमेन पर रिले करने की कोशिश की, जिसके लिए अकाउंट अधिकृत नहीं है।</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>पूरा रिप्लाई सहेजें; एन्हांस्ड कोड (आमतौर पर 5.7.1) और पाठ बताते हैं कि कौन-सी नीति लागू हुई।</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>पुष्टि करें कि एनवेलप प्रेषक ऑथेंटिकेटेड अकाउंट या उसके किसी अनुमत एलियास से मेल खाता है।</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>रिप्लाई पाठ में बताई गई किसी भी ब्लॉकलिस्ट में भेजने वाले IP को जाँचें, उस लिस्ट के अपने लुकअप पेज या DNS ज़ोन से।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; नीति इनकार दोहराए जाते हैं। कारण ठीक होने या प्राप्तकर्ता के एडमिन से छूट मिलने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>ऑथेंटिकेशन मैकेनिज़्म बहुत कमज़ोर है</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>कम सुरक्षित ऐप</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>टू-फ़ैक्टर ऑथेंटिकेशन (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>RFC 4954 ने इसे 534 5.7.9 के रूप में परिभाषित किया है: क्लाइंट द्वारा चुना गया AUTH मैकेनिज़्म उस उपयोगकर्ता के लिए सर्वर की नीति की अनुमति से कमज़ोर है, और क्लाइंट को किसी मज़बूत मैकेनिज़्म से पुनः प्रयास करना चाहिए। बड़े प्रोवाइडर इसका अर्थ खींचकर यह कर देते हैं कि पासवर्ड का प्रकार स्वीकार्य नहीं है, सबसे ज़्यादा Gmail, जो इसे तब भेजता है जब ऐप पासवर्ड या OAuth साइन-इन चाहिए।</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>सबमिशन पोर्ट पर AUTH के ठीक बाद। RFC वाले अर्थ में: कोई क्लाइंट PLAIN या LOGIN इस्तेमाल कर रहा है जबकि सर्वर उस अकाउंट के लिए SCRAM, CRAM-MD5 या GSSAPI चाहता है। व्यवहार में कहीं ज़्यादा बार: Gmail का 534-5.7.9 Application-specific password required, या 534-5.7.14, जो उपयोगकर्ता से पहले वेब ब्राउज़र में साइन इन करने को कहता है।</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>उपयोगकर्ता या क्लाइंट का एडमिन क्लाइंट के ऑथेंटिकेट करने का तरीका बदलता है। Gmail के लिए, ऐप पासवर्ड बनाएँ (2-Step Verification चालू होना चाहिए) या क्लाइंट को OAuth 2.0 पर ले जाएँ, और ब्राउज़र में साइन-इन की कोई लंबित जाँच पूरी करें। RFC वाले अर्थ का उपयोग करने वाले सर्वरों के लिए, SCRAM-SHA-256 या CRAM-MD5 जैसा कोई ऐसा मैकेनिज़्म कॉन्फ़िगर करें जिसे सर्वर स्वीकार करता है, या क्लाइंट लाइब्रेरी अपग्रेड करें।</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>अकाउंट पर 2-Step Verification है और क्लाइंट सामान्य अकाउंट पासवर्ड भेजता है; Gmail ऐप पासवर्ड या OAuth 2.0 चाहता है।</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>प्रोवाइडर ने साइन-इन को संदिग्ध माना (नई जगह या डिवाइस) और SMTP के फिर से काम करने से पहले ब्राउज़र में इंटरैक्टिव लॉगिन माँगता है।</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>क्लाइंट ने cleartext मैकेनिज़्म चुना, जबकि सर्वर उस उपयोगकर्ता के लिए चैलेंज-रिस्पॉन्स या Kerberos मैकेनिज़्म माँगता है।</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>कोई पुरानी क्लाइंट लाइब्रेरी केवल LOGIN या PLAIN जानती है और सर्वर द्वारा माँगा गया मज़बूत मैकेनिज़्म नहीं दे सकती।</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>एन्हांस्ड कोड और पाठ पढ़ें: application-specific password के साथ 5.7.9 का अर्थ है ऐप पासवर्ड या OAuth, 5.7.14 का अर्थ है ब्राउज़र में लंबित सत्यापन।</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>मज़बूत विकल्प क्या होगा, यह देखने के लिए STARTTLS के बाद उपलब्ध मैकेनिज़्म की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>swaks से किसी खास मैकेनिज़्म को ज़बरदस्ती इस्तेमाल करके देखें कि सर्वर उस अकाउंट के लिए कौन-से मैकेनिज़्म स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>उसी मैकेनिज़्म और पासवर्ड से पुनः प्रयास विफल होता रहता है और लॉकआउट करवा सकता है। RFC 4954 अपेक्षा करता है कि क्लाइंट उसी सत्र में कोई मज़बूत मैकेनिज़्म आज़माए; वरना अगले प्रयास से पहले क्रेडेंशियल ठीक करें।</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail यह तब भेजता है जब अकाउंट 2-Step Verification का उपयोग करता है और क्लाइंट ने सामान्य पासवर्ड से लॉग इन किया; ऐप पासवर्ड या OAuth 2.0 आवश्यक है, SASL मैकेनिज़्म अपने आप में समस्या नहीं है।</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail ने SMTP लॉगिन तब तक ब्लॉक कर दिया है जब तक अकाउंट का मालिक ब्राउज़र में साइन इन करके सुरक्षा जाँच पार न कर ले।</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>ऑथेंटिकेशन क्रेडेंशियल अमान्य</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>गलत पासवर्ड</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>ऑथेंटिकेशन फ़ेल</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>विफल लॉगिन के लिए RFC 4954 का रिप्लाई, जो 535 5.7.8 के रूप में भेजा जाता है: यूज़रनेम, पासवर्ड या टोकन स्वीकार नहीं हुआ। क्लाइंट को वही क्रेडेंशियल दोहराने के बजाय उपयोगकर्ता से नए क्रेडेंशियल माँगने चाहिए।</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>सबमिशन पोर्ट पर AUTH आदान-प्रदान के अंत में, मेल क्लाइंट, स्क्रिप्ट, प्रिंटर और मॉनिटरिंग टूल से। Postfix 535 5.7.8 Error: authentication failed (ऑथेंटिकेशन विफल) लौटाता है; Gmail 535-5.7.8 Username and Password not accepted भेजता है; Microsoft 365 गलत पासवर्ड और टेनेंट नीति से ब्लॉक हुए लॉगिन, दोनों के लिए 535 5.7.139 और 535 5.7.3 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>उपयोगकर्ता पासवर्ड फिर से डालता है या रीसेट करता है और यूज़रनेम का फ़ॉर्मैट जाँचता है। Gmail पर ऐप पासवर्ड या OAuth 2.0 का उपयोग करें। Microsoft 365 पर टेनेंट एडमिन मेलबॉक्स के लिए ऑथेंटिकेटेड SMTP चालू करता है या एप्लिकेशन को OAuth या भेजने के किसी दूसरे तरीके पर ले जाता है। जब सभी उपयोगकर्ता एक साथ विफल हों, तो सर्वर एडमिन ऑथेंटिकेशन बैकएंड और उसके लॉग जाँचता है।</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>गलत या एक्सपायर हो चुका पासवर्ड, या अकेला यूज़रनेम (user@example.com के बजाय user) जहाँ सर्वर पूरा पता चाहता है।</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>प्रोवाइडर अब SMTP पर सामान्य पासवर्ड नहीं लेता: Gmail को ऐप पासवर्ड या OAuth 2.0 चाहिए, और कई Microsoft 365 टेनेंट में SMTP AUTH या basic ऑथेंटिकेशन बंद है।</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>पासवर्ड के विशेष अक्षरों को क्लाइंट गलत तरीके से एन्कोड करता है, या कोई स्क्रिप्ट AUTH PLAIN स्ट्रिंग गलत बनाती है।</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>सर्वर का ऑथेंटिकेशन बैकएंड (Dovecot, saslauthd, LDAP) खराब है या उपयोगकर्ता को गलत जगह खोजता है।</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>क्लाइंट की संभावना खत्म करने के लिए वही क्रेडेंशियल swaks से टेस्ट करें; यह पासवर्ड माँगता है।</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Dovecot के ज़रिए ऑथेंटिकेट करने वाले Postfix सर्वर पर, बैकएंड को सीधे टेस्ट करें।</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>विफल प्रयास के लिए सर्वर द्वारा लॉग किया गया कारण खोजें।</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Microsoft 365 के लिए, टेनेंट एडमिन से Exchange Online PowerShell में जाँच करवाएँ कि मेलबॉक्स के लिए SMTP AUTH बंद है या नहीं।</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>उन्हीं क्रेडेंशियल पर कभी लूप न चलाएँ: कुछ नहीं बदलता, और बार-बार की विफलताओं से अकाउंट लॉक हो सकता है या क्लाइंट IP ब्लॉक हो सकता है (RFC 4954 सर्वरों को कई विफलताओं के बाद कनेक्शन तोड़ने देता है)। सही क्रेडेंशियल लें, फिर एक बार पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail इसे गलत पासवर्ड के लिए भेजता है और, बहुत बार, तब भी जब सही अकाउंट पासवर्ड वहाँ इस्तेमाल किया जाता है जहाँ Gmail को ऐप पासवर्ड या OAuth 2.0 चाहिए।</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online लॉगिन अस्वीकार करता है क्योंकि पूरे संगठन के लिए SMTP AUTH बंद है; पासवर्ड बिल्कुल सही हो सकता है, और केवल टेनेंट एडमिन यह सेटिंग बदल सकता है।</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>अनुरोधित ऑथेंटिकेशन मैकेनिज़्म के लिए एन्क्रिप्शन आवश्यक</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>RFC 4954 ने इसे 538 5.7.11 के रूप में परिभाषित किया है: चुना गया AUTH मैकेनिज़्म केवल एन्क्रिप्टेड कनेक्शन पर इस्तेमाल किया जा सकता है। RFC 4954 यह कोड ऐतिहासिक कारणों से रखता है और सर्वरों से कहता है कि ऐसे मैकेनिज़्म बिना एन्क्रिप्शन वाले कनेक्शन पर घोषित ही न करें, फिर भी कुछ सर्वर अब भी AUTH का जवाब इससे देते हैं।</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>AUTH पर, जब कोई क्लाइंट STARTTLS से पहले पासवर्ड मैकेनिज़्म देता है। Nodemailer प्रोजेक्ट का Node.js smtp-server पैकेज, जिसका उपयोग कई होस्टेड सेंडिंग सेवाएँ करती हैं, 538 Error: Must issue a STARTTLS command first लौटाता है; दूसरे सर्वर RFC के शब्दों वाला 538 5.7.11 भेजते हैं।</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>क्लाइंट को ऑथेंटिकेट करने से पहले एन्क्रिप्ट करने के लिए कॉन्फ़िगर करें: पोर्ट 587 पर STARTTLS या 465 पर implicit TLS। एप्लिकेशन कोड में मेल लाइब्रेरी के TLS विकल्पों को पोर्ट के अनुसार सेट करें। सर्वर एडमिन STARTTLS से पहले पासवर्ड मैकेनिज़्म घोषित न करके मदद कर सकता है, जैसा RFC 4954 सुझाता है।</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>क्लाइंट STARTTLS से पहले AUTH PLAIN या LOGIN भेजता है, क्योंकि उसकी सेटिंग में एन्क्रिप्शन बंद है।</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>opportunistic “TLS उपलब्ध हो तो इस्तेमाल करें” मोड से STARTTLS की पेशकश छूट गई और वह प्लेनटेक्स्ट में आगे बढ़ गया।</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>किसी मेल लाइब्रेरी के secure और starttls विकल्प पोर्ट के हिसाब से उलटे सेट हैं, उदाहरण के लिए 587 पर न implicit TLS, न STARTTLS अनुरोध।</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>पुष्टि करें कि सर्वर STARTTLS देता है और क्लाइंट के नेटवर्क से हैंडशेक काम करता है।</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>यह साबित करने के लिए कि एन्क्रिप्शन के बाद अकाउंट ठीक है, STARTTLS पर ऑथेंटिकेशन वाला टेस्ट चलाएँ।</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>क्लाइंट या लाइब्रेरी की सेटिंग में पोर्ट 587 पर STARTTLS को वैकल्पिक के बजाय अनिवार्य बनाएँ, या पोर्ट 465 के लिए implicit TLS चालू करें।</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>बिना एन्क्रिप्शन के AUTH का पुनः प्रयास न करें। TLS शुरू करें, EHLO दोबारा भेजें और ऑथेंटिकेट करें; तब वही क्रेडेंशियल स्वीकार होने चाहिए।</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>प्राप्तकर्ता के एंटी-स्पैम फ़िल्टर ने संदेश अस्वीकार किया</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>कोई भी RFC 541 को परिभाषित नहीं करता; ब्लॉग सूचियाँ इसे प्राप्तकर्ता के स्पैम फ़िल्टर द्वारा अस्वीकृति बताती हैं। असली स्पैम अस्वीकृतियाँ 5.7.x एन्हांस्ड कोड (आमतौर पर 5.7.1) के साथ 550 या 554 के रूप में आती हैं। जब किसी असली बाउंस में &quot;541&quot; दिखता है, तो वह ज़्यादातर बिना डॉट का 5.4.1 होता है, जिसे Microsoft 365 अज्ञात प्राप्तकर्ताओं और अस्वीकृत रिले के लिए 550 5.4.1 के रूप में भेजता है, स्पैम के लिए नहीं।</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>नेटवर्क पर कम, ESP की बाउंस श्रेणियों और समस्या-निवारण लेखों में ज़्यादा। Microsoft वाला मामला आम है: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; RCPT TO पर Exchange Online की डायरेक्टरी-आधारित edge blocking से आता है। IANA रजिस्ट्री में X.4.1 का अर्थ No answer from host है, जो वर्ग 4 का कोड है, इसलिए Microsoft का 5.4.1 उसका अपना उपयोग है।</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>पहले सटीक रिप्लाई पंक्ति लें। अगर यह Microsoft 365 का 550 5.4.1 है, तो इसे अज्ञात प्राप्तकर्ता मानें: प्रेषक पता जाँचता है, और प्राप्तकर्ता का एडमिन जाँचता है कि मेलबॉक्स या मेल कॉन्टैक्ट टेनेंट में मौजूद है और डोमेन accepted domain है। अगर यह सच में सामग्री के कारण अस्वीकृति है (डेटा के अंत के बाद 5.7.x), तो प्रेषक का एडमिन ऑथेंटिकेशन, भेजने वाले IP की रेप्युटेशन और संदेश की सामग्री की समीक्षा करता है।</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online ने ऐसे प्राप्तकर्ता को अस्वीकार किया जो उसकी डायरेक्टरी में नहीं है (550 5.4.1 Recipient address rejected: Access denied, यानी प्राप्तकर्ता पता अस्वीकृत)।</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>डोमेन का MX Microsoft 365 की ओर इशारा करता है लेकिन डोमेन उस टेनेंट में accepted domain नहीं है, जिससे 550 5.4.1 Relay Access Denied (रिले से इनकार) आता है।</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>किसी बाउंस-प्रोसेसिंग टूल ने 550 5.7.1 स्पैम अस्वीकृति को अपने ही लेबल और नंबर में बदल दिया।</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>कोई खुद लिखा फ़िल्टर या अप्लायंस मानक 550 या 554 के बजाय गढ़ा हुआ 541 देता है।</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>जाँचें कि प्राप्तकर्ता डोमेन Microsoft 365 पर होस्ट है या नहीं; mail.protection.outlook.com पर खत्म होने वाले MX का अर्थ है कि 5.4.1 Exchange Online से आया।</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>अपने लॉग में विफल प्राप्तकर्ता का पूरा रिमोट रिप्लाई खोजें।</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>अगर प्राप्त करने वाले टेनेंट का प्रबंधन आप करते हैं, तो कुछ और बदलने से पहले Exchange admin center (एडमिन सेंटर) में पुष्टि करें कि प्राप्तकर्ता मौजूद है और डोमेन accepted है।</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>पहले अंक के आधार पर स्थायी: भेजने वाला MTA क्यू में रखने के बजाय बाउंस करता है। वही संदेश उसी पते पर दोबारा भेजने से वही जवाब मिलता है, जब तक पता, टेनेंट कॉन्फ़िगरेशन या सामग्री न बदले।</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>अनुरोधित कार्रवाई नहीं की गई: मेलबॉक्स उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>ऐसा कोई यूज़र नहीं</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>ब्लैकलिस्ट में IP</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>550|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>550|keywords</comment>
        <translation>RBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>550|keywords</comment>
        <translation>हार्ड बाउंस</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>स्थायी इनकार: सर्वर इस पते या इस संदेश के लिए कमांड पूरा नहीं करेगा। RFC 5321 एक ही कोड के तहत तीन कारण बताता है, मेलबॉक्स नहीं मिला, पहुँच नहीं, या नीति के कारण कमांड अस्वीकार, इसलिए 550 में गलत टाइप किया पता, बंद अकाउंट, अस्वीकृत रिले, ब्लॉकलिस्ट में पड़ा IP और विफल DMARC जाँच, सब बराबर आते हैं। इसके बाद आने वाला एन्हांस्ड कोड बताता है कि कौन-सा: 5.1.1 अज्ञात उपयोगकर्ता, 5.2.1 निष्क्रिय मेलबॉक्स, 5.7.1 नीति, 5.7.26 ऑथेंटिकेशन।</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>ज़्यादातर RCPT TO के जवाब में, जब प्राप्त करने वाला पक्ष प्राप्तकर्ता की जाँच करता है; MAIL FROM पर भी (प्रेषक अस्वीकृत) और डेटा के अंत के बाद भी (सामग्री, SPF, DKIM या DMARC के फ़ैसले)। Postfix &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot; भेजता है, Exim &quot;550 Unrouteable address&quot;। Gmail और Microsoft 365 अपनी लगभग सभी स्थायी अस्वीकृतियों के लिए 550 का उपयोग करते हैं, हर एक अपने एन्हांस्ड कोड के साथ; Yahoo और AOL अपनी ज़्यादातर स्थायी अस्वीकृतियों को इसके बजाय 553 और 554 के रूप में दर्ज करते हैं, और Yahoo का अज्ञात उपयोगकर्ता 554 के साथ बाउंस होता है।</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>एन्हांस्ड कोड और पाठ पढ़ें, फिर सही ओर कार्रवाई करें। 5.1.x: प्रेषक पता सुधारता है या प्राप्तकर्ता से उसकी पुष्टि करता है; लिस्ट के मालिक उसे सप्रेस करते हैं। 5.2.1: प्राप्तकर्ता का अकाउंट निष्क्रिय है और केवल प्राप्तकर्ता या उसका एडमिन उसे फिर सक्रिय कर सकता है। किसी बड़े प्रोवाइडर पर 5.7.x: प्रेषक का एडमिन भेजने वाले IP को ब्लॉकलिस्ट में जाँचता है, SPF, DKIM, DMARC alignment और रिवर्स DNS ठीक करता है, फिर प्रोवाइडर का delisting या sender support फ़ॉर्म इस्तेमाल करता है। &quot;Relay access denied&quot; या &quot;Unable to relay&quot;: क्लाइंट को ऐसे सर्वर पर भेजने के बजाय, जो उस डोमेन को नहीं संभालता, अपने सबमिशन सर्वर पर ऑथेंटिकेट करना होगा। अगर प्राप्त करने वाला सर्वर आप चलाते हैं और इनकार गलत है, तो प्राप्तकर्ता का एडमिन alias टेबल, डायरेक्टरी सिंक और transport rules जाँचता है।</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>प्राप्तकर्ता का पता मौजूद नहीं है: टाइपिंग की गलती, हटाया गया अकाउंट, या जा चुका कर्मचारी (5.1.1, Microsoft 5.1.10)।</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>मेलबॉक्स मौजूद है लेकिन निष्क्रिय है (5.2.1; Gmail कहता है कि अकाउंट निष्क्रिय है)।</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>भेजने वाला IP किसी सार्वजनिक DNS ब्लॉकलिस्ट या किसी प्रोवाइडर की अपनी ब्लॉकलिस्ट में है (Outlook.com S3150, Microsoft 365 5.7.606-649)।</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>संदेश SPF, DKIM या DMARC में विफल हुआ, और प्रेषक डोमेन p=reject प्रकाशित करता है या प्रोवाइडर ऑथेंटिकेशन माँगता है (5.7.26, 5.7.509, 5.7.515)।</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>बिना ऑथेंटिकेशन वाले क्लाइंट ने सर्वर से ऐसे डोमेन पर रिले करने को कहा जिसे सर्वर नहीं संभालता।</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>किसी स्पैम या रेप्युटेशन फ़िल्टर ने संदेश या उसके भेजने वाले डोमेन को अवांछित माना (Gmail 5.7.1 likely unsolicited)।</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>प्राप्तकर्ता की ओर का कोई नियम: ग्रुप केवल आंतरिक प्रेषकों को स्वीकार करता है, कोई transport rule प्रेषक को ब्लॉक करता है, या प्रेषक प्राप्तकर्ता की ब्लॉक सूची में है।</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>बाउंस का डिलीवरी स्टेटस वाला भाग (delivery-status) पढ़ें: Remote-MTA बताता है किसने अस्वीकार किया, Diagnostic-Code में रिप्लाई होता है, और &quot;in reply to RCPT TO / end of DATA&quot; पाठ बताता है कि किस चरण पर।</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>पुष्टि करें कि आप प्राप्तकर्ता डोमेन के मौजूदा MX तक पहुँचे, किसी पुराने या बैकअप होस्ट तक नहीं।</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>भेजने वाले IP (यहाँ 192.0.2.10, ऑक्टेट उलटे क्रम में) को Spamhaus में जाँचें; अपने रिज़ॉल्वर का उपयोग करें, क्योंकि सार्वजनिक रिज़ॉल्वर को जवाब के बजाय 127.255.255.254 मिलता है।</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>जाँचें कि भेजने वाले IP का PTR रिकॉर्ड है और उसका नाम वापस उसी IP पर रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>प्रेषक डोमेन की DMARC नीति पढ़ें, जो तय करती है कि विफल संदेश अस्वीकार होगा या नहीं।</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>संदेश भेजे बिना प्राप्तकर्ता की जाँच दोहराएँ (असली भेजने वाले IP से, घर के कनेक्शन से नहीं)।</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>वही संदेश उसी प्राप्तकर्ता को दोबारा भेजने का पुनः प्रयास न करें: 5yz रिप्लाई का अर्थ है कि क्लाइंट को अनुरोध बिना बदलाव के नहीं दोहराना चाहिए (RFC 5321 4.2.1), और अज्ञात उपयोगकर्ताओं पर बार-बार प्रयास प्रेषक की रेप्युटेशन को नुकसान पहुँचाते हैं। तुरंत प्रेषक को बाउंस करें, और पता, ऑथेंटिकेशन या ब्लॉकलिस्टिंग ठीक होने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>RCPT TO पर Gmail का अज्ञात-उपयोगकर्ता जवाब: ऐसा कोई Google अकाउंट या Workspace उपयोगकर्ता मौजूद नहीं है। पता सुधारें; पुनः प्रयास से कभी मदद नहीं मिलती।</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Google अकाउंट मौजूद है लेकिन निष्क्रिय कर दिया गया है या लंबे समय से इस्तेमाल नहीं हुआ; केवल अकाउंट धारक या उसका Workspace एडमिन उसे बहाल कर सकता है।</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>इस संदेश, इसके भेजने वाले IP या इसके डोमेन पर स्पैम और रेप्युटेशन का फ़ैसला; Gmail कई नीति ब्लॉक के लिए 5.7.1 का उपयोग करता है, और कोड के बाद का पाठ बताता है कि कौन-सा।</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>संदेश From डोमेन के लिए DMARC में विफल हुआ और वह डोमेन p=reject प्रकाशित करता है; यही एन्हांस्ड कोड उस मेल पर भी लागू होता है जो न SPF पास करता है, न DKIM।</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Exchange Online का अपना प्राप्तकर्ता-नहीं-मिला कोड (5.1.10, जिसे रजिस्ट्री null MX को देती है): पता प्राप्तकर्ता के टेनेंट में मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>डायरेक्टरी-आधारित edge blocking: प्राप्तकर्ता टेनेंट के लिए अज्ञात है, RCPT TO पर अस्वीकार। Microsoft का 5.4.1 रजिस्ट्री वाला अर्थ (होस्ट से कोई जवाब नहीं) नहीं है।</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>भेजने वाला IP Microsoft की अपनी ब्लॉकलिस्ट में है (5.7.606 से 5.7.649); कारण ठीक होने के बाद IP का मालिक Microsoft delist पोर्टल से हटाने का अनुरोध कर सकता है।</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>reject नीति वाले From डोमेन के लिए DMARC विफलता; 5.7.5xx श्रेणी का Microsoft का निजी कोड।</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail और Live रेप्युटेशन के आधार पर भेजने वाले IP या उसके नेटवर्क को अस्वीकार करते हैं, अक्सर MAIL FROM पर ही; भेजने वाले सर्वर का ऑपरेटर इसे हटवाने के लिए Microsoft की प्रेषक सहायता (sender support) से कहता है।</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>मई 2025 से Outlook.com दिन में 5,000 से ज़्यादा संदेश भेजने वाले डोमेन का मेल अस्वीकार करता है, जब तक SPF और DKIM पास न हों और DMARC (कम से कम p=none) aligned न हो।</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com और Hotmail मौजूद न होने वाले प्राप्तकर्ताओं के लिए यह जवाब देते हैं, आमतौर पर (S2017062302) जैसे किसी टैग के साथ: यह 5.1.10 का उपभोक्ता-सेवा वाला समकक्ष है। यहाँ 5.5.0 का अर्थ अज्ञात मेलबॉक्स है, रजिस्ट्री वाला प्रोटोकॉल स्टेटस नहीं।</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>उपयोगकर्ता लोकल नहीं है; कृपया &lt;forward-path&gt; आज़माएँ</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>प्राप्तकर्ता इस सर्वर द्वारा संभाला नहीं जाता, और सर्वर क्लाइंट को बताता है कि इसके बजाय कहाँ भेजें: रिप्लाई पाठ में नया forward-path होता है। यह उन कुछ रिप्लाई में से है जिनका पाठ प्रोग्राम द्वारा पार्स किए जाने के लिए है (RFC 5321 4.2)। RFC 5321 3.4 सर्वरों को इसे कहीं और गए उपयोगकर्ताओं के लिए इस्तेमाल करने देता है, लेकिन चेतावनी देता है कि इससे पते उजागर होते हैं, इसलिए आज यह दुर्लभ है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>RCPT TO और VRFY के जवाब में, ऐसे पुराने या छोटे सर्वरों से जिनमें कहीं और गए उपयोगकर्ताओं की तालिका कॉन्फ़िगर है, जैसे &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;। कुछ सर्वर 551 का गलत उपयोग उन डोमेन के लिए रिले इनकार के रूप में भी करते हैं जिन्हें वे नहीं संभालते, बिना कोई पता दिए।</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>अगर रिप्लाई में नया पता है, तो प्रेषक प्राप्तकर्ता से उसकी पुष्टि करता है और एड्रेस बुक अपडेट करता है, फिर नए पते पर दोबारा भेजता है; मेल क्लाइंट या MTA यह अपने आप नहीं करेगा। अगर कोई पता नहीं दिया गया, तो इसे रिले इनकार मानें: अपने ऑथेंटिकेटेड सबमिशन सर्वर से भेजें, और जाँचें कि डोमेन के MX रिकॉर्ड उसी सर्वर की ओर इशारा करते हैं जो उसे असल में होस्ट करता है। जो प्राप्तकर्ता एडमिन नए पते उजागर नहीं करना चाहते, वे चुपचाप फ़ॉरवर्ड करने (जवाब 250; 251 फिर भी नया पता दिखाएगा) या सादे 550 पर स्विच करते हैं।</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>प्राप्तकर्ता नए पते पर चला गया और पुराना सर्वर कहीं और गए उपयोगकर्ताओं की तालिका रखता है जो 551 देती है।</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>किसी क्लाइंट ने बाहरी डोमेन का मेल रिले करने की कोशिश की और सर्वर ने 550 5.7.1 के बजाय 551 से इनकार किया।</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>डोमेन का MX अब भी ऐसे सर्वर की ओर इशारा करता है जो अब प्राप्तकर्ता का मेलबॉक्स होस्ट नहीं करता।</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>रिप्लाई पाठ में दिया पता (&lt; और &gt; के बीच) कॉपी करें और किसी दूसरे माध्यम से प्राप्तकर्ता से उसकी पुष्टि करें।</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>जाँचें कि फ़िलहाल कौन-से सर्वर डोमेन का मेल प्राप्त करते हैं।</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>उस सर्वर पर प्राप्तकर्ता को दोबारा आज़माएँ और RCPT TO रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>उसी प्राप्तकर्ता का पुनः प्रयास न करें, और चुपचाप रीडायरेक्ट भी न करें: RFC 5321 कहता है कि सर्वर यह न मानें कि क्लाइंट नए पते पर अमल करेगा। संदेश को रिप्लाई पाठ ज्यों का त्यों रखकर बाउंस करें, ताकि कोई व्यक्ति उसे दिए गए पते पर दोबारा भेज सके।</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>अनुरोधित मेल कार्रवाई रोकी गई: स्टोरेज आवंटन पार हो गया</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>संदेश बहुत बड़ा</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>अटैचमेंट बहुत बड़ा</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>मेलबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>कोटा खत्म</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>कार्रवाई रोक दी गई क्योंकि स्टोरेज सीमा पार हो गई। आज इसका अर्थ दो में से एक होता है: प्राप्तकर्ता का मेलबॉक्स कोटा से ज़्यादा भर गया है, या संदेश सर्वर की स्वीकार्य सीमा से बड़ा है (SIZE एक्सटेंशन, RFC 1870)। RFC 821 बहुत ज़्यादा प्राप्तकर्ताओं के लिए भी 552 बताता था; RFC 5321 4.5.3.1.10 इसे सुधारकर 452 करता है और क्लाइंट से कहता है कि ऐसे 552 को अस्थायी मानें।</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>MAIL FROM पर, जब क्लाइंट सर्वर की सीमा से ऊपर SIZE= घोषित करता है; डेटा के अंत के बाद, जब असली संदेश बहुत बड़ा हो (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;); और भरे हुए मेलबॉक्स के लिए RCPT TO पर या डेटा के अंत पर, अक्सर डिलीवरी एजेंट से (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;)। Gmail 552 का उपयोग उन इनबॉक्स के लिए करता है जो भरे हुए भी हैं और निष्क्रिय भी, साइज़ और हेडर सीमाओं के लिए, और ब्लॉक किए गए अटैचमेंट प्रकारों के लिए। रजिस्ट्री X.2.2 (मेलबॉक्स भरा हुआ) को वर्ग 4 में रखती है, फिर भी ज़्यादातर सर्वर 552 5.2.2 ही भेजते हैं।</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>साइज़: प्रेषक संदेश छोटा करता है या फ़ाइल अटैच करने के बजाय लिंक शेयर करता है; base64 में एन्कोड होने पर अटैचमेंट लगभग एक तिहाई बढ़ जाते हैं, इसलिए 20 MB की फ़ाइल 25 MB की सीमा तोड़ सकती है। अगर बाउंस आपके अपने सर्वर से आया, तो प्रेषक का एडमिन आउटबाउंड सीमा जाँचता है। कोटा: प्राप्तकर्ता मेल हटाता या आर्काइव करता है या और स्टोरेज खरीदता है; प्रेषक उसे किसी दूसरे माध्यम से बताता है। अटैचमेंट प्रकार: फ़ाइल किसी दूसरे फ़ॉर्मैट में या लिंक के रूप में भेजें।</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>ऐसे अटैचमेंट जो base64 एन्कोडिंग जुड़ने के बाद प्राप्त करने वाले पक्ष की साइज़ सीमा पार कर जाते हैं।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>प्राप्तकर्ता का मेलबॉक्स अपने स्टोरेज कोटा से ज़्यादा भर गया है।</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>ऐसा Gmail अकाउंट जिसका स्टोरेज खत्म हो गया है और जो अब इस्तेमाल नहीं होता (Gmail 552 5.2.2 out of storage space and inactive)।</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>ऐसा अटैचमेंट प्रकार जिसे प्राप्त करने वाला पक्ष अस्वीकार करता है, जैसे executable फ़ाइलें या उन्हें रखने वाले आर्काइव (Gmail 552 5.7.0)।</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>बहुत बड़े या बहुत सारे हेडर फ़ील्ड, उदाहरण के लिए बहुत लंबी To सूची या लंबा Subject (Gmail 552 5.3.4 हेडर सीमाएँ)।</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>कोई पुराना सर्वर जो अब भी बहुत ज़्यादा प्राप्तकर्ताओं का जवाब 552 से देता है, जैसा कभी RFC 821 में तय था।</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>कच्चे संदेश को उसी रूप में मापें जैसे वह भेजा जाएगा, एन्कोडिंग सहित।</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>प्राप्त करने वाला पक्ष अपने EHLO रिप्लाई में जो साइज़ सीमा घोषित करता है, उसे पढ़ें (250-SIZE पंक्ति, बाइट में)।</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Postfix पर संदेश साइज़ सीमा और लोकल मेलबॉक्स सीमा दिखाएँ (message_size_limit का डिफ़ॉल्ट 10240000 बाइट है)।</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Dovecot सर्वर पर प्राप्तकर्ता का कोटा उपयोग दिखाएँ।</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>संदेश बाउंस करें: बिना बदलाव के दोहराने पर वह उसी तरह विफल होगा। अपवाद RCPT TO पर RFC 821 वाला “बहुत ज़्यादा प्राप्तकर्ता” उपयोग है, जिसे RFC 5321 अस्थायी मानने को कहता है: बाकी प्राप्तकर्ताओं को बाद के ट्रांज़ैक्शन में भेजें। कोटा के कारण बाउंस के बाद, प्राप्तकर्ता के जगह बनाने पर कोई व्यक्ति दोबारा भेज सकता है।</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Google अकाउंट ने अपना स्टोरेज पूरा इस्तेमाल कर लिया है और वह इस्तेमाल नहीं हो रहा; जो अकाउंट केवल भरा हुआ है, उसके लिए Gmail 452 4.2.2 भेजता है।</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>पूरा संदेश, उसके अटैचमेंट की संख्या या उसके हेडर Gmail की प्राप्ति सीमाओं से ज़्यादा हैं; पाठ बताता है कि कौन-सी सीमा।</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>ऐसा अटैचमेंट प्रकार जिसे Gmail अस्वीकार करता है (उदाहरण के लिए executable फ़ाइल, आर्काइव के अंदर भी); यह सामग्री नीति है, स्टोरेज की समस्या नहीं।</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>अनुरोधित कार्रवाई नहीं की गई: मेलबॉक्स नाम की अनुमति नहीं</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>किसी पते का अपने आप में स्थायी इनकार: मेलबॉक्स नाम इस सर्वर को स्वीकार्य नहीं है, पारंपरिक रूप से इसलिए कि उसका सिंटैक्स गलत है। व्यवहार में 553 उन प्रेषक पतों को भी कवर करता है जिन्हें सर्वर स्वीकार नहीं करेगा (रिज़ॉल्व न होने वाला डोमेन, ऐसा पता जो लॉग इन उपयोगकर्ता का नहीं है) और उन डोमेन को भी जिनके लिए सर्वर रिले नहीं करेगा। RFC 5321 3.3 कहता है कि MAIL FROM पर विफलताएँ आमतौर पर 550 या 553 देती हैं, और 3.5.1 अस्पष्ट VRFY नाम के लिए 553 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>MAIL FROM और RCPT TO पर। Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;। sender login जाँच वाला Postfix: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;। Qmail का रिले इनकार: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;। Gmail: अज्ञात प्राप्तकर्ता डोमेन और अमान्य प्राप्तकर्ता या प्रेषक सिंटैक्स के लिए 553 5.1.2, 5.1.3 और 5.1.7। SMTPUTF8 सर्वर उन गैर-ASCII पतों के लिए 5.6.7 के साथ 553 का उपयोग कर सकते हैं जिन्हें वे नहीं ले सकते।</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>प्रेषक संबंधित पता ठीक करता है: सही सिंटैक्स, असली पंजीकृत डोमेन, और ऑथेंटिकेटेड सबमिशन में केवल ऐसा पता जिससे भेजने की अनुमति अकाउंट को हो। एप्लिकेशन डेवलपर root@localhost या www-data@server के बजाय सार्वजनिक डोमेन वाला सही एनवेलप प्रेषक सेट करते हैं। अगर रिप्लाई रिले इनकार है, तो क्लाइंट को अपने सबमिशन सर्वर पर ऑथेंटिकेट करना होगा। सर्वर एडमिन किसी पते को उपयोगकर्ता के अनुमत प्रेषकों में तभी जोड़ता है जब वह पता सच में उसी उपयोगकर्ता का हो।</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>बिगड़ा हुआ पता: गायब @, स्पेस, बेमेल कोणीय कोष्ठक, या एनवेलप में डिस्प्ले नाम।</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>एनवेलप प्रेषक ऐसे आंतरिक होस्ट नाम का उपयोग करता है जो सार्वजनिक रूप से रिज़ॉल्व नहीं होता, जो cron जॉब और वेब एप्लिकेशन में आम है।</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>ऑथेंटिकेटेड उपयोगकर्ता ने किसी और के पते से भेजने की कोशिश की।</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>प्राप्तकर्ता डोमेन उनमें से नहीं है जिनका मेल यह सर्वर प्राप्त या रिले करता है।</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>प्राप्तकर्ता डोमेन DNS में मौजूद नहीं है (Gmail 553 5.1.2)।</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>कोई गैर-ASCII पता ऐसे सर्वर को भेजा गया जो उसे संभाल नहीं सकता।</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>जाँचें कि एनवेलप प्रेषक का डोमेन सार्वजनिक रूप से रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Postfix पर देखें कि किस प्रतिबंध ने पता अस्वीकार किया।</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>भेजने वाले होस्ट पर वे नाम जाँचें जो Postfix लोकल रूप से बने मेल पर लगाता है।</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>ठीक उसी प्रेषक और प्राप्तकर्ता के साथ ट्रांज़ैक्शन दोहराएँ, ताकि पता चले कि दोनों में से कौन अस्वीकार होता है।</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>पुनः प्रयास न करें: वही पता वही 553 देता है। संदेश लौटा दें ताकि पता या भेजने का कॉन्फ़िगरेशन बदला जा सके, फिर उसे नए संदेश के रूप में दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>प्राप्तकर्ता डोमेन DNS में मौजूद नहीं है; आमतौर पर @ के बाद वाले भाग में टाइपिंग की गलती।</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>RCPT TO का आर्ग्युमेंट सिंटैक्स के हिसाब से अमान्य है; Gmail ने उपयोगकर्ता को खोजा तक नहीं।</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>MAIL FROM का आर्ग्युमेंट बिगड़ा हुआ है; आपका एप्लिकेशन या सर्वर जो एनवेलप प्रेषक सेट करता है, उसे ठीक करें।</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>ट्रांज़ैक्शन विफल (कनेक्शन खुलते समय: यहाँ कोई SMTP सेवा नहीं)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>ब्लैकलिस्ट में IP</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>हार्ड बाउंस</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>ऐसी स्थायी विफलता जो किसी ज़्यादा विशिष्ट कोड में फ़िट नहीं होती। RFC 5321 इसे दो काम देता है: सत्र के दौरान &quot;transaction failed&quot;, और &quot;No SMTP service here&quot;, जब कोई सर्वर पूरे कनेक्शन को अस्वीकार करने के लिए 220 ग्रीटिंग के बजाय 554 भेजता है। व्यवहार में यह 550 के बाद दूसरा बड़ा अस्वीकृति कोड है: Postfix ब्लॉकलिस्ट हिट, अस्वीकृत रिले और access-map अस्वीकृतियों के लिए डिफ़ॉल्ट रूप से 554 का उपयोग करता है, और DATA के बाद इसका अर्थ आमतौर पर सामग्री, स्पैम या वायरस का फ़ैसला होता है।</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>220 के बजाय पहली पंक्ति के रूप में, जब कनेक्ट करने वाला IP सीधे अस्वीकार किया जाता है; RFC 5321 3.1 कहता है कि तब सर्वर को QUIT का इंतज़ार करना होगा और दूसरे कमांड का जवाब 503 से देना चाहिए। RCPT TO पर Postfix प्रतिबंधों से: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; या &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;। DATA पर: &quot;554 5.5.1 Error: no valid recipients&quot;, जब हर RCPT अस्वीकार हुआ हो। डेटा के अंत के बाद कंटेंट फ़िल्टर से, और &quot;554 Command refused due to lack of security&quot; (RFC 3207) के रूप में। Yahoo और AOL ज़्यादातर स्थायी अस्वीकृतियाँ 554 के रूप में भेजते हैं; Gmail और Microsoft इसका उपयोग बिगड़े संदेशों, लूप और (Microsoft) भरे मेलबॉक्स के लिए करते हैं।</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>पहले चरण पता करें। ग्रीटिंग पर या ब्लॉकलिस्ट वाले पाठ के साथ अस्वीकार: प्रेषक का एडमिन लिस्टिंग खोजता है, कारण दूर करता है (हैक हुआ अकाउंट, ओपन रिले, गायब PTR) और delisting का अनुरोध करता है, फिर अगर ब्लॉक लोकल है तो किसी दूसरे रास्ते से प्राप्तकर्ता के postmaster से पूछता है। Relay access denied (रिले से इनकार): क्लाइंट को ऑथेंटिकेट करना होगा (आमतौर पर STARTTLS के साथ पोर्ट 587), या अगर MX सच में वहीं इशारा करता है तो प्राप्तकर्ता एडमिन को डोमेन सर्वर के relay या virtual डोमेन में जोड़ना होगा। डेटा के अंत के बाद: ऑथेंटिकेशन, लिंक, अटैचमेंट और सामग्री की समीक्षा करें। Yahoo 554 5.7.9: DKIM और DMARC alignment ठीक करें। Yahoo की &quot;dd&quot; पंक्तियाँ: पता मौजूद नहीं है, उसे हटाएँ। लूप कोड (5.4.6, 5.4.14): वह फ़ॉरवर्डिंग या कनेक्टर ठीक करें जो मेल को आगे-पीछे भेजता है।</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>कनेक्ट करने वाला IP किसी ऐसी DNS ब्लॉकलिस्ट में है जिसे प्राप्त करने वाला पक्ष जाँचता है, या प्राप्त करने वाले पक्ष की अपनी ब्लॉक सूची में है।</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>बिना ऑथेंटिकेशन वाले किसी क्लाइंट ने बाहरी डोमेन पर रिले करने की कोशिश की (Postfix: Relay access denied)।</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>ट्रांज़ैक्शन का हर प्राप्तकर्ता अस्वीकार हुआ, इसलिए DATA कोई मान्य प्राप्तकर्ता न होने के कारण विफल होता है।</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>डेटा के अंत के बाद किसी कंटेंट फ़िल्टर को स्पैम, वायरस या प्रतिबंधित अटैचमेंट मिला।</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>संदेश प्रेषक डोमेन की DMARC या DKIM नीति में विफल हुआ (Yahoo 554 5.7.9)।</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>प्राप्तकर्ता Yahoo या AOL पर मौजूद नहीं है, जिनका अज्ञात-उपयोगकर्ता बाउंस 554 वाली &quot;dd&quot; पंक्ति होता है।</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>किसी फ़ॉरवर्डिंग नियम या कनेक्टर लूप के कारण संदेश हॉप सीमा पार कर गया (Gmail 5.4.6, Exchange Online 5.4.14)।</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>बिगड़ा हुआ संदेश: टूटी MIME संरचना, bare line feed या अमान्य हेडर (Gmail 554 5.6.0)।</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>कनेक्ट करें और बैनर पढ़ें: वहाँ 554 का अर्थ है कि किसी भी पते को देखे जाने से पहले पूरा कनेक्शन अस्वीकार है।</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>भेजने वाले IP (192.0.2.10 उलटे क्रम में) को Spamhaus के साथ-साथ किसी दूसरी ब्लॉकलिस्ट में भी देखें।</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>अपने सर्वर के ज़रिए ऑथेंटिकेटेड सबमिशन टेस्ट करें, जो रिले इनकार असल में माँगता है।</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix पर वह प्रतिबंध और उसके डिफ़ॉल्ट कोड खोजें जिसने 554 दिया।</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>लूप बाउंस के लिए, लौटे संदेश में Received: हेडर गिनें, ताकि पता चले कि कौन-से होस्ट उसे आगे-पीछे भेज रहे हैं।</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>ट्रांज़ैक्शन बिना बदलाव के न दोहराएँ। 554 ग्रीटिंग का अर्थ है कि प्राप्त करने वाला पक्ष इस क्लाइंट को अस्वीकार करता है, इसलिए नए-नए कनेक्शनों की बौछार केवल लिस्टिंग को लंबा करती है; QUIT भेजें और कारण दूर होने तक मेल को बाउंस करें या रोककर रखें। डेटा के अंत के बाद 554 उस संदेश के लिए अंतिम है; जो अस्वीकार हुआ था उसे बदलने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Yahoo का अज्ञात-प्राप्तकर्ता जवाब, बिना एन्हांस्ड कोड के; Yahoo कहता है कि पुनः प्रयास न करें और पते को सूचियों से हटा दें। यही मेल सिस्टम AOL पतों को भी सेवा देता है।</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>संदेश Yahoo की ऑथेंटिकेशन जाँचों (DKIM, SPF, DMARC) में विफल हुआ, आमतौर पर p=reject प्रकाशित करने वाले डोमेन के लिए DMARC विफलता; रेप्युटेशन समीक्षा माँगने के बजाय ऑथेंटिकेशन ठीक करें।</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>संदेश की संरचना या हेडर RFC 5322 या MIME का इतना गंभीर उल्लंघन करते हैं कि Gmail उसे सीधे अस्वीकार कर देता है।</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>रूटिंग लूप: संदेश में बहुत सारे Received हेडर हैं, आमतौर पर एक-दूसरे की ओर इशारा करने वाले फ़ॉरवर्डिंग नियमों के कारण।</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>क्लाइंट ने पहले ऑथेंटिकेट किए बिना बहुत सारे कमांड भेजे; Gmail AUTH का इंतज़ार करने के बजाय प्रयास समाप्त कर देता है।</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online भरे हुए प्राप्तकर्ता मेलबॉक्स की सूचना 554 5.2.2 से देता है; प्राप्तकर्ता को जगह खाली करनी होगी। Microsoft 5.2.2 का उपयोग भेजने की सीमा पार करने वाले प्रेषक के लिए भी करता है।</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online की लूप पहचान, जिसकी सूचना Microsoft के अपने कोड 5.4.14 से दी जाती है (रजिस्ट्री का लूप कोड X.4.6 है); ऐसे फ़ॉरवर्डिंग नियम या कनेक्टर खोजें जो संदेश को वापस भेजते हैं।</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>MAIL FROM/RCPT TO पैरामीटर पहचाने नहीं गए या लागू नहीं हैं</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>क्लाइंट ने MAIL FROM या RCPT TO में कोई ESMTP पैरामीटर जोड़ा (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS आदि) जिसे यह सर्वर पहचानता नहीं या लागू नहीं कर सकता। RFC 5321 4.1.1.11 इस मामले के लिए 555 और अस्थायी असमर्थता के लिए 455 तय करता है। गलती क्लाइंट के कमांड में है, पतों में नहीं।</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>MAIL FROM या RCPT TO के ठीक बाद, आमतौर पर जब क्लाइंट ऐसा एक्सटेंशन इस्तेमाल करता है जिसे सर्वर ने अपने EHLO रिप्लाई में घोषित नहीं किया: DSN के बिना वाले सर्वर को DSN पैरामीटर, ऐसा क्लाइंट जो HELO पर लौट आया लेकिन फिर भी SIZE= जोड़ता है, या कोई SMTP-aware फ़ायरवॉल जिसने EHLO सूची से कीवर्ड हटा दिए। Postfix &quot;555 5.5.4 Unsupported option: ...&quot; लौटाता है; Gmail अपने रिप्लाई में &quot;555 5.5.2 Syntax error&quot; सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर को केवल वही पैरामीटर भेजने चाहिए जो सर्वर ने अपने EHLO रिप्लाई में सूचीबद्ध किए, और HELO पर लौटने के बाद कोई पैरामीटर नहीं भेजना चाहिए। मेल लाइब्रेरी या MTA को अपडेट या फिर से कॉन्फ़िगर करें (ज़बरदस्ती चालू DSN या SMTPUTF8 विकल्प आम दोषी हैं)। अगर कोई फ़ायरवॉल या प्रॉक्सी SMTP की जाँच करता है, तो उसके एडमिन से EHLO बदलने वाला इंस्पेक्शन बंद करवाएँ। कमांड सिंटैक्स भी जाँचें: MAIL FROM: और RCPT TO: में कोलन के किसी भी ओर स्पेस की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>ऐसे एक्सटेंशन का पैरामीटर जिसे सर्वर ने कभी घोषित नहीं किया, जैसे DSN के बिना वाले सर्वर को NOTIFY= या RET=।</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO विफल हुआ, क्लाइंट HELO पर लौट आया, और फिर भी एक्सटेंशन पैरामीटर जोड़ता रहा।</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>किसी मिडलबॉक्स ने EHLO रिप्लाई बदल दिया या छोटा कर दिया, इसलिए क्लाइंट और सर्वर सपोर्ट किए गए एक्सटेंशन पर असहमत हैं।</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>बिगड़े हुए आर्ग्युमेंट, उदाहरण के लिए कोलन के बाद स्पेस या टूटा हुआ पैरामीटर मान।</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>सर्वर असल में जो एक्सटेंशन देता है, उन्हें पढ़ें; EHLO के बाद की हर 250- पंक्ति एक कीवर्ड है।</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>नेटवर्क के अंदर और बाहर से टेस्ट करके, या ऐसे एन्क्रिप्टेड सत्र से जिसे इंस्पेक्शन बदल नहीं सकता, तुलना करें कि फ़ायरवॉल से क्या गुज़रता है।</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Postfix सर्वर पर जाँचें कि EHLO कीवर्ड जानबूझकर छिपाए गए हैं या नहीं।</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>क्लाइंट जो सटीक MAIL FROM या RCPT TO पंक्ति भेजता है, उसे उसके डीबग लॉग से या टेस्ट सत्र को sniff करके पकड़ें।</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>वही कमांड दोहराने पर फिर विफलता मिलेगी। क्लाइंट ऐसे वैकल्पिक पैरामीटर के बिना नया ट्रांज़ैक्शन शुरू कर सकता है जिसे सर्वर सपोर्ट नहीं करता (SIZE, NOTIFY), लेकिन संदेश निकालने के लिए REQUIRETLS नहीं हटाना चाहिए (RFC 8689); तब संदेश बाउंस होता है।</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail 555 को सिंटैक्स-त्रुटि वाले एन्हांस्ड कोड के साथ जोड़ता है, इसलिए पैरामीटर के साथ-साथ MAIL FROM और RCPT TO का सिंटैक्स भी जाँचें (कोष्ठक, कोलन के बाद स्पेस नहीं)।</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>डोमेन मेल स्वीकार नहीं करता</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>RFC 7504 द्वारा परिभाषित: पते का डोमेन बिल्कुल भी मेल स्वीकार नहीं करता। आम कारण null MX रिकॉर्ड है (RFC 7505, &quot;MX 0 .&quot;), जिससे कोई डोमेन घोषित करता है कि वह कोई मेल प्राप्त नहीं करता; मेल खाता एन्हांस्ड कोड 5.1.10 है, Recipient address has null MX (प्राप्तकर्ता पते का null MX है)। यह 521 (यह होस्ट मेल नहीं लेता) और 550 (यह मेलबॉक्स अस्वीकार है) से अलग है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>किसी सबमिशन सर्वर या रिले से RCPT TO के जवाब में, जिसने प्राप्तकर्ता डोमेन को स्वीकार करने से पहले खोजा, उदाहरण के लिए Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;। या ऐसे बाउंस में जिसे आपका अपना MTA किसी से संपर्क किए बिना लिखता है (Postfix &quot;Domain example.com does not accept mail (nullMX)&quot; लॉग करता है)। एक क्लासिक जाल: example.com खुद null MX प्रकाशित करता है, इसलिए उस पर भेजा गया टेस्ट मेल हमेशा इसी तरह विफल होता है।</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>प्रेषक पता जाँचता है: डोमेन पार्क किया हुआ, केवल वेब वाला या no-reply डोमेन है, या टाइपिंग की गलती ने उसे ऐसा डोमेन बना दिया। प्राप्तकर्ता से ऐसा पता माँगें जो मेल लेता हो। अगर डोमेन आपका है और आप मेल चाहते हैं, तो डोमेन का एडमिन null MX हटाता है और असली MX रिकॉर्ड प्रकाशित करता है। टेस्ट सिस्टम को example.com के बजाय mail sink या अपने नियंत्रण वाले डोमेन का उपयोग करना चाहिए।</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>डोमेन पार्क किया हुआ है या केवल वेबसाइट के लिए इस्तेमाल होता है और null MX प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>टाइपिंग की गलती से कोई दूसरा, मौजूदा डोमेन बन गया जो null MX प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>example.com या example.net वाले टेस्ट या प्लेसहोल्डर पते किसी असली मेल सर्वर तक पहुँच गए।</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>मेल को नए प्रोवाइडर पर ले जाने के बाद डोमेन मालिक ने null MX वहीं छोड़ दिया।</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>ऐसे no-reply डोमेन को भेजे गए जवाब जो जानबूझकर मेल अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>MX देखें; अकेला जवाब &quot;0 .&quot; null MX होता है।</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>किसी दूसरे टूल से क्रॉस-चेक करें, जो रिकॉर्ड को उसकी प्राथमिकता और लक्ष्य के साथ छापता है।</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Postfix प्रेषक पर null MX के कारण अस्वीकार या बाउंस हुए संदेशों की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>क्यू में न रखें, पुनः प्रयास न करें: null MX डोमेन मालिक का प्रकाशित बयान है कि कोई मेल स्वीकार नहीं होता, इसलिए भेजने वाला MTA तुरंत बाउंस करता है। केवल डोमेन मालिक द्वारा DNS में बदलाव से ही डिलीवरी संभव होती है।</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>पता क्वेरी का रिप्लाई</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557, RFC 5321 या किसी दूसरे प्रकाशित RFC में परिभाषित नहीं है। इसका प्रस्ताव पता-क्वेरी तंत्र के एक Internet-Draft में क्वेरी का नतीजा ले जाने वाले रिप्लाई के रूप में था, और वह ड्राफ़्ट कभी मानक नहीं बना। मुख्यधारा के MTA और बड़े प्रोवाइडर इसे नहीं भेजते, और अनौपचारिक कोड सूचियाँ इस संख्या के असंबंधित अर्थ बताती हैं।</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>सार्वजनिक इंटरनेट पर व्यावहारिक रूप से कभी नहीं। अगर यह दिखे, तो दूसरी ओर प्रायोगिक या कस्टम सॉफ़्टवेयर है, या घर में गढ़े रिप्लाई कोड वाला कोई फ़िल्टर; ज़्यादा बार यह संख्या किसी लॉग या स्क्रीनशॉट में किसी दूसरे कोड को गलत पढ़ना होती है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>प्रेषक का एडमिन भेजने वाले सॉफ़्टवेयर की पहचान करता है (बैनर, Received हेडर, रिमोट postmaster) और अर्थ के लिए उसका दस्तावेज़ पढ़ता है। अगर कोड आपके अपने सर्वर या फ़िल्टर कॉन्फ़िगरेशन से आता है, तो उसे उपयुक्त एन्हांस्ड कोड के साथ 550 या 554 जैसे मानक रिप्लाई से बदलें, ताकि दूसरा सॉफ़्टवेयर उस पर कार्रवाई कर सके।</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>पता-क्वेरी ड्राफ़्ट लागू करने वाला कोई प्रायोगिक सर्वर।</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>गढ़े हुए रिप्लाई कोड के साथ सेट किया गया कोई फ़िल्टर या कस्टम नियम।</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>किसी लॉग, टिकट या स्क्रीनशॉट से गलत कॉपी किया गया कोड।</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>रिमोट सॉफ़्टवेयर को उसके ग्रीटिंग बैनर से पहचानें।</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>अपने लॉग में सटीक रिप्लाई पंक्ति खोजें, ताकि पता चले कि यह किस कमांड का जवाब था और कोड के बाद कोई पाठ है या नहीं।</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>भेजने वाला MTA किसी अज्ञात कोड को उसके पहले अंक से समझता है (RFC 5321 4.2): 557 को स्थायी विफलता मानें, क्यू में रखने के बजाय बाउंस करें, और किसी व्यक्ति को रिमोट postmaster से संपर्क करने दें।</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>ब्लॉक किया गया</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>ब्लैकलिस्ट में IP</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 किसी भी RFC में SMTP रिप्लाई कोड नहीं है। जो लोग “त्रुटि 571, ब्लॉक” कहते हैं, उनका मतलब लगभग हमेशा एन्हांस्ड कोड 5.7.1, Delivery not authorized, message refused (डिलीवरी अधिकृत नहीं, संदेश अस्वीकृत; RFC 3463) होता है, जो 550 5.7.1 या 554 5.7.1 के रूप में आता है। कभी-कभार कोई फ़िल्टर या कस्टम सर्वर कॉन्फ़िगरेशन नेटवर्क पर सचमुच 571 भेज देता है; क्लाइंट को इसे पहले अंक के आधार पर स्थायी विफलता मानना होगा।</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>हेल्प-डेस्क टिकट, Exchange NDR (&quot;#550 5.7.1 ...&quot;), बाउंस सारांश और सुरक्षा अप्लायंस लॉग में। इसके पीछे का रिप्लाई MAIL FROM, RCPT TO पर या डेटा के अंत के बाद नीति इनकार होता है: बिना ऑथेंटिकेशन वाला रिले, ब्लॉकलिस्ट में पड़ा IP, ऐसा प्रेषक जिसे प्राप्तकर्ता का संगठन अनुमति नहीं देता, या स्पैम का फ़ैसला।</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>पूरी रिप्लाई पंक्ति लें और 5.7.1 के बाद का पाठ पढ़ें, क्योंकि 5.7.1 केवल &quot;not authorized&quot; कहता है। रिले इनकार: भेजने वाला क्लाइंट अपने सर्वर पर ऑथेंटिकेट करता है। ब्लॉकलिस्ट में पड़ा IP: प्रेषक का एडमिन कारण ठीक करता है और delisting का अनुरोध करता है। प्रतिबंधित प्राप्तकर्ता (ऐसा ग्रुप जो केवल आंतरिक या सूचीबद्ध प्रेषकों को स्वीकार करता है): प्राप्तकर्ता के एडमिन को प्रेषक को अनुमति देनी होगी। स्पैम का फ़ैसला: ऑथेंटिकेशन और सामग्री जाँचें।</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>किसी क्लाइंट ने बिना ऑथेंटिकेट किए ऐसे सर्वर से भेजा जो उसके लिए रिले नहीं करता (550 5.7.1 Unable to relay)।</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>भेजने वाले IP या डोमेन की रेप्युटेशन खराब है या वह किसी ब्लॉकलिस्ट में है।</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>प्राप्तकर्ता कोई डिस्ट्रीब्यूशन ग्रुप या मेलबॉक्स है जो केवल आंतरिक या सूचीबद्ध प्रेषकों से मेल स्वीकार करता है।</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>प्राप्तकर्ता की ओर के किसी transport rule या कस्टम नीति (Google Workspace gcdp नियम) ने संदेश अस्वीकार किया।</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>सचमुच 571 से जवाब देने के लिए कॉन्फ़िगर किया गया कोई फ़िल्टर अप्लायंस।</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>विफल पते के लिए 5.7.1 वाली सटीक पंक्ति खोजें; कोड के बाद के शब्द नीति का नाम बताते हैं।</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>अपने रिज़ॉल्वर से जाँचें कि भेजने वाला IP Spamhaus पर सूचीबद्ध है या नहीं (192.0.2.10 उलटे क्रम में)।</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>अगर पाठ में रिले का ज़िक्र है, तो जाँचें कि आपका क्लाइंट सबमिशन के लिए ऑथेंटिकेट कर सकता है।</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>571 या उसके पीछे के 550 5.7.1 का बिना बदलाव के कभी पुनः प्रयास न करें: जिस नीति ने इसे अस्वीकार किया, वह अब भी लागू है। बाउंस करें, और रिले अनुमति, लिस्टिंग या प्राप्तकर्ता के नियम का समाधान होने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>अन्य अपरिभाषित स्टेटस</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>अनिर्दिष्ट त्रुटि</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>सब कुछ समेटने वाला एन्हांस्ड कोड: सर्वर केवल यह बताता है कि नतीजा सफलता है (2.0.0), अस्थायी विफलता है (4.0.0) या स्थायी विफलता (5.0.0), बिना किसी विषय-क्षेत्र या विवरण के। सारी असली जानकारी मूल कोड और रिप्लाई पाठ में होती है।</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>सत्र में कहीं भी और बाउंस में बहुत बार। Postfix संदेश डेटा के बाद 250 2.0.0 Ok: queued (क्यू में डाला गया), QUIT पर 221 2.0.0 Bye और 220 2.0.0 Ready to start TLS लौटाता है। जब रिमोट सर्वर के रिप्लाई में अपना कोई एन्हांस्ड कोड न हो, तो Postfix और Exim भी DSN में Status: 5.0.0 या 4.0.0 लिखते हैं।</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>एन्हांस्ड कोड को नज़रअंदाज़ करें और उसके साथ का मूल कोड और पाठ पढ़ें: वही बताते हैं कि असल में क्या हुआ। 2.0.0 के लिए ठीक करने को कुछ नहीं। बाउंस में 4.0.0 या 5.0.0 के लिए, प्रेषक (या प्रेषक का एडमिन) Diagnostic-Code पंक्ति पढ़ता है, जो रिमोट सर्वर का मूल रिप्लाई उद्धृत करती है, और उसी के आधार पर काम करता है।</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>रिमोट सर्वर के रिप्लाई में कोई एन्हांस्ड कोड नहीं था, इसलिए रिपोर्ट करने वाले MTA ने DSN लिखते समय सामान्य X.0.0 भर दिया।</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>ऐसा सर्वर सॉफ़्टवेयर जो सामान्य सफलता रिप्लाई पर 2.0.0 लगाता है, जैसे संदेश डेटा के बाद का अंतिम 250 या QUIT पर 221।</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>किसी फ़िल्टर, milter या policy service ने अपने खुद के पाठ के साथ संदेश अस्वीकार किया और कोई खास एन्हांस्ड कोड नहीं चुना।</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>बाउंस खोलें और Diagnostic-Code पंक्ति पढ़ें: वह उद्धृत करती है कि रिमोट सर्वर ने असल में क्या कहा।</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>भेजने वाले सर्वर के लॉग में प्राप्तकर्ता के आधार पर संदेश खोजें और उसके साथ लॉग हुआ पूरा रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>केवल वर्ग अंक से तय करें: 2.0.0 पर कुछ नहीं करना, 4.0.0 का सामान्य बैकऑफ़ के साथ बाद में पुनः प्रयास होता है, 5.0.0 का बिना बदलाव के पुनः प्रयास नहीं होता। सामान्य कोड इससे हटने का कोई और कारण नहीं देता।</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>अन्य पता स्टेटस</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>अमान्य पता</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>ट्रांज़ैक्शन के किसी पते, प्रेषक या किसी प्राप्तकर्ता के पते, की किसी बात से यह नतीजा आया, लेकिन सर्वर नहीं बताता कि क्या। 5.1.0 के रूप में यह उस पते से जुड़ा स्थायी इनकार है; 4.1.0 के रूप में पते की समस्या के दूर होने की उम्मीद है, उदाहरण के लिए कोई जाँच जो अभी पूरी नहीं हो सकी।</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>MAIL FROM या RCPT TO के रिप्लाई में, और DSN में। जब Postfix द्वारा होस्ट किए गए डोमेन का कोई प्रेषक पता मौजूद न हो (reject_unlisted_sender), तो वह 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (प्रेषक पता अस्वीकृत: लोकल प्राप्तकर्ता तालिका में उपयोगकर्ता अज्ञात) लौटाता है, और कुछ Postfix संस्करण null MX वाले डोमेन का मेल बाउंस करते समय dsn=5.1.0 लॉग करते हैं। Postfix, Gmail और Exchange MAIL FROM के 250 रिप्लाई पर 2.1.0 भी लगाते हैं, जो सफलता वाला ऐसा रूप है जिसे रजिस्ट्री सूचीबद्ध नहीं करती।</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>कौन-सा पता अस्वीकार हुआ, यह जानने के लिए कोड के बाद का पाठ पढ़ें। अगर उसमें प्रेषक पते का नाम है, तो प्रेषक का एडमिन पक्का करता है कि एनवेलप प्रेषक रिज़ॉल्व होने वाले डोमेन में एक असली, मौजूदा मेलबॉक्स है; अगर उसमें किसी प्राप्तकर्ता का नाम है, तो प्रेषक उस पते में टाइपिंग की गलतियाँ जाँचता है। 4.1.0 के लिए भेजने वाला सर्वर बस पुनः प्रयास करता है।</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>एनवेलप प्रेषक प्राप्त करने वाले सर्वर को लोकल लगता है लेकिन वहाँ मौजूद नहीं है, इसलिए reject_unlisted_sender वाला Postfix उसे अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>प्राप्तकर्ता डोमेन null MX प्रकाशित करता है और भेजने वाला MTA 5.1.10 के बजाय सामान्य पता कोड से इसकी सूचना देता है।</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>किसी नीति या address-rewriting नियम ने कोई ज़्यादा विशिष्ट कोड चुने बिना पता अस्वीकार किया।</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>रिप्लाई पाठ पढ़ें: वह बताता है कि प्रेषक का पता अस्वीकार हुआ या प्राप्तकर्ता का।</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>अगर प्रेषक पता ऐसे डोमेन में है जिसे अस्वीकार करने वाला Postfix सर्वर होस्ट करता है, तो जाँचें कि वह virtual alias map में मौजूद है।</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>जाँचें कि प्राप्तकर्ता डोमेन null MX प्रकाशित करता है या नहीं (अकेला जवाब &apos;0 .&apos;)।</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: उसी पते पर या उसी पते से बिना बदलाव के दोबारा न भेजें। 4.1.0: सामान्य बैकऑफ़ के साथ बाद में पुनः प्रयास करें, क्योंकि सर्वर को उम्मीद है कि पते की जाँच आखिरकार सफल होगी।</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>गंतव्य मेलबॉक्स का पता गलत</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>ऐसा कोई यूज़र नहीं</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>अमान्य प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>प्राप्तकर्ता नहीं मिला</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>पता मौजूद नहीं है</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>ईमेल पता मौजूद नहीं</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>मेलबॉक्स मौजूद नहीं है: पते में @ के बाईं ओर का हिस्सा गंतव्य पर अज्ञात है, जबकि डोमेन अपने आप में ठीक है। इसे स्थायी विफलता (5.1.1) के रूप में रखा गया है, जो गलत टाइप किए या हटाए गए पते का क्लासिक हार्ड बाउंस है; 4.1.1 तब आता है जब सर्वर अभी प्राप्तकर्ता की पुष्टि नहीं कर सकता और बाद में पुनः प्रयास करने को कहता है।</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>लगभग हमेशा RCPT TO के जवाब में, कोई भी संदेश डेटा भेजे जाने से पहले, और फिर भेजने वाले सर्वर द्वारा लिखे गए बाउंस में। Gmail, Microsoft 365, Postfix (User unknown in local recipient table, या in virtual mailbox table, यानी लोकल प्राप्तकर्ता या वर्चुअल मेलबॉक्स तालिका में उपयोगकर्ता अज्ञात) और Sendmail (User unknown) सभी इसका उपयोग करते हैं। जब तक Postfix का प्राप्तकर्ता पता सत्यापन चल रहा होता है, वह 450 4.1.1 ... unverified address भेजता है।</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>प्रेषक पते में टाइपिंग की गलतियाँ जाँचता है, खासकर @ से पहले, और किसी दूसरे माध्यम से प्राप्तकर्ता से सही पते की पुष्टि करता है। लिस्ट ऑपरेटर 5.1.1 के बाद पता हटा देते हैं। अगर मेलबॉक्स मौजूद होना चाहिए, तो प्राप्तकर्ता का एडमिन जाँचता है कि वह उस डायरेक्टरी या lookup table में है जिसका प्राप्त करने वाला सर्वर उपयोग करता है, और गेटवे तथा बैकअप MX होस्ट के पास प्राप्तकर्ताओं की मौजूदा सूची है।</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>लोकल हिस्से में टाइपिंग की गलती: छूटा अक्षर, पहले और आखिरी नाम की अदला-बदली, या गलत विभाजक।</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>मेलबॉक्स हटा दिया गया या उसका नाम बदल दिया गया, उदाहरण के लिए किसी कर्मचारी के जाने के बाद, और कोई एलियास नहीं रखा गया।</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>किसी पता सूची में या मेल क्लाइंट के ऑटोकम्प्लीट कैश में पुरानी एंट्री।</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>कोई गेटवे या बैकअप MX प्राप्तकर्ताओं को पुरानी सूची से जाँचता है और ऐसा मेलबॉक्स अस्वीकार करता है जो अंतिम सर्वर पर मौजूद है।</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>मेलबॉक्स बनाया गया, लेकिन प्राप्त करने वाले सर्वर की lookup table (virtual map, LDAP क्वेरी) दोबारा नहीं बनाई गई या उसे वह नहीं दिखता।</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>प्राप्तकर्ता डोमेन के MX होस्ट खोजें।</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>संदेश भेजे बिना उस MX पर पते को टेस्ट करें: RCPT TO का रिप्लाई देखें।</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>आपके चलाए Postfix सर्वर पर जाँचें कि प्राप्तकर्ता virtual mailbox map (वर्चुअल मेलबॉक्स मैप) में है या नहीं।</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>5.1.1 का पुनः प्रयास न करें: पता अपने आप नहीं आएगा, और बंद पतों पर बार-बार प्रयास प्रेषक की रेप्युटेशन को नुकसान पहुँचाते हैं। 4.1.1 का सामान्य बैकऑफ़ के साथ पुनः प्रयास होता है; अगर वह 5.1.1 में बदल जाए, तो रुक जाएँ।</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>जब किसी gmail.com या Google Workspace पते का कोई अकाउंट नहीं होता, तो RCPT TO पर Gmail का जवाब; यह रजिस्ट्री वाले अर्थ से मेल खाता है।</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange अपनी डायरेक्टरी में प्राप्तकर्ता को रिज़ॉल्व नहीं कर सका। एक ही संगठन के उपयोगकर्ताओं के बीच यह अक्सर किसी ऐसे मेलबॉक्स की पुरानी ऑटोकम्प्लीट (X.500 / legacyExchangeDN) एंट्री होती है जिसे दोबारा बनाया गया या कहीं और ले जाया गया: सुझाव हटाएँ, पता फिर से टाइप करें और दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>गंतव्य सिस्टम का पता गलत</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>डोमेन मौजूद नहीं</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>MX रिकॉर्ड नहीं</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>डोमेन नहीं मिला</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>प्राप्तकर्ता पते का डोमेन वाला हिस्सा (@ के दाईं ओर) मेल नहीं ले सकता: वह DNS में मौजूद नहीं है या उसका कोई इस्तेमाल लायक मेल होस्ट नहीं है। इसे स्थायी विफलता के रूप में परिभाषित किया गया है, इसलिए डोमेन सुधरने तक संदेश डिलीवर नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>या तो प्राप्तकर्ता डोमेन जाँचने वाले सर्वर से RCPT TO के जवाब में, या भेजने वाले सर्वर द्वारा अपने DNS लुकअप के विफल होने के बाद लिखे गए बाउंस में। reject_unknown_recipient_domain वाला Postfix 450 4.1.2 ... Recipient address rejected: Domain not found (प्राप्तकर्ता पता अस्वीकृत: डोमेन नहीं मिला) लौटाता है (डिफ़ॉल्ट रूप से अस्थायी, क्योंकि DNS की समस्या दूर हो सकती है), और Sendmail 550 5.1.2 ... Host unknown के साथ बाउंस करता है।</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>प्रेषक डोमेन की वर्तनी जाँचता है (आम गलतियाँ: किसी जाने-माने प्रोवाइडर के नाम में छूटा अक्षर, अंत में डॉट, छूटा देश प्रत्यय)। अगर डोमेन सही है, तो प्राप्तकर्ता का एडमिन जाँचता है कि वह पंजीकृत और डेलिगेटेड है, और MX रिकॉर्ड, या कम से कम एक एड्रेस रिकॉर्ड, प्रकाशित करता है जो किसी चालू मेल सर्वर तक ले जाता है।</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>गलत वर्तनी वाला डोमेन, उदाहरण के लिए किसी बड़े प्रोवाइडर के नाम में दोहरा या छूटा अक्षर।</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>डोमेन का पंजीकरण समाप्त हो गया या उसके नेम सर्वर अब उसके लिए जवाब नहीं देते।</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>डोमेन मौजूद है लेकिन न उसका MX रिकॉर्ड है, न A या AAAA रिकॉर्ड, इसलिए डिलीवर करने के लिए कोई होस्ट नहीं है।</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>MX रिकॉर्ड में ऐसे होस्ट का नाम है जो खुद रिज़ॉल्व नहीं होता।</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>डोमेन के मेल होस्ट देखें।</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>अगर कोई MX नहीं है, तो fallback के रूप में इस्तेमाल होने वाला एड्रेस रिकॉर्ड देखें।</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>रूट से डेलिगेशन का पीछा करें, ताकि पता चले कि डोमेन मौजूद है और उसके नेम सर्वर जवाब देते हैं या नहीं।</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>5.1.2 का बिना बदलाव के पुनः प्रयास न करें; पता सुधारें। अगर कारण DNS आउटेज था और सर्वर ने 4xx मूल कोड इस्तेमाल किया, तो सामान्य बैकऑफ़ के साथ पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail को प्राप्तकर्ता पते का डोमेन नहीं मिला, आमतौर पर टाइपिंग की गलती या पते के बाद कोई फ़ालतू विराम चिह्न; विचार वही है जो रजिस्ट्री वाले अर्थ का है।</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>गंतव्य मेलबॉक्स पते का सिंटैक्स गलत</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>अमान्य ईमेल पता</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>गलत फ़ॉर्मैट वाला पता</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>प्राप्तकर्ता का पता मान्य पता है ही नहीं: वह पते का सिंटैक्स तोड़ता है, उदाहरण के लिए स्पेस, गायब @, लगातार दो डॉट या बेमेल कोणीय कोष्ठकों से। रजिस्ट्री इसे स्थायी मानती है, क्योंकि वही स्ट्रिंग हर बार अस्वीकार होती है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>RCPT TO के जवाब में, आमतौर पर 501 या 553 के साथ। Postfix 501 5.1.3 Bad recipient address syntax (प्राप्तकर्ता पते का सिंटैक्स गलत) लौटाता है, Gmail 553-5.1.3 ... is not a valid RFC 5321 address लौटाता है, और ऑन-प्रिमाइसेस Exchange 5.1.3 STOREDRV.Submit; invalid recipient address बताता है। खुद RCPT TO पंक्ति बनाने वाली स्क्रिप्ट और वेब फ़ॉर्म आम स्रोत हैं।</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>प्रेषक, या एनवेलप बनाने वाला क्लाइंट सॉफ़्टवेयर, पता सुधारता है: कोई स्पेस या फ़ालतू विराम चिह्न नहीं, ठीक एक @, पूरा डोमेन, और RCPT TO में कोणीय कोष्ठकों के अंदर केवल पता। एप्लिकेशन को मेल क्यू में डालने से पहले पते सत्यापित करने चाहिए।</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>पते के अंदर स्पेस, कॉमा या सेमीकोलन, अक्सर एक फ़ील्ड में कई पते पेस्ट करने से।</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>लगातार दो डॉट, या लोकल हिस्से के शुरू या अंत में डॉट।</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>अकेले पते के बजाय RCPT TO में डिस्प्ले नाम या उद्धरण चिह्न दिए गए।</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>ऐसे सर्वर को भेजे गए गैर-ASCII अक्षर जिसने SMTPUTF8 नहीं दिया था।</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>बाउंस से सटीक पता कॉपी करें और छिपे स्पेस, उद्धरण चिह्न, दोहरे डॉट या गायब डोमेन खोजें।</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>सुधरे हुए पते के साथ एनवेलप दोहराएँ और RCPT TO रिप्लाई देखें।</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>पुनः प्रयास न करें: बिगड़ा हुआ पता हर प्रयास पर उसी तरह अस्वीकार होता है। पता ठीक करें और नया संदेश सबमिट करें।</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail ऐसे प्राप्तकर्ता पते को अस्वीकार करता है जो RFC 5321 के सिंटैक्स का पालन नहीं करता; रजिस्ट्री वाले अर्थ जैसा ही।</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>गंतव्य मेलबॉक्स का पता अस्पष्ट</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>पता गंतव्य सिस्टम पर एक से ज़्यादा मेलबॉक्स से मेल खा गया, इसलिए सर्वर तय नहीं कर सकता कि किसका मतलब था। यह उन सिस्टम से आता है जो पतों को ढीले ढंग से (नाम या आंशिक मिलान से) मैप करते हैं और स्थायी (5.1.4) या लगातार-अस्थायी (4.1.4) हो सकता है।</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>आज के इंटरनेट पर दुर्लभ। यह डायरेक्टरी-आधारित सिस्टम से आता है जो प्राप्तकर्ताओं को नाम से रिज़ॉल्व करते हैं, जैसे Exchange के पुराने संस्करण और कुछ groupware गेटवे, RCPT TO के जवाब में या किसी DSN में। RFC 5321 के VRFY कमांड में भी यही विचार है: सर्वर जवाब दे सकता है कि कोई नाम अस्पष्ट है और संभावित उम्मीदवारों की सूची दे सकता है।</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>प्रेषक छोटे रूप या नाम के बजाय पूरा, सटीक पता इस्तेमाल करता है। प्राप्तकर्ता का एडमिन डुप्लिकेट हटाता है: डायरेक्टरी में एक ही एलियास, proxy address या नाम वाले दो उपयोगकर्ता या कॉन्टैक्ट, और पहले नाम से मिलान जैसे ढीले मिलान नियम जाँचता है।</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>दो डायरेक्टरी ऑब्जेक्ट एक ही एलियास या proxy address रखते हैं, उदाहरण के लिए किसी माइग्रेशन ने एक उपयोगकर्ता को दो बार इम्पोर्ट कर दिया।</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>प्राप्त करने वाला सिस्टम प्राप्तकर्ताओं का मिलान नाम से करता है और कई लोगों का नाम एक ही है।</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>जहाँ सिस्टम पूरा पता चाहता था, वहाँ पहले नाम जैसा छोटा लोकल हिस्सा इस्तेमाल किया गया।</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>प्राप्तकर्ता का एडमिन डायरेक्टरी में वे सभी ऑब्जेक्ट खोजता है जिनमें यह पता है।</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>पूरा पता ठीक वैसा ही इस्तेमाल करके दोबारा भेजें जैसा प्राप्तकर्ता बताता है।</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: उसी पते का पुनः प्रयास न करें; किसी स्पष्ट पते से दोबारा भेजें। 4.1.4: बैकऑफ़ के साथ बाद में पुनः प्रयास करें, क्योंकि हो सकता है प्राप्तकर्ता का एडमिन डुप्लिकेट ठीक कर रहा हो।</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>गंतव्य पता मान्य</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>सफलता कोड: गंतव्य पता मान्य है और स्वीकार कर लिया गया। RFC 3463 ने इसे सकारात्मक डिलीवरी रिपोर्ट के लिए रखा था, और व्यवहार में लगभग हर सर्वर RCPT TO के 250 रिप्लाई पर 2.1.5 लगाता है।</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>हर RCPT TO के रिप्लाई में (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok, यानी प्राप्तकर्ता ठीक है) और सफलता वाले DSN में, जब प्रेषक ने NOTIFY=SUCCESS माँगा हो। RCPT TO पर इसका अर्थ केवल इतना है कि इस ट्रांज़ैक्शन के लिए पता स्वीकार हुआ, यह नहीं कि संदेश इनबॉक्स तक पहुँच गया।</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>ठीक करने को कुछ नहीं। आगे तभी देखें जब 2.1.5 के साथ स्वीकार हुआ संदेश बाद में बाउंस हो या कभी न पहुँचे: तब समस्या स्वीकृति के बाद की है (कंटेंट फ़िल्टरिंग, बाद का कोई डिलीवरी चरण, या हर पता स्वीकार करने वाला बैकअप MX), और प्राप्तकर्ता का एडमिन अपने लॉग में संदेश को ट्रेस करता है।</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>प्राप्तकर्ता का पता मौजूद है और सर्वर ने इस ट्रांज़ैक्शन के लिए उसे स्वीकार किया।</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>ऐसा सर्वर जो RCPT TO पर प्राप्तकर्ताओं का सत्यापन नहीं करता (कुछ बैकअप MX होस्ट, catch-all डोमेन) कोई भी पता स्वीकार कर लेता है और बाद में उसे बाउंस कर सकता है।</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>NOTIFY=SUCCESS के साथ सफलता DSN माँगा गया था और अंतिम सर्वर ने डिलीवरी की सूचना दी।</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>एनवेलप को RCPT TO तक चलाएँ और 250 2.1.5 रिप्लाई की पुष्टि करें।</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>अगर स्वीकार हुआ मेल कभी नहीं पहुँचा, तो वह क्यू ID खोजें जो प्राप्त करने वाले सर्वर ने डेटा के बाद अपने 250 रिप्लाई में दी (Postfix इसे queued as ... के रूप में लॉग करता है) और उसे प्राप्तकर्ता के एडमिन को भेजें, जो अपने लॉग में उसे खोजता है।</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: प्राप्तकर्ता स्वीकार हो गया। क्लाइंट और RCPT TO कमांड या DATA के साथ संवाद जारी रखता है।</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>गंतव्य मेलबॉक्स कहीं और चला गया, कोई फ़ॉरवर्डिंग पता नहीं</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>अकाउंट बंद</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>कर्मचारी ने कंपनी छोड़ दी</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>पता पहले मान्य था, लेकिन मेलबॉक्स अब नहीं है और सर्वर कोई फ़ॉरवर्डिंग पता नहीं देता। यह स्थायी विफलता है; 5.1.1 के विपरीत यह प्रेषक को बताता है कि पता सच में कभी मौजूद था।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>RCPT TO के जवाब में या बाउंस में, ऐसे सर्वरों से जो जा चुके उपयोगकर्ताओं की सूची रखते हैं। Postfix की relocated तालिका 5.1.6 और User has moved to जैसे पाठ के साथ, उसके बाद नया पता देकर, अस्वीकार करती है, इसलिए व्यवहार में यह अक्सर फ़ॉरवर्डिंग पता दे ही देती है। ऑन-प्रिमाइसेस Exchange 5.1.6 का उपयोग किसी और चीज़ के लिए करता है: single-label प्राप्तकर्ता डोमेन (जैसे बिना प्रत्यय वाला user@example) को अस्वीकार करने वाला Receive connector।</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>प्रेषक उस पते का उपयोग बंद कर देता है और व्यक्ति या उसके संगठन से नया पता माँगता है; अगर रिप्लाई पाठ में नया पता है, तो उसका उपयोग करें। लिस्ट के मालिक पता हटा देते हैं। अगर संगठन चाहता है कि लोग उस व्यक्ति तक पहुँच सकें, तो प्राप्तकर्ता का पूर्व एडमिन फ़ॉरवर्डिंग एलियास या ऑटोमैटिक जवाब जोड़ सकता है।</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>व्यक्ति ने संगठन छोड़ दिया और एडमिन ने पते को relocated या जा चुके उपयोगकर्ताओं की तालिका में डाल दिया।</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>किसी कंपनी ने अपना डोमेन या नामकरण तरीका बदला और पुराने पते जानबूझकर बंद कर दिए।</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Exchange पर, प्राप्तकर्ता डोमेन single-label है और Receive connector ऐसे डोमेन अस्वीकार करने के लिए सेट है।</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>पूरा रिप्लाई पाठ पढ़ें: कुछ सर्वर &apos;moved to&apos; के बाद नया पता लिखते हैं।</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Postfix सर्वर पर देखें कि पता relocated तालिका में है या नहीं।</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>पुनः प्रयास न करें: मेलबॉक्स वापस नहीं आएगा। पता हटा दें, या अगर रिप्लाई में नया पता दिया गया है तो उस पर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>प्रेषक के मेलबॉक्स पते का सिंटैक्स गलत</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>अमान्य प्रेषक पता</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>गलत फ़ॉर्मैट वाला MAIL FROM</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>प्रेषक का पता, सामान्यतः एनवेलप MAIL FROM, सिंटैक्स के हिसाब से अमान्य है। 5.1.7 के रूप में यह स्थायी इनकार है; सर्वर 4.1.7 भी भेजते हैं जब वे किसी प्रेषक को केवल अभी के लिए अस्वीकार करते हैं, उदाहरण के लिए जब वे अभी उसका सत्यापन कर रहे हों।</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>MAIL FROM के जवाब में, या उन सर्वरों पर RCPT TO के जवाब में जो प्रेषक प्रतिबंध वहीं लागू करते हैं। Postfix 501 5.1.7 Bad sender address syntax (प्रेषक पते का सिंटैक्स गलत) कहता है और Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address कहता है। reject_unverified_sender वाला Postfix इस कोड को 450 4.1.7 ... Sender address rejected: unverified address के रूप में दोबारा इस्तेमाल करता है, जो सत्यापन के बारे में है, सिंटैक्स के बारे में नहीं। स्क्रिप्ट, प्रिंटर और स्कैनर आम स्रोत हैं।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>प्रेषक का एडमिन, या भेजने वाला एप्लिकेशन, एनवेलप प्रेषक ठीक करता है: एक @ और पूर्ण योग्य डोमेन वाला पूरा पता, कोणीय कोष्ठकों में, बिना डिस्प्ले नाम के। डिवाइस और स्क्रिप्ट अक्सर अकेला यूज़र नाम या केवल होस्ट वाला डोमेन भेजते हैं; असली पता कॉन्फ़िगर करें। Postfix 4.1.7 वाले मामले में, पक्का करें कि प्रेषक पता मेल प्राप्त कर सकता है, क्योंकि प्राप्त करने वाला पक्ष उसे प्रोब करता है।</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>कोई एप्लिकेशन या डिवाइस एनवेलप प्रेषक के रूप में अकेला यूज़र नाम, या बिना डोमेन का होस्ट नाम भेजता है।</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>डिस्प्ले नाम, उद्धरण चिह्न या स्पेस MAIL FROM के अंदर पहुँच जाते हैं।</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>प्रेषक के डोमेन में कोई प्रत्यय नहीं है, जैसे user@localhost या कोई आंतरिक छोटा होस्ट नाम।</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>प्राप्त करने वाला सर्वर प्रेषक पते को प्रोब कर रहा है और उसे अभी जवाब नहीं मिला (Postfix 4.1.7)।</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>सर्वर ने जो एनवेलप प्रेषक देखा, उसे खोजें; Postfix उसे from=&lt;...&gt; के रूप में लॉग करता है।</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>साफ़ प्रेषक पते के साथ ट्रांज़ैक्शन दोहराएँ और MAIL FROM के रिप्लाई की तुलना करें।</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: उसी प्रेषक पते के साथ पुनः प्रयास न करें; पहले उसे ठीक करें। 4.1.7: सामान्य बैकऑफ़ के साथ बाद में पुनः प्रयास करें; प्राप्त करने वाला पक्ष प्रेषक का सत्यापन पूरा कर ले, तो यह आमतौर पर पास हो जाता है।</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail ऐसे एनवेलप प्रेषक को अस्वीकार करता है जो RFC 5321 के पता सिंटैक्स का पालन नहीं करता; रजिस्ट्री वाले अर्थ जैसा ही।</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>प्रेषक के सिस्टम का पता गलत</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>प्रेषक डोमेन मौजूद नहीं</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>प्रेषक के पते का डोमेन मौजूद नहीं है या मेल प्राप्त नहीं कर सकता, इसलिए बाउंस उस तक लौटाए नहीं जा सकते। जब डोमेन साफ़ तौर पर खत्म हो चुका हो तो सर्वर ऐसे प्रेषकों को स्थायी रूप से (5.1.8) अस्वीकार करते हैं, और जब केवल DNS लुकअप विफल हुआ हो तो अस्थायी रूप से (4.1.8)।</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>MAIL FROM के जवाब में, या उन सर्वरों पर RCPT TO पर जो प्रेषक प्रतिबंधों का मूल्यांकन देर से करते हैं, जैसा Postfix डिफ़ॉल्ट रूप से करता है। reject_unknown_sender_domain वाला Postfix 450 4.1.8 ... Sender address rejected: Domain not found (प्रेषक पता अस्वीकृत: डोमेन नहीं मिला) लौटाता है; Sendmail 553 5.1.8 ... Domain of sender address ... does not exist लौटाता है, या रिज़ॉल्व न होने पर 451 4.1.8। Microsoft 365 5.1.8 का उपयोग एक असंबंधित अर्थ में करता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>प्रेषक का एडमिन पक्का करता है कि एनवेलप प्रेषक MX या एड्रेस रिकॉर्ड वाले असली सार्वजनिक डोमेन का उपयोग करता है: केवल आंतरिक नाम नहीं (जैसे .local डोमेन), टाइपिंग की गलती नहीं, और ऐसा डोमेन नहीं जिसका पंजीकरण खत्म हो गया हो। अगर DNS ठीक दिखे, तो जाँचें कि डोमेन के नेम सर्वर कंपनी नेटवर्क के बाहर से जवाब देते हैं। जिस Microsoft 365 प्रेषक को 5.1.8 मिला, उसके एडमिन को अकाउंट सुरक्षित करके उसे रिलीज़ करना होगा।</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>भेजने वाला एप्लिकेशन ऐसे आंतरिक डोमेन का उपयोग करता है जो केवल कंपनी के निजी DNS में मौजूद है।</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>प्रेषक डोमेन का पंजीकरण समाप्त हो गया या उसका डेलिगेशन टूटा हुआ है।</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>प्रेषक डोमेन का न कोई MX रिकॉर्ड है, न कोई A या AAAA रिकॉर्ड।</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>प्राप्त करने वाली ओर अस्थायी DNS विफलता, जो 5.1.8 के बजाय 4.1.8 देती है।</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>अपने नेटवर्क के बाहर की किसी मशीन से प्रेषक डोमेन के MX रिकॉर्ड देखें।</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>अगर कोई MX नहीं है, तो fallback के रूप में इस्तेमाल होने वाले एड्रेस रिकॉर्ड, IPv4 और IPv6, जाँचें।</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर लागू प्रेषक प्रतिबंधों की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: सामान्य बैकऑफ़ के साथ पुनः प्रयास करें; DNS की समस्याएँ अक्सर कुछ मिनटों में दूर हो जाती हैं। 5.1.8: प्रेषक डोमेन या एनवेलप प्रेषक ठीक होने तक पुनः प्रयास न करें।</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online ने भेजने वाले अकाउंट को ही प्रतिबंधित कर दिया है, आमतौर पर इसलिए कि हैक होने के बाद उसने स्पैम भेजा। यह प्रेषक के डोमेन के बारे में कुछ नहीं कहता: एडमिन अकाउंट सुरक्षित करता है और उसे Microsoft 365 Defender पोर्टल में Restricted entities सूची से हटाता है।</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>संदेश ऐसे मेलर को रिले किया गया जो अनुपालन नहीं करता</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>पता मान्य था, लेकिन संदेश ऐसे सिस्टम को सौंप दिया गया है जो इस्तेमाल हो रहा स्टेटस या ट्रैकिंग प्रोटोकॉल नहीं बोलता, इसलिए आगे कोई जानकारी नहीं दी जा सकती। यह RFC 3886 (संदेश ट्रैकिंग) से आया है और ज़्यादातर उपयोगों में त्रुटि से ज़्यादा जानकारी है।</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>कम ही दिखता है। यह संदेश ट्रैकिंग जवाबों (RFC 3885 का MTRK एक्सटेंशन और RFC 3886 का स्टेटस फ़ॉर्मैट) और उन स्टेटस रिपोर्टों से जुड़ा है जहाँ सुराग ऐसे गेटवे या सर्वर पर खत्म होता है जो आगे रिपोर्ट नहीं कर सकता। सामान्य DSN में यही स्थिति आमतौर पर Action: relayed (रिले किया गया) के रूप में दिखती है।</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>आमतौर पर ठीक करने को कुछ नहीं: संदेश रास्ते के उस हिस्से से निकल चुका है जो स्टेटस बताता है। अगर डिलीवरी का सबूत ज़रूरी है, तो सीधे प्राप्तकर्ता से पूछें या प्राप्तकर्ता के एडमिन से अपने लॉग खोजने को कहें, क्योंकि रिपोर्ट करने वाला आखिरी हॉप आगे नहीं देख सकता।</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>अगला हॉप किसी दूसरे प्रकार के मैसेजिंग सिस्टम (पुराना groupware, फ़ैक्स या SMS गेटवे) का गेटवे है, जिसमें ट्रैकिंग सपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>आगे का कोई सर्वर DSN या ट्रैकिंग सपोर्ट नहीं करता, इसलिए रिपोर्ट करने वाले सर्वर ने संदेश उनके बिना आगे बढ़ा दिया।</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>संदेश किसी बाहरी सेवा को गया, जिसकी आंतरिक डिलीवरी रिपोर्ट करने वाले सर्वर को नहीं दिखती।</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>स्टेटस रिपोर्ट में Action, Status और Remote-MTA फ़ील्ड पढ़ें, ताकि पता चले कि सुराग कहाँ खत्म हुआ।</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>जाँचें कि अगला हॉप अपने EHLO रिप्लाई में DSN घोषित करता है या नहीं।</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: संदेश स्वीकार होकर आगे बढ़ गया। वर्ग 4 या 5 वाले रूप को अज्ञात अंतिम स्थिति मानें और अगर ज़रूरी हो तो मेल सिस्टम के बाहर डिलीवरी की पुष्टि करें।</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>प्राप्तकर्ता पते का null MX है</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>प्राप्तकर्ता का डोमेन null MX प्रकाशित करता है (प्राथमिकता 0 और होस्ट &apos;.&apos; वाला अकेला MX रिकॉर्ड), जो मालिक का स्पष्ट बयान है कि डोमेन बिल्कुल भी मेल स्वीकार नहीं करता। विफलता स्थायी है: क्योंकि डोमेन का MX रिकॉर्ड है, A/AAAA fallback लागू नहीं होता और डिलीवरी तुरंत विफल हो जाती है।</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>दो जगह। जो भेजने वाला सर्वर प्राप्तकर्ता डोमेन खोजता है और null MX पाता है, वह संदेश को तुरंत विफल कर देता है और बाउंस में 556 मूल कोड (RFC 7504) के साथ इसकी सूचना देता है; कुछ Postfix संस्करण उस मामले में Domain ... does not accept mail (nullMX) के साथ dsn=5.1.0 लॉग करते हैं। प्राप्तकर्ता डोमेन जाँचने वाला प्राप्त करने वाला या सबमिशन सर्वर भी RCPT TO को 556 5.1.10 से अस्वीकार कर सकता है, जैसा Postfix reject_unknown_recipient_domain के साथ करता है।</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>प्रेषक पता जाँचता है: null MX का आमतौर पर अर्थ है कि डोमेन कभी मेल के लिए था ही नहीं (पार्क किए, केवल वेब वाले या प्लेसहोल्डर डोमेन) या पते में टाइपिंग की गलती है। अगर प्राप्तकर्ता को सच में वहाँ मेल मिलना चाहिए, तो प्राप्तकर्ता का एडमिन null MX को असली MX रिकॉर्ड से बदलता है; null MX डोमेन का एकमात्र MX रिकॉर्ड होना चाहिए।</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>पता ऐसे डोमेन का उपयोग करता है जो जानबूझकर कोई मेल नहीं लेता, जैसे पार्क किया हुआ, केवल वेब वाला या प्लेसहोल्डर डोमेन।</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>टाइपिंग की ऐसी गलती जो संयोग से null MX प्रकाशित करने वाले किसी असली डोमेन पर पहुँच जाती है।</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>डोमेन मालिक ने मेल कहीं और ले जाने के बाद गलती से null MX वहीं छोड़ दिया।</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>असली डेटा में इस्तेमाल हुए टेस्ट या उदाहरण पते: उदाहरण के लिए example.com null MX प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>प्राप्तकर्ता डोमेन के MX रिकॉर्ड देखें; null MX अकेले जवाब &apos;0 .&apos; के रूप में दिखता है।</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>भेजने वाले सर्वर के लॉग में बाउंस खोजें, ताकि पता चले कि उसने कौन-सा कोड और पाठ दर्ज किया।</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>कभी पुनः प्रयास न करें: डोमेन ने घोषित कर दिया है कि वह कोई मेल स्वीकार नहीं करता। संदेश को क्यू में रखने के बजाय तुरंत बाउंस करें।</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Exchange Online का अपना उपयोग, null MX से असंबंधित: प्राप्तकर्ता उस Microsoft 365 संगठन में मौजूद नहीं है जो डोमेन को होस्ट करता है, यानी असल में 5.1.1 की तरह अज्ञात उपयोगकर्ता। प्रेषक पता जाँचता है और Outlook की पुरानी ऑटोकम्प्लीट एंट्री साफ़ करता है; प्राप्तकर्ता का एडमिन प्राप्तकर्ता ऑब्जेक्ट और उसके proxy addresses जाँचता है।</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>अन्य या अपरिभाषित मेलबॉक्स स्टेटस</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>मेलबॉक्स एरर</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>मेलबॉक्स मौजूद है, लेकिन उसकी किसी बात ने डिलीवरी रोक दी और सर्वर नहीं बताता कि क्या। 4.2.0 के रूप में समस्या के गुज़र जाने की उम्मीद है; 5.2.0 के रूप में यह इस संदेश के लिए स्थायी विफलता है।</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>आमतौर पर RCPT TO पर नहीं, बल्कि प्राप्तकर्ता के मेल स्टोर द्वारा लिखे गए बाउंस में, क्योंकि समस्या तभी दिखती है जब संदेश मेलबॉक्स में लिखा जाता है। Exchange और Microsoft 365 अक्सर 5.2.0 के बाद STOREDRV.Deliver exception का नाम देते हैं जो असली कारण बताता है; LMTP और लोकल डिलीवरी सॉफ़्टवेयर इसका उपयोग तब कर सकते हैं जब स्टोर ऐसी त्रुटि लौटाए जिसे वे वर्गीकृत नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>कोड के बाद का पाठ पढ़ें: उसमें लगभग हमेशा असली स्थिति का नाम होता है। फिर प्राप्तकर्ता का एडमिन मेलबॉक्स को ही जाँचता है (छिपे फ़ोल्डर सहित कोटा, खराब फ़ोल्डर, अनुमतियाँ, ले जाया जा रहा मेलबॉक्स)। प्रेषक केवल बाउंस को किसी दूसरे माध्यम से प्राप्तकर्ता तक पहुँचा सकता है।</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>मेलबॉक्स या उसका कोई छिपा फ़ोल्डर ऐसी स्टोरेज सीमा से ऊपर है जिसे साधारण “मेलबॉक्स भरा हुआ” के रूप में नहीं बताया जाता।</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>मेलबॉक्स ले जाया, माइग्रेट या ठीक किया जा रहा है और स्टोर लिखने से मना करता है।</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>डिलीवरी के दौरान मेलबॉक्स स्टोर में अनुमति या फ़ाइल-सिस्टम त्रुटि।</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>मेलबॉक्स से जुड़ा कोई डिलीवरी नियम या Sieve स्क्रिप्ट संदेश को संभालते समय विफल हो गई।</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>बाउंस से 5.2.0 के बाद का पाठ कॉपी करें; Microsoft 365 पर exception का नाम (उदाहरण के लिए QuotaExceededException) एडमिन को बताता है कि कहाँ देखना है।</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Microsoft 365 पर प्राप्तकर्ता का एडमिन Recoverable Items फ़ोल्डरों का आकार जाँचता है।</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Dovecot सर्वर पर एडमिन प्राप्तकर्ता का कोटा उपयोग जाँचता है।</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: बैकऑफ़ के साथ पुनः प्रयास करें। 5.2.0: वही संदेश अपने आप दोबारा न भेजें; प्राप्तकर्ता की ओर से मेलबॉक्स ठीक होने की सूचना मिलने के बाद ही फिर भेजें।</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Exchange Online का store driver संदेश को मेलबॉक्स में नहीं रख सका और exception का नाम बताता है। QuotaExceededException भरे हुए Recoverable Items क्षेत्र से आ सकता है, उदाहरण के लिए retention hold के तहत, तब भी जब दिखने वाला मेलबॉक्स अपनी सीमा से बहुत नीचे हो।</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>मेलबॉक्स निष्क्रिय, संदेश स्वीकार नहीं कर रहा</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>अकाउंट डिसेबल</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>मेलबॉक्स निष्क्रिय</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>मेलबॉक्स मौजूद है लेकिन बंद है और संदेश स्वीकार नहीं करता। रजिस्ट्री दोनों वर्गों की अनुमति देती है: 5.2.1 जब मेलबॉक्स कभी फिर चालू नहीं होगा, 4.2.1 जब वह केवल कुछ समय के लिए बंद है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>निलंबित, लॉक या निष्क्रिय अकाउंट के लिए RCPT TO के जवाब में। Gmail निष्क्रिय या बंद अकाउंट के लिए 550 5.2.1 भेजता है और एक अलग स्थिति के लिए 450 4.2.1 का उपयोग करता है: ऐसा प्राप्तकर्ता जिसे Gmail की अनुमति से तेज़ी से मेल मिल रहा है। Exchange ने 5.2.1 का उपयोग अपने कंटेंट फ़िल्टर द्वारा क्वारंटीन किए गए संदेशों और ऐसे मेलबॉक्स के लिए किया है जिन तक पहुँचा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>प्रेषक किसी दूसरे माध्यम से पुष्टि करता है कि पता अब भी इस्तेमाल में है या नहीं, और अकाउंट बंद हो तो उसे सूचियों से हटा देता है। प्राप्तकर्ता, या उसका एडमिन, अकाउंट फिर से चालू करता है, निलंबन का मामला सुलझाता है या उसे सक्रिय करने के लिए साइन इन करता है। Gmail की 4.2.1 रेट सीमा के लिए प्रेषक गति धीमी करता है और क्यू को पुनः प्रयास करने देता है।</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>प्रोवाइडर या संगठन ने अकाउंट निलंबित कर दिया, उदाहरण के लिए भुगतान न होने या दुरुपयोग के कारण।</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>अकाउंट इतने लंबे समय तक इस्तेमाल नहीं हुआ कि प्रोवाइडर ने उसे निष्क्रिय कर दिया।</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>कर्मचारी चला गया और एडमिन ने मेलबॉक्स हटाने के बजाय ब्लॉक कर दिया।</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmail का 4.2.1: प्राप्तकर्ता को कम समय में बहुत ज़्यादा मेल मिल रहा है।</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>पाठ पढ़ें: disabled, inactive, suspended या receiving mail too quickly, हर एक अलग समाधान की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>गिनें कि आपके सर्वर ने हाल में उस प्राप्तकर्ता को कितने संदेश भेजे, अगर कोई रेट सीमा शामिल हो।</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: पुनः प्रयास न करें; अकाउंट मेल के लिए बंद है। 4.2.1: बैकऑफ़ के साथ पुनः प्रयास करें और संदेशों को फैलाकर भेजें; प्राप्तकर्ता की आने वाली दर घटते ही Gmail उन्हें फिर स्वीकार करता है।</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Google अकाउंट मौजूद है लेकिन बंद या निष्क्रिय है (पुराने रिप्लाई &apos;is disabled&apos; कहते थे); यह रजिस्ट्री वाले अर्थ से मेल खाता है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmail का अपना उपयोग: मेलबॉक्स ठीक है लेकिन उसे Gmail की अनुमति से तेज़ी से मेल मिल रहा है, इसलिए प्रेषक को गति धीमी करके पुनः प्रयास करना चाहिए। Gmail का एक स्थायी 550 5.2.1 रूप भी है, जो कहता है कि उपयोगकर्ता को इतनी दर से मेल मिल रहा है कि और संदेश डिलीवर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>मेलबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>कोटा खत्म</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>इनबॉक्स भरा हुआ</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>स्टोरेज खत्म</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>प्राप्तकर्ता का मेलबॉक्स अपने स्टोरेज कोटा से ज़्यादा भर गया है। RFC 3463 इसे लगातार बनी रहने वाली अस्थायी विफलता (4.2.2) मानता है, क्योंकि प्राप्तकर्ता जगह बनाने के लिए मेल हटा सकता है; कई सर्वर इसके बजाय 5.2.2 भेजते हैं, और यह स्थायी रूप बाउंस में बहुत आम है।</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>उन सर्वरों पर RCPT TO पर जो कोटा पहले से जानते हैं (Gmail, कोटा जाँच वाला Dovecot), या डेटा के अंत पर और बाउंस में, जब स्टोर को डिलीवरी के दौरान मेलबॉक्स भरा मिलता है। Dovecot 552 5.2.2 ... Quota exceeded (mailbox for user is full, यानी उपयोगकर्ता का मेलबॉक्स भरा है) लौटाता है, या quota_full_tempfail सेट होने पर 452 4.2.2। Exchange 554 5.2.2 mailbox full लौटाता है।</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>प्राप्तकर्ता मेल हटाता या आर्काइव करता है और ट्रैश खाली करता है, या प्राप्तकर्ता का एडमिन कोटा बढ़ाता है। प्रेषक तकनीकी रूप से कुछ ठीक नहीं कर सकता: प्राप्तकर्ता को किसी और तरीके से बताएँ और बाद में फिर भेजें। लिस्ट ऑपरेटरों को हफ़्तों तक चलने वाले कोटा बाउंस को छोड़े हुए मेलबॉक्स का संकेत मानना चाहिए।</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>प्राप्तकर्ता कभी मेलबॉक्स साफ़ नहीं करता और वह अपने कोटा तक पहुँच गया।</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>info@ जैसे किसी साझा या role मेलबॉक्स में बहुत मेल आता है और कोई उसका रखरखाव नहीं करता।</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>बड़े अटैचमेंट ने छोटे मेलबॉक्स को जल्दी भर दिया।</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>दूसरी सेवाओं के साथ साझा स्टोरेज भरा हुआ है, जैसे Gmail में, जिसका कोटा Google Drive और Photos को भी कवर करता है।</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Dovecot सर्वर पर प्राप्तकर्ता का उपयोग सीमा के मुकाबले दिखाएँ।</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>लोकल mbox डिलीवरी वाले Postfix पर मेलबॉक्स फ़ाइल के आकार की तुलना mailbox_size_limit से करें।</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>प्रेषक के रूप में नोट करें कि बाउंस में 4.2.2 लिखा है (आपका सर्वर अब भी पुनः प्रयास कर रहा है) या 5.2.2 (उसने हार मान ली)।</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: सामान्य क्यू अवधि तक बैकऑफ़ के साथ पुनः प्रयास करते रहें, क्योंकि प्राप्तकर्ता जगह खाली कर सकता है। 5.2.2: संदेश वापस आ जाता है, लेकिन स्थिति बदल सकती है; तुरंत नहीं, बाद में हाथ से दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Google अकाउंट अपने स्टोरेज कोटा से ऊपर है और Gmail संदेश को टाल देता है (पुराने रिप्लाई &apos;The email account that you tried to reach is over quota&apos; कहते थे); यही अस्थायी उपयोग अपेक्षित है।</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>जब भरा हुआ अकाउंट छोड़ा हुआ भी लगता है, तो Gmail कोटा की समस्या को स्थायी इनकार में बदल देता है, ताकि प्रेषक का सर्वर पुनः प्रयास बंद कर दे।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>प्राप्तकर्ता का मेलबॉक्स अपने prohibit-receive कोटा तक पहुँच गया। Exchange Online 5.2.2 का उपयोग &apos;Submission quota exceeded&apos; के साथ उस प्रेषक के लिए भी करता है जिसने भेजने की रेट सीमा पार की, जो प्रेषक की ओर की समस्या है।</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>संदेश की लंबाई प्रशासनिक सीमा से ज़्यादा</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>संदेश बहुत बड़ा</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>अटैचमेंट बहुत बड़ा</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>संदेश इस खास मेलबॉक्स की स्वीकार्य सीमा से बड़ा है। रजिस्ट्री ने इसे ऐसी प्रति-मेलबॉक्स सीमा के लिए रखा था जो पूरे सिस्टम वाली सीमा से कम हो (वह मामला X.3.4 है); यह इस संदेश के लिए स्थायी विफलता है।</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>डेटा के अंत पर, या MAIL FROM पर जब क्लाइंट ने SIZE= से आकार घोषित किया। जब प्राप्तकर्ता का अधिकतम receive size संदेश से छोटा हो, तो Exchange 5.2.3 का उपयोग RESOLVER.RST.RecipSizeLimit के साथ करता है। Gmail अपनी संदेश साइज़ सीमा के लिए 552 5.2.3 का उपयोग करता है, जो असल में सिस्टम सीमा है।</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>प्रेषक संदेश छोटा करता है: अटैचमेंट हटाएँ या कंप्रेस करें, या बड़ी फ़ाइलें लिंक से शेयर करें। याद रखें कि base64 एन्कोडिंग अटैचमेंट को डिस्क पर मौजूद फ़ाइलों से लगभग एक तिहाई बड़ा बना देती है। अगर मेलबॉक्स की सीमा बेवजह कम है, तो प्राप्तकर्ता का एडमिन उसका receive size बढ़ाता है।</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>ऐसा अटैचमेंट जो फ़ाइल के रूप में सीमा से ठीक नीचे है और base64 एन्कोडिंग के बाद उससे ऊपर।</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>प्रति-प्राप्तकर्ता अधिकतम receive size, संगठन की transport सीमा से कम सेट है।</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>कई इनलाइन इमेज, या पहले के अटैचमेंट साथ लेकर चलने वाला फ़ॉरवर्ड किया गया थ्रेड।</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>बाउंस में दिए आकार की तुलना उसमें बताई गई सीमा से करें; एन्कोड किए गए संदेश का आकार गिना जाता है, फ़ाइलों का नहीं।</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Exchange Online पर प्राप्तकर्ता का एडमिन मेलबॉक्स की receive सीमा देखता है।</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>वही संदेश दोबारा न भेजें, उसका पुनः प्रयास न करें: अगली बार भी वह ठीक उतना ही बड़ा होगा। इसके बजाय छोटा संस्करण भेजें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Gmail की कुल संदेश साइज़ सीमा, पूरे सिस्टम वाली सीमा जिसे रजिस्ट्री X.3.4 के तहत रखती; Gmail यही पाठ 5.3.4 के साथ भी भेजता है।</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>संदेश प्राप्तकर्ता के अपने अधिकतम receive size से ज़्यादा है, ठीक वही प्रति-मेलबॉक्स मामला जो रजिस्ट्री बताती है।</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>मेलिंग लिस्ट के विस्तार में समस्या</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>डिस्ट्रीब्यूशन लिस्ट</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>पता कोई मेलिंग लिस्ट या डिस्ट्रीब्यूशन ग्रुप है और लिस्ट को उसके सदस्यों में विस्तारित नहीं किया जा सका। यह स्थायी (5.2.4) या लगातार-अस्थायी (4.2.4) हो सकता है, इस पर निर्भर करते हुए कि लिस्ट की परिभाषा टूटी है या केवल अभी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>जब मेल किसी लिस्ट, एलियास या डिस्ट्रीब्यूशन ग्रुप पर जाता है: RCPT TO पर, अगर सर्वर उसे तुरंत विस्तारित करता है, या लिस्ट सर्वर से आए बाउंस में। रजिस्ट्री इसे 450 और 452 के साथ जोड़ती है। Exchange के पुराने संस्करण 5.2.4 mailing list expansion problem बताते थे, और लिस्ट मैनेजर या डायरेक्टरी-आधारित ग्रुप इसे तब दे सकते हैं जब सदस्यता पढ़ी न जा सके।</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>प्रेषक इसकी सूचना केवल लिस्ट के मालिक या प्राप्तकर्ता के एडमिन को दे सकता है। लिस्ट का मालिक या एडमिन लिस्ट की परिभाषा जाँचता है: सदस्य देने वाली include फ़ाइल या डायरेक्टरी क्वेरी, लूप बनाने वाले या हटाए गए ग्रुप की ओर इशारा करने वाले nested ग्रुप, और वह डायरेक्टरी सर्वर जिस पर विस्तार निर्भर है।</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>एलियास ऐसी include फ़ाइल की ओर इशारा करता है जो गायब है या जिसे मेल सिस्टम पढ़ नहीं सकता।</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>ग्रुप सदस्यता रखने वाली डायरेक्टरी (LDAP, Active Directory) पहुँच से बाहर है, जिससे अस्थायी 4.2.4 आता है।</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>nested ग्रुप एक-दूसरे को लूप में संदर्भित करते हैं, या किसी हटाए गए ग्रुप को।</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>विस्तार से प्राप्तकर्ताओं की संख्या उस सीमा से ज़्यादा हो जाएगी जो सर्वर एक संदेश के लिए अनुमति देता है।</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>मेल सिस्टम से कुछ भी डिलीवर किए बिना पते का विस्तार करने को कहें: Sendmail सदस्य या त्रुटि टर्मिनल पर छापता है, जबकि Postfix का sendmail -bv रिपोर्ट आपको मेल करता है।</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Postfix पर aliases डेटाबेस में लिस्ट खोजें।</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: बैकऑफ़ के साथ पुनः प्रयास करें; डायरेक्टरी वापस आने पर विस्तार अक्सर फिर काम करता है। 5.2.4: लिस्ट के मालिक के लिस्ट ठीक करने तक पुनः प्रयास न करें।</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>अन्य या अपरिभाषित मेल सिस्टम स्टेटस</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>इंटरनल सर्वर एरर</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>पते या मेलबॉक्स के बजाय गंतव्य मेल सिस्टम की किसी बात से यह नतीजा आया, और सर्वर कोई विवरण नहीं देता। अस्थायी रूप 4.3.0 (सर्वर की ओर की गड़बड़ी) सबसे आम है; 5.3.0 सिस्टम स्तर का स्थायी इनकार है और 2.3.0 सफलता वाला दुर्लभ रूप।</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>किसी भी चरण पर, ज़्यादातर डेटा के अंत पर या RCPT TO पर। जब Postfix संदेश सहेज नहीं पाता तो 451 4.3.0 Error: queue file write error (क्यू फ़ाइल लिखने में त्रुटि) भेजता है, और जब कोई table या डेटाबेस lookup विफल होता है तो 451 4.3.0 ... Temporary lookup failure। Gmail अपनी ओर की अस्थायी समस्या के लिए 451 4.3.0 और 421 4.3.0 का उपयोग करता है। Exchange जब किसी संदेश को poison message क्यू में ले जाता है तो 5.3.0 Too many related errors का उपयोग करता है।</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>4.3.0 के लिए भेजने वाली ओर आमतौर पर बस इंतज़ार करती है, जबकि प्राप्त करने वाली ओर का एडमिन अस्वीकृति के समय के सर्वर लॉग में असली त्रुटि खोजता है (डिस्क भरी, विफल lookup, क्रैश हुआ कंटेंट फ़िल्टर)। 5.3.0 के लिए रिप्लाई पाठ बताता है कि सिस्टम ने क्या अस्वीकार किया; प्राप्तकर्ता के एडमिन को सर्वर ठीक करना होगा, और प्रेषक केवल उनसे संपर्क कर सकता है।</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>प्राप्त करने वाला सर्वर संदेश को अपनी क्यू में नहीं लिख सका: डिस्क भरी, फ़ाइल-सिस्टम त्रुटि या गलत अनुमतियाँ।</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>मेल सर्वर जिस lookup table, डेटाबेस या LDAP सर्वर पर निर्भर है, वह ट्रांज़ैक्शन के दौरान विफल हुआ।</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>कोई कंटेंट फ़िल्टर, milter या वायरस स्कैनर क्रैश हो गया या टाइमआउट हो गया।</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>प्रोवाइडर ने कोई खास कारण बताए बिना फ़िलहाल संदेश लेने से मना कर दिया।</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर, अस्वीकृति से ठीक पहले लॉग हुआ warning या fatal संदेश खोजें।</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>जहाँ क्यू है, वहाँ खाली जगह और inodes जाँचें।</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Postfix को अपना कॉन्फ़िगरेशन, ownership और अनुमतियाँ खुद जाँचने दें।</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: बैकऑफ़ के साथ बाद में पुनः प्रयास करें; ज़्यादातर कारण प्रेषक की मदद के बिना ठीक हो जाते हैं। 5.3.0: बिना बदलाव के पुनः प्रयास न करें; पाठ से या प्राप्तकर्ता के एडमिन से पता करें कि सिस्टम ने क्या अस्वीकार किया।</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Gmail का सामान्य अस्थायी इनकार: प्रेषक को कुछ बदलना नहीं है, बस बाद में पुनः प्रयास करें। Gmail 451 4.3.0 Multiple destination domains per transaction is unsupported भी भेजता है, जो क्लाइंट से अलग-अलग डोमेन के प्राप्तकर्ताओं को अलग ट्रांज़ैक्शन में रखने को कहता है।</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>मेल सिस्टम भरा हुआ</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>डिस्क फ़ुल</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>डिस्क में जगह नहीं</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>पूरे मेल सिस्टम का स्टोरेज खत्म हो गया है, आमतौर पर डिस्क या क्यू की जगह, इसलिए वह अभी संदेश नहीं ले सकता। भरे मेलबॉक्स के विपरीत, प्राप्तकर्ता मेल हटाकर इसे ठीक नहीं कर सकता; इसे केवल अस्थायी विफलता के रूप में परिभाषित किया गया है।</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>MAIL FROM, RCPT TO या डेटा के अंत पर, 452 के साथ। जब क्यू फ़ाइल सिस्टम में खाली जगह उसकी ज़रूरत से कम हो (queue_minfree, और message_size_limit का 1.5 गुना), तो Postfix 452 4.3.1 Insufficient system storage लौटाता है। जब कम डिस्क जगह या मेमोरी से back pressure शुरू होता है, तो Exchange 452 4.3.1 Insufficient system resources लौटाता है।</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>प्राप्त करने वाले सर्वर का एडमिन क्यू या स्टोर वॉल्यूम पर जगह खाली करता है (पुराने लॉग, क्वारंटीन, फूली हुई deferred क्यू) या क्षमता बढ़ाता है; Exchange पर back pressure की सीमाएँ और क्यू डेटाबेस वाली डिस्क भी जाँचें। प्रेषक कुछ नहीं करता: उसका सर्वर पुनः प्रयास करता है।</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>मेल क्यू वाला पार्टिशन भर गया है, अक्सर इसलिए कि लॉग या deferred क्यू बढ़ती रही।</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>खाली जगह बची होने के बावजूद फ़ाइल सिस्टम के inodes खत्म हो गए हैं।</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>किसी मेल लूप या स्पैम अभियान ने क्यू भर दी।</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>कम डिस्क जगह या ज़्यादा मेमोरी उपयोग पर प्रतिक्रिया दे रहा Exchange back pressure।</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>क्यू फ़ाइल सिस्टम पर जगह और inodes जाँचें।</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>लूप या स्पैम अभियान पकड़ने के लिए देखें कि क्यू में कितने संदेश हैं।</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Postfix की खाली-जगह सीमा की तुलना उसकी संदेश साइज़ सीमा से करें।</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>सामान्य बैकऑफ़ के साथ बाद में पुनः प्रयास करें; यह कोड केवल अस्थायी के रूप में परिभाषित है। अगर यह क्यू अवधि से आगे चले तो संदेश लौट आता है, इसलिए अगर आप प्राप्त करने वाली ओर के एडमिन तक पहुँच सकें तो उन्हें सूचित करें।</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>सिस्टम नेटवर्क से संदेश स्वीकार नहीं कर रहा</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>मेल सर्वर डाउन</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>मेलबॉक्स रखने वाला होस्ट नेटवर्क से संदेश स्वीकार नहीं कर रहा। 4.3.2 के रूप में यह अस्थायी है (शटडाउन चल रहा है, ओवरलोड, मेंटेनेंस); 5.3.2 के रूप में, जो RFC 7504 के 521 रिप्लाई के साथ इस्तेमाल होता है, होस्ट कभी मेल स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>बंद हो रहा, ओवरलोड या मेंटेनेंस में पड़ा सर्वर अपने अस्थायी रिप्लाई पर 4.3.2 लगा सकता है; ऑन-प्रिमाइसेस Exchange अपने transport घटक निष्क्रिय होने पर 4.3.2 (Service not available, Service not active) से जवाब देता है, उदाहरण के लिए जब कोई अपडेट उसे मेंटेनेंस मोड में छोड़ दे। जो होस्ट बिल्कुल भी मेल नहीं लेता, वह ग्रीटिंग के बाद के कमांड का जवाब 5.3.2 के साथ 521 से दे सकता है। Microsoft 365 मेलबॉक्स-स्तर की सीमाओं के लिए भी 4.3.2 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>4.3.2 के लिए भेजने वाली ओर इंतज़ार करती है, जबकि प्राप्त करने वाली ओर का एडमिन सेवा वापस लाता है: मेंटेनेंस पूरा करें, लोड घटाएँ, और Exchange पर Exchange Management Shell में निष्क्रिय सर्वर घटकों को वापस सक्रिय करें। 5.3.2 के साथ 521 के लिए, प्राप्तकर्ता का डोमेन मेल ऐसे होस्ट पर भेज रहा है जो सारा मेल अस्वीकार करता है: प्राप्तकर्ता का एडमिन MX रिकॉर्ड ठीक करता है, या अगर डोमेन सच में कोई मेल नहीं लेता तो null MX प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>सर्वर मेंटेनेंस में है या बंद हो रहा है और नए ट्रांज़ैक्शन अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>सर्वर ओवरलोड है और लोड घटने तक काम छोड़ता है।</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Exchange पर, किसी अपडेट या मेंटेनेंस के बाद सर्वर घटक निष्क्रिय छोड़ दिए गए।</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX या fallback एड्रेस रिकॉर्ड ऐसे होस्ट तक ले जाता है जो जानबूझकर मेल सर्वर नहीं है और 521 देता है।</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>पोर्ट 25 से कनेक्ट करें और ग्रीटिंग पढ़ें: 220 का अर्थ है खुला, जबकि 421, 521 या 554 का अर्थ है कि होस्ट अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Exchange पर उन सर्वर घटकों की सूची बनाएँ जो सक्रिय नहीं हैं (EX01 सर्वर का नाम है)।</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>जाँचें कि डोमेन के MX रिकॉर्ड किन होस्ट की ओर इशारा करते हैं।</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: सामान्य बैकऑफ़ के साथ पुनः प्रयास करें, हो सके तो डोमेन के किसी दूसरे MX होस्ट पर। 521 के साथ 5.3.2: उस होस्ट का पुनः प्रयास न करें; पहले डोमेन का MX सेटअप बदलना होगा।</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: प्राप्तकर्ता के मेलबॉक्स का कोई फ़ोल्डर दस लाख आइटम की सीमा तक पहुँच गया है, इसलिए डिलीवरी विफल होती है (ध्यान दें: 4.x कोड के साथ स्थायी 554); उस फ़ोल्डर से आइटम बाहर ले जाने से यह ठीक होता है। Exchange Online 4.3.2 का उपयोग &apos;recipient thread limit exceeded&apos; के साथ भी करता है, जब किसी एक मेलबॉक्स को एक साथ बहुत सारे संदेश मिल रहे हों।</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>सिस्टम चुनी गई सुविधाओं में सक्षम नहीं</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>संदेश ऐसी सुविधा माँगता है जिसे गंतव्य सिस्टम सपोर्ट नहीं करता, आमतौर पर किसी गेटवे पर जो एक मेल सिस्टम की सुविधा को दूसरे पर मैप नहीं कर सकता। जब वह सुविधा वहाँ कभी उपलब्ध नहीं होगी तो यह स्थायी (5.3.3) है, और जब सपोर्ट के लौटने की उम्मीद हो तो अस्थायी (4.3.3)।</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>असामान्य और वेंडर-विशेष। यह MAIL FROM या RCPT TO पर दिख सकता है जब कोई पैरामीटर ऐसे एक्सटेंशन का नाम लेता है जो अगले हॉप में नहीं है, या किसी ऐसे गेटवे के बाउंस में जो अनुरोधित गुण (डिलीवरी की समय सीमा, प्राथमिकता, रसीद का अनुरोध) अगले सिस्टम तक नहीं ले जा सका। ऑन-प्रिमाइसेस Exchange ने 5.3.3 Unrecognized command का उपयोग तब किया है जब आंतरिक मेल के लिए इस्तेमाल होने वाले Receive connector में Exchange Server ऑथेंटिकेशन मैकेनिज़्म नहीं होता।</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>कौन-सी सुविधा अस्वीकार हुई, यह देखने के लिए पाठ पढ़ें। प्रेषक का एडमिन या क्लाइंट सॉफ़्टवेयर उस गंतव्य के लिए उसे माँगना बंद करता है, या ऐसे रास्ते से भेजता है जो उसे सपोर्ट करता हो। अगर प्राप्त करने वाले सिस्टम को इसे सपोर्ट करना चाहिए, तो उसका एडमिन एक्सटेंशन चालू करता है या कनेक्टर ठीक करता है, जैसा Exchange वाले मामले में।</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>संदेश ऐसा एक्सटेंशन माँगता है जो अगले सिस्टम में नहीं है, जैसे binary transfer या डिलीवरी की समय सीमा, और गेटवे उसे चुपचाप छोड़ नहीं सकता।</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>किसी गैर-SMTP मैसेजिंग सिस्टम का गेटवे दूसरी ओर संदेश के किसी गुण को व्यक्त नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Exchange के आंतरिक Receive connector, Exchange Server ऑथेंटिकेशन के बिना सेट किए गए, इसलिए Exchange-विशेष कमांड अस्वीकार होते हैं।</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>प्राप्त करने वाला सर्वर जो एक्सटेंशन देता है उनकी सूची बनाएँ और उनकी तुलना उन पैरामीटर से करें जो आपका सर्वर MAIL FROM और RCPT TO में भेजता है।</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>भेजने वाले Postfix सर्वर पर ट्रांज़ैक्शन खोजें, ताकि पता चले कि कौन-सा कमांड अस्वीकार हुआ।</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: उसी सिस्टम से वही अनुरोध न दोहराएँ; असमर्थित सुविधा हटाएँ या कहीं और से रूट करें। 4.3.3: बैकऑफ़ के साथ बाद में पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>संदेश सिस्टम के लिए बहुत बड़ा</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>संदेश बहुत बड़ा</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>अटैचमेंट बहुत बड़ा</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>संदेश उससे बड़ा है जितना प्राप्त करने वाला सिस्टम किसी भी संदेश के लिए स्वीकार करता है, चाहे सीमा तकनीकी हो या एडमिन द्वारा तय की गई। यह इस संदेश के लिए स्थायी विफलता है; X.2.3 से तुलना करें, जो किसी एक मेलबॉक्स की सीमा है।</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>MAIL FROM पर, जब क्लाइंट ने सर्वर की घोषित सीमा से बड़ा SIZE= घोषित किया, वरना डेटा के अंत पर जब सर्वर बाइट गिन चुका हो, और बाद के हॉप से आए बाउंस में। Postfix 552 5.3.4 Message size exceeds fixed limit (संदेश का आकार तय सीमा से ज़्यादा; message_size_limit, डिफ़ॉल्ट रूप से लगभग 10 MB) लौटाता है। Exchange 5.3.4 Message size exceeds fixed maximum message size का उपयोग करता है, और Gmail अपनी साइज़ सीमा के लिए और बहुत ज़्यादा अटैचमेंट या बहुत बड़े हेडर के लिए 552 5.3.4 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>प्रेषक संदेश छोटा करता है: कम या कंप्रेस किए गए अटैचमेंट, या इसके बजाय डाउनलोड लिंक। फ़ाइल आकारों की तुलना सीमा से करते समय base64 एन्कोडिंग का ध्यान रखें, जो लगभग 37 प्रतिशत जोड़ती है। प्राप्त करने वाली ओर का एडमिन सीमा बढ़ा सकता है, लेकिन तब रास्ते के हर हॉप को, फ़िल्टर सहित, नया आकार स्वीकार करना होगा।</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>गंतव्य की सीमा से बड़ा अटैचमेंट, जैसे बिना ट्यून किए Postfix सर्वर का 10 MB डिफ़ॉल्ट।</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>ऐसा संदेश जो फ़ाइलों के रूप में सीमा से कम है लेकिन MIME एन्कोडिंग के बाद उससे ऊपर।</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>रास्ते के किसी रिले या फ़िल्टर की सीमा अंतिम सर्वर से कम है।</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail-विशेष: बहुत ज़्यादा अटैचमेंट या बहुत बड़ा हेडर, जिसकी सूचना इसी कोड से दी जाती है।</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>सर्वर के EHLO रिप्लाई में SIZE पंक्ति पढ़ें: यह सबसे बड़ा संदेश है जिसे सर्वर स्वीकार करता है।</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Postfix पर कॉन्फ़िगर की गई सीमा बाइट में दिखाएँ।</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Exim पर कॉन्फ़िगर की गई सीमा दिखाएँ।</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>वही संदेश दोबारा न भेजें, पुनः प्रयास न करें: प्रयासों के बीच साइज़ सीमाएँ नहीं बदलतीं। इसके बजाय छोटा संदेश भेजें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Gmail की संदेश साइज़ सीमा। दूसरे पाठों के साथ (अटैचमेंट की संख्या Google की सीमा से ज़्यादा है, या कोई हेडर अपनी साइज़ सीमा से बड़ा है) यही कोड अटैचमेंट की संख्या और हेडर के आकार पर Gmail की सीमाओं को भी कवर करता है।</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>सिस्टम गलत कॉन्फ़िगर किया गया है</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>मेल सर्वर गलत कॉन्फ़िगर</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>प्राप्त करने वाला सिस्टम इस तरह सेट है कि वह यह संदेश स्वीकार नहीं कर सकता: सर्वर की ओर की कॉन्फ़िगरेशन त्रुटि, संदेश या पते की समस्या नहीं। 4.3.5 जब उम्मीद हो कि एडमिन इसे जल्द ठीक करेगा, 5.3.5 जब इनकार अंतिम हो।</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>जब कोई restriction, lookup table या policy service गलत कॉन्फ़िगर हो, तो Postfix 451 4.3.5 Server configuration error (या Server configuration problem) भेजता है, और विवरण केवल अपने लॉग में लिखता है। ऑन-प्रिमाइसेस Exchange लूप पकड़ने पर 5.3.5 System incorrectly configured का उपयोग करता है, उदाहरण के लिए ऐसा Receive connector जिसका FQDN मेल प्रवाह के किसी दूसरे सर्वर से मेल खाता है।</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>इसे केवल प्राप्त करने वाले सर्वर का एडमिन ठीक कर सकता है: अस्वीकृति के समय का सर्वर लॉग पढ़ें, जहाँ Postfix असली चेतावनी दर्ज करता है (अज्ञात restriction, गायब map फ़ाइल, पहुँच से बाहर policy सर्वर), उसे सुधारें और रीलोड करें। प्रेषक केवल बाउंस की सूचना देकर इंतज़ार कर सकता है।</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>कोई restriction सूची ऐसी lookup table का नाम लेती है जो मौजूद नहीं है या जिसका प्रकार गलत है।</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>कॉन्फ़िगरेशन में नामित कोई policy service या milter चल नहीं रहा।</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>कॉन्फ़िगरेशन बदलाव से आया restriction का गलत लिखा नाम।</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>मेल प्रवाह के दो सर्वर एक ही होस्ट नाम दिखाते हैं, इसलिए Exchange हॉप को लूप समझता है।</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>प्राप्त करने वाले Postfix सर्वर पर ठीक उसी समय लिखी गई चेतावनी खोजें जब 4.3.5 रिप्लाई आया।</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>टाइपिंग की गलती या गायब map पकड़ने के लिए केवल वे सेटिंग दिखाएँ जो Postfix के डिफ़ॉल्ट से अलग हैं।</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>जाँचें कि कॉन्फ़िगरेशन में नामित हर map फ़ाइल मौजूद है और अपने स्रोत से नई है।</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: बैकऑफ़ के साथ पुनः प्रयास करें; एडमिन के कॉन्फ़िगरेशन ठीक करते ही यह हट जाता है। 5.3.5: बिना बदलाव के पुनः प्रयास न करें; प्राप्तकर्ता के एडमिन से संपर्क करें।</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>अनुरोधित प्राथमिकता बदल दी गई</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>MT-PRIORITY एक्सटेंशन (RFC 6710) का सफलता कोड: सर्वर ने संदेश स्वीकार कर लिया, लेकिन क्लाइंट द्वारा माँगी गई ट्रांसफ़र प्राथमिकता, या उससे निहित डिफ़ॉल्ट, का पालन नहीं किया। कोड के बाद का पाठ असल में लागू की गई प्राथमिकता से शुरू होता है।</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>केवल ऐसे सर्वरों के बीच जो दोनों MT-PRIORITY सपोर्ट करते हैं, जो सैन्य या आपातकालीन मैसेजिंग जैसी विशेष व्यवस्थाओं के बाहर दुर्लभ है। क्लाइंट MAIL FROM के MT-PRIORITY पैरामीटर से -9 से 9 तक की प्राथमिकता माँगता है, और सर्वर बदलाव की सूचना सकारात्मक रिप्लाई (250, या 251) में देता है, उदाहरण के लिए जब प्रेषक ऊँची प्राथमिकता के लिए अधिकृत न हो।</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>कुछ टूटा नहीं है: संदेश स्वीकार हो गया। अगर प्राथमिकता मायने रखती है, तो प्रेषक का एडमिन जाँचता है कि भेजने वाला अकाउंट या होस्ट प्राप्त करने वाले सिस्टम पर उस स्तर के लिए अधिकृत है, या प्राप्त करने वाली ओर के एडमिन के साथ इसकी व्यवस्था करता है।</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>प्राप्त करने वाले सर्वर की नीति इस प्रेषक को अनुरोधित ऊँची प्राथमिकता के लिए अधिकृत नहीं करती, इसलिए उसे घटा दिया गया।</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>प्राप्त करने वाला सर्वर कम प्राथमिकता स्तर सपोर्ट करता है और उसने अनुरोध को अपने पास मौजूद सबसे नज़दीकी स्तर पर मैप कर दिया।</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>लोकल नीति कुछ खास प्रेषकों या प्राप्तकर्ताओं के लिए प्राथमिकता बढ़ाती या घटाती है।</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>पुष्टि करें कि प्राप्त करने वाला सर्वर अपने EHLO रिप्लाई में MT-PRIORITY देता है।</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>कोड के बाद रिप्लाई पाठ की शुरुआत में लिखी संख्या पढ़ें: यही वह प्राथमिकता है जो अब संदेश की है।</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>पुनः प्रयास की ज़रूरत नहीं: संदेश बदली हुई प्राथमिकता पर स्वीकार हो गया। ट्रांज़ैक्शन सामान्य रूप से जारी रखें।</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>अन्य या अपरिभाषित नेटवर्क या रूटिंग स्टेटस</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>रूटिंग एरर</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>नेटवर्क एरर</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>डिलीवरी के नेटवर्क या रूटिंग पक्ष की ऐसी समस्या के लिए सब कुछ समेटने वाला कोड, जिसका वर्णन X.4 का कोई ज़्यादा विशिष्ट कोड नहीं करता। 4.4.0 के रूप में भेजने वाला सिस्टम इस बार संदेश नहीं पहुँचा सका और कोशिश करता रहता है; 5.4.0 के रूप में रिपोर्ट करने वाले सिस्टम ने उस रास्ते को हमेशा के लिए छोड़ दिया है।</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>ज़्यादातर भेजने वाले MTA द्वारा लिखे देरी के कारणों और बाउंस में, दूसरी ओर के रिप्लाई में नहीं। Microsoft Exchange अपनी क्यू के LastError में DNS विफलताओं और विफल डिलीवरी प्रयासों के आगे 451 4.4.0 लगाता है, और Postfix हॉप संख्या पार होने पर 554 5.4.0 Error: too many hops लौटाता है।</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>कोड के बाद का पाठ और उससे मेल खाती MTA लॉग पंक्ति पढ़ें: असली कारण (DNS विफलता, अस्वीकृत कनेक्शन, हॉप सीमा) लगभग हमेशा वहीं लिखा होता है। प्रेषक का मेल एडमिन उसी विवरण से काम करता है: अगर गड़बड़ी भेजने वाली ओर है तो लोकल DNS, फ़ायरवॉल या रूटिंग ठीक करता है, या अगर उनकी ओर पहुँच से बाहर है या गड़बड़ कर रही है तो प्राप्तकर्ता के एडमिन को सटीक त्रुटि, MX होस्ट और समय भेजता है।</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>गंतव्य के MX या एड्रेस रिकॉर्ड खोजते समय भेजने वाले सर्वर का अपना रिज़ॉल्वर विफल हो गया या टाइमआउट हो गया।</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>किसी फ़ायरवॉल, आउटबाउंड पोर्ट 25 पर प्रोवाइडर के ब्लॉक या टूटे रूट ने गंतव्य MX से कनेक्शन रोक दिया।</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>किसी फ़ॉरवर्डिंग या रिले लूप के कारण संदेश MTA की हॉप सीमा तक पहुँच गया (Postfix इसे 5.4.6 नहीं, 5.4.0 के रूप में बताता है)।</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>किसी गेटवे या सुरक्षा अप्लायंस ने यह बताए बिना नेटवर्क विफलता की सूचना दी कि किस प्रकार की।</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>भेजने वाले सर्वर के लॉग में देरी या बाउंस का पूरा कारण खोजें; कोड के बाद का पाठ असली विफलता का नाम बताता है।</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>पुष्टि करें कि गंतव्य के MX रिकॉर्ड केवल आपके वर्कस्टेशन से नहीं, बल्कि खुद भेजने वाले सर्वर से रिज़ॉल्व होते हैं।</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>टेस्ट करें कि भेजने वाले होस्ट से गंतव्य MX का पोर्ट 25 पहुँच में है या नहीं।</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>4.4.0 के लिए सामान्य बैकऑफ़ के साथ पुनः प्रयास करें; स्थिति आमतौर पर अस्थायी होती है। 5.4.0 के लिए उसी रास्ते का बिना बदलाव के पुनः प्रयास न करें; पहले डायग्नोस्टिक पाठ में असली कारण खोजें।</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>अगले हॉप के लिए DNS लुकअप विफल होने पर Exchange की क्यू त्रुटि, इस उदाहरण में इसलिए कि गंतव्य डोमेन मौजूद नहीं है। Exchange पुनः प्रयास करता रहता है और, संदेश की समाप्ति का टाइमआउट (message expiration timeout) बीतने पर, 550 4.4.7 QUEUE.Expired; message expired के साथ NDR लौटाता है। रजिस्ट्री इसे X.4.3 या X.4.4 कहती; Exchange सामान्य 4.4.0 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>होस्ट से कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>सर्वर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>मेल सर्वर से कनेक्ट नहीं हो रहा</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>पोर्ट 25 ब्लॉक</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>कनेक्शन रिफ्यूज़्ड</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>भेजने वाले सर्वर ने अगले हॉप से कनेक्शन खोलने की कोशिश की और कोई इस्तेमाल लायक जवाब नहीं मिला: कनेक्शन टाइमआउट हुआ, अस्वीकार हुआ, या होस्ट उठाने के लिए बहुत व्यस्त था। RFC 3463 इसे केवल लगातार बनी रहने वाली अस्थायी त्रुटि के रूप में परिभाषित करता है, इसलिए 4.4.1 का अर्थ है “अब भी कोशिश जारी”, “हमेशा के लिए विफल” नहीं।</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>लगभग हमेशा खुद भेजने वाला MTA इसे बनाता है और अपने लॉग या देरी की चेतावनी में दिखाता है, क्योंकि दूसरी ओर को कुछ कहने का मौका ही नहीं मिला। Postfix connect to mail.example.com[192.0.2.25]:25: Connection timed out जैसी देरी dsn=4.4.1 के साथ लॉग करता है। जब संदेश रखने वाला IMAP सर्वर पहुँच से बाहर हो, तो BURL सबमिशन सर्वर भी 451 4.4.1 लौटाता है (RFC 4468)।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>प्रेषक का एडमिन पहले जाँचता है कि भेजने वाला होस्ट पोर्ट 25 तक पहुँच भी सकता है या नहीं, क्योंकि कई क्लाउड और घरेलू नेटवर्क इसे आउटबाउंड ब्लॉक करते हैं। अगर दूसरे डोमेन काम करते हैं, तो समस्या गंतव्य पर है: उसका MX होस्ट बंद है, फ़ायरवॉल से रोका गया है या गलत पते पर सुन रहा है, और प्राप्तकर्ता के एडमिन को इसे ठीक करना होगा। उन्हें बताएँ कि आपने कौन-सा MX होस्ट और IP पता कब आज़माया।</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>गंतव्य का MX होस्ट बंद है, ओवरलोड है या पोर्ट 25 पर नहीं सुन रहा।</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>किसी भी ओर का कोई फ़ायरवॉल SMTP ट्रैफ़िक को चुपचाप ड्रॉप करता है, इसलिए प्रयास अस्वीकार होने के बजाय टाइमआउट होता है।</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>भेजने वाला नेटवर्क (क्लाउड प्रोवाइडर या ISP) पोर्ट 25 पर आउटबाउंड कनेक्शन ब्लॉक करता है।</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>माइग्रेशन के बाद भी MX रिकॉर्ड किसी पुराने या गलत IP पते की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>गंतव्य के MX होस्ट को प्राथमिकता क्रम में सूचीबद्ध करें।</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>भेजने वाले सर्वर से हर MX के पोर्ट 25 पर TCP कनेक्शन आज़माएँ; टाइमआउट फ़िल्टरिंग का संकेत है, connection refused का अर्थ है कि कुछ भी सुन नहीं रहा।</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>आउटबाउंड ब्लॉक की संभावना खत्म करने के लिए जाँचें कि आपका होस्ट कहीं और, उदाहरण के लिए किसी दूसरे डोमेन के MX, के पोर्ट 25 तक पहुँच सकता है।</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>इस गंतव्य के लिए Postfix द्वारा दर्ज देरी के कारण देखें।</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें, दूसरे MX होस्ट को प्राथमिकता क्रम में आज़माते हुए। संदेश तभी विफल होता है जब क्यू अवधि खत्म हो जाए, जो तब समाप्ति (X.4.7) के रूप में दिखता है।</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online इसे RCPT TO पर भेजता है, बिना किसी नेटवर्क समस्या के, जब Directory-Based Edge Blocking ऐसे पते को अस्वीकार करता है जो प्राप्त करने वाले टेनेंट में मौजूद नहीं है (या वहाँ सिंक नहीं हुआ), या जब डोमेन accepted domain के रूप में सही सेट नहीं है। इसे अमान्य-प्राप्तकर्ता बाउंस मानें: प्रेषक पता जाँचता है, प्राप्तकर्ता का एडमिन टेनेंट के प्राप्तकर्ता और accepted domains जाँचता है।</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>खराब कनेक्शन</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>कनेक्शन रीसेट</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>कनेक्शन छूट गया</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>अगले हॉप से कनेक्शन बना, लेकिन ट्रांज़ैक्शन पूरा नहीं हो सका क्योंकि लाइन बीच में टूट गई, अटक गई या टाइमआउट हो गई। X.4.1 की तरह इसे लगातार बनी रहने वाली अस्थायी त्रुटि के रूप में परिभाषित किया गया है, इसलिए संदेश अगले प्रयास के लिए क्यू में रहता है।</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>या तो भेजने वाले MTA के लॉग में, जहाँ Postfix lost connection with mail.example.com[192.0.2.25] while sending end of data और dsn=4.4.2 लिखता है, या किसी ऐसे सर्वर के रिप्लाई के रूप में जो धीमा या निष्क्रिय सत्र बंद करता है: Postfix SMTP सर्वर 421 4.4.2 के बाद अपना होस्ट नाम और Error: timeout exceeded भेजता है, और Gmail 451 4.4.2 Timeout - closing connection भेजता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>प्रेषक का एडमिन जाँचता है कि कनेक्शन किस चरण पर टूटा। बड़े संदेशों के साथ DATA के दौरान टूटना अक्सर MTU या रास्ते की समस्याओं, SMTP की जाँच करने वाले किसी मिडलबॉक्स, या प्राप्त करने वाले पक्ष की समय सीमा की ओर इशारा करता है; idle टाइमआउट धीमे क्लाइंट या ओवरलोड भेजने वाले होस्ट की ओर इशारा करते हैं। अगर केवल एक गंतव्य प्रभावित है, तो प्राप्तकर्ता के एडमिन को समय और वह चरण बताएँ जिस पर यह विफल हुआ।</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>कोई फ़ायरवॉल या SMTP की जाँच करने वाला मिडलबॉक्स जो सत्र काट देता है या बिगाड़ देता है।</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>पाथ MTU की समस्याएँ जो बड़े पैकेट अटका देती हैं, इसलिए छोटे संदेश निकल जाते हैं और बड़े DATA के दौरान लटक जाते हैं।</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>क्लाइंट ने कमांड के बीच बहुत देर रुका और सर्वर के idle टाइमआउट ने सत्र बंद कर दिया।</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>प्राप्त करने वाला सर्वर ट्रांज़ैक्शन के बीच में रीस्टार्ट हुआ, क्रैश हुआ या लोड के कारण कनेक्शन छोड़ दिए।</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>वह चरण खोजें जिस पर कनेक्शन छूटा।</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>उसी MX पर एक पूरा टेस्ट ट्रांज़ैक्शन चलाएँ और देखें कि वह कहाँ रुकता है।</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>जाँचें कि STARTTLS साफ़ तौर पर पूरा होता है; टूटा हैंडशेक अक्सर टूटे कनेक्शन के रूप में दिखता है।</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>अगर बड़े संदेश विफल होते हैं और छोटे निकल जाते हैं, तो टेस्ट करें कि पूरे आकार के पैकेट बिना फ़्रैगमेंटेशन के MX तक पहुँचते हैं या नहीं।</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें; इंटरनेट पर कभी-कभार कनेक्शन टूटना सामान्य है। एक ही गंतव्य के लिए एक ही चरण पर बार-बार टूटना कॉन्फ़िगरेशन की समस्या है, जिसे केवल पुनः प्रयास से ठीक नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail सत्र बंद कर देता है क्योंकि क्लाइंट कमांड के बीच या डेटा भेजते समय बहुत धीमा था। फिर से कनेक्ट करें और पुनः प्रयास करें; अगर यह होता रहे, तो ओवरलोड भेजने वाला होस्ट या धीमा नेटवर्क पथ खोजें।</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>डायरेक्टरी सर्वर विफलता</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS एरर</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS टाइमआउट</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>नेम रिज़ॉल्यूशन फ़ेल</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS लुकअप फ़ेल</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>संदेश रूट नहीं किया जा सका क्योंकि कोई डायरेक्टरी सेवा, व्यवहार में लगभग हमेशा DNS, उपलब्ध नहीं थी या उसने त्रुटि से जवाब दिया। RFC 3463 ने इसे अस्थायी विफलता (4.4.3) माना था, हालाँकि कुछ सर्वर इसे 5 के साथ भेजते हैं।</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>भेजने वाली ओर, जब गंतव्य का MX या एड्रेस लुकअप टाइमआउट हो या SERVFAIL लौटाए; Postfix Name service error for name=example.com type=MX: Host not found, try again और dsn=4.4.3 के साथ टालता है। प्राप्त करने वाली ओर, जब कोई DNS-आधारित जाँच पूरी न हो सके: RFC 7208 सलाह देता है कि SPF जाँच अस्थायी त्रुटि पर खत्म हो तो 451 4.4.3 दें।</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>पता करें कि किसका DNS विफल हो रहा है। अगर भेजने वाला सर्वर कुछ भी रिज़ॉल्व नहीं कर पाता, तो उसका एडमिन लोकल रिज़ॉल्वर ठीक करता है (रिज़ॉल्वर कॉन्फ़िगरेशन, बंद पड़ा caching डेमन, ब्लॉक हुआ आउटबाउंड DNS)। अगर केवल एक डोमेन विफल होता है, तो उस डोमेन के authoritative सर्वर बंद, lame या DNSSEC से टूटे हुए हैं, और प्राप्तकर्ता के एडमिन या उनके DNS होस्ट को उन्हें ठीक करना होगा।</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>भेजने वाले सर्वर का लोकल रिज़ॉल्वर बंद है, पहुँच से बाहर है या उस पर रेट लिमिट है।</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>गंतव्य डोमेन के authoritative नेम सर्वर टाइमआउट होते हैं या SERVFAIL लौटाते हैं।</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>DNSSEC विफलता (एक्सपायर हुए सिग्नेचर, गलत DS रिकॉर्ड) के कारण validating रिज़ॉल्वर जवाब अस्वीकार कर देते हैं।</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>प्राप्त करने वाली ओर SPF, DKIM या DMARC लुकअप टाइमआउट हुआ, और प्राप्त करने वाले पक्ष ने फ़ैसला करने के बजाय टाल दिया।</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>जाँचें कि मेल सर्वर जिस रिज़ॉल्वर का उपयोग करता है, वह गंतव्य के लिए जवाब देता भी है या नहीं।</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>रूट से डेलिगेशन का पीछा करें, ताकि पता चले कि डोमेन के अपने नेम सर्वर विफल हो रहे हैं या नहीं।</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>DNSSEC जाँच बंद करके क्वेरी दोहराएँ; अगर केवल यही काम करे, तो ज़ोन के सिग्नेचर टूटे हुए हैं।</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>देखें कि मेल सर्वर किन रिज़ॉल्वर का उपयोग करने के लिए कॉन्फ़िगर है।</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>बैकऑफ़ के साथ बाद में पुनः प्रयास करें; DNS आउटेज आमतौर पर छोटे होते हैं। प्राप्त करने वाले पक्ष से आया 5.4.3 भी अक्सर असल में अस्थायी होता है: DNS की समस्या ठीक होने पर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>रूट नहीं कर सका</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>MX रिकॉर्ड नहीं</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>मेल सिस्टम को गंतव्य के लिए अगला हॉप नहीं मिला क्योंकि ज़रूरी रूटिंग जानकारी गायब थी। आम कारण ऐसा DNS है जो जवाब तो देता है लेकिन डोमेन के लिए कोई इस्तेमाल लायक MX या पता नहीं देता; 4.4.4 का अर्थ है कि रिकॉर्ड अब भी आ सकते हैं, 5.4.4 का अर्थ है कि भेजने वाले सिस्टम ने हार मान ली है।</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>भेजने वाला MTA इसे बनाता है, आमतौर पर बाउंस में। Postfix Host or domain name not found. Name service error for name=example.com type=A: Host not found (होस्ट या डोमेन नाम नहीं मिला) और dsn=5.4.4 के साथ बाउंस करता है; Microsoft Exchange 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain बताता है। यह तब भी दिखता है जब किसी आंतरिक रिले के पास गंतव्य के लिए कोई transport, कनेक्टर या स्मार्ट होस्ट नहीं होता।</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>पहले प्रेषक पते में गलत लिखा डोमेन जाँचता है, जो सबसे आम कारण है। अगर डोमेन सही है, तो उसके मालिक (प्राप्तकर्ता के एडमिन) को MX रिकॉर्ड, या कम से कम A या AAAA रिकॉर्ड, प्रकाशित करने होंगे जो किसी चालू मेल सर्वर की ओर इशारा करें। भेजने वाली ओर एडमिन जाँचता है कि आंतरिक रूटिंग (transport maps, send connectors, स्मार्ट होस्ट) गंतव्य को कवर करती है।</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>प्राप्तकर्ता के डोमेन में टाइपिंग की गलती (example.com की जगह example.con), इसलिए डोमेन मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>डोमेन मौजूद है लेकिन न उसका MX रिकॉर्ड है, न fallback के लिए A या AAAA रिकॉर्ड।</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>MX रिकॉर्ड में ऐसे होस्ट का नाम है जिसका कोई एड्रेस रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>किसी आंतरिक रिले के पास गंतव्य डोमेन के लिए कोई रूट (transport map एंट्री, कनेक्टर या स्मार्ट होस्ट) नहीं है।</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>जाँचें कि डोमेन मौजूद है (NXDOMAIN के बजाय NOERROR) और उसके MX रिकॉर्ड पढ़ें।</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>हर MX होस्ट नाम रिज़ॉल्व करें; बिना A या AAAA रिकॉर्ड वाला नाम डिलीवरी के लिए इस्तेमाल नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>अगर MX होस्ट का कोई IPv4 पता नहीं है, तो IPv6 पक्ष भी जाँचें।</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Exim पर routers से पूछें कि वे पते को कैसे डिलीवर करेंगे।</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>4.4.4 के लिए बैकऑफ़ के साथ पुनः प्रयास करें, अगर रिकॉर्ड ठीक किए जा रहे हों। 5.4.4 के लिए बिना बदलाव के पुनः प्रयास न करें; पता सुधारें या डोमेन मालिक के चालू रिकॉर्ड प्रकाशित करने का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange ने पाया कि गंतव्य डोमेन DNS में मौजूद नहीं है और संदेश बाउंस कर दिया। अगर डोमेन मौजूद है, तो Microsoft एडमिन को उन DNS सेटिंग की ओर भेजता है जिनका Exchange transport सेवा उपयोग करती है।</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>मेल सिस्टम में भीड़</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>बहुत सारे कनेक्शन</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>भेजने की सीमा पार</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>प्राप्त करने वाले या रिले करने वाले मेल सिस्टम में भीड़ है और वह अभी संदेश नहीं लेगा। इसे केवल लगातार बनी रहने वाली अस्थायी त्रुटि के रूप में परिभाषित किया गया है: संदेश अपने आप में ठीक है, और प्रेषक को गति धीमी करके बाद में फिर कोशिश करनी चाहिए।</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>कनेक्शन के समय, या MAIL FROM और RCPT TO के जवाब में, जब कोई सर्वर ओवरलोड हो या कनेक्शन और रेट सीमाएँ लागू कर रहा हो; Gmail 421 4.4.5 Server busy, try again later भेजता है। Gmail अपने उन उपयोगकर्ताओं को 550 5.4.5 भी भेजता है जो अपनी दैनिक भेजने की सीमा पार करते हैं, जो 5 के साथ प्रोवाइडर-विशेष उपयोग है।</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>संदेश में कुछ गलत नहीं है। प्रेषक का एडमिन क्यू को पुनः प्रयास करने देता है और, अगर देरी बनी रहे, तो उस गंतव्य की ओर समानांतर कनेक्शनों की संख्या और भेजने की दर घटाता है। प्राप्तकर्ता के एडमिन को तभी कार्रवाई करनी है जब उसका अपना सर्वर सच में ओवरलोड हो (क्यू बैकलॉग, डिस्क, CPU)।</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>प्राप्त करने वाला सर्वर ओवरलोड है या मेंटेनेंस में है और नए सत्रों को पीछे धकेल रहा है।</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>प्रेषक ने एक ही गंतव्य पर बहुत सारे एक साथ कनेक्शन खोले।</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>भेजने की दर (प्रति मिनट संदेश या प्राप्तकर्ता) प्राप्त करने वाले पक्ष की थ्रॉटलिंग सीमाओं से ज़्यादा हो गई।</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>किसी रिले की अपनी क्यू भरी हुई है और वह ऊपर से आने वाला और मेल अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>भेजने वाले सर्वर पर गिनें कि क्यू की कितनी एंट्री गंतव्य डोमेन का ज़िक्र करती हैं।</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>जाँचें कि Postfix एक गंतव्य पर कितनी समानांतर डिलीवरी करता है।</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>देखें कि देरी कनेक्शन के समय होती है या RCPT TO पर।</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>exponential बैकऑफ़ और उस होस्ट पर कम समानांतर कनेक्शनों के साथ बाद में पुनः प्रयास करें; भीड़ वाले सर्वर पर लगातार प्रहार करने से देरी और लंबी होती है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Gmail की अस्थायी “व्यस्त” देरी। बाद में पुनः प्रयास करने से यह हट जाती है, बेहतर हो कि भेजने वाले IP से कम एक साथ कनेक्शनों के साथ।</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>यह किसी प्राप्त करने वाले MTA को नहीं, बल्कि मेल सबमिट करने वाले Gmail या Google Workspace उपयोगकर्ता को भेजा जाता है: अकाउंट ने अपना rolling दैनिक भेजने का कोटा खत्म कर लिया है, और समय-सीमा बीतने पर भेजना फिर काम करता है। यह 5 के साथ X.4.5 का Google का अपना उपयोग है, रजिस्ट्री वाले अर्थ से बाहर।</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>रूटिंग लूप मिला</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>संदेश बहुत बार इधर-उधर भेजा गया है, या तो इसलिए कि सर्वर उसे आगे-पीछे रूट करते हैं या इसलिए कि फ़ॉरवर्डिंग नियम उसे घेरे में घुमाते हैं। RFC 3463 इसे अस्थायी बताता है, लेकिन व्यवहार में यह लगभग हमेशा स्थायी 5.4.6 के रूप में भेजा जाता है, क्योंकि लूप अपने आप ठीक नहीं होता।</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>DATA के अंत पर या बाउंस में, जब Received: हेडर की गिनती MTA की सीमा पार कर जाती है (sendmail: Too many hops 26 (25 max); Gmail 50 हॉप पर रुकता है), या जब कोई MTA देखता है कि अगला हॉप वह खुद है (Postfix: mail for example.com loops back to myself)। Postfix की लोकल डिलीवरी Delivered-To लूप को भी mail forwarding loop for user@example.com (मेल फ़ॉरवर्डिंग लूप) के रूप में बाउंस करती है।</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>बाउंस हुई कॉपी के Received: हेडर पढ़ें ताकि पता चले कि कौन-से होस्ट दोहराए जा रहे हैं। आमतौर पर प्राप्तकर्ता या प्राप्तकर्ता के एडमिन को कार्रवाई करनी होती है: मूल मेलबॉक्स की ओर वापस इशारा करने वाला फ़ॉरवर्डिंग नियम हटाएँ, या ऐसे MX रिकॉर्ड, रिले रूट या कनेक्टर सुधारें जो डोमेन को वहीं वापस भेजते हैं जहाँ से वह आया। प्रेषक केवल इसकी सूचना दे सकता है।</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>दो मेलबॉक्स एक-दूसरे को फ़ॉरवर्ड करते हैं, या फ़ॉरवर्ड की कोई श्रृंखला वहीं खत्म होती है जहाँ से शुरू हुई।</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>कोई MX रिकॉर्ड या रिले रूट डिलीवर करने की कोशिश कर रहे सर्वर की ओर ही वापस इशारा करता है, अक्सर माइग्रेशन के बाद या hybrid Exchange सेटअप में।</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>जिस सर्वर की ओर MX इशारा करता है, उस पर डोमेन लोकल के रूप में कॉन्फ़िगर नहीं है, इसलिए वह सर्वर उसे आगे रिले करता है और वह वापस आ जाता है।</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>कोई मेलिंग लिस्ट खुद की सदस्य है या किसी ऐसी दूसरी लिस्ट की जो उसे मेल भेजती है।</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>बाउंस हुई कॉपी में Received: हेडर गिनें और दोहराए जाने वाले होस्ट नाम खोजें।</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>जाँचें कि डोमेन का MX ठीक उसी सर्वर की ओर इशारा करता है या नहीं जो लूप की सूचना देता है।</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix पर जाँचें कि डोमेन वहाँ सूचीबद्ध है जहाँ उसे डिलीवर या रिले किया जाना है।</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>लॉग में Postfix द्वारा लिखे गए लूप संदेश खोजें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें: संदेश फिर लूप में घूमेगा। फ़ॉरवर्डिंग नियम या रूटिंग सुधरने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail ऐसा संदेश अस्वीकार करता है जिसमें पहले से 50 से ज़्यादा हॉप के Received: हेडर हों। लूप Gmail से पहले के रास्ते पर है, अक्सर फ़ॉरवर्डिंग नियमों की कोई जोड़ी या गलत रूट किया गया डोमेन।</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>हॉप संख्या पार होते ही Exchange लूप में घूम रहे संदेश को रोक देता है और यह NDR लौटाता है। Exchange Server और Exchange Online दोनों 5.4.6 का उपयोग करते हैं, और Exchange Online लूप और टूटे रूट की सूचना 5.4.14 और 5.4.20 तक के दूसरे कोड से भी देता है, अक्सर hybrid सेटअप में; Microsoft inbox rules, फ़ॉरवर्डिंग और मेलबॉक्स का targetAddress जाँचने की सलाह देता है।</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>डिलीवरी का समय समाप्त</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>डिलीवरी में देरी</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>संदेश क्यू में अटका</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>डिलीवरी टाइमआउट</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>संदेश बहुत देर से पड़ा है: वह सिस्टम की पुनः प्रयास अवधि से ज़्यादा समय तक क्यू में रहा, या प्रेषक द्वारा तय डिलीवरी समय सीमा पार कर गया। 4.4.7 के रूप में यह देरी की चेतावनी या अस्थायी इनकार है; 5.4.7 के रूप में संदेश बिना डिलीवर हुए लौटा दिया गया है। RFC 3463 सिस्टम से कहता है कि जहाँ संभव हो, इसके बजाय असली समस्या बताएँ।</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>प्रेषक के अपने आउटबाउंड सर्वर से कई दिनों के विफल प्रयासों के बाद आए बाउंस और देरी की सूचनाओं में, उदाहरण के लिए Exim का retry timeout exceeded (पुनः प्रयास का टाइमआउट पार) या Microsoft Exchange का 550 4.4.7 QUEUE.Expired; message expired (क्यू में संदेश की अवधि समाप्त)। Postfix status=expired, returned to sender लॉग करता है, लेकिन बाउंस में आखिरी असली स्टेटस (जैसे 4.4.1) रखता है।</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>बाउंस या लॉग में पहले के देरी के कारण खोजें; वे बताते हैं कि डिलीवरी क्यों विफल होती रही (पहुँच से बाहर MX, ग्रेलिस्टिंग कभी पूरी न होना, TLS विफलता, बार-बार 4xx नीति देरी)। प्रेषक का एडमिन वह मूल कारण ठीक करता है या प्राप्तकर्ता के एडमिन से ठीक करवाता है, और फिर प्रेषक संदेश दोबारा भेजता है। क्यू अवधि बढ़ाने से समस्या केवल छिपती है।</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>पूरी पुनः प्रयास अवधि में गंतव्य MX पहुँच से बाहर रहा या कनेक्शन अस्वीकार करता रहा।</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>प्राप्त करने वाला पक्ष अस्थायी 4xx कोड देता रहा (ग्रेलिस्टिंग, रेट सीमाएँ, रेप्युटेशन), जब तक प्रेषक ने हार नहीं मान ली।</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>किसी TLS या सर्टिफ़िकेट समस्या ने हर डिलीवरी प्रयास को विफल कर दिया।</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>संदेश के निकलने से पहले प्रेषक द्वारा तय डिलीवरी की समय सीमा बीत गई।</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>क्यू अवधि छोटी कर दी गई थी, इसलिए संदेश दिनों के बजाय घंटों बाद एक्सपायर हो जाते हैं।</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>प्राप्तकर्ता के लिए देरी का इतिहास खोजें; समाप्ति से पहले लॉग हुए कारण ही असली समस्या हैं।</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>देखें कि Postfix सर्वर हार मानने से पहले कितनी देर तक कोशिश करता रहता है।</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>जाँचें कि Postfix क्यू में और क्या अब भी इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Exim पर हर संदेश की उम्र के साथ क्यू की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>4.4.7 वाली देरी की सूचना पर कुछ नहीं करना; सर्वर अब भी पुनः प्रयास कर रहा है। 5.4.7 या समाप्ति वाले बाउंस के बाद संदेश क्यू से निकल चुका है, इसलिए डिलीवरी की असली समस्या ठीक होने पर उसे दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange अपना message expiration timeout (Exchange Server पर डिफ़ॉल्ट रूप से दो दिन) बीतने के बाद हार मान लेता है और यह NDR भेजता है; ध्यान दें कि 550 को 4.x.x कोड के साथ जोड़ा गया है। Microsoft की Exchange Online सूची 4.4.7 Message expired (संदेश की अवधि समाप्त) को आमतौर पर प्राप्त करने वाले सर्वर की समस्या बताती है।</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>अन्य या अपरिभाषित प्रोटोकॉल स्टेटस</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>SMTP प्रोटोकॉल एरर</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>खुद SMTP संवाद के बारे में एक सामान्य कोड: कमांड, उनका क्रम या प्रोटोकॉल की स्थिति, बिना किसी ज़्यादा विशिष्ट X.5 विवरण के। 2 के साथ यह सामान्य प्रोटोकॉल रिप्लाई पर तटस्थ टैग है; 4 या 5 के साथ सर्वर क्लाइंट के SMTP बोलने के तरीके पर आपत्ति करता है।</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>सत्र में कहीं भी। Gmail प्रोटोकॉल तोड़ने वाले क्लाइंट को 451 4.5.0 SMTP protocol violation से टालता है, और STARTTLS के बाद कमांड पाइपलाइन किए जाने पर 454 4.5.0 से। RFC 4468 BURL रिप्लाई पर 250 2.5.0 का उपयोग करता है, और जब BURL बिना मान्य प्राप्तकर्ताओं के आए तो 554 5.5.0 या 503 5.5.0 का।</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>वह सटीक कमांड देखें जिस पर रिप्लाई आया। 4.5.0 या 5.5.0 के लिए क्लाइंट सॉफ़्टवेयर, या जिसने उसे कॉन्फ़िगर किया, उसे अपना SMTP व्यवहार ठीक करना होगा: 220 ग्रीटिंग का इंतज़ार करें, STARTTLS के बाद EHLO दोबारा भेजें, STARTTLS के पार पाइपलाइन न करें, पंक्तियाँ CRLF से खत्म करें। 2.5.0 रिप्लाई सफलता है और उस पर कुछ नहीं करना।</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>क्लाइंट ने STARTTLS के बाद, या सर्वर के PIPELINING घोषित करने से पहले, कमांड पाइपलाइन किए।</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>क्लाइंट ने ग्रीटिंग से पहले कमांड भेजे या रिप्लाई का इंतज़ार किए बिना आगे बढ़ता रहा।</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>bare LF line endings या दूसरा बिगड़ा इनपुट, जिसे सर्वर प्रोटोकॉल उल्लंघन मानता है।</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>ऐसा सर्वर जो हर प्रोटोकॉल-स्तर के इनकार पर किसी विशिष्ट कोड के बजाय सामान्य कोड लगाता है।</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>सत्र को हाथ से, एक-एक कमांड करके दोहराएँ और हर रिप्लाई देखें।</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>उसी सर्वर पर कोई संदर्भ (reference) क्लाइंट चलाएँ; अगर वह सफल होता है, तो समस्या आपके क्लाइंट सॉफ़्टवेयर में है।</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>अपने क्लाइंट का SMTP प्रोटोकॉल लॉग चालू करें और देखें कि कहीं पहला रिप्लाई आने से पहले कई कमांड तो नहीं भेजे गए।</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>2.5.0 के लिए पुनः प्रयास को कुछ नहीं; संवाद जारी रखें। 4.5.0 के लिए बाद में पुनः प्रयास करें, लेकिन बार-बार हो तो क्लाइंट ठीक करें। 5.5.0 के लिए वही कमांड क्रम बिना बदलाव के न दोहराएँ।</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>जब क्लाइंट SMTP का पालन नहीं करता (गलत कमांड क्रम, बिगड़ा इनपुट), तो Gmail का अस्थायी इनकार। पुनः प्रयास पर भरोसा करने से पहले क्लाइंट ठीक करें।</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>क्लाइंट ने STARTTLS वाली ही खेप में और कमांड भेज दिए। उसे 220 रिप्लाई का इंतज़ार करना होगा, TLS हैंडशेक पूरा करना होगा और फिर EHLO दोबारा भेजना होगा।</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>अमान्य कमांड</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>क्लाइंट ने ऐसा कमांड भेजा जो क्रम से बाहर है या जिसे सर्वर इस बिंदु पर सपोर्ट नहीं करता। RFC 3463 इसे स्थायी के रूप में परिभाषित करता है, इसलिए उसी जगह पर वही कमांड विफल होता रहेगा, हालाँकि कुछ सर्वर इसे 4 के साथ भेजते हैं।</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>आमतौर पर गलत क्रम के लिए 503 5.5.1 (MAIL से पहले RCPT, किसी स्वीकृत RCPT से पहले DATA, EHLO से पहले MAIL) और Postfix पर VRFY जैसे बंद किए गए कमांड के लिए 502 5.5.1। Gmail बिना लॉगिन वाले मेल सबमिशन का जवाब 530 5.5.1 Authentication Required (ऑथेंटिकेशन आवश्यक) से देता है।</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>गलती क्लाइंट सॉफ़्टवेयर या उसके कॉन्फ़िगरेशन की है। वह कमांड देखें जिस पर रिप्लाई आया और उससे पहले वाला। आम समाधान: पहले EHLO भेजें, RCPT TO से पहले MAIL FROM पूरा करें, मेल क्लाइंट में ऑथेंटिकेशन चालू करें, और उन कमांड पर निर्भर रहना छोड़ें जिन्हें सर्वर ने बंद कर रखा है (VRFY, EXPN, ETRN)।</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>गलत क्रम में भेजे गए कमांड, जैसे MAIL FROM से पहले RCPT TO या बिना स्वीकृत प्राप्तकर्ता के DATA।</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>बिना ऑथेंटिकेशन के सेट किया गया मेल क्लाइंट ऐसे सबमिशन सर्वर से बात कर रहा है जिसे इसकी ज़रूरत है।</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>क्लाइंट ऐसा कमांड इस्तेमाल करता है जिसे सर्वर ने बंद कर रखा है, जैसे VRFY या EXPN।</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>खुले ट्रांज़ैक्शन के भीतर बीच में RSET के बिना दूसरा MAIL FROM।</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>ट्रांज़ैक्शन को RCPT TO तक दोहराएँ और देखें कि कौन-सा कमांड अस्वीकार होता है।</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>सबमिशन के लिए, उसी तरह ऑथेंटिकेशन के साथ टेस्ट करें जैसे मेल क्लाइंट को करना चाहिए।</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>क्लाइंट का SMTP डीबग लॉग चालू करें और इनकार से ठीक पहले भेजा गया कमांड पढ़ें।</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>उसी जगह पर वही कमांड दोबारा न भेजें। कमांड का क्रम ठीक करें या छूटा हुआ कदम (EHLO, AUTH) जोड़ें, फिर नया ट्रांज़ैक्शन शुरू करें; 4.5.1 को किसी दूसरी अस्थायी विफलता की तरह मानें और उसी तरह पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com उस क्लाइंट का MAIL FROM अस्वीकार करता है जिसने लॉग इन नहीं किया। क्लाइंट को STARTTLS के साथ पोर्ट 587 या TLS के साथ पोर्ट 465 पर ऑथेंटिकेट (OAuth या ऐप पासवर्ड) करने के लिए कॉन्फ़िगर करें।</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>सिंटैक्स त्रुटि</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>सर्वर कमांड को पार्स नहीं कर सका: वर्ब अज्ञात है या उसके आर्ग्युमेंट बिगड़े हुए हैं। इसे केवल स्थायी के रूप में परिभाषित किया गया है, इसलिए वही बाइट फिर अस्वीकार होंगे।</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>किसी भी कमांड पर। आम असली मामले: बिना कोणीय कोष्ठकों के MAIL FROM: user@example.com (Gmail 555 5.5.2 Syntax error लौटाता है), ऐसा AUTH जवाब जिसे सर्वर base64 से डिकोड नहीं कर सकता (RFC 4954 501 5.5.2 तय करता है), स्थायी त्रुटि वाला SPF रिकॉर्ड (RFC 7208 550 5.5.2 का सुझाव देता है), और सादे SMTP पोर्ट पर TLS या HTTP बोलने वाला क्लाइंट।</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर को सही बने कमांड भेजने होंगे: पतों के चारों ओर कोणीय कोष्ठक, ऐसे पैरामीटर नहीं जो सर्वर ने घोषित नहीं किए, CRLF पंक्ति अंत, 512 ऑक्टेट के भीतर कमांड पंक्तियाँ। अगर रिप्लाई में SPF का ज़िक्र है, तो प्रेषक डोमेन का मालिक SPF रिकॉर्ड ठीक करता है। अगर सर्वर को बाइनरी शोर दिखा, तो TLS मोड को पोर्ट से मिलाएँ: 465 पहले बाइट से TLS की अपेक्षा करता है, 25 और 587 STARTTLS की।</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>बिना कोणीय कोष्ठकों के या फ़ालतू स्पेस के साथ भेजे गए पते, जैसे MAIL FROM: user@example.com।</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>अपने ही टूटे SMTP इम्प्लीमेंटेशन वाली कोई स्क्रिप्ट, प्रिंटर या अप्लायंस।</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>STARTTLS पोर्ट पर implicit TLS भेजा गया, या पोर्ट 465 पर सादा पाठ, इसलिए सर्वर शोर पढ़ता है।</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>स्थायी त्रुटि वाला SPF रिकॉर्ड (गलत सिंटैक्स, बहुत ज़्यादा DNS लुकअप), जिसका मूल्यांकन प्राप्त करने वाले पक्ष ने किया।</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>उसी सर्वर पर सही बना टेस्ट भेजें; अगर वह सफल हो, तो उसके कमांड की तुलना अपने क्लाइंट के कमांड से करें।</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>जाँचें कि पोर्ट 465 सच में पहले बाइट से TLS की अपेक्षा करता है; एक सर्टिफ़िकेट और 220 ग्रीटिंग दिखनी चाहिए।</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>अगर पाठ में SPF का ज़िक्र है, तो प्रेषक डोमेन का SPF रिकॉर्ड पढ़ें और उसका सिंटैक्स और लुकअप की संख्या जाँचें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; पहले कमांड सुधारना होगा, वरना वही 5.5.2 फिर आएगा।</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>बिगड़े MAIL FROM या RCPT TO पर Gmail का रिप्लाई, आमतौर पर बिना कोणीय कोष्ठकों वाला पता या ऐसे पैरामीटर जिन्हें वह स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>बहुत ज़्यादा प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>प्राप्तकर्ता सीमा</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>ट्रांज़ैक्शन में उससे ज़्यादा प्राप्तकर्ता हैं जितने सर्वर एक बार में लेगा। अपेक्षित तरीका यह है कि प्रेषक पहले से स्वीकार हुए प्राप्तकर्ताओं को डिलीवर करे और बाकी को अगले ट्रांज़ैक्शन में भेजे; कुछ सिस्टम स्थायी 5.5.3 का उपयोग तब करते हैं जब पूरे संदेश में नीति की अनुमति से ज़्यादा प्राप्तकर्ता हों।</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>प्रति-संदेश सीमा पूरी होने पर RCPT TO पर। smtpd_recipient_limit (डिफ़ॉल्ट रूप से 1000) के बाद Postfix 452 4.5.3 Error: too many recipients (बहुत ज़्यादा प्राप्तकर्ता) लौटाता है; Gmail और Microsoft 365 अतिरिक्त प्राप्तकर्ताओं को 452 4.5.3 से टालते हैं। RFC 5321 कहता है कि सर्वरों को कम से कम 100 प्राप्तकर्ता बफ़र करने होंगे और इस मामले में 452 का उपयोग करना चाहिए।</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>सही भेजने वाला MTA प्राप्तकर्ता सूची बाँटकर इसे खुद संभाल लेता है, इसलिए आमतौर पर किसी को कुछ करने की ज़रूरत नहीं होती। अगर इसके बजाय मेल विफल हो, तो प्रेषक का एडमिन MTA या मेलिंग सॉफ़्टवेयर में प्रति ट्रांज़ैक्शन प्राप्तकर्ता घटाता है, और बल्क प्रेषक बड़ी सूचियाँ बाँटते हैं। Exchange से आए स्थायी 5.5.3 के लिए, प्रेषक To, Cc और Bcc पते घटाता है या डिस्ट्रीब्यूशन लिस्ट का उपयोग करता है।</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>ऐसा संदेश जिसमें उससे ज़्यादा प्राप्तकर्ता हैं जितने प्राप्त करने वाला सर्वर प्रति ट्रांज़ैक्शन स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>ऐसा मेलिंग सॉफ़्टवेयर जो अपनी पूरी सूची एक ही SMTP ट्रांज़ैक्शन में भेजता है।</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 किसी एक डोमेन के लिए अपनी प्रति-ट्रांज़ैक्शन सीमा से ज़्यादा एनवेलप प्राप्तकर्ताओं को टाल रहा है।</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>ऐसा क्लाइंट जो टाले गए प्राप्तकर्ताओं का पुनः प्रयास करने के बजाय 452 को घातक मान लेता है।</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>देखें कि आपका अपना Postfix प्रति संदेश कितने प्राप्तकर्ता स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>जाँचें कि आपका Postfix क्लाइंट किसी गंतव्य पर एक डिलीवरी में कितने प्राप्तकर्ता रखता है।</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>4.5.3 से टाले गए प्राप्तकर्ता खोजें और जाँचें कि उनका पुनः प्रयास हुआ।</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>जो प्राप्तकर्ता स्वीकार हुए उन्हें डिलीवर करें, फिर टाले गए प्राप्तकर्ताओं का नए ट्रांज़ैक्शन में, हर एक में कम प्राप्तकर्ताओं के साथ, पुनः प्रयास करें। 5.5.3 के लिए दोबारा भेजने से पहले प्राप्तकर्ता सूची घटानी होगी।</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail इस ट्रांज़ैक्शन में प्राप्तकर्ता सूची का केवल एक हिस्सा लेता है; सामान्य MTA बाकी का पुनः प्रयास करता है। पाठ Google की भेजने की सीमाओं की ओर इशारा करता है, इसलिए बहुत बड़ी सूचियों को मेल करने वाले Gmail उपयोगकर्ताओं को भी यह दिखता है।</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online एक ट्रांज़ैक्शन में एक ही डोमेन के 200 से ज़्यादा एनवेलप प्राप्तकर्ताओं को टाल देता है; भेजने वाले सर्वर को बाकी को दूसरे ट्रांज़ैक्शन में भेजना होगा।</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>अमान्य कमांड आर्ग्युमेंट</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>अमान्य पैरामीटर</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>कमांड मान्य है लेकिन उसका कोई आर्ग्युमेंट नहीं: सीमा से बाहर, बिगड़ा हुआ, या ऐसा पैरामीटर या कीवर्ड जिसे सर्वर नहीं पहचानता। RFC 3463 इसे स्थायी बताता है, जबकि रजिस्ट्री उन सीमाओं के लिए 4 की भी अनुमति देती है जो बाद में हट सकती हैं।</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>ज़्यादातर 501 5.5.4 या 555 5.5.4 के रूप में। Postfix इसका उपयोग तब करता है जब आर्ग्युमेंट पार्स नहीं होते, अपेक्षित रूप दिखाते हुए (501 5.5.4 Syntax: VRFY address) या गलत मान का नाम लेते हुए (501 5.5.4 Bad message size syntax, यानी संदेश साइज़ का सिंटैक्स गलत), और अज्ञात MAIL FROM पैरामीटर के लिए; RFC 4954 ऐसे AUTH मैकेनिज़्म के लिए 504 5.5.4 का उपयोग करता है जिसे सर्वर सपोर्ट नहीं करता; Gmail गलत HELO या EHLO नाम को 501 5.5.4 से अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर, या जिसने उसे कॉन्फ़िगर किया, उसे ऐसे आर्ग्युमेंट भेजने होंगे जिन्हें सर्वर स्वीकार करे: EHLO सूची से AUTH मैकेनिज़्म, ESMTP पैरामीटर केवल तब जब सर्वर ने संबंधित एक्सटेंशन घोषित किया हो, EHLO में पूर्ण योग्य होस्ट नाम या address literal, और जहाँ संख्या अपेक्षित हो वहाँ संख्या।</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>ऐसा AUTH मैकेनिज़्म जिसे सर्वर ने घोषित नहीं किया।</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>SIZE=, BODY= या SMTPUTF8 जैसे MAIL FROM पैरामीटर ऐसे सर्वर को भेजे गए जिसने एक्सटेंशन घोषित नहीं किया, या अमान्य मानों के साथ।</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>खाली या अमान्य EHLO आर्ग्युमेंट, जैसे अकेला शब्द या बिना कोष्ठकों का IP पता।</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>गलत सिंटैक्स वाले DSN पैरामीटर (NOTIFY=, ORCPT=, RET=)।</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>सर्वर जो एक्सटेंशन और AUTH मैकेनिज़्म देता है उनकी सूची बनाएँ और उनकी तुलना क्लाइंट के भेजे से करें।</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>जाँचें कि आपका Postfix सर्वर EHLO में कौन-सा होस्ट नाम दिखाता है।</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>घोषित सूची से लिए गए किसी मैकेनिज़्म से ऑथेंटिकेशन टेस्ट करें।</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>उन्हीं आर्ग्युमेंट के साथ पुनः प्रयास न करें; पैरामीटर या मैकेनिज़्म सुधारें और कमांड फिर से भेजें। 4.5.4 का बाद में पुनः प्रयास किया जा सकता है, क्योंकि सर्वर संकेत देता है कि सीमा अस्थायी है।</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail ऐसा EHLO या HELO नाम अस्वीकार करता है जो खाली हो या मान्य डोमेन नाम या address literal न हो; भेजने वाले सर्वर को सही होस्ट नाम देना होगा।</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>गलत प्रोटोकॉल संस्करण</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>दोनों पक्ष प्रोटोकॉल संस्करण पर सहमत नहीं हो सके और बेमेल को अपने आप सुलझा नहीं सके। यह RFC 3463 के मूल सेट का हिस्सा है, लेकिन आज कम ही भेजा जाता है; ज़्यादातर सर्वर प्रोटोकॉल बेमेल की सूचना इसके बजाय 5.5.1 या 5.5.2 से देते हैं।</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>नेटवर्क पर कम ही दिखता है। यह ऐसे मामलों में फ़िट होता है जैसे कोई क्लाइंट SMTP listener से LMTP (LHLO) बोल रहा हो, या केवल HELO जानने वाला बहुत पुराना क्लाइंट ऐसी सेवा से बात कर रहा हो जो ESMTP पर अड़ी हो, और प्रोटोकॉल गेटवे इसका उपयोग तब कर सकते हैं जब वे एक मेल प्रोटोकॉल संस्करण को दूसरे पर मैप न कर सकें।</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>क्लाइंट का एडमिन पक्का करता है कि सॉफ़्टवेयर वही प्रोटोकॉल बोले जिसकी पोर्ट अपेक्षा करता है: 25 और 587 पर STARTTLS के साथ SMTP, 465 पर पहले बाइट से TLS, LMTP केवल LMTP socket पर। फिर कोड के बाद का पाठ पढ़ें; सर्वर आमतौर पर बताता है कि उसे क्या अपेक्षित था।</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>कोई क्लाइंट SMTP पोर्ट पर LMTP बोल रहा है, या LMTP socket पर SMTP।</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>केवल HELO जानने वाला कोई पुराना क्लाइंट ऐसी सेवा से बात कर रहा है जिसे ESMTP सुविधाएँ चाहिए।</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>मेल सिस्टम के बीच कोई गेटवे जो एक प्रोटोकॉल संस्करण को दूसरे में नहीं बदल सकता।</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>हाथ से कनेक्ट करें और ग्रीटिंग पढ़ें; वह आमतौर पर दिखाती है कि पोर्ट ESMTP बोलता है या LMTP।</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>जाँचें कि भेजने वाला एप्लिकेशन किस प्रोटोकॉल और पोर्ट या socket के लिए कॉन्फ़िगर है, और उसकी तुलना वहाँ सुन रही सेवा से करें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; क्लाइंट को सही पोर्ट पर सही प्रोटोकॉल बोलने के लिए फिर से कॉन्फ़िगर करना होगा।</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>ऑथेंटिकेशन आदान-प्रदान की पंक्ति बहुत लंबी है</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>SMTP AUTH के दौरान क्लाइंट ने ऐसी base64 पंक्ति भेजी जो चुने गए SASL मैकेनिज़्म के लिए सर्वर के बफ़र से लंबी थी, इसलिए सर्वर ने AUTH कमांड विफल कर दिया। RFC 4954 इसे परिभाषित करता है, जो 500 5.5.6 के रूप में भेजा जाता है, और बताता है कि उस समय लागू मैकेनिज़्म के लिए 12288 ऑक्टेट पर्याप्त माने जाते थे।</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>केवल AUTH के जवाब में या 334 चैलेंज के बाद की continuation पंक्ति के जवाब में। आम कारण बड़े Kerberos (GSSAPI) टोकन, छोटी सर्वर सीमा से बड़े OAuth bearer टोकन, या ऐसा क्लाइंट है जिसने बिगड़ी, कभी न खत्म होने वाली पंक्ति भेजी। Postfix 500 5.5.6 SASL response limit exceeded लौटाता है।</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>अगर वैध टोकन बफ़र की अनुमति से बड़े हैं, तो सर्वर का एडमिन ऑथेंटिकेशन बफ़र बढ़ाता है, उदाहरण के लिए कई ग्रुप सदस्यताओं वाले Kerberos टिकट या लंबे OAuth टोकन; Postfix पर यह smtpd_sasl_response_limit (डिफ़ॉल्ट रूप से 12288) है, जबकि खुद AUTH पंक्ति पर दिया गया प्रारंभिक जवाब line_length_limit से बँधा है। क्लाइंट की ओर जाँचें कि इच्छित मैकेनिज़्म इस्तेमाल हो रहा है और हर जवाब एक अकेली, सही बनी base64 पंक्ति है; TLS पर PLAIN बड़े टोकन से बचाता है।</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>कई ग्रुप सदस्यताओं से फूला हुआ Kerberos (GSSAPI) टिकट।</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>सर्वर की AUTH पंक्ति सीमा से बड़ा OAuth 2.0 एक्सेस टोकन।</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>क्लाइंट का कोई बग जो गलत डेटा भेजता है या पंक्ति नहीं तोड़ता, इसलिए सर्वर एक बेकाबू लंबी पंक्ति पढ़ता है।</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>असामान्य रूप से छोटे ऑथेंटिकेशन बफ़र वाला सर्वर, जो RFC 4954 में बताए 12288 ऑक्टेट से काफ़ी कम है।</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>किसी सरल मैकेनिज़्म से ऑथेंटिकेट करके पुष्टि करें कि अकाउंट काम करता है और विफलता टोकन के आकार की है।</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>प्रयास के समय के आसपास सर्वर लॉग में AUTH विफलता खोजें।</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Postfix सर्वर पर SASL जवाबों और AUTH कमांड पंक्ति पर लागू सीमाएँ पढ़ें।</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>अगर क्लाइंट या उसकी लाइब्रेरी टोकन लॉग कर सकती है, तो उसकी लंबाई की तुलना सर्वर की सीमा से करें।</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>वही AUTH आदान-प्रदान न दोहराएँ; वह उसी तरह विफल होता है। छोटा टोकन या दूसरा मैकेनिज़्म इस्तेमाल करें, या सर्वर की सीमा बढ़वाएँ, फिर फिर से ऑथेंटिकेट करें।</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>अन्य या अपरिभाषित मीडिया त्रुटि</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>खराब संदेश</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>अमान्य MIME</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>संदेश की सामग्री की किसी बात से वह डिलीवर नहीं हो सका, और कोई ज़्यादा विशिष्ट X.6 कोड फ़िट नहीं होता। अस्वीकृतियों में इसका आमतौर पर अर्थ है कि प्राप्त करने वाले पक्ष को संदेश बिगड़ा हुआ मिला: टूटा MIME, गलत हेडर, या ऐसी सामग्री जिसे वह प्रोसेस नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>ज़्यादातर DATA के अंत पर, प्राप्त करने वाले पक्ष के संदेश पार्स कर लेने के बाद। Gmail बिगड़े संदेशों को 554 5.6.0 Mail message is malformed. Not accepted. से अस्वीकार करता है। Microsoft Exchange इसके बजाय इस कोड का उपयोग सफलता पर करता है: DATA पर उसका सामान्य रिप्लाई 250 2.6.0 होता है, जिसके बाद संदेश ID और Queued mail for delivery (डिलीवरी के लिए क्यू में डाला गया) आता है।</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>प्रेषक, या संदेश बनाने वाला सॉफ़्टवेयर, उसकी संरचना ठीक करता है: सही बनी हेडर पंक्तियाँ, ठीक एक From, Date और Message-ID, 998 अक्षरों से लंबी पंक्तियाँ नहीं, मेल खाती MIME boundaries, सही transfer encoding। स्क्रिप्ट और डिवाइस द्वारा बनाया गया मेल आम संदिग्ध है; वही सामग्री किसी सामान्य मेल क्लाइंट से भेजने पर पता चलता है कि गलती बनाने वाले सॉफ़्टवेयर की है या नहीं।</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>टूटा MIME: गायब या बेमेल boundaries, गलत Content-Transfer-Encoding, कटे हुए भाग।</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>ऐसी हेडर पंक्तियाँ जो बिगड़ी हुई, दोहराई गई या RFC 5322 की अनुमति से लंबी हैं।</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>संदेश में bare LF या NUL अक्षर, आमतौर पर स्क्रिप्ट या embedded डिवाइस से।</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>कोई कंटेंट स्कैनर जो किसी अटैचमेंट को पार्स नहीं कर सका और उसने संदेश को सामान्य कोड से अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>अस्वीकृत संदेश को फ़ाइल में सहेजें और उसके मुख्य हेडर जाँचें।</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>998 अक्षरों से लंबी पंक्तियाँ खोजें, जिन्हें RFC 5322 मना करता है।</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>वही सामग्री किसी सामान्य मेल क्लाइंट से भेजें; अगर वह कॉपी स्वीकार हो जाए, तो गलती बनाने वाले सॉफ़्टवेयर की है।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; वही सामग्री फिर अस्वीकार होगी। अगर प्राप्त करने वाले पक्ष की कंटेंट प्रोसेसिंग अस्थायी रूप से विफल हो रही थी, तो 4.6.0 बाद के प्रयास में सफल हो सकता है।</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail ने संदेश को संरचना के हिसाब से अमान्य पाया (हेडर या MIME, RFC 5322 के अनुरूप नहीं); भेजने वाले सॉफ़्टवेयर को सही संदेश बनाना होगा।</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>DATA के बाद Exchange का सामान्य सफलता रिप्लाई: संदेश स्वीकार होकर क्यू में डाल दिया गया। 2.6.0 Exchange की आदत है, त्रुटि नहीं, भले ही रजिस्ट्री X.6.0 को केवल विफलताओं के लिए सूचीबद्ध करती है।</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>मीडिया सपोर्टेड नहीं</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>असमर्थित कंटेंट टाइप</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>संदेश ऐसे मीडिया प्रकार या एन्कोडिंग का उपयोग करता है जिसे डिलीवरी प्रोटोकॉल या रास्ते का अगला सिस्टम नहीं ले जा सकता। इसे केवल स्थायी के रूप में परिभाषित किया गया है: संदेश अपने मौजूदा रूप में आगे नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>सीधे SMTP रिप्लाई के रूप में दुर्लभ; ज़्यादा बार ऐसे रिले या गेटवे के बाउंस में जो सामग्री आगे नहीं बढ़ा सका, उदाहरण के लिए BINARYMIME के बिना वाले हॉप की ओर बाइनरी सामग्री, या फ़ैक्स, SMS या किसी पुराने सिस्टम का गेटवे जो MIME प्रकार को व्यक्त नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>प्रेषक सामग्री को ऐसे रूप में दोबारा भेजता है जिसे रास्ता ले जा सके: base64 या quoted-printable एन्कोडिंग और आम अटैचमेंट प्रकार के साथ मानक MIME। अगर गंतव्य कोई गेटवे है (फ़ैक्स, पेजर, पुराना सिस्टम), तो प्राप्तकर्ता का एडमिन बता सकता है कि वह कौन-से फ़ॉर्मैट स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>बाइनरी सामग्री (BODY=BINARYMIME) ऐसे हॉप की ओर भेजी गई जो BINARYMIME नहीं देता।</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>कच्ची 8-bit सामग्री ऐसे केवल-7-bit हॉप की ओर जा रही है जो उसे बदलेगा नहीं।</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>किसी गैर-ईमेल सिस्टम का गेटवे जो संदेश के MIME प्रकार को व्यक्त नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>जाँचें कि अगला हॉप EHLO के बाद कौन-से body एक्सटेंशन (8BITMIME, BINARYMIME, CHUNKING) घोषित करता है।</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>जाँचें कि संदेश की बॉडी और अटैचमेंट कैसे एन्कोड किए गए हैं।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; सामग्री को फिर से एन्कोड करें या सपोर्ट किए गए प्रकार में बदलें और नया संदेश भेजें।</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>रूपांतरण ज़रूरी है पर प्रतिबंधित है</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>संदेश डिलीवर करने के लिए रास्ते के किसी सिस्टम को उसकी सामग्री बदलनी होगी, लेकिन रूपांतरण की अनुमति नहीं है, या तो इसलिए कि प्रेषक ने संदेश में ऐसा कहा है या इसलिए कि भेजने वाले होस्ट की नीति इसे मना करती है।</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>उस बिंदु पर रिले और गेटवे के बाउंस में जहाँ अगला हॉप सामग्री को जैसी है वैसी नहीं ले सकता, उदाहरण के लिए केवल-7-bit सर्वर की ओर 8-bit MIME जब रिले कभी downgrade न करने के लिए सेट हो, या X.400 या इसी तरह के गेटवे के लिए ऐसी सामग्री जिस पर “रूपांतरण न करें” का निशान हो।</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>प्रेषक प्रतिबंध हटाता है या ऐसी सामग्री भेजता है जिसे रूपांतरण की ज़रूरत न हो (base64 या quoted-printable जैसी 7-bit-सुरक्षित एन्कोडिंग)। अगर प्रतिबंध भेजने वाले होस्ट की नीति है, तो प्रेषक का एडमिन तय करता है कि उस रास्ते के लिए downgrade की अनुमति दी जाए या नहीं।</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>संदेश या उसका एनवेलप सामग्री रूपांतरण मना करता है, और अगले हॉप को रूपांतरण चाहिए।</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>रिले 8-bit सामग्री को कभी downgrade न करने के लिए कॉन्फ़िगर है, और अगले हॉप में 8BITMIME नहीं है।</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>X.400 या किसी दूसरे मेल सिस्टम के गेटवे को सामग्री बदलनी पड़ती, और प्रेषक की सेटिंग इसकी अनुमति नहीं देतीं।</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>जाँचें कि अगला हॉप 8BITMIME घोषित करता है या नहीं; कनेक्ट करें, EHLO example.net भेजें और सूची पढ़ें।</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>संदेश में ऐसे कच्चे गैर-ASCII बाइट खोजें जो रूपांतरण को मजबूर करेंगे।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; या तो रूपांतरण की अनुमति दें या सामग्री को फिर से एन्कोड करें ताकि उसकी ज़रूरत ही न पड़े, फिर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>रूपांतरण ज़रूरी है पर सपोर्टेड नहीं</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>आगे फ़ॉरवर्ड करने से पहले सामग्री बदलनी होगी, और जिस होस्ट को यह करना है वह नहीं कर सकता। RFC 3463 का अपना उदाहरण ऐसा गेटवे है जो 8-bit मेल स्वीकार करता है लेकिन उसे ऐसे अगले हॉप के लिए 7 bit में downgrade नहीं कर सकता जिसे इसकी ज़रूरत है।</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>अटके हुए रिले के बाउंस में, या डेटा के अंत पर 554 5.6.3 के रूप में। RFC 4468, 554 5.6.3 Conversion required but not supported को BURL के संभावित जवाब के रूप में सूचीबद्ध करता है, जब संदर्भित सामग्री को ऐसे रूपांतरण की ज़रूरत हो जो सबमिशन सर्वर नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>प्रेषक 7-bit-सुरक्षित सामग्री भेजकर रूपांतरण से बच सकता है: base64 या quoted-printable में एन्कोड किए भाग और RFC 2047 में एन्कोड किए हेडर। विफल हुए रिले का एडमिन MIME downgrade चालू कर सकता है, या मेल को ऐसे रास्ते से रूट कर सकता है जो शुरू से अंत तक 8BITMIME सपोर्ट करता हो।</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>8-bit सामग्री, 8BITMIME के बिना वाले सर्वर की ओर, ऐसे रिले के ज़रिए रूट की गई जो उसे downgrade नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>बाइनरी सामग्री जिसे BINARYMIME के बिना वाले हॉप के लिए फिर से एन्कोड करना पड़ता।</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>ऐसा गेटवे जिसमें संबंधित कंटेंट टाइप के लिए कोई कन्वर्टर नहीं है।</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>संदेश के हेडर और बॉडी में कच्चे 8-bit बाइट वाली पंक्तियाँ गिनें।</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Postfix रिले पर पुष्टि करें कि 8-bit से 7-bit आउटपुट रूपांतरण बंद नहीं किया गया है।</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>बाउंस के Remote-MTA या Reporting-MTA फ़ील्ड से 8BITMIME के बिना वाला हॉप पहचानें और उसका EHLO रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>उसी रास्ते पर बिना बदलाव के पुनः प्रयास न करें; 7-bit-सुरक्षित सामग्री भेजें या पहले रिले ठीक करवाएँ।</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>नुकसान के साथ रूपांतरण किया गया</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>आमतौर पर चेतावनी के साथ सफलता: संदेश डिलीवर हो गया, लेकिन रास्ते में हुए किसी रूपांतरण में कुछ जानकारी खो गई, जैसे ऐसे अक्षर जिन्हें व्यक्त नहीं किया जा सका या ऐसे भाग जो समतल कर दिए गए या छोड़ दिए गए। RFC 3463 इसे स्थायी विफलता के रूप में भी अनुमति देता है, जब प्रेषक ने नुकसान वाले रूपांतरण को मना किया हो।</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>डिलीवरी रिपोर्ट में या 250 रिप्लाई पर 2.6.4 के रूप में; RFC 4468 BURL के लिए 250 2.6.4 MIME header conversion with loss performed (MIME हेडर का नुकसान के साथ रूपांतरण) दिखाता है। 5.6.4 रूप उन गेटवे के बाउंस में दिखता है जिन्होंने नुकसान के साथ रूपांतरण करने से मना कर दिया।</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>2.6.4 के लिए कुछ ठीक करने की ज़रूरत नहीं, लेकिन प्राप्तकर्ता को घटिया कॉपी मिल सकती है। अगर यह मायने रखता है, तो प्रेषक सरल सामग्री दोबारा भेजता है (सादा पाठ या आम अटैचमेंट प्रकार, सही एन्कोड किए हेडर), या प्राप्तकर्ता का एडमिन वह गेटवे खोजता है जिसने रूपांतरण किया। 5.6.4 के लिए प्रेषक को नुकसान वाले रूपांतरण की अनुमति देनी होगी या सामग्री बदलनी होगी।</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>किसी गेटवे ने संदेश को ऐसे character set या फ़ॉर्मैट में बदला जो हर अक्षर को व्यक्त नहीं कर सकता।</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>गैर-ASCII पाठ वाले MIME हेडर downgrade किए गए, जिससे मूल अक्षर खो गए।</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>ऐसा अटैचमेंट प्रकार जिसे गंतव्य सिस्टम संग्रहीत नहीं कर सकता, हटा दिया गया या बदल दिया गया।</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>डिलीवरी रिपोर्ट का प्रति-प्राप्तकर्ता खंड पढ़ें; Action और Status दिखाते हैं कि वह डिलीवर हुआ (2.6.4) या अस्वीकार हुआ (5.6.4)।</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>अगर आप प्राप्तकर्ता तक पहुँच सकते हैं, तो जो पहुँचा उसकी तुलना भेजे गए से करें ताकि पता चले क्या खोया।</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>2.6.4 के लिए पुनः प्रयास को कुछ नहीं; संदेश डिलीवर हो गया। 5.6.4 के लिए सामग्री या रूपांतरण सेटिंग बदलने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>रूपांतरण विफल</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>रूपांतरण ज़रूरी था और उसकी कोशिश हुई, लेकिन वह विफल रहा। यह अस्थायी (4.6.5, कन्वर्टर बाद के प्रयास में काम कर सकता है) या स्थायी (5.6.5, यह सामग्री बदली नहीं जा सकती) हो सकता है।</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>उन रिले, गेटवे और कंटेंट फ़िल्टर से आए बाउंस या देरी में जो संदेश बदलते हैं: 8-bit को 7-bit में downgrade करना, अटैचमेंट फिर से एन्कोड करना, character set बदलना, या मेल को फ़ैक्स और दूसरे गैर-ईमेल सिस्टम को सौंपना।</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>4.6.5 के लिए रिले का एडमिन कन्वर्टर या फ़िल्टर जाँचता है (क्रैश हुई सेवा, गायब टूल, संसाधन सीमाएँ) और क्यू को पुनः प्रयास करने देता है। 5.6.5 के लिए प्रेषक ऐसी सामग्री भेजता है जिसमें रूपांतरण की ज़रूरत न पड़े: मानक एन्कोडिंग, आम फ़ाइल प्रकार और सही घोषित character set।</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>संदेश में घोषित character set उसके बाइट से मेल नहीं खाता, इसलिए फिर से एन्कोड करना विफल होता है।</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>खराब या अधूरा अटैचमेंट जिसे कन्वर्टर पार्स नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>रिले पर रूपांतरण सेवा या कंटेंट फ़िल्टर क्रैश हो गया या टाइमआउट हो गया।</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>कोई असामान्य character set या MIME प्रकार जिसे कन्वर्टर नहीं जानता।</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>संदेश में घोषित character set और transfer encoding जाँचें।</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>रिले पर विफलता के समय की कन्वर्टर या कंटेंट-फ़िल्टर त्रुटियाँ खोजें।</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>4.6.5 का बैकऑफ़ के साथ बाद में पुनः प्रयास करें। 5.6.5 का बिना बदलाव के पुनः प्रयास न करें; पहले सामग्री बदलनी होगी।</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>संदेश की सामग्री उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>सबमिशन सर्वर उस जगह से संदेश की सामग्री नहीं ला सका जहाँ क्लाइंट ने इशारा किया था। यह कोड BURL (RFC 4468) से आता है: संदेश अपलोड करने के बजाय क्लाइंट IMAP सर्वर पर रखी कॉपी का URL देता है, और सर्वर उसे लाने में विफल रहा। 4.6.6 का अर्थ है बाद में फिर कोशिश करें, 5.6.6 का अर्थ है कि यह संदर्भ काम नहीं करेगा।</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>सबमिशन सर्वर (पोर्ट 587) पर BURL कमांड के जवाब में, आमतौर पर 554 5.6.6 IMAP URL resolution failed के रूप में। BURL दुर्लभ है: Dovecot की सबमिशन सेवा (2.3 और बाद के) एक इम्प्लीमेंटेशन है, जिसका उपयोग IMAP URLAUTH (RFC 4467) के साथ होता है। अगर IMAP सर्वर तक बिल्कुल नहीं पहुँचा जा सकता, तो RFC 4468 इसके बजाय 451 4.4.1 का सुझाव देता है।</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>क्लाइंट ने ऐसा URL बनाया जिसे सर्वर रिज़ॉल्व नहीं कर सकता या जिसके उपयोग की उसे अनुमति नहीं है। मेल एडमिन जाँचता है कि सबमिशन सर्वर URL में नामित IMAP सर्वर पर भरोसा करने और उस तक पहुँचने के लिए सेट है (Dovecot पर imap_urlauth_host और URLAUTH कॉन्फ़िगरेशन) और URL किसी मौजूदा संदेश की ओर इशारा करता है। अस्थायी उपाय के रूप में क्लाइंट BURL के बजाय DATA से संदेश सबमिट कर सकता है।</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>URLAUTH से अधिकृत URL की अवधि खत्म हो गई या उसे रद्द कर दिया गया, या जिस संदेश की ओर वह इशारा करता है उसे हटा दिया गया या कहीं और ले जाया गया।</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL में ऐसा होस्ट या पोर्ट है जहाँ से लाने के लिए सबमिशन सर्वर कॉन्फ़िगर नहीं है।</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>सबमिशन सर्वर का IMAP सर्वर के साथ कोई भरोसे का संबंध नहीं है (उस मामले का अपना कोड X.7.14 है)।</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>सामग्री लाते समय IMAP सर्वर विफल हो गया।</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>जाँचें कि Dovecot की सबमिशन सेवा किस IMAP होस्ट और पोर्ट से BURL सामग्री ला सकती है।</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>सबमिशन पोर्ट से कनेक्ट करें, EHLO example.net भेजें और पुष्टि करें कि BURL अपेक्षित URL प्रकार के साथ घोषित है।</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>लाने की समस्या को संदेश की समस्या से अलग करने के लिए वही संदेश BURL के बजाय DATA से सबमिट करें।</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>4.6.6 का बाद में पुनः प्रयास करें। 5.6.6 के बाद वही BURL न दोहराएँ; नया URL बनाएँ या संदेश DATA से सबमिट करें।</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>उस प्रेषक/प्राप्तकर्ता के लिए गैर-ASCII पतों की अनुमति नहीं</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>अंतरराष्ट्रीय (यूनिकोड) ईमेल पता</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>किसी एनवेलप पते में गैर-ASCII (UTF-8) अक्षर हैं और सर्वर इस ट्रांज़ैक्शन में उसे स्वीकार नहीं करेगा, क्योंकि वह SMTPUTF8 सपोर्ट नहीं करता या क्लाइंट ने MAIL FROM पर इसका अनुरोध नहीं किया। RFC 6531 इसे RCPT TO पता अस्वीकार होने पर 553 के साथ और MAIL FROM पता अस्वीकार होने पर 550 के साथ जोड़ता है।</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>MAIL FROM या RCPT TO पर: जब कोई क्लाइंट SMTPUTF8 पैरामीटर के बिना UTF-8 पता भेजता है, तो Postfix 553 5.6.7 Must declare SMTPUTF8 to send unicode address लौटाता है। Postfix भेजने वाली ओर भी dsn=5.6.7 के साथ बाउंस करता है (SMTPUTF8 is required, but was not offered by host ...), अक्सर इसलिए कि किसी स्क्रिप्ट ने Subject हेडर में कच्चा UTF-8 डाल दिया और अगला हॉप SMTPUTF8 नहीं देता।</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>अगर पता सच में अंतरराष्ट्रीय है, तो भेजने वाले क्लाइंट को SMTPUTF8 का उपयोग करना होगा (EHLO रिप्लाई में यह सूचीबद्ध हो और MAIL FROM में SMTPUTF8 पैरामीटर हो), और हर हॉप को इसे सपोर्ट करना होगा; वरना प्रेषक को उसी व्यक्ति का ASCII पता चाहिए। अगर केवल हेडर में UTF-8 है, तो भेजने वाले सॉफ़्टवेयर को उन्हें RFC 2047 encoded words के रूप में एन्कोड करना चाहिए। Postfix एडमिन smtputf8_autodetect_classes को भी सीमित कर सकता है, या कई लोगों की तरह smtputf8_enable = no सेट कर सकता है, EAI सपोर्ट की कीमत पर।</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>प्राप्तकर्ता या प्रेषक के पते के लोकल हिस्से में गैर-ASCII अक्षर हैं या U-label डोमेन है, और सर्वर में SMTPUTF8 नहीं है।</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>क्लाइंट ने UTF-8 पता भेजा लेकिन MAIL FROM पर SMTPUTF8 पैरामीटर छोड़ दिया।</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>संदेश के हेडर में कच्चे UTF-8 के कारण Postfix ने संदेश को SMTPUTF8 वाला चिह्नित किया, और अगला हॉप उसे नहीं देता।</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>सामान्य रूप से SMTPUTF8 सपोर्ट करने वाला सर्वर इस खास मेलबॉक्स या डोमेन के लिए गैर-ASCII पते अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>देखें कि प्राप्त करने वाला सर्वर अपने EHLO रिप्लाई में SMTPUTF8 सूचीबद्ध करता है या नहीं।</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>भेजने वाले Postfix की SMTPUTF8 सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>बाउंस हुए संदेश और वे होस्ट खोजें जिन्होंने SMTPUTF8 नहीं दिया।</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>किसी अंतरराष्ट्रीय डोमेन के लिए उसका A-label (xn--) रूप लें, जिसे SMTPUTF8 के बिना वाले सर्वर स्वीकार कर सकते हैं।</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें। जब रास्ता SMTPUTF8 सपोर्ट करे तब, ऐसे सर्वर के ज़रिए जो इसे सपोर्ट करता हो, या उसी व्यक्ति के ASCII पते पर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>UTF-8 स्ट्रिंग वाला रिप्लाई आवश्यक है, लेकिन SMTP क्लाइंट इसकी अनुमति नहीं देता</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>सर्वर को अपने रिप्लाई में UTF-8 वाला मेलबॉक्स नाम दिखाना पड़ता, लेकिन क्लाइंट ने नहीं बताया कि वह UTF-8 रिप्लाई संभाल सकता है। यह SMTPUTF8 के तहत VRFY और EXPN से जुड़ा है (RFC 6531 खंड 3.7.4.2): 252 2.6.8 के रूप में सर्वर पता दिखाने से मना करता है लेकिन उसके लिए मेल फिर भी स्वीकार करेगा; 550 5.6.8 (या 553) के रूप में वह अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>केवल SMTPUTF8 पैरामीटर के बिना भेजे गए VRFY या EXPN के जवाब में, जब जवाब में गैर-ASCII मेलबॉक्स होता। व्यवहार में बहुत दुर्लभ, क्योंकि ज़्यादातर सार्वजनिक सर्वर VRFY और EXPN पूरी तरह बंद रखते हैं।</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>कुछ टूटा नहीं है। पूरा जवाब चाहने वाला क्लाइंट या एडमिन जाँचता है कि EHLO रिप्लाई में SMTPUTF8 सूचीबद्ध है और पैरामीटर के साथ कमांड दोहराता है, जैसे VRFY name SMTPUTF8। 252 2.6.8 के बाद उस पते पर मेल बस भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>ऐसे मेलबॉक्स के लिए SMTPUTF8 पैरामीटर के बिना VRFY या EXPN दिया गया जिसका नाम अंतरराष्ट्रीय है।</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>EXPN से विस्तारित ऐसी लिस्ट जिसमें कम से कम एक गैर-ASCII पता है।</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>कभी SMTPUTF8 न भेजने वाला कोई पुराना क्लाइंट या स्क्रिप्ट EAI-सक्षम सर्वर से क्वेरी कर रहा है।</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>सत्र खोलें, EHLO example.net भेजें, जाँचें कि SMTPUTF8 सूचीबद्ध है, फिर SMTPUTF8 पैरामीटर के साथ VRFY या EXPN दोहराएँ।</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>संदेश के लिए पुनः प्रयास को कुछ नहीं। अगर आपको जवाब चाहिए, तो SMTPUTF8 पैरामीटर के साथ VRFY या EXPN दोहराएँ।</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>UTF-8 हेडर वाला संदेश एक या ज़्यादा प्राप्तकर्ताओं तक नहीं पहुँचाया जा सकता, इसलिए संदेश अस्वीकार करना होगा</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>संदेश में अंतरराष्ट्रीय (UTF-8) हेडर हैं और कम से कम एक प्राप्तकर्ता ऐसा संदेश स्वीकार नहीं कर सकता, इसलिए सर्वर DATA के अंतिम डॉट के बाद उसे अस्वीकार करता है। IANA रजिस्ट्री इसे 550 के साथ जोड़ती है, जबकि RFC 6531 खंड 3.5 रिप्लाई को 554 Transaction failed बताता है, इसलिए इसके साथ दोनों में से कोई भी मूल कोड आ सकता है।</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>DATA के अंत पर, ऐसे SMTPUTF8-aware सर्वर पर जिसने प्राप्तकर्ताओं को स्वीकार किया और उसके बाद ही पाया कि उनमें से कोई, उदाहरण के लिए EAI सपोर्ट के बिना वाले आगे के स्टोर पर कोई मेलबॉक्स, UTF-8 हेडर नहीं ले सकता। RFC 6531 सर्वरों को इसे इसके बजाय RCPT TO पर पकड़ने के लिए प्रोत्साहित करता है, जिससे X.6.7 आता है।</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>प्रेषक अंतरराष्ट्रीय हेडर के बिना दोबारा भेजता है (Subject और डिस्प्ले नामों में RFC 2047 encoded words, ASCII पते), या उन प्राप्तकर्ताओं को अलग से भेजता है जो EAI मेल नहीं ले सकते। अगर मेलबॉक्स को ऐसा मेल मिलना चाहिए, तो प्राप्तकर्ता का एडमिन शुरू से अंत तक SMTPUTF8 सपोर्ट चालू कर सकता है।</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>कोई प्राप्तकर्ता मेलबॉक्स SMTPUTF8 सपोर्ट के बिना वाले स्टोर या आगे के हॉप के पीछे है।</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>संदेश के हेडर (Subject, डिस्प्ले नाम, पते) में encoded words के बजाय कच्चा UTF-8 है।</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>मिली-जुली प्राप्तकर्ता सूची, जिसमें कुछ प्राप्तकर्ता अंतरराष्ट्रीय मेल सपोर्ट करते हैं और कुछ नहीं।</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>संदेश के हेडर भाग में, यानी पहली खाली पंक्ति तक, कच्चे गैर-ASCII बाइट खोजें।</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>पुष्टि करें कि प्राप्त करने वाला सर्वर खुद SMTPUTF8 देता है, ताकि साफ़ हो कि इनकार उसके पीछे के किसी प्राप्तकर्ता से आता है।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; एन्कोड किए हेडर के साथ दोबारा भेजें, या केवल उन प्राप्तकर्ताओं को जो अंतरराष्ट्रीय मेल स्वीकार करते हैं।</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>अप्रचलित: X.6.8 का डुप्लिकेट</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>रजिस्ट्री की अप्रचलित एंट्री जो X.6.8 का डुप्लिकेट है; इसके बजाय X.6.8 का उपयोग करें और उसी को पढ़ें। प्रायोगिक RFC 5336 ने इसे गलती से उसी स्थिति के लिए दूसरे कोड के रूप में पंजीकृत किया, यानी ऐसा UTF-8 रिप्लाई जिसकी क्लाइंट ने अनुमति नहीं दी (553 और 550 के साथ X.6.8, 252 के साथ X.6.10); RFC 6531 ने 252 वाले मामले को X.6.8 में मिला दिया और X.6.10 को अप्रचलित चिह्नित किया।</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>व्यावहारिक रूप से कभी नहीं। केवल प्रायोगिक RFC 5336 के अनुसार लिखा सॉफ़्टवेयर शायद अब भी VRFY या EXPN के जवाब में 252 2.6.10 भेजे; अगर यह दिखे, तो इसका अर्थ ठीक वही है जो X.6.8 का।</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>इसे X.6.8 की तरह संभालें: क्लाइंट ने SMTPUTF8 पैरामीटर के बिना VRFY या EXPN भेजा और जवाब में UTF-8 मेलबॉक्स नाम होता। इसे भेजने वाले सर्वर के एडमिन को सॉफ़्टवेयर अपडेट करना चाहिए ताकि वह X.6.8 का उपयोग करे।</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>ऐसा सर्वर सॉफ़्टवेयर जो RFC 6531 के बजाय प्रायोगिक RFC 5336 लागू करता है।</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>2012 से पहले की रजिस्ट्री से कॉपी की गई hard-coded स्टेटस तालिका।</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>जाँचें कि सर्वर EHLO के बाद SMTPUTF8 सूचीबद्ध करता है, फिर X.6.8 की तरह SMTPUTF8 पैरामीटर के साथ VRFY या EXPN दोहराएँ।</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>संदेश के लिए पुनः प्रयास को कुछ नहीं; इसे ठीक X.6.8 की तरह मानें और जवाब चाहिए तो SMTPUTF8 के साथ क्वेरी दोहराएँ।</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>अन्य या अपरिभाषित सुरक्षा स्टेटस</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>TLS ज़रूरी</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>SMTP ऑथेंटिकेशन ज़रूरी</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>सब कुछ समेटने वाला सुरक्षा और नीति कोड: किसी ऐसे सुरक्षा कारण से कुछ अस्वीकार हुआ, टला या (2.7.0 के रूप में) स्वीकार हुआ जिसका सर्वर ज़्यादा सटीक वर्णन नहीं करता। 5.7.0 के रूप में यह स्थायी इनकार है, ज़्यादातर 530 5.7.0, जब क्लाइंट को पहले STARTTLS का उपयोग या लॉग इन करना हो; 4.7.0 के रूप में यह अस्थायी है, जैसे सर्वर का ऑथेंटिकेशन बैकएंड बंद होने पर 454 4.7.0, या किसी प्रोवाइडर की 421 4.7.0 रेट सीमा। 235 2.7.0 सफल AUTH का सामान्य रिप्लाई है।</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>सबमिशन पोर्ट (587, 465) पर STARTTLS और AUTH के आसपास, और MAIL FROM पर जब कोई क्लाइंट लॉग इन किए बिना भेजने की कोशिश करता है। TLS अनिवार्य होने पर Postfix 530 5.7.0 Must issue a STARTTLS command first लौटाता है, और उसका अपना TLS या SASL सेटअप विफल होने पर 454 4.7.0। Gmail और Yahoo जैसे बड़े प्राप्तकर्ता खराब रेप्युटेशन वाले प्रेषकों को थ्रॉटल करने के लिए 421 4.7.0 का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>कोड के बाद का पाठ पढ़ें, क्योंकि असली कारण उसी में होता है। अगर वह STARTTLS या ऑथेंटिकेशन माँगता है, तो क्लाइंट सॉफ़्टवेयर को पोर्ट 587 पर STARTTLS (या पोर्ट 465 पर SSL/TLS) और मेलबॉक्स क्रेडेंशियल से लॉग इन के लिए सेट करना होगा। अगर यह 454 4.7.0 अस्थायी ऑथेंटिकेशन विफलता है, तो सर्वर का एडमिन ऑथेंटिकेशन बैकएंड (Dovecot, Cyrus SASL, LDAP) और TLS सर्टिफ़िकेट फ़ाइलें जाँचता है। अगर यह किसी प्रोवाइडर का 421 4.7.0 थ्रॉटल है, तो प्रेषक का एडमिन रेप्युटेशन की समस्याएँ (PTR रिकॉर्ड, SPF, DKIM, शिकायत दर, अचानक वॉल्यूम) ठीक करता है और क्यू को पुनः प्रयास करने देता है।</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>मेल क्लाइंट या एप्लिकेशन सबमिशन पोर्ट से STARTTLS के बिना बात करता है, जबकि सर्वर किसी भी चीज़ से पहले TLS माँगता है।</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>क्लाइंट SMTP AUTH छोड़कर सीधे MAIL FROM पर जाता है, ऐसे सर्वर पर जो केवल लॉग इन किए उपयोगकर्ताओं के लिए रिले करता है।</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>सर्वर का SASL बैकएंड (Dovecot auth socket, saslauthd, LDAP) पहुँच से बाहर है, इसलिए लॉगिन अस्थायी रूप से विफल होते हैं।</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>सर्वर अपना TLS सर्टिफ़िकेट या की लोड नहीं कर सकता, इसलिए वह STARTTLS नहीं दे सकता और अस्थायी इनकार से जवाब देता है।</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>कोई बड़ा प्राप्तकर्ता कम रेप्युटेशन या वॉल्यूम में अचानक बढ़ोतरी के कारण भेजने वाले IP या डोमेन को थ्रॉटल कर रहा है।</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>TLS के साथ सबमिशन पोर्ट से कनेक्ट करें, हाथ से EHLO भेजें और जाँचें कि 250-AUTH पंक्ति TLS सत्र के अंदर दिखती है।</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>यह देखने के लिए कि कौन-सा कमांड 5.7.0 या 4.7.0 रिप्लाई लाता है, ऑथेंटिकेशन के साथ पूरा सबमिशन चलाएँ।</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Postfix सर्वर पर विफलता के समय के आसपास TLS और SASL चेतावनियाँ खोजें।</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>किसी प्रोवाइडर के 421 4.7.0 थ्रॉटल के लिए, जाँचें कि भेजने वाले IP का PTR रिकॉर्ड है और उसका नाम वापस उसी IP पर रिज़ॉल्व होता है।</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>यह वर्ग पर निर्भर करता है। 4.7.0 अस्थायी है: संदेश को क्यू में रखें और बैकऑफ़ के साथ पुनः प्रयास करें। 5.7.0 पुनः प्रयास से नहीं हटेगा, इसलिए पहले TLS या लॉगिन सेटिंग ठीक करें। 2.7.0 सफलता है: सत्र जारी रखें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Gmail का सबमिशन सर्वर smtp.gmail.com यह तब भेजता है जब कोई क्लाइंट STARTTLS से कनेक्शन अपग्रेड करने से पहले पोर्ट 587 पर AUTH या MAIL FROM आज़माता है।</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>smtp.gmail.com पर इसका अर्थ है कि क्लाइंट सफल लॉगिन के बिना MAIL FROM तक पहुँच गया; Gmail सबमिट किया गया मेल केवल ऑथेंटिकेटेड Google अकाउंट के लिए रिले करता है।</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>भेजने वाले IP के लिए Yahoo की अस्थायी रेप्युटेशन देरी (शिकायतें, असामान्य वॉल्यूम या स्पैम जैसी सामग्री)। यह रजिस्ट्री के अर्थ में सुरक्षा विफलता नहीं है; रेप्युटेशन सुधरने पर पुनः प्रयास सफल होते हैं।</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>डिलीवरी अधिकृत नहीं, संदेश अस्वीकृत</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>ब्लैकलिस्ट में IP</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>डिनाईलिस्ट</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>RBL</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>रिले से इनकार</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>रिले की अनुमति नहीं</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>सबसे आम नीति अस्वीकृति: प्राप्त करने वाला सर्वर इस प्रेषक, क्लाइंट या IP पते से यह संदेश नहीं लेगा। रजिस्ट्री इसे केवल स्थायी (5.7.1) के रूप में परिभाषित करती है, जिसमें रिले इनकार, ब्लॉकलिस्ट हिट, प्रेषक या प्राप्तकर्ता प्रतिबंध और स्पैम फ़िल्टर के फ़ैसले आते हैं। व्यवहार में 4.7.1 भी अस्थायी नीति देरी के रूप में खूब भेजा जाता है, जिसका क्लासिक उदाहरण ग्रेलिस्टिंग है।</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>आमतौर पर RCPT TO पर (रिले से इनकार, प्राप्तकर्ता प्रतिबंध, ग्रेलिस्टिंग) या DATA के अंत पर (स्पैम और कंटेंट फ़िल्टर, हेडर जाँच), कभी-कभी MAIL FROM पर जब क्लाइंट IP किसी ब्लॉकलिस्ट में हो। Postfix, Exim, Exchange, Microsoft 365, Gmail और Yahoo सभी इसे भेजते हैं, और कोड के बाद का पाठ लागू हुए नियम का नाम बताता है।</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>पूरा रिप्लाई पढ़ें और उसमें बताए नियम के अनुसार कार्रवाई करें। Relay access denied (रिले से इनकार): क्लाइंट सॉफ़्टवेयर को बाहरी डोमेन पर भेजने से पहले ऑथेंटिकेट करना होगा, या प्राप्तकर्ता के एडमिन को डोमेन को सर्वर के accepted domains में जोड़ना होगा। ब्लॉकलिस्ट में पड़ा IP: प्रेषक का एडमिन लिस्टिंग खोजता है, उसका कारण ठीक करता है (हैक हुआ अकाउंट, ओपन रिले, गायब PTR) और delisting का अनुरोध करता है। स्पैम या रेप्युटेशन का फ़ैसला: प्रेषक का एडमिन ऑथेंटिकेशन, सामग्री और वॉल्यूम की समीक्षा करता है, फिर प्राप्त करने वाले प्रोवाइडर से समीक्षा माँगता है। 4.7.1 ग्रेलिस्टिंग के लिए कुछ करने की ज़रूरत नहीं; भेजने वाला सर्वर अपने आप पुनः प्रयास करता है।</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>रिले से इनकार: क्लाइंट ने ऑथेंटिकेट किए बिना, या ऐसे IP पते से जिस पर सर्वर भरोसा नहीं करता, बाहरी डोमेन पर भेजा।</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>भेजने वाला IP किसी DNS ब्लॉकलिस्ट (Spamhaus ZEN, Barracuda, SpamCop) या किसी प्रोवाइडर की निजी ब्लॉक सूची में है।</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>किसी स्पैम या मालवेयर फ़िल्टर ने, या प्रोवाइडर के रेप्युटेशन सिस्टम ने, संदेश को अवांछित या खतरनाक माना।</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>प्राप्तकर्ता की ओर का कोई नियम: मेलबॉक्स या ग्रुप केवल कुछ प्रेषकों से, या केवल संगठन के अंदर से मेल स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>ग्रेलिस्टिंग (4.7.1 के रूप में): प्राप्त करने वाला पक्ष अज्ञात प्रेषक के पहले प्रयास को टालता है और बाद के पुनः प्रयास को स्वीकार करता है।</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>प्रेषक पता या उसका डोमेन प्राप्तकर्ता की अपनी ब्लॉक सूची में है, या प्रेषक पते के सत्यापन में विफल होता है।</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>भेजने वाले सर्वर के लॉग में अस्वीकृति खोजें और पूरा रिप्लाई पाठ पढ़ें, S3150 या BL21 जैसे किसी ब्रैकेट वाले टैग सहित।</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>भेजने वाले IP को उसके ऑक्टेट उलटे क्रम में रखकर Spamhaus ZEN में जाँचें; 127.0.0.x में जवाब का अर्थ है सूचीबद्ध। अपने रिज़ॉल्वर से क्वेरी करें, क्योंकि Spamhaus कई सार्वजनिक रिज़ॉल्वर को मना कर देता है।</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>अगर अस्वीकृति आपके अपने Postfix सर्वर ने भेजी, तो देखें कि किस प्रतिबंध ने उसे दिया।</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>अगर आपका अपना सर्वर ऐसे क्लाइंट को Relay access denied (रिले से इनकार) कहता है जिसे अनुमति होनी चाहिए, तो रिले सेटिंग की समीक्षा करें।</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>5.7.1 के लिए बिना बदलाव के दोबारा न भेजें: ब्लॉक या सेटिंग ठीक होने तक नीति उसे फिर अस्वीकार करेगी। 4.7.1 के लिए संदेश को क्यू में रखें और सामान्य रूप से पुनः प्रयास करें; ग्रेलिस्टिंग वाला सर्वर बाद के प्रयास को, आमतौर पर कुछ मिनटों बाद, निकलने देता है।</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) भेजने वाले IP को अस्वीकार करता है क्योंकि वह Microsoft की अपनी ब्लॉक सूची में है, जो सार्वजनिक DNS ब्लॉकलिस्ट से अलग है। प्रेषक के एडमिन को Microsoft की प्रेषक सहायता (sender support) से delisting का अनुरोध करना होगा।</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>इस संदेश पर Gmail का स्पैम फ़ैसला, जो DATA के अंत पर सामग्री और प्रेषक की रेप्युटेशन के आधार पर दिया जाता है। Gmail RFC 5322 हेडर की गड़बड़ियों और उन IP के लिए भी 5.7.1 का उपयोग करता है जिन्हें सीधे उसे भेजने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo क्लाइंट IP को अस्वीकार करता है क्योंकि वह किसी Spamhaus सूची में दिखता है; लिस्टिंग पहले Spamhaus पर हटवानी होगी।</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>मेलिंग लिस्ट के विस्तार की अनुमति नहीं</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>इस ग्रुप को भेजने की अनुमति नहीं</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>प्रेषक को उस मेलिंग लिस्ट या डिस्ट्रीब्यूशन ग्रुप पर पोस्ट करने की अनुमति नहीं है जिस पर संदेश भेजा गया था, इसलिए लिस्ट उसे अपने सदस्यों तक विस्तारित नहीं करेगी। इसे केवल स्थायी विफलता के रूप में परिभाषित किया गया है। व्यवहार में यह दुर्लभ है: ज़्यादातर लिस्ट मैनेजर और groupware अनधिकृत पोस्ट करने वालों को 5.7.1 से अस्वीकार करते हैं या पोस्ट को मॉडरेशन के लिए रोक लेते हैं।</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>RCPT TO पर, जब लिस्ट का पता खुद प्रेषकों की जाँच करता है, या बाद में लिस्ट सर्वर के बाउंस (DSN) में, जब उसने संदेश प्राप्त करके पाया कि पोस्ट करने वाले को अनुमति नहीं है। आम मामले हैं केवल-सदस्य चर्चा लिस्ट, घोषणा लिस्ट और आंतरिक या नामित प्रेषकों तक सीमित डिस्ट्रीब्यूशन ग्रुप।</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>प्रेषक जाँचता है कि वह ठीक उसी पते से पोस्ट कर रहा है जो सब्सक्राइब्ड या अनुमत है, किसी एलियास या दूसरे अकाउंट से नहीं। अगर उसे अनुमति होनी चाहिए, तो लिस्ट का मालिक या प्राप्तकर्ता का एडमिन पते को सदस्यों या अनुमत पोस्ट करने वालों में जोड़ता है, या बाहरी प्रेषकों पर लगा प्रतिबंध हटाता है। फिर प्रेषक संदेश दोबारा भेजता है।</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>लिस्ट केवल सब्सक्राइबर के पोस्ट स्वीकार करती है, और संदेश ऐसे पते से आया जो सब्सक्राइब्ड नहीं है।</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>प्रेषक एक पते से सब्सक्राइब्ड है लेकिन उसने दूसरे (एलियास, निजी अकाउंट, फ़ॉरवर्डिंग पता) से लिखा।</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>कोई डिस्ट्रीब्यूशन ग्रुप आंतरिक प्रेषकों या अनुमत प्रेषकों की नामित सूची तक सीमित है।</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>लिस्ट एक घोषणा लिस्ट है जिस पर केवल मालिक या मॉडरेटर पोस्ट कर सकते हैं।</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>बाउंस हुए संदेश के एनवेलप प्रेषक और From पते की तुलना लिस्ट में सब्सक्राइब्ड पते से करें।</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Mailman 3 लिस्ट के मालिक के रूप में, सदस्यों की सूची बनाकर देखें कि पोस्ट करने वाला उनमें है या नहीं।</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>पुष्टि करने के लिए कि लिस्ट उसे स्वीकार करती है, सब्सक्राइब्ड पते से एक छोटी टेस्ट पोस्ट भेजें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें: लिस्ट उसी पोस्ट करने वाले को हर बार अस्वीकार करती है। तभी दोबारा भेजें जब प्रेषक को पोस्ट करने की अनुमति मिल जाए या वह सब्सक्राइब्ड पते से लिखे।</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo 5.7.2 का उपयोग भेजने वाले IP की रेप्युटेशन के कारण उस पर लगे स्थायी ब्लॉक के लिए करता है, जिसका मेलिंग लिस्ट से कोई संबंध नहीं है। प्रेषक के एडमिन को रेप्युटेशन की समस्या ठीक करनी होगी और Yahoo की प्रेषक सहायता से संपर्क करना होगा।</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>सुरक्षा रूपांतरण ज़रूरी है पर संभव नहीं</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>डिलीवरी के लिए संदेश को एक सुरक्षित मैसेजिंग फ़ॉर्मैट से दूसरे में बदलना ज़रूरी था (उदाहरण के लिए दो गेटवे की एन्क्रिप्शन या साइनिंग स्कीम के बीच), और वह रूपांतरण नहीं हो सका। इसे केवल स्थायी विफलता के रूप में परिभाषित किया गया है। रजिस्ट्री वाला अर्थ आज लगभग कभी नहीं मिलता; यह कोड Microsoft सर्वरों से ज़्यादा जाना जाता है, जो विफल SMTP लॉगिन का जवाब 535 5.7.3 से देते हैं।</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>रजिस्ट्री वाले अर्थ में: अलग-अलग सुरक्षा फ़ॉर्मैट वाले दो मैसेजिंग सिस्टम को जोड़ने वाले secure-mail गेटवे के बाउंस (DSN) में। व्यवहार में: SMTP AUTH विफल होने पर Exchange Server और Microsoft 365 (smtp.office365.com) से 535 5.7.3 Authentication unsuccessful (ऑथेंटिकेशन असफल) के रूप में, आमतौर पर किसी Microsoft 365 मेलबॉक्स से भेजने वाले प्रिंटर, स्कैनर और एप्लिकेशन के लिए।</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Microsoft के 535 5.7.3 के लिए: उपयोगकर्ता या एप्लिकेशन का मालिक यूज़रनेम (पूरा मेलबॉक्स पता) और पासवर्ड जाँचता है, और टेनेंट एडमिन जाँचता है कि मेलबॉक्स के लिए ऑथेंटिकेटेड SMTP चालू है और security defaults या modern authentication माँगने वाली किसी नीति से ब्लॉक नहीं है। अगर basic ऑथेंटिकेशन की अनुमति नहीं है, तो एप्लिकेशन को OAuth पर या कनेक्टर जैसे किसी दूसरे रिले तरीके पर जाना होगा। असली रूपांतरण विफलता के लिए, प्रेषक प्राप्तकर्ता के एडमिन से पूछकर संदेश ऐसे फ़ॉर्मैट में भेजता है जिसे गेटवे संभाल सके।</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: टेनेंट या इस मेलबॉक्स के लिए ऑथेंटिकेटेड SMTP (SMTP AUTH) बंद है।</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 या Exchange: गलत या एक्सपायर हो चुका पासवर्ड, या ऐसा यूज़रनेम जो पूरा मेलबॉक्स पता नहीं है।</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: security defaults या Conditional Access मल्टी-फ़ैक्टर या modern ऑथेंटिकेशन माँगते हैं, इसलिए सादे पासवर्ड वाला लॉगिन अस्वीकार होता है।</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>किसी secure-mail गेटवे को ऐसे फ़ॉर्मैट में साइन या एन्क्रिप्ट किया संदेश मिला जिसे वह गंतव्य सिस्टम के लिए बदल नहीं सकता।</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>एप्लिकेशन जिस सबमिशन सर्वर का उपयोग करता है उस पर लॉगिन दोहराएँ और AUTH का रिप्लाई नोट करें।</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Exchange Online PowerShell में जाँचें कि मेलबॉक्स के लिए SMTP AUTH बंद है या नहीं (True का अर्थ है बंद)।</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>टेनेंट-स्तर की SMTP AUTH सेटिंग भी जाँचें।</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>गेटवे बाउंस के लिए Diagnostic-Code और Remote-MTA पंक्तियाँ पढ़ें, ताकि पता चले कि किस गेटवे ने रूपांतरण से मना किया।</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>वही लॉगिन या संदेश न दोहराएँ, उसका पुनः प्रयास न करें: विफल Microsoft लॉगिन के लिए सही क्रेडेंशियल या टेनेंट सेटिंग चाहिए, और अस्वीकृत सुरक्षा रूपांतरण के लिए संदेश का दूसरा फ़ॉर्मैट।</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online और Exchange Server विफल SMTP AUTH लॉगिन का जवाब 5.7.3 से देते हैं, कारण जो भी हो: गलत क्रेडेंशियल, SMTP AUTH बंद, या basic ऑथेंटिकेशन ब्लॉक। जब पूरे टेनेंट के लिए SMTP AUTH बंद हो, तो Microsoft 365 यही बताने वाले पाठ के साथ 535 5.7.139 भेज सकता है।</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>सुरक्षा सुविधाएँ सपोर्टेड नहीं</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>असमर्थित ऑथेंटिकेशन तरीका</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>संदेश या सत्र ने ऐसी सुरक्षा सुविधा माँगी जिसे सर्वर या डिलीवरी का रास्ता सपोर्ट नहीं करता, जैसे ऐसा ऑथेंटिकेशन तरीका जो सर्वर नहीं देता। इसे केवल स्थायी विफलता के रूप में परिभाषित किया गया है। इसका आम आधुनिक रूप किसी अज्ञात या बंद मैकेनिज़्म वाले AUTH के जवाब में 504 5.7.4 है।</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>AUTH पर, जब क्लाइंट सॉफ़्टवेयर किसी ऐसे मैकेनिज़्म (CRAM-MD5, NTLM, GSSAPI, पुराना XOAUTH) पर अड़ा रहे जिसे सर्वर ने घोषित नहीं किया; Gmail और Exchange 504 5.7.4 Unrecognized authentication type (अपरिचित ऑथेंटिकेशन प्रकार) लौटाते हैं। जब नीति TLS माँगती है और रिमोट सर्वर STARTTLS नहीं देता, तो भेजने वाला Postfix सर्वर अपनी देरी के लिए dsn=4.7.4 भी लॉग करता है।</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर, या जो उसे कॉन्फ़िगर करता है, STARTTLS के बाद सर्वर के EHLO रिप्लाई की सूची से ऑथेंटिकेशन मैकेनिज़्म चुनता है: आमतौर पर TLS पर PLAIN या LOGIN, या OAuth के लिए XOAUTH2 या OAUTHBEARER। Postfix की TLS देरी के लिए, प्रेषक का एडमिन प्राप्तकर्ता के एडमिन से STARTTLS चालू करने को कहता है, या अगर एन्क्रिप्शन सच में अनिवार्य नहीं है तो उस गंतव्य के लिए TLS नीति ढीली करता है।</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>क्लाइंट ऐसे ऑथेंटिकेशन मैकेनिज़्म के लिए कॉन्फ़िगर है जिसे सर्वर घोषित नहीं करता, जैसे CRAM-MD5 या NTLM।</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>एप्लिकेशन अब भी कोई रिटायर हो चुका मैकेनिज़्म इस्तेमाल करता है, Gmail के लिए XOAUTH2 के बजाय पुराना XOAUTH।</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>क्लाइंट STARTTLS से पहले AUTH आज़माता है, जबकि सर्वर अपने मैकेनिज़्म केवल TLS सत्र के अंदर सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>प्रेषक की TLS नीति ऐसे गंतव्य के लिए एन्क्रिप्शन माँगती है जिसका सर्वर STARTTLS नहीं देता।</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>250-AUTH पंक्ति पढ़कर STARTTLS के बाद सर्वर द्वारा दिए गए मैकेनिज़्म की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Postfix प्रेषक पर अनिवार्य TLS नीति के कारण हुई देरी खोजें।</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>जाँचें कि गंतव्य सर्वर STARTTLS देता भी है या नहीं।</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>वही AUTH कमांड दोबारा न भेजें; सर्वर द्वारा दिया गया कोई मैकेनिज़्म चुनें। भेजने वाले सर्वर की अपनी 4.7.4 TLS देरी क्यू में रहती है, लेकिन TLS नीति या रिमोट सर्वर बदलने तक उसका हर पुनः प्रयास विफल होता रहता है।</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com ऐसा AUTH मैकेनिज़्म अस्वीकार करता है जो वह नहीं देता; Gmail यही कोड उन क्लाइंट को भेजता है जो अब भी रिटायर हो चुका XOAUTH मैकेनिज़्म इस्तेमाल करते हैं।</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>क्रिप्टोग्राफ़िक विफलता</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>सर्टिफ़िकेट एरर</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>SSL एरर</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>जिस सिस्टम को संदेश डिक्रिप्ट या सत्यापित करना था, या उसका ट्रांसफ़र एन्क्रिप्ट करना था, वह ऐसा नहीं कर सका क्योंकि कोई की या सर्टिफ़िकेट गायब या अमान्य था। 4.7.5 के रूप में यह अस्थायी विफलता है जो की या सर्टिफ़िकेट की समस्या ठीक होने पर हट सकती है; 5.7.5 के रूप में यह इस संदेश के लिए स्थायी इनकार है।</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>ज़्यादातर रिमोट रिप्लाई में नहीं, बल्कि भेजने वाले Postfix सर्वर के अपने लॉग और देरी की सूचनाओं में: Postfix dsn=4.7.5 दर्ज करता है जब TLS हैंडशेक विफल हो, जब उसका TLS इंजन शुरू न हो सके, या जब कोई अनिवार्य नीति (encrypt, verify, secure, DANE) रिमोट सर्टिफ़िकेट को अविश्वसनीय या बेमेल पाए। यह उन S/MIME या PGP गेटवे से भी आता है जो प्राप्तकर्ता की की खोज या इस्तेमाल नहीं कर पाते।</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>अपने सर्वर पर TLS देरी के लिए, प्रेषक का एडमिन पहले पता करता है कि गलती किस ओर की है। रिमोट सर्वर पर एक्सपायर, self-signed या गलत नाम वाला सर्टिफ़िकेट प्राप्तकर्ता के एडमिन को ठीक करना है; भेजने वाली ओर पुराना CA बंडल, बहुत सख्त प्रति-गंतव्य नीति या पुरानी TLS लाइब्रेरी प्रेषक के एडमिन को। एन्क्रिप्शन गेटवे की विफलता के लिए, प्रेषक का एडमिन पक्का करता है कि गेटवे के पास प्राप्तकर्ता का मान्य, बिना एक्सपायर हुआ सर्टिफ़िकेट या की है।</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>सत्यापन माँगने वाली भेजने की नीति के तहत, रिमोट सर्वर का सर्टिफ़िकेट एक्सपायर, self-signed या किसी दूसरे नाम के लिए जारी है।</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS हैंडशेक पूरी तरह विफल होता है: कोई साझा प्रोटोकॉल संस्करण या cipher नहीं, या सर्वर पर टूटा TLS सेटअप।</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>भेजने वाले सर्वर का अपना TLS इंजन शुरू नहीं हो पाता (गायब CA फ़ाइल, न पढ़ी जा सकने वाली की, टूटी लाइब्रेरी)।</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>कोई DANE TLSA रिकॉर्ड या MTA-STS नीति सर्वर द्वारा दिखाए गए सर्टिफ़िकेट से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>किसी एन्क्रिप्शन गेटवे के पास प्राप्तकर्ता की कोई मान्य public key या सर्टिफ़िकेट नहीं है।</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Postfix प्रेषक पर TLS से जुड़ी देरी खोजें और ब्रैकेट में दिया कारण पढ़ें।</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>रिमोट सर्वर द्वारा दिखाई गई सर्टिफ़िकेट श्रृंखला, वैधता तिथियाँ और नाम देखें।</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>अगर डोमेन DANE का उपयोग करता है, तो उसके TLSA रिकॉर्ड की तुलना उस सर्टिफ़िकेट से करें।</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>भेजने वाला Postfix सर्वर जो TLS नीति लागू करता है, उसे दिखाएँ।</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 क्यू में रहता है और बैकऑफ़ के साथ उसका पुनः प्रयास होता है, लेकिन सर्टिफ़िकेट, की या नीति ठीक होने तक वह विफल होता रहता है, इसलिए क्यू अवधि खत्म होने से पहले उसे ठीक करें। 5.7.5 का बिना बदलाव के पुनः प्रयास न करें।</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>क्रिप्टोग्राफ़िक एल्गोरिदम सपोर्टेड नहीं</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>असमर्थित cipher</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>संदेश को डिक्रिप्ट या सत्यापित करने के लिए अधिकृत सिस्टम ऐसा नहीं कर सका, क्योंकि संदेश ऐसे एल्गोरिदम का उपयोग करता है जिसे वह लागू नहीं करता, जैसे ऐसा cipher या सिग्नेचर स्कीम जो किसी एन्क्रिप्शन गेटवे में नहीं है। 4.7.6 का अर्थ है कि स्थिति बदल सकती है, उदाहरण के लिए सॉफ़्टवेयर अपग्रेड के बाद; 5.7.6 का अर्थ है कि भेजा गया संदेश संभाला नहीं जाएगा।</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>लाइव SMTP रिप्लाई में कम ही। यह उन S/MIME या OpenPGP गेटवे के बाउंस में दिखता है जिन्हें ऐसा एन्क्रिप्शन या सिग्नेचर एल्गोरिदम मिला जिसे वे सपोर्ट नहीं करते: कोई पुराना cipher जिसे बंद कर दिया गया है, या कोई नया की प्रकार जिसे पुराना गेटवे नहीं जानता। मेल सर्वरों के बीच विफल TLS नेगोशिएशन सामान्य रूप से दूसरे कोड से बताया जाता है (Postfix इसे 4.7.5 के रूप में दर्ज करता है)।</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>प्रेषक, या केंद्रीय गेटवे के मामले में प्रेषक का एडमिन, ऐसे एल्गोरिदम से एन्क्रिप्ट या साइन करता है जिसे दोनों पक्ष सपोर्ट करते हों: S/MIME के लिए, प्राप्तकर्ता के सर्टिफ़िकेट की capabilities में सूचीबद्ध एल्गोरिदम के साथ AES; OpenPGP के लिए, प्राप्तकर्ता की की की preferences में दिए एल्गोरिदम। अगर प्राप्तकर्ता का गेटवे पुराना है, तो प्राप्तकर्ता के एडमिन को उसे अपग्रेड करना चाहिए।</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>संदेश ऐसे cipher से एन्क्रिप्ट है जिसे प्राप्त करने वाले गेटवे ने बंद कर रखा है, जैसे पुराने S/MIME क्लाइंट का 3DES या RC2।</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>सिग्नेचर ऐसे एल्गोरिदम का उपयोग करता है जिसे सत्यापित करने वाला गेटवे लागू नहीं करता, उदाहरण के लिए पुराने सिस्टम पर elliptic-curve की।</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>कोई OpenPGP संदेश ऐसे नए की या पैकेट फ़ॉर्मैट का उपयोग करता है जिसे पुराना गेटवे पार्स नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>सहेजे गए S/MIME संदेश की संरचना छापें, ताकि दिखे कि वह कौन-से एन्क्रिप्शन और सिग्नेचर एल्गोरिदम इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>OpenPGP संदेश के लिए, इस्तेमाल हुए एल्गोरिदम देखने के लिए उसके पैकेट सूचीबद्ध करें।</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>बाउंस का Diagnostic-Code पढ़ें, ताकि पता चले कि किस गेटवे ने संदेश अस्वीकार किया और क्यों।</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 का क्यू से पुनः प्रयास हो सकता है, लेकिन इससे तभी मदद मिलती है जब इस बीच प्राप्त करने वाली ओर अपग्रेड हो जाए। 5.7.6 के बाद, संदेश को सपोर्ट किए गए एल्गोरिदम से एन्क्रिप्ट या साइन करने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>संदेश की अखंडता विफल</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>सिग्नेचर मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>संदेश की अखंडता जाँचने के लिए अधिकृत सिस्टम ने पाया कि रास्ते में संदेश बदल गया या खराब हो गया, उदाहरण के लिए ऐसा सिग्नेचर जो अब सामग्री से मेल नहीं खाता। 5.7.7 संदेश अस्वीकार करता है और 4.7.7 समस्या को अस्थायी बताता है; डिलीवरी रिपोर्ट में 2.7.7 का अर्थ है कि संदेश डिलीवर हो गया लेकिन अखंडता की समस्या दर्ज की गई।</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>SMTP रिप्लाई में दुर्लभ; ज़्यादातर उन गेटवे की डिलीवरी रिपोर्ट में जो S/MIME या OpenPGP सिग्नेचर सत्यापित करते हैं, या उन सिस्टम से जो ट्रांसफ़र के बाद संदेश जाँचते हैं। आम दोषी वे सिस्टम हैं जो रास्ते में मेल बदलते हैं: लिस्ट सर्वर या गेटवे द्वारा जोड़े गए फ़ुटर, बदले हुए line endings, फिर से एन्कोड किए अटैचमेंट, या quoted-printable में बदली गई 8-bit सामग्री।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>प्रेषक का एडमिन पता लगाता है कि साइन होने के बाद संदेश कहाँ बदलता है: कोई disclaimer या फ़ुटर टूल, मेलिंग लिस्ट, एंटीवायरस गेटवे या transfer-encoding रूपांतरण। या तो उन बदलावों के बाद साइन करें या बीच वाले सिस्टम को साइन किए संदेश बदलने से रोकें। प्राप्तकर्ता का एडमिन जाँचता है कि कहीं उसका अपना इनबाउंड गेटवे अखंडता जाँच चलने से पहले संदेश तो नहीं बदलता।</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>संदेश साइन होने के बाद कोई फ़ुटर, disclaimer या बैनर जोड़ा गया।</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>किसी रिले ने 8-bit सामग्री बदली या line endings बदले, जिससे बॉडी को कवर करने वाला सिग्नेचर टूट गया।</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>किसी एंटीवायरस या data-loss-prevention गेटवे ने कोई अटैचमेंट बदल दिया या हटा दिया।</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>ट्रांसफ़र के दौरान संदेश कट गया या खराब हो गया।</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>सहेजी गई कॉपी का S/MIME सिग्नेचर सर्टिफ़िकेट श्रृंखला जाँचे बिना सत्यापित करें, ताकि पता चले कि सामग्री अब भी मेल खाती है या नहीं।</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>सहेजे गए संदेश भाग पर OpenPGP सिग्नेचर सत्यापित करें।</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>संदेश बदलने वाला हॉप खोजने के लिए भेजी गई कॉपी और प्राप्त कॉपी के Received हेडर की तुलना करें।</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>5.7.7 के बाद उसी रास्ते से दोबारा न भेजें, क्योंकि वही बदलाव संदेश को फिर तोड़ देगा। 4.7.7 का बाद में पुनः प्रयास किया जा सकता है। 2.7.7 में पुनः प्रयास की ज़रूरत नहीं; संदेश डिलीवर हो गया।</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>ऑथेंटिकेशन क्रेडेंशियल अमान्य</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>गलत पासवर्ड</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>लॉगिन फ़ेल</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>ऑथेंटिकेशन फ़ेल</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>सर्वर ने वह यूज़रनेम और पासवर्ड (या टोकन) अस्वीकार कर दिया जो क्लाइंट ने AUTH के साथ भेजा। उस लॉगिन के लिए यह स्थायी विफलता है: क्लाइंट को केवल फिर से कोशिश नहीं, बल्कि अलग क्रेडेंशियल देने होंगे। RFC 4954 इसे 535 के साथ जोड़ता है; रजिस्ट्री BURL एक्सटेंशन में इसके पहले के उपयोग के कारण 554 भी सूचीबद्ध करती है, जहाँ अब X.7.14 ने इसकी जगह ले ली है।</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>सबमिशन पोर्ट 587 और 465 पर AUTH के समय, क्लाइंट के क्रेडेंशियल भेजते ही। Dovecot या Cyrus SASL वाला Postfix 535 5.7.8 Error: authentication failed (ऑथेंटिकेशन विफल) लौटाता है, और Gmail का smtp.gmail.com 535 5.7.8 Username and Password not accepted लौटाता है। प्रिंटर, स्कैनर, वेबसाइट के कॉन्टैक्ट फ़ॉर्म और बैकअप टूल अक्सर पासवर्ड बदलने के बाद इससे टकराते हैं।</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>उपयोगकर्ता, या क्लाइंट सॉफ़्टवेयर का मालिक, यूज़रनेम (आमतौर पर पूरा ईमेल पता) और पासवर्ड जाँचता है, और उन्हें सहेजने वाले हर डिवाइस या एप्लिकेशन को अपडेट करता है। Gmail और टू-स्टेप वेरिफ़िकेशन वाले दूसरे प्रोवाइडर के लिए, ऐप पासवर्ड बनाएँ या एप्लिकेशन को OAuth पर ले जाएँ। अगर क्रेडेंशियल पक्के तौर पर सही हैं, तो सर्वर का एडमिन ऑथेंटिकेशन बैकएंड, अपेक्षित लॉगिन नाम का फ़ॉर्मैट, और अकाउंट लॉक है या नहीं, यह जाँचता है।</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>क्लाइंट में गलत या पुराना पासवर्ड सहेजा है, अक्सर पासवर्ड बदलने या एक्सपायर होने के बाद।</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>यूज़रनेम वह नहीं है जो सर्वर अपेक्षित करता है, उदाहरण के लिए पूरे पते के बजाय केवल लोकल हिस्सा।</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>अकाउंट पर टू-स्टेप वेरिफ़िकेशन है और क्लाइंट ऐप पासवर्ड या OAuth टोकन के बजाय सामान्य पासवर्ड भेजता है।</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>पासवर्ड के विशेष अक्षर एप्लिकेशन की कॉन्फ़िगरेशन फ़ाइल या उसकी एन्कोडिंग में बिगड़ जाते हैं।</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>सर्वर का ऑथेंटिकेशन बैकएंड उपयोगकर्ता को गलत realm या डेटाबेस में खोजता है।</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>लॉगिन हाथ से टेस्ट करें और AUTH पर सर्वर का रिप्लाई पढ़ें।</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Postfix सर्वर पर विफल SASL लॉगिन और उनके पीछे के क्लाइंट पतों की सूची बनाएँ।</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Dovecot-आधारित सर्वर पर, वही क्रेडेंशियल सीधे ऑथेंटिकेशन सेवा पर टेस्ट करें।</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>एप्लिकेशन में एन्कोडिंग की समस्याओं की संभावना खत्म करने के लिए AUTH PLAIN स्ट्रिंग खुद बनाएँ (साझा मशीनों पर असली नहीं, टेस्ट पासवर्ड इस्तेमाल करें)।</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>उन्हीं क्रेडेंशियल से पुनः प्रयास न करें: बार-बार की विफलताओं से अकाउंट लॉक हो सकता है या fail2ban जैसे टूल क्लाइंट IP को बैन कर सकते हैं। यूज़रनेम या पासवर्ड सुधरने के बाद ही फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com लॉगिन अस्वीकार करता है: गलत पता या पासवर्ड, या किसी एप्लिकेशन ने ऐसे अकाउंट के लिए सामान्य Google पासवर्ड भेजा जिसे ऐप पासवर्ड या OAuth चाहिए।</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>ऑथेंटिकेशन मैकेनिज़्म बहुत कमज़ोर है</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>टू-फ़ैक्टर ऑथेंटिकेशन</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>सर्वर क्लाइंट द्वारा चुना गया ऑथेंटिकेशन मैकेनिज़्म अस्वीकार करता है क्योंकि उसकी नीति इस उपयोगकर्ता के लिए ज़्यादा मज़बूत मैकेनिज़्म माँगती है, उदाहरण के लिए जब सादे पासवर्ड वाला लॉगिन पर्याप्त न हो। यह उस AUTH प्रयास की स्थायी विफलता है, और क्लाइंट को किसी दूसरे मैकेनिज़्म या क्रेडेंशियल के साथ फिर कोशिश करनी चाहिए।</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>सबमिशन पोर्ट पर AUTH के समय, 534 5.7.9 (RFC 4954) के रूप में। जब टू-स्टेप वेरिफ़िकेशन वाला अकाउंट अपने सामान्य पासवर्ड से लॉग इन करता है, तो Gmail 534 5.7.9 Application-specific password required भेजता है। Yahoo और AOL अपने इनबाउंड सर्वरों पर 5.7.9 का उपयोग एक असंबंधित तरीके से करते हैं, DATA के अंत पर बिना ऑथेंटिकेशन वाले या नीति से अस्वीकृत मेल के लिए।</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>असली 534 5.7.9 के लिए, क्लाइंट सॉफ़्टवेयर को ज़्यादा मज़बूत मैकेनिज़्म या क्रेडेंशियल इस्तेमाल करना होगा: Gmail के लिए ऐप पासवर्ड या OAuth (XOAUTH2, OAUTHBEARER), या ऐसा मैकेनिज़्म जिसकी सर्वर उस अकाउंट के लिए अनुमति देता है। Yahoo के 550 5.7.9 के लिए, प्रेषक का एडमिन मेल को ऑथेंटिकेट करवाता है: एनवेलप डोमेन के लिए भेजने वाले सर्वर को कवर करने वाला SPF रिकॉर्ड और From डोमेन के लिए DKIM सिग्नेचर, साथ में बल्क प्रेषकों के लिए DMARC रिकॉर्ड।</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>टू-स्टेप वेरिफ़िकेशन वाले Gmail या Google Workspace अकाउंट तक ऐप पासवर्ड के बजाय अकाउंट पासवर्ड से पहुँचा गया।</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>सर्वर नीति अकाउंट के लिए केवल OAuth या चैलेंज-रिस्पॉन्स मैकेनिज़्म की अनुमति देती है, और क्लाइंट ने PLAIN या LOGIN इस्तेमाल किया।</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo या AOL इनबाउंड: संदेश न SPF पास कर सका, न DKIM (5.7.9 का Yahoo का अपना उपयोग)।</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo इनबाउंड: संदेश सामग्री या प्रेषक नीति के किसी कारण से अस्वीकार हुआ, जिसे 554 5.7.9 के रूप में बताया गया।</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>STARTTLS के बाद EHLO रिप्लाई की AUTH पंक्ति देखें कि OAuth मैकेनिज़्म (XOAUTH2, OAUTHBEARER) उपलब्ध हैं या नहीं।</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo की अस्वीकृति के लिए, जाँचें कि एनवेलप प्रेषक का डोमेन SPF प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo की अस्वीकृति के लिए, जाँचें कि संदेश के DKIM-Signature हेडर (s=) में नामित selector के लिए DKIM की मौजूद है।</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>वही AUTH न दोहराएँ; ज़्यादा मज़बूत मैकेनिज़्म, ऐप पासवर्ड या OAuth पर जाएँ। Yahoo के 550 5.7.9 के लिए, जब तक संदेश SPF या DKIM पास न करे, दोबारा न भेजें, पुनः प्रयास न करें।</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com ऐप पासवर्ड या OAuth चाहता है क्योंकि Google अकाउंट पर टू-स्टेप वेरिफ़िकेशन है; सामान्य अकाउंट पासवर्ड अस्वीकार होता है।</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo के इनबाउंड सर्वर ऐसा मेल अस्वीकार करते हैं जो न SPF पास करे, न DKIM। यह Yahoo का अपना अर्थ है, रजिस्ट्री के “मैकेनिज़्म बहुत कमज़ोर” से असंबंधित, जो SMTP AUTH से जुड़ा है।</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>DATA के अंत पर Yahoo की स्थायी नीति अस्वीकृति, सामग्री या प्रेषक से जुड़े ऐसे कारणों से जिन्हें वह रिप्लाई में स्पष्ट नहीं करता।</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>एन्क्रिप्शन आवश्यक</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>सर्वर अनुरोधित ऑथेंटिकेशन मैकेनिज़्म को बिना एन्क्रिप्शन वाले कनेक्शन पर स्वीकार नहीं करेगा: पहले एक बाहरी एन्क्रिप्शन लेयर, व्यवहार में TLS, होनी चाहिए। उस प्रयास के लिए यह स्थायी है; क्लाइंट को TLS शुरू करके फिर से ऑथेंटिकेट करना चाहिए, या ज़्यादा मज़बूत मैकेनिज़्म इस्तेमाल करना चाहिए। रजिस्ट्री इसे 523 के साथ जोड़ती है, जो ऐसा रिप्लाई कोड है जो और कहीं परिभाषित नहीं है।</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>AUTH पर, जब कोई क्लाइंट STARTTLS से पहले clear-text मैकेनिज़्म (PLAIN, LOGIN) आज़माता है। 523 5.7.10 असल में दुर्लभ है, क्योंकि ज़्यादातर सर्वर TLS सक्रिय होने तक AUTH घोषित ही नहीं करते, या इसके बजाय 530 5.7.0 या 538 5.7.11 देते हैं। Gmail 5.7.10 का उपयोग अपने एक TLS नियम के लिए करता है: STARTTLS के पीछे पाइपलाइन किए गए कमांड।</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर को पोर्ट 587 पर STARTTLS (या पोर्ट 465 पर SSL/TLS) इस्तेमाल करना होगा और TLS चालू होने के बाद ही ऑथेंटिकेट करना होगा। Gmail के रिप्लाई के मामले में, क्लाइंट या उसकी मेल लाइब्रेरी STARTTLS वाली ही खेप में और कमांड भेज रही है; उसे कुछ और भेजने से पहले 220 रिप्लाई का इंतज़ार करना होगा और TLS हैंडशेक पूरा करना होगा, जिसका आमतौर पर अर्थ है लाइब्रेरी या एप्लिकेशन अपडेट करना।</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>क्लाइंट की कनेक्शन सुरक्षा None पर, या “उपलब्ध हो तभी STARTTLS” पर सेट है, और वह clear text में ऑथेंटिकेट करता है।</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>कोई प्रॉक्सी, एंटीवायरस या फ़ायरवॉल EHLO रिप्लाई से STARTTLS हटा देता है, इसलिए क्लाइंट कभी कनेक्शन अपग्रेड नहीं करता।</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>क्लाइंट हैंडशेक का इंतज़ार करने के बजाय STARTTLS के ठीक पीछे EHLO या AUTH पाइपलाइन करता है (Gmail का उपयोग)।</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>सादे कनेक्शन पर EHLO रिप्लाई देखें: STARTTLS सूचीबद्ध होना चाहिए, और पासवर्ड मैकेनिज़्म अभी बेहतर है कि नहीं।</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>पुष्टि करने के लिए कि सुधरा हुआ सेटअप काम करता है, STARTTLS पूरा करें और फिर AUTH PLAIN करें।</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>मेल क्लाइंट की अकाउंट सेटिंग में पक्का करें कि आउटगोइंग कनेक्शन सुरक्षा STARTTLS या SSL/TLS है, कभी None नहीं।</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>वही clear-text AUTH दोबारा न भेजें। फिर से कनेक्ट करें, STARTTLS पूरा करें और फिर ऑथेंटिकेट करें; क्यू से किसी चीज़ का पुनः प्रयास नहीं करना है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmail का अपना उपयोग: क्लाइंट ने STARTTLS वाली ही खेप में और कमांड भेजे। TLS सत्र में कमांड इंजेक्शन रोकने के लिए Gmail इसे अस्वीकार करता है; क्लाइंट को हैंडशेक का इंतज़ार करना होगा। Gmail के त्रुटि संदर्भ में यह रिप्लाई कोड 523 के साथ सूचीबद्ध है।</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>अनुरोधित ऑथेंटिकेशन मैकेनिज़्म के लिए एन्क्रिप्शन आवश्यक</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>चुना गया ऑथेंटिकेशन मैकेनिज़्म केवल एन्क्रिप्टेड कनेक्शन पर इस्तेमाल किया जा सकता है, और यह कनेक्शन एन्क्रिप्टेड नहीं है। RFC 4954 इसे 538 5.7.11 के रूप में परिभाषित करता है और कहता है कि यह मुख्य रूप से इतिहास के कारण बचा है: आधुनिक सर्वरों को ऐसे मैकेनिज़्म TLS सक्रिय होने से पहले घोषित नहीं करने चाहिए। रजिस्ट्री इसे 524 के साथ भी जोड़ती है।</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>सादे कनेक्शन पर AUTH के समय, पुराने या ढीले सर्वरों के साथ जो STARTTLS से पहले PLAIN या LOGIN सूचीबद्ध करते हैं लेकिन उसके बिना उनका उपयोग करने से मना करते हैं। Gmail एक असंबंधित गलती के लिए 501 5.7.11 भेजता है: पैरामीटर के साथ भेजा गया STARTTLS कमांड।</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर को ऑथेंटिकेट करने से पहले TLS शुरू करना होगा: अकाउंट सेटिंग में पोर्ट 587 पर STARTTLS या पोर्ट 465 पर SSL/TLS। सर्वर का एडमिन पासवर्ड मैकेनिज़्म केवल STARTTLS के बाद घोषित करके इस जाल से बच सकता है (Postfix में smtpd_tls_auth_only = yes)। Gmail के 501 5.7.11 के लिए, क्लाइंट को बिना आर्ग्युमेंट के STARTTLS भेजना होगा।</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>क्लाइंट ने STARTTLS से पहले ऑथेंटिकेट किया क्योंकि सर्वर ने सादे कनेक्शन पर AUTH मैकेनिज़्म सूचीबद्ध किए।</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>क्लाइंट में कनेक्शन सुरक्षा None पर सेट है, जबकि सर्वर पासवर्ड लॉगिन केवल TLS पर अनुमति देता है।</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>कोई क्लाइंट या स्क्रिप्ट आर्ग्युमेंट के साथ STARTTLS भेजती है, जिसे RFC 3207 मना करता है (Gmail 501 5.7.11 लौटाता है)।</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>STARTTLS के साथ कनेक्ट करें, हाथ से EHLO भेजें और AUTH पंक्ति की तुलना सादे कनेक्शन वाली पंक्ति से करें।</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Postfix सर्वर पर जाँचें कि AUTH केवल TLS सत्रों के अंदर उपलब्ध है या नहीं।</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Dovecot 2.3 बैकएंड पर जाँचें कि बिना TLS के clear-text लॉगिन अस्वीकार होते हैं या नहीं और कौन-से मैकेनिज़्म चालू हैं।</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>क्यू में रखने को कुछ नहीं: फिर से कनेक्ट करें, TLS शुरू करें और AUTH दोहराएँ। बिना एन्क्रिप्शन के पुनः प्रयास करने पर वही इनकार मिलता है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>जब कोई क्लाइंट आर्ग्युमेंट के साथ STARTTLS भेजता है, तो Gmail का रिप्लाई; रजिस्ट्री वाला अर्थ, किसी AUTH मैकेनिज़्म के लिए एन्क्रिप्शन आवश्यक, यहाँ लागू नहीं होता।</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>पासवर्ड ट्रांज़िशन आवश्यक है</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>सर्वर चाहता है कि उपयोगकर्ता एक बार PLAIN मैकेनिज़्म से (सामान्यतः TLS पर) लॉग इन करे, ताकि वह पासवर्ड को उस रूप में सहेज सके जो अनुरोधित मैकेनिज़्म को चाहिए; उसके बाद के सत्रों में अनुरोधित मैकेनिज़्म काम करना चाहिए। यह हमेशा केवल अस्थायी स्थिति (4.7.12) होती है; RFC 4954 इसे 432 के साथ जोड़ता है, और रजिस्ट्री 422 भी सूचीबद्ध करती है।</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>AUTH पर, जब कोई क्लाइंट चैलेंज-रिस्पॉन्स मैकेनिज़्म (CRAM-MD5, DIGEST-MD5, SCRAM) माँगता है और सर्वर के पास अभी पासवर्ड उस रूप में नहीं है जो उस मैकेनिज़्म को चाहिए, आमतौर पर माइग्रेशन या पासवर्ड स्टोरेज स्कीम बदलने के बाद। व्यवहार में दुर्लभ, क्योंकि ज़्यादातर क्लाइंट और सर्वर बस TLS पर PLAIN का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>क्लाइंट सॉफ़्टवेयर (या उपयोगकर्ता) एन्क्रिप्टेड कनेक्शन पर PLAIN से एक बार ऑथेंटिकेट करता है, फिर पसंदीदा मैकेनिज़्म पर लौटता है। अगर क्लाइंट ऐसा नहीं कर सकता, तो उसे हमेशा के लिए TLS पर PLAIN या LOGIN पर सेट करें। सर्वर का एडमिन जाँचता है कि पासवर्ड डेटाबेस ऐसी स्कीम में सहेजता है जिसका उपयोग घोषित मैकेनिज़्म कर सकें, और ऐसे मैकेनिज़्म घोषित करना बंद करता है जो काम नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>पासवर्ड माइग्रेट या फिर से हैश किए गए, और सर्वर के पास CRAM-MD5, DIGEST-MD5 या SCRAM के लिए ज़रूरी secret नहीं है।</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>क्लाइंट किसी चैलेंज-रिस्पॉन्स मैकेनिज़्म पर अटका है और बदलाव के बाद से उसने PLAIN से लॉग इन नहीं किया।</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>सर्वर ऐसे मैकेनिज़्म घोषित करता है जिन्हें उसका मौजूदा पासवर्ड स्टोरेज सपोर्ट नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>ट्रांज़िशन पूरा करने के लिए implicit TLS पर PLAIN से एक बार लॉग इन करें।</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Dovecot सर्वर पर उपयोगकर्ता की पासवर्ड एंट्री देखें कि वह किस स्कीम में सहेजी गई है।</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>STARTTLS के बाद सर्वर के EHLO रिप्लाई में दिए मैकेनिज़्म की तुलना उस मैकेनिज़्म से करें जिस पर क्लाइंट अटका है।</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>यह क्यू वाला पुनः प्रयास नहीं है: TLS पर PLAIN से एक बार ऑथेंटिकेट करें, फिर मूल मैकेनिज़्म दोबारा इस्तेमाल करें। PLAIN वाले कदम के बिना वह मैकेनिज़्म दोहराने पर फिर 4.7.12 मिलता है।</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>उपयोगकर्ता अकाउंट निष्क्रिय</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>अकाउंट लॉक</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>क्रेडेंशियल सही थे, लेकिन अकाउंट निष्क्रिय कर दिया गया है, इसलिए सर्वर उसे भेजने नहीं देगा। जब तक उपयोगकर्ता एडमिन से संपर्क न करे, यह स्थायी रहता है; गलत-पासवर्ड वाले रिप्लाई के विपरीत, उपयोगकर्ता से पासवर्ड दोबारा टाइप करवाने से मदद नहीं मिलेगी। रजिस्ट्री इसे 525 के साथ जोड़ती है।</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>AUTH पर, क्रेडेंशियल की सफल जाँच के तुरंत बाद, उन सबमिशन सर्वरों पर जो निष्क्रिय अकाउंट और गलत पासवर्ड में अंतर करते हैं। आम कारण हैं स्पैम भेजने में इस्तेमाल के बाद निलंबित अकाउंट, होस्टिंग के बकाया बिल, और संगठन छोड़ चुके कर्मचारी। कई सर्वर इसका उपयोग नहीं करते और निष्क्रिय अकाउंट के लिए भी 535 5.7.8 देते हैं।</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>उपयोगकर्ता अपने मेल एडमिन या प्रोवाइडर से संपर्क करता है। एडमिन पता करता है कि अकाउंट क्यों निष्क्रिय किया गया (दुरुपयोग की रिपोर्ट, हैकिंग, बिलिंग), कारण दूर करता है (नया पासवर्ड, उपयोगकर्ता के डिवाइस से मालवेयर की सफ़ाई, आउटबाउंड क्यू से स्पैम हटाना) और अकाउंट फिर से सक्रिय करता है। उसके बाद क्लाइंट सॉफ़्टवेयर अपनी मौजूदा सेटिंग से फिर लॉग इन कर सकता है।</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>अकाउंट हैक होने और स्पैम भेजने में इस्तेमाल होने के बाद निलंबित कर दिया गया।</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>होस्टिंग प्लान या मेल सब्सक्रिप्शन भुगतान न होने के कारण निलंबित कर दिया गया।</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>एडमिन ने संगठन छोड़ चुके किसी व्यक्ति का अकाउंट निष्क्रिय कर दिया।</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>बार-बार के विफल लॉगिन या दुरुपयोग की रिपोर्टों से अपने आप लॉक लग गया।</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>उन्हीं क्रेडेंशियल से प्रोवाइडर के वेबमेल या अकाउंट पोर्टल में साइन इन करें; निलंबित अकाउंट पर आमतौर पर वहाँ सूचना दिखती है।</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>हाथ से व्यवहार की पुष्टि करें: निष्क्रिय अकाउंट के साथ पासवर्ड सही होने के बावजूद इनकार आता है।</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Postfix पर एडमिन के रूप में देखें कि इस अकाउंट ने आखिरी बार कब सफलतापूर्वक मेल सबमिट किया।</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>पुनः प्रयास न करें: जब तक कोई एडमिन अकाउंट फिर से सक्रिय न करे, हर प्रयास अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>भरोसे का संबंध आवश्यक</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>कम सुरक्षित ऐप</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>अनुरोधित काम करने से पहले सबमिशन सर्वर को किसी दूसरे सर्वर के साथ कॉन्फ़िगर किया गया भरोसे का संबंध चाहिए। यह परिभाषा BURL (RFC 4468) से आती है, जहाँ सबमिशन सर्वर उपयोगकर्ता के IMAP सर्वर से URL के ज़रिए संदेश लाता है और ऐसा करने के लिए उसके पास कोई भरोसा सेट नहीं है। यह स्थायी है, और इसने इस मामले के लिए 5.7.8 के पहले वाले उपयोग की जगह ली।</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>BURL सबमिशन में, DATA या BDAT की जगह लेने वाले BURL कमांड के जवाब में, जब सबमिशन सर्वर उस IMAP सर्वर के साथ कॉन्फ़िगर किए गए भरोसे के अभाव में IMAP URLAUTH URL रिज़ॉल्व नहीं कर सकता। कुछ ही क्लाइंट BURL का उपयोग करते हैं, इसलिए यह दुर्लभ है। Gmail AUTH पर 534 5.7.14 का उपयोग एक असंबंधित तरीके से करता है, जब वह चाहता है कि उपयोगकर्ता पहले वेब ब्राउज़र में साइन इन करे।</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>BURL के लिए, सबमिशन सर्वर का एडमिन IMAP सर्वर के साथ भरोसा कॉन्फ़िगर करता है (submit पहचान के लिए URLAUTH एक्सेस और उसे जो भी अधिकार चाहिए), या क्लाइंट सॉफ़्टवेयर वापस DATA या BDAT से संदेश की सामग्री खुद भेजता है। Gmail के 534 5.7.14 के लिए, उपयोगकर्ता ब्राउज़र में Google अकाउंट में साइन इन करता है, कोई भी सुरक्षा जाँच पूरी करता है, और फिर क्लाइंट में ऐप पासवर्ड या OAuth का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>BURL URL में नामित IMAP सर्वर के साथ सबमिशन सर्वर का कोई कॉन्फ़िगर किया गया भरोसा नहीं है।</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URLAUTH URL ऐसी submit पहचान के लिए जारी हुआ था जो सबमिशन सर्वर की पहचान से अलग है।</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmail का उपयोग: Google ने साइन-इन को संदिग्ध मानकर ब्लॉक किया और चाहता है कि उपयोगकर्ता वेब ब्राउज़र में उसकी पुष्टि करे।</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>जाँचें कि सबमिशन सर्वर STARTTLS के बाद अपने EHLO रिप्लाई में BURL सूचीबद्ध करता है या नहीं; अगर नहीं, तो क्लाइंट को BURL का उपयोग बिल्कुल नहीं करना चाहिए।</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>सबमिशन सर्वर के लॉग में BURL कमांड और विफल IMAP fetch खोजें।</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gmail के लिए, उसी नेटवर्क पर ब्राउज़र में Google अकाउंट में साइन इन करें और उसकी हाल की सुरक्षा चेतावनियाँ देखें।</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>वही BURL कमांड न दोहराएँ, जो भरोसे के संबंध के बिना हर बार विफल होता है। सामग्री सीधे DATA या BDAT से भेजें, या भरोसा कॉन्फ़िगर होने पर पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com तब तक लॉगिन अस्वीकार करता है जब तक उपयोगकर्ता ब्राउज़र में Google अकाउंट में साइन इन न करे, आमतौर पर किसी ब्लॉक किए गए संदिग्ध साइन-इन के बाद; इसका BURL भरोसे के संबंधों से कोई लेना-देना नहीं है।</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>प्राथमिकता स्तर बहुत कम है</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>प्राप्त करने वाला सर्वर MT-PRIORITY एक्सटेंशन (RFC 6710) सपोर्ट करता है और क्लाइंट द्वारा MAIL FROM में दी गई प्राथमिकता पर संदेश नहीं लेगा। 4.7.15 के रूप में (आमतौर पर 450 के साथ) इनकार अस्थायी है: सर्वर फ़िलहाल केवल ऊँची प्राथमिकता वाला ट्रैफ़िक ले रहा है, उदाहरण के लिए भीड़ के दौरान। 5.7.15 के रूप में (आमतौर पर 550 के साथ) सर्वर की नीति उस प्राथमिकता स्तर को सीधे अस्वीकार करती है।</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>ऐसे MAIL FROM के जवाब में जिसमें MT-PRIORITY=n पैरामीटर हो (n -9 से 9 तक होता है, 0 सामान्य है)। यह केवल उन नेटवर्क पर मिलता है जो संदेश ट्रांसफ़र प्राथमिकताओं का उपयोग करते हैं, जैसे MT-PRIORITY-aware रिले वाले सैन्य, सरकारी या आपातकालीन सेवा के मैसेजिंग सिस्टम; सामान्य इंटरनेट मेल सर्वर यह एक्सटेंशन घोषित नहीं करते और यह कोड कभी नहीं भेजते।</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>प्रेषक तय करता है। अगर संदेश सच में ज़्यादा ज़रूरी है, तो उसे ऐसे ऊँचे MT-PRIORITY मान के साथ दोबारा भेजें जिसके उपयोग का प्रेषक को अधिकार हो; अगर नहीं, तो उसे इंतज़ार करने दें, क्योंकि प्राप्त करने वाला नेटवर्क जब केवल-ऊँची-प्राथमिकता मोड से बाहर आता है तो 4.7.15 देरी हट जाती है। प्रेषक के एडमिन को पुष्टि करनी चाहिए कि रिले इस क्लाइंट से कौन-सी प्राथमिकता सीमा स्वीकार करता है, क्योंकि सर्वर उन क्लाइंट द्वारा माँगी प्राथमिकता घटा या अस्वीकार कर सकते हैं जो उसके लिए अधिकृत नहीं हैं।</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>प्राप्त करने वाले नेटवर्क में भीड़ है या वह संकट मोड में है और अस्थायी रूप से केवल न्यूनतम प्राथमिकता या उससे ऊपर के संदेश ले रहा है।</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>संदेश कम या ऋणात्मक MT-PRIORITY मान (उदाहरण के लिए -5) के साथ भेजा गया, जिसे प्राप्त करने वाला सर्वर नीति के तहत अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>क्लाइंट माँगी गई प्राथमिकता के लिए अधिकृत नहीं है, इसलिए सर्वर ने उसे ऐसे स्तर पर घटा दिया जिसे वह फिर अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>प्राप्त करने वाले सर्वर का EHLO रिप्लाई पढ़ें: इस कोड का अर्थ तभी बनता है जब MT-PRIORITY (शायद किसी नीति नाम के साथ) सूचीबद्ध हो।</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>भेजने वाले लॉग में देरी या बाउंस खोजें, ताकि पता चले कि कौन-सा प्राप्तकर्ता और कौन-सा प्रयास अस्वीकार हुआ।</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>प्राप्त करने वाले नेटवर्क के एडमिन से पूछें कि वे आपके सिस्टम से कौन-से प्राथमिकता स्तर स्वीकार करते हैं और क्या कोई अस्थायी न्यूनतम लागू है।</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>4.7.15 पर संदेश को क्यू में रखें और बैकऑफ़ के साथ पुनः प्रयास करें; न्यूनतम प्राथमिकता फिर घट सकती है। 5.7.15 पर उसी प्राथमिकता पर पुनः प्रयास न करें: केवल किसी ऊँची, अधिकृत प्राथमिकता के साथ दोबारा भेजें, या बिल्कुल न भेजें।</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>बताई गई प्राथमिकता के लिए संदेश बहुत बड़ा है</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>सर्वर इस MT-PRIORITY स्तर पर केवल एक तय आकार तक के संदेश स्वीकार करता है, और यह संदेश उससे बड़ा है। RFC 6710 सर्वर को प्रति प्राथमिकता साइज़ सीमाएँ तय करने देता है ताकि ज़रूरी ट्रैफ़िक तेज़ रहे; 4.7.16 के रूप में सीमा अस्थायी है (उदाहरण के लिए भीड़ के दौरान), 5.7.16 के रूप में यह स्थायी नीति है। यह सर्वर की सामान्य साइज़ सीमा नहीं है, जिसकी सूचना X.3.4 या X.2.3 से दी जाती है।</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>MAIL FROM के जवाब में, जब क्लाइंट ने MT-PRIORITY और SIZE दोनों घोषित किए, या DATA के अंत के बाद जब असली आकार पता चल जाए; रजिस्ट्री इसे 552 के साथ जोड़ती है। केवल उन रिले पर जो संदेश ट्रांसफ़र प्राथमिकताएँ लागू करते हैं, आमतौर पर बंद सैन्य या आपातकालीन मैसेजिंग नेटवर्क पर।</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>प्रेषक संदेश छोटा करता है (बड़े अटैचमेंट हटाएँ या उनकी जगह लिंक दें) या उसे कम प्राथमिकता पर दोबारा भेजता है, जहाँ बड़े संदेशों की अनुमति है। प्रेषक का एडमिन प्राप्त करने वाली ओर से हर प्राथमिकता स्तर की साइज़ सीमा पूछ सकता है और क्लाइंट को बड़े प्राथमिकता वाले संदेश अपने आप बाँटने या उनकी प्राथमिकता घटाने के लिए कॉन्फ़िगर कर सकता है।</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>कोई बड़ा अटैचमेंट ऐसे ऊँचे प्राथमिकता स्तर पर भेजा गया जिसे प्राप्त करने वाला सर्वर छोटे, ज़रूरी संदेशों के लिए आरक्षित रखता है।</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>प्राप्त करने वाला नेटवर्क घटी क्षमता वाले मोड में चल रहा है और उसने हर प्राथमिकता पर अनुमत आकार अस्थायी रूप से घटा दिया है।</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>MAIL FROM में घोषित SIZE मान प्रति-प्राथमिकता सीमा से ज़्यादा था, हालाँकि वह सर्वर की कुल अधिकतम सीमा से कम है।</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>भेजने वाले लॉग में अस्वीकृत प्रयास खोजें, संदेश के आकार और प्राप्तकर्ता के साथ।</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>प्रति-प्राथमिकता सीमा को सामान्य सीमा से अलग करने के लिए, सर्वर अपने EHLO रिप्लाई की SIZE पंक्ति में जो कुल सीमा घोषित करता है, उससे तुलना करें।</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>प्राप्त करने वाली ओर के एडमिन से हर प्राथमिकता स्तर की साइज़ सीमा पूछें, और यह भी कि यह स्थायी नियम है या अस्थायी प्रतिबंध।</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>4.7.16 पर बैकऑफ़ के साथ बाद में पुनः प्रयास करें, क्योंकि साइज़ की अनुमति वापस आ सकती है। 5.7.16 पर बिना बदलाव के दोबारा न भेजें: पहले आकार घटाएँ या प्राथमिकता कम करें।</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>मेलबॉक्स का मालिक बदल गया है</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>रीसाइकल किया गया ईमेल पता</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>संदेश ने Require-Recipient-Valid-Since (RRVS) सुरक्षा माँगी थी, RFC 7293, और प्राप्त करने वाला सिस्टम जानता है कि प्राप्तकर्ता मेलबॉक्स प्रेषक द्वारा दी गई तारीख से लगातार एक ही मालिक का नहीं रहा। पता बंद करके फिर से जारी किया गया, या किसी और तरह हाथ बदल गया, इसलिए मेल किसी अजनबी को सौंपने के बजाय अस्वीकार किया जाता है। केवल स्थायी विफलता के रूप में इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>RCPT TO के जवाब में, जब क्लाइंट ने RRVS=date-time पैरामीटर इस्तेमाल किया, या DATA के बाद, जब संदेश में इसके बजाय Require-Recipient-Valid-Since (“प्राप्तकर्ता कब से मान्य”) हेडर फ़ील्ड था। प्रेषक आमतौर पर कोई बैंक, दुकान या सोशल नेटवर्क होता है जो बहुत पहले सत्यापित किए गए पते पर मेल कर रहा है, और प्राप्त करने वाला पक्ष ऐसा प्रोवाइडर होता है जो छोड़े गए पतों को रीसाइकल करता है और RRVS लागू करता है।</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>प्रेषक (भेजने वाले एप्लिकेशन का ऑपरेटर) पते को ऐसा चिह्नित करता है कि अब वह ग्राहक का नहीं है, उस पर मेल भेजना बंद करता है, और किसी दूसरे माध्यम से ग्राहक से मौजूदा पता माँगता है। RRVS तारीख हटाकर दोबारा न भेजें: यह जाँच इसीलिए है कि पासवर्ड रीसेट और अकाउंट सूचनाएँ पते के नए मालिक तक न पहुँचें।</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>प्राप्तकर्ता के प्रोवाइडर ने लंबी निष्क्रियता के बाद पुराना अकाउंट बंद कर दिया और बाद में वही पता किसी नए उपयोगकर्ता को दे दिया।</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>रिकॉर्ड में दर्ज पता उसके मौजूदा मालिक के लेने से पहले सत्यापित हुआ था, इसलिए RRVS तारीख मौजूदा स्वामित्व से पहले की है।</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>भेजने वाले सिस्टम ने Require-Recipient-Valid-Since हेडर (या RRVS पैरामीटर) में जो तारीख डाली, उसे खोजें और उसकी तुलना उस समय से करें जब ग्राहक, यानी प्राप्तकर्ता, ने आखिरी बार पते की पुष्टि की थी।</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>कुछ भी संवेदनशील भेजने से पहले, पुष्टि किया हुआ नया पता पाने के लिए ग्राहक से फ़ोन, ऐप सूचना या डाक से संपर्क करें।</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>पुनः प्रयास न करें: स्वामित्व का बदलाव स्थायी है। पते को चिह्नित करें या हटाएँ और केवल नए पुष्टि किए गए पते पर भेजें।</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>डोमेन का मालिक बदल गया है</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Require-Recipient-Valid-Since (RFC 7293) का एक और नतीजा: प्राप्त करने वाला सिस्टम बताता है कि प्रेषक द्वारा दी गई तारीख के बाद से प्राप्तकर्ता के डोमेन का मालिक बदल गया है। उस डोमेन का हर पता अब किसी दूसरे संगठन का हो सकता है, इसलिए संदेश अस्वीकार किया जाता है। केवल स्थायी विफलता के रूप में इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>RRVS पैरामीटर वाले RCPT TO के जवाब में, या हेडर-फ़ील्ड वाले रूप के लिए DATA के बाद, उन प्राप्त करने वाले सिस्टम पर जो अपने होस्ट किए डोमेन के स्वामित्व परिवर्तनों के बारे में जानते हैं। आम मामला: किसी कंपनी का पुराना डोमेन एक्सपायर हुआ और किसी और ने उसे पंजीकृत कर लिया, जो अब उसका मेल चलाता है।</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>प्रेषक उस डोमेन के हर पते को इस ग्राहक के लिए पुराना मानता है, भेजना बंद करता है, और ग्राहक से नया पता लेता है। प्रेषक का एडमिन डेटाबेस से पते हटाने से पहले बदलाव की पुष्टि के लिए डोमेन का पंजीकरण और मेल रूटिंग देख सकता है।</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>डोमेन की अवधि खत्म हुई और किसी नए मालिक ने उसे पंजीकृत कर लिया, जो अब उसका मेल चलाता है।</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>डोमेन का मालिक संगठन बिक गया, विलय हो गया या उसका नाम बदल गया, और डोमेन किसी दूसरे पक्ष के पास चला गया।</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>डोमेन का मौजूदा पंजीकरण डेटा और नेम सर्वर पढ़ें, ताकि पता चले कि हाल में बदलाव हुआ या नहीं।</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>देखें कि डोमेन का मेल अब कहाँ जाता है; रिकॉर्ड वाले प्रोवाइडर से अलग प्रोवाइडर स्वामित्व बदलने का समर्थन करता है।</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>पुनः प्रयास न करें: प्राप्त करने वाला पक्ष जानबूझकर उस डोमेन के लिए यह संदेश अस्वीकार करता है। केवल नए पुष्टि किए गए पते पर, आमतौर पर किसी दूसरे डोमेन पर, दोबारा भेजें।</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>RRVS टेस्ट पूरा नहीं हो सकता</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>प्रेषक ने Require-Recipient-Valid-Since जाँच (RFC 7293) माँगी थी, लेकिन प्राप्त करने वाला सिस्टम यह नहीं बता सकता कि उस तारीख से प्राप्तकर्ता मेलबॉक्स का एक ही मालिक रहा है या नहीं, क्योंकि उसने ज़रूरी टाइमस्टैम्प दर्ज नहीं किया। अंदाज़ा लगाने के बजाय वह संदेश अस्वीकार करता है और निर्णय प्रेषक पर छोड़ता है। केवल स्थायी विफलता के रूप में इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>RCPT TO के जवाब में (RRVS पैरामीटर) या DATA के बाद (हेडर फ़ील्ड), आमतौर पर तब जब RRVS तारीख प्राप्त करने वाले प्रोवाइडर द्वारा रखे गए अकाउंट इतिहास से पुरानी हो। केवल RFC 7293 लागू करने वाले प्राप्तकर्ता इसे भेजते हैं, इसलिए यह दुर्लभ है।</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>प्रेषक तय करता है कि संदेश बिना सुरक्षा के डिलीवर करना सुरक्षित है या नहीं। न्यूज़लेटर के लिए RRVS पैरामीटर या हेडर फ़ील्ड के बिना दोबारा भेजना उचित है; पासवर्ड रीसेट या अकाउंट सूचना के लिए, पहले ग्राहक से पते की पुष्टि करें और फिर हाल की RRVS तारीख के साथ दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>RRVS तारीख प्राप्त करने वाले सिस्टम द्वारा रखे गए अकाउंट इतिहास से पुरानी है।</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>प्राप्त करने वाले सिस्टम ने इस मेलबॉक्स के बनने की तारीख कभी दर्ज नहीं की, या खो दी, उदाहरण के लिए प्लेटफ़ॉर्म के बीच अकाउंट माइग्रेट करने के बाद।</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>भेजने वाले एप्लिकेशन ने RRVS के लिए कौन-सी तारीख इस्तेमाल की, यह जाँचें (सामान्यतः जब ग्राहक ने आखिरी बार पते की पुष्टि की थी); बहुत पुरानी तारीख से यह नतीजा आने की संभावना बढ़ जाती है।</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>देखें कि प्राप्त करने वाला सर्वर अपने EHLO रिप्लाई में RRVS घोषित करता है या नहीं, जिससे पता चलता है कि पैरामीटर वाले रूप का मूल्यांकन हुआ या केवल हेडर वाले रूप का।</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>उसी RRVS तारीख के साथ पुनः प्रयास न करें। या तो RRVS सुरक्षा के बिना दोबारा भेजें, अगर प्रेषक वह जोखिम स्वीकार करता है, या पते की पुष्टि करके नई तारीख के साथ भेजें।</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>पास होने वाला कोई DKIM सिग्नेचर नहीं मिला</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>DKIM फ़ेल</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>बिना साइन किया ईमेल</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>प्राप्त करने वाला पक्ष मान्य DKIM सिग्नेचर माँगता है और उसे ऐसा कोई नहीं मिला जो सत्यापित हो: संदेश बिल्कुल साइन नहीं था, या उस पर लगा हर सिग्नेचर विफल रहा। RFC 7372 यह कोड इसलिए परिभाषित करता है ताकि प्राप्तकर्ता सामान्य 5.7.1 के बजाय ठीक यही कह सकें। यह स्थायी अस्वीकृति है।</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>DATA के अंतिम डॉट के बाद, जब प्राप्त करने वाला पक्ष सिग्नेचर जाँच चुका हो। कुछ या सभी प्रेषकों से DKIM माँगने के लिए सेट किए गए गेटवे और MTA इसे भेजते हैं, उदाहरण के लिए ऐसा नियम कि किसी बैंक से, या प्राप्तकर्ता के अपने डोमेन से आने का दावा करने वाले मेल पर अच्छा सिग्नेचर होना चाहिए।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>प्रेषक के एडमिन को संदेश पर सत्यापित होने वाला सिग्नेचर लगवाना होगा: संदेश भेजने वाले सर्वर या सेवा में DKIM साइनिंग चालू करें, selector के तहत मेल खाती public key प्रकाशित करें, और पक्का करें कि साइन करने वाले के बाद कुछ भी (disclaimer फ़ुटर, लिंक rewriting, लिस्ट सॉफ़्टवेयर) साइन किए गए हेडर या बॉडी को न बदले। दोबारा भेजने से पहले टेस्ट संदेश से सत्यापित करें।</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>सर्वर या भेजने वाली सेवा पर DKIM साइनिंग कभी चालू नहीं की गई, इसलिए संदेश पर कोई सिग्नेचर नहीं था।</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>किसी गेटवे, disclaimer टूल या एंटीवायरस स्कैनर ने साइन होने के बाद बॉडी बदल दी, इसलिए body hash अब मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>selector की public key DNS में नहीं है, पेस्ट करते समय कट गई, या तब हटा दी गई जब मेल अब भी उससे साइन हो रहा था।</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>भेजे गए संदेश के DKIM-Signature हेडर से d= और s= लें और वह की प्राप्त करें; खाली जवाब का अर्थ है कि की गायब है।</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>संदेश की सहेजी गई कॉपी को ठीक उसी रूप में सत्यापित करें जैसी वह आपके आखिरी सर्वर से निकली थी (python3-dkim में dkimverify होता है)।</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>अपने नियंत्रण वाले मेलबॉक्स पर टेस्ट भेजें और प्राप्त करने वाले पक्ष द्वारा जोड़े गए Authentication-Results (ऑथेंटिकेशन नतीजे) हेडर में dkim=pass देखें।</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें: वही बिना साइन किया या टूटा संदेश उसी तरह विफल होता है। साइनिंग काम करने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>स्वीकार्य कोई DKIM सिग्नेचर नहीं मिला</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>कमज़ोर DKIM की</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>कम से कम एक DKIM सिग्नेचर सत्यापित हुआ, लेकिन प्राप्त करने वाले पक्ष की नीति उनमें से किसी को स्वीकार नहीं करती। आम कारण हैं अनपेक्षित डोमेन का सिग्नेचर, कमज़ोर की या एल्गोरिदम, या ऐसा सिग्नेचर जो उन हेडर को छोड़ देता है जिन पर प्राप्त करने वाला पक्ष ज़ोर देता है। स्थायी; X.7.22 ज़्यादा सीमित मामला है जहाँ समस्या खास तौर पर लेखक के डोमेन की है।</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>DATA के अंत पर, उन प्राप्तकर्ताओं पर जिनकी DKIM नीति केवल pass या fail से आगे जाती है। अक्सर तब, जब कोई प्रेषक ऐसी नई ईमेल सेवा पर जाता है जो अपने डोमेन से साइन करती है, या उन सिस्टम पर जो RFC 8301 का पालन करते हैं और अब rsa-sha1 सिग्नेचर या 1024 bit से छोटी RSA की स्वीकार नहीं करते।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>प्रेषक का एडमिन पढ़ता है कि सिग्नेचर में क्या है और उसे ठीक करता है: संगठन के अपने डोमेन से साइन करें, 2048-bit की के साथ rsa-sha256 इस्तेमाल करें (साथ में ed25519 सिग्नेचर जोड़ा जा सकता है), और संदेश के कम से कम From, To, Subject, Date और Message-ID हेडर साइन करें। अगर प्राप्त करने वाला पक्ष किसी खास डोमेन से सिग्नेचर चाहता है, तो उसके एडमिन से पूछें कि कौन-सा।</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>पास होने वाला एकमात्र सिग्नेचर ईमेल सेवा प्रोवाइडर के डोमेन का है, जिसे प्राप्त करने वाला पक्ष इस प्रेषक के लिए स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>सिग्नेचर rsa-sha1 या 1024 bit से कम की RSA की का उपयोग करता है, जिसे प्राप्त करने वाला पक्ष अस्वीकार्य मानता है।</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>सिग्नेचर सत्यापित होता है लेकिन उन हेडर को कवर नहीं करता जो प्राप्त करने वाले पक्ष की नीति माँगती है, जैसे Subject या Reply-To।</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>भेजे गए संदेश के DKIM-Signature हेडर के a= (एल्गोरिदम), d= (डोमेन) और h= (साइन किए हेडर) टैग देखें।</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>की का आकार जाँचें: लगभग 216 base64 अक्षरों वाला p= मान 1024-bit RSA की है, लगभग 392 अक्षरों वाला 2048-bit।</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>प्राप्तकर्ता के एडमिन से पूछें कि उनकी नीति कौन-सा साइनिंग डोमेन, एल्गोरिदम या हेडर कवरेज अपेक्षित करती है।</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>बिना बदलाव के पुनः प्रयास न करें; प्राप्त करने वाला पक्ष उसी सिग्नेचर को उसी तरह आँकेगा। साइनिंग डोमेन, की या एल्गोरिदम बदलने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>लेखक से मेल खाता कोई मान्य DKIM सिग्नेचर नहीं मिला</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>DKIM alignment</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>From डोमेन मेल नहीं खाता</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>संदेश में सत्यापित होने वाले DKIM सिग्नेचर हैं, लेकिन उनमें से कोई भी From हेडर वाले डोमेन का नहीं है। प्राप्त करने वाला पक्ष चाहता है कि लेखक का अपना डोमेन संदेश की ज़मानत दे: यह X.7.21 का विशेष मामला है, उसके करीब जो DMARC alignment जाँचता है। स्थायी अस्वीकृति।</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>DATA के अंत पर, आमतौर पर ऐसे न्यूज़लेटर, इनवॉइस या अलर्ट के लिए जो किसी थर्ड-पार्टी सेवा से भेजे जाते हैं जो अपने डोमेन से साइन करती है जबकि From पता ग्राहक के डोमेन का होता है। यह तब भी दिखता है जब कोई मेलिंग लिस्ट या फ़ॉरवर्डर संदेश को अपने डोमेन से फिर से साइन करता है और मूल सिग्नेचर टूट गया।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>प्रेषक का एडमिन भेजने वाली सेवा में कस्टम DKIM सेट करता है ताकि वह From डोमेन के बराबर d= से साइन करे, आमतौर पर उस डोमेन के DNS में सेवा के selector रिकॉर्ड (CNAME या TXT) प्रकाशित करके और सेवा की सेटिंग में उन्हें चालू करके। फिर जाँचें कि टेस्ट संदेश में ऐसा पास होने वाला सिग्नेचर दिखता है जिसका डोमेन From हेडर से मेल खाता है।</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>कोई मार्केटिंग या टिकटिंग सेवा अपने डोमेन से साइन करती है, क्योंकि ग्राहक के डोमेन के लिए कस्टम साइनिंग कभी सेट नहीं की गई।</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>From पता किसी नए ब्रांड डोमेन पर बदल दिया गया जिसकी अभी अपनी कोई DKIM की नहीं है।</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>एकमात्र मान्य सिग्नेचर किसी मेलिंग लिस्ट या फ़ॉरवर्डर ने जोड़ा था, लेखक के डोमेन ने नहीं।</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>हर DKIM-Signature हेडर के d= डोमेन की तुलना उसी संदेश के From हेडर के डोमेन से करें।</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>जाँचें कि भेजने वाली सेवा का selector From डोमेन के तहत प्रकाशित है।</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>बिना बदलाव के दोबारा न भेजें, पुनः प्रयास न करें। भेजने वाली सेवा के From डोमेन से साइन करने लगने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF सत्यापन विफल</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF फ़ेल</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>प्राप्त करने वाले पक्ष ने एनवेलप प्रेषक (MAIL FROM) या HELO नाम के लिए SPF जाँचा और fail नतीजा मिला: डोमेन का SPF रिकॉर्ड कहता है कि कनेक्ट करने वाला IP पता उसकी ओर से नहीं भेज सकता। RFC 7372 यह कोड उन प्राप्तकर्ताओं को देता है जो SPF fail पर अस्वीकार करते हैं, पुराने सामान्य 5.7.1 की जगह। स्थायी। यह रजिस्ट्री वाला अर्थ है; Gmail इसके बजाय 4.7.23 का उपयोग रिवर्स DNS की समस्याओं के लिए करता है (प्रोवाइडर देखें)।</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>आमतौर पर MAIL FROM या RCPT TO के ठीक बाद, क्योंकि SPF को केवल IP पता और एनवेलप चाहिए; कुछ फ़िल्टर DATA के बाद तक इंतज़ार करते हैं। फ़ॉरवर्डिंग के साथ आम (फ़ॉरवर्डर का IP मूल डोमेन के रिकॉर्ड में नहीं होता), मेल को नए प्रोवाइडर पर ले जाने के बाद, और किसी नए SaaS टूल से भेजे गए ऐसे मेल के लिए जिसे किसी ने SPF में नहीं जोड़ा।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>प्रेषक का एडमिन एनवेलप डोमेन के SPF रिकॉर्ड में गायब प्रेषक जोड़ता है (ip4:, ip6: या सेवा का include:), कुल DNS लुकअप दस या उससे कम रखते हुए, और फिर दोबारा भेजता है। अगर मेल फ़ॉरवर्ड किया गया था, तो फ़ॉरवर्डर के एडमिन को SRS (sender rewriting) चाहिए, और मूल प्रेषक को DKIM से साइन करना चाहिए ताकि फ़ॉरवर्डिंग के बाद भी संदेश DMARC पास कर सके।</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>संदेश ऐसे सर्वर या सेवा से निकला जिसका IP पता एनवेलप डोमेन के SPF रिकॉर्ड में नहीं है।</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>किसी फ़ॉरवर्डिंग सर्वर ने संदेश रिले किया, इसलिए प्राप्त करने वाले पक्ष ने फ़ॉरवर्डर का IP देखा, न कि ऐसा IP जिसे मूल डोमेन अधिकृत करता है।</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>कोई नया आउटबाउंड IP या नया चालू किया गया IPv6, -all पर खत्म होने वाले SPF रिकॉर्ड में नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>एनवेलप प्रेषक डोमेन (Return-Path) का SPF रिकॉर्ड पढ़ें, जो From डोमेन से अलग हो सकता है।</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>अपने लॉग में अस्वीकृत प्रयास खोजें, ताकि पता चले कि किस रिले ने उसे अस्वीकार किया और आपका कौन-सा IP इस्तेमाल हुआ।</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>अगर सर्वर पर IPv6 है, तो उसका पता जाँचें; IPv6 कनेक्शन के लिए ip6: एंट्री या मेल खाता mechanism चाहिए।</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>उसी IP से बिना बदलाव के पुनः प्रयास न करें: SPF नतीजा नहीं बदलेगा। रिकॉर्ड अपडेट होने और पुराने रिकॉर्ड का TTL खत्म होने के बाद दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail 4.7.23 का उपयोग SPF नहीं, रिवर्स DNS की समस्या के लिए करता है: कनेक्ट करने वाले IP का कोई PTR रिकॉर्ड नहीं है, या PTR नाम वापस उस IP पर रिज़ॉल्व नहीं होता। forward और reverse DNS मेल खाने तक मेल टाला जाता है; उसी समस्या का Gmail का स्थायी रूप 5.7.25 है।</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Microsoft 365 की नॉन-डिलीवरी रिपोर्ट में इस्तेमाल होता है जब गंतव्य सर्वर ने SPF कारणों से संदेश अस्वीकार किया; रिमोट सर्वर का अपना रिप्लाई आमतौर पर तीर (-&gt;) के बाद आता है और प्राप्त करने वाले सिस्टम का कारण बताता है।</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>SPF सत्यापन त्रुटि</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>SPF 10 लुकअप सीमा</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>एक से ज़्यादा SPF रिकॉर्ड</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>प्राप्त करने वाला पक्ष SPF जाँच किसी त्रुटि के कारण पूरी नहीं कर सका, fail के कारण नहीं। 4.7.24 के रूप में (451 के साथ) यह SPF temperror है, आमतौर पर रिकॉर्ड लाते समय DNS टाइमआउट; 5.7.24 के रूप में (550 के साथ) यह SPF permerror है, यानी रिकॉर्ड ही टूटा हुआ है: गलत सिंटैक्स, दो SPF रिकॉर्ड, या दस से ज़्यादा DNS लुकअप। RFC 7372 इन्हें 4.4.3 और 5.5.2 की जगह तय करता है।</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>MAIL FROM के बाद या DATA के अंत पर, उन प्राप्तकर्ताओं पर जो SPF त्रुटियों पर कार्रवाई करते हैं। स्थायी रूप आमतौर पर SPF रिकॉर्ड में किसी बदलाव के बाद आता है (एक और include जिसने उसे दस लुकअप से आगे धकेल दिया, टाइपिंग की गलती, दूसरा v=spf1 रिकॉर्ड); अस्थायी रूप तब दिखता है जब प्रेषक डोमेन के नेम सर्वर धीमे या पहुँच से बाहर हों।</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>5.7.24 के लिए प्रेषक का एडमिन रिकॉर्ड ठीक करता है: सब कुछ एक ही v=spf1 TXT रिकॉर्ड में मिलाएँ, सिंटैक्स सुधारें, और includes हटाएँ या flatten करें जब तक दस से ज़्यादा mechanism को DNS लुकअप की ज़रूरत न रहे। 4.7.24 के लिए जाँचें कि डोमेन के authoritative नेम सर्वर बाहर से जल्दी जवाब देते हैं; अगर देते हैं, तो समस्या प्राप्त करने वाले पक्ष की हो सकती है और क्यू बाद के प्रयास में डिलीवर कर देगी।</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>हर include, a, mx, ptr, exists और redirect गिनने पर SPF रिकॉर्ड को दस से ज़्यादा DNS लुकअप चाहिए।</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>डोमेन दो अलग v=spf1 TXT रिकॉर्ड प्रकाशित करता है, जिससे नतीजा स्थायी त्रुटि बन जाता है।</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>रिकॉर्ड में सिंटैक्स की गलती है, जैसे ip4: के बाद होस्ट नाम, गलत लिखा mechanism या कोई फ़ालतू अक्षर।</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>डोमेन के नेम सर्वर टाइमआउट होते हैं या SERVFAIL देते हैं, इसलिए प्राप्त करने वाले पक्ष को अस्थायी त्रुटि मिलती है।</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>एनवेलप डोमेन के सभी TXT रिकॉर्ड सूचीबद्ध करें और पक्का करें कि उनमें से ठीक एक v=spf1 से शुरू होता है।</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>हर include: (और उसके अंदर के includes) को खोलें और DNS लुकअप लेने वाला हर mechanism गिनें।</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>डोमेन के हर authoritative नेम सर्वर से सीधे पूछें; जो टाइमआउट होता है, वह temperror का कारण बताता है।</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>4.7.24 पर सामान्य बैकऑफ़ के साथ पुनः प्रयास करें; DNS टाइमआउट आमतौर पर हट जाते हैं। 5.7.24 पर SPF रिकॉर्ड ठीक होने तक पुनः प्रयास न करें, क्योंकि हर प्रयास उसी स्थायी त्रुटि से टकराएगा।</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>रिवर्स DNS सत्यापन विफल</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>रिवर्स DNS नहीं</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>PTR रिकॉर्ड गायब</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>कनेक्ट करने वाले क्लाइंट का IP पता प्राप्त करने वाले पक्ष की रिवर्स DNS जाँच में विफल रहा: उसका कोई PTR रिकॉर्ड नहीं है, या PTR रिकॉर्ड का नाम वापस उसी पते पर रिज़ॉल्व नहीं होता (forward-confirmed reverse DNS)। प्राप्तकर्ता इसका उपयोग संक्रमित घरेलू मशीनों और खराब तरीके से चलाए गए सर्वरों के विरुद्ध एक सस्ते फ़िल्टर के रूप में करते हैं। स्थायी अस्वीकृति।</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>कनेक्शन के बाद कभी भी, ज़्यादातर MAIL FROM, RCPT TO या DATA के अंत के जवाब में। आम तौर पर तब, जब मेल सर्वर को नए VPS या क्लाउड पते पर ले जाया गया हो, IPv6 चालू करने के बाद (IPv6 पते का PTR नहीं है), या जब PTR नाम ऐसे होस्ट की ओर इशारा करता है जिसका A रिकॉर्ड बाद में बदल दिया गया। Gmail इसे 550 5.7.25 के रूप में भेजता है।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>प्रेषक का एडमिन IP पते को नियंत्रित करने वाले (होस्टिंग प्रोवाइडर, ISP या क्लाउड कंसोल; डोमेन रजिस्ट्रार नहीं) से मेल सर्वर का नाम बताने वाला PTR रिकॉर्ड सेट करने को कहता है, उदाहरण के लिए mail.example.com, और पक्का करता है कि उस नाम का A या AAAA रिकॉर्ड वापस उसी IP की ओर इशारा करे। HELO नाम भी वही होस्ट नाम होना चाहिए। फिर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>भेजने वाले IP पते का कोई PTR रिकॉर्ड है ही नहीं, जो नए VPS और क्लाउड पतों के लिए आम है।</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR नाम मौजूद है लेकिन उसका A या AAAA रिकॉर्ड किसी दूसरे पते की ओर इशारा करता है, इसलिए forward जाँच विफल होती है।</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>सर्वर IPv6 पर भेजता है और केवल उसके IPv4 पते का रिवर्स DNS है।</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR किसी ISP का सामान्य नाम है जिसे प्राप्त करने वाला पक्ष डायनेमिक या घरेलू पता मानता है।</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>भेजने वाले IP पते का PTR रिकॉर्ड देखें।</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>लौटाए गए नाम को forward रिज़ॉल्व करें और पुष्टि करें कि वह वही पता देता है।</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>अगर सर्वर का IPv6 पता है, तो उसके लिए भी reverse लुकअप दोहराएँ।</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>आपका Postfix जो HELO नाम घोषित करता है, उससे तुलना करें (Exim और दूसरों में इसके बराबर की सेटिंग होती है)।</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>उस IP पते से बिना बदलाव के पुनः प्रयास न करें। PTR और उससे मेल खाते A या AAAA रिकॉर्ड बन जाने और कैश हुए नकारात्मक जवाबों की अवधि खत्म होने पर पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Gmail का उपयोग रजिस्ट्री वाले अर्थ से मेल खाता है और IPv4 तथा IPv6 दोनों प्रेषकों को कवर करता है; उसी समस्या का अस्थायी रूप 4.7.25 नहीं, 4.7.23 के रूप में आता है।</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>कई ऑथेंटिकेशन जाँचें विफल</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>DMARC फ़ेल</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>प्राप्त करने वाले सर्वर ने प्रेषक ऑथेंटिकेशन की एक से ज़्यादा जाँचें (SPF, DKIM, और आमतौर पर उनके ऊपर DMARC) चलाईं और संदेश उन सब में एक साथ विफल रहा। यह कोड स्थायी अस्वीकृति है: उसी तरह भेजा गया वही संदेश फिर अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>DATA के अंत पर, जब प्राप्त करने वाले पक्ष के पास पूरा संदेश हो और वह उसके सिग्नेचर सत्यापित कर सके। Gmail ने इसे मशहूर किया: वह प्रेषक डोमेन की DMARC नीति में विफल होने वाले मेल, और बिना किसी इस्तेमाल लायक SPF या DKIM नतीजे वाले मेल का जवाब सालों से 550 5.7.26 से देता आया है, और उसकी 2024 की प्रेषक आवश्यकताओं ने यह रिप्लाई कहीं ज़्यादा आम कर दिया।</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>भेजने वाली ओर, From हेडर वाले डोमेन के लिए ऑथेंटिकेशन ठीक करें। ऐसा SPF रिकॉर्ड प्रकाशित करें जो डोमेन की ओर से भेजने वाले हर सर्वर को कवर करे, आउटगोइंग मेल को DNS में प्रकाशित की के साथ DKIM से साइन करें, और उनमें से कम से कम एक को From डोमेन के साथ aligned रखें ताकि DMARC पास हो। फिर बाउंस हुआ मेल दोबारा भेजने से पहले एक टेस्ट संदेश भेजें और उसका Authentication-Results (ऑथेंटिकेशन नतीजे) हेडर पढ़ें।</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>कोई SPF रिकॉर्ड नहीं, या ऐसा SPF रिकॉर्ड जिसमें वह सर्वर या सेवा सूचीबद्ध नहीं है जिसने असल में संदेश भेजा।</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>कोई DKIM सिग्नेचर नहीं, या ऐसा सिग्नेचर जिसे साइन होने के बाद संदेश बदलने वाले किसी गेटवे, मेलिंग लिस्ट या फ़ुटर ने तोड़ दिया।</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF और DKIM, From हेडर के बजाय किसी दूसरे डोमेन के लिए पास होते हैं, इसलिए DMARC alignment विफल होता है और डोमेन की DMARC नीति reject कहती है।</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>हाल में जोड़ी गई कोई भेजने वाली सेवा (न्यूज़लेटर टूल, CRM, टिकट सिस्टम) DNS में अधिकृत हुए बिना कंपनी के डोमेन के नाम से भेजती है।</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>प्रेषक डोमेन का SPF रिकॉर्ड पढ़ें और पक्का करें कि उसमें भेजने वाले सर्वर का IP पता या सेवा का include सूचीबद्ध है।</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>जाँचें कि संदेश के DKIM-Signature हेडर (s=) में नामित selector के लिए DKIM public key मौजूद है।</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>डोमेन की DMARC नीति पढ़ें, ताकि पता चले कि प्राप्त करने वाले पक्ष को विफलताओं के साथ क्या करने को कहा गया था।</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>किसी बड़े प्रोवाइडर पर अपने नियंत्रण वाले मेलबॉक्स पर टेस्ट संदेश भेजें और Authentication-Results (ऑथेंटिकेशन नतीजे) हेडर पढ़ें: spf=, dkim= और dmarc= में pass होना चाहिए।</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>वही संदेश बिना बदलाव के दोबारा भेजने का पुनः प्रयास न करें: वह फिर विफल होगा। ऑथेंटिकेशन रिकॉर्ड या साइनिंग ठीक होने के बाद ही दोबारा भेजें।</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail 5.7.26 तब भी भेजता है जब संदेश न SPF पास करे न DKIM, और तब भी जब वह From डोमेन की DMARC नीति में विफल हो; कोड के बाद का पाठ बताता है कि कौन-सा।</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>प्रेषक पते का null MX है</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>एनवेलप प्रेषक, या From हेडर, का डोमेन null MX रिकॉर्ड (MX 0 .) प्रकाशित करता है, जो घोषित करता है कि वह कभी मेल प्राप्त नहीं करता। प्राप्त करने वाला पक्ष ऐसा मेल अस्वीकार कर सकता है, क्योंकि बाउंस और जवाब कभी प्रेषक तक नहीं पहुँच सकते, और जो डोमेन कोई मेल सेवा घोषित नहीं करता वह संभवतः जालसाज़ी है। RFC 7505 में परिभाषित; स्थायी। यह रजिस्ट्री वाला अर्थ है; Gmail इन्हीं अंकों का उपयोग SPF विफलताओं के लिए करता है (प्रोवाइडर देखें)।</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>MAIL FROM के जवाब में, जब प्राप्त करने वाला पक्ष एनवेलप डोमेन का MX जाँचता है, या DATA के बाद, जब वह From हेडर का डोमेन जाँचता है। आम दोषी हैं ऐसा एप्लिकेशन जो ऐसे डोमेन के noreply@ से भेजता है जिसके DNS में null MX है, और गलती से null MX दिए गए पार्क किए या केवल-भेजने वाले डोमेन।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>प्रेषक का एडमिन या तो null MX हटाकर MAIL FROM और From में इस्तेमाल होने वाले डोमेन के लिए असली MX प्रकाशित करता है, या एप्लिकेशन को ऐसे डोमेन से भेजने के लिए बदलता है जो मेल स्वीकार करता हो (अपने MX वाला बाउंस सबडोमेन काम करता है)। RFC 7505 कहता है कि प्रेषक के रूप में इस्तेमाल होने वाले डोमेन को null MX प्रकाशित नहीं करना चाहिए।</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>केवल-भेजने वाले डोमेन को null MX दिया गया ताकि उसे कुछ न मिले, लेकिन वह अब भी MAIL FROM या From में इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>पार्क किए या इस्तेमाल न होने वाले डोमेन के DNS टेम्पलेट ने किसी ऐसे डोमेन में MX 0 . जोड़ दिया जिसने बाद में मेल भेजना शुरू किया।</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>null-MX डोमेन की जालसाज़ी करने वाला स्पैम या फ़िशिंग, जिस मामले में अस्वीकृति अपना काम कर रही है।</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>एनवेलप और From डोमेन के MX देखें; 0 . का अकेला जवाब null MX है।</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>जाँचें कि आपका Postfix लोकल रूप से बने प्रेषक पतों में कौन-सा डोमेन जोड़ता है, क्योंकि किसी एप्लिकेशन का एनवेलप प्रेषक उसके From पते से अलग हो सकता है।</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>असली MX प्रकाशित करने के बाद, पुष्टि करें कि उसमें नामित होस्ट पोर्ट 25 पर कनेक्शन स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>रजिस्ट्री वाले 5.7.27 का बिना बदलाव के पुनः प्रयास न करें: null MX जानबूझकर दिया गया DNS बयान है। Gmail की 4.7.27 देरी का सामान्य रूप से पुनः प्रयास होता है, लेकिन वह SPF पास होने के बाद ही सफल होता है।</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>null MX से कोई संबंध नहीं: जब संदेश Gmail की प्रेषक आवश्यकताओं के तहत SPF पास नहीं करता, तो Gmail 4.7.27 (देरी) और 5.7.27 (अस्वीकृति) भेजता है। एनवेलप डोमेन का SPF रिकॉर्ड ठीक करें, और रजिस्ट्री के शीर्षक को नज़रअंदाज़ करें।</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>मेल की बाढ़ पकड़ी गई</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>सब्सक्रिप्शन बॉम्बिंग</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>प्राप्त करने वाला पक्ष मानता है कि संदेश मिलते-जुलते दुरुपयोग वाले संदेशों की बाढ़ का हिस्सा है, आमतौर पर ऐसा मेल बम जिसमें किसी एक पते को जाली वेब-फ़ॉर्म सबमिशन से शुरू हुए सैकड़ों साइन-अप पुष्टि संदेश मिलते हैं। 4.7.28 संदेश को टालता है और 5.7.28 उसे अस्वीकार करता है। IANA ने यह कोड John Levine के एक Internet-Draft से पंजीकृत किया था, जो कभी RFC के रूप में प्रकाशित नहीं हुआ।</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>RCPT TO पर या DATA के अंत पर, जब प्राप्त करने वाला पक्ष किसी एक प्राप्तकर्ता को या किसी एक स्रोत से लगभग एक जैसे संदेशों की बौछार देखता है। प्रेषकों को यह तब मिलता है जब उनके न्यूज़लेटर साइन-अप, पासवर्ड रीसेट या कॉन्टैक्ट फ़ॉर्म का दुरुपयोग किसी पीड़ित पर बौछार करने के लिए हुआ हो। Gmail 4.7.28 का उपयोग अपनी स्पैम रेट लिमिटिंग के लिए भी करता है (प्रोवाइडर देखें)।</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>प्रेषक का एडमिन बाढ़ को स्रोत पर रोकता है: वेब फ़ॉर्म में CAPTCHA या रेट सीमा जोड़ें, किसी तय अवधि में हर पते पर अधिकतम एक पुष्टि भेजें, और निशाना बने पते पर जाने वाली क्यू में पड़ी पुष्टियाँ हटा दें। Gmail के 4.7.28 के लिए, प्रभावित IP या डोमेन से वॉल्यूम घटाएँ, जुड़ाव न रखने वाले प्राप्तकर्ता हटाएँ और Postmaster Tools में स्पैम दर पर नज़र रखें।</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>किसी बॉट ने प्रेषक का साइन-अप या कॉन्टैक्ट फ़ॉर्म पीड़ित के पते के साथ कई बार सबमिट किया।</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>किसी एप्लिकेशन बग या लूप ने एक ही सूचना एक प्राप्तकर्ता को बार-बार भेजी।</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>भेजने वाले सर्वर पर हैक हुए किसी अकाउंट या स्क्रिप्ट ने लगभग एक जैसे संदेश थोक में भेजे।</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Gmail पर: भेजने वाले IP पते या ऑथेंटिकेटेड डोमेन से अवांछित दिखने वाले मेल में बढ़ोतरी।</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>गिनें कि आपके सर्वर ने हाल में प्रभावित पते पर कितने संदेश भेजे।</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>इंतज़ार कर रहे संदेशों के जमावड़े के लिए क्यू की सारांश पंक्ति जाँचें।</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>वेब सर्वर लॉग में फ़ॉर्म सबमिशन की बौछार खोजें, जो आपके फ़ॉर्म का उपयोग कर रहे बॉट की ओर इशारा करती है।</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>4.7.28 पर बढ़ते अंतराल और कम भेजने की दर के साथ पुनः प्रयास करें; लगातार प्रहार से हालत बिगड़ती है। 5.7.28 पर वही संदेश दोबारा न भेजें, जिसे प्राप्त करने वाले पक्ष ने दुरुपयोग वाली बाढ़ का हिस्सा माना है।</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>मेल-बम का फ़ैसला नहीं, बल्कि रेप्युटेशन आधारित रेट सीमा: Gmail ने आपके IP पते से, या आपके DKIM या SPF डोमेन से, बहुत ज़्यादा अवांछित दिखने वाला मेल देखा है (पाठ के लंबे रूप बताते हैं कि किससे), और स्वीकृति धीमी कर देता है। रेप्युटेशन सुधरने पर यह हट जाता है।</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC सत्यापन विफल</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>संदेश में Authenticated Received Chain हेडर थे (RFC 8617, एक Experimental RFC) और श्रृंखला सत्यापित नहीं हुई, इसलिए प्राप्त करने वाला पक्ष उन बीच वाले सिस्टम द्वारा दर्ज ऑथेंटिकेशन नतीजों पर भरोसा नहीं कर सका जिनसे वह गुज़रा। प्राप्त करने वाला पक्ष ऐसा मेल अस्वीकार कर सकता है, खासकर जब वह DMARC में भी विफल हो। यह रजिस्ट्री वाला अर्थ है; Gmail इन्हीं अंकों का उपयोग बिना TLS के भेजे गए मेल के लिए करता है (प्रोवाइडर देखें)।</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>DATA के अंत पर, ऐसे मेल पर जो किसी मेलिंग लिस्ट, फ़ॉरवर्डिंग सेवा या सुरक्षा गेटवे से गुज़रा जो ARC-Seal, ARC-Message-Signature और ARC-Authentication-Results हेडर (ARC सील, संदेश सिग्नेचर और ऑथेंटिकेशन नतीजे) जोड़ता है। व्यवहार में दुर्लभ: ज़्यादातर प्राप्तकर्ता ARC का उपयोग केवल DMARC विफल होने पर संकेत के रूप में करते हैं, इसलिए टूटी श्रृंखला अपने आप में कम ही अस्वीकृति का कारण बनती है।</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>जिस बीच वाले सिस्टम का ARC सेट विफल होता है (अक्सर लिस्ट सर्वर या गेटवे), उसका एडमिन उसकी ARC sealing ठीक करता है: उसके selector के लिए प्रकाशित की, सही instance नंबर, और sealing के बाद संदेश में कोई बदलाव नहीं। मूल प्रेषक किसी दूसरे सिस्टम की श्रृंखला ठीक नहीं कर सकता: पूरे हेडर के साथ बाउंस लिस्ट या फ़ॉरवर्डर के ऑपरेटर को भेजें।</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>किसी बीच वाले सिस्टम ने अपना ARC सेट जोड़ने के बाद संदेश बदल दिया, जिससे उसका ARC-Message-Signature (संदेश सिग्नेचर) टूट गया।</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>किसी ARC-Seal में नामित selector की public key DNS में नहीं है।</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>कोई ARC सेट गायब है या क्रम से बाहर है (instance नंबर i=1, i=2 आदि लगातार नहीं), जो श्रृंखला को अमान्य बना देता है।</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>बाद के किसी हॉप ने cv=fail के साथ seal किया, जिससे श्रृंखला पहले से टूटी हुई चिह्नित हो गई।</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>ARC हेडर को उनके i= instance नंबर और हर ARC-Seal में cv= नतीजे के साथ सूचीबद्ध करें।</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>संदेश की सहेजी गई कॉपी पर श्रृंखला सत्यापित करें (python3-dkim में arcverify होता है)।</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>विफल हो रहे ARC-Seal के s= और d= के लिए की प्राप्त करें।</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>रजिस्ट्री वाले 5.7.29 का बिना बदलाव के पुनः प्रयास न करें: टूटी श्रृंखला संदेश का हिस्सा है और फिर विफल होगी। Gmail की 4.7.29 देरी पुनः प्रयास पर तभी सफल होती है जब कनेक्शन TLS का उपयोग करे।</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>ARC से कोई संबंध नहीं: जब संदेश बिना TLS वाले कनेक्शन पर उस तक पहुँचा, तो Gmail 4.7.29 (देरी) और 5.7.29 (अस्वीकृति) भेजता है। भेजने वाले MTA से Gmail के MX होस्ट की ओर STARTTLS इस्तेमाल करवाएँ, और आउटबाउंड रास्ते का हर रिले जाँचें।</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>REQUIRETLS सपोर्ट आवश्यक</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>संदेश REQUIRETLS विकल्प (RFC 8689) के साथ भेजा गया था, जो हर हॉप पर सत्यापित TLS और REQUIRETLS सपोर्ट माँगता है, और किसी सर्वर को ऐसा अगला हॉप नहीं मिला जो इसे देता हो। सुरक्षा छोड़ने के बजाय संदेश लौटा दिया जाता है। स्थायी। यह रजिस्ट्री वाला अर्थ है; Gmail इन्हीं अंकों का उपयोग DKIM विफलताओं के लिए करता है (प्रोवाइडर देखें)।</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>ज़्यादातर प्रेषक के अपने आउटबाउंड रिले या बाद के किसी हॉप के बाउंस (DSN) में, जब अगले सर्वर के EHLO रिप्लाई में REQUIRETLS सूचीबद्ध नहीं था; कुछ इम्प्लीमेंटेशन MAIL FROM ... REQUIRETLS को सीधे अस्वीकार करते समय भी इसका उपयोग करते हैं। अब भी दुर्लभ, क्योंकि कुछ ही सर्वर REQUIRETLS लागू करते हैं (Postfix अपने हाल के संस्करणों में इसके सपोर्ट का दस्तावेज़ देता है)।</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>प्रेषक तय करता है। अगर सामग्री किसी बिना एन्क्रिप्शन या बिना सत्यापन वाले लिंक को पार नहीं करनी चाहिए, तो इस प्राप्तकर्ता के लिए उसे ईमेल से न भेजें, या प्राप्तकर्ता के एडमिन से DANE या MTA-STS के साथ REQUIRETLS चालू करने को कहें। वरना REQUIRETLS के बिना दोबारा भेजें, जिसे भेजने वाला क्लाइंट या संगठन की मेल नीति नियंत्रित करती है।</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>प्राप्तकर्ता का मेल सर्वर REQUIRETLS घोषित नहीं करता, जो अब भी ज़्यादातर सर्वरों के बारे में सच है।</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>रास्ते का कोई रिले, जैसे आउटबाउंड फ़िल्टरिंग सेवा या स्मार्ट होस्ट, REQUIRETLS सपोर्ट नहीं करता।</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>भेजने वाला क्लाइंट सभी मेल पर REQUIRETLS लगाता है, उन प्राप्तकर्ताओं पर भी जिनके सर्वर उसका पालन नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>प्राप्तकर्ता डोमेन के MX होस्ट खोजें।</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>जाँचें कि MX, STARTTLS के बाद दिए अपने EHLO रिप्लाई में REQUIRETLS सूचीबद्ध करता है या नहीं।</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>बाउंस के Reporting-MTA और Remote-MTA फ़ील्ड पढ़ें, ताकि पता चले कि किस हॉप ने हार मानी, और क्या वह आपका अपना रिले है।</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>रजिस्ट्री वाले 5.7.30 का पुनः प्रयास न करें: प्रयासों के बीच रास्ते में REQUIRETLS सपोर्ट नहीं आएगा। Gmail की 4.7.30 देरी का सामान्य रूप से पुनः प्रयास होता है, लेकिन वह DKIM पास होने के बाद ही सफल होता है।</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>REQUIRETLS से कोई संबंध नहीं: जब संदेश Gmail की प्रेषक आवश्यकताओं के तहत DKIM पास नहीं करता, तो Gmail 4.7.30 (देरी) और 5.7.30 (अस्वीकृति) भेजता है। अपने डोमेन के लिए आउटगोइंग मेल को DKIM से साइन करें और की प्रकाशित करें।</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>VRFY के जवाब में 250 मेलबॉक्स की पुष्टि करता है; 252 न उसकी पुष्टि करता है, न इनकार, लेकिन सर्वर उसके लिए मेल स्वीकार कर लेगा।</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>ये जवाब केवल VRFY को मिलते हैं। ज़्यादातर सर्वर हर VRFY का जवाब 252 से देते हैं, ताकि पते इकट्ठा न किए जा सकें।</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>252 को कभी इस बात का सबूत न मानें कि पता मौजूद है। किसी पते को जाँचने के लिए संदेश भेजें या RCPT TO का जवाब देखें।</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>दोनों कहते हैं कि प्राप्तकर्ता लोकल नहीं है; 251 संदेश स्वीकार करके उसे फ़ॉरवर्ड करता है, 551 उसे अस्वीकार करता है और बताता है कि कहाँ भेजें।</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251, RCPT TO पर सफलता वाला रिप्लाई है; 551 &quot;please try &lt;forward-path&gt;&quot; के साथ स्थायी विफलता है।</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>251 के बाद कुछ करने की ज़रूरत नहीं, हालाँकि एड्रेस बुक अपडेट की जा सकती है। 551 के बाद दिए गए पते पर दोबारा भेजें, जब आपको यकीन हो जाए कि वह सही है।</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 पूरा सत्र खत्म कर देता है, उसके हर संदेश और हर प्राप्तकर्ता के लिए; 450 एक मेल कार्रवाई अस्वीकार करता है, आमतौर पर एक प्राप्तकर्ता, और सत्र चलता रहता है।</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 अक्सर कनेक्ट होने के बाद की पहली पंक्ति (ग्रीटिंग) होता है या सर्वर के कनेक्शन काटने से पहले की आखिरी, और उसका पाठ सेवा, कनेक्शन या आपके IP पते की बात करता है। 450, MAIL FROM या RCPT TO का जवाब देता है और कोई मेलबॉक्स या ग्रेलिस्टिंग जैसा कोई कारण बताता है।</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>दोनों का पुनः प्रयास भेजने वाला सर्वर करता है। 421 के लिए भेजने वाली ओर को समग्र रूप से देखें: कनेक्शनों की संख्या, भेजने की दर और IP पते की रेप्युटेशन। 450 के लिए उस एक प्राप्तकर्ता या ग्रेलिस्टिंग की देरी को देखें, और उसी IP पते से अगले पुनः प्रयास की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>ग्रीटिंग पर दोनों कनेक्शन लौटा देते हैं, लेकिन 421 का अर्थ है “बाद में फिर कोशिश करें” और 554 का अर्थ है “इस क्लाइंट को सेवा नहीं दी जाएगी”।</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>पहला अंक फ़ैसला करता है: ग्रीटिंग पर 421 लोड, बहुत ज़्यादा कनेक्शनों या अस्थायी ब्लॉक के बारे में पाठ के साथ आता है; ग्रीटिंग पर 554 किसी ब्लॉकलिस्ट या स्थायी इनकार का नाम लेता है, और सर्वर QUIT तक हर अगले कमांड का जवाब 503 से देता है।</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>421 के लिए पहले कुछ न करें: अगर यह दोहराता रहे, तो समानांतर कनेक्शनों की संख्या घटाएँ। 554 के लिए भेजने वाले IP पते को ब्लॉकलिस्ट में खोजें और रेप्युटेशन की समस्या ठीक करें; उसी IP पते से पुनः प्रयास करने से मदद नहीं मिलेगी।</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 प्राप्तकर्ता के मेलबॉक्स के बारे में है (व्यस्त, लॉक, या ग्रेलिस्ट किया गया); 451 खुद प्राप्त करने वाले सर्वर के बारे में है, जिसे प्रोसेसिंग के दौरान कोई त्रुटि मिली।</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>एन्हांस्ड कोड और पाठ बता देते हैं: 450, 4.2.x या प्राप्तकर्ता का नाम लेने वाले ग्रेलिस्टिंग संदेश के साथ आता है; 451, 4.3.0, 4.4.x या &quot;Temporary local problem&quot; के साथ आता है, अक्सर तब जब प्राप्त करने वाली ओर कोई DNS लुकअप या कंटेंट स्कैनर विफल हो गया।</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>शुरुआत में दोनों में से किसी में भी प्रेषक को कुछ नहीं करना होता: क्यू पुनः प्रयास करती है। अगर 450 कई दिनों तक बना रहे, तो प्राप्तकर्ता के एडमिन से मेलबॉक्स के बारे में पूछें; अगर 451 बना रहे, तो प्राप्त करने वाली ओर के एडमिन को अपना सर्वर ठीक करना होगा, इसलिए उन्हें सटीक रिप्लाई पंक्ति भेजें।</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>वही स्थिति, मेलबॉक्स उपलब्ध नहीं, लेकिन 450 अस्थायी है और 550 स्थायी।</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>केवल पहला अंक अलग है: 450 के बाद संदेश प्रेषक की क्यू में रहता है और देरी की सूचना आ सकती है; 550 के बाद प्रेषक का सर्वर तुरंत हार मान लेता है और बाउंस लौटाता है।</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>450 के बाद हाथ से दोबारा न भेजें: क्यू अपने आप पुनः प्रयास करती है। 550 के बाद वही संदेश दोबारा भेजने से कुछ नहीं बदलता; पता सुधारें या वह कारण दूर करें जो एन्हांस्ड कोड बताता है, फिर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 प्राप्त करने वाले सर्वर पर प्रोसेसिंग की त्रुटि है; 452 कहता है कि कोई संसाधन खत्म हो गया: डिस्क जगह, मेलबॉक्स का कोटा, या एक ट्रांज़ैक्शन में अनुमत प्राप्तकर्ताओं की संख्या।</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 संसाधन का नाम लेता है: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) या भरा हुआ मेलबॉक्स (4.2.2)। 451 किसी लोकल त्रुटि, लुकअप की विफलता या जवाब न देने वाली सेवा की बात करता है।</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>4.5.3 वाले 452 में कुछ भी गलत नहीं है: भेजने वाला सर्वर बाकी प्राप्तकर्ताओं को अगले ट्रांज़ैक्शन में डिलीवर करता है। स्टोरेज के मामले में प्राप्त करने वाली ओर का एडमिन जगह खाली करता है। 451 के लिए पुनः प्रयास की प्रतीक्षा करें और लगातार बनी रहने वाली त्रुटि प्राप्त करने वाली ओर के एडमिन को बताएँ।</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>दोनों स्टोरेज के बारे में हैं; 452 अस्थायी है (जगह खाली हो सकती है), 552 स्थायी है (इस संदेश के लिए आवंटन पार हो गया है)।</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>एन्हांस्ड कोड मामलों को अलग करता है: 4.2.2 या 4.3.1 वाला 452 भरा हुआ मेलबॉक्स या डिस्क है, जिसमें फिर जगह बन सकती है; 5.2.2 वाला 552 अपने कोटा से ऊपर गया मेलबॉक्स है, और 5.3.4 या 5.2.3 वाला 552 बहुत बड़ा संदेश है।</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>452 के लिए क्यू को पुनः प्रयास करने दें और प्राप्तकर्ता को बताएँ कि उसका मेलबॉक्स भरा है। 5.2.2 वाले 552 के लिए प्राप्तकर्ता से जगह बनाने को कहें, फिर दोबारा भेजें; साइज़ कोड वाले 552 के लिए छोटा संदेश भेजें, या अटैचमेंट के बजाय लिंक।</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 सर्वर की ओर TLS या ऑथेंटिकेशन की अस्थायी विफलता है; 530 ऐसी शर्त है जिसे क्लाइंट ने पूरा नहीं किया।</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 सीधे STARTTLS या AUTH का जवाब देता है (&quot;454 4.7.0 Temporary authentication failure&quot;), यानी क्लाइंट ने सही किया था। 530, MAIL FROM का जवाब देता है, जब क्लाइंट ने STARTTLS या AUTH छोड़ दिया।</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>454 के बाद क्लाइंट बाद में पुनः प्रयास करता है और प्राप्त करने वाली ओर का एडमिन सर्टिफ़िकेट या पासवर्ड बैकएंड जाँचता है। 530 के बाद क्लाइंट की सेटिंग बदलनी होगी: पहले TLS शुरू करें, फिर ऑथेंटिकेट करें।</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 का अर्थ है कि सर्वर पंक्ति समझ नहीं पाया; 502 का अर्थ है कि उसने कमांड समझा, लेकिन यहाँ उसे लागू नहीं करता।</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 किसी जाने-पहचाने लेकिन बंद किए गए कमांड का जवाब देता है, जैसे VRFY या EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;)। 500 कचरा डेटा, बहुत लंबी पंक्ति या किसी दूसरे प्रोटोकॉल का जवाब देता है, जैसे सादे पाठ वाले पोर्ट पर TLS हैंडशेक; Postfix 3.7 और बाद के संस्करण अज्ञात कमांड का जवाब भी 500 5.5.2 से देते हैं।</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>500 के लिए जाँचें कि क्लाइंट सही पोर्ट पर सही मोड में SMTP बोलता है (465 पर implicit TLS, 587 और 25 पर STARTTLS)। 502 के लिए उस कमांड का उपयोग बंद करें; कुछ भी खराब नहीं है।</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 इस बात को अस्वीकार करता है कि कमांड का आर्ग्युमेंट कैसे लिखा गया है; 553 खुद मेलबॉक्स के नाम को अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 गलत सिंटैक्स के बाद आता है: छूटा हुआ कोण कोष्ठक, अमान्य EHLO नाम, अज्ञात पैरामीटर (&quot;501 5.5.4&quot;)। 553 ऐसे पते के बाद आता है जो पार्स तो हो जाता है पर स्वीकार नहीं होता (5.1.3, 5.1.7, या ऐसा प्रेषक जिसका मालिक लॉगिन नहीं है)।</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>501 के लिए भेजने वाला सॉफ़्टवेयर या उसकी सेटिंग ठीक करें, क्योंकि कमांड ही गलत बना है। 553 के लिए वह पता ठीक करें जो उपयोगकर्ता ने डाला, या वह पहचान जिससे वह भेजता है।</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 गलत क्रम में आया कमांड है; 530 ऐसा कमांड है जो तब तक अस्वीकार होता है जब तक क्लाइंट ऑथेंटिकेट न कर ले या TLS शुरू न कर दे।</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503, MAIL FROM से पहले RCPT TO, किसी भी प्राप्तकर्ता से पहले DATA, या जहाँ AUTH उपलब्ध न हो वहाँ AUTH के बाद आता है (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;)। 530, MAIL FROM का जवाब &quot;Authentication required&quot; या &quot;Must issue a STARTTLS command first&quot; से देता है।</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>503 के लिए क्लाइंट का क्रम ठीक करें: EHLO, STARTTLS, फिर से EHLO, AUTH, MAIL FROM, RCPT TO, DATA। 530 के लिए क्लाइंट की अकाउंट सेटिंग में TLS और SMTP ऑथेंटिकेशन चालू करें।</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 का अर्थ है कि क्लाइंट ने ऑथेंटिकेट नहीं किया; 535 का अर्थ है कि उसने कोशिश की और क्रेडेंशियल अस्वीकार हो गए।</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535, AUTH का जवाब है। 530 ऐसे क्लाइंट के MAIL FROM या RCPT TO का जवाब देता है जिसने कभी AUTH भेजा ही नहीं।</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>530 के लिए क्लाइंट में ऑथेंटिकेशन चालू करें। 535 के लिए उपयोगकर्ता नाम और पासवर्ड जाँचें, यह भी कि प्रोवाइडर को ऐप पासवर्ड चाहिए या नहीं, और अकाउंट के लिए SMTP AUTH की अनुमति है या नहीं।</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 साइन इन करने के तरीके को अस्वीकार करता है; 535 क्रेडेंशियल को।</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>534 में पासवर्ड सही भी हो सकता है: मैकेनिज़्म बहुत कमज़ोर है, या प्रोवाइडर ऐप पासवर्ड या ब्राउज़र से साइन इन चाहता है (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;)। 535 में उपयोगकर्ता नाम या पासवर्ड गलत है, या अकाउंट SMTP का उपयोग नहीं कर सकता।</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>534 के लिए TLS और ज़्यादा मज़बूत मैकेनिज़्म, ऐप पासवर्ड या OAuth इस्तेमाल करें, जैसा प्रोवाइडर माँगे। 535 के लिए क्रेडेंशियल सुधारें या अकाउंट अनलॉक करें।</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>एक ही रिप्लाई की दो परतें: 535 अस्वीकृत क्रेडेंशियल का मूल कोड है और 5.7.8 उसी बात का एन्हांस्ड कोड; ये आमतौर पर साथ में 535 5.7.8 के रूप में आते हैं।</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>क्लाइंट लॉग में AUTH के ठीक बाद &quot;535 5.7.8&quot; या &quot;535-5.7.8 Username and Password not accepted&quot; दिखता है। कुछ सर्वर 535 बिना एन्हांस्ड कोड के भेजते हैं, उसी अर्थ में।</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>क्रेडेंशियल ठीक करें: उपयोगकर्ता नाम, पासवर्ड या ऐप पासवर्ड, और जाँचें कि अकाउंट SMTP AUTH का उपयोग कर सकता है।</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 कहता है कि प्राप्तकर्ता इस सर्वर पर नहीं है और बताता है कि उसके बजाय कहाँ भेजें; 550 कहीं और का रास्ता बताए बिना प्राप्तकर्ता को अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>551 रिप्लाई में forward-path होता है (&quot;please try &lt;address&gt;&quot;); यह आज दुर्लभ है और कुछ सर्वर इसे अस्वीकृत रिले के लिए गलत तरीके से इस्तेमाल करते हैं। इसके बजाय 550 रिप्लाई कोई कारण या एन्हांस्ड कोड बताता है।</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>551 के बाद जाँचें कि वह जो पता सुझाता है वह असली है, और उस पर दोबारा भेजें। 550 के बाद एन्हांस्ड कोड पढ़ें: 5.1.1 गलत पता है, 5.7.1 नीति के कारण इनकार।</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 खुद पते को अस्वीकार करता है, उसके रूप को या उसे इस्तेमाल करने के प्रेषक के अधिकार को; 550 किसी दूसरे कारण से मेलबॉक्स या संदेश को अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 आमतौर पर MAIL FROM या RCPT TO पर 5.1.3, 5.1.7 या &quot;Sender address rejected: not owned by user&quot; जैसे पाठ के साथ आता है। 550, 5.1.1 (ऐसा कोई उपयोगकर्ता नहीं), 5.7.1 (नीति) या किसी ब्लॉक के साथ आता है।</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>553 के लिए पता सुधारें: टाइपिंग की गलती, ऐसे अक्षर जिनकी अनुमति नहीं है, या ऐसा From पता जिसे आपका लॉगिन इस्तेमाल नहीं कर सकता। 550 के लिए उसके एन्हांस्ड कोड के अनुसार चलें।</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 आमतौर पर एक प्राप्तकर्ता को अस्वीकार करता है; 554 पूरे ट्रांज़ैक्शन को, या तो कनेक्शन के समय या संदेश डेटा के बाद।</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>देखें कि यह कहाँ आता है: 550, RCPT TO (या MAIL FROM) का जवाब देता है; 554 ग्रीटिंग है (&quot;No SMTP service here&quot;) या DATA के अंत का जवाब, जहाँ सामग्री और रेप्युटेशन की जाँचें चलती हैं।</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>550 के लिए प्राप्तकर्ता का पता या उस प्राप्तकर्ता के लिए नीति का कारण जाँचें। DATA के बाद 554 के लिए सामग्री, ब्लॉकलिस्ट में भेजने वाला IP पता और डोमेन का ऑथेंटिकेशन जाँचें; ग्रीटिंग पर 554 में IP पता ही अस्वीकार किया गया है।</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>ये विकल्प नहीं, बल्कि एक ही रिप्लाई की दो परतें हैं: 550 मूल रिप्लाई कोड है (स्थायी, मेलबॉक्स उपलब्ध नहीं), 5.1.1 एन्हांस्ड स्टेटस कोड, जो कारण बताता है (मेलबॉक्स मौजूद नहीं है)।</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>&quot;550 5.1.1 User unknown&quot; जैसे रिप्लाई में दोनों होते हैं। 550, 5.7.1, 5.2.1, 5.1.10 और दूसरों के साथ भी आता है, इसलिए अकेला 550 कभी नहीं बताता कि कौन-सा मामला है; 5.1.1 बाउंस रिपोर्ट के Status फ़ील्ड में भी दिखता है।</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>अगर एन्हांस्ड कोड हो, तो पहले उसे पढ़ें: दोनों में वही ज़्यादा सटीक है। जब रिप्लाई में केवल 550 हो, तो उसके बाद का पाठ ही एकमात्र सुराग है।</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>एक ही रिप्लाई की दो परतें: 552 पार हुए स्टोरेज आवंटन का मूल कोड है, 5.3.4 वह एन्हांस्ड कोड जो बताता है कि संदेश सिस्टम के लिए बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>अकेला 552 अस्पष्ट है, क्योंकि यह 5.2.2 (भरा हुआ मेलबॉक्स) और 5.2.3 (प्राप्तकर्ता की साइज़ सीमा) के साथ भी आता है; 5.3.4 के साथ कारण सर्वर की संदेश साइज़ सीमा है।</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>एन्हांस्ड कोड पढ़ें: 5.3.4 पर छोटा संदेश भेजें; 5.2.2 पर प्राप्तकर्ता को जगह खाली करनी होगी।</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 ऐसा होस्ट है जो कभी किसी से मेल स्वीकार नहीं करता; ग्रीटिंग पर 554 इस क्लाइंट को अस्वीकार करता है, आमतौर पर उसके IP पते के कारण।</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 उन होस्ट से आता है जिन्हें कोई भी मेल न लेने के लिए सेट किया गया है, और डोमेन अक्सर null MX भी प्रकाशित करता है। ग्रीटिंग पर 554 आमतौर पर किसी ब्लॉकलिस्ट, नीति या आपके पते का नाम लेता है।</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>521 के बाद वहाँ भेजना बंद करें: पता या MX रिकॉर्ड गलत है। 554 के बाद बताई गई ब्लॉकलिस्ट में भेजने वाले IP पते को जाँचें और delisting का अनुरोध करें, या अच्छी रेप्युटेशन वाले सर्वर से भेजें।</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 कहता है कि प्राप्तकर्ता का डोमेन कोई भी मेल नहीं लेता; 554 कहता है कि यह ट्रांज़ैक्शन विफल हुआ, उस कारण से जो उसका पाठ बताता है।</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556, 5.1.10 के साथ आता है, अक्सर आपके अपने भेजने वाले सर्वर से, जब उसे डोमेन का null MX (&quot;MX 0 .&quot;) मिल गया, प्राप्तकर्ता से कोई भी कनेक्शन होने से पहले। 554 रिमोट सर्वर से आता है, ग्रीटिंग पर या DATA के बाद।</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>556 के बाद यह पता काम नहीं कर सकता: प्राप्तकर्ता से कोई दूसरा पता माँगें। 554 के बाद उसका पाठ पढ़ें: ब्लॉकलिस्ट, सामग्री या नीति।</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 ऐसा मेलबॉक्स है जिसे प्राप्तकर्ता का सर्वर नहीं जानता; 5.1.10 ऐसा डोमेन है जो घोषित करता है कि वह कोई भी मेल नहीं लेता (null MX)।</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1, RCPT TO के बाद प्राप्तकर्ता के सर्वर से आता है। 5.1.10 आमतौर पर आपके अपने भेजने वाले सर्वर से आता है, जिसने डोमेन का null MX पढ़ा और कभी कनेक्ट ही नहीं किया।</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 के लिए @ से पहले वाले हिस्से में टाइपिंग की गलती जाँचें। 5.1.10 के लिए मेलबॉक्स की कोई भी वर्तनी काम नहीं करेगी: किसी दूसरे डोमेन पर पता माँगें।</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 ऐसा पता है जो मौजूद नहीं है; 5.2.1 ऐसा मेलबॉक्स है जो मौजूद है, लेकिन निष्क्रिय या निलंबित है।</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>पाठ से पता चलता है: 5.1.1 के लिए &quot;does not exist&quot;, &quot;no such user&quot; या &quot;user unknown&quot;; 5.2.1 के लिए &quot;disabled&quot;, &quot;inactive&quot; या &quot;suspended&quot;।</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 के लिए पता सुधारें। 5.2.1 के लिए प्राप्तकर्ता तक किसी दूसरे तरीके से पहुँचें; अगर बाउंस हफ़्तों तक दोहराता रहे, तो पते को खत्म मानें और उसे सूचियों से हटा दें।</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1, @ से पहले वाले हिस्से (मेलबॉक्स) में दोष बताता है; 5.1.2 उसके बाद वाले हिस्से (डोमेन) में।</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 अक्सर आपके अपने सर्वर से आता है, जिसे DNS में डोमेन नहीं मिला; 5.1.1 प्राप्तकर्ता के सर्वर से आता है, जिसने मेलबॉक्स खोजा और कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>जो हिस्सा गलत है, उसे सुधारें: 5.1.1 के लिए उपयोगकर्ता नाम, 5.1.2 के लिए डोमेन।</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 कहता है कि प्राप्तकर्ता का डोमेन मान्य मेल गंतव्य नहीं है; 5.4.4 कहता है कि भेजने वाले सिस्टम को उस तक कोई रूट नहीं मिला।</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 ऐसे डोमेन के बाद आता है जो मौजूद नहीं है (NXDOMAIN), अक्सर टाइपिंग की गलती। 5.4.4 तब आता है जब DNS जवाब तो देता है पर कोई उपयोगी रूट नहीं मिलता: ऐसा MX जो बिना पते वाले नाम की ओर इशारा करता है, या ऐसे रिकॉर्ड जो रिज़ॉल्व नहीं हो सकते।</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>5.1.2 के लिए डोमेन की वर्तनी ठीक करें। 5.4.4 के लिए प्राप्तकर्ता डोमेन का एडमिन उसके MX रिकॉर्ड ठीक करता है; अगर कई डोमेन विफल हों, तो भेजने वाले सर्वर का अपना DNS रिज़ॉल्वर जाँचें।</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 प्राप्तकर्ता के डोमेन के बारे में है, जो कोई मेल नहीं लेता; 5.7.27 प्रेषक के डोमेन के बारे में है, जो घोषित करता है कि वह कोई मेल नहीं लेता और इसलिए प्रेषक के रूप में अस्वीकार होता है।</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 प्राप्तकर्ता के पते का नाम लेता है और आमतौर पर आपके अपने भेजने वाले सर्वर से आता है। 5.7.27 प्राप्त करने वाले सर्वर से आता है, आपके MAIL FROM या From डोमेन के बारे में।</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>5.1.10 के लिए प्राप्तकर्ता का कोई दूसरा पता इस्तेमाल करें। 5.7.27 के लिए प्रेषक का एडमिन null MX हटाता है, या ऐसे डोमेन से भेजता है जो जवाब और बाउंस प्राप्त कर सके।</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>वही भरा हुआ मेलबॉक्स; 4.2.2 पर भेजने वाला सर्वर पुनः प्रयास करता है, 5.2.2 पर तुरंत हार मान ली जाती है।</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>केवल वर्ग अलग है, और एक ही स्थिति में सर्वर अलग-अलग चुनाव करते हैं: कई 452 4.2.2 भेजते हैं, जबकि दूसरे 552 5.2.2।</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>4.2.2 के बाद कुछ करने की ज़रूरत नहीं: क्यू पुनः प्रयास करती है, और प्राप्तकर्ता को बताया जा सकता है कि उसका मेलबॉक्स भरा है। 5.2.2 के बाद संदेश दोबारा भेजने से पहले प्राप्तकर्ता को जगह खाली करनी होगी।</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 भरा हुआ मेलबॉक्स है; 5.2.3 एक ऐसा संदेश है जो प्राप्तकर्ता की साइज़ सीमा से बड़ा है।</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>5.2.2 के लिए पाठ कोटा या भरे हुए मेलबॉक्स की बात करता है, 5.2.3 के लिए संदेश के साइज़ की। एक छोटा टेस्ट संदेश 5.2.3 वाले मेलबॉक्स तक पहुँच जाता है, 5.2.2 वाले तक कभी नहीं।</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>5.2.2 के लिए प्राप्तकर्ता जगह खाली करता है। 5.2.3 के लिए कम भेजें: अटैचमेंट को कंप्रेस करें या लिंक शेयर करें।</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>दोनों साइज़ के बारे में हैं: 5.3.4 पूरे सर्वर की सीमा है, 5.2.3 प्राप्तकर्ता या मेलबॉक्स के लिए तय की गई सीमा।</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4, MAIL FROM पर ही आ सकता है, जब SIZE पैरामीटर सर्वर की घोषित सीमा से ज़्यादा हो, और वहाँ हर प्राप्तकर्ता पर लागू होता है; 5.2.3 कुछ खास प्राप्तकर्ताओं के लिए आता है।</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>दोनों में छोटा संदेश भेजें। 5.3.4 की सीमा केवल प्राप्त करने वाली ओर का एडमिन बढ़ा सकता है (Postfix में message_size_limit); 5.2.3 की सीमा उसी मेलबॉक्स या ग्रुप के लिए विशेष हो सकती है।</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 का अर्थ है कि प्राप्त करने वाले होस्ट से कोई कनेक्शन नहीं बन सका; 4.4.2 का अर्थ है कि कनेक्शन बना और फिर टूट गया।</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix कनेक्ट करते समय 4.4.1 को &quot;Connection timed out&quot; या &quot;Connection refused&quot; के साथ लॉग करता है, और 4.4.2 को &quot;lost connection with ... while sending ...&quot; के साथ।</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>4.4.1 के लिए जाँचें कि आउटबाउंड पोर्ट 25 खुला है, MX होस्ट चालू है और उसका पता सही है। 4.4.2 के लिए देखें कि सत्र के बीच में दूसरी ओर ने क्या किया: टाइमआउट, TLS विफलताएँ, या लंबे ट्रांसफ़र काटने वाला फ़ायरवॉल।</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>दोनों ऐसे संदेश से जुड़े हैं जो समय पर डिलीवर नहीं हो सका; 4.4.7 चेतावनी है कि वह अभी भी क्यू में है, 5.4.7 क्यू में रहने की अवधि खत्म होने के बाद की अंतिम विफलता है।</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>4.4.7 सूचना कहती है कि संदेश में देरी है और सर्वर कोशिश करता रहेगा (Action: delayed)। 5.4.7 बाउंस कहता है कि सर्वर ने हार मान ली है (Action: failed), और वह संदेश लौटा देता है।</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>4.4.7 के बाद अभी कुछ खोया नहीं है: पता करें कि गंतव्य तक क्यों नहीं पहुँचा जा सकता। 5.4.7 के बाद, गंतव्य के मेल स्वीकार करने लगते ही संदेश दोबारा भेजना होगा।</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>दोनों कहते हैं कि प्राप्तकर्ता बहुत ज़्यादा हैं; 4.5.3 बाकी को दूसरे ट्रांज़ैक्शन में माँगता है, 5.5.3 बहुत ज़्यादा प्राप्तकर्ता होने के कारण संदेश अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3, सर्वर की प्रति-ट्रांज़ैक्शन सीमा पूरी होने के बाद 452 के साथ आता है; उससे पहले स्वीकार हुए प्राप्तकर्ताओं को संदेश फिर भी मिलता है। 5.5.3 स्थायी इनकार है, अक्सर किसी प्रोवाइडर की प्रति-संदेश प्राप्तकर्ता सीमा के कारण।</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>4.5.3 के बाद कुछ करने की ज़रूरत नहीं: मेल सर्वर बाकी प्राप्तकर्ताओं को अपने आप भेज देते हैं। 5.5.3 के बाद प्राप्तकर्ता सूची को बाँटें, या मेलिंग लिस्ट या बल्क भेजने वाली सेवा का उपयोग करें।</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>दोनों सुरक्षा या नीति के कारण अस्थायी इनकार हैं; 4.7.0 कोई खास कारण नहीं देता, 4.7.1 कहता है कि फ़िलहाल डिलीवरी अधिकृत नहीं है।</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 अक्सर TLS या ऑथेंटिकेशन की समस्या और संदिग्ध ट्रैफ़िक के लिए रेट लिमिट के साथ आता है; 4.7.1 अक्सर ग्रेलिस्टिंग या भेजने वाले IP पते के अस्थायी ब्लॉक के साथ। केवल पाठ ही भरोसेमंद संकेत है।</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>दोनों में क्यू को पुनः प्रयास करने दें। अगर ये जारी रहें, तो भेजने वाले IP पते की रेप्युटेशन, उसका रिवर्स DNS, डोमेन का SPF और DKIM, और TLS काम करता है या नहीं, यह जाँचें।</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 बिना विशेष कारण वाला सुरक्षा इनकार है; 5.7.1 इसलिए इनकार है कि प्रेषक, प्राप्तकर्ता या रिले अधिकृत नहीं है।</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0, 530 के साथ आम है, जब पहले TLS या ऑथेंटिकेशन ज़रूरी हो। 5.7.1 आमतौर पर 550 या 554 और किसी कारण के साथ आता है: रिले अस्वीकृत, कोई ब्लॉकलिस्ट, प्राप्तकर्ता के लिए कोई नीति।</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>5.7.0 के लिए वह शर्त पूरी करें जो पाठ बताता है (STARTTLS, AUTH)। 5.7.1 के लिए दिए गए कारण के अनुसार कार्रवाई करें: रिले के लिए ऑथेंटिकेट करें, delisting करवाएँ, या प्राप्तकर्ता से प्रेषक को अनुमति देने को कहें।</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 अधिकार न होने का कोई भी इनकार है; 5.7.26 विशेष रूप से ऐसा मेल है जो ऑथेंटिकेशन में विफल रहा (SPF और DKIM, और इसलिए DMARC)।</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>5.7.26 का पाठ ऑथेंटिकेशन, SPF, DKIM या DMARC की बात करता है। 5.7.1 का पाठ रिले, किसी ब्लॉकलिस्ट, नीति या प्रेषक का नाम लेता है।</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>5.7.26 के लिए भेजने वाले डोमेन का एडमिन SPF ठीक करता है, DKIM से साइन करता है और दोनों को From डोमेन के साथ aligned करता है। 5.7.1 के लिए पाठ में दिए कारण के अनुसार चलें।</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>वही इनकार, डिलीवरी अधिकृत नहीं, लेकिन 4.7.1 अस्थायी है और 5.7.1 स्थायी।</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>वर्ग से पता चलता है: 4.7.1 संदेश को प्रेषक की क्यू में रखता है, आमतौर पर ग्रेलिस्टिंग या अस्थायी ब्लॉक के कारण; 5.7.1 उसे तुरंत लौटा देता है।</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>4.7.1 के बाद क्यू को उसी IP पते से पुनः प्रयास करने दें। 5.7.1 के बाद दोबारा भेजने से पहले वह कारण दूर करें जो पाठ बताता है।</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 अस्वीकृत उपयोगकर्ता नाम या पासवर्ड है; 5.7.0 बिना विशेष कारण वाला सुरक्षा कारण है, साइन इन के समय अक्सर यह कि ऑथेंटिकेशन ज़रूरी ही है।</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8, AUTH के बाद आता है, आमतौर पर 535 5.7.8 के रूप में। 5.7.0, AUTH से पहले आता है, 530 5.7.0 के रूप में, जब क्लाइंट ने साइन इन किए बिना या TLS के बिना भेजने की कोशिश की।</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 के लिए क्रेडेंशियल सुधारें या ऐप पासवर्ड इस्तेमाल करें। 5.7.0 के लिए क्लाइंट में TLS और ऑथेंटिकेशन चालू करें।</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 क्रेडेंशियल को अस्वीकार करता है; 5.7.9 ऑथेंटिकेशन मैकेनिज़्म या पासवर्ड के प्रकार को।</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8, 535 के साथ आता है; 5.7.9, 534 और &quot;Application-specific password required&quot; जैसे पाठ के साथ।</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 के लिए उपयोगकर्ता नाम या पासवर्ड ठीक करें। 5.7.9 के लिए ज़्यादा मज़बूत मैकेनिज़्म, ऐप पासवर्ड या OAuth पर जाएँ, जो भी प्रोवाइडर माँगे।</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>दोनों कहते हैं कि ऑथेंटिकेशन के लिए एन्क्रिप्शन चाहिए; 5.7.10 (523 के साथ) मैकेनिज़्म इस्तेमाल होने से पहले एन्क्रिप्शन परत माँगता है, 5.7.11 (538 के साथ) कहता है कि चुना गया मैकेनिज़्म केवल एन्क्रिप्टेड कनेक्शन पर काम करता है।</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>मूल कोड इन्हें अलग करता है: 523, 5.7.10 के साथ और 538, 5.7.11 के साथ आता है। दोनों बिना एन्क्रिप्शन वाले कनेक्शन पर AUTH का जवाब देते हैं, और दोनों दुर्लभ हैं, क्योंकि आधुनिक सर्वर TLS से पहले पासवर्ड मैकेनिज़्म पेश नहीं करते।</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>दोनों मामलों में AUTH से पहले TLS शुरू करें (STARTTLS, या पोर्ट 465 पर implicit TLS), और जाँचें कि क्लाइंट सादे पाठ पर वापस न चला जाए।</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 केवल SPF जाँच की विफलता है; 5.7.26 का अर्थ है कि कई ऑथेंटिकेशन जाँचें विफल हुईं, यानी संदेश में पास होने वाला DKIM सिग्नेचर भी नहीं था।</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>5.7.23 का पाठ SPF का और अक्सर भेजने वाले IP पते का नाम लेता है; 5.7.26 का पाठ कहता है कि संदेश ऑथेंटिकेटेड नहीं है, या DMARC का ज़िक्र करता है।</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>5.7.23 के लिए भेजने वाले सर्वर या सेवा को डोमेन के SPF रिकॉर्ड में जोड़ें। 5.7.26 के लिए यह करें और साथ ही From डोमेन के साथ aligned DKIM से साइन भी करें।</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 बिना मान्य रिवर्स DNS वाले भेजने वाले IP पते को अस्वीकार करता है; 5.7.1 अधिकार न होने का सामान्य इनकार है।</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>5.7.25 का पाठ PTR या रिवर्स DNS का ज़िक्र करता है (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;)। 5.7.1 कोई दूसरा कारण बताता है।</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>5.7.25 के लिए IP पते के मालिक (होस्टिंग या नेटवर्क प्रोवाइडर) से ऐसा PTR रिकॉर्ड माँगें जिसका नाम वापस उसी पते पर रिज़ॉल्व हो। 5.7.1 के लिए उसके पाठ के अनुसार चलें।</translation>
    </message>
</context>
</TS>
