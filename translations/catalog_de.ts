<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Verbindung kann nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>smtp server nicht erreichbar</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>socket error 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Kein RFC definiert 101 als SMTP-Antwort: SMTP-Server dürfen nur Codes senden, die mit 2, 3, 4 oder 5 beginnen, und eine Klasse 1xx gibt es in SMTP überhaupt nicht. Die angezeigte Zahl ist fast immer eine Fehlernummer des Betriebssystems, meist Linux-errno 101, ENETUNREACH (Network is unreachable), ausgegeben von einem Client oder einer Bibliothek, die nicht einmal die TCP-Verbindung öffnen konnte. Sie wird oft mit 421 verwechselt oder mit dem erweiterten Code 4.4.1, den Mailserver für dieselbe Art von Fehler protokollieren.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Vor jedem SMTP-Dialog, während der Client noch versucht, die Verbindung aufzubauen. Typische Quellen sind PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) und Postfix-Logzeilen wie &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, sehr oft für die IPv6-Adresse eines Ziel-MX auf einem Host ohne funktionierendes IPv6.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>Mit der Nachricht oder dem Empfänger ist alles in Ordnung: Der sendende Host hat keinen Netzwerkpfad zum Server. Der Admin des Absenders (oder wer immer den Host betreibt, auf dem das Skript läuft) prüft die Default-Route und repariert, wenn die Fehler IPv6-Adressen betreffen, entweder die IPv6-Anbindung oder stellt die Mailsoftware auf reines IPv4 um (in Postfix: inet_protocols = ipv4). Prüfen Sie außerdem, ob der Servername in den Client-Einstellungen zur erwarteten Adresse aufgelöst wird und ob einem VPN- oder Container-Netz nicht eine Route fehlt. Mails in der Warteschlange gehen beim nächsten Wiederholungsversuch hinaus, sobald der Host den Server erreichen kann.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>Das Ziel hat einen AAAA-Eintrag, und auf dem sendenden Host ist IPv6 aktiviert, aber es gibt keine IPv6-Default-Route, sodass jeder IPv6-Versuch sofort scheitert.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>Der sendende Host hat überhaupt keine brauchbare Default-Route, zum Beispiel ein Container, eine VM oder ein frisch installierter Server mit falschem Gateway.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Ein VPN, eine Policy-Route oder eine Firewallregel auf der sendenden Seite schickt den Verkehr für das Netz des Servers ins Leere.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>Die Zahl stammt aus einer Blog-Liste von „SMTP-Fehlercodes“; sie ist der Socket-Fehler des Clients, nichts, was ein Mailserver gesagt hat.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Ermitteln Sie die IPv6- und IPv4-Adressen, die der Client für den Server versuchen wird.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Fragen Sie den Kernel, welche Route er für die fehlschlagende Adresse nehmen würde; ein Fehler an dieser Stelle bestätigt das Routing-Problem.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Testen Sie eine einfache TCP-Verbindung zu dem Port, den der Client verwendet (25, 465 oder 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Listen Sie auf einem Postfix-Host die jüngsten Fehler wegen nicht erreichbarer Netze auf und prüfen Sie, ob sie alle IPv6 betreffen.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Ein Mailserver behandelt das als vorübergehenden Fehler: Die Nachricht bleibt in der Warteschlange und wird in zunehmenden Abständen (Backoff) erneut versucht. Ein Skript oder eine Anwendung sollte es nach einer Wartezeit erneut versuchen oder den Fehler an ihren Benutzer melden; weitere Versuche helfen erst, wenn die Route repariert ist.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>verbindung abgelehnt smtp</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Kein RFC definiert 111 als SMTP-Antwort; ein Mailserver kann sie nie senden, weil SMTP-Antworten mit 2, 3, 4 oder 5 beginnen. Die Zahl ist Linux-errno 111, ECONNREFUSED: Der Verbindungsversuch des Clients wurde aktiv abgewiesen, durch einen TCP-Reset oder ein ICMP „Port Unreachable“, weil auf dem Port nichts lauscht oder eine Firewall ihn abweist. Sie wird oft mit 421 oder 554 verwechselt, die von einem Server stammen, der geantwortet hat, und entspricht dem 4.4.1, das Mailserver für fehlgeschlagene Verbindungen protokollieren.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>Beim Verbindungsaufbau, vor jeder Begrüßung. Der Fehler erscheint als &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, als &quot;Connection refused (111)&quot; in PHPMailer und in Postfix-Logs als &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; mit dsn=4.4.1 und status=deferred. Windows-Software meldet denselben Zustand als Socket-Fehler 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Stellen Sie zuerst fest, welche Seite ablehnt. Wenn Sie den Server betreiben, prüfen Sie, ob der Maildienst läuft, auf der öffentlichen Adresse und dem richtigen Port lauscht (nicht nur auf 127.0.0.1) und von der Host-Firewall zugelassen wird. Wenn Sie der Absender sind, prüfen Sie, ob die Anwendung den richtigen Host und Port verwendet (587 oder 465 für Submission, 25 zwischen Servern) und ob weder eine lokale Firewall noch die des Providers ausgehendes SMTP abweist. Mails, die bereits in der Warteschlange eines MTA liegen, werden bei einem späteren erneuten Versuch zugestellt, sobald der Port Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>Der Maildienst auf dem Server ist gestoppt oder abgestürzt, sodass auf Port 25, 465 bzw. 587 nichts lauscht.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>Der MTA ist nur an das Loopback-Interface gebunden (zum Beispiel Postfix mit inet_interfaces = loopback-only), und der Client verbindet sich über das Netzwerk.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>Die Anwendung zeigt auf den falschen Host oder Port, zum Beispiel 465 auf einem Server, der nur 587 anbietet, oder auf einen stillgelegten Servernamen.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Eine Firewall vor dem Server weist den Port mit einem Reset ab, statt die Pakete stillschweigend zu verwerfen.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Testen Sie aus dem Netz des Clients, ob der Port TCP-Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>Listen Sie auf dem Server die lauschenden SMTP-Sockets und die Adressen auf, an die sie gebunden sind.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Zeigen Sie auf einem Postfix-Server an, an welche Interfaces und Protokolle er sich bindet.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>Listen Sie auf dem sendenden MTA die jüngsten abgelehnten Verbindungen auf, um zu sehen, welche Ziele betroffen sind.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Behandeln Sie den Fehler als vorübergehend: Ein MTA behält die Nachricht in der Warteschlange und versucht es in zunehmenden Abständen erneut, bis ihre Verweildauer in der Warteschlange abläuft (bei Postfix standardmäßig fünf Tage). Eine Anwendung sollte vor einem erneuten Versuch warten und jemanden alarmieren, denn die Ablehnung wiederholt sich, bis der Listener oder die Firewall repariert ist.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Nicht standardkonforme Erfolgsantwort</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 ist keine gültige SMTP-Antwort und war es nie: RFC 821 definierte keinen Code 200, und Befehle wie NOOP und RSET werden mit 250 bestätigt. Der Code steht nur im Katalog, weil RFC 876, eine Erhebung über SMTP-Server aus dem Jahr 1983, feststellte, dass einige frühe Server fälschlich mit 200 antworteten, wo 250 vorgeschrieben war.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Im heutigen Mailverkehr praktisch nie. Früher kam er von einigen Servern der frühen 1980er-Jahre als Antwort auf NOOP oder RSET zurück. Meldet heute jemand eine 200, stammt sie meist von einem selbst geschriebenen oder simulierten SMTP-Server, oder es ist der HTTP-Status 200 einer webbasierten Versand-API, der in einem Log neben SMTP-Codes gelandet ist.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>An der Nachricht ist nichts zu beheben. Ein Server, der auf einen SMTP-Befehl tatsächlich mit 200 antwortet, sollte von seinem Entwickler so korrigiert werden, dass er 250 sendet. Ein Client nach RFC 5321 liest bei einem unbekannten Code nur die erste Ziffer und wertet 200 daher als Erfolg; nur ein Client, der daran abbricht, braucht eine Korrektur durch den Maintainer seiner Software. Stammt die 200 von einer HTTP-E-Mail-API, lesen Sie die Zustellereignisse dieses Dienstes, statt nach einer SMTP-Bedeutung zu suchen.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Ein sehr alter oder selbst gebauter SMTP-Server, der für NOOP, RSET oder andere erfolgreiche Befehle 200 statt 250 verwendet.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Eine HTTP-E-Mail-API hat mit 200 OK geantwortet, und der Status wurde gelesen, als wäre er eine SMTP-Antwort.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Eine Testumgebung oder ein simulierter SMTP-Server, der Codes aus einer Referenzliste zurückgibt.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Sprechen Sie den Server von Hand an und notieren Sie, welcher Befehl die 200 auslöst.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Prüfen Sie, ob die 200 überhaupt aus einer SMTP-Sitzung stammt, indem Sie im Postfix-Log nach Antworten der Gegenstelle suchen, die mit 200 beginnen: Bei einer angenommenen Nachricht steht die Antwort in status=sent (...), bei einer unerwarteten nach &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Nichts zu wiederholen: Ein Client nach RFC 5321 liest die führende 2 als Erfolg und macht weiter. Senden Sie nur dann erneut, wenn ein strenger Client die Sitzung abgebrochen hat, und erst nachdem Client oder Server korrigiert wurden.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Systemstatus oder System-Hilfeantwort</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 ist eine Erfolgsantwort mit Status- oder Hilfeinformationen über den Server selbst. RFC 5321 führt sie neben 214 als gültige Antwort auf HELP, in der Praxis ist sie aber selten, weil die meisten Server für Hilfetexte 214 verwenden. Über eine bestimmte Nachricht sagt sie nie etwas aus.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Nur wenn jemand HELP oder einen privaten Statusbefehl sendet, den einige wenige Server implementieren, während einer manuellen Sitzung oder eines Scans; das nmap-Skript smtp-commands zum Beispiel sendet EHLO und HELP, um aufzulisten, was ein Server unterstützt. In der normalen Zustellung, in Bounces und in Warteschlangen-Logs erscheint sie nicht.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Nichts zu beheben: Dies ist eine informative Erfolgsantwort. Genauer hinsehen sollten Sie nur, wenn ein Client sie als Fehler behandelt, was ein Bug dieser Client-Software ist, oder wenn der Admin des Servers einschränken möchte, was der Server Fremden über sich verrät.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Jemand hat den Server von Hand getestet und HELP eingegeben, und diese Implementierung antwortet mit 211 statt 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Ein Scanner oder Inventarisierungswerkzeug hat HELP gesendet, um den Server zu identifizieren und seine Befehle aufzulisten.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>Der Server bietet einen nicht standardisierten Statusbefehl an und kennzeichnet dessen Ausgabe mit 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Senden Sie selbst HELP und vergleichen Sie den Code mit dem üblicheren 214.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Listen Sie die Befehle und Erweiterungen auf, die der Server preisgibt.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Nichts zu wiederholen: HELP wirkt sich auf keine Mail-Transaktion aus, der Client macht also einfach mit seinem nächsten Befehl weiter.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Hilfemeldung (für den menschlichen Benutzer)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 ist die normale Erfolgsantwort auf HELP: Der Text danach richtet sich an einen Menschen, der die Sitzung liest, etwa eine Liste unterstützter Befehle oder Hinweise zu einem nicht standardisierten Befehl. Programme sollten ihn nicht auswerten, und er sagt nichts darüber aus, ob Mail angenommen wird.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>In interaktiven oder skriptgesteuerten Sitzungen nach HELP, meist als mehrzeilige Antwort. Exim antwortet mit &quot;214-Commands supported:&quot; und einer Befehlsliste, Sendmail mit mehreren &quot;214-2.0.0&quot;-Zeilen Hilfetext. Postfix implementiert HELP nicht und antwortet stattdessen mit 502, daher ist eine 502 dort kein Fehler.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Nichts zu beheben: HELP hat funktioniert. Die Befehlsliste in einer 214-Antwort kann unvollständig oder veraltet sein; verlassen Sie sich deshalb auf die EHLO-Antwort, um zu erfahren, welche Erweiterungen (STARTTLS, AUTH, SIZE, PIPELINING) wirklich angeboten werden. Ein Server-Admin, der keine Softwaredetails preisgeben möchte, kann den Hilfetext kürzen.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Ein Administrator oder Support-Mitarbeiter hat während einer Testsitzung mit telnet oder openssl HELP eingegeben.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Ein Monitoring- oder Sicherheitsscanner hat HELP gesendet, um die unterstützten Befehle zu erfassen.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Ein Client hat HELP mit einem Befehlsnamen als Argument gesendet, um Hilfe zu genau diesem Befehl zu erhalten.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>Vergleichen Sie den HELP-Text mit den Erweiterungen, die in der EHLO-Antwort angekündigt werden, denn nach diesen richten sich Clients tatsächlich.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Öffnen Sie von Hand eine Sitzung und senden Sie HELP, optional gefolgt von einem Befehlsnamen.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Nichts zu wiederholen; HELP steht außerhalb der Mail-Transaktion, der Client macht also wie geplant mit EHLO, MAIL FROM oder QUIT weiter.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Dienst bereit</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 ist die Begrüßung des Servers: Die TCP-Verbindung ist offen, und der SMTP-Dienst ist bereit für EHLO. Das erste Wort nach dem Code sollte der Hostname des Servers sein. Mit demselben Code beantwortet der Server STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; bei vielen Servern), um mitzuteilen, dass der Client jetzt mit dem TLS-Handshake beginnen darf.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Als erste Zeile jeder erfolgreichen Verbindung, bevor der Client etwas sagt, und noch einmal als Antwort auf STARTTLS. Typische Banner: &quot;ESMTP Postfix&quot;, Microsofts &quot;Microsoft ESMTP MAIL Service ready&quot;, das Banner von Gmail, das auf &quot;- gsmtp&quot; endet. Eine Begrüßung, die mit &quot;220-&quot; beginnt, erstreckt sich über mehrere Zeilen; Postfix postscreen sendet eine solche unvollständige Begrüßung absichtlich, um Spam-Bots zu erwischen, die vorzeitig senden.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Nichts zu beheben: Der Server läuft und nimmt die Sitzung an. Genauer hinsehen sollten Sie, wenn die Begrüßung viele Sekunden braucht (langsames Reverse-DNS auf dem Server oder eine absichtliche Begrüßungsverzögerung), wenn sie einen unerwarteten Host nennt (Sie erreichen vielleicht einen Load Balancer, einen Port-25-Interceptor oder die falsche IP) oder wenn das Banner durch eine Reihe von Sternchen ersetzt ist – das Zeichen einer Cisco ASA oder PIX mit ESMTP-Inspection, die auch STARTTLS verbergen kann. Scheitert der TLS-Handshake direkt nach der 220 auf STARTTLS, muss der Admin des Servers das Zertifikat oder die TLS-Protokolleinstellungen korrigieren.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Eine normale Verbindung zu einem funktionierenden SMTP-Server; die Begrüßung ist die erwartete erste Antwort.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>Der Client hat STARTTLS gesendet, und der Server hat zugestimmt, TLS auszuhandeln.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Eine mehrzeilige Begrüßung von postscreen oder einem ähnlichen Test vor der Begrüßung, die ein korrekter Client einfach abwartet.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Eine Firewall oder ein Interception-Gerät hat das Banner umgeschrieben, sodass die Begrüßung nicht den echten Servernamen zeigt.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Verbinden Sie sich, lesen Sie die Begrüßung und notieren Sie, wie lange sie bis zum Erscheinen braucht.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Testen Sie STARTTLS und sehen Sie sich das Zertifikat an, das der Server nach seiner Antwort 220 vorlegt.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Vergleichen Sie das Reverse-DNS der IP-Adresse des Servers mit dem Namen in der Begrüßung.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Nichts zu wiederholen: Fahren Sie mit EHLO fort, oder starten Sie nach der 220 auf STARTTLS den TLS-Handshake und senden Sie danach erneut EHLO. Kommt innerhalb der fünf Minuten, die RFC 5321 erlaubt, keine Begrüßung, brechen Sie diese Verbindung ab und versuchen Sie den nächsten MX oder es später erneut.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Dienst schließt den Übertragungskanal</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 ist die Antwort des Servers auf QUIT: Die Sitzung ist beendet, und der Server schließt gleich die TCP-Verbindung. Sie bestätigt nur die Verabschiedung und sagt nichts über das Schicksal von Nachrichten, die früher in der Sitzung gesendet wurden.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>Ganz am Ende einer Sitzung, nachdem der Client QUIT gesendet hat. Postfix antwortet &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. Die Zeile steht oft am Ende eines Mitschnitts, in dem weiter oben ein Fehler steht, und wird deshalb zu Unrecht beschuldigt.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Nichts zu beheben. Scrollen Sie bei der Fehlersuche nach oben: Über das Schicksal der Nachricht entscheidet die Antwort auf den abschließenden Punkt nach DATA (250 angenommen, 4xx oder 5xx nicht). Untersuchen Sie die Sache nur, wenn der Server ohne 221 schließt oder 221 auf etwas anderes als QUIT sendet; das deutet auf einen Timeout, einen Absturz oder eine Middlebox hin, die die Sitzung kappt.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>Der Client hat seine Arbeit erledigt und QUIT gesendet, das normale Ende jeder Sitzung.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>Der Client hat zuvor eine Ablehnung erhalten, zum Beispiel eine 550 bei RCPT TO, und die Sitzung höflich mit QUIT beendet.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Ein Testwerkzeug oder eine Monitoring-Sonde hat sich verbunden, die Begrüßung oder die EHLO-Antwort geprüft und die Verbindung beendet.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Suchen Sie im selben Mitschnitt das tatsächliche Ergebnis: die Antwort direkt nach dem Punkt am Datenende oder die Ablehnung bei MAIL FROM oder RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Lesen Sie auf einem Postfix-Server die disconnect-Zeilen: Sie zählen jeden Befehl und seine Erfolge (zum Beispiel data=1 quit=1), und ein fehlendes quit bedeutet, dass der Client die Verbindung abgebrochen hat.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Nichts zu wiederholen: Die Sitzung wurde normal beendet. Nachrichten, deren Antwort auf das Datenende 250 lautete, sind übergeben; alle, die zuvor 4xx-Antworten erhalten haben, bleiben für ihre eigenen erneuten Versuche in der Warteschlange des Absenders.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Authentifizierung erfolgreich</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 bedeutet, dass der AUTH-Austausch gelungen ist: Der Server hat Benutzername und Passwort oder das Token akzeptiert, und der Client ist für den Rest dieser Sitzung authentifiziert. Üblicherweise trägt die Antwort den erweiterten Code 2.7.0. Die Authentifizierung allein erlaubt nicht, unter beliebigen Adressen zu senden; der Server kann den Absender oder die Empfänger danach noch ablehnen.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>Bei der Submission über Port 587 oder 465, meist nach STARTTLS, direkt nachdem AUTH PLAIN, AUTH LOGIN, XOAUTH2 oder ein anderer SASL-Mechanismus abgeschlossen ist. Mailprogramme, Drucker und Scanner, Webanwendungen und MTAs, die über einen Smarthost relayen, sehen sie alle; Postfix sendet &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Für die Anmeldung selbst ist nichts zu beheben. Scheitert die Mail nach 235 trotzdem, lesen Sie die nächste Antwort: Eine 553 oder 550 bei MAIL FROM bedeutet meist, dass das Konto nicht unter dieser Adresse senden darf (zum Beispiel Postfix reject_sender_login_mismatch), und spätere 5.7.x-Fehler deuten auf Richtlinien hin. Server-Admins sollten außerdem auf 235 von unbekannten IP-Adressen oder aus ungewohnten Ländern achten, denn mit einer erfolgreichen Anmeldung mit gestohlenem Passwort beginnen viele Spam-Wellen aus kompromittierten Konten.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>Der Client hat korrekte Zugangsdaten mit einem vom Server angebotenen Mechanismus gesendet, über eine Verbindung, die der Server für ausreichend sicher hält.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Ein App-Passwort oder OAuth-Token wurde für ein Konto akzeptiert, das ein solches statt des normalen Passworts verlangt.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Ein kompromittiertes Konto wird von einem Spammer benutzt; eine solche Anmeldung sieht genauso aus wie eine legitime.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Spielen Sie die Anmeldung mit swaks nach (es fragt nach dem Passwort), um Probleme mit den Zugangsdaten von Problemen der Client-Konfiguration zu trennen.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Listen Sie auf einem Postfix-Server auf, welche Konten sich von welchen Client-Adressen angemeldet haben.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Folgt auf die 235 eine Ablehnung des Absenders, prüfen Sie, wie der Server Anmeldenamen mit Absenderadressen verknüpft.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Nichts zu wiederholen; fahren Sie mit MAIL FROM fort. Senden Sie AUTH nicht noch einmal in derselben Sitzung: Nach einem erfolgreichen AUTH verlangt RFC 4954, dass der Server jedes weitere mit 503 ablehnt.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Angeforderte Mail-Aktion in Ordnung, abgeschlossen</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>gesendet aber nicht angekommen</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 ist die allgemeine Erfolgsantwort: Der Befehl hat funktioniert. Sie beantwortet EHLO (mit der Liste der Erweiterungen), MAIL FROM, jedes angenommene RCPT TO, RSET, NOOP und vor allem das Ende der Nachrichtendaten; dort bedeutet sie, dass der empfangende Server die Verantwortung übernommen hat, die Nachricht zuzustellen oder einen Bounce zurückzuschicken. Einen Posteingang verspricht sie nicht: Der Empfänger kann die Nachricht trotzdem als Spam einsortieren oder später scheitern und einen Bounce senden.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>Während der gesamten normalen Sitzung. Die Frage „Ist meine Mail rausgegangen?“ beantwortet die 250 nach dem abschließenden Punkt, die MTAs zusammen mit dem Text des Empfängers protokollieren, zum Beispiel Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;, wenn der nächste Hop ebenfalls ein Postfix ist. ETRN (RFC 1985) und ATRN (RFC 2645) verwenden 250 ebenfalls, um mitzuteilen, dass die Abarbeitung der Warteschlange bzw. die umgekehrte Verbindung begonnen hat.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Nichts zu beheben: Der empfangende Server hat den Befehl oder die Nachricht angenommen. Sagt der Empfänger, die Mail sei nie angekommen, nennen Sie ihm die Uhrzeit, die Absenderadresse und die Queue-ID oder den Text, der in Ihrem Log auf die 250 folgte; der Admin des Empfängers durchsucht dann seine eigenen Logs, die Quarantäne und den Spam-Ordner, denn ab diesem Punkt liegt die Nachricht in der Verantwortung seines Servers.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>Der Befehl war gültig und zulässig, daher hat der Server ihn ausgeführt.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>Am Datenende hat die Nachricht die Prüfungen des Empfängers bestanden und wurde zur Zustellung in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>Der Empfänger nimmt zuerst an und filtert später (ein Content-Filter nach der Warteschlange oder ein Provider, der stillschweigend in Quarantäne verschiebt), daher hat er mit 250 auf eine Nachricht geantwortet, die den Posteingang nicht erreichen wird.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Suchen Sie im Postfix-Log des Absenders die Annahmezeile für den Empfänger, einschließlich des Textes, den der Empfänger zurückgegeben hat.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Sammeln Sie auf einem Exim-System des Absenders alle Logzeilen zu den Zustellungen an diesen Empfänger.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Bitten Sie den Admin des Empfängers, die Nachricht auf seiner Seite anhand der Queue-ID oder der Message-ID aus der 250-Antwort zu verfolgen (Nachrichtenablaufverfolgung in Microsoft 365, E-Mail-Log-Suche in Google Workspace).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Nichts zu wiederholen: Nach einer 250 am Datenende markiert der sendende MTA diesen Empfänger als erledigt und verwirft seine Kopie. Erneutes Senden würde nur ein Duplikat erzeugen; untersuchen Sie stattdessen die empfangende Seite.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail hat die Nachricht angenommen; Zeitstempel und ID identifizieren sie in den Logs von Google. Die Annahme sagt nichts darüber aus, ob Gmail sie in den Posteingang oder in den Spam-Ordner legt.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange und Exchange Online beantworten das Datenende mit 2.6.0, der Message-ID der Nachricht und einer internen ID; nach der Message-ID sucht der Admin des Empfängers in der Nachrichtenablaufverfolgung.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Benutzer nicht lokal; wird weitergeleitet an &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 nimmt einen Empfänger an und teilt dem Client gleichzeitig mit, dass sich das Postfach nicht auf diesem Server befindet und die Nachricht an die im Antworttext genannte Adresse weitergeleitet wird. Es ist ein Erfolg: Die Mail wird zugestellt. RFC 5321 erlaubt Servern, stattdessen stillschweigend mit 250 weiterzuleiten, und die meisten tun das, daher ist 251 selten. In der ETRN-Erweiterung (RFC 1985) bedeutet dieselbe Zahl &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO oder VRFY von Servern, die so konfiguriert sind, dass sie Weiterleitungen ankündigen, meist ältere oder spezialisierte Systeme, nachdem ein Benutzer an eine neue Adresse umgezogen ist; Postfix, Exim und Exchange leiten stillschweigend weiter und antworten mit 250. Außerdem als Antwort auf ETRN, wenn der Server für die angefragte Domain nichts bereithält, zum Beispiel wenn fetchmail im ETRN-Modus einen Backup-MX abfragt.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Nichts zu beheben; der Empfänger erhält die Nachricht. Der Absender kann sein Adressbuch auf die neue Adresse aus dem Antworttext umstellen, aber RFC 5321 warnt Clients, das nur dann automatisch zu tun, wenn sie dem Server vertrauen, und Client-Software muss darauf nicht reagieren. Nach einer 251 auf ETRN gibt es für diese Domain schlicht keine Mail in der Warteschlange, die abzuholen wäre.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>Das Postfach des Empfängers ist umgezogen, und der Server ist so konfiguriert, dass er die Weiterleitungsadresse preisgibt.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Eine ETRN-Anfrage nannte eine Domain, für die der Server keine Nachrichten in der Warteschlange hat.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Ein Altsystem verwendet noch den Weiterleitungshinweis im Stil von RFC 821, den die meisten modernen MTAs aus Datenschutzgründen abgeschafft haben.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Lesen Sie den forward-path im Antworttext und bestätigen Sie die neue Adresse mit dem Empfänger, bevor Sie gespeicherte Adressen ändern.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>Prüfen Sie bei ETRN, was der Server, der die Warteschlange hält, für die Domain tatsächlich vorrätig hat.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Wiederholen Sie das ETRN von Hand (zuerst EHLO, dann ETRN example.com) und lesen Sie die Antwort.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Nichts zu wiederholen: Der Empfänger ist angenommen, und der Dialog geht mit weiteren RCPT TO oder DATA weiter. Fragen Sie nach einer 251 auf ETRN beim nächsten planmäßigen Termin erneut ab, statt ETRN sofort zu wiederholen.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Benutzer kann nicht per VRFY geprüft werden, Nachricht wird aber angenommen und ihre Zustellung versucht</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 beantwortet VRFY, ohne die Adresse zu bestätigen oder zu verneinen: Der Server will oder kann nicht sagen, ob das Postfach existiert, würde aber Mail dafür annehmen und die Zustellung versuchen. RFC 5321 weist Server, die VRFY aus Sicherheitsgründen abschalten, an, mit 252 zu antworten; deshalb ist sie heute im Internet die übliche Antwort auf VRFY. Bei ETRN (RFC 1985) bedeutet 252 &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>Nach VRFY, meist von Adresssammlern, Listenbereinigungsdiensten und Scannern, manchmal von einem Admin, der von Hand testet. qmail antwortet immer &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail verwendet denselben Wortlaut mit 2.1.5, und Exim ohne VRFY-ACL antwortet &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Nichts zu beheben: Mit 252 lehnt der Server höflich ab, die Adresse zu prüfen; werten Sie sie also nicht als Beweis, dass die Adresse existiert. Ob Mail für eine Adresse angenommen wird, zeigt sich erst in der Antwort auf RCPT TO in einer echten Transaktion. VRFY zu aktivieren ist Sache des Admins des Empfängers, und es abgeschaltet zu lassen ist normal und empfohlen.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>VRFY ist auf dem Server abgeschaltet, um das Sammeln von Adressen zu verhindern, daher gibt er die neutrale 252 zurück.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>Der Server ist ein MX oder Relay, das Mail für die Domain annimmt, aber die Postfächer auf dem Zielserver nicht prüfen kann.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Eine ETRN-Anfrage für eine Domain mit Mail in der Warteschlange wurde angenommen, und die Zustellung der wartenden Nachrichten hat begonnen.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Prüfen Sie dieselbe Adresse mit RCPT TO, denn das zählt für die Zustellung, und brechen Sie vor DATA ab.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>Sehen Sie auf Ihrem eigenen Postfix-Server nach, ob VRFY abgeschaltet ist (Postfix antwortet dann mit 502 statt 252).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Nichts zu wiederholen: Ein erneutes VRFY ergibt dieselbe 252. Fahren Sie mit der echten Mail-Transaktion fort oder senden Sie QUIT.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail prüft Adressen nie per VRFY: Es gibt diese neutrale Antwort, deren Wortlaut von qmail übernommen ist, unabhängig davon, ob das Postfach existiert.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, &lt;n&gt; wartende Nachrichten für Knoten &lt;x&gt; gestartet</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 ist eine Erfolgsantwort auf ETRN (RFC 1985): Der Server hat begonnen, die Nachrichten zuzustellen, die er für die genannte Domain oder den genannten Host zurückgehalten hat, und nennt ihre Anzahl. Sie gibt es nur in der ETRN-Erweiterung, mit der ein zeitweise verbundener Standort seinen Backup-MX oder den Mailserver seines Providers auffordern kann, die Warteschlange in seine Richtung abzuarbeiten.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Nur nach einem ETRN-Befehl, typischerweise gesendet von fetchmail im ETRN-Modus, vom Mailserver eines kleinen Büros, wenn dessen Leitung aufgebaut wird, oder von einem Admin, der von Hand testet. Server dürfen ETRN stattdessen mit der schlichteren 250 oder 252 beantworten, und viele tun das (Postfix etwa antwortet mit 250), daher sieht man 253 selten.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Nichts zu beheben: Der Warteschlangenlauf hat begonnen. Die zurückgehaltenen Nachrichten kommen über neue eingehende SMTP-Verbindungen zum eigenen Server des Clients an; tauchen sie nicht auf, prüft der Admin des Clients, ob dieser Server vom Server mit der Warteschlange aus auf Port 25 erreichbar ist und ob seine MX-Einträge und die Firewall stimmen.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>Der Standort des Clients ist online gegangen und hat für seine Domain ETRN an den Server gesendet, der seine Mail in der Warteschlange hält.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail oder ein geplanter Job sendet regelmäßig ETRN im Auftrag eines Mailservers mit Einwahl- oder dynamischer Verbindung.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>Beobachten Sie nach der 253 im Log Ihres eigenen Servers die eingehenden Zustellungen.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>Stoßen Sie auf einem Postfix-Relay, das die Mail zurückhält, bei Bedarf die Zustellung der zurückgestellten Nachrichten für die Domain von Hand an.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Starten Sie auf einem Exim-Relay einen Warteschlangenlauf für Nachrichten an die Domain.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Nichts zu wiederholen: Die Abarbeitung läuft. Senden Sie ETRN erst bei der nächsten Verbindung oder planmäßigen Abfrage erneut, nicht in einer Schleife, während die Zustellung läuft.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Server-Challenge (base64-Text folgt)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 ist die Zwischenantwort innerhalb eines AUTH-Austauschs: Der Server möchte das nächste Stück Authentifizierungsdaten, und der Text nach dem Code ist eine base64-kodierte Challenge, die auch leer sein kann. Der Client antwortet mit einer base64-Zeile oder mit einem einzelnen Sternchen, um abzubrechen, und der Austausch endet bei Erfolg mit 235 oder mit einem Fehler wie 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Direkt nachdem der Client während der Submission AUTH gesendet hat. Bei AUTH LOGIN senden Server &quot;334 VXNlcm5hbWU6&quot; und &quot;334 UGFzc3dvcmQ6&quot;, dekodiert &quot;Username:&quot; und &quot;Password:&quot;; bei AUTH PLAIN ohne Initial Response ist die Challenge leer. Bei XOAUTH2 sendet Gmail eine 334, deren base64-Text ein JSON-Fehler ist, wenn das OAuth-Token abgelehnt wird.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>An sich ist nichts falsch; die Client-Software muss die Challenge beantworten. Hängt oder scheitert eine Sitzung nach 334, sendet der Client das Falsche (unkodierten Text, den falschen Mechanismus oder ein abgelaufenes Token). Dekodieren Sie die Challenge, um zu sehen, was der Server will; bei einem JSON-Fehler von XOAUTH2 muss der Absender das OAuth-Token erneuern oder den Mail-Scope freigeben und es dann noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>Der Client hat AUTH LOGIN gestartet, das Benutzername und Passwort immer in zwei 334-Schritten abfragt.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>Der Client hat AUTH PLAIN oder einen anderen Mechanismus ohne Initial Response gesendet, daher sendet der Server eine leere Challenge.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Ein Challenge-Response-Verfahren wie CRAM-MD5 sendet eine base64-Nonce, die der Client mit einem schlüsselabhängigen Digest beantworten muss.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Ein XOAUTH2-Token war abgelaufen, widerrufen oder ohne den Mail-Scope, und der Server meldet das vor dem endgültigen Fehlschlag als base64-JSON-Challenge.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Dekodieren Sie den Challenge-Text, um zu sehen, was der Server verlangt.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Erzeugen Sie für einen manuellen Test mit einem Testkonto einen AUTH-PLAIN-String; er ist nur kodiert, nicht verschlüsselt, verwenden Sie ihn also nur über TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Führen Sie den gesamten AUTH-Austausch mit swaks über TLS durch und lesen Sie jeden 334-Schritt im Mitschnitt.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Setzen Sie den Dialog fort: Senden Sie die nächste base64-Antwortzeile oder ein einzelnes Sternchen, um den Austausch abzubrechen, worauf der Server mit 501 antwortet. Beginnen Sie AUTH nicht nach jeder 334 von vorn.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>Bei XOAUTH2 meldet Google ein abgelehntes Access-Token als 334-Challenge, deren base64-Text zu JSON mit status, schemes und scope dekodiert; der Client antwortet mit einer leeren Zeile und erhält dann die endgültige Fehlerantwort.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Mail-Eingabe starten; mit &lt;CRLF&gt;.&lt;CRLF&gt; beenden</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 ist die Freigabe nach DATA: Der Server hat mindestens einen angenommenen Empfänger und möchte jetzt die Nachricht selbst, Header und Body, abgeschlossen mit einer Zeile, die nur einen Punkt enthält. Es ist eine Zwischenantwort, keine Annahme; das Urteil über die Nachricht ist die Antwort nach dem abschließenden Punkt.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Direkt nachdem der Client DATA gesendet hat; BDAT kennt diesen Schritt nicht. Typische Texte: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. Bei einem manuellen Test geben Sie an dieser Stelle die Header, eine Leerzeile und den Body ein.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>An dieser Stelle ist nichts zu beheben. Probleme, die direkt nach 354 auftreten, gehören zur Datenphase: Hängt die Sitzung oder läuft sie in einen Timeout, während eine große Nachricht gesendet wird, ist der Netzwerkpfad verdächtig (MTU-Probleme, eine Middlebox, die SMTP inspiziert) oder eine langsame Leitung, und der Admin des Absenders sollte mit einer kleinen Testnachricht vergleichen. Lehnt der Server nach dem Punkt ab, lesen Sie diese Antwort, nicht die 354.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>Der Client hat DATA gesendet, nachdem mindestens ein RCPT TO angenommen wurde, daher ist der Server bereit für den Inhalt.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Ein manueller Test mit telnet oder openssl hat die Datenphase erreicht.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>Mit PIPELINING hat der Client DATA im selben Block wie seine Empfänger gesendet, und die 354 bestätigt, dass mindestens einer davon angenommen wurde.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Senden Sie eine kleine Testnachricht und beobachten Sie die 354 und die endgültige Antwort im Mitschnitt.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Bleiben große Nachrichten nach 354 hängen, während kleine durchgehen, prüfen Sie die Path-MTU zum Server.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Prüfen Sie auf einem Postfix-System des Absenders, wie lange es auf die Datenübertragung und auf die endgültige Antwort wartet.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Setzen Sie den Dialog fort: Senden Sie den Inhalt mit Dot-Stuffing und dem abschließenden Punkt und warten Sie dann auf die endgültige Antwort, für die RFC 5321 zehn Minuten erlaubt. Bricht die Verbindung vor dieser Antwort ab, behandeln Sie die Nachricht als nicht zugestellt und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-Offset ist der Transaktions-Offset</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 gehört zur experimentellen CHECKPOINT-Erweiterung aus RFC 1845 (1995), die abgebrochene große Übertragungen fortsetzen sollte. Wiederholt ein Client eine unterbrochene Transaktion, indem er MAIL FROM mit derselben TRANSID sendet, antwortet ein Server, der die Teildaten aufbewahrt hat, mit 355 und einer Zahl am Zeilenanfang: dem nullbasierten Offset des nächsten Oktetts der Nachrichtendaten, das er erwartet. Die Erweiterung wurde nie verbreitet eingesetzt, und gängige Server bieten sie nicht an.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Praktisch nie. Sie kann nur auf ein MAIL FROM mit TRANSID-Parameter folgen, auf einem Server, der CHECKPOINT in seiner EHLO-Antwort angekündigt hat. Sie steht der Vollständigkeit halber in Listen von SMTP-Codes; im echten Verkehr stammt eine 355 eher von einem Testwerkzeug oder einem fehlerhaften Server.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>Im normalen Betrieb nichts zu beheben. Erhält ein Client 355, ohne CHECKPOINT verwendet zu haben, verhält sich der Server fehlerhaft, und sein Admin sollte informiert werden; Client-Software, die nie TRANSID gesendet hat, kann diese Transaktion nicht sinnvoll fortsetzen und sollte sie zurücksetzen. Halten Sie bei sehr großen Nachrichten das vom Server angekündigte SIZE-Limit ein oder senden Sie einen Link statt eines Anhangs.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Ein Client, der RFC 1845 implementiert, hat sich nach einer unterbrochenen Übertragung neu verbunden und MAIL FROM mit derselben TRANSID wiederholt.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Ein Test- oder Mock-SMTP-Server, der Codes aus einer Referenzliste ausgibt, hat 355 ohne echte Checkpoint-Unterstützung zurückgegeben.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Prüfen Sie, ob der Server die Erweiterung überhaupt ankündigt; CHECKPOINT muss in seiner EHLO-Antwort stehen.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Suchen Sie in der MAIL-FROM-Zeile des Clients nach einem TRANSID=-Parameter; ohne ihn ergibt eine 355 keinen Sinn.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Nur ein Client, der CHECKPOINT verwendet, macht weiter und sendet die Nachrichtendaten ab dem angegebenen Offset, wie RFC 1845 es beschreibt. Jeder andere Client sollte RSET senden und die ganze Nachricht von Anfang an erneut senden.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 ist in keinem RFC ein SMTP-Antwortcode; Code-Listen beschreiben ihn als Timeout bei der Kommunikation mit dem entfernten Server. Die Zahl stammt meist von Novell GroupWise, dessen Internet Agent (GWIA) für eigene ausgehende Timeouts &quot;420 TCP read error&quot; oder &quot;420 TCP write error&quot; protokolliert. Sie wird leicht mit der echten Antwort 421 verwechselt oder mit dem erweiterten Code 4.2.0, ohne Punkte geschrieben.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>Ausgehend, auf einem GroupWise-System: GWIA hatte sich mit dem entfernten Host verbunden, dann blieb ein Lese- oder Schreibvorgang hängen, bis der Timeout ablief (standardmäßig fünf Minuten für TCP-Lesevorgänge), und es vermerkte lokal 420, bevor es die Nachricht in seine Defer-Warteschlange verschob. Der entfernte Server hat nie 420 gesendet. Bei anderer Software ist eine &quot;420&quot; in einem Ticket meist eine falsch gelesene 421 oder 4.2.0.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>Der Admin des Absenders untersucht den Netzwerkpfad; GroupWise versucht zurückgestellte Mail nach eigenem Zeitplan erneut zuzustellen. Scheitert nur ein Ziel, ist dieser Empfänger verdächtig: ein Filter, der Ihre IP ausbremst oder per Tarpit verlangsamt, oder ein HELO-Name, der nicht zu Ihrer öffentlichen Adresse passt. Scheitern alle Ziele, prüfen Sie Ihre eigene Firewall, die MTU des Routers, die Netzwerkkarte und die Internetleitung; ein Paketmitschnitt einer fehlschlagenden Sitzung bringt meist Klarheit.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Eine Firewall oder ein Router zwischen dem GroupWise Internet Agent und dem Internet lässt den TCP-Datenstrom hängen, zum Beispiel durch ein MTU- oder Path-MTU-Discovery-Problem bei großen Anhängen.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>Der empfangende Server wird mitten in der Sitzung langsamer oder antwortet nicht mehr (Tarpitting, Überlastung oder ein Filter, dem die sendende IP missfällt), bis der Lese-Timeout von GWIA abläuft.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Eine beschädigte Nachrichtendatei im GWIA-Sendeverzeichnis, die der Agent nicht übertragen kann.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Jemand hat eine 421-Antwort oder den erweiterten Status 4.2.0 (etwa eine Zurückstellung durch Greylisting) als 420 notiert.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Suchen Sie im Log des Agenten oder des MTA den echten SMTP-Dialog zur fehlgeschlagenen Nachricht und notieren Sie die tatsächliche Antwort und den erweiterten Code.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Prüfen Sie, ob Pakete voller Größe den Empfänger ohne Fragmentierung erreichen (1472 Byte Nutzdaten plus Header ergeben 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Führen Sie von demselben Host aus eine vollständige Testsitzung durch und beobachten Sie, wo sie hängen bleibt.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Nichts Besonderes: Die Software, die ihn protokolliert hat, behandelt ihn als vorübergehend und versucht es aus ihrer Defer-Warteschlange erneut. Scheitert ein Ziel über Stunden, warten Sie nicht länger, sondern untersuchen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Dienst nicht verfügbar, Übertragungskanal wird geschlossen</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>smtp gedrosselt</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>Der Server schließt die Verbindung und verarbeitet weder diesen noch einen weiteren Befehl in der Sitzung. Das kann die Begrüßung sein (der Dienst ist gerade nicht verfügbar) oder die Antwort auf einen späteren Befehl, wenn der Server herunterfahren muss, an ein Limit gestoßen ist oder beschlossen hat, den Client zu trennen. Der Client muss aufhören, sich später neu verbinden und darf es in der Zwischenzeit bei einem anderen MX-Host versuchen.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Meist bei der Begrüßung oder direkt nach EHLO, MAIL FROM oder RCPT TO. Typische Quellen: Postfix postscreen und smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim und Exchange, wenn Verbindungslimits erreicht sind oder der Dienst gerade stoppt, sowie große Provider, die IP-Adressen mit schlechter Reputation drosseln (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Meist genügt es, die Warteschlange es erneut versuchen zu lassen. Hält der Fehler an, liest der Admin des Absenders den Text: Ein Verbindungs- oder Ratenlimit bedeutet weniger parallele Verbindungen und eine geringere Nachrichtenrate zu dieser Domain (in Postfix ein eigener Transport mit niedrigerem Destination-Concurrency-Limit und einem Rate-Delay); eine Sperre wegen Reputation bedeutet, Blocklists, PTR, SPF, DKIM, DMARC und Beschwerdequoten zu prüfen und dann weniger und erwünschtere Mail zu senden. Deutet der Text auf ein Herunterfahren oder ein lokales Problem beim Empfänger hin, kann nur der Admin des Empfängers es beheben.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>Der Empfänger drosselt die sendende IP aus Gründen der Reputation oder des Volumens (Spam-Beschwerden, ein plötzlicher Volumensprung, ein Eintrag auf einer Blocklist).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Zu viele gleichzeitige Verbindungen von einem Client, oder ein Limit für die Verbindungsrate ist erreicht.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>Der SMTP-Dienst fährt herunter, startet neu oder hat keine freien Worker-Prozesse mehr.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>Der Client war zu langsam oder hat zu viele fehlerhafte Befehle gesendet, und der Server hat die Sitzung beendet (Timeout oder Fehlerlimit).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Eine TLS- oder Richtlinienanforderung für die Empfängerdomain ist nicht erfüllt, und der Provider schließt die Sitzung (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Lesen Sie den Text der Zurückstellung, der für das Ziel protokolliert wurde; er nennt das Limit oder die Sperre, die gegriffen hat.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Prüfen Sie, ob die sendende IP auf einer öffentlichen Blocklist steht (Abfrage mit den Oktetten in umgekehrter Reihenfolge).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Stellen Sie sicher, dass die sendende IP einen PTR-Eintrag hat, dessen Name wieder auf dieselbe IP auflöst.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Zählen Sie, wie viele ausgehende SMTP-Verbindungen Ihr Server gleichzeitig offen hält.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut; die Sitzung ist beendet, also verbinden Sie sich neu, statt weitere Befehle zu senden. Zum nächsten MX-Host zu wechseln ist in Ordnung, aber sich immer wieder mit demselben Host zu verbinden, verlängert die Drosselung wegen schlechter Reputation.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail begrenzt die Rate der sendenden IP wegen ihrer Reputation oder spamartigen Verkehrs; das legt sich, wenn das Volumen sinkt und sich die Reputation erholt.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo stellt Mail von dieser IP wegen der Beschwerdequoten oder ungewöhnlichen Volumens zurück; das Kürzel in eckigen Klammern (TSS04 und ähnliche) ist Yahoos eigener Grundcode.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Keine Basisdefinition (zugeordnet zu X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Kein RFC definiert eine Antwort 422. Die IANA-Registry der erweiterten Statuscodes führt 422 neben 432 als Basiscodes für X.7.12 (eine Passwortumstellung ist nötig), während RFC 4954, das X.7.12 definiert, ausschließlich 432 4.7.12 verwendet. Begegnet Ihnen eine 422, lesen Sie sie als vorübergehenden Fehler mit der Bedeutung von 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Auf der Leitung praktisch nie; uns ist kein verbreiteter Server bekannt, der sie sendet. Man findet sie in der Tabelle der IANA-Registry oder in Code-Listen-Bibliotheken, die die Zuordnungen der Registry übernehmen. Ein Server, der sie doch sendete, täte das als Antwort auf AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Behandeln Sie sie wie 432: Der Benutzer oder die Client-Software für ihn authentifiziert sich einmal mit einem Klartextverfahren wie PLAIN über TLS, damit der Server die Zugangsdaten ableiten kann, die das stärkere Verfahren braucht, und kehrt dann zum üblichen Verfahren zurück. Antwortet der Server weiterhin mit 422, sollte sein Admin das Authentifizierungs-Backend prüfen und auf die dokumentierte Antwort 432 umstellen.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Die gespeicherten Zugangsdaten des Kontos liegen noch nicht in der Form vor, die der angeforderte SASL-Mechanismus braucht, zum Beispiel nach einer Änderung der Passwortspeicherung.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Ein Server oder eine Bibliothek, die die Zuordnung der IANA-Registry übernommen hat und 422 ausgibt, wo RFC 4954 432 vorschreibt.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Testen Sie dasselbe Konto mit AUTH PLAIN über STARTTLS und prüfen Sie, ob der Server es akzeptiert (swaks fragt nach dem Passwort).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Lesen Sie das Authentifizierungslog des Servers rund um den fehlgeschlagenen Versuch.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Wiederholen Sie nicht in einer Schleife denselben Mechanismus. Eine einzige PLAIN-Anmeldung über TLS sollte das stärkere Verfahren in späteren Sitzungen funktionieren lassen; ein Mailprogramm sollte den Benutzer informieren, statt es stillschweigend erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Keine Basisdefinition (zugeordnet zu X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Kein RFC definiert eine Antwort 430. Die IANA-Registry der erweiterten Statuscodes nennt 430 unter den Basiscodes, die mit X.5.1 (ungültiger Befehl) verwendet werden; nur durch diese Zuordnung steht der Code im Katalog. Lesen Sie ihn als vorübergehende Ablehnung eines Befehls, den der Server für ungültig hielt.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>In echten Sitzungen selten: Er steht in der Registry und in Bibliotheken, die sie übernehmen. Ein Server, der ihn doch sendet, täte das nach einem Befehl, den er nicht angenommen hat, etwa einem unbekannten Befehlswort, einem Befehl in falscher Reihenfolge oder Befehlen, die ohne PIPELINING-Unterstützung per Pipelining gesendet wurden.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>Die Client-Software bzw. wer sie pflegt, prüft den Befehl, der die Antwort ausgelöst hat: falsch geschriebene oder nicht unterstützte Befehlswörter, Befehle vor EHLO oder vor Abschluss des STARTTLS-Handshakes oder Pipelining, das der Server nie angekündigt hat. Korrigieren Sie den Dialog; ist der Befehl gültig, sollte der Admin des Servers erklären, warum er mit einem nicht registrierten Code antwortet.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>Der Client hat einen Befehl gesendet, den der Server an dieser Stelle der Sitzung nicht kennt oder nicht zulässt.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Eine Server-Implementierung, die die Zuordnung der Registry wörtlich genommen hat und mit 430 und X.5.1 als abgeschwächter Form von 500 oder 503 antwortet.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Spielen Sie die Sitzung von Hand nach und notieren Sie, welcher Befehl die 430 erhält.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>Vergleichen Sie diesen Befehl mit den Fähigkeiten, die der Server in seiner EHLO-Antwort auflistet.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Ein Client darf es wie bei jeder 4xx später einmal erneut versuchen, aber ein ungültiger Befehl bleibt ungültig: Erhält derselbe Befehl wieder 430, korrigieren Sie ihn, statt ihn zu wiederholen.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Nicht genug Speicherplatz auf der Festplatte / kein Arbeitsspeicher</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 ist in keinem RFC ein SMTP-Antwortcode. Code-Listen sagen, er bedeute, dass dem empfangenden Server Plattenplatz oder Arbeitsspeicher fehlt; diese Lesart stammt vom erweiterten Statuscode 4.3.1 (Mailsystem voll), ohne Punkte geschrieben. Auf der Leitung kommt der Zustand als 452 an, meist &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>In Code-Tabellen und in Berichten, in denen jemand 4.3.1 verkürzt hat. Echte Beispiele für den Zustand: Postfix beantwortet MAIL FROM mit &quot;452 4.3.1 Insufficient system storage&quot;, wenn das Dateisystem seiner Warteschlange knapp wird, und der Back Pressure von Microsoft Exchange antwortet &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Für den Absender ist nichts weiter zu tun, als die Warteschlange es erneut versuchen zu lassen. Der Admin des Empfängers schafft Platz auf dem Dateisystem der Warteschlange bzw. des Spools, prüft Arbeitsspeicher und Größe der Warteschlange und liest unter Exchange die Back-Pressure-Ereignisse und das Volume mit der Datenbank der Transportwarteschlange.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>Die Warteschlangen- oder Spool-Partition des empfangenden MTA ist fast voll, daher lehnt er neue Mail ab, bis wieder Platz da ist.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Back Pressure in Exchange: Der Transportdienst hat wenig Plattenplatz oder hohe Speicherauslastung festgestellt und nimmt keine Nachrichten mehr an.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Logs, ein Postfachspeicher oder eine hängende Warteschlange haben die Partition gefüllt, auf die der MTA schreibt.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>Prüfen Sie auf dem empfangenden Server den freien Platz auf dem Dateisystem, das die Mail-Warteschlange enthält.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Vergleichen Sie den Freiplatz-Schwellenwert von Postfix mit seinem Größenlimit; Postfix verlangt das 1,5-Fache von message_size_limit an freiem Platz, bevor es Mail annimmt.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Suchen Sie die Ablehnung im Log, um den echten Code und Text zu bestätigen.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Behandeln Sie ihn als das, was er wirklich ist, eine 452: Versuchen Sie es später in zunehmenden Abständen erneut. Engpässe bei Plattenplatz und Arbeitsspeicher lösen sich meist innerhalb von Minuten bis Stunden, sobald der Admin reagiert.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Eine Passwortumstellung ist erforderlich</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>Der Server möchte, dass der Benutzer zu einem anderen Authentifizierungsverfahren wechselt, und kann das angeforderte noch nicht abschließen. RFC 4954 definiert den Code als &quot;432 4.7.12 A password transition is needed&quot;: Der Benutzer meldet sich meist einmal mit PLAIN über TLS an, wodurch der Server die Zugangsdaten erzeugen kann, die das gewählte Verfahren braucht, und von da an funktioniert dieses Verfahren.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>Als Antwort auf AUTH an einem Submission-Port, nachdem ein Server die Art der Passwortspeicherung geändert oder ein Challenge-Response-Verfahren (etwa CRAM-MD5 oder SCRAM) für Konten aktiviert hat, deren gespeichertes Passwort es noch nicht bedienen kann. In der Praxis selten. Manche Code-Listen beschreiben 432 als „Exchange-Eingangswarteschlange angehalten“; das ist eine Fehldeutung des erweiterten Codes 4.3.2, nicht diese Antwort.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>Der Benutzer oder das Mailprogramm in seinem Auftrag authentifiziert sich einmal mit AUTH PLAIN über eine verschlüsselte Verbindung und kehrt dann zum bevorzugten Verfahren zurück. Kann der Client das nicht, kann der Admin des Servers das Passwort zurücksetzen (wodurch die gespeicherten Zugangsdaten neu erzeugt werden) oder PLAIN über TLS für dieses Konto zulassen.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>Das Passwort des Kontos ist in einer Form gespeichert, die das angeforderte Verfahren (zum Beispiel ein Challenge-Response-Verfahren) erst nutzen kann, wenn der Server das Klartextpasswort einmal gesehen hat.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>Der Administrator hat auf ein neues Passwortschema umgestellt und konvertiert jedes Konto bei dessen nächster Klartextanmeldung.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Listen Sie die Verfahren auf, die der Server nach STARTTLS anbietet.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Melden Sie sich einmal mit PLAIN über TLS an und versuchen Sie dann in einer neuen Sitzung erneut das ursprüngliche Verfahren.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Versuchen Sie nicht unverändert erneut dasselbe AUTH-Verfahren. Führen Sie eine PLAIN-Anmeldung über TLS durch und verwenden Sie dann in der nächsten Sitzung das ursprüngliche Verfahren; die Nachricht wartet so lange im Postausgang des Clients.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>Server des Empfängers antwortet nicht</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 ist in keinem RFC ein SMTP-Antwortcode. Listen, die ihn als „Server des Empfängers antwortet nicht“ beschreiben, haben den erweiterten Statuscode 4.4.1 (keine Antwort vom Host) genommen und die Punkte weggelassen. Ein Server, der nicht antwortet, kann keine Antwort senden; es handelt sich also immer um einen Status, den Ihr eigener MTA über eine fehlgeschlagene Verbindung festhält.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>In Verzögerungswarnungen und Warteschlangenlisten, wenn Ihr Server keinen MX des Ziels erreichen konnte. Postfix protokolliert das als &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; mit dsn=4.4.1, und eine Verzögerungswarnung enthält Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>Der Admin des Absenders prüft zuerst, ob ausgehender Port 25 vom sendenden Host aus offen ist (viele Cloud- und Privatkundennetze sperren ihn) und ob die MX-Hosts des Ziels auflösen und lauschen. Scheitert nur eine Domain, muss deren Admin die MX-Einträge, die Firewall oder den ausgefallenen Server reparieren; die Warteschlange stellt zu, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>Ausgehender TCP-Port 25 wird vom Hosting-Provider, Internetprovider oder von der Firewall des Absenders gesperrt.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Die MX-Hosts der Empfängerdomain sind ausgefallen, überlastet oder per Firewall für die sendende IP gesperrt.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>Der MX-Eintrag zeigt auf eine falsche oder veraltete Adresse oder auf einen Host, der nur über die Adressfamilie (IPv4 oder IPv6) erreichbar ist, die der Absender nicht verwendet.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Listen Sie die MX-Hosts des Ziels auf.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Öffnen Sie eine rohe TCP-Verbindung zu Port 25 des ersten MX und warten Sie auf die Begrüßung 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Sehen Sie nach, was die Warteschlange zu den zurückgestellten Nachrichten protokolliert hat.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>Ihr MTA versucht es selbstständig in zunehmenden Abständen erneut und gibt erst am Ende der Verweildauer in der Warteschlange auf (bei Postfix standardmäßig fünf Tage). Von Hand ist nichts erneut zu senden, es sei denn, der endgültige Bounce trifft ein.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 ist in keinem RFC ein SMTP-Antwortcode. Listen, die ihn „Verbindung abgebrochen“ nennen, zitieren den erweiterten Statuscode 4.4.2 (fehlerhafte Verbindung) ohne seine Punkte. Er beschreibt eine Sitzung, die mittendrin abgebrochen ist, wie Ihr eigener MTA sie meldet; wenn ein Server dazu doch etwas sagt, lautet die echte Antwort meist 421 4.4.2 oder 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>In Ihren eigenen Logs und Verzögerungsmeldungen nach einer abgebrochenen Sitzung: Postfix meldet &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; mit dsn=4.4.2, Gmail sagt einem hängenden Client &quot;451 4.4.2 Timeout - closing connection&quot;, und smtpd von Postfix sagt einem langsamen Client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Gelegentlich ist nichts zu tun: Die Warteschlange versucht es erneut. Wiederholt es sich bei einem Ziel, sucht der Admin des Absenders nach einer Middlebox (Firewall, SMTP-Inspection, VPN oder Load Balancer), die lange Sitzungen zurücksetzt, nach MTU-Problemen bei großen Nachrichten und nach einem Empfänger, dessen Content-Filter nach dem abschließenden Punkt zu lange brauchen.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Eine Firewall oder SMTP-Inspection zwischen den Servern setzt die Sitzung zurück oder lässt sie hängen, oft während eines großen Nachrichtentexts.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Path-MTU-Probleme: Kurze Befehle kommen durch, aber Pakete voller Größe mit dem Nachrichtentext werden verworfen.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>Der empfangende Server oder sein Content-Scanner hat nach dem Datenende länger als der Timeout des Clients gebraucht oder ist mitten in der Sitzung abgestürzt.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Eine instabile Leitung oder ein NAT-Tabellen-Timeout auf einer der beiden Seiten.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Finden Sie heraus, wo die Sitzung abbrach: &quot;while sending message body&quot; deutet auf Größe oder MTU, &quot;while receiving the initial server greeting&quot; auf Filterung.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Messen Sie die Path-MTU zum Empfänger.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Versuchen Sie es später erneut. Eine Sitzung, die vor der Antwort auf den abschließenden Punkt abbricht, gilt als nicht zugestellt; die ganze Nachricht wird also erneut gesendet, was gelegentlich ein Duplikat erzeugen kann.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Maximale Anzahl an Hops überschritten</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 ist in keinem RFC ein SMTP-Antwortcode. Listen, die ihn als „maximale Anzahl an Hops überschritten“ beschreiben, zitieren den erweiterten Statuscode 4.4.6 (Routing-Schleife erkannt) ohne Punkte. Der Zustand ist eine Mailschleife: Die Nachricht hat so viele Server durchlaufen, gezählt an ihren Received:-Headern, dass ein MTA sie angehalten hat; in der Praxis wird das als dauerhafter Fehler gemeldet, 5.4.6 oder 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>In Bounces, nachdem eine Nachricht im Kreis gelaufen ist: zwei Server, die jeweils den anderen für das endgültige Ziel halten, eine Weiterleitung, die auf sich selbst zurückzeigt, oder eine Alias-Kette, die sich im Kreis dreht. Postfix stoppt solche Mail, sobald hopcount_limit (standardmäßig 50) Received:-Header vorhanden sind, und meldet Schleifen wie &quot;mail forwarding loop for user@example.com&quot; mit DSN 5.4.6; Exchange Online meldet &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>Der Admin der Domain, in der die Schleife entsteht, meist auf Seiten des Empfängers, liest die Received:-Header im Bounce, um die Hosts zu finden, die sich wiederholen, und behebt dann die Ursache: MX- oder Relay-Einstellungen, die aufeinander zeigen, eine Domain, die auf einem Server lokal ist und auf einem anderen per Relay weitergegeben wird, oder eine Weiterleitungsregel, die Mail an dieselbe Adresse zurückschickt.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Zwei Mailserver, die jeweils so konfiguriert sind, dass sie die Domain per Relay an den anderen weitergeben, zum Beispiel nach einer Migration, bei der altes und neues System die Domain beide weiterleiten.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Eine Postfach-Weiterleitung oder ein Alias, der direkt oder über eine Kette auf sich selbst zurückzeigt.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Ein Backup-MX oder Smarthost, der Mail für die Domain an den primären Server zurückschickt, der sie wiederum zurückgibt.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Ein Autoresponder oder eine Mailingliste, die endlos einem anderen Autoresponder antwortet.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Zählen Sie die Received:-Header in der als unzustellbar zurückgekommenen Kopie; Dutzende davon bestätigen eine Schleife.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Lesen Sie ab, welche Hosts sich in der Received:-Kette wiederholen.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Prüfen Sie das Hop-Limit auf einem Postfix-Server.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Prüfen Sie, ob MX-Einträge und Relay-Einstellungen darin übereinstimmen, welcher Server für die Domain der endgültige ist.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut: Eine Schleife wiederholt sich, bis die Konfiguration korrigiert ist. Senden Sie erneut, nachdem die Schleife aufgebrochen wurde.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Zeitüberschreitung bei ausgehender Nachricht</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 ist in keinem RFC ein SMTP-Antwortcode. Listen, die ihn „Zeitüberschreitung bei ausgehender Nachricht“ nennen, meinen den erweiterten Statuscode 4.4.7 (Zustellzeit abgelaufen) ohne Punkte: Die Nachricht lag länger als erlaubt in einer Warteschlange, und der MTA hat gewarnt oder aufgegeben. Es ist ein Warteschlangenstatus, der in Verzögerungswarnungen und Bounces gemeldet wird, nicht etwas, das ein entfernter Server während einer Sitzung sagt.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>In Verzögerungsbenachrichtigungen und endgültigen Bounces, wenn die Verweildauer in der Warteschlange abgelaufen ist, und in Unzustellbarkeitsberichten von Exchange als &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. Der eigentliche Grund ist das, was in diesen Tagen immer wieder scheiterte: meist eine 4xx des Empfängers oder gar keine Verbindung.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>Der Admin des Absenders liest den letzten Fehler, der zur Nachricht protokolliert wurde, in der Warteschlange oder in der Diagnosezeile des Bounces, denn das ist die eigentliche Ursache (abgelehnte Verbindungen, nie bestandenes Greylisting, eine Sperre wegen Reputation, ein toter MX). Beheben Sie diese, dann sendet der Absender erneut. Die Verweildauer in der Warteschlange zu verlängern, verdeckt das Problem nur.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>Der Ziel-MX war während der gesamten Verweildauer in der Warteschlange nicht erreichbar (ausgefallen, per Firewall gesperrt oder falsche MX-Einträge).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>Der Empfänger antwortete immer wieder mit vorübergehenden Fehlern (Ratenlimits, Greylisting, Zurückstellungen wegen Reputation), bis der Absender aufgab.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Ein Routing- oder DNS-Problem auf der sendenden Seite hat verhindert, dass irgendein Versuch die Warteschlange verlässt.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Eine kurze Verweildauer in der Warteschlange oder eine kurze Ablaufzeit für Nachrichten auf dem sendenden Server.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Lesen Sie den letzten Grund der Zurückstellung bei Nachrichten, die noch für diese Domain in der Warteschlange liegen.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Prüfen Sie, wie lange Postfix es versucht, bevor es die Nachricht als unzustellbar zurückschickt.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Zeigen Sie unter Exim die Retry-Regel (die Regel für erneute Versuche) an, die für das Ziel gilt.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Für diese Kopie gibt es nichts mehr zu wiederholen: Der sendende MTA hat bereits aufgegeben. Senden Sie die Nachricht von Hand erneut, sobald die Ursache aus dem zuletzt protokollierten Fehler behoben ist.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Routing-Fehler</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 ist in keinem RFC ein SMTP-Antwortcode. Listen beschreiben ihn als Routing-Fehler und bringen ihn mit Microsoft Exchange in Verbindung, das für einige interne Routing-Fehler einen nicht registrierten erweiterten Code 4.4.9 verwendet haben soll; der registrierte Code für diese Situation ist X.4.4 (Routing nicht möglich). Nichts sendet 449 als Antwort während einer Sitzung.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Laut diesen Listen in Warteschlangen und Unzustellbarkeitsberichten alter Exchange-Server-Versionen (Ära 2000/2003), wenn eine Nachricht nicht geroutet werden konnte, zum Beispiel weil der Adressraum eines Connectors nicht passte oder der Empfänger zu einer entfernten Routinggruppe gehörte; heute meist in kopierten Code-Tabellen.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>Der Admin der sendenden Organisation prüft das eigene Routing: Connectors oder Smarthosts, akzeptierte Domains und die DNS-Auflösung für das Ziel. Senden Sie dann eine Testnachricht an dieselbe Domain und lesen Sie die echte Antwort oder den DSN-Status; auf aktuellen Systemen entspricht das meist 4.4.4 oder 5.4.4 oder einem DNS-Fehler, der als 4.4.3 gemeldet wird.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Ein Sendeconnector oder eine Smarthost-Einstellung deckt die Domain des Empfängers nicht ab, daher hat der Server keine Route dafür.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>Die Domain des Empfängers lässt sich vom sendenden Server aus nicht auflösen (kein MX und kein Adresseintrag, oder der lokale Resolver versagt).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Überbleibsel der Routing-Konfiguration (gelöschte Routinggruppen, veraltete Connectors) nach einer Migration.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Prüfen Sie, ob die Zieldomain einen brauchbaren MX hat.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Testen Sie die Namensauflösung auf dem Mailserver selbst, mit dem Resolver, den er tatsächlich verwendet.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Zeigen Sie an, wie Postfix ausgehende Mail routen würde (Relay-Host und Transport-Maps).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>Der MTA behandelt ihn als vorübergehend und versucht es immer wieder erneut, aber eine Lücke im Routing heilt nicht von selbst: Korrigieren Sie die Route oder das DNS und arbeiten Sie dann die Warteschlange ab (Flush).</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Angeforderte Mail-Aktion nicht ausgeführt: Postfach nicht verfügbar</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>graylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>soft bounce</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>Der Server hat für diesen Empfänger oder Befehl vorerst nichts unternommen, erwartet aber, dass es später funktionieren kann; RFC 5321 nennt als Beispiele ein belegtes Postfach und eine vorübergehende Sperre durch eine Richtlinie. Heute ist der mit Abstand häufigste Grund Greylisting, gefolgt von vorübergehenden Richtlinienprüfungen (Reverse-DNS oder Absenderdomain, die nicht aufgelöst wurde, laufende Adressverifizierung) und Ratenlimits pro Empfänger.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Meist bei RCPT TO, manchmal bei MAIL FROM. Greylisting mit postgrey erscheint in Postfix als &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; andere Greylisting-Werkzeuge verwenden 450 4.7.1 oder 451 4.7.1. Postfix sendet außerdem &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in älteren Versionen), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; und &quot;450 4.1.1 ... unverified address&quot;. Gmail verwendet 450 4.2.1, wenn ein Empfänger zu viel Mail zu schnell erhält. In ODMR (RFC 2645) beantwortet 450 außerdem ein abgelehntes ATRN.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>Bei Greylisting muss niemand handeln, solange der sendende MTA die Nachricht behält und es von derselben Adresse aus erneut versucht: Der erste erneute Versuch nach der Greylisting-Wartezeit (bei postgrey standardmäßig fünf Minuten) wird angenommen. Gehen Mails einer Anwendung verloren, sorgt der Admin des Absenders dafür, dass sie über einen echten MTA mit Warteschlange einliefert, statt direkt mit dem MX des Empfängers zu sprechen. In den Richtlinienfällen behebt der Admin des Absenders, was der Text nennt: einen PTR-Eintrag, der wieder auf die IP auflöst, eine Absenderdomain, die sich auflösen lässt, oder eine geringere Rate gegenüber einem stark beanspruchten Empfänger. Der Admin des Empfängers kann große Absender, die es von vielen verschiedenen Adressen aus erneut versuchen, auf eine Allowlist setzen.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Greylisting: Erstkontakt für dieses Triplet aus Client-IP, Absender und Empfänger, zurückgestellt bis zu einem erneuten Versuch nach der Greylisting-Wartezeit.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>Die Client-IP hat keinen PTR-Eintrag, oder der PTR-Name löst nicht wieder auf die IP auf, und der Server stellt zurück, statt abzulehnen.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>Die Domain des Absenders ließ sich in diesem Moment nicht auflösen (DNS-Timeout oder fehlende Einträge), daher konnte der Server sie nicht prüfen.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>Die Verifizierung der Empfängeradresse (eine Probe beim nächsten Hop) ist noch nicht abgeschlossen, oder der nächste Hop war nicht erreichbar.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Ein Empfänger erhält zu schnell zu viel Mail, und der Provider begrenzt die Rate für dieses Postfach.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>Das Postfach ist auf der Zustellseite gesperrt oder belegt.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Ein Absender, der es jedes Mal von einer anderen IP aus erneut versucht oder bei jedem Versuch einen neuen Envelope-Absender verwendet, passt nie zu seinem eigenen Greylisting-Eintrag.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Lesen Sie den vollständigen Text der Zurückstellung: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; und &quot;Domain not found&quot; verlangen jeweils eine andere Lösung.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Prüfen Sie den PTR-Eintrag der sendenden IP und ob sein Name wieder auf dieselbe Adresse zeigt.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>Sehen Sie auf der empfangenden Seite nach, für welche Absender Greylisting Mail zurückgestellt hat.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Prüfen Sie, ob sich die Domain des Envelope-Absenders auflösen lässt.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut, möglichst von derselben IP und mit demselben Envelope-Absender, und versuchen Sie es tagelang weiter, bevor Sie die Nachricht als unzustellbar zurückschicken; behandeln Sie 450 nie als dauerhaft. RFC 5321 empfiehlt Abstände von mindestens 30 Minuten zwischen erneuten Versuchen; die meisten MTAs versuchen es früher erneut, womit sie typische Greylisting-Wartezeiten von wenigen Minuten überstehen.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail begrenzt die Rate für ein einzelnes Empfängerpostfach, das zu viel Mail erhält, nicht für den sendenden Server; spätere Versuche gelingen meist.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Angeforderte Aktion abgebrochen: lokaler Fehler bei der Verarbeitung</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>graylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>soft bounce</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>Der Server ist auf ein Problem auf seiner eigenen Seite gestoßen und hat den Befehl abgebrochen; der Client darf es später erneut versuchen. In der Praxis deckt 451 lokale Störungen ab (einen Konfigurationsfehler, eine fehlgeschlagene Abfrage, einen ausgefallenen Content-Filter oder Milter, eine Warteschlange, in die nicht geschrieben werden kann) und sehr oft Greylisting und vorübergehende Anti-Spam-Zurückstellungen, die bei RCPT TO oder nach den Nachrichtendaten gesendet werden.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>Bei RCPT TO oder nach dem abschließenden Punkt von DATA. Häufige Zeilen: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist und ähnliche Werkzeuge), &quot;451 4.3.5 Server configuration error&quot; (Postfix mit defekter Lookup-Tabelle oder Restriktion), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix, wenn ein Milter nicht erreichbar und auf tempfail gestellt ist), &quot;Temporary local problem - please try later&quot; von Exim sowie die Drosselungsantworten 451 4.7.5xx und 4.7.6xx von Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>Der MTA des Absenders versucht es selbst erneut; niemand muss handeln, solange die Zurückstellungen nicht andauern. Dann teilt sich die Arbeit: Greylisting und Drosselung wegen Reputation überwindet man durch normale erneute Versuche von einer stabilen IP mit korrektem PTR, SPF und DKIM (Sache des Admins des Absenders), während Konfigurationsfehler, ausgefallene Milter, volle Platten und fehlgeschlagene Verzeichnisabfragen Sache des Admins des Empfängers sind, dessen Logzeile zur selben Sitzung die fehlerhafte Komponente nennt.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Greylisting oder ein anderes Anti-Spam-Werkzeug stellt unbekannte Absender zurück, oft erst nach den Nachrichtendaten, damit der Inhalt bewertet werden kann.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Eine Lookup-Tabelle, Datenbank- oder Verzeichnisabfrage, die der Server braucht, ist fehlgeschlagen (fehlende Map-Datei, nicht erreichbarer LDAP- oder Active-Directory-Server).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Ein Content-Filter, Antiviren-Daemon oder Milter ist ausgefallen oder läuft in Timeouts, und der Server ist so eingestellt, dass er zurückstellt, statt ungeprüfte Mail anzunehmen.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>Der Server konnte die Nachricht nicht in seine Warteschlange schreiben (Platte voll, falsche Berechtigungen, Fehler im cleanup-Prozess).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Eine Absenderprüfung per Callout bei der Domain des Absenders konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Drosselung durch den Provider aufgrund der Reputation oder des Volumens der sendenden IP.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Lesen Sie den erweiterten Code der Zurückstellung: 4.7.x deutet auf Richtlinien, 4.3.x auf das eigene System des Empfängers.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>Suchen Sie auf einem empfangenden Postfix-Server die Warnung, die zur selben Sitzung protokolliert wurde (fehlgeschlagene Tabellenabfragen, Milter-Fehler).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>Sehen Sie auf einem empfangenden Exim-Server im Panic-Log nach dem lokalen Problem.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Prüfen Sie, ob der SPF-Eintrag der Absenderdomain die sendende IP abdeckt, damit sich Zurückstellungen wegen Reputation auflösen.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut und behalten Sie die Nachricht tagelang in der Warteschlange. Eine 451 nach dem abschließenden Punkt gilt für die ganze Transaktion, daher wird die komplette Nachricht erneut gesendet, nicht nur für einige Empfänger.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Die allgemeine vorübergehende Ablehnung von Gmail; sie nennt keinen konkreten Grund und legt sich normalerweise bei einem späteren Versuch.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com drosselt die sendende IP wegen ihrer Reputation; 4.7.650 ist ein Microsoft-eigener erweiterter Code, keiner aus der IANA-Registry.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Angeforderte Aktion nicht ausgeführt: zu wenig Systemspeicher</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>postfach voll</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>quota überschritten</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>Der Server kann dies jetzt nicht annehmen, weil eine Ressourcengrenze erreicht ist. RFC 5321 nennt Speicherplatz und macht 452 außerdem zur korrekten Antwort, wenn ein Server in einer Transaktion keinen Platz für weitere Empfänger hat (&quot;too many recipients&quot;, 452 4.5.3); auch ein volles Postfach (452 4.2.2) und eine volle Server-Warteschlange (452 4.3.1) verwenden sie. Alle sind vorübergehend: Dieselbe Mail kann später oder in kleineren Teilen Erfolg haben.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Zu viele Empfänger: bei RCPT TO, sobald das Limit pro Nachricht erreicht ist, zum Beispiel &quot;452 4.5.3 Error: too many recipients&quot; von Postfix nach smtpd_recipient_limit (standardmäßig 1000) oder die 452 4.5.3 von Gmail. Speicher: bei MAIL FROM, wenn im Dateisystem der Postfix-Warteschlange der Platz knapp ist (&quot;452 4.3.1 Insufficient system storage&quot;), wenn ein SIZE-Parameter den momentan freien Platz übersteigt (RFC 1870) oder durch Back Pressure in Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Postfach über der Quota: bei RCPT TO, wie in der 452 4.2.2 von Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Lesen Sie zuerst den erweiterten Code. Bei 4.5.3 macht die sendende Software nur dann etwas falsch, wenn sie aufgibt: Sie muss an die bereits angenommenen Empfänger zustellen und den Rest in einer weiteren Transaktion senden; Massenversand-Werkzeuge sollten weniger Empfänger pro Nachricht eintragen, und der Admin eines Empfängers, dessen Limit unter 100 liegt, verstößt gegen RFC 5321. Bei 4.2.2 muss der Empfänger sein Postfach aufräumen. Bei 4.3.1 schafft der Admin des Empfängers Plattenplatz oder kümmert sich um den Back Pressure, während der Absender wartet.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Mehr RCPT-TO-Befehle in einer Transaktion, als das Empfängerlimit des Servers pro Nachricht erlaubt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>Das Postfach des Empfängers hat seine Quota überschritten.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>Die Warteschlangen- oder Spool-Platte des empfangenden Servers ist fast voll, oder Back Pressure in Exchange ist aktiv.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>Die in MAIL FROM angegebene SIZE ist größer als der Platz, den der Server gerade frei hat.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Eine Provider-Richtlinie, die die Empfänger pro Transaktion für eine Domain begrenzt (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Sehen Sie nach, welcher erweiterte Code in der Zurückstellung oder im Bounce mit der 452 kam.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>Prüfen Sie auf einem empfangenden Postfix-Server das Empfängerlimit pro Nachricht.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>Prüfen Sie auf dem empfangenden Server den freien Platz dort, wo der Spool liegt.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Senden Sie eine Testnachricht an mehrere Empfänger, um zu sehen, wo das Limit beginnt.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>Bei zu vielen Empfängern senden Sie die Nachricht jetzt an die angenommenen Empfänger und stellen die abgelehnten in eine neue Transaktion (RFC 5321 4.5.3.1.10); verwerfen Sie sie nie und schicken Sie sie nie als unzustellbar zurück. Bei Speicher oder Quota versuchen Sie es später in zunehmenden Abständen erneut. RFC 5321 bittet Clients außerdem, eine altmodische 552 wegen zu vieler Empfänger als vorübergehend zu behandeln.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail hat in dieser Transaktion nur einen Teil der Empfängerliste angenommen; der Rest muss in einer weiteren Transaktion oder Nachricht gesendet werden.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Der Speicher des Gmail-Empfängers ist voll; die Zustellung funktioniert wieder, sobald der Empfänger Platz schafft oder mehr Speicher kauft.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online möchte Empfänger, die in verschiedenen Rechenzentrumsregionen gehostet sind, in getrennten Transaktionen erhalten; der sendende MTA sollte die abgelehnten Empfänger jeweils für sich erneut versuchen.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Sie haben keine Mail</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Teil von On-Demand Mail Relay (ODMR, RFC 2645): die Antwort auf ATRN, wenn der Server für die vom Client angefragten Domains keine Mail in der Warteschlange hält. Sie ist eher informativ als ein Fehler: Es gibt nichts zuzustellen, daher werden die Rollen nicht getauscht.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Nur auf ODMR-Servern (Port 366), nachdem sich ein Client mit dynamischer IP-Adresse authentifiziert und ATRN für seine Domains gesendet hat. ODMR ist heute selten, und manche Code-Tabellen führen 453 auf, ohne zu erwähnen, dass er nur in diesem Zusammenhang vorkommt.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Nichts zu beheben, wenn die Warteschlange tatsächlich leer ist. Wurde Mail erwartet, prüft der Admin des Clients, ob ATRN die richtigen Domains genannt hat und ob die MX-Einträge der Domain Mail tatsächlich zum ODMR-Provider leiten.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>Für die angefragten Domains wartet im Moment keine Mail.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>Der Client hat einen Domainnamen angefragt, unter dem der ODMR-Server keine Warteschlange führt (Tippfehler, Subdomain statt übergeordneter Domain).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Die MX-Einträge der Domain zeigen nicht auf den ODMR-Provider, daher erreicht ihre Mail diese Warteschlange nie.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Prüfen Sie, ob die MX-Einträge der Domain auf die Server des ODMR-Providers zeigen.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Spielen Sie die ODMR-Sitzung von Hand durch: EHLO, AUTH, dann ATRN mit der Domain, und lesen Sie die Antwort.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Jetzt nichts zu wiederholen; fragen Sie beim nächsten planmäßigen Intervall erneut ab, wie es ein ODMR-Client normalerweise tut.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS aus vorübergehendem Grund nicht verfügbar / Vorübergehender Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>starttls fehlgeschlagen</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Zwei Erweiterungs-RFCs definieren 454, beide für einen vorübergehenden Fehler eines Sicherheitsschritts. RFC 3207 verwendet ihn, wenn STARTTLS gerade nicht möglich ist; RFC 4954 verwendet &quot;454 4.7.0 Temporary authentication failure&quot;, wenn der Server Zugangsdaten im Moment nicht prüfen kann, zum Beispiel weil sein Passwort-Backend ausgefallen ist. Außerdem erscheint er mit 4.7.1, wenn ein Relay-Versuch zurückgestellt statt abgelehnt wird.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>Nach STARTTLS: Postfix antwortet &quot;454 4.7.0 TLS not available due to local problem&quot;, wenn es sein Zertifikat oder seinen Schlüssel nicht laden kann, und protokolliert den Grund. Nach AUTH: Postfix, Exchange und andere senden &quot;454 4.7.0 Temporary authentication failure&quot;, wenn Dovecot, saslauthd, LDAP oder Active Directory nicht antworten, und Gmail sendet einen eigenen Text mit 454 4.7.0. Bei RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; von einem Postfix-Server, der mit aktiviertem soft_bounce läuft.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>Bei STARTTLS repariert der Admin des empfangenden Servers die TLS-Einrichtung (Pfade zu Zertifikat und Schlüssel, Berechtigungen, ein zum Zertifikat passender Schlüssel, Ablaufdatum) und lädt neu; ein Client, der TLS nicht verlangt, darf im Klartext weitermachen, da RFC 3207 diese Entscheidung dem Client überlässt. Bei AUTH stellt der Admin des Servers das Authentifizierungs-Backend wieder her; Benutzer sollten wegen einer 454 keine Passwörter ändern. Bei Relay-Ablehnungen muss sich der Client authentifizieren, bevor er an fremde Domains sendet.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>Der Server kann sein TLS-Zertifikat oder seinen privaten Schlüssel nicht lesen oder laden (falscher Pfad, Berechtigungen, Schlüssel passt nicht zum Zertifikat).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>Das Authentifizierungs-Backend (Dovecot-Auth-Socket, saslauthd, LDAP, Active Directory, Datenbank) ist ausgefallen, langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Zu viele parallele Anmeldungen oder kürzlich fehlgeschlagene Versuche für das Konto, und der Provider stellt weitere AUTH-Versuche eine Weile zurück.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Ein nicht authentifizierter Client hat versucht, an eine fremde Domain zu relayen, auf einem Server, der solche Versuche zurückstellt, statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Befehle, die direkt nach STARTTLS per Pipelining gesendet wurden, vor dem TLS-Handshake (Gmail antwortet mit 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Testen Sie STARTTLS auf dem Server und sehen Sie sich die Antwort und das Zertifikat an.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Finden Sie auf einem Postfix-Server heraus, warum TLS abgeschaltet wurde.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Prüfen Sie, ob das Authentifizierungs-Backend von Dovecot für ein Testkonto antwortet.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Testen Sie eine authentifizierte Submission von Anfang bis Ende.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut. Ein Client, der TLS oder Authentifizierung verlangt, darf nicht stillschweigend darauf verzichten; ein MTA mit opportunistischem TLS darf ohne TLS zustellen, wenn seine Richtlinie das erlaubt. Fordern Sie den Benutzer wegen einer 454 nie zu einem neuen Passwort auf.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail konnte die Anmeldung gerade nicht abschließen, oft nach vielen parallelen Verbindungen oder fehlgeschlagenen Versuchen für das Konto; das Passwort ist nicht unbedingt falsch.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>Der Client hat weitere Befehle zusammen mit STARTTLS gesendet; die Client-Software muss auf die Antwort 220 warten und den TLS-Handshake abschließen, bevor sie erneut EHLO sendet.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>Server kann die Parameter nicht berücksichtigen</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>Der Server hat die mit MAIL FROM oder RCPT TO übergebenen Parameter erkannt, kann ihnen aber im Moment nicht nachkommen. RFC 5321 4.1.1.11 grenzt ihn von 555 ab, der bedeutet, dass die Parameter gar nicht erkannt oder nicht implementiert sind: 455 ist der vorübergehende Fall, sofern die Erweiterung des Parameters nicht selbst einen anderen Code vorschreibt.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Selten. Er käme bei MAIL FROM oder RCPT TO, wenn ein angekündigter Erweiterungsparameter (etwa eine DSN-, SIZE-, Prioritäts- oder SMTPUTF8-Option) von etwas abhängt, das gerade nicht verfügbar ist. Die meisten Server beantworten solche Situationen stattdessen mit 451 oder 452, daher lohnt es sich, eine 455 zu notieren, wenn sie auftaucht.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>Der MTA des Absenders versucht es wie bei jeder 4xx erneut. Hält der Fehler an, kann die Client-Software ohne den optionalen Parameter senden, mit dem der Server Probleme hat, und der Admin des Servers sollte sich die Komponente hinter dieser Erweiterung ansehen.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Ein Dienst, von dem der Parameter abhängt (DSN-Erzeugung, Prioritäts-Warteschlangen, Größenabrechnung), ist auf dem Server vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>Der Server hat eine Erweiterung in seiner EHLO-Antwort angekündigt, aber die Funktion dahinter ist gerade deaktiviert oder überlastet.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>Vergleichen Sie die Parameter, die der Client gesendet hat, mit den Erweiterungen, die der Server ankündigt.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Suchen Sie im Log der sendenden Seite die MAIL-FROM- oder RCPT-TO-Zeile, die die 455 erhalten hat.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Versuchen Sie es später unverändert in zunehmenden Abständen erneut. Scheitert es weiterhin, ist ein erneuter Versuch ohne den optionalen Parameter vertretbar, sofern dieser Parameter nicht wesentlich ist.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Bitte die Nachricht sofort erneut über IPv4 senden, da sie SPF und DKIM nicht besteht</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Vorgeschlagen, aber nie standardisiert: Ein abgelaufener Internet-Draft von 2013–2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) schlug vor, dass ein Empfänger, der eine über IPv6 eingetroffene Nachricht ablehnt, weil sie dort SPF und DKIM nicht besteht, mit 456 antwortet, damit der Absender es sofort über IPv4 erneut versucht. Kein RFC definiert ihn, und verbreitete MTAs implementieren den besonderen erneuten Versuch nicht; für sie ist es eine gewöhnliche 4xx.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Kaum jemals. Die Idee stammt von Empfängern, die für IPv6-Absender strengere Regeln (Authentifizierung und PTR verpflichtend) gelten lassen als für IPv4-Absender. Was Absender tatsächlich erleben, ist eine dauerhafte Ablehnung nicht authentifizierter IPv6-Mail, zum Beispiel die 550-Antworten von Gmail, die auf die IPv6-Versandrichtlinien oder einen fehlenden PTR-Eintrag verweisen.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>Der Admin des Absenders macht IPv6-Mail so vertrauenswürdig wie IPv4-Mail: ein PTR-Eintrag für die IPv6-Adresse, der zurück auflöst, SPF, das sie mit einem ip6:-Eintrag abdeckt, und DKIM-Signierung. Bis dahin konfigurieren Sie den MTA so, dass er für ausgehendes SMTP IPv4 bevorzugt oder ausschließlich verwendet (Postfix: smtp_address_preference oder inet_protocols; Exim: disable_ipv6 oder dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>Die IPv6-Adresse des sendenden Hosts ist nicht durch den SPF-Eintrag der Absenderdomain abgedeckt.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>Die Nachricht ist nicht DKIM-signiert, oder die Signatur bricht, sodass nichts anderes die Zustellung über IPv6 authentifiziert.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>Die IPv6-Adresse hat kein Reverse-DNS, oder ihr PTR-Name löst nicht wieder auf sie auf.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Prüfen Sie, ob der Ziel-MX eine IPv6-Adresse hat, die Ihr MTA möglicherweise verwendet.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Prüfen Sie den PTR-Eintrag Ihrer sendenden IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Prüfen Sie, ob SPF die IPv6-Adresse abdeckt (ein ip6:-Eintrag oder ein include, der sie enthält).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Senden Sie zum Vergleich einen Test ausschließlich über IPv4.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Ein MTA, der den Draft kennt, würde es sofort über IPv4 erneut versuchen; reale MTAs stellen die Nachricht wie bei jeder 4xx zurück und landen beim nächsten Versuch womöglich wieder bei IPv6. Der verlässliche Weg ist, die IPv6-Authentifizierung zu reparieren oder ausgehend IPv4 zu bevorzugen.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>Nachrichten für Knoten &lt;x&gt; können nicht in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Eine Antwort auf ETRN (RFC 1985): Der Server hat die Aufforderung verstanden, die Zustellung der Mail zu starten, die er für eine Domain oder einen Knoten bereithält, kann diesen Warteschlangenlauf aber jetzt nicht starten. ETRN wird von Standorten mit zeitweiser Verbindung genutzt, die ihren Provider oder Backup-MX bitten, die für sie wartende Mail abzuarbeiten.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Nur nach einem ETRN-Befehl, typischerweise gesendet von fetchmail im ETRN-Modus, vom Mailserver eines kleinen Büros, wenn dessen Leitung aufgebaut wird, oder von Hand. Postfix antwortet &quot;458 Unable to queue messages&quot;, wenn sein flush-Dienst einen Fehler meldet, und Postfix postscreen gibt diese Antwort auf jedes ETRN, das es sieht.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>Der Admin des Relays, das die Warteschlange hält, prüft dessen Flush-Mechanismus (in Postfix den flush-Dienst und die Einstellung fast_flush_domains) und ob die Warteschlange gelesen werden kann. Bis das behoben ist, geht die zurückgehaltene Mail trotzdem nach dem normalen Zeitplan des Relays für erneute Versuche hinaus.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>Der Dienst des Relays zum Abarbeiten der Warteschlange (flush) ist fehlgeschlagen oder läuft nicht.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>Der Client hat ein vorgeschaltetes System wie Postfix postscreen erreicht, das ETRN nicht weiterreicht.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Ein Fehler auf Seiten des Relays beim Durchsuchen der Warteschlange nach der angefragten Domain.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>Sehen Sie auf dem Relay nach, für welche Domains Postfix ETRN annimmt.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>Starten Sie auf dem Relay lokal die Zustellung für die Domain; genau das verlangt ETRN.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Suchen Sie im Log des Relays nach der ETRN-Warnung.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Senden Sie ETRN bei der nächsten Verbindung oder Abfrage erneut; bis dahin behält das Relay die Mail und stellt sie nach seinem eigenen Zeitplan für erneute Versuche zu.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Knoten &lt;x&gt; nicht zulässig: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Eine Antwort auf ETRN (RFC 1985): Der Server lehnt es ab, einen Warteschlangenlauf für den genannten Knoten oder die genannte Domain zu starten, und nennt einen Grund. Die Anfrage wurde verstanden; der Server bietet diesen Dienst für diesen Namen nicht an oder nicht für diesen Client.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>Nach ETRN, wenn die Domain nicht zu denen gehört, für die das Relay Mail in der Warteschlange hält, oder wenn seine Richtlinie diesem Client nicht erlaubt, einen Lauf auszulösen. Postfix antwortet &quot;459 &lt;example.com&gt;: service unavailable&quot;, wenn die Domain nicht für seinen Fast-Flush-Dienst in Frage kommt (fast_flush_domains, standardmäßig die Liste relay_domains); auch seine smtpd_etrn_restrictions können die Anfrage ablehnen.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>Der Admin des Clients prüft, ob ETRN genau die Domain nennt, für die das Relay Mail bereithält. Soll der Dienst angeboten werden, nimmt der Admin des Relays die Domain in die Liste der für ETRN zugelassenen Domains auf (Postfix: fast_flush_domains) und lässt den Client in seinen ETRN-Restriktionen zu.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>Die angefragte Domain steht nicht in der Liste der Domains, für die das Relay ETRN zulässt.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>Die Richtlinie des Relays lehnt ETRN von dieser Client-Adresse oder vor der Authentifizierung ab.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>Der Client hat einen anderen Namen gesendet als den, unter dem das Relay die Mail in der Warteschlange führt (einen Hostnamen statt der Domain oder umgekehrt).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>Prüfen Sie auf dem Relay, welche Domains für einen Flush zugelassen sind.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>Prüfen Sie auf dem Relay die ETRN-Restriktionen.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Senden Sie von Hand EHLO und dann ETRN und lesen Sie den Begründungstext.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Wiederholen Sie dasselbe ETRN nicht unverändert; es wird erneut abgelehnt. Korrigieren Sie zuerst den Domainnamen oder lassen Sie das Relay entsprechend konfigurieren. Mail, die bereits in der Warteschlange liegt, geht nicht verloren: Sie wartet auf die normalen erneuten Versuche des Relays.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Fehler des Mailservers, oft ein lokaler Anti-Spam-Filter</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 ist in keinem RFC ein SMTP-Antwortcode. Listen beschreiben ihn als Fehler des Mailservers, oft eines lokalen Anti-Spam-Filters; die Zahl ist der erweiterte Statuscode 4.7.1 (Zustellung nicht autorisiert, in seiner vorübergehenden Form) ohne Punkte geschrieben, so wie 571 die 5.7.1 ohne Punkte ist. Auf der Leitung kommt der Zustand als 450 4.7.1 oder 451 4.7.1 an.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>In Code-Tabellen und Benutzerberichten, in denen 4.7.1 seine Punkte verloren hat. Die echten Antworten dahinter sind vorübergehende Ablehnungen durch Richtlinien: Greylisting, &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; älterer Postfix-Versionen (aktuelle Versionen senden dort 4.7.25) oder ein ausgehender Filter oder Gateway auf der eigenen Seite des Absenders, der die Nachricht zurückstellt.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Suchen Sie die echte Antwort im Log oder im Bounce, bevor Sie etwas unternehmen. Ist es Greylisting, lassen Sie die Warteschlange es erneut versuchen. Ist es eine Reverse-DNS- oder Reputationsprüfung, korrigiert der Admin des Absenders PTR, SPF und DKIM. Hat Ihr eigenes ausgehendes Anti-Spam-Gateway sie zurückgestellt, prüft Ihr Admin das Log und die Versandlimits dieses Gateways.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Eine vorübergehende Anti-Spam- oder Richtlinienprüfung auf der empfangenden Seite (Greylisting, Reputation, Ratenkontrolle) hat die Nachricht mit 4.7.1 zurückgestellt.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>Der sendenden IP fehlt ein passender PTR-Eintrag, und der Empfänger stellt zurück, bis er den Client verifizieren kann.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>Der eigene ausgehende Filter oder das Gateway des Absenders hat die Nachricht zurückgehalten, zum Beispiel als mutmaßlichen Spam oder wegen Überschreitung eines Versandlimits.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Suchen Sie im Mail-Log nach der echten Antwort, die 4.7.1 enthielt.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Prüfen Sie, ob der PTR-Name der sendenden IP wieder auf dieselbe IP auflöst.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Sehen Sie in der deferred-Warteschlange nach, ob Ihr eigenes Gateway oder der Empfänger die Nachricht zurückgestellt hat.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Was auch immer die echte Antwort war, eine Zurückstellung der Art 4.7.1 ist vorübergehend: Versuchen Sie es später in zunehmenden Abständen erneut. Hält dieselbe Ablehnung länger als einen Tag an, behandeln Sie sie als Sperre und beheben Sie die Ursache, statt zu warten, bis die Nachricht in der Warteschlange abläuft.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Syntaxfehler, Befehl nicht erkannt</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>Der Server konnte mit der empfangenen Zeile nichts anfangen: Das Befehlswort ist unbekannt oder die Zeile verstümmelt. RFC 5321 erlaubt 500 auch für eine zu lange Befehlszeile, und RFC 4954 verwendet 500 5.5.6, wenn eine AUTH-Antwort den Puffer des Servers überläuft. Nur dieser Befehl scheitert; die Sitzung bleibt normalerweise offen.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Direkt nachdem der Client eine Zeile gesendet hat, an jeder Stelle der Sitzung. Typische Fälle: Ein Server, der nur HELO kennt, antwortet auf EHLO, ein Client spricht auf dem Port das falsche Protokoll (ein TLS-Handshake an einen Klartext-Port, eine HTTP-Anfrage) oder ein Tippfehler bei einem manuellen Test mit telnet. Sendmail antwortet mit 500 5.5.1 Command unrecognized und Microsoft Exchange mit 500 5.3.3 Unrecognized command; Postfix und Gmail verwenden für unbekannte Befehlswörter stattdessen 502.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>Wer den Client betreibt, behebt den Fehler (der Admin des Absenders oder der Anwendungsentwickler): den Befehl korrigieren, den richtigen Port und TLS-Modus verwenden, auf HELO ausweichen, wenn EHLO eine 500 erhält, und Befehlszeilen innerhalb von 512 Oktetten halten. Schreibt eine Firewall den SMTP-Verkehr um, schaltet der Netzwerk-Admin auf dieser Seite ihre SMTP/ESMTP-Inspection ab oder lockert sie. Der empfangende Server braucht keine Änderung, es sei denn, er sollte den Befehl tatsächlich unterstützen.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Ein falsch geschriebener Befehl oder etwas, das gar kein SMTP-Befehl ist, häufig in von Hand getippten telnet- oder nc-Sitzungen.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>Der Client spricht auf dem Port das falsche Protokoll: ein TLS-ClientHello an einen Klartext-SMTP-Port oder eine HTTP-Anfrage von einem falsch konfigurierten Monitoring oder Proxy.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Ein sehr alter oder minimaler Server kennt EHLO nicht und erwartet, dass der Client auf HELO ausweicht.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Eine Firewall mit SMTP-Inspection (die ESMTP-Inspection der Cisco ASA ist der klassische Fall) ersetzt Befehle, die sie nicht zulässt, durch Folgen von X-Zeichen, die der Server dann nicht erkennen kann.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>Die Befehlszeile überschreitet, was der Server annimmt (RFC 5321 garantiert nur 512 Oktette einschließlich CRLF), oder eine AUTH-Antwort ist länger als der SASL-Puffer des Servers.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Spielen Sie den Dialog von Hand nach und lesen Sie die Antwort auf jede Zeile; eine 500 direkt nach EHLO bedeutet, dass der Server nur HELO spricht.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Erwartet der Port TLS ab dem ersten Byte (465), testen Sie ihn auch so, statt Klartext an ihn zu senden.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Suchen Sie im Banner und in der EHLO-Antwort nach Sternchen oder X-Zeichen, einem Zeichen dafür, dass die SMTP-Inspection einer Firewall im Pfad sitzt.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Suchen Sie auf einem Postfix-Client den abgelehnten Befehl im Log; Postfix protokolliert die Antwort der Gegenstelle und den Befehl, auf den sie sich bezog.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Senden Sie dieselbe Zeile nicht unverändert erneut. Die Sitzung ist meist noch nutzbar: Senden Sie nach einer 500 auf EHLO ein HELO; korrigieren Sie nach jeder anderen 500 den Befehl, oder senden Sie QUIT und reparieren Sie den Client vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Syntaxfehler in Parametern oder Argumenten</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>Der Server kennt den Befehl, lehnt aber sein Argument ab: eine fehlerhafte Envelope-Adresse, ein ungültiger HELO/EHLO-Name, ein falsch aufgebauter ESMTP-Parameter oder AUTH-Daten, die kein gültiges base64 sind. Der Befehl wird in dieser Form abgelehnt, und der Server bleibt im bisherigen Zustand, sodass in derselben Sitzung ein korrigierter Befehl folgen kann.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Meist bei EHLO, MAIL FROM oder RCPT TO, manchmal mitten in AUTH. Postfix sendet bei fehlerhafter Absenderadresse 501 5.1.7 Bad sender address syntax, bei fehlerhafter Empfängeradresse 501 5.1.3 Bad recipient address syntax; Exim sendet 501 Syntactically invalid HELO argument(s). Server nach RFC 4954 antworten mit 501, wenn der Client AUTH mit einem einzelnen Sternchen abbricht oder nicht dekodierbares base64 sendet, und RFC 3207 schreibt 501 für STARTTLS mit einem beliebigen Parameter vor.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Die sendende Seite behebt den Fehler. Der Absender korrigiert eine vertippte oder fehlerhafte Adresse; der Admin des Absenders gibt dem MTA einen korrekten, voll qualifizierten HELO-Namen und prüft jedes Skript und jede Anwendung, die Envelope-Befehle oder AUTH-Strings selbst zusammenbaut. Stammen Adressen aus einem Webformular oder einer Datenbank, validieren Sie sie, bevor sie bei SMTP ankommen.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Eine Envelope-Adresse mit fehlerhafter Syntax: fehlende spitze Klammern, eingebettete Leerzeichen, ein Punkt am Ende, Sonderzeichen ohne Anführungszeichen oder zwei Adressen in einem Befehl.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Ein leeres oder fehlerhaftes HELO/EHLO-Argument, etwa eine nackte IP-Adresse ohne eckige Klammern oder ein Hostname mit Unterstrichen.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>AUTH-Daten, die kein gültiges base64 sind, meist von einem Skript, das den PLAIN-String von Hand zusammensetzt.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>Der Client hat den Authentifizierungsaustausch mit einem einzelnen Sternchen abgebrochen, was RFC 4954 mit 501 beantwortet.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Ein ESMTP-Parameter mit ungültigem Wert, zum Beispiel ein nicht numerisches SIZE= oder ein fehlerhaftes NOTIFY= oder ORCPT=.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Senden Sie denselben Envelope mit swaks und notieren Sie, welcher Befehl die 501 auslöst.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Prüfen Sie den Namen, den Ihr Postfix-MTA in HELO/EHLO ankündigt; er sollte ein voll qualifizierter Hostname oder ein Adressliteral in eckigen Klammern sein.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Dekodieren Sie den AUTH-PLAIN-String, den der Client sendet, und prüfen Sie, ob er Autorisierungs-ID, NUL, Benutzer, NUL, Passwort enthält.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Suchen Sie die abgelehnte Zeile im Log des sendenden Servers, um das genaue gesendete Argument zu sehen.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Versuchen Sie weder den Befehl noch die Nachricht unverändert erneut: Dasselbe Argument wird wieder abgelehnt. Korrigieren Sie Adresse, HELO-Namen, Parameter oder AUTH-Daten; innerhalb der Sitzung darf der Client den korrigierten Befehl sofort senden.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Die eingehenden Server von Gmail lehnen ein HELO oder EHLO ab, dessen Argument leer ist oder weder ein gültiger Hostname noch ein Adressliteral ist, noch bevor Mail ausgetauscht wird.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Befehl nicht implementiert</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>Der Server erkennt den Befehl, implementiert ihn aber nicht oder hat ihn abgeschaltet. RFC 5321 4.2.4 reserviert 502 für bekannte, aber nicht implementierte Befehle und 500 für unbekannte, dennoch beantworten mehrere Server, darunter Postfix und Gmail, auch unbekannte Befehlswörter mit 502.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>Als Antwort auf optionale Befehle: VRFY oder EXPN auf Servern, die sie abschalten (Postfix mit disable_vrfy_command = yes antwortet 502 5.5.1 VRFY command is disabled), ETRN oder TURN oder EHLO auf einem Server, der nur HELO spricht. Gmail antwortet auf alles, was es nicht kennt, mit 502 5.5.1 Unrecognized command, Postfix mit 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Korrigiert werden muss der Client: Er sollte nur Befehle verwenden, die der Server in seiner EHLO-Antwort angekündigt hat, auf HELO ausweichen, wenn EHLO abgelehnt wird, und sich nicht mehr auf VRFY oder EXPN verlassen, um Adressen zu prüfen. Der Admin der empfangenden Seite handelt nur, wenn der Befehl angeboten werden sollte, zum Beispiel indem er ETRN für einen Kunden aktiviert, dessen Mail dort in der Warteschlange liegt.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>VRFY oder EXPN ist per Richtlinie abgeschaltet, um das Sammeln von Adressen zu verhindern.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>Der Client verwendet eine Erweiterung, die der Server nach EHLO nie angekündigt hat, etwa ETRN, TURN, BDAT ohne CHUNKING oder AUTH auf einem Server ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Ein Server, der nur HELO kennt, lehnt EHLO ab, und der Client weicht nicht aus.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Ein Tippfehler oder unbekanntes Befehlswort, gesendet an Postfix oder Gmail, die nicht erkannte Befehle mit 502 statt 500 melden.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Listen Sie auf, was der Server nach EHLO tatsächlich ankündigt, und vergleichen Sie es mit dem fehlgeschlagenen Befehl.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>Prüfen Sie auf Ihrem eigenen Postfix-Server, ob VRFY abgeschaltet wurde.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Prüfen Sie die Client-Konfiguration auf Funktionen, die unabhängig von der EHLO-Antwort erzwungen werden, etwa ein geplantes ETRN oder AUTH auf Port 25.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Wiederholen Sie den Befehl weder in dieser noch in späteren Sitzungen; er scheitert weiterhin. Machen Sie ohne ihn weiter (HELO statt EHLO, kein VRFY) oder ändern Sie den Client.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail gibt für einen Befehl, den es überhaupt nicht kennt, 502 statt 500 zurück; eine 502 von Gmail deutet daher meist auf einen Tippfehler oder einen Nicht-SMTP-Client hin, nicht auf eine abgeschaltete Funktion.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Falsche Befehlsreihenfolge</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>Der Befehl ist gültig, kam aber an der falschen Stelle der Sitzung: RCPT vor MAIL, DATA vor einem angenommenen RCPT, MAIL vor HELO/EHLO, ein zweites MAIL innerhalb einer Transaktion oder AUTH nach einer erfolgreichen Anmeldung. Der Server lehnt ihn ab und bleibt in seinem aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Meist bei RCPT TO oder DATA. In Bounces verdeckt sie oft das eigentliche Problem: Ein Client mit Pipelining sendet DATA, obwohl jedes RCPT abgelehnt wurde, sodass die letzte protokollierte Antwort 503 lautet (Postfix: 503 5.5.1 Error: need RCPT command; Exim zitiert den früheren RCPT-Fehler in seiner 503). Sie beantwortet außerdem AUTH, wenn keine Authentifizierung angeboten wird (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Sehen Sie sich zuerst die Antwort vor der 503 an. Wurden Empfänger abgelehnt, beheben Sie diese Ursache (Adresse, Relay-Berechtigung, Richtlinie), und die 503 verschwindet von selbst. Ist die Reihenfolge tatsächlich falsch, muss die Client-Software oder das Skript korrigiert werden: zuerst EHLO, nach STARTTLS erneut EHLO, AUTH einmal und nur, wo es angekündigt ist, dann MAIL, RCPT und DATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Jedes RCPT TO wurde abgelehnt (unbekannter Benutzer, Relay verweigert), und der Client mit Pipelining hat trotzdem DATA gesendet, sodass die 503 die frühere 5xx verdeckt.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>Der Client hat nach STARTTLS nicht erneut EHLO gesendet; STARTTLS setzt die Sitzung in ihren Anfangszustand zurück.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH wurde an einen Port oder Server gesendet, auf dem keine Authentifizierung aktiviert ist, oder ein zweites Mal, nachdem sie bereits erfolgreich war.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Ein selbst gebauter Client oder ein Skript sendet RCPT vor MAIL oder beginnt ein zweites MAIL ohne RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Lesen Sie den ganzen Mitschnitt oder Bounce, nicht nur die letzte Zeile; suchen Sie die Antworten auf RCPT TO, die vor der 503 kamen.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Führen Sie dieselbe Transaktion Schritt für Schritt über STARTTLS durch und beobachten Sie, wo der Server widerspricht.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Beantwortet die 503 ein AUTH, prüfen Sie, ob für diesen Postfix-Listener überhaupt Authentifizierung aktiviert ist; meist ist sie nur für Submission eingeschaltet.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Dieselbe Reihenfolge noch einmal abzuspielen ergibt dieselbe 503. Beheben Sie zuerst den Client oder die frühere Ablehnung; innerhalb der Sitzung kann der Client weiterhin den richtigen Befehl senden oder mit RSET die Transaktion neu beginnen.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail lehnt MAIL, AUTH oder STARTTLS ab, die vor einem Begrüßungsbefehl gesendet werden, zum Beispiel bei einem Client, der STARTTLS direkt nach dem Verbindungsaufbau sendet.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Befehlsparameter nicht implementiert</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>Der Befehl ist bekannt, aber der Server unterstützt den damit übergebenen Parameterwert nicht. In der Praxis ist er die Antwort auf AUTH mit einem Mechanismus, den der Server nicht anbietet (RFC 4954 kombiniert ihn dort mit 5.5.4), und Postfix verwendet ihn außerdem, um HELO-Namen und Envelope-Adressen abzulehnen, die nicht voll qualifiziert sind.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>Bei AUTH, wenn ein Client auf einem Mechanismus wie CRAM-MD5, NTLM oder XOAUTH2 besteht, der dem Server fehlt: Gmail und Microsoft Exchange antworten mit 504 5.7.4 Unrecognized authentication type (unbekannter Authentifizierungstyp). Bei HELO, MAIL FROM oder RCPT TO auf Postfix-Servern mit reject_non_fqdn_helo_hostname oder den entsprechenden Restriktionen für Absender und Empfänger: 504 5.5.2 mit Helo command rejected: need fully-qualified hostname oder need fully-qualified address. Postfix mit smtpd_tls_auth_only beantwortet AUTH vor STARTTLS mit 504 5.5.4.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>Bei AUTH wählt der Benutzer oder der Admin des Clients einen Mechanismus, den der Server ankündigt (PLAIN oder LOGIN über TLS ist die übliche Wahl), und sorgt dafür, dass STARTTLS zuerst kommt. Bei Ablehnungen von HELO oder Adressen setzt der Admin der sendenden Seite einen voll qualifizierten HELO-Namen (myhostname bei Postfix) und sorgt dafür, dass Anwendungen vollständige Adressen wie user@example.com verwenden. Der Admin der empfangenden Seite lockert eine Restriktion nur, wenn sie für einen bekannten Partner zu streng ist.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>Der Client erzwingt einen AUTH-Mechanismus, der in der EHLO-Antwort des Servers fehlt, zum Beispiel CRAM-MD5 oder NTLM gegenüber einem Server, der nur PLAIN und LOGIN anbietet.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH wird vor STARTTLS an einen Server gesendet, der Authentifizierung nur über TLS erlaubt und das mit 504 statt 538 meldet.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>Der sendende MTA kündigt einen kurzen, nicht qualifizierten HELO-Namen wie mailhost an, und der Empfänger verwendet reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>Dem Envelope-Absender oder -Empfänger fehlt eine voll qualifizierte Domain (nach dem Muster user@localhost), und der Empfänger verlangt eine.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Ein ausgemusterter Mechanismus wie Googles altes XOAUTH wird vom Provider nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Öffnen Sie eine STARTTLS-Sitzung, geben Sie EHLO test.example.com ein und lesen Sie die Zeile 250-AUTH, um zu sehen, welche Mechanismen angeboten werden.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Prüfen Sie den HELO-Namen, den Ihr Postfix-Server sendet; er muss voll qualifiziert sein.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Stellen Sie sicher, dass sich dieser Name im DNS auflösen lässt.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>Sehen Sie auf dem empfangenden Postfix-Server nach, welche Restriktionen für nicht voll qualifizierte Namen (non-FQDN) aktiv sind und welchen Code sie verwenden.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Versuchen Sie es nicht erneut mit demselben Mechanismus, HELO-Namen oder derselben Adresse; die Ablehnung ist dauerhaft. Nach einem fehlgeschlagenen AUTH darf der Client in derselben Sitzung einen anderen angekündigten Mechanismus versuchen, wie RFC 4954 es erlaubt.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Der Submission-Dienst von Gmail antwortet so, wenn der Client einen SASL-Mechanismus verlangt, den Gmail nicht anbietet; es geht um den Namen des Mechanismus, nicht um das Passwort.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Kein RFC definiert 510 als SMTP-Antwortcode. Listen von „SMTP-Fehlern“ nennen ihn „ungültige E-Mail-Adresse“, und in der Praxis ist die Zahl fast immer der erweiterte Statuscode 5.1.0 (Other address status, RFC 3463) ohne seine Punkte. Die echte Antwort war höchstwahrscheinlich 550 5.1.0 oder 553 5.1.0: ein Adressproblem, das der Server nicht weiter eingegrenzt hat.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>In verkürzten Bounce-Zusammenfassungen: ESP-Dashboards, Ticketsysteme, Webmail-Hinweise und Forenbeiträge, die „Fehler 510“ für eine Zeile wie &quot;550 5.1.0 Sender denied&quot; schreiben. Exchange Online zum Beispiel verwendet 5.1.0 für einen abgelehnten Absender und für Empfänger, die es nicht auflösen konnte. Eine echte 510 auf der Leitung ist selten und kommt nur von nicht konformer Software.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>Der Absender (oder wer den Bounce liest) besorgt sich zuerst die vollständige Antwortzeile aus dem Bounce oder dem Mail-Log, denn 5.1.0 sagt nicht, ob die Adresse des Absenders oder die des Empfängers abgelehnt wurde. Prüfen Sie beide Adressen auf Tippfehler und verirrte Zeichen. Stammt die Antwort von Exchange Online und nennt sie den Absender, lassen Sie den Absender eine neue Nachricht schreiben, statt auf eine gespeicherte oder offline geöffnete Kopie zu antworten. Sagt die Zeile etwas ganz anderes, schlagen Sie ihren echten dreistelligen Code nach.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Eine Bounce-Zusammenfassung oder ein Dashboard hat den erweiterten Code 5.1.0 ohne Punkte ausgegeben.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>Der empfangende Server hat eine Adresse abgelehnt, aber nur den allgemeinen Bereich „Adressstatus“ (5.1.0) gemeldet statt 5.1.1 oder 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online hat mit 5.1.0 Sender denied (Absender abgelehnt) geantwortet, typischerweise nachdem jemand auf eine Nachricht geantwortet hat, die als Datei gespeichert und offline geöffnet worden war.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Eine interne Legacy-Exchange-Adresse (legacyExchangeDN) konnte nicht nachgeschlagen werden, daher konnte Exchange den Empfänger nicht auflösen.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Suchen Sie in Ihrem eigenen Mail-Log die vollständige Antwortzeile zur fehlgeschlagenen Adresse; der echte Basiscode sind die ersten drei Ziffern, danach folgt der erweiterte Code.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>Lesen Sie in der Bounce-Nachricht die Felder Status: und Diagnostic-Code: im Zustellstatus-Teil (delivery-status) statt der freundlichen Zusammenfassung oben.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Prüfen Sie, ob sowohl die Domain des Envelope-Absenders als auch die Empfängerdomain im DNS existieren.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Ein sendender MTA, der jemals eine echte 510 erhält, muss sie nach ihrer ersten Ziffer beurteilen (RFC 5321 4.2): ein dauerhafter Fehler, also die Nachricht als unzustellbar zurückschicken, statt sie in die Warteschlange zu stellen. Senden Sie erst erneut, nachdem die Adresse korrigiert wurde.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>benutzer unbekannt</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>ungültiger empfänger</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>adresse existiert nicht</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 ist in keinem RFC ein SMTP-Antwortcode. Wenn jemand „Fehler 511, ungültige E-Mail-Adresse“ meldet, meint er fast immer den erweiterten Code 5.1.1, Bad destination mailbox address: Der Server des Empfängers sagt, dass das Postfach nicht existiert. Auf der Leitung kommt das als 550 5.1.1 an (gelegentlich 553 oder 554 mit 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>In Bounce-Statistiken, CRM- und Newsletter-Werkzeugen und zusammenkopierten Fehlerlisten, in denen &quot;550 5.1.1 ... User unknown&quot; zu 511 verkürzt wird. Die zugrunde liegende Antwort kommt auf RCPT TO oder später in einem Bounce, wenn der empfangende Server Empfänger erst nach der Annahme der Nachricht prüft.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>Der Absender prüft die Empfängeradresse Buchstabe für Buchstabe (vertauschte Buchstaben, ein fehlender Punkt, eine falsche Länderdomain, die Adresse eines ehemaligen Mitarbeiters) und bestätigt sie mit dem Empfänger per Telefon oder auf einem anderen Weg. Listenbetreiber entfernen die Adresse nach einem bestätigten 5.1.1, statt es erneut zu versuchen. Betreiben Sie den empfangenden Server und existiert der Benutzer doch, prüfen Sie die Alias-, virtual- und Verzeichnisabfragen, die der Server beim RCPT konsultiert.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Ein Tippfehler im Local Part der Adresse, dem Teil vor dem @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>Das Konto wurde gelöscht oder umbenannt, zum Beispiel nachdem ein Mitarbeiter gegangen ist oder ein Unternehmen sein Adressformat geändert hat.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Eine alte Adresse aus einem Adressbuch oder Autovervollständigungs-Cache, die nicht mehr zum Verzeichnis passt.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>Auf der empfangenden Seite ein Benutzer, der im Postfachspeicher existiert, aber in der Alias- oder Empfängertabelle fehlt, die der SMTP-Server prüft.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Testen Sie den Empfänger, ohne eine Nachricht zu senden: Die Antwort auf RCPT TO zeigt, ob der Server das Postfach kennt (viele große Provider verraten das nicht).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>Sehen Sie auf Ihrem eigenen Postfix-Server nach, welche Tabelle für die Adresse geantwortet hat und welche Antwort sie gab.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Wenn Sie Exim betreiben, fragen Sie es, wie es die Adresse routen würde; ein Ergebnis „unrouteable“ bedeutet, dass die 5.1.1 korrekt ist.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Nichts sollte eine nackte 511 erneut versuchen; lesen Sie sie nach ihrer ersten Ziffer als dauerhaften Fehler. Bei der echten 550 5.1.1 dahinter senden Sie nicht mehr an diese Adresse, bis ein Mensch eine korrigierte bestätigt.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>Host für die Domain des Empfängers im DNS nicht gefunden</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Kein RFC vergibt 512. Fehlerlisten verwenden ihn für „die Domain des Empfängers wurde nicht gefunden“, also den erweiterten Code 5.1.2, Bad destination system address (RFC 3463): Der Teil nach dem @ existiert nicht oder kann keine Mail empfangen. Die echte Antwort ist meist 550 5.1.2 oder 553 5.1.2 oder ein Bounce, den der eigene Server des Absenders nach einer fehlgeschlagenen DNS-Abfrage geschrieben hat.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Oft ohne Beteiligung eines entfernten Servers: Der sendende MTA fragt MX- und Adresseinträge für die Domain ab, erhält NXDOMAIN und schickt die Nachricht selbst als unzustellbar zurück. Sendmail schreibt das als 550 5.1.2 mit &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix meldet &quot;Host or domain name not found&quot; und ordnet es unter 5.4.4 ein. Gmail beantwortet eine Submission an eine nicht existierende Domain mit 553 5.1.2.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>Der Absender prüft die Schreibweise der Domain (hotmial, gmial, eine fehlende Länderendung, .con statt .com). Stimmt die Domain, muss der Admin des Domaininhabers das DNS reparieren: Die Domain ist womöglich abgelaufen oder hat ihre Delegation verloren. Scheitern viele Domains gleichzeitig, prüft der Admin des Absenders den eigenen Resolver des sendenden Servers, denn ein defekter lokaler Resolver lässt jede Abfrage wie eine fehlende Domain aussehen.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>Die Empfängerdomain ist falsch geschrieben, und der falsch geschriebene Name ist nicht registriert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>Die Registrierung der Empfängerdomain ist abgelaufen, oder ihre Nameserver antworten nicht mehr.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>Der Resolver des sendenden Servers ist defekt, von einer Firewall blockiert oder antwortet aus einem veralteten Cache.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Ein nur intern gültiger Name (eine .local- oder Split-Horizon-Domain) wurde als Mailadresse außerhalb des Netzes verwendet, in dem er sich auflösen lässt.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Fragen Sie im DNS die Mail-Exchanger der Domain ab; NXDOMAIN in der vollständigen Antwort bedeutet, dass die Domain nicht existiert.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Lösen Sie den Namen von den Root-Servern abwärts auf, an Ihrem eigenen Resolver vorbei, um einen lokalen DNS-Fehler auszuschließen.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Suchen Sie im Log des sendenden Servers nach dem lokal erzeugten Bounce.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Behandeln Sie eine nackte 512 nach ihrer ersten Ziffer als dauerhaft. Ein sendender MTA sollte bei einem autoritativen NXDOMAIN die Nachricht als unzustellbar zurückschicken, bei DNS-Timeouts oder SERVFAIL aber weiter erneut versuchen (vorübergehend), denn diese sagen nichts darüber aus, ob die Domain existiert.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>Adresstyp ist falsch</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>ungültiges adressformat</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 ist in keinem RFC definiert. Listen umschreiben ihn als „Adresstyp ist falsch“, und er steht für den erweiterten Code 5.1.3, Bad destination mailbox address syntax (Syntax der Zielpostfachadresse fehlerhaft, RFC 3463): Die Empfängeradresse ist überhaupt keine gültige Adresse, im Gegensatz zu einer gültigen Adresse, die nicht existiert. Echte Server senden ihn als 501 5.1.3 oder 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Wenn das Argument von RCPT TO fehlerhaft ist: Postfix antwortet mit 501 5.1.3 Bad recipient address syntax, und Gmail antwortet mit 553 5.1.3 und dem Hinweis, die Empfängeradresse sei keine gültige Adresse nach RFC 5321. Das tritt bei Webformularen und Skripten auf, die Adressen aus Benutzereingaben zusammensetzen, und bei Adressen, die mit unsichtbaren Zeichen aus Dokumenten kopiert wurden.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>Der Absender oder die Anwendung, die die Nachricht erstellt hat, bereinigt die Adresse: ein @, keine Leerzeichen, kein Anzeigename und keine Anführungszeichen innerhalb der spitzen Klammern, kein Punkt am Ende, keine typografischen Anführungszeichen oder Zeichen ohne Breite, die aus einer Textverarbeitung eingefügt wurden. Entwickler validieren und trimmen Adressen, bevor sie sie an die Mail-Bibliothek übergeben, und geben an RCPT TO nur die nackte Adresse weiter.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Leerzeichen, Kommas oder Semikolons in der Adresse, oft aus einer Liste, die in ein einzelnes Feld eingefügt wurde.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Anzeigename und Adresse wurden zusammen als Envelope-Empfänger übergeben statt der nackten Adresse.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Unsichtbare oder typografische Zeichen (geschütztes Leerzeichen, geschwungene Anführungszeichen), kopiert aus einem Dokument oder einer Tabelle.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Nicht-ASCII-Zeichen in der Adresse, gesendet an einen Server, der SMTPUTF8 nicht angeboten hat.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Lassen Sie sich verborgene Zeichen in der Adresse anzeigen, so wie die Anwendung sie gespeichert hat.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Spielen Sie den Empfänger von Hand nach und lesen Sie die Antwort des Servers auf RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Suchen Sie unter Postfix die genaue Zeichenfolge, die der Client gesendet hat; das Log zitiert sie in der reject-Zeile.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Kein erneuter Versuch: Eine fehlerhafte Adresse scheitert jedes Mal gleich. Behandeln Sie eine echte 513 nach ihrer ersten Ziffer als dauerhaften Fehler und schicken Sie die Nachricht zurück, damit die Adresse korrigiert werden kann.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Bitte die korrekte QHLO-ID verwenden</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Kein Standardcode. Der Text stammt aus dem Internet-Draft zur SMTP-Erweiterung QUICKSTART (draft-fanf-smtp-quickstart, 2007), der einen Befehl QHLO vorschlug, um zu Beginn einer Submission-Sitzung Round-Trips zu sparen. Der Draft ist abgelaufen, ohne RFC zu werden, und kein verbreiteter Server sendet bekanntermaßen 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Im echten Mailverkehr praktisch nie. Er steht in Listen von Antwortcodes, die im Web herumkopiert werden, und könnte nur von einem experimentellen Server stammen, der den QUICKSTART-Draft implementiert, als Antwort auf QHLO. Sendet ein gewöhnlicher Server 520, verwendet er die Zahl für einen eigenen Zweck, und nur sein Antworttext gibt Aufschluss.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>Die Client-Software muss handeln: QHLO oder einen Quickstart-Modus nicht mehr verwenden und die Sitzung mit einem normalen EHLO eröffnen. Stammt der Code von einem Herstellerprodukt, lesen Sie dessen Dokumentation oder fragen Sie den Admin des Servers, was der Text bedeutet.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Ein experimenteller oder Testserver, der den abgelaufenen QUICKSTART-Draft implementiert, hat die mit QHLO übergebene Kennung abgelehnt.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Proprietäre Software hat 520 für eine eigene Bedeutung wiederverwendet, die mit dem Draft nichts zu tun hat; der Antworttext erklärt sie.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>Die Zahl wurde aus einer Logzeile falsch abgelesen oder aus einer Online-Liste kopiert und stammte nie von einem Server.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Besorgen Sie sich aus dem Log der sendenden Seite den vollständigen Antworttext und den Befehl, auf den er sich bezog; ohne diese bedeutet 520 nichts Bestimmtes.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Prüfen Sie, ob der Server in seiner EHLO-Antwort ein nicht standardisiertes Erweiterungsschlüsselwort ankündigt.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Versuchen Sie denselben Befehl nicht erneut. Verbinden Sie sich neu mit der standardmäßigen EHLO-Abfolge; antwortet der Server auch auf gewöhnliche Befehle mit 520, behandeln Sie das als dauerhaften Fehler und wenden Sie sich an den Admin der empfangenden Seite.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>Host nimmt keine Mail an</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>Der Host nimmt überhaupt keine Mail an, von niemandem. RFC 7504 (2015) hat den Code standardisiert, der zuerst im experimentellen RFC 1846 vorgeschlagen wurde, als klarere Alternative dazu, die Verbindung mit 554 zu beantworten. Ein Client, der ihn erhält, sollte diesen Host aufgeben, statt die Nachricht in die Warteschlange zu stellen und es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Meist als Begrüßung statt 220, von einer Maschine, die aus anderen Gründen existiert (ein Webserver, ein reines Ausgangs-Relay) und klar sagen will, dass sie keine Mail annimmt; anschließend wird die Verbindung geschlossen, oder weitere Befehle werden abgelehnt. Auch Postfix sendet ihn in der Praxis: postscreen trennt Clients, die vor der Begrüßung senden oder das Protokoll verletzen, mit 521 5.5.1 Protocol error.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>Der Absender sollte aufhören, an diesen Host oder diese Domain zu senden, und die Adresse auf einem anderen Weg mit dem Empfänger klären. Soll die Domain Mail empfangen, korrigiert der Admin des Empfängers ihre MX-Einträge oder ihren Mailserver. Kam die 521 von postscreen, korrigiert der Admin des Absenders das Protokollverhalten des Clients (auf die Begrüßung warten, kein Pipelining, sofern nicht angekündigt), denn der Client hat die Trennung ausgelöst.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>Der MX der Domain oder, wenn kein MX existiert, ihr A-Eintrag zeigt auf eine Maschine, auf der absichtlich kein Maildienst läuft.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>Der Client hat ein reines Ausgangs-Relay oder einen Webserver erreicht, oft durch veraltete oder falsche DNS-Einträge.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix postscreen hat den Client wegen eines Protokollverstoßes getrennt, etwa weil er vor der Begrüßung sendete, nicht angekündigtes Pipelining nutzte oder nackte Zeilenumbrüche (bare newlines) schickte.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>Die Empfängerdomain empfängt keine Mail mehr und hat einen 521-Responder hinterlassen.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Prüfen Sie, wohin Mail für die Domain gehen sollte; ein Null-MX (0 .) bedeutet, dass die Domain überhaupt keine Mail empfängt.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Verbinden Sie sich mit dem Host und lesen Sie die Begrüßungszeile.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Suchen Sie auf einem Postfix-Client die Ablehnung im Log; ein 521 5.5.1 Protocol error deutet auf postscreen-Tests auf der Gegenseite hin.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Sendet postscreen auf Ihrem eigenen Server diesen Code, prüfen Sie die Aktionen für die Tests pregreet und bare newline.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>Stellen Sie die Nachricht nicht für einen weiteren Versuch bei diesem Host in die Warteschlange: Die Ablehnung ist als dauerhaft gemeint. Schicken Sie sie mit dem 521-Text als unzustellbar an den Absender zurück, damit die Adresse geprüft werden kann.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Nur in der Registry: Kein RFC definiert 523 als Antwort, aber die IANA-Registry der erweiterten Statuscodes führt ihn als Basiscode für X.7.10 Encryption Needed, registriert durch RFC 5248. Er besagt, dass die angeforderte Authentifizierung zuerst eine Verschlüsselungsschicht braucht; der Client sollte TLS starten (oder einen stärkeren Mechanismus wählen) und sich erneut authentifizieren.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>Als Antwort auf AUTH über eine unverschlüsselte Verbindung. Die Go-Bibliothek go-smtp, die Server wie maddy verwenden, antwortet 523 5.7.10 TLS is required, wenn ein Client sich vor STARTTLS zu authentifizieren versucht. Die meiste andere Software meldet dieselbe Situation mit 530, 538 oder 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>Der Benutzer oder die Client-Software behebt es: STARTTLS auf Port 587 oder implizites TLS auf Port 465 aktivieren, bevor authentifiziert wird. Ist TLS aktiviert und scheitert trotzdem, sucht der Admin des Clients nach einer Firewall oder einem Antivirenprodukt, das STARTTLS entfernt. Der Admin des Servers sollte Klartext-Anmeldungen nicht zulassen, nur damit der Fehler verschwindet.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>Die Sicherheitseinstellung des Mailprogramms steht auf „Keine“ oder „STARTTLS, wenn verfügbar“, daher sendet es AUTH im Klartext.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>Das STARTTLS-Upgrade ist gescheitert oder wurde von einer Middlebox entfernt, und der Client hat unverschlüsselt weitergemacht.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>Der Client verwendet ein Klartext-Passwortverfahren wie PLAIN oder LOGIN, wo der Server auf einer Verschlüsselungsschicht besteht.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Authentifizieren Sie sich über STARTTLS, um zu bestätigen, dass das Konto funktioniert, sobald die Verbindung verschlüsselt ist; swaks fragt nach dem Passwort.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Prüfen Sie, ob STARTTLS angeboten wird und der Handshake aus dem Netz des Clients heraus abgeschlossen wird.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>Stellen Sie in den Kontoeinstellungen des Clients die Sicherheit auf STARTTLS für Port 587 oder SSL/TLS für Port 465, niemals auf „Keine“.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>Wiederholen Sie AUTH nicht auf der Klartextverbindung. Senden Sie STARTTLS, dann erneut EHLO, und authentifizieren Sie sich anschließend; sobald TLS aktiv ist, sollte der erneute Versuch gelingen.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Keine Basisdefinition (zugeordnet zu X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Code nur aus der Registry, ohne eigene Definition. Die IANA-Registry nennt 524 neben 538 als Basiscode für X.7.11 Encryption required for requested authentication mechanism (Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich), aber RFC 4954, das X.7.11 definiert, verwendet ausschließlich 538. Lesen Sie eine 524 so: Dieser AUTH-Mechanismus darf nur über eine verschlüsselte Verbindung verwendet werden.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Sehr selten, als Antwort auf AUTH über eine Klartextverbindung, von Software, die sich nach der IANA-Tabelle statt nach RFC 4954 richtet. Die meisten Server senden für denselben Zustand 538 5.7.11 oder eine 530.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>Die Client-Seite behebt es: STARTTLS oder implizites TLS vor der Authentifizierung einschalten. Bietet dieser Listener überhaupt kein TLS, muss der Admin des Servers ein Zertifikat installieren oder die Benutzer auf einen Submission-Port verweisen, der eines hat.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>Der Client hat AUTH vor STARTTLS versucht, und der Server beschränkt diesen Mechanismus auf verschlüsselte Sitzungen.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>Die Server-Software hat 524 für ihre Antwort „Verschlüsselung erforderlich“ aus der IANA-Tabelle übernommen, wo die meisten Implementierungen 538 verwenden.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>Auf dem Listener, den der Client verwendet, ist kein TLS konfiguriert, daher kann der Mechanismus dort nie verwendet werden.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Lesen Sie die vollständige Antwort und ihren erweiterten Code; 5.7.11 bestätigt, dass Verschlüsselung die Anforderung ist.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Testen Sie dasselbe Konto nach STARTTLS mit einem anderen Mechanismus.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Prüfen Sie, ob der Client eine Option wie „TLS erforderlich“ oder „Immer STARTTLS“ hat und ob sie eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Erneute Versuche im Klartext sind sinnlos. Wiederholen Sie AUTH erst, nachdem STARTTLS gelungen ist und ein neues EHLO gesendet wurde.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Code nur aus der Registry: Die IANA-Registry ordnet 525 X.7.13 User Account Disabled zu, registriert durch RFC 5248. Die Zugangsdaten waren richtig, aber das Konto wurde deaktiviert, zum Beispiel wegen Nichtzahlung, Missbrauch oder eines vermuteten Einbruchs, und es bleibt abgelehnt, bis ein Administrator es wieder aktiviert.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>Im Prinzip direkt nach einem erfolgreichen AUTH bei einem deaktivierten Konto; nur wenige Server verwenden ihn, die meisten melden ein deaktiviertes Konto stattdessen mit 535 oder 550. Gmail sendet 525 mit 5.7.10 für einen ganz anderen Protokollverstoß (Befehle per Pipelining nach STARTTLS); lesen Sie also den erweiterten Code und den Text, bevor Sie von einem deaktivierten Konto ausgehen.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>Der Kontoinhaber wendet sich an den Administrator oder Provider des sendenden Kontos, um zu erfahren, warum es deaktiviert wurde, und es wieder aktivieren zu lassen; das Passwort im Client zu ändern hilft nicht. Bei der Gmail-Variante 5.7.10 korrigiert der Admin des Absenders den Client oder MTA so, dass er auf den TLS-Handshake wartet, bevor er etwas anderes sendet.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>Der Administrator hat das Konto deaktiviert oder gesperrt (unbezahlte Rechnung, Missbrauchsmeldung, kompromittiertes Passwort).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>Das Konto wurde nach einem Sicherheitsereignis, etwa einem Schwall ausgehenden Spams, automatisch gesperrt.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Von Gmail mit 5.7.10: Der Client hat weitere Befehle direkt hinter STARTTLS gesendet, statt auf den TLS-Handshake zu warten.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Prüfen Sie den erweiterten Code in der Antwort: 5.7.13 bedeutet ein deaktiviertes Konto, bei allem anderen ist der Text maßgeblich.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Melden Sie sich mit demselben Konto im Webmail des Providers an; ein deaktiviertes Konto wird dort meist in klaren Worten erklärt.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Wiederholen Sie bei einer 525 5.7.10 die Sitzung mit einem Client, der kein Pipelining über STARTTLS hinweg betreibt, und vergleichen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Hören Sie auf, es mit diesem Konto erneut zu versuchen: Jeder Versuch scheitert, bis es wieder aktiviert ist, und wiederholte Anmeldungen können eine Sperre verlängern. Machen Sie weiter, sobald der Administrator bestätigt, dass das Konto aktiv ist.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail verwendet 525 nicht für deaktivierte Konten: Mit 5.7.10 lehnt es einen Client ab, der nach STARTTLS per Pipelining weitere Befehle gesendet hat, statt auf den TLS-Handshake zu warten. Googles eigene Fehlerliste führte denselben Text auch unter 523 5.7.10; rechnen Sie also mit beiden Basiscodes.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Authentifizierung erforderlich / Zuerst muss ein STARTTLS-Befehl gesendet werden</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>Der Server lehnt den Befehl ab, bis der Client zuerst etwas erledigt hat: sich authentifiziert (RFC 4954, gesendet als 530 5.7.0 Authentication required) oder TLS gestartet (RFC 3207, 530 Must issue a STARTTLS command first). Typischerweise beantwortet er MAIL FROM und lässt die Sitzung offen, damit der Client den fehlenden Schritt nachholen kann.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Meist bei MAIL FROM an einem Submission-Port (587) oder einem Relay, das eine Anmeldung verlangt, von Clients, die ohne Authentifizierung oder ohne STARTTLS eingerichtet sind: Drucker, Scanner, Skripte, Monitoring-Werkzeuge, Webanwendungen. Die Submission-Server von Gmail senden 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sendet 530 5.7.57 an Clients, die ohne Authentifizierung zu senden versuchen.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>Die Client-Seite behebt es: STARTTLS (oder implizites TLS auf 465) und SMTP-Authentifizierung mit den Zugangsdaten des Postfachs aktivieren und dann erneut senden. Bei Microsoft 365 muss außerdem der Admin des Mandanten authentifiziertes SMTP für dieses Postfach zulassen. Geräte, die sich nicht authentifizieren können, sollten über ein lokales Relay oder einen Connector senden, den der Provider für Submission ohne Authentifizierung anbietet.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>Die SMTP-Authentifizierung ist im Client ausgeschaltet, oder er sendet an Port 25 eines Servers, der nur für angemeldete Benutzer als Relay arbeitet.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS ist im Client ausgeschaltet, daher sendet er MAIL FROM im Klartext an einen Server, der Mail nur nach TLS annimmt.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Ein früheres AUTH ist gescheitert, und der Client hat den Fehler ignoriert, sodass MAIL FROM nicht authentifiziert ankommt.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Ein Gerät oder eine Anwendung, die für ein altes offenes Relay konfiguriert war, zeigt jetzt auf einen Server, der eine Anmeldung verlangt.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Lesen Sie die EHLO-Antwort: Steht STARTTLS darin, AUTH aber nicht, wird Authentifizierung erst nach TLS angeboten.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Führen Sie einen vollständigen Test einer authentifizierten Submission durch; swaks fragt nach dem Passwort, wenn --auth-password weggelassen wird.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Suchen Sie im eigenen Log des Clients nach einer AUTH-Antwort vor MAIL FROM; ein fehlendes oder gescheitertes AUTH erklärt die 530.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Senden Sie nicht erneut, ohne etwas zu ändern. In derselben Sitzung kann der Client wie verlangt STARTTLS oder AUTH senden und MAIL FROM wiederholen; eine Nachricht in der Warteschlange sollte erst erneut hinausgehen, wenn die Client-Konfiguration korrigiert ist.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Die Submission-Server von Gmail verlangen STARTTLS vor jeder Mail-Transaktion; ein Client, der auf Port 587 im Klartext sendet, erhält dies bei MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Der Endpunkt für Client-Submission von Exchange Online verlangt SMTP AUTH vor MAIL FROM; die Meldung erscheint auch, wenn der AUTH-Versuch gescheitert ist und der Client trotzdem weitergemacht hat.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Keine Basisdefinition (zugeordnet zu X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Code nur aus der Registry, ohne eigene Definition: Die IANA-Registry führt 533 unter den Basiscodes, die mit X.7.1 Delivery not authorized, message refused (Zustellung nicht autorisiert, Nachricht abgelehnt) verwendet werden. Behandeln Sie ihn als dauerhafte Ablehnung aus Sicherheits- oder Richtliniengründen; Einzelheiten liefern der erweiterte Code und der Antworttext.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Auf der Leitung fast nie, denn 550 5.7.1 und 554 5.7.1 decken dasselbe ab. Falls er doch auftaucht, dann von Nischen- oder Eigenbau-Software bei MAIL FROM oder RCPT TO, nachdem eine Richtlinienprüfung (Relay-Berechtigung, Absender nicht zugelassen, Blocklist) den Absender abgelehnt hat.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>Der Admin des Absenders liest den Antworttext, um die Richtlinie zu erkennen, und behebt die Ursache: vor dem Relaying authentifizieren, nur von Adressen senden, die das Konto verwenden darf, oder die sendende IP von der Liste streichen lassen (Delisting). Wirkt die Ablehnung falsch, fragen Sie den Admin des Empfängers und nennen Sie die vollständige Antwort, die Uhrzeit und die sendende IP.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Ein Eigenbau- oder ungewöhnlicher Server meldet eine Ablehnung durch Richtlinien wie „Relay verweigert“ oder „Absender nicht zulässig“ mit 533 statt 550.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>Die sendende IP oder Domain steht auf einer Blocklist, die der Empfänger abfragt.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>Der authentifizierte Benutzer hat versucht, unter einer Adresse zu senden oder an eine Domain zu relayen, für die das Konto nicht autorisiert ist.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Sichern Sie die ganze Antwort; der erweiterte Code (meist 5.7.1) und der Text sagen, welche Richtlinie gegriffen hat.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Stellen Sie sicher, dass der Envelope-Absender zum authentifizierten Konto oder zu einem seiner zulässigen Aliase passt.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Prüfen Sie die sendende IP gegen jede im Antworttext genannte Blocklist, über deren eigene Abfrageseite oder DNS-Zone.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; Ablehnungen durch Richtlinien wiederholen sich. Senden Sie erneut, nachdem die Ursache behoben ist oder der Admin des Empfängers eine Ausnahme gewährt hat.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>Authentifizierungsmechanismus ist zu schwach</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>weniger sichere apps</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>zwei-faktor-authentifizierung (2fa)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>Von RFC 4954 definiert als 534 5.7.9: Der vom Client gewählte AUTH-Mechanismus ist schwächer, als die Richtlinie des Servers für diesen Benutzer erlaubt, und der Client sollte es mit einem stärkeren erneut versuchen. Große Provider dehnen die Bedeutung auf „diese Art Passwort wird nicht akzeptiert“ aus, allen voran Gmail, das ihn sendet, wenn ein App-Passwort oder eine OAuth-Anmeldung nötig ist.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Direkt nach AUTH an einem Submission-Port. Mit der RFC-Bedeutung: ein Client, der PLAIN oder LOGIN verwendet, wo der Server für dieses Konto SCRAM, CRAM-MD5 oder GSSAPI will. In der Praxis weit häufiger: Gmail antwortet mit 534-5.7.9 Application-specific password required oder mit 534-5.7.14 und der Aufforderung, sich zuerst in einem Webbrowser anzumelden.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>Der Benutzer oder der Admin des Clients ändert, wie sich der Client authentifiziert. Bei Gmail erstellen Sie ein App-Passwort (die Bestätigung in zwei Schritten muss aktiv sein) oder stellen den Client auf OAuth 2.0 um und schließen eine ausstehende Anmeldeprüfung im Browser ab. Bei Servern mit der RFC-Bedeutung konfigurieren Sie einen Mechanismus, den der Server akzeptiert, etwa SCRAM-SHA-256 oder CRAM-MD5, oder aktualisieren die Client-Bibliothek.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>Das Konto nutzt die Bestätigung in zwei Schritten, und der Client sendet das normale Kontopasswort; Gmail will ein App-Passwort oder OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>Der Provider hat die Anmeldung als verdächtig eingestuft (neuer Ort oder neues Gerät) und verlangt eine interaktive Anmeldung im Browser, bevor SMTP wieder funktioniert.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>Der Client hat ein Klartextverfahren gewählt, während der Server für diesen Benutzer ein Challenge-Response- oder Kerberos-Verfahren verlangt.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Eine alte Client-Bibliothek kennt nur LOGIN oder PLAIN und kann den stärkeren Mechanismus, den der Server verlangt, nicht anbieten.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Lesen Sie den erweiterten Code und den Text: 5.7.9 mit „application-specific password“ bedeutet App-Passwort oder OAuth, 5.7.14 bedeutet eine ausstehende Prüfung im Browser.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Listen Sie die nach STARTTLS angebotenen Mechanismen auf, um zu sehen, was eine stärkere Wahl wäre.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Erzwingen Sie mit swaks einen bestimmten Mechanismus, um zu sehen, welche der Server für das Konto akzeptiert.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Erneute Versuche mit demselben Mechanismus und Passwort scheitern weiter und können eine Sperre auslösen. RFC 4954 erwartet, dass der Client in derselben Sitzung einen stärkeren Mechanismus versucht; andernfalls korrigieren Sie die Zugangsdaten vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail sendet dies, wenn das Konto die Bestätigung in zwei Schritten nutzt und sich der Client mit dem normalen Passwort angemeldet hat; ein App-Passwort oder OAuth 2.0 ist erforderlich, der SASL-Mechanismus selbst ist nicht das Problem.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail hat die SMTP-Anmeldung gesperrt, bis sich der Kontoinhaber über einen Browser anmeldet und eine Sicherheitsprüfung besteht.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Ungültige Authentifizierungsdaten</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>falsches passwort</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>Die Antwort von RFC 4954 auf eine fehlgeschlagene Anmeldung, gesendet als 535 5.7.8: Benutzername, Passwort oder Token wurden nicht akzeptiert. Der Client sollte den Benutzer nach neuen Zugangsdaten fragen, statt dieselben zu wiederholen.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>Am Ende des AUTH-Austauschs an einem Submission-Port, von Mailprogrammen, Skripten, Druckern und Monitoring-Werkzeugen. Postfix antwortet 535 5.7.8 Error: authentication failed (Authentifizierung fehlgeschlagen); Gmail sendet 535-5.7.8 Username and Password not accepted; Microsoft 365 verwendet 535 5.7.139 und 535 5.7.3 sowohl für falsche Passwörter als auch für Anmeldungen, die durch eine Richtlinie des Mandanten blockiert sind.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>Der Benutzer gibt das Passwort neu ein oder setzt es zurück und prüft das Format des Benutzernamens. Bei Gmail verwenden Sie ein App-Passwort oder OAuth 2.0. Bei Microsoft 365 aktiviert der Admin des Mandanten authentifiziertes SMTP für das Postfach oder stellt die Anwendung auf OAuth oder einen anderen Versandweg um. Scheitern alle Benutzer gleichzeitig, prüft der Admin des Servers das Authentifizierungs-Backend und dessen Logs.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Falsches oder abgelaufenes Passwort oder ein bloßer Benutzername (user statt user@example.com), wo der Server die vollständige Adresse erwartet.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>Der Provider akzeptiert das normale Passwort über SMTP nicht mehr: Gmail braucht ein App-Passwort oder OAuth 2.0, und in vielen Mandanten von Microsoft 365 ist SMTP AUTH oder die Standardauthentifizierung abgeschaltet.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>Sonderzeichen im Passwort werden vom Client falsch kodiert, oder ein Skript baut den AUTH-PLAIN-String falsch zusammen.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>Das Authentifizierungs-Backend des Servers (Dovecot, saslauthd, LDAP) ist defekt oder sucht den Benutzer an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Testen Sie dieselben Zugangsdaten mit swaks, um den Client auszuschließen; es fragt nach dem Passwort.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Testen Sie auf einem Postfix-Server, der über Dovecot authentifiziert, das Backend direkt.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Suchen Sie den Grund, den der Server für den fehlgeschlagenen Versuch protokolliert hat.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Lassen Sie bei Microsoft 365 den Admin des Mandanten in Exchange Online PowerShell prüfen, ob SMTP AUTH für das Postfach deaktiviert ist.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Versuchen Sie es nie in einer Schleife mit denselben Zugangsdaten: Es ändert sich nichts, und wiederholte Fehlschläge können das Konto sperren oder die Client-IP blockieren lassen (RFC 4954 erlaubt Servern, die Verbindung nach mehreren Fehlschlägen zu trennen). Besorgen Sie korrigierte Zugangsdaten und versuchen Sie es dann einmal.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail sendet dies bei einem falschen Passwort und sehr oft dann, wenn das korrekte Kontopasswort verwendet wird, wo Gmail ein App-Passwort oder OAuth 2.0 verlangt.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online lehnt die Anmeldung ab, weil SMTP AUTH für die gesamte Organisation abgeschaltet ist; das Passwort kann völlig korrekt sein, und nur der Admin des Mandanten kann die Einstellung ändern.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>Von RFC 4954 definiert als 538 5.7.11: Der gewählte AUTH-Mechanismus darf nur über eine verschlüsselte Verbindung verwendet werden. RFC 4954 behält den Code aus historischen Gründen bei und weist Server an, solche Mechanismen auf unverschlüsselten Verbindungen gar nicht erst anzukündigen, doch manche Server beantworten AUTH noch damit.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>Bei AUTH, wenn ein Client vor STARTTLS einen Passwort-Mechanismus anbietet. Das Node.js-Paket smtp-server aus dem Nodemailer-Projekt, das eine Reihe gehosteter Versanddienste verwendet, antwortet 538 Error: Must issue a STARTTLS command first; andere Server senden 538 5.7.11 mit dem Wortlaut des RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Konfigurieren Sie den Client so, dass er verschlüsselt, bevor er sich authentifiziert: STARTTLS auf Port 587 oder implizites TLS auf 465. Stellen Sie im Anwendungscode die TLS-Optionen der Mail-Bibliothek passend zum Port ein. Der Admin des Servers kann helfen, indem er Passwort-Mechanismen vor STARTTLS nicht ankündigt, wie RFC 4954 es empfiehlt.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>Der Client sendet AUTH PLAIN oder LOGIN vor STARTTLS, weil Verschlüsselung in seinen Einstellungen ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Ein opportunistischer Modus „TLS verwenden, falls verfügbar“ hat das STARTTLS-Angebot verpasst und im Klartext weitergemacht.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Die Optionen secure und starttls einer Mail-Bibliothek sind für den Port vertauscht gesetzt, zum Beispiel weder implizites TLS noch eine STARTTLS-Anforderung auf 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Stellen Sie sicher, dass der Server STARTTLS anbietet und der Handshake aus dem Netz des Clients funktioniert.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Führen Sie einen authentifizierten Test über STARTTLS durch, um nachzuweisen, dass das Konto verschlüsselt einwandfrei funktioniert.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>Stellen Sie in den Einstellungen des Clients oder der Bibliothek STARTTLS auf Port 587 als verpflichtend statt optional ein, oder schalten Sie für Port 465 implizites TLS ein.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>Versuchen Sie AUTH nicht unverschlüsselt erneut. Starten Sie TLS, senden Sie erneut EHLO und authentifizieren Sie sich; dieselben Zugangsdaten sollten dann akzeptiert werden.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Nachricht vom Anti-Spam-Filter des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Kein RFC definiert 541; Listen in Blogs beschreiben ihn als Ablehnung durch den Spamfilter des Empfängers. Echte Spam-Ablehnungen kommen als 550 oder 554 mit einem erweiterten Code 5.7.x (meist 5.7.1). Taucht &quot;541&quot; in einem echten Bounce auf, ist es meist eine 5.4.1 ohne Punkte, die Microsoft 365 als 550 5.4.1 für unbekannte Empfänger und abgelehntes Relaying sendet, nicht für Spam.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Eher in Bounce-Kategorien von ESPs und in Fehlerbehebungsartikeln als auf der Leitung. Der Microsoft-Fall ist häufig: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; stammt von der verzeichnisbasierten Edge-Blockierung von Exchange Online bei RCPT TO. In der IANA-Registry bedeutet X.4.1 No answer from host, ein Code der Klasse 4; Microsofts 5.4.1 ist also eine eigene Verwendung.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Besorgen Sie sich zuerst die genaue Antwortzeile. Ist es 550 5.4.1 von Microsoft 365, behandeln Sie es als unbekannten Empfänger: Der Absender prüft die Adresse, und der Admin des Empfängers prüft, ob das Postfach oder der E-Mail-Kontakt im Mandanten existiert und ob die Domain eine akzeptierte Domain ist. Handelt es sich wirklich um eine Ablehnung wegen des Inhalts (5.7.x nach dem Datenende), prüft der Admin des Absenders die Authentifizierung, die Reputation der sendenden IP und den Inhalt der Nachricht.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online hat einen Empfänger abgelehnt, der nicht in seinem Verzeichnis steht (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>Der MX der Domain zeigt auf Microsoft 365, aber die Domain ist in diesem Mandanten keine akzeptierte Domain, was 550 5.4.1 Relay Access Denied ergibt.</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Ein Werkzeug zur Bounce-Verarbeitung hat eine Spam-Ablehnung 550 5.7.1 auf eigene Bezeichnung und Nummer abgebildet.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Ein selbst geschriebener Filter oder eine Appliance gibt eine erfundene 541 statt einer standardmäßigen 550 oder 554 aus.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Prüfen Sie, ob die Empfängerdomain bei Microsoft 365 gehostet wird; ein MX, der auf mail.protection.outlook.com endet, bedeutet, dass die 5.4.1 von Exchange Online kam.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Suchen Sie in Ihrem Log die vollständige Antwort der Gegenstelle für den fehlgeschlagenen Empfänger.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Wenn Sie den empfangenden Mandanten verwalten, bestätigen Sie im Exchange Admin Center, dass der Empfänger existiert und die Domain akzeptiert ist, bevor Sie irgendetwas anderes ändern.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Nach der ersten Ziffer dauerhaft: Der sendende MTA schickt die Nachricht als unzustellbar zurück, statt sie in die Warteschlange zu stellen. Dieselbe Nachricht erneut an dieselbe Adresse zu senden, ergibt dieselbe Antwort, bis sich Adresse, Konfiguration des Mandanten oder Inhalt ändern.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>benutzer unbekannt</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>ip auf blacklist</translation>
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
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Eine dauerhafte Ablehnung: Der Server führt den Befehl für diese Adresse oder diese Nachricht nicht aus. RFC 5321 nennt drei Gründe unter einem Code, Postfach nicht gefunden, kein Zugriff oder Befehl aus Richtliniengründen abgelehnt; daher deckt 550 eine vertippte Adresse, ein geschlossenes Konto, abgelehntes Relaying, eine IP auf einer Blocklist und eine gescheiterte DMARC-Prüfung gleichermaßen ab. Der erweiterte Code danach sagt, welcher Fall vorliegt: 5.1.1 unbekannter Benutzer, 5.2.1 deaktiviertes Postfach, 5.7.1 Richtlinie, 5.7.26 Authentifizierung.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Meist als Antwort auf RCPT TO, wenn der empfangende Server den Empfänger prüft; außerdem bei MAIL FROM (Absender abgelehnt) und nach dem Datenende (Urteile zu Inhalt, SPF, DKIM oder DMARC). Postfix sendet &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail und Microsoft 365 verwenden 550 für fast alle ihre dauerhaften Ablehnungen, jeweils mit eigenen erweiterten Codes; Yahoo und AOL dokumentieren die meisten ihrer dauerhaften Ablehnungen stattdessen als 553 und 554, und ein unbekannter Yahoo-Benutzer wird mit 554 als unzustellbar zurückgewiesen.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Lesen Sie den erweiterten Code und den Text und handeln Sie dann auf der richtigen Seite. 5.1.x: Der Absender korrigiert die Adresse oder klärt sie mit dem Empfänger; Listenbetreiber sperren sie. 5.2.1: Das Konto des Empfängers ist deaktiviert oder inaktiv, und nur der Empfänger oder sein Admin kann es reaktivieren. 5.7.x bei einem großen Provider: Der Admin des Absenders prüft die sendende IP gegen Blocklists, korrigiert SPF, DKIM, das DMARC-Alignment und das Reverse-DNS und nutzt dann das Delisting- oder Absender-Supportformular des Providers. &quot;Relay access denied&quot; oder &quot;Unable to relay&quot;: Der Client muss sich bei seinem eigenen Submission-Server authentifizieren, statt an einen Server zu senden, der für die Domain nicht zuständig ist. Betreiben Sie den empfangenden Server und ist die Ablehnung falsch, prüft der Admin des Empfängers Alias-Tabellen, Verzeichnissynchronisierung und Transportregeln.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>Die Empfängeradresse existiert nicht: ein Tippfehler, ein gelöschtes Konto oder ein ausgeschiedener Mitarbeiter (5.1.1, Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>Das Postfach existiert, ist aber deaktiviert oder inaktiv (5.2.1; Gmail meldet, das Konto sei inaktiv).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>Die sendende IP steht auf einer öffentlichen DNS-Blocklist oder auf der eigenen Blocklist eines Providers (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>Die Nachricht hat SPF, DKIM oder DMARC nicht bestanden, und die Absenderdomain veröffentlicht p=reject, oder der Provider verlangt Authentifizierung (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Ein nicht authentifizierter Client hat einen Server gebeten, an eine Domain zu relayen, für die der Server nicht zuständig ist.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Ein Spam- oder Reputationsfilter hat die Nachricht oder ihre sendende Domain als unerwünscht eingestuft (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Eine Regel auf Empfängerseite: Die Gruppe nimmt nur interne Absender an, eine Transportregel blockiert den Absender, oder der Absender steht auf der Liste blockierter Absender des Empfängers.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Lesen Sie den Zustellstatus-Teil (delivery-status) des Bounces: Remote-MTA sagt, wer abgelehnt hat, Diagnostic-Code enthält die Antwort, und der Text „in reply to RCPT TO / end of DATA“ sagt, in welcher Phase.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Stellen Sie sicher, dass Sie den aktuellen MX der Empfängerdomain erreicht haben und nicht einen alten oder Backup-Host.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Prüfen Sie die sendende IP (hier 192.0.2.10, Oktette umgekehrt) bei Spamhaus; verwenden Sie Ihren eigenen Resolver, denn öffentliche Resolver erhalten statt einer Antwort 127.255.255.254.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Prüfen Sie, ob die sendende IP einen PTR-Eintrag hat, dessen Name wieder auf sie auflöst.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Lesen Sie die DMARC-Richtlinie der Absenderdomain; sie entscheidet, ob eine fehlschlagende Nachricht abgelehnt wird.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Spielen Sie die Empfängerprüfung nach, ohne eine Nachricht zu senden (von der echten sendenden IP aus, nicht von einem Heimanschluss).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Versuchen Sie dieselbe Nachricht an denselben Empfänger nicht erneut: Eine 5yz-Antwort bedeutet, dass der Client die Anfrage nicht unverändert wiederholen soll (RFC 5321 4.2.1), und wiederholte Versuche an unbekannte Benutzer schaden der Reputation des Absenders. Schicken Sie die Nachricht sofort als unzustellbar an den Absender zurück und senden Sie erst erneut, wenn Adresse, Authentifizierung oder Blocklist-Eintrag behoben sind.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>Die Antwort von Gmail für unbekannte Benutzer bei RCPT TO: Es gibt kein solches Google-Konto und keinen solchen Workspace-Benutzer. Korrigieren Sie die Adresse; erneute Versuche helfen nie.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Das Google-Konto existiert, ist aber deaktiviert oder war inaktiv; nur der Kontoinhaber oder sein Workspace-Admin kann es wiederherstellen.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Ein Spam- und Reputationsurteil über diese Nachricht, ihre sendende IP oder ihre Domain; Gmail verwendet 5.7.1 für mehrere Richtliniensperren, und der Text nach dem Code sagt, welche.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>Die Nachricht hat DMARC für die From-Domain nicht bestanden, und diese Domain veröffentlicht p=reject; derselbe erweiterte Code gilt auch für Mail, die weder SPF noch DKIM besteht.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Der eigene Code von Exchange Online für „Empfänger nicht gefunden“ (5.1.10, den die Registry dem Null-MX zuordnet): Die Adresse existiert im Mandanten des Empfängers nicht.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Verzeichnisbasierte Edge-Blockierung: Der Empfänger ist dem Mandanten unbekannt und wird bei RCPT TO abgelehnt. Microsofts 5.4.1 entspricht nicht der Bedeutung in der Registry (keine Antwort vom Host).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>Die sendende IP steht auf der eigenen Blocklist von Microsoft (5.7.606 bis 5.7.649); der Inhaber der IP kann die Entfernung über das Delist-Portal von Microsoft beantragen, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>DMARC-Fehler für die From-Domain mit einer reject-Richtlinie; ein privater Microsoft-Code im Bereich 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail und Live lehnen die sendende IP oder ihr Netz aus Reputationsgründen ab, oft schon bei MAIL FROM; der Betreiber des sendenden Servers bittet den Absender-Support von Microsoft, die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Seit Mai 2025 lehnt Outlook.com Mail von Domains ab, die mehr als 5.000 Nachrichten pro Tag senden, sofern nicht SPF und DKIM bestehen und DMARC (mindestens p=none) mit Alignment besteht.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com und Hotmail antworten so, meist gefolgt von einem Kürzel wie (S2017062302), bei Empfängern, die nicht existieren: das Gegenstück des Verbraucherdienstes zu 5.1.10. Hier bedeutet 5.5.0 ein unbekanntes Postfach, nicht den Protokollstatus der Registry.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Benutzer nicht lokal; bitte &lt;forward-path&gt; versuchen</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Der Empfänger wird nicht von diesem Server betreut, und der Server sagt dem Client, wohin er stattdessen senden soll: Der Antworttext enthält den neuen forward-path. Es ist eine der wenigen Antworten, deren Text von Programmen ausgewertet werden soll (RFC 5321 4.2). RFC 5321 3.4 erlaubt Servern, ihn für umgezogene Benutzer zu verwenden, warnt aber, dass er Adressen preisgibt; deshalb ist er heute selten.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO und auf VRFY von älteren oder kleinen Servern, die mit einer Tabelle umgezogener Benutzer konfiguriert sind, etwa &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Manche Server missbrauchen 551 auch als Relay-Ablehnung für Domains, die sie nicht bedienen, ohne eine Adresse zu nennen.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Nennt die Antwort eine neue Adresse, klärt der Absender sie mit dem Empfänger, aktualisiert das Adressbuch und sendet dann erneut an die neue Adresse; ein Mailprogramm oder MTA tut das nicht von selbst. Ist keine Adresse angegeben, behandeln Sie die Antwort als Relay-Ablehnung: Senden Sie über Ihren eigenen authentifizierten Submission-Server und prüfen Sie, ob die MX-Einträge der Domain auf den Server zeigen, der sie tatsächlich hostet. Admins von Empfängern, die neue Adressen nicht preisgeben wollen, stellen auf stille Weiterleitung um (beantwortet mit 250; eine 251 würde die neue Adresse weiterhin zeigen) oder auf eine schlichte 550.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>Der Empfänger ist an eine neue Adresse umgezogen, und der alte Server führt eine Tabelle umgezogener Benutzer, die mit 551 antwortet.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Ein Client hat versucht, Mail für eine fremde Domain zu relayen, und der Server hat mit 551 statt 550 5.7.1 abgelehnt.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>Der MX der Domain zeigt noch auf einen Server, der das Postfach des Empfängers nicht mehr hostet.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Kopieren Sie die im Antworttext genannte Adresse (zwischen &lt; und &gt;) und klären Sie sie auf einem anderen Weg mit dem Empfänger.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Prüfen Sie, welche Server derzeit Mail für die Domain empfangen.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Spielen Sie den Empfänger gegen diesen Server nach und lesen Sie die Antwort auf RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Versuchen Sie denselben Empfänger nicht erneut und leiten Sie nicht stillschweigend um: RFC 5321 sagt, dass Server nicht davon ausgehen dürfen, dass der Client auf die neue Adresse reagiert. Schicken Sie die Nachricht mit unverändertem Antworttext als unzustellbar zurück, damit ein Mensch sie an die angegebene Adresse erneut senden kann.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Angeforderte Mail-Aktion abgebrochen: Speicherzuteilung überschritten</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>nachricht zu groß</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>anhang zu groß</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>postfach voll</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>quota überschritten</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>Die Aktion wurde abgebrochen, weil eine Speichergrenze überschritten wurde. Heute bedeutet das eines von zwei Dingen: Das Postfach des Empfängers hat seine Quota überschritten, oder die Nachricht ist größer, als der Server annimmt (die SIZE-Erweiterung, RFC 1870). RFC 821 führte 552 außerdem für zu viele Empfänger; RFC 5321 4.5.3.1.10 korrigiert das zu 452 und weist Clients an, eine solche 552 als vorübergehend zu behandeln.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>Bei MAIL FROM, wenn der Client mit SIZE= mehr angibt als das Limit des Servers, nach dem Datenende, wenn die tatsächliche Nachricht zu groß ist (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), und bei RCPT TO oder am Datenende bei einem vollen Postfach, oft vom Zustellagenten (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail verwendet 552 für Posteingänge, die voll und zugleich inaktiv sind, für Größen- und Header-Limits und für blockierte Anhangtypen. Die Registry führt X.2.2 (Postfach voll) als Klasse 4, doch 552 5.2.2 ist das, was die meisten Server senden.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Größe: Der Absender verkleinert die Nachricht oder teilt einen Link, statt die Datei anzuhängen; Anhänge wachsen durch die base64-Kodierung um etwa ein Drittel, sodass eine 20-MB-Datei ein Limit von 25 MB sprengen kann. Kam der Bounce von Ihrem eigenen Server, prüft der Admin des Absenders das ausgehende Limit. Quota: Der Empfänger löscht oder archiviert Mail oder kauft mehr Speicher; der Absender informiert ihn auf einem anderen Weg. Anhangtyp: Senden Sie die Datei in einem anderen Format oder als Link.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Anhänge, die das Größenlimit des Empfängers überschreiten, sobald die base64-Kodierung hinzukommt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>Das Postfach des Empfängers hat seine Speicher-Quota überschritten.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Ein Gmail-Konto ohne freien Speicher, das nicht mehr genutzt wird (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Ein Anhangtyp, den der Empfänger ablehnt, etwa ausführbare Dateien oder Archive, die solche enthalten (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Zu große oder zu viele Header-Felder, zum Beispiel eine riesige To-Liste oder eine lange Subject-Zeile (Gmail 552 5.3.4, Header-Limits).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Ein alter Server, der zu viele Empfänger noch mit 552 beantwortet, wie RFC 821 es einst vorschrieb.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Messen Sie die Rohnachricht so, wie sie gesendet wird, einschließlich Kodierung.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Lesen Sie das Größenlimit, das der Empfänger in seiner EHLO-Antwort ankündigt (die Zeile 250-SIZE, in Byte).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Zeigen Sie unter Postfix das Größenlimit für Nachrichten und das Limit für lokale Postfächer an (message_size_limit ist standardmäßig 10240000 Byte).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Zeigen Sie auf einem Dovecot-Server die Quota-Auslastung des Empfängers an.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Schicken Sie die Nachricht als unzustellbar zurück: Unverändert wiederholt scheitert sie genauso. Die Ausnahme ist die Verwendung aus RFC 821 für zu viele Empfänger bei RCPT TO, die laut RFC 5321 als vorübergehend zu behandeln ist: Senden Sie die übrigen Empfänger in einer späteren Transaktion. Nach einem Bounce wegen Quota darf ein Mensch erneut senden, sobald der Empfänger Platz geschaffen hat.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Das Google-Konto hat seinen Speicher aufgebraucht und wird nicht genutzt; für ein Konto, das lediglich voll ist, sendet Gmail 452 4.2.2.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>Die gesamte Nachricht, die Zahl ihrer Anhänge oder ihre Header überschreiten die Empfangslimits von Gmail; der Text nennt, welches Limit.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Ein Anhangtyp, den Gmail ablehnt (zum Beispiel eine ausführbare Datei, auch innerhalb eines Archivs); eine Inhaltsrichtlinie, kein Speicherproblem.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Angeforderte Aktion nicht ausgeführt: Postfachname nicht zulässig</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Eine dauerhafte Ablehnung einer Adresse als solcher: Der Postfachname ist für diesen Server nicht annehmbar, klassischerweise weil seine Syntax falsch ist. In der Praxis deckt 553 auch Absenderadressen ab, die der Server nicht annimmt (nicht auflösbare Domain, eine Adresse, die dem angemeldeten Benutzer nicht gehört), sowie Domains, für die der Server nicht als Relay arbeitet. RFC 5321 3.3 sagt, dass Fehler bei MAIL FROM normalerweise 550 oder 553 ergeben, und 3.5.1 verwendet 553 für einen mehrdeutigen VRFY-Namen.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>Bei MAIL FROM und RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix mit Prüfung des Absenders gegen die Anmeldung: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Die Relay-Ablehnung von Qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 und 5.1.7 für eine unbekannte Empfängerdomain und ungültige Syntax von Empfänger- oder Absenderadresse. SMTPUTF8-Server verwenden für Nicht-ASCII-Adressen, die sie nicht annehmen können, eventuell 553 mit 5.6.7.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>Der Absender korrigiert die betreffende Adresse: korrekte Syntax, eine echte registrierte Domain und bei authentifizierter Submission nur eine Adresse, unter der das Konto senden darf. Anwendungsentwickler setzen einen korrekten Envelope-Absender mit öffentlicher Domain statt root@localhost oder www-data@server. Ist die Antwort eine Relay-Ablehnung, muss sich der Client bei seinem eigenen Submission-Server authentifizieren. Der Admin des Servers fügt die Adresse den zulässigen Absendern des Benutzers nur hinzu, wenn sie dem Benutzer wirklich gehört.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Eine fehlerhafte Adresse: fehlendes @, Leerzeichen, unausgeglichene spitze Klammern oder ein Anzeigename im Envelope.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>Der Envelope-Absender verwendet einen internen Hostnamen, der sich öffentlich nicht auflösen lässt, typisch für Cron-Jobs und Webanwendungen.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>Der authentifizierte Benutzer hat versucht, unter einer Adresse zu senden, die jemand anderem gehört.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>Die Empfängerdomain gehört nicht zu denen, für die dieser Server Mail empfängt oder als Relay weitergibt.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>Die Empfängerdomain existiert im DNS nicht (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Eine Nicht-ASCII-Adresse, gesendet an einen Server, der damit nicht umgehen kann.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Prüfen Sie, ob sich die Domain des Envelope-Absenders öffentlich auflösen lässt.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Sehen Sie unter Postfix nach, welche Restriktion die Adresse abgelehnt hat.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>Prüfen Sie auf dem sendenden Host, welche Namen Postfix in lokal erzeugte Mail einsetzt.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Spielen Sie die Transaktion mit genau diesem Absender und Empfänger nach, um zu sehen, welcher der beiden abgelehnt wird.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Dieselbe Adresse ergibt dieselbe 553. Schicken Sie die Nachricht zurück, damit die Adresse oder die Versandkonfiguration geändert werden kann, und senden Sie sie dann als neue Nachricht erneut.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>Die Empfängerdomain existiert im DNS nicht; meist ein Tippfehler im Teil nach dem @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>Das Argument von RCPT TO ist syntaktisch ungültig; Gmail hat den Benutzer gar nicht erst nachgeschlagen.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>Das Argument von MAIL FROM ist fehlerhaft; korrigieren Sie den Envelope-Absender, den Ihre Anwendung oder Ihr Server setzt.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>Transaktion fehlgeschlagen (beim Verbindungsaufbau: kein SMTP-Dienst vorhanden)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>ip auf blacklist</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Ein dauerhafter Fehler, der zu keinem spezifischeren Code passt. RFC 5321 gibt ihm zwei Aufgaben: &quot;transaction failed&quot; während einer Sitzung und &quot;No SMTP service here&quot;, wenn ein Server statt der Begrüßung 220 eine 554 sendet, um die ganze Verbindung abzulehnen. In der Praxis ist er neben 550 der zweite große Ablehnungscode: Postfix verwendet 554 standardmäßig für Treffer auf Blocklists, abgelehntes Relaying und Ablehnungen durch Access-Maps, und nach DATA bedeutet er meist ein Urteil wegen Inhalt, Spam oder Virus.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Als erste Zeile statt 220, wenn die verbindende IP rundweg abgelehnt wird; RFC 5321 3.1 sagt, dass der Server dann auf QUIT warten muss und andere Befehle mit 503 beantworten sollte. Bei RCPT TO durch Postfix-Restriktionen: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; oder &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. Bei DATA: &quot;554 5.5.1 Error: no valid recipients&quot;, wenn jedes RCPT abgelehnt wurde. Nach dem Datenende von Content-Filtern und als &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo und AOL senden die meisten dauerhaften Ablehnungen als 554; Gmail und Microsoft verwenden ihn für fehlerhafte Nachrichten, Schleifen und (Microsoft) volle Postfächer.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Ermitteln Sie zuerst die Phase. Abgelehnt bei der Begrüßung oder mit einem Blocklist-Text: Der Admin des Absenders findet den Eintrag, beseitigt die Ursache (kompromittiertes Konto, offenes Relay, fehlender PTR) und beantragt das Delisting; ist die Sperre lokal, wendet er sich auf einem anderen Weg an den Postmaster des Empfängers. Relay access denied: Der Client muss sich authentifizieren (meist Port 587 mit STARTTLS), oder der Admin des Empfängers muss die Domain in die Relay- oder virtuellen Domains des Servers aufnehmen, wenn der MX wirklich dorthin zeigt. Nach dem Datenende: Authentifizierung, Links, Anhänge und Inhalt prüfen. Yahoo 554 5.7.9: DKIM und das DMARC-Alignment korrigieren. Yahoo-Zeilen mit &quot;dd&quot;: Die Adresse existiert nicht, entfernen Sie sie. Schleifencodes (5.4.6, 5.4.14): die Weiterleitung oder den Connector korrigieren, der Mail hin- und herschickt.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>Die verbindende IP steht auf einer DNS-Blocklist, die der Empfänger prüft, oder auf der eigenen Blocklist des Empfängers.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Ein nicht authentifizierter Client hat versucht, an eine fremde Domain zu relayen (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Jeder Empfänger in der Transaktion wurde abgelehnt, daher scheitert DATA mit „no valid recipients“.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Ein Content-Filter hat nach dem Datenende Spam, einen Virus oder einen verbotenen Anhang gefunden.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>Die Nachricht hat die DMARC- oder DKIM-Richtlinie der Absenderdomain nicht bestanden (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>Der Empfänger existiert bei Yahoo oder AOL nicht; deren Bounce für unbekannte Benutzer ist eine 554-Zeile mit &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Eine Weiterleitungsregel oder eine Connector-Schleife hat die Nachricht über das Hop-Limit getrieben (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Eine fehlerhafte Nachricht: defekte MIME-Struktur, nackte Zeilenvorschübe oder ungültige Header (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Verbinden Sie sich und lesen Sie das Banner: Eine 554 dort bedeutet, dass die ganze Verbindung abgelehnt wird, bevor irgendeine Adresse betrachtet wird.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Fragen Sie die sendende IP (192.0.2.10, umgekehrt) außer bei Spamhaus auch bei einer zweiten Blocklist ab.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Testen Sie eine authentifizierte Submission über Ihren eigenen Server; genau das verlangt eine Relay-Ablehnung.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Suchen Sie auf einem empfangenden Postfix-Server die Restriktion, die die 554 erzeugt hat, und ihre Standardcodes.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>Zählen Sie bei Schleifen-Bounces die Received:-Header in der zurückgeschickten Nachricht, um zu sehen, welche Hosts sie hin- und herreichen.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>Wiederholen Sie die Transaktion nicht unverändert. Eine 554 als Begrüßung bedeutet, dass der Empfänger diesen Client ablehnt; ihn mit neuen Verbindungen zu bombardieren verlängert nur einen Blocklist-Eintrag. Senden Sie QUIT und schicken Sie die Mail als unzustellbar zurück oder halten Sie sie zurück, bis die Ursache beseitigt ist. Eine 554 nach dem Datenende ist für diese Nachricht endgültig; senden Sie erst erneut, nachdem Sie geändert haben, was abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Die Antwort von Yahoo für unbekannte Empfänger, ohne erweiterten Code; Yahoo sagt, man solle es nicht erneut versuchen und die Adresse aus Listen entfernen. Dasselbe Mailsystem bedient auch AOL-Adressen.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>Die Nachricht hat die Authentifizierungsprüfungen von Yahoo (DKIM, SPF, DMARC) nicht bestanden, typischerweise ein DMARC-Fehler für eine Domain, die p=reject veröffentlicht; korrigieren Sie die Authentifizierung, statt eine Überprüfung der Reputation zu beantragen.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>Struktur oder Header der Nachricht verletzen RFC 5322 oder MIME so stark, dass Gmail sie rundweg ablehnt.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Eine Routing-Schleife: Die Nachricht trägt zu viele Received-Header, meist durch Weiterleitungsregeln, die aufeinander zeigen.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>Der Client hat zu viele Befehle gesendet, ohne sich zuvor zu authentifizieren; Gmail beendet den Versuch, statt auf AUTH zu warten.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online meldet ein volles Postfach des Empfängers als 554 5.2.2; der Empfänger muss Platz schaffen. Microsoft verwendet 5.2.2 außerdem für einen Absender, der Versandlimits überschritten hat.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Die Schleifenerkennung von Exchange Online, gemeldet mit Microsofts eigenem Code 5.4.14 (der Schleifencode der Registry ist X.4.6); suchen Sie nach Weiterleitungsregeln oder Connectors, die die Nachricht zurückschicken.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>MAIL-FROM/RCPT-TO-Parameter nicht erkannt oder nicht implementiert</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>Der Client hat MAIL FROM oder RCPT TO einen ESMTP-Parameter angefügt (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS usw.), den dieser Server nicht erkennt oder nicht umsetzen kann. RFC 5321 4.1.1.11 weist diesem Fall 555 zu und einer vorübergehenden Unfähigkeit 455. Der Fehler liegt im Befehl des Clients, nicht in den Adressen.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Direkt nach MAIL FROM oder RCPT TO, meist wenn ein Client eine Erweiterung verwendet, die der Server in seiner EHLO-Antwort nicht angekündigt hat: DSN-Parameter an einen Server ohne DSN, ein Client, der auf HELO ausgewichen ist, aber trotzdem SIZE= anhängt, oder eine SMTP-fähige Firewall, die Schlüsselwörter aus der EHLO-Liste entfernt hat. Postfix antwortet &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail führt &quot;555 5.5.2 Syntax error&quot; unter seinen Antworten.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>Die Client-Software darf nur Parameter senden, die der Server in seiner EHLO-Antwort aufgeführt hat, und nach dem Ausweichen auf HELO gar keine. Aktualisieren oder konfigurieren Sie die Mail-Bibliothek oder den MTA neu (erzwungene DSN- oder SMTPUTF8-Optionen sind häufige Übeltäter). Inspiziert eine Firewall oder ein Proxy SMTP, lassen Sie deren Admin die Inspection abschalten, die EHLO umschreibt. Prüfen Sie auch die Befehlssyntax: Vor und nach dem Doppelpunkt in MAIL FROM: und RCPT TO: ist kein Leerzeichen erlaubt.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Ein Parameter für eine Erweiterung, die der Server nie angekündigt hat, etwa NOTIFY= oder RET= an einen Server ohne DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO ist gescheitert, der Client ist auf HELO ausgewichen und hat trotzdem weiter Erweiterungsparameter angefügt.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Eine Middlebox hat die EHLO-Antwort umgeschrieben oder gekürzt, sodass Client und Server unterschiedliche Vorstellungen von den unterstützten Erweiterungen haben.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Fehlerhafte Argumente, zum Beispiel ein Leerzeichen nach dem Doppelpunkt oder ein kaputter Parameterwert.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Lesen Sie die Erweiterungen, die der Server wirklich anbietet; jede 250-Zeile nach EHLO ist ein Schlüsselwort.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Vergleichen Sie mit dem, was durch die Firewall kommt, indem Sie von innerhalb und außerhalb des Netzes testen oder über eine verschlüsselte Sitzung, die keine Inspection verändern kann.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Prüfen Sie auf einem Postfix-Server, ob EHLO-Schlüsselwörter absichtlich ausgeblendet werden.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Halten Sie die genaue MAIL-FROM- oder RCPT-TO-Zeile fest, die der Client sendet, aus seinem Debug-Log oder per Mitschnitt einer Testsitzung.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Derselbe Befehl scheitert erneut. Ein Client darf eine neue Transaktion ohne einen optionalen Parameter beginnen, den der Server nicht unterstützt (SIZE, NOTIFY), darf aber REQUIRETLS nicht weglassen, um die Nachricht durchzubringen (RFC 8689); dann wird die Nachricht als unzustellbar zurückgeschickt.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail kombiniert 555 mit dem erweiterten Code für Syntaxfehler; prüfen Sie also neben den Parametern auch die Syntax von MAIL FROM und RCPT TO (Klammern, kein Leerzeichen nach dem Doppelpunkt).</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Definiert von RFC 7504: Die Domain in der Adresse nimmt überhaupt keine Mail an. Der übliche Grund ist ein Null-MX-Eintrag (RFC 7505, &quot;MX 0 .&quot;), mit dem eine Domain erklärt, dass sie keine Mail empfängt; der passende erweiterte Code ist 5.1.10, Recipient address has null MX (Empfängeradresse hat Null-MX). Er unterscheidet sich von 521 (dieser Host nimmt keine Mail an) und von 550 (dieses Postfach wird abgelehnt).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO von einem Submission-Server oder Relay, der die Empfängerdomain vor der Annahme nachgeschlagen hat, zum Beispiel Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Oder in einem Bounce, den Ihr eigener MTA schreibt, ohne jemanden zu kontaktieren (Postfix protokolliert &quot;Domain example.com does not accept mail (nullMX)&quot;). Eine klassische Falle: example.com selbst veröffentlicht einen Null-MX, daher scheitert Testmail dorthin immer auf diese Weise.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>Der Absender prüft die Adresse: Die Domain ist geparkt, dient nur einer Website oder ist eine No-Reply-Domain, oder ein Tippfehler hat sie zu einer solchen Domain gemacht. Bitten Sie den Empfänger um eine Adresse, die Mail annimmt. Gehört Ihnen die Domain und wollen Sie Mail empfangen, entfernt der Admin der Domain den Null-MX und veröffentlicht echte MX-Einträge. Testsysteme sollten eine Mail-Senke oder eine Domain verwenden, die Sie kontrollieren, statt example.com.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Die Domain ist geparkt oder wird nur für eine Website verwendet und veröffentlicht einen Null-MX.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Ein Tippfehler hat eine andere, existierende Domain ergeben, die einen Null-MX veröffentlicht.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Test- oder Platzhalteradressen unter example.com oder example.net haben einen echten Mailserver erreicht.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>Der Domaininhaber hat nach dem Umzug der Mail zu einem neuen Provider einen Null-MX stehen lassen.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Antworten an eine No-Reply-Domain, die absichtlich keine Mail annimmt.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Fragen Sie den MX ab; eine einzige Antwort &quot;0 .&quot; ist ein Null-MX.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Gleichen Sie mit einem anderen Werkzeug ab, das den Eintrag mit Präferenz und Ziel ausgibt.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Listen Sie auf einem Postfix-System des Absenders die Nachrichten auf, die wegen Null-MX abgelehnt oder als unzustellbar zurückgeschickt wurden.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Stellen Sie die Nachricht weder in die Warteschlange, noch versuchen Sie es erneut: Ein Null-MX ist die veröffentlichte Erklärung des Domaininhabers, dass keine Mail angenommen wird; der sendende MTA schickt die Nachricht daher sofort als unzustellbar zurück. Nur eine DNS-Änderung durch den Domaininhaber macht eine Zustellung möglich.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Antwort auf Adressabfrage</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 ist weder in RFC 5321 noch in einem anderen veröffentlichten RFC definiert. Er wurde in einem Internet-Draft für einen Adressabfrage-Mechanismus vorgeschlagen, als Antwort mit einem Abfrageergebnis, und dieser Draft wurde nie Standard. Verbreitete MTAs und große Provider senden ihn nicht, und inoffizielle Code-Listen hängen der Zahl fremde Bedeutungen an.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Im öffentlichen Internet praktisch nie. Taucht er auf, läuft auf der Gegenseite experimentelle oder selbst gebaute Software oder ein Filter mit einem selbst erfundenen Antwortcode; häufiger ist die Zahl ein falsch gelesener anderer Code in einem Log oder Screenshot.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>Der Admin des Absenders ermittelt die Software, die ihn gesendet hat (Banner, Received-Header, der Postmaster der Gegenseite), und liest in ihrer Dokumentation die Bedeutung nach. Stammt der Code aus der Konfiguration Ihres eigenen Servers oder Filters, ersetzen Sie ihn durch eine Standardantwort wie 550 oder 554 mit passendem erweitertem Code, damit andere Software darauf reagieren kann.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Ein experimenteller Server, der den Adressabfrage-Draft implementiert.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Ein Filter oder eine eigene Regel, eingerichtet mit einem erfundenen Antwortcode.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Ein Code, der falsch aus einem Log, einem Ticket oder einem Screenshot abgeschrieben wurde.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Ermitteln Sie die Software der Gegenseite anhand ihres Begrüßungsbanners.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Suchen Sie die genaue Antwortzeile in Ihrem Log, um den Befehl zu sehen, auf den sie sich bezog, und jeden Text nach dem Code.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Ein sendender MTA deutet einen unbekannten Code nach seiner ersten Ziffer (RFC 5321 4.2): Behandeln Sie 557 als dauerhaften Fehler, schicken Sie die Nachricht als unzustellbar zurück, statt sie in die Warteschlange zu stellen, und lassen Sie einen Menschen den Postmaster der Gegenseite kontaktieren.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>auf blacklist</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 ist in keinem RFC ein SMTP-Antwortcode. Wer „Fehler 571, blockiert“ sagt, meint fast immer den erweiterten Code 5.7.1, Delivery not authorized, message refused (Zustellung nicht autorisiert, Nachricht abgelehnt; RFC 3463), der als 550 5.7.1 oder 554 5.7.1 ankommt. Hin und wieder setzt ein Filter oder eine eigene Serverkonfiguration eine echte 571 auf die Leitung; Clients müssen sie nach ihrer ersten Ziffer als dauerhaften Fehler behandeln.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>In Helpdesk-Tickets, Exchange-NDRs (&quot;#550 5.7.1 ...&quot;), Bounce-Zusammenfassungen und Logs von Sicherheits-Appliances. Die Antwort dahinter ist eine Ablehnung durch eine Richtlinie bei MAIL FROM, RCPT TO oder nach dem Datenende: nicht authentifiziertes Relaying, eine IP auf einer Blocklist, ein Absender, den die Organisation des Empfängers nicht zulässt, oder ein Spam-Urteil.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Besorgen Sie sich die vollständige Antwortzeile und lesen Sie den Text nach 5.7.1, denn 5.7.1 sagt nur &quot;not authorized&quot;. Relay-Ablehnung: Der sendende Client authentifiziert sich bei seinem eigenen Server. IP auf einer Blocklist: Der Admin des Absenders beseitigt die Ursache und beantragt das Delisting. Eingeschränkter Empfänger (eine Gruppe, die nur interne oder aufgeführte Absender annimmt): Der Admin des Empfängers muss den Absender zulassen. Spam-Urteil: Prüfen Sie Authentifizierung und Inhalt.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Ein Client hat ohne Authentifizierung über einen Server gesendet, der für ihn nicht als Relay arbeitet (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>Die sendende IP oder Domain hat eine schlechte Reputation oder steht auf einer Blocklist.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>Der Empfänger ist eine Verteilergruppe oder ein Postfach, das Mail nur von internen oder aufgeführten Absendern annimmt.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Eine Transportregel auf Empfängerseite oder eine eigene Richtlinie (gcdp-Regeln in Google Workspace) hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Eine Filter-Appliance, die so konfiguriert ist, dass sie mit einer echten 571 antwortet.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Suchen Sie die genaue Zeile mit 5.7.1 für die fehlgeschlagene Adresse; die Wörter nach dem Code nennen die Richtlinie.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Prüfen Sie mit Ihrem eigenen Resolver, ob die sendende IP bei Spamhaus gelistet ist (192.0.2.10 umgekehrt).</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Erwähnt der Text Relaying, prüfen Sie, ob sich Ihr Client für die Submission authentifizieren kann.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Versuchen Sie eine 571 oder die 550 5.7.1 dahinter nie unverändert erneut: Die Richtlinie, die sie abgelehnt hat, gilt weiterhin. Schicken Sie die Nachricht als unzustellbar zurück und senden Sie erst erneut, wenn Relay-Berechtigung, Blocklist-Eintrag oder die Regel des Empfängers geklärt sind.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>unbestimmter fehler</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>Der Sammel-Code unter den erweiterten Codes: Der Server sagt nur, ob das Ergebnis ein Erfolg (2.0.0), ein vorübergehender Fehler (4.0.0) oder ein dauerhafter Fehler (5.0.0) ist, ohne Angabe von Bereich oder Detail. Alle echten Informationen stecken im Basiscode und im Antworttext.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>Überall in der Sitzung und sehr oft in Bounces. Postfix antwortet nach den Nachrichtendaten mit 250 2.0.0 Ok: queued (in die Warteschlange gestellt), auf QUIT mit 221 2.0.0 Bye und mit 220 2.0.0 Ready to start TLS. Postfix und Exim schreiben außerdem Status: 5.0.0 oder 4.0.0 in eine DSN, wenn die Antwort des entfernten Servers keinen eigenen erweiterten Code hatte.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Ignorieren Sie den erweiterten Code und lesen Sie den Basiscode und den Text daneben: Sie sagen, was tatsächlich passiert ist. Bei 2.0.0 ist nichts zu beheben. Bei 4.0.0 oder 5.0.0 in einem Bounce liest der Absender (oder der Admin des Absenders) die Zeile Diagnostic-Code, die die ursprüngliche Antwort des entfernten Servers zitiert, und arbeitet davon ausgehend weiter.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>Die Antwort des entfernten Servers enthielt keinen erweiterten Code, daher hat der meldende MTA beim Schreiben der DSN das allgemeine X.0.0 eingesetzt.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Server-Software, die Routine-Erfolgsantworten mit 2.0.0 kennzeichnet, etwa die abschließende 250 nach den Nachrichtendaten oder die 221 auf QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Ein Filter, Milter oder Richtliniendienst hat die Nachricht mit eigenem Freitext abgelehnt und keinen spezifischen erweiterten Code gewählt.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Öffnen Sie den Bounce und lesen Sie die Zeile Diagnostic-Code: Sie zitiert, was der entfernte Server wirklich gesagt hat.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Suchen Sie die Nachricht anhand des Empfängers im Log des sendenden Servers und lesen Sie die vollständige Antwort, die dazu protokolliert wurde.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Entscheiden Sie allein nach der Klassenziffer: 2.0.0 braucht nichts, 4.0.0 wird später mit dem üblichen Backoff erneut versucht, 5.0.0 wird nicht unverändert wiederholt. Der allgemeine Code liefert keinen weiteren Grund, davon abzuweichen.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>ungültige adresse</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Etwas an einer Adresse in der Transaktion, der des Absenders oder der eines Empfängers, hat dieses Ergebnis verursacht, aber der Server sagt nicht, was. Als 5.1.0 ist es eine dauerhafte Ablehnung, die an diese Adresse gebunden ist; als 4.1.0 wird erwartet, dass sich das Adressproblem auflöst, zum Beispiel bei einer Prüfung, die noch nicht abgeschlossen werden konnte.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>In Antworten auf MAIL FROM oder RCPT TO und in DSNs. Postfix antwortet mit 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (Benutzer nicht in der lokalen Empfängertabelle), wenn eine Absenderadresse in einer Domain, die es hostet, nicht existiert (reject_unlisted_sender), und manche Postfix-Versionen protokollieren dsn=5.1.0, wenn sie Mail für eine Domain mit Null-MX als unzustellbar zurückschicken. Postfix, Gmail und Exchange setzen außerdem 2.1.0 auf die 250-Antwort auf MAIL FROM, eine Erfolgsform, die die Registry nicht aufführt.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Lesen Sie den Text nach dem Code, um zu erfahren, welche Adresse abgelehnt wurde. Nennt er die Absenderadresse, sorgt der Admin des Absenders dafür, dass der Envelope-Absender ein echtes, existierendes Postfach in einer Domain ist, die sich auflösen lässt; nennt er einen Empfänger, prüft der Absender diese Adresse auf Tippfehler. Bei 4.1.0 versucht es der sendende Server einfach erneut.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>Der Envelope-Absender scheint für den empfangenden Server lokal zu sein, existiert dort aber nicht, daher lehnt Postfix mit reject_unlisted_sender ihn ab.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>Die Empfängerdomain veröffentlicht einen Null-MX, und der sendende MTA meldet das mit dem allgemeinen Adresscode statt mit 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Eine Richtlinie oder eine Regel zum Umschreiben von Adressen hat eine Adresse abgelehnt, ohne einen spezifischeren Code zu wählen.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Lesen Sie den Antworttext: Er sagt, ob die Adresse des Absenders oder die des Empfängers abgelehnt wurde.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Liegt die Absenderadresse in einer Domain, die der ablehnende Postfix-Server hostet, prüfen Sie, ob sie in der Virtual-Alias-Map existiert.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Prüfen Sie, ob die Empfängerdomain einen Null-MX veröffentlicht (eine einzige Antwort &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: Senden Sie nicht unverändert erneut an oder von derselben Adresse. 4.1.0: Versuchen Sie es später mit normalem Backoff erneut, denn der Server erwartet, dass die Adressprüfung irgendwann gelingt.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>benutzer unbekannt</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>ungültiger empfänger</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>empfänger nicht gefunden</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>adresse existiert nicht</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>e-mail-adresse existiert nicht</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>Das Postfach existiert nicht: Der Teil der Adresse links vom @ ist am Ziel unbekannt, während die Domain selbst in Ordnung ist. Er ist als dauerhafter Fehler gedacht (5.1.1), der klassische Hard Bounce bei einer vertippten oder gelöschten Adresse; 4.1.1 erscheint, wenn ein Server den Empfänger noch nicht bestätigen kann und um einen späteren erneuten Versuch bittet.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Fast immer als Antwort auf RCPT TO, bevor Nachrichtendaten gesendet werden, und dann im Bounce, den der sendende Server schreibt. Gmail, Microsoft 365, Postfix (User unknown in local recipient table oder in virtual mailbox table, also unbekannt in der lokalen Empfängertabelle bzw. der virtuellen Postfachtabelle) und Sendmail (User unknown) verwenden ihn alle. Postfix sendet 450 4.1.1 ... unverified address, solange seine Verifizierung der Empfängeradresse noch läuft.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>Der Absender prüft die Adresse auf Tippfehler, besonders vor dem @, und klärt die richtige Adresse auf einem anderen Weg mit dem Empfänger. Listenbetreiber entfernen die Adresse nach einer 5.1.1. Sollte das Postfach existieren, prüft der Admin des Empfängers, ob es im Verzeichnis oder in der Lookup-Tabelle steht, die der empfangende Server verwendet, und ob Gateways und Backup-MX-Hosts eine aktuelle Empfängerliste haben.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Ein Tippfehler im Local Part: ein fehlender Buchstabe, vertauschter Vor- und Nachname oder das falsche Trennzeichen.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>Das Postfach wurde gelöscht oder umbenannt, zum Beispiel nachdem ein Mitarbeiter gegangen ist, und es wurde kein Alias beibehalten.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Ein veralteter Eintrag in einer Adressliste oder im Autovervollständigungs-Cache des Mailprogramms.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Ein Gateway oder Backup-MX prüft Empfänger gegen eine veraltete Liste und lehnt ein Postfach ab, das auf dem Zielserver existiert.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>Das Postfach wurde angelegt, aber die Lookup-Tabelle des empfangenden Servers (Virtual-Map, LDAP-Abfrage) wurde nicht neu erzeugt oder sieht es nicht.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Ermitteln Sie die MX-Hosts der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Testen Sie die Adresse gegen diesen MX, ohne eine Nachricht zu senden: Beobachten Sie die Antwort auf RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Prüfen Sie auf einem Postfix-Server, den Sie betreiben, ob der Empfänger in der virtuellen Postfach-Map (virtual mailbox map) steht.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Versuchen Sie eine 5.1.1 nicht erneut: Die Adresse erscheint nicht von selbst, und wiederholte Versuche an tote Adressen schaden der Reputation des Absenders. Eine 4.1.1 wird mit normalem Backoff erneut versucht; wird daraus eine 5.1.1, hören Sie auf.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Die Antwort von Gmail bei RCPT TO, wenn zu einer Adresse unter gmail.com oder Google Workspace kein Konto existiert; sie entspricht der Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange konnte den Empfänger in seinem Verzeichnis nicht auflösen. Zwischen Benutzern derselben Organisation ist das oft ein alter Autovervollständigungseintrag (X.500 / legacyExchangeDN) für ein Postfach, das neu angelegt oder verschoben wurde: Löschen Sie den Vorschlag, geben Sie die Adresse neu ein und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Ungültige Zielsystemadresse</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>domain existiert nicht</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>kein mx-eintrag</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>domain nicht gefunden</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>Der Domainteil der Empfängeradresse (rechts vom @) kann keine Mail annehmen: Er existiert im DNS nicht oder hat keinen brauchbaren Mailhost. Er ist als dauerhafter Fehler definiert, daher kann die Nachricht nicht zugestellt werden, bis die Domain korrigiert ist.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Entweder als Antwort auf RCPT TO von einem Server, der Empfängerdomains prüft, oder in einem Bounce, den der sendende Server nach einer eigenen fehlgeschlagenen DNS-Abfrage schreibt. Postfix mit reject_unknown_recipient_domain antwortet mit 450 4.1.2 ... Recipient address rejected: Domain not found (standardmäßig vorübergehend, weil DNS-Probleme vorübergehen können), und Sendmail schickt die Nachricht mit 550 5.1.2 ... Host unknown als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>Der Absender prüft die Schreibweise der Domain (häufige Fehler: ein fehlender Buchstabe im Namen eines bekannten Providers, ein Punkt am Ende, eine fehlende Länderendung). Stimmt die Domain, prüft der Admin des Empfängers, ob sie registriert und delegiert ist und ob sie MX-Einträge oder wenigstens einen Adresseintrag veröffentlicht, die zu einem funktionierenden Mailserver führen.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Eine falsch geschriebene Domain, zum Beispiel ein doppelter oder fehlender Buchstabe im Namen eines großen Providers.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>Die Registrierung der Domain ist abgelaufen, oder ihre Nameserver antworten nicht mehr für sie.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>Die Domain existiert, hat aber weder einen MX-Eintrag noch einen A- oder AAAA-Eintrag, daher gibt es keinen Host, an den zugestellt werden könnte.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>Der MX-Eintrag nennt einen Host, der sich selbst nicht auflösen lässt.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Ermitteln Sie die Mailhosts der Domain.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Gibt es keinen MX, suchen Sie nach dem Adresseintrag, der als Fallback dient.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Verfolgen Sie die Delegation von der Root-Zone aus, um zu sehen, ob die Domain existiert und ihre Nameserver antworten.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Versuchen Sie eine 5.1.2 nicht unverändert erneut; korrigieren Sie die Adresse. War ein DNS-Ausfall die Ursache und hat der Server einen 4xx-Basiscode verwendet, versuchen Sie es mit normalem Backoff erneut.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail konnte die Domain der Empfängeradresse nicht finden, meist ein Tippfehler oder ein verirrtes Satzzeichen nach der Adresse; dieselbe Idee wie die Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Ungültige Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>ungültige e-mail-adresse</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>fehlerhafte adresse</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>Die Empfängeradresse ist überhaupt keine gültige Adresse: Sie verletzt die Adresssyntax, zum Beispiel mit Leerzeichen, einem fehlenden @, zwei Punkten hintereinander oder unausgeglichenen spitzen Klammern. Die Registry behandelt das als dauerhaft, da dieselbe Zeichenfolge jedes Mal abgelehnt wird.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO, meist mit 501 oder 553. Postfix antwortet mit 501 5.1.3 Bad recipient address syntax (Syntax der Empfängeradresse fehlerhaft), Gmail mit 553-5.1.3 ... is not a valid RFC 5321 address, und lokales Exchange meldet 5.1.3 STOREDRV.Submit; invalid recipient address. Skripte und Webformulare, die die RCPT-TO-Zeile selbst zusammenbauen, sind die übliche Quelle.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>Der Absender oder die Client-Software, die den Envelope aufbaut, korrigiert die Adresse: keine Leerzeichen oder verirrten Satzzeichen, genau ein @, eine vollständige Domain und die nackte Adresse in spitzen Klammern in RCPT TO. Anwendungen sollten Adressen prüfen, bevor sie Mail in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Leerzeichen, Kommas oder Semikolons in der Adresse, oft weil mehrere Adressen in ein Feld eingefügt wurden.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Zwei aufeinanderfolgende Punkte oder ein Punkt am Anfang oder Ende des Local Part.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>Ein Anzeigename oder Anführungszeichen wurden an RCPT TO übergeben statt der nackten Adresse.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Nicht-ASCII-Zeichen, gesendet an einen Server, der SMTPUTF8 nicht angeboten hat.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Kopieren Sie die genaue Adresse aus dem Bounce und suchen Sie nach versteckten Leerzeichen, Anführungszeichen, doppelten Punkten oder einer fehlenden Domain.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Wiederholen Sie den Envelope mit der korrigierten Adresse und beobachten Sie die Antwort auf RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Eine fehlerhafte Adresse wird bei jedem Versuch gleich abgelehnt. Korrigieren Sie die Adresse und liefern Sie eine neue Nachricht ein.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail lehnt eine Empfängeradresse ab, die nicht der Syntax von RFC 5321 folgt; entspricht der Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Zielpostfachadresse mehrdeutig</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>Die Adresse passte auf mehr als ein Postfach im Zielsystem, daher kann der Server nicht erkennen, welches gemeint war. Sie kommt von Systemen, die Adressen unscharf zuordnen (nach Name oder Teilübereinstimmung), und kann dauerhaft (5.1.4) oder anhaltend vorübergehend (4.1.4) sein.</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Im heutigen Internet selten. Sie kommt von verzeichnisgesteuerten Systemen, die Empfänger nach Namen auflösen, etwa älteren Exchange-Versionen und manchen Groupware-Gateways, als Antwort auf RCPT TO oder in einer DSN. Der Befehl VRFY aus RFC 5321 kennt dieselbe Idee: Ein Server darf antworten, dass ein Name mehrdeutig ist, und die Kandidaten auflisten.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>Der Absender verwendet die vollständige, exakte Adresse statt einer Kurzform oder eines Namens. Der Admin des Empfängers beseitigt das Duplikat – zwei Benutzer oder Kontakte mit demselben Alias, derselben Proxyadresse oder demselben Namen im Verzeichnis – und prüft auf unscharfe Zuordnungsregeln wie den Abgleich von Vornamen.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Zwei Verzeichnisobjekte tragen denselben Alias oder dieselbe Proxyadresse, zum Beispiel nachdem eine Migration einen Benutzer doppelt importiert hat.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>Das empfangende System ordnet Empfänger nach Namen zu, und mehrere Personen haben denselben Namen.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Ein kurzer Local Part wie ein Vorname wurde verwendet, wo das System die vollständige Adresse erwartete.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Der Admin des Empfängers durchsucht das Verzeichnis nach jedem Objekt, das die Adresse trägt.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Senden Sie erneut mit der vollständigen Adresse, genau so, wie der Empfänger sie angibt.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: Versuchen Sie dieselbe Adresse nicht erneut; senden Sie mit einer eindeutigen. 4.1.4: Versuchen Sie es später in zunehmenden Abständen erneut, denn der Admin des Empfängers behebt das Duplikat womöglich gerade.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Ein Erfolgscode: Die Zieladresse ist gültig und wurde angenommen. RFC 3463 sah ihn für positive Zustellberichte vor, und in der Praxis setzt fast jeder Server 2.1.5 auf die 250-Antwort auf RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>In der Antwort auf jedes RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok, also „Empfänger in Ordnung“) und in Erfolgs-DSNs, wenn der Absender NOTIFY=SUCCESS angefordert hat. Bei RCPT TO bedeutet er nur, dass die Adresse für diese Transaktion angenommen wurde, nicht dass die Nachricht den Posteingang erreicht hat.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Nichts zu beheben. Genauer hinsehen sollten Sie nur, wenn eine mit 2.1.5 angenommene Nachricht später als unzustellbar zurückkommt oder nie ankommt: Dann liegt das Problem nach der Annahme (Content-Filterung, ein späterer Zustellschritt oder ein Backup-MX, der jede Adresse annimmt), und der Admin des Empfängers verfolgt die Nachricht in seinen Logs.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>Die Empfängeradresse existiert, und der Server hat sie für diese Transaktion angenommen.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Ein Server, der Empfänger bei RCPT TO nicht prüft (manche Backup-MX-Hosts, Catch-all-Domains), nimmt jede Adresse an und schickt sie womöglich später als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>Eine Erfolgs-DSN wurde mit NOTIFY=SUCCESS angefordert, und der Zielserver hat die Zustellung gemeldet.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Spielen Sie den Envelope bis RCPT TO durch und bestätigen Sie die Antwort 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Ist angenommene Mail nie angekommen, suchen Sie die Queue-ID, die der empfangende Server in seiner 250-Antwort nach den Daten angegeben hat (Postfix protokolliert sie als queued as ...), und schicken Sie sie an den Admin des Empfängers, der sein eigenes Log danach durchsucht.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Nichts zu wiederholen: Der Empfänger wurde angenommen. Der Client setzt den Dialog mit weiteren RCPT-TO-Befehlen oder mit DATA fort.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>Zielpostfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>konto geschlossen</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>mitarbeiter ausgeschieden</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>Die Adresse war früher gültig, aber das Postfach ist weg, und der Server bietet keine Weiterleitungsadresse an. Es ist ein dauerhafter Fehler; anders als 5.1.1 teilt er dem Absender mit, dass die Adresse tatsächlich einmal existiert hat.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO oder in einem Bounce, von Servern, die eine Liste ausgeschiedener Benutzer führen. Die relocated-Tabelle von Postfix lehnt mit 5.1.6 und einem Text wie User has moved to gefolgt von der neuen Adresse ab, in der Praxis gibt sie also oft doch eine Weiterleitungsadresse an. Lokales Exchange verwendet 5.1.6 für etwas anderes: einen Empfangsconnector, der Empfängerdomains mit nur einem Label ablehnt (eine Adresse wie user@example ohne Endung).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>Der Absender verwendet die Adresse nicht mehr und fragt die Person oder ihre Organisation nach der neuen; nennt der Antworttext eine neue Adresse, verwenden Sie diese. Listenbetreiber entfernen die Adresse. Der frühere Admin des Empfängers kann einen Weiterleitungsalias oder eine automatische Antwort einrichten, wenn die Organisation möchte, dass man die Person findet.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>Die Person hat die Organisation verlassen, und der Admin hat die Adresse in eine relocated-Tabelle bzw. eine Tabelle ausgeschiedener Benutzer eingetragen.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Ein Unternehmen hat seine Domain oder sein Namensschema geändert und die alten Adressen bewusst stillgelegt.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Unter Exchange hat die Empfängerdomain nur ein Label, und der Empfangsconnector ist so eingestellt, dass er solche Domains ablehnt.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Lesen Sie den ganzen Antworttext: Manche Server setzen die neue Adresse hinter &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Sehen Sie auf einem Postfix-Server nach, ob die Adresse in der relocated-Tabelle steht.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Das Postfach kommt nicht zurück. Entfernen Sie die Adresse oder senden Sie erneut an die neue Adresse, falls die Antwort eine genannt hat.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Ungültige Syntax der Postfachadresse des Absenders</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>ungültige absenderadresse</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>fehlerhaftes mail from</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>Die Adresse des Absenders, normalerweise das MAIL FROM des Envelope, ist syntaktisch ungültig. Als 5.1.7 ist es eine dauerhafte Ablehnung; Server senden auch 4.1.7, wenn sie einen Absender nur vorerst ablehnen, zum Beispiel solange sie ihn noch verifizieren.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>Als Antwort auf MAIL FROM oder auf RCPT TO bei Servern, die Absender-Restriktionen erst dort anwenden. Postfix meldet 501 5.1.7 Bad sender address syntax und Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix mit reject_unverified_sender verwendet den Code auch als 450 4.1.7 ... Sender address rejected: unverified address; dabei geht es um Verifizierung, nicht um Syntax. Skripte, Drucker und Scanner sind häufige Quellen.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>Der Admin des Absenders oder die sendende Anwendung korrigiert den Envelope-Absender: eine vollständige Adresse mit einem @ und einer voll qualifizierten Domain, in spitzen Klammern, ohne Anzeigenamen. Geräte und Skripte senden oft einen bloßen Benutzernamen oder eine Domain, die nur aus einem Hostnamen besteht; konfigurieren Sie eine echte Adresse. Im Fall von Postfix 4.1.7 stellen Sie sicher, dass die Absenderadresse Mail empfangen kann, denn der Empfänger prüft sie per Probe.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Eine Anwendung oder ein Gerät sendet einen bloßen Benutzernamen oder einen Hostnamen ohne Domain als Envelope-Absender.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>Ein Anzeigename, Anführungszeichen oder Leerzeichen landen in MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>Die Domain des Absenders hat keine Endung, etwa user@localhost oder ein interner kurzer Hostname.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>Der empfangende Server prüft die Absenderadresse per Probe und hat noch keine Antwort (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Ermitteln Sie den Envelope-Absender, den der Server gesehen hat; Postfix protokolliert ihn als from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Wiederholen Sie die Transaktion mit einer sauberen Absenderadresse und vergleichen Sie die Antwort auf MAIL FROM.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: Versuchen Sie es nicht erneut mit derselben Absenderadresse; korrigieren Sie sie zuerst. 4.1.7: Versuchen Sie es später mit normalem Backoff erneut; meist klappt es, sobald der Empfänger die Verifizierung des Absenders abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail lehnt einen Envelope-Absender ab, der nicht der Adresssyntax von RFC 5321 folgt; entspricht der Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Ungültige Systemadresse des Absenders</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>absenderdomain existiert nicht</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>Die Domain der Absenderadresse existiert nicht oder kann keine Mail empfangen, sodass Bounces nicht an sie zurückgeschickt werden könnten. Server lehnen solche Absender dauerhaft ab (5.1.8), wenn die Domain eindeutig nicht mehr existiert, und vorübergehend (4.1.8), wenn lediglich die DNS-Abfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>Als Antwort auf MAIL FROM oder bei RCPT TO auf Servern, die Absender-Restriktionen spät auswerten, wie Postfix es standardmäßig tut. Postfix mit reject_unknown_sender_domain antwortet mit 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail antwortet mit 553 5.1.8 ... Domain of sender address ... does not exist oder mit 451 4.1.8, wenn sie sich nicht auflösen lässt. Microsoft 365 verwendet 5.1.8 mit einer ganz anderen Bedeutung.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>Der Admin des Absenders sorgt dafür, dass der Envelope-Absender eine echte öffentliche Domain mit MX- oder Adresseinträgen verwendet: keinen nur intern gültigen Namen (etwa eine .local-Domain), keinen Tippfehler und keine Domain, deren Registrierung abgelaufen ist. Sieht das DNS richtig aus, prüfen Sie, ob die Nameserver der Domain von außerhalb des Firmennetzes antworten. Ein Absender bei Microsoft 365, der 5.1.8 erhalten hat, braucht seinen Admin, um das Konto abzusichern und freizugeben.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>Die sendende Anwendung verwendet eine interne Domain, die nur im privaten DNS des Unternehmens existiert.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>Die Registrierung der Absenderdomain ist abgelaufen, oder ihre Delegation ist defekt.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>Die Absenderdomain hat weder einen MX-Eintrag noch einen A- oder AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Ein vorübergehender DNS-Fehler auf der empfangenden Seite, der 4.1.8 statt 5.1.8 ergibt.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Fragen Sie die MX-Einträge der Absenderdomain von einem Rechner außerhalb Ihres Netzes ab.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Gibt es keinen MX, prüfen Sie die Adresseinträge, die als Fallback dienen, für IPv4 und IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Listen Sie auf dem empfangenden Postfix-Server die geltenden Absender-Restriktionen auf.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: Versuchen Sie es mit normalem Backoff erneut; DNS-Probleme lösen sich oft innerhalb von Minuten. 5.1.8: Versuchen Sie es erst erneut, wenn die Absenderdomain oder der Envelope-Absender korrigiert ist.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online hat das sendende Konto selbst eingeschränkt, meist weil es nach einer Kompromittierung Spam versendet hat. Über die Domain des Absenders sagt es nichts: Ein Admin sichert das Konto ab und entfernt es aus der Liste der eingeschränkten Entitäten (Restricted entities) im Microsoft 365 Defender-Portal.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Nachricht per Relay an nicht konformes Mailsystem weitergegeben</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>Die Adresse war gültig, aber die Nachricht wurde an ein System übergeben, das das verwendete Status- oder Tracking-Protokoll nicht spricht, daher können keine weiteren Informationen geliefert werden. Der Code stammt aus RFC 3886 (Message Tracking) und ist in den meisten Verwendungen eher informativ als ein Fehler.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Selten zu sehen. Er gehört zu Antworten des Message Tracking (der MTRK-Erweiterung aus RFC 3885 und dem Statusformat aus RFC 3886) und zu Statusberichten, bei denen die Spur an einem Gateway oder Server endet, der nicht weiter berichten kann. In einer gewöhnlichen DSN wird dieselbe Situation meist als Action: relayed (per Relay weitergegeben) angezeigt.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Meist nichts zu beheben: Die Nachricht hat den Teil des Weges verlassen, der Status meldet. Kommt es auf einen Zustellnachweis an, fragen Sie direkt den Empfänger oder bitten Sie den Admin des Empfängers, seine Logs zu durchsuchen, denn der letzte meldende Hop kann nicht weiter sehen.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>Der nächste Hop ist ein Gateway zu einer anderen Art von Nachrichtensystem (alte Groupware, ein Fax- oder SMS-Gateway) ohne Tracking-Unterstützung.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Ein nachgelagerter Server unterstützt weder DSN noch Tracking, daher hat der meldende Server die Nachricht ohne diese weitergereicht.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>Die Nachricht ging an einen externen Dienst, dessen interne Zustellung für den meldenden Server nicht sichtbar ist.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Lesen Sie im Statusbericht die Felder Action, Status und Remote-MTA, um zu sehen, wo die Spur endete.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Prüfen Sie, ob der nächste Hop in seiner EHLO-Antwort DSN ankündigt.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Nichts zu wiederholen: Die Nachricht wurde angenommen und weitergereicht. Behandeln Sie eine Form der Klasse 4 oder 5 als unbekannten Endzustand und bestätigen Sie die Zustellung außerhalb des Mailsystems, wenn es darauf ankommt.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>Empfängeradresse hat Null-MX</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX (einen einzigen MX-Eintrag mit Präferenz 0 und dem Host &apos;.&apos;), die ausdrückliche Erklärung des Inhabers, dass die Domain überhaupt keine Mail annimmt. Der Fehler ist dauerhaft: Da die Domain einen MX-Eintrag hat, greift der Fallback auf A/AAAA nicht, und die Zustellung scheitert sofort.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>An zwei Stellen. Ein sendender Server, der die Empfängerdomain nachschlägt und den Null-MX findet, lässt die Nachricht sofort scheitern und meldet das im Bounce, mit 556 als Basiscode (RFC 7504); manche Postfix-Versionen protokollieren in diesem Fall dsn=5.1.0 mit Domain ... does not accept mail (nullMX). Ein empfangender Server oder Submission-Server, der Empfängerdomains prüft, kann RCPT TO auch mit 556 5.1.10 ablehnen, wie Postfix es mit reject_unknown_recipient_domain tut.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>Der Absender prüft die Adresse: Ein Null-MX bedeutet meist, dass die Domain nie für Mail gedacht war (geparkte, reine Web- oder Platzhalterdomains), oder die Adresse enthält einen Tippfehler. Soll der Empfänger dort wirklich Mail erhalten, ersetzt der Admin des Empfängers den Null-MX durch echte MX-Einträge; ein Null-MX muss der einzige MX-Eintrag der Domain sein.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>Die Adresse verwendet eine Domain, die absichtlich keine Mail annimmt, etwa eine geparkte, reine Web- oder Platzhalterdomain.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Ein Tippfehler, der zufällig auf einer echten Domain landet, die einen Null-MX veröffentlicht.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>Der Domaininhaber hat die Mail anderswohin verlegt und den Null-MX versehentlich stehen lassen.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Test- oder Beispieladressen in echten Daten: example.com zum Beispiel veröffentlicht einen Null-MX.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Fragen Sie die MX-Einträge der Empfängerdomain ab; ein Null-MX erscheint als einzige Antwort &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Suchen Sie den Bounce im Log des sendenden Servers, um den protokollierten Code und Text zu sehen.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Versuchen Sie es nie erneut: Die Domain hat erklärt, dass sie keine Mail annimmt. Schicken Sie die Nachricht sofort als unzustellbar zurück, statt sie in der Warteschlange zu behalten.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Eine eigene Verwendung von Exchange Online, die nichts mit Null-MX zu tun hat: Der Empfänger existiert in der Microsoft 365-Organisation, die die Domain hostet, nicht, also faktisch ein unbekannter Benutzer wie bei 5.1.1. Der Absender prüft die Adresse und löscht veraltete Einträge der Outlook-Autovervollständigung; der Admin des Empfängers prüft das Empfängerobjekt und seine Proxyadressen.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Sonstiger oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>postfach fehler</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>Das Postfach existiert, aber etwas daran hat die Zustellung verhindert, und der Server sagt nicht, was. Als 4.2.0 wird erwartet, dass das Problem vorübergeht; als 5.2.0 ist es für diese Nachricht ein dauerhafter Fehler.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Meist in einem Bounce, den der Postfachspeicher des Empfängers schreibt, und nicht bei RCPT TO, weil sich das Problem erst zeigt, wenn die Nachricht ins Postfach geschrieben wird. Exchange und Microsoft 365 verwenden oft 5.2.0, gefolgt vom Namen einer STOREDRV.Deliver-Exception, der den wahren Grund nennt; LMTP und lokale Zustellsoftware verwenden ihn eventuell, wenn der Speicher einen Fehler zurückgibt, den sie nicht einordnen können.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Lesen Sie den Text nach dem Code: Er nennt fast immer den echten Zustand. Der Admin des Empfängers prüft dann das Postfach selbst (Quota einschließlich versteckter Ordner, beschädigte Ordner, Berechtigungen, ein Postfach, das gerade verschoben wird). Der Absender kann den Bounce nur auf einem anderen Weg an den Empfänger weitergeben.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>Das Postfach oder einer seiner versteckten Ordner hat ein Speicherlimit überschritten, das nicht als einfaches volles Postfach gemeldet wird.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>Das Postfach wird gerade verschoben, migriert oder repariert, und der Speicher verweigert Schreibzugriffe.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Ein Berechtigungs- oder Dateisystemfehler im Postfachspeicher während der Zustellung.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Eine Zustellregel oder ein Sieve-Skript des Postfachs ist bei der Verarbeitung der Nachricht gescheitert.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Kopieren Sie den Text nach 5.2.0 aus dem Bounce; bei Microsoft 365 zeigt der Name der Exception (zum Beispiel QuotaExceededException) dem Admin, wo er suchen muss.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Bei Microsoft 365 prüft der Admin des Empfängers die Größe der Ordner für wiederherstellbare Elemente (Recoverable Items).</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Auf einem Dovecot-Server prüft der Admin die Quota-Auslastung des Empfängers.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: Versuchen Sie es in zunehmenden Abständen erneut. 5.2.0: Senden Sie dieselbe Nachricht nicht automatisch erneut; senden Sie erst wieder, wenn die Seite des Empfängers meldet, dass das Postfach repariert ist.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Der Store-Treiber von Exchange Online konnte die Nachricht nicht im Postfach ablegen und nennt die Exception. QuotaExceededException kann von einem vollen Bereich für wiederherstellbare Elemente stammen, zum Beispiel unter einem Aufbewahrungs-Hold, selbst wenn das sichtbare Postfach weit unter seinem Limit liegt.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>konto deaktiviert</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>postfach deaktiviert</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>Das Postfach existiert, ist aber abgeschaltet und nimmt keine Nachrichten an. Die Registry erlaubt beide Klassen: 5.2.1, wenn das Postfach nie wieder aktiviert wird, 4.2.1, wenn es nur vorläufig deaktiviert ist.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO bei gesperrten, blockierten oder inaktiven Konten. Gmail sendet 550 5.2.1 für deaktivierte oder inaktive Konten und verwendet 450 4.2.1 für einen anderen Zustand: einen Empfänger, der schneller Mail erhält, als Gmail erlaubt. Exchange hat 5.2.1 für Nachrichten verwendet, die sein Content-Filter in Quarantäne gestellt hat, und für Postfächer, auf die nicht zugegriffen werden kann.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>Der Absender klärt auf einem anderen Weg, ob die Adresse noch verwendet wird, und entfernt sie aus Listen, wenn das Konto geschlossen ist. Der Empfänger oder sein Admin aktiviert das Konto wieder, klärt die Sperrung oder meldet sich an, um es zu reaktivieren. Beim Ratenlimit 4.2.1 von Gmail sendet der Absender langsamer und lässt die Warteschlange es erneut versuchen.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>Der Provider oder die Organisation hat das Konto gesperrt, zum Beispiel wegen Nichtzahlung oder Missbrauchs.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Das Konto wurde so lange nicht genutzt, dass der Provider es deaktiviert hat.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Der Mitarbeiter ist ausgeschieden, und der Admin hat das Postfach gesperrt, statt es zu löschen.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmails 4.2.1: Der Empfänger erhält in kurzer Zeit zu viel Mail.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Lesen Sie den Text: disabled (deaktiviert), inactive (inaktiv), suspended (gesperrt) oder receiving mail too quickly (zu schneller Mailempfang) verlangen jeweils eine andere Lösung.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Zählen Sie, wie viele Nachrichten Ihr Server in letzter Zeit an diesen Empfänger gesendet hat, falls ein Ratenlimit im Spiel ist.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: Versuchen Sie es nicht erneut; das Konto ist für Mail geschlossen. 4.2.1: Versuchen Sie es in zunehmenden Abständen erneut und verteilen Sie die Nachrichten zeitlich; Gmail nimmt sie wieder an, sobald die Eingangsrate des Empfängers sinkt.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Das Google-Konto existiert, ist aber deaktiviert oder inaktiv (ältere Antworten lauteten &apos;is disabled&apos;); das entspricht der Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmails eigene Verwendung: Das Postfach ist in Ordnung, erhält aber schneller Mail, als Gmail erlaubt; der Absender sollte also langsamer senden und es erneut versuchen. Gmail hat außerdem eine dauerhafte Form 550 5.2.1, die besagt, dass der Benutzer Mail in einer Rate erhält, die die Zustellung weiterer Nachrichten verhindert.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>quota überschritten</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>posteingang voll</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>kein speicherplatz mehr</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>Das Postfach des Empfängers hat seine Speicher-Quota überschritten. RFC 3463 sieht ihn als anhaltenden vorübergehenden Fehler (4.2.2) vor, weil der Empfänger Mail löschen und so Platz schaffen kann; viele Server senden stattdessen 5.2.2, und diese dauerhafte Form ist in Bounces sehr häufig.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>Bei RCPT TO auf Servern, die die Quota im Voraus kennen (Gmail, Dovecot mit Quota-Prüfung), oder am Datenende und in Bounces, wenn der Speicher das Postfach bei der Zustellung voll vorfindet. Dovecot antwortet 552 5.2.2 ... Quota exceeded (mailbox for user is full) oder 452 4.2.2, wenn quota_full_tempfail gesetzt ist. Exchange gibt 554 5.2.2 mailbox full zurück.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>Der Empfänger löscht oder archiviert Mail und leert den Papierkorb, oder der Admin des Empfängers erhöht die Quota. Technisch kann der Absender nichts beheben: Informieren Sie den Empfänger auf anderem Weg und senden Sie später erneut. Listenbetreiber sollten Quota-Bounces, die wochenlang anhalten, als Zeichen eines verwaisten Postfachs werten.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>Der Empfänger räumt das Postfach nie auf, und es hat seine Quota erreicht.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Ein gemeinsames oder Funktionspostfach wie info@ erhält viel Mail, und niemand kümmert sich darum.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Große Anhänge haben ein kleines Postfach schnell gefüllt.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>Speicher, der mit anderen Diensten geteilt wird, ist voll, wie bei Gmail, dessen Quota auch Google Drive und Fotos umfasst.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Zeigen Sie auf einem Dovecot-Server die Auslastung des Empfängers im Verhältnis zum Limit an.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Vergleichen Sie unter Postfix mit lokaler mbox-Zustellung die Größe der Postfachdatei mit mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Achten Sie als Absender darauf, ob der Bounce 4.2.2 (Ihr Server versucht es noch erneut) oder 5.2.2 (er hat aufgegeben) meldet.</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: Versuchen Sie es während der normalen Verweildauer in der Warteschlange weiter in zunehmenden Abständen erneut, denn der Empfänger schafft vielleicht Platz. 5.2.2: Die Nachricht kommt zurück, aber der Zustand kann vorübergehen; senden Sie sie später von Hand erneut, nicht sofort.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Das Google-Konto hat seine Speicher-Quota überschritten, und Gmail stellt die Nachricht zurück (ältere Antworten lauteten &apos;The email account that you tried to reach is over quota&apos;); die beabsichtigte vorübergehende Verwendung.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail macht aus dem Quota-Problem eine dauerhafte Ablehnung, wenn das volle Konto außerdem verwaist wirkt, damit der Server des Absenders die erneuten Versuche einstellt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Das Postfach des Empfängers hat seine Quota für das Empfangsverbot (prohibit-receive) erreicht. Exchange Online verwendet 5.2.2 mit &apos;Submission quota exceeded&apos; auch für einen Absender, der die Ratenlimits für den Versand überschritten hat; das ist ein Problem auf Seiten des Absenders.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>Nachrichtenlänge überschreitet administratives Limit</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>nachricht zu groß</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>anhang zu groß</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>Die Nachricht ist größer, als dieses bestimmte Postfach annimmt. Die Registry sah ihn für ein Limit pro Postfach vor, das niedriger ist als das systemweite (dieser Fall ist X.3.4); für diese Nachricht ist es ein dauerhafter Fehler.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>Am Datenende oder bei MAIL FROM, wenn der Client die Größe mit SIZE= angegeben hat. Exchange verwendet 5.2.3 mit RESOLVER.RST.RecipSizeLimit, wenn die maximale Empfangsgröße des Empfängers kleiner ist als die Nachricht. Gmail verwendet 552 5.2.3 für sein eigenes Größenlimit für Nachrichten, das eigentlich ein Systemlimit ist.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>Der Absender verkleinert die Nachricht: Anhänge entfernen oder komprimieren oder große Dateien per Link teilen. Denken Sie daran, dass die base64-Kodierung Anhänge um etwa ein Drittel größer macht als die Dateien auf der Platte. Ist das Limit des Postfachs unvernünftig niedrig, erhöht der Admin des Empfängers dessen Empfangsgröße.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Ein Anhang, der als Datei knapp unter dem Limit liegt und nach der base64-Kodierung darüber.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Eine maximale Empfangsgröße pro Empfänger, die niedriger eingestellt ist als das Transportlimit der Organisation.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Viele eingebettete Bilder oder ein weitergeleiteter Verlauf, der frühere Anhänge mitschleppt.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Vergleichen Sie die Größe im Bounce mit dem dort genannten Limit; es zählt die Größe der kodierten Nachricht, nicht die der Dateien.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Bei Exchange Online liest der Admin des Empfängers das Empfangslimit des Postfachs aus.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Versuchen Sie dieselbe Nachricht nicht erneut: Sie wird beim nächsten Mal genauso groß sein. Senden Sie stattdessen eine kleinere Fassung.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Das allgemeine Größenlimit von Gmail für Nachrichten, ein systemweites Limit, das die Registry unter X.3.4 einordnen würde; Gmail sendet denselben Text auch mit 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Die Nachricht überschreitet die eigene maximale Empfangsgröße des Empfängers, genau der Fall pro Postfach, den die Registry beschreibt.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Problem bei der Auflösung einer Mailingliste</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>verteilerliste</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>Die Adresse ist eine Mailingliste oder Verteilergruppe, und die Liste konnte nicht in ihre Mitglieder aufgelöst werden. Der Fehler kann dauerhaft (5.2.4) oder anhaltend vorübergehend (4.2.4) sein, je nachdem, ob die Listendefinition defekt oder nur gerade nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Wenn Mail an eine Liste, einen Alias oder eine Verteilergruppe geht: bei RCPT TO, wenn der Server sie sofort auflöst, oder in einem Bounce vom Listenserver. Die Registry ordnet ihn 450 und 452 zu. Ältere Exchange-Versionen meldeten 5.2.4 mailing list expansion problem, und Listenverwalter oder verzeichnisbasierte Gruppen können ihn erzeugen, wenn die Mitgliedschaft nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>Der Absender kann es nur dem Listenbetreiber oder dem Admin des Empfängers melden. Der Listenbetreiber oder Admin prüft die Listendefinition: die include-Datei oder Verzeichnisabfrage, die die Mitglieder liefert, verschachtelte Gruppen, die eine Schleife bilden oder auf gelöschte Gruppen zeigen, und den Verzeichnisserver, von dem die Auflösung abhängt.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>Der Alias zeigt auf eine include-Datei, die fehlt oder für das Mailsystem nicht lesbar ist.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>Das Verzeichnis mit der Gruppenmitgliedschaft (LDAP, Active Directory) ist nicht erreichbar, was eine vorübergehende 4.2.4 ergibt.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Verschachtelte Gruppen verweisen in einer Schleife aufeinander oder auf eine gelöschte Gruppe.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>Die Auflösung würde die Zahl der Empfänger überschreiten, die der Server für eine Nachricht erlaubt.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Lassen Sie das Mailsystem die Adresse auflösen, ohne etwas zuzustellen: Sendmail gibt die Mitglieder oder den Fehler im Terminal aus, während sendmail -bv von Postfix Ihnen den Bericht per Mail schickt.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Schlagen Sie unter Postfix die Liste in der aliases-Datenbank nach.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: Versuchen Sie es in zunehmenden Abständen erneut; die Auflösung funktioniert oft wieder, sobald das Verzeichnis zurück ist. 5.2.4: Versuchen Sie es erst erneut, wenn der Listenbetreiber die Liste repariert hat.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Sonstiger oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>interner serverfehler</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Etwas am Ziel-Mailsystem, nicht an der Adresse oder am Postfach, hat dieses Ergebnis verursacht, und der Server nennt keine Einzelheiten. Die vorübergehende Form 4.3.0 (eine Störung auf Serverseite) ist mit Abstand die häufigste; 5.3.0 ist eine dauerhafte Ablehnung auf Systemebene und 2.3.0 eine seltene Erfolgsvariante.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>In jeder Phase, am häufigsten am Datenende oder bei RCPT TO. Postfix sendet 451 4.3.0 Error: queue file write error, wenn es die Nachricht nicht in seiner Warteschlange speichern kann, und 451 4.3.0 ... Temporary lookup failure, wenn eine Tabellen- oder Datenbankabfrage vorübergehend fehlschlägt. Gmail verwendet 451 4.3.0 und 421 4.3.0 für vorübergehende Probleme auf seiner Seite. Exchange verwendet 5.3.0 Too many related errors, wenn es eine Nachricht in die Warteschlange für schädliche Nachrichten (poison message queue) verschiebt.</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>Bei 4.3.0 wartet die sendende Seite meist einfach ab, während der Admin der empfangenden Seite im Serverlog zum Zeitpunkt der Ablehnung nach dem zugrunde liegenden Fehler sucht (volle Platte, fehlgeschlagene Abfrage, abgestürzter Content-Filter). Bei 5.3.0 sagt der Antworttext, was das System abgelehnt hat; der Admin des Empfängers muss den Server reparieren, und der Absender kann ihn nur kontaktieren.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>Der empfangende Server konnte die Nachricht nicht in seine Warteschlange schreiben: Platte voll, Dateisystemfehler oder falsche Berechtigungen.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Eine Lookup-Tabelle, Datenbank oder ein LDAP-Server, von dem der Mailserver abhängt, ist während der Transaktion ausgefallen.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Ein Content-Filter, Milter oder Virenscanner ist abgestürzt oder in einen Timeout gelaufen.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>Der Provider hat die Nachricht vorerst abgelehnt, ohne einen konkreten Grund zu nennen.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Suchen Sie auf dem empfangenden Postfix-Server die warning- oder fatal-Meldung, die unmittelbar vor der Ablehnung protokolliert wurde.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Prüfen Sie freien Speicherplatz und Inodes dort, wo die Warteschlange liegt.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Lassen Sie Postfix seine eigene Konfiguration, Eigentümer und Berechtigungen prüfen.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: Versuchen Sie es später in zunehmenden Abständen erneut; die meisten Ursachen werden ohne Zutun des Absenders behoben. 5.3.0: Versuchen Sie es nicht unverändert erneut; finden Sie aus dem Text oder über den Admin des Empfängers heraus, was das System abgelehnt hat.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Die allgemeine vorübergehende Ablehnung von Gmail: Der Absender muss nichts ändern, sondern es nur später erneut versuchen. Gmail sendet außerdem 451 4.3.0 Multiple destination domains per transaction is unsupported; damit wird der Client aufgefordert, Empfänger verschiedener Domains in getrennte Transaktionen zu stellen.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>festplatte voll</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>kein plattenplatz</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>Dem Mailsystem als Ganzem ist der Speicher ausgegangen, meist Platten- oder Warteschlangenplatz, daher kann es die Nachricht jetzt nicht annehmen. Anders als bei einem vollen Postfach kann der Empfänger das nicht durch Löschen von Mail beheben; der Code ist ausschließlich als vorübergehender Fehler definiert.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>Bei MAIL FROM, RCPT TO oder am Datenende, mit 452. Postfix antwortet 452 4.3.1 Insufficient system storage, wenn der freie Platz im Dateisystem der Warteschlange unter dem liegt, was es braucht (queue_minfree und das 1,5-Fache von message_size_limit). Exchange antwortet 452 4.3.1 Insufficient system resources, wenn Back Pressure durch wenig Plattenplatz oder Arbeitsspeicher ausgelöst wird.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>Der Admin des empfangenden Servers schafft Platz auf dem Volume der Warteschlange oder des Speichers (alte Logs, Quarantäne, eine aufgeblähte Warteschlange zurückgestellter Nachrichten) oder erweitert die Kapazität; unter Exchange prüft er außerdem die Schwellenwerte für Back Pressure und die Platte mit der Warteschlangendatenbank. Der Absender tut nichts: Sein Server versucht es erneut.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>Die Partition mit der Mail-Warteschlange ist voll, oft weil Logs oder die Warteschlange zurückgestellter Nachrichten immer weiter gewachsen sind.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>Dem Dateisystem sind die Inodes ausgegangen, obwohl noch freier Platz vorhanden ist.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Eine Mailschleife oder eine Spam-Welle hat die Warteschlange gefüllt.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>Back Pressure in Exchange, als Reaktion auf wenig Plattenplatz oder hohe Speicherauslastung.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Prüfen Sie Platz und Inodes auf dem Dateisystem der Warteschlange.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Sehen Sie nach, wie viele Nachrichten in der Warteschlange liegen, um eine Schleife oder eine Spam-Welle zu erkennen.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Vergleichen Sie den Freiplatz-Schwellenwert von Postfix mit seinem Größenlimit für Nachrichten.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Versuchen Sie es später mit normalem Backoff erneut; der Code ist ausschließlich als vorübergehend definiert. Dauert der Zustand über die Verweildauer in der Warteschlange hinaus an, wird die Nachricht zurückgeschickt; benachrichtigen Sie also den Admin der empfangenden Seite, wenn Sie ihn erreichen können.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>System nimmt keine Nachrichten aus dem Netz an</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>mailserver ausgefallen</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>Der Host, der das Postfach führt, nimmt keine Nachrichten aus dem Netz an. Als 4.3.2 ist das vorübergehend (Herunterfahren läuft, Überlastung, Wartung); als 5.3.2, zusammen mit der Antwort 521 aus RFC 7504, nimmt der Host nie Mail an.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Ein Server, der herunterfährt, überlastet ist oder gewartet wird, setzt eventuell 4.3.2 auf seine vorübergehenden Antworten; lokales Exchange antwortet mit 4.3.2 (Service not available, Service not active), wenn seine Transportkomponenten inaktiv sind, zum Beispiel nachdem ein Update es im Wartungsmodus zurückgelassen hat. Ein Host, der überhaupt keine Mail annimmt, antwortet auf Befehle nach der Begrüßung eventuell mit 521 und 5.3.2. Microsoft 365 verwendet 4.3.2 außerdem für Limits auf Postfachebene.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>Bei 4.3.2 wartet die sendende Seite, während der Admin der empfangenden Seite den Dienst wiederherstellt: Wartung abschließen, Last reduzieren und unter Exchange die inaktiven Serverkomponenten in der Exchange Management Shell wieder auf aktiv setzen. Bei 521 mit 5.3.2 schickt die Domain des Empfängers Mail an einen Host, der jede Mail ablehnt: Der Admin des Empfängers korrigiert die MX-Einträge oder veröffentlicht einen Null-MX, wenn die Domain wirklich keine Mail annimmt.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>Der Server wird gewartet oder fährt herunter und lehnt neue Transaktionen ab.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>Der Server ist überlastet und wirft Arbeit ab, bis die Last sinkt.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Unter Exchange wurden Serverkomponenten nach einem Update oder einer Wartung inaktiv gelassen.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>Der MX oder der Adresseintrag für den Fallback führt zu einem Host, der absichtlich kein Mailserver ist und mit 521 antwortet.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Verbinden Sie sich mit Port 25 und lesen Sie die Begrüßung: 220 bedeutet offen, 421, 521 oder 554 bedeuten, dass der Host ablehnt.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Listen Sie unter Exchange die Serverkomponenten auf, die nicht aktiv sind (EX01 ist der Servername).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Prüfen Sie, auf welche Hosts die MX-Einträge der Domain zeigen.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: Versuchen Sie es mit normalem Backoff erneut, möglichst bei einem anderen MX-Host der Domain, falls es einen gibt. 5.3.2 mit 521: Versuchen Sie es bei diesem Host nicht erneut; zuerst muss sich die MX-Konfiguration der Domain ändern.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: Ein Ordner im Postfach des Empfängers hat das Limit von einer Million Elementen erreicht, daher scheitert die Zustellung (beachten Sie die dauerhafte 554 mit einem 4.x-Code); es hilft, Elemente aus diesem Ordner zu verschieben. Exchange Online verwendet 4.3.2 außerdem mit &apos;recipient thread limit exceeded&apos;, wenn ein Postfach zu viele Nachrichten gleichzeitig erhält.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>System unterstützt die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>Die Nachricht verlangt eine Funktion, die das Zielsystem nicht unterstützt, typischerweise an einem Gateway, das eine Funktion des einen Mailsystems nicht auf ein anderes abbilden kann. Der Fehler ist dauerhaft (5.3.3), wenn die Funktion dort nie verfügbar sein wird, und vorübergehend (4.3.3), wenn mit einer Rückkehr der Unterstützung zu rechnen ist.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Ungewöhnlich und herstellerspezifisch. Er kann bei MAIL FROM oder RCPT TO auftreten, wenn ein Parameter eine Erweiterung nennt, die dem nächsten Hop fehlt, oder in einem Bounce von einem Gateway, das eine angeforderte Eigenschaft (eine Zustellfrist, eine Priorität, eine Empfangsbestätigung) nicht ins nächste System übertragen konnte. Lokales Exchange hat 5.3.3 Unrecognized command verwendet, wenn einem Empfangsconnector für interne Mail der Authentifizierungsmechanismus Exchange Server fehlt.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Lesen Sie den Text, um zu sehen, welche Funktion abgelehnt wurde. Der Admin des Absenders oder die Client-Software fordert sie für dieses Ziel nicht mehr an oder routet über einen Weg, der sie unterstützt. Sollte das empfangende System sie unterstützen, aktiviert dessen Admin die Erweiterung oder korrigiert den Connector, wie im Exchange-Fall.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>Die Nachricht fordert eine Erweiterung an, die dem nächsten System fehlt, etwa Binärübertragung oder eine Zustellfrist, und das Gateway kann sie nicht stillschweigend weglassen.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Ein Gateway zu einem Nicht-SMTP-Nachrichtensystem kann eine Eigenschaft der Nachricht auf der anderen Seite nicht abbilden.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Interne Empfangsconnectors von Exchange wurden ohne Exchange-Server-Authentifizierung eingerichtet, daher werden Exchange-spezifische Befehle abgelehnt.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Listen Sie die Erweiterungen auf, die der empfangende Server anbietet, und vergleichen Sie sie mit den Parametern, die Ihr Server in MAIL FROM und RCPT TO sendet.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Suchen Sie auf dem sendenden Postfix-Server die Transaktion, um zu sehen, welcher Befehl abgelehnt wurde.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: Wiederholen Sie dieselbe Anforderung nicht beim selben System; lassen Sie die nicht unterstützte Funktion weg oder routen Sie anders. 4.3.3: Versuchen Sie es später in zunehmenden Abständen erneut.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>nachricht zu groß</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>anhang zu groß</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>Die Nachricht ist größer, als das empfangende System überhaupt für eine Nachricht annimmt, ob das Limit nun technisch bedingt ist oder vom Administrator festgelegt wurde. Für diese Nachricht ist es ein dauerhafter Fehler; vergleichen Sie X.2.3, ein Limit für ein einzelnes Postfach.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>Bei MAIL FROM, wenn der Client mit SIZE= mehr angegeben hat als das angekündigte Limit des Servers, sonst am Datenende, sobald der Server die Bytes gezählt hat, und in Bounces von späteren Hops. Postfix antwortet 552 5.3.4 Message size exceeds fixed limit (message_size_limit, standardmäßig etwa 10 MB). Exchange verwendet 5.3.4 Message size exceeds fixed maximum message size, und Gmail verwendet 552 5.3.4 für sein Größenlimit sowie für zu viele Anhänge oder zu große Header.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>Der Absender verkleinert die Nachricht: weniger oder komprimierte Anhänge oder stattdessen ein Download-Link. Rechnen Sie beim Vergleich von Dateigrößen mit dem Limit die base64-Kodierung ein, die etwa 37 Prozent hinzufügt. Der Admin der empfangenden Seite kann das Limit erhöhen, aber dann muss jeder Hop auf dem Weg, Filter eingeschlossen, die neue Größe akzeptieren.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Ein Anhang, der größer ist als das Limit des Ziels, etwa die Vorgabe von 10 MB eines nicht angepassten Postfix-Servers.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Eine Nachricht, die als Dateien unter dem Limit liegt, nach der MIME-Kodierung aber darüber.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Ein Relay oder Filter auf dem Weg hat ein niedrigeres Limit als der Zielserver.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail-spezifisch: zu viele Anhänge oder ein zu großer Header, gemeldet mit demselben Code.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Lesen Sie die SIZE-Zeile in der EHLO-Antwort des Servers: Sie nennt die größte Nachricht, die der Server annimmt.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Zeigen Sie unter Postfix das konfigurierte Limit in Byte an.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Zeigen Sie unter Exim das konfigurierte Limit an.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Versuchen Sie dieselbe Nachricht nicht erneut: Größenlimits ändern sich zwischen den Versuchen nicht. Senden Sie stattdessen eine kleinere Nachricht.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Das Größenlimit von Gmail für Nachrichten. Mit anderen Texten (die Zahl der Anhänge überschreitet Googles Limit oder ein Header überschreitet sein Größenlimit) deckt derselbe Code die Limits von Gmail für Anhangzahl und Header-Größe ab.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>mailserver falsch konfiguriert</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>Das empfangende System ist so eingerichtet, dass es diese Nachricht nicht annehmen kann: ein Konfigurationsfehler auf Serverseite, kein Problem mit der Nachricht oder der Adresse. 4.3.5, wenn der Admin ihn voraussichtlich bald behebt, 5.3.5, wenn die Ablehnung endgültig ist.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix sendet 451 4.3.5 Server configuration error (oder Server configuration problem), wenn eine Restriktion, eine Lookup-Tabelle oder ein Policy-Dienst falsch konfiguriert ist, und schreibt die Details nur in sein eigenes Log. Lokales Exchange verwendet 5.3.5 System incorrectly configured, wenn es eine Schleife erkennt, zum Beispiel einen Empfangsconnector, dessen FQDN mit einem anderen Server im Mailfluss übereinstimmt.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Nur der Admin des empfangenden Servers kann das beheben: das Serverlog zum Zeitpunkt der Ablehnung lesen, wo Postfix die eigentliche Warnung protokolliert (eine unbekannte Restriktion, eine fehlende Map-Datei, ein nicht erreichbarer Policy-Server), den Fehler korrigieren und neu laden. Der Absender kann nur den Bounce melden und abwarten.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Eine Restriktionsliste nennt eine Lookup-Tabelle, die nicht existiert oder den falschen Typ hat.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Ein in der Konfiguration genannter Policy-Dienst oder Milter läuft nicht.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Ein falsch geschriebener Restriktionsname, der durch eine Konfigurationsänderung hineingekommen ist.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Zwei Server im Mailfluss präsentieren denselben Hostnamen, daher sieht Exchange den Hop als Schleife.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Suchen Sie auf dem empfangenden Postfix-Server die Warnung, die im selben Moment wie die Antwort 4.3.5 geschrieben wurde.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Zeigen Sie nur die Einstellungen an, die von den Postfix-Standardwerten abweichen, um den Tippfehler oder die fehlende Map zu finden.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Prüfen Sie, ob jede in der Konfiguration genannte Map-Datei existiert und neuer ist als ihre Quelle.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: Versuchen Sie es in zunehmenden Abständen erneut; der Fehler verschwindet, sobald der Admin die Konfiguration repariert. 5.3.5: Versuchen Sie es nicht unverändert erneut; wenden Sie sich an den Admin des Empfängers.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Ein Erfolgscode aus der Erweiterung MT-PRIORITY (RFC 6710): Der Server hat die Nachricht angenommen, aber die vom Client angeforderte Übertragungspriorität oder die damit implizierte Standardpriorität nicht berücksichtigt. Der Text nach dem Code beginnt mit der tatsächlich angewandten Priorität.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Nur zwischen Servern, die beide MT-PRIORITY unterstützen, was außerhalb spezieller Umgebungen wie militärischer oder Notfallkommunikation selten ist. Der Client fordert mit dem Parameter MT-PRIORITY von MAIL FROM eine Priorität von -9 bis 9 an, und der Server meldet die Änderung in einer positiven Antwort (250 oder 251), zum Beispiel wenn der Absender für eine hohe Priorität nicht autorisiert ist.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Nichts ist kaputt: Die Nachricht wurde angenommen. Kommt es auf die Priorität an, prüft der Admin des Absenders, ob das sendende Konto oder der sendende Host beim empfangenden System für diese Stufe autorisiert ist, oder vereinbart das mit dem Admin der empfangenden Seite.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>Die Richtlinie des empfangenden Servers autorisiert diesen Absender nicht für die angeforderte hohe Priorität, daher wurde sie herabgesetzt.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>Der empfangende Server unterstützt weniger Prioritätsstufen und hat die Anforderung auf die nächstgelegene vorhandene abgebildet.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>Eine lokale Richtlinie hebt oder senkt die Priorität für bestimmte Absender oder Empfänger.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Stellen Sie sicher, dass der empfangende Server MT-PRIORITY in seiner EHLO-Antwort anbietet.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Lesen Sie die Zahl am Anfang des Antworttexts nach dem Code: Sie ist die Priorität, die die Nachricht jetzt hat.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Nichts zu wiederholen: Die Nachricht wurde mit der geänderten Priorität angenommen. Setzen Sie die Transaktion wie gewohnt fort.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>routing fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>netzwerkfehler</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Ein Sammelcode für Probleme auf der Netzwerk- oder Routingseite der Zustellung, die keiner der spezifischeren X.4-Codes beschreibt. Als 4.4.0 konnte das sendende System die Nachricht diesmal nicht durchbringen und versucht es weiter; als 5.4.0 hat das meldende System diese Route endgültig aufgegeben.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Meist in Gründen für Zurückstellungen und in Bounces, die der sendende MTA schreibt, statt in einer Antwort der Gegenseite. Microsoft Exchange setzt 451 4.4.0 vor DNS-Fehler und fehlgeschlagene Zustellversuche im Feld LastError seiner Warteschlange, und Postfix beantwortet eine überschrittene Hop-Zahl mit 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Lesen Sie den Text nach dem Code und die passende Logzeile des MTA: Die eigentliche Ursache (DNS-Fehler, abgelehnte Verbindung, Hop-Limit) steht fast immer dort. Der Mail-Admin des Absenders arbeitet von diesen Details aus: lokales DNS, Firewall oder Routing korrigieren, wenn der Fehler auf der sendenden Seite liegt, oder dem Admin des Empfängers den genauen Fehler, den MX-Host und die Zeitstempel schicken, wenn dessen Seite nicht erreichbar ist oder sich falsch verhält.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>Der eigene Resolver des sendenden Servers ist beim Nachschlagen der MX- oder Adresseinträge des Ziels gescheitert oder in einen Timeout gelaufen.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Eine Firewall, eine Sperre des ausgehenden Ports 25 durch den Provider oder eine defekte Route hat die Verbindung zum Ziel-MX verhindert.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>Die Nachricht hat das Hop-Limit eines MTA erreicht, wegen einer Weiterleitungs- oder Relay-Schleife (Postfix meldet das als 5.4.0, nicht als 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Ein Gateway oder eine Sicherheits-Appliance hat einen Netzwerkfehler gemeldet, ohne zu sagen, welcher Art.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Suchen Sie im Log des sendenden Servers den vollständigen Grund der Zurückstellung oder des Bounces; der Text nach dem Code nennt den eigentlichen Fehler.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Stellen Sie sicher, dass sich die MX-Einträge des Ziels vom sendenden Server selbst aus auflösen lassen, nicht nur von Ihrem Arbeitsplatzrechner.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Testen Sie, ob Port 25 des Ziel-MX vom sendenden Host aus erreichbar ist.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>Bei 4.4.0 versuchen Sie es mit normalem Backoff erneut; der Zustand ist meist vorübergehend. Bei 5.4.0 versuchen Sie dieselbe Route nicht unverändert erneut; finden Sie zuerst die konkrete Ursache im Diagnosetext.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>Der Warteschlangenfehler von Exchange, wenn seine DNS-Abfrage für den nächsten Hop scheitert, in diesem Beispiel, weil die Zieldomain nicht existiert. Exchange versucht es weiter erneut und schickt nach Ablauf seines Timeouts für den Nachrichtenablauf einen NDR mit 550 4.4.7 QUEUE.Expired; message expired zurück. Die Registry würde das als X.4.3 oder X.4.4 beschreiben; Exchange verwendet das allgemeine 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>server antwortet nicht</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>keine verbindung zum mailserver</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>port 25 gesperrt</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>Der sendende Server hat versucht, eine Verbindung zum nächsten Hop aufzubauen, und keine brauchbare Antwort erhalten: Die Verbindung lief in einen Timeout, wurde abgelehnt, oder der Host war zu beschäftigt, um anzunehmen. RFC 3463 definiert ihn nur als anhaltenden vorübergehenden Fehler, daher bedeutet 4.4.1 „wird noch versucht“, nicht „endgültig gescheitert“.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Fast immer vom sendenden MTA selbst erzeugt und in seinem Log oder einer Verzögerungswarnung angezeigt, weil die Gegenseite nie zu Wort kam. Postfix protokolliert Zurückstellungen wie connect to mail.example.com[192.0.2.25]:25: Connection timed out mit dsn=4.4.1. Ein BURL-Submission-Server antwortet außerdem 451 4.4.1, wenn der IMAP-Server mit der Nachricht nicht erreichbar ist (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>Der Admin des Absenders prüft zuerst, ob der sendende Host Port 25 überhaupt erreichen kann, da viele Cloud- und Privatkundennetze ihn ausgehend sperren. Funktionieren andere Domains, liegt das Problem beim Ziel: Dessen MX-Host ist ausgefallen, per Firewall gesperrt oder lauscht auf der falschen Adresse, und der Admin des Empfängers muss das beheben. Nennen Sie ihm, welchen MX-Host und welche IP-Adresse Sie wann versucht haben.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Der MX-Host des Ziels ist ausgefallen, überlastet oder lauscht nicht auf Port 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Eine Firewall auf einer der beiden Seiten verwirft SMTP-Verkehr stillschweigend, sodass der Versuch in einen Timeout läuft, statt abgelehnt zu werden.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Das sendende Netz (Cloud-Provider oder Internetprovider) sperrt ausgehende Verbindungen zu Port 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>Der MX-Eintrag zeigt nach einer Migration noch auf eine alte oder falsche IP-Adresse.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Listen Sie die MX-Hosts des Ziels in der Reihenfolge ihrer Präferenz auf.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Versuchen Sie vom sendenden Server aus eine TCP-Verbindung zu Port 25 jedes MX; ein Timeout deutet auf Filterung hin, „connection refused“ bedeutet, dass nichts lauscht.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Prüfen Sie, ob Ihr Host Port 25 anderswo erreichen kann, zum Beispiel den MX einer anderen Domain, um eine ausgehende Sperre auszuschließen.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Sehen Sie sich die Gründe der Zurückstellung an, die Postfix für dieses Ziel protokolliert hat.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut und probieren Sie dabei die anderen MX-Hosts in der Reihenfolge ihrer Präferenz. Die Nachricht scheitert erst, wenn die Verweildauer in der Warteschlange abläuft; das zeigt sich dann als Ablauf (X.4.7).</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online sendet dies bei RCPT TO, ganz ohne Netzwerkproblem, wenn die verzeichnisbasierte Edge-Blockierung (Directory-Based Edge Blocking) eine Adresse ablehnt, die im empfangenden Mandanten nicht existiert (oder dorthin nicht synchronisiert wurde), oder wenn die Domain nicht korrekt als akzeptierte Domain eingerichtet ist. Behandeln Sie es als Bounce wegen eines ungültigen Empfängers: Der Absender prüft die Adresse, der Admin des Empfängers prüft die Empfänger und akzeptierten Domains des Mandanten.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>verbindung abgebrochen</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>verbindung verloren</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Eine Verbindung zum nächsten Hop kam zustande, aber die Transaktion konnte nicht abgeschlossen werden, weil die Leitung mittendrin abbrach, hängen blieb oder in einen Timeout lief. Wie X.4.1 ist er als anhaltender vorübergehender Fehler definiert, daher bleibt die Nachricht für einen weiteren Versuch in der Warteschlange.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Entweder im Log des sendenden MTA, wo Postfix lost connection with mail.example.com[192.0.2.25] while sending end of data und dsn=4.4.2 schreibt, oder als Antwort eines Servers, der eine langsame oder untätige Sitzung schließt: Der Postfix-SMTP-Server sendet 421 4.4.2, gefolgt von seinem Hostnamen und Error: timeout exceeded, und Gmail sendet 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>Der Admin des Absenders prüft, in welcher Phase die Verbindung abbrach. Abbrüche während DATA bei großen Nachrichten deuten oft auf MTU- oder Pfadprobleme, eine Middlebox, die SMTP inspiziert, oder ein Zeitlimit des Empfängers; Leerlauf-Timeouts deuten auf einen langsamen Client oder einen überlasteten sendenden Host. Ist nur ein Ziel betroffen, geben Sie dem Admin des Empfängers die Zeitstempel und die Phase, in der es scheiterte.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Eine Firewall oder eine SMTP-inspizierende Middlebox, die die Sitzung kappt oder verstümmelt.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Path-MTU-Probleme, die große Pakete hängen lassen, sodass kleine Nachrichten durchgehen und große während DATA hängen.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Der Client hat zwischen Befehlen zu lange pausiert, und der Leerlauf-Timeout des Servers hat die Sitzung geschlossen.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>Der empfangende Server wurde mitten in der Transaktion neu gestartet, ist abgestürzt oder hat unter Last Verbindungen abgeworfen.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Ermitteln Sie die Phase, in der die Verbindung verloren ging.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Führen Sie eine vollständige Testtransaktion zum selben MX durch und beobachten Sie, wo sie stoppt.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Prüfen Sie, ob STARTTLS sauber abgeschlossen wird; ein gescheiterter Handshake zeigt sich oft als abgebrochene Verbindung.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Scheitern große Nachrichten und kommen kleine durch, testen Sie, ob Pakete voller Größe den MX unfragmentiert erreichen.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut; eine gelegentlich abgebrochene Verbindung ist im Internet normal. Wiederholte Abbrüche in derselben Phase beim selben Ziel sind ein Konfigurationsproblem, das erneute Versuche allein nicht beheben.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail schließt die Sitzung, weil der Client zwischen Befehlen oder beim Senden der Daten zu langsam war. Verbinden Sie sich neu und versuchen Sie es erneut; passiert es immer wieder, suchen Sie nach einem überlasteten sendenden Host oder einem langsamen Netzwerkpfad.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns fehler</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns timeout</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>namensauflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>dns abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>Die Nachricht konnte nicht geroutet werden, weil ein Verzeichnisdienst, in der Praxis fast immer DNS, nicht verfügbar war oder mit einem Fehler antwortete. RFC 3463 sah ihn als vorübergehenden Fehler (4.4.3) vor, obwohl manche Server ihn mit einer 5 senden.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>Auf der sendenden Seite, wenn die MX- oder Adressabfrage für das Ziel in einen Timeout läuft oder SERVFAIL zurückgibt; Postfix stellt mit Name service error for name=example.com type=MX: Host not found, try again und dsn=4.4.3 zurück. Auf der empfangenden Seite, wenn eine DNS-basierte Prüfung nicht abgeschlossen werden kann: RFC 7208 empfiehlt 451 4.4.3, wenn eine SPF-Prüfung mit einem vorübergehenden Fehler endet.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Finden Sie heraus, wessen DNS versagt. Kann der sendende Server gar nichts auflösen, repariert sein Admin den lokalen Resolver (Resolver-Konfiguration, ein gestoppter Caching-Daemon, gesperrtes ausgehendes DNS). Scheitert nur eine Domain, sind deren autoritative Server ausgefallen, lame oder durch DNSSEC gestört, und der Admin des Empfängers oder sein DNS-Hoster muss sie reparieren.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>Der lokale Resolver des sendenden Servers ist ausgefallen, nicht erreichbar oder unterliegt einem Ratenlimit.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Die autoritativen Nameserver der Zieldomain laufen in Timeouts oder antworten mit SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Ein DNSSEC-Fehler (abgelaufene Signaturen, falscher DS-Eintrag) lässt validierende Resolver die Antwort verwerfen.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Eine SPF-, DKIM- oder DMARC-Abfrage auf der empfangenden Seite lief in einen Timeout, und der Empfänger hat zurückgestellt, statt zu entscheiden.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Prüfen Sie, ob der vom Mailserver verwendete Resolver überhaupt für das Ziel antwortet.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Verfolgen Sie die Delegation von der Root-Zone aus, um zu sehen, ob die eigenen Nameserver der Domain versagen.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Wiederholen Sie die Abfrage mit abgeschalteter DNSSEC-Prüfung; funktioniert nur diese, sind die Signaturen der Zone defekt.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Sehen Sie nach, welche Resolver der Mailserver laut Konfiguration verwendet.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Versuchen Sie es später in zunehmenden Abständen erneut; DNS-Ausfälle sind meist kurz. Auch eine 5.4.3 eines Empfängers ist oft eigentlich vorübergehend: Senden Sie erneut, sobald das DNS-Problem behoben ist.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Routing nicht möglich</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>kein mx-eintrag</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>Das Mailsystem konnte keinen nächsten Hop für das Ziel finden, weil die nötigen Routing-Informationen fehlten. Typischer Auslöser ist DNS, das zwar antwortet, aber keinen brauchbaren MX und keine Adresse für die Domain liefert; 4.4.4 bedeutet, dass die Einträge noch erscheinen können, 5.4.4, dass das sendende System aufgegeben hat.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Vom sendenden MTA erzeugt, meist in einem Bounce. Postfix schickt die Nachricht mit Host or domain name not found. Name service error for name=example.com type=A: Host not found und dsn=5.4.4 als unzustellbar zurück; Microsoft Exchange meldet 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Auch zu sehen, wenn ein internes Relay keinen Transport, keinen Connector und keinen Smarthost für das Ziel hat.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Zuerst prüft der Absender die Adresse auf eine falsch geschriebene Domain, mit Abstand die häufigste Ursache. Stimmt die Domain, muss ihr Inhaber (der Admin des Empfängers) MX-Einträge oder wenigstens einen A- oder AAAA-Eintrag veröffentlichen, die auf einen funktionierenden Mailserver zeigen. Auf der sendenden Seite prüft der Admin, ob das interne Routing (Transport-Maps, Sendeconnectors, Smarthosts) das Ziel abdeckt.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Ein Tippfehler in der Domain des Empfängers (example.con statt example.com), sodass die Domain nicht existiert.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>Die Domain existiert, hat aber weder einen MX-Eintrag noch einen A- oder AAAA-Eintrag als Fallback.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>Der MX-Eintrag nennt einen Host, der keinen Adresseintrag hat.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Ein internes Relay hat keine Route (Eintrag in der Transport-Map, Connector oder Smarthost) für die Zieldomain.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Prüfen Sie, ob die Domain existiert (NOERROR statt NXDOMAIN), und lesen Sie ihre MX-Einträge.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Lösen Sie jeden MX-Hostnamen auf; ein Name ohne A- oder AAAA-Einträge kann für die Zustellung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Prüfen Sie auch die IPv6-Seite, falls der MX-Host keine IPv4-Adresse hat.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Fragen Sie unter Exim die Router, wie sie die Adresse zustellen würden.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>Bei 4.4.4 versuchen Sie es in zunehmenden Abständen erneut, falls die Einträge gerade korrigiert werden. Bei 5.4.4 versuchen Sie es nicht unverändert erneut; korrigieren Sie die Adresse oder warten Sie, bis der Domaininhaber funktionierende Einträge veröffentlicht.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange hat festgestellt, dass die Zieldomain im DNS nicht existiert, und die Nachricht als unzustellbar zurückgeschickt. Existiert die Domain doch, verweist Microsoft Admins auf die DNS-Einstellungen, die der Exchange-Transportdienst verwendet.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>zu viele verbindungen</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>versandlimit überschritten</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>Das empfangende oder als Relay arbeitende Mailsystem ist überlastet und nimmt die Nachricht jetzt nicht an. Der Code ist ausschließlich als anhaltender vorübergehender Fehler definiert: Die Nachricht selbst ist in Ordnung, und der Absender sollte langsamer senden und es später erneut versuchen.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Als Antwort beim Verbindungsaufbau oder auf MAIL FROM und RCPT TO, wenn ein Server überlastet ist oder Verbindungs- und Ratenlimits durchsetzt; Gmail sendet 421 4.4.5 Server busy, try again later. Gmail sendet außerdem 550 5.4.5 an eigene Benutzer, die ihr tägliches Versandlimit überschreiten, eine Provider-spezifische Verwendung mit einer 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>Mit der Nachricht ist alles in Ordnung. Der Admin des Absenders lässt die Warteschlange es erneut versuchen und senkt, wenn die Zurückstellungen anhalten, die Zahl paralleler Verbindungen und die Senderate zu diesem Ziel. Der Admin des Empfängers muss nur handeln, wenn sein eigener Server wirklich überlastet ist (Rückstau in der Warteschlange, Platte, CPU).</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>Der empfangende Server ist überlastet oder in Wartung und wehrt neue Sitzungen ab.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>Der Absender hat zu viele gleichzeitige Verbindungen zum selben Ziel geöffnet.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>Die Senderate (Nachrichten oder Empfänger pro Minute) hat die Drosselungsgrenzen des Empfängers überschritten.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>Die eigene Warteschlange eines Relays ist verstopft, und es lehnt weitere Mail von vorgelagerten Systemen ab.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Zählen Sie auf dem sendenden Server, wie viele Einträge in der Warteschlange die Zieldomain nennen.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Prüfen Sie, wie viele parallele Zustellungen Postfix zu einem Ziel durchführt.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Sehen Sie nach, ob die Zurückstellungen beim Verbindungsaufbau oder bei RCPT TO auftreten.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Versuchen Sie es später mit exponentiellem Backoff und weniger parallelen Verbindungen zu diesem Host erneut; einen überlasteten Server zu bombardieren, verlängert die Zurückstellungen nur.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Die vorübergehende Zurückstellung von Gmail wegen Auslastung. Sie legt sich, wenn Sie es später erneut versuchen, idealerweise mit weniger gleichzeitigen Verbindungen von der sendenden IP.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Wird an einen Benutzer von Gmail oder Google Workspace gesendet, der Mail einliefert, nicht an einen empfangenden MTA: Das Konto hat seine rollierende tägliche Versand-Quota aufgebraucht, und der Versand funktioniert wieder, sobald das Zeitfenster verstrichen ist. Das ist Googles eigene Verwendung von X.4.5 mit einer 5, außerhalb der Bedeutung in der Registry.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>Die Nachricht wurde zu oft weitergereicht, entweder weil Server sie hin- und herrouten oder weil Weiterleitungsregeln sie im Kreis schicken. RFC 3463 führt ihn als vorübergehend, in der Praxis wird er aber fast immer als dauerhafte 5.4.6 gesendet, da sich eine Schleife nicht von selbst auflöst.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>Am Ende von DATA oder in einem Bounce, wenn die Zahl der Received:-Header das Limit des MTA überschreitet (sendmail: Too many hops 26 (25 max); Gmail stoppt bei 50 Hops), oder wenn ein MTA erkennt, dass der nächste Hop er selbst ist (Postfix: mail for example.com loops back to myself). Die lokale Zustellung von Postfix schickt außerdem Delivered-To-Schleifen als mail forwarding loop for user@example.com (Weiterleitungsschleife) als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Lesen Sie die Received:-Header der als unzustellbar zurückgekommenen Kopie, um zu sehen, welche Hosts sich wiederholen. Meist muss der Empfänger oder der Admin des Empfängers handeln: eine Weiterleitungsregel entfernen, die zurück auf das ursprüngliche Postfach zeigt, oder MX-Einträge, Relay-Routen oder Connectors korrigieren, die die Domain dorthin zurückschicken, woher sie kam. Der Absender kann das nur melden.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Zwei Postfächer leiten sich gegenseitig weiter, oder eine Kette von Weiterleitungen endet dort, wo sie begonnen hat.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Ein MX-Eintrag oder eine Relay-Route zeigt zurück auf den Server, der zuzustellen versucht, oft nach einer Migration oder in einer hybriden Exchange-Umgebung.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>Die Domain ist auf dem Server, auf den ihr MX zeigt, nicht als lokal konfiguriert, daher gibt dieser Server sie per Relay weiter, und sie kommt zurück.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Eine Mailingliste ist bei sich selbst abonniert oder bei einer anderen Liste, die sie speist.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Zählen Sie die Received:-Header in der als unzustellbar zurückgekommenen Kopie und suchen Sie nach Hostnamen, die sich wiederholen.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Prüfen Sie, ob der MX der Domain auf genau den Server zeigt, der die Schleife meldet.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Prüfen Sie unter Postfix, ob die Domain dort aufgeführt ist, wo sie zugestellt oder per Relay weitergegeben werden soll.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Durchsuchen Sie das Log nach den Schleifenmeldungen, die Postfix schreibt.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut: Die Nachricht läuft wieder in die Schleife. Senden Sie erst erneut, wenn die Weiterleitungsregel oder das Routing korrigiert wurde.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail lehnt eine Nachricht ab, die bereits mehr als 50 Hops an Received:-Headern trägt. Die Schleife liegt auf dem Weg vor Gmail, oft ein Paar Weiterleitungsregeln oder eine falsch geroutete Domain.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange stoppt eine Nachricht in einer Schleife, sobald ihre Hop-Zahl überschritten ist, und schickt diesen NDR zurück. Exchange Server und Exchange Online verwenden beide 5.4.6, und Exchange Online meldet Schleifen und defekte Routen außerdem mit 5.4.14 und weiteren Codes bis 5.4.20, oft in hybriden Umgebungen; Microsoft empfiehlt, Posteingangsregeln, Weiterleitungen und die targetAddress des Postfachs zu prüfen.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>zustellung verzögert</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>mail hängt in der warteschlange</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>zustellung timeout</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>Die Nachricht ist zu lange unterwegs: Sie lag über die Verweildauer für erneute Versuche hinaus in einer Warteschlange oder hat eine vom Absender gesetzte Frist für die Zustellung überschritten. Als 4.4.7 ist er eine Verzögerungswarnung oder eine vorübergehende Ablehnung; als 5.4.7 wurde die Nachricht unzugestellt zurückgeschickt. RFC 3463 bittet Systeme, wo möglich stattdessen das zugrunde liegende Problem zu melden.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>In Bounces und Verzögerungsmeldungen des eigenen ausgehenden Servers des Absenders nach Tagen fehlgeschlagener Versuche, zum Beispiel Exims retry timeout exceeded (Zeitlimit für erneute Versuche überschritten) oder 550 4.4.7 QUEUE.Expired; message expired (Ablauf in der Warteschlange) von Microsoft Exchange. Postfix protokolliert status=expired, returned to sender, behält aber im Bounce den letzten echten Status (etwa 4.4.1).</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Suchen Sie im Bounce oder im Log nach den früheren Gründen für Zurückstellungen; sie sagen, warum die Zustellung immer wieder scheiterte (nicht erreichbarer MX, nie erfülltes Greylisting, TLS-Fehler, wiederholte Zurückstellungen durch Richtlinien mit 4xx). Der Admin des Absenders behebt diese Grundursache oder bittet den Admin des Empfängers darum, und danach sendet der Absender die Nachricht erneut. Die Verweildauer in der Warteschlange zu verlängern, verdeckt das Problem nur.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>Der Ziel-MX war während der gesamten Zeit für erneute Versuche nicht erreichbar oder hat Verbindungen abgelehnt.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>Der Empfänger antwortete immer wieder mit vorübergehenden 4xx-Codes (Greylisting, Ratenlimits, Reputation), bis der Absender aufgab.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Ein TLS- oder Zertifikatsproblem ließ jeden Zustellversuch scheitern.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Eine vom Absender festgelegte Frist für die Zustellung ist abgelaufen, bevor die Nachricht durchkam.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>Die Verweildauer in der Warteschlange wurde verkürzt, sodass Nachrichten nach Stunden statt nach Tagen ablaufen.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Suchen Sie den Verlauf der Zurückstellungen für den Empfänger; die vor dem Ablauf protokollierten Gründe sind das eigentliche Problem.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Sehen Sie nach, wie lange der Postfix-Server es versucht, bevor er aufgibt.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Prüfen Sie, was sonst noch in der Postfix-Warteschlange wartet.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Listen Sie unter Exim die Warteschlange mit dem Alter jeder Nachricht auf.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Eine Verzögerungsmeldung 4.4.7 erfordert nichts; der Server versucht es noch erneut. Nach einer 5.4.7 oder einem Bounce wegen Ablaufs hat die Nachricht die Warteschlange verlassen; senden Sie sie also erneut, sobald das zugrunde liegende Zustellproblem behoben ist.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange gibt nach seinem Timeout für den Nachrichtenablauf auf (bei Exchange Server standardmäßig zwei Tage) und sendet diesen NDR; beachten Sie die 550 in Kombination mit einem 4.x.x-Code. Die Liste von Microsoft zu Exchange Online beschreibt 4.4.7 Message expired als meist ein Problem auf dem empfangenden Server.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Sonstiger oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>smtp protokollfehler</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Ein allgemeiner Code zum SMTP-Dialog selbst: die Befehle, ihre Reihenfolge oder der Protokollzustand, ohne spezifischeres X.5-Detail. Mit einer 2 ist er eine neutrale Kennzeichnung einer gewöhnlichen Protokollantwort; mit einer 4 oder 5 beanstandet der Server, wie der Client SMTP spricht.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>Überall in der Sitzung. Gmail stellt Clients, die das Protokoll verletzen, mit 451 4.5.0 SMTP protocol violation zurück und mit 454 4.5.0, wenn nach STARTTLS Befehle per Pipelining gesendet werden. RFC 4468 verwendet 250 2.5.0 bei BURL-Antworten und 554 5.5.0 oder 503 5.5.0, wenn BURL ohne gültige Empfänger ankommt.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Sehen Sie sich den genauen Befehl an, der die Antwort ausgelöst hat. Bei 4.5.0 oder 5.5.0 muss die Client-Software bzw. wer sie konfiguriert hat, ihr SMTP-Verhalten korrigieren: auf die Begrüßung 220 warten, nach STARTTLS erneut EHLO senden, kein Pipelining über STARTTLS hinweg, Zeilen mit CRLF beenden. Eine Antwort 2.5.0 ist ein Erfolg und erfordert nichts.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>Der Client hat nach STARTTLS oder bevor der Server PIPELINING angekündigt hatte, Befehle per Pipelining gesendet.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>Der Client hat Befehle vor der Begrüßung gesendet oder weitergemacht, ohne auf Antworten zu warten.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Nackte LF-Zeilenenden oder andere fehlerhafte Eingaben, die der Server als Protokollverletzung einstuft.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Ein Server, der jede Ablehnung auf Protokollebene mit dem allgemeinen Code statt mit einem spezifischen kennzeichnet.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Spielen Sie die Sitzung von Hand nach, einen Befehl nach dem anderen, und beobachten Sie jede Antwort.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Testen Sie einen Referenz-Client gegen denselben Server; gelingt es damit, liegt das Problem in Ihrer Client-Software.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Schalten Sie das SMTP-Protokolllog Ihres Clients ein und suchen Sie nach mehreren Befehlen, die vor der ersten Antwort gesendet wurden.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Bei 2.5.0 gibt es nichts zu wiederholen; setzen Sie den Dialog fort. Bei 4.5.0 versuchen Sie es später erneut, korrigieren aber den Client, wenn es wieder auftritt. Bei 5.5.0 wiederholen Sie dieselbe Befehlsfolge nicht unverändert.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Die vorübergehende Ablehnung von Gmail, wenn der Client SMTP nicht einhält (falsche Befehlsreihenfolge, fehlerhafte Eingaben). Korrigieren Sie den Client, bevor Sie sich auf erneute Versuche verlassen.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Der Client hat weitere Befehle im selben Schwung wie STARTTLS gesendet. Er muss auf die Antwort 220 warten, den TLS-Handshake abschließen und dann erneut EHLO senden.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>Der Client hat einen Befehl in falscher Reihenfolge gesendet oder einen, den der Server an dieser Stelle nicht unterstützt. RFC 3463 definiert ihn als dauerhaft, derselbe Befehl an derselben Stelle wird also weiter scheitern, auch wenn manche Server ihn mit einer 4 senden.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Typischerweise 503 5.5.1 bei falscher Reihenfolge (RCPT vor MAIL, DATA vor einem angenommenen RCPT, MAIL vor EHLO) und 502 5.5.1 bei einem abgeschalteten Befehl wie VRFY unter Postfix. Gmail beantwortet eine Submission ohne Anmeldung mit 530 5.5.1 Authentication Required (Authentifizierung erforderlich).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>Der Fehler liegt bei der Client-Software oder ihrer Konfiguration. Sehen Sie sich den Befehl an, der die Antwort ausgelöst hat, und den davor. Typische Lösungen: zuerst EHLO senden, MAIL FROM vor RCPT TO abschließen, im Mailprogramm die Authentifizierung einschalten und sich nicht mehr auf Befehle verlassen, die der Server abgeschaltet hat (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Befehle in falscher Reihenfolge, etwa RCPT TO vor MAIL FROM oder DATA ohne angenommenen Empfänger.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Ein Mailprogramm, das ohne Authentifizierung eingerichtet ist, spricht mit einem Submission-Server, der sie verlangt.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>Der Client verwendet einen Befehl, den der Server abgeschaltet hat, etwa VRFY oder EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Ein zweites MAIL FROM innerhalb einer offenen Transaktion ohne RSET dazwischen.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Spielen Sie die Transaktion bis RCPT TO nach und sehen Sie, welcher Befehl abgelehnt wird.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Testen Sie bei der Submission mit Authentifizierung, so wie das Mailprogramm es tun sollte.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Schalten Sie das SMTP-Debug-Log des Clients ein und lesen Sie den Befehl, der unmittelbar vor der Ablehnung gesendet wurde.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Senden Sie denselben Befehl nicht an derselben Stelle erneut. Korrigieren Sie die Befehlsreihenfolge oder ergänzen Sie den fehlenden Schritt (EHLO, AUTH) und beginnen Sie dann eine neue Transaktion; behandeln Sie eine 4.5.1 wie jeden anderen vorübergehenden Fehler.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com lehnt MAIL FROM von einem Client ab, der sich nicht angemeldet hat. Konfigurieren Sie den Client so, dass er sich auf Port 587 mit STARTTLS oder auf Port 465 mit TLS authentifiziert (OAuth oder App-Passwort).</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>Der Server konnte den Befehl nicht parsen: Das Befehlswort ist unbekannt oder seine Argumente sind fehlerhaft. Er ist ausschließlich als dauerhaft definiert, dieselben Bytes werden also wieder abgelehnt.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>Bei jedem Befehl. Häufige echte Fälle: MAIL FROM: user@example.com ohne spitze Klammern (Gmail antwortet 555 5.5.2 Syntax error), eine AUTH-Antwort, die der Server nicht base64-dekodieren kann (RFC 4954 schreibt 501 5.5.2 vor), ein SPF-Eintrag mit einem dauerhaften Fehler (RFC 7208 schlägt 550 5.5.2 vor) und ein Client, der TLS oder HTTP an einen reinen SMTP-Port sendet.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>Die Client-Software muss wohlgeformte Befehle senden: spitze Klammern um Adressen, keine Parameter, die der Server nicht angekündigt hat, CRLF als Zeilenende, Befehlszeilen innerhalb von 512 Oktetten. Erwähnt die Antwort SPF, korrigiert der Inhaber der Absenderdomain den SPF-Eintrag. Hat der Server binäres Rauschen gesehen, passen Sie den TLS-Modus an den Port an: 465 erwartet TLS ab dem ersten Byte, 25 und 587 erwarten STARTTLS.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Adressen ohne spitze Klammern oder mit verirrten Leerzeichen gesendet, etwa MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Ein Skript, Drucker oder eine Appliance mit eigener fehlerhafter SMTP-Implementierung.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>Implizites TLS an einen STARTTLS-Port gesendet oder Klartext an Port 465, sodass der Server Rauschen liest.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Ein SPF-Eintrag mit einem dauerhaften Fehler (falsche Syntax, zu viele DNS-Abfragen), den der Empfänger auswertet.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Senden Sie einen korrekt aufgebauten Test an denselben Server; gelingt er, vergleichen Sie seine Befehle mit denen Ihres Clients.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Prüfen Sie, ob Port 465 wirklich TLS ab dem ersten Byte erwartet; ein Zertifikat und eine Begrüßung 220 sollten erscheinen.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Erwähnt der Text SPF, lesen Sie den SPF-Eintrag der Absenderdomain und prüfen Sie seine Syntax und die Zahl der Abfragen.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; der Befehl muss zuerst korrigiert werden, sonst kommt dieselbe 5.5.2 zurück.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>Die Antwort von Gmail auf ein fehlerhaftes MAIL FROM oder RCPT TO, typischerweise eine Adresse ohne spitze Klammern oder mit Parametern, die es nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>empfängerlimit</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>Die Transaktion hat mehr Empfänger, als der Server auf einmal annimmt. Gedacht ist, dass der Absender an die bereits angenommenen Empfänger zustellt und den Rest in einer weiteren Transaktion sendet; eine dauerhafte 5.5.3 verwenden manche Systeme, wenn die Nachricht insgesamt mehr Empfänger hat, als die Richtlinie erlaubt.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>Bei RCPT TO, sobald das Limit pro Nachricht erreicht ist. Postfix antwortet nach smtpd_recipient_limit (standardmäßig 1000) mit 452 4.5.3 Error: too many recipients; Gmail und Microsoft 365 stellen den Überschuss an Empfängern mit 452 4.5.3 zurück. RFC 5321 sagt, dass Server mindestens 100 Empfänger puffern müssen und für diesen Fall 452 verwenden sollten.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Ein korrekt arbeitender sendender MTA regelt das selbst, indem er die Empfängerliste aufteilt; meist muss also niemand handeln. Scheitert die Mail stattdessen, senkt der Admin des Absenders die Zahl der Empfänger pro Transaktion im MTA oder in der Versandsoftware, und Massenversender teilen große Listen auf. Bei einer dauerhaften 5.5.3 von Exchange verringert der Absender die Adressen in To, Cc und Bcc oder verwendet eine Verteilerliste.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Eine Nachricht an mehr Empfänger, als der empfangende Server pro Transaktion annimmt.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Versandsoftware, die ihre ganze Liste in einer einzigen SMTP-Transaktion sendet.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 stellt Envelope-Empfänger über seinem Limit pro Transaktion für eine Domain zurück.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Ein Client, der die 452 als fatal behandelt, statt die zurückgestellten Empfänger erneut zu versuchen.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Sehen Sie nach, wie viele Empfänger Ihr eigenes Postfix pro Nachricht annimmt.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Prüfen Sie, wie viele Empfänger Ihr Postfix-Client in eine Zustellung an ein Ziel packt.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Suchen Sie die Empfänger, die mit 4.5.3 zurückgestellt wurden, und prüfen Sie, ob sie erneut versucht wurden.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Stellen Sie an die angenommenen Empfänger zu und versuchen Sie dann die zurückgestellten in einer neuen Transaktion mit jeweils weniger Empfängern erneut. Bei einer 5.5.3 muss die Empfängerliste vor dem erneuten Senden verkleinert werden.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail nimmt in dieser Transaktion nur einen Teil der Empfängerliste an; ein normaler MTA versucht den Rest erneut. Der Text verweist auf die Versandlimits von Google, daher sehen ihn auch Gmail-Benutzer, die sehr große Listen anschreiben.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online stellt Envelope-Empfänger über 200 für dieselbe Domain in einer Transaktion zurück; der sendende Server muss den Rest in einer weiteren Transaktion senden.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>ungültiger parameter</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>Der Befehl ist gültig, aber eines seiner Argumente nicht: außerhalb des Wertebereichs, fehlerhaft oder ein Parameter bzw. Schlüsselwort, das der Server nicht kennt. RFC 3463 beschreibt ihn als dauerhaft, während die Registry auch eine 4 für Limits erlaubt, die später aufgehoben werden können.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Meist als 501 5.5.4 oder 555 5.5.4. Postfix verwendet ihn, wenn sich Argumente nicht parsen lassen, und zeigt dabei die erwartete Form (501 5.5.4 Syntax: VRFY address) oder nennt den falschen Wert (501 5.5.4 Bad message size syntax), sowie für unbekannte MAIL-FROM-Parameter; RFC 4954 verwendet 504 5.5.4 für einen AUTH-Mechanismus, den der Server nicht unterstützt; Gmail lehnt einen fehlerhaften HELO- oder EHLO-Namen mit 501 5.5.4 ab.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>Die Client-Software bzw. wer sie konfiguriert hat, muss Argumente senden, die der Server akzeptiert: einen AUTH-Mechanismus aus der EHLO-Liste, ESMTP-Parameter nur, wenn der Server die passende Erweiterung angekündigt hat, einen voll qualifizierten Hostnamen oder ein Adressliteral in EHLO und Zahlen, wo Zahlen erwartet werden.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Ein AUTH-Mechanismus, den der Server nicht angekündigt hat.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>MAIL-FROM-Parameter wie SIZE=, BODY= oder SMTPUTF8, gesendet an einen Server, der die Erweiterung nicht angekündigt hat, oder mit ungültigen Werten.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Ein leeres oder ungültiges EHLO-Argument, etwa ein bloßes Wort oder eine IP-Adresse ohne Klammern.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>DSN-Parameter (NOTIFY=, ORCPT=, RET=) mit fehlerhafter Syntax.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Listen Sie die Erweiterungen und AUTH-Mechanismen auf, die der Server anbietet, und vergleichen Sie sie mit dem, was der Client sendet.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Prüfen Sie den Hostnamen, den Ihr Postfix-Server in EHLO präsentiert.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Testen Sie die Authentifizierung mit einem Mechanismus aus der angekündigten Liste.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Versuchen Sie es nicht erneut mit denselben Argumenten; korrigieren Sie den Parameter oder Mechanismus und senden Sie den Befehl noch einmal. Eine 4.5.4 darf später erneut versucht werden, denn der Server signalisiert, dass das Limit vorübergehend ist.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail lehnt einen EHLO- oder HELO-Namen ab, der leer ist oder weder ein gültiger Domainname noch ein Adressliteral ist; der sendende Server muss einen korrekten Hostnamen präsentieren.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Die beiden Seiten konnten sich nicht auf eine Protokollversion einigen und den Konflikt nicht automatisch lösen. Der Code gehört zum ursprünglichen Satz aus RFC 3463, wird heute aber selten gesendet; die meisten Server melden Protokollkonflikte stattdessen als 5.5.1 oder 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Auf der Leitung selten zu sehen. Er passt zu Fällen wie einem Client, der LMTP (LHLO) mit einem SMTP-Listener spricht, oder einem sehr alten Client, der nur HELO kennt, gegenüber einem Dienst, der auf ESMTP besteht, und Protokoll-Gateways verwenden ihn eventuell, wenn sie eine Mailprotokollversion nicht auf eine andere abbilden können.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>Der Admin des Clients sorgt dafür, dass die Software das Protokoll spricht, das der Port erwartet: SMTP mit STARTTLS auf 25 und 587, TLS ab dem ersten Byte auf 465, LMTP nur auf einem LMTP-Socket. Lesen Sie dann den Text nach dem Code; der Server sagt meist, was er erwartet hat.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Ein Client spricht LMTP mit einem SMTP-Port oder SMTP mit einem LMTP-Socket.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Ein alter Client, der nur HELO kennt, spricht mit einem Dienst, der ESMTP-Funktionen verlangt.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Ein Gateway zwischen Mailsystemen, das eine Protokollversion nicht in die andere übersetzen kann.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Verbinden Sie sich von Hand und lesen Sie die Begrüßung; sie zeigt meist, ob der Port ESMTP oder LMTP spricht.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Prüfen Sie, für welches Protokoll und welchen Port bzw. Socket die sendende Anwendung konfiguriert ist, und vergleichen Sie das mit dem Dienst, der dort lauscht.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; der Client muss so umkonfiguriert werden, dass er am richtigen Port das richtige Protokoll spricht.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>Zeile im Authentifizierungsaustausch ist zu lang</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Während SMTP AUTH hat der Client eine base64-Zeile gesendet, die länger ist als der Puffer des Servers für den gewählten SASL-Mechanismus, daher hat der Server den AUTH-Befehl scheitern lassen. RFC 4954 definiert ihn, gesendet als 500 5.5.6, und merkt an, dass damals 12288 Oktette für die eingesetzten Mechanismen als ausreichend galten.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Nur als Antwort auf AUTH oder auf eine Fortsetzungszeile nach einer 334-Challenge. Typische Auslöser sind große Kerberos-Tokens (GSSAPI), OAuth-Bearer-Tokens, die ein kleines Serverlimit überschreiten, oder ein Client, der eine beschädigte, endlose Zeile gesendet hat. Postfix antwortet 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>Der Admin des Servers vergrößert den Authentifizierungspuffer, wenn legitime Tokens größer sind, als er erlaubt, zum Beispiel Kerberos-Tickets mit vielen Gruppenmitgliedschaften oder lange OAuth-Tokens; unter Postfix ist das smtpd_sasl_response_limit (standardmäßig 12288), während eine Initial Response direkt in der AUTH-Zeile durch line_length_limit begrenzt ist. Prüfen Sie auf Client-Seite, ob der vorgesehene Mechanismus verwendet wird und jede Antwort eine einzelne, wohlgeformte base64-Zeile ist; PLAIN über TLS vermeidet große Tokens.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Ein Kerberos-Ticket (GSSAPI), aufgebläht durch viele Gruppenmitgliedschaften.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Ein OAuth-2.0-Access-Token, das größer ist als das Limit des Servers für die AUTH-Zeile.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Ein Client-Fehler, der falsche Daten oder keinen Zeilenumbruch sendet, sodass der Server eine endlose Zeile liest.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Ein Server mit einem ungewöhnlich kleinen Authentifizierungspuffer, weit unter den 12288 Oktetten, die RFC 4954 nennt.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Authentifizieren Sie sich mit einem einfachen Mechanismus, um zu bestätigen, dass das Konto funktioniert und der Fehler an der Token-Größe liegt.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Suchen Sie im Serverlog rund um den Zeitpunkt des Versuchs nach dem AUTH-Fehler.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Lesen Sie auf einem Postfix-Server die Limits, die für SASL-Antworten und für die AUTH-Befehlszeile gelten.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Kann der Client oder seine Bibliothek das Token protokollieren, vergleichen Sie dessen Länge mit dem Limit des Servers.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Wiederholen Sie denselben AUTH-Austausch nicht; er scheitert genauso. Verwenden Sie ein kleineres Token oder einen anderen Mechanismus oder lassen Sie das Serverlimit erhöhen, und authentifizieren Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>beschädigte nachricht</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>ungültiges mime</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Etwas am Inhalt der Nachricht hat sie unzustellbar gemacht, und kein spezifischerer X.6-Code passt. Bei Ablehnungen bedeutet er meist, dass der Empfänger die Nachricht für fehlerhaft hält: defektes MIME, fehlerhafte Header oder Inhalt, den er nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Meist am Ende von DATA, nachdem der Empfänger die Nachricht geparst hat. Gmail lehnt fehlerhafte Nachrichten mit 554 5.6.0 Mail message is malformed. Not accepted. ab. Microsoft Exchange verwendet den Code dagegen bei Erfolg: Seine normale Antwort auf DATA ist 250 2.6.0, gefolgt von der Message-ID und Queued mail for delivery (zur Zustellung in die Warteschlange gestellt).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>Der Absender oder die Software, die die Nachricht erzeugt hat, korrigiert ihre Struktur: wohlgeformte Headerzeilen, genau ein From, Date und Message-ID, Zeilen nicht länger als 998 Zeichen, passende MIME-Grenzen, korrekte Transferkodierungen. Von Skripten und Geräten erzeugte Mail ist der übliche Verdächtige; denselben Inhalt aus einem gewöhnlichen Mailprogramm zu senden, zeigt, ob der Generator schuld ist.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>Defektes MIME: fehlende oder nicht passende Grenzen (Boundaries), ein falsches Content-Transfer-Encoding, abgeschnittene Teile.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Headerzeilen, die fehlerhaft, doppelt oder länger sind, als RFC 5322 erlaubt.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Nackte LF- oder NUL-Zeichen in der Nachricht, meist von Skripten oder eingebetteten Geräten.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Ein Content-Scanner, der einen Anhang nicht parsen konnte und die Nachricht mit einem allgemeinen Code abgelehnt hat.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Speichern Sie die abgelehnte Nachricht in einer Datei und untersuchen Sie ihre wichtigsten Header.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Suchen Sie nach Zeilen, die länger als 998 Zeichen sind; RFC 5322 verbietet sie.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Senden Sie denselben Inhalt aus einem gewöhnlichen Mailprogramm; wird diese Kopie angenommen, ist die erzeugende Software schuld.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; derselbe Inhalt wird wieder abgelehnt. Eine 4.6.0 kann bei einem späteren Versuch gelingen, wenn die Inhaltsverarbeitung des Empfängers vorübergehend gestört war.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail hat die Nachricht als strukturell ungültig erkannt (Header oder MIME nicht konform zu RFC 5322); die sendende Software muss eine korrekte Nachricht erzeugen.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Die normale Erfolgsantwort von Exchange nach DATA: Die Nachricht wurde angenommen und in die Warteschlange gestellt. Die 2.6.0 ist eine Eigenart von Exchange, kein Fehler, auch wenn die Registry X.6.0 nur für Fehlschläge führt.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Medientyp nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>nicht unterstützter content-type</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>Die Nachricht verwendet einen Medientyp oder eine Kodierung, die das Zustellprotokoll oder das nächste System auf dem Weg nicht transportieren kann. Der Code ist ausschließlich als dauerhaft definiert: In ihrer jetzigen Form kann die Nachricht nicht weiter.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Selten als direkte SMTP-Antwort; häufiger in einem Bounce von einem Relay oder Gateway, das den Inhalt nicht weitergeben konnte, zum Beispiel binärer Inhalt zu einem Hop ohne BINARYMIME oder ein Gateway zu Fax, SMS oder einem Altsystem, das den MIME-Typ nicht darstellen kann.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>Der Absender sendet den Inhalt erneut in einer Form, die der Weg transportieren kann: Standard-MIME mit base64- oder quoted-printable-Kodierung und einem gängigen Anhangtyp. Ist das Ziel ein Gateway (Fax, Pager, Altsystem), kann der Admin des Empfängers sagen, welche Formate es annimmt.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Binärer Inhalt (BODY=BINARYMIME), gesendet zu einem Hop, der BINARYMIME nicht anbietet.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Roher 8-Bit-Inhalt auf dem Weg zu einem reinen 7-Bit-Hop, der ihn nicht konvertiert.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Ein Gateway zu einem Nicht-E-Mail-System, das den MIME-Typ der Nachricht nicht darstellen kann.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Prüfen Sie, welche Body-Erweiterungen (8BITMIME, BINARYMIME, CHUNKING) der nächste Hop nach EHLO ankündigt.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Prüfen Sie, wie Body und Anhänge der Nachricht kodiert sind.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; kodieren Sie den Inhalt neu oder konvertieren Sie ihn in einen unterstützten Typ und senden Sie eine neue Nachricht.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Konvertierung erforderlich, aber untersagt</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Um die Nachricht zuzustellen, müsste ein System auf dem Weg ihren Inhalt konvertieren, aber die Konvertierung ist nicht erlaubt, entweder weil der Absender das in der Nachricht so festgelegt hat oder weil die Richtlinie des sendenden Hosts es verbietet.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>In Bounces von Relays und Gateways an der Stelle, an der der nächste Hop den Inhalt nicht so annehmen kann, wie er ist, zum Beispiel 8-Bit-MIME zu einem reinen 7-Bit-Server, wenn das Relay so eingestellt ist, dass es nie herabstuft, oder Inhalt für ein X.400- oder ähnliches Gateway, der als nicht zu konvertieren markiert ist.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>Der Absender hebt das Verbot auf oder sendet Inhalt, der keine Konvertierung braucht (7-Bit-sichere Kodierungen wie base64 oder quoted-printable). Ist das Verbot eine Richtlinie des sendenden Hosts, entscheidet der Admin des Absenders, ob er das Herabstufen für diese Route zulässt.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>Die Nachricht oder ihr Envelope verbietet die Konvertierung des Inhalts, und der nächste Hop braucht eine.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>Das Relay ist so konfiguriert, dass es 8-Bit-Inhalt nie herabstuft, und dem nächsten Hop fehlt 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Ein Gateway zu X.400 oder einem anderen Mailsystem müsste den Inhalt umwandeln, und die Einstellungen des Absenders erlauben das nicht.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Prüfen Sie, ob der nächste Hop 8BITMIME ankündigt: Verbinden Sie sich, senden Sie EHLO example.net und lesen Sie die Liste.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Suchen Sie in der Nachricht nach rohen Nicht-ASCII-Bytes, die eine Konvertierung erzwingen würden.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; erlauben Sie entweder die Konvertierung oder kodieren Sie den Inhalt so neu, dass keine nötig ist, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>Der Inhalt muss konvertiert werden, bevor er weitergeleitet werden kann, und der Host, der das tun müsste, kann es nicht. Das Beispiel aus RFC 3463 selbst ist ein Gateway, das 8-Bit-Mail annimmt, sie aber nicht auf 7 Bit herabstufen kann, wenn der nächste Hop das verlangt.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>In einem Bounce von dem Relay, das festhing, oder als 554 5.6.3 am Datenende. RFC 4468 führt 554 5.6.3 Conversion required but not supported als mögliche Antwort auf BURL auf, wenn der referenzierte Inhalt eine Konvertierung bräuchte, die der Submission-Server nicht durchführen kann.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>Der Absender kann die Konvertierung vermeiden, indem er 7-Bit-sicheren Inhalt sendet: Teile in base64- oder quoted-printable-Kodierung und nach RFC 2047 kodierte Header. Der Admin des gescheiterten Relays kann das MIME-Downgrading aktivieren oder die Mail über einen Weg leiten, der 8BITMIME durchgehend unterstützt.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>8-Bit-Inhalt, über ein Relay ohne Herabstufungsmöglichkeit zu einem Server ohne 8BITMIME geroutet.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Binärer Inhalt, der für einen Hop ohne BINARYMIME neu kodiert werden müsste.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Einem Gateway fehlt ein Konverter für den betreffenden Inhaltstyp.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Zählen Sie die Zeilen mit rohen 8-Bit-Bytes in Headern und Body der Nachricht.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Stellen Sie auf einem Postfix-Relay sicher, dass die Ausgabekonvertierung von 8 Bit auf 7 Bit nicht abgeschaltet wurde.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Ermitteln Sie den Hop ohne 8BITMIME aus dem Feld Remote-MTA oder Reporting-MTA des Bounces und lesen Sie seine EHLO-Antwort.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Versuchen Sie es über denselben Weg nicht unverändert erneut; senden Sie 7-Bit-sicheren Inhalt oder lassen Sie zuerst das Relay korrigieren.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Meist ein Erfolg mit Warnung: Die Nachricht wurde zugestellt, aber eine Konvertierung unterwegs hat Informationen verloren, etwa Zeichen, die nicht darstellbar waren, oder Teile, die eingeebnet oder verworfen wurden. RFC 3463 erlaubt ihn außerdem als dauerhaften Fehler, wenn der Absender eine verlustbehaftete Konvertierung untersagt hat.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Als 2.6.4 in einem Zustellbericht oder auf einer 250-Antwort; RFC 4468 zeigt 250 2.6.4 MIME header conversion with loss performed (verlustbehaftete Konvertierung der MIME-Header) für BURL. Die Form 5.6.4 erscheint in Bounces von Gateways, die eine verlustbehaftete Konvertierung verweigert haben.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Bei 2.6.4 ist nichts zu beheben, aber der Empfänger erhält womöglich eine verschlechterte Kopie. Kommt es darauf an, sendet der Absender einfacheren Inhalt erneut (reinen Text oder gängige Anhangtypen, korrekt kodierte Header), oder der Admin des Empfängers ermittelt das Gateway, das die Konvertierung vorgenommen hat. Bei 5.6.4 muss der Absender eine verlustbehaftete Konvertierung erlauben oder den Inhalt ändern.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Ein Gateway hat die Nachricht in einen Zeichensatz oder ein Format konvertiert, das nicht jedes Zeichen darstellen kann.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>MIME-Header mit Nicht-ASCII-Text wurden herabgestuft, wobei die ursprünglichen Zeichen verloren gingen.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Ein Anhangtyp, den das Zielsystem nicht speichern kann, wurde entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Lesen Sie im Zustellbericht den Block für den jeweiligen Empfänger; Action und Status zeigen, ob zugestellt (2.6.4) oder abgelehnt (5.6.4) wurde.</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Wenn Sie den Empfänger erreichen, vergleichen Sie, was angekommen ist, mit dem Gesendeten, um zu sehen, was verloren ging.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Bei 2.6.4 gibt es nichts zu wiederholen; die Nachricht wurde zugestellt. Bei 5.6.4 senden Sie erst erneut, nachdem Sie den Inhalt oder die Konvertierungseinstellung geändert haben.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Eine Konvertierung war nötig und wurde versucht, ist aber fehlgeschlagen. Das kann vorübergehend sein (4.6.5, der Konverter funktioniert vielleicht bei einem späteren Versuch) oder dauerhaft (5.6.5, dieser Inhalt lässt sich nicht konvertieren).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>In Bounces oder Zurückstellungen von Relays, Gateways und Content-Filtern, die Nachrichten umwandeln: 8 Bit auf 7 Bit herabstufen, Anhänge neu kodieren, Zeichensätze konvertieren oder Mail an Fax und andere Nicht-E-Mail-Systeme übergeben.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>Bei 4.6.5 prüft der Admin des Relays den Konverter oder Filter (abgestürzter Dienst, fehlendes Werkzeug, Ressourcenlimits) und lässt die Warteschlange es erneut versuchen. Bei 5.6.5 sendet der Absender Inhalt, der keine Konvertierung braucht: Standardkodierungen, gängige Dateitypen und korrekt deklarierte Zeichensätze.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>Der in der Nachricht deklarierte Zeichensatz passt nicht zu ihren Bytes, daher scheitert die Neukodierung.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Ein beschädigter oder abgeschnittener Anhang, den der Konverter nicht parsen kann.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>Der Konvertierungsdienst oder Content-Filter auf dem Relay ist abgestürzt oder in einen Timeout gelaufen.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Ein ungewöhnlicher Zeichensatz oder MIME-Typ, den der Konverter nicht kennt.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Prüfen Sie die deklarierten Zeichensätze und Transferkodierungen in der Nachricht.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Suchen Sie auf dem Relay nach Fehlern des Konverters oder Content-Filters zum Zeitpunkt des Fehlschlags.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Versuchen Sie eine 4.6.5 später in zunehmenden Abständen erneut. Versuchen Sie eine 5.6.5 nicht unverändert erneut; zuerst muss sich der Inhalt ändern.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>Der Submission-Server konnte den Nachrichteninhalt nicht von der Stelle abrufen, auf die der Client verwiesen hat. Der Code stammt aus BURL (RFC 4468): Statt die Nachricht hochzuladen, übergibt der Client eine URL zu einer Kopie auf einem IMAP-Server, und der Server konnte sie nicht abrufen. 4.6.6 bedeutet „später erneut versuchen“, 5.6.6 „dieser Verweis wird nicht funktionieren“.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>Als Antwort auf den Befehl BURL an einem Submission-Server (Port 587), typischerweise als 554 5.6.6 IMAP URL resolution failed. BURL ist selten: Der Submission-Dienst von Dovecot (ab 2.3) ist eine Implementierung, zusammen mit IMAP URLAUTH (RFC 4467). Ist der IMAP-Server überhaupt nicht erreichbar, schlägt RFC 4468 stattdessen 451 4.4.1 vor.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>Der Client hat eine URL erzeugt, die der Server nicht auflösen kann oder nicht verwenden darf. Der Mail-Admin prüft, ob der Submission-Server so eingerichtet ist, dass er dem in der URL genannten IMAP-Server vertraut und ihn erreicht (bei Dovecot imap_urlauth_host und die URLAUTH-Konfiguration), und ob die URL auf eine existierende Nachricht zeigt. Als Behelf kann der Client die Nachricht mit DATA statt BURL einliefern.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>Die per URLAUTH autorisierte URL ist abgelaufen oder wurde widerrufen, oder die Nachricht, auf die sie zeigt, wurde gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>Die URL nennt einen Host oder Port, von dem abzurufen der Submission-Server nicht konfiguriert ist.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>Der Submission-Server hat kein Vertrauensverhältnis zum IMAP-Server (dieser Fall hat einen eigenen Code, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>Der IMAP-Server ist während des Abrufs des Inhalts ausgefallen.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Prüfen Sie, von welchem IMAP-Host und Port der Submission-Dienst von Dovecot BURL-Inhalte abrufen darf.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Verbinden Sie sich mit dem Submission-Port, senden Sie EHLO example.net und bestätigen Sie, dass BURL mit dem erwarteten URL-Typ angekündigt wird.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Liefern Sie dieselbe Nachricht mit DATA statt BURL ein, um ein Abrufproblem von einem Nachrichtenproblem zu trennen.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Versuchen Sie eine 4.6.6 später erneut. Wiederholen Sie nach einer 5.6.6 nicht dasselbe BURL; erzeugen Sie eine neue URL oder liefern Sie die Nachricht mit DATA ein.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht zulässig</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>internationalisierte e-mail-adresse</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Eine Envelope-Adresse enthält Nicht-ASCII-Zeichen (UTF-8), und der Server nimmt sie in dieser Transaktion nicht an, weil er SMTPUTF8 nicht unterstützt oder der Client es bei MAIL FROM nicht angefordert hat. RFC 6531 kombiniert ihn mit 553, wenn eine Adresse bei RCPT TO abgelehnt wird, und mit 550, wenn es die MAIL-FROM-Adresse ist.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>Bei MAIL FROM oder RCPT TO: Postfix antwortet 553 5.6.7 Must declare SMTPUTF8 to send unicode address, wenn ein Client eine UTF-8-Adresse ohne den Parameter SMTPUTF8 sendet. Postfix schickt Nachrichten außerdem auf der sendenden Seite mit dsn=5.6.7 als unzustellbar zurück (SMTPUTF8 is required, but was not offered by host ...), oft weil ein Skript rohes UTF-8 in einen Subject-Header geschrieben hat und der nächste Hop SMTPUTF8 nicht anbietet.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Ist die Adresse wirklich internationalisiert, muss der sendende Client SMTPUTF8 verwenden (die EHLO-Antwort muss es auflisten, und MAIL FROM muss den Parameter SMTPUTF8 tragen), und jeder Hop muss es unterstützen; andernfalls braucht der Absender eine ASCII-Adresse für dieselbe Person. Enthalten nur die Header UTF-8, sollte die sendende Software sie als Encoded Words nach RFC 2047 kodieren. Ein Postfix-Admin kann außerdem smtputf8_autodetect_classes einschränken oder, wie viele es tun, smtputf8_enable = no setzen, auf Kosten der EAI-Unterstützung.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>Die Adresse des Empfängers oder Absenders hat Nicht-ASCII-Zeichen im Local Part oder eine Domain mit U-Label, und dem Server fehlt SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>Der Client hat eine UTF-8-Adresse gesendet, aber den Parameter SMTPUTF8 bei MAIL FROM weggelassen.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>Rohes UTF-8 in den Headern der Nachricht hat Postfix veranlasst, die Nachricht als SMTPUTF8-pflichtig zu markieren, und der nächste Hop bietet es nicht an.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Ein Server, der SMTPUTF8 grundsätzlich unterstützt, lehnt Nicht-ASCII-Adressen für dieses bestimmte Postfach oder diese Domain ab.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Sehen Sie nach, ob der empfangende Server SMTPUTF8 in seiner EHLO-Antwort aufführt.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Prüfen Sie die SMTPUTF8-Einstellungen des sendenden Postfix.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Suchen Sie die als unzustellbar zurückgeschickten Nachrichten und die Hosts, die SMTPUTF8 nicht angeboten haben.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Ermitteln Sie für eine internationalisierte Domain ihre A-Label-Form (xn--), die Server ohne SMTPUTF8 annehmen können.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut. Senden Sie erneut, wenn der Weg SMTPUTF8 unterstützt, über einen Server, der es unterstützt, oder an eine ASCII-Adresse derselben Person.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>UTF-8-Antwort erforderlich, vom SMTP-Client aber nicht zugelassen</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>Der Server müsste in seiner Antwort einen Postfachnamen mit UTF-8 zeigen, aber der Client hat nicht angegeben, dass er UTF-8-Antworten verarbeiten kann. Der Code gehört zu VRFY und EXPN unter SMTPUTF8 (RFC 6531, Abschnitt 3.7.4.2): Als 252 2.6.8 lehnt der Server es ab, die Adresse zu zeigen, nimmt aber weiterhin Mail für sie an; als 550 5.6.8 (oder 553) lehnt er ab.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Nur als Antwort auf VRFY oder EXPN ohne den Parameter SMTPUTF8, wenn die Antwort ein Nicht-ASCII-Postfach enthalten würde. In der Praxis sehr selten, da die meisten öffentlichen Server VRFY und EXPN ganz abschalten.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Nichts ist kaputt. Ein Client oder Admin, der die vollständige Antwort möchte, prüft, ob die EHLO-Antwort SMTPUTF8 aufführt, und wiederholt den Befehl mit dem Parameter, als VRFY name SMTPUTF8. Nach einer 252 2.6.8 kann Mail an die Adresse einfach gesendet werden.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY oder EXPN ohne den Parameter SMTPUTF8 für ein Postfach mit internationalisiertem Namen.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Eine per EXPN aufgelöste Liste, die mindestens eine Nicht-ASCII-Adresse enthält.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Ein älterer Client oder ein Skript, das nie SMTPUTF8 sendet, fragt einen EAI-fähigen Server ab.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Öffnen Sie eine Sitzung, senden Sie EHLO example.net, prüfen Sie, ob SMTPUTF8 aufgeführt ist, und wiederholen Sie dann VRFY oder EXPN mit dem Parameter SMTPUTF8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>Für die Nachricht selbst gibt es nichts zu wiederholen. Wiederholen Sie VRFY oder EXPN mit dem Parameter SMTPUTF8, wenn Sie die Antwort brauchen.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>Nachricht mit UTF-8-Headern kann an einen oder mehrere Empfänger nicht übertragen werden und muss abgelehnt werden</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>Die Nachricht hat internationalisierte Header (UTF-8), und mindestens ein Empfänger kann eine solche Nachricht nicht annehmen, daher lehnt der Server sie nach dem abschließenden Punkt von DATA ab. Die IANA-Registry kombiniert ihn mit 550, während RFC 6531, Abschnitt 3.5, die Antwort als 554 Transaction failed beschreibt; rechnen Sie also mit beiden Basiscodes.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>Am Ende von DATA auf einem SMTPUTF8-fähigen Server, der die Empfänger angenommen hat und erst dann feststellte, dass einer von ihnen, zum Beispiel ein Postfach auf einem nachgelagerten Speicher ohne EAI-Unterstützung, keine UTF-8-Header annehmen kann. RFC 6531 ermutigt Server, das stattdessen schon bei RCPT TO zu erkennen, was X.6.7 ergibt.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>Der Absender sendet erneut ohne internationalisierte Header (Encoded Words nach RFC 2047 in Subject und Anzeigenamen, ASCII-Adressen) oder sendet getrennt an die Empfänger, die keine EAI-Mail annehmen können. Der Admin des Empfängers kann die SMTPUTF8-Unterstützung durchgehend aktivieren, wenn das Postfach solche Mail erhalten soll.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>Ein Empfängerpostfach liegt hinter einem Speicher oder nachgelagerten Hop ohne SMTPUTF8-Unterstützung.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>Die Nachricht trägt rohes UTF-8 in den Headern (Subject, Anzeigenamen, Adressen) statt Encoded Words.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Eine gemischte Empfängerliste, in der manche Empfänger internationalisierte Mail unterstützen und andere nicht.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Suchen Sie nach rohen Nicht-ASCII-Bytes im Header-Bereich der Nachricht, also allem bis zur ersten Leerzeile.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Stellen Sie sicher, dass der empfangende Server selbst SMTPUTF8 anbietet, die Ablehnung also von einem Empfänger dahinter stammt.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; senden Sie erneut mit kodierten Headern oder nur an die Empfänger, die internationalisierte Mail annehmen.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Veraltet: Duplikat von X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Ein veralteter Registry-Eintrag, der X.6.8 dupliziert; verwenden und lesen Sie stattdessen X.6.8. Das experimentelle RFC 5336 hat ihn versehentlich als zweiten Code für denselben Zustand registriert, eine UTF-8-Antwort, die der Client nicht zugelassen hat (X.6.8 mit 553 und 550, X.6.10 mit 252); RFC 6531 hat den Fall 252 in X.6.8 aufgenommen und X.6.10 als veraltet markiert.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Praktisch nie. Nur Software, die nach dem experimentellen RFC 5336 geschrieben wurde, sendet eventuell noch 252 2.6.10 als Antwort auf VRFY oder EXPN; sehen Sie ihn doch, bedeutet er genau dasselbe wie X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Behandeln Sie ihn wie X.6.8: Der Client hat VRFY oder EXPN ohne den Parameter SMTPUTF8 gesendet, und die Antwort würde einen UTF-8-Postfachnamen enthalten. Der Admin des Servers, der ihn sendet, sollte die Software aktualisieren, damit sie X.6.8 verwendet.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Server-Software, die das experimentelle RFC 5336 statt RFC 6531 implementiert.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Eine fest einprogrammierte Statustabelle, kopiert aus der Registry im Stand vor 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Prüfen Sie, ob der Server nach EHLO SMTPUTF8 aufführt, und wiederholen Sie dann VRFY oder EXPN mit dem Parameter SMTPUTF8, wie bei X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>Für die Nachricht gibt es nichts zu wiederholen; behandeln Sie ihn genau wie X.6.8 und wiederholen Sie die Abfrage mit SMTPUTF8, wenn Sie die Antwort brauchen.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>tls erforderlich</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>smtp authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>Der Sammelcode für Sicherheit und Richtlinien: Etwas wurde aus einem Sicherheitsgrund, den der Server nicht genauer beschreibt, abgelehnt, verzögert oder (als 2.7.0) angenommen. Als 5.7.0 ist es eine dauerhafte Ablehnung, meist 530 5.7.0, wenn der Client zuerst STARTTLS verwenden oder sich anmelden muss; als 4.7.0 ist es vorübergehend, etwa 454 4.7.0, wenn das Authentifizierungs-Backend des Servers ausgefallen ist, oder das Ratenlimit 421 4.7.0 eines Providers. 235 2.7.0 ist die normale Antwort auf ein erfolgreiches AUTH.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>An den Submission-Ports (587, 465) rund um STARTTLS und AUTH und bei MAIL FROM, wenn ein Client ohne Anmeldung zu senden versucht. Postfix antwortet 530 5.7.0 Must issue a STARTTLS command first, wenn TLS Pflicht ist, und 454 4.7.0, wenn seine eigene TLS- oder SASL-Einrichtung versagt. Große Empfänger wie Gmail und Yahoo verwenden 421 4.7.0, um Absender mit schlechter Reputation zu drosseln.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Lesen Sie den Text nach dem Code, denn er enthält den eigentlichen Grund. Verlangt er STARTTLS oder Authentifizierung, muss die Client-Software auf STARTTLS an Port 587 (oder SSL/TLS an Port 465) eingestellt sein und sich mit den Zugangsdaten des Postfachs anmelden. Handelt es sich um einen vorübergehenden Authentifizierungsfehler 454 4.7.0, prüft der Admin des Servers das Authentifizierungs-Backend (Dovecot, Cyrus SASL, LDAP) und die TLS-Zertifikatsdateien. Ist es eine Drosselung 421 4.7.0 durch einen Provider, behebt der Admin des Absenders die Reputationsprobleme (PTR-Eintrag, SPF, DKIM, Beschwerdequote, plötzliches Volumen) und lässt die Warteschlange es erneut versuchen.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>Das Mailprogramm oder die Anwendung spricht den Submission-Port ohne STARTTLS an, während der Server vor allem anderen TLS verlangt.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>Der Client überspringt SMTP AUTH und geht direkt zu MAIL FROM, auf einem Server, der nur für angemeldete Benutzer als Relay arbeitet.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>Das SASL-Backend des Servers (Dovecot-Auth-Socket, saslauthd, LDAP) ist nicht erreichbar, daher scheitern Anmeldungen vorübergehend.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>Der Server kann sein eigenes TLS-Zertifikat oder seinen Schlüssel nicht laden, kann daher kein STARTTLS anbieten und antwortet mit einer vorübergehenden Ablehnung.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Ein großer Empfänger drosselt die sendende IP oder Domain wegen geringer Reputation oder eines plötzlichen Volumenanstiegs.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Verbinden Sie sich mit TLS mit dem Submission-Port, senden Sie EHLO von Hand und prüfen Sie, ob die Zeile 250-AUTH innerhalb der TLS-Sitzung erscheint.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Führen Sie eine vollständige authentifizierte Submission durch, um zu sehen, welcher Befehl die Antwort 5.7.0 oder 4.7.0 auslöst.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Suchen Sie auf einem Postfix-Server nach TLS- und SASL-Warnungen rund um den Zeitpunkt des Fehlers.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Prüfen Sie bei einer Drosselung 421 4.7.0 durch einen Provider, ob die sendende IP einen PTR-Eintrag hat, dessen Name wieder auf dieselbe IP auflöst.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Das hängt von der Klasse ab. 4.7.0 ist vorübergehend: Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es in zunehmenden Abständen erneut. 5.7.0 verschwindet durch erneute Versuche nicht, korrigieren Sie also zuerst die TLS- oder Anmeldeeinstellungen. 2.7.0 ist ein Erfolg: Setzen Sie die Sitzung fort.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Der Submission-Server smtp.gmail.com von Gmail sendet dies, wenn ein Client AUTH oder MAIL FROM an Port 587 versucht, bevor er die Verbindung mit STARTTLS hochgestuft hat.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Bei smtp.gmail.com bedeutet dies, dass der Client ohne erfolgreiche Anmeldung bei MAIL FROM angekommen ist; Gmail arbeitet für eingelieferte Mail nur für authentifizierte Google-Konten als Relay.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Die vorübergehende Zurückstellung von Yahoo wegen der Reputation der sendenden IP (Beschwerden, ungewöhnliches Volumen oder spamartiger Inhalt). Es ist kein Sicherheitsfehler im Sinne der Registry; erneute Versuche gelingen, sobald sich die Reputation erholt.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>auf blacklist</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>sperrliste</translation>
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
        <translation>relay verweigert</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>relay nicht erlaubt</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>Die häufigste Ablehnung durch Richtlinien: Der empfangende Server nimmt diese Nachricht von diesem Absender, Client oder dieser IP-Adresse nicht an. Die Registry definiert ihn nur als dauerhaft (5.7.1) und deckt damit Relay-Verweigerung, Treffer auf Blocklists, Absender- oder Empfängerrestriktionen und Urteile von Spamfiltern ab. In der Praxis wird 4.7.1 aber auch verbreitet als vorübergehende Zurückstellung durch Richtlinien gesendet, mit Greylisting als klassischem Fall.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Meist bei RCPT TO (Relay access denied, Empfängerrestriktionen, Greylisting) oder am Ende von DATA (Spam- und Content-Filter, Header-Prüfungen), manchmal bei MAIL FROM, wenn die Client-IP auf einer Blocklist steht. Postfix, Exim, Exchange, Microsoft 365, Gmail und Yahoo senden ihn alle, und der Text nach dem Code nennt die Regel, die gegriffen hat.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Lesen Sie die ganze Antwort und handeln Sie nach der Regel, die sie nennt. Relay access denied: Die Client-Software muss sich authentifizieren, bevor sie an fremde Domains sendet, oder der Admin des Empfängers muss die Domain in die akzeptierten Domains des Servers aufnehmen. IP auf einer Blocklist: Der Admin des Absenders findet den Eintrag, beseitigt dessen Ursache (kompromittiertes Konto, offenes Relay, fehlender PTR) und beantragt das Delisting. Urteil wegen Spam oder Reputation: Der Admin des Absenders prüft Authentifizierung, Inhalt und Volumen und bittet dann den empfangenden Provider um eine Überprüfung. Bei Greylisting mit 4.7.1 ist nichts zu tun; der sendende Server versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Relay verweigert: Der Client hat ohne Authentifizierung an eine fremde Domain gesendet oder von einer IP-Adresse, der der Server nicht vertraut.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>Die sendende IP steht auf einer DNS-Blocklist (Spamhaus ZEN, Barracuda, SpamCop) oder auf einer privaten Blocklist eines Providers.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Ein Spam- oder Malware-Filter oder das Reputationssystem des Providers hat die Nachricht als unerwünscht oder gefährlich eingestuft.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Eine Regel auf Empfängerseite: Das Postfach oder die Gruppe nimmt Mail nur von bestimmten Absendern an oder nur aus der eigenen Organisation.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Greylisting (als 4.7.1): Der Empfänger stellt den ersten Versuch eines unbekannten Absenders zurück und nimmt einen späteren erneuten Versuch an.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>Die Absenderadresse oder ihre Domain steht auf der eigenen Liste blockierter Absender des Empfängers oder besteht eine Absenderprüfung nicht.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Suchen Sie die Ablehnung im Log des sendenden Servers und lesen Sie den vollständigen Antworttext, einschließlich eines Kürzels in Klammern wie S3150 oder BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Prüfen Sie die sendende IP mit umgekehrten Oktetten gegen Spamhaus ZEN; eine Antwort im Bereich 127.0.0.x bedeutet „gelistet“. Fragen Sie über Ihren eigenen Resolver ab, denn Spamhaus weist viele öffentliche Resolver ab.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Hat Ihr eigener Postfix-Server die Ablehnung gesendet, sehen Sie nach, welche Restriktion sie erzeugt hat.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Meldet Ihr eigener Server einem Client, der zugelassen sein sollte, Relay access denied, prüfen Sie die Relay-Einstellungen.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>Bei 5.7.1 senden Sie nicht unverändert erneut: Die Richtlinie lehnt die Nachricht wieder ab, bis die Sperre oder die Einstellung behoben ist. Bei 4.7.1 behalten Sie die Nachricht in der Warteschlange und versuchen es normal erneut; ein Server mit Greylisting lässt einen späteren Versuch durch, meist nach wenigen Minuten.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) lehnt die sendende IP ab, weil sie auf der eigenen Blocklist von Microsoft steht, getrennt von öffentlichen DNS-Blocklists. Der Admin des Absenders muss das Delisting über den Absender-Support von Microsoft beantragen.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Das Spam-Urteil von Gmail über diese Nachricht, abgegeben am Ende von DATA anhand des Inhalts und der Reputation des Absenders. Gmail verwendet 5.7.1 außerdem für Header-Fehler nach RFC 5322 und für IPs, die nicht direkt an Gmail senden dürfen.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo lehnt die Client-IP ab, weil sie auf einer Spamhaus-Liste steht; der Eintrag muss zuerst bei Spamhaus beseitigt werden.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Auflösung der Mailingliste untersagt</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>keine berechtigung an gruppe zu senden</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>Der Absender darf nicht an die Mailingliste oder Verteilergruppe schreiben, an die die Nachricht adressiert war, daher löst die Liste sie nicht in ihre Mitglieder auf. Der Code ist ausschließlich als dauerhafter Fehler definiert. In der Praxis ist er selten: Die meisten Listenverwalter und Groupware-Systeme weisen unberechtigte Absender mit 5.7.1 ab oder halten den Beitrag zur Moderation zurück.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>Bei RCPT TO, wenn die Listenadresse die Absender selbst prüft, oder später in einem Bounce (DSN) vom Listenserver, nachdem er die Nachricht erhalten und festgestellt hat, dass der Absender nicht schreiben darf. Typische Fälle sind Diskussionslisten nur für Mitglieder, Ankündigungslisten und Verteilergruppen, die auf interne oder namentlich genannte Absender beschränkt sind.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>Der Absender prüft, ob er von genau der Adresse schreibt, die abonniert oder zugelassen ist, und nicht von einem Alias oder einem anderen Konto. Sollte er schreiben dürfen, nimmt der Listenbetreiber oder der Admin des Empfängers die Adresse in die Mitglieder oder zugelassenen Absender auf oder hebt die Beschränkung für externe Absender auf. Danach sendet der Absender die Nachricht erneut.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>Die Liste nimmt Beiträge nur von Abonnenten an, und die Nachricht kam von einer Adresse, die nicht abonniert ist.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>Der Absender ist unter einer Adresse abonniert, hat aber von einer anderen geschrieben (einem Alias, einem privaten Konto, einer Weiterleitungsadresse).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Eine Verteilergruppe ist auf interne Absender oder auf eine namentliche Liste zugelassener Absender beschränkt.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>Die Liste ist eine Ankündigungsliste, auf der nur Eigentümer oder Moderatoren schreiben dürfen.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Vergleichen Sie den Envelope-Absender und die From-Adresse der als unzustellbar zurückgekommenen Nachricht mit der Adresse, die in der Liste abonniert ist.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Listen Sie als Eigentümer einer Mailman-3-Liste die Mitglieder auf, um zu sehen, ob der Absender darunter ist.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Senden Sie einen kurzen Testbeitrag von der abonnierten Adresse, um zu bestätigen, dass die Liste ihn annimmt.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut: Die Liste lehnt denselben Absender jedes Mal ab. Senden Sie erst erneut, wenn der Absender schreiben darf oder von der abonnierten Adresse schreibt.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo verwendet 5.7.2 für eine länger anhaltende Sperre der sendenden IP wegen ihrer Reputation, was nichts mit Mailinglisten zu tun hat. Der Admin des Absenders muss das Reputationsproblem beheben und sich an den Absender-Support von Yahoo wenden.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>Für die Zustellung hätte die Nachricht von einem sicheren Nachrichtenformat in ein anderes konvertiert werden müssen (zum Beispiel zwischen den Verschlüsselungs- oder Signaturverfahren zweier Gateways), und diese Konvertierung war nicht möglich. Der Code ist ausschließlich als dauerhafter Fehler definiert. Die Bedeutung aus der Registry begegnet einem heute fast nie; bekannt ist der Code vor allem von Microsoft-Servern, die eine fehlgeschlagene SMTP-Anmeldung mit 535 5.7.3 beantworten.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>Im Sinne der Registry: in einem Bounce (DSN) von einem Gateway für sichere Mail, das zwei Nachrichtensysteme mit unterschiedlichen Sicherheitsformaten verbindet. In der Praxis: als 535 5.7.3 Authentication unsuccessful (Authentifizierung fehlgeschlagen) von Exchange Server und von Microsoft 365 (smtp.office365.com), wenn SMTP AUTH scheitert, typischerweise bei Druckern, Scannern und Anwendungen, die über ein Postfach in Microsoft 365 senden.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Bei einer 535 5.7.3 von Microsoft: Der Benutzer oder der Verantwortliche der Anwendung prüft Benutzernamen (die vollständige Postfachadresse) und Passwort, und der Admin des Mandanten prüft, ob authentifiziertes SMTP für das Postfach aktiviert ist und nicht durch Sicherheitsstandards oder eine Richtlinie blockiert wird, die moderne Authentifizierung verlangt. Ist die Standardauthentifizierung nicht erlaubt, muss die Anwendung auf OAuth oder einen anderen Relay-Weg wie einen Connector umsteigen. Bei einem echten Konvertierungsfehler sendet der Absender die Nachricht nach Rücksprache mit dem Admin des Empfängers in einem Format, das das Gateway verarbeiten kann.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: Authentifiziertes SMTP (SMTP AUTH) ist für den Mandanten oder für dieses Postfach deaktiviert.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 oder Exchange: falsches oder abgelaufenes Passwort oder ein Benutzername, der nicht die vollständige Postfachadresse ist.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: Sicherheitsstandards oder bedingter Zugriff verlangen Multi-Faktor- oder moderne Authentifizierung, daher wird eine einfache Anmeldung per Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Ein Gateway für sichere Mail hat eine Nachricht erhalten, die in einem Format signiert oder verschlüsselt ist, das es für das Zielsystem nicht übersetzen kann.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Spielen Sie die Anmeldung gegen den Submission-Server nach, den die Anwendung verwendet, und notieren Sie die Antwort auf AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Prüfen Sie in Exchange Online PowerShell, ob SMTP AUTH für das Postfach deaktiviert ist (True bedeutet deaktiviert).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Prüfen Sie auch die mandantenweite SMTP-AUTH-Einstellung.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Lesen Sie bei einem Bounce von einem Gateway die Zeilen Diagnostic-Code und Remote-MTA, um zu sehen, welches Gateway die Konvertierung verweigert hat.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Wiederholen Sie weder dieselbe Anmeldung noch dieselbe Nachricht: Eine gescheiterte Anmeldung bei Microsoft braucht korrigierte Zugangsdaten oder Einstellungen des Mandanten, und eine verweigerte Sicherheitskonvertierung braucht ein anderes Nachrichtenformat.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online und Exchange Server beantworten eine gescheiterte SMTP-AUTH-Anmeldung mit 5.7.3, was auch immer der Grund ist: falsche Zugangsdaten, abgeschaltetes SMTP AUTH oder blockierte Standardauthentifizierung. Ist SMTP AUTH für den ganzen Mandanten deaktiviert, sendet Microsoft 365 eventuell 535 5.7.139 mit einem Text, der das sagt.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>authentifizierungsmethode nicht unterstützt</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>Die Nachricht oder die Sitzung hat eine Sicherheitsfunktion angefordert, die der Server oder der Zustellweg nicht unterstützt, etwa ein Authentifizierungsverfahren, das der Server nicht anbietet. Der Code ist ausschließlich als dauerhafter Fehler definiert. Seine heute übliche Form ist 504 5.7.4 als Antwort auf AUTH mit einem unbekannten oder abgeschalteten Mechanismus.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>Bei AUTH, wenn die Client-Software auf einem Mechanismus besteht (CRAM-MD5, NTLM, GSSAPI, das alte XOAUTH), den der Server nicht angekündigt hat; Gmail und Exchange antworten mit 504 5.7.4 Unrecognized authentication type (unbekannter Authentifizierungstyp). Ein sendender Postfix-Server protokolliert außerdem dsn=4.7.4 für seine eigene Zurückstellung, wenn seine Richtlinie TLS verlangt und der entfernte Server kein STARTTLS anbietet.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>Die Client-Software bzw. wer sie konfiguriert, wählt einen Authentifizierungsmechanismus aus der Liste in der EHLO-Antwort des Servers nach STARTTLS: meist PLAIN oder LOGIN über TLS oder für OAuth XOAUTH2 oder OAUTHBEARER. Bei der TLS-Zurückstellung durch Postfix bittet der Admin des Absenders den Admin des Empfängers, STARTTLS zu aktivieren, oder lockert die TLS-Richtlinie für dieses Ziel, wenn Verschlüsselung nicht wirklich zwingend ist.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>Der Client ist für einen Authentifizierungsmechanismus konfiguriert, den der Server nicht ankündigt, etwa CRAM-MD5 oder NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>Die Anwendung verwendet noch einen ausgemusterten Mechanismus, bei Gmail das alte XOAUTH statt XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>Der Client versucht AUTH vor STARTTLS, während der Server seine Mechanismen erst innerhalb der TLS-Sitzung auflistet.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>Die TLS-Richtlinie des Absenders verlangt Verschlüsselung für ein Ziel, dessen Server kein STARTTLS anbietet.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Listen Sie die Mechanismen auf, die der Server nach STARTTLS anbietet, indem Sie die Zeile 250-AUTH lesen.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Suchen Sie auf einem Postfix-System des Absenders nach Zurückstellungen, die durch eine zwingende TLS-Richtlinie verursacht wurden.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Prüfen Sie, ob der Zielserver STARTTLS überhaupt anbietet.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Senden Sie denselben AUTH-Befehl nicht noch einmal; wählen Sie einen Mechanismus, den der Server anbietet. Die eigene TLS-Zurückstellung 4.7.4 eines sendenden Servers bleibt in der Warteschlange, scheitert aber weiter, bis sich die TLS-Richtlinie oder der entfernte Server ändert.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com lehnt einen AUTH-Mechanismus ab, den es nicht anbietet; Gmail sendet denselben Code an Clients, die noch den ausgemusterten Mechanismus XOAUTH verwenden.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Kryptografiefehler</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>zertifikatsfehler</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>ssl fehler</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Ein System, das die Nachricht entschlüsseln oder verifizieren oder ihre Übertragung verschlüsseln sollte, konnte das nicht, weil ein Schlüssel oder Zertifikat fehlte oder ungültig war. Als 4.7.5 ist es ein vorübergehender Fehler, der sich beheben lässt, sobald das Problem mit Schlüssel oder Zertifikat gelöst ist; als 5.7.5 ist es eine dauerhafte Ablehnung für diese Nachricht.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Meist im eigenen Log und in Verzögerungsmeldungen eines sendenden Postfix-Servers statt in einer Antwort der Gegenseite: Postfix vermerkt dsn=4.7.5, wenn ein TLS-Handshake scheitert, wenn seine TLS-Engine nicht starten kann oder wenn eine zwingende Richtlinie (encrypt, verify, secure, DANE) das entfernte Zertifikat als nicht vertrauenswürdig oder nicht passend einstuft. Er kommt außerdem von S/MIME- oder PGP-Gateways, die den Schlüssel des Empfängers nicht finden oder nicht verwenden können.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>Bei einer TLS-Zurückstellung auf Ihrem eigenen Server ermittelt der Admin des Absenders zuerst, welche Seite schuld ist. Ein abgelaufenes, selbst signiertes oder auf einen falschen Namen ausgestelltes Zertifikat auf dem entfernten Server muss der Admin des Empfängers korrigieren; ein veraltetes CA-Bundle, eine zu strenge Richtlinie pro Ziel oder eine alte TLS-Bibliothek auf der sendenden Seite ist Sache des Admins des Absenders. Bei einem Fehler eines Verschlüsselungs-Gateways sorgt der Admin des Absenders dafür, dass das Gateway ein gültiges, nicht abgelaufenes Zertifikat bzw. einen Schlüssel für den Empfänger hat.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>Das Zertifikat des entfernten Servers ist abgelaufen, selbst signiert oder auf einen anderen Namen ausgestellt, bei einer Versandrichtlinie, die Verifizierung verlangt.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>Der TLS-Handshake scheitert ganz: keine gemeinsame Protokollversion oder Cipher oder eine defekte TLS-Einrichtung auf dem Server.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>Die eigene TLS-Engine des sendenden Servers kann nicht starten (fehlende CA-Datei, nicht lesbarer Schlüssel, defekte Bibliothek).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Ein DANE-TLSA-Eintrag oder eine MTA-STS-Richtlinie passt nicht zu dem Zertifikat, das der Server präsentiert.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Ein Verschlüsselungs-Gateway hat keinen gültigen öffentlichen Schlüssel und kein gültiges Zertifikat für den Empfänger.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Suchen Sie auf einem Postfix-System des Absenders nach TLS-bezogenen Zurückstellungen und lesen Sie den Grund in Klammern.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Sehen Sie sich Zertifikatskette, Gültigkeitsdaten und Namen an, die der entfernte Server präsentiert.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Verwendet die Domain DANE, vergleichen Sie ihre TLSA-Einträge mit diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Zeigen Sie die TLS-Richtlinie an, die der sendende Postfix-Server anwendet.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>Eine 4.7.5 bleibt in der Warteschlange und wird in zunehmenden Abständen erneut versucht, scheitert aber weiter, bis Zertifikat, Schlüssel oder Richtlinie korrigiert sind; beheben Sie das Problem also, bevor die Verweildauer in der Warteschlange abläuft. Versuchen Sie eine 5.7.5 nicht unverändert erneut.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>cipher nicht unterstützt</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Ein System, das zum Entschlüsseln oder Verifizieren der Nachricht berechtigt ist, konnte das nicht, weil die Nachricht einen Algorithmus verwendet, den es nicht implementiert, etwa eine Cipher oder ein Signaturverfahren, das einem Verschlüsselungs-Gateway fehlt. 4.7.6 bedeutet, dass der Zustand vorübergehen kann, zum Beispiel nach einem Software-Upgrade; 5.7.6 bedeutet, dass die Nachricht in der gesendeten Form nicht verarbeitet wird.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Selten in echten SMTP-Antworten. Er taucht in Bounces von S/MIME- oder OpenPGP-Gateways auf, die auf einen Verschlüsselungs- oder Signaturalgorithmus gestoßen sind, den sie nicht unterstützen: eine veraltete Cipher, die abgeschaltet wurde, oder einen neueren Schlüsseltyp, den ein älteres Gateway nicht kennt. Gescheiterte TLS-Aushandlungen zwischen Mailservern werden normalerweise mit anderen Codes gemeldet (Postfix vermerkt sie als 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>Der Absender bzw. bei einem zentralen Gateway der Admin des Absenders verschlüsselt oder signiert mit einem Algorithmus, den beide Seiten unterstützen: bei S/MIME AES mit den Algorithmen, die in den Fähigkeiten des Empfängerzertifikats aufgeführt sind; bei OpenPGP die Algorithmen aus den Präferenzen des Empfängerschlüssels. Ist das Gateway des Empfängers die veraltete Seite, sollte der Admin des Empfängers es aktualisieren.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>Die Nachricht ist mit einer Cipher verschlüsselt, die das empfangende Gateway abgeschaltet hat, etwa 3DES oder RC2 aus alten S/MIME-Clients.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>Die Signatur verwendet einen Algorithmus, den das verifizierende Gateway nicht implementiert, zum Beispiel einen Schlüssel auf Basis elliptischer Kurven auf einem älteren System.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Eine OpenPGP-Nachricht verwendet ein neueres Schlüssel- oder Paketformat, das ein altes Gateway nicht parsen kann.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Geben Sie die Struktur einer gespeicherten S/MIME-Nachricht aus, um zu sehen, welche Verschlüsselungs- und Signaturalgorithmen sie verwendet.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Listen Sie bei einer OpenPGP-Nachricht ihre Pakete auf, um die verwendeten Algorithmen zu sehen.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Lesen Sie den Diagnostic-Code des Bounces, um zu sehen, welches Gateway die Nachricht abgelehnt hat und warum.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>Eine 4.7.6 kann aus der Warteschlange erneut versucht werden, das hilft aber nur, wenn die empfangende Seite inzwischen aktualisiert wird. Senden Sie nach einer 5.7.6 erst erneut, wenn die Nachricht mit einem unterstützten Algorithmus verschlüsselt oder signiert ist.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>signatur stimmt nicht</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Ein System, das zur Prüfung der Integrität der Nachricht berechtigt ist, hat festgestellt, dass sie unterwegs verändert oder beschädigt wurde, zum Beispiel eine Signatur, die nicht mehr zum Inhalt passt. 5.7.7 lehnt die Nachricht ab, und 4.7.7 meldet das Problem als vorübergehend; 2.7.7 in einem Zustellbericht bedeutet, dass die Nachricht zugestellt, das Integritätsproblem aber vermerkt wurde.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>In SMTP-Antworten selten; meist in Zustellberichten von Gateways, die S/MIME- oder OpenPGP-Signaturen prüfen, oder von Systemen, die eine Nachricht nach der Übertragung kontrollieren. Die üblichen Verursacher sind Systeme, die Mail unterwegs umschreiben: von Listenservern oder Gateways angefügte Fußzeilen, geänderte Zeilenenden, neu kodierte Anhänge oder 8-Bit-Inhalt, der in quoted-printable umgewandelt wurde.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>Der Admin des Absenders verfolgt, wo die Nachricht nach dem Signieren verändert wird: ein Disclaimer- oder Fußzeilenwerkzeug, eine Mailingliste, ein Antiviren-Gateway oder eine Umwandlung der Transferkodierung. Signieren Sie entweder nach diesen Änderungen oder verhindern Sie, dass die Zwischenstation signierte Nachrichten verändert. Der Admin des Empfängers prüft, ob sein eigenes Eingangs-Gateway Nachrichten verändert, bevor die Integritätsprüfung läuft.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>Eine Fußzeile, ein Disclaimer oder ein Banner wurde hinzugefügt, nachdem die Nachricht signiert worden war.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Ein Relay hat 8-Bit-Inhalt umgewandelt oder Zeilenenden geändert und damit eine Signatur gebrochen, die den Body abdeckt.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Ein Antiviren- oder DLP-Gateway (Data Loss Prevention) hat einen Anhang umgeschrieben oder entfernt.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>Die Nachricht wurde während der Übertragung abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifizieren Sie die S/MIME-Signatur einer gespeicherten Kopie ohne Prüfung der Zertifikatskette, um zu sehen, ob der Inhalt noch passt.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Verifizieren Sie eine OpenPGP-Signatur am gespeicherten Nachrichtenteil.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Vergleichen Sie die Received-Header der gesendeten und der empfangenen Kopie, um den Hop zu finden, der die Nachricht verändert hat.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>Senden Sie nach einer 5.7.7 nicht erneut über denselben Weg, denn dieselbe Umschreibung zerstört die Nachricht wieder. Eine 4.7.7 kann später erneut versucht werden. 2.7.7 erfordert keinen erneuten Versuch; die Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Ungültige Authentifizierungsdaten</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>falsches passwort</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>Der Server hat Benutzername und Passwort (oder Token) abgelehnt, die der Client mit AUTH gesendet hat. Für diese Anmeldung ist es ein dauerhafter Fehler: Der Client muss andere Zugangsdaten liefern, nicht einfach noch einmal versuchen. RFC 4954 kombiniert ihn mit 535; die Registry führt außerdem 554 aus seiner früheren Verwendung in der BURL-Erweiterung, wo ihn inzwischen X.7.14 ersetzt hat.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>Bei AUTH an den Submission-Ports 587 und 465, direkt nachdem der Client seine Zugangsdaten gesendet hat. Postfix mit Dovecot oder Cyrus SASL antwortet 535 5.7.8 Error: authentication failed (Authentifizierung fehlgeschlagen), und smtp.gmail.com von Gmail antwortet 535 5.7.8 Username and Password not accepted. Drucker, Scanner, Kontaktformulare von Websites und Backup-Werkzeuge stoßen oft nach einer Passwortänderung darauf.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>Der Benutzer bzw. der Verantwortliche der Client-Software prüft den Benutzernamen (meist die vollständige E-Mail-Adresse) und das Passwort und aktualisiert jedes Gerät und jede Anwendung, die sie speichern. Bei Gmail und anderen Providern mit Bestätigung in zwei Schritten erstellen Sie ein App-Passwort oder stellen die Anwendung auf OAuth um. Sind die Zugangsdaten sicher richtig, prüft der Admin des Servers das Authentifizierungs-Backend, das erwartete Format des Anmeldenamens und ob das Konto gesperrt ist.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>Im Client ist ein falsches oder veraltetes Passwort gespeichert, oft nach einer Passwortänderung oder einem Ablauf.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>Der Benutzername entspricht nicht dem, was der Server erwartet, zum Beispiel nur der Local Part statt der vollständigen Adresse.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>Das Konto nutzt die Bestätigung in zwei Schritten, und der Client sendet das normale Passwort statt eines App-Passworts oder OAuth-Tokens.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Sonderzeichen im Passwort werden durch die Konfigurationsdatei der Anwendung oder deren Kodierung verstümmelt.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>Das Authentifizierungs-Backend des Servers sucht den Benutzer im falschen Realm oder in der falschen Datenbank.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Testen Sie die Anmeldung von Hand und lesen Sie die Antwort des Servers auf AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Listen Sie auf einem Postfix-Server fehlgeschlagene SASL-Anmeldungen und die Client-Adressen dahinter auf.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Testen Sie auf einem Server mit Dovecot-Backend dieselben Zugangsdaten direkt gegen den Authentifizierungsdienst.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Erzeugen Sie selbst einen AUTH-PLAIN-String, um Kodierungsprobleme in der Anwendung auszuschließen (verwenden Sie auf gemeinsam genutzten Rechnern ein Testpasswort, kein echtes).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Versuchen Sie es nicht erneut mit denselben Zugangsdaten: Wiederholte Fehlschläge können das Konto sperren oder die Client-IP von Werkzeugen wie fail2ban sperren lassen. Versuchen Sie es erst wieder, wenn Benutzername oder Passwort korrigiert wurden.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com lehnt die Anmeldung ab: falsche Adresse oder falsches Passwort oder das normale Google-Passwort, das eine Anwendung für ein Konto sendet, das ein App-Passwort oder OAuth braucht.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>Authentifizierungsmechanismus ist zu schwach</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>zwei-faktor-authentifizierung</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>Der Server lehnt den vom Client gewählten Authentifizierungsmechanismus ab, weil seine Richtlinie für diesen Benutzer einen stärkeren verlangt, zum Beispiel wenn eine einfache Anmeldung per Passwort nicht ausreicht. Für diesen AUTH-Versuch ist es ein dauerhafter Fehler, und der Client sollte es mit einem anderen Mechanismus oder anderen Zugangsdaten erneut versuchen.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>Bei AUTH an Submission-Ports, als 534 5.7.9 (RFC 4954). Gmail sendet 534 5.7.9 Application-specific password required, wenn sich ein Konto mit Bestätigung in zwei Schritten mit seinem normalen Passwort anmeldet. Yahoo und AOL verwenden 5.7.9 auf ihren eingehenden Servern in ganz anderem Sinn, für nicht authentifizierte oder durch Richtlinien abgelehnte Mail am Ende von DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Bei einer echten 534 5.7.9 muss die Client-Software einen stärkeren Mechanismus oder stärkere Zugangsdaten verwenden: ein App-Passwort oder OAuth (XOAUTH2, OAUTHBEARER) bei Gmail oder einen Mechanismus, den der Server für dieses Konto zulässt. Bei der 550 5.7.9 von Yahoo sorgt der Admin des Absenders dafür, dass die Mail authentifiziert ist: ein SPF-Eintrag, der den sendenden Server für die Envelope-Domain abdeckt, und eine DKIM-Signatur für die From-Domain, dazu ein DMARC-Eintrag für Massenversender.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>Ein Konto bei Gmail oder Google Workspace mit Bestätigung in zwei Schritten wurde mit dem Kontopasswort statt mit einem App-Passwort angesprochen.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>Die Richtlinie des Servers erlaubt für das Konto nur OAuth oder Challenge-Response-Verfahren, und der Client hat PLAIN oder LOGIN verwendet.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo oder AOL eingehend: Die Nachricht hat weder SPF noch DKIM bestanden (Yahoos eigene Verwendung von 5.7.9).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo eingehend: Die Nachricht wurde aus einem Grund der Inhalts- oder Absenderrichtlinie abgelehnt, gemeldet als 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Sehen Sie sich die AUTH-Zeile der EHLO-Antwort nach STARTTLS an, um zu sehen, ob OAuth-Mechanismen (XOAUTH2, OAUTHBEARER) angeboten werden.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Prüfen Sie bei einer Ablehnung durch Yahoo, ob die Domain des Envelope-Absenders SPF veröffentlicht.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Prüfen Sie bei einer Ablehnung durch Yahoo, ob der DKIM-Schlüssel für den im DKIM-Signature-Header der Nachricht genannten Selektor (s=) existiert.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Wiederholen Sie nicht dasselbe AUTH; wechseln Sie zu einem stärkeren Mechanismus, einem App-Passwort oder OAuth. Senden Sie nach der 550 5.7.9 von Yahoo erst erneut, wenn die Nachricht SPF oder DKIM besteht.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com will ein App-Passwort oder OAuth, weil das Google-Konto die Bestätigung in zwei Schritten nutzt; das normale Kontopasswort wird abgelehnt.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Die eingehenden Server von Yahoo lehnen Mail ab, die weder SPF noch DKIM besteht. Das ist Yahoos eigene Bedeutung und hat nichts mit der Bedeutung „Mechanismus zu schwach“ aus der Registry zu tun, die SMTP AUTH betrifft.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Die dauerhafte Ablehnung von Yahoo durch eine Richtlinie am Ende von DATA, aus Gründen des Inhalts oder des Absenders, die es in der Antwort nicht ausführt.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>Der Server akzeptiert den angeforderten Authentifizierungsmechanismus nicht über eine unverschlüsselte Verbindung: Zuerst muss eine äußere Verschlüsselungsschicht bestehen, in der Praxis TLS. Für diesen Versuch ist es dauerhaft; der Client sollte TLS starten und sich erneut authentifizieren oder einen stärkeren Mechanismus verwenden. Die Registry kombiniert ihn mit 523, einem Antwortcode, der nirgendwo sonst definiert ist.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>Bei AUTH, wenn ein Client einen Klartextmechanismus (PLAIN, LOGIN) vor STARTTLS versucht. 523 5.7.10 ist in freier Wildbahn selten, weil die meisten Server AUTH erst gar nicht ankündigen, bevor TLS aktiv ist, oder stattdessen 530 5.7.0 oder 538 5.7.11 antworten. Gmail verwendet 5.7.10 für eine eigene TLS-Regel: Befehle, die per Pipelining hinter STARTTLS gesendet werden.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>Die Client-Software muss STARTTLS auf Port 587 (oder SSL/TLS auf Port 465) verwenden und sich erst authentifizieren, wenn TLS steht. Bei der Antwort von Gmail sendet der Client oder seine Mail-Bibliothek weitere Befehle im selben Schwung wie STARTTLS; er muss auf die Antwort 220 warten und den TLS-Handshake abschließen, bevor er irgendetwas anderes sendet, was meist ein Update der Bibliothek oder der Anwendung bedeutet.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>Die Verbindungssicherheit des Clients steht auf „Keine“ oder auf „STARTTLS, wenn verfügbar“, und er authentifiziert sich im Klartext.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Ein Proxy, Antivirenprogramm oder eine Firewall entfernt STARTTLS aus der EHLO-Antwort, sodass der Client die Verbindung nie hochstuft.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>Der Client sendet EHLO oder AUTH per Pipelining direkt hinter STARTTLS, statt auf den Handshake zu warten (Verwendung durch Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Sehen Sie sich die EHLO-Antwort auf der unverschlüsselten Verbindung an: STARTTLS sollte aufgeführt sein, Passwortmechanismen idealerweise noch nicht.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Schließen Sie STARTTLS ab und senden Sie dann AUTH PLAIN, um zu bestätigen, dass die korrigierte Einrichtung funktioniert.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Stellen Sie in den Kontoeinstellungen des Mailprogramms sicher, dass die Verbindungssicherheit für ausgehende Mail STARTTLS oder SSL/TLS ist, niemals „Keine“.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Senden Sie dasselbe AUTH im Klartext nicht erneut. Verbinden Sie sich neu, schließen Sie STARTTLS ab und authentifizieren Sie sich dann; aus der Warteschlange muss nichts erneut versucht werden.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmails eigene Verwendung: Der Client hat weitere Befehle im selben Schwung wie STARTTLS gesendet. Gmail lehnt das ab, um das Einschleusen von Befehlen in die TLS-Sitzung zu verhindern; der Client muss auf den Handshake warten. Gmails Fehlerreferenz führt ihn mit dem Antwortcode 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>Der gewählte Authentifizierungsmechanismus darf nur über eine verschlüsselte Verbindung verwendet werden, und diese Verbindung ist nicht verschlüsselt. RFC 4954 definiert ihn als 538 5.7.11 und sagt, dass er vor allem aus historischen Gründen besteht: Moderne Server sollten solche Mechanismen nicht ankündigen, bevor TLS aktiv ist. Die Registry kombiniert ihn außerdem mit 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>Bei AUTH über eine unverschlüsselte Verbindung, bei älteren oder nachsichtigen Servern, die PLAIN oder LOGIN vor STARTTLS auflisten, sie ohne TLS aber nicht verwenden wollen. Gmail sendet 501 5.7.11 für einen ganz anderen Fehler: einen STARTTLS-Befehl mit Parametern.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>Die Client-Software muss TLS vor der Authentifizierung starten: STARTTLS auf Port 587 oder SSL/TLS auf Port 465 in den Kontoeinstellungen. Der Admin des Servers kann die Falle vermeiden, indem er Passwortmechanismen erst nach STARTTLS ankündigt (in Postfix smtpd_tls_auth_only = yes). Bei der 501 5.7.11 von Gmail muss der Client STARTTLS ohne Argumente senden.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>Der Client hat sich vor STARTTLS authentifiziert, weil der Server AUTH-Mechanismen auf der unverschlüsselten Verbindung aufgeführt hat.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>Die Verbindungssicherheit im Client steht auf „Keine“, während der Server Passwortanmeldungen nur über TLS erlaubt.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Ein Client oder Skript sendet STARTTLS mit einem Argument, was RFC 3207 verbietet (Gmail antwortet 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Verbinden Sie sich mit STARTTLS, senden Sie EHLO von Hand und vergleichen Sie die AUTH-Zeile mit der auf einer unverschlüsselten Verbindung.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Prüfen Sie auf einem Postfix-Server, ob AUTH nur innerhalb von TLS-Sitzungen angeboten wird.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Prüfen Sie bei einem Dovecot-2.3-Backend, ob Klartextanmeldungen ohne TLS abgelehnt werden und welche Mechanismen aktiviert sind.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Nichts in die Warteschlange zu stellen: Verbinden Sie sich neu, starten Sie TLS und wiederholen Sie AUTH. Ein neuer Versuch ohne Verschlüsselung erhält dieselbe Ablehnung.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>Die Antwort von Gmail, wenn ein Client STARTTLS mit einem Argument sendet; die Bedeutung aus der Registry, „Verschlüsselung für einen AUTH-Mechanismus erforderlich“, trifft nicht zu.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Eine Passwortumstellung ist erforderlich</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>Der Server braucht eine einmalige Anmeldung des Benutzers mit dem Mechanismus PLAIN (normalerweise über TLS), damit er das Passwort in der Form speichern kann, die der angeforderte Mechanismus braucht; danach sollte der angeforderte Mechanismus in späteren Sitzungen funktionieren. Es ist immer nur ein vorübergehender Zustand (4.7.12); RFC 4954 kombiniert ihn mit 432, und die Registry führt außerdem 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>Bei AUTH, wenn ein Client einen Challenge-Response-Mechanismus (CRAM-MD5, DIGEST-MD5, SCRAM) verlangt und der Server das Passwort noch nicht in der Form hat, die dieser Mechanismus braucht, typischerweise nach einer Migration oder einer Änderung des Passwort-Speicherschemas. In der Praxis selten, da die meisten Clients und Server einfach PLAIN über TLS verwenden.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>Die Client-Software (oder der Benutzer) authentifiziert sich einmal mit PLAIN über eine verschlüsselte Verbindung und kehrt dann zum bevorzugten Mechanismus zurück. Kann der Client das nicht, stellen Sie ihn dauerhaft auf PLAIN oder LOGIN über TLS um. Der Admin des Servers prüft, ob die Passwortdatenbank ein Schema speichert, das die angekündigten Mechanismen verwenden können, und kündigt keine Mechanismen mehr an, die nicht funktionieren können.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Passwörter wurden migriert oder neu gehasht, und dem Server fehlt das Geheimnis, das CRAM-MD5, DIGEST-MD5 oder SCRAM brauchen.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>Der Client ist auf einen Challenge-Response-Mechanismus festgelegt und hat sich seit der Änderung nicht mit PLAIN angemeldet.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>Der Server kündigt Mechanismen an, die seine aktuelle Passwortspeicherung nicht unterstützen kann.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Melden Sie sich einmal mit PLAIN über implizites TLS an, um die Umstellung abzuschließen.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Schlagen Sie auf einem Dovecot-Server den Passworteintrag des Benutzers nach, um zu sehen, in welchem Schema er gespeichert ist.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Vergleichen Sie die Mechanismen in der EHLO-Antwort des Servers nach STARTTLS mit dem, auf den der Client festgelegt ist.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Kein erneuter Versuch aus der Warteschlange: Authentifizieren Sie sich einmal mit PLAIN über TLS und verwenden Sie dann wieder den ursprünglichen Mechanismus. Wer diesen Mechanismus ohne den Schritt mit PLAIN wiederholt, erhält erneut 4.7.12.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>konto gesperrt</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Die Zugangsdaten waren korrekt, aber das Konto wurde deaktiviert, daher lässt der Server es nicht senden. Der Zustand bleibt dauerhaft, bis sich der Benutzer an den Administrator wendet; anders als bei einer Antwort wegen falschen Passworts hilft es nicht, den Benutzer das Passwort neu eingeben zu lassen. Die Registry kombiniert ihn mit 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>Bei AUTH, unmittelbar nach einer erfolgreichen Prüfung der Zugangsdaten, auf Submission-Servern, die deaktivierte Konten von falschen Passwörtern unterscheiden. Übliche Auslöser sind Konten, die gesperrt wurden, nachdem sie für Spam missbraucht wurden, unbezahlte Hosting-Rechnungen und ausgeschiedene Mitarbeiter. Viele Server verwenden ihn nicht und antworten auch bei deaktivierten Konten mit 535 5.7.8.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>Der Benutzer wendet sich an seinen Mail-Administrator oder Provider. Der Administrator findet heraus, warum das Konto deaktiviert wurde (Missbrauchsmeldung, Kompromittierung, Abrechnung), beseitigt die Ursache (neues Passwort, Malware-Bereinigung auf den Geräten des Benutzers, Spam aus der ausgehenden Warteschlange entfernt) und aktiviert das Konto wieder. Danach kann sich die Client-Software mit ihren bestehenden Einstellungen wieder anmelden.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>Das Konto wurde gesperrt, nachdem es kompromittiert und zum Spamversand benutzt worden war.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>Das Hosting-Paket oder das Mail-Abonnement wurde wegen Nichtzahlung gesperrt.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>Der Administrator hat das Konto einer Person deaktiviert, die die Organisation verlassen hat.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Wiederholte fehlgeschlagene Anmeldungen oder Missbrauchsmeldungen haben eine automatische Sperre ausgelöst.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Melden Sie sich mit denselben Zugangsdaten im Webmail oder Kundenportal des Providers an; ein gesperrtes Konto zeigt dort meist einen Hinweis.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Bestätigen Sie das Verhalten von Hand: Bei einem deaktivierten Konto kommt die Ablehnung, obwohl das Passwort stimmt.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Sehen Sie als Admin unter Postfix nach, wann dieses Konto zuletzt erfolgreich Mail eingeliefert hat.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Jeder Versuch wird abgelehnt, bis ein Administrator das Konto wieder aktiviert.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>weniger sichere apps</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>Der Submission-Server braucht eine konfigurierte Vertrauensbeziehung zu einem anderen Server, bevor er tun kann, was verlangt wurde. Die Definition stammt aus BURL (RFC 4468), wo der Submission-Server die Nachricht per URL vom IMAP-Server des Benutzers abruft und dafür kein Vertrauen eingerichtet hat. Der Code ist dauerhaft und hat die frühere Verwendung von 5.7.8 für diesen Fall ersetzt.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>Bei der Submission per BURL, als Antwort auf den Befehl BURL, der DATA oder BDAT ersetzt, wenn der Submission-Server die IMAP-URLAUTH-URL mangels konfiguriertem Vertrauen zu diesem IMAP-Server nicht auflösen kann. Nur wenige Clients verwenden BURL, daher ist das selten. Gmail verwendet 534 5.7.14 in ganz anderem Sinn bei AUTH, wenn es will, dass sich der Benutzer zuerst über einen Webbrowser anmeldet.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>Bei BURL konfiguriert der Admin des Submission-Servers das Vertrauen zum IMAP-Server (URLAUTH-Zugriff für die Submit-Identität und die nötige Autorisierung), oder die Client-Software weicht darauf aus, den Nachrichteninhalt selbst mit DATA oder BDAT zu senden. Bei der 534 5.7.14 von Gmail meldet sich der Benutzer in einem Browser beim Google-Konto an, schließt eine etwaige Sicherheitsprüfung ab und verwendet dann im Client ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>Der Submission-Server hat kein konfiguriertes Vertrauen zu dem in der BURL-URL genannten IMAP-Server.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>Die URLAUTH-URL wurde für eine andere Submit-Identität ausgestellt als die, die der Submission-Server verwendet.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmails Verwendung: Google hat die Anmeldung als verdächtig blockiert und will, dass der Benutzer sie in einem Webbrowser bestätigt.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Prüfen Sie, ob der Submission-Server BURL in seiner EHLO-Antwort nach STARTTLS aufführt; wenn nicht, sollte der Client BURL gar nicht verwenden.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Durchsuchen Sie das Log des Submission-Servers nach dem BURL-Befehl und dem fehlgeschlagenen IMAP-Abruf.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Melden Sie sich bei Gmail in einem Browser im selben Netz beim Google-Konto an und prüfen Sie dessen jüngste Sicherheitswarnungen.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Wiederholen Sie nicht denselben BURL-Befehl; ohne die Vertrauensbeziehung scheitert er jedes Mal. Senden Sie den Inhalt direkt mit DATA oder BDAT oder versuchen Sie es erneut, sobald das Vertrauen konfiguriert ist.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com verweigert die Anmeldung, bis sich der Benutzer in einem Browser beim Google-Konto anmeldet, meist nach einer blockierten verdächtigen Anmeldung; mit Vertrauensbeziehungen für BURL hat das nichts zu tun.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>Prioritätsstufe ist zu niedrig</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>Der empfangende Server unterstützt die Erweiterung MT-PRIORITY (RFC 6710) und nimmt die Nachricht mit der Priorität, die der Client in MAIL FROM angegeben hat, nicht an. Als 4.7.15 (meist mit 450) ist die Ablehnung vorübergehend: Der Server nimmt vorerst nur Verkehr höherer Priorität an, etwa bei Überlastung. Als 5.7.15 (meist mit 550) lehnt die Richtlinie des Servers diese Prioritätsstufe grundsätzlich ab.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>Als Antwort auf ein MAIL FROM mit dem Parameter MT-PRIORITY=n (n reicht von -9 bis 9, 0 ist normal). Nur in Netzen, die Übertragungsprioritäten für Nachrichten verwenden, etwa militärische, behördliche oder Notfall-Nachrichtensysteme mit MT-PRIORITY-fähigen Relays; gewöhnliche Internet-Mailserver kündigen die Erweiterung nicht an und senden diesen Code nie.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Der Absender entscheidet. Ist die Nachricht wirklich dringender, senden Sie sie erneut mit einem höheren MT-PRIORITY-Wert, den der Absender verwenden darf; wenn nicht, lassen Sie sie warten, denn eine Zurückstellung 4.7.15 löst sich, sobald das empfangende Netz seinen Modus „nur hohe Priorität“ verlässt. Der Admin des Absenders sollte klären, welchen Prioritätsbereich das Relay von diesem Client annimmt, da Server Prioritäten herabsetzen oder ablehnen können, die Clients ohne entsprechende Berechtigung anfordern.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>Das empfangende Netz ist überlastet oder in einem Krisenmodus und nimmt vorübergehend nur Nachrichten ab einer Mindestpriorität an.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>Die Nachricht wurde mit einem niedrigen oder negativen MT-PRIORITY-Wert (zum Beispiel -5) gesendet, den der empfangende Server per Richtlinie ablehnt.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>Der Client ist für die angeforderte Priorität nicht berechtigt, daher hat der Server sie auf eine Stufe herabgesetzt, die er dann ablehnt.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Lesen Sie die EHLO-Antwort des empfangenden Servers: MT-PRIORITY (eventuell gefolgt von einem Richtliniennamen) muss aufgeführt sein, damit dieser Code Sinn ergibt.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Suchen Sie die Zurückstellung oder den Bounce im Log der sendenden Seite, um zu sehen, welcher Empfänger und welcher Versuch abgelehnt wurden.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Fragen Sie die Administratoren des empfangenden Netzes, welche Prioritätsstufen sie von Ihrem System annehmen und ob vorübergehend ein Minimum gilt.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>Bei 4.7.15 behalten Sie die Nachricht in der Warteschlange und versuchen es in zunehmenden Abständen erneut; die Mindestpriorität kann wieder sinken. Bei 5.7.15 versuchen Sie es nicht mit derselben Priorität erneut: Senden Sie nur mit einer höheren, berechtigten Priorität erneut oder gar nicht.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>Nachricht ist zu groß für die angegebene Priorität</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>Der Server nimmt Nachrichten auf dieser MT-PRIORITY-Stufe nur bis zu einer bestimmten Größe an, und diese ist größer. RFC 6710 erlaubt Servern, Größenlimits pro Priorität festzulegen, damit dringender Verkehr schnell bleibt; als 4.7.16 ist das Limit vorübergehend (zum Beispiel bei Überlastung), als 5.7.16 ist es eine feste Richtlinie. Es ist nicht das allgemeine Größenlimit des Servers, das mit X.3.4 oder X.2.3 gemeldet wird.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>Als Antwort auf MAIL FROM, wenn der Client sowohl MT-PRIORITY als auch SIZE angegeben hat, oder nach dem Ende von DATA, sobald die tatsächliche Größe bekannt ist; die Registry kombiniert ihn mit 552. Nur auf Relays, die Übertragungsprioritäten implementieren, typischerweise in geschlossenen militärischen oder Notfall-Nachrichtennetzen.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>Der Absender verkleinert die Nachricht (große Anhänge entfernen oder durch einen Link ersetzen) oder sendet sie mit niedrigerer Priorität erneut, bei der größere Nachrichten erlaubt sind. Der Admin des Absenders kann die empfangende Seite nach ihrem Größenlimit pro Prioritätsstufe fragen und den Client so konfigurieren, dass er große Nachrichten mit Priorität automatisch aufteilt oder herabstuft.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Ein großer Anhang wurde mit einer hohen Prioritätsstufe gesendet, die der empfangende Server für kurze, dringende Nachrichten reserviert.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>Das empfangende Netz läuft in einem eingeschränkten Modus und hat die erlaubte Größe je Priorität vorübergehend gesenkt.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>Der in MAIL FROM angegebene SIZE-Wert hat das Limit pro Priorität überschritten, obwohl er unter dem allgemeinen Maximum des Servers liegt.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Suchen Sie den abgelehnten Versuch im Log der sendenden Seite, mit Nachrichtengröße und Empfänger.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Vergleichen Sie mit dem allgemeinen Limit, das der Server in der SIZE-Zeile seiner EHLO-Antwort ankündigt, um das Limit pro Priorität vom allgemeinen zu unterscheiden.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Fragen Sie die Administratoren der empfangenden Seite nach ihrem Größenlimit pro Prioritätsstufe und ob es eine dauerhafte Regel oder eine vorübergehende Einschränkung ist.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>Bei 4.7.16 versuchen Sie es später in zunehmenden Abständen erneut, da die erlaubte Größe zurückkommen kann. Bei 5.7.16 senden Sie nicht unverändert erneut: Verringern Sie zuerst die Größe oder senken Sie die Priorität.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>Inhaber des Postfachs hat gewechselt</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>recycelte e-mail-adresse</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>Die Nachricht hat Schutz durch Require-Recipient-Valid-Since (RRVS, RFC 7293) angefordert, und das empfangende System weiß, dass das Postfach des Empfängers seit dem vom Absender angegebenen Datum nicht durchgehend demselben Inhaber gehört hat. Die Adresse wurde geschlossen und neu vergeben oder hat anderweitig den Besitzer gewechselt, daher wird die Mail abgelehnt, statt sie einem Fremden auszuhändigen. Nur als dauerhafter Fehler verwendet.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO, wenn der Client den Parameter RRVS=date-time verwendet hat, oder nach DATA, wenn die Nachricht stattdessen ein Header-Feld Require-Recipient-Valid-Since trug. Der Absender ist typischerweise eine Bank, ein Shop oder ein soziales Netzwerk, das eine vor langer Zeit verifizierte Adresse anschreibt, und der Empfänger ein Provider, der verwaiste Adressen neu vergibt und RRVS implementiert.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>Der Absender (der Betreiber der sendenden Anwendung) markiert die Adresse als nicht mehr zum Kunden gehörend, schreibt sie nicht mehr an und bittet den Kunden auf einem anderen Weg um eine aktuelle Adresse. Entfernen Sie nicht das RRVS-Datum, um erneut zu senden: Die Prüfung soll verhindern, dass Passwort-Resets und Kontohinweise beim neuen Inhaber der Adresse landen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>Der Provider des Empfängers hat das alte Konto nach langer Inaktivität geschlossen und dieselbe Adresse später einem neuen Benutzer gegeben.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>Die gespeicherte Adresse wurde verifiziert, bevor ihr jetziger Inhaber sie übernommen hat, daher liegt das RRVS-Datum vor dem aktuellen Besitz.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Ermitteln Sie das Datum, das das sendende System für diesen Empfänger in den Header Require-Recipient-Valid-Since (oder den RRVS-Parameter) gesetzt hat, und vergleichen Sie es damit, wann der Kunde die Adresse zuletzt bestätigt hat.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Erreichen Sie den Kunden per Telefon, App-Benachrichtigung oder Post, um eine bestätigte neue Adresse zu erhalten, bevor Sie etwas Vertrauliches senden.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Der Inhaberwechsel ist dauerhaft. Markieren oder entfernen Sie die Adresse und senden Sie nur an eine neu bestätigte.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>Inhaber der Domain hat gewechselt</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Ein weiteres Ergebnis von Require-Recipient-Valid-Since (RFC 7293): Das empfangende System meldet, dass die Domain des Empfängers seit dem vom Absender angegebenen Datum den Inhaber gewechselt hat. Jede Adresse unter dieser Domain kann jetzt einer anderen Organisation gehören, daher wird die Nachricht abgelehnt. Nur als dauerhafter Fehler verwendet.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO mit einem RRVS-Parameter oder nach DATA bei der Header-Feld-Form, auf empfangenden Systemen, die von Inhaberwechseln der bei ihnen gehosteten Domains wissen. Typischer Fall: Die alte Domain eines Unternehmens ist ausgelaufen und wurde von jemand anderem registriert, der jetzt Mail für sie betreibt.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>Der Absender behandelt jede Adresse unter dieser Domain für diesen Kunden als veraltet, sendet nicht mehr und lässt sich vom Kunden eine neue Adresse geben. Der Admin des Absenders kann sich Registrierung und Mail-Routing der Domain ansehen, um den Wechsel zu bestätigen, bevor er die Adressen aus der Datenbank entfernt.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>Die Domain ist ausgelaufen und wurde von einem neuen Inhaber registriert, der jetzt Mail für sie betreibt.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>Die Organisation, der die Domain gehörte, wurde verkauft, fusioniert oder umbenannt, und die Domain ging an eine andere Partei über.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Lesen Sie die aktuellen Registrierungsdaten und Nameserver der Domain, um zu sehen, ob sie sich kürzlich geändert haben.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Sehen Sie nach, wohin die Mail der Domain jetzt geht; ein anderer Provider als der bekannte stützt den Inhaberwechsel.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Versuchen Sie es nicht erneut: Der Empfänger lehnt diese Nachricht an diese Domain absichtlich ab. Senden Sie nur an eine neu bestätigte Adresse erneut, meist unter einer anderen Domain.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>RRVS-Prüfung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>Der Absender hat eine Prüfung nach Require-Recipient-Valid-Since (RFC 7293) angefordert, aber das empfangende System kann nicht sagen, ob das Postfach des Empfängers seit diesem Datum einen einzigen Inhaber hatte, weil es den nötigen Zeitstempel nicht aufgezeichnet hat. Statt zu raten, lehnt es die Nachricht ab und überlässt die Entscheidung dem Absender. Nur als dauerhafter Fehler verwendet.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>Als Antwort auf RCPT TO (RRVS-Parameter) oder nach DATA (Header-Feld), typischerweise wenn das RRVS-Datum älter ist als der Kontoverlauf, den der empfangende Provider aufbewahrt. Nur Empfänger, die RFC 7293 implementieren, senden ihn, daher ist er selten.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>Der Absender entscheidet, ob die Nachricht ohne Schutz sicher zugestellt werden kann. Bei einem Newsletter ist erneutes Senden ohne RRVS-Parameter oder -Header-Feld vertretbar; bei einem Passwort-Reset oder Kontohinweis bestätigen Sie zuerst die Adresse mit dem Kunden und senden dann mit einem aktuellen RRVS-Datum erneut.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>Das RRVS-Datum ist älter als der Kontoverlauf, den das empfangende System aufbewahrt.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>Das empfangende System hat das Erstellungsdatum dieses Postfachs nie gespeichert oder verloren, zum Beispiel nach einer Migration von Konten zwischen Plattformen.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Prüfen Sie das Datum, das die sendende Anwendung für RRVS verwendet hat (normalerweise der Zeitpunkt, zu dem der Kunde die Adresse zuletzt bestätigt hat); ein sehr altes Datum macht dieses Ergebnis wahrscheinlich.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Sehen Sie nach, ob der empfangende Server RRVS in seiner EHLO-Antwort ankündigt; daran erkennen Sie, ob die Parameterform oder nur die Header-Form ausgewertet wurde.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Versuchen Sie es nicht erneut mit demselben RRVS-Datum. Senden Sie entweder ohne RRVS-Schutz erneut, wenn der Absender dieses Risiko akzeptiert, oder bestätigen Sie die Adresse und senden Sie mit einem neueren Datum.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Keine gültige DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>dkim fail</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>unsignierte e-mail</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>Der Empfänger verlangt eine gültige DKIM-Signatur und hat keine gefunden, die sich verifizieren ließ: Die Nachricht war gar nicht signiert, oder jede Signatur darauf ist gescheitert. RFC 7372 definiert den Code, damit Empfänger genau das sagen können statt eines allgemeinen 5.7.1. Es ist eine dauerhafte Ablehnung.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>Nach dem abschließenden Punkt von DATA, sobald der Empfänger die Signaturen geprüft hat. Gesendet von Gateways und MTAs, die DKIM von einigen oder allen Absendern verlangen, zum Beispiel mit einer Regel, dass Mail, die angeblich von einer Bank oder von der eigenen Domain des Empfängers kommt, eine gültige Signatur tragen muss.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>Der Admin des Absenders muss eine verifizierbare Signatur auf die Nachricht bringen: DKIM-Signierung auf dem Server oder Dienst aktivieren, der sie sendet, den passenden öffentlichen Schlüssel unter dem Selektor veröffentlichen und sicherstellen, dass nichts nach dem Signierer (Disclaimer-Fußzeile, Umschreiben von Links, Listensoftware) die signierten Header oder den Body verändert. Prüfen Sie das mit einer Testnachricht, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>DKIM-Signierung wurde auf dem Server oder Versanddienst nie aktiviert, daher trug die Nachricht keine Signatur.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Ein Gateway, Disclaimer-Werkzeug oder Virenscanner hat den Body nach dem Signieren verändert, daher passt der Body-Hash nicht mehr.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>Der öffentliche Schlüssel für den Selektor fehlt im DNS, wurde beim Einfügen abgeschnitten oder wurde entfernt, während noch Mail damit signiert wurde.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Entnehmen Sie d= und s= dem DKIM-Signature-Header einer gesendeten Nachricht und rufen Sie diesen Schlüssel ab; eine leere Antwort bedeutet, dass der Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Verifizieren Sie eine gespeicherte Kopie der Nachricht genau so, wie sie Ihren letzten Server verlassen hat (python3-dkim enthält dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Senden Sie einen Test an ein Postfach, das Sie kontrollieren, und suchen Sie im vom Empfänger hinzugefügten Header Authentication-Results (Ergebnisse der Authentifizierungsprüfungen) nach dkim=pass.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut: Dieselbe unsignierte oder defekte Nachricht scheitert genauso. Senden Sie erneut, sobald die Signierung funktioniert.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>schwacher dkim schlüssel</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Mindestens eine DKIM-Signatur ließ sich verifizieren, aber die Richtlinie des Empfängers akzeptiert keine davon. Typische Gründe sind eine Signatur einer unerwarteten Domain, ein schwacher Schlüssel oder Algorithmus oder eine Signatur, die Header auslässt, auf denen der Empfänger besteht. Dauerhaft; X.7.22 ist der engere Fall, in dem das Problem speziell die Domain des Autors ist.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>Am Ende von DATA bei Empfängern, deren DKIM-Richtlinie über bestanden oder gescheitert hinausgeht. Oft nachdem ein Absender zu einem neuen E-Mail-Dienst gewechselt ist, der mit seiner eigenen Domain signiert, oder auf Systemen, die RFC 8301 folgen und rsa-sha1-Signaturen oder RSA-Schlüssel unter 1024 Bit nicht mehr akzeptieren.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>Der Admin des Absenders liest, was die Signatur enthält, und passt sie an: mit der eigenen Domain der Organisation signieren, rsa-sha256 mit einem 2048-Bit-Schlüssel verwenden (eine ed25519-Signatur kann zusätzlich angefügt werden) und mindestens From, To, Subject, Date und Message-ID signieren. Will der Empfänger Signaturen einer bestimmten Domain, fragen Sie dessen Admin, welche.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>Die einzige bestehende Signatur gehört zur Domain des E-Mail-Providers, die der Empfänger für diesen Absender nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>Die Signatur verwendet rsa-sha1 oder einen RSA-Schlüssel unter 1024 Bit, was der Empfänger als nicht akzeptabel behandelt.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>Die Signatur lässt sich verifizieren, deckt aber Header nicht ab, die die Richtlinie des Empfängers verlangt, etwa Subject oder Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Sehen Sie sich die Tags a= (Algorithmus), d= (Domain) und h= (signierte Header) des DKIM-Signature-Headers in einer gesendeten Nachricht an.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Prüfen Sie die Schlüsselgröße: Ein p=-Wert von etwa 216 base64-Zeichen ist ein 1024-Bit-RSA-Schlüssel, etwa 392 Zeichen entsprechen 2048 Bit.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Fragen Sie den Admin des Empfängers, welche signierende Domain, welchen Algorithmus oder welche Header-Abdeckung seine Richtlinie erwartet.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Versuchen Sie es nicht unverändert erneut; der Empfänger bewertet dieselbe Signatur gleich. Senden Sie erneut, nachdem Sie signierende Domain, Schlüssel oder Algorithmus geändert haben.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>dkim alignment</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>from domain passt nicht</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>Die Nachricht trägt DKIM-Signaturen, die sich verifizieren lassen, aber keine davon stammt von der Domain im From-Header. Der Empfänger will, dass die eigene Domain des Autors für die Nachricht bürgt: ein Sonderfall von X.7.21, nahe an dem, was das DMARC-Alignment prüft. Dauerhafte Ablehnung.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>Am Ende von DATA, typischerweise bei Newslettern, Rechnungen oder Benachrichtigungen, die über einen Drittdienst gesendet werden, der mit seiner eigenen Domain signiert, während die From-Adresse die Domain des Kunden verwendet. Auch zu sehen, wenn eine Mailingliste oder ein Weiterleitungsdienst die Nachricht mit der eigenen Domain neu signiert und die ursprüngliche Signatur gebrochen ist.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>Der Admin des Absenders richtet im Versanddienst benutzerdefiniertes DKIM ein, sodass er mit d= gleich der From-Domain signiert, meist indem er die Selektor-Einträge des Dienstes (CNAME oder TXT) im DNS dieser Domain veröffentlicht und sie in den Einstellungen des Dienstes aktiviert. Prüfen Sie dann, ob eine Testnachricht eine bestehende Signatur zeigt, deren Domain zum From-Header passt.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Ein Marketing- oder Ticketing-Dienst signiert mit seiner eigenen Domain, weil benutzerdefinierte Signierung für die Domain des Kunden nie eingerichtet wurde.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>Die From-Adresse wurde auf eine neue Markendomain umgestellt, die noch keinen eigenen DKIM-Schlüssel hat.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>Die einzige gültige Signatur wurde von einer Mailingliste oder einem Weiterleitungsdienst hinzugefügt, nicht von der Domain des Autors.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Vergleichen Sie die d=-Domain jedes DKIM-Signature-Headers mit der Domain des From-Headers in derselben Nachricht.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Prüfen Sie, ob der Selektor des Versanddienstes unter der From-Domain veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Senden Sie nicht unverändert erneut. Senden Sie erneut, sobald der Versanddienst mit der From-Domain signiert.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>spf fehler</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>Der Empfänger hat SPF für den Envelope-Absender (MAIL FROM) oder den HELO-Namen geprüft und das Ergebnis fail erhalten: Der SPF-Eintrag der Domain sagt, dass die verbindende IP-Adresse nicht für sie senden darf. RFC 7372 gibt diesen Code Empfängern, die bei SPF fail ablehnen, statt des älteren allgemeinen 5.7.1. Dauerhaft. Das ist die Bedeutung in der Registry; Gmail verwendet 4.7.23 stattdessen für Reverse-DNS-Probleme (siehe Provider).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Meist direkt nach MAIL FROM oder RCPT TO, da SPF nur die IP-Adresse und den Envelope braucht; manche Filter warten bis nach DATA. Häufig bei Weiterleitung (die IP des weiterleitenden Servers steht nicht im Eintrag der ursprünglichen Domain), nach dem Umzug der Mail zu einem neuen Provider und bei Mail aus einem neuen SaaS-Werkzeug, das niemand in SPF eingetragen hat.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>Der Admin des Absenders trägt den fehlenden Absender in den SPF-Eintrag der Envelope-Domain ein (ip4:, ip6: oder das include: des Dienstes), hält die Gesamtzahl bei zehn DNS-Abfragen oder weniger und sendet dann erneut. Wurde die Mail weitergeleitet, braucht der Admin des weiterleitenden Servers SRS (Sender Rewriting Scheme), und der ursprüngliche Absender sollte mit DKIM signieren, damit die Nachricht auch nach der Weiterleitung DMARC bestehen kann.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>Die Nachricht ist über einen Server oder Dienst hinausgegangen, dessen IP-Adresse nicht im SPF-Eintrag der Envelope-Domain steht.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Ein weiterleitender Server hat die Nachricht per Relay weitergegeben, daher sah der Empfänger die IP des weiterleitenden Servers, nicht eine, die die ursprüngliche Domain autorisiert.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Eine neue ausgehende IP oder neu aktiviertes IPv6 wurde nicht in einen SPF-Eintrag aufgenommen, der auf -all endet.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Lesen Sie den SPF-Eintrag der Domain des Envelope-Absenders (der Return-Path), die sich von der From-Domain unterscheiden kann.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Suchen Sie den abgelehnten Versuch in Ihrem Log, um zu sehen, welches Relay ihn abgelehnt hat und welche Ihrer IPs verwendet wurde.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Hat der Server IPv6, prüfen Sie seine Adresse; eine IPv6-Verbindung braucht einen ip6:-Eintrag oder einen passenden Mechanismus.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Versuchen Sie es nicht unverändert von derselben IP erneut: Das SPF-Ergebnis ändert sich nicht. Senden Sie erneut, nachdem der Eintrag aktualisiert wurde und die TTL des alten Eintrags abgelaufen ist.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail verwendet 4.7.23 für ein Reverse-DNS-Problem, nicht für SPF: Die verbindende IP hat keinen PTR-Eintrag, oder der PTR-Name löst nicht wieder auf diese IP auf. Die Mail wird zurückgestellt, bis Forward- und Reverse-DNS übereinstimmen; die dauerhafte Form desselben Problems ist bei Gmail 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Wird in Unzustellbarkeitsberichten (NDRs) von Microsoft 365 verwendet, wenn der Zielserver die Nachricht aus SPF-Gründen abgelehnt hat; die eigene Antwort des entfernten Servers folgt meist nach einem Pfeil (-&gt;) und nennt den Grund des empfangenden Systems.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>spf limit 10 lookups</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>mehrere spf einträge</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>Der Empfänger konnte die SPF-Prüfung wegen eines Fehlers nicht abschließen, nicht wegen eines fail. Als 4.7.24 (mit 451) ist es SPF temperror, meist ein DNS-Timeout beim Abruf des Eintrags; als 5.7.24 (mit 550) ist es SPF permerror, der Eintrag selbst ist also defekt: falsche Syntax, zwei SPF-Einträge oder mehr als zehn DNS-Abfragen. RFC 7372 vergibt diese Codes anstelle von 4.4.3 und 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>Nach MAIL FROM oder am Ende von DATA, bei Empfängern, die auf SPF-Fehler reagieren. Die dauerhafte Form folgt meist auf eine Änderung am SPF-Eintrag (ein weiteres include, das ihn über zehn Abfragen bringt, ein Tippfehler, ein zweiter v=spf1-Eintrag); die vorübergehende Form zeigt sich, solange die Nameserver der Absenderdomain langsam oder nicht erreichbar sind.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>Bei 5.7.24 repariert der Admin des Absenders den Eintrag: alles in einem einzigen v=spf1-TXT-Eintrag zusammenführen, die Syntax korrigieren und includes entfernen oder auflösen, bis höchstens zehn Mechanismen DNS-Abfragen brauchen. Bei 4.7.24 prüfen Sie, ob die autoritativen Nameserver der Domain von außen schnell antworten; tun sie das, liegt das Problem womöglich beim Empfänger, und die Warteschlange stellt bei einem späteren Versuch zu.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>Der SPF-Eintrag braucht mehr als zehn DNS-Abfragen, wenn man jedes include, a, mx, ptr, exists und redirect mitzählt.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Die Domain veröffentlicht zwei getrennte v=spf1-TXT-Einträge, wodurch das Ergebnis ein dauerhafter Fehler ist.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>Der Eintrag enthält einen Syntaxfehler, etwa einen Hostnamen nach ip4:, einen falsch geschriebenen Mechanismus oder ein verirrtes Zeichen.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Die Nameserver der Domain laufen in Timeouts oder antworten mit SERVFAIL, daher erhält der Empfänger einen vorübergehenden Fehler.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Listen Sie alle TXT-Einträge der Envelope-Domain auf und stellen Sie sicher, dass genau einer davon mit v=spf1 beginnt.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Lösen Sie jedes include: (und die includes darin) auf und zählen Sie jeden Mechanismus, der eine DNS-Abfrage kostet.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Fragen Sie jeden autoritativen Nameserver der Domain direkt ab; einer, der in einen Timeout läuft, erklärt einen temperror.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>Bei 4.7.24 versuchen Sie es mit normalem Backoff erneut; DNS-Timeouts legen sich meist. Bei 5.7.24 versuchen Sie es erst erneut, wenn der SPF-Eintrag korrigiert ist, denn jeder Versuch trifft auf denselben dauerhaften Fehler.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rdns</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>kein reverse dns</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>ptr eintrag fehlt</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>Die IP-Adresse des verbindenden Clients hat die Reverse-DNS-Prüfung des Empfängers nicht bestanden: Sie hat keinen PTR-Eintrag, oder der Name im PTR-Eintrag löst nicht wieder auf dieselbe Adresse auf (forward-confirmed reverse DNS). Empfänger nutzen das als günstigen Filter gegen infizierte Heimrechner und schlecht betriebene Server. Dauerhafte Ablehnung.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>Jederzeit nach dem Verbindungsaufbau, meist als Antwort auf MAIL FROM, RCPT TO oder das Ende von DATA. Typisch nach dem Umzug eines Mailservers auf einen neuen VPS oder eine neue Cloud-Adresse, nach dem Aktivieren von IPv6 (die IPv6-Adresse hat keinen PTR) oder wenn der PTR-Name auf einen Host zeigt, dessen A-Eintrag später geändert wurde. Gmail sendet ihn als 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>Der Admin des Absenders bittet denjenigen, der die IP-Adresse kontrolliert (Hosting-Provider, Internetprovider oder Cloud-Konsole; nicht den Domain-Registrar), einen PTR-Eintrag zu setzen, der den Mailserver nennt, zum Beispiel mail.example.com, und stellt sicher, dass dieser Name einen A- oder AAAA-Eintrag hat, der auf dieselbe IP zurückzeigt. Der HELO-Name sollte derselbe Hostname sein. Senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>Die sendende IP-Adresse hat überhaupt keinen PTR-Eintrag, was bei neuen VPS- und Cloud-Adressen häufig ist.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>Der PTR-Name existiert, aber sein A- oder AAAA-Eintrag zeigt auf eine andere Adresse, daher scheitert die Vorwärtsprüfung.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>Der Server sendet über IPv6, und nur seine IPv4-Adresse hat Reverse-DNS.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>Der PTR ist ein generischer Name des Internetproviders, den der Empfänger als dynamische oder private Anschlussadresse behandelt.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Fragen Sie den PTR-Eintrag der sendenden IP-Adresse ab.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Lösen Sie den zurückgegebenen Namen vorwärts auf und bestätigen Sie, dass er dieselbe Adresse ergibt.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Wiederholen Sie die Rückwärtsabfrage für die IPv6-Adresse des Servers, falls er eine hat.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Vergleichen Sie mit dem HELO-Namen, den Ihr Postfix ankündigt (Exim und andere haben eine entsprechende Einstellung).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>Versuchen Sie es nicht unverändert von dieser IP-Adresse erneut. Versuchen Sie es erneut, sobald PTR und passende A- oder AAAA-Einträge existieren und zwischengespeicherte negative Antworten abgelaufen sind.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Die Verwendung durch Gmail entspricht der Bedeutung in der Registry und umfasst IPv4- und IPv6-Absender; die vorübergehende Form desselben Problems kommt als 4.7.23, nicht als 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>dmarc fehlgeschlagen</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>Der empfangende Server hat mehr als eine Prüfung zur Authentifizierung des Absenders durchgeführt (SPF, DKIM und meist zusätzlich DMARC), und die Nachricht ist an ihnen insgesamt gescheitert. Der Code ist eine dauerhafte Ablehnung: Dieselbe Nachricht, auf dieselbe Weise gesendet, wird wieder abgelehnt.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>Am Ende von DATA, nachdem der Empfänger die ganze Nachricht hat und ihre Signaturen prüfen kann. Gmail hat ihn bekannt gemacht: Es beantwortet seit Jahren Mail, die die DMARC-Richtlinie der Absenderdomain nicht besteht, und Mail ohne brauchbares SPF- oder DKIM-Ergebnis mit 550 5.7.26, und seine Anforderungen an Absender von 2024 haben die Antwort weit häufiger gemacht.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Beheben Sie die Authentifizierung auf der sendenden Seite, für die Domain im From-Header. Veröffentlichen Sie einen SPF-Eintrag, der jeden Server abdeckt, der für die Domain sendet, signieren Sie ausgehende Mail mit DKIM und einem im DNS veröffentlichten Schlüssel und sorgen Sie dafür, dass mindestens eines davon mit der From-Domain übereinstimmt (Alignment), damit DMARC besteht. Senden Sie dann eine Testnachricht und lesen Sie ihren Authentication-Results-Header, bevor Sie die als unzustellbar zurückgekommene Mail erneut senden.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>Kein SPF-Eintrag oder ein SPF-Eintrag, der den Server oder Dienst nicht aufführt, der die Nachricht tatsächlich gesendet hat.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>Keine DKIM-Signatur oder eine Signatur, die von einem Gateway, einer Mailingliste oder einer Fußzeile gebrochen wurde, die die Nachricht nach dem Signieren verändert hat.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF und DKIM bestehen für eine andere Domain als die im From-Header, daher scheitert das DMARC-Alignment, und die DMARC-Richtlinie der Domain lautet reject.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Ein neu hinzugekommener Versanddienst (Newsletter-Werkzeug, CRM, Ticketsystem) sendet im Namen der Firmendomain, ohne im DNS autorisiert zu sein.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lesen Sie den SPF-Eintrag der Absenderdomain und stellen Sie sicher, dass er die IP-Adresse des sendenden Servers oder das include des Dienstes aufführt.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Prüfen Sie, ob der öffentliche DKIM-Schlüssel für den im DKIM-Signature-Header der Nachricht genannten Selektor (s=) existiert.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Lesen Sie die DMARC-Richtlinie der Domain, um zu sehen, was der Empfänger mit fehlschlagenden Nachrichten tun sollte.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Senden Sie eine Testnachricht an ein Postfach bei einem großen Provider, das Sie kontrollieren, und lesen Sie den Header Authentication-Results mit den Ergebnissen der Authentifizierung: spf=, dkim= und dmarc= müssen pass lauten.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Versuchen Sie dieselbe Nachricht nicht unverändert erneut: Sie scheitert wieder. Senden Sie erst erneut, wenn die Authentifizierungseinträge oder die Signierung korrigiert sind.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail sendet 5.7.26 sowohl, wenn eine Nachricht weder SPF noch DKIM besteht, als auch, wenn sie die DMARC-Richtlinie der From-Domain nicht besteht; der Text nach dem Code sagt, welcher Fall vorliegt.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>Absenderadresse hat Null-MX</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>Die Domain des Envelope-Absenders oder des From-Headers veröffentlicht einen Null-MX-Eintrag (MX 0 .), der erklärt, dass sie nie Mail empfängt. Ein Empfänger darf solche Mail ablehnen, weil Bounces und Antworten den Absender nie erreichen könnten und eine Domain, die keinen Maildienst erklärt, wahrscheinlich gefälscht ist. Definiert in RFC 7505; dauerhaft. Das ist die Bedeutung in der Registry; Gmail verwendet dieselben Ziffern für SPF-Fehler (siehe Provider).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>Als Antwort auf MAIL FROM, wenn der Empfänger den MX der Envelope-Domain prüft, oder nach DATA, wenn er die Domain des From-Headers prüft. Typische Verursacher sind eine Anwendung, die als noreply@ einer Domain sendet, deren DNS einen Null-MX enthält, sowie geparkte oder reine Versanddomains, die versehentlich einen Null-MX erhalten haben.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>Der Admin des Absenders entfernt entweder den Null-MX und veröffentlicht einen echten MX für die in MAIL FROM und From verwendete Domain, oder er stellt die Anwendung so um, dass sie von einer Domain sendet, die Mail annimmt (eine Bounce-Subdomain mit eigenem MX funktioniert). RFC 7505 sagt, dass Domains, die als Absender verwendet werden, keinen Null-MX veröffentlichen sollten.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Eine reine Versanddomain hat einen Null-MX erhalten, damit sie nichts empfängt, wird aber noch in MAIL FROM oder From verwendet.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Eine DNS-Vorlage für geparkte oder ungenutzte Domains hat MX 0 . zu einer Domain hinzugefügt, die später mit dem Versand von Mail begonnen hat.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Spam oder Phishing, das eine Domain mit Null-MX fälscht; in diesem Fall tut die Ablehnung genau ihren Dienst.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Fragen Sie den MX der Envelope- und der From-Domain ab; eine einzige Antwort 0 . ist ein Null-MX.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Prüfen Sie, welche Domain Ihr Postfix an lokal erzeugte Absenderadressen anhängt, denn der Envelope-Absender einer Anwendung kann sich von ihrer From-Adresse unterscheiden.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Bestätigen Sie nach dem Veröffentlichen eines echten MX, dass der darin genannte Host Verbindungen auf Port 25 annimmt.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Versuchen Sie die 5.7.27 der Registry nicht unverändert erneut: Der Null-MX ist eine bewusste Aussage im DNS. Die Zurückstellung 4.7.27 von Gmail wird normal erneut versucht, gelingt aber erst, wenn SPF besteht.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Hat nichts mit Null-MX zu tun: Gmail sendet 4.7.27 (Zurückstellung) und 5.7.27 (Ablehnung), wenn die Nachricht SPF nach seinen Anforderungen an Absender nicht bestanden hat. Korrigieren Sie den SPF-Eintrag der Envelope-Domain und ignorieren Sie den Titel aus der Registry.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>subscription bombing</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>Der Empfänger hält die Nachricht für Teil einer Flut ähnlicher missbräuchlicher Nachrichten, typischerweise eine Mailbombe, bei der eine Adresse Hunderte Anmeldebestätigungen erhält, ausgelöst durch gefälschte Webformular-Eingaben. 4.7.28 stellt die Nachricht zurück, 5.7.28 lehnt sie ab. Die IANA hat den Code aus einem Internet-Draft von John Levine registriert, der nie als RFC veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>Bei RCPT TO oder am Ende von DATA, wenn ein Empfänger einen Schwall nahezu identischer Nachrichten an einen Empfänger oder aus einer Quelle sieht. Absender stoßen darauf, wenn ihre Newsletter-Anmeldung, ihr Passwort-Reset oder ihr Kontaktformular missbraucht wurde, um ein Opfer zu bombardieren. Gmail verwendet 4.7.28 außerdem für seine eigene Ratenbegrenzung bei Spam (siehe Provider).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>Der Admin des Absenders stoppt die Flut an der Quelle: ein CAPTCHA oder Ratenlimit für das Webformular einrichten, höchstens eine Bestätigung pro Adresse in einem bestimmten Zeitraum senden und Bestätigungen an die angegriffene Adresse aus der Warteschlange löschen. Bei der 4.7.28 von Gmail verringern Sie das Volumen der betroffenen IP oder Domain, streichen Empfänger ohne Interaktion und beobachten die Spamrate in den Postmaster Tools.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Ein Bot hat das Anmelde- oder Kontaktformular des Absenders viele Male mit der Adresse des Opfers abgeschickt.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Ein Anwendungsfehler oder eine Schleife hat dieselbe Benachrichtigung immer wieder an einen Empfänger gesendet.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Ein kompromittiertes Konto oder Skript auf dem sendenden Server hat massenhaft nahezu identische Nachrichten verschickt.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Bei Gmail: eine Zunahme unerwünscht wirkender Mail von der sendenden IP-Adresse oder der authentifizierten Domain.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Zählen Sie, wie viele Nachrichten Ihr Server in letzter Zeit an die betroffene Adresse gesendet hat.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Prüfen Sie die Zusammenfassungszeile der Warteschlange auf einen Stau wartender Nachrichten.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Suchen Sie im Log des Webservers nach Schüben von Formulareingaben, die auf einen Bot hindeuten, der Ihr Formular verwendet.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>Bei 4.7.28 versuchen Sie es in wachsenden Abständen und mit geringerer Senderate erneut; Bombardieren macht es schlimmer. Bei 5.7.28 senden Sie dieselbe Nachricht nicht erneut, denn der Empfänger hat sie als Teil einer missbräuchlichen Flut eingestuft.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Eine Ratenbegrenzung wegen Reputation, kein Urteil über eine Mailbombe: Gmail hat zu viel unerwünscht wirkende Mail von Ihrer IP-Adresse oder von Ihrer DKIM- oder SPF-Domain gesehen (längere Varianten des Texts sagen, welche) und nimmt langsamer an. Das legt sich, wenn sich die Reputation erholt.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>Die Nachricht trug Header der Authenticated Received Chain (RFC 8617, ein experimenteller RFC), und die Kette ließ sich nicht validieren, daher konnte der Empfänger den Authentifizierungsergebnissen, die die durchlaufenen Zwischenstationen vermerkt hatten, nicht vertrauen. Ein Empfänger darf solche Mail ablehnen, besonders wenn sie auch DMARC nicht besteht. Das ist die Bedeutung in der Registry; Gmail verwendet dieselben Ziffern für Mail, die ohne TLS gesendet wurde (siehe Provider).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>Am Ende von DATA, bei Mail, die über eine Mailingliste, einen Weiterleitungsdienst oder ein Sicherheits-Gateway gelaufen ist, das die Header ARC-Seal, ARC-Message-Signature und ARC-Authentication-Results (Authentifizierungsergebnisse) hinzufügt. In der Praxis selten: Die meisten Empfänger nutzen ARC nur als Hinweis, wenn DMARC scheitert, daher führt eine defekte Kette selten allein zu einer Ablehnung.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>Der Admin der Zwischenstation, deren ARC-Satz scheitert (oft ein Listenserver oder Gateway), korrigiert ihr ARC-Sealing: ein veröffentlichter Schlüssel für ihren Selektor, korrekte Instanznummern und keine Änderungen an der Nachricht nach dem Versiegeln. Der ursprüngliche Absender kann die Kette eines anderen Systems nicht reparieren: Schicken Sie den Bounce mit vollständigen Headern an den Betreiber der Liste oder des Weiterleitungsdienstes.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Eine Zwischenstation hat die Nachricht verändert, nachdem sie ihren ARC-Satz hinzugefügt hatte, und damit ihre ARC-Message-Signature gebrochen.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>Der öffentliche Schlüssel für den in einem ARC-Seal genannten Selektor fehlt im DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Ein ARC-Satz fehlt oder steht in falscher Reihenfolge (Instanznummern i=1, i=2 usw. nicht lückenlos), was die Kette ungültig macht.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Ein späterer Hop hat mit cv=fail versiegelt und die Kette damit als bereits gebrochen markiert.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Listen Sie die ARC-Header mit ihren Instanznummern i= und dem Ergebnis cv= in jedem ARC-Seal auf.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Verifizieren Sie die Kette an einer gespeicherten Kopie der Nachricht (python3-dkim enthält arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Rufen Sie den Schlüssel für s= und d= des fehlschlagenden ARC-Seal ab.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Versuchen Sie eine 5.7.29 der Registry nicht unverändert erneut: Die defekte Kette ist Teil der Nachricht und scheitert wieder. Eine Zurückstellung 4.7.29 von Gmail gelingt beim erneuten Versuch erst, wenn die Verbindung TLS verwendet.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>Hat nichts mit ARC zu tun: Gmail sendet 4.7.29 (Zurückstellung) und 5.7.29 (Ablehnung), wenn die Nachricht über eine Verbindung ohne TLS bei Gmail angekommen ist. Sorgen Sie dafür, dass der sendende MTA gegenüber den MX-Hosts von Gmail STARTTLS verwendet, und prüfen Sie jedes Relay auf dem ausgehenden Weg.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>Die Nachricht wurde mit der Option REQUIRETLS (RFC 8689) gesendet, die verifiziertes TLS und REQUIRETLS-Unterstützung auf jedem Hop verlangt, und ein Server konnte keinen nächsten Hop finden, der das bietet. Statt den Schutz fallen zu lassen, wird die Nachricht zurückgeschickt. Dauerhaft. Das ist die Bedeutung in der Registry; Gmail verwendet dieselben Ziffern für DKIM-Fehler (siehe Provider).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Meist in einem Bounce (DSN) vom eigenen ausgehenden Relay des Absenders oder von einem späteren Hop, nachdem die EHLO-Antwort des nächsten Servers REQUIRETLS nicht aufgeführt hat; manche Implementierungen verwenden ihn auch, wenn sie MAIL FROM ... REQUIRETLS direkt ablehnen. Noch selten, weil nur wenige Server REQUIRETLS implementieren (Postfix dokumentiert die Unterstützung in neueren Versionen).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Der Absender entscheidet. Darf der Inhalt keine unverschlüsselte oder nicht verifizierte Verbindung passieren, versenden Sie ihn an diesen Empfänger nicht per E-Mail, oder bitten Sie den Admin des Empfängers, REQUIRETLS zusammen mit DANE oder MTA-STS zu aktivieren. Andernfalls senden Sie ohne REQUIRETLS erneut; das steuern der sendende Client oder die Mail-Richtlinie der Organisation.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>Der Mailserver des Empfängers kündigt REQUIRETLS nicht an, was für die meisten Server noch zutrifft.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Ein Relay auf dem Weg, etwa ein ausgehender Filterdienst oder Smarthost, unterstützt REQUIRETLS nicht.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>Der sendende Client setzt REQUIRETLS bei jeder Mail, auch an Empfänger, deren Server es nicht erfüllen können.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Ermitteln Sie die MX-Hosts der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Prüfen Sie, ob der MX REQUIRETLS in der EHLO-Antwort aufführt, die er nach STARTTLS gibt.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Lesen Sie die Felder Reporting-MTA und Remote-MTA des Bounces, um zu sehen, welcher Hop aufgegeben hat und ob es Ihr eigenes Relay ist.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Versuchen Sie eine 5.7.30 der Registry nicht erneut: Der Weg erhält zwischen den Versuchen keine REQUIRETLS-Unterstützung. Eine Zurückstellung 4.7.30 von Gmail wird normal erneut versucht, gelingt aber erst, wenn DKIM besteht.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Hat nichts mit REQUIRETLS zu tun: Gmail sendet 4.7.30 (Zurückstellung) und 5.7.30 (Ablehnung), wenn die Nachricht DKIM nach seinen Anforderungen an Absender nicht bestanden hat. Signieren Sie ausgehende Mail mit DKIM für Ihre Domain und veröffentlichen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>Auf VRFY bestätigt 250 das Postfach; 252 bestätigt es weder, noch verneint es das, doch der Server würde Mail dafür annehmen.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Diese Antworten gibt es nur auf VRFY. Die meisten Server beantworten jedes VRFY mit 252, damit sich keine Adressen abgreifen lassen.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Werten Sie 252 nie als Beweis, dass eine Adresse existiert. Um eine Adresse zu testen, senden Sie eine Nachricht oder beobachten Sie die Antwort auf RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Beide besagen, dass der Empfänger nicht lokal ist; 251 nimmt die Nachricht an und leitet sie weiter, 551 lehnt sie ab und nennt, wohin sie zu senden ist.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 ist eine Erfolgsantwort bei RCPT TO; 551 ist ein dauerhafter Fehler mit &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>Nach 251 ist nichts zu tun, Sie können aber das Adressbuch aktualisieren. Nach 551 senden Sie erneut an die genannte Adresse, sobald Sie sicher sind, dass sie stimmt.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 beendet die ganze Sitzung, für jede Nachricht und jeden Empfänger darin; 450 lehnt eine einzelne Mail-Aktion ab, meist einen Empfänger, und die Sitzung läuft weiter.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 ist oft die erste Zeile nach dem Verbindungsaufbau (die Begrüßung) oder die letzte, bevor der Server die Verbindung trennt, und sein Text spricht vom Dienst, von der Verbindung oder von Ihrer IP-Adresse. 450 antwortet auf MAIL FROM oder RCPT TO und nennt ein Postfach oder einen Grund wie Greylisting.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>Beide wiederholt der sendende Server. Bei 421 betrachten Sie die sendende Seite als Ganzes: Anzahl der Verbindungen, Senderate und Reputation der IP-Adresse. Bei 450 betrachten Sie den einen Empfänger oder die Greylisting-Verzögerung und warten die nächste Wiederholung von derselben IP-Adresse ab.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>Bei der Begrüßung weisen beide die Verbindung ab, aber 421 heißt „später erneut versuchen“ und 554 heißt „dieser Client wird nicht bedient“.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>Die erste Ziffer entscheidet: 421 bei der Begrüßung kommt mit Texten über Last, zu viele Verbindungen oder eine vorübergehende Sperre; 554 bei der Begrüßung nennt eine Blocklist oder eine dauerhafte Ablehnung, und der Server beantwortet jeden folgenden Befehl bis QUIT mit 503.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>Bei 421 tun Sie zunächst nichts; wiederholt es sich, senken Sie die Zahl paralleler Verbindungen. Bei 554 prüfen Sie die sendende IP-Adresse auf Blocklists und beheben das Reputationsproblem; erneute Versuche von derselben IP-Adresse helfen nicht.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 betrifft das Postfach des Empfängers (belegt, gesperrt oder durch Greylisting zurückgehalten); 451 betrifft den empfangenden Server selbst, der bei der Verarbeitung auf einen Fehler gestoßen ist.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Der erweiterte Code und der Text verraten es: 450 kommt mit 4.2.x oder einer Greylisting-Meldung, die den Empfänger nennt; 451 kommt mit 4.3.0, 4.4.x oder &quot;Temporary local problem&quot;, oft nachdem eine DNS-Abfrage oder ein Inhaltsscanner auf der empfangenden Seite gescheitert ist.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Keiner von beiden verlangt zunächst etwas vom Absender: Die Warteschlange versucht es erneut. Hält 450 tagelang an, fragen Sie den Admin des Empfängers nach dem Postfach; hält 451 an, muss der Admin der empfangenden Seite seinen Server reparieren, melden Sie ihm also die genaue Antwortzeile.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>Derselbe Zustand, Postfach nicht verfügbar, aber 450 ist vorübergehend und 550 dauerhaft.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Nur die erste Ziffer unterscheidet sich: Nach 450 bleibt die Nachricht in der Warteschlange des Absenders, und eine Verzögerungsmeldung kann folgen; nach 550 gibt der Server des Absenders sofort auf und schickt einen Bounce zurück.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>Senden Sie nach 450 nicht von Hand erneut: Die Warteschlange wiederholt den Versuch selbst. Nach 550 ändert erneutes Senden derselben Nachricht nichts; korrigieren Sie die Adresse oder beseitigen Sie den Grund, den der erweiterte Code nennt, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 ist ein Verarbeitungsfehler auf dem empfangenden Server; 452 besagt, dass eine Ressource erschöpft ist: Speicherplatz, die Quota eines Postfachs oder die Zahl der in einer Transaktion erlaubten Empfänger.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 nennt die Ressource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) oder ein volles Postfach (4.2.2). 451 spricht von einem lokalen Fehler, einer fehlgeschlagenen Abfrage oder einem Dienst, der nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>Bei 452 mit 4.5.3 ist nichts falsch: Der sendende Server stellt an die übrigen Empfänger in einer weiteren Transaktion zu. Fehlt Speicherplatz, schafft der Admin der empfangenden Seite Platz. Bei 451 warten Sie den erneuten Versuch ab und melden einen anhaltenden Fehler dem Admin der empfangenden Seite.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Beide betreffen Speicherplatz; 452 ist vorübergehend (der Platz kann wieder frei werden), 552 ist dauerhaft (die Zuteilung ist für diese Nachricht überschritten).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>Der erweiterte Code trennt die Fälle: 452 mit 4.2.2 oder 4.3.1 ist ein volles Postfach oder eine volle Platte, die wieder Platz bekommen kann; 552 mit 5.2.2 ist ein Postfach über seiner Quota, und 552 mit 5.3.4 oder 5.2.3 ist eine zu große Nachricht.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>Bei 452 lassen Sie die Warteschlange den Versuch wiederholen und teilen dem Empfänger mit, dass sein Postfach voll ist. Bei 552 mit 5.2.2 bitten Sie den Empfänger, Platz zu schaffen, und senden dann erneut; bei 552 mit einem Größencode senden Sie eine kleinere Nachricht oder einen Link statt des Anhangs.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 ist ein vorübergehender Fehler von TLS oder Authentifizierung auf der Serverseite; 530 ist eine Anforderung, die der Client nicht erfüllt hat.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 antwortet direkt auf STARTTLS oder AUTH (&quot;454 4.7.0 Temporary authentication failure&quot;), der Client hat also das Richtige getan. 530 antwortet auf MAIL FROM, wenn der Client STARTTLS oder AUTH ausgelassen hat.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>Nach 454 versucht es der Client später erneut, und der Admin der empfangenden Seite prüft das Zertifikat oder das Passwort-Backend. Nach 530 müssen die Einstellungen des Clients geändert werden: zuerst TLS starten, dann authentifizieren.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 bedeutet, dass der Server die Zeile nicht verstanden hat; 502 bedeutet, dass er den Befehl verstanden hat, ihn hier aber nicht implementiert.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 antwortet auf einen bekannten, aber abgeschalteten Befehl wie VRFY oder EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 antwortet auf Datenmüll, eine zu lange Zeile oder ein anderes Protokoll, etwa einen TLS-Handshake auf einem Klartext-Port; Postfix ab 3.7 beantwortet auch unbekannte Befehle mit 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>Bei 500 prüfen Sie, ob der Client SMTP mit dem richtigen Port im richtigen Modus spricht (implizites TLS auf 465, STARTTLS auf 587 und 25). Bei 502 verwenden Sie diesen Befehl nicht mehr; es ist nichts kaputt.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 lehnt ab, wie das Argument eines Befehls geschrieben ist; 553 lehnt den Postfachnamen selbst ab.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 folgt auf fehlerhafte Syntax: eine fehlende spitze Klammer, einen ungültigen EHLO-Namen, einen unbekannten Parameter (&quot;501 5.5.4&quot;). 553 folgt auf eine Adresse, die sich zwar parsen lässt, aber nicht akzeptiert wird (5.1.3, 5.1.7 oder ein Absender, der nicht zur Anmeldung gehört).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>Bei 501 korrigieren Sie die sendende Software oder ihre Einstellungen, denn der Befehl selbst ist fehlerhaft. Bei 553 korrigieren Sie die Adresse, die der Benutzer eingegeben hat, oder die Identität, unter der er sendet.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 ist ein Befehl in der falschen Reihenfolge; 530 ist ein Befehl, der abgelehnt wird, bis sich der Client authentifiziert oder TLS gestartet hat.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 folgt auf RCPT TO vor MAIL FROM, DATA vor dem ersten Empfänger oder AUTH, wo es nicht angeboten wird (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 antwortet auf MAIL FROM mit &quot;Authentication required&quot; oder &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>Bei 503 korrigieren Sie die Befehlsfolge des Clients: EHLO, STARTTLS, erneut EHLO, AUTH, MAIL FROM, RCPT TO, DATA. Bei 530 aktivieren Sie TLS und SMTP-Authentifizierung in den Kontoeinstellungen des Clients.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 bedeutet, dass sich der Client nicht authentifiziert hat; 535 bedeutet, dass er es versucht hat und die Zugangsdaten abgelehnt wurden.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 ist die Antwort auf AUTH. 530 antwortet auf MAIL FROM oder RCPT TO eines Clients, der nie AUTH gesendet hat.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>Bei 530 aktivieren Sie die Authentifizierung im Client. Bei 535 prüfen Sie Benutzername und Passwort, ob der Provider ein App-Passwort verlangt und ob SMTP AUTH für das Konto erlaubt ist.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 lehnt die Art der Anmeldung ab; 535 lehnt die Zugangsdaten ab.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>Bei 534 kann das Passwort durchaus stimmen: Der Mechanismus ist zu schwach, oder der Provider verlangt ein App-Passwort oder eine Anmeldung im Browser (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). Bei 535 ist Benutzername oder Passwort falsch, oder das Konto darf SMTP nicht nutzen.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>Bei 534 verwenden Sie TLS und einen stärkeren Mechanismus, ein App-Passwort oder OAuth, je nachdem, was der Provider verlangt. Bei 535 korrigieren Sie die Zugangsdaten oder entsperren das Konto.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Zwei Ebenen einer Antwort: 535 ist der Basiscode für abgelehnte Zugangsdaten und 5.7.8 der erweiterte Code für dasselbe; meist kommen sie zusammen als 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>Ein Client-Log zeigt direkt nach AUTH &quot;535 5.7.8&quot; oder &quot;535-5.7.8 Username and Password not accepted&quot;. Manche Server senden 535 ohne erweiterten Code, mit derselben Bedeutung.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Korrigieren Sie die Zugangsdaten (Benutzername, Passwort oder App-Passwort) und prüfen Sie, ob das Konto SMTP AUTH nutzen darf.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 besagt, dass der Empfänger nicht auf diesem Server ist, und nennt, wohin stattdessen zu senden ist; 550 lehnt den Empfänger ab, ohne auf ein anderes Ziel zu verweisen.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Eine 551-Antwort enthält einen forward-path (&quot;please try &lt;address&gt;&quot;); sie ist heute selten, und manche Server missbrauchen sie für verweigertes Relaying. Eine 550-Antwort nennt stattdessen einen Grund oder einen erweiterten Code.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>Nach 551 prüfen Sie, ob die angebotene Adresse echt ist, und senden erneut an sie. Nach 550 lesen Sie den erweiterten Code: 5.1.1 ist eine falsche Adresse, 5.7.1 eine Ablehnung aus Richtliniengründen.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 lehnt die Adresse selbst ab, ihre Form oder das Recht des Absenders, sie zu verwenden; 550 lehnt das Postfach oder die Nachricht aus einem anderen Grund ab.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 kommt meist bei MAIL FROM oder RCPT TO mit 5.1.3, 5.1.7 oder einem Text wie &quot;Sender address rejected: not owned by user&quot;. 550 kommt mit 5.1.1 (Benutzer existiert nicht), 5.7.1 (Richtlinie) oder einer Sperre.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>Bei 553 korrigieren Sie die Adresse: ein Tippfehler, unzulässige Zeichen oder eine From-Adresse, die Ihre Anmeldung nicht verwenden darf. Bei 550 richten Sie sich nach seinem erweiterten Code.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 lehnt meist einen einzelnen Empfänger ab; 554 lehnt die ganze Transaktion ab, entweder beim Verbindungsaufbau oder nach den Nachrichtendaten.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Achten Sie darauf, wo der Code kommt: 550 antwortet auf RCPT TO (oder MAIL FROM); 554 ist die Begrüßung (&quot;No SMTP service here&quot;) oder die Antwort auf das Ende von DATA, wo Inhalts- und Reputationsprüfungen laufen.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>Bei 550 prüfen Sie die Empfängeradresse oder den Richtliniengrund für diesen Empfänger. Bei 554 nach DATA prüfen Sie den Inhalt, die sendende IP-Adresse auf Blocklists und die Authentifizierung der Domain; bei 554 in der Begrüßung wird die IP-Adresse selbst abgelehnt.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Das sind keine Alternativen, sondern zwei Ebenen einer Antwort: 550 ist der Basis-Antwortcode (dauerhaft, Postfach nicht verfügbar), 5.1.1 der erweiterte Statuscode, der den Grund nennt (das Postfach existiert nicht).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Eine Antwort wie &quot;550 5.1.1 User unknown&quot; enthält beide. 550 tritt auch mit 5.7.1, 5.2.1, 5.1.10 und anderen auf, daher verrät 550 allein nie, welcher Fall vorliegt; 5.1.1 erscheint außerdem im Feld Status eines Bounce-Berichts.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Lesen Sie zuerst den erweiterten Code, sofern vorhanden: Er ist der genauere der beiden. Hat eine Antwort nur 550, ist der Text danach der einzige Hinweis.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Zwei Ebenen einer Antwort: 552 ist der Basiscode für eine überschrittene Speicherzuteilung, 5.3.4 der erweiterte Code, der besagt, dass die Nachricht für das System zu groß ist.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552 allein ist mehrdeutig, weil er auch mit 5.2.2 (volles Postfach) und 5.2.3 (Größenlimit des Empfängers) vorkommt; mit 5.3.4 ist der Grund das Größenlimit des Servers für Nachrichten.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Lesen Sie den erweiterten Code: Bei 5.3.4 senden Sie eine kleinere Nachricht; bei 5.2.2 muss der Empfänger Platz schaffen.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 ist ein Host, der nie Mail von irgendwem annimmt; 554 in der Begrüßung lehnt diesen Client ab, meist wegen seiner IP-Adresse.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 kommt von Hosts, die so eingerichtet sind, dass sie überhaupt keine Mail empfangen, und die Domain veröffentlicht oft zusätzlich einen Null-MX. 554 in der Begrüßung nennt typischerweise eine Blocklist, eine Richtlinie oder Ihre Adresse.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>Nach 521 senden Sie nicht mehr dorthin: Die Adresse oder der MX-Eintrag ist falsch. Nach 554 prüfen Sie die sendende IP-Adresse auf der genannten Blocklist und beantragen das Delisting, oder Sie senden über einen Server mit guter Reputation.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 besagt, dass die Domain des Empfängers überhaupt keine Mail empfängt; 554 besagt, dass diese Transaktion gescheitert ist, aus einem Grund, den sein Text nennt.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 kommt mit 5.1.10, oft von Ihrem eigenen sendenden Server, nachdem er den Null-MX der Domain (&quot;MX 0 .&quot;) gefunden hat, noch vor jeder Verbindung zum Empfänger. 554 kommt vom entfernten Server, in der Begrüßung oder nach DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>Nach 556 kann die Adresse nicht funktionieren: Bitten Sie den Empfänger um eine andere. Nach 554 lesen Sie seinen Text: Blocklist, Inhalt oder Richtlinie.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 ist ein Postfach, das der Server des Empfängers nicht kennt; 5.1.10 ist eine Domain, die erklärt, überhaupt keine Mail zu empfangen (Null-MX).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 kommt vom Server des Empfängers nach RCPT TO. 5.1.10 kommt meist von Ihrem eigenen sendenden Server, der den Null-MX der Domain gelesen und gar keine Verbindung aufgebaut hat.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Bei 5.1.1 prüfen Sie den Teil vor dem @ auf Tippfehler. Bei 5.1.10 funktioniert keine Schreibweise des Postfachs: Fragen Sie nach einer Adresse bei einer anderen Domain.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 ist eine Adresse, die nicht existiert; 5.2.1 ist ein Postfach, das existiert, aber deaktiviert oder gesperrt ist.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>Der Text verrät es: &quot;does not exist&quot;, &quot;no such user&quot; oder &quot;user unknown&quot; bei 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; oder &quot;suspended&quot; bei 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Bei 5.1.1 korrigieren Sie die Adresse. Bei 5.2.1 erreichen Sie den Empfänger auf anderem Weg; wiederholt sich der Bounce wochenlang, betrachten Sie die Adresse als aufgegeben und entfernen sie aus Listen.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 bemängelt den Teil vor dem @ (das Postfach); 5.1.2 den Teil danach (die Domain).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 kommt oft von Ihrem eigenen Server, der die Domain im DNS nicht finden konnte; 5.1.1 kommt vom Server des Empfängers, der das Postfach gesucht und nichts gefunden hat.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Korrigieren Sie den falschen Teil: den Benutzernamen bei 5.1.1, die Domain bei 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 besagt, dass die Domain des Empfängers kein gültiges Mailziel ist; 5.4.4 besagt, dass das sendende System keinen Weg dorthin finden konnte.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 folgt auf eine Domain, die nicht existiert (NXDOMAIN), oft ein Tippfehler. 5.4.4 folgt auf DNS-Antworten ohne brauchbaren Weg: ein MX, der auf einen Namen ohne Adresse zeigt, oder Einträge, die sich nicht auflösen lassen.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>Bei 5.1.2 korrigieren Sie die Schreibweise der Domain. Bei 5.4.4 repariert der Admin der Empfängerdomain deren MX-Einträge; scheitern viele Domains, prüfen Sie den eigenen DNS-Resolver des sendenden Servers.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 betrifft die Domain des Empfängers, die keine Mail empfängt; 5.7.27 betrifft die Domain des Absenders, die erklärt, keine Mail zu empfangen, und deshalb als Absender abgelehnt wird.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 nennt die Empfängeradresse und kommt meist von Ihrem eigenen sendenden Server. 5.7.27 kommt vom empfangenden Server und betrifft die Domain in Ihrem MAIL FROM oder From.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>Bei 5.1.10 verwenden Sie eine andere Empfängeradresse. Bei 5.7.27 entfernt der Admin des Absenders den Null-MX oder sendet von einer Domain, die Antworten und Bounces empfangen kann.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>Dasselbe volle Postfach; bei 4.2.2 versucht es der sendende Server erneut, bei 5.2.2 gibt er sofort auf.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Nur die Klasse unterscheidet sich, und Server entscheiden sich in derselben Lage unterschiedlich: Viele senden 452 4.2.2, andere 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Nach 4.2.2 ist nichts zu tun: Die Warteschlange versucht es erneut, und Sie können dem Empfänger mitteilen, dass sein Postfach voll ist. Nach 5.2.2 muss der Empfänger Platz schaffen, bevor die Nachricht erneut gesendet wird.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 ist ein volles Postfach; 5.2.3 ist eine einzelne Nachricht, die größer ist als das Größenlimit des Empfängers.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Bei 5.2.2 spricht der Text von Quota oder einem vollen Postfach, bei 5.2.3 von der Nachrichtengröße. Eine kurze Testnachricht kommt bei einem 5.2.3-Postfach durch, bei einem 5.2.2-Postfach nie.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Bei 5.2.2 schafft der Empfänger Platz. Bei 5.2.3 senden Sie weniger: Komprimieren Sie den Anhang oder teilen Sie einen Link.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Beide betreffen die Größe: 5.3.4 ist das Limit des ganzen Servers, 5.2.3 ein Limit für den Empfänger oder das Postfach.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 kann schon bei MAIL FROM kommen, wenn der SIZE-Parameter über dem vom Server angekündigten Limit liegt, und gilt dann für jeden Empfänger dort; 5.2.3 kommt für einzelne Empfänger.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>In beiden Fällen senden Sie eine kleinere Nachricht. Nur der Admin der empfangenden Seite kann ein 5.3.4-Limit anheben (in Postfix message_size_limit); ein 5.2.3-Limit kann speziell für dieses Postfach oder diese Gruppe gelten.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 bedeutet, dass keine Verbindung zum empfangenden Host zustande kam; 4.4.2 bedeutet, dass eine Verbindung bestand und dann abbrach.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix protokolliert 4.4.1 beim Verbindungsaufbau mit &quot;Connection timed out&quot; oder &quot;Connection refused&quot; und 4.4.2 mit &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>Bei 4.4.1 prüfen Sie, ob ausgehender Port 25 offen ist, der MX-Host läuft und seine Adresse stimmt. Bei 4.4.2 sehen Sie sich an, was die Gegenseite mitten in der Sitzung getan hat: Timeouts, TLS-Fehler oder eine Firewall, die lange Übertragungen kappt.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Beide betreffen eine Nachricht, die nicht rechtzeitig zugestellt werden konnte; 4.4.7 ist eine Warnung, dass sie noch in der Warteschlange steht, 5.4.7 der endgültige Fehlschlag, nachdem ihre Verweildauer in der Warteschlange abgelaufen ist.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Eine 4.4.7-Benachrichtigung sagt, dass die Nachricht verzögert ist und der Server es weiter versucht (Action: delayed). Ein 5.4.7-Bounce sagt, dass der Server aufgegeben hat (Action: failed), und schickt die Nachricht zurück.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>Nach 4.4.7 ist noch nichts verloren: Finden Sie heraus, warum das Ziel nicht erreichbar ist. Nach 5.4.7 muss die Nachricht erneut gesendet werden, sobald das Ziel wieder Mail annimmt.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Beide besagen, dass es zu viele Empfänger sind; 4.5.3 verlangt den Rest in einer weiteren Transaktion, 5.5.3 lehnt die Nachricht wegen zu vieler Empfänger ab.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 kommt mit 452, sobald das Limit des Servers pro Transaktion erreicht ist; die zuvor angenommenen Empfänger erhalten die Nachricht trotzdem. 5.5.3 ist eine dauerhafte Ablehnung, oft wegen des Empfängerlimits eines Providers pro Nachricht.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>Nach 4.5.3 ist nichts zu tun: Mailserver senden an die übrigen Empfänger von selbst. Nach 5.5.3 teilen Sie die Empfängerliste auf oder verwenden eine Mailingliste oder einen Dienst für Massenversand.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Beide sind vorübergehende Ablehnungen aus Sicherheits- oder Richtliniengründen; 4.7.0 nennt keinen bestimmten Grund, 4.7.1 besagt, dass die Zustellung derzeit nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 geht oft mit Problemen bei TLS oder Authentifizierung und mit Ratenlimits für verdächtigen Verkehr einher; 4.7.1 oft mit Greylisting oder einer vorübergehenden Sperre der sendenden IP-Adresse. Verlässlich ist nur der Text.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Lassen Sie in beiden Fällen die Warteschlange den Versuch wiederholen. Halten die Fehler an, prüfen Sie die Reputation der sendenden IP-Adresse, ihr Reverse-DNS, SPF und DKIM der Domain und ob TLS funktioniert.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 ist eine nicht näher bestimmte Ablehnung aus Sicherheitsgründen; 5.7.1 eine Ablehnung, weil Absender, Empfänger oder das Relaying nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 ist typisch mit 530, wenn zuerst TLS oder Authentifizierung nötig ist. 5.7.1 kommt meist mit 550 oder 554 und einem Grund: Relaying verweigert, eine Blocklist, eine Richtlinie für den Empfänger.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Bei 5.7.0 erfüllen Sie die Anforderung, die der Text nennt (STARTTLS, AUTH). Bei 5.7.1 handeln Sie nach dem angegebenen Grund: sich authentifizieren, um relayen zu dürfen, ein Delisting erwirken oder den Empfänger bitten, den Absender zuzulassen.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 ist jede Ablehnung mangels Berechtigung; 5.7.26 ist speziell Mail, die die Authentifizierung nicht bestanden hat (SPF und DKIM und damit DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Ein 5.7.26-Text spricht von Authentifizierung, SPF, DKIM oder DMARC. Ein 5.7.1-Text nennt Relaying, eine Blocklist, eine Richtlinie oder den Absender.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Bei 5.7.26 korrigiert der Admin der sendenden Domain SPF, signiert mit DKIM und sorgt für das Alignment beider mit der From-Domain. Bei 5.7.1 folgen Sie dem Grund im Text.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>Dieselbe Ablehnung, Zustellung nicht erlaubt, aber 4.7.1 ist vorübergehend und 5.7.1 dauerhaft.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Die Klasse verrät es: Bei 4.7.1 bleibt die Nachricht in der Warteschlange des Absenders, meist wegen Greylisting oder einer vorübergehenden Sperre; bei 5.7.1 kommt sie sofort zurück.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Nach 4.7.1 lassen Sie die Warteschlange den Versuch von derselben IP-Adresse wiederholen. Nach 5.7.1 beseitigen Sie den im Text genannten Grund, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 ist ein abgelehnter Benutzername oder ein abgelehntes Passwort; 5.7.0 ist ein nicht näher bestimmter Sicherheitsgrund, bei der Anmeldung oft der, dass überhaupt eine Authentifizierung nötig ist.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 kommt nach AUTH, meist als 535 5.7.8. 5.7.0 kommt vor AUTH, als 530 5.7.0, wenn der Client ohne Anmeldung oder ohne TLS senden wollte.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Bei 5.7.8 korrigieren Sie die Zugangsdaten oder verwenden ein App-Passwort. Bei 5.7.0 aktivieren Sie TLS und Authentifizierung im Client.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 lehnt die Zugangsdaten ab; 5.7.9 lehnt den Authentifizierungsmechanismus oder die Art des Passworts ab.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 kommt mit 535; 5.7.9 kommt mit 534 und Texten wie &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Bei 5.7.8 korrigieren Sie Benutzername oder Passwort. Bei 5.7.9 wechseln Sie zu einem stärkeren Mechanismus, einem App-Passwort oder OAuth, je nachdem, was der Provider verlangt.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Beide besagen, dass die Authentifizierung Verschlüsselung braucht; 5.7.10 (mit 523) verlangt eine Verschlüsselungsschicht, bevor der Mechanismus verwendet wird, 5.7.11 (mit 538) besagt, dass der gewählte Mechanismus nur über eine verschlüsselte Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>Der Basiscode unterscheidet sie: 523 gehört zu 5.7.10 und 538 zu 5.7.11. Beide antworten auf AUTH über eine unverschlüsselte Verbindung, und beide sind selten, weil moderne Server vor TLS keine Passwortmechanismen anbieten.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>Starten Sie in beiden Fällen vor AUTH TLS (STARTTLS oder implizites TLS auf Port 465) und prüfen Sie, dass der Client nicht auf Klartext zurückfällt.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 ist allein eine gescheiterte SPF-Prüfung; 5.7.26 bedeutet, dass mehrere Authentifizierungsprüfungen gescheitert sind, der Nachricht also auch eine gültige DKIM-Signatur fehlte.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Ein 5.7.23-Text nennt SPF und oft die sendende IP-Adresse; ein 5.7.26-Text sagt, dass die Nachricht nicht authentifiziert ist, oder erwähnt DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>Bei 5.7.23 nehmen Sie den sendenden Server oder Dienst in den SPF-Eintrag der Domain auf. Bei 5.7.26 tun Sie das und signieren zusätzlich mit DKIM, mit Alignment zur From-Domain.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 lehnt eine sendende IP-Adresse ohne gültiges Reverse-DNS ab; 5.7.1 ist eine allgemeine Ablehnung mangels Berechtigung.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Ein 5.7.25-Text erwähnt PTR oder Reverse-DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 nennt einen anderen Grund.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>Bei 5.7.25 bitten Sie den Inhaber der IP-Adresse (Hosting- oder Netzwerk-Provider) um einen PTR-Eintrag, dessen Name wieder auf dieselbe Adresse auflöst. Bei 5.7.1 folgen Sie seinem Text.</translation>
    </message>
</context>
</TS>
