<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Не удаётся открыть соединение</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>не удается подключиться к SMTP-серверу</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>ошибка сокета 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Ни один RFC не определяет 101 как ответ SMTP: серверы SMTP могут отправлять только коды, начинающиеся с 2, 3, 4 или 5, а класса 1xx в SMTP нет вообще. Это число почти всегда — номер ошибки операционной системы, обычно errno 101 в Linux, ENETUNREACH (Network is unreachable), который выводит клиент или библиотека, не сумевшие даже открыть TCP-соединение. Его обычно путают с 421 или с расширенным кодом 4.4.1, который почтовые серверы записывают в журнал при сбоях того же рода.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>До начала диалога SMTP, пока клиент ещё пытается подключиться. Типичные источники — PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) и строки журнала Postfix вида &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, очень часто для IPv6-адреса MX-сервера получателя на хосте без работающего IPv6.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>С письмом и получателем всё в порядке: у отправляющего хоста нет сетевого пути до сервера. Администратор отправителя (или тот, кто отвечает за хост, на котором работает скрипт) проверяет маршрут по умолчанию и, если сбои касаются IPv6-адресов, либо восстанавливает связность по IPv6, либо переводит почтовую программу только на IPv4 (в Postfix — inet_protocols = ipv4). Убедитесь также, что имя сервера в настройках клиента разрешается в ожидаемый адрес и что в VPN или сети контейнеров не отсутствует маршрут. Письма из очереди уйдут при следующей повторной попытке, как только хост сможет достучаться до сервера.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>У сервера назначения есть запись AAAA, а на отправляющем хосте IPv6 включён, но нет маршрута IPv6 по умолчанию, поэтому каждая попытка по IPv6 сразу завершается сбоем.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>У отправляющего хоста вообще нет рабочего маршрута по умолчанию — например, у контейнера, виртуальной машины или только что установленного сервера с неверным шлюзом.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>VPN, маршрут на основе политики (policy route) или правило межсетевого экрана на отправляющей стороне направляет трафик в сеть сервера в никуда.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>Число взято из какого-то списка «кодов ошибок SMTP» в блоге; это ошибка сокета на стороне клиента, а не ответ почтового сервера.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Узнайте, по каким адресам IPv6 и IPv4 клиент будет пытаться подключиться к серверу.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Спросите у ядра, какой маршрут оно выбрало бы для проблемного адреса; ошибка здесь подтверждает проблему с маршрутизацией.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Попробуйте установить обычное TCP-соединение с портом, который использует клиент (25, 465 или 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>На хосте с Postfix выведите последние сбои «сеть недоступна» и посмотрите, все ли они относятся к IPv6.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Почтовый сервер считает это временным сбоем: письмо остаётся в очереди, а повторные попытки идут с нарастающими интервалами. Скрипт или приложение должны повторить попытку после паузы или сообщить о сбое пользователю; пока маршрут не исправлен, повторы не помогут.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>В соединении отказано</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>не удается подключиться к SMTP-серверу</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Ни один RFC не определяет 111 как ответ SMTP; почтовый сервер вообще не может его отправить, потому что ответы SMTP начинаются с 2, 3, 4 или 5. Это errno 111 в Linux, ECONNREFUSED: попытку клиента подключиться активно отвергли — сбросом TCP или ICMP-сообщением port unreachable, — потому что на этом порту ничто не слушает или его отклоняет межсетевой экран. Его часто путают с 421 или 554, которые приходят от сервера, который всё-таки ответил, а соответствует он коду 4.4.1, который почтовые серверы записывают в журнал при неудачных подключениях.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>В момент подключения, до какого-либо приветствия. Выглядит как &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; в Python, &quot;Connection refused (111)&quot; в PHPMailer и в журналах Postfix как &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; с dsn=4.4.1 и status=deferred. Программы для Windows сообщают о том же состоянии как об ошибке сокета 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Сначала выясните, чья сторона отказывает. Если сервер ваш, убедитесь, что почтовая служба запущена, слушает публичный адрес и нужный порт (а не только 127.0.0.1) и разрешена в межсетевом экране хоста. Если вы отправитель, проверьте, что приложение использует правильные хост и порт (587 или 465 для отправки через submission, 25 между серверами) и что ни локальный межсетевой экран, ни экран провайдера не отклоняют исходящий SMTP. Письма, уже находящиеся в очереди MTA, будут доставлены при одной из следующих повторных попыток, как только порт начнёт принимать соединения.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>Почтовая служба на сервере остановлена или аварийно завершилась, поэтому на портах 25, 465 и 587 ничто не слушает.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA привязан только к интерфейсу loopback (например, Postfix с inet_interfaces = loopback-only), а клиент подключается по сети.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>Приложение настроено на неверный хост или порт — например, 465 на сервере, который предлагает только 587, или на имя выведенного из эксплуатации сервера.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Межсетевой экран перед сервером отклоняет подключения к порту сбросом, вместо того чтобы молча отбрасывать пакеты.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Проверьте из сети клиента, принимает ли порт TCP-соединения.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>На сервере выведите слушающие сокеты SMTP и адреса, к которым они привязаны.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>На сервере с Postfix посмотрите, к каким интерфейсам и протоколам он привязан.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>На отправляющем MTA выведите последние отвергнутые подключения, чтобы увидеть, каких направлений это касается.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Считайте это временным сбоем: MTA держит письмо в очереди и повторяет попытки с нарастающими интервалами, пока не истечёт срок хранения в очереди (в Postfix по умолчанию пять дней). Приложение должно выждать перед повторной попыткой и оповестить кого-нибудь, потому что отказ будет повторяться, пока не исправят слушающую службу или межсетевой экран.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Нестандартный ответ об успехе</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 не является допустимым ответом SMTP и никогда им не был: в RFC 821 кода 200 нет, а такие команды, как NOOP и RSET, при успехе получают 250. Он включён в каталог только потому, что RFC 876 — обзор SMTP-серверов 1983 года — обнаружил, что некоторые ранние серверы ошибочно отвечали 200 там, где требовался 250.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>В современной почте практически никогда. Исторически его возвращали на NOOP или RSET несколько серверов начала 1980-х. Если сегодня кто-то сообщает о коде 200, он обычно приходит от самописного или тестового (mock) SMTP-сервера либо это HTTP-статус 200 веб-API для отправки почты, оказавшийся в журнале рядом с кодами SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>С письмом ничего исправлять не нужно. Сервер, который действительно отвечает на команду SMTP кодом 200, должен исправить его разработчик, чтобы тот отправлял 250. Клиент, следующий RFC 5321, читает у неизвестного кода только первую цифру и поэтому считает 200 успехом; исправление от разработчика нужно только клиенту, который на этом коде прерывает работу. Если 200 пришёл от HTTP API почтового сервиса, смотрите события доставки этого сервиса, а не ищите смысл в терминах SMTP.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Очень старый или самодельный SMTP-сервер, который использует 200 вместо 250 для NOOP, RSET или других успешных команд.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>HTTP API почтового сервиса ответил 200 OK, и этот статус прочитали так, будто это ответ SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Тестовый стенд или mock-сервер SMTP, возвращающий коды, выбранные из справочного списка.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Поговорите с сервером вручную и отметьте, какая команда вызывает 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Проверьте, пришёл ли 200 вообще из сеанса SMTP: найдите в журнале Postfix ответы удалённых серверов, начинающиеся с 200. У принятого письма ответ стоит внутри status=sent (...), у неожиданного — после &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Повторять нечего: клиент, следующий RFC 5321, считает ведущую 2 успехом и продолжает работу. Отправляйте письмо повторно, только если строгий клиент прервал сеанс, и только после того, как клиент или сервер исправлены.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Состояние системы или справка о системе</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 — ответ об успехе, содержащий сведения о состоянии самого сервера или справку о нём. RFC 5321 указывает его наряду с 214 как допустимый ответ на HELP, но на практике он встречается редко, потому что большинство серверов выдают справку с кодом 214. Он никогда ничего не сообщает о конкретном письме.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Только когда кто-то отправляет HELP или особую команду состояния, которую реализуют немногие серверы, — в ручном сеансе или при сканировании; например, скрипт smtp-commands в nmap отправляет EHLO и HELP, чтобы перечислить поддерживаемые сервером возможности. При обычной доставке, в уведомлениях о недоставке и в журналах очереди он не встречается.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Исправлять нечего: это информационный ответ об успехе. Разбираться стоит, только если клиент считает его ошибкой (это ошибка в клиентской программе) или если администратор сервера хочет ограничить сведения, которые сервер сообщает о себе посторонним.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Кто-то, проверяя сервер вручную, ввёл HELP, а эта реализация отвечает кодом 211, а не 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Сканер или средство инвентаризации отправили HELP, чтобы определить тип сервера и перечислить его команды.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>Сервер поддерживает нестандартную команду состояния и помечает её вывод кодом 211.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Отправьте HELP сами и сравните код с более привычным 214.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Выведите команды и расширения, которые сервер готов назвать.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Повторять нечего: HELP никак не влияет на почтовую транзакцию, поэтому клиент просто переходит к следующей команде.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Справочное сообщение (для человека)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 — обычный ответ об успехе на HELP: следующий за ним текст предназначен для человека, читающего сеанс, например список поддерживаемых команд или пояснения к нестандартной команде. Программам не следует его разбирать, и он ничего не говорит о том, будет ли принята почта.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>В интерактивных или скриптовых сеансах после HELP, обычно в виде многострочного ответа. Exim отвечает &quot;214-Commands supported:&quot; и списком команд, Sendmail — несколькими строками справки &quot;214-2.0.0&quot;. Postfix не реализует HELP и отвечает 502, так что 502 в этом случае не является неисправностью.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Исправлять нечего: HELP сработал. Список команд в ответе 214 может быть неполным или устаревшим, поэтому о том, какие расширения (STARTTLS, AUTH, SIZE, PIPELINING) действительно предлагаются, судите по ответу на EHLO. Администратор сервера, не желающий раскрывать сведения о программном обеспечении, может сократить текст справки.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Администратор или инженер поддержки ввёл HELP во время тестового сеанса telnet или openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Средство мониторинга или сканирования безопасности отправило HELP, чтобы собрать список поддерживаемых команд.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Клиент отправил HELP с именем команды в качестве аргумента, чтобы получить справку по этой команде.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>Сравните текст HELP с расширениями, объявленными в ответе на EHLO, — именно на них клиенты и ориентируются.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Откройте сеанс вручную и отправьте HELP, при желании с именем команды.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Повторять нечего: HELP находится вне почтовой транзакции, поэтому клиент продолжает, как и собирался, с EHLO, MAIL FROM или QUIT.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Служба готова</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 — приветствие сервера: TCP-соединение открыто, и служба SMTP готова принять EHLO. Первым словом после кода должно быть имя хоста сервера. Тот же код служит ответом на STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; на многих серверах) и означает, что клиент может начинать TLS-рукопожатие.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Первой строкой каждого успешного подключения, ещё до того, как клиент что-либо скажет, и повторно — в ответ на STARTTLS. Типичные баннеры: &quot;ESMTP Postfix&quot;, &quot;Microsoft ESMTP MAIL Service ready&quot; у Microsoft, баннер Gmail, оканчивающийся на &quot;- gsmtp&quot;. Приветствие, начинающееся с &quot;220-&quot;, занимает несколько строк; postscreen в Postfix намеренно отправляет такое неполное приветствие, чтобы ловить спам-ботов, которые говорят раньше своей очереди.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Исправлять нечего: сервер работает и принимает сеанс. Разбираться стоит, если приветствие появляется через много секунд (медленный обратный DNS на сервере или намеренная задержка приветствия), если в нём указан неожиданный хост (возможно, вы попадаете на балансировщик нагрузки, перехватчик порта 25 или не на тот IP) или если баннер заменён строкой звёздочек — признак Cisco ASA или PIX с инспекцией ESMTP, которая может также скрывать STARTTLS. Если TLS-рукопожатие срывается сразу после ответа 220 на STARTTLS, администратор сервера должен исправить сертификат или настройки протокола TLS.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Обычное подключение к работающему SMTP-серверу; приветствие — ожидаемый первый ответ.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>Клиент отправил STARTTLS, и сервер согласился согласовать TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Многострочное приветствие от postscreen или похожей проверки до приветствия, которое правильный клиент просто дожидается.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Межсетевой экран или перехватывающее устройство переписали баннер, поэтому приветствие не показывает настоящее имя сервера.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Подключитесь и прочитайте приветствие, отметив, сколько времени оно появляется.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Проверьте STARTTLS и посмотрите на сертификат, который сервер предъявляет после ответа 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>Сравните обратную запись DNS для IP-адреса сервера с именем в приветствии.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Повторять нечего: продолжайте с EHLO, а после ответа 220 на STARTTLS начните TLS-рукопожатие и снова отправьте EHLO. Если приветствие не пришло за пять минут, которые допускает RFC 5321, разорвите это соединение и попробуйте следующий MX или повторите попытку позже.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Служба закрывает канал передачи</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 — ответ сервера на QUIT: сеанс окончен, и сервер сейчас закроет TCP-соединение. Это успех только для прощания; никакого вердикта о письмах, отправленных ранее в этом сеансе, он не содержит.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>В самом конце сеанса, после того как клиент отправил QUIT. Postfix отвечает &quot;221 2.0.0 Bye&quot;, Exchange — &quot;221 2.0.0 Service closing transmission channel&quot;, Exim — &quot;221 mail.example.com closing connection&quot;. Он часто стоит в конце записи сеанса, где выше есть ошибка, поэтому его ошибочно и обвиняют.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Исправлять нечего. При отладке прокрутите вверх: судьбу письма определяет ответ, пришедший после завершающей точки после DATA (250 — принято, 4xx или 5xx — нет). Разбираться стоит, только если сервер закрывает соединение вообще без 221 или отправляет 221 в ответ не на QUIT: это указывает на тайм-аут, аварийное завершение или промежуточное устройство, обрывающее сеанс.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>Клиент закончил работу и отправил QUIT — обычное завершение любого сеанса.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>Клиент ранее получил отказ, например 550 на RCPT TO, и вежливо закрыл сеанс командой QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Тестовая программа или проба мониторинга подключилась, проверила приветствие или ответ на EHLO и отключилась.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Найдите настоящий результат в той же записи сеанса: ответ сразу после точки, завершающей данные, или отказ на MAIL FROM или RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>На сервере с Postfix прочитайте строки disconnect: в них подсчитана каждая команда и число её успешных выполнений (например, data=1 quit=1), а отсутствие quit означает, что клиент оборвал соединение.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Повторять нечего: сеанс завершился нормально. Письма, на конец данных которых пришёл ответ 250, переданы; те, что ранее получили ответы 4xx, остаются в очереди отправителя и повторяются по своему расписанию.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Аутентификация успешна</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 означает, что обмен AUTH прошёл успешно: сервер принял имя пользователя и пароль или токен, и клиент аутентифицирован до конца этого сеанса. Обычно сопровождается расширенным кодом 2.7.0. Сама по себе аутентификация не позволяет отправлять от имени любого адреса: сервер может после этого всё равно отклонить отправителя или получателей.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>При отправке через порт 587 или 465 (submission), обычно после STARTTLS, сразу после завершения AUTH PLAIN, AUTH LOGIN, XOAUTH2 или другого механизма SASL. Его видят почтовые клиенты, принтеры и сканеры, веб-приложения и MTA, ретранслирующие почту через smarthost; Postfix отправляет &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Со входом как таковым исправлять нечего. Если после 235 почта всё равно не уходит, читайте следующий ответ: 553 или 550 на MAIL FROM обычно означает, что учётной записи нельзя отправлять от этого адреса (например, reject_sender_login_mismatch в Postfix), а последующие ошибки 5.7.x указывают на политику. Администраторам серверов стоит также следить за ответами 235 для незнакомых IP-адресов или стран: успешный вход с украденным паролем — начало многих спам-рассылок со взломанных учётных записей.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>Клиент отправил правильные учётные данные, использовав механизм, который предложил сервер, по соединению, которое сервер считает достаточно защищённым.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Пароль приложения или токен OAuth принят для учётной записи, которая требует его вместо обычного пароля.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Взломанной учётной записью пользуется спамер; такой вход выглядит точно так же, как законный.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Воспроизведите вход с помощью swaks (он запросит пароль), чтобы отделить проблемы с учётными данными от проблем с настройкой клиента.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>На сервере с Postfix выведите, какие учётные записи входили с каких клиентских адресов.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Если за 235 следует отказ отправителю, проверьте, как сервер связывает имена для входа с адресами отправителя.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Повторять нечего; продолжайте с MAIL FROM. Не отправляйте AUTH ещё раз в том же сеансе: после успешного AUTH RFC 4954 требует, чтобы сервер отклонял повторную команду кодом 503.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Запрошенное действие с почтой выполнено</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>отправлено но не получено</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 — общий ответ об успехе: команда выполнена. Им отвечают на EHLO (со списком расширений), MAIL FROM, каждый принятый RCPT TO, RSET, NOOP и, главное, на конец данных письма, где он означает, что принимающий сервер взял на себя ответственность за доставку письма или за отправку уведомления о недоставке. Попадания во «Входящие» он не обещает: принимающий сервер может всё же отправить письмо в спам или позже потерпеть сбой и прислать уведомление о недоставке.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>На протяжении всего обычного сеанса. На вопрос «ушло ли моё письмо?» отвечает 250 после завершающей точки, который MTA записывают в журнал вместе с текстом принимающего сервера, например в Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;, когда следующий узел — тоже Postfix. ETRN (RFC 1985) и ATRN (RFC 2645) также используют 250, чтобы сообщить, что обработка очереди или обратное соединение начались.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Исправлять нечего: принимающий сервер принял команду или письмо. Если получатель говорит, что письмо так и не пришло, сообщите ему время, адрес отправителя и идентификатор в очереди или текст, следовавший за 250 в вашем журнале; администратор получателя затем ищет в своих журналах, карантине и папке «Спам», потому что с этого момента за письмо отвечает его сервер.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>Команда была корректной и разрешённой, поэтому сервер её выполнил.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>На этапе конца данных письмо прошло проверки принимающего сервера и поставлено в очередь на доставку.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>Принимающий сервер сначала принимает, а фильтрует потом (контент-фильтр после очереди или провайдер, молча отправляющий письма в карантин), поэтому он ответил 250 на письмо, которое не попадёт во «Входящие».</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Найдите в журнале отправляющего Postfix строку о принятии письма для этого получателя вместе с текстом, который вернул принимающий сервер.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>На сервере-отправителе с Exim соберите все строки журнала о доставках этому получателю.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Попросите администратора получателя отследить письмо на своей стороне по идентификатору в очереди или Message-ID из ответа 250 (трассировка сообщений в Microsoft 365, Email Log Search в Google Workspace).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Повторять нечего: после 250 на конец данных отправляющий MTA помечает этого получателя как обработанного и удаляет свою копию. Повторная отправка создаст лишь дубликат; вместо этого разбирайтесь на принимающей стороне.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail принял письмо; метка времени и идентификатор позволяют найти его в журналах Google. Принятие ничего не говорит о том, положит ли Gmail письмо во «Входящие» или в спам.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange и Exchange Online отвечают на конец данных кодом 2.6.0, Message-ID письма и внутренним идентификатором; именно Message-ID администратор получателя ищет в трассировке сообщений.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Пользователь не локальный; письмо будет переслано на &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 принимает получателя, сообщая клиенту, что ящика на этом сервере нет и письмо будет переслано на адрес, указанный в тексте ответа. Это успех: почта будет доставлена. RFC 5321 разрешает серверам вместо этого молча пересылать письмо с ответом 250, и большинство так и делает, поэтому 251 встречается редко. В расширении ETRN (RFC 1985) тот же номер означает &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>В ответ на RCPT TO или VRFY от серверов, настроенных сообщать о пересылке, — обычно старых или специализированных систем, после того как пользователь перешёл на новый адрес; Postfix, Exim и Exchange пересылают молча и отвечают 250. Также в ответ на ETRN, когда у сервера ничего нет для запрошенного домена, например когда fetchmail в режиме ETRN опрашивает резервный MX.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Исправлять нечего: получатель получит письмо. Отправитель может заменить адрес в адресной книге на новый из текста ответа, но RFC 5321 предупреждает, что клиентам следует делать это автоматически, только если они доверяют серверу, и клиентская программа не обязана на это реагировать. После ответа 251 на ETRN просто нет почты в очереди, которую можно забрать для этого домена.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>Ящик получателя переехал, и сервер настроен раскрывать адрес пересылки.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>В запросе ETRN указан домен, для которого у сервера нет писем в очереди.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Устаревший сервер всё ещё выдаёт уведомление о пересылке в стиле RFC 821, от которого большинство современных MTA отказались из соображений конфиденциальности.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Прочитайте forward-path в тексте ответа и подтвердите новый адрес у получателя, прежде чем менять сохранённые адреса.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>Для ETRN посмотрите, что на самом деле хранит для домена сервер с очередью.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Повторите ETRN вручную (сначала EHLO, затем ETRN example.com) и прочитайте ответ.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Повторять нечего: получатель принят, и диалог продолжается следующими RCPT TO или DATA. После ответа 251 на ETRN опросите сервер снова по обычному расписанию, а не повторяйте ETRN сразу же.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Проверить пользователя через VRFY нельзя, но письмо будет принято и сервер попытается его доставить</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 отвечает на VRFY, не подтверждая и не опровергая адрес: сервер не хочет или не может сказать, существует ли ящик, но примет для него почту и попытается её доставить. RFC 5321 предписывает серверам, отключающим VRFY из соображений безопасности, отвечать 252, поэтому сегодня в Интернете это обычный ответ на VRFY. В ETRN (RFC 1985) 252 означает &quot;OK, pending messages for node &lt;x&gt; started&quot;.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>После VRFY, в основном от сборщиков адресов, сервисов чистки списков и сканеров, иногда от администратора, проверяющего вручную. qmail всегда отвечает &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail использует ту же формулировку с 2.1.5, а Exim без ACL для VRFY отвечает &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Исправлять нечего: 252 — это вежливый отказ сервера проверять адрес, так что не считайте его доказательством существования адреса. Принимается ли почта для адреса, видно только по ответу на RCPT TO в настоящей транзакции. Включать ли VRFY, решает администратор получателя; держать его выключенным — нормально и рекомендуется.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>VRFY отключён на сервере, чтобы не допустить сбора адресов, поэтому сервер даёт нейтральный ответ 252.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>Сервер — это MX или ретранслятор, который принимает почту для домена, но не может проверять ящики на конечном сервере.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Запрос ETRN для домена с почтой в очереди принят, и доставка ожидающих писем началась.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Проверьте тот же адрес командой RCPT TO — для доставки важна именно она — и остановитесь перед DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>На собственном сервере с Postfix посмотрите, отключён ли VRFY (тогда Postfix отвечает 502, а не 252).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Повторять нечего: повторный VRFY даст тот же 252. Продолжайте настоящую почтовую транзакцию или отправьте QUIT.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail никогда не проверяет адреса через VRFY: он даёт этот нейтральный ответ, заимствованный из формулировки qmail, независимо от того, существует ли ящик.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, запущена отправка &lt;n&gt; ожидающих писем для узла &lt;x&gt;</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 — ответ об успехе на ETRN (RFC 1985): сервер начал доставлять письма, которые он держал для указанного домена или хоста, и сообщает, сколько их. Он существует только в расширении ETRN, которое позволяет периодически подключающейся площадке попросить свой резервный MX или почтовый сервер провайдера вытолкнуть к ней очередь.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Только после команды ETRN, которую обычно отправляет fetchmail в режиме ETRN, почтовый сервер небольшого офиса при поднятии канала связи или администратор, проверяющий вручную. Серверы могут вместо этого отвечать на ETRN более простыми 250 или 252, и многие так делают (Postfix, например, отвечает 250), поэтому 253 встречается редко.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Исправлять нечего: обработка очереди началась. Задержанные письма приходят по новым входящим SMTP-соединениям на собственный сервер клиента, поэтому если они не появляются, администратор клиента проверяет, что этот сервер доступен по порту 25 с сервера, хранящего очередь, и что его записи MX и межсетевой экран настроены правильно.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>Площадка клиента вышла в сеть и отправила ETRN для своего домена серверу, который держит для неё почту в очереди.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail или задание по расписанию регулярно выдаёт ETRN от имени почтового сервера с коммутируемым или динамическим подключением.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>После 253 следите в журнале своего сервера за входящими доставками.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>На ретранслирующем сервере с Postfix, который держит почту, при необходимости вручную вытолкните отложенные письма для домена.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>На ретранслирующем сервере с Exim запустите обработку очереди для писем, адресованных домену.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Повторять нечего: выталкивание очереди идёт. Отправляйте ETRN снова только при следующем подключении или плановом опросе, а не в цикле, пока идёт доставка.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Запрос сервера (далее текст в base64)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 — промежуточный ответ внутри обмена AUTH: сервер ждёт следующую порцию данных аутентификации, а текст после кода — запрос (challenge) в кодировке base64, который может быть пустым. Клиент отвечает одной строкой base64 или одиночной звёздочкой для отмены, а обмен завершается кодом 235 при успехе или ошибкой, например 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Сразу после того, как клиент отправляет AUTH при отправке почты (submission). При AUTH LOGIN серверы отправляют &quot;334 VXNlcm5hbWU6&quot; и &quot;334 UGFzc3dvcmQ6&quot;, что декодируется в &quot;Username:&quot; и &quot;Password:&quot;; при AUTH PLAIN без начального ответа запрос пустой. При XOAUTH2 Gmail отправляет 334, текст которого в base64 — JSON с ошибкой, если токен OAuth отклонён.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>Само по себе ничего не сломано: клиентская программа должна ответить на запрос. Если сеанс зависает или завершается сбоем после 334, клиент отправляет не то (незакодированный текст, не тот механизм или просроченный токен). Декодируйте запрос, чтобы увидеть, чего хочет сервер; при JSON-ошибке XOAUTH2 отправитель должен обновить токен OAuth или выдать область доступа к почте (scope), а затем повторить попытку.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>Клиент начал AUTH LOGIN, при котором имя пользователя и пароль всегда запрашиваются в два шага 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>Клиент отправил AUTH PLAIN или другой механизм без начального ответа, поэтому сервер присылает пустой запрос.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Механизм «запрос — ответ», например CRAM-MD5, присылает одноразовое значение (nonce) в base64, на которое клиент должен ответить дайджестом с ключом.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Токен XOAUTH2 просрочен, отозван или не содержит области доступа к почте, и сервер сообщает об этом запросом с JSON в base64 перед окончательным отказом.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Декодируйте текст запроса, чтобы увидеть, что просит сервер.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Соберите строку AUTH PLAIN для ручной проверки с тестовой учётной записью; она только закодирована, а не зашифрована, поэтому используйте её только поверх TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Выполните весь обмен AUTH поверх TLS с помощью swaks и прочитайте в записи сеанса каждый шаг 334.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Продолжайте диалог: отправьте следующую строку ответа в base64 или одиночную звёздочку, чтобы прервать обмен, на что сервер ответит 501. Не начинайте AUTH заново после каждого 334.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>В XOAUTH2 Google сообщает об отклонённом токене доступа запросом 334, текст которого в base64 декодируется в JSON с полями status, schemes и scope; клиент отвечает пустой строкой и затем получает окончательный ответ об отказе.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Начните ввод письма; завершите его последовательностью &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 — разрешение продолжать после DATA: у сервера есть хотя бы один принятый получатель, и теперь он ждёт само письмо, заголовки и тело, заканчивающееся строкой из одной точки. Это промежуточный ответ, а не принятие; вердикт о письме — ответ после завершающей точки.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Сразу после того, как клиент отправляет DATA; у BDAT такого шага нет. Типичные тексты: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. При ручной проверке в этот момент вводят заголовки, пустую строку и тело.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>На этом этапе исправлять нечего. Проблемы, возникающие сразу после 354, относятся к фазе передачи данных: если сеанс зависает или обрывается по тайм-ауту при отправке большого письма, подозревайте сетевой путь (проблемы с MTU, промежуточное устройство, инспектирующее SMTP) или медленный канал; администратору отправителя стоит сравнить с маленьким тестовым письмом. Если сервер отклоняет письмо после точки, читайте тот ответ, а не 354.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>Клиент отправил DATA после того, как хотя бы один RCPT TO был принят, поэтому сервер готов к приёму содержимого.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Ручная проверка с telnet или openssl дошла до этапа передачи данных.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>При PIPELINING клиент отправил DATA в одном пакете со своими получателями, и 354 подтверждает, что хотя бы один из них принят.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Отправьте маленькое тестовое письмо и проследите в записи сеанса за 354 и окончательным ответом.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Если большие письма зависают после 354, а маленькие проходят, проверьте MTU пути до сервера.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>На сервере-отправителе с Postfix проверьте, сколько он ждёт передачи данных и окончательного ответа.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Продолжайте диалог: отправьте содержимое с удвоением точек (dot-stuffing) и завершающую точку, затем ждите окончательного ответа, на который RFC 5321 отводит десять минут. Если соединение оборвётся до этого ответа, считайте письмо недоставленным и повторите попытку позже.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-offset — смещение в транзакции</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 относится к экспериментальному расширению CHECKPOINT из RFC 1845 (1995), предназначенному для возобновления прерванных больших передач. Когда клиент повторяет прерванную транзакцию, отправляя MAIL FROM с тем же TRANSID, сервер, сохранивший частичные данные, отвечает 355 с числом в начале строки: отсчитываемым от нуля смещением следующего октета данных письма, который он ожидает. Расширение так и не получило широкого распространения, и распространённые серверы его не предлагают.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Практически никогда. Он может следовать только за MAIL FROM с параметром TRANSID на сервере, объявившем CHECKPOINT в ответе на EHLO. Он есть в списках кодов SMTP ради полноты; в реальном трафике 355 скорее придёт от тестовой программы или неправильно работающего сервера.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>При обычной работе исправлять нечего. Если клиент получает 355, не используя CHECKPOINT, сервер работает неправильно и нужно сообщить его администратору; клиентская программа, никогда не отправлявшая TRANSID, не может осмысленно продолжить такую транзакцию и должна её сбросить. Для очень больших писем соблюдайте предел SIZE, объявленный сервером, или отправляйте ссылку вместо вложения.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Клиент, реализующий RFC 1845, переподключился после прерванной передачи и повторил MAIL FROM с тем же TRANSID.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Тестовый или mock-сервер SMTP, выдающий коды из справочного списка, вернул 355 без настоящей поддержки контрольных точек.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Проверьте, объявляет ли сервер это расширение вообще: CHECKPOINT должен быть в его ответе на EHLO.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Поищите в строке MAIL FROM, отправленной клиентом, параметр TRANSID=; без него 355 не имеет смысла.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Продолжает только клиент, использующий CHECKPOINT: он отправляет данные письма с указанного смещения, как описано в RFC 1845. Любой другой клиент должен отправить RSET и повторить передачу всего письма с начала.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Истекло время ожидания соединения</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 не является кодом ответа SMTP ни в одном RFC; списки кодов описывают его как тайм-аут при обмене с удалённым сервером. Это число в основном приходит из Novell GroupWise, чей Internet Agent (GWIA) записывает &quot;420 TCP read error&quot; или &quot;420 TCP write error&quot; для своих тайм-аутов при исходящей доставке. Его легко спутать с настоящим ответом 421 или с расширенным кодом 4.2.0, записанным без точек.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>При исходящей доставке в системе GroupWise: GWIA подключился к удалённому хосту, затем чтение или запись зависли до истечения тайм-аута (по умолчанию пять минут для чтения TCP), и он записал 420 у себя, прежде чем переместить письмо в очередь отложенных (defer queue). Удалённый сервер никогда не отправлял 420. В других программах &quot;420&quot; в заявке — обычно неверно прочитанный 421 или 4.2.0.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>Администратор отправителя исследует сетевой путь; GroupWise повторяет отложенную почту по своему расписанию. Если сбой только с одним направлением, подозревайте этот принимающий сервер: фильтр, который тормозит ваш IP или ставит его в tarpit, или имя в HELO, не совпадающее с вашим публичным адресом. Если сбой со всеми направлениями, проверьте свой межсетевой экран, MTU маршрутизатора, сетевую карту и интернет-канал; захват пакетов одного неудачного сеанса обычно всё проясняет.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Межсетевой экран или маршрутизатор между GroupWise Internet Agent и Интернетом стопорит поток TCP, например из-за проблем с MTU или определением MTU пути при больших вложениях.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>Принимающий сервер замедляется или перестаёт отвечать посреди сеанса (tarpitting, перегрузка или фильтр, которому не нравится IP отправителя), пока не истечёт тайм-аут чтения GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Повреждённый файл письма в каталоге отправки GWIA, который агент не может передать.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Кто-то записал ответ 421 или расширенный статус 4.2.0 (например, временный отказ из-за грейлистинга) как 420.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Найдите в журнале агента или MTA настоящий диалог SMTP для недоставленного письма и отметьте фактический ответ и расширенный код.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Проверьте, доходят ли пакеты полного размера до принимающего сервера без фрагментации (1472 байта полезной нагрузки плюс заголовки дают 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Проведите полный тестовый сеанс с того же хоста и посмотрите, где он зависает.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Ничего особенного: программа, записавшая код, считает его временным и повторяет попытки из своей очереди отложенных. Если одно направление не работает часами, перестаньте ждать и диагностируйте соединение.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Служба недоступна, канал передачи закрывается</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>ограничение частоты отправки</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>Сервер закрывает соединение и не будет обрабатывать ни эту, ни какую-либо следующую команду сеанса. Это может быть приветствие (служба сейчас недоступна) или ответ на любую более позднюю команду, когда сервер должен завершить работу, упёрся в ограничение или решил отключить клиента. Клиент должен прекратить, переподключиться позже и тем временем может попробовать другой хост MX.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Чаще всего в приветствии или сразу после EHLO, MAIL FROM или RCPT TO. Типичные источники: postscreen и smtpd в Postfix (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim и Exchange при достижении ограничений на подключения или остановке службы, а также крупные провайдеры, ограничивающие IP-адреса с плохой репутацией (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Обычно достаточно дать очереди повторить попытку. Если ответ не проходит, администратор отправителя читает текст: ограничение на подключения или частоту означает меньше параллельных соединений и более медленный темп отправки на этот домен (в Postfix — отдельный транспорт с меньшим пределом одновременных доставок на направление и задержкой между письмами); блокировка по репутации означает проверку чёрных списков, PTR, SPF, DKIM, DMARC и доли жалоб, а затем отправку меньшего объёма почты, которую получатели действительно ждут. Если текст указывает на остановку или локальные проблемы у принимающего сервера, исправить это может только администратор получателя.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>Принимающий сервер ограничивает IP отправителя из-за репутации или объёма (жалобы на спам, резкий рост объёма, попадание в чёрный список).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Слишком много одновременных подключений от одного клиента или достигнуто ограничение на частоту подключений.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>Служба SMTP завершает работу, перезапускается или исчерпала рабочие процессы.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>Клиент был слишком медленным или отправил слишком много неверных команд, и сервер завершил сеанс (тайм-аут или предел ошибок).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Требование TLS или политики для домена получателя не выполнено, и провайдер закрывает сеанс (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Прочитайте текст временного отказа, записанный для этого направления: в нём названо сработавшее ограничение или блокировка.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Проверьте, нет ли IP отправителя в публичном чёрном списке (запрос с октетами в обратном порядке).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Убедитесь, что у IP отправителя есть запись PTR, имя в которой разрешается обратно в тот же IP.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Посчитайте, сколько исходящих SMTP-соединений ваш сервер держит открытыми одновременно.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами; сеанс окончен, поэтому переподключайтесь, а не отправляйте новые команды. Перейти к следующему хосту MX можно, но повторные подключения к одному и тому же хосту раз за разом только продлевают ограничение по репутации.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail ограничивает частоту для IP отправителя из-за его репутации или трафика, похожего на спам; ограничение снимается, когда объём снижается и репутация восстанавливается.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo откладывает почту с этого IP из-за доли жалоб или необычного объёма; метка в квадратных скобках (TSS04 и подобные) — собственный код причины Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Нет базового определения (связан с X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Ни один RFC не определяет ответ 422. Реестр расширенных кодов состояния IANA указывает 422 рядом с 432 как базовые коды для X.7.12 (нужен переход на другой пароль), тогда как RFC 4954, который определяет X.7.12, использует только 432 4.7.12. Если вам встретился 422, читайте его как временный сбой со смыслом 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>На практике в сеансах почти не встречается; мы не знаем ни одного распространённого сервера, который бы его отправлял. Его находят в таблице реестра IANA или в библиотеках списков кодов, копирующих связи из реестра. Сервер, который всё же его отправил бы, сделал бы это в ответ на AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Поступайте как с 432: пользователь (или клиентская программа за него) один раз аутентифицируется механизмом с открытым паролем, например PLAIN поверх TLS, чтобы сервер мог получить учётные данные, нужные более сильному механизму, а затем возвращается к обычному механизму. Если сервер продолжает отвечать 422, его администратору следует проверить бэкенд аутентификации и перейти на документированный ответ 432.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Сохранённые учётные данные учётной записи ещё не существуют в том виде, который нужен запрошенному механизму SASL, например после смены способа хранения паролей.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Сервер или библиотека, скопировавшие связь из реестра IANA и выдающие 422 там, где RFC 4954 предписывает 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Попробуйте ту же учётную запись с AUTH PLAIN поверх STARTTLS и посмотрите, принимает ли её сервер (swaks запросит пароль).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Прочитайте журнал аутентификации сервера в районе неудачной попытки.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Не повторяйте по кругу тот же механизм. Один вход через PLAIN поверх TLS должен позволить более сильному механизму работать в следующих сеансах; почтовому клиенту следует сообщить пользователю, а не повторять попытки молча.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Нет базового определения (связан с X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Ни один RFC не определяет ответ 430. Реестр расширенных кодов состояния IANA называет 430 среди базовых кодов, используемых с X.5.1 (недопустимая команда), поэтому код попал в каталог только благодаря этой связи. Читайте его как временный отказ выполнить команду, которую сервер счёл недопустимой.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>В реальных сеансах редко: он есть в реестре и в библиотеках, которые его копируют. Сервер, который всё же его отправляет, делал бы это после команды, которую не принял: неизвестного слова команды, команды не по порядку или команд, отправленных конвейером без поддержки PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>Клиентская программа (или тот, кто её сопровождает) смотрит на команду, вызвавшую ответ: слова команд с опечатками или неподдерживаемые, команды до EHLO или до завершения рукопожатия STARTTLS, конвейерная отправка, которую сервер никогда не объявлял. Исправьте диалог; если команда корректна, администратор сервера должен объяснить, почему тот отвечает незарегистрированным кодом.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>Клиент отправил команду, которую сервер не распознаёт или не допускает на этом этапе сеанса.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Реализация сервера, понявшая связь из реестра буквально и отвечающая 430 с X.5.1 как мягкой формой 500 или 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Воспроизведите сеанс вручную и отметьте, какая команда получает 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>Сравните эту команду с возможностями, которые сервер перечисляет в ответе на EHLO.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Клиент может один раз повторить попытку позже, как для любого 4xx, но недопустимая команда остаётся недопустимой: если та же команда снова получает 430, исправьте её, а не повторяйте.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Недостаточно места на диске / нехватка памяти</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 не является кодом ответа SMTP ни в одном RFC. Списки кодов утверждают, что он означает нехватку места на диске или памяти у принимающего сервера; это толкование взято из расширенного кода состояния 4.3.1 (почтовая система переполнена), записанного без точек. На практике это состояние приходит как 452, обычно &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>В таблицах кодов и в отчётах, где кто-то сократил 4.3.1. Реальные примеры этого состояния: Postfix отвечает на MAIL FROM &quot;452 4.3.1 Insufficient system storage&quot;, когда в файловой системе его очереди заканчивается место, а противодавление (back pressure) Microsoft Exchange отвечает &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Отправителю остаётся только дать очереди повторить попытку. Администратор получателя освобождает место в файловой системе очереди или спула, проверяет память и размер очереди, а в Exchange читает события противодавления (back pressure) и смотрит том, на котором лежит база данных транспортной очереди.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>Раздел очереди или спула принимающего MTA почти заполнен, поэтому он отказывается принимать новую почту, пока не освободится место.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Противодавление (back pressure) в Exchange: транспортная служба обнаружила нехватку места на диске или высокое потребление памяти и перестала принимать письма.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Журналы, хранилище почтовых ящиков или застрявшая очередь заполнили раздел, на который пишет MTA.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>На принимающем сервере проверьте свободное место в файловой системе, где находится почтовая очередь.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Сравните порог свободного места Postfix с его ограничением размера: Postfix принимает почту, только если свободно в 1,5 раза больше, чем message_size_limit.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Найдите отказ в журнале, чтобы подтвердить настоящий код и текст.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Обрабатывайте его как 452, которым он на самом деле является: повторите попытку позже с нарастающими интервалами. Нехватка диска и памяти обычно устраняется за время от нескольких минут до нескольких часов, как только администратор отреагирует.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Нужен переход на другой пароль</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>Сервер хочет, чтобы пользователь перешёл на другой механизм аутентификации, и пока не может завершить запрошенный. RFC 4954 определяет его как &quot;432 4.7.12 A password transition is needed&quot;: обычно пользователь один раз входит через PLAIN поверх TLS, что позволяет серверу построить учётные данные, нужные выбранному механизму, и с этого момента этот механизм работает.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>В ответ на AUTH на порту отправки (submission), после того как сервер изменил способ хранения паролей или включил механизм «запрос — ответ» (например, CRAM-MD5 или SCRAM) для учётных записей, чей сохранённый пароль пока для него не годится. На практике редок. Некоторые списки кодов описывают 432 как «остановлена входящая очередь Exchange»; это неверное прочтение расширенного кода 4.3.2, а не этот ответ.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>Пользователь (или почтовый клиент за него) один раз аутентифицируется через AUTH PLAIN по зашифрованному соединению, а затем возвращается к предпочтительному механизму. Если клиент этого не умеет, администратор сервера может сбросить пароль (при этом сохранённые учётные данные создаются заново) или разрешить PLAIN поверх TLS для этой учётной записи.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>Пароль учётной записи хранится в виде, который запрошенный механизм (например, типа «запрос — ответ») не может использовать, пока сервер хотя бы раз не увидит пароль в открытом виде.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>Администратор перешёл на новую схему хранения паролей и преобразует каждую учётную запись при её следующем входе с открытым паролем.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Выведите механизмы, которые сервер предлагает после STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Войдите один раз через PLAIN поверх TLS, затем в новом сеансе снова попробуйте исходный механизм.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Не повторяйте тот же механизм AUTH без изменений. Выполните один вход через PLAIN поверх TLS, затем используйте исходный механизм в следующем сеансе; тем временем письмо ждёт в папке «Исходящие» клиента.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>Сервер получателя не отвечает</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 не является кодом ответа SMTP ни в одном RFC. Списки, описывающие его как «сервер получателя не отвечает», взяли расширенный код состояния 4.4.1 (нет ответа от хоста) и отбросили точки. Сервер, который не отвечает, не может прислать ответ, поэтому это всегда статус, который ваш собственный MTA записывает о неудачном подключении.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>В предупреждениях о задержке и списках очереди, когда ваш сервер не смог подключиться ни к одному MX назначения. Postfix записывает это в журнал как &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; с dsn=4.4.1, а предупреждение о задержке содержит Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>Администратор отправителя сначала проверяет, открыт ли исходящий порт 25 на отправляющем хосте (многие облачные и домашние сети его блокируют) и разрешаются ли и слушают ли хосты MX назначения. Если сбой только с одним доменом, его администратор должен исправить записи MX, межсетевой экран или упавший сервер; после этого очередь доставит почту.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>Исходящий TCP-порт 25 заблокирован хостинг-провайдером отправителя, интернет-провайдером или межсетевым экраном.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Хосты MX домена получателя не работают, перегружены или закрыты межсетевым экраном от IP отправителя.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>Запись MX указывает на неверный или устаревший адрес или на хост, доступный только по тому семейству адресов (IPv4 или IPv6), которое отправитель не использует.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Выведите хосты MX назначения.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Откройте обычное TCP-соединение с портом 25 первого MX и дождитесь приветствия 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Посмотрите, что очередь записала для отложенных писем.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>Ваш MTA сам повторяет попытки с нарастающими интервалами и сдаётся только по истечении срока хранения в очереди (в Postfix по умолчанию пять дней). Вручную ничего отправлять повторно не нужно, если только не пришло окончательное уведомление о недоставке.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Соединение оборвано</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 не является кодом ответа SMTP ни в одном RFC. Списки, называющие его «соединение оборвано», цитируют расширенный код состояния 4.4.2 (плохое соединение) без точек. Он описывает сеанс, прервавшийся на середине, по сообщению вашего собственного MTA; когда сервер всё же что-то об этом говорит, настоящий ответ обычно 421 4.4.2 или 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>В ваших собственных журналах и уведомлениях о задержке после обрыва сеанса: Postfix сообщает &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; с dsn=4.4.2, Gmail сообщает зависшему клиенту &quot;451 4.4.2 Timeout - closing connection&quot;, а smtpd в Postfix сообщает медленному клиенту &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Время от времени ничего делать не нужно: очередь повторит попытку. Если это повторяется с одним направлением, администратор отправителя ищет промежуточное устройство (межсетевой экран, инспекцию SMTP, VPN или балансировщик нагрузки), сбрасывающее долгие сеансы, проблемы с MTU при больших письмах и принимающий сервер, чьи контент-фильтры слишком долго работают после завершающей точки.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Межсетевой экран или функция инспекции SMTP между серверами сбрасывает или стопорит сеанс, часто при передаче большого тела письма.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Проблемы с MTU пути: короткие команды проходят, а пакеты полного размера с телом письма отбрасываются.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>Принимающий сервер или его антивирусный сканер после конца данных работал дольше тайм-аута клиента или аварийно завершился посреди сеанса.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Нестабильный канал или тайм-аут таблицы NAT на одной из сторон.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Найдите, где оборвался сеанс: &quot;while sending message body&quot; указывает на размер или MTU, &quot;while receiving the initial server greeting&quot; — на фильтрацию.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Измерьте MTU пути до принимающего сервера.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Повторите попытку позже. Сеанс, оборванный до ответа на завершающую точку, считается недоставкой, поэтому письмо отправляется целиком заново, что изредка приводит к дубликату.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Превышено максимальное число транзитных узлов</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 не является кодом ответа SMTP ни в одном RFC. Списки, описывающие его как «превышено максимальное число транзитных узлов», цитируют расширенный код состояния 4.4.6 (обнаружена петля маршрутизации) без точек. Это состояние — почтовая петля: письмо прошло через столько серверов (их считают по заголовкам Received:), что какой-то MTA его остановил; на практике об этом сообщается как о постоянном сбое — 5.4.6 или 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>В уведомлениях о недоставке после того, как письмо ходило по кругу: два сервера, каждый из которых считает конечным другой, пересылка, указывающая сама на себя, или зацикленная цепочка псевдонимов. Postfix останавливает такую почту, как только в ней набирается hopcount_limit (по умолчанию 50) заголовков Received:, и сообщает о петлях вроде &quot;mail forwarding loop for user@example.com&quot; с DSN 5.4.6; Exchange Online сообщает &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>Администратор домена, в котором возникает петля (обычно на стороне получателя), читает заголовки Received: в уведомлении о недоставке, чтобы найти повторяющиеся хосты, а затем устраняет причину: настройки MX или ретрансляции, указывающие друг на друга, домен, который на одном сервере локальный, а на другом ретранслируется, или правило пересылки, отправляющее почту обратно на тот же адрес.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Два почтовых сервера, каждый из которых настроен ретранслировать домен на другой, например после миграции, когда и старая, и новая системы пересылают домен друг другу.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Пересылка или псевдоним ящика, указывающие — напрямую или через цепочку — обратно на себя.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Резервный MX или smart host, отправляющий почту домена обратно на основной сервер, который её возвращает.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Автоответчик или список рассылки, без конца отвечающий другому автоответчику.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Посчитайте заголовки Received: в возвращённой копии; десятки таких заголовков подтверждают петлю.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Посмотрите, какие хосты повторяются в цепочке Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Проверьте предел числа транзитных узлов на сервере с Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Проверьте, что записи MX и настройки ретрансляции согласованы в том, какой сервер является конечным для домена.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Не повторяйте без изменений: петля будет повторяться, пока не исправят конфигурацию. Отправьте письмо повторно после того, как петля разорвана.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Истекло время отправки исходящего письма</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 не является кодом ответа SMTP ни в одном RFC. Списки, называющие его «истекло время отправки исходящего письма», имеют в виду расширенный код состояния 4.4.7 (истёк срок доставки) без точек: письмо пробыло в очереди дольше допустимого, и MTA предупредил об этом или сдался. Это статус очереди, о котором сообщают предупреждения о задержке и уведомления о недоставке, а не то, что удалённый сервер говорит во время сеанса.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>В уведомлениях о задержке и окончательных уведомлениях о недоставке, когда истёк срок хранения в очереди, а в отчётах о недоставке Exchange — как &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. Настоящая причина — то, что продолжало давать сбой все эти дни: обычно ответ 4xx от принимающего сервера или полное отсутствие соединения.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>Администратор отправителя читает последнюю ошибку, записанную для письма, — в очереди или в диагностической строке уведомления о недоставке, — потому что именно она и есть настоящая причина (отвергнутые подключения, так и не пройденный грейлистинг, блокировка по репутации, мёртвый MX). Устраните её, и после этого отправитель отправит письмо повторно. Увеличение срока хранения в очереди лишь скрывает проблему.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>MX назначения был недоступен весь срок хранения в очереди (не работал, закрыт межсетевым экраном или записи MX неверны).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>Принимающий сервер продолжал отвечать временными ошибками (ограничения частоты, грейлистинг, временные отказы по репутации), пока отправитель не сдался.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Проблема с маршрутизацией или DNS на отправляющей стороне не давала ни одной попытке покинуть очередь.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Короткий срок хранения в очереди или срока действия письма в настройках отправляющего сервера.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Прочитайте последнюю причину временного отказа у писем, всё ещё стоящих в очереди на этот домен.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Проверьте, сколько времени Postfix продолжает попытки, прежде чем вернуть письмо отправителю.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>В Exim выведите правило повторных попыток, применяемое к этому направлению.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Для этой копии повторять больше нечего: отправляющий MTA уже сдался. Отправьте письмо повторно вручную, когда причина, названная в последней записанной ошибке, будет устранена.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Ошибка маршрутизации</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 не является кодом ответа SMTP ни в одном RFC. Списки описывают его как ошибку маршрутизации и связывают с Microsoft Exchange, который, как говорят, использовал незарегистрированный расширенный код 4.4.9 для некоторых внутренних сбоев маршрутизации; зарегистрированный код для такой ситуации — X.4.4 (маршрутизация невозможна). Никто не отправляет 449 в качестве ответа во время сеанса.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Согласно этим спискам — в очередях и отчётах о недоставке старых Exchange Server (эпохи 2000/2003), когда письмо не удавалось маршрутизировать, например потому что адресное пространство соединителя не подходило или получатель относился к удалённой группе маршрутизации; сегодня в основном в скопированных таблицах кодов.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>Администратор отправляющей организации проверяет собственную маршрутизацию: соединители или smart host, обслуживаемые (accepted) домены и разрешение DNS для назначения. Затем отправьте тестовое письмо на тот же домен и прочитайте настоящий ответ или статус DSN; в современных системах аналог обычно 4.4.4 или 5.4.4, либо сбой DNS, о котором сообщается как о 4.4.3.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Настройки соединителя отправки или smart host не охватывают домен получателя, поэтому у сервера нет для него маршрута.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>Домен получателя не разрешается с отправляющего сервера (нет ни MX, ни адресной записи, либо не работает локальный резолвер).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Остатки конфигурации маршрутизации (удалённые группы маршрутизации, устаревшие соединители) после миграции.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Проверьте, что у домена назначения есть рабочий MX.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Проверьте разрешение имён с самого почтового сервера, тем резолвером, который он на самом деле использует.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Выведите, как Postfix маршрутизировал бы исходящую почту (сервер-ретранслятор relayhost и таблицы транспорта).</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA считает его временным и продолжает повторять попытки, но пробел в маршрутизации сам не исчезнет: исправьте маршрут или DNS, а затем вытолкните очередь.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Запрошенное действие с почтой не выполнено: почтовый ящик недоступен</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>грейлистинг</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>временная недоставка</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>Сервер пока не выполнил действие для этого получателя или команды, но ожидает, что позже оно может пройти; RFC 5321 приводит в пример занятый ящик и временную блокировку по политике. Сегодня самая частая причина — грейлистинг, за ним следуют временные проверки политики (обратный DNS или домен отправителя, которые не разрешились, ещё идущая проверка адреса) и ограничения частоты для отдельного получателя.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>В основном на RCPT TO, иногда на MAIL FROM. Грейлистинг с postgrey выглядит в Postfix как &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; другие средства грейлистинга используют 450 4.7.1 или 451 4.7.1. Postfix также отправляет &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 в старых версиях), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; и &quot;450 4.1.1 ... unverified address&quot;. Gmail использует 450 4.2.1, когда один получатель получает слишком много почты слишком быстро. В ODMR (RFC 2645) 450 также служит ответом на отклонённый ATRN.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>При грейлистинге никому ничего делать не нужно, пока отправляющий MTA хранит письмо и повторяет попытки с того же адреса: первая повторная попытка после задержки грейлистинга (в postgrey по умолчанию пять минут) будет принята. Если почта от приложения теряется, администратор отправителя настраивает приложение на отправку через настоящий MTA с очередью, а не напрямую на MX получателя. В случаях с политикой администратор отправителя исправляет то, что названо в тексте: запись PTR, разрешающуюся обратно в IP, разрешающийся домен отправителя или более медленный темп отправки занятому получателю. Администратор получателя может внести в белый список крупных отправителей, которые повторяют попытки со множества разных адресов.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Грейлистинг: первый контакт для тройки «IP клиента, отправитель, получатель», отложенный до повторной попытки после задержки грейлистинга.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>У IP клиента нет записи PTR или имя из PTR не разрешается обратно в этот IP, и сервер откладывает письмо, а не отклоняет его.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>Домен отправителя в тот момент не разрешался (тайм-аут DNS или отсутствующие записи), поэтому сервер не смог его проверить.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>Проверка адреса получателя (проба к следующему узлу) ещё не завершилась, или следующий узел был недоступен.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Один получатель получает почту слишком быстро, и провайдер ограничивает частоту для этого ящика.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>Ящик заблокирован или занят на стороне доставки.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Отправитель, который каждый раз повторяет попытку с другого IP или с новым отправителем в конверте, никогда не совпадёт со своей записью грейлистинга.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Прочитайте полный текст временного отказа: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; и &quot;Domain not found&quot; указывают каждый на своё исправление.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Проверьте запись PTR для IP отправителя и то, что её имя указывает обратно на тот же адрес.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>На принимающей стороне посмотрите, для каких отправителей грейлистинг откладывал почту.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Проверьте, что домен отправителя из конверта разрешается.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами, по возможности с того же IP и с тем же отправителем в конверте, и продолжайте попытки несколько дней, прежде чем вернуть письмо; никогда не считайте 450 постоянным. RFC 5321 предлагает интервалы повторных попыток не менее 30 минут; большинство MTA повторяют раньше, что позволяет пройти типичные задержки грейлистинга в несколько минут.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail ограничивает частоту для одного ящика получателя, который получает слишком много почты, а не для отправляющего сервера; последующие попытки обычно проходят.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Запрошенное действие прервано: локальная ошибка обработки</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>грейлистинг</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>временная недоставка</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>Сервер столкнулся с проблемой на своей стороне и прервал выполнение команды; клиент может повторить попытку позже. На практике 451 охватывает локальные неисправности (ошибку конфигурации, неудачный поиск в таблице, неработающий контент-фильтр или milter, очередь, в которую нельзя записать) и очень часто — грейлистинг и временные отказы антиспам-систем на RCPT TO или после данных письма.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>На RCPT TO или после завершающей точки DATA. Распространённые строки: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist и похожие средства грейлистинга), &quot;451 4.3.5 Server configuration error&quot; (Postfix со сломанной таблицей поиска или ограничением), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix, когда milter недоступен и настроен на tempfail), &quot;Temporary local problem - please try later&quot; от Exim и ответы Microsoft об ограничении 451 4.7.5xx и 4.7.6xx.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>MTA отправителя сам повторяет попытки; делать ничего не нужно, если только временные отказы не затягиваются. Тогда работа делится: грейлистинг и ограничения по репутации проходят обычными повторными попытками со стабильного IP с правильными PTR, SPF и DKIM (дело администратора отправителя), а ошибки конфигурации, упавшие milter, заполненные диски и неудачные запросы к каталогу — дело администратора получателя, в чьей строке журнала для того же сеанса назван отказавший компонент.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Грейлистинг или другое антиспам-средство откладывает почту от неизвестных отправителей, часто после данных письма, чтобы можно было оценить содержимое.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Не удался нужный серверу поиск в таблице, базе данных или каталоге (отсутствует файл таблицы, недоступен сервер LDAP или Active Directory).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Контент-фильтр, антивирусная служба или milter не работает или не отвечает вовремя, а сервер настроен откладывать почту, а не принимать непроверенную.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>Сервер не смог записать письмо в свою очередь (диск заполнен, неверные права доступа, сбой процесса cleanup).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Не удалось завершить проверку отправителя обратным вызовом (callout) к домену отправителя.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Ограничение со стороны провайдера из-за репутации или объёма IP отправителя.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Прочитайте расширенный код временного отказа: 4.7.x указывает на политику, 4.3.x — на собственную систему принимающего сервера.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>На принимающем сервере с Postfix найдите предупреждение, записанное для того же сеанса (неудачный поиск в таблицах, ошибки milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>На принимающем сервере с Exim поищите локальную проблему в panic log.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Проверьте, что SPF-запись домена отправителя охватывает IP отправителя, чтобы временные отказы по репутации прекратились.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами и держите письмо в очереди несколько дней. 451 после завершающей точки относится ко всей транзакции, поэтому заново отправляется всё письмо, а не только часть получателей.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Общий временный отказ Gmail; он не называет конкретной причины и обычно проходит при одной из следующих попыток.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com ограничивает IP отправителя из-за его репутации; 4.7.650 — частный расширенный код Microsoft, а не код из реестра IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Запрошенное действие не выполнено: недостаточно места в системе</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>ящик переполнен</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>превышена квота</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>Сервер не может принять это сейчас, потому что достигнуто ограничение ресурса. RFC 5321 называет место для хранения, а также делает 452 правильным ответом, когда у сервера нет места для новых получателей в одной транзакции (&quot;too many recipients&quot;, 452 4.5.3); переполненный ящик (452 4.2.2) и переполненная очередь сервера (452 4.3.1) тоже используют этот код. Все эти случаи временные: та же почта может пройти позже или меньшими порциями.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Слишком много получателей: на RCPT TO, когда достигнут предел на одно письмо, например &quot;452 4.5.3 Error: too many recipients&quot; в Postfix после smtpd_recipient_limit (по умолчанию 1000) или 452 4.5.3 у Gmail. Место: на MAIL FROM, когда в файловой системе очереди Postfix не хватает места (&quot;452 4.3.1 Insufficient system storage&quot;), когда параметр SIZE превышает свободное на данный момент место (RFC 1870), или от противодавления (back pressure) в Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Превышение квоты ящика: на RCPT TO, как 452 4.2.2 у Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Сначала прочитайте расширенный код. При 4.5.3 отправляющая программа ошибается, только если сдаётся: она должна доставить письмо уже принятым получателям, а остальным отправить его в другой транзакции; средства массовой рассылки должны указывать меньше получателей в каждом письме, а администратор получателя, у которого предел ниже 100, нарушает RFC 5321. При 4.2.2 получатель должен очистить ящик. При 4.3.1 администратор получателя освобождает место на диске или разбирается с противодавлением, пока отправитель ждёт.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Команд RCPT TO в одной транзакции больше, чем предел получателей на одно письмо у сервера.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>Ящик получателя превысил квоту.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>Диск очереди или спула принимающего сервера почти заполнен, или в Exchange включилось противодавление (back pressure).</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>SIZE, объявленный в MAIL FROM, больше, чем сейчас свободно на сервере.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Политика провайдера, ограничивающая число получателей в транзакции для домена (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Посмотрите, какой расширенный код пришёл вместе с 452 во временном отказе или уведомлении о недоставке.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>На принимающем сервере с Postfix проверьте предел получателей на одно письмо.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>На принимающем сервере проверьте свободное место там, где находится спул.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Отправьте одно тестовое письмо нескольким получателям, чтобы увидеть, где начинается ограничение.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>Если получателей слишком много, отправьте письмо сейчас принятым получателям, а отклонённых перенесите в новую транзакцию (RFC 5321 4.5.3.1.10); никогда не отбрасывайте их и не возвращайте письмо с уведомлением о недоставке. При нехватке места или превышении квоты повторите попытку позже с нарастающими интервалами. RFC 5321 также просит клиентов считать временным устаревший ответ 552 на слишком большое число получателей.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail принял в этой транзакции только часть списка получателей; остальных нужно отправить в другой транзакции или другим письмом.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Хранилище получателя в Gmail заполнено; доставка снова заработает, когда получатель освободит место или купит дополнительное.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online хочет, чтобы получатели, размещённые в разных регионах центров обработки данных, отправлялись в отдельных транзакциях; отправляющему MTA следует повторить попытку для отклонённых получателей отдельно.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Для вас нет почты</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Часть механизма On-Demand Mail Relay (ODMR, ретрансляция почты по запросу, RFC 2645): ответ на ATRN, когда у сервера нет почты в очереди для доменов, которые запросил клиент. Это скорее информация, чем ошибка: доставлять нечего, поэтому стороны не меняются ролями.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Только на серверах ODMR (порт 366), после того как клиент с динамическим IP-адресом прошёл аутентификацию и отправил ATRN для своих доменов. ODMR сегодня редкость, и некоторые таблицы кодов указывают 453, не упоминая, что он встречается только в этом контексте.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Если очередь действительно пуста, исправлять нечего. Если почта ожидалась, администратор клиента проверяет, что в ATRN указаны правильные домены и что записи MX домена действительно направляют почту к провайдеру ODMR.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>Для запрошенных доменов сейчас нет ожидающей почты.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>Клиент запросил имя домена, под которым сервер ODMR не держит почту в очереди (опечатка, поддомен вместо родительского домена).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Записи MX домена не указывают на провайдера ODMR, поэтому его почта никогда не попадает в эту очередь.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Проверьте, что записи MX домена указывают на серверы провайдера ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Проведите сеанс ODMR вручную: EHLO, AUTH, затем ATRN с доменом, и прочитайте ответ.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Сейчас повторять нечего; опросите сервер снова в следующий плановый интервал, как обычно и делает клиент ODMR.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS недоступен по временной причине / Временный сбой аутентификации</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>ошибка STARTTLS</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Код 454 определяют два RFC расширений, оба — для временного сбоя на этапе безопасности. RFC 3207 использует его, когда STARTTLS сейчас выполнить нельзя; RFC 4954 использует &quot;454 4.7.0 Temporary authentication failure&quot;, когда сервер в данный момент не может проверить учётные данные, например потому что не работает его хранилище паролей. Он также встречается с 4.7.1, когда попытку ретрансляции откладывают, а не отклоняют.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>После STARTTLS: Postfix отвечает &quot;454 4.7.0 TLS not available due to local problem&quot;, когда не может загрузить сертификат или ключ, и записывает причину в журнал. После AUTH: Postfix, Exchange и другие отправляют &quot;454 4.7.0 Temporary authentication failure&quot;, когда не отвечает Dovecot, saslauthd, LDAP или Active Directory, а Gmail отправляет свой текст 454 4.7.0. На RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; от сервера Postfix, работающего с включённым soft_bounce.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>В случае STARTTLS администратор принимающего сервера чинит настройку TLS (пути к сертификату и ключу, права доступа, соответствие ключа сертификату, срок действия) и перезагружает конфигурацию; клиент, который не требует TLS, может продолжить открытым текстом, поскольку RFC 3207 оставляет это решение клиенту. В случае AUTH администратор сервера восстанавливает бэкенд аутентификации; пользователям не нужно менять пароли из-за 454. При отказе в ретрансляции клиент должен пройти аутентификацию, прежде чем отправлять почту на внешние домены.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>Сервер не может прочитать или загрузить свой сертификат TLS или закрытый ключ (неверный путь, права доступа, ключ не соответствует сертификату).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>Бэкенд аутентификации (сокет аутентификации Dovecot, saslauthd, LDAP, Active Directory, база данных) не работает, медленно отвечает или недоступен.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Слишком много параллельных входов или недавних неудачных попыток для учётной записи, и провайдер на время откладывает дальнейшие AUTH.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Клиент без аутентификации попытался ретранслировать почту на внешний домен через сервер, который откладывает такие попытки, а не отклоняет их.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Команды отправлены конвейером сразу после STARTTLS, до TLS-рукопожатия (Gmail отвечает 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Проверьте STARTTLS на сервере и посмотрите на ответ и сертификат.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>На сервере с Postfix выясните, почему был отключён TLS.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Проверьте, что бэкенд аутентификации Dovecot отвечает для тестовой учётной записи.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Проверьте отправку с аутентификацией (submission) от начала до конца.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами. Клиент, который требует TLS или аутентификацию, не должен молча от них отказываться; MTA с оппортунистическим TLS может доставить письмо без TLS, если это позволяет его политика. Никогда не запрашивайте у пользователя новый пароль из-за 454.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail не смог сейчас завершить вход, часто после множества параллельных соединений или неудачных попыток для учётной записи; пароль не обязательно неверен.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>Клиент отправил дополнительные команды вместе со STARTTLS; клиентская программа должна дождаться ответа 220 и завершить TLS-рукопожатие, прежде чем снова отправлять EHLO.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>Сервер не может выполнить параметры</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>Сервер распознал параметры, переданные с MAIL FROM или RCPT TO, но в данный момент не может их выполнить. RFC 5321 4.1.1.11 отличает его от 555, означающего, что параметры вообще не распознаны или не реализованы: 455 — временный случай, если только расширение, к которому относится параметр, не предписывает другой код.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Редко. Он мог бы прийти на MAIL FROM или RCPT TO, когда объявленный параметр расширения (скажем, параметр DSN, SIZE, приоритета или SMTPUTF8) зависит от чего-то, что сейчас недоступно. Большинство серверов отвечают в таких ситуациях 451 или 452, так что 455, если встретится, стоит отметить.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>MTA отправителя повторяет попытки, как при любом 4xx. Если ответ не меняется, клиентская программа может отправлять письмо без необязательного параметра, с которым у сервера трудности, а администратору сервера стоит проверить компонент, стоящий за этим расширением.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Служба, от которой зависит параметр (создание DSN, приоритетная очередь, учёт размера), временно недоступна на сервере.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>Сервер объявил расширение в ответе на EHLO, но стоящая за ним функция сейчас отключена или перегружена.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>Сравните параметры, отправленные клиентом, с расширениями, которые объявляет сервер.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Найдите в журнале отправителя строку MAIL FROM или RCPT TO, получившую 455.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами, без изменений. Если сбой не проходит, допустимо повторять без необязательного параметра, если он не является существенным.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Немедленно повторите отправку письма по IPv4, так как оно не проходит SPF и DKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Предложен, но так и не стандартизован: истёкший Internet-Draft 2013–2014 годов (draft-martin-smtp-ipv6-to-ipv4-fallback) предлагал, чтобы принимающий сервер, отклоняющий письмо, пришедшее по IPv6, из-за того что оно не проходит там SPF и DKIM, отвечал 456, и отправитель сразу повторял попытку по IPv4. Ни один RFC его не определяет, и распространённые MTA такую особую повторную попытку не реализуют; для них это обычный 4xx.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Почти никогда. Идея пришла от принимающих серверов, которые предъявляют к отправителям по IPv6 более строгие требования (обязательны аутентификация и PTR), чем к отправителям по IPv4. На практике отправители сталкиваются с постоянным отказом для почты по IPv6 без аутентификации, например с ответами 550 от Gmail, ссылающимися на его правила отправки по IPv6 или на отсутствующую запись PTR.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>Администратор отправителя делает почту по IPv6 столь же заслуживающей доверия, как по IPv4: запись PTR для IPv6-адреса, разрешающаяся обратно, SPF, охватывающий его записью ip6:, и подпись DKIM. До тех пор настройте MTA так, чтобы для исходящего SMTP он предпочитал IPv4 или использовал только его (Postfix: smtp_address_preference или inet_protocols; Exim: disable_ipv6 или dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>IPv6-адрес отправляющего хоста не охвачен SPF-записью домена отправителя.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>Письмо не подписано DKIM или подпись ломается, поэтому доставку по IPv6 больше ничто не аутентифицирует.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>У IPv6-адреса нет обратной записи DNS, или имя из PTR не разрешается обратно в него.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Проверьте, есть ли у MX назначения IPv6-адрес, который может использовать ваш MTA.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Проверьте запись PTR вашего IPv6-адреса, с которого идёт отправка.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Проверьте, что SPF охватывает IPv6-адрес (запись ip6: или include, который его содержит).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Отправьте тестовое письмо только по IPv4, чтобы сравнить результат.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>MTA, знающий этот черновик, сразу повторил бы попытку по IPv4; реальные MTA откладывают письмо, как при любом 4xx, и при следующей попытке снова могут пойти по IPv6. Надёжный путь — исправить аутентификацию по IPv6 или предпочитать IPv4 для исходящей почты.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>Невозможно поставить в очередь письма для узла &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Ответ на ETRN (RFC 1985): сервер понял просьбу начать доставку почты, которую он держит для домена или узла, но сейчас не может запустить обработку очереди. ETRN используют площадки с непостоянным подключением, которые просят своего провайдера или резервный MX вытолкнуть ожидающую их почту.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Только после команды ETRN, которую обычно отправляет fetchmail в режиме ETRN, почтовый сервер небольшого офиса при поднятии канала связи или человек вручную. Postfix отвечает &quot;458 Unable to queue messages&quot;, когда его служба flush сообщает о сбое, а postscreen в Postfix даёт такой ответ на любой ETRN.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>Администратор ретранслирующего сервера, хранящего очередь, проверяет механизм выталкивания (в Postfix — службу flush и настройку fast_flush_domains) и то, что очередь читается. Пока это не исправлено, задержанная почта всё равно уходит по обычному расписанию повторных попыток ретранслирующего сервера.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>Служба выталкивания очереди на ретранслирующем сервере дала сбой или не запущена.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>Клиент попал на входной узел, например postscreen в Postfix, который не передаёт ETRN дальше.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Ошибка на стороне ретранслирующего сервера при просмотре очереди для запрошенного домена.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>На ретранслирующем сервере посмотрите, для каких доменов Postfix принимает ETRN.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>На ретранслирующем сервере запустите доставку для домена локально — это то, о чём просит ETRN.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Поищите предупреждение об ETRN в журнале ретранслирующего сервера.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Отправьте ETRN снова при следующем подключении или опросе; тем временем ретранслирующий сервер хранит почту и доставляет её по своему расписанию повторных попыток.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Узел &lt;x&gt; не разрешён: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Ответ на ETRN (RFC 1985): сервер отказывается запускать обработку очереди для указанного узла или домена и называет причину. Запрос понят; сервер не предоставляет эту услугу для этого имени или для этого клиента.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>После ETRN, когда домен не входит в число тех, для которых ретранслирующий сервер держит очередь, или его политика не позволяет этому клиенту запускать обработку. Postfix отвечает &quot;459 &lt;example.com&gt;: service unavailable&quot;, когда домен не подходит для его службы быстрого выталкивания (fast_flush_domains, по умолчанию — список relay_domains); запрос могут также отклонить его smtpd_etrn_restrictions.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>Администратор клиента проверяет, что ETRN называет в точности тот домен, для которого ретранслирующий сервер хранит почту. Если услуга должна предоставляться, администратор ретранслирующего сервера добавляет домен в список доменов, для которых допустим ETRN (Postfix: fast_flush_domains), и разрешает клиента в своих ограничениях ETRN.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>Запрошенного домена нет в списке доменов ретранслирующего сервера, для которых допустим ETRN.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>Политика ретранслирующего сервера запрещает ETRN с этого клиентского адреса или до аутентификации.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>Клиент отправил не то имя, под которым ретранслирующий сервер держит очередь (имя хоста вместо домена или наоборот).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>На ретранслирующем сервере проверьте, для каких доменов допустимо выталкивание очереди.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>На ретранслирующем сервере проверьте ограничения для ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Отправьте вручную EHLO, затем ETRN и прочитайте текст причины.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Не повторяйте тот же ETRN без изменений: его снова отклонят. Сначала исправьте имя домена или добейтесь настройки ретранслирующего сервера. Почта, уже стоящая в очереди, не потеряна: она ждёт обычных повторных попыток ретранслирующего сервера.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Ошибка почтового сервера, часто локального антиспам-фильтра</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 не является кодом ответа SMTP ни в одном RFC. Списки описывают его как ошибку почтового сервера, часто локального антиспам-фильтра; это число — расширенный код состояния 4.7.1 (доставка не разрешена, во временной форме), записанный без точек, точно так же, как 571 — это 5.7.1 без точек. На практике это состояние приходит как 450 4.7.1 или 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>В таблицах кодов и в сообщениях пользователей, где 4.7.1 потерял точки. Настоящие ответы за ним — временные отказы по политике: грейлистинг, &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; в старых версиях Postfix (текущие версии отправляют там 4.7.25) или исходящий фильтр или шлюз на собственной стороне отправителя, откладывающий письмо.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Прежде чем что-либо делать, найдите настоящий ответ в журнале или уведомлении о недоставке. Если это грейлистинг, дайте очереди повторить попытку. Если это проверка обратного DNS или репутации, администратор отправителя исправляет PTR, SPF и DKIM. Если письмо отложил ваш собственный исходящий антиспам-шлюз, ваш администратор проверяет журнал и ограничения на отправку этого шлюза.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Временная антиспам-проверка или проверка политики на принимающей стороне (грейлистинг, репутация, контроль частоты) отложила письмо с кодом 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>У IP отправителя нет соответствующей записи PTR, и принимающий сервер откладывает письмо, пока не сможет проверить клиента.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>Собственный исходящий фильтр или шлюз отправителя задержал письмо, например как подозрительное на спам или из-за превышения ограничения на отправку.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Найдите в почтовом журнале настоящий ответ, содержавший 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Убедитесь, что имя из PTR для IP отправителя разрешается обратно в тот же IP.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Посмотрите очередь отложенных писем, чтобы понять, кто отложил письмо — ваш собственный шлюз или принимающий сервер.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Каким бы ни был настоящий ответ, откладывание с кодом класса 4.7.1 — мера временная: повторите попытку позже с нарастающими интервалами. Если тот же отказ длится больше суток, считайте его блокировкой и устраняйте причину, а не ждите, пока истечёт срок хранения в очереди.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Синтаксическая ошибка, команда не распознана</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>Сервер не смог разобрать полученную строку: слово команды неизвестно или строка искажена. RFC 5321 также разрешает 500 для слишком длинной командной строки, а RFC 4954 использует 500 5.5.6, когда ответ AUTH переполняет буфер сервера. Сбой касается только этой команды; сеанс обычно остаётся открытым.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Сразу после того, как клиент отправил строку, на любом этапе сеанса. Типичные случаи: сервер, знающий только HELO, отвечает на EHLO; клиент говорит на порту не на том протоколе (TLS-рукопожатие на порт открытого текста, HTTP-запрос) или опечатка при ручной проверке через telnet. Sendmail отвечает 500 5.5.1 Command unrecognized, Microsoft Exchange — 500 5.3.3 Unrecognized command; Postfix и Gmail для неизвестных команд используют 502.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>Исправляет тот, кто отвечает за клиент (администратор отправителя или разработчик приложения): исправьте команду, используйте правильный порт и режим TLS, переходите на HELO, когда EHLO получает 500, и не выходите за 512 октетов в командной строке. Если межсетевой экран переписывает трафик SMTP, сетевой администратор на той стороне отключает или ослабляет его инспекцию SMTP/ESMTP. Принимающему серверу ничего менять не нужно, если только он действительно не должен поддерживать эту команду.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Команда с опечаткой или вообще не команда SMTP — обычное дело в сеансах telnet или nc, набираемых вручную.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>Клиент говорит на порту не на том протоколе: TLS ClientHello, отправленный на SMTP-порт с открытым текстом, или HTTP-запрос от неправильно настроенной системы мониторинга или прокси.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Очень старый или минимальный сервер не знает EHLO и ожидает, что клиент перейдёт на HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Межсетевой экран с инспекцией SMTP (классический случай — инспекция ESMTP в Cisco ASA) заменяет команды, которые он не разрешает, строками из символов X, которые сервер затем не может распознать.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>Командная строка длиннее, чем принимает сервер (RFC 5321 гарантирует только 512 октетов вместе с CRLF), или ответ AUTH длиннее буфера SASL сервера.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Воспроизведите диалог вручную и прочитайте ответ на каждую строку; 500 сразу после EHLO означает, что сервер понимает только HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Если порт ожидает TLS с первого байта (465), проверяйте его именно так, а не отправляйте на него открытый текст.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Посмотрите, нет ли в баннере и ответе на EHLO звёздочек или символов X — признака того, что на пути стоит инспекция SMTP межсетевого экрана.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>На клиенте с Postfix найдите отклонённую команду в журнале; Postfix записывает ответ удалённого сервера и команду, на которую он ответил.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Не отправляйте ту же строку снова без изменений. Сеанс обычно остаётся рабочим: после 500 на EHLO отправьте HELO; после любого другого 500 исправьте команду или отправьте QUIT и исправьте клиент до следующей попытки.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Синтаксическая ошибка в параметрах или аргументах</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>Сервер знает команду, но отклоняет её аргумент: искажённый адрес в конверте, недопустимое имя в HELO/EHLO, неправильно сформированный параметр ESMTP или данные AUTH, не являющиеся корректным base64. Команда в таком виде отклоняется, а сервер остаётся в прежнем состоянии, поэтому исправленная команда может последовать в том же сеансе.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>В основном на EHLO, MAIL FROM или RCPT TO, иногда посреди AUTH. Postfix отправляет 501 5.1.7 Bad sender address syntax (ошибка синтаксиса адреса отправителя) или 501 5.1.3 Bad recipient address syntax (то же для адреса получателя); Exim — 501 Syntactically invalid HELO argument(s). Серверы по RFC 4954 отвечают 501, когда клиент отменяет AUTH одиночной звёздочкой или присылает недекодируемый base64, а RFC 3207 предписывает 501 для STARTTLS с любым параметром.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Исправлять должна отправляющая сторона. Отправитель исправляет адрес с опечаткой или искажённый адрес; администратор отправителя задаёт MTA правильное полное (FQDN) имя для HELO и проверяет все скрипты и приложения, которые сами формируют команды конверта или строки AUTH. Если адреса поступают из веб-формы или базы данных, проверяйте их до того, как они попадут в SMTP.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Адрес в конверте с нарушенным синтаксисом: нет угловых скобок, внутри пробелы, точка в конце, специальные символы без кавычек или два адреса в одной команде.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Пустой или искажённый аргумент HELO/EHLO, например голый IP-адрес без квадратных скобок или имя хоста с символами подчёркивания.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Данные AUTH, не являющиеся корректным base64, обычно от скрипта, который собирает строку PLAIN вручную.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>Клиент отменил обмен аутентификации одиночной звёздочкой, на что по RFC 4954 сервер отвечает 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Параметр ESMTP с недопустимым значением, например нечисловой SIZE= или искажённый NOTIFY= или ORCPT=.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Отправьте тот же конверт с помощью swaks и отметьте, какая команда вызывает 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Проверьте имя, которое ваш MTA Postfix объявляет в HELO/EHLO; это должно быть полное имя хоста или адресный литерал в квадратных скобках.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Декодируйте строку AUTH PLAIN, которую отправляет клиент, и убедитесь, что в ней идут идентификатор авторизации, NUL, пользователь, NUL, пароль.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Найдите отклонённую строку в журнале отправляющего сервера, чтобы увидеть, какой именно аргумент был отправлен.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Не повторяйте команду или письмо без изменений: тот же аргумент будет снова отклонён. Исправьте адрес, имя в HELO, параметр или данные AUTH; в пределах сеанса клиент может сразу отправить исправленную команду.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Входящие серверы Gmail отклоняют HELO или EHLO с пустым аргументом или с аргументом, который не является ни допустимым именем хоста, ни адресным литералом, ещё до какого-либо обмена почтой.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Команда не реализована</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>Сервер распознаёт команду, но не реализует её или отключил. RFC 5321 4.2.4 оставляет 502 для известных, но не реализованных команд, а 500 — для неизвестных, однако ряд серверов, в том числе Postfix и Gmail, отвечают 502 и на неизвестные команды.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>В ответ на необязательные команды: VRFY или EXPN на серверах, где они отключены (Postfix с disable_vrfy_command = yes отвечает 502 5.5.1 VRFY command is disabled), ETRN или TURN, либо EHLO на сервере, понимающем только HELO. Gmail отвечает 502 5.5.1 Unrecognized command на всё, чего не знает, а Postfix — 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Исправлять нужно клиент: он должен использовать только команды, объявленные сервером в ответе на EHLO, переходить на HELO, когда EHLO отклонён, и перестать полагаться на VRFY или EXPN для проверки адресов. Администратор принимающей стороны действует, только если команда должна предлагаться, например включает ETRN для клиента, чья почта стоит там в очереди.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>VRFY или EXPN отключены политикой, чтобы не допустить сбора адресов.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>Клиент использует расширение, которое сервер никогда не объявлял после EHLO, например ETRN, TURN, BDAT без CHUNKING или AUTH на сервере без аутентификации.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Сервер, понимающий только HELO, отклоняет EHLO, а клиент не переходит на HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Опечатка или неизвестная команда, отправленная Postfix или Gmail, которые сообщают о нераспознанных командах кодом 502, а не 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Выведите, что сервер на самом деле объявляет после EHLO, и сравните с командой, давшей сбой.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>На собственном сервере с Postfix проверьте, не отключён ли VRFY.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Просмотрите конфигурацию клиента на предмет функций, которые он включает принудительно, независимо от ответа на EHLO, например ETRN по расписанию или AUTH на порту 25.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Не повторяйте команду ни в этом сеансе, ни в последующих: сбой будет повторяться. Продолжайте без неё (HELO вместо EHLO, без VRFY) или смените клиент.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail возвращает 502, а не 500, на команду, которую вообще не знает, поэтому 502 от Gmail обычно указывает на опечатку или клиент, говорящий не на SMTP, а не на отключённую функцию.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Неверная последовательность команд</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>Команда корректна, но пришла не на том этапе сеанса: RCPT до MAIL, DATA до какого-либо принятого RCPT, MAIL до HELO/EHLO, второй MAIL внутри транзакции или AUTH после успешного входа. Сервер отклоняет её и остаётся в текущем состоянии.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Чаще всего на RCPT TO или DATA. В уведомлениях о недоставке он часто скрывает настоящую проблему: клиент с конвейерной отправкой отправляет DATA, хотя все RCPT были отклонены, поэтому последним в журнале оказывается ответ 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim цитирует в своём 503 предшествующую ошибку RCPT). Он также служит ответом на AUTH там, где аутентификация не предлагается (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Сначала посмотрите на ответ перед 503. Если получатели были отклонены, устраните эту причину (адрес, разрешение на ретрансляцию, политика), и 503 исчезнет сам. Если порядок действительно неверен, нужно исправить клиентскую программу или скрипт: сначала EHLO, снова EHLO после STARTTLS, AUTH один раз и только там, где объявлен, затем MAIL, RCPT и DATA.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Все RCPT TO были отклонены (неизвестный пользователь, отказ в ретрансляции), а клиент с конвейерной отправкой всё равно отправил DATA, поэтому 503 маскирует предшествующий 5xx.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>Клиент не отправил EHLO повторно после STARTTLS, который сбрасывает сеанс в начальное состояние.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH отправлен на порт или сервер, где аутентификация не включена, или повторно после того, как она уже прошла успешно.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Самодельный клиент или скрипт отправляет RCPT до MAIL или начинает второй MAIL без RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Прочитайте всю запись сеанса или уведомление о недоставке, а не только последнюю строку; найдите ответы на RCPT TO, пришедшие до 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Выполните ту же транзакцию по шагам поверх STARTTLS и посмотрите, где сервер возражает.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Если 503 пришёл в ответ на AUTH, проверьте, включена ли аутентификация вообще для этого слушателя Postfix; обычно она включена только для submission.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Воспроизведение той же последовательности даст тот же 503. Сначала исправьте клиент или предшествующий отказ; в пределах сеанса клиент всё ещё может отправить правильную команду или отправить RSET и начать транзакцию заново.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail отклоняет MAIL, AUTH или STARTTLS, отправленные до какой-либо команды приветствия, например от клиента, который выдаёт STARTTLS сразу после подключения.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Параметр команды не реализован</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>Команда известна, но сервер не поддерживает переданное с ней значение параметра. На практике это ответ на AUTH с механизмом, который сервер не предлагает (RFC 4954 сочетает его там с 5.5.4), а Postfix также использует его для отказа именам в HELO и адресам конверта, которые не являются полными (FQDN).</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>На AUTH, когда клиент настаивает на механизме, которого нет у сервера, например CRAM-MD5, NTLM или XOAUTH2: Gmail и Microsoft Exchange отвечают 504 5.7.4 Unrecognized authentication type (неизвестный тип аутентификации). На HELO, MAIL FROM или RCPT TO на серверах Postfix, использующих reject_non_fqdn_helo_hostname или соответствующие ограничения для отправителя и получателя: 504 5.5.2 с Helo command rejected: need fully-qualified hostname или need fully-qualified address. Postfix с smtpd_tls_auth_only отвечает на AUTH до STARTTLS кодом 504 5.5.4.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>В случае AUTH пользователь или администратор клиента выбирает механизм, который объявляет сервер (обычный выбор — PLAIN или LOGIN поверх TLS), и следит, чтобы сначала шёл STARTTLS. При отказах из-за HELO или адресов администратор отправляющей стороны задаёт полное имя для HELO (myhostname в Postfix) и добивается, чтобы приложения использовали полные адреса вида user@example.com. Администратор принимающей стороны ослабляет ограничение, только если оно слишком строгое для известного партнёра.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>Клиент принудительно использует механизм AUTH, которого нет в ответе сервера на EHLO, например CRAM-MD5 или NTLM на сервере, предлагающем только PLAIN и LOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH отправлен до STARTTLS на сервер, который разрешает аутентификацию только поверх TLS и сообщает об этом кодом 504 вместо 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>Отправляющий MTA объявляет короткое неполное имя в HELO, например mailhost, а принимающий сервер использует reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>У отправителя или получателя в конверте нет полного домена (вида user@localhost), а принимающий сервер его требует.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Провайдер больше не принимает устаревший механизм, например старый XOAUTH от Google.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Откройте сеанс STARTTLS, введите EHLO test.example.com и прочитайте строку 250-AUTH, чтобы увидеть, какие механизмы предлагаются.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Проверьте имя в HELO, которое отправляет ваш сервер Postfix; оно должно быть полным.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Убедитесь, что это имя разрешается в DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>На принимающем сервере Postfix посмотрите, какие ограничения для неполных имён (non-FQDN) включены и какой код они используют.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Не повторяйте с тем же механизмом, именем в HELO или адресом: отказ постоянный. После неудачного AUTH клиент может попробовать в том же сеансе другой объявленный механизм, как разрешает RFC 4954.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Служба отправки Gmail отвечает так, когда клиент запрашивает механизм SASL, которого Gmail не предлагает; это касается названия механизма, а не пароля.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Ни один RFC не определяет 510 как код ответа SMTP. Списки «ошибок SMTP» называют его неверным адресом электронной почты, а на практике это число почти всегда — расширенный код состояния 5.1.0 (Other address status, RFC 3463) без точек. Настоящим ответом, скорее всего, был 550 5.1.0 или 553 5.1.0: проблема с адресом, которую сервер не стал уточнять.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>В сокращённых сводках об уведомлениях о недоставке: в панелях сервисов рассылки (ESP), системах заявок, уведомлениях веб-почты и на форумах, где пишут «ошибка 510» вместо строки вроде &quot;550 5.1.0 Sender denied&quot;. Exchange Online, например, использует 5.1.0 для отклонённого отправителя и для получателей, которых он не смог разрешить. Настоящий ответ 510 в сеансе редок и приходит только от программ, нарушающих стандарт.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>Отправитель (или тот, кто читает уведомление о недоставке) сначала получает полную строку ответа из уведомления или почтового журнала, потому что 5.1.0 не говорит, чей адрес был отклонён — отправителя или получателя. Проверьте оба адреса на опечатки и лишние символы. Если ответ пришёл от Exchange Online и называет отправителя, пусть отправитель напишет новое письмо, а не отвечает на сохранённую или автономную копию. Если в строке сказано что-то совсем другое, найдите её настоящий трёхзначный код.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Сводка уведомления о недоставке или панель вывела расширенный код 5.1.0 без точек.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>Принимающий сервер отклонил адрес, но сообщил лишь общую категорию «адрес» (5.1.0) вместо 5.1.1 или 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online ответил 5.1.0 Sender denied (отправитель отклонён), обычно после того, как кто-то ответил на письмо, сохранённое в файл и открытое в автономном режиме.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Не удалось найти внутренний устаревший адрес Exchange (legacyExchangeDN), поэтому Exchange не смог разрешить получателя.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Найдите полную строку ответа для недоставленного адреса в собственном почтовом журнале; настоящий базовый код — первые три цифры, за ним следует расширенный код.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>В уведомлении о недоставке прочитайте поля Status: и Diagnostic-Code: в части delivery-status, а не дружелюбную сводку вверху.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Проверьте, что и домен отправителя из конверта, и домен получателя существуют в DNS.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>Отправляющий MTA, получивший буквальный 510, должен судить о нём по первой цифре (RFC 5321 4.2): это постоянный сбой, поэтому письмо нужно вернуть с уведомлением о недоставке, а не ставить в очередь. Отправляйте повторно только после исправления адреса.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>нет такого пользователя</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>неверный получатель</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>несуществующий адрес</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 не является кодом ответа SMTP ни в одном RFC. Когда кто-то сообщает об «ошибке 511, неверный адрес», почти всегда имеется в виду расширенный код 5.1.1, Bad destination mailbox address: сервер получателя сообщает, что ящика не существует. В сеансе это приходит как 550 5.1.1 (изредка 553 или 554 с 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>В статистике недоставок, CRM и сервисах рассылок, а также в скопированных списках ошибок, где &quot;550 5.1.1 ... User unknown&quot; сокращают до 511. Исходный ответ приходит на RCPT TO или позже в уведомлении о недоставке, если принимающий сервер проверяет получателей только после принятия письма.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>Отправитель проверяет адрес получателя буква за буквой (переставленные буквы, пропущенная точка, не тот национальный домен, адрес бывшего сотрудника) и подтверждает его у получателя по телефону или другим способом. Владельцы списков рассылки удаляют адрес после подтверждённого 5.1.1, а не повторяют отправку на него. Если принимающий сервер ваш и пользователь действительно существует, проверьте поиск по псевдонимам, виртуальным таблицам и каталогу, к которым сервер обращается на этапе RCPT.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Опечатка в локальной части адреса — части до @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>Учётную запись удалили или переименовали, например после ухода сотрудника или смены формата адресов в компании.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Старый адрес, взятый из адресной книги или кэша автозаполнения, который больше не соответствует каталогу.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>На принимающей стороне: пользователь существует в хранилище почтовых ящиков, но отсутствует в таблице псевдонимов или получателей, которую проверяет SMTP-сервер.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Проверьте получателя, не отправляя письма: ответ на RCPT TO показывает, знает ли сервер этот ящик (многие крупные провайдеры этого не сообщают).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>На собственном сервере с Postfix посмотрите, какая таблица ответила для адреса и какой ответ она дала.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Если у вас Exim, спросите у него, как он маршрутизировал бы адрес; результат unrouteable означает, что 5.1.1 верен.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Ничто не должно повторять голый 511; по первой цифре читайте его как постоянный сбой. Что касается настоящего 550 5.1.1 за ним, прекратите отправку на этот адрес, пока человек не подтвердит исправленный.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>Хост домена получателя не найден в DNS</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Ни один RFC не назначает код 512. Списки ошибок используют его для случая «домен получателя не найден», то есть расширенного кода 5.1.2, Bad destination system address (RFC 3463): часть после @ не существует или не может принимать почту. Настоящий ответ обычно 550 5.1.2 или 553 5.1.2 либо уведомление о недоставке, составленное собственным сервером отправителя после неудачного запроса к DNS.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Часто вообще без участия удалённого сервера: отправляющий MTA запрашивает для домена записи MX и адресные записи, получает NXDOMAIN и сам возвращает письмо с уведомлением о недоставке. Sendmail записывает это как 550 5.1.2 с &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix сообщает &quot;Host or domain name not found&quot; и относит это к 5.4.4. Gmail отвечает на отправку на несуществующий домен кодом 553 5.1.2.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>Отправитель проверяет написание домена (hotmial, gmial, пропущенный национальный суффикс, .con вместо .com). Если домен указан правильно, администратор владельца домена должен исправить DNS: возможно, срок регистрации домена истёк или он потерял делегирование. Если сбой сразу со многими доменами, администратор отправителя проверяет собственный резолвер отправляющего сервера, потому что из-за сломанного локального резолвера любой запрос выглядит как отсутствующий домен.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>Домен получателя написан с ошибкой, и имя с ошибкой не зарегистрировано.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>Срок регистрации домена получателя истёк, или его серверы имён перестали отвечать.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>Резолвер отправляющего сервера сломан, заблокирован межсетевым экраном или отвечает из устаревшего кэша.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Внутреннее имя (домен .local или split-horizon) использовано как почтовый адрес за пределами сети, где оно разрешается.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Запросите в DNS почтовые серверы (MX) домена; NXDOMAIN в полном ответе означает, что домен не существует.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Разрешите имя, начиная с корневых серверов и минуя собственный резолвер, чтобы исключить локальную неисправность DNS.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Поищите локальное уведомление о недоставке в журнале отправляющего сервера.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Считайте голый 512 постоянным по первой цифре. Отправляющий MTA должен возвращать письмо при авторитетном NXDOMAIN, но продолжать повторные попытки (временный сбой) при тайм-аутах DNS или SERVFAIL, которые ничего не говорят о том, существует ли домен.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>Неверный тип адреса</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>неверный формат адреса</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 не определён ни в одном RFC. Списки толкуют его как «неверный тип адреса», и он означает расширенный код 5.1.3, Bad destination mailbox address syntax (RFC 3463, неверный синтаксис адреса ящика назначения): адрес получателя вообще не является допустимым адресом — в отличие от допустимого адреса, который не существует. Реальные серверы отправляют его как 501 5.1.3 или 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Когда аргумент RCPT TO искажён: Postfix отвечает 501 5.1.3 Bad recipient address syntax, а Gmail отвечает 553 5.1.3, сообщая, что адрес получателя не является допустимым адресом по RFC 5321. Встречается с веб-формами и скриптами, собирающими адреса из пользовательского ввода, и с адресами, скопированными из документов вместе с невидимыми символами.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>Отправитель или приложение, составившее письмо, приводит адрес в порядок: один символ @, без пробелов, без отображаемого имени и кавычек внутри угловых скобок, без точки в конце, без «умных» кавычек и символов нулевой ширины, вставленных из текстового редактора. Разработчики проверяют и обрезают адреса, прежде чем передать их почтовой библиотеке, и передают в RCPT TO только голый адрес.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Пробелы, запятые или точки с запятой внутри адреса, часто из списка, вставленного в одно поле.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Отображаемое имя и адрес переданы вместе как получатель в конверте вместо голого адреса.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Невидимые или типографские символы (неразрывный пробел, фигурные кавычки), скопированные из документа или электронной таблицы.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Символы не из ASCII в адресе, отправленном на сервер, который не предложил SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Покажите скрытые символы в адресе в том виде, в котором его сохранило приложение.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Воспроизведите получателя вручную и прочитайте ответ сервера на RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>В Postfix найдите точную строку, отправленную клиентом: журнал цитирует её в строке отказа.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Без повторных попыток: искажённый адрес каждый раз даёт одинаковый сбой. Считайте любой буквальный 513 постоянным сбоем по первой цифре и возвращайте письмо с уведомлением о недоставке, чтобы адрес можно было исправить.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Используйте правильный идентификатор QHLO</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Нестандартный код. Текст взят из Internet-Draft расширения SMTP QUICKSTART (draft-fanf-smtp-quickstart, 2007), где предлагалась команда QHLO для экономии обменов в начале сеанса отправки (submission). Черновик истёк, так и не став RFC, и ни один распространённый сервер, насколько известно, 520 не отправляет.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>В реальном почтовом потоке практически никогда. Он встречается в списках кодов ответа, копируемых по всему интернету, и мог бы прийти только от экспериментального сервера, реализующего черновик QUICKSTART, в ответ на QHLO. Если обычный сервер отправляет 520, он использует этот номер в собственных целях, и единственный ориентир — текст его ответа.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>Действовать должна клиентская программа: перестаньте использовать QHLO и любой режим quickstart и открывайте сеанс обычным EHLO. Если код приходит от продукта какого-то производителя, прочитайте его документацию или спросите администратора сервера, что означает текст.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Экспериментальный или тестовый сервер, реализующий истёкший черновик QUICKSTART, отклонил идентификатор, переданный с QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Проприетарная программа использовала 520 в собственном значении, не связанном с черновиком; его объясняет текст ответа.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>Число неверно прочитано из строки журнала или скопировано из онлайн-списка и вообще никогда не приходило от сервера.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Получите из журнала отправителя полный текст ответа и команду, на которую он пришёл; без них 520 ничего определённого не означает.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Проверьте, объявляет ли сервер в ответе на EHLO какое-либо нестандартное ключевое слово расширения.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Не повторяйте ту же команду. Переподключитесь со стандартной последовательностью EHLO; если сервер продолжает отвечать 520 на обычные команды, считайте это постоянным сбоем и обратитесь к администратору принимающей стороны.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>Хост не принимает почту</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>Хост вообще не принимает почту ни от кого. RFC 7504 (2015) стандартизовал этот код, впервые предложенный в экспериментальном RFC 1846, как более ясную альтернативу ответу 554 на подключение. Клиент, получивший его, должен отказаться от этого хоста, а не ставить письмо в очередь и повторять попытки.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Обычно в качестве приветствия вместо 220 от машины, существующей для других целей (веб-сервер, ретранслятор только для исходящей почты), которая хочет прямо сказать, что почту не принимает; затем соединение закрывается или дальнейшие команды отклоняются. На практике его отправляет и Postfix: postscreen отключает клиентов, которые говорят до приветствия или нарушают протокол, с 521 5.5.1 Protocol error.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>Отправителю следует прекратить отправку на этот хост или домен и подтвердить адрес у получателя другим способом. Если домен должен принимать почту, администратор получателя исправляет его записи MX или почтовый сервер. Если 521 пришёл от postscreen, администратор отправителя исправляет поведение клиента в протоколе (ждать приветствия, не использовать конвейер, если он не объявлен), поскольку отключение вызвал сам клиент.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>MX домена, или его запись A при отсутствии MX, указывает на машину, на которой намеренно не запущена почтовая служба.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>Клиент попал на ретранслятор только для исходящей почты или на веб-сервер, часто из-за устаревших или неверных записей DNS.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>postscreen в Postfix отключил клиента за нарушение протокола, например разговор до приветствия, необъявленный конвейер или голые символы перевода строки.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>Домен получателя перестал принимать почту и оставил вместо сервера ответчик с 521.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Проверьте, куда должна идти почта для домена; null MX (0 .) означает, что домен вообще не принимает почту.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Подключитесь к хосту и прочитайте строку приветствия.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>На клиенте с Postfix найдите отказ в журнале; 521 5.5.1 Protocol error указывает на проверки postscreen на той стороне.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Если его отправляет postscreen на вашем собственном сервере, пересмотрите действия для проверок pregreet и bare newline.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>Не ставьте письмо в очередь для новой попытки на этом хосте: отказ задуман как постоянный. Верните письмо отправителю с текстом 521 в уведомлении о недоставке, чтобы адрес можно было проверить.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Требуется шифрование</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Код только из реестра: ни один RFC не определяет 523 как ответ, но реестр расширенных кодов состояния IANA указывает его как базовый код для X.7.10 Encryption Needed, зарегистрированного RFC 5248. Он сообщает, что запрошенной аутентификации сначала нужен уровень защиты; клиент должен запустить TLS (или выбрать более сильный механизм) и пройти аутентификацию снова.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>В ответ на AUTH по незашифрованному соединению. Библиотека go-smtp для Go, используемая такими серверами, как maddy, отвечает 523 5.7.10 TLS is required, когда клиент пытается пройти аутентификацию до STARTTLS. Большинство других программ сообщают о такой же ситуации кодами 530, 538 или 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>Исправляет пользователь или клиентская программа: включите STARTTLS на порту 587 или неявный TLS на порту 465 до аутентификации. Если TLS включён, но сбой сохраняется, администратор клиента ищет межсетевой экран или антивирус, вырезающий STARTTLS. Администратору сервера не следует разрешать вход с открытым паролем только ради того, чтобы ошибка исчезла.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>В настройках безопасности почтового клиента выбрано «Нет» или «STARTTLS, если доступно», поэтому он отправляет AUTH открытым текстом.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>Переход на STARTTLS не удался или был вырезан промежуточным устройством, и клиент продолжил без шифрования.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>Клиент использует механизм с открытым паролем, например PLAIN или LOGIN, там, где сервер настаивает на уровне защиты.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Пройдите аутентификацию поверх STARTTLS, чтобы убедиться, что учётная запись работает на зашифрованном соединении; swaks запросит пароль.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Проверьте, что STARTTLS предлагается и рукопожатие завершается из сети клиента.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>В настройках учётной записи в клиенте выберите безопасность STARTTLS для порта 587 или SSL/TLS для порта 465, но никогда не «Нет».</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>Не повторяйте AUTH по незашифрованному соединению. Выполните STARTTLS, снова отправьте EHLO и затем пройдите аутентификацию; с включённым TLS повторная попытка должна пройти.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Нет базового определения (связан с X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Код только из реестра, без собственного определения. Реестр IANA называет 524 рядом с 538 как базовый код для X.7.11 Encryption required for requested authentication mechanism (для запрошенного механизма аутентификации требуется шифрование), но RFC 4954, который определяет X.7.11, использует только 538. Читайте 524 так: этот механизм AUTH можно использовать только по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Очень редко, в ответ на AUTH по незашифрованному соединению, от программ, следовавших таблице IANA, а не RFC 4954. Большинство серверов отправляют при том же условии 538 5.7.11 или 530.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>Исправляет клиентская сторона: включите STARTTLS или неявный TLS до аутентификации. Если этот слушатель вообще не предлагает TLS, администратор сервера должен установить сертификат или направить пользователей на порт отправки (submission), где он есть.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>Клиент попытался выполнить AUTH до STARTTLS, а сервер разрешает этот механизм только в зашифрованных сеансах.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>Серверная программа взяла 524 из таблицы IANA для ответа «требуется шифрование», тогда как большинство реализаций используют 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>На слушателе, который использует клиент, не настроен TLS, поэтому механизм там использовать невозможно.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Прочитайте полный ответ и его расширенный код; 5.7.11 подтверждает, что требуется именно шифрование.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Попробуйте ту же учётную запись после STARTTLS с другим механизмом.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Проверьте, есть ли у клиента параметр вроде «требовать TLS» или «всегда STARTTLS» и включён ли он.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Повторять открытым текстом бессмысленно. Повторяйте AUTH только после успешного STARTTLS и отправки нового EHLO.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Учётная запись пользователя отключена</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Код только из реестра: реестр IANA сопоставляет 525 с X.7.13 User Account Disabled, зарегистрированным RFC 5248. Учётные данные верны, но учётная запись отключена, например за неуплату, злоупотребления или подозрение на взлом, и остаётся заблокированной, пока администратор снова её не включит.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>В принципе — сразу после успешного AUTH для отключённой учётной записи; этот код используют немногие серверы, и большинство сообщают об отключённой учётной записи кодом 535 или 550. Gmail отправляет 525 с 5.7.10 при не связанном с этим нарушении протокола (команды, отправленные конвейером после STARTTLS), поэтому прочитайте расширенный код и текст, прежде чем предполагать отключённую учётную запись.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>Владелец учётной записи связывается с администратором или провайдером отправляющей учётной записи, чтобы узнать, почему она отключена, и добиться её включения; смена пароля в клиенте не поможет. В варианте Gmail с 5.7.10 администратор отправителя исправляет клиент или MTA так, чтобы он дожидался TLS-рукопожатия, прежде чем отправлять что-либо ещё.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>Администратор отключил или приостановил учётную запись (неоплаченный счёт, жалоба на злоупотребление, скомпрометированный пароль).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>Учётная запись заблокирована автоматически после события безопасности, например всплеска исходящего спама.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>От Gmail с 5.7.10: клиент отправил дополнительные команды сразу за STARTTLS, не дожидаясь TLS-рукопожатия.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Проверьте расширенный код в ответе: 5.7.13 означает отключённую учётную запись, в остальных случаях нужен текст.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Войдите в веб-почту провайдера с той же учётной записью; причина отключения обычно объясняется там простыми словами.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Для 525 5.7.10 повторите сеанс с клиентом, который не отправляет команды конвейером через STARTTLS, и сравните результат.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Прекратите повторные попытки с этой учётной записью: каждая попытка будет неудачной, пока её снова не включат, а повторные входы могут продлить блокировку. Возобновите, когда администратор подтвердит, что учётная запись активна.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail не использует 525 для отключённых учётных записей: с 5.7.10 он отклоняет клиента, который отправил дополнительные команды конвейером после STARTTLS, не дожидаясь TLS-рукопожатия. В собственном списке ошибок Google тот же текст публиковался под 523 5.7.10, так что с ним возможен любой из этих базовых кодов.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Требуется аутентификация / Сначала нужно выполнить команду STARTTLS</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>Сервер отклоняет команду, пока клиент не сделает кое-что сначала: не пройдёт аутентификацию (RFC 4954, отправляется как 530 5.7.0 Authentication required) или не запустит TLS (RFC 3207, 530 Must issue a STARTTLS command first). Обычно это ответ на MAIL FROM, и сеанс остаётся открытым, чтобы клиент мог сделать недостающий шаг.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>В основном на MAIL FROM на порту отправки (587) или на ретрансляторе, требующем входа, от клиентов, настроенных без аутентификации или без STARTTLS: принтеров, сканеров, скриптов, средств мониторинга, веб-приложений. Серверы отправки Gmail отправляют 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 отправляет 530 5.7.57 клиентам, которые пытаются отправить почту без аутентификации.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>Исправляет клиентская сторона: включите STARTTLS (или неявный TLS на 465) и аутентификацию SMTP с учётными данными почтового ящика, затем отправьте письмо повторно. В Microsoft 365 администратор тенанта также должен разрешить SMTP с аутентификацией для этого ящика. Устройства, которые не умеют проходить аутентификацию, должны отправлять почту через локальный ретранслятор или соединитель, который провайдер предлагает для отправки без аутентификации.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>Аутентификация SMTP в клиенте отключена, или он отправляет на порт 25 сервера, который ретранслирует почту только для вошедших пользователей.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS в клиенте отключён, поэтому он отправляет MAIL FROM открытым текстом на сервер, принимающий почту только после TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Предыдущий AUTH не удался, а клиент проигнорировал ошибку, поэтому MAIL FROM приходит без аутентификации.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Устройство или приложение, настроенное на старый открытый ретранслятор (open relay), теперь указывает на сервер, требующий входа.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Прочитайте ответ на EHLO: если STARTTLS в списке есть, а AUTH нет, аутентификация предлагается только после TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Выполните полную проверку отправки с аутентификацией; swaks запросит пароль, если не указать --auth-password.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Проверьте в собственном журнале клиента ответ на AUTH перед MAIL FROM; отсутствующий или неудачный AUTH объясняет 530.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Не отправляйте повторно, ничего не изменив. В том же сеансе клиент может выполнить STARTTLS или AUTH, как просят, и повторить MAIL FROM; письмо из очереди должно уходить повторно только после исправления конфигурации клиента.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Серверы отправки Gmail требуют STARTTLS перед любой почтовой транзакцией; клиент, отправляющий открытым текстом на порт 587, получает этот ответ на MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Точка отправки для клиентов в Exchange Online требует SMTP AUTH перед MAIL FROM; ответ также появляется, когда попытка AUTH не удалась, а клиент всё равно продолжил.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Нет базового определения (связан с X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Код только из реестра, без собственного определения: реестр IANA указывает 533 среди базовых кодов, используемых с X.7.1 Delivery not authorized, message refused (доставка не разрешена, письмо отклонено). Считайте его постоянным отказом по соображениям безопасности или политики; подробности содержат расширенный код и текст ответа.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>В сеансах почти никогда, поскольку 550 5.7.1 и 554 5.7.1 покрывают то же самое. Если он всё же встретится, ждите его от нишевых или самописных программ на MAIL FROM или RCPT TO, после того как проверка политики (разрешение на ретрансляцию, запрет для отправителя, чёрный список) отклонила отправителя.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>Администратор отправителя читает текст ответа, чтобы определить политику, и устраняет причину: проходит аутентификацию перед ретрансляцией, отправляет только с адресов, которые разрешены учётной записи, или добивается исключения IP отправителя из списка. Если отказ выглядит ошибочным, обратитесь к администратору получателя, приведя полный ответ, время и IP отправителя.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Самописный или необычный сервер сообщает об отказе по политике, например об отказе в ретрансляции или запрете для отправителя, кодом 533 вместо 550.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>IP или домен отправителя находится в чёрном списке, который проверяет принимающий сервер.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>Аутентифицированный пользователь попытался отправить письмо от имени адреса или ретранслировать его на домен, на что у учётной записи нет прав.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Сохраните весь ответ; расширенный код (обычно 5.7.1) и текст говорят, какая политика сработала.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Убедитесь, что отправитель в конверте совпадает с аутентифицированной учётной записью или одним из её разрешённых псевдонимов.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Проверьте IP отправителя по всем чёрным спискам, названным в тексте ответа, через страницу проверки или DNS-зону самого списка.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Не повторяйте без изменений: отказы по политике повторяются. Отправьте письмо повторно, когда причина будет устранена или администратор получателя сделает исключение.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>Механизм аутентификации слишком слабый</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>небезопасные приложения</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>двухфакторная аутентификация (2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>Определён в RFC 4954 как 534 5.7.9: механизм AUTH, выбранный клиентом, слабее, чем разрешает политика сервера для этого пользователя, и клиенту следует повторить попытку с более сильным. Крупные провайдеры расширяют его смысл до «такой тип пароля не принимается», прежде всего Gmail, который отправляет его, когда нужен пароль приложения или вход через OAuth.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Сразу после AUTH на порту отправки (submission). В значении из RFC: клиент использует PLAIN или LOGIN там, где сервер хочет для этой учётной записи SCRAM, CRAM-MD5 или GSSAPI. На практике гораздо чаще: Gmail отвечает 534-5.7.9 Application-specific password required или 534-5.7.14 с просьбой к пользователю сначала войти через веб-браузер.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>Пользователь или администратор клиента меняет способ аутентификации клиента. Для Gmail создайте пароль приложения (должна быть включена двухэтапная аутентификация) или переведите клиент на OAuth 2.0 и пройдите ожидающую проверку входа в браузере. Для серверов, использующих значение из RFC, настройте механизм, который принимает сервер, например SCRAM-SHA-256 или CRAM-MD5, или обновите клиентскую библиотеку.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>В учётной записи включена двухэтапная аутентификация, а клиент отправляет обычный пароль учётной записи; Gmail требует пароль приложения или OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>Провайдер счёл вход подозрительным (новое местоположение или устройство) и требует интерактивного входа через браузер, прежде чем SMTP снова заработает.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>Клиент выбрал механизм с открытым паролем, а сервер требует для этого пользователя механизм «запрос — ответ» или Kerberos.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Старая клиентская библиотека знает только LOGIN или PLAIN и не может предложить более сильный механизм, которого требует сервер.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Прочитайте расширенный код и текст: 5.7.9 с application-specific password означает пароль приложения или OAuth, 5.7.14 — ожидающую проверку в браузере.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Выведите механизмы, предлагаемые после STARTTLS, чтобы понять, какой выбор будет более сильным.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Принудительно задайте конкретный механизм в swaks, чтобы увидеть, какие из них сервер принимает для этой учётной записи.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Повторные попытки с тем же механизмом и паролем будут неудачными и могут привести к блокировке. RFC 4954 ожидает, что клиент попробует более сильный механизм в том же сеансе; в противном случае исправьте учётные данные до следующей попытки.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail отправляет этот ответ, когда в учётной записи включена двухэтапная аутентификация, а клиент вошёл с обычным паролем; требуется пароль приложения или OAuth 2.0, а сам механизм SASL здесь ни при чём.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail заблокировал вход по SMTP, пока владелец учётной записи не войдёт через браузер и не пройдёт проверку безопасности.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Недействительные учётные данные для аутентификации</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>ошибка аутентификации</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>Ответ RFC 4954 на неудачный вход, отправляемый как 535 5.7.8: имя пользователя, пароль или токен не приняты. Клиенту следует запросить у пользователя новые учётные данные, а не повторять те же.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>В конце обмена AUTH на порту отправки (submission), от почтовых клиентов, скриптов, принтеров и средств мониторинга. Postfix отвечает 535 5.7.8 Error: authentication failed (ошибка аутентификации); Gmail отправляет 535-5.7.8 Username and Password not accepted; Microsoft 365 использует 535 5.7.139 и 535 5.7.3 и для неверных паролей, и для входов, заблокированных политикой тенанта.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>Пользователь заново вводит или сбрасывает пароль и проверяет формат имени пользователя. Для Gmail используйте пароль приложения или OAuth 2.0. В Microsoft 365 администратор тенанта включает SMTP с аутентификацией для ящика или переводит приложение на OAuth или другой способ отправки. Когда сбой сразу у всех пользователей, администратор сервера проверяет бэкенд аутентификации и его журналы.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Неверный или просроченный пароль либо голое имя пользователя (user вместо user@example.com) там, где сервер ожидает полный адрес.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>Провайдер больше не принимает обычный пароль по SMTP: Gmail требует пароль приложения или OAuth 2.0, а во многих тенантах Microsoft 365 отключены SMTP AUTH или базовая аутентификация.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>Клиент неправильно кодирует специальные символы в пароле, или скрипт неверно собирает строку AUTH PLAIN.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>Бэкенд аутентификации сервера (Dovecot, saslauthd, LDAP) сломан или ищет пользователя не там.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Проверьте те же учётные данные с помощью swaks, чтобы исключить клиент; он запросит пароль.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>На сервере Postfix, выполняющем аутентификацию через Dovecot, проверьте бэкенд напрямую.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Найдите причину, которую сервер записал в журнал для неудачной попытки.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Для Microsoft 365 попросите администратора тенанта проверить в Exchange Online PowerShell, не отключён ли SMTP AUTH для ящика.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Никогда не повторяйте по кругу с теми же учётными данными: ничего не изменится, а повторные сбои могут заблокировать учётную запись или IP клиента (RFC 4954 позволяет серверам разрывать соединение после нескольких сбоев). Получите исправленные учётные данные и попробуйте один раз.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail отправляет этот ответ при неверном пароле и очень часто — когда используется правильный пароль учётной записи там, где Gmail требует пароль приложения или OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online отклоняет вход, потому что SMTP AUTH отключён для всей организации; пароль может быть совершенно верным, и изменить этот параметр может только администратор тенанта.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>Для запрошенного механизма аутентификации требуется шифрование</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>Определён в RFC 4954 как 538 5.7.11: выбранный механизм AUTH можно использовать только по зашифрованному соединению. RFC 4954 сохраняет этот код по историческим причинам и предписывает серверам вообще не объявлять такие механизмы на незашифрованных соединениях, но некоторые серверы всё ещё отвечают им на AUTH.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>На AUTH, когда клиент предлагает парольный механизм до STARTTLS. Пакет smtp-server для Node.js из проекта Nodemailer, используемый рядом сервисов отправки почты, отвечает 538 Error: Must issue a STARTTLS command first; другие серверы отправляют 538 5.7.11 с формулировкой из RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Настройте клиент так, чтобы он включал шифрование до аутентификации: STARTTLS на порту 587 или неявный TLS на 465. В коде приложения задайте параметры TLS почтовой библиотеки в соответствии с портом. Администратор сервера может помочь, не объявляя парольные механизмы до STARTTLS, как рекомендует RFC 4954.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>Клиент отправляет AUTH PLAIN или LOGIN до STARTTLS, потому что шифрование отключено в его настройках.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Оппортунистический режим «использовать TLS, если доступен» пропустил предложение STARTTLS и продолжил открытым текстом.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Параметры secure и starttls почтовой библиотеки заданы наоборот для данного порта, например без неявного TLS и без запроса STARTTLS на 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Убедитесь, что сервер предлагает STARTTLS и рукопожатие проходит из сети клиента.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Выполните проверку с аутентификацией поверх STARTTLS, чтобы доказать, что с зашифрованным соединением учётная запись в порядке.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>В настройках клиента или библиотеки сделайте STARTTLS обязательным, а не необязательным, на порту 587 или включите неявный TLS для порта 465.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>Не повторяйте AUTH без шифрования. Запустите TLS, снова отправьте EHLO и пройдите аутентификацию; тогда те же учётные данные должны быть приняты.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Письмо отклонено антиспам-фильтром получателя</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Ни один RFC не определяет 541; списки в блогах описывают его как отказ спам-фильтра получателя. Настоящие отказы из-за спама приходят как 550 или 554 с расширенным кодом 5.7.x (обычно 5.7.1). Когда &quot;541&quot; встречается в настоящем уведомлении о недоставке, чаще всего это 5.4.1 без точки, который Microsoft 365 отправляет как 550 5.4.1 для неизвестных получателей и отклонённой ретрансляции, а не для спама.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Скорее в категориях недоставок у сервисов рассылок (ESP) и в статьях об устранении неполадок, чем в сеансах. Случай Microsoft распространён: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; приходит на RCPT TO от пограничной блокировки Exchange Online на основе каталога (directory-based edge blocking). В реестре IANA X.4.1 означает No answer from host, код класса 4, так что 5.4.1 у Microsoft — собственное употребление.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Сначала получите точную строку ответа. Если это 550 5.4.1 от Microsoft 365, считайте её неизвестным получателем: отправитель проверяет адрес, а администратор получателя проверяет, что ящик или почтовый контакт существует в тенанте и что домен является обслуживаемым (accepted domain). Если это действительно отказ по содержимому (5.7.x после конца данных), администратор отправителя проверяет аутентификацию, репутацию IP отправителя и содержимое письма.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online отклонил получателя, которого нет в его каталоге (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>MX домена указывает на Microsoft 365, но домен не является обслуживаемым (accepted domain) в этом тенанте, что даёт 550 5.4.1 Relay Access Denied (отказ в ретрансляции).</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Средство обработки недоставок сопоставило отказ из-за спама 550 5.7.1 со своей меткой и номером.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Самописный фильтр или аппаратное решение выдаёт выдуманный 541 вместо стандартного 550 или 554.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Проверьте, размещён ли домен получателя в Microsoft 365; MX, оканчивающийся на mail.protection.outlook.com, означает, что 5.4.1 пришёл от Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Найдите в своём журнале полный ответ удалённого сервера для недоставленного получателя.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Если вы администратор принимающего тенанта, прежде чем что-либо менять, убедитесь в центре администрирования Exchange, что получатель существует, а домен является обслуживаемым.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Постоянный по первой цифре: отправляющий MTA возвращает письмо, а не ставит его в очередь. Повторная отправка того же письма на тот же адрес даст тот же ответ, пока не изменятся адрес, конфигурация тенанта или содержимое.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Запрошенное действие не выполнено: почтовый ящик недоступен</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>нет такого пользователя</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>в черном списке</translation>
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
        <translation>постоянная недоставка</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Постоянный отказ: сервер не выполнит команду для этого адреса или этого письма. RFC 5321 перечисляет под одним кодом три причины — ящик не найден, нет доступа или команда отклонена по соображениям политики, — поэтому 550 одинаково покрывает адрес с опечаткой, закрытую учётную запись, отказ в ретрансляции, IP из чёрного списка и непройденную проверку DMARC. Какой именно случай, говорит следующий за ним расширенный код: 5.1.1 — неизвестный пользователь, 5.2.1 — отключённый ящик, 5.7.1 — политика, 5.7.26 — аутентификация.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Чаще всего в ответ на RCPT TO, когда принимающий сервер проверяет получателя; также на MAIL FROM (отказ отправителю) и после конца данных (вердикты по содержимому, SPF, DKIM или DMARC). Postfix отправляет &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim — &quot;550 Unrouteable address&quot;. Gmail и Microsoft 365 используют 550 почти для всех своих постоянных отказов, каждый со своими расширенными кодами; Yahoo и AOL документируют большинство своих постоянных отказов как 553 и 554, а письмо неизвестному пользователю Yahoo возвращается с 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Прочитайте расширенный код и текст, затем действуйте на нужной стороне. 5.1.x: отправитель исправляет адрес или подтверждает его у получателя; владельцы списков рассылки исключают его. 5.2.1: учётная запись получателя отключена или неактивна, и восстановить её может только получатель или его администратор. 5.7.x у крупного провайдера: администратор отправителя проверяет IP отправителя по чёрным спискам, исправляет SPF, DKIM, выравнивание DMARC и обратный DNS, а затем обращается через форму исключения из списка или поддержки отправителей провайдера. &quot;Relay access denied&quot; или &quot;Unable to relay&quot;: клиент должен пройти аутентификацию на собственном сервере отправки, а не отправлять на сервер, не обслуживающий домен (ретрансляция запрещена). Если принимающий сервер ваш и отказ ошибочен, администратор получателя проверяет таблицы псевдонимов, синхронизацию каталога и правила транспорта.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>Адрес получателя не существует: опечатка, удалённая учётная запись или уволившийся сотрудник (5.1.1, у Microsoft — 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>Ящик существует, но отключён или неактивен (5.2.1; Gmail сообщает, что учётная запись неактивна).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>IP отправителя находится в публичном DNS-списке блокировки (чёрном списке) или в собственном чёрном списке провайдера (Outlook.com S3150, Microsoft 365 5.7.606–649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>Письмо не прошло SPF, DKIM или DMARC, а домен отправителя публикует p=reject или провайдер требует аутентификации (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Клиент без аутентификации попросил сервер ретранслировать почту на домен, который сервер не обслуживает.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Спам-фильтр или фильтр репутации счёл письмо или домен отправителя нежелательным (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Правило на стороне получателя: группа принимает только внутренних отправителей, правило транспорта блокирует отправителя или отправитель в чёрном списке получателя.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Прочитайте часть delivery-status уведомления о недоставке: Remote-MTA говорит, кто отказал, Diagnostic-Code содержит ответ, а текст &quot;in reply to RCPT TO / end of DATA&quot; — на каком этапе.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Убедитесь, что вы попали на текущий MX домена получателя, а не на старый или резервный хост.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Проверьте IP отправителя (здесь 192.0.2.10, октеты в обратном порядке) по Spamhaus; используйте собственный резолвер, потому что публичные резолверы вместо ответа получают 127.255.255.254.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Проверьте, что у IP отправителя есть запись PTR, имя в которой разрешается обратно в него.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Прочитайте политику DMARC домена отправителя — она решает, отклоняется ли письмо, не прошедшее проверку.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Воспроизведите проверку получателя без отправки письма (с настоящего IP отправителя, а не с домашнего подключения).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Не повторяйте отправку того же письма тому же получателю: ответ 5yz означает, что клиенту не следует повторять запрос без изменений (RFC 5321 4.2.1), а повторные попытки для неизвестных пользователей вредят репутации отправителя. Сразу возвращайте письмо отправителю с уведомлением о недоставке и отправляйте повторно только после исправления адреса, аутентификации или попадания в чёрный список.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>Ответ Gmail о неизвестном пользователе на RCPT TO: такой учётной записи Google или пользователя Workspace не существует. Исправьте адрес; повторные попытки не помогут.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Учётная запись Google существует, но отключена или долго не использовалась; восстановить её может только владелец или его администратор Workspace.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Вердикт о спаме и репутации для этого письма, его IP отправителя или домена; Gmail использует 5.7.1 для нескольких блокировок по политике, и текст после кода говорит, для какой именно.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>Письмо не прошло DMARC для домена From, и этот домен публикует p=reject; тот же расширенный код охватывает и почту, которая не проходит ни SPF, ни DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Собственный код Exchange Online «получатель не найден» (5.1.10, который реестр отводит под null MX): адреса нет в тенанте получателя.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Пограничная блокировка на основе каталога (directory-based edge blocking): получатель неизвестен тенанту и отклоняется на RCPT TO. 5.4.1 у Microsoft — не значение из реестра (нет ответа от хоста).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>IP отправителя находится в собственном чёрном списке Microsoft (5.7.606–5.7.649); владелец IP может запросить исключение через портал Microsoft для удаления из списка, когда причина устранена.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>Сбой DMARC для домена From с политикой reject; частный код Microsoft из диапазона 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail и Live отклоняют IP отправителя или его сеть из-за репутации, часто уже на MAIL FROM; оператор отправляющего сервера просит службу поддержки отправителей Microsoft снять блокировку.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>С мая 2025 года Outlook.com отклоняет почту с доменов, отправляющих более 5000 писем в день, если не пройдены SPF и DKIM и не выровнен DMARC (как минимум p=none).</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com и Hotmail отвечают так, обычно с меткой вроде (S2017062302), для несуществующих получателей: это аналог 5.1.10 в потребительском сервисе. Здесь 5.5.0 означает неизвестный ящик, а не состояние протокола из реестра.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Пользователь не локальный; попробуйте &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Получатель не обслуживается этим сервером, и сервер сообщает клиенту, куда отправлять вместо этого: текст ответа содержит новый forward-path. Это один из немногих ответов, текст которых предназначен для разбора программами (RFC 5321 4.2). RFC 5321 3.4 разрешает серверам использовать его для переехавших пользователей, но предупреждает, что он раскрывает адреса, поэтому сегодня он редок.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>В ответ на RCPT TO и VRFY от старых или небольших серверов, настроенных с таблицей переехавших пользователей, например &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Некоторые серверы также ошибочно используют 551 как отказ в ретрансляции для доменов, которые они не обслуживают, не указывая никакого адреса.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Если в ответе указан новый адрес, отправитель проверяет его у получателя, обновляет адресную книгу и отправляет письмо повторно на новый адрес; почтовый клиент или MTA сам этого не сделает. Если адрес не указан, считайте это отказом в ретрансляции: отправляйте через собственный сервер отправки с аутентификацией и проверьте, что записи MX домена указывают на сервер, который действительно его обслуживает. Администраторы получателей, не желающие раскрывать новые адреса, переходят на молчаливую пересылку (с ответом 250; ответ 251 всё равно показал бы новый адрес) или на обычный 550.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>Получатель перешёл на новый адрес, а старый сервер хранит таблицу переехавших пользователей, которая отвечает 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Клиент попытался ретранслировать почту для внешнего домена, и сервер отказал кодом 551, а не 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>MX домена всё ещё указывает на сервер, на котором больше нет ящика получателя.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Скопируйте адрес из текста ответа (между &lt; и &gt;) и подтвердите его у получателя другим способом.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Проверьте, какие серверы сейчас принимают почту для домена.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Воспроизведите получателя на этом сервере и прочитайте ответ на RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Не повторяйте отправку тому же получателю и не перенаправляйте молча: RFC 5321 говорит, что серверы не должны рассчитывать, что клиент воспользуется новым адресом. Верните письмо с уведомлением о недоставке, сохранив текст ответа, чтобы человек мог отправить его повторно на указанный адрес.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Запрошенное действие с почтой прервано: превышен выделенный объём хранилища</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>письмо слишком большое</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>вложение слишком большое</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>ящик переполнен</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>превышена квота</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>Действие прервано, потому что превышено ограничение хранилища. Сегодня это означает одно из двух: ящик получателя превысил квоту или письмо больше, чем принимает сервер (расширение SIZE, RFC 1870). RFC 821 указывал 552 также для слишком большого числа получателей; RFC 5321 4.5.3.1.10 исправляет это на 452 и велит клиентам считать такой 552 временным.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>На MAIL FROM, когда клиент объявляет SIZE= больше предела сервера; после конца данных, когда настоящее письмо слишком велико (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;); на RCPT TO или после конца данных при переполненном ящике, часто от агента доставки (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail использует 552 для ящиков, которые одновременно переполнены и неактивны, для ограничений на размер и заголовки и для запрещённых типов вложений. Реестр относит X.2.2 (ящик переполнен) к классу 4, и всё же большинство серверов отправляют именно 552 5.2.2.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Размер: отправитель уменьшает письмо или делится ссылкой вместо вложения файла; при кодировании в base64 вложения вырастают примерно на треть, так что файл в 20 МБ может не пройти ограничение в 25 МБ. Если уведомление о недоставке пришло от вашего собственного сервера, администратор отправителя проверяет исходящее ограничение. Квота: получатель удаляет или архивирует почту или покупает дополнительное место; отправитель сообщает ему об этом другим способом. Тип вложения: отправьте файл в другом формате или ссылкой.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Вложения, превышающие ограничение размера принимающего сервера после добавления кодирования base64.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>Ящик получателя превысил квоту хранилища.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Учётная запись Gmail, у которой закончилось место и которой больше не пользуются (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Тип вложения, который принимающий сервер отклоняет, например исполняемые файлы или содержащие их архивы (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Слишком большие или слишком многочисленные поля заголовка, например огромный список To или длинный Subject (ограничения на заголовки Gmail 552 5.3.4).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Старый сервер всё ещё отвечает 552 на слишком большое число получателей, как когда-то предписывал RFC 821.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Измерьте исходное письмо в том виде, в каком оно будет отправлено, с учётом кодирования.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Прочитайте ограничение размера, которое принимающий сервер объявляет в ответе на EHLO (строка 250-SIZE, в байтах).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>В Postfix выведите ограничение размера письма и ограничение локального ящика (message_size_limit по умолчанию равен 10240000 байт).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>На сервере Dovecot выведите использование квоты получателем.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Возвращайте письмо с уведомлением о недоставке: повтор без изменений даст тот же сбой. Исключение — употребление из RFC 821 для слишком большого числа получателей на RCPT TO, которое RFC 5321 велит считать временным: отправьте оставшимся получателям в более поздней транзакции. После недоставки из-за квоты человек может отправить письмо повторно, когда получатель освободит место.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Учётная запись Google израсходовала своё хранилище и не используется; для учётной записи, которая просто переполнена, Gmail отправляет 452 4.2.2.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>Письмо целиком, число вложений в нём или его заголовки превышают ограничения Gmail на приём; текст называет, какое именно.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Тип вложения, который Gmail отклоняет (например, исполняемый файл, в том числе внутри архива); это политика в отношении содержимого, а не проблема с хранилищем.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Запрошенное действие не выполнено: недопустимое имя почтового ящика</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Постоянный отказ принять адрес как таковой: имя ящика неприемлемо для этого сервера, классически — из-за неверного синтаксиса. На практике 553 также охватывает адреса отправителя, которые сервер не примет (неразрешимый домен, адрес, не принадлежащий вошедшему пользователю), и домены, для которых сервер не будет выполнять ретрансляцию. RFC 5321 3.3 говорит, что сбои на MAIL FROM обычно дают 550 или 553, а 3.5.1 использует 553 для неоднозначного имени в VRFY.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>На MAIL FROM и RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix с проверкой соответствия отправителя учётной записи: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Отказ в ретрансляции в qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 и 5.1.7 для неизвестного домена получателя и недопустимого синтаксиса адреса получателя или отправителя. Серверы с SMTPUTF8 могут использовать 553 с 5.6.7 для адресов не из ASCII, которые они не могут принять.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>Отправитель исправляет соответствующий адрес: правильный синтаксис, настоящий зарегистрированный домен, а при отправке с аутентификацией — только адрес, от имени которого учётной записи разрешено отправлять. Разработчики приложений задают правильного отправителя в конверте с публичным доменом вместо root@localhost или www-data@server. Если ответ — отказ в ретрансляции, клиент должен пройти аутентификацию на собственном сервере отправки. Администратор сервера добавляет адрес в разрешённые отправители пользователя, только если адрес действительно принадлежит этому пользователю.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Искажённый адрес: нет @, есть пробелы, несбалансированные угловые скобки или отображаемое имя в конверте.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>Отправитель в конверте использует внутреннее имя хоста, которое не разрешается публично, — типично для заданий cron и веб-приложений.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>Аутентифицированный пользователь попытался отправить письмо от имени адреса, принадлежащего кому-то другому.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>Домен получателя не входит в число тех, для которых этот сервер принимает или ретранслирует почту.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>Домен получателя не существует в DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Адрес не из ASCII отправлен на сервер, который не может его обработать.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Проверьте, что домен отправителя из конверта разрешается публично.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>В Postfix посмотрите, какое ограничение отклонило адрес.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>На отправляющем хосте проверьте имена, которые Postfix подставляет в локально созданную почту.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Воспроизведите транзакцию с точными отправителем и получателем, чтобы увидеть, кто из двух отклоняется.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Не повторяйте: тот же адрес даст тот же 553. Верните письмо, чтобы можно было изменить адрес или настройки отправки, а затем отправьте его снова как новое письмо.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>Домен получателя не существует в DNS; обычно это опечатка в части после @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>Аргумент RCPT TO синтаксически недопустим; Gmail вообще не искал пользователя.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>Аргумент MAIL FROM искажён; исправьте отправителя в конверте, которого задаёт ваше приложение или сервер.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>Транзакция не удалась (при открытии соединения: здесь нет службы SMTP)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>в черном списке</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>постоянная недоставка</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Постоянный сбой, не подходящий ни под один более узкий код. RFC 5321 отводит ему две роли: &quot;transaction failed&quot; во время сеанса и &quot;No SMTP service here&quot;, когда сервер вместо приветствия 220 отправляет 554, чтобы отказать во всём соединении. На практике это второй крупный код отказа наряду с 550: Postfix по умолчанию использует 554 при попадании в чёрный список, отказе в ретрансляции и отказах по таблицам доступа (access), а после DATA он обычно означает вердикт по содержимому, спаму или вирусам.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Первой строкой вместо 220, когда подключающемуся IP отказано полностью; RFC 5321 3.1 говорит, что сервер должен тогда дождаться QUIT и на прочие команды отвечать 503. На RCPT TO от ограничений Postfix: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; или &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. На DATA: &quot;554 5.5.1 Error: no valid recipients&quot;, когда все RCPT были отклонены. После конца данных — от контент-фильтров, а также как &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo и AOL отправляют большинство постоянных отказов как 554; Gmail и Microsoft используют его для искажённых писем, петель и (Microsoft) переполненных ящиков.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Сначала определите этап. Отказ в приветствии или с текстом о чёрном списке: администратор отправителя находит запись в списке, устраняет причину (взломанная учётная запись, открытый ретранслятор, отсутствующий PTR) и запрашивает исключение из списка, а если блокировка локальная, обращается к postmaster получателя другим путём. Relay access denied: клиент должен пройти аутентификацию (обычно порт 587 со STARTTLS), или администратор получателя должен добавить домен в relay- или virtual-домены сервера, если MX действительно указывает туда (ретрансляция). После конца данных: проверьте аутентификацию, ссылки, вложения и содержимое. Yahoo 554 5.7.9: исправьте DKIM и выравнивание DMARC. Строки Yahoo с &quot;dd&quot;: адрес не существует, удалите его. Коды петель (5.4.6, 5.4.14): исправьте пересылку или соединитель, которые гоняют почту туда и обратно.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>Подключающийся IP находится в DNS-списке блокировки (чёрном списке), который проверяет принимающий сервер, или в собственном чёрном списке принимающего сервера.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Клиент без аутентификации попытался ретранслировать почту на внешний домен (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Все получатели в транзакции были отклонены, поэтому DATA завершается ошибкой no valid recipients (нет допустимых получателей).</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Контент-фильтр после конца данных обнаружил спам, вирус или запрещённое вложение.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>Письмо не прошло политику DMARC или DKIM домена отправителя (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>Получатель не существует в Yahoo или AOL, у которых уведомление о недоставке для неизвестного пользователя — строка 554 с &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Правило пересылки или петля соединителей заставили письмо превысить предел числа транзитных узлов (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Искажённое письмо: нарушенная структура MIME, голые символы перевода строки или недопустимые заголовки (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Подключитесь и прочитайте баннер: 554 в нём означает, что отказано во всём соединении, ещё до рассмотрения какого-либо адреса.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Проверьте IP отправителя (192.0.2.10 в обратном порядке) не только в Spamhaus, но и во втором чёрном списке.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Проверьте отправку с аутентификацией через собственный сервер — именно этого требует отказ в ретрансляции.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>На принимающем сервере Postfix найдите ограничение, выдавшее 554, и его коды по умолчанию.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>При недоставке из-за петли посчитайте заголовки Received: в возвращённом письме, чтобы увидеть, какие хосты передают его туда и обратно.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>Не повторяйте транзакцию без изменений. 554 в приветствии означает, что принимающий сервер отказывает этому клиенту, поэтому засыпать его новыми подключениями — значит лишь продлевать попадание в список; отправьте QUIT и верните или задержите почту, пока причина не устранена. 554 после конца данных окончателен для этого письма; отправляйте повторно, только изменив то, что было отклонено.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Ответ Yahoo о неизвестном получателе, без расширенного кода; Yahoo просит не повторять попытки и удалить адрес из списков. Та же почтовая система обслуживает и адреса AOL.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>Письмо не прошло проверки аутентификации Yahoo (DKIM, SPF, DMARC), обычно сбой DMARC для домена, публикующего p=reject; исправьте аутентификацию, а не просите пересмотреть репутацию.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>Структура или заголовки письма нарушают RFC 5322 или MIME настолько, что Gmail сразу его отклоняет.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Петля маршрутизации: в письме слишком много заголовков Received, обычно из-за правил пересылки, указывающих друг на друга.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>Клиент отправил слишком много команд, не пройдя сначала аутентификацию; Gmail прекращает попытку, а не ждёт AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online сообщает о переполненном ящике получателя как 554 5.2.2; получатель должен освободить место. Microsoft также использует 5.2.2 для отправителя, превысившего ограничения на отправку.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Обнаружение петель в Exchange Online, о котором сообщается собственным кодом Microsoft 5.4.14 (код петли в реестре — X.4.6); ищите правила пересылки или соединители, которые отправляют письмо обратно.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>Параметры MAIL FROM/RCPT TO не распознаны или не реализованы</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>Клиент добавил к MAIL FROM или RCPT TO параметр ESMTP (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS и т. д.), который этот сервер не распознаёт или не может реализовать. RFC 5321 4.1.1.11 назначает этому случаю 555, а временной невозможности — 455. Ошибка в команде клиента, а не в адресах.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Сразу после MAIL FROM или RCPT TO, обычно когда клиент использует расширение, которое сервер не объявил в ответе на EHLO: параметры DSN на сервер без DSN, клиент, перешедший на HELO, но всё ещё добавляющий SIZE=, или межсетевой экран, понимающий SMTP, удаливший ключевые слова из списка EHLO. Postfix отвечает &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail указывает среди своих ответов &quot;555 5.5.2 Syntax error&quot;.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>Клиентская программа должна отправлять только параметры, перечисленные сервером в ответе на EHLO, и никаких — после перехода на HELO. Обновите или перенастройте почтовую библиотеку или MTA (частые виновники — принудительно включённые параметры DSN или SMTPUTF8). Если межсетевой экран или прокси инспектирует SMTP, попросите его администратора отключить инспекцию, переписывающую EHLO. Проверьте и синтаксис команд: пробел по обе стороны двоеточия в MAIL FROM: и RCPT TO: не допускается.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Параметр расширения, которое сервер никогда не объявлял, например NOTIFY= или RET= на сервер без DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO не прошёл, клиент перешёл на HELO и всё равно продолжил добавлять параметры расширений.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Промежуточное устройство переписало или сократило ответ на EHLO, поэтому клиент и сервер расходятся в том, какие расширения поддерживаются.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Искажённые аргументы, например пробел после двоеточия или испорченное значение параметра.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Прочитайте, какие расширения сервер предлагает на самом деле; каждая строка 250- после EHLO — одно ключевое слово.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>Сравните с тем, что проходит через межсетевой экран, проверив изнутри и снаружи сети или через зашифрованный сеанс, который инспекция не может изменить.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>На сервере Postfix проверьте, не скрыты ли ключевые слова EHLO намеренно.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Получите точную строку MAIL FROM или RCPT TO, которую отправляет клиент, из его журнала отладки или перехватив трафик тестового сеанса.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Повтор той же команды снова даст сбой. Клиент может начать новую транзакцию без необязательного параметра, который сервер не поддерживает (SIZE, NOTIFY), но не должен отбрасывать REQUIRETLS, чтобы протолкнуть письмо (RFC 8689); в этом случае письмо возвращается с уведомлением о недоставке.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail сочетает 555 с расширенным кодом синтаксической ошибки, поэтому проверьте синтаксис MAIL FROM и RCPT TO (скобки, отсутствие пробела после двоеточия), а также параметры.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>Домен не принимает почту</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Определён в RFC 7504: домен в адресе вообще не принимает почту. Обычная причина — запись null MX (RFC 7505, &quot;MX 0 .&quot;), которой домен заявляет, что не получает почту; соответствующий расширенный код — 5.1.10, Recipient address has null MX (у домена адреса получателя null MX). Он отличается от 521 (этот хост не принимает почту) и от 550 (в этом ящике отказано).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>В ответ на RCPT TO от сервера отправки или ретранслятора, который проверил домен получателя перед принятием, например Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Или в уведомлении о недоставке, которое ваш собственный MTA составляет, ни с кем не связываясь (Postfix записывает &quot;Domain example.com does not accept mail (nullMX)&quot;). Классическая ловушка: сам example.com публикует null MX, поэтому тестовая почта на него всегда завершается именно таким сбоем.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>Отправитель проверяет адрес: домен припаркован, используется только для сайта или как домен no-reply, либо опечатка превратила адрес в такой домен. Попросите у получателя адрес, который принимает почту. Если домен ваш и почта вам нужна, администратор домена удаляет null MX и публикует настоящие записи MX. Тестовым системам следует использовать почтовый приёмник-заглушку (mail sink) или подконтрольный вам домен, а не example.com.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Домен припаркован или используется только для сайта и публикует null MX.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Опечатка дала другой, существующий домен, публикующий null MX.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Тестовые адреса или адреса-заглушки в example.com или example.net попали на настоящий почтовый сервер.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>Владелец домена оставил null MX после переноса почты к новому провайдеру.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Ответы, отправленные на домен no-reply, который намеренно отказывается принимать почту.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Запросите MX; единственный ответ &quot;0 .&quot; — это null MX.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Перепроверьте другой утилитой, которая выводит запись с приоритетом и целью.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>На сервере-отправителе Postfix выведите письма, отклонённые или возвращённые из-за null MX.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Не ставьте в очередь и не повторяйте: null MX — опубликованное заявление владельца домена о том, что почта не принимается, поэтому отправляющий MTA сразу возвращает письмо с уведомлением о недоставке. Доставка станет возможной только после изменения DNS владельцем домена.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Ответ на запрос адреса</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 не определён ни в RFC 5321, ни в каком-либо другом опубликованном RFC. Он был предложен в Internet-Draft о механизме запроса адресов как ответ, содержащий результат запроса, и этот черновик так и не стал стандартом. Распространённые MTA и крупные провайдеры его не отправляют, а неофициальные списки кодов приписывают этому числу посторонние значения.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>В публичном интернете практически никогда. Если он встречается, на той стороне работает экспериментальная или самописная программа либо фильтр, настроенный с самодельным кодом ответа; чаще это число — неверное прочтение другого кода в журнале или на снимке экрана.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>Администратор отправителя выясняет, какая программа его отправила (баннер, заголовки Received, postmaster на той стороне), и ищет значение в её документации. Если код исходит из конфигурации вашего собственного сервера или фильтра, замените его стандартным ответом, например 550 или 554 с подходящим расширенным кодом, чтобы другие программы могли на него реагировать.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Экспериментальный сервер, реализующий черновик о запросе адресов.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Фильтр или пользовательское правило, настроенные с выдуманным кодом ответа.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Код, неверно скопированный из журнала, заявки или снимка экрана.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Определите программу на той стороне по её баннеру приветствия.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Найдите точную строку ответа в своём журнале, чтобы увидеть команду, на которую он пришёл, и текст после кода.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>Отправляющий MTA толкует неизвестный код по первой цифре (RFC 5321 4.2): считайте 557 постоянным сбоем, возвращайте письмо с уведомлением о недоставке, а не ставьте в очередь, и пусть человек свяжется с postmaster на той стороне.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>в черном списке</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 не является кодом ответа SMTP ни в одном RFC. Те, кто говорит «ошибка 571, заблокировано», почти всегда имеют в виду расширенный код 5.7.1, Delivery not authorized, message refused (RFC 3463; доставка не разрешена, письмо отклонено), который приходит как 550 5.7.1 или 554 5.7.1. Время от времени фильтр или нестандартная конфигурация сервера выдаёт буквальный 571; клиенты должны по первой цифре считать его постоянным сбоем.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>В заявках в службу поддержки, отчётах о недоставке (NDR) Exchange (&quot;#550 5.7.1 ...&quot;), сводках недоставок и журналах устройств безопасности. Ответ за ним — отказ по политике на MAIL FROM, RCPT TO или после конца данных: ретрансляция без аутентификации, IP из чёрного списка, отправитель, которого не допускает организация получателя, или вердикт «спам».</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Получите полную строку ответа и прочитайте текст после 5.7.1, потому что 5.7.1 говорит лишь &quot;not authorized&quot;. Отказ в ретрансляции: отправляющий клиент проходит аутентификацию на собственном сервере. IP в чёрном списке: администратор отправителя устраняет причину и запрашивает исключение из списка. Получатель с ограничениями (группа, принимающая только внутренних или перечисленных отправителей): администратор получателя должен разрешить отправителя. Вердикт «спам»: проверьте аутентификацию и содержимое.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Клиент отправлял без аутентификации через сервер, который не ретранслирует для него почту (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>У IP или домена отправителя плохая репутация, или они в чёрном списке.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>Получатель — группа рассылки или ящик, принимающие почту только от внутренних или перечисленных отправителей.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Правило транспорта или собственная политика на стороне получателя (правила gcdp в Google Workspace) отклонили письмо.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Устройство фильтрации, настроенное отвечать буквальным 571.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Найдите точную строку с 5.7.1 для недоставленного адреса; слова после кода называют политику.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Проверьте, есть ли IP отправителя в Spamhaus (192.0.2.10 в обратном порядке), используя собственный резолвер.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Если в тексте упоминается ретрансляция, проверьте, может ли ваш клиент пройти аутентификацию для отправки.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Никогда не повторяйте без изменений ни 571, ни стоящий за ним 550 5.7.1: политика, по которой отказано, всё ещё действует. Верните письмо с уведомлением о недоставке и отправляйте повторно только после того, как решён вопрос с разрешением на ретрансляцию, попаданием в список или правилом получателя.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Прочее неопределённое состояние</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>Расширенный код на все случаи: сервер сообщает лишь, успех ли это (2.0.0), временный сбой (4.0.0) или постоянный сбой (5.0.0), без указания категории и подробностей. Вся настоящая информация — в базовом коде и тексте ответа.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>В любом месте сеанса и очень часто в уведомлениях о недоставке. Postfix отвечает 250 2.0.0 Ok: queued (поставлено в очередь) после данных письма, 221 2.0.0 Bye на QUIT и 220 2.0.0 Ready to start TLS. Postfix и Exim также записывают Status: 5.0.0 или 4.0.0 в DSN, когда в ответе удалённого сервера не было собственного расширенного кода.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Не обращайте внимания на расширенный код и читайте базовый код и текст рядом с ним: они говорят, что произошло на самом деле. Для 2.0.0 исправлять нечего. Для 4.0.0 или 5.0.0 в уведомлении о недоставке отправитель (или администратор отправителя) читает строку Diagnostic-Code, в которой процитирован исходный ответ удалённого сервера, и исходит из него.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>В ответе удалённого сервера не было расширенного кода, поэтому сообщающий MTA подставил общий X.0.0, когда составлял DSN.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Серверная программа помечает обычные ответы об успехе кодом 2.0.0, например завершающий 250 после данных письма или 221 на QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Фильтр, milter или служба политик отклонили письмо со своим произвольным текстом и не выбрали конкретный расширенный код.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Откройте уведомление о недоставке и прочитайте строку Diagnostic-Code: в ней процитировано, что на самом деле сказал удалённый сервер.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Найдите письмо в журнале отправляющего сервера по получателю и прочитайте полный ответ, записанный вместе с ним.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Решайте только по цифре класса: 2.0.0 ничего не требует, 4.0.0 повторяется позже с обычными нарастающими интервалами, 5.0.0 без изменений не повторяется. Общий код не даёт оснований отступать от этого.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Прочее состояние адреса</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>неверный адрес</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Этот результат вызван чем-то, связанным с адресом в транзакции — отправителя или получателя, — но сервер не говорит, чем именно. В виде 5.1.0 это постоянный отказ, привязанный к этому адресу; в виде 4.1.0 ожидается, что проблема с адресом устранится, например проверка, которую пока не удалось завершить.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>В ответах на MAIL FROM или RCPT TO и в DSN. Postfix отвечает 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (адрес отправителя отклонён: пользователь не найден в локальной таблице получателей), когда адрес отправителя в обслуживаемом им домене не существует (reject_unlisted_sender), а некоторые версии Postfix записывают dsn=5.1.0, когда возвращают почту для домена с null MX. Postfix, Gmail и Exchange также ставят 2.1.0 в ответ 250 на MAIL FROM — форму успеха, которой нет в реестре.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Прочитайте текст после кода, чтобы узнать, какой адрес отклонён. Если назван адрес отправителя, администратор отправителя следит, чтобы отправитель в конверте был настоящим существующим ящиком в разрешающемся домене; если назван получатель, отправитель проверяет этот адрес на опечатки. При 4.1.0 отправляющий сервер просто повторяет попытку.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>Отправитель в конверте выглядит локальным для принимающего сервера, но там не существует, поэтому Postfix с reject_unlisted_sender его отклоняет.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>Домен получателя публикует null MX, и отправляющий MTA сообщает об этом общим кодом адреса вместо 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Правило политики или перезаписи адресов отклонило адрес, не выбрав более конкретный код.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Прочитайте текст ответа: в нём сказано, чей адрес отклонён — отправителя или получателя.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Если адрес отправителя находится в домене, который обслуживает отклонивший его сервер Postfix, проверьте, есть ли он в таблице виртуальных псевдонимов.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Проверьте, публикует ли домен получателя null MX (единственный ответ &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: не отправляйте повторно на тот же адрес или с него без изменений. 4.1.0: повторите попытку позже с обычными нарастающими интервалами, поскольку сервер ожидает, что проверка адреса в конце концов пройдёт.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Неверный адрес почтового ящика назначения</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>нет такого пользователя</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>неверный получатель</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>получатель не найден</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>адрес не существует</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>несуществующий email</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>Ящик не существует: часть адреса слева от @ неизвестна в месте назначения, хотя сам домен в порядке. Код задуман как постоянный сбой (5.1.1) — классическая постоянная недоставка для адреса с опечаткой или удалённого адреса; 4.1.1 появляется, когда сервер пока не может подтвердить получателя и просит повторить попытку позже.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Почти всегда в ответ на RCPT TO, ещё до отправки данных письма, а затем в уведомлении о недоставке, составленном отправляющим сервером. Его используют Gmail, Microsoft 365, Postfix (User unknown in local recipient table или in virtual mailbox table — пользователь не найден в локальной таблице получателей или в таблице виртуальных ящиков) и Sendmail (User unknown). Postfix отправляет 450 4.1.1 ... unverified address, пока его проверка адреса получателя ещё идёт.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>Отправитель проверяет адрес на опечатки, особенно до @, и подтверждает правильный адрес у получателя другим способом. Операторы списков рассылки удаляют адрес после 5.1.1. Если ящик должен существовать, администратор получателя проверяет, что он есть в каталоге или таблице поиска, которую использует принимающий сервер, и что у шлюзов и резервных хостов MX актуальный список получателей.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Опечатка в локальной части: пропущенная буква, переставленные имя и фамилия или не тот разделитель.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>Ящик удалён или переименован, например после ухода сотрудника, и псевдоним не сохранили.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Устаревшая запись в списке адресов или в кэше автозаполнения почтового клиента.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Шлюз или резервный MX проверяют получателей по устаревшему списку и отклоняют ящик, который существует на конечном сервере.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>Ящик создан, но таблица поиска принимающего сервера (virtual map, запрос LDAP) не пересобрана или его не видит.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Найдите хосты MX домена получателя.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Проверьте адрес на этом MX, не отправляя письма: следите за ответом на RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>На своём сервере Postfix проверьте, есть ли получатель в таблице виртуальных ящиков (virtual mailbox map).</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Не повторяйте после 5.1.1: адрес сам не появится, а повторные попытки отправки на мёртвые адреса вредят репутации отправителя. 4.1.1 повторяется с обычными нарастающими интервалами; если он превратится в 5.1.1, остановитесь.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Ответ Gmail на RCPT TO, когда для адреса gmail.com или Google Workspace нет учётной записи; совпадает со значением из реестра.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange не смог разрешить получателя в своём каталоге. Между пользователями одной организации это часто старая запись автозаполнения (X.500 / legacyExchangeDN) для ящика, который был пересоздан или перемещён: удалите подсказку, введите адрес заново и отправьте снова.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Неверный адрес системы назначения</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>домен не существует</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>нет MX записи</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>домен не найден</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>Доменная часть адреса получателя (справа от @) не может принимать почту: её нет в DNS или у неё нет рабочего почтового хоста. Код определён как постоянный сбой, поэтому письмо не может быть доставлено, пока домен не исправлен.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Либо в ответ на RCPT TO от сервера, проверяющего домены получателей, либо в уведомлении о недоставке, составленном отправляющим сервером после неудачного собственного запроса к DNS. Postfix с reject_unknown_recipient_domain отвечает 450 4.1.2 ... Recipient address rejected: Domain not found (по умолчанию временно, потому что проблемы с DNS могут пройти), а Sendmail возвращает письмо с 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>Отправитель проверяет написание домена (частые промахи: пропущенная буква в названии известного провайдера, точка в конце, пропущенный национальный суффикс). Если домен верен, администратор получателя проверяет, что он зарегистрирован и делегирован и публикует записи MX или хотя бы адресную запись, ведущие к работающему почтовому серверу.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Домен с опечаткой, например удвоенная или пропущенная буква в названии крупного провайдера.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>Срок регистрации домена истёк, или его серверы имён больше за него не отвечают.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>Домен существует, но у него нет ни записи MX, ни записи A или AAAA, поэтому нет хоста для доставки.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>Запись MX называет хост, имя которого само не разрешается.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Найдите почтовые хосты домена.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Если MX нет, поищите адресную запись, используемую как запасной вариант.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Проследите делегирование от корня, чтобы увидеть, существует ли домен и отвечают ли его серверы имён.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Не повторяйте 5.1.2 без изменений; исправьте адрес. Если причиной был сбой DNS и сервер использовал базовый код 4xx, повторяйте с обычными нарастающими интервалами.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail не смог найти домен в адресе получателя — обычно опечатка или лишний знак препинания после адреса; смысл тот же, что в реестре.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Неверный синтаксис адреса почтового ящика назначения</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>неправильный email адрес</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>некорректный адрес</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>Адрес получателя вообще не является допустимым адресом: он нарушает синтаксис адреса, например содержит пробелы, не содержит @, содержит две точки подряд или несбалансированные угловые скобки. Реестр считает его постоянным, поскольку та же строка каждый раз отклоняется.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>В ответ на RCPT TO, обычно с 501 или 553. Postfix отвечает 501 5.1.3 Bad recipient address syntax (неверный синтаксис адреса получателя), Gmail — 553-5.1.3 ... is not a valid RFC 5321 address, а локальный Exchange сообщает 5.1.3 STOREDRV.Submit; invalid recipient address. Обычный источник — скрипты и веб-формы, которые сами собирают строку RCPT TO.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>Отправитель или клиентская программа, формирующая конверт, исправляет адрес: без пробелов и лишних знаков препинания, ровно один символ @, полный домен и голый адрес в угловых скобках в RCPT TO. Приложениям следует проверять адреса до постановки почты в очередь.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Пробелы, запятые или точки с запятой внутри адреса, часто из-за вставки нескольких адресов в одно поле.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Две точки подряд или точка в начале или конце локальной части.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>В RCPT TO передано отображаемое имя или кавычки вместо голого адреса.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Символы не из ASCII отправлены на сервер, который не предложил SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Скопируйте точный адрес из уведомления о недоставке и поищите скрытые пробелы, кавычки, удвоенные точки или отсутствующий домен.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Повторите конверт с исправленным адресом и следите за ответом на RCPT TO.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Не повторяйте: искажённый адрес отклоняется одинаково при каждой попытке. Исправьте адрес и отправьте новое письмо.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail отклоняет адрес получателя, не соответствующий синтаксису RFC 5321; то же, что значение из реестра.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Адрес почтового ящика назначения неоднозначен</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>Адрес совпал более чем с одним ящиком в системе назначения, поэтому сервер не может определить, какой имелся в виду. Код приходит от систем, сопоставляющих адреса нестрого (по имени или частичному совпадению), и может быть постоянным (5.1.4) или устойчиво-временным (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>В современном интернете редок. Приходит от систем на основе каталога, разрешающих получателей по имени, например старых версий Exchange и некоторых шлюзов groupware, в ответ на RCPT TO или в DSN. Команда VRFY из RFC 5321 основана на той же идее: сервер может ответить, что имя неоднозначно, и перечислить кандидатов.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>Отправитель использует полный точный адрес вместо краткой формы или имени. Администратор получателя устраняет дубликат — двух пользователей или контакта с одинаковым псевдонимом, прокси-адресом или именем в каталоге — и проверяет нестрогие правила сопоставления, например по имени.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Два объекта каталога имеют одинаковый псевдоним или прокси-адрес, например после того, как при миграции пользователь был импортирован дважды.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>Принимающая система сопоставляет получателей по имени, и это имя носят несколько человек.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Короткая локальная часть, например имя, использована там, где система ожидала полный адрес.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Администратор получателя ищет в каталоге все объекты, имеющие этот адрес.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Отправьте письмо повторно, используя полный адрес точно в том виде, в каком его даёт получатель.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: не повторяйте на тот же адрес; отправьте повторно на однозначный. 4.1.4: повторите попытку позже с нарастающими интервалами, поскольку администратор получателя, возможно, устраняет дубликат.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Адрес назначения допустим</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Код успеха: адрес назначения допустим и принят. RFC 3463 предназначал его для положительных отчётов о доставке, а на практике почти любой сервер ставит 2.1.5 в ответ 250 на RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>В ответе на каждый RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) и в DSN об успешной доставке, когда отправитель запросил NOTIFY=SUCCESS. На RCPT TO он означает лишь, что адрес получателя принят для этой транзакции, а не что письмо попало во «Входящие».</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Исправлять нечего. Разбираться дальше стоит, только если письмо, принятое с 2.1.5, потом возвращается с уведомлением о недоставке или так и не приходит: тогда проблема возникает после принятия (фильтрация содержимого, более поздний этап доставки или резервный MX, принимающий любой адрес), и администратор получателя отслеживает письмо в своих журналах.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>Адрес получателя существует, и сервер принял его для этой транзакции.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Сервер, не проверяющий получателей на RCPT TO (некоторые резервные хосты MX, домены с catch-all), принимает любой адрес и может позже вернуть письмо с уведомлением о недоставке.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>С помощью NOTIFY=SUCCESS был запрошен DSN об успехе, и конечный сервер сообщил о доставке.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Проведите конверт до RCPT TO и убедитесь, что пришёл ответ 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Если принятая почта так и не пришла, найдите идентификатор в очереди, который принимающий сервер указал в ответе 250 после данных (Postfix записывает его как queued as ...), и передайте его администратору получателя, чтобы тот поискал его в своём журнале.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Повторять нечего: получатель принят. Клиент продолжает диалог следующими командами RCPT TO или DATA.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>Почтовый ящик назначения перемещён, адреса для пересылки нет</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>учетная запись закрыта</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>сотрудник уволился</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>Раньше адрес был действительным, но ящика больше нет, а сервер не предлагает адреса для пересылки. Это постоянный сбой; в отличие от 5.1.1 он сообщает отправителю, что адрес когда-то действительно существовал.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>В ответ на RCPT TO или в уведомлении о недоставке, от серверов, которые ведут список ушедших пользователей. Таблица relocated в Postfix отклоняет с 5.1.6 и текстом вроде User has moved to, за которым следует новый адрес, так что на практике адрес для пересылки часто всё-таки даётся. Локальный Exchange использует 5.1.6 для другого: соединитель получения (Receive connector) отклоняет домены получателей из одной метки (адрес вроде user@example без суффикса).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>Отправитель перестаёт использовать адрес и спрашивает новый у самого человека или его организации; если в тексте ответа указан новый адрес, используйте его. Владельцы списков рассылки удаляют адрес. Бывший администратор получателя может добавить псевдоним для пересылки или автоответ, если организация хочет, чтобы человека можно было найти.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>Человек ушёл из организации, и администратор внёс адрес в таблицу relocated или таблицу ушедших пользователей.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Компания сменила домен или схему именования и намеренно вывела старые адреса из использования.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>В Exchange домен получателя состоит из одной метки, а соединитель получения настроен отклонять такие домены.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Прочитайте весь текст ответа: некоторые серверы пишут новый адрес после &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>На сервере Postfix проверьте, есть ли адрес в таблице relocated.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Не повторяйте: ящик не вернётся. Удалите адрес или отправьте повторно на новый адрес, если он был указан в ответе.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Неверный синтаксис адреса почтового ящика отправителя</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>неверный адрес отправителя</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>некорректный MAIL FROM</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>Адрес отправителя, обычно MAIL FROM в конверте, синтаксически недопустим. В виде 5.1.7 это постоянный отказ; серверы также отправляют 4.1.7, когда отказывают отправителю лишь на время, например пока ещё его проверяют.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>В ответ на MAIL FROM или на RCPT TO на серверах, применяющих там ограничения для отправителя. Postfix пишет 501 5.1.7 Bad sender address syntax, а Gmail — 553-5.1.7 The sender address ... is not a valid RFC 5321 address (адрес отправителя недопустим). Postfix с reject_unverified_sender использует тот же код как 450 4.1.7 ... Sender address rejected: unverified address, что касается проверки, а не синтаксиса. Частые источники — скрипты, принтеры и сканеры.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>Администратор отправителя или отправляющее приложение исправляет отправителя в конверте: полный адрес с одним @ и полным доменным именем, в угловых скобках, без отображаемого имени. Устройства и скрипты часто отправляют голое имя пользователя или домен из одного имени хоста; настройте настоящий адрес. В случае Postfix 4.1.7 убедитесь, что адрес отправителя может принимать почту, потому что принимающий сервер его проверяет.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Приложение или устройство отправляет в качестве отправителя в конверте голое имя пользователя или имя хоста без домена.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>В MAIL FROM попадают отображаемое имя, кавычки или пробелы.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>У домена отправителя нет суффикса, например user@localhost или короткое внутреннее имя хоста.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>Принимающий сервер проверяет адрес отправителя и пока не получил ответа (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Найдите отправителя в конверте, которого увидел сервер; Postfix записывает его как from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Повторите транзакцию с чистым адресом отправителя и сравните ответ на MAIL FROM.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: не повторяйте с тем же адресом отправителя, сначала исправьте его. 4.1.7: повторите попытку позже с обычными нарастающими интервалами; обычно проходит, когда принимающий сервер завершит проверку отправителя.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail отклоняет отправителя в конверте, адрес которого не соответствует синтаксису RFC 5321; то же, что значение из реестра.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Неверный адрес системы отправителя</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>домен отправителя не существует</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>Домен адреса отправителя не существует или не может принимать почту, поэтому уведомления о недоставке нельзя было бы вернуть на него. Серверы отклоняют таких отправителей постоянно (5.1.8), если домена явно больше нет, и временно (4.1.8), если просто не удался запрос к DNS.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>В ответ на MAIL FROM или на RCPT TO на серверах, которые проверяют ограничения для отправителя поздно, как Postfix по умолчанию. Postfix с reject_unknown_sender_domain отвечает 450 4.1.8 ... Sender address rejected: Domain not found (домен отправителя не найден); Sendmail отвечает 553 5.1.8 ... Domain of sender address ... does not exist или 451 4.1.8, если домен не разрешается. Microsoft 365 использует 5.1.8 в не связанном с этим значении.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>Администратор отправителя следит, чтобы отправитель в конверте использовал настоящий публичный домен с записями MX или адресными записями: не внутреннее имя (например, домен .local), не опечатку и не домен с истёкшей регистрацией. Если DNS выглядит правильно, проверьте, что серверы имён домена отвечают из-за пределов сети компании. Отправителю Microsoft 365, получившему 5.1.8, нужно, чтобы его администратор защитил учётную запись и снял с неё ограничение.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>Отправляющее приложение использует внутренний домен, существующий только в частном DNS компании.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>Регистрация домена отправителя истекла, или его делегирование нарушено.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>У домена отправителя нет ни записи MX, ни записи A или AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Временный сбой DNS на принимающей стороне, что даёт 4.1.8, а не 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Запросите записи MX домена отправителя с машины за пределами вашей сети.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Если MX нет, проверьте адресные записи, используемые как запасной вариант, IPv4 и IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>На принимающем сервере Postfix выведите действующие ограничения для отправителя.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: повторяйте с обычными нарастающими интервалами; проблемы с DNS часто проходят за несколько минут. 5.1.8: не повторяйте, пока не исправлены домен отправителя или отправитель в конверте.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online ограничил саму отправляющую учётную запись, обычно потому что после взлома с неё рассылался спам. О домене отправителя это ничего не говорит: администратор защищает учётную запись и удаляет её из списка Restricted entities на портале Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Письмо ретранслировано в несовместимую почтовую систему</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>Адрес был действительным, но письмо передано системе, которая не поддерживает используемый протокол состояния или отслеживания, поэтому дальнейших сведений дать нельзя. Код происходит из RFC 3886 (отслеживание сообщений) и в большинстве случаев носит информационный характер, а не сообщает об ошибке.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Встречается редко. Он относится к ответам отслеживания сообщений (расширение MTRK из RFC 3885 и формат состояния из RFC 3886) и к отчётам о состоянии, где след обрывается на шлюзе или сервере, который не может сообщать дальше. В обычном DSN та же ситуация обычно отображается как Action: relayed (ретранслировано).</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Обычно исправлять нечего: письмо покинуло ту часть пути, которая сообщает о состоянии. Если подтверждение доставки важно, спросите получателя напрямую или попросите администратора получателя поискать в своих журналах, потому что последний сообщающий узел не видит дальше.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>Следующий узел — шлюз в систему обмена сообщениями другого типа (старый groupware, шлюз факса или SMS) без поддержки отслеживания.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Сервер ниже по цепочке не поддерживает DSN или отслеживание, поэтому сообщающий сервер передал письмо дальше без них.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>Письмо ушло во внешний сервис, внутренняя доставка в котором сообщающему серверу не видна.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>В отчёте о состоянии прочитайте поля Action, Status и Remote-MTA, чтобы увидеть, где оборвался след.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Проверьте, объявляет ли следующий узел DSN в ответе на EHLO.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Повторять нечего: письмо принято и передано дальше. Форму класса 4 или 5 считайте неизвестным конечным состоянием и, если это важно, подтверждайте доставку вне почтовой системы.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>У домена получателя null MX</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>Домен получателя публикует null MX (единственную запись MX с приоритетом 0 и хостом &apos;.&apos;) — явное заявление владельца о том, что домен вообще не принимает почту. Сбой постоянный: поскольку у домена есть запись MX, запасной вариант с A/AAAA не применяется, и доставка сразу завершается сбоем.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>В двух местах. Отправляющий сервер, который запрашивает домен получателя и находит null MX, сразу завершает доставку сбоем и сообщает об этом в уведомлении о недоставке с базовым кодом 556 (RFC 7504); некоторые версии Postfix в этом случае записывают dsn=5.1.0 с Domain ... does not accept mail (nullMX). Принимающий сервер или сервер отправки, проверяющий домены получателей, тоже может отклонить RCPT TO с 556 5.1.10, как делает Postfix с reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>Отправитель проверяет адрес: null MX обычно означает, что домен никогда не предназначался для почты (припаркованные домены, домены только для сайта или домены-заглушки), либо в адресе опечатка. Если получатель действительно должен получать там почту, администратор получателя заменяет null MX настоящими записями MX; null MX должен быть единственной записью MX домена.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>Адрес использует домен, который намеренно не принимает почту, например припаркованный, только для сайта или домен-заглушку.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Опечатка, которая случайно попала на настоящий домен, публикующий null MX.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>Владелец домена перенёс почту в другое место и по ошибке оставил null MX.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Тестовые или примерные адреса, попавшие в реальные данные: например, example.com публикует null MX.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Запросите записи MX домена получателя; null MX выглядит как единственный ответ &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Найдите уведомление о недоставке в журнале отправляющего сервера, чтобы увидеть записанные код и текст.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Никогда не повторяйте: домен заявил, что не принимает почту. Сразу возвращайте письмо с уведомлением о недоставке, а не держите его в очереди.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Собственное употребление Exchange Online, не связанное с null MX: получатель не существует в организации Microsoft 365, обслуживающей домен, то есть фактически неизвестный пользователь, как при 5.1.1. Отправитель проверяет адрес и удаляет устаревшие записи автозаполнения Outlook; администратор получателя проверяет объект получателя и его прокси-адреса.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Прочее или неопределённое состояние почтового ящика</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>ошибка почтового ящика</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>Ящик существует, но что-то в нём помешало доставке, и сервер не говорит, что именно. В виде 4.2.0 ожидается, что проблема пройдёт; в виде 5.2.0 это постоянный сбой для этого письма.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Обычно в уведомлении о недоставке, составленном хранилищем почты получателя, а не на RCPT TO, потому что проблема проявляется только при записи письма в ящик. Exchange и Microsoft 365 часто используют 5.2.0, за которым следует имя исключения STOREDRV.Deliver, называющее настоящую причину; LMTP и программы локальной доставки могут использовать его, когда хранилище возвращает ошибку, которую они не могут классифицировать.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Прочитайте текст после кода: он почти всегда называет настоящее состояние. Затем администратор получателя проверяет сам ящик (квоту с учётом скрытых папок, повреждённые папки, права доступа, перемещение ящика). Отправитель может только передать уведомление о недоставке получателю другим способом.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>Ящик или одна из его скрытых папок превысили ограничение хранилища, о котором не сообщается как о простом переполнении ящика.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>Ящик перемещается, мигрирует или восстанавливается, и хранилище отказывает в записи.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Ошибка прав доступа или файловой системы в хранилище ящиков во время доставки.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Правило доставки или скрипт Sieve, привязанные к ящику, дали сбой при обработке письма.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Скопируйте текст после 5.2.0 из уведомления о недоставке; в Microsoft 365 имя исключения (например, QuotaExceededException) подсказывает администратору, где искать.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>В Microsoft 365 администратор получателя проверяет размер папок Recoverable Items.</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>На сервере Dovecot администратор проверяет использование квоты получателем.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: повторяйте с нарастающими интервалами. 5.2.0: не отправляйте то же письмо повторно автоматически; отправьте снова только после того, как сторона получателя сообщит, что ящик восстановлен.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Драйвер хранилища Exchange Online не смог поместить письмо в ящик и называет исключение. QuotaExceededException может возникать из-за переполненной области Recoverable Items, например при удержании для хранения (retention hold), даже если видимый ящик далёк от своего предела.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Почтовый ящик отключён, письма не принимаются</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>учетная запись отключена</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>ящик деактивирован</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>Ящик существует, но выключен и не принимает письма. Реестр допускает оба класса: 5.2.1 — когда ящик больше никогда не будет включён, 4.2.1 — когда он отключён лишь на время.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>В ответ на RCPT TO для приостановленных, заблокированных или неактивных учётных записей. Gmail отправляет 550 5.2.1 для отключённых или неактивных учётных записей, а 450 4.2.1 использует для другого состояния: получатель получает почту быстрее, чем позволяет Gmail. Exchange использовал 5.2.1 для писем, помещённых в карантин его контент-фильтром, и для ящиков, к которым нет доступа.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>Отправитель выясняет другим способом, используется ли ещё адрес, и удаляет его из списков, если учётная запись закрыта. Получатель или его администратор снова включает учётную запись, снимает приостановку или входит в систему, чтобы её активировать. При ограничении частоты Gmail 4.2.1 отправитель снижает темп и даёт очереди повторить попытку.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>Провайдер или организация приостановили учётную запись, например за неуплату или злоупотребления.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Учётной записью так долго не пользовались, что провайдер её отключил.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Сотрудник ушёл, и администратор заблокировал ящик, вместо того чтобы его удалить.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>4.2.1 от Gmail: получатель получает слишком много почты за короткое время.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Прочитайте текст: disabled, inactive, suspended или receiving mail too quickly — каждый вариант требует своего исправления.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Посчитайте, сколько писем ваш сервер недавно отправил этому получателю, на случай если действует ограничение частоты.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: не повторяйте — учётная запись закрыта для почты. 4.2.1: повторяйте с нарастающими интервалами и распределяйте письма во времени; Gmail снова примет их, когда поток входящей почты у получателя снизится.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Учётная запись Google существует, но отключена или неактивна (в старых ответах было &apos;is disabled&apos;); совпадает со значением из реестра.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Собственное употребление Gmail: с ящиком всё в порядке, но почта приходит в него быстрее, чем разрешает Gmail, поэтому отправителю следует снизить темп и повторить попытку. У Gmail есть и постоянная форма 550 5.2.1, сообщающая, что пользователь получает почту с такой частотой, что доставка дополнительных писем невозможна.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Почтовый ящик переполнен</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>превышена квота</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>входящие переполнены</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>закончилось место</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>Ящик получателя превысил квоту хранилища. RFC 3463 задумывает его как устойчивый временный сбой (4.2.2), потому что получатель может удалить почту и освободить место; многие серверы вместо этого отправляют 5.2.2, и эта постоянная форма очень часто встречается в уведомлениях о недоставке.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>На RCPT TO на серверах, которые знают квоту заранее (Gmail, Dovecot с проверкой квоты), или после конца данных и в уведомлениях о недоставке, когда хранилище обнаруживает переполнение ящика во время доставки. Dovecot отвечает 552 5.2.2 ... Quota exceeded (mailbox for user is full) или 452 4.2.2, если задан quota_full_tempfail. Exchange возвращает 554 5.2.2 mailbox full (ящик переполнен).</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>Получатель удаляет или архивирует почту и очищает корзину, либо администратор получателя увеличивает квоту. Отправитель технически ничего исправить не может: сообщите получателю другим способом и отправьте письмо позже. Операторам списков рассылки стоит считать недоставку из-за квоты, продолжающуюся неделями, признаком заброшенного ящика.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>Получатель никогда не чистит ящик, и тот достиг квоты.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Общий или ролевой ящик, например info@, получает много почты, и никто его не обслуживает.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Большие вложения быстро заполнили маленький ящик.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>Заполнено хранилище, общее с другими сервисами, как у Gmail, квота которого охватывает также Google Диск и Google Фото.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>На сервере Dovecot выведите использование хранилища получателем в сравнении с пределом.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>В Postfix с локальной доставкой в mbox сравните размер файла ящика с mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Как отправитель, обратите внимание, что сказано в уведомлении о недоставке: 4.2.2 (ваш сервер ещё повторяет попытки) или 5.2.2 (он сдался).</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: продолжайте повторные попытки с нарастающими интервалами в течение обычного срока хранения в очереди, поскольку получатель может освободить место. 5.2.2: письмо возвращается, но состояние может пройти; отправьте его повторно вручную позже, а не сразу.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Учётная запись Google превысила квоту хранилища, и Gmail откладывает письмо (в старых ответах было &apos;The email account that you tried to reach is over quota&apos;); это задуманное временное употребление.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail превращает проблему с квотой в постоянный отказ, когда переполненная учётная запись к тому же выглядит заброшенной, чтобы сервер отправителя прекратил повторные попытки.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Ящик получателя достиг квоты запрета приёма (prohibit-receive). Exchange Online также использует 5.2.2 с &apos;Submission quota exceeded&apos; для отправителя, превысившего ограничения частоты отправки, — это проблема на стороне отправителя.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>Размер письма превышает административное ограничение</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>письмо слишком большое</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>вложение слишком большое</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>Письмо больше, чем принимает этот конкретный ящик. Реестр предназначал код для ограничения на уровне ящика, более низкого, чем общесистемное (тот случай — X.3.4); для этого письма это постоянный сбой.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>После конца данных или на MAIL FROM, когда клиент объявил размер через SIZE=. Exchange использует 5.2.3 с RESOLVER.RST.RecipSizeLimit, когда максимальный размер получаемых сообщений у получателя меньше размера письма. Gmail использует 552 5.2.3 для собственного ограничения размера письма, которое на самом деле является системным.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>Отправитель уменьшает письмо: удаляет или сжимает вложения или делится большими файлами по ссылке. Помните, что кодирование base64 делает вложения примерно на треть больше файлов на диске. Если ограничение ящика неоправданно низкое, администратор получателя увеличивает его максимальный размер получаемых сообщений.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Вложение, которое как файл чуть меньше предела, а после кодирования base64 — больше.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Максимальный размер получаемых сообщений для получателя задан меньше, чем транспортное ограничение организации.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Множество встроенных изображений или пересылаемая переписка, тянущая за собой прежние вложения.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Сравните размер в уведомлении о недоставке с указанным там пределом; учитывается размер закодированного письма, а не размер файлов.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>В Exchange Online администратор получателя смотрит ограничение на приём для ящика.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Не повторяйте то же письмо: в следующий раз оно будет ровно таким же большим. Отправьте вместо него уменьшенную версию.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Общее ограничение размера письма в Gmail — общесистемное ограничение, которое реестр отнёс бы к X.3.4; Gmail отправляет тот же текст и с 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Письмо превышает собственный максимальный размер получаемых сообщений получателя — ровно тот случай ограничения на уровне ящика, который описывает реестр.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Ошибка развёртывания списка рассылки</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>группа рассылки</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>Адрес является списком рассылки или группой рассылки, и список не удалось развернуть в перечень участников. Код может быть постоянным (5.2.4) или устойчиво-временным (4.2.4) в зависимости от того, сломано ли определение списка или оно просто сейчас недоступно.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Когда почта идёт на список, псевдоним или группу рассылки: на RCPT TO, если сервер разворачивает их сразу, или в уведомлении о недоставке от сервера списков. Реестр сочетает его с 450 и 452. Старые версии Exchange сообщали 5.2.4 mailing list expansion problem (ошибка развёртывания списка рассылки), а менеджеры списков или группы на основе каталога могут выдавать его, когда не удаётся прочитать состав.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>Отправитель может только сообщить об этом владельцу списка или администратору получателя. Владелец списка или администратор проверяет определение списка: include-файл или запрос к каталогу, поставляющие участников, вложенные группы, образующие петлю или указывающие на удалённые группы, и сервер каталогов, от которого зависит развёртывание.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>Псевдоним указывает на include-файл, который отсутствует или недоступен для чтения почтовой системе.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>Каталог, хранящий состав группы (LDAP, Active Directory), недоступен, что даёт временный 4.2.4.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Вложенные группы ссылаются друг на друга по кругу или на удалённую группу.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>Развёртывание превысило бы число получателей, которое сервер допускает для одного письма.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Попросите почтовую систему развернуть адрес, ничего не доставляя: Sendmail выводит участников или ошибку на терминал, а sendmail -bv из Postfix присылает отчёт вам по почте.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>В Postfix найдите список в базе псевдонимов (aliases).</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: повторяйте с нарастающими интервалами; развёртывание часто снова работает, когда каталог возвращается. 5.2.4: не повторяйте, пока владелец списка его не починит.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Прочее или неопределённое состояние почтовой системы</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Этот результат вызван чем-то в почтовой системе назначения, а не адресом или ящиком, и сервер не даёт подробностей. Временная форма 4.3.0 (неисправность на стороне сервера) встречается чаще всего; 5.3.0 — постоянный отказ на уровне системы, а 2.3.0 — редкий вариант успеха.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>На любом этапе, чаще всего после конца данных или на RCPT TO. Postfix отправляет 451 4.3.0 Error: queue file write error (ошибка записи файла очереди), когда не может сохранить письмо, и 451 4.3.0 ... Temporary lookup failure (временный сбой поиска), когда не удаётся поиск в таблице или базе данных. Gmail использует 451 4.3.0 и 421 4.3.0 для временных проблем на своей стороне. Exchange использует 5.3.0 Too many related errors, когда перемещает письмо в очередь подозрительных сообщений (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>При 4.3.0 отправляющая сторона обычно просто ждёт, а администратор принимающей стороны ищет в журнале сервера на момент отказа исходную ошибку (заполненный диск, неудачный поиск, упавший контент-фильтр). При 5.3.0 текст ответа говорит, что именно отвергла система; исправить сервер должен администратор получателя, а отправитель может только связаться с ним.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>Принимающий сервер не смог записать письмо в свою очередь: диск заполнен, ошибка файловой системы или неверные права доступа.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Во время транзакции отказала таблица поиска, база данных или сервер LDAP, от которых зависит почтовый сервер.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Контент-фильтр, milter или антивирусный сканер аварийно завершился или не ответил вовремя.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>Провайдер на время отклонил письмо, не назвав конкретной причины.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>На принимающем сервере Postfix найдите предупреждение (warning) или сообщение fatal, записанное в журнал непосредственно перед отказом.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Проверьте свободное место и inode там, где находится очередь.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Попросите Postfix проверить собственную конфигурацию, владельцев и права доступа.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: повторите попытку позже с нарастающими интервалами; большинство причин устраняются без участия отправителя. 5.3.0: не повторяйте без изменений; выясните из текста или у администратора получателя, что именно отвергла система.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Общий временный отказ Gmail: отправителю ничего менять не нужно, просто повторите попытку позже. Gmail также отправляет 451 4.3.0 Multiple destination domains per transaction is unsupported, что просит клиента помещать получателей из разных доменов в отдельные транзакции.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Почтовая система переполнена</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>нет места на диске</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>У почтовой системы в целом закончилось хранилище, обычно место на диске или в очереди, поэтому сейчас она не может принять письмо. В отличие от переполненного ящика, получатель не может исправить это удалением почты; код определён только как временный сбой.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>На MAIL FROM, RCPT TO или после конца данных, с 452. Postfix отвечает 452 4.3.1 Insufficient system storage, когда свободного места в файловой системе очереди меньше, чем ему нужно (queue_minfree и 1,5 × message_size_limit). Exchange отвечает 452 4.3.1 Insufficient system resources, когда из-за нехватки места на диске или памяти срабатывает противодавление (back pressure).</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>Администратор принимающего сервера освобождает место на томе очереди или хранилища (старые журналы, карантин, разросшаяся очередь отложенных писем) или добавляет ёмкость; в Exchange также проверьте пороги противодавления (back pressure) и диск с базой данных очереди. Отправителю делать ничего не нужно: его сервер повторяет попытки.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>Раздел с почтовой очередью заполнен, часто из-за того, что журналы или очередь отложенных писем продолжали расти.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>В файловой системе закончились inode, хотя свободное место ещё есть.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Почтовая петля или спам-рассылка заполнили очередь.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>Противодавление (back pressure) в Exchange в ответ на нехватку места на диске или высокое потребление памяти.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Проверьте место и inode в файловой системе очереди.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Посмотрите, сколько писем стоит в очереди, чтобы обнаружить петлю или спам-рассылку.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Сравните порог свободного места Postfix с его ограничением размера письма.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Повторите попытку позже с обычными нарастающими интервалами; код определён только как временный. Если состояние продлится дольше срока хранения в очереди, письмо вернётся, поэтому, если можете, предупредите администратора принимающей стороны.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>Система не принимает сообщения из сети</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>почтовый сервер недоступен</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>Хост, на котором находится ящик, не принимает сообщения из сети. В виде 4.3.2 это временно (идёт остановка, перегрузка, обслуживание); в виде 5.3.2, используемого с ответом 521 из RFC 7504, хост никогда не принимает почту.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Сервер, который останавливается, перегружен или находится на обслуживании, может ставить 4.3.2 в свои временные ответы; локальный Exchange отвечает 4.3.2 (Service not available, Service not active), когда его транспортные компоненты неактивны, например после того как обновление оставило его в режиме обслуживания. Хост, вообще не принимающий почту, может отвечать 521 с 5.3.2 на команды после приветствия. Microsoft 365 также использует 4.3.2 для ограничений на уровне ящика.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>При 4.3.2 отправляющая сторона ждёт, пока администратор принимающей стороны восстанавливает службу: завершает обслуживание, снижает нагрузку, а в Exchange переводит неактивные компоненты сервера обратно в активное состояние в Exchange Management Shell. При 521 с 5.3.2 домен получателя направляет почту на хост, отказывающийся от любой почты: администратор получателя исправляет записи MX или публикует null MX, если домен действительно не принимает почту.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>Сервер находится на обслуживании или останавливается и отказывает в новых транзакциях.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>Сервер перегружен и сбрасывает работу, пока нагрузка не снизится.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>В Exchange компоненты сервера остались неактивными после обновления или обслуживания.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX или запасная адресная запись ведёт на хост, который намеренно не является почтовым сервером и отвечает 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Подключитесь к порту 25 и прочитайте приветствие: 220 означает, что хост открыт, а 421, 521 или 554 — что он отказывает.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>В Exchange выведите неактивные компоненты сервера (EX01 — имя сервера).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Проверьте, на какие хосты указывают записи MX домена.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: повторяйте с обычными нарастающими интервалами, желательно на другой хост MX домена, если он есть. 5.3.2 с 521: не повторяйте на этот хост; сначала должна измениться настройка MX домена.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: папка в ящике получателя достигла предела в один миллион элементов, поэтому доставка не проходит (обратите внимание на постоянный 554 с кодом 4.x); помогает перенос элементов из этой папки. Exchange Online также использует 4.3.2 с &apos;recipient thread limit exceeded&apos;, когда один ящик получает слишком много писем одновременно.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>Система не поддерживает выбранные возможности</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>Письмо запрашивает возможность, которую система назначения не поддерживает, обычно на шлюзе, который не может отобразить возможность одной почтовой системы на другую. Код постоянный (5.3.3), если возможность там никогда не появится, и временный (4.3.3), если ожидается возвращение поддержки.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Нечасто и зависит от производителя. Может появиться на MAIL FROM или RCPT TO, когда параметр называет расширение, которого нет у следующего узла, или в уведомлении о недоставке от шлюза, который не смог перенести запрошенное свойство (срок доставки, приоритет, запрос уведомления о прочтении) в следующую систему. Локальный Exchange использовал 5.3.3 Unrecognized command, когда у соединителя получения (Receive connector) для внутренней почты нет механизма аутентификации Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Прочитайте текст, чтобы увидеть, какая возможность отклонена. Администратор отправителя или клиентская программа перестаёт запрашивать её для этого назначения или направляет почту по пути, который её поддерживает. Если принимающая система должна её поддерживать, её администратор включает расширение или исправляет соединитель, как в случае с Exchange.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>Письмо запрашивает расширение, которого нет у следующей системы, например двоичную передачу или срок доставки, и шлюз не может молча его отбросить.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Шлюз в систему обмена сообщениями, отличную от SMTP, не может представить на той стороне какое-то свойство письма.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Внутренние соединители получения Exchange настроены без аутентификации Exchange Server, поэтому специфичные для Exchange команды отклоняются.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Выведите расширения, которые предлагает принимающий сервер, и сравните их с параметрами, которые ваш сервер отправляет в MAIL FROM и RCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>На отправляющем сервере Postfix найдите транзакцию, чтобы увидеть, какая команда отклонена.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: не повторяйте тот же запрос к той же системе; откажитесь от неподдерживаемой возможности или направьте почту по другому пути. 4.3.3: повторите попытку позже с нарастающими интервалами.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Письмо слишком велико для системы</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>письмо слишком большое</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>вложение слишком большое</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>Письмо больше, чем принимающая система принимает для любого письма, — будь то техническое ограничение или заданное администратором. Для этого письма это постоянный сбой; сравните с X.2.3 — ограничением для одного ящика.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>На MAIL FROM, когда клиент объявил SIZE= больше объявленного сервером предела; иначе после конца данных, когда сервер подсчитал байты, и в уведомлениях о недоставке от следующих узлов. Postfix отвечает 552 5.3.4 Message size exceeds fixed limit (message_size_limit, по умолчанию около 10 МБ). Exchange использует 5.3.4 Message size exceeds fixed maximum message size, а Gmail — 552 5.3.4 для своего ограничения размера, а также при слишком большом числе вложений или слишком больших заголовках.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>Отправитель уменьшает письмо: меньше вложений или сжатые вложения либо ссылка для скачивания. Сравнивая размеры файлов с пределом, учитывайте кодирование base64, которое добавляет примерно 37 процентов. Администратор принимающей стороны может поднять предел, но тогда каждый узел на пути, включая фильтры, должен принимать новый размер.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Вложение больше предела в месте назначения, например 10 МБ по умолчанию у ненастроенного сервера Postfix.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Письмо, которое в виде файлов меньше предела, а после кодирования MIME — больше.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Ретранслятор или фильтр на пути имеет более низкий предел, чем конечный сервер.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Особенность Gmail: слишком много вложений или слишком большой заголовок, о чём сообщается тем же кодом.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Прочитайте строку SIZE в ответе сервера на EHLO: это наибольшее письмо, которое сервер принимает.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>В Postfix выведите настроенный предел в байтах.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>В Exim выведите настроенный предел.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Не повторяйте то же письмо: ограничения размера между попытками не меняются. Отправьте вместо него письмо меньшего размера.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Ограничение размера письма в Gmail. С другими текстами (число вложений превышает ограничение Google или заголовок превышает свой предел размера) тот же код охватывает ограничения Gmail на число вложений и размер заголовков.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Система неправильно настроена</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>неправильная настройка почтового сервера</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>Принимающая система настроена так, что не может принять это письмо: это ошибка конфигурации на стороне сервера, а не проблема с письмом или адресом. 4.3.5 — когда ожидается, что администратор скоро это исправит, 5.3.5 — когда отказ окончательный.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix отправляет 451 4.3.5 Server configuration error (или Server configuration problem), когда неправильно настроены ограничение, таблица поиска или служба политик, и записывает подробности только в собственный журнал. Локальный Exchange использует 5.3.5 System incorrectly configured, когда обнаруживает петлю, например соединитель получения, FQDN которого совпадает с другим сервером в почтовом потоке.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Исправить это может только администратор принимающего сервера: прочитайте журнал сервера на момент отказа, где Postfix записывает настоящее предупреждение (неизвестное ограничение, отсутствующий файл таблицы, недоступный сервер политик), исправьте и перезагрузите конфигурацию. Отправитель может лишь сообщить о недоставке и ждать.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Список ограничений ссылается на таблицу поиска, которой не существует или у которой неверный тип.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Служба политик или milter, указанные в конфигурации, не запущены.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Имя ограничения с опечаткой, внесённое при изменении конфигурации.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Два сервера в почтовом потоке представляются одним и тем же именем хоста, поэтому Exchange считает этот узел петлёй.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>На принимающем сервере Postfix найдите предупреждение, записанное в тот же момент, что и ответ 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Выведите только параметры, отличающиеся от значений Postfix по умолчанию, чтобы заметить опечатку или отсутствующую таблицу.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Проверьте, что каждый файл таблицы, названный в конфигурации, существует и новее своего исходного файла.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: повторяйте с нарастающими интервалами; проходит, как только администратор исправит конфигурацию. 5.3.5: не повторяйте без изменений; свяжитесь с администратором получателя.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>Запрошенный приоритет изменён</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Код успеха из расширения MT-PRIORITY (RFC 6710): сервер принял письмо, но не выполнил приоритет передачи, который запросил клиент или который подразумевался по умолчанию. Текст после кода начинается с фактически применённого приоритета.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Только между серверами, которые оба поддерживают MT-PRIORITY, что редко встречается вне специализированных сред, например военного или экстренного обмена сообщениями. Клиент запрашивает приоритет от -9 до 9 параметром MT-PRIORITY в MAIL FROM, а сервер сообщает об изменении в положительном ответе (250 или 251), например когда отправителю не разрешён высокий приоритет.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Ничего не сломано: письмо принято. Если приоритет важен, администратор отправителя проверяет, разрешён ли отправляющей учётной записи или хосту этот уровень в принимающей системе, или договаривается об этом с администратором принимающей стороны.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>Политика принимающего сервера не разрешает этому отправителю запрошенный высокий приоритет, поэтому он был понижен.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>Принимающий сервер поддерживает меньше уровней приоритета и сопоставил запрос с ближайшим из имеющихся.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>Локальная политика повышает или понижает приоритет для определённых отправителей или получателей.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Убедитесь, что принимающий сервер предлагает MT-PRIORITY в ответе на EHLO.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Прочитайте число в начале текста ответа после кода: это приоритет, который теперь имеет письмо.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Повторять нечего: письмо принято с изменённым приоритетом. Продолжайте транзакцию как обычно.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Прочее или неопределённое состояние сети или маршрутизации</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>ошибка маршрутизации</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>сетевая ошибка</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Код на все случаи для проблем на сетевой или маршрутной стороне доставки, которые не описывает ни один из более конкретных кодов X.4. В виде 4.4.0 отправляющая система на этот раз не смогла передать письмо и продолжает попытки; в виде 5.4.0 сообщающая система окончательно отказалась от этого маршрута.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>В основном в причинах откладывания и уведомлениях о недоставке, составленных отправляющим MTA, а не в ответе с той стороны. Microsoft Exchange ставит 451 4.4.0 перед сбоями DNS и неудачными попытками доставки в поле LastError своей очереди, а Postfix отвечает на превышение числа транзитных узлов 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Прочитайте текст после кода и соответствующую строку журнала MTA: настоящая причина (сбой DNS, отвергнутое подключение, предел числа узлов) почти всегда названа там. Почтовый администратор отправителя исходит из этих подробностей: исправляет локальный DNS, межсетевой экран или маршрутизацию, если неисправность на отправляющей стороне, или отправляет администратору получателя точную ошибку, хост MX и метки времени, если их сторона недоступна или работает неправильно.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>Собственный резолвер отправляющего сервера дал сбой или не ответил вовремя при запросе записей MX или адресных записей назначения.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Межсетевой экран, блокировка исходящего порта 25 провайдером или нарушенный маршрут помешали подключиться к MX назначения.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>Письмо упёрлось в предел числа транзитных узлов MTA из-за петли пересылки или ретрансляции (Postfix сообщает об этом как 5.4.0, а не 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Шлюз или устройство безопасности сообщили о сбое сети, не уточнив, какого рода.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Найдите в журнале отправляющего сервера полную причину отложенной доставки или недоставки; текст после кода называет фактический сбой.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Убедитесь, что записи MX назначения разрешаются с самого отправляющего сервера, а не только с вашей рабочей станции.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Проверьте, доступен ли порт 25 на MX назначения с отправляющего хоста.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>При 4.4.0 повторяйте с обычными нарастающими интервалами; состояние обычно временное. При 5.4.0 не повторяйте по тому же маршруту без изменений; сначала найдите конкретную причину в диагностическом тексте.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>Ошибка очереди Exchange, когда не удаётся запрос к DNS для следующего узла, в этом примере потому что домен назначения не существует. Exchange продолжает повторные попытки и по истечении тайм-аута срока действия сообщения возвращает отчёт о недоставке (NDR) с 550 4.4.7 QUEUE.Expired; message expired. Реестр описал бы это как X.4.3 или X.4.4; Exchange использует общий 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Нет ответа от хоста</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>сервер не отвечает</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>не удается подключиться к почтовому серверу</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>порт 25 заблокирован</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>отказано в соединении</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>Отправляющий сервер попытался открыть соединение со следующим узлом и не получил пригодного ответа: истекло время ожидания соединения, в соединении отказано или хост был слишком занят, чтобы ответить. RFC 3463 определяет его только как устойчивую временную ошибку, поэтому 4.4.1 означает «попытки продолжаются», а не «окончательный сбой».</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Почти всегда создаётся самим отправляющим MTA и показывается в его журнале или в предупреждении о задержке, потому что удалённая сторона так ничего и не успела сказать. Postfix записывает откладывания вроде connect to mail.example.com[192.0.2.25]:25: Connection timed out с dsn=4.4.1. Сервер отправки с BURL также отвечает 451 4.4.1, когда IMAP-сервер, на котором хранится письмо, недоступен (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>Администратор отправителя сначала проверяет, может ли отправляющий хост вообще достучаться до порта 25, поскольку многие облачные и домашние сети блокируют его для исходящих соединений. Если с другими доменами всё работает, проблема в месте назначения: его хост MX не работает, закрыт межсетевым экраном или слушает не тот адрес, и исправить это должен администратор получателя. Сообщите ему, какой хост MX и IP-адрес вы пробовали и когда.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Хост MX назначения не работает, перегружен или не слушает порт 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Межсетевой экран на одной из сторон молча отбрасывает трафик SMTP, поэтому попытка завершается по тайм-ауту, а не отказом.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Отправляющая сеть (облачный провайдер или интернет-провайдер) блокирует исходящие соединения на порт 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>Запись MX после миграции всё ещё указывает на старый или неверный IP-адрес.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Выведите хосты MX назначения в порядке приоритета.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Попробуйте TCP-соединение с портом 25 каждого MX с отправляющего сервера; тайм-аут говорит о фильтрации, connection refused — о том, что там ничто не слушает.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Проверьте, может ли ваш хост достучаться до порта 25 где-то ещё, например до MX другого домена, чтобы исключить блокировку исходящих соединений.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Посмотрите причины откладывания, которые Postfix записал для этого назначения.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами, пробуя другие хосты MX в порядке приоритета. Письмо окончательно не доставляется, только когда истекает срок хранения в очереди, и тогда это выглядит как истечение срока (X.4.7).</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online отправляет этот код на RCPT TO без каких-либо сетевых проблем, когда пограничная блокировка на основе каталога (Directory-Based Edge Blocking) отклоняет адрес, которого нет в принимающем тенанте (или который туда не синхронизирован), или когда домен неправильно настроен как обслуживаемый (accepted domain). Считайте это недоставкой из-за неверного получателя: отправитель проверяет адрес, администратор получателя проверяет получателей и обслуживаемые домены тенанта.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Плохое соединение</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>соединение сброшено</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>соединение оборвано</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>потеря соединения</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Соединение со следующим узлом было установлено, но транзакцию не удалось завершить, потому что линия оборвалась, зависла или по ходу дела истекло время ожидания. Как и X.4.1, код определён как устойчивая временная ошибка, поэтому письмо остаётся в очереди для следующей попытки.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Либо в журнале отправляющего MTA, где Postfix пишет lost connection with mail.example.com[192.0.2.25] while sending end of data и dsn=4.4.2, либо как ответ сервера, закрывающего медленный или простаивающий сеанс: SMTP-сервер Postfix отправляет 421 4.4.2, затем имя своего хоста и Error: timeout exceeded, а Gmail отправляет 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>Администратор отправителя выясняет, на каком этапе оборвалось соединение. Обрывы во время DATA с большими письмами часто указывают на проблемы с MTU или путём, промежуточное устройство, инспектирующее SMTP, или ограничение времени у принимающего сервера; тайм-ауты простоя указывают на медленный клиент или перегруженный отправляющий хост. Если затронуто только одно назначение, сообщите администратору получателя метки времени и этап, на котором произошёл сбой.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Межсетевой экран или промежуточное устройство с инспекцией SMTP, которые обрывают или искажают сеанс.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Проблемы с MTU пути, из-за которых застревают большие пакеты: маленькие письма проходят, а большие зависают во время DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Клиент делал слишком долгие паузы между командами, и тайм-аут простоя сервера закрыл сеанс.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>Принимающий сервер перезапустился, аварийно завершился или сбросил соединения под нагрузкой посреди транзакции.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Найдите этап, на котором было потеряно соединение.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Проведите полную тестовую транзакцию на тот же MX и посмотрите, где она останавливается.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Проверьте, что STARTTLS завершается чисто; сломанное рукопожатие часто выглядит как оборванное соединение.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Если большие письма не проходят, а маленькие проходят, проверьте, доходят ли пакеты полного размера до MX без фрагментации.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами; случайный обрыв соединения в интернете — обычное дело. Повторяющиеся обрывы на одном и том же этапе с одним и тем же назначением — проблема конфигурации, которую одними повторными попытками не решить.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail закрывает сеанс, потому что клиент был слишком медленным между командами или при отправке данных. Переподключитесь и повторите попытку; если это продолжается, ищите перегруженный отправляющий хост или медленный сетевой путь.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Сбой сервера каталогов</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>ошибка DNS</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>таймаут DNS</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>не удается разрешить имя</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>ошибка DNS-запроса</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>Письмо не удалось маршрутизировать, потому что служба каталогов — на практике почти всегда DNS — была недоступна или ответила ошибкой. RFC 3463 задумывал его как временный сбой (4.4.3), хотя некоторые серверы отправляют его с 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>На отправляющей стороне, когда запрос MX или адреса назначения завершается по тайм-ауту или возвращает SERVFAIL; Postfix откладывает письмо с Name service error for name=example.com type=MX: Host not found, try again и dsn=4.4.3. На принимающей стороне, когда не удаётся завершить проверку на основе DNS: RFC 7208 рекомендует 451 4.4.3, когда проверка SPF заканчивается временной ошибкой.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Выясните, чей DNS даёт сбой. Если отправляющий сервер ничего не может разрешить, его администратор чинит локальный резолвер (конфигурация резолвера, остановленная кэширующая служба, заблокированный исходящий DNS). Если сбой только с одним доменом, авторитетные серверы этого домена не работают, делегированы неправильно (lame) или сломаны из-за DNSSEC, и починить их должен администратор получателя или его DNS-хостинг.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>Локальный резолвер отправляющего сервера не работает, недоступен или ограничен по частоте запросов.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Авторитетные серверы имён домена назначения не отвечают вовремя или отвечают SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Сбой DNSSEC (истёкшие подписи, неверная запись DS) заставляет проверяющие резолверы отвергать ответ.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Запрос SPF, DKIM или DMARC на принимающей стороне завершился по тайм-ауту, и принимающий сервер отложил письмо, не приняв решения.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Проверьте, отвечает ли резолвер, используемый почтовым сервером, вообще для этого назначения.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Проследите делегирование от корня, чтобы увидеть, не дают ли сбой собственные серверы имён домена.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Повторите запрос с отключённой проверкой DNSSEC; если работает только он, подписи зоны сломаны.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Посмотрите, какие резолверы настроены для почтового сервера.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Повторите попытку позже с нарастающими интервалами; сбои DNS обычно кратковременны. 5.4.3 от принимающего сервера часто на самом деле тоже временный: отправьте письмо повторно, когда проблема с DNS будет устранена.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Маршрутизация невозможна</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>нет MX записи</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>Почтовая система не смогла найти следующий узел для назначения, потому что не хватало нужной информации о маршрутизации. Типичная причина — DNS отвечает, но не даёт пригодного MX или адреса для домена; 4.4.4 означает, что записи ещё могут появиться, 5.4.4 — что отправляющая система сдалась.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Создаётся отправляющим MTA, обычно в уведомлении о недоставке. Postfix возвращает письмо с Host or domain name not found. Name service error for name=example.com type=A: Host not found и dsn=5.4.4; Microsoft Exchange сообщает 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain (несуществующий домен). Встречается также, когда у внутреннего ретранслятора нет транспорта, соединителя или smart host для назначения.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Сначала отправитель проверяет, нет ли опечатки в домене адреса, — это самая частая причина. Если домен верен, его владелец (администратор получателя) должен опубликовать записи MX или хотя бы запись A или AAAA, указывающие на работающий почтовый сервер. На отправляющей стороне администратор проверяет, что внутренняя маршрутизация (таблицы транспорта, соединители отправки, smart host) охватывает это назначение.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Опечатка в домене получателя (example.con вместо example.com), поэтому домен не существует.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>Домен существует, но у него нет ни записи MX, ни записи A или AAAA в качестве запасного варианта.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>Запись MX называет хост, у которого нет адресной записи.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>У внутреннего ретранслятора нет маршрута (записи в таблице транспорта, соединителя или smart host) для домена назначения.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Проверьте, что домен существует (NOERROR, а не NXDOMAIN), и прочитайте его записи MX.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Разрешите имя каждого хоста MX; имя без записей A или AAAA нельзя использовать для доставки.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Если у хоста MX нет адреса IPv4, проверьте и сторону IPv6.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>В Exim спросите у маршрутизаторов (routers), как они доставили бы адрес.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>При 4.4.4 повторяйте с нарастающими интервалами на случай, если записи исправляют. При 5.4.4 не повторяйте без изменений; исправьте адрес или дождитесь, пока владелец домена опубликует рабочие записи.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange обнаружил, что домена назначения в DNS не существует, и вернул письмо с уведомлением о недоставке. Если домен существует, Microsoft отсылает администраторов к настройкам DNS, которые использует транспортная служба Exchange.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Перегрузка почтовой системы</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>слишком много соединений</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>превышен лимит отправки</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>Принимающая или ретранслирующая почтовая система перегружена и сейчас не примет письмо. Код определён только как устойчивая временная ошибка: с самим письмом всё в порядке, и отправителю следует снизить темп и повторить попытку позже.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Как ответ при подключении или на MAIL FROM и RCPT TO, когда сервер перегружен или применяет ограничения на подключения и частоту; Gmail отправляет 421 4.4.5 Server busy, try again later. Gmail также отправляет 550 5.4.5 своим пользователям, превысившим дневной лимит отправки, — это собственное употребление провайдера с классом 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>С письмом всё в порядке. Администратор отправителя даёт очереди повторять попытки и, если временные отказы продолжаются, уменьшает число параллельных соединений и темп отправки на это назначение. Администратору получателя нужно действовать, только если его собственный сервер действительно перегружен (отставание очереди, диск, процессор).</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>Принимающий сервер перегружен или находится на обслуживании и сопротивляется новым сеансам.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>Отправитель открыл слишком много одновременных соединений с одним и тем же назначением.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>Темп отправки (писем или получателей в минуту) превысил пороги ограничения у принимающего сервера.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>Собственная очередь ретранслятора переполнена, и он отказывается принимать новую почту от вышестоящих серверов.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Посчитайте, сколько записей в очереди на отправляющем сервере упоминают домен назначения.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Проверьте, сколько параллельных доставок Postfix выполняет на одно назначение.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Посмотрите, происходят ли откладывания при подключении или на RCPT TO.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Повторите попытку позже с экспоненциально нарастающими интервалами и меньшим числом параллельных соединений с этим хостом; забрасывая перегруженный сервер запросами, вы лишь продлеваете откладывание.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Временный отказ Gmail из-за занятости. Проходит при повторной попытке позже, в идеале с меньшим числом одновременных соединений с IP отправителя.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Отправляется пользователю Gmail или Google Workspace, который отправляет почту, а не принимающему MTA: учётная запись израсходовала свою скользящую дневную квоту на отправку, и отправка снова заработает, когда окно пройдёт. Это собственное употребление Google кода X.4.5 с классом 5, вне значения из реестра.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Обнаружена петля маршрутизации</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>Письмо передавалось слишком много раз — либо потому что серверы маршрутизируют его туда и обратно, либо потому что правила пересылки гоняют его по кругу. RFC 3463 относит код к временным, но на практике его почти всегда отправляют как постоянный 5.4.6, поскольку петля сама не исправится.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>В конце DATA или в уведомлении о недоставке, когда число заголовков Received: превышает предел MTA (sendmail: Too many hops 26 (25 max); Gmail останавливается на 50 узлах), или когда MTA видит, что следующий узел — он сам (Postfix: mail for example.com loops back to myself). Локальная доставка Postfix также возвращает письма с петлями Delivered-To как mail forwarding loop for user@example.com (петля пересылки).</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Прочитайте заголовки Received: возвращённой копии, чтобы увидеть, какие хосты повторяются. Обычно действовать должен получатель или администратор получателя: удалить правило пересылки, указывающее обратно на исходный ящик, или исправить записи MX, маршруты ретрансляции или соединители, которые отправляют домен туда, откуда он пришёл. Отправитель может только сообщить об этом.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Два ящика пересылают почту друг другу, или цепочка пересылок заканчивается там, где началась.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Запись MX или маршрут ретрансляции указывают обратно на сервер, пытающийся выполнить доставку, часто после миграции или в гибридной конфигурации Exchange.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>Домен не настроен как локальный на сервере, на который указывает его MX, поэтому тот ретранслирует его дальше, и почта возвращается.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Список рассылки подписан сам на себя или на другой список, который его наполняет.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Посчитайте заголовки Received: в возвращённой копии и поищите повторяющиеся имена хостов.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Проверьте, не указывает ли MX домена на тот самый сервер, который сообщает о петле.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>В Postfix проверьте, что домен указан там, где он должен доставляться или ретранслироваться.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Поищите в журнале сообщения о петлях, которые записывает Postfix.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Не повторяйте без изменений: письмо снова зациклится. Отправляйте повторно только после исправления правила пересылки или маршрутизации.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail отклоняет письмо, в котором уже более 50 транзитных узлов в заголовках Received:. Петля находится на пути до Gmail, часто это пара правил пересылки или неправильно маршрутизируемый домен.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange останавливает зациклившееся письмо, как только превышено число транзитных узлов, и возвращает этот отчёт о недоставке (NDR). И Exchange Server, и Exchange Online используют 5.4.6, а Exchange Online также сообщает о петлях и нарушенных маршрутах кодами 5.4.14 и другими вплоть до 5.4.20, часто в гибридных конфигурациях; Microsoft советует проверить правила для папки «Входящие», пересылку и атрибут targetAddress ящика.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Истёк срок доставки</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>задержка доставки</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>письмо застряло в очереди</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>истек срок доставки</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>Письмо слишком задержалось: оно пролежало в очереди дольше срока повторных попыток системы или превысило ограничение времени доставки, заданное отправителем. В виде 4.4.7 это предупреждение о задержке или временный отказ; в виде 5.4.7 письмо возвращено недоставленным. RFC 3463 просит системы по возможности сообщать вместо этого исходную проблему.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>В уведомлениях о недоставке и о задержке от собственного исходящего сервера отправителя после нескольких дней неудачных попыток, например retry timeout exceeded у Exim (истёк срок повторных попыток) или 550 4.4.7 QUEUE.Expired; message expired у Microsoft Exchange (истёк срок хранения в очереди). Postfix записывает status=expired, returned to sender, но в уведомлении о недоставке сохраняет последний настоящий статус (например, 4.4.1).</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Поищите более ранние причины откладывания в уведомлении о недоставке или в журнале; они говорят, почему доставка раз за разом не удавалась (недоступный MX, так и не пройденный грейлистинг, сбой TLS, повторяющиеся временные отказы 4xx по политике). Администратор отправителя устраняет эту первопричину или просит об этом администратора получателя, после чего отправитель отправляет письмо повторно. Увеличение срока хранения в очереди лишь скрывает проблему.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>MX назначения был недоступен или отвергал подключения весь период повторных попыток.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>Принимающий сервер продолжал отвечать временными кодами 4xx (грейлистинг, ограничения частоты, репутация), пока отправитель не сдался.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Проблема с TLS или сертификатом приводила к сбою каждой попытки доставки.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Заданное отправителем ограничение времени доставки истекло до того, как письмо дошло.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>Срок хранения в очереди был сокращён, поэтому письма истекают через часы, а не дни.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Найдите историю откладываний для получателя; причины, записанные до истечения срока, и есть настоящая проблема.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Посмотрите, как долго сервер Postfix продолжает попытки, прежде чем сдаться.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Проверьте, что ещё ждёт в очереди Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>В Exim выведите очередь с возрастом каждого письма.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Уведомление о задержке 4.4.7 ничего не требует: сервер всё ещё повторяет попытки. После 5.4.7 или уведомления о недоставке из-за истечения срока письма в очереди больше нет, поэтому отправьте его повторно, когда исходная проблема с доставкой будет устранена.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange сдаётся после истечения тайм-аута срока действия сообщения (по умолчанию два дня в Exchange Server) и отправляет этот отчёт о недоставке (NDR); обратите внимание, что 550 сочетается с кодом 4.x.x. Список Microsoft для Exchange Online описывает 4.4.7 Message expired как обычно проблему на принимающем сервере.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Прочее или неопределённое состояние протокола</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>ошибка протокола SMTP</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Общий код, касающийся самого диалога SMTP — команд, их порядка или состояния протокола, — без более конкретной детализации X.5. С 2 это нейтральная метка на обычном ответе протокола; с 4 или 5 сервер возражает против того, как клиент говорит по SMTP.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>В любом месте сеанса. Gmail откладывает клиентов, нарушающих протокол, с 451 4.5.0 SMTP protocol violation и с 454 4.5.0, когда команды отправляются конвейером после STARTTLS. RFC 4468 использует 250 2.5.0 в ответах на BURL, а 554 5.5.0 или 503 5.5.0 — когда BURL приходит без допустимых получателей.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Посмотрите на точную команду, вызвавшую ответ. При 4.5.0 или 5.5.0 клиентская программа (или тот, кто её настраивал) должна исправить своё поведение в SMTP: дожидаться приветствия 220, снова отправлять EHLO после STARTTLS, не отправлять команды конвейером через STARTTLS, завершать строки CRLF. Ответ 2.5.0 — успех и действий не требует.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>Клиент отправил команды конвейером после STARTTLS или до того, как сервер объявил PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>Клиент отправлял команды до приветствия или продолжал, не дожидаясь ответов.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Голые окончания строк LF или другой искажённый ввод, который сервер относит к нарушениям протокола.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Сервер, помечающий любой отказ на уровне протокола общим кодом вместо конкретного.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Воспроизведите сеанс вручную по одной команде и следите за каждым ответом.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Запустите эталонный клиент на том же сервере; если он работает, проблема в вашей клиентской программе.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Включите журнал протокола SMTP в своём клиенте и поищите несколько команд, отправленных до прихода первого ответа.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Для 2.5.0 повторять нечего; продолжайте диалог. Для 4.5.0 повторите попытку позже, но исправьте клиент, если ситуация повторяется. Для 5.5.0 не повторяйте ту же последовательность команд без изменений.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Временный отказ Gmail, когда клиент не следует SMTP (неверный порядок команд, искажённый ввод). Исправьте клиент, а не полагайтесь на повторные попытки.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Клиент отправил дополнительные команды в той же пачке, что и STARTTLS. Он должен дождаться ответа 220, завершить TLS-рукопожатие и затем снова отправить EHLO.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Недопустимая команда</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>Клиент отправил команду не по порядку или такую, которую сервер на этом этапе не поддерживает. RFC 3463 определяет код как постоянный, так что та же команда в том же месте будет продолжать давать сбой, хотя некоторые серверы отправляют его с 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Обычно 503 5.5.1 при неверной последовательности (RCPT до MAIL, DATA до какого-либо принятого RCPT, MAIL до EHLO) и 502 5.5.1 для отключённой команды, например VRFY в Postfix. Gmail отвечает на отправку почты без входа 530 5.5.1 Authentication Required (требуется аутентификация).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>Виновата клиентская программа или её конфигурация. Посмотрите на команду, вызвавшую ответ, и на предшествующую. Типичные исправления: сначала отправлять EHLO, завершать MAIL FROM до RCPT TO, включить аутентификацию в почтовом клиенте и перестать полагаться на команды, которые сервер отключил (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Команды отправлены в неверном порядке, например RCPT TO до MAIL FROM или DATA без принятого получателя.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Почтовый клиент, настроенный без аутентификации, обращается к серверу отправки, который её требует.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>Клиент использует команду, которую сервер отключил, например VRFY или EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Второй MAIL FROM внутри открытой транзакции без RSET между ними.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Воспроизведите транзакцию до RCPT TO и посмотрите, какая команда отклоняется.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Для отправки (submission) проверьте с аутентификацией так, как это должен делать почтовый клиент.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Включите журнал отладки SMTP в клиенте и прочитайте команду, отправленную непосредственно перед отказом.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Не отправляйте ту же команду в том же месте повторно. Исправьте порядок команд или добавьте недостающий шаг (EHLO, AUTH), затем начните новую транзакцию; 4.5.1 обрабатывайте как любой другой временный сбой.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com отклоняет MAIL FROM от клиента, который не вошёл в систему. Настройте клиент на аутентификацию (OAuth или пароль приложения) на порту 587 со STARTTLS или на порту 465 с TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Синтаксическая ошибка</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>Сервер не смог разобрать команду: слово команды неизвестно или её аргументы искажены. Код определён только как постоянный, поэтому те же байты будут отклонены снова.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>На любой команде. Распространённые реальные случаи: MAIL FROM: user@example.com без угловых скобок (Gmail отвечает 555 5.5.2 Syntax error), ответ AUTH, который сервер не может декодировать из base64 (RFC 4954 предписывает 501 5.5.2), запись SPF с постоянной ошибкой (RFC 7208 предлагает 550 5.5.2) и клиент, говорящий по TLS или HTTP на обычный SMTP-порт.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>Клиентская программа должна отправлять правильно сформированные команды: угловые скобки вокруг адресов, никаких параметров, которые сервер не объявлял, окончания строк CRLF, командные строки не длиннее 512 октетов. Если ответ упоминает SPF, владелец домена отправителя исправляет запись SPF. Если сервер увидел двоичный шум, приведите режим TLS в соответствие с портом: 465 ожидает TLS с первого байта, 25 и 587 — STARTTLS.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Адреса отправлены без угловых скобок или с лишними пробелами, например MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Скрипт, принтер или устройство с собственной сломанной реализацией SMTP.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>Неявный TLS на порт с STARTTLS или открытый текст на порт 465, так что сервер читает шум.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Запись SPF с постоянной ошибкой (неверный синтаксис, слишком много DNS-запросов), проверяемая принимающим сервером.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Отправьте правильно сформированное тестовое письмо на тот же сервер; если оно проходит, сравните его команды с командами вашего клиента.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Проверьте, что порт 465 действительно ожидает TLS с первого байта: должны появиться сертификат и приветствие 220.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Если в тексте упоминается SPF, прочитайте запись SPF домена отправителя и проверьте её синтаксис и число запросов.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Не повторяйте без изменений: сначала нужно исправить команду, иначе снова придёт тот же 5.5.2.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>Ответ Gmail на искажённый MAIL FROM или RCPT TO, обычно адрес без угловых скобок или с параметрами, которые он не принимает.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Слишком много получателей</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>лимит получателей</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>В транзакции больше получателей, чем сервер примет за один раз. Задуманная обработка: отправитель доставляет письмо уже принятым получателям, а остальным отправляет в следующей транзакции; постоянный 5.5.3 некоторые системы используют, когда у письма в целом больше получателей, чем позволяет политика.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>На RCPT TO, когда достигнут предел на одно письмо. Postfix отвечает 452 4.5.3 Error: too many recipients (слишком много получателей) после smtpd_recipient_limit (по умолчанию 1000); Gmail и Microsoft 365 откладывают лишних получателей с 452 4.5.3. RFC 5321 говорит, что серверы должны принимать в буфер не менее 100 получателей и для этого случая следует использовать 452.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Правильный отправляющий MTA справляется с этим сам, разбивая список получателей, так что обычно никому ничего делать не нужно. Если же почта не проходит, администратор отправителя уменьшает число получателей на транзакцию в MTA или программе рассылки, а массовые отправители разбивают большие списки. При постоянном 5.5.3 от Exchange отправитель сокращает число адресов в To, Cc и Bcc или использует группу рассылки.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Письмо адресовано большему числу получателей, чем принимающий сервер принимает за транзакцию.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Программа рассылки, отправляющая весь свой список в одной SMTP-транзакции.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 откладывает получателей в конверте сверх своего предела на транзакцию для одного домена.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Клиент, считающий 452 фатальным, вместо того чтобы повторить попытку для отложенных получателей.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Посмотрите, сколько получателей на одно письмо принимает ваш собственный Postfix.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Проверьте, сколько получателей ваш клиент Postfix помещает в одну доставку на назначение.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Найдите получателей, отложенных с 4.5.3, и проверьте, что для них были повторные попытки.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Доставьте письмо принятым получателям, затем повторите попытку для отложенных в новой транзакции с меньшим числом получателей в каждой. При 5.5.3 перед повторной отправкой нужно сократить список получателей.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail принимает в этой транзакции только часть списка получателей; обычный MTA повторяет попытку для остальных. Текст ссылается на ограничения Google на отправку, поэтому его видят и пользователи Gmail, рассылающие письма по очень большим спискам.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online откладывает получателей в конверте сверх 200 для одного домена в одной транзакции; отправляющий сервер должен отправить остальным в другой транзакции.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Недопустимые аргументы команды</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>неверный параметр</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>Команда допустима, но один из её аргументов — нет: вне диапазона, искажён или это параметр или ключевое слово, которое сервер не распознаёт. RFC 3463 описывает код как постоянный, а реестр допускает также 4 для ограничений, которые позже могут сняться.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>В основном как 501 5.5.4 или 555 5.5.4. Postfix использует его, когда аргументы не разбираются, показывая ожидаемую форму (501 5.5.4 Syntax: VRFY address) или называя неверное значение (501 5.5.4 Bad message size syntax), а также для неизвестных параметров MAIL FROM; RFC 4954 использует 504 5.5.4 для механизма AUTH, который сервер не поддерживает; Gmail отклоняет неверное имя в HELO или EHLO кодом 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>Клиентская программа (или тот, кто её настраивал) должна отправлять аргументы, которые принимает сервер: механизм AUTH из списка EHLO, параметры ESMTP только если сервер объявил соответствующее расширение, полное имя хоста или адресный литерал в EHLO и числа там, где ожидаются числа.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Механизм AUTH, который сервер не объявлял.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Параметры MAIL FROM, например SIZE=, BODY= или SMTPUTF8, отправленные на сервер, который не объявил соответствующее расширение, или с недопустимыми значениями.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Пустой или недопустимый аргумент EHLO, например голое слово или IP-адрес без скобок.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Параметры DSN (NOTIFY=, ORCPT=, RET=) с неверным синтаксисом.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Выведите расширения и механизмы AUTH, которые предлагает сервер, и сравните их с тем, что отправляет клиент.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Проверьте имя хоста, которое ваш сервер Postfix предъявляет в EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Проверьте аутентификацию с механизмом, взятым из объявленного списка.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Не повторяйте с теми же аргументами; исправьте параметр или механизм и отправьте команду снова. 4.5.4 можно повторить позже, поскольку сервер сообщает, что ограничение временное.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail отклоняет имя в EHLO или HELO, которое пусто или не является допустимым доменным именем или адресным литералом; отправляющий сервер должен предъявлять правильное имя хоста.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Неверная версия протокола</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Стороны не смогли договориться о версии протокола и не смогли устранить несоответствие автоматически. Код входит в исходный набор RFC 3463, но сегодня отправляется редко; большинство серверов сообщают о несоответствии протокола кодами 5.5.1 или 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>В сеансах встречается редко. Подходит для случаев вроде клиента, говорящего по LMTP (LHLO) со слушателем SMTP, или очень старого клиента, знающего только HELO, который обращается к службе, требующей ESMTP; шлюзы протоколов могут использовать его, когда не могут отобразить одну версию почтового протокола на другую.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>Администратор клиента следит, чтобы программа говорила на том протоколе, который ожидает порт: SMTP со STARTTLS на 25 и 587, TLS с первого байта на 465, LMTP — только на сокете LMTP. Затем прочитайте текст после кода: сервер обычно говорит, чего ожидал.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Клиент говорит по LMTP на порт SMTP или по SMTP на сокет LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Старый клиент, знающий только HELO, обращается к службе, которой нужны возможности ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Шлюз между почтовыми системами, который не может перевести одну версию протокола в другую.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Подключитесь вручную и прочитайте приветствие; обычно по нему видно, говорит ли порт по ESMTP или LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Проверьте, на какой протокол и порт или сокет настроено отправляющее приложение, и сравните со службой, которая там слушает.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Не повторяйте без изменений: клиент нужно перенастроить, чтобы он говорил на правильном протоколе с правильным портом.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>Строка обмена аутентификации слишком длинная</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Во время SMTP AUTH клиент отправил строку base64 длиннее, чем буфер сервера для выбранного механизма SASL, поэтому сервер завершил команду AUTH ошибкой. Код определён в RFC 4954, отправляется как 500 5.5.6, и там отмечено, что 12288 октетов тогда считались достаточными для применяемых механизмов.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Только в ответ на AUTH или на строку продолжения после запроса 334. Типичные причины — большие токены Kerberos (GSSAPI), токены OAuth bearer, превышающие небольшой предел сервера, или клиент, отправивший повреждённую бесконечную строку. Postfix отвечает 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>Администратор сервера увеличивает буфер аутентификации, если легитимные токены больше допустимого, например билеты Kerberos со множеством членств в группах или длинные токены OAuth; в Postfix это smtpd_sasl_response_limit (по умолчанию 12288), а начальный ответ в самой строке AUTH ограничен line_length_limit. На стороне клиента проверьте, что используется нужный механизм и что каждый ответ — одна правильно сформированная строка base64; PLAIN поверх TLS позволяет обойтись без больших токенов.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Билет Kerberos (GSSAPI), раздутый множеством членств в группах.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Токен доступа OAuth 2.0 больше предела строки AUTH на сервере.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Ошибка клиента, из-за которой он отправляет не те данные или не ставит перевод строки, так что сервер читает одну бесконечную строку.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Сервер с необычно маленьким буфером аутентификации, намного меньше 12288 октетов, упомянутых в RFC 4954.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Пройдите аутентификацию простым механизмом, чтобы убедиться, что учётная запись работает и сбой связан с размером токена.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Поищите сбой AUTH в журнале сервера около времени попытки.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>На сервере Postfix прочитайте ограничения, действующие для ответов SASL и строки команды AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Если клиент или его библиотека может записать токен в журнал, сравните его длину с пределом сервера.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Не повторяйте тот же обмен AUTH: он даст тот же сбой. Используйте меньший токен или другой механизм либо добейтесь увеличения предела на сервере, затем пройдите аутентификацию снова.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Прочая или неопределённая ошибка содержимого</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>поврежденное письмо</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>некорректный MIME</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Что-то в содержимом письма сделало его недоставляемым, и ни один более конкретный код X.6 не подходит. В отказах это обычно означает, что принимающий сервер счёл письмо искажённым: нарушенный MIME, неверные заголовки или содержимое, которое он не может обработать.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>В основном в конце DATA, после того как принимающий сервер разобрал письмо. Gmail отклоняет искажённые письма с 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange, напротив, использует этот код при успехе: его обычный ответ на DATA — 250 2.6.0, затем идентификатор письма и Queued mail for delivery (поставлено в очередь на доставку).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>Отправитель или программа, сформировавшая письмо, исправляет его структуру: правильно сформированные строки заголовков, ровно по одному From, Date и Message-ID, строки не длиннее 998 символов, совпадающие границы MIME, правильные кодировки передачи. Обычные подозреваемые — письма, созданные скриптами и устройствами; отправка того же содержимого из обычного почтового клиента показывает, виноват ли генератор.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>Нарушенный MIME: отсутствующие или несовпадающие границы, неверный Content-Transfer-Encoding, обрезанные части.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Строки заголовков искажены, повторяются или длиннее, чем допускает RFC 5322.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Голые символы LF или NUL в письме, обычно от скриптов или встроенных устройств.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Антивирусный или контент-сканер не смог разобрать вложение и отклонил письмо с общим кодом.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Сохраните отклонённое письмо в файл и изучите его основные заголовки.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Поищите строки длиннее 998 символов, которые RFC 5322 запрещает.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Отправьте то же содержимое из обычного почтового клиента; если эта копия принята, виновата программа, создающая письма.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Не повторяйте без изменений: то же содержимое будет снова отклонено. 4.6.0 может пройти при следующей попытке, если обработка содержимого у принимающего сервера временно давала сбой.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail счёл письмо структурно недопустимым (заголовки или MIME не соответствуют RFC 5322); отправляющая программа должна формировать правильное письмо.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Обычный ответ Exchange об успехе после DATA: письмо принято и поставлено в очередь. 2.6.0 — привычка Exchange, а не ошибка, хотя реестр указывает X.6.0 только для сбоев.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Формат содержимого не поддерживается</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>неподдерживаемый тип содержимого</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>Письмо использует тип содержимого или кодировку, которые протокол доставки или следующая система на пути не может передать. Код определён только как постоянный: в нынешнем виде письмо дальше не пройдёт.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Как прямой ответ SMTP редок; чаще в уведомлении о недоставке от ретранслятора или шлюза, который не смог передать содержимое дальше, например двоичное содержимое на узел без BINARYMIME или шлюз в факс, SMS или устаревшую систему, которая не может представить тип MIME.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>Отправитель отправляет содержимое повторно в виде, который путь может передать: стандартный MIME с кодировкой base64 или quoted-printable и распространённый тип вложения. Если назначение — шлюз (факс, пейджер, устаревшая система), администратор получателя может сказать, какие форматы он принимает.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Двоичное содержимое (BODY=BINARYMIME), отправленное на узел, который не предлагает BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Необработанное 8-битное содержимое идёт на узел, поддерживающий только 7 бит, который не будет его преобразовывать.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Шлюз в систему, отличную от электронной почты, который не может представить тип MIME письма.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Проверьте, какие расширения для тела письма (8BITMIME, BINARYMIME, CHUNKING) объявляет следующий узел после EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Проверьте, как закодированы тело письма и вложения.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Не повторяйте без изменений; перекодируйте содержимое или преобразуйте его в поддерживаемый тип и отправьте новое письмо.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Требуется преобразование, но оно запрещено</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Чтобы доставить письмо, система на пути должна была бы преобразовать его содержимое, но преобразование не разрешено — либо потому что так указал отправитель в письме, либо потому что это запрещает политика отправляющего хоста.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>В уведомлениях о недоставке от ретрансляторов и шлюзов в той точке, где следующий узел не может принять содержимое как есть, например 8-битный MIME на сервер, поддерживающий только 7 бит, когда ретранслятор настроен никогда не понижать кодировку, или содержимое для шлюза X.400 или подобного, помеченное как не подлежащее преобразованию.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>Отправитель снимает запрет или отправляет содержимое, не требующее преобразования (безопасные для 7 бит кодировки, например base64 или quoted-printable). Если запрет — политика отправляющего хоста, администратор отправителя решает, разрешить ли понижение кодировки для этого маршрута.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>Письмо или его конверт запрещают преобразование содержимого, а следующему узлу оно нужно.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>Ретранслятор настроен никогда не понижать 8-битное содержимое, а у следующего узла нет 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Шлюзу в X.400 или другую почтовую систему пришлось бы преобразовать содержимое, а настройки отправителя этого не разрешают.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Проверьте, объявляет ли следующий узел 8BITMIME: подключитесь, отправьте EHLO example.net и прочитайте список.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Поищите в письме необработанные байты не из ASCII, которые вынудили бы преобразование.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Не повторяйте без изменений; либо разрешите преобразование, либо перекодируйте содержимое так, чтобы оно не требовалось, затем отправьте снова.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Требуется преобразование, но оно не поддерживается</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>Прежде чем письмо можно будет пересылать дальше, его содержимое нужно преобразовать, а хост, который должен это сделать, не умеет. Собственный пример RFC 3463 — шлюз, который принимает 8-битную почту, но не может понизить её до 7 бит для следующего узла, которому это нужно.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>В уведомлении о недоставке от застрявшего ретранслятора или как 554 5.6.3 в конце данных. RFC 4468 указывает 554 5.6.3 Conversion required but not supported как возможный ответ на BURL, когда содержимое, на которое дана ссылка, потребовало бы преобразования, которое сервер отправки выполнить не может.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>Отправитель может избежать преобразования, отправляя безопасное для 7 бит содержимое: части в кодировке base64 или quoted-printable и заголовки в кодировке RFC 2047. Администратор ретранслятора, давшего сбой, может включить понижение MIME или направить почту по пути, поддерживающему 8BITMIME от начала до конца.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>8-битное содержимое направлено на сервер без 8BITMIME через ретранслятор, который не может понизить его кодировку.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Двоичное содержимое, которое потребовало бы перекодирования для узла без BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Шлюз, у которого нет преобразователя для данного типа содержимого.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Посчитайте строки с необработанными 8-битными байтами в заголовках и теле письма.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>На ретранслирующем сервере Postfix убедитесь, что преобразование 8 бит в 7 бит на выходе не отключено.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Определите узел без 8BITMIME по полю Remote-MTA или Reporting-MTA в уведомлении о недоставке и прочитайте его ответ на EHLO.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Не повторяйте без изменений по тому же пути; отправляйте безопасное для 7 бит содержимое или сначала добейтесь исправления ретранслятора.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Выполнено преобразование с потерями</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Обычно успех с предупреждением: письмо доставлено, но при преобразовании по пути была потеряна часть информации, например символы, которые нельзя представить, или части, которые были упрощены или отброшены. RFC 3463 допускает его также как постоянный сбой, когда отправитель запретил преобразование с потерями.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Как 2.6.4 в отчёте о доставке или в ответе 250; RFC 4468 приводит 250 2.6.4 MIME header conversion with loss performed (заголовки MIME преобразованы с потерями) для BURL. Форма 5.6.4 встречается в уведомлениях о недоставке от шлюзов, отказавшихся выполнять преобразование с потерями.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Для 2.6.4 исправлять ничего не нужно, но получатель может получить ухудшенную копию. Если это важно, отправитель отправляет более простое содержимое (обычный текст или распространённые типы вложений, правильно закодированные заголовки), либо администратор получателя находит шлюз, выполнивший преобразование. Для 5.6.4 отправитель должен разрешить преобразование с потерями или изменить содержимое.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Шлюз преобразовал письмо в кодировку или формат, которые не могут представить все символы.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>Заголовки MIME с текстом не из ASCII были понижены до ASCII, и исходные символы потеряны.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Вложение типа, который система назначения не может хранить, было удалено или заменено.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Прочитайте блок отчёта о доставке для каждого получателя: Action и Status показывают, было ли письмо доставлено (2.6.4) или отклонено (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Если можете связаться с получателем, сравните то, что пришло, с тем, что было отправлено, чтобы понять, что потерялось.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Для 2.6.4 повторять нечего: письмо доставлено. Для 5.6.4 отправляйте повторно только после изменения содержимого или настройки преобразования.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Преобразование не удалось</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Преобразование было нужно и его попытались выполнить, но оно не удалось. Код может быть временным (4.6.5, преобразователь может сработать при следующей попытке) или постоянным (5.6.5, это содержимое преобразовать нельзя).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>В уведомлениях о недоставке или об отложенной доставке от ретрансляторов, шлюзов и контент-фильтров, которые преобразуют письма: понижают 8 бит до 7, перекодируют вложения, преобразуют кодировки символов или передают почту в факс и другие системы, отличные от электронной почты.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>При 4.6.5 администратор ретранслятора проверяет преобразователь или фильтр (упавшая служба, отсутствующая утилита, ограничения ресурсов) и даёт очереди повторить попытку. При 5.6.5 отправитель отправляет содержимое, не требующее преобразования: стандартные кодировки, распространённые типы файлов и правильно объявленные кодировки символов.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>Кодировка символов, объявленная в письме, не соответствует его байтам, поэтому перекодирование не удаётся.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Повреждённое или обрезанное вложение, которое преобразователь не может разобрать.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>Служба преобразования или контент-фильтр на ретрансляторе аварийно завершились или не ответили вовремя.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Необычная кодировка символов или тип MIME, которых преобразователь не знает.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Проверьте объявленные в письме кодировки символов и кодировки передачи.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>На ретрансляторе поищите ошибки преобразователя или контент-фильтра на момент сбоя.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Повторите 4.6.5 позже с нарастающими интервалами. Не повторяйте 5.6.5 без изменений: сначала должно измениться содержимое.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Содержимое письма недоступно</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>Сервер отправки не смог получить содержимое письма оттуда, куда указал клиент. Код происходит из BURL (RFC 4468): вместо загрузки письма клиент даёт URL копии, хранящейся на сервере IMAP, а сервер не смог её получить. 4.6.6 означает «повторите позже», 5.6.6 — что эта ссылка работать не будет.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>В ответ на команду BURL на сервере отправки (порт 587), обычно как 554 5.6.6 IMAP URL resolution failed. BURL редок: одна из реализаций — служба submission в Dovecot (2.3 и новее), используемая вместе с IMAP URLAUTH (RFC 4467). Если сервер IMAP вообще недоступен, RFC 4468 предлагает вместо этого 451 4.4.1.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>Клиент сформировал URL, который сервер не может разрешить или которым ему не разрешено пользоваться. Почтовый администратор проверяет, что сервер отправки настроен доверять серверу IMAP, указанному в URL, и может до него достучаться (в Dovecot — imap_urlauth_host и конфигурация URLAUTH), и что URL указывает на существующее письмо. В качестве обходного пути клиент может отправить письмо через DATA вместо BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>Срок действия URL, авторизованного через URLAUTH, истёк или он отозван, либо письмо, на которое он указывает, удалено или перемещено.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL называет хост или порт, с которого сервер отправки не настроен получать содержимое.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>У сервера отправки нет доверительных отношений с сервером IMAP (у этого случая есть собственный код X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>Сервер IMAP дал сбой во время получения содержимого.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Проверьте, с какого хоста и порта IMAP служба submission в Dovecot может получать содержимое для BURL.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Подключитесь к порту отправки, отправьте EHLO example.net и убедитесь, что BURL объявлен с ожидаемым типом URL.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Отправьте то же письмо через DATA вместо BURL, чтобы отделить проблему получения от проблемы с письмом.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>4.6.6 повторите позже. После 5.6.6 не повторяйте тот же BURL; создайте новый URL или отправьте письмо через DATA.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Адреса не из ASCII не разрешены для этого отправителя/получателя</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>адрес на кириллице</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Адрес в конверте содержит символы не из ASCII (UTF-8), и сервер не примет его в этой транзакции, потому что не поддерживает SMTPUTF8 или клиент не запросил его в MAIL FROM. RFC 6531 сочетает код с 553, когда отклонён адрес в RCPT TO, и с 550, когда отклонён адрес в MAIL FROM.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>На MAIL FROM или RCPT TO: Postfix отвечает 553 5.6.7 Must declare SMTPUTF8 to send unicode address, когда клиент отправляет адрес в UTF-8 без параметра SMTPUTF8. Postfix также возвращает письма с dsn=5.6.7 на отправляющей стороне (SMTPUTF8 is required, but was not offered by host ...), часто потому, что скрипт поместил необработанный UTF-8 в заголовок Subject, а следующий узел не предлагает SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Если адрес действительно интернационализированный, отправляющий клиент должен использовать SMTPUTF8 (он должен быть в ответе на EHLO, а MAIL FROM должен нести параметр SMTPUTF8), и его должен поддерживать каждый узел; иначе отправителю нужен ASCII-адрес того же человека. Если UTF-8 содержат только заголовки, отправляющей программе следует кодировать их как encoded words по RFC 2047. Администратор Postfix может также ограничить smtputf8_autodetect_classes или задать smtputf8_enable = no, как делают многие, ценой отказа от поддержки EAI.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>В локальной части адреса получателя или отправителя есть символы не из ASCII или домен в виде U-label, а у сервера нет SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>Клиент отправил адрес в UTF-8, но не указал параметр SMTPUTF8 в MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>Необработанный UTF-8 в заголовках письма заставил Postfix пометить письмо как требующее SMTPUTF8, а следующий узел его не предлагает.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Сервер, в целом поддерживающий SMTPUTF8, отклоняет адреса не из ASCII для этого конкретного ящика или домена.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Посмотрите, указывает ли принимающий сервер SMTPUTF8 в ответе на EHLO.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Проверьте настройки SMTPUTF8 отправляющего Postfix.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Найдите возвращённые письма и хосты, которые не предложили SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Для интернационализированного домена получите его форму A-label (xn--), которую могут принять серверы без SMTPUTF8.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Не повторяйте без изменений. Отправьте повторно, когда путь будет поддерживать SMTPUTF8, через сервер, который его поддерживает, или на ASCII-адрес того же человека.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>Требуется ответ со строкой UTF-8, но SMTP-клиент его не разрешил</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>Серверу пришлось бы показать в ответе имя ящика с UTF-8, но клиент не сообщил, что умеет обрабатывать ответы в UTF-8. Код относится к VRFY и EXPN при SMTPUTF8 (RFC 6531, раздел 3.7.4.2): в виде 252 2.6.8 сервер отказывается показывать адрес, но почту для него всё равно примет; в виде 550 5.6.8 (или 553) он отказывает.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Только в ответ на VRFY или EXPN, отправленные без параметра SMTPUTF8, когда ответ содержал бы ящик не из ASCII. На практике встречается очень редко, так как большинство публичных серверов полностью отключают VRFY и EXPN.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Ничего не сломано. Клиент или администратор, которому нужен полный ответ, проверяет, что ответ на EHLO содержит SMTPUTF8, и повторяет команду с параметром, как VRFY name SMTPUTF8. После 252 2.6.8 почту на этот адрес можно просто отправлять.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY или EXPN выданы без параметра SMTPUTF8 для ящика с интернационализированным именем.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Список, развёрнутый через EXPN, содержит хотя бы один адрес не из ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Старый клиент или скрипт, который никогда не отправляет SMTPUTF8, обращается к серверу с поддержкой EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Откройте сеанс, отправьте EHLO example.net, убедитесь, что SMTPUTF8 в списке, затем повторите VRFY или EXPN с параметром SMTPUTF8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>Для самого письма повторять нечего. Повторите VRFY или EXPN с параметром SMTPUTF8, если вам нужен ответ.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>Письмо с заголовками в UTF-8 нельзя передать одному или нескольким получателям, поэтому оно должно быть отклонено</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>В письме есть интернационализированные заголовки (UTF-8), и хотя бы один получатель не может принять такое письмо, поэтому сервер отклоняет его после завершающей точки DATA. Реестр IANA сочетает код с 550, а RFC 6531, раздел 3.5, описывает ответ как 554 Transaction failed, так что с ним возможен любой из этих базовых кодов.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>В конце DATA на сервере с поддержкой SMTPUTF8, который принял получателей и лишь потом обнаружил, что один из них, например ящик в хранилище ниже по цепочке без поддержки EAI, не может принять заголовки в UTF-8. RFC 6531 рекомендует серверам обнаруживать это ещё на RCPT TO, что даёт X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>Отправитель отправляет письмо повторно без интернационализированных заголовков (encoded words по RFC 2047 в Subject и отображаемых именах, ASCII-адреса) или отдельно тем получателям, которые не могут принять почту EAI. Администратор получателя может включить поддержку SMTPUTF8 на всём пути, если ящик должен получать такую почту.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>Ящик получателя находится за хранилищем или узлом ниже по цепочке без поддержки SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>Письмо содержит необработанный UTF-8 в заголовках (Subject, отображаемые имена, адреса) вместо encoded words.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Смешанный список получателей, в котором одни получатели поддерживают интернационализированную почту, а другие нет.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Поищите необработанные байты не из ASCII в разделе заголовков письма — всё до первой пустой строки.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Убедитесь, что сам принимающий сервер предлагает SMTPUTF8, то есть отказ исходит от получателя за ним.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Не повторяйте без изменений; отправьте повторно с закодированными заголовками или только тем получателям, которые принимают интернационализированную почту.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Устарел: дубликат X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Устаревшая запись реестра, дублирующая X.6.8; используйте и читайте вместо неё X.6.8. Экспериментальный RFC 5336 по ошибке зарегистрировал её как второй код для того же состояния — ответа в UTF-8, который клиент не разрешил (X.6.8 с 553 и 550, X.6.10 с 252); RFC 6531 включил случай с 252 в X.6.8 и пометил X.6.10 как устаревший.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Практически никогда. Только программы, написанные по экспериментальному RFC 5336, могут всё ещё отправлять 252 2.6.10 в ответ на VRFY или EXPN; если он всё же встретится, он означает ровно то же, что X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Обрабатывайте его как X.6.8: клиент отправил VRFY или EXPN без параметра SMTPUTF8, а ответ содержал бы имя ящика в UTF-8. Администратору сервера, который его отправляет, следует обновить программу, чтобы она использовала X.6.8.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Серверная программа, реализующая экспериментальный RFC 5336, а не RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Жёстко заданная таблица статусов, скопированная из реестра в том виде, в каком он был до 2012 года.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Проверьте, что сервер указывает SMTPUTF8 после EHLO, затем повторите VRFY или EXPN с параметром SMTPUTF8, как для X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>Для письма повторять нечего; обрабатывайте код точно так же, как X.6.8, и повторите запрос с SMTPUTF8, если нужен ответ.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Прочее или неопределённое состояние безопасности</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>требуется TLS</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>требуется аутентификация SMTP</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>Код на все случаи для безопасности и политики: что-то было отклонено, задержано или (как 2.7.0) принято по причине безопасности, которую сервер точнее не описывает. В виде 5.7.0 это постоянный отказ, чаще всего 530 5.7.0, когда клиент должен сначала выполнить STARTTLS или войти; в виде 4.7.0 — временный, например 454 4.7.0, когда не работает бэкенд аутентификации сервера, или 421 4.7.0 — ограничение частоты у провайдера. 235 2.7.0 — обычный ответ на успешный AUTH.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>На портах отправки (587, 465) вокруг STARTTLS и AUTH, а также на MAIL FROM, когда клиент пытается отправить почту без входа. Postfix отвечает 530 5.7.0 Must issue a STARTTLS command first, когда TLS обязателен, и 454 4.7.0, когда не работает его собственная настройка TLS или SASL. Крупные принимающие серверы, такие как Gmail и Yahoo, используют 421 4.7.0, чтобы ограничивать отправителей с плохой репутацией.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Прочитайте текст после кода, потому что в нём настоящая причина. Если он требует STARTTLS или аутентификацию, клиентскую программу нужно настроить на STARTTLS на порту 587 (или SSL/TLS на порту 465) и на вход с учётными данными ящика. Если это 454 4.7.0 — временный сбой аутентификации, администратор сервера проверяет бэкенд аутентификации (Dovecot, Cyrus SASL, LDAP) и файлы сертификата TLS. Если это ограничение 421 4.7.0 у провайдера, администратор отправителя устраняет проблемы с репутацией (запись PTR, SPF, DKIM, доля жалоб, внезапный рост объёма) и даёт очереди повторить попытку.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>Почтовый клиент или приложение обращается к порту отправки без STARTTLS, а сервер требует TLS прежде всего остального.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>Клиент пропускает SMTP AUTH и сразу переходит к MAIL FROM на сервере, который ретранслирует почту только для вошедших пользователей.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>Бэкенд SASL сервера (сокет аутентификации Dovecot, saslauthd, LDAP) недоступен, поэтому входы временно не проходят.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>Сервер не может загрузить собственный сертификат или ключ TLS, поэтому не может предложить STARTTLS и отвечает временным отказом.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Крупный принимающий сервер ограничивает IP или домен отправителя из-за низкой репутации или внезапного роста объёма.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Подключитесь к порту отправки с TLS, вручную отправьте EHLO и проверьте, что строка 250-AUTH появляется внутри сеанса TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Выполните полную отправку с аутентификацией, чтобы увидеть, какая команда вызывает ответ 5.7.0 или 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>На сервере Postfix поищите предупреждения TLS и SASL на момент сбоя.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>При ограничении 421 4.7.0 у провайдера проверьте, что у IP отправителя есть запись PTR, имя в которой разрешается обратно в тот же IP.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Зависит от класса. 4.7.0 — временный: держите письмо в очереди и повторяйте с нарастающими интервалами. 5.7.0 повторными попытками не устранится, поэтому сначала исправьте настройки TLS или входа. 2.7.0 — успех: продолжайте сеанс.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Сервер отправки Gmail smtp.gmail.com отправляет этот ответ, когда клиент пробует AUTH или MAIL FROM на порту 587, не повысив соединение до TLS через STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>На smtp.gmail.com это означает, что клиент дошёл до MAIL FROM без успешного входа; Gmail ретранслирует отправленную почту только для аутентифицированных учётных записей Google.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Временное откладывание Yahoo из-за репутации IP отправителя (жалобы, необычный объём или содержимое, похожее на спам). Это не сбой безопасности в смысле реестра; повторные попытки пройдут, когда репутация восстановится.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Доставка не разрешена, письмо отклонено</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>в черном списке</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>черный список</translation>
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
        <translation>ретрансляция запрещена</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>ретрансляция не разрешена</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>Самый распространённый отказ по политике: принимающий сервер не примет это письмо от этого отправителя, клиента или IP-адреса. Реестр определяет код только как постоянный (5.7.1), охватывающий отказ в ретрансляции, попадание в чёрный список, ограничения для отправителя или получателя и вердикты спам-фильтра. На практике 4.7.1 тоже широко отправляется как временное откладывание по политике, классический случай — грейлистинг.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Обычно на RCPT TO (отказ в ретрансляции, ограничения для получателя, грейлистинг) или в конце DATA (спам- и контент-фильтры, проверки заголовков), иногда на MAIL FROM, когда IP клиента в чёрном списке. Его отправляют Postfix, Exim, Exchange, Microsoft 365, Gmail и Yahoo, а текст после кода называет сработавшее правило.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Прочитайте весь ответ и действуйте по названному в нём правилу. Relay access denied (отказ в ретрансляции): клиентская программа должна пройти аутентификацию, прежде чем отправлять на внешние домены, или администратор получателя должен добавить домен в обслуживаемые домены сервера. IP в чёрном списке: администратор отправителя находит запись в списке, устраняет её причину (взломанная учётная запись, открытый ретранслятор, отсутствующий PTR) и запрашивает исключение из списка. Вердикт о спаме или репутации: администратор отправителя проверяет аутентификацию, содержимое и объём, затем просит принимающего провайдера пересмотреть решение. При грейлистинге с 4.7.1 ничего делать не нужно: отправляющий сервер сам повторит попытку.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Отказ в ретрансляции: клиент отправлял на внешний домен без аутентификации или с IP-адреса, которому сервер не доверяет.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>IP отправителя находится в DNS-списке блокировки (чёрном списке: Spamhaus ZEN, Barracuda, SpamCop) или в частном чёрном списке провайдера.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Фильтр спама или вредоносных программ либо система репутации провайдера сочли письмо нежелательным или опасным.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Правило на стороне получателя: ящик или группа принимают почту только от определённых отправителей или только изнутри организации.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Грейлистинг (как 4.7.1): принимающий сервер откладывает первую попытку от неизвестного отправителя и принимает одну из последующих повторных попыток.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>Адрес отправителя или его домен находится в собственном чёрном списке получателя или не проходит проверку адреса отправителя.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Найдите отказ в журнале отправляющего сервера и прочитайте полный текст ответа, включая метки в скобках вроде S3150 или BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Проверьте IP отправителя по Spamhaus ZEN с октетами в обратном порядке; ответ из 127.0.0.x означает, что IP в списке. Запрашивайте через собственный резолвер, поскольку Spamhaus отказывает многим публичным.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Если отказ отправил ваш собственный сервер Postfix, посмотрите, какое ограничение его вызвало.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Если ваш собственный сервер отвечает Relay access denied клиенту, которому это должно быть разрешено, пересмотрите настройки ретрансляции.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>При 5.7.1 не отправляйте повторно без изменений: политика снова откажет, пока не устранена блокировка или не исправлена настройка. При 4.7.1 держите письмо в очереди и повторяйте как обычно; сервер с грейлистингом пропускает более позднюю попытку, обычно через несколько минут.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) отклоняет IP отправителя, потому что он находится в собственном чёрном списке Microsoft, отдельном от публичных DNS-списков блокировки. Администратор отправителя должен запросить исключение из списка через службу поддержки отправителей Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Вердикт Gmail о спаме для этого письма, выносимый в конце DATA на основе содержимого и репутации отправителя. Gmail также использует 5.7.1 для ошибок заголовков по RFC 5322 и для IP, которым не разрешено отправлять ему почту напрямую.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo отклоняет IP клиента, потому что он есть в одном из списков Spamhaus; сначала нужно снять запись в Spamhaus.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Развёртывание списка рассылки запрещено</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>нет прав отправлять в эту группу</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>Отправителю не разрешено публиковать в списке рассылки или группе рассылки, которым адресовано письмо, поэтому список не развернёт его на участников. Код определён только как постоянный сбой. На практике редок: большинство менеджеров списков и groupware отклоняют неавторизованных авторов с 5.7.1 или задерживают сообщение для модерации.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>На RCPT TO, когда адрес списка сам проверяет отправителей, или позже в уведомлении о недоставке (DSN) от сервера списков, после того как он получил письмо и обнаружил, что автору публиковать нельзя. Типичные случаи — дискуссионные списки только для участников, списки объявлений и группы рассылки, ограниченные внутренними или поимённо указанными отправителями.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>Отправитель проверяет, что публикует ровно с того адреса, который подписан или разрешён, а не с псевдонима или другой учётной записи. Если ему должно быть разрешено, владелец списка или администратор получателя добавляет адрес в участники или разрешённые авторы либо снимает ограничение на внешних отправителей. Затем отправитель отправляет письмо повторно.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>Список принимает сообщения только от подписчиков, а письмо пришло с неподписанного адреса.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>Отправитель подписан под одним адресом, а написал с другого (псевдонима, личной учётной записи, адреса для пересылки).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Группа рассылки ограничена внутренними отправителями или поимённым списком разрешённых отправителей.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>Список — это список объявлений, в котором публиковать могут только владельцы или модераторы.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Сравните отправителя в конверте и адрес From возвращённого письма с адресом, подписанным на список.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Как владелец списка Mailman 3, выведите участников, чтобы увидеть, есть ли среди них автор.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Отправьте короткое тестовое сообщение с подписанного адреса, чтобы убедиться, что список его принимает.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Не повторяйте без изменений: список каждый раз отклоняет того же автора. Отправляйте повторно, только когда отправителю разрешат публиковать или он напишет с подписанного адреса.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo использует 5.7.2 для длительной блокировки IP отправителя из-за его репутации, что не имеет отношения к спискам рассылки. Администратор отправителя должен устранить проблему с репутацией и связаться со службой поддержки отправителей Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Требуется преобразование защиты, но оно невозможно</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>Для доставки письмо нужно было преобразовать из одного формата защищённого обмена сообщениями в другой (например, между схемами шифрования или подписи двух шлюзов), и это преобразование выполнить не удалось. Код определён только как постоянный сбой. Значение из реестра сегодня почти не встречается; код больше всего известен по серверам Microsoft, которые отвечают на неудачный вход по SMTP кодом 535 5.7.3.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>В смысле реестра — в уведомлении о недоставке (DSN) от шлюза защищённой почты, соединяющего две системы обмена сообщениями с разными форматами защиты. На практике — как 535 5.7.3 Authentication unsuccessful (аутентификация не удалась) от Exchange Server и от Microsoft 365 (smtp.office365.com) при сбое SMTP AUTH, обычно для принтеров, сканеров и приложений, отправляющих почту через ящик Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Для 535 5.7.3 от Microsoft: пользователь или владелец приложения проверяет имя пользователя (полный адрес ящика) и пароль, а администратор тенанта проверяет, что SMTP с аутентификацией включён для ящика и не заблокирован параметрами безопасности по умолчанию (security defaults) или политикой, требующей современной аутентификации. Если базовая аутентификация не разрешена, приложение должно перейти на OAuth или другой способ ретрансляции, например соединитель. При настоящем сбое преобразования отправитель отправляет письмо в формате, с которым шлюз справляется, предварительно уточнив у администратора получателя.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: SMTP с аутентификацией (SMTP AUTH) отключён для тенанта или для этого ящика.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 или Exchange: неверный или просроченный пароль либо имя пользователя, не являющееся полным адресом ящика.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: параметры безопасности по умолчанию или условный доступ (Conditional Access) требуют многофакторной или современной аутентификации, поэтому вход по простому паролю отклоняется.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Шлюз защищённой почты получил письмо, подписанное или зашифрованное в формате, который он не может перевести для системы назначения.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Воспроизведите вход на сервер отправки, который использует приложение, и отметьте ответ на AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>В Exchange Online PowerShell проверьте, не отключён ли SMTP AUTH для ящика (True означает отключён).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Проверьте также параметр SMTP AUTH на уровне всего тенанта.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>При уведомлении о недоставке от шлюза прочитайте строки Diagnostic-Code и Remote-MTA, чтобы увидеть, какой шлюз отказался выполнить преобразование.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Не повторяйте тот же вход или то же письмо: для неудачного входа в Microsoft нужны исправленные учётные данные или настройки тенанта, а для отклонённого преобразования защиты — другой формат письма.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online и Exchange Server отвечают на неудачный вход SMTP AUTH кодом 5.7.3, какой бы ни была причина: неверные учётные данные, отключённый SMTP AUTH или заблокированная базовая аутентификация. Когда SMTP AUTH отключён для всего тенанта, Microsoft 365 может отправить 535 5.7.139 с текстом, сообщающим об этом.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Функции безопасности не поддерживаются</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>неподдерживаемый метод аутентификации</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>Письмо или сеанс запросили функцию безопасности, которую сервер или путь доставки не поддерживает, например метод аутентификации, который сервер не предлагает. Код определён только как постоянный сбой. Его распространённая современная форма — 504 5.7.4 в ответ на AUTH с неизвестным или отключённым механизмом.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>На AUTH, когда клиентская программа настаивает на механизме (CRAM-MD5, NTLM, GSSAPI, старый XOAUTH), который сервер не объявлял; Gmail и Exchange отвечают 504 5.7.4 Unrecognized authentication type (неизвестный тип аутентификации). Отправляющий сервер Postfix также записывает dsn=4.7.4 для собственного откладывания, когда его политика требует TLS, а удалённый сервер не предлагает STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>Клиентская программа (или тот, кто её настраивает) выбирает механизм аутентификации из списка в ответе сервера на EHLO после STARTTLS: обычно PLAIN или LOGIN поверх TLS либо XOAUTH2 или OAUTHBEARER для OAuth. При откладывании из-за TLS в Postfix администратор отправителя просит администратора получателя включить STARTTLS или ослабляет политику TLS для этого назначения, если шифрование на самом деле не обязательно.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>Клиент настроен на механизм аутентификации, который сервер не объявляет, например CRAM-MD5 или NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>Приложение всё ещё использует выведенный из обращения механизм, для Gmail — старый XOAUTH вместо XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>Клиент пробует AUTH до STARTTLS, а сервер перечисляет свои механизмы только внутри сеанса TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>Политика TLS отправителя требует шифрования для назначения, сервер которого не предлагает STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Выведите механизмы, которые сервер предлагает после STARTTLS, прочитав строку 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>На сервере-отправителе Postfix найдите откладывания, вызванные обязательной политикой TLS.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Проверьте, предлагает ли сервер назначения STARTTLS вообще.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Не отправляйте ту же команду AUTH снова; выберите механизм, который предлагает сервер. Собственное откладывание 4.7.4 из-за TLS на отправляющем сервере остаётся в очереди, но будет повторять сбой, пока не изменится политика TLS или удалённый сервер.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com отклоняет механизм AUTH, который он не предлагает; Gmail отправляет тот же код клиентам, всё ещё использующим выведенный из обращения механизм XOAUTH.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Криптографический сбой</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>ошибка сертификата</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>ошибка SSL</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Система, которая должна была расшифровать или проверить письмо или зашифровать его передачу, не смогла этого сделать, потому что ключ или сертификат отсутствовал или был недействителен. В виде 4.7.5 это временный сбой, который может пройти после устранения проблемы с ключом или сертификатом; в виде 5.7.5 — постоянный отказ для этого письма.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Чаще всего в собственном журнале и уведомлениях о задержке отправляющего сервера Postfix, а не в ответе удалённого сервера: Postfix записывает dsn=4.7.5, когда TLS-рукопожатие не удаётся, когда его движок TLS не может запуститься или когда обязательная политика (encrypt, verify, secure, DANE) обнаруживает, что удалённый сертификат не является доверенным или не соответствует имени. Код приходит также от шлюзов S/MIME или PGP, которые не могут найти или использовать ключ получателя.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>При откладывании из-за TLS на вашем собственном сервере администратор отправителя сначала выясняет, какая сторона виновата. Просроченный, самоподписанный или выданный на другое имя сертификат на удалённом сервере должен исправить администратор получателя; устаревший набор корневых сертификатов, слишком строгая политика для назначения или старая библиотека TLS на отправляющей стороне — дело администратора отправителя. При сбое шлюза шифрования администратор отправителя следит, чтобы у шлюза был действительный, не просроченный сертификат или ключ получателя.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>Сертификат удалённого сервера просрочен, самоподписан или выдан на другое имя, а политика отправки требует проверки.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS-рукопожатие не удаётся совсем: нет общей версии протокола или шифра либо настройка TLS на сервере сломана.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>Собственный движок TLS отправляющего сервера не может запуститься (отсутствует файл CA, нечитаемый ключ, сломанная библиотека).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Запись DANE TLSA или политика MTA-STS не соответствует сертификату, который предъявляет сервер.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>У шлюза шифрования нет действительного открытого ключа или сертификата получателя.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>На сервере-отправителе Postfix найдите откладывания, связанные с TLS, и прочитайте причину в скобках.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Посмотрите на цепочку сертификатов, сроки действия и имена, которые предъявляет удалённый сервер.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Если домен использует DANE, сравните его записи TLSA с этим сертификатом.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Выведите политику TLS, которую применяет отправляющий сервер Postfix.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 остаётся в очереди и повторяется с нарастающими интервалами, но продолжает давать сбой, пока не исправлены сертификат, ключ или политика, так что исправьте это до истечения срока хранения в очереди. Не повторяйте 5.7.5 без изменений.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Криптографический алгоритм не поддерживается</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>неподдерживаемый шифр</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Система, уполномоченная расшифровать или проверить письмо, не смогла этого сделать, потому что письмо использует алгоритм, который она не реализует, например шифр или схему подписи, которых нет у шлюза шифрования. 4.7.6 означает, что состояние может пройти, например после обновления программы; 5.7.6 — что письмо в отправленном виде обработано не будет.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>В живых ответах SMTP редок. Встречается в уведомлениях о недоставке от шлюзов S/MIME или OpenPGP, столкнувшихся с алгоритмом шифрования или подписи, который они не поддерживают: устаревшим шифром, который был отключён, или более новым типом ключа, которого не знает старый шлюз. О неудачном согласовании TLS между почтовыми серверами обычно сообщается другими кодами (Postfix записывает его как 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>Отправитель (или администратор отправителя, если шлюз центральный) шифрует или подписывает письмо алгоритмом, который поддерживают обе стороны: для S/MIME — AES с алгоритмами, перечисленными в возможностях сертификата получателя; для OpenPGP — алгоритмы из предпочтений ключа получателя. Если устарел шлюз получателя, его следует обновить администратору получателя.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>Письмо зашифровано шифром, который принимающий шлюз отключил, например 3DES или RC2 от старых клиентов S/MIME.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>Подпись использует алгоритм, который проверяющий шлюз не реализует, например ключ на эллиптических кривых в старой системе.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Письмо OpenPGP использует более новый формат ключа или пакетов, который старый шлюз не может разобрать.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Выведите структуру сохранённого письма S/MIME, чтобы увидеть, какие алгоритмы шифрования и подписи в нём используются.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Для письма OpenPGP выведите его пакеты, чтобы увидеть используемые алгоритмы.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Прочитайте Diagnostic-Code в уведомлении о недоставке, чтобы увидеть, какой шлюз отклонил письмо и почему.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 можно повторять из очереди, но это поможет, только если принимающую сторону за это время обновят. После 5.7.6 отправляйте повторно, только когда письмо будет зашифровано или подписано поддерживаемым алгоритмом.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Нарушена целостность письма</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>подпись не совпадает</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Система, уполномоченная проверять целостность письма, обнаружила, что оно было изменено или повреждено при передаче, например подпись больше не соответствует содержимому. 5.7.7 отклоняет письмо, а 4.7.7 сообщает о проблеме как о временной; 2.7.7 в отчёте о доставке означает, что письмо доставлено, но проблема с целостностью отмечена.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>В ответах SMTP редок; в основном в отчётах о доставке от шлюзов, проверяющих подписи S/MIME или OpenPGP, или от систем, проверяющих письмо после передачи. Обычные виновники — системы, переписывающие почту в пути: колонтитулы, добавляемые серверами списков или шлюзами, изменённые окончания строк, перекодированные вложения или 8-битное содержимое, преобразованное в quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>Администратор отправителя выясняет, где письмо меняется после подписания: средство добавления дисклеймеров или колонтитулов, список рассылки, антивирусный шлюз или преобразование кодировки передачи. Либо подписывайте после этих изменений, либо запретите посреднику изменять подписанные письма. Администратор получателя проверяет, не изменяет ли письма его собственный входящий шлюз до проверки целостности.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>После подписания письма к нему добавили колонтитул, дисклеймер или баннер.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Ретранслятор преобразовал 8-битное содержимое или изменил окончания строк, сломав подпись, охватывающую тело письма.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Антивирусный шлюз или шлюз защиты от утечек (DLP) переписал или удалил вложение.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>Письмо было обрезано или повреждено при передаче.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Проверьте подпись S/MIME сохранённой копии без проверки цепочки сертификатов, чтобы увидеть, совпадает ли ещё содержимое.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Проверьте подпись OpenPGP на сохранённой части письма.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Сравните заголовки Received отправленной и полученной копий, чтобы найти узел, изменивший письмо.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>После 5.7.7 не отправляйте повторно по тому же пути, потому что та же перезапись снова испортит письмо. 4.7.7 можно повторить позже. 2.7.7 повторов не требует: письмо доставлено.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Недействительные учётные данные для аутентификации</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>неправильный пароль</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>не удалось войти</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>ошибка аутентификации</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>Сервер отклонил имя пользователя и пароль (или токен), отправленные клиентом с AUTH. Для этого входа это постоянный сбой: клиент должен предоставить другие учётные данные, а не просто повторить попытку. RFC 4954 сочетает код с 535; реестр также указывает 554 из его прежнего употребления в расширении BURL, где его с тех пор заменил X.7.14.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>На AUTH на портах отправки 587 и 465, сразу после того как клиент отправил учётные данные. Postfix с Dovecot или Cyrus SASL отвечает 535 5.7.8 Error: authentication failed (ошибка аутентификации), а smtp.gmail.com от Gmail — 535 5.7.8 Username and Password not accepted. Принтеры, сканеры, контактные формы сайтов и средства резервного копирования часто натыкаются на него после смены пароля.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>Пользователь или владелец клиентской программы проверяет имя пользователя (обычно полный адрес электронной почты) и пароль и обновляет их на всех устройствах и в приложениях, где они сохранены. Для Gmail и других провайдеров с двухэтапной аутентификацией создайте пароль приложения или переведите приложение на OAuth. Если учётные данные заведомо верны, администратор сервера проверяет бэкенд аутентификации, ожидаемый формат имени для входа и не заблокирована ли учётная запись.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>В клиенте сохранён неверный или устаревший пароль, часто после смены пароля или истечения его срока.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>Имя пользователя не такое, как ожидает сервер, например только локальная часть вместо полного адреса.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>В учётной записи включена двухэтапная аутентификация, а клиент отправляет обычный пароль вместо пароля приложения или токена OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Специальные символы в пароле искажаются файлом конфигурации приложения или его кодировкой.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>Бэкенд аутентификации сервера ищет пользователя не в той области (realm) или базе данных.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Проверьте вход вручную и прочитайте ответ сервера на AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>На сервере Postfix выведите неудачные входы SASL и стоящие за ними клиентские адреса.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>На сервере с Dovecot проверьте те же учётные данные напрямую в службе аутентификации.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Соберите строку AUTH PLAIN сами, чтобы исключить проблемы с кодировкой в приложении (на общих машинах используйте тестовый пароль, а не настоящий).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Не повторяйте с теми же учётными данными: повторные сбои могут заблокировать учётную запись или привести к блокировке IP клиента такими средствами, как fail2ban. Пробуйте снова только после исправления имени пользователя или пароля.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com отклоняет вход: неверный адрес или пароль либо обычный пароль Google, отправленный приложением для учётной записи, которой нужен пароль приложения или OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>Механизм аутентификации слишком слабый</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>Сервер отклоняет механизм аутентификации, выбранный клиентом, потому что его политика требует для этого пользователя более сильного, например когда входа по простому паролю недостаточно. Это постоянный сбой данной попытки AUTH, и клиенту следует повторить попытку с другим механизмом или другими учётными данными.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>На AUTH на портах отправки, как 534 5.7.9 (RFC 4954). Gmail отправляет 534 5.7.9 Application-specific password required, когда учётная запись с двухэтапной аутентификацией входит с обычным паролем. Yahoo и AOL используют 5.7.9 в не связанном с этим смысле на своих входящих серверах — для почты без аутентификации или отклонённой по политике в конце DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>При настоящем 534 5.7.9 клиентская программа должна использовать более сильный механизм или учётные данные: пароль приложения или OAuth (XOAUTH2, OAUTHBEARER) для Gmail либо механизм, который сервер разрешает для этой учётной записи. При 550 5.7.9 от Yahoo администратор отправителя добивается, чтобы почта проходила аутентификацию: запись SPF, охватывающая отправляющий сервер для домена из конверта, и подпись DKIM для домена From, а для массовых отправителей — ещё и запись DMARC.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>В учётную запись Gmail или Google Workspace с двухэтапной аутентификацией вошли с паролем учётной записи вместо пароля приложения.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>Политика сервера разрешает для учётной записи только OAuth или механизмы «запрос — ответ», а клиент использовал PLAIN или LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Входящие серверы Yahoo или AOL: письмо не прошло ни SPF, ни DKIM (собственное употребление 5.7.9 у Yahoo).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Входящие серверы Yahoo: письмо отклонено по причине политики в отношении содержимого или отправителя, о чём сообщается как 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Посмотрите строку AUTH в ответе на EHLO после STARTTLS, чтобы увидеть, предлагаются ли механизмы OAuth (XOAUTH2, OAUTHBEARER).</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>При отказе Yahoo проверьте, что домен отправителя из конверта публикует SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>При отказе Yahoo проверьте, что ключ DKIM существует для селектора, названного в заголовке DKIM-Signature письма (s=).</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Не повторяйте тот же AUTH; перейдите на более сильный механизм, пароль приложения или OAuth. При 550 5.7.9 от Yahoo не отправляйте повторно, пока письмо не будет проходить SPF или DKIM.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com требует пароль приложения или OAuth, потому что в учётной записи Google включена двухэтапная аутентификация; обычный пароль учётной записи отклоняется.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Входящие серверы Yahoo отклоняют почту, которая не проходит ни SPF, ни DKIM. Это собственное значение Yahoo, не связанное с «механизм слишком слабый» из реестра, которое касается SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Постоянный отказ Yahoo по политике в конце DATA, по причинам содержимого или отправителя, которые он в ответе не раскрывает.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Требуется шифрование</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>Сервер не примет запрошенный механизм аутентификации по незашифрованному соединению: сначала должен быть установлен внешний уровень шифрования, на практике TLS. Для этой попытки код постоянный; клиенту следует запустить TLS и пройти аутентификацию снова или использовать более сильный механизм. Реестр сочетает его с 523 — кодом ответа, который больше нигде не определён.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>На AUTH, когда клиент пробует механизм с открытым текстом (PLAIN, LOGIN) до STARTTLS. 523 5.7.10 в реальности редок, потому что большинство серверов просто не объявляют AUTH, пока не включён TLS, или отвечают 530 5.7.0 или 538 5.7.11. Gmail использует 5.7.10 для собственного правила TLS: команды, отправленные конвейером за STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>Клиентская программа должна использовать STARTTLS на порту 587 (или SSL/TLS на порту 465) и проходить аутентификацию только после установки TLS. В случае ответа Gmail клиент или его почтовая библиотека отправляет дополнительные команды в той же пачке, что и STARTTLS; он должен дождаться ответа 220 и завершить TLS-рукопожатие, прежде чем отправлять что-либо ещё, что обычно означает обновление библиотеки или приложения.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>Безопасность соединения в клиенте установлена в «Нет» или в «STARTTLS, если доступно», и он проходит аутентификацию открытым текстом.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Прокси, антивирус или межсетевой экран вырезает STARTTLS из ответа на EHLO, поэтому клиент так и не повышает соединение до TLS.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>Клиент отправляет EHLO или AUTH конвейером сразу за STARTTLS, не дожидаясь рукопожатия (употребление Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Посмотрите на ответ на EHLO в незашифрованном соединении: STARTTLS должен быть в списке, а парольных механизмов в идеале ещё не должно быть.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Выполните STARTTLS, а затем AUTH PLAIN, чтобы убедиться, что исправленная настройка работает.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>В настройках учётной записи почтового клиента убедитесь, что безопасность исходящего соединения — STARTTLS или SSL/TLS, но никогда не «Нет».</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Не отправляйте повторно тот же AUTH открытым текстом. Переподключитесь, выполните STARTTLS и затем пройдите аутентификацию; ничего из очереди повторять не нужно.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Собственное употребление Gmail: клиент отправил дополнительные команды в той же пачке, что и STARTTLS. Gmail отклоняет это, чтобы не допустить внедрения команд в сеанс TLS; клиент должен дождаться рукопожатия. Справочник ошибок Gmail указывает его с кодом ответа 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>Для запрошенного механизма аутентификации требуется шифрование</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>Выбранный механизм аутентификации можно использовать только по зашифрованному соединению, а это соединение не зашифровано. RFC 4954 определяет его как 538 5.7.11 и говорит, что он сохраняется в основном по историческим причинам: современные серверы не должны объявлять такие механизмы до включения TLS. Реестр также сочетает его с 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>На AUTH в незашифрованном соединении, у старых или нестрогих серверов, которые перечисляют PLAIN или LOGIN до STARTTLS, но отказываются использовать их без него. Gmail отправляет 501 5.7.11 для не связанной с этим ошибки: команды STARTTLS, отправленной с параметрами.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>Клиентская программа должна запускать TLS до аутентификации: STARTTLS на порту 587 или SSL/TLS на порту 465 в настройках учётной записи. Администратор сервера может избежать этой ловушки, объявляя парольные механизмы только после STARTTLS (в Postfix — smtpd_tls_auth_only = yes). При 501 5.7.11 от Gmail клиент должен отправлять STARTTLS без аргументов.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>Клиент прошёл аутентификацию до STARTTLS, потому что сервер перечислил механизмы AUTH в незашифрованном соединении.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>Безопасность соединения в клиенте установлена в «Нет», а сервер разрешает вход по паролю только поверх TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Клиент или скрипт отправляет STARTTLS с аргументом, что запрещает RFC 3207 (Gmail отвечает 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Подключитесь со STARTTLS, вручную отправьте EHLO и сравните строку AUTH со строкой в незашифрованном соединении.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>На сервере Postfix проверьте, предлагается ли AUTH только внутри сеансов TLS.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>На бэкенде Dovecot 2.3 проверьте, отклоняются ли входы с открытым паролем без TLS и какие механизмы включены.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Ставить в очередь нечего: переподключитесь, запустите TLS и повторите AUTH. Повторная попытка без шифрования получит тот же отказ.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>Ответ Gmail, когда клиент отправляет STARTTLS с аргументом; значение из реестра — «для механизма AUTH требуется шифрование» — здесь неприменимо.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Нужен переход на другой пароль</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>Серверу нужно, чтобы пользователь один раз вошёл с механизмом PLAIN (обычно поверх TLS), чтобы сервер смог сохранить пароль в том виде, который нужен запрошенному механизму; после этого запрошенный механизм должен работать в последующих сеансах. Это всегда лишь временное состояние (4.7.12); RFC 4954 сочетает его с 432, а реестр указывает также 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>На AUTH, когда клиент запрашивает механизм «запрос — ответ» (CRAM-MD5, DIGEST-MD5, SCRAM), а у сервера ещё нет пароля в том виде, который требуется этому механизму, обычно после миграции или смены схемы хранения паролей. На практике редок, поскольку большинство клиентов и серверов просто используют PLAIN поверх TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>Клиентская программа (или пользователь) один раз проходит аутентификацию через PLAIN по зашифрованному соединению, а затем возвращается к предпочтительному механизму. Если клиент этого не умеет, насовсем настройте его на PLAIN или LOGIN поверх TLS. Администратор сервера проверяет, что база паролей хранит схему, которую могут использовать объявленные механизмы, и перестаёт объявлять механизмы, которые не могут работать.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Пароли были перенесены или заново хешированы, и у сервера нет секрета, нужного для CRAM-MD5, DIGEST-MD5 или SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>Клиент жёстко привязан к механизму «запрос — ответ» и с момента изменения ни разу не входил через PLAIN.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>Сервер объявляет механизмы, которые его текущее хранилище паролей поддерживать не может.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Войдите один раз через PLAIN поверх неявного TLS, чтобы завершить переход.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>На сервере Dovecot найдите запись пароля пользователя, чтобы увидеть, в какой схеме он хранится.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Сравните механизмы в ответе сервера на EHLO после STARTTLS с тем, к которому привязан клиент.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Это не повтор из очереди: один раз пройдите аутентификацию через PLAIN поверх TLS, затем снова используйте исходный механизм. Повтор этого механизма без шага с PLAIN снова вернёт 4.7.12.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Учётная запись пользователя отключена</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>учетная запись заблокирована</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Учётные данные верны, но учётная запись отключена, поэтому сервер не позволит ей отправлять почту. Состояние остаётся постоянным, пока пользователь не свяжется с администратором; в отличие от ответа о неверном пароле, просьба к пользователю заново ввести пароль не поможет. Реестр сочетает код с 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>На AUTH, сразу после успешной проверки учётных данных, на серверах отправки, которые отличают отключённые учётные записи от неверных паролей. Обычные причины — учётные записи, приостановленные после использования для рассылки спама, неоплаченные счета за хостинг и ушедшие сотрудники. Многие серверы его не используют и для отключённых учётных записей тоже отвечают 535 5.7.8.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>Пользователь связывается со своим почтовым администратором или провайдером. Администратор выясняет, почему учётная запись отключена (жалоба на злоупотребление, взлом, оплата), устраняет причину (новый пароль, очистка устройств пользователя от вредоносных программ, удаление спама из исходящей очереди) и снова включает учётную запись. После этого клиентская программа может снова входить с прежними настройками.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>Учётную запись приостановили после того, как её взломали и использовали для рассылки спама.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>Тарифный план хостинга или почтовая подписка приостановлены за неуплату.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>Администратор отключил учётную запись человека, ушедшего из организации.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Повторные неудачные входы или жалобы на злоупотребления вызвали автоматическую блокировку.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Войдите в веб-почту или личный кабинет провайдера с теми же учётными данными; для приостановленной учётной записи там обычно показывается уведомление.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Подтвердите поведение вручную: у отключённой учётной записи отказ приходит, даже если пароль верный.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Как администратор Postfix, посмотрите, когда эта учётная запись в последний раз успешно отправляла почту.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Не повторяйте: каждая попытка будет отклонена, пока администратор снова не включит учётную запись.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Требуются доверительные отношения</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>небезопасные приложения</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>Серверу отправки нужны настроенные доверительные отношения с другим сервером, прежде чем он сможет выполнить запрошенное. Определение взято из BURL (RFC 4468), где сервер отправки получает письмо с IMAP-сервера пользователя по URL, а доверие для этого не настроено. Код постоянный и заменил прежнее употребление 5.7.8 для этого случая.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>При отправке через BURL, в ответ на команду BURL, которая заменяет DATA или BDAT, когда сервер отправки не может разрешить URL IMAP URLAUTH из-за отсутствия настроенного доверия с этим IMAP-сервером. BURL используют немногие клиенты, поэтому код редок. Gmail использует 534 5.7.14 в не связанном с этим смысле на AUTH, когда хочет, чтобы пользователь сначала вошёл через веб-браузер.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>Для BURL администратор сервера отправки настраивает доверие с IMAP-сервером (доступ URLAUTH для удостоверения отправки и всё необходимое для авторизации), либо клиентская программа переходит на отправку содержимого письма самостоятельно через DATA или BDAT. При 534 5.7.14 от Gmail пользователь входит в учётную запись Google в браузере, проходит все проверки безопасности, а затем использует в клиенте пароль приложения или OAuth.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>У сервера отправки нет настроенного доверия с IMAP-сервером, указанным в URL для BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URL URLAUTH был выдан для другого удостоверения отправки, чем то, которое использует сервер отправки.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Употребление Gmail: Google заблокировал вход как подозрительный и хочет, чтобы пользователь подтвердил его в веб-браузере.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Проверьте, указывает ли сервер отправки BURL в ответе на EHLO после STARTTLS; если нет, клиенту вообще не следует использовать BURL.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Поищите в журнале сервера отправки команду BURL и неудачное получение с IMAP.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Для Gmail войдите в учётную запись Google в браузере из той же сети и просмотрите её последние оповещения безопасности.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Не повторяйте ту же команду BURL: без доверительных отношений она каждый раз даёт сбой. Отправьте содержимое напрямую через DATA или BDAT или повторите попытку, когда доверие будет настроено.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com отклоняет вход, пока пользователь не войдёт в учётную запись Google в браузере, обычно после заблокированного подозрительного входа; с доверительными отношениями BURL это никак не связано.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>Слишком низкий уровень приоритета</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>Принимающий сервер поддерживает расширение MT-PRIORITY (RFC 6710) и не примет письмо с приоритетом, который клиент указал в MAIL FROM. В виде 4.7.15 (обычно с 450) отказ временный: сервер пока принимает только трафик с более высоким приоритетом, например при перегрузке. В виде 5.7.15 (обычно с 550) политика сервера отвергает этот уровень приоритета полностью.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>В ответ на MAIL FROM с параметром MT-PRIORITY=n (n от -9 до 9, 0 — обычный). Встречается только в сетях, использующих приоритеты передачи сообщений, например в военных, государственных или экстренных системах обмена сообщениями с ретрансляторами, поддерживающими MT-PRIORITY; обычные почтовые серверы в интернете это расширение не объявляют и этот код никогда не отправляют.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Решает отправитель. Если письмо действительно более срочное, отправьте его повторно с более высоким значением MT-PRIORITY, которое отправителю разрешено использовать; если нет, пусть ждёт, потому что откладывание 4.7.15 прекращается, когда принимающая сеть выходит из режима «только высокий приоритет». Администратору отправителя стоит уточнить, какой диапазон приоритетов ретранслятор принимает от этого клиента, поскольку серверы могут понижать или отклонять приоритеты, запрошенные клиентами, которым они не разрешены.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>Принимающая сеть перегружена или работает в кризисном режиме и временно принимает только письма с приоритетом не ниже минимального.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>Письмо отправлено с низким или отрицательным значением MT-PRIORITY (например, -5), которое принимающий сервер по политике отвергает.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>Клиенту не разрешён запрошенный приоритет, поэтому сервер понизил его до уровня, который затем сам же отвергает.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Прочитайте ответ принимающего сервера на EHLO: чтобы этот код имел смысл, там должен быть указан MT-PRIORITY (возможно, с названием политики).</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Найдите откладывание или уведомление о недоставке в журнале отправителя, чтобы увидеть, какой получатель и какая попытка были отклонены.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Спросите администраторов принимающей сети, какие уровни приоритета они принимают от вашей системы и действует ли временный минимум.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>При 4.7.15 держите письмо в очереди и повторяйте с нарастающими интервалами: минимальный приоритет может снова снизиться. При 5.7.15 не повторяйте с тем же приоритетом: отправьте повторно только с более высоким разрешённым приоритетом или не отправляйте вовсе.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>Письмо слишком велико для указанного приоритета</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>Сервер принимает письма с этим уровнем MT-PRIORITY только до определённого размера, а это письмо больше. RFC 6710 позволяет серверу задавать ограничения размера для каждого приоритета, чтобы срочный трафик оставался быстрым; в виде 4.7.16 ограничение временное (например, при перегрузке), в виде 5.7.16 — постоянная политика. Это не общее ограничение размера сервера, о котором сообщается кодами X.3.4 или X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>В ответ на MAIL FROM, когда клиент объявил и MT-PRIORITY, и SIZE, или после конца DATA, когда становится известен настоящий размер; реестр сочетает код с 552. Только на ретрансляторах, реализующих приоритеты передачи сообщений, обычно в закрытых военных или экстренных сетях обмена сообщениями.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>Отправитель уменьшает письмо (удаляет большие вложения или заменяет их ссылкой) или отправляет его повторно с более низким приоритетом, где допускаются письма большего размера. Администратор отправителя может запросить у принимающей стороны ограничение размера для каждого уровня приоритета и настроить клиент так, чтобы он автоматически разбивал или понижал приоритет больших приоритетных писем.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Большое вложение отправлено с высоким уровнем приоритета, который принимающий сервер резервирует для коротких срочных сообщений.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>Принимающая сеть работает в деградированном режиме и временно урезала допустимый размер для каждого приоритета.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>Значение SIZE, объявленное в MAIL FROM, превысило предел для приоритета, хотя и меньше общего максимума сервера.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Найдите отклонённую попытку в журнале отправителя вместе с размером письма и получателем.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Сравните с общим пределом, который сервер объявляет в строке SIZE ответа на EHLO, чтобы отличить предел для приоритета от общего.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Спросите у администраторов принимающей стороны ограничение размера для каждого уровня приоритета и является ли оно постоянным правилом или временным ограничением.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>При 4.7.16 повторите попытку позже с нарастающими интервалами, так как допустимый размер может вернуться. При 5.7.16 не отправляйте повторно без изменений: сначала уменьшите размер или понизьте приоритет.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>Сменился владелец почтового ящика</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>адрес передан другому пользователю</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>Письмо запросило защиту Require-Recipient-Valid-Since (RRVS), RFC 7293, а принимающая система знает, что ящик получателя не принадлежал одному и тому же владельцу непрерывно с даты, указанной отправителем. Адрес был закрыт и выдан заново или иначе сменил владельца, поэтому письмо отклоняется, чтобы не попасть к постороннему. Используется только как постоянный сбой.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>В ответ на RCPT TO, когда клиент использовал параметр RRVS=date-time, или после DATA, когда письмо вместо этого содержало поле заголовка Require-Recipient-Valid-Since («получатель действителен с такой-то даты»). Отправитель — обычно банк, магазин или социальная сеть, пишущие на адрес, проверенный давным-давно, а принимающая сторона — провайдер, который повторно выдаёт заброшенные адреса и реализует RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>Отправитель (оператор отправляющего приложения) помечает адрес как больше не принадлежащий клиенту, прекращает отправку на него и запрашивает у клиента актуальный адрес другим способом. Не убирайте дату RRVS и не отправляйте повторно: проверка нужна именно для того, чтобы сброс пароля и уведомления об учётной записи не попадали к новому владельцу адреса.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>Провайдер получателя закрыл старую учётную запись после долгого бездействия, а позже выдал тот же адрес новому пользователю.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>Адрес в базе был подтверждён до того, как его занял нынешний владелец, поэтому дата RRVS предшествует текущему владению.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Найдите дату, которую отправляющая система указала в заголовке Require-Recipient-Valid-Since (или параметре RRVS) — дату, с которой получатель должен владеть адресом,, и сравните её с тем, когда клиент последний раз подтверждал адрес.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Свяжитесь с клиентом по телефону, через уведомление в приложении или по почте, чтобы получить подтверждённый новый адрес, прежде чем отправлять что-либо конфиденциальное.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Не повторяйте: смена владельца постоянна. Пометьте или удалите адрес и отправляйте только на новый подтверждённый.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>Сменился владелец домена</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Ещё один результат Require-Recipient-Valid-Since (RFC 7293): принимающая система сообщает, что домен получателя сменил владельца после даты, указанной отправителем. Любой адрес в этом домене может теперь принадлежать другой организации, поэтому письмо отклоняется. Используется только как постоянный сбой.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>В ответ на RCPT TO с параметром RRVS или после DATA для формы с полем заголовка, в принимающих системах, которые знают о смене владельцев обслуживаемых ими доменов. Типичный случай: срок регистрации старого домена компании истёк, и его зарегистрировал кто-то другой, кто теперь обслуживает для него почту.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>Отправитель считает все адреса этого клиента в этом домене устаревшими, прекращает отправку и получает у клиента новый адрес. Администратор отправителя может проверить регистрацию и почтовую маршрутизацию домена, чтобы подтвердить смену, прежде чем удалять адреса из базы данных.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>Регистрация домена истекла, и его зарегистрировал новый владелец, который теперь обслуживает для него почту.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>Организацию, владевшую доменом, продали, объединили с другой или переименовали, и домен перешёл к другой стороне.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Прочитайте текущие регистрационные данные домена и его серверы имён, чтобы увидеть, не менялись ли они недавно.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Посмотрите, куда теперь идёт почта домена; провайдер, отличный от указанного в ваших записях, подтверждает смену владельца.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Не повторяйте: принимающая сторона намеренно отклоняет это письмо для этого домена. Отправляйте повторно только на новый подтверждённый адрес, обычно в другом домене.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>Проверку RRVS невозможно выполнить</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>Отправитель запросил проверку Require-Recipient-Valid-Since (RFC 7293; «получатель действителен с такой-то даты»), но принимающая система не может определить, был ли у ящика один владелец с той даты, потому что не записала нужную для этого метку времени. Вместо того чтобы гадать, она отклоняет письмо и оставляет решение отправителю. Используется только как постоянный сбой.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>В ответ на RCPT TO (параметр RRVS) или после DATA (поле заголовка), обычно когда дата RRVS старше истории учётной записи, которую хранит принимающий провайдер. Его отправляют только принимающие стороны, реализующие RFC 7293, поэтому он редок.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>Отправитель решает, безопасно ли доставить письмо без защиты. Для новостной рассылки разумно отправить повторно без параметра RRVS или поля заголовка; для сброса пароля или уведомления об учётной записи сначала подтвердите адрес у клиента, а затем отправьте повторно с недавней датой RRVS.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>Дата RRVS старше истории учётной записи, которую хранит принимающая система.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>Принимающая система никогда не хранила или потеряла дату создания этого ящика, например после переноса учётных записей между платформами.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Проверьте дату, которую отправляющее приложение использовало для RRVS (обычно — когда клиент последний раз подтверждал адрес); при очень старой дате такой результат вероятен.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Посмотрите, объявляет ли принимающий сервер RRVS в ответе на EHLO: от этого зависит, проверялась ли форма с параметром или только форма с заголовком.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Не повторяйте с той же датой RRVS. Либо отправьте повторно без защиты RRVS, если отправитель готов принять этот риск, либо подтвердите адрес и отправьте с более поздней датой.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Не найдено проходящей проверку подписи DKIM</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>ошибка DKIM</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>письмо без подписи</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>Принимающий сервер требует действительную подпись DKIM и не нашёл ни одной, прошедшей проверку: письмо вообще не было подписано, или все подписи на нём не прошли проверку. RFC 7372 определяет этот код, чтобы принимающие серверы могли сказать именно это, а не общий 5.7.1. Это постоянный отказ.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>После завершающей точки DATA, когда принимающий сервер проверил подписи. Отправляется шлюзами и MTA, настроенными требовать DKIM от некоторых или всех отправителей, например по правилу, что почта, якобы пришедшая от банка или из собственного домена получателя, должна нести действительную подпись.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>Администратор отправителя должен добиться, чтобы на письме была проходящая проверку подпись: включить подписание DKIM на сервере или в сервисе, который отправляет письмо, опубликовать соответствующий открытый ключ под селектором и убедиться, что ничто после подписывающего (дисклеймер, переписывание ссылок, программа списков рассылки) не изменяет подписанные заголовки или тело. Перед повторной отправкой проверьте тестовым письмом.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>Подписание DKIM так и не было включено на сервере или в сервисе отправки, поэтому письмо не несло подписи.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Шлюз, средство добавления дисклеймеров или антивирусный сканер изменили тело письма после подписания, поэтому хеш тела больше не совпадает.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>Открытого ключа для селектора нет в DNS, он обрезан при вставке или был удалён, пока почта ещё подписывалась им.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Возьмите d= и s= из заголовка DKIM-Signature отправленного письма и запросите этот ключ; пустой ответ означает, что ключа нет.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Проверьте сохранённую копию письма точно в том виде, в каком она покинула ваш последний сервер (dkimverify входит в python3-dkim).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Отправьте тестовое письмо в подконтрольный вам ящик и найдите dkim=pass в заголовке Authentication-Results (результаты аутентификации), добавленном принимающим сервером.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Не повторяйте без изменений: то же неподписанное или испорченное письмо даст тот же сбой. Отправьте повторно, когда подписание заработает.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Не найдено приемлемой подписи DKIM</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>слабый ключ DKIM</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Хотя бы одна подпись DKIM прошла проверку, но политика принимающего сервера не принимает ни одну из них. Типичные причины — подпись от неожиданного домена, слабый ключ или алгоритм либо подпись, не охватывающая заголовки, на которых настаивает принимающий сервер. Постоянный; X.7.22 — более узкий случай, когда проблема именно в домене автора.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>В конце DATA у принимающих серверов, чья политика DKIM выходит за рамки «прошла/не прошла». Часто после того, как отправитель переходит на новый почтовый сервис, подписывающий собственным доменом, или в системах, которые следуют RFC 8301 и больше не принимают подписи rsa-sha1 или ключи RSA короче 1024 бит.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>Администратор отправителя смотрит, что содержит подпись, и приводит её в соответствие: подписывать собственным доменом организации, использовать rsa-sha256 с 2048-битным ключом (рядом можно добавить подпись ed25519) и подписывать как минимум From, To, Subject, Date и Message-ID. Если принимающий сервер хочет подписи от определённого домена, спросите у его администратора, от какого.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>Единственная проходящая проверку подпись принадлежит домену провайдера почтового сервиса, который принимающий сервер для этого отправителя не принимает.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>Подпись использует rsa-sha1 или ключ RSA короче 1024 бит, что принимающий сервер считает неприемлемым.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>Подпись проходит проверку, но не охватывает заголовки, которых требует политика принимающего сервера, например Subject или Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Посмотрите на теги a= (алгоритм), d= (домен) и h= (подписанные заголовки) заголовка DKIM-Signature в отправленном письме.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Проверьте размер ключа: значение p= длиной около 216 символов base64 — это 1024-битный ключ RSA, около 392 символов — 2048-битный.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Спросите у администратора получателя, какой подписывающий домен, алгоритм или охват заголовков ожидает их политика.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Не повторяйте без изменений: принимающий сервер оценит ту же подпись так же. Отправьте повторно после смены подписывающего домена, ключа или алгоритма.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Не найдено действительной подписи DKIM, совпадающей с автором</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>выравнивание DKIM</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>домен From не совпадает</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>У письма есть подписи DKIM, проходящие проверку, но ни одна из них не от домена из заголовка From. Принимающий сервер хочет, чтобы за письмо ручался собственный домен автора: это частный случай X.7.21, близкий к тому, что проверяет выравнивание DMARC. Постоянный отказ.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>В конце DATA, обычно для рассылок, счетов или оповещений, отправленных через сторонний сервис, который подписывает собственным доменом, тогда как адрес From использует домен клиента. Встречается также, когда список рассылки или пересылающий сервер переподписывает письмо собственным доменом, а исходная подпись сломалась.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>Администратор отправителя настраивает в сервисе отправки собственный DKIM, чтобы тот подписывал с d=, равным домену From, — обычно публикуя записи селекторов сервиса (CNAME или TXT) в DNS этого домена и включая их в настройках сервиса. Затем проверьте, что тестовое письмо показывает проходящую подпись, домен которой совпадает с заголовком From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Маркетинговый сервис или служба заявок подписывает собственным доменом, потому что собственная подпись для домена клиента так и не была настроена.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>Адрес From перевели на новый домен бренда, у которого ещё нет собственного ключа DKIM.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>Единственную действительную подпись добавил список рассылки или пересылающий сервер, а не домен автора.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Сравните домен d= каждого заголовка DKIM-Signature с доменом заголовка From в том же письме.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Проверьте, что селектор сервиса отправки опубликован в домене From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Не отправляйте повторно без изменений. Отправьте повторно, когда сервис отправки будет подписывать доменом From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>Проверка SPF не пройдена</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>ошибка SPF</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>Принимающий сервер проверил SPF для отправителя в конверте (MAIL FROM) или имени в HELO и получил результат fail: запись SPF домена говорит, что подключившемуся IP-адресу нельзя отправлять почту от его имени. RFC 7372 отводит этот код принимающим серверам, которые отклоняют почту при сбое SPF, вместо прежнего общего 5.7.1. Постоянный. Это значение из реестра; Gmail использует 4.7.23 для проблем с обратным DNS (см. провайдеров).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Обычно сразу после MAIL FROM или RCPT TO, поскольку SPF нужны только IP-адрес и конверт; некоторые фильтры ждут до конца DATA. Часто встречается при пересылке (IP пересылающего сервера нет в записи исходного домена), после переноса почты к новому провайдеру и для почты из нового SaaS-сервиса, который никто не добавил в SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>Администратор отправителя добавляет недостающего отправителя в запись SPF домена из конверта (ip4:, ip6: или include: сервиса), следя, чтобы всего было не более десяти DNS-запросов, а затем отправляет повторно. Если письмо было переслано, администратору пересылающего сервера нужен SRS (перезапись отправителя), а исходному отправителю следует подписывать письма DKIM, чтобы после пересылки письмо всё же проходило DMARC.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>Письмо ушло через сервер или сервис, IP-адреса которого нет в записи SPF домена из конверта.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Письмо ретранслировал пересылающий сервер, поэтому принимающий сервер увидел IP пересылающего сервера, а не тот, который разрешает исходный домен.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Новый исходящий IP или недавно включённый IPv6 не добавлен в запись SPF, заканчивающуюся на -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Прочитайте запись SPF домена отправителя из конверта (Return-Path), который может отличаться от домена From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Найдите отклонённую попытку в своём журнале, чтобы увидеть, какой ретранслятор её отклонил и какой из ваших IP использовался.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Если у сервера есть IPv6, проверьте его адрес; для соединения по IPv6 нужна запись ip6: или подходящий механизм.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Не повторяйте без изменений с того же IP: результат SPF не изменится. Отправьте повторно после обновления записи и истечения TTL старой записи.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail использует 4.7.23 для проблемы с обратным DNS, а не SPF: у подключившегося IP нет записи PTR, или имя из PTR не разрешается обратно в этот IP. Почта откладывается, пока прямой и обратный DNS не совпадут; постоянная форма той же проблемы у Gmail — 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Используется в отчётах о недоставке Microsoft 365, когда сервер назначения отклонил письмо по причинам SPF; собственный ответ удалённого сервера обычно следует после стрелки (-&gt;) и называет причину принимающей системы.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Ошибка проверки SPF</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>лимит 10 DNS-запросов SPF</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>несколько записей SPF</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>Принимающий сервер не смог завершить проверку SPF из-за ошибки, а не результата fail. В виде 4.7.24 (с 451) это SPF temperror, обычно тайм-аут DNS при получении записи; в виде 5.7.24 (с 550) это SPF permerror, то есть сама запись сломана: неверный синтаксис, две записи SPF или более десяти DNS-запросов. RFC 7372 назначает эти коды вместо 4.4.3 и 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>После MAIL FROM или в конце DATA, у принимающих серверов, реагирующих на ошибки SPF. Постоянная форма обычно следует за правкой записи SPF (ещё один include, вытолкнувший её за десять запросов, опечатка, вторая запись v=spf1); временная форма появляется, пока серверы имён домена отправителя медленные или недоступны.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>При 5.7.24 администратор отправителя чинит запись: объединяет всё в одну TXT-запись v=spf1, исправляет синтаксис и удаляет или «разворачивает» include, пока DNS-запросов требуют не более десяти механизмов. При 4.7.24 проверьте, что авторитетные серверы имён домена быстро отвечают извне; если да, проблема может быть у принимающей стороны, и очередь доставит письмо при одной из следующих попыток.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>Записи SPF нужно больше десяти DNS-запросов, если посчитать все include, a, mx, ptr, exists и redirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Домен публикует две отдельные TXT-записи v=spf1, из-за чего результатом становится постоянная ошибка.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>В записи синтаксическая ошибка, например имя хоста после ip4:, механизм с опечаткой или лишний символ.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Серверы имён домена не отвечают вовремя или отвечают SERVFAIL, поэтому принимающий сервер получает временную ошибку.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Выведите все TXT-записи домена из конверта и убедитесь, что ровно одна из них начинается с v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Разверните каждый include: (и вложенные в него include) и посчитайте все механизмы, требующие DNS-запроса.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Опросите напрямую каждый авторитетный сервер имён домена; сервер, который не отвечает вовремя, объясняет temperror.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>При 4.7.24 повторяйте с обычными нарастающими интервалами; тайм-ауты DNS обычно проходят. При 5.7.24 не повторяйте, пока запись SPF не исправлена, потому что каждая попытка наткнётся на ту же постоянную ошибку.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Проверка обратного DNS не пройдена</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>нет обратного DNS</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>нет PTR записи</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>IP-адрес подключившегося клиента не прошёл проверку обратного DNS у принимающего сервера: у него нет записи PTR, или имя в записи PTR не разрешается обратно в тот же адрес (forward-confirmed reverse DNS). Принимающие серверы используют это как дешёвый фильтр против заражённых домашних компьютеров и плохо администрируемых серверов. Постоянный отказ.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>В любой момент после подключения, чаще всего в ответ на MAIL FROM, RCPT TO или конец DATA. Типично после переноса почтового сервера на новый VPS или облачный адрес, после включения IPv6 (у IPv6-адреса нет PTR) или когда имя из PTR указывает на хост, запись A которого позже изменили. Gmail отправляет его как 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>Администратор отправителя просит того, кто управляет IP-адресом (хостинг-провайдера, интернет-провайдера или облачную консоль, а не регистратора домена), задать запись PTR с именем почтового сервера, например mail.example.com, и следит, чтобы у этого имени была запись A или AAAA, указывающая обратно на тот же IP. Имя в HELO должно быть тем же именем хоста. Затем отправьте повторно.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>У IP-адреса отправителя вообще нет записи PTR, что обычно для новых VPS и облачных адресов.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>Имя из PTR существует, но его запись A или AAAA указывает на другой адрес, поэтому прямая проверка не проходит.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>Сервер отправляет по IPv6, а обратный DNS есть только у его адреса IPv4.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR — типовое имя интернет-провайдера, которое принимающий сервер считает признаком динамического или домашнего адреса.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Запросите запись PTR для IP-адреса отправителя.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Разрешите полученное имя в прямом направлении и убедитесь, что оно даёт тот же адрес.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Повторите обратный запрос для IPv6-адреса сервера, если он есть.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Сравните с именем в HELO, которое объявляет ваш Postfix (у Exim и других есть аналогичный параметр).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>Не повторяйте без изменений с этого IP-адреса. Повторите попытку, когда появятся PTR и соответствующие записи A или AAAA и истечёт срок кэшированных отрицательных ответов.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Употребление Gmail совпадает со значением из реестра и охватывает отправителей по IPv4 и IPv6; временная форма той же проблемы приходит как 4.7.23, а не 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Не пройдено несколько проверок аутентификации</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>ошибка DMARC</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>Принимающий сервер выполнил больше одной проверки аутентификации отправителя (SPF, DKIM и обычно ещё DMARC), и письмо не прошло их в совокупности. Код означает постоянный отказ: то же письмо, отправленное тем же способом, будет отклонено снова.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>В конце DATA, когда у принимающего сервера есть всё письмо и он может проверить его подписи. Знаменитым его сделал Gmail: он уже много лет отвечает 550 5.7.26 на почту, не проходящую политику DMARC домена отправителя, и на почту без пригодного результата SPF или DKIM, а его требования к отправителям 2024 года сделали этот ответ гораздо более частым.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Исправьте аутентификацию на отправляющей стороне для домена из заголовка From. Опубликуйте запись SPF, охватывающую все серверы, отправляющие почту от имени домена, подписывайте исходящую почту DKIM ключом, опубликованным в DNS, и добейтесь, чтобы хотя бы одна из проверок была выровнена с доменом From и DMARC проходил. Затем отправьте тестовое письмо и прочитайте его заголовок Authentication-Results (результаты аутентификации), прежде чем повторно отправлять возвращённую почту.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>Нет записи SPF, или запись SPF не содержит сервер или сервис, который на самом деле отправил письмо.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>Нет подписи DKIM, или подпись сломана шлюзом, списком рассылки или колонтитулом, изменившим письмо после подписания.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF и DKIM проходят для другого домена, чем в заголовке From, поэтому выравнивание DMARC не проходит, а политика DMARC домена предписывает отклонять.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Недавно добавленный сервис отправки (инструмент рассылок, CRM, система заявок) отправляет от имени домена компании, не будучи разрешённым в DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Прочитайте запись SPF домена отправителя и убедитесь, что в ней указан IP-адрес отправляющего сервера или include сервиса.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Проверьте, что открытый ключ DKIM существует для селектора, названного в заголовке DKIM-Signature письма (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Прочитайте политику DMARC домена, чтобы увидеть, что принимающему серверу предписано делать при сбоях.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Отправьте тестовое письмо в подконтрольный вам ящик у крупного провайдера и прочитайте заголовок Authentication-Results (результаты аутентификации): spf=, dkim= и dmarc= должны показывать pass.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Не повторяйте то же письмо без изменений: оно снова не пройдёт. Отправляйте повторно только после исправления записей аутентификации или подписания.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail отправляет 5.7.26 и когда письмо не проходит ни SPF, ни DKIM, и когда оно не проходит политику DMARC домена From; какой из случаев, говорит текст после кода.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>У домена адреса отправителя null MX</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>Домен отправителя в конверте или в заголовке From публикует запись null MX (MX 0 .), которой заявляет, что никогда не получает почту. Принимающий сервер может отклонить такую почту, потому что уведомления о недоставке и ответы никогда не дойдут до отправителя, а домен, заявляющий об отсутствии почтовой службы, скорее всего подделан. Определён в RFC 7505; постоянный. Это значение из реестра; Gmail использует те же цифры для сбоев SPF (см. провайдеров).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>В ответ на MAIL FROM, когда принимающий сервер проверяет MX домена из конверта, или после DATA, когда он проверяет домен из заголовка From. Типичные виновники — приложение, отправляющее от noreply@ в домене, в DNS которого стоит null MX, и припаркованные домены или домены только для отправки, которым по ошибке дали null MX.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>Администратор отправителя либо удаляет null MX и публикует настоящий MX для домена, используемого в MAIL FROM и From, либо меняет приложение так, чтобы оно отправляло от домена, который принимает почту (подойдёт поддомен для уведомлений о недоставке с собственным MX). RFC 7505 говорит, что домены, используемые отправителями, не должны публиковать null MX.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Домену только для отправки дали null MX, чтобы он ничего не получал, но он по-прежнему используется в MAIL FROM или From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Шаблон DNS для припаркованных или неиспользуемых доменов добавил MX 0 . к домену, который позже начал отправлять почту.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Спам или фишинг, подделывающий домен с null MX, — в этом случае отказ делает своё дело.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Запросите MX доменов из конверта и из From; единственный ответ 0 . — это null MX.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Проверьте, какой домен ваш Postfix добавляет к локально созданным адресам отправителя, поскольку отправитель в конверте у приложения может отличаться от его адреса From.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Опубликовав настоящий MX, убедитесь, что названный в нём хост принимает соединения на порту 25.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Не повторяйте 5.7.27 из реестра без изменений: null MX — намеренное заявление в DNS. Откладывание 4.7.27 от Gmail повторяется как обычно, но проходит только после того, как начнёт проходить SPF.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>К null MX отношения не имеет: Gmail отправляет 4.7.27 (откладывание) и 5.7.27 (отказ), когда письмо не прошло SPF по его требованиям к отправителям. Исправьте запись SPF домена из конверта и не обращайте внимания на название из реестра.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Обнаружен почтовый флуд</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>бомбардировка подписками</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>Принимающий сервер считает, что письмо — часть потока похожих вредоносных писем, обычно почтовой бомбы, при которой один адрес получает сотни подтверждений подписки, вызванных поддельными отправками веб-форм. 4.7.28 откладывает письмо, а 5.7.28 отклоняет его. IANA зарегистрировала этот код по Internet-Draft Джона Левина (John Levine), который так и не был опубликован как RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>На RCPT TO или в конце DATA, когда принимающий сервер видит всплеск почти одинаковых писем одному получателю или из одного источника. Отправители сталкиваются с ним, когда их форму подписки на рассылку, сброса пароля или обратной связи использовали для бомбардировки жертвы. Gmail также использует 4.7.28 для собственного ограничения частоты из-за спама (см. провайдеров).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>Администратор отправителя останавливает поток в источнике: добавляет CAPTCHA или ограничение частоты в веб-форму, отправляет не более одного подтверждения на адрес за определённый период и удаляет из очереди подтверждения на атакуемый адрес. При 4.7.28 от Gmail уменьшите объём с затронутого IP или домена, уберите невовлечённых получателей и следите за долей спама в Postmaster Tools.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Бот многократно отправил форму подписки или обратной связи отправителя с адресом жертвы.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Ошибка в приложении или петля отправляла одно и то же уведомление одному получателю снова и снова.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Взломанная учётная запись или скрипт на отправляющем сервере массово рассылали почти одинаковые письма.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>В Gmail: рост почты, похожей на нежелательную, с IP-адреса отправителя или аутентифицированного домена.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Посчитайте, сколько писем ваш сервер недавно отправил на затронутый адрес.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Проверьте итоговую строку очереди на предмет скопления ожидающих писем.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Поищите в журнале веб-сервера всплески отправок формы, указывающие на бота, использующего вашу форму.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>При 4.7.28 повторяйте со всё большими интервалами и меньшим темпом отправки; натиск только ухудшит ситуацию. При 5.7.28 не отправляйте повторно то же письмо, которое принимающий сервер отнёс к вредоносному потоку.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Это ограничение частоты по репутации, а не вердикт о почтовой бомбе: Gmail видит слишком много почты, похожей на нежелательную, с вашего IP-адреса или вашего домена DKIM или SPF (более длинные варианты текста говорят, с какого), и замедляет приём. Ограничение снимается по мере восстановления репутации.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>Сбой проверки ARC</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>Письмо содержало заголовки Authenticated Received Chain (RFC 8617, экспериментальный RFC), и цепочка не прошла проверку, поэтому принимающий сервер не мог доверять результатам аутентификации, записанным посредниками, через которые прошло письмо. Принимающий сервер может отклонить такую почту, особенно если она к тому же не проходит DMARC. Это значение из реестра; Gmail использует те же цифры для почты, отправленной без TLS (см. провайдеров).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>В конце DATA, для почты, прошедшей через список рассылки, сервис пересылки или шлюз безопасности, который добавляет заголовки ARC-Seal, ARC-Message-Signature и ARC-Authentication-Results (результаты аутентификации ARC). На практике редок: большинство принимающих серверов используют ARC лишь как подсказку при сбое DMARC, так что сломанная цепочка сама по себе редко приводит к отказу.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>Администратор посредника, чей набор ARC не проходит проверку (часто сервер списков или шлюз), исправляет запечатывание ARC: опубликованный ключ для своего селектора, правильные номера экземпляров и никаких изменений письма после запечатывания. Исходный отправитель не может починить чужую цепочку: отправьте уведомление о недоставке с полными заголовками оператору списка или пересылающего сервиса.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Посредник изменил письмо после добавления своего набора ARC, сломав свою ARC-Message-Signature.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>Открытого ключа для селектора, названного в ARC-Seal, нет в DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Набор ARC отсутствует или нарушен порядок (номера экземпляров i=1, i=2 и так далее идут не подряд), что делает цепочку недействительной.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Более поздний узел запечатал с cv=fail, пометив цепочку как уже сломанную.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Выведите заголовки ARC с их номерами экземпляров i= и результатом cv= в каждом ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Проверьте цепочку на сохранённой копии письма (arcverify входит в python3-dkim).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Запросите ключ для s= и d= не проходящего проверку ARC-Seal.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Не повторяйте 5.7.29 из реестра без изменений: сломанная цепочка — часть письма и снова не пройдёт. Откладывание 4.7.29 от Gmail проходит при повторной попытке только тогда, когда соединение использует TLS.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>К ARC отношения не имеет: Gmail отправляет 4.7.29 (откладывание) и 5.7.29 (отказ), когда письмо пришло к нему по соединению без TLS. Настройте отправляющий MTA на использование STARTTLS с хостами MX Gmail и проверьте каждый ретранслятор на исходящем пути.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>Требуется поддержка REQUIRETLS</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>Письмо отправлено с параметром REQUIRETLS (RFC 8689), требующим проверенного TLS и поддержки REQUIRETLS на каждом узле, а сервер не смог найти следующий узел, который бы это предлагал. Вместо того чтобы отказаться от защиты, письмо возвращается. Постоянный. Это значение из реестра; Gmail использует те же цифры для сбоев DKIM (см. провайдеров).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>В основном в уведомлении о недоставке (DSN) от собственного исходящего ретранслятора отправителя или от более позднего узла, после того как ответ следующего сервера на EHLO не содержал REQUIRETLS; некоторые реализации используют его и при прямом отказе на MAIL FROM ... REQUIRETLS. Всё ещё редок, потому что REQUIRETLS реализуют немногие серверы (Postfix документирует его поддержку в последних версиях).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Решает отправитель. Если содержимое не должно проходить по незашифрованному или непроверенному каналу, не отправляйте его этому получателю по электронной почте или попросите администратора получателя включить REQUIRETLS вместе с DANE или MTA-STS. В противном случае отправьте повторно без REQUIRETLS — это определяет отправляющий клиент или почтовая политика организации.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>Почтовый сервер получателя не объявляет REQUIRETLS, что пока верно для большинства серверов.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Ретранслятор на пути, например исходящий сервис фильтрации или smart host, не поддерживает REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>Отправляющий клиент ставит REQUIRETLS на всю почту, в том числе получателям, чьи серверы не могут его выполнить.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Найдите хосты MX домена получателя.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Проверьте, указывает ли MX REQUIRETLS в ответе на EHLO, который даёт после STARTTLS.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Прочитайте поля Reporting-MTA и Remote-MTA уведомления о недоставке, чтобы увидеть, какой узел сдался и не ваш ли это собственный ретранслятор.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Не повторяйте 5.7.30 из реестра: между попытками путь не обретёт поддержку REQUIRETLS. Откладывание 4.7.30 от Gmail повторяется как обычно, но проходит только после того, как начнёт проходить DKIM.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>К REQUIRETLS отношения не имеет: Gmail отправляет 4.7.30 (откладывание) и 5.7.30 (отказ), когда письмо не прошло DKIM по его требованиям к отправителям. Подписывайте исходящую почту DKIM для своего домена и опубликуйте ключ.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>В ответ на VRFY код 250 подтверждает ящик; 252 не подтверждает и не опровергает его, но сервер принял бы для него почту.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Такие ответы получает только VRFY. Большинство серверов отвечают на любой VRFY кодом 252, чтобы нельзя было собирать адреса.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Никогда не считайте 252 доказательством того, что адрес существует. Чтобы проверить адрес, отправьте письмо или посмотрите на ответ на RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Оба сообщают, что получатель не локальный; 251 принимает письмо и пересылает его, 551 отклоняет его и называет, куда отправлять.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 — успешный ответ на RCPT TO; 551 — постоянная ошибка с &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>После 251 ничего делать не нужно, хотя адресную книгу можно обновить. После 551 отправьте письмо повторно на указанный адрес, когда убедитесь, что он правильный.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 завершает весь сеанс — для всех писем и получателей в нём; 450 отклоняет одно почтовое действие, обычно для одного получателя, и сеанс продолжается.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 часто бывает первой строкой после подключения (приветствием) или последней перед тем, как сервер разорвёт соединение, и его текст говорит о службе, соединении или вашем IP-адресе. 450 отвечает на MAIL FROM или RCPT TO и называет ящик или причину, например грейлистинг.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>В обоих случаях отправляющий сервер сам повторяет попытки. При 421 смотрите на отправляющую сторону в целом: число соединений, темп отправки и репутацию IP-адреса. При 450 смотрите на конкретного получателя или на задержку грейлистинга и дождитесь следующей повторной попытки с того же IP-адреса.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>При приветствии оба отклоняют соединение, но 421 означает «попробуйте позже», а 554 — что этого клиента здесь не обслуживают.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>Решает первая цифра: 421 при приветствии приходит с текстами о нагрузке, слишком большом числе соединений или временной блокировке; 554 при приветствии называет чёрный список или постоянный отказ, и сервер отвечает на каждую следующую команду кодом 503 до QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>При 421 сначала ничего не делайте; если он повторяется, уменьшите число параллельных соединений. При 554 проверьте отправляющий IP-адрес по чёрным спискам и устраните проблему с репутацией; повторные попытки с того же IP-адреса не помогут.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 касается ящика получателя (занят, заблокирован или под грейлистингом); 451 касается самого принимающего сервера, у которого при обработке произошла ошибка.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Подсказывают расширенный код и текст: 450 приходит с 4.2.x или с сообщением грейлистинга, в котором назван получатель; 451 — с 4.3.0, 4.4.x или &quot;Temporary local problem&quot;, часто после того, как на принимающей стороне не сработал запрос DNS или сканер содержимого.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Ни один из них поначалу не требует действий от отправителя: очередь сама повторяет попытки. Если 450 держится несколько дней, спросите администратора получателя о ящике; если держится 451, чинить свой сервер должен администратор принимающего сервера, поэтому сообщите ему точную строку ответа.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>То же состояние — ящик недоступен, но 450 временный, а 550 постоянный.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Отличается только первая цифра: после 450 письмо остаётся в очереди отправителя и может прийти уведомление о задержке; после 550 сервер отправителя сразу прекращает попытки и возвращает уведомление о недоставке.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>После 450 не отправляйте письмо повторно вручную: очередь сама повторяет попытки. После 550 повторная отправка того же письма ничего не изменит; исправьте адрес или устраните причину, названную в расширенном коде, и только потом отправьте снова.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 — ошибка обработки на принимающем сервере; 452 сообщает, что закончился ресурс: место на диске, квота ящика или допустимое число получателей в одной транзакции.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 называет ресурс: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) или переполненный ящик (4.2.2). 451 говорит о локальной ошибке, сбое запроса или службе, которая не ответила.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>При 452 с 4.5.3 всё в порядке: отправляющий сервер доставит письмо оставшимся получателям в следующей транзакции. При нехватке места его освобождает администратор принимающего сервера. При 451 дождитесь повторной попытки, а если ошибка не исчезает, сообщите о ней администратору принимающего сервера.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Оба касаются места для хранения; 452 временный (место может освободиться), 552 постоянный (для этого письма превышен выделенный объём).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>Случаи различает расширенный код: 452 с 4.2.2 или 4.3.1 — переполненный ящик или диск, на котором место может освободиться; 552 с 5.2.2 — ящик, превысивший квоту, а 552 с 5.3.4 или 5.2.3 — слишком большое письмо.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>При 452 дайте очереди повторить попытку и сообщите получателю, что его ящик переполнен. При 552 с 5.2.2 попросите получателя освободить место, затем отправьте письмо повторно; при 552 с кодом размера отправьте письмо поменьше или ссылку вместо вложения.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 — временный сбой TLS или аутентификации на стороне сервера; 530 — требование, которое клиент не выполнил.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 отвечает на сам STARTTLS или AUTH (&quot;454 4.7.0 Temporary authentication failure&quot;), то есть клиент всё сделал правильно. 530 отвечает на MAIL FROM, когда клиент пропустил STARTTLS или AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>После 454 клиент повторяет попытку позже, а администратор принимающего сервера проверяет сертификат или бэкенд паролей. После 530 нужно изменить настройки клиента: включить TLS, а затем пройти аутентификацию.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 означает, что сервер не понял строку; 502 — что команду он понял, но здесь её не поддерживает.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 отвечает на известную, но отключённую команду, например VRFY или EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 отвечает на мусор, слишком длинную строку или другой протокол, например TLS-рукопожатие на порту открытого текста; Postfix 3.7 и новее также отвечает на неизвестные команды кодом 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>При 500 проверьте, что клиент говорит по SMTP с нужным портом и в нужном режиме (неявный TLS на 465, STARTTLS на 587 и 25). При 502 перестаньте использовать эту команду; ничего не сломано.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 отклоняет то, как записан аргумент команды; 553 отклоняет само имя ящика.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 следует за неправильным синтаксисом: пропущенной угловой скобкой, недопустимым именем в EHLO, неизвестным параметром (&quot;501 5.5.4&quot;). 553 следует за адресом, который синтаксически верен, но не принимается (5.1.3, 5.1.7 или отправитель, которым учётная запись не владеет).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>При 501 исправьте отправляющую программу или её настройки: неправильна сама команда. При 553 исправьте адрес, который ввёл пользователь, или то, от чьего имени он отправляет письма.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 — команда в неправильном порядке; 530 — команда, которую отклоняют, пока клиент не пройдёт аутентификацию или не включит TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 следует за RCPT TO до MAIL FROM, DATA до первого получателя или AUTH там, где его не предлагают (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 отвечает на MAIL FROM текстом &quot;Authentication required&quot; или &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>При 503 исправьте последовательность команд клиента: EHLO, STARTTLS, снова EHLO, AUTH, MAIL FROM, RCPT TO, DATA. При 530 включите TLS и аутентификацию SMTP в настройках учётной записи в клиенте.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 означает, что клиент не прошёл аутентификацию; 535 — что он попытался, но учётные данные отклонены.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 — ответ на AUTH. 530 отвечает на MAIL FROM или RCPT TO клиенту, который вообще не отправлял AUTH.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>При 530 включите аутентификацию в клиенте. При 535 проверьте имя пользователя и пароль, не требует ли провайдер пароль приложения и разрешён ли для учётной записи SMTP AUTH.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 отклоняет способ входа; 535 отклоняет учётные данные.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>При 534 пароль вполне может быть правильным: механизм слишком слабый или провайдер требует пароль приложения либо вход через браузер (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). При 535 неверны имя пользователя или пароль либо учётной записи нельзя использовать SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>При 534 используйте TLS и более сильный механизм, пароль приложения или OAuth — то, что требует провайдер. При 535 исправьте учётные данные или разблокируйте учётную запись.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Два уровня одного ответа: 535 — базовый код для отклонённых учётных данных, 5.7.8 — расширенный код для того же; обычно они приходят вместе, как 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>В журнале клиента видно &quot;535 5.7.8&quot; или &quot;535-5.7.8 Username and Password not accepted&quot; сразу после AUTH. Некоторые серверы отправляют 535 без расширенного кода, с тем же смыслом.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Исправьте учётные данные — имя пользователя, пароль или пароль приложения — и проверьте, что учётной записи разрешено использовать SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 сообщает, что получателя на этом сервере нет, и называет, куда отправлять вместо этого; 550 отклоняет получателя, никуда не перенаправляя.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Ответ 551 содержит forward-path (&quot;please try &lt;address&gt;&quot;); сегодня он встречается редко, и некоторые серверы ошибочно используют его при отказе в ретрансляции. Ответ 550 вместо этого называет причину или расширенный код.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>После 551 проверьте, что предложенный адрес настоящий, и отправьте письмо на него. После 550 прочитайте расширенный код: 5.1.1 — неверный адрес, 5.7.1 — отказ по политике.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 отклоняет сам адрес — его форму или право отправителя его использовать; 550 отклоняет ящик или письмо по другой причине.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 обычно приходит на MAIL FROM или RCPT TO с 5.1.3, 5.1.7 или текстом вроде &quot;Sender address rejected: not owned by user&quot;. 550 приходит с 5.1.1 (нет такого пользователя), 5.7.1 (политика) или при блокировке.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>При 553 исправьте адрес: опечатку, недопустимые символы или адрес From, который вашей учётной записи использовать нельзя. При 550 действуйте по его расширенному коду.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 обычно отклоняет одного получателя; 554 отклоняет всю транзакцию — либо при подключении, либо после данных письма.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Смотрите, где он приходит: 550 отвечает на RCPT TO (или MAIL FROM); 554 — это приветствие (&quot;No SMTP service here&quot;) или ответ на конец DATA, где выполняются проверки содержимого и репутации.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>При 550 проверьте адрес получателя или причину по политике для этого получателя. При 554 после DATA проверьте содержимое, отправляющий IP-адрес по чёрным спискам и аутентификацию домена; при 554 во время приветствия отклонён сам IP-адрес.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Это не альтернативы, а два уровня одного ответа: 550 — базовый код ответа (постоянная ошибка, ящик недоступен), 5.1.1 — расширенный код состояния, который объясняет причину (ящик не существует).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Ответ вроде &quot;550 5.1.1 User unknown&quot; содержит оба. 550 приходит также с 5.7.1, 5.2.1, 5.1.10 и другими, поэтому один лишь 550 никогда не говорит, какой случай перед вами; 5.1.1 также встречается в поле Status отчёта о недоставке.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Если есть расширенный код, читайте сначала его: он точнее из двух. Если в ответе только 550, единственная подсказка — текст после него.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Два уровня одного ответа: 552 — базовый код для превышения выделенного места, 5.3.4 — расширенный код, сообщающий, что письмо слишком велико для системы.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>Сам по себе 552 неоднозначен, потому что приходит и с 5.2.2 (ящик переполнен), и с 5.2.3 (ограничение размера у получателя); с 5.3.4 причина — ограничение размера письма на сервере.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Прочитайте расширенный код: при 5.3.4 отправьте письмо поменьше; при 5.2.2 место должен освободить получатель.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 — хост, который ни от кого не принимает почту; 554 при приветствии отклоняет именно этого клиента, обычно из-за его IP-адреса.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 приходит от хостов, настроенных вообще не принимать почту, и домен часто ещё и публикует null MX. 554 при приветствии обычно называет чёрный список, политику или ваш адрес.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>После 521 перестаньте отправлять туда: неверен адрес или запись MX. После 554 проверьте отправляющий IP-адрес в указанном чёрном списке и запросите исключение из него или отправляйте через сервер с хорошей репутацией.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 сообщает, что домен получателя вообще не принимает почту; 554 — что эта транзакция не удалась по причине, указанной в его тексте.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 приходит с 5.1.10, часто от вашего собственного отправляющего сервера, после того как он нашёл у домена null MX (&quot;MX 0 .&quot;), ещё до какого-либо подключения к получателю. 554 приходит от удалённого сервера, при приветствии или после DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>После 556 адрес работать не может: попросите у получателя другой. После 554 прочитайте его текст: чёрный список, содержимое или политика.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 — ящик, который сервер получателя не знает; 5.1.10 — домен, который объявляет, что вообще не принимает почту (null MX).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 приходит от сервера получателя после RCPT TO. 5.1.10 обычно приходит от вашего собственного отправляющего сервера, который прочитал null MX домена и даже не подключался.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>При 5.1.1 ищите опечатки в части до @. При 5.1.10 никакое написание имени ящика не поможет: попросите адрес в другом домене.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 — адрес, которого не существует; 5.2.1 — ящик, который существует, но отключён или приостановлен.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>Подсказывает текст: &quot;does not exist&quot;, &quot;no such user&quot; или &quot;user unknown&quot; для 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; или &quot;suspended&quot; для 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>При 5.1.1 исправьте адрес. При 5.2.1 свяжитесь с получателем другим способом; если недоставка повторяется неделями, считайте адрес недействующим и удалите его из списков.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 указывает на ошибку в части до @ (ящик); 5.1.2 — в части после неё (домен).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 часто приходит от вашего собственного сервера, который не нашёл домен в DNS; 5.1.1 приходит от сервера получателя, который искал ящик и ничего не нашёл.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Исправьте ту часть, которая неверна: имя пользователя для 5.1.1, домен для 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 сообщает, что домен получателя не является допустимым пунктом назначения для почты; 5.4.4 — что отправляющая система не нашла к нему маршрута.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 следует за доменом, которого не существует (NXDOMAIN), часто из-за опечатки. 5.4.4 приходит, когда DNS отвечает, но пригодного маршрута нет: MX указывает на имя без адреса или записи не удаётся разрешить.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>При 5.1.2 исправьте написание домена. При 5.4.4 записи MX чинит администратор домена получателя; если ошибки идут для многих доменов, проверьте собственный DNS-резолвер отправляющего сервера.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 касается домена получателя, который не принимает почту; 5.7.27 касается домена отправителя, который объявляет, что не принимает почту, и поэтому отклоняется как отправитель.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 называет адрес получателя и обычно приходит от вашего собственного отправляющего сервера. 5.7.27 приходит от принимающего сервера и касается домена вашего MAIL FROM или From.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>При 5.1.10 используйте другой адрес получателя. При 5.7.27 администратор отправителя убирает null MX или отправляет с домена, который может принимать ответы и уведомления о недоставке.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>Тот же переполненный ящик; при 4.2.2 отправляющий сервер повторяет попытки, а при 5.2.2 сразу их прекращает.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Отличается только класс, и серверы в одной и той же ситуации выбирают по-разному: многие отправляют 452 4.2.2, а другие — 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>После 4.2.2 ничего делать не нужно: очередь повторяет попытки, а получателю можно сообщить, что его ящик переполнен. После 5.2.2 получатель должен освободить место, прежде чем письмо отправят снова.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 — переполненный ящик; 5.2.3 — отдельное письмо, которое больше ограничения размера у получателя.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>При 5.2.2 текст говорит о квоте или переполненном ящике, при 5.2.3 — о размере письма. Короткое тестовое письмо до ящика с 5.2.3 дойдёт, до ящика с 5.2.2 — никогда.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>При 5.2.2 место освобождает получатель. При 5.2.3 отправьте меньше: сожмите вложение или поделитесь ссылкой.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Оба касаются размера: 5.3.4 — ограничение всего сервера, 5.2.3 — ограничение, заданное для получателя или ящика.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 может прийти уже на MAIL FROM, когда параметр SIZE превышает объявленное сервером ограничение, и относится ко всем получателям на этом сервере; 5.2.3 приходит для отдельных получателей.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>В обоих случаях отправьте письмо поменьше. Поднять ограничение 5.3.4 может только администратор принимающего сервера (в Postfix — message_size_limit); ограничение 5.2.3 может относиться именно к этому ящику или группе.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 означает, что соединиться с принимающим хостом не удалось; 4.4.2 — что соединение установилось, а затем оборвалось.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix записывает 4.4.1 с &quot;Connection timed out&quot; или &quot;Connection refused&quot; при подключении, а 4.4.2 — с &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>При 4.4.1 проверьте, что исходящий порт 25 открыт, хост MX работает и его адрес верен. При 4.4.2 посмотрите, что сделала удалённая сторона посреди сеанса: тайм-ауты, сбои TLS или межсетевой экран, обрывающий длинные передачи.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Оба касаются письма, которое не удалось доставить вовремя; 4.4.7 — предупреждение, что оно всё ещё в очереди, 5.4.7 — окончательная ошибка после того, как истёк срок хранения в очереди.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Уведомление 4.4.7 сообщает, что письмо задерживается и сервер продолжит попытки (Action: delayed). Уведомление о недоставке 5.4.7 сообщает, что сервер прекратил попытки (Action: failed) и возвращает письмо.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>После 4.4.7 ещё ничего не потеряно: выясните, почему место назначения недоступно. После 5.4.7 письмо нужно отправить снова, когда место назначения начнёт принимать почту.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Оба сообщают, что получателей слишком много; 4.5.3 просит отправить остальных в другой транзакции, 5.5.3 отклоняет письмо из-за слишком большого их числа.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 приходит с 452, когда достигнут предел сервера на одну транзакцию; получатели, принятые до этого, всё равно получат письмо. 5.5.3 — постоянный отказ, часто из-за установленного провайдером предела получателей на одно письмо.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>После 4.5.3 ничего делать не нужно: почтовые серверы сами отправят письмо оставшимся получателям. После 5.5.3 разделите список получателей или воспользуйтесь списком рассылки либо сервисом массовой рассылки.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Оба — временные отказы по соображениям безопасности или политики; 4.7.0 не называет конкретной причины, 4.7.1 сообщает, что доставка пока не разрешена.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 часто сопровождает проблемы с TLS или аутентификацией и ограничения частоты для подозрительного трафика; 4.7.1 часто сопровождает грейлистинг или временную блокировку отправляющего IP-адреса. Надёжный ориентир — только текст.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>В обоих случаях дайте очереди повторить попытку. Если они не прекращаются, проверьте репутацию отправляющего IP-адреса, его обратный DNS, SPF и DKIM домена и работу TLS.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 — отказ по соображениям безопасности без уточнения; 5.7.1 — отказ, потому что отправитель, получатель или ретрансляция не разрешены.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 типичен вместе с 530, когда сначала нужны TLS или аутентификация. 5.7.1 обычно приходит с 550 или 554 и причиной: отказ в ретрансляции, чёрный список, политика для получателя.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>При 5.7.0 выполните требование, названное в тексте (STARTTLS, AUTH). При 5.7.1 действуйте по указанной причине: пройдите аутентификацию для ретрансляции, добейтесь исключения из списка или попросите получателя разрешить отправителя.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 — любой отказ из-за отсутствия разрешения; 5.7.26 — именно почта, не прошедшая аутентификацию (SPF и DKIM, а значит, и DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>В тексте 5.7.26 говорится об аутентификации, SPF, DKIM или DMARC. В тексте 5.7.1 названы ретрансляция, чёрный список, политика или отправитель.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>При 5.7.26 администратор отправляющего домена исправляет SPF, подписывает письма DKIM и выравнивает оба с доменом From. При 5.7.1 действуйте по причине из текста.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>Тот же отказ — доставка не разрешена, но 4.7.1 временный, а 5.7.1 постоянный.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Подсказывает класс: 4.7.1 оставляет письмо в очереди отправителя, обычно из-за грейлистинга или временной блокировки; 5.7.1 сразу возвращает его.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>После 4.7.1 дайте очереди повторить попытку с того же IP-адреса. После 5.7.1 устраните причину, указанную в тексте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 — отклонённые имя пользователя или пароль; 5.7.0 — неуточнённая причина, связанная с безопасностью, которая при входе часто означает, что без аутентификации вообще не обойтись.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 приходит после AUTH, обычно как 535 5.7.8. 5.7.0 приходит до AUTH, как 530 5.7.0, когда клиент пытался отправить почту без входа или без TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>При 5.7.8 исправьте учётные данные или используйте пароль приложения. При 5.7.0 включите TLS и аутентификацию в клиенте.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 отклоняет учётные данные; 5.7.9 отклоняет механизм аутентификации или тип пароля.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 приходит с 535; 5.7.9 — с 534 и текстами вроде &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>При 5.7.8 исправьте имя пользователя или пароль. При 5.7.9 перейдите на более сильный механизм, пароль приложения или OAuth — что потребует провайдер.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Оба сообщают, что для аутентификации нужно шифрование; 5.7.10 (с 523) требует слоя шифрования до использования механизма, 5.7.11 (с 538) сообщает, что выбранный механизм работает только по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>Различает их базовый код: 523 идёт с 5.7.10, а 538 — с 5.7.11. Оба отвечают на AUTH по незашифрованному соединению, и оба редки, потому что современные серверы не предлагают парольные механизмы до TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>В обоих случаях включите TLS (STARTTLS или неявный TLS на порту 465) до AUTH и проверьте, что клиент не откатывается на открытый текст.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 — только неудачная проверка SPF; 5.7.26 означает, что не прошли несколько проверок аутентификации, то есть у письма не было и действительной подписи DKIM.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>В тексте 5.7.23 назван SPF и часто отправляющий IP-адрес; в тексте 5.7.26 сказано, что письмо не прошло аутентификацию, или упоминается DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>При 5.7.23 добавьте отправляющий сервер или сервис в запись SPF домена. При 5.7.26 сделайте это и вдобавок подписывайте письма DKIM с выравниванием по домену From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 отклоняет отправляющий IP-адрес без правильного обратного DNS; 5.7.1 — общий отказ из-за отсутствия разрешения.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>В тексте 5.7.25 упоминается PTR или обратный DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 называет какую-то другую причину.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>При 5.7.25 попросите владельца IP-адреса (хостинг-провайдера или провайдера сети) создать запись PTR, имя из которой разрешается обратно в тот же адрес. При 5.7.1 действуйте по его тексту.</translation>
    </message>
</context>
</TS>
