<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Bağlantı açılamıyor</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>smtp sunucusuna bağlanılamıyor</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>socket hatası 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Hiçbir RFC 101&apos;i bir SMTP yanıtı olarak tanımlamaz: SMTP sunucuları yalnızca 2, 3, 4 veya 5 ile başlayan kodlar gönderebilir ve SMTP&apos;de 1xx sınıfı hiç yoktur. Görülen sayı neredeyse her zaman bir işletim sistemi hata numarasıdır; genellikle Linux errno 101, yani ENETUNREACH (Network is unreachable) olup TCP bağlantısını bile açamayan bir istemci veya kütüphane tarafından gösterilir. Çoğunlukla 421 ile ya da posta sunucularının aynı tür hata için günlüğe yazdığı 4.4.1 gelişmiş koduyla karıştırılır.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Herhangi bir SMTP konuşmasından önce, istemci hâlâ bağlanmaya çalışırken. Tipik kaynaklar PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) ve &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot; gibi Postfix günlük satırlarıdır; bu çok sık olarak, çalışan IPv6&apos;sı olmayan bir makinede hedef MX&apos;in IPv6 adresi için görülür.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>İletide veya alıcıda bir sorun yoktur: gönderen makinenin sunucuya giden bir ağ yolu yoktur. Gönderenin yöneticisi (ya da betiğin çalıştığı makineyi kim yönetiyorsa) varsayılan rotayı kontrol eder; hatalar IPv6 adresleri içinse ya IPv6 bağlantısını onarır ya da posta yazılımının yalnızca IPv4 kullanmasını sağlar (Postfix&apos;te inet_protocols = ipv4). Ayrıca istemci ayarlarındaki sunucu adının beklediğiniz adrese çözümlendiğini ve bir VPN ya da konteyner ağında eksik rota olmadığını doğrulayın. Kuyruktaki posta, makine sunucuya ulaşabildiğinde bir sonraki yeniden denemede gider.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>Hedefin bir AAAA kaydı vardır ve gönderen makinede IPv6 açıktır ama IPv6 varsayılan rotası yoktur; bu yüzden her IPv6 denemesi anında başarısız olur.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>Gönderen makinenin kullanılabilir hiçbir varsayılan rotası yoktur; örneğin ağ geçidi yanlış olan bir konteyner, sanal makine veya yeni kurulmuş bir sunucu.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Gönderen taraftaki bir VPN, ilke tabanlı rota ya da güvenlik duvarı kuralı, sunucunun ağına giden trafiği hiçbir yere göndermiyor.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>Sayı, bir blogdaki “SMTP hata kodları” listesinden kopyalanmıştır; bu, istemcinin socket hatasıdır, bir posta sunucusunun söylediği bir şey değildir.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>İstemcinin sunucu için deneyeceği IPv6 ve IPv4 adreslerini sorgulayın.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Çekirdeğe, başarısız olan adres için hangi rotayı kullanacağını sorun; burada bir hata çıkması yönlendirme sorununu doğrular.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>İstemcinin kullandığı porta (25, 465 veya 587) düz bir TCP bağlantısı deneyin.</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Postfix çalışan bir makinede son ulaşılamayan ağ (unreachable) hatalarını listeleyin ve hepsinin IPv6 olup olmadığına bakın.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Bir posta sunucusu bunu geçici bir hata olarak ele alır: ileti kuyrukta kalır ve artan aralıklarla yeniden denenir. Bir betik veya uygulama bir süre bekledikten sonra yeniden denemeli ya da hatayı kullanıcısına bildirmelidir; rota düzeltilene kadar denemeyi tekrarlamak işe yaramaz.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Bağlantı reddedildi</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>smtp sunucusuna bağlanılamıyor</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Hiçbir RFC 111&apos;i bir SMTP yanıtı olarak tanımlamaz; bir posta sunucusu bunu asla gönderemez, çünkü SMTP yanıtları 2, 3, 4 veya 5 ile başlar. Bu sayı Linux errno 111, yani ECONNREFUSED&apos;dır: istemcinin bağlantı denemesi, o portta dinleyen bir şey olmadığı ya da bir güvenlik duvarı reddettiği için bir TCP reset veya ICMP port-unreachable ile açıkça reddedilmiştir. Sıklıkla, yanıt vermiş bir sunucudan gelen 421 veya 554 ile karıştırılır; posta sunucularının başarısız bağlantılar için günlüğe yazdığı 4.4.1&apos;e karşılık gelir.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>Bağlantı anında, herhangi bir karşılama mesajından önce. Python&apos;da &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot;, PHPMailer&apos;da &quot;Connection refused (111)&quot;, Postfix günlüklerinde ise dsn=4.4.1 ve status=deferred ile birlikte &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; olarak görünür. Windows yazılımları aynı durumu socket hatası 10061 olarak bildirir.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Önce hangi tarafın reddettiğini bulun. Sunucuyu siz yönetiyorsanız posta hizmetinin çalıştığından, genel adreste ve doğru portta dinlediğinden (yalnızca 127.0.0.1 üzerinde değil) ve makinenin güvenlik duvarınca izin verildiğinden emin olun. Gönderen sizseniz uygulamanın doğru sunucuyu ve portu kullandığını (gönderim/submission için 587 veya 465, sunucular arasında 25) ve yerel ya da sağlayıcı tarafındaki bir güvenlik duvarının giden SMTP&apos;yi reddetmediğini kontrol edin. Bir MTA kuyruğunda bekleyen posta, port bağlantı kabul etmeye başladığında sonraki bir yeniden denemede teslim edilir.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>Sunucudaki posta hizmeti durdurulmuş ya da çökmüştür; bu yüzden 25, 465 veya 587 numaralı portlarda dinleyen bir şey yoktur.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA yalnızca loopback arayüzüne bağlıdır (örneğin inet_interfaces = loopback-only ayarlı Postfix) ve istemci ağ üzerinden bağlanıyor.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>Uygulama yanlış sunucuyu veya portu gösteriyor; örneğin yalnızca 587 sunan bir sunucuda 465 ya da kullanımdan kaldırılmış bir sunucu adı.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Sunucunun önündeki bir güvenlik duvarı, portu sessizce düşürmek yerine reset ile reddediyor.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>İstemcinin ağından portun TCP bağlantılarını kabul edip etmediğini test edin.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>Sunucuda dinleyen SMTP soketlerini ve bağlı oldukları adresleri listeleyin.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Postfix sunucusunda hangi arayüzlere ve protokollere bağlandığını gösterin.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>Gönderen MTA&apos;da son reddedilen bağlantıları listeleyerek hangi hedeflerin etkilendiğini görün.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Geçici olarak ele alın: bir MTA iletiyi kuyrukta tutar ve kuyruk ömrü dolana kadar (Postfix&apos;te varsayılan beş gün) artan aralıklarla yeniden dener. Bir uygulama yeniden denemeden önce beklemeli ve birini uyarmalıdır, çünkü dinleyen hizmet veya güvenlik duvarı düzeltilene kadar ret tekrarlanır.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Standart dışı başarı yanıtı</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 geçerli bir SMTP yanıtı değildir ve hiç olmamıştır: RFC 821 200 diye bir kod tanımlamamıştır; NOOP ve RSET gibi komutlar 250 ile başarılı olur. Kataloğa yalnızca, 1983 tarihli bir SMTP sunucuları araştırması olan RFC 876, bazı erken dönem sunucuların 250 gereken yerde yanlışlıkla 200 döndürdüğünü tespit ettiği için alınmıştır.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Günümüz postasında neredeyse hiç. Geçmişte 1980&apos;lerin başındaki birkaç sunucudan NOOP veya RSET yanıtı olarak gelirdi. Bugün biri 200 bildirdiğinde, bu genellikle elle yazılmış ya da sahte (mock) bir SMTP sunucusundan gelir veya web tabanlı bir gönderim API&apos;sinin HTTP 200 durumudur ve günlükte SMTP kodlarının yanına düşmüştür.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>İletide düzeltilecek bir şey yoktur. Bir SMTP komutuna gerçekten 200 ile yanıt veren bir sunucu, geliştiricisi tarafından 250 gönderecek şekilde düzeltilmelidir. RFC 5321&apos;e uyan bir istemci bilinmeyen bir kodun yalnızca ilk rakamını okur, bu yüzden 200&apos;ü başarı sayar; yalnızca bu kodda işlemi kesen bir istemcinin, yazılımının bakımını yapan kişi tarafından düzeltilmesi gerekir. 200 bir HTTP e-posta API&apos;sinden geliyorsa SMTP anlamı aramak yerine o hizmetin teslim olaylarını okuyun.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>NOOP, RSET veya diğer başarılı komutlar için 250 yerine 200 kullanan çok eski ya da kendi yazılmış bir SMTP sunucusu.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Bir HTTP e-posta API&apos;si 200 OK yanıtı verdi ve bu durum bir SMTP yanıtıymış gibi okundu.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Bir başvuru listesinden seçilmiş kodlar döndüren bir test düzeneği ya da sahte (mock) SMTP sunucusu.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Sunucuyla elle konuşun ve 200&apos;ü hangi komutun ürettiğine bakın.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Postfix günlüğünde 200 ile başlayan uzak yanıtları arayarak 200&apos;ün bir SMTP oturumundan gelip gelmediğini kontrol edin: kabul edilmiş bir ileti yanıtı status=sent (...) içinde gösterir, beklenmedik bir yanıt ise &quot;said:&quot; ifadesinden sonra görünür.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Yeniden denemeye gerek yok: RFC 5321&apos;e uyan bir istemci baştaki 2&apos;yi başarı olarak okur ve devam eder. Yalnızca katı bir istemci oturumu kestiyse ve istemci ya da sunucu düzeltildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Sistem durumu veya sistem yardım yanıtı</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211, sunucunun kendisi hakkında durum veya yardım bilgisi taşıyan bir başarı yanıtıdır. RFC 5321 onu 214&apos;ün yanında HELP için geçerli bir yanıt olarak listeler, ancak çoğu sunucu yardım metni için 214 kullandığından uygulamada nadirdir. Belirli bir ileti hakkında hiçbir şey söylemez.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Yalnızca biri elle yürütülen bir oturumda ya da bir tarama sırasında HELP veya birkaç sunucunun desteklediği özel bir durum komutu gönderdiğinde; örneğin nmap&apos;in smtp-commands betiği, bir sunucunun neleri desteklediğini listelemek için EHLO ve HELP gönderir. Normal teslimatta, geri dönen iletilerde veya kuyruk günlüklerinde görünmez.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: bu, bilgi amaçlı bir başarı yanıtıdır. Yalnızca bir istemci bunu hata olarak ele alıyorsa (bu, o istemci yazılımındaki bir hatadır) ya da sunucunun yöneticisi sunucunun yabancılara kendisi hakkında ne açıkladığını sınırlamak istiyorsa daha yakından bakın.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Sunucuyu elle test eden biri HELP yazdı ve bu yazılım 214 yerine 211 ile yanıt veriyor.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Bir tarayıcı ya da envanter aracı, sunucunun parmak izini çıkarmak ve komutlarını listelemek için HELP gönderdi.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>Sunucu standart dışı bir durum komutu sunuyor ve çıktısını 211 olarak etiketliyor.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>HELP komutunu kendiniz gönderin ve kodu daha yaygın olan 214 ile karşılaştırın.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Sunucunun desteklediğini belirttiği komutları ve uzantıları listeleyin.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Yeniden denemeye gerek yok: HELP hiçbir posta işlemini etkilemez, bu yüzden istemci bir sonraki komutuyla devam eder.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Yardım iletisi (insan kullanıcı için)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214, HELP komutuna verilen normal başarı yanıtıdır: ardından gelen metin, oturumu okuyan bir kişi içindir; örneğin desteklenen komutların listesi ya da standart dışı bir komutla ilgili notlar. Programlar bunu ayrıştırmamalıdır ve postanın kabul edilip edilmeyeceği hakkında hiçbir şey söylemez.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>HELP&apos;ten sonra etkileşimli veya betikli oturumlarda, genellikle çok satırlı bir yanıt olarak. Exim &quot;214-Commands supported:&quot; ve bir komut listesiyle, Sendmail ise birkaç &quot;214-2.0.0&quot; satırı yardım metniyle yanıt verir. Postfix HELP komutunu desteklemez ve bunun yerine 502 döndürür; bu nedenle orada görülen 502 bir arıza değildir.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: HELP çalıştı. 214 yanıtındaki komut listesi eksik veya güncel olmayabilir; hangi uzantıların (STARTTLS, AUTH, SIZE, PIPELINING) gerçekten sunulduğunu öğrenmek için EHLO yanıtına güvenin. Yazılım ayrıntılarını duyurmak istemeyen bir sunucu yöneticisi yardım metnini kısaltabilir.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Bir yönetici veya destek mühendisi, telnet ya da openssl ile yapılan bir test oturumunda HELP yazdı.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Bir izleme veya güvenlik tarama aracı, desteklenen komutları toplamak için HELP gönderdi.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Bir istemci, tek bir komutla ilgili yardım almak için HELP komutunu o komutun adını bağımsız değişken vererek gönderdi.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>HELP metnini, istemcilerin asıl dikkate aldığı EHLO yanıtında duyurulan uzantılarla karşılaştırın.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Elle bir oturum açın ve HELP gönderin; isterseniz ardından bir komut adı ekleyin.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Yeniden denemeye gerek yok; HELP posta işleminin dışında kalır, bu yüzden istemci planlandığı gibi EHLO, MAIL FROM veya QUIT ile devam eder.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Hizmet hazır</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220, sunucunun karşılama mesajıdır: TCP bağlantısı açıktır ve SMTP hizmeti EHLO için hazırdır. Koddan sonraki ilk sözcük sunucunun ana makine adı olmalıdır. Aynı kod STARTTLS komutuna da yanıt olarak gelir (birçok sunucuda &quot;220 2.0.0 Ready to start TLS&quot;) ve istemcinin TLS el sıkışmasına şimdi başlayabileceğini bildirir.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Her başarılı bağlantının ilk satırı olarak, istemci bir şey söylemeden önce, ve yeniden STARTTLS yanıtı olarak. Tipik karşılama metinleri: &quot;ESMTP Postfix&quot;, Microsoft&apos;un &quot;Microsoft ESMTP MAIL Service ready&quot; metni, Gmail&apos;in &quot;- gsmtp&quot; ile biten karşılaması. &quot;220-&quot; ile başlayan bir karşılama birkaç satıra yayılır; Postfix postscreen, sırası gelmeden konuşan spam botlarını yakalamak için bilerek böyle yarım bir karşılama gönderir.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: sunucu çalışıyor ve oturumu kabul ediyor. Şu durumlarda daha yakından bakın: karşılama saniyelerce sürüyorsa (sunucuda yavaş ters DNS ya da kasıtlı bir karşılama gecikmesi), beklenmedik bir makine adı veriyorsa (bir yük dengeleyiciye, port 25&apos;i araya giren bir cihaza ya da yanlış IP&apos;ye ulaşıyor olabilirsiniz) veya karşılama metni bir dizi yıldızla değiştirilmişse; bu, ESMTP denetimi yapan bir Cisco ASA ya da PIX&apos;in işaretidir ve STARTTLS&apos;i de gizleyebilir. STARTTLS&apos;e verilen 220&apos;den hemen sonra TLS el sıkışması başarısız oluyorsa sunucunun yöneticisi sertifikayı veya TLS protokol ayarlarını düzeltmelidir.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Çalışan bir SMTP sunucusuna normal bir bağlantı; karşılama beklenen ilk yanıttır.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>İstemci STARTTLS gönderdi ve sunucu TLS anlaşmasını kabul etti.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>postscreen&apos;den ya da benzer bir karşılama öncesi testten gelen çok satırlı bir karşılama; doğru çalışan bir istemci sadece bitmesini bekler.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Bir güvenlik duvarı veya araya giren bir cihaz karşılama metnini değiştirdiği için karşılama gerçek sunucu adını göstermiyor.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Bağlanın ve karşılamayı okuyun; görünmesinin ne kadar sürdüğüne dikkat edin.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>STARTTLS&apos;i test edin ve sunucunun 220 yanıtından sonra sunduğu sertifikaya bakın.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Sunucunun IP adresinin ters DNS kaydını karşılamadaki adla karşılaştırın.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Yeniden denemeye gerek yok: EHLO ile devam edin ya da STARTTLS&apos;e verilen 220&apos;den sonra TLS el sıkışmasını başlatıp ardından EHLO&apos;yu yeniden gönderin. RFC 5321&apos;in izin verdiği beş dakika içinde karşılama gelmezse bu bağlantıyı bırakın ve sonraki MX&apos;i deneyin ya da daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Hizmet iletim kanalını kapatıyor</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221, sunucunun QUIT komutuna yanıtıdır: oturum bitmiştir ve sunucu TCP bağlantısını kapatmak üzeredir. Yalnızca vedalaşmanın başarılı olduğunu gösterir ve oturumda daha önce gönderilen herhangi bir ileti hakkında hüküm taşımaz.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>Bir oturumun en sonunda, istemci QUIT gönderdikten sonra. Postfix &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot; yanıtını verir. Sıklıkla yukarıda bir hata bulunan bir oturum dökümünün en altında durur; haksız yere suçlanmasının nedeni budur.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Düzeltilecek bir şey yok. Hata ayıklarken yukarı kaydırın: iletinin akıbeti, DATA&apos;dan sonraki son noktanın ardından gelen yanıttır (250 kabul edildi, 4xx veya 5xx edilmedi). Yalnızca sunucu hiç 221 göndermeden bağlantıyı kapatıyorsa ya da QUIT dışında bir şeye 221 ile yanıt veriyorsa araştırın; bu, bir zaman aşımına, bir çökmeye ya da oturumu kesen ara bir cihaza işaret eder.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>İstemci işini bitirdi ve QUIT gönderdi; her oturumun normal sonu budur.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>İstemci daha önce bir ret aldı, örneğin RCPT TO aşamasında 550, ve oturumu nazikçe QUIT ile kapattı.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Bir test aracı veya izleme yoklaması bağlandı, karşılamayı ya da EHLO yanıtını kontrol etti ve çıktı.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Asıl sonucu aynı oturum dökümünde bulun: veri sonu noktasının hemen ardından gelen yanıt ya da MAIL FROM veya RCPT TO aşamasındaki ret.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Postfix sunucusunda disconnect satırlarını okuyun: her komutu ve başarılarını sayarlar (örneğin data=1 quit=1); quit&apos;in eksik olması istemcinin bağlantıyı kopardığı anlamına gelir.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Yeniden denemeye gerek yok: oturum normal şekilde sona erdi. Veri sonu yanıtı 250 olan iletiler teslim edilmiştir; daha önce 4xx yanıtı alanlar gönderenin kuyruğunda kalır ve kendi yeniden denemelerini bekler.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Kimlik doğrulama başarılı</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235, AUTH alışverişinin başarılı olduğunu belirtir: sunucu kullanıcı adını ve parolayı ya da belirteci (token) kabul etmiştir ve istemcinin kimliği bu oturumun geri kalanı için doğrulanmıştır. Normalde 2.7.0 gelişmiş kodunu taşır. Kimlik doğrulama tek başına herhangi bir adres adına gönderim yapma izni vermez; sunucu bundan sonra da göndereni veya alıcıları reddedebilir.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>587 veya 465 numaralı porttaki gönderim (submission) sırasında, genellikle STARTTLS&apos;ten sonra, AUTH PLAIN, AUTH LOGIN, XOAUTH2 ya da başka bir SASL mekanizması tamamlanır tamamlanmaz. E-posta istemcileri, yazıcılar ve tarayıcılar, web uygulamaları ve bir smarthost üzerinden aktarma yapan MTA&apos;lar bunu görür; Postfix &quot;235 2.7.0 Authentication successful&quot; gönderir.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Oturum açmanın kendisiyle ilgili düzeltilecek bir şey yok. 235&apos;ten sonra posta yine başarısız oluyorsa bir sonraki yanıtı okuyun: MAIL FROM aşamasında 553 veya 550 genellikle hesabın o adres adına gönderemeyeceği anlamına gelir (örneğin Postfix reject_sender_login_mismatch), daha sonraki 5.7.x hataları ise ilkeye işaret eder. Sunucu yöneticileri tanımadıkları IP adreslerinden veya ülkelerden gelen 235&apos;leri de izlemelidir, çünkü ele geçirilmiş hesaplardan yapılan birçok spam gönderimi çalınmış bir parolayla başarılı bir oturum açmayla başlar.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>İstemci, sunucunun sunduğu bir mekanizmayla ve sunucunun yeterince güvenli saydığı bir bağlantı üzerinden doğru kimlik bilgilerini gönderdi.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Normal parola yerine uygulama parolası veya OAuth belirteci gerektiren bir hesapta bu parola ya da belirteç kabul edildi.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Ele geçirilmiş bir hesap spam gönderen biri tarafından kullanılıyor; böyle bir oturum açma meşru olanla tıpatıp aynı görünür.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Kimlik bilgisi sorunlarını istemci yapılandırması sorunlarından ayırmak için oturum açmayı swaks ile yeniden üretin (parolayı kendisi sorar).</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Postfix sunucusunda hangi hesapların hangi istemci adreslerinden oturum açtığını listeleyin.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>235&apos;in ardından gönderen reddi geliyorsa sunucunun oturum açma adlarını gönderen adresleriyle nasıl eşleştirdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Yeniden denemeye gerek yok; MAIL FROM ile devam edin. Aynı oturumda yeniden AUTH göndermeyin: başarılı bir AUTH&apos;tan sonra RFC 4954, sunucunun ikinci bir AUTH&apos;u 503 ile reddetmesini şart koşar.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>İstenen posta işlemi tamam, tamamlandı</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>gönderildi ama ulaşmadı</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 genel başarı yanıtıdır: komut çalıştı. EHLO&apos;ya (uzantı listesiyle birlikte), MAIL FROM&apos;a, kabul edilen her RCPT TO&apos;ya, RSET&apos;e, NOOP&apos;a ve en önemlisi ileti verisinin sonuna yanıt olarak gelir; burada alıcı sunucunun iletiyi teslim etme ya da geri dönen ileti bildirimi gönderme sorumluluğunu üstlendiği anlamına gelir. Gelen kutusuna ulaşacağını garanti etmez: alıcı taraf iletiyi yine de spam olarak ayırabilir ya da daha sonra başarısız olup bir geri dönen ileti gönderebilir.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>Normal bir oturum boyunca her yerde. “Postam gitti mi?” sorusunu yanıtlayan, son noktadan sonra gelen 250&apos;dir; MTA&apos;lar bunu alıcı tarafın metniyle birlikte günlüğe yazar, örneğin sonraki sunucu da Postfix olduğunda Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;. ETRN (RFC 1985) ve ATRN (RFC 2645) da kuyruk işlemenin ya da ters bağlantının başladığını bildirmek için 250 kullanır.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: alıcı sunucu komutu veya iletiyi kabul etti. Alıcı postanın hiç gelmediğini söylüyorsa ona zamanı, gönderen adresini ve günlüğünüzde 250&apos;nin ardından gelen kuyruk kimliğini ya da metni verin; alıcının yöneticisi bundan sonra kendi günlüklerinde, karantinada ve spam klasöründe arama yapar, çünkü bu noktadan itibaren ileti onların sunucusunun sorumluluğundadır.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>Komut geçerliydi ve izin veriliyordu, bu yüzden sunucu onu yerine getirdi.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>Veri sonunda ileti alıcı tarafın kontrollerinden geçti ve teslim için kuyruğa alındı.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>Alıcı taraf önce kabul edip sonra filtreliyor (kuyruk sonrası bir içerik filtresi ya da sessizce karantinaya alan bir sağlayıcı), bu yüzden gelen kutusuna ulaşmayacak bir ileti için 250 yanıtı verdi.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Gönderen Postfix günlüğünde alıcı için kabul satırını, alıcı tarafın döndürdüğü metinle birlikte bulun.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Exim kullanan gönderen tarafta alıcıya yapılan teslimlerin tüm günlük satırlarını toplayın.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Alıcının yöneticisinden, 250 yanıtındaki kuyruk kimliği veya Message-ID ile iletiyi kendi tarafında izlemesini isteyin (Microsoft 365&apos;te message trace, Google Workspace&apos;te Email Log Search).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Yeniden denemeye gerek yok: veri sonunda 250 aldıktan sonra gönderen MTA o alıcıyı tamamlandı olarak işaretler ve kendi kopyasını siler. Yeniden göndermek yalnızca bir kopya ileti oluşturur; bunun yerine alıcı tarafta araştırın.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail iletiyi kabul etti; zaman damgası ve kimlik, iletiyi Google&apos;ın günlüklerinde tanımlar. Kabul, Gmail&apos;in iletiyi gelen kutusuna mı yoksa spam klasörüne mi koyacağı hakkında hiçbir şey söylemez.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange ve Exchange Online veri sonunu 2.6.0, iletinin Message-ID değeri ve bir dahili kimlikle yanıtlar; alıcının yöneticisinin message trace&apos;te aradığı değer Message-ID&apos;dir.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Kullanıcı yerel değil; &lt;forward-path&gt; adresine yönlendirilecek</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 bir alıcıyı kabul ederken istemciye posta kutusunun bu sunucuda olmadığını ve iletinin yanıt metninde verilen adrese yönlendirileceğini bildirir. Bu bir başarıdır: posta teslim edilecektir. RFC 5321 sunucuların bunun yerine 250 ile sessizce yönlendirmesine izin verir ve çoğu öyle yapar, bu yüzden 251 nadirdir. ETRN uzantısında (RFC 1985) aynı sayı &quot;OK, no messages waiting for node &lt;x&gt;&quot; anlamına gelir.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>Yönlendirmeyi duyuracak şekilde yapılandırılmış sunuculardan RCPT TO&apos;ya ya da VRFY&apos;ye yanıt olarak; genellikle bir kullanıcı yeni bir adrese taşındıktan sonra eski veya özel amaçlı sistemlerde. Postfix, Exim ve Exchange sessizce yönlendirir ve 250 yanıtı verir. Ayrıca sunucu istenen alan adı için hiçbir şey tutmadığında ETRN&apos;e yanıt olarak; örneğin ETRN kipindeki fetchmail bir yedek MX&apos;i yokladığında.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Düzeltilecek bir şey yok; alıcı iletiyi alacak. Gönderen, adres defterini yanıt metnindeki yeni adresle güncelleyebilir; ancak RFC 5321 istemcileri bunu yalnızca sunucuya güvendiklerinde otomatik yapmaları konusunda uyarır ve istemci yazılımının buna göre davranması zorunlu değildir. ETRN&apos;e verilen 251&apos;den sonra o alan adı için alınacak kuyrukta bekleyen posta yoktur, o kadar.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>Alıcının posta kutusu taşındı ve sunucu yönlendirme adresini açıklayacak şekilde yapılandırılmış.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Bir ETRN isteği, sunucuda kuyrukta bekleyen iletisi olmayan bir alan adını belirtti.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Eski bir sunucu, çoğu modern MTA&apos;nın gizlilik nedeniyle bıraktığı RFC 821 tarzı yönlendirme bildirimini hâlâ kullanıyor.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Yanıt metnindeki forward-path&apos;i okuyun ve kayıtlı adresleri değiştirmeden önce yeni adresi alıcıyla doğrulayın.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN için, postayı bekleten sunucunun o alan adı için gerçekte ne tuttuğuna bakın.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN&apos;i elle tekrarlayın (önce EHLO, sonra ETRN example.com) ve yanıtı okuyun.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Yeniden denemeye gerek yok: alıcı kabul edildi ve konuşma başka RCPT TO komutlarıyla ya da DATA ile sürer. ETRN&apos;e verilen 251&apos;den sonra ETRN&apos;i hemen tekrarlamak yerine bir sonraki planlı zamanda yeniden yoklayın.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Kullanıcı VRFY ile doğrulanamıyor, ancak ileti kabul edilip teslim denenecek</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252, adresi ne doğrulayan ne de reddeden bir VRFY yanıtıdır: sunucu posta kutusunun var olup olmadığını söylemez ya da söyleyemez, ama onun için posta kabul eder ve teslim etmeye çalışır. RFC 5321, güvenlik nedeniyle VRFY&apos;yi kapatan sunuculara 252 ile yanıt vermelerini söyler; bu yüzden bugün İnternet&apos;teki olağan VRFY yanıtı budur. ETRN&apos;de (RFC 1985) 252, &quot;OK, pending messages for node &lt;x&gt; started&quot; anlamına gelir.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>VRFY&apos;den sonra; çoğunlukla adres toplayıcılardan, liste temizleme hizmetlerinden ve tarayıcılardan, bazen de elle test yapan bir yöneticiden. qmail her zaman &quot;252 send some mail, i&apos;ll try my best&quot; yanıtını verir, Gmail aynı ifadeyi 2.1.5 ile kullanır, VRFY ACL&apos;si olmayan Exim ise &quot;252 Administrative prohibition&quot; yanıtını verir.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: 252, sunucunun doğrulamayı kibarca reddetmesidir; bu yüzden bunu adresin var olduğunun kanıtı saymayın. Bir adres için postanın kabul edilip edilmediği yalnızca gerçek bir işlemdeki RCPT TO yanıtında görülür. VRFY&apos;yi açmak alıcının yöneticisinin tercihidir; kapalı bırakmak normaldir ve önerilir.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>Adres toplamayı önlemek için sunucuda VRFY kapalı, bu yüzden tarafsız 252 yanıtını veriyor.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>Sunucu, alan adı için posta kabul eden ama son sunucudaki posta kutularını kontrol edemeyen bir MX veya aktarma sunucusu (relay).</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Kuyrukta postası olan bir alan adı için yapılan ETRN isteği kabul edildi ve bekleyen iletilerin teslimi başladı.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Aynı adresi, teslim için asıl önemli olan RCPT TO ile kontrol edin ve DATA&apos;dan önce durun.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>Kendi Postfix sunucunuzda VRFY&apos;nin kapalı olup olmadığına bakın (bu durumda Postfix 252 yerine 502 yanıtı verir).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Yeniden denemeye gerek yok: VRFY&apos;yi tekrarlamak aynı 252&apos;yi verir. Gerçek posta işlemiyle ya da QUIT ile devam edin.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail adresleri VRFY ile asla doğrulamaz: posta kutusu var olsun ya da olmasın, qmail&apos;in ifadesinden ödünç alınmış bu tarafsız yanıtı verir.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>Tamam, &lt;x&gt; düğümü için bekleyen &lt;n&gt; iletinin gönderimi başlatıldı</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253, ETRN&apos;e (RFC 1985) verilen bir başarı yanıtıdır: sunucu, adı verilen alan adı veya makine için bekletmekte olduğu iletileri teslim etmeye başlamıştır ve kaç tane olduğunu söyler. Yalnızca ETRN uzantısında bulunur; bu uzantı, aralıklı bağlanan bir sitenin yedek MX&apos;inden veya sağlayıcısının posta sunucusundan kuyruğu kendisine doğru boşaltmasını istemesini sağlar.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Yalnızca bir ETRN komutundan sonra; bu komutu genellikle ETRN kipindeki fetchmail, bağlantısı açıldığında küçük bir ofis posta sunucusu ya da elle test yapan bir yönetici gönderir. Sunucular ETRN&apos;e bunun yerine daha sade 250 veya 252 ile yanıt verebilir ve birçoğu öyle yapar (örneğin Postfix 250 der), bu yüzden 253 nadiren görülür.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Düzeltilecek bir şey yok: kuyruk işleme başladı. Bekletilen iletiler istemcinin kendi sunucusuna yeni gelen SMTP bağlantılarıyla ulaşır; gelmezlerse istemcinin yöneticisi bu sunucuya kuyruğu tutan sunucudan 25 numaralı port üzerinden ulaşılabildiğini ve MX kayıtlarıyla güvenlik duvarının doğru olduğunu kontrol eder.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>İstemci site çevrimiçi oldu ve postasını kuyrukta tutan sunucuya kendi alan adı için ETRN gönderdi.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail ya da zamanlanmış bir iş, çevirmeli veya dinamik bağlantılı bir posta sunucusu adına düzenli olarak ETRN gönderiyor.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>253&apos;ten sonra gelen teslimleri kendi sunucunuzun günlüğünden izleyin.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>Postayı tutan Postfix aktarma sunucusunda, gerekirse alan adına ait ertelenmiş iletileri elle boşaltın (flush).</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Exim aktarma sunucusunda, alan adına gönderilmiş iletiler için bir kuyruk çalıştırması başlatın.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Yeniden denemeye gerek yok: boşaltma sürüyor. ETRN&apos;i yalnızca bir sonraki bağlantıda veya planlı yoklamada yeniden gönderin; teslim sürerken döngü içinde göndermeyin.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Sunucu sınaması (ardından base64 metin gelir)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334, bir AUTH alışverişinin içindeki ara yanıttır: sunucu kimlik doğrulama verisinin bir sonraki parçasını ister ve koddan sonraki metin base64 ile kodlanmış bir sınamadır (boş olabilir). İstemci tek bir base64 satırıyla ya da iptal etmek için tek bir yıldız işaretiyle yanıt verir; alışveriş başarılıysa 235 ile, değilse 535 gibi bir hatayla biter.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Gönderim (submission) sırasında istemci AUTH gönderdikten hemen sonra. AUTH LOGIN ile sunucular &quot;334 VXNlcm5hbWU6&quot; ve &quot;334 UGFzc3dvcmQ6&quot; gönderir; bunların çözülmüş hâli &quot;Username:&quot; ve &quot;Password:&quot;dır. İlk yanıt olmadan gönderilen AUTH PLAIN ile sınama boştur. XOAUTH2 ile, OAuth belirteci reddedildiğinde Gmail base64 metni bir JSON hatası olan bir 334 gönderir.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>Kendi başına bir sorun yoktur; istemci yazılımının sınamayı yanıtlaması gerekir. 334&apos;ten sonra bir oturum takılıyor ya da başarısız oluyorsa istemci yanlış bir şey gönderiyordur (kodlanmamış metin, yanlış mekanizma ya da süresi dolmuş bir belirteç). Sunucunun ne istediğini görmek için sınamayı çözün; XOAUTH2 JSON hatasında gönderen OAuth belirtecini yenilemeli ya da posta kapsamını (scope) yetkilendirmeli, sonra yeniden denemelidir.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>İstemci, kullanıcı adını ve parolayı her zaman iki 334 adımında isteyen AUTH LOGIN&apos;i başlattı.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>İstemci AUTH PLAIN&apos;i ya da başka bir mekanizmayı ilk yanıt olmadan gönderdi, bu yüzden sunucu boş bir sınama gönderiyor.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>CRAM-MD5 gibi bir sınama-yanıt mekanizması, istemcinin anahtarlı bir özetle yanıtlaması gereken base64 bir nonce gönderir.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Bir XOAUTH2 belirtecinin süresi dolmuş, iptal edilmiş ya da posta kapsamı eksik; sunucu bunu son hatadan önce base64 bir JSON sınaması olarak bildirir.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Sunucunun ne istediğini görmek için sınama metnini çözün.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Bir test hesabıyla elle test için bir AUTH PLAIN dizesi oluşturun; yalnızca kodlanmıştır, şifrelenmemiştir, bu yüzden yalnızca TLS üzerinden kullanın.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>AUTH alışverişinin tamamını swaks ile TLS üzerinden çalıştırın ve oturum dökümünde her 334 adımını okuyun.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Konuşmaya devam edin: bir sonraki base64 yanıt satırını ya da alışverişi bırakmak için tek bir yıldız işareti gönderin; sunucu buna 501 ile yanıt verir. Her 334&apos;ten sonra AUTH&apos;u baştan başlatmayın.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>XOAUTH2&apos;de Google, reddedilen bir erişim belirtecini base64 metni status, schemes ve scope içeren bir JSON&apos;a çözülen bir 334 sınamasıyla bildirir; istemci boş bir satırla yanıt verir ve ardından son hata yanıtını alır.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Posta girişine başlayın; &lt;CRLF&gt;.&lt;CRLF&gt; ile bitirin</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354, DATA&apos;dan sonraki devam iznidir: sunucunun kabul edilmiş en az bir alıcısı vardır ve artık iletinin kendisini, yani başlıkları ve gövdeyi, yalnızca bir nokta içeren bir satırla biten şekilde ister. Bu bir ara yanıttır, kabul değildir; ileti hakkındaki karar son noktadan sonra gelen yanıttır.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>İstemci DATA gönderdikten hemen sonra; BDAT&apos;ta böyle bir adım yoktur. Tipik metinler: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. Elle yapılan bir testte başlıkları, boş bir satırı ve gövdeyi bu noktada yazarsınız.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>Bu noktada düzeltilecek bir şey yok. 354&apos;ten hemen sonra ortaya çıkan sorunlar veri aşamasına aittir: büyük bir ileti gönderilirken oturum takılıyor veya zaman aşımına uğruyorsa ağ yolundan (MTU sorunu, SMTP&apos;yi denetleyen ara bir cihaz) ya da yavaş bir bağlantıdan şüphelenin; gönderenin yöneticisi küçük bir test iletisiyle karşılaştırma yapmalıdır. Sunucu noktadan sonra reddediyorsa 354&apos;ü değil, o yanıtı okuyun.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>İstemci, en az bir RCPT TO kabul edildikten sonra DATA gönderdi, bu yüzden sunucu içeriğe hazır.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>telnet veya openssl ile elle yapılan bir test veri aşamasına ulaştı.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>PIPELINING ile istemci DATA&apos;yı alıcılarıyla aynı toplu gönderimde yolladı; 354, bunlardan en az birinin kabul edildiğini doğrular.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Küçük bir test iletisi gönderin ve oturum dökümünde 354&apos;ü ve son yanıtı izleyin.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Büyük iletiler 354&apos;ten sonra takılıyor ama küçükler geçiyorsa sunucuya giden yolun MTU değerini kontrol edin.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Postfix kullanan gönderen tarafta, veri aktarımı ve son yanıt için ne kadar beklediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Konuşmaya devam edin: içeriği nokta doldurma (dot-stuffing) uygulayarak ve sonlandırıcı noktayla gönderin, ardından RFC 5321&apos;in on dakikaya kadar izin verdiği son yanıtı bekleyin. Bağlantı bu yanıttan önce koparsa iletiyi teslim edilmemiş sayın ve daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-offset, işlemin kaldığı konumdur</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355, kesilen büyük aktarımları sürdürmek için tasarlanmış, RFC 1845&apos;in (1995) deneysel CHECKPOINT uzantısına aittir. Bir istemci yarıda kalmış bir işlemi aynı TRANSID ile MAIL FROM göndererek tekrarladığında, kısmi veriyi saklamış bir sunucu satırın başında bir sayı olan 355 ile yanıt verir: beklediği bir sonraki ileti verisi baytının sıfırdan başlayan konumu. Uzantı hiçbir zaman yaygın olarak kullanılmadı ve yaygın sunucular onu sunmaz.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Neredeyse hiç. Yalnızca, EHLO yanıtında CHECKPOINT&apos;i duyurmuş bir sunucuda TRANSID parametresi taşıyan bir MAIL FROM&apos;dan sonra gelebilir. SMTP kod listelerinde eksiksiz olsun diye yer alır; gerçek trafikte bir 355 büyük olasılıkla bir test aracından ya da hatalı davranan bir sunucudan gelir.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>Normal işleyişte düzeltilecek bir şey yok. Bir istemci CHECKPOINT kullanmadan 355 alırsa sunucu hatalı davranıyordur ve yöneticisine bildirilmelidir; hiç TRANSID göndermemiş istemci yazılımı o işlemi anlamlı biçimde sürdüremez ve işlemi sıfırlamalıdır. Çok büyük iletilerde sunucunun duyurduğu SIZE sınırına uyun ya da ek yerine bir bağlantı gönderin.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>RFC 1845&apos;i uygulayan bir istemci, yarıda kalan bir aktarımdan sonra yeniden bağlandı ve MAIL FROM&apos;u aynı TRANSID ile tekrarladı.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Bir başvuru listesinden kodlar üreten bir test ya da sahte (mock) SMTP sunucusu, gerçek checkpoint desteği olmadan 355 döndürdü.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Sunucunun uzantıyı duyurup duyurmadığını kontrol edin; CHECKPOINT, EHLO yanıtında görünmelidir.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>İstemcinin gönderdiği MAIL FROM satırında TRANSID= parametresi olup olmadığına bakın; o olmadan bir 355&apos;in anlamı yoktur.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Yalnızca CHECKPOINT kullanan bir istemci, RFC 1845&apos;te anlatıldığı gibi ileti verisini verilen konumdan göndererek devam eder. Diğer tüm istemciler RSET göndermeli ve iletinin tamamını baştan yeniden denemelidir.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Bağlantı zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir; kod listeleri onu uzak sunucuyla konuşurken oluşan bir zaman aşımı olarak tanımlar. Sayı çoğunlukla, Internet Agent&apos;ı (GWIA) kendi giden bağlantı zaman aşımları için &quot;420 TCP read error&quot; veya &quot;420 TCP write error&quot; günlüğe yazan Novell GroupWise&apos;dan gelir. Gerçek yanıt olan 421 ile ya da noktasız yazılmış 4.2.0 gelişmiş koduyla kolayca karıştırılır.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>Giden yönde, bir GroupWise sisteminde: GWIA uzak makineye bağlanmış, ardından bir okuma veya yazma zaman aşımına kadar takılmış (TCP okumaları için varsayılan beş dakika) ve iletiyi erteleme kuyruğuna taşımadan önce 420&apos;yi yerel olarak kaydetmiştir. Uzak sunucu hiçbir zaman 420 göndermemiştir. Diğer yazılımlarda bir destek kaydındaki &quot;420&quot; genellikle yanlış okunmuş bir 421 veya 4.2.0&apos;dır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>Gönderenin yöneticisi ağ yolunu araştırır; GroupWise ertelenmiş postayı kendi takvimine göre yeniden dener. Yalnızca bir hedef başarısız oluyorsa o alıcı taraftan şüphelenin: IP&apos;nizi oyalayan ya da yavaşlatan (tarpit) bir filtre veya genel adresinizle eşleşmeyen bir HELO adı. Tüm hedefler başarısız oluyorsa kendi güvenlik duvarınızı, yönlendiricinizin MTU değerini, ağ kartınızı ve İnternet hattınızı kontrol edin; başarısız bir oturumun paket yakalaması genellikle meseleyi çözer.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>GroupWise Internet Agent ile İnternet arasındaki bir güvenlik duvarı veya yönlendirici TCP akışını durduruyor; örneğin büyük eklerde bir MTU ya da path-MTU keşfi sorunu yüzünden.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>Alıcı sunucu oturumun ortasında yavaşlıyor ya da yanıt vermeyi bırakıyor (tarpitting, aşırı yük ya da gönderen IP&apos;yi sevmeyen bir filtre) ve sonunda GWIA&apos;nın okuma zaman aşımı doluyor.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>GWIA gönderim dizininde, ajanın iletemediği bozuk bir ileti dosyası var.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Biri bir 421 yanıtını ya da 4.2.0 gelişmiş durum kodunu (örneğin bir gri listeleme ertelemesi) 420 olarak not etti.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Başarısız ileti için gerçek SMTP konuşmasını ajanın ya da MTA&apos;nın günlüğünde bulun ve asıl yanıtı ve gelişmiş kodu not edin.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Tam boyutlu paketlerin alıcı tarafa parçalanmadan ulaşıp ulaşmadığını kontrol edin (1472 bayt yük artı başlıklar 1500 eder).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Aynı makineden eksiksiz bir test oturumu çalıştırın ve nerede takıldığını izleyin.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Özel bir şey yok: bunu günlüğe yazan yazılım onu geçici sayar ve erteleme kuyruğundan yeniden dener. Bir hedef saatlerce başarısız olmaya devam ederse beklemeyi bırakın ve bağlantıyı inceleyin.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Hizmet kullanılamıyor, iletim kanalı kapatılıyor</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>hız sınırı aşıldı</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>Sunucu bağlantıyı kapatıyor ve oturumda ne bu komutu ne de sonraki herhangi bir komutu işleyecek. Karşılama mesajı (hizmet şu anda kullanılamıyor) olabileceği gibi, sunucu kapanmak zorunda kaldığında, bir sınıra ulaştığında ya da istemciyi düşürmeye karar verdiğinde sonraki herhangi bir komutun yanıtı da olabilir. İstemci durmalı, daha sonra yeniden bağlanmalıdır; bu arada başka bir MX makinesini deneyebilir.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>En sık karşılamada ya da EHLO, MAIL FROM veya RCPT TO&apos;dan hemen sonra. Tipik kaynaklar: Postfix postscreen ve smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), bağlantı sınırlarına ulaşıldığında ya da hizmet durdurulurken Exim ve Exchange, ve itibarı zayıf IP adreslerini kısıtlayan büyük sağlayıcılar (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Genellikle kuyruğun yeniden denemesine izin vermekten başka bir şey gerekmez. Sürerse gönderenin yöneticisi metni okur: bir bağlantı veya hız sınırı, o alan adına doğru daha az paralel bağlantı ve daha yavaş ileti hızı demektir (Postfix&apos;te daha düşük hedef eşzamanlılık sınırı ve bir hız gecikmesi olan ayrı bir transport); bir itibar engeli ise kara listeleri, PTR, SPF, DKIM, DMARC kayıtlarını ve şikâyet oranlarını kontrol etmek, sonra daha az ve daha çok istenen posta göndermek demektir. Metin alıcı tarafta bir kapanmaya ya da yerel bir soruna işaret ediyorsa bunu yalnızca alıcının yöneticisi düzeltebilir.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>Alıcı taraf, gönderen IP&apos;yi itibar veya hacim nedenleriyle kısıtlıyor (spam şikâyetleri, hacimde ani bir artış, bir kara liste kaydı).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Tek bir istemciden çok fazla eşzamanlı bağlantı var ya da bağlantı hızı sınırına ulaşıldı.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>SMTP hizmeti kapanıyor, yeniden başlıyor ya da çalışan süreçleri tükenmiş.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>İstemci çok yavaştı ya da çok fazla hatalı komut gönderdi ve sunucu oturumu sonlandırdı (zaman aşımı veya hata sınırı).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Alıcı alan adı için bir TLS veya ilke gereksinimi karşılanmıyor ve sağlayıcı oturumu kapatıyor (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Hedef için kaydedilen erteleme metnini okuyun; uygulanan sınırı veya engeli adıyla belirtir.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Gönderen IP&apos;nin herkese açık bir kara listede olup olmadığını kontrol edin (sorguyu sekizlileri ters çevrilmiş adresle yapın).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Gönderen IP&apos;nin, adı yine aynı IP&apos;ye çözümlenen bir PTR kaydı olduğunu doğrulayın.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Sunucunuzun aynı anda kaç giden SMTP bağlantısını açık tuttuğunu sayın.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Artan aralıklarla daha sonra yeniden deneyin; oturum bitti, bu yüzden daha fazla komut göndermek yerine yeniden bağlanın. Sonraki MX makinesine geçmek sorun değildir, ancak aynı makineye tekrar tekrar bağlanmak itibar kısıtlamasının daha uzun sürmesine yol açar.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail, itibarı ya da spam benzeri trafiği nedeniyle gönderen IP&apos;ye hız sınırı uyguluyor; hacim düştükçe ve itibar toparlandıkça kalkar.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo, şikâyet oranları veya olağandışı hacim nedeniyle IP&apos;den gelen postayı erteliyor; köşeli parantez içindeki etiket (TSS04 ve benzerleri) Yahoo&apos;nun kendi neden kodudur.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Temel tanımı yok (X.7.12 ile ilişkili)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Hiçbir RFC 422 yanıtını tanımlamaz. IANA gelişmiş durum kodları kaydı, X.7.12 (parola geçişi gerekiyor) için temel kodlar olarak 432&apos;nin yanında 422&apos;yi de listeler; oysa X.7.12&apos;yi tanımlayan RFC 4954 yalnızca 432 4.7.12&apos;yi kullanır. Bir 422 ile karşılaşırsanız onu 432 anlamında geçici bir hata olarak okuyun.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Gerçek trafikte neredeyse hiç görülmez; bunu gönderen yaygın bir sunucu bilmiyoruz. İnsanlar onu IANA kayıt tablosunda ya da kaydın eşleştirmelerini kopyalayan kod listesi kütüphanelerinde bulur. Bunu gönderen bir sunucu olsaydı AUTH&apos;a yanıt olarak gönderirdi.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>432 gibi ele alın: kullanıcı ya da onun adına istemci yazılımı, sunucunun daha güçlü mekanizmanın ihtiyaç duyduğu kimlik bilgilerini türetebilmesi için TLS üzerinden PLAIN gibi düz metin bir mekanizmayla bir kez kimlik doğrulaması yapar, sonra olağan mekanizmaya döner. Sunucu 422 yanıtını vermeye devam ederse yöneticisi kimlik doğrulama altyapısını kontrol etmeli ve belgelenmiş 432 yanıtına geçmelidir.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Hesabın kayıtlı kimlik bilgileri, istenen SASL mekanizmasının ihtiyaç duyduğu biçimde henüz yok; örneğin parola saklama yöntemi değiştirildikten sonra.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>IANA kaydındaki eşleştirmeyi kopyalayan ve RFC 4954&apos;ün 432 belirttiği yerde 422 üreten bir sunucu veya kütüphane.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Aynı hesabı STARTTLS üzerinden AUTH PLAIN ile deneyin ve sunucunun kabul edip etmediğine bakın (swaks parolayı sorar).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Başarısız denemenin çevresinde sunucunun kimlik doğrulama günlüğünü okuyun.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Aynı mekanizmayla döngüye girmeyin. TLS üzerinden tek bir PLAIN oturum açma, daha güçlü mekanizmanın sonraki oturumlarda çalışmasını sağlamalıdır; bir e-posta istemcisi sessizce yeniden denemek yerine kullanıcıya haber vermelidir.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Temel tanımı yok (X.5.1 ile ilişkili)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Hiçbir RFC 430 yanıtını tanımlamaz. IANA gelişmiş durum kodları kaydı 430&apos;u X.5.1 (geçersiz komut) ile kullanılan temel kodlar arasında sayar; kod katalogda yalnızca bu eşleştirme sayesinde yer alır. Onu, sunucunun geçersiz saydığı bir komutun geçici olarak reddi olarak okuyun.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>Gerçek oturumlarda nadirdir: kayıtta ve onu kopyalayan kütüphanelerde görünür. Bunu gönderen bir sunucu, kabul etmediği bir komuttan sonra gönderir; örneğin bilinmeyen bir komut, sırası dışında gönderilmiş bir komut ya da PIPELINING desteği olmadan art arda gönderilmiş komutlar.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>İstemci yazılımı ya da bakımını yapan kişi, yanıta yol açan komuta bakar: yanlış yazılmış veya desteklenmeyen komutlar, EHLO&apos;dan ya da STARTTLS el sıkışması bitmeden önce gönderilen komutlar veya sunucunun hiç duyurmadığı pipelining. Konuşmayı düzeltin; komut geçerliyse sunucunun yöneticisi neden kayıtlı olmayan bir kodla yanıt verdiğini açıklamalıdır.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>İstemci, sunucunun tanımadığı ya da oturumun o noktasında izin vermediği bir komut gönderdi.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Kayıttaki eşleştirmeyi harfiyen uygulayan ve 500 ya da 503&apos;ün yumuşak bir biçimi olarak 430 ve X.5.1 ile yanıt veren bir sunucu yazılımı.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Oturumu elle yeniden oynatın ve 430&apos;u hangi komutun aldığını not edin.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>O komutu sunucunun EHLO yanıtında listelediği yeteneklerle karşılaştırın.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Her 4xx&apos;te olduğu gibi bir istemci daha sonra bir kez yeniden deneyebilir, ancak geçersiz bir komut geçersiz kalır: aynı komut yine 430 alıyorsa yeniden denemek yerine komutu düzeltin.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Diskte yeterli alan yok / bellek yetersiz</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Kod listeleri alıcı sunucunun disk alanının veya belleğinin tükendiği anlamına geldiğini söyler; bu yorum, noktasız yazılmış 4.3.1 (posta sistemi dolu) gelişmiş durum kodundan gelir. Gerçek trafikte bu durum 452 olarak, genellikle &quot;452 4.3.1&quot; şeklinde gelir.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>Kod tablolarında ve birinin 4.3.1&apos;i kısalttığı raporlarda. Bu durumun gerçek örnekleri: kuyruk dosya sisteminde yer azaldığında MAIL FROM&apos;a &quot;452 4.3.1 Insufficient system storage&quot; yanıtını veren Postfix ve &quot;452 4.3.1 Insufficient system resources&quot; yanıtını veren Microsoft Exchange back pressure.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Gönderen için kuyruğun yeniden denemesine izin vermekten başka yapılacak bir şey yok. Alıcının yöneticisi kuyruk veya spool dosya sisteminde disk alanı açar, belleği ve kuyruk boyutunu kontrol eder; Exchange&apos;de ise back pressure olaylarını ve transport kuyruk veritabanını barındıran birimi inceler.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>Alıcı MTA&apos;nın kuyruk veya spool bölümü neredeyse dolu, bu yüzden yer açılana kadar yeni postayı reddediyor.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Exchange back pressure: transport hizmeti düşük disk alanı ya da yüksek bellek kullanımı gördü ve ileti kabul etmeyi durdurdu.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Günlükler, bir posta kutusu deposu ya da takılı kalmış bir kuyruk, MTA&apos;nın yazdığı bölümü doldurdu.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>Alıcı sunucuda posta kuyruğunu barındıran dosya sistemindeki boş alanı kontrol edin.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Postfix&apos;in boş alan eşiğini boyut sınırıyla karşılaştırın; Postfix posta kabul etmeden önce message_size_limit değerinin 1,5 katı boş alan ister.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Gerçek kodu ve metni doğrulamak için reddi günlükte bulun.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Gerçekte olduğu gibi 452 olarak ele alın: artan aralıklarla daha sonra yeniden deneyin. Disk ve bellek sıkıntıları, yönetici müdahale ettiğinde genellikle dakikalar ile saatler içinde giderilir.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Parola geçişi gerekiyor</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>Sunucu, kullanıcının farklı bir kimlik doğrulama mekanizmasına geçmesini istiyor ve istenen mekanizmayı henüz tamamlayamıyor. RFC 4954 bunu &quot;432 4.7.12 A password transition is needed&quot; olarak tanımlar: kullanıcı genellikle TLS üzerinden PLAIN ile bir kez oturum açar; bu, sunucunun seçilen mekanizmanın ihtiyaç duyduğu kimlik bilgilerini oluşturmasını sağlar ve o andan itibaren o mekanizma çalışır.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>Bir gönderim (submission) portunda AUTH&apos;a yanıt olarak; sunucu parolaları saklama biçimini değiştirdikten ya da kayıtlı parolası henüz buna uygun olmayan hesaplar için bir sınama-yanıt mekanizmasını (CRAM-MD5 veya SCRAM gibi) etkinleştirdikten sonra. Uygulamada nadirdir. Bazı kod listeleri 432&apos;yi “Exchange gelen kuyruğu durduruldu” olarak tanımlar; bu, bu yanıtın değil, 4.3.2 gelişmiş kodunun yanlış okunmasıdır.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>Kullanıcı ya da onun adına e-posta istemcisi, şifreli bir bağlantı üzerinden AUTH PLAIN ile bir kez kimlik doğrulaması yapar, sonra tercih edilen mekanizmaya döner. İstemci bunu yapamıyorsa sunucunun yöneticisi parolayı sıfırlayabilir (bu, kayıtlı kimlik bilgilerini yeniden oluşturur) ya da o hesap için TLS üzerinden PLAIN&apos;e izin verebilir.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>Hesabın parolası, istenen mekanizmanın (örneğin bir sınama-yanıt mekanizmasının) sunucu düz parolayı bir kez görene kadar kullanamayacağı bir biçimde saklanıyor.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>Yönetici yeni bir parola şemasına geçti ve her hesabı bir sonraki düz metin oturum açmasında dönüştürüyor.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Sunucunun STARTTLS&apos;ten sonra sunduğu mekanizmaları listeleyin.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>TLS üzerinden PLAIN ile bir kez oturum açın, sonra yeni bir oturumda özgün mekanizmayı yeniden deneyin.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Aynı AUTH mekanizmasını değiştirmeden yeniden denemeyin. TLS üzerinden bir kez PLAIN ile oturum açın, sonra bir sonraki oturumda özgün mekanizmayı kullanın; bu arada ileti istemcinin giden kutusunda bekler.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>Alıcı sunucu yanıt vermiyor</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Onu “alıcı sunucu yanıt vermiyor” diye tanımlayan listeler, 4.4.1 (makineden yanıt yok) gelişmiş durum kodunu alıp noktalarını atmıştır. Yanıt vermeyen bir sunucu bir yanıt gönderemez; bu yüzden bu her zaman kendi MTA&apos;nızın başarısız bir bağlantı hakkında kaydettiği bir durumdur.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>Sunucunuz hedefin hiçbir MX&apos;ine bağlanamadığında gecikme uyarılarında ve kuyruk listelerinde. Postfix bunu dsn=4.4.1 ile &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; olarak günlüğe yazar; gecikme uyarısında ise Status: 4.4.1 bulunur.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>Gönderenin yöneticisi önce gönderen makineden giden 25 numaralı portun açık olduğunu (birçok bulut ve ev ağı bunu engeller) ve hedefin MX makinelerinin çözümlendiğini ve dinlediğini kontrol eder. Yalnızca bir alan adı başarısız oluyorsa onun yöneticisi MX kayıtlarını, güvenlik duvarını ya da çökmüş sunucusunu düzeltmelidir; düzelttiğinde kuyruk teslimi yapar.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>Giden TCP 25 numaralı port, gönderenin barındırma sağlayıcısı, İSS&apos;si ya da güvenlik duvarı tarafından engelleniyor.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Alıcı alan adının MX makineleri kapalı, aşırı yüklü ya da gönderen IP&apos;ye karşı güvenlik duvarıyla kapatılmış.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>MX kaydı yanlış ya da eskimiş bir adresi veya yalnızca gönderenin kullanmadığı adres ailesi (IPv4 ya da IPv6) üzerinden ulaşılabilen bir makineyi gösteriyor.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Hedefin MX makinelerini listeleyin.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>İlk MX&apos;in 25 numaralı portuna ham bir TCP bağlantısı açın ve 220 karşılamasını bekleyin.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Kuyruğun ertelenen iletiler için ne kaydettiğine bakın.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>MTA&apos;nız artan aralıklarla kendiliğinden yeniden dener ve ancak kuyruk ömrünün sonunda vazgeçer (Postfix&apos;te varsayılan beş gün). Son geri dönen ileti bildirimi gelmedikçe elle yeniden gönderilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Bağlantı koptu</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Ona “bağlantı koptu” diyen listeler 4.4.2 (kötü bağlantı) gelişmiş durum kodunu noktasız aktarır. Kendi MTA&apos;nızın bildirdiği, yarıda kopmuş bir oturumu anlatır; sunucu bu konuda bir şey söylediğinde gerçek yanıt genellikle 421 4.4.2 ya da 451 4.4.2&apos;dir.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>Bir oturum koptuktan sonra kendi günlüklerinizde ve gecikme bildirimlerinde: Postfix dsn=4.4.2 ile &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; bildirir, Gmail takılan bir istemciye &quot;451 4.4.2 Timeout - closing connection&quot; der, Postfix&apos;in smtpd&apos;si ise yavaş bir istemciye &quot;421 4.4.2 ... Error: timeout exceeded&quot; der.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Arada bir görülüyorsa bir şey gerekmez: kuyruk yeniden dener. Tek bir hedefe doğru tekrarlanıyorsa gönderenin yöneticisi uzun oturumları sıfırlayan bir ara cihaz (güvenlik duvarı, SMTP denetimi, VPN ya da yük dengeleyici), büyük iletilerde MTU sorunu ve içerik filtreleri son noktadan sonra çok uzun süren bir alıcı taraf arar.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Sunucular arasındaki bir güvenlik duvarı ya da SMTP denetim özelliği, genellikle büyük bir ileti gövdesi sırasında oturumu sıfırlıyor veya durduruyor.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Path MTU sorunu: kısa komutlar geçiyor ama ileti gövdesinin tam boyutlu paketleri düşürülüyor.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>Alıcı sunucu ya da içerik tarayıcısı veri sonundan sonra istemcinin zaman aşımından daha uzun sürdü ya da oturumun ortasında çöktü.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>İki taraftan birinde kararsız bir bağlantı ya da NAT tablosu zaman aşımı.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Oturumun nerede koptuğunu bulun: &quot;while sending message body&quot; boyuta veya MTU&apos;ya, &quot;while receiving the initial server greeting&quot; filtrelemeye işaret eder.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Alıcı tarafa giden yolun MTU değerini ölçün.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Daha sonra yeniden deneyin. Son noktanın yanıtından önce kesilen bir oturum teslim edilmemiş sayılır; bu yüzden iletinin tamamı yeniden gönderilir ve bu zaman zaman kopya bir iletiye yol açabilir.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Azami atlama (hop) sayısı aşıldı</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Onu “azami atlama sayısı aşıldı” diye tanımlayan listeler 4.4.6 (yönlendirme döngüsü algılandı) gelişmiş durum kodunu noktasız aktarır. Durum bir posta döngüsüdür: ileti, Received: başlıklarıyla sayılan o kadar çok sunucudan geçmiştir ki bir MTA onu durdurmuştur; uygulamada bu kalıcı bir hata olarak, 5.4.6 ya da 554 5.4.6 şeklinde bildirilir.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>Bir ileti döngüye girdikten sonra geri dönen iletilerde: her biri diğerini son hedef sanan iki sunucu, kendisine geri yönlendiren bir yönlendirme ya da döngüye giren bir takma ad (alias) zinciri. Postfix, hopcount_limit (varsayılan 50) sayıda Received: başlığı olduğunda böyle postayı durdurur ve döngüleri DSN 5.4.6 ile &quot;mail forwarding loop for user@example.com&quot; gibi bildirir; Exchange Online &quot;Hop count exceeded - possible mail loop&quot; bildirir.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>Döngünün yaşandığı alan adının yöneticisi (genellikle alıcı tarafta) tekrarlanan makineleri bulmak için geri dönen iletideki Received: başlıklarını okur, sonra nedeni düzeltir: birbirini gösteren MX ya da aktarma (relay) ayarları, bir sunucuda yerel, diğerinde aktarılan bir alan adı ya da postayı aynı adrese geri gönderen bir yönlendirme kuralı.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Her biri alan adını diğerine aktaracak (relay) şekilde yapılandırılmış iki posta sunucusu; örneğin eski ve yeni sistemin ikisinin de alan adını yönlendirdiği bir geçişten sonra.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Doğrudan ya da bir zincir üzerinden kendisini gösteren bir posta kutusu yönlendirmesi veya takma ad.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Alan adının postasını birincil sunucuya geri gönderen bir yedek MX ya da smart host; birincil de onu geri döndürür.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Bir otomatik yanıtlayıcı ya da posta listesi, başka bir otomatik yanıtlayıcıya durmadan yanıt veriyor.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Geri dönen kopyadaki Received: başlıklarını sayın; onlarca başlık bir döngüyü doğrular.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Received: zincirinde hangi makinelerin tekrarlandığını okuyun.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Postfix sunucusunda atlama (hop) sınırını kontrol edin.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>MX kayıtlarının ve aktarma (relay) ayarlarının alan adı için hangi sunucunun son durak olduğu konusunda uyuştuğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin: bir döngü, yapılandırma düzeltilene kadar tekrarlanır. Döngü kırıldıktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Giden ileti zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Ona “giden ileti zaman aşımına uğradı” diyen listeler, noktasız yazılmış 4.4.7 (teslim süresi doldu) gelişmiş durum kodunu kasteder: ileti bir kuyrukta izin verilenden uzun kalmış ve MTA uyarmış ya da vazgeçmiştir. Gecikme uyarılarında ve geri dönen iletilerde bildirilen bir kuyruk durumudur; uzak bir sunucunun oturum sırasında söylediği bir şey değildir.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>Kuyruk ömrü dolduğunda gecikme bildirimlerinde ve son geri dönen iletilerde, Exchange teslim edilemedi raporlarında (NDR) ise &quot;550 4.4.7 QUEUE.Expired; message expired&quot; olarak. Asıl neden, o günler boyunca sürekli başarısız olan şeydir: genellikle alıcı taraftan gelen bir 4xx ya da hiç bağlantı kurulamaması.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>Gönderenin yöneticisi ileti için kaydedilen son hatayı kuyrukta ya da geri dönen iletinin tanılama satırında okur, çünkü asıl neden odur (reddedilen bağlantılar, hiç geçilemeyen gri listeleme, bir itibar engeli, ölü bir MX). Onu düzeltin, sonra gönderen iletiyi yeniden gönderir. Kuyruk ömrünü uzatmak yalnızca sorunu gizler.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>Hedef MX, kuyruk ömrü boyunca hiç ulaşılamaz durumdaydı (kapalı, güvenlik duvarıyla engellenmiş ya da MX kayıtları yanlış).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>Alıcı taraf, gönderen vazgeçene kadar geçici hatalarla yanıt vermeyi sürdürdü (hız sınırları, gri listeleme, itibar ertelemeleri).</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Gönderen taraftaki bir yönlendirme ya da DNS sorunu, her denemenin kuyruktan çıkmasını engelledi.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Gönderen sunucuda kısa bir kuyruk ömrü ya da ileti süre sonu ayarı.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>O alan adı için hâlâ kuyrukta bekleyen iletilerin son erteleme nedenini okuyun.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Postfix&apos;in geri döndürmeden önce ne kadar süre denemeye devam ettiğini kontrol edin.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Exim&apos;de hedefe uygulanan yeniden deneme kuralını gösterin.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Bu kopya için yeniden denenecek bir şey kalmadı: gönderen MTA zaten vazgeçti. Son kaydedilen hatada belirtilen neden düzeltildikten sonra elle yeniden gönderin.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Yönlendirme hatası</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Listeler onu bir yönlendirme hatası olarak tanımlar ve bazı dahili yönlendirme hataları için kayıtlı olmayan bir 4.4.9 gelişmiş kodu kullandığı söylenen Microsoft Exchange&apos;e bağlar; bu durum için kayıtlı kod X.4.4&apos;tür (yönlendirilemiyor). Hiçbir şey bir oturum sırasında yanıt olarak 449 göndermez.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Bu listelere göre eski Exchange Server (2000/2003 dönemi) kuyruklarında ve teslim edilemedi raporlarında, bir ileti yönlendirilemediğinde; örneğin bir bağlayıcının adres alanı uymadığında ya da alıcı silinmiş bir yönlendirme grubuna ait olduğunda. Bugün çoğunlukla kopyalanmış kod tablolarında.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>Gönderen kuruluşun yöneticisi kendi yönlendirmesini kontrol eder: bağlayıcılar ya da smart host&apos;lar, kabul edilen alan adları ve hedef için DNS çözümlemesi. Sonra aynı alan adına bir test iletisi gönderip gerçek yanıtı veya DSN durumunu okuyun; güncel sistemlerde karşılığı genellikle 4.4.4 ya da 5.4.4 veya 4.4.3 olarak bildirilen bir DNS hatasıdır.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Bir gönderme bağlayıcısı ya da smart host ayarı alıcının alan adını kapsamıyor, bu yüzden sunucunun ona giden bir rotası yok.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>Alıcının alan adı gönderen sunucudan çözümlenemiyor (MX ve adres kaydı yok ya da yerel çözümleyici başarısız).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Bir geçişten sonra kalan yönlendirme yapılandırması (silinmiş yönlendirme grupları, eskimiş bağlayıcılar).</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Hedef alan adının kullanılabilir bir MX&apos;i olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Ad çözümlemesini posta sunucusunun kendisinden, gerçekten kullandığı çözümleyiciyle test edin.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Postfix&apos;in giden postayı nasıl yönlendireceğini gösterin (relay host ve transport eşlemeleri).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA bunu geçici sayar ve yeniden denemeyi sürdürür, ancak bir yönlendirme boşluğu kendiliğinden düzelmez: rotayı veya DNS&apos;i düzeltin, sonra kuyruğu boşaltın.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>İstenen posta işlemi yapılmadı: posta kutusu kullanılamıyor</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>gri listeleme</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>geçici geri dönüş</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>Sunucu bu alıcı ya da komut için şimdilik işlem yapmadı, ancak daha sonra çalışabileceğini düşünüyor; RFC 5321 örnek olarak meşgul bir posta kutusunu ve geçici bir ilke engelini verir. Bugün açık ara en yaygın neden gri listelemedir; ardından geçici ilke kontrolleri (çözümlenemeyen ters DNS ya da gönderen alan adı, süren bir adres doğrulaması) ve alıcı başına hız sınırları gelir.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Çoğunlukla RCPT TO aşamasında, bazen MAIL FROM aşamasında. postgrey ile gri listeleme Postfix&apos;te &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot; olarak görünür; diğer gri listeleme araçları 450 4.7.1 ya da 451 4.7.1 kullanır. Postfix ayrıca &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (eski sürümlerde 4.7.1), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; ve &quot;450 4.1.1 ... unverified address&quot; gönderir. Gmail, bir alıcıya çok hızlı ve çok fazla posta geldiğinde 450 4.2.1 kullanır. ODMR&apos;de (RFC 2645) 450 ayrıca reddedilen bir ATRN&apos;e de yanıttır.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>Gri listelemede, gönderen MTA iletiyi tuttuğu ve aynı adresten yeniden denediği sürece kimsenin bir şey yapması gerekmez: gri liste gecikmesinden (postgrey&apos;de varsayılan beş dakika) sonraki ilk yeniden deneme kabul edilir. Bir uygulamadan gelen posta kayboluyorsa gönderenin yöneticisi, uygulamanın doğrudan alıcının MX&apos;iyle konuşmak yerine gerçek bir kuyruğa sahip MTA üzerinden göndermesini sağlar. İlke durumlarında gönderenin yöneticisi metnin belirttiği şeyi düzeltir: IP&apos;ye geri çözümlenen bir PTR kaydı, çözümlenen bir gönderen alan adı ya da meşgul bir alıcıya doğru daha yavaş bir hız. Alıcının yöneticisi, birçok farklı adresten yeniden deneyen büyük gönderenleri izin listesine ekleyebilir.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Gri listeleme: bu istemci IP&apos;si, gönderen ve alıcı üçlüsü için ilk temas; gri liste gecikmesinden sonraki bir yeniden denemeye kadar ertelendi.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>İstemci IP&apos;sinin PTR kaydı yok ya da PTR adı IP&apos;ye geri çözümlenmiyor ve sunucu reddetmek yerine erteliyor.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>Gönderenin alan adı o anda çözümlenemedi (DNS zaman aşımı ya da eksik kayıtlar), bu yüzden sunucu onu doğrulayamadı.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>Alıcı adres doğrulaması (sonraki sunucuya bir yoklama) henüz bitmedi ya da sonraki sunucuya ulaşılamadı.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Bir alıcıya çok hızlı posta geliyor ve sağlayıcı o posta kutusuna hız sınırı uyguluyor.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>Posta kutusu teslim tarafında kilitli ya da meşgul.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Her seferinde farklı bir IP&apos;den yeniden deneyen ya da her denemede yeni bir zarf göndereni kullanan bir gönderen, kendi gri liste kaydıyla hiçbir zaman eşleşmez.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Erteleme metninin tamamını okuyun: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; ve &quot;Domain not found&quot; her biri farklı bir düzeltmeye işaret eder.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Gönderen IP&apos;nin PTR kaydını ve bu adın yine aynı adrese çözümlendiğini kontrol edin.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>Alıcı tarafta gri listelemenin hangi gönderenlerin postasını ertelediğine bakın.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Zarf göndereninin alan adının çözümlendiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Artan aralıklarla, mümkünse aynı IP&apos;den ve aynı zarf göndereniyle daha sonra yeniden deneyin ve geri döndürmeden önce günlerce denemeyi sürdürün; 450&apos;yi asla kalıcı saymayın. RFC 5321 en az 30 dakikalık yeniden deneme aralıkları önerir; çoğu MTA daha erken yeniden dener ve bu, birkaç dakikalık tipik gri listeleme gecikmelerini aşar.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail, gönderen sunucuyu değil, çok fazla posta alan tek bir alıcı posta kutusunu hız sınırına tabi tutuyor; sonraki denemeler genellikle başarılı olur.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>İstenen işlem iptal edildi: işlem sırasında yerel hata</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>gri listeleme</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>geçici geri dönüş</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>Sunucu kendi tarafında bir sorunla karşılaştı ve komutu iptal etti; istemci daha sonra yeniden deneyebilir. Uygulamada 451 yerel arızaları (bir yapılandırma hatası, başarısız bir sorgu, çalışmayan bir içerik filtresi ya da milter, yazamadığı bir kuyruk) ve çok sık olarak RCPT TO aşamasında ya da ileti verisinden sonra gönderilen gri listeleme ve geçici spam önleme ertelemelerini kapsar.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>RCPT TO aşamasında ya da DATA&apos;nın son noktasından sonra. Yaygın satırlar: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist ve benzeri gri listeleme araçları), &quot;451 4.3.5 Server configuration error&quot; (bozuk bir arama tablosu ya da kısıtlaması olan Postfix), &quot;451 4.7.1 Service unavailable - try again later&quot; (bir milter&apos;a ulaşılamadığında ve tempfail olarak ayarlandığında Postfix), Exim&apos;den &quot;Temporary local problem - please try later&quot; ve Microsoft&apos;un 451 4.7.5xx ve 4.7.6xx kısıtlama yanıtları.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>Gönderenin MTA&apos;sı kendiliğinden yeniden dener; ertelemeler sürmedikçe kimsenin bir şey yapması gerekmez. Sürerse iş ikiye ayrılır: gri listeleme ve itibar kısıtlaması, doğru PTR, SPF ve DKIM&apos;e sahip sabit bir IP&apos;den normal şekilde yeniden denenerek aşılır (gönderenin yöneticisi); yapılandırma hataları, çalışmayan milter&apos;lar, dolu diskler ve başarısız dizin sorguları ise alıcının yöneticisine aittir; onun aynı oturuma ait günlük satırı arızalı bileşeni adıyla belirtir.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Gri listeleme ya da başka bir spam önleme aracı bilinmeyen gönderenleri erteliyor; içeriğin puanlanabilmesi için çoğunlukla ileti verisinden sonra.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Sunucunun ihtiyaç duyduğu bir arama tablosu, veritabanı ya da dizin sorgusu başarısız oldu (eksik eşleme dosyası, ulaşılamayan LDAP ya da Active Directory sunucusu).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Bir içerik filtresi, antivirüs hizmeti ya da milter çalışmıyor veya zaman aşımına uğruyor ve sunucu taranmamış postayı kabul etmek yerine ertelemeye ayarlı.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>Sunucu iletiyi kuyruğuna yazamadı (disk dolu, yanlış izinler, cleanup sürecinde hata).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Gönderenin alan adına yapılan bir gönderen doğrulama geri araması (callout) tamamlanamadı.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Gönderen IP&apos;nin itibarına veya hacmine dayalı sağlayıcı kısıtlaması.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Ertelemenin gelişmiş kodunu okuyun: 4.7.x ilkeye, 4.3.x alıcı tarafın kendi sistemine işaret eder.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda aynı oturum için günlüğe yazılan uyarıyı bulun (başarısız tablo sorguları, milter hataları).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>Alıcı taraftaki Exim sunucusunda yerel sorun için panic günlüğüne bakın.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>İtibar ertelemelerinin kalkması için gönderen alan adının SPF kaydının gönderen IP&apos;yi kapsadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Artan aralıklarla daha sonra yeniden deneyin ve iletiyi günlerce kuyrukta tutun. Son noktadan sonra gelen bir 451 tüm işlem için geçerlidir; bu yüzden yalnızca bazı alıcılar değil, iletinin tamamı yeniden gider.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Gmail&apos;in genel geçici reddi; belirli bir neden vermez ve normalde sonraki bir denemede kalkar.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com gönderen IP&apos;yi itibarı nedeniyle kısıtlıyor; 4.7.650, IANA kaydından değil, Microsoft&apos;a özel bir gelişmiş koddur.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>İstenen işlem yapılmadı: sistem depolama alanı yetersiz</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>posta kutusu dolu</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>kota aşıldı</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>Bir kaynak sınırına ulaşıldığı için sunucu bunu şimdi alamıyor. RFC 5321 depolama alanını anar ve ayrıca bir sunucunun tek bir işlemde daha fazla alıcıya yeri olmadığında doğru yanıtın 452 olduğunu belirtir (&quot;too many recipients&quot;, 452 4.5.3); dolu bir posta kutusu (452 4.2.2) ve dolu bir sunucu kuyruğu (452 4.3.1) da bunu kullanır. Hepsi geçicidir: aynı posta daha sonra ya da daha küçük parçalar hâlinde başarılı olabilir.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Çok fazla alıcı: ileti başına sınıra ulaşıldığında RCPT TO aşamasında; örneğin smtpd_recipient_limit (varsayılan 1000) aşıldıktan sonra Postfix&apos;in &quot;452 4.5.3 Error: too many recipients&quot; yanıtı ya da Gmail&apos;in 452 4.5.3 yanıtı. Depolama: Postfix&apos;in kuyruk dosya sisteminde yer azaldığında (&quot;452 4.3.1 Insufficient system storage&quot;), bir SIZE parametresi o anda boş olan alanı aştığında (RFC 1870) MAIL FROM aşamasında ya da Exchange back pressure&apos;dan (&quot;452 4.3.1 Insufficient system resources&quot;). Posta kutusu kotası aşıldı: RCPT TO aşamasında, Gmail&apos;in 452 4.2.2 yanıtında olduğu gibi.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Önce gelişmiş kodu okuyun. 4.5.3&apos;te gönderen yazılım ancak vazgeçerse hata yapmış olur: zaten kabul edilmiş alıcılara teslim etmeli ve geri kalanları başka bir işlemde göndermelidir; toplu gönderim araçları her iletiye daha az alıcı koymalıdır, sınırı 100&apos;ün altında olan bir alıcı yöneticisi ise RFC 5321&apos;e aykırı davranıyordur. 4.2.2&apos;de alıcının posta kutusunu temizlemesi gerekir. 4.3.1&apos;de gönderen beklerken alıcının yöneticisi disk alanı açar ya da back pressure durumunu giderir.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Tek bir işlemde, sunucunun ileti başına alıcı sınırından daha fazla RCPT TO komutu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>Alıcının posta kutusu kotayı aşmış.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>Alıcı sunucunun kuyruk veya spool diski neredeyse dolu ya da Exchange back pressure etkin.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>MAIL FROM&apos;da bildirilen SIZE, sunucunun şu anda boş olan alanından büyük.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Bir alan adı için işlem başına alıcı sayısını sınırlayan bir sağlayıcı ilkesi (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Ertelemede ya da geri dönen iletide 452 ile birlikte hangi gelişmiş kodun geldiğine bakın.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda ileti başına alıcı sınırını kontrol edin.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>Alıcı sunucuda spool&apos;un bulunduğu yerdeki boş alanı kontrol edin.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Sınırın nerede başladığını görmek için birkaç alıcıya tek bir test iletisi gönderin.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>Çok fazla alıcı durumunda iletiyi şimdi kabul edilen alıcılara gönderin ve reddedilenleri yeni bir işleme koyun (RFC 5321 4.5.3.1.10); onları asla atmayın ya da geri döndürmeyin. Depolama veya kota durumunda artan aralıklarla daha sonra yeniden deneyin. RFC 5321 ayrıca istemcilerden çok fazla alıcı için verilen eski tarz 552&apos;yi geçici saymalarını ister.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail bu işlemde alıcı listesinin yalnızca bir kısmını kabul etti; geri kalanı başka bir işlemde ya da iletide gönderilmelidir.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail alıcısının depolama alanı dolu; alıcı yer açtığında ya da ek alan satın aldığında teslim yeniden çalışır.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online, farklı veri merkezi bölgelerinde barındırılan alıcıların ayrı işlemlerde gönderilmesini istiyor; gönderen MTA reddedilen alıcıları ayrıca yeniden denemelidir.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Postanız yok</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>İsteğe Bağlı Posta Aktarımının (On-Demand Mail Relay, ODMR, RFC 2645) bir parçası: sunucu, istemcinin istediği alan adları için kuyrukta hiç posta tutmadığında ATRN&apos;e verilen yanıt. Bir hatadan çok bilgilendirmedir: teslim edilecek bir şey yoktur, bu yüzden roller tersine çevrilmez.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Yalnızca ODMR sunucularında (port 366), dinamik IP adresli bir istemci kimliğini doğruladıktan ve alan adları için ATRN gönderdikten sonra. ODMR bugün nadirdir ve bazı kod tabloları 453&apos;ü yalnızca bu bağlamda görüldüğünü belirtmeden listeler.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Kuyruk gerçekten boşsa düzeltilecek bir şey yok. Posta bekleniyorsa istemcinin yöneticisi ATRN&apos;in doğru alan adlarını belirttiğini ve alan adının MX kayıtlarının postayı gerçekten ODMR sağlayıcısına yönlendirdiğini kontrol eder.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>İstenen alan adları için şu anda bekleyen posta yok.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>İstemci, ODMR sunucusunun kuyruğunda o adla tutmadığı bir alan adı istedi (yazım hatası, üst alan adı yerine alt alan adı).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Alan adının MX kayıtları ODMR sağlayıcısını göstermiyor, bu yüzden postası o kuyruğa hiç ulaşmıyor.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Alan adının MX kayıtlarının ODMR sağlayıcısının sunucularını gösterdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>ODMR oturumunu elle çalıştırın: EHLO, AUTH, ardından alan adıyla ATRN; sonra yanıtı okuyun.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Şimdi yeniden denenecek bir şey yok; bir ODMR istemcisinin normalde yaptığı gibi bir sonraki planlı aralıkta yeniden yoklayın.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS geçici bir nedenle kullanılamıyor / Geçici kimlik doğrulama hatası</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>starttls başarısız</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>İki uzantı RFC&apos;si 454&apos;ü tanımlar, ikisi de bir güvenlik adımının geçici olarak başarısız olması içindir. RFC 3207 bunu STARTTLS şu anda yapılamadığında kullanır; RFC 4954 ise sunucu kimlik bilgilerini o anda kontrol edemediğinde, örneğin parola altyapısı çalışmadığı için, &quot;454 4.7.0 Temporary authentication failure&quot; kullanır. Ayrıca bir aktarma (relay) denemesi reddedilmek yerine ertelendiğinde 4.7.1 ile birlikte görülür.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>STARTTLS&apos;ten sonra: Postfix sertifikasını veya anahtarını yükleyemediğinde &quot;454 4.7.0 TLS not available due to local problem&quot; yanıtını verir ve nedenini günlüğe yazar. AUTH&apos;tan sonra: Dovecot, saslauthd, LDAP ya da Active Directory yanıt vermediğinde Postfix, Exchange ve diğerleri &quot;454 4.7.0 Temporary authentication failure&quot; gönderir; Gmail ise kendi 454 4.7.0 metnini gönderir. RCPT TO aşamasında: soft_bounce etkin çalışan bir Postfix sunucusundan &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot;.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>STARTTLS için alıcı sunucunun yöneticisi TLS kurulumunu onarır (sertifika ve anahtar yolları, izinler, sertifikayla eşleşen bir anahtar, geçerlilik süresi) ve yeniden yükler; TLS zorunlu tutmayan bir istemci düz metinle devam edebilir, çünkü RFC 3207 bu kararı istemciye bırakır. AUTH için sunucunun yöneticisi kimlik doğrulama altyapısını yeniden çalışır hâle getirir; kullanıcılar bir 454 yüzünden parola değiştirmemelidir. Aktarma (relay) reddinde istemci, dış alan adlarına göndermeden önce kimliğini doğrulamalıdır.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>Sunucu TLS sertifikasını ya da özel anahtarını okuyamıyor veya yükleyemiyor (yanlış yol, izinler, sertifikayla eşleşmeyen anahtar).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>Kimlik doğrulama altyapısı (Dovecot auth soketi, saslauthd, LDAP, Active Directory, veritabanı) çalışmıyor, yavaş ya da ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Hesap için çok fazla paralel oturum açma ya da yakın zamanda başarısız deneme var ve sağlayıcı sonraki AUTH&apos;ları bir süre erteliyor.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Kimliği doğrulanmamış bir istemci, bu tür denemeleri reddetmek yerine erteleyen bir sunucuda dış bir alan adına aktarma (relay) yapmaya çalıştı.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>STARTTLS&apos;ten hemen sonra, TLS el sıkışmasından önce art arda (pipelined) gönderilen komutlar (Gmail 454 4.5.0 ile yanıt verir).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Sunucuda STARTTLS&apos;i test edin ve yanıta ve sertifikaya bakın.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Postfix sunucusunda TLS&apos;in neden kapatıldığını bulun.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Dovecot kimlik doğrulama altyapısının bir test hesabı için yanıt verdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Kimliği doğrulanmış bir gönderimi (submission) baştan sona test edin.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Artan aralıklarla daha sonra yeniden deneyin. TLS ya da kimlik doğrulama zorunlu tutan bir istemci sessizce geri adım atmamalıdır; fırsatçı TLS kullanan bir MTA, ilkesi izin veriyorsa TLS olmadan teslim edebilir. Bir 454 yüzünden kullanıcıdan asla yeni parola istemeyin.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail oturum açmayı şu anda tamamlayamadı; bu genellikle hesap için çok sayıda paralel bağlantı ya da başarısız denemeden sonra olur. Parola yanlış olmak zorunda değildir.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>İstemci STARTTLS ile birlikte başka komutlar da gönderdi; istemci yazılımı EHLO&apos;yu yeniden göndermeden önce 220 yanıtını beklemeli ve TLS el sıkışmasını bitirmelidir.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>Sunucu parametreleri karşılayamıyor</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>Sunucu MAIL FROM ya da RCPT TO ile verilen parametreleri tanıdı ama şu anda bunları yerine getiremiyor. RFC 5321 4.1.1.11 bunu, parametrelerin hiç tanınmadığı ya da uygulanmadığı anlamına gelen 555&apos;ten ayırır: 455 geçici durumdur, yeter ki parametrenin kendi uzantısı başka bir kod öngörmesin.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Nadiren. Duyurulmuş bir uzantı parametresi (örneğin bir DSN, SIZE, öncelik ya da SMTPUTF8 seçeneği) o anda kullanılamayan bir şeye bağlı olduğunda MAIL FROM ya da RCPT TO aşamasında gelir. Çoğu sunucu bu durumlara bunun yerine 451 veya 452 ile yanıt verir; bu yüzden bir 455 gördüğünüzde not etmeye değer.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>Gönderenin MTA&apos;sı her 4xx&apos;te olduğu gibi yeniden dener. Sürerse istemci yazılımı, sunucunun zorlandığı isteğe bağlı parametre olmadan gönderebilir; sunucunun yöneticisi de o uzantının arkasındaki bileşene bakmalıdır.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Parametrenin bağlı olduğu bir hizmet (DSN üretimi, öncelikli kuyruk, boyut hesaplama) sunucuda geçici olarak kullanılamıyor.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>Sunucu EHLO yanıtında bir uzantıyı duyurdu ama arkasındaki özellik şu anda devre dışı ya da aşırı yüklü.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>İstemcinin gönderdiği parametreleri sunucunun duyurduğu uzantılarla karşılaştırın.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Gönderen tarafın günlüğünde 455 alan MAIL FROM ya da RCPT TO satırını bulun.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Artan aralıklarla, değiştirmeden daha sonra yeniden deneyin. Başarısız olmaya devam ederse, parametrenin zorunlu olmadığı durumlarda isteğe bağlı parametre olmadan yeniden denemek kabul edilebilir.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Lütfen iletiyi hemen IPv4 üzerinden yeniden deneyin, çünkü SPF ve DKIM&apos;den geçemiyor</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Önerilmiş ama hiç standartlaşmamış: 2013-2014 tarihli, süresi dolmuş bir Internet-Draft (draft-martin-smtp-ipv6-to-ipv4-fallback), IPv6 üzerinden gelen bir iletiyi orada SPF ve DKIM&apos;den geçemediği için reddeden bir alıcı tarafın 456 ile yanıt vermesini, böylece gönderenin hemen IPv4 üzerinden yeniden denemesini önermişti. Hiçbir RFC bunu tanımlamaz ve yaygın MTA&apos;lar bu özel yeniden denemeyi uygulamaz; onlar için sıradan bir 4xx&apos;tir.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Hemen hemen hiç. Fikir, IPv6 gönderenlere IPv4 gönderenlerden daha katı kurallar (kimlik doğrulama ve PTR zorunlu) uygulayan alıcı taraflardan çıktı. Gönderenlerin gerçekte karşılaştığı, kimliği doğrulanmamış IPv6 postasının kalıcı olarak reddedilmesidir; örneğin Gmail&apos;in IPv6 gönderim yönergelerine ya da eksik bir PTR kaydına işaret eden 550 yanıtları.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>Gönderenin yöneticisi IPv6 postasını IPv4 postası kadar güvenilir hâle getirir: IPv6 adresi için geri çözümlenen bir PTR kaydı, onu bir ip6: girdisiyle kapsayan SPF ve DKIM imzalama. O zamana kadar MTA&apos;yı giden SMTP için IPv4&apos;ü tercih edecek ya da yalnızca IPv4 kullanacak şekilde yapılandırın (Postfix: smtp_address_preference veya inet_protocols; Exim: disable_ipv6 veya dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>Gönderen makinenin IPv6 adresi, gönderen alan adının SPF kaydında yer almıyor.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>İleti DKIM ile imzalanmamış ya da imza bozuluyor, bu yüzden IPv6 teslimi için başka hiçbir kimlik doğrulama yok.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>IPv6 adresinin ters DNS kaydı yok ya da PTR adı yine ona çözümlenmiyor.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Hedef MX&apos;in, MTA&apos;nızın kullanıyor olabileceği bir IPv6 adresi olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Gönderen IPv6 adresinizin PTR kaydını kontrol edin.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>SPF&apos;in IPv6 adresini kapsadığını kontrol edin (bir ip6: girdisi ya da onu içeren bir include).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Sonucu karşılaştırmak için yalnızca IPv4 üzerinden bir test gönderin.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Taslağı bilen bir MTA hemen IPv4 üzerinden yeniden denerdi; gerçek MTA&apos;lar bunu her 4xx gibi erteler ve bir sonraki denemede yine IPv6&apos;ya denk gelebilir. Güvenilir yol, IPv6 kimlik doğrulamasını düzeltmek ya da giden trafikte IPv4&apos;ü tercih etmektir.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>&lt;x&gt; düğümü için iletiler kuyruğa alınamıyor</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>ETRN&apos;e (RFC 1985) verilen bir yanıt: sunucu, bir alan adı veya düğüm için tuttuğu postayı teslim etmeye başlama isteğini anladı, ancak o kuyruk çalıştırmasını şimdi başlatamıyor. ETRN&apos;i, sağlayıcılarından veya yedek MX&apos;lerinden kendileri için bekleyen postayı boşaltmalarını isteyen, aralıklı bağlantılı siteler kullanır.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Yalnızca bir ETRN komutundan sonra; bu komutu genellikle ETRN kipindeki fetchmail, bağlantısı açıldığında küçük bir ofis posta sunucusu ya da biri elle gönderir. Postfix, flush hizmeti bir hata bildirdiğinde &quot;458 Unable to queue messages&quot; yanıtını verir; Postfix postscreen de gördüğü her ETRN&apos;e bu yanıtı verir.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>Kuyruğu tutan aktarma sunucusunun (relay) yöneticisi boşaltma mekanizmasını (Postfix&apos;te flush hizmeti ve fast_flush_domains ayarı) ve kuyruğun okunabildiğini kontrol eder. Düzeltilene kadar bekletilen posta, aktarma sunucusunun normal yeniden deneme takvimiyle yine gönderilir.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>Aktarma sunucusunun kuyruk boşaltma hizmeti başarısız oldu ya da çalışmıyor.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>İstemci, ETRN&apos;i iletmeyen bir ön uca, örneğin Postfix postscreen&apos;e ulaştı.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>İstenen alan adı için kuyruk taranırken aktarma sunucusu tarafında bir hata oluştu.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>Aktarma sunucusunda Postfix&apos;in hangi alan adları için ETRN kabul ettiğine bakın.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>Aktarma sunucusunda alan adı için teslimi yerel olarak başlatın; ETRN&apos;in istediği de budur.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Aktarma sunucusunun günlüğünde ETRN uyarısını arayın.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>ETRN&apos;i bir sonraki bağlantıda veya yoklamada yeniden gönderin; bu arada aktarma sunucusu postayı tutar ve kendi yeniden deneme takvimiyle teslim eder.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>&lt;x&gt; düğümüne izin verilmiyor: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>ETRN&apos;e (RFC 1985) verilen bir yanıt: sunucu, adı verilen düğüm veya alan adı için kuyruk çalıştırmasını başlatmayı reddeder ve bir neden belirtir. İstek anlaşılmıştır; sunucu bu hizmeti o ad için ya da bu istemciye sunmuyordur.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>ETRN&apos;den sonra, alan adı aktarma sunucusunun (relay) kuyrukta tuttuğu alan adlarından biri olmadığında ya da ilkesi bu istemcinin bir çalıştırmayı tetiklemesine izin vermediğinde. Postfix, alan adı fast flush hizmetine uygun değilse (varsayılanı relay_domains listesi olan fast_flush_domains) &quot;459 &lt;example.com&gt;: service unavailable&quot; yanıtını verir; smtpd_etrn_restrictions ayarı da isteği reddedebilir.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>İstemcinin yöneticisi, ETRN&apos;in aktarma sunucusunun posta tuttuğu alan adını tam olarak belirttiğini kontrol eder. Hizmetin sunulması amaçlanıyorsa aktarma sunucusunun yöneticisi alan adını ETRN&apos;e uygun listeye ekler (Postfix: fast_flush_domains) ve ETRN kısıtlamalarında istemciye izin verir.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>İstenen alan adı, aktarma sunucusunun ETRN&apos;e uygun alan adları listesinde değil.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>Aktarma sunucusunun ilkesi bu istemci adresinden ya da kimlik doğrulamadan önce gelen ETRN&apos;i reddediyor.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>İstemci, aktarma sunucusunun kuyrukta kullandığı addan farklı bir ad gönderdi (alan adı yerine bir makine adı ya da tersi).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>Aktarma sunucusunda hangi alan adlarının boşaltmaya uygun olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>Aktarma sunucusunda ETRN kısıtlamalarını kontrol edin.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>EHLO&apos;yu ve ardından ETRN&apos;i elle gönderin ve neden metnini okuyun.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Aynı ETRN&apos;i değiştirmeden tekrarlamayın; yine reddedilir. Önce alan adını düzeltin ya da aktarma sunucusunu yapılandırtın. Kuyrukta bekleyen posta kaybolmaz: aktarma sunucusunun normal yeniden denemelerini bekler.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Posta sunucusu hatası, çoğunlukla yerel bir spam önleme filtresi</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Listeler onu bir posta sunucusu hatası, çoğunlukla yerel bir spam önleme filtresi olarak tanımlar; sayı, tıpkı 571&apos;in noktasız 5.7.1 olması gibi, noktasız yazılmış 4.7.1 (teslime yetki verilmedi, geçici biçimi) gelişmiş durum kodudur. Gerçek trafikte bu durum 450 4.7.1 ya da 451 4.7.1 olarak gelir.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>Kod tablolarında ve 4.7.1&apos;in noktalarını kaybettiği kullanıcı raporlarında. Arkasındaki gerçek yanıtlar geçici ilke retleridir: gri listeleme, eski Postfix sürümlerinin &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; yanıtı (güncel sürümler orada 4.7.25 gönderir) ya da gönderenin kendi tarafındaki bir giden filtre veya ağ geçidinin iletiyi ertelemesi.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Bir şey yapmadan önce gerçek yanıtı günlükte ya da geri dönen iletide bulun. Gri listelemeyse kuyruğun yeniden denemesine izin verin. Ters DNS ya da itibar kontrolüyse gönderenin yöneticisi PTR, SPF ve DKIM&apos;i düzeltir. İletiyi kendi giden spam önleme ağ geçidiniz ertelediyse yöneticiniz o ağ geçidinin günlüğünü ve gönderim sınırlarını kontrol eder.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Alıcı taraftaki geçici bir spam önleme ya da ilke kontrolü (gri listeleme, itibar, hız denetimi) iletiyi 4.7.1 ile erteledi.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>Gönderen IP&apos;nin eşleşen bir PTR kaydı yok ve alıcı taraf istemciyi doğrulayabilene kadar erteliyor.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>Gönderenin kendi giden filtresi veya ağ geçidi iletiyi tuttu; örneğin şüpheli spam olarak ya da bir gönderim sınırını aştığı için.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Posta günlüğünde 4.7.1 taşıyan gerçek yanıtı arayın.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Gönderen IP&apos;nin PTR adının yine aynı IP&apos;ye çözümlendiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>İletiyi kendi ağ geçidinizin mi yoksa alıcı tarafın mı ertelediğini görmek için ertelenmiş kuyruğa (deferred) bakın.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Gerçek yanıt ne olursa olsun, 4.7.1 sınıfı bir erteleme geçicidir: artan aralıklarla daha sonra yeniden deneyin. Aynı ret bir günden uzun sürerse onu bir engel olarak ele alın ve kuyruğun süresinin dolmasını beklemek yerine nedeni düzeltin.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Sözdizimi hatası, komut tanınmadı</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>Sunucu aldığı satırı anlamlandıramadı: komut bilinmiyor ya da satır bozuk. RFC 5321 çok uzun bir komut satırı için de 500&apos;e izin verir; RFC 4954 ise bir AUTH yanıtı sunucunun arabelleğini taşırdığında 500 5.5.6 kullanır. Yalnızca o komut başarısız olur; oturum normalde açık kalır.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>İstemci bir satır gönderdikten hemen sonra, oturumun herhangi bir noktasında. Tipik durumlar: yalnızca HELO bilen bir sunucunun EHLO&apos;ya yanıtı, portta yanlış protokol konuşan bir istemci (düz metin bir porta gönderilen TLS el sıkışması, bir HTTP isteği) ya da elle yapılan bir telnet testinde yazım hatası. Sendmail 500 5.5.1 Command unrecognized, Microsoft Exchange 500 5.3.3 Unrecognized command yanıtını verir; Postfix ve Gmail bilinmeyen komutlar için bunun yerine 502 kullanır.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>İstemciyi kim çalıştırıyorsa o düzeltir (gönderenin yöneticisi ya da uygulama geliştiricisi): komutu düzeltin, doğru portu ve TLS kipini kullanın, EHLO 500 aldığında HELO&apos;ya geri dönün ve komut satırlarını 512 baytın içinde tutun. Bir güvenlik duvarı SMTP trafiğini yeniden yazıyorsa o taraftaki ağ yöneticisi SMTP/ESMTP denetimini kapatır ya da gevşetir. Komutu gerçekten desteklemesi gerekmedikçe alıcı sunucuda bir değişiklik gerekmez.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Yanlış yazılmış bir komut ya da hiç SMTP komutu olmayan bir şey; elle yazılan telnet veya nc oturumlarında yaygındır.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>İstemci portta yanlış protokol konuşuyor: düz metin bir SMTP portuna gönderilen bir TLS ClientHello ya da yanlış yapılandırılmış bir izleyiciden veya proxy&apos;den gelen bir HTTP isteği.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Çok eski ya da minimal bir sunucu EHLO&apos;yu bilmiyor ve istemcinin HELO&apos;ya geri dönmesini bekliyor.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>SMTP denetimi yapan bir güvenlik duvarı (klasik örnek Cisco ASA ESMTP inspection), izin vermediği komutları X karakterlerinden oluşan dizelerle değiştiriyor ve sunucu bunları tanıyamıyor.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>Komut satırı sunucunun kabul ettiği uzunluğu aşıyor (RFC 5321 yalnızca CRLF dahil 512 baytı garanti eder) ya da bir AUTH yanıtı sunucunun SASL arabelleğinden uzun.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Konuşmayı elle yeniden oynatın ve her satıra gelen yanıtı okuyun; EHLO&apos;dan hemen sonra gelen bir 500, sunucunun yalnızca HELO konuştuğu anlamına gelir.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Port ilk bayttan itibaren TLS bekliyorsa (465), ona düz metin göndermek yerine o şekilde test edin.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Karşılama metninde ve EHLO yanıtında yıldız ya da X karakterleri arayın; bu, yolda bir güvenlik duvarının SMTP denetimi olduğunun işaretidir.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Postfix istemcisinde reddedilen komutu günlükte bulun; Postfix uzak yanıtı ve yanıtladığı komutu kaydeder.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Aynı satırı değiştirmeden yeniden göndermeyin. Oturum genellikle hâlâ kullanılabilir: EHLO&apos;ya 500 geldiyse HELO gönderin; diğer 500&apos;lerden sonra komutu düzeltin ya da QUIT gönderip bir sonraki denemeden önce istemciyi düzeltin.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Parametrelerde veya bağımsız değişkenlerde sözdizimi hatası</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>Sunucu komutu tanıyor ama bağımsız değişkenini reddediyor: bozuk bir zarf adresi, geçersiz bir HELO/EHLO adı, hatalı biçimlendirilmiş bir ESMTP parametresi ya da geçerli base64 olmayan AUTH verisi. Komut bu hâliyle reddedilir ve sunucu bulunduğu durumda kalır; bu yüzden aynı oturumda düzeltilmiş bir komut gönderilebilir.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Çoğunlukla EHLO, MAIL FROM ya da RCPT TO aşamasında, bazen AUTH&apos;un ortasında. Postfix, sözdizimi hatalı bir gönderen adresine 501 5.1.7 Bad sender address syntax, hatalı bir alıcı adresine 501 5.1.3 Bad recipient address syntax gönderir; Exim 501 Syntactically invalid HELO argument(s) gönderir. RFC 4954 sunucuları, istemci AUTH&apos;u tek bir yıldız işaretiyle iptal ettiğinde ya da çözülemeyen base64 gönderdiğinde 501 ile yanıt verir; RFC 3207 ise herhangi bir parametreyle gönderilen STARTTLS için 501 öngörür.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Gönderen taraf düzeltir. Gönderen yanlış yazılmış ya da bozuk bir adresi düzeltir; gönderenin yöneticisi MTA&apos;ya düzgün, tam nitelikli bir HELO adı verir ve zarf komutlarını ya da AUTH dizelerini kendisi oluşturan betikleri veya uygulamaları kontrol eder. Adresler bir web formundan ya da veritabanından geliyorsa SMTP&apos;ye ulaşmadan önce doğrulayın.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Sözdizimi bozuk bir zarf adresi: eksik açılı ayraçlar, içinde boşluklar, sonda nokta, tırnak içine alınmamış özel karakterler ya da tek bir komutta iki adres.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Boş ya da bozuk bir HELO/EHLO bağımsız değişkeni; örneğin köşeli ayraçsız çıplak bir IP adresi ya da alt çizgi içeren bir makine adı.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Geçerli base64 olmayan AUTH verisi; genellikle PLAIN dizesini elle oluşturan bir betikten.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>İstemci kimlik doğrulama alışverişini tek bir yıldız işaretiyle iptal etti; RFC 4954 buna 501 ile yanıt verir.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Geçersiz değerli bir ESMTP parametresi; örneğin sayısal olmayan bir SIZE= ya da bozuk bir NOTIFY= veya ORCPT=.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Aynı zarfı swaks ile gönderin ve 501&apos;i hangi komutun aldığını not edin.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Postfix MTA&apos;nızın HELO/EHLO&apos;da duyurduğu adı kontrol edin; tam nitelikli bir makine adı ya da köşeli ayraç içinde bir adres olmalıdır.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>İstemcinin gönderdiği AUTH PLAIN dizesini çözün ve yetkilendirme kimliği, NUL, kullanıcı, NUL, parola şeklinde olduğunu doğrulayın.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Gönderilen bağımsız değişkenin tam olarak ne olduğunu görmek için reddedilen satırı gönderen sunucunun günlüğünde bulun.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Komutu ya da iletiyi değiştirmeden yeniden denemeyin: aynı bağımsız değişken yine reddedilir. Adresi, HELO adını, parametreyi ya da AUTH verisini düzeltin; oturum içinde istemci düzeltilmiş komutu hemen gönderebilir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Gmail&apos;in gelen posta sunucuları, bağımsız değişkeni boş olan ya da ne geçerli bir makine adı ne de bir adres olan bir HELO veya EHLO&apos;yu, herhangi bir posta alışverişinden önce reddeder.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Komut uygulanmadı</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>Sunucu komutu tanıyor ama uygulamıyor ya da kapatmış. RFC 5321 4.2.4, 502&apos;yi bilinen ama uygulanmayan komutlar, 500&apos;ü ise bilinmeyenler için ayırır; yine de aralarında Postfix ve Gmail&apos;in de bulunduğu birçok sunucu bilinmeyen komutlara da 502 ile yanıt verir.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>İsteğe bağlı komutlara yanıt olarak: onları kapatan sunucularda VRFY veya EXPN (disable_vrfy_command = yes ayarlı Postfix, 502 5.5.1 VRFY command is disabled yanıtını verir), ETRN ya da TURN veya yalnızca HELO konuşan bir sunucuda EHLO. Gmail bilmediği her şeye 502 5.5.1 Unrecognized command, Postfix ise 502 5.5.2 Error: command not recognized yanıtını verir.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Düzeltilmesi gereken istemcidir: yalnızca sunucunun EHLO yanıtında duyurduğu komutları kullanmalı, EHLO reddedildiğinde HELO&apos;ya geri dönmeli ve adresleri kontrol etmek için VRFY ya da EXPN&apos;e güvenmeyi bırakmalıdır. Alıcı tarafın yöneticisi yalnızca komutun sunulması gerekiyorsa harekete geçer; örneğin postası orada kuyrukta bekleyen bir müşteri için ETRN&apos;i etkinleştirmek.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>Adres toplamayı önlemek için VRFY ya da EXPN ilke gereği kapatılmış.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>İstemci, sunucunun EHLO&apos;dan sonra hiç duyurmadığı bir uzantıyı kullanıyor; örneğin ETRN, TURN, CHUNKING olmadan BDAT ya da kimlik doğrulaması olmayan bir sunucuda AUTH.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Yalnızca HELO bilen bir sunucu EHLO&apos;yu reddediyor ve istemci HELO&apos;ya geri dönmüyor.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Tanınmayan komutları 500 yerine 502 ile bildiren Postfix&apos;e ya da Gmail&apos;e gönderilmiş bir yazım hatası ya da bilinmeyen komut.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Sunucunun EHLO&apos;dan sonra gerçekte ne duyurduğunu listeleyin ve başarısız olan komutla karşılaştırın.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>Kendi Postfix sunucunuzda VRFY&apos;nin kapatılıp kapatılmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>İstemci yapılandırmasında EHLO yanıtından bağımsız olarak zorla açılan özellikleri gözden geçirin; örneğin zamanlanmış bir ETRN ya da 25 numaralı portta AUTH.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Komutu ne bu oturumda ne de sonrakilerde tekrarlayın; başarısız olmaya devam eder. Onsuz devam edin (EHLO yerine HELO, VRFY yok) ya da istemciyi değiştirin.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail hiç bilmediği bir komut için 500 değil 502 döndürür; bu yüzden Gmail&apos;den gelen bir 502 genellikle devre dışı bırakılmış bir özelliğe değil, bir yazım hatasına ya da SMTP olmayan bir istemciye işaret eder.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Hatalı komut sırası</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>Komut geçerli ama oturumun yanlış noktasında geldi: MAIL&apos;den önce RCPT, kabul edilmiş bir RCPT&apos;den önce DATA, HELO/EHLO&apos;dan önce MAIL, bir işlemin içinde ikinci bir MAIL ya da başarılı bir oturum açmadan sonra AUTH. Sunucu onu reddeder ve mevcut durumunda kalır.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>En sık RCPT TO ya da DATA aşamasında. Geri dönen iletilerde çoğu zaman asıl sorunu gizler: pipelining kullanan bir istemci, tüm RCPT&apos;ler reddedilmiş olsa da DATA gönderir, bu yüzden günlüğe yazılan son yanıt 503 olur (Postfix: 503 5.5.1 Error: need RCPT command; Exim ise önceki RCPT hatasını 503&apos;ünün içinde aktarır). Kimlik doğrulamanın sunulmadığı yerde gönderilen AUTH&apos;a da yanıt olarak gelir (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Önce 503&apos;ten önceki yanıta bakın. Alıcılar reddedildiyse o nedeni düzeltin (adres, aktarma (relay) izni, ilke); 503 kendiliğinden ortadan kalkar. Sıra gerçekten yanlışsa istemci yazılımı ya da betik düzeltilmelidir: önce EHLO, STARTTLS&apos;ten sonra yeniden EHLO, AUTH bir kez ve yalnızca duyurulduğu yerde, sonra MAIL, RCPT ve DATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Tüm RCPT TO komutları reddedildi (bilinmeyen kullanıcı, aktarma (relay) reddedildi) ve pipelining kullanan istemci yine de DATA gönderdi; bu yüzden 503 önceki 5xx&apos;i örtüyor.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>İstemci STARTTLS&apos;ten sonra EHLO&apos;yu yeniden göndermedi; STARTTLS oturumu başlangıç durumuna sıfırlar.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH, kimlik doğrulamanın etkin olmadığı bir porta veya sunucuya ya da zaten başarılı olduktan sonra ikinci kez gönderildi.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Kendi yazılmış bir istemci ya da betik, MAIL&apos;den önce RCPT gönderiyor veya RSET olmadan ikinci bir MAIL başlatıyor.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Yalnızca son satırı değil, oturum dökümünün ya da geri dönen iletinin tamamını okuyun; 503&apos;ten önce gelen RCPT TO yanıtlarını bulun.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Aynı işlemi STARTTLS üzerinden adım adım çalıştırın ve sunucunun nerede itiraz ettiğini izleyin.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>503, AUTH&apos;a yanıt olarak geldiyse o Postfix dinleyicisinde kimlik doğrulamanın etkin olup olmadığını kontrol edin; genellikle yalnızca gönderim (submission) için açıktır.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Aynı sırayı yeniden oynatmak aynı 503&apos;ü verir. Önce istemciyi ya da önceki reddi düzeltin; oturum içinde istemci yine doğru komutu gönderebilir ya da RSET gönderip işleme yeniden başlayabilir.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail, herhangi bir selamlama komutundan önce gönderilen MAIL, AUTH veya STARTTLS&apos;i reddeder; örneğin bağlanır bağlanmaz STARTTLS gönderen bir istemci.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Komut parametresi uygulanmadı</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>Komut biliniyor ama sunucu onunla verilen parametre değerini desteklemiyor. Uygulamada sunucunun sunmadığı bir mekanizmayla gönderilen AUTH&apos;a yanıt olarak gelir (RFC 4954 orada onu 5.5.4 ile eşleştirir); Postfix de onu tam nitelikli olmayan HELO adlarını ve zarf adreslerini reddetmek için kullanır.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>AUTH aşamasında, istemci sunucuda olmayan CRAM-MD5, NTLM ya da XOAUTH2 gibi bir mekanizmada ısrar ettiğinde: Gmail ve Microsoft Exchange 504 5.7.4 Unrecognized authentication type (tanınmayan kimlik doğrulama türü) yanıtını verir. reject_non_fqdn_helo_hostname ya da buna karşılık gelen gönderen ve alıcı kısıtlamalarını kullanan Postfix sunucularında HELO, MAIL FROM veya RCPT TO aşamasında: Helo command rejected: need fully-qualified hostname ya da need fully-qualified address metniyle 504 5.5.2. smtpd_tls_auth_only ayarlı Postfix, STARTTLS&apos;ten önce gelen AUTH&apos;a 504 5.5.4 ile yanıt verir.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>AUTH için kullanıcı ya da istemcinin yöneticisi sunucunun duyurduğu bir mekanizmayı seçer (olağan seçim TLS üzerinden PLAIN veya LOGIN&apos;dir) ve STARTTLS&apos;in önce geldiğinden emin olur. HELO ya da adres retlerinde gönderen tarafın yöneticisi tam nitelikli bir HELO adı ayarlar (Postfix&apos;te myhostname) ve uygulamaların user@example.com gibi eksiksiz adresler kullanmasını sağlar. Alıcı tarafın yöneticisi bir kısıtlamayı yalnızca bilinen bir iş ortağı için fazla katıysa gevşetir.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>İstemci, sunucunun EHLO yanıtında bulunmayan bir AUTH mekanizmasını zorluyor; örneğin yalnızca PLAIN ve LOGIN sunan bir sunucuya karşı CRAM-MD5 ya da NTLM.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH, kimlik doğrulamaya yalnızca TLS üzerinden izin veren ve bunu 538 yerine 504 ile bildiren bir sunucuya STARTTLS&apos;ten önce gönderiliyor.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>Gönderen MTA, mailhost gibi kısa, tam nitelikli olmayan bir HELO adı duyuruyor ve alıcı taraf reject_non_fqdn_helo_hostname kullanıyor.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>Zarf göndereninde veya alıcısında tam nitelikli bir alan adı yok (user@localhost tarzı) ve alıcı taraf bunu şart koşuyor.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Google&apos;ın eski XOAUTH&apos;u gibi kullanımdan kaldırılmış bir mekanizma artık sağlayıcı tarafından kabul edilmiyor.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Bir STARTTLS oturumu açın, EHLO test.example.com yazın ve hangi mekanizmaların sunulduğunu görmek için 250-AUTH satırını okuyun.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Postfix sunucunuzun gönderdiği HELO adını kontrol edin; tam nitelikli bir ad olmalıdır.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Bu adın DNS&apos;te çözümlendiğinden emin olun.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda hangi FQDN dışı (non-FQDN) kısıtlamaların etkin olduğuna ve hangi kodu kullandıklarına bakın.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Aynı mekanizma, HELO adı ya da adresle yeniden denemeyin; ret kalıcıdır. Başarısız bir AUTH&apos;tan sonra istemci, RFC 4954&apos;ün izin verdiği gibi aynı oturumda duyurulmuş başka bir mekanizmayı deneyebilir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Gmail&apos;in gönderim (submission) hizmeti, istemci Gmail&apos;in sunmadığı bir SASL mekanizması istediğinde bunu yanıtlar; sorun parola değil, mekanizma adıdır.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Hatalı e-posta adresi</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Hiçbir RFC 510&apos;u bir SMTP yanıt kodu olarak tanımlamaz. “SMTP hataları” listeleri ona hatalı e-posta adresi der; uygulamada bu sayı neredeyse her zaman noktaları atılmış 5.1.0 (Other address status, RFC 3463) gelişmiş durum kodudur. Gerçek yanıt büyük olasılıkla 550 5.1.0 ya da 553 5.1.0 idi: sunucunun daha fazla daraltmadığı bir adres sorunu.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>Kısaltılmış geri dönen ileti özetlerinde: &quot;550 5.1.0 Sender denied&quot; gibi bir satır için “hata 510” yazan ESP panolarında, destek sistemlerinde, web posta bildirimlerinde ve forum gönderilerinde. Örneğin Exchange Online, reddedilen bir gönderen ve çözümleyemediği alıcılar için 5.1.0 kullanır. Gerçek trafikte sahici bir 510 nadirdir ve yalnızca standartlara uymayan yazılımlardan gelir.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>Gönderen (ya da geri dönen iletiyi kim okuyorsa) önce geri dönen iletiden ya da posta günlüğünden yanıt satırının tamamını alır, çünkü 5.1.0 reddedilenin gönderen adresi mi yoksa alıcı adresi mi olduğunu söylemez. İki adresi de yazım hatalarına ve fazladan karakterlere karşı kontrol edin. Yanıt Exchange Online&apos;dan geliyor ve göndereni belirtiyorsa gönderenin, kaydedilmiş ya da çevrimdışı bir kopyayı yanıtlamak yerine yeni bir ileti yazmasını sağlayın. Satır bambaşka bir şey söylüyorsa gerçek üç haneli kodunu arayın.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Bir geri dönen ileti özeti ya da pano, 5.1.0 gelişmiş kodunu noktasız yazdı.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>Alıcı sunucu bir adresi reddetti, ancak 5.1.1 ya da 5.1.7 yerine yalnızca genel adres kategorisini (5.1.0) bildirdi.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online 5.1.0 Sender denied (gönderen reddedildi) yanıtını verdi; bu genellikle biri dosya olarak kaydedilip çevrimdışı açılmış bir iletiyi yanıtladıktan sonra olur.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Dahili eski bir Exchange adresi (legacyExchangeDN) sorgulanamadı, bu yüzden Exchange alıcıyı çözümleyemedi.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Başarısız adresin tam yanıt satırını kendi posta günlüğünüzde bulun; gerçek temel kod ilk üç hanedir, gelişmiş kod onu izler.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>Geri dönen iletide, en üstteki kullanıcı dostu özet yerine teslim durumu (delivery-status) bölümünün Status: ve Diagnostic-Code: alanlarını okuyun.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Hem zarf göndereninin alan adının hem de alıcı alan adının DNS&apos;te var olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Birebir 510 kodunu alan bir gönderen MTA, onu ilk hanesine göre değerlendirmelidir (RFC 5321 4.2): kalıcı bir hata; bu yüzden iletiyi kuyrukta tutmak yerine geri döndürmelidir. Yalnızca adres düzeltildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Hatalı e-posta adresi</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>böyle bir kullanıcı yok</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>geçersiz alıcı</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>var olmayan adres</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. Biri “hata 511, hatalı e-posta adresi” bildirdiğinde neredeyse her zaman 5.1.1 gelişmiş kodunu, yani Bad destination mailbox address&apos;i kasteder: alıcının sunucusu posta kutusunun var olmadığını söylüyordur. Gerçek trafikte bu 550 5.1.1 olarak (bazen 5.1.1 ile 553 veya 554 olarak) gelir.</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>Geri dönen ileti istatistiklerinde, CRM ve bülten araçlarında ve kopyala-yapıştır hata listelerinde; bunlarda &quot;550 5.1.1 ... User unknown&quot; 511&apos;e kısaltılır. Asıl yanıt RCPT TO&apos;ya yanıt olarak ya da alıcı sunucu alıcıları ancak iletiyi kabul ettikten sonra kontrol ediyorsa daha sonra bir geri dönen iletide gelir.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>Gönderen alıcı adresini harf harf kontrol eder (yer değiştirmiş harfler, eksik bir nokta, yanlış bir ülke alan adı, ayrılmış bir çalışanın adresi) ve alıcıyla telefonla ya da başka bir kanaldan doğrular. Liste sahipleri doğrulanmış bir 5.1.1&apos;den sonra adresi yeniden denemek yerine listeden çıkarır. Alıcı sunucuyu siz yönetiyorsanız ve kullanıcı gerçekten varsa, sunucunun RCPT aşamasında başvurduğu takma ad (alias), virtual ve dizin sorgularını kontrol edin.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Adresin yerel kısmında, yani @ işaretinden önceki kısımda bir yazım hatası.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>Hesap silinmiş ya da yeniden adlandırılmış; örneğin bir çalışan ayrıldıktan ya da şirket adres biçimini değiştirdikten sonra.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Bir adres defterinden ya da otomatik tamamlama önbelleğinden alınmış, artık dizinle eşleşmeyen eski bir adres.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>Alıcı tarafta, posta kutusu deposunda bulunan ama SMTP sunucusunun kontrol ettiği takma ad (alias) ya da alıcı tablosunda eksik olan bir kullanıcı.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Alıcıyı ileti göndermeden test edin: RCPT TO&apos;ya verilen yanıt sunucunun posta kutusunu tanıyıp tanımadığını gösterir (birçok büyük sağlayıcı bunu söylemez).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>Kendi Postfix sunucunuzda adres için hangi tablonun yanıt verdiğine ve hangi yanıtı verdiğine bakın.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Exim kullanıyorsanız ona adresi nasıl yönlendireceğini sorun; unrouteable sonucu 5.1.1&apos;in doğru olduğu anlamına gelir.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Çıplak bir 511&apos;i hiçbir şey yeniden denememelidir; onu ilk hanesine göre kalıcı bir hata olarak okuyun. Arkasındaki gerçek 550 5.1.1 için, bir kişi düzeltilmiş bir adresi doğrulayana kadar o adrese göndermeyi bırakın.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>Alıcının alan adına ait makine DNS&apos;te bulunamıyor</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Hiçbir RFC 512&apos;yi atamaz. Hata listeleri onu “alıcının alan adı bulunamıyor” için kullanır; bu, 5.1.2 gelişmiş kodudur, Bad destination system address (RFC 3463): @ işaretinden sonraki kısım yoktur ya da posta alamaz. Gerçek yanıt genellikle 550 5.1.2 ya da 553 5.1.2&apos;dir veya başarısız bir DNS sorgusundan sonra gönderenin kendi sunucusunun yazdığı bir geri dönen iletidir.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Çoğunlukla hiçbir uzak sunucu işin içinde olmadan: gönderen MTA alan adı için MX ve adres kayıtlarını sorgular, NXDOMAIN alır ve iletiyi kendisi geri döndürür. Sendmail bunu &quot;Host unknown (Name server: ...: host not found)&quot; ile 550 5.1.2 olarak yazar; Postfix &quot;Host or domain name not found&quot; bildirir ve bunu 5.4.4 altında sınıflar. Gmail, var olmayan bir alan adına yapılan gönderime (submission) 553 5.1.2 ile yanıt verir.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>Gönderen alan adının yazılışını kontrol eder (hotmial, gmial, eksik ülke uzantısı, .com yerine .con). Alan adı doğruysa alan adı sahibinin yöneticisi DNS&apos;i düzeltmelidir: alan adının süresi dolmuş ya da delegasyonunu kaybetmiş olabilir. Birçok alan adı aynı anda başarısız oluyorsa gönderenin yöneticisi gönderen sunucunun kendi çözümleyicisini kontrol eder, çünkü bozuk bir yerel çözümleyici her sorguyu eksik bir alan adı gibi gösterir.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>Alıcı alan adı yanlış yazılmış ve yanlış yazılan ad kayıtlı değil.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>Alıcının alan adı kaydının süresi dolmuş ya da ad sunucuları yanıt vermeyi bırakmış.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>Gönderen sunucunun çözümleyicisi bozuk, bir güvenlik duvarınca engellenmiş ya da eskimiş bir önbellekten yanıt veriyor.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Yalnızca dahili bir ad (.local ya da split-horizon bir alan adı), çözümlendiği ağın dışında bir posta adresi olarak kullanıldı.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>DNS&apos;ten alan adının posta sunucularını (MX) sorun; tam yanıtta NXDOMAIN, alan adının var olmadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Yerel bir DNS arızasını dışlamak için, kendi çözümleyicinizi atlayarak adı kök sunuculardan aşağı doğru çözümleyin.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Gönderen sunucunun günlüğünde yerel geri dönen ileti kaydını arayın.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Çıplak bir 512&apos;yi ilk hanesine göre kalıcı sayın. Bir gönderen MTA yetkili bir NXDOMAIN&apos;de geri döndürmeli, ancak alan adının var olup olmadığı hakkında hiçbir şey söylemeyen DNS zaman aşımlarında veya SERVFAIL&apos;de yeniden denemeyi sürdürmelidir (geçici).</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>Adres türü hatalı</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>geçersiz adres biçimi</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 hiçbir RFC&apos;de tanımlı değildir. Listeler onu “adres türü hatalı” diye açıklar; 5.1.3 gelişmiş kodunu, yani Bad destination mailbox address syntax&apos;ı (hedef posta kutusu adresinin sözdizimi hatalı, RFC 3463) temsil eder: alıcı adresi, var olmayan geçerli bir adresin aksine, hiç geçerli bir adres değildir. Gerçek sunucular bunu 501 5.1.3 ya da 553 5.1.3 olarak gönderir.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>RCPT TO bağımsız değişkeni bozuk olduğunda: Postfix 501 5.1.3 Bad recipient address syntax yanıtını verir, Gmail ise alıcı adresinin geçerli bir RFC 5321 adresi olmadığını söyleyen 553 5.1.3 ile yanıt verir. Adresleri kullanıcı girdisinden oluşturan web formları ve betiklerle ve belgelerden görünmez karakterlerle birlikte kopyalanan adreslerle ortaya çıkar.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>Gönderen ya da iletiyi oluşturan uygulama adresi temizler: tek bir @, boşluk yok, açılı ayraçların içinde görünen ad ya da tırnak yok, sonda nokta yok, kelime işlemciden yapıştırılmış akıllı tırnaklar ya da sıfır genişlikli karakterler yok. Geliştiriciler adresleri posta kütüphanesine vermeden önce doğrular ve kırpar, RCPT TO&apos;ya yalnızca çıplak adresi geçirir.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Adresin içinde boşluklar, virgüller ya da noktalı virgüller; genellikle tek bir alana yapıştırılmış bir listeden.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Zarf alıcısı olarak çıplak adres yerine görünen ad ile adres birlikte geçirilmiş.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Bir belgeden ya da elektronik tablodan kopyalanmış görünmez ya da tipografik karakterler (bölünmez boşluk, kıvrık tırnaklar).</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>SMTPUTF8 sunmayan bir sunucuya gönderilen adreste ASCII olmayan karakterler.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Adresteki gizli karakterleri, uygulamanın sakladığı hâliyle görüntüleyin.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Alıcıyı elle yeniden deneyin ve sunucunun RCPT TO&apos;ya verdiği yanıtı okuyun.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Postfix&apos;te istemcinin gönderdiği tam dizeyi bulun; günlük onu reject satırında aktarır.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Yeniden deneme yok: bozuk bir adres her seferinde aynı şekilde başarısız olur. Gerçekten 513 olarak gelen her kodu ilk hanesine göre kalıcı bir hata sayın ve adresin düzeltilebilmesi için iletiyi geri döndürün.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Lütfen doğru QHLO kimliğini kullanın</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Standart bir kod değildir. Metin, bir gönderim (submission) oturumunun başındaki gidiş-dönüşleri azaltmak için bir QHLO komutu öneren QUICKSTART SMTP uzantısı Internet-Draft&apos;ından (draft-fanf-smtp-quickstart, 2007) gelir. Taslak RFC olmadan süresi dolarak geçersizleşti ve 520 gönderen yaygın bir sunucu bilinmiyor.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Gerçek posta akışında neredeyse hiç. Web&apos;de dolaşan yanıt kodu listelerinde görünür ve yalnızca QUICKSTART taslağını uygulayan deneysel bir sunucudan QHLO&apos;ya yanıt olarak gelebilir. Sıradan bir sunucu 520 gönderiyorsa sayıyı özel bir amaçla kullanıyordur ve tek yol gösterici yanıt metnidir.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>İstemci yazılımı harekete geçer: QHLO&apos;yu ya da herhangi bir quickstart kipini kullanmayı bırakın ve oturumu normal bir EHLO ile açın. Kod bir üreticinin ürününden geliyorsa belgelerini okuyun ya da sunucunun yöneticisine metnin ne anlama geldiğini sorun.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Süresi dolmuş QUICKSTART taslağını uygulayan deneysel ya da test amaçlı bir sunucu, QHLO ile verilen tanımlayıcıyı reddetti.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Tescilli bir yazılım 520&apos;yi taslakla ilgisi olmayan kendine özgü bir anlamda yeniden kullandı; yanıt metni bunu açıklar.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>Sayı bir günlük satırından yanlış okundu ya da çevrimiçi bir listeden kopyalandı ve hiçbir sunucudan gelmedi.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Gönderen tarafın günlüğünden tam yanıt metnini ve yanıtladığı komutu alın; bunlar olmadan 520 kesin bir şey ifade etmez.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Sunucunun EHLO yanıtında standart dışı bir uzantı anahtar sözcüğü duyurup duyurmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Aynı komutu yeniden denemeyin. Standart EHLO sırasıyla yeniden bağlanın; sunucu sıradan komutlara hâlâ 520 ile yanıt veriyorsa bunu kalıcı bir hata sayın ve alıcı tarafın yöneticisine sorun.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>Makine posta kabul etmiyor</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>Makine hiç kimseden hiç posta kabul etmiyor. RFC 7504 (2015), ilk olarak deneysel RFC 1846&apos;da önerilen bu kodu, bağlantıya 554 ile yanıt vermenin daha açık bir alternatifi olarak standartlaştırdı. Bunu alan bir istemci, kuyruğa alıp yeniden denemek yerine o makineden vazgeçmelidir.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Genellikle karşılama olarak, 220 yerine, başka amaçlarla var olan (bir web sunucusu, yalnızca giden posta için bir aktarma sunucusu) ve posta almadığını açıkça söylemek isteyen bir makineden; ardından bağlantı kapatılır ya da sonraki komutlar reddedilir. Postfix de uygulamada bunu gönderir: postscreen, karşılamadan önce konuşan ya da protokolü çiğneyen istemcileri 521 5.5.1 Protocol error ile düşürür.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>Gönderen o makineye veya alan adına göndermeyi bırakmalı ve adresi alıcıyla başka bir kanaldan doğrulamalıdır. Alan adının posta alması gerekiyorsa alıcının yöneticisi MX kayıtlarını ya da posta sunucusunu düzeltir. 521 postscreen&apos;den geldiyse düşürmeyi istemci tetiklediği için gönderenin yöneticisi istemcinin protokol davranışını düzeltir (karşılamayı beklemek, duyurulmadıkça pipelining yapmamak).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>Alan adının MX kaydı, MX yoksa A kaydı, bilerek hiçbir posta hizmeti çalıştırmayan bir makineyi gösteriyor.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>İstemci, çoğunlukla eskimiş ya da yanlış DNS kayıtları yüzünden, yalnızca giden posta için çalışan bir aktarma sunucusuna ya da bir web sunucusuna ulaştı.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix postscreen, karşılamadan önce konuşmak, duyurulmamış pipelining ya da çıplak satır sonları (bare newline) gibi bir protokol ihlali nedeniyle istemciyi düşürdü.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>Alıcı alan adı posta almayı bıraktı ve yerinde bir 521 yanıtlayıcısı bıraktı.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Alan adının postasının nereye gitmesi gerektiğini kontrol edin; bir null MX (0 .), alan adının hiç posta almadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Makineye bağlanın ve karşılama satırını okuyun.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Postfix istemcisinde reddi günlükte bulun; 521 5.5.1 Protocol error, karşı taraftaki postscreen testlerine işaret eder.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Bunu kendi sunucunuzdaki postscreen gönderiyorsa pregreet ve bare newline testlerinin eylemlerini gözden geçirin.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>İletiyi o makinede bir deneme daha için kuyruğa koymayın: ret kalıcı olması amacıyla verilir. Adresin kontrol edilebilmesi için iletiyi 521 metniyle birlikte gönderene geri döndürün.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Şifreleme gerekli</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Yalnızca kayıtta bulunan kod: hiçbir RFC 523&apos;ü bir yanıt olarak tanımlamaz, ancak IANA gelişmiş durum kodları kaydı onu RFC 5248 ile kaydedilmiş X.7.10 Encryption Needed için temel kod olarak listeler. İstenen kimlik doğrulamanın önce bir gizlilik katmanı gerektirdiğini söyler; istemci TLS başlatmalı (ya da daha güçlü bir mekanizma seçmeli) ve yeniden kimlik doğrulaması yapmalıdır.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>Şifrelenmemiş bir bağlantıda AUTH&apos;a yanıt olarak. maddy gibi sunucuların kullandığı Go kütüphanesi go-smtp, bir istemci STARTTLS&apos;ten önce kimlik doğrulaması yapmaya çalıştığında 523 5.7.10 TLS is required yanıtını verir. Diğer yazılımların çoğu aynı durumu 530, 538 ya da 504 ile bildirir.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>İstemcinin kullanıcısı ya da yazılımı düzeltir: kimlik doğrulamadan önce 587 numaralı portta STARTTLS&apos;i ya da 465 numaralı portta doğrudan (implicit) TLS&apos;i etkinleştirin. TLS etkin olduğu hâlde yine başarısız oluyorsa istemcinin yöneticisi STARTTLS&apos;i ayıklayan bir güvenlik duvarı ya da antivirüs ürünü arar. Sunucu yöneticisi yalnızca hata ortadan kalksın diye düz metin oturum açmaya izin vermemelidir.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>E-posta istemcisinin güvenlik ayarı Yok ya da “duyurulursa STARTTLS” durumunda, bu yüzden AUTH&apos;u düz metin üzerinden gönderiyor.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>STARTTLS yükseltmesi başarısız oldu ya da bir ara cihaz tarafından ayıklandı ve istemci şifresiz devam etti.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>İstemci, sunucunun gizlilik katmanında ısrar ettiği yerde PLAIN ya da LOGIN gibi açık metin bir parola mekanizması kullanıyor.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Bağlantı şifrelendiğinde hesabın çalıştığını doğrulamak için STARTTLS üzerinden kimlik doğrulaması yapın; swaks parolayı sorar.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>İstemcinin ağından STARTTLS&apos;in sunulduğunu ve el sıkışmanın tamamlandığını kontrol edin.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>İstemcinin hesap ayarlarında güvenliği 587 numaralı port için STARTTLS&apos;e ya da 465 numaralı port için SSL/TLS&apos;e ayarlayın, asla Yok olarak bırakmayın.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>AUTH&apos;u düz metin bağlantıda tekrarlamayın. STARTTLS gönderin, EHLO&apos;yu yeniden gönderin ve sonra kimlik doğrulaması yapın; TLS açıldıktan sonra yeniden deneme başarılı olmalıdır.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Temel tanımı yok (X.7.11 ile ilişkili)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Kendine ait bir tanımı olmayan, yalnızca kayıtta bulunan kod. IANA kaydı 524&apos;ü, 538&apos;in yanında, X.7.11 Encryption required for requested authentication mechanism (istenen kimlik doğrulama mekanizması için şifreleme gerekli) için temel kod olarak adlandırır; ancak X.7.11&apos;i tanımlayan RFC 4954 yalnızca 538&apos;i kullanır. Bir 524&apos;ü şöyle okuyun: bu AUTH mekanizması yalnızca şifreli bir bağlantı üzerinden kullanılabilir.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Çok nadiren, düz metin bir bağlantıda AUTH&apos;a yanıt olarak, RFC 4954 yerine IANA tablosunu izleyen yazılımlardan. Çoğu sunucu aynı durum için 538 5.7.11 ya da 530 gönderir.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>İstemci tarafı düzeltir: kimlik doğrulamadan önce STARTTLS&apos;i ya da doğrudan TLS&apos;i açın. O dinleyici hiç TLS sunmuyorsa sunucu yöneticisinin bir sertifika kurması ya da kullanıcıları sertifikası olan bir gönderim (submission) portuna yönlendirmesi gerekir.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>İstemci STARTTLS&apos;ten önce AUTH denedi ve sunucu o mekanizmayı şifreli oturumlarla sınırlıyor.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>Sunucu yazılımı, çoğu uygulamanın 538 kullandığı “şifreleme gerekli” yanıtı için 524&apos;ü IANA tablosundan almış.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>İstemcinin kullandığı dinleyicide TLS yapılandırılmamış, bu yüzden mekanizma orada hiçbir zaman kullanılamaz.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Yanıtın tamamını ve gelişmiş kodunu okuyun; 5.7.11, gereksinimin şifreleme olduğunu doğrular.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Aynı hesabı STARTTLS&apos;ten sonra başka bir mekanizmayla deneyin.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>İstemcide “TLS zorunlu” ya da “her zaman STARTTLS” gibi bir seçenek olup olmadığını ve açık olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Düz metinle yeniden denemek anlamsızdır. AUTH&apos;u yalnızca STARTTLS başarılı olduktan ve yeni bir EHLO gönderildikten sonra tekrarlayın.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Kullanıcı hesabı devre dışı</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Yalnızca kayıtta bulunan kod: IANA kaydı 525&apos;i, RFC 5248 ile kaydedilmiş X.7.13 User Account Disabled ile eşleştirir. Kimlik bilgileri doğruydu ama hesap devre dışı bırakılmış; örneğin ödeme yapılmadığı, kötüye kullanım ya da şüphelenilen bir izinsiz giriş nedeniyle. Bir yönetici yeniden etkinleştirene kadar reddedilmeye devam eder.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>İlke olarak devre dışı bir hesaba başarılı bir AUTH&apos;un hemen ardından; bunu kullanan sunucu azdır ve çoğu devre dışı hesabı bunun yerine 535 ya da 550 ile bildirir. Gmail, ilgisiz bir protokol ihlali (STARTTLS&apos;ten sonra art arda gönderilen komutlar) için 5.7.10 ile 525 gönderir; bu yüzden devre dışı bir hesap olduğunu varsaymadan önce gelişmiş kodu ve metni okuyun.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>Hesap sahibi, hesabın neden devre dışı bırakıldığını öğrenmek ve yeniden etkinleştirtmek için gönderen hesabın yöneticisine ya da sağlayıcısına başvurur; istemcide parolayı değiştirmek işe yaramaz. Gmail 5.7.10 türevi için gönderenin yöneticisi istemciyi ya da MTA&apos;yı başka bir şey göndermeden önce TLS el sıkışmasını bekleyecek şekilde düzeltir.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>Yönetici hesabı devre dışı bıraktı ya da askıya aldı (ödenmemiş fatura, kötüye kullanım bildirimi, ele geçirilmiş parola).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>Hesap, ani bir giden spam patlaması gibi bir güvenlik olayından sonra otomatik olarak kilitlendi.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Gmail&apos;den 5.7.10 ile: istemci, TLS el sıkışmasını beklemek yerine STARTTLS&apos;in hemen ardından başka komutlar gönderdi.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Yanıttaki gelişmiş kodu kontrol edin: 5.7.13 devre dışı bir hesap demektir; başka her şey için metne bakmak gerekir.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Aynı hesapla sağlayıcının web postasında oturum açın; devre dışı bir hesap genellikle orada açık bir dille açıklanır.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Bir 525 5.7.10 için oturumu STARTTLS boyunca pipelining yapmayan bir istemciyle tekrarlayın ve sonucu karşılaştırın.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Bu hesapla yeniden denemeyi bırakın: yeniden etkinleştirilene kadar her deneme başarısız olur ve tekrarlanan oturum açmalar kilidi uzatabilir. Yönetici hesabın etkin olduğunu doğruladığında devam edin.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail, devre dışı hesaplar için 525 kullanmaz: 5.7.10 ile, TLS el sıkışmasını beklemek yerine STARTTLS&apos;ten sonra art arda komut gönderen bir istemciyi reddeder. Google&apos;ın kendi hata listesi aynı metni 523 5.7.10 altında da yayımlamıştır; bu yüzden onunla birlikte iki temel koddan birini bekleyin.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Kimlik doğrulama gerekli / Önce bir STARTTLS komutu gönderilmelidir</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>Sunucu, istemci önce bir şey yapana kadar komutu reddeder: kimlik doğrulaması (RFC 4954, 530 5.7.0 Authentication required olarak gönderilir) ya da TLS başlatma (RFC 3207, 530 Must issue a STARTTLS command first). Genellikle MAIL FROM&apos;a yanıt olarak gelir ve istemcinin eksik adımı atabilmesi için oturumu açık bırakır.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Çoğunlukla bir gönderim (submission) portunda (587) ya da oturum açma gerektiren bir aktarma sunucusunda MAIL FROM aşamasında; kimlik doğrulama olmadan ya da STARTTLS olmadan kurulmuş istemcilerden: yazıcılar, tarayıcılar, betikler, izleme araçları, web uygulamaları. Gmail&apos;in gönderim sunucuları 530 5.7.0 Must issue a STARTTLS command first gönderir; Microsoft 365 ise kimlik doğrulaması yapmadan göndermeye çalışan istemcilere 530 5.7.57 gönderir.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>İstemci tarafı düzeltir: STARTTLS&apos;i (ya da 465&apos;te doğrudan TLS&apos;i) ve posta kutusunun kimlik bilgileriyle SMTP kimlik doğrulamasını etkinleştirin, sonra yeniden gönderin. Microsoft 365&apos;te kiracı (tenant) yöneticisinin ayrıca o posta kutusu için kimliği doğrulanmış SMTP&apos;ye izin vermesi gerekir. Kimlik doğrulaması yapamayan cihazlar, yerel bir aktarma sunucusu (relay) ya da sağlayıcının kimliği doğrulanmamış gönderim için sunduğu bir bağlayıcı (connector) üzerinden göndermelidir.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>İstemcide SMTP kimlik doğrulaması kapalı ya da istemci, yalnızca oturum açmış kullanıcılar için aktarma yapan bir sunucunun 25 numaralı portuna gönderiyor.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>İstemcide STARTTLS kapalı, bu yüzden MAIL FROM&apos;u yalnızca TLS&apos;ten sonra posta kabul eden bir sunucuya düz metin olarak gönderiyor.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Daha önceki bir AUTH başarısız oldu ve istemci hatayı yok saydı, bu yüzden MAIL FROM kimliği doğrulanmamış olarak geliyor.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Eski bir açık aktarma sunucusu (open relay) için yapılandırılmış bir cihaz ya da uygulama artık oturum açma gerektiren bir sunucuyu gösteriyor.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>EHLO yanıtını okuyun: STARTTLS listeleniyor ama AUTH listelenmiyorsa kimlik doğrulama yalnızca TLS&apos;ten sonra sunuluyordur.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Kimliği doğrulanmış eksiksiz bir gönderim testi çalıştırın; --auth-password verilmezse swaks parolayı sorar.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>İstemcinin kendi günlüğünde MAIL FROM&apos;dan önce bir AUTH yanıtı arayın; eksik ya da başarısız bir AUTH 530&apos;u açıklar.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Hiçbir şeyi değiştirmeden yeniden göndermeyin. Aynı oturumda istemci istendiği gibi STARTTLS ya da AUTH gönderip MAIL FROM&apos;u tekrarlayabilir; kuyruktaki bir ileti ancak istemci yapılandırması düzeltildikten sonra yeniden gönderilmelidir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Gmail&apos;in gönderim sunucuları herhangi bir posta işleminden önce STARTTLS ister; 587 numaralı portta düz metin gönderen bir istemci bunu MAIL FROM aşamasında alır.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Exchange Online&apos;ın istemci gönderim uç noktası MAIL FROM&apos;dan önce SMTP AUTH ister; bu, AUTH denemesi başarısız olduğu hâlde istemci yine de devam ettiğinde de görülür.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Temel tanımı yok (X.7.1 ile ilişkili)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Kendine ait bir tanımı olmayan, yalnızca kayıtta bulunan kod: IANA kaydı 533&apos;ü X.7.1 Delivery not authorized, message refused (teslime yetki verilmedi, ileti reddedildi) ile kullanılan temel kodlar arasında listeler. Güvenlik veya ilke gerekçesiyle verilmiş kalıcı bir ret olarak ele alın; ayrıntıyı gelişmiş kod ve yanıt metni taşır.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Gerçek trafikte neredeyse hiç, çünkü 550 5.7.1 ve 554 5.7.1 aynı alanı kapsar. Görülürse, bir ilke kontrolü (aktarma (relay) izni, izin verilmeyen gönderen, kara liste) göndereni reddettikten sonra MAIL FROM ya da RCPT TO aşamasında niş ya da özel yazılımlardan gelmesini bekleyin.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>Gönderenin yöneticisi ilkeyi belirlemek için yanıt metnini okur ve nedeni düzeltir: aktarmadan önce kimlik doğrulaması yapmak, yalnızca hesabın kullanabileceği adreslerden göndermek ya da gönderen IP&apos;yi listeden çıkartmak. Ret yanlış görünüyorsa tam yanıtı, zamanı ve gönderen IP&apos;yi belirterek alıcının yöneticisine sorun.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Özel ya da yaygın olmayan bir sunucu, aktarma reddi (relay denied) ya da izin verilmeyen gönderen gibi bir ilke reddini 550 yerine 533 ile bildiriyor.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>Gönderen IP ya da alan adı, alıcı tarafın başvurduğu bir kara listede.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>Kimliği doğrulanmış kullanıcı, hesabın yetkili olmadığı bir adres adına göndermeye ya da bir alan adına aktarma yapmaya çalıştı.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Yanıtın tamamını kaydedin; gelişmiş kod (genellikle 5.7.1) ve metin hangi ilkenin devreye girdiğini söyler.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Zarf göndereninin kimliği doğrulanmış hesapla ya da onun izin verilen takma adlarından (alias) biriyle eşleştiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Gönderen IP&apos;yi yanıt metninde adı geçen kara listeye karşı, o listenin kendi sorgulama sayfasını ya da DNS bölgesini kullanarak kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; ilke retleri tekrarlanır. Neden düzeltildikten ya da alıcının yöneticisi bir istisna tanıdıktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>Kimlik doğrulama mekanizması çok zayıf</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>daha az güvenli uygulamalar</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>iki faktörlü kimlik doğrulama (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>RFC 4954 tarafından 534 5.7.9 olarak tanımlanır: istemcinin seçtiği AUTH mekanizması, sunucunun bu kullanıcı için ilkesinin izin verdiğinden daha zayıftır ve istemci daha güçlü bir mekanizmayla yeniden denemelidir. Büyük sağlayıcılar, özellikle de bir uygulama parolası ya da OAuth ile oturum açma gerektiğinde bunu gönderen Gmail, anlamını “bu tür parola kabul edilmiyor” diye genişletir.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Bir gönderim (submission) portunda AUTH&apos;un hemen ardından. RFC anlamıyla: sunucunun o hesap için SCRAM, CRAM-MD5 ya da GSSAPI istediği yerde PLAIN veya LOGIN kullanan bir istemci. Uygulamada çok daha sık: Gmail&apos;in 534-5.7.9 Application-specific password required yanıtı ya da kullanıcıdan önce bir web tarayıcısından oturum açmasını isteyen 534-5.7.14.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>Kullanıcı ya da istemcinin yöneticisi istemcinin kimlik doğrulama biçimini değiştirir. Gmail için bir uygulama parolası oluşturun (2 Adımlı Doğrulama açık olmalıdır) ya da istemciyi OAuth 2.0&apos;a geçirin ve bekleyen tarayıcı oturum açma kontrolünü tamamlayın. RFC anlamını kullanan sunucularda sunucunun kabul ettiği SCRAM-SHA-256 ya da CRAM-MD5 gibi bir mekanizma yapılandırın veya istemci kütüphanesini yükseltin.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>Hesapta 2 Adımlı Doğrulama açık ve istemci normal hesap parolasını gönderiyor; Gmail bir uygulama parolası ya da OAuth 2.0 istiyor.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>Sağlayıcı oturum açmayı şüpheli buldu (yeni konum ya da cihaz) ve SMTP&apos;nin yeniden çalışması için bir tarayıcıda etkileşimli oturum açılmasını istiyor.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>Sunucu o kullanıcı için sınama-yanıt ya da Kerberos mekanizması isterken istemci açık metin bir mekanizma seçti.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Eski bir istemci kütüphanesi yalnızca LOGIN ya da PLAIN biliyor ve sunucunun istediği daha güçlü mekanizmayı sunamıyor.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Gelişmiş kodu ve metni okuyun: application-specific password ile 5.7.9 uygulama parolası ya da OAuth demektir, 5.7.14 ise bekleyen bir tarayıcı doğrulaması demektir.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Daha güçlü bir seçeneğin ne olacağını görmek için STARTTLS&apos;ten sonra sunulan mekanizmaları listeleyin.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Sunucunun hesap için hangilerini kabul ettiğini görmek için swaks ile belirli bir mekanizmayı zorlayın.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Aynı mekanizma ve parolayla yeniden denemek başarısız olmaya devam eder ve hesap kilitlenmesini tetikleyebilir. RFC 4954 istemcinin aynı oturumda daha güçlü bir mekanizma denemesini bekler; aksi hâlde bir sonraki denemeden önce kimlik bilgilerini düzeltin.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail bunu, hesap 2 Adımlı Doğrulama kullanırken istemci normal parolayla oturum açtığında gönderir; bir uygulama parolası ya da OAuth 2.0 gerekir, sorun SASL mekanizmasının kendisi değildir.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail, hesap sahibi bir tarayıcıda oturum açıp bir güvenlik kontrolünden geçene kadar SMTP oturum açmasını engelledi.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Kimlik doğrulama bilgileri geçersiz</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>yanlış parola</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>kimlik doğrulama başarısız</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>RFC 4954&apos;ün başarısız bir oturum açma için verdiği yanıt, 535 5.7.8 olarak gönderilir: kullanıcı adı, parola ya da belirteç kabul edilmedi. İstemci aynı bilgileri tekrarlamak yerine kullanıcıdan yeni kimlik bilgileri istemelidir.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>Bir gönderim (submission) portunda AUTH alışverişinin sonunda; e-posta istemcilerinden, betiklerden, yazıcılardan ve izleme araçlarından. Postfix 535 5.7.8 Error: authentication failed (kimlik doğrulama başarısız) yanıtını verir; Gmail 535-5.7.8 Username and Password not accepted gönderir; Microsoft 365 ise hem yanlış parolalar hem de kiracı ilkesince engellenen oturum açmalar için 535 5.7.139 ve 535 5.7.3 kullanır.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>Kullanıcı parolayı yeniden girer ya da sıfırlar ve kullanıcı adı biçimini kontrol eder. Gmail&apos;de bir uygulama parolası ya da OAuth 2.0 kullanın. Microsoft 365&apos;te kiracı yöneticisi posta kutusu için kimliği doğrulanmış SMTP&apos;yi etkinleştirir ya da uygulamayı OAuth&apos;a veya başka bir gönderim yöntemine taşır. Tüm kullanıcılar aynı anda başarısız oluyorsa sunucu yöneticisi kimlik doğrulama altyapısını ve günlüklerini kontrol eder.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Yanlış ya da süresi dolmuş parola veya sunucunun tam adres beklediği yerde çıplak bir kullanıcı adı (user@example.com yerine user).</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>Sağlayıcı artık SMTP üzerinden normal parolayı kabul etmiyor: Gmail bir uygulama parolası ya da OAuth 2.0 ister, birçok Microsoft 365 kiracısında ise SMTP AUTH ya da temel (basic) kimlik doğrulama kapalıdır.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>Paroladaki özel karakterler istemci tarafından yanlış kodlanıyor ya da bir betik AUTH PLAIN dizesini hatalı oluşturuyor.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>Sunucunun kimlik doğrulama altyapısı (Dovecot, saslauthd, LDAP) bozuk ya da kullanıcıyı yanlış yerde arıyor.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>İstemciyi devre dışı bırakmak için aynı kimlik bilgilerini swaks ile test edin; parolayı kendisi sorar.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Dovecot üzerinden kimlik doğrulaması yapan bir Postfix sunucusunda altyapıyı doğrudan test edin.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Sunucunun başarısız deneme için günlüğe yazdığı nedeni bulun.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Microsoft 365 için kiracı yöneticisinden, Exchange Online PowerShell&apos;de posta kutusu için SMTP AUTH&apos;un devre dışı olup olmadığını kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Aynı kimlik bilgileriyle asla döngüye girmeyin: hiçbir şey değişmez ve tekrarlanan hatalar hesabı kilitleyebilir ya da istemci IP&apos;sinin engellenmesine yol açabilir (RFC 4954, sunuculara birkaç hatadan sonra bağlantıyı düşürme izni verir). Düzeltilmiş kimlik bilgilerini alın, sonra bir kez deneyin.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail bunu yanlış bir parola için ve çok sık olarak, Gmail&apos;in uygulama parolası ya da OAuth 2.0 istediği yerde doğru hesap parolası kullanıldığında gönderir.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online, SMTP AUTH tüm kuruluş için kapalı olduğundan oturum açmayı reddediyor; parola tamamen doğru olabilir ve ayarı yalnızca kiracı yöneticisi değiştirebilir.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>İstenen kimlik doğrulama mekanizması için şifreleme gerekli</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>RFC 4954 tarafından 538 5.7.11 olarak tanımlanır: seçilen AUTH mekanizması yalnızca şifreli bir bağlantı üzerinden kullanılabilir. RFC 4954 kodu tarihsel nedenlerle korur ve sunuculara bu tür mekanizmaları şifresiz bağlantılarda hiç duyurmamalarını söyler; yine de bazı sunucular AUTH&apos;a hâlâ bununla yanıt verir.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>AUTH aşamasında, bir istemci STARTTLS&apos;ten önce bir parola mekanizması sunduğunda. Nodemailer projesinin birçok barındırılan gönderim hizmetince kullanılan Node.js smtp-server paketi 538 Error: Must issue a STARTTLS command first yanıtını verir; diğer sunucular RFC ifadesiyle 538 5.7.11 gönderir.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>İstemciyi kimlik doğrulamadan önce şifreleyecek şekilde yapılandırın: 587 numaralı portta STARTTLS ya da 465&apos;te doğrudan TLS. Uygulama kodunda posta kütüphanesinin TLS seçeneklerini porta uygun ayarlayın. Sunucu yöneticisi, RFC 4954&apos;ün önerdiği gibi parola mekanizmalarını STARTTLS&apos;ten önce duyurmayarak yardımcı olabilir.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>İstemci, ayarlarında şifreleme kapalı olduğu için AUTH PLAIN ya da LOGIN&apos;i STARTTLS&apos;ten önce gönderiyor.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Fırsatçı bir “varsa TLS kullan” kipi STARTTLS teklifini kaçırdı ve düz metinle devam etti.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Bir posta kütüphanesinin secure ve starttls seçenekleri port için ters ayarlanmış; örneğin 587&apos;de ne doğrudan TLS ne de STARTTLS isteği var.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Sunucunun STARTTLS sunduğunu ve el sıkışmanın istemcinin ağından çalıştığını doğrulayın.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Şifreleme açıldığında hesabın sorunsuz olduğunu kanıtlamak için STARTTLS üzerinden kimliği doğrulanmış bir test çalıştırın.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>İstemci ya da kütüphane ayarlarında 587 numaralı portta STARTTLS&apos;i isteğe bağlı değil zorunlu yapın ya da 465 numaralı port için doğrudan TLS&apos;i açın.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>AUTH&apos;u şifresiz olarak yeniden denemeyin. TLS&apos;i başlatın, EHLO&apos;yu yeniden gönderin ve kimlik doğrulaması yapın; aynı kimlik bilgileri o zaman kabul edilmelidir.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>İleti, alıcının spam filtresi tarafından reddedildi</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Hiçbir RFC 541&apos;i tanımlamaz; blog listeleri onu alıcının spam filtresi tarafından yapılan bir ret olarak tanımlar. Gerçek spam retleri 5.7.x gelişmiş koduyla (genellikle 5.7.1) 550 ya da 554 olarak gelir. Gerçek bir geri dönen iletide &quot;541&quot; görüldüğünde çoğunlukla noktasız bir 5.4.1&apos;dir; Microsoft 365 bunu spam için değil, bilinmeyen alıcılar ve reddedilen aktarma (relay) için 550 5.4.1 olarak gönderir.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Gerçek trafikte değil, ESP&apos;lerin geri dönen ileti kategorilerinde ve sorun giderme makalelerinde. Microsoft durumu yaygındır: &quot;550 5.4.1 Recipient address rejected: Access denied&quot;, Exchange Online&apos;ın RCPT TO aşamasındaki dizin tabanlı uç engellemesinden (directory-based edge blocking) gelir. IANA kaydında X.4.1, 4. sınıf bir kod olan No answer from host anlamına gelir; dolayısıyla Microsoft&apos;un 5.4.1&apos;i kendine özgü bir kullanımdır.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Önce tam yanıt satırını alın. Microsoft 365&apos;ten gelen 550 5.4.1 ise bilinmeyen bir alıcı olarak ele alın: gönderen adresi kontrol eder, alıcının yöneticisi de posta kutusunun ya da posta kişisinin kiracıda var olduğunu ve alan adının kabul edilen bir alan adı olduğunu kontrol eder. Gerçekten bir içerik reddiyse (veri sonundan sonra 5.7.x), gönderenin yöneticisi kimlik doğrulamayı, gönderen IP&apos;nin itibarını ve ileti içeriğini gözden geçirir.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online, dizininde bulunmayan bir alıcıyı reddetti (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>Alan adının MX kaydı Microsoft 365&apos;i gösteriyor ama alan adı o kiracıda kabul edilen bir alan adı değil; sonuç 550 5.4.1 Relay Access Denied (aktarma erişimi reddedildi).</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Bir geri dönen ileti işleme aracı, 550 5.7.1 spam reddini kendi etiketine ve numarasına eşledi.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Kendi yazılmış bir filtre ya da cihaz, standart bir 550 veya 554 yerine uydurma bir 541 üretiyor.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Alıcı alan adının Microsoft 365&apos;te barındırılıp barındırılmadığını kontrol edin; mail.protection.outlook.com ile biten bir MX, 5.4.1&apos;in Exchange Online&apos;dan geldiği anlamına gelir.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Başarısız alıcı için uzak sunucunun tam yanıtını günlüğünüzde bulun.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Alıcı kiracının yöneticisi sizseniz, başka bir şeyi değiştirmeden önce Exchange yönetim merkezinde (Exchange admin center) alıcının var olduğunu ve alan adının kabul edildiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>İlk hanesine göre kalıcıdır: gönderen MTA kuyrukta tutmak yerine geri döndürür. Aynı iletiyi aynı adrese yeniden göndermek, adres, kiracı yapılandırması ya da içerik değişene kadar aynı yanıtı verir.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>İstenen işlem yapılmadı: posta kutusu kullanılamıyor</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>böyle bir kullanıcı yok</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>kara listede</translation>
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
        <translation>kalıcı geri dönüş (hard bounce)</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Kalıcı bir ret: sunucu komutu bu adres ya da bu ileti için yerine getirmeyecek. RFC 5321 tek bir kod altında üç neden sayar: posta kutusu bulunamadı, erişim yok ya da komut ilke nedeniyle reddedildi; bu yüzden 550 yanlış yazılmış bir adresi, kapatılmış bir hesabı, reddedilen aktarmayı (relay), kara listedeki bir IP&apos;yi ve başarısız bir DMARC kontrolünü aynı şekilde kapsar. Hangisi olduğunu ardından gelen gelişmiş kod söyler: 5.1.1 bilinmeyen kullanıcı, 5.2.1 devre dışı posta kutusu, 5.7.1 ilke, 5.7.26 kimlik doğrulama.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>En sık, alıcı taraf alıcıyı kontrol ettiğinde RCPT TO&apos;ya yanıt olarak; ayrıca MAIL FROM aşamasında (gönderen reddedildi) ve veri sonundan sonra (içerik, SPF, DKIM ya da DMARC kararları). Postfix &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot; gönderir. Gmail ve Microsoft 365 kalıcı retlerinin neredeyse tamamı için her biri kendi gelişmiş kodlarıyla 550 kullanır; Yahoo ve AOL ise kalıcı retlerinin çoğunu 553 ve 554 olarak belgeler ve bilinmeyen bir Yahoo kullanıcısı 554 ile geri döner.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Gelişmiş kodu ve metni okuyun, sonra doğru tarafta harekete geçin. 5.1.x: gönderen adresi düzeltir ya da alıcıyla doğrular; liste sahipleri adresi gönderimden çıkarır. 5.2.1: alıcının hesabı devre dışı ya da etkin değil ve onu yalnızca alıcı ya da yöneticisi yeniden etkinleştirebilir. Büyük bir sağlayıcıda 5.7.x: gönderenin yöneticisi gönderen IP&apos;yi kara listelere karşı kontrol eder, SPF, DKIM, DMARC hizalamasını ve ters DNS&apos;i düzeltir, sonra sağlayıcının listeden çıkarma ya da gönderen destek formunu kullanır. &quot;Relay access denied&quot; ya da &quot;Unable to relay&quot;: istemci, alan adıyla ilgilenmeyen bir sunucuya göndermek yerine kendi gönderim (submission) sunucusunda kimliğini doğrulamalıdır. Alıcı sunucuyu siz yönetiyorsanız ve ret yanlışsa, alıcının yöneticisi takma ad (alias) tablolarını, dizin eşitlemesini ve aktarım kurallarını (transport rules) kontrol eder.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>Alıcı adresi yok: bir yazım hatası, silinmiş bir hesap ya da ayrılmış bir çalışan (5.1.1, Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>Posta kutusu var ama devre dışı ya da etkin değil (5.2.1; Gmail hesabın etkin olmadığını söyler).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>Gönderen IP herkese açık bir DNS kara listesinde ya da bir sağlayıcının kendi kara listesinde (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>İleti SPF, DKIM ya da DMARC&apos;tan geçemedi ve gönderen alan adı p=reject yayımlıyor ya da sağlayıcı kimlik doğrulama şartı koyuyor (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Kimliği doğrulanmamış bir istemci, bir sunucudan onun ilgilenmediği bir alan adına aktarma (relay) yapmasını istedi.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Bir spam ya da itibar filtresi iletiyi veya gönderen alan adını istenmeyen olarak değerlendirdi (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Alıcı tarafta bir kural: grup yalnızca kurum içi gönderenleri kabul ediyor, bir aktarım kuralı göndereni engelliyor ya da gönderen alıcının engellenenler listesinde.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Geri dönen iletinin teslim durumu (delivery-status) bölümünü okuyun: Remote-MTA kimin reddettiğini söyler, Diagnostic-Code yanıtı içerir, &quot;in reply to RCPT TO / end of DATA&quot; metni de hangi aşamada olduğunu söyler.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Eski ya da yedek bir makineye değil, alıcı alan adının güncel MX&apos;ine ulaştığınızı doğrulayın.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Gönderen IP&apos;yi (burada 192.0.2.10, sekizlileri ters çevrilmiş) Spamhaus&apos;a karşı kontrol edin; kendi çözümleyicinizi kullanın, çünkü herkese açık çözümleyiciler yanıt yerine 127.255.255.254 alır.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Gönderen IP&apos;nin, adı yine ona çözümlenen bir PTR kaydı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Başarısız bir iletinin reddedilip reddedilmeyeceğine karar veren, gönderen alan adının DMARC ilkesini okuyun.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Alıcı kontrolünü ileti göndermeden yeniden üretin (ev bağlantısından değil, gerçek gönderen IP&apos;den).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Aynı iletiyi aynı alıcıya yeniden denemeyin: 5yz yanıtı, istemcinin isteği değiştirmeden tekrarlamaması gerektiği anlamına gelir (RFC 5321 4.2.1) ve bilinmeyen kullanıcılara tekrarlanan denemeler gönderenin itibarına zarar verir. Hemen gönderene geri döndürün ve yalnızca adres, kimlik doğrulama ya da kara listeye alınma düzeltildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>Gmail&apos;in RCPT TO aşamasındaki bilinmeyen kullanıcı yanıtı: böyle bir Google hesabı ya da Workspace kullanıcısı yok. Adresi düzeltin; yeniden denemek hiçbir zaman işe yaramaz.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Google hesabı var ama devre dışı ya da uzun süredir etkin değil; onu yalnızca hesap sahibi ya da Workspace yöneticisi geri getirebilir.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Bu ileti, gönderen IP&apos;si ya da alan adı hakkında bir spam ve itibar kararı; Gmail birkaç ilke engeli için 5.7.1 kullanır ve koddan sonraki metin hangisi olduğunu söyler.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>İleti From alan adı için DMARC&apos;tan geçemedi ve o alan adı p=reject yayımlıyor; aynı gelişmiş kod ne SPF&apos;ten ne de DKIM&apos;den geçen postayı da kapsar.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Exchange Online&apos;ın kendi alıcı bulunamadı kodu (kaydın null MX&apos;e atadığı 5.1.10): adres, alıcının kiracısında yok.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Dizin tabanlı uç engelleme (directory-based edge blocking): alıcı kiracı tarafından tanınmıyor ve RCPT TO aşamasında reddediliyor. Microsoft&apos;un 5.4.1&apos;i kayıttaki anlam (makineden yanıt yok) değildir.</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>Gönderen IP, Microsoft&apos;un kendi kara listesinde (5.7.606 ile 5.7.649 arası); IP sahibi neden düzeltildikten sonra Microsoft delist portalı üzerinden kaldırılmasını isteyebilir.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>Reject ilkesine sahip From alan adı için DMARC hatası; 5.7.5xx aralığında Microsoft&apos;a özel bir kod.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail ve Live, gönderen IP&apos;yi ya da ağını itibar gerekçesiyle reddediyor, çoğunlukla daha MAIL FROM aşamasında; gönderen sunucunun işletmecisi kaldırılması için Microsoft&apos;un gönderen desteğine (sender support) başvurur.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Mayıs 2025&apos;ten beri Outlook.com, günde 5.000&apos;den fazla ileti gönderen alan adlarından gelen postayı, SPF ve DKIM geçmedikçe ve DMARC (en az p=none) hizalanmadıkça reddeder.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com ve Hotmail, var olmayan alıcılar için bunu, genellikle ardından (S2017062302) gibi bir etiketle yanıtlar: 5.1.10&apos;un tüketici hizmetindeki karşılığı. Burada 5.5.0, kayıttaki protokol durumu değil, bilinmeyen bir posta kutusu anlamına gelir.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Kullanıcı yerel değil; lütfen &lt;forward-path&gt; adresini deneyin</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Alıcı bu sunucu tarafından işlenmiyor ve sunucu istemciye bunun yerine nereye göndereceğini söylüyor: yanıt metni yeni forward-path&apos;i taşır. Metni programlarca ayrıştırılmak üzere tasarlanmış az sayıdaki yanıttan biridir (RFC 5321 4.2). RFC 5321 3.4 sunucuların bunu taşınmış kullanıcılar için kullanmasına izin verir, ancak adresleri açığa vurduğu konusunda uyarır; bu yüzden bugün nadirdir.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>RCPT TO&apos;ya ve VRFY&apos;ye yanıt olarak, taşınmış kullanıcılar tablosuyla yapılandırılmış eski ya da küçük sunuculardan; örneğin &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Bazı sunucular 551&apos;i, hizmet vermedikleri alan adları için hiçbir adres vermeden bir aktarma (relay) reddi olarak da kötüye kullanır.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Yanıt yeni bir adres belirtiyorsa gönderen onu alıcıyla doğrular, adres defterini günceller ve yeni adrese yeniden gönderir; bir e-posta istemcisi ya da MTA bunu kendiliğinden yapmaz. Adres verilmemişse bunu bir aktarma (relay) reddi olarak ele alın: kendi kimliği doğrulanmış gönderim (submission) sunucunuz üzerinden gönderin ve alan adının MX kayıtlarının onu gerçekten barındıran sunucuyu gösterdiğini kontrol edin. Yeni adresleri açıklamak istemeyen alıcı tarafın yöneticileri sessiz yönlendirmeye (250 ile yanıtlanır; bir 251 yine yeni adresi gösterirdi) ya da düz bir 550&apos;ye geçer.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>Alıcı yeni bir adrese taşındı ve eski sunucu 551 ile yanıt veren bir taşınmış kullanıcılar tablosu tutuyor.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Bir istemci dış bir alan adı için posta aktarmaya (relay) çalıştı ve sunucu 550 5.7.1 yerine 551 ile reddetti.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>Alan adının MX kaydı hâlâ alıcının posta kutusunu artık barındırmayan bir sunucuyu gösteriyor.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Yanıt metninde verilen adresi (&lt; ve &gt; arasında) kopyalayın ve alıcıyla başka bir kanaldan doğrulayın.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Alan adının postasını şu anda hangi sunucuların aldığını kontrol edin.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Alıcıyı o sunucuya karşı yeniden deneyin ve RCPT TO yanıtını okuyun.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Aynı alıcıyı yeniden denemeyin ve sessizce yeniden yönlendirmeyin: RFC 5321, sunucuların istemcinin yeni adrese göre hareket edeceğini varsaymaması gerektiğini söyler. Bir kişinin verilen adrese yeniden gönderebilmesi için iletiyi yanıt metni olduğu gibi korunarak geri döndürün.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>İstenen posta işlemi iptal edildi: depolama kotası aşıldı</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>ileti çok büyük</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>ek çok büyük</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>posta kutusu dolu</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>kota aşıldı</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>Bir depolama sınırı aşıldığı için işlem iptal edildi. Bugün bu iki şeyden biri demektir: alıcının posta kutusu kotayı aşmıştır ya da ileti sunucunun kabul ettiğinden büyüktür (SIZE uzantısı, RFC 1870). RFC 821 çok fazla alıcı için de 552&apos;yi listelerdi; RFC 5321 4.5.3.1.10 bunu 452 olarak düzeltir ve istemcilere böyle bir 552&apos;yi geçici saymalarını söyler.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>İstemci sunucunun sınırının üzerinde bir SIZE= bildirdiğinde MAIL FROM aşamasında, gerçek ileti çok büyük olduğunda veri sonundan sonra (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;) ve dolu bir posta kutusu için RCPT TO aşamasında ya da veri sonunda, çoğunlukla teslim aracısından (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail 552&apos;yi hem dolu hem de etkin olmayan gelen kutuları için, boyut ve başlık sınırları için ve engellenen ek türleri için kullanır. Kayıt X.2.2&apos;yi (posta kutusu dolu) 4. sınıf olarak listeler, yine de çoğu sunucunun gönderdiği 552 5.2.2&apos;dir.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Boyut: gönderen iletiyi küçültür ya da dosyayı eklemek yerine bir bağlantı paylaşır; ekler base64 ile kodlandığında yaklaşık üçte bir büyür, bu yüzden 20 MB&apos;lık bir dosya 25 MB&apos;lık bir sınırı aşabilir. Geri dönen ileti kendi sunucunuzdan geldiyse gönderenin yöneticisi giden sınırını kontrol eder. Kota: alıcı postaları siler ya da arşivler veya ek depolama satın alır; gönderen bunu ona başka bir kanaldan bildirir. Ek türü: dosyayı başka bir biçimde ya da bağlantı olarak gönderin.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>base64 kodlaması eklendiğinde alıcı tarafın boyut sınırını aşan ekler.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>Alıcının posta kutusu depolama kotasını aşmış.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Depolama alanı tükenmiş ve artık kullanılmayan bir Gmail hesabı (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Alıcı tarafın reddettiği bir ek türü; örneğin yürütülebilir dosyalar ya da bunları içeren arşivler (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Çok büyük ya da çok sayıda başlık alanı; örneğin dev bir To listesi ya da uzun bir Subject (Gmail 552 5.3.4 başlık sınırları).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Çok fazla alıcıya, RFC 821&apos;in bir zamanlar öngördüğü gibi hâlâ 552 ile yanıt veren eski bir sunucu.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Ham iletiyi, kodlama dahil, gönderileceği hâliyle ölçün.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Alıcı tarafın EHLO yanıtında duyurduğu boyut sınırını okuyun (250-SIZE satırı, bayt cinsinden).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Postfix&apos;te ileti boyutu sınırını ve yerel posta kutusu sınırını gösterin (message_size_limit varsayılanı 10240000 bayttır).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Dovecot sunucusunda alıcının kota kullanımını gösterin.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>İletiyi geri döndürün: değiştirmeden tekrarlamak aynı şekilde başarısız olur. İstisna, RFC 5321&apos;in geçici sayılmasını söylediği, RCPT TO aşamasındaki RFC 821 tarzı çok fazla alıcı kullanımıdır: kalan alıcıları sonraki bir işlemde gönderin. Kota nedeniyle geri dönen bir iletiden sonra, alıcı yer açtığında bir kişi yeniden gönderebilir.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Google hesabı depolama alanını tüketmiş ve kullanılmıyor; Gmail yalnızca dolu olan bir hesap için 452 4.2.2 gönderir.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>İletinin tamamı, ek sayısı ya da başlıkları Gmail&apos;in alma sınırlarını aşıyor; metin hangi sınır olduğunu belirtir.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Gmail&apos;in reddettiği bir ek türü (örneğin yürütülebilir bir dosya, arşiv içinde olsa bile); bir depolama sorunu değil, bir içerik ilkesi.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>İstenen işlem yapılmadı: posta kutusu adına izin verilmiyor</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Bir adresin kendisinin kalıcı olarak reddi: posta kutusu adı bu sunucu için kabul edilebilir değil, klasik olarak sözdizimi yanlış olduğu için. Uygulamada 553, sunucunun kabul etmeyeceği gönderen adreslerini (çözümlenemeyen alan adı, oturum açmış kullanıcıya ait olmayan bir adres) ve sunucunun aktarma (relay) yapmayacağı alan adlarını da kapsar. RFC 5321 3.3, MAIL FROM aşamasındaki hataların normalde 550 ya da 553 ürettiğini söyler; 3.5.1 ise belirsiz bir VRFY adı için 553 kullanır.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>MAIL FROM ve RCPT TO aşamasında. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Gönderen oturum açma kontrolleri olan Postfix: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;in aktarma (relay) reddi: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: bilinmeyen bir alıcı alan adı ve geçersiz alıcı ya da gönderen sözdizimi için 553 5.1.2, 5.1.3 ve 5.1.7. SMTPUTF8 sunucuları, alamadıkları ASCII olmayan adresler için 5.6.7 ile 553 kullanabilir.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>Gönderen söz konusu adresi düzeltir: doğru sözdizimi, gerçek ve kayıtlı bir alan adı ve kimliği doğrulanmış gönderimde (submission) yalnızca hesabın adına gönderebildiği bir adres. Uygulama geliştiricileri root@localhost ya da www-data@server yerine herkese açık bir alan adıyla düzgün bir zarf göndereni ayarlar. Yanıt bir aktarma (relay) reddiyse istemci kendi gönderim sunucusunda kimliğini doğrulamalıdır. Sunucu yöneticisi adresi kullanıcının izinli gönderenlerine yalnızca kullanıcı gerçekten o adresin sahibiyse ekler.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Bozuk bir adres: eksik @, boşluklar, dengesiz açılı ayraçlar ya da zarfta bir görünen ad.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>Zarf göndereni, herkese açık olarak çözümlenmeyen dahili bir makine adı kullanıyor; cron işleri ve web uygulamalarında tipiktir.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>Kimliği doğrulanmış kullanıcı başka birine ait bir adres adına göndermeye çalıştı.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>Alıcı alan adı, bu sunucunun posta aldığı ya da aktardığı (relay) alan adlarından biri değil.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>Alıcı alan adı DNS&apos;te yok (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>ASCII olmayan bir adres, onu işleyemeyen bir sunucuya gönderildi.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Zarf göndereninin alan adının herkese açık olarak çözümlendiğini kontrol edin.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Postfix&apos;te adresi hangi kısıtlamanın reddettiğine bakın.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>Gönderen makinede Postfix&apos;in yerel olarak üretilen postaya koyduğu adları kontrol edin.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>İkisinden hangisinin reddedildiğini görmek için işlemi tam olarak aynı gönderen ve alıcıyla yeniden oynatın.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Yeniden denemeyin: aynı adres aynı 553&apos;ü verir. Adresin ya da gönderim yapılandırmasının değiştirilebilmesi için iletiyi geri döndürün, sonra yeni bir ileti olarak yeniden gönderin.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>Alıcı alan adı DNS&apos;te yok; genellikle @ işaretinden sonraki kısımda bir yazım hatası.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>RCPT TO bağımsız değişkeni sözdizimsel olarak geçersiz; Gmail kullanıcıyı hiç sorgulamadı.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>MAIL FROM bağımsız değişkeni bozuk; uygulamanızın ya da sunucunuzun ayarladığı zarf göndereni düzeltin.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>İşlem başarısız (bağlantı açılırken: burada SMTP hizmeti yok)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>kara listede</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>kalıcı geri dönüş (hard bounce)</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Daha dar hiçbir koda uymayan kalıcı bir hata. RFC 5321 ona iki görev verir: oturum sırasında &quot;transaction failed&quot; ve bir sunucu tüm bağlantıyı reddetmek için 220 karşılaması yerine 554 gönderdiğinde &quot;No SMTP service here&quot;. Uygulamada 550&apos;nin yanındaki ikinci büyük ret kodudur: Postfix kara liste eşleşmeleri, reddedilen aktarma (relay) ve erişim tablosu retleri için varsayılan olarak 554 kullanır; DATA&apos;dan sonra ise genellikle bir içerik, spam ya da virüs kararı anlamına gelir.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Bağlanan IP doğrudan reddedildiğinde 220 yerine ilk satır olarak; RFC 5321 3.1, sunucunun bu durumda QUIT&apos;i beklemesi ve diğer komutlara 503 ile yanıt vermesi gerektiğini söyler. RCPT TO aşamasında Postfix kısıtlamalarından: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; ya da &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. DATA aşamasında: tüm RCPT&apos;ler reddedildiğinde &quot;554 5.5.1 Error: no valid recipients&quot;. Veri sonundan sonra içerik filtrelerinden ve &quot;554 Command refused due to lack of security&quot; olarak (RFC 3207). Yahoo ve AOL kalıcı retlerinin çoğunu 554 olarak gönderir; Gmail ve Microsoft bunu bozuk iletiler, döngüler ve (Microsoft) dolu posta kutuları için kullanır.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Önce aşamayı belirleyin. Karşılamada ya da bir kara liste metniyle reddedildiyse: gönderenin yöneticisi listelemeyi bulur, nedeni ortadan kaldırır (ele geçirilmiş hesap, açık aktarma sunucusu (open relay), eksik PTR) ve listeden çıkarılmayı ister; engel yerelse alıcının postmaster&apos;ına başka bir yoldan başvurur. Relay access denied: istemci kimliğini doğrulamalıdır (genellikle STARTTLS ile 587 numaralı port) ya da MX gerçekten oraya işaret ediyorsa alıcı tarafın yöneticisi alan adını sunucunun relay veya virtual alan adlarına eklemelidir. Veri sonundan sonra: kimlik doğrulamayı, bağlantıları, ekleri ve içeriği gözden geçirin. Yahoo 554 5.7.9: DKIM ve DMARC hizalamasını düzeltin. Yahoo &quot;dd&quot; satırları: adres yok, listeden çıkarın. Döngü kodları (5.4.6, 5.4.14): postayı ileri geri gönderen yönlendirmeyi ya da bağlayıcıyı düzeltin.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>Bağlanan IP, alıcı tarafın kontrol ettiği bir DNS kara listesinde ya da alıcı tarafın kendi engelleme listesinde.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Kimliği doğrulanmamış bir istemci dış bir alan adına aktarma (relay) yapmaya çalıştı (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>İşlemdeki tüm alıcılar reddedildi, bu yüzden DATA geçerli alıcı olmadığı için başarısız oluyor.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Bir içerik filtresi veri sonundan sonra spam, virüs ya da yasak bir ek buldu.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>İleti, gönderen alan adının DMARC ya da DKIM ilkesinden geçemedi (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>Alıcı, bilinmeyen kullanıcı için geri dönen iletisi 554 &quot;dd&quot; satırı olan Yahoo&apos;da ya da AOL&apos;da yok.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Bir yönlendirme kuralı ya da bağlayıcı döngüsü iletinin atlama (hop) sınırını aşmasına yol açtı (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Bozuk bir ileti: kırık MIME yapısı, çıplak satır beslemeleri (bare LF) ya da geçersiz başlıklar (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Bağlanın ve karşılama metnini okuyun: orada bir 554, herhangi bir adrese bakılmadan tüm bağlantının reddedildiği anlamına gelir.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Gönderen IP&apos;yi (192.0.2.10, ters çevrilmiş) Spamhaus&apos;un yanı sıra ikinci bir kara listede de sorgulayın.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Bir aktarma (relay) reddinin istediği şey olan, kendi sunucunuz üzerinden kimliği doğrulanmış gönderimi (submission) test edin.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Alıcı taraftaki Postfix&apos;te 554&apos;ü üreten kısıtlamayı ve varsayılan kodlarını bulun.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>Döngü nedeniyle geri dönen iletilerde, iletiyi hangi makinelerin ileri geri gönderdiğini görmek için geri gelen iletideki Received: başlıklarını sayın.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>İşlemi değiştirmeden tekrarlamayın. Karşılamadaki bir 554, alıcı tarafın bu istemciyi reddettiği anlamına gelir; onu yeni bağlantılarla bombardımana tutmak yalnızca listelemeyi uzatır. QUIT gönderin ve neden ortadan kalkana kadar postayı geri döndürün ya da bekletin. Veri sonundan sonraki bir 554 o ileti için kesindir; yalnızca reddedilen şeyi değiştirdikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Yahoo&apos;nun bilinmeyen alıcı yanıtı, gelişmiş kod içermez; Yahoo yeniden denenmemesini ve adresin listelerden çıkarılmasını söyler. Aynı posta sistemi AOL adreslerine de hizmet verir.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>İleti Yahoo&apos;nun kimlik doğrulama kontrollerinden (DKIM, SPF, DMARC) geçemedi; genellikle p=reject yayımlayan bir alan adı için DMARC hatası. İtibar incelemesi istemek yerine kimlik doğrulamayı düzeltin.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>İletinin yapısı ya da başlıkları RFC 5322&apos;yi veya MIME&apos;ı Gmail&apos;in doğrudan reddedeceği kadar ağır biçimde ihlal ediyor.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Bir yönlendirme döngüsü: ileti çok fazla Received başlığı taşıyor; genellikle birbirini gösteren yönlendirme kurallarından.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>İstemci önce kimlik doğrulaması yapmadan çok fazla komut gönderdi; Gmail AUTH&apos;u beklemek yerine denemeyi sonlandırır.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online dolu bir alıcı posta kutusunu 554 5.2.2 olarak bildirir; alıcının yer açması gerekir. Microsoft 5.2.2&apos;yi gönderim sınırlarını aşan bir gönderen için de kullanır.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online&apos;ın döngü algılaması, Microsoft&apos;un kendi kodu 5.4.14 ile bildirilir (kayıttaki döngü kodu X.4.6&apos;dır); iletiyi geri gönderen yönlendirme kurallarını ya da bağlayıcıları arayın.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>MAIL FROM/RCPT TO parametreleri tanınmadı ya da uygulanmadı</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>İstemci MAIL FROM ya da RCPT TO&apos;ya bu sunucunun tanımadığı veya uygulayamadığı bir ESMTP parametresi ekledi (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS vb.). RFC 5321 4.1.1.11 bu duruma 555&apos;i, geçici bir yapamama durumuna ise 455&apos;i atar. Hata adreslerde değil, istemcinin komutundadır.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>MAIL FROM ya da RCPT TO&apos;dan hemen sonra; genellikle bir istemci sunucunun EHLO yanıtında duyurmadığı bir uzantıyı kullandığında: DSN&apos;siz bir sunucuya DSN parametreleri, HELO&apos;ya geri dönmüş ama yine de SIZE= ekleyen bir istemci ya da EHLO listesinden anahtar sözcükleri silen SMTP farkındalıklı bir güvenlik duvarı. Postfix &quot;555 5.5.4 Unsupported option: ...&quot; yanıtını verir; Gmail yanıtları arasında &quot;555 5.5.2 Syntax error&quot; yer alır.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>İstemci yazılımı yalnızca sunucunun EHLO yanıtında listelediği parametreleri göndermeli ve HELO&apos;ya geri döndükten sonra hiç göndermemelidir. Posta kütüphanesini ya da MTA&apos;yı güncelleyin veya yeniden yapılandırın (zorla açılmış DSN ya da SMTPUTF8 seçenekleri sık görülen suçlulardır). SMTP&apos;yi denetleyen bir güvenlik duvarı ya da proxy varsa yöneticisine EHLO&apos;yu yeniden yazan denetimi kapattırın. Komut sözdizimini de kontrol edin: MAIL FROM: ve RCPT TO:&apos;daki iki nokta üst üstenin iki yanında da boşluğa izin verilmez.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Sunucunun hiç duyurmadığı bir uzantıya ait parametre; örneğin DSN&apos;siz bir sunucuya NOTIFY= ya da RET=.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO başarısız oldu, istemci HELO&apos;ya geri döndü ve yine de uzantı parametreleri eklemeyi sürdürdü.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Bir ara cihaz EHLO yanıtını yeniden yazdı ya da kısalttı, bu yüzden istemci ile sunucu desteklenen uzantılar konusunda anlaşamıyor.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Bozuk bağımsız değişkenler; örneğin iki nokta üst üsteden sonra bir boşluk ya da bozuk bir parametre değeri.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Sunucunun gerçekte sunduğu uzantıları okuyun; EHLO&apos;dan sonraki her 250- satırı bir anahtar sözcüktür.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Ağın içinden ve dışından test ederek ya da denetimin değiştiremeyeceği şifreli bir oturum üzerinden, güvenlik duvarından geçenle karşılaştırın.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Postfix sunucusunda EHLO anahtar sözcüklerinin bilerek gizlenip gizlenmediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>İstemcinin gönderdiği tam MAIL FROM ya da RCPT TO satırını hata ayıklama günlüğünden ya da bir test oturumunu dinleyerek (sniff) yakalayın.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Aynı komutu tekrarlamak yine başarısız olur. Bir istemci, sunucunun desteklemediği isteğe bağlı bir parametre (SIZE, NOTIFY) olmadan yeni bir işlem başlatabilir, ancak iletiyi geçirmek için REQUIRETLS&apos;i düşürmemelidir (RFC 8689); bu durumda ileti geri döner.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail 555&apos;i sözdizimi hatası gelişmiş koduyla eşleştirir; bu yüzden parametrelerin yanı sıra MAIL FROM ve RCPT TO sözdizimini de (ayraçlar, iki nokta üst üsteden sonra boşluk olmaması) kontrol edin.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>Alan adı posta kabul etmiyor</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>RFC 7504 ile tanımlanmıştır: adresteki alan adı hiç posta kabul etmez. Olağan neden, bir alan adının posta almadığını bildirdiği null MX kaydıdır (RFC 7505, &quot;MX 0 .&quot;); karşılık gelen gelişmiş kod 5.1.10&apos;dur, Recipient address has null MX (alıcı adresinin null MX&apos;i var). 521&apos;den (bu makine posta almıyor) ve 550&apos;den (bu posta kutusu reddediliyor) farklıdır.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>Alıcı alan adını kabul etmeden önce sorgulayan bir gönderim (submission) sunucusundan ya da aktarma sunucusundan (relay) RCPT TO&apos;ya yanıt olarak; örneğin Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Ya da kendi MTA&apos;nızın kimseyle bağlantı kurmadan yazdığı bir geri dönen iletide (Postfix &quot;Domain example.com does not accept mail (nullMX)&quot; günlüğe yazar). Klasik bir tuzak: example.com&apos;un kendisi null MX yayımlar, bu yüzden ona gönderilen test postası hep bu şekilde başarısız olur.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>Gönderen adresi kontrol eder: alan adı park edilmiş, yalnızca web için ya da no-reply bir alan adıdır veya bir yazım hatası onu böyle bir alan adına dönüştürmüştür. Alıcıdan posta alan bir adres isteyin. Alan adının sahibi sizseniz ve posta almak istiyorsanız alan adının yöneticisi null MX&apos;i kaldırır ve gerçek MX kayıtları yayımlar. Test sistemleri example.com yerine bir posta yutucusu (mail sink) ya da kontrolünüzdeki bir alan adı kullanmalıdır.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Alan adı park edilmiş ya da yalnızca bir web sitesi için kullanılıyor ve null MX yayımlıyor.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Bir yazım hatası, null MX yayımlayan başka, var olan bir alan adı üretti.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>example.com ya da example.net&apos;teki test veya yer tutucu adresler gerçek bir posta sunucusuna ulaştı.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>Alan adı sahibi postayı yeni bir sağlayıcıya taşıdıktan sonra null MX&apos;i yerinde bıraktı.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Bilerek posta reddeden bir no-reply alan adına gönderilen yanıtlar.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>MX kaydını sorgulayın; tek bir &quot;0 .&quot; yanıtı null MX&apos;tir.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Kaydı öncelik değeri ve hedefiyle birlikte yazdıran başka bir araçla çapraz kontrol yapın.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Postfix kullanan gönderen tarafta null MX nedeniyle reddedilen ya da geri dönen iletileri listeleyin.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Kuyruğa almayın ya da yeniden denemeyin: null MX, alan adı sahibinin hiç posta kabul edilmediğine dair yayımladığı beyandır, bu yüzden gönderen MTA hemen geri döndürür. Teslimi yalnızca alan adı sahibinin yapacağı bir DNS değişikliği mümkün kılar.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Adres sorgusu yanıtı</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557, RFC 5321&apos;de ya da yayımlanmış başka herhangi bir RFC&apos;de tanımlı değildir. Bir adres sorgulama mekanizmasına ilişkin bir Internet-Draft&apos;ta sorgu sonucunu taşıyan yanıt olarak önerilmişti ve o taslak hiçbir zaman standart olmadı. Yaygın MTA&apos;lar ve büyük sağlayıcılar bunu göndermez; resmî olmayan kod listeleri ise sayıya ilgisiz anlamlar yükler.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Herkese açık İnternet&apos;te neredeyse hiç. Görülürse karşı taraf deneysel ya da özel bir yazılım veya kendi uydurduğu bir yanıt koduyla yapılandırılmış bir filtre çalıştırıyordur; daha sık olarak da sayı, bir günlükte ya da ekran görüntüsündeki başka bir kodun yanlış okunmasıdır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>Gönderenin yöneticisi onu gönderen yazılımı belirler (karşılama metni, Received başlıkları, uzak postmaster) ve anlamı için belgelerini okur. Kod kendi sunucunuzdan ya da filtre yapılandırmanızdan geliyorsa, diğer yazılımların buna göre davranabilmesi için onu uygun bir gelişmiş kodla birlikte 550 ya da 554 gibi standart bir yanıtla değiştirin.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Adres sorgulama taslağını uygulayan deneysel bir sunucu.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Uydurma bir yanıt koduyla kurulmuş bir filtre ya da özel kural.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Bir günlükten, destek kaydından ya da ekran görüntüsünden yanlış kopyalanmış bir kod.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Uzak yazılımı karşılama metninden belirleyin.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Yanıtladığı komutu ve koddan sonraki metni görmek için tam yanıt satırını günlüğünüzde bulun.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Bir gönderen MTA bilinmeyen bir kodu ilk hanesine göre yorumlar (RFC 5321 4.2): 557&apos;yi kalıcı bir hata sayın, kuyruğa almak yerine geri döndürün ve uzak postmaster ile bir kişinin iletişime geçmesini sağlayın.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Engellendi</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>kara listede</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571, hiçbir RFC&apos;de bir SMTP yanıt kodu değildir. “Hata 571, engellendi” diyenler neredeyse her zaman 5.7.1 gelişmiş kodunu, yani Delivery not authorized, message refused&apos;ı (teslime yetki verilmedi, ileti reddedildi; RFC 3463) kasteder; bu kod 550 5.7.1 ya da 554 5.7.1 olarak gelir. Ara sıra bir filtre ya da özel sunucu yapılandırması gerçekten 571 gönderir; istemciler bunu ilk hanesine göre kalıcı bir hata olarak ele almalıdır.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>Destek kayıtlarında, Exchange NDR&apos;lerinde (&quot;#550 5.7.1 ...&quot;), geri dönen ileti özetlerinde ve güvenlik cihazı günlüklerinde. Arkasındaki yanıt MAIL FROM, RCPT TO aşamasında ya da veri sonundan sonra verilen bir ilke reddidir: kimliği doğrulanmamış aktarma (relay), kara listedeki bir IP, alıcının kuruluşunun izin vermediği bir gönderen ya da bir spam kararı.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Tam yanıt satırını alın ve 5.7.1&apos;den sonraki metni okuyun, çünkü 5.7.1 yalnızca &quot;not authorized&quot; der. Aktarma (relay) reddi: gönderen istemci kendi sunucusunda kimliğini doğrular. Kara listedeki IP: gönderenin yöneticisi nedeni düzeltir ve listeden çıkarılmayı ister. Kısıtlı alıcı (yalnızca kurum içi ya da listelenmiş gönderenleri kabul eden bir grup): alıcının yöneticisi gönderene izin vermelidir. Spam kararı: kimlik doğrulamayı ve içeriği kontrol edin.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Bir istemci, kimliğini doğrulamadan, kendisi için aktarma yapmayan bir sunucu üzerinden gönderdi (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>Gönderen IP&apos;nin ya da alan adının itibarı zayıf veya bir kara listede.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>Alıcı, yalnızca kurum içi ya da listelenmiş gönderenlerden posta kabul eden bir dağıtım grubu ya da posta kutusu.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Alıcı taraftaki bir aktarım kuralı ya da özel bir ilke (Google Workspace gcdp kuralları) iletiyi reddetti.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Birebir 571 ile yanıt verecek şekilde yapılandırılmış bir filtre cihazı.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Başarısız adres için 5.7.1 içeren tam satırı bulun; koddan sonraki sözcükler ilkeyi adıyla belirtir.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Kendi çözümleyicinizi kullanarak gönderen IP&apos;nin Spamhaus&apos;ta listelenip listelenmediğini kontrol edin (192.0.2.10, ters çevrilmiş).</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Metin aktarmadan (relay) söz ediyorsa istemcinizin gönderim (submission) için kimlik doğrulaması yapabildiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Bir 571&apos;i ya da arkasındaki 550 5.7.1&apos;i asla değiştirmeden yeniden denemeyin: onu reddeden ilke hâlâ geçerlidir. Geri döndürün ve yalnızca aktarma (relay) izni, listeleme ya da alıcının kuralı halledildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Diğer tanımsız durum</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>belirtilmemiş hata</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>Her şeyi kapsayan gelişmiş kod: sunucu yalnızca sonucun başarı mı (2.0.0), geçici hata mı (4.0.0) yoksa kalıcı hata mı (5.0.0) olduğunu söyler; kategori ya da ayrıntı vermez. Gerçek bilginin tamamını temel kod ve yanıt metni taşır.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>Oturumun her yerinde ve çok sık olarak geri dönen iletilerde. Postfix ileti verisinden sonra 250 2.0.0 Ok: queued (kuyruğa alındı), QUIT&apos;e 221 2.0.0 Bye ve 220 2.0.0 Ready to start TLS yanıtlarını verir. Postfix ve Exim ayrıca uzak sunucunun yanıtında kendine ait bir gelişmiş kod yoksa DSN&apos;ye Status: 5.0.0 ya da 4.0.0 yazar.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Gelişmiş kodu yok sayın ve yanındaki temel kodu ve metni okuyun: gerçekte ne olduğunu onlar söyler. 2.0.0 için düzeltilecek bir şey yok. Geri dönen bir iletideki 4.0.0 ya da 5.0.0 için gönderen (ya da gönderenin yöneticisi) uzak sunucunun özgün yanıtını aktaran Diagnostic-Code satırını okur ve oradan ilerler.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>Uzak sunucunun yanıtında gelişmiş kod yoktu, bu yüzden bildirimi yapan MTA DSN&apos;yi yazarken genel X.0.0&apos;ı doldurdu.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>İleti verisinden sonraki son 250 ya da QUIT&apos;e verilen 221 gibi olağan başarı yanıtlarını 2.0.0 ile etiketleyen sunucu yazılımı.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Bir filtre, milter ya da ilke hizmeti iletiyi kendi serbest metniyle reddetti ve belirli bir gelişmiş kod seçmedi.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Geri dönen iletiyi açın ve Diagnostic-Code satırını okuyun: uzak sunucunun gerçekte ne dediğini aktarır.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Gönderen sunucunun günlüğünde iletiyi alıcıya göre bulun ve onunla birlikte kaydedilen tam yanıtı okuyun.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Yalnızca sınıf hanesine göre karar verin: 2.0.0 hiçbir şey gerektirmez, 4.0.0 olağan artan aralıklarla daha sonra yeniden denenir, 5.0.0 değiştirilmeden yeniden denenmez. Genel kod bundan sapmak için başka bir neden vermez.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Diğer adres durumu</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>geçersiz adres</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>İşlemdeki bir adresle, gönderenin ya da bir alıcının adresiyle ilgili bir şey bu sonuca yol açtı, ancak sunucu ne olduğunu söylemiyor. 5.1.0 olarak o adrese bağlı kalıcı bir rettir; 4.1.0 olarak adres sorununun kalkması beklenir, örneğin henüz tamamlanamamış bir kontrol.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>MAIL FROM ya da RCPT TO yanıtlarında ve DSN&apos;lerde. Postfix, barındırdığı bir alan adındaki gönderen adresi yoksa (reject_unlisted_sender) 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (gönderen adresi reddedildi: yerel alıcı tablosunda bilinmeyen kullanıcı) yanıtını verir; bazı Postfix sürümleri ise null MX&apos;li bir alan adının postasını geri döndürürken dsn=5.1.0 günlüğe yazar. Postfix, Gmail ve Exchange ayrıca MAIL FROM&apos;a verilen 250 yanıtına kayıtta listelenmeyen bir başarı biçimi olan 2.1.0&apos;ı koyar.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Hangi adresin reddedildiğini öğrenmek için koddan sonraki metni okuyun. Gönderen adresini belirtiyorsa gönderenin yöneticisi zarf göndereninin çözümlenen bir alan adında gerçek, var olan bir posta kutusu olduğundan emin olur; bir alıcıyı belirtiyorsa gönderen o adresi yazım hatalarına karşı kontrol eder. 4.1.0 için gönderen sunucu basitçe yeniden dener.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>Zarf göndereni alıcı sunucuya yerel görünüyor ama orada yok, bu yüzden reject_unlisted_sender ayarlı Postfix onu reddediyor.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>Alıcı alan adı null MX yayımlıyor ve gönderen MTA bunu 5.1.10 yerine genel adres koduyla bildiriyor.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Bir ilke ya da adres yeniden yazma kuralı, daha belirli bir kod seçmeden bir adresi reddetti.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Yanıt metnini okuyun: reddedilenin gönderen adresi mi yoksa alıcı adresi mi olduğunu söyler.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Gönderen adresi, reddeden Postfix sunucusunun barındırdığı bir alan adındaysa virtual alias eşlemesinde (takma ad tablosu) var olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Alıcı alan adının null MX yayımlayıp yayımlamadığını kontrol edin (tek bir &apos;0 .&apos; yanıtı).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: aynı adrese ya da aynı adresten değiştirmeden yeniden göndermeyin. 4.1.0: sunucu adres kontrolünün sonunda başarılı olmasını beklediği için normal artan aralıklarla daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Hatalı hedef posta kutusu adresi</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>böyle bir kullanıcı yok</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>geçersiz alıcı</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>alıcı bulunamadı</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>adres mevcut değil</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>var olmayan e-posta adresi</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>Posta kutusu yok: adresin @ işaretinin solundaki kısmı hedefte bilinmiyor, alan adının kendisi ise sorunsuz. Kalıcı bir hata (5.1.1) olarak tasarlanmıştır; yanlış yazılmış ya da silinmiş bir adres için klasik kalıcı geri dönüştür (hard bounce). 4.1.1 ise bir sunucu alıcıyı henüz doğrulayamadığında ve daha sonra yeniden denenmesini istediğinde görülür.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Neredeyse her zaman, herhangi bir ileti verisi gönderilmeden önce RCPT TO&apos;ya yanıt olarak ve ardından gönderen sunucunun yazdığı geri dönen iletide. Gmail, Microsoft 365, Postfix (User unknown in local recipient table ya da in virtual mailbox table; yani yerel alıcı tablosunda ya da sanal posta kutusu tablosunda bilinmeyen kullanıcı) ve Sendmail (User unknown) hepsi bunu kullanır. Postfix, alıcı adresi doğrulaması hâlâ sürerken 450 4.1.1 ... unverified address gönderir.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>Gönderen adresi, özellikle @ işaretinden önceki kısmı, yazım hatalarına karşı kontrol eder ve doğru adresi alıcıyla başka bir kanaldan doğrular. Liste işletmecileri bir 5.1.1&apos;den sonra adresi listeden çıkarır. Posta kutusunun var olması gerekiyorsa alıcının yöneticisi onun alıcı sunucunun kullandığı dizinde ya da arama tablosunda bulunduğunu ve ağ geçitleriyle yedek MX makinelerinin güncel bir alıcı listesine sahip olduğunu kontrol eder.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Yerel kısımda bir yazım hatası: eksik bir harf, yer değiştirmiş ad ve soyadı ya da yanlış ayırıcı.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>Posta kutusu silindi ya da yeniden adlandırıldı, örneğin bir çalışan ayrıldıktan sonra, ve hiçbir takma ad (alias) bırakılmadı.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Bir adres listesinde ya da e-posta istemcisinin otomatik tamamlama önbelleğinde eskimiş bir kayıt.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Bir ağ geçidi ya da yedek MX, alıcıları güncel olmayan bir listeye göre kontrol ediyor ve son sunucuda var olan bir posta kutusunu reddediyor.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>Posta kutusu oluşturuldu ama alıcı sunucunun arama tablosu (virtual eşlemesi, LDAP sorgusu) yeniden oluşturulmadı ya da onu görmüyor.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Alıcı alan adının MX makinelerini bulun.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Adresi ileti göndermeden o MX&apos;e karşı test edin: RCPT TO&apos;ya verilen yanıtı izleyin.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Yönettiğiniz bir Postfix sunucusunda alıcının virtual posta kutusu eşlemesinde olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Bir 5.1.1&apos;i yeniden denemeyin: adres kendiliğinden ortaya çıkmaz ve ölü adreslere tekrarlanan denemeler gönderenin itibarına zarar verir. Bir 4.1.1 normal artan aralıklarla yeniden denenir; 5.1.1&apos;e dönüşürse durun.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Bir gmail.com ya da Google Workspace adresinin hesabı olmadığında Gmail&apos;in RCPT TO aşamasındaki yanıtı; kayıttaki anlamla örtüşür.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange alıcıyı dizininde çözümleyemedi. Aynı kuruluşun kullanıcıları arasında bu çoğunlukla yeniden oluşturulmuş ya da taşınmış bir posta kutusu için eski bir otomatik tamamlama (X.500 / legacyExchangeDN) kaydıdır: öneriyi silin, adresi yeniden yazın ve tekrar gönderin.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Hatalı hedef sistem adresi</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>alan adı yok</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>mx kaydı yok</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>alan adı bulunamadı</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>Alıcı adresinin alan adı kısmı (@ işaretinin sağı) posta alamıyor: DNS&apos;te yok ya da kullanılabilir bir posta sunucusu yok. Kalıcı bir hata olarak tanımlanmıştır; bu yüzden alan adı düzeltilene kadar ileti teslim edilemez.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Ya alıcı alan adlarını kontrol eden bir sunucudan RCPT TO&apos;ya yanıt olarak ya da kendi DNS sorgusu başarısız olduktan sonra gönderen sunucunun yazdığı bir geri dönen iletide. reject_unknown_recipient_domain ayarlı Postfix 450 4.1.2 ... Recipient address rejected: Domain not found (alıcı adresi reddedildi: alan adı bulunamadı) yanıtını verir (DNS sorunları geçebileceği için varsayılan olarak geçici), Sendmail ise 550 5.1.2 ... Host unknown ile geri döndürür.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>Gönderen alan adının yazılışını kontrol eder (yaygın hatalar: iyi bilinen bir sağlayıcı adından eksik bir harf, sonda bir nokta, eksik bir ülke uzantısı). Alan adı doğruysa alıcının yöneticisi onun kayıtlı ve yetkilendirilmiş (delegated) olduğunu ve çalışan bir posta sunucusuna götüren MX kayıtları ya da en azından bir adres kaydı yayımladığını kontrol eder.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Yanlış yazılmış bir alan adı; örneğin büyük bir sağlayıcının adında çift yazılmış ya da eksik bir harf.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>Alan adı kaydının süresi doldu ya da ad sunucuları artık onun için yanıt vermiyor.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>Alan adı var ama ne MX kaydı ne de A veya AAAA kaydı var; bu yüzden teslim edilecek bir makine yok.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>MX kaydı, kendisi çözümlenmeyen bir makineyi gösteriyor.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Alan adının posta sunucularını sorgulayın.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>MX yoksa yedek olarak kullanılan adres kaydına bakın.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Alan adının var olup olmadığını ve ad sunucularının yanıt verip vermediğini görmek için yetkilendirmeyi kökten itibaren izleyin.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Bir 5.1.2&apos;yi değiştirmeden yeniden denemeyin; adresi düzeltin. Neden bir DNS kesintisiyse ve sunucu 4xx temel kodu kullandıysa normal artan aralıklarla yeniden deneyin.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail alıcı adresindeki alan adını bulamadı; genellikle bir yazım hatası ya da adresten sonra gelen fazladan bir noktalama işareti. Kayıttaki anlamla aynı fikir.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Hatalı hedef posta kutusu adresi sözdizimi</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>geçersiz e-posta adresi</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>bozuk adres</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>Alıcı adresi hiç geçerli bir adres değil: adres sözdizimini bozuyor; örneğin boşluklar, eksik bir @, art arda iki nokta ya da dengesiz açılı ayraçlar. Kayıt bunu kalıcı sayar, çünkü aynı dize her seferinde reddedilir.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>RCPT TO&apos;ya yanıt olarak, genellikle 501 ya da 553 ile. Postfix 501 5.1.3 Bad recipient address syntax (alıcı adresi sözdizimi hatalı), Gmail 553-5.1.3 ... is not a valid RFC 5321 address yanıtını verir, şirket içi (on-premises) Exchange ise 5.1.3 STOREDRV.Submit; invalid recipient address bildirir. Olağan kaynak, RCPT TO satırını kendisi oluşturan betikler ve web formlarıdır.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>Gönderen ya da zarfı oluşturan istemci yazılımı adresi düzeltir: boşluk ya da fazladan noktalama yok, tam olarak bir @, eksiksiz bir alan adı ve RCPT TO&apos;da açılı ayraçlar içinde çıplak adres. Uygulamalar postayı kuyruğa vermeden önce adresleri doğrulamalıdır.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Adresin içinde boşluklar, virgüller ya da noktalı virgüller; çoğunlukla tek bir alana birkaç adres yapıştırılmasından.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Art arda iki nokta ya da yerel kısmın başında veya sonunda bir nokta.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>RCPT TO&apos;ya çıplak adres yerine bir görünen ad ya da tırnaklar geçirilmiş.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>SMTPUTF8 sunmayan bir sunucuya gönderilen ASCII olmayan karakterler.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Tam adresi geri dönen iletiden kopyalayın ve gizli boşluklar, tırnaklar, çift noktalar ya da eksik bir alan adı arayın.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Zarfı düzeltilmiş adresle tekrarlayın ve RCPT TO yanıtını izleyin.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Yeniden denemeyin: bozuk bir adres her denemede aynı şekilde reddedilir. Adresi düzeltin ve yeni bir ileti gönderin.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail, RFC 5321 sözdizimine uymayan bir alıcı adresini reddeder; kayıttaki anlamla aynı.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Hedef posta kutusu adresi belirsiz</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>Adres hedef sistemde birden fazla posta kutusuyla eşleşti, bu yüzden sunucu hangisinin kastedildiğini ayırt edemiyor. Adresleri gevşek biçimde (ada göre ya da kısmi eşleşmeyle) eşleyen sistemlerden gelir; kalıcı (5.1.4) ya da süregelen geçici (4.1.4) olabilir.</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Bugünün İnternet&apos;inde nadirdir. Alıcıları ada göre çözümleyen, dizin tabanlı sistemlerden, örneğin eski Exchange sürümlerinden ve bazı grup yazılımı ağ geçitlerinden, RCPT TO&apos;ya yanıt olarak ya da bir DSN içinde gelir. RFC 5321&apos;in VRFY komutunda da aynı fikir vardır: sunucu bir adın belirsiz olduğunu söyleyip adayları listeleyebilir.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>Gönderen kısa bir biçim ya da bir ad yerine tam ve kesin adresi kullanır. Alıcının yöneticisi kopyayı kaldırır (dizinde aynı takma adı (alias), proxy adresini ya da adı taşıyan iki kullanıcı veya kişi) ve ada göre eşleştirme gibi gevşek eşleştirme kurallarını kontrol eder.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>İki dizin nesnesi aynı takma adı (alias) ya da proxy adresini taşıyor; örneğin bir geçiş bir kullanıcıyı iki kez içe aktardıktan sonra.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>Alıcı sistem alıcıları ada göre eşliyor ve birkaç kişi aynı adı taşıyor.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Sistemin tam adres beklediği yerde, ad gibi kısa bir yerel kısım kullanıldı.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Alıcının yöneticisi dizinde adresi taşıyan tüm nesneleri arar.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Adresi alıcının verdiği şekliyle tam olarak kullanarak yeniden gönderin.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: aynı adresi yeniden denemeyin; belirsiz olmayan bir adresle yeniden gönderin. 4.1.4: alıcının yöneticisi kopyayı düzeltiyor olabileceği için artan aralıklarla daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Hedef adres geçerli</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Bir başarı kodu: hedef adres geçerli ve kabul edildi. RFC 3463 bunu olumlu teslim raporları için tasarlamıştı; uygulamada neredeyse her sunucu RCPT TO&apos;ya verilen 250 yanıtına 2.1.5 koyar.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>Her RCPT TO&apos;nun yanıtında (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok; yani alıcı tamam) ve gönderen NOTIFY=SUCCESS istediğinde başarı DSN&apos;lerinde. RCPT TO aşamasında yalnızca adresin bu işlem için kabul edildiği anlamına gelir, iletinin gelen kutusuna ulaştığı anlamına gelmez.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Düzeltilecek bir şey yok. Yalnızca 2.1.5 ile kabul edilen bir ileti daha sonra geri dönüyorsa ya da hiç ulaşmıyorsa daha derine bakın: o zaman sorun kabulden sonradır (içerik filtreleme, sonraki bir teslim adımı ya da her adresi kabul eden bir yedek MX) ve alıcının yöneticisi iletiyi kendi günlüklerinde izler.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>Alıcı adresi var ve sunucu onu bu işlem için kabul etti.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>RCPT TO aşamasında alıcıları doğrulamayan bir sunucu (bazı yedek MX makineleri, catch-all alan adları) her adresi kabul eder ve daha sonra geri döndürebilir.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>NOTIFY=SUCCESS ile bir başarı DSN&apos;si istendi ve son sunucu teslimi bildirdi.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Zarfı RCPT TO&apos;ya kadar çalıştırın ve 250 2.1.5 yanıtını doğrulayın.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Kabul edilen posta hiç ulaşmadıysa alıcı sunucunun veriden sonraki 250 yanıtında verdiği kuyruk kimliğini bulun (Postfix onu queued as ... olarak günlüğe yazar) ve alıcının yöneticisine gönderin; o da kendi günlüğünde onu arar.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Yeniden denemeye gerek yok: alıcı kabul edildi. İstemci konuşmaya başka RCPT TO komutlarıyla ya da DATA ile devam eder.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>Hedef posta kutusu taşındı, yönlendirme adresi yok</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>hesap kapatıldı</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>çalışan şirketten ayrıldı</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>Adres eskiden geçerliydi, ancak posta kutusu artık yok ve sunucu bir yönlendirme adresi sunmuyor. Kalıcı bir hatadır; 5.1.1&apos;den farklı olarak gönderene adresin bir zamanlar gerçekten var olduğunu söyler.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>Ayrılan kullanıcıların listesini tutan sunuculardan RCPT TO&apos;ya yanıt olarak ya da bir geri dönen iletide. Postfix&apos;in relocated tablosu 5.1.6 ve ardından yeni adresin geldiği User has moved to gibi bir metinle reddeder; yani uygulamada çoğu zaman bir yönlendirme adresi verir. Şirket içi Exchange 5.1.6&apos;yı başka bir şey için kullanır: tek etiketli alıcı alan adlarını (user@example gibi uzantısı olmayan bir adres) reddeden bir Receive bağlayıcısı.</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>Gönderen adresi kullanmayı bırakır ve kişiden ya da kuruluşundan yenisini ister; yanıt metni yeni bir adres belirtiyorsa onu kullanın. Liste sahipleri adresi listeden çıkarır. Kuruluş insanların kişiye ulaşmasını istiyorsa alıcının eski yöneticisi bir yönlendirme takma adı (alias) ya da otomatik yanıt ekleyebilir.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>Kişi kuruluştan ayrıldı ve yönetici adresi bir relocated (taşınanlar) ya da ayrılan kullanıcılar tablosuna ekledi.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Bir şirket alan adını ya da adlandırma düzenini değiştirdi ve eski adresleri bilerek emekliye ayırdı.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Exchange&apos;de alıcı alan adı tek etiketli ve Receive bağlayıcısı bu tür alan adlarını reddedecek şekilde ayarlı.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Yanıt metninin tamamını okuyun: bazı sunucular yeni adresi &apos;moved to&apos; ifadesinden sonra verir.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Postfix sunucusunda adresin relocated tablosunda olup olmadığına bakın.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Yeniden denemeyin: posta kutusu geri gelmeyecek. Adresi kaldırın ya da yanıt yeni bir adres verdiyse ona yeniden gönderin.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Hatalı gönderen posta kutusu adresi sözdizimi</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>geçersiz gönderen adresi</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>bozuk MAIL FROM</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>Gönderenin adresi, normalde zarftaki MAIL FROM, sözdizimsel olarak geçersiz. 5.1.7 olarak kalıcı bir rettir; sunucular bir göndereni yalnızca şimdilik reddettiklerinde, örneğin hâlâ doğrularken, 4.1.7 de gönderir.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>MAIL FROM&apos;a ya da gönderen kısıtlamalarını orada uygulayan sunucularda RCPT TO&apos;ya yanıt olarak. Postfix 501 5.1.7 Bad sender address syntax, Gmail ise 553-5.1.7 The sender address ... is not a valid RFC 5321 address der. reject_unverified_sender ayarlı Postfix kodu 450 4.1.7 ... Sender address rejected: unverified address olarak yeniden kullanır; bu, sözdizimiyle değil, gönderen doğrulamasıyla ilgilidir. Betikler, yazıcılar ve tarayıcılar sık görülen kaynaklardır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>Gönderenin yöneticisi ya da gönderen uygulama zarf göndereni düzeltir: tek bir @ ve tam nitelikli bir alan adı içeren, açılı ayraçlar içinde, görünen adı olmayan eksiksiz bir adres. Cihazlar ve betikler çoğunlukla çıplak bir kullanıcı adı ya da yalnızca makine adından oluşan bir alan adı gönderir; gerçek bir adres yapılandırın. Postfix 4.1.7 durumunda gönderen adresinin posta alabildiğinden emin olun, çünkü alıcı taraf onu yoklar.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Bir uygulama ya da cihaz zarf göndereni olarak çıplak bir kullanıcı adı ya da alan adı olmayan bir makine adı gönderiyor.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>MAIL FROM&apos;un içine bir görünen ad, tırnaklar ya da boşluklar karışmış.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>Gönderenin alan adında uzantı yok; örneğin user@localhost ya da dahili kısa bir makine adı.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>Alıcı sunucu gönderen adresini yokluyor ve henüz yanıt almadı (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Sunucunun gördüğü zarf göndereni bulun; Postfix onu from=&lt;...&gt; olarak günlüğe yazar.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>İşlemi temiz bir gönderen adresiyle tekrarlayın ve MAIL FROM&apos;a verilen yanıtı karşılaştırın.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: aynı gönderen adresiyle yeniden denemeyin; önce düzeltin. 4.1.7: normal artan aralıklarla daha sonra yeniden deneyin; alıcı taraf göndereni doğrulamayı bitirdiğinde genellikle geçer.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail, RFC 5321 adres sözdizimine uymayan bir zarf göndereni reddeder; kayıttaki anlamla aynı.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Hatalı gönderen sistem adresi</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>gönderen alan adı yok</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>Gönderen adresinin alan adı yok ya da posta alamıyor, bu yüzden geri dönen iletiler ona iade edilemez. Sunucular alan adı açıkça ortadan kalkmışsa bu tür gönderenleri kalıcı olarak (5.1.8), DNS sorgusu yalnızca başarısız olmuşsa geçici olarak (4.1.8) reddeder.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>MAIL FROM&apos;a yanıt olarak ya da gönderen kısıtlamalarını geç değerlendiren sunucularda (Postfix varsayılan olarak böyle yapar) RCPT TO aşamasında. reject_unknown_sender_domain ayarlı Postfix 450 4.1.8 ... Sender address rejected: Domain not found (gönderen adresi reddedildi: alan adı bulunamadı) yanıtını verir; Sendmail 553 5.1.8 ... Domain of sender address ... does not exist ya da çözümlenemediğinde 451 4.1.8 yanıtını verir. Microsoft 365 5.1.8&apos;i ilgisiz bir anlamda kullanır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>Gönderenin yöneticisi zarf göndereninin MX ya da adres kayıtları olan gerçek, herkese açık bir alan adı kullandığından emin olur: yalnızca dahili bir ad (.local alan adı gibi) değil, bir yazım hatası değil ve kaydı sona ermiş bir alan adı değil. DNS doğru görünüyorsa alan adının ad sunucularının şirket ağının dışından yanıt verdiğini kontrol edin. 5.1.8 alan bir Microsoft 365 göndereninin, yöneticisinin hesabı güvenceye alıp serbest bırakmasına ihtiyacı vardır.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>Gönderen uygulama yalnızca şirketin özel DNS&apos;inde var olan dahili bir alan adı kullanıyor.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>Gönderen alan adının kaydının süresi doldu ya da yetkilendirmesi (delegasyonu) bozuk.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>Gönderen alan adının MX kaydı yok, A ya da AAAA kaydı da yok.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Alıcı tarafta geçici bir DNS hatası; bu durumda 5.1.8 yerine 4.1.8 verilir.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Gönderen alan adının MX kayıtlarını ağınızın dışındaki bir makineden sorgulayın.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>MX yoksa yedek olarak kullanılan IPv4 ve IPv6 adres kayıtlarını kontrol edin.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda yürürlükteki gönderen kısıtlamalarını listeleyin.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: normal artan aralıklarla yeniden deneyin; DNS sorunları çoğunlukla dakikalar içinde geçer. 5.1.8: gönderen alan adı ya da zarf göndereni düzeltilene kadar yeniden denemeyin.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online gönderen hesabın kendisini kısıtlamıştır; genellikle hesap ele geçirildikten sonra spam gönderdiği için. Gönderenin alan adı hakkında hiçbir şey söylemez: bir yönetici hesabı güvenceye alır ve Microsoft 365 Defender portalında Restricted entities listesinden çıkarır.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>İleti uyumsuz bir posta sunucusuna aktarıldı</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>Adres geçerliydi, ancak ileti kullanılan durum ya da izleme protokolünü konuşmayan bir sisteme teslim edildi; bu yüzden daha fazla bilgi verilemiyor. RFC 3886&apos;dan (ileti izleme) gelir ve çoğu kullanımda bir hatadan çok bilgilendirmedir.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Nadiren görülür. İleti izleme yanıtlarına (RFC 3885&apos;in MTRK uzantısı ve RFC 3886&apos;nın durum biçimi) ve izin, daha ileriyi bildiremeyen bir ağ geçidinde ya da sunucuda bittiği durum raporlarına aittir. Sıradan bir DSN&apos;de aynı durum genellikle Action: relayed olarak gösterilir.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Genellikle düzeltilecek bir şey yok: ileti, yolun durum bildiren kısmından çıkmıştır. Teslimin kanıtı önemliyse doğrudan alıcıya sorun ya da alıcının yöneticisinden günlüklerini aramasını isteyin, çünkü durum bildiren son atlama (hop) daha ötesini göremez.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>Sonraki sunucu, izleme desteği olmayan başka türde bir mesajlaşma sistemine (eski grup yazılımı, faks ya da SMS ağ geçidi) açılan bir ağ geçidi.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Aşağı akıştaki bir sunucu DSN ya da izlemeyi desteklemiyor, bu yüzden bildirimi yapan sunucu iletiyi bunlar olmadan aktardı.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>İleti, dahili teslimi bildirimi yapan sunucu tarafından görülemeyen harici bir hizmete gitti.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>İzin nerede bittiğini görmek için durum raporunda Action, Status ve Remote-MTA alanlarını okuyun.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Sonraki sunucunun EHLO yanıtında DSN duyurup duyurmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Yeniden denemeye gerek yok: ileti kabul edildi ve yoluna devam etti. 4 ya da 5 sınıfı bir biçimi bilinmeyen bir son durum olarak ele alın ve önemliyse teslimi posta sisteminin dışından doğrulayın.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>Alıcı adresinin null MX&apos;i var</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>Alıcının alan adı bir null MX yayımlıyor (önceliği 0 ve makinesi &apos;.&apos; olan tek bir MX kaydı); bu, sahibinin alan adının hiç posta kabul etmediğine dair açık beyanıdır. Hata kalıcıdır: alan adının bir MX kaydı olduğu için A/AAAA yedeği uygulanmaz ve teslim hemen başarısız olur.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>İki yerde. Alıcı alan adını sorgulayıp null MX bulan bir gönderen sunucu iletiyi hemen başarısız sayar ve bunu geri dönen iletide temel kod olarak 556 ile bildirir (RFC 7504); bazı Postfix sürümleri bu durumda Domain ... does not accept mail (nullMX) ile dsn=5.1.0 günlüğe yazar. Alıcı alan adlarını kontrol eden bir alıcı taraf ya da gönderim (submission) sunucusu da, Postfix&apos;in reject_unknown_recipient_domain ile yaptığı gibi, RCPT TO&apos;yu 556 5.1.10 ile reddedebilir.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>Gönderen adresi kontrol eder: null MX genellikle alan adının hiçbir zaman posta için tasarlanmadığı (park edilmiş, yalnızca web ya da yer tutucu alan adları) ya da adreste bir yazım hatası olduğu anlamına gelir. Alıcının orada gerçekten posta alması gerekiyorsa alıcının yöneticisi null MX&apos;i gerçek MX kayıtlarıyla değiştirir; null MX, alan adının tek MX kaydı olmak zorundadır.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>Adres, park edilmiş, yalnızca web ya da yer tutucu bir alan adı gibi bilerek posta almayan bir alan adı kullanıyor.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Tesadüfen null MX yayımlayan gerçek bir alan adına denk gelen bir yazım hatası.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>Alan adı sahibi postayı başka yere taşıdı ve null MX&apos;i yanlışlıkla yerinde bıraktı.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Gerçek verilerde kullanılan test ya da örnek adresler: örneğin example.com bir null MX yayımlar.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Alıcı alan adının MX kayıtlarını sorgulayın; null MX tek bir &apos;0 .&apos; yanıtı olarak görünür.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Kaydettiği kodu ve metni görmek için gönderen sunucunun günlüğünde geri dönen iletiyi bulun.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Asla yeniden denemeyin: alan adı hiç posta kabul etmediğini bildirmiştir. İletiyi kuyrukta tutmak yerine hemen geri döndürün.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Exchange Online&apos;ın null MX ile ilgisi olmayan kendi kullanımı: alıcı, alan adını barındıran Microsoft 365 kuruluşunda yok; fiilen 5.1.1&apos;deki gibi bilinmeyen bir kullanıcı. Gönderen adresi kontrol eder ve eskimiş Outlook otomatik tamamlama kayıtlarını temizler; alıcının yöneticisi alıcı nesnesini ve proxy adreslerini kontrol eder.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Diğer veya tanımsız posta kutusu durumu</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>posta kutusu hatası</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>Posta kutusu var, ancak onunla ilgili bir şey teslimi engelledi ve sunucu ne olduğunu söylemiyor. 4.2.0 olarak sorunun geçmesi beklenir; 5.2.0 olarak bu ileti için kalıcı bir hatadır.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Genellikle RCPT TO aşamasında değil, alıcının posta deposunun yazdığı bir geri dönen iletide, çünkü sorun ancak ileti posta kutusuna yazılırken ortaya çıkar. Exchange ve Microsoft 365 çoğunlukla 5.2.0&apos;ı ve ardından asıl nedeni belirten bir STOREDRV.Deliver istisna adını kullanır; LMTP ve yerel teslim yazılımları, depo sınıflandıramadıkları bir hata döndürdüğünde bunu kullanabilir.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Koddan sonraki metni okuyun: neredeyse her zaman asıl durumu adıyla belirtir. Ardından alıcının yöneticisi posta kutusunun kendisini kontrol eder (gizli klasörler dahil kota, bozuk klasörler, izinler, taşınmakta olan bir posta kutusu). Gönderen yalnızca geri dönen iletiyi başka bir kanaldan alıcıya iletebilir.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>Posta kutusu ya da gizli klasörlerinden biri, düz bir “posta kutusu dolu” olarak bildirilmeyen bir depolama sınırını aşmış.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>Posta kutusu taşınıyor, geçiriliyor ya da onarılıyor ve depo yazmaları reddediyor.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Teslim sırasında posta kutusu deposunda bir izin ya da dosya sistemi hatası.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Posta kutusuna bağlı bir teslim kuralı ya da Sieve betiği iletiyi işlerken başarısız oldu.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Geri dönen iletiden 5.2.0&apos;dan sonraki metni kopyalayın; Microsoft 365&apos;te istisna adı (örneğin QuotaExceededException) yöneticiye nereye bakacağını söyler.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Microsoft 365&apos;te alıcının yöneticisi Recoverable Items klasörlerinin boyutunu kontrol eder.</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Dovecot sunucusunda yönetici alıcının kota kullanımını kontrol eder.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: artan aralıklarla yeniden deneyin. 5.2.0: aynı iletiyi otomatik olarak yeniden göndermeyin; yalnızca alıcı taraf posta kutusunun onarıldığını bildirdikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Exchange Online&apos;ın depo sürücüsü iletiyi posta kutusuna yerleştiremedi ve istisnayı adıyla belirtiyor. QuotaExceededException, görünen posta kutusu sınırının çok altında olsa bile, örneğin bir saklama tutması (retention hold) altında dolan Recoverable Items alanından kaynaklanabilir.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Posta kutusu devre dışı, ileti kabul etmiyor</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>hesap devre dışı</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>posta kutusu devre dışı</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>Posta kutusu var ama kapatılmış ve ileti kabul etmiyor. Kayıt iki sınıfa da izin verir: posta kutusu bir daha hiç etkinleştirilmeyecekse 5.2.1, yalnızca şimdilik devre dışıysa 4.2.1.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>Askıya alınmış, kilitlenmiş ya da etkin olmayan hesaplar için RCPT TO&apos;ya yanıt olarak. Gmail devre dışı ya da etkin olmayan hesaplar için 550 5.2.1 gönderir ve 450 4.2.1&apos;i farklı bir durum için kullanır: bir alıcıya Gmail&apos;in izin verdiğinden daha hızlı posta gelmesi. Exchange 5.2.1&apos;i içerik filtresinin karantinaya aldığı iletiler ve erişilemeyen posta kutuları için kullanmıştır.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>Gönderen adresin hâlâ kullanılıp kullanılmadığını başka bir kanaldan doğrular ve hesap kapatılmışsa listelerden çıkarır. Alıcı ya da yöneticisi hesabı yeniden etkinleştirir, askıya alma durumunu çözer ya da yeniden etkinleştirmek için oturum açar. Gmail&apos;in 4.2.1 hız sınırı için gönderen yavaşlar ve kuyruğun yeniden denemesine izin verir.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>Sağlayıcı ya da kuruluş hesabı askıya aldı; örneğin ödeme yapılmaması ya da kötüye kullanım nedeniyle.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Hesap o kadar uzun süre kullanılmadı ki sağlayıcı onu devre dışı bıraktı.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Çalışan ayrıldı ve yönetici posta kutusunu silmek yerine engelledi.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmail&apos;in 4.2.1&apos;i: alıcıya kısa sürede çok fazla posta geliyor.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Metni okuyun: disabled, inactive, suspended ya da receiving mail too quickly ifadelerinin her biri farklı bir düzeltmeye işaret eder.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Bir hız sınırı söz konusu olabileceğinden, sunucunuzun son zamanlarda o alıcıya kaç ileti gönderdiğini sayın.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: yeniden denemeyin; hesap postaya kapalı. 4.2.1: artan aralıklarla yeniden deneyin ve iletileri zamana yayın; alıcıya gelen posta hızı düştüğünde Gmail onları yeniden kabul eder.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Google hesabı var ama devre dışı ya da etkin değil (eski yanıtlar &apos;is disabled&apos; derdi); bu, kayıttaki anlamla örtüşür.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmail&apos;in kendi kullanımı: posta kutusu sağlam ama Gmail&apos;in izin verdiğinden daha hızlı posta alıyor; bu yüzden gönderen yavaşlamalı ve yeniden denemelidir. Gmail&apos;in ayrıca kullanıcının ek iletilerin teslim edilmesini engelleyecek hızda posta aldığını söyleyen kalıcı bir 550 5.2.1 biçimi de vardır.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Posta kutusu dolu</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>kota aşıldı</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>gelen kutusu dolu</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>depolama alanı kalmadı</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>Alıcının posta kutusu depolama kotasını aşmış. RFC 3463 bunu süregelen geçici bir hata (4.2.2) olarak tasarlar, çünkü alıcı yer açmak için posta silebilir; birçok sunucu bunun yerine 5.2.2 gönderir ve bu kalıcı biçim geri dönen iletilerde çok yaygındır.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>Kotayı önceden bilen sunucularda (Gmail, kota kontrollü Dovecot) RCPT TO aşamasında ya da depo teslim sırasında posta kutusunu dolu bulduğunda veri sonunda ve geri dönen iletilerde. Dovecot 552 5.2.2 ... Quota exceeded (mailbox for user is full; yani kullanıcının posta kutusu dolu) yanıtını ya da quota_full_tempfail ayarlıysa 452 4.2.2 verir. Exchange 554 5.2.2 mailbox full döndürür.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>Alıcı postaları siler ya da arşivler ve çöp kutusunu boşaltır veya alıcının yöneticisi kotayı yükseltir. Gönderen teknik olarak hiçbir şeyi düzeltemez: alıcıya başka bir yoldan haber verin ve daha sonra yeniden gönderin. Liste işletmecileri haftalarca süren kota kaynaklı geri dönen iletileri terk edilmiş bir posta kutusunun işareti saymalıdır.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>Alıcı posta kutusunu hiç temizlemiyor ve kutu kotasına ulaştı.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>info@ gibi paylaşılan ya da rol tabanlı bir posta kutusu çok posta alıyor ve kimse onunla ilgilenmiyor.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Büyük ekler küçük bir posta kutusunu hızla doldurdu.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>Diğer hizmetlerle paylaşılan depolama dolu; kotası Google Drive ve Fotoğraflar&apos;ı da kapsayan Gmail&apos;de olduğu gibi.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Dovecot sunucusunda alıcının kullanımını sınırla karşılaştırarak gösterin.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Yerel mbox teslimi yapan Postfix&apos;te posta kutusu dosyasının boyutunu mailbox_size_limit ile karşılaştırın.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Gönderen olarak geri dönen iletinin 4.2.2 mi (sunucunuz hâlâ yeniden deniyor) yoksa 5.2.2 mi (vazgeçti) dediğine dikkat edin.</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: alıcı yer açabileceği için normal kuyruk ömrü boyunca artan aralıklarla yeniden denemeyi sürdürün. 5.2.2: ileti geri döner, ancak durum geçebilir; hemen değil, daha sonra elle yeniden gönderin.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Google hesabı depolama kotasını aşmış ve Gmail iletiyi erteliyor (eski yanıtlar &apos;The email account that you tried to reach is over quota&apos; derdi); amaçlanan geçici kullanım budur.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail, dolu hesap aynı zamanda terk edilmiş görünüyorsa kota sorununu kalıcı bir redde dönüştürür; böylece gönderenin sunucusu yeniden denemeyi bırakır.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Alıcının posta kutusu alma yasağı (prohibit-receive) kotasına ulaştı. Exchange Online 5.2.2&apos;yi gönderim hızı sınırlarını aşan bir gönderen için &apos;Submission quota exceeded&apos; ile de kullanır; bu gönderen tarafında bir sorundur.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>İleti uzunluğu yönetimsel sınırı aşıyor</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>ileti çok büyük</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>ek çok büyük</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>İleti bu belirli posta kutusunun kabul ettiğinden büyük. Kayıt bunu sistem genelindekinden daha düşük, posta kutusu başına bir sınır için tasarlamıştır (o durum X.3.4&apos;tür); bu ileti için kalıcı bir hatadır.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>Veri sonunda ya da istemci boyutu SIZE= ile bildirdiyse MAIL FROM aşamasında. Exchange, alıcının azami alma boyutu iletiden küçükse RESOLVER.RST.RecipSizeLimit ile 5.2.3 kullanır. Gmail kendi ileti boyutu sınırı için 552 5.2.3 kullanır; bu aslında bir sistem sınırıdır.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>Gönderen iletiyi küçültür: ekleri kaldırın ya da sıkıştırın veya büyük dosyaları bağlantıyla paylaşın. base64 kodlamasının ekleri diskteki dosyalardan yaklaşık üçte bir daha büyük yaptığını unutmayın. Posta kutusu sınırı makul olmayacak kadar düşükse alıcının yöneticisi alma boyutunu yükseltir.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Dosya olarak sınırın hemen altında olan ama base64 kodlamasından sonra sınırı aşan bir ek.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Alıcı başına azami alma boyutu, kuruluşun aktarım (transport) sınırından daha düşük ayarlanmış.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Çok sayıda satır içi görsel ya da önceki ekleri de taşıyan yönlendirilmiş bir yazışma dizisi.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Geri dönen iletideki boyutu belirtilen sınırla karşılaştırın; dosyaların boyutu değil, kodlanmış iletinin boyutu önemlidir.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Exchange Online&apos;da alıcının yöneticisi posta kutusunun alma sınırını okur.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Aynı iletiyi yeniden denemeyin: bir dahaki sefere de tam olarak aynı büyüklükte olacak. Bunun yerine daha küçük bir sürüm gönderin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Gmail&apos;in genel ileti boyutu sınırı; kaydın X.3.4 altında sınıflayacağı sistem genelinde bir sınır. Gmail aynı metni 5.3.4 ile de gönderir.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>İleti, alıcının kendi azami alma boyutunu aşıyor; tam olarak kaydın tanımladığı posta kutusu başına durum.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Posta listesi genişletme sorunu</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>dağıtım listesi</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>Adres bir posta listesi ya da dağıtım grubu ve liste üyelerine genişletilemedi. Liste tanımının bozuk mu yoksa yalnızca şimdilik erişilemez mi olduğuna bağlı olarak kalıcı (5.2.4) ya da süregelen geçici (4.2.4) olabilir.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Posta bir listeye, takma ada (alias) ya da dağıtım grubuna gittiğinde: sunucu onu hemen genişletiyorsa RCPT TO aşamasında ya da liste sunucusundan gelen bir geri dönen iletide. Kayıt onu 450 ve 452 ile eşleştirir. Eski Exchange sürümleri 5.2.4 mailing list expansion problem bildirirdi; liste yöneticileri ya da dizin tabanlı gruplar üyelik okunamadığında bunu üretebilir.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>Gönderen bunu yalnızca liste sahibine ya da alıcının yöneticisine bildirebilir. Liste sahibi ya da yönetici liste tanımını kontrol eder: üyeleri sağlayan include dosyası ya da dizin sorgusu, döngüye giren ya da silinmiş grupları gösteren iç içe gruplar ve genişletmenin bağlı olduğu dizin sunucusu.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>Takma ad (alias), eksik olan ya da posta sistemince okunamayan bir include dosyasını gösteriyor.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>Grup üyeliğini tutan dizine (LDAP, Active Directory) ulaşılamıyor; sonuç geçici bir 4.2.4.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>İç içe gruplar birbirine döngü hâlinde ya da silinmiş bir gruba başvuruyor.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>Genişletme, sunucunun tek bir ileti için izin verdiği alıcı sayısını aşacak.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Posta sisteminden hiçbir şey teslim etmeden adresi genişletmesini isteyin: Sendmail üyeleri ya da hatayı terminale yazdırır, Postfix&apos;in sendmail -bv komutu ise raporu size e-postayla gönderir.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Postfix&apos;te listeyi aliases veritabanında sorgulayın.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: artan aralıklarla yeniden deneyin; dizin geri geldiğinde genişletme çoğunlukla yeniden çalışır. 5.2.4: liste sahibi listeyi onarana kadar yeniden denemeyin.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Diğer veya tanımsız posta sistemi durumu</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>sunucu iç hatası</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Adres ya da posta kutusu değil, hedef posta sistemiyle ilgili bir şey bu sonuca yol açtı ve sunucu ayrıntı vermiyor. Geçici biçim 4.3.0 (sunucu tarafında bir arıza) açık ara en yaygın olanıdır; 5.3.0 kalıcı, sistem düzeyinde bir ret, 2.3.0 ise nadir bir başarı türevidir.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>Herhangi bir aşamada, en sık veri sonunda ya da RCPT TO aşamasında. Postfix iletiyi saklayamadığında 451 4.3.0 Error: queue file write error (kuyruk dosyası yazma hatası), bir tablo ya da veritabanı sorgusu başarısız olduğunda 451 4.3.0 ... Temporary lookup failure gönderir. Gmail kendi tarafındaki geçici sorunlar için 451 4.3.0 ve 421 4.3.0 kullanır. Exchange bir iletiyi zehirli ileti kuyruğuna (poison message queue) taşırken 5.3.0 Too many related errors kullanır.</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>4.3.0 için gönderen taraf genellikle yalnızca bekler; alıcı tarafın yöneticisi ise retle aynı andaki sunucu günlüğünde asıl hatayı (dolu disk, başarısız sorgu, çökmüş içerik filtresi) arar. 5.3.0 için yanıt metni sistemin neyi reddettiğini söyler; sunucuyu alıcının yöneticisi düzeltmek zorundadır, gönderen yalnızca onunla iletişime geçebilir.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>Alıcı sunucu iletiyi kuyruğuna yazamadı: dolu disk, dosya sistemi hatası ya da yanlış izinler.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Posta sunucusunun bağlı olduğu bir arama tablosu, veritabanı ya da LDAP sunucusu işlem sırasında başarısız oldu.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Bir içerik filtresi, milter ya da virüs tarayıcısı çöktü veya zaman aşımına uğradı.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>Sağlayıcı iletiyi belirli bir neden vermeden şimdilik geri çevirdi.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda retten hemen önce günlüğe yazılan warning ya da fatal iletisini bulun.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Kuyruğun bulunduğu yerde boş alanı ve inode&apos;ları kontrol edin.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Postfix&apos;in kendi yapılandırmasını, sahipliklerini ve izinlerini kontrol etmesini sağlayın.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: artan aralıklarla daha sonra yeniden deneyin; nedenlerin çoğu gönderenin yardımı olmadan giderilir. 5.3.0: değiştirmeden yeniden denemeyin; sistemin neyi reddettiğini metinden ya da alıcının yöneticisinden öğrenin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Gmail&apos;in genel geçici reddi: gönderenin değiştireceği bir şey yok, yalnızca daha sonra yeniden deneyin. Gmail ayrıca istemciden farklı alan adlarındaki alıcıları ayrı işlemlere koymasını isteyen 451 4.3.0 Multiple destination domains per transaction is unsupported (işlem başına birden fazla hedef alan adı desteklenmiyor) yanıtını da gönderir.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Posta sistemi dolu</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>disk alanı yetersiz</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>Posta sisteminin bütününde depolama alanı, genellikle disk ya da kuyruk alanı tükendi, bu yüzden iletiyi şimdi alamıyor. Dolu bir posta kutusundan farklı olarak alıcı posta silerek bunu düzeltemez; yalnızca geçici bir hata olarak tanımlanmıştır.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>MAIL FROM, RCPT TO aşamasında ya da veri sonunda, 452 ile. Postfix, kuyruk dosya sistemindeki boş alan ihtiyaç duyduğunun (queue_minfree ve message_size_limit değerinin 1,5 katı) altında olduğunda 452 4.3.1 Insufficient system storage yanıtını verir. Exchange, back pressure düşük disk alanı ya da bellekle tetiklendiğinde 452 4.3.1 Insufficient system resources yanıtını verir.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>Alıcı sunucunun yöneticisi kuyruk ya da depo biriminde yer açar (eski günlükler, karantina, şişmiş ertelenmiş kuyruk) ya da kapasite ekler; Exchange&apos;de ayrıca back pressure eşiklerini ve kuyruk veritabanını tutan diski kontrol edin. Gönderen bir şey yapmaz: sunucusu yeniden dener.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>Posta kuyruğunu tutan bölüm dolu; çoğunlukla günlükler ya da ertelenmiş kuyruk büyümeyi sürdürdüğü için.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>Dosya sisteminde boş alan olduğu hâlde inode&apos;lar tükenmiş.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Bir posta döngüsü ya da bir spam dalgası kuyruğu doldurdu.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>Düşük disk alanına ya da yüksek bellek kullanımına tepki veren Exchange back pressure.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Kuyruk dosya sistemindeki alanı ve inode&apos;ları kontrol edin.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Bir döngüyü ya da spam dalgasını fark etmek için kuyrukta kaç ileti olduğuna bakın.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Postfix&apos;in boş alan eşiğini ileti boyutu sınırıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Normal artan aralıklarla daha sonra yeniden deneyin; kod yalnızca geçici olarak tanımlanmıştır. Kuyruk ömründen uzun sürerse ileti geri döner; bu yüzden ulaşabiliyorsanız alıcı tarafın yöneticisini uyarın.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>Sistem ağdan ileti kabul etmiyor</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>posta sunucusu çalışmıyor</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>Posta kutusunu barındıran makine ağdan ileti kabul etmiyor. 4.3.2 olarak bu geçicidir (kapanma sürüyor, aşırı yük, bakım); RFC 7504&apos;ün 521 yanıtıyla birlikte kullanılan 5.3.2 olarak ise makine hiçbir zaman posta kabul etmez.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Kapanmakta olan, aşırı yüklü ya da bakımdaki bir sunucu geçici yanıtlarına 4.3.2 koyabilir; şirket içi Exchange, aktarım bileşenleri etkin değilken, örneğin bir güncelleme onu bakım kipinde bıraktıktan sonra, 4.3.2 (Service not available, Service not active) ile yanıt verir. Hiç posta almayan bir makine, karşılamadan sonraki komutlara 5.3.2 ile 521 yanıtı verebilir. Microsoft 365 de 4.3.2&apos;yi posta kutusu düzeyindeki sınırlar için kullanır.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>4.3.2 için gönderen taraf, alıcı tarafın yöneticisi hizmeti geri getirirken bekler: bakımı bitirmek, yükü azaltmak ve Exchange&apos;de etkin olmayan sunucu bileşenlerini Exchange Management Shell&apos;de yeniden etkin duruma getirmek. 5.3.2 ile 521 için alıcının alan adı postayı tüm postaları reddeden bir makineye gönderiyordur: alıcının yöneticisi MX kayıtlarını düzeltir ya da alan adı gerçekten posta almıyorsa bir null MX yayımlar.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>Sunucu bakımda ya da kapanıyor ve yeni işlemleri reddediyor.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>Sunucu aşırı yüklü ve yük düşene kadar iş reddediyor.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Exchange&apos;de sunucu bileşenleri bir güncelleme ya da bakımdan sonra etkin olmayan durumda bırakıldı.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX ya da yedek adres kaydı, bilerek posta sunucusu olmayan ve 521 ile yanıt veren bir makineye götürüyor.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>25 numaralı porta bağlanın ve karşılamayı okuyun: 220 açık demektir, 421, 521 ya da 554 ise makinenin reddettiği anlamına gelir.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Exchange&apos;de etkin olmayan sunucu bileşenlerini listeleyin (EX01 sunucu adıdır).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Alan adının MX kayıtlarının hangi makineleri gösterdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: normal artan aralıklarla, varsa tercihen alan adının başka bir MX makinesine yeniden deneyin. 521 ile 5.3.2: o makineyi yeniden denemeyin; önce alan adının MX yapılandırması değişmelidir.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: alıcının posta kutusundaki bir klasör bir milyon öğe sınırına ulaştı, bu yüzden teslim başarısız oluyor (4.x kodlu kalıcı 554&apos;e dikkat edin); öğeleri o klasörden taşımak sorunu çözer. Exchange Online ayrıca bir posta kutusu aynı anda çok fazla ileti alırken 4.3.2&apos;yi &apos;recipient thread limit exceeded&apos; (alıcı iş parçacığı sınırı aşıldı) ile de kullanır.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>Sistem seçilen özellikleri desteklemiyor</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>İleti, hedef sistemin desteklemediği bir özellik istiyor; genellikle bir posta sisteminin özelliğini diğerine eşleyemeyen bir ağ geçidinde. Özellik orada hiçbir zaman kullanılamayacaksa kalıcı (5.3.3), desteğin geri gelmesi bekleniyorsa geçici (4.3.3) olur.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Nadir ve üreticiye özgü. Bir parametre sonraki sunucuda olmayan bir uzantıyı belirttiğinde MAIL FROM ya da RCPT TO aşamasında veya istenen bir özelliği (teslim son tarihi, öncelik, alındı isteği) sonraki sisteme taşıyamayan bir ağ geçidinden gelen geri dönen iletide görülebilir. Şirket içi Exchange, dahili posta için kullanılan bir Receive bağlayıcısında Exchange Server kimlik doğrulama mekanizması eksik olduğunda 5.3.3 Unrecognized command kullanmıştır.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Hangi özelliğin reddedildiğini görmek için metni okuyun. Gönderenin yöneticisi ya da istemci yazılımı o hedef için bu özelliği istemeyi bırakır ya da onu destekleyen bir yoldan yönlendirir. Alıcı sistemin bunu desteklemesi gerekiyorsa yöneticisi, Exchange örneğinde olduğu gibi, uzantıyı etkinleştirir ya da bağlayıcıyı düzeltir.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>İleti, sonraki sistemde olmayan bir uzantıyı (ikili aktarım ya da teslim son tarihi gibi) istiyor ve ağ geçidi bunu sessizce düşüremiyor.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>SMTP olmayan bir mesajlaşma sistemine açılan bir ağ geçidi iletinin bir özelliğini diğer tarafta temsil edemiyor.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Exchange dahili Receive bağlayıcıları Exchange Server kimlik doğrulaması olmadan kurulmuş, bu yüzden Exchange&apos;e özgü komutlar reddediliyor.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Alıcı sunucunun sunduğu uzantıları listeleyin ve sunucunuzun MAIL FROM ve RCPT TO&apos;da gönderdiği parametrelerle karşılaştırın.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Gönderen Postfix sunucusunda hangi komutun reddedildiğini görmek için işlemi bulun.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: aynı isteği aynı sisteme tekrarlamayın; desteklenmeyen özelliği bırakın ya da başka bir yoldan yönlendirin. 4.3.3: artan aralıklarla daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>İleti sistem için çok büyük</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>ileti çok büyük</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>ek çok büyük</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>İleti, alıcı sistemin herhangi bir ileti için kabul ettiğinden büyük; sınır ister teknik ister yönetici tarafından belirlenmiş olsun. Bu ileti için kalıcı bir hatadır; tek bir posta kutusu için geçerli bir sınır olan X.2.3 ile karşılaştırın.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>İstemci sunucunun duyurduğu sınırdan büyük bir SIZE= bildirdiğinde MAIL FROM aşamasında, aksi hâlde sunucu baytları saydıktan sonra veri sonunda ve sonraki sunuculardan gelen geri dönen iletilerde. Postfix 552 5.3.4 Message size exceeds fixed limit (ileti boyutu sabit sınırı aşıyor; message_size_limit, varsayılan yaklaşık 10 MB) yanıtını verir. Exchange 5.3.4 Message size exceeds fixed maximum message size kullanır; Gmail ise 552 5.3.4&apos;ü boyut sınırı için ve çok fazla ek ya da aşırı büyük başlıklar için kullanır.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>Gönderen iletiyi küçültür: daha az ya da sıkıştırılmış ek veya bunun yerine bir indirme bağlantısı. Dosya boyutlarını sınırla karşılaştırırken yaklaşık yüzde 37 ekleyen base64 kodlamasını hesaba katın. Alıcı tarafın yöneticisi sınırı yükseltebilir, ancak o zaman yoldaki her sunucunun, filtreler dahil, yeni boyutu kabul etmesi gerekir.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Hedefin sınırından büyük bir ek; örneğin ayarlanmamış bir Postfix sunucusunun varsayılan 10 MB&apos;ı.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Dosyalar olarak sınırın altında, MIME ile kodlandığında ise sınırın üstünde kalan bir ileti.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Yoldaki bir aktarma sunucusunun (relay) ya da filtrenin sınırı son sunucununkinden düşük.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail&apos;e özgü: çok fazla ek ya da aşırı büyük bir başlık, aynı kodla bildirilir.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Sunucunun EHLO yanıtındaki SIZE satırını okuyun: sunucunun kabul ettiği en büyük ileti odur.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Postfix&apos;te yapılandırılmış sınırı bayt cinsinden gösterin.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Exim&apos;de yapılandırılmış sınırı gösterin.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Aynı iletiyi yeniden denemeyin: boyut sınırları denemeler arasında değişmez. Bunun yerine daha küçük bir ileti gönderin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Gmail&apos;in ileti boyutu sınırı. Başka metinlerle (ek sayısı Google&apos;ın sınırını aşıyor ya da bir başlık boyut sınırını aşıyor) aynı kod Gmail&apos;in ek sayısı ve başlık boyutu sınırlarını kapsar.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Sistem hatalı yapılandırılmış</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>yanlış yapılandırılmış posta sunucusu</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>Alıcı sistem bu iletiyi kabul etmesine izin vermeyecek şekilde kurulmuş: ileti ya da adresle ilgili bir sorun değil, sunucu tarafında bir yapılandırma hatası. Yöneticinin yakında düzeltmesi bekleniyorsa 4.3.5, ret kesinse 5.3.5.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix, bir kısıtlama, arama tablosu ya da ilke hizmeti yanlış yapılandırıldığında 451 4.3.5 Server configuration error (ya da Server configuration problem) gönderir ve ayrıntıları yalnızca kendi günlüğüne yazar. Şirket içi Exchange, bir döngü algıladığında 5.3.5 System incorrectly configured kullanır; örneğin FQDN&apos;si posta akışındaki başka bir sunucuyla aynı olan bir Receive bağlayıcısı.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Bunu yalnızca alıcı sunucunun yöneticisi düzeltebilir: retle aynı andaki sunucu günlüğünü okuyun (Postfix gerçek uyarıyı oraya kaydeder: bilinmeyen bir kısıtlama, eksik bir eşleme dosyası, ulaşılamayan bir ilke sunucusu), düzeltin ve yeniden yükleyin. Gönderen yalnızca geri dönen iletiyi bildirip bekleyebilir.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Bir kısıtlama listesi, var olmayan ya da türü yanlış olan bir arama tablosunu belirtiyor.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Yapılandırmada adı geçen bir ilke hizmeti ya da milter çalışmıyor.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Bir yapılandırma değişikliğiyle gelen, yanlış yazılmış bir kısıtlama adı.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Posta akışındaki iki sunucu aynı makine adını sunuyor, bu yüzden Exchange bu atlamayı (hop) bir döngü olarak görüyor.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Alıcı taraftaki Postfix sunucusunda 4.3.5 yanıtıyla aynı anda yazılan uyarıyı bulun.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Yazım hatasını ya da eksik eşlemeyi fark etmek için yalnızca Postfix varsayılanlarından farklı olan ayarları gösterin.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Yapılandırmada adı geçen her eşleme dosyasının var olduğunu ve kaynağından daha yeni olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: artan aralıklarla yeniden deneyin; yönetici yapılandırmayı onarır onarmaz kalkar. 5.3.5: değiştirmeden yeniden denemeyin; alıcının yöneticisiyle iletişime geçin.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>İstenen öncelik değiştirildi</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>MT-PRIORITY uzantısından (RFC 6710) bir başarı kodu: sunucu iletiyi kabul etti, ancak istemcinin istediği aktarım önceliğine ya da bunun ima ettiği varsayılana uymadı. Koddan sonraki metin gerçekte uygulanan öncelikle başlar.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Yalnızca her ikisi de MT-PRIORITY&apos;yi destekleyen sunucular arasında; bu, askerî ya da acil durum mesajlaşması gibi özel ortamların dışında nadirdir. İstemci MAIL FROM&apos;un MT-PRIORITY parametresiyle -9 ile 9 arasında bir öncelik ister ve sunucu değişikliği olumlu bir yanıtta (250 ya da 251) bildirir; örneğin gönderen yüksek bir öncelik için yetkili değilse.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Bozuk bir şey yok: ileti kabul edildi. Öncelik önemliyse gönderenin yöneticisi gönderen hesabın ya da makinenin alıcı sistemde o düzey için yetkili olduğunu kontrol eder veya bunu alıcı tarafın yöneticisiyle ayarlar.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>Alıcı sunucunun ilkesi bu gönderene istenen yüksek öncelik için yetki vermiyor, bu yüzden öncelik düşürüldü.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>Alıcı sunucu daha az öncelik düzeyini destekliyor ve isteği sahip olduğu en yakın düzeye eşledi.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>Yerel ilke belirli gönderenler ya da alıcılar için önceliği yükseltiyor veya düşürüyor.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Alıcı sunucunun EHLO yanıtında MT-PRIORITY sunduğunu doğrulayın.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Koddan sonraki yanıt metninin başındaki sayıyı okuyun: iletinin şu anki önceliği odur.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Yeniden denemeye gerek yok: ileti değiştirilmiş öncelikle kabul edildi. İşleme normal şekilde devam edin.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Diğer veya tanımsız ağ ya da yönlendirme durumu</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>yönlendirme hatası</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>ağ hatası</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Teslimin ağ ya da yönlendirme tarafında, daha belirli X.4 kodlarının hiçbirinin tanımlamadığı sorunlar için genel bir kod. 4.4.0 olarak gönderen sistem iletiyi bu sefer ulaştıramamıştır ve denemeyi sürdürür; 5.4.0 olarak bildirimi yapan sistem o yoldan kesin olarak vazgeçmiştir.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Çoğunlukla karşı uçtan gelen bir yanıtta değil, gönderen MTA&apos;nın yazdığı erteleme nedenlerinde ve geri dönen iletilerde. Microsoft Exchange, kuyruğunun LastError alanında DNS hatalarının ve başarısız teslim denemelerinin önüne 451 4.4.0 koyar; Postfix ise aşılan atlama (hop) sayısına 554 5.4.0 Error: too many hops ile yanıt verir.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Koddan sonraki metni ve ilgili MTA günlük satırını okuyun: asıl neden (DNS hatası, reddedilen bağlantı, atlama sınırı) neredeyse her zaman orada adıyla belirtilir. Gönderenin posta yöneticisi bu ayrıntıdan yola çıkar: hata gönderen taraftaysa yerel DNS&apos;i, güvenlik duvarını ya da yönlendirmeyi düzeltir; karşı tarafa ulaşılamıyorsa ya da karşı taraf hatalı davranıyorsa alıcının yöneticisine tam hatayı, MX makinesini ve zaman damgalarını gönderir.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>Gönderen sunucunun kendi çözümleyicisi hedefin MX ya da adres kayıtlarını sorgularken başarısız oldu veya zaman aşımına uğradı.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Bir güvenlik duvarı, sağlayıcının giden 25 numaralı port engeli ya da bozuk bir rota hedef MX&apos;e bağlantıyı durdurdu.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>İleti, bir yönlendirme ya da aktarma (relay) döngüsü yüzünden bir MTA&apos;nın atlama (hop) sınırına takıldı (Postfix bunu 5.4.6 değil, 5.4.0 olarak bildirir).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Bir ağ geçidi ya da güvenlik cihazı, türünü söylemeden bir ağ hatası bildirdi.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Gönderen sunucunun günlüğünde tam erteleme ya da geri dönme nedenini bulun; koddan sonraki metin asıl hatayı adıyla belirtir.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Hedefin MX kayıtlarının yalnızca iş istasyonunuzdan değil, gönderen sunucunun kendisinden de çözümlendiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Hedef MX&apos;in 25 numaralı portuna gönderen makineden ulaşılabildiğini test edin.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>4.4.0 için normal artan aralıklarla yeniden deneyin; durum genellikle geçicidir. 5.4.0 için aynı yolu değiştirmeden yeniden denemeyin; önce tanılama metninde belirli nedeni bulun.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>Exchange&apos;in, sonraki sunucu için DNS sorgusu başarısız olduğunda verdiği kuyruk hatası; bu örnekte hedef alan adı yok. Exchange yeniden denemeyi sürdürür ve ileti süre sonu zaman aşımı geçtikten sonra 550 4.4.7 QUEUE.Expired; message expired ile bir NDR döndürür. Kayıt bunu X.4.3 ya da X.4.4 olarak tanımlardı; Exchange genel 4.4.0&apos;ı kullanır.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Makineden yanıt yok</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>sunucu yanıt vermiyor</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>posta sunucusuna bağlanılamıyor</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>port 25 engellendi</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>Gönderen sunucu sonraki atlamaya (hop) bir bağlantı açmaya çalıştı ve kullanılabilir bir yanıt alamadı: bağlantı zaman aşımına uğradı, reddedildi ya da makine yanıt veremeyecek kadar meşguldü. RFC 3463 bunu yalnızca süregelen geçici bir hata olarak tanımlar; yani 4.4.1 “kesin olarak başarısız” değil, “hâlâ deniyor” demektir.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Neredeyse her zaman gönderen MTA&apos;nın kendisi tarafından üretilir ve onun günlüğünde ya da bir gecikme uyarısında görünür, çünkü karşı uç bir şey söyleme fırsatı bulamamıştır. Postfix ertelemeleri dsn=4.4.1 ile connect to mail.example.com[192.0.2.25]:25: Connection timed out gibi günlüğe yazar. Bir BURL gönderim (submission) sunucusu da iletiyi tutan IMAP sunucusuna ulaşılamadığında 451 4.4.1 yanıtını verir (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>Gönderenin yöneticisi önce gönderen makinenin 25 numaralı porta hiç ulaşıp ulaşamadığını kontrol eder, çünkü birçok bulut ve ev ağı bu portu giden yönde engeller. Diğer alan adları çalışıyorsa sorun hedeftedir: MX makinesi kapalı, güvenlik duvarıyla engellenmiş ya da yanlış adreste dinliyordur ve bunu alıcının yöneticisi düzeltmelidir. Ona hangi MX makinesini ve IP adresini ne zaman denediğinizi bildirin.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Hedefin MX makinesi kapalı, aşırı yüklü ya da 25 numaralı portta dinlemiyor.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>İki taraftan birindeki bir güvenlik duvarı SMTP trafiğini sessizce düşürüyor, bu yüzden deneme reddedilmek yerine zaman aşımına uğruyor.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Gönderen ağ (bulut sağlayıcısı ya da İSS) 25 numaralı porta giden bağlantıları engelliyor.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>Bir geçişten sonra MX kaydı hâlâ eski ya da yanlış bir IP adresini gösteriyor.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Hedefin MX makinelerini öncelik sırasıyla listeleyin.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Gönderen sunucudan her MX&apos;in 25 numaralı portuna bir TCP bağlantısı deneyin; zaman aşımı filtrelemeye işaret eder, connection refused ise orada dinleyen bir şey olmadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Giden bir engeli dışlamak için makinenizin başka bir yerde, örneğin başka bir alan adının MX&apos;inde, 25 numaralı porta ulaşabildiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Postfix&apos;in bu hedef için kaydettiği erteleme nedenlerine bakın.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Diğer MX makinelerini öncelik sırasıyla deneyerek artan aralıklarla daha sonra yeniden deneyin. İleti ancak kuyruk ömrü dolduğunda başarısız olur ve bu durumda bir süre dolması (X.4.7) olarak görünür.</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online bunu, hiçbir ağ sorunu olmadan, Directory-Based Edge Blocking alıcı kiracıda bulunmayan (ya da oraya eşitlenmemiş) bir adresi reddettiğinde veya alan adı kabul edilen bir alan adı olarak doğru ayarlanmadığında RCPT TO aşamasında gönderir. Bunu geçersiz alıcı nedeniyle geri dönen bir ileti gibi ele alın: gönderen adresi kontrol eder, alıcının yöneticisi kiracının alıcılarını ve kabul edilen alan adlarını kontrol eder.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Kötü bağlantı</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>bağlantı sıfırlandı</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>bağlantı koptu</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>bağlantı kaybedildi</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Sonraki atlamaya (hop) bir bağlantı kuruldu, ancak hat koptuğu, takıldığı ya da yarı yolda zaman aşımına uğradığı için işlem tamamlanamadı. X.4.1 gibi süregelen geçici bir hata olarak tanımlanmıştır; bu yüzden ileti bir deneme daha için kuyrukta kalır.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Ya gönderen MTA&apos;nın günlüğünde (Postfix lost connection with mail.example.com[192.0.2.25] while sending end of data ve dsn=4.4.2 yazar) ya da yavaş veya boşta kalan bir oturumu kapatan bir sunucunun yanıtı olarak: Postfix SMTP sunucusu 421 4.4.2 ve ardından makine adıyla Error: timeout exceeded gönderir, Gmail ise 451 4.4.2 Timeout - closing connection gönderir.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>Gönderenin yöneticisi bağlantının hangi aşamada koptuğunu kontrol eder. Büyük iletilerde DATA sırasında kopmalar çoğunlukla MTU ya da yol sorunlarına, SMTP&apos;yi denetleyen bir ara cihaza ya da alıcı tarafın süre sınırına işaret eder; boşta kalma zaman aşımları ise yavaş bir istemciye ya da aşırı yüklü bir gönderen makineye işaret eder. Yalnızca bir hedef etkileniyorsa alıcının yöneticisine zaman damgalarını ve başarısız olduğu aşamayı verin.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Oturumu kesen ya da bozan bir güvenlik duvarı veya SMTP denetleyen ara cihaz.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Büyük paketleri durduran path MTU sorunları; bu yüzden küçük iletiler geçiyor, büyükler DATA sırasında takılıyor.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>İstemci komutlar arasında çok uzun süre bekledi ve sunucunun boşta kalma zaman aşımı oturumu kapattı.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>Alıcı sunucu işlemin ortasında yeniden başladı, çöktü ya da yük altında bağlantıları düşürdü.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Bağlantının hangi aşamada kaybedildiğini bulun.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Aynı MX&apos;e eksiksiz bir test işlemi çalıştırın ve nerede durduğunu izleyin.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>STARTTLS&apos;in sorunsuz tamamlandığını kontrol edin; bozuk bir el sıkışma çoğu zaman kopan bir bağlantı olarak görünür.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Büyük iletiler başarısız olup küçükler geçiyorsa tam boyutlu paketlerin MX&apos;e parçalanmadan ulaşıp ulaşmadığını test edin.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Artan aralıklarla daha sonra yeniden deneyin; ara sıra kopan bir bağlantı İnternet&apos;te normaldir. Aynı hedef için aynı aşamada tekrarlanan kopmalar, yalnızca yeniden denemenin çözemeyeceği bir yapılandırma sorunudur.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail, istemci komutlar arasında ya da veri gönderirken çok yavaş kaldığı için oturumu kapatıyor. Yeniden bağlanın ve yeniden deneyin; sürekli oluyorsa aşırı yüklü bir gönderen makine ya da yavaş bir ağ yolu arayın.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Dizin sunucusu hatası</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns hatası</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns zaman aşımı</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>ad çözümleme hatası</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns sorgusu başarısız</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>İleti yönlendirilemedi, çünkü bir dizin hizmeti, uygulamada neredeyse her zaman DNS, kullanılamıyordu ya da hatayla yanıt verdi. RFC 3463 bunu geçici bir hata (4.4.3) olarak tasarlamıştır, ancak bazı sunucular 5 ile gönderir.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>Gönderen tarafta, hedef için MX ya da adres sorgusu zaman aşımına uğradığında veya SERVFAIL döndürdüğünde; Postfix Name service error for name=example.com type=MX: Host not found, try again ve dsn=4.4.3 ile erteler. Alıcı tarafta, DNS tabanlı bir kontrol bitemediğinde: RFC 7208, bir SPF kontrolü geçici bir hatayla sonuçlandığında 451 4.4.3 önerir.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Kimin DNS&apos;inin başarısız olduğunu belirleyin. Gönderen sunucu hiçbir şeyi çözümleyemiyorsa yöneticisi yerel çözümleyiciyi onarır (çözümleyici yapılandırması, durmuş bir önbellek hizmeti, engellenmiş giden DNS). Yalnızca bir alan adı başarısız oluyorsa o alan adının yetkili sunucuları kapalı, hatalı yetkilendirilmiş (lame) ya da DNSSEC yüzünden bozuktur; onları alıcının yöneticisi ya da DNS sağlayıcısı onarmalıdır.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>Gönderen sunucunun yerel çözümleyicisi kapalı, ulaşılamıyor ya da hız sınırına takılmış.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Hedef alan adının yetkili ad sunucuları zaman aşımına uğruyor ya da SERVFAIL yanıtı veriyor.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Bir DNSSEC hatası (süresi dolmuş imzalar, yanlış DS kaydı) doğrulama yapan çözümleyicilerin yanıtı reddetmesine yol açıyor.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Alıcı taraftaki bir SPF, DKIM ya da DMARC sorgusu zaman aşımına uğradı ve alıcı taraf karar vermek yerine erteledi.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Posta sunucusunun kullandığı çözümleyicinin hedef için hiç yanıt verip vermediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Alan adının kendi ad sunucularının başarısız olup olmadığını görmek için yetkilendirmeyi kökten itibaren izleyin.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Sorguyu DNSSEC kontrolü kapalı olarak tekrarlayın; yalnızca bu çalışıyorsa bölgenin imzaları bozuktur.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Posta sunucusunun hangi çözümleyicileri kullanacak şekilde yapılandırıldığına bakın.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Artan aralıklarla daha sonra yeniden deneyin; DNS kesintileri genellikle kısadır. Alıcı taraftan gelen bir 5.4.3 de çoğu zaman aslında geçicidir: DNS sorunu düzeltildiğinde yeniden gönderin.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Yönlendirilemiyor</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>mx kaydı yok</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>Posta sistemi, ihtiyaç duyduğu yönlendirme bilgisi eksik olduğu için hedefe bir sonraki atlamayı bulamadı. Tipik tetikleyici, yanıt veren ama alan adı için kullanılabilir bir MX ya da adres vermeyen DNS&apos;tir; 4.4.4 kayıtların hâlâ ortaya çıkabileceği, 5.4.4 ise gönderen sistemin vazgeçtiği anlamına gelir.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Gönderen MTA tarafından üretilir, genellikle bir geri dönen iletide. Postfix Host or domain name not found. Name service error for name=example.com type=A: Host not found (makine ya da alan adı bulunamadı) ve dsn=5.4.4 ile geri döndürür; Microsoft Exchange 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain bildirir. Dahili bir aktarma sunucusunun (relay) hedef için transport&apos;u, bağlayıcısı ya da smart host&apos;u olmadığında da görülür.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Önce gönderen adreste yanlış yazılmış bir alan adı olup olmadığını kontrol eder; açık ara en yaygın neden budur. Alan adı doğruysa sahibi (alıcının yöneticisi) çalışan bir posta sunucusunu gösteren MX kayıtları ya da en azından bir A veya AAAA kaydı yayımlamalıdır. Gönderen tarafta yönetici, dahili yönlendirmenin (transport eşlemeleri, gönderme bağlayıcıları, smart host&apos;lar) hedefi kapsadığını kontrol eder.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Alıcının alan adında bir yazım hatası (example.com yerine example.con), bu yüzden alan adı yok.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>Alan adı var ama ne MX kaydı ne de yedek olarak kullanılacak bir A veya AAAA kaydı var.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>MX kaydı, adres kaydı olmayan bir makineyi gösteriyor.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Dahili bir aktarma sunucusunun (relay) hedef alan adı için rotası (transport eşleme kaydı, bağlayıcı ya da smart host) yok.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Alan adının var olduğunu (NXDOMAIN değil NOERROR) kontrol edin ve MX kayıtlarını okuyun.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Her MX makine adını çözümleyin; A ya da AAAA kaydı olmayan bir ad teslim için kullanılamaz.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>MX makinesinin IPv4 adresi yoksa IPv6 tarafını da kontrol edin.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Exim&apos;de yönlendiricilere (routers) adresi nasıl teslim edeceklerini sorun.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>4.4.4 için kayıtlar düzeltiliyor olabileceğinden artan aralıklarla yeniden deneyin. 5.4.4 için değiştirmeden yeniden denemeyin; adresi düzeltin ya da alan adı sahibinin çalışan kayıtlar yayımlamasını bekleyin.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange hedef alan adının DNS&apos;te olmadığını buldu ve iletiyi geri döndürdü. Alan adı gerçekten varsa Microsoft yöneticileri Exchange transport hizmetinin kullandığı DNS ayarlarına yönlendirir.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Posta sistemi tıkanıklığı</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>çok fazla bağlantı</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>gönderim sınırı aşıldı</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>Alan ya da aktaran (relay) posta sistemi tıkanmış ve iletiyi şimdi almayacak. Yalnızca süregelen geçici bir hata olarak tanımlanmıştır: iletinin kendisinde sorun yoktur ve gönderen yavaşlayıp daha sonra yeniden denemelidir.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Bir sunucu aşırı yüklü olduğunda ya da bağlantı ve hız sınırları uyguladığında bağlantı anında veya MAIL FROM ve RCPT TO&apos;ya yanıt olarak; Gmail 421 4.4.5 Server busy, try again later gönderir. Gmail ayrıca günlük gönderim sınırını aşan kendi kullanıcılarına 550 5.4.5 gönderir; bu, sağlayıcıya özgü, 5 ile yapılan bir kullanımdır.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>İletide bir sorun yok. Gönderenin yöneticisi kuyruğun yeniden denemesine izin verir ve ertelemeler sürerse o hedefe doğru paralel bağlantı sayısını ve gönderim hızını düşürür. Alıcının yöneticisinin yalnızca kendi sunucusu gerçekten aşırı yüklüyse (kuyruk birikmesi, disk, CPU) bir şey yapması gerekir.</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>Alıcı sunucu aşırı yüklü ya da bakımda ve yeni oturumlara direnç gösteriyor.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>Gönderen aynı hedefe çok fazla eşzamanlı bağlantı açtı.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>Gönderim hızı (dakika başına ileti ya da alıcı) alıcı tarafın kısıtlama sınırlarını aştı.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>Bir aktarma sunucusunun (relay) kendi kuyruğu birikmiş ve yukarı akıştan daha fazla posta almayı reddediyor.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Gönderen sunucuda kuyruktaki kaç kaydın hedef alan adından söz ettiğini sayın.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Postfix&apos;in tek bir hedefe kaç paralel teslim yaptığını kontrol edin.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Ertelemelerin bağlantı anında mı yoksa RCPT TO aşamasında mı olduğuna bakın.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Üstel olarak artan aralıklarla ve o makineye daha az paralel bağlantıyla daha sonra yeniden deneyin; tıkanmış bir sunucuyu yüklenmek yalnızca ertelemeleri uzatır.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Gmail&apos;in geçici “meşgul” ertelemesi. Daha sonra, tercihen gönderen IP&apos;den daha az eşzamanlı bağlantıyla yeniden denenince kalkar.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Alıcı bir MTA&apos;ya değil, posta gönderen bir Gmail ya da Google Workspace kullanıcısına gönderilir: hesap kayan 24 saatlik gönderim kotasını tüketmiştir ve bu süre geçtikten sonra gönderim yeniden çalışır. Bu, Google&apos;ın X.4.5&apos;i 5 ile, kayıttaki anlamın dışında kullanmasıdır.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Yönlendirme döngüsü algılandı</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>İleti çok fazla kez el değiştirdi; ya sunucular onu ileri geri yönlendiriyor ya da yönlendirme kuralları onu bir döngüde gönderiyor. RFC 3463 bunu geçici olarak listeler, ancak bir döngü kendiliğinden düzelmediği için uygulamada neredeyse her zaman kalıcı bir 5.4.6 olarak gönderilir.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>DATA sonunda ya da bir geri dönen iletide, Received: başlıklarının sayısı MTA&apos;nın sınırını geçtiğinde (sendmail: Too many hops 26 (25 max); Gmail 50 atlamada durur) veya bir MTA sonraki atlamanın kendisi olduğunu gördüğünde (Postfix: mail for example.com loops back to myself). Postfix&apos;in yerel teslimi de Delivered-To döngülerini mail forwarding loop for user@example.com (posta yönlendirme döngüsü) olarak geri döndürür.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Hangi makinelerin tekrarlandığını görmek için geri dönen kopyanın Received: başlıklarını okuyun. Genellikle alıcının ya da alıcının yöneticisinin harekete geçmesi gerekir: özgün posta kutusuna geri işaret eden bir yönlendirme kuralını kaldırmak ya da alan adını geldiği yere geri gönderen MX kayıtlarını, aktarma (relay) rotalarını veya bağlayıcıları düzeltmek. Gönderen yalnızca bunu bildirebilir.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>İki posta kutusu birbirine yönlendiriyor ya da bir yönlendirme zinciri başladığı yerde bitiyor.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Bir MX kaydı ya da aktarma (relay) rotası, teslim etmeye çalışan sunucunun kendisini gösteriyor; çoğunlukla bir geçişten sonra ya da karma (hybrid) bir Exchange kurulumunda.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>Alan adı, MX kaydının gösterdiği sunucuda yerel olarak yapılandırılmamış, bu yüzden o sunucu onu ileriye aktarıyor ve geri geliyor.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Bir posta listesi kendisine ya da onu besleyen başka bir listeye abone.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Geri dönen kopyadaki Received: başlıklarını sayın ve tekrarlanan makine adlarını arayın.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Alan adının MX kaydının döngüyü bildiren sunucunun ta kendisini gösterip göstermediğini kontrol edin.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix&apos;te alan adının teslim edilmesi ya da aktarılması gereken yerde listelendiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix&apos;in yazdığı döngü iletilerini (loop) günlükte arayın.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin: ileti yeniden döngüye girer. Yalnızca yönlendirme kuralı ya da rota düzeltildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail, Received: başlıklarında zaten 50&apos;den fazla atlama (hop) taşıyan bir iletiyi reddeder. Döngü Gmail&apos;den önceki yoldadır; çoğunlukla bir çift yönlendirme kuralı ya da yanlış yönlendirilmiş bir alan adı.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange, atlama sayısı aşıldığında döngüye giren bir iletiyi durdurur ve bu NDR&apos;yi döndürür. Exchange Server ve Exchange Online ikisi de 5.4.6 kullanır; Exchange Online ayrıca döngüleri ve bozuk rotaları, çoğunlukla karma (hybrid) kurulumlarda, 5.4.14 ve 5.4.20&apos;ye kadar başka kodlarla bildirir. Microsoft gelen kutusu kurallarını, yönlendirmeyi ve posta kutusunun targetAddress değerini kontrol etmeyi önerir.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Teslim süresi doldu</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>teslim gecikti</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>ileti kuyrukta takıldı</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>teslim zaman aşımı</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>İleti çok uzun süredir dolaşıyor: sistemin yeniden deneme ömrünü aşacak kadar bir kuyrukta bekledi ya da gönderenin belirlediği bir teslim süresi sınırını aştı. 4.4.7 olarak bir gecikme uyarısı ya da geçici bir rettir; 5.4.7 olarak ileti teslim edilmeden iade edilmiştir. RFC 3463, sistemlerden mümkün olduğunda bunun yerine asıl sorunu bildirmelerini ister.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>Günlerce süren başarısız denemelerden sonra gönderenin kendi giden sunucusundan gelen geri dönen iletilerde ve gecikme bildirimlerinde; örneğin Exim&apos;in retry timeout exceeded (yeniden deneme zaman aşımı aşıldı) iletisi ya da Microsoft Exchange&apos;in 550 4.4.7 QUEUE.Expired; message expired yanıtı (kuyruk süresi doldu). Postfix status=expired, returned to sender (gönderene iade edildi) günlüğe yazar, ama geri dönen iletide son gerçek durumu (örneğin 4.4.1) korur.</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Geri dönen iletide ya da günlükte önceki erteleme nedenlerini arayın; teslimin neden sürekli başarısız olduğunu söylerler (ulaşılamayan MX, hiç karşılanmayan gri listeleme, TLS hatası, tekrarlanan 4xx ilke ertelemeleri). Gönderenin yöneticisi bu kök nedeni düzeltir ya da alıcının yöneticisinden düzeltmesini ister, sonra gönderen iletiyi yeniden gönderir. Kuyruk ömrünü uzatmak yalnızca sorunu gizler.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>Hedef MX, yeniden deneme süresinin tamamı boyunca ulaşılamaz durumdaydı ya da bağlantıları reddediyordu.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>Alıcı taraf, gönderen vazgeçene kadar geçici 4xx kodlarıyla (gri listeleme, hız sınırları, itibar) yanıt vermeyi sürdürdü.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Bir TLS ya da sertifika sorunu her teslim denemesinin başarısız olmasına yol açtı.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Gönderenin belirlediği teslim süresi sınırı, ileti ulaşamadan doldu.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>Kuyruk ömrü kısaltılmış, bu yüzden iletilerin süresi günler yerine saatler sonra doluyor.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Alıcı için erteleme geçmişini bulun; süre dolmadan önce günlüğe yazılan nedenler asıl sorundur.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix sunucusunun vazgeçmeden önce ne kadar süre denemeye devam ettiğine bakın.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix kuyruğunda başka nelerin beklediğini kontrol edin.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Exim&apos;de kuyruğu her iletinin yaşıyla birlikte listeleyin.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Bir 4.4.7 gecikme bildirimi hiçbir şey gerektirmez; sunucu hâlâ yeniden deniyor. Bir 5.4.7&apos;den ya da süre dolması nedeniyle geri dönen iletiden sonra ileti kuyruktan çıkmıştır; bu yüzden asıl teslim sorunu düzeltildiğinde yeniden gönderin.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange, ileti süre sonu zaman aşımından (Exchange Server&apos;da varsayılan iki gün) sonra vazgeçer ve bu NDR&apos;yi gönderir; 550&apos;nin bir 4.x.x koduyla eşleştiğine dikkat edin. Microsoft&apos;un Exchange Online listesi 4.4.7 Message expired&apos;ı genellikle alıcı sunucudaki bir sorun olarak tanımlar.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Diğer veya tanımsız protokol durumu</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>smtp protokol hatası</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>SMTP konuşmasının kendisiyle, yani komutlar, sıraları ya da protokol durumuyla ilgili, daha belirli bir X.5 ayrıntısı içermeyen genel bir kod. 2 ile olağan bir protokol yanıtında tarafsız bir etikettir; 4 ya da 5 ile sunucu istemcinin SMTP konuşma biçimine itiraz ediyordur.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>Oturumun her yerinde. Gmail protokolü çiğneyen istemcileri 451 4.5.0 SMTP protocol violation ile, komutlar STARTTLS&apos;ten sonra art arda gönderildiğinde ise 454 4.5.0 ile erteler. RFC 4468, BURL yanıtlarında 250 2.5.0, BURL geçerli alıcılar olmadan geldiğinde ise 554 5.5.0 ya da 503 5.5.0 kullanır.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Yanıta yol açan komuta tam olarak bakın. 4.5.0 ya da 5.5.0 için istemci yazılımı ya da onu yapılandıran kişi SMTP davranışını düzeltmelidir: 220 karşılamasını beklemek, STARTTLS&apos;ten sonra EHLO&apos;yu yeniden göndermek, STARTTLS&apos;in ötesine pipelining yapmamak, satırları CRLF ile bitirmek. 2.5.0 yanıtı bir başarıdır ve işlem gerektirmez.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>İstemci komutları STARTTLS&apos;ten sonra ya da sunucu PIPELINING&apos;i duyurmadan önce art arda gönderdi.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>İstemci karşılamadan önce komut gönderdi ya da yanıtları beklemeden devam etti.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Çıplak LF satır sonları ya da sunucunun protokol ihlali olarak sınıflandırdığı başka bozuk girdi.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Protokol düzeyindeki her reddi belirli bir kod yerine genel kodla etiketleyen bir sunucu.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Oturumu elle, her seferinde bir komutla yeniden oynatın ve her yanıtı izleyin.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Aynı sunucuya karşı bir başvuru istemcisi çalıştırın; başarılı olursa sorun sizin istemci yazılımınızdadır.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>İstemcinizin SMTP protokol günlüğünü açın ve ilk yanıt gelmeden önce gönderilmiş birkaç komut arayın.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>2.5.0 için yeniden denenecek bir şey yok; konuşmaya devam edin. 4.5.0 için daha sonra yeniden deneyin, ama tekrarlanırsa istemciyi düzeltin. 5.5.0 için aynı komut dizisini değiştirmeden tekrarlamayın.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>İstemci SMTP&apos;ye uymadığında (yanlış komut sırası, bozuk girdi) Gmail&apos;in geçici reddi. Yeniden denemelere güvenmeden önce istemciyi düzeltin.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>İstemci STARTTLS ile aynı seferde başka komutlar da gönderdi. 220 yanıtını beklemeli, TLS el sıkışmasını tamamlamalı ve sonra EHLO&apos;yu yeniden göndermelidir.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Geçersiz komut</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>İstemci sırası dışında ya da sunucunun bu noktada desteklemediği bir komut gönderdi. RFC 3463 bunu kalıcı olarak tanımlar; yani aynı yerdeki aynı komut başarısız olmayı sürdürür, ancak bazı sunucular bunu 4 ile gönderir.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Genellikle hatalı bir sıra için 503 5.5.1 (MAIL&apos;den önce RCPT, kabul edilmiş bir RCPT&apos;den önce DATA, EHLO&apos;dan önce MAIL) ve Postfix&apos;te VRFY gibi devre dışı bırakılmış bir komut için 502 5.5.1. Gmail, oturum açmadan yapılan posta gönderimine 530 5.5.1 Authentication Required (kimlik doğrulama gerekli) ile yanıt verir.</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>Kusur istemci yazılımında ya da yapılandırmasındadır. Yanıta yol açan komuta ve ondan öncekine bakın. Tipik düzeltmeler: önce EHLO göndermek, RCPT TO&apos;dan önce MAIL FROM&apos;u tamamlamak, e-posta istemcisinde kimlik doğrulamayı açmak ve sunucunun devre dışı bıraktığı komutlara (VRFY, EXPN, ETRN) güvenmeyi bırakmak.</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Yanlış sırada gönderilen komutlar; örneğin MAIL FROM&apos;dan önce RCPT TO ya da kabul edilmiş alıcı olmadan DATA.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Kimlik doğrulama olmadan kurulmuş bir e-posta istemcisi, bunu şart koşan bir gönderim (submission) sunucusuyla konuşuyor.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>İstemci, sunucunun kapattığı VRFY ya da EXPN gibi bir komutu kullanıyor.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Açık bir işlemin içinde, arada RSET olmadan ikinci bir MAIL FROM.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>İşlemi RCPT TO&apos;ya kadar yeniden üretin ve hangi komutun reddedildiğine bakın.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Gönderim (submission) için, e-posta istemcisinin yapması gerektiği şekilde kimlik doğrulamayla test edin.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>İstemcinin SMTP hata ayıklama günlüğünü açın ve retten hemen önce gönderilen komutu okuyun.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Aynı komutu aynı yerde yeniden göndermeyin. Komut sırasını düzeltin ya da eksik adımı ekleyin (EHLO, AUTH), sonra yeni bir işlem başlatın; bir 4.5.1&apos;i diğer geçici hatalar gibi ele alın.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com, oturum açmamış bir istemciden gelen MAIL FROM&apos;u reddeder. İstemciyi STARTTLS ile 587 numaralı portta ya da TLS ile 465 numaralı portta kimlik doğrulaması (OAuth ya da uygulama parolası) yapacak şekilde yapılandırın.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Sözdizimi hatası</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>Sunucu komutu ayrıştıramadı: komut bilinmiyor ya da bağımsız değişkenleri bozuk. Yalnızca kalıcı olarak tanımlanmıştır; yani aynı baytlar yine reddedilir.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>Herhangi bir komutta. Yaygın gerçek durumlar: açılı ayraçsız MAIL FROM: user@example.com (Gmail 555 5.5.2 Syntax error ile yanıt verir), sunucunun base64 olarak çözemediği bir AUTH yanıtı (RFC 4954 501 5.5.2 öngörür), kalıcı hatalı bir SPF kaydı (RFC 7208 550 5.5.2 önerir) ve düz bir SMTP portuna TLS ya da HTTP konuşan bir istemci.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>İstemci yazılımı düzgün biçimlendirilmiş komutlar göndermelidir: adreslerin çevresinde açılı ayraçlar, sunucunun duyurmadığı parametreler yok, CRLF satır sonları, 512 baytı aşmayan komut satırları. Yanıt SPF&apos;ten söz ediyorsa gönderen alan adının sahibi SPF kaydını düzeltir. Sunucu ikili gürültü gördüyse TLS kipini porta uydurun: 465 ilk bayttan itibaren TLS bekler, 25 ve 587 STARTTLS bekler.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Açılı ayraçsız ya da fazladan boşluklu gönderilen adresler; örneğin MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Kendi bozuk SMTP uygulamasına sahip bir betik, yazıcı ya da cihaz.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>Bir STARTTLS portuna doğrudan TLS ya da 465 numaralı porta düz metin gönderilmiş, bu yüzden sunucu gürültü okuyor.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Alıcı tarafın değerlendirdiği, kalıcı hatalı bir SPF kaydı (bozuk sözdizimi, çok fazla DNS sorgusu).</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Aynı sunucuya doğru biçimlendirilmiş bir test gönderin; başarılı olursa komutlarını istemcinizinkilerle karşılaştırın.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>465 numaralı portun gerçekten ilk bayttan itibaren TLS beklediğini kontrol edin; bir sertifika ve 220 karşılaması görünmelidir.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Metin SPF&apos;ten söz ediyorsa gönderen alan adının SPF kaydını okuyun ve sözdizimini ve sorgu sayısını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; önce komut düzeltilmelidir, yoksa aynı 5.5.2 geri gelir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>Gmail&apos;in bozuk bir MAIL FROM ya da RCPT TO&apos;ya yanıtı; genellikle açılı ayraçsız ya da kabul etmediği parametreler içeren bir adres.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Çok fazla alıcı</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>alıcı sınırı</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>İşlemde sunucunun tek seferde alacağından daha fazla alıcı var. Amaçlanan davranış, gönderenin zaten kabul edilmiş alıcılara teslim etmesi ve geri kalanını sonraki bir işlemde göndermesidir; bazı sistemler ileti bütünüyle ilkenin izin verdiğinden fazla alıcıya sahip olduğunda kalıcı bir 5.5.3 kullanır.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>İleti başına sınıra ulaşıldığında RCPT TO aşamasında. Postfix smtpd_recipient_limit (varsayılan 1000) aşıldıktan sonra 452 4.5.3 Error: too many recipients (çok fazla alıcı) yanıtını verir; Gmail ve Microsoft 365 fazlalığı 452 4.5.3 ile erteler. RFC 5321, sunucuların en az 100 alıcıyı arabelleğe alması ve bu durum için 452 kullanması gerektiğini söyler.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Doğru çalışan bir gönderen MTA alıcı listesini bölerek bunu kendiliğinden halleder; bu yüzden genellikle kimsenin bir şey yapması gerekmez. Posta bunun yerine başarısız oluyorsa gönderenin yöneticisi MTA&apos;da ya da posta yazılımında işlem başına alıcı sayısını düşürür, toplu gönderenler de büyük listeleri böler. Exchange&apos;den gelen kalıcı bir 5.5.3 için gönderen To, Cc ve Bcc adreslerini azaltır ya da bir dağıtım listesi kullanır.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Alıcı sunucunun işlem başına kabul ettiğinden daha fazla alıcıya gönderilmiş bir ileti.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Tüm listesini tek bir SMTP işleminde gönderen posta yazılımı.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365, tek bir alan adı için işlem başına sınırını aşan zarf alıcılarını erteliyor.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>452&apos;yi, ertelenen alıcıları yeniden denemek yerine ölümcül bir hata sayan bir istemci.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Kendi Postfix&apos;inizin ileti başına kaç alıcı kabul ettiğine bakın.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Postfix istemcinizin bir hedefe tek bir teslimde kaç alıcı koyduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>4.5.3 ile ertelenen alıcıları bulun ve yeniden denendiklerini kontrol edin.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Kabul edilen alıcılara teslim edin, sonra ertelenenleri her birinde daha az alıcı olan yeni bir işlemde yeniden deneyin. Bir 5.5.3, yeniden göndermeden önce alıcı listesinin küçültülmesini gerektirir.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail bu işlemde alıcı listesinin yalnızca bir kısmını alır; normal bir MTA geri kalanını yeniden dener. Metin Google&apos;ın gönderim sınırlarına işaret eder; bu yüzden çok büyük listelere posta gönderen Gmail kullanıcıları da bunu görür.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online, tek bir işlemde aynı alan adı için 200&apos;ü aşan zarf alıcılarını erteler; gönderen sunucu geri kalanlara başka bir işlemde göndermelidir.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Geçersiz komut bağımsız değişkenleri</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>geçersiz parametre</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>Komut geçerli ama bağımsız değişkenlerinden biri değil: aralık dışında, bozuk ya da sunucunun tanımadığı bir parametre veya anahtar sözcük. RFC 3463 bunu kalıcı olarak tanımlar; kayıt ise daha sonra kalkabilecek sınırlar için 4&apos;e de izin verir.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Çoğunlukla 501 5.5.4 ya da 555 5.5.4 olarak. Postfix bunu bağımsız değişkenler ayrıştırılamadığında, beklenen biçimi göstererek (501 5.5.4 Syntax: VRFY address) ya da hatalı değeri belirterek (501 5.5.4 Bad message size syntax, yani ileti boyutu sözdizimi hatalı), ve bilinmeyen MAIL FROM parametreleri için kullanır; RFC 4954, sunucunun desteklemediği bir AUTH mekanizması için 504 5.5.4 kullanır; Gmail hatalı bir HELO ya da EHLO adını 501 5.5.4 ile reddeder.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>İstemci yazılımı ya da onu yapılandıran kişi sunucunun kabul ettiği bağımsız değişkenleri göndermelidir: EHLO listesinden bir AUTH mekanizması, yalnızca sunucu ilgili uzantıyı duyurduğunda ESMTP parametreleri, EHLO&apos;da tam nitelikli bir makine adı ya da adres ve sayı beklenen yerde sayılar.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Sunucunun duyurmadığı bir AUTH mekanizması.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Uzantıyı duyurmamış bir sunucuya ya da geçersiz değerlerle gönderilen SIZE=, BODY= veya SMTPUTF8 gibi MAIL FROM parametreleri.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Boş ya da geçersiz bir EHLO bağımsız değişkeni; örneğin tek bir sözcük ya da köşeli ayraçsız bir IP adresi.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Sözdizimi hatalı DSN parametreleri (NOTIFY=, ORCPT=, RET=).</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Sunucunun sunduğu uzantıları ve AUTH mekanizmalarını listeleyin ve istemcinin gönderdikleriyle karşılaştırın.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Postfix sunucunuzun EHLO&apos;da sunduğu makine adını kontrol edin.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Kimlik doğrulamayı duyurulan listeden alınmış bir mekanizmayla test edin.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Aynı bağımsız değişkenlerle yeniden denemeyin; parametreyi ya da mekanizmayı düzeltin ve komutu yeniden gönderin. Sunucu sınırın geçici olduğunu belirttiği için bir 4.5.4 daha sonra yeniden denenebilir.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail, boş olan ya da geçerli bir alan adı veya adres olmayan bir EHLO ya da HELO adını reddeder; gönderen sunucu düzgün bir makine adı sunmalıdır.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Yanlış protokol sürümü</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>İki taraf bir protokol sürümünde anlaşamadı ve uyumsuzluğu otomatik olarak çözemedi. RFC 3463&apos;ün özgün kümesinin bir parçasıdır ama bugün nadiren gönderilir; çoğu sunucu protokol uyumsuzluklarını bunun yerine 5.5.1 ya da 5.5.2 olarak bildirir.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Gerçek trafikte nadiren görülür. Bir SMTP dinleyicisine LMTP (LHLO) konuşan bir istemci ya da ESMTP&apos;de ısrar eden bir hizmetle konuşan, yalnızca HELO bilen çok eski bir istemci gibi durumlara uyar; protokol ağ geçitleri de bir posta protokolü sürümünü diğerine eşleyemediklerinde bunu kullanabilir.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>İstemcinin yöneticisi yazılımın portun beklediği protokolü konuştuğundan emin olur: 25 ve 587&apos;de STARTTLS ile SMTP, 465&apos;te ilk bayttan itibaren TLS, LMTP yalnızca bir LMTP soketinde. Sonra koddan sonraki metni okuyun; sunucu genellikle ne beklediğini söyler.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Bir SMTP portuna LMTP ya da bir LMTP soketine SMTP konuşan bir istemci.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>ESMTP özellikleri gerektiren bir hizmetle konuşan, yalnızca HELO bilen eski bir istemci.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Posta sistemleri arasında bir protokol sürümünü diğerine çeviremeyen bir ağ geçidi.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Elle bağlanın ve karşılamayı okuyun; genellikle portun ESMTP mi yoksa LMTP mi konuştuğunu gösterir.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Gönderen uygulamanın hangi protokol ve port ya da soket için yapılandırıldığını kontrol edin ve orada dinleyen hizmetle karşılaştırın.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; istemcinin doğru porta doğru protokolü konuşacak şekilde yeniden yapılandırılması gerekir.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>Kimlik doğrulama alışverişi satırı çok uzun</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>SMTP AUTH sırasında istemci, seçilen SASL mekanizması için sunucunun arabelleğinden daha uzun bir base64 satırı gönderdi, bu yüzden sunucu AUTH komutunu başarısız saydı. RFC 4954 tarafından tanımlanır, 500 5.5.6 olarak gönderilir; RFC 4954 o dönemde kullanılan mekanizmalar için 12288 baytın yeterli görüldüğünü belirtir.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Yalnızca AUTH&apos;a ya da bir 334 sınamasından sonraki devam satırına yanıt olarak. Tipik tetikleyiciler büyük Kerberos (GSSAPI) belirteçleri, küçük bir sunucu sınırını aşan OAuth taşıyıcı (bearer) belirteçleri ya da bozuk, sonu gelmeyen bir satır gönderen bir istemcidir. Postfix 500 5.5.6 SASL response limit exceeded yanıtını verir.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>Meşru belirteçler izin verilenden büyükse, örneğin çok sayıda grup üyeliği taşıyan Kerberos biletleri ya da uzun OAuth belirteçleri, sunucunun yöneticisi kimlik doğrulama arabelleğini büyütür; Postfix&apos;te bu smtpd_sasl_response_limit&apos;tir (varsayılan 12288), AUTH satırının kendisindeki ilk yanıt ise line_length_limit ile sınırlanır. İstemci tarafında amaçlanan mekanizmanın kullanıldığını ve her yanıtın tek, düzgün biçimli bir base64 satırı olduğunu kontrol edin; TLS üzerinden PLAIN büyük belirteçlerden kaçınır.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Çok sayıda grup üyeliğiyle şişmiş bir Kerberos (GSSAPI) bileti.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Sunucunun AUTH satırı sınırından büyük bir OAuth 2.0 erişim belirteci.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Yanlış veri ya da satır sonu olmadan gönderen bir istemci hatası; bu yüzden sunucu sonu gelmeyen tek bir satır okuyor.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Kimlik doğrulama arabelleği RFC 4954&apos;ün andığı 12288 baytın çok altında olan, alışılmadık derecede küçük bir sunucu.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Hesabın çalıştığını ve hatanın belirteç boyutuyla ilgili olduğunu doğrulamak için basit bir mekanizmayla kimlik doğrulaması yapın.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Denemenin yapıldığı saat civarında sunucu günlüğünde AUTH hatasını arayın.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Postfix sunucusunda SASL yanıtlarına ve AUTH komut satırına uygulanan sınırları okuyun.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>İstemci ya da kütüphanesi belirteci günlüğe yazabiliyorsa uzunluğunu sunucunun sınırıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Aynı AUTH alışverişini tekrarlamayın; aynı şekilde başarısız olur. Daha küçük bir belirteç ya da başka bir mekanizma kullanın veya sunucu sınırını yükselttirin, sonra yeniden kimlik doğrulaması yapın.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Diğer veya tanımsız ortam hatası</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>bozuk ileti</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>geçersiz MIME</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>İleti içeriğiyle ilgili bir şey onu teslim edilemez kıldı ve daha belirli bir X.6 kodu uymuyor. Retlerde genellikle alıcı tarafın iletiyi bozuk bulduğu anlamına gelir: kırık MIME, hatalı başlıklar ya da işleyemediği içerik.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Çoğunlukla DATA sonunda, alıcı taraf iletiyi ayrıştırdıktan sonra. Gmail bozuk iletileri 554 5.6.0 Mail message is malformed. Not accepted. ile reddeder. Microsoft Exchange ise kodu başarı için kullanır: DATA&apos;ya normal yanıtı 250 2.6.0 ve ardından ileti kimliği ile Queued mail for delivery&apos;dir (posta teslim için kuyruğa alındı).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>Gönderen ya da iletiyi oluşturan yazılım yapısını düzeltir: düzgün biçimli başlık satırları, tam olarak bir From, Date ve Message-ID, 998 karakterden uzun olmayan satırlar, eşleşen MIME sınırları, doğru aktarım kodlamaları. Betiklerin ve cihazların ürettiği posta olağan şüphelidir; aynı içeriği sıradan bir e-posta istemcisinden göndermek, hatanın üreten yazılımda olup olmadığını gösterir.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>Kırık MIME: eksik ya da eşleşmeyen sınırlar, yanlış bir Content-Transfer-Encoding, kesik parçalar.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Bozuk, yinelenmiş ya da RFC 5322&apos;nin izin verdiğinden uzun başlık satırları.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>İletide çıplak LF ya da NUL karakterleri; genellikle betiklerden veya gömülü cihazlardan.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Bir eki ayrıştıramayan ve iletiyi genel bir kodla reddeden bir içerik tarayıcısı.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Reddedilen iletiyi bir dosyaya kaydedin ve önemli başlıklarını inceleyin.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>RFC 5322&apos;nin yasakladığı, 998 karakterden uzun satırları arayın.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Aynı içeriği sıradan bir e-posta istemcisinden gönderin; o kopya kabul edilirse hata üreten yazılımdadır.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; aynı içerik yine reddedilir. Alıcı tarafın içerik işlemesi geçici olarak başarısız oluyorsa bir 4.6.0 sonraki bir denemede başarılı olabilir.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail iletiyi yapısal olarak geçersiz buldu (başlıklar ya da MIME RFC 5322&apos;ye uygun değil); gönderen yazılımın doğru bir ileti üretmesi gerekir.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Exchange&apos;in DATA&apos;dan sonraki normal başarı yanıtı: ileti kabul edildi ve kuyruğa alındı. Kayıt X.6.0&apos;ı yalnızca hatalar için listelese de 2.6.0 bir hata değil, Exchange&apos;in alışkanlığıdır.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Ortam desteklenmiyor</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>desteklenmeyen içerik türü</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>İleti, teslim protokolünün ya da yoldaki sonraki sistemin taşıyamadığı bir ortam türü veya kodlama kullanıyor. Yalnızca kalıcı olarak tanımlanmıştır: ileti mevcut hâliyle daha ileri gidemez.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Doğrudan SMTP yanıtı olarak nadirdir; daha çok içeriği aktaramayan bir aktarma sunucusundan (relay) ya da ağ geçidinden gelen bir geri dönen iletide; örneğin BINARYMIME sunmayan bir atlamaya (hop) doğru ikili içerik ya da MIME türünü temsil edemeyen faks, SMS veya eski bir sisteme açılan bir ağ geçidi.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>Gönderen içeriği yolun taşıyabileceği bir biçimde yeniden gönderir: base64 ya da quoted-printable kodlamalı standart MIME ve yaygın bir ek türü. Hedef bir ağ geçidiyse (faks, çağrı cihazı, eski sistem) hangi biçimleri kabul ettiğini alıcının yöneticisi söyleyebilir.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>BINARYMIME sunmayan bir atlamaya doğru gönderilen ikili içerik (BODY=BINARYMIME).</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Onu dönüştürmeyecek, yalnızca 7 bit kabul eden bir atlamaya giden ham 8 bit içerik.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>İletinin MIME türünü temsil edemeyen, e-posta dışı bir sisteme açılan bir ağ geçidi.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Sonraki atlamanın EHLO&apos;dan sonra hangi gövde uzantılarını (8BITMIME, BINARYMIME, CHUNKING) duyurduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>İleti gövdesinin ve eklerin nasıl kodlandığını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; içeriği yeniden kodlayın ya da desteklenen bir türe dönüştürün ve yeni bir ileti gönderin.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Dönüştürme gerekli ama yasak</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>İletiyi teslim etmek için yoldaki bir sistemin içeriğini dönüştürmesi gerekirdi, ancak dönüştürmeye izin verilmiyor; ya gönderen bunu iletide belirttiği için ya da gönderen makinenin ilkesi bunu yasakladığı için.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>Sonraki atlamanın içeriği olduğu gibi alamadığı noktada aktarma sunucularından (relay) ve ağ geçitlerinden gelen geri dönen iletilerde; örneğin aktarma sunucusu hiçbir zaman düşürme (downgrade) yapmayacak şekilde ayarlıyken yalnızca 7 bit kabul eden bir sunucuya doğru 8 bit MIME ya da dönüştürülmemesi işaretlenmiş, X.400 veya benzeri bir ağ geçidi için içerik.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>Gönderen yasağı kaldırır ya da dönüştürme gerektirmeyen içerik gönderir (base64 ya da quoted-printable gibi 7 bit güvenli kodlamalar). Yasak gönderen makinenin ilkesiyse o yol için düşürmeye izin verilip verilmeyeceğine gönderenin yöneticisi karar verir.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>İleti ya da zarfı içerik dönüştürmeyi yasaklıyor ve sonraki atlama dönüştürme gerektiriyor.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>Aktarma sunucusu (relay) 8 bit içeriği hiçbir zaman düşürmeyecek şekilde yapılandırılmış ve sonraki atlamada 8BITMIME yok.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>X.400&apos;e ya da başka bir posta sistemine açılan bir ağ geçidinin içeriği dönüştürmesi gerekecek ve gönderenin ayarları buna izin vermiyor.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Sonraki atlamanın 8BITMIME duyurup duyurmadığını kontrol edin; bağlanın, EHLO example.net gönderin ve listeyi okuyun.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>İletide dönüştürmeyi zorunlu kılacak ham ASCII dışı baytlar arayın.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; ya dönüştürmeye izin verin ya da içeriği hiçbirine gerek kalmayacak şekilde yeniden kodlayın, sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Dönüştürme gerekli ama desteklenmiyor</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>İçeriğin ileriye yönlendirilebilmesi için dönüştürülmesi gerekiyor ve bunu yapması gereken makine yapamıyor. RFC 3463&apos;ün kendi örneği, 8 bit postayı kabul eden ama 7 bit isteyen bir sonraki atlama (hop) için onu 7 bite düşüremeyen bir ağ geçididir.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>Takılıp kalan aktarma sunucusundan (relay) gelen bir geri dönen iletide ya da veri sonunda 554 5.6.3 olarak. RFC 4468, başvurulan içeriğin gönderim (submission) sunucusunun yapamayacağı bir dönüştürme gerektirdiği durumda BURL&apos;e olası bir yanıt olarak 554 5.6.3 Conversion required but not supported&apos;ı listeler.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>Gönderen 7 bit güvenli içerik göndererek dönüştürmeden kaçınabilir: base64 ya da quoted-printable kodlanmış parçalar ve RFC 2047 ile kodlanmış başlıklar. Başarısız olan aktarma sunucusunun (relay) yöneticisi MIME düşürmeyi etkinleştirebilir ya da postayı baştan sona 8BITMIME destekleyen bir yoldan yönlendirebilir.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>Onu düşüremeyen bir aktarma sunucusu (relay) üzerinden 8BITMIME&apos;siz bir sunucuya yönlendirilen 8 bit içerik.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>BINARYMIME&apos;siz bir atlama için yeniden kodlanması gerekecek ikili içerik.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Söz konusu içerik türü için dönüştürücüsü olmayan bir ağ geçidi.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>İleti başlıklarında ve gövdesinde ham 8 bit bayt içeren satırları sayın.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Bir Postfix aktarma sunucusunda (relay) 8 bitten 7 bite çıktı dönüştürmesinin kapatılmadığını doğrulayın.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>8BITMIME&apos;siz atlamayı geri dönen iletinin Remote-MTA ya da Reporting-MTA alanından belirleyin ve EHLO yanıtını okuyun.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Aynı yol üzerinden değiştirmeden yeniden denemeyin; 7 bit güvenli içerik gönderin ya da önce aktarma sunucusunu (relay) düzelttirin.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Kayıplı dönüştürme yapıldı</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Genellikle uyarılı bir başarıdır: ileti teslim edildi, ancak yoldaki bir dönüştürme bazı bilgileri kaybetti; örneğin temsil edilemeyen karakterler ya da düzleştirilen veya atılan parçalar. RFC 3463 ayrıca gönderen kayıplı dönüştürmeyi yasakladıysa bunu kalıcı bir hata olarak da kabul eder.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Bir teslim raporunda ya da bir 250 yanıtında 2.6.4 olarak; RFC 4468, BURL için 250 2.6.4 MIME header conversion with loss performed (MIME başlığı kayıplı dönüştürüldü) gösterir. 5.6.4 biçimi, kayıplı dönüştürmeyi reddeden ağ geçitlerinden gelen geri dönen iletilerde görülür.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>2.6.4 için düzeltilecek bir şey yok, ancak alıcı bozulmuş bir kopya alabilir. Bu önemliyse gönderen daha basit içerik (düz metin ya da yaygın ek türleri, düzgün kodlanmış başlıklar) yeniden gönderir ya da alıcının yöneticisi dönüştürmeyi yapan ağ geçidini bulur. 5.6.4 için gönderen kayıplı dönüştürmeye izin vermeli ya da içeriği değiştirmelidir.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Bir ağ geçidi iletiyi her karakteri temsil edemeyen bir karakter kümesine ya da biçime dönüştürdü.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>ASCII dışı metin içeren MIME başlıkları düşürüldü ve özgün karakterler kayboldu.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Hedef sistemin saklayamadığı bir ek türü ayıklandı ya da değiştirildi.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Teslim raporunun alıcı başına bölümünü okuyun; Action ve Status teslim edildiğini (2.6.4) ya da reddedildiğini (5.6.4) gösterir.</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Alıcıya ulaşabiliyorsanız neyin kaybolduğunu görmek için ulaşanı gönderilenle karşılaştırın.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>2.6.4 için yeniden denenecek bir şey yok; ileti teslim edildi. 5.6.4 için yalnızca içeriği ya da dönüştürme ayarını değiştirdikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Dönüştürme başarısız</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Bir dönüştürme gerekti ve denendi, ancak başarısız oldu. Geçici (4.6.5, dönüştürücü sonraki bir denemede çalışabilir) ya da kalıcı (5.6.5, bu içerik dönüştürülemez) olabilir.</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>İletileri dönüştüren aktarma sunucularından (relay), ağ geçitlerinden ve içerik filtrelerinden gelen geri dönen iletilerde ya da ertelemelerde: 8 biti 7 bite düşürmek, ekleri yeniden kodlamak, karakter kümelerini dönüştürmek ya da postayı faksa ve diğer e-posta dışı sistemlere vermek.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>4.6.5 için aktarma sunucusunun yöneticisi dönüştürücüyü ya da filtreyi kontrol eder (çökmüş hizmet, eksik araç, kaynak sınırları) ve kuyruğun yeniden denemesine izin verir. 5.6.5 için gönderen dönüştürme gerektirmeyen içerik gönderir: standart kodlamalar, yaygın dosya türleri ve doğru bildirilmiş karakter kümeleri.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>İletide bildirilen karakter kümesi baytlarıyla uyuşmuyor, bu yüzden yeniden kodlama başarısız oluyor.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Dönüştürücünün ayrıştıramadığı bozuk ya da kesik bir ek.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>Aktarma sunucusundaki (relay) dönüştürme hizmeti ya da içerik filtresi çöktü veya zaman aşımına uğradı.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Dönüştürücünün bilmediği alışılmadık bir karakter kümesi ya da MIME türü.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>İletide bildirilen karakter kümelerini ve aktarım kodlamalarını kontrol edin.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Aktarma sunucusunda (relay) hata anında dönüştürücü ya da içerik filtresi hatalarını arayın.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Bir 4.6.5&apos;i artan aralıklarla daha sonra yeniden deneyin. Bir 5.6.5&apos;i değiştirmeden yeniden denemeyin; önce içeriğin değişmesi gerekir.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>İleti içeriği kullanılamıyor</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>Gönderim (submission) sunucusu ileti içeriğini istemcinin gösterdiği yerden alamadı. Kod BURL&apos;den (RFC 4468) gelir: istemci iletiyi yüklemek yerine bir IMAP sunucusunda saklanan kopyanın URL&apos;sini verir ve sunucu onu alamamıştır. 4.6.6 daha sonra yeniden deneyin, 5.6.6 ise bu başvurunun çalışmayacağı anlamına gelir.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>Bir gönderim (submission) sunucusunda (port 587) BURL komutuna yanıt olarak, genellikle 554 5.6.6 IMAP URL resolution failed şeklinde. BURL nadirdir: Dovecot&apos;un submission hizmeti (2.3 ve sonrası), IMAP URLAUTH (RFC 4467) ile birlikte kullanılan bir uygulamadır. IMAP sunucusuna hiç ulaşılamıyorsa RFC 4468 bunun yerine 451 4.4.1 önerir.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>İstemci, sunucunun çözümleyemediği ya da kullanmasına izin verilmeyen bir URL üretti. Posta yöneticisi gönderim (submission) sunucusunun URL&apos;de adı geçen IMAP sunucusuna güvenecek ve ulaşacak şekilde kurulduğunu (Dovecot&apos;ta imap_urlauth_host ve URLAUTH yapılandırması) ve URL&apos;nin var olan bir iletiyi gösterdiğini kontrol eder. Geçici çözüm olarak istemci iletiyi BURL yerine DATA ile gönderebilir.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>URLAUTH ile yetkilendirilmiş URL&apos;nin süresi doldu ya da iptal edildi veya gösterdiği ileti silindi ya da taşındı.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL, gönderim (submission) sunucusunun veri almak için yapılandırılmadığı bir makineyi ya da portu belirtiyor.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>Gönderim (submission) sunucusunun IMAP sunucusuyla bir güven ilişkisi yok (bu durumun kendi kodu vardır, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>İçerik alınırken IMAP sunucusu başarısız oldu.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Dovecot submission hizmetinin BURL içeriğini hangi IMAP makinesinden ve portundan alabileceğini kontrol edin.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Gönderim (submission) portuna bağlanın, EHLO example.net gönderin ve BURL&apos;ün beklenen URL türüyle duyurulduğunu doğrulayın.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Bir alma sorununu bir ileti sorunundan ayırmak için aynı iletiyi BURL yerine DATA ile gönderin.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Bir 4.6.6&apos;yı daha sonra yeniden deneyin. Bir 5.6.6&apos;dan sonra aynı BURL&apos;ü tekrarlamayın; yeni bir URL üretin ya da iletiyi DATA ile gönderin.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Bu gönderen/alıcı için ASCII olmayan adreslere izin verilmiyor</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>uluslararası e-posta adresi</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Bir zarf adresi ASCII olmayan (UTF-8) karakterler içeriyor ve sunucu, SMTPUTF8&apos;i desteklemediği ya da istemci MAIL FROM&apos;da bunu istemediği için bu işlemde onu kabul etmiyor. RFC 6531 bunu bir RCPT TO adresi reddedildiğinde 553, MAIL FROM adresi reddedildiğinde 550 ile eşleştirir.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>MAIL FROM ya da RCPT TO aşamasında: bir istemci SMTPUTF8 parametresi olmadan UTF-8 bir adres gönderdiğinde Postfix 553 5.6.7 Must declare SMTPUTF8 to send unicode address yanıtını verir. Postfix gönderen tarafta da dsn=5.6.7 ile geri döndürür (SMTPUTF8 is required, but was not offered by host ...); bu çoğunlukla bir betik bir Subject başlığına ham UTF-8 koyduğu ve sonraki atlama SMTPUTF8 sunmadığı içindir.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Adres gerçekten uluslararası ise gönderen istemci SMTPUTF8 kullanmalıdır (EHLO yanıtı onu listelemeli ve MAIL FROM SMTPUTF8 parametresini taşımalıdır) ve her atlama onu desteklemelidir; aksi hâlde gönderenin aynı kişi için bir ASCII adrese ihtiyacı vardır. Yalnızca başlıklar UTF-8 içeriyorsa gönderen yazılım onları RFC 2047 kodlanmış sözcükleri olarak kodlamalıdır. Bir Postfix yöneticisi ayrıca smtputf8_autodetect_classes&apos;ı sınırlayabilir ya da pek çoğunun yaptığı gibi, EAI desteğinden vazgeçme pahasına smtputf8_enable = no ayarlayabilir.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>Alıcı ya da gönderen adresinin yerel kısmında ASCII olmayan karakterler ya da U-label bir alan adı var ve sunucuda SMTPUTF8 yok.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>İstemci UTF-8 bir adres gönderdi ama MAIL FROM&apos;da SMTPUTF8 parametresini atladı.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>İleti başlıklarındaki ham UTF-8, Postfix&apos;in iletiyi SMTPUTF8 gerektiren olarak işaretlemesine yol açtı ve sonraki atlama bunu sunmuyor.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Genel olarak SMTPUTF8&apos;i destekleyen bir sunucu, bu belirli posta kutusu ya da alan adı için ASCII olmayan adresleri reddediyor.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Alıcı sunucunun EHLO yanıtında SMTPUTF8&apos;i listeleyip listelemediğine bakın.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Gönderen Postfix&apos;in SMTPUTF8 ayarlarını kontrol edin.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Geri dönen iletileri ve SMTPUTF8 sunmayan makineleri bulun.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Uluslararası bir alan adı için, SMTPUTF8&apos;siz sunucuların kabul edebileceği A-label (xn--) biçimini edinin.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin. Yol SMTPUTF8&apos;i desteklediğinde, destekleyen bir sunucu üzerinden ya da aynı kişinin ASCII adresine yeniden gönderin.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>UTF-8 dize yanıtı gerekli, ancak SMTP istemcisi buna izin vermiyor</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>Sunucunun yanıtında UTF-8 içeren bir posta kutusu adı göstermesi gerekecek, ancak istemci UTF-8 yanıtları işleyebildiğini söylemedi. SMTPUTF8 altında VRFY ve EXPN&apos;e aittir (RFC 6531 bölüm 3.7.4.2): 252 2.6.8 olarak sunucu adresi göstermeyi reddeder ama yine de onun için posta kabul eder; 550 5.6.8 (ya da 553) olarak reddeder.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Yalnızca yanıt ASCII olmayan bir posta kutusu içerecekse, SMTPUTF8 parametresi olmadan gönderilen VRFY ya da EXPN&apos;e yanıt olarak. Çoğu herkese açık sunucu VRFY ve EXPN&apos;i tamamen kapattığı için uygulamada çok nadirdir.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Bozuk bir şey yok. Tam yanıtı isteyen bir istemci ya da yönetici EHLO yanıtının SMTPUTF8&apos;i listelediğini kontrol eder ve komutu parametreyle, VRFY name SMTPUTF8 şeklinde tekrarlar. 252 2.6.8&apos;den sonra adrese posta doğrudan gönderilebilir.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>Adı uluslararası olan bir posta kutusu için SMTPUTF8 parametresi olmadan gönderilen VRFY ya da EXPN.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>EXPN ile genişletilen ve en az bir ASCII olmayan adres içeren bir liste.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Hiç SMTPUTF8 göndermeyen eski bir istemci ya da betik, EAI destekli bir sunucuyu sorguluyor.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Bir oturum açın, EHLO example.net gönderin, SMTPUTF8&apos;in listelendiğini kontrol edin, sonra VRFY ya da EXPN&apos;i SMTPUTF8 parametresiyle tekrarlayın.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>İletinin kendisi için yeniden denenecek bir şey yok. Yanıta ihtiyacınız varsa VRFY ya da EXPN&apos;i SMTPUTF8 parametresiyle tekrarlayın.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>UTF-8 başlıklı ileti bir ya da daha fazla alıcıya aktarılamıyor, bu yüzden ileti reddedilmeli</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>İletinin uluslararası (UTF-8) başlıkları var ve en az bir alıcı böyle bir iletiyi kabul edemiyor, bu yüzden sunucu DATA&apos;nın son noktasından sonra onu reddediyor. IANA kaydı bunu 550 ile eşleştirir, RFC 6531 bölüm 3.5 ise yanıtı 554 Transaction failed olarak tanımlar; bu yüzden onunla birlikte iki temel koddan birini bekleyin.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>Alıcıları kabul etmiş ve ancak sonra bunlardan birinin, örneğin EAI desteği olmayan aşağı akıştaki bir depodaki bir posta kutusunun, UTF-8 başlıkları alamayacağını fark etmiş SMTPUTF8 farkındalıklı bir sunucuda DATA sonunda. RFC 6531 sunucuları bunu RCPT TO aşamasında algılamaya teşvik eder; o durumda X.6.7 verilir.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>Gönderen uluslararası başlıklar olmadan (Subject&apos;te ve görünen adlarda RFC 2047 kodlanmış sözcükler, ASCII adresler) yeniden gönderir ya da EAI postası alamayan alıcılara ayrı gönderir. Posta kutusunun bu tür posta alması gerekiyorsa alıcının yöneticisi baştan sona SMTPUTF8 desteğini etkinleştirebilir.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>Bir alıcı posta kutusu SMTPUTF8 desteği olmayan bir deponun ya da aşağı akıştaki bir atlamanın arkasında.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>İleti, başlıklarında (Subject, görünen adlar, adresler) kodlanmış sözcükler yerine ham UTF-8 taşıyor.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Bazı alıcıların uluslararası postayı desteklediği, diğerlerinin desteklemediği karışık bir alıcı listesi.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>İletinin başlık bölümünde, yani ilk boş satıra kadar olan her şeyde, ham ASCII dışı baytlar arayın.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Alıcı sunucunun kendisinin SMTPUTF8 sunduğunu doğrulayın; böylece ret arkasındaki bir alıcıdan gelmektedir.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; kodlanmış başlıklarla ya da yalnızca uluslararası postayı kabul eden alıcılara yeniden gönderin.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Kullanımdan kaldırıldı: X.6.8&apos;in kopyası</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>X.6.8&apos;i yineleyen, kullanımdan kaldırılmış bir kayıt girdisi; bunun yerine X.6.8&apos;i kullanın ve okuyun. Deneysel RFC 5336, aynı durum, yani istemcinin izin vermediği bir UTF-8 yanıtı için ikinci bir kod olarak yanlışlıkla kaydetmişti (553 ve 550 ile X.6.8, 252 ile X.6.10); RFC 6531 252 durumunu X.6.8&apos;e kattı ve X.6.10&apos;u kullanımdan kaldırılmış olarak işaretledi.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Neredeyse hiç. Yalnızca deneysel RFC 5336&apos;ya göre yazılmış yazılımlar VRFY ya da EXPN&apos;e yanıt olarak hâlâ 252 2.6.10 gönderebilir; görürseniz X.6.8 ne demekse tam olarak onu demektir.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>X.6.8 gibi ele alın: istemci SMTPUTF8 parametresi olmadan VRFY ya da EXPN gönderdi ve yanıt UTF-8 bir posta kutusu adı içerecekti. Bunu gönderen sunucunun yöneticisi yazılımı X.6.8 kullanacak şekilde güncellemelidir.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>RFC 6531 yerine deneysel RFC 5336&apos;yı uygulayan sunucu yazılımı.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Kayıttan 2012 öncesindeki hâliyle kopyalanmış, koda gömülü bir durum tablosu.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>X.6.8&apos;de olduğu gibi, sunucunun EHLO&apos;dan sonra SMTPUTF8&apos;i listelediğini kontrol edin, sonra VRFY ya da EXPN&apos;i SMTPUTF8 parametresiyle tekrarlayın.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>İleti için yeniden denenecek bir şey yok; onu tam olarak X.6.8 gibi ele alın ve yanıta ihtiyaç varsa sorguyu SMTPUTF8 ile tekrarlayın.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Diğer veya tanımsız güvenlik durumu</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>tls gerekli</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>smtp kimlik doğrulama gerekli</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>Her şeyi kapsayan güvenlik ve ilke kodu: bir şey, sunucunun daha ayrıntılı anlatmadığı bir güvenlik nedeniyle reddedildi, geciktirildi ya da (2.7.0 olarak) kabul edildi. 5.7.0 olarak kalıcı bir rettir, en sık istemcinin önce STARTTLS kullanması ya da oturum açması gerektiğinde verilen 530 5.7.0 şeklinde; 4.7.0 olarak geçicidir, örneğin sunucunun kimlik doğrulama altyapısı çalışmadığında 454 4.7.0 ya da bir sağlayıcının 421 4.7.0 hız sınırı. 235 2.7.0, başarılı bir AUTH&apos;a verilen normal yanıttır.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>Gönderim (submission) portlarında (587, 465) STARTTLS ve AUTH çevresinde ve bir istemci oturum açmadan göndermeye çalıştığında MAIL FROM aşamasında. Postfix, TLS zorunluyken 530 5.7.0 Must issue a STARTTLS command first, kendi TLS ya da SASL kurulumu başarısız olduğunda ise 454 4.7.0 yanıtını verir. Gmail ve Yahoo gibi büyük alıcı sağlayıcılar itibarı zayıf gönderenleri kısıtlamak için 421 4.7.0 kullanır.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Koddan sonraki metni okuyun, çünkü asıl nedeni o taşır. STARTTLS ya da kimlik doğrulama istiyorsa istemci yazılımı 587 numaralı portta STARTTLS&apos;e (ya da 465 numaralı portta SSL/TLS&apos;e) ayarlanmalı ve posta kutusunun kimlik bilgileriyle oturum açmalıdır. 454 4.7.0 geçici kimlik doğrulama hatasıysa sunucunun yöneticisi kimlik doğrulama altyapısını (Dovecot, Cyrus SASL, LDAP) ve TLS sertifika dosyalarını kontrol eder. Bir sağlayıcının 421 4.7.0 kısıtlamasıysa gönderenin yöneticisi itibar sorunlarını (PTR kaydı, SPF, DKIM, şikâyet oranı, ani hacim) düzeltir ve kuyruğun yeniden denemesine izin verir.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>E-posta istemcisi ya da uygulama, sunucu her şeyden önce TLS isterken gönderim (submission) portuyla STARTTLS olmadan konuşuyor.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>İstemci SMTP AUTH&apos;u atlıyor ve yalnızca oturum açmış kullanıcılar için aktarma (relay) yapan bir sunucuda doğrudan MAIL FROM&apos;a geçiyor.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>Sunucunun SASL altyapısına (Dovecot auth soketi, saslauthd, LDAP) ulaşılamıyor, bu yüzden oturum açmalar geçici olarak başarısız oluyor.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>Sunucu kendi TLS sertifikasını ya da anahtarını yükleyemiyor, bu yüzden STARTTLS sunamıyor ve geçici bir retle yanıt veriyor.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Büyük bir alıcı sağlayıcı, düşük itibar ya da hacimdeki ani artış nedeniyle gönderen IP&apos;yi veya alan adını kısıtlıyor.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Gönderim (submission) portuna TLS ile bağlanın, EHLO&apos;yu elle gönderin ve 250-AUTH satırının TLS oturumunun içinde göründüğünü kontrol edin.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Hangi komutun 5.7.0 ya da 4.7.0 yanıtını aldığını görmek için kimliği doğrulanmış eksiksiz bir gönderim çalıştırın.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Postfix sunucusunda hata anının çevresinde TLS ve SASL uyarılarını arayın.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Bir sağlayıcının 421 4.7.0 kısıtlaması için gönderen IP&apos;nin, adı yine aynı IP&apos;ye çözümlenen bir PTR kaydı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Sınıfa bağlıdır. 4.7.0 geçicidir: iletiyi kuyrukta tutun ve artan aralıklarla yeniden deneyin. 5.7.0 yeniden denemeyle kalkmaz, bu yüzden önce TLS ya da oturum açma ayarlarını düzeltin. 2.7.0 başarıdır: oturuma devam edin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Gmail&apos;in gönderim (submission) sunucusu smtp.gmail.com, bir istemci 587 numaralı portta bağlantıyı STARTTLS ile yükseltmeden önce AUTH ya da MAIL FROM denediğinde bunu gönderir.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>smtp.gmail.com&apos;da bu, istemcinin başarılı bir oturum açma olmadan MAIL FROM&apos;a ulaştığı anlamına gelir; Gmail gönderilen postayı yalnızca kimliği doğrulanmış Google hesapları için aktarır (relay).</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Yahoo&apos;nun gönderen IP için geçici itibar ertelemesi (şikâyetler, olağandışı hacim ya da spam benzeri içerik). Kayıttaki anlamda bir güvenlik hatası değildir; itibar toparlandığında yeniden denemeler başarılı olur.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Teslime yetki verilmedi, ileti reddedildi</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>kara listede</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>engellenenler listesi</translation>
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
        <translation>aktarma reddedildi</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>aktarmaya izin verilmiyor</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>En yaygın ilke reddi: alıcı sunucu bu iletiyi bu gönderenden, istemciden ya da IP adresinden almayacak. Kayıt bunu yalnızca kalıcı (5.7.1) olarak tanımlar; aktarma (relay) reddini, kara liste eşleşmelerini, gönderen ya da alıcı kısıtlamalarını ve spam filtresi kararlarını kapsar. Uygulamada 4.7.1 de geçici bir ilke ertelemesi olarak yaygın biçimde gönderilir; klasik örnek gri listelemedir.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Genellikle RCPT TO aşamasında (relay access denied, yani aktarma erişimi reddedildi; alıcı kısıtlamaları, gri listeleme) ya da DATA sonunda (spam ve içerik filtreleri, başlık kontrolleri), bazen de istemci IP&apos;si bir kara listedeyse MAIL FROM aşamasında. Postfix, Exim, Exchange, Microsoft 365, Gmail ve Yahoo hepsi bunu gönderir ve koddan sonraki metin devreye giren kuralı adıyla belirtir.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Yanıtın tamamını okuyun ve adı geçen kurala göre hareket edin. Relay access denied: istemci yazılımı dış alan adlarına göndermeden önce kimliğini doğrulamalıdır ya da alıcının yöneticisi alan adını sunucunun kabul edilen alan adlarına eklemelidir. Kara listedeki IP: gönderenin yöneticisi listelemeyi bulur, nedenini düzeltir (ele geçirilmiş hesap, açık aktarma sunucusu (open relay), eksik PTR) ve listeden çıkarılmayı ister. Spam ya da itibar kararı: gönderenin yöneticisi kimlik doğrulamayı, içeriği ve hacmi gözden geçirir, sonra alıcı sağlayıcıdan inceleme ister. 4.7.1 gri listelemede bir şey yapmak gerekmez; gönderen sunucu kendiliğinden yeniden dener.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Aktarma reddedildi: istemci kimliğini doğrulamadan ya da sunucunun güvenmediği bir IP adresinden dış bir alan adına gönderdi.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>Gönderen IP bir DNS kara listesinde (Spamhaus ZEN, Barracuda, SpamCop) ya da bir sağlayıcının özel engelleme listesinde.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Bir spam ya da kötü amaçlı yazılım filtresi veya sağlayıcının itibar sistemi iletiyi istenmeyen ya da tehlikeli buldu.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Alıcı tarafta bir kural: posta kutusu ya da grup yalnızca belirli gönderenlerden ya da yalnızca kuruluş içinden posta kabul ediyor.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Gri listeleme (4.7.1 olarak): alıcı taraf bilinmeyen bir gönderenden gelen ilk denemeyi erteler ve sonraki bir yeniden denemeyi kabul eder.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>Gönderen adresi ya da alan adı alıcının kendi engelleme listesinde veya bir gönderen adresi doğrulamasından geçemiyor.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Reddi gönderen sunucunun günlüğünde bulun ve S3150 ya da BL21 gibi köşeli parantez içindeki etiketler dahil tam yanıt metnini okuyun.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Gönderen IP&apos;yi sekizlileri ters çevrilmiş olarak Spamhaus ZEN&apos;e karşı kontrol edin; 127.0.0.x aralığında bir yanıt listelendiği anlamına gelir. Spamhaus birçok herkese açık çözümleyiciyi reddettiği için sorguyu kendi çözümleyiciniz üzerinden yapın.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Reddi kendi Postfix sunucunuz gönderdiyse hangi kısıtlamanın ürettiğine bakın.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Kendi sunucunuz izin verilmesi gereken bir istemciye Relay access denied diyorsa aktarma (relay) ayarlarını gözden geçirin.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>5.7.1 için değiştirmeden yeniden göndermeyin: engel ya da ayar düzeltilene kadar ilke onu yine reddeder. 4.7.1 için iletiyi kuyrukta tutun ve normal şekilde yeniden deneyin; gri listeleme yapan bir sunucu, genellikle birkaç dakika sonra, sonraki bir denemeyi geçirir.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN), gönderen IP&apos;yi herkese açık DNS kara listelerinden ayrı olan Microsoft&apos;un kendi engelleme listesinde olduğu için reddediyor. Gönderenin yöneticisi listeden çıkarılmayı Microsoft&apos;un gönderen desteği (sender support) üzerinden istemelidir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Gmail&apos;in bu ileti hakkındaki spam kararı; DATA sonunda içerik ve gönderen itibarına göre verilir. Gmail 5.7.1&apos;i RFC 5322 başlık hataları ve kendisine doğrudan gönderme izni olmayan IP&apos;ler için de kullanır.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo, istemci IP&apos;sini bir Spamhaus listesinde göründüğü için reddediyor; önce listelemenin Spamhaus&apos;ta kaldırılması gerekir.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Posta listesi genişletmeye izin verilmiyor</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>bu gruba gönderme izni yok</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>Gönderenin, iletinin gönderildiği posta listesine ya da dağıtım grubuna ileti gönderme izni yok, bu yüzden liste onu üyelerine genişletmeyecek. Yalnızca kalıcı bir hata olarak tanımlanmıştır. Uygulamada nadirdir: çoğu liste yöneticisi ve grup yazılımı yetkisiz gönderenleri 5.7.1 ile reddeder ya da gönderiyi moderasyon için bekletir.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>Liste adresi gönderenleri kendisi kontrol ediyorsa RCPT TO aşamasında ya da daha sonra, liste sunucusu iletiyi alıp gönderenin yetkisiz olduğunu fark ettikten sonra ondan gelen bir geri dönen iletide (DSN). Tipik durumlar yalnızca üyelere açık tartışma listeleri, duyuru listeleri ve kurum içi ya da adı belirtilmiş gönderenlerle sınırlı dağıtım gruplarıdır.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>Gönderen, bir takma ad (alias) ya da başka bir hesaptan değil, tam olarak abone olan ya da izin verilen adresten gönderdiğini kontrol eder. İzin verilmesi gerekiyorsa liste sahibi ya da alıcının yöneticisi adresi üyelere ya da izin verilen gönderenlere ekler veya dış gönderenler üzerindeki kısıtlamayı kaldırır. Sonra gönderen iletiyi yeniden gönderir.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>Liste yalnızca abonelerden gönderi kabul ediyor ve ileti abone olmayan bir adresten geldi.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>Gönderen bir adresle abone ama başka bir adresten (bir takma ad, kişisel bir hesap, bir yönlendirme adresi) yazdı.</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Bir dağıtım grubu kurum içi gönderenlerle ya da adı belirtilmiş izinli gönderenler listesiyle sınırlı.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>Liste, yalnızca sahiplerin ya da moderatörlerin gönderi yapabildiği bir duyuru listesi.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Geri dönen iletinin zarf göndereni ve From adresini listeye abone olan adresle karşılaştırın.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Bir Mailman 3 listesinin sahibi olarak, gönderenin aralarında olup olmadığını görmek için üyeleri listeleyin.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Listenin kabul ettiğini doğrulamak için abone olan adresten kısa bir test gönderisi yapın.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin: liste aynı göndereni her seferinde reddeder. Yalnızca gönderene izin verildikten ya da gönderen abone olan adresten yazdıktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo 5.7.2&apos;yi gönderen IP&apos;nin itibarı nedeniyle kalıcı bir engeli için kullanır; bunun posta listeleriyle hiçbir ilgisi yoktur. Gönderenin yöneticisi itibar sorununu düzeltmeli ve Yahoo&apos;nun gönderen desteğine (sender support) başvurmalıdır.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Güvenlik dönüştürmesi gerekli ama mümkün değil</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>Teslim için iletinin bir güvenli mesajlaşma biçiminden diğerine (örneğin iki ağ geçidinin şifreleme ya da imzalama şemaları arasında) dönüştürülmesi gerekiyordu ve bu dönüştürme yapılamadı. Yalnızca kalıcı bir hata olarak tanımlanmıştır. Kayıttaki anlamla bugün neredeyse hiç karşılaşılmaz; kod en çok, başarısız bir SMTP oturum açmaya 535 5.7.3 ile yanıt veren Microsoft sunucularından bilinir.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>Kayıttaki anlamıyla: farklı güvenlik biçimleri olan iki mesajlaşma sistemini birbirine bağlayan güvenli posta ağ geçidinden gelen bir geri dönen iletide (DSN). Uygulamada: SMTP AUTH başarısız olduğunda Exchange Server&apos;dan ve Microsoft 365&apos;ten (smtp.office365.com) 535 5.7.3 Authentication unsuccessful (kimlik doğrulama başarısız) olarak; genellikle bir Microsoft 365 posta kutusu üzerinden gönderen yazıcılar, tarayıcılar ve uygulamalar için.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Microsoft 535 5.7.3 için: kullanıcı ya da uygulamanın sahibi kullanıcı adını (tam posta kutusu adresi) ve parolayı kontrol eder, kiracı yöneticisi de posta kutusu için kimliği doğrulanmış SMTP&apos;nin etkin olduğunu ve güvenlik varsayılanları (security defaults) ya da modern kimlik doğrulama isteyen bir ilke tarafından engellenmediğini kontrol eder. Temel kimlik doğrulamaya izin verilmiyorsa uygulama OAuth&apos;a ya da bağlayıcı gibi başka bir aktarma (relay) yöntemine geçmelidir. Gerçek bir dönüştürme hatasında gönderen, alıcının yöneticisiyle görüştükten sonra iletiyi ağ geçidinin işleyebileceği bir biçimde gönderir.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: kimliği doğrulanmış SMTP (SMTP AUTH) kiracı ya da bu posta kutusu için devre dışı.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 ya da Exchange: yanlış ya da süresi dolmuş parola veya tam posta kutusu adresi olmayan bir kullanıcı adı.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: güvenlik varsayılanları ya da Koşullu Erişim (Conditional Access) çok faktörlü ya da modern kimlik doğrulama istiyor, bu yüzden düz parolayla oturum açma reddediliyor.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Güvenli posta ağ geçidi, hedef sistem için çeviremediği bir biçimde imzalanmış ya da şifrelenmiş bir ileti aldı.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Oturum açmayı uygulamanın kullandığı gönderim (submission) sunucusuna karşı yeniden üretin ve AUTH&apos;a verilen yanıtı not edin.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Exchange Online PowerShell&apos;de posta kutusu için SMTP AUTH&apos;un devre dışı olup olmadığını kontrol edin (True devre dışı demektir).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Kiracı genelindeki SMTP AUTH ayarını da kontrol edin.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Bir ağ geçidinden geri dönen iletide, dönüştürmeyi hangi ağ geçidinin reddettiğini görmek için Diagnostic-Code ve Remote-MTA satırlarını okuyun.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Aynı oturum açmayı ya da iletiyi tekrarlamayın: başarısız bir Microsoft oturum açması düzeltilmiş kimlik bilgileri ya da kiracı ayarları, reddedilen bir güvenlik dönüştürmesi ise farklı bir ileti biçimi gerektirir.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online ve Exchange Server başarısız bir SMTP AUTH oturum açmasına, nedeni ne olursa olsun 5.7.3 ile yanıt verir: yanlış kimlik bilgileri, kapatılmış SMTP AUTH ya da engellenmiş temel kimlik doğrulama. SMTP AUTH tüm kiracı için devre dışıysa Microsoft 365 bunu belirten bir metinle 535 5.7.139 gönderebilir.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Güvenlik özellikleri desteklenmiyor</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>desteklenmeyen kimlik doğrulama yöntemi</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>İleti ya da oturum, sunucunun ya da teslim yolunun desteklemediği bir güvenlik özelliği istedi; örneğin sunucunun sunmadığı bir kimlik doğrulama yöntemi. Yalnızca kalıcı bir hata olarak tanımlanmıştır. Yaygın modern biçimi, bilinmeyen ya da devre dışı bir mekanizmayla gönderilen AUTH&apos;a yanıt olarak 504 5.7.4&apos;tür.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>AUTH aşamasında, istemci yazılımı sunucunun duyurmadığı bir mekanizmada (CRAM-MD5, NTLM, GSSAPI, eski XOAUTH) ısrar ettiğinde; Gmail ve Exchange 504 5.7.4 Unrecognized authentication type (tanınmayan kimlik doğrulama türü) yanıtını verir. Gönderen bir Postfix sunucusu da ilkesi TLS gerektirirken uzak sunucu STARTTLS sunmadığında kendi ertelemesi için dsn=4.7.4 günlüğe yazar.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>İstemci yazılımı ya da onu yapılandıran kişi, STARTTLS&apos;ten sonra sunucunun EHLO yanıtındaki listeden bir kimlik doğrulama mekanizması seçer: genellikle TLS üzerinden PLAIN ya da LOGIN veya OAuth için XOAUTH2 ya da OAUTHBEARER. Postfix TLS ertelemesi için gönderenin yöneticisi alıcının yöneticisinden STARTTLS&apos;i etkinleştirmesini ister ya da şifreleme gerçekten zorunlu değilse o hedef için TLS ilkesini gevşetir.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>İstemci, sunucunun duyurmadığı CRAM-MD5 ya da NTLM gibi bir kimlik doğrulama mekanizması için yapılandırılmış.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>Uygulama hâlâ kullanımdan kaldırılmış bir mekanizma kullanıyor; Gmail için XOAUTH2 yerine eski XOAUTH.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>İstemci STARTTLS&apos;ten önce AUTH deniyor, oysa sunucu mekanizmalarını yalnızca TLS oturumunun içinde listeliyor.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>Gönderenin TLS ilkesi, sunucusu STARTTLS sunmayan bir hedef için şifreleme şart koşuyor.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>250-AUTH satırını okuyarak sunucunun STARTTLS&apos;ten sonra sunduğu mekanizmaları listeleyin.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Postfix kullanan gönderen tarafta zorunlu bir TLS ilkesinin yol açtığı ertelemeleri bulun.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Hedef sunucunun STARTTLS sunup sunmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Aynı AUTH komutunu yeniden göndermeyin; sunucunun sunduğu bir mekanizma seçin. Gönderen sunucunun kendi 4.7.4 TLS ertelemesi kuyrukta kalır, ancak TLS ilkesi ya da uzak sunucu değişene kadar başarısız olmayı sürdürür.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com sunmadığı bir AUTH mekanizmasını reddeder; Gmail aynı kodu kullanımdan kaldırılmış XOAUTH mekanizmasını hâlâ kullanan istemcilere de gönderir.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Kriptografik hata</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>sertifika hatası</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>ssl hatası</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>İletinin şifresini çözmesi ya da onu doğrulaması veya aktarımını şifrelemesi gereken bir sistem, bir anahtar ya da sertifika eksik veya geçersiz olduğu için bunu yapamadı. 4.7.5 olarak anahtar ya da sertifika sorunu giderildiğinde kalkabilecek geçici bir hatadır; 5.7.5 olarak bu ileti için kalıcı bir rettir.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Çoğunlukla uzak bir yanıtta değil, gönderen bir Postfix sunucusunun kendi günlüğünde ve gecikme bildirimlerinde: Postfix bir TLS el sıkışması başarısız olduğunda, TLS motoru başlayamadığında ya da zorunlu bir ilke (encrypt, verify, secure, DANE) uzak sertifikayı güvenilmez veya uyumsuz bulduğunda dsn=4.7.5 kaydeder. Alıcının anahtarını bulamayan ya da kullanamayan S/MIME veya PGP ağ geçitlerinden de gelir.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>Kendi sunucunuzdaki bir TLS ertelemesi için gönderenin yöneticisi önce hangi tarafın hatalı olduğunu belirler. Uzak sunucudaki süresi dolmuş, kendinden imzalı ya da yanlış adla verilmiş bir sertifikayı alıcının yöneticisi düzeltir; gönderen taraftaki eski bir CA paketi, hedef başına aşırı katı bir ilke ya da eski bir TLS kütüphanesi ise gönderenin yöneticisinin işidir. Bir şifreleme ağ geçidi hatasında gönderenin yöneticisi ağ geçidinin alıcı için geçerli, süresi dolmamış bir sertifika ya da anahtar tuttuğundan emin olur.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>Doğrulama gerektiren bir gönderim ilkesi altında, uzak sunucunun sertifikasının süresi dolmuş, kendinden imzalı ya da başka bir ad için verilmiş.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS el sıkışması tamamen başarısız oluyor: ortak protokol sürümü ya da şifre takımı yok veya sunucudaki TLS kurulumu bozuk.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>Gönderen sunucunun kendi TLS motoru başlayamıyor (eksik CA dosyası, okunamayan anahtar, bozuk kütüphane).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Bir DANE TLSA kaydı ya da MTA-STS ilkesi sunucunun sunduğu sertifikayla eşleşmiyor.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Bir şifreleme ağ geçidi alıcı için geçerli bir açık anahtar ya da sertifika tutmuyor.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Postfix kullanan gönderen tarafta TLS ile ilgili ertelemeleri bulun ve köşeli parantez içindeki nedeni okuyun.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Uzak sunucunun sunduğu sertifika zincirine, geçerlilik tarihlerine ve adlara bakın.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Alan adı DANE kullanıyorsa TLSA kayıtlarını o sertifikayla karşılaştırın.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Gönderen Postfix sunucusunun uyguladığı TLS ilkesini gösterin.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 kuyrukta kalır ve artan aralıklarla yeniden denenir, ancak sertifika, anahtar ya da ilke düzeltilene kadar başarısız olmayı sürdürür; bu yüzden kuyruk ömrü dolmadan düzeltin. 5.7.5&apos;i değiştirmeden yeniden denemeyin.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Kriptografik algoritma desteklenmiyor</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>desteklenmeyen şifre</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>İletinin şifresini çözmeye ya da onu doğrulamaya yetkili bir sistem, ileti uygulamadığı bir algoritmayı, örneğin bir şifreleme ağ geçidinde olmayan bir şifreyi ya da imza şemasını kullandığı için bunu yapamadı. 4.7.6, durumun örneğin bir yazılım yükseltmesinden sonra geçebileceği anlamına gelir; 5.7.6 ise gönderildiği hâliyle iletinin işlenmeyeceği anlamına gelir.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Canlı SMTP yanıtlarında nadiren. Desteklemedikleri bir şifreleme ya da imza algoritmasıyla karşılaşan S/MIME veya OpenPGP ağ geçitlerinden gelen geri dönen iletilerde görülür: devre dışı bırakılmış eski bir şifre ya da eski bir ağ geçidinin bilmediği yeni bir anahtar türü. Posta sunucuları arasındaki başarısız TLS anlaşması normalde başka kodlarla bildirilir (Postfix bunu 4.7.5 olarak kaydeder).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>Gönderen ya da merkezi bir ağ geçidi için gönderenin yöneticisi, iki tarafın da desteklediği bir algoritmayla şifreler veya imzalar: S/MIME için alıcı sertifikasının yeteneklerinde listelenen algoritmalarla AES; OpenPGP için alıcı anahtarının tercihlerindeki algoritmalar. Eskimiş taraf alıcının ağ geçidiyse alıcının yöneticisi onu yükseltmelidir.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>İleti, alıcı ağ geçidinin devre dışı bıraktığı bir şifreyle, örneğin eski S/MIME istemcilerinden gelen 3DES ya da RC2 ile şifrelenmiş.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>İmza, doğrulayan ağ geçidinin uygulamadığı bir algoritma kullanıyor; örneğin eski bir sistemde eliptik eğri anahtarı.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Bir OpenPGP iletisi, eski bir ağ geçidinin ayrıştıramadığı yeni bir anahtar ya da paket biçimi kullanıyor.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Hangi şifreleme ve imza algoritmalarını kullandığını görmek için kaydedilmiş bir S/MIME iletisinin yapısını yazdırın.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Bir OpenPGP iletisi için kullanılan algoritmaları görmek üzere paketlerini listeleyin.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>İletiyi hangi ağ geçidinin neden reddettiğini görmek için geri dönen iletinin Diagnostic-Code alanını okuyun.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 kuyruktan yeniden denenebilir, ancak bu yalnızca alıcı taraf bu arada yükseltilirse işe yarar. 5.7.6&apos;dan sonra yalnızca ileti desteklenen bir algoritmayla şifrelendiğinde ya da imzalandığında yeniden gönderin.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>İleti bütünlüğü hatası</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>imza uyuşmazlığı</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>İletinin bütünlüğünü kontrol etmeye yetkili bir sistem onu yolda değiştirilmiş ya da hasar görmüş buldu; örneğin artık içerikle eşleşmeyen bir imza. 5.7.7 iletiyi reddeder, 4.7.7 sorunu geçici olarak bildirir; bir teslim raporunda 2.7.7 ise iletinin teslim edildiği ama bütünlük sorununun not edildiği anlamına gelir.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>SMTP yanıtlarında nadirdir; çoğunlukla S/MIME ya da OpenPGP imzalarını doğrulayan ağ geçitlerinden veya bir iletiyi aktarımdan sonra kontrol eden sistemlerden gelen teslim raporlarında. Olağan suçlular postayı yolda yeniden yazan sistemlerdir: liste sunucularının ya da ağ geçitlerinin eklediği alt bilgiler, değiştirilmiş satır sonları, yeniden kodlanmış ekler ya da quoted-printable&apos;a dönüştürülmüş 8 bit içerik.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>Gönderenin yöneticisi iletinin imzalandıktan sonra nerede değiştiğini izler: bir yasal uyarı ya da alt bilgi aracı, bir posta listesi, bir antivirüs ağ geçidi ya da bir aktarım kodlaması dönüştürmesi. Ya bu değişikliklerden sonra imzalayın ya da aradaki sistemin imzalı iletileri değiştirmesini durdurun. Alıcının yöneticisi kendi gelen ağ geçidinin bütünlük kontrolü çalışmadan önce iletileri değiştirip değiştirmediğini kontrol eder.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>İleti imzalandıktan sonra bir alt bilgi, yasal uyarı ya da başlık şeridi eklendi.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Bir aktarma sunucusu (relay) 8 bit içeriği dönüştürdü ya da satır sonlarını değiştirdi ve gövdeyi kapsayan bir imzayı bozdu.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Bir antivirüs ya da veri kaybı önleme (DLP) ağ geçidi bir eki yeniden yazdı veya ayıkladı.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>İleti aktarım sırasında kesildi ya da bozuldu.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>İçeriğin hâlâ eşleşip eşleşmediğini görmek için kaydedilmiş bir kopyanın S/MIME imzasını sertifika zincirini kontrol etmeden doğrulayın.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Kaydedilmiş ileti parçasındaki OpenPGP imzasını doğrulayın.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>İletiyi değiştiren atlamayı (hop) bulmak için gönderilen ve alınan kopyanın Received başlıklarını karşılaştırın.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>5.7.7&apos;den sonra aynı yoldan yeniden göndermeyin, çünkü aynı yeniden yazma iletiyi yine bozar. Bir 4.7.7 daha sonra yeniden denenebilir. 2.7.7 yeniden deneme gerektirmez; ileti teslim edildi.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Kimlik doğrulama bilgileri geçersiz</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>yanlış parola</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>oturum açılamadı</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>kimlik doğrulama başarısız</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>Sunucu, istemcinin AUTH ile gönderdiği kullanıcı adını ve parolayı (ya da belirteci) reddetti. O oturum açma için kalıcı bir hatadır: istemci yalnızca yeniden denememeli, farklı kimlik bilgileri sağlamalıdır. RFC 4954 bunu 535 ile eşleştirir; kayıt ayrıca BURL uzantısındaki eski kullanımından kalma 554&apos;ü de listeler, orada yerini artık X.7.14 almıştır.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>587 ve 465 numaralı gönderim (submission) portlarında AUTH aşamasında, istemci kimlik bilgilerini gönderdikten hemen sonra. Dovecot ya da Cyrus SASL kullanan Postfix 535 5.7.8 Error: authentication failed (kimlik doğrulama başarısız), Gmail&apos;in smtp.gmail.com sunucusu ise 535 5.7.8 Username and Password not accepted yanıtını verir. Yazıcılar, tarayıcılar, web sitesi iletişim formları ve yedekleme araçları bir parola değişikliğinden sonra sıklıkla buna takılır.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>Kullanıcı ya da istemci yazılımının sahibi kullanıcı adını (genellikle tam e-posta adresi) ve parolayı kontrol eder ve bunları saklayan her cihazı veya uygulamayı günceller. Gmail ve iki adımlı doğrulama kullanan diğer sağlayıcılar için bir uygulama parolası oluşturun ya da uygulamayı OAuth&apos;a geçirin. Kimlik bilgileri kesinlikle doğruysa sunucunun yöneticisi kimlik doğrulama altyapısını, beklenen oturum açma adı biçimini ve hesabın kilitli olup olmadığını kontrol eder.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>İstemcide yanlış ya da eskimiş bir parola kayıtlı; çoğunlukla bir parola değişikliğinden ya da süresinin dolmasından sonra.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>Kullanıcı adı sunucunun beklediği gibi değil; örneğin tam adres yerine yalnızca yerel kısım.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>Hesapta iki adımlı doğrulama var ve istemci bir uygulama parolası ya da OAuth belirteci yerine normal parolayı gönderiyor.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Paroladaki özel karakterler uygulamanın yapılandırma dosyası ya da kodlaması tarafından bozuluyor.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>Sunucunun kimlik doğrulama altyapısı kullanıcıyı yanlış bölgede (realm) ya da veritabanında arıyor.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Oturum açmayı elle test edin ve sunucunun AUTH&apos;a verdiği yanıtı okuyun.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Postfix sunucusunda başarısız SASL oturum açmalarını ve arkalarındaki istemci adreslerini listeleyin.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Dovecot altyapılı bir sunucuda aynı kimlik bilgilerini doğrudan kimlik doğrulama hizmetine karşı test edin.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Uygulamadaki kodlama sorunlarını dışlamak için AUTH PLAIN dizesini kendiniz oluşturun (paylaşılan makinelerde gerçek değil, test parolası kullanın).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Aynı kimlik bilgileriyle yeniden denemeyin: tekrarlanan hatalar hesabı kilitleyebilir ya da fail2ban gibi araçların istemci IP&apos;sini yasaklamasına yol açabilir. Yalnızca kullanıcı adı ya da parola düzeltildikten sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com oturum açmayı reddediyor: yanlış adres ya da parola veya uygulama parolası ya da OAuth gerektiren bir hesap için bir uygulamanın gönderdiği normal Google parolası.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>Kimlik doğrulama mekanizması çok zayıf</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>iki faktörlü kimlik doğrulama</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>Sunucu, istemcinin seçtiği kimlik doğrulama mekanizmasını, ilkesi bu kullanıcı için daha güçlüsünü istediği için reddediyor; örneğin düz parolayla oturum açma yeterli değilse. Bu AUTH denemesinin kalıcı bir hatasıdır ve istemci farklı bir mekanizma ya da kimlik bilgisiyle yeniden denemelidir.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>Gönderim (submission) portlarında AUTH aşamasında, 534 5.7.9 olarak (RFC 4954). Gmail, iki adımlı doğrulaması olan bir hesap normal parolasıyla oturum açtığında 534 5.7.9 Application-specific password required gönderir. Yahoo ve AOL 5.7.9&apos;u gelen posta sunucularında ilgisiz bir biçimde, DATA sonunda kimliği doğrulanmamış ya da ilke gereği reddedilen posta için kullanır.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Gerçek bir 534 5.7.9 için istemci yazılımı daha güçlü bir mekanizma ya da kimlik bilgisi kullanmalıdır: Gmail için bir uygulama parolası ya da OAuth (XOAUTH2, OAUTHBEARER) veya sunucunun o hesap için izin verdiği bir mekanizma. Yahoo&apos;nun 550 5.7.9&apos;u için gönderenin yöneticisi postanın kimlik doğrulamasından geçmesini sağlar: zarf alan adı için gönderen sunucuyu kapsayan bir SPF kaydı ve From alan adı için bir DKIM imzası, toplu gönderenler için ayrıca bir DMARC kaydı.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>İki adımlı doğrulaması olan bir Gmail ya da Google Workspace hesabına uygulama parolası yerine hesap parolasıyla erişildi.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>Sunucu ilkesi hesap için yalnızca OAuth ya da sınama-yanıt mekanizmalarına izin veriyor ve istemci PLAIN veya LOGIN kullandı.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo ya da AOL gelen postası: ileti ne SPF&apos;ten ne de DKIM&apos;den geçti (Yahoo&apos;nun 5.7.9&apos;u kendine özgü kullanımı).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo gelen postası: ileti bir içerik ya da gönderen ilkesi nedeniyle reddedildi ve 554 5.7.9 olarak bildirildi.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>OAuth mekanizmalarının (XOAUTH2, OAUTHBEARER) sunulup sunulmadığını görmek için STARTTLS&apos;ten sonraki EHLO yanıtının AUTH satırına bakın.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Bir Yahoo reddi için zarf göndereninin alan adının SPF yayımladığını kontrol edin.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Bir Yahoo reddi için iletinin DKIM-Signature başlığında (s=) adı geçen seçici (selector) için DKIM anahtarının var olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Aynı AUTH&apos;u tekrarlamayın; daha güçlü bir mekanizmaya, bir uygulama parolasına ya da OAuth&apos;a geçin. Yahoo&apos;nun 550 5.7.9&apos;u için ileti SPF ya da DKIM&apos;den geçene kadar yeniden göndermeyin.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Google hesabında iki adımlı doğrulama olduğu için smtp.gmail.com bir uygulama parolası ya da OAuth istiyor; normal hesap parolası reddediliyor.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo&apos;nun gelen posta sunucuları ne SPF&apos;ten ne de DKIM&apos;den geçen postayı reddeder. Bu, Yahoo&apos;nun kendi anlamıdır; kayıttaki, SMTP AUTH ile ilgili “mekanizma çok zayıf” anlamıyla ilgisi yoktur.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo&apos;nun DATA sonundaki kalıcı ilke reddi; yanıtta açıkça belirtmediği içerik ya da gönderen nedenleriyle.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Şifreleme gerekli</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>Sunucu, istenen kimlik doğrulama mekanizmasını şifrelenmemiş bir bağlantı üzerinden kabul etmeyecek: önce bir dış şifreleme katmanı, uygulamada TLS, kurulmuş olmalıdır. O deneme için kalıcıdır; istemci TLS başlatıp yeniden kimlik doğrulaması yapmalı ya da daha güçlü bir mekanizma kullanmalıdır. Kayıt bunu, başka hiçbir yerde tanımlanmamış bir yanıt kodu olan 523 ile eşleştirir.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>AUTH aşamasında, bir istemci STARTTLS&apos;ten önce açık metin bir mekanizma (PLAIN, LOGIN) denediğinde. 523 5.7.10 gerçek hayatta nadirdir, çünkü çoğu sunucu TLS etkin olana kadar AUTH&apos;u hiç duyurmaz ya da bunun yerine 530 5.7.0 veya 538 5.7.11 ile yanıt verir. Gmail 5.7.10&apos;u kendine ait bir TLS kuralı için kullanır: STARTTLS&apos;in arkasından art arda gönderilen komutlar.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>İstemci yazılımı 587 numaralı portta STARTTLS (ya da 465 numaralı portta SSL/TLS) kullanmalı ve yalnızca TLS kurulduktan sonra kimlik doğrulaması yapmalıdır. Gmail&apos;in yanıtında istemci ya da posta kütüphanesi STARTTLS ile aynı seferde başka komutlar da gönderiyordur; başka bir şey göndermeden önce 220 yanıtını beklemeli ve TLS el sıkışmasını bitirmelidir, bu da genellikle kütüphaneyi ya da uygulamayı güncellemek demektir.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>İstemcinin bağlantı güvenliği Yok ya da “varsa STARTTLS” olarak ayarlı ve açık metinle kimlik doğrulaması yapıyor.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Bir proxy, antivirüs ya da güvenlik duvarı STARTTLS&apos;i EHLO yanıtından ayıklıyor, bu yüzden istemci bağlantıyı hiç yükseltmiyor.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>İstemci, el sıkışmayı beklemek yerine EHLO ya da AUTH&apos;u STARTTLS&apos;in hemen arkasından art arda gönderiyor (Gmail&apos;in kullanımı).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Düz bağlantıdaki EHLO yanıtına bakın: STARTTLS listelenmeli, parola mekanizmaları ise tercihen henüz listelenmemelidir.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Düzeltilmiş kurulumun çalıştığını doğrulamak için STARTTLS&apos;i ve ardından AUTH PLAIN&apos;i tamamlayın.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>E-posta istemcisinin hesap ayarlarında giden bağlantı güvenliğinin STARTTLS ya da SSL/TLS olduğundan, asla Yok olmadığından emin olun.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Aynı açık metin AUTH&apos;u yeniden göndermeyin. Yeniden bağlanın, STARTTLS&apos;i tamamlayın ve sonra kimlik doğrulaması yapın; kuyruktan yeniden denenmesi gereken bir şey yok.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmail&apos;in kendi kullanımı: istemci STARTTLS ile aynı seferde başka komutlar da gönderdi. Gmail bunu TLS oturumuna komut enjeksiyonunu önlemek için reddeder; istemci el sıkışmayı beklemelidir. Gmail&apos;in hata başvuru listesi bunu 523 yanıt koduyla listeler.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>İstenen kimlik doğrulama mekanizması için şifreleme gerekli</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>Seçilen kimlik doğrulama mekanizması yalnızca şifreli bir bağlantıda kullanılabilir ve bu bağlantı şifreli değil. RFC 4954 bunu 538 5.7.11 olarak tanımlar ve çoğunlukla tarihsel nedenlerle korunduğunu söyler: modern sunucular bu tür mekanizmaları TLS etkin olmadan duyurmamalıdır. Kayıt bunu 524 ile de eşleştirir.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>Düz bir bağlantıda AUTH aşamasında; PLAIN ya da LOGIN&apos;i STARTTLS&apos;ten önce listeleyen ama onsuz kullanmayı reddeden eski veya hoşgörülü sunucularda. Gmail 501 5.7.11&apos;i ilgisiz bir hata için gönderir: parametrelerle gönderilmiş bir STARTTLS komutu.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>İstemci yazılımı kimlik doğrulamadan önce TLS başlatmalıdır: hesap ayarlarında 587 numaralı portta STARTTLS ya da 465 numaralı portta SSL/TLS. Sunucunun yöneticisi parola mekanizmalarını yalnızca STARTTLS&apos;ten sonra duyurarak bu tuzaktan kaçınabilir (Postfix&apos;te smtpd_tls_auth_only = yes). Gmail&apos;in 501 5.7.11&apos;i için istemci STARTTLS&apos;i bağımsız değişken olmadan göndermelidir.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>Sunucu düz bağlantıda AUTH mekanizmalarını listelediği için istemci STARTTLS&apos;ten önce kimlik doğrulaması yaptı.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>İstemcide bağlantı güvenliği Yok olarak ayarlı, oysa sunucu parolayla oturum açmaya yalnızca TLS üzerinden izin veriyor.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Bir istemci ya da betik, RFC 3207&apos;nin yasakladığı şekilde STARTTLS&apos;i bir bağımsız değişkenle gönderiyor (Gmail 501 5.7.11 ile yanıt verir).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>STARTTLS ile bağlanın, EHLO&apos;yu elle gönderin ve AUTH satırını düz bağlantıdakiyle karşılaştırın.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Postfix sunucusunda AUTH&apos;un yalnızca TLS oturumlarının içinde sunulup sunulmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Dovecot 2.3 altyapısında açık metin oturum açmaların TLS olmadan reddedilip reddedilmediğini ve hangi mekanizmaların etkin olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Kuyruğa alınacak bir şey yok: yeniden bağlanın, TLS başlatın ve AUTH&apos;u tekrarlayın. Şifreleme olmadan yeniden denemek aynı reddi getirir.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>Bir istemci STARTTLS&apos;i ardından bir bağımsız değişkenle gönderdiğinde Gmail&apos;in yanıtı; kayıttaki “bir AUTH mekanizması için şifreleme gerekli” anlamı geçerli değildir.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Parola geçişi gerekiyor</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>Sunucu, parolayı istenen mekanizmanın ihtiyaç duyduğu biçimde saklayabilmek için kullanıcının bir kez PLAIN mekanizmasıyla (normalde TLS üzerinden) oturum açmasına ihtiyaç duyuyor; bundan sonra istenen mekanizma sonraki oturumlarda çalışmalıdır. Her zaman yalnızca geçici bir durumdur (4.7.12); RFC 4954 bunu 432 ile eşleştirir, kayıt ayrıca 422&apos;yi de listeler.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>AUTH aşamasında, bir istemci bir sınama-yanıt mekanizması (CRAM-MD5, DIGEST-MD5, SCRAM) istediğinde ve sunucu parolayı henüz o mekanizmanın gerektirdiği biçimde tutmadığında; genellikle bir geçişten ya da parola saklama şemasının değişmesinden sonra. Çoğu istemci ve sunucu basitçe TLS üzerinden PLAIN kullandığı için uygulamada nadirdir.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>İstemci yazılımı (ya da kullanıcı) şifreli bir bağlantı üzerinden bir kez PLAIN ile kimlik doğrulaması yapar, sonra tercih edilen mekanizmaya döner. İstemci bunu yapamıyorsa onu kalıcı olarak TLS üzerinden PLAIN ya da LOGIN&apos;e ayarlayın. Sunucunun yöneticisi parola veritabanının duyurulan mekanizmaların kullanabileceği bir şema sakladığını kontrol eder ve çalışamayacak mekanizmaları duyurmayı bırakır.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Parolalar taşındı ya da yeniden özetlendi (rehash) ve sunucuda CRAM-MD5, DIGEST-MD5 ya da SCRAM için gereken gizli bilgi yok.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>İstemci bir sınama-yanıt mekanizmasına sabitlenmiş ve değişiklikten beri PLAIN ile oturum açmamış.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>Sunucu, mevcut parola saklama yönteminin destekleyemediği mekanizmaları duyuruyor.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Geçişi tamamlamak için doğrudan (implicit) TLS üzerinden bir kez PLAIN ile oturum açın.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Dovecot sunucusunda hangi şemayla saklandığını görmek için kullanıcının parola kaydını sorgulayın.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Sunucunun STARTTLS&apos;ten sonraki EHLO yanıtındaki mekanizmaları istemcinin sabitlendiği mekanizmayla karşılaştırın.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Bu bir kuyruk yeniden denemesi değildir: TLS üzerinden bir kez PLAIN ile kimlik doğrulaması yapın, sonra özgün mekanizmayı yeniden kullanın. PLAIN adımı olmadan o mekanizmayı tekrarlamak yine 4.7.12 döndürür.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Kullanıcı hesabı devre dışı</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>hesap kilitlendi</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Kimlik bilgileri doğruydu, ancak hesap devre dışı bırakılmış, bu yüzden sunucu göndermesine izin vermeyecek. Kullanıcı yöneticiyle iletişime geçene kadar kalıcı kalır; yanlış parola yanıtından farklı olarak kullanıcıdan parolayı yeniden yazmasını istemek işe yaramaz. Kayıt bunu 525 ile eşleştirir.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>AUTH aşamasında, başarılı bir kimlik bilgisi kontrolünün hemen ardından, devre dışı hesapları hatalı parolalardan ayıran gönderim (submission) sunucularında. Olağan tetikleyiciler spam göndermek için kullanıldıktan sonra askıya alınan hesaplar, ödenmemiş barındırma faturaları ve ayrılan çalışanlardır. Birçok sunucu bunu kullanmaz ve devre dışı hesaplar için de 535 5.7.8 ile yanıt verir.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>Kullanıcı posta yöneticisine ya da sağlayıcısına başvurur. Yönetici hesabın neden devre dışı bırakıldığını bulur (kötüye kullanım bildirimi, ele geçirilme, faturalama), nedeni ortadan kaldırır (yeni parola, kullanıcının cihazlarında kötü amaçlı yazılım temizliği, giden kuyruktan spam&apos;in silinmesi) ve hesabı yeniden etkinleştirir. Bundan sonra istemci yazılımı mevcut ayarlarıyla yeniden oturum açabilir.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>Hesap ele geçirilip spam göndermek için kullanıldıktan sonra askıya alındı.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>Barındırma paketi ya da posta aboneliği ödeme yapılmadığı için askıya alındı.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>Yönetici, kuruluştan ayrılan birinin hesabını devre dışı bıraktı.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Tekrarlanan başarısız oturum açmalar ya da kötüye kullanım bildirimleri otomatik bir kilidi tetikledi.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Aynı kimlik bilgileriyle sağlayıcının web postasında ya da hesap portalında oturum açın; askıya alınmış bir hesap genellikle orada bir bildirim gösterir.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Davranışı elle doğrulayın: devre dışı bir hesapta parola doğru olsa bile ret gelir.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Postfix&apos;te yönetici olarak bu hesabın en son ne zaman başarıyla posta gönderdiğine bakın.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Yeniden denemeyin: bir yönetici hesabı yeniden etkinleştirene kadar her deneme reddedilir.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Güven ilişkisi gerekli</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>daha az güvenli uygulamalar</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>Gönderim (submission) sunucusunun isteneni yapabilmesi için başka bir sunucuyla yapılandırılmış bir güven ilişkisine ihtiyacı var. Tanım, gönderim sunucusunun iletiyi kullanıcının IMAP sunucusundan URL ile aldığı ve bunun için kurulmuş bir güveni olmadığı BURL&apos;den (RFC 4468) gelir. Kalıcıdır ve bu durum için daha önceki 5.7.8 kullanımının yerini almıştır.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>BURL gönderiminde, DATA ya da BDAT&apos;ın yerini alan BURL komutuna yanıt olarak; gönderim (submission) sunucusu o IMAP sunucusuyla yapılandırılmış bir güven olmadığı için IMAP URLAUTH URL&apos;sini çözümleyemediğinde. BURL kullanan istemci az olduğundan nadirdir. Gmail 534 5.7.14&apos;ü AUTH aşamasında ilgisiz bir biçimde, kullanıcının önce bir web tarayıcısından oturum açmasını istediğinde kullanır.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>BURL için gönderim (submission) sunucusunun yöneticisi IMAP sunucusuyla güveni yapılandırır (submit kimliği için URLAUTH erişimi ve gereken yetkilendirme) ya da istemci yazılımı ileti içeriğini kendisi DATA veya BDAT ile göndermeye geri döner. Gmail&apos;in 534 5.7.14&apos;ü için kullanıcı bir tarayıcıda Google hesabında oturum açar, varsa güvenlik kontrolünü tamamlar ve sonra istemcide bir uygulama parolası ya da OAuth kullanır.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gönderim (submission) sunucusunun BURL URL&apos;sinde adı geçen IMAP sunucusuyla yapılandırılmış bir güveni yok.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URLAUTH URL&apos;si, gönderim (submission) sunucusunun kullandığından farklı bir submit kimliği için verilmiş.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmail&apos;in kullanımı: Google oturum açmayı şüpheli bularak engelledi ve kullanıcının bunu bir web tarayıcısında onaylamasını istiyor.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gönderim (submission) sunucusunun STARTTLS&apos;ten sonraki EHLO yanıtında BURL&apos;ü listeleyip listelemediğini kontrol edin; listelemiyorsa istemci BURL&apos;ü hiç kullanmamalıdır.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gönderim (submission) sunucusunun günlüğünde BURL komutunu ve başarısız IMAP alma işlemini arayın.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gmail için aynı ağdaki bir tarayıcıda Google hesabında oturum açın ve son güvenlik uyarılarını gözden geçirin.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Güven ilişkisi olmadan her seferinde başarısız olan aynı BURL komutunu tekrarlamayın. İçeriği doğrudan DATA ya da BDAT ile gönderin veya güven yapılandırıldıktan sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com, kullanıcı bir tarayıcıda Google hesabında oturum açana kadar, genellikle engellenmiş şüpheli bir oturum açmadan sonra, oturum açmayı reddediyor; bunun BURL güven ilişkileriyle hiçbir ilgisi yoktur.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>Öncelik düzeyi çok düşük</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>Alıcı sunucu MT-PRIORITY uzantısını (RFC 6710) destekliyor ve iletiyi istemcinin MAIL FROM&apos;da verdiği öncelikle almayacak. 4.7.15 olarak (genellikle 450 ile) ret geçicidir: sunucu şimdilik, örneğin tıkanıklık sırasında, yalnızca daha yüksek öncelikli trafiği kabul ediyordur. 5.7.15 olarak (genellikle 550 ile) sunucunun ilkesi o öncelik düzeyini doğrudan reddeder.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>MT-PRIORITY=n parametresi taşıyan bir MAIL FROM&apos;a yanıt olarak (n, -9 ile 9 arasındadır; 0 normaldir). Yalnızca ileti aktarım önceliklerini kullanan ağlarda, örneğin MT-PRIORITY farkındalıklı aktarma sunucularına sahip askerî, kamu ya da acil durum hizmeti mesajlaşma sistemlerinde karşılaşılır; sıradan İnternet posta sunucuları bu uzantıyı duyurmaz ve bu kodu hiç göndermez.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Karar gönderenindir. İleti gerçekten daha acilse, gönderenin kullanmaya yetkili olduğu daha yüksek bir MT-PRIORITY değeriyle yeniden gönderin; değilse bekletin, çünkü bir 4.7.15 ertelemesi alıcı ağ yalnızca yüksek öncelik kipinden çıktığında kalkar. Sunucular, yetkisi olmayan istemcilerin istediği öncelikleri düşürebileceği ya da reddedebileceği için gönderenin yöneticisi aktarma sunucusunun (relay) bu istemciden hangi öncelik aralığını kabul ettiğini doğrulamalıdır.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>Alıcı ağ tıkalı ya da kriz kipinde ve geçici olarak yalnızca asgari bir önceliğin üzerindeki iletileri kabul ediyor.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>İleti, alıcı sunucunun ilke gereği reddettiği düşük ya da negatif bir MT-PRIORITY değeriyle (örneğin -5) gönderildi.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>İstemci istediği öncelik için yetkili değil, bu yüzden sunucu onu sonradan reddettiği bir düzeye düşürdü.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Alıcı sunucunun EHLO yanıtını okuyun: bu kodun anlamlı olması için MT-PRIORITY (muhtemelen ardından bir ilke adıyla) listelenmiş olmalıdır.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Hangi alıcının ve hangi denemenin reddedildiğini görmek için gönderen tarafın günlüğünde ertelemeyi ya da geri dönen iletiyi bulun.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Alıcı ağın yöneticilerine sisteminizden hangi öncelik düzeylerini kabul ettiklerini ve geçici bir asgari düzeyin yürürlükte olup olmadığını sorun.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>4.7.15&apos;te iletiyi kuyrukta tutun ve artan aralıklarla yeniden deneyin; asgari öncelik yeniden düşebilir. 5.7.15&apos;te aynı öncelikle yeniden denemeyin: yalnızca daha yüksek, yetkili bir öncelikle yeniden gönderin ya da hiç göndermeyin.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>İleti belirtilen öncelik için çok büyük</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>Sunucu bu MT-PRIORITY düzeyinde iletileri yalnızca belirli bir boyuta kadar kabul ediyor ve bu ileti daha büyük. RFC 6710, acil trafiğin hızlı kalması için sunucunun öncelik başına boyut sınırları koymasına izin verir; 4.7.16 olarak sınır geçicidir (örneğin tıkanıklık sırasında), 5.7.16 olarak kalıcı ilkedir. Bu, X.3.4 ya da X.2.3 ile bildirilen genel sunucu boyut sınırı değildir.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>İstemci hem MT-PRIORITY hem de SIZE bildirdiğinde MAIL FROM&apos;a yanıt olarak ya da gerçek boyut öğrenildiğinde DATA sonundan sonra; kayıt bunu 552 ile eşleştirir. Yalnızca ileti aktarım önceliklerini uygulayan aktarma sunucularında (relay), genellikle kapalı askerî ya da acil durum mesajlaşma ağlarında.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>Gönderen iletiyi küçültür (büyük ekleri kaldırır ya da bir bağlantıyla değiştirir) veya daha büyük iletilere izin verilen daha düşük bir öncelikle yeniden gönderir. Gönderenin yöneticisi alıcı taraftan her öncelik düzeyindeki boyut sınırını isteyebilir ve istemciyi büyük öncelikli iletileri otomatik olarak bölecek ya da önceliklerini düşürecek şekilde yapılandırabilir.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Büyük bir ek, alıcı sunucunun kısa ve acil iletilere ayırdığı yüksek bir öncelik düzeyinde gönderildi.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>Alıcı ağ kısıtlı bir kipte çalışıyor ve her öncelikte izin verilen boyutu geçici olarak düşürmüş.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>MAIL FROM&apos;da bildirilen SIZE değeri, sunucunun genel azami değerinin altında olsa da öncelik başına sınırı aştı.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Reddedilen denemeyi ileti boyutu ve alıcıyla birlikte gönderen tarafın günlüğünde bulun.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Öncelik başına sınırı genel sınırdan ayırt etmek için sunucunun EHLO yanıtının SIZE satırında duyurduğu genel sınırla karşılaştırın.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Alıcı tarafın yöneticilerine öncelik düzeyi başına boyut sınırlarını ve bunun kalıcı bir kural mı yoksa geçici bir kısıtlama mı olduğunu sorun.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>4.7.16&apos;da boyut hakkı geri gelebileceği için artan aralıklarla daha sonra yeniden deneyin. 5.7.16&apos;da değiştirmeden yeniden göndermeyin: önce boyutu küçültün ya da önceliği düşürün.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>Posta kutusu sahibi değişti</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>yeniden kullanıma verilmiş e-posta adresi</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>İleti Require-Recipient-Valid-Since (RRVS, RFC 7293) koruması istedi ve alıcı sistem, alıcı posta kutusunun gönderenin verdiği tarihten beri kesintisiz olarak aynı sahibe ait olmadığını biliyor. Adres kapatılıp yeniden verilmiş ya da başka bir şekilde el değiştirmiştir; bu yüzden posta bir yabancıya teslim edilmek yerine reddedilir. Yalnızca kalıcı bir hata olarak kullanılır.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>İstemci RRVS=date-time parametresini kullandıysa RCPT TO&apos;ya yanıt olarak ya da ileti bunun yerine bir Require-Recipient-Valid-Since başlık alanı taşıdıysa DATA&apos;dan sonra. Gönderen genellikle uzun zaman önce doğruladığı bir adrese posta gönderen bir banka, mağaza ya da sosyal ağdır; alıcı taraf ise terk edilmiş adresleri yeniden kullanıma veren ve RRVS uygulayan bir sağlayıcıdır.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>Gönderen (gönderen uygulamanın işletmecisi) adresi artık müşteriye ait değil olarak işaretler, ona posta göndermeyi bırakır ve müşteriden başka bir kanal üzerinden güncel bir adres ister. RRVS tarihini kaldırıp yeniden göndermeyin: bu kontrol, parola sıfırlamalarını ve hesap bildirimlerini adresin yeni sahibinden uzak tutmak için vardır.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>Alıcının sağlayıcısı eski hesabı uzun süreli hareketsizlikten sonra kapattı ve daha sonra aynı adresi yeni bir kullanıcıya verdi.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>Kayıtlı adres, şimdiki sahibi onu devralmadan önce doğrulanmıştı; bu yüzden RRVS tarihi mevcut sahiplikten önceye düşüyor.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Gönderen sistemin Require-Recipient-Valid-Since başlığına (alıcının o tarihten beri geçerli olması şartı) ya da RRVS parametresine koyduğu tarihi bulun ve müşterinin adresi en son ne zaman doğruladığıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Hassas bir şey göndermeden önce doğrulanmış yeni bir adres almak için müşteriye telefonla, uygulama bildirimiyle ya da postayla ulaşın.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Yeniden denemeyin: sahiplik değişikliği kalıcıdır. Adresi işaretleyin ya da kaldırın ve yalnızca yeni doğrulanmış bir adrese gönderin.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>Alan adı sahibi değişti</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Başka bir Require-Recipient-Valid-Since sonucu (RFC 7293): alıcı sistem, alıcının alan adının gönderenin verdiği tarihten beri sahip değiştirdiğini bildiriyor. O alan adındaki her adres artık farklı bir kuruluşa ait olabilir, bu yüzden ileti reddedilir. Yalnızca kalıcı bir hata olarak kullanılır.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>RRVS parametresiyle RCPT TO&apos;ya yanıt olarak ya da başlık alanı biçimi için DATA&apos;dan sonra; barındırdıkları alan adlarının sahiplik değişikliklerinden haberdar olan alıcı sistemlerde. Tipik durum: bir şirketin eski alan adının süresi doldu ve onu başka biri kaydettirdi, artık postasını o işletiyor.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>Gönderen, o alan adındaki her adresi bu müşteri için eskimiş sayar, göndermeyi bırakır ve müşteriden yeni bir adres alır. Gönderenin yöneticisi adresleri veritabanından temizlemeden önce değişikliği doğrulamak için alan adının kaydına ve posta yönlendirmesine bakabilir.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>Alan adının süresi doldu ve şimdi postasını işleten yeni bir sahip tarafından kaydedildi.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>Alan adının sahibi olan kuruluş satıldı, birleşti ya da adını değiştirdi ve alan adı başka bir tarafa geçti.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Yakın zamanda değişip değişmediğini görmek için alan adının güncel kayıt bilgilerini ve ad sunucularını okuyun.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Alan adının postasının şimdi nereye gittiğine bakın; kayıtlı olandan farklı bir sağlayıcı sahiplik değişikliğini destekler.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Yeniden denemeyin: alıcı taraf bu iletiyi o alan adına tasarım gereği reddeder. Yalnızca genellikle başka bir alan adında olan, yeni doğrulanmış bir adrese yeniden gönderin.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>RRVS testi tamamlanamıyor</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>Gönderen Require-Recipient-Valid-Since kontrolü (RFC 7293) istedi, ancak alıcı sistem posta kutusunun o tarihten beri tek bir sahibi olup olmadığını söyleyemiyor, çünkü gereken zaman damgasını kaydetmemiş. Tahmin yürütmek yerine iletiyi reddeder ve kararı gönderene bırakır. Yalnızca kalıcı bir hata olarak kullanılır.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>RCPT TO&apos;ya yanıt olarak (RRVS parametresi) ya da DATA&apos;dan sonra (başlık alanı); genellikle RRVS tarihi alıcı sağlayıcının tuttuğu hesap geçmişinden eskiyse. Yalnızca RFC 7293&apos;ü uygulayan alıcı taraflar gönderdiği için nadirdir.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>Gönderen, iletinin koruma olmadan teslim edilmesinin güvenli olup olmadığına karar verir. Bir bülten için RRVS parametresi ya da başlık alanı olmadan yeniden göndermek makuldür; bir parola sıfırlama ya da hesap bildirimi için önce adresi müşteriyle doğrulayın, sonra yakın tarihli bir RRVS tarihiyle yeniden gönderin.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>RRVS tarihi, alıcı sistemin tuttuğu hesap geçmişinden daha eski.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>Alıcı sistem bu posta kutusunun oluşturulma tarihini hiç saklamadı ya da kaybetti; örneğin hesaplar platformlar arasında taşındıktan sonra.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Gönderen uygulamanın RRVS için kullandığı tarihi kontrol edin (normalde müşterinin adresi en son doğruladığı zaman); çok eski bir tarih bu sonucu olası kılar.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Alıcı sunucunun EHLO yanıtında RRVS duyurup duyurmadığına bakın; bu, parametre biçiminin mi yoksa yalnızca başlık biçiminin mi değerlendirildiğini söyler.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Aynı RRVS tarihiyle yeniden denemeyin. Gönderen bu riski kabul ediyorsa RRVS koruması olmadan yeniden gönderin ya da adresi doğrulayıp daha yeni bir tarihle gönderin.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Geçerli DKIM imzası bulunamadı</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>dkim başarısız</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>imzasız e-posta</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>Alıcı taraf geçerli bir DKIM imzası istiyor ve doğrulanan hiçbir imza bulamadı: ileti hiç imzalanmamış ya da üzerindeki her imza başarısız olmuş. RFC 7372 bu kodu, alıcı tarafların genel bir 5.7.1 yerine tam olarak bunu söyleyebilmesi için tanımlar. Kalıcı bir rettir.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>DATA&apos;nın son noktasından sonra, alıcı taraf imzaları kontrol ettiğinde. Bazı ya da tüm gönderenlerden DKIM isteyecek şekilde kurulmuş ağ geçitleri ve MTA&apos;lar gönderir; örneğin bir bankadan ya da alıcının kendi alan adından geldiğini iddia eden postanın sağlam bir imza taşıması gerektiğini söyleyen bir kural.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>Gönderenin yöneticisi iletiye doğrulanan bir imza koymalıdır: iletiyi gönderen sunucuda ya da hizmette DKIM imzalamayı açmak, eşleşen açık anahtarı seçicinin (selector) altında yayımlamak ve imzalayıcıdan sonra hiçbir şeyin (yasal uyarı alt bilgisi, bağlantı yeniden yazma, liste yazılımı) imzalı başlıkları ya da gövdeyi değiştirmediğinden emin olmak. Yeniden göndermeden önce bir test iletisiyle doğrulayın.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>Sunucuda ya da gönderim hizmetinde DKIM imzalama hiç etkinleştirilmemiş, bu yüzden ileti hiçbir imza taşımıyordu.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Bir ağ geçidi, yasal uyarı aracı ya da antivirüs tarayıcısı gövdeyi imzalamadan sonra değiştirdi, bu yüzden gövde özeti (body hash) artık eşleşmiyor.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>Seçicinin açık anahtarı DNS&apos;te yok, yapıştırılırken kesilmiş ya da posta hâlâ onunla imzalanırken kaldırılmış.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Gönderilmiş bir iletinin DKIM-Signature başlığından d= ve s= değerlerini alın ve o anahtarı sorgulayın; boş bir yanıt anahtarın eksik olduğu anlamına gelir.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>İletinin son sunucunuzdan çıktığı hâliyle kaydedilmiş bir kopyasını doğrulayın (python3-dkim, dkimverify aracını sağlar).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Kontrolünüzdeki bir posta kutusuna bir test gönderin ve alıcı tarafın eklediği Authentication-Results (kimlik doğrulama sonuçları) başlığında dkim=pass arayın.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin: aynı imzasız ya da bozuk ileti aynı şekilde başarısız olur. İmzalama çalıştıktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Kabul edilebilir DKIM imzası bulunamadı</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>zayıf dkim anahtarı</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>En az bir DKIM imzası doğrulandı, ancak alıcı tarafın ilkesi hiçbirini kabul etmiyor. Tipik nedenler beklenmedik bir alan adından gelen bir imza, zayıf bir anahtar ya da algoritma veya alıcı tarafın şart koştuğu başlıkları dışarıda bırakan bir imzadır. Kalıcıdır; X.7.22, sorunun özellikle yazarın alan adı olduğu daha dar durumdur.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>DKIM ilkesi geçti/kaldının ötesine geçen alıcı taraflarda DATA sonunda. Çoğunlukla bir gönderen kendi alan adıyla imzalayan yeni bir e-posta hizmetine geçtikten sonra ya da RFC 8301&apos;i izleyen ve artık rsa-sha1 imzalarını veya 1024 bitten kısa RSA anahtarlarını kabul etmeyen sistemlerde.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>Gönderenin yöneticisi imzanın içeriğini okur ve uygun hâle getirir: kuruluşun kendi alan adıyla imzalamak, 2048 bit anahtarla rsa-sha256 kullanmak (yanına bir ed25519 imzası eklenebilir) ve iletinin en azından From, To, Subject, Date ve Message-ID başlıklarını imzalamak. Alıcı taraf belirli bir alan adından imza istiyorsa hangisi olduğunu yöneticisine sorun.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>Geçen tek imza e-posta hizmet sağlayıcısının alan adına ait ve alıcı taraf bu gönderen için onu kabul etmiyor.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>İmza rsa-sha1 ya da 1024 bitin altında bir RSA anahtarı kullanıyor ve alıcı taraf bunu kabul edilemez sayıyor.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>İmza doğrulanıyor ama alıcı tarafın ilkesinin gerektirdiği Subject ya da Reply-To gibi başlıkları kapsamıyor.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Gönderilmiş bir iletideki DKIM-Signature başlığının a= (algoritma), d= (alan adı) ve h= (imzalı başlıklar) etiketlerine bakın.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Anahtar boyutunu kontrol edin: yaklaşık 216 base64 karakterlik bir p= değeri 1024 bit RSA anahtarıdır, yaklaşık 392 karakter ise 2048 bittir.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Alıcının yöneticisine ilkelerinin hangi imzalayan alan adını, algoritmayı ya da başlık kapsamını beklediğini sorun.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Değiştirmeden yeniden denemeyin; alıcı taraf aynı imzayı aynı şekilde değerlendirir. İmzalayan alan adını, anahtarı ya da algoritmayı değiştirdikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Yazarla eşleşen geçerli DKIM imzası bulunamadı</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>dkim hizalaması</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>from alan adı uyuşmazlığı</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>İletide doğrulanan DKIM imzaları var, ancak hiçbiri From başlığındaki alan adından değil. Alıcı taraf, iletiye yazarın kendi alan adının kefil olmasını istiyor: X.7.21&apos;in özel bir durumu, DMARC hizalamasının kontrol ettiğine yakın. Kalıcı bir rettir.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>DATA sonunda; genellikle kendi alan adıyla imzalayan bir üçüncü taraf hizmet üzerinden gönderilen, From adresi ise müşterinin alan adını kullanan bültenler, faturalar ya da uyarılar için. Bir posta listesi ya da yönlendirici (forwarder) iletiyi kendi alan adıyla yeniden imzaladığında ve özgün imza bozulduğunda da görülür.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>Gönderenin yöneticisi gönderim hizmetinde özel DKIM kurar, böylece hizmet d= değeri From alan adına eşit olacak şekilde imzalar; bu genellikle hizmetin seçici kayıtlarını (CNAME ya da TXT) o alan adının DNS&apos;inde yayımlayıp hizmetin ayarlarında etkinleştirerek yapılır. Ardından bir test iletisinin, alan adı From başlığıyla eşleşen geçerli bir imza gösterdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Bir pazarlama ya da destek talebi hizmeti, müşterinin alan adı için özel imzalama hiç kurulmadığından kendi alan adıyla imzalıyor.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>From adresi, henüz kendi DKIM anahtarı olmayan yeni bir marka alan adına geçirildi.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>Tek geçerli imzayı yazarın alan adı değil, bir posta listesi ya da yönlendirici (forwarder) ekledi.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Aynı iletideki her DKIM-Signature başlığının d= alan adını From başlığının alan adıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Gönderim hizmetinin seçicisinin From alan adı altında yayımlandığını kontrol edin.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Değiştirmeden yeniden göndermeyin. Gönderim hizmeti From alan adıyla imzalamaya başladığında yeniden gönderin.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF doğrulaması başarısız</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf hatası</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>Alıcı taraf zarf göndereni (MAIL FROM) ya da HELO adı için SPF&apos;i kontrol etti ve fail sonucu aldı: alan adının SPF kaydı, bağlanan IP adresinin onun adına gönderemeyeceğini söylüyor. RFC 7372 bu kodu, SPF fail durumunda reddeden alıcı taraflara eski genel 5.7.1 yerine verir. Kalıcıdır. Bu kayıttaki anlamdır; Gmail ise 4.7.23&apos;ü ters DNS sorunları için kullanır (sağlayıcılara bakın).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>SPF yalnızca IP adresine ve zarfa ihtiyaç duyduğundan genellikle MAIL FROM ya da RCPT TO&apos;dan hemen sonra; bazı filtreler DATA sonrasına kadar bekler. Yönlendirmede (yönlendiricinin IP&apos;si özgün alan adının kaydında yoktur), postayı yeni bir sağlayıcıya taşıdıktan sonra ve kimsenin SPF&apos;e eklemediği yeni bir SaaS aracının gönderdiği postada yaygındır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>Gönderenin yöneticisi eksik göndereni zarf alan adının SPF kaydına ekler (ip4:, ip6: ya da hizmetin include: girdisi), toplamı on DNS sorgusunda ya da altında tutar ve sonra yeniden gönderir. Posta yönlendirildiyse yönlendiricinin yöneticisinin SRS&apos;e (gönderen yeniden yazma) ihtiyacı vardır ve özgün gönderen, iletinin yönlendirmeden sonra da DMARC&apos;tan geçebilmesi için DKIM ile imzalamalıdır.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>İleti, IP adresi zarf alan adının SPF kaydında bulunmayan bir sunucu ya da hizmet üzerinden çıktı.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Bir yönlendirme sunucusu iletiyi aktardı (relay), bu yüzden alıcı taraf özgün alan adının yetkilendirdiği bir IP değil, yönlendiricinin IP&apos;sini gördü.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Yeni bir giden IP ya da yeni etkinleştirilmiş IPv6, -all ile biten bir SPF kaydına eklenmedi.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>From alan adından farklı olabilen zarf göndereni alan adının (Return-Path) SPF kaydını okuyun.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Hangi aktarma sunucusunun (relay) reddettiğini ve IP&apos;lerinizden hangisinin kullanıldığını görmek için reddedilen denemeyi günlüğünüzde bulun.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Sunucunun IPv6&apos;sı varsa adresini kontrol edin; bir IPv6 bağlantısı bir ip6: girdisine ya da eşleşen bir mekanizmaya ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Aynı IP&apos;den değiştirmeden yeniden denemeyin: SPF sonucu değişmez. Kayıt güncellendikten ve eski kaydın TTL süresi dolduktan sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail 4.7.23&apos;ü SPF için değil, bir ters DNS sorunu için kullanır: bağlanan IP&apos;nin PTR kaydı yok ya da PTR adı o IP&apos;ye geri çözümlenmiyor. İleri ve ters DNS eşleşene kadar posta ertelenir; Gmail&apos;in aynı sorun için kalıcı biçimi 5.7.25&apos;tir.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Hedef sunucu iletiyi SPF nedeniyle reddettiğinde Microsoft 365 teslim edilemedi raporlarında (NDR) kullanılır; uzak sunucunun kendi yanıtı genellikle bir oktan (-&gt;) sonra gelir ve alıcı sistemin nedenini belirtir.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>SPF doğrulama hatası</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>spf 10 sorgu sınırı</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>birden fazla spf kaydı</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>Alıcı taraf SPF kontrolünü bir fail sonucu yüzünden değil, bir hata yüzünden tamamlayamadı. 4.7.24 olarak (451 ile) SPF temperror&apos;dur, genellikle kaydı alırken oluşan bir DNS zaman aşımı; 5.7.24 olarak (550 ile) SPF permerror&apos;dur, yani kaydın kendisi bozuktur: hatalı sözdizimi, iki SPF kaydı ya da ondan fazla DNS sorgusu. RFC 7372 bunları 4.4.3 ve 5.5.2 yerine atar.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>SPF hatalarına göre davranan alıcı taraflarda MAIL FROM&apos;dan sonra ya da DATA sonunda. Kalıcı biçim genellikle SPF kaydında yapılan bir düzenlemenin ardından gelir (kaydı on sorgunun üstüne çıkaran bir include daha, bir yazım hatası, ikinci bir v=spf1 kaydı); geçici biçim ise gönderen alan adının ad sunucuları yavaş ya da ulaşılamazken görülür.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>5.7.24 için gönderenin yöneticisi kaydı onarır: her şeyi tek bir v=spf1 TXT kaydında birleştirin, sözdizimini düzeltin ve DNS sorgusu gerektiren mekanizma sayısı ona inene kadar include&apos;ları kaldırın ya da düzleştirin. 4.7.24 için alan adının yetkili ad sunucularının dışarıdan hızla yanıt verdiğini kontrol edin; veriyorlarsa sorun alıcı tarafta olabilir ve kuyruk sonraki bir denemede teslim eder.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>Her include, a, mx, ptr, exists ve redirect sayıldığında SPF kaydı ondan fazla DNS sorgusu gerektiriyor.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Alan adı iki ayrı v=spf1 TXT kaydı yayımlıyor; bu, sonucu kalıcı bir hataya dönüştürür.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>Kayıt, ip4:&apos;ten sonra bir makine adı, yanlış yazılmış bir mekanizma ya da fazladan bir karakter gibi bir sözdizimi hatası içeriyor.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Alan adının ad sunucuları zaman aşımına uğruyor ya da SERVFAIL yanıtı veriyor, bu yüzden alıcı taraf geçici bir hata alıyor.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Zarf alan adındaki tüm TXT kayıtlarını listeleyin ve tam olarak birinin v=spf1 ile başladığından emin olun.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Her include:&apos;u (ve içindeki include&apos;ları) açın ve DNS sorgusu gerektiren her mekanizmayı sayın.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Alan adının her yetkili ad sunucusunu doğrudan sorgulayın; zaman aşımına uğrayan biri temperror&apos;u açıklar.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>4.7.24&apos;te normal artan aralıklarla yeniden deneyin; DNS zaman aşımları genellikle geçer. 5.7.24&apos;te SPF kaydı düzeltilene kadar yeniden denemeyin, çünkü her deneme aynı kalıcı hataya takılır.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Ters DNS doğrulaması başarısız</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rdns</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>ters dns yok</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>ptr kaydı eksik</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>Bağlanan istemcinin IP adresi alıcı tarafın ters DNS kontrolünden geçemedi: PTR kaydı yok ya da PTR kaydındaki ad aynı adrese geri çözümlenmiyor (forward-confirmed reverse DNS). Alıcı taraflar bunu virüslü ev bilgisayarlarına ve kötü yönetilen sunuculara karşı ucuz bir filtre olarak kullanır. Kalıcı bir rettir.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>Bağlantıdan sonra herhangi bir zamanda, en sık MAIL FROM, RCPT TO ya da DATA sonuna yanıt olarak. Bir posta sunucusunu yeni bir VPS ya da bulut adresine taşıdıktan sonra, IPv6&apos;yı etkinleştirdikten sonra (IPv6 adresinin PTR&apos;si yoktur) ya da PTR adı A kaydı sonradan değiştirilmiş bir makineyi gösterdiğinde tipiktir. Gmail bunu 550 5.7.25 olarak gönderir.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>Gönderenin yöneticisi IP adresini kim kontrol ediyorsa ondan (barındırma sağlayıcısı, İSS ya da bulut konsolu; alan adı kayıt kuruluşu değil) posta sunucusunu adlandıran, örneğin mail.example.com gibi bir PTR kaydı ayarlamasını ister ve o adın aynı IP&apos;yi gösteren bir A ya da AAAA kaydı olduğundan emin olur. HELO adı da aynı makine adı olmalıdır. Sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>Gönderen IP adresinin hiç PTR kaydı yok; yeni VPS ve bulut adreslerinde yaygındır.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR adı var ama A ya da AAAA kaydı farklı bir adresi gösteriyor, bu yüzden ileri yönlü kontrol başarısız oluyor.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>Sunucu IPv6 üzerinden gönderiyor ve yalnızca IPv4 adresinin ters DNS kaydı var.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR, alıcı tarafın dinamik ya da ev adresi saydığı genel bir İSS adı.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Gönderen IP adresinin PTR kaydını sorgulayın.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Dönen adı ileri yönde çözümleyin ve aynı adresi verdiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Sunucunun IPv6 adresi varsa ters sorguyu onun için de tekrarlayın.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Postfix&apos;inizin duyurduğu HELO adıyla karşılaştırın (Exim ve diğerlerinde eşdeğer bir ayar vardır).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>O IP adresinden değiştirmeden yeniden denemeyin. PTR ve eşleşen A ya da AAAA kayıtları oluşturulduktan ve önbellekteki olumsuz yanıtların süresi dolduktan sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Gmail&apos;in kullanımı kayıttaki anlamla örtüşür ve IPv4 ile IPv6 gönderenleri kapsar; aynı sorunun geçici biçimi 4.7.25 olarak değil, 4.7.23 olarak gelir.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Birden fazla kimlik doğrulama kontrolü başarısız</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>dmarc hatası</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>Alıcı sunucu birden fazla gönderen kimlik doğrulama kontrolü (SPF, DKIM ve genellikle üstüne DMARC) çalıştırdı ve ileti hepsinden birlikte geçemedi. Kod kalıcı bir rettir: aynı şekilde gönderilen aynı ileti yine reddedilir.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>DATA sonunda, alıcı taraf iletinin tamamını alıp imzalarını doğrulayabildiğinde. Onu ünlü yapan Gmail&apos;dir: gönderen alan adının DMARC ilkesinden geçemeyen postaya ve kullanılabilir SPF ya da DKIM sonucu olmayan postaya yıllardır 550 5.7.26 ile yanıt verir; 2024 gönderen gereksinimleri de bu yanıtı çok daha yaygın hâle getirdi.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>From başlığındaki alan adı için gönderen tarafta kimlik doğrulamayı düzeltin. Alan adı adına gönderen her sunucuyu kapsayan bir SPF kaydı yayımlayın, giden postayı DNS&apos;te yayımlanmış bir anahtarla DKIM ile imzalayın ve DMARC&apos;ın geçmesi için bunlardan en az birinin From alan adıyla hizalandığından emin olun. Sonra geri dönen postayı yeniden göndermeden önce bir test iletisi gönderip Authentication-Results başlığını okuyun.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF kaydı yok ya da SPF kaydı iletiyi gerçekte gönderen sunucuyu veya hizmeti listelemiyor.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>DKIM imzası yok ya da imza, iletiyi imzalamadan sonra değiştiren bir ağ geçidi, posta listesi veya alt bilgi tarafından bozulmuş.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF ve DKIM, From başlığındakinden farklı bir alan adı için geçiyor, bu yüzden DMARC hizalaması başarısız oluyor ve alan adının DMARC ilkesi reject diyor.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Yeni eklenen bir gönderim hizmeti (bülten aracı, CRM, destek talebi sistemi) DNS&apos;te yetkilendirilmeden şirket alan adı adına gönderiyor.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Gönderen alan adının SPF kaydını okuyun ve gönderen sunucunun IP adresini ya da hizmetin include&apos;unu listelediğinden emin olun.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>İletinin DKIM-Signature başlığında (s=) adı geçen seçici (selector) için DKIM açık anahtarının var olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Alıcı tarafa başarısız postalarla ne yapmasının söylendiğini görmek için alan adının DMARC ilkesini okuyun.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Büyük bir sağlayıcıda kontrolünüzdeki bir posta kutusuna bir test iletisi gönderin ve Authentication-Results (kimlik doğrulama sonuçları) başlığını okuyun: spf=, dkim= ve dmarc= pass demelidir.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Aynı iletiyi değiştirmeden yeniden denemeyin: yine başarısız olur. Yalnızca kimlik doğrulama kayıtları ya da imzalama düzeltildikten sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail 5.7.26&apos;yı hem bir ileti ne SPF&apos;ten ne de DKIM&apos;den geçtiğinde hem de From alan adının DMARC ilkesinden geçemediğinde gönderir; koddan sonraki metin hangisi olduğunu söyler.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>Gönderen adresinin null MX&apos;i var</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>Zarf göndereninin ya da From başlığının alan adı, hiçbir zaman posta almadığını bildiren bir null MX kaydı (MX 0 .) yayımlıyor. Alıcı taraf bu tür postayı reddedebilir, çünkü geri dönen iletiler ve yanıtlar gönderene hiçbir zaman ulaşamaz ve posta hizmeti olmadığını bildiren bir alan adı büyük olasılıkla sahtedir. RFC 7505&apos;te tanımlanır; kalıcıdır. Bu kayıttaki anlamdır; Gmail aynı rakamları SPF hataları için kullanır (sağlayıcılara bakın).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>Alıcı taraf zarf alan adının MX&apos;ini kontrol ettiğinde MAIL FROM&apos;a yanıt olarak ya da From başlığının alan adını kontrol ettiğinde DATA&apos;dan sonra. Tipik suçlular DNS&apos;inde null MX bulunan bir alan adının noreply@ adresinden gönderen bir uygulama ve yanlışlıkla null MX verilmiş park edilmiş ya da yalnızca gönderim yapan alan adlarıdır.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>Gönderenin yöneticisi ya null MX&apos;i kaldırıp MAIL FROM ve From&apos;da kullanılan alan adı için gerçek bir MX yayımlar ya da uygulamayı posta kabul eden bir alan adından gönderecek şekilde değiştirir (kendi MX&apos;i olan bir geri dönüş (bounce) alt alan adı işe yarar). RFC 7505, gönderen olarak kullanılan alan adlarının null MX yayımlamaması gerektiğini söyler.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Yalnızca gönderim yapan bir alan adına hiçbir şey almasın diye null MX verildi, ama hâlâ MAIL FROM ya da From&apos;da kullanılıyor.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Park edilmiş ya da kullanılmayan alan adları için bir DNS şablonu, sonradan posta göndermeye başlayan bir alan adına MX 0 . ekledi.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Null MX&apos;li bir alan adını taklit eden spam ya da oltalama; bu durumda ret işini yapıyordur.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Zarf ve From alan adlarının MX&apos;ini sorgulayın; tek bir 0 . yanıtı null MX&apos;tir.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Bir uygulamanın zarf göndereni From adresinden farklı olabileceğinden, Postfix&apos;inizin yerel olarak üretilen gönderen adreslerine hangi alan adını eklediğini kontrol edin.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Gerçek bir MX yayımladıktan sonra, belirttiği makinenin 25 numaralı portta bağlantı kabul ettiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Kayıttaki 5.7.27&apos;yi değiştirmeden yeniden denemeyin: null MX bilinçli bir DNS beyanıdır. Gmail&apos;in 4.7.27 ertelemesi normal şekilde yeniden denenir, ancak yalnızca SPF geçtikten sonra başarılı olur.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Null MX ile ilgisi yok: Gmail, ileti gönderen gereksinimleri kapsamında SPF&apos;ten geçmediğinde 4.7.27 (erteleme) ve 5.7.27 (ret) gönderir. Zarf alan adının SPF kaydını düzeltin ve kayıttaki başlığı dikkate almayın.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Posta seli algılandı</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>abonelik bombardımanı</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>Alıcı taraf iletinin benzer kötüye kullanım iletilerinden oluşan bir selin parçası olduğunu düşünüyor; genellikle sahte web formu gönderimleriyle tetiklenen yüzlerce kayıt onayının tek bir adrese gittiği bir posta bombası. 4.7.28 iletiyi erteler, 5.7.28 reddeder. IANA bu kodu, John Levine&apos;in hiçbir zaman RFC olarak yayımlanmamış bir Internet-Draft&apos;ından kaydetmiştir.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>RCPT TO aşamasında ya da DATA sonunda, alıcı taraf tek bir alıcıya ya da tek bir kaynaktan gelen neredeyse aynı iletilerden oluşan bir patlama gördüğünde. Gönderenler, bülten kayıt formları, parola sıfırlama ya da iletişim formları bir kurbanı bombardımana tutmak için kötüye kullanıldığında bununla karşılaşır. Gmail de 4.7.28&apos;i kendi spam hız sınırlaması için kullanır (sağlayıcılara bakın).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>Gönderenin yöneticisi seli kaynağında durdurur: web formuna CAPTCHA ya da hız sınırı ekleyin, belirli bir sürede adres başına en fazla bir onay gönderin ve hedef alınan adrese kuyrukta bekleyen onayları silin. Gmail&apos;in 4.7.28&apos;i için etkilenen IP&apos;den ya da alan adından gelen hacmi azaltın, etkileşimde bulunmayan alıcıları çıkarın ve Postmaster Tools&apos;ta spam oranını izleyin.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Bir bot, gönderenin kayıt ya da iletişim formunu kurbanın adresiyle defalarca gönderdi.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Bir uygulama hatası ya da döngüsü aynı bildirimi tek bir alıcıya tekrar tekrar gönderdi.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Gönderen sunucudaki ele geçirilmiş bir hesap ya da betik neredeyse aynı iletileri toplu olarak gönderdi.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Gmail&apos;de: gönderen IP adresinden ya da kimliği doğrulanmış alan adından gelen istenmeyen görünümlü postada artış.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Sunucunuzun son zamanlarda etkilenen adrese kaç ileti gönderdiğini sayın.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Bekleyen iletilerin birikip birikmediğini görmek için kuyruğun özet satırını kontrol edin.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Formunuzu kullanan bir bota işaret eden form gönderimi patlamaları için web sunucusu günlüğüne bakın.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>4.7.28&apos;de giderek artan aralıklarla ve daha düşük bir gönderim hızıyla yeniden deneyin; yüklenmek durumu kötüleştirir. 5.7.28&apos;de alıcı tarafın kötüye kullanım selinin parçası olarak sınıfladığı aynı iletiyi yeniden göndermeyin.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Posta bombası kararı değil, bir itibar hız sınırı: Gmail IP adresinizden ya da DKIM veya SPF alan adınızdan çok fazla istenmeyen görünümlü posta gördü (metnin daha uzun türevleri hangisi olduğunu söyler) ve kabulü yavaşlatıyor. İtibar toparlandıkça kalkar.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC doğrulama hatası</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>İleti Authenticated Received Chain başlıkları (RFC 8617, deneysel bir RFC) taşıyordu ve zincir doğrulanmadı; bu yüzden alıcı taraf iletinin geçtiği aracıların kaydettiği kimlik doğrulama sonuçlarına güvenemedi. Alıcı taraf bu tür postayı, özellikle DMARC&apos;tan da geçemiyorsa, reddedebilir. Bu kayıttaki anlamdır; Gmail aynı rakamları TLS olmadan gönderilen posta için kullanır (sağlayıcılara bakın).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>DATA sonunda; iletiye ARC-Seal, ARC-Message-Signature ve ARC-Authentication-Results (ARC kimlik doğrulama sonuçları) başlıkları ekleyen bir posta listesinden, yönlendirme hizmetinden ya da güvenlik ağ geçidinden geçmiş postada. Uygulamada nadirdir: alıcı tarafların çoğu ARC&apos;ı yalnızca DMARC başarısız olduğunda bir ipucu olarak kullanır, bu yüzden bozuk bir zincir tek başına nadiren bir redde yol açar.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>ARC kümesi başarısız olan aracının (çoğunlukla bir liste sunucusu ya da ağ geçidi) yöneticisi ARC mühürlemesini düzeltir: seçicisi için yayımlanmış bir anahtar, doğru örnek numaraları ve mühürlemeden sonra iletide hiçbir değişiklik yapılmaması. Özgün gönderen başka bir sistemin zincirini onaramaz: geri dönen iletiyi tam başlıklarıyla listenin ya da yönlendiricinin (forwarder) işletmecisine gönderin.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Bir aracı, ARC kümesini ekledikten sonra iletiyi değiştirdi ve ARC-Message-Signature&apos;ını bozdu.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>Bir ARC-Seal&apos;de adı geçen seçicinin açık anahtarı DNS&apos;te yok.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Bir ARC kümesi eksik ya da sırası bozuk (i=1, i=2 vb. örnek numaraları kesintisiz değil); bu, zinciri geçersiz kılar.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Sonraki bir atlama cv=fail ile mühürleyerek zinciri zaten bozuk olarak işaretledi.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>ARC başlıklarını i= örnek numaraları ve her ARC-Seal&apos;deki cv= sonucuyla birlikte listeleyin.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Zinciri iletinin kaydedilmiş bir kopyası üzerinde doğrulayın (python3-dkim, arcverify aracını sağlar).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Başarısız ARC-Seal&apos;in s= ve d= değerleri için anahtarı sorgulayın.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Kayıttaki anlamda bir 5.7.29&apos;u değiştirmeden yeniden denemeyin: bozuk zincir iletinin parçasıdır ve yine başarısız olur. Gmail&apos;in 4.7.29 ertelemesi ise ancak bağlantı TLS kullandığında yeniden denemede başarılı olur.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>ARC ile ilgisi yok: Gmail, ileti kendisine TLS olmayan bir bağlantı üzerinden ulaştığında 4.7.29 (erteleme) ve 5.7.29 (ret) gönderir. Gönderen MTA&apos;nın Gmail&apos;in MX makinelerine STARTTLS kullanmasını sağlayın ve giden yoldaki her aktarma sunucusunu (relay) kontrol edin.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>REQUIRETLS desteği gerekli</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>İleti, her atlamada doğrulanmış TLS ve REQUIRETLS desteği isteyen REQUIRETLS seçeneğiyle (RFC 8689) gönderildi ve bir sunucu bunu sunan bir sonraki atlama bulamadı. Korumayı düşürmek yerine ileti iade edilir. Kalıcıdır. Bu kayıttaki anlamdır; Gmail aynı rakamları DKIM hataları için kullanır (sağlayıcılara bakın).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Çoğunlukla, sonraki sunucunun EHLO yanıtı REQUIRETLS&apos;i listelemediğinde gönderenin kendi giden aktarma sunucusundan (relay) ya da sonraki bir atlamadan gelen bir geri dönen iletide (DSN); bazı uygulamalar MAIL FROM ... REQUIRETLS&apos;i doğrudan reddederken de bunu kullanır. Az sayıda sunucu REQUIRETLS&apos;i uyguladığı için hâlâ nadirdir (Postfix yeni sürümlerde desteklediğini belgeler).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Karar gönderenindir. İçerik şifrelenmemiş ya da doğrulanmamış bir bağlantıdan geçmemesi gerekiyorsa bu alıcıya e-postayla göndermeyin ya da alıcının yöneticisinden DANE veya MTA-STS ile birlikte REQUIRETLS&apos;i etkinleştirmesini isteyin. Aksi hâlde, gönderen istemcinin ya da kuruluşun posta ilkesinin denetlediği REQUIRETLS olmadan yeniden gönderin.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>Alıcının posta sunucusu REQUIRETLS duyurmuyor; bu, sunucuların çoğu için hâlâ geçerlidir.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Yoldaki bir aktarma sunucusu (relay), örneğin bir giden filtreleme hizmeti ya da smart host, REQUIRETLS&apos;i desteklemiyor.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>Gönderen istemci, sunucuları bunu karşılayamayan alıcılara giden posta dahil tüm postada REQUIRETLS ayarlıyor.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Alıcı alan adının MX makinelerini bulun.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>MX&apos;in STARTTLS&apos;ten sonra verdiği EHLO yanıtında REQUIRETLS&apos;i listeleyip listelemediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Hangi atlamanın vazgeçtiğini ve bunun kendi aktarma sunucunuz (relay) olup olmadığını görmek için geri dönen iletinin Reporting-MTA ve Remote-MTA alanlarını okuyun.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Kayıttaki anlamda bir 5.7.30&apos;u yeniden denemeyin: yol denemeler arasında REQUIRETLS desteği kazanmaz. Gmail&apos;in 4.7.30 ertelemesi normal şekilde yeniden denenir, ancak yalnızca DKIM geçtikten sonra başarılı olur.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>REQUIRETLS ile ilgisi yok: Gmail, ileti gönderen gereksinimleri kapsamında DKIM&apos;den geçmediğinde 4.7.30 (erteleme) ve 5.7.30 (ret) gönderir. Giden postayı alan adınız için DKIM ile imzalayın ve anahtarı yayımlayın.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>VRFY&apos;ye 250 posta kutusunu doğrular; 252 onu ne doğrular ne de reddeder, ama sunucu onun için posta kabul eder.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Bu yanıtları yalnızca VRFY alır. Çoğu sunucu, adresler toplanamasın diye her VRFY&apos;ye 252 ile yanıt verir.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>252&apos;yi asla bir adresin var olduğunun kanıtı saymayın. Bir adresi test etmek için bir ileti gönderin ya da RCPT TO&apos;ya verilen yanıtı izleyin.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>İkisi de alıcının yerel olmadığını söyler; 251 iletiyi kabul edip yönlendirir, 551 reddeder ve nereye gönderileceğini belirtir.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251, RCPT TO aşamasında bir başarı yanıtıdır; 551 ise &quot;please try &lt;forward-path&gt;&quot; içeren kalıcı bir hatadır.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>251&apos;den sonra bir şey yapmak gerekmez, ama adres defteri güncellenebilir. 551&apos;den sonra, doğru olduğundan emin olduğunuzda verilen adrese yeniden gönderin.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 tüm oturumu, içindeki her ileti ve alıcı için sonlandırır; 450 tek bir posta işlemini, genellikle tek bir alıcıyı reddeder ve oturum sürer.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 çoğunlukla bağlandıktan sonraki ilk satır (karşılama) ya da sunucu kapatmadan önceki son satırdır ve metni hizmetten, bağlantıdan ya da IP adresinizden söz eder. 450 ise MAIL FROM ya da RCPT TO&apos;ya yanıt verir ve bir posta kutusunu veya gri listeleme gibi bir nedeni belirtir.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>İkisini de gönderen sunucu yeniden dener. 421 için gönderen tarafa bir bütün olarak bakın: bağlantı sayıları, gönderim hızı ve IP adresinin itibarı. 450 için tek bir alıcıya ya da gri listeleme gecikmesine bakın ve aynı IP adresinden gelecek bir sonraki yeniden denemeyi bekleyin.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>Karşılamada ikisi de bağlantıyı geri çevirir, ama 421 “daha sonra yeniden deneyin”, 554 ise “bu istemciye hizmet verilmiyor” demektir.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>Karar ilk hanededir: karşılamadaki 421 yük, çok fazla bağlantı ya da geçici bir engelle ilgili metinlerle gelir; karşılamadaki 554 ise bir kara listeyi ya da kalıcı bir reddi belirtir ve sunucu QUIT&apos;e kadar sonraki her komuta 503 ile yanıt verir.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>421 için başta bir şey yapmayın: tekrarlanırsa paralel bağlantı sayısını düşürün. 554 için gönderen IP adresini kara listelerde sorgulayın ve itibar sorununu düzeltin; aynı IP adresinden yeniden denemek işe yaramaz.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 alıcının posta kutusuyla ilgilidir (meşgul, kilitli ya da gri listede); 451 ise işlem sırasında bir hatayla karşılaşan alıcı sunucunun kendisiyle ilgilidir.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Gelişmiş kod ve metin söyler: 450, 4.2.x ile ya da alıcıyı belirten bir gri listeleme iletisiyle gelir; 451 ise 4.3.0, 4.4.x ya da &quot;Temporary local problem&quot; ile gelir, çoğunlukla alıcı tarafta bir DNS sorgusu ya da içerik tarayıcısı başarısız olduktan sonra.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>İkisi de başta gönderenden bir şey gerektirmez: kuyruk yeniden dener. 450 günlerce sürerse alıcının yöneticisine posta kutusunu sorun; 451 sürerse sunucusunu alıcı tarafın yöneticisi onarmalıdır, bu yüzden ona tam yanıt satırını bildirin.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>Aynı durum, posta kutusu kullanılamıyor; ama 450 geçici, 550 kalıcıdır.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Yalnızca ilk hane farklıdır: 450&apos;den sonra ileti gönderenin kuyruğunda kalır ve bir gecikme bildirimi gelebilir; 550&apos;den sonra gönderenin sunucusu hemen vazgeçer ve bir geri dönen ileti döndürür.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>450&apos;den sonra elle yeniden göndermeyin: kuyruk kendiliğinden yeniden dener. 550&apos;den sonra aynı iletiyi yeniden göndermek hiçbir şeyi değiştirmez; adresi düzeltin ya da gelişmiş kodun belirttiği nedeni ortadan kaldırın, sonra yeniden gönderin.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451, alıcı sunucuda bir işlem hatasıdır; 452 ise bir kaynağın tükendiğini söyler: disk alanı, posta kutusu kotası ya da tek bir işlemde izin verilen alıcı sayısı.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 kaynağı adıyla belirtir: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) ya da dolu bir posta kutusu (4.2.2). 451 ise yerel bir hatadan, bir sorgu hatasından ya da yanıt vermeyen bir hizmetten söz eder.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>4.5.3 ile gelen 452&apos;de yanlış bir şey yok: gönderen sunucu kalan alıcılara sonraki bir işlemde teslim eder. Depolama için alıcı tarafın yöneticisi yer açar. 451 için yeniden denemeyi bekleyin ve süren bir hatayı alıcı tarafın yöneticisine bildirin.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>İkisi de depolamayla ilgilidir; 452 geçicidir (yer açılabilir), 552 kalıcıdır (bu ileti için ayrılan alan aşılmıştır).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>Durumları gelişmiş kod ayırır: 4.2.2 ya da 4.3.1 ile 452, düzelebilecek dolu bir posta kutusu ya da disktir; 5.2.2 ile 552 kotasını aşmış bir posta kutusu, 5.3.4 ya da 5.2.3 ile 552 ise çok büyük bir iletidir.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>452 için kuyruğun yeniden denemesine izin verin ve alıcıya posta kutusunun dolu olduğunu söyleyin. 5.2.2 ile 552 için alıcıdan yer açmasını isteyin, sonra yeniden gönderin; boyut koduyla gelen 552 için daha küçük bir ileti ya da ek yerine bir bağlantı gönderin.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454, sunucu tarafında TLS&apos;in ya da kimlik doğrulamanın geçici olarak başarısız olmasıdır; 530 ise istemcinin karşılamadığı bir gereksinimdir.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 doğrudan STARTTLS&apos;e ya da AUTH&apos;a yanıt verir (&quot;454 4.7.0 Temporary authentication failure&quot;), yani istemci doğru olanı yapmıştır. 530 ise istemci STARTTLS&apos;i ya da AUTH&apos;u atladığında MAIL FROM&apos;a yanıt verir.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>454&apos;ten sonra istemci daha sonra yeniden dener ve alıcı tarafın yöneticisi sertifikayı ya da parola altyapısını kontrol eder. 530&apos;dan sonra istemcinin ayarları değişmelidir: TLS&apos;i başlatın, sonra kimlik doğrulaması yapın.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 sunucunun satırı anlamadığı, 502 ise komutu anladığı ama burada uygulamadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502, VRFY ya da EXPN gibi kapatılmış bilinen bir komuta yanıt verir (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 ise anlamsız veriye, çok uzun bir satıra ya da düz metin bir porttaki TLS el sıkışması gibi farklı bir protokole yanıt verir; Postfix 3.7 ve sonrası bilinmeyen komutlara da 500 5.5.2 ile yanıt verir.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>500 için istemcinin doğru porta doğru kipte SMTP konuştuğunu kontrol edin (465&apos;te doğrudan TLS, 587 ve 25&apos;te STARTTLS). 502 için o komutu kullanmayı bırakın; bozuk bir şey yok.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 bir komutun bağımsız değişkeninin yazılışını reddeder; 553 ise posta kutusu adının kendisini reddeder.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 bozuk sözdiziminin ardından gelir: eksik bir açılı ayraç, geçersiz bir EHLO adı, bilinmeyen bir parametre (&quot;501 5.5.4&quot;). 553 ise ayrıştırılabilen ama kabul edilmeyen bir adresin ardından gelir (5.1.3, 5.1.7 ya da oturum açan hesabın sahibi olmadığı bir gönderen).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>501 için komutun kendisi bozuk olduğundan gönderen yazılımı ya da ayarlarını düzeltin. 553 için kullanıcının girdiği adresi ya da adına gönderdiği kimliği düzeltin.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 yanlış sırada gelen bir komuttur; 530 ise istemci kimliğini doğrulayana ya da TLS başlatana kadar reddedilen bir komuttur.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503, MAIL FROM&apos;dan önce RCPT TO, herhangi bir alıcıdan önce DATA ya da sunulmadığı yerde AUTH gönderildiğinde gelir (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 ise MAIL FROM&apos;a &quot;Authentication required&quot; ya da &quot;Must issue a STARTTLS command first&quot; ile yanıt verir.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>503 için istemcinin sırasını düzeltin: EHLO, STARTTLS, yeniden EHLO, AUTH, MAIL FROM, RCPT TO, DATA. 530 için istemcinin hesap ayarlarında TLS&apos;i ve SMTP kimlik doğrulamasını açın.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 istemcinin kimliğini doğrulamadığı, 535 ise denediği ve kimlik bilgilerinin reddedildiği anlamına gelir.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535, AUTH&apos;a verilen yanıttır. 530 ise hiç AUTH göndermemiş bir istemciden gelen MAIL FROM ya da RCPT TO&apos;ya yanıt verir.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>530 için istemcide kimlik doğrulamayı etkinleştirin. 535 için kullanıcı adını ve parolayı, sağlayıcının uygulama parolası isteyip istemediğini ve hesap için SMTP AUTH&apos;a izin verilip verilmediğini kontrol edin.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 oturum açma yöntemini reddeder; 535 ise kimlik bilgilerini reddeder.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>534&apos;te parola pekâlâ doğru olabilir: mekanizma çok zayıftır ya da sağlayıcı bir uygulama parolası veya tarayıcıdan oturum açma ister (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). 535&apos;te kullanıcı adı ya da parola yanlıştır veya hesap SMTP kullanamaz.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>534 için TLS&apos;i ve sağlayıcının istediği şekilde daha güçlü bir mekanizmayı, uygulama parolasını ya da OAuth&apos;u kullanın. 535 için kimlik bilgilerini düzeltin ya da hesabın kilidini açın.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Tek bir yanıtın iki katmanı: 535 reddedilen kimlik bilgileri için temel kod, 5.7.8 ise aynı şey için gelişmiş koddur; genellikle 535 5.7.8 olarak birlikte gelirler.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>Bir istemci günlüğü AUTH&apos;un hemen ardından &quot;535 5.7.8&quot; ya da &quot;535-5.7.8 Username and Password not accepted&quot; gösterir. Bazı sunucular aynı anlamla gelişmiş kod olmadan 535 gönderir.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Kimlik bilgilerini düzeltin: kullanıcı adı, parola ya da uygulama parolası; ayrıca hesabın SMTP AUTH kullanabildiğini kontrol edin.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 alıcının bu sunucuda olmadığını söyler ve bunun yerine nereye gönderileceğini belirtir; 550 ise alıcıyı başka bir yer göstermeden reddeder.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>551 yanıtı bir forward-path taşır (&quot;please try &lt;address&gt;&quot;); bugün nadirdir ve bazı sunucular onu reddedilen aktarma (relay) için kötüye kullanır. 550 yanıtı ise bunun yerine bir neden ya da gelişmiş kod belirtir.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>551&apos;den sonra önerdiği adresin gerçek olduğunu kontrol edin ve ona yeniden gönderin. 550&apos;den sonra gelişmiş kodu okuyun: 5.1.1 yanlış bir adres, 5.7.1 bir ilke reddidir.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 adresin kendisini, biçimini ya da gönderenin onu kullanma hakkını reddeder; 550 ise posta kutusunu ya da iletiyi başka bir nedenle reddeder.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 genellikle MAIL FROM ya da RCPT TO aşamasında 5.1.3, 5.1.7 ya da &quot;Sender address rejected: not owned by user&quot; gibi bir metinle gelir. 550 ise 5.1.1 (böyle bir kullanıcı yok), 5.7.1 (ilke) ya da bir engelle gelir.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>553 için adresi düzeltin: bir yazım hatası, izin verilmeyen karakterler ya da oturum açan hesabınızın kullanamayacağı bir From adresi. 550 için gelişmiş kodunun söylediğini izleyin.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 genellikle tek bir alıcıyı reddeder; 554 ise tüm işlemi, ya bağlantı anında ya da ileti verisinden sonra reddeder.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Nerede geldiğine bakın: 550, RCPT TO&apos;ya (ya da MAIL FROM&apos;a) yanıt verir; 554 ise karşılamadır (&quot;No SMTP service here&quot;) ya da içerik ve itibar kontrollerinin çalıştığı DATA sonuna verilen yanıttır.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>550 için alıcı adresini ya da o alıcıya ilişkin ilke nedenini kontrol edin. DATA&apos;dan sonraki 554 için içeriği, gönderen IP adresinin kara listelerde olup olmadığını ve alan adının kimlik doğrulamasını kontrol edin; karşılamadaki 554&apos;te ise IP adresinin kendisi reddedilmiştir.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Bunlar birbirinin alternatifi değil, tek bir yanıtın iki katmanıdır: 550 temel yanıt kodu (kalıcı, posta kutusu kullanılamıyor), 5.1.1 ise nedenini söyleyen gelişmiş durum kodudur (posta kutusu yok).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>&quot;550 5.1.1 User unknown&quot; gibi bir yanıt ikisini de taşır. 550, 5.7.1, 5.2.1, 5.1.10 ve başka kodlarla da gelir; bu yüzden tek başına 550 hiçbir zaman hangisi olduğunu söylemez; 5.1.1 ise bir geri dönen ileti raporunun Status alanında da görünür.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Varsa önce gelişmiş kodu okuyun: ikisinden daha kesin olanı odur. Bir yanıtta yalnızca 550 varsa tek ipucu ondan sonraki metindir.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Tek bir yanıtın iki katmanı: 552 aşılan depolama kotası için temel kod, 5.3.4 ise iletinin sistem için çok büyük olduğunu söyleyen gelişmiş koddur.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>Tek başına 552 belirsizdir, çünkü 5.2.2 (dolu posta kutusu) ve 5.2.3 (alıcının boyut sınırı) ile de gelir; 5.3.4 ile neden sunucunun ileti boyutu sınırıdır.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Gelişmiş kodu okuyun: 5.3.4 ile daha küçük bir ileti gönderin; 5.2.2 ile alıcının yer açması gerekir.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 hiç kimseden hiçbir zaman posta kabul etmeyen bir makinedir; karşılamadaki 554 ise bu istemciyi, genellikle IP adresi nedeniyle reddeder.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521, hiç posta almayacak şekilde kurulmuş makinelerden gelir ve alan adı çoğu zaman ayrıca bir null MX yayımlar. Karşılamadaki 554 genellikle bir kara listeyi, bir ilkeyi ya da adresinizi belirtir.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>521&apos;den sonra oraya göndermeyi bırakın: adres ya da MX kaydı yanlıştır. 554&apos;ten sonra gönderen IP adresini adı geçen kara listede kontrol edin ve listeden çıkarılmayı isteyin ya da itibarı iyi bir sunucu üzerinden gönderin.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 alıcının alan adının hiç posta almadığını söyler; 554 ise bu işlemin, metninin belirttiği bir nedenle başarısız olduğunu söyler.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556, 5.1.10 ile gelir; çoğunlukla alan adının null MX&apos;ini (&quot;MX 0 .&quot;) bulduktan sonra, alıcıya herhangi bir bağlantı kurmadan önce kendi gönderen sunucunuzdan. 554 ise uzak sunucudan, karşılamada ya da DATA&apos;dan sonra gelir.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>556&apos;dan sonra adres çalışamaz: alıcıdan başka bir adres isteyin. 554&apos;ten sonra metnini okuyun: kara liste, içerik ya da ilke.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1, alıcının sunucusunun tanımadığı bir posta kutusudur; 5.1.10 ise hiç posta almadığını bildiren bir alan adıdır (null MX).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1, RCPT TO&apos;dan sonra alıcının sunucusundan gelir. 5.1.10 ise genellikle alan adının null MX&apos;ini okuyup hiç bağlanmayan kendi gönderen sunucunuzdan gelir.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 için @ işaretinden önceki kısmı yazım hatalarına karşı kontrol edin. 5.1.10 için posta kutusunun hiçbir yazılışı işe yaramaz: başka bir alan adında bir adres isteyin.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 var olmayan bir adrestir; 5.2.1 ise var olan ama devre dışı ya da askıya alınmış bir posta kutusudur.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>Metin söyler: 5.1.1 için &quot;does not exist&quot;, &quot;no such user&quot; ya da &quot;user unknown&quot;; 5.2.1 için &quot;disabled&quot;, &quot;inactive&quot; ya da &quot;suspended&quot;.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 için adresi düzeltin. 5.2.1 için alıcıya başka bir yoldan ulaşın; geri dönen ileti haftalarca tekrarlanıyorsa adresi ortadan kalkmış sayın ve listelerden çıkarın.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 @ işaretinden önceki kısmı (posta kutusu), 5.1.2 ise ondan sonraki kısmı (alan adı) hatalı bulur.</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 çoğunlukla alan adını DNS&apos;te bulamayan kendi sunucunuzdan gelir; 5.1.1 ise posta kutusunu arayıp hiçbir şey bulamayan alıcının sunucusundan gelir.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Yanlış olan kısmı düzeltin: 5.1.1 için kullanıcı adını, 5.1.2 için alan adını.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 alıcının alan adının geçerli bir posta hedefi olmadığını söyler; 5.4.4 ise gönderen sistemin ona bir rota bulamadığını söyler.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2, var olmayan bir alan adının (NXDOMAIN), çoğu zaman bir yazım hatasının ardından gelir. 5.4.4 ise kullanılabilir bir rota vermeden yanıt veren DNS&apos;in ardından gelir: adresi olmayan bir adı gösteren bir MX ya da çözümlenemeyen kayıtlar.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>5.1.2 için alan adının yazılışını düzeltin. 5.4.4 için alıcı alan adının yöneticisi MX kayıtlarını onarır; birçok alan adı başarısız oluyorsa gönderen sunucunun kendi DNS çözümleyicisini kontrol edin.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 posta almayan alıcı alan adıyla ilgilidir; 5.7.27 ise posta almadığını bildiren ve bu yüzden gönderen olarak reddedilen gönderenin alan adıyla ilgilidir.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 alıcı adresini belirtir ve genellikle kendi gönderen sunucunuzdan gelir. 5.7.27 ise alıcı sunucudan, MAIL FROM ya da From alan adınız hakkında gelir.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>5.1.10 için başka bir alıcı adresi kullanın. 5.7.27 için gönderenin yöneticisi null MX&apos;i kaldırır ya da yanıtları ve geri dönen iletileri alabilen bir alan adından gönderir.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>Aynı dolu posta kutusu; 4.2.2 gönderen sunucu tarafından yeniden denenir, 5.2.2&apos;de ise hemen vazgeçilir.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Yalnızca sınıf farklıdır ve sunucular aynı durum için farklı seçimler yapar: birçoğu 452 4.2.2 gönderirken diğerleri 552 5.2.2 gönderir.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>4.2.2&apos;den sonra bir şey yapmak gerekmez: kuyruk yeniden dener ve alıcıya posta kutusunun dolu olduğu söylenebilir. 5.2.2&apos;den sonra ileti yeniden gönderilmeden önce alıcının yer açması gerekir.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 dolu bir posta kutusudur; 5.2.3 ise alıcının boyut sınırından büyük tek bir iletidir.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Metin 5.2.2 için kotadan ya da dolu posta kutusundan, 5.2.3 için ileti boyutundan söz eder. Kısa bir test iletisi 5.2.3 veren bir posta kutusuna ulaşır, 5.2.2 verene asla ulaşmaz.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>5.2.2 için alıcı yer açar. 5.2.3 için daha az gönderin: eki sıkıştırın ya da bir bağlantı paylaşın.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>İkisi de boyutla ilgilidir: 5.3.4 tüm sunucunun sınırıdır, 5.2.3 ise alıcı ya da posta kutusu için belirlenmiş bir sınırdır.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4, SIZE parametresi sunucunun duyurduğu sınırın üzerindeyse daha MAIL FROM aşamasında gelebilir ve oradaki her alıcı için geçerlidir; 5.2.3 ise belirli alıcılar için gelir.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>İkisinde de daha küçük bir ileti gönderin. 5.3.4 sınırını yalnızca alıcı tarafın yöneticisi yükseltebilir (Postfix&apos;te message_size_limit); 5.2.3 sınırı o posta kutusuna ya da gruba özgü olabilir.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 alıcı makineye hiç bağlantı kurulamadığı, 4.4.2 ise bir bağlantı kurulduğu ve sonra koptuğu anlamına gelir.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix 4.4.1&apos;i bağlanırken &quot;Connection timed out&quot; ya da &quot;Connection refused&quot; ile, 4.4.2&apos;yi ise &quot;lost connection with ... while sending ...&quot; ile günlüğe yazar.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>4.4.1 için giden 25 numaralı portun açık olduğunu, MX makinesinin çalıştığını ve adresinin doğru olduğunu kontrol edin. 4.4.2 için uzak tarafın oturum ortasında ne yaptığına bakın: zaman aşımları, TLS hataları ya da uzun aktarımları kesen bir güvenlik duvarı.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>İkisi de zamanında teslim edilemeyen bir iletiyle ilgilidir; 4.4.7 iletinin hâlâ kuyrukta olduğuna dair bir uyarı, 5.4.7 ise kuyruk ömrü dolduktan sonraki kesin hatadır.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Bir 4.4.7 bildirimi iletinin geciktiğini ve sunucunun denemeyi sürdüreceğini söyler (Action: delayed). Bir 5.4.7 geri dönen iletisi ise sunucunun vazgeçtiğini (Action: failed) söyler ve iletiyi iade eder.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>4.4.7&apos;den sonra henüz hiçbir şey kaybolmadı: hedefe neden ulaşılamadığını bulun. 5.4.7&apos;den sonra hedef posta kabul ettiğinde iletinin yeniden gönderilmesi gerekir.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>İkisi de çok fazla alıcı olduğunu söyler; 4.5.3 geri kalanların başka bir işlemde gönderilmesini ister, 5.5.3 ise iletiyi çok fazla alıcısı olduğu için reddeder.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3, sunucunun işlem başına sınırına ulaşıldıktan sonra 452 ile gelir; ondan önce kabul edilen alıcılar iletiyi yine alır. 5.5.3 ise kalıcı bir rettir, çoğunlukla bir sağlayıcının ileti başına alıcı sınırı nedeniyle.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>4.5.3&apos;ten sonra bir şey yapmak gerekmez: posta sunucuları kalan alıcılara kendiliğinden gönderir. 5.5.3&apos;ten sonra alıcı listesini bölün ya da bir posta listesi veya toplu gönderim hizmeti kullanın.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>İkisi de geçici güvenlik ya da ilke retleridir; 4.7.0 belirli bir neden vermez, 4.7.1 ise teslime şimdilik yetki verilmediğini söyler.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 çoğunlukla TLS ya da kimlik doğrulama sorunlarıyla ve şüpheli trafiğe yönelik hız sınırlarıyla birlikte gelir; 4.7.1 ise çoğunlukla gri listeleme ya da gönderen IP adresinin geçici olarak engellenmesiyle gelir. Tek güvenilir yol gösterici metindir.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>İkisinde de kuyruğun yeniden denemesine izin verin. Sürerlerse gönderen IP adresinin itibarını, ters DNS kaydını, alan adının SPF ve DKIM&apos;ini ve TLS&apos;in çalışıp çalışmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 belirtilmemiş bir güvenlik reddidir; 5.7.1 ise gönderen, alıcı ya da aktarma (relay) yetkili olmadığı için verilen bir rettir.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0, TLS ya da kimlik doğrulamanın önce gelmesi gerektiğinde 530 ile tipiktir. 5.7.1 ise genellikle 550 ya da 554 ve bir nedenle gelir: reddedilen aktarma (relay), bir kara liste, alıcıya ilişkin bir ilke.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>5.7.0 için metnin belirttiği gereksinimi karşılayın (STARTTLS, AUTH). 5.7.1 için verilen nedene göre hareket edin: aktarma için kimliğinizi doğrulayın, listeden çıkarılın ya da alıcıdan gönderene izin vermesini isteyin.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 her türlü yetki reddidir; 5.7.26 ise özellikle kimlik doğrulamadan (SPF ve DKIM, dolayısıyla DMARC) geçemeyen postadır.</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Bir 5.7.26 metni kimlik doğrulamadan, SPF&apos;ten, DKIM&apos;den ya da DMARC&apos;tan söz eder. Bir 5.7.1 metni ise aktarmayı (relay), bir kara listeyi, bir ilkeyi ya da göndereni belirtir.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>5.7.26 için gönderen alan adının yöneticisi SPF&apos;i düzeltir, DKIM ile imzalar ve ikisini de From alan adıyla hizalar. 5.7.1 için metindeki nedeni izleyin.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>Aynı ret, teslime yetki verilmedi; ama 4.7.1 geçici, 5.7.1 kalıcıdır.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Sınıf söyler: 4.7.1 iletiyi gönderenin kuyruğunda tutar, genellikle gri listeleme ya da geçici bir engel nedeniyle; 5.7.1 ise onu hemen iade eder.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>4.7.1&apos;den sonra kuyruğun aynı IP adresinden yeniden denemesine izin verin. 5.7.1&apos;den sonra yeniden göndermeden önce metnin belirttiği nedeni ortadan kaldırın.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 reddedilmiş bir kullanıcı adı ya da paroladır; 5.7.0 ise belirtilmemiş bir güvenlik nedenidir, oturum açmada çoğu zaman kimlik doğrulamanın hiç yapılmamış olmasıdır.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8, AUTH&apos;tan sonra, genellikle 535 5.7.8 olarak gelir. 5.7.0 ise istemci oturum açmadan ya da TLS olmadan göndermeye çalıştığında AUTH&apos;tan önce, 530 5.7.0 olarak gelir.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 için kimlik bilgilerini düzeltin ya da bir uygulama parolası kullanın. 5.7.0 için istemcide TLS&apos;i ve kimlik doğrulamayı açın.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 kimlik bilgilerini reddeder; 5.7.9 ise kimlik doğrulama mekanizmasını ya da parola türünü reddeder.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8, 535 ile gelir; 5.7.9 ise 534 ve &quot;Application-specific password required&quot; gibi metinlerle gelir.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 için kullanıcı adını ya da parolayı düzeltin. 5.7.9 için sağlayıcının istediğine göre daha güçlü bir mekanizmaya, bir uygulama parolasına ya da OAuth&apos;a geçin.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>İkisi de kimlik doğrulamanın şifreleme gerektirdiğini söyler; 5.7.10 (523 ile) mekanizma kullanılmadan önce bir şifreleme katmanı ister, 5.7.11 (538 ile) ise seçilen mekanizmanın yalnızca şifreli bir bağlantıda çalıştığını söyler.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>Onları temel kod ayırır: 523, 5.7.10 ile, 538 ise 5.7.11 ile gelir. İkisi de şifrelenmemiş bir bağlantıda AUTH&apos;a yanıt verir ve ikisi de nadirdir, çünkü modern sunucular parola mekanizmalarını TLS&apos;ten önce sunmaz.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>İki durumda da AUTH&apos;tan önce TLS başlatın (STARTTLS ya da 465 numaralı portta doğrudan TLS) ve istemcinin düz metne geri dönmediğini kontrol edin.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 yalnızca başarısız bir SPF kontrolüdür; 5.7.26 ise birden fazla kimlik doğrulama kontrolünün başarısız olduğu, yani iletide geçerli bir DKIM imzasının da olmadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Bir 5.7.23 metni SPF&apos;i ve çoğunlukla gönderen IP adresini belirtir; bir 5.7.26 metni ise iletinin kimliğinin doğrulanmadığını söyler ya da DMARC&apos;tan söz eder.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>5.7.23 için gönderen sunucuyu ya da hizmeti alan adının SPF kaydına ekleyin. 5.7.26 için bunu yapın ve ayrıca From alan adıyla hizalanmış DKIM ile imzalayın.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25, geçerli ters DNS kaydı olmayan bir gönderen IP adresini reddeder; 5.7.1 ise genel bir yetki reddidir.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Bir 5.7.25 metni PTR&apos;den ya da ters DNS&apos;ten söz eder (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 ise başka bir neden belirtir.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>5.7.25 için IP adresinin sahibinden (barındırma ya da ağ sağlayıcısı) adı yine aynı adrese çözümlenen bir PTR kaydı isteyin. 5.7.1 için metnini izleyin.</translation>
    </message>
</context>
</TS>
