<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>تعذر فتح الاتصال</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>تعذر الاتصال بخادم SMTP</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>خطأ المقبس 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>لا يعرّف أي RFC الرقم 101 ردًّا في SMTP: لا يجوز لخوادم SMTP أن ترسل إلا رموزًا تبدأ بـ 2 أو 3 أو 4 أو 5، ولا توجد في SMTP فئة 1xx أصلًا. الرقم الذي يراه الناس هو في الغالب رقم خطأ من نظام التشغيل، وعادةً رقم الخطأ errno 101 في Linux، أي ENETUNREACH (الشبكة غير قابلة للوصول)، يعرضه عميل أو مكتبة لم يتمكن حتى من فتح اتصال TCP. وكثيرًا ما يُخلط بينه وبين 421 أو الرمز المحسّن 4.4.1 الذي تسجله خوادم البريد للنوع نفسه من الإخفاق.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>قبل بدء أي حوار SMTP، بينما لا يزال العميل يحاول الاتصال. من مصادره المعتادة PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;) ومكتبة smtplib في Python (&quot;[Errno 101] Network is unreachable&quot;) وأسطر سجل Postfix مثل &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;، وكثيرًا ما يظهر لعنوان IPv6 الخاص بخادم MX للوجهة على مضيف لا يعمل فيه IPv6.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>لا عيب في الرسالة ولا في المستلم: المضيف المرسل لا يملك مسارًا شبكيًا إلى الخادم. يتحقق مسؤول البريد لدى المرسل (أو من يدير المضيف الذي يعمل عليه السكربت) من المسار الافتراضي، وإذا كانت الإخفاقات لعناوين IPv6 فإما أن يصلح اتصال IPv6 وإما أن يجعل برنامج البريد يستخدم IPv4 وحده (في Postfix: inet_protocols = ipv4). تأكد كذلك من أن اسم الخادم في إعدادات العميل يُترجم إلى العنوان الذي تتوقعه، وأن شبكة VPN أو شبكة الحاويات لا ينقصها مسار. يخرج البريد الموجود في قائمة الانتظار عند إعادة المحاولة التالية بمجرد أن يصبح الخادم في متناول المضيف.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>للوجهة سجل AAAA، والمضيف المرسل مفعّل فيه IPv6 لكن دون مسار IPv6 افتراضي، فتخفق كل محاولة عبر IPv6 فورًا.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>لا يملك المضيف المرسل أي مسار افتراضي صالح للاستخدام، كحاوية أو آلة افتراضية أو خادم مثبت حديثًا ببوابة خاطئة.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>شبكة VPN أو مسار سياسات أو قاعدة جدار حماية في جهة الإرسال ترسل حركة المرور الموجهة إلى شبكة الخادم إلى لا مكان.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>نُسخ الرقم من قائمة «رموز أخطاء SMTP» في مدونة؛ إنه خطأ المقبس لدى العميل، وليس شيئًا قاله خادم بريد.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>استعلم عن عنواني IPv6 وIPv4 اللذين سيحاول العميل الاتصال بهما للوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>اسأل النواة عن المسار الذي ستستخدمه للعنوان الذي يخفق؛ ظهور خطأ هنا يؤكد مشكلة التوجيه.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>جرّب اتصال TCP بسيطًا بالمنفذ الذي يستخدمه العميل (25 أو 465 أو 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>على مضيف Postfix، اعرض إخفاقات «الشبكة غير قابلة للوصول» الأخيرة ولاحظ هل هي كلها عبر IPv6.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>يعامله خادم البريد إخفاقًا مؤقتًا: تبقى الرسالة في قائمة الانتظار وتعاد محاولة تسليمها بفواصل زمنية متزايدة. أما السكربت أو التطبيق فعليه إعادة المحاولة بعد مهلة أو إبلاغ مستخدمه بالإخفاق؛ ولن يفيد تكرار المحاولة حتى يُصلح المسار.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>تعذر الاتصال بخادم SMTP</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>لا يعرّف أي RFC الرقم 111 ردًّا في SMTP؛ ولا يمكن لخادم بريد أن يرسله أبدًا، لأن ردود SMTP تبدأ بـ 2 أو 3 أو 4 أو 5. الرقم هو errno 111 في Linux، أي ECONNREFUSED: رُفضت محاولة اتصال العميل صراحةً، بإعادة ضبط TCP أو برسالة ICMP port-unreachable، لأن لا شيء يستمع على ذلك المنفذ أو لأن جدار حماية يرفضه. وكثيرًا ما يُخلط بينه وبين 421 أو 554 اللذين يأتيان من خادم أجاب فعلًا، وهو يقابل الرمز 4.4.1 الذي تسجله خوادم البريد للاتصالات الفاشلة.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>عند الاتصال، قبل أي ترحيب. يظهر بصيغة &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; في Python، و&quot;Connection refused (111)&quot; في PHPMailer، وفي سجلات Postfix بصيغة &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; مع dsn=4.4.1 وstatus=deferred. وتبلّغ برامج Windows عن الحالة نفسها بخطأ المقبس 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>حدّد أولًا أي طرف هو الذي يرفض. إن كنت تدير الخادم، فتأكد من أن خدمة البريد تعمل، وتستمع على العنوان العام والمنفذ الصحيح (لا على 127.0.0.1 وحده)، ويسمح بها جدار الحماية في المضيف. وإن كنت المرسل، فتحقق من أن التطبيق يستخدم المضيف والمنفذ الصحيحين (587 أو 465 للإرسال من العملاء، و25 بين الخوادم) وأن جدار حماية محليًا أو لدى المزود لا يرفض SMTP الصادر. البريد الموجود أصلًا في قائمة انتظار MTA يُسلم في إعادة محاولة لاحقة بمجرد أن يقبل المنفذ الاتصالات.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>خدمة البريد على الخادم متوقفة أو انهارت، فلا شيء يستمع على المنفذ 25 أو 465 أو 587.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>خادم MTA مربوط بواجهة الاسترجاع (loopback) وحدها (مثلًا Postfix مع inet_interfaces = loopback-only) بينما يتصل العميل عبر الشبكة.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>يشير التطبيق إلى مضيف أو منفذ خاطئ، مثل 465 على خادم لا يقدّم إلا 587، أو اسم خادم أُخرج من الخدمة.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>جدار حماية أمام الخادم يرفض المنفذ بإعادة ضبط الاتصال بدلًا من إسقاط الحزم بصمت.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>اختبر من شبكة العميل هل يقبل المنفذ اتصالات TCP.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>على الخادم، اعرض مقابس SMTP المستمعة والعناوين المربوطة بها.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>على خادم Postfix، اعرض الواجهات والبروتوكولات التي يرتبط بها.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>على الخادم المرسل (MTA)، اعرض الاتصالات المرفوضة مؤخرًا لمعرفة الوجهات المتأثرة.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>عامله على أنه مؤقت: يبقي خادم MTA الرسالة في قائمة الانتظار ويعيد المحاولة بفواصل متزايدة حتى تنتهي مدة بقائها في قائمة الانتظار (خمسة أيام افتراضيًا في Postfix). أما التطبيق فعليه الانتظار قبل إعادة المحاولة وتنبيه شخص ما، لأن الرفض سيتكرر حتى يُصلح المستمع أو جدار الحماية.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>رد نجاح غير معياري</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>الرمز 200 ليس ردًّا صالحًا في SMTP ولم يكن كذلك قط: لم يعرّف RFC 821 أي رمز 200، والأوامر مثل NOOP وRSET تنجح بالرمز 250. وهو مدرج في الفهرس فقط لأن RFC 876، وهو مسح لخوادم SMTP أُجري عام 1983، وجد أن بعض الخوادم الأولى كانت تجيب خطأً بالرمز 200 حيث يلزم 250.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>لا يكاد يظهر في بريد اليوم. تاريخيًا كان يُرسل ردًّا على NOOP أو RSET من بعض خوادم أوائل الثمانينيات. وحين يبلّغ أحد اليوم عن 200، فهو غالبًا من خادم SMTP مكتوب يدويًا أو خادم محاكاة، أو هو حالة HTTP 200 من واجهة برمجية للإرسال عبر الويب انتهى بها المطاف في سجل بجوار رموز SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح في الرسالة. الخادم الذي يجيب فعلًا على أمر SMTP بالرمز 200 ينبغي أن يصححه مطوره ليرسل 250. والعميل الذي يتبع RFC 5321 لا يقرأ إلا الرقم الأول من الرمز غير المعروف، فيعامل 200 على أنه نجاح؛ ولا يحتاج إلى إصلاح من مطور البرنامج إلا العميل الذي يُجهض الجلسة بسببه. وإذا جاء الرمز 200 من واجهة برمجية للبريد عبر HTTP، فاقرأ أحداث التسليم في تلك الخدمة بدلًا من البحث عن معنى في SMTP.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>خادم SMTP قديم جدًا أو مصنوع منزليًا يستخدم 200 بدلًا من 250 مع NOOP أو RSET أو غيرهما من الأوامر الناجحة.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>أجابت واجهة برمجية للبريد عبر HTTP بالرمز 200 OK، فقُرئت الحالة كأنها رد SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>أداة اختبار أو خادم SMTP للمحاكاة يعيد رموزًا مختارة من قائمة مرجعية.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>تحدث إلى الخادم يدويًا ولاحظ الأمر الذي ينتج الرمز 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>تحقق هل جاء الرمز 200 من جلسة SMTP أصلًا بالبحث في سجل Postfix عن ردود الخوادم البعيدة التي تبدأ بـ 200: الرسالة المقبولة تُظهر الرد داخل status=sent (...)، أما الرد غير المتوقع فيظهر بعد &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: العميل الذي يتبع RFC 5321 يقرأ الرقم 2 في البداية على أنه نجاح ويتابع. أعد الإرسال فقط إذا أجهض عميل صارم الجلسة، وبعد تصحيح العميل أو الخادم.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>حالة النظام، أو رد تعليمات النظام</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>الرمز 211 رد نجاح يحمل معلومات عن حالة الخادم نفسه أو تعليمات عنه. يدرجه RFC 5321 بجانب 214 إجابةً صالحة على HELP، لكنه نادر عمليًا لأن معظم الخوادم تستخدم 214 لنص التعليمات. ولا يقول أبدًا شيئًا عن رسالة بعينها.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>فقط حين يرسل أحدهم HELP، أو أمر حالة خاصًا تنفذه بعض الخوادم، أثناء جلسة يدوية أو فحص؛ فسكربت smtp-commands في nmap مثلًا يرسل EHLO وHELP لسرد ما يدعمه الخادم. ولا يظهر في التسليم العادي، ولا في رسائل الارتداد، ولا في سجلات قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: هذا رد نجاح إعلامي. لا تتعمق إلا إذا عامله عميل على أنه خطأ، وهذا عيب في برنامج ذلك العميل، أو إذا أراد مسؤول الخادم الحد مما يكشفه الخادم عن نفسه للغرباء.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>شخص يختبر الخادم يدويًا كتب HELP، وهذا التنفيذ يجيب بالرمز 211 بدلًا من 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>أرسلت أداة فحص أو جرد الأمر HELP لأخذ بصمة الخادم وسرد أوامره.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>يقدّم الخادم أمر حالة غير معياري ويوسم مخرجاته بالرمز 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>أرسل HELP بنفسك وقارن الرمز بالرمز 214 الأكثر شيوعًا.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>اعرض الأوامر والامتدادات التي يعلن الخادم دعمها.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: لا أثر للأمر HELP في أي معاملة بريد، فيتابع العميل ببساطة إلى أمره التالي.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>رسالة تعليمات (للمستخدم البشري)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>الرمز 214 هو رد النجاح المعتاد على HELP: النص الذي يليه موجه إلى شخص يقرأ الجلسة، كقائمة بالأوامر المدعومة أو ملاحظات عن أمر غير معياري. لا ينبغي للبرامج أن تحلله، ولا يقول شيئًا عن قبول البريد من عدمه.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>في الجلسات التفاعلية أو المؤتمتة بعد HELP، وعادةً في رد متعدد الأسطر. يجيب Exim بـ &quot;214-Commands supported:&quot; وقائمة أوامر، ويجيب Sendmail بعدة أسطر &quot;214-2.0.0&quot; من نص التعليمات. أما Postfix فلا ينفذ HELP ويجيب بالرمز 502 بدلًا منه، فالرمز 502 هناك ليس عطلًا.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: نجح الأمر HELP. قد تكون قائمة الأوامر في الرد 214 ناقصة أو قديمة، فاعتمد على رد EHLO لمعرفة الامتدادات المعروضة فعلًا (STARTTLS وAUTH وSIZE وPIPELINING). ويمكن لمسؤول الخادم الذي لا يريد الإعلان عن تفاصيل البرنامج أن يختصر نص التعليمات.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>كتب مسؤول أو مهندس دعم الأمر HELP أثناء جلسة اختبار عبر telnet أو openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>أرسلت أداة مراقبة أو فحص أمني الأمر HELP لجمع الأوامر المدعومة.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>أرسل عميل الأمر HELP مع اسم أمر وسيطًا للحصول على تعليمات عن ذلك الأمر وحده.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>قارن نص HELP بالامتدادات المعلنة في رد EHLO، فهي ما يتصرف العملاء بناءً عليه فعلًا.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>افتح جلسة يدويًا وأرسل HELP، وأتبعه اختياريًا باسم أمر.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>لا حاجة لإعادة المحاولة؛ يقع الأمر HELP خارج معاملة البريد، فيتابع العميل بـ EHLO أو MAIL FROM أو QUIT كما هو مخطط.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; الخدمة جاهزة</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>الرمز 220 هو ترحيب الخادم: اتصال TCP مفتوح وخدمة SMTP جاهزة لاستقبال EHLO. ينبغي أن تكون الكلمة الأولى بعد الرمز اسم مضيف الخادم. والرمز نفسه يجيب على STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; على كثير من الخوادم) ليقول إن العميل يمكنه بدء مصافحة TLS الآن.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>في السطر الأول من كل اتصال ناجح، قبل أن يقول العميل أي شيء، ومرة أخرى ردًّا على STARTTLS. من اللافتات المعتادة: &quot;ESMTP Postfix&quot;، ولافتة Microsoft &quot;Microsoft ESMTP MAIL Service ready&quot;، ولافتة Gmail المنتهية بـ &quot;- gsmtp&quot;. الترحيب الذي يبدأ بـ &quot;220-&quot; يمتد على عدة أسطر؛ ويرسل postscreen في Postfix مثل هذا الترحيب الجزئي عمدًا لاصطياد روبوتات البريد المزعج التي تتكلم قبل دورها.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: الخادم يعمل ويقبل الجلسة. لا تتعمق إلا إذا استغرق الترحيب ثواني كثيرة (DNS عكسي بطيء على الخادم، أو تأخير متعمد للترحيب)، أو إذا ذكر مضيفًا غير متوقع (ربما تصل إلى موازن أحمال أو جهاز يعترض المنفذ 25 أو عنوان IP خاطئ)، أو إذا استُبدلت اللافتة بصف من النجوم، وهي علامة على جهاز Cisco ASA أو PIX يفحص ESMTP، وقد يخفي ذلك أيضًا STARTTLS. وإذا أخفقت مصافحة TLS مباشرة بعد الرد 220 على STARTTLS، فعلى مسؤول الخادم إصلاح الشهادة أو إعدادات بروتوكول TLS.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>اتصال عادي بخادم SMTP يعمل؛ والترحيب هو الرد الأول المتوقع.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>أرسل العميل STARTTLS ووافق الخادم على التفاوض على TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>ترحيب متعدد الأسطر من postscreen أو اختبار مشابه يسبق الترحيب، وينتظره العميل السليم حتى ينتهي.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>أعاد جدار حماية أو جهاز اعتراض كتابة اللافتة، فلا يُظهر الترحيب الاسم الحقيقي للخادم.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>اتصل واقرأ الترحيب، ولاحظ كم يستغرق ظهوره.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>اختبر STARTTLS وافحص الشهادة التي يقدمها الخادم بعد رده 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>قارن DNS العكسي لعنوان IP الخادم بالاسم الوارد في الترحيب.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: تابع بـ EHLO، أو بعد الرد 220 على STARTTLS ابدأ مصافحة TLS ثم أرسل EHLO مرة أخرى. وإذا لم يصل أي ترحيب خلال الدقائق الخمس التي يسمح بها RFC 5321، فأسقط هذا الاتصال وجرّب خادم MX التالي أو أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; الخدمة تغلق قناة الإرسال</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>الرمز 221 هو رد الخادم على QUIT: انتهت الجلسة والخادم على وشك إغلاق اتصال TCP. إنه نجاح للوداع وحده، ولا يحمل أي حكم على أي رسالة أُرسلت في وقت سابق من الجلسة.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>في نهاية الجلسة تمامًا، بعد أن يرسل العميل QUIT. يرد Postfix بـ &quot;221 2.0.0 Bye&quot;، وExchange بـ &quot;221 2.0.0 Service closing transmission channel&quot;، وExim بـ &quot;221 mail.example.com closing connection&quot;. وكثيرًا ما يقع في أسفل نص جلسة فيه خطأ في موضع أعلى، ولهذا يُلام خطأً.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح. عند تتبع الخلل، مرّر إلى الأعلى: مصير الرسالة هو الرد الذي تلا النقطة الأخيرة بعد DATA (250 يعني القبول، و4xx أو 5xx يعني عدمه). لا تحقق إلا إذا أغلق الخادم دون أي 221، أو أرسل 221 ردًّا على شيء غير QUIT؛ فذلك يشير إلى انتهاء مهلة أو انهيار أو جهاز وسيط يقطع الجلسة.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>أنهى العميل عمله وأرسل QUIT، وهي النهاية العادية لكل جلسة.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>تلقى العميل رفضًا في وقت سابق، مثل 550 عند RCPT TO، فأغلق الجلسة بلباقة بالأمر QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>اتصلت أداة اختبار أو مسبار مراقبة، وتحققت من الترحيب أو رد EHLO، ثم خرجت.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>ابحث عن النتيجة الحقيقية في نص الجلسة نفسه: الرد مباشرة بعد نقطة نهاية البيانات، أو الرفض عند MAIL FROM أو RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>على خادم Postfix، اقرأ أسطر disconnect: فهي تعدّ كل أمر ومرات نجاحه (مثلًا data=1 quit=1)، وغياب quit يعني أن العميل أسقط الاتصال.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: انتهت الجلسة انتهاءً عاديًا. الرسائل التي كان رد نهاية البيانات عليها 250 قد سُلّمت إلى الطرف الآخر؛ وما تلقى منها ردودًا 4xx في وقت سابق يبقى في قائمة انتظار المرسل لتجري عليه محاولات الإعادة الخاصة به.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>نجحت المصادقة</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>الرمز 235 يعني أن تبادل AUTH نجح: قبل الخادم اسم المستخدم وكلمة المرور، أو الرمز المميز (token)، وصار العميل مصادقًا عليه لبقية هذه الجلسة. ويحمل عادةً الرمز المحسّن 2.7.0. المصادقة وحدها لا تسمح بالإرسال باسم أي عنوان؛ فما زال بإمكان الخادم بعدها أن يرفض المرسل أو المستلمين.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>أثناء الإرسال من العملاء (submission) على المنفذ 587 أو 465، عادةً بعد STARTTLS، مباشرة بعد اكتمال AUTH PLAIN أو AUTH LOGIN أو XOAUTH2 أو آلية SASL أخرى. تراه عملاء البريد والطابعات والماسحات الضوئية وتطبيقات الويب وخوادم MTA التي تمر بالترحيل عبر مضيف ذكي (smarthost)؛ ويرسل Postfix &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح في تسجيل الدخول نفسه. إذا ظل البريد يخفق بعد 235، فاقرأ الرد التالي: الرد 553 أو 550 عند MAIL FROM يعني عادةً أن الحساب لا يجوز له الإرسال باسم ذلك العنوان (مثلًا reject_sender_login_mismatch في Postfix)، وأخطاء 5.7.x اللاحقة تشير إلى السياسة. وينبغي لمسؤولي الخوادم أيضًا مراقبة الرد 235 القادم من عناوين IP أو بلدان غير مألوفة، لأن تسجيل دخول ناجحًا بكلمة مرور مسروقة هو بداية كثير من حملات البريد المزعج من الحسابات المخترقة.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>أرسل العميل بيانات اعتماد صحيحة بآلية عرضها الخادم، عبر اتصال يعدّه الخادم آمنًا بما يكفي.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>قُبلت كلمة مرور تطبيق أو رمز OAuth على حساب يشترط أحدهما بدلًا من كلمة المرور العادية.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>مرسل بريد مزعج يستخدم حسابًا مخترقًا؛ وتسجيل الدخول هذا يبدو تمامًا مثل تسجيل دخول مشروع.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>أعد تسجيل الدخول باستخدام swaks (يطلب كلمة المرور) لتفصل مشكلات بيانات الاعتماد عن مشكلات إعداد العميل.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>على خادم Postfix، اعرض الحسابات التي سجلت الدخول وعناوين العملاء التي جاءت منها.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>إذا تلا الرد 235 رفضٌ للمرسل، فتحقق من الطريقة التي يربط بها الخادم أسماء تسجيل الدخول بعناوين المرسلين.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>لا حاجة لإعادة المحاولة؛ تابع بـ MAIL FROM. لا ترسل AUTH مرة أخرى في الجلسة نفسها: بعد AUTH ناجح يلزم RFC 4954 الخادم برفض أي أمر AUTH آخر بالرمز 503.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>تم تنفيذ إجراء البريد المطلوب بنجاح</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>أُرسلت ولم تصل</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>الرمز 250 هو رد النجاح العام: نجح الأمر. يجيب به الخادم على EHLO (مع قائمة الامتدادات) وMAIL FROM وكل RCPT TO مقبول وRSET وNOOP، والأهم على نهاية بيانات الرسالة، حيث يعني أن الخادم المستقبل تحمّل مسؤولية تسليم الرسالة أو إعادة رسالة ارتداد. ولا يضمن الوصول إلى صندوق الوارد: فقد تصنف الجهة المستقبلة الرسالة بريدًا مزعجًا، أو تخفق لاحقًا وترسل رسالة ارتداد.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>طوال الجلسة العادية. الرد الذي يجيب عن سؤال «هل خرج بريدي؟» هو 250 بعد النقطة الأخيرة، وتسجله خوادم MTA مع نص الجهة المستقبلة، مثل &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; في Postfix حين تكون القفزة التالية خادم Postfix آخر. ويستخدم ETRN (RFC 1985) وATRN (RFC 2645) الرمز 250 أيضًا ليقولا إن معالجة قائمة الانتظار أو الاتصال المعكوس قد بدأ.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: قبل الخادم المستقبل الأمر أو الرسالة. إذا قال المستلم إن البريد لم يصل قط، فأعطه الوقت وعنوان المرسل ومعرّف قائمة الانتظار أو النص الذي تلا 250 في سجلك؛ ثم يبحث مسؤول البريد لدى المستلم في سجلاته ومنطقة العزل ومجلد البريد المزعج، لأن الرسالة من هذه اللحظة صارت من مسؤولية خادمه.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>كان الأمر صالحًا ومسموحًا به، فنفذه الخادم.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>عند نهاية البيانات، اجتازت الرسالة فحوص الجهة المستقبلة ووُضعت في قائمة الانتظار للتسليم.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>الجهة المستقبلة تقبل أولًا وتصفّي لاحقًا (مرشح محتوى بعد قائمة الانتظار، أو مزود يعزل الرسائل بصمت)، فأجابت بالرمز 250 عن رسالة لن تصل إلى صندوق الوارد.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>ابحث في سجل Postfix المرسل عن سطر القبول الخاص بالمستلم، بما فيه النص الذي أعادته الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>على خادم Exim المرسل، اجمع كل أسطر السجل الخاصة بعمليات التسليم إلى المستلم.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>اطلب من مسؤول البريد لدى المستلم تتبع الرسالة في جهته بمعرّف قائمة الانتظار أو Message-ID الوارد في الرد 250 (message trace في Microsoft 365، وEmail Log Search في Google Workspace).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: بعد 250 عند نهاية البيانات يعلّم الخادم المرسل (MTA) ذلك المستلم على أنه منجز ويحذف نسخته. إعادة الإرسال لن تنشئ إلا نسخة مكررة؛ ابحث في جهة الاستقبال بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>قبل Gmail الرسالة؛ ويحددها الطابع الزمني والمعرّف في سجلات Google. والقبول لا يقول شيئًا عمّا إذا كان Gmail سيضعها في صندوق الوارد أم في البريد المزعج.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>يجيب Exchange وExchange Online على نهاية البيانات بالرمز 2.6.0 وبالمعرّف Message-ID للرسالة ومعرّف داخلي؛ والمعرّف Message-ID هو ما يبحث عنه مسؤول البريد لدى المستلم في تتبع الرسائل (message trace).</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>المستخدم ليس محليًا؛ سيُعاد توجيه الرسالة إلى &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>الرمز 251 يقبل مستلمًا ويخبر العميل في الوقت نفسه بأن صندوق البريد ليس على هذا الخادم وأن الرسالة ستخضع لإعادة التوجيه إلى العنوان الوارد في نص الرد. إنه نجاح: سيُسلم البريد. ويسمح RFC 5321 للخوادم بإعادة التوجيه بصمت مع الرد 250 بدلًا منه، ومعظمها يفعل ذلك، فالرمز 251 نادر. وفي الامتداد ETRN (RFC 1985) يعني الرقم نفسه &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>ردًّا على RCPT TO، أو على VRFY، من خوادم مهيأة للإعلان عن إعادة التوجيه، وهي عادةً أنظمة قديمة أو متخصصة بعد انتقال مستخدم إلى عنوان جديد؛ أما Postfix وExim وExchange فتعيد التوجيه بصمت وتجيب بالرمز 250. ويظهر أيضًا ردًّا على ETRN حين لا يحتفظ الخادم بأي شيء للنطاق المطلوب، مثلًا حين يستطلع fetchmail في وضع ETRN خادم MX احتياطيًا.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح؛ سيتلقى المستلم الرسالة. يمكن للمرسل تحديث دفتر العناوين بالعنوان الجديد الوارد في نص الرد، لكن RFC 5321 يحذّر العملاء من فعل ذلك تلقائيًا إلا إذا كانوا يثقون بالخادم، وبرامج العملاء غير ملزمة بالتصرف بناءً عليه. وبعد رد 251 على ETRN لا يوجد ببساطة بريد في قائمة الانتظار لجلبه لذلك النطاق.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>انتقل صندوق بريد المستلم، والخادم مهيأ للكشف عن عنوان إعادة التوجيه.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>ذكر طلب ETRN نطاقًا لا توجد له لدى الخادم رسائل في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>خادم قديم ما زال يستخدم إشعار إعادة التوجيه بأسلوب RFC 821، وهو ما تخلت عنه معظم خوادم MTA الحديثة لأسباب تتعلق بالخصوصية.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>اقرأ forward-path في نص الرد وتأكد من العنوان الجديد مع المستلم قبل تغيير العناوين المخزنة.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>بالنسبة إلى ETRN، انظر إلى ما يحتفظ به فعلًا الخادم الذي يضع البريد في قائمة الانتظار لهذا النطاق.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>كرر ETRN يدويًا (EHLO أولًا، ثم ETRN example.com) واقرأ الرد.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: قُبل المستلم ويتابع الحوار بمزيد من RCPT TO أو بـ DATA. وبعد رد 251 على ETRN، استطلع مرة أخرى في الموعد المجدول التالي بدلًا من تكرار ETRN فورًا.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>لا يمكن التحقق من المستخدم عبر VRFY، لكن الرسالة ستُقبل وستجري محاولة تسليمها</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>الرمز 252 يجيب على VRFY دون تأكيد العنوان أو نفيه: الخادم لا يريد أو لا يستطيع أن يقول هل صندوق البريد موجود، لكنه سيقبل البريد الموجه إليه ويحاول تسليمه. ويوصي RFC 5321 الخوادم التي تعطل VRFY لأسباب أمنية بأن تجيب بالرمز 252، فهو الرد المعتاد على VRFY في الإنترنت اليوم. وفي ETRN (RFC 1985) يعني 252 &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>بعد VRFY، ومعظمه من أدوات جمع العناوين وخدمات تنظيف القوائم والماسحات، وأحيانًا من مسؤول يختبر يدويًا. يجيب qmail دائمًا بـ &quot;252 send some mail, i&apos;ll try my best&quot;، ويستخدم Gmail الصياغة نفسها مع 2.1.5، ويرد Exim الذي لا يملك ACL للأمر VRFY بـ &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: الرمز 252 هو اعتذار مهذب من الخادم عن التحقق، فلا تقرأه دليلًا على وجود العنوان. قبول البريد لعنوان ما لا يظهر إلا في رد RCPT TO ضمن معاملة حقيقية. وتفعيل VRFY قرار مسؤول البريد لدى المستلم، وإبقاؤه معطلًا أمر عادي وموصى به.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>الأمر VRFY معطل على الخادم لمنع جمع العناوين، فيعطي الرد المحايد 252.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>الخادم خادم MX أو خادم ترحيل يقبل البريد للنطاق لكنه لا يستطيع فحص صناديق البريد على الخادم النهائي.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>قُبل طلب ETRN لنطاق له بريد في قائمة الانتظار، وبدأ تسليم الرسائل المعلقة.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>افحص العنوان نفسه بالأمر RCPT TO، فهو ما يُعتد به في التسليم، وتوقف قبل DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>على خادم Postfix الخاص بك، تحقق هل VRFY معطل (يجيب Postfix عندئذ بالرمز 502 لا 252).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: تكرار VRFY يعطي الرد 252 نفسه. تابع بمعاملة البريد الحقيقية أو بـ QUIT.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>لا يتحقق Gmail أبدًا من العناوين عبر VRFY: يعطي هذه الإجابة المحايدة، المستعارة من صياغة qmail، سواء أكان صندوق البريد موجودًا أم لا.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK، بدأ إرسال &lt;n&gt; من الرسائل المعلقة للعقدة &lt;x&gt;</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>الرمز 253 رد نجاح على ETRN (RFC 1985): بدأ الخادم تسليم الرسائل التي كان يحتفظ بها للنطاق أو المضيف المذكور، ويذكر عددها. ولا يوجد إلا في الامتداد ETRN، الذي يتيح لموقع متقطع الاتصال أن يطلب من خادم MX الاحتياطي أو من خادم البريد لدى مزوده تفريغ قائمة الانتظار نحوه.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>فقط بعد أمر ETRN، يرسله عادةً fetchmail في وضع ETRN، أو خادم بريد في مكتب صغير عند اتصال خطه، أو مسؤول يختبر يدويًا. ويجوز للخوادم أن تجيب على ETRN بالرمز الأبسط 250 أو 252 بدلًا منه، وكثير منها يفعل (Postfix مثلًا يقول 250)، لذلك نادرًا ما يُرى 253.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح: بدأت معالجة قائمة الانتظار. تصل الرسائل المحتجزة عبر اتصالات SMTP واردة جديدة إلى خادم العميل نفسه، فإذا لم تظهر، يتحقق مسؤول البريد لدى العميل من أن هذا الخادم يمكن الوصول إليه على المنفذ 25 من الخادم الذي يحتفظ بقائمة الانتظار، ومن صحة سجلات MX وجدار الحماية.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>صار موقع العميل متصلًا وأرسل ETRN لنطاقه إلى الخادم الذي يحتفظ ببريده في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>يرسل fetchmail أو مهمة مجدولة الأمر ETRN بانتظام نيابة عن خادم بريد ذي اتصال هاتفي أو ديناميكي.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>بعد الرد 253، راقب سجل خادمك لترى عمليات التسليم الواردة.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>على خادم ترحيل Postfix الذي يحتفظ بالبريد، فرّغ يدويًا الرسائل المؤجلة لهذا النطاق عند الحاجة.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>على خادم ترحيل Exim، ابدأ معالجة قائمة الانتظار للرسائل الموجهة إلى النطاق.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: التفريغ جارٍ. أرسل ETRN مرة أخرى فقط عند الاتصال التالي أو الاستطلاع المجدول التالي، لا في حلقة متكررة أثناء التسليم.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>تحدي الخادم (يليه نص base64)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>الرمز 334 هو الرد الوسيط داخل تبادل AUTH: يريد الخادم الجزء التالي من بيانات المصادقة، والنص بعد الرمز تحدٍّ مرمّز بـ base64، وقد يكون فارغًا. يجيب العميل بسطر base64 واحد، أو بنجمة واحدة للإلغاء، وينتهي التبادل بالرمز 235 عند النجاح أو بخطأ مثل 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>مباشرة بعد أن يرسل العميل AUTH أثناء الإرسال من العملاء (submission). مع AUTH LOGIN ترسل الخوادم &quot;334 VXNlcm5hbWU6&quot; و&quot;334 UGFzc3dvcmQ6&quot;، وفك ترميزهما يعطي &quot;Username:&quot; و&quot;Password:&quot;؛ ومع AUTH PLAIN المرسل دون استجابة أولية يكون التحدي فارغًا. ومع XOAUTH2 يرسل Gmail ردًّا 334 نصه بترميز base64 خطأ JSON عند رفض رمز OAuth.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>لا خطأ في ذاته؛ على برنامج العميل أن يجيب على التحدي. إذا توقفت الجلسة أو أخفقت بعد 334، فالعميل يرسل شيئًا خاطئًا (نصًا غير مرمّز، أو آلية خاطئة، أو رمزًا منتهي الصلاحية). فك ترميز التحدي لترى ما يريده الخادم؛ وفي حالة خطأ JSON من XOAUTH2، على المرسل تحديث رمز OAuth أو منح نطاق الصلاحية الخاص بالبريد، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>بدأ العميل AUTH LOGIN، الذي يطلب دائمًا اسم المستخدم وكلمة المرور في خطوتين 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>أرسل العميل AUTH PLAIN أو آلية أخرى دون استجابة أولية، فأرسل الخادم تحديًا فارغًا.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>آلية تحدٍّ واستجابة مثل CRAM-MD5 ترسل قيمة عشوائية (nonce) بترميز base64 على العميل أن يجيب عليها بملخص مفتاحي.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>كان رمز XOAUTH2 منتهي الصلاحية أو ملغى أو ينقصه نطاق صلاحية البريد، فأبلغ الخادم عن ذلك بتحدٍّ JSON بترميز base64 قبل الإخفاق النهائي.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>فك ترميز نص التحدي لترى ما يطلبه الخادم.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>أنشئ سلسلة AUTH PLAIN لاختبار يدوي بحساب اختبار؛ إنها مرمّزة فقط لا مشفرة، فلا تستخدمها إلا عبر TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>نفّذ تبادل AUTH كاملًا عبر TLS باستخدام swaks واقرأ كل خطوة 334 في نص الجلسة.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>تابع الحوار: أرسل سطر الاستجابة التالي بترميز base64، أو نجمة واحدة للتخلي عن التبادل، ويجيب الخادم عليها بالرمز 501. لا تبدأ AUTH من جديد بعد كل 334.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>في XOAUTH2 تبلّغ Google عن رمز وصول مرفوض بتحدٍّ 334 يُفك ترميز نصه (base64) إلى JSON يحوي status وschemes وscope؛ ويجيب العميل بسطر فارغ ثم يتلقى رد الإخفاق النهائي.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>ابدأ إدخال البريد؛ وأنهِه بـ &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>الرمز 354 هو الإذن بالمتابعة بعد DATA: لدى الخادم مستلم مقبول واحد على الأقل ويريد الآن الرسالة نفسها، ترويساتها ومتنها، منتهيةً بسطر لا يحوي إلا نقطة. إنه رد وسيط وليس قبولًا؛ فالحكم على الرسالة هو الرد الذي يلي النقطة الأخيرة.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>مباشرة بعد أن يرسل العميل DATA؛ ولا توجد هذه الخطوة مع BDAT. نصوص معتادة: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;، وExim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;، وExchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;، وGmail &quot;354 Go ahead&quot;. وفي الاختبار اليدوي هنا تكتب الترويسات وسطرًا فارغًا ثم المتن.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح في هذه المرحلة. المشكلات التي تظهر بعد 354 مباشرة تنتمي إلى مرحلة البيانات: إذا توقفت الجلسة أو انتهت مهلتها أثناء إرسال رسالة كبيرة، فاشتبه في المسار الشبكي (مشكلات MTU، أو جهاز وسيط يفحص SMTP) أو في خط بطيء، وعلى مسؤول البريد لدى المرسل المقارنة برسالة اختبار صغيرة. وإذا رفض الخادم بعد النقطة، فاقرأ ذلك الرد لا الرد 354.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>أرسل العميل DATA بعد قبول RCPT TO واحد على الأقل، فالخادم جاهز لاستقبال المحتوى.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>وصل اختبار يدوي عبر telnet أو openssl إلى مرحلة البيانات.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>مع PIPELINING أرسل العميل DATA في الدفعة نفسها مع مستلميه، والرد 354 يؤكد قبول واحد منهم على الأقل.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>أرسل رسالة اختبار صغيرة وراقب الرد 354 والرد النهائي في نص الجلسة.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>إذا توقفت الرسائل الكبيرة بعد 354 بينما تمر الصغيرة، فافحص MTU المسار نحو الخادم.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>على خادم Postfix المرسل، تحقق من المدة التي ينتظرها لنقل البيانات وللرد النهائي.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>تابع الحوار: أرسل المحتوى مع مضاعفة النقاط في بدايات الأسطر (dot-stuffing) والنقطة الختامية، ثم انتظر الرد النهائي الذي يمنحه RFC 5321 عشر دقائق. وإذا انقطع الاتصال قبل ذلك الرد، فاعتبر الرسالة غير مسلمة وأعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>إزاحة الثُّمانيات هي إزاحة المعاملة</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>ينتمي الرمز 355 إلى الامتداد التجريبي CHECKPOINT في RFC 1845 (عام 1995)، الذي وُضع لاستئناف عمليات النقل الكبيرة المقطوعة. حين يكرر العميل معاملة مقطوعة بإرسال MAIL FROM مع TRANSID نفسه، فإن الخادم الذي احتفظ بالبيانات الجزئية يجيب بالرمز 355 ويضع رقمًا في بداية السطر: الإزاحة (بدءًا من الصفر) للثُّمانية التالية التي يتوقعها من بيانات الرسالة. لم ينتشر هذا الامتداد قط، ولا تقدمه الخوادم الشائعة.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>لا يكاد يظهر. لا يمكن أن يأتي إلا بعد MAIL FROM يحمل المعامل TRANSID، على خادم أعلن CHECKPOINT في رده على EHLO. ويرد في قوائم رموز SMTP من باب الاكتمال؛ أما في الحركة الحقيقية فالأرجح أن يأتي الرمز 355 من أداة اختبار أو من خادم يسيء التصرف.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح في التشغيل العادي. إذا تلقى عميل الرمز 355 دون أن يستخدم CHECKPOINT، فالخادم يسيء التصرف وينبغي إبلاغ مسؤوله؛ وبرنامج العميل الذي لم يرسل TRANSID قط لا يستطيع متابعة تلك المعاملة بطريقة معقولة وعليه إعادة ضبطها. وفي الرسائل الكبيرة جدًا، التزم بحد SIZE الذي يعلنه الخادم أو أرسل رابطًا بدلًا من مرفق.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>عميل ينفذ RFC 1845 أعاد الاتصال بعد نقل مقطوع وكرر MAIL FROM مع TRANSID نفسه.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>خادم SMTP للاختبار أو المحاكاة يصدر رموزًا من قائمة مرجعية أعاد 355 دون دعم حقيقي لنقاط الاستئناف.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>تحقق هل يعلن الخادم هذا الامتداد أصلًا؛ يجب أن يظهر CHECKPOINT في رده على EHLO.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>ابحث في سطر MAIL FROM الذي أرسله العميل عن المعامل TRANSID=؛ فمن دونه لا معنى للرمز 355.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>لا يتابع إلا العميل الذي يستخدم CHECKPOINT، فيرسل بيانات الرسالة بدءًا من الإزاحة المعطاة كما يصف RFC 1845. وعلى أي عميل آخر أن يرسل RSET ويعيد محاولة إرسال الرسالة كاملة من البداية.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>انتهت مهلة الاتصال</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>الرمز 420 ليس رمز رد SMTP في أي RFC؛ وتصفه قوائم الرموز بأنه انتهاء مهلة أثناء التحادث مع الخادم البعيد. يأتي الرقم غالبًا من Novell GroupWise، الذي يسجل وكيل الإنترنت فيه (GWIA) &quot;420 TCP read error&quot; أو &quot;420 TCP write error&quot; لحالات انتهاء المهلة الصادرة الخاصة به. ومن السهل الخلط بينه وبين الرد الحقيقي 421، أو الرمز المحسّن 4.2.0 مكتوبًا دون نقاط.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>في البريد الصادر على نظام GroupWise: اتصل GWIA بالمضيف البعيد، ثم توقفت عملية قراءة أو كتابة حتى انتهت مهلتها (خمس دقائق افتراضيًا لقراءات TCP)، فسجل 420 محليًا قبل نقل الرسالة إلى قائمة انتظار التأجيل. لم يرسل الخادم البعيد 420 قط. وفي البرامج الأخرى يكون «420» في تذكرة دعم عادةً قراءة خاطئة لـ 421 أو 4.2.0.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>يتحرى مسؤول البريد لدى المرسل المسار الشبكي؛ ويتولى GroupWise إعادة محاولة البريد المؤجل وفق جدوله الخاص. إذا كانت وجهة واحدة فقط تخفق، فاشتبه في تلك الجهة المستقبلة: مرشح يماطل أو يبطئ عنوان IP الخاص بك عمدًا (tarpit)، أو اسم HELO لا يطابق عنوانك العام. وإذا كانت كل الوجهات تخفق، فافحص جدار الحماية لديك وMTU الموجّه وبطاقة الشبكة وخط الإنترنت؛ وعادةً يحسم الأمر التقاطُ حزم لجلسة واحدة فاشلة.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>جدار حماية أو موجّه بين وكيل الإنترنت في GroupWise والإنترنت يوقف تدفق TCP، مثلًا بسبب مشكلة في MTU أو في اكتشاف MTU المسار مع المرفقات الكبيرة.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>الخادم المستقبل يتباطأ أو يتوقف عن الإجابة في منتصف الجلسة (إبطاء متعمد tarpitting، أو حمل زائد، أو مرشح لا يستسيغ عنوان IP المرسل) حتى تنتهي مهلة القراءة في GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>ملف رسالة تالف في مجلد الإرسال الخاص بـ GWIA لا يستطيع الوكيل إرساله.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>دوّن أحدهم الرد 421 أو الحالة المحسّنة 4.2.0 (تأجيل بسبب القائمة الرمادية مثلًا) على أنه 420.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>ابحث عن حوار SMTP الحقيقي للرسالة التي أخفقت في سجل الوكيل أو خادم MTA، ودوّن الرد الفعلي والرمز المحسّن.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>تحقق هل تصل الحزم بحجمها الكامل إلى الجهة المستقبلة دون تجزئة (1472 بايت من الحمولة مع الترويسات تساوي 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>شغّل جلسة اختبار كاملة من المضيف نفسه وراقب أين تتوقف.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>لا شيء خاص: البرنامج الذي سجله يعامله على أنه مؤقت ويعيد المحاولة من قائمة انتظار التأجيل. وإذا ظلت وجهة واحدة تخفق لساعات، فكفّ عن الانتظار وشخّص الاتصال.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; الخدمة غير متاحة، وجارٍ إغلاق قناة الإرسال</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>تقييد معدل الإرسال</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>الخادم يغلق الاتصال ولن يعالج هذا الأمر ولا أي أمر لاحق في الجلسة. قد يكون هذا هو الترحيب (الخدمة غير متاحة حاليًا) أو الإجابة على أي أمر لاحق حين يضطر الخادم إلى الإيقاف، أو يبلغ حدًا ما، أو يقرر إسقاط العميل. يجب على العميل التوقف، وإعادة الاتصال لاحقًا، ويجوز له في الأثناء تجربة مضيف MX آخر.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>غالبًا عند الترحيب أو مباشرة بعد EHLO أو MAIL FROM أو RCPT TO. مصادره المعتادة: postscreen وsmtpd في Postfix (&quot;421 4.3.2 All server ports are busy&quot;، &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;، &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;)، وExim وExchange عند بلوغ حدود الاتصالات أو أثناء توقف الخدمة، والمزودون الكبار الذين يقيّدون عناوين IP ذات السمعة السيئة (Gmail 421 4.7.0، وYahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>عادةً لا شيء سوى ترك قائمة الانتظار تعيد المحاولة. وإذا استمر، يقرأ مسؤول البريد لدى المرسل النص: حد الاتصالات أو المعدل يعني اتصالات متوازية أقل ومعدل رسائل أبطأ نحو ذلك النطاق (في Postfix: ناقل مخصص بحد أدنى لتزامن الوجهة وتأخير في المعدل)؛ أما الحظر بسبب السمعة فيعني فحص قوائم الحظر وPTR وSPF وDKIM وDMARC ومعدلات الشكاوى، ثم إرسال بريد أقل ومرغوب فيه أكثر. وإذا أشار النص إلى إيقاف تشغيل أو مشكلة محلية لدى الجهة المستقبلة، فلا يستطيع إصلاحها إلا مسؤول البريد لدى المستلم.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>الجهة المستقبلة تقيّد عنوان IP المرسل لأسباب تتعلق بالسمعة أو بحجم الإرسال (شكاوى من البريد المزعج، أو قفزة مفاجئة في الحجم، أو إدراج في قائمة حظر).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>اتصالات متزامنة كثيرة جدًا من عميل واحد، أو بلوغ حد معدل الاتصالات.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>خدمة SMTP في طور الإيقاف أو إعادة التشغيل، أو نفدت عمليات العمل (worker) لديها.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>كان العميل بطيئًا جدًا أو أرسل أوامر خاطئة كثيرة جدًا، فأنهى الخادم الجلسة (انتهاء مهلة أو بلوغ حد الأخطاء).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>لم يُستوفَ شرط TLS أو شرط سياسة خاص بنطاق المستلم، فيغلق المزود الجلسة (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>اقرأ نص التأجيل المسجل للوجهة؛ فهو يسمي الحد أو الحظر الذي طُبق.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>تحقق هل عنوان IP المرسل مدرج في قائمة حظر عامة (استعلم بترتيب الثُّمانيات معكوسًا).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>تأكد من أن لعنوان IP المرسل سجل PTR يُترجم اسمه إلى عنوان IP نفسه.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>عُدّ اتصالات SMTP الصادرة التي يبقيها خادمك مفتوحة في آن واحد.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة؛ انتهت الجلسة، فأعد الاتصال بدلًا من إرسال مزيد من الأوامر. الانتقال إلى مضيف MX التالي لا بأس به، لكن إعادة الاتصال بالمضيف نفسه مرارًا وتكرارًا تطيل مدة التقييد بسبب السمعة.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>يقيّد Gmail معدل الإرسال من عنوان IP المرسل بسبب سمعته أو بسبب حركة تشبه البريد المزعج؛ ويزول ذلك مع انخفاض الحجم وتعافي السمعة.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>يؤجل Yahoo البريد القادم من عنوان IP بسبب معدلات الشكاوى أو حجم غير معتاد؛ والوسم بين القوسين المعقوفين (TSS04 وما شابهه) رمز السبب الخاص بـ Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>لا تعريف أساسي له (مرتبط بالرمز X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>لا يعرّف أي RFC الرد 422. يدرج سجل IANA لرموز الحالة المحسّنة 422 بجانب 432 رمزين أساسيين للرمز X.7.12 (يلزم الانتقال إلى كلمة مرور جديدة)، بينما لا يستخدم RFC 4954، الذي يعرّف X.7.12، إلا 432 4.7.12. إذا صادفت 422، فاقرأه إخفاقًا مؤقتًا بمعنى 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>لا يكاد يظهر في الاتصالات الفعلية؛ ولا نعرف أي خادم شائع يرسله. يجده الناس في جدول سجل IANA أو في مكتبات قوائم الرموز التي تنسخ ارتباطات السجل. والخادم الذي قد يرسله سيفعل ذلك ردًّا على AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>عامله مثل 432: يصادق المستخدم، أو برنامج العميل نيابة عنه، مرة واحدة بآلية نص صريح مثل PLAIN عبر TLS كي يتمكن الخادم من اشتقاق بيانات الاعتماد التي تحتاجها الآلية الأقوى، ثم يعود إلى الآلية المعتادة. وإذا ظل الخادم يجيب بالرمز 422، فعلى مسؤوله فحص الواجهة الخلفية للمصادقة والتحول إلى الرد الموثق 432.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>بيانات اعتماد الحساب المخزنة غير موجودة بعد بالشكل الذي تحتاجه آلية SASL المطلوبة، مثلًا بعد تغيير طريقة تخزين كلمات المرور.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>خادم أو مكتبة نسخ ارتباط سجل IANA فيصدر 422 حيث ينص RFC 4954 على 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>جرّب الحساب نفسه مع AUTH PLAIN عبر STARTTLS وانظر هل يقبله الخادم (يطلب swaks كلمة المرور).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>اقرأ سجل المصادقة في الخادم حول وقت المحاولة الفاشلة.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>لا تكرر المحاولة في حلقة بالآلية نفسها. تسجيل دخول واحد بـ PLAIN عبر TLS يكفي عادةً لتعمل الآلية الأقوى في الجلسات اللاحقة؛ وعلى برنامج البريد العميل إخبار المستخدم بدلًا من إعادة المحاولة بصمت.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>لا تعريف أساسي له (مرتبط بالرمز X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>لا يعرّف أي RFC الرد 430. يذكر سجل IANA لرموز الحالة المحسّنة 430 بين الرموز الأساسية المستخدمة مع X.5.1 (أمر غير صالح)، فلا وجود للرمز في الفهرس إلا عبر هذا الارتباط. اقرأه رفضًا مؤقتًا لأمر عدّه الخادم غير صالح.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>نادر في الجلسات الحقيقية: يظهر في السجل وفي المكتبات التي تنسخه. والخادم الذي يرسله فعلًا يفعل ذلك بعد أمر لم يقبله، كفعل غير معروف، أو أمر في غير تسلسله، أو أوامر أُرسلت متتابعة (pipelining) دون دعم PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>ينظر برنامج العميل، أو من يتولى صيانته، في الأمر الذي استدعى الرد: أفعال بها خطأ إملائي أو غير مدعومة، أو أوامر أُرسلت قبل EHLO أو قبل اكتمال مصافحة STARTTLS، أو إرسال متتابع لم يعلنه الخادم قط. صحّح الحوار؛ وإذا كان الأمر صالحًا، فعلى مسؤول الخادم أن يوضح لماذا يجيب برمز غير مسجل.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>أرسل العميل أمرًا لا يتعرف عليه الخادم أو لا يسمح به في تلك المرحلة من الجلسة.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>تنفيذ خادم أخذ ارتباط السجل حرفيًا فيجيب بالرمز 430 مع X.5.1 صيغةً مخففة من 500 أو 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>أعد تشغيل الجلسة يدويًا ولاحظ الأمر الذي يتلقى 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>قارن ذلك الأمر بالقدرات التي يسردها الخادم في رده على EHLO.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>يجوز للعميل إعادة المحاولة مرة واحدة لاحقًا، كما مع أي 4xx، لكن الأمر غير الصالح يظل غير صالح: إذا استدعى الأمر نفسه 430 مرة أخرى، فصحّحه بدلًا من إعادة المحاولة.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>لا توجد مساحة كافية على القرص / نفدت الذاكرة</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>الرمز 431 ليس رمز رد SMTP في أي RFC. تقول قوائم الرموز إنه يعني أن الخادم المستقبل نفدت مساحة قرصه أو ذاكرته؛ وهذا التفسير مأخوذ من رمز الحالة المحسّن 4.3.1 (نظام البريد ممتلئ) مكتوبًا دون نقاط. أما في الاتصال الفعلي فتصل هذه الحالة بالرمز 452، وعادةً &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>في جداول الرموز وفي التقارير التي اختصر فيها أحدهم 4.3.1. أمثلة حقيقية على الحالة: Postfix يجيب على MAIL FROM بـ &quot;452 4.3.1 Insufficient system storage&quot; حين يقترب نظام ملفات قائمة الانتظار من الامتلاء، وآلية الضغط العكسي (back pressure) في Microsoft Exchange تجيب بـ &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>لا شيء على المرسل سوى ترك قائمة الانتظار تعيد المحاولة. يحرر مسؤول البريد لدى المستلم مساحة على نظام ملفات قائمة الانتظار أو التخزين المؤقت (spool)، ويفحص الذاكرة وحجم قائمة الانتظار، وفي Exchange يقرأ أحداث الضغط العكسي والمجلد الذي يحوي قاعدة بيانات قائمة انتظار النقل.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>قسم قائمة الانتظار أو التخزين المؤقت في الخادم المستقبل (MTA) يكاد يمتلئ، فيرفض البريد الجديد حتى تتوفر المساحة.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>الضغط العكسي في Exchange: رصدت خدمة النقل مساحة قرص منخفضة أو استخدامًا مرتفعًا للذاكرة فتوقفت عن قبول الرسائل.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>ملأت السجلات أو مخزن صناديق البريد أو قائمة انتظار عالقة القسمَ الذي يكتب إليه خادم MTA.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>على الخادم المستقبل، افحص المساحة الحرة على نظام الملفات الذي يحوي قائمة انتظار البريد.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>قارن عتبة المساحة الحرة في Postfix بحد الحجم لديه؛ إذ يشترط Postfix أن تكون المساحة الحرة 1.5 ضعف message_size_limit قبل أن يقبل البريد.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>ابحث عن الرفض في السجل لتتأكد من الرمز والنص الحقيقيين.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>عامله على حقيقته، أي الرد 452: أعد المحاولة لاحقًا بفواصل متزايدة. عادةً يزول نقص القرص والذاكرة خلال دقائق إلى ساعات بعد أن يتدخل المسؤول.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>يلزم الانتقال إلى كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>يريد الخادم أن ينتقل المستخدم إلى آلية مصادقة مختلفة، ولا يستطيع بعدُ إكمال الآلية المطلوبة. يعرّفه RFC 4954 بأنه &quot;432 4.7.12 A password transition is needed&quot;: يسجل المستخدم الدخول عادةً مرة واحدة بـ PLAIN عبر TLS، فيتمكن الخادم من بناء بيانات الاعتماد التي تحتاجها الآلية المختارة، ومن بعدها تعمل تلك الآلية.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>ردًّا على AUTH على منفذ الإرسال من العملاء، بعد أن غيّر الخادم طريقة تخزين كلمات المرور أو فعّل آلية تحدٍّ واستجابة (مثل CRAM-MD5 أو SCRAM) لحسابات لا تصلح كلمة مرورها المخزنة لها بعد. نادر عمليًا. تصف بعض قوائم الرموز 432 بأنه «توقف قائمة الانتظار الواردة في Exchange»؛ وهذه قراءة خاطئة للرمز المحسّن 4.3.2، لا لهذا الرد.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>يصادق المستخدم، أو برنامج البريد نيابة عنه، مرة واحدة بالأمر AUTH PLAIN عبر اتصال مشفر، ثم يعود إلى الآلية المفضلة. وإذا لم يستطع العميل ذلك، فيمكن لمسؤول الخادم إعادة تعيين كلمة المرور (فيعاد توليد بيانات الاعتماد المخزنة) أو السماح بـ PLAIN عبر TLS لذلك الحساب.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>كلمة مرور الحساب مخزنة بشكل لا تستطيع الآلية المطلوبة (كآلية تحدٍّ واستجابة مثلًا) استخدامه حتى يرى الخادم كلمة المرور الصريحة مرة واحدة.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>انتقل المسؤول إلى مخطط جديد لكلمات المرور، ويحوّل كل حساب عند تسجيل دخوله التالي بنص صريح.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>اعرض الآليات التي يقدمها الخادم بعد STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>سجّل الدخول مرة واحدة بـ PLAIN عبر TLS، ثم جرّب الآلية الأصلية مرة أخرى في جلسة جديدة.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>لا تجرِ إعادة المحاولة بآلية AUTH نفسها دون تغيير. سجّل الدخول مرة واحدة بـ PLAIN عبر TLS، ثم استخدم الآلية الأصلية في الجلسة التالية؛ وفي الأثناء تنتظر الرسالة في صندوق الصادر لدى العميل.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>خادم المستلم لا يستجيب</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>الرمز 441 ليس رمز رد SMTP في أي RFC. القوائم التي تصفه بأنه «خادم المستلم لا يستجيب» أخذت رمز الحالة المحسّن 4.4.1 (لا إجابة من المضيف) وأسقطت النقاط. والخادم الذي لا يجيب لا يستطيع إرسال رد، فهذه دائمًا حالة يسجلها خادم MTA الخاص بك عن اتصال فاشل.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>في تحذيرات التأخير وقوائم قائمة الانتظار حين لم يتمكن خادمك من الاتصال بأي خادم MX للوجهة. يسجله Postfix بصيغة &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; مع dsn=4.4.1، ويحمل تحذير التأخير Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>يتحقق مسؤول البريد لدى المرسل أولًا من أن المنفذ 25 الصادر مفتوح من المضيف المرسل (كثير من الشبكات السحابية والمنزلية تحجبه)، ومن أن مضيفات MX للوجهة تُترجم أسماؤها وتستمع. وإذا كان نطاق واحد فقط يخفق، فعلى مسؤوله إصلاح سجلات MX أو جدار الحماية أو الخادم المتوقف؛ وتسلم قائمة الانتظار البريد بمجرد أن يفعل.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>المنفذ 25 الصادر لبروتوكول TCP محجوب لدى مزود الاستضافة أو مزود الإنترنت أو جدار الحماية الخاص بالمرسل.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>مضيفات MX لنطاق المستلم متوقفة أو محمّلة فوق طاقتها، أو محجوبة بجدار حماية عن عنوان IP المرسل.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>يشير سجل MX إلى عنوان خاطئ أو قديم، أو إلى مضيف لا يمكن الوصول إليه إلا عبر عائلة العناوين (IPv4 أو IPv6) التي لا يستخدمها المرسل.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>اعرض مضيفات MX للوجهة.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>افتح اتصال TCP خامًا بالمنفذ 25 لأول خادم MX وانتظر الترحيب 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>انظر إلى ما سجلته قائمة الانتظار عن الرسائل المؤجلة.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>يتولى خادم MTA الخاص بك إعادة المحاولة من تلقاء نفسه بفواصل متزايدة، ولا يستسلم إلا عند انتهاء مدة البقاء في قائمة الانتظار (خمسة أيام افتراضيًا في Postfix). لا شيء يستدعي إعادة الإرسال يدويًا ما لم تصل رسالة الارتداد النهائية.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>الرمز 442 ليس رمز رد SMTP في أي RFC. القوائم التي تسميه «انقطع الاتصال» تنقل رمز الحالة المحسّن 4.4.2 (اتصال سيئ) دون نقاطه. وهو يصف جلسة انقطعت في منتصفها كما يبلّغ عنها خادم MTA الخاص بك؛ وحين يقول الخادم شيئًا عنها، يكون الرد الحقيقي عادةً 421 4.4.2 أو 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>في سجلاتك وإشعارات التأخير بعد انقطاع جلسة: يبلّغ Postfix عن &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; مع dsn=4.4.2، ويقول Gmail للعميل المتوقف &quot;451 4.4.2 Timeout - closing connection&quot;، ويقول smtpd في Postfix للعميل البطيء &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>أحيانًا لا يحتاج إلى شيء: تتولى قائمة الانتظار إعادة المحاولة. وإذا تكرر نحو وجهة واحدة، يبحث مسؤول البريد لدى المرسل عن جهاز وسيط (جدار حماية، أو فحص SMTP، أو VPN، أو موازن أحمال) يعيد ضبط الجلسات الطويلة، وعن مشكلات MTU مع الرسائل الكبيرة، وعن جهة مستقبلة تستغرق مرشحات المحتوى لديها وقتًا طويلًا بعد النقطة الأخيرة.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>جدار حماية أو ميزة فحص SMTP بين الخوادم تعيد ضبط الجلسة أو توقفها، وكثيرًا ما يحدث ذلك أثناء متن رسالة كبير.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>مشكلة في MTU المسار: تمر الأوامر القصيرة لكن تُسقط الحزم كاملة الحجم التي تحمل متن الرسالة.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>استغرق الخادم المستقبل أو ماسح المحتوى لديه بعد نهاية البيانات وقتًا أطول من مهلة العميل، أو انهار في منتصف الجلسة.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>خط غير مستقر أو انتهاء مهلة في جدول NAT على أحد الجانبين.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>حدّد أين انقطعت الجلسة: &quot;while sending message body&quot; يشير إلى الحجم أو MTU، و&quot;while receiving the initial server greeting&quot; يشير إلى التصفية.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>قِس MTU المسار نحو الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>أعد المحاولة لاحقًا. الجلسة التي تنقطع قبل الرد على النقطة الأخيرة تُعد غير مسلمة، فتُرسل الرسالة كاملة مرة أخرى، وقد ينتج عن ذلك أحيانًا نسخة مكررة.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>تجاوز الحد الأقصى لعدد القفزات</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>الرمز 446 ليس رمز رد SMTP في أي RFC. القوائم التي تصفه بأنه «تجاوز الحد الأقصى لعدد القفزات» تنقل رمز الحالة المحسّن 4.4.6 (اكتُشفت حلقة توجيه) دون نقاط. والحالة هي حلقة بريد: مرت الرسالة بعدد كبير من الخوادم، تعدّه ترويسات Received:، حتى أوقفها خادم MTA؛ وعمليًا يُبلّغ عن ذلك إخفاقًا دائمًا، 5.4.6 أو 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>في رسائل الارتداد بعد أن دارت الرسالة في حلقة: خادمان يظن كل منهما أن الآخر هو الوجهة النهائية، أو إعادة توجيه تشير إلى نفسها، أو سلسلة أسماء مستعارة تدور في دائرة. يوقف Postfix هذا البريد عند وجود hopcount_limit (50 افتراضيًا) من ترويسات Received:، ويبلّغ عن حلقات مثل &quot;mail forwarding loop for user@example.com&quot; مع DSN 5.4.6؛ ويبلّغ Exchange Online عن &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>يقرأ مسؤول النطاق الذي تحدث فيه الحلقة، وعادةً في جهة المستلم، ترويسات Received: في رسالة الارتداد ليجد المضيفات المتكررة، ثم يصلح السبب: إعدادات MX أو ترحيل يشير كل منها إلى الآخر، أو نطاق محلي على خادم ويمر بالترحيل على خادم آخر، أو قاعدة إعادة توجيه ترسل البريد إلى العنوان نفسه.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>خادما بريد مهيأ كل منهما لترحيل النطاق إلى الآخر، مثلًا بعد ترحيل أنظمة يعيد فيه النظامان القديم والجديد كلاهما توجيه النطاق.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>إعادة توجيه لصندوق بريد أو اسم مستعار يشير إلى نفسه، مباشرة أو عبر سلسلة.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>خادم MX احتياطي أو مضيف ذكي (smart host) يرسل بريد النطاق إلى الخادم الرئيسي، فيعيده هذا إليه.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>رد تلقائي أو قائمة بريدية تجيب على رد تلقائي آخر بلا نهاية.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>عُدّ ترويسات Received: في النسخة المرتدة؛ عشرات منها تؤكد وجود حلقة.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>اقرأ المضيفات التي تتكرر في سلسلة Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>تحقق من حد القفزات على خادم Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>تحقق من أن سجلات MX وإعدادات الترحيل متفقة على الخادم النهائي للنطاق.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير: الحلقة تتكرر حتى تُصلح الإعدادات. أعد الإرسال بعد كسر الحلقة.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>انتهت مهلة الرسالة الصادرة</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>الرمز 447 ليس رمز رد SMTP في أي RFC. القوائم التي تسميه «انتهت مهلة الرسالة الصادرة» تقصد رمز الحالة المحسّن 4.4.7 (انتهى وقت التسليم) دون نقاط: بقيت الرسالة في قائمة الانتظار أطول من المسموح فحذّر خادم MTA أو استسلم. إنه حالة قائمة انتظار تُذكر في تحذيرات التأخير ورسائل الارتداد، وليس شيئًا يقوله خادم بعيد أثناء الجلسة.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>في إشعارات التأخير ورسائل الارتداد النهائية حين تنتهي مدة البقاء في قائمة الانتظار، وفي تقارير عدم التسليم في Exchange بصيغة &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. والسبب الكامن هو ما ظل يخفق طوال تلك الأيام: عادةً رد 4xx من الجهة المستقبلة أو عدم وجود اتصال أصلًا.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>يقرأ مسؤول البريد لدى المرسل آخر خطأ مسجل للرسالة، في قائمة الانتظار أو في سطر التشخيص في رسالة الارتداد، لأنه السبب الحقيقي (اتصالات مرفوضة، أو قائمة رمادية لم تُجتز قط، أو حظر بسبب السمعة، أو خادم MX معطل). أصلح ذلك، ثم يعيد المرسل الإرسال. وإطالة مدة البقاء في قائمة الانتظار لا تفعل سوى إخفاء المشكلة.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>تعذر الوصول إلى خادم MX للوجهة طوال مدة البقاء في قائمة الانتظار (متوقف، أو محجوب بجدار حماية، أو سجلات MX خاطئة).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>ظلت الجهة المستقبلة تجيب بأخطاء مؤقتة (حدود المعدل، أو القائمة الرمادية، أو تأجيلات بسبب السمعة) حتى استسلم المرسل.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>منعت مشكلة توجيه أو DNS في جهة الإرسال كل محاولة من مغادرة قائمة الانتظار.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>إعداد قصير لمدة البقاء في قائمة الانتظار أو لانتهاء صلاحية الرسائل على الخادم المرسل.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>اقرأ آخر سبب تأجيل للرسائل التي لا تزال في قائمة الانتظار لذلك النطاق.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>تحقق من المدة التي يواصل فيها Postfix المحاولة قبل أن يصدر رسالة ارتداد.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>في Exim، اعرض قاعدة إعادة المحاولة المطبقة على الوجهة.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>لم يبق شيء لإعادة المحاولة في هذه النسخة: استسلم الخادم المرسل (MTA) بالفعل. أعد الإرسال يدويًا بعد إصلاح السبب المذكور في آخر خطأ مسجل.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>خطأ في التوجيه</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>الرمز 449 ليس رمز رد SMTP في أي RFC. تصفه القوائم بأنه خطأ توجيه وتربطه بـ Microsoft Exchange، الذي يقال إنه استخدم رمزًا محسّنًا غير مسجل هو 4.4.9 لبعض إخفاقات التوجيه الداخلية؛ والرمز المسجل لهذه الحالة هو X.4.4 (تعذر التوجيه). ولا شيء يرسل 449 ردًّا أثناء الجلسة.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>وفق تلك القوائم، في قوائم الانتظار وتقارير عدم التسليم في إصدارات Exchange Server القديمة (حقبة 2000/2003) حين تعذر توجيه رسالة، مثلًا لأن مساحة العناوين لموصل ما لم تكن مناسبة أو لأن المستلم ينتمي إلى مجموعة توجيه حُذفت؛ واليوم يظهر غالبًا في جداول الرموز المنسوخة.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>يفحص مسؤول المؤسسة المرسلة التوجيه لديها: الموصلات أو المضيفات الذكية، والنطاقات المقبولة، وتحليل DNS للوجهة. ثم أرسل رسالة اختبار إلى النطاق نفسه واقرأ الرد الحقيقي أو حالة DSN؛ وفي الأنظمة الحالية يكون المقابل عادةً 4.4.4 أو 5.4.4، أو إخفاق DNS يُبلّغ عنه بالرمز 4.4.3.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>إعداد موصل الإرسال أو المضيف الذكي لا يغطي نطاق المستلم، فلا يملك الخادم مسارًا إليه.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>لا يمكن تحليل اسم نطاق المستلم من الخادم المرسل (لا سجل MX ولا سجل عنوان، أو يخفق المحلل المحلي).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>بقايا إعدادات توجيه (مجموعات توجيه محذوفة، موصلات قديمة) بعد ترحيل الأنظمة.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>تحقق من أن لنطاق الوجهة سجل MX صالحًا للاستخدام.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>اختبر تحليل الأسماء من خادم البريد نفسه، بالمحلل الذي يستخدمه فعلًا.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>اعرض كيف سيوجّه Postfix البريد الصادر (مضيف الترحيل وجداول النقل).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>يعامله خادم MTA على أنه مؤقت ويواصل إعادة المحاولة، لكن ثغرة التوجيه لا تلتئم من تلقاء نفسها: أصلح المسار أو DNS، ثم فرّغ قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>لم يُنفذ إجراء البريد المطلوب: صندوق البريد غير متاح</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>القائمة الرمادية</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>ارتداد مؤقت</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>لم ينفذ الخادم شيئًا لهذا المستلم أو الأمر في الوقت الحالي، لكنه يتوقع أن ينجح لاحقًا؛ ويضرب RFC 5321 مثالين: صندوق بريد مشغول وحظر مؤقت بموجب السياسة. واليوم السبب الأكثر شيوعًا بفارق كبير هو القائمة الرمادية، تليها فحوص السياسة المؤقتة (DNS عكسي أو نطاق مرسل تعذر تحليله، أو تحقق من العنوان قيد التنفيذ) وحدود المعدل لكل مستلم.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>غالبًا عند RCPT TO، وأحيانًا عند MAIL FROM. تظهر القائمة الرمادية بأداة postgrey في Postfix بصيغة &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;؛ وتستخدم أدوات القائمة الرمادية الأخرى 450 4.7.1 أو 451 4.7.1. ويرسل Postfix أيضًا &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 في الإصدارات الأقدم)، و&quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; و&quot;450 4.1.1 ... unverified address&quot;. ويستخدم Gmail الرمز 450 4.2.1 حين يتلقى مستلم واحد بريدًا كثيرًا بسرعة كبيرة. وفي ODMR (RFC 2645) يجيب 450 أيضًا على ATRN مرفوض.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>في حالة القائمة الرمادية لا يحتاج أحد إلى التصرف ما دام الخادم المرسل (MTA) يحتفظ بالرسالة ويعيد المحاولة من العنوان نفسه: تُقبل أول إعادة محاولة بعد مهلة القائمة الرمادية (خمس دقائق افتراضيًا في postgrey). وإذا ضاع بريد صادر من تطبيق، يجعله مسؤول البريد لدى المرسل يرسل عبر خادم MTA حقيقي ذي قائمة انتظار بدلًا من التحدث مباشرة إلى خادم MX للمستلم. وفي حالات السياسة يصلح مسؤول البريد لدى المرسل ما يذكره النص: سجل PTR يُترجم إلى عنوان IP نفسه، أو نطاق مرسل يمكن تحليله، أو معدل أبطأ نحو مستلم مشغول. ويمكن لمسؤول البريد لدى المستلم إضافة كبار المرسلين الذين يعيدون المحاولة من عناوين مختلفة كثيرة إلى قائمة السماح.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>القائمة الرمادية: أول اتصال لهذا الثلاثي (عنوان IP للعميل، والمرسل، والمستلم)، فيتأجل حتى إعادة محاولة بعد مهلة القائمة الرمادية.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>لا يملك عنوان IP للعميل سجل PTR، أو أن اسم PTR لا يُترجم إلى عنوان IP نفسه، والخادم يؤجل بدلًا من الرفض.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>تعذر تحليل نطاق المرسل في تلك اللحظة (انتهاء مهلة DNS أو سجلات مفقودة)، فلم يستطع الخادم التحقق منه.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>لم ينته بعد التحقق من عنوان المستلم (اختبار نحو القفزة التالية)، أو تعذر الوصول إلى القفزة التالية.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>مستلم واحد يتلقى البريد بسرعة كبيرة فيقيّد المزود معدل صندوق البريد ذاك.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>صندوق البريد مقفل أو مشغول في جهة التسليم.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>المرسل الذي يعيد المحاولة من عنوان IP مختلف في كل مرة، أو يستخدم مرسلًا جديدًا في المغلف مع كل محاولة، لا يطابق أبدًا مدخله في القائمة الرمادية.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>اقرأ نص التأجيل كاملًا: &quot;Greylisted&quot; و&quot;cannot find your hostname&quot; و&quot;Domain not found&quot; يشير كل منها إلى إصلاح مختلف.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>افحص سجل PTR لعنوان IP المرسل وتأكد من أن اسمه يشير إلى العنوان نفسه.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>في جهة الاستقبال، انظر لأي مرسلين أجلت القائمة الرمادية البريد.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>تحقق من أن نطاق مرسل المغلف يمكن تحليله.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة، من عنوان IP نفسه ومع مرسل المغلف نفسه إن أمكن، وواصل المحاولة أيامًا قبل إصدار رسالة ارتداد؛ ولا تعامل 450 أبدًا على أنه دائم. يقترح RFC 5321 فواصل لإعادة المحاولة لا تقل عن 30 دقيقة؛ ومعظم خوادم MTA تعيد المحاولة أسرع، وهذا يتجاوز مهل القائمة الرمادية المعتادة التي تبلغ بضع دقائق.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>يقيّد Gmail معدل صندوق بريد مستلم واحد يتلقى بريدًا أكثر من اللازم، لا الخادم المرسل؛ وعادةً تنجح المحاولات اللاحقة.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>أُلغي الإجراء المطلوب: خطأ محلي في المعالجة</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>القائمة الرمادية</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>ارتداد مؤقت</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>واجه الخادم مشكلة في جهته فألغى الأمر؛ ويجوز للعميل المحاولة مرة أخرى لاحقًا. عمليًا يغطي 451 الأعطال المحلية (خطأ في الإعدادات، أو استعلام فاشل، أو مرشح محتوى أو milter متوقف، أو قائمة انتظار يتعذر عليه الكتابة فيها)، وكثيرًا جدًا القائمة الرمادية وتأجيلات مكافحة البريد المزعج المؤقتة المرسلة عند RCPT TO أو بعد بيانات الرسالة.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>عند RCPT TO أو بعد النقطة الأخيرة من DATA. أسطر شائعة: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist وأدوات القائمة الرمادية المشابهة)، و&quot;451 4.3.5 Server configuration error&quot; (Postfix مع جدول استعلام أو قيد معطوب)، و&quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix حين يتعذر الوصول إلى milter مضبوط على tempfail)، و&quot;Temporary local problem - please try later&quot; من Exim، وردود التقييد 451 4.7.5xx و4.7.6xx من Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>يتولى خادم MTA لدى المرسل إعادة المحاولة من تلقاء نفسه؛ ولا يحتاج أحد إلى التصرف ما لم تدم التأجيلات. عندها ينقسم العمل: القائمة الرمادية والتقييد بسبب السمعة تُجتاز بإعادة المحاولة على النحو المعتاد من عنوان IP ثابت مع PTR وSPF وDKIM صحيحة (وهذا على مسؤول البريد لدى المرسل)، أما أخطاء الإعدادات وبرامج milter المتوقفة والأقراص الممتلئة واستعلامات الدليل الفاشلة فهي من شأن مسؤول البريد لدى المستلم، الذي يسمي سطر سجله للجلسة نفسها المكوّن الذي يخفق.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>القائمة الرمادية أو أداة أخرى لمكافحة البريد المزعج تؤجل المرسلين المجهولين، وكثيرًا ما يكون ذلك بعد بيانات الرسالة حتى يمكن تقييم المحتوى.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>أخفق جدول استعلام أو قاعدة بيانات أو استعلام دليل يحتاجه الخادم (ملف جدول مفقود، أو خادم LDAP أو Active Directory لا يمكن الوصول إليه).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>مرشح محتوى أو برنامج مكافحة فيروسات أو milter متوقف أو تنتهي مهلته، والخادم مضبوط على التأجيل بدلًا من قبول بريد غير مفحوص.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>تعذر على الخادم كتابة الرسالة في قائمة الانتظار لديه (قرص ممتلئ، أو أذونات خاطئة، أو إخفاق عملية cleanup).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>تعذر إكمال استدعاء التحقق من المرسل (callout) نحو نطاق المرسل.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>تقييد من المزود بناءً على سمعة عنوان IP المرسل أو حجم إرساله.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>اقرأ الرمز المحسّن للتأجيل: 4.7.x يشير إلى السياسة، و4.3.x إلى نظام الجهة المستقبلة نفسه.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>على خادم Postfix المستقبل، ابحث عن التحذير المسجل للجلسة نفسها (استعلامات جداول فاشلة، أخطاء milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>على خادم Exim المستقبل، انظر في سجل panic لمعرفة المشكلة المحلية.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>تحقق من أن سجل SPF لنطاق المرسل يغطي عنوان IP المرسل حتى تزول التأجيلات بسبب السمعة.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة وأبقِ الرسالة في قائمة الانتظار أيامًا. الرد 451 بعد النقطة الأخيرة ينطبق على المعاملة كلها، فتُرسل الرسالة كاملة مرة أخرى، لا لبعض المستلمين فقط.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>رفض مؤقت عام من Gmail؛ لا يذكر سببًا محددًا ويزول عادةً في محاولة لاحقة.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>يقيّد Outlook.com عنوان IP المرسل بسبب سمعته؛ والرمز 4.7.650 رمز محسّن خاص بـ Microsoft، وليس من سجل IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>لم يُنفذ الإجراء المطلوب: مساحة تخزين النظام غير كافية</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>صندوق البريد ممتلئ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>تجاوز الحصة</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>لا يستطيع الخادم قبول هذا الآن لأنه بلغ حدًّا في موارده. يذكر RFC 5321 التخزين، ويجعل 452 أيضًا الإجابة الصحيحة حين لا يتسع الخادم لمزيد من المستلمين في معاملة واحدة (&quot;too many recipients&quot;، 452 4.5.3)؛ ويُستخدم كذلك لصندوق البريد الممتلئ (452 4.2.2) ولقائمة انتظار الخادم الممتلئة (452 4.3.1). وكلها مؤقتة: قد ينجح البريد نفسه لاحقًا أو على أجزاء أصغر.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>كثرة المستلمين: عند RCPT TO بمجرد بلوغ الحد لكل رسالة، مثل &quot;452 4.5.3 Error: too many recipients&quot; في Postfix بعد smtpd_recipient_limit (1000 افتراضيًا) أو 452 4.5.3 في Gmail. التخزين: عند MAIL FROM حين يضيق نظام ملفات قائمة الانتظار في Postfix (&quot;452 4.3.1 Insufficient system storage&quot;)، أو حين يتجاوز المعامل SIZE المساحة الحرة في تلك اللحظة (RFC 1870)، أو من الضغط العكسي في Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). تجاوز صندوق البريد حصته: عند RCPT TO، كما في 452 4.2.2 لدى Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>اقرأ الرمز المحسّن أولًا. مع 4.5.3 لا يخطئ برنامج الإرسال إلا إذا استسلم: عليه التسليم إلى المستلمين المقبولين بالفعل وإرسال الباقين في معاملة أخرى؛ وعلى أدوات الإرسال الجماعي وضع عدد أقل من المستلمين في كل رسالة، ومسؤول البريد لدى المستلم الذي يقل حده عن 100 يخالف RFC 5321. مع 4.2.2 على المستلم تنظيف صندوق البريد. ومع 4.3.1 يحرر مسؤول البريد لدى المستلم مساحة على القرص أو يعالج الضغط العكسي بينما ينتظر المرسل.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>أوامر RCPT TO في معاملة واحدة أكثر من حد المستلمين لكل رسالة في الخادم.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>تجاوز صندوق بريد المستلم حصته.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>قرص قائمة الانتظار أو التخزين المؤقت في الخادم المستقبل يكاد يمتلئ، أو الضغط العكسي في Exchange نشط.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>الحجم SIZE المعلن في MAIL FROM أكبر من المساحة الحرة لدى الخادم الآن.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>سياسة لدى المزود تحد عدد المستلمين في كل معاملة لنطاق ما (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>انظر أي رمز محسّن جاء مع 452 في نص التأجيل أو رسالة الارتداد.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>على خادم Postfix المستقبل، تحقق من حد المستلمين لكل رسالة.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>على الخادم المستقبل، افحص المساحة الحرة حيث يوجد مجلد التخزين المؤقت (spool).</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>أرسل رسالة اختبار واحدة إلى عدة مستلمين لترى أين يبدأ الحد.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>في حالة كثرة المستلمين، أرسل الرسالة الآن إلى المستلمين المقبولين وضع المرفوضين في معاملة جديدة (RFC 5321 4.5.3.1.10)؛ ولا تسقطهم أبدًا ولا تُصدر لهم رسالة ارتداد. أما في حالة التخزين أو الحصة، فأعد المحاولة لاحقًا بفواصل متزايدة. ويطلب RFC 5321 أيضًا من العملاء معاملة الرد القديم 552 الخاص بكثرة المستلمين على أنه مؤقت.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>قبل Gmail جزءًا فقط من قائمة المستلمين في هذه المعاملة؛ ويجب إرسال الباقين في معاملة أو رسالة أخرى.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>مساحة تخزين المستلم في Gmail ممتلئة؛ ويعود التسليم إلى العمل بعد أن يحرر المستلم مساحة أو يشتري المزيد.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>يريد Exchange Online أن يُرسل المستلمون المستضافون في مناطق مراكز بيانات مختلفة في معاملات منفصلة؛ وعلى الخادم المرسل (MTA) إعادة محاولة المستلمين المرفوضين وحدهم.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>لا يوجد لديك بريد</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>جزء من ترحيل البريد عند الطلب (ODMR، RFC 2645): الإجابة على ATRN حين لا يحتفظ الخادم في قائمة الانتظار بأي بريد للنطاقات التي طلبها العميل. إنه إعلامي لا خطأ: لا شيء لتسليمه، فلا يُعكس الدوران.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>فقط على خوادم ODMR (المنفذ 366)، بعد أن يصادق عميل ذو عنوان IP ديناميكي ويرسل ATRN لنطاقاته. وODMR نادر اليوم، وبعض جداول الرموز تدرج 453 دون أن تذكر أنه لا يظهر إلا في هذا السياق.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح إذا كانت قائمة الانتظار فارغة فعلًا. وإذا كان البريد متوقعًا، يتحقق مسؤول البريد لدى العميل من أن ATRN ذكر النطاقات الصحيحة ومن أن سجلات MX للنطاق توجه البريد فعلًا إلى مزود ODMR.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>لا يوجد بريد ينتظر النطاقات المطلوبة في الوقت الحالي.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>طلب العميل اسم نطاق لا يضع خادم ODMR البريد في قائمة الانتظار تحت هذا الاسم (خطأ إملائي، أو نطاق فرعي بدلًا من النطاق الأصلي).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>سجلات MX للنطاق لا تشير إلى مزود ODMR، فلا يصل بريده أبدًا إلى تلك قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>تحقق من أن سجلات MX للنطاق تشير إلى خوادم مزود ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>نفّذ جلسة ODMR يدويًا: EHLO ثم AUTH ثم ATRN مع النطاق، واقرأ الرد.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>لا حاجة لإعادة المحاولة الآن؛ استطلع مرة أخرى في الموعد المجدول التالي، كما يفعل عميل ODMR عادةً.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS غير متاح لسبب مؤقت / إخفاق مؤقت في المصادقة</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>إخفاق STARTTLS</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>يعرّف RFC امتدادان الرمز 454، وكلاهما لإخفاق مؤقت في خطوة أمنية. يستخدمه RFC 3207 حين يتعذر تنفيذ STARTTLS حاليًا؛ ويستخدم RFC 4954 &quot;454 4.7.0 Temporary authentication failure&quot; حين لا يستطيع الخادم التحقق من بيانات الاعتماد في تلك اللحظة، مثلًا لأن الواجهة الخلفية لكلمات المرور متوقفة. ويظهر أيضًا مع 4.7.1 حين تؤجل محاولة ترحيل بدلًا من رفضها.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>بعد STARTTLS: يجيب Postfix بـ &quot;454 4.7.0 TLS not available due to local problem&quot; حين يتعذر عليه تحميل شهادته أو مفتاحه، ويسجل السبب. بعد AUTH: يرسل Postfix وExchange وغيرهما &quot;454 4.7.0 Temporary authentication failure&quot; حين لا يجيب Dovecot أو saslauthd أو LDAP أو Active Directory، ويرسل Gmail نصه الخاص مع 454 4.7.0. عند RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; من خادم Postfix يعمل مع تفعيل soft_bounce.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>في حالة STARTTLS يصلح مسؤول الخادم المستقبل إعداد TLS (مسارات الشهادة والمفتاح، والأذونات، وتطابق المفتاح مع الشهادة، وانتهاء الصلاحية) ويعيد التحميل؛ ويجوز للعميل الذي لا يشترط TLS المتابعة بنص صريح، لأن RFC 3207 يترك هذا القرار للعميل. وفي حالة AUTH يعيد مسؤول الخادم الواجهة الخلفية للمصادقة إلى العمل؛ ولا ينبغي للمستخدمين تغيير كلمات المرور بسبب 454. وفي حالة رفض الترحيل يجب على العميل المصادقة قبل الإرسال إلى نطاقات خارجية.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>لا يستطيع الخادم قراءة شهادة TLS أو المفتاح الخاص أو تحميلهما (مسار خاطئ، أو أذونات، أو مفتاح لا يطابق الشهادة).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>الواجهة الخلفية للمصادقة (مقبس المصادقة في Dovecot، أو saslauthd، أو LDAP، أو Active Directory، أو قاعدة بيانات) متوقفة أو بطيئة أو لا يمكن الوصول إليها.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>عمليات تسجيل دخول متوازية كثيرة جدًا أو محاولات فاشلة حديثة للحساب، فيؤجل المزود أوامر AUTH الإضافية لبعض الوقت.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>حاول عميل غير مصادق عليه الترحيل إلى نطاق خارجي على خادم يؤجل مثل هذه المحاولات بدلًا من رفضها.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>أوامر أُرسلت متتابعة مباشرة بعد STARTTLS، قبل مصافحة TLS (يجيب Gmail بـ 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>اختبر STARTTLS على الخادم وافحص الرد والشهادة.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>على خادم Postfix، ابحث عن سبب إيقاف TLS.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>تحقق من أن الواجهة الخلفية للمصادقة في Dovecot تجيب لحساب اختبار.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>اختبر إرسالًا مصادقًا عليه من البداية إلى النهاية.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة. العميل الذي يشترط TLS أو المصادقة يجب ألا يتراجع بصمت إلى ما دونهما؛ ويجوز لخادم MTA انتهازي التسليم دون TLS إذا سمحت سياسته بذلك. ولا تطلب من المستخدم أبدًا كلمة مرور جديدة بسبب 454.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>لم يتمكن Gmail من إكمال تسجيل الدخول حاليًا، وكثيرًا ما يحدث ذلك بعد اتصالات متوازية كثيرة أو محاولات فاشلة للحساب؛ وليست كلمة المرور خاطئة بالضرورة.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>أرسل العميل أوامر إضافية مع STARTTLS؛ وعلى برنامج العميل انتظار الرد 220 وإنهاء مصافحة TLS قبل إرسال EHLO مرة أخرى.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>يتعذر على الخادم تلبية المعاملات</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>تعرّف الخادم على المعاملات المرسلة مع MAIL FROM أو RCPT TO لكنه لا يستطيع تلبيتها في الوقت الحالي. يميزه RFC 5321 4.1.1.11 عن 555، الذي يعني أن المعاملات غير معروفة أو غير منفذة أصلًا: 455 هو الحالة المؤقتة، ما لم ينص امتداد المعامل نفسه على رمز آخر.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>نادرًا. قد يأتي عند MAIL FROM أو RCPT TO حين يعتمد معامل امتداد معلن (خيار DSN أو SIZE أو الأولوية أو SMTPUTF8 مثلًا) على شيء غير متاح في تلك اللحظة. تجيب معظم الخوادم على هذه الحالات بالرمز 451 أو 452 بدلًا منه، لذا يستحق 455 التدوين حين تراه.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>يتولى خادم MTA لدى المرسل إعادة المحاولة كما في أي 4xx. وإذا استمر، يمكن لبرنامج العميل الإرسال دون المعامل الاختياري الذي يتعثر به الخادم، وعلى مسؤول الخادم فحص المكوّن الذي يقف وراء ذلك الامتداد.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>خدمة يعتمد عليها المعامل (إنشاء DSN، أو قائمة الانتظار حسب الأولوية، أو احتساب الحجم) غير متاحة مؤقتًا على الخادم.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>أعلن الخادم امتدادًا في رده على EHLO لكن الميزة التي وراءه معطلة أو محمّلة فوق طاقتها حاليًا.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>قارن المعاملات التي أرسلها العميل بالامتدادات التي يعلنها الخادم.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>ابحث في سجل الإرسال عن سطر MAIL FROM أو RCPT TO الذي تلقى 455.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة ودون تغيير. وإذا ظل يخفق، فإعادة المحاولة دون المعامل الاختياري مقبولة حيث لا يكون ذلك المعامل أساسيًا.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>يرجى إعادة محاولة إرسال الرسالة فورًا عبر IPv4 لأنها تخفق في SPF وDKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>اقتُرح ولم يُعتمد معيارًا قط: اقترحت مسودة إنترنت منتهية الصلاحية من 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) أن تجيب الجهة المستقبلة التي ترفض رسالة وصلت عبر IPv6، لأنها تخفق هناك في SPF وDKIM، بالرمز 456 كي يعيد المرسل المحاولة فورًا عبر IPv4. لا يعرّفه أي RFC، ولا تنفذ خوادم MTA الشائعة إعادة المحاولة الخاصة هذه؛ فهو بالنسبة إليها 4xx عادي.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>لا يكاد يظهر. جاءت الفكرة من جهات مستقبلة تُخضع المرسلين عبر IPv6 لقواعد أشد (اشتراط المصادقة وPTR) من المرسلين عبر IPv4. وما يواجهه المرسلون فعلًا هو رفض دائم للبريد غير المصادق عليه عبر IPv6، مثل ردود 550 من Gmail التي تحيل إلى إرشاداته للإرسال عبر IPv6 أو إلى سجل PTR مفقود.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>يجعل مسؤول البريد لدى المرسل بريد IPv6 جديرًا بالثقة مثل بريد IPv4: سجل PTR لعنوان IPv6 يُترجم عكسيًا إليه، وSPF يغطيه بمدخل ip6:، وتوقيع DKIM. وحتى ذلك الحين، اضبط خادم MTA ليفضّل IPv4 أو يستخدمه وحده في SMTP الصادر (Postfix: smtp_address_preference أو inet_protocols؛ Exim: disable_ipv6 أو dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>عنوان IPv6 للمضيف المرسل لا يغطيه سجل SPF لنطاق المرسل.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>الرسالة غير موقعة بـ DKIM، أو التوقيع ينكسر، فلا شيء آخر يوفر المصادقة للتسليم عبر IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>لا يملك عنوان IPv6 سجل DNS عكسيًا، أو أن اسم PTR الخاص به لا يُترجم عكسيًا إليه.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>تحقق هل لخادم MX للوجهة عنوان IPv6 قد يستخدمه خادم MTA الخاص بك.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>افحص سجل PTR لعنوان IPv6 الذي ترسل منه.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>تحقق من أن SPF يغطي عنوان IPv6 (مدخل ip6: أو include يحتويه).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>أرسل اختبارًا عبر IPv4 وحده لمقارنة النتيجة.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>خادم MTA الذي يعرف المسودة كان سيعيد المحاولة فورًا عبر IPv4؛ أما خوادم MTA الحقيقية فتؤجله كأي 4xx وقد تصطدم بـ IPv6 مجددًا في المحاولة التالية. الطريق الموثوق هو إصلاح المصادقة عبر IPv6، أو تفضيل IPv4 للبريد الصادر.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>تعذر وضع الرسائل في قائمة الانتظار للعقدة &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>إجابة على ETRN (RFC 1985): فهم الخادم طلب بدء تسليم البريد الذي يحتفظ به لنطاق أو عقدة، لكنه لا يستطيع بدء معالجة قائمة الانتظار تلك الآن. يستخدم ETRN المواقعُ ذات الاتصال المتقطع التي تطلب من مزودها أو من خادم MX الاحتياطي تفريغ البريد المنتظر لها.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>فقط بعد أمر ETRN، يرسله عادةً fetchmail في وضع ETRN، أو خادم بريد في مكتب صغير عند اتصال خطه، أو يُرسل يدويًا. يجيب Postfix بـ &quot;458 Unable to queue messages&quot; حين تبلّغ خدمة flush لديه عن إخفاق، ويعطي postscreen في Postfix هذه الإجابة لكل ETRN يراه.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>يفحص مسؤول خادم الترحيل الذي يحتفظ بقائمة الانتظار آلية التفريغ لديه (في Postfix: خدمة flush والإعداد fast_flush_domains) ويتأكد من إمكانية قراءة قائمة الانتظار. وحتى يُصلح ذلك، يظل البريد المحتجز يخرج وفق الجدول المعتاد لإعادة المحاولة في خادم الترحيل.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>أخفقت خدمة تفريغ قائمة الانتظار في خادم الترحيل أو أنها لا تعمل.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>وصل العميل إلى واجهة أمامية، مثل postscreen في Postfix، لا تمرر ETRN.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>خطأ في جهة خادم الترحيل أثناء فحص قائمة الانتظار بحثًا عن النطاق المطلوب.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>على خادم الترحيل، انظر النطاقات التي يقبل Postfix لها ETRN.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>على خادم الترحيل، ابدأ التسليم للنطاق محليًا، وهو ما يطلبه ETRN.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>ابحث عن تحذير ETRN في سجل خادم الترحيل.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>أرسل ETRN مرة أخرى عند الاتصال أو الاستطلاع التالي؛ وفي الأثناء يحتفظ خادم الترحيل بالبريد ويسلمه وفق جدوله الخاص لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>العقدة &lt;x&gt; غير مسموح بها: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>إجابة على ETRN (RFC 1985): يرفض الخادم بدء معالجة قائمة الانتظار للعقدة أو النطاق المذكور، ويذكر سببًا. فُهم الطلب؛ لكن الخادم لا يقدم هذه الخدمة لهذا الاسم، أو لا يقدمها لهذا العميل.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>بعد ETRN، حين لا يكون النطاق من النطاقات التي يضع خادم الترحيل بريدها في قائمة الانتظار، أو حين لا تسمح سياسته لهذا العميل ببدء المعالجة. يجيب Postfix بـ &quot;459 &lt;example.com&gt;: service unavailable&quot; حين لا يكون النطاق مؤهلًا لخدمة التفريغ السريع (fast_flush_domains، وقيمتها الافتراضية قائمة relay_domains)؛ ويمكن أيضًا للإعداد smtpd_etrn_restrictions أن يرفض الطلب.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>يتحقق مسؤول البريد لدى العميل من أن ETRN يذكر بالضبط النطاق الذي يحتفظ خادم الترحيل ببريده. وإذا كان المقصود تقديم الخدمة، يضيف مسؤول خادم الترحيل النطاق إلى قائمة النطاقات المؤهلة لـ ETRN (Postfix: fast_flush_domains) ويسمح للعميل في قيود ETRN لديه.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>النطاق المطلوب ليس في قائمة النطاقات المؤهلة لـ ETRN في خادم الترحيل.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>سياسة خادم الترحيل ترفض ETRN من عنوان هذا العميل، أو قبل المصادقة.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>أرسل العميل اسمًا غير الذي يضع خادم الترحيل البريد تحته في قائمة الانتظار (اسم مضيف بدلًا من النطاق، أو العكس).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>على خادم الترحيل، تحقق من النطاقات المؤهلة للتفريغ.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>على خادم الترحيل، تحقق من قيود ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>أرسل EHLO ثم ETRN يدويًا واقرأ نص السبب.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>لا تكرر ETRN نفسه دون تغيير؛ سيُرفض مرة أخرى. صحّح اسم النطاق أو اضبط إعدادات خادم الترحيل أولًا. والبريد الموجود في قائمة الانتظار لا يضيع: إنه ينتظر محاولات الإعادة المعتادة في خادم الترحيل.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>خطأ في خادم البريد، وغالبًا مرشح محلي لمكافحة البريد المزعج</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>الرمز 471 ليس رمز رد SMTP في أي RFC. تصفه القوائم بأنه خطأ في خادم البريد، وغالبًا مرشح محلي لمكافحة البريد المزعج؛ والرقم هو رمز الحالة المحسّن 4.7.1 (التسليم غير مصرح به، بصيغته المؤقتة) مكتوبًا دون نقاط، تمامًا كما أن 571 هو 5.7.1 دون نقاط. أما في الاتصال الفعلي فتصل الحالة بالرمز 450 4.7.1 أو 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>في جداول الرموز وفي بلاغات المستخدمين حيث فقد 4.7.1 نقاطه. والردود الحقيقية وراءه هي حالات رفض مؤقتة بموجب السياسة: القائمة الرمادية، أو &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; في إصدارات Postfix الأقدم (ترسل الإصدارات الحالية 4.7.25 هناك)، أو مرشح أو بوابة صادرة في جهة المرسل نفسه تؤجل الرسالة.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>ابحث عن الرد الحقيقي في السجل أو في رسالة الارتداد قبل أن تفعل أي شيء. إن كان القائمة الرمادية، فدع قائمة الانتظار تتولى إعادة المحاولة. وإن كان فحص DNS العكسي أو السمعة، فيصلح مسؤول البريد لدى المرسل PTR وSPF وDKIM. وإن كانت بوابتك الصادرة لمكافحة البريد المزعج هي التي أجلته، فيفحص مسؤولك سجل تلك البوابة وحدود الإرسال فيها.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>فحص مؤقت لمكافحة البريد المزعج أو للسياسة في جهة الاستقبال (القائمة الرمادية، أو السمعة، أو التحكم في المعدل) أدى إلى تأجيل الرسالة مع 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>لا يملك عنوان IP المرسل سجل PTR مطابقًا، والجهة المستقبلة تؤجل حتى تتمكن من التحقق من العميل.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>احتجز المرشح أو البوابة الصادرة لدى المرسل نفسه الرسالة، مثلًا للاشتباه في أنها بريد مزعج أو لتجاوز حد الإرسال.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>ابحث في سجل البريد عن الرد الحقيقي الذي حمل 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>تحقق من أن اسم PTR لعنوان IP المرسل يُترجم إلى عنوان IP نفسه.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>انظر في قائمة الانتظار للرسائل المؤجلة لتعرف هل بوابتك أم الجهة المستقبلة هي التي أجلت الرسالة.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>أيًا كان الرد الحقيقي، فالتأجيل من فئة 4.7.1 مؤقت: أعد المحاولة لاحقًا بفواصل متزايدة. وإذا استمر الرفض نفسه أكثر من يوم، فعامله حظرًا وأصلح السبب بدلًا من انتظار انتهاء مدة قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>خطأ في الصياغة، الأمر غير معروف</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>لم يستطع الخادم فهم السطر الذي تلقاه: فعل الأمر غير معروف أو السطر مشوّه. ويسمح RFC 5321 أيضًا بالرمز 500 لسطر أمر طويل أكثر من اللازم، ويستخدم RFC 4954 الرمز 500 5.5.6 حين تتجاوز استجابة AUTH سعة المخزن المؤقت في الخادم. يخفق ذلك الأمر وحده؛ وتبقى الجلسة مفتوحة عادةً.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>مباشرة بعد أن يرسل العميل سطرًا، في أي مرحلة من الجلسة. حالات معتادة: خادم لا يعرف إلا HELO يجيب على EHLO، أو عميل يتحدث بالبروتوكول الخطأ على المنفذ (مصافحة TLS مرسلة إلى منفذ نص صريح، أو طلب HTTP)، أو خطأ إملائي في اختبار يدوي عبر telnet. يجيب Sendmail بـ 500 5.5.1 Command unrecognized، وMicrosoft Exchange بـ 500 5.3.3 Unrecognized command؛ أما Postfix وGmail فيستخدمان 502 للأفعال غير المعروفة.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>يصلحه من يدير العميل (مسؤول البريد لدى المرسل أو مطور التطبيق): صحّح الأمر، واستخدم المنفذ ووضع TLS الصحيحين، وارجع إلى HELO حين يستدعي EHLO الرد 500، وأبقِ أسطر الأوامر في حدود 512 ثُمانية. وإذا كان جدار حماية يعيد كتابة حركة SMTP، فعلى مسؤول الشبكة في تلك الجهة إيقاف فحص SMTP/ESMTP فيه أو تخفيفه. ولا يحتاج الخادم المستقبل إلى أي تغيير ما لم يكن ينبغي له فعلًا دعم الأمر.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>أمر به خطأ إملائي أو شيء ليس أمر SMTP أصلًا، وهذا شائع في جلسات telnet أو nc المكتوبة يدويًا.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>العميل يتحدث بالبروتوكول الخطأ على المنفذ: رسالة TLS ClientHello مرسلة إلى منفذ SMTP بنص صريح، أو طلب HTTP من أداة مراقبة أو وكيل (proxy) مضبوط خطأً.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>خادم قديم جدًا أو بسيط للغاية لا يعرف EHLO ويتوقع أن يرجع العميل إلى HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>جدار حماية يفحص SMTP (فحص ESMTP في Cisco ASA هو المثال الكلاسيكي) يستبدل بالأوامر التي لا يسمح بها سلاسل من حروف X، فلا يستطيع الخادم التعرف عليها.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>سطر الأمر يتجاوز ما يقبله الخادم (لا يضمن RFC 5321 إلا 512 ثُمانية بما فيها CRLF)، أو استجابة AUTH أطول من المخزن المؤقت لـ SASL في الخادم.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>أعد الحوار يدويًا واقرأ الرد على كل سطر؛ الرد 500 مباشرة بعد EHLO يعني أن الخادم لا يتحدث إلا HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>إذا كان المنفذ يتوقع TLS من البايت الأول (465)، فاختبره على هذا الأساس بدلًا من إرسال نص صريح إليه.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>ابحث في اللافتة وفي رد EHLO عن نجوم أو حروف X، فهي علامة على وجود فحص SMTP من جدار حماية في المسار.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>على عميل Postfix، ابحث عن الأمر المرفوض في السجل؛ إذ يسجل Postfix رد الخادم البعيد والأمر الذي أجاب عليه.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>لا ترسل السطر نفسه مرة أخرى دون تغيير. الجلسة عادةً ما زالت صالحة: بعد 500 على EHLO أرسل HELO؛ وبعد أي 500 آخر صحّح الأمر، أو أرسل QUIT وأصلح العميل قبل المحاولة التالية.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>خطأ في صياغة المعاملات أو الوسائط</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>يعرف الخادم الأمر لكنه يرفض وسيطه: عنوان مغلف مشوّه، أو اسم HELO/EHLO غير صالح، أو معامل ESMTP سيئ التكوين، أو بيانات AUTH ليست base64 صالحًا. يُرفض الأمر بهذه الصيغة ويبقى الخادم في الحالة التي كان فيها، فيمكن أن يتبعه أمر مصحح في الجلسة نفسها.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>غالبًا عند EHLO أو MAIL FROM أو RCPT TO، وأحيانًا في منتصف AUTH. يرسل Postfix 501 5.1.7 Bad sender address syntax (صياغة عنوان المرسل خاطئة) أو 501 5.1.3 Bad recipient address syntax (صياغة عنوان المستلم خاطئة)؛ ويرسل Exim 501 Syntactically invalid HELO argument(s). وتجيب الخوادم الملتزمة بـ RFC 4954 بالرمز 501 حين يلغي العميل AUTH بنجمة واحدة أو يرسل base64 لا يمكن فك ترميزه، وينص RFC 3207 على 501 للأمر STARTTLS إذا أُعطي أي معامل.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>يصلحه طرف الإرسال. يصحح المرسل العنوان الذي به خطأ إملائي أو المشوّه؛ ويعطي مسؤول البريد لدى المرسل خادم MTA اسم HELO صحيحًا مؤهلًا بالكامل، ويفحص أي سكربت أو تطبيق يبني أوامر المغلف أو سلاسل AUTH بنفسه. وحين تأتي العناوين من نموذج ويب أو قاعدة بيانات، تحقق من صحتها قبل أن تصل إلى SMTP.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>عنوان مغلف بصياغة معطوبة: أقواس زاوية مفقودة، أو مسافات مضمنة، أو نقطة في النهاية، أو محارف خاصة غير محاطة بعلامات اقتباس، أو عنوانان في أمر واحد.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>وسيط HELO/EHLO فارغ أو مشوّه، مثل عنوان IP مجرد دون أقواس مربعة أو اسم مضيف يحتوي على شرطات سفلية.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>بيانات AUTH ليست base64 صالحًا، وعادةً من سكربت يجمّع سلسلة PLAIN يدويًا.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>ألغى العميل تبادل المصادقة بنجمة واحدة، ويجيب RFC 4954 على ذلك بالرمز 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>معامل ESMTP بقيمة غير صالحة، مثل SIZE= غير رقمي أو NOTIFY= أو ORCPT= مشوّه.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>أرسل المغلف نفسه باستخدام swaks ولاحظ الأمر الذي يستدعي 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>تحقق من الاسم الذي يعلنه خادم Postfix في HELO/EHLO؛ ينبغي أن يكون اسم مضيف مؤهلًا بالكامل أو عنوانًا حرفيًا بين أقواس مربعة.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>فك ترميز سلسلة AUTH PLAIN التي يرسلها العميل وتأكد من أنها تتكون من معرّف التفويض، ثم NUL، ثم المستخدم، ثم NUL، ثم كلمة المرور.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>ابحث عن السطر المرفوض في سجل الخادم المرسل لترى الوسيط الذي أُرسل بالضبط.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>لا تجرِ إعادة محاولة الأمر أو الرسالة دون تغيير: سيُرفض الوسيط نفسه مرة أخرى. صحّح العنوان أو اسم HELO أو المعامل أو بيانات AUTH؛ ويجوز للعميل داخل الجلسة إرسال الأمر المصحح فورًا.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>ترفض خوادم Gmail الواردة أمر HELO أو EHLO إذا كان وسيطه فارغًا أو لم يكن اسم مضيف صالحًا ولا عنوانًا حرفيًا، وذلك قبل تبادل أي بريد.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>الأمر غير منفذ</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>يتعرف الخادم على الأمر لكنه لا ينفذه، أو أوقفه. يخصص RFC 5321 4.2.4 الرمز 502 للأوامر المعروفة غير المنفذة و500 للأوامر غير المعروفة، ومع ذلك تجيب عدة خوادم، منها Postfix وGmail، على الأفعال غير المعروفة بالرمز 502 أيضًا.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>ردًّا على الأوامر الاختيارية: VRFY أو EXPN على خوادم تعطلهما (Postfix مع disable_vrfy_command = yes يجيب بـ 502 5.5.1 VRFY command is disabled)، أو ETRN أو TURN، أو EHLO على خادم لا يتحدث إلا HELO. يرد Gmail بـ 502 5.5.1 Unrecognized command على أي شيء لا يعرفه، ويرد Postfix بـ 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>العميل هو ما يحتاج إلى إصلاح: ينبغي ألا يستخدم إلا الأوامر التي أعلنها الخادم في رده على EHLO، وأن يرجع إلى HELO حين يُرفض EHLO، وأن يكف عن الاعتماد على VRFY أو EXPN للتحقق من العناوين. ولا يتصرف مسؤول الجهة المستقبلة إلا إذا كان ينبغي تقديم الأمر، مثل تفعيل ETRN لعميل يُحتفظ ببريده في قائمة الانتظار هناك.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>الأمر VRFY أو EXPN معطل بموجب السياسة لمنع جمع العناوين.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>يستخدم العميل امتدادًا لم يعلنه الخادم قط بعد EHLO، مثل ETRN أو TURN أو BDAT دون CHUNKING، أو AUTH على خادم لا يقدم المصادقة.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>خادم لا يعرف إلا HELO يرفض EHLO والعميل لا يرجع إلى HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>خطأ إملائي أو فعل غير معروف أُرسل إلى Postfix أو Gmail، وهما يبلّغان عن الأوامر غير المعروفة بالرمز 502 لا 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>اعرض ما يعلنه الخادم فعلًا بعد EHLO وقارنه بالأمر الذي أخفق.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>على خادم Postfix الخاص بك، تحقق هل أُوقف VRFY.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>راجع إعدادات العميل بحثًا عن ميزات يفرضها بغض النظر عن رد EHLO، مثل ETRN مجدول أو AUTH على المنفذ 25.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>لا تكرر الأمر في هذه الجلسة ولا في الجلسات اللاحقة؛ سيظل يخفق. تابع دونه (HELO بدلًا من EHLO، ودون VRFY) أو غيّر العميل.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>يعيد Gmail الرمز 502، لا 500، لأمر لا يعرفه إطلاقًا، لذا يشير 502 من Gmail عادةً إلى خطأ إملائي أو إلى عميل لا يتحدث SMTP، لا إلى ميزة معطلة.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>تسلسل أوامر خاطئ</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>الأمر صالح لكنه وصل في المرحلة الخطأ من الجلسة: RCPT قبل MAIL، أو DATA قبل أي RCPT مقبول، أو MAIL قبل HELO/EHLO، أو MAIL ثانٍ داخل معاملة، أو AUTH بعد تسجيل دخول ناجح. يرفضه الخادم ويبقى في حالته الحالية.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>غالبًا عند RCPT TO أو DATA. وفي رسائل الارتداد كثيرًا ما يخفي المشكلة الحقيقية: عميل يرسل الأوامر متتابعة (pipelining) يرسل DATA مع أن كل أوامر RCPT رُفضت، فيكون آخر رد مسجل 503 (Postfix: 503 5.5.1 Error: need RCPT command؛ وExim يقتبس خطأ RCPT السابق داخل رده 503). ويجيب أيضًا على AUTH المرسل حيث لا تُقدم المصادقة (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>انظر أولًا إلى الرد الذي سبق 503. إذا كان المستلمون قد رُفضوا، فأصلح ذلك السبب (العنوان، أو إذن الترحيل، أو السياسة) وسيزول 503 من تلقاء نفسه. وإذا كان الترتيب خاطئًا فعلًا، فيجب تصحيح برنامج العميل أو السكربت: EHLO أولًا، ثم EHLO مرة أخرى بعد STARTTLS، ثم AUTH مرة واحدة وفقط حيث يُعلن، ثم MAIL وRCPT وDATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>رُفضت كل أوامر RCPT TO (مستخدم غير معروف، أو رفض الترحيل) ومع ذلك أرسل العميل الذي يرسل الأوامر متتابعة DATA، فيخفي 503 الرد 5xx السابق.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>لم يرسل العميل EHLO مرة أخرى بعد STARTTLS، الذي يعيد الجلسة إلى حالتها الأولى.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>أُرسل AUTH إلى منفذ أو خادم لا تُفعّل فيه المصادقة، أو أُرسل مرة ثانية بعد نجاحه بالفعل.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>عميل أو سكربت مصنوع منزليًا يرسل RCPT قبل MAIL، أو يبدأ MAIL ثانيًا دون RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>اقرأ نص الجلسة أو رسالة الارتداد كاملًا، لا سطره الأخير فقط؛ وابحث عن الردود على RCPT TO التي سبقت 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>نفّذ المعاملة نفسها خطوة بخطوة عبر STARTTLS وراقب أين يعترض الخادم.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>إذا كان 503 ردًّا على AUTH، فتحقق هل المصادقة مفعّلة أصلًا لمستمع Postfix ذاك؛ إذ تكون عادةً مفعّلة لمنفذ الإرسال من العملاء (submission) وحده.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>تكرار التسلسل نفسه يعطي 503 نفسه. أصلح العميل أو الرفض السابق أولًا؛ ويمكن للعميل داخل الجلسة أن يرسل الأمر الصحيح، أو RSET ثم يبدأ المعاملة من جديد.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>يرفض Gmail أوامر MAIL أو AUTH أو STARTTLS المرسلة قبل أي أمر ترحيب، مثل عميل يصدر STARTTLS مباشرة بعد الاتصال.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>معامل الأمر غير منفذ</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>الأمر معروف لكن الخادم لا يدعم قيمة المعامل المرسلة معه. عمليًا يجيب به على AUTH مع آلية لا يقدمها الخادم (ويقرنه RFC 4954 هناك بالرمز 5.5.4)، ويستخدمه Postfix أيضًا لرفض أسماء HELO وعناوين المغلف غير المؤهلة بالكامل.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>عند AUTH، حين يصر العميل على آلية مثل CRAM-MD5 أو NTLM أو XOAUTH2 لا يملكها الخادم: يجيب Gmail وMicrosoft Exchange بـ 504 5.7.4 Unrecognized authentication type (نوع مصادقة غير معروف). وعند HELO أو MAIL FROM أو RCPT TO على خوادم Postfix التي تستخدم reject_non_fqdn_helo_hostname أو قيود المرسل والمستلم المقابلة: 504 5.5.2 مع Helo command rejected: need fully-qualified hostname، أو need fully-qualified address. ويجيب Postfix المضبوط على smtpd_tls_auth_only على AUTH قبل STARTTLS بـ 504 5.5.4.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>في حالة AUTH، يختار المستخدم أو مسؤول العميل آلية يعلنها الخادم (PLAIN أو LOGIN عبر TLS هو الخيار المعتاد) ويتأكد من أن STARTTLS يأتي أولًا. وفي حالات رفض HELO أو العناوين، يضبط مسؤول جهة الإرسال اسم HELO مؤهلًا بالكامل (myhostname في Postfix) ويجعل التطبيقات تستخدم عناوين كاملة مثل user@example.com. ولا يخفف مسؤول جهة الاستقبال قيدًا إلا إذا كان صارمًا أكثر من اللازم مع شريك معروف.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>يفرض العميل آلية AUTH غير موجودة في رد EHLO من الخادم، مثل CRAM-MD5 أو NTLM أمام خادم لا يقدم إلا PLAIN وLOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>أُرسل AUTH قبل STARTTLS إلى خادم لا يسمح بالمصادقة إلا عبر TLS ويبلّغ عن ذلك بالرمز 504 بدلًا من 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>يعلن الخادم المرسل (MTA) اسم HELO قصيرًا غير مؤهل مثل mailhost، والجهة المستقبلة تستخدم reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>مرسل المغلف أو المستلم يفتقر إلى نطاق مؤهل بالكامل (على نمط user@localhost) والجهة المستقبلة تشترطه.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>آلية متقاعدة مثل XOAUTH القديمة من Google لم يعد المزود يقبلها.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>افتح جلسة STARTTLS، واكتب EHLO test.example.com واقرأ السطر 250-AUTH لترى الآليات المعروضة.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>تحقق من اسم HELO الذي يرسله خادم Postfix الخاص بك؛ يجب أن يكون اسمًا مؤهلًا بالكامل.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>تأكد من أن هذا الاسم يُترجم في DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>على خادم Postfix المستقبل، انظر أي قيود non-FQDN مفعّلة وأي رمز تستخدم.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>لا تجرِ إعادة المحاولة بالآلية نفسها أو اسم HELO نفسه أو العنوان نفسه؛ فالرفض دائم. وبعد AUTH فاشل يجوز للعميل تجربة آلية أخرى معلنة في الجلسة نفسها، كما يسمح RFC 4954.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>تجيب خدمة الإرسال في Gmail بهذا حين يطلب العميل آلية SASL لا يقدمها Gmail؛ والأمر يتعلق باسم الآلية، لا بكلمة المرور.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>عنوان بريد إلكتروني غير صالح</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>لا يعرّف أي RFC الرقم 510 رمز رد في SMTP. تسميه قوائم «أخطاء SMTP» عنوان بريد غير صالح، وعمليًا يكون الرقم دائمًا تقريبًا رمز الحالة المحسّن 5.1.0 (حالة أخرى للعنوان، RFC 3463) بعد إسقاط نقاطه. والرد الحقيقي كان على الأرجح 550 5.1.0 أو 553 5.1.0: مشكلة في عنوان لم يحددها الخادم أكثر من ذلك.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>في ملخصات الارتداد المختصرة: لوحات مزودي خدمات البريد (ESP)، وأنظمة التذاكر، وإشعارات بريد الويب، ومشاركات المنتديات التي تكتب «الخطأ 510» عن سطر مثل &quot;550 5.1.0 Sender denied&quot;. يستخدم Exchange Online مثلًا 5.1.0 لمرسل مرفوض وللمستلمين الذين تعذر عليه تحديدهم. أما 510 حقيقي في الاتصال الفعلي فنادر ولا يأتي إلا من برامج غير ملتزمة بالمعايير.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>يحصل المرسل (أو من يقرأ رسالة الارتداد) أولًا على سطر الرد الكامل من رسالة الارتداد أو سجل البريد، لأن 5.1.0 لا يقول هل رُفض عنوان المرسل أم عنوان المستلم. افحص العنوانين بحثًا عن أخطاء إملائية ومحارف دخيلة. وإذا كان الرد من Exchange Online ويذكر المرسل، فاطلب من المرسل كتابة رسالة جديدة بدلًا من الرد على نسخة محفوظة أو غير متصلة. وإذا كان السطر يقول شيئًا مختلفًا تمامًا، فابحث عن رمزه الحقيقي ذي الأرقام الثلاثة.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>طبع ملخص ارتداد أو لوحة معلومات الرمز المحسّن 5.1.0 دون نقاط.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>رفض الخادم المستقبل عنوانًا لكنه لم يذكر إلا المجال العام لحالات العنوان (5.1.0) بدلًا من 5.1.1 أو 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>أجاب Exchange Online بـ 5.1.0 Sender denied (رُفض المرسل)، وعادةً بعد أن رد أحدهم على رسالة كانت محفوظة ملفًا وفُتحت دون اتصال.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>تعذر البحث عن عنوان Exchange داخلي قديم (legacyExchangeDN)، فلم يستطع Exchange تحديد المستلم.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>ابحث عن سطر الرد الكامل للعنوان الفاشل في سجل البريد لديك؛ الرمز الأساسي الحقيقي هو الأرقام الثلاثة الأولى، ويليه الرمز المحسّن.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>في رسالة الارتداد، اقرأ الحقلين Status: وDiagnostic-Code: في جزء حالة التسليم (delivery-status) بدلًا من الملخص الودّي في الأعلى.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>تحقق من أن نطاق مرسل المغلف ونطاق المستلم كليهما موجودان في DNS.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>الخادم المرسل (MTA) الذي يتلقى يومًا 510 حرفيًا يجب أن يحكم عليه برقمه الأول (RFC 5321 4.2): إخفاق دائم، فيصدر رسالة ارتداد بدلًا من إبقاء الرسالة في قائمة الانتظار. أعد الإرسال فقط بعد تصحيح العنوان.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>عنوان بريد إلكتروني غير صالح</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>المستخدم غير موجود</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>مستلم غير صالح</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>عنوان غير موجود</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>الرمز 511 ليس رمز رد SMTP في أي RFC. حين يبلّغ أحدهم عن «الخطأ 511، عنوان بريد غير صالح» فهو يقصد غالبًا الرمز المحسّن 5.1.1، أي عنوان صندوق البريد الوجهة غير صالح: يقول خادم المستلم إن صندوق البريد غير موجود. وفي الاتصال الفعلي يصل ذلك بصيغة 550 5.1.1 (وأحيانًا 553 أو 554 مع 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>في إحصاءات الارتداد، وأدوات إدارة العملاء (CRM) والنشرات البريدية، وقوائم الأخطاء المنسوخة، حيث يُختصر &quot;550 5.1.1 ... User unknown&quot; إلى 511. ويأتي الرد الأصلي إجابةً على RCPT TO، أو لاحقًا في رسالة ارتداد حين لا يفحص الخادم المستقبل المستلمين إلا بعد قبول الرسالة.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>يفحص المرسل عنوان المستلم حرفًا حرفًا (حروف متبادلة المواضع، أو نقطة ناقصة، أو نطاق دولة خاطئ، أو عنوان موظف سابق) ويتأكد منه مع المستلم بالهاتف أو بقناة أخرى. ويحذف أصحاب القوائم البريدية العنوان بعد 5.1.1 مؤكد بدلًا من إعادة المحاولة معه. وإذا كنت تدير الخادم المستقبل والمستخدم موجود فعلًا، فافحص الاستعلامات في جداول الأسماء المستعارة والعناوين الافتراضية والدليل التي يستشيرها الخادم عند RCPT.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>خطأ إملائي في الجزء المحلي من العنوان، أي الجزء الذي يسبق @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>حُذف الحساب أو أُعيدت تسميته، مثلًا بعد مغادرة موظف أو تغيير شركة لصيغة عناوينها.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>عنوان قديم أُخذ من دفتر العناوين أو من ذاكرة الإكمال التلقائي لم يعد يطابق الدليل.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>في جهة الاستقبال، مستخدم موجود في مخزن صناديق البريد لكنه غير موجود في جدول الأسماء المستعارة أو المستلمين الذي يفحصه خادم SMTP.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>اختبر المستلم دون إرسال رسالة: الرد على RCPT TO يبيّن هل يعرف الخادم صندوق البريد (كثير من المزودين الكبار لن يخبروك).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>على خادم Postfix الخاص بك، انظر أي جدول أجاب عن العنوان وما الرد الذي أعطاه.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>إذا كنت تدير Exim، فاسأله كيف سيوجه العنوان؛ والنتيجة unrouteable تعني أن 5.1.1 صحيح.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>لا ينبغي لأي شيء إعادة محاولة 511 مجرد؛ اقرأه إخفاقًا دائمًا برقمه الأول. أما بالنسبة إلى 550 5.1.1 الحقيقي الذي وراءه، فتوقف عن الإرسال إلى ذلك العنوان حتى يؤكد شخص عنوانًا مصححًا.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>تعذر العثور في DNS على مضيف نطاق المستلم</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>لا يخصص أي RFC الرقم 512. تستخدمه قوائم الأخطاء لـ «تعذر العثور على نطاق المستلم»، وهو الرمز المحسّن 5.1.2، أي عنوان نظام الوجهة غير صالح (RFC 3463): الجزء الذي يلي @ غير موجود أو لا يستطيع استقبال البريد. والرد الحقيقي عادةً 550 5.1.2 أو 553 5.1.2، أو رسالة ارتداد كتبها خادم المرسل نفسه بعد استعلام DNS فاشل.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>كثيرًا دون أي خادم بعيد: يستعلم الخادم المرسل (MTA) عن سجلات MX وسجلات العناوين للنطاق، فيحصل على NXDOMAIN، ويصدر رسالة الارتداد بنفسه. يكتب Sendmail ذلك بصيغة 550 5.1.2 مع &quot;Host unknown (Name server: ...: host not found)&quot;؛ ويبلّغ Postfix عن &quot;Host or domain name not found&quot; ويصنفه تحت 5.4.4. ويجيب Gmail على إرسال إلى نطاق غير موجود بـ 553 5.1.2.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>يتحقق المرسل من تهجئة النطاق (hotmial أو gmial، أو لاحقة دولة ناقصة، أو .con بدلًا من .com). وإذا كان النطاق صحيحًا، فعلى مسؤول مالك النطاق إصلاح DNS: ربما انتهت صلاحية النطاق أو فقد تفويضه. وإذا أخفقت نطاقات كثيرة دفعة واحدة، يفحص مسؤول البريد لدى المرسل المحلل الخاص بالخادم المرسل، لأن المحلل المحلي المعطوب يجعل كل استعلام يبدو كأن النطاق مفقود.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>نطاق المستلم به خطأ إملائي والاسم المكتوب خطأً غير مسجل.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>انتهى تسجيل نطاق المستلم أو توقفت خوادم أسمائه عن الإجابة.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>المحلل في الخادم المرسل معطوب، أو يحجبه جدار حماية، أو يجيب من ذاكرة تخزين مؤقت قديمة.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>استُخدم اسم داخلي فقط (نطاق .local أو نطاق بأفق منقسم) عنوانًا بريديًا خارج الشبكة التي يُترجم فيها.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>اسأل DNS عن خوادم تبادل البريد للنطاق؛ NXDOMAIN في الإجابة الكاملة يعني أن النطاق غير موجود.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>حلّل الاسم بدءًا من خوادم الجذر نزولًا، متجاوزًا المحلل الخاص بك، لتستبعد عطلًا محليًا في DNS.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>ابحث عن رسالة الارتداد المحلية في سجل الخادم المرسل.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>عامل 512 المجرد على أنه دائم برقمه الأول. ينبغي للخادم المرسل (MTA) أن يصدر رسالة ارتداد عند NXDOMAIN من مصدر موثوق، لكن أن يواصل إعادة المحاولة (إخفاق مؤقت) عند انتهاء مهلة DNS أو SERVFAIL، إذ لا يقولان شيئًا عن وجود النطاق.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>نوع العنوان غير صحيح</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>صيغة عنوان غير صالحة</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>لا يعرّف أي RFC الرمز 513. تشرحه القوائم بأنه «نوع العنوان غير صحيح»، وهو يمثل الرمز المحسّن 5.1.3، أي صياغة عنوان صندوق البريد الوجهة غير صالحة (RFC 3463): عنوان المستلم ليس عنوانًا صالحًا أصلًا، بخلاف عنوان صالح غير موجود. وترسله الخوادم الحقيقية بصيغة 501 5.1.3 أو 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>حين يكون وسيط RCPT TO مشوّهًا: يجيب Postfix بـ 501 5.1.3 Bad recipient address syntax (صياغة عنوان المستلم خاطئة)، ويجيب Gmail بـ 553 5.1.3 قائلًا إن عنوان المستلم ليس عنوانًا صالحًا وفق RFC 5321. ويظهر مع نماذج الويب والسكربتات التي تبني العناوين من مدخلات المستخدمين، ومع عناوين منسوخة من مستندات تحتوي على محارف غير مرئية.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>ينظف المرسل أو التطبيق الذي أنشأ الرسالة العنوان: @ واحدة، ولا مسافات، ولا اسم عرض أو علامات اقتباس داخل أقواس الزاوية، ولا نقطة في النهاية، ولا علامات اقتباس منمقة أو محارف صفرية العرض ملصوقة من معالج نصوص. ويتحقق المطورون من العناوين ويشذبونها قبل تسليمها إلى مكتبة البريد، ولا يمررون إلى RCPT TO إلا العنوان المجرد.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>مسافات أو فواصل أو فواصل منقوطة داخل العنوان، وكثيرًا ما تكون من قائمة ملصوقة في حقل واحد.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>اسم العرض والعنوان مُرّرا معًا بوصفهما مستلم المغلف بدلًا من العنوان المجرد.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>محارف غير مرئية أو طباعية (مسافة غير فاصلة، علامات اقتباس منحنية) منسوخة من مستند أو جدول بيانات.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>محارف غير ASCII في العنوان أُرسلت إلى خادم لم يعرض SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>اعرض المحارف المخفية في العنوان كما خزّنه التطبيق.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>أعد إرسال المستلم يدويًا واقرأ رد الخادم على RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>في Postfix، ابحث عن السلسلة الدقيقة التي أرسلها العميل، ويقتبسها السجل في سطر الرفض.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>لا تجدي إعادة المحاولة: العنوان المشوّه يخفق بالطريقة نفسها في كل مرة. عامل أي 513 حرفي على أنه إخفاق دائم برقمه الأول وأعد الرسالة برسالة ارتداد كي يمكن تصحيح العنوان.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>يرجى استخدام معرّف QHLO الصحيح</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>ليس رمزًا معياريًا. يأتي النص من مسودة الإنترنت الخاصة بامتداد SMTP المسمى QUICKSTART (draft-fanf-smtp-quickstart، عام 2007)، التي اقترحت أمر QHLO لتوفير جولات ذهاب وإياب في بداية جلسة الإرسال من العملاء. انتهت صلاحية المسودة دون أن تصبح RFC، ولا يُعرف خادم شائع يرسل 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>لا يكاد يظهر في تدفق البريد الحقيقي. يظهر في قوائم رموز الرد المنسوخة عبر الويب، ولا يمكن أن يأتي إلا من خادم تجريبي ينفذ مسودة QUICKSTART، ردًّا على QHLO. وإذا أرسل خادم عادي 520، فهو يستخدم الرقم لغرض خاص ونص الرد هو الدليل الوحيد.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>برنامج العميل هو من يتصرف: توقف عن استخدام QHLO أو أي وضع للبدء السريع وافتح الجلسة بأمر EHLO عادي. وإذا جاء الرمز من منتج أحد الموردين، فاقرأ وثائقه أو اسأل مسؤول الخادم عن معنى النص.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>خادم تجريبي أو خادم اختبار ينفذ مسودة QUICKSTART المنتهية الصلاحية رفض المعرّف المرسل مع QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>برنامج مملوك أعاد استخدام 520 لمعنى خاص به لا علاقة له بالمسودة؛ ونص الرد يشرحه.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>قُرئ الرقم خطأً من سطر سجل أو نُسخ من قائمة على الإنترنت ولم يأت من خادم أصلًا.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>احصل من سجل الإرسال على نص الرد الكامل والأمر الذي أجاب عليه؛ فمن دونهما لا يعني 520 شيئًا محددًا.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>تحقق هل يعلن الخادم أي كلمة مفتاحية لامتداد غير معياري في رده على EHLO.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>لا تجرِ إعادة المحاولة بالأمر نفسه. أعد الاتصال بتسلسل EHLO المعياري؛ وإذا ظل الخادم يجيب بالرمز 520 على الأوامر العادية، فعامله إخفاقًا دائمًا واسأل مسؤول جهة الاستقبال.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>المضيف لا يقبل البريد</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>المضيف لا يقبل البريد إطلاقًا، من أي أحد. اعتمد RFC 7504 (عام 2015) هذا الرمز معيارًا، بعد أن اقتُرح أولًا في RFC 1846 التجريبي، بديلًا أوضح من الإجابة على الاتصال بالرمز 554. والعميل الذي يتلقاه ينبغي أن يتخلى عن ذلك المضيف بدلًا من وضع الرسالة في قائمة الانتظار وإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>عادةً في الترحيب، بدلًا من 220، من جهاز موجود لأسباب أخرى (خادم ويب، أو خادم ترحيل للإرسال فقط) ويريد أن يقول صراحة إنه لا يستقبل بريدًا؛ ثم يُغلق الاتصال أو تُرفض الأوامر التالية. ويرسله Postfix أيضًا عمليًا: إذ يُسقط postscreen العملاء الذين يتكلمون قبل الترحيب أو يخالفون البروتوكول مع 521 5.5.1 Protocol error.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>ينبغي للمرسل التوقف عن الإرسال إلى ذلك المضيف أو النطاق والتأكد من العنوان مع المستلم عبر قناة أخرى. وإذا كان النطاق يُفترض أن يستقبل البريد، فيصلح مسؤول البريد لدى المستلم سجلات MX أو خادم البريد. وإذا جاء 521 من postscreen، فيصلح مسؤول البريد لدى المرسل سلوك العميل في البروتوكول (انتظار الترحيب، وعدم إرسال الأوامر متتابعة ما لم يُعلن ذلك)، لأن العميل هو من تسبب في الإسقاط.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>سجل MX للنطاق، أو سجل A حين لا يوجد MX، يشير إلى جهاز لا يشغّل عمدًا أي خدمة بريد.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>وصل العميل إلى خادم ترحيل للإرسال فقط أو إلى خادم ويب، وكثيرًا ما يكون ذلك بسبب سجلات DNS قديمة أو خاطئة.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>أسقط postscreen في Postfix العميل بسبب مخالفة للبروتوكول، مثل التكلم قبل الترحيب، أو إرسال الأوامر متتابعة دون إعلان، أو أسطر جديدة مجردة (bare newlines).</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>توقف نطاق المستلم عن استقبال البريد وترك مجيبًا يرد بالرمز 521.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>تحقق من الوجهة التي ينبغي أن يذهب إليها بريد النطاق؛ وسجل MX الفارغ (0 .) يعني أن النطاق لا يستقبل أي بريد إطلاقًا.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>اتصل بالمضيف واقرأ سطر الترحيب.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>على عميل Postfix، ابحث عن الرفض في السجل؛ والرد 521 5.5.1 Protocol error يشير إلى اختبارات postscreen في الطرف الآخر.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>إذا كان postscreen على خادمك هو من يرسله، فراجع الإجراءات المضبوطة لاختباري pregreet والأسطر الجديدة المجردة.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>لا تضع الرسالة في قائمة الانتظار لمحاولة أخرى على ذلك المضيف: الرفض مقصود أن يكون دائمًا. أعدها إلى المرسل برسالة ارتداد تتضمن نص 521 كي يمكن فحص العنوان.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>يلزم التشفير</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>رمز وارد في السجل فقط: لا يعرّف أي RFC الرمز 523 ردًّا، لكن سجل IANA لرموز الحالة المحسّنة يدرجه رمزًا أساسيًا للرمز X.7.10 Encryption Needed، الذي سجله RFC 5248. وهو يقول إن المصادقة المطلوبة تحتاج أولًا إلى طبقة خصوصية؛ فينبغي للعميل بدء TLS (أو اختيار آلية أقوى) ثم المصادقة مرة أخرى.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>ردًّا على AUTH عبر اتصال غير مشفر. تجيب مكتبة Go المسماة go-smtp، التي تستخدمها خوادم مثل maddy، بـ 523 5.7.10 TLS is required حين يحاول عميل المصادقة قبل STARTTLS. ومعظم البرامج الأخرى تبلّغ عن الحالة نفسها بالرمز 530 أو 538 أو 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>يصلحه مستخدم العميل أو برنامجه: فعّل STARTTLS على المنفذ 587 أو TLS الضمني على المنفذ 465 قبل المصادقة. وإذا كان TLS مفعّلًا وما زال يخفق، يبحث مسؤول البريد لدى العميل عن جدار حماية أو برنامج مكافحة فيروسات يحذف STARTTLS. ولا ينبغي لمسؤول الخادم السماح بتسجيل الدخول بنص صريح لمجرد أن يختفي الخطأ.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>إعداد الأمان في عميل البريد مضبوط على «بلا» أو «STARTTLS فقط إن أُعلن»، فيرسل AUTH بنص صريح.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>أخفقت الترقية عبر STARTTLS أو حذفها جهاز وسيط، فتابع العميل دون تشفير.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>يستخدم العميل آلية كلمة مرور بنص صريح مثل PLAIN أو LOGIN حيث يصر الخادم على طبقة خصوصية.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>صادق عبر STARTTLS لتتأكد من أن الحساب يعمل بعد تشفير الاتصال؛ ويطلب swaks كلمة المرور.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>تحقق من أن STARTTLS معروض وأن المصافحة تكتمل من شبكة العميل.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>في إعدادات الحساب لدى العميل، اضبط الأمان على STARTTLS للمنفذ 587 أو SSL/TLS للمنفذ 465، ولا تضبطه أبدًا على «بلا».</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>لا تكرر AUTH على الاتصال غير المشفر. أرسل STARTTLS، ثم EHLO مرة أخرى، ثم صادق؛ وبعد تفعيل TLS ينبغي أن تنجح إعادة المحاولة.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>لا تعريف أساسي له (مرتبط بالرمز X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>رمز وارد في السجل فقط بلا تعريف خاص به. يذكر سجل IANA الرمز 524، بجانب 538، رمزًا أساسيًا للرمز X.7.11 Encryption required for requested authentication mechanism (يلزم التشفير لآلية المصادقة المطلوبة)، لكن RFC 4954، الذي يعرّف X.7.11، لا يستخدم إلا 538. اقرأ 524 على أنه: آلية AUTH هذه لا يجوز استخدامها إلا عبر اتصال مشفر.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>نادرًا جدًا، ردًّا على AUTH عبر اتصال بنص صريح، من برامج اتبعت جدول IANA بدلًا من RFC 4954. ترسل معظم الخوادم 538 5.7.11 أو 530 للحالة نفسها.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>تصلحه جهة العميل: فعّل STARTTLS أو TLS الضمني قبل المصادقة. وإذا كان ذلك المستمع لا يقدم TLS إطلاقًا، فعلى مسؤول الخادم تثبيت شهادة أو توجيه المستخدمين إلى منفذ إرسال يتوفر فيه.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>حاول العميل AUTH قبل STARTTLS، والخادم يقصر تلك الآلية على الجلسات المشفرة.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>أخذ برنامج الخادم الرمز 524 من جدول IANA لرده الخاص باشتراط التشفير، حيث تستخدم معظم التنفيذات 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>المستمع الذي يستخدمه العميل لا يحتوي على إعداد TLS، فلا يمكن استخدام الآلية هناك أبدًا.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>اقرأ الرد كاملًا ورمزه المحسّن؛ فالرمز 5.7.11 يؤكد أن التشفير هو المطلوب.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>جرّب الحساب نفسه بعد STARTTLS بآلية أخرى.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>تحقق هل لدى العميل خيار مثل «اشتراط TLS» أو «STARTTLS دائمًا»، وأنه مفعّل.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>لا جدوى من إعادة المحاولة بنص صريح. كرر AUTH فقط بعد نجاح STARTTLS وإرسال EHLO جديد.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>حساب المستخدم معطل</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>رمز وارد في السجل فقط: يقرن سجل IANA الرمز 525 بالرمز X.7.13 User Account Disabled، الذي سجله RFC 5248. كانت بيانات الاعتماد صحيحة لكن الحساب عُطّل، مثلًا بسبب عدم الدفع أو إساءة الاستخدام أو الاشتباه في اختراق، ويظل مرفوضًا حتى يعيد مسؤول تفعيله.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>من حيث المبدأ مباشرة بعد AUTH ناجح لحساب معطل؛ وقلة من الخوادم تستخدمه، ومعظمها يبلّغ عن الحساب المعطل بالرمز 535 أو 550 بدلًا منه. ويرسل Gmail الرمز 525 مع 5.7.10 لمخالفة بروتوكول لا علاقة لها بذلك (أوامر أُرسلت متتابعة بعد STARTTLS)، فاقرأ الرمز المحسّن والنص قبل أن تفترض أن الحساب معطل.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>يتواصل صاحب الحساب مع مسؤول الحساب المرسل أو مزوده ليعرف سبب تعطيله ويعيد تفعيله؛ ولا يفيد تغيير كلمة المرور في العميل. وفي صيغة Gmail ذات 5.7.10، يصلح مسؤول البريد لدى المرسل العميل أو خادم MTA كي ينتظر مصافحة TLS قبل إرسال أي شيء آخر.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>عطّل المسؤول الحساب أو علّقه (فاتورة غير مدفوعة، أو بلاغ إساءة، أو كلمة مرور مخترقة).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>قُفل الحساب تلقائيًا بعد حدث أمني مثل موجة مفاجئة من البريد المزعج الصادر.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>من Gmail مع 5.7.10: أرسل العميل أوامر إضافية مباشرة بعد STARTTLS بدلًا من انتظار مصافحة TLS.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>افحص الرمز المحسّن في الرد: 5.7.13 يعني حسابًا معطلًا، وأي رمز آخر يحتاج إلى قراءة النص.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>سجّل الدخول إلى بريد الويب لدى المزود بالحساب نفسه؛ فعادةً يُشرح هناك سبب تعطيل الحساب بكلمات واضحة.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>في حالة 525 5.7.10، كرر الجلسة بعميل لا يرسل الأوامر متتابعة عبر STARTTLS وقارن النتيجة.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>توقف عن إعادة المحاولة بهذا الحساب: كل محاولة تخفق حتى يُعاد تفعيله، وتكرار تسجيل الدخول قد يطيل مدة القفل. استأنف بعد أن يؤكد المسؤول أن الحساب نشط.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>لا يستخدم Gmail الرمز 525 للحسابات المعطلة: بل يرفض به مع 5.7.10 العميل الذي أرسل أوامر إضافية متتابعة بعد STARTTLS بدلًا من انتظار مصافحة TLS. وقد طبعت قائمة أخطاء Google نفسها النص ذاته تحت 523 5.7.10، فتوقع أيًّا من الرمزين الأساسيين معه.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>المصادقة مطلوبة / يجب إرسال الأمر STARTTLS أولًا</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>يرفض الخادم الأمر حتى يفعل العميل شيئًا أولًا: أن يصادق (RFC 4954، ويُرسل بصيغة 530 5.7.0 Authentication required) أو أن يبدأ TLS (RFC 3207، بصيغة 530 Must issue a STARTTLS command first). ويجيب به عادةً على MAIL FROM ويترك الجلسة مفتوحة كي يتمكن العميل من اتخاذ الخطوة الناقصة.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>غالبًا عند MAIL FROM على منفذ الإرسال من العملاء (587) أو على خادم ترحيل يشترط تسجيل الدخول، من عملاء أُعدّوا دون مصادقة أو دون STARTTLS: الطابعات، والماسحات الضوئية، والسكربتات، وأدوات المراقبة، وتطبيقات الويب. ترسل خوادم الإرسال في Gmail &quot;530 5.7.0 Must issue a STARTTLS command first&quot;؛ ويرسل Microsoft 365 الرمز 530 5.7.57 للعملاء الذين يحاولون الإرسال دون مصادقة.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>تصلحه جهة العميل: فعّل STARTTLS (أو TLS الضمني على 465) ومصادقة SMTP ببيانات اعتماد صندوق البريد، ثم أعد الإرسال. وفي Microsoft 365 يجب أيضًا أن يسمح مسؤول المستأجر بمصادقة SMTP لصندوق البريد ذاك. والأجهزة التي لا تستطيع المصادقة ينبغي أن ترسل عبر خادم ترحيل محلي أو عبر موصل يقدمه المزود للإرسال دون مصادقة.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>مصادقة SMTP متوقفة في العميل، أو يرسل إلى المنفذ 25 لخادم لا يقدّم الترحيل إلا للمستخدمين المسجلين دخولهم.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS متوقف في العميل، فيرسل MAIL FROM بنص صريح إلى خادم لا يقبل البريد إلا بعد TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>أخفق AUTH سابق وتجاهل العميل الخطأ، فوصل MAIL FROM دون مصادقة.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>جهاز أو تطبيق مهيأ لخادم ترحيل مفتوح قديم يشير الآن إلى خادم يشترط تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>اقرأ رد EHLO: إذا كان STARTTLS مدرجًا ولم يكن AUTH مدرجًا، فالمصادقة لا تُعرض إلا بعد TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>نفّذ اختبار إرسال كاملًا مع المصادقة؛ ويطلب swaks كلمة المرور إذا حُذف --auth-password.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>افحص سجل العميل نفسه بحثًا عن رد على AUTH قبل MAIL FROM؛ فغياب AUTH أو إخفاقه يفسر الرد 530.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>لا تعد الإرسال دون تغيير أي شيء. في الجلسة نفسها يمكن للعميل إرسال STARTTLS أو AUTH كما طُلب ثم تكرار MAIL FROM؛ أما الرسالة الموجودة في قائمة الانتظار فلا ينبغي أن تخرج مجددًا إلا بعد إصلاح إعدادات العميل.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>تشترط خوادم الإرسال في Gmail الأمر STARTTLS قبل أي معاملة بريد؛ والعميل الذي يرسل بنص صريح على المنفذ 587 يتلقى هذا عند MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>تشترط نقطة إرسال العملاء في Exchange Online مصادقة SMTP AUTH قبل MAIL FROM؛ ويظهر أيضًا حين تخفق محاولة AUTH ويتابع العميل رغم ذلك.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>لا تعريف أساسي له (مرتبط بالرمز X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>رمز وارد في السجل فقط بلا تعريف خاص به: يدرج سجل IANA الرمز 533 بين الرموز الأساسية المستخدمة مع X.7.1 Delivery not authorized, message refused (التسليم غير مصرح به، والرسالة مرفوضة). عامله رفضًا دائمًا لأسباب أمنية أو تتعلق بالسياسة، مع الرمز المحسّن ونص الرد اللذين يحملان التفاصيل.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>لا يكاد يظهر في الاتصال الفعلي، لأن 550 5.7.1 و554 5.7.1 يغطيان الحالات نفسها. وإذا ظهر، فتوقعه من برامج متخصصة أو مخصصة عند MAIL FROM أو RCPT TO، بعد أن يرفض فحص سياسة (إذن الترحيل، أو مرسل غير مسموح به، أو قائمة حظر) المرسل.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>يقرأ مسؤول البريد لدى المرسل نص الرد ليحدد السياسة ويصلح السبب: المصادقة قبل الترحيل، أو الإرسال فقط من العناوين التي يجوز للحساب استخدامها، أو إزالة عنوان IP المرسل من القائمة. وإذا بدا الرفض خاطئًا، فاسأل مسؤول البريد لدى المستلم، مقتبسًا الرد كاملًا والوقت وعنوان IP المرسل.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>خادم مخصص أو غير شائع يبلّغ عن رفض بموجب السياسة، مثل رفض الترحيل أو مرسل غير مسموح له، بالرمز 533 بدلًا من 550.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>عنوان IP المرسل أو نطاقه مدرج في قائمة حظر تستشيرها الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>حاول المستخدم المصادق عليه الإرسال باسم عنوان، أو الترحيل إلى نطاق، غير مصرح للحساب به.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>التقط الرد كاملًا؛ فالرمز المحسّن (عادةً 5.7.1) والنص يقولان أي سياسة طُبقت.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>تأكد من أن مرسل المغلف يطابق الحساب المصادق عليه أو أحد أسمائه المستعارة المسموح بها.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>افحص عنوان IP المرسل مقابل أي قائمة حظر يذكرها نص الرد، باستخدام صفحة الاستعلام الخاصة بتلك القائمة أو منطقة DNS الخاصة بها.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ فحالات الرفض بموجب السياسة تتكرر. أعد الإرسال بعد إصلاح السبب أو بعد أن يمنح مسؤول البريد لدى المستلم استثناءً.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>آلية المصادقة ضعيفة أكثر من اللازم</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>التطبيقات الأقل أمانًا</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>المصادقة الثنائية (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>يعرّفه RFC 4954 بصيغة 534 5.7.9: آلية AUTH التي اختارها العميل أضعف مما تسمح به سياسة الخادم لهذا المستخدم، وينبغي للعميل إعادة المحاولة بآلية أقوى. ويوسّع المزودون الكبار معناه ليعني أن نوع كلمة المرور غير مقبول، وأبرزهم Gmail، الذي يرسله حين تلزم كلمة مرور تطبيق أو تسجيل دخول عبر OAuth.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>مباشرة بعد AUTH على منفذ الإرسال من العملاء. بمعناه في RFC: عميل يستخدم PLAIN أو LOGIN حيث يريد الخادم SCRAM أو CRAM-MD5 أو GSSAPI لذلك الحساب. أما عمليًا فأكثر بكثير: Gmail يجيب بـ 534-5.7.9 Application-specific password required، أو بـ 534-5.7.14 طالبًا من المستخدم تسجيل الدخول عبر متصفح الويب أولًا.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>يغيّر المستخدم أو مسؤول العميل طريقة مصادقة العميل. في Gmail، أنشئ كلمة مرور تطبيق (يجب أن يكون التحقق بخطوتين مفعّلًا) أو حوّل العميل إلى OAuth 2.0، وأكمل أي فحص معلق لتسجيل الدخول في المتصفح. وفي الخوادم التي تستخدم معنى RFC، اضبط آلية يقبلها الخادم، مثل SCRAM-SHA-256 أو CRAM-MD5، أو حدّث مكتبة العميل.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>الحساب مفعّل فيه التحقق بخطوتين والعميل يرسل كلمة مرور الحساب العادية؛ ويريد Gmail كلمة مرور تطبيق أو OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>رأى المزود أن تسجيل الدخول مريب (موقع أو جهاز جديد) ويشترط تسجيل دخول تفاعليًا عبر المتصفح قبل أن يعمل SMTP مجددًا.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>اختار العميل آلية بنص صريح بينما يشترط الخادم لهذا المستخدم آلية تحدٍّ واستجابة أو Kerberos.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>مكتبة عميل قديمة لا تعرف إلا LOGIN أو PLAIN ولا تستطيع تقديم الآلية الأقوى التي يطلبها الخادم.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>اقرأ الرمز المحسّن والنص: 5.7.9 مع application-specific password يعني كلمة مرور تطبيق أو OAuth، و5.7.14 يعني تحققًا معلقًا عبر المتصفح.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>اعرض الآليات المعروضة بعد STARTTLS لترى ما الخيار الأقوى.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>افرض آلية بعينها باستخدام swaks لترى الآليات التي يقبلها الخادم للحساب.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>إعادة المحاولة بالآلية وكلمة المرور نفسيهما تظل تخفق وقد تؤدي إلى قفل الحساب. يتوقع RFC 4954 أن يجرب العميل آلية أقوى في الجلسة نفسها؛ وإلا فأصلح بيانات الاعتماد قبل المحاولة التالية.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>يرسل Gmail هذا حين يستخدم الحساب التحقق بخطوتين ويسجل العميل الدخول بكلمة المرور العادية؛ إذ تلزم كلمة مرور تطبيق أو OAuth 2.0، وليست آلية SASL نفسها هي المشكلة.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>حظر Gmail تسجيل الدخول عبر SMTP حتى يسجل صاحب الحساب الدخول عبر متصفح ويجتاز فحصًا أمنيًا.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>بيانات اعتماد المصادقة غير صالحة</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>فشل المصادقة</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>رد RFC 4954 على تسجيل دخول فاشل، ويُرسل بصيغة 535 5.7.8: لم يُقبل اسم المستخدم أو كلمة المرور أو الرمز المميز. ينبغي للعميل أن يطلب من المستخدم بيانات اعتماد جديدة بدلًا من تكرار القديمة.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>في نهاية تبادل AUTH على منفذ الإرسال من العملاء، من عملاء البريد والسكربتات والطابعات وأدوات المراقبة. يجيب Postfix بـ 535 5.7.8 Error: authentication failed (فشلت المصادقة)؛ ويرسل Gmail 535-5.7.8 Username and Password not accepted؛ ويستخدم Microsoft 365 الرمزين 535 5.7.139 و535 5.7.3 لكلمات المرور الخاطئة ولعمليات تسجيل الدخول التي تحظرها سياسة المستأجر على حد سواء.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>يعيد المستخدم إدخال كلمة المرور أو يعيد تعيينها ويتحقق من صيغة اسم المستخدم. في Gmail، استخدم كلمة مرور تطبيق أو OAuth 2.0. وفي Microsoft 365، يفعّل مسؤول المستأجر مصادقة SMTP لصندوق البريد أو ينقل التطبيق إلى OAuth أو إلى طريقة إرسال أخرى. وحين يخفق كل المستخدمين دفعة واحدة، يفحص مسؤول الخادم الواجهة الخلفية للمصادقة وسجلاتها.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>كلمة مرور خاطئة أو منتهية الصلاحية، أو اسم مستخدم مجرد (user بدلًا من user@example.com) حيث يتوقع الخادم العنوان الكامل.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>لم يعد المزود يقبل كلمة المرور العادية عبر SMTP: يحتاج Gmail إلى كلمة مرور تطبيق أو OAuth 2.0، وكثير من مستأجري Microsoft 365 أوقفوا SMTP AUTH أو المصادقة الأساسية.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>يرمّز العميل المحارف الخاصة في كلمة المرور ترميزًا خاطئًا، أو يبني سكربت سلسلة AUTH PLAIN بشكل غير صحيح.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>الواجهة الخلفية للمصادقة في الخادم (Dovecot أو saslauthd أو LDAP) معطوبة أو تبحث عن المستخدم في المكان الخطأ.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>اختبر بيانات الاعتماد نفسها باستخدام swaks لتستبعد العميل؛ وهو يطلب كلمة المرور.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>على خادم Postfix يصادق عبر Dovecot، اختبر الواجهة الخلفية مباشرة.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>ابحث عن السبب الذي سجله الخادم للمحاولة الفاشلة.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>في Microsoft 365، اطلب من مسؤول المستأجر أن يتحقق في Exchange Online PowerShell هل SMTP AUTH معطل لصندوق البريد.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>لا تكرر المحاولة أبدًا في حلقة ببيانات الاعتماد نفسها: لا شيء يتغير، وقد يؤدي تكرار الإخفاق إلى قفل الحساب أو حظر عنوان IP للعميل (يسمح RFC 4954 للخوادم بإسقاط الاتصال بعد عدة إخفاقات). احصل على بيانات اعتماد مصححة، ثم أعد المحاولة مرة واحدة.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>يرسل Gmail هذا لكلمة المرور الخاطئة، وكثيرًا جدًا حين تُستخدم كلمة مرور الحساب الصحيحة حيث يشترط Gmail كلمة مرور تطبيق أو OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>يرفض Exchange Online تسجيل الدخول لأن SMTP AUTH متوقف للمؤسسة كلها؛ وقد تكون كلمة المرور صحيحة تمامًا، ولا يستطيع تغيير الإعداد إلا مسؤول المستأجر.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>يلزم التشفير لآلية المصادقة المطلوبة</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>يعرّفه RFC 4954 بصيغة 538 5.7.11: آلية AUTH المختارة لا يجوز استخدامها إلا عبر اتصال مشفر. يحتفظ RFC 4954 بالرمز لأسباب تاريخية ويطلب من الخوادم ألا تعلن مثل هذه الآليات إطلاقًا على الاتصالات غير المشفرة، لكن بعض الخوادم ما زالت تجيب به على AUTH.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>عند AUTH، حين يعرض عميل آلية كلمة مرور قبل STARTTLS. تجيب حزمة smtp-server لـ Node.js من مشروع Nodemailer، التي تستخدمها عدة خدمات إرسال مستضافة، بـ 538 Error: Must issue a STARTTLS command first؛ وترسل خوادم أخرى 538 5.7.11 بصياغة RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>اضبط العميل ليشفّر قبل أن يصادق: STARTTLS على المنفذ 587 أو TLS الضمني على 465. وفي شيفرة التطبيق، اضبط خيارات TLS في مكتبة البريد بما يوافق المنفذ. ويمكن لمسؤول الخادم المساعدة بعدم إعلان آليات كلمات المرور قبل STARTTLS، كما يوصي RFC 4954.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>يرسل العميل AUTH PLAIN أو LOGIN قبل STARTTLS لأن التشفير متوقف في إعداداته.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>وضع انتهازي من نوع «استخدم TLS إن توفر» فاته عرض STARTTLS فتابع بنص صريح.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>الخياران secure وstarttls في مكتبة البريد مضبوطان بعكس ما يناسب المنفذ، مثل عدم وجود TLS ضمني وعدم طلب STARTTLS على المنفذ 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>تأكد من أن الخادم يعرض STARTTLS وأن المصافحة تعمل من شبكة العميل.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>نفّذ اختبارًا مع المصادقة عبر STARTTLS لتثبت أن الحساب سليم بعد التشفير.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>في إعدادات العميل أو المكتبة، اجعل STARTTLS إلزاميًا لا اختياريًا على المنفذ 587، أو فعّل TLS الضمني للمنفذ 465.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>لا تجرِ إعادة المحاولة لأمر AUTH دون تشفير. ابدأ TLS، وأرسل EHLO مرة أخرى ثم صادق؛ وينبغي عندها أن تُقبل بيانات الاعتماد نفسها.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>رفض مرشح البريد المزعج لدى المستلم الرسالة</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>لا يعرّف أي RFC الرمز 541؛ وتصفه قوائم المدونات بأنه رفض من مرشح البريد المزعج لدى المستلم. أما حالات الرفض الحقيقية بسبب البريد المزعج فتصل بالرمز 550 أو 554 مع رمز محسّن 5.7.x (عادةً 5.7.1). وحين يظهر &quot;541&quot; في رسالة ارتداد حقيقية، فهو في الغالب 5.4.1 بلا نقاط، يرسله Microsoft 365 بصيغة 550 5.4.1 للمستلمين غير المعروفين ورفض الترحيل، لا للبريد المزعج.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>في تصنيفات الارتداد لدى مزودي خدمات البريد (ESP) ومقالات استكشاف الأخطاء بدلًا من الاتصال الفعلي. وحالة Microsoft شائعة: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; تأتي من الحظر على الحافة المعتمد على الدليل في Exchange Online عند RCPT TO. وفي سجل IANA يعني X.4.1 «لا إجابة من المضيف»، وهو رمز من الفئة 4، فاستخدام Microsoft للرمز 5.4.1 استخدام خاص بها.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>احصل على سطر الرد الدقيق أولًا. إذا كان 550 5.4.1 من Microsoft 365، فعامله مستلمًا غير معروف: يتحقق المرسل من العنوان، ويتحقق مسؤول البريد لدى المستلم من وجود صندوق البريد أو جهة اتصال البريد في المستأجر ومن أن النطاق نطاق مقبول. وإذا كان فعلًا رفضًا بسبب المحتوى (5.7.x بعد نهاية البيانات)، فيراجع مسؤول البريد لدى المرسل المصادقة وسمعة عنوان IP المرسل ومحتوى الرسالة.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>رفض Exchange Online مستلمًا غير موجود في دليله (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>سجل MX للنطاق يشير إلى Microsoft 365 لكن النطاق ليس نطاقًا مقبولًا في ذلك المستأجر، فينتج 550 5.4.1 Relay Access Denied (رفض الترحيل).</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>أداة لمعالجة رسائل الارتداد حوّلت رفضًا بسبب البريد المزعج 550 5.7.1 إلى تسمية ورقم خاصين بها.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>مرشح أو جهاز مكتوب ذاتيًا يصدر 541 مختلقًا بدلًا من 550 أو 554 المعياريين.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>تحقق هل نطاق المستلم مستضاف لدى Microsoft 365؛ فسجل MX المنتهي بـ mail.protection.outlook.com يعني أن 5.4.1 جاء من Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>ابحث في سجلك عن الرد البعيد الكامل للمستلم الفاشل.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>إذا كنت مسؤول المستأجر المستقبل، فتأكد من وجود المستلم ومن أن النطاق مقبول في مركز إدارة Exchange قبل تغيير أي شيء آخر.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>دائم برقمه الأول: يصدر الخادم المرسل (MTA) رسالة ارتداد بدلًا من وضع الرسالة في قائمة الانتظار. وإعادة إرسال الرسالة نفسها إلى العنوان نفسه تعطي الإجابة نفسها حتى يتغير العنوان أو إعدادات المستأجر أو المحتوى.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>لم يُنفذ الإجراء المطلوب: صندوق البريد غير متاح</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>المستخدم غير موجود</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>مدرج في القائمة السوداء</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>550|keywords</comment>
        <translation>قائمة حظر DNSBL</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>550|keywords</comment>
        <translation>قائمة RBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>550|keywords</comment>
        <translation>ارتداد دائم</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>رفض دائم: لن ينفذ الخادم الأمر لهذا العنوان أو لهذه الرسالة. يدرج RFC 5321 ثلاثة أسباب تحت رمز واحد، صندوق البريد غير موجود، أو لا صلاحية وصول، أو رُفض الأمر لأسباب تتعلق بالسياسة، لذا يغطي 550 العنوان المكتوب خطأً، والحساب المغلق، ورفض الترحيل، وعنوان IP المدرج في قائمة حظر، وإخفاق فحص DMARC على حد سواء. والرمز المحسّن الذي يليه يخبرك أيها المقصود: 5.1.1 مستخدم غير معروف، و5.2.1 صندوق بريد معطل، و5.7.1 السياسة، و5.7.26 المصادقة.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>غالبًا ردًّا على RCPT TO، حين تفحص الجهة المستقبلة المستلم؛ وأيضًا عند MAIL FROM (رفض المرسل) وبعد نهاية البيانات (أحكام المحتوى أو SPF أو DKIM أو DMARC). يرسل Postfix &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;، ويرسل Exim &quot;550 Unrouteable address&quot;. ويستخدم Gmail وMicrosoft 365 الرمز 550 لكل حالات الرفض الدائم تقريبًا، ولكل منهما رموزه المحسّنة؛ أما Yahoo وAOL فيوثقان معظم حالات الرفض الدائم لديهما بالرمزين 553 و554، ويرتد البريد إلى مستخدم Yahoo غير معروف بالرمز 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>اقرأ الرمز المحسّن والنص، ثم تصرف في الجهة الصحيحة. 5.1.x: يصحح المرسل العنوان أو يتأكد منه مع المستلم؛ ويحجبه أصحاب القوائم البريدية. 5.2.1: حساب المستلم معطل أو غير نشط ولا يستطيع إعادة تنشيطه إلا المستلم أو مسؤوله. 5.7.x لدى مزود كبير: يفحص مسؤول البريد لدى المرسل عنوان IP المرسل مقابل قوائم الحظر، ويصلح SPF وDKIM ومواءمة DMARC وDNS العكسي، ثم يستخدم نموذج إزالة الإدراج أو دعم المرسلين لدى المزود. &quot;Relay access denied&quot; أو &quot;Unable to relay&quot;: يجب على العميل المصادقة على خادم الإرسال الخاص به بدلًا من الإرسال إلى خادم لا يتولى النطاق. وإذا كنت تدير الخادم المستقبل والرفض خاطئ، فيفحص مسؤول البريد لدى المستلم جداول الأسماء المستعارة ومزامنة الدليل وقواعد النقل.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>عنوان المستلم غير موجود: خطأ إملائي، أو حساب محذوف، أو موظف غادر (5.1.1، وفي Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>صندوق البريد موجود لكنه معطل أو غير نشط (5.2.1؛ ويقول Gmail إن الحساب غير نشط).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>عنوان IP المرسل مدرج في قائمة حظر DNS عامة أو في قائمة حظر خاصة بمزود (Outlook.com S3150، وMicrosoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>أخفقت الرسالة في SPF أو DKIM أو DMARC، ونطاق المرسل ينشر p=reject أو المزود يشترط المصادقة (5.7.26، 5.7.509، 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>طلب عميل غير مصادق عليه من خادم الترحيل إلى نطاق لا يتولاه الخادم.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>حكم مرشح للبريد المزعج أو للسمعة بأن الرسالة أو نطاقها المرسل غير مرغوب فيه (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>قاعدة في جهة المستلم: المجموعة لا تقبل إلا المرسلين الداخليين، أو قاعدة نقل تحظر المرسل، أو المرسل مدرج في قائمة الحظر لدى المستلم.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>اقرأ جزء حالة التسليم في رسالة الارتداد: Remote-MTA يقول من رفض، وDiagnostic-Code يحمل الرد، والنص &quot;in reply to RCPT TO / end of DATA&quot; يقول في أي مرحلة.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>تأكد من أنك وصلت إلى خادم MX الحالي لنطاق المستلم لا إلى مضيف قديم أو احتياطي.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>افحص عنوان IP المرسل (هنا 192.0.2.10، بترتيب الثُّمانيات معكوسًا) في Spamhaus؛ واستخدم المحلل الخاص بك، لأن المحللات العامة تحصل على 127.255.255.254 بدلًا من إجابة.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>تحقق من أن لعنوان IP المرسل سجل PTR يُترجم اسمه إليه.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>اقرأ سياسة DMARC لنطاق المرسل، فهي التي تقرر هل تُرفض الرسالة التي تخفق.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>أعد إجراء فحص المستلم دون إرسال رسالة (من عنوان IP المرسل الحقيقي، لا من اتصال منزلي).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة للرسالة نفسها إلى المستلم نفسه: الرد 5yz يعني أن العميل ينبغي ألا يكرر الطلب دون تغيير (RFC 5321 4.2.1)، وتكرار المحاولات إلى مستخدمين غير معروفين يضر بسمعة المرسل. أعدها إلى المرسل برسالة ارتداد فورًا، ولا تعد الإرسال إلا بعد إصلاح العنوان أو المصادقة أو الإدراج في قائمة الحظر.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>إجابة Gmail عن المستخدم غير المعروف عند RCPT TO: لا يوجد حساب Google أو مستخدم Workspace بهذا الاسم. صحّح العنوان؛ فإعادة المحاولة لا تفيد أبدًا.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>حساب Google موجود لكنه معطل أو ظل غير نشط؛ ولا يستطيع استعادته إلا صاحب الحساب أو مسؤول Workspace لديه.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>حكم يتعلق بالبريد المزعج والسمعة على هذه الرسالة أو على عنوان IP المرسل أو على نطاقها؛ يستخدم Gmail الرمز 5.7.1 لعدة أنواع من الحظر بموجب السياسة، والنص الذي يلي الرمز يحدد أيها.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>أخفقت الرسالة في DMARC لنطاق From، وذلك النطاق ينشر p=reject؛ ويغطي الرمز المحسّن نفسه أيضًا البريد الذي لا يجتاز SPF ولا DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>رمز Exchange Online الخاص بعدم العثور على المستلم (5.1.10، الذي يخصصه السجل لسجل MX الفارغ): العنوان غير موجود في مستأجر المستلم.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>الحظر على الحافة المعتمد على الدليل: المستلم غير معروف لدى المستأجر، فيُرفض عند RCPT TO. والرمز 5.4.1 لدى Microsoft لا يحمل معناه في السجل (لا إجابة من المضيف).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>عنوان IP المرسل مدرج في قائمة الحظر الخاصة بـ Microsoft (من 5.7.606 إلى 5.7.649)؛ ويمكن لمالك عنوان IP طلب إزالته عبر بوابة Microsoft لإزالة الإدراج بعد إصلاح السبب.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>إخفاق DMARC لنطاق From مع سياسة reject؛ وهو رمز خاص بـ Microsoft في نطاق 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>يرفض Outlook.com وHotmail وLive عنوان IP المرسل أو شبكته لأسباب تتعلق بالسمعة، وكثيرًا ما يحدث ذلك منذ MAIL FROM؛ ويطلب مشغّل الخادم المرسل من دعم المرسلين لدى Microsoft رفع الحظر.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>منذ مايو 2025 يرفض Outlook.com البريد من النطاقات التي ترسل أكثر من 5,000 رسالة يوميًا ما لم يجتز SPF وDKIM ويتوافق DMARC (على الأقل p=none).</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>يجيب Outlook.com وHotmail بهذا، ويتبعه عادةً وسم مثل (S2017062302)، للمستلمين غير الموجودين: وهو نظير 5.1.10 في خدمة المستهلكين. وهنا يعني 5.5.0 صندوق بريد غير معروف، لا حالة البروتوكول الواردة في السجل.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>المستخدم ليس محليًا؛ يرجى المحاولة على &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>لا يتولى هذا الخادم المستلم، ويخبر الخادم العميل بالوجهة البديلة: يحمل نص الرد مسار forward-path الجديد. وهو من الردود القليلة التي صُمم نصها لتحلله البرامج (RFC 5321 4.2). يسمح RFC 5321 3.4 للخوادم باستخدامه للمستخدمين الذين انتقلوا، لكنه يحذّر من أنه يكشف العناوين، لذا هو نادر اليوم.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>ردًّا على RCPT TO وعلى VRFY، من خوادم قديمة أو صغيرة مهيأة بجدول للمستخدمين الذين انتقلوا، كما في &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. وتسيء بعض الخوادم أيضًا استخدام 551 لرفض الترحيل إلى نطاقات لا تخدمها، دون ذكر أي عنوان.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>إذا ذكر الرد عنوانًا جديدًا، يتحقق منه المرسل مع المستلم ويحدّث دفتر العناوين، ثم يعيد الإرسال إلى العنوان الجديد؛ ولن يفعل عميل البريد أو خادم MTA ذلك من تلقاء نفسه. وإذا لم يُذكر عنوان، فعامله رفضًا للترحيل: أرسل عبر خادم الإرسال الخاص بك مع المصادقة، وتحقق من أن سجلات MX للنطاق تشير إلى الخادم الذي يستضيفه فعلًا. ومسؤولو البريد لدى المستلمين الذين لا يريدون كشف العناوين الجديدة يتحولون إلى إعادة التوجيه الصامتة (بإجابة 250؛ إذ إن 251 سيظل يُظهر العنوان الجديد) أو إلى 550 بسيط.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>انتقل المستلم إلى عنوان جديد، والخادم القديم يحتفظ بجدول للمستخدمين المنتقلين يجيب بالرمز 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>حاول عميل ترحيل بريد لنطاق خارجي فرفض الخادم بالرمز 551 بدلًا من 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>سجل MX للنطاق لا يزال يشير إلى خادم لم يعد يستضيف صندوق بريد المستلم.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>انسخ العنوان الوارد في نص الرد (بين &lt; و&gt;) وتأكد منه مع المستلم عبر قناة أخرى.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>تحقق من الخوادم التي تستقبل بريد النطاق حاليًا.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>أعد إرسال المستلم إلى ذلك الخادم واقرأ رد RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة للمستلم نفسه، ولا تحوّل الرسالة بصمت: يقول RFC 5321 إن الخوادم يجب ألا تفترض أن العميل سيتصرف بناءً على العنوان الجديد. أعد الرسالة برسالة ارتداد مع نص الرد كما هو كي يتمكن شخص من إعادة إرسالها إلى العنوان المذكور.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>أُلغي إجراء البريد المطلوب: تجاوز مساحة التخزين المخصصة</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>الرسالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>المرفق كبير جدًا</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>صندوق البريد ممتلئ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>تجاوز الحصة</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>أُلغي الإجراء لأن حدًّا للتخزين تُجووز. واليوم يعني ذلك أحد أمرين: صندوق بريد المستلم تجاوز حصته، أو الرسالة أكبر مما يقبله الخادم (الامتداد SIZE، RFC 1870). وكان RFC 821 يدرج 552 أيضًا لكثرة المستلمين؛ فصحّح RFC 5321 4.5.3.1.10 ذلك إلى 452 وطلب من العملاء معاملة 552 كهذا على أنه مؤقت.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>عند MAIL FROM حين يعلن العميل SIZE= أكبر من حد الخادم، وبعد نهاية البيانات حين تكون الرسالة الفعلية كبيرة جدًا (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;)، وعند RCPT TO أو نهاية البيانات لصندوق بريد ممتلئ، وكثيرًا ما يأتي من وكيل التسليم (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). يستخدم Gmail الرمز 552 لصناديق الوارد الممتلئة وغير النشطة معًا، ولحدود الحجم والترويسات، ولأنواع المرفقات المحظورة. ويدرج السجل X.2.2 (صندوق البريد ممتلئ) في الفئة 4، ومع ذلك فإن 552 5.2.2 هو ما ترسله معظم الخوادم.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>الحجم: يصغّر المرسل الرسالة أو يشارك رابطًا بدلًا من إرفاق الملف؛ إذ تكبر المرفقات بنحو الثلث عند ترميزها بـ base64، فقد يتجاوز ملف حجمه 20 MB حدًّا قدره 25 MB. وإذا جاءت رسالة الارتداد من خادمك، فيفحص مسؤول البريد لدى المرسل حد الإرسال الصادر. الحصة: يحذف المستلم البريد أو يؤرشفه أو يشتري مساحة تخزين إضافية؛ ويخبره المرسل عبر قناة أخرى. نوع المرفق: أرسل الملف بتنسيق آخر أو رابطًا.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>مرفقات تتجاوز حد الحجم لدى الجهة المستقبلة بعد إضافة ترميز base64.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>تجاوز صندوق بريد المستلم حصة التخزين.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>حساب Gmail نفدت مساحة تخزينه ولم يعد مستخدمًا (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>نوع مرفق ترفضه الجهة المستقبلة، مثل الملفات التنفيذية أو الأرشيفات التي تحتويها (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>حقول ترويسة كبيرة جدًا أو كثيرة جدًا، مثل قائمة To ضخمة أو Subject طويل (Gmail 552 5.3.4، حدود الترويسات).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>خادم قديم لا يزال يجيب على كثرة المستلمين بالرمز 552، كما نص RFC 821 سابقًا.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>قِس الرسالة الخام كما ستُرسل، بما في ذلك الترميز.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>اقرأ حد الحجم الذي تعلنه الجهة المستقبلة في رد EHLO (السطر 250-SIZE، بالبايت).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>في Postfix، اعرض حد حجم الرسالة وحد صندوق البريد المحلي (القيمة الافتراضية لـ message_size_limit هي 10240000 بايت).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>على خادم Dovecot، اعرض استخدام المستلم لحصته.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>أصدر رسالة ارتداد: تكرار الرسالة دون تغيير يخفق بالطريقة نفسها. والاستثناء هو استخدام RFC 821 القديم لكثرة المستلمين عند RCPT TO، الذي يقول RFC 5321 إنه يُعامل على أنه مؤقت: أرسل المستلمين الباقين في معاملة لاحقة. وبعد ارتداد بسبب الحصة، يجوز لشخص إعادة الإرسال بعد أن يفرغ المستلم مساحة.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>استنفد حساب Google مساحة تخزينه وهو غير مستخدم؛ أما الحساب الممتلئ فحسب فيرسل له Gmail الرمز 452 4.2.2.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>الرسالة كلها، أو عدد مرفقاتها، أو ترويساتها تتجاوز حدود الاستقبال في Gmail؛ ويذكر النص الحد المقصود.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>نوع مرفق يرفضه Gmail (مثل ملف تنفيذي، حتى داخل أرشيف)؛ وهي سياسة محتوى، لا مشكلة تخزين.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>لم يُنفذ الإجراء المطلوب: اسم صندوق البريد غير مسموح به</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>رفض دائم للعنوان بحد ذاته: اسم صندوق البريد غير مقبول لدى هذا الخادم، وتقليديًا لأن صياغته خاطئة. وعمليًا يغطي 553 أيضًا عناوين المرسلين التي لن يقبلها الخادم (نطاق لا يمكن تحليله، أو عنوان لا يملكه المستخدم المسجل دخوله) والنطاقات التي لن يقدّم لها الخادم الترحيل. يقول RFC 5321 3.3 إن الإخفاقات عند MAIL FROM تنتج عادةً 550 أو 553، ويستخدم 3.5.1 الرمز 553 لاسم VRFY ملتبس.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>عند MAIL FROM وRCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix مع فحوص تسجيل دخول المرسل: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. ورفض الترحيل في Qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2 و5.1.3 و5.1.7 لنطاق مستلم غير معروف ولصياغة مستلم أو مرسل غير صالحة. ويجوز لخوادم SMTPUTF8 استخدام 553 مع 5.6.7 للعناوين غير ASCII التي لا تستطيع قبولها.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>يصلح المرسل العنوان المعني: صياغة صحيحة، ونطاق حقيقي مسجل، وفي الإرسال مع المصادقة عنوان يُسمح للحساب بالإرسال باسمه فقط. ويضبط مطورو التطبيقات مرسل مغلف صحيحًا بنطاق عام بدلًا من root@localhost أو www-data@server. وإذا كان الرد رفضًا للترحيل، فيجب على العميل المصادقة على خادم الإرسال الخاص به. ولا يضيف مسؤول الخادم العنوان إلى المرسلين المسموح بهم للمستخدم إلا إذا كان المستخدم يملكه فعلًا.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>عنوان مشوّه: @ مفقودة، أو مسافات، أو أقواس زاوية غير متوازنة، أو اسم عرض في المغلف.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>مرسل المغلف يستخدم اسم مضيف داخليًا لا يُترجم علنًا، وهذا معتاد في مهام cron وتطبيقات الويب.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>حاول المستخدم المصادق عليه الإرسال باسم عنوان يخص شخصًا آخر.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>نطاق المستلم ليس من النطاقات التي يستقبل هذا الخادم بريدها أو يتولى ترحيله.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>نطاق المستلم غير موجود في DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>عنوان غير ASCII أُرسل إلى خادم لا يستطيع التعامل معه.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>تحقق من أن نطاق مرسل المغلف يُترجم علنًا.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>في Postfix، انظر أي قيد رفض العنوان.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>على المضيف المرسل، افحص الأسماء التي يضعها Postfix على البريد المولّد محليًا.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>أعد تنفيذ المعاملة بالمرسل والمستلم نفسيهما بالضبط لترى أيهما يُرفض.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: العنوان نفسه يعطي 553 نفسه. أعد الرسالة كي يمكن تغيير العنوان أو إعدادات الإرسال، ثم أرسلها مرة أخرى رسالةً جديدة.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>نطاق المستلم غير موجود في DNS؛ وعادةً يكون ذلك خطأً إملائيًا في الجزء الذي يلي @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>وسيط RCPT TO غير صالح من حيث الصياغة؛ ولم يبحث Gmail عن المستخدم أصلًا.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>وسيط MAIL FROM مشوّه؛ أصلح مرسل المغلف الذي يضبطه تطبيقك أو خادمك.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>أخفقت المعاملة (عند فتح الاتصال: لا توجد خدمة SMTP هنا)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>مدرج في القائمة السوداء</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>قائمة حظر DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>ارتداد دائم</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>إخفاق دائم لا يناسبه رمز أضيق. يعطيه RFC 5321 مهمتين: &quot;transaction failed&quot; أثناء الجلسة، و&quot;No SMTP service here&quot; حين يرسل الخادم 554 بدلًا من ترحيب 220 ليرفض الاتصال كله. وعمليًا هو رمز الرفض الكبير الثاني بجانب 550: يستخدم Postfix الرمز 554 افتراضيًا لحالات التطابق مع قوائم الحظر، ورفض الترحيل، وحالات الرفض بجداول الوصول (access)، وبعد DATA يعني عادةً حكمًا على المحتوى أو بأنه بريد مزعج أو فيروس.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>في السطر الأول بدلًا من 220، حين يُرفض عنوان IP المتصل رفضًا قاطعًا؛ ويقول RFC 5321 3.1 إن الخادم يجب عندئذ أن ينتظر QUIT وينبغي أن يجيب على الأوامر الأخرى بالرمز 503. وعند RCPT TO من قيود Postfix: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; أو &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. وعند DATA: &quot;554 5.5.1 Error: no valid recipients&quot; حين رُفضت كل أوامر RCPT. وبعد نهاية البيانات من مرشحات المحتوى، وبصيغة &quot;554 Command refused due to lack of security&quot; (RFC 3207). يرسل Yahoo وAOL معظم حالات الرفض الدائم بالرمز 554؛ ويستخدمه Gmail وMicrosoft للرسائل المشوّهة والحلقات و(لدى Microsoft) صناديق البريد الممتلئة.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>حدّد المرحلة أولًا. رُفض عند الترحيب أو مع نص قائمة حظر: يجد مسؤول البريد لدى المرسل الإدراج، ويزيل السبب (حساب مخترق، أو خادم ترحيل مفتوح، أو PTR مفقود) ويطلب إزالة الإدراج، ثم يسأل postmaster لدى المستلم عبر طريق آخر إذا كان الحظر محليًا. Relay access denied (رفض الترحيل): يجب على العميل المصادقة (عادةً المنفذ 587 مع STARTTLS) أو يجب على مسؤول البريد لدى المستلم إضافة النطاق إلى نطاقات الترحيل أو النطاقات الافتراضية في الخادم إذا كان MX يشير إليه فعلًا. بعد نهاية البيانات: راجع المصادقة والروابط والمرفقات والمحتوى. Yahoo 554 5.7.9: أصلح مواءمة DKIM وDMARC. أسطر &quot;dd&quot; من Yahoo: العنوان غير موجود، فاحذفه. رموز الحلقات (5.4.6، 5.4.14): أصلح إعادة التوجيه أو الموصل الذي يرسل البريد ذهابًا وإيابًا.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>عنوان IP المتصل مدرج في قائمة حظر DNS تفحصها الجهة المستقبلة، أو في قائمة الحظر الخاصة بالجهة المستقبلة.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>حاول عميل غير مصادق عليه الترحيل إلى نطاق خارجي (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>رُفض كل مستلم في المعاملة، فيخفق DATA مع no valid recipients.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>وجد مرشح محتوى بريدًا مزعجًا أو فيروسًا أو مرفقًا محظورًا بعد نهاية البيانات.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>أخفقت الرسالة في سياسة DMARC أو DKIM لنطاق المرسل (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>المستلم غير موجود في Yahoo أو AOL، اللذين يكون ارتداد المستخدم غير المعروف لديهما سطر 554 &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>قاعدة إعادة توجيه أو حلقة موصلات جعلت الرسالة تتجاوز حد القفزات (Gmail 5.4.6، وExchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>رسالة مشوّهة: بنية MIME معطوبة، أو محارف LF مجردة، أو ترويسات غير صالحة (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>اتصل واقرأ اللافتة: 554 هناك يعني أن الاتصال كله مرفوض، قبل النظر في أي عنوان.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>ابحث عن عنوان IP المرسل (192.0.2.10 معكوسًا) في قائمة حظر ثانية إضافة إلى Spamhaus.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>اختبر الإرسال مع المصادقة عبر خادمك، فهذا ما يطلبه رفض الترحيل.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>على خادم Postfix المستقبل، ابحث عن القيد الذي أنتج 554 ورموزه الافتراضية.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>في حالات الارتداد بسبب الحلقات، عُدّ ترويسات Received: في الرسالة المعادة لترى المضيفات التي تمررها ذهابًا وإيابًا.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>لا تكرر المعاملة دون تغيير. ترحيب 554 يعني أن الجهة المستقبلة ترفض هذا العميل، فإغراقها باتصالات جديدة لا يفعل سوى إطالة مدة الإدراج؛ أرسل QUIT وأصدر رسالة ارتداد أو احتجز البريد حتى يزول السبب. و554 بعد نهاية البيانات نهائي لتلك الرسالة؛ فلا تعد إرسالها إلا بعد تغيير ما رُفض.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>إجابة Yahoo عن المستلم غير المعروف، دون رمز محسّن؛ ويقول Yahoo إنه لا ينبغي إعادة المحاولة وإن العنوان يجب حذفه من القوائم. ونظام البريد نفسه يخدم عناوين AOL أيضًا.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>أخفقت الرسالة في فحوص المصادقة لدى Yahoo (DKIM وSPF وDMARC)، وعادةً إخفاق DMARC لنطاق ينشر p=reject؛ أصلح المصادقة بدلًا من طلب مراجعة السمعة.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>بنية الرسالة أو ترويساتها تخالف RFC 5322 أو MIME مخالفة جسيمة تجعل Gmail يرفضها رفضًا قاطعًا.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>حلقة توجيه: تحمل الرسالة عددًا كبيرًا جدًا من ترويسات Received، وعادةً بسبب قواعد إعادة توجيه يشير بعضها إلى بعض.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>أرسل العميل أوامر كثيرة جدًا دون أن يصادق أولًا؛ فينهي Gmail المحاولة بدلًا من انتظار AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>يبلّغ Exchange Online عن صندوق بريد مستلم ممتلئ بالرمز 554 5.2.2؛ ويجب على المستلم تحرير مساحة. وتستخدم Microsoft أيضًا 5.2.2 لمرسل تجاوز حدود الإرسال.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>اكتشاف الحلقات في Exchange Online، ويُبلّغ عنه برمز Microsoft الخاص 5.4.14 (رمز الحلقة في السجل هو X.4.6)؛ ابحث عن قواعد إعادة التوجيه أو الموصلات التي تعيد الرسالة.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>معاملات MAIL FROM/RCPT TO غير معروفة أو غير منفذة</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>أضاف العميل إلى MAIL FROM أو RCPT TO معامل ESMTP (مثل SIZE= وBODY=8BITMIME وSMTPUTF8 وRET= وNOTIFY= وREQUIRETLS وغيرها) لا يتعرف عليه هذا الخادم أو لا يستطيع تنفيذه. يخصص RFC 5321 4.1.1.11 الرمز 555 لهذه الحالة و455 للعجز المؤقت. والخلل في أمر العميل، لا في العناوين.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>مباشرة بعد MAIL FROM أو RCPT TO، وعادةً حين يستخدم العميل امتدادًا لم يعلنه الخادم في رده على EHLO: معاملات DSN إلى خادم لا يدعم DSN، أو عميل رجع إلى HELO لكنه ما زال يضيف SIZE=، أو جدار حماية يفهم SMTP حذف كلمات مفتاحية من قائمة EHLO. يجيب Postfix بـ &quot;555 5.5.4 Unsupported option: ...&quot;؛ ويدرج Gmail &quot;555 5.5.2 Syntax error&quot; ضمن ردوده.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>يجب على برنامج العميل ألا يرسل إلا المعاملات التي أدرجها الخادم في رده على EHLO، وألا يرسل أيًّا منها بعد الرجوع إلى HELO. حدّث مكتبة البريد أو خادم MTA أو أعد ضبطه (خيارات DSN أو SMTPUTF8 المفروضة من الأسباب الشائعة). وإذا كان جدار حماية أو وكيل يفحص SMTP، فاطلب من مسؤوله إيقاف الفحص الذي يعيد كتابة EHLO. وتحقق أيضًا من صياغة الأمر: لا يُسمح بأي مسافة على جانبي النقطتين في MAIL FROM: وRCPT TO:.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>معامل لامتداد لم يعلنه الخادم قط، مثل NOTIFY= أو RET= إلى خادم لا يدعم DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>أخفق EHLO، فرجع العميل إلى HELO، وظل مع ذلك يضيف معاملات الامتدادات.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>أعاد جهاز وسيط كتابة رد EHLO أو اختصره، فاختلف العميل والخادم بشأن الامتدادات المدعومة.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>وسائط مشوّهة، مثل مسافة بعد النقطتين أو قيمة معامل معطوبة.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>اقرأ الامتدادات التي يقدمها الخادم فعلًا؛ كل سطر 250- بعد EHLO كلمة مفتاحية واحدة.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>قارن ذلك بما يمر عبر جدار الحماية بالاختبار من داخل الشبكة وخارجها، أو عبر جلسة مشفرة لا يستطيع الفحص تعديلها.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>على خادم Postfix، تحقق هل الكلمات المفتاحية في EHLO مخفية عمدًا.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>التقط سطر MAIL FROM أو RCPT TO الدقيق الذي يرسله العميل من سجل التصحيح لديه، أو بالتنصت على جلسة اختبار.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>تكرار الأمر نفسه يخفق مجددًا. يجوز للعميل بدء معاملة جديدة دون معامل اختياري لا يدعمه الخادم (SIZE أو NOTIFY)، لكن يجب ألا يتخلى عن REQUIRETLS لتمرير الرسالة (RFC 8689)؛ وعندها ترتد الرسالة.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>يقرن Gmail الرمز 555 برمز خطأ الصياغة المحسّن، فافحص صياغة MAIL FROM وRCPT TO (الأقواس، وعدم وجود مسافة بعد النقطتين) إضافة إلى المعاملات.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>النطاق لا يقبل البريد</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>يعرّفه RFC 7504: النطاق الوارد في العنوان لا يقبل البريد إطلاقًا. والسبب المعتاد سجل MX فارغ (null MX، RFC 7505، &quot;MX 0 .&quot;)، يعلن به النطاق أنه لا يستقبل أي بريد؛ والرمز المحسّن المقابل هو 5.1.10، أي لعنوان المستلم سجل MX فارغ. ويختلف عن 521 (هذا المضيف لا يستقبل البريد) وعن 550 (صندوق البريد هذا مرفوض).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>ردًّا على RCPT TO من خادم إرسال أو خادم ترحيل استعلم عن نطاق المستلم قبل قبوله، مثل Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. أو في رسالة ارتداد يكتبها خادم MTA الخاص بك دون الاتصال بأحد (يسجل Postfix &quot;Domain example.com does not accept mail (nullMX)&quot;). وفخ كلاسيكي: النطاق example.com نفسه ينشر سجل MX فارغًا، فبريد الاختبار إليه يخفق دائمًا بهذه الطريقة.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>يتحقق المرسل من العنوان: النطاق مركون، أو للويب فقط، أو نطاق no-reply، أو حوّله خطأ إملائي إلى نطاق كهذا. اطلب من المستلم عنوانًا يستقبل البريد. وإذا كنت تملك النطاق وتريد البريد فعلًا، فيحذف مسؤول النطاق سجل MX الفارغ وينشر سجلات MX حقيقية. وينبغي لأنظمة الاختبار استخدام مصرف بريد (mail sink) أو نطاق تتحكم فيه بدلًا من example.com.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>النطاق مركون أو مستخدم لموقع ويب فقط وينشر سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>أنتج خطأ إملائي نطاقًا مختلفًا موجودًا ينشر سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>وصلت عناوين اختبار أو عناوين مؤقتة في example.com أو example.net إلى خادم بريد حقيقي.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>ترك مالك النطاق سجل MX فارغًا بعد نقل البريد إلى مزود جديد.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>ردود أُرسلت إلى نطاق no-reply يرفض البريد عمدًا.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>استعلم عن سجل MX؛ الإجابة الوحيدة &quot;0 .&quot; تعني سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>تحقق من ذلك بأداة أخرى تطبع السجل مع أولويته ووجهته.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>على خادم Postfix المرسل، اعرض الرسائل التي رُفضت أو ارتدت بسبب سجل MX الفارغ.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>لا تضع الرسالة في قائمة الانتظار ولا تُجرِ إعادة المحاولة: سجل MX الفارغ إعلان منشور من مالك النطاق بأنه لا يقبل أي بريد، فيصدر الخادم المرسل (MTA) رسالة ارتداد فورًا. ولا يجعل التسليم ممكنًا إلا تغيير في DNS يجريه مالك النطاق.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>رد الاستعلام عن العنوان</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>الرمز 557 غير معرّف في RFC 5321 ولا في أي RFC منشور آخر. اقتُرح في مسودة إنترنت لآلية استعلام عن العناوين، ردًّا يحمل نتيجة الاستعلام، ولم تصبح تلك المسودة معيارًا قط. لا ترسله خوادم MTA الشائعة ولا المزودون الكبار، وتنسب قوائم الرموز غير الرسمية إلى الرقم معاني لا علاقة لها به.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>لا يكاد يظهر على الإنترنت العامة. وإذا ظهر، فالطرف الآخر يشغّل برنامجًا تجريبيًا أو مخصصًا، أو مرشحًا مضبوطًا برمز رد مصنوع منزليًا؛ وفي أغلب الأحيان يكون الرقم قراءة خاطئة لرمز آخر في سجل أو لقطة شاشة.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>يحدد مسؤول البريد لدى المرسل البرنامج الذي أرسله (اللافتة، وترويسات Received، وpostmaster لدى الطرف البعيد) ويقرأ وثائقه لمعرفة المعنى. وإذا جاء الرمز من إعدادات خادمك أو مرشحك، فاستبدل به ردًّا معياريًا مثل 550 أو 554 مع رمز محسّن مناسب، كي تتمكن البرامج الأخرى من التصرف بناءً عليه.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>خادم تجريبي ينفذ مسودة الاستعلام عن العناوين.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>مرشح أو قاعدة مخصصة ضُبطت برمز رد مختلق.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>رمز نُسخ خطأً من سجل أو تذكرة أو لقطة شاشة.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>حدّد البرنامج البعيد من لافتة الترحيب الخاصة به.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>ابحث عن سطر الرد الدقيق في سجلك لترى الأمر الذي أجاب عليه وأي نص بعد الرمز.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>يفسر الخادم المرسل (MTA) الرمز غير المعروف برقمه الأول (RFC 5321 4.2): عامل 557 إخفاقًا دائمًا، وأصدر رسالة ارتداد بدلًا من وضع الرسالة في قائمة الانتظار، ودع شخصًا يتواصل مع postmaster لدى الطرف البعيد.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>محظور</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>مدرج في القائمة السوداء</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>الرمز 571 ليس رمز رد SMTP في أي RFC. من يقول «الخطأ 571، محظور» يقصد دائمًا تقريبًا الرمز المحسّن 5.7.1، أي Delivery not authorized, message refused (التسليم غير مصرح به، والرسالة مرفوضة، RFC 3463)، الذي يصل بصيغة 550 5.7.1 أو 554 5.7.1. وأحيانًا يضع مرشح أو إعداد خادم مخصص 571 حرفيًا في الاتصال؛ ويجب على العملاء معاملته برقمه الأول على أنه إخفاق دائم.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>في تذاكر مكتب الدعم، وتقارير عدم التسليم في Exchange (&quot;#550 5.7.1 ...&quot;)، وملخصات الارتداد، وسجلات أجهزة الأمان. والرد الذي وراءه رفض بموجب السياسة عند MAIL FROM أو RCPT TO أو بعد نهاية البيانات: ترحيل دون مصادقة، أو عنوان IP مدرج في قائمة حظر، أو مرسل لا تسمح به مؤسسة المستلم، أو حكم بأنه بريد مزعج.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>احصل على سطر الرد كاملًا واقرأ النص الذي يلي 5.7.1، لأن 5.7.1 لا يقول إلا &quot;not authorized&quot;. رفض الترحيل: يصادق العميل المرسل على خادمه. عنوان IP مدرج في قائمة حظر: يصلح مسؤول البريد لدى المرسل السبب ويطلب إزالة الإدراج. مستلم مقيد (مجموعة لا تقبل إلا المرسلين الداخليين أو المدرجين): يجب على مسؤول البريد لدى المستلم السماح للمرسل. حكم بأنه بريد مزعج: افحص المصادقة والمحتوى.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>أرسل عميل عبر خادم لا يقدّم له الترحيل دون مصادقة (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>عنوان IP المرسل أو نطاقه ذو سمعة سيئة أو مدرج في قائمة حظر.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>المستلم مجموعة توزيع أو صندوق بريد لا يقبل البريد إلا من المرسلين الداخليين أو المدرجين.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>قاعدة نقل أو سياسة مخصصة في جهة المستلم (قواعد gcdp في Google Workspace) رفضت الرسالة.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>جهاز تصفية مضبوط ليجيب بالرمز 571 حرفيًا.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>ابحث عن السطر الدقيق الذي يحمل 5.7.1 للعنوان الفاشل؛ فالكلمات التي تلي الرمز تسمي السياسة.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>تحقق هل عنوان IP المرسل مدرج في Spamhaus (192.0.2.10 معكوسًا)، باستخدام المحلل الخاص بك.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>إذا ذكر النص الترحيل، فتحقق من أن عميلك يستطيع المصادقة للإرسال.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة أبدًا لـ 571 أو لـ 550 5.7.1 الذي وراءه دون تغيير: السياسة التي رفضته ما زالت سارية. أصدر رسالة ارتداد، ولا تعد الإرسال إلا بعد معالجة إذن الترحيل أو الإدراج أو قاعدة المستلم.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>حالة أخرى غير معرّفة</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>خطأ غير محدد</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>الرمز المحسّن الجامع: لا يقول الخادم إلا هل النتيجة نجاح (2.0.0) أم إخفاق مؤقت (4.0.0) أم إخفاق دائم (5.0.0)، دون مجال أو تفصيل. والرمز الأساسي ونص الرد يحملان كل المعلومات الحقيقية.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>في أي مكان من الجلسة وكثيرًا جدًا في رسائل الارتداد. يجيب Postfix بـ 250 2.0.0 Ok: queued (وُضعت في قائمة الانتظار) بعد بيانات الرسالة، و221 2.0.0 Bye على QUIT، و220 2.0.0 Ready to start TLS. ويكتب Postfix وExim أيضًا Status: 5.0.0 أو 4.0.0 في DSN حين لا يحمل رد الخادم البعيد رمزًا محسّنًا خاصًا به.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>تجاهل الرمز المحسّن واقرأ الرمز الأساسي والنص المجاور له: فهما يقولان ما حدث فعلًا. مع 2.0.0 لا شيء يحتاج إلى إصلاح. ومع 4.0.0 أو 5.0.0 في رسالة ارتداد، يقرأ المرسل (أو مسؤول البريد لدى المرسل) سطر Diagnostic-Code، الذي يقتبس الرد الأصلي للخادم البعيد، وينطلق منه.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>لم يحمل رد الخادم البعيد رمزًا محسّنًا، فملأ خادم MTA المبلّغ الرمز العام X.0.0 حين كتب DSN.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>برنامج خادم يوسم ردود النجاح الروتينية بالرمز 2.0.0، مثل 250 الأخير بعد بيانات الرسالة أو 221 ردًّا على QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>رفض مرشح أو milter أو خدمة سياسات الرسالة بنص حر خاص بها ولم يختر رمزًا محسّنًا محددًا.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>افتح رسالة الارتداد واقرأ سطر Diagnostic-Code: فهو يقتبس ما قاله الخادم البعيد فعلًا.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>ابحث عن الرسالة في سجل الخادم المرسل حسب المستلم واقرأ الرد الكامل المسجل معها.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>قرّر بحسب رقم الفئة وحده: 2.0.0 لا يحتاج إلى شيء، و4.0.0 تجري إعادة المحاولة له لاحقًا بالفواصل المتزايدة المعتادة، و5.0.0 لا تجوز إعادة المحاولة له دون تغيير. والرمز العام لا يعطي سببًا آخر للخروج عن ذلك.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>حالة أخرى للعنوان</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>عنوان غير صالح</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>شيء ما يتعلق بعنوان في المعاملة، عنوان المرسل أو أحد المستلمين، أدى إلى هذه النتيجة، لكن الخادم لا يقول ما هو. بصيغة 5.1.0 هو رفض دائم مرتبط بذلك العنوان؛ وبصيغة 4.1.0 يُتوقع أن تزول مشكلة العنوان، مثل فحص لم يكتمل بعد.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>في الردود على MAIL FROM أو RCPT TO، وفي DSN. يجيب Postfix بـ 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (رُفض عنوان المرسل: المستخدم غير معروف في جدول المستلمين المحلي) حين يكون عنوان مرسل في نطاق يستضيفه غير موجود (reject_unlisted_sender)، وتسجل بعض إصدارات Postfix dsn=5.1.0 حين تصدر رسالة ارتداد لبريد موجه إلى نطاق له سجل MX فارغ. ويضع Postfix وGmail وExchange أيضًا 2.1.0 على الرد 250 على MAIL FROM، وهي صيغة نجاح لا يدرجها السجل.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>اقرأ النص الذي يلي الرمز لتعرف أي عنوان رُفض. إذا ذكر عنوان المرسل، فيتأكد مسؤول البريد لدى المرسل من أن مرسل المغلف صندوق بريد حقيقي موجود في نطاق يمكن تحليله؛ وإذا ذكر مستلمًا، فيفحص المرسل ذلك العنوان بحثًا عن أخطاء إملائية. ومع 4.1.0 يتولى الخادم المرسل إعادة المحاولة ببساطة.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>مرسل المغلف يبدو محليًا للخادم المستقبل لكنه غير موجود هناك، فيرفضه Postfix المضبوط على reject_unlisted_sender.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>نطاق المستلم ينشر سجل MX فارغًا والخادم المرسل (MTA) يبلّغ عن ذلك برمز العنوان العام بدلًا من 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>رفضت قاعدة سياسة أو قاعدة لإعادة كتابة العناوين عنوانًا دون أن تختار رمزًا أكثر تحديدًا.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>اقرأ نص الرد: فهو يقول هل رُفض عنوان المرسل أم عنوان المستلم.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>إذا كان عنوان المرسل في نطاق يستضيفه خادم Postfix الرافض، فتحقق من وجوده في جدول الأسماء المستعارة الافتراضية.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>تحقق هل ينشر نطاق المستلم سجل MX فارغًا (إجابة وحيدة &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: لا تعد الإرسال إلى العنوان نفسه أو منه دون تغيير. 4.1.0: أعد المحاولة لاحقًا بالفواصل المتزايدة المعتادة، لأن الخادم يتوقع أن ينجح فحص العنوان في النهاية.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>عنوان صندوق البريد الوجهة غير صالح</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>المستخدم غير موجود</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>مستلم غير صالح</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>لم يُعثر على المستلم</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>العنوان غير موجود</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>عنوان بريد إلكتروني غير موجود</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>صندوق البريد غير موجود: جزء العنوان الواقع يسار @ غير معروف لدى الوجهة، بينما النطاق نفسه سليم. والمقصود به إخفاق دائم (5.1.1)، وهو الارتداد الدائم الكلاسيكي لعنوان مكتوب خطأً أو محذوف؛ ويظهر 4.1.1 حين لا يستطيع الخادم تأكيد المستلم بعد ويطلب إعادة المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>دائمًا تقريبًا ردًّا على RCPT TO، قبل إرسال أي بيانات للرسالة، ثم في رسالة الارتداد التي يكتبها الخادم المرسل. يستخدمه Gmail وMicrosoft 365 وPostfix (User unknown in local recipient table، أو in virtual mailbox table، أي في جدول صناديق البريد الافتراضية) وSendmail (User unknown) جميعًا. ويرسل Postfix 450 4.1.1 ... unverified address ما دام التحقق من عنوان المستلم لا يزال جاريًا.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>يفحص المرسل العنوان بحثًا عن أخطاء إملائية، لا سيما قبل @، ويتأكد من العنوان الصحيح مع المستلم عبر قناة أخرى. ويحذف مشغلو القوائم البريدية العنوان بعد 5.1.1. وإذا كان صندوق البريد يُفترض أن يكون موجودًا، فيتحقق مسؤول البريد لدى المستلم من وجوده في الدليل أو جدول الاستعلام الذي يستخدمه الخادم المستقبل، ومن أن البوابات ومضيفات MX الاحتياطية لديها قائمة مستلمين محدّثة.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>خطأ في كتابة الجزء المحلي: حرف ناقص، أو تبديل الاسم الأول واسم العائلة، أو فاصل خاطئ.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>حُذف صندوق البريد أو أُعيدت تسميته، مثلًا بعد مغادرة موظف، ولم يُحتفظ باسم مستعار.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>مدخل قديم في قائمة عناوين أو في ذاكرة الإكمال التلقائي لعميل البريد.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>بوابة أو خادم MX احتياطي يفحص المستلمين مقابل قائمة قديمة ويرفض صندوق بريد موجودًا على الخادم النهائي.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>أُنشئ صندوق البريد لكن جدول الاستعلام في الخادم المستقبل (جدول virtual، أو استعلام LDAP) لم يُعد بناؤه أو لا يراه.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>اعثر على مضيفات MX لنطاق المستلم.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>اختبر العنوان على خادم MX ذاك دون إرسال رسالة: راقب الرد على RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>على خادم Postfix تديره، تحقق هل المستلم موجود في جدول صناديق البريد الافتراضية.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة مع 5.1.1: لن يظهر العنوان من تلقاء نفسه، وتكرار المحاولات إلى عناوين ميتة يضر بسمعة المرسل. أما 4.1.1 فتُجرى له إعادة المحاولة بالفواصل المتزايدة المعتادة؛ وإذا تحول إلى 5.1.1، فتوقف.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>إجابة Gmail عند RCPT TO حين لا يوجد حساب لعنوان gmail.com أو Google Workspace؛ وهي تطابق المعنى الوارد في السجل.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>تعذر على Exchange تحديد المستلم في دليله. وبين مستخدمي المؤسسة نفسها يكون السبب كثيرًا مدخلًا قديمًا في الإكمال التلقائي (X.500 / legacyExchangeDN) لصندوق بريد أُعيد إنشاؤه أو نُقل: احذف الاقتراح، وأعد كتابة العنوان وأرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>عنوان نظام الوجهة غير صالح</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>النطاق غير موجود</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN نطاق غير موجود</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>لا يوجد سجل MX</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>لم يُعثر على النطاق</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>جزء النطاق في عنوان المستلم (يمين @) لا يستطيع استقبال البريد: إنه غير موجود في DNS أو ليس له مضيف بريد صالح للاستخدام. وهو معرّف إخفاقًا دائمًا، فلا يمكن تسليم الرسالة حتى يُصحح النطاق.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>إما ردًّا على RCPT TO من خادم يفحص نطاقات المستلمين، وإما في رسالة ارتداد يكتبها الخادم المرسل بعد إخفاق استعلام DNS الخاص به. يجيب Postfix المضبوط على reject_unknown_recipient_domain بـ 450 4.1.2 ... Recipient address rejected: Domain not found (رُفض عنوان المستلم: لم يُعثر على النطاق؛ وهو مؤقت افتراضيًا، لأن مشكلات DNS قد تزول)، ويرتد البريد في Sendmail بـ 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>يتحقق المرسل من تهجئة النطاق (أخطاء شائعة: حرف ناقص من اسم مزود معروف، أو نقطة في النهاية، أو لاحقة دولة ناقصة). وإذا كان النطاق صحيحًا، فيتحقق مسؤول البريد لدى المستلم من أنه مسجل ومفوّض، ومن أنه ينشر سجلات MX، أو على الأقل سجل عنوان، تقود إلى خادم بريد يعمل.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>نطاق مكتوب خطأً، مثل حرف مكرر أو ناقص في اسم مزود كبير.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>انتهى تسجيل النطاق أو لم تعد خوادم أسمائه تجيب عنه.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>النطاق موجود لكن ليس له سجل MX ولا سجل A أو AAAA، فلا يوجد مضيف للتسليم إليه.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>سجل MX يسمي مضيفًا لا يُترجم اسمه هو نفسه.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>استعلم عن مضيفات البريد للنطاق.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>إذا لم يوجد MX، فابحث عن سجل العنوان المستخدم بديلًا احتياطيًا.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>تتبّع التفويض من الجذر لترى هل النطاق موجود وهل تجيب خوادم أسمائه.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة مع 5.1.2 دون تغيير؛ صحّح العنوان. وإذا كان السبب انقطاعًا في DNS واستخدم الخادم رمزًا أساسيًا 4xx، فأعد المحاولة بالفواصل المتزايدة المعتادة.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>لم يتمكن Gmail من العثور على النطاق في عنوان المستلم، وعادةً يكون ذلك خطأً إملائيًا أو علامة ترقيم دخيلة بعد العنوان؛ والفكرة نفسها كما في معنى السجل.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>صياغة عنوان صندوق البريد الوجهة غير صالحة</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>عنوان بريد إلكتروني غير صالح</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>عنوان مشوّه</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>عنوان المستلم ليس عنوانًا صالحًا أصلًا: إنه يخالف صياغة العناوين، مثلًا بمسافات، أو @ مفقودة، أو نقطتين متتاليتين، أو أقواس زاوية غير متوازنة. ويعامله السجل على أنه دائم، لأن السلسلة نفسها تُرفض في كل مرة.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>ردًّا على RCPT TO، وعادةً مع 501 أو 553. يجيب Postfix بـ 501 5.1.3 Bad recipient address syntax (صياغة عنوان المستلم خاطئة)، ويجيب Gmail بـ 553-5.1.3 ... is not a valid RFC 5321 address، ويبلّغ Exchange المحلي عن 5.1.3 STOREDRV.Submit; invalid recipient address. والمصدر المعتاد هو السكربتات ونماذج الويب التي تبني سطر RCPT TO بنفسها.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>يصحح المرسل، أو برنامج العميل الذي يبني المغلف، العنوان: لا مسافات ولا علامات ترقيم دخيلة، و@ واحدة بالضبط، ونطاق كامل، والعنوان المجرد بين أقواس زاوية في RCPT TO. وينبغي للتطبيقات التحقق من العناوين قبل وضع البريد في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>مسافات أو فواصل أو فواصل منقوطة داخل العنوان، وكثيرًا ما يكون ذلك من لصق عدة عناوين في حقل واحد.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>نقطتان متتاليتان، أو نقطة في بداية الجزء المحلي أو نهايته.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>اسم عرض أو علامات اقتباس مُررت إلى RCPT TO بدلًا من العنوان المجرد.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>محارف غير ASCII أُرسلت إلى خادم لم يعرض SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>انسخ العنوان الدقيق من رسالة الارتداد وابحث عن مسافات مخفية أو علامات اقتباس أو نقاط مضاعفة أو نطاق مفقود.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>كرر المغلف بالعنوان المصحح وراقب رد RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: العنوان المشوّه يُرفض بالطريقة نفسها في كل محاولة. أصلح العنوان وأرسل رسالة جديدة.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>يرفض Gmail عنوان مستلم لا يتبع صياغة RFC 5321؛ وهو المعنى نفسه الوارد في السجل.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>عنوان صندوق البريد الوجهة ملتبس</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>طابق العنوان أكثر من صندوق بريد واحد في نظام الوجهة، فلا يستطيع الخادم معرفة المقصود. ويأتي من أنظمة تطابق العناوين بتساهل (بالاسم أو بتطابق جزئي)، وقد يكون دائمًا (5.1.4) أو مؤقتًا مستمرًا (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>نادر على الإنترنت اليوم. يأتي من أنظمة تعتمد على الدليل وتحدد المستلمين بالاسم، مثل إصدارات Exchange الأقدم وبعض بوابات برامج العمل الجماعي، ردًّا على RCPT TO أو في DSN. وللأمر VRFY في RFC 5321 الفكرة نفسها: يجوز للخادم أن يجيب بأن الاسم ملتبس ويسرد المرشحين.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>يستخدم المرسل العنوان الكامل الدقيق بدلًا من صيغة مختصرة أو اسم. ويزيل مسؤول البريد لدى المستلم التكرار: مستخدمان أو جهتا اتصال تحملان الاسم المستعار نفسه أو عنوان الوكيل (proxy address) نفسه أو الاسم نفسه في الدليل، ويبحث عن قواعد مطابقة متساهلة مثل المطابقة بالاسم الأول.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>كائنان في الدليل يحملان الاسم المستعار نفسه أو عنوان الوكيل نفسه، مثلًا بعد أن استورد ترحيل الأنظمة مستخدمًا مرتين.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>النظام المستقبل يطابق المستلمين بالاسم وعدة أشخاص يشتركون في ذلك الاسم.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>استُخدم جزء محلي قصير مثل الاسم الأول حيث كان النظام يتوقع العنوان الكامل.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>يبحث مسؤول البريد لدى المستلم في الدليل عن كل كائن يحمل العنوان.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>أعد الإرسال باستخدام العنوان الكامل تمامًا كما يعطيه المستلم.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: لا تُجرِ إعادة المحاولة للعنوان نفسه؛ أعد الإرسال بعنوان غير ملتبس. 4.1.4: أعد المحاولة لاحقًا بفواصل متزايدة، لأن مسؤول البريد لدى المستلم قد يكون بصدد إصلاح التكرار.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>عنوان الوجهة صالح</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>رمز نجاح: عنوان الوجهة صالح وقد قُبل. قصد به RFC 3463 تقارير التسليم الإيجابية، وعمليًا تضع كل الخوادم تقريبًا 2.1.5 على الرد 250 على RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>في الرد على كل RCPT TO، أي عند قبول المستلم (Postfix 250 2.1.5 Ok، وExchange 250 2.1.5 Recipient OK، وSendmail 250 2.1.5 ... Recipient ok)، وفي إشعارات DSN للنجاح حين يطلب المرسل NOTIFY=SUCCESS. وعند RCPT TO لا يعني إلا أن العنوان قُبل لهذه المعاملة، لا أن الرسالة وصلت إلى صندوق الوارد.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>لا شيء يحتاج إلى إصلاح. لا تتعمق إلا إذا ارتدت لاحقًا رسالة قُبلت مع 2.1.5 أو لم تصل أبدًا: عندها تكون المشكلة بعد القبول (تصفية المحتوى، أو خطوة تسليم لاحقة، أو خادم MX احتياطي يقبل أي عنوان)، ويتتبع مسؤول البريد لدى المستلم الرسالة في سجلاته.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>عنوان المستلم موجود وقد قبله الخادم لهذه المعاملة.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>خادم لا يتحقق من المستلمين عند RCPT TO (بعض مضيفات MX الاحتياطية، والنطاقات التي تلتقط كل العناوين catch-all) يقبل أي عنوان وقد يصدر له رسالة ارتداد لاحقًا.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>طُلب DSN للنجاح مع NOTIFY=SUCCESS وأبلغ الخادم النهائي عن التسليم.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>نفّذ المغلف حتى RCPT TO وتأكد من الرد 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>إذا لم يصل البريد المقبول أبدًا، فابحث عن معرّف قائمة الانتظار الذي أعطاه الخادم المستقبل في رده 250 بعد البيانات (يسجله Postfix بصيغة queued as ...) وأرسله إلى مسؤول البريد لدى المستلم، الذي يبحث عنه في سجله.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: قُبل المستلم. يتابع العميل الحوار بمزيد من أوامر RCPT TO أو بـ DATA.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>انتقل صندوق البريد الوجهة، ولا يوجد عنوان لإعادة التوجيه</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>الحساب مغلق</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>الموظف غادر الشركة</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>كان العنوان صالحًا في السابق، لكن صندوق البريد زال ولا يقدم الخادم عنوانًا لإعادة التوجيه. إنه إخفاق دائم؛ وبخلاف 5.1.1 يخبر المرسل بأن العنوان كان موجودًا فعلًا ذات يوم.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>ردًّا على RCPT TO أو في رسالة ارتداد، من خوادم تحتفظ بقائمة للمستخدمين المغادرين. يرفض جدول relocated في Postfix مع 5.1.6 ونص مثل User has moved to متبوعًا بالعنوان الجديد، فعمليًا كثيرًا ما يعطي عنوانًا لإعادة التوجيه. ويستخدم Exchange المحلي 5.1.6 لأمر آخر: موصل استقبال يرفض نطاقات المستلمين ذات التسمية الواحدة (عنوان مثل user@example بلا لاحقة).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>يتوقف المرسل عن استخدام العنوان ويطلب من الشخص أو من مؤسسته العنوان الجديد؛ وإذا ذكر نص الرد عنوانًا جديدًا، فاستخدمه. ويحذف أصحاب القوائم البريدية العنوان. ويمكن لمسؤول البريد السابق لدى المستلم إضافة اسم مستعار لإعادة التوجيه أو رد تلقائي إذا أرادت المؤسسة أن يجد الناس الشخص.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>غادر الشخص المؤسسة ووضع المسؤول العنوان في جدول relocated أو جدول للمستخدمين المغادرين.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>غيّرت شركة نطاقها أو نظام التسمية لديها وأخرجت العناوين القديمة من الخدمة عمدًا.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>في Exchange، نطاق المستلم ذو تسمية واحدة وموصل الاستقبال مضبوط على رفض مثل هذه النطاقات.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>اقرأ نص الرد كاملًا: بعض الخوادم تضع العنوان الجديد بعد &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>على خادم Postfix، تحقق هل العنوان موجود في جدول relocated.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: لن يعود صندوق البريد. احذف العنوان، أو أرسل مرة أخرى إلى العنوان الجديد إن ذكره الرد.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>صياغة عنوان صندوق بريد المرسل غير صالحة</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>عنوان مرسل غير صالح</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>MAIL FROM مشوّه</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>عنوان المرسل، وهو عادةً MAIL FROM في المغلف، غير صالح من حيث الصياغة. بصيغة 5.1.7 هو رفض دائم؛ وترسل الخوادم أيضًا 4.1.7 حين ترفض مرسلًا مؤقتًا فقط، مثلًا أثناء التحقق منه.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>ردًّا على MAIL FROM، أو على RCPT TO في الخوادم التي تطبق قيود المرسل هناك. يقول Postfix 501 5.1.7 Bad sender address syntax، ويقول Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. ويعيد Postfix المضبوط على reject_unverified_sender استخدام الرمز بصيغة 450 4.1.7 ... Sender address rejected: unverified address (رُفض عنوان المرسل: عنوان لم يُتحقق منه)، وهذا يتعلق بالتحقق لا بالصياغة. والسكربتات والطابعات والماسحات الضوئية مصادر متكررة له.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>يصلح مسؤول البريد لدى المرسل، أو التطبيق المرسل، مرسل المغلف: عنوان كامل فيه @ واحدة ونطاق مؤهل بالكامل، بين أقواس زاوية، دون اسم عرض. وكثيرًا ما ترسل الأجهزة والسكربتات اسم مستخدم مجردًا أو نطاقًا هو اسم مضيف فقط؛ فاضبط عنوانًا حقيقيًا. وفي حالة 4.1.7 في Postfix، تأكد من أن عنوان المرسل يستطيع استقبال البريد، لأن الجهة المستقبلة تختبره.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>يرسل تطبيق أو جهاز اسم مستخدم مجردًا، أو اسم مضيف دون نطاق، بوصفه مرسل المغلف.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>ينتهي اسم عرض أو علامات اقتباس أو مسافات داخل MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>نطاق المرسل بلا لاحقة، مثل user@localhost أو اسم مضيف داخلي قصير.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>الخادم المستقبل يختبر عنوان المرسل ولم يتلق إجابة بعد (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>اعثر على مرسل المغلف الذي رآه الخادم؛ يسجله Postfix بصيغة from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>كرر المعاملة بعنوان مرسل سليم وقارن الرد على MAIL FROM.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: لا تُجرِ إعادة المحاولة بعنوان المرسل نفسه؛ أصلحه أولًا. 4.1.7: أعد المحاولة لاحقًا بالفواصل المتزايدة المعتادة؛ وعادةً يمر بعد أن تنتهي الجهة المستقبلة من التحقق من المرسل.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>يرفض Gmail مرسل مغلف لا يتبع صياغة العناوين في RFC 5321؛ وهو المعنى نفسه الوارد في السجل.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>عنوان نظام المرسل غير صالح</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>نطاق المرسل غير موجود</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>نطاق عنوان المرسل غير موجود أو لا يستطيع استقبال البريد، فلا يمكن إعادة رسائل الارتداد إليه. ترفض الخوادم مثل هؤلاء المرسلين رفضًا دائمًا (5.1.8) حين يكون النطاق قد زال بوضوح، ومؤقتًا (4.1.8) حين يكون استعلام DNS قد أخفق فحسب.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>ردًّا على MAIL FROM، أو عند RCPT TO في الخوادم التي تقيّم قيود المرسل متأخرة، كما يفعل Postfix افتراضيًا. يجيب Postfix المضبوط على reject_unknown_sender_domain بـ 450 4.1.8 ... Sender address rejected: Domain not found (رُفض عنوان المرسل: لم يُعثر على النطاق)؛ ويجيب Sendmail بـ 553 5.1.8 ... Domain of sender address ... does not exist، أو بـ 451 4.1.8 حين لا يمكن تحليله. ويستخدم Microsoft 365 الرمز 5.1.8 بمعنى لا علاقة له بذلك.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>يتأكد مسؤول البريد لدى المرسل من أن مرسل المغلف يستخدم نطاقًا عامًا حقيقيًا له سجلات MX أو سجلات عناوين: لا اسمًا داخليًا فقط (مثل نطاق .local)، ولا خطأً إملائيًا، ولا نطاقًا انقضى تسجيله. وإذا بدا DNS سليمًا، فتحقق من أن خوادم أسماء النطاق تجيب من خارج شبكة الشركة. ومرسل Microsoft 365 الذي تلقى 5.1.8 يحتاج إلى أن يؤمّن مسؤوله الحساب ويفرج عنه.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>يستخدم التطبيق المرسل نطاقًا داخليًا لا يوجد إلا في DNS الخاص بالشركة.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>انتهى تسجيل نطاق المرسل أو أن تفويضه معطوب.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>ليس لنطاق المرسل سجل MX ولا سجل A أو AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>إخفاق مؤقت في DNS في جهة الاستقبال، وهو يعطي 4.1.8 لا 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>استعلم عن سجلات MX لنطاق المرسل من جهاز خارج شبكتك.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>إذا لم يوجد MX، فابحث عن سجلات العناوين المستخدمة بديلًا احتياطيًا، IPv4 وIPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>على خادم Postfix المستقبل، اعرض قيود المرسل السارية.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: أعد المحاولة بالفواصل المتزايدة المعتادة؛ فمشكلات DNS كثيرًا ما تزول خلال دقائق. 5.1.8: لا تُجرِ إعادة المحاولة حتى يُصلح نطاق المرسل أو مرسل المغلف.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>قيّد Exchange Online الحساب المرسل نفسه، وعادةً لأنه أرسل بريدًا مزعجًا بعد اختراقه. ولا يقول شيئًا عن نطاق المرسل: يؤمّن مسؤول الحساب ويزيله من قائمة Restricted entities (الكيانات المقيدة) في بوابة Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>ترحيل الرسالة إلى برنامج بريد غير ملتزم</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>كان العنوان صالحًا، لكن الرسالة سُلّمت إلى نظام لا يتحدث بروتوكول الحالة أو التتبع المستخدم، فلا يمكن تقديم مزيد من المعلومات. يأتي من RFC 3886 (تتبع الرسائل) وهو في معظم الاستخدامات إعلامي لا خطأ.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>نادر الظهور. ينتمي إلى ردود تتبع الرسائل (الامتداد MTRK في RFC 3885 وتنسيق الحالة في RFC 3886) وإلى تقارير الحالة التي ينتهي فيها الأثر عند بوابة أو خادم لا يستطيع الإبلاغ أبعد من ذلك. وفي DSN العادي تُعرض الحالة نفسها عادةً بصيغة Action: relayed (أي جرى ترحيلها).</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>عادةً لا شيء يحتاج إلى إصلاح: غادرت الرسالة الجزء من المسار الذي يبلّغ عن الحالة. وإذا كان إثبات التسليم مهمًا، فاسأل المستلم مباشرة أو اطلب من مسؤول البريد لدى المستلم البحث في سجلاته، لأن آخر قفزة مبلّغة لا ترى أبعد من ذلك.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>القفزة التالية بوابة إلى نوع آخر من أنظمة المراسلة (برنامج عمل جماعي قديم، أو بوابة فاكس أو SMS) لا تدعم التتبع.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>خادم لاحق في المسار لا يدعم DSN أو التتبع، فمرر الخادم المبلّغ الرسالة دونهما.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>ذهبت الرسالة إلى خدمة خارجية لا يرى الخادم المبلّغ تسليمها الداخلي.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>في تقرير الحالة، اقرأ الحقول Action وStatus وRemote-MTA لترى أين انتهى الأثر.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>تحقق هل تعلن القفزة التالية DSN في رد EHLO.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: قُبلت الرسالة وانتقلت. عامل صيغة الفئة 4 أو 5 حالةً نهائية مجهولة، وتأكد من التسليم خارج نظام البريد إذا كان الأمر مهمًا.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>لعنوان المستلم سجل MX فارغ</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505 سجل MX فارغ</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>ينشر نطاق المستلم سجل MX فارغًا (null MX: سجل MX وحيد بأولوية 0 والمضيف &apos;.&apos;)، وهو إعلان صريح من المالك بأن النطاق لا يقبل أي بريد إطلاقًا. والإخفاق دائم: بما أن للنطاق سجل MX، فلا ينطبق الرجوع إلى A/AAAA ويخفق التسليم فورًا.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>في موضعين. الخادم المرسل الذي يستعلم عن نطاق المستلم فيجد سجل MX الفارغ يُفشل الرسالة فورًا ويبلّغ عن ذلك في رسالة الارتداد، مع 556 رمزًا أساسيًا (RFC 7504)؛ وتسجل بعض إصدارات Postfix في هذه الحالة dsn=5.1.0 مع Domain ... does not accept mail (nullMX). ويمكن أيضًا للخادم المستقبل أو خادم الإرسال الذي يفحص نطاقات المستلمين رفض RCPT TO بالرمز 556 5.1.10، كما يفعل Postfix مع reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>يتحقق المرسل من العنوان: سجل MX الفارغ يعني عادةً أن النطاق لم يُقصد به البريد أصلًا (نطاقات مركونة أو للويب فقط أو نطاقات نائبة) أو أن العنوان فيه خطأ إملائي. وإذا كان ينبغي للمستلم فعلًا تلقي البريد هناك، فيستبدل مسؤول البريد لدى المستلم بسجل MX الفارغ سجلات MX حقيقية؛ إذ يجب أن يكون سجل MX الفارغ سجل MX الوحيد للنطاق.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>يستخدم العنوان نطاقًا لا يستقبل البريد عمدًا، مثل نطاق مركون أو للويب فقط أو نطاق نائب.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>خطأ إملائي صادف أنه يقع على نطاق حقيقي ينشر سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>نقل مالك النطاق البريد إلى مكان آخر وترك سجل MX الفارغ خطأً.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>عناوين اختبار أو أمثلة استُخدمت في بيانات حقيقية: فالنطاق example.com مثلًا ينشر سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>استعلم عن سجلات MX لنطاق المستلم؛ ويظهر سجل MX الفارغ إجابةً وحيدة &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>ابحث عن رسالة الارتداد في سجل الخادم المرسل لترى الرمز والنص اللذين سجلهما.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة أبدًا: أعلن النطاق أنه لا يقبل أي بريد. أصدر رسالة ارتداد فورًا بدلًا من إبقاء الرسالة في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>استخدام خاص بـ Exchange Online لا علاقة له بسجل MX الفارغ: المستلم غير موجود في مؤسسة Microsoft 365 التي تستضيف النطاق، وهو فعليًا مستخدم غير معروف كما في 5.1.1. يتحقق المرسل من العنوان ويمسح مدخلات الإكمال التلقائي القديمة في Outlook؛ ويفحص مسؤول البريد لدى المستلم كائن المستلم وعناوين الوكيل الخاصة به.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>حالة أخرى أو غير معرّفة لصندوق البريد</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>خطأ في صندوق البريد</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>صندوق البريد موجود، لكن شيئًا يتعلق به منع التسليم ولا يقول الخادم ما هو. بصيغة 4.2.0 يُتوقع أن تزول المشكلة؛ وبصيغة 5.2.0 هو إخفاق دائم لهذه الرسالة.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>عادةً في رسالة ارتداد يكتبها مخزن البريد لدى المستلم لا عند RCPT TO، لأن المشكلة لا تظهر إلا حين تُكتب الرسالة في صندوق البريد. كثيرًا ما يستخدم Exchange وMicrosoft 365 الرمز 5.2.0 متبوعًا باسم استثناء STOREDRV.Deliver يذكر السبب الحقيقي؛ وقد تستخدمه برامج LMTP والتسليم المحلي حين يعيد المخزن خطأً لا تستطيع تصنيفه.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>اقرأ النص الذي يلي الرمز: فهو يسمي الحالة الحقيقية دائمًا تقريبًا. ثم يفحص مسؤول البريد لدى المستلم صندوق البريد نفسه (الحصة بما فيها المجلدات المخفية، والمجلدات التالفة، والأذونات، وصندوق بريد قيد النقل). ولا يستطيع المرسل سوى تمرير رسالة الارتداد إلى المستلم عبر قناة أخرى.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>صندوق البريد أو أحد مجلداته المخفية تجاوز حدًّا للتخزين لا يُبلّغ عنه على أنه صندوق بريد ممتلئ ببساطة.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>صندوق البريد قيد النقل أو الترحيل أو الإصلاح والمخزن يرفض الكتابة.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>خطأ في الأذونات أو في نظام الملفات في مخزن صناديق البريد أثناء التسليم.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>أخفقت قاعدة تسليم أو سكربت Sieve مرتبط بصندوق البريد أثناء معالجة الرسالة.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>انسخ النص الذي يلي 5.2.0 من رسالة الارتداد؛ ففي Microsoft 365 يدل اسم الاستثناء (مثل QuotaExceededException) المسؤول على موضع البحث.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>في Microsoft 365، يفحص مسؤول البريد لدى المستلم حجم مجلدات Recoverable Items.</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>على خادم Dovecot، يفحص المسؤول استخدام المستلم لحصته.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: أعد المحاولة بفواصل متزايدة. 5.2.0: لا تعد إرسال الرسالة نفسها تلقائيًا؛ أرسل مرة أخرى فقط بعد أن تبلّغ جهة المستلم بإصلاح صندوق البريد.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>لم يستطع برنامج تشغيل المخزن في Exchange Online وضع الرسالة في صندوق البريد، فيذكر الاستثناء. وقد يأتي QuotaExceededException من منطقة Recoverable Items ممتلئة، مثلًا في ظل تعليق للاحتفاظ (retention hold)، حتى حين يكون صندوق البريد المرئي بعيدًا عن حده.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>صندوق البريد معطل ولا يقبل الرسائل</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>الحساب معطل</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>صندوق البريد معطل</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>صندوق البريد موجود لكنه مُطفأ ولا يقبل الرسائل. يسمح السجل بالفئتين: 5.2.1 حين لن يُفعّل صندوق البريد مرة أخرى أبدًا، و4.2.1 حين يكون معطلًا مؤقتًا فقط.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>ردًّا على RCPT TO للحسابات المعلقة أو المقفلة أو غير النشطة. يرسل Gmail 550 5.2.1 للحسابات المعطلة أو غير النشطة ويستخدم 450 4.2.1 لحالة مختلفة: مستلم يتلقى البريد أسرع مما يسمح به Gmail. واستخدم Exchange الرمز 5.2.1 للرسائل التي عزلها مرشح المحتوى لديه ولصناديق البريد التي يتعذر الوصول إليها.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>يتأكد المرسل عبر قناة أخرى هل العنوان لا يزال مستخدمًا ويحذفه من القوائم إذا كان الحساب مغلقًا. ويعيد المستلم، أو مسؤوله، تفعيل الحساب، أو يسوي التعليق، أو يسجل الدخول لإعادة تنشيطه. وفي حالة حد المعدل 4.2.1 لدى Gmail، يبطئ المرسل ويدع قائمة الانتظار تتولى إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>علّق المزود أو المؤسسة الحساب، مثلًا بسبب عدم الدفع أو إساءة الاستخدام.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>ظل الحساب غير مستخدم مدة طويلة فعطّله المزود.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>غادر الموظف وحظر المسؤول صندوق البريد بدلًا من حذفه.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>4.2.1 لدى Gmail: يتلقى المستلم بريدًا كثيرًا جدًا في وقت قصير.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>اقرأ النص: disabled أو inactive أو suspended أو receiving mail too quickly، يشير كل منها إلى إصلاح مختلف.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>عُدّ الرسائل التي أرسلها خادمك إلى ذلك المستلم مؤخرًا، تحسبًا لوجود حد للمعدل.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: لا تُجرِ إعادة المحاولة؛ الحساب مغلق أمام البريد. 4.2.1: أعد المحاولة بفواصل متزايدة ووزّع الرسائل على فترات؛ ويعود Gmail إلى قبولها بعد أن ينخفض معدل البريد الوارد إلى المستلم.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>حساب Google موجود لكنه معطل أو غير نشط (كانت الردود الأقدم تقول &apos;is disabled&apos;)؛ وهذا يطابق المعنى الوارد في السجل.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>استخدام خاص بـ Gmail: صندوق البريد سليم لكنه يتلقى البريد أسرع مما يسمح به Gmail، فينبغي للمرسل أن يبطئ ويعيد المحاولة. ولدى Gmail أيضًا صيغة دائمة 550 5.2.1 تقول إن المستخدم يتلقى البريد بمعدل يمنع تسليم رسائل إضافية.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>صندوق البريد ممتلئ</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>تجاوز الحصة</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>صندوق الوارد ممتلئ</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>لا توجد مساحة تخزين متبقية</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>تجاوز صندوق بريد المستلم حصة التخزين الخاصة به. يقصد RFC 3463 به إخفاقًا مؤقتًا مستمرًا (4.2.2)، لأن المستلم يستطيع حذف البريد لإفساح المجال؛ لكن كثيرًا من الخوادم ترسل 5.2.2 بدلًا منه، وهذه الصيغة الدائمة شائعة جدًا في رسائل الارتداد.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>عند RCPT TO في الخوادم التي تعرف الحصة مسبقًا (Gmail، وDovecot مع فحوص الحصة)، أو عند نهاية البيانات وفي رسائل الارتداد حين يجد المخزن صندوق البريد ممتلئًا أثناء التسليم. يرد Dovecot بـ 552 5.2.2 ... Quota exceeded (mailbox for user is full)، أي تجاوز الحصة لأن صندوق بريد المستخدم ممتلئ، أو بـ 452 4.2.2 حين يُضبط quota_full_tempfail. ويعيد Exchange 554 5.2.2 mailbox full (صندوق البريد ممتلئ).</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>يحذف المستلم البريد أو يؤرشفه ويفرغ سلة المهملات، أو يرفع مسؤول البريد لدى المستلم الحصة. ولا يستطيع المرسل إصلاح أي شيء تقنيًا: أخبر المستلم بطريقة أخرى وأرسل مرة أخرى لاحقًا. وينبغي لمشغلي القوائم البريدية اعتبار رسائل الارتداد بسبب الحصة التي تستمر أسابيع علامة على صندوق بريد مهجور.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>لا ينظف المستلم صندوق البريد أبدًا فبلغ حصته.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>صندوق بريد مشترك أو وظيفي مثل info@ يتلقى بريدًا كثيرًا ولا أحد يتعهده.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>ملأت المرفقات الكبيرة صندوق بريد صغيرًا بسرعة.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>مساحة التخزين المشتركة مع خدمات أخرى ممتلئة، كما في Gmail، الذي تشمل حصته أيضًا Google Drive وPhotos.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>على خادم Dovecot، اعرض استخدام المستلم مقارنة بالحد.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>في Postfix مع التسليم المحلي بتنسيق mbox، قارن حجم ملف صندوق البريد بـ mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>بصفتك المرسل، لاحظ هل تقول رسالة الارتداد 4.2.2 (خادمك لا يزال يعيد المحاولة) أم 5.2.2 (استسلم).</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: واصل إعادة المحاولة بفواصل متزايدة طوال مدة البقاء المعتادة في قائمة الانتظار، لأن المستلم قد يحرر مساحة. 5.2.2: تعود الرسالة، لكن الحالة قد تزول؛ أعد الإرسال يدويًا لاحقًا لا فورًا.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>تجاوز حساب Google حصة التخزين ويؤجل Gmail الرسالة (كانت الردود الأقدم تقول &apos;The email account that you tried to reach is over quota&apos;)؛ وهذا هو الاستخدام المؤقت المقصود.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>يحوّل Gmail مشكلة الحصة إلى رفض دائم حين يبدو الحساب الممتلئ مهجورًا أيضًا، فيتوقف خادم المرسل عن إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>بلغ صندوق بريد المستلم حصة منع الاستقبال (prohibit-receive). ويستخدم Exchange Online أيضًا 5.2.2 مع &apos;Submission quota exceeded&apos; (تجاوز حصة الإرسال) لمرسل تجاوز حدود معدل الإرسال، وهذه مشكلة في جهة المرسل.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>طول الرسالة يتجاوز الحد الإداري</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>الرسالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>المرفق كبير جدًا</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>الرسالة أكبر مما يقبله صندوق البريد هذا بعينه. قصد به السجل حدًّا لكل صندوق بريد أدنى من الحد على مستوى النظام (تلك الحالة هي X.3.4)؛ وهو إخفاق دائم لهذه الرسالة.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>عند نهاية البيانات، أو عند MAIL FROM حين يعلن العميل الحجم بـ SIZE=. يستخدم Exchange الرمز 5.2.3 مع RESOLVER.RST.RecipSizeLimit حين يكون الحد الأقصى لحجم الاستقبال لدى المستلم أصغر من الرسالة. ويستخدم Gmail الرمز 552 5.2.3 لحد حجم الرسائل الخاص به، وهو في الحقيقة حد على مستوى النظام.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>يصغّر المرسل الرسالة: يحذف المرفقات أو يضغطها، أو يشارك الملفات الكبيرة برابط. وتذكّر أن ترميز base64 يجعل المرفقات أكبر بنحو الثلث من الملفات على القرص. وإذا كان حد صندوق البريد منخفضًا بشكل غير معقول، فيرفع مسؤول البريد لدى المستلم حجم الاستقبال.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>مرفق أصغر قليلًا من الحد بوصفه ملفًا ويتجاوزه بعد ترميز base64.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>حد أقصى لحجم الاستقبال لكل مستلم مضبوط أدنى من حد النقل في المؤسسة.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>صور مضمنة كثيرة، أو سلسلة رسائل جرت إعادة توجيهها تحمل معها مرفقات سابقة.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>قارن الحجم الوارد في رسالة الارتداد بالحد الذي تذكره؛ فالعبرة بحجم الرسالة المرمّزة، لا بحجم الملفات.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>في Exchange Online، يقرأ مسؤول البريد لدى المستلم حد الاستقبال لصندوق البريد.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة للرسالة نفسها: ستكون بالحجم نفسه تمامًا في المرة القادمة. أرسل نسخة أصغر بدلًا منها.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>حد Gmail الإجمالي لحجم الرسائل، وهو حد على مستوى النظام كان السجل سيصنفه تحت X.3.4؛ ويرسل Gmail النص نفسه مع 5.3.4 أيضًا.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>الرسالة تتجاوز الحد الأقصى لحجم الاستقبال الخاص بالمستلم، وهي بالضبط حالة صندوق البريد الواحد التي يصفها السجل.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>مشكلة في توسيع القائمة البريدية</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>قائمة توزيع</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>العنوان قائمة بريدية أو مجموعة توزيع وتعذر توسيع القائمة إلى أعضائها. قد يكون دائمًا (5.2.4) أو مؤقتًا مستمرًا (4.2.4)، بحسب ما إذا كان تعريف القائمة معطوبًا أم غير متاح مؤقتًا فحسب.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>حين يذهب البريد إلى قائمة أو اسم مستعار أو مجموعة توزيع: عند RCPT TO إذا وسّعها الخادم فورًا، أو في رسالة ارتداد من خادم القائمة. يقرنه السجل بالرمزين 450 و452. وكانت إصدارات Exchange الأقدم تبلّغ عن 5.2.4 mailing list expansion problem، ويمكن لمديري القوائم أو المجموعات المعتمدة على الدليل إنتاجه حين تتعذر قراءة العضوية.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>لا يستطيع المرسل إلا إبلاغ صاحب القائمة أو مسؤول البريد لدى المستلم. ويفحص صاحب القائمة أو المسؤول تعريف القائمة: ملف include أو استعلام الدليل الذي يوفر الأعضاء، والمجموعات المتداخلة التي تدور في حلقة أو تشير إلى مجموعات محذوفة، وخادم الدليل الذي يعتمد عليه التوسيع.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>يشير الاسم المستعار إلى ملف include مفقود أو لا يستطيع نظام البريد قراءته.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>الدليل الذي يحوي عضوية المجموعة (LDAP أو Active Directory) لا يمكن الوصول إليه، فينتج 4.2.4 مؤقتًا.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>مجموعات متداخلة يشير بعضها إلى بعض في حلقة، أو إلى مجموعة حُذفت.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>التوسيع سيتجاوز عدد المستلمين الذي يسمح به الخادم للرسالة الواحدة.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>اطلب من نظام البريد توسيع العنوان دون تسليم أي شيء: يطبع Sendmail الأعضاء أو الخطأ على الطرفية، بينما يرسل الأمر sendmail -bv في Postfix التقرير إليك بالبريد.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>في Postfix، ابحث عن القائمة في قاعدة بيانات الأسماء المستعارة (aliases).</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: أعد المحاولة بفواصل متزايدة؛ فكثيرًا ما يعمل التوسيع مجددًا بعد عودة الدليل. 5.2.4: لا تُجرِ إعادة المحاولة حتى يصلح صاحب القائمة القائمة.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>حالة أخرى أو غير معرّفة لنظام البريد</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>خطأ داخلي في الخادم</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>شيء ما يتعلق بنظام البريد الوجهة، لا بالعنوان ولا بصندوق البريد، أدى إلى هذه النتيجة، ولا يعطي الخادم تفاصيل. الصيغة المؤقتة 4.3.0 (عطل في جهة الخادم) هي الأكثر شيوعًا بفارق كبير؛ و5.3.0 رفض دائم على مستوى النظام، و2.3.0 صيغة نجاح نادرة.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>في أي مرحلة، وغالبًا عند نهاية البيانات أو RCPT TO. يرسل Postfix 451 4.3.0 Error: queue file write error (خطأ في كتابة ملف قائمة الانتظار) حين لا يستطيع تخزين الرسالة، و451 4.3.0 ... Temporary lookup failure حين يخفق استعلام جدول أو قاعدة بيانات. ويستخدم Gmail الرمزين 451 4.3.0 و421 4.3.0 للمشكلات المؤقتة في جهته. ويستخدم Exchange 5.3.0 Too many related errors حين ينقل رسالة إلى قائمة انتظار الرسائل الضارة (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>في حالة 4.3.0 تنتظر جهة الإرسال عادةً فحسب، بينما يبحث مسؤول جهة الاستقبال في سجل الخادم عند لحظة الرفض عن الخطأ الكامن (قرص ممتلئ، أو استعلام فاشل، أو مرشح محتوى منهار). وفي حالة 5.3.0 يقول نص الرد ما الذي رفضه النظام؛ وعلى مسؤول البريد لدى المستلم إصلاح الخادم، ولا يستطيع المرسل إلا التواصل معه.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>تعذر على الخادم المستقبل كتابة الرسالة في قائمة الانتظار لديه: قرص ممتلئ، أو خطأ في نظام الملفات، أو أذونات خاطئة.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>أخفق أثناء المعاملة جدول استعلام أو قاعدة بيانات أو خادم LDAP يعتمد عليه خادم البريد.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>انهار مرشح محتوى أو milter أو ماسح فيروسات أو انتهت مهلته.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>رفض المزود الرسالة في الوقت الحالي دون ذكر سبب محدد.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>على خادم Postfix المستقبل، ابحث عن رسالة التحذير أو الخطأ القاتل (fatal) المسجلة قبل الرفض مباشرة.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>افحص المساحة الحرة وعُقد الفهرسة (inodes) حيث توجد قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>دع Postfix يفحص إعداداته وملكية الملفات وأذوناتها بنفسه.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: أعد المحاولة لاحقًا بفواصل متزايدة؛ فمعظم الأسباب تُصلح دون مساعدة المرسل. 5.3.0: لا تُجرِ إعادة المحاولة دون تغيير؛ اعرف من النص أو من مسؤول البريد لدى المستلم ما الذي رفضه النظام.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>رفض مؤقت عام من Gmail: لا شيء يغيّره المرسل، فقط أعد المحاولة لاحقًا. ويرسل Gmail أيضًا 451 4.3.0 Multiple destination domains per transaction is unsupported، الذي يطلب من العميل وضع مستلمي النطاقات المختلفة في معاملات منفصلة.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>نظام البريد ممتلئ</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>نفدت مساحة القرص</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>نفدت مساحة التخزين في نظام البريد ككل، وعادةً مساحة القرص أو قائمة الانتظار، فلا يستطيع قبول الرسالة الآن. وبخلاف صندوق البريد الممتلئ، لا يستطيع المستلم إصلاحه بحذف البريد؛ وهو معرّف إخفاقًا مؤقتًا فقط.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>عند MAIL FROM أو RCPT TO أو نهاية البيانات، مع 452. يجيب Postfix بـ 452 4.3.1 Insufficient system storage حين تكون المساحة الحرة في نظام ملفات قائمة الانتظار أقل مما يحتاجه (queue_minfree، و1.5 ضعف message_size_limit). ويجيب Exchange بـ 452 4.3.1 Insufficient system resources حين يُطلق الضغط العكسي بسبب انخفاض مساحة القرص أو الذاكرة.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>يحرر مسؤول الخادم المستقبل مساحة على مجلد قائمة الانتظار أو المخزن (سجلات قديمة، أو منطقة العزل، أو قائمة انتظار مؤجلة متضخمة) أو يضيف سعة؛ وفي Exchange، افحص أيضًا عتبات الضغط العكسي والقرص الذي يحوي قاعدة بيانات قائمة الانتظار. ولا يفعل المرسل شيئًا: خادمه يتولى إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>القسم الذي يحوي قائمة انتظار البريد ممتلئ، وكثيرًا ما يكون ذلك لأن السجلات أو قائمة الانتظار المؤجلة ظلت تكبر.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>نفدت عُقد الفهرسة (inodes) في نظام الملفات مع أن المساحة الحرة ما زالت متوفرة.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>ملأت حلقة بريد أو حملة بريد مزعج قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>الضغط العكسي في Exchange يستجيب لانخفاض مساحة القرص أو ارتفاع استخدام الذاكرة.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>افحص المساحة وعُقد الفهرسة على نظام ملفات قائمة الانتظار.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>انظر كم رسالة في قائمة الانتظار، لتكتشف حلقة أو حملة بريد مزعج.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>قارن عتبة المساحة الحرة في Postfix بحد حجم الرسائل لديه.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>أعد المحاولة لاحقًا بالفواصل المتزايدة المعتادة؛ فالرمز معرّف مؤقتًا فقط. وإذا استمر أطول من مدة البقاء في قائمة الانتظار، تُعاد الرسالة، فنبّه مسؤول جهة الاستقبال إن استطعت الوصول إليه.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>النظام لا يقبل الرسائل من الشبكة</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>خادم البريد متوقف</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>المضيف الذي يحوي صندوق البريد لا يقبل الرسائل من الشبكة. بصيغة 4.3.2 هذا مؤقت (إيقاف جارٍ، أو حمل زائد، أو صيانة)؛ وبصيغة 5.3.2، المستخدمة مع الرد 521 في RFC 7504، لا يقبل المضيف البريد أبدًا.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>قد يضع الخادم الذي يجري إيقافه أو المحمّل فوق طاقته أو قيد الصيانة 4.3.2 على ردوده المؤقتة؛ ويرد Exchange المحلي بـ 4.3.2 (Service not available، Service not active) حين تكون مكونات النقل لديه غير نشطة، مثلًا بعد أن تركه تحديث في وضع الصيانة. والمضيف الذي لا يستقبل أي بريد قد يجيب بالرمز 521 مع 5.3.2 على الأوامر التالية للترحيب. ويستخدم Microsoft 365 أيضًا 4.3.2 لحدود على مستوى صندوق البريد.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>في حالة 4.3.2 تنتظر جهة الإرسال بينما يعيد مسؤول جهة الاستقبال الخدمة إلى العمل: بإنهاء الصيانة، وتخفيف الحمل، وفي Exchange بإعادة مكونات الخادم غير النشطة إلى حالة النشاط في Exchange Management Shell. وفي حالة 521 مع 5.3.2 فإن نطاق المستلم يرسل البريد إلى مضيف يرفض كل بريد: يصلح مسؤول البريد لدى المستلم سجلات MX، أو ينشر سجل MX فارغًا إذا كان النطاق لا يستقبل البريد فعلًا.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>الخادم قيد الصيانة أو في طور الإيقاف ويرفض المعاملات الجديدة.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>الخادم محمّل فوق طاقته ويتخلى عن العمل حتى ينخفض الحمل.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>في Exchange، تُركت مكونات الخادم غير نشطة بعد تحديث أو صيانة.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>سجل MX أو سجل العنوان الاحتياطي يقود إلى مضيف ليس خادم بريد عمدًا ويجيب بالرمز 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>اتصل بالمنفذ 25 واقرأ الترحيب: 220 يعني أنه مفتوح، بينما 421 أو 521 أو 554 تعني أن المضيف يرفض.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>في Exchange، اعرض مكونات الخادم غير النشطة (EX01 هو اسم الخادم).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>تحقق من المضيفات التي تشير إليها سجلات MX للنطاق.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: أعد المحاولة بالفواصل المتزايدة المعتادة، ويُفضّل إلى مضيف MX آخر للنطاق إن وُجد. 5.3.2 مع 521: لا تُجرِ إعادة المحاولة مع ذلك المضيف؛ يجب تغيير إعداد MX للنطاق أولًا.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: بلغ مجلد في صندوق بريد المستلم حد المليون عنصر، فيخفق التسليم (لاحظ الرمز الدائم 554 مع رمز 4.x)؛ ونقل العناصر خارج ذلك المجلد يصلح المشكلة. ويستخدم Exchange Online أيضًا 4.3.2 مع &apos;recipient thread limit exceeded&apos; حين يتلقى صندوق بريد واحد رسائل كثيرة جدًا في آن واحد.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>النظام غير قادر على الميزات المختارة</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>تطلب الرسالة ميزة لا يدعمها نظام الوجهة، وعادةً عند بوابة لا تستطيع تحويل ميزة من نظام بريد إلى نظام آخر. يكون دائمًا (5.3.3) حين لن تتوفر الميزة هناك أبدًا، ومؤقتًا (4.3.3) حين يُتوقع عودة الدعم.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>غير شائع وخاص بالموردين. قد يظهر عند MAIL FROM أو RCPT TO حين يسمي معامل امتدادًا تفتقر إليه القفزة التالية، أو في رسالة ارتداد من بوابة لم تستطع نقل خاصية مطلوبة (موعد نهائي للتسليم، أو أولوية، أو طلب إيصال) إلى النظام التالي. واستخدم Exchange المحلي 5.3.3 Unrecognized command حين يفتقر موصل استقبال مستخدم للبريد الداخلي إلى آلية مصادقة Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>اقرأ النص لترى الميزة التي رُفضت. يتوقف مسؤول البريد لدى المرسل أو برنامج العميل عن طلبها لتلك الوجهة، أو يوجّه البريد عبر مسار يدعمها. وإذا كان ينبغي للنظام المستقبل دعمها، فيفعّل مسؤوله الامتداد أو يصلح الموصل، كما في حالة Exchange.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>تطلب الرسالة امتدادًا يفتقر إليه النظام التالي، مثل النقل الثنائي أو موعد نهائي للتسليم، ولا تستطيع البوابة إسقاطه بصمت.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>بوابة إلى نظام مراسلة غير SMTP لا تستطيع تمثيل خاصية من خصائص الرسالة في الجهة الأخرى.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>موصلات استقبال داخلية في Exchange أُعدّت دون مصادقة Exchange Server، فتُرفض الأوامر الخاصة بـ Exchange.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>اعرض الامتدادات التي يقدمها الخادم المستقبل وقارنها بالمعاملات التي يرسلها خادمك في MAIL FROM وRCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>على خادم Postfix المرسل، ابحث عن المعاملة لترى الأمر الذي رُفض.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: لا تكرر الطلب نفسه إلى النظام نفسه؛ تخلَّ عن الميزة غير المدعومة أو وجّه البريد إلى مكان آخر. 4.3.3: أعد المحاولة لاحقًا بفواصل متزايدة.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>الرسالة كبيرة جدًا على النظام</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>الرسالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>المرفق كبير جدًا</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>الرسالة أكبر مما يقبله النظام المستقبل لأي رسالة، سواء أكان الحد تقنيًا أم وضعه المسؤول. إنه إخفاق دائم لهذه الرسالة؛ قارن بـ X.2.3، وهو حد لصندوق بريد واحد.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>عند MAIL FROM حين يعلن العميل SIZE= أكبر من الحد الذي يعلنه الخادم، وإلا فعند نهاية البيانات بعد أن يعدّ الخادم البايتات، وفي رسائل الارتداد من القفزات اللاحقة. يجيب Postfix بـ 552 5.3.4 Message size exceeds fixed limit (message_size_limit، نحو 10 MB افتراضيًا). ويستخدم Exchange 5.3.4 Message size exceeds fixed maximum message size، ويستخدم Gmail الرمز 552 5.3.4 لحد الحجم لديه ولكثرة المرفقات أو الترويسات الكبيرة جدًا.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>يصغّر المرسل الرسالة: مرفقات أقل أو مضغوطة، أو رابط تنزيل بدلًا منها. وعند مقارنة أحجام الملفات بالحد، احسب حساب ترميز base64، الذي يضيف نحو 37 بالمئة. ويجوز لمسؤول جهة الاستقبال رفع الحد، لكن عندها يجب أن تقبل كل قفزة على المسار، بما فيها المرشحات، الحجم الجديد.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>مرفق أكبر من حد الوجهة، مثل الحد الافتراضي البالغ 10 MB في خادم Postfix لم تُضبط إعداداته.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>رسالة أصغر من الحد بوصفها ملفات لكنها تتجاوزه بعد ترميز MIME.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>خادم ترحيل أو مرشح على المسار حده أدنى من حد الخادم النهائي.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>خاص بـ Gmail: مرفقات كثيرة جدًا أو ترويسة كبيرة جدًا، ويُبلّغ عنها بالرمز نفسه.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>اقرأ سطر SIZE في رد EHLO من الخادم: إنه أكبر رسالة يقبلها الخادم.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>في Postfix، اعرض الحد المضبوط بالبايت.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>في Exim، اعرض الحد المضبوط.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة للرسالة نفسها: حدود الحجم لا تتغير بين المحاولات. أرسل رسالة أصغر بدلًا منها.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>حد حجم الرسائل في Gmail. ومع نصوص أخرى (عدد المرفقات يتجاوز حد Google، أو ترويسة تتجاوز حد حجمها) يغطي الرمز نفسه حدود Gmail على عدد المرفقات وحجم الترويسات.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>النظام مضبوط بشكل غير صحيح</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>خادم بريد مضبوط خطأً</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>النظام المستقبل مُعدّ بطريقة لا تسمح له بقبول هذه الرسالة: خطأ في الإعدادات في جهة الخادم، لا مشكلة في الرسالة أو العنوان. 4.3.5 حين يُتوقع أن يصلحه المسؤول قريبًا، و5.3.5 حين يكون الرفض نهائيًا.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>يرسل Postfix 451 4.3.5 Server configuration error (أو Server configuration problem) حين يكون قيد أو جدول استعلام أو خدمة سياسات مضبوطًا خطأً، ولا يكتب التفاصيل إلا في سجله الخاص. ويستخدم Exchange المحلي 5.3.5 System incorrectly configured حين يكتشف حلقة، مثل موصل استقبال يطابق اسمه FQDN خادمًا آخر في تدفق البريد.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>لا يستطيع إصلاح هذا إلا مسؤول الخادم المستقبل: اقرأ سجل الخادم في وقت الرفض، حيث يسجل Postfix التحذير الحقيقي (قيد غير معروف، أو ملف جدول مفقود، أو خادم سياسات لا يمكن الوصول إليه)، وصحّحه وأعد التحميل. ولا يستطيع المرسل إلا الإبلاغ عن رسالة الارتداد والانتظار.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>قائمة قيود تذكر جدول استعلام غير موجود أو من نوع خاطئ.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>خدمة سياسات أو milter مذكور في الإعدادات لا يعمل.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>اسم قيد به خطأ إملائي أدخله تغيير في الإعدادات.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>خادمان في تدفق البريد يقدّمان اسم المضيف نفسه، فيرى Exchange القفزة حلقة.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>على خادم Postfix المستقبل، ابحث عن التحذير المكتوب في اللحظة نفسها التي صدر فيها الرد 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>اعرض الإعدادات التي تختلف عن القيم الافتراضية في Postfix فقط، لتكتشف الخطأ الإملائي أو الجدول المفقود.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>تحقق من أن كل ملف جدول مذكور في الإعدادات موجود وأحدث من مصدره.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: أعد المحاولة بفواصل متزايدة؛ ويزول بمجرد أن يصلح المسؤول الإعدادات. 5.3.5: لا تُجرِ إعادة المحاولة دون تغيير؛ تواصل مع مسؤول البريد لدى المستلم.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>تغيّرت الأولوية المطلوبة</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>رمز نجاح من الامتداد MT-PRIORITY (RFC 6710): قبل الخادم الرسالة لكنه لم يلتزم بأولوية النقل التي طلبها العميل، أو بالقيمة الافتراضية التي تضمنها الطلب. ويبدأ النص الذي يلي الرمز بالأولوية المطبقة فعلًا.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>فقط بين خوادم تدعم كلها MT-PRIORITY، وهذا نادر خارج البيئات المتخصصة مثل المراسلات العسكرية أو مراسلات الطوارئ. يطلب العميل أولوية من -9 إلى 9 بالمعامل MT-PRIORITY في MAIL FROM، ويبلّغ الخادم عن التغيير في رد إيجابي (250 أو 251)، مثلًا حين لا يكون المرسل مصرحًا له بأولوية عالية.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>لا شيء معطوب: قُبلت الرسالة. وإذا كانت الأولوية مهمة، فيتحقق مسؤول البريد لدى المرسل من أن الحساب أو المضيف المرسل مصرح له بذلك المستوى في النظام المستقبل، أو يرتب ذلك مع مسؤول جهة الاستقبال.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>سياسة الخادم المستقبل لا تصرّح لهذا المرسل بالأولوية العالية المطلوبة، فخُفّضت.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>الخادم المستقبل يدعم مستويات أولوية أقل فطابق الطلب مع أقرب مستوى لديه.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>سياسة محلية ترفع الأولوية أو تخفضها لمرسلين أو مستلمين بعينهم.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>تأكد من أن الخادم المستقبل يعرض MT-PRIORITY في رده على EHLO.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>اقرأ الرقم في بداية نص الرد بعد الرمز: إنه الأولوية التي صارت للرسالة.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>لا حاجة لإعادة المحاولة: قُبلت الرسالة بالأولوية المعدلة. تابع المعاملة على النحو المعتاد.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>حالة أخرى أو غير معرّفة للشبكة أو التوجيه</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>خطأ في التوجيه</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>خطأ في الشبكة</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>رمز جامع لمشكلات الشبكة أو التوجيه في التسليم التي لا يصفها أي من رموز X.4 الأكثر تحديدًا. بصيغة 4.4.0 لم يتمكن النظام المرسل من تمرير الرسالة هذه المرة ويواصل المحاولة؛ وبصيغة 5.4.0 تخلى النظام المبلّغ عن ذلك المسار نهائيًا.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>غالبًا في أسباب التأجيل ورسائل الارتداد التي يكتبها الخادم المرسل (MTA) لا في رد من الطرف البعيد. يضع Microsoft Exchange 451 4.4.0 قبل إخفاقات DNS ومحاولات التسليم الفاشلة في حقل LastError لقائمة الانتظار لديه، ويجيب Postfix على تجاوز عدد القفزات بـ 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>اقرأ النص الذي يلي الرمز وسطر سجل MTA المقابل: السبب الحقيقي (إخفاق DNS، أو اتصال مرفوض، أو حد القفزات) مذكور هناك دائمًا تقريبًا. وينطلق مسؤول البريد لدى المرسل من تلك التفاصيل: يصلح DNS المحلي أو جدار الحماية أو التوجيه إذا كان العطل في جهة الإرسال، أو يرسل إلى مسؤول البريد لدى المستلم الخطأ الدقيق ومضيف MX والطوابع الزمنية إذا كانت جهته غير قابلة للوصول أو تسيء التصرف.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>أخفق المحلل الخاص بالخادم المرسل أو انتهت مهلته أثناء الاستعلام عن سجلات MX أو سجلات العناوين للوجهة.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>أوقف جدار حماية، أو حجب من المزود للمنفذ 25 الصادر، أو مسار معطوب، الاتصال بخادم MX للوجهة.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>بلغت الرسالة حد القفزات في خادم MTA بسبب حلقة إعادة توجيه أو ترحيل (يبلّغ Postfix عن ذلك بالرمز 5.4.0، لا 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>أبلغت بوابة أو جهاز أمان عن إخفاق في الشبكة دون ذكر نوعه.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>ابحث في سجل الخادم المرسل عن سبب التأجيل أو الارتداد الكامل؛ فالنص الذي يلي الرمز يسمي الإخفاق الفعلي.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>تأكد من أن سجلات MX للوجهة تُحلّ من الخادم المرسل نفسه، لا من محطة عملك فقط.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>اختبر هل يمكن الوصول إلى المنفذ 25 على خادم MX للوجهة من المضيف المرسل.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>في حالة 4.4.0، أعد المحاولة بالفواصل المتزايدة المعتادة؛ فالحالة مؤقتة عادةً. وفي حالة 5.4.0، لا تُجرِ إعادة المحاولة على المسار نفسه دون تغيير؛ اعرف السبب المحدد من نص التشخيص أولًا.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>خطأ قائمة الانتظار في Exchange حين يخفق استعلام DNS عن القفزة التالية، وفي هذا المثال لأن نطاق الوجهة غير موجود. يواصل Exchange إعادة المحاولة، وبعد انقضاء مهلة انتهاء صلاحية الرسالة يعيد تقرير NDR مع 550 4.4.7 QUEUE.Expired; message expired. كان السجل سيصف هذا بـ X.4.3 أو X.4.4؛ أما Exchange فيستخدم الرمز العام 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>لا إجابة من المضيف</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>الخادم لا يستجيب</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>تعذر الاتصال بخادم البريد</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>المنفذ 25 محجوب</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>حاول الخادم المرسل فتح اتصال بالقفزة التالية ولم يتلق إجابة صالحة للاستخدام: انتهت مهلة الاتصال، أو رُفض، أو كان المضيف مشغولًا جدًا فلم يرد. يعرّفه RFC 3463 خطأً مؤقتًا مستمرًا فقط، فالرمز 4.4.1 يعني أن المحاولة مستمرة، لا أنها أخفقت نهائيًا.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>يولّده دائمًا تقريبًا الخادم المرسل (MTA) نفسه ويظهر في سجله أو في تحذير تأخير، لأن الطرف البعيد لم يتسن له قول أي شيء. يسجل Postfix حالات التأجيل مثل connect to mail.example.com[192.0.2.25]:25: Connection timed out مع dsn=4.4.1. ويجيب خادم إرسال BURL أيضًا بـ 451 4.4.1 حين يتعذر الوصول إلى خادم IMAP الذي يحوي الرسالة (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>يتحقق مسؤول البريد لدى المرسل أولًا من أن المضيف المرسل يستطيع الوصول إلى المنفذ 25 أصلًا، لأن كثيرًا من الشبكات السحابية والمنزلية تحجبه في الاتجاه الصادر. وإذا كانت النطاقات الأخرى تعمل، فالمشكلة في الوجهة: مضيف MX لديها متوقف، أو محجوب بجدار حماية، أو يستمع على العنوان الخطأ، وعلى مسؤول البريد لدى المستلم إصلاحه. أخبره بمضيف MX وعنوان IP اللذين جربتهما ومتى.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>مضيف MX للوجهة متوقف أو محمّل فوق طاقته أو لا يستمع على المنفذ 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>جدار حماية في أحد الجانبين يُسقط حركة SMTP بصمت، فتنتهي مهلة المحاولة بدلًا من رفضها.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>الشبكة المرسلة (مزود سحابي أو مزود إنترنت) تحجب الاتصالات الصادرة إلى المنفذ 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>سجل MX لا يزال يشير إلى عنوان IP قديم أو خاطئ بعد ترحيل الأنظمة.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>اعرض مضيفات MX للوجهة بترتيب الأولوية.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>جرّب اتصال TCP بالمنفذ 25 لكل خادم MX من الخادم المرسل؛ انتهاء المهلة يوحي بالتصفية، وconnection refused يعني أن لا شيء يستمع.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>تحقق من أن مضيفك يستطيع الوصول إلى المنفذ 25 في مكان آخر، مثل خادم MX لنطاق آخر، لتستبعد الحجب الصادر.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>انظر في أسباب التأجيل التي سجلها Postfix لهذه الوجهة.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة، مجربًا مضيفات MX الأخرى بترتيب الأولوية. ولا تخفق الرسالة إلا حين تنتهي مدة البقاء في قائمة الانتظار، فيظهر ذلك حينئذ انتهاءً للصلاحية (X.4.7).</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>يرسل Exchange Online هذا عند RCPT TO، دون أي مشكلة في الشبكة، حين يرفض الحظر على الحافة المعتمد على الدليل (Directory-Based Edge Blocking) عنوانًا غير موجود في المستأجر المستقبل (أو لم تجرِ مزامنته هناك)، أو حين لا يكون النطاق مُعدًّا بشكل صحيح نطاقًا مقبولًا. عامله ارتدادًا بسبب مستلم غير صالح: يتحقق المرسل من العنوان، ويفحص مسؤول البريد لدى المستلم مستلمي المستأجر ونطاقاته المقبولة.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>اتصال سيئ</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>إعادة ضبط الاتصال</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>فُقد الاتصال</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>أُنشئ اتصال بالقفزة التالية، لكن تعذر إكمال المعاملة لأن الخط انقطع أو توقف أو انتهت مهلته في منتصفها. ومثل X.4.1 هو معرّف خطأً مؤقتًا مستمرًا، فتبقى الرسالة في قائمة الانتظار لمحاولة أخرى.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>إما في سجل الخادم المرسل (MTA)، حيث يكتب Postfix lost connection with mail.example.com[192.0.2.25] while sending end of data وdsn=4.4.2، وإما ردًّا من خادم يغلق جلسة بطيئة أو خاملة: يرسل خادم SMTP في Postfix 421 4.4.2 متبوعًا باسم مضيفه وError: timeout exceeded، ويرسل Gmail 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>يتحقق مسؤول البريد لدى المرسل من المرحلة التي انقطع فيها الاتصال. الانقطاع أثناء DATA مع الرسائل الكبيرة كثيرًا ما يشير إلى مشكلات MTU أو المسار، أو جهاز وسيط يفحص SMTP، أو حد زمني لدى الجهة المستقبلة؛ أما انتهاء مهلة الخمول فيشير إلى عميل بطيء أو مضيف مرسل محمّل فوق طاقته. وإذا تأثرت وجهة واحدة فقط، فأعط مسؤول البريد لدى المستلم الطوابع الزمنية والمرحلة التي حدث فيها الإخفاق.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>جدار حماية أو جهاز وسيط يفحص SMTP يقطع الجلسة أو يشوّهها.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>مشكلات في MTU المسار توقف الحزم الكبيرة، فتمر الرسائل الصغيرة وتتعلق الكبيرة أثناء DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>توقف العميل مدة طويلة بين الأوامر فأغلقت مهلة الخمول في الخادم الجلسة.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>أعيد تشغيل الخادم المستقبل، أو انهار، أو تخلى عن اتصالات تحت الحمل في منتصف المعاملة.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>حدّد المرحلة التي فُقد فيها الاتصال.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>نفّذ معاملة اختبار كاملة إلى خادم MX نفسه وراقب أين تتوقف.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>تحقق من أن STARTTLS يكتمل بسلاسة؛ فالمصافحة المعطوبة كثيرًا ما تظهر على شكل اتصال منقطع.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>إذا كانت الرسائل الكبيرة تخفق والصغيرة تمر، فاختبر هل تصل الحزم كاملة الحجم إلى خادم MX دون تجزئة.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة؛ فانقطاع الاتصال أحيانًا أمر عادي على الإنترنت. أما الانقطاعات المتكررة في المرحلة نفسها للوجهة نفسها فمشكلة إعدادات لن تصلحها إعادة المحاولة وحدها.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>يغلق Gmail الجلسة لأن العميل كان بطيئًا جدًا بين الأوامر أو أثناء إرسال البيانات. أعد الاتصال وأعد المحاولة؛ وإذا ظل ذلك يحدث، فابحث عن مضيف مرسل محمّل فوق طاقته أو مسار شبكي بطيء.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>إخفاق خادم الدليل</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>خطأ DNS</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>انتهاء مهلة DNS</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>إخفاق تحليل الأسماء</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>إخفاق استعلام DNS</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>تعذر توجيه الرسالة لأن خدمة دليل، وهي عمليًا DNS دائمًا تقريبًا، كانت غير متاحة أو أجابت بخطأ. قصد به RFC 3463 إخفاقًا مؤقتًا (4.4.3)، مع أن بعض الخوادم ترسله مع 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>في جهة الإرسال حين ينتهي استعلام MX أو العنوان للوجهة بانتهاء المهلة أو يعيد SERVFAIL؛ يؤجل Postfix مع Name service error for name=example.com type=MX: Host not found, try again وdsn=4.4.3. وفي جهة الاستقبال حين يتعذر إكمال فحص يعتمد على DNS: يوصي RFC 7208 بالرمز 451 4.4.3 حين ينتهي فحص SPF بخطأ مؤقت.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>حدّد أي DNS هو الذي يخفق. إذا كان الخادم المرسل لا يستطيع تحليل أي شيء، فيصلح مسؤوله المحلل المحلي (إعدادات المحلل، أو خدمة تخزين مؤقت متوقفة، أو DNS صادر محجوب). وإذا كان نطاق واحد فقط يخفق، فخوادم ذلك النطاق الموثوقة متوقفة أو عرجاء (lame) أو معطوبة بسبب DNSSEC، ويجب على مسؤول البريد لدى المستلم أو مستضيف DNS لديه إصلاحها.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>المحلل المحلي للخادم المرسل متوقف، أو لا يمكن الوصول إليه، أو مقيّد المعدل.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>خوادم الأسماء الموثوقة لنطاق الوجهة تنتهي مهلتها أو تجيب بـ SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>إخفاق DNSSEC (تواقيع منتهية الصلاحية، أو سجل DS خاطئ) يجعل المحللات التي تتحقق من الصحة ترفض الإجابة.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>انتهت مهلة استعلام SPF أو DKIM أو DMARC في جهة الاستقبال، فلجأت الجهة المستقبلة إلى التأجيل بدلًا من أن تقرر.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>تحقق من أن المحلل الذي يستخدمه خادم البريد يجيب عن الوجهة أصلًا.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>تتبّع التفويض من الجذر لترى هل خوادم أسماء النطاق نفسه هي التي تخفق.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>كرر الاستعلام مع تعطيل التحقق من DNSSEC؛ إذا نجح هذا وحده، فتواقيع المنطقة معطوبة.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>انظر أي محللات مضبوط خادم البريد على استخدامها.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة؛ فانقطاعات DNS قصيرة عادةً. والرمز 5.4.3 من جهة مستقبلة كثيرًا ما يكون مؤقتًا في الحقيقة أيضًا: أعد الإرسال بعد إصلاح مشكلة DNS.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>تعذر التوجيه</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>لا يوجد سجل MX</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>لم يتمكن نظام البريد من العثور على قفزة تالية للوجهة لأن معلومات التوجيه التي يحتاجها مفقودة. والمسبب المعتاد DNS يجيب لكنه لا يعطي سجل MX أو عنوانًا صالحًا للاستخدام للنطاق؛ 4.4.4 يعني أن السجلات قد تظهر لاحقًا، و5.4.4 يعني أن النظام المرسل استسلم.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>يولّده الخادم المرسل (MTA)، وعادةً في رسالة ارتداد. يصدر Postfix رسالة ارتداد مع Host or domain name not found. Name service error for name=example.com type=A: Host not found وdsn=5.4.4؛ ويبلّغ Microsoft Exchange عن 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain (نطاق غير موجود). ويُرى أيضًا حين لا يكون لخادم ترحيل داخلي ناقل أو موصل أو مضيف ذكي للوجهة.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>أولًا يتحقق المرسل من العنوان بحثًا عن نطاق مكتوب خطأً، وهو السبب الأكثر شيوعًا بفارق كبير. وإذا كان النطاق صحيحًا، فيجب على مالكه (مسؤول البريد لدى المستلم) نشر سجلات MX، أو على الأقل سجل A أو AAAA، تشير إلى خادم بريد يعمل. وفي جهة الإرسال يتحقق المسؤول من أن التوجيه الداخلي (جداول النقل، وموصلات الإرسال، والمضيفات الذكية) يغطي الوجهة.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>خطأ إملائي في نطاق المستلم (example.con بدلًا من example.com)، فيكون النطاق غير موجود.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>النطاق موجود لكن ليس له سجل MX ولا سجل A أو AAAA يُرجع إليه احتياطيًا.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>سجل MX يسمي مضيفًا ليس له سجل عنوان.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>خادم ترحيل داخلي ليس لديه مسار (مدخل في جدول النقل، أو موصل، أو مضيف ذكي) لنطاق الوجهة.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>تحقق من وجود النطاق (NOERROR لا NXDOMAIN) واقرأ سجلات MX الخاصة به.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>حلّل اسم كل مضيف MX؛ فالاسم الذي لا يملك سجلات A أو AAAA لا يمكن استخدامه للتسليم.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>افحص جانب IPv6 أيضًا إذا لم يكن لمضيف MX عنوان IPv4.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>في Exim، اسأل الموجّهات (routers) كيف ستجري تسليم العنوان.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>في حالة 4.4.4، أعد المحاولة بفواصل متزايدة تحسبًا لأن السجلات قيد الإصلاح. وفي حالة 5.4.4، لا تُجرِ إعادة المحاولة دون تغيير؛ صحّح العنوان أو انتظر حتى ينشر مالك النطاق سجلات صالحة.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>وجد Exchange أن نطاق الوجهة غير موجود في DNS فأصدر رسالة ارتداد. وإذا كان النطاق موجودًا، فإن Microsoft توجّه المسؤولين إلى إعدادات DNS التي تستخدمها خدمة النقل في Exchange.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>ازدحام نظام البريد</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>اتصالات كثيرة جدًا</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>تجاوز حد الإرسال</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>نظام البريد المستقبل أو نظام الترحيل مزدحم ولن يقبل الرسالة الآن. وهو معرّف خطأً مؤقتًا مستمرًا فقط: الرسالة نفسها سليمة، وينبغي للمرسل أن يبطئ ويحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>ردًّا عند الاتصال أو على MAIL FROM وRCPT TO حين يكون الخادم محمّلًا فوق طاقته أو يفرض حدودًا على الاتصالات والمعدل؛ يرسل Gmail 421 4.4.5 Server busy, try again later. ويرسل Gmail أيضًا 550 5.4.5 لمستخدميه الذين يتجاوزون حد الإرسال اليومي، وهو استخدام خاص بالمزود مع 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>لا عيب في الرسالة. يدع مسؤول البريد لدى المرسل قائمة الانتظار تتولى إعادة المحاولة، وإذا استمرت التأجيلات، يخفض عدد الاتصالات المتوازية ومعدل الإرسال نحو تلك الوجهة. ولا يحتاج مسؤول البريد لدى المستلم إلى التصرف إلا إذا كان خادمه محمّلًا فوق طاقته فعلًا (تراكم في قائمة الانتظار، أو القرص، أو المعالج).</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>الخادم المستقبل محمّل فوق طاقته أو قيد الصيانة ويصد الجلسات الجديدة.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>فتح المرسل اتصالات متزامنة كثيرة جدًا إلى الوجهة نفسها.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>تجاوز معدل الإرسال (الرسائل أو المستلمون في الدقيقة) حدود التقييد لدى الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>قائمة انتظار خادم ترحيل متراكمة فيرفض مزيدًا من البريد من المصدر الأعلى.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>عُدّ مدخلات قائمة الانتظار التي تذكر نطاق الوجهة على الخادم المرسل.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>تحقق من عدد عمليات التسليم المتوازية التي يجريها Postfix إلى وجهة واحدة.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>انظر هل تحدث التأجيلات عند الاتصال أم عند RCPT TO.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>أعد المحاولة لاحقًا بفواصل متزايدة أسيًا وباتصالات متوازية أقل مع ذلك المضيف؛ فإغراق خادم مزدحم لا يفعل سوى إطالة التأجيلات.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>تأجيل مؤقت من Gmail بسبب الانشغال. يزول بإعادة المحاولة لاحقًا، ويُفضّل باتصالات متزامنة أقل من عنوان IP المرسل.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>يُرسل إلى مستخدم Gmail أو Google Workspace يرسل بريدًا، لا إلى خادم مستقبل (MTA): استنفد الحساب حصة الإرسال اليومية المتجددة، ويعود الإرسال إلى العمل بعد انقضاء الفترة. وهذا استخدام Google الخاص للرمز X.4.5 مع 5، خارج المعنى الوارد في السجل.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>اكتُشفت حلقة توجيه</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>مُررت الرسالة مرات كثيرة جدًا، إما لأن الخوادم توجهها ذهابًا وإيابًا، وإما لأن قواعد إعادة التوجيه ترسلها في دائرة. يدرجه RFC 3463 مؤقتًا، لكنه عمليًا يُرسل دائمًا تقريبًا بالصيغة الدائمة 5.4.6، لأن الحلقة لا تصلح نفسها.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>في نهاية DATA أو في رسالة ارتداد حين يتجاوز عدد ترويسات Received: حد خادم MTA (sendmail: Too many hops 26 (25 max)؛ ويتوقف Gmail عند 50 قفزة)، أو حين يرى خادم MTA أن القفزة التالية هي نفسه (Postfix: mail for example.com loops back to myself). ويصدر التسليم المحلي في Postfix أيضًا رسالة ارتداد لحلقات Delivered-To بصيغة mail forwarding loop for user@example.com، أي حلقة إعادة توجيه.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>اقرأ ترويسات Received: في النسخة المرتدة لترى المضيفات التي تتكرر. وعادةً على المستلم أو مسؤول البريد لدى المستلم التصرف: حذف قاعدة إعادة توجيه تشير إلى صندوق البريد الأصلي، أو تصحيح سجلات MX أو مسارات الترحيل أو الموصلات التي ترسل النطاق إلى حيث جاء. ولا يستطيع المرسل إلا الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>صندوقا بريد يعيد كل منهما توجيه البريد إلى الآخر، أو سلسلة من عمليات إعادة التوجيه تنتهي حيث بدأت.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>سجل MX أو مسار ترحيل يشير إلى الخادم الذي يحاول التسليم نفسه، وكثيرًا ما يحدث ذلك بعد ترحيل الأنظمة أو في إعداد Exchange هجين.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>النطاق غير مهيأ على أنه محلي في الخادم الذي يشير إليه MX، فيتولى ذلك الخادم ترحيله إلى الأمام فيعود.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>قائمة بريدية مشتركة في نفسها أو في قائمة أخرى تغذيها.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>عُدّ ترويسات Received: في النسخة المرتدة وابحث عن أسماء مضيفات تتكرر.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>تحقق هل يشير MX للنطاق إلى الخادم نفسه الذي يبلّغ عن الحلقة.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>في Postfix، تحقق من أن النطاق مدرج حيث يُفترض أن يجري تسليمه أو ترحيله.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>ابحث في السجل عن رسائل الحلقة التي يكتبها Postfix.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير: ستدور الرسالة في الحلقة مجددًا. أعد الإرسال فقط بعد تصحيح قاعدة إعادة التوجيه أو التوجيه.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>يرفض Gmail الرسالة التي تحمل بالفعل أكثر من 50 قفزة من ترويسات Received:. والحلقة على المسار قبل Gmail، وكثيرًا ما تكون زوجًا من قواعد إعادة التوجيه أو نطاقًا موجّهًا خطأً.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>يوقف Exchange الرسالة الدائرة في حلقة بمجرد تجاوز عدد قفزاتها ويعيد تقرير NDR هذا. يستخدم Exchange Server وExchange Online كلاهما 5.4.6، ويبلّغ Exchange Online أيضًا عن الحلقات والمسارات المعطوبة بالرمز 5.4.14 ورموز أخرى حتى 5.4.20، وكثيرًا ما يكون ذلك في الإعدادات الهجينة؛ وتنصح Microsoft بفحص قواعد صندوق الوارد وإعادة التوجيه والخاصية targetAddress لصندوق البريد.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>انتهى وقت التسليم</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>تأخر التسليم</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>رسالة عالقة في قائمة الانتظار</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>انتهاء مهلة التسليم</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>بقيت الرسالة مدة أطول من اللازم: ظلت في قائمة الانتظار بعد انقضاء مدة إعادة المحاولة في النظام، أو تجاوزت حدًّا زمنيًا للتسليم حدده المرسل. بصيغة 4.4.7 هو تحذير تأخير أو رفض مؤقت؛ وبصيغة 5.4.7 أُعيدت الرسالة دون تسليم. ويطلب RFC 3463 من الأنظمة الإبلاغ عن المشكلة الكامنة بدلًا منه حيثما أمكن.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>في رسائل الارتداد وإشعارات التأخير من الخادم الصادر لدى المرسل نفسه بعد أيام من المحاولات الفاشلة، مثل retry timeout exceeded في Exim (تجاوز مهلة إعادة المحاولة) أو 550 4.4.7 QUEUE.Expired; message expired في Microsoft Exchange (انتهت صلاحية الرسالة في قائمة الانتظار). ويسجل Postfix status=expired, returned to sender لكنه يبقي آخر حالة حقيقية (مثل 4.4.1) في رسالة الارتداد.</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>ابحث عن أسباب التأجيل السابقة في رسالة الارتداد أو السجل؛ فهي تقول لماذا ظل التسليم يخفق (خادم MX لا يمكن الوصول إليه، أو قائمة رمادية لم تُستوفَ قط، أو إخفاق TLS، أو تأجيلات 4xx متكررة بموجب السياسة). يصلح مسؤول البريد لدى المرسل ذلك السبب الجذري أو يطلب من مسؤول البريد لدى المستلم إصلاحه، ثم يعيد المرسل إرسال الرسالة. ورفع مدة البقاء في قائمة الانتظار لا يفعل سوى إخفاء المشكلة.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>كان خادم MX للوجهة غير قابل للوصول أو يرفض الاتصالات طوال فترة إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>ظلت الجهة المستقبلة تجيب برموز 4xx مؤقتة (القائمة الرمادية، أو حدود المعدل، أو السمعة) حتى استسلم المرسل.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>جعلت مشكلة في TLS أو الشهادة كل محاولة تسليم تخفق.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>انقضى حد زمني للتسليم حدده المرسل قبل أن تمر الرسالة.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>قُصّرت مدة البقاء في قائمة الانتظار، فتنتهي صلاحية الرسائل بعد ساعات بدلًا من أيام.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>ابحث عن سجل التأجيلات الخاص بالمستلم؛ فالأسباب المسجلة قبل انتهاء الصلاحية هي المشكلة الحقيقية.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>انظر كم من الوقت يواصل خادم Postfix المحاولة قبل أن يستسلم.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>تحقق مما لا يزال ينتظر في قائمة الانتظار في Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>في Exim، اعرض قائمة الانتظار مع عمر كل رسالة.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>إشعار التأخير 4.4.7 لا يحتاج إلى شيء؛ الخادم لا يزال يعيد المحاولة. وبعد 5.4.7 أو ارتداد بسبب انتهاء الصلاحية تكون الرسالة قد غادرت قائمة الانتظار، فأعد إرسالها بعد إصلاح مشكلة التسليم الكامنة.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>يستسلم Exchange بعد مهلة انتهاء صلاحية الرسائل لديه (يومان افتراضيًا في Exchange Server) ويرسل تقرير NDR هذا؛ لاحظ اقتران 550 برمز 4.x.x. وتصف قائمة Microsoft الخاصة بـ Exchange Online الرمز 4.4.7 Message expired بأنه عادةً مشكلة في الخادم المستقبل.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>حالة أخرى أو غير معرّفة للبروتوكول</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>خطأ في بروتوكول SMTP</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>رمز عام يتعلق بحوار SMTP نفسه: الأوامر، أو ترتيبها، أو حالة البروتوكول، دون تفصيل X.5 أكثر تحديدًا. مع 2 هو وسم محايد على رد بروتوكول عادي؛ ومع 4 أو 5 يعترض الخادم على طريقة تحدث العميل بـ SMTP.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>في أي مكان من الجلسة. يؤجل Gmail العملاء الذين يخالفون البروتوكول مع 451 4.5.0 SMTP protocol violation، ومع 454 4.5.0 حين تُرسل الأوامر متتابعة بعد STARTTLS. ويستخدم RFC 4468 الرمز 250 2.5.0 في ردود BURL، و554 5.5.0 أو 503 5.5.0 حين يصل BURL دون مستلمين صالحين.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>انظر إلى الأمر الدقيق الذي استدعى الرد. مع 4.5.0 أو 5.5.0 يجب على برنامج العميل، أو من ضبطه، إصلاح سلوكه في SMTP: انتظار ترحيب 220، وإرسال EHLO مرة أخرى بعد STARTTLS، وعدم إرسال أوامر متتابعة بعد STARTTLS، وإنهاء الأسطر بـ CRLF. أما الرد 2.5.0 فنجاح لا يحتاج إلى أي إجراء.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>أرسل العميل أوامر متتابعة بعد STARTTLS، أو قبل أن يعلن الخادم PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>أرسل العميل أوامر قبل الترحيب أو تابع دون انتظار الردود.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>نهايات أسطر LF مجردة أو مدخلات مشوّهة أخرى يصنفها الخادم مخالفة للبروتوكول.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>خادم يوسم كل رفض على مستوى البروتوكول بالرمز العام بدلًا من رمز محدد.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>أعد تشغيل الجلسة يدويًا، أمرًا أمرًا، وراقب كل رد.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>شغّل عميلًا مرجعيًا مع الخادم نفسه؛ فإذا نجح، فالمشكلة في برنامج العميل لديك.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>فعّل سجل بروتوكول SMTP في عميلك وابحث عن عدة أوامر أُرسلت قبل وصول الرد الأول.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>مع 2.5.0 لا حاجة لإعادة المحاولة؛ تابع الحوار. ومع 4.5.0، أعد المحاولة لاحقًا لكن أصلح العميل إن تكرر. ومع 5.5.0، لا تكرر تسلسل الأوامر نفسه دون تغيير.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>رفض مؤقت من Gmail حين لا يتبع العميل SMTP (ترتيب أوامر خاطئ، أو مدخلات مشوّهة). أصلح العميل قبل الاعتماد على إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>أرسل العميل أوامر إضافية في الدفعة نفسها مع STARTTLS. يجب أن ينتظر الرد 220، ويكمل مصافحة TLS، ثم يرسل EHLO مرة أخرى.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>أمر غير صالح</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>أرسل العميل أمرًا في غير تسلسله أو لا يدعمه الخادم في هذه المرحلة. يعرّفه RFC 3463 دائمًا، فالأمر نفسه في الموضع نفسه سيظل يخفق، مع أن بعض الخوادم ترسله مع 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>عادةً 503 5.5.1 لتسلسل خاطئ (RCPT قبل MAIL، أو DATA قبل أي RCPT مقبول، أو MAIL قبل EHLO) و502 5.5.1 لأمر معطل مثل VRFY في Postfix. ويجيب Gmail على إرسال البريد دون تسجيل دخول بـ 530 5.5.1 Authentication Required (المصادقة مطلوبة).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>الخلل في برنامج العميل أو إعداداته. انظر إلى الأمر الذي استدعى الرد والأمر الذي سبقه. إصلاحات معتادة: إرسال EHLO أولًا، وإكمال MAIL FROM قبل RCPT TO، وتفعيل المصادقة في برنامج البريد، والكف عن الاعتماد على أوامر عطّلها الخادم (VRFY وEXPN وETRN).</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>أوامر أُرسلت بترتيب خاطئ، مثل RCPT TO قبل MAIL FROM أو DATA دون مستلم مقبول.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>عميل بريد مُعدّ دون مصادقة يتحدث إلى خادم إرسال يشترطها.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>يستخدم العميل أمرًا أوقفه الخادم، مثل VRFY أو EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>MAIL FROM ثانٍ داخل معاملة مفتوحة دون RSET بينهما.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>أعد إنتاج المعاملة حتى RCPT TO وانظر أي أمر يُرفض.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>في حالة الإرسال من العملاء، اختبر مع المصادقة بالطريقة التي ينبغي أن يتبعها عميل البريد.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>فعّل سجل تصحيح SMTP في العميل واقرأ الأمر المرسل مباشرة قبل الرفض.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>لا تعد إرسال الأمر نفسه في الموضع نفسه. أصلح ترتيب الأوامر أو أضف الخطوة الناقصة (EHLO أو AUTH)، ثم ابدأ معاملة جديدة؛ وعامل 4.5.1 مثل أي إخفاق مؤقت آخر.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>يرفض smtp.gmail.com أمر MAIL FROM من عميل لم يسجل الدخول. اضبط العميل ليصادق (OAuth أو كلمة مرور تطبيق) على المنفذ 587 مع STARTTLS أو المنفذ 465 مع TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>خطأ في الصياغة</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>لم يستطع الخادم تحليل الأمر: الفعل غير معروف أو وسائطه مشوّهة. وهو معرّف دائمًا فقط، فستُرفض البايتات نفسها مرة أخرى.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>عند أي أمر. حالات حقيقية شائعة: MAIL FROM: user@example.com دون أقواس زاوية (يجيب Gmail بـ 555 5.5.2 Syntax error)، واستجابة AUTH لا يستطيع الخادم فك ترميزها من base64 (ينص RFC 4954 على 501 5.5.2)، وسجل SPF فيه خطأ دائم (يقترح RFC 7208 الرمز 550 5.5.2)، وعميل يتحدث TLS أو HTTP إلى منفذ SMTP عادي.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>يجب على برنامج العميل إرسال أوامر سليمة التكوين: أقواس زاوية حول العناوين، ولا معاملات لم يعلنها الخادم، ونهايات أسطر CRLF، وأسطر أوامر في حدود 512 ثُمانية. وإذا ذكر الرد SPF، فيصلح مالك نطاق المرسل سجل SPF. وإذا رأى الخادم ضجيجًا ثنائيًا، فطابق وضع TLS مع المنفذ: 465 يتوقع TLS من البايت الأول، و25 و587 يتوقعان STARTTLS.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>عناوين أُرسلت دون أقواس زاوية أو مع مسافات دخيلة، مثل MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>سكربت أو طابعة أو جهاز بتنفيذ SMTP خاص به معطوب.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>TLS ضمني أُرسل إلى منفذ STARTTLS، أو نص صريح أُرسل إلى المنفذ 465، فيقرأ الخادم ضجيجًا.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>سجل SPF فيه خطأ دائم (صياغة خاطئة، أو استعلامات DNS كثيرة جدًا) قيّمته الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>أرسل اختبارًا سليم التكوين إلى الخادم نفسه؛ فإذا نجح، فقارن أوامره بأوامر عميلك.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>تحقق من أن المنفذ 465 يتوقع فعلًا TLS من البايت الأول؛ ينبغي أن تظهر شهادة وترحيب 220.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>إذا ذكر النص SPF، فاقرأ سجل SPF لنطاق المرسل وافحص صياغته وعدد استعلاماته.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ يجب تصحيح الأمر أولًا، وإلا عاد 5.5.2 نفسه.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>رد Gmail على MAIL FROM أو RCPT TO مشوّه، وعادةً عنوان دون أقواس زاوية أو مع معاملات لا يقبلها.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>مستلمون كثيرون جدًا</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>حد المستلمين</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>في المعاملة مستلمون أكثر مما يقبله الخادم دفعة واحدة. والمعالجة المقصودة أن يجري المرسل التسليم إلى المستلمين المقبولين بالفعل ويرسل الباقين في معاملة أخرى؛ ويستخدم بعض الأنظمة الرمز الدائم 5.5.3 حين يكون للرسالة ككل مستلمون أكثر مما تسمح به السياسة.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>عند RCPT TO بمجرد بلوغ الحد لكل رسالة. يجيب Postfix بـ 452 4.5.3 Error: too many recipients بعد smtpd_recipient_limit (1000 افتراضيًا)؛ ويؤجل Gmail وMicrosoft 365 الفائض بـ 452 4.5.3. ويقول RFC 5321 إن الخوادم يجب أن تستوعب 100 مستلم على الأقل وينبغي أن تستخدم 452 لهذه الحالة.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>الخادم المرسل (MTA) السليم يعالج هذا بنفسه بتقسيم قائمة المستلمين، فلا يحتاج أحد عادةً إلى التصرف. وإذا أخفق البريد بدلًا من ذلك، فيخفض مسؤول البريد لدى المرسل عدد المستلمين في كل معاملة في خادم MTA أو برنامج المراسلات، ويقسّم المرسلون بالجملة القوائم الكبيرة. وفي حالة 5.5.3 دائم من Exchange، يقلل المرسل عناوين To وCc وBcc أو يستخدم قائمة توزيع.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>رسالة موجهة إلى مستلمين أكثر مما يقبله الخادم المستقبل في كل معاملة.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>برنامج مراسلات يرسل قائمته كلها في معاملة SMTP واحدة.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 يؤجل مستلمي المغلف الذين يتجاوزون حده لكل معاملة لنطاق واحد.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>عميل يعامل 452 على أنه قاتل بدلًا من إعادة المحاولة للمستلمين المؤجلين.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>انظر كم مستلمًا يقبل Postfix الخاص بك لكل رسالة.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>تحقق من عدد المستلمين الذين يضعهم عميل Postfix لديك في عملية تسليم واحدة إلى وجهة ما.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>ابحث عن المستلمين الذين جرى تأجيلهم مع 4.5.3 وتحقق من أن إعادة المحاولة جرت لهم.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>أجرِ التسليم إلى المستلمين المقبولين، ثم أعد المحاولة للمؤجلين في معاملة جديدة بعدد أقل من المستلمين في كل منها. أما 5.5.3 فيتطلب تقليل قائمة المستلمين قبل إعادة الإرسال.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>لا يقبل Gmail إلا جزءًا من قائمة المستلمين في هذه المعاملة؛ ويتولى خادم MTA العادي إعادة المحاولة للباقين. ويشير النص إلى حدود الإرسال لدى Google، فيراه أيضًا مستخدمو Gmail الذين يراسلون قوائم كبيرة جدًا.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>يؤجل Exchange Online مستلمي المغلف الذين يتجاوزون 200 للنطاق نفسه في معاملة واحدة؛ ويجب على الخادم المرسل الإرسال إلى الباقين في معاملة أخرى.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>وسائط الأمر غير صالحة</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>معامل غير صالح</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>الأمر صالح لكن أحد وسائطه غير صالح: خارج النطاق المسموح، أو مشوّه، أو معامل أو كلمة مفتاحية لا يتعرف عليها الخادم. يصفه RFC 3463 بأنه دائم، بينما يسمح السجل أيضًا بالرقم 4 للحدود التي قد تُرفع لاحقًا.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>غالبًا بصيغة 501 5.5.4 أو 555 5.5.4. يستخدمه Postfix حين لا يمكن تحليل الوسائط، مع عرض الصيغة المتوقعة (501 5.5.4 Syntax: VRFY address) أو تسمية القيمة الخاطئة (501 5.5.4 Bad message size syntax، أي صياغة حجم الرسالة خاطئة)، وللمعاملات غير المعروفة في MAIL FROM؛ ويستخدم RFC 4954 الرمز 504 5.5.4 لآلية AUTH لا يدعمها الخادم؛ ويرفض Gmail اسم HELO أو EHLO غير الصالح بـ 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>يجب على برنامج العميل، أو من ضبطه، إرسال وسائط يقبلها الخادم: آلية AUTH من قائمة EHLO، ومعاملات ESMTP فقط حين يعلن الخادم الامتداد المقابل، واسم مضيف مؤهل بالكامل أو عنوان حرفي في EHLO، وأرقام حيث تُتوقع الأرقام.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>آلية AUTH لم يعلنها الخادم.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>معاملات MAIL FROM مثل SIZE= أو BODY= أو SMTPUTF8 أُرسلت إلى خادم لم يعلن الامتداد، أو بقيم غير صالحة.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>وسيط EHLO فارغ أو غير صالح، مثل كلمة مجردة أو عنوان IP دون أقواس.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>معاملات DSN (NOTIFY= أو ORCPT= أو RET=) بصياغة خاطئة.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>اعرض الامتدادات وآليات AUTH التي يقدمها الخادم وقارنها بما يرسله العميل.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>تحقق من اسم المضيف الذي يقدمه خادم Postfix الخاص بك في EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>اختبر المصادقة بآلية مأخوذة من القائمة المعلنة.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة بالوسائط نفسها؛ صحّح المعامل أو الآلية وأرسل الأمر مرة أخرى. أما 4.5.4 فتجوز إعادة المحاولة معه لاحقًا، لأن الخادم يشير إلى أن الحد مؤقت.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>يرفض Gmail اسم EHLO أو HELO الفارغ أو الذي ليس اسم نطاق صالحًا ولا عنوانًا حرفيًا؛ ويجب على الخادم المرسل تقديم اسم مضيف سليم.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>إصدار بروتوكول خاطئ</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>لم يتفق الطرفان على إصدار البروتوكول ولم يتمكنا من حل الاختلاف تلقائيًا. وهو جزء من المجموعة الأصلية في RFC 3463 لكنه نادر الإرسال اليوم؛ ومعظم الخوادم تبلّغ عن اختلافات البروتوكول بالرمز 5.5.1 أو 5.5.2 بدلًا منه.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>نادرًا ما يُرى في الاتصال الفعلي. يناسب حالات مثل عميل يتحدث LMTP (LHLO) إلى مستمع SMTP، أو عميل قديم جدًا لا يعرف إلا HELO يتحدث إلى خدمة تصر على ESMTP، وقد تستخدمه بوابات البروتوكولات حين لا تستطيع تحويل إصدار من بروتوكول بريد إلى آخر.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>يتأكد مسؤول البريد لدى العميل من أن البرنامج يتحدث البروتوكول الذي يتوقعه المنفذ: SMTP مع STARTTLS على 25 و587، وTLS من البايت الأول على 465، وLMTP على مقبس LMTP فقط. ثم اقرأ النص الذي يلي الرمز؛ فعادةً يقول الخادم ما كان يتوقعه.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>عميل يتحدث LMTP إلى منفذ SMTP، أو SMTP إلى مقبس LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>عميل قديم لا يعرف إلا HELO يتحدث إلى خدمة تشترط ميزات ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>بوابة بين أنظمة بريد لا تستطيع ترجمة إصدار بروتوكول إلى الآخر.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>اتصل يدويًا واقرأ الترحيب؛ فعادةً يبيّن هل يتحدث المنفذ ESMTP أم LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>تحقق من البروتوكول والمنفذ أو المقبس المضبوط عليه التطبيق المرسل، وقارنه بالخدمة التي تستمع هناك.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ يجب إعادة ضبط العميل ليتحدث البروتوكول الصحيح إلى المنفذ الصحيح.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>سطر تبادل المصادقة طويل جدًا</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>أثناء SMTP AUTH أرسل العميل سطر base64 أطول من المخزن المؤقت في الخادم لآلية SASL المختارة، فأفشل الخادم الأمر AUTH. يعرّفه RFC 4954، ويُرسل بصيغة 500 5.5.6، ويذكر أن 12288 ثُمانية كانت تُعد حينها كافية للآليات المستخدمة.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>فقط ردًّا على AUTH أو على سطر متابعة بعد تحدي 334. المسببات المعتادة رموز Kerberos (GSSAPI) الكبيرة، أو رموز OAuth bearer التي تتجاوز حدًّا صغيرًا في الخادم، أو عميل أرسل سطرًا تالفًا لا ينتهي. يجيب Postfix بـ 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>يرفع مسؤول الخادم حجم المخزن المؤقت للمصادقة إذا كانت الرموز المشروعة أكبر مما يسمح به، مثل تذاكر Kerberos التي تحمل عضويات كثيرة في المجموعات أو رموز OAuth الطويلة؛ وفي Postfix هذا هو smtpd_sasl_response_limit (12288 افتراضيًا)، بينما تخضع الاستجابة الأولية على سطر AUTH نفسه لـ line_length_limit. وفي جهة العميل، تحقق من استخدام الآلية المقصودة ومن أن كل استجابة سطر base64 واحد سليم التكوين؛ واستخدام PLAIN عبر TLS يتجنب الرموز الكبيرة.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>تذكرة Kerberos (GSSAPI) متضخمة بسبب عضويات كثيرة في المجموعات.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>رمز وصول OAuth 2.0 أكبر من حد سطر AUTH في الخادم.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>علة في العميل ترسل بيانات خاطئة أو لا ترسل فاصل أسطر، فيقرأ الخادم سطرًا واحدًا منفلتًا.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>خادم بمخزن مؤقت للمصادقة صغير على غير العادة، أقل بكثير من 12288 ثُمانية التي يذكرها RFC 4954.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>صادق بآلية بسيطة لتتأكد من أن الحساب يعمل وأن الإخفاق يتعلق بحجم الرمز.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>ابحث عن إخفاق AUTH في سجل الخادم حول وقت المحاولة.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>على خادم Postfix، اقرأ الحدود المطبقة على استجابات SASL وعلى سطر الأمر AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>إذا كان العميل أو مكتبته يستطيع تسجيل الرمز، فقارن طوله بحد الخادم.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>لا تكرر تبادل AUTH نفسه؛ سيخفق بالطريقة نفسها. استخدم رمزًا أصغر أو آلية أخرى، أو اطلب رفع حد الخادم، ثم صادق مرة أخرى.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>خطأ آخر أو غير معرّف في الوسائط</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>رسالة تالفة</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>MIME غير صالح</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>شيء ما في محتوى الرسالة جعلها غير قابلة للتسليم، ولا يناسبه أي رمز X.6 أكثر تحديدًا. وفي حالات الرفض يعني عادةً أن الجهة المستقبلة وجدت الرسالة مشوّهة: MIME معطوب، أو ترويسات خاطئة، أو محتوى لا تستطيع معالجته.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>غالبًا في نهاية DATA، بعد أن تحلل الجهة المستقبلة الرسالة. يرفض Gmail الرسائل المشوّهة بـ 554 5.6.0 Mail message is malformed. Not accepted. أما Microsoft Exchange فيستخدم الرمز للنجاح: رده المعتاد على DATA هو 250 2.6.0 متبوعًا بمعرّف الرسالة وQueued mail for delivery (أي وُضع البريد في قائمة الانتظار للتسليم).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>يصلح المرسل، أو البرنامج الذي أنشأ الرسالة، بنيتها: أسطر ترويسة سليمة التكوين، وحقل From وDate وMessage-ID واحد بالضبط لكل منها، وأسطر لا تتجاوز 998 محرفًا، وحدود MIME متطابقة، وترميزات نقل صحيحة. والبريد الذي تولده السكربتات والأجهزة هو المشتبه المعتاد؛ وإرسال المحتوى نفسه من عميل بريد عادي يبيّن هل المولّد هو المخطئ.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME معطوب: حدود مفقودة أو غير متطابقة، أو Content-Transfer-Encoding خاطئ، أو أجزاء مبتورة.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>أسطر ترويسة مشوّهة أو مكررة أو أطول مما يسمح به RFC 5322.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>محارف LF أو NUL مجردة في الرسالة، وعادةً من سكربتات أو أجهزة مدمجة.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>ماسح محتوى لم يستطع تحليل مرفق فرفض الرسالة برمز عام.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>احفظ الرسالة المرفوضة في ملف وافحص ترويساتها الأساسية.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>ابحث عن أسطر أطول من 998 محرفًا، وهو ما يحظره RFC 5322.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>أرسل المحتوى نفسه من عميل بريد عادي؛ فإذا قُبلت تلك النسخة، فالبرنامج المولّد هو المخطئ.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ سيُرفض المحتوى نفسه مرة أخرى. أما 4.6.0 فقد ينجح في محاولة لاحقة إذا كانت معالجة المحتوى لدى الجهة المستقبلة تخفق مؤقتًا.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>وجد Gmail الرسالة غير صالحة بنيويًا (ترويسات أو MIME غير متوافقة مع RFC 5322)؛ ويجب على البرنامج المرسل إنتاج رسالة صحيحة.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>رد النجاح المعتاد في Exchange بعد DATA: قُبلت الرسالة ووُضعت في قائمة الانتظار. والرمز 2.6.0 عادة لدى Exchange، لا خطأ، مع أن السجل لا يدرج X.6.0 إلا للإخفاقات.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>الوسائط غير مدعومة</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>نوع محتوى غير مدعوم</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>تستخدم الرسالة نوع وسائط أو ترميزًا لا يستطيع بروتوكول التسليم أو النظام التالي على المسار نقله. وهو معرّف دائمًا فقط: لا يمكن للرسالة أن تتقدم أكثر بشكلها الحالي.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>نادر ردًّا مباشرًا في SMTP؛ والأكثر أن يأتي في رسالة ارتداد من خادم ترحيل أو بوابة لم تستطع تمرير المحتوى، مثل محتوى ثنائي نحو قفزة لا تدعم BINARYMIME، أو بوابة إلى فاكس أو SMS أو نظام قديم لا يستطيع تمثيل نوع MIME.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>يعيد المرسل إرسال المحتوى بشكل يستطيع المسار نقله: MIME معياري بترميز base64 أو quoted-printable ونوع مرفق شائع. وإذا كانت الوجهة بوابة (فاكس، أو جهاز نداء، أو نظام قديم)، فيمكن لمسؤول البريد لدى المستلم أن يقول ما التنسيقات التي تقبلها.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>محتوى ثنائي (BODY=BINARYMIME) أُرسل نحو قفزة لا تعرض BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>محتوى خام بثماني بتات متجه إلى قفزة لا تقبل إلا سبع بتات ولن تحوّله.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>بوابة إلى نظام غير البريد الإلكتروني لا تستطيع تمثيل نوع MIME للرسالة.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>تحقق من امتدادات المتن (8BITMIME وBINARYMIME وCHUNKING) التي تعلنها القفزة التالية بعد EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>تحقق من طريقة ترميز متن الرسالة ومرفقاتها.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ أعد ترميز المحتوى أو حوّله إلى نوع مدعوم وأرسل رسالة جديدة.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>التحويل مطلوب لكنه محظور</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>لتسليم الرسالة يجب على نظام على المسار تحويل محتواها، لكن التحويل غير مسموح، إما لأن المرسل نص على ذلك في الرسالة وإما لأن سياسة المضيف المرسل تحظره.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>في رسائل الارتداد من خوادم الترحيل والبوابات عند النقطة التي لا تستطيع فيها القفزة التالية قبول المحتوى كما هو، مثل MIME بثماني بتات نحو خادم لا يقبل إلا سبع بتات حين يكون خادم الترحيل مضبوطًا على عدم الخفض أبدًا، أو محتوى موجه إلى بوابة X.400 أو ما يشبهها معلَّم بعدم التحويل.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>يزيل المرسل الحظر أو يرسل محتوى لا يحتاج إلى تحويل (ترميزات آمنة لسبع بتات مثل base64 أو quoted-printable). وإذا كان الحظر سياسة المضيف المرسل، فيقرر مسؤول البريد لدى المرسل هل يسمح بالخفض لذلك المسار.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>الرسالة أو مغلفها يحظر تحويل المحتوى، والقفزة التالية تحتاج إلى تحويل.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>خادم الترحيل مضبوط على عدم خفض المحتوى ذي الثماني بتات أبدًا، والقفزة التالية تفتقر إلى 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>بوابة إلى X.400 أو نظام بريد آخر ستضطر إلى تحويل المحتوى، وإعدادات المرسل لا تسمح بذلك.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>تحقق هل تعلن القفزة التالية 8BITMIME؛ اتصل، وأرسل EHLO example.net واقرأ القائمة.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>ابحث عن بايتات خام غير ASCII في الرسالة قد تفرض التحويل.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ إما أن تسمح بالتحويل وإما أن تعيد ترميز المحتوى فلا يلزم أي تحويل، ثم أرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>التحويل مطلوب لكنه غير مدعوم</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>يجب تحويل المحتوى قبل أن تجري إعادة توجيهه، والمضيف الذي يتعين عليه ذلك لا يستطيع. ومثال RFC 3463 نفسه بوابة تقبل البريد ذا الثماني بتات لكنها لا تستطيع خفضه إلى سبع بتات لقفزة تالية تشترط ذلك.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>في رسالة ارتداد من خادم الترحيل الذي تعثر، أو بصيغة 554 5.6.3 عند نهاية البيانات. يدرج RFC 4468 الرد 554 5.6.3 Conversion required but not supported إجابةً محتملة على BURL، حين يحتاج المحتوى المشار إليه إلى تحويل لا يستطيع خادم الإرسال إجراءه.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>يستطيع المرسل تجنب التحويل بإرسال محتوى آمن لسبع بتات: أجزاء مرمّزة بـ base64 أو quoted-printable وترويسات مرمّزة وفق RFC 2047. ويمكن لمسؤول خادم الترحيل الذي أخفق تفعيل خفض MIME، أو توجيه البريد عبر مسار يدعم 8BITMIME من طرف إلى طرف.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>محتوى بثماني بتات وُجّه إلى خادم لا يدعم 8BITMIME عبر خادم ترحيل لا يستطيع خفضه.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>محتوى ثنائي يحتاج إلى إعادة ترميز لقفزة لا تدعم BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>بوابة تفتقر إلى محوّل لنوع المحتوى المعني.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>عُدّ الأسطر التي تحتوي على بايتات خام بثماني بتات في ترويسات الرسالة ومتنها.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>على خادم ترحيل Postfix، تأكد من أن تحويل المخرجات من ثماني بتات إلى سبع بتات غير معطل.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>حدّد القفزة التي لا تدعم 8BITMIME من الحقل Remote-MTA أو Reporting-MTA في رسالة الارتداد واقرأ ردها على EHLO.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير عبر المسار نفسه؛ أرسل محتوى آمنًا لسبع بتات أو اطلب إصلاح خادم الترحيل أولًا.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>أُجري تحويل مع فقدان</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>عادةً نجاح مع تحذير: جرى تسليم الرسالة، لكن تحويلًا على الطريق أفقد بعض المعلومات، مثل محارف تعذر تمثيلها أو أجزاء سُطّحت أو أُسقطت. ويسمح به RFC 3463 أيضًا إخفاقًا دائمًا حين يكون المرسل قد حظر التحويل مع الفقدان.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>بصيغة 2.6.4 في تقرير تسليم أو على رد 250؛ ويعرض RFC 4468 الرد 250 2.6.4 MIME header conversion with loss performed (أُجري تحويل ترويسة MIME مع فقدان) للأمر BURL. وتظهر الصيغة 5.6.4 في رسائل الارتداد من بوابات رفضت التحويل مع الفقدان.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>مع 2.6.4 لا شيء يحتاج إلى إصلاح، لكن قد يتلقى المستلم نسخة منقوصة. وإذا كان ذلك مهمًا، فيعيد المرسل إرسال محتوى أبسط (نص عادي أو أنواع مرفقات شائعة، وترويسات مرمّزة بشكل صحيح)، أو يجد مسؤول البريد لدى المستلم البوابة التي أجرت التحويل. ومع 5.6.4 يجب على المرسل السماح بالتحويل مع الفقدان أو تغيير المحتوى.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>حوّلت بوابة الرسالة إلى مجموعة محارف أو تنسيق لا يستطيع تمثيل كل المحارف.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>خُفّضت ترويسات MIME التي تحوي نصًا غير ASCII، ففُقدت المحارف الأصلية.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>حُذف نوع مرفق لا يستطيع نظام الوجهة تخزينه أو استُبدل به غيره.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>اقرأ الكتلة الخاصة بكل مستلم في تقرير التسليم؛ يبيّن Action وStatus هل سُلّمت (2.6.4) أم رُفضت (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>إذا استطعت الوصول إلى المستلم، فقارن ما وصل بما أُرسل لترى ما الذي فُقد.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>لا حاجة لإعادة المحاولة مع 2.6.4؛ فقد جرى تسليم الرسالة. ومع 5.6.4، أعد الإرسال فقط بعد تغيير المحتوى أو إعداد التحويل.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>أخفق التحويل</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>كان التحويل لازمًا وجرت محاولته، لكنه أخفق. قد يكون مؤقتًا (4.6.5، وقد يعمل المحوّل في محاولة لاحقة) أو دائمًا (5.6.5، لا يمكن تحويل هذا المحتوى).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>في رسائل الارتداد أو التأجيل من خوادم الترحيل والبوابات ومرشحات المحتوى التي تحوّل الرسائل: خفض ثماني بتات إلى سبع، أو إعادة ترميز المرفقات، أو تحويل مجموعات المحارف، أو تسليم البريد إلى الفاكس وأنظمة أخرى غير البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>مع 4.6.5، يفحص مسؤول خادم الترحيل المحوّل أو المرشح (خدمة منهارة، أو أداة مفقودة، أو حدود موارد) ويدع قائمة الانتظار تتولى إعادة المحاولة. ومع 5.6.5، يرسل المرسل محتوى يتجنب التحويل: ترميزات معيارية، وأنواع ملفات شائعة، ومجموعات محارف مصرّح بها بشكل صحيح.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>مجموعة المحارف المصرّح بها في الرسالة لا تطابق بايتاتها، فتخفق إعادة الترميز.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>مرفق تالف أو مبتور لا يستطيع المحوّل تحليله.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>انهارت خدمة التحويل أو مرشح المحتوى في خادم الترحيل أو انتهت مهلتها.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>مجموعة محارف أو نوع MIME غير مألوف لا يعرفه المحوّل.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>افحص مجموعات المحارف وترميزات النقل المصرّح بها في الرسالة.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>على خادم الترحيل، ابحث عن أخطاء المحوّل أو مرشح المحتوى في وقت الإخفاق.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>أعد المحاولة مع 4.6.5 لاحقًا بفواصل متزايدة. ولا تُجرِ إعادة المحاولة مع 5.6.5 دون تغيير؛ يجب تغيير المحتوى أولًا.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>محتوى الرسالة غير متاح</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>لم يتمكن خادم الإرسال من جلب محتوى الرسالة من المكان الذي أشار إليه العميل. يأتي الرمز من BURL (RFC 4468): بدلًا من رفع الرسالة، يعطي العميل عنوان URL لنسخة مخزنة على خادم IMAP، وأخفق الخادم في استرجاعها. 4.6.6 يعني حاول مرة أخرى لاحقًا، و5.6.6 يعني أن هذه الإشارة لن تعمل.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>ردًّا على الأمر BURL على خادم الإرسال (المنفذ 587)، وعادةً بصيغة 554 5.6.6 IMAP URL resolution failed. وBURL نادر: خدمة submission في Dovecot (الإصدار 2.3 وما بعده) أحد تنفيذاته، وتُستخدم مع IMAP URLAUTH (RFC 4467). وإذا تعذر الوصول إلى خادم IMAP إطلاقًا، يقترح RFC 4468 الرمز 451 4.4.1 بدلًا منه.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>أنتج العميل عنوان URL لا يستطيع الخادم تحليله أو لا يُسمح له باستخدامه. يتحقق مسؤول البريد من أن خادم الإرسال مُعدّ ليثق بخادم IMAP المذكور في العنوان ويصل إليه (في Dovecot: imap_urlauth_host وإعدادات URLAUTH)، ومن أن العنوان يشير إلى رسالة موجودة. وحلًّا بديلًا يمكن للعميل إرسال الرسالة بـ DATA بدلًا من BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>انتهت صلاحية عنوان URL المصرّح به عبر URLAUTH أو أُلغي، أو حُذفت الرسالة التي يشير إليها أو نُقلت.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>يسمي العنوان مضيفًا أو منفذًا ليس خادم الإرسال مُعدًّا للجلب منه.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>لا توجد علاقة ثقة بين خادم الإرسال وخادم IMAP (ولتلك الحالة رمزها الخاص، X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>أخفق خادم IMAP أثناء جلب المحتوى.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>تحقق من مضيف IMAP ومنفذه اللذين يجوز لخدمة submission في Dovecot جلب محتوى BURL منهما.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>اتصل بمنفذ الإرسال، وأرسل EHLO example.net وتأكد من أن BURL معلن مع نوع URL المتوقع.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>أرسل الرسالة نفسها بـ DATA بدلًا من BURL لتفصل مشكلة الجلب عن مشكلة الرسالة.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>أعد المحاولة مع 4.6.6 لاحقًا. وبعد 5.6.6، لا تكرر BURL نفسه؛ أنشئ عنوان URL جديدًا أو أرسل الرسالة بـ DATA.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>العناوين غير ASCII غير مسموح بها لهذا المرسل/المستلم</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>عنوان بريد إلكتروني دولي</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>يحتوي عنوان في المغلف على محارف غير ASCII (UTF-8) ولن يقبله الخادم في هذه المعاملة، لأنه لا يدعم SMTPUTF8 أو لأن العميل لم يطلبه في MAIL FROM. يقرنه RFC 6531 بالرمز 553 حين يُرفض عنوان RCPT TO، وبالرمز 550 حين يُرفض عنوان MAIL FROM.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>عند MAIL FROM أو RCPT TO: يجيب Postfix بـ 553 5.6.7 Must declare SMTPUTF8 to send unicode address حين يرسل عميل عنوان UTF-8 دون المعامل SMTPUTF8. ويصدر Postfix أيضًا رسائل ارتداد مع dsn=5.6.7 في جهة الإرسال (SMTPUTF8 is required, but was not offered by host ...)، وكثيرًا ما يكون ذلك لأن سكربتًا وضع UTF-8 خامًا في ترويسة Subject والقفزة التالية لا تعرض SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>إذا كان العنوان دوليًا فعلًا، فيجب على العميل المرسل استخدام SMTPUTF8 (يجب أن يدرجه رد EHLO وأن يحمل MAIL FROM المعامل SMTPUTF8)، ويجب أن تدعمه كل قفزة؛ وإلا فيحتاج المرسل إلى عنوان ASCII للشخص نفسه. وإذا كانت الترويسات وحدها تحتوي على UTF-8، فينبغي للبرنامج المرسل ترميزها كلمات مرمّزة وفق RFC 2047. ويمكن لمسؤول Postfix أيضًا تقييد smtputf8_autodetect_classes، أو ضبط smtputf8_enable = no كما يفعل كثيرون، على حساب دعم EAI.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>عنوان المستلم أو المرسل فيه محارف غير ASCII في الجزء المحلي أو نطاق بصيغة U-label، والخادم يفتقر إلى SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>أرسل العميل عنوان UTF-8 لكنه أغفل المعامل SMTPUTF8 في MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>جعل UTF-8 الخام في ترويسات الرسالة Postfix يعلّم الرسالة على أنها تحتاج إلى SMTPUTF8، والقفزة التالية لا تعرضه.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>خادم يدعم SMTPUTF8 عمومًا يرفض العناوين غير ASCII لصندوق البريد أو النطاق هذا بعينه.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>انظر هل يدرج الخادم المستقبل SMTPUTF8 في رده على EHLO.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>افحص إعدادات SMTPUTF8 في Postfix المرسل.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>اعثر على الرسائل المرتدة والمضيفات التي لم تعرض SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>للنطاق الدولي، احصل على صيغته A-label (xn--)، التي تستطيع الخوادم غير الداعمة لـ SMTPUTF8 قبولها.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير. أعد الإرسال حين يدعم المسار SMTPUTF8، أو عبر خادم يدعمه، أو إلى عنوان ASCII للشخص نفسه.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>يلزم رد بسلسلة UTF-8، لكن عميل SMTP لا يسمح به</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>سيضطر الخادم إلى عرض اسم صندوق بريد يحتوي على UTF-8 في رده، لكن العميل لم يقل إنه يستطيع التعامل مع ردود UTF-8. ينتمي إلى VRFY وEXPN في ظل SMTPUTF8 (RFC 6531، القسم 3.7.4.2): بصيغة 252 2.6.8 يمتنع الخادم عن عرض العنوان لكنه سيقبل البريد الموجه إليه؛ وبصيغة 550 5.6.8 (أو 553) يرفض.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>فقط ردًّا على VRFY أو EXPN المرسلين دون المعامل SMTPUTF8، حين تتضمن الإجابة صندوق بريد غير ASCII. نادر جدًا عمليًا، لأن معظم الخوادم العامة تعطل VRFY وEXPN كليًا.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>لا شيء معطوب. العميل أو المسؤول الذي يريد الإجابة الكاملة يتحقق من أن رد EHLO يدرج SMTPUTF8 ويكرر الأمر مع المعامل، بصيغة VRFY name SMTPUTF8. وبعد 252 2.6.8 يمكن ببساطة إرسال البريد إلى العنوان.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>أُرسل VRFY أو EXPN دون المعامل SMTPUTF8 لصندوق بريد اسمه دولي.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>قائمة وُسّعت بـ EXPN تحتوي على عنوان واحد على الأقل غير ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>عميل أو سكربت قديم لا يرسل SMTPUTF8 أبدًا يستعلم من خادم يدعم EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>افتح جلسة، وأرسل EHLO example.net، وتحقق من أن SMTPUTF8 مدرج، ثم كرر VRFY أو EXPN مع المعامل SMTPUTF8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>لا حاجة لإعادة المحاولة بالنسبة إلى الرسالة نفسها. كرر VRFY أو EXPN مع المعامل SMTPUTF8 إن احتجت إلى الإجابة.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>لا يمكن نقل رسالة ذات ترويسات UTF-8 إلى مستلم واحد أو أكثر، فيجب رفض الرسالة</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>للرسالة ترويسات دولية (UTF-8) ومستلم واحد على الأقل لا يستطيع قبول مثل هذه الرسالة، فيرفضها الخادم بعد النقطة الأخيرة من DATA. يقرنه سجل IANA بالرمز 550، بينما يصف RFC 6531 في القسم 3.5 الرد بأنه 554 Transaction failed، فتوقع أيًّا من الرمزين الأساسيين معه.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>في نهاية DATA على خادم يدعم SMTPUTF8 قبل المستلمين ثم وجد بعد ذلك أن أحدهم، مثل صندوق بريد على مخزن لاحق لا يدعم EAI، لا يستطيع قبول ترويسات UTF-8. ويشجع RFC 6531 الخوادم على اكتشاف ذلك عند RCPT TO بدلًا منه، مما يعطي X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>يعيد المرسل الإرسال دون ترويسات دولية (كلمات مرمّزة وفق RFC 2047 في Subject وأسماء العرض، وعناوين ASCII)، أو يرسل منفصلًا إلى المستلمين الذين لا يقبلون بريد EAI. ويمكن لمسؤول البريد لدى المستلم تفعيل دعم SMTPUTF8 من طرف إلى طرف إذا كان ينبغي لصندوق البريد تلقي مثل هذا البريد.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>صندوق بريد المستلم يقع خلف مخزن أو قفزة لاحقة لا تدعم SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>تحمل الرسالة UTF-8 خامًا في الترويسات (Subject، وأسماء العرض، والعناوين) بدلًا من الكلمات المرمّزة.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>قائمة مستلمين مختلطة يدعم بعضهم البريد الدولي ولا يدعمه آخرون.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>ابحث عن بايتات خام غير ASCII في قسم الترويسات من الرسالة، أي كل ما قبل أول سطر فارغ.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>تأكد من أن الخادم المستقبل نفسه يعرض SMTPUTF8، فيكون الرفض من مستلم يقع خلفه.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ أعد الإرسال بترويسات مرمّزة، أو فقط إلى المستلمين الذين يقبلون البريد الدولي.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>مُهمَل: نسخة مكررة من X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>مُدخل مُهمَل في السجل يكرر X.6.8؛ استخدم X.6.8 واقرأه بدلًا منه. سجّله RFC 5336 التجريبي خطأً رمزًا ثانيًا للحالة نفسها، أي رد UTF-8 لم يسمح به العميل (X.6.8 مع 553 و550، وX.6.10 مع 252)؛ ثم ضمّ RFC 6531 حالة 252 إلى X.6.8 وعلّم X.6.10 بأنه مُهمَل.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>لا يكاد يظهر. فقط البرامج المكتوبة وفق RFC 5336 التجريبي قد ترسل إلى الآن 252 2.6.10 ردًّا على VRFY أو EXPN؛ وإذا رأيته، فهو يعني بالضبط ما يعنيه X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>عامله مثل X.6.8: أرسل العميل VRFY أو EXPN دون المعامل SMTPUTF8 والإجابة ستتضمن اسم صندوق بريد بترميز UTF-8. وينبغي لمسؤول الخادم الذي يرسله تحديث البرنامج ليستخدم X.6.8.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>برنامج خادم ينفذ RFC 5336 التجريبي بدلًا من RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>جدول حالات مكتوب في الشيفرة نُسخ من السجل كما كان قبل 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>تحقق من أن الخادم يدرج SMTPUTF8 بعد EHLO، ثم كرر VRFY أو EXPN مع المعامل SMTPUTF8، كما في X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>لا حاجة لإعادة المحاولة بالنسبة إلى الرسالة؛ عامله تمامًا مثل X.6.8 وكرر الاستعلام مع SMTPUTF8 إذا كانت الإجابة مطلوبة.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>حالة أمنية أخرى أو غير معرّفة</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>TLS مطلوب</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>مصادقة SMTP مطلوبة</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>الرمز الجامع للأمان والسياسة: رُفض شيء ما أو أُخّر أو (بصيغة 2.7.0) قُبل لسبب أمني لا يصفه الخادم بدقة أكبر. بصيغة 5.7.0 هو رفض دائم، وغالبًا 530 5.7.0 حين يجب على العميل استخدام STARTTLS أو تسجيل الدخول أولًا؛ وبصيغة 4.7.0 هو مؤقت، مثل 454 4.7.0 حين تكون الواجهة الخلفية للمصادقة في الخادم متوقفة، أو 421 4.7.0 لحد المعدل لدى مزود ما. أما 235 2.7.0 فهو الرد المعتاد على AUTH ناجح.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>على منافذ الإرسال من العملاء (587 و465) حول STARTTLS وAUTH، وعند MAIL FROM حين يحاول عميل الإرسال دون تسجيل الدخول. يجيب Postfix بـ 530 5.7.0 Must issue a STARTTLS command first حين يكون TLS إلزاميًا، وبـ 454 4.7.0 حين يخفق إعداد TLS أو SASL لديه. ويستخدم المستقبلون الكبار مثل Gmail وYahoo الرمز 421 4.7.0 لتقييد المرسلين ذوي السمعة السيئة.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>اقرأ النص الذي يلي الرمز، لأنه يحمل السبب الحقيقي. إذا طلب STARTTLS أو المصادقة، فيجب ضبط برنامج العميل على STARTTLS على المنفذ 587 (أو SSL/TLS على المنفذ 465) وعلى تسجيل الدخول ببيانات اعتماد صندوق البريد. وإذا كان إخفاقًا مؤقتًا في المصادقة 454 4.7.0، فيفحص مسؤول الخادم الواجهة الخلفية للمصادقة (Dovecot أو Cyrus SASL أو LDAP) وملفات شهادة TLS. وإذا كان تقييد 421 4.7.0 من مزود، فيصلح مسؤول البريد لدى المرسل مشكلات السمعة (سجل PTR، وSPF، وDKIM، ومعدل الشكاوى، والحجم المفاجئ) ويدع قائمة الانتظار تتولى إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>يتحدث عميل البريد أو التطبيق إلى منفذ الإرسال دون STARTTLS بينما يشترط الخادم TLS قبل أي شيء آخر.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>يتخطى العميل SMTP AUTH وينتقل مباشرة إلى MAIL FROM على خادم لا يقدّم الترحيل إلا للمستخدمين المسجلين دخولهم.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>الواجهة الخلفية لـ SASL في الخادم (مقبس المصادقة في Dovecot، أو saslauthd، أو LDAP) لا يمكن الوصول إليها، فتخفق عمليات تسجيل الدخول مؤقتًا.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>لا يستطيع الخادم تحميل شهادة TLS أو المفتاح الخاصين به، فلا يستطيع عرض STARTTLS ويجيب برفض مؤقت.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>مستقبل كبير يقيّد عنوان IP المرسل أو نطاقه بسبب سمعة منخفضة أو ارتفاع مفاجئ في الحجم.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>اتصل بمنفذ الإرسال مع TLS، وأرسل EHLO يدويًا وتحقق من ظهور السطر 250-AUTH داخل جلسة TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>نفّذ إرسالًا كاملًا مع المصادقة لترى أي أمر يستدعي الرد 5.7.0 أو 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>على خادم Postfix، ابحث عن تحذيرات TLS وSASL حول وقت الإخفاق.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>في حالة تقييد 421 4.7.0 من مزود، تحقق من أن لعنوان IP المرسل سجل PTR يُترجم اسمه إلى عنوان IP نفسه.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>يعتمد ذلك على الفئة. 4.7.0 مؤقت: أبقِ الرسالة في قائمة الانتظار وأعد المحاولة بفواصل متزايدة. 5.7.0 لن يزول بإعادة المحاولة، فأصلح إعدادات TLS أو تسجيل الدخول أولًا. 2.7.0 نجاح: تابع الجلسة.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>يرسل خادم الإرسال في Gmail، smtp.gmail.com، هذا حين يحاول عميل AUTH أو MAIL FROM على المنفذ 587 قبل ترقية الاتصال بـ STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>على smtp.gmail.com يعني هذا أن العميل وصل إلى MAIL FROM دون تسجيل دخول ناجح؛ فلا يقدّم Gmail ترحيل البريد المرسل إلا لحسابات Google المصادق عليها.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>تأجيل مؤقت من Yahoo بسبب سمعة عنوان IP المرسل (شكاوى، أو حجم غير معتاد، أو محتوى يشبه البريد المزعج). وليس إخفاقًا أمنيًا بمعنى السجل؛ وتنجح إعادة المحاولة بعد تعافي السمعة.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>التسليم غير مصرح به، والرسالة مرفوضة</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>مدرج في القائمة السوداء</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>قائمة المنع</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>قائمة RBL</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>X.7.1|keywords</comment>
        <translation>قائمة حظر DNSBL</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>رفض الترحيل</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>الترحيل غير مسموح</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>أكثر حالات الرفض بموجب السياسة شيوعًا: لن يقبل الخادم المستقبل هذه الرسالة من هذا المرسل أو العميل أو عنوان IP. يعرّفه السجل دائمًا فقط (5.7.1)، ويغطي رفض الترحيل، والتطابق مع قوائم الحظر، وقيود المرسل أو المستلم، وأحكام مرشحات البريد المزعج. وعمليًا يُرسل 4.7.1 أيضًا على نطاق واسع تأجيلًا مؤقتًا بموجب السياسة، والقائمة الرمادية هي المثال الكلاسيكي.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>عادةً عند RCPT TO (رفض الترحيل، وقيود المستلمين، والقائمة الرمادية) أو في نهاية DATA (مرشحات البريد المزعج والمحتوى، وفحوص الترويسات)، وأحيانًا عند MAIL FROM حين يكون عنوان IP للعميل مدرجًا في قائمة حظر. يرسله Postfix وExim وExchange وMicrosoft 365 وGmail وYahoo جميعًا، والنص الذي يلي الرمز يسمي القاعدة التي طُبقت.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>اقرأ الرد كاملًا وتصرف وفق القاعدة التي يسميها. رفض الترحيل: يجب على برنامج العميل المصادقة قبل الإرسال إلى نطاقات خارجية، أو يجب على مسؤول البريد لدى المستلم إضافة النطاق إلى النطاقات المقبولة في الخادم. عنوان IP مدرج في قائمة حظر: يجد مسؤول البريد لدى المرسل الإدراج، ويصلح سببه (حساب مخترق، أو خادم ترحيل مفتوح، أو PTR مفقود) ويطلب إزالة الإدراج. حكم بأنه بريد مزعج أو متعلق بالسمعة: يراجع مسؤول البريد لدى المرسل المصادقة والمحتوى والحجم، ثم يطلب مراجعة من المزود المستقبل. ومع 4.7.1 بسبب القائمة الرمادية لا حاجة لفعل أي شيء؛ فالخادم المرسل يتولى إعادة المحاولة من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>رفض الترحيل: أرسل العميل إلى نطاق خارجي دون مصادقة، أو من عنوان IP لا يثق به الخادم.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>عنوان IP المرسل مدرج في قائمة حظر DNS (Spamhaus ZEN أو Barracuda أو SpamCop) أو في قائمة حظر خاصة بمزود.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>حكم مرشح للبريد المزعج أو البرمجيات الخبيثة، أو نظام السمعة لدى المزود، بأن الرسالة غير مرغوب فيها أو خطرة.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>قاعدة في جهة المستلم: صندوق البريد أو المجموعة لا يقبل البريد إلا من مرسلين معينين، أو من داخل المؤسسة فقط.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>القائمة الرمادية (بصيغة 4.7.1): تؤجل الجهة المستقبلة المحاولة الأولى من مرسل مجهول وتقبل إعادة محاولة لاحقة.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>عنوان المرسل أو نطاقه مدرج في قائمة الحظر الخاصة بالمستلم، أو يخفق في التحقق من عنوان المرسل.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>ابحث عن الرفض في سجل الخادم المرسل واقرأ نص الرد كاملًا، بما فيه أي وسم بين قوسين معقوفين مثل S3150 أو BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>افحص عنوان IP المرسل في Spamhaus ZEN بترتيب ثُمانياته معكوسًا؛ الإجابة ضمن 127.0.0.x تعني أنه مدرج. واستعلم عبر المحلل الخاص بك، لأن Spamhaus يرفض كثيرًا من المحللات العامة.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>إذا كان خادم Postfix الخاص بك هو من أرسل الرفض، فانظر أي قيد أنتجه.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>إذا كان خادمك يقول Relay access denied (رفض الترحيل) لعميل ينبغي السماح له، فراجع إعدادات الترحيل.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>مع 5.7.1 لا تعد الإرسال دون تغيير: سترفضه السياسة مرة أخرى حتى يُصلح الحظر أو الإعداد. ومع 4.7.1 أبقِ الرسالة في قائمة الانتظار وأعد المحاولة على النحو المعتاد؛ فخادم القائمة الرمادية يمرر محاولة لاحقة، وعادةً بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>يرفض Outlook.com (Hotmail وLive وMSN) عنوان IP المرسل لأنه مدرج في قائمة الحظر الخاصة بـ Microsoft، المنفصلة عن قوائم حظر DNS العامة. ويجب على مسؤول البريد لدى المرسل طلب إزالة الإدراج عبر دعم المرسلين لدى Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>حكم Gmail بأن هذه الرسالة بريد مزعج، يصدر في نهاية DATA بناءً على المحتوى وسمعة المرسل. ويستخدم Gmail أيضًا 5.7.1 لأخطاء الترويسات وفق RFC 5322 ولعناوين IP غير المسموح لها بالإرسال إليه مباشرة.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>يرفض Yahoo عنوان IP للعميل لأنه يظهر في قائمة Spamhaus؛ ويجب إزالة الإدراج لدى Spamhaus أولًا.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>توسيع القائمة البريدية محظور</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>غير مسموح بالإرسال إلى هذه المجموعة</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>المرسل غير مسموح له بالنشر في القائمة البريدية أو مجموعة التوزيع التي وُجهت إليها الرسالة، فلن توسعها القائمة إلى أعضائها. وهو معرّف إخفاقًا دائمًا فقط. ونادر عمليًا: معظم مديري القوائم وبرامج العمل الجماعي ترفض الناشرين غير المصرح لهم بالرمز 5.7.1 أو تحتجز المشاركة للإشراف بدلًا منه.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>عند RCPT TO حين يفحص عنوان القائمة المرسلين بنفسه، أو لاحقًا في رسالة ارتداد (DSN) من خادم القائمة بعد أن تلقى الرسالة ووجد أن الناشر غير مسموح له. والحالات المعتادة قوائم النقاش المقصورة على الأعضاء، وقوائم الإعلانات، ومجموعات التوزيع المقصورة على المرسلين الداخليين أو المسمَّين.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>يتحقق المرسل من أنه ينشر من العنوان المشترك أو المسموح به بالضبط، لا من اسم مستعار أو حساب آخر. وإذا كان ينبغي السماح له، فيضيف صاحب القائمة أو مسؤول البريد لدى المستلم العنوان إلى الأعضاء أو الناشرين المسموح لهم، أو يرفع القيد عن المرسلين الخارجيين. ثم يعيد المرسل إرسال الرسالة.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>القائمة لا تقبل المشاركات إلا من المشتركين، وجاءت الرسالة من عنوان غير مشترك.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>المرسل مشترك بعنوان لكنه كتب من عنوان آخر (اسم مستعار، أو حساب شخصي، أو عنوان لإعادة التوجيه).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>مجموعة توزيع مقصورة على المرسلين الداخليين أو على قائمة مسماة من المرسلين المسموح لهم.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>القائمة قائمة إعلانات لا ينشر فيها إلا المالكون أو المشرفون.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>قارن مرسل المغلف وعنوان From في الرسالة المرتدة بالعنوان المشترك في القائمة.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>بصفتك مالك قائمة Mailman 3، اعرض الأعضاء لترى هل الناشر بينهم.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>أرسل مشاركة اختبار قصيرة من العنوان المشترك لتتأكد من أن القائمة تقبلها.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير: القائمة ترفض الناشر نفسه في كل مرة. أعد الإرسال فقط بعد أن يُسمح للمرسل بالنشر أو يكتب من العنوان المشترك.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>يستخدم Yahoo الرمز 5.7.2 لحظر دائم لعنوان IP المرسل بسبب سمعته، ولا علاقة لذلك بالقوائم البريدية. ويجب على مسؤول البريد لدى المرسل إصلاح مشكلة السمعة والتواصل مع دعم المرسلين لدى Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>التحويل الأمني مطلوب لكنه غير ممكن</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>احتاج التسليم إلى تحويل الرسالة من تنسيق مراسلة آمن إلى آخر (مثلًا بين مخططات التشفير أو التوقيع لبوابتين)، وتعذر إجراء ذلك التحويل. وهو معرّف إخفاقًا دائمًا فقط. ولا يكاد معناه في السجل يُصادف اليوم؛ والرمز معروف أكثر من خوادم Microsoft، التي تجيب على تسجيل دخول SMTP فاشل بـ 535 5.7.3.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>بمعنى السجل: في رسالة ارتداد (DSN) من بوابة بريد آمن تربط بين نظامي مراسلة بتنسيقات أمان مختلفة. وعمليًا: بصيغة 535 5.7.3 Authentication unsuccessful (لم تنجح المصادقة) من Exchange Server ومن Microsoft 365 (smtp.office365.com) حين يخفق SMTP AUTH، وعادةً للطابعات والماسحات الضوئية والتطبيقات التي ترسل عبر صندوق بريد في Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>بالنسبة إلى 535 5.7.3 من Microsoft: يتحقق المستخدم أو مالك التطبيق من اسم المستخدم (عنوان صندوق البريد الكامل) وكلمة المرور، ويتحقق مسؤول المستأجر من أن مصادقة SMTP مفعّلة لصندوق البريد وغير محظورة بالإعدادات الأمنية الافتراضية أو بسياسة تشترط المصادقة الحديثة. وإذا لم تكن المصادقة الأساسية مسموحة، فيجب أن ينتقل التطبيق إلى OAuth أو إلى طريقة ترحيل أخرى مثل موصل. أما في حالة إخفاق تحويل حقيقي، فيرسل المرسل الرسالة بتنسيق تستطيع البوابة معالجته، بعد التحقق من ذلك مع مسؤول البريد لدى المستلم.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: مصادقة SMTP (SMTP AUTH) معطلة للمستأجر أو لصندوق البريد هذا.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 أو Exchange: كلمة مرور خاطئة أو منتهية الصلاحية، أو اسم مستخدم ليس عنوان صندوق البريد الكامل.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: الإعدادات الأمنية الافتراضية أو الوصول المشروط (Conditional Access) تشترط المصادقة متعددة العوامل أو الحديثة، فيُرفض تسجيل الدخول بكلمة مرور عادية.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>تلقت بوابة بريد آمن رسالة موقعة أو مشفرة بتنسيق لا تستطيع ترجمته لنظام الوجهة.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>أعد تسجيل الدخول على خادم الإرسال الذي يستخدمه التطبيق ودوّن الرد على AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>في Exchange Online PowerShell، تحقق هل SMTP AUTH معطل لصندوق البريد (True تعني أنه معطل).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>افحص أيضًا إعداد SMTP AUTH على مستوى المستأجر.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>في حالة ارتداد من بوابة، اقرأ السطرين Diagnostic-Code وRemote-MTA لترى البوابة التي رفضت التحويل.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>لا تكرر تسجيل الدخول نفسه أو الرسالة نفسها: تسجيل الدخول الفاشل لدى Microsoft يحتاج إلى بيانات اعتماد أو إعدادات مستأجر مصححة، والتحويل الأمني المرفوض يحتاج إلى تنسيق رسالة مختلف.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>يجيب Exchange Online وExchange Server على تسجيل دخول SMTP AUTH الفاشل بالرمز 5.7.3، أيًا كان السبب: بيانات اعتماد خاطئة، أو SMTP AUTH متوقف، أو المصادقة الأساسية محظورة. وحين يكون SMTP AUTH معطلًا للمستأجر كله، قد يرسل Microsoft 365 535 5.7.139 مع نص يقول ذلك.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>الميزات الأمنية غير مدعومة</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>طريقة مصادقة غير مدعومة</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>طلبت الرسالة أو الجلسة ميزة أمنية لا يدعمها الخادم أو مسار التسليم، مثل طريقة مصادقة لا يقدمها الخادم. وهو معرّف إخفاقًا دائمًا فقط. وصيغته الحديثة الشائعة 504 5.7.4 ردًّا على AUTH مع آلية غير معروفة أو معطلة.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>عند AUTH، حين يصر برنامج العميل على آلية (CRAM-MD5 أو NTLM أو GSSAPI أو XOAUTH القديمة) لم يعلنها الخادم؛ ويجيب Gmail وExchange بـ 504 5.7.4 Unrecognized authentication type (نوع مصادقة غير معروف). ويسجل خادم Postfix المرسل أيضًا dsn=4.7.4 للتأجيل الخاص به حين تشترط سياسته TLS ولا يعرض الخادم البعيد STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>يختار برنامج العميل، أو من يضبطه، آلية مصادقة من القائمة الواردة في رد EHLO من الخادم بعد STARTTLS: عادةً PLAIN أو LOGIN عبر TLS، أو XOAUTH2 أو OAUTHBEARER لـ OAuth. وفي حالة تأجيل TLS في Postfix، يطلب مسؤول البريد لدى المرسل من مسؤول البريد لدى المستلم تفعيل STARTTLS، أو يخفف سياسة TLS لتلك الوجهة إذا لم يكن التشفير إلزاميًا حقًا.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>العميل مضبوط على آلية مصادقة لا يعلنها الخادم، مثل CRAM-MD5 أو NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>لا يزال التطبيق يستخدم آلية متقاعدة، وفي Gmail هي XOAUTH القديمة بدلًا من XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>يحاول العميل AUTH قبل STARTTLS، بينما لا يدرج الخادم آلياته إلا داخل جلسة TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>تشترط سياسة TLS لدى المرسل التشفير لوجهة لا يعرض خادمها STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>اعرض الآليات التي يقدمها الخادم بعد STARTTLS بقراءة السطر 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>على خادم Postfix المرسل، ابحث عن التأجيلات الناتجة عن سياسة TLS إلزامية.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>تحقق هل يعرض خادم الوجهة STARTTLS أصلًا.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>لا ترسل أمر AUTH نفسه مرة أخرى؛ اختر آلية يقدمها الخادم. أما تأجيل TLS بالرمز 4.7.4 الصادر عن الخادم المرسل نفسه فيبقى في قائمة الانتظار، لكنه يظل يخفق حتى تتغير سياسة TLS أو الخادم البعيد.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>يرفض smtp.gmail.com آلية AUTH لا يقدمها؛ ويرسل Gmail الرمز نفسه للعملاء الذين لا يزالون يستخدمون الآلية المتقاعدة XOAUTH.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>إخفاق تشفيري</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>خطأ في الشهادة</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>خطأ SSL</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>نظام كان يُفترض أن يفك تشفير الرسالة أو يتحقق منها، أو أن يشفّر نقلها، لم يستطع لأن مفتاحًا أو شهادة مفقودة أو غير صالحة. بصيغة 4.7.5 هو إخفاق مؤقت قد يزول بعد إصلاح مشكلة المفتاح أو الشهادة؛ وبصيغة 5.7.5 هو رفض دائم لهذه الرسالة.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>غالبًا في سجل خادم Postfix المرسل نفسه وإشعارات التأخير لا في رد بعيد: يسجل Postfix dsn=4.7.5 حين تخفق مصافحة TLS، أو حين لا يستطيع محرك TLS لديه البدء، أو حين تجد سياسة إلزامية (encrypt أو verify أو secure أو DANE) أن شهادة الطرف البعيد غير موثوقة أو غير مطابقة. ويأتي أيضًا من بوابات S/MIME أو PGP التي لا تستطيع العثور على مفتاح المستلم أو استخدامه.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>في حالة تأجيل TLS على خادمك، يحدد مسؤول البريد لدى المرسل أولًا أي جهة هي المخطئة. الشهادة المنتهية الصلاحية أو الموقعة ذاتيًا أو المسماة خطأً على الخادم البعيد يصلحها مسؤول البريد لدى المستلم؛ أما حزمة CA القديمة، أو السياسة الصارمة أكثر من اللازم لوجهة بعينها، أو مكتبة TLS القديمة في جهة الإرسال فهي من شأن مسؤول البريد لدى المرسل. وفي حالة إخفاق بوابة تشفير، يتأكد مسؤول البريد لدى المرسل من أن البوابة تحتفظ بشهادة أو مفتاح صالح غير منتهي الصلاحية للمستلم.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>شهادة الخادم البعيد منتهية الصلاحية أو موقعة ذاتيًا أو صادرة لاسم آخر، في ظل سياسة إرسال تشترط التحقق.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>تخفق مصافحة TLS تمامًا: لا إصدار بروتوكول أو خوارزمية تشفير مشتركة، أو إعداد TLS معطوب على الخادم.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>لا يستطيع محرك TLS في الخادم المرسل البدء (ملف CA مفقود، أو مفتاح لا يمكن قراءته، أو مكتبة معطوبة).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>سجل DANE TLSA أو سياسة MTA-STS لا يطابق الشهادة التي يقدمها الخادم.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>لا تحتفظ بوابة التشفير بمفتاح عام أو شهادة صالحة للمستلم.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>ابحث عن التأجيلات المتعلقة بـ TLS على خادم Postfix المرسل واقرأ السبب بين القوسين.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>افحص سلسلة الشهادات وتواريخ الصلاحية والأسماء التي يقدمها الخادم البعيد.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>إذا كان النطاق يستخدم DANE، فقارن سجلات TLSA الخاصة به بتلك الشهادة.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>اعرض سياسة TLS التي يطبقها خادم Postfix المرسل.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>يبقى 4.7.5 في قائمة الانتظار وتجري إعادة المحاولة له بفواصل متزايدة، لكنه يظل يخفق حتى تُصلح الشهادة أو المفتاح أو السياسة، فأصلحها قبل أن تنتهي مدة البقاء في قائمة الانتظار. ولا تُجرِ إعادة المحاولة مع 5.7.5 دون تغيير.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>خوارزمية التشفير غير مدعومة</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>خوارزمية تشفير غير مدعومة</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>نظام مصرح له بفك تشفير الرسالة أو التحقق منها لم يستطع ذلك، لأن الرسالة تستخدم خوارزمية لا ينفذها، مثل خوارزمية تشفير أو مخطط توقيع تفتقر إليه بوابة تشفير. 4.7.6 يعني أن الحالة قد تزول، مثلًا بعد ترقية البرنامج؛ و5.7.6 يعني أن الرسالة كما أُرسلت لن تُعالج.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>نادرًا في ردود SMTP الحية. يظهر في رسائل الارتداد من بوابات S/MIME أو OpenPGP صادفت خوارزمية تشفير أو توقيع لا تدعمها: خوارزمية قديمة عُطّلت، أو نوع مفتاح أحدث لا تعرفه بوابة أقدم. أما إخفاق التفاوض على TLS بين خوادم البريد فيُبلّغ عنه عادةً برموز أخرى (يسجله Postfix بالرمز 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>يشفّر المرسل، أو مسؤول البريد لدى المرسل في حالة البوابة المركزية، أو يوقّع بخوارزمية يدعمها الطرفان: في S/MIME، خوارزمية AES مع الخوارزميات المدرجة في قدرات شهادة المستلم؛ وفي OpenPGP، الخوارزميات الواردة في تفضيلات مفتاح المستلم. وإذا كانت بوابة المستلم هي الطرف القديم، فينبغي لمسؤول البريد لدى المستلم ترقيتها.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>الرسالة مشفرة بخوارزمية عطّلتها البوابة المستقبلة، مثل 3DES أو RC2 من عملاء S/MIME القدامى.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>يستخدم التوقيع خوارزمية لا تنفذها البوابة المتحققة، مثل مفتاح منحنى إهليلجي على نظام أقدم.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>تستخدم رسالة OpenPGP تنسيق مفتاح أو حزمة أحدث لا تستطيع بوابة قديمة تحليله.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>اطبع بنية رسالة S/MIME محفوظة لترى خوارزميات التشفير والتوقيع التي تستخدمها.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>في رسالة OpenPGP، اعرض حزمها لترى الخوارزميات المستخدمة.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>اقرأ Diagnostic-Code في رسالة الارتداد لترى البوابة التي رفضت الرسالة ولماذا.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>تجوز إعادة المحاولة مع 4.7.6 من قائمة الانتظار، لكن ذلك لا يفيد إلا إذا رُقّيت جهة الاستقبال في الأثناء. وبعد 5.7.6، أعد الإرسال فقط بعد تشفير الرسالة أو توقيعها بخوارزمية مدعومة.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>إخفاق في سلامة الرسالة</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>عدم تطابق التوقيع</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>وجد نظام مصرح له بفحص سلامة الرسالة أنها عُدّلت أو تلفت أثناء النقل، مثل توقيع لم يعد يطابق المحتوى. 5.7.7 يرفض الرسالة و4.7.7 يبلّغ عن المشكلة على أنها مؤقتة؛ و2.7.7 في تقرير تسليم يعني أن الرسالة سُلمت لكن مشكلة السلامة دُوّنت.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>نادر في ردود SMTP؛ وغالبًا في تقارير التسليم من بوابات تتحقق من تواقيع S/MIME أو OpenPGP، أو من أنظمة تفحص الرسالة بعد النقل. والمتسببون المعتادون أنظمة تعيد كتابة البريد أثناء النقل: تذييلات تضيفها خوادم القوائم أو البوابات، أو تغيير نهايات الأسطر، أو إعادة ترميز المرفقات، أو تحويل المحتوى ذي الثماني بتات إلى quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>يتتبع مسؤول البريد لدى المرسل الموضع الذي تتغير فيه الرسالة بعد التوقيع: أداة إخلاء مسؤولية أو تذييل، أو قائمة بريدية، أو بوابة مكافحة فيروسات، أو تحويل ترميز النقل. فإما أن يجري التوقيع بعد تلك التغييرات وإما أن يمنع الوسيط من تعديل الرسائل الموقعة. ويتحقق مسؤول البريد لدى المستلم هل تعدّل بوابته الواردة الرسائل قبل تشغيل فحص السلامة.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>أُضيف تذييل أو إخلاء مسؤولية أو لافتة بعد توقيع الرسالة.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>حوّل خادم ترحيل المحتوى ذا الثماني بتات أو غيّر نهايات الأسطر، فكسر توقيعًا يغطي المتن.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>أعادت بوابة لمكافحة الفيروسات أو لمنع فقدان البيانات (DLP) كتابة مرفق أو حذفته.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>بُترت الرسالة أو تلفت أثناء النقل.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>تحقق من توقيع S/MIME لنسخة محفوظة دون فحص سلسلة الشهادات، لترى هل لا يزال المحتوى مطابقًا.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>تحقق من توقيع OpenPGP على جزء الرسالة المحفوظ.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>قارن ترويسات Received في النسخة المرسلة والنسخة المستلمة لتجد القفزة التي غيّرت الرسالة.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>بعد 5.7.7 لا تعد الإرسال عبر المسار نفسه، لأن إعادة الكتابة نفسها ستكسر الرسالة مرة أخرى. وتجوز إعادة المحاولة مع 4.7.7 لاحقًا. أما 2.7.7 فلا يحتاج إلى إعادة المحاولة؛ فقد جرى تسليم الرسالة.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>بيانات اعتماد المصادقة غير صالحة</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>فشل المصادقة</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>رفض الخادم اسم المستخدم وكلمة المرور (أو الرمز المميز) التي أرسلها العميل مع AUTH. وهو إخفاق دائم لتسجيل الدخول ذاك: يجب على العميل تقديم بيانات اعتماد مختلفة، لا مجرد المحاولة مرة أخرى. يقرنه RFC 4954 بالرمز 535؛ ويدرج السجل أيضًا 554 من استخدامه السابق في الامتداد BURL، حيث حل محله X.7.14 منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>عند AUTH على منفذي الإرسال 587 و465، مباشرة بعد أن يرسل العميل بيانات اعتماده. يجيب Postfix مع Dovecot أو Cyrus SASL بـ 535 5.7.8 Error: authentication failed (فشلت المصادقة)، ويجيب smtp.gmail.com لدى Gmail بـ 535 5.7.8 Username and Password not accepted. وكثيرًا ما تصطدم به الطابعات والماسحات الضوئية ونماذج الاتصال في المواقع وأدوات النسخ الاحتياطي بعد تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>يتحقق المستخدم، أو مالك برنامج العميل، من اسم المستخدم (عادةً عنوان البريد الإلكتروني الكامل) وكلمة المرور، ويحدّث كل جهاز أو تطبيق يخزنهما. وفي Gmail وغيره من المزودين الذين يستخدمون التحقق بخطوتين، أنشئ كلمة مرور تطبيق أو حوّل التطبيق إلى OAuth. وإذا كانت بيانات الاعتماد صحيحة يقينًا، فيفحص مسؤول الخادم الواجهة الخلفية للمصادقة، والصيغة المتوقعة لاسم تسجيل الدخول، وهل الحساب مقفل.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>كلمة مرور خاطئة أو قديمة مخزنة في العميل، وكثيرًا ما يكون ذلك بعد تغيير كلمة المرور أو انتهاء صلاحيتها.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>اسم المستخدم ليس كما يتوقعه الخادم، مثل الجزء المحلي وحده بدلًا من العنوان الكامل.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>الحساب مفعّل فيه التحقق بخطوتين والعميل يرسل كلمة المرور العادية بدلًا من كلمة مرور تطبيق أو رمز OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>المحارف الخاصة في كلمة المرور يشوّهها ملف إعدادات التطبيق أو ترميزه.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>تبحث الواجهة الخلفية للمصادقة في الخادم عن المستخدم في النطاق الإداري (realm) أو قاعدة البيانات الخطأ.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>اختبر تسجيل الدخول يدويًا واقرأ رد الخادم على AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>على خادم Postfix، اعرض عمليات تسجيل الدخول الفاشلة عبر SASL وعناوين العملاء التي تقف وراءها.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>على خادم يعتمد على Dovecot، اختبر بيانات الاعتماد نفسها مباشرة على خدمة المصادقة.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>أنشئ سلسلة AUTH PLAIN بنفسك لتستبعد مشكلات الترميز في التطبيق (استخدم كلمة مرور اختبار، لا كلمة مرور حقيقية، على الأجهزة المشتركة).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة ببيانات الاعتماد نفسها: تكرار الإخفاق قد يقفل الحساب أو يحظر عنوان IP للعميل بأدوات مثل fail2ban. حاول مرة أخرى فقط بعد تصحيح اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>يرفض smtp.gmail.com تسجيل الدخول: عنوان أو كلمة مرور خاطئة، أو كلمة مرور Google العادية أرسلها تطبيق لحساب يحتاج إلى كلمة مرور تطبيق أو OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>آلية المصادقة ضعيفة أكثر من اللازم</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>يرفض الخادم آلية المصادقة التي اختارها العميل لأن سياسته تشترط آلية أقوى لهذا المستخدم، مثلًا حين لا يكفي تسجيل الدخول بكلمة مرور عادية. وهو إخفاق دائم لمحاولة AUTH تلك، وينبغي للعميل المحاولة مرة أخرى بآلية أو بيانات اعتماد مختلفة.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>عند AUTH على منافذ الإرسال من العملاء، بصيغة 534 5.7.9 (RFC 4954). يرسل Gmail 534 5.7.9 Application-specific password required حين يسجل حساب مفعّل فيه التحقق بخطوتين الدخول بكلمة مروره العادية. ويستخدم Yahoo وAOL الرمز 5.7.9 بطريقة لا علاقة لها بذلك على خوادمهما الواردة، للبريد غير المصادق عليه أو المرفوض بموجب السياسة في نهاية DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>في حالة 534 5.7.9 الحقيقي، يجب على برنامج العميل استخدام آلية أو بيانات اعتماد أقوى: كلمة مرور تطبيق أو OAuth (XOAUTH2 أو OAUTHBEARER) لـ Gmail، أو آلية يسمح بها الخادم لذلك الحساب. وفي حالة 550 5.7.9 من Yahoo، يجعل مسؤول البريد لدى المرسل البريد يجتاز المصادقة: سجل SPF يغطي الخادم المرسل لنطاق المغلف وتوقيع DKIM لنطاق From، إضافة إلى سجل DMARC للمرسلين بالجملة.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>جرى الوصول إلى حساب Gmail أو Google Workspace مفعّل فيه التحقق بخطوتين بكلمة مرور الحساب بدلًا من كلمة مرور تطبيق.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>سياسة الخادم لا تسمح لهذا الحساب إلا بآليات OAuth أو التحدي والاستجابة، واستخدم العميل PLAIN أو LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>البريد الوارد إلى Yahoo أو AOL: لم تجتز الرسالة SPF ولا DKIM (استخدام Yahoo الخاص للرمز 5.7.9).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>البريد الوارد إلى Yahoo: رُفضت الرسالة لسبب يتعلق بسياسة المحتوى أو المرسل، ويُبلّغ عنه بالرمز 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>انظر إلى سطر AUTH في رد EHLO بعد STARTTLS لترى هل تُعرض آليات OAuth (XOAUTH2 وOAUTHBEARER).</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>في حالة رفض من Yahoo، تحقق من أن نطاق مرسل المغلف ينشر SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>في حالة رفض من Yahoo، تحقق من وجود مفتاح DKIM للمحدِّد (selector) المذكور في ترويسة DKIM-Signature للرسالة (s=).</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>لا تكرر AUTH نفسه؛ انتقل إلى آلية أقوى، أو كلمة مرور تطبيق، أو OAuth. وفي حالة 550 5.7.9 من Yahoo، لا تعد الإرسال حتى تجتاز الرسالة SPF أو DKIM.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>يريد smtp.gmail.com كلمة مرور تطبيق أو OAuth لأن حساب Google مفعّل فيه التحقق بخطوتين؛ وتُرفض كلمة مرور الحساب العادية.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>ترفض خوادم Yahoo الواردة البريد الذي لا يجتاز SPF ولا DKIM. وهذا معنى خاص بـ Yahoo، لا علاقة له بمعنى السجل «الآلية ضعيفة أكثر من اللازم» الذي يخص SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>رفض دائم من Yahoo بموجب السياسة في نهاية DATA، لأسباب تتعلق بالمحتوى أو المرسل لا يفصح عنها في الرد.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>يلزم التشفير</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>لن يقبل الخادم آلية المصادقة المطلوبة عبر اتصال غير مشفر: يجب أن تكون طبقة تشفير خارجية، وهي TLS عمليًا، قائمة أولًا. وهو دائم لتلك المحاولة؛ وينبغي للعميل بدء TLS والمصادقة مرة أخرى، أو استخدام آلية أقوى. ويقرنه السجل بالرمز 523، وهو رمز رد غير معرّف في أي مكان آخر.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>عند AUTH، حين يحاول عميل آلية بنص صريح (PLAIN أو LOGIN) قبل STARTTLS. والرد 523 5.7.10 نادر في الواقع، لأن معظم الخوادم ببساطة لا تعلن AUTH حتى يصبح TLS نشطًا، أو تجيب بـ 530 5.7.0 أو 538 5.7.11 بدلًا منه. ويستخدم Gmail الرمز 5.7.10 لقاعدة TLS خاصة به: أوامر أُرسلت متتابعة خلف STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>يجب على برنامج العميل استخدام STARTTLS على المنفذ 587 (أو SSL/TLS على المنفذ 465) وعدم المصادقة إلا بعد قيام TLS. وفي حالة رد Gmail، يرسل العميل أو مكتبة البريد لديه أوامر إضافية في الدفعة نفسها مع STARTTLS؛ ويجب أن ينتظر الرد 220 وينهي مصافحة TLS قبل إرسال أي شيء آخر، وهذا يعني عادةً تحديث المكتبة أو التطبيق.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>أمان الاتصال في العميل مضبوط على «بلا»، أو على «STARTTLS فقط عند التوفر»، فيصادق بنص صريح.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>وكيل أو برنامج مكافحة فيروسات أو جدار حماية يحذف STARTTLS من رد EHLO، فلا يرقّي العميل الاتصال أبدًا.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>يرسل العميل EHLO أو AUTH متتابعًا خلف STARTTLS مباشرة بدلًا من انتظار المصافحة (استخدام Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>انظر إلى رد EHLO على الاتصال العادي: ينبغي أن يكون STARTTLS مدرجًا، ويُفضّل ألا تكون آليات كلمات المرور مدرجة بعد.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>أكمل STARTTLS ثم AUTH PLAIN لتتأكد من أن الإعداد المصحح يعمل.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>في إعدادات الحساب لدى عميل البريد، تأكد من أن أمان الاتصال الصادر STARTTLS أو SSL/TLS، لا «بلا» أبدًا.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>لا تعد إرسال AUTH نفسه بنص صريح. أعد الاتصال، وأكمل STARTTLS ثم صادق؛ ولا حاجة لإعادة المحاولة لأي شيء من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>استخدام خاص بـ Gmail: أرسل العميل أوامر إضافية في الدفعة نفسها مع STARTTLS. يرفض Gmail ذلك لمنع حقن الأوامر في جلسة TLS؛ ويجب على العميل انتظار المصافحة. ويدرجه مرجع أخطاء Gmail مع رمز الرد 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>يلزم التشفير لآلية المصادقة المطلوبة</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>آلية المصادقة المختارة لا يجوز استخدامها إلا على اتصال مشفر، وهذا الاتصال غير مشفر. يعرّفه RFC 4954 بصيغة 538 5.7.11 ويقول إنه باقٍ لأسباب تاريخية أساسًا: ينبغي للخوادم الحديثة ألا تعلن مثل هذه الآليات قبل أن يصبح TLS نشطًا. ويقرنه السجل أيضًا بالرمز 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>عند AUTH على اتصال عادي، مع خوادم أقدم أو متساهلة تدرج PLAIN أو LOGIN قبل STARTTLS لكنها ترفض استخدامهما دونه. ويرسل Gmail 501 5.7.11 لخطأ لا علاقة له بذلك: أمر STARTTLS أُرسل مع معاملات.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>يجب على برنامج العميل بدء TLS قبل المصادقة: STARTTLS على المنفذ 587 أو SSL/TLS على المنفذ 465 في إعدادات الحساب. ويمكن لمسؤول الخادم تجنب هذا الفخ بعدم إعلان آليات كلمات المرور إلا بعد STARTTLS (في Postfix: smtpd_tls_auth_only = yes). وفي حالة 501 5.7.11 من Gmail، يجب على العميل إرسال STARTTLS دون وسائط.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>صادق العميل قبل STARTTLS لأن الخادم أدرج آليات AUTH على الاتصال العادي.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>أمان الاتصال في العميل مضبوط على «بلا» بينما لا يسمح الخادم بتسجيل الدخول بكلمة مرور إلا عبر TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>عميل أو سكربت يرسل STARTTLS مع وسيط، وهو ما يحظره RFC 3207 (يجيب Gmail بـ 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>اتصل مع STARTTLS، وأرسل EHLO يدويًا وقارن سطر AUTH بالسطر الظاهر على اتصال عادي.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>على خادم Postfix، تحقق هل يُعرض AUTH داخل جلسات TLS فقط.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>على واجهة خلفية Dovecot 2.3، تحقق هل تُرفض عمليات تسجيل الدخول بنص صريح دون TLS وما الآليات المفعّلة.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>لا شيء يوضع في قائمة الانتظار: أعد الاتصال، وابدأ TLS وكرر AUTH. والمحاولة مرة أخرى دون تشفير تلقى الرفض نفسه.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>رد Gmail حين يرسل عميل STARTTLS متبوعًا بوسيط؛ ولا ينطبق معنى السجل، أي اشتراط التشفير لآلية AUTH.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>يلزم الانتقال إلى كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>يحتاج الخادم إلى أن يسجل المستخدم الدخول مرة واحدة بآلية PLAIN (عادةً عبر TLS) كي يستطيع تخزين كلمة المرور بالشكل الذي تحتاجه الآلية المطلوبة؛ وبعد ذلك ينبغي أن تعمل الآلية المطلوبة في الجلسات اللاحقة. ولا يكون إلا حالة مؤقتة (4.7.12)؛ ويقرنه RFC 4954 بالرمز 432، ويدرج السجل أيضًا 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>عند AUTH، حين يطلب عميل آلية تحدٍّ واستجابة (CRAM-MD5 أو DIGEST-MD5 أو SCRAM) ولا يحتفظ الخادم بعد بكلمة المرور بالشكل الذي تتطلبه تلك الآلية، وعادةً بعد ترحيل أو تغيير مخطط تخزين كلمات المرور. نادر عمليًا، لأن معظم العملاء والخوادم يستخدمون ببساطة PLAIN عبر TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>يصادق برنامج العميل (أو المستخدم) مرة واحدة بـ PLAIN عبر اتصال مشفر، ثم يعود إلى الآلية المفضلة. وإذا لم يستطع العميل ذلك، فاضبطه نهائيًا على PLAIN أو LOGIN عبر TLS. ويتحقق مسؤول الخادم من أن قاعدة بيانات كلمات المرور تخزن مخططًا تستطيع الآليات المعلنة استخدامه، ويتوقف عن إعلان الآليات التي لا يمكن أن تعمل.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>رُحّلت كلمات المرور أو أُعيد حساب تجزئتها، والخادم يفتقر إلى السر اللازم لـ CRAM-MD5 أو DIGEST-MD5 أو SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>العميل مثبّت على آلية تحدٍّ واستجابة ولم يسجل الدخول بـ PLAIN منذ التغيير.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>يعلن الخادم آليات لا يستطيع تخزين كلمات المرور الحالي لديه دعمها.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>سجّل الدخول مرة واحدة بـ PLAIN عبر TLS ضمني لإكمال الانتقال.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>على خادم Dovecot، ابحث عن مدخل كلمة مرور المستخدم لترى المخطط الذي خُزنت به.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>قارن الآليات الواردة في رد EHLO من الخادم بعد STARTTLS بالآلية المثبّت عليها العميل.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>ليست إعادة محاولة من قائمة الانتظار: صادق مرة واحدة بـ PLAIN عبر TLS، ثم استخدم الآلية الأصلية مرة أخرى. وتكرار تلك الآلية دون خطوة PLAIN يعيد 4.7.12 مرة أخرى.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>حساب المستخدم معطل</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>الحساب مقفل</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>كانت بيانات الاعتماد صحيحة، لكن الحساب عُطّل، فلن يسمح له الخادم بالإرسال. ويظل دائمًا حتى يتواصل المستخدم مع المسؤول؛ وبخلاف رد كلمة المرور الخاطئة، لن يفيد أن تطلب من المستخدم إعادة كتابة كلمة المرور. ويقرنه السجل بالرمز 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>عند AUTH، مباشرة بعد فحص ناجح لبيانات الاعتماد، على خوادم الإرسال التي تميز الحسابات المعطلة عن كلمات المرور الخاطئة. والمسببات المعتادة حسابات عُلّقت بعد استخدامها لإرسال البريد المزعج، وفواتير استضافة غير مدفوعة، وموظفون غادروا. وكثير من الخوادم لا تستخدمه وتجيب بـ 535 5.7.8 للحسابات المعطلة أيضًا.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>يتواصل المستخدم مع مسؤول البريد أو المزود لديه. يعرف المسؤول سبب تعطيل الحساب (بلاغ إساءة، أو اختراق، أو فواتير)، ويزيل السبب (كلمة مرور جديدة، أو تنظيف البرمجيات الخبيثة من أجهزة المستخدم، أو حذف البريد المزعج من قائمة الانتظار الصادرة) ويعيد تفعيل الحساب. وبعدها يستطيع برنامج العميل تسجيل الدخول مرة أخرى بإعداداته الحالية.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>عُلّق الحساب بعد أن اختُرق واستُخدم لإرسال البريد المزعج.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>عُلّقت خطة الاستضافة أو اشتراك البريد بسبب عدم الدفع.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>عطّل المسؤول حساب شخص غادر المؤسسة.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>أدت محاولات تسجيل دخول فاشلة متكررة أو بلاغات إساءة إلى قفل تلقائي.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>سجّل الدخول إلى بريد الويب أو بوابة الحساب لدى المزود ببيانات الاعتماد نفسها؛ فالحساب المعلّق يُظهر عادةً إشعارًا هناك.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>تأكد من السلوك يدويًا: مع الحساب المعطل يأتي الرفض رغم أن كلمة المرور صحيحة.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>بصفتك المسؤول على Postfix، انظر متى أرسل هذا الحساب بريدًا بنجاح آخر مرة.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: كل محاولة تُرفض حتى يعيد مسؤول تفعيل الحساب.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>تلزم علاقة ثقة</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>التطبيقات الأقل أمانًا</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>يحتاج خادم الإرسال إلى علاقة ثقة مُعدّة مع خادم آخر قبل أن يستطيع تنفيذ المطلوب. يأتي التعريف من BURL (RFC 4468)، حيث يجلب خادم الإرسال الرسالة من خادم IMAP الخاص بالمستخدم عبر عنوان URL ولا توجد ثقة مُعدّة لفعل ذلك. وهو دائم، وقد حل محل الاستخدام السابق للرمز 5.7.8 لهذه الحالة.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>في الإرسال عبر BURL، ردًّا على الأمر BURL الذي يحل محل DATA أو BDAT، حين لا يستطيع خادم الإرسال تحليل عنوان IMAP URLAUTH لغياب ثقة مُعدّة مع خادم IMAP ذاك. وقلة من العملاء تستخدم BURL، لذا هذا نادر. ويستخدم Gmail الرمز 534 5.7.14 بطريقة لا علاقة لها بذلك عند AUTH، حين يريد من المستخدم تسجيل الدخول عبر متصفح الويب أولًا.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>في حالة BURL، يضبط مسؤول خادم الإرسال الثقة مع خادم IMAP (وصول URLAUTH لهوية الإرسال وما تحتاجه من تفويض)، أو يرجع برنامج العميل إلى إرسال محتوى الرسالة بنفسه بـ DATA أو BDAT. وفي حالة 534 5.7.14 من Gmail، يسجل المستخدم الدخول إلى حساب Google في متصفح، ويكمل أي فحص أمني، ثم يستخدم كلمة مرور تطبيق أو OAuth في العميل.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>لا توجد لدى خادم الإرسال ثقة مُعدّة مع خادم IMAP المذكور في عنوان BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>صدر عنوان URLAUTH لهوية إرسال غير التي يستخدمها خادم الإرسال.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>استخدام Gmail: حظرت Google تسجيل الدخول باعتباره مريبًا وتريد من المستخدم تأكيده في متصفح الويب.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>تحقق هل يدرج خادم الإرسال BURL في رده على EHLO بعد STARTTLS؛ وإذا لم يفعل، فلا ينبغي للعميل استخدام BURL إطلاقًا.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>ابحث في سجل خادم الإرسال عن الأمر BURL وعملية الجلب الفاشلة من IMAP.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>في Gmail، سجّل الدخول إلى حساب Google في متصفح على الشبكة نفسها وراجع تنبيهاته الأمنية الأخيرة.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>لا تكرر الأمر BURL نفسه، فهو يخفق في كل مرة دون علاقة الثقة. أرسل المحتوى مباشرة بـ DATA أو BDAT، أو أعد المحاولة بعد ضبط الثقة.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>يرفض smtp.gmail.com تسجيل الدخول حتى يسجل المستخدم الدخول إلى حساب Google في متصفح، وعادةً بعد حظر تسجيل دخول مريب؛ ولا علاقة لذلك بعلاقات الثقة في BURL.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>مستوى الأولوية منخفض أكثر من اللازم</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>يدعم الخادم المستقبل الامتداد MT-PRIORITY (RFC 6710) ولن يقبل الرسالة بالأولوية التي ذكرها العميل في MAIL FROM. بصيغة 4.7.15 (عادةً مع 450) يكون الرفض مؤقتًا: الخادم لا يقبل حاليًا إلا الحركة ذات الأولوية الأعلى، مثلًا أثناء الازدحام. وبصيغة 5.7.15 (عادةً مع 550) ترفض سياسة الخادم مستوى الأولوية ذاك رفضًا قاطعًا.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>ردًّا على MAIL FROM يحمل المعامل MT-PRIORITY=n (تتراوح n من -9 إلى 9، و0 هي العادية). لا يُصادف إلا على الشبكات التي تستخدم أولويات نقل الرسائل، مثل أنظمة المراسلة العسكرية أو الحكومية أو خدمات الطوارئ مع خوادم ترحيل تدعم MT-PRIORITY؛ أما خوادم بريد الإنترنت العادية فلا تعلن الامتداد ولا ترسل هذا الرمز أبدًا.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>القرار للمرسل. إذا كانت الرسالة أكثر إلحاحًا فعلًا، فأعد إرسالها بقيمة MT-PRIORITY أعلى مصرح للمرسل باستخدامها؛ وإلا فدعها تنتظر، لأن التأجيل 4.7.15 يزول حين تخرج الشبكة المستقبلة من وضع الأولوية العالية فقط. وينبغي لمسؤول البريد لدى المرسل التأكد من نطاق الأولويات الذي يقبله خادم الترحيل من هذا العميل، لأن الخوادم قد تخفض الأولويات التي يطلبها عملاء غير مصرح لهم بها أو ترفضها.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>الشبكة المستقبلة مزدحمة أو في وضع أزمة ولا تقبل مؤقتًا إلا الرسائل عند أولوية دنيا أو فوقها.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>أُرسلت الرسالة بقيمة MT-PRIORITY منخفضة أو سالبة (مثل -5) يرفضها الخادم المستقبل بموجب السياسة.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>العميل غير مصرح له بالأولوية التي طلبها، فخفضها الخادم إلى مستوى يرفضه الخادم بعد ذلك.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>اقرأ رد EHLO من الخادم المستقبل: يجب أن يكون MT-PRIORITY (ربما متبوعًا باسم سياسة) مدرجًا كي يكون لهذا الرمز معنى.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>ابحث عن التأجيل أو الارتداد في سجل الإرسال لترى أي مستلم وأي محاولة رُفضا.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>اسأل مسؤولي الشبكة المستقبلة عن مستويات الأولوية التي يقبلونها من نظامك وهل يسري حد أدنى مؤقت.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>مع 4.7.15 أبقِ الرسالة في قائمة الانتظار وأعد المحاولة بفواصل متزايدة؛ فقد ينخفض الحد الأدنى للأولوية مرة أخرى. ومع 5.7.15 لا تُجرِ إعادة المحاولة بالأولوية نفسها: أعد الإرسال فقط بأولوية أعلى مصرح بها، أو لا تعد الإرسال إطلاقًا.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>الرسالة كبيرة جدًا بالنسبة إلى الأولوية المحددة</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>يقبل الخادم الرسائل عند مستوى MT-PRIORITY هذا حتى حجم معين فقط، وهذه الرسالة أكبر. يسمح RFC 6710 للخادم بوضع حدود حجم لكل أولوية كي تبقى الحركة العاجلة سريعة؛ بصيغة 4.7.16 يكون الحد مؤقتًا (مثلًا أثناء الازدحام)، وبصيغة 5.7.16 يكون سياسة دائمة. وليس هو حد الحجم العام للخادم، الذي يُبلّغ عنه بالرمز X.3.4 أو X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>ردًّا على MAIL FROM حين يعلن العميل MT-PRIORITY وSIZE كليهما، أو بعد نهاية DATA حين يُعرف الحجم الحقيقي؛ ويقرنه السجل بالرمز 552. ولا يظهر إلا على خوادم الترحيل التي تنفذ أولويات نقل الرسائل، وعادةً على شبكات المراسلة العسكرية أو الطوارئ المغلقة.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>يصغّر المرسل الرسالة (يحذف المرفقات الكبيرة أو يستبدل بها رابطًا) أو يعيد إرسالها بأولوية أدنى، حيث يُسمح بالرسائل الأكبر. ويمكن لمسؤول البريد لدى المرسل سؤال جهة الاستقبال عن حد الحجم عند كل مستوى أولوية وضبط العميل ليقسم الرسائل ذات الأولوية الكبيرة أو يخفض أولويتها تلقائيًا.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>أُرسل مرفق كبير بمستوى أولوية عالٍ يخصصه الخادم المستقبل للرسائل القصيرة العاجلة.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>الشبكة المستقبلة تعمل في وضع متدهور وخفضت مؤقتًا الحجم المسموح به عند كل أولوية.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>قيمة SIZE المعلنة في MAIL FROM تجاوزت الحد الخاص بالأولوية مع أنها أقل من الحد الأقصى العام للخادم.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>ابحث عن المحاولة المرفوضة في سجل الإرسال، مع حجم الرسالة والمستلم.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>قارن بالحد العام الذي يعلنه الخادم في سطر SIZE من رده على EHLO، لتميز الحد الخاص بالأولوية من الحد العام.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>اسأل مسؤولي جهة الاستقبال عن حد الحجم لديهم لكل مستوى أولوية، وهل هو قاعدة دائمة أم قيد مؤقت.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>مع 4.7.16 أعد المحاولة لاحقًا بفواصل متزايدة، فقد يعود الحجم المسموح به. ومع 5.7.16 لا تعد الإرسال دون تغيير: قلّل الحجم أو اخفض الأولوية أولًا.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>تغيّر مالك صندوق البريد</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>عنوان بريد أُعيد تدويره</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>طلبت الرسالة حماية Require-Recipient-Valid-Since (RRVS، RFC 7293)، والنظام المستقبل يعلم أن صندوق بريد المستلم لم يكن ملكًا للمالك نفسه بلا انقطاع منذ التاريخ الذي ذكره المرسل. فقد أُغلق العنوان وأُعيد إصداره، أو انتقلت ملكيته بطريقة أخرى، فيُرفض البريد بدلًا من تسليمه إلى شخص غريب. ولا يُستخدم إلا إخفاقًا دائمًا.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>ردًّا على RCPT TO حين يستخدم العميل المعامل RRVS=date-time، أو بعد DATA حين تحمل الرسالة حقل الترويسة Require-Recipient-Valid-Since بدلًا منه. والمرسل عادةً بنك أو متجر أو شبكة اجتماعية تراسل عنوان مستلم تحققت منه منذ زمن بعيد، والجهة المستقبلة مزود يعيد تدوير العناوين المهجورة وينفذ RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>يعلّم المرسل (مشغّل التطبيق المرسل) العنوان بأنه لم يعد يخص العميل، ويتوقف عن مراسلته، ويطلب من العميل عنوانًا حاليًا عبر قناة أخرى. لا تحذف تاريخ RRVS وتعد الإرسال: فالفحص موجود لإبعاد رسائل إعادة تعيين كلمة المرور وإشعارات الحساب عن المالك الجديد للعنوان.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>أغلق مزود المستلم الحساب القديم بعد خمول طويل ثم منح العنوان نفسه لمستخدم جديد.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>جرى التحقق من العنوان المسجل قبل أن يستلمه مالكه الحالي، فيسبق تاريخ RRVS الملكية الحالية.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>ابحث عن التاريخ الذي وضعه النظام المرسل في ترويسة Require-Recipient-Valid-Since (أو المعامل RRVS) وقارنه بآخر مرة أكد فيها العميل، أي المستلم، العنوان.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>تواصل مع العميل بالهاتف أو بإشعار في التطبيق أو بالبريد الورقي للحصول على عنوان جديد مؤكد قبل إرسال أي شيء حساس.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: تغيّر الملكية دائم. علّم العنوان أو احذفه ولا ترسل إلا إلى عنوان مؤكد حديثًا.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>تغيّر مالك النطاق</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>نتيجة أخرى لفحص Require-Recipient-Valid-Since (RFC 7293): يبلّغ النظام المستقبل أن نطاق المستلم تغيّر مالكه منذ التاريخ الذي ذكره المرسل. وكل عنوان في ذلك النطاق قد يخص الآن مؤسسة مختلفة، فتُرفض الرسالة. ولا يُستخدم إلا إخفاقًا دائمًا.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>ردًّا على RCPT TO مع المعامل RRVS، أو بعد DATA لصيغة حقل الترويسة، على الأنظمة المستقبلة التي تعلم بتغيرات ملكية النطاقات التي تستضيفها. الحالة المعتادة: انتهت صلاحية نطاق قديم لشركة وسجّله شخص آخر يشغّل بريده الآن.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>يعامل المرسل كل عنوان في ذلك النطاق على أنه قديم بالنسبة إلى هذا العميل، ويتوقف عن الإرسال، ويحصل من العميل على عنوان جديد. ويمكن لمسؤول البريد لدى المرسل النظر في تسجيل النطاق وتوجيه بريده للتأكد من التغيير قبل حذف العناوين من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>انقضت صلاحية النطاق وسجّله مالك جديد يشغّل بريده الآن.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>بيعت المؤسسة التي كانت تملك النطاق أو اندمجت أو غيّرت اسمها، وانتقل النطاق إلى طرف آخر.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>اقرأ بيانات التسجيل الحالية للنطاق وخوادم أسمائه لترى هل تغيّرت مؤخرًا.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>انظر إلى أين يذهب بريد النطاق الآن؛ فوجود مزود مختلف عن المسجل لديك يدعم فرضية تغيّر الملكية.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة: ترفض الجهة المستقبلة هذه الرسالة إلى ذلك النطاق عن قصد. أعد الإرسال فقط إلى عنوان مؤكد حديثًا، وعادةً في نطاق آخر.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>تعذر إكمال فحص RRVS</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>طلب المرسل فحص Require-Recipient-Valid-Since (RFC 7293)، لكن النظام المستقبل لا يستطيع معرفة هل كان لصندوق بريد المستلم مالك واحد منذ ذلك التاريخ، لأنه لم يسجل الطابع الزمني الذي يحتاجه. وبدلًا من التخمين، يرفض الرسالة ويترك القرار للمرسل. ولا يُستخدم إلا إخفاقًا دائمًا.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>ردًّا على RCPT TO (المعامل RRVS) أو بعد DATA (حقل الترويسة)، وعادةً حين يكون تاريخ RRVS أقدم من تاريخ الحساب الذي يحتفظ به المزود المستقبل. ولا ترسله إلا الجهات المستقبلة التي تنفذ RFC 7293، لذا هو نادر.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>يقرر المرسل هل من الآمن تسليم الرسالة دون حماية. بالنسبة إلى نشرة إخبارية، إعادة الإرسال دون المعامل RRVS أو حقل الترويسة أمر معقول؛ أما رسالة إعادة تعيين كلمة المرور أو إشعار الحساب، فتأكد من العنوان مع العميل أولًا ثم أعد الإرسال بتاريخ RRVS حديث.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>تاريخ RRVS أقدم من تاريخ الحساب الذي يحتفظ به النظام المستقبل.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>لم يخزن النظام المستقبل قط تاريخ إنشاء صندوق البريد هذا، أو فقده، مثلًا بعد ترحيل الحسابات بين المنصات.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>تحقق من التاريخ الذي استخدمه التطبيق المرسل لـ RRVS (عادةً آخر مرة أكد فيها العميل العنوان)؛ فالتاريخ القديم جدًا يجعل هذه النتيجة مرجحة.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>انظر هل يعلن الخادم المستقبل RRVS في رده على EHLO، فذلك يخبرك هل قُيّمت صيغة المعامل أم صيغة الترويسة وحدها.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة بتاريخ RRVS نفسه. إما أن تعيد الإرسال دون حماية RRVS، إذا قبل المرسل هذا الخطر، وإما أن تتأكد من العنوان وترسل بتاريخ أحدث.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>لم يُعثر على توقيع DKIM ناجح</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>فشل DKIM</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>بريد غير موقّع</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>تشترط الجهة المستقبلة توقيع DKIM صالحًا ولم تجد أي توقيع اجتاز التحقق: إما أن الرسالة لم توقّع أصلًا، وإما أن كل تواقيعها أخفقت. يعرّف RFC 7372 هذا الرمز كي تقول الجهات المستقبلة هذا بالضبط بدلًا من 5.7.1 العام. وهو رفض دائم.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>بعد النقطة الأخيرة من DATA، بعد أن تفحص الجهة المستقبلة التواقيع. ترسله البوابات وخوادم MTA المضبوطة على اشتراط DKIM من بعض المرسلين أو كلهم، مثل قاعدة تقضي بأن البريد الذي يدّعي أنه من بنك، أو من نطاق المستلم نفسه، يجب أن يحمل توقيعًا سليمًا.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>يجب على مسؤول البريد لدى المرسل وضع توقيع يجتاز التحقق على الرسالة: تفعيل توقيع DKIM في الخادم أو الخدمة التي ترسلها، ونشر المفتاح العام المطابق تحت المحدِّد (selector)، والتأكد من أن لا شيء بعد الموقّع (تذييل إخلاء المسؤولية، أو إعادة كتابة الروابط، أو برنامج القوائم) يغيّر الترويسات الموقعة أو المتن. وتحقق برسالة اختبار قبل إعادة الإرسال.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>لم يُفعّل توقيع DKIM قط في الخادم أو خدمة الإرسال، فلم تحمل الرسالة أي توقيع.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>غيّرت بوابة أو أداة إخلاء مسؤولية أو ماسح فيروسات المتن بعد التوقيع، فلم تعد تجزئة المتن مطابقة.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>المفتاح العام للمحدِّد مفقود من DNS، أو مبتور عند لصقه، أو حُذف بينما كان البريد لا يزال يوقَّع به.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>خذ d= وs= من ترويسة DKIM-Signature في رسالة مرسلة واجلب ذلك المفتاح؛ فالإجابة الفارغة تعني أن المفتاح مفقود.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>تحقق من نسخة محفوظة من الرسالة تمامًا كما غادرت آخر خادم لديك (توفر الحزمة python3-dkim الأداة dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>أرسل اختبارًا إلى صندوق بريد تتحكم فيه وابحث عن dkim=pass في ترويسة Authentication-Results (نتائج المصادقة) التي أضافتها الجهة المستقبلة.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير: الرسالة نفسها غير الموقعة أو ذات التوقيع المعطوب تخفق بالطريقة نفسها. أعد الإرسال بعد أن يعمل التوقيع.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>لم يُعثر على توقيع DKIM مقبول</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>مفتاح DKIM ضعيف</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>اجتاز توقيع DKIM واحد على الأقل التحقق، لكن سياسة الجهة المستقبلة لا تقبل أيًّا منها. والأسباب المعتادة توقيع من نطاق غير متوقع، أو مفتاح أو خوارزمية ضعيفة، أو توقيع يغفل ترويسات تصر عليها الجهة المستقبلة. دائم؛ وX.7.22 هو الحالة الأضيق التي تكون فيها المشكلة تحديدًا في نطاق المؤلف.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>في نهاية DATA لدى الجهات المستقبلة التي تتجاوز سياسة DKIM لديها مجرد النجاح أو الإخفاق. وكثيرًا ما يحدث بعد انتقال المرسل إلى خدمة بريد جديدة توقّع بنطاقها الخاص، أو على الأنظمة التي تتبع RFC 8301 ولم تعد تقبل تواقيع rsa-sha1 أو مفاتيح RSA أقصر من 1024 بت.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>يقرأ مسؤول البريد لدى المرسل ما يحتويه التوقيع ويجعله متوافقًا: التوقيع بنطاق المؤسسة نفسها، واستخدام rsa-sha256 بمفتاح 2048 بت (ويمكن إضافة توقيع ed25519 بجانبه)، وتوقيع From وTo وSubject وDate وMessage-ID من ترويسات الرسالة على الأقل. وإذا كانت الجهة المستقبلة تريد تواقيع من نطاق معين، فاسأل مسؤولها أي نطاق.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>التوقيع الناجح الوحيد يعود إلى نطاق مزود خدمة البريد، الذي لا تقبله الجهة المستقبلة لهذا المرسل.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>يستخدم التوقيع rsa-sha1 أو مفتاح RSA أقل من 1024 بت، وتعدّه الجهة المستقبلة غير مقبول.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>يجتاز التوقيع التحقق لكنه لا يغطي ترويسات تشترطها سياسة الجهة المستقبلة، مثل Subject أو Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>انظر إلى الوسوم a= (الخوارزمية) وd= (النطاق) وh= (الترويسات الموقعة) في ترويسة DKIM-Signature لرسالة مرسلة.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>افحص حجم المفتاح: قيمة p= بطول نحو 216 محرف base64 تعني مفتاح RSA بطول 1024 بت، ونحو 392 محرفًا تعني 2048 بت.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>اسأل مسؤول البريد لدى المستلم عن نطاق التوقيع أو الخوارزمية أو تغطية الترويسات التي تتوقعها سياستهم.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير؛ ستحكم الجهة المستقبلة على التوقيع نفسه بالطريقة نفسها. أعد الإرسال بعد تغيير نطاق التوقيع أو المفتاح أو الخوارزمية.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>لم يُعثر على توقيع DKIM صالح يطابق نطاق المؤلف</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>مواءمة DKIM</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>عدم تطابق نطاق From</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>تحمل الرسالة تواقيع DKIM تجتاز التحقق، لكن أيًّا منها ليس من النطاق الوارد في ترويسة From. تريد الجهة المستقبلة أن يضمن نطاق المؤلف نفسه الرسالة: حالة خاصة من X.7.21، قريبة مما تفحصه مواءمة DMARC. رفض دائم.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>في نهاية DATA، وعادةً للنشرات الإخبارية أو الفواتير أو التنبيهات المرسلة عبر خدمة خارجية توقّع بنطاقها الخاص بينما يستخدم عنوان From نطاق العميل. ويُرى أيضًا حين تعيد قائمة بريدية أو جهة إعادة توجيه توقيع الرسالة بنطاقها الخاص وقد انكسر التوقيع الأصلي.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>يُعدّ مسؤول البريد لدى المرسل توقيع DKIM مخصصًا في خدمة الإرسال كي توقّع بقيمة d= مساوية لنطاق From، وعادةً بنشر سجلات المحدِّد الخاصة بالخدمة (CNAME أو TXT) في DNS لذلك النطاق وتفعيلها في إعدادات الخدمة. ثم تحقق من أن رسالة اختبار تُظهر توقيعًا ناجحًا يطابق نطاقه ترويسة From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>خدمة تسويق أو تذاكر توقّع بنطاقها الخاص لأن التوقيع المخصص لنطاق العميل لم يُعدّ قط.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>حُوّل عنوان From إلى نطاق علامة تجارية جديد ليس له مفتاح DKIM خاص به بعد.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>التوقيع الصالح الوحيد أضافته قائمة بريدية أو جهة إعادة توجيه، لا نطاق المؤلف.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>قارن نطاق d= في كل ترويسة DKIM-Signature بنطاق ترويسة From في الرسالة نفسها.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>تحقق من أن محدِّد خدمة الإرسال منشور تحت نطاق From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>لا تعد الإرسال دون تغيير. أعد الإرسال بعد أن توقّع خدمة الإرسال بنطاق From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>فشل التحقق من SPF</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>إخفاق SPF الصارم (hardfail)</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>إخفاق SPF</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>فحصت الجهة المستقبلة SPF لمرسل المغلف (MAIL FROM) أو لاسم HELO وحصلت على النتيجة fail: يقول سجل SPF للنطاق إن عنوان IP المتصل لا يجوز له الإرسال باسمه. يعطي RFC 7372 هذا الرمز للجهات المستقبلة التي ترفض عند إخفاق SPF، بدلًا من 5.7.1 العام الأقدم. دائم. هذا هو معنى السجل؛ أما Gmail فيستخدم 4.7.23 لمشكلات DNS العكسي بدلًا من ذلك (انظر المزودين).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>عادةً مباشرة بعد MAIL FROM أو RCPT TO، لأن SPF لا يحتاج إلا إلى عنوان IP والمغلف؛ وبعض المرشحات تنتظر إلى ما بعد DATA. وشائع مع إعادة التوجيه (عنوان IP لجهة إعادة التوجيه ليس في سجل النطاق الأصلي)، وبعد نقل البريد إلى مزود جديد، وللبريد المرسل من أداة SaaS جديدة لم يضفها أحد إلى SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>يضيف مسؤول البريد لدى المرسل المرسل الناقص إلى سجل SPF لنطاق المغلف (ip4: أو ip6: أو include: الخاص بالخدمة)، مع إبقاء المجموع عند عشرة استعلامات DNS أو أقل، ثم يعيد الإرسال. وإذا كانت الرسالة قد أُعيد توجيهها، فيحتاج مسؤول جهة إعادة التوجيه إلى SRS (إعادة كتابة عنوان المرسل)، وينبغي للمرسل الأصلي التوقيع بـ DKIM كي تجتاز الرسالة DMARC حتى بعد إعادة التوجيه.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>غادرت الرسالة عبر خادم أو خدمة ليس عنوان IP الخاص بها في سجل SPF لنطاق المغلف.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>تولى خادم إعادة توجيه ترحيل الرسالة، فرأت الجهة المستقبلة عنوان IP لجهة إعادة التوجيه، لا عنوانًا يصرح به النطاق الأصلي.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>لم يُضف عنوان IP صادر جديد أو IPv6 مفعّل حديثًا إلى سجل SPF ينتهي بـ -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>اقرأ سجل SPF لنطاق مرسل المغلف (Return-Path)، الذي قد يختلف عن نطاق From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>ابحث عن المحاولة المرفوضة في سجلك لترى أي خادم ترحيل رفضها وأي عنوان IP من عناوينك استُخدم.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>إذا كان للخادم IPv6، فافحص عنوانه؛ فالاتصال عبر IPv6 يحتاج إلى مدخل ip6: أو آلية مطابقة.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير من عنوان IP نفسه: لن تتغير نتيجة SPF. أعد الإرسال بعد تحديث السجل وانقضاء مدة TTL للسجل القديم.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>يستخدم Gmail الرمز 4.7.23 لمشكلة في DNS العكسي، لا في SPF: عنوان IP المتصل ليس له سجل PTR، أو أن اسم PTR لا يُترجم إلى ذلك العنوان. ويتأجل البريد حتى يتطابق DNS الأمامي والعكسي؛ والصيغة الدائمة للمشكلة نفسها لدى Gmail هي 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>يُستخدم في تقارير عدم التسليم في Microsoft 365 حين يرفض خادم الوجهة الرسالة لأسباب تتعلق بـ SPF؛ ويتبعه عادةً رد الخادم البعيد نفسه بعد سهم (-&gt;) يذكر سبب النظام المستقبل.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>خطأ في التحقق من SPF</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>حد الاستعلامات العشرة في SPF</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>سجلات SPF متعددة</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>لم تتمكن الجهة المستقبلة من إكمال فحص SPF بسبب خطأ، لا بسبب نتيجة fail. بصيغة 4.7.24 (مع 451) هو temperror في SPF، وعادةً انتهاء مهلة DNS أثناء جلب السجل؛ وبصيغة 5.7.24 (مع 550) هو permerror في SPF، أي أن السجل نفسه معطوب: صياغة خاطئة، أو سجلا SPF، أو أكثر من عشرة استعلامات DNS. يخصص RFC 7372 هذين الرمزين بدلًا من 4.4.3 و5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>بعد MAIL FROM أو في نهاية DATA، لدى الجهات المستقبلة التي تتصرف بناءً على أخطاء SPF. وتأتي الصيغة الدائمة عادةً بعد تعديل سجل SPF (include إضافي يتجاوز به عشرة استعلامات، أو خطأ إملائي، أو سجل v=spf1 ثانٍ)؛ وتظهر الصيغة المؤقتة حين تكون خوادم أسماء نطاق المرسل بطيئة أو غير قابلة للوصول.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>مع 5.7.24 يصلح مسؤول البريد لدى المرسل السجل: يدمج كل شيء في سجل TXT واحد من نوع v=spf1، ويصحح الصياغة، ويحذف أوامر include أو يسطّحها حتى لا يحتاج أكثر من عشر آليات إلى استعلامات DNS. ومع 4.7.24 تحقق من أن خوادم الأسماء الموثوقة للنطاق تجيب بسرعة من الخارج؛ وإذا كانت كذلك، فقد تكون المشكلة لدى الجهة المستقبلة وستسلم قائمة الانتظار البريد في محاولة لاحقة.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>يحتاج سجل SPF إلى أكثر من عشرة استعلامات DNS بعد احتساب كل include وa وmx وptr وexists وredirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>ينشر النطاق سجلي TXT منفصلين من نوع v=spf1، مما يجعل النتيجة خطأً دائمًا.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>يحتوي السجل على خطأ في الصياغة مثل اسم مضيف بعد ip4:، أو آلية مكتوبة خطأً، أو محرف دخيل.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>تنتهي مهلة خوادم أسماء النطاق أو تجيب بـ SERVFAIL، فتحصل الجهة المستقبلة على خطأ مؤقت.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>اعرض كل سجلات TXT في نطاق المغلف وتأكد من أن واحدًا منها بالضبط يبدأ بـ v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>وسّع كل include: (وأوامر include داخله) وعُدّ كل آلية تكلف استعلام DNS.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>اسأل كل خادم أسماء موثوق للنطاق مباشرة؛ فالخادم الذي تنتهي مهلته يفسر temperror.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>مع 4.7.24 أعد المحاولة بالفواصل المتزايدة المعتادة؛ فحالات انتهاء مهلة DNS تزول عادةً. ومع 5.7.24 لا تُجرِ إعادة المحاولة حتى يُصلح سجل SPF، لأن كل محاولة ستصطدم بالخطأ الدائم نفسه.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>فشل التحقق من DNS العكسي</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS DNS عكسي</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>لا يوجد DNS عكسي</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>سجل PTR مفقود</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>أخفق عنوان IP للعميل المتصل في فحص DNS العكسي لدى الجهة المستقبلة: ليس له سجل PTR، أو أن الاسم في سجل PTR لا يُترجم إلى العنوان نفسه (DNS عكسي مؤكد أماميًا، FCrDNS). تستخدم الجهات المستقبلة هذا مرشحًا رخيصًا ضد الأجهزة المنزلية المصابة والخوادم سيئة الإدارة. رفض دائم.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>في أي وقت بعد الاتصال، وغالبًا ردًّا على MAIL FROM أو RCPT TO أو نهاية DATA. ومعتاد بعد نقل خادم بريد إلى VPS جديد أو عنوان سحابي جديد، أو بعد تفعيل IPv6 (عنوان IPv6 ليس له PTR)، أو حين يشير اسم PTR إلى مضيف تغيّر سجل A الخاص به لاحقًا. ويرسله Gmail بصيغة 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>يطلب مسؤول البريد لدى المرسل من الجهة التي تتحكم في عنوان IP (مزود الاستضافة، أو مزود الإنترنت، أو لوحة التحكم السحابية؛ لا مسجل النطاق) ضبط سجل PTR يسمي خادم البريد، مثل mail.example.com، ويتأكد من أن لهذا الاسم سجل A أو AAAA يشير إلى عنوان IP نفسه. وينبغي أن يكون اسم HELO هو اسم المضيف نفسه. ثم أعد الإرسال.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>ليس لعنوان IP المرسل أي سجل PTR إطلاقًا، وهذا شائع في عناوين VPS والعناوين السحابية الجديدة.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>اسم PTR موجود لكن سجل A أو AAAA الخاص به يشير إلى عنوان مختلف، فيخفق الفحص الأمامي.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>يرسل الخادم عبر IPv6 وليس لديه DNS عكسي إلا لعنوان IPv4.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>سجل PTR اسم عام لمزود إنترنت تعامله الجهة المستقبلة على أنه عنوان ديناميكي أو منزلي.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>استعلم عن سجل PTR لعنوان IP المرسل.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>حلّل الاسم المعاد تحليلًا أماميًا وتأكد من أنه يعطي العنوان نفسه.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>كرر الاستعلام العكسي لعنوان IPv6 للخادم إن كان له واحد.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>قارن باسم HELO الذي يعلنه Postfix الخاص بك (ولدى Exim وغيره إعداد مقابل).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>لا ينبغي إعادة المحاولة دون تغيير من عنوان IP ذاك. أعد المحاولة بعد وجود سجل PTR وسجلات A أو AAAA المطابقة وانتهاء صلاحية الإجابات السلبية المخزنة مؤقتًا.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>يطابق استخدام Gmail معنى السجل ويشمل المرسلين عبر IPv4 وIPv6؛ وتصل الصيغة المؤقتة للمشكلة نفسها بالرمز 4.7.23، لا 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>أخفقت عدة فحوص مصادقة</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>فشل DMARC</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>سياسة p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>أجرى الخادم المستقبل أكثر من فحص واحد لمصادقة المرسل (SPF وDKIM، وعادةً DMARC فوقهما) وأخفقت الرسالة فيها معًا. والرمز رفض دائم: الرسالة نفسها المرسلة بالطريقة نفسها ستُرفض مرة أخرى.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>في نهاية DATA، بعد أن تحصل الجهة المستقبلة على الرسالة كاملة وتستطيع التحقق من تواقيعها. وقد اشتهر بفضل Gmail: فهو يجيب منذ سنوات بالرمز 550 5.7.26 على البريد الذي يخفق في سياسة DMARC لنطاق المرسل، والبريد الذي لا نتيجة SPF أو DKIM صالحة له، وجعلت متطلبات المرسلين لديه في 2024 هذا الرد أكثر شيوعًا بكثير.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>أصلح المصادقة في جهة الإرسال، للنطاق الوارد في ترويسة From. انشر سجل SPF يغطي كل خادم يرسل باسم النطاق، ووقّع البريد الصادر بـ DKIM بمفتاح منشور في DNS، واجعل واحدًا منهما على الأقل متوافقًا مع نطاق From كي يجتاز DMARC. ثم أرسل رسالة اختبار واقرأ ترويسة Authentication-Results فيها قبل إعادة إرسال البريد المرتد.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>لا يوجد سجل SPF، أو سجل SPF لا يدرج الخادم أو الخدمة التي أرسلت الرسالة فعلًا.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>لا يوجد توقيع DKIM، أو توقيع كسرته بوابة أو قائمة بريدية أو تذييل غيّر الرسالة بعد التوقيع.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>يجتاز SPF وDKIM لنطاق غير نطاق ترويسة From، فتخفق مواءمة DMARC وسياسة DMARC للنطاق تقول reject.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>خدمة إرسال أُضيفت حديثًا (أداة نشرات إخبارية، أو CRM، أو نظام تذاكر) ترسل باسم نطاق الشركة دون أن يُصرح لها في DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>اقرأ سجل SPF لنطاق المرسل وتأكد من أنه يدرج عنوان IP للخادم المرسل أو include الخاص بالخدمة.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>تحقق من وجود مفتاح DKIM العام للمحدِّد المذكور في ترويسة DKIM-Signature للرسالة (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>اقرأ سياسة DMARC للنطاق لترى ما طُلب من الجهة المستقبلة فعله بالإخفاقات.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>أرسل رسالة اختبار إلى صندوق بريد تتحكم فيه لدى مزود كبير واقرأ ترويسة Authentication-Results (نتائج المصادقة): يجب أن تقول spf= وdkim= وdmarc= جميعها pass.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة للرسالة نفسها دون تغيير: ستخفق مرة أخرى. أعد الإرسال فقط بعد إصلاح سجلات المصادقة أو التوقيع.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>يرسل Gmail الرمز 5.7.26 حين لا تجتاز الرسالة SPF ولا DKIM، وكذلك حين تخفق في سياسة DMARC لنطاق From؛ والنص الذي يلي الرمز يحدد أيهما.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>لعنوان المرسل سجل MX فارغ</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>نطاق مرسل المغلف، أو نطاق ترويسة From، ينشر سجل MX فارغًا (MX 0 .)، يعلن أنه لا يستقبل البريد أبدًا. ويجوز للجهة المستقبلة رفض مثل هذا البريد لأن رسائل الارتداد والردود لن تصل إلى المرسل أبدًا، ولأن النطاق الذي يعلن عدم وجود خدمة بريد مرجح أن يكون مزوّرًا. معرّف في RFC 7505؛ دائم. هذا هو معنى السجل؛ أما Gmail فيستخدم الأرقام نفسها لإخفاقات SPF (انظر المزودين).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>ردًّا على MAIL FROM حين تفحص الجهة المستقبلة MX لنطاق المغلف، أو بعد DATA حين تفحص نطاق ترويسة From. والمتسببون المعتادون تطبيق يرسل باسم noreply@ في نطاق يحتوي DNS الخاص به على سجل MX فارغ، ونطاقات مركونة أو مخصصة للإرسال فقط أُعطيت سجل MX فارغًا خطأً.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>إما أن يحذف مسؤول البريد لدى المرسل سجل MX الفارغ وينشر سجل MX حقيقيًا للنطاق المستخدم في MAIL FROM وFrom، وإما أن يغيّر التطبيق ليرسل من نطاق يقبل البريد (ينفع نطاق فرعي لرسائل الارتداد له MX خاص به). ويقول RFC 7505 إن النطاقات المستخدمة مرسلةً ينبغي ألا تنشر سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>أُعطي نطاق مخصص للإرسال فقط سجل MX فارغًا كي لا يستقبل شيئًا، لكنه لا يزال مستخدمًا في MAIL FROM أو From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>أضاف قالب DNS للنطاقات المركونة أو غير المستخدمة MX 0 . إلى نطاق بدأ لاحقًا بإرسال البريد.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>بريد مزعج أو تصيد احتيالي يزوّر نطاقًا ذا سجل MX فارغ، وفي هذه الحالة يؤدي الرفض وظيفته.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>استعلم عن MX لنطاقي المغلف وFrom؛ الإجابة الوحيدة 0 . تعني سجل MX فارغًا.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>تحقق من النطاق الذي يلحقه Postfix بعناوين المرسلين المولّدة محليًا، لأن مرسل المغلف في التطبيق قد يختلف عن عنوان From الخاص به.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>بعد نشر سجل MX حقيقي، تأكد من أن المضيف الذي يسميه يقبل الاتصالات على المنفذ 25.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة مع 5.7.27 بمعنى السجل دون تغيير: سجل MX الفارغ إعلان متعمد في DNS. أما تأجيل Gmail بالرمز 4.7.27 فتجري إعادة المحاولة له على النحو المعتاد، لكنه لا ينجح إلا بعد أن يجتاز SPF.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>لا علاقة له بسجل MX الفارغ: يرسل Gmail 4.7.27 (تأجيل) و5.7.27 (رفض) حين لا تجتاز الرسالة SPF وفق متطلبات المرسلين لديه. أصلح سجل SPF لنطاق المغلف، وتجاهل العنوان الوارد في السجل.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>اكتُشف إغراق بالبريد</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>قصف الاشتراكات</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>تعتقد الجهة المستقبلة أن الرسالة جزء من إغراق برسائل مسيئة متشابهة، وعادةً قنبلة بريدية يتلقى فيها عنوان واحد مئات رسائل تأكيد الاشتراك الناتجة عن إرسال مزوّر لنماذج الويب. يؤجل 4.7.28 الرسالة ويرفضها 5.7.28. سجلت IANA الرمز من مسودة إنترنت كتبها John Levine ولم تُنشر قط بوصفها RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>عند RCPT TO أو في نهاية DATA، حين ترى الجهة المستقبلة موجة من الرسائل شبه المتطابقة إلى مستلم واحد أو من مصدر واحد. ويصادفه المرسلون حين يُساء استخدام نموذج الاشتراك في النشرة أو إعادة تعيين كلمة المرور أو الاتصال لديهم لقصف ضحية. ويستخدم Gmail أيضًا 4.7.28 لتقييد معدل البريد المزعج الخاص به (انظر المزودين).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>يوقف مسؤول البريد لدى المرسل الإغراق من مصدره: بإضافة CAPTCHA أو حد للمعدل إلى نموذج الويب، وإرسال تأكيد واحد على الأكثر لكل عنوان في فترة معينة، وحذف التأكيدات الموجودة في قائمة الانتظار الموجهة إلى العنوان المستهدف. وفي حالة 4.7.28 من Gmail، قلّل الحجم من عنوان IP أو النطاق المتأثر، واحذف المستلمين غير المتفاعلين، وراقب معدل البريد المزعج في Postmaster Tools.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>أرسل روبوت نموذج الاشتراك أو الاتصال الخاص بالمرسل مرات كثيرة بعنوان الضحية.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>علة أو حلقة في تطبيق أرسلت الإشعار نفسه إلى مستلم واحد مرارًا وتكرارًا.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>حساب مخترق أو سكربت على الخادم المرسل أرسل رسائل شبه متطابقة بكميات ضخمة.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>لدى Gmail: ارتفاع في البريد الذي يبدو غير مرغوب فيه من عنوان IP المرسل أو من النطاق المصادق عليه.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>عُدّ الرسائل التي أرسلها خادمك إلى العنوان المتأثر مؤخرًا.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>افحص سطر الملخص لقائمة الانتظار بحثًا عن تراكم الرسائل المنتظرة.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>ابحث في سجل خادم الويب عن موجات من إرسال النماذج، فهي تشير إلى روبوت يستخدم نموذجك.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>مع 4.7.28 أعد المحاولة على فترات متزايدة وبمعدل إرسال أقل؛ فالإغراق يزيد الأمر سوءًا. ومع 5.7.28 لا تعد إرسال الرسالة نفسها، التي صنفتها الجهة المستقبلة جزءًا من إغراق مسيء.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>حد معدل مرتبط بالسمعة لا حكم بقنبلة بريدية: رأى Gmail بريدًا كثيرًا جدًا يبدو غير مرغوب فيه من عنوان IP الخاص بك، أو من نطاق DKIM أو SPF الخاص بك (الصيغ الأطول من النص تحدد أيها)، فيبطئ القبول. ويزول ذلك مع تعافي السمعة.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>فشل التحقق من ARC</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>حملت الرسالة ترويسات Authenticated Received Chain (سلسلة الاستلام المصادق عليها، RFC 8617، وهو RFC تجريبي) ولم تجتز السلسلة التحقق، فلم تستطع الجهة المستقبلة الوثوق بنتائج المصادقة التي سجلها الوسطاء الذين مرت بهم. ويجوز للجهة المستقبلة رفض مثل هذا البريد، لا سيما حين يخفق أيضًا في DMARC. هذا هو معنى السجل؛ أما Gmail فيستخدم الأرقام نفسها للبريد المرسل دون TLS (انظر المزودين).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>في نهاية DATA، على بريد مرّ عبر قائمة بريدية أو خدمة إعادة توجيه أو بوابة أمان تضيف ترويسات ARC-Seal وARC-Message-Signature (توقيع الرسالة) وARC-Authentication-Results (نتائج المصادقة). نادر عمليًا: معظم الجهات المستقبلة لا تستخدم ARC إلا تلميحًا حين يخفق DMARC، لذا نادرًا ما تسبب السلسلة المعطوبة رفضًا بمفردها.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>يصلح مسؤول الوسيط الذي تخفق مجموعة ARC الخاصة به (وكثيرًا ما يكون خادم قوائم أو بوابة) ختم ARC لديه: مفتاح منشور لمحدِّده، وأرقام نسخ صحيحة، وعدم تغيير الرسالة بعد الختم. ولا يستطيع المرسل الأصلي إصلاح سلسلة نظام آخر: أرسل رسالة الارتداد مع الترويسات كاملة إلى مشغل القائمة أو جهة إعادة التوجيه.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>عدّل وسيط الرسالة بعد إضافة مجموعة ARC الخاصة به، فكسر ARC-Message-Signature لديه.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>المفتاح العام للمحدِّد المذكور في ARC-Seal مفقود من DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>مجموعة ARC مفقودة أو في غير ترتيبها (أرقام النسخ i=1 وi=2 وهكذا غير متصلة)، مما يبطل السلسلة.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>ختمت قفزة لاحقة بالقيمة cv=fail، معلّمة السلسلة بأنها معطوبة أصلًا.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>اعرض ترويسات ARC مع أرقام النسخ i= ونتيجة cv= في كل ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>تحقق من السلسلة على نسخة محفوظة من الرسالة (توفر الحزمة python3-dkim الأداة arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>اجلب المفتاح لقيمتي s= وd= في ARC-Seal الذي يخفق.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة مع 5.7.29 بمعنى السجل دون تغيير: السلسلة المعطوبة جزء من الرسالة وستخفق مرة أخرى. أما تأجيل Gmail بالرمز 4.7.29 فلا ينجح عند إعادة المحاولة إلا بعد أن يستخدم الاتصال TLS.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>لا علاقة له بـ ARC: يرسل Gmail 4.7.29 (تأجيل) و5.7.29 (رفض) حين تصل الرسالة إليه عبر اتصال دون TLS. اجعل الخادم المرسل (MTA) يستخدم STARTTLS نحو مضيفات MX لدى Gmail، وافحص كل خادم ترحيل على المسار الصادر.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>يلزم دعم REQUIRETLS</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>أُرسلت الرسالة مع الخيار REQUIRETLS (RFC 8689)، الذي يشترط TLS متحققًا منه ودعم REQUIRETLS في كل قفزة، ولم يجد خادم قفزة تالية تقدمه. وبدلًا من التخلي عن الحماية، تُعاد الرسالة. دائم. هذا هو معنى السجل؛ أما Gmail فيستخدم الأرقام نفسها لإخفاقات DKIM (انظر المزودين).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>غالبًا في رسالة ارتداد (DSN) من خادم الترحيل الصادر لدى المرسل نفسه أو من قفزة لاحقة، بعد أن لم يدرج رد EHLO من الخادم التالي REQUIRETLS؛ وتستخدمه بعض التنفيذات أيضًا حين ترفض MAIL FROM ... REQUIRETLS مباشرة. ولا يزال نادرًا، لأن قلة من الخوادم تنفذ REQUIRETLS (يوثق Postfix دعمه في الإصدارات الحديثة).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>القرار للمرسل. إذا كان المحتوى يجب ألا يعبر وصلة غير مشفرة أو غير متحقق منها، فلا ترسله بالبريد الإلكتروني إلى هذا المستلم، أو اطلب من مسؤول البريد لدى المستلم تفعيل REQUIRETLS مع DANE أو MTA-STS. وإلا فأعد الإرسال دون REQUIRETLS، وهو ما يتحكم فيه العميل المرسل أو سياسة البريد في المؤسسة.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>خادم بريد المستلم لا يعلن REQUIRETLS، وهذا لا يزال حال معظم الخوادم.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>خادم ترحيل على المسار، مثل خدمة تصفية صادرة أو مضيف ذكي، لا يدعم REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>يضبط العميل المرسل REQUIRETLS على كل البريد، بما في ذلك المرسل إلى مستلمين لا تستطيع خوادمهم الالتزام به.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>اعثر على مضيفات MX لنطاق المستلم.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>تحقق هل يدرج خادم MX الخيار REQUIRETLS في رد EHLO الذي يعطيه بعد STARTTLS.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>اقرأ الحقلين Reporting-MTA وRemote-MTA في رسالة الارتداد لترى أي قفزة استسلمت، وهل هي خادم الترحيل الخاص بك.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>لا تُجرِ إعادة المحاولة مع 5.7.30 بمعنى السجل: لن يكتسب المسار دعم REQUIRETLS بين المحاولات. أما تأجيل Gmail بالرمز 4.7.30 فتجري إعادة المحاولة له على النحو المعتاد لكنه لا ينجح إلا بعد أن يجتاز DKIM.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>لا علاقة له بـ REQUIRETLS: يرسل Gmail 4.7.30 (تأجيل) و5.7.30 (رفض) حين لا تجتاز الرسالة DKIM وفق متطلبات المرسلين لديه. وقّع البريد الصادر بـ DKIM لنطاقك وانشر المفتاح.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>في الرد على VRFY، يؤكد 250 وجود صندوق البريد؛ أما 252 فلا يؤكده ولا ينفيه، لكن الخادم سيقبل البريد الموجه إليه.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>لا يتلقى هذين الردين إلا الأمر VRFY. ومعظم الخوادم تجيب على كل VRFY بالرمز 252 كي لا يمكن جمع العناوين.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>لا تعدّ 252 أبدًا دليلًا على وجود العنوان. لاختبار عنوان، أرسل رسالة أو راقب الرد على RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>كلاهما يقول إن المستلم ليس محليًا؛ يقبل 251 الرسالة ويعيد توجيهها، ويرفضها 551 ويذكر إلى أين ترسل.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 رد نجاح عند RCPT TO؛ أما 551 فإخفاق دائم مصحوب بـ &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>بعد 251 لا يلزم أي إجراء، وإن كان يمكن تحديث دفتر العناوين. وبعد 551 أعد الإرسال إلى العنوان المذكور، بعد أن تتأكد من صحته.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>ينهي 421 الجلسة كلها، لكل رسالة ومستلم فيها؛ أما 450 فيرفض إجراء بريد واحدًا، وعادةً مستلمًا واحدًا، وتستمر الجلسة.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>كثيرًا ما يكون 421 السطر الأول بعد الاتصال (الترحيب) أو السطر الأخير قبل أن يقطع الخادم الاتصال، ويتحدث نصه عن الخدمة أو الاتصال أو عنوان IP الخاص بك. أما 450 فيجيب على MAIL FROM أو RCPT TO ويذكر صندوق بريد أو سببًا مثل القائمة الرمادية.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>في الحالتين يتولى الخادم المرسل إعادة المحاولة. في حالة 421، انظر إلى جهة الإرسال ككل: عدد الاتصالات ومعدل الإرسال وسمعة عنوان IP. وفي حالة 450، انظر إلى ذلك المستلم وحده أو إلى مهلة القائمة الرمادية، وانتظر إعادة المحاولة التالية من عنوان IP نفسه.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>عند الترحيب يرفض كلاهما الاتصال، لكن 421 يعني أن تحاول مرة أخرى لاحقًا، و554 يعني أن هذا العميل لا يخدم هنا.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>الرقم الأول هو الفيصل: يأتي 421 عند الترحيب مع نصوص عن الحمل أو كثرة الاتصالات أو حظر مؤقت؛ ويذكر 554 عند الترحيب قائمة حظر أو رفضًا دائمًا، ثم يجيب الخادم على كل أمر لاحق بالرمز 503 حتى QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>في حالة 421 لا تفعل شيئًا في البداية، وقلّل عدد الاتصالات المتوازية إن تكرر. وفي حالة 554 ابحث عن عنوان IP المرسل في قوائم الحظر وأصلح مشكلة السمعة؛ فإعادة المحاولة من عنوان IP نفسه لن تفيد.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>يخص 450 صندوق بريد المستلم (مشغول أو مقفل أو في القائمة الرمادية)؛ ويخص 451 الخادم المستقبل نفسه، الذي واجه خطأ أثناء المعالجة.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>الرمز المحسّن والنص يحسمان الأمر: يأتي 450 مع 4.2.x أو مع رسالة القائمة الرمادية التي تذكر المستلم؛ ويأتي 451 مع 4.3.0 أو 4.4.x أو &quot;Temporary local problem&quot;، وكثيرًا ما يكون ذلك بعد إخفاق استعلام DNS أو ماسح المحتوى في جهة الاستقبال.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>لا يحتاج أي منهما في البداية إلى إجراء من المرسل: قائمة الانتظار تعيد المحاولة. إذا استمر 450 أيامًا، فاسأل مسؤول البريد لدى المستلم عن صندوق البريد؛ وإذا استمر 451، فعلى مسؤول الجهة المستقبلة إصلاح خادمه، فأبلغه بسطر الرد كما هو بالضبط.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>الحالة نفسها، صندوق البريد غير متاح، لكن 450 مؤقت و550 دائم.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>لا يختلف إلا الرقم الأول: بعد 450 تبقى الرسالة في قائمة انتظار المرسل وقد يتبعها إشعار تأخير؛ وبعد 550 يستسلم خادم المرسل فورًا ويعيد رسالة ارتداد.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>بعد 450 لا تعد الإرسال يدويًا: قائمة الانتظار تعيد المحاولة من تلقاء نفسها. وبعد 550 لا يغيّر إرسال الرسالة نفسها مرة أخرى شيئًا؛ صحح العنوان أو أزل السبب الذي يذكره الرمز المحسّن، ثم أرسل من جديد.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 خطأ في المعالجة على الخادم المستقبل؛ أما 452 فيقول إن موردًا قد نفد: مساحة القرص، أو حصة صندوق البريد، أو عدد المستلمين المسموح به في معاملة واحدة.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>يذكر 452 المورد: &quot;Too many recipients&quot; (4.5.3)، أو &quot;Insufficient system storage&quot; (4.3.1)، أو صندوق بريد ممتلئ (4.2.2). أما 451 فيتحدث عن خطأ محلي أو إخفاق في الاستعلام أو خدمة لم تجب.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>في حالة 452 مع 4.5.3 لا يوجد خطأ: يسلم الخادم المرسل الرسالة إلى بقية المستلمين في معاملة أخرى. وفي حالة التخزين، يحرر مسؤول الجهة المستقبلة مساحة. وفي حالة 451، انتظر إعادة المحاولة وأبلغ مسؤول الجهة المستقبلة بأي خطأ مستمر.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>كلاهما يخص التخزين؛ 452 مؤقت (قد تتحرر المساحة)، و552 دائم (تجاوزت هذه الرسالة المساحة المخصصة).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>الرمز المحسّن يفصل بين الحالات: 452 مع 4.2.2 أو 4.3.1 صندوق بريد أو قرص ممتلئ قد يتعافى؛ و552 مع 5.2.2 صندوق بريد تجاوز حصته، و552 مع 5.3.4 أو 5.2.3 رسالة أكبر من اللازم.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>في حالة 452، دع قائمة الانتظار تعيد المحاولة وأخبر المستلم بأن صندوق بريده ممتلئ. وفي حالة 552 مع 5.2.2، اطلب من المستلم إفراغ مساحة ثم أعد الإرسال؛ وفي حالة 552 مع رمز يخص الحجم، أرسل رسالة أصغر أو رابطًا بدلًا من المرفق.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 إخفاق مؤقت في TLS أو المصادقة من جهة الخادم؛ أما 530 فشرط لم يستوفه العميل.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>يجيب 454 على STARTTLS أو AUTH نفسه (&quot;454 4.7.0 Temporary authentication failure&quot;)، أي أن العميل تصرف تصرفًا صحيحًا. أما 530 فيجيب على MAIL FROM حين يتخطى العميل STARTTLS أو AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>بعد 454 يتولى العميل إعادة المحاولة لاحقًا، ويفحص مسؤول الجهة المستقبلة الشهادة أو الواجهة الخلفية لكلمات المرور. وبعد 530 يجب تغيير إعدادات العميل: ابدأ TLS، ثم أجر المصادقة.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 يعني أن الخادم لم يفهم السطر؛ و502 يعني أنه فهم الأمر لكنه لا ينفذه هنا.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>يجيب 502 على أمر معروف معطل، مثل VRFY أو EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). أما 500 فيجيب على كلام لا معنى له، أو سطر أطول من اللازم، أو بروتوكول مختلف، مثل مصافحة TLS على منفذ نص صريح؛ كما يجيب Postfix 3.7 وما بعده على الأوامر غير المعروفة بـ 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>في حالة 500، تحقق من أن العميل يتحدث SMTP إلى المنفذ الصحيح بالوضع الصحيح (TLS الضمني على 465، وSTARTTLS على 587 و25). وفي حالة 502، توقف عن استخدام ذلك الأمر؛ فلا شيء معطل.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>يرفض 501 طريقة كتابة وسيطة الأمر؛ ويرفض 553 اسم صندوق البريد نفسه.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>يأتي 501 بعد صياغة غير سليمة: قوس زاوية ناقص، أو اسم EHLO غير صالح، أو معامل غير معروف (&quot;501 5.5.4&quot;). ويأتي 553 بعد عنوان سليم الصياغة لكنه غير مقبول (5.1.3 أو 5.1.7، أو مرسل لا يملكه الحساب الذي سجل الدخول).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>في حالة 501 أصلح برنامج الإرسال أو إعداداته، لأن الأمر نفسه مشوه. وفي حالة 553 صحح العنوان الذي أدخله المستخدم أو الهوية التي يرسل بها.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 أمر جاء في غير ترتيبه؛ و530 أمر مرفوض إلى أن يصادق العميل أو يبدأ TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>يأتي 503 بعد RCPT TO قبل MAIL FROM، أو DATA قبل أي مستلم، أو AUTH حيث لا يكون معروضًا (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). أما 530 فيجيب على MAIL FROM بـ &quot;Authentication required&quot; أو &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>في حالة 503 أصلح تسلسل أوامر العميل: EHLO، ثم STARTTLS، ثم EHLO مرة أخرى، ثم AUTH، ثم MAIL FROM، ثم RCPT TO، ثم DATA. وفي حالة 530 فعّل TLS ومصادقة SMTP في إعدادات حساب العميل.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 يعني أن العميل لم يصادق؛ و535 يعني أنه حاول وأن بيانات اعتماده رفضت.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 هو الرد على AUTH. أما 530 فيجيب على MAIL FROM أو RCPT TO من عميل لم يرسل AUTH قط.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>في حالة 530، فعّل المصادقة في العميل. وفي حالة 535، تحقق من اسم المستخدم وكلمة المرور، وهل يشترط المزود كلمة مرور تطبيق، وهل SMTP AUTH مسموح به للحساب.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>يرفض 534 طريقة تسجيل الدخول؛ ويرفض 535 بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>مع 534 قد تكون كلمة المرور صحيحة تمامًا: الآلية أضعف من اللازم، أو يريد المزود كلمة مرور تطبيق أو تسجيل دخول عبر المتصفح (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). ومع 535 يكون اسم المستخدم أو كلمة المرور خاطئًا، أو لا يحق للحساب استخدام SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>في حالة 534، استخدم TLS وآلية أقوى أو كلمة مرور تطبيق أو OAuth كما يطلب المزود. وفي حالة 535، صحح بيانات الاعتماد أو أزل قفل الحساب.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>طبقتان لرد واحد: 535 هو الرمز الأساسي لرفض بيانات الاعتماد و5.7.8 هو الرمز المحسّن للأمر نفسه؛ وعادةً يصلان معًا بصيغة 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>يظهر في سجل العميل &quot;535 5.7.8&quot; أو &quot;535-5.7.8 Username and Password not accepted&quot; بعد AUTH مباشرة. وبعض الخوادم ترسل 535 دون رمز محسّن، بالمعنى نفسه.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>أصلح بيانات الاعتماد: اسم المستخدم أو كلمة المرور أو كلمة مرور التطبيق، وتحقق من أن الحساب يحق له استخدام SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>يقول 551 إن المستلم ليس على هذا الخادم ويذكر إلى أين يرسل بدلًا من ذلك؛ أما 550 فيرفض المستلم دون أن يشير إلى مكان آخر.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>يحمل رد 551 قيمة forward-path (&quot;please try &lt;address&gt;&quot;)؛ وهو نادر اليوم، وبعض الخوادم تسيء استخدامه للدلالة على رفض الترحيل. أما رد 550 فيذكر بدلًا من ذلك سببًا أو رمزًا محسّنًا.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>بعد 551، تحقق من أن العنوان الذي يقترحه حقيقي وأعد الإرسال إليه. وبعد 550، اقرأ الرمز المحسّن: 5.1.1 عنوان خاطئ، و5.7.1 رفض بموجب السياسة.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>يرفض 553 العنوان نفسه، أي صيغته أو حق المرسل في استخدامه؛ أما 550 فيرفض صندوق البريد أو الرسالة لسبب آخر.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>يأتي 553 عادةً عند MAIL FROM أو RCPT TO مع 5.1.3 أو 5.1.7 أو نص مثل &quot;Sender address rejected: not owned by user&quot;. ويأتي 550 مع 5.1.1 (لا يوجد مستخدم بهذا الاسم) أو 5.7.1 (السياسة) أو حظر.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>في حالة 553، صحح العنوان: خطأ إملائي، أو أحرف غير مسموح بها، أو عنوان From لا يحق لحسابك استخدامه. وفي حالة 550، اتبع رمزه المحسّن.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>يرفض 550 عادةً مستلمًا واحدًا؛ أما 554 فيرفض المعاملة كلها، إما عند الاتصال أو بعد بيانات الرسالة.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>انظر أين يأتي: 550 يجيب على RCPT TO (أو MAIL FROM)؛ و554 هو الترحيب (&quot;No SMTP service here&quot;) أو الرد على نهاية DATA، حيث تجري فحوص المحتوى والسمعة.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>في حالة 550، تحقق من عنوان المستلم أو من سبب السياسة الخاص بذلك المستلم. وفي حالة 554 بعد DATA، افحص المحتوى، وعنوان IP المرسل في قوائم الحظر، ومصادقة النطاق؛ وفي حالة 554 عند الترحيب، فعنوان IP نفسه هو المرفوض.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>ليسا بديلين بل طبقتان لرد واحد: 550 هو رمز الرد الأساسي (دائم، صندوق البريد غير متاح)، و5.1.1 هو رمز الحالة المحسّن الذي يقول السبب (صندوق البريد غير موجود).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>الرد مثل &quot;550 5.1.1 User unknown&quot; يحمل الاثنين. ويأتي 550 أيضًا مع 5.7.1 و5.2.1 و5.1.10 وغيرها، فلا يكفي 550 وحده أبدًا لمعرفة أيها؛ ويظهر 5.1.1 أيضًا في الحقل Status من تقرير الارتداد.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>اقرأ الرمز المحسّن أولًا حين يوجد: فهو الأدق بين الاثنين. وحين لا يحمل الرد إلا 550، يكون النص الذي يليه هو الدليل الوحيد.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>طبقتان لرد واحد: 552 هو الرمز الأساسي لتجاوز مساحة التخزين المخصصة، و5.3.4 هو الرمز المحسّن الذي يقول إن الرسالة أكبر مما يحتمله النظام.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552 وحده ملتبس لأنه يأتي أيضًا مع 5.2.2 (صندوق بريد ممتلئ) و5.2.3 (حد الحجم لدى المستلم)؛ ومع 5.3.4 يكون السبب هو حد حجم الرسائل في الخادم.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>اقرأ الرمز المحسّن: مع 5.3.4 أرسل رسالة أصغر؛ ومع 5.2.2 على المستلم أن يفرغ مساحة.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 مضيف لا يقبل البريد من أحد أبدًا؛ و554 عند الترحيب يرفض هذا العميل، وعادةً بسبب عنوان IP الخاص به.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>يأتي 521 من مضيفات معدة لعدم استقبال أي بريد على الإطلاق، وكثيرًا ما ينشر النطاق أيضًا سجل MX فارغًا. أما 554 عند الترحيب فيذكر عادةً قائمة حظر أو سياسة أو عنوانك.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>بعد 521، توقف عن الإرسال إلى هناك: العنوان أو سجل MX خاطئ. وبعد 554، افحص عنوان IP المرسل في قائمة الحظر المذكورة واطلب إزالة الإدراج، أو أرسل عبر خادم ذي سمعة جيدة.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>يقول 556 إن نطاق المستلم لا يستقبل أي بريد على الإطلاق؛ ويقول 554 إن هذه المعاملة أخفقت لسبب يذكره نصه.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>يأتي 556 مع 5.1.10، وكثيرًا ما يصدر عن الخادم المرسل لديك نفسه بعد أن وجد سجل MX الفارغ للنطاق (&quot;MX 0 .&quot;)، قبل أي اتصال بخادم المستلم. أما 554 فيأتي من الخادم البعيد، عند الترحيب أو بعد DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>بعد 556 لا يمكن أن يعمل العنوان: اطلب من المستلم عنوانًا آخر. وبعد 554، اقرأ نصه: قائمة حظر أو محتوى أو سياسة.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 صندوق بريد لا يعرفه خادم المستلم؛ و5.1.10 نطاق يعلن أنه لا يستقبل أي بريد على الإطلاق (سجل MX فارغ).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>يأتي 5.1.1 من خادم المستلم بعد RCPT TO. ويأتي 5.1.10 عادةً من الخادم المرسل لديك، الذي قرأ سجل MX الفارغ للنطاق ولم يتصل أصلًا.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>في حالة 5.1.1، افحص الجزء الذي قبل @ بحثًا عن أخطاء إملائية. وفي حالة 5.1.10، لن تنجح أي كتابة لاسم صندوق البريد: اطلب عنوانًا في نطاق آخر.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 عنوان غير موجود؛ و5.2.1 صندوق بريد موجود لكنه معطل أو موقوف.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>النص يحسم الأمر: &quot;does not exist&quot; أو &quot;no such user&quot; أو &quot;user unknown&quot; في حالة 5.1.1؛ و&quot;disabled&quot; أو &quot;inactive&quot; أو &quot;suspended&quot; في حالة 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>في حالة 5.1.1، صحح العنوان. وفي حالة 5.2.1، تواصل مع المستلم بطريقة أخرى؛ وإذا تكرر الارتداد أسابيع، فاعتبر العنوان منتهيًا واحذفه من القوائم.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>يشير 5.1.1 إلى خطأ في الجزء الذي قبل @ (صندوق البريد)؛ ويشير 5.1.2 إلى خطأ في الجزء الذي بعدها (النطاق).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>يأتي 5.1.2 كثيرًا من خادمك أنت، الذي لم يجد النطاق في DNS؛ ويأتي 5.1.1 من خادم المستلم، الذي بحث عن صندوق البريد ولم يجد شيئًا.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>صحح الجزء الخاطئ: اسم المستخدم في حالة 5.1.1، والنطاق في حالة 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>يقول 5.1.2 إن نطاق المستلم ليس وجهة بريد صالحة؛ ويقول 5.4.4 إن نظام الإرسال لم يجد مسارًا إليه.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>يأتي 5.1.2 بعد نطاق غير موجود (NXDOMAIN)، وكثيرًا ما يكون خطأ إملائيًا. ويأتي 5.4.4 حين يجيب DNS دون مسار صالح للاستخدام: سجل MX يشير إلى اسم بلا عنوان، أو سجلات يتعذر تحليلها.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>في حالة 5.1.2، صحح كتابة النطاق. وفي حالة 5.4.4، يصلح مسؤول نطاق المستلم سجلات MX الخاصة به؛ وإذا أخفقت نطاقات كثيرة، فافحص محلل DNS الخاص بالخادم المرسل نفسه.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>يخص 5.1.10 نطاق المستلم، الذي لا يستقبل البريد؛ ويخص 5.7.27 نطاق المرسل، الذي يعلن أنه لا يستقبل البريد فيرفضه الخادم بصفته مرسلًا.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>يذكر 5.1.10 عنوان المستلم ويأتي عادةً من الخادم المرسل لديك. أما 5.7.27 فيأتي من الخادم المستقبل بشأن نطاق MAIL FROM أو From لديك.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>في حالة 5.1.10، استخدم عنوان مستلم آخر. وفي حالة 5.7.27، يزيل مسؤول البريد لدى المرسل سجل MX الفارغ أو يرسل من نطاق يستطيع استقبال الردود ورسائل الارتداد.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>صندوق البريد الممتلئ نفسه؛ مع 4.2.2 يتولى الخادم المرسل إعادة المحاولة، ومع 5.2.2 يستسلم فورًا.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>لا تختلف إلا الفئة، والخوادم تختار اختيارات مختلفة للحالة نفسها: كثير منها يرسل 452 4.2.2 بينما يرسل غيرها 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>بعد 4.2.2 لا يلزم أي إجراء: قائمة الانتظار تعيد المحاولة، ويمكن إخبار المستلم بأن صندوق بريده ممتلئ. وبعد 5.2.2 يجب أن يفرغ المستلم مساحة قبل إرسال الرسالة مرة أخرى.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 صندوق بريد ممتلئ؛ و5.2.3 رسالة واحدة أكبر من حد الحجم لدى المستلم.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>في حالة 5.2.2 يتحدث النص عن الحصة أو عن صندوق بريد ممتلئ، وفي حالة 5.2.3 عن حجم الرسالة. ورسالة اختبار قصيرة تصل إلى صندوق بريد في حالة 5.2.3، ولا تصل أبدًا إلى صندوق في حالة 5.2.2.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>في حالة 5.2.2 يفرغ المستلم مساحة. وفي حالة 5.2.3 أرسل أقل: اضغط المرفق أو شارك رابطًا.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>كلاهما يخص الحجم: 5.3.4 حد الخادم كله، و5.2.3 حد مضبوط للمستلم أو لصندوق البريد.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>قد يأتي 5.3.4 مبكرًا منذ MAIL FROM حين يتجاوز المعامل SIZE الحد الذي أعلنه الخادم، وينطبق على كل المستلمين هناك؛ أما 5.2.3 فيأتي لمستلمين بعينهم.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>في الحالتين، أرسل رسالة أصغر. لا يستطيع رفع حد 5.3.4 إلا مسؤول الجهة المستقبلة (في Postfix، message_size_limit)؛ وقد يكون حد 5.2.3 خاصًا بصندوق البريد ذاك أو بالمجموعة.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>يعني 4.4.1 أنه تعذر إنشاء أي اتصال بالمضيف المستقبل؛ ويعني 4.4.2 أن الاتصال أنشئ ثم انقطع.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>يسجل Postfix الرمز 4.4.1 مع &quot;Connection timed out&quot; أو &quot;Connection refused&quot; أثناء الاتصال، والرمز 4.4.2 مع &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>في حالة 4.4.1، تحقق من أن المنفذ 25 الصادر مفتوح، وأن مضيف MX يعمل، وأن عنوانه صحيح. وفي حالة 4.4.2، انظر إلى ما فعله الطرف البعيد في منتصف الجلسة: مهل منتهية، أو إخفاقات TLS، أو جدار حماية يقطع عمليات النقل الطويلة.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>كلاهما يخص رسالة تعذر تسليمها في الوقت المناسب؛ 4.4.7 تحذير بأنها ما زالت في قائمة الانتظار، و5.4.7 هو الإخفاق النهائي بعد انتهاء مدة البقاء في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>يقول إشعار 4.4.7 إن الرسالة متأخرة وإن الخادم سيواصل المحاولة (Action: delayed). ويقول ارتداد 5.4.7 إن الخادم استسلم (Action: failed) ويعيد الرسالة.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>بعد 4.4.7 لم يضع شيء بعد: اكتشف لماذا يتعذر الوصول إلى الوجهة. وبعد 5.4.7 يجب إرسال الرسالة مرة أخرى حين تصبح الوجهة تقبل البريد.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>كلاهما يقول إن المستلمين أكثر من اللازم؛ يطلب 4.5.3 البقية في معاملة أخرى، ويرفض 5.5.3 الرسالة لكثرة مستلميها.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>يأتي 4.5.3 مع 452 بعد بلوغ حد الخادم لكل معاملة؛ والمستلمون المقبولون قبله يتلقون الرسالة على أي حال. أما 5.5.3 فرفض دائم، وكثيرًا ما يكون بسبب حد المزود لعدد المستلمين في الرسالة الواحدة.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>بعد 4.5.3 لا يلزم أي إجراء: خوادم البريد ترسل إلى بقية المستلمين من تلقاء نفسها. وبعد 5.5.3، قسّم قائمة المستلمين، أو استخدم قائمة بريدية أو خدمة إرسال جماعي.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>كلاهما رفض مؤقت لأسباب أمنية أو تخص السياسة؛ لا يذكر 4.7.0 سببًا محددًا، ويقول 4.7.1 إن التسليم غير مصرح به في الوقت الحالي.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>كثيرًا ما يأتي 4.7.0 مع مشكلات TLS أو المصادقة ومع حدود المعدل للحركة المريبة؛ وكثيرًا ما يأتي 4.7.1 مع القائمة الرمادية أو حظر مؤقت لعنوان IP المرسل. والنص هو الدليل الموثوق الوحيد.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>دع قائمة الانتظار تعيد المحاولة في الحالتين. وإذا استمرا، فافحص سمعة عنوان IP المرسل، وDNS العكسي الخاص به، وسجلي SPF وDKIM للنطاق، وهل يعمل TLS.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 رفض أمني غير محدد؛ و5.7.1 رفض لأن المرسل أو المستلم أو الترحيل غير مصرح به.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>يأتي 5.7.0 عادةً مع 530 حين يجب أن يسبق TLS أو المصادقة. ويأتي 5.7.1 عادةً مع 550 أو 554 ومعه سبب: رفض الترحيل، أو قائمة حظر، أو سياسة خاصة بالمستلم.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>في حالة 5.7.0، استوف الشرط الذي يذكره النص (STARTTLS، AUTH). وفي حالة 5.7.1، تصرف بحسب السبب المذكور: أجر المصادقة كي تتمكن من الترحيل، أو احصل على إزالة الإدراج، أو اطلب من المستلم السماح للمرسل.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 أي رفض يخص التفويض؛ أما 5.7.26 فيخص تحديدًا البريد الذي أخفق في المصادقة (SPF وDKIM، ومن ثم DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>يتحدث نص 5.7.26 عن المصادقة أو SPF أو DKIM أو DMARC. أما نص 5.7.1 فيذكر الترحيل أو قائمة حظر أو سياسة أو المرسل.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>في حالة 5.7.26، يصلح مسؤول النطاق المرسل SPF، ويوقّع بـ DKIM، ويجعل كليهما متوافقًا مع نطاق From. وفي حالة 5.7.1، اتبع السبب الوارد في النص.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>الرفض نفسه، التسليم غير مصرح به، لكن 4.7.1 مؤقت و5.7.1 دائم.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>الفئة تحسم الأمر: 4.7.1 يبقي الرسالة في قائمة انتظار المرسل، وعادةً بسبب القائمة الرمادية أو حظر مؤقت؛ و5.7.1 يعيدها فورًا.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>بعد 4.7.1، دع قائمة الانتظار تعيد المحاولة من عنوان IP نفسه. وبعد 5.7.1، أزل السبب الذي يذكره النص قبل الإرسال مرة أخرى.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 اسم مستخدم أو كلمة مرور مرفوضة؛ و5.7.0 سبب أمني غير محدد، وعند تسجيل الدخول كثيرًا ما يعني أن المصادقة مطلوبة أصلًا.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>يأتي 5.7.8 بعد AUTH، عادةً بصيغة 535 5.7.8. ويأتي 5.7.0 قبل AUTH، بصيغة 530 5.7.0، حين يحاول العميل الإرسال دون تسجيل الدخول أو دون TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>في حالة 5.7.8، صحح بيانات الاعتماد أو استخدم كلمة مرور تطبيق. وفي حالة 5.7.0، فعّل TLS والمصادقة في العميل.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>يرفض 5.7.8 بيانات الاعتماد؛ ويرفض 5.7.9 آلية المصادقة أو نوع كلمة المرور.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>يأتي 5.7.8 مع 535؛ ويأتي 5.7.9 مع 534 ونصوص مثل &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>في حالة 5.7.8، أصلح اسم المستخدم أو كلمة المرور. وفي حالة 5.7.9، انتقل إلى آلية أقوى، أو كلمة مرور تطبيق، أو OAuth، أيها يطلبه المزود.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>كلاهما يقول إن المصادقة تحتاج إلى التشفير؛ يطلب 5.7.10 (مع 523) طبقة تشفير قبل استخدام الآلية، ويقول 5.7.11 (مع 538) إن الآلية المختارة لا تعمل إلا على اتصال مشفر.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>الرمز الأساسي يميز بينهما: 523 يأتي مع 5.7.10 و538 مع 5.7.11. وكلاهما يجيب على AUTH عبر اتصال غير مشفر، وكلاهما نادر، لأن الخوادم الحديثة لا تعرض آليات كلمات المرور قبل TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>في الحالتين ابدأ TLS (STARTTLS، أو TLS الضمني على المنفذ 465) قبل AUTH، وتحقق من أن العميل لا يتراجع إلى النص الصريح.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 إخفاق فحص SPF وحده؛ أما 5.7.26 فيعني أن عدة فحوص مصادقة أخفقت، فالرسالة كانت تفتقر أيضًا إلى توقيع DKIM ناجح.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>يذكر نص 5.7.23 سجل SPF وكثيرًا ما يذكر عنوان IP المرسل؛ ويقول نص 5.7.26 إن الرسالة غير مصادق عليها أو يذكر DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>في حالة 5.7.23، أضف الخادم المرسل أو الخدمة إلى سجل SPF للنطاق. وفي حالة 5.7.26، افعل ذلك ووقّع أيضًا بـ DKIM متوافق مع نطاق From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>يرفض 5.7.25 عنوان IP مرسلًا ليس له DNS عكسي صالح؛ و5.7.1 رفض عام يخص التفويض.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>يذكر نص 5.7.25 سجل PTR أو DNS العكسي (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). أما 5.7.1 فيذكر سببًا آخر.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>في حالة 5.7.25، اطلب ممن يملك عنوان IP (مزود الاستضافة أو الشبكة) سجل PTR يشير اسمه إلى العنوان نفسه. وفي حالة 5.7.1، اتبع نصه.</translation>
    </message>
</context>
</TS>
