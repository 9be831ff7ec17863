<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>无法建立连接</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>无法连接SMTP服务器</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>socket错误10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>没有任何 RFC 将 101 定义为 SMTP 响应：SMTP 服务器只能发送以 2、3、4 或 5 开头的代码，SMTP 根本没有 1xx 类别。人们看到的这个数字几乎总是操作系统的错误号，通常是 Linux errno 101，即 ENETUNREACH（Network is unreachable），由连 TCP 连接都未能建立的客户端或程序库显示出来。它常被与 421 或增强代码 4.4.1 混淆，而邮件服务器在同类故障时记录的正是 4.4.1。</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>出现在任何 SMTP 对话开始之前，客户端仍在尝试连接时。典型来源有 PHPMailer（&quot;Failed to connect to server: Network is unreachable (101)&quot;）、Python smtplib（&quot;[Errno 101] Network is unreachable&quot;），以及 Postfix 日志行，例如 &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;，这种情况往往发生在 IPv6 不可用的主机连接目标 MX 的 IPv6 地址时。</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>邮件和收件人都没有问题：发送主机没有通往该服务器的网络路径。发件方管理员（或脚本所在主机的运维人员）应检查默认路由；如果失败都发生在 IPv6 地址上，则修复 IPv6 连通性，或让邮件软件只使用 IPv4（在 Postfix 中设置 inet_protocols = ipv4）。同时确认客户端设置中的服务器名称解析到预期的地址，并且 VPN 或容器网络没有缺少路由。主机能够连通服务器后，队列中的邮件会在下次重试时发出。</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>目标主机有 AAAA 记录，而发送主机启用了 IPv6 却没有 IPv6 默认路由，因此每次 IPv6 尝试都会立即失败。</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>发送主机根本没有可用的默认路由，例如网关配置错误的容器、虚拟机或刚安装好的服务器。</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>发送端的 VPN、策略路由或防火墙规则让发往该服务器所在网络的流量无路可走。</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>这个数字是从博客上的“SMTP 错误代码”列表里抄来的；它是客户端的 socket 错误，而不是邮件服务器返回的任何内容。</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>查询客户端连接该服务器时会尝试的 IPv6 和 IPv4 地址。</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>询问内核对失败的地址会使用哪条路由；如果此处报错，即可确认是路由问题。</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>尝试与客户端所用的端口（25、465 或 587）建立普通 TCP 连接。</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>在 Postfix 主机上列出最近的网络不可达失败，并留意它们是否全部是 IPv6。</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>邮件服务器将其视为暂时性失败：邮件留在队列中，按退避策略重试。脚本或应用程序应在等待一段时间后重试，或将失败报告给用户；在路由修复之前，反复尝试无济于事。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>无法连接SMTP服务器</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>没有任何 RFC 将 111 定义为 SMTP 响应；邮件服务器永远不可能发送它，因为 SMTP 响应都以 2、3、4 或 5 开头。这个数字是 Linux errno 111，即 ECONNREFUSED：客户端的连接尝试被主动拒绝（通过 TCP 重置或 ICMP 端口不可达），原因是该端口上没有任何服务在监听，或者防火墙拒绝了连接。它常被与 421 或 554 混淆，但后两者来自确实作出了应答的服务器；它对应的是邮件服务器在连接失败时记录的 4.4.1。</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>出现在连接阶段，收到任何问候语之前。它在 Python 中显示为 &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot;，在 PHPMailer 中显示为 &quot;Connection refused (111)&quot;，在 Postfix 日志中显示为 &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot;，并带有 dsn=4.4.1 和 status=deferred。Windows 软件将同一情况报告为 socket 错误 10061。</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>首先弄清是哪一端拒绝了连接。如果服务器由您运行，请确保邮件服务正在运行，监听的是公网地址和正确的端口（而不仅仅是 127.0.0.1），并且主机防火墙已放行。如果您是发件方，请检查应用程序使用的主机和端口是否正确（提交用 587 或 465，服务器之间用 25），以及本地或服务商的防火墙没有拒绝出站 SMTP。已在 MTA 队列中的邮件会在该端口接受连接后，于之后的某次重试中投递出去。</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>服务器上的邮件服务已停止或已崩溃，因此 25、465 或 587 端口上没有任何服务在监听。</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA 只绑定在环回接口上（例如 Postfix 设置了 inet_interfaces = loopback-only），而客户端通过网络连接。</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>应用程序指向了错误的主机或端口，例如在只提供 587 的服务器上使用 465，或使用了已停用的服务器名称。</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>服务器前面的防火墙以 TCP 重置拒绝该端口，而不是静默丢弃。</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>从客户端所在的网络测试该端口是否接受 TCP 连接。</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>在服务器上列出正在监听的 SMTP 套接字及其绑定的地址。</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>在 Postfix 服务器上查看它绑定了哪些接口和协议。</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>在发送端 MTA 上列出最近被拒绝的连接，查看哪些目标受到影响。</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>将其视为暂时性问题：MTA 会把邮件留在队列中并按退避策略重试，直到队列生存期耗尽（Postfix 默认为 5 天）。应用程序应等待一段时间后再重试，并通知相关人员，因为在监听服务或防火墙修复之前，拒绝会一再发生。</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>非标准的成功响应</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 不是有效的 SMTP 响应，过去也从来不是：RFC 821 没有定义 200，NOOP 和 RSET 等命令成功时返回 250。之所以收录它，只是因为 1983 年调查 SMTP 服务器情况的 RFC 876 发现，一些早期服务器在应当返回 250 的地方错误地返回了 200。</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>在如今的邮件中几乎从不出现。历史上，20 世纪 80 年代初的少数服务器会对 NOOP 或 RSET 返回它。如今有人报告 200 时，它通常来自手写的或模拟的 SMTP 服务器，或者是基于 Web 的发信 API 返回的 HTTP 200 状态，被记进了日志，与 SMTP 代码混在一起。</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>邮件本身无需修正。如果服务器确实用 200 应答 SMTP 命令，应由其开发者改为发送 250。遵循 RFC 5321 的客户端对未知代码只读取第一位数字，因此会把 200 当作成功；只有遇到它就中止的客户端，才需要由其软件维护者修复。如果 200 来自 HTTP 邮件 API，请查看该服务的投递事件，而不要去寻找它的 SMTP 含义。</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>非常老旧或自制的 SMTP 服务器，对 NOOP、RSET 或其他成功的命令使用 200 而不是 250。</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>HTTP 邮件 API 返回了 200 OK，而这个状态被当成 SMTP 响应来解读。</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>测试框架或模拟 SMTP 服务器返回的是从参考列表中挑选的代码。</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>手动与服务器对话，记下是哪条命令产生了 200。</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>在 Postfix 日志中搜索以 200 开头的远端响应，确认这个 200 究竟是否来自 SMTP 会话：已接受的邮件会在 status=sent (...) 中显示响应，意外的响应则出现在 &quot;said:&quot; 之后。</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>无需重试：遵循 RFC 5321 的客户端会把开头的 2 视为成功并继续。只有当严格的客户端中止了会话，并且客户端或服务器已经修正之后，才需要重新发送。</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>系统状态或系统帮助响应</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 是一个成功响应，携带关于服务器本身的状态或帮助信息。RFC 5321 将它与 214 并列为 HELP 的有效应答，但实际中很少见，因为大多数服务器用 214 返回帮助文本。它从不涉及任何具体的邮件。</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>只在有人于手动会话或扫描中发送 HELP，或发送少数服务器实现的私有状态命令时出现；例如 nmap 的 smtp-commands 脚本会发送 EHLO 和 HELP 来列出服务器支持的功能。它不会出现在正常投递、退信或队列日志中。</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>无需修正：这是一个提供信息的成功响应。只有当客户端把它当作错误（这是该客户端软件的缺陷），或服务器管理员希望限制服务器向陌生人透露的自身信息时，才需要深入查看。</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>有人手动测试服务器时输入了 HELP，而该实现用 211 而不是 214 应答。</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>扫描器或资产清点工具发送 HELP 来识别服务器指纹并列出其命令。</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>服务器提供了非标准的状态命令，并将其输出标为 211。</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>自己发送 HELP，并将代码与更常见的 214 进行比较。</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>列出服务器声明支持的命令和扩展。</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>无需重试：HELP 对任何邮件事务都没有影响，客户端只需继续发送下一条命令。</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>帮助信息（供人阅读）</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 是对 HELP 的正常成功响应：其后的文本供阅读会话的人查看，例如支持的命令列表或非标准命令的说明。程序不应解析它，它也不说明邮件是否会被接受。</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>无需修正：HELP 已正常工作。214 响应中的命令列表可能不完整或已过时，因此要了解服务器真正提供了哪些扩展（STARTTLS、AUTH、SIZE、PIPELINING），应以 EHLO 响应为准。不希望公开软件细节的服务器管理员可以精简帮助文本。</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>管理员或技术支持工程师在 telnet 或 openssl 测试会话中输入了 HELP。</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>监控或安全扫描工具发送 HELP 以收集支持的命令。</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>客户端发送 HELP 并以某个命令名作为参数，以获取该命令的帮助。</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>将 HELP 文本与 EHLO 响应中声明的扩展进行比较，客户端实际依据的是后者。</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>手动打开一个会话并发送 HELP，可以在其后加上命令名。</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>无需重试；HELP 处于邮件事务之外，因此客户端按计划继续发送 EHLO、MAIL FROM 或 QUIT。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; 服务就绪</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 是服务器的问候语：TCP 连接已建立，SMTP 服务已准备好接收 EHLO。代码后的第一个词应为服务器的主机名。同一代码也用于应答 STARTTLS（许多服务器返回 &quot;220 2.0.0 Ready to start TLS&quot;），表示客户端现在可以开始 TLS 握手。</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>作为每次成功连接的第一行出现，在客户端发送任何内容之前；在应答 STARTTLS 时也会再次出现。典型的横幅有：&quot;ESMTP Postfix&quot;、Microsoft 的 &quot;Microsoft ESMTP MAIL Service ready&quot;、以 &quot;- gsmtp&quot; 结尾的 Gmail 横幅。以 &quot;220-&quot; 开头的问候语跨越多行；Postfix postscreen 故意发送这种不完整的问候语，以捕获抢先发言的垃圾邮件机器人。</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>无需修正：服务器已启动并接受了会话。以下情况需要深入查看：问候语要过好几秒才出现（服务器上的反向 DNS 很慢，或有意设置了问候延迟）；问候语中的主机名出乎意料（您连到的可能是负载均衡器、25 端口拦截设备或错误的 IP）；横幅被一串星号取代——这表明 Cisco ASA 或 PIX 正在执行 ESMTP 检查，它还可能隐藏 STARTTLS。如果在 STARTTLS 的 220 之后 TLS 握手立即失败，则需由服务器管理员修复证书或 TLS 协议设置。</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>与正常工作的 SMTP 服务器的一次正常连接；问候语是预期的第一条响应。</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>客户端发送了 STARTTLS，服务器同意协商 TLS。</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>来自 postscreen 或类似问候前测试的多行问候语，正确的客户端只需等待它结束。</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>防火墙或拦截设备改写了横幅，因此问候语中显示的不是真正的服务器名称。</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>连接并读取问候语，留意它需要多长时间才出现。</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>测试 STARTTLS，并查看服务器在返回 220 之后出示的证书。</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>将服务器 IP 地址的反向 DNS 与问候语中的名称进行核对。</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>无需重试：继续发送 EHLO；如果是 STARTTLS 的 220，则先开始 TLS 握手，再重新发送 EHLO。如果在 RFC 5321 允许的 5 分钟内没有收到问候语，请断开此连接并尝试下一个 MX，或稍后重试。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; 服务正在关闭传输通道</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 是服务器对 QUIT 的应答：会话已结束，服务器即将关闭 TCP 连接。它只表示告别成功，并不对本次会话中早先发送的任何邮件作出判定。</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>出现在会话的最后，客户端发送 QUIT 之后。Postfix 返回 &quot;221 2.0.0 Bye&quot;，Exchange 返回 &quot;221 2.0.0 Service closing transmission channel&quot;，Exim 返回 &quot;221 mail.example.com closing connection&quot;。它经常位于会话记录的末尾，而真正的错误在更上方，这就是它常被错误归咎的原因。</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>无需修正。排查问题时请向上翻：邮件的结局取决于 DATA 之后结束句点的那条响应（250 表示已接受，4xx 或 5xx 表示未接受）。只有当服务器没有发送任何 221 就关闭了连接，或在应答 QUIT 以外的命令时发送 221，才需要调查；这表明发生了超时、崩溃，或有中间设备切断了会话。</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>客户端完成工作后发送了 QUIT，这是每个会话的正常结束方式。</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>客户端早先收到了拒绝（例如 RCPT TO 阶段的 550），于是礼貌地用 QUIT 关闭了会话。</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>测试工具或监控探针连接后检查了问候语或 EHLO 响应，然后退出。</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>在同一份会话记录中找到真正的结果：紧跟在数据结束句点之后的响应，或 MAIL FROM、RCPT TO 阶段的拒绝。</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>在 Postfix 服务器上查看 disconnect 日志行：它们统计了每条命令及其成功次数（例如 data=1 quit=1），缺少 quit 则表示客户端断开了连接。</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>无需重试：会话已正常结束。数据结束响应为 250 的邮件已经移交；先前收到 4xx 响应的邮件则留在发件方的队列中，各自等待重试。</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>认证成功</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 表示 AUTH 交互成功：服务器接受了用户名和密码（或令牌），在本会话余下的部分中客户端均处于已认证状态。它通常带有增强代码 2.7.0。仅凭认证并不能以任意地址发信；之后服务器仍可能拒绝发件人或收件人。</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>出现在通过 587 或 465 端口提交邮件时，通常在 STARTTLS 之后，紧接在 AUTH PLAIN、AUTH LOGIN、XOAUTH2 或其他 SASL 机制完成之时。邮件客户端、打印机和扫描仪、Web 应用程序以及通过智能主机中继的 MTA 都会看到它；Postfix 发送 &quot;235 2.7.0 Authentication successful&quot;。</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>登录本身无需修正。如果收到 235 之后邮件仍然失败，请阅读下一条响应：MAIL FROM 阶段的 553 或 550 通常表示该账户无权以该地址发信（例如 Postfix 的 reject_sender_login_mismatch），之后出现的 5.7.x 错误则指向策略问题。服务器管理员还应留意来自陌生 IP 地址或国家/地区的 235，因为许多利用被盗账户发送垃圾邮件的活动，正是从一次使用被盗密码的成功登录开始的。</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>客户端通过服务器提供的机制，在服务器认为足够安全的连接上发送了正确的凭据。</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>账户要求使用应用专用密码或 OAuth 令牌代替普通密码，而客户端提供的密码或令牌被接受了。</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>被盗用的账户正被垃圾邮件发送者使用；这样的登录看起来与正常登录完全一样。</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>使用 swaks 复现登录（它会提示输入密码），以区分凭据问题和客户端配置问题。</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>在 Postfix 服务器上，列出哪些账户从哪些客户端地址登录过。</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>如果 235 之后紧接着发件人被拒绝，请检查服务器如何将登录名与发件人地址关联起来。</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>无需重试；继续发送 MAIL FROM。不要在同一会话中再次发送 AUTH：AUTH 成功后，RFC 4954 要求服务器以 503 拒绝再次发送的 AUTH。</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>请求的邮件操作已完成</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>发送成功但对方没收到</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 是通用的成功响应：命令已执行成功。它用于应答 EHLO（附带扩展列表）、MAIL FROM、每个被接受的 RCPT TO、RSET、NOOP，以及最重要的邮件数据结束——此时它表示接收服务器已承担起投递该邮件或返回退信的责任。它并不保证邮件进入收件箱：接收方仍可能将邮件归为垃圾邮件，或稍后投递失败并发出退信。</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>贯穿整个正常会话。能回答“我的邮件发出去了吗？”的，是结束句点之后的那个 250，MTA 会将它与接收方的文本一起记录，例如当下一跳也是 Postfix 时，Postfix 记录 &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;。ETRN（RFC 1985）和 ATRN（RFC 2645）也使用 250 表示队列处理或反向连接已经开始。</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>无需修正：接收服务器已接受该命令或邮件。如果收件人说始终没有收到邮件，请把时间、发件人地址以及日志中 250 后面的队列 ID 或文本提供给对方；收件方管理员随后会检查自己的日志、隔离区和垃圾邮件文件夹，因为从这一刻起，邮件由对方的服务器负责。</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>该命令有效且被允许，因此服务器执行了它。</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>在数据结束时，邮件通过了接收方的检查，并已进入队列等待投递。</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>接收方先接受后过滤（队列后内容过滤器，或静默隔离邮件的服务商），因此对一封不会进入收件箱的邮件也返回了 250。</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>在发送端的 Postfix 日志中找到该收件人的接受记录，包括接收方返回的文本。</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>在发件方的 Exim 服务器上收集该收件人各次投递的所有日志行。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>请收件方管理员凭 250 响应中的队列 ID 或 Message-ID 在其系统中追踪该邮件（Microsoft 365 中使用邮件跟踪，Google Workspace 中使用电子邮件日志搜索）。</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>无需重试：数据结束时收到 250 后，发送端 MTA 会将该收件人标记为已完成，并删除自己的副本。重新发送只会产生重复邮件；应转而在接收方排查。</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail 已接受该邮件；时间戳和 ID 可用于在 Google 的日志中定位它。接受并不说明 Gmail 会把它放进收件箱还是垃圾邮件文件夹。</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange 和 Exchange Online 在数据结束时以 2.6.0 应答，并附上邮件的 Message-ID 和一个内部 ID；收件方管理员在邮件跟踪中搜索的就是这个 Message-ID。</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>用户不在本地；将转发至 &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 表示接受该收件人，同时告知客户端该邮箱不在本服务器上，邮件将被转发到响应文本中给出的地址。这是成功响应：邮件会被投递。RFC 5321 允许服务器改用 250 静默转发，大多数服务器也是这样做的，因此 251 很少见。在 ETRN 扩展（RFC 1985）中，同一数字表示 &quot;OK, no messages waiting for node &lt;x&gt;&quot;。</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>作为对 RCPT TO 或 VRFY 的响应，来自配置为公布转发信息的服务器，通常是用户换用新地址后的老旧或专用系统；Postfix、Exim 和 Exchange 都静默转发并应答 250。当服务器没有为所请求的域保存任何邮件时，它也会作为 ETRN 的应答出现，例如 ETRN 模式下的 fetchmail 轮询备用 MX 时。</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>无需修正；收件人会收到邮件。发件人可以把通讯录更新为响应文本中的新地址，但 RFC 5321 提醒客户端只有在信任该服务器时才可自动这样做，客户端软件也没有义务据此采取行动。收到 ETRN 的 251 之后，只说明该域目前没有可取回的队列邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>收件人的邮箱已迁移，且服务器被配置为公开转发地址。</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>ETRN 请求指定的域在服务器上没有任何队列中的邮件。</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>老旧服务器仍在使用 RFC 821 风格的转发通知，而大多数现代 MTA 出于隐私原因已不再使用。</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>阅读响应文本中的 forward-path，在修改已保存的地址之前，先向收件人确认新地址。</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>对于 ETRN，查看负责排队的服务器实际为该域保存了哪些邮件。</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>手动重复 ETRN（先 EHLO，再 ETRN example.com）并阅读响应。</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>无需重试：收件人已被接受，对话继续进行更多 RCPT TO 或 DATA。收到 ETRN 的 251 之后，应在下一个计划时间再次轮询，而不是立即重复 ETRN。</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>无法 VRFY 该用户，但将接受邮件并尝试投递</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 应答 VRFY，但既不确认也不否认该地址：服务器不愿或无法说明该邮箱是否存在，但会接受发往它的邮件并尝试投递。RFC 5321 要求出于安全考虑禁用 VRFY 的服务器以 252 应答，因此它是当今互联网上最常见的 VRFY 响应。在 ETRN（RFC 1985）中，252 表示 &quot;OK, pending messages for node &lt;x&gt; started&quot;。</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>出现在 VRFY 之后，多半来自地址收集程序、列表清洗服务和扫描器，有时来自手动测试的管理员。qmail 总是应答 &quot;252 send some mail, i&apos;ll try my best&quot;，Gmail 使用同样的措辞并带上 2.1.5，未配置 VRFY ACL 的 Exim 则应答 &quot;252 Administrative prohibition&quot;。</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>无需修正：252 是服务器礼貌地拒绝验证，因此不要把它当作地址存在的证据。某个地址的邮件是否会被接受，只能从真实事务中的 RCPT TO 响应看出。是否启用 VRFY 由收件方管理员决定，保持关闭是正常且推荐的做法。</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>服务器禁用了 VRFY 以防止地址收集，因此给出中性的 252。</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>该服务器是 MX 或中继，接受该域的邮件，但无法检查最终服务器上的邮箱。</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>针对有队列邮件的域的 ETRN 请求已被接受，待发邮件已开始投递。</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>用 RCPT TO 检查同一地址（投递时以它为准），并在 DATA 之前停止。</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>在您自己的 Postfix 服务器上，查看 VRFY 是否已关闭（关闭后 Postfix 应答 502 而不是 252）。</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>无需重试：重复 VRFY 只会得到同样的 252。继续进行真正的邮件事务，或发送 QUIT。</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail 从不通过 VRFY 验证地址：无论邮箱是否存在，它都给出这个借用 qmail 措辞的中性应答。</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK，节点 &lt;x&gt; 的 &lt;n&gt; 封待发邮件已开始投递</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 是对 ETRN（RFC 1985）的成功响应：服务器已开始投递它为指定的域或主机保存的邮件，并说明邮件数量。它只存在于 ETRN 扩展中；该扩展让间歇联网的站点可以请求其备用 MX 或服务商的邮件服务器，把队列中的邮件推送给自己。</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>只出现在 ETRN 命令之后，该命令通常由 ETRN 模式下的 fetchmail、链路接通时的小型办公室邮件服务器，或手动测试的管理员发送。服务器也可以改用更普通的 250 或 252 应答 ETRN，许多服务器正是如此（例如 Postfix 应答 250），因此 253 很少见到。</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>无需修正：队列投递已经开始。被保存的邮件会通过新的入站 SMTP 连接送到客户端自己的服务器，因此如果邮件没有到达，客户端一方的管理员应检查负责排队的服务器能否通过 25 端口访问该服务器，以及其 MX 记录和防火墙设置是否正确。</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>客户端站点上线后，向在队列中为其保存邮件的服务器发送了针对自身域的 ETRN。</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail 或计划任务代表使用拨号或动态连接的邮件服务器定期发出 ETRN。</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>收到 253 之后，在您自己服务器的日志中观察传入的投递。</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>在保存邮件的 Postfix 中继上，必要时手动刷新该域的延迟邮件。</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>在 Exim 中继上，为发往该域的邮件启动一次队列处理。</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>无需重试：刷新正在进行。只在下一次连接或计划轮询时再发送 ETRN，不要在投递进行期间循环发送。</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>服务器质询（后跟 base64 文本）</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 是 AUTH 交互中的中间响应：服务器需要下一段认证数据，代码后的文本是 base64 编码的质询，可能为空。客户端以一行 base64 应答，或以单个星号取消，交互最终以成功时的 235 或 535 等错误结束。</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>出现在提交过程中客户端发送 AUTH 之后。使用 AUTH LOGIN 时，服务器发送 &quot;334 VXNlcm5hbWU6&quot; 和 &quot;334 UGFzc3dvcmQ6&quot;，解码后为 &quot;Username:&quot; 和 &quot;Password:&quot;；发送 AUTH PLAIN 时如果不带初始响应，质询为空。使用 XOAUTH2 时，如果 OAuth 令牌被拒绝，Gmail 会发送一个 334，其 base64 文本是一段 JSON 错误。</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>它本身并不表示出错；客户端软件需要应答该质询。如果会话在 334 之后挂起或失败，说明客户端发送的内容有误（未编码的文本、错误的机制或已过期的令牌）。解码质询即可看出服务器需要什么；如果是 XOAUTH2 的 JSON 错误，发件人必须刷新 OAuth 令牌或授予邮件权限范围（scope），然后再试。</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>客户端发起了 AUTH LOGIN，该机制总是分两个 334 步骤询问用户名和密码。</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>客户端发送 AUTH PLAIN 或其他机制时没有附带初始响应，因此服务器发送空质询。</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>CRAM-MD5 之类的质询-响应机制发送一个 base64 随机数，客户端必须以带密钥的摘要应答。</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>XOAUTH2 令牌已过期、被吊销或缺少邮件权限范围，服务器在最终失败之前以 base64 JSON 质询报告这一情况。</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>解码质询文本，查看服务器在索取什么。</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>使用测试账户为手动测试构造 AUTH PLAIN 字符串；它只是编码而非加密，因此只能在 TLS 上使用。</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>使用 swaks 在 TLS 上完整运行 AUTH 交互，并在会话记录中阅读每个 334 步骤。</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>继续对话：发送下一行 base64 响应，或发送单个星号放弃交互（服务器会以 501 应答）。不要在每个 334 之后重新开始 AUTH。</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>在 XOAUTH2 中，Google 以 334 质询报告被拒绝的访问令牌，其 base64 文本解码后是包含 status、schemes 和 scope 的 JSON；客户端以空行应答，随后收到最终的失败响应。</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>开始输入邮件；以 &lt;CRLF&gt;.&lt;CRLF&gt; 结束</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 是 DATA 之后的开始信号：服务器至少已接受一个收件人，现在需要邮件本身（头部和正文），并以仅包含一个句点的行结束。它是中间响应，不代表接受；对邮件的判定是结束句点之后的那条响应。</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>紧接在客户端发送 DATA 之后；BDAT 没有这一步。典型文本：Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;，Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;，Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;，Gmail &quot;354 Go ahead&quot;。在手动测试中，此时应输入邮件头、一个空行和正文。</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>此时无需修正。354 之后紧接着出现的问题属于数据阶段：如果在发送大邮件时会话停滞或超时，应怀疑网络路径（MTU 问题、检查 SMTP 的中间设备）或慢速链路，发件方管理员应与一封小测试邮件作对比。如果服务器在结束句点之后拒绝，请阅读那条响应，而不是 354。</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>客户端在至少一个 RCPT TO 被接受后发送了 DATA，因此服务器已准备好接收内容。</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>使用 telnet 或 openssl 的手动测试进行到了数据阶段。</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>使用 PIPELINING 时，客户端把 DATA 与收件人放在同一批中发送，354 确认其中至少一个收件人已被接受。</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>发送一封小测试邮件，在会话记录中观察 354 和最终响应。</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>如果大邮件在 354 之后停滞而小邮件正常通过，请检查通往该服务器的路径 MTU。</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>在发件方的 Postfix 服务器上，检查它等待数据传输和最终响应的时长。</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>继续对话：发送经过点填充（dot-stuffing）的内容和结束句点，然后等待最终响应，RFC 5321 为此允许 10 分钟。如果连接在收到该响应之前断开，应视为邮件未投递，稍后重试。</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>八位组偏移量即事务偏移量</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 属于 RFC 1845（1995 年）中实验性的 CHECKPOINT 扩展，用于恢复被中断的大型传输。当客户端以相同的 TRANSID 发送 MAIL FROM 来重复一个被中断的事务时，保留了部分数据的服务器以 355 应答，行首是一个数字：它期望的下一个邮件数据八位组的偏移量（从零开始）。该扩展从未广泛部署，常见的服务器都不提供它。</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>几乎从不出现。它只能跟在带有 TRANSID 参数的 MAIL FROM 之后，且服务器必须在 EHLO 响应中声明了 CHECKPOINT。它出现在 SMTP 代码列表中只是为了完整；在实际流量中，355 更可能来自测试工具或行为异常的服务器。</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>正常运行中无需修正。如果客户端没有使用 CHECKPOINT 却收到 355，说明服务器行为异常，应告知其管理员；从未发送 TRANSID 的客户端软件无法合理地继续该事务，应将其重置。对于非常大的邮件，请遵守服务器声明的 SIZE 限制，或改为发送链接而不是附件。</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>实现了 RFC 1845 的客户端在传输中断后重新连接，并以相同的 TRANSID 重复发送 MAIL FROM。</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>按参考列表输出代码的测试或模拟 SMTP 服务器在并不真正支持检查点的情况下返回了 355。</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>检查服务器究竟是否声明了该扩展；CHECKPOINT 必须出现在其 EHLO 响应中。</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>查看客户端发送的 MAIL FROM 行中是否有 TRANSID= 参数；没有它，355 就毫无意义。</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>只有使用 CHECKPOINT 的客户端才会继续，按 RFC 1845 的描述从给定的偏移量开始发送邮件数据。其他任何客户端都应发送 RSET，并从头重试整封邮件。</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 在任何 RFC 中都不是 SMTP 响应代码；代码列表将其描述为与远程服务器通信时超时。这个数字主要来自 Novell GroupWise，其 Internet Agent（GWIA）会为自己的出站超时记录 &quot;420 TCP read error&quot; 或 &quot;420 TCP write error&quot;。它很容易与真正的响应 421 混淆，也容易与去掉了点号的增强代码 4.2.0 混淆。</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>出站时，在 GroupWise 系统上出现：GWIA 已连接到远程主机，随后读或写操作停滞，直到超时（TCP 读取默认为 5 分钟），于是它在本地记录 420，并把邮件移入延迟队列。远程服务器从未发送过 420。在其他软件中，工单里的 &quot;420&quot; 通常是误读的 421 或 4.2.0。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>由发件方管理员排查网络路径；GroupWise 会按自己的计划重试延迟的邮件。如果只有一个目标失败，应怀疑该接收方：某个过滤器拖延或对您的 IP 实施了 tarpit，或者 HELO 名称与您的公网地址不符。如果所有目标都失败，请检查您自己的防火墙、路由器 MTU、网卡和互联网线路；抓取一次失败会话的数据包通常就能找出原因。</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>GroupWise Internet Agent 与互联网之间的防火墙或路由器使 TCP 流停滞，例如在发送大附件时出现 MTU 或路径 MTU 发现问题。</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>接收服务器在会话中途变慢或停止应答（tarpit、过载，或过滤器不信任发送 IP），直到 GWIA 的读取超时到期。</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>GWIA 发送目录中有一个已损坏的邮件文件，代理程序无法传输它。</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>有人把 421 响应或增强状态 4.2.0（例如灰名单造成的延迟）抄写成了 420。</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>在代理程序或 MTA 的日志中找到失败邮件真正的 SMTP 对话，记下实际的响应和增强代码。</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>检查完整大小的数据包能否不分片地到达接收方（1472 字节载荷加上各层头部正好是 1500）。</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>从同一台主机运行一次完整的测试会话，观察它在哪里停滞。</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>没有特别之处：记录它的软件将其视为暂时性问题，并从延迟队列中重试。如果某个目标持续失败数小时，不要再等待，应诊断连接问题。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; 服务不可用，正在关闭传输通道</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>发信频率受限</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>服务器正在关闭连接，不会再处理本会话中的这条或任何后续命令。它可能出现在问候语中（服务当前不可用），也可能是服务器必须关闭、达到某项限制或决定断开客户端时对之后任意命令的应答。客户端必须停止，稍后重新连接，在此期间可以尝试另一台 MX 主机。</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>最常出现在问候语阶段，或紧接在 EHLO、MAIL FROM、RCPT TO 之后。典型来源：Postfix postscreen 和 smtpd（&quot;421 4.3.2 All server ports are busy&quot;、&quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;、&quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;），达到连接上限或服务正在停止的 Exim 和 Exchange，以及对信誉较差的 IP 地址限流的大型服务商（Gmail 421 4.7.0、Yahoo 421 4.7.0 [TSS04]）。</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>通常只需让队列自动重试。如果问题持续，发件方管理员应阅读响应文本：如果是连接数或速率限制，就减少并发连接，并降低发往该域的邮件速率（在 Postfix 中，为其设置专用传输，降低目标并发上限并设置速率延迟）；如果是信誉封锁，就检查黑名单、PTR、SPF、DKIM、DMARC 和投诉率，然后减少发送量，只发收件人真正想要的邮件。如果文本指向接收方的停机或本地故障，则只有收件方管理员才能解决。</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>接收方出于信誉或发送量原因对发送 IP 限流（垃圾邮件投诉、发送量突增、被列入黑名单）。</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>来自同一客户端的并发连接过多，或达到了连接速率限制。</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>SMTP 服务正在关闭、重启，或工作进程已耗尽。</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>客户端太慢或发送了太多错误命令，服务器结束了会话（超时或达到错误次数上限）。</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>未满足收件人域的 TLS 或策略要求，服务商因此关闭了会话（Gmail：&quot;TLS required for RCPT domain&quot;）。</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>阅读针对该目标记录的延迟原因文本；其中会指出触发的是哪项限制或封锁。</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>检查发送 IP 是否在公共黑名单上（查询时将 IP 的各段倒序排列）。</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>确认发送 IP 有 PTR 记录，且该记录的名称能解析回同一个 IP。</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>统计您的服务器同时保持打开的出站 SMTP 连接数。</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>按退避策略稍后重试；会话已经结束，因此应重新连接，而不是继续发送命令。转到下一台 MX 主机没有问题，但反复重连同一台主机会使信誉限流持续更久。</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail 因发送 IP 的信誉或类似垃圾邮件的流量而对其限速；随着发送量下降、信誉恢复，限制会自行解除。</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo 因投诉率或异常的发送量而延迟接收来自该 IP 的邮件；方括号中的标记（TSS04 等）是 Yahoo 自己的原因代码。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>无基本定义（与 X.7.12 关联）</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>没有任何 RFC 定义 422 响应。IANA 增强状态码注册表将 422 与 432 并列为 X.7.12（需要进行密码过渡）的基本代码，而定义 X.7.12 的 RFC 4954 只使用过 432 4.7.12。如果遇到 422，请把它当作含义与 432 相同的暂时性失败。</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>在实际通信中几乎从不出现；我们不知道有哪个主流服务器会发送它。人们是在 IANA 注册表中，或在照搬注册表关联关系的代码列表库中看到它的。如果真有服务器发送它，那会是对 AUTH 的应答。</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>按 432 处理：用户（或代表用户的客户端软件）使用明文机制（例如在 TLS 上使用 PLAIN）认证一次，让服务器得以生成更强的机制所需的凭据，然后再换回平常使用的机制。如果服务器一直应答 422，其管理员应检查认证后端，并改用有文档规定的 432 响应。</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>该账户存储的凭据尚不存在所请求的 SASL 机制需要的形式，例如在更改了密码存储方式之后。</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>某个服务器或程序库照搬了 IANA 注册表中的关联，在 RFC 4954 规定使用 432 的地方发出 422。</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>在 STARTTLS 上用 AUTH PLAIN 尝试同一账户，看服务器是否接受（swaks 会提示输入密码）。</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>阅读服务器在失败尝试前后的认证日志。</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>不要在同一机制上反复重试。在 TLS 上用 PLAIN 登录一次，应能让更强的机制在之后的会话中正常工作；邮件客户端应提示用户，而不是静默重试。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>无基本定义（与 X.5.1 关联）</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>没有任何 RFC 定义 430 响应。IANA 增强状态码注册表将 430 列为与 X.5.1（无效命令）搭配使用的基本代码之一，因此该代码只是通过这一关联才进入代码目录。请把它理解为服务器对其认为无效的命令的暂时拒绝。</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>在实际会话中很少见：它出现在注册表以及照搬注册表的程序库中。如果真有服务器发送它，那会是在它不接受的命令之后，例如未知的命令动词、顺序错误的命令，或在不支持 PIPELINING 时以管道方式发送的命令。</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>由客户端软件（或其维护者）检查引发该响应的命令：拼写错误或不受支持的命令动词、在 EHLO 之前或 STARTTLS 握手完成之前发送的命令，或服务器从未声明支持的管道发送。修正对话；如果命令有效，则应由服务器管理员解释为何用未注册的代码应答。</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>客户端发送了服务器无法识别、或在会话的该阶段不允许的命令。</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>某个服务器实现按字面理解了注册表中的关联，以 430 和 X.5.1 应答，作为 500 或 503 的温和版本。</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>手动重放会话，记下哪条命令得到了 430。</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>将该命令与服务器在 EHLO 响应中列出的功能进行比较。</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>与任何 4xx 一样，客户端可以稍后重试一次，但无效的命令始终无效：如果同一命令再次得到 430，应修正它，而不是重试。</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>磁盘空间不足/内存不足</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 在任何 RFC 中都不是 SMTP 响应代码。代码列表称它表示接收服务器磁盘空间或内存不足；这种解读来自去掉了点号的增强状态码 4.3.1（邮件系统已满）。在实际通信中，这种情况以 452 的形式出现，通常是 &quot;452 4.3.1&quot;。</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>出现在代码表中，以及有人把 4.3.1 简写了的报告中。这种情况的真实示例：Postfix 在队列文件系统空间不足时以 &quot;452 4.3.1 Insufficient system storage&quot; 应答 MAIL FROM，Microsoft Exchange 的背压机制应答 &quot;452 4.3.1 Insufficient system resources&quot;。</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>发件人只需让队列自动重试。收件方管理员应释放队列或 spool 文件系统上的磁盘空间，检查内存和队列大小；在 Exchange 上还应查看背压事件，以及存放传输队列数据库的卷。</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>接收端 MTA 的队列或 spool 分区快满了，因此在空间恢复之前拒绝新邮件。</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Exchange 背压：传输服务检测到磁盘空间不足或内存占用过高，停止接受邮件。</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>日志、邮箱存储或卡住的队列占满了 MTA 写入的分区。</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>在接收服务器上，检查存放邮件队列的文件系统的剩余空间。</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>比较 Postfix 的剩余空间阈值与其大小限制；Postfix 要求剩余空间达到 message_size_limit 的 1.5 倍才接受邮件。</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>在日志中找到这次拒绝，确认真正的代码和文本。</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>按它实际对应的 452 处理：按退避策略稍后重试。管理员介入后，磁盘和内存不足通常在几分钟到几小时内就能解决。</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>需要进行密码过渡</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>服务器希望用户改用另一种认证机制，暂时无法完成所请求的机制。RFC 4954 将其定义为 &quot;432 4.7.12 A password transition is needed&quot;：用户通常只需在 TLS 上用 PLAIN 登录一次，服务器便能生成所选机制需要的凭据，此后该机制即可正常工作。</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>出现在提交端口上对 AUTH 的应答中，通常是在服务器更改了密码存储方式，或为某些账户启用了质询-响应机制（例如 CRAM-MD5 或 SCRAM），而这些账户存储的密码尚无法支持该机制之后。实际中很少见。一些代码列表把 432 描述为“Exchange 传入队列已停止”；那是对增强代码 4.3.2 的误读，与此响应无关。</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>用户（或代表用户的邮件客户端）通过加密连接用 AUTH PLAIN 认证一次，然后再换回首选机制。如果客户端做不到，服务器管理员可以重置密码（这会重新生成存储的凭据），或允许该账户在 TLS 上使用 PLAIN。</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>账户密码的存储形式无法用于所请求的机制（例如质询-响应机制），直到服务器见过一次明文密码为止。</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>管理员改用了新的密码方案，并在每个账户下次以明文登录时完成转换。</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>列出服务器在 STARTTLS 之后提供的机制。</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>在 TLS 上用 PLAIN 登录一次，然后在新会话中再次尝试原来的机制。</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>不要原样重试同一 AUTH 机制。先在 TLS 上用 PLAIN 登录一次，然后在下一个会话中使用原来的机制；在此期间邮件保留在客户端的发件箱中。</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>收件人服务器无响应</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 在任何 RFC 中都不是 SMTP 响应代码。将其描述为“收件人服务器无响应”的列表，其实是把增强状态码 4.4.1（主机无应答）去掉了点号。不作应答的服务器不可能发送响应，因此这始终是您自己的 MTA 针对失败的连接记录的状态。</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>当您的服务器无法连接到目标域的任何 MX 时，出现在延迟警告和队列列表中。Postfix 将其记录为 &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot;，带有 dsn=4.4.1，延迟警告中则带有 Status: 4.4.1。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>发件方管理员首先检查发送主机的出站 25 端口是否开放（许多云网络和家庭宽带会封锁它），以及目标域的 MX 主机能否解析并在监听。如果只有一个域失败，则必须由该域的管理员修复其 MX 记录、防火墙或宕机的服务器；修复后队列会将邮件投递出去。</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>出站 TCP 25 端口被发件方的托管服务商、ISP 或防火墙封锁。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>收件人域的 MX 主机宕机、过载，或用防火墙屏蔽了发送 IP。</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>MX 记录指向错误或过时的地址，或指向只能通过发件方未使用的地址族（IPv4 或 IPv6）访问的主机。</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>列出目标域的 MX 主机。</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>与第一个 MX 的 25 端口建立原始 TCP 连接，并等待 220 问候语。</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>查看队列为延迟的邮件记录了什么。</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>您的 MTA 会按退避策略自行重试，直到队列生存期结束才放弃（Postfix 默认为 5 天）。除非收到最终退信，否则无需手动重发。</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 在任何 RFC 中都不是 SMTP 响应代码。称其为“连接中断”的列表引用的是去掉了点号的增强状态码 4.4.2（连接不良）。它描述的是中途断开的会话，由您自己的 MTA 报告；当服务器确实对此有所表示时，真正的响应通常是 421 4.4.2 或 451 4.4.2。</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>会话中断后，出现在您自己的日志和延迟通知中：Postfix 报告 &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot;，带有 dsn=4.4.2；Gmail 告诉停滞的客户端 &quot;451 4.4.2 Timeout - closing connection&quot;；Postfix 的 smtpd 告诉慢速客户端 &quot;421 4.4.2 ... Error: timeout exceeded&quot;。</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>偶尔出现时无需处理：队列会重试。如果发往某个目标时反复出现，发件方管理员应排查会重置长会话的中间设备（防火墙、SMTP 检查、VPN 或负载均衡器）、大邮件引起的 MTU 问题，以及在结束句点之后内容过滤耗时过长的接收方。</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>服务器之间的防火墙或 SMTP 检查功能重置会话或使其停滞，往往发生在传输大邮件正文时。</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>路径 MTU 问题：简短的命令可以通过，但邮件正文的满尺寸数据包被丢弃。</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>数据结束后，接收服务器或其内容扫描程序的耗时超过了客户端的超时时间，或在会话中途崩溃。</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>任一方的链路不稳定，或 NAT 表超时。</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>找出会话在哪里中断：&quot;while sending message body&quot; 指向大小或 MTU 问题，&quot;while receiving the initial server greeting&quot; 指向过滤问题。</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>测量通往接收方的路径 MTU。</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>稍后重试。在结束句点的响应到达之前被切断的会话视为未投递，因此整封邮件会被重新发送，偶尔可能产生重复邮件。</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>超过最大跳数</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 在任何 RFC 中都不是 SMTP 响应代码。将其描述为“超过最大跳数”的列表引用的是去掉了点号的增强状态码 4.4.6（检测到路由环路）。这种情况是邮件环路：邮件经过了太多服务器（按其 Received: 头计数），以致某个 MTA 将其拦下；实际中它会作为永久性失败报告，即 5.4.6 或 554 5.4.6。</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>在邮件兜圈子之后出现在退信中：两台服务器都认为对方才是最终目标，转发指回了自身，或别名链形成了循环。Postfix 在邮件带有 hopcount_limit（默认 50）个 Received: 头时将其拦下，并以 DSN 5.4.6 报告 &quot;mail forwarding loop for user@example.com&quot; 之类的环路；Exchange Online 报告 &quot;Hop count exceeded - possible mail loop&quot;。</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>由发生环路的域的管理员（通常在收件人一方）阅读退信中的 Received: 头，找出重复出现的主机，然后修正根源：相互指向的 MX 或中继设置、在一台服务器上是本地域而在另一台上被中继的域，或把邮件发回同一地址的转发规则。</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>两台邮件服务器都配置为把该域中继给对方，例如迁移后新旧系统都在转发该域。</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>邮箱转发或别名直接或经由一条链指回了自身。</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>备用 MX 或智能主机把该域的邮件发回主服务器，而主服务器又把它送回来。</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>自动回复程序或邮件列表与另一个自动回复程序无休止地互相应答。</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>数一数被退回副本中的 Received: 头；有几十个即可确认存在环路。</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>查看 Received: 链中哪些主机重复出现。</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>检查 Postfix 服务器上的跳数上限。</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>检查 MX 记录与中继设置对于该域的最终服务器是否一致。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>不要原样重试：在配置修正之前，环路会一再出现。打破环路后再重新发送。</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>外发邮件超时</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 在任何 RFC 中都不是 SMTP 响应代码。称其为“外发邮件超时”的列表指的是去掉了点号的增强状态码 4.4.7（投递时间已过）：邮件在队列中停留的时间超过了允许值，MTA 发出警告或放弃投递。它是在延迟警告和退信中报告的队列状态，而不是远程服务器在会话中说的话。</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>当队列生存期耗尽时，出现在延迟通知和最终退信中；在 Exchange 未投递报告中表现为 &quot;550 4.4.7 QUEUE.Expired; message expired&quot;。根本原因是那几天里一直失败的问题：通常是接收方返回的 4xx，或根本无法连接。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>发件方管理员应阅读为该邮件记录的最后一个错误（在队列中或退信的诊断行中），因为那才是真正的原因（连接被拒绝、始终未通过灰名单、信誉封锁、MX 失效）。解决该问题后，再由发件人重新发送。延长队列生存期只会掩盖问题。</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>在整个队列生存期内，目标 MX 都无法访问（宕机、被防火墙屏蔽或 MX 记录错误）。</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>接收方一直以暂时性错误应答（速率限制、灰名单、信誉原因的延迟），直到发件方放弃。</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>发送端的路由或 DNS 问题使每次尝试都无法离开队列。</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>发送服务器上设置了较短的队列生存期或邮件过期时间。</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>阅读仍在队列中、发往该域的邮件最后一次的延迟原因。</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>检查 Postfix 在退信之前会持续尝试多久。</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>在 Exim 上，显示应用于该目标的重试规则。</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>这份副本已无可重试：发送端 MTA 已经放弃。待最后记录的错误所指出的原因解决后，再手动重新发送。</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>路由错误</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 在任何 RFC 中都不是 SMTP 响应代码。代码列表将其描述为路由错误，并把它与 Microsoft Exchange 联系在一起——据说 Exchange 曾对某些内部路由故障使用未注册的增强代码 4.4.9；这种情况对应的已注册代码是 X.4.4（无法路由）。在会话中没有任何软件会以 449 作为响应发送。</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>据这些列表所说，它出现在旧版 Exchange Server（2000/2003 时代）的队列和未投递报告中，情形是邮件无法路由，例如连接器的地址空间不匹配，或收件人属于已被删除的路由组；如今多见于被照搬的代码表。</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>由发送方组织的管理员检查自己的路由：连接器或智能主机、接受的域，以及目标域的 DNS 解析。然后向同一个域发送一封测试邮件，阅读真正的响应或 DSN 状态；在现今的系统上，对应的代码通常是 4.4.4 或 5.4.4，或以 4.4.3 报告的 DNS 故障。</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>发送连接器或智能主机设置没有覆盖收件人的域，因此服务器没有通往它的路由。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>在发送服务器上无法解析收件人的域（没有 MX，也没有地址记录，或本地解析器出错）。</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>迁移后遗留的路由配置（已删除的路由组、过时的连接器）。</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>检查目标域是否有可用的 MX。</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>在邮件服务器本机上，用它实际使用的解析器测试名称解析。</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>查看 Postfix 会如何路由外发邮件（中继主机和传输映射表）。</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA 将其视为暂时性问题并持续重试，但路由缺失不会自行修复：先修正路由或 DNS，再刷新队列。</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>请求的邮件操作未执行：邮箱不可用</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>灰名单</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>软退信</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>服务器暂时没有处理该收件人或命令，但预计之后可能会成功；RFC 5321 以邮箱繁忙和暂时的策略封锁为例。如今最常见的原因远远是灰名单，其次是暂时性的策略检查（反向 DNS 或发件人域无法解析、地址验证正在进行）以及针对单个收件人的速率限制。</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>多出现在 RCPT TO 阶段，有时在 MAIL FROM 阶段。在 Postfix 中，postgrey 灰名单表现为 &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;；其他灰名单工具使用 450 4.7.1 或 451 4.7.1。Postfix 还会发送 &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot;（旧版本中为 4.7.1）、&quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; 和 &quot;450 4.1.1 ... unverified address&quot;。当某个收件人在短时间内收到太多邮件时，Gmail 使用 450 4.2.1。在 ODMR（RFC 2645）中，450 也用于应答被拒绝的 ATRN。</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>对于灰名单，只要发送端 MTA 保留邮件并从同一地址重试，谁都无需处理：灰名单延迟（postgrey 默认为 5 分钟）之后的第一次重试就会被接受。如果应用程序发出的邮件丢失，发件方管理员应让它通过真正带队列的 MTA 提交，而不是直接与收件人的 MX 对话。对于策略类情况，由发件方管理员修正响应文本所指出的问题：能解析回该 IP 的 PTR 记录、可以解析的发件人域，或降低发往繁忙收件人的速率。收件方管理员可以将那些从许多不同地址重试的大型发件方加入白名单。</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>灰名单：这是该客户端 IP、发件人和收件人三元组的首次联系，被延迟到灰名单延迟之后的重试。</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>客户端 IP 没有 PTR 记录，或 PTR 名称无法解析回该 IP，服务器选择延迟而不是拒绝。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>发件人的域在当时无法解析（DNS 超时或缺少记录），因此服务器无法对其进行验证。</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>收件人地址验证（向下一跳发出的探测）尚未完成，或下一跳无法访问。</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>某个收件人接收邮件的速度过快，服务商对该邮箱进行了速率限制。</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>投递端的邮箱被锁定或正忙。</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>发件方每次都从不同的 IP 重试，或每次尝试都使用新的信封发件人，因此永远无法匹配它自己的灰名单条目。</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>阅读完整的延迟原因文本：&quot;Greylisted&quot;、&quot;cannot find your hostname&quot; 和 &quot;Domain not found&quot; 分别对应不同的解决方法。</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>检查发送 IP 的 PTR 记录，以及其名称是否映射回同一地址。</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>在接收方查看灰名单对哪些发件人的邮件作了延迟。</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>检查信封发件人的域能否解析。</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>按退避策略稍后重试，尽可能使用同一 IP 和同一信封发件人，并在退信之前持续尝试数天；永远不要把 450 当作永久性错误。RFC 5321 建议重试间隔至少为 30 分钟；大多数 MTA 重试得更快，这足以通过通常只有几分钟的灰名单延迟。</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail 正在对某个接收邮件过多的收件人邮箱进行速率限制，而不是针对发送服务器；之后的尝试通常会成功。</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>请求的操作已中止：处理时发生本地错误</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>灰名单</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>软退信</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>服务器在自身一侧遇到问题，中止了该命令；客户端可以稍后再试。实际中，451 涵盖本地故障（配置错误、查询失败、内容过滤器或 milter 停止运行、无法写入队列），也非常常见于在 RCPT TO 阶段或邮件数据之后发出的灰名单和暂时性反垃圾邮件延迟。</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>出现在 RCPT TO 阶段或 DATA 的结束句点之后。常见的行：&quot;451 4.7.1 Greylisting in action ...&quot;（milter-greylist 等灰名单工具）、&quot;451 4.3.5 Server configuration error&quot;（Postfix 的查询表或限制规则损坏）、&quot;451 4.7.1 Service unavailable - try again later&quot;（Postfix 无法连接 milter 且设置为暂时失败处理时）、Exim 的 &quot;Temporary local problem - please try later&quot;，以及 Microsoft 的 451 4.7.5xx 和 4.7.6xx 限流响应。</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>发件方的 MTA 会自行重试；除非延迟一直持续，否则无需任何人处理。如果持续，则分头处理：灰名单和信誉限流只需从稳定的 IP、以正确的 PTR、SPF 和 DKIM 正常重试即可通过（由发件方管理员负责）；配置错误、停止运行的 milter、满了的磁盘和失败的目录查询则归收件方管理员处理，其日志中同一会话的记录会指出出错的组件。</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>灰名单或其他反垃圾邮件工具延迟接收未知的发件人，往往在邮件数据之后进行，以便对内容打分。</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>服务器需要的查询表、数据库或目录查询失败（映射文件缺失、无法连接 LDAP 或 Active Directory 服务器）。</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>内容过滤器、防病毒守护进程或 milter 停止运行或超时，而服务器被设置为延迟，而不是接受未经扫描的邮件。</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>服务器无法把邮件写入其队列（磁盘已满、权限错误、cleanup 进程失败）。</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>无法完成对发件人域的发件人验证回调。</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>服务商根据发送 IP 的信誉或发送量进行限流。</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>阅读延迟的增强代码：4.7.x 指向策略，4.3.x 指向接收方自身的系统。</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，找到同一会话记录的警告（表查询失败、milter 错误）。</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>在接收端的 Exim 服务器上，查看 panic 日志中的本地问题。</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>检查发件人域的 SPF 记录是否涵盖发送 IP，以便信誉原因的延迟得以解除。</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>按退避策略稍后重试，并让邮件在队列中保留数天。结束句点之后的 451 适用于整个事务，因此需要重新发送完整的邮件，而不只是针对部分收件人。</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Gmail 的通用暂时拒绝；它不给出具体原因，通常在之后的尝试中自行解除。</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com 因发送 IP 的信誉而对其限流；4.7.650 是 Microsoft 私有的增强代码，并非来自 IANA 注册表。</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>请求的操作未执行：系统存储空间不足</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>由于达到了资源上限，服务器现在无法接收。RFC 5321 提到的是存储空间，同时它也规定，当服务器在一个事务中无法容纳更多收件人时，452 是正确的应答（&quot;too many recipients&quot;，452 4.5.3）；邮箱已满（452 4.2.2）和服务器队列已满（452 4.3.1）也使用它。这些都是暂时性的：同一封邮件稍后或拆分成更小的批次发送即可成功。</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>收件人过多：在 RCPT TO 阶段达到每封邮件的上限时出现，例如超过 smtpd_recipient_limit（默认 1000）后 Postfix 的 &quot;452 4.5.3 Error: too many recipients&quot;，或 Gmail 的 452 4.5.3。存储空间：在 MAIL FROM 阶段，当 Postfix 的队列文件系统空间不足时（&quot;452 4.3.1 Insufficient system storage&quot;）、当 SIZE 参数超过当前可用空间时（RFC 1870），或来自 Exchange 背压（&quot;452 4.3.1 Insufficient system resources&quot;）。邮箱超出配额：在 RCPT TO 阶段，如 Gmail 的 452 4.2.2。</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>先看增强代码。对于 4.5.3，只有发送软件放弃时才会出错：它必须向已接受的收件人投递，并在另一个事务中发送其余部分；群发工具应减少每封邮件的收件人数，而上限低于 100 的收件方管理员违反了 RFC 5321。对于 4.2.2，需要收件人清理邮箱。对于 4.3.1，由收件方管理员释放磁盘空间或处理背压，发件方只需等待。</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>一个事务中的 RCPT TO 命令数超过了服务器每封邮件的收件人上限。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>收件人的邮箱超出配额。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>接收服务器的队列或 spool 磁盘快满了，或 Exchange 背压已启动。</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>MAIL FROM 中声明的 SIZE 大于服务器当前的可用空间。</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>服务商的策略限制了某个域每个事务的收件人数（Gmail：&quot;Domain policy size per transaction exceeded&quot;）。</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>查看延迟通知或退信中随 452 一起出现的增强代码。</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，检查每封邮件的收件人上限。</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>在接收服务器上，检查 spool 所在位置的剩余空间。</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>发送一封有多个收件人的测试邮件，看看上限从哪里开始。</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>对于收件人过多，现在就向已接受的收件人发送邮件，并把被拒绝的收件人放入新的事务（RFC 5321 4.5.3.1.10）；绝不要丢弃这些收件人或为其退信。对于存储空间或配额，按退避策略稍后重试。RFC 5321 还要求客户端把旧式的、因收件人过多而返回的 552 视为暂时性错误。</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail 在本事务中只接受了部分收件人列表；其余收件人必须在另一个事务或另一封邮件中发送。</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>该 Gmail 收件人的存储空间已满；收件人释放空间或购买更多空间后，投递即可恢复。</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online 要求将托管在不同数据中心区域的收件人放在单独的事务中发送；发送端 MTA 应单独重试被拒绝的收件人。</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>您没有邮件</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>属于按需邮件中继（ODMR，RFC 2645）：当服务器没有为客户端所请求的域保存任何队列邮件时，对 ATRN 的应答。它是提示性的而非错误：没有需要投递的邮件，因此双方角色不会互换。</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>只出现在 ODMR 服务器（端口 366）上，在使用动态 IP 地址的客户端完成认证并为其域发送 ATRN 之后。ODMR 如今很少见，一些代码表列出了 453，却没有说明它只出现在这一场景中。</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>如果队列确实为空，则无需修正。如果本应有邮件，客户端一方的管理员应检查 ATRN 是否指定了正确的域，以及该域的 MX 记录是否确实把邮件路由到 ODMR 服务商。</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>目前没有发往所请求域的邮件在等待。</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>客户端请求的域名与 ODMR 服务器在队列中使用的名称不符（拼写错误，或用子域代替了父域）。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>该域的 MX 记录没有指向 ODMR 服务商，因此其邮件从未进入该队列。</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>检查该域的 MX 记录是否指向 ODMR 服务商的服务器。</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>手动运行 ODMR 会话：EHLO、AUTH，然后带上域名发送 ATRN，并阅读响应。</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>现在无需重试；像 ODMR 客户端通常做的那样，在下一个计划的时间间隔再次轮询。</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>因暂时原因无法使用 TLS/暂时性认证失败</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>STARTTLS失败</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>有两个扩展 RFC 定义了 454，都用于安全步骤的暂时性失败。RFC 3207 在暂时无法执行 STARTTLS 时使用它；RFC 4954 在服务器当前无法检查凭据时（例如其密码后端停止运行）使用 &quot;454 4.7.0 Temporary authentication failure&quot;。当中继尝试被延迟而非拒绝时，它也会与 4.7.1 一起出现。</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>在 STARTTLS 之后：Postfix 在无法加载证书或密钥时应答 &quot;454 4.7.0 TLS not available due to local problem&quot;，并在日志中记录原因。在 AUTH 之后：当 Dovecot、saslauthd、LDAP 或 Active Directory 无应答时，Postfix、Exchange 等会发送 &quot;454 4.7.0 Temporary authentication failure&quot;，Gmail 则发送其自有文本的 454 4.7.0。在 RCPT TO 阶段：启用了 soft_bounce 的 Postfix 服务器发出 &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot;。</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>对于 STARTTLS，由接收服务器的管理员修复 TLS 配置（证书和密钥路径、权限、与证书匹配的密钥、有效期）并重新加载；不强制要求 TLS 的客户端可以继续以明文发送，因为 RFC 3207 将此决定交给客户端。对于 AUTH，由服务器管理员恢复认证后端；用户不应因为 454 而修改密码。对于中继被拒绝，客户端必须先认证，才能发往外部域。</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>服务器无法读取或加载其 TLS 证书或私钥（路径错误、权限问题、密钥与证书不匹配）。</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>认证后端（Dovecot auth 套接字、saslauthd、LDAP、Active Directory、数据库）停止运行、响应缓慢或无法访问。</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>该账户的并行登录过多或近期失败尝试过多，服务商在一段时间内延迟后续的 AUTH。</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>未认证的客户端试图中继到外部域，而该服务器对这类尝试采取延迟而非拒绝。</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>在 STARTTLS 之后、TLS 握手之前就以管道方式发送了命令（Gmail 应答 454 4.5.0）。</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>在服务器上测试 STARTTLS，查看响应和证书。</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>在 Postfix 服务器上，找出 TLS 被关闭的原因。</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>检查 Dovecot 认证后端能否对测试账户作出应答。</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>端到端测试一次经过认证的提交。</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>按退避策略稍后重试。要求 TLS 或认证的客户端不得悄悄降级；如果策略允许，机会性 TLS 的 MTA 可以不使用 TLS 投递。绝不要因为 454 就提示用户输入新密码。</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail 暂时无法完成登录，通常是因为该账户有大量并行连接或失败尝试；密码不一定有误。</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>客户端在 STARTTLS 的同时发送了后续命令；客户端软件必须等待 220 响应，并在完成 TLS 握手后再重新发送 EHLO。</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>服务器无法满足参数要求</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>服务器识别了 MAIL FROM 或 RCPT TO 附带的参数，但当前无法满足。RFC 5321 4.1.1.11 将它与 555 区分开：555 表示参数根本无法识别或未实现，而 455 是暂时性的情况，除非该参数所属的扩展另行规定了代码。</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>很少见。当已声明的扩展参数（例如 DSN、SIZE、优先级或 SMTPUTF8 选项）所依赖的某项功能暂时不可用时，它会出现在 MAIL FROM 或 RCPT TO 阶段。大多数服务器对这类情况改用 451 或 452 应答，因此见到 455 时值得记下来。</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>发件方的 MTA 会像对待任何 4xx 一样重试。如果问题持续，客户端软件可以不带服务器处理困难的那个可选参数发送，服务器管理员则应检查该扩展背后的组件。</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>该参数所依赖的服务（DSN 生成、优先级队列、大小统计）在服务器上暂时不可用。</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>服务器在 EHLO 响应中声明了某个扩展，但其背后的功能当前已禁用或过载。</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>将客户端发送的参数与服务器声明的扩展进行比较。</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>在发送日志中找到得到 455 的 MAIL FROM 或 RCPT TO 行。</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>按退避策略稍后原样重试。如果一直失败，在该可选参数并非必需的情况下，可以不带它重试。</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>因邮件未通过 SPF 和 DKIM，请立即通过 IPv4 重试</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>曾被提议但从未标准化：2013—2014 年一份已过期的互联网草案（draft-martin-smtp-ipv6-to-ipv4-fallback）建议，当接收方因通过 IPv6 到达的邮件未通过 SPF 和 DKIM 而拒绝它时，应答 456，让发件方立即通过 IPv4 重试。没有任何 RFC 定义它，主流 MTA 也没有实现这种特殊重试；对它们来说，这只是一个普通的 4xx。</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>几乎从不出现。这个想法源于一些接收方对 IPv6 发件方的要求比对 IPv4 发件方更严格（要求认证和 PTR）。发件方实际遇到的是对未经认证的 IPv6 邮件的永久拒绝，例如 Gmail 的 550 响应会指向其 IPv6 发件指南或缺失的 PTR 记录。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>发件方管理员应让 IPv6 邮件与 IPv4 邮件一样值得信任：为 IPv6 地址配置可反向解析回来的 PTR 记录，在 SPF 中用 ip6: 条目涵盖它，并进行 DKIM 签名。在此之前，将 MTA 配置为出站 SMTP 优先或仅使用 IPv4（Postfix：smtp_address_preference 或 inet_protocols；Exim：disable_ipv6 或 dns_ipv4_lookup）。</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>发件人域的 SPF 记录没有涵盖发送主机的 IPv6 地址。</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>邮件没有 DKIM 签名，或签名失效，因此没有其他手段能为这次 IPv6 投递提供认证。</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>该 IPv6 地址没有反向 DNS，或其 PTR 名称无法解析回该地址。</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>检查目标 MX 是否有您的 MTA 可能正在使用的 IPv6 地址。</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>检查您的发送 IPv6 地址的 PTR 记录。</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>检查 SPF 是否涵盖该 IPv6 地址（ip6: 条目，或包含它的 include）。</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>仅通过 IPv4 发送一次测试，以对比结果。</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>了解该草案的 MTA 会立即通过 IPv4 重试；实际的 MTA 会像对待任何 4xx 一样延迟它，下一次尝试时可能仍然走 IPv6。修复 IPv6 认证，或让出站优先使用 IPv4，才是可靠的做法。</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>无法为节点 &lt;x&gt; 将邮件加入队列</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>对 ETRN（RFC 1985）的应答：服务器理解了要求开始投递它为某个域或节点保存的邮件的请求，但现在无法启动这次队列处理。使用间歇连接的站点会通过 ETRN 请求其服务商或备用 MX 推送等待中的邮件。</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>只出现在 ETRN 命令之后，该命令通常由 ETRN 模式下的 fetchmail、链路接通时的小型办公室邮件服务器发送，或手动发送。当其 flush 服务报告故障时，Postfix 应答 &quot;458 Unable to queue messages&quot;；Postfix postscreen 对它见到的每个 ETRN 都给出这一应答。</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>由保存队列的中继的管理员检查其刷新机制（在 Postfix 中是 flush 服务和 fast_flush_domains 设置），以及队列能否读取。在修复之前，被保存的邮件仍会按中继的正常重试计划发出。</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>中继的队列刷新服务出错或未运行。</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>客户端连到的是不会转交 ETRN 的前端，例如 Postfix postscreen。</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>中继在为所请求的域扫描队列时出错。</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>在中继上查看 Postfix 接受哪些域的 ETRN。</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>在中继上本地启动该域的投递，这正是 ETRN 所请求的操作。</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>在中继的日志中查找 ETRN 警告。</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>在下一次连接或轮询时再次发送 ETRN；在此期间中继会保留邮件，并按自己的重试计划投递。</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>节点 &lt;x&gt; 不被允许：&lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>对 ETRN（RFC 1985）的应答：服务器拒绝为指定的节点或域启动队列处理，并给出原因。请求已被理解；服务器不为该名称提供此服务，或不向该客户端提供。</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>出现在 ETRN 之后，原因是该域不在中继为其排队的域之列，或其策略不允许该客户端触发队列处理。当该域不符合快速刷新服务的条件时（fast_flush_domains，默认为 relay_domains 列表），Postfix 应答 &quot;459 &lt;example.com&gt;: service unavailable&quot;；其 smtpd_etrn_restrictions 也可能拒绝该请求。</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>客户端一方的管理员应检查 ETRN 指定的域是否与中继为其保存邮件的域完全一致。如果本应提供这项服务，则由中继的管理员将该域加入可使用 ETRN 的列表（Postfix：fast_flush_domains），并在其 ETRN 限制中允许该客户端。</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>所请求的域不在中继可使用 ETRN 的域列表中。</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>中继的策略拒绝来自该客户端地址的 ETRN，或拒绝认证之前的 ETRN。</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>客户端发送的名称与中继在队列中使用的名称不同（用主机名代替了域名，或者相反）。</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>在中继上检查哪些域可以执行刷新。</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>在中继上检查 ETRN 限制。</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>手动发送 EHLO，再发送 ETRN，并阅读原因文本。</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>不要原样重复同一个 ETRN；它会再次被拒绝。先更正域名或让中继完成配置。已在队列中的邮件不会丢失：它们会等待中继的正常重试。</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>邮件服务器错误，通常来自本地反垃圾邮件过滤器</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 在任何 RFC 中都不是 SMTP 响应代码。代码列表将其描述为邮件服务器错误，通常来自本地反垃圾邮件过滤器；这个数字就是去掉了点号的增强状态码 4.7.1（投递未获授权的暂时性形式），正如 571 是去掉了点号的 5.7.1。在实际通信中，这种情况以 450 4.7.1 或 451 4.7.1 的形式出现。</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>出现在代码表中，以及 4.7.1 丢了点号的用户报告中。其背后真正的响应是暂时性的策略拒绝：灰名单、旧版 Postfix 的 &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot;（当前版本在此发送 4.7.25），或发件方自己的外发过滤器或网关延迟了邮件。</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>在采取任何行动之前，先在日志或退信中找到真正的响应。如果是灰名单，让队列自动重试。如果是反向 DNS 或信誉检查，由发件方管理员修正 PTR、SPF 和 DKIM。如果是您自己的外发反垃圾邮件网关延迟了邮件，由您的管理员检查该网关的日志和发送限制。</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>接收方的暂时性反垃圾邮件或策略检查（灰名单、信誉、速率控制）以 4.7.1 延迟了该邮件。</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>发送 IP 缺少匹配的 PTR 记录，接收方在能够验证客户端之前一直延迟。</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>发件方自己的出站过滤器或网关扣留了该邮件，例如怀疑它是垃圾邮件，或超出了发送限制。</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>在邮件日志中搜索携带 4.7.1 的真正响应。</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>验证发送 IP 的 PTR 名称能否解析回同一个 IP。</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>查看延迟队列，判断是您自己的网关还是接收方延迟了该邮件。</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>无论真正的响应是什么，4.7.1 类的延迟都是暂时性的：按退避策略稍后重试。如果同样的拒绝持续超过一天，应将其视为封锁并解决根源，而不是等待队列过期。</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>语法错误，无法识别命令</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>服务器无法理解收到的行：命令动词未知，或该行内容混乱。RFC 5321 也允许对过长的命令行使用 500，RFC 4954 则在 AUTH 响应超出服务器缓冲区时使用 500 5.5.6。只有该命令失败；会话通常保持打开。</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>由运行客户端的一方修复（发件方管理员或应用程序开发者）：更正命令，使用正确的端口和 TLS 模式，当 EHLO 得到 500 时退回 HELO，并将命令行控制在 512 个八位组以内。如果防火墙改写了 SMTP 流量，由该侧的网络管理员关闭或放宽其 SMTP/ESMTP 检查。除非接收服务器确实应当支持该命令，否则它无需任何改动。</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>命令拼写错误，或根本不是 SMTP 命令，在手动输入的 telnet 或 nc 会话中很常见。</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>客户端在该端口上使用了错误的协议：向明文 SMTP 端口发送 TLS ClientHello，或配置错误的监控程序或代理发来 HTTP 请求。</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>非常老旧或极简的服务器不认识 EHLO，期望客户端退回到 HELO。</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>带 SMTP 检查功能的防火墙（典型例子是 Cisco ASA 的 ESMTP 检查）把它不允许的命令替换成一串 X 字符，服务器随后便无法识别。</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>命令行超出了服务器可接受的长度（RFC 5321 只保证包括 CRLF 在内的 512 个八位组），或 AUTH 响应超出了服务器的 SASL 缓冲区。</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>手动重放对话，阅读对每一行的响应；EHLO 之后立即出现 500，说明服务器只支持 HELO。</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>如果该端口要求从第一个字节起就使用 TLS（465），请按这种方式测试，而不要向它发送明文。</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>查看横幅和 EHLO 响应中是否有星号或 X 字符，这表明路径上有防火墙的 SMTP 检查。</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>在 Postfix 客户端上，在日志中找到被拒绝的命令；Postfix 会记录远端响应及其所应答的命令。</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>不要原样再次发送同一行。会话通常仍可使用：EHLO 得到 500 后改发 HELO；其他命令得到 500 后更正命令，或发送 QUIT，在下次尝试之前修复客户端。</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>参数语法错误</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>服务器认识该命令，但拒绝其参数：格式错误的信封地址、无效的 HELO/EHLO 名称、格式不正确的 ESMTP 参数，或不是有效 base64 的 AUTH 数据。该命令以这种形式被拒绝，服务器保持原有状态，因此可以在同一会话中接着发送更正后的命令。</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>多出现在 EHLO、MAIL FROM 或 RCPT TO 阶段，有时出现在 AUTH 过程中。Postfix 发送 501 5.1.7 Bad sender address syntax（发件人地址语法错误）或 501 5.1.3 Bad recipient address syntax（收件人地址语法错误）；Exim 发送 501 Syntactically invalid HELO argument(s)。当客户端以单个星号取消 AUTH 或发送无法解码的 base64 时，遵循 RFC 4954 的服务器应答 501；RFC 3207 规定，对带有任何参数的 STARTTLS 应答 501。</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>由发送方修复。发件人更正打错或格式错误的地址；发件方管理员为 MTA 配置正确的完全限定 HELO 名称，并检查任何自行构造信封命令或 AUTH 字符串的脚本或应用程序。如果地址来自网页表单或数据库，应在其到达 SMTP 之前进行校验。</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>信封地址语法有误：缺少尖括号、含有空格、末尾有句点、特殊字符未加引号，或一条命令中有两个地址。</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>HELO/EHLO 参数为空或格式错误，例如没有方括号的裸 IP 地址，或包含下划线的主机名。</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>AUTH 数据不是有效的 base64，通常来自手动拼装 PLAIN 字符串的脚本。</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>客户端以单个星号取消了认证交互，RFC 4954 规定对此应答 501。</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>ESMTP 参数的值无效，例如非数字的 SIZE=，或格式错误的 NOTIFY= 或 ORCPT=。</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>用 swaks 发送同样的信封，记下哪条命令引发了 501。</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>检查您的 Postfix MTA 在 HELO/EHLO 中声明的名称；它应当是完全限定的主机名，或带方括号的地址字面量。</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>解码客户端发送的 AUTH PLAIN 字符串，确认其内容依次为授权 ID、NUL、用户名、NUL、密码。</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>在发送服务器的日志中找到被拒绝的行，查看实际发送的参数。</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>不要原样重试该命令或邮件：同样的参数会再次被拒绝。更正地址、HELO 名称、参数或 AUTH 数据；在同一会话中，客户端可以立即发送更正后的命令。</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Gmail 的入站服务器在交换任何邮件之前，就会拒绝参数为空、或既不是有效主机名也不是地址字面量的 HELO 或 EHLO。</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>命令未实现</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>需要修复的是客户端：它只应使用服务器在 EHLO 响应中声明的命令，在 EHLO 被拒绝时退回 HELO，并且不再依赖 VRFY 或 EXPN 检查地址。只有当该命令本应提供时，接收方管理员才需要处理，例如为邮件在此处队列中等待的客户启用 ETRN。</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>出于防止地址收集的策略，VRFY 或 EXPN 被禁用。</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>客户端使用了服务器在 EHLO 之后从未声明的扩展，例如 ETRN、TURN、不支持 CHUNKING 时的 BDAT，或在不提供认证的服务器上使用 AUTH。</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>只支持 HELO 的服务器拒绝了 EHLO，而客户端没有退回 HELO。</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>列出服务器在 EHLO 之后实际声明的内容，并与失败的命令进行比较。</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>在您自己的 Postfix 服务器上，检查 VRFY 是否已被关闭。</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>检查客户端配置中是否有无视 EHLO 响应而强制启用的功能，例如定时 ETRN 或在 25 端口上使用 AUTH。</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>不要在本会话或之后的会话中重复该命令；它会一直失败。不用它继续（用 HELO 代替 EHLO，不使用 VRFY），或更换客户端。</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>对于完全不认识的命令，Gmail 返回 502 而不是 500，因此 Gmail 返回的 502 通常意味着拼写错误或非 SMTP 客户端，而不是某项功能被禁用。</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>命令顺序错误</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>命令有效，但出现在会话中错误的位置：MAIL 之前发送 RCPT、还没有被接受的 RCPT 就发送 DATA、HELO/EHLO 之前发送 MAIL、在事务中发送第二个 MAIL，或登录成功后再次发送 AUTH。服务器拒绝该命令，并保持当前状态。</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>最常出现在 RCPT TO 或 DATA 阶段。在退信中，它常常掩盖真正的问题：使用管道的客户端在所有 RCPT 都被拒绝的情况下仍发送了 DATA，于是日志记录的最后一条响应是 503（Postfix：503 5.5.1 Error: need RCPT command；Exim 会在其 503 中引用先前的 RCPT 错误）。在不提供认证的地方发送 AUTH，也会得到它（Postfix：503 5.5.1 Error: authentication not enabled）。</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>先看 503 之前的那条响应。如果收件人被拒绝，解决其原因（地址、中继权限、策略），503 就会自行消失。如果顺序确实有误，就必须修正客户端软件或脚本：先发 EHLO，STARTTLS 之后再发一次 EHLO，AUTH 只发一次且只在服务器声明支持时发送，然后依次发送 MAIL、RCPT 和 DATA。</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>所有 RCPT TO 都被拒绝（用户未知、中继被拒），而使用管道的客户端仍然发送了 DATA，于是 503 掩盖了先前的 5xx。</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>客户端在 STARTTLS 之后没有再次发送 EHLO，而 STARTTLS 会把会话重置为初始状态。</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH 被发送到未启用认证的端口或服务器，或在已经成功后又发送了一次。</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>自制的客户端或脚本在 MAIL 之前发送 RCPT，或不经 RSET 就开始第二个 MAIL。</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>阅读完整的会话记录或退信，而不只是最后一行；找出 503 之前对 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>在 STARTTLS 上逐步运行同一事务，观察服务器在哪一步提出异议。</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>如果 503 是对 AUTH 的应答，请检查该 Postfix 监听端口究竟是否启用了认证；通常只有提交端口才启用。</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>重放同样的顺序会得到同样的 503。先修复客户端或解决先前的拒绝；在本会话中，客户端仍可发送正确的命令，或发送 RSET 后重新开始事务。</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail 拒绝在任何问候语命令（HELO/EHLO）之前发送的 MAIL、AUTH 或 STARTTLS，例如连接后立即发出 STARTTLS 的客户端。</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>命令参数未实现</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>该命令已知，但服务器不支持随其给出的参数值。实际中，它用于应答服务器不提供的 AUTH 机制（RFC 4954 在此将其与 5.5.4 搭配），Postfix 还用它拒绝非完全限定的 HELO 名称和信封地址。</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>对于 AUTH，由用户或客户端管理员选择服务器声明的机制（通常选择 TLS 上的 PLAIN 或 LOGIN），并确保先执行 STARTTLS。对于 HELO 或地址被拒绝，由发送方管理员设置完全限定的 HELO 名称（Postfix 中为 myhostname），并让应用程序使用 user@example.com 这样的完整地址。只有当某项限制对已知合作方过于严格时，接收方管理员才需要放宽它。</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>客户端强制使用服务器 EHLO 响应中没有的 AUTH 机制，例如对只提供 PLAIN 和 LOGIN 的服务器使用 CRAM-MD5 或 NTLM。</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>在 STARTTLS 之前就发送了 AUTH，而服务器只允许通过 TLS 认证，并以 504 而非 538 报告。</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>发送端 MTA 声明了简短的非限定 HELO 名称（例如 mailhost），而接收方使用了 reject_non_fqdn_helo_hostname。</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>信封发件人或收件人缺少完全限定的域（形如 user@localhost），而接收方要求完全限定。</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>服务商已不再接受已淘汰的机制，例如 Google 旧的 XOAUTH。</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>打开一个 STARTTLS 会话，输入 EHLO test.example.com，阅读 250-AUTH 行，查看提供了哪些机制。</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>检查您的 Postfix 服务器发送的 HELO 名称；它必须是完全限定的名称。</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>确认该名称能在 DNS 中解析。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，查看启用了哪些非 FQDN 限制，以及它们使用哪个代码。</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>不要用同样的机制、HELO 名称或地址重试；这种拒绝是永久性的。AUTH 失败后，客户端可以按照 RFC 4954 的允许，在同一会话中尝试服务器声明的另一种机制。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>当客户端请求 Gmail 不提供的 SASL 机制时，Gmail 的提交服务会作此应答；问题在于机制名称，而不在于密码。</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>电子邮件地址错误</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>没有任何 RFC 将 510 定义为 SMTP 响应代码。“SMTP 错误”列表称之为电子邮件地址错误，实际上这个数字几乎总是去掉了点号的增强状态码 5.1.0（其他地址状态，RFC 3463）。真正的响应很可能是 550 5.1.0 或 553 5.1.0：服务器没有进一步细分的地址问题。</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>出现在简化过的退信摘要中：ESP 仪表板、工单系统、网页邮箱通知和论坛帖子会把 &quot;550 5.1.0 Sender denied&quot; 这样的行写成“错误 510”。例如，Exchange Online 对被拒绝的发件人和无法解析的收件人都使用 5.1.0。实际通信中真正的 510 很少见，只来自不合规范的软件。</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>发件人（或阅读退信的人）首先要从退信或邮件日志中获取完整的响应行，因为 5.1.0 并未说明被拒绝的是发件人地址还是收件人地址。检查两个地址是否有拼写错误或多余的字符。如果响应来自 Exchange Online 且指向发件人，请让发件人写一封新邮件，而不是回复已保存的或脱机的副本。如果响应行说的完全是另一回事，请查找它真正的三位数代码。</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>退信摘要或仪表板打印出了去掉点号的增强代码 5.1.0。</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>接收服务器拒绝了某个地址，但只报告了通用的地址子类代码（5.1.0），而没有给出 5.1.1 或 5.1.7。</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online 应答了 5.1.0 Sender denied（发件人被拒绝），通常是因为有人回复了一封保存为文件并脱机打开的邮件。</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>无法查找内部的旧式 Exchange 地址（legacyExchangeDN），因此 Exchange 无法解析该收件人。</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>在您自己的邮件日志中找到失败地址的完整响应行；真正的基本代码是前三位数字，其后是增强代码。</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>在退信中，阅读投递状态部分的 Status: 和 Diagnostic-Code: 字段，而不是顶部的友好摘要。</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>检查信封发件人的域和收件人的域是否都在 DNS 中存在。</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>发送端 MTA 如果真的收到字面意义上的 510，必须根据其第一位数字判断（RFC 5321 4.2）：这是永久性失败，因此应退信，而不是放入队列。地址更正之后再重新发送。</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>电子邮件地址错误</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>收件人无效</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>地址不存在</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 在任何 RFC 中都不是 SMTP 响应代码。当有人报告“错误 511，电子邮件地址错误”时，他们几乎总是指增强代码 5.1.1（目标邮箱地址错误）：收件人的服务器表示该邮箱不存在。在实际通信中，它以 550 5.1.1 的形式出现（偶尔是带 5.1.1 的 553 或 554）。</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>出现在退信统计、CRM 和邮件营销工具，以及复制粘贴的错误列表中，这些地方把 &quot;550 5.1.1 ... User unknown&quot; 简写成 511。底层的响应是对 RCPT TO 的应答；如果接收服务器在接受邮件之后才检查收件人，则会稍后以退信的形式出现。</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>发件人逐个字母检查收件人地址（字母颠倒、漏了点、国家域名写错、前员工的地址），并通过电话或其他渠道向收件人确认。列表所有者在确认出现 5.1.1 后应删除该地址，而不是重试。如果接收服务器由您运行而该用户确实存在，请检查服务器在 RCPT 阶段查询的别名、虚拟地址和目录。</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>地址本地部分（@ 之前的部分）有拼写错误。</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>账户已被删除或重命名，例如员工离职后，或公司更改了地址格式。</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>从通讯录或自动补全缓存中选取的旧地址，已与目录不再相符。</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>在接收方，某个用户存在于邮箱存储中，却不在 SMTP 服务器检查的别名表或收件人表中。</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>不发送邮件就测试该收件人：对 RCPT TO 的响应会显示服务器是否认识该邮箱（许多大型服务商不会透露）。</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>在您自己的 Postfix 服务器上，查看是哪个表对该地址作出了应答，以及它给出的响应。</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>如果您运行的是 Exim，询问它会如何路由该地址；结果为无法路由，说明 5.1.1 是正确的。</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>任何软件都不应对单纯的 511 重试；按其第一位数字把它理解为永久性失败。对于其背后真正的 550 5.1.1，应停止向该地址发送，直到有人确认了更正后的地址。</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>在 DNS 中找不到收件人域的主机</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>没有任何 RFC 分配 512。错误列表用它表示“找不到收件人的域”，即增强代码 5.1.2（目标系统地址错误，RFC 3463）：@ 之后的部分不存在，或无法接收邮件。真正的响应通常是 550 5.1.2 或 553 5.1.2，或者是 DNS 查询失败后发件方自己的服务器写出的退信。</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>往往根本不涉及任何远程服务器：发送端 MTA 查询该域的 MX 和地址记录，得到 NXDOMAIN，便自己将邮件退回。Sendmail 将其写为 550 5.1.2，附带 &quot;Host unknown (Name server: ...: host not found)&quot;；Postfix 报告 &quot;Host or domain name not found&quot;，并归入 5.4.4。Gmail 对提交到不存在的域的邮件应答 553 5.1.2。</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>发件人检查域名的拼写（hotmial、gmial、缺少国家后缀、把 .com 写成 .con）。如果域名正确，则必须由域名所有者的管理员修复 DNS：该域名可能已过期或失去了委派。如果许多域同时失败，发件方管理员应检查发送服务器自己的解析器，因为本地解析器故障会让每次查询看起来都像是域不存在。</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>收件人域名拼写错误，且错误的名称并未注册。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>收件人域名的注册已过期，或其域名服务器停止应答。</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>发送服务器的解析器出了故障、被防火墙阻断，或从过时的缓存作答。</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>把仅限内部使用的名称（.local 或 split-horizon 域）用作邮件地址，而在其能够解析的网络之外使用。</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>向 DNS 查询该域的邮件交换器；完整应答中出现 NXDOMAIN 即表示该域不存在。</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>绕过您自己的解析器，从根服务器开始逐级解析该名称，以排除本地 DNS 故障。</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>在发送服务器的日志中查找本地生成的退信。</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>按第一位数字把单纯的 512 视为永久性错误。发送端 MTA 在收到权威的 NXDOMAIN 时应退信，但在 DNS 超时或 SERVFAIL 时应继续重试（暂时性），因为这些并不能说明该域是否存在。</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>地址类型不正确</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>地址格式错误</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>没有任何 RFC 定义 513。代码列表将其解释为“地址类型不正确”，它代表的是增强代码 5.1.3（目标邮箱地址语法错误，RFC 3463）：收件人地址根本不是有效的地址，而不是有效但不存在的地址。实际的服务器以 501 5.1.3 或 553 5.1.3 的形式发送它。</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>当 RCPT TO 参数格式错误时出现：Postfix 应答 501 5.1.3 Bad recipient address syntax，Gmail 应答 553 5.1.3，说明收件人地址不是有效的 RFC 5321 地址。它常见于根据用户输入构造地址的网页表单和脚本，以及从文档中复制出来、带有不可见字符的地址。</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>由发件人或撰写该邮件的应用程序清理地址：只有一个 @，没有空格，尖括号内没有显示名称或引号，末尾没有句点，没有从文字处理软件粘贴过来的弯引号或零宽字符。开发者应在把地址交给邮件库之前进行校验和修整，并只把纯地址传给 RCPT TO。</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>地址中含有空格、逗号或分号，通常是把一个列表粘贴到了单个字段中。</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>把显示名称和地址一起作为信封收件人传递，而不是只传纯地址。</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>从文档或电子表格中复制来的不可见字符或印刷字符（不间断空格、弯引号）。</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>地址中含有非 ASCII 字符，而服务器没有提供 SMTPUTF8。</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>显示应用程序所存储地址中的隐藏字符。</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>手动重放该收件人，阅读服务器对 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>在 Postfix 上，找到客户端发送的确切字符串，日志会在拒绝记录行中引用它。</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>不要重试：格式错误的地址每次都会以同样的方式失败。按第一位数字将任何字面意义上的 513 视为永久性失败，并退回邮件，以便更正地址。</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>请使用正确的 QHLO ID</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>不是标准代码。该文本来自 QUICKSTART SMTP 扩展的互联网草案（draft-fanf-smtp-quickstart，2007 年），该草案提出了一个 QHLO 命令，用于在提交会话开始时减少往返次数。草案已过期，未成为 RFC，也没有已知的主流服务器会发送 520。</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>在实际邮件流中几乎从不出现。它出现在网上流传的响应代码列表中，只可能来自实现了 QUICKSTART 草案的实验性服务器，作为对 QHLO 的应答。如果普通服务器发送了 520，说明它把这个数字用于私有用途，只能依据其响应文本来理解。</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>由客户端软件处理：停止使用 QHLO 或任何快速启动模式，用正常的 EHLO 开始会话。如果该代码来自某个厂商的产品，请阅读其文档，或询问服务器管理员该文本的含义。</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>实现了已过期 QUICKSTART 草案的实验性或测试服务器，拒绝了 QHLO 附带的标识符。</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>专有软件把 520 另作他用，与该草案无关；响应文本会说明其含义。</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>这个数字是从日志行中误读的，或从网上列表中抄来的，根本不是来自服务器。</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>从发送日志中获取完整的响应文本及其所应答的命令；没有这些信息，520 不代表任何确定的含义。</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>检查服务器在 EHLO 响应中是否声明了任何非标准的扩展关键字。</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>不要重试同一命令。用标准的 EHLO 流程重新连接；如果服务器对普通命令仍然应答 520，则视为永久性失败，并询问接收方管理员。</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>主机不接收邮件</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>该主机完全不接收任何人的邮件。RFC 7504（2015 年）将此代码标准化（它最早在实验性的 RFC 1846 中提出），作为以 554 应答连接之外更清晰的选择。收到它的客户端应放弃该主机，而不是放入队列反复重试。</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>通常作为问候语出现，取代 220，来自因其他用途而存在的机器（Web 服务器、只负责外发的中继），它希望明确表示不接收邮件；随后连接会被关闭，或后续命令被拒绝。Postfix 在实际中也会发送它：postscreen 以 521 5.5.1 Protocol error 断开在问候语之前抢先发言或违反协议的客户端。</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>发件人应停止向该主机或域发送，并通过其他渠道向收件人确认地址。如果该域本应接收邮件，则由收件方管理员修复其 MX 记录或邮件服务器。如果 521 来自 postscreen，则由发件方管理员修正客户端的协议行为（等待问候语，除非对方声明支持否则不使用管道），因为是客户端触发了断开。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>该域的 MX（没有 MX 时则为其 A 记录）指向一台刻意不运行邮件服务的机器。</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>客户端连到了只负责外发的中继或 Web 服务器，往往是因为 DNS 记录过时或错误。</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix postscreen 因协议违规而断开了客户端，例如在问候语之前抢先发言、未经声明使用管道，或使用裸换行符。</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>收件人域已停止接收邮件，并保留了一个返回 521 的应答程序。</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>检查该域的邮件应当发往何处；空 MX（0 .）表示该域完全不接收邮件。</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>连接到该主机并读取问候语行。</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>在 Postfix 客户端上，在日志中找到这次拒绝；521 5.5.1 Protocol error 说明是对端的 postscreen 测试所致。</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>如果是您自己服务器上的 postscreen 发送了它，请检查 pregreet 和裸换行符测试的处理动作。</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>不要把邮件放入队列再次尝试该主机：这种拒绝本就是永久性的。将其连同 521 文本退信给发件人，以便检查地址。</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>需要加密</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>仅见于注册表的代码：没有任何 RFC 将 523 定义为响应，但 IANA 增强状态码注册表将其列为 X.7.10 Encryption Needed 的基本代码，由 RFC 5248 登记。它表示所请求的认证需要先建立保密层；客户端应启动 TLS（或选择更强的机制），然后重新认证。</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>作为对未加密连接上的 AUTH 的应答。Go 语言库 go-smtp（被 maddy 等服务器使用）在客户端试图于 STARTTLS 之前认证时，应答 523 5.7.10 TLS is required。其他大多数软件以 530、538 或 504 报告同样的情况。</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>由客户端用户或软件修复：在认证之前，于 587 端口启用 STARTTLS，或于 465 端口启用隐式 TLS。如果已启用 TLS 仍然失败，客户端一方的管理员应排查会剥离 STARTTLS 的防火墙或杀毒软件。服务器管理员不应仅仅为了消除该错误而允许明文登录。</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>邮件客户端的安全设置为“无”，或为“仅在声明支持时使用 STARTTLS”，因此它以明文发送 AUTH。</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>STARTTLS 升级失败或被中间设备剥离，而客户端继续以未加密方式进行。</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>客户端使用 PLAIN 或 LOGIN 等明文密码机制，而服务器坚持要求保密层。</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>通过 STARTTLS 认证，确认连接加密后该账户可以正常使用；swaks 会提示输入密码。</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>检查 STARTTLS 是否提供，以及从客户端所在网络能否完成握手。</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>在客户端的账户设置中，将 587 端口的安全选项设为 STARTTLS，将 465 端口设为 SSL/TLS，绝不要设为“无”。</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>不要在明文连接上重复 AUTH。发出 STARTTLS，再次发送 EHLO，然后认证；启用 TLS 后，重试应当会成功。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>无基本定义（与 X.7.11 关联）</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>仅见于注册表、没有自身定义的代码。IANA 注册表将 524 与 538 并列为 X.7.11 Encryption required for requested authentication mechanism（所请求的认证机制需要加密）的基本代码，但定义 X.7.11 的 RFC 4954 只使用过 538。可以把 524 理解为：该 AUTH 机制只能在加密连接上使用。</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>极少出现，作为对明文连接上 AUTH 的应答，来自遵循 IANA 表而非 RFC 4954 的软件。大多数服务器对同样的情况发送 538 5.7.11 或 530。</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>由客户端一方修复：在认证之前开启 STARTTLS 或隐式 TLS。如果该监听端口根本不提供 TLS，服务器管理员必须安装证书，或让用户改用配置了证书的提交端口。</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>客户端在 STARTTLS 之前尝试了 AUTH，而服务器将该机制限制在加密会话中使用。</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>服务器软件从 IANA 表中选用了 524 作为“需要加密”的响应，而大多数实现使用 538。</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>客户端所用的监听端口没有配置 TLS，因此该机制在那里永远无法使用。</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>阅读完整的响应及其增强代码；5.7.11 可确认要求的是加密。</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>在 STARTTLS 之后用另一种机制尝试同一账户。</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>检查客户端是否有“要求 TLS”或“始终使用 STARTTLS”之类的选项，以及该选项是否已开启。</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>以明文重试毫无意义。只有在 STARTTLS 成功并重新发送 EHLO 之后，才能再次发送 AUTH。</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>用户账户已禁用</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>仅见于注册表的代码：IANA 注册表将 525 与 X.7.13 User Account Disabled 配对，由 RFC 5248 登记。凭据正确，但账户已被禁用（例如因欠费、滥用或疑似被入侵），在管理员重新启用之前会一直被拒绝。</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>原则上紧接在对已禁用账户的 AUTH 成功之后出现；很少有服务器使用它，大多数服务器对已禁用的账户改以 535 或 550 报告。Gmail 会针对一种无关的协议违规（在 STARTTLS 之后以管道方式发送命令）发送带 5.7.10 的 525，因此在认定账户被禁用之前，请先阅读增强代码和文本。</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>账户所有者应联系发件账户的管理员或服务商，了解账户被禁用的原因并请求重新启用；在客户端中修改密码并无帮助。对于 Gmail 的 5.7.10 情形，由发件方管理员修正客户端或 MTA，使其在发送任何其他内容之前等待 TLS 握手完成。</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>管理员禁用或暂停了该账户（账单未付、滥用举报、密码泄露）。</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>在发生安全事件（例如突然大量外发垃圾邮件）后，账户被自动锁定。</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>来自 Gmail 且带 5.7.10：客户端紧跟在 STARTTLS 之后发送了后续命令，而没有等待 TLS 握手。</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>检查响应中的增强代码：5.7.13 表示账户已禁用，其他代码则需要看文本。</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>用同一账户登录服务商的网页邮箱；账户被禁用时，那里通常会有浅显的说明。</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>对于 525 5.7.10，用不会跨越 STARTTLS 使用管道的客户端重复该会话，并比较结果。</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>停止用该账户重试：在重新启用之前，每次尝试都会失败，反复登录还可能延长锁定时间。待管理员确认账户已恢复后再继续。</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail 不对已禁用的账户使用 525：它以 5.7.10 拒绝在 STARTTLS 之后不等 TLS 握手就以管道方式发送后续命令的客户端。Google 自己的错误列表曾把同样的文本列在 523 5.7.10 之下，因此它可能与这两个基本代码中的任意一个一起出现。</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>需要认证/必须先发出 STARTTLS 命令</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>在客户端先完成某个步骤之前，服务器拒绝该命令：先认证（RFC 4954，以 530 5.7.0 Authentication required 发送），或先启动 TLS（RFC 3207，530 Must issue a STARTTLS command first）。它通常是对 MAIL FROM 的应答，并保持会话打开，以便客户端补上缺失的步骤。</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>多出现在提交端口（587）或要求登录的中继上的 MAIL FROM 阶段，来自未配置认证或未配置 STARTTLS 的客户端：打印机、扫描仪、脚本、监控工具、Web 应用程序。Gmail 的提交服务器发送 530 5.7.0 Must issue a STARTTLS command first；Microsoft 365 对试图不经认证就发信的客户端发送 530 5.7.57。</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>由客户端一方修复：启用 STARTTLS（或 465 端口上的隐式 TLS）以及使用该邮箱凭据的 SMTP 认证，然后重新发送。在 Microsoft 365 上，租户管理员还必须为该邮箱允许经过认证的 SMTP。无法认证的设备应通过本地中继，或通过服务商为未经认证的提交所提供的连接器发送。</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>客户端中关闭了 SMTP 认证，或它发往的是只为已登录用户中继的服务器的 25 端口。</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>客户端中关闭了 STARTTLS，因此它以明文向只在 TLS 之后才接收邮件的服务器发送 MAIL FROM。</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>之前的 AUTH 失败了，而客户端忽略了该错误，因此 MAIL FROM 是在未认证状态下到达的。</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>曾配置为使用旧开放中继的设备或应用程序，现在指向了要求登录的服务器。</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>阅读 EHLO 响应：如果列出了 STARTTLS 而没有列出 AUTH，说明认证只在 TLS 之后提供。</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>运行一次完整的认证提交测试；省略 --auth-password 时，swaks 会提示输入密码。</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>检查客户端自己的日志中，MAIL FROM 之前是否有 AUTH 响应；缺少 AUTH 或 AUTH 失败即可解释 530。</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>不要不作任何改动就重新发送。在同一会话中，客户端可以按要求发出 STARTTLS 或 AUTH，然后重复 MAIL FROM；队列中的邮件应在客户端配置修正之后再重新发出。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Gmail 的提交服务器要求在任何邮件事务之前执行 STARTTLS；在 587 端口上以明文发送的客户端会在 MAIL FROM 阶段收到此响应。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Exchange Online 的客户端提交端点要求在 MAIL FROM 之前进行 SMTP AUTH；当 AUTH 尝试失败而客户端仍继续时，也会出现此响应。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>无基本定义（与 X.7.1 关联）</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>仅见于注册表、没有自身定义的代码：IANA 注册表将 533 列为与 X.7.1 Delivery not authorized, message refused（投递未获授权，邮件被拒绝）搭配使用的基本代码之一。请将其视为出于安全或策略原因的永久拒绝，具体细节见增强代码和响应文本。</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>在实际通信中几乎从不出现，因为 550 5.7.1 和 554 5.7.1 涵盖了同样的情况。如果确实出现，多半来自小众或定制软件，出现在 MAIL FROM 或 RCPT TO 阶段，即某项策略检查（中继权限、不允许的发件人、黑名单）拒绝了发件人之后。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>发件方管理员阅读响应文本以确定是哪项策略，并解决原因：先认证再中继，只使用该账户有权使用的地址发信，或让发送 IP 从黑名单中移除。如果这次拒绝看起来有误，请联系收件方管理员，并提供完整的响应、时间和发送 IP。</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>定制或不常见的服务器以 533 而不是 550 报告策略拒绝，例如中继被拒或不允许的发件人。</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>发送 IP 或域名在接收方查询的黑名单上。</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>已认证的用户试图以该账户无权使用的地址发信，或中继到该账户无权发往的域。</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>获取完整的响应；增强代码（通常是 5.7.1）和文本会说明触发的是哪项策略。</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>确认信封发件人与已认证的账户或其允许使用的别名之一相符。</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>使用响应文本中提到的黑名单自己的查询页面或 DNS 区域，检查发送 IP 是否在该名单上。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>不要原样重试；策略拒绝会重复出现。待原因解决或收件方管理员给予例外后再重新发送。</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>认证机制太弱</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>安全性较低的应用</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>双因素认证（2FA）</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>由 RFC 4954 定义为 534 5.7.9：客户端选择的 AUTH 机制弱于服务器策略对该用户允许的强度，客户端应改用更强的机制重试。大型服务商把它引申为“这种密码不可接受”，尤其是 Gmail，它在需要应用专用密码或 OAuth 登录时发送此响应。</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>紧接在提交端口上的 AUTH 之后。按 RFC 的含义：客户端使用了 PLAIN 或 LOGIN，而服务器对该账户要求 SCRAM、CRAM-MD5 或 GSSAPI。实际中更常见的是：Gmail 应答 534-5.7.9 Application-specific password required，或以 534-5.7.14 要求用户先通过网页浏览器登录。</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>由用户或客户端管理员更改客户端的认证方式。对于 Gmail，创建应用专用密码（必须先开启两步验证），或将客户端切换到 OAuth 2.0，并完成任何待处理的浏览器登录检查。对于按 RFC 含义使用它的服务器，配置一种服务器接受的机制（例如 SCRAM-SHA-256 或 CRAM-MD5），或升级客户端程序库。</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>账户开启了两步验证，而客户端发送的是普通账户密码；Gmail 要求使用应用专用密码或 OAuth 2.0。</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>服务商认为这次登录可疑（新的位置或设备），要求先通过浏览器交互式登录，SMTP 才能恢复工作。</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>客户端选择了明文机制，而服务器对该用户要求质询-响应或 Kerberos 机制。</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>旧的客户端程序库只支持 LOGIN 或 PLAIN，无法提供服务器要求的更强机制。</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>阅读增强代码和文本：带有 application-specific password 的 5.7.9 表示需要应用专用密码或 OAuth，5.7.14 表示有待完成的浏览器验证。</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>列出 STARTTLS 之后提供的机制，看看哪种是更强的选择。</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>用 swaks 强制使用特定机制，查看服务器对该账户接受哪些机制。</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>用同样的机制和密码重试会一直失败，还可能触发账户锁定。RFC 4954 期望客户端在同一会话中尝试更强的机制；否则请在下次尝试之前修正凭据。</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>当账户使用两步验证而客户端用普通密码登录时，Gmail 发送此响应；需要的是应用专用密码或 OAuth 2.0，SASL 机制本身并不是问题所在。</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail 阻止了 SMTP 登录，直到账户所有者通过浏览器登录并通过安全检查为止。</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>认证凭据无效</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>RFC 4954 规定的登录失败响应，以 535 5.7.8 发送：用户名、密码或令牌未被接受。客户端应请用户提供新的凭据，而不是重复使用原来的凭据。</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>出现在提交端口上 AUTH 交互的末尾，来自邮件客户端、脚本、打印机和监控工具。Postfix 应答 535 5.7.8 Error: authentication failed（认证失败）；Gmail 发送 535-5.7.8 Username and Password not accepted；Microsoft 365 对密码错误和被租户策略阻止的登录都使用 535 5.7.139 和 535 5.7.3。</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>用户重新输入或重置密码，并检查用户名格式。在 Gmail 上，使用应用专用密码或 OAuth 2.0。在 Microsoft 365 上，由租户管理员为该邮箱启用经过认证的 SMTP，或将应用程序迁移到 OAuth 或其他发信方式。如果所有用户同时失败，由服务器管理员检查认证后端及其日志。</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>密码错误或已过期，或者服务器要求完整地址（user@example.com）时只提供了用户名（user）。</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>服务商不再接受通过 SMTP 使用普通密码：Gmail 需要应用专用密码或 OAuth 2.0，许多 Microsoft 365 租户关闭了 SMTP AUTH 或基本认证。</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>客户端对密码中的特殊字符编码有误，或脚本构造的 AUTH PLAIN 字符串不正确。</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>服务器的认证后端（Dovecot、saslauthd、LDAP）出了故障，或在错误的位置查找用户。</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>用 swaks 测试同一组凭据，以排除客户端的问题；它会提示输入密码。</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>在通过 Dovecot 认证的 Postfix 服务器上，直接测试认证后端。</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>找出服务器为这次失败尝试记录的原因。</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>对于 Microsoft 365，请租户管理员在 Exchange Online PowerShell 中检查该邮箱是否禁用了 SMTP AUTH。</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>绝不要用同样的凭据循环重试：什么都不会改变，反复失败还可能锁定账户或导致客户端 IP 被封锁（RFC 4954 允许服务器在多次失败后断开连接）。先获取正确的凭据，再尝试一次。</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail 在密码错误时发送此响应；更常见的情况是，在 Gmail 要求应用专用密码或 OAuth 2.0 的地方使用了正确的账户密码。</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online 拒绝登录，因为整个组织都关闭了 SMTP AUTH；密码可能完全正确，只有租户管理员才能更改此设置。</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>所请求的认证机制需要加密</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>由 RFC 4954 定义为 538 5.7.11：所选的 AUTH 机制只能在加密连接上使用。RFC 4954 出于历史原因保留了该代码，并要求服务器根本不要在未加密的连接上声明此类机制，但仍有一些服务器以它应答 AUTH。</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>在 AUTH 阶段，当客户端在 STARTTLS 之前提供密码机制时出现。Nodemailer 项目的 Node.js smtp-server 包（不少托管发信服务在使用）应答 538 Error: Must issue a STARTTLS command first；其他服务器发送采用 RFC 措辞的 538 5.7.11。</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>将客户端配置为在认证之前先加密：587 端口用 STARTTLS，465 端口用隐式 TLS。在应用程序代码中，让邮件库的 TLS 选项与端口匹配。服务器管理员也可以按 RFC 4954 的建议，不在 STARTTLS 之前声明密码机制。</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>由于客户端设置中关闭了加密，它在 STARTTLS 之前就发送了 AUTH PLAIN 或 LOGIN。</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>机会性的“可用时使用 TLS”模式错过了 STARTTLS 提供，继续以明文进行。</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>邮件库的 secure 和 starttls 选项相对于端口设反了，例如在 587 端口上既没有隐式 TLS，也没有发出 STARTTLS 请求。</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>确认服务器提供 STARTTLS，且从客户端所在网络能完成握手。</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>在 STARTTLS 上运行一次经过认证的测试，证明加密后账户可以正常使用。</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>在客户端或程序库设置中，将 587 端口的 STARTTLS 设为必需而非可选，或为 465 端口开启隐式 TLS。</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>不要以未加密方式重试 AUTH。启动 TLS，再次发送 EHLO 并认证；之后同样的凭据应当会被接受。</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>邮件被收件人的反垃圾邮件过滤器拒绝</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>没有任何 RFC 定义 541；博客上的列表将其描述为被收件人的垃圾邮件过滤器拒绝。真正的垃圾邮件拒绝以 550 或 554 加 5.7.x 增强代码（通常是 5.7.1）的形式出现。当 &quot;541&quot; 出现在真实的退信中时，它多半是去掉了点号的 5.4.1，Microsoft 365 以 550 5.4.1 发送它，用于未知收件人和被拒绝的中继，而不是用于垃圾邮件。</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>多见于 ESP 的退信分类和故障排除文章，而不是实际通信。Microsoft 的情况很常见：&quot;550 5.4.1 Recipient address rejected: Access denied&quot; 来自 Exchange Online 在 RCPT TO 阶段基于目录的边缘阻止。在 IANA 注册表中，X.4.1 表示 No answer from host（主机无应答），是类别 4 的代码，因此 Microsoft 的 5.4.1 是其自有用法。</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>先获取确切的响应行。如果是来自 Microsoft 365 的 550 5.4.1，就按未知收件人处理：由发件人检查地址，由收件方管理员检查该租户中是否存在该邮箱或邮件联系人，以及该域是否为接受的域。如果确实是内容拒绝（数据结束后的 5.7.x），则由发件方管理员检查认证、发送 IP 信誉和邮件内容。</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online 拒绝了不在其目录中的收件人（550 5.4.1 Recipient address rejected: Access denied）。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>该域的 MX 指向 Microsoft 365，但该域不是该租户中的接受的域，因此返回 550 5.4.1 Relay Access Denied（中继访问被拒绝）。</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>退信处理工具把 550 5.7.1 垃圾邮件拒绝映射成了自己的标签和编号。</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>自行编写的过滤器或设备发出了捏造的 541，而不是标准的 550 或 554。</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>检查收件人域是否托管在 Microsoft 365；以 mail.protection.outlook.com 结尾的 MX 表示 5.4.1 来自 Exchange Online。</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>在您的日志中找到失败收件人的完整远端响应。</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>如果您是接收方租户的管理员，请先在 Exchange 管理中心确认收件人存在、该域为接受的域，再更改其他任何设置。</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>按第一位数字判断为永久性错误：发送端 MTA 会退信而不是放入队列。在地址、租户配置或内容改变之前，向同一地址重新发送同一封邮件只会得到同样的结果。</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>请求的操作未执行：邮箱不可用</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>被列入黑名单</translation>
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
        <translation>硬退信</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>永久拒绝：服务器不会为该地址或该邮件执行命令。RFC 5321 在同一代码下列出三种原因：找不到邮箱、无权访问，或因策略原因拒绝命令，因此 550 同样涵盖打错的地址、已关闭的账户、被拒绝的中继、被列入黑名单的 IP 以及未通过的 DMARC 检查。其后的增强代码会告诉您是哪一种：5.1.1 未知用户，5.2.1 邮箱已禁用，5.7.1 策略，5.7.26 认证。</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>最常作为对 RCPT TO 的响应，即接收方检查收件人时；也出现在 MAIL FROM 阶段（发件人被拒绝）和数据结束之后（内容、SPF、DKIM 或 DMARC 的判定结果）。Postfix 发送 &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;，Exim 发送 &quot;550 Unrouteable address&quot;。Gmail 和 Microsoft 365 几乎所有的永久拒绝都使用 550，并各自带有自己的增强代码；Yahoo 和 AOL 则把大多数永久拒绝记录为 553 和 554，Yahoo 的未知用户以 554 退信。</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>阅读增强代码和文本，然后由相应的一方处理。5.1.x：发件人更正地址或向收件人确认；列表所有者将其屏蔽。5.2.1：收件人的账户已禁用或处于非活动状态，只有收件人或其管理员才能重新激活。大型服务商的 5.7.x：发件方管理员检查发送 IP 是否在黑名单上，修正 SPF、DKIM、DMARC 对齐和反向 DNS，然后使用服务商的除名申请或发件人支持表单。&quot;Relay access denied&quot; 或 &quot;Unable to relay&quot;：客户端必须向自己的提交服务器认证，而不是发往不负责该域的服务器。如果接收服务器由您运行且这次拒绝有误，由收件方管理员检查别名表、目录同步和传输规则。</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>收件人地址不存在：拼写错误、已删除的账户，或已离职的员工（5.1.1，Microsoft 为 5.1.10）。</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>邮箱存在，但已被禁用或处于非活动状态（5.2.1；Gmail 会说明账户处于非活动状态）。</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>发送 IP 在公共 DNS 黑名单或服务商自己的黑名单上（Outlook.com S3150，Microsoft 365 5.7.606-649）。</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>邮件未通过 SPF、DKIM 或 DMARC，而发件人域发布了 p=reject，或服务商要求认证（5.7.26、5.7.509、5.7.515）。</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>未经认证的客户端要求服务器中继到它不负责的域。</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>垃圾邮件或信誉过滤器判定该邮件或其发件域不受欢迎（Gmail 5.7.1 likely unsolicited）。</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>收件方的规则：该群组只接受内部发件人，传输规则阻止了该发件人，或发件人在收件人的黑名单上。</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>阅读退信的投递状态部分：Remote-MTA 说明是谁拒绝的，Diagnostic-Code 包含响应，&quot;in reply to RCPT TO / end of DATA&quot; 文本说明是在哪个阶段。</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>确认您连到的是收件人域当前的 MX，而不是旧主机或备用主机。</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>在 Spamhaus 上检查发送 IP（此处为 192.0.2.10，各段倒序）；请使用您自己的解析器，因为公共解析器得到的是 127.255.255.254 而不是真正的应答。</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>检查发送 IP 是否有 PTR 记录，且其名称能解析回该 IP。</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>阅读发件人域的 DMARC 策略，它决定了未通过验证的邮件是否会被拒绝。</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>不发送邮件，复现收件人检查（从真正的发送 IP 进行，而不是家庭网络）。</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>不要向同一收件人重试同一封邮件：5yz 响应表示客户端不应原样重复该请求（RFC 5321 4.2.1），而反复尝试投递给未知用户会损害发件方的信誉。应立即退信给发件人，只有在地址、认证或黑名单问题解决之后再重新发送。</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>Gmail 在 RCPT TO 阶段对未知用户的应答：不存在这样的 Google 账户或 Workspace 用户。请更正地址；重试永远无济于事。</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>该 Google 账户存在，但已被禁用或长期处于非活动状态；只有账户持有人或其 Workspace 管理员才能恢复它。</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>针对该邮件、其发送 IP 或其域的垃圾邮件和信誉判定；Gmail 对多种策略封锁都使用 5.7.1，代码后的文本会说明是哪一种。</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>该邮件的 From 域未通过 DMARC，而该域发布了 p=reject；同一增强代码也涵盖 SPF 和 DKIM 都未通过的邮件。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Exchange Online 自有的“找不到收件人”代码（5.1.10，注册表将其分配给空 MX）：该地址在收件人的租户中不存在。</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>基于目录的边缘阻止：租户不认识该收件人，在 RCPT TO 阶段被拒绝。Microsoft 的 5.4.1 并非注册表中的含义（主机无应答）。</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>发送 IP 在 Microsoft 自己的黑名单上（5.7.606 至 5.7.649）；解决原因后，IP 所有者可以通过 Microsoft 除名门户申请移除。</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>From 域的 DMARC 失败，且其策略为 reject；这是 5.7.5xx 范围内的 Microsoft 私有代码。</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com、Hotmail 和 Live 出于信誉原因拒绝发送 IP 或其所在网络，往往在 MAIL FROM 阶段就已拒绝；由发送服务器的运营者请求 Microsoft 发件人支持解除封锁。</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>自 2025 年 5 月起，对于每天发送超过 5000 封邮件的域，除非 SPF 和 DKIM 通过且 DMARC（至少 p=none）对齐，否则 Outlook.com 会拒绝其邮件。</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>对于不存在的收件人，Outlook.com 和 Hotmail 作此应答，其后通常带有 (S2017062302) 之类的标记：它是消费者服务中与 5.1.10 对应的代码。这里的 5.5.0 表示未知邮箱，而不是注册表中的协议状态。</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>用户不在本地；请尝试 &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>该收件人不由本服务器处理，服务器告诉客户端应改发到何处：响应文本中包含新的 forward-path。它是少数几个其文本需要由程序解析的响应之一（RFC 5321 4.2）。RFC 5321 3.4 允许服务器对已迁移的用户使用它，但警告说它会泄露地址，因此如今很少见。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>作为对 RCPT TO 和 VRFY 的响应，来自配置了已迁移用户表的老旧或小型服务器，例如 &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;。一些服务器还把 551 误用作对其不负责的域的中继拒绝，而且不给出任何地址。</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>如果响应中给出了新地址，发件人应向收件人核实，更新通讯录，然后改发到新地址；邮件客户端或 MTA 不会自动这样做。如果没有给出地址，就按中继拒绝处理：通过您自己的、经过认证的提交服务器发送，并检查该域的 MX 记录是否指向真正托管它的服务器。不想透露新地址的收件方管理员可以改为静默转发（以 250 应答；251 仍会显示新地址），或直接返回 550。</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>收件人换了新地址，旧服务器保留着一张已迁移用户表，并以 551 应答。</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>客户端试图为外部域中继邮件，服务器以 551 而不是 550 5.7.1 拒绝。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>该域的 MX 仍指向一台已不再托管收件人邮箱的服务器。</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>复制响应文本中给出的地址（&lt; 和 &gt; 之间），并通过其他渠道向收件人确认。</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>检查当前由哪些服务器接收该域的邮件。</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>针对该服务器重放该收件人，阅读 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>不要重试同一收件人，也不要悄悄改投：RFC 5321 规定服务器不得假定客户端会采用新地址。应原样保留响应文本并退信，以便由人工改发到给出的地址。</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>请求的邮件操作已中止：超出存储分配</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>附件太大</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>由于超出了存储限制，操作已中止。如今这意味着以下两种情况之一：收件人的邮箱超出配额，或邮件大于服务器可接受的大小（SIZE 扩展，RFC 1870）。RFC 821 还将 552 用于收件人过多；RFC 5321 4.5.3.1.10 将其更正为 452，并要求客户端把这种 552 视为暂时性错误。</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>在 MAIL FROM 阶段，当客户端声明的 SIZE= 超过服务器上限时；在数据结束之后，当实际邮件过大时（Postfix：&quot;552 5.3.4 Message size exceeds fixed limit&quot;）；在 RCPT TO 阶段或数据结束之后，当邮箱已满时，往往来自投递代理（Dovecot LMTP：&quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;）。Gmail 对既已满又不活跃的收件箱、对大小和邮件头限制，以及对被阻止的附件类型都使用 552。注册表将 X.2.2（邮箱已满）列为类别 4，但大多数服务器发送的是 552 5.2.2。</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>大小问题：发件人缩小邮件，或以共享链接代替附件；附件经 base64 编码后会增大约三分之一，因此一个 20 MB 的文件就可能突破 25 MB 的上限。如果退信来自您自己的服务器，由发件方管理员检查出站限制。配额问题：收件人删除或归档邮件，或购买更多存储空间；发件人通过其他渠道告知对方。附件类型问题：以其他格式或链接形式发送文件。</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>附件加上 base64 编码后超过了接收方的大小上限。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>收件人的邮箱超出了存储配额。</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Gmail 账户存储空间已用完且已不再使用（Gmail 552 5.2.2 out of storage space and inactive）。</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>接收方拒收的附件类型，例如可执行文件或包含可执行文件的压缩包（Gmail 552 5.7.0）。</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>头字段过大或过多，例如极长的 To 列表或很长的 Subject（Gmail 552 5.3.4 邮件头限制）。</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>老旧的服务器仍按 RFC 821 当年的规定，以 552 应答收件人过多。</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>测量邮件实际发送时的原始大小，包括编码在内。</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>阅读接收方在 EHLO 响应中声明的大小上限（250-SIZE 行，单位为字节）。</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>在 Postfix 上，显示邮件大小上限和本地邮箱上限（message_size_limit 默认为 10240000 字节）。</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>在 Dovecot 服务器上，显示收件人的配额使用情况。</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>退回邮件：原样重复会以同样的方式失败。例外是 RCPT TO 阶段 RFC 821 式的“收件人过多”用法，RFC 5321 规定应将其视为暂时性错误：在之后的事务中发送其余收件人。因配额而退信后，可以在收件人腾出空间后由人工重新发送。</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>该 Google 账户的存储空间已用完且未被使用；对于仅仅是已满的账户，Gmail 发送 452 4.2.2。</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>整封邮件的大小、附件数量或邮件头超出了 Gmail 的接收限制；文本会指出是哪项限制。</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Gmail 拒收的附件类型（例如可执行文件，包括压缩包内的）；这是内容策略，而不是存储问题。</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>请求的操作未执行：邮箱名称不被允许</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>对地址本身的永久拒绝：该服务器不接受这个邮箱名称，典型原因是语法错误。实际中，553 还涵盖服务器不接受的发件人地址（域名无法解析、已登录用户并不拥有的地址），以及服务器不为其中继的域。RFC 5321 3.3 指出，MAIL FROM 阶段的失败通常产生 550 或 553，3.5.1 则对有歧义的 VRFY 名称使用 553。</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>出现在 MAIL FROM 和 RCPT TO 阶段。Sendmail：&quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;。启用了发件人登录检查的 Postfix：&quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;。Qmail 的中继拒绝：&quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;。Gmail：553 5.1.2、5.1.3 和 5.1.7，分别针对未知的收件人域、无效的收件人语法和无效的发件人语法。SMTPUTF8 服务器可能对无法接收的非 ASCII 地址使用 553 和 5.6.7。</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>由发件人修正有问题的地址：语法正确、使用真实注册的域名，并且在认证提交时只使用该账户有权使用的发件地址。应用程序开发者应设置使用公网域名的正确信封发件人，而不是 root@localhost 或 www-data@server。如果响应是中继拒绝，客户端必须向自己的提交服务器认证。只有当用户确实拥有某个地址时，服务器管理员才应将其加入该用户允许使用的发件人地址。</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>格式错误的地址：缺少 @、含有空格、尖括号不配对，或信封中带有显示名称。</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>信封发件人使用了在公网上无法解析的内部主机名，这在 cron 任务和 Web 应用程序中很常见。</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>已认证的用户试图以属于他人的地址发信。</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>该服务器不为收件人域接收或中继邮件。</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>收件人域在 DNS 中不存在（Gmail 553 5.1.2）。</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>向无法处理非 ASCII 地址的服务器发送了非 ASCII 地址。</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>检查信封发件人的域能否在公网上解析。</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>在 Postfix 上，查看是哪条限制规则拒绝了该地址。</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>在发送主机上，检查 Postfix 给本地生成的邮件使用的名称。</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>用完全相同的发件人和收件人重放该事务，查看被拒绝的是哪一个。</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>不要重试：同一地址会得到同样的 553。退回邮件，以便修改地址或发送配置，然后作为新邮件重新发送。</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>收件人域在 DNS 中不存在；通常是 @ 之后的部分有拼写错误。</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>RCPT TO 参数的语法无效；Gmail 根本没有查找该用户。</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>MAIL FROM 参数格式错误；请修正您的应用程序或服务器设置的信封发件人。</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>事务失败（连接开始时：No SMTP service here）</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>被列入黑名单</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>硬退信</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>无法归入更具体代码的永久性失败。RFC 5321 赋予它两项用途：在会话中表示 &quot;transaction failed&quot;；当服务器发送 554 代替 220 问候语以拒绝整个连接时，表示 &quot;No SMTP service here&quot;。实际中，它是仅次于 550 的第二大拒绝代码：Postfix 默认对命中黑名单、拒绝中继和访问表拒绝使用 554；在 DATA 之后，它通常表示内容、垃圾邮件或病毒判定。</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>当连接的 IP 被直接拒绝时，作为第一行代替 220 出现；RFC 5321 3.1 规定服务器此后必须等待 QUIT，并应对其他命令应答 503。在 RCPT TO 阶段来自 Postfix 的限制规则：&quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; 或 &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;。在 DATA 阶段：所有 RCPT 都被拒绝时的 &quot;554 5.5.1 Error: no valid recipients&quot;。在数据结束之后来自内容过滤器，以及 &quot;554 Command refused due to lack of security&quot;（RFC 3207）。Yahoo 和 AOL 以 554 发送大多数永久拒绝；Gmail 和 Microsoft 将其用于格式错误的邮件、环路以及（Microsoft）已满的邮箱。</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>先弄清是哪个阶段。在问候语阶段被拒，或文本提到黑名单：发件方管理员找出列入记录，消除原因（被盗账户、开放中继、缺少 PTR）并申请除名；如果是本地封锁，再通过其他途径联系收件方的 postmaster。中继访问被拒（Relay access denied）：客户端必须认证（通常是在 587 端口使用 STARTTLS），或者如果 MX 确实指向该服务器，由收件方管理员将该域加入服务器的中继域或虚拟域。数据结束之后：检查认证、链接、附件和内容。Yahoo 554 5.7.9：修正 DKIM 和 DMARC 对齐。Yahoo 的 &quot;dd&quot; 行：地址不存在，将其删除。环路代码（5.4.6、5.4.14）：修正来回发送邮件的转发规则或连接器。</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>连接的 IP 在接收方检查的 DNS 黑名单上，或在接收方自己的黑名单上。</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>未经认证的客户端试图中继到外部域（Postfix：Relay access denied，中继访问被拒绝）。</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>事务中的所有收件人都被拒绝，因此 DATA 因没有有效收件人而失败。</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>内容过滤器在数据结束后发现了垃圾邮件、病毒或被禁止的附件。</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>收件人在 Yahoo 或 AOL 不存在，它们的未知用户退信是一行带 &quot;dd&quot; 的 554。</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>转发规则或连接器环路使邮件超过了跳数上限（Gmail 5.4.6，Exchange Online 5.4.14）。</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>格式错误的邮件：MIME 结构损坏、裸换行符或无效的邮件头（Gmail 554 5.6.0）。</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>连接并阅读横幅：如果此时出现 554，表示整个连接在查看任何地址之前就已被拒绝。</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>除 Spamhaus 外，再在另一个黑名单上查询发送 IP（192.0.2.10 倒序）。</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>通过您自己的服务器测试经过认证的提交，这正是中继拒绝所要求的。</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>在接收端的 Postfix 上，找到产生 554 的限制规则及其默认代码。</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>对于环路退信，数一数被退回邮件中的 Received: 头，查看是哪些主机在来回传递它。</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>不要原样重复该事务。问候语阶段的 554 表示接收方拒绝该客户端，因此用新连接反复冲击只会延长列入黑名单的时间；发送 QUIT，然后退信或暂留邮件，直到原因消除。数据结束之后的 554 对该邮件是最终结果；只有在修改了被拒绝的内容之后才能重新发送。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Yahoo 对未知收件人的应答，不带增强代码；Yahoo 表示不要重试，并应将该地址从列表中删除。同一邮件系统也为 AOL 地址提供服务。</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>邮件结构或邮件头严重违反 RFC 5322 或 MIME，以致 Gmail 直接拒收。</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>路由环路：邮件带有过多的 Received 头，通常是因为转发规则互相指向。</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>客户端没有先认证就发送了太多命令；Gmail 结束这次尝试，而不是等待 AUTH。</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online 以 554 5.2.2 报告收件人邮箱已满；收件人必须释放空间。Microsoft 还将 5.2.2 用于超出发送限制的发件人。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online 的环路检测，以 Microsoft 自己的代码 5.4.14 报告（注册表中的环路代码是 X.4.6）；请查找把邮件发回的转发规则或连接器。</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>无法识别或未实现 MAIL FROM/RCPT TO 参数</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>客户端在 MAIL FROM 或 RCPT TO 中附加了该服务器无法识别或无法实现的 ESMTP 参数（SIZE=、BODY=8BITMIME、SMTPUTF8、RET=、NOTIFY=、REQUIRETLS 等）。RFC 5321 4.1.1.11 将这种情况分配给 555，将暂时无法满足的情况分配给 455。问题出在客户端的命令上，而不在地址上。</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>紧接在 MAIL FROM 或 RCPT TO 之后，通常是客户端使用了服务器未在 EHLO 响应中声明的扩展：向不支持 DSN 的服务器发送 DSN 参数、客户端退回 HELO 后仍附加 SIZE=，或者能识别 SMTP 的防火墙从 EHLO 列表中删除了关键字。Postfix 应答 &quot;555 5.5.4 Unsupported option: ...&quot;；Gmail 的响应列表中有 &quot;555 5.5.2 Syntax error&quot;。</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>客户端软件只能发送服务器在 EHLO 响应中列出的参数，退回 HELO 之后则不得发送任何参数。请更新或重新配置邮件库或 MTA（强制启用的 DSN 或 SMTPUTF8 选项是常见的罪魁祸首）。如果有防火墙或代理检查 SMTP，请其管理员关闭改写 EHLO 的检查功能。同时检查命令语法：MAIL FROM: 和 RCPT TO: 中的冒号两侧都不允许有空格。</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>为服务器从未声明的扩展附加了参数，例如向不支持 DSN 的服务器发送 NOTIFY= 或 RET=。</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO 失败，客户端退回 HELO，却仍然附加扩展参数。</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>中间设备改写或截短了 EHLO 响应，因此客户端和服务器对支持的扩展看法不一致。</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>参数格式错误，例如冒号后有空格，或参数值损坏。</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>阅读服务器真正提供的扩展；EHLO 之后的每一行 250- 就是一个关键字。</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>分别从网络内部和外部测试，或通过检查功能无法篡改的加密会话测试，与经过防火墙的结果进行比较。</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>在 Postfix 服务器上，检查是否有意隐藏了 EHLO 关键字。</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>从客户端的调试日志中，或通过抓包一次测试会话，获取客户端发送的确切 MAIL FROM 或 RCPT TO 行。</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>重复同一命令会再次失败。客户端可以不带服务器不支持的可选参数（SIZE、NOTIFY）开始新的事务，但不得为了让邮件通过而去掉 REQUIRETLS（RFC 8689）；此时邮件应被退回。</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail 将 555 与表示语法错误的增强代码搭配使用，因此除了参数之外，还要检查 MAIL FROM 和 RCPT TO 的语法（尖括号、冒号后不能有空格）。</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>域不接收邮件</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>由 RFC 7504 定义：地址中的域完全不接收邮件。通常的原因是空 MX 记录（RFC 7505，&quot;MX 0 .&quot;），域通过它声明自己不接收任何邮件；对应的增强代码是 5.1.10（收件人地址的域为空 MX）。它不同于 521（该主机不接收邮件）和 550（该邮箱被拒绝）。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>作为对 RCPT TO 的应答，来自在接受收件人域之前先对其进行查询的提交服务器或中继，例如 Postfix：&quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;。或者出现在您自己的 MTA 不联系任何服务器就写出的退信中（Postfix 记录 &quot;Domain example.com does not accept mail (nullMX)&quot;）。一个经典陷阱：example.com 本身就发布了空 MX，因此发往它的测试邮件总会以这种方式失败。</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>发件人检查地址：该域是停放域名、仅用于网站或是 no-reply 域，或者拼写错误把它变成了这样的域。请向收件人索取一个能接收邮件的地址。如果您拥有该域且确实需要接收邮件，由该域的管理员删除空 MX 并发布真正的 MX 记录。测试系统应使用邮件收集器（mail sink）或您控制的域，而不是 example.com。</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>该域是停放域名或只用于网站，并发布了空 MX。</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>拼写错误产生了另一个确实存在、且发布了空 MX 的域。</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>发往 example.com 或 example.net 的测试地址或占位地址到达了真正的邮件服务器。</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>域名所有者把邮件迁移到新服务商后，仍保留着空 MX。</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>回复发往了一个刻意拒收邮件的 no-reply 域。</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>查询 MX；唯一的应答为 &quot;0 .&quot; 即为空 MX。</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>用另一个工具交叉核对，它会打印该记录的优先级和目标。</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>在发件方的 Postfix 服务器上，列出因空 MX 被拒绝或退回的邮件。</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>不要放入队列或重试：空 MX 是域名所有者公开声明不接收任何邮件，因此发送端 MTA 会立即退信。只有域名所有者修改 DNS 后才能投递。</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>地址查询响应</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 在 RFC 5321 或任何其他已发布的 RFC 中都没有定义。它曾在一份关于地址查询机制的互联网草案中被提出，作为携带查询结果的响应，而该草案从未成为标准。主流 MTA 和大型服务商都不会发送它，非官方的代码列表则给这个数字附上了各种无关的含义。</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>在公共互联网上几乎从不出现。如果出现，说明对方运行着实验性或定制的软件，或配置了自制响应代码的过滤器；更常见的是，这个数字是日志或截图中另一个代码的误读。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>由发件方管理员确定发送它的软件（横幅、Received 头、远端的 postmaster），并阅读其文档了解含义。如果该代码来自您自己的服务器或过滤器配置，请将其替换为标准响应，例如带有适当增强代码的 550 或 554，以便其他软件能据此处理。</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>实现了地址查询草案的实验性服务器。</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>设置了自创响应代码的过滤器或自定义规则。</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>从日志、工单或截图中抄错的代码。</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>根据问候语横幅确定远端的软件。</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>在您的日志中找到确切的响应行，查看它所应答的命令以及代码后的任何文本。</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>发送端 MTA 根据第一位数字解释未知代码（RFC 5321 4.2）：将 557 视为永久性失败，退信而不是放入队列，并由人工联系远端的 postmaster。</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>被封锁</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>被列入黑名单</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 在任何 RFC 中都不是 SMTP 响应代码。说“错误 571，被封锁”的人几乎总是指增强代码 5.7.1（投递未获授权，邮件被拒绝，RFC 3463），它以 550 5.7.1 或 554 5.7.1 的形式出现。偶尔也有过滤器或定制的服务器配置在实际通信中发出字面意义上的 571；客户端必须按其第一位数字将其视为永久性失败。</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>出现在技术支持工单、Exchange NDR（&quot;#550 5.7.1 ...&quot;）、退信摘要和安全设备日志中。其背后的响应是在 MAIL FROM、RCPT TO 阶段或数据结束之后的策略拒绝：未经认证的中继、被列入黑名单的 IP、收件人所在组织不允许的发件人，或垃圾邮件判定。</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>获取完整的响应行并阅读 5.7.1 之后的文本，因为 5.7.1 本身只表示 &quot;not authorized&quot;。中继拒绝：发送客户端向自己的服务器认证。IP 被列入黑名单：发件方管理员解决原因并申请除名。受限的收件人（只接受内部或指定发件人的群组）：收件方管理员必须允许该发件人。垃圾邮件判定：检查认证和内容。</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>客户端未经认证就通过不为其中继的服务器发送（550 5.7.1 Unable to relay）。</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>发送 IP 或域的信誉较差，或在黑名单上。</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>收件人是只接受内部或指定发件人邮件的通讯组或邮箱。</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>收件方的传输规则或自定义策略（Google Workspace 的 gcdp 规则）拒绝了该邮件。</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>过滤设备被配置为以字面意义上的 571 应答。</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>找到失败地址带有 5.7.1 的确切行；代码后的文字指出了是哪项策略。</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>使用您自己的解析器，检查发送 IP 是否被 Spamhaus 列入（192.0.2.10 倒序）。</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>如果文本提到中继，请检查您的客户端能否为提交进行认证。</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>绝不要原样重试 571 或其背后的 550 5.7.1：拒绝它的策略依然有效。退信，并且只有在中继权限、黑名单列入或收件人规则的问题处理好之后再重新发送。</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>其他未定义状态</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>未指定错误</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>兜底的增强代码：服务器只说明结果是成功（2.0.0）、暂时性失败（4.0.0）还是永久性失败（5.0.0），不给出子类或细节。所有真正的信息都在基本代码和响应文本中。</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>可出现在会话的任何阶段，在退信中也非常常见。Postfix 在邮件数据之后应答 250 2.0.0 Ok: queued（已进入队列），对 QUIT 应答 221 2.0.0 Bye，以及 220 2.0.0 Ready to start TLS。当远程服务器的响应本身没有增强代码时，Postfix 和 Exim 也会在 DSN 中写入 Status: 5.0.0 或 4.0.0。</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>忽略增强代码，阅读旁边的基本代码和文本：它们说明了实际发生的情况。对于 2.0.0，无需修正。对于退信中的 4.0.0 或 5.0.0，由发件人（或发件方管理员）阅读 Diagnostic-Code 行，其中引用了远程服务器的原始响应，并据此着手处理。</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>远程服务器的响应没有携带增强代码，因此报告方 MTA 在写 DSN 时填入了通用的 X.0.0。</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>服务器软件给日常的成功响应标上 2.0.0，例如邮件数据之后最终的 250，或对 QUIT 的 221。</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>过滤器、milter 或策略服务用自己的自由文本拒绝了邮件，没有选择具体的增强代码。</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>打开退信，阅读 Diagnostic-Code 行：它引用了远程服务器真正说的话。</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>在发送服务器的日志中按收件人找到该邮件，阅读与之一同记录的完整响应。</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>仅凭类别数字判断：2.0.0 无需处理，4.0.0 按通常的退避策略稍后重试，5.0.0 不得原样重试。通用代码不提供任何偏离这一做法的理由。</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>其他地址状态</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>地址无效</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>事务中的某个地址（发件人或某个收件人的）导致了这一结果，但服务器没有说明具体原因。作为 5.1.0，它是与该地址相关的永久拒绝；作为 4.1.0，则预计地址问题会消除，例如一项暂时还无法完成的检查。</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>出现在对 MAIL FROM 或 RCPT TO 的响应中，以及 DSN 中。当其托管的域中的发件人地址不存在时（reject_unlisted_sender），Postfix 应答 550 5.1.0 ... Sender address rejected: User unknown in local recipient table（发件人地址被拒绝：本地收件人表中无此用户）；某些 Postfix 版本在为空 MX 的域退信时记录 dsn=5.1.0。Postfix、Gmail 和 Exchange 还会在对 MAIL FROM 的 250 响应中带上 2.1.0，这是注册表中没有列出的成功形式。</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>阅读代码后的文本，了解被拒绝的是哪个地址。如果指向发件人地址，由发件方管理员确保信封发件人是真实存在的邮箱，且其域可以解析；如果指向某个收件人，由发件人检查该地址是否有拼写错误。对于 4.1.0，发送服务器只需重试。</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>信封发件人看起来属于接收服务器的本地域，但在那里并不存在，因此启用了 reject_unlisted_sender 的 Postfix 拒绝了它。</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>收件人域发布了空 MX，而发送端 MTA 以通用地址代码而不是 5.1.10 报告。</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>某项策略或地址改写规则拒绝了一个地址，而没有选择更具体的代码。</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>阅读响应文本：它说明了被拒绝的是发件人地址还是收件人地址。</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>如果发件人地址属于执行拒绝的 Postfix 服务器所托管的域，请检查它是否存在于虚拟别名映射表中。</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>检查收件人域是否发布了空 MX（唯一的应答为 &apos;0 .&apos;）。</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0：不要原样向同一地址或从同一地址重新发送。4.1.0：按正常的退避策略稍后重试，因为服务器预计地址检查最终会成功。</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>目标邮箱地址错误</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>收件人无效</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>找不到收件人</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>地址不存在</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>邮件地址不存在</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>邮箱不存在：地址中 @ 左边的部分在目标处未知，而域本身没有问题。它本意是永久性失败（5.1.1），即地址打错或已删除时典型的硬退信；当服务器暂时无法确认收件人并要求稍后重试时，会出现 4.1.1。</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>几乎总是作为对 RCPT TO 的应答，在发送任何邮件数据之前出现，随后出现在发送服务器写出的退信中。Gmail、Microsoft 365、Postfix（User unknown in local recipient table 或 in virtual mailbox table，即本地收件人表或虚拟邮箱表中无此用户）和 Sendmail（User unknown）都使用它。当收件人地址验证仍在进行时，Postfix 发送 450 4.1.1 ... unverified address。</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>发件人检查地址是否有拼写错误（尤其是 @ 之前的部分），并通过其他渠道向收件人确认正确的地址。列表运营者在收到 5.1.1 后删除该地址。如果该邮箱本应存在，由收件方管理员检查它是否存在于接收服务器所用的目录或查询表中，以及网关和备用 MX 主机的收件人列表是否为最新。</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>本地部分有输入错误：漏了字母、名和姓颠倒，或分隔符用错。</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>邮箱已被删除或重命名（例如员工离职后），且没有保留别名。</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>地址列表或邮件客户端自动补全缓存中的过时条目。</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>网关或备用 MX 对照过时的列表检查收件人，拒绝了在最终服务器上确实存在的邮箱。</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>邮箱已创建，但接收服务器的查询表（虚拟映射表、LDAP 查询）没有重建或看不到它。</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>找出收件人域的 MX 主机。</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>不发送邮件，针对该 MX 测试该地址：观察对 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>在您运行的 Postfix 服务器上，检查该收件人是否在虚拟邮箱映射表中。</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>不要重试 5.1.1：该地址不会自己出现，而反复尝试无效地址会损害发件方的信誉。4.1.1 按正常退避策略重试；如果变成 5.1.1，就停止。</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>当 gmail.com 或 Google Workspace 地址没有对应账户时，Gmail 在 RCPT TO 阶段的应答；与注册表中的含义一致。</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange 无法在其目录中解析该收件人。在同一组织的用户之间，这往往是指向已重建或已迁移邮箱的旧自动补全条目（X.500 / legacyExchangeDN）：删除该建议，重新输入地址后再发送。</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>目标系统地址错误</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>域名不存在</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>没有MX记录</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>找不到域名</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>收件人地址的域部分（@ 右边）无法接收邮件：它在 DNS 中不存在，或没有可用的邮件主机。它被定义为永久性失败，因此在更正域名之前，邮件无法投递。</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>要么作为对 RCPT TO 的应答，来自检查收件人域的服务器；要么出现在发送服务器自己的 DNS 查询失败后写出的退信中。启用了 reject_unknown_recipient_domain 的 Postfix 应答 450 4.1.2 ... Recipient address rejected: Domain not found（收件人地址被拒绝：找不到域名；默认是暂时性的，因为 DNS 故障可能会过去），Sendmail 则以 550 5.1.2 ... Host unknown 退信。</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>发件人检查域名的拼写（常见失误：知名服务商名称中漏了一个字母、末尾多了句点、缺少国家后缀）。如果域名正确，由收件方管理员检查它是否已注册并完成委派，以及是否发布了 MX 记录（或至少一条地址记录），并指向正常工作的邮件服务器。</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>域名拼写错误，例如大型服务商名称中多了或少了一个字母。</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>域名注册已过期，或其域名服务器不再为其应答。</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>该域存在，但既没有 MX 记录，也没有 A 或 AAAA 记录，因此没有可以投递的主机。</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>MX 记录指定的主机本身无法解析。</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>查询该域的邮件主机。</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>如果没有 MX，查找作为后备使用的地址记录。</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>从根开始跟踪委派，查看该域是否存在、其域名服务器是否应答。</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>不要原样重试 5.1.2；请更正地址。如果原因是 DNS 中断且服务器使用的是 4xx 基本代码，则按正常退避策略重试。</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail 找不到收件人地址中的域，通常是拼写错误或地址后面多了标点；与注册表中的含义相同。</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>目标邮箱地址语法错误</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>邮件地址无效</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>地址格式错误</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>收件人地址根本不是有效的地址：它违反了地址语法，例如含有空格、缺少 @、连续两个点或尖括号不配对。注册表将其视为永久性错误，因为同样的字符串每次都会被拒绝。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>作为对 RCPT TO 的应答，通常与 501 或 553 一起出现。Postfix 应答 501 5.1.3 Bad recipient address syntax（收件人地址语法错误），Gmail 应答 553-5.1.3 ... is not a valid RFC 5321 address，本地部署的 Exchange 则报告 5.1.3 STOREDRV.Submit; invalid recipient address。通常来源是自行构造 RCPT TO 行的脚本和网页表单。</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>由发件人或构造信封的客户端软件更正地址：不含空格或多余标点，恰好一个 @，完整的域名，并在 RCPT TO 中把纯地址放在尖括号内。应用程序应在把邮件放入队列之前校验地址。</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>地址中含有空格、逗号或分号，通常是把多个地址粘贴到了一个字段中。</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>连续两个点，或本地部分以点开头或结尾。</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>把显示名称或引号传进了 RCPT TO，而不是纯地址。</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>向未提供 SMTPUTF8 的服务器发送了非 ASCII 字符。</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>从退信中复制确切的地址，查找隐藏的空格、引号、重复的点或缺失的域名。</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>用更正后的地址重复该信封，观察 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>不要重试：格式错误的地址每次尝试都会以同样的方式被拒绝。修正地址后提交一封新邮件。</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail 拒绝不符合 RFC 5321 语法的收件人地址；与注册表中的含义相同。</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>目标邮箱地址不明确</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>该地址在目标系统上匹配到不止一个邮箱，因此服务器无法判断指的是哪一个。它来自以宽松方式（按姓名或部分匹配）映射地址的系统，可以是永久性的（5.1.4），也可以是持续的暂时性问题（4.1.4）。</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>在当今互联网上很少见。它来自按姓名解析收件人的目录驱动型系统，例如旧版 Exchange 和某些群件网关，出现在对 RCPT TO 的应答或 DSN 中。RFC 5321 的 VRFY 命令也有同样的思路：服务器可以应答某个名称有歧义，并列出候选项。</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>发件人使用完整、准确的地址，而不是简写或姓名。收件方管理员消除重复项——目录中带有相同别名、代理地址或姓名的两个用户或联系人，并检查是否存在按名字匹配之类的宽松匹配规则。</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>两个目录对象带有相同的别名或代理地址，例如迁移时把一个用户导入了两次。</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>接收系统按姓名匹配收件人，而有好几个人同名。</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>在系统要求完整地址的地方使用了简短的本地部分，例如只有名字。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>收件方管理员在目录中搜索所有带有该地址的对象。</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>严格按照收件人提供的形式，使用完整地址重新发送。</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4：不要重试同一地址；改用不会产生歧义的地址重新发送。4.1.4：按退避策略稍后重试，因为收件方管理员可能正在修复重复项。</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>目标地址有效</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>成功代码：目标地址有效且已被接受。RFC 3463 原本将其用于肯定的投递报告，实际中几乎所有服务器都会在对 RCPT TO 的 250 响应中带上 2.1.5。</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>出现在对每个收件人的 RCPT TO 响应中（Postfix 250 2.1.5 Ok，Exchange 250 2.1.5 Recipient OK，Sendmail 250 2.1.5 ... Recipient ok），以及发件人请求了 NOTIFY=SUCCESS 时的成功 DSN 中。在 RCPT TO 阶段，它只表示该地址在本事务中被接受，并不表示邮件已到达收件箱。</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>无需修正。只有当以 2.1.5 接受的邮件后来被退回或始终未到达时，才需要进一步查看：此时问题出在接受之后（内容过滤、之后的某个投递步骤，或接受任何地址的备用 MX），由收件方管理员在其日志中追踪该邮件。</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>收件人地址存在，服务器在本事务中接受了它。</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>不在 RCPT TO 阶段验证收件人的服务器（一些备用 MX 主机、catch-all 域）接受任何地址，之后可能会退信。</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>通过 NOTIFY=SUCCESS 请求了成功 DSN，而最终服务器报告已投递。</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>将信封运行到 RCPT TO，确认得到 250 2.1.5 响应。</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>如果已被接受的邮件始终没有到达，请找到接收服务器在数据之后的 250 响应中给出的队列 ID（Postfix 记录为 queued as ...），将其发给收件方管理员，由其在自己的日志中搜索。</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>无需重试：收件人已被接受。客户端继续对话，发送更多 RCPT TO 命令或 DATA。</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>目标邮箱已迁移，无转发地址</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>账户已注销</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>员工已离职</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>该地址曾经有效，但邮箱已不存在，服务器也不提供转发地址。这是永久性失败；与 5.1.1 不同，它告诉发件人该地址过去确实存在过。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>作为对 RCPT TO 的应答或出现在退信中，来自保存离职用户列表的服务器。Postfix 的 relocated 表以 5.1.6 拒绝，附带 User has moved to 之类的文本，后跟新地址，因此实际中它往往确实会给出转发地址。本地部署的 Exchange 将 5.1.6 用于别的情况：接收连接器拒绝单标签的收件人域（例如没有后缀的 user@example 这样的地址）。</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>发件人停止使用该地址，向本人或其组织索取新地址；如果响应文本中给出了新地址，就使用它。列表所有者删除该地址。如果组织希望别人能找到此人，收件人原来的管理员可以添加转发别名或自动回复。</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>此人已离开该组织，管理员把该地址放入了 relocated 表或离职用户表。</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>公司更换了域名或命名规则，有意停用了旧地址。</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>在 Exchange 上，收件人域只有单个标签，而接收连接器被设置为拒绝这类域。</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>阅读完整的响应文本：有些服务器会在 &apos;moved to&apos; 后面给出新地址。</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>在 Postfix 服务器上，查看该地址是否在 relocated 表中。</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>不要重试：该邮箱不会恢复。删除该地址，或者如果响应中给出了新地址，就改发到新地址。</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>发件人邮箱地址语法错误</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>发件人地址无效</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>MAIL FROM格式错误</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>发件人的地址（通常是信封 MAIL FROM）语法无效。作为 5.1.7，它是永久拒绝；服务器在只是暂时拒绝某个发件人时（例如仍在验证它的过程中），也会发送 4.1.7。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>作为对 MAIL FROM 的应答，或在 RCPT TO 阶段应用发件人限制的服务器上作为对 RCPT TO 的应答。Postfix 返回 501 5.1.7 Bad sender address syntax（发件人地址语法错误），Gmail 返回 553-5.1.7 The sender address ... is not a valid RFC 5321 address。启用了 reject_unverified_sender 的 Postfix 将该代码复用为 450 4.1.7 ... Sender address rejected: unverified address（发件人地址未经验证），这涉及的是验证而不是语法。脚本、打印机和扫描仪是常见来源。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>由发件方管理员或发信应用程序修正信封发件人：一个完整的地址，只有一个 @，使用完全限定的域名，放在尖括号内，不带显示名称。设备和脚本经常只发送用户名或仅含主机名的域；请配置一个真实的地址。对于 Postfix 的 4.1.7 情况，确保发件人地址能够接收邮件，因为接收方会探测它。</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>应用程序或设备把单纯的用户名或不带域的主机名用作信封发件人。</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>显示名称、引号或空格出现在了 MAIL FROM 中。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>发件人的域没有后缀，例如 user@localhost 或内部的短主机名。</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>接收服务器正在探测发件人地址，尚未得到应答（Postfix 4.1.7）。</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>找到服务器看到的信封发件人；Postfix 将其记录为 from=&lt;...&gt;。</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>用干净的发件人地址重复该事务，比较对 MAIL FROM 的响应。</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7：不要用同一发件人地址重试；先修正它。4.1.7：按正常退避策略稍后重试；接收方完成对发件人的验证后通常就能通过。</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail 拒绝不符合 RFC 5321 地址语法的信封发件人；与注册表中的含义相同。</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>发件人系统地址错误</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>发件人域名不存在</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>发件人地址的域不存在或无法接收邮件，因此退信无法送回。当该域显然已不存在时，服务器会永久拒绝这类发件人（5.1.8）；当只是 DNS 查询失败时，则暂时拒绝（4.1.8）。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>作为对 MAIL FROM 的应答，或在推迟评估发件人限制的服务器上（Postfix 默认如此）出现在 RCPT TO 阶段。启用了 reject_unknown_sender_domain 的 Postfix 应答 450 4.1.8 ... Sender address rejected: Domain not found（找不到发件人的域）；Sendmail 应答 553 5.1.8 ... Domain of sender address ... does not exist，或在无法解析时应答 451 4.1.8。Microsoft 365 使用 5.1.8 表示一个无关的含义。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>发件方管理员确保信封发件人使用真实的公网域名，并带有 MX 或地址记录：不是仅限内部的名称（例如 .local 域），不是拼写错误，也不是注册已失效的域名。如果 DNS 看起来没有问题，请检查该域的域名服务器能否从公司网络外部应答。收到 5.1.8 的 Microsoft 365 发件人需要其管理员保护该账户并解除限制。</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>发信应用程序使用了只存在于公司私有 DNS 中的内部域。</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>发件人域的注册已过期，或其委派已损坏。</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>发件人域既没有 MX 记录，也没有 A 或 AAAA 记录。</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>接收方出现暂时性 DNS 故障，此时给出的是 4.1.8 而不是 5.1.8。</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>从您网络外部的机器查询发件人域的 MX 记录。</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>如果没有 MX，检查作为后备使用的 IPv4 和 IPv6 地址记录。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，列出生效的发件人限制。</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8：按正常退避策略重试；DNS 问题往往几分钟内就会消除。5.1.8：在发件人域或信封发件人修正之前不要重试。</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online 限制了发件账户本身，通常是因为该账户被盗用后发送了垃圾邮件。这与发件人的域无关：由管理员保护该账户，并在 Microsoft 365 Defender 门户中将其从受限实体列表中移除。</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>邮件已中继到不合规的邮件系统</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>地址有效，但邮件已交给一个不支持当前所用状态或跟踪协议的系统，因此无法提供更多信息。它来自 RFC 3886（邮件跟踪），在大多数用法中是提示性的，而不是错误。</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>很少见。它属于邮件跟踪响应（RFC 3885 的 MTRK 扩展和 RFC 3886 的状态格式），以及跟踪线索止于无法继续报告的网关或服务器的状态报告。在普通 DSN 中，同样的情况通常显示为 Action: relayed（已中继）。</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>通常无需修正：邮件已离开路径中报告状态的那一段。如果需要投递证明，请直接询问收件人，或请收件方管理员搜索其日志，因为最后一个报告的跳点无法看到更远的地方。</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>下一跳是通往另一类消息系统（旧式群件、传真或短信网关）的网关，不支持跟踪。</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>下游服务器不支持 DSN 或跟踪，因此报告方服务器在不带这些功能的情况下转交了邮件。</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>邮件被送到了外部服务，其内部投递情况对报告方服务器不可见。</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>在状态报告中，阅读 Action、Status 和 Remote-MTA 字段，查看跟踪线索止于何处。</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>检查下一跳是否在其 EHLO 响应中声明了 DSN。</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>无需重试：邮件已被接受并继续转交。如果看到类别 4 或 5 的形式，应视为未知的最终状态；如果投递情况很重要，请在邮件系统之外确认。</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>收件人地址的域为空 MX</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>收件人的域发布了空 MX（一条优先级为 0、主机为 &apos;.&apos; 的 MX 记录），这是域名所有者明确声明该域完全不接收邮件。这种失败是永久性的：由于该域有 MX 记录，不适用 A/AAAA 后备机制，投递会立即失败。</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>出现在两个地方。发送服务器查询收件人域时发现空 MX，会立即使该邮件失败，并在退信中报告，基本代码为 556（RFC 7504）；此时某些 Postfix 版本会记录 dsn=5.1.0 以及 Domain ... does not accept mail (nullMX)。检查收件人域的接收服务器或提交服务器也可以用 556 5.1.10 拒绝 RCPT TO，Postfix 启用 reject_unknown_recipient_domain 时就是如此。</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>发件人检查地址：空 MX 通常意味着该域从来就不用于邮件（停放域名、仅用于网站的域名或占位域名），或者地址有拼写错误。如果收件人确实应在那里收信，由收件方管理员用真正的 MX 记录替换空 MX；空 MX 必须是该域唯一的 MX 记录。</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>地址使用了有意不接收邮件的域，例如停放域名、仅用于网站的域名或占位域名。</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>拼写错误恰好落在了一个发布空 MX 的真实域上。</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>域名所有者把邮件迁移到了别处，却误将空 MX 保留了下来。</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>真实数据中使用了测试或示例地址：例如 example.com 就发布了空 MX。</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>查询收件人域的 MX 记录；空 MX 表现为唯一的应答 &apos;0 .&apos;。</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>在发送服务器的日志中找到这封退信，查看它记录的代码和文本。</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>绝不要重试：该域已声明不接收任何邮件。应立即退信，而不是把邮件留在队列中。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Exchange Online 的自有用法，与空 MX 无关：在托管该域的 Microsoft 365 组织中不存在该收件人，实际上与 5.1.1 一样是未知用户。发件人检查地址并清除过时的 Outlook 自动补全条目；收件方管理员检查收件人对象及其代理地址。</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>其他或未定义的邮箱状态</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>邮箱错误</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>邮箱存在，但它的某种情况妨碍了投递，而服务器没有说明是什么。作为 4.2.0，预计问题会消除；作为 5.2.0，对这封邮件而言是永久性失败。</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>通常出现在收件人的邮件存储写出的退信中，而不是在 RCPT TO 阶段，因为问题只有在邮件写入邮箱时才会显现。Exchange 和 Microsoft 365 经常使用 5.2.0，后跟一个说明真正原因的 STOREDRV.Deliver 异常名称；当存储返回无法归类的错误时，LMTP 和本地投递软件也可能使用它。</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>阅读代码后的文本：它几乎总会指出真正的情况。然后由收件方管理员检查邮箱本身（包括隐藏文件夹在内的配额、损坏的文件夹、权限、正在迁移的邮箱）。发件人只能通过其他渠道把退信转告收件人。</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>邮箱或其某个隐藏文件夹超出了存储上限，但并未以普通的“邮箱已满”报告。</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>邮箱正在移动、迁移或修复，存储拒绝写入。</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>投递期间邮箱存储发生权限或文件系统错误。</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>附加在邮箱上的投递规则或 Sieve 脚本在处理该邮件时失败。</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>从退信中复制 5.2.0 之后的文本；在 Microsoft 365 上，异常名称（例如 QuotaExceededException）会告诉管理员该去哪里查找。</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>在 Microsoft 365 上，由收件方管理员检查“可恢复的项目”文件夹的大小。</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>在 Dovecot 服务器上，由管理员检查收件人的配额使用情况。</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0：按退避策略重试。5.2.0：不要自动重新发送同一封邮件；待收件方报告邮箱已修复后再发送。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Exchange Online 的存储驱动程序无法把邮件放入邮箱，并给出了异常名称。即使可见邮箱远未达到上限，QuotaExceededException 也可能来自已满的“可恢复的项目”区域，例如处于保留策略（retention hold）之下时。</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>邮箱已禁用，不接收邮件</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>邮箱已停用</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>邮箱存在，但已被关闭，不接收邮件。注册表允许两种类别：邮箱永远不会再启用时用 5.2.1，只是暂时禁用时用 4.2.1。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>作为对已暂停、已锁定或不活跃账户的 RCPT TO 的应答。Gmail 对已禁用或不活跃的账户发送 550 5.2.1，而 450 4.2.1 则用于另一种情况：收件人接收邮件的速度超过了 Gmail 允许的上限。Exchange 曾将 5.2.1 用于被其内容过滤器隔离的邮件，以及无法访问的邮箱。</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>发件人通过其他渠道确认该地址是否仍在使用，如果账户已关闭，就将其从列表中删除。收件人或其管理员重新启用账户、解决暂停问题，或登录以重新激活账户。对于 Gmail 的 4.2.1 速率限制，发件人放慢发送速度，让队列自动重试。</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>服务商或组织暂停了该账户，例如因欠费或滥用。</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>账户长期未使用，服务商将其停用。</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>员工已离职，管理员封锁了该邮箱而不是将其删除。</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmail 的 4.2.1：收件人在短时间内收到了太多邮件。</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>阅读文本：disabled、inactive、suspended 或 receiving mail too quickly 各自对应不同的解决方法。</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>统计您的服务器最近向该收件人发送了多少封邮件，以防涉及速率限制。</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1：不要重试；该账户已不再接收邮件。4.2.1：按退避策略重试，并把邮件分散开发送；收件人的接收速率下降后，Gmail 会再次接受。</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>该 Google 账户存在，但已被禁用或不活跃（旧的响应写的是 &apos;is disabled&apos;）；与注册表中的含义一致。</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmail 的自有用法：邮箱本身没有问题，但收到邮件的速度超过了 Gmail 允许的上限，因此发件人应放慢速度并重试。Gmail 还有一种永久性的 550 5.2.1 形式，表示该用户接收邮件的速率过高，无法再投递更多邮件。</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>收件箱已满</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>存储空间已满</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>收件人的邮箱超出了存储配额。RFC 3463 本意将其作为持续的暂时性失败（4.2.2），因为收件人可以删除邮件腾出空间；但许多服务器发送的是 5.2.2，这种永久性形式在退信中非常常见。</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>在预先知道配额的服务器上（Gmail、启用配额检查的 Dovecot）出现在 RCPT TO 阶段；当存储在投递期间发现邮箱已满时，出现在数据结束时和退信中。Dovecot 应答 552 5.2.2 ... Quota exceeded (mailbox for user is full)，设置了 quota_full_tempfail 时则应答 452 4.2.2。Exchange 返回 554 5.2.2 mailbox full。</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>收件人删除或归档邮件并清空废纸篓，或由收件方管理员提高配额。发件人在技术上无能为力：通过其他方式告知收件人，稍后再发送。列表运营者应将持续数周的配额退信视为邮箱已被弃用的迹象。</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>收件人从不清理邮箱，邮箱已达到配额。</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>info@ 之类的共享或角色邮箱收到大量邮件，却无人维护。</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>大附件迅速占满了容量较小的邮箱。</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>与其他服务共用的存储空间已满，例如 Gmail 的配额也涵盖 Google Drive 和 Google 相册。</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>在 Dovecot 服务器上，显示收件人的使用量与上限的对比。</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>在使用本地 mbox 投递的 Postfix 上，将邮箱文件大小与 mailbox_size_limit 进行比较。</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>作为发件人，留意退信上写的是 4.2.2（您的服务器仍在重试）还是 5.2.2（它已经放弃）。</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2：在正常的队列生存期内按退避策略持续重试，因为收件人可能会释放空间。5.2.2：邮件会被退回，但这种情况可能会消除；稍后再手动重新发送，而不是立即发送。</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>该 Google 账户超出了存储配额，Gmail 延迟接收该邮件（旧的响应写的是 &apos;The email account that you tried to reach is over quota&apos;）；这是本意中的暂时性用法。</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>当已满的账户看起来也已被弃用时，Gmail 会把配额问题变成永久拒绝，从而让发件方服务器停止重试。</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>邮件长度超出管理限制</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>附件太大</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>邮件大于该特定邮箱所能接收的大小。注册表本意将其用于低于全系统上限的单个邮箱上限（全系统的情况是 X.3.4）；对这封邮件而言是永久性失败。</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>出现在数据结束时，或当客户端用 SIZE= 声明了大小时出现在 MAIL FROM 阶段。当收件人的最大接收大小小于邮件时，Exchange 使用带 RESOLVER.RST.RecipSizeLimit 的 5.2.3。Gmail 对其自身的邮件大小上限使用 552 5.2.3，而那实际上是系统上限。</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>发件人缩小邮件：删除或压缩附件，或通过链接共享大文件。请记住，base64 编码会使附件比磁盘上的文件大约三分之一。如果邮箱上限低得不合理，由收件方管理员提高其接收大小。</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>附件作为文件时刚好低于上限，经 base64 编码后就超过了。</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>为单个收件人设置的最大接收大小低于组织的传输上限。</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>大量内嵌图片，或转发的邮件会话中夹带着先前的附件。</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>将退信中的大小与其说明的上限进行比较；计算的是编码后的邮件大小，而不是文件大小。</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>在 Exchange Online 上，由收件方管理员查看该邮箱的接收上限。</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>不要重试同一封邮件：下次它的大小还是完全一样。请改发一个较小的版本。</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Gmail 的整体邮件大小上限，这是注册表会归入 X.3.4 的全系统上限；Gmail 也会以 5.3.4 发送同样的文本。</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>邮件超出了收件人自己的最大接收大小，这正是注册表所描述的单个邮箱的情况。</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>邮件列表展开问题</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>通讯组列表</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>该地址是邮件列表或通讯组，而该列表无法展开为其成员。根据列表定义是已损坏还是只是暂时不可用，它可能是永久性的（5.2.4），也可能是持续的暂时性问题（4.2.4）。</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>当邮件发往列表、别名或通讯组时：如果服务器立即展开，则出现在 RCPT TO 阶段；否则出现在列表服务器发出的退信中。注册表将其与 450 和 452 搭配。旧版 Exchange 会报告 5.2.4 mailing list expansion problem；当无法读取成员关系时，列表管理程序或基于目录的群组也可能产生它。</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>发件人只能将其报告给列表所有者或收件方管理员。由列表所有者或管理员检查列表定义：提供成员的 include 文件或目录查询、形成循环或指向已删除群组的嵌套群组，以及展开所依赖的目录服务器。</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>别名指向的 include 文件不存在，或邮件系统无法读取。</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>保存群组成员关系的目录（LDAP、Active Directory）无法访问，因此返回暂时性的 4.2.4。</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>嵌套的群组互相引用形成循环，或引用了已被删除的群组。</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>展开后的收件人数将超过服务器允许的单封邮件收件人上限。</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>让邮件系统展开该地址而不投递任何内容：Sendmail 会在终端上打印成员或错误，而 Postfix 的 sendmail -bv 会把报告用邮件发给您。</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>在 Postfix 上，在别名数据库中查找该列表。</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4：按退避策略重试；目录恢复后展开通常就能再次成功。5.2.4：在列表所有者修复列表之前不要重试。</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>其他或未定义的邮件系统状态</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>导致这一结果的是目标邮件系统的某种情况，而不是地址或邮箱，服务器也没有给出细节。暂时性形式 4.3.0（服务器端故障）远比其他形式常见；5.3.0 是系统层面的永久拒绝，2.3.0 则是罕见的成功变体。</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>可出现在任何阶段，最常见于数据结束时或 RCPT TO 阶段。Postfix 在无法保存邮件时发送 451 4.3.0 Error: queue file write error，在表或数据库查询失败时发送 451 4.3.0 ... Temporary lookup failure。Gmail 对其自身的暂时性问题使用 451 4.3.0 和 421 4.3.0。Exchange 在把邮件移入有害邮件队列时使用 5.3.0 Too many related errors。</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>对于 4.3.0，发送方通常只需等待，接收方管理员则在服务器日志中查找拒绝时刻的底层错误（磁盘已满、查询失败、内容过滤器崩溃）。对于 5.3.0，响应文本会说明系统拒绝了什么；必须由收件方管理员修复服务器，发件人只能与其联系。</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>接收服务器无法把邮件写入其队列：磁盘已满、文件系统错误或权限错误。</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>邮件服务器所依赖的查询表、数据库或 LDAP 服务器在事务期间出错。</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>内容过滤器、milter 或病毒扫描程序崩溃或超时。</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>服务商暂时拒收了该邮件，没有给出具体原因。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，找到紧接在拒绝之前记录的警告或致命错误消息。</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>检查队列所在位置的剩余空间和 inode。</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>让 Postfix 检查自身的配置、属主和权限。</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0：按退避策略稍后重试；大多数原因无需发件方协助即可修复。5.3.0：不要原样重试；从文本或收件方管理员处了解系统拒绝了什么。</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Gmail 的通用暂时拒绝：发件方无需做任何修改，稍后重试即可。Gmail 还会发送 451 4.3.0 Multiple destination domains per transaction is unsupported，要求客户端把不同域的收件人放在不同的事务中。</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>邮件系统已满</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>整个邮件系统的存储空间（通常是磁盘或队列空间）已耗尽，因此现在无法接收该邮件。与邮箱已满不同，收件人无法通过删除邮件来解决；它只被定义为暂时性失败。</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>在 MAIL FROM、RCPT TO 阶段或数据结束时出现，搭配 452。当队列文件系统的剩余空间低于所需（queue_minfree 以及 message_size_limit 的 1.5 倍）时，Postfix 应答 452 4.3.1 Insufficient system storage。当磁盘空间或内存不足触发背压时，Exchange 应答 452 4.3.1 Insufficient system resources。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>由接收服务器的管理员释放队列或存储卷上的空间（旧日志、隔离区、膨胀的延迟队列）或扩容；在 Exchange 上，还要检查背压阈值和存放队列数据库的磁盘。发件方无需做任何事：其服务器会重试。</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>存放邮件队列的分区已满，通常是因为日志或延迟队列不断增长。</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>文件系统虽有剩余空间，但 inode 已耗尽。</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>邮件环路或一波垃圾邮件占满了队列。</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>Exchange 背压对磁盘空间不足或内存占用过高作出反应。</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>检查队列文件系统的空间和 inode。</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>查看队列中有多少封邮件，以发现环路或垃圾邮件风暴。</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>将 Postfix 的剩余空间阈值与其邮件大小上限进行比较。</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>按正常退避策略稍后重试；该代码只被定义为暂时性的。如果持续时间超过队列生存期，邮件会被退回，因此如果能联系到接收方管理员，请提醒对方。</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>系统不接收网络邮件</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>邮件服务器宕机</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>存放邮箱的主机不接收来自网络的邮件。作为 4.3.2，这是暂时的（正在关机、过载、维护）；作为 5.3.2（与 RFC 7504 的 521 响应一起使用），该主机永远不接收邮件。</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>正在关机、过载或维护中的服务器可能在其暂时性响应中带上 4.3.2；当传输组件处于非活动状态时（例如更新后仍处于维护模式），本地部署的 Exchange 以 4.3.2 应答（Service not available、Service not active）。完全不接收邮件的主机可能在问候语之后对命令以 521 加 5.3.2 应答。Microsoft 365 还将 4.3.2 用于邮箱级别的限制。</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>对于 4.3.2，发送方等待，由接收方管理员恢复服务：完成维护、降低负载，在 Exchange 上则在 Exchange 命令行管理程序中将非活动的服务器组件重新设为活动状态。对于带 5.3.2 的 521，说明收件人的域把邮件指向了一台拒收所有邮件的主机：由收件方管理员修正 MX 记录；如果该域确实不接收邮件，则发布空 MX。</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>服务器正在维护或关机，拒绝新的事务。</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>服务器过载，在负载下降之前拒绝部分工作。</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>在 Exchange 上，更新或维护后服务器组件仍处于非活动状态。</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX 或后备地址记录指向一台有意不作为邮件服务器、并应答 521 的主机。</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>连接 25 端口并读取问候语：220 表示开放，421、521 或 554 则表示该主机拒绝连接。</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>在 Exchange 上，列出非活动的服务器组件（EX01 为服务器名称）。</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>检查该域的 MX 记录指向哪些主机。</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2：按正常退避策略重试，如果该域有其他 MX 主机，最好改发到那里。带 521 的 5.3.2：不要重试该主机；必须先修改该域的 MX 设置。</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>系统不具备所选功能</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>邮件要求使用目标系统不支持的功能，通常发生在无法把一种邮件系统的功能映射到另一种系统的网关上。如果该功能在那里永远不可用，则为永久性的（5.3.3）；如果预计支持会恢复，则为暂时性的（4.3.3）。</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>不常见，且因厂商而异。当某个参数指定了下一跳不具备的扩展时，它可能出现在 MAIL FROM 或 RCPT TO 阶段；也可能出现在无法把所请求的属性（投递期限、优先级、回执请求）带入下一个系统的网关所发出的退信中。当用于内部邮件的接收连接器缺少 Exchange Server 认证机制时，本地部署的 Exchange 曾使用 5.3.3 Unrecognized command。</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>阅读文本，查看被拒绝的是哪项功能。由发件方管理员或客户端软件停止对该目标请求该功能，或改走支持它的路径。如果接收系统本应支持该功能，则由其管理员启用该扩展或修复连接器，如 Exchange 的情况。</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>邮件请求了下一个系统不具备的扩展，例如二进制传输或投递期限，而网关无法悄悄将其去掉。</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>通往非 SMTP 消息系统的网关无法在另一侧表示邮件的某个属性。</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Exchange 内部的接收连接器未配置 Exchange Server 认证，因此 Exchange 专用命令被拒绝。</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>列出接收服务器提供的扩展，并将其与您的服务器在 MAIL FROM 和 RCPT TO 中发送的参数进行比较。</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>在发件方的 Postfix 服务器上找到该事务，查看哪条命令被拒绝。</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3：不要向同一系统重复同样的请求；去掉不受支持的功能，或改走其他路由。4.3.3：按退避策略稍后重试。</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>邮件对系统而言过大</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>附件太大</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>邮件超过了接收系统对任何邮件所接受的大小，无论该上限是技术性的还是管理员设置的。对这封邮件而言是永久性失败；请对比 X.2.3，那是针对单个邮箱的上限。</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>当客户端声明的 SIZE= 大于服务器声明的上限时，出现在 MAIL FROM 阶段；否则在服务器统计完字节数后出现在数据结束时，也会出现在后续跳点发出的退信中。Postfix 应答 552 5.3.4 Message size exceeds fixed limit（message_size_limit，默认约 10 MB）。Exchange 使用 5.3.4 Message size exceeds fixed maximum message size，Gmail 则将 552 5.3.4 用于其大小上限，以及附件过多或邮件头过大的情况。</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>发件人缩小邮件：减少或压缩附件，或改用下载链接。将文件大小与上限比较时，要考虑 base64 编码，它会使大小增加约 37%。接收方管理员可以提高上限，但这样一来，路径上的每一跳（包括过滤器）都必须接受新的大小。</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>附件超过了目标的上限，例如未经调整的 Postfix 服务器默认的 10 MB。</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>邮件以文件计低于上限，但经 MIME 编码后就超过了。</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>路径上的某个中继或过滤器的上限低于最终服务器。</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail 特有：附件过多或邮件头过大，以同一代码报告。</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>阅读服务器 EHLO 响应中的 SIZE 行：它是服务器可接受的最大邮件大小。</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>在 Postfix 上，显示以字节为单位配置的上限。</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>在 Exim 上，显示配置的上限。</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>不要重试同一封邮件：大小上限不会在两次尝试之间改变。请改发一封较小的邮件。</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Gmail 的邮件大小上限。配合其他文本（附件数量超过 Google 的上限，或某个邮件头超过大小上限）时，同一代码也涵盖 Gmail 对附件数量和邮件头大小的限制。</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>系统配置不正确</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>邮件服务器配置错误</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>接收系统的配置使其无法接受这封邮件：这是服务器端的配置错误，而不是邮件或地址的问题。预计管理员很快会修复时为 4.3.5，拒绝为最终结果时为 5.3.5。</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>当限制规则、查询表或策略服务配置错误时，Postfix 发送 451 4.3.5 Server configuration error（或 Server configuration problem），并且只在自己的日志中记录详情。本地部署的 Exchange 在检测到环路时使用 5.3.5 System incorrectly configured，例如某个接收连接器的 FQDN 与邮件流中的另一台服务器相同。</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>只有接收服务器的管理员才能修复：阅读拒绝时刻的服务器日志，Postfix 会在那里记录真正的警告（未知的限制规则、缺失的映射文件、无法访问的策略服务器），修正后重新加载。发件人只能报告这封退信并等待。</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>限制规则列表引用了不存在或类型错误的查询表。</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>配置中指定的策略服务或 milter 没有运行。</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>配置变更引入了拼写错误的限制规则名称。</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>邮件流中的两台服务器使用同一个主机名，因此 Exchange 把这一跳视为环路。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>在接收端的 Postfix 服务器上，找到与 4.3.5 响应同一时刻写入的警告。</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>只显示与 Postfix 默认值不同的设置，以找出拼写错误或缺失的映射表。</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>检查配置中指定的每个映射文件是否存在，且比其源文件更新。</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5：按退避策略重试；管理员修复配置后就会消除。5.3.5：不要原样重试；请联系收件方管理员。</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>所请求的优先级已被更改</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>来自 MT-PRIORITY 扩展（RFC 6710）的成功代码：服务器接受了邮件，但没有遵从客户端请求的传输优先级或其隐含的默认优先级。代码后的文本以实际应用的优先级开头。</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>只出现在双方都支持 MT-PRIORITY 的服务器之间，这在军事或应急消息等专门场景之外很少见。客户端用 MAIL FROM 的 MT-PRIORITY 参数请求 -9 到 9 之间的优先级，服务器在肯定响应（250 或 251）中报告更改，例如发件人无权使用高优先级时。</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>没有任何故障：邮件已被接受。如果优先级很重要，由发件方管理员检查发件账户或主机在接收系统上是否有权使用该级别，或与接收方管理员协商安排。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>接收服务器的策略不允许该发件人使用所请求的高优先级，因此优先级被降低。</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>接收服务器支持的优先级级别较少，于是把请求映射到了它所具有的最接近的级别。</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>本地策略对特定的发件人或收件人提高或降低优先级。</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>确认接收服务器在其 EHLO 响应中提供了 MT-PRIORITY。</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>阅读代码后响应文本开头的数字：它就是该邮件现在的优先级。</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>无需重试：邮件已按更改后的优先级被接受。照常继续该事务。</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>其他或未定义的网络或路由状态</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>路由错误</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>兜底代码，用于更具体的 X.4 代码都无法描述的、投递中网络或路由方面的问题。作为 4.4.0，发送系统这一次未能送出邮件，并会继续尝试；作为 5.4.0，报告系统已彻底放弃该路由。</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>多见于发送端 MTA 写出的延迟原因和退信中，而不是远端的响应。Microsoft Exchange 在其队列的 LastError 中，会在 DNS 故障和失败的投递尝试前加上 451 4.4.0；Postfix 对超出跳数的情况应答 554 5.4.0 Error: too many hops。</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>阅读代码后的文本以及对应的 MTA 日志行：真正的原因（DNS 故障、连接被拒绝、跳数上限）几乎总是写在那里。发件方的邮件管理员据此着手：如果故障在发送方，就修复本地 DNS、防火墙或路由；如果是对方无法访问或行为异常，就把确切的错误、MX 主机和时间戳发给收件方管理员。</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>发送服务器自身的解析器在查询目标的 MX 或地址记录时出错或超时。</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>防火墙、服务商对出站 25 端口的封锁或路由故障，阻止了与目标 MX 的连接。</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>由于转发或中继环路，邮件达到了 MTA 的跳数上限（Postfix 将此报告为 5.4.0，而不是 5.4.6）。</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>网关或安全设备报告了网络故障，但没有说明是哪一种。</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>在发送服务器的日志中找到完整的延迟或退信原因；代码后的文本指出了实际的故障。</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>确认在发送服务器本机（而不仅仅是您的工作站）上能够解析目标的 MX 记录。</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>测试从发送主机能否连通目标 MX 的 25 端口。</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>对于 4.4.0，按正常退避策略重试；这种情况通常是暂时的。对于 5.4.0，不要原样重试同一路由；先从诊断文本中找出具体原因。</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>当 Exchange 对下一跳的 DNS 查询失败时（本例中是因为目标域不存在）给出的队列错误。Exchange 会持续重试，一旦超过邮件过期超时，就返回带有 550 4.4.7 QUEUE.Expired; message expired 的 NDR 退信。注册表会将这种情况描述为 X.4.3 或 X.4.4；Exchange 使用的是通用的 4.4.0。</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>主机无应答</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>服务器无响应</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>无法连接邮件服务器</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>25端口被封</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>发送服务器试图与下一跳建立连接，但没有得到可用的应答：连接超时、被拒绝，或主机太忙无法响应。RFC 3463 只将其定义为持续的暂时性错误，因此 4.4.1 表示仍在尝试，而不是彻底失败。</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>几乎总是由发送端 MTA 自己生成，并显示在其日志或延迟警告中，因为远端根本没有机会说话。Postfix 记录的延迟信息形如 connect to mail.example.com[192.0.2.25]:25: Connection timed out，带有 dsn=4.4.1。当存放邮件的 IMAP 服务器无法访问时，BURL 提交服务器也会应答 451 4.4.1（RFC 4468）。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>发件方管理员首先检查发送主机究竟能否连通 25 端口，因为许多云网络和家庭宽带会封锁出站 25 端口。如果发往其他域正常，问题就在目标一方：其 MX 主机宕机、被防火墙屏蔽或监听在错误的地址上，必须由收件方管理员修复。请告诉对方您尝试的是哪台 MX 主机、哪个 IP 地址以及时间。</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>目标的 MX 主机宕机、过载，或没有在 25 端口上监听。</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>任一方的防火墙静默丢弃 SMTP 流量，因此尝试会超时，而不是被拒绝。</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>发送方网络（云服务商或 ISP）封锁了到 25 端口的出站连接。</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>迁移后 MX 记录仍指向旧的或错误的 IP 地址。</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>按优先级顺序列出目标的 MX 主机。</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>从发送服务器尝试与每个 MX 的 25 端口建立 TCP 连接；超时说明有过滤，连接被拒绝则说明没有服务在监听。</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>检查您的主机能否连通其他地方的 25 端口（例如另一个域的 MX），以排除出站封锁。</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>查看 Postfix 为该目标记录的延迟原因。</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>按退避策略稍后重试，并按优先级顺序尝试其他 MX 主机。只有当队列生存期耗尽时，邮件才会失败，届时表现为过期（X.4.7）。</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>当基于目录的边缘阻止拒绝了在接收租户中不存在（或尚未同步到该租户）的地址，或该域未正确设置为接受的域时，Exchange Online 在 RCPT TO 阶段发送此代码，与网络问题无关。请按收件人无效的退信处理：发件人检查地址，收件方管理员检查租户的收件人和接受的域。</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>连接不良</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>与下一跳的连接已建立，但由于线路在中途断开、停滞或超时，事务未能完成。与 X.4.1 一样，它被定义为持续的暂时性错误，因此邮件会留在队列中等待下一次尝试。</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>要么出现在发送端 MTA 的日志中，Postfix 会写下 lost connection with mail.example.com[192.0.2.25] while sending end of data 和 dsn=4.4.2；要么是关闭慢速或空闲会话的服务器给出的响应：Postfix SMTP 服务器发送 421 4.4.2，后跟其主机名和 Error: timeout exceeded，Gmail 发送 451 4.4.2 Timeout - closing connection。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>发件方管理员检查连接是在哪个阶段中断的。大邮件在 DATA 期间断开，往往指向 MTU 或路径问题、检查 SMTP 的中间设备，或接收方的时间限制；空闲超时则指向慢速客户端或过载的发送主机。如果只有一个目标受影响，请把时间戳和失败的阶段提供给收件方管理员。</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>切断或破坏会话的防火墙或检查 SMTP 的中间设备。</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>路径 MTU 问题使大数据包停滞，因此小邮件能通过，大邮件则在 DATA 期间挂起。</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>客户端在命令之间停顿过久，服务器的空闲超时关闭了会话。</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>接收服务器在事务进行中重启、崩溃，或因负载过高而丢弃连接。</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>找出连接是在哪个阶段丢失的。</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>向同一 MX 运行一次完整的测试事务，观察它在哪里停止。</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>检查 STARTTLS 能否顺利完成；握手失败往往表现为连接中断。</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>如果大邮件失败而小邮件通过，请测试完整大小的数据包能否不分片地到达 MX。</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>按退避策略稍后重试；在互联网上，偶尔的连接中断是正常的。发往同一目标时在同一阶段反复断开，则是仅靠重试无法解决的配置问题。</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>由于客户端在命令之间或发送数据时太慢，Gmail 关闭了会话。重新连接并重试；如果一直发生，请排查过载的发送主机或缓慢的网络路径。</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>目录服务器故障</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS错误</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS超时</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>域名解析失败</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS查询失败</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>由于目录服务（实际上几乎总是 DNS）不可用或返回错误，邮件无法路由。RFC 3463 本意将其作为暂时性失败（4.4.3），不过有些服务器会以 5 开头发送它。</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>在发送方，当对目标的 MX 或地址查询超时或返回 SERVFAIL 时出现；Postfix 以 Name service error for name=example.com type=MX: Host not found, try again 和 dsn=4.4.3 延迟投递。在接收方，当基于 DNS 的检查无法完成时出现：RFC 7208 建议在 SPF 检查以暂时性错误结束时使用 451 4.4.3。</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>弄清是谁的 DNS 出了故障。如果发送服务器什么都解析不了，由其管理员修复本地解析器（解析器配置、已停止的缓存守护进程、被阻断的出站 DNS）。如果只有一个域失败，说明该域的权威服务器宕机、委派失效（lame）或被 DNSSEC 破坏，必须由收件方管理员或其 DNS 托管商修复。</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>发送服务器的本地解析器宕机、无法访问或被限速。</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>目标域的权威域名服务器超时或应答 SERVFAIL。</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>DNSSEC 故障（签名过期、DS 记录错误）导致进行验证的解析器拒绝应答。</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>接收方的 SPF、DKIM 或 DMARC 查询超时，接收方选择延迟而不是作出判定。</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>检查邮件服务器所用的解析器究竟能否对该目标作出应答。</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>从根开始跟踪委派，查看是否是该域自己的域名服务器出了故障。</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>关闭 DNSSEC 检查后重复查询；如果只有这样才能成功，说明该区域的签名已损坏。</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>查看邮件服务器配置使用了哪些解析器。</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>按退避策略稍后重试；DNS 中断通常很短暂。接收方给出的 5.4.3 往往实际上也是暂时的：DNS 问题解决后重新发送即可。</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>无法路由</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>没有MX记录</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>由于缺少所需的路由信息，邮件系统无法为目标找到下一跳。典型的触发原因是 DNS 有应答，但没有给出该域可用的 MX 或地址；4.4.4 表示记录可能还会出现，5.4.4 表示发送系统已经放弃。</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>由发送端 MTA 生成，通常出现在退信中。Postfix 以 Host or domain name not found. Name service error for name=example.com type=A: Host not found 和 dsn=5.4.4 退信；Microsoft Exchange 报告 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain（域不存在）。当内部中继没有针对该目标的传输、连接器或智能主机时，也会出现。</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>首先由发件人检查地址中的域名是否拼错，这是迄今为止最常见的原因。如果域名正确，则必须由其所有者（收件方管理员）发布指向正常工作的邮件服务器的 MX 记录，或至少一条 A 或 AAAA 记录。在发送方，由管理员检查内部路由（传输映射表、发送连接器、智能主机）是否涵盖该目标。</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>收件人的域名有拼写错误（把 example.com 写成 example.con），因此该域不存在。</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>该域存在，但既没有 MX 记录，也没有可作为后备的 A 或 AAAA 记录。</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>MX 记录指定的主机没有地址记录。</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>内部中继没有通往目标域的路由（传输映射表条目、连接器或智能主机）。</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>检查该域是否存在（NOERROR 而不是 NXDOMAIN），并阅读其 MX 记录。</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>解析每个 MX 主机名；没有 A 或 AAAA 记录的名称无法用于投递。</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>如果 MX 主机没有 IPv4 地址，也要检查 IPv6 一侧。</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>在 Exim 上，询问路由器会如何投递该地址。</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>对于 4.4.4，按退避策略重试，以防记录正在修复。对于 5.4.4，不要原样重试；更正地址，或等待域名所有者发布可用的记录。</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange 发现目标域在 DNS 中不存在，于是退回了邮件。如果该域确实存在，Microsoft 会建议管理员检查 Exchange 传输服务所用的 DNS 设置。</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>邮件系统拥塞</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>连接数过多</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>超出发送限制</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>接收或中继的邮件系统发生拥塞，现在不接收该邮件。它只被定义为持续的暂时性错误：邮件本身没有问题，发件方应放慢速度，稍后再试。</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>当服务器过载或执行连接数和速率限制时，作为连接时或对 MAIL FROM、RCPT TO 的响应出现；Gmail 发送 421 4.4.5 Server busy, try again later。对于超出每日发送限制的自家用户，Gmail 还会发送 550 5.4.5，这是服务商特有的、以 5 开头的用法。</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>邮件本身没有问题。发件方管理员让队列自动重试；如果延迟持续，就减少发往该目标的并行连接数并降低发送速率。只有当自己的服务器确实过载（队列积压、磁盘、CPU）时，收件方管理员才需要处理。</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>接收服务器过载或正在维护，正在抵制新的会话。</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>发件方与同一目标同时建立了太多连接。</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>发送速率（每分钟的邮件数或收件人数）超过了接收方的限流阈值。</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>某个中继自身的队列积压，拒绝接收来自上游的更多邮件。</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>在发送服务器上统计队列中有多少条目涉及该目标域。</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>检查 Postfix 向同一目标并行投递的数量。</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>查看延迟是发生在连接时还是 RCPT TO 阶段。</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>以指数退避策略稍后重试，并减少到该主机的并行连接；反复冲击拥塞的服务器只会延长延迟。</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Gmail 因繁忙而给出的暂时性延迟。稍后重试即可解除，最好减少来自发送 IP 的同时连接数。</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>发给提交邮件的 Gmail 或 Google Workspace 用户，而不是发给接收端 MTA：该账户已用完滚动计算的每日发送配额，时间窗口过去后即可恢复发送。这是 Google 对 X.4.5 以 5 开头的自有用法，超出了注册表中的含义。</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>检测到路由环路</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>邮件被来回传递了太多次，原因是服务器之间来回路由，或转发规则使其兜圈子。RFC 3463 将其列为暂时性的，但实际中几乎总是作为永久性的 5.4.6 发送，因为环路不会自行消除。</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>当 Received: 头的数量超过 MTA 的上限（sendmail：Too many hops 26 (25 max)；Gmail 在 50 跳时停止），或 MTA 发现下一跳就是它自己时（Postfix：mail for example.com loops back to myself），出现在 DATA 结束时或退信中。Postfix 的本地投递也会以 mail forwarding loop for user@example.com（转发环路）退回 Delivered-To 环路。</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>阅读被退回副本的 Received: 头，查看哪些主机重复出现。通常需要由收件人或收件方管理员处理：删除指回原邮箱的转发规则，或修正把该域送回来源处的 MX 记录、中继路由或连接器。发件人只能报告问题。</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>两个邮箱互相转发，或一条转发链的终点回到了起点。</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>MX 记录或中继路由指回了正在尝试投递的服务器，常见于迁移之后或 Exchange 混合部署中。</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>在 MX 所指向的服务器上，该域没有配置为本地域，因此该服务器把它继续中继出去，邮件又转了回来。</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>邮件列表订阅了它自己，或订阅了另一个向它供信的列表。</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>数一数被退回副本中的 Received: 头，查找重复出现的主机名。</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>检查该域的 MX 是否正好指向报告环路的那台服务器。</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>在 Postfix 上，检查该域是否列在它应当被投递或中继的位置。</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>在日志中搜索 Postfix 写下的环路消息。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>不要原样重试：邮件会再次陷入环路。只有在转发规则或路由修正之后再重新发送。</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail 拒收已带有超过 50 跳 Received: 头的邮件。环路位于 Gmail 之前的路径上，常见原因是一对转发规则或路由错误的域。</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>投递时间已过</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>投递延迟</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>邮件卡在队列中</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>投递超时</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>邮件滞留时间过长：它在队列中停留的时间超过了系统的重试生存期，或超过了发件人设定的投递时限。作为 4.4.7，它是延迟警告或暂时拒绝；作为 5.4.7，邮件已被退回、未能投递。RFC 3463 要求系统尽可能改为报告其底层问题。</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>在多日尝试失败后，出现在发件人自己的出站服务器发出的退信和延迟通知中，例如 Exim 的 retry timeout exceeded（重试超时），或 Microsoft Exchange 的 550 4.4.7 QUEUE.Expired; message expired（队列中已过期）。Postfix 记录 status=expired, returned to sender，但在退信中保留最后一个真实状态（例如 4.4.1）。</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>在退信或日志中查找先前的延迟原因；它们说明了投递为何一再失败（MX 无法访问、始终未通过灰名单、TLS 失败、反复的 4xx 策略延迟）。由发件方管理员解决根本原因（或请收件方管理员解决），然后发件人重新发送邮件。延长队列生存期只会掩盖问题。</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>在整个重试期间，目标 MX 都无法访问或拒绝连接。</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>接收方一直以暂时性的 4xx 代码应答（灰名单、速率限制、信誉），直到发件方放弃。</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>TLS 或证书问题使每次投递尝试都失败。</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>在邮件送达之前，发件人指定的投递时限已过。</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>队列生存期被缩短，因此邮件几小时而不是几天就会过期。</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>找到该收件人的延迟历史；过期之前记录的原因才是真正的问题。</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>查看 Postfix 服务器在放弃之前会持续尝试多久。</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>检查 Postfix 队列中还有哪些邮件在等待。</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>在 Exim 上，列出队列及每封邮件的停留时长。</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>4.4.7 延迟通知无需处理；服务器仍在重试。收到 5.4.7 或过期退信后，邮件已离开队列，因此应在底层投递问题解决后重新发送。</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>其他或未定义的协议状态</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>SMTP协议错误</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>关于 SMTP 对话本身（命令、其顺序或协议状态）的通用代码，没有更具体的 X.5 细节。以 2 开头时，它只是普通协议响应上的中性标记；以 4 或 5 开头时，表示服务器对客户端使用 SMTP 的方式有异议。</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>可出现在会话的任何阶段。Gmail 以 451 4.5.0 SMTP protocol violation 延迟违反协议的客户端，当在 STARTTLS 之后以管道方式发送命令时则使用 454 4.5.0。RFC 4468 在 BURL 响应中使用 250 2.5.0，当 BURL 到达而没有有效收件人时则使用 554 5.5.0 或 503 5.5.0。</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>查看引发该响应的确切命令。对于 4.5.0 或 5.5.0，必须由客户端软件（或配置它的人）修正其 SMTP 行为：等待 220 问候语，STARTTLS 之后再次发送 EHLO，不要跨越 STARTTLS 使用管道，行尾使用 CRLF。2.5.0 响应表示成功，无需处理。</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>客户端在 STARTTLS 之后，或在服务器声明 PIPELINING 之前，以管道方式发送了命令。</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>客户端在问候语之前发送了命令，或不等待响应就继续发送。</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>使用裸 LF 换行，或有其他被服务器归为协议违规的格式错误输入。</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>服务器对每个协议层面的拒绝都标上通用代码，而不是具体代码。</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>用参考客户端连接同一服务器；如果成功，问题就出在您的客户端软件上。</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>开启客户端的 SMTP 协议日志，查看是否在第一条响应到达之前就发送了多条命令。</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>对于 2.5.0，无需重试；继续对话。对于 4.5.0，稍后重试，但如果反复出现就要修复客户端。对于 5.5.0，不要原样重复同样的命令序列。</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>当客户端不遵循 SMTP（命令顺序错误、输入格式错误）时 Gmail 的暂时拒绝。在依赖重试之前先修复客户端。</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>客户端在同一批次中随 STARTTLS 一起发送了更多命令。它必须等待 220 响应，完成 TLS 握手，然后再次发送 EHLO。</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>无效命令</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>客户端发送的命令顺序不对，或服务器在此时不支持该命令。RFC 3463 将其定义为永久性的，因此在同一位置发送同一命令会一直失败，不过有些服务器以 4 开头发送它。</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>通常以 503 5.5.1 表示顺序错误（MAIL 之前发送 RCPT、还没有被接受的 RCPT 就发送 DATA、EHLO 之前发送 MAIL），以 502 5.5.1 表示已禁用的命令，例如 Postfix 上的 VRFY。Gmail 对未登录就提交邮件的情况应答 530 5.5.1 Authentication Required（需要认证）。</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>问题出在客户端软件或其配置上。查看引发该响应的命令及其前一条命令。典型的修正：先发送 EHLO，在 RCPT TO 之前完成 MAIL FROM，在邮件客户端中开启认证，不再依赖服务器已禁用的命令（VRFY、EXPN、ETRN）。</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>命令顺序错误，例如在 MAIL FROM 之前发送 RCPT TO，或在没有被接受的收件人时发送 DATA。</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>未配置认证的邮件客户端在与要求认证的提交服务器通信。</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>客户端使用了服务器已关闭的命令，例如 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>在未结束的事务中，没有中间的 RSET 就发送了第二个 MAIL FROM。</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>将事务复现到 RCPT TO，查看哪条命令被拒绝。</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>对于提交，按照邮件客户端应有的方式进行带认证的测试。</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>开启客户端的 SMTP 调试日志，阅读被拒绝之前刚发送的那条命令。</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>不要在同一位置重新发送同一命令。修正命令顺序或补上缺失的步骤（EHLO、AUTH），然后开始新的事务；4.5.1 则与其他暂时性失败一样处理。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com 拒绝未登录客户端的 MAIL FROM。请将客户端配置为在 587 端口使用 STARTTLS，或在 465 端口使用 TLS，并进行认证（OAuth 或应用专用密码）。</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>服务器无法解析该命令：命令动词未知，或其参数格式错误。它只被定义为永久性的，因此同样的字节会再次被拒绝。</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>可出现在任何命令之后。常见的实际情况：不带尖括号的 MAIL FROM: user@example.com（Gmail 应答 555 5.5.2 Syntax error）、服务器无法进行 base64 解码的 AUTH 响应（RFC 4954 规定为 501 5.5.2）、存在永久性错误的 SPF 记录（RFC 7208 建议为 550 5.5.2），以及客户端对普通 SMTP 端口使用 TLS 或 HTTP。</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>客户端软件必须发送格式正确的命令：地址加尖括号，不使用服务器未声明的参数，行尾使用 CRLF，命令行不超过 512 个八位组。如果响应提到 SPF，由发件人域的所有者修正 SPF 记录。如果服务器看到的是二进制乱码，请让 TLS 模式与端口匹配：465 要求从第一个字节起使用 TLS，25 和 587 要求使用 STARTTLS。</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>地址没有加尖括号或带有多余的空格，例如 MAIL FROM: user@example.com。</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>脚本、打印机或设备使用了有缺陷的自制 SMTP 实现。</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>向 STARTTLS 端口发送了隐式 TLS，或向 465 端口发送了明文，因此服务器读到的是乱码。</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>接收方评估的 SPF 记录存在永久性错误（语法错误、DNS 查询次数过多）。</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>向同一服务器发送一封格式正确的测试邮件；如果成功，将其命令与您的客户端的命令进行比较。</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>检查 465 端口是否确实要求从第一个字节起使用 TLS；应当出现证书和 220 问候语。</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>如果文本提到 SPF，请阅读发件人域的 SPF 记录，检查其语法和查询次数。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>不要原样重试；必须先更正命令，否则会再次得到同样的 5.5.2。</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>Gmail 对格式错误的 MAIL FROM 或 RCPT TO 的应答，通常是地址没有尖括号，或带有它不接受的参数。</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>收件人过多</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>收件人数上限</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>该事务的收件人数超过了服务器一次所能接收的数量。预期的处理方式是：发件方向已被接受的收件人投递，并在后续事务中发送其余收件人；当整封邮件的收件人数超过策略允许时，有些系统会使用永久性的 5.5.3。</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>在达到每封邮件的上限时出现在 RCPT TO 阶段。超过 smtpd_recipient_limit（默认 1000）后，Postfix 应答 452 4.5.3 Error: too many recipients；Gmail 和 Microsoft 365 以 452 4.5.3 延迟超出的部分。RFC 5321 规定服务器必须至少能缓存 100 个收件人，并且应对这种情况使用 452。</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>正确的发送端 MTA 会自行处理，拆分收件人列表，因此通常无需任何人处理。如果邮件反而失败了，由发件方管理员在 MTA 或群发软件中降低每个事务的收件人数，批量发件方则拆分大型列表。对于 Exchange 返回的永久性 5.5.3，发件人应减少 To、Cc 和 Bcc 中的地址，或改用通讯组列表。</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>邮件的收件人数超过了接收服务器每个事务可接受的数量。</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>群发软件在单个 SMTP 事务中发送整个列表。</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 延迟了单个域中超出其每事务上限的信封收件人。</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>客户端把 452 当作致命错误，而不是重试被延迟的收件人。</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>查看您自己的 Postfix 每封邮件接受多少个收件人。</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>检查您的 Postfix 客户端在一次投递中向同一目标放入多少个收件人。</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>找出以 4.5.3 被延迟的收件人，检查它们是否已被重试。</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>向已被接受的收件人投递，然后在新事务中以更少的收件人数重试被延迟的收件人。对于 5.5.3，需要先减少收件人列表再重新发送。</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail 在本事务中只接受了部分收件人列表；正常的 MTA 会重试其余部分。文本指向 Google 的发送限制，因此向超大列表发信的 Gmail 用户也会看到它。</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online 会延迟同一事务中同一域超过 200 个的信封收件人；发送服务器必须在另一个事务中向其余收件人发送。</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>命令参数无效</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>命令有效，但其中某个参数无效：超出范围、格式错误，或是服务器无法识别的参数或关键字。RFC 3463 将其描述为永久性的，而注册表也允许以 4 开头，用于之后可能解除的限制。</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>多以 501 5.5.4 或 555 5.5.4 的形式出现。当参数无法解析时，Postfix 使用它，并给出期望的格式（501 5.5.4 Syntax: VRFY address）或指出错误的值（501 5.5.4 Bad message size syntax），未知的 MAIL FROM 参数也是如此；RFC 4954 对服务器不支持的 AUTH 机制使用 504 5.5.4；Gmail 以 501 5.5.4 拒绝错误的 HELO 或 EHLO 名称。</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>客户端软件（或配置它的人）必须发送服务器可接受的参数：使用 EHLO 列表中的 AUTH 机制，只在服务器声明了相应扩展时才使用 ESMTP 参数，EHLO 中使用完全限定的主机名或地址字面量，需要数字的地方使用数字。</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>使用了服务器未声明的 AUTH 机制。</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>向未声明相应扩展的服务器发送了 SIZE=、BODY= 或 SMTPUTF8 之类的 MAIL FROM 参数，或参数值无效。</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>EHLO 参数为空或无效，例如一个单词或不带方括号的 IP 地址。</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>DSN 参数（NOTIFY=、ORCPT=、RET=）语法错误。</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>列出服务器提供的扩展和 AUTH 机制，并与客户端发送的内容进行比较。</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>检查您的 Postfix 服务器在 EHLO 中出示的主机名。</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>使用服务器声明列表中的某种机制测试认证。</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>不要用同样的参数重试；更正参数或机制后再次发送命令。4.5.4 可以稍后重试，因为服务器表明该限制是暂时的。</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail 拒绝为空、或不是有效域名或地址字面量的 EHLO 或 HELO 名称；发送服务器必须出示正确的主机名。</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>协议版本错误</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>双方无法就协议版本达成一致，也无法自动解决这种不匹配。它属于 RFC 3463 最初的代码集，但如今很少发送；大多数服务器改以 5.5.1 或 5.5.2 报告协议不匹配。</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>在实际通信中很少见。它适用于这样的情况：客户端对 SMTP 监听端口使用 LMTP（LHLO），或只支持 HELO 的老旧客户端与坚持使用 ESMTP 的服务通信；协议网关在无法把一种邮件协议版本映射到另一种时也可能使用它。</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>由客户端一方的管理员确保软件使用该端口所要求的协议：25 和 587 端口使用带 STARTTLS 的 SMTP，465 端口从第一个字节起使用 TLS，LMTP 只用于 LMTP 套接字。然后阅读代码后的文本；服务器通常会说明它期望的是什么。</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>客户端对 SMTP 端口使用 LMTP，或对 LMTP 套接字使用 SMTP。</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>只认识 HELO 的老旧客户端与要求 ESMTP 功能的服务通信。</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>邮件系统之间的网关无法把一种协议版本转换成另一种。</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>手动连接并读取问候语；它通常会显示该端口使用的是 ESMTP 还是 LMTP。</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>检查发信应用程序配置使用的协议以及端口或套接字，并与在那里监听的服务进行比较。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>不要原样重试；必须重新配置客户端，使其对正确的端口使用正确的协议。</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>认证交互行过长</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>在 SMTP AUTH 过程中，客户端发送的 base64 行超过了服务器为所选 SASL 机制准备的缓冲区，因此服务器使 AUTH 命令失败。它由 RFC 4954 定义，以 500 5.5.6 发送，RFC 4954 还提到，当时认为 12288 个八位组对已部署的机制已经足够。</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>只出现在对 AUTH 或对 334 质询之后的续行的应答中。典型的触发因素有：很大的 Kerberos（GSSAPI）令牌、超出服务器较小限制的 OAuth 持有者令牌，或客户端发送了一行损坏且无休止的数据。Postfix 应答 500 5.5.6 SASL response limit exceeded。</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>如果合法令牌超出了服务器允许的大小（例如带有大量组成员关系的 Kerberos 票据或很长的 OAuth 令牌），由服务器管理员增大认证缓冲区；在 Postfix 中是 smtpd_sasl_response_limit（默认 12288），而 AUTH 行本身携带的初始响应受 line_length_limit 限制。在客户端一方，检查使用的是否为预期的机制，以及每条响应是否为单独一行格式正确的 base64；在 TLS 上使用 PLAIN 可以避免大令牌。</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Kerberos（GSSAPI）票据因大量组成员关系而膨胀。</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>OAuth 2.0 访问令牌大于服务器的 AUTH 行限制。</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>客户端缺陷导致发送了错误的数据或没有换行，服务器读到的是一行失控的数据。</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>服务器的认证缓冲区异常小，远低于 RFC 4954 提到的 12288 个八位组。</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>用简单的机制认证，确认账户可用，且失败与令牌大小有关。</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>在服务器日志中查找尝试时刻前后的 AUTH 失败记录。</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>在 Postfix 服务器上，阅读适用于 SASL 响应和 AUTH 命令行的限制。</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>如果客户端或其程序库能记录令牌，将其长度与服务器的限制进行比较。</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>不要重复同样的 AUTH 交互；它会以同样的方式失败。使用更小的令牌或其他机制，或请对方提高服务器限制，然后重新认证。</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>其他或未定义的媒体错误</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>邮件损坏</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>MIME格式错误</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>邮件内容的某种情况使其无法投递，且没有更具体的 X.6 代码适用。在拒绝中，它通常表示接收方发现邮件格式错误：MIME 损坏、邮件头有误，或内容无法处理。</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>多出现在 DATA 结束时，即接收方解析邮件之后。Gmail 以 554 5.6.0 Mail message is malformed. Not accepted. 拒绝格式错误的邮件。Microsoft Exchange 则在成功时使用该代码：它对 DATA 的正常应答是 250 2.6.0，后跟邮件 ID 和 Queued mail for delivery（已进入队列等待投递）。</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>由发件人（或生成该邮件的软件）修正其结构：格式正确的邮件头行，恰好一个 From、Date 和 Message-ID，每行不超过 998 个字符，MIME 边界相互匹配，传输编码正确。脚本和设备生成的邮件通常最可疑；从普通邮件客户端发送同样的内容，即可判断是否是生成程序的问题。</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME 损坏：边界缺失或不匹配、Content-Transfer-Encoding 错误、部分被截断。</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>邮件头行格式错误、重复，或超过 RFC 5322 允许的长度。</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>邮件中有裸 LF 或 NUL 字符，通常来自脚本或嵌入式设备。</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>内容扫描程序无法解析某个附件，以通用代码拒绝了该邮件。</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>把被拒绝的邮件保存为文件，检查其关键邮件头。</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>查找超过 998 个字符的行，RFC 5322 禁止这样的行。</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>从普通邮件客户端发送同样的内容；如果这份副本被接受，问题就出在生成邮件的软件上。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>不要原样重试；同样的内容会再次被拒绝。如果接收方的内容处理只是暂时出错，4.6.0 可能会在之后的尝试中成功。</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail 发现邮件结构无效（邮件头或 MIME 不符合 RFC 5322）；发信软件必须生成正确的邮件。</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Exchange 在 DATA 之后的正常成功响应：邮件已被接受并进入队列。2.6.0 是 Exchange 的习惯用法，并非错误，尽管注册表只把 X.6.0 列为失败代码。</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>不支持的媒体</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>不支持的内容类型</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>邮件使用的媒体类型或编码是投递协议或路径上的下一个系统所无法承载的。它只被定义为永久性的：邮件无法以当前形式继续传输。</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>作为直接的 SMTP 响应很少见；更常出现在无法转交内容的中继或网关发出的退信中，例如向不支持 BINARYMIME 的跳点发送二进制内容，或通往传真、短信或旧系统的网关无法表示该 MIME 类型。</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>发件人以路径能够承载的形式重新发送内容：使用 base64 或 quoted-printable 编码的标准 MIME，以及常见的附件类型。如果目标是网关（传真、寻呼、旧系统），收件方管理员可以告知它接受哪些格式。</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>向未提供 BINARYMIME 的跳点发送了二进制内容（BODY=BINARYMIME）。</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>原始的 8 位内容发往只支持 7 位且不会对其进行转换的跳点。</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>通往非电子邮件系统的网关无法表示该邮件的 MIME 类型。</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>检查下一跳在 EHLO 之后声明了哪些正文扩展（8BITMIME、BINARYMIME、CHUNKING）。</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>检查邮件正文和附件的编码方式。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>不要原样重试；重新编码内容或将其转换为受支持的类型，然后发送一封新邮件。</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>需要转换但被禁止</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>为了投递这封邮件，路径上的某个系统必须转换其内容，但转换是不被允许的，原因可能是发件人在邮件中作了声明，也可能是发送主机的策略禁止转换。</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>出现在中继和网关发出的退信中，发生在下一跳无法按原样接收内容的地方，例如向只支持 7 位的服务器发送 8 位 MIME，而中继被设置为从不降级；或发往 X.400 或类似网关的内容被标记为不得转换。</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>发件人取消该禁止，或发送无需转换的内容（base64 或 quoted-printable 等 7 位安全编码）。如果禁止来自发送主机的策略，由发件方管理员决定是否允许对该路由降级。</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>邮件或其信封禁止内容转换，而下一跳需要转换。</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>中继被配置为从不降级 8 位内容，而下一跳不支持 8BITMIME。</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>通往 X.400 或其他邮件系统的网关必须转换内容，而发件人的设置不允许。</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>检查下一跳是否声明了 8BITMIME：连接后发送 EHLO example.net 并阅读列表。</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>查找邮件中会迫使进行转换的原始非 ASCII 字节。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>不要原样重试；要么允许转换，要么重新编码内容使其无需转换，然后再次发送。</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>需要转换但不受支持</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>内容必须先经过转换才能继续转发，而需要进行转换的主机做不到。RFC 3463 自己给出的例子是：一个网关接受 8 位邮件，但无法为要求 7 位的下一跳将其降级。</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>出现在卡住的中继发出的退信中，或在数据结束时以 554 5.6.3 出现。RFC 4468 将 554 5.6.3 Conversion required but not supported 列为对 BURL 的一种可能应答，即所引用的内容需要提交服务器无法执行的转换时。</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>发件人可以通过发送 7 位安全的内容来避免转换：使用 base64 或 quoted-printable 编码的部分，以及 RFC 2047 编码的邮件头。失败的中继的管理员可以启用 MIME 降级，或让邮件改走端到端支持 8BITMIME 的路径。</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>8 位内容经由无法降级的中继，被路由到不支持 8BITMIME 的服务器。</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>二进制内容需要为不支持 BINARYMIME 的跳点重新编码。</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>网关缺少相应内容类型的转换器。</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>统计邮件头和正文中含有原始 8 位字节的行数。</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>在 Postfix 中继上，确认没有禁用 8 位到 7 位的输出转换。</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>根据退信的 Remote-MTA 或 Reporting-MTA 字段找出不支持 8BITMIME 的跳点，并阅读其 EHLO 响应。</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>不要通过同一路径原样重试；先发送 7 位安全的内容，或让对方修复中继。</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>已执行有损转换</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>通常是附带警告的成功：邮件已投递，但途中的转换丢失了部分信息，例如无法表示的字符，或被扁平化、被丢弃的部分。RFC 3463 也允许在发件人禁止有损转换时，将其作为永久性失败使用。</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>以 2.6.4 出现在投递报告或 250 响应中；RFC 4468 给出了 BURL 的 250 2.6.4 MIME header conversion with loss performed（已对 MIME 邮件头执行有损转换）。5.6.4 形式出现在拒绝进行有损转换的网关发出的退信中。</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>对于 2.6.4，无需修正，但收件人可能收到一份质量下降的副本。如果这很重要，由发件人重新发送更简单的内容（纯文本或常见附件类型，正确编码的邮件头），或由收件方管理员找出执行转换的网关。对于 5.6.4，发件人必须允许有损转换或修改内容。</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>网关把邮件转换为无法表示全部字符的字符集或格式。</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>含有非 ASCII 文本的 MIME 邮件头被降级，丢失了原有字符。</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>目标系统无法存储的附件类型被删除或替换。</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>阅读投递报告中针对各收件人的部分；Action 和 Status 会显示邮件是已投递（2.6.4）还是被拒绝（5.6.4）。</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>如果能联系到收件人，比较收到的内容与发送的内容，看看丢失了什么。</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>对于 2.6.4，无需重试；邮件已投递。对于 5.6.4，只有在修改内容或转换设置之后再重新发送。</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>转换失败</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>需要进行转换，并且已经尝试，但转换失败了。它可能是暂时性的（4.6.5，转换程序在之后的尝试中可能正常工作），也可能是永久性的（5.6.5，该内容无法转换）。</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>出现在对邮件进行转换的中继、网关和内容过滤器发出的退信或延迟通知中：把 8 位降级为 7 位、重新编码附件、转换字符集，或把邮件交给传真等非电子邮件系统。</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>对于 4.6.5，由中继的管理员检查转换程序或过滤器（服务崩溃、缺少工具、资源限制），并让队列自动重试。对于 5.6.5，发件人发送无需转换的内容：标准编码、常见文件类型和正确声明的字符集。</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>邮件中声明的字符集与其实际字节不符，因此重新编码失败。</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>附件已损坏或被截断，转换程序无法解析。</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>中继上的转换服务或内容过滤器崩溃或超时。</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>转换程序不认识的罕见字符集或 MIME 类型。</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>检查邮件中声明的字符集和传输编码。</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>在中继上，查找失败时刻的转换程序或内容过滤器错误。</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>4.6.5 按退避策略稍后重试。5.6.5 不要原样重试；必须先修改内容。</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>邮件内容不可用</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>提交服务器无法从客户端所指的位置获取邮件内容。该代码来自 BURL（RFC 4468）：客户端不上传邮件，而是提供一个指向 IMAP 服务器上所存副本的 URL，服务器未能取回该副本。4.6.6 表示稍后再试，5.6.6 表示该引用无法使用。</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>作为提交服务器（587 端口）上对 BURL 命令的应答，通常是 554 5.6.6 IMAP URL resolution failed。BURL 很少见：Dovecot 的 submission 服务（2.3 及更高版本）是其中一个实现，与 IMAP URLAUTH（RFC 4467）配合使用。如果根本无法访问 IMAP 服务器，RFC 4468 建议改用 451 4.4.1。</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>客户端生成的 URL 是服务器无法解析或无权使用的。由邮件管理员检查提交服务器是否被配置为信任并能访问 URL 中指定的 IMAP 服务器（在 Dovecot 上为 imap_urlauth_host 和 URLAUTH 配置），以及该 URL 是否指向一封存在的邮件。作为变通办法，客户端可以用 DATA 代替 BURL 提交邮件。</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>经 URLAUTH 授权的 URL 已过期或被吊销，或其指向的邮件已被删除或移动。</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL 指定的主机或端口不在提交服务器配置的可获取范围之内。</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>提交服务器与 IMAP 服务器之间没有信任关系（这种情况有自己的代码 X.7.14）。</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>在获取内容时 IMAP 服务器出错。</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>检查 Dovecot 的 submission（提交）服务可以从哪个 IMAP 主机和端口获取 BURL 内容。</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>连接提交端口，发送 EHLO example.net，确认 BURL 已声明，且带有预期的 URL 类型。</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>用 DATA 代替 BURL 提交同一封邮件，以区分是获取问题还是邮件本身的问题。</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>4.6.6 稍后重试。收到 5.6.6 之后，不要重复同一个 BURL；生成新的 URL，或用 DATA 提交邮件。</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>该发件人/收件人不允许使用非 ASCII 地址</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>国际化邮件地址</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>某个信封地址包含非 ASCII（UTF-8）字符，而服务器不在本事务中接受它，原因是服务器不支持 SMTPUTF8，或客户端没有在 MAIL FROM 中请求它。RFC 6531 规定：RCPT TO 地址被拒绝时与 553 搭配，MAIL FROM 地址被拒绝时与 550 搭配。</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>出现在 MAIL FROM 或 RCPT TO 阶段：当客户端发送 UTF-8 地址却不带 SMTPUTF8 参数时，Postfix 应答 553 5.6.7 Must declare SMTPUTF8 to send unicode address。Postfix 在发送方也会以 dsn=5.6.7 退信（SMTPUTF8 is required, but was not offered by host ...），常见原因是脚本把原始 UTF-8 放进了 Subject 头，而下一跳不提供 SMTPUTF8。</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>如果地址确实是国际化地址，发送客户端必须使用 SMTPUTF8（EHLO 响应必须列出它，MAIL FROM 必须带有 SMTPUTF8 参数），并且每一跳都必须支持它；否则发件人需要为同一个人提供一个 ASCII 地址。如果只是邮件头中含有 UTF-8，发信软件应将其编码为 RFC 2047 编码字。Postfix 管理员也可以限制 smtputf8_autodetect_classes，或像许多人那样设置 smtputf8_enable = no，代价是失去 EAI 支持。</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>收件人或发件人地址的本地部分含有非 ASCII 字符，或使用了 U-label 域名，而服务器不支持 SMTPUTF8。</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>客户端发送了 UTF-8 地址，但在 MAIL FROM 中遗漏了 SMTPUTF8 参数。</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>邮件头中的原始 UTF-8 使 Postfix 将邮件标记为需要 SMTPUTF8，而下一跳不提供它。</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>总体上支持 SMTPUTF8 的服务器，对这个特定的邮箱或域拒绝非 ASCII 地址。</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>查看接收服务器是否在其 EHLO 响应中列出了 SMTPUTF8。</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>检查发送端 Postfix 的 SMTPUTF8 设置。</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>找出被退回的邮件以及未提供 SMTPUTF8 的主机。</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>对于国际化域名，获取其 A-label（xn--）形式，不支持 SMTPUTF8 的服务器也能接受它。</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>不要原样重试。待路径支持 SMTPUTF8 后重新发送，或通过支持它的服务器发送，或改发到同一个人的 ASCII 地址。</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>需要 UTF-8 字符串响应，但 SMTP 客户端不允许</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>服务器需要在响应中显示一个包含 UTF-8 的邮箱名称，但客户端没有表明它能处理 UTF-8 响应。它属于 SMTPUTF8 下的 VRFY 和 EXPN（RFC 6531 第 3.7.4.2 节）：作为 252 2.6.8，服务器拒绝显示该地址，但仍会接受发往它的邮件；作为 550 5.6.8（或 553），则表示拒绝。</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>只出现在对不带 SMTPUTF8 参数的 VRFY 或 EXPN 的应答中，且应答中会包含非 ASCII 邮箱。实际中非常罕见，因为大多数公共服务器完全禁用了 VRFY 和 EXPN。</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>没有任何故障。想获得完整应答的客户端或管理员，先确认 EHLO 响应中列出了 SMTPUTF8，然后带上参数重复该命令，例如 VRFY name SMTPUTF8。收到 252 2.6.8 之后，可以直接向该地址发送邮件。</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>针对名称为国际化形式的邮箱，发出了不带 SMTPUTF8 参数的 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>用 EXPN 展开的列表中至少含有一个非 ASCII 地址。</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>从不发送 SMTPUTF8 的旧客户端或脚本在查询支持 EAI 的服务器。</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>打开一个会话，发送 EHLO example.net，确认列出了 SMTPUTF8，然后带上 SMTPUTF8 参数重复 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>对邮件本身无需重试。如果需要应答，请带上 SMTPUTF8 参数重复 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>UTF-8 邮件头的邮件无法传输给一个或多个收件人，因此必须拒绝该邮件</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>邮件带有国际化（UTF-8）邮件头，而至少有一个收件人无法接收这样的邮件，因此服务器在 DATA 的结束句点之后拒绝它。IANA 注册表将其与 550 搭配，而 RFC 6531 第 3.5 节将该响应描述为 554 Transaction failed，因此它可能与这两个基本代码中的任意一个一起出现。</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>出现在支持 SMTPUTF8 的服务器上 DATA 结束时：服务器接受了收件人，之后才发现其中一个（例如位于不支持 EAI 的下游存储上的邮箱）无法接收 UTF-8 邮件头。RFC 6531 鼓励服务器改在 RCPT TO 阶段检测这种情况，那时给出的是 X.6.7。</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>发件人不带国际化邮件头重新发送（Subject 和显示名称使用 RFC 2047 编码字，地址使用 ASCII），或单独发送给无法接收 EAI 邮件的收件人。如果该邮箱应当接收这类邮件，收件方管理员可以端到端启用 SMTPUTF8 支持。</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>某个收件人邮箱位于不支持 SMTPUTF8 的存储或下游跳点之后。</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>邮件头（Subject、显示名称、地址）中带有原始 UTF-8，而不是编码字。</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>收件人列表混杂，部分收件人支持国际化邮件，另一部分不支持。</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>在邮件头部分（第一个空行之前的全部内容）中查找原始的非 ASCII 字节。</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>确认接收服务器本身提供 SMTPUTF8，从而确定拒绝来自其后方的某个收件人。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>不要原样重试；使用编码后的邮件头重新发送，或只发给接受国际化邮件的收件人。</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>已弃用：与 X.6.8 重复</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>已弃用的注册表条目，与 X.6.8 重复；请改用 X.6.8，并按 X.6.8 理解。实验性的 RFC 5336 误将其登记为同一情况（客户端未允许的 UTF-8 响应）的第二个代码（X.6.8 搭配 553 和 550，X.6.10 搭配 252）；RFC 6531 把 252 的情况并入 X.6.8，并将 X.6.10 标记为已弃用。</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>几乎从不出现。只有按实验性 RFC 5336 编写的软件，才可能仍在应答 VRFY 或 EXPN 时发送 252 2.6.10；如果真的见到它，其含义与 X.6.8 完全相同。</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>按 X.6.8 处理：客户端发送了不带 SMTPUTF8 参数的 VRFY 或 EXPN，而应答会包含 UTF-8 邮箱名称。发送它的服务器的管理员应更新软件，使其改用 X.6.8。</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>服务器软件实现的是实验性的 RFC 5336，而不是 RFC 6531。</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>从 2012 年之前的注册表照搬而来的硬编码状态表。</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>与 X.6.8 一样，检查服务器在 EHLO 之后是否列出了 SMTPUTF8，然后带上 SMTPUTF8 参数重复 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>对邮件无需重试；完全按 X.6.8 处理，如果需要应答，就带上 SMTPUTF8 重复查询。</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>其他或未定义的安全状态</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>需要TLS</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>需要SMTP认证</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>兜底的安全与策略代码：某件事因服务器没有详细说明的安全原因而被拒绝、延迟或（作为 2.7.0）被接受。作为 5.7.0，它是永久拒绝，最常见的是客户端必须先使用 STARTTLS 或先登录时的 530 5.7.0；作为 4.7.0，它是暂时性的，例如服务器的认证后端停止运行时的 454 4.7.0，或服务商的 421 4.7.0 速率限制。235 2.7.0 是 AUTH 成功时的正常响应。</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>出现在提交端口（587、465）上 STARTTLS 和 AUTH 前后，以及客户端试图不登录就发信时的 MAIL FROM 阶段。当 TLS 为强制要求时，Postfix 应答 530 5.7.0 Must issue a STARTTLS command first；当其自身的 TLS 或 SASL 配置出错时，应答 454 4.7.0。Gmail 和 Yahoo 等大型接收方使用 421 4.7.0 对信誉较差的发件方限流。</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>阅读代码后的文本，因为真正的原因写在那里。如果要求 STARTTLS 或认证，必须将客户端软件设置为在 587 端口使用 STARTTLS（或在 465 端口使用 SSL/TLS），并使用邮箱凭据登录。如果是 454 4.7.0 暂时性认证失败，由服务器管理员检查认证后端（Dovecot、Cyrus SASL、LDAP）和 TLS 证书文件。如果是服务商的 421 4.7.0 限流，由发件方管理员解决信誉问题（PTR 记录、SPF、DKIM、投诉率、发送量突增），并让队列自动重试。</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>邮件客户端或应用程序在不使用 STARTTLS 的情况下与提交端口通信，而服务器要求在进行任何操作之前先启用 TLS。</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>客户端跳过 SMTP AUTH，直接向只为已登录用户中继的服务器发送 MAIL FROM。</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>服务器的 SASL 后端（Dovecot auth 套接字、saslauthd、LDAP）无法访问，因此登录暂时失败。</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>服务器无法加载自己的 TLS 证书或密钥，因此无法提供 STARTTLS，并以暂时拒绝应答。</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>大型接收方因信誉低或发送量突增而对发送 IP 或域进行限流。</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>通过 TLS 连接提交端口，手动发送 EHLO，检查 250-AUTH 行是否出现在 TLS 会话中。</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>运行一次完整的认证提交，查看是哪条命令引发了 5.7.0 或 4.7.0 响应。</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>在 Postfix 服务器上，查找失败时刻前后的 TLS 和 SASL 警告。</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>对于服务商的 421 4.7.0 限流，检查发送 IP 是否有 PTR 记录，且其名称能解析回同一个 IP。</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>取决于类别。4.7.0 是暂时性的：将邮件保留在队列中，按退避策略重试。5.7.0 不会因重试而消除，因此应先修正 TLS 或登录设置。2.7.0 表示成功：继续会话。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>当客户端在 587 端口上用 STARTTLS 升级连接之前就尝试 AUTH 或 MAIL FROM 时，Gmail 的提交服务器 smtp.gmail.com 发送此响应。</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>在 smtp.gmail.com 上，这表示客户端在没有成功登录的情况下就到了 MAIL FROM；Gmail 只为经过认证的 Google 账户中继提交的邮件。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Yahoo 针对发送 IP 的暂时性信誉延迟（投诉、异常的发送量或类似垃圾邮件的内容）。它并非注册表意义上的安全故障；信誉恢复后重试即可成功。</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>投递未获授权，邮件被拒绝</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>被列入黑名单</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>IP黑名单</translation>
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
        <translation>中继被拒绝</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>不允许中继</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>最常见的策略拒绝：接收服务器不接受来自该发件人、客户端或 IP 地址的这封邮件。注册表只将其定义为永久性的（5.7.1），涵盖拒绝中继、命中黑名单、发件人或收件人限制，以及垃圾邮件过滤器的判定。实际中，4.7.1 也被广泛用作暂时性的策略延迟，灰名单就是典型例子。</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>通常出现在 RCPT TO 阶段（中继访问被拒绝、收件人限制、灰名单）或 DATA 结束时（垃圾邮件和内容过滤器、邮件头检查），当客户端 IP 在黑名单上时有时出现在 MAIL FROM 阶段。Postfix、Exim、Exchange、Microsoft 365、Gmail 和 Yahoo 都会发送它，代码后的文本会指出触发的规则。</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>阅读完整的响应，并针对其指出的规则采取行动。中继访问被拒绝：客户端软件必须先认证才能发往外部域，或由收件方管理员把该域加入服务器接受的域。IP 被列入黑名单：发件方管理员找出列入记录，解决其原因（被盗账户、开放中继、缺少 PTR）并申请除名。垃圾邮件或信誉判定：发件方管理员检查认证、内容和发送量，然后请接收方服务商复查。对于 4.7.1 灰名单，无需任何处理；发送服务器会自行重试。</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>中继被拒绝：客户端未经认证就发往外部域，或从服务器不信任的 IP 地址发送。</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>发送 IP 被列入 DNS 黑名单（Spamhaus ZEN、Barracuda、SpamCop）或服务商的私有黑名单。</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>垃圾邮件或恶意软件过滤器，或服务商的信誉系统，判定该邮件不受欢迎或有危险。</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>收件方的规则：该邮箱或群组只接受特定发件人的邮件，或只接受组织内部的邮件。</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>灰名单（作为 4.7.1）：接收方延迟来自未知发件人的首次尝试，并接受之后的重试。</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>发件人地址或其域在收件人自己的黑名单上，或未通过发件人地址验证。</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>在发送服务器的日志中找到这次拒绝，阅读完整的响应文本，包括 S3150 或 BL21 之类带方括号的标记。</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>将发送 IP 的各段倒序后在 Spamhaus ZEN 中查询；应答为 127.0.0.x 即表示已被列入。请通过您自己的解析器查询，因为 Spamhaus 拒绝许多公共解析器。</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>如果拒绝是您自己的 Postfix 服务器发出的，查看是哪条限制规则产生的。</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>如果您自己的服务器对本应被允许的客户端返回 Relay access denied（中继访问被拒绝），请检查中继设置。</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>对于 5.7.1，不要原样重新发送：在封锁或设置修正之前，策略会再次拒绝它。对于 4.7.1，将邮件保留在队列中并正常重试；灰名单服务器会放行之后的尝试，通常在几分钟之后。</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com（Hotmail、Live、MSN）拒绝该发送 IP，因为它在 Microsoft 自己的黑名单上，这与公共 DNS 黑名单是分开的。发件方管理员必须通过 Microsoft 发件人支持申请除名。</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Gmail 在 DATA 结束时根据内容和发件人信誉对该邮件作出的垃圾邮件判定。Gmail 还将 5.7.1 用于 RFC 5322 邮件头错误，以及不允许直接向其发信的 IP。</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo 拒绝该客户端 IP，因为它出现在 Spamhaus 的列表中；必须先在 Spamhaus 解除列入。</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>禁止展开邮件列表</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>无权向该群组发信</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>发件人无权向邮件所发往的邮件列表或通讯组发帖，因此列表不会将其展开给成员。它只被定义为永久性失败。实际中很少见：大多数列表管理程序和群件会以 5.7.1 拒绝未获授权的发帖者，或将帖子挂起等待审核。</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>当列表地址自己检查发件人时，出现在 RCPT TO 阶段；或者列表服务器在收到邮件后发现发帖者无权发帖，稍后以退信（DSN）的形式出现。典型情况是仅限成员的讨论列表、公告列表，以及仅限内部或指定发件人的通讯组。</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>发件人检查自己是否使用已订阅或被允许的那个确切地址发帖，而不是别名或其他账户。如果发件人应当被允许，由列表所有者或收件方管理员将该地址加入成员或允许的发帖者，或取消对外部发件人的限制。然后发件人重新发送邮件。</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>该列表只接受订阅者发帖，而邮件来自未订阅的地址。</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>发件人用一个地址订阅，却用另一个地址（别名、个人账户、转发地址）写信。</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>通讯组仅限内部发件人或指定的发件人名单。</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>该列表是公告列表，只有所有者或审核员可以发帖。</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>将被退回邮件的信封发件人和 From 地址与订阅该列表的地址进行比较。</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>作为 Mailman 3 列表的所有者，列出成员，查看发帖者是否在其中。</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>从已订阅的地址发送一篇简短的测试帖，确认列表会接受。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>不要原样重试：列表每次都会拒绝同一发帖者。只有在发件人获准发帖，或改用已订阅的地址写信后再重新发送。</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo 将 5.7.2 用于因信誉而对发送 IP 的长期封锁，与邮件列表毫无关系。发件方管理员必须解决信誉问题，并联系 Yahoo 发件人支持。</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>需要安全转换但无法进行</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>投递需要把邮件从一种安全消息格式转换为另一种（例如在两个网关的加密或签名方案之间），而这种转换无法完成。它只被定义为永久性失败。如今几乎从未遇到注册表中的这种含义；这个代码最为人熟知的是 Microsoft 服务器的用法，它们以 535 5.7.3 应答失败的 SMTP 登录。</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>按注册表含义：出现在连接两个安全格式不同的消息系统的安全邮件网关所发出的退信（DSN）中。实际中：当 SMTP AUTH 失败时，Exchange Server 和 Microsoft 365（smtp.office365.com）返回 535 5.7.3 Authentication unsuccessful（认证失败），通常发生在通过 Microsoft 365 邮箱发信的打印机、扫描仪和应用程序上。</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>对于 Microsoft 的 535 5.7.3：由用户或应用程序所有者检查用户名（完整的邮箱地址）和密码，由租户管理员检查该邮箱是否启用了经过认证的 SMTP，且未被安全默认值或要求现代认证的策略阻止。如果不允许基本认证，应用程序必须迁移到 OAuth，或改用连接器等其他中继方式。对于真正的转换失败，发件人在与收件方管理员确认后，以网关能够处理的格式发送邮件。</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365：租户或该邮箱禁用了经过认证的 SMTP（SMTP AUTH）。</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 或 Exchange：密码错误或已过期，或用户名不是完整的邮箱地址。</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365：安全默认值或条件访问要求多重认证或现代认证，因此普通的密码登录被拒绝。</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>安全邮件网关收到的邮件采用了它无法为目标系统转换的签名或加密格式。</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>针对应用程序所用的提交服务器复现登录，记下对 AUTH 的响应。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>在 Exchange Online PowerShell 中，检查该邮箱是否禁用了 SMTP AUTH（True 表示已禁用）。</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>同时检查租户级别的 SMTP AUTH 设置。</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>对于网关退信，阅读 Diagnostic-Code 和 Remote-MTA 行，查看是哪个网关拒绝了转换。</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>不要重复同样的登录或邮件：Microsoft 登录失败需要更正凭据或租户设置，被拒绝的安全转换则需要改用其他邮件格式。</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>无论原因是什么（凭据错误、SMTP AUTH 已关闭或基本认证被阻止），Exchange Online 和 Exchange Server 都以 5.7.3 应答失败的 SMTP AUTH 登录。当整个租户都禁用了 SMTP AUTH 时，Microsoft 365 可能发送 535 5.7.139，并附带说明这一点的文本。</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>不支持安全功能</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>不支持的认证方式</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>邮件或会话要求使用服务器或投递路径不支持的安全功能，例如服务器不提供的认证方式。它只被定义为永久性失败。其常见的现代形式是对使用未知或已禁用机制的 AUTH 应答 504 5.7.4。</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>在 AUTH 阶段，当客户端软件坚持使用服务器未声明的机制（CRAM-MD5、NTLM、GSSAPI、旧的 XOAUTH）时出现；Gmail 和 Exchange 应答 504 5.7.4 Unrecognized authentication type（无法识别的认证类型）。当其策略要求 TLS 而远程服务器不提供 STARTTLS 时，发送端 Postfix 服务器也会为自己的延迟记录 dsn=4.7.4。</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>由客户端软件（或配置它的人）从服务器在 STARTTLS 之后的 EHLO 响应所列出的机制中选择一种认证机制：通常是 TLS 上的 PLAIN 或 LOGIN，OAuth 则用 XOAUTH2 或 OAUTHBEARER。对于 Postfix 的 TLS 延迟，由发件方管理员请收件方管理员启用 STARTTLS；如果加密并非真正必需，则放宽对该目标的 TLS 策略。</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>客户端配置的认证机制是服务器未声明的，例如 CRAM-MD5 或 NTLM。</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>应用程序仍在使用已淘汰的机制，对 Gmail 而言就是用旧的 XOAUTH 而不是 XOAUTH2。</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>客户端在 STARTTLS 之前尝试 AUTH，而服务器只在 TLS 会话内列出其机制。</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>发件方的 TLS 策略要求对某个目标加密，而该目标的服务器不提供 STARTTLS。</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>阅读 250-AUTH 行，列出服务器在 STARTTLS 之后提供的机制。</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>在发件方的 Postfix 服务器上，找出由强制 TLS 策略引起的延迟。</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>检查目标服务器究竟是否提供 STARTTLS。</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>不要再次发送同样的 AUTH 命令；选择服务器提供的机制。发送服务器自己的 4.7.4 TLS 延迟会留在队列中，但在 TLS 策略或远程服务器改变之前会一直失败。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com 拒绝它不提供的 AUTH 机制；对于仍在使用已淘汰的 XOAUTH 机制的客户端，Gmail 也发送同样的代码。</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>加密失败</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>证书错误</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>SSL错误</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>本应解密或验证邮件、或对其传输进行加密的系统，由于密钥或证书缺失或无效而无法完成。作为 4.7.5，它是暂时性失败，密钥或证书问题解决后即可消除；作为 5.7.5，它是对这封邮件的永久拒绝。</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>多见于发送端 Postfix 服务器自己的日志和延迟通知，而不是远端的响应：当 TLS 握手失败、其 TLS 引擎无法启动，或强制策略（encrypt、verify、secure、DANE）发现远端证书不受信任或不匹配时，Postfix 记录 dsn=4.7.5。它也来自找不到或无法使用收件人密钥的 S/MIME 或 PGP 网关。</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>对于您自己服务器上的 TLS 延迟，发件方管理员首先要弄清是哪一方的问题。远程服务器上过期、自签名或名称不符的证书应由收件方管理员修复；发送方过时的 CA 证书包、过于严格的针对特定目标的策略或旧版 TLS 库则由发件方管理员处理。对于加密网关故障，由发件方管理员确保网关持有收件人有效且未过期的证书或密钥。</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>远程服务器的证书已过期、是自签名的或签发给了其他名称，而发送策略要求验证证书。</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS 握手直接失败：没有共同的协议版本或加密套件，或服务器的 TLS 配置有误。</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>发送服务器自己的 TLS 引擎无法启动（缺少 CA 文件、密钥不可读、程序库损坏）。</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>DANE TLSA 记录或 MTA-STS 策略与服务器出示的证书不匹配。</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>加密网关没有收件人有效的公钥或证书。</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>在发件方的 Postfix 服务器上找出与 TLS 相关的延迟，阅读方括号中的原因。</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>查看远程服务器出示的证书链、有效期和名称。</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>如果该域使用 DANE，将其 TLSA 记录与该证书进行比较。</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>显示发送端 Postfix 服务器应用的 TLS 策略。</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 会留在队列中并按退避策略重试，但在证书、密钥或策略修正之前会一直失败，因此要在队列生存期耗尽之前解决。不要原样重试 5.7.5。</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>不支持的加密算法</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>不支持的加密算法</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>有权解密或验证该邮件的系统无法完成操作，因为邮件使用了它未实现的算法，例如加密网关不具备的加密算法或签名方案。4.7.6 表示这种情况可能会消除（例如升级软件之后）；5.7.6 表示按发送时的形式，该邮件将不会被处理。</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>在实时 SMTP 响应中很少见。它出现在 S/MIME 或 OpenPGP 网关发出的退信中，原因是网关遇到了不支持的加密或签名算法：已被禁用的旧式加密算法，或旧网关不认识的较新密钥类型。邮件服务器之间 TLS 协商失败通常以其他代码报告（Postfix 记录为 4.7.5）。</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>由发件人（对于集中式网关则由发件方管理员）使用双方都支持的算法进行加密或签名：对于 S/MIME，使用 AES 以及收件人证书功能中列出的算法；对于 OpenPGP，使用收件人密钥首选项中的算法。如果过时的是收件人一方的网关，收件方管理员应将其升级。</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>邮件使用了接收网关已禁用的加密算法进行加密，例如旧 S/MIME 客户端使用的 3DES 或 RC2。</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>签名使用了进行验证的网关未实现的算法，例如旧系统上的椭圆曲线密钥。</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>OpenPGP 邮件使用了旧网关无法解析的较新密钥或数据包格式。</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>打印已保存的 S/MIME 邮件的结构，查看它使用了哪些加密和签名算法。</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>对于 OpenPGP 邮件，列出其数据包，查看所用的算法。</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>阅读退信的 Diagnostic-Code，查看是哪个网关拒绝了该邮件以及原因。</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 可以从队列中重试，但只有接收方在此期间完成升级才有用。收到 5.7.6 之后，只有在邮件改用受支持的算法加密或签名后再重新发送。</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>邮件完整性故障</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>签名不匹配</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>有权检查邮件完整性的系统发现邮件在传输中被修改或损坏，例如签名与内容不再匹配。5.7.7 拒绝该邮件，4.7.7 将问题报告为暂时性的；投递报告中的 2.7.7 表示邮件已投递，但记录了完整性问题。</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>在 SMTP 响应中很少见；多出现在验证 S/MIME 或 OpenPGP 签名的网关、或在传输后检查邮件的系统所发出的投递报告中。通常的罪魁祸首是在传输中改写邮件的系统：列表服务器或网关添加的页脚、被修改的换行符、重新编码的附件，或被转换为 quoted-printable 的 8 位内容。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>由发件方管理员追查邮件在签名之后在哪里被修改：免责声明或页脚工具、邮件列表、防病毒网关或传输编码转换。要么在这些修改之后再签名，要么阻止中间方修改已签名的邮件。收件方管理员则检查自己的入站网关是否在完整性检查运行之前修改了邮件。</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>邮件签名之后被添加了页脚、免责声明或横幅。</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>某个中继转换了 8 位内容或修改了换行符，破坏了覆盖正文的签名。</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>防病毒或数据防泄漏网关改写或剥离了某个附件。</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>邮件在传输过程中被截断或损坏。</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>不检查证书链，验证已保存副本的 S/MIME 签名，查看内容是否仍然匹配。</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>验证已保存的邮件部分上的 OpenPGP 签名。</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>比较发出副本和收到副本的 Received 头，找出修改了邮件的跳点。</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>收到 5.7.7 之后，不要通过同一路径重新发送，因为同样的改写会再次破坏邮件。4.7.7 可以稍后重试。2.7.7 无需重试；邮件已投递。</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>认证凭据无效</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>密码不正确</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>服务器拒绝了客户端随 AUTH 发送的用户名和密码（或令牌）。对这次登录而言是永久性失败：客户端必须提供不同的凭据，而不只是再试一次。RFC 4954 将其与 535 搭配；注册表还列出了 554，这来自它早先在 BURL 扩展中的用法，现已被 X.7.14 取代。</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>出现在提交端口 587 和 465 上的 AUTH 阶段，紧接在客户端发送凭据之后。使用 Dovecot 或 Cyrus SASL 的 Postfix 应答 535 5.7.8 Error: authentication failed（认证失败），Gmail 的 smtp.gmail.com 应答 535 5.7.8 Username and Password not accepted。打印机、扫描仪、网站联系表单和备份工具常在修改密码后遇到它。</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>由用户或客户端软件的所有者检查用户名（通常是完整的电子邮件地址）和密码，并更新所有保存了它们的设备或应用程序。对于 Gmail 和其他启用了两步验证的服务商，创建应用专用密码，或将应用程序切换到 OAuth。如果凭据肯定正确，由服务器管理员检查认证后端、期望的登录名格式，以及账户是否被锁定。</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>客户端中保存的密码错误或已过时，通常是在密码修改或过期之后。</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>用户名不符合服务器的要求，例如只提供了本地部分而不是完整地址。</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>账户启用了两步验证，而客户端发送的是普通密码，而不是应用专用密码或 OAuth 令牌。</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>密码中的特殊字符被应用程序的配置文件或其编码搞乱了。</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>服务器的认证后端在错误的领域（realm）或数据库中查找用户。</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>手动测试登录，阅读服务器对 AUTH 的响应。</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>在 Postfix 服务器上，列出失败的 SASL 登录及其背后的客户端地址。</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>在以 Dovecot 为后端的服务器上，直接针对认证服务测试同一组凭据。</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>自己构造 AUTH PLAIN 字符串，以排除应用程序中的编码问题（在共用的机器上请使用测试密码，而不是真实密码）。</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>不要用同样的凭据重试：反复失败可能锁定账户，或使客户端 IP 被 fail2ban 等工具封禁。只有在更正用户名或密码后才能再试。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com 拒绝登录：地址或密码错误，或应用程序对需要应用专用密码或 OAuth 的账户发送了普通的 Google 密码。</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>认证机制太弱</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>双因素认证</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>服务器拒绝客户端选择的认证机制，因为其策略对该用户要求更强的机制，例如普通的密码登录不够安全时。对这次 AUTH 尝试而言是永久性失败，客户端应改用其他机制或凭据重试。</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>出现在提交端口上的 AUTH 阶段，形式为 534 5.7.9（RFC 4954）。当启用了两步验证的账户用普通密码登录时，Gmail 发送 534 5.7.9 Application-specific password required。Yahoo 和 AOL 在其入站服务器上以一种无关的方式使用 5.7.9：用于在 DATA 结束时未经认证或被策略拒绝的邮件。</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>对于真正的 534 5.7.9，客户端软件必须使用更强的机制或凭据：对于 Gmail 使用应用专用密码或 OAuth（XOAUTH2、OAUTHBEARER），或使用服务器对该账户允许的机制。对于 Yahoo 的 550 5.7.9，由发件方管理员让邮件通过认证：为信封域配置涵盖发送服务器的 SPF 记录，为 From 域配置 DKIM 签名，批量发件方还要发布 DMARC 记录。</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>启用了两步验证的 Gmail 或 Google Workspace 账户，被用账户密码而不是应用专用密码登录。</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>服务器策略只允许该账户使用 OAuth 或质询-响应机制，而客户端使用了 PLAIN 或 LOGIN。</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo 或 AOL 入站：邮件既未通过 SPF，也未通过 DKIM（Yahoo 对 5.7.9 的自有用法）。</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>查看 STARTTLS 之后 EHLO 响应中的 AUTH 行，看是否提供了 OAuth 机制（XOAUTH2、OAUTHBEARER）。</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>对于 Yahoo 的拒绝，检查信封发件人的域是否发布了 SPF。</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>对于 Yahoo 的拒绝，检查邮件的 DKIM-Signature 头中指定的选择器（s=）对应的 DKIM 密钥是否存在。</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>不要重复同样的 AUTH；改用更强的机制、应用专用密码或 OAuth。对于 Yahoo 的 550 5.7.9，在邮件通过 SPF 或 DKIM 之前不要重新发送。</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com 要求使用应用专用密码或 OAuth，因为该 Google 账户启用了两步验证；普通账户密码被拒绝。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo 的入站服务器拒收既未通过 SPF 也未通过 DKIM 的邮件。这是 Yahoo 的自有含义，与注册表中涉及 SMTP AUTH 的“认证机制太弱”无关。</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>需要加密</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>服务器不接受在未加密的连接上使用所请求的认证机制：必须先建立外层加密（实际上就是 TLS）。对这次尝试而言是永久性的；客户端应启动 TLS 后重新认证，或使用更强的机制。注册表将其与 523 搭配，而这个响应代码在其他任何地方都没有定义。</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>出现在 AUTH 阶段，当客户端在 STARTTLS 之前尝试明文机制（PLAIN、LOGIN）时。523 5.7.10 在实际中很少见，因为大多数服务器在 TLS 启用之前根本不声明 AUTH，或改以 530 5.7.0 或 538 5.7.11 应答。Gmail 将 5.7.10 用于其自有的一条 TLS 规则：跟在 STARTTLS 后面以管道方式发送的命令。</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>客户端软件必须在 587 端口使用 STARTTLS（或在 465 端口使用 SSL/TLS），并且只在 TLS 建立之后才认证。对于 Gmail 的这一响应，说明客户端或其邮件库在同一批次中随 STARTTLS 一起发送了更多命令；它必须等待 220 响应并完成 TLS 握手后再发送其他内容，这通常意味着要更新程序库或应用程序。</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>客户端的连接安全设置为“无”，或为“可用时使用 STARTTLS”，于是它以明文进行认证。</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>代理、杀毒软件或防火墙从 EHLO 响应中剥离了 STARTTLS，因此客户端从未升级连接。</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>客户端紧跟在 STARTTLS 之后以管道方式发送 EHLO 或 AUTH，而没有等待握手（Gmail 的用法）。</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>查看明文连接上的 EHLO 响应：应当列出 STARTTLS，而密码机制最好尚未列出。</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>完成 STARTTLS，然后执行 AUTH PLAIN，确认修正后的设置可以正常工作。</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>在邮件客户端的账户设置中，确保外发连接安全设置为 STARTTLS 或 SSL/TLS，绝不要设为“无”。</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>不要重新发送同样的明文 AUTH。重新连接，完成 STARTTLS 后再认证；队列中没有需要重试的内容。</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmail 的自有用法：客户端在同一批次中随 STARTTLS 一起发送了更多命令。Gmail 拒绝这种做法，以防止命令被注入 TLS 会话；客户端必须等待握手完成。Gmail 的错误参考将其与响应代码 523 一起列出。</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>所请求的认证机制需要加密</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>所选的认证机制只能在加密连接上使用，而当前连接未加密。RFC 4954 将其定义为 538 5.7.11，并指出它主要是出于历史原因保留：现代服务器不应在 TLS 启用之前声明此类机制。注册表还将其与 524 搭配。</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>出现在明文连接上的 AUTH 阶段，来自在 STARTTLS 之前就列出 PLAIN 或 LOGIN、但不启用 TLS 又拒绝使用它们的旧式或宽松服务器。Gmail 对一个无关的错误发送 501 5.7.11：带参数发送的 STARTTLS 命令。</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>客户端软件必须在认证之前启动 TLS：在账户设置中，587 端口用 STARTTLS，465 端口用 SSL/TLS。服务器管理员可以只在 STARTTLS 之后声明密码机制，从而避免这个陷阱（在 Postfix 中设置 smtpd_tls_auth_only = yes）。对于 Gmail 的 501 5.7.11，客户端必须发送不带参数的 STARTTLS。</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>由于服务器在明文连接上列出了 AUTH 机制，客户端在 STARTTLS 之前就进行了认证。</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>客户端中的连接安全设置为“无”，而服务器只允许通过 TLS 进行密码登录。</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>客户端或脚本发送了带参数的 STARTTLS，而 RFC 3207 禁止这样做（Gmail 应答 501 5.7.11）。</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>用 STARTTLS 连接，手动发送 EHLO，并将 AUTH 行与明文连接上的进行比较。</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>在 Postfix 服务器上，检查 AUTH 是否只在 TLS 会话内提供。</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>在 Dovecot 2.3 后端上，检查是否在没有 TLS 时拒绝明文登录，以及启用了哪些机制。</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>无需放入队列：重新连接，启动 TLS 后重复 AUTH。不加密再试只会得到同样的拒绝。</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>当客户端发送带参数的 STARTTLS 时 Gmail 的响应；注册表中的含义（AUTH 机制需要加密）在此不适用。</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>需要进行密码过渡</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>服务器需要用户用 PLAIN 机制登录一次（通常通过 TLS），以便按所请求机制需要的形式保存密码；此后，所请求的机制在之后的会话中应当能够使用。它始终只是暂时性的情况（4.7.12）；RFC 4954 将其与 432 搭配，注册表还列出了 422。</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>出现在 AUTH 阶段，当客户端请求质询-响应机制（CRAM-MD5、DIGEST-MD5、SCRAM），而服务器尚未以该机制要求的形式保存密码时，通常是在迁移或更改密码存储方案之后。实际中很少见，因为大多数客户端和服务器都直接在 TLS 上使用 PLAIN。</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>由客户端软件（或用户）通过加密连接用 PLAIN 认证一次，然后换回首选机制。如果客户端做不到，就将其永久设为在 TLS 上使用 PLAIN 或 LOGIN。服务器管理员应检查密码数据库存储的方案能否供所声明的机制使用，并停止声明无法工作的机制。</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>密码经过迁移或重新哈希，服务器缺少 CRAM-MD5、DIGEST-MD5 或 SCRAM 所需的密钥材料。</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>客户端被固定使用某种质询-响应机制，自更改以来从未用 PLAIN 登录过。</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>服务器声明的机制是其当前密码存储无法支持的。</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>通过隐式 TLS 用 PLAIN 登录一次，以完成过渡。</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>在 Dovecot 服务器上，查找该用户的密码条目，查看其存储方案。</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>将服务器在 STARTTLS 之后的 EHLO 响应中的机制与客户端固定使用的机制进行比较。</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>这不是队列重试：先在 TLS 上用 PLAIN 认证一次，然后再使用原来的机制。不经过 PLAIN 这一步就重复该机制，会再次得到 4.7.12。</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>用户账户已禁用</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>账户被锁定</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>凭据正确，但账户已被禁用，因此服务器不允许它发信。在用户联系管理员之前，这种情况会一直持续；与密码错误的响应不同，让用户重新输入密码并无帮助。注册表将其与 525 搭配。</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>出现在 AUTH 阶段，紧接在凭据检查成功之后，来自能够区分已禁用账户和错误密码的提交服务器。通常的触发原因有：账户被用于发送垃圾邮件后遭暂停、托管费用未付，以及员工已离职。许多服务器并不使用它，对已禁用的账户也应答 535 5.7.8。</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>用户联系其邮件管理员或服务商。管理员查明账户被禁用的原因（滥用举报、账户被盗、账单问题），消除原因（更换密码、清除用户设备上的恶意软件、从出站队列中删除垃圾邮件），然后重新启用账户。之后客户端软件即可沿用现有设置重新登录。</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>账户被盗用并被用来发送垃圾邮件后遭到暂停。</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>托管套餐或邮箱订阅因欠费而被暂停。</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>管理员禁用了已离开组织的人员的账户。</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>多次登录失败或滥用举报触发了自动锁定。</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>用同一组凭据登录服务商的网页邮箱或账户门户；被暂停的账户通常会在那里显示通知。</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>手动确认这一行为：对于已禁用的账户，即使密码正确也会被拒绝。</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>作为 Postfix 上的管理员，查看该账户最后一次成功提交邮件的时间。</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>不要重试：在管理员重新启用账户之前，每次尝试都会被拒绝。</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>需要信任关系</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>安全性较低的应用</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>提交服务器需要与另一台服务器建立配置好的信任关系，才能执行所请求的操作。该定义来自 BURL（RFC 4468）：提交服务器通过 URL 从用户的 IMAP 服务器获取邮件，却没有为此建立信任。它是永久性的，取代了此前对这种情况使用 5.7.8 的做法。</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>在 BURL 提交中，当提交服务器由于与 IMAP 服务器之间没有配置信任而无法解析 IMAP URLAUTH URL 时，作为对代替 DATA 或 BDAT 的 BURL 命令的应答出现。使用 BURL 的客户端很少，因此这种情况很罕见。Gmail 在 AUTH 阶段以一种无关的方式使用 534 5.7.14：它希望用户先通过网页浏览器登录。</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>对于 BURL，由提交服务器的管理员配置与 IMAP 服务器之间的信任（为提交身份开通 URLAUTH 访问权限及其所需的授权），或由客户端软件退回到用 DATA 或 BDAT 自行发送邮件内容。对于 Gmail 的 534 5.7.14，用户在浏览器中登录 Google 账户，完成安全检查，然后在客户端中使用应用专用密码或 OAuth。</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>提交服务器与 BURL URL 中指定的 IMAP 服务器之间没有配置信任关系。</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URLAUTH URL 是为另一个提交身份签发的，与提交服务器使用的身份不同。</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmail 的用法：Google 认为这次登录可疑而将其阻止，希望用户在网页浏览器中确认。</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>检查提交服务器在 STARTTLS 之后的 EHLO 响应中是否列出了 BURL；如果没有，客户端根本就不应使用 BURL。</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>在提交服务器的日志中搜索 BURL 命令以及失败的 IMAP 获取。</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>对于 Gmail，在同一网络中用浏览器登录 Google 账户，查看其最近的安全提醒。</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>不要重复同一个 BURL 命令，没有信任关系它每次都会失败。直接用 DATA 或 BDAT 发送内容，或在信任配置好之后再重试。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>在用户通过浏览器登录 Google 账户之前，smtp.gmail.com 拒绝该登录，通常是在一次可疑登录被阻止之后；这与 BURL 信任关系毫无关系。</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>优先级过低</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>接收服务器支持 MT-PRIORITY 扩展（RFC 6710），但不按客户端在 MAIL FROM 中给出的优先级接收该邮件。作为 4.7.15（通常搭配 450），拒绝是暂时的：服务器当前只接收较高优先级的流量，例如在拥塞期间。作为 5.7.15（通常搭配 550），服务器的策略直接拒绝该优先级。</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>作为对带有 MT-PRIORITY=n 参数的 MAIL FROM 的应答（n 的范围是 -9 到 9，0 为普通）。只在使用邮件传输优先级的网络中遇到，例如配备支持 MT-PRIORITY 的中继的军事、政府或应急服务消息系统；普通的互联网邮件服务器不声明该扩展，也从不发送此代码。</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>由发件人决定。如果邮件确实更紧急，就以发件人有权使用的更高 MT-PRIORITY 值重新发送；如果不是，就让它等待，因为当接收方网络退出仅限高优先级的模式后，4.7.15 延迟就会解除。发件方管理员应确认中继接受该客户端的哪个优先级范围，因为服务器可能会降低或拒绝未获授权的客户端所请求的优先级。</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>接收方网络拥塞或处于危机模式，暂时只接收等于或高于最低优先级的邮件。</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>邮件以较低或负的 MT-PRIORITY 值（例如 -5）发送，接收服务器按策略拒绝。</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>客户端无权使用所请求的优先级，因此服务器将其降低到一个随后又被拒绝的级别。</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>阅读接收服务器的 EHLO 响应：必须列出 MT-PRIORITY（后面可能跟着策略名称），此代码才有意义。</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>在发送日志中找到延迟或退信记录，查看是哪个收件人、哪次尝试被拒绝。</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>询问接收方网络的管理员，他们接受来自您系统的哪些优先级，以及当前是否实行暂时性的最低优先级。</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>收到 4.7.15 时，将邮件保留在队列中并按退避策略重试；最低优先级可能会再次降低。收到 5.7.15 时，不要以同样的优先级重试：只以更高且获得授权的优先级重新发送，或者干脆不再发送。</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>对于指定的优先级而言邮件过大</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>服务器对该 MT-PRIORITY 级别的邮件只接受一定大小以内的，而这封邮件更大。RFC 6710 允许服务器按优先级设置大小上限，以保证紧急流量的速度；作为 4.7.16，该上限是暂时的（例如在拥塞期间），作为 5.7.16 则是长期策略。它不是服务器的总体大小上限，后者以 X.3.4 或 X.2.3 报告。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>当客户端同时声明了 MT-PRIORITY 和 SIZE 时作为对 MAIL FROM 的应答，或在 DATA 结束、实际大小已知之后出现；注册表将其与 552 搭配。只出现在实现了邮件传输优先级的中继上，通常位于封闭的军事或应急消息网络中。</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>发件人缩小邮件（删除大附件或以链接代替），或以较低的优先级重新发送，那里允许更大的邮件。发件方管理员可以向接收方询问每个优先级的大小上限，并将客户端配置为自动拆分大型优先邮件或降低其优先级。</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>以高优先级发送了大附件，而接收服务器将该级别保留给简短的紧急邮件。</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>接收方网络正以降级模式运行，暂时削减了每个优先级允许的大小。</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>MAIL FROM 中声明的 SIZE 值低于服务器的总体上限，却超过了按优先级设置的上限。</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>在发送日志中找到被拒绝的尝试，以及邮件大小和收件人。</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>与服务器在 EHLO 响应的 SIZE 行中声明的总体上限进行比较，以区分按优先级设置的上限和总体上限。</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>询问接收方管理员每个优先级的大小上限，以及它是永久规则还是暂时限制。</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>收到 4.7.16 时，按退避策略稍后重试，因为允许的大小可能会恢复。收到 5.7.16 时，不要原样重新发送：先缩小邮件或降低优先级。</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>邮箱所有者已变更</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>邮件地址被回收</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>邮件要求了 Require-Recipient-Valid-Since（RRVS，RFC 7293）保护，而接收系统知道，自发件人给出的日期以来，该收件人邮箱并非一直属于同一所有者。该地址曾被关闭后重新分配，或以其他方式易主，因此邮件被拒绝，而不是交给一个陌生人。只作为永久性失败使用。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>当客户端使用了 RRVS=date-time 参数时作为对 RCPT TO 的应答出现；当邮件改为带有 Require-Recipient-Valid-Since（要求收件人自某日起有效）头字段时则出现在 DATA 之后。发件方通常是银行、网店或社交网络，向很久以前验证过的地址发信；接收方则是会回收废弃地址并实现了 RRVS 的服务商。</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>由发件人（发信应用程序的运营者）将该地址标记为不再属于该客户，停止向其发信，并通过其他渠道向客户索取当前地址。不要删除 RRVS 日期后重新发送：这项检查的目的，正是让密码重置和账户通知不落到该地址的新主人手中。</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>收件人的服务商在长期不活跃后关闭了旧账户，后来又把同一地址分配给了新用户。</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>存档的地址是在其当前所有者接手之前验证的，因此 RRVS 日期早于目前的所有权。</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>找到发送系统在 Require-Recipient-Valid-Since 头（或 RRVS 参数）中填入的日期，并与客户（收件人）最后一次确认该地址的时间进行比较。</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>通过电话、应用通知或邮寄联系客户，在发送任何敏感内容之前获得经确认的新地址。</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>不要重试：所有权变更是永久性的。标记或删除该地址，只向新确认的地址发送。</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>域所有者已变更</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>另一种 Require-Recipient-Valid-Since 结果（RFC 7293）：接收系统报告，自发件人给出的日期以来，收件人的域已更换了所有者。该域的每个地址现在都可能属于另一个组织，因此邮件被拒绝。只作为永久性失败使用。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>在带 RRVS 参数时作为对 RCPT TO 的应答出现，采用头字段形式时则出现在 DATA 之后，来自了解其所托管域的所有权变更情况的接收系统。典型情况：某公司的旧域名过期后被他人注册，现在由新所有者运营其邮件。</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>发件人将该域的所有地址都视为该客户的过时地址，停止发送，并向客户索取新地址。在从数据库中清除这些地址之前，发件方管理员可以查看该域的注册信息和邮件路由，以确认所有权确已变更。</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>域名注册失效后被新所有者注册，新所有者现在运营其邮件。</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>拥有该域名的组织被出售、合并或更名，域名转到了另一方手中。</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>阅读该域当前的注册数据和域名服务器，查看最近是否有变化。</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>查看该域的邮件现在发往何处；如果与记录中的服务商不同，即可佐证所有权已变更。</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>不要重试：接收方有意拒绝发往该域的这封邮件。只向新确认的地址（通常位于另一个域）重新发送。</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>无法完成 RRVS 检查</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>发件人要求进行 Require-Recipient-Valid-Since 检查（RFC 7293），但接收系统无法判断自该日期以来该收件人邮箱是否一直属于同一所有者，因为它没有记录所需的时间戳。它不作猜测，而是拒绝该邮件，把决定权留给发件人。只作为永久性失败使用。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>作为对 RCPT TO（RRVS 参数）的应答或在 DATA 之后（头字段）出现，通常是 RRVS 日期早于接收方服务商保存的账户历史。只有实现了 RFC 7293 的接收方才会发送它，因此很少见。</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>由发件人决定这封邮件在没有保护的情况下投递是否安全。对于新闻通讯，不带 RRVS 参数或头字段重新发送是合理的；对于密码重置或账户通知，应先向客户确认地址，然后带上较新的 RRVS 日期重新发送。</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>RRVS 日期早于接收系统保存的账户历史。</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>接收系统从未保存或已丢失该邮箱的创建日期，例如在平台之间迁移账户之后。</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>检查发信应用程序用于 RRVS 的日期（通常是客户最后一次确认该地址的时间）；日期非常久远时就很可能得到这一结果。</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>查看接收服务器是否在其 EHLO 响应中声明了 RRVS，由此可知评估的是参数形式还是只有头字段形式。</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>不要用同一个 RRVS 日期重试。如果发件人愿意承担风险，就不带 RRVS 保护重新发送；或者确认地址后用较新的日期发送。</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>未找到通过验证的 DKIM 签名</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>DKIM验证失败</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>邮件未签名</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>接收方要求有效的 DKIM 签名，但没有找到能通过验证的签名：邮件根本没有签名，或其上的所有签名都验证失败。RFC 7372 定义了这个代码，使接收方能够明确说明这一点，而不必使用通用的 5.7.1。它是永久拒绝。</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>在 DATA 的结束句点之后、接收方检查完签名时出现。由被设置为要求部分或全部发件方提供 DKIM 的网关和 MTA 发送，例如规定声称来自银行或来自收件人自己域的邮件必须带有有效签名。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>发件方管理员必须让邮件带上能通过验证的签名：在发送邮件的服务器或服务中启用 DKIM 签名，在选择器下发布对应的公钥，并确保签名之后没有任何环节（免责声明页脚、链接改写、列表软件）修改已签名的邮件头或正文。重新发送之前先用测试邮件验证。</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>服务器或发信服务从未启用 DKIM 签名，因此邮件没有携带签名。</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>网关、免责声明工具或防病毒扫描程序在签名之后修改了正文，因此正文哈希不再匹配。</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>选择器对应的公钥不在 DNS 中、粘贴时被截断，或在仍有邮件使用它签名时就被删除了。</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>从一封已发邮件的 DKIM-Signature 头中取出 d= 和 s=，获取对应的密钥；应答为空表示密钥缺失。</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>对邮件离开您最后一台服务器时的原样副本进行验证（python3-dkim 提供了 dkimverify）。</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>向您控制的邮箱发送测试邮件，在接收方添加的 Authentication-Results（认证结果）头中查找 dkim=pass。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>不要原样重试：同样未签名或签名损坏的邮件会以同样的方式失败。签名正常工作后再重新发送。</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>未找到可接受的 DKIM 签名</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>DKIM密钥太弱</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>至少有一个 DKIM 签名通过了验证，但接收方的策略一个都不接受。典型原因有：签名来自意料之外的域、密钥或算法太弱，或签名遗漏了接收方坚持要求的邮件头。永久性的；X.7.22 是更具体的情况，即问题恰恰在于作者的域。</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>出现在 DATA 结束时，来自 DKIM 策略不限于通过或失败的接收方。常见于发件方改用以自己的域签名的新邮件服务之后，或出现在遵循 RFC 8301、不再接受 rsa-sha1 签名或短于 1024 位的 RSA 密钥的系统上。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>发件方管理员查看签名的内容并使其符合要求：用本组织自己的域签名，使用 2048 位密钥的 rsa-sha256（可以同时附加 ed25519 签名），并至少对 From、To、Subject、Date 和 Message-ID 签名。如果接收方要求来自特定域的签名，请向其管理员询问是哪个域。</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>唯一通过验证的签名属于邮件服务商的域，而接收方对该发件人不接受这个域。</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>签名使用 rsa-sha1 或短于 1024 位的 RSA 密钥，接收方认为这不可接受。</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>签名通过了验证，但没有覆盖接收方策略要求的邮件头，例如 Subject 或 Reply-To。</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>查看一封已发邮件的 DKIM-Signature 头中的 a=（算法）、d=（域）和 h=（已签名的邮件头）标签。</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>检查密钥长度：p= 值约为 216 个 base64 字符的是 1024 位 RSA 密钥，约为 392 个字符的是 2048 位。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>向收件方管理员询问其策略期望的签名域、算法或邮件头覆盖范围。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>不要原样重试；接收方会以同样的方式评判同样的签名。更改签名域、密钥或算法后再重新发送。</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>未找到与作者匹配的有效 DKIM 签名</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>DKIM对齐</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>From域不一致</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>邮件带有能通过验证的 DKIM 签名，但没有一个来自 From 头中的域。接收方希望由作者自己的域为邮件担保：这是 X.7.21 的一种特殊情况，接近 DMARC 对齐检查的内容。永久拒绝。</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>出现在 DATA 结束时，通常针对通过第三方服务发送的新闻通讯、发票或提醒，该服务用自己的域签名，而 From 地址使用的是客户的域。当邮件列表或转发程序用自己的域重新签名、而原始签名已失效时，也会出现。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>发件方管理员在发信服务中设置自定义 DKIM，使其以等于 From 域的 d= 签名，通常的做法是在该域的 DNS 中发布服务商提供的选择器记录（CNAME 或 TXT），并在服务设置中启用。然后检查测试邮件是否显示一个通过验证、且其域与 From 头相符的签名。</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>营销或工单服务用自己的域签名，因为从未为客户的域设置自定义签名。</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>From 地址换成了一个新的品牌域，而该域还没有自己的 DKIM 密钥。</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>唯一有效的签名是邮件列表或转发程序添加的，而不是作者的域。</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>将同一封邮件中每个 DKIM-Signature 头的 d= 域与 From 头的域进行比较。</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>检查发信服务的选择器是否已在 From 域下发布。</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>不要原样重新发送。待发信服务用 From 域签名后再重新发送。</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF 验证失败</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF硬失败</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF验证失败</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>接收方对信封发件人（MAIL FROM）或 HELO 名称检查 SPF，得到 fail 结果：该域的 SPF 记录表明连接的 IP 地址无权代表它发信。RFC 7372 将此代码分配给因 SPF fail 而拒绝的接收方，以取代旧的通用 5.7.1。永久性的。这是注册表中的含义；Gmail 则将 4.7.23 用于反向 DNS 问题（见服务商用法）。</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>通常紧接在 MAIL FROM 或 RCPT TO 之后，因为 SPF 只需要 IP 地址和信封；有些过滤器会等到 DATA 之后。常见于转发（转发方的 IP 不在原始域的记录中）、把邮件迁移到新服务商之后，以及由没人加入 SPF 的新 SaaS 工具发出的邮件。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>发件方管理员把缺失的发件来源加入信封域的 SPF 记录（ip4:、ip6: 或服务商的 include:），保持总计不超过 10 次 DNS 查询，然后重新发送。如果邮件经过了转发，转发方的管理员需要使用 SRS（发件人改写），原始发件方也应进行 DKIM 签名，使邮件在转发后仍能通过 DMARC。</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>邮件经由某台服务器或某项服务发出，而其 IP 地址不在信封域的 SPF 记录中。</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>转发服务器中继了该邮件，因此接收方看到的是转发方的 IP，而不是原始域授权的 IP。</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>新的出站 IP 或新启用的 IPv6 没有加入以 -all 结尾的 SPF 记录。</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>阅读信封发件人域（Return-Path）的 SPF 记录，它可能与 From 域不同。</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>在您的日志中找到被拒绝的尝试，查看是哪个中继拒绝的，以及使用的是您的哪个 IP。</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>如果服务器有 IPv6，检查其地址；IPv6 连接需要 ip6: 条目或相应的机制。</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>不要从同一 IP 原样重试：SPF 结果不会改变。更新记录并等旧记录的 TTL 到期后再重新发送。</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail 将 4.7.23 用于反向 DNS 问题，而不是 SPF：连接的 IP 没有 PTR 记录，或 PTR 名称无法解析回该 IP。在正向和反向 DNS 相互匹配之前，邮件会被延迟；Gmail 对同一问题的永久性形式是 5.7.25。</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>当目标服务器出于 SPF 原因拒绝邮件时，用于 Microsoft 365 的未投递报告；远程服务器自己的响应通常跟在箭头（-&gt;）之后，给出接收系统的原因。</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>SPF 验证出错</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>SPF查询次数超过10次</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>多条SPF记录</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>接收方由于出错（而不是 fail）无法完成 SPF 检查。作为 4.7.24（搭配 451），它是 SPF temperror，通常是获取记录时 DNS 超时；作为 5.7.24（搭配 550），它是 SPF permerror，表示记录本身有问题：语法错误、存在两条 SPF 记录，或 DNS 查询超过 10 次。RFC 7372 分配这两个代码，以取代 4.4.3 和 5.5.2。</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>在 MAIL FROM 之后或 DATA 结束时出现，来自会根据 SPF 错误采取行动的接收方。永久性形式通常出现在 SPF 记录被修改之后（多加一个 include 使查询超过 10 次、拼写错误、第二条 v=spf1 记录）；暂时性形式则出现在发件人域的域名服务器响应缓慢或无法访问期间。</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>对于 5.7.24，由发件方管理员修复记录：把所有内容合并到一条 v=spf1 TXT 记录中，修正语法，删除或展开 include，直到需要 DNS 查询的机制不超过 10 个。对于 4.7.24，检查该域的权威域名服务器能否从外部快速应答；如果可以，问题可能在接收方，队列会在之后的尝试中完成投递。</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>把所有 include、a、mx、ptr、exists 和 redirect 计算在内后，SPF 记录需要超过 10 次 DNS 查询。</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>该域发布了两条独立的 v=spf1 TXT 记录，这会使结果成为永久性错误。</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>记录中有语法错误，例如 ip4: 后面跟的是主机名、机制拼写错误或多余的字符。</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>该域的域名服务器超时或应答 SERVFAIL，因此接收方得到暂时性错误。</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>列出信封域上的所有 TXT 记录，确保其中恰好有一条以 v=spf1 开头。</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>展开每个 include:（以及其中嵌套的 include），统计每个需要一次 DNS 查询的机制。</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>直接询问该域的每台权威域名服务器；出现超时的那台即可解释 temperror。</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>收到 4.7.24 时，按正常退避策略重试；DNS 超时通常会消除。收到 5.7.24 时，在 SPF 记录修复之前不要重试，因为每次尝试都会遇到同样的永久性错误。</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>反向 DNS 验证失败</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>反向DNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>没有反向解析</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>缺少PTR记录</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>连接客户端的 IP 地址未通过接收方的反向 DNS 检查：它没有 PTR 记录，或 PTR 记录中的名称无法解析回同一地址（正向确认的反向 DNS）。接收方把它当作一种廉价的过滤手段，用来对付被感染的家用电脑和管理不善的服务器。永久拒绝。</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>可在连接之后的任何时候出现，最常见于对 MAIL FROM、RCPT TO 或 DATA 结束的应答中。常见于把邮件服务器迁到新的 VPS 或云地址之后、启用 IPv6 之后（IPv6 地址没有 PTR），或 PTR 名称指向的主机其 A 记录后来被修改时。Gmail 以 550 5.7.25 发送它。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>发件方管理员请控制该 IP 地址的一方（托管服务商、ISP 或云控制台；而不是域名注册商）设置指向邮件服务器名称的 PTR 记录，例如 mail.example.com，并确保该名称有指回同一 IP 的 A 或 AAAA 记录。HELO 名称应使用同一个主机名。然后重新发送。</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>发送 IP 地址根本没有 PTR 记录，这在新的 VPS 和云地址上很常见。</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR 名称存在，但其 A 或 AAAA 记录指向另一个地址，因此正向检查失败。</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>服务器通过 IPv6 发送，而只有其 IPv4 地址配置了反向 DNS。</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR 是 ISP 的通用名称，接收方将其视为动态或家庭宽带地址。</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>查询发送 IP 地址的 PTR 记录。</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>对返回的名称进行正向解析，确认得到的是同一地址。</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>如果服务器有 IPv6 地址，也对其重复反向查询。</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>与您的 Postfix 声明的 HELO 名称进行比较（Exim 等也有相应的设置）。</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>不要从该 IP 地址原样重试。待 PTR 和相应的 A 或 AAAA 记录都存在、且缓存的否定应答已过期后再重试。</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Gmail 的用法与注册表中的含义一致，涵盖 IPv4 和 IPv6 发件方；同一问题的暂时性形式以 4.7.23 而不是 4.7.25 出现。</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>多项认证检查失败</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>DMARC验证失败</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>接收服务器执行了不止一项发件人认证检查（SPF、DKIM，通常还有在此之上的 DMARC），而邮件全部未通过。该代码是永久拒绝：以同样方式发送的同一封邮件会再次被拒绝。</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>出现在 DATA 结束时，即接收方拿到整封邮件并能验证其签名之后。Gmail 让它广为人知：多年来，Gmail 对未通过发件人域 DMARC 策略的邮件，以及没有可用 SPF 或 DKIM 结果的邮件，都以 550 5.7.26 应答，而其 2024 年的发件人要求使这一响应变得更加常见。</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>在发送方针对 From 头中的域修复认证。发布涵盖所有代表该域发信的服务器的 SPF 记录，使用已在 DNS 中发布的密钥对外发邮件进行 DKIM 签名，并让其中至少一项与 From 域对齐，从而使 DMARC 通过。然后发送一封测试邮件，阅读其 Authentication-Results（认证结果）头，再重新发送被退回的邮件。</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>没有 SPF 记录，或 SPF 记录没有列出实际发送该邮件的服务器或服务。</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>没有 DKIM 签名，或签名被签名后修改邮件的网关、邮件列表或页脚破坏。</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF 和 DKIM 针对的是与 From 头不同的域而通过，因此 DMARC 对齐失败，而该域的 DMARC 策略要求拒绝。</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>新增的发信服务（新闻通讯工具、CRM、工单系统）以公司域名发信，却没有在 DNS 中获得授权。</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>阅读发件人域的 SPF 记录，确保其中列出了发送服务器的 IP 地址或服务商的 include。</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>检查邮件的 DKIM-Signature 头中指定的选择器（s=）对应的 DKIM 公钥是否存在。</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>阅读该域的 DMARC 策略，了解接收方被要求如何处理验证失败的邮件。</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>向您在某个大型服务商处控制的邮箱发送测试邮件，阅读 Authentication-Results（认证结果）头：spf=、dkim= 和 dmarc= 都必须为 pass。</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>不要原样重试同一封邮件：它会再次失败。只有在认证记录或签名修复之后再重新发送。</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>当邮件既未通过 SPF 也未通过 DKIM，以及未通过 From 域的 DMARC 策略时，Gmail 都会发送 5.7.26；代码后的文本会说明是哪一种。</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>发件人地址的域为空 MX</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>信封发件人或 From 头的域发布了空 MX 记录（MX 0 .），声明它从不接收邮件。接收方可以拒收这样的邮件，因为退信和回复永远无法到达发件人，而声明没有邮件服务的域很可能是伪造的。由 RFC 7505 定义；永久性的。这是注册表中的含义；Gmail 用同样的数字表示 SPF 失败（见服务商用法）。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>当接收方检查信封域的 MX 时作为对 MAIL FROM 的应答出现，当它检查 From 头的域时则出现在 DATA 之后。典型的罪魁祸首是以 noreply@ 某个 DNS 中有空 MX 的域发信的应用程序，以及被误设了空 MX 的停放域名或仅用于发信的域。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>发件方管理员要么删除空 MX，为 MAIL FROM 和 From 所用的域发布真正的 MX，要么让应用程序改用确实接收邮件的域发信（使用带有自己 MX 的退信子域即可）。RFC 7505 指出，用作发件人的域不应发布空 MX。</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>为了不接收任何邮件，仅用于发信的域被设置了空 MX，但它仍被用在 MAIL FROM 或 From 中。</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>停放或未使用域名的 DNS 模板给一个后来开始发信的域添加了 MX 0 .。</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>垃圾邮件或钓鱼邮件伪造了一个空 MX 的域，此时这种拒绝正是在发挥作用。</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>查询信封域和 From 域的 MX；唯一的应答为 0 . 即为空 MX。</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>检查您的 Postfix 给本地生成的发件人地址附加的是哪个域，因为应用程序的信封发件人可能与其 From 地址不同。</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>发布真正的 MX 之后，确认它指定的主机在 25 端口上接受连接。</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>不要原样重试注册表含义的 5.7.27：空 MX 是有意的 DNS 声明。Gmail 的 4.7.27 延迟会正常重试，但只有在 SPF 通过后才会成功。</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>与空 MX 无关：当邮件未按其发件人要求通过 SPF 时，Gmail 发送 4.7.27（延迟）和 5.7.27（拒绝）。请修复信封域的 SPF 记录，忽略注册表中的标题。</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>检测到邮件洪泛</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>订阅轰炸</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>接收方认为该邮件属于一波类似的滥用邮件洪泛，通常是邮件炸弹：某个地址收到数百封由伪造的网页表单提交所触发的注册确认邮件。4.7.28 延迟该邮件，5.7.28 拒绝它。IANA 根据 John Levine 的一份互联网草案登记了该代码，该草案从未作为 RFC 发布。</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>当接收方发现发往同一收件人或来自同一来源的大量几乎相同的邮件时，出现在 RCPT TO 阶段或 DATA 结束时。当发件方的新闻通讯订阅、密码重置或联系表单被滥用来轰炸受害者时，发件方就会遇到它。Gmail 也将 4.7.28 用于其自身的垃圾邮件速率限制（见服务商用法）。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>发件方管理员从源头制止洪泛：为网页表单添加验证码或速率限制，在一定时间内每个地址最多发送一封确认邮件，并删除队列中发往受攻击地址的确认邮件。对于 Gmail 的 4.7.28，减少来自受影响 IP 或域的发送量，剔除不活跃的收件人，并在 Postmaster Tools 中关注垃圾邮件率。</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>机器人用受害者的地址多次提交了发件方的注册表单或联系表单。</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>应用程序缺陷或循环反复向同一收件人发送同一通知。</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>发送服务器上被盗用的账户或脚本批量发送了几乎相同的邮件。</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>在 Gmail：来自发送 IP 地址或已认证域的、看起来像是未经请求的邮件增多。</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>统计您的服务器最近向受影响的地址发送了多少封邮件。</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>查看队列的汇总行，检查是否有等待中的邮件积压。</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>在 Web 服务器日志中查找突发的表单提交，这表明有机器人在利用您的表单。</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>收到 4.7.28 时，以逐渐增大的间隔和更低的发送速率重试；反复冲击只会让情况更糟。收到 5.7.28 时，不要重新发送同一封邮件，接收方已将其归类为滥用洪泛的一部分。</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>这是信誉速率限制，而不是邮件炸弹判定：Gmail 发现来自您的 IP 地址、或来自您的 DKIM 或 SPF 域的看似未经请求的邮件太多（较长版本的文本会说明是哪一种），于是放慢接收速度。随着信誉恢复，限制会自行解除。</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC 验证失败</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>邮件带有 Authenticated Received Chain 头（RFC 8617，一份实验性 RFC），而该链未通过验证，因此接收方无法信任邮件途经的中间方所记录的认证结果。接收方可以拒收这样的邮件，尤其是在它同时未通过 DMARC 时。这是注册表中的含义；Gmail 用同样的数字表示未使用 TLS 发送的邮件（见服务商用法）。</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>出现在 DATA 结束时，针对经过邮件列表、转发服务或安全网关的邮件，这些中间方会添加 ARC-Seal、ARC-Message-Signature 和 ARC-Authentication-Results（ARC 认证结果）头。实际中很少见：大多数接收方只在 DMARC 失败时把 ARC 当作参考，因此损坏的链本身很少导致拒收。</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>由 ARC 集验证失败的那个中间方（通常是列表服务器或网关）的管理员修复其 ARC 封印：为其选择器发布密钥、使用正确的实例编号，并在封印之后不再修改邮件。原始发件人无法修复其他系统的链：请将带完整邮件头的退信发给列表或转发服务的运营者。</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>中间方在添加其 ARC 集之后修改了邮件，破坏了其 ARC-Message-Signature。</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>ARC-Seal 中指定的选择器对应的公钥不在 DNS 中。</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>某个 ARC 集缺失或顺序错乱（实例编号 i=1、i=2 等不连续），导致整条链无效。</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>后面的某一跳以 cv=fail 封印，将该链标记为已经损坏。</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>列出 ARC 头及其 i= 实例编号，以及每个 ARC-Seal 中的 cv= 结果。</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>在邮件的已保存副本上验证该链（python3-dkim 提供了 arcverify）。</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>获取验证失败的 ARC-Seal 中 s= 和 d= 对应的密钥。</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>不要原样重试注册表含义的 5.7.29：损坏的链是邮件的一部分，会再次失败。Gmail 的 4.7.29 延迟只有在连接使用 TLS 之后，重试才会成功。</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>与 ARC 无关：当邮件通过未使用 TLS 的连接到达时，Gmail 发送 4.7.29（延迟）和 5.7.29（拒绝）。请让发送端 MTA 对 Gmail 的 MX 主机使用 STARTTLS，并检查出站路径上的每个中继。</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>需要支持 REQUIRETLS</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>邮件是以 REQUIRETLS 选项（RFC 8689）发送的，该选项要求每一跳都使用经过验证的 TLS 并支持 REQUIRETLS，而某台服务器找不到提供这种支持的下一跳。邮件被退回，而不是放弃这种保护。永久性的。这是注册表中的含义；Gmail 用同样的数字表示 DKIM 失败（见服务商用法）。</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>多出现在发件人自己的出站中继或后续某一跳发出的退信（DSN）中，因为下一台服务器的 EHLO 响应没有列出 REQUIRETLS；有些实现在直接拒绝 MAIL FROM ... REQUIRETLS 时也使用它。仍然很少见，因为实现 REQUIRETLS 的服务器很少（Postfix 在较新版本的文档中说明了对它的支持）。</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>由发件人决定。如果内容绝不能经过未加密或未经验证的链路，就不要通过电子邮件把它发给这个收件人，或请收件方管理员启用 REQUIRETLS 并配合 DANE 或 MTA-STS。否则就不带 REQUIRETLS 重新发送，这由发送客户端或组织的邮件策略控制。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>收件人的邮件服务器没有声明 REQUIRETLS，目前大多数服务器仍是如此。</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>路径上的某个中继（例如出站过滤服务或智能主机）不支持 REQUIRETLS。</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>发送客户端对所有邮件都设置了 REQUIRETLS，包括发往服务器无法满足该要求的收件人的邮件。</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>找出收件人域的 MX 主机。</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>检查该 MX 在 STARTTLS 之后给出的 EHLO 响应中是否列出了 REQUIRETLS。</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>阅读退信的 Reporting-MTA 和 Remote-MTA 字段，查看是哪一跳放弃的，以及是否是您自己的中继。</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>不要重试注册表含义的 5.7.30：在两次尝试之间，路径不会获得 REQUIRETLS 支持。Gmail 的 4.7.30 延迟会正常重试，但只有在 DKIM 通过后才会成功。</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>与 REQUIRETLS 无关：当邮件未按其发件人要求通过 DKIM 时，Gmail 发送 4.7.30（延迟）和 5.7.30（拒绝）。请用您的域对外发邮件进行 DKIM 签名，并发布密钥。</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>对于 VRFY，250 确认该邮箱存在；252 既不确认也不否认，但服务器会接收发往该地址的邮件。</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>只有 VRFY 会得到这两种响应。大多数服务器对所有 VRFY 都回答 252，以防地址被收集。</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>切勿把 252 当作地址存在的证据。要测试一个地址，请发送一封邮件，或观察对 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>两者都表示收件人不在本地；251 接受邮件并将其转发，551 拒绝邮件并指明应发往何处。</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 是 RCPT TO 阶段的成功响应；551 是带有 &quot;please try &lt;forward-path&gt;&quot; 的永久性失败。</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>收到 251 后无需任何操作，不过可以更新通讯录。收到 551 后，请先确认所给地址无误，再重新发往该地址。</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 结束整个会话，影响其中的每封邮件和每个收件人；450 只拒绝一次邮件操作，通常针对一个收件人，会话仍会继续。</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 通常是连接后的第一行（问候语），或服务器挂断前的最后一行，其文本会提到服务、连接或您的 IP 地址。450 是对 MAIL FROM 或 RCPT TO 的响应，会指明某个邮箱或原因，例如灰名单。</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>两者都由发送服务器重试。对于 421，请从整体上检查发送方：连接数、发送速率和 IP 地址的信誉。对于 450，请检查那一个收件人或灰名单的延迟时间，并等待同一 IP 地址的下一次重试。</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>在问候语阶段，两者都会拒绝连接，但 421 表示稍后再试，554 表示不为该客户端提供服务。</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>第一位数字决定一切：问候语阶段的 421 附带的文本涉及负载、连接过多或暂时封锁；问候语阶段的 554 会指明某个黑名单或永久拒绝，并且服务器会对随后的每条命令回答 503，直到 QUIT。</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>对于 421，起初什么都不用做；如果反复出现，请减少并发连接数。对于 554，请在黑名单中查询发送 IP 地址并解决信誉问题；用同一 IP 地址重试无济于事。</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 涉及收件人的邮箱（忙、被锁定或处于灰名单中）；451 涉及接收服务器本身，它在处理时出错。</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>增强代码和文本可以区分二者：450 附带 4.2.x 或指明收件人的灰名单消息；451 附带 4.3.0、4.4.x 或 &quot;Temporary local problem&quot;，常出现在接收方的 DNS 查询或内容扫描程序失败之后。</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>起初两者都不需要发件人采取行动：队列会重试。如果 450 持续数天，请向收件人的管理员询问该邮箱的情况；如果 451 持续存在，需要接收方的管理员修复其服务器，请把完整的响应行报告给他们。</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>情况相同，都是邮箱不可用，但 450 是暂时的，550 是永久的。</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>只有第一位数字不同：收到 450 后，邮件留在发件人的队列中，随后可能会有延迟通知；收到 550 后，发件人的服务器立即放弃并返回退信。</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>收到 450 后不要手动重发：队列会自动重试。收到 550 后，重发同一封邮件不会有任何改变；请更正地址，或消除增强代码所指出的原因，然后再发送。</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 是接收服务器上的处理错误；452 表示某种资源耗尽：磁盘空间、邮箱配额，或单个事务允许的收件人数。</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 会指明是哪种资源：&quot;Too many recipients&quot;（4.5.3）、&quot;Insufficient system storage&quot;（4.3.1）或邮箱已满（4.2.2）。451 则提到本地错误、查询失败或某个服务没有响应。</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>对于带 4.5.3 的 452，并没有出错：发送服务器会在另一个事务中投递给其余收件人。对于存储空间不足，由接收方的管理员释放空间。对于 451，请等待重试，如果错误持续，请报告给接收方的管理员。</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>两者都与存储有关；452 是暂时的（空间可能会释放出来），552 是永久的（这封邮件超出了分配的存储空间）。</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>增强代码可以区分这些情况：带 4.2.2 或 4.3.1 的 452 是可能恢复的邮箱或磁盘已满；带 5.2.2 的 552 是邮箱超出配额，带 5.3.4 或 5.2.3 的 552 则是邮件太大。</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>对于 452，让队列重试，并告知收件人其邮箱已满。对于带 5.2.2 的 552，请收件人腾出空间，然后重发；对于带大小相关代码的 552，请发送更小的邮件，或用链接代替附件。</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 是服务器端 TLS 或认证的暂时性失败；530 是客户端尚未满足的要求。</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 是对 STARTTLS 或 AUTH 本身的响应（&quot;454 4.7.0 Temporary authentication failure&quot;），因此客户端的做法是对的。530 是在客户端跳过 STARTTLS 或 AUTH 时对 MAIL FROM 的响应。</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>收到 454 后，客户端稍后重试，由接收方的管理员检查证书或密码后端。收到 530 后，必须修改客户端的设置：先启动 TLS，再进行认证。</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 表示服务器无法理解该行；502 表示服务器理解该命令，但在这里没有实现它。</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 是对已知但被关闭的命令动词的响应，例如 VRFY 或 EXPN（&quot;502 5.5.1 VRFY command is disabled&quot;）。500 是对乱码、过长的行或其他协议的响应，例如在明文端口上发起 TLS 握手；Postfix 3.7 及更高版本对未知命令也回答 500 5.5.2。</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>对于 500，请检查客户端是否以正确的模式在正确的端口上使用 SMTP（465 使用隐式 TLS，587 和 25 使用 STARTTLS）。对于 502，请停止使用该命令；并没有什么出了故障。</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 拒绝的是命令参数的写法；553 拒绝的是邮箱名本身。</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 出现在语法错误之后：缺少尖括号、无效的 EHLO 名称、未知参数（&quot;501 5.5.4&quot;）。553 出现在能够解析但不被接受的地址之后（5.1.3、5.1.7，或登录用户并不拥有的发件人地址）。</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>对于 501，请修复发送软件或其设置，因为命令本身格式错误。对于 553，请更正用户输入的地址或其发信所用的身份。</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 是顺序错误的命令；530 是在客户端完成认证或启动 TLS 之前被拒绝的命令。</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 出现在 MAIL FROM 之前发送的 RCPT TO、尚无任何收件人时发送的 DATA，或在服务器未提供 AUTH 时发送的 AUTH 之后（Postfix：&quot;503 5.5.1 Error: authentication not enabled&quot;）。530 则以 &quot;Authentication required&quot; 或 &quot;Must issue a STARTTLS command first&quot; 回应 MAIL FROM。</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>对于 503，请修正客户端的命令顺序：EHLO、STARTTLS、再次 EHLO、AUTH、MAIL FROM、RCPT TO、DATA。对于 530，请在客户端的账户设置中开启 TLS 和 SMTP 认证。</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 表示客户端尚未认证；535 表示客户端尝试过认证，但凭据被拒绝。</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 是对 AUTH 的响应。530 是对从未发送 AUTH 的客户端所发 MAIL FROM 或 RCPT TO 的响应。</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>对于 530，请在客户端中启用认证。对于 535，请检查用户名和密码、服务商是否要求应用专用密码，以及该账户是否允许使用 SMTP AUTH。</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 拒绝的是登录方式；535 拒绝的是凭据。</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>对于 534，密码很可能是正确的：问题在于机制太弱，或服务商要求使用应用专用密码或在浏览器中登录（Gmail：&quot;534-5.7.9 Application-specific password required.&quot;）。对于 535，用户名或密码错误，或者该账户不能使用 SMTP。</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>对于 534，请按服务商的要求使用 TLS 和更强的机制、应用专用密码或 OAuth。对于 535，请更正凭据或解锁账户。</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>这是同一响应的两个层次：535 是表示凭据被拒的基本代码，5.7.8 是表示同一情况的增强代码；两者通常一起出现，即 535 5.7.8。</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>客户端日志会在 AUTH 之后紧接着显示 &quot;535 5.7.8&quot; 或 &quot;535-5.7.8 Username and Password not accepted&quot;。有些服务器发送不带增强代码的 535，含义相同。</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>修正凭据（用户名、密码或应用专用密码），并检查该账户是否允许使用 SMTP AUTH。</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 表示收件人不在本服务器上，并指明应改发到何处；550 拒绝收件人，但不指向别处。</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>551 响应带有 forward-path（&quot;please try &lt;address&gt;&quot;）；如今已很少见，有些服务器还把它误用于拒绝中继。550 响应则会给出原因或增强代码。</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>收到 551 后，请确认它给出的地址是真实的，再重新发往该地址。收到 550 后，请阅读增强代码：5.1.1 表示地址错误，5.7.1 表示策略拒绝。</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 拒绝的是地址本身：它的格式，或发件人使用它的权利；550 则因其他原因拒绝邮箱或邮件。</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 通常出现在 MAIL FROM 或 RCPT TO 阶段，附带 5.1.3、5.1.7，或 &quot;Sender address rejected: not owned by user&quot; 之类的文本。550 则附带 5.1.1（无此用户）、5.7.1（策略）或某种封锁。</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>对于 553，请更正地址：拼写错误、不允许的字符，或您的登录账户无权使用的 From 地址。对于 550，请按其增强代码处理。</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 通常拒绝一个收件人；554 拒绝整个事务，可能在连接时，也可能在邮件数据之后。</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>看它出现在哪里：550 是对 RCPT TO（或 MAIL FROM）的响应；554 是问候语（&quot;No SMTP service here&quot;），或是对 DATA 结束的响应，内容和信誉检查正是在此时进行。</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>对于 550，请检查收件人地址，或针对该收件人的策略原因。对于 DATA 之后的 554，请检查内容、发送 IP 地址是否在黑名单上，以及域的认证；对于问候语阶段的 554，被拒绝的是 IP 地址本身。</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>二者并非二选一，而是同一响应的两个层次：550 是基本响应代码（永久性，邮箱不可用），5.1.1 是说明原因（邮箱不存在）的增强状态码。</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>像 &quot;550 5.1.1 User unknown&quot; 这样的响应同时包含二者。550 也会与 5.7.1、5.2.1、5.1.10 等一起出现，所以仅凭 550 永远无法判断是哪一种；5.1.1 还会出现在退信报告的 Status 字段中。</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>如果有增强代码，请先阅读它：它是二者中更精确的一个。如果响应中只有 550，其后的文本就是唯一的线索。</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>同一响应的两个层次：552 是表示超出存储分配的基本代码，5.3.4 是表示邮件对系统而言太大的增强代码。</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>仅有 552 时含义不明确，因为它也会与 5.2.2（邮箱已满）和 5.2.3（收件人的大小限制）一起出现；带 5.3.4 时，原因是服务器的邮件大小限制。</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>阅读增强代码：带 5.3.4 时，请发送更小的邮件；带 5.2.2 时，需要收件人腾出空间。</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 是从不接收任何人邮件的主机；问候语阶段的 554 拒绝的是这个客户端，通常是因为其 IP 地址。</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 来自被设置为完全不接收邮件的主机，该域通常还会发布空 MX。问候语阶段的 554 通常会指明某个黑名单、某项策略或您的地址。</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>收到 521 后，请停止向那里发送：地址或 MX 记录有误。收到 554 后，请在所指明的黑名单中检查发送 IP 地址并申请除名，或者通过信誉良好的服务器发送。</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 表示收件人的域完全不接收邮件；554 表示本次事务失败，原因见其文本。</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 附带 5.1.10，通常来自您自己的发送服务器：它发现了该域的空 MX（&quot;MX 0 .&quot;），在连接收件人之前就已放弃。554 则来自远程服务器，出现在问候语阶段或 DATA 之后。</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>收到 556 后，这个地址无论如何都无法使用：请向收件人索要另一个地址。收到 554 后，请阅读其文本：是黑名单、内容还是策略。</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 表示收件人的服务器不认识该邮箱；5.1.10 表示该域声明自己完全不接收邮件（空 MX）。</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 在 RCPT TO 之后来自收件人的服务器。5.1.10 通常来自您自己的发送服务器，它读取了该域的空 MX，根本没有建立连接。</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>对于 5.1.1，请检查 @ 之前的部分是否有拼写错误。对于 5.1.10，邮箱名无论怎么写都没用：请索要另一个域的地址。</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 是不存在的地址；5.2.1 是存在但已被禁用或暂停的邮箱。</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>看文本即可区分：5.1.1 为 &quot;does not exist&quot;、&quot;no such user&quot; 或 &quot;user unknown&quot;；5.2.1 为 &quot;disabled&quot;、&quot;inactive&quot; 或 &quot;suspended&quot;。</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>对于 5.1.1，请更正地址。对于 5.2.1，请通过其他途径联系收件人；如果退信持续数周，就把该地址视为已失效，并将其从列表中删除。</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 指出 @ 之前的部分（邮箱）有问题；5.1.2 指出 @ 之后的部分（域）有问题。</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 通常来自您自己的服务器，它无法在 DNS 中找到该域；5.1.1 来自收件人的服务器，它查询了该邮箱，但一无所获。</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>更正出错的部分：5.1.1 是用户名，5.1.2 是域。</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 表示收件人的域不是有效的邮件目的地；5.4.4 表示发送系统找不到通往它的路由。</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 出现在不存在的域（NXDOMAIN）之后，通常是拼写错误。5.4.4 出现在 DNS 有应答但没有可用路由时：MX 指向一个没有地址的名称，或记录无法解析。</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>对于 5.1.2，请修正域的拼写。对于 5.4.4，由收件人域的管理员修复其 MX 记录；如果许多域都失败，请检查发送服务器自己的 DNS 解析器。</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 涉及收件人的域，该域不接收邮件；5.7.27 涉及发件人的域，该域声明自己不接收邮件，因此作为发件人被拒绝。</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 指明收件人地址，通常来自您自己的发送服务器。5.7.27 来自接收服务器，针对的是您的 MAIL FROM 或 From 域。</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>对于 5.1.10，请改用另一个收件人地址。对于 5.7.27，由发件方管理员删除空 MX，或改从能够接收回复和退信的域发送。</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>同样是邮箱已满；4.2.2 会由发送服务器重试，5.2.2 则立即放弃。</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>只有类别不同，而且对同一情况，各服务器的选择不一：许多服务器发送 452 4.2.2，另一些则发送 552 5.2.2。</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>收到 4.2.2 后无需任何操作：队列会重试，可以告知收件人其邮箱已满。收到 5.2.2 后，收件人必须先腾出空间，才能再次发送该邮件。</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 是邮箱已满；5.2.3 是某一封邮件超过了收件人的大小限制。</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>对于 5.2.2，文本提到配额或邮箱已满；对于 5.2.3，文本提到邮件大小。一封简短的测试邮件能送达 5.2.3 的邮箱，却永远无法送达 5.2.2 的邮箱。</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>对于 5.2.2，由收件人腾出空间。对于 5.2.3，请少发一些：压缩附件或分享链接。</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>两者都与大小有关：5.3.4 是整个服务器的限制，5.2.3 是为收件人或邮箱设定的限制。</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>当 SIZE 参数超过服务器声明的限制时，5.3.4 最早可能在 MAIL FROM 阶段就出现，并适用于该服务器上的所有收件人；5.2.3 则针对特定收件人。</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>无论哪种情况，都请发送更小的邮件。只有接收方的管理员才能提高 5.3.4 的限制（在 Postfix 中为 message_size_limit）；5.2.3 的限制可能只针对该邮箱或组。</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 表示无法与接收主机建立连接；4.4.2 表示连接已建立，随后中断。</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix 在连接时记录 4.4.1，附带 &quot;Connection timed out&quot; 或 &quot;Connection refused&quot;；记录 4.4.2 时则附带 &quot;lost connection with ... while sending ...&quot;。</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>对于 4.4.1，请检查出站 25 端口是否开放、MX 主机是否正常运行以及其地址是否正确。对于 4.4.2，请查看远端在会话中途做了什么：超时、TLS 失败，或防火墙切断了长时间的传输。</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>两者都涉及未能及时投递的邮件；4.4.7 是警告，表示邮件仍在队列中，5.4.7 是队列生存期耗尽后的最终失败。</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>4.4.7 通知表示邮件已延迟，服务器会继续尝试（Action: delayed）。5.4.7 退信表示服务器已放弃（Action: failed），并退回该邮件。</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>收到 4.4.7 时还没有任何损失：请查明目的地无法到达的原因。收到 5.4.7 后，必须等目的地能够接收邮件时再重新发送该邮件。</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>两者都表示收件人过多；4.5.3 要求在另一个事务中发送其余收件人，5.5.3 则因收件人过多而拒绝该邮件。</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 在达到服务器的单事务限制后随 452 出现；在此之前已被接受的收件人仍会收到邮件。5.5.3 是永久拒绝，通常源于服务商的单封邮件收件人数限制。</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>收到 4.5.3 后无需任何操作：邮件服务器会自行向其余收件人发送。收到 5.5.3 后，请拆分收件人列表，或使用邮件列表或群发服务。</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>两者都是暂时性的安全或策略拒绝；4.7.0 不给出具体原因，4.7.1 表示目前不允许投递。</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 常与 TLS 或认证问题，以及针对可疑流量的速率限制一起出现；4.7.1 常与灰名单或发送 IP 地址的暂时封锁一起出现。唯一可靠的依据是文本。</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>两者都让队列重试即可。如果持续出现，请检查发送 IP 地址的信誉、其反向 DNS、域的 SPF 和 DKIM，以及 TLS 是否正常工作。</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 是未指明原因的安全拒绝；5.7.1 是因发件人、收件人或中继未获授权而拒绝。</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 典型地与 530 一起出现，表示必须先进行 TLS 或认证。5.7.1 通常与 550 或 554 一起出现，并给出原因：拒绝中继、黑名单、针对收件人的策略。</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>对于 5.7.0，请满足文本指出的要求（STARTTLS、AUTH）。对于 5.7.1，请按给出的原因处理：先认证再中继、申请除名，或请收件人允许该发件人。</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 是任何授权方面的拒绝；5.7.26 专指未通过认证的邮件（SPF 和 DKIM，进而 DMARC）。</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>5.7.26 的文本会提到认证、SPF、DKIM 或 DMARC。5.7.1 的文本则指明中继、黑名单、策略或发件人。</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>对于 5.7.26，由发送域的管理员修正 SPF、使用 DKIM 签名，并使二者与 From 域对齐。对于 5.7.1，请按文本中的原因处理。</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>同样是不允许投递的拒绝，但 4.7.1 是暂时的，5.7.1 是永久的。</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>类别可以区分：4.7.1 会让邮件留在发件人的队列中，通常是因为灰名单或暂时封锁；5.7.1 则立即退回邮件。</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>收到 4.7.1 后，让队列从同一 IP 地址重试。收到 5.7.1 后，请先消除文本所给出的原因，再重新发送。</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 是用户名或密码被拒绝；5.7.0 是未指明的安全原因，在登录时通常表示根本需要认证。</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 出现在 AUTH 之后，通常为 535 5.7.8。5.7.0 出现在 AUTH 之前，为 530 5.7.0，表示客户端试图在未登录或未使用 TLS 的情况下发送。</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>对于 5.7.8，请更正凭据或使用应用专用密码。对于 5.7.0，请在客户端中开启 TLS 和认证。</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 拒绝的是凭据；5.7.9 拒绝的是认证机制或密码类型。</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 随 535 出现；5.7.9 随 534 出现，并附带 &quot;Application-specific password required&quot; 之类的文本。</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>对于 5.7.8，请修正用户名或密码。对于 5.7.9，请按服务商的要求改用更强的机制、应用专用密码或 OAuth。</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>两者都表示认证需要加密；5.7.10（随 523）要求在使用该机制之前先建立加密层，5.7.11（随 538）表示所选机制只能在加密连接上使用。</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>基本代码可以区分二者：523 对应 5.7.10，538 对应 5.7.11。两者都是对未加密连接上的 AUTH 的响应，而且都很少见，因为现代服务器不会在 TLS 之前提供密码机制。</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>两种情况下，都请在 AUTH 之前启动 TLS（STARTTLS，或 465 端口上的隐式 TLS），并检查客户端不会退回到明文。</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 仅仅是 SPF 检查失败；5.7.26 表示多项认证检查都失败了，因此该邮件也缺少通过验证的 DKIM 签名。</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>5.7.23 的文本会提到 SPF，常常还有发送 IP 地址；5.7.26 的文本会说邮件未经认证，或提到 DMARC。</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>对于 5.7.23，请把该发送服务器或服务添加到域的 SPF 记录中。对于 5.7.26，除此之外还要使用与 From 域对齐的 DKIM 签名。</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 拒绝没有有效反向 DNS 的发送 IP 地址；5.7.1 是一般性的授权拒绝。</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>5.7.25 的文本会提到 PTR 或反向 DNS（Gmail：&quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;）。5.7.1 则给出其他原因。</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>对于 5.7.25，请联系该 IP 地址的所有者（托管服务商或网络服务商），申请一条 PTR 记录，其名称须解析回同一地址。对于 5.7.1，请按其文本处理。</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and treats it as an unknown command, answering &quot;500 5.5.2 Error: command not recognized&quot; from version 3.7 on and 502 5.5.2 before, so such a reply there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>出现在交互式或脚本化会话中发送 HELP 之后，通常是多行响应。Exim 以 &quot;214-Commands supported:&quot; 和一份命令列表应答，Sendmail 则返回若干行 &quot;214-2.0.0&quot; 帮助文本。Postfix 没有实现 HELP，会把它当作未知命令处理：从 3.7 版起应答 &quot;500 5.5.2 Error: command not recognized&quot;，之前的版本应答 502 5.5.2，因此在 Postfix 上看到这样的响应并不是故障。</translation>
    </message>
    <message>
        <source>iCloud Mail defers further mail to one recipient that is getting mail at a high rate; a normal retry later delivers it.</source>
        <comment>421|providers.meaning</comment>
        <translation>iCloud Mail 会延迟发往某个正在高频接收邮件的收件人的后续邮件；稍后正常重试即可投递。</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix 3.7 and later answer 500 5.5.2 Error: command not recognized, while Gmail and older Postfix versions use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>出现在客户端发送一行之后，可以在会话的任何阶段。典型情况：只支持 HELO 的服务器应答 EHLO、客户端在该端口上使用了错误的协议（向明文端口发送 TLS 握手、发送 HTTP 请求），或手动 telnet 测试时打错了字。Sendmail 应答 500 5.5.1 Command unrecognized，Microsoft Exchange 应答 500 5.3.3 Unrecognized command；Postfix 3.7 及更高版本应答 500 5.5.2 Error: command not recognized，而 Gmail 和较旧版本的 Postfix 对未知命令动词则使用 502。</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet some servers, Gmail and Postfix before version 3.7 among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>服务器认识该命令，但没有实现它，或已将其关闭。RFC 5321 4.2.4 规定 502 用于已知但未实现的命令，500 用于未知命令，然而包括 Gmail 和 3.7 版之前的 Postfix 在内的一些服务器对未知命令动词也应答 502。</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix up to 3.6 replied 502 5.5.2 Error: command not recognized (Postfix 3.7 and later send 500 5.5.2 instead).</source>
        <comment>502|whenSeen</comment>
        <translation>作为对可选命令的应答：在禁用了 VRFY 或 EXPN 的服务器上（设置了 disable_vrfy_command = yes 的 Postfix 应答 502 5.5.1 VRFY command is disabled）、ETRN 或 TURN，或在只支持 HELO 的服务器上发送 EHLO。Gmail 对它不认识的任何命令应答 502 5.5.1 Unrecognized command，Postfix 3.6 及之前的版本应答 502 5.5.2 Error: command not recognized（Postfix 3.7 及更高版本改为发送 500 5.5.2）。</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Gmail or to Postfix before 3.7, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>向 Gmail 或 3.7 版之前的 Postfix 发送了拼写错误或未知的命令动词，它们以 502 而不是 500 报告无法识别的命令。</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only does not use 504 for AUTH before STARTTLS: authentication is not switched on yet, so it answers 503 5.5.1 Error: authentication not enabled.</source>
        <comment>504|whenSeen</comment>
        <translation>在 AUTH 阶段，当客户端坚持使用服务器不具备的机制（例如 CRAM-MD5、NTLM 或 XOAUTH2）时：Gmail 和 Microsoft Exchange 应答 504 5.7.4 Unrecognized authentication type（无法识别的认证类型）。在使用 reject_non_fqdn_helo_hostname 或相应的发件人和收件人限制的 Postfix 服务器上，在 HELO、MAIL FROM 或 RCPT TO 阶段：504 5.5.2，附带 Helo command rejected: need fully-qualified hostname 或 need fully-qualified address。设置了 smtpd_tls_auth_only 的 Postfix 不会对 STARTTLS 之前的 AUTH 使用 504：此时认证尚未开启，因此它应答 503 5.5.1 Error: authentication not enabled。</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy, or Yahoo&apos;s filters blocked its content (Yahoo reports both as 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>邮件未通过发件人域的 DMARC 或 DKIM 策略，或者 Yahoo 的过滤器拦截了其内容（Yahoo 对这两种情况都报告为 554 5.7.9）。</translation>
    </message>
    <message>
        <source>Yahoo sends this both when the message fails its authentication checks (SPF, DKIM or DMARC, typically DMARC failure for a domain publishing p=reject) and when its filters block the content; the reply does not say which, so check the authentication results first and the content second.</source>
        <comment>554|providers.meaning</comment>
        <translation>邮件未通过 Yahoo 的认证检查（SPF、DKIM 或 DMARC，通常是发布了 p=reject 的域未通过 DMARC）时，以及其过滤器拦截内容时，Yahoo 都会发送此代码；响应不会说明是哪一种，因此请先检查认证结果，再检查内容。</translation>
    </message>
    <message>
        <source>GMX refuses the connection because the sending IP is on a block list. GMX sends basic codes only, without enhanced codes; the case code in the link (c=r0201) names the reason on its postmaster pages, where the IP owner can ask for removal.</source>
        <comment>554|providers.meaning</comment>
        <translation>GMX 拒绝连接，因为发送 IP 在黑名单上。GMX 只发送基本代码，不带增强代码；链接中的案例代码（c=r0201）对应其 postmaster 页面上说明的原因，IP 所有者可以在那里申请移除。</translation>
    </message>
    <message>
        <source>Generic error, x-dg-ref header is too long, or policy violation detected (AS345)</source>
        <comment>X.0.350|title</comment>
        <translation>一般错误：x-dg-ref 头过长，或检测到策略违规（AS345）</translation>
    </message>
    <message>
        <source>x-dg-ref</source>
        <comment>X.0.350|keywords</comment>
        <translation>x-dg-ref</translation>
    </message>
    <message>
        <source>AS345</source>
        <comment>X.0.350|keywords</comment>
        <translation>AS345</translation>
    </message>
    <message>
        <source>TNEF</source>
        <comment>X.0.350|keywords</comment>
        <translation>TNEF</translation>
    </message>
    <message>
        <source>Rich Text Format</source>
        <comment>X.0.350|keywords</comment>
        <translation>RTF格式</translation>
    </message>
    <message>
        <source>winmail.dat</source>
        <comment>X.0.350|keywords</comment>
        <translation>winmail.dat</translation>
    </message>
    <message>
        <source>nested attachment</source>
        <comment>X.0.350|keywords</comment>
        <translation>嵌套附件</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry), used by Exchange Online as a catch-all wrapper around non-specific errors, most of them returned by the recipient&apos;s mail system. Two texts that come with it have a definite meaning: an over-long header caused by an Outlook message in Rich Text Format that carries an attached message, and an attachment that embeds too many files.</source>
        <comment>X.0.350|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），Exchange Online 把它用作包装各种非特定错误的通用代码，其中大多数由收件人的邮件系统返回。随之出现的两种文本有明确含义：以 RTF 格式撰写并附带附件邮件的 Outlook 邮件导致邮件头过长，以及附件中嵌入的文件过多。</translation>
    </message>
    <message>
        <source>In an NDR from Exchange Online after it tried to hand the message to another server, usually as &quot;550 5.0.350 Remote server returned an error&quot; followed by the other server&apos;s own reply. Outlook users who send in Rich Text Format and forward messages as attachments meet the x-dg-ref variant; the AS345 variant follows attaching a document with many files embedded in it.</source>
        <comment>X.0.350|whenSeen</comment>
        <translation>出现在 Exchange Online 尝试把邮件交给另一台服务器之后的 NDR 中，通常为 &quot;550 5.0.350 Remote server returned an error&quot;，后面跟着对方服务器自己的响应。以 RTF 格式发信并以附件形式转发邮件的 Outlook 用户会遇到 x-dg-ref 变体；AS345 变体则出现在附加了嵌入许多文件的文档之后。</translation>
    </message>
    <message>
        <source>For the x-dg-ref text, the sender switches Outlook to HTML format and sends again; an admin can also change how TNEF (Rich Text) is sent to the remote domain or to that contact in the Exchange admin center. For the AS345 text, the sender removes some of the embedded files from the attachment. For any other text, the part after the arrow is the recipient server&apos;s real answer: read it, and contact the recipient&apos;s admin if it is about their system.</source>
        <comment>X.0.350|howToFix</comment>
        <translation>对于 x-dg-ref 文本，发件人将 Outlook 切换为 HTML 格式后重新发送；管理员也可以在 Exchange admin center 中更改向该远程域或该联系人发送 TNEF（RTF）的方式。对于 AS345 文本，发件人从附件中删除部分嵌入的文件。对于其他任何文本，箭头之后的部分是收件方服务器的真实应答：请阅读它，如果涉及对方系统，请联系收件方管理员。</translation>
    </message>
    <message>
        <source>An Outlook message in Rich Text Format with an attachment that is itself a message with another message attached, so the TNEF correlator header line grows too long for the receiving server.</source>
        <comment>X.0.350|causes</comment>
        <translation>一封 RTF 格式的 Outlook 邮件带有附件，而该附件本身是一封又附带了另一封邮件的邮件，于是 TNEF 关联头行变得过长，接收服务器无法接受。</translation>
    </message>
    <message>
        <source>An attachment (for example a Word document) that embeds 20 or more files, such as Excel or Word documents.</source>
        <comment>X.0.350|causes</comment>
        <translation>某个附件（例如 Word 文档）嵌入了 20 个或更多文件，例如 Excel 或 Word 文档。</translation>
    </message>
    <message>
        <source>Any other rejection from the recipient&apos;s system that Exchange Online passes on under this generic code.</source>
        <comment>X.0.350|causes</comment>
        <translation>收件人系统的其他任何拒绝，被 Exchange Online 以这个通用代码转达。</translation>
    </message>
    <message>
        <source>Read the diagnostic information for administrators in the NDR: the text after the arrow is what the remote server answered.</source>
        <comment>X.0.350|checks.step</comment>
        <translation>阅读 NDR 中面向管理员的诊断信息：箭头之后的文本就是远程服务器的应答。</translation>
    </message>
    <message>
        <source>In Outlook, check whether the message was composed in Rich Text Format and whether it carries an attached message that has its own attachment.</source>
        <comment>X.0.350|checks.step</comment>
        <translation>在 Outlook 中检查该邮件是否以 RTF 格式撰写，以及它是否附带了一封自身也有附件的邮件。</translation>
    </message>
    <message>
        <source>Look up the message in the tenant&apos;s message trace to see which remote host rejected it.</source>
        <comment>X.0.350|checks.step</comment>
        <translation>在租户的 message trace 中查找该邮件，看是哪台远程主机拒绝了它。</translation>
    </message>
    <message>
        <source>See how the remote domain is set to receive Rich Text (TNEF) from the tenant.</source>
        <comment>X.0.350|checks.step</comment>
        <translation>查看远程域被设置为如何接收来自该租户的 RTF（TNEF）内容。</translation>
    </message>
    <message>
        <source>Do not resend unchanged: the same message meets the same refusal. Change the format or the attachment first, or wait for the recipient&apos;s admin to fix their side for other texts.</source>
        <comment>X.0.350|retry</comment>
        <translation>不要原样重新发送：同一封邮件会遭到同样的拒绝。先更改格式或附件；若是其他文本，则等待收件方管理员修复其一方的问题。</translation>
    </message>
    <message>
        <source>Despite the wording, Exchange Online uses this when it could not resolve a recipient. A typical case is a reply to a message that was saved as a file and reopened offline, which carries only the internal legacyExchangeDN address; retype the recipient address and send again.</source>
        <comment>X.1.0|providers.meaning</comment>
        <translation>尽管措辞如此，Exchange Online 会在无法解析收件人时使用此代码。典型情况是回复一封曾另存为文件并在脱机状态下重新打开的邮件，这类邮件只带有内部的 legacyExchangeDN 地址；请重新输入收件人地址后再发送。</translation>
    </message>
    <message>
        <source>iCloud Mail&apos;s unknown-recipient reply, in line with the registry meaning. A variant ending in &quot;inactive email address&quot; means the address exists but its owner has switched it off.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>iCloud Mail 的未知收件人响应，与注册表中的含义一致。以 &quot;inactive email address&quot; 结尾的变体表示该地址存在，但其所有者已将其停用。</translation>
    </message>
    <message>
        <source>Multiple From addresses are not allowed without Sender address</source>
        <comment>X.1.20|title</comment>
        <translation>没有 Sender（发件人）地址时不允许有多个 From 地址</translation>
    </message>
    <message>
        <source>multiple From addresses</source>
        <comment>X.1.20|keywords</comment>
        <translation>多个From地址</translation>
    </message>
    <message>
        <source>Sender header</source>
        <comment>X.1.20|keywords</comment>
        <translation>Sender头 发件人</translation>
    </message>
    <message>
        <source>RFC 5322 3.6.2</source>
        <comment>X.1.20|keywords</comment>
        <translation>RFC 5322 3.6.2</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) for a message whose From header lists more than one address while it has no Sender header. RFC 5322 allows several authors only when a single Sender address says who actually sent the message, and Exchange Online enforces that.</source>
        <comment>X.1.20|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），用于 From 头列出了多个地址却没有 Sender 头的邮件。RFC 5322 只有在由单个 Sender 地址说明实际发件人是谁时才允许有多个作者，Exchange Online 强制执行了这一点。</translation>
    </message>
    <message>
        <source>In an NDR returned to the sender, most often for mail produced by an application, a script or a mail merge that writes several addresses into From. Hand-written mail from Outlook rarely has this shape.</source>
        <comment>X.1.20|whenSeen</comment>
        <translation>出现在退回给发件人的 NDR 中，最常见于由应用程序、脚本或邮件合并生成、在 From 中写入多个地址的邮件。从 Outlook 手工撰写的邮件很少出现这种形式。</translation>
    </message>
    <message>
        <source>The sender (or the developer of the sending program) puts a single address in From; if several authors really must appear there, the message also needs a Sender header holding exactly one address. Ask the mail admin if the program offers no way to set these headers.</source>
        <comment>X.1.20|howToFix</comment>
        <translation>发件人（或发信程序的开发者）在 From 中只放一个地址；如果确实必须在那里列出多个作者，邮件还需要一个恰好包含一个地址的 Sender 头。如果程序无法设置这些头，请咨询邮件管理员。</translation>
    </message>
    <message>
        <source>A program or script joins several addresses into the From header.</source>
        <comment>X.1.20|causes</comment>
        <translation>程序或脚本把多个地址拼接进了 From 头。</translation>
    </message>
    <message>
        <source>A form or ticket system copies every author of a submission into From.</source>
        <comment>X.1.20|causes</comment>
        <translation>表单或工单系统把一次提交的所有作者都复制进了 From。</translation>
    </message>
    <message>
        <source>A message template sets several From addresses and forgets the Sender header.</source>
        <comment>X.1.20|causes</comment>
        <translation>邮件模板设置了多个 From 地址，却忘了添加标明发件人的 Sender 头。</translation>
    </message>
    <message>
        <source>Open the original message source and count the addresses in From; look for a Sender line.</source>
        <comment>X.1.20|checks.step</comment>
        <translation>打开原始邮件源码，数一数 From 中的地址个数，并查找标明发件人的 Sender 行。</translation>
    </message>
    <message>
        <source>If an application sends the mail, check its sender settings for a list of addresses where one is expected.</source>
        <comment>X.1.20|checks.step</comment>
        <translation>如果邮件由应用程序发送，检查其发件人设置中是否在只应填一个地址的地方填入了地址列表。</translation>
    </message>
    <message>
        <source>Never retry the same message; it is refused for its headers. Send a corrected message with one From address or with a Sender header added.</source>
        <comment>X.1.20|retry</comment>
        <translation>切勿重试同一封邮件；它因邮件头而被拒绝。请发送一封修正后的邮件：只有一个 From 地址，或添加了标明发件人的 Sender 头。</translation>
    </message>
    <message>
        <source>You&apos;ve reached your daily limit for message recipients</source>
        <comment>X.1.90|title</comment>
        <translation>已达到每日收件人数量上限</translation>
    </message>
    <message>
        <source>daily recipient limit</source>
        <comment>X.1.90|keywords</comment>
        <translation>每日收件人上限</translation>
    </message>
    <message>
        <source>recipient rate limit</source>
        <comment>X.1.90|keywords</comment>
        <translation>收件人速率限制</translation>
    </message>
    <message>
        <source>sending limits</source>
        <comment>X.1.90|keywords</comment>
        <translation>发送限制</translation>
    </message>
    <message>
        <source>compromised account</source>
        <comment>X.1.90|keywords</comment>
        <translation>账户被盗</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the sending account went over the number of recipients Exchange Online lets one account address in a day. Microsoft notes that hitting this limit unexpectedly can be a sign that the account has been taken over and is sending spam.</source>
        <comment>X.1.90|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：发件账户超出了 Exchange Online 允许单个账户在一天内发送的收件人数量。Microsoft 指出，意外达到此上限可能表明该账户已被盗用并正在发送垃圾邮件。</translation>
    </message>
    <message>
        <source>In an NDR to a Microsoft 365 user right after they send, typically during a large mailing sent from a normal mailbox, or without any such mailing when someone else is using the account.</source>
        <comment>X.1.90|whenSeen</comment>
        <translation>出现在 Microsoft 365 用户刚发信后收到的 NDR 中，通常是在从普通邮箱进行大批量群发期间；如果没有这类群发，则可能是有他人正在使用该账户。</translation>
    </message>
    <message>
        <source>If the mailing was legitimate, the sender waits for the limit window to pass and spreads large mailings over time or moves them to a service built for bulk mail. If the user sent nothing unusual, the tenant admin treats the account as compromised: reset the password, revoke sessions, check mailbox rules and forwarding, and review the sent items.</source>
        <comment>X.1.90|howToFix</comment>
        <translation>如果群发是正当的，发件人应等待限制时间窗口过去，并把大批量发送分散到不同时段，或改用专为批量邮件设计的服务。如果用户并没有发送异常内容，租户管理员应把该账户视为已被盗：重置密码、撤销会话、检查邮箱规则和转发设置，并审查已发送邮件。</translation>
    </message>
    <message>
        <source>A legitimate bulk mailing or newsletter sent from an ordinary mailbox.</source>
        <comment>X.1.90|causes</comment>
        <translation>从普通邮箱发送了正当的批量邮件或新闻通讯。</translation>
    </message>
    <message>
        <source>An application that sends through one mailbox to many different recipients.</source>
        <comment>X.1.90|causes</comment>
        <translation>某个应用程序通过一个邮箱向许多不同的收件人发信。</translation>
    </message>
    <message>
        <source>A compromised account used to send spam.</source>
        <comment>X.1.90|causes</comment>
        <translation>被盗用的账户被用来发送垃圾邮件。</translation>
    </message>
    <message>
        <source>List what the account sent in the last day and how many recipients it reached.</source>
        <comment>X.1.90|checks.step</comment>
        <translation>列出该账户过去一天发送的内容及其送达的收件人数量。</translation>
    </message>
    <message>
        <source>Check the mailbox for inbox rules that forward or delete mail, a common trace of a takeover.</source>
        <comment>X.1.90|checks.step</comment>
        <translation>检查邮箱中是否有转发或删除邮件的收件箱规则，这是账户被盗的常见痕迹。</translation>
    </message>
    <message>
        <source>In the Microsoft 365 Defender portal, look for the account on the Restricted entities page and for outbound spam alerts.</source>
        <comment>X.1.90|checks.step</comment>
        <translation>在 Microsoft 365 Defender 门户中，查看该账户是否出现在 Restricted entities 页面上，以及是否有出站垃圾邮件警报。</translation>
    </message>
    <message>
        <source>Do not resend the batch at once. Wait until the daily window has passed, and only after the account has been checked for compromise.</source>
        <comment>X.1.90|retry</comment>
        <translation>不要立即重新发送整批邮件。请等到每日时间窗口过去，并且只在检查确认该账户未被盗之后再发送。</translation>
    </message>
    <message>
        <source>ZeptoMail refuses a submitted message whose attachments exceed the size its policy allows for the account; send smaller attachments or links instead.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>ZeptoMail 拒绝了附件大小超出该账户策略允许值的已提交邮件；请发送较小的附件，或改为发送链接。</translation>
    </message>
    <message>
        <source>ZeptoMail, Zoho&apos;s transactional sending service, refuses to send a message without a subject; no mailbox is disabled. Add a subject to the message or API call.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>ZeptoMail（Zoho 的事务邮件发送服务）拒绝发送没有主题的邮件；并没有邮箱被停用。请在邮件或 API 调用中添加主题。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>收件人的邮箱达到了“禁止接收”配额。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s sender-side use of 5.2.2: the sending account went over the recipient-rate or message-rate limit, so nothing is wrong with any recipient&apos;s mailbox. It can also mean the account was compromised and used for spam.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Exchange Online 在发件方使用 5.2.2：发件账户超出了收件人速率限制或邮件速率限制，因此任何收件人的邮箱都没有问题。它也可能意味着该账户已被盗用并被用来发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Recipient&apos;s per hour message receive limit from specific sender exceeded</source>
        <comment>X.2.121|title</comment>
        <translation>收件人每小时从特定发件人接收邮件的上限已超出</translation>
    </message>
    <message>
        <source>receive limit</source>
        <comment>X.2.121|keywords</comment>
        <translation>接收限制</translation>
    </message>
    <message>
        <source>per hour limit</source>
        <comment>X.2.121|keywords</comment>
        <translation>每小时上限</translation>
    </message>
    <message>
        <source>mail storm</source>
        <comment>X.2.121|keywords</comment>
        <translation>邮件风暴</translation>
    </message>
    <message>
        <source>throttling</source>
        <comment>X.2.121|keywords</comment>
        <translation>限流</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): one sender has sent more messages within an hour to a single Exchange Online recipient than that recipient may take from one sender. The limit keeps a runaway notification system from flooding a mailbox.</source>
        <comment>X.2.121|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：某个发件人在一小时内向单个 Exchange Online 收件人发送的邮件数，超过了该收件人可从单个发件人接收的数量。此限制可防止失控的通知系统淹没邮箱。</translation>
    </message>
    <message>
        <source>In the bounces of automated senders (monitoring alerts, ticket systems, scripts in a loop) that send many messages to the same Microsoft 365 address in a short time.</source>
        <comment>X.2.121|whenSeen</comment>
        <translation>出现在自动化发件人（监控告警、工单系统、陷入循环的脚本）的退信中，这些发件人在短时间内向同一个 Microsoft 365 地址发送了大量邮件。</translation>
    </message>
    <message>
        <source>The sender, usually the operator of the automated system, slows down: batch or digest the notifications, and send again later. Nothing needs to change at the recipient&apos;s side.</source>
        <comment>X.2.121|howToFix</comment>
        <translation>由发件人（通常是自动化系统的运维人员）放慢速度：把通知合并或汇总成摘要，稍后再发送。收件方无需做任何更改。</translation>
    </message>
    <message>
        <source>An alerting or monitoring system sends a message for every event to the same address.</source>
        <comment>X.2.121|causes</comment>
        <translation>告警或监控系统为每个事件都向同一地址发送一封邮件。</translation>
    </message>
    <message>
        <source>A script or auto-reply loop repeats the same message many times.</source>
        <comment>X.2.121|causes</comment>
        <translation>脚本或自动回复循环把同一封邮件重复发送了很多次。</translation>
    </message>
    <message>
        <source>A notification system retries too aggressively after errors.</source>
        <comment>X.2.121|causes</comment>
        <translation>通知系统在出错后过于激进地重试。</translation>
    </message>
    <message>
        <source>Count how many messages the sender sent to this recipient in the last hour.</source>
        <comment>X.2.121|checks.step</comment>
        <translation>统计该发件人在过去一小时内向此收件人发送了多少封邮件。</translation>
    </message>
    <message>
        <source>In the sending system, look for a loop or a missing rate limit on notifications to one address.</source>
        <comment>X.2.121|checks.step</comment>
        <translation>在发送系统中查找是否存在循环，或发往单个地址的通知缺少速率限制。</translation>
    </message>
    <message>
        <source>Retry later, and at a lower rate; the same burst hits the limit again.</source>
        <comment>X.2.121|retry</comment>
        <translation>稍后以更低的速率重试；同样的突发流量会再次触及上限。</translation>
    </message>
    <message>
        <source>Recipient&apos;s per hour message receive limit exceeded</source>
        <comment>X.2.122|title</comment>
        <translation>收件人每小时接收邮件的上限已超出</translation>
    </message>
    <message>
        <source>receive limit</source>
        <comment>X.2.122|keywords</comment>
        <translation>接收限制</translation>
    </message>
    <message>
        <source>inbound throttling</source>
        <comment>X.2.122|keywords</comment>
        <translation>入站限流</translation>
    </message>
    <message>
        <source>mailbox flooded</source>
        <comment>X.2.122|keywords</comment>
        <translation>邮箱被淹没</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the Exchange Online recipient has received, from all senders together, more messages within an hour than its receive limit allows. Unlike the per-sender limit, this one counts every message arriving for the mailbox.</source>
        <comment>X.2.122|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：该 Exchange Online 收件人在一小时内从所有发件人合计收到的邮件数，超过了其接收限制允许的数量。与按发件人计算的限制不同，此限制统计的是到达该邮箱的每一封邮件。</translation>
    </message>
    <message>
        <source>In bounces to any sender who writes to a Microsoft 365 mailbox that is being flooded, for example an address that many systems notify or one caught in a mail storm.</source>
        <comment>X.2.122|whenSeen</comment>
        <translation>出现在发给所有向某个正被邮件淹没的 Microsoft 365 邮箱写信的发件人的退信中，例如许多系统都向其发送通知的地址，或陷入邮件风暴的地址。</translation>
    </message>
    <message>
        <source>Senders try again later and, if they are automated, send fewer messages per hour. The recipient&apos;s admin looks at what floods the mailbox and stops the source if it is a loop or a misconfigured system.</source>
        <comment>X.2.122|howToFix</comment>
        <translation>发件人稍后再试；如果是自动化发件人，则减少每小时发送的邮件数。收件方管理员查看是什么在淹没该邮箱，如果是循环或配置错误的系统，则从源头将其停止。</translation>
    </message>
    <message>
        <source>Many automated systems send to the same shared address at once.</source>
        <comment>X.2.122|causes</comment>
        <translation>许多自动化系统同时向同一个共享地址发信。</translation>
    </message>
    <message>
        <source>A mail storm, such as reply-all on a large list or an auto-reply loop, hits the mailbox.</source>
        <comment>X.2.122|causes</comment>
        <translation>邮件风暴冲击了该邮箱，例如在大型列表上“全部回复”或自动回复循环。</translation>
    </message>
    <message>
        <source>The address is the target of a deliberate flood.</source>
        <comment>X.2.122|causes</comment>
        <translation>该地址是蓄意邮件轰炸的目标。</translation>
    </message>
    <message>
        <source>As the recipient&apos;s admin, see how many messages reached the mailbox in the last hour and from whom.</source>
        <comment>X.2.122|checks.step</comment>
        <translation>作为收件方管理员，查看过去一小时内有多少邮件到达该邮箱，以及来自谁。</translation>
    </message>
    <message>
        <source>As a sender, check whether your own system contributes a large share of that traffic.</source>
        <comment>X.2.122|checks.step</comment>
        <translation>作为发件人，检查您自己的系统是否占了这些流量的很大一部分。</translation>
    </message>
    <message>
        <source>Retry after the hour has passed, at a lower rate.</source>
        <comment>X.2.122|retry</comment>
        <translation>等一小时过去后，以更低的速率重试。</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online：收件人邮箱中的某个文件夹已达到 100 万项的上限，因此投递失败（请注意这是带 4.x 代码的永久性 554）；把项目移出该文件夹即可解决。</translation>
    </message>
    <message>
        <source>Exchange Online is throttling one recipient mailbox that is receiving too many messages in a short time. The sending server only has to retry later; neither side needs to change anything.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online 正在对一个短时间内收到过多邮件的收件人邮箱进行限流。发送服务器只需稍后重试；双方都无需做任何更改。</translation>
    </message>
    <message>
        <source>Journaling on-premises messages to Microsoft 365 not supported when Journaling Archive is disabled</source>
        <comment>X.3.190|title</comment>
        <translation>禁用 Journaling Archive 时，不支持将本地邮件以日记方式发送到 Microsoft 365</translation>
    </message>
    <message>
        <source>journaling</source>
        <comment>X.3.190|keywords</comment>
        <translation>日记</translation>
    </message>
    <message>
        <source>journal rule</source>
        <comment>X.3.190|keywords</comment>
        <translation>日记规则</translation>
    </message>
    <message>
        <source>Journaling Archive</source>
        <comment>X.3.190|keywords</comment>
        <translation>Journaling Archive</translation>
    </message>
    <message>
        <source>hybrid</source>
        <comment>X.3.190|keywords</comment>
        <translation>混合部署</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): an on-premises journal rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive, so Exchange Online refuses them.</source>
        <comment>X.3.190|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：本地的日记规则把日记报告发送到 Microsoft 365，但该组织没有启用 Journaling Archive，因此 Exchange Online 拒绝了这些报告。</translation>
    </message>
    <message>
        <source>In NDRs for journal reports generated by an on-premises Exchange server whose journal rule targets a Microsoft 365 address, often after a migration or a change of archiving product.</source>
        <comment>X.3.190|whenSeen</comment>
        <translation>出现在本地 Exchange 服务器生成的日记报告的 NDR 中，该服务器的日记规则以某个 Microsoft 365 地址为目标，常见于迁移或更换归档产品之后。</translation>
    </message>
    <message>
        <source>The organization&apos;s Microsoft 365 admin either turns on Journaling Archive or changes the on-premises journal rule to deliver journal reports to another location.</source>
        <comment>X.3.190|howToFix</comment>
        <translation>由该组织的 Microsoft 365 管理员启用 Journaling Archive，或者修改本地日记规则，把日记报告投递到其他位置。</translation>
    </message>
    <message>
        <source>A journal rule on the on-premises server points at a Microsoft 365 mailbox while Journaling Archive is off.</source>
        <comment>X.3.190|causes</comment>
        <translation>本地服务器上的日记规则指向一个 Microsoft 365 邮箱，而 Journaling Archive 处于关闭状态。</translation>
    </message>
    <message>
        <source>An archiving setup was moved and the old journal rule was left in place.</source>
        <comment>X.3.190|causes</comment>
        <translation>归档设置已迁移，但旧的日记规则仍保留着。</translation>
    </message>
    <message>
        <source>On the on-premises Exchange server, list the journal rules and where they send reports.</source>
        <comment>X.3.190|checks.step</comment>
        <translation>在本地 Exchange 服务器上列出日记规则及其报告的发送目标。</translation>
    </message>
    <message>
        <source>Confirm with the Microsoft 365 admin whether Journaling Archive is meant to be on for the organization.</source>
        <comment>X.3.190|checks.step</comment>
        <translation>与 Microsoft 365 管理员确认该组织是否打算启用 Journaling Archive。</translation>
    </message>
    <message>
        <source>Retrying does nothing until the setting or the journal rule changes.</source>
        <comment>X.3.190|retry</comment>
        <translation>在设置或日记规则更改之前，重试不会有任何作用。</translation>
    </message>
    <message>
        <source>Nothing to do with an unanswered connection: the receiving Exchange Online organisation does not accept mail for the recipient&apos;s domain, usually because the domain&apos;s MX record points to the wrong place, the domain is not an accepted domain there, or DNS changes are still propagating. The recipient domain&apos;s admin fixes it.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>与连接无应答无关：接收方的 Exchange Online 组织不接受发往收件人所在域的邮件，通常是因为该域的 MX 记录指向了错误的位置、该域在那里不是接受的域，或者 DNS 更改仍在传播中。由收件人域的管理员修复。</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Microsoft 365 NDRs show 5.4.6 when the loop was stopped by an on-premises Exchange server in a hybrid setup, while Exchange Online itself reports loops with 5.4.14 (its troubleshooting page covers 5.4.6 to 5.4.20); Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>一旦超过跳数，Exchange 就会拦下陷入环路的邮件，并返回此 NDR 退信。当环路是由混合部署中的本地 Exchange 服务器拦下时，Microsoft 365 的 NDR 会显示 5.4.6，而 Exchange Online 自己用 5.4.14 报告环路（其故障排除页面涵盖 5.4.6 到 5.4.20）；Microsoft 建议检查收件箱规则、转发设置以及邮箱的 targetAddress。</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Exchange Online sends the same NDR after 24 hours of failed attempts, usually because the destination server was unreachable, kept deferring or has a wrong MX record.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange 在超过邮件过期超时（Exchange Server 默认为两天）后放弃，并发送此 NDR 退信；注意 550 与 4.x.x 代码搭配。Exchange Online 在尝试失败 24 小时后发送同样的 NDR，通常是因为目标服务器无法访问、持续延迟投递，或 MX 记录有误。</translation>
    </message>
    <message>
        <source>MX hosts of the domain failed MTA-STS validation</source>
        <comment>X.4.8|title</comment>
        <translation>该域的 MX 主机未通过 MTA-STS 验证</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <comment>X.4.8|keywords</comment>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>mta-sts.txt</source>
        <comment>X.4.8|keywords</comment>
        <translation>mta-sts.txt</translation>
    </message>
    <message>
        <source>STS policy</source>
        <comment>X.4.8|keywords</comment>
        <translation>STS策略</translation>
    </message>
    <message>
        <source>mx pattern</source>
        <comment>X.4.8|keywords</comment>
        <translation>mx模式</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient domain publishes an MTA-STS policy, and the MX host Exchange Online found for it is not one the policy lists. Exchange Online then refuses to deliver there, as the policy demands; as 4.4.8 it keeps trying, as 5.4.8 it has given up.</source>
        <comment>X.4.8|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人域发布了 MTA-STS 策略，而 Exchange Online 为其找到的 MX 主机不在策略所列之中。于是 Exchange Online 按策略要求拒绝向该主机投递；若为 4.4.8 则会继续尝试，若为 5.4.8 则已放弃。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for outbound mail from Microsoft 365 to a domain that uses MTA-STS, typically after that domain changed its MX records (new mail host, new filtering service) without updating the policy file.</source>
        <comment>X.4.8|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往使用 MTA-STS 的域的出站邮件的延迟通知和 NDR 中，通常是在该域更改了 MX 记录（新的邮件主机、新的过滤服务）却没有更新策略文件之后。</translation>
    </message>
    <message>
        <source>Nothing can be fixed on the sending side. The recipient domain&apos;s admin adds every real MX host to the mx lines of the policy file on the domain&apos;s mta-sts web host, changes the id in the _mta-sts TXT record so senders fetch the new policy, and then asks the sender to resend.</source>
        <comment>X.4.8|howToFix</comment>
        <translation>发件方无法修复任何东西。由收件人域的管理员把所有真实的 MX 主机添加到该域 mta-sts Web 主机上策略文件的 mx 行中，更改 _mta-sts TXT 记录中的 id，让发件方获取新策略，然后请发件人重新发送。</translation>
    </message>
    <message>
        <source>The domain moved its MX to a new host or filtering service and the MTA-STS policy still names the old one.</source>
        <comment>X.4.8|causes</comment>
        <translation>该域已把 MX 迁移到新的主机或过滤服务，但 MTA-STS 策略中仍写着旧的主机。</translation>
    </message>
    <message>
        <source>An mx line in the policy has a typo or a wildcard that does not cover the real MX host name.</source>
        <comment>X.4.8|causes</comment>
        <translation>策略中的某个 mx 行有拼写错误，或其通配符没有覆盖真实的 MX 主机名。</translation>
    </message>
    <message>
        <source>The policy was updated but the id in the TXT record was not, so senders keep the cached old policy.</source>
        <comment>X.4.8|causes</comment>
        <translation>策略已更新，但 TXT 记录中的 id 没有更新，因此发件方仍在使用缓存的旧策略。</translation>
    </message>
    <message>
        <source>List the recipient domain&apos;s MX hosts.</source>
        <comment>X.4.8|checks.step</comment>
        <translation>列出收件人域的 MX 主机。</translation>
    </message>
    <message>
        <source>Read the policy file and compare its mx lines with the MX hosts.</source>
        <comment>X.4.8|checks.step</comment>
        <translation>阅读策略文件，并将其 mx 行与 MX 主机进行比较。</translation>
    </message>
    <message>
        <source>Check the policy id that tells senders whether the policy has changed.</source>
        <comment>X.4.8|checks.step</comment>
        <translation>检查用于告知发件方策略是否已更改的策略 id。</translation>
    </message>
    <message>
        <source>As 4.4.8 Exchange Online keeps retrying until the message expires; once the policy lists the MX host, the queued message goes through. After 5.4.8 the sender must resend.</source>
        <comment>X.4.8|retry</comment>
        <translation>若为 4.4.8，Exchange Online 会一直重试，直到邮件过期；一旦策略列出了该 MX 主机，队列中的邮件就会发出。若为 5.4.8，发件人必须重新发送。</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.14|title</comment>
        <translation>检测到路由环路</translation>
    </message>
    <message>
        <source>mail loop</source>
        <comment>X.4.14|keywords</comment>
        <translation>邮件环路</translation>
    </message>
    <message>
        <source>hop count exceeded</source>
        <comment>X.4.14|keywords</comment>
        <translation>超过跳数</translation>
    </message>
    <message>
        <source>ATTR34</source>
        <comment>X.4.14|keywords</comment>
        <translation>ATTR34</translation>
    </message>
    <message>
        <source>hybrid connector</source>
        <comment>X.4.14|keywords</comment>
        <translation>混合连接器</translation>
    </message>
    <message>
        <source>accepted domain</source>
        <comment>X.4.14|keywords</comment>
        <translation>接受的域</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) for a mail loop found by Exchange Online: the message went round between servers until its hop count ran out, and Exchange stopped it after 20 iterations. On-premises Exchange reports the same situation in hybrid setups with the registry code 5.4.6.</source>
        <comment>X.4.14|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），用于 Exchange Online 发现的邮件环路：邮件在服务器之间来回流转，直到跳数耗尽，Exchange 在 20 次循环后将其拦下。在混合部署中，本地 Exchange 用注册表代码 5.4.6 报告同样的情况。</translation>
    </message>
    <message>
        <source>In NDRs for mail to a domain whose Microsoft 365 configuration routes messages back to where they came from, very often in hybrid deployments with on-premises Exchange, or after a domain was added to the tenant without being set up as authoritative.</source>
        <comment>X.4.14|whenSeen</comment>
        <translation>出现在发往某个域的邮件的 NDR 中，该域的 Microsoft 365 配置把邮件路由回其来源，多见于与本地 Exchange 的混合部署，或者在某个域被添加到租户却没有设置为权威域之后。</translation>
    </message>
    <message>
        <source>The admin of the Microsoft 365 organization that hosts the recipient&apos;s domain fixes the routing; the sender can only forward the NDR to them. Typical fixes are making the domain an authoritative accepted domain, giving the hybrid connector a smart host instead of DNS routing, or rerunning the Hybrid Configuration Wizard. Forwarding rules in the mailboxes involved are worth a look too.</source>
        <comment>X.4.14|howToFix</comment>
        <translation>由托管收件人所在域的 Microsoft 365 组织的管理员修复路由；发件人只能把 NDR 转发给对方。典型的修复方法是把该域设为权威的接受的域、为混合连接器配置智能主机而不是使用 DNS 路由，或重新运行 Hybrid Configuration Wizard。相关邮箱中的转发规则也值得检查。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is not an authoritative accepted domain in Exchange Online, so the message is sent back out and returns.</source>
        <comment>X.4.14|causes</comment>
        <translation>收件人的域在 Exchange Online 中不是权威的接受的域，因此邮件被重新发出后又转了回来。</translation>
    </message>
    <message>
        <source>In a hybrid setup with the MX at Exchange Online, the connector to the on-premises organization uses DNS routing instead of the on-premises smart host.</source>
        <comment>X.4.14|causes</comment>
        <translation>在 MX 指向 Exchange Online 的混合部署中，通往本地组织的连接器使用 DNS 路由，而不是本地的智能主机。</translation>
    </message>
    <message>
        <source>With all outbound mail routed through on-premises, the connector from Office 365 to the organization&apos;s server is missing or scoped to accepted domains.</source>
        <comment>X.4.14|causes</comment>
        <translation>在所有出站邮件都经本地路由的情况下，从 Office 365 到组织服务器的连接器缺失，或其作用范围仅限于接受的域。</translation>
    </message>
    <message>
        <source>Mailbox rules at the sender and the recipient forward messages to each other.</source>
        <comment>X.4.14|causes</comment>
        <translation>发件人和收件人的邮箱规则互相转发邮件。</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s domain is listed and authoritative.</source>
        <comment>X.4.14|checks.step</comment>
        <translation>检查收件人的域是否已列出并且是权威域。</translation>
    </message>
    <message>
        <source>Check whether the hybrid outbound connector routes all mail through on-premises.</source>
        <comment>X.4.14|checks.step</comment>
        <translation>检查混合出站连接器是否把所有邮件都经本地路由。</translation>
    </message>
    <message>
        <source>Look in the NDR&apos;s headers at the Received lines to see which servers the message kept passing between.</source>
        <comment>X.4.14|checks.step</comment>
        <translation>查看 NDR 邮件头中的 Received 行，了解邮件在哪些服务器之间反复往返。</translation>
    </message>
    <message>
        <source>Do not resend until the routing is fixed; every copy loops the same way.</source>
        <comment>X.4.14|retry</comment>
        <translation>在路由修复之前不要重新发送；每一份副本都会以同样的方式陷入环路。</translation>
    </message>
    <message>
        <source>Message expired</source>
        <comment>X.4.300|title</comment>
        <translation>邮件已过期</translation>
    </message>
    <message>
        <source>message expired</source>
        <comment>X.4.300|keywords</comment>
        <translation>邮件过期</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.300|keywords</comment>
        <translation>投递超时</translation>
    </message>
    <message>
        <source>undeliverable NDR</source>
        <comment>X.4.300|keywords</comment>
        <translation>无法投递 NDR</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online gave up on a message because delivering it took too long. Either the destination server never answered, or the message produced an NDR that could not itself be delivered back to the original sender.</source>
        <comment>X.4.300|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：由于投递耗时过长，Exchange Online 放弃了这封邮件。要么目标服务器从未应答，要么这封邮件产生的 NDR 本身无法退回给原始发件人。</translation>
    </message>
    <message>
        <source>In final NDRs from Exchange Online after a period of failed attempts to reach a destination that stays silent, and in message traces of messages whose bounce could not be returned.</source>
        <comment>X.4.300|whenSeen</comment>
        <translation>出现在 Exchange Online 对一个始终没有响应的目标尝试失败一段时间后发出的最终 NDR 中，也出现在退信无法退回的邮件的 message trace 中。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin looks up the message in message trace to see the earlier attempts and the host that never answered, then contacts the destination&apos;s admin. If the message&apos;s own NDR could not reach the original sender, the sender address is the thing to check.</source>
        <comment>X.4.300|howToFix</comment>
        <translation>发件方管理员在 message trace 中查找该邮件，查看之前的尝试以及从未应答的主机，然后联系目标方的管理员。如果邮件自身的 NDR 无法到达原始发件人，需要检查的就是发件人地址。</translation>
    </message>
    <message>
        <source>The destination server never responded during the delivery window.</source>
        <comment>X.4.300|causes</comment>
        <translation>在投递时间窗口内，目标服务器从未响应。</translation>
    </message>
    <message>
        <source>The message generated an NDR and that NDR could not be delivered to the original sender, for example because the sender address does not accept mail.</source>
        <comment>X.4.300|causes</comment>
        <translation>邮件产生了 NDR，而该 NDR 无法投递给原始发件人，例如因为发件人地址不接收邮件。</translation>
    </message>
    <message>
        <source>Trace the message and read the delivery events before it expired.</source>
        <comment>X.4.300|checks.step</comment>
        <translation>跟踪该邮件，阅读其过期之前的投递事件。</translation>
    </message>
    <message>
        <source>Show the detail of one traced message, including the last answer from the destination.</source>
        <comment>X.4.300|checks.step</comment>
        <translation>显示一封被跟踪邮件的详细信息，包括目标方的最后一次应答。</translation>
    </message>
    <message>
        <source>Check from outside whether the destination&apos;s MX hosts accept connections at all.</source>
        <comment>X.4.300|checks.step</comment>
        <translation>从外部检查目标方的 MX 主机是否接受连接。</translation>
    </message>
    <message>
        <source>The message has left the queue; resend it once the destination answers again or the return path works.</source>
        <comment>X.4.300|retry</comment>
        <translation>邮件已离开队列；请在目标方重新响应或退信路径恢复正常后重新发送。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>X.4.316|title</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.316|keywords</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>socket error 10061</source>
        <comment>X.4.316|keywords</comment>
        <translation>套接字错误 10061</translation>
    </message>
    <message>
        <source>port 25 closed</source>
        <comment>X.4.316|keywords</comment>
        <translation>25端口关闭</translation>
    </message>
    <message>
        <source>firewall</source>
        <comment>X.4.316|keywords</comment>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online tried to deliver outbound mail to a server outside Microsoft 365 and the connection was refused. The problem is almost always at the receiving side&apos;s server or network; the reply usually names the IP address that refused.</source>
        <comment>X.4.316|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：Exchange Online 尝试把出站邮件投递到 Microsoft 365 之外的服务器，连接被拒绝。问题几乎总是出在接收方的服务器或网络上；响应中通常会写明拒绝连接的 IP 地址。</translation>
    </message>
    <message>
        <source>In delay notices and in message trace for mail to an external domain whose mail server is down, not listening on port 25, or behind a firewall that rejects Microsoft 365&apos;s outbound addresses.</source>
        <comment>X.4.316|whenSeen</comment>
        <translation>出现在发往外部域的邮件的延迟通知和 message trace 中，这些域的邮件服务器已宕机、未在 25 端口监听，或位于拒绝 Microsoft 365 出站地址的防火墙之后。</translation>
    </message>
    <message>
        <source>The admin of the receiving server or network makes the MX host accept connections on port 25 from the internet, or at least from Microsoft 365&apos;s outbound ranges. The sender&apos;s side can only wait and tell them, quoting the IP address in the error.</source>
        <comment>X.4.316|howToFix</comment>
        <translation>由接收服务器或网络的管理员让 MX 主机在 25 端口接受来自互联网的连接，至少接受来自 Microsoft 365 出站地址段的连接。发件方只能等待，并引用错误中的 IP 地址告知对方。</translation>
    </message>
    <message>
        <source>The receiving mail server is down or its SMTP service is stopped.</source>
        <comment>X.4.316|causes</comment>
        <translation>接收方的邮件服务器已宕机，或其 SMTP 服务已停止。</translation>
    </message>
    <message>
        <source>A firewall in front of the receiving server refuses connections from Microsoft 365.</source>
        <comment>X.4.316|causes</comment>
        <translation>接收服务器前面的防火墙拒绝来自 Microsoft 365 的连接。</translation>
    </message>
    <message>
        <source>The MX record points at a host that does not run a mail server on port 25.</source>
        <comment>X.4.316|causes</comment>
        <translation>MX 记录指向的主机没有在 25 端口上运行邮件服务器。</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient&apos;s domain.</source>
        <comment>X.4.316|checks.step</comment>
        <translation>查出收件人所在域的 MX 主机。</translation>
    </message>
    <message>
        <source>From a network outside the recipient&apos;s, test whether port 25 answers.</source>
        <comment>X.4.316|checks.step</comment>
        <translation>从收件方网络之外的网络测试 25 端口是否有应答。</translation>
    </message>
    <message>
        <source>Read the IP address in the error or in message trace to tell which host refuses.</source>
        <comment>X.4.316|checks.step</comment>
        <translation>读取错误或 message trace 中的 IP 地址，判断是哪台主机拒绝了连接。</translation>
    </message>
    <message>
        <source>Exchange Online retries automatically until the message expires; nothing needs resending while it is still queued.</source>
        <comment>X.4.316|retry</comment>
        <translation>Exchange Online 会自动重试，直到邮件过期；只要邮件仍在队列中，就无需重新发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot connect to remote server (UntrustedRoot)</source>
        <comment>X.4.317|title</comment>
        <translation>无法连接到远程服务器（UntrustedRoot）</translation>
    </message>
    <message>
        <source>UntrustedRoot</source>
        <comment>X.4.317|keywords</comment>
        <translation>UntrustedRoot</translation>
    </message>
    <message>
        <source>intermediate certificate</source>
        <comment>X.4.317|keywords</comment>
        <translation>中间证书</translation>
    </message>
    <message>
        <source>certificate chain</source>
        <comment>X.4.317|keywords</comment>
        <translation>证书链</translation>
    </message>
    <message>
        <source>leaf certificate</source>
        <comment>X.4.317|keywords</comment>
        <translation>叶证书</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <comment>X.4.317|keywords</comment>
        <translation>TLS握手</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): during the TLS handshake the other server presented only its own (leaf) certificate without the intermediate CA certificates, so Exchange Online could not build a chain to a trusted root. Exchange Online does not fetch missing intermediates by itself.</source>
        <comment>X.4.317|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：在 TLS 握手期间，对方服务器只出示了自己的（叶）证书，没有附带中间 CA 证书，因此 Exchange Online 无法构建通往受信任根证书的证书链。Exchange Online 不会自行获取缺失的中间证书。</translation>
    </message>
    <message>
        <source>In two directions. When Exchange Online sends to an external server that presents an incomplete chain, the sender in Microsoft 365 gets the NDR. When an external server sends to Exchange Online with such a certificate, Exchange Online refuses the message and the external server bounces it to its own sender.</source>
        <comment>X.4.317|whenSeen</comment>
        <translation>两个方向都会出现。当 Exchange Online 向出示不完整证书链的外部服务器发信时，Microsoft 365 中的发件人会收到 NDR。当外部服务器使用这样的证书向 Exchange Online 发信时，Exchange Online 拒收该邮件，外部服务器再把它退回给自己的发件人。</translation>
    </message>
    <message>
        <source>The admin of the non-Microsoft server configures it to present the full chain: its certificate followed by every intermediate certificate. If you are on the Microsoft 365 side, send that admin the NDR; nothing in your tenant changes the result.</source>
        <comment>X.4.317|howToFix</comment>
        <translation>由非 Microsoft 服务器的管理员将其配置为出示完整的证书链：自身证书之后跟上每一张中间证书。如果您在 Microsoft 365 一方，请把 NDR 发给该管理员；在您的租户中做任何更改都不会改变结果。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate file or store holds only the leaf certificate, not the intermediates.</source>
        <comment>X.4.317|causes</comment>
        <translation>服务器的证书文件或证书存储中只有叶证书，没有中间证书。</translation>
    </message>
    <message>
        <source>A renewed certificate was installed without its new intermediate CA certificate.</source>
        <comment>X.4.317|causes</comment>
        <translation>续期后的证书安装时没有附带新的中间 CA 证书。</translation>
    </message>
    <message>
        <source>The server is configured with the certificate from a different file than the full-chain bundle.</source>
        <comment>X.4.317|causes</comment>
        <translation>服务器配置使用的是另一个文件中的证书，而不是完整证书链的捆绑文件。</translation>
    </message>
    <message>
        <source>Show the certificates the server presents; a complete chain lists at least the leaf and one intermediate.</source>
        <comment>X.4.317|checks.step</comment>
        <translation>显示服务器出示的证书；完整的证书链至少包含叶证书和一张中间证书。</translation>
    </message>
    <message>
        <source>In the output, check the verify result line at the end for an error about the issuer certificate.</source>
        <comment>X.4.317|checks.step</comment>
        <translation>在输出末尾的验证结果行中，查看是否有关于签发者证书的错误。</translation>
    </message>
    <message>
        <source>Exchange Online keeps retrying outbound messages; they go through once the remote server sends the full chain. An external sender&apos;s own server decides on its retries.</source>
        <comment>X.4.317|retry</comment>
        <translation>Exchange Online 会持续重试出站邮件；一旦远程服务器发送完整的证书链，邮件就会发出。外部发件人的情况则由其自己的服务器决定如何重试。</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply. Keep openssl in quiet mode: otherwise it takes a typed line starting with R (such as RCPT TO) as a request to renegotiate and one starting with Q as an order to quit, so those commands never reach the server.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>手动逐条命令重放会话，并观察每一个响应。让 openssl 保持在安静模式：否则它会把以 R 开头的输入行（例如 RCPT TO）当作重新协商请求，把以 Q 开头的行当作退出命令，这些命令就永远到达不了服务器。</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s reply for a hotmail.com or outlook.com address that does not exist, which Exchange Online NDRs pass on; despite the protocol subject of the code it is an unknown-recipient bounce, like 5.1.10.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Outlook.com 对不存在的 hotmail.com 或 outlook.com 地址的响应，Exchange Online 的 NDR 会原样转达；尽管该代码的子类是协议，它实际上是未知收件人退信，与 5.1.10 相同。</translation>
    </message>
    <message>
        <source>Invalid characters</source>
        <comment>X.6.11|title</comment>
        <translation>无效字符</translation>
    </message>
    <message>
        <source>bare LF</source>
        <comment>X.6.11|keywords</comment>
        <translation>bare LF</translation>
    </message>
    <message>
        <source>bare line feed</source>
        <comment>X.6.11|keywords</comment>
        <translation>单独换行符</translation>
    </message>
    <message>
        <source>BDAT</source>
        <comment>X.6.11|keywords</comment>
        <translation>BDAT</translation>
    </message>
    <message>
        <source>CHUNKING</source>
        <comment>X.6.11|keywords</comment>
        <translation>CHUNKING</translation>
    </message>
    <message>
        <source>CRLF</source>
        <comment>X.6.11|keywords</comment>
        <translation>CRLF</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the message contains bare line feeds (an LF not preceded by CR) and the destination server cannot take them. Such messages can only be sent with the BDAT command, and Exchange Online no longer removes bare line feeds because that would break signatures such as DKIM.</source>
        <comment>X.6.11|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：邮件包含单独的换行符（前面没有 CR 的 LF），而目标服务器无法接收它们。这类邮件只能用 BDAT 命令发送，而 Exchange Online 已不再删除单独的换行符，因为那样会破坏 DKIM 之类的签名。</translation>
    </message>
    <message>
        <source>In NDRs for outbound mail from Microsoft 365 to older or minimal mail servers that do not offer CHUNKING, when the sender&apos;s mail program or an attachment produced lines ending in LF only.</source>
        <comment>X.6.11|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往不提供 CHUNKING 的旧式或精简邮件服务器的出站邮件的 NDR 中，原因是发件人的邮件程序或某个附件生成了仅以 LF 结尾的行。</translation>
    </message>
    <message>
        <source>The sender tries another mail program, such as Outlook on the web, or sends the message without the attachment that carries the bare line feeds. The durable fixes are on the receiving side: its admin enables BDAT (CHUNKING) or, on Exchange Server, turns off bare line feed rejection on the receive connector.</source>
        <comment>X.6.11|howToFix</comment>
        <translation>发件人改用其他邮件程序（例如 Outlook on the web）重试，或不带含有单独换行符的附件发送邮件。长久的修复在接收方：由其管理员启用 BDAT（CHUNKING），或者在 Exchange Server 上关闭接收连接器对单独换行符的拒绝。</translation>
    </message>
    <message>
        <source>The sender&apos;s mail program or a script writes lines ending in LF instead of CRLF.</source>
        <comment>X.6.11|causes</comment>
        <translation>发件人的邮件程序或脚本写出的行以 LF 而不是 CRLF 结尾。</translation>
    </message>
    <message>
        <source>An attachment or inline part was inserted without converting its line endings.</source>
        <comment>X.6.11|causes</comment>
        <translation>插入附件或内嵌部分时没有转换其换行符。</translation>
    </message>
    <message>
        <source>The destination server does not support the SMTP BDAT command.</source>
        <comment>X.6.11|causes</comment>
        <translation>目标服务器不支持 SMTP BDAT 命令。</translation>
    </message>
    <message>
        <source>Check whether the destination server offers CHUNKING in its EHLO answer.</source>
        <comment>X.6.11|checks.step</comment>
        <translation>检查目标服务器在其 EHLO 应答中是否提供 CHUNKING。</translation>
    </message>
    <message>
        <source>Count the lines of the saved message that do not end in CR; any such line is a bare line feed.</source>
        <comment>X.6.11|checks.step</comment>
        <translation>统计已保存邮件中不以 CR 结尾的行数；任何这样的行都是单独的换行符。</translation>
    </message>
    <message>
        <source>On an Exchange Server destination, read the receive connector&apos;s bare line feed setting.</source>
        <comment>X.6.11|checks.step</comment>
        <translation>如果目标是 Exchange Server，查看接收连接器关于单独换行符的设置。</translation>
    </message>
    <message>
        <source>Resending the same message gives the same result; send it from another program or change the receiving server first.</source>
        <comment>X.6.11|retry</comment>
        <translation>重新发送同一封邮件会得到同样的结果；请改用其他程序发送，或先更改接收服务器。</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google Workspace domain accepts incoming mail only over TLS and this connection did not use it; the sending server must use STARTTLS before it tries again.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>收件人的 Google Workspace 域只通过 TLS 接收入站邮件，而此连接没有使用 TLS；发送服务器必须先使用 STARTTLS 再重试。</translation>
    </message>
    <message>
        <source>The receiving Exchange server does not accept mail for the recipient&apos;s domain from this client: an anonymous relay attempt, an MX record pointing at a server that does not host the domain, or a device that should relay without the needed permission.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>接收方的 Exchange 服务器不接受来自该客户端、发往收件人所在域的邮件：可能是匿名中继尝试、MX 记录指向了不托管该域的服务器，或某台设备在没有必要权限的情况下尝试中继。</translation>
    </message>
    <message>
        <source>Exchange requires the sending system to authenticate before it submits the message, for example an application relaying through a client endpoint without logging in; configure the sender to authenticate.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Exchange 要求发送系统在提交邮件之前先进行认证，例如某个应用程序未登录就通过客户端端点中继；请将发件方配置为进行认证。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s permission refusal: the sender may not write to this recipient, typically a distribution group that accepts only members or listed senders, or a mail flow rule rejected the message. The group owner or admin grants the permission.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Exchange Online 的权限拒绝：发件人无权给此收件人写信，通常是只接受成员或指定发件人的通讯组，或者某条邮件流规则拒绝了该邮件。由组的所有者或管理员授予权限。</translation>
    </message>
    <message>
        <source>iCloud Mail&apos;s filtering refused the message; the bracketed tag marks Apple&apos;s internal rule. Check the sending IP&apos;s reputation and the message&apos;s authentication, then contact Apple&apos;s postmaster service if the mail is legitimate.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>iCloud Mail 的过滤拒绝了该邮件；方括号中的标记表示 Apple 的内部规则。请检查发送 IP 的信誉和邮件的认证，如果邮件是正当的，请联系 Apple 的 postmaster 服务。</translation>
    </message>
    <message>
        <source>ZeptoMail&apos;s virus scanner found malware (here the EICAR test file) in the submitted message and did not send it; remove or clean the attachment.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>ZeptoMail 的病毒扫描器在已提交的邮件中发现了恶意软件（此处为 EICAR 测试文件），因此没有发送；请删除或清理该附件。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s outbound MTA-STS check: the destination server&apos;s TLS certificate does not satisfy the recipient domain&apos;s MTA-STS policy (an untrusted chain or a name that does not match). It defers with 4.7.5 and fails with 5.7.5 and the same text; the recipient domain&apos;s admin must fix the certificate or the policy.</source>
        <comment>X.7.5|providers.meaning</comment>
        <translation>Exchange Online 的出站 MTA-STS 检查：目标服务器的 TLS 证书不满足收件人域的 MTA-STS 策略（证书链不受信任或名称不匹配）。它以 4.7.5 延迟、以 5.7.5 失败，文本相同；必须由收件人域的管理员修复证书或策略。</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message failed DMARC or another authentication check, or its content was blocked, both reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo 入站：邮件未通过 DMARC 或其他认证检查，或其内容被拦截，两者都报告为 554 5.7.9。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent rejection at the end of DATA for two different problems it does not tell apart in the reply: failed authentication (SPF, DKIM or DMARC) and content that its filters block. Fix authentication before looking at the content and links.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo 在 DATA 结束时发出的永久性拒绝，用于它在响应中不加区分的两种不同问题：认证失败（SPF、DKIM 或 DMARC）和被其过滤器拦截的内容。请先修复认证，再检查内容和链接。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to password transitions: the recipient accepts mail only from senders inside its organisation and refused an outside sender. Only the recipient organisation&apos;s admin can allow external senders.</source>
        <comment>X.7.12|providers.meaning</comment>
        <translation>Exchange Online 的自有用法，与密码过渡无关：收件人只接受其组织内部发件人的邮件，拒绝了外部发件人。只有收件方组织的管理员才能允许外部发件人。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to disabled accounts: the recipient is a public folder that rejects senders from outside its organisation. The recipient&apos;s admin changes the folder&apos;s delivery restrictions; 5.7.135 is the same refusal under another code.</source>
        <comment>X.7.13|providers.meaning</comment>
        <translation>Exchange Online 的自有用法，与账户停用无关：收件人是一个拒绝其组织外部发件人的公用文件夹。由收件方管理员更改该文件夹的投递限制；5.7.135 是同一拒绝的另一个代码。</translation>
    </message>
    <message>
        <source>Not an SPF evaluation error in the registry sense: Gmail could read the record but considers some of its entries suspicious, and defers the mail (4.7.24) or refuses it (5.7.24). List only the servers that really send for the domain.</source>
        <comment>X.7.24|providers.meaning</comment>
        <translation>并非注册表意义上的 SPF 评估错误：Gmail 能够读取该记录，但认为其中某些条目可疑，于是延迟（4.7.24）或拒绝（5.7.24）该邮件。只列出确实代表该域发信的服务器。</translation>
    </message>
    <message>
        <source>Exchange Online requires a PTR record for every IPv6 address that sends to it and refuses mail from one without; whoever runs the sending IPv6 range must publish the reverse DNS record.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Exchange Online 要求每个向它发信的 IPv6 地址都有 PTR 记录，并拒绝没有 PTR 记录的地址发来的邮件；负责发送方 IPv6 地址段的一方必须发布反向 DNS 记录。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s temporary form for mail that arrives over IPv6 with neither SPF nor DKIM passing; it requires one of the two for IPv6 senders. Sign the mail with DKIM or add the IPv6 address to the SPF record, then let the sending server retry.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Exchange Online 的暂时形式，用于经 IPv6 到达、SPF 和 DKIM 都未通过的邮件；它要求 IPv6 发件人至少通过其中之一。请用 DKIM 签署邮件，或把 IPv6 地址加入 SPF 记录，然后让发送服务器重试。</translation>
    </message>
    <message>
        <source>The permanent form of Gmail&apos;s DKIM requirement: bulk mail without a passing DKIM signature is refused outright rather than deferred.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Gmail DKIM 要求的永久形式：没有通过的 DKIM 签名的批量邮件会被直接拒绝，而不是延迟。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use on smtp.office365.com: the client logged in to SMTP AUTH with a username and password (Basic authentication), which Microsoft is retiring for client submission. Switch the application to OAuth or to another sending method.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Exchange Online 在 smtp.office365.com 上的自有用法：客户端用用户名和密码（基本认证）登录 SMTP AUTH，而 Microsoft 正在逐步停用这种客户端提交方式。请把应用程序切换到 OAuth 或其他发送方式。</translation>
    </message>
    <message>
        <source>From: header not aligned with the authenticated SPF or DKIM domain</source>
        <comment>X.7.32|title</comment>
        <translation>From: 头与经过认证的 SPF 或 DKIM 域未对齐</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <comment>X.7.32|keywords</comment>
        <translation>DMARC对齐</translation>
    </message>
    <message>
        <source>From header alignment</source>
        <comment>X.7.32|keywords</comment>
        <translation>From头对齐</translation>
    </message>
    <message>
        <source>unaligned From domain</source>
        <comment>X.7.32|keywords</comment>
        <translation>From域未对齐</translation>
    </message>
    <message>
        <source>bulk sender requirements</source>
        <comment>X.7.32|keywords</comment>
        <translation>批量发件人要求</translation>
    </message>
    <message>
        <source>Gmail&apos;s own code, not in the IANA registry: the domain in the message&apos;s From: header matches, at the organizational-domain level, neither the domain that passed SPF nor the domain that signed with DKIM, so the message fails DMARC alignment. Gmail uses a temporary form that rate-limits such mail and a permanent form that blocks it.</source>
        <comment>X.7.32|summary</comment>
        <translation>Gmail 的自有代码，不在 IANA 注册表中：邮件 From: 头中的域在组织域层面上，既不匹配通过 SPF 的域，也不匹配进行 DKIM 签名的域，因此邮件未通过 DMARC 对齐。Gmail 使用一种对此类邮件进行速率限制的暂时形式，和一种将其拦截的永久形式。</translation>
    </message>
    <message>
        <source>After the message data, from Gmail&apos;s inbound servers, mostly for bulk senders since Gmail began enforcing its sender requirements in 2024. It is typical of mail sent through a newsletter, CRM or ticketing service that passes SPF for its own bounce domain and signs DKIM with its own domain while the From: address uses the customer&apos;s domain.</source>
        <comment>X.7.32|whenSeen</comment>
        <translation>在邮件数据之后由 Gmail 的入站服务器发出，自 Gmail 于 2024 年开始执行其发件人要求以来，主要针对批量发件人。典型情况是通过新闻通讯、CRM 或工单服务发送的邮件：这些服务以自己的退信域通过 SPF、以自己的域进行 DKIM 签名，而 From: 地址使用的却是客户的域。</translation>
    </message>
    <message>
        <source>The administrator of the sending domain makes at least one authenticated identity match the From: domain: set up the sending service&apos;s custom-domain DKIM so it signs with the From: domain or a subdomain of it, or give the service a return-path under the From: domain so SPF aligns. Relaxed alignment accepts a subdomain; strict alignment in the DMARC record demands the exact domain. Confirm with a test message before resending.</source>
        <comment>X.7.32|howToFix</comment>
        <translation>由发送域的管理员让至少一个经过认证的身份与 From: 域匹配：设置发送服务的自定义域 DKIM，使其用 From: 域或其子域签名；或者为该服务设置一个位于 From: 域之下的 return-path，使 SPF 对齐。宽松（relaxed）对齐接受子域；DMARC 记录中的严格（strict）对齐则要求完全相同的域。重新发送之前先用测试邮件确认。</translation>
    </message>
    <message>
        <source>The sending service signs DKIM with its own domain instead of the customer&apos;s From: domain.</source>
        <comment>X.7.32|causes</comment>
        <translation>发送服务用自己的域而不是客户的 From: 域进行 DKIM 签名。</translation>
    </message>
    <message>
        <source>The envelope sender (return-path) belongs to the sending service, so SPF passes for a domain other than the From: domain.</source>
        <comment>X.7.32|causes</comment>
        <translation>信封发件人（return-path）属于发送服务，因此 SPF 通过的是 From: 域之外的另一个域。</translation>
    </message>
    <message>
        <source>The DMARC record asks for strict alignment while mail is signed or bounced through a subdomain.</source>
        <comment>X.7.32|causes</comment>
        <translation>DMARC 记录要求严格对齐，而邮件却通过子域进行签名或处理退信。</translation>
    </message>
    <message>
        <source>A newly added tool sends with the company&apos;s From: address without a DKIM key for that domain.</source>
        <comment>X.7.32|causes</comment>
        <translation>新添加的工具使用公司的 From: 地址发信，但没有该域的 DKIM 密钥。</translation>
    </message>
    <message>
        <source>Read the DMARC record of the From: domain, including its alignment tags adkim and aspf.</source>
        <comment>X.7.32|checks.step</comment>
        <translation>阅读 From: 域的 DMARC 记录，包括其对齐标签 adkim 和 aspf。</translation>
    </message>
    <message>
        <source>In a test message delivered to a Gmail mailbox, open Show original and compare header.from with smtp.mailfrom and header.d in Authentication-Results: one of the two must belong to the From: domain.</source>
        <comment>X.7.32|checks.step</comment>
        <translation>在投递到 Gmail 邮箱的测试邮件中打开 Show original，在 Authentication-Results 头中比较 header.from 与 smtp.mailfrom 和 header.d：两者之一必须属于 From: 域。</translation>
    </message>
    <message>
        <source>Check that the DKIM key the sending service should sign with exists under your domain for the selector it uses.</source>
        <comment>X.7.32|checks.step</comment>
        <translation>检查发送服务应当用于签名的 DKIM 密钥，是否已针对其使用的选择器存在于您的域之下。</translation>
    </message>
    <message>
        <source>In Google Postmaster Tools, open the Compliance status page of the domain and look at the alignment requirement.</source>
        <comment>X.7.32|checks.step</comment>
        <translation>在 Google Postmaster Tools 中打开该域的 Compliance status 页面，查看对齐要求。</translation>
    </message>
    <message>
        <source>The deferred form may stay in the queue and be retried, but each attempt is deferred again until the From: domain aligns. A blocked message is resent only after alignment is fixed.</source>
        <comment>X.7.32|retry</comment>
        <translation>延迟形式的邮件可以留在队列中重试，但在 From: 域对齐之前，每次尝试都会再次被延迟。被拦截的邮件只有在对齐问题修复之后才重新发送。</translation>
    </message>
    <message>
        <source>Sending domain has no DMARC record or no DMARC policy</source>
        <comment>X.7.40|title</comment>
        <translation>发送域没有 DMARC 记录或没有 DMARC 策略</translation>
    </message>
    <message>
        <source>missing DMARC record</source>
        <comment>X.7.40|keywords</comment>
        <translation>缺少DMARC记录</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <comment>X.7.40|keywords</comment>
        <translation>没有DMARC策略</translation>
    </message>
    <message>
        <source>bulk sender requirements</source>
        <comment>X.7.40|keywords</comment>
        <translation>批量发件人要求</translation>
    </message>
    <message>
        <source>Gmail&apos;s own code, outside the IANA registry: the sending domain publishes no DMARC record, or its record names no policy, and Gmail requires one of every bulk sender. The temporary form rate-limits the mail; the permanent form blocks it.</source>
        <comment>X.7.40|summary</comment>
        <translation>Gmail 的自有代码，不在 IANA 注册表中：发送域没有发布 DMARC 记录，或其记录中没有指定策略，而 Gmail 要求每个批量发件人都必须有。暂时形式对邮件进行速率限制；永久形式则将其拦截。</translation>
    </message>
    <message>
        <source>After the message data, from Gmail&apos;s inbound servers, for senders Gmail counts as bulk senders. Google added the code to its published error table around April 2025; it hits domains that authenticate with SPF and DKIM but never published DMARC.</source>
        <comment>X.7.40|whenSeen</comment>
        <translation>在邮件数据之后由 Gmail 的入站服务器发出，针对 Gmail 视为批量发件人的发件人。Google 大约在 2025 年 4 月把此代码加入其公布的错误表；它影响那些使用 SPF 和 DKIM 进行认证、却从未发布 DMARC 的域。</translation>
    </message>
    <message>
        <source>The domain owner publishes a TXT record at the _dmarc name of the From: domain (or of its organizational domain) with a version tag and a policy tag; a monitoring policy of none meets Gmail&apos;s requirement while reports come in. SPF and DKIM must already work, since the policy is judged on them. Resend once the record resolves.</source>
        <comment>X.7.40|howToFix</comment>
        <translation>由域所有者在 From: 域（或其组织域）的 _dmarc 名称下发布一条带有版本标签和策略标签的 TXT 记录；在接收报告期间，使用 none 监控策略即可满足 Gmail 的要求。SPF 和 DKIM 必须已经正常工作，因为策略是根据它们来判定的。记录可以解析后再重新发送。</translation>
    </message>
    <message>
        <source>The domain never published a DMARC record.</source>
        <comment>X.7.40|causes</comment>
        <translation>该域从未发布过 DMARC 记录。</translation>
    </message>
    <message>
        <source>The record sits under the wrong name, for example at the domain itself instead of under _dmarc.</source>
        <comment>X.7.40|causes</comment>
        <translation>记录位于错误的名称下，例如放在域本身而不是 _dmarc 之下。</translation>
    </message>
    <message>
        <source>The record lacks the policy tag or has a syntax error, so receivers cannot read a policy.</source>
        <comment>X.7.40|causes</comment>
        <translation>记录缺少策略标签或有语法错误，因此接收方无法读取策略。</translation>
    </message>
    <message>
        <source>Mail is sent from a subdomain whose organizational domain has no DMARC record either.</source>
        <comment>X.7.40|causes</comment>
        <translation>邮件从某个子域发出，而其组织域也没有 DMARC 记录。</translation>
    </message>
    <message>
        <source>Look up the DMARC record of the From: domain: the answer must start with v=DMARC1 and contain a p= tag.</source>
        <comment>X.7.40|checks.step</comment>
        <translation>查询 From: 域的 DMARC 记录：应答必须以 v=DMARC1 开头，并包含 p= 标签。</translation>
    </message>
    <message>
        <source>If the From: address uses a subdomain, look up its own record as well as the parent&apos;s, since receivers fall back to the organizational domain.</source>
        <comment>X.7.40|checks.step</comment>
        <translation>如果 From: 地址使用子域，既要查询子域自己的记录，也要查询上级域的记录，因为接收方会回退到组织域。</translation>
    </message>
    <message>
        <source>After publishing, send a fresh test message to Gmail and check that the dmarc= result in Authentication-Results names a policy.</source>
        <comment>X.7.40|checks.step</comment>
        <translation>发布之后，向 Gmail 发送一封新的测试邮件，检查 Authentication-Results 中的 dmarc= 结果是否给出了策略。</translation>
    </message>
    <message>
        <source>Deferred copies may stay queued; they go through once the record is visible in DNS. Blocked messages are resent by hand after the record is published.</source>
        <comment>X.7.40|retry</comment>
        <translation>被延迟的副本可以留在队列中；一旦该记录在 DNS 中可见，它们就会发出。被拦截的邮件需要在发布记录后手动重新发送。</translation>
    </message>
    <message>
        <source>Client was not authenticated to send anonymous mail during MAIL FROM</source>
        <comment>X.7.57|title</comment>
        <translation>客户端在 MAIL FROM 阶段未经认证，不能发送匿名邮件</translation>
    </message>
    <message>
        <source>SMTP AUTH</source>
        <comment>X.7.57|keywords</comment>
        <translation>SMTP AUTH</translation>
    </message>
    <message>
        <source>smtp.office365.com</source>
        <comment>X.7.57|keywords</comment>
        <translation>smtp.office365.com</translation>
    </message>
    <message>
        <source>client submission</source>
        <comment>X.7.57|keywords</comment>
        <translation>客户端提交</translation>
    </message>
    <message>
        <source>printer scan to email</source>
        <comment>X.7.57|keywords</comment>
        <translation>打印机扫描发邮件</translation>
    </message>
    <message>
        <source>anonymous relay</source>
        <comment>X.7.57|keywords</comment>
        <translation>匿名中继</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): a device or application connected to the client submission endpoint smtp.office365.com and gave MAIL FROM without having signed in. That endpoint takes mail only from clients that authenticate as a user with an Exchange Online mailbox.</source>
        <comment>X.7.57|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：某台设备或某个应用程序连接到客户端提交端点 smtp.office365.com，未登录就发送了 MAIL FROM。该端点只接受以拥有 Exchange Online 邮箱的用户身份进行认证的客户端发来的邮件。</translation>
    </message>
    <message>
        <source>When setting up or after changes to printers, scanners and business applications that send through Microsoft 365: the device reports it in its log, or its SMTP library shows the reply to MAIL FROM. It often follows a failed AUTH attempt, in which case the AUTH reply is the real error.</source>
        <comment>X.7.57|whenSeen</comment>
        <translation>出现在设置或更改通过 Microsoft 365 发信的打印机、扫描仪和业务应用程序时或之后：设备会在日志中报告它，或其 SMTP 库显示对 MAIL FROM 的应答。它常常紧跟在一次失败的 AUTH 尝试之后，这时 AUTH 的应答才是真正的错误。</translation>
    </message>
    <message>
        <source>Whoever configures the device or application fixes it; Microsoft notes that user and admin are the same person here. Enter the mailbox&apos;s user name and password (or OAuth settings), make sure the client uses STARTTLS on port 587, and check that SMTP AUTH is allowed for that mailbox. A device that cannot sign in should use direct send or a Microsoft 365 connector (SMTP relay) instead of smtp.office365.com.</source>
        <comment>X.7.57|howToFix</comment>
        <translation>由配置该设备或应用程序的人来修复；Microsoft 指出，这种情况下用户和管理员是同一个人。输入该邮箱的用户名和密码（或 OAuth 设置），确保客户端在 587 端口上使用 STARTTLS，并检查该邮箱是否允许 SMTP AUTH。无法登录的设备应改用 direct send 或 Microsoft 365 连接器（SMTP 中继），而不是 smtp.office365.com。</translation>
    </message>
    <message>
        <source>The device or application has no credentials entered, so it never sends AUTH.</source>
        <comment>X.7.57|causes</comment>
        <translation>设备或应用程序没有输入凭据，因此从不发送 AUTH。</translation>
    </message>
    <message>
        <source>The credentials are wrong, or the AUTH attempt was refused, and the client carries on to MAIL FROM anyway.</source>
        <comment>X.7.57|causes</comment>
        <translation>凭据错误或 AUTH 尝试被拒绝，而客户端仍然继续发送 MAIL FROM。</translation>
    </message>
    <message>
        <source>The client does not negotiate TLS, which Exchange Online requires before AUTH.</source>
        <comment>X.7.57|causes</comment>
        <translation>客户端没有协商 TLS，而 Exchange Online 要求在 AUTH 之前先协商 TLS。</translation>
    </message>
    <message>
        <source>A device meant for direct send was pointed at smtp.office365.com.</source>
        <comment>X.7.57|causes</comment>
        <translation>原本用于 direct send 的设备被指向了 smtp.office365.com。</translation>
    </message>
    <message>
        <source>Test the submission endpoint with the device&apos;s account and watch the AUTH and MAIL FROM replies.</source>
        <comment>X.7.57|checks.step</comment>
        <translation>使用设备的账户测试提交端点，观察 AUTH 和 MAIL FROM 的应答。</translation>
    </message>
    <message>
        <source>Check that SMTP AUTH is not turned off for the mailbox the device uses.</source>
        <comment>X.7.57|checks.step</comment>
        <translation>检查设备所用的邮箱没有关闭 SMTP AUTH。</translation>
    </message>
    <message>
        <source>Check the organization-wide SMTP AUTH setting.</source>
        <comment>X.7.57|checks.step</comment>
        <translation>检查组织范围的 SMTP AUTH 设置。</translation>
    </message>
    <message>
        <source>The client should stop and report the error; retrying without credentials changes nothing.</source>
        <comment>X.7.57|retry</comment>
        <translation>客户端应停止并报告错误；不提供凭据就重试不会有任何改变。</translation>
    </message>
    <message>
        <source>TenantAttribution; Relay Access Denied</source>
        <comment>X.7.64|title</comment>
        <translation>TenantAttribution; Relay Access Denied（中继访问被拒绝）</translation>
    </message>
    <message>
        <source>TenantAttribution</source>
        <comment>X.7.64|keywords</comment>
        <translation>TenantAttribution</translation>
    </message>
    <message>
        <source>Relay Access Denied</source>
        <comment>X.7.64|keywords</comment>
        <translation>中继访问被拒绝</translation>
    </message>
    <message>
        <source>inbound connector</source>
        <comment>X.7.64|keywords</comment>
        <translation>入站连接器</translation>
    </message>
    <message>
        <source>hybrid</source>
        <comment>X.7.64|keywords</comment>
        <translation>混合部署</translation>
    </message>
    <message>
        <source>TlsSenderCertificateName</source>
        <comment>X.7.64|keywords</comment>
        <translation>TlsSenderCertificateName</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <comment>X.7.64|keywords</comment>
        <translation>SMTP中继</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online could not attribute incoming mail to a tenant through an inbound connector, so it refused to relay it onward. The mail comes from an organization&apos;s own on-premises server, application or device that is supposed to be recognised by its IP address or its TLS certificate, and that recognition failed.</source>
        <comment>X.7.64|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：Exchange Online 无法通过入站连接器把传入邮件归属到某个租户，因此拒绝继续中继。这些邮件来自组织自己的本地服务器、应用程序或设备，本应通过其 IP 地址或 TLS 证书被识别，但识别失败了。</translation>
    </message>
    <message>
        <source>On on-premises Exchange servers, IIS SMTP servers and devices that relay through Exchange Online Protection: in their send logs, in NDRs to the users whose mail goes out that way, often right after a certificate renewal or a change of public IP address.</source>
        <comment>X.7.64|whenSeen</comment>
        <translation>出现在通过 Exchange Online Protection 中继的本地 Exchange 服务器、IIS SMTP 服务器和设备上：在它们的发送日志中，以及发给经此路径发信的用户的 NDR 中，常见于证书续期或公网 IP 地址变更之后。</translation>
    </message>
    <message>
        <source>Only an admin of the sending Microsoft 365 organization can fix it. Make the inbound connector match the sending server again: update its sender IP addresses, or its certificate name to the name on the server&apos;s new certificate, or rerun the Hybrid Configuration Wizard in a hybrid deployment. If the server uses a certificate, it must send the full chain with the intermediate certificates, and the sending domain must be an accepted domain of the tenant.</source>
        <comment>X.7.64|howToFix</comment>
        <translation>只有发送方 Microsoft 365 组织的管理员才能修复。让入站连接器重新与发送服务器匹配：更新其发件人 IP 地址，或把证书名称更新为服务器新证书上的名称，或在混合部署中重新运行 Hybrid Configuration Wizard。如果服务器使用证书，它必须发送带有中间证书的完整证书链，并且发送域必须是该租户的接受的域。</translation>
    </message>
    <message>
        <source>The on-premises server&apos;s certificate was renewed or replaced with one whose name no longer matches the connector.</source>
        <comment>X.7.64|causes</comment>
        <translation>本地服务器的证书已续期或更换，新证书的名称不再与连接器匹配。</translation>
    </message>
    <message>
        <source>The server&apos;s public IP address changed and the connector still lists the old one.</source>
        <comment>X.7.64|causes</comment>
        <translation>服务器的公网 IP 地址已更改，而连接器中仍列着旧地址。</translation>
    </message>
    <message>
        <source>The on-premises server sends only its leaf certificate, so Exchange Online cannot validate it.</source>
        <comment>X.7.64|causes</comment>
        <translation>本地服务器只发送叶证书，因此 Exchange Online 无法验证它。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not an accepted domain in the tenant.</source>
        <comment>X.7.64|causes</comment>
        <translation>发件人的域不是该租户的接受的域。</translation>
    </message>
    <message>
        <source>List the tenant&apos;s inbound connectors and what each recognises the sending server by.</source>
        <comment>X.7.64|checks.step</comment>
        <translation>列出租户的入站连接器，以及每个连接器凭什么识别发送服务器。</translation>
    </message>
    <message>
        <source>Find the public IP address the on-premises server really uses and compare it with the connector.</source>
        <comment>X.7.64|checks.step</comment>
        <translation>查出本地服务器实际使用的公网 IP 地址，并与连接器进行比较。</translation>
    </message>
    <message>
        <source>Check which certificate the on-premises server presents and whether it sends the intermediates.</source>
        <comment>X.7.64|checks.step</comment>
        <translation>检查本地服务器出示的是哪张证书，以及是否发送了中间证书。</translation>
    </message>
    <message>
        <source>Queue and retry only after the connector or the certificate has been fixed; until then every attempt is refused.</source>
        <comment>X.7.64|retry</comment>
        <translation>只有在连接器或证书修复之后才放入队列并重试；在此之前每次尝试都会被拒绝。</translation>
    </message>
    <message>
        <source>Sender not in allowed-senders list</source>
        <comment>X.7.124|title</comment>
        <translation>发件人不在允许的发件人列表中</translation>
    </message>
    <message>
        <source>distribution group</source>
        <comment>X.7.124|keywords</comment>
        <translation>通讯组</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.7.124|keywords</comment>
        <translation>通讯组列表</translation>
    </message>
    <message>
        <source>allowed senders</source>
        <comment>X.7.124|keywords</comment>
        <translation>允许的发件人</translation>
    </message>
    <message>
        <source>delivery management</source>
        <comment>X.7.124|keywords</comment>
        <translation>投递管理</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient is a distribution group that accepts messages only from a list of allowed senders, and the sender is not on it, neither directly nor through a group. Depending on the setup even the group&apos;s owner may have to be on that list.</source>
        <comment>X.7.124|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人是一个只接受允许的发件人列表中的发件人所发邮件的通讯组，而该发件人既不直接也不通过某个组在该列表中。视设置而定，连组的所有者也可能需要在该列表中。</translation>
    </message>
    <message>
        <source>In the NDR a sender gets after writing to a restricted distribution list, inside or outside the organization.</source>
        <comment>X.7.124|whenSeen</comment>
        <translation>出现在发件人向受限的通讯组列表写信后收到的 NDR 中，无论其在组织内部还是外部。</translation>
    </message>
    <message>
        <source>The sender asks to join the group or asks its owner to allow them; the NDR says how to find the owner. The group owner or the recipient&apos;s admin adds the sender (an external sender first needs a mail contact or mail user) to the allowed senders under the group&apos;s delivery management, or lets everyone send to the group.</source>
        <comment>X.7.124|howToFix</comment>
        <translation>发件人申请加入该组，或请组的所有者允许自己；NDR 中说明了如何找到所有者。由组的所有者或收件方管理员在组的投递管理（delivery management）中把该发件人添加到允许的发件人（外部发件人需要先有邮件联系人或邮件用户），或者允许所有人向该组发信。</translation>
    </message>
    <message>
        <source>The group accepts mail only from specified senders or members, and the sender is not one of them.</source>
        <comment>X.7.124|causes</comment>
        <translation>该组只接受指定的发件人或成员发来的邮件，而该发件人两者都不是。</translation>
    </message>
    <message>
        <source>The group&apos;s owner is not on its own allowed senders list.</source>
        <comment>X.7.124|causes</comment>
        <translation>组的所有者不在该组自己的允许的发件人列表中。</translation>
    </message>
    <message>
        <source>An external sender is not represented by a mail contact, so they cannot be added to the list.</source>
        <comment>X.7.124|causes</comment>
        <translation>外部发件人没有对应的邮件联系人，因此无法被添加到列表中。</translation>
    </message>
    <message>
        <source>Show who may send to the group.</source>
        <comment>X.7.124|checks.step</comment>
        <translation>显示谁可以向该组发信。</translation>
    </message>
    <message>
        <source>Add the sender to the allowed senders without replacing the existing ones.</source>
        <comment>X.7.124|checks.step</comment>
        <translation>把该发件人添加到允许的发件人，同时不替换已有的发件人。</translation>
    </message>
    <message>
        <source>In the Exchange admin center, open the group under Recipients, then Groups, and read the sender options under delivery management.</source>
        <comment>X.7.124|checks.step</comment>
        <translation>以管理员身份在 Exchange admin center 中，依次进入 Recipients（收件人）、Groups 打开该组，查看投递管理（delivery management）下的发件人选项。</translation>
    </message>
    <message>
        <source>Do not resend until the group allows the sender; the group refuses each copy the same way.</source>
        <comment>X.7.124|retry</comment>
        <translation>在该组允许该发件人之前不要重新发送；该组会以同样的方式拒绝每一份副本。</translation>
    </message>
    <message>
        <source>Sender not authenticated for group</source>
        <comment>X.7.133|title</comment>
        <translation>发件人未通过该组的认证</translation>
    </message>
    <message>
        <source>external senders</source>
        <comment>X.7.133|keywords</comment>
        <translation>外部发件人</translation>
    </message>
    <message>
        <source>distribution group</source>
        <comment>X.7.133|keywords</comment>
        <translation>通讯组</translation>
    </message>
    <message>
        <source>senders inside and outside my organization</source>
        <comment>X.7.133|keywords</comment>
        <translation>组织内外的发件人</translation>
    </message>
    <message>
        <source>RequireSenderAuthenticationEnabled</source>
        <comment>X.7.133|keywords</comment>
        <translation>RequireSenderAuthenticationEnabled</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) for mail from outside the organization to a distribution group that is set to accept only internal, authenticated senders. Exchange Online treats every external sender as unauthenticated for this purpose.</source>
        <comment>X.7.133|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），用于从组织外部发往某个设置为只接受内部已认证发件人的通讯组的邮件。就此而言，Exchange Online 把每个外部发件人都视为未经认证。</translation>
    </message>
    <message>
        <source>In NDRs to partners, customers or personal addresses that write to a company&apos;s distribution list, such as an info or sales list that was created with the default internal-only setting.</source>
        <comment>X.7.133|whenSeen</comment>
        <translation>出现在合作伙伴、客户或个人地址向某公司的通讯组列表写信后收到的 NDR 中，例如以默认的仅限内部设置创建的 info 或 sales 列表。</translation>
    </message>
    <message>
        <source>Only the group owner or the recipient&apos;s admin can change it. They either allow senders inside and outside the organization in the group&apos;s delivery management, or keep the restriction and add chosen external senders, as mail contacts, to the group&apos;s allowed senders.</source>
        <comment>X.7.133|howToFix</comment>
        <translation>只有组的所有者或收件方管理员才能更改。他们可以在组的投递管理（delivery management）中允许组织内外的发件人，或者保留限制，把选定的外部发件人作为邮件联系人添加到组的允许的发件人中。</translation>
    </message>
    <message>
        <source>The distribution group was created with the internal-only default.</source>
        <comment>X.7.133|causes</comment>
        <translation>通讯组是以默认的仅限内部设置创建的。</translation>
    </message>
    <message>
        <source>The group was meant to receive outside mail but the setting was never changed.</source>
        <comment>X.7.133|causes</comment>
        <translation>该组本应接收外部邮件，但相关设置一直没有更改。</translation>
    </message>
    <message>
        <source>A restriction was tightened and outside senders were not considered.</source>
        <comment>X.7.133|causes</comment>
        <translation>收紧了某项限制，却没有考虑到外部发件人。</translation>
    </message>
    <message>
        <source>Show whether the group requires authenticated senders.</source>
        <comment>X.7.133|checks.step</comment>
        <translation>显示该组是否要求发件人经过认证。</translation>
    </message>
    <message>
        <source>Let outside senders write to the group.</source>
        <comment>X.7.133|checks.step</comment>
        <translation>允许外部发件人向该组发信。</translation>
    </message>
    <message>
        <source>Resending from outside fails again until the group is opened to external senders.</source>
        <comment>X.7.133|retry</comment>
        <translation>在该组向外部发件人开放之前，从外部重新发送仍会失败。</translation>
    </message>
    <message>
        <source>Sender was not authenticated for mailbox</source>
        <comment>X.7.134|title</comment>
        <translation>发件人未通过该邮箱的认证</translation>
    </message>
    <message>
        <source>external senders</source>
        <comment>X.7.134|keywords</comment>
        <translation>外部发件人</translation>
    </message>
    <message>
        <source>mailbox delivery restrictions</source>
        <comment>X.7.134|keywords</comment>
        <translation>邮箱投递限制</translation>
    </message>
    <message>
        <source>Require senders to be authenticated</source>
        <comment>X.7.134|keywords</comment>
        <translation>要求发件人经过认证</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient is a mailbox whose message delivery restrictions require authenticated senders, so it takes mail only from inside its own organization and refuses the external sender.</source>
        <comment>X.7.134|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人是一个邮箱，其邮件投递限制要求发件人经过认证，因此它只接受来自本组织内部的邮件，拒绝了外部发件人。</translation>
    </message>
    <message>
        <source>In NDRs to outside senders who write to a mailbox used only internally (a service account, an internal shared mailbox) or to one whose restriction was set by mistake.</source>
        <comment>X.7.134|whenSeen</comment>
        <translation>出现在外部发件人向仅供内部使用的邮箱（服务账户、内部共享邮箱）或限制被误设的邮箱写信后收到的 NDR 中。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin clears the requirement for authenticated senders in the mailbox&apos;s mail flow settings, under message delivery restrictions, or allows only chosen external senders there through mail contacts. The sender cannot do anything but tell the recipient.</source>
        <comment>X.7.134|howToFix</comment>
        <translation>由收件方管理员在该邮箱邮件流设置的邮件投递限制（message delivery restrictions）下取消对发件人认证的要求，或者在那里通过邮件联系人只允许选定的外部发件人。发件人除了告知收件人之外无能为力。</translation>
    </message>
    <message>
        <source>The mailbox&apos;s delivery restrictions were set to accept only authenticated, internal senders.</source>
        <comment>X.7.134|causes</comment>
        <translation>该邮箱的投递限制被设置为只接受经过认证的内部发件人。</translation>
    </message>
    <message>
        <source>A shared or service mailbox meant for internal use is now given out to outside contacts.</source>
        <comment>X.7.134|causes</comment>
        <translation>原本供内部使用的共享邮箱或服务邮箱，现在被提供给了外部联系人。</translation>
    </message>
    <message>
        <source>Read the mailbox&apos;s sender restriction.</source>
        <comment>X.7.134|checks.step</comment>
        <translation>查看该邮箱的发件人限制。</translation>
    </message>
    <message>
        <source>Allow outside senders to reach the mailbox.</source>
        <comment>X.7.134|checks.step</comment>
        <translation>允许外部发件人向该邮箱发信。</translation>
    </message>
    <message>
        <source>Each resend is refused until the recipient&apos;s admin lifts the restriction.</source>
        <comment>X.7.134|retry</comment>
        <translation>在收件方管理员解除限制之前，每次重新发送都会被拒绝。</translation>
    </message>
    <message>
        <source>Sender was not authenticated for public folder</source>
        <comment>X.7.135|title</comment>
        <translation>发件人未通过该公用文件夹的认证</translation>
    </message>
    <message>
        <source>public folder</source>
        <comment>X.7.135|keywords</comment>
        <translation>公用文件夹</translation>
    </message>
    <message>
        <source>mail-enabled public folder</source>
        <comment>X.7.135|keywords</comment>
        <translation>启用邮件的公用文件夹</translation>
    </message>
    <message>
        <source>external senders</source>
        <comment>X.7.135|keywords</comment>
        <translation>外部发件人</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient is a mail-enabled public folder set to reject messages from outside its organization. Microsoft documents the registry code 5.7.13 for the same case, with the same text.</source>
        <comment>X.7.135|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人是一个启用了邮件的公用文件夹，被设置为拒绝来自其组织外部的邮件。对于同一情况，Microsoft 也记载了注册表代码 5.7.13，文本相同。</translation>
    </message>
    <message>
        <source>In NDRs to external senders who write to a public folder address, for example a shared intake folder that was given a mail address but kept the default restriction.</source>
        <comment>X.7.135|whenSeen</comment>
        <translation>出现在外部发件人向公用文件夹地址写信后收到的 NDR 中，例如某个共享的收件文件夹被分配了邮件地址，却保留了默认的限制。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin opens the public folder&apos;s mail flow settings and clears the option that requires all senders to be authenticated, or lists the external senders allowed to write to it. The sender only reports the NDR to the recipient.</source>
        <comment>X.7.135|howToFix</comment>
        <translation>由收件方管理员打开该公用文件夹的邮件流设置，取消要求所有发件人都经过认证的选项，或者列出允许向其发信的外部发件人。发件人只需把 NDR 告知收件人。</translation>
    </message>
    <message>
        <source>The public folder requires authenticated senders, so outside mail is refused.</source>
        <comment>X.7.135|causes</comment>
        <translation>该公用文件夹要求发件人经过认证，因此外部邮件被拒绝。</translation>
    </message>
    <message>
        <source>The folder was mail-enabled for outside use without changing its delivery restrictions.</source>
        <comment>X.7.135|causes</comment>
        <translation>为了对外使用而给该文件夹启用了邮件，却没有更改其投递限制。</translation>
    </message>
    <message>
        <source>Read the public folder&apos;s sender restriction.</source>
        <comment>X.7.135|checks.step</comment>
        <translation>查看该公用文件夹的发件人限制。</translation>
    </message>
    <message>
        <source>Allow outside senders to write to the folder.</source>
        <comment>X.7.135|checks.step</comment>
        <translation>允许外部发件人向该文件夹发信。</translation>
    </message>
    <message>
        <source>The folder refuses outside mail until its restriction changes; resend afterwards.</source>
        <comment>X.7.135|retry</comment>
        <translation>在限制更改之前，该文件夹会拒绝外部邮件；更改之后再重新发送。</translation>
    </message>
    <message>
        <source>Sender was not authenticated</source>
        <comment>X.7.136|title</comment>
        <translation>发件人未经认证</translation>
    </message>
    <message>
        <source>mail user</source>
        <comment>X.7.136|keywords</comment>
        <translation>邮件用户</translation>
    </message>
    <message>
        <source>external senders</source>
        <comment>X.7.136|keywords</comment>
        <translation>外部发件人</translation>
    </message>
    <message>
        <source>delivery restrictions</source>
        <comment>X.7.136|keywords</comment>
        <translation>投递限制</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient is a mail user (an account whose mailbox lives elsewhere) that is set to reject messages from outside its organization.</source>
        <comment>X.7.136|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人是一个邮件用户（其邮箱位于别处的账户），被设置为拒绝来自其组织外部的邮件。</translation>
    </message>
    <message>
        <source>In NDRs to outside senders writing to an address that the recipient&apos;s tenant holds as a mail user, for example a guest or an account whose mailbox is hosted on another system.</source>
        <comment>X.7.136|whenSeen</comment>
        <translation>出现在外部发件人向某个地址写信后收到的 NDR 中，该地址在收件方租户中是一个邮件用户，例如来宾，或邮箱托管在其他系统上的账户。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin clears the authenticated-senders requirement in the mail user&apos;s message delivery restrictions or lists the external senders allowed to write; Microsoft documents these two methods in the classic Exchange admin center only. There is nothing the sender can change.</source>
        <comment>X.7.136|howToFix</comment>
        <translation>由收件方管理员在该邮件用户的邮件投递限制中取消对发件人认证的要求，或列出允许写信的外部发件人；Microsoft 只在经典 Exchange admin center 中记载了这两种方法。发件人无法做任何更改。</translation>
    </message>
    <message>
        <source>The mail user object requires authenticated senders.</source>
        <comment>X.7.136|causes</comment>
        <translation>该邮件用户对象要求发件人经过认证。</translation>
    </message>
    <message>
        <source>A restriction copied from internal accounts was applied to a mail user that receives outside mail.</source>
        <comment>X.7.136|causes</comment>
        <translation>从内部账户复制来的限制被应用到了一个需要接收外部邮件的邮件用户上。</translation>
    </message>
    <message>
        <source>Read the mail user&apos;s sender restriction.</source>
        <comment>X.7.136|checks.step</comment>
        <translation>查看该邮件用户的发件人限制。</translation>
    </message>
    <message>
        <source>Let outside senders reach the mail user.</source>
        <comment>X.7.136|checks.step</comment>
        <translation>允许外部发件人向该邮件用户发信。</translation>
    </message>
    <message>
        <source>Wait for the recipient&apos;s admin to change the setting before sending again.</source>
        <comment>X.7.136|retry</comment>
        <translation>等待收件方管理员更改设置后再发送。</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <comment>X.7.139|title</comment>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>SMTP AUTH</source>
        <comment>X.7.139|keywords</comment>
        <translation>SMTP AUTH</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <comment>X.7.139|keywords</comment>
        <translation>认证不成功</translation>
    </message>
    <message>
        <source>SmtpClientAuthentication</source>
        <comment>X.7.139|keywords</comment>
        <translation>SmtpClientAuthentication</translation>
    </message>
    <message>
        <source>basic authentication</source>
        <comment>X.7.139|keywords</comment>
        <translation>基本认证</translation>
    </message>
    <message>
        <source>security defaults</source>
        <comment>X.7.139|keywords</comment>
        <translation>安全默认值</translation>
    </message>
    <message>
        <source>Conditional Access</source>
        <comment>X.7.139|keywords</comment>
        <translation>条件访问</translation>
    </message>
    <message>
        <source>federated STS</source>
        <comment>X.7.139|keywords</comment>
        <translation>联合STS</translation>
    </message>
    <message>
        <source>AD FS</source>
        <comment>X.7.139|keywords</comment>
        <translation>AD FS</translation>
    </message>
    <message>
        <source>OAuth</source>
        <comment>X.7.139|keywords</comment>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) for a refused sign-in on the SMTP AUTH client submission endpoint: the account tried to authenticate and Exchange Online or Microsoft Entra ID did not accept it. The text after the code gives the reason; Microsoft&apos;s pages document the failures of federated sign-in, and relate the code to SMTP AUTH being turned off and to security defaults.</source>
        <comment>X.7.139|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），用于 SMTP AUTH 客户端提交端点上被拒绝的登录：账户尝试认证，而 Exchange Online 或 Microsoft Entra ID 没有接受。代码之后的文本给出原因；Microsoft 的页面记载了联合登录的失败情况，并把此代码与 SMTP AUTH 被关闭以及 security defaults 联系起来。</translation>
    </message>
    <message>
        <source>In the logs and error dialogs of printers, scanners, scripts and applications that send through smtp.office365.com with a user name and password, as the answer to AUTH. Libraries often report it together with the next reply, which says the client was not authenticated at MAIL FROM.</source>
        <comment>X.7.139|whenSeen</comment>
        <translation>出现在使用用户名和密码通过 smtp.office365.com 发信的打印机、扫描仪、脚本和应用程序的日志和错误对话框中，作为对 AUTH 的应答。这些库常常把它与下一条应答一起报告，后者说明客户端在 MAIL FROM 阶段未经认证。</translation>
    </message>
    <message>
        <source>The sender&apos;s tenant admin acts; a new password rarely helps. Check that SMTP AUTH is allowed for the organization and for the mailbox, that neither security defaults nor a Conditional Access policy blocks legacy authentication for this account, and, for federated accounts, that the on-premises federation service is reachable over HTTPS with TLS 1.2. Basic authentication for client submission is being retired, so the lasting fix is OAuth, or sending through a Microsoft 365 connector or another relay.</source>
        <comment>X.7.139|howToFix</comment>
        <translation>由发件方的租户管理员处理；更换密码很少有用。检查组织和该邮箱是否允许 SMTP AUTH，security defaults 和 Conditional Access 策略是否都没有阻止该账户的旧式认证，对于联合账户，还要检查本地联合服务是否可以通过使用 TLS 1.2 的 HTTPS 访问。客户端提交的基本认证正在逐步停用，因此长久之计是使用 OAuth，或通过 Microsoft 365 连接器或其他中继发信。</translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for the whole organization, or for the mailbox the device uses.</source>
        <comment>X.7.139|causes</comment>
        <translation>整个组织或设备所用的邮箱关闭了 SMTP AUTH。</translation>
    </message>
    <message>
        <source>Security defaults are enabled in Microsoft Entra ID, which turns off SMTP AUTH with a password.</source>
        <comment>X.7.139|causes</comment>
        <translation>Microsoft Entra ID 中启用了 security defaults，这会关闭使用密码的 SMTP AUTH。</translation>
    </message>
    <message>
        <source>A Conditional Access policy that blocks legacy authentication covers the account.</source>
        <comment>X.7.139|causes</comment>
        <translation>一条阻止旧式认证的 Conditional Access 策略覆盖了该账户。</translation>
    </message>
    <message>
        <source>Multifactor authentication is required for the account, which a device signing in with a password cannot satisfy.</source>
        <comment>X.7.139|causes</comment>
        <translation>该账户要求多因素认证，而使用密码登录的设备无法满足。</translation>
    </message>
    <message>
        <source>For a federated account, the on-premises federation service (STS) cannot be reached, or its URL does not support HTTPS with a current TLS version.</source>
        <comment>X.7.139|causes</comment>
        <translation>对于联合账户，无法访问本地联合服务（STS），或其 URL 不支持使用当前 TLS 版本的 HTTPS。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <comment>X.7.139|causes</comment>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Check the organization-wide SMTP AUTH switch; True means it is off for every mailbox that has no setting of its own.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>检查组织范围的 SMTP AUTH 开关；True 表示对所有没有自身设置的邮箱关闭。</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s own setting, which overrides the organization&apos;s: False is on, True is off, empty follows the organization.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>检查该邮箱自身的设置，它优先于组织设置：False 为开启，True 为关闭，为空则遵循组织设置。</translation>
    </message>
    <message>
        <source>Turn SMTP AUTH on for just the mailbox the device uses.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>只为设备所用的邮箱开启 SMTP AUTH。</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, check whether security defaults are on and whether a Conditional Access policy blocks legacy authentication for the account.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>以管理员身份在 Microsoft Entra admin center 中检查 security defaults 是否开启，以及是否有 Conditional Access 策略阻止了该账户的旧式认证。</translation>
    </message>
    <message>
        <source>In the Exchange admin center, open the SMTP AUTH clients submission report to see which clients still sign in with Basic authentication.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>以管理员身份在 Exchange admin center 中打开 SMTP AUTH clients submission（客户端提交）报告，查看哪些客户端仍在使用基本认证登录。</translation>
    </message>
    <message>
        <source>Reproduce the sign-in and read the full reply after AUTH.</source>
        <comment>X.7.139|checks.step</comment>
        <translation>重现登录过程，阅读 AUTH 之后的完整应答。</translation>
    </message>
    <message>
        <source>Stop after the first refusal: sign-ins with unchanged settings only fail again. Retry once the tenant settings or the client&apos;s authentication method have changed.</source>
        <comment>X.7.139|retry</comment>
        <translation>第一次被拒绝后就停止：设置不变的登录只会再次失败。在租户设置或客户端的认证方式更改之后再重试。</translation>
    </message>
    <message>
        <source>Sender isn&apos;t a group member or external senders aren&apos;t permitted to send to this group</source>
        <comment>X.7.193|title</comment>
        <translation>发件人不是组成员，或不允许外部发件人向此组发信</translation>
    </message>
    <message>
        <source>UnifiedGroupAgent</source>
        <comment>X.7.193|keywords</comment>
        <translation>UnifiedGroupAgent</translation>
    </message>
    <message>
        <source>Microsoft 365 group</source>
        <comment>X.7.193|keywords</comment>
        <translation>Microsoft 365 组</translation>
    </message>
    <message>
        <source>Microsoft 365 Groups</source>
        <comment>X.7.193|keywords</comment>
        <translation>Microsoft 365 Groups</translation>
    </message>
    <message>
        <source>external senders</source>
        <comment>X.7.193|keywords</comment>
        <translation>外部发件人</translation>
    </message>
    <message>
        <source>Let people outside the organization email the group</source>
        <comment>X.7.193|keywords</comment>
        <translation>允许组织外部人员向该组发送电子邮件</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry), returned by the agent that delivers to Microsoft 365 groups (UnifiedGroupAgent): the group does not accept mail from outside the organization, or from anyone who is not a member. New Microsoft 365 groups refuse external senders until someone changes that.</source>
        <comment>X.7.193|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），由负责向 Microsoft 365 组投递邮件的代理（UnifiedGroupAgent）返回：该组不接受来自组织外部的邮件，或不接受非成员的邮件。新建的 Microsoft 365 组在有人更改设置之前会拒绝外部发件人。</translation>
    </message>
    <message>
        <source>In NDRs to customers, partners or personal addresses that write to a Microsoft 365 group, for example a team&apos;s shared address created through Teams or Outlook, whose friendly part says the group isn&apos;t set up to receive messages from that sender.</source>
        <comment>X.7.193|whenSeen</comment>
        <translation>出现在客户、合作伙伴或个人地址向某个 Microsoft 365 组（例如通过 Teams 或 Outlook 创建的团队共享地址）写信后收到的 NDR 中，其面向用户的部分说明该组未设置为接收来自该发件人的邮件。</translation>
    </message>
    <message>
        <source>The group owner or the recipient&apos;s admin lets outside senders write to the group: the owner in the group&apos;s settings in Outlook, the admin in the Exchange admin center under the group&apos;s settings, or in Exchange Online PowerShell. Microsoft notes that the change can take up to an hour to apply.</source>
        <comment>X.7.193|howToFix</comment>
        <translation>由组的所有者或收件方管理员允许外部发件人向该组发信：所有者在 Outlook 的组设置中操作，管理员在 Exchange admin center 的组设置中或在 Exchange Online PowerShell 中操作。Microsoft 指出，更改可能需要最多一小时才能生效。</translation>
    </message>
    <message>
        <source>The Microsoft 365 group keeps its default of accepting mail only from inside the organization.</source>
        <comment>X.7.193|causes</comment>
        <translation>该 Microsoft 365 组保持着只接受组织内部邮件的默认设置。</translation>
    </message>
    <message>
        <source>The sender is outside the organization and writes to a group address meant for customers or partners.</source>
        <comment>X.7.193|causes</comment>
        <translation>发件人在组织外部，向一个面向客户或合作伙伴的组地址写信。</translation>
    </message>
    <message>
        <source>The setting was changed less than an hour ago and has not applied yet.</source>
        <comment>X.7.193|causes</comment>
        <translation>设置更改不到一小时，尚未生效。</translation>
    </message>
    <message>
        <source>Show whether the group accepts external senders.</source>
        <comment>X.7.193|checks.step</comment>
        <translation>显示该组是否接受外部发件人。</translation>
    </message>
    <message>
        <source>Let external senders write to the group.</source>
        <comment>X.7.193|checks.step</comment>
        <translation>允许外部发件人向该组发信。</translation>
    </message>
    <message>
        <source>In the Exchange admin center, open the group under Recipients, then Groups, and on its Settings tab check the option that allows external senders.</source>
        <comment>X.7.193|checks.step</comment>
        <translation>以管理员身份在 Exchange admin center 中，依次进入 Recipients（收件人）、Groups 打开该组，在其 Settings 选项卡上检查允许外部发件人的选项。</translation>
    </message>
    <message>
        <source>Resend after the owner or admin has allowed external senders and the change has had time to apply.</source>
        <comment>X.7.193|retry</comment>
        <translation>在所有者或管理员允许外部发件人且更改有时间生效之后，再重新发送。</translation>
    </message>
    <message>
        <source>starttls-not-supported: Destination mail server must support TLS to receive mail</source>
        <comment>X.7.321|title</comment>
        <translation>starttls-not-supported：目标邮件服务器必须支持 TLS 才能接收邮件</translation>
    </message>
    <message>
        <source>DANE</source>
        <comment>X.7.321|keywords</comment>
        <translation>DANE</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>X.7.321|keywords</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>starttls-not-supported</source>
        <comment>X.7.321|keywords</comment>
        <translation>starttls-not-supported</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <comment>X.7.321|keywords</comment>
        <translation>TLS握手失败</translation>
    </message>
    <message>
        <source>outbound DANE</source>
        <comment>X.7.321|keywords</comment>
        <translation>出站DANE</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry), sent by Exchange Online when it delivers outbound mail with DANE: the recipient domain&apos;s DNSSEC checks passed, so TLS is mandatory, but the destination server did not answer STARTTLS or the TLS handshake failed. As 4.7.321 it is a deferral, as 5.7.321 a final failure.</source>
        <comment>X.7.321|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），由 Exchange Online 在使用 DANE 投递出站邮件时发出：收件人域的 DNSSEC 检查已通过，因此 TLS 是强制的，但目标服务器没有响应 STARTTLS，或 TLS 握手失败。4.7.321 表示延迟，5.7.321 表示最终失败。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for mail from Microsoft 365 to a domain that publishes DNSSEC-signed TLSA records, when its mail server stops offering STARTTLS, for example after a software change, or runs a TLS setup the handshake cannot complete with.</source>
        <comment>X.7.321|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往某个发布了经 DNSSEC 签名的 TLSA 记录的域的邮件的延迟通知和 NDR 中：其邮件服务器不再提供 STARTTLS（例如在软件更改之后），或运行着握手无法完成的 TLS 配置。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s mail admin fixes their server: offer STARTTLS again, and make the handshake work with current TLS versions and ciphers. If TLS cannot be restored quickly, the TLSA records must be withdrawn, since they promise senders that TLS is available. The sender can only pass on the NDR.</source>
        <comment>X.7.321|howToFix</comment>
        <translation>由收件人域的邮件管理员修复其服务器：重新提供 STARTTLS，并让握手能在当前的 TLS 版本和加密套件下完成。如果无法迅速恢复 TLS，就必须撤下 TLSA 记录，因为这些记录向发件方承诺了 TLS 可用。发件人只能转达 NDR。</translation>
    </message>
    <message>
        <source>The destination server no longer advertises STARTTLS, or a firewall or proxy strips it from the EHLO answer.</source>
        <comment>X.7.321|causes</comment>
        <translation>目标服务器不再通告 STARTTLS，或者防火墙或代理把它从 EHLO 应答中剥离了。</translation>
    </message>
    <message>
        <source>The TLS handshake fails, for example because the server supports only old protocol versions or has no usable certificate configured.</source>
        <comment>X.7.321|causes</comment>
        <translation>TLS 握手失败，例如因为服务器只支持旧的协议版本，或没有配置可用的证书。</translation>
    </message>
    <message>
        <source>A load balancer sends some connections to a host without TLS.</source>
        <comment>X.7.321|causes</comment>
        <translation>负载均衡器把部分连接分发到了不支持 TLS 的主机。</translation>
    </message>
    <message>
        <source>Check that the destination&apos;s EHLO answer lists STARTTLS.</source>
        <comment>X.7.321|checks.step</comment>
        <translation>检查目标方的 EHLO 应答中是否列出了 STARTTLS。</translation>
    </message>
    <message>
        <source>Try a TLS handshake and read any error it reports.</source>
        <comment>X.7.321|checks.step</comment>
        <translation>尝试进行 TLS 握手，并阅读它报告的任何错误。</translation>
    </message>
    <message>
        <source>Confirm that the domain publishes TLSA records, which make TLS mandatory for DANE senders.</source>
        <comment>X.7.321|checks.step</comment>
        <translation>确认该域发布了 TLSA 记录，这些记录使 TLS 对 DANE 发件方成为强制要求。</translation>
    </message>
    <message>
        <source>As 4.7.321 Exchange Online keeps trying and delivers once the destination offers TLS again; after 5.7.321 the message must be sent again.</source>
        <comment>X.7.321|retry</comment>
        <translation>若为 4.7.321，Exchange Online 会继续尝试，并在目标方重新提供 TLS 后投递；若为 5.7.321，则必须重新发送邮件。</translation>
    </message>
    <message>
        <source>certificate-expired: Destination mail server&apos;s certificate is expired</source>
        <comment>X.7.322|title</comment>
        <translation>certificate-expired：目标邮件服务器的证书已过期</translation>
    </message>
    <message>
        <source>DANE</source>
        <comment>X.7.322|keywords</comment>
        <translation>DANE</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <comment>X.7.322|keywords</comment>
        <translation>证书过期</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <comment>X.7.322|keywords</comment>
        <translation>过期证书</translation>
    </message>
    <message>
        <source>X.509</source>
        <comment>X.7.322|keywords</comment>
        <translation>X.509</translation>
    </message>
    <message>
        <source>certificate renewal</source>
        <comment>X.7.322|keywords</comment>
        <translation>证书续期</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online, delivering with DANE after DNSSEC checks passed, connected to the destination server and got a certificate whose validity had ended. It does not deliver over that connection; 4.7.322 defers, 5.7.322 fails.</source>
        <comment>X.7.322|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：在 DNSSEC 检查通过后使用 DANE 投递时，Exchange Online 连接到目标服务器，得到的证书已超过有效期。它不会通过该连接投递；4.7.322 表示延迟，5.7.322 表示失败。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for outbound mail from Microsoft 365 to a DANE-protected domain, typically starting on the day the destination&apos;s certificate expired.</source>
        <comment>X.7.322|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往受 DANE 保护的域的出站邮件的延迟通知和 NDR 中，通常从目标方证书过期的那一天开始。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail admin renews the certificate and installs it on every MX host. If the renewal changes what the TLSA records match, the certificate itself or a newly generated key, the new record has to be published before the switch, or delivery fails next with tlsa-invalid.</source>
        <comment>X.7.322|howToFix</comment>
        <translation>由收件方的邮件管理员续期证书，并安装到每一台 MX 主机上。如果续期改变了 TLSA 记录所匹配的对象（证书本身或新生成的密钥），就必须在切换之前发布新记录，否则接下来投递会以 tlsa-invalid 失败。</translation>
    </message>
    <message>
        <source>The destination server&apos;s certificate reached its expiry date and was not renewed.</source>
        <comment>X.7.322|causes</comment>
        <translation>目标服务器的证书已到期，且没有续期。</translation>
    </message>
    <message>
        <source>The certificate was renewed, but one MX host or the mail service itself still uses the old file.</source>
        <comment>X.7.322|causes</comment>
        <translation>证书已续期，但某台 MX 主机或邮件服务本身仍在使用旧文件。</translation>
    </message>
    <message>
        <source>Automatic renewal failed silently.</source>
        <comment>X.7.322|causes</comment>
        <translation>自动续期悄无声息地失败了。</translation>
    </message>
    <message>
        <source>Show the validity dates of the certificate the server presents.</source>
        <comment>X.7.322|checks.step</comment>
        <translation>显示服务器所出示证书的有效期。</translation>
    </message>
    <message>
        <source>Repeat the check on every MX host of the domain.</source>
        <comment>X.7.322|checks.step</comment>
        <translation>在该域的每一台 MX 主机上重复这项检查。</translation>
    </message>
    <message>
        <source>As 4.7.322 the message waits in the queue and goes out after the certificate is renewed; a 5.7.322 message has to be resent.</source>
        <comment>X.7.322|retry</comment>
        <translation>若为 4.7.322，邮件会在队列中等待，证书续期后即发出；5.7.322 的邮件则必须重新发送。</translation>
    </message>
    <message>
        <source>tlsa-invalid: The domain failed DANE validation</source>
        <comment>X.7.323|title</comment>
        <translation>tlsa-invalid：该域未通过 DANE 验证</translation>
    </message>
    <message>
        <source>DANE</source>
        <comment>X.7.323|keywords</comment>
        <translation>DANE</translation>
    </message>
    <message>
        <source>TLSA</source>
        <comment>X.7.323|keywords</comment>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>tlsa-invalid</source>
        <comment>X.7.323|keywords</comment>
        <translation>tlsa-invalid</translation>
    </message>
    <message>
        <source>TLSA mismatch</source>
        <comment>X.7.323|keywords</comment>
        <translation>TLSA不匹配</translation>
    </message>
    <message>
        <source>certificate rollover</source>
        <comment>X.7.323|keywords</comment>
        <translation>证书轮换</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the destination&apos;s TLSA records are DNSSEC-authentic, but the certificate the server presented does not match them, the records are misconfigured, or another DANE check failed, such as a certificate whose start date lies in the future. Exchange Online refuses to deliver; the 4.7.323 form defers, the 5.7.323 form is final.</source>
        <comment>X.7.323|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：目标方的 TLSA 记录经 DNSSEC 验证是真实的，但服务器出示的证书与之不匹配、记录配置有误，或者其他 DANE 检查失败，例如证书的生效日期在未来。Exchange Online 拒绝投递；4.7.323 形式表示延迟，5.7.323 形式表示最终失败。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for outbound mail from Microsoft 365 to a DANE domain, most often right after the destination replaced its certificate or key without publishing matching TLSA records first. Microsoft also lists an attack on the destination domain as a possible cause.</source>
        <comment>X.7.323|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往 DANE 域的出站邮件的延迟通知和 NDR 中，最常见于目标方更换了证书或密钥、却没有先发布匹配的 TLSA 记录之后。Microsoft 还把针对目标域的攻击列为可能的原因。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s admin makes the TLSA records match what the server presents: publish a record for the new certificate or key, wait for the old records&apos; TTL, and only then switch the server over. A certificate that is not yet valid needs its dates or the server clock checked.</source>
        <comment>X.7.323|howToFix</comment>
        <translation>由收件人域的管理员让 TLSA 记录与服务器出示的内容相匹配：为新的证书或密钥发布记录，等待旧记录的 TTL 过去，然后才切换服务器。对于尚未生效的证书，需要检查其日期或服务器时钟。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or key was replaced and the TLSA record still matches the old one.</source>
        <comment>X.7.323|causes</comment>
        <translation>服务器的证书或密钥已更换，而 TLSA 记录仍与旧的相匹配。</translation>
    </message>
    <message>
        <source>The TLSA record has the wrong usage, selector or matching type for what it should match.</source>
        <comment>X.7.323|causes</comment>
        <translation>TLSA 记录的 usage、selector 或 matching type 与其应匹配的对象不符。</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is in the future.</source>
        <comment>X.7.323|causes</comment>
        <translation>证书的生效日期在未来。</translation>
    </message>
    <message>
        <source>Someone is intercepting connections to the destination domain.</source>
        <comment>X.7.323|causes</comment>
        <translation>有人正在拦截到目标域的连接。</translation>
    </message>
    <message>
        <source>Read the destination&apos;s TLSA records.</source>
        <comment>X.7.323|checks.step</comment>
        <translation>读取目标方的 TLSA 记录。</translation>
    </message>
    <message>
        <source>Let a DANE-aware client verify the server against those records.</source>
        <comment>X.7.323|checks.step</comment>
        <translation>让支持 DANE 的客户端根据这些记录验证服务器。</translation>
    </message>
    <message>
        <source>Compute the SHA-256 digest of the server&apos;s public key to compare with a 3 1 1 record.</source>
        <comment>X.7.323|checks.step</comment>
        <translation>计算服务器公钥的 SHA-256 摘要，与 3 1 1 记录进行比较。</translation>
    </message>
    <message>
        <source>After 4.7.323 Exchange Online retries on its own and delivers once the records match; after 5.7.323 the sender resends.</source>
        <comment>X.7.323|retry</comment>
        <translation>4.7.323 之后，Exchange Online 会自行重试，并在记录匹配后投递；5.7.323 之后，需要由发件人重新发送。</translation>
    </message>
    <message>
        <source>dnssec-invalid: Destination domain returned invalid DNSSEC records</source>
        <comment>X.7.324|title</comment>
        <translation>dnssec-invalid：目标域返回了无效的 DNSSEC 记录</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <comment>X.7.324|keywords</comment>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>dnssec-invalid</source>
        <comment>X.7.324|keywords</comment>
        <translation>dnssec-invalid</translation>
    </message>
    <message>
        <source>DS record</source>
        <comment>X.7.324|keywords</comment>
        <translation>DS记录</translation>
    </message>
    <message>
        <source>RRSIG expired</source>
        <comment>X.7.324|keywords</comment>
        <translation>RRSIG过期</translation>
    </message>
    <message>
        <source>bogus DNSSEC</source>
        <comment>X.7.324|keywords</comment>
        <translation>DNSSEC验证失败</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient domain presents itself as DNSSEC-signed, but Exchange Online could not validate its records, so it cannot trust the MX or TLSA answers and does not deliver. The 4.7.324 form defers and the 5.7.324 form fails.</source>
        <comment>X.7.324|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件人域表明自己经过 DNSSEC 签名，但 Exchange Online 无法验证其记录，因此无法信任 MX 或 TLSA 应答，不予投递。4.7.324 形式表示延迟，5.7.324 形式表示失败。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for outbound mail from Microsoft 365 to a domain whose DNSSEC is broken, for example after a key rollover, a move to another DNS provider, or when signatures expired on the zone.</source>
        <comment>X.7.324|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往 DNSSEC 已损坏的域的出站邮件的延迟通知和 NDR 中，例如在密钥轮换、迁移到另一个 DNS 服务商之后，或者区域上的签名已过期。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s admin, with their DNS provider, repairs DNSSEC: matching DS records at the parent, valid signatures on the zone, and no stale keys after a provider move. Turning DNSSEC off properly (removing the DS record first) also ends the error, at the cost of DANE.</source>
        <comment>X.7.324|howToFix</comment>
        <translation>由收件人域的管理员与其 DNS 服务商一起修复 DNSSEC：上级区域中有匹配的 DS 记录，区域上有有效的签名，更换服务商之后没有残留的旧密钥。正确地关闭 DNSSEC（先删除 DS 记录）也能消除这个错误，代价是失去 DANE。</translation>
    </message>
    <message>
        <source>The DS record at the parent zone does not match the zone&apos;s current key, often after a key rollover or a DNS provider move.</source>
        <comment>X.7.324|causes</comment>
        <translation>上级区域中的 DS 记录与该区域当前的密钥不匹配，常见于密钥轮换或更换 DNS 服务商之后。</translation>
    </message>
    <message>
        <source>The zone&apos;s signatures expired because re-signing stopped.</source>
        <comment>X.7.324|causes</comment>
        <translation>由于重新签名已停止，区域的签名已过期。</translation>
    </message>
    <message>
        <source>Only some of the domain&apos;s name servers serve signed answers.</source>
        <comment>X.7.324|causes</comment>
        <translation>该域只有部分名称服务器提供签名的应答。</translation>
    </message>
    <message>
        <source>Ask a validating resolver for the MX records and see whether validation fails.</source>
        <comment>X.7.324|checks.step</comment>
        <translation>向一个进行验证的解析器查询 MX 记录，看验证是否失败。</translation>
    </message>
    <message>
        <source>Compare the DS record at the parent with the zone&apos;s DNSKEY records.</source>
        <comment>X.7.324|checks.step</comment>
        <translation>把上级区域中的 DS 记录与该区域的 DNSKEY 记录进行比较。</translation>
    </message>
    <message>
        <source>List the zone&apos;s keys.</source>
        <comment>X.7.324|checks.step</comment>
        <translation>列出该区域的密钥。</translation>
    </message>
    <message>
        <source>Exchange Online retries a 4.7.324 deferral until the message expires; once validation works the queued message leaves. Resend after 5.7.324.</source>
        <comment>X.7.324|retry</comment>
        <translation>对于 4.7.324 延迟，Exchange Online 会一直重试到邮件过期；验证一旦恢复正常，队列中的邮件就会发出。5.7.324 之后请重新发送。</translation>
    </message>
    <message>
        <source>certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)</source>
        <comment>X.7.325|title</comment>
        <translation>certificate-host-mismatch：远程证书必须具有与主机名匹配的公用名或使用者可选名称（DANE）</translation>
    </message>
    <message>
        <source>DANE</source>
        <comment>X.7.325|keywords</comment>
        <translation>DANE</translation>
    </message>
    <message>
        <source>certificate-host-mismatch</source>
        <comment>X.7.325|keywords</comment>
        <translation>certificate-host-mismatch</translation>
    </message>
    <message>
        <source>subject alternative name</source>
        <comment>X.7.325|keywords</comment>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <source>SAN</source>
        <comment>X.7.325|keywords</comment>
        <translation>SAN</translation>
    </message>
    <message>
        <source>common name</source>
        <comment>X.7.325|keywords</comment>
        <translation>公用名</translation>
    </message>
    <message>
        <source>hostname mismatch</source>
        <comment>X.7.325|keywords</comment>
        <translation>主机名不匹配</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): delivering with DANE, Exchange Online found that the names in the destination server&apos;s certificate, its common name and subject alternative names, match neither the recipient domain nor the MX host name. A deferral as 4.7.325, a final failure as 5.7.325.</source>
        <comment>X.7.325|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：在使用 DANE 投递时，Exchange Online 发现目标服务器证书中的名称（其公用名和使用者可选名称）既不匹配收件人域，也不匹配 MX 主机名。4.7.325 表示延迟，5.7.325 表示最终失败。</translation>
    </message>
    <message>
        <source>In delay notices and NDRs for outbound Microsoft 365 mail to a DANE domain whose MX host presents a certificate issued for another name, such as the web server&apos;s name or a default self-signed one.</source>
        <comment>X.7.325|whenSeen</comment>
        <translation>出现在从 Microsoft 365 发往 DANE 域的出站邮件的延迟通知和 NDR 中，该域的 MX 主机出示的证书是为另一个名称签发的，例如 Web 服务器的名称或默认的自签名证书。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s mail admin installs a certificate whose subject alternative names include the MX host name that the domain&apos;s MX records point to, on every MX host, and keeps the TLSA records in step with it.</source>
        <comment>X.7.325|howToFix</comment>
        <translation>由收件人域的邮件管理员在每一台 MX 主机上安装一张证书，其使用者可选名称包含该域 MX 记录所指向的 MX 主机名，并使 TLSA 记录与之保持同步。</translation>
    </message>
    <message>
        <source>The mail server presents a certificate issued for a different host name.</source>
        <comment>X.7.325|causes</comment>
        <translation>邮件服务器出示的证书是为另一个主机名签发的。</translation>
    </message>
    <message>
        <source>An MX host was renamed or added and its certificate does not list the new name.</source>
        <comment>X.7.325|causes</comment>
        <translation>某台 MX 主机被重命名或新增，而其证书没有列出新名称。</translation>
    </message>
    <message>
        <source>The mail service falls back to a default or self-signed certificate.</source>
        <comment>X.7.325|causes</comment>
        <translation>邮件服务回退到了默认证书或自签名证书。</translation>
    </message>
    <message>
        <source>Show the names in the server&apos;s certificate.</source>
        <comment>X.7.325|checks.step</comment>
        <translation>显示服务器证书中的名称。</translation>
    </message>
    <message>
        <source>Compare them with the host names in the domain&apos;s MX records.</source>
        <comment>X.7.325|checks.step</comment>
        <translation>将它们与该域 MX 记录中的主机名进行比较。</translation>
    </message>
    <message>
        <source>While it is a 4.7.325 deferral the message stays queued and retried; a 5.7.325 bounce means sending it again after the certificate is fixed.</source>
        <comment>X.7.325|retry</comment>
        <translation>只要是 4.7.325 延迟，邮件就会留在队列中并被重试；5.7.325 退信则意味着要在证书修复之后重新发送。</translation>
    </message>
    <message>
        <source>Remote server returned not permitted to relay</source>
        <comment>X.7.367|title</comment>
        <translation>远程服务器返回不允许中继</translation>
    </message>
    <message>
        <source>relay pool</source>
        <comment>X.7.367|keywords</comment>
        <translation>中继池</translation>
    </message>
    <message>
        <source>RegularRelayOutboundPool</source>
        <comment>X.7.367|keywords</comment>
        <translation>RegularRelayOutboundPool</translation>
    </message>
    <message>
        <source>forwarding</source>
        <comment>X.7.367|keywords</comment>
        <translation>转发</translation>
    </message>
    <message>
        <source>autoforward</source>
        <comment>X.7.367|keywords</comment>
        <translation>自动转发</translation>
    </message>
    <message>
        <source>Enhanced Filtering for Connectors</source>
        <comment>X.7.367|keywords</comment>
        <translation>连接器增强筛选</translation>
    </message>
    <message>
        <source>Proofpoint</source>
        <comment>X.7.367|keywords</comment>
        <translation>Proofpoint</translation>
    </message>
    <message>
        <source>Barracuda</source>
        <comment>X.7.367|keywords</comment>
        <translation>Barracuda</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) wrapping a relay refusal from a downstream server: Exchange Online forwarded or relayed a message from its relay pool, and the next gateway refused it as relaying. Exchange Online uses the relay pool, which is not in Microsoft 365&apos;s SPF record, when the original sender&apos;s authentication failed as the message entered Microsoft 365.</source>
        <comment>X.7.367|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），包装了下游服务器的中继拒绝：Exchange Online 从其中继池转发或中继了一封邮件，而下一个网关把它当作中继拒绝了。当原始发件人的认证在邮件进入 Microsoft 365 时失败，Exchange Online 就会使用中继池，而该池不在 Microsoft 365 的 SPF 记录中。</translation>
    </message>
    <message>
        <source>In NDRs for forwarded or relayed mail, intermittently, mostly where a third-party gateway such as Proofpoint or Barracuda sits in front of or behind Microsoft 365. Message trace shows the relay pool as the outbound pool of the failed messages and SPF fail or softfail on arrival.</source>
        <comment>X.7.367|whenSeen</comment>
        <translation>间歇性地出现在转发或中继邮件的 NDR 中，多见于 Microsoft 365 前面或后面有 Proofpoint、Barracuda 等第三方网关的情况。message trace 显示失败邮件的出站池为中继池，且到达时 SPF 为 fail 或 softfail。</translation>
    </message>
    <message>
        <source>The admin of the Microsoft 365 tenant that forwards the mail acts. When the domain&apos;s MX points at a third-party gateway or on-premises server, turn on Enhanced Filtering for Connectors so SPF is checked against the real sender. Add domains you control as accepted domains, and avoid long chains of forwarding and relaying.</source>
        <comment>X.7.367|howToFix</comment>
        <translation>由转发该邮件的 Microsoft 365 租户的管理员处理。当该域的 MX 指向第三方网关或本地服务器时，开启 Enhanced Filtering for Connectors（连接器增强筛选），使 SPF 针对真实的发件人进行检查。把您控制的域添加为接受的域，并避免冗长的转发和中继链。</translation>
    </message>
    <message>
        <source>Mail reaches Microsoft 365 through a third-party gateway, so SPF is evaluated against the gateway&apos;s IP address and fails.</source>
        <comment>X.7.367|causes</comment>
        <translation>邮件经第三方网关到达 Microsoft 365，因此 SPF 针对网关的 IP 地址进行评估并失败。</translation>
    </message>
    <message>
        <source>The original sender&apos;s domain fails SPF and has no passing DKIM signature, and it is not an accepted domain of the tenant.</source>
        <comment>X.7.367|causes</comment>
        <translation>原始发件人的域未通过 SPF，也没有通过的 DKIM 签名，并且不是该租户的接受的域。</translation>
    </message>
    <message>
        <source>Autoforwarding or multi-hop relaying sends the message out again through the relay pool, and the next gateway refuses relay from it.</source>
        <comment>X.7.367|causes</comment>
        <translation>自动转发或多跳中继把邮件经中继池再次发出，而下一个网关拒绝来自该池的中继。</translation>
    </message>
    <message>
        <source>Trace a failed message and open its details; the outbound pool shown for it tells whether the relay pool was used.</source>
        <comment>X.7.367|checks.step</comment>
        <translation>跟踪一封失败的邮件并打开其详细信息；其中显示的出站池可以说明是否使用了中继池。</translation>
    </message>
    <message>
        <source>Read the Authentication-Results header of an affected message as it arrived in Microsoft 365; spf=fail or softfail marks the trigger.</source>
        <comment>X.7.367|checks.step</comment>
        <translation>阅读受影响邮件到达 Microsoft 365 时的 Authentication-Results 头；spf=fail 或 softfail 标明了触发原因。</translation>
    </message>
    <message>
        <source>Check whether Enhanced Filtering is set on the inbound connector from the gateway.</source>
        <comment>X.7.367|checks.step</comment>
        <translation>检查来自该网关的入站连接器上是否设置了 Enhanced Filtering。</translation>
    </message>
    <message>
        <source>Retrying may succeed by chance through another pool; fix sender authentication on entry for a reliable result.</source>
        <comment>X.7.367|retry</comment>
        <translation>重试可能碰巧经由另一个池成功；要获得可靠的结果，请修复邮件进入时的发件人认证。</translation>
    </message>
    <message>
        <source>Access denied, please try again later</source>
        <comment>X.7.500|title</comment>
        <translation>访问被拒绝，请稍后重试</translation>
    </message>
    <message>
        <source>IP throttling</source>
        <comment>X.7.500|keywords</comment>
        <translation>IP限流</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>X.7.500|keywords</comment>
        <translation>灰名单</translation>
    </message>
    <message>
        <source>greylisting</source>
        <comment>X.7.500|keywords</comment>
        <translation>灰名单机制</translation>
    </message>
    <message>
        <source>server busy</source>
        <comment>X.7.500|keywords</comment>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>ASxxx</source>
        <comment>X.7.500|keywords</comment>
        <translation>ASxxx</translation>
    </message>
    <message>
        <source>Exchange Online Protection</source>
        <comment>X.7.500|keywords</comment>
        <translation>Exchange Online Protection</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own codes (not in the IANA registry): Microsoft 365 uses every code from 4.7.500 to 4.7.699 for a temporary restriction on a sending IP address whose behaviour suddenly looks suspicious, typically a much larger volume than that address sent before. Exchange Online Protection keeps such a source on probation, a form of greylisting Microsoft calls IP throttling, and lifts the restriction once the traffic proves legitimate.</source>
        <comment>X.7.500|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：对于行为突然显得可疑的发送 IP 地址，Microsoft 365 使用从 4.7.500 到 4.7.699 的每一个代码表示临时限制，典型情况是该地址的发送量远超以往。Exchange Online Protection 会对这样的来源进行观察（Microsoft 称之为 IP 限流，是灰名单的一种形式），一旦流量被证明是正当的，就解除限制。</translation>
    </message>
    <message>
        <source>In the deferral log of a server sending to a domain whose mail Microsoft 365 hosts, usually after a new IP address starts sending, a server moves to new addresses, or a campaign multiplies the usual volume. The message stays in the sender&apos;s queue and is retried; a bounce arrives only if the restriction outlasts the queue lifetime. Microsoft&apos;s consumer Outlook.com hosts answer with codes from this range too, with their own wording.</source>
        <comment>X.7.500|whenSeen</comment>
        <translation>出现在向由 Microsoft 365 托管邮件的域发信的服务器的延迟日志中，通常是在新的 IP 地址开始发信、服务器迁移到新地址，或某次营销活动使发送量成倍增加之后。邮件留在发件方队列中并被重试；只有当限制持续时间超过队列的保留期限时才会收到退信。Microsoft 面向个人用户的 Outlook.com 主机也会以自己的措辞返回此范围内的代码。</translation>
    </message>
    <message>
        <source>Usually patience is enough: keep the volume steady and let the sending server retry, and the restriction lifts within a few days as the address builds a sending history with Microsoft 365. When the sender is itself a Microsoft 365 organization relaying mail from its on-premises servers, its admin sets up a connector from those servers to Microsoft 365. When the recipient&apos;s organization routes inbound mail through a third-party filtering service first, the recipient&apos;s admin sets up a connector for that service. Production mail belongs on a custom domain, not on the initial onmicrosoft.com domain, whose mail Microsoft limits.</source>
        <comment>X.7.500|howToFix</comment>
        <translation>通常耐心等待就够了：保持发送量平稳，让发送服务器重试，随着该地址在 Microsoft 365 积累起发送记录，限制会在几天内解除。如果发件方本身是一个从本地服务器中继邮件的 Microsoft 365 组织，其管理员应设置从这些服务器到 Microsoft 365 的连接器。如果收件方组织先让入站邮件经过第三方过滤服务，收件方管理员应为该服务设置连接器。正式邮件应使用自定义域发送，而不是初始的 onmicrosoft.com 域，Microsoft 会限制后者的邮件。</translation>
    </message>
    <message>
        <source>A sending IP address with little or no history at Microsoft 365 started sending a large volume.</source>
        <comment>X.7.500|causes</comment>
        <translation>一个在 Microsoft 365 几乎没有发送记录的发送 IP 地址开始大量发信。</translation>
    </message>
    <message>
        <source>An established server suddenly sent far more mail than its usual pattern, for example a bulk campaign.</source>
        <comment>X.7.500|causes</comment>
        <translation>一台早已在用的服务器突然发送了远超平常的邮件，例如一次批量营销活动。</translation>
    </message>
    <message>
        <source>An on-premises server relays its outbound mail through Microsoft 365 without a connector that identifies it.</source>
        <comment>X.7.500|causes</comment>
        <translation>本地服务器通过 Microsoft 365 中继其出站邮件，却没有能识别它的连接器。</translation>
    </message>
    <message>
        <source>Inbound mail reaches the Microsoft 365 organization through a third-party filtering service that no connector describes, so Microsoft judges that service&apos;s addresses.</source>
        <comment>X.7.500|causes</comment>
        <translation>入站邮件经由一个没有任何连接器描述的第三方过滤服务到达 Microsoft 365 组织，因此 Microsoft 评判的是该服务的地址。</translation>
    </message>
    <message>
        <source>A new tenant sends more than test messages from its initial onmicrosoft.com domain.</source>
        <comment>X.7.500|causes</comment>
        <translation>新租户从其初始的 onmicrosoft.com 域发送了超出测试用量的邮件。</translation>
    </message>
    <message>
        <source>Find the deferrals in the sending server&apos;s log and note the detail code, the sending IP address and the Microsoft host that answered.</source>
        <comment>X.7.500|checks.step</comment>
        <translation>在发送服务器的日志中找到这些延迟，记下详细代码、发送 IP 地址和作出应答的 Microsoft 主机。</translation>
    </message>
    <message>
        <source>Count the messages sent to the recipient domain recently and compare with the server&apos;s usual volume.</source>
        <comment>X.7.500|checks.step</comment>
        <translation>统计近期发往收件人域的邮件数量，并与该服务器的平常发送量进行比较。</translation>
    </message>
    <message>
        <source>If the server relays through your own Microsoft 365 organization, check in Exchange Online PowerShell that an inbound connector matches its public IP address or certificate.</source>
        <comment>X.7.500|checks.step</comment>
        <translation>如果服务器通过您自己的 Microsoft 365 组织中继，请在 Exchange Online PowerShell 中检查是否有入站连接器与其公网 IP 地址或证书匹配。</translation>
    </message>
    <message>
        <source>Watch the deferred messages: they should leave the queue on their own once the restriction lifts.</source>
        <comment>X.7.500|checks.step</comment>
        <translation>观察被延迟的邮件：一旦限制解除，它们应当会自行离开队列。</translation>
    </message>
    <message>
        <source>Retry as for any temporary failure, at growing intervals and without raising the rate; the restriction is meant to lift by itself. Give up only when the queue lifetime runs out.</source>
        <comment>X.7.500|retry</comment>
        <translation>像对待任何暂时性失败一样重试，逐步拉长间隔，不要提高速率；该限制本就会自行解除。只有在队列保留期限用尽时才放弃。</translation>
    </message>
    <message>
        <source>Access denied, spam abuse detected</source>
        <comment>X.7.501|title</comment>
        <translation>访问被拒绝，检测到垃圾邮件滥用</translation>
    </message>
    <message>
        <source>banned account</source>
        <comment>X.7.501|keywords</comment>
        <translation>账户被禁</translation>
    </message>
    <message>
        <source>onmicrosoft.com</source>
        <comment>X.7.501|keywords</comment>
        <translation>onmicrosoft.com</translation>
    </message>
    <message>
        <source>outbound spam</source>
        <comment>X.7.501|keywords</comment>
        <translation>出站垃圾邮件</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the account the message was sent from has been banned from sending because Microsoft detected spam activity from it. Microsoft&apos;s in-product help adds that it typically hits users of a new tenant who send from the initial onmicrosoft.com domain.</source>
        <comment>X.7.501|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：发送该邮件的账户已被禁止发信，因为 Microsoft 检测到该账户有垃圾邮件活动。Microsoft 的产品内帮助补充说，这通常发生在从初始 onmicrosoft.com 域发信的新租户用户身上。</translation>
    </message>
    <message>
        <source>In a non-delivery report that Exchange Online returns to a Microsoft 365 user, often soon after a new tenant is set up or after an account starts sending spam. Every message from the banned account bounces, whoever the recipient is.</source>
        <comment>X.7.501|whenSeen</comment>
        <translation>出现在 Exchange Online 退回给 Microsoft 365 用户的未投递报告中，常见于新租户刚设置好不久，或某个账户开始发送垃圾邮件之后。无论收件人是谁，被禁账户发出的每封邮件都会被退信。</translation>
    </message>
    <message>
        <source>The admin of the sending Microsoft 365 organization acts. Check whether the account is compromised, secure it and reset its credentials; if users still send from the initial onmicrosoft.com domain, add and verify a custom domain and make it their primary address. Then contact Microsoft support through the usual channel to restore the account&apos;s ability to send.</source>
        <comment>X.7.501|howToFix</comment>
        <translation>由发送方 Microsoft 365 组织的管理员处理。检查该账户是否被盗，加以保护并重置其凭据；如果用户仍在从初始的 onmicrosoft.com 域发信，请添加并验证一个自定义域，并将其设为用户的主地址。然后通过常规渠道联系 Microsoft 支持，恢复该账户的发信能力。</translation>
    </message>
    <message>
        <source>The sending account was compromised and used to send spam.</source>
        <comment>X.7.501|causes</comment>
        <translation>发件账户被盗用并被用来发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Users of a new tenant send from the initial onmicrosoft.com domain instead of a custom domain of their own.</source>
        <comment>X.7.501|causes</comment>
        <translation>新租户的用户从初始的 onmicrosoft.com 域发信，而不是使用自己的自定义域。</translation>
    </message>
    <message>
        <source>The account sent bulk or unsolicited mail that Microsoft&apos;s outbound filtering classed as spam.</source>
        <comment>X.7.501|causes</comment>
        <translation>该账户发送了批量邮件或未经请求的邮件，被 Microsoft 的出站过滤归类为垃圾邮件。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check the account&apos;s primary address: one at onmicrosoft.com should move to a verified custom domain.</source>
        <comment>X.7.501|checks.step</comment>
        <translation>在 Exchange Online PowerShell 中检查该账户的主地址：位于 onmicrosoft.com 的地址应改到已验证的自定义域。</translation>
    </message>
    <message>
        <source>List the tenant&apos;s accepted domains to see whether a custom domain is added and verified.</source>
        <comment>X.7.501|checks.step</comment>
        <translation>列出租户的接受的域，看是否已添加并验证了自定义域。</translation>
    </message>
    <message>
        <source>Trace the account&apos;s recent outgoing messages for a volume or recipients that point to abuse.</source>
        <comment>X.7.501|checks.step</comment>
        <translation>跟踪该账户最近发出的邮件，查看是否有指向滥用的发送量或收件人。</translation>
    </message>
    <message>
        <source>Do not retry: every message from the banned account is refused until Microsoft restores its sending.</source>
        <comment>X.7.501|retry</comment>
        <translation>不要重试：在 Microsoft 恢复其发信能力之前，被禁账户发出的每封邮件都会被拒绝。</translation>
    </message>
    <message>
        <source>Access denied, banned sender</source>
        <comment>X.7.502|title</comment>
        <translation>访问被拒绝，发件人被禁止</translation>
    </message>
    <message>
        <source>banned sender</source>
        <comment>X.7.502|keywords</comment>
        <translation>被禁发件人</translation>
    </message>
    <message>
        <source>compromised account</source>
        <comment>X.7.502|keywords</comment>
        <translation>账户被盗</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Microsoft has banned the sending account after detecting spam from it, the same verdict as 5.7.501 with shorter wording. Microsoft&apos;s table gives 5.7.502 and 5.7.503 identical text and meaning.</source>
        <comment>X.7.502|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：Microsoft 检测到发件账户发送垃圾邮件后已将其禁止，判定与 5.7.501 相同，只是措辞更短。Microsoft 的代码表给 5.7.502 和 5.7.503 的文本和含义完全相同。</translation>
    </message>
    <message>
        <source>As the reason in an NDR for a message from a Microsoft 365 user whose account was just blocked for spam; colleagues in the same tenant can usually keep sending.</source>
        <comment>X.7.502|whenSeen</comment>
        <translation>作为 NDR 中的原因出现，所涉邮件来自一个刚因垃圾邮件被封锁账户的 Microsoft 365 用户；同一租户中的同事通常仍可继续发信。</translation>
    </message>
    <message>
        <source>An admin of the sending organization secures the account (sign-ins, inbox rules, forwarding, app consents), resets its credentials, and then asks Microsoft support through the regular channel to lift the ban. The cause comes first: a ban lifted from an account that is still compromised soon returns.</source>
        <comment>X.7.502|howToFix</comment>
        <translation>由发送方组织的管理员保护该账户（登录记录、收件箱规则、转发、应用同意），重置其凭据，然后通过常规渠道请 Microsoft 支持解除禁令。先解决原因：如果账户仍处于被盗状态，解除的禁令很快就会再次生效。</translation>
    </message>
    <message>
        <source>Stolen credentials let an attacker mass-mail from the account.</source>
        <comment>X.7.502|causes</comment>
        <translation>被窃取的凭据让攻击者得以从该账户群发邮件。</translation>
    </message>
    <message>
        <source>A script, app or device signing in as the account sent mail that looked like spam.</source>
        <comment>X.7.502|causes</comment>
        <translation>以该账户身份登录的脚本、应用或设备发送了看起来像垃圾邮件的邮件。</translation>
    </message>
    <message>
        <source>The user sent a large unsolicited mailing from an ordinary mailbox.</source>
        <comment>X.7.502|causes</comment>
        <translation>用户从普通邮箱发送了大量未经请求的邮件。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, look for inbox rules that forward or delete mail, a common trace of a compromised mailbox.</source>
        <comment>X.7.502|checks.step</comment>
        <translation>在 Exchange Online PowerShell 中查找转发或删除邮件的收件箱规则，这是邮箱被盗的常见痕迹。</translation>
    </message>
    <message>
        <source>Check whether the mailbox forwards its mail somewhere.</source>
        <comment>X.7.502|checks.step</comment>
        <translation>检查该邮箱是否把邮件转发到了别处。</translation>
    </message>
    <message>
        <source>Trace what the account sent recently.</source>
        <comment>X.7.502|checks.step</comment>
        <translation>跟踪该账户最近发送的内容。</translation>
    </message>
    <message>
        <source>Never retry automatically; the account cannot send until support removes the ban.</source>
        <comment>X.7.502|retry</comment>
        <translation>切勿自动重试；在支持部门解除禁令之前，该账户无法发信。</translation>
    </message>
    <message>
        <source>Access denied, banned sender</source>
        <comment>X.7.503|title</comment>
        <translation>访问被拒绝，发件人被禁止</translation>
    </message>
    <message>
        <source>banned sender</source>
        <comment>X.7.503|keywords</comment>
        <translation>被禁发件人</translation>
    </message>
    <message>
        <source>account blocked</source>
        <comment>X.7.503|keywords</comment>
        <translation>账户被封锁</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry) for a sending account banned after Microsoft found spam activity from it. Its reply text is the same as for 5.7.502 and 5.7.511, so the detail code matters: 5.7.503 is about the account, 5.7.511 about the sending IP address.</source>
        <comment>X.7.503|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中），用于在 Microsoft 发现垃圾邮件活动后被禁止的发件账户。其响应文本与 5.7.502 和 5.7.511 相同，因此详细代码很重要：5.7.503 针对的是账户，5.7.511 针对的是发送 IP 地址。</translation>
    </message>
    <message>
        <source>In the bounce a Microsoft 365 user gets for each message sent after the account was banned. Microsoft documents no difference between this code and 5.7.502.</source>
        <comment>X.7.503|whenSeen</comment>
        <translation>出现在账户被禁之后，Microsoft 365 用户每发一封邮件就收到的退信中。Microsoft 没有记载此代码与 5.7.502 之间的任何区别。</translation>
    </message>
    <message>
        <source>The tenant&apos;s admin treats the account as possibly compromised: review its recent sign-ins and sent mail, remove whatever an attacker set up, reset the password and require multifactor authentication. Once the cause is fixed, a request to Microsoft support restores sending for the account.</source>
        <comment>X.7.503|howToFix</comment>
        <translation>由租户管理员把该账户视为可能已被盗：审查其最近的登录和已发送邮件，删除攻击者设置的一切，重置密码并强制使用多因素认证。原因解决之后，向 Microsoft 支持提出申请即可恢复该账户的发信。</translation>
    </message>
    <message>
        <source>The account&apos;s password was phished or reused, and an attacker sent spam with it.</source>
        <comment>X.7.503|causes</comment>
        <translation>该账户的密码遭钓鱼窃取或被重复使用，攻击者用它发送了垃圾邮件。</translation>
    </message>
    <message>
        <source>Malware on the user&apos;s device sent mail through the account.</source>
        <comment>X.7.503|causes</comment>
        <translation>用户设备上的恶意软件通过该账户发送了邮件。</translation>
    </message>
    <message>
        <source>Mail from the account kept drawing spam verdicts from Microsoft&apos;s outbound filtering.</source>
        <comment>X.7.503|causes</comment>
        <translation>该账户发出的邮件屡次被 Microsoft 的出站过滤判定为垃圾邮件。</translation>
    </message>
    <message>
        <source>Review the account&apos;s sign-in log in the Microsoft Entra admin center for unfamiliar locations or apps before the ban.</source>
        <comment>X.7.503|checks.step</comment>
        <translation>以管理员身份在 Microsoft Entra admin center 中查看该账户的登录日志，找出封禁之前陌生的位置或应用。</translation>
    </message>
    <message>
        <source>Trace the account&apos;s messages over the last days for bursts to unknown recipients.</source>
        <comment>X.7.503|checks.step</comment>
        <translation>跟踪该账户过去几天的邮件，查找向陌生收件人的集中发送。</translation>
    </message>
    <message>
        <source>Hold the message: resending from the same account fails until Microsoft support restores its right to send.</source>
        <comment>X.7.503|retry</comment>
        <translation>暂缓发送该邮件：在 Microsoft 支持恢复其发信权限之前，从同一账户重新发送都会失败。</translation>
    </message>
    <message>
        <source>Recipient address rejected: Access denied</source>
        <comment>X.7.504|title</comment>
        <translation>收件人地址被拒绝：访问被拒绝</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.7.504|keywords</comment>
        <translation>无效收件人</translation>
    </message>
    <message>
        <source>Directory Based Edge Blocking</source>
        <comment>X.7.504|keywords</comment>
        <translation>Directory Based Edge Blocking</translation>
    </message>
    <message>
        <source>DBEB</source>
        <comment>X.7.504|keywords</comment>
        <translation>DBEB</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the address being written to is not valid at the Microsoft 365 organization, so the recipient is refused. Microsoft&apos;s table says only that the address is invalid; the wording is the same as the refusal of Directory Based Edge Blocking, which rejects unknown recipients at the edge.</source>
        <comment>X.7.504|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：所写的地址在该 Microsoft 365 组织中无效，因此收件人被拒绝。Microsoft 的代码表只说明地址无效；其措辞与 Directory Based Edge Blocking 的拒绝相同，后者在边缘拒绝未知收件人。</translation>
    </message>
    <message>
        <source>When an outside server writes to an address at a domain whose mail Microsoft 365 hosts; the bounce names the refused address in brackets in front of the text.</source>
        <comment>X.7.504|whenSeen</comment>
        <translation>出现在外部服务器向由 Microsoft 365 托管邮件的域中的地址写信时；退信会在文本前用方括号写明被拒绝的地址。</translation>
    </message>
    <message>
        <source>The sender checks the address for typos and, if unsure, asks the recipient for the right one through another channel, then resends. If the address should exist, the recipient&apos;s admin checks that a mailbox, group or contact in Microsoft 365 holds exactly that address.</source>
        <comment>X.7.504|howToFix</comment>
        <translation>发件人检查地址是否有拼写错误，如果不确定，则通过其他渠道向收件人询问正确的地址，然后重新发送。如果该地址本应存在，收件方管理员应检查 Microsoft 365 中是否有邮箱、组或联系人确实拥有这个地址。</translation>
    </message>
    <message>
        <source>A typo in the local part or the domain of the address.</source>
        <comment>X.7.504|causes</comment>
        <translation>地址的本地部分或域名有拼写错误。</translation>
    </message>
    <message>
        <source>The mailbox was removed or renamed at the recipient&apos;s organization.</source>
        <comment>X.7.504|causes</comment>
        <translation>收件方组织删除了该邮箱或对其重命名。</translation>
    </message>
    <message>
        <source>An outdated address kept in a contact list or an autocomplete entry.</source>
        <comment>X.7.504|causes</comment>
        <translation>联系人列表或自动完成条目中保存着过时的地址。</translation>
    </message>
    <message>
        <source>Compare the refused address in the bounce character by character with the one intended.</source>
        <comment>X.7.504|checks.step</comment>
        <translation>把退信中被拒绝的地址与预期的地址逐字符进行比较。</translation>
    </message>
    <message>
        <source>Confirm that the domain&apos;s mail is hosted by Microsoft 365: its MX host ends in mail.protection.outlook.com.</source>
        <comment>X.7.504|checks.step</comment>
        <translation>确认该域的邮件由 Microsoft 365 托管：其 MX 主机以 mail.protection.outlook.com 结尾。</translation>
    </message>
    <message>
        <source>An admin of the recipient&apos;s organization checks in Exchange Online PowerShell whether any recipient holds the address.</source>
        <comment>X.7.504|checks.step</comment>
        <translation>由收件方组织的管理员在 Exchange Online PowerShell 中检查是否有收件人拥有该地址。</translation>
    </message>
    <message>
        <source>Do not retry the same address; correct it first.</source>
        <comment>X.7.504|retry</comment>
        <translation>不要重试同一个地址；先修正它。</translation>
    </message>
    <message>
        <source>Access denied, banned recipient</source>
        <comment>X.7.505|title</comment>
        <translation>访问被拒绝，收件人被禁止</translation>
    </message>
    <message>
        <source>banned recipient</source>
        <comment>X.7.505|keywords</comment>
        <translation>被禁收件人</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Microsoft refuses the recipient because it regards the address as invalid and bans mail to it. The table gives no reason beyond that and suggests contacting support when the refusal looks wrong.</source>
        <comment>X.7.505|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：Microsoft 拒绝该收件人，因为它认为该地址无效并禁止向其发信。代码表没有给出更多原因，并建议在拒绝看起来有误时联系支持部门。</translation>
    </message>
    <message>
        <source>When sending to one particular address at a domain hosted in Microsoft 365, while other recipients at the same domain receive mail normally.</source>
        <comment>X.7.505|whenSeen</comment>
        <translation>出现在向 Microsoft 365 托管域中的某一个特定地址发信时，而同一域中的其他收件人都能正常收信。</translation>
    </message>
    <message>
        <source>The sender first makes sure the address is right. If it is, and the recipient confirms by another channel that the address should work, the recipient&apos;s admin raises the case with Microsoft support, since only Microsoft can lift the ban.</source>
        <comment>X.7.505|howToFix</comment>
        <translation>发件人先确认地址无误。如果地址正确，且收件人通过其他渠道确认该地址应当可用，则由收件方管理员向 Microsoft 支持提交案例，因为只有 Microsoft 才能解除禁令。</translation>
    </message>
    <message>
        <source>The address is not valid at the recipient&apos;s organization.</source>
        <comment>X.7.505|causes</comment>
        <translation>该地址在收件方组织中无效。</translation>
    </message>
    <message>
        <source>Microsoft banned the address itself, for reasons its documentation does not give.</source>
        <comment>X.7.505|causes</comment>
        <translation>Microsoft 禁止了该地址本身，其文档没有给出原因。</translation>
    </message>
    <message>
        <source>Compare the address in the bounce with the one intended.</source>
        <comment>X.7.505|checks.step</comment>
        <translation>把退信中的地址与预期的地址进行比较。</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX points to Microsoft 365, so the refusal really came from Microsoft.</source>
        <comment>X.7.505|checks.step</comment>
        <translation>检查该域的 MX 是否指向 Microsoft 365，从而确认拒绝确实来自 Microsoft。</translation>
    </message>
    <message>
        <source>Do not retry this recipient until the address is confirmed or Microsoft lifts the ban.</source>
        <comment>X.7.505|retry</comment>
        <translation>在地址得到确认或 Microsoft 解除禁令之前，不要重试此收件人。</translation>
    </message>
    <message>
        <source>Access Denied, Bad HELO</source>
        <comment>X.7.506|title</comment>
        <translation>访问被拒绝，HELO 无效</translation>
    </message>
    <message>
        <source>bad HELO</source>
        <comment>X.7.506|keywords</comment>
        <translation>无效HELO</translation>
    </message>
    <message>
        <source>bad EHLO</source>
        <comment>X.7.506|keywords</comment>
        <translation>无效EHLO</translation>
    </message>
    <message>
        <source>HELO name</source>
        <comment>X.7.506|keywords</comment>
        <translation>HELO名称</translation>
    </message>
    <message>
        <source>spambot</source>
        <comment>X.7.506|keywords</comment>
        <translation>垃圾邮件机器人</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the connecting server introduced itself in HELO or EHLO with the name of the server it was connecting to instead of its own fully qualified domain name. Microsoft treats that as typical spambot behaviour and refuses the mail.</source>
        <comment>X.7.506|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：连接方服务器在 HELO 或 EHLO 中使用了它所连接的服务器的名称来介绍自己，而不是自己的完全限定域名。Microsoft 将其视为典型的垃圾邮件机器人行为并拒收邮件。</translation>
    </message>
    <message>
        <source>When a misconfigured mail server, appliance or script connects to a Microsoft 365 MX host; common with home-made SMTP code that reuses the target host name as its greeting.</source>
        <comment>X.7.506|whenSeen</comment>
        <translation>出现在配置错误的邮件服务器、设备或脚本连接 Microsoft 365 MX 主机时；常见于自行编写、把目标主机名直接用作问候语的 SMTP 代码。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets the HELO/EHLO name of the sending server to its own fully qualified host name, preferably one whose forward and reverse DNS match, and resends.</source>
        <comment>X.7.506|howToFix</comment>
        <translation>由发件方管理员把发送服务器的 HELO/EHLO 名称设为其自身的完全限定主机名，最好是正向和反向 DNS 相互匹配的名称，然后重新发送。</translation>
    </message>
    <message>
        <source>The sending program was configured with the recipient&apos;s MX host name as its own HELO name.</source>
        <comment>X.7.506|causes</comment>
        <translation>发送程序被配置为把收件人的 MX 主机名当作自己的 HELO 名称。</translation>
    </message>
    <message>
        <source>A script or device builds its EHLO greeting from the destination host instead of its own name.</source>
        <comment>X.7.506|causes</comment>
        <translation>脚本或设备根据目标主机而不是自己的名称生成 EHLO 问候语。</translation>
    </message>
    <message>
        <source>Spam software forging its greeting.</source>
        <comment>X.7.506|causes</comment>
        <translation>垃圾邮件软件伪造了问候语。</translation>
    </message>
    <message>
        <source>Show the name Postfix sends in EHLO.</source>
        <comment>X.7.506|checks.step</comment>
        <translation>显示 Postfix 在 EHLO 中发送的名称。</translation>
    </message>
    <message>
        <source>Replay a session greeting with your real host name and watch the replies.</source>
        <comment>X.7.506|checks.step</comment>
        <translation>用您真实的主机名作为问候语重放一次会话，并观察应答。</translation>
    </message>
    <message>
        <source>Check that the sending IP address resolves back to the greeting name.</source>
        <comment>X.7.506|checks.step</comment>
        <translation>检查发送 IP 地址能否反向解析回问候语中的名称。</translation>
    </message>
    <message>
        <source>Do not retry before the greeting is fixed; every session that opens the same way is refused.</source>
        <comment>X.7.506|retry</comment>
        <translation>在修正问候语之前不要重试；以同样方式开始的每个会话都会被拒绝。</translation>
    </message>
    <message>
        <source>Access denied, rejected by recipient</source>
        <comment>X.7.507|title</comment>
        <translation>访问被拒绝，被收件人拒绝</translation>
    </message>
    <message>
        <source>IP blocked by recipient</source>
        <comment>X.7.507|keywords</comment>
        <translation>IP被收件方封锁</translation>
    </message>
    <message>
        <source>tenant block</source>
        <comment>X.7.507|keywords</comment>
        <translation>租户封锁</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient&apos;s organization has blocked the IP address the message came from in its own Microsoft 365 settings. Microsoft itself has not banned the address; the block belongs to that one organization.</source>
        <comment>X.7.507|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件方组织在其自己的 Microsoft 365 设置中封锁了这封邮件的来源 IP 地址。Microsoft 本身并没有禁止该地址；这个封锁只属于那一个组织。</translation>
    </message>
    <message>
        <source>When mail to one Microsoft 365 customer bounces while mail from the same server to other Microsoft 365 domains gets through.</source>
        <comment>X.7.507|whenSeen</comment>
        <translation>出现在发往某一个 Microsoft 365 客户的邮件被退信，而同一服务器发往其他 Microsoft 365 域的邮件能够送达时。</translation>
    </message>
    <message>
        <source>The sender contacts the recipient through another channel and asks them to have their admin remove the sending IP address from the block list it was added to, for example the IP Block List of the connection filter policy in the Microsoft Defender portal. Only the recipient&apos;s side can lift it.</source>
        <comment>X.7.507|howToFix</comment>
        <translation>发件人通过其他渠道联系收件人，请其管理员把发送 IP 地址从它所在的黑名单中移除，例如 Microsoft Defender 门户中连接筛选策略的 IP Block List。只有收件方才能解除。</translation>
    </message>
    <message>
        <source>An admin at the recipient&apos;s organization blocked the sending IP address after unwanted mail from it.</source>
        <comment>X.7.507|causes</comment>
        <translation>收件方组织的管理员在收到来自该发送 IP 地址的不需要的邮件后将其封锁。</translation>
    </message>
    <message>
        <source>The address is shared by a hosting or relay provider, and another customer&apos;s mail got it blocked there.</source>
        <comment>X.7.507|causes</comment>
        <translation>该地址由托管服务商或中继服务商共享，另一个客户的邮件导致它在那里被封锁。</translation>
    </message>
    <message>
        <source>Find the failed delivery in the sending server&apos;s log to learn the recipient domain and the sending address.</source>
        <comment>X.7.507|checks.step</comment>
        <translation>在发送服务器的日志中找到失败的投递，了解收件人域和发送地址。</translation>
    </message>
    <message>
        <source>An admin of the recipient&apos;s organization lists the blocked addresses of the default connection filter policy in Exchange Online PowerShell.</source>
        <comment>X.7.507|checks.step</comment>
        <translation>由收件方组织的管理员在 Exchange Online PowerShell 中列出默认连接筛选策略中被封锁的地址。</translation>
    </message>
    <message>
        <source>Do not retry from the same address until the recipient confirms the block is gone.</source>
        <comment>X.7.507|retry</comment>
        <translation>在收件人确认封锁已解除之前，不要从同一地址重试。</translation>
    </message>
    <message>
        <source>Access denied, IP has exceeded permitted limits within its range</source>
        <comment>X.7.508|title</comment>
        <translation>访问被拒绝，该 IP 已超出其地址段内允许的限制</translation>
    </message>
    <message>
        <source>IPv6 rate limit</source>
        <comment>X.7.508|keywords</comment>
        <translation>IPv6速率限制</translation>
    </message>
    <message>
        <source>permitted limits</source>
        <comment>X.7.508|keywords</comment>
        <translation>允许的限制</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): too many messages came from the sender&apos;s IPv6 address range in too short a time, and Microsoft refuses the excess. The reply names the sending address and the range its volume was counted against.</source>
        <comment>X.7.508|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：发件人的 IPv6 地址段在太短的时间内发来了太多邮件，Microsoft 拒收超出的部分。响应中会写明发送地址以及用于统计其发送量的地址段。</translation>
    </message>
    <message>
        <source>When a server sends to Microsoft 365 over IPv6, especially when several servers or many addresses inside one IPv6 prefix send at the same time.</source>
        <comment>X.7.508|whenSeen</comment>
        <translation>出现在服务器通过 IPv6 向 Microsoft 365 发信时，尤其是同一 IPv6 前缀内的多台服务器或许多地址同时发信时。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin lowers the rate of mail to Microsoft 365 from that IPv6 range and spreads it over time, or delivers over IPv4 instead, and then resends the refused messages.</source>
        <comment>X.7.508|howToFix</comment>
        <translation>由发件方管理员降低从该 IPv6 地址段发往 Microsoft 365 的邮件速率并分散到不同时段，或改用 IPv4 投递，然后重新发送被拒绝的邮件。</translation>
    </message>
    <message>
        <source>A burst of mail, such as a newsletter, sent over IPv6 to Microsoft 365 recipients.</source>
        <comment>X.7.508|causes</comment>
        <translation>通过 IPv6 向 Microsoft 365 收件人集中发送的一批邮件，例如新闻通讯。</translation>
    </message>
    <message>
        <source>Several hosts in the same IPv6 prefix sending at once, so their volumes are counted together.</source>
        <comment>X.7.508|causes</comment>
        <translation>同一 IPv6 前缀内的多台主机同时发信，因此它们的发送量被合并计算。</translation>
    </message>
    <message>
        <source>Count the refusals in the sending server&apos;s log to see how much mail was affected.</source>
        <comment>X.7.508|checks.step</comment>
        <translation>统计发送服务器日志中的拒绝次数，了解有多少邮件受到影响。</translation>
    </message>
    <message>
        <source>As a stopgap, make Postfix prefer IPv4 when it delivers.</source>
        <comment>X.7.508|checks.step</comment>
        <translation>作为权宜之计，让 Postfix 在投递时优先使用 IPv4。</translation>
    </message>
    <message>
        <source>Do not resend the refused messages at once: wait, then send them at a lower rate or over IPv4.</source>
        <comment>X.7.508|retry</comment>
        <translation>不要立即重新发送被拒绝的邮件：先等待，然后以较低的速率或通过 IPv4 发送。</translation>
    </message>
    <message>
        <source>Access denied, sending domain does not pass DMARC verification</source>
        <comment>X.7.509|title</comment>
        <translation>访问被拒绝，发送域未通过 DMARC 验证</translation>
    </message>
    <message>
        <source>DMARC reject</source>
        <comment>X.7.509|keywords</comment>
        <translation>DMARC reject</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.509|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.509|keywords</comment>
        <translation>DMARC失败</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the domain in the message&apos;s From header failed DMARC and publishes a DMARC policy of reject, so Microsoft 365 refuses the message as the domain&apos;s owner asked.</source>
        <comment>X.7.509|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：邮件 From 头中的域未通过 DMARC，并且发布了 reject 的 DMARC 策略，因此 Microsoft 365 按域所有者的要求拒收该邮件。</translation>
    </message>
    <message>
        <source>After the message data, when mail with a From domain that publishes p=reject reaches a Microsoft 365 recipient without aligned SPF or DKIM: forwarded mail, mailing lists, a newly added sending service, or spoofing. The bounce reaches the sender, who should hand it to their mail admin.</source>
        <comment>X.7.509|whenSeen</comment>
        <translation>出现在邮件数据之后：From 域发布了 p=reject 的邮件，在没有对齐的 SPF 或 DKIM 的情况下到达 Microsoft 365 收件人，例如转发的邮件、邮件列表、新添加的发送服务或仿冒。退信会到达发件人，发件人应把它交给自己的邮件管理员。</translation>
    </message>
    <message>
        <source>The admin of the From domain fixes authentication for the service that sent the message: list it in SPF, sign its mail with DKIM under the From domain, and make sure at least one of the two aligns. Microsoft names wrong or missing DNS records, missing DKIM signing and forwarding as the usual reasons; the Authentication-Results header in the returned message shows which check failed.</source>
        <comment>X.7.509|howToFix</comment>
        <translation>由 From 域的管理员修复发送该邮件的服务的认证：在 SPF 中列出该服务，以 From 域对其邮件进行 DKIM 签名，并确保两者中至少有一个对齐。Microsoft 指出常见原因是 DNS 记录错误或缺失、缺少 DKIM 签名以及转发；退回邮件中的 Authentication-Results 头会显示是哪项检查失败。</translation>
    </message>
    <message>
        <source>The sending server or service is missing from the From domain&apos;s SPF record and does not sign with the domain&apos;s DKIM key.</source>
        <comment>X.7.509|causes</comment>
        <translation>发送服务器或服务不在 From 域的 SPF 记录中，也没有用该域的 DKIM 密钥签名。</translation>
    </message>
    <message>
        <source>SPF or DKIM passes, but for another domain than the one in the From header, so DMARC alignment fails.</source>
        <comment>X.7.509|causes</comment>
        <translation>SPF 或 DKIM 通过了，但通过的是 From 头之外的另一个域，因此 DMARC 对齐失败。</translation>
    </message>
    <message>
        <source>The DKIM public key is missing from DNS, or the message left the sender without a signature.</source>
        <comment>X.7.509|causes</comment>
        <translation>DNS 中缺少 DKIM 公钥，或者邮件离开发件方时没有签名。</translation>
    </message>
    <message>
        <source>Forwarding changed the message or the sending address on the way, breaking SPF and DKIM.</source>
        <comment>X.7.509|causes</comment>
        <translation>转发在途中更改了邮件或发件地址，破坏了 SPF 和 DKIM。</translation>
    </message>
    <message>
        <source>Read the From domain&apos;s DMARC policy.</source>
        <comment>X.7.509|checks.step</comment>
        <translation>阅读 From 域的 DMARC 策略。</translation>
    </message>
    <message>
        <source>Check that the SPF record lists the server or service that sent the message.</source>
        <comment>X.7.509|checks.step</comment>
        <translation>检查 SPF 记录是否列出了发送该邮件的服务器或服务。</translation>
    </message>
    <message>
        <source>Check that the DKIM key exists for the selector in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.509|checks.step</comment>
        <translation>检查邮件 DKIM-Signature 头中选择器（s=）对应的 DKIM 密钥是否存在。</translation>
    </message>
    <message>
        <source>Read the Authentication-Results header in the headers Microsoft returns with the bounce: spf=, dkim= and dmarc= show what failed.</source>
        <comment>X.7.509|checks.step</comment>
        <translation>阅读 Microsoft 随退信返回的邮件头中的 Authentication-Results 头：spf=、dkim= 和 dmarc= 会显示哪项失败。</translation>
    </message>
    <message>
        <source>Do not resend unchanged, since it fails DMARC again; resend after the domain&apos;s SPF or DKIM setup covers the sending path.</source>
        <comment>X.7.509|retry</comment>
        <translation>不要原样重新发送，因为它会再次未通过 DMARC；在该域的 SPF 或 DKIM 设置覆盖了发送路径之后再重新发送。</translation>
    </message>
    <message>
        <source>Access denied, domain does not accept email over IPv6</source>
        <comment>X.7.510|title</comment>
        <translation>访问被拒绝，该域不接受通过 IPv6 发送的电子邮件</translation>
    </message>
    <message>
        <source>IPv6</source>
        <comment>X.7.510|keywords</comment>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <comment>X.7.510|keywords</comment>
        <translation>仅IPv4</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the sender tried to deliver over IPv6 to a recipient domain that takes mail only over IPv4. Exchange Online receives mail over IPv6 only for domains whose admins have turned it on.</source>
        <comment>X.7.510|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：发件人尝试通过 IPv6 向一个只通过 IPv4 接收邮件的收件人域投递。Exchange Online 只为其管理员已开启 IPv6 的域通过 IPv6 接收邮件。</translation>
    </message>
    <message>
        <source>When a dual-stack sending server picks an IPv6 address of the recipient&apos;s MX host and connects over IPv6.</source>
        <comment>X.7.510|whenSeen</comment>
        <translation>出现在双栈的发送服务器选择了收件人 MX 主机的 IPv6 地址并通过 IPv6 连接时。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin delivers to that domain over IPv4, for example by making the mail server prefer IPv4. The recipient&apos;s admin can instead turn on inbound IPv6 for the domain in Exchange Online; mail over IPv6 then has to pass SPF or DKIM.</source>
        <comment>X.7.510|howToFix</comment>
        <translation>由发件方管理员通过 IPv4 向该域投递，例如让邮件服务器优先使用 IPv4。收件方管理员也可以改为在 Exchange Online 中为该域开启入站 IPv6；此后通过 IPv6 到达的邮件必须通过 SPF 或 DKIM。</translation>
    </message>
    <message>
        <source>The sending server prefers IPv6 and the recipient&apos;s MX host has an IPv6 address.</source>
        <comment>X.7.510|causes</comment>
        <translation>发送服务器优先使用 IPv6，而收件人的 MX 主机有 IPv6 地址。</translation>
    </message>
    <message>
        <source>The recipient domain has not enabled inbound IPv6 mail in Exchange Online.</source>
        <comment>X.7.510|causes</comment>
        <translation>收件人域没有在 Exchange Online 中开启入站 IPv6 邮件。</translation>
    </message>
    <message>
        <source>Check whether the recipient&apos;s MX host has an IPv6 address.</source>
        <comment>X.7.510|checks.step</comment>
        <translation>检查收件人的 MX 主机是否有 IPv6 地址。</translation>
    </message>
    <message>
        <source>See which address families Postfix uses and which one it prefers.</source>
        <comment>X.7.510|checks.step</comment>
        <translation>查看 Postfix 使用哪些地址族以及优先使用哪一个。</translation>
    </message>
    <message>
        <source>An admin of the recipient domain checks its IPv6 status in Exchange Online PowerShell.</source>
        <comment>X.7.510|checks.step</comment>
        <translation>由收件人域的管理员在 Exchange Online PowerShell 中检查其 IPv6 状态。</translation>
    </message>
    <message>
        <source>Retry over IPv4; the same attempt over IPv6 is refused every time.</source>
        <comment>X.7.510|retry</comment>
        <translation>通过 IPv4 重试；通过 IPv6 的同样尝试每次都会被拒绝。</translation>
    </message>
    <message>
        <source>Access denied, banned sender</source>
        <comment>X.7.511|title</comment>
        <translation>访问被拒绝，发件人被禁止</translation>
    </message>
    <message>
        <source>banned IP</source>
        <comment>X.7.511|keywords</comment>
        <translation>IP被禁</translation>
    </message>
    <message>
        <source>delist@microsoft.com</source>
        <comment>X.7.511|keywords</comment>
        <translation>delist@microsoft.com</translation>
    </message>
    <message>
        <source>blocked senders list</source>
        <comment>X.7.511|keywords</comment>
        <translation>被封锁发件人列表</translation>
    </message>
    <message>
        <source>blacklist</source>
        <comment>X.7.511|keywords</comment>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the IP address the message came from is banned from sending to Microsoft 365, and Microsoft wants to investigate it further before lifting the ban. Unlike the bans from 5.7.606 to 5.7.649, this one cannot be cleared through the self-service delist portal.</source>
        <comment>X.7.511|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：这封邮件来源的 IP 地址被禁止向 Microsoft 365 发信，Microsoft 希望在解除禁令之前作进一步调查。与 5.7.606 至 5.7.649 的禁令不同，这一禁令无法通过自助除名门户（delist portal）解除。</translation>
    </message>
    <message>
        <source>At RCPT TO, when a server on the banned address tries to deliver to any domain hosted in Microsoft 365; every Microsoft 365 recipient refuses it, not just one organization.</source>
        <comment>X.7.511|whenSeen</comment>
        <translation>出现在 RCPT TO 阶段，当位于被禁地址上的服务器尝试向 Microsoft 365 托管的任何域投递时；拒收的是所有 Microsoft 365 收件人，而不只是某一个组织。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first makes sure the address no longer sends spam (compromised accounts, an open relay, infected hosts), then forwards the bounce to delist@microsoft.com with the full NDR code and the IP address. Microsoft replies within about 48 hours with the next steps; the delist portal does not work for this code.</source>
        <comment>X.7.511|howToFix</comment>
        <translation>发件方管理员先确保该地址不再发送垃圾邮件（被盗账户、开放中继、受感染主机），然后把退信连同完整的 NDR 代码和 IP 地址转发到 delist@microsoft.com。Microsoft 会在大约 48 小时内回复后续步骤；除名门户不适用于此代码。</translation>
    </message>
    <message>
        <source>Spam or malicious mail came from the sending IP address.</source>
        <comment>X.7.511|causes</comment>
        <translation>该发送 IP 地址发出过垃圾邮件或恶意邮件。</translation>
    </message>
    <message>
        <source>The address belongs to a shared range whose other users sent abusive mail.</source>
        <comment>X.7.511|causes</comment>
        <translation>该地址属于一个共享地址段，段内的其他用户发送过滥用邮件。</translation>
    </message>
    <message>
        <source>A compromised host or an open relay on the sender&apos;s network was used for spam.</source>
        <comment>X.7.511|causes</comment>
        <translation>发件方网络中被入侵的主机或开放中继被用来发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Find the refusal in the sending server&apos;s log; the address in the reply is the one to name in the delisting request.</source>
        <comment>X.7.511|checks.step</comment>
        <translation>在发送服务器的日志中找到这次拒绝；响应中的地址就是除名申请中要写明的地址。</translation>
    </message>
    <message>
        <source>From a host outside your network, try to relay a message for an outside domain through your server; it must be refused.</source>
        <comment>X.7.511|checks.step</comment>
        <translation>从您网络之外的主机尝试通过您的服务器为外部域中继一封邮件；它必须被拒绝。</translation>
    </message>
    <message>
        <source>Check the sending address (here 192.0.2.1) on a public blocklist, which often records the same abuse.</source>
        <comment>X.7.511|checks.step</comment>
        <translation>在公共黑名单上查询发送地址（此处为 192.0.2.1），它们常常记录着同样的滥用行为。</translation>
    </message>
    <message>
        <source>Stop sending from this address to Microsoft 365 until Microsoft confirms the delisting; retries only add to its record.</source>
        <comment>X.7.511|retry</comment>
        <translation>在 Microsoft 确认除名之前，停止从该地址向 Microsoft 365 发信；重试只会加重其不良记录。</translation>
    </message>
    <message>
        <source>Access denied, message must be RFC 5322 section 3.6.2 compliant</source>
        <comment>X.7.512|title</comment>
        <translation>访问被拒绝，邮件必须符合 RFC 5322 第 3.6.2 节</translation>
    </message>
    <message>
        <source>From header</source>
        <comment>X.7.512|keywords</comment>
        <translation>From头</translation>
    </message>
    <message>
        <source>missing From address</source>
        <comment>X.7.512|keywords</comment>
        <translation>缺少From地址</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the message has no valid address in its From header, which RFC 5322 section 3.6.2 requires, so Microsoft 365 refuses it. The address must be a proper mailbox, written in angle brackets when a display name comes before it.</source>
        <comment>X.7.512|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：邮件的 From 头中没有 RFC 5322 第 3.6.2 节所要求的有效地址，因此 Microsoft 365 拒收。该地址必须是一个正确的邮箱地址，前面有显示名称时须写在尖括号中。</translation>
    </message>
    <message>
        <source>At the end of the message data, for mail from scripts, devices and home-made applications that build their headers by hand: a From with only a name, an empty From, or none at all.</source>
        <comment>X.7.512|whenSeen</comment>
        <translation>出现在邮件数据末尾，针对由脚本、设备和自行编写的应用程序发出、手工拼装邮件头的邮件：From 只有名称、From 为空，或根本没有 From。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin or developer fixes the program so that every message carries a From header with a valid address, such as a display name followed by the address in angle brackets, and resends.</source>
        <comment>X.7.512|howToFix</comment>
        <translation>由发件方管理员或开发者修复程序，使每封邮件都带有包含有效地址的 From 头，例如显示名称后跟尖括号中的地址，然后重新发送。</translation>
    </message>
    <message>
        <source>The From header is missing.</source>
        <comment>X.7.512|causes</comment>
        <translation>缺少 From 头。</translation>
    </message>
    <message>
        <source>The From header holds only a display name, with no address.</source>
        <comment>X.7.512|causes</comment>
        <translation>From 头只有显示名称，没有地址。</translation>
    </message>
    <message>
        <source>The address in From is malformed, for example without angle brackets after a display name.</source>
        <comment>X.7.512|causes</comment>
        <translation>From 中的地址格式错误，例如显示名称之后的地址没有用尖括号括起。</translation>
    </message>
    <message>
        <source>Look at the From header of a saved copy of the message.</source>
        <comment>X.7.512|checks.step</comment>
        <translation>查看已保存邮件副本的 From 头。</translation>
    </message>
    <message>
        <source>Send a test with a well-formed From header and compare the result.</source>
        <comment>X.7.512|checks.step</comment>
        <translation>用格式正确的 From 头发送一封测试邮件，并比较结果。</translation>
    </message>
    <message>
        <source>Do not resend before the From header is fixed; the same message is always refused.</source>
        <comment>X.7.512|retry</comment>
        <translation>在修复 From 头之前不要重新发送；同一封邮件总会被拒绝。</translation>
    </message>
    <message>
        <source>Client host blocked using Customer Block list</source>
        <comment>X.7.513|title</comment>
        <translation>客户端主机被 Customer Block list（客户黑名单）封锁</translation>
    </message>
    <message>
        <source>AS16012607</source>
        <comment>X.7.513|keywords</comment>
        <translation>AS16012607</translation>
    </message>
    <message>
        <source>custom blocklist</source>
        <comment>X.7.513|keywords</comment>
        <translation>自定义黑名单</translation>
    </message>
    <message>
        <source>IP Block List</source>
        <comment>X.7.513|keywords</comment>
        <translation>IP黑名单</translation>
    </message>
    <message>
        <source>blacklist</source>
        <comment>X.7.513|keywords</comment>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the recipient&apos;s organization put the sending IP address on its own block list, so Microsoft 365 refuses mail from it for that domain. The reply names the blocked address and the domain that blocked it.</source>
        <comment>X.7.513|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：收件方组织把发送 IP 地址列入了自己的黑名单，因此 Microsoft 365 对该域拒收来自此地址的邮件。响应中会写明被封锁的地址和实施封锁的域。</translation>
    </message>
    <message>
        <source>When a single Microsoft 365 customer refuses your server while other domains hosted in Microsoft 365 accept its mail.</source>
        <comment>X.7.513|whenSeen</comment>
        <translation>出现在只有某一个 Microsoft 365 客户拒绝您的服务器、而 Microsoft 365 托管的其他域都接收其邮件时。</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s organization can undo it. The sender contacts the recipient by phone or through another mail system and asks their admin to take the address off the custom block list; if the block was deliberate, the sender needs another way to reach them.</source>
        <comment>X.7.513|howToFix</comment>
        <translation>只有收件方组织才能撤销。发件人通过电话或其他邮件系统联系收件人，请其管理员把该地址从自定义黑名单中移除；如果封锁是有意为之，发件人需要另寻联系对方的途径。</translation>
    </message>
    <message>
        <source>An admin at the recipient&apos;s organization added the sending IP address to its block list after receiving mail it did not want.</source>
        <comment>X.7.513|causes</comment>
        <translation>收件方组织的管理员在收到不想要的邮件后，把发送 IP 地址加入了其黑名单。</translation>
    </message>
    <message>
        <source>The address was blocked by mistake, or together with a whole shared range of a hosting provider.</source>
        <comment>X.7.513|causes</comment>
        <translation>该地址被误封，或与托管服务商的整个共享地址段一起被封锁。</translation>
    </message>
    <message>
        <source>Read the domain and the address named in the reply to know whom to contact and about which address.</source>
        <comment>X.7.513|checks.step</comment>
        <translation>阅读响应中写明的域和地址，了解要联系谁、涉及哪个地址。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin reviews the IP Block List of the connection filter policies and removes the sender&apos;s address.</source>
        <comment>X.7.513|checks.step</comment>
        <translation>由收件方管理员检查连接筛选策略的 IP Block List（IP 黑名单），并删除发件人的地址。</translation>
    </message>
    <message>
        <source>Retrying cannot help while the address stays on that organization&apos;s list; wait until the recipient confirms its removal.</source>
        <comment>X.7.513|retry</comment>
        <translation>只要该地址还在那个组织的列表上，重试就无济于事；请等到收件人确认已将其移除。</translation>
    </message>
    <message>
        <source>Access denied, sending domain does not meet the required authentication level</source>
        <comment>X.7.515|title</comment>
        <translation>访问被拒绝，发送域不符合所要求的认证级别</translation>
    </message>
    <message>
        <source>high-volume sender</source>
        <comment>X.7.515|keywords</comment>
        <translation>大量发件人</translation>
    </message>
    <message>
        <source>bulk sender requirements</source>
        <comment>X.7.515|keywords</comment>
        <translation>批量发件人要求</translation>
    </message>
    <message>
        <source>Hotmail</source>
        <comment>X.7.515|keywords</comment>
        <translation>Hotmail</translation>
    </message>
    <message>
        <source>Live.com</source>
        <comment>X.7.515|keywords</comment>
        <translation>Live.com</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s own code (not in the IANA registry): Microsoft&apos;s consumer mail service rejected the message because the domain in its From header does not meet the authentication level required of high-volume senders. The rule covers domains that send 5,000 or more messages to Microsoft consumer addresses, and then applies to all their mail there.</source>
        <comment>X.7.515|summary</comment>
        <translation>Outlook.com 的自有代码（不在 IANA 注册表中）：Microsoft 面向个人用户的邮件服务拒收该邮件，因为其 From 头中的域不符合对大量发件人所要求的认证级别。该规则适用于向 Microsoft 个人用户地址发送 5,000 封或更多邮件的域，一旦适用，便覆盖这些域发往那里的所有邮件。</translation>
    </message>
    <message>
        <source>For bulk senders such as newsletters, notification systems and marketing platforms writing to outlook.com, hotmail.com, live.com and msn.com addresses, once Microsoft enforced its requirements for high-volume senders; the bounce often lists the SPF, DKIM and DMARC results after the text.</source>
        <comment>X.7.515|whenSeen</comment>
        <translation>针对向 outlook.com、hotmail.com、live.com 和 msn.com 地址发信的批量发件人，例如新闻通讯、通知系统和营销平台，出现在 Microsoft 开始执行其大量发件人要求之后；退信常常在文本之后列出 SPF、DKIM 和 DMARC 的结果。</translation>
    </message>
    <message>
        <source>The admin of the From domain makes SPF and DKIM both pass for every service that sends as the domain, publishes a DMARC record (p=none is enough), and makes sure SPF or DKIM aligns with the From domain so that DMARC passes. Refused messages were not delivered and must be sent again afterwards.</source>
        <comment>X.7.515|howToFix</comment>
        <translation>由 From 域的管理员确保每个以该域名义发信的服务都同时通过 SPF 和 DKIM，发布 DMARC 记录（p=none 即可），并确保 SPF 或 DKIM 与 From 域对齐，从而使 DMARC 通过。被拒收的邮件并未投递，之后必须重新发送。</translation>
    </message>
    <message>
        <source>SPF fails because a sending service or server is missing from the domain&apos;s SPF record.</source>
        <comment>X.7.515|causes</comment>
        <translation>某个发送服务或服务器不在该域的 SPF 记录中，因此 SPF 失败。</translation>
    </message>
    <message>
        <source>DKIM fails, or is missing, for mail from one of the domain&apos;s sending services.</source>
        <comment>X.7.515|causes</comment>
        <translation>来自该域某个发送服务的邮件 DKIM 失败或缺失。</translation>
    </message>
    <message>
        <source>The domain publishes no DMARC record.</source>
        <comment>X.7.515|causes</comment>
        <translation>该域没有发布 DMARC 记录。</translation>
    </message>
    <message>
        <source>SPF and DKIM pass only for the sending service&apos;s own domain, without alignment with the From domain.</source>
        <comment>X.7.515|causes</comment>
        <translation>SPF 和 DKIM 只对发送服务自己的域通过，与 From 域没有对齐。</translation>
    </message>
    <message>
        <source>Check that the domain publishes a DMARC record.</source>
        <comment>X.7.515|checks.step</comment>
        <translation>检查该域是否发布了 DMARC 记录。</translation>
    </message>
    <message>
        <source>Check that the SPF record covers every service that sends as the domain.</source>
        <comment>X.7.515|checks.step</comment>
        <translation>检查 SPF 记录是否覆盖了每个以该域名义发信的服务。</translation>
    </message>
    <message>
        <source>Check that the DKIM key of each sending service is published under the domain.</source>
        <comment>X.7.515|checks.step</comment>
        <translation>检查每个发送服务的 DKIM 密钥是否已发布在该域之下。</translation>
    </message>
    <message>
        <source>Send a test to an Outlook.com mailbox you control and read the Authentication-Results header: spf, dkim and dmarc must all pass.</source>
        <comment>X.7.515|checks.step</comment>
        <translation>向您控制的 Outlook.com 邮箱发送一封测试邮件，阅读 Authentication-Results 头：spf、dkim 和 dmarc 都必须为 pass。</translation>
    </message>
    <message>
        <source>Do not resend until authentication is fixed; the same message is refused again.</source>
        <comment>X.7.515|retry</comment>
        <translation>在修复认证之前不要重新发送；同一封邮件会再次被拒。</translation>
    </message>
    <message>
        <source>Access denied, banned sending IP</source>
        <comment>X.7.606|title</comment>
        <translation>访问被拒绝，发送 IP 被禁止</translation>
    </message>
    <message>
        <source>banned sending IP</source>
        <comment>X.7.606|keywords</comment>
        <translation>发送IP被禁</translation>
    </message>
    <message>
        <source>delist portal</source>
        <comment>X.7.606|keywords</comment>
        <translation>除名门户</translation>
    </message>
    <message>
        <source>sender.office.com</source>
        <comment>X.7.606|keywords</comment>
        <translation>sender.office.com 发件人门户</translation>
    </message>
    <message>
        <source>blocked senders list</source>
        <comment>X.7.606|keywords</comment>
        <translation>被封锁发件人列表</translation>
    </message>
    <message>
        <source>blacklist</source>
        <comment>X.7.606|keywords</comment>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>AS16012609</source>
        <comment>X.7.606|keywords</comment>
        <translation>AS16012609</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own codes (not in the IANA registry): Microsoft 365 uses every code from 5.7.606 to 5.7.649 for a sending IP address it has put on its blocked senders list. No Microsoft 365 organization accepts mail from that address until it is delisted, which the sender can request through a self-service portal.</source>
        <comment>X.7.606|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：对于被其列入被封锁发件人列表的发送 IP 地址，Microsoft 365 使用从 5.7.606 到 5.7.649 的每一个代码。在除名之前，任何 Microsoft 365 组织都不接收来自该地址的邮件；发件人可以通过自助门户申请除名。</translation>
    </message>
    <message>
        <source>At RCPT TO, when a server on the listed address tries to deliver to any domain hosted in Microsoft 365; the reply names the address and the portal. Servers on shared hosting, fresh cloud instances and compromised machines meet it most.</source>
        <comment>X.7.606|whenSeen</comment>
        <translation>出现在 RCPT TO 阶段，当位于被列入地址上的服务器尝试向 Microsoft 365 托管的任何域投递时；响应中会写明该地址和门户。共享主机上的服务器、新开的云实例和被入侵的机器最常遇到。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the address sends only clean mail (no compromised accounts, open relay or malware) and follows sending best practices, then asks for removal at the Office 365 Anti-Spam IP Delist Portal (sender.office.com): enter an email address and the blocked address, open the confirmation link sent to that mailbox, and select Delist IP. Removal can take 24 hours or longer, and the address is listed again if abuse continues.</source>
        <comment>X.7.606|howToFix</comment>
        <translation>由发件方管理员确保该地址只发送干净的邮件（没有被盗账户、开放中继或恶意软件）并遵循发送最佳实践，然后在 Office 365 Anti-Spam IP Delist Portal（sender.office.com 上的除名门户）申请移除：输入一个电子邮件地址和被封锁的地址，打开发送到该邮箱的确认链接，然后选择 Delist IP。移除可能需要 24 小时或更长时间，如果滥用继续，该地址会被再次列入。</translation>
    </message>
    <message>
        <source>Spam, phishing or malware was sent from the address, by the sender or by an intruder.</source>
        <comment>X.7.606|causes</comment>
        <translation>该地址发送过垃圾邮件、钓鱼邮件或恶意软件，可能是发件人本身，也可能是入侵者所为。</translation>
    </message>
    <message>
        <source>The address was used by someone else before, such as a reassigned cloud or hosting address, and carries their record.</source>
        <comment>X.7.606|causes</comment>
        <translation>该地址以前被别人使用过，例如被重新分配的云或托管地址，因而带着前任用户的记录。</translation>
    </message>
    <message>
        <source>The server is an open relay or has a compromised account sending through it.</source>
        <comment>X.7.606|causes</comment>
        <translation>该服务器是开放中继，或有被盗账户在通过它发信。</translation>
    </message>
    <message>
        <source>Find the exact address and detail code in the reply.</source>
        <comment>X.7.606|checks.step</comment>
        <translation>在响应中找到确切的地址和详细代码。</translation>
    </message>
    <message>
        <source>Request removal on the Office 365 Anti-Spam IP Delist Portal at sender.office.com, one email address and one IP address per visit, then select Delist IP after following the confirmation link.</source>
        <comment>X.7.606|checks.step</comment>
        <translation>在 sender.office.com 上面向发件人的 Office 365 Anti-Spam IP Delist Portal（除名门户）申请移除，每次访问只能提交一个电子邮件地址和一个 IP 地址，打开确认链接后选择 Delist IP。</translation>
    </message>
    <message>
        <source>Once delisted, test a delivery to a domain hosted in Microsoft 365.</source>
        <comment>X.7.606|checks.step</comment>
        <translation>除名完成后，测试向 Microsoft 365 托管的域投递。</translation>
    </message>
    <message>
        <source>Stop retrying to Microsoft 365 from that address until the delisting has taken effect; queued messages can go out afterwards.</source>
        <comment>X.7.606|retry</comment>
        <translation>在除名生效之前，停止从该地址向 Microsoft 365 重试；之后队列中的邮件即可发出。</translation>
    </message>
    <message>
        <source>Tenant blocked from sending</source>
        <comment>X.7.700|title</comment>
        <translation>租户被禁止发信</translation>
    </message>
    <message>
        <source>tenant blocked</source>
        <comment>X.7.700|keywords</comment>
        <translation>租户被封锁</translation>
    </message>
    <message>
        <source>outbound blocked</source>
        <comment>X.7.700|keywords</comment>
        <translation>出站被封锁</translation>
    </message>
    <message>
        <source>tenant restricted</source>
        <comment>X.7.700|keywords</comment>
        <translation>租户受限</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own codes (not in the IANA registry): Microsoft 365 uses the codes from 5.7.700 to 5.7.750 when it blocks mail sent by a Microsoft 365 organization itself, for example because much of its outgoing mail looked like spam, it went out through low-reputation addresses, or it used domains the organization never registered. The problem lies in the sender&apos;s own tenant, and only that tenant&apos;s admin can fix it.</source>
        <comment>X.7.700|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：当 Microsoft 365 封锁某个 Microsoft 365 组织自身发出的邮件时，使用从 5.7.700 到 5.7.750 的代码，例如因为其大量出站邮件看起来像垃圾邮件、通过低信誉地址发出，或使用了该组织从未注册的域。问题出在发件人自己的租户中，只有该租户的管理员才能修复。</translation>
    </message>
    <message>
        <source>In NDRs that Exchange Online returns to users of the sending organization, often to many users at once. Trial tenants, tenants that just renewed an expired subscription, and tenants with a compromised admin account or on-premises server meet these codes most.</source>
        <comment>X.7.700|whenSeen</comment>
        <translation>出现在 Exchange Online 退回给发送方组织用户的 NDR 中，常常同时涉及许多用户。试用租户、刚续订已过期订阅的租户，以及管理员账户或本地服务器被盗的租户最常遇到这些代码。</translation>
    </message>
    <message>
        <source>The sending organization&apos;s Microsoft 365 admin reads the exact code in the NDR: 5.7.703, 5.7.705, 5.7.708 and 5.7.750 each have their own fix. In general, find and close the source of bad mail (compromised accounts, rogue connectors, an open relay on premises), add and verify every domain used for sending, and contact Microsoft support to have a block removed.</source>
        <comment>X.7.700|howToFix</comment>
        <translation>由发送方组织的 Microsoft 365 管理员阅读 NDR 中的确切代码：5.7.703、5.7.705、5.7.708 和 5.7.750 各有各的修复方法。一般而言，要找出并堵住不良邮件的来源（被盗账户、恶意连接器、本地的开放中继），添加并验证用于发信的每一个域，并联系 Microsoft 支持解除封锁。</translation>
    </message>
    <message>
        <source>Spam or bulk mail sent through the tenant, often through a compromised account, connector or on-premises server.</source>
        <comment>X.7.700|causes</comment>
        <translation>通过该租户发送了垃圾邮件或批量邮件，常常是通过被盗的账户、连接器或本地服务器。</translation>
    </message>
    <message>
        <source>Mail sent in volume from domains that are not accepted domains of the tenant.</source>
        <comment>X.7.700|causes</comment>
        <translation>从并非该租户接受的域的域大量发送了邮件。</translation>
    </message>
    <message>
        <source>A new or trial tenant sending through low-reputation IP addresses.</source>
        <comment>X.7.700|causes</comment>
        <translation>新租户或试用租户通过低信誉的 IP 地址发信。</translation>
    </message>
    <message>
        <source>A recipient blocked in the tenant&apos;s own Tenant Allow/Block List.</source>
        <comment>X.7.700|causes</comment>
        <translation>某个收件人在该租户自己的 Tenant Allow/Block List 中被封锁。</translation>
    </message>
    <message>
        <source>Trace one of the bounced messages to see its code and the connector or server it came through.</source>
        <comment>X.7.700|checks.step</comment>
        <translation>跟踪一封被退回的邮件，查看其代码以及它经过的连接器或服务器。</translation>
    </message>
    <message>
        <source>List the inbound connectors and look for ones nobody in IT created.</source>
        <comment>X.7.700|checks.step</comment>
        <translation>列出入站连接器，查找 IT 部门中没有人创建过的连接器。</translation>
    </message>
    <message>
        <source>Open the outbound Mailflow status report and the Top senders and recipients report in the Microsoft Defender portal to see who sent the bulk of the mail.</source>
        <comment>X.7.700|checks.step</comment>
        <translation>在 Microsoft Defender 门户中打开出站方向的 Mailflow status 报告和 Top senders and recipients（主要发件人和收件人）报告，查看大部分邮件是谁发送的。</translation>
    </message>
    <message>
        <source>Resending does not help while the block stands; resend after the admin has fixed the cause and, for most of these codes, Microsoft support has lifted the block.</source>
        <comment>X.7.700|retry</comment>
        <translation>封锁存在期间重新发送没有用；请在管理员修复原因、并且（对于这些代码中的大多数）Microsoft 支持解除封锁之后再重新发送。</translation>
    </message>
    <message>
        <source>Messages to these recipients are blocked by your organization using Tenant Allow Block List</source>
        <comment>X.7.703|title</comment>
        <translation>您的组织已通过 Tenant Allow Block List（租户允许列表/黑名单）封锁发往这些收件人的邮件</translation>
    </message>
    <message>
        <source>Tenant Allow/Block List</source>
        <comment>X.7.703|keywords</comment>
        <translation>租户允许/阻止列表</translation>
    </message>
    <message>
        <source>TABL</source>
        <comment>X.7.703|keywords</comment>
        <translation>TABL</translation>
    </message>
    <message>
        <source>recipient block policy</source>
        <comment>X.7.703|keywords</comment>
        <translation>收件人封锁策略</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): a user sent mail to an address or domain that the sender&apos;s own organization blocks in its Tenant Allow/Block List. Block entries there stop mail in both directions, and a single blocked recipient stops the whole message for every recipient, inside and outside the organization.</source>
        <comment>X.7.703|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：用户向一个被发件人自己的组织在租户的 Tenant Allow/Block List 中封锁的地址或域发送了邮件。那里的封锁条目会在两个方向上拦截邮件，并且只要有一个收件人被封锁，整封邮件对所有收件人（无论组织内外）都会被拦下。</translation>
    </message>
    <message>
        <source>In an NDR from the user&apos;s own Exchange Online organization right after sending, usually after an admin blocked a spammer&apos;s address or domain that users still write to, or blocked a domain that wanted correspondents also use.</source>
        <comment>X.7.703|whenSeen</comment>
        <translation>出现在用户刚发信后，来自其自己 Exchange Online 组织的 NDR 中，通常是在管理员封锁了某个垃圾邮件发送者的地址或域、而用户仍在向其写信之后，或封锁了一个正当的通信对象也在使用的域之后。</translation>
    </message>
    <message>
        <source>The sender removes the blocked address and resends to the others at once, since none of them got the message. An admin of the organization then decides whether the block entry is right; if not, they remove or narrow it under Tenant Allow/Block Lists in the Microsoft Defender portal (Email &amp; collaboration, Policies &amp; rules, Threat policies).</source>
        <comment>X.7.703|howToFix</comment>
        <translation>发件人删去被封锁的地址，立即向其他收件人重新发送，因为他们都没有收到这封邮件。然后由组织的管理员判断该封锁条目是否正确；如果不正确，就在 Microsoft Defender 门户（Email &amp; collaboration、Policies &amp; rules、Threat policies）的租户 Tenant Allow/Block Lists 下删除该条目或缩小其范围。</translation>
    </message>
    <message>
        <source>An admin added the recipient&apos;s address or domain as a sender block entry in the Tenant Allow/Block List.</source>
        <comment>X.7.703|causes</comment>
        <translation>管理员在租户的 Tenant Allow/Block List 中把收件人的地址或域添加为发件人封锁条目。</translation>
    </message>
    <message>
        <source>A block entry for a whole domain also covers a recipient the user legitimately writes to.</source>
        <comment>X.7.703|causes</comment>
        <translation>针对整个域的封锁条目同时覆盖了用户正当写信的某个收件人。</translation>
    </message>
    <message>
        <source>Read the NDR for the list of blocked recipients it names.</source>
        <comment>X.7.703|checks.step</comment>
        <translation>阅读 NDR，查看其中列出的被封锁收件人。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, list the sender block entries of the Tenant Allow/Block List.</source>
        <comment>X.7.703|checks.step</comment>
        <translation>在 Exchange Online PowerShell 中列出租户 Tenant Allow/Block List 中的发件人封锁条目。</translation>
    </message>
    <message>
        <source>Remove an entry that should not be there.</source>
        <comment>X.7.703|checks.step</comment>
        <translation>删除不应存在的条目。</translation>
    </message>
    <message>
        <source>Do not resend unchanged, because the same recipient list is blocked again; resend without the blocked recipients or after the entry is removed.</source>
        <comment>X.7.703|retry</comment>
        <translation>不要原样重新发送，因为同样的收件人列表会再次被封锁；去掉被封锁的收件人后再发送，或在条目删除后再发送。</translation>
    </message>
    <message>
        <source>Access denied, tenant has exceeded threshold</source>
        <comment>X.7.705|title</comment>
        <translation>访问被拒绝，租户已超出阈值</translation>
    </message>
    <message>
        <source>tenant has exceeded threshold</source>
        <comment>X.7.705|keywords</comment>
        <translation>租户超出阈值</translation>
    </message>
    <message>
        <source>tenant blocked</source>
        <comment>X.7.705|keywords</comment>
        <translation>租户被封锁</translation>
    </message>
    <message>
        <source>outbound spam</source>
        <comment>X.7.705|keywords</comment>
        <translation>出站垃圾邮件</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online has blocked the outgoing mail of the sending organization because too much spam or bulk mail left it. In rare cases the block follows the renewal of a subscription that had already expired, until the service has caught up.</source>
        <comment>X.7.705|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：由于从发送方组织发出的垃圾邮件或批量邮件过多，Exchange Online 封锁了该组织的出站邮件。在极少数情况下，封锁发生在续订一个已过期的订阅之后，直到服务同步完成为止。</translation>
    </message>
    <message>
        <source>Suddenly for the users of the tenant, in NDRs from Exchange Online; typically after an on-premises server routing through Exchange Online, or an admin account used to create connectors, was compromised.</source>
        <comment>X.7.705|whenSeen</comment>
        <translation>突然出现在该租户用户收到的来自 Exchange Online 的 NDR 中；通常是在经由 Exchange Online 路由的本地服务器，或被用来创建连接器的管理员账户被盗之后。</translation>
    </message>
    <message>
        <source>The organization&apos;s admin finds what sent the spam, using the outbound Mailflow status report, the Threat protection status report, the Top senders and recipients report, the Outbound connector report and message trace. They secure compromised accounts and servers, remove rogue connectors and enforce multifactor authentication, then contact Microsoft support, explain the cause and ask for the block to be removed. After a late renewal the block normally clears within a day.</source>
        <comment>X.7.705|howToFix</comment>
        <translation>由组织的管理员使用出站方向的 Mailflow status 报告、Threat protection status 报告、Top senders and recipients（主要发件人和收件人）报告、Outbound connector（出站连接器）报告和 message trace，找出发送垃圾邮件的源头。保护被盗的账户和服务器，删除恶意连接器，强制使用多因素认证，然后联系 Microsoft 支持，说明原因并请求解除封锁。续订延迟造成的封锁通常会在一天之内解除。</translation>
    </message>
    <message>
        <source>A compromised on-premises server relayed spam through Exchange Online.</source>
        <comment>X.7.705|causes</comment>
        <translation>被入侵的本地服务器通过 Exchange Online 中继了垃圾邮件。</translation>
    </message>
    <message>
        <source>A compromised admin account was used to create connectors that let spam through.</source>
        <comment>X.7.705|causes</comment>
        <translation>被盗的管理员账户被用来创建放行垃圾邮件的连接器。</translation>
    </message>
    <message>
        <source>Bulk mail sent from the tenant in volumes that Microsoft judged as spam.</source>
        <comment>X.7.705|causes</comment>
        <translation>从该租户发送的批量邮件数量之大，被 Microsoft 判定为垃圾邮件。</translation>
    </message>
    <message>
        <source>The subscription expired and was renewed, and the service had not yet synchronized the new state.</source>
        <comment>X.7.705|causes</comment>
        <translation>订阅过期后又续订，而服务尚未同步新的状态。</translation>
    </message>
    <message>
        <source>Trace outbound mail of the last two days and rank the senders by message count.</source>
        <comment>X.7.705|checks.step</comment>
        <translation>跟踪过去两天的出站邮件，按邮件数量对发件人排序。</translation>
    </message>
    <message>
        <source>List the connectors with their creation dates to spot recent unknown ones.</source>
        <comment>X.7.705|checks.step</comment>
        <translation>列出连接器及其创建日期，找出最近出现的陌生连接器。</translation>
    </message>
    <message>
        <source>Open the outbound view of the Mailflow status report in the Microsoft Defender portal to see when the spam started.</source>
        <comment>X.7.705|checks.step</comment>
        <translation>在 Microsoft Defender 门户中打开 Mailflow status 报告的出站视图，查看垃圾邮件是从何时开始的。</translation>
    </message>
    <message>
        <source>Outgoing mail stays blocked until Microsoft support removes the block; resend afterwards, and only the legitimate messages.</source>
        <comment>X.7.705|retry</comment>
        <translation>在 Microsoft 支持解除封锁之前，出站邮件会一直被封锁；之后再重新发送，并且只发送正当的邮件。</translation>
    </message>
    <message>
        <source>Access denied, traffic not accepted from this IP</source>
        <comment>X.7.708|title</comment>
        <translation>访问被拒绝，不接受来自此 IP 的流量</translation>
    </message>
    <message>
        <source>trial tenant</source>
        <comment>X.7.708|keywords</comment>
        <translation>试用租户</translation>
    </message>
    <message>
        <source>low reputation IP</source>
        <comment>X.7.708|keywords</comment>
        <translation>低信誉IP</translation>
    </message>
    <message>
        <source>traffic not accepted</source>
        <comment>X.7.708|keywords</comment>
        <translation>流量不被接受</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): Exchange Online would not send the organization&apos;s mail out through the low-reputation IP addresses it keeps for new customers. It mostly hits trial tenants before licences are bought.</source>
        <comment>X.7.708|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：Exchange Online 不愿通过它为新客户保留的低信誉 IP 地址发出该组织的邮件。主要影响尚未购买许可证的试用租户。</translation>
    </message>
    <message>
        <source>In NDRs for outgoing mail from a new Microsoft 365 tenant, often on a trial subscription, including mail that applications send through the service.</source>
        <comment>X.7.708|whenSeen</comment>
        <translation>出现在新的 Microsoft 365 租户（多为试用订阅）出站邮件的 NDR 中，包括应用程序通过该服务发送的邮件。</translation>
    </message>
    <message>
        <source>The tenant&apos;s admin assigns paid Exchange Online licences. Until then, during a trial, the admin can ask Microsoft support for an exception for the low-reputation address.</source>
        <comment>X.7.708|howToFix</comment>
        <translation>由租户管理员分配付费的 Exchange Online 许可证。在此之前的试用期间，管理员可以请 Microsoft 支持为该低信誉地址开例外。</translation>
    </message>
    <message>
        <source>The tenant is on a trial subscription and has no Exchange Online licences assigned yet.</source>
        <comment>X.7.708|causes</comment>
        <translation>该租户使用的是试用订阅，尚未分配 Exchange Online 许可证。</translation>
    </message>
    <message>
        <source>The tenant is new, and its outgoing mail goes out through addresses with a low reputation.</source>
        <comment>X.7.708|causes</comment>
        <translation>该租户是新的，其出站邮件经由低信誉的地址发出。</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, under Billing, check whether the subscription is a trial and whether Exchange Online licences are assigned.</source>
        <comment>X.7.708|checks.step</comment>
        <translation>以管理员身份在 Microsoft 365 admin center 的 Billing 下，检查订阅是否为试用版，以及是否已分配 Exchange Online 许可证。</translation>
    </message>
    <message>
        <source>Check the licences of the sending user with Microsoft Graph PowerShell.</source>
        <comment>X.7.708|checks.step</comment>
        <translation>使用 Microsoft Graph PowerShell 检查发信用户的许可证。</translation>
    </message>
    <message>
        <source>Resending from the tenant fails the same way until licences are in place or support grants an exception.</source>
        <comment>X.7.708|retry</comment>
        <translation>在许可证到位或支持部门批准例外之前，从该租户重新发送会以同样的方式失败。</translation>
    </message>
    <message>
        <source>Client blocked from sending from unregistered domain</source>
        <comment>X.7.750|title</comment>
        <translation>客户端被禁止从未注册的域发信</translation>
    </message>
    <message>
        <source>unregistered domain</source>
        <comment>X.7.750|keywords</comment>
        <translation>未注册的域</translation>
    </message>
    <message>
        <source>accepted domain</source>
        <comment>X.7.750|keywords</comment>
        <translation>接受的域</translation>
    </message>
    <message>
        <source>unprovisioned domain</source>
        <comment>X.7.750|keywords</comment>
        <translation>未预配的域</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the tenant sent a large volume of mail from domains it has not added and verified as accepted domains, and Exchange Online blocked it. Microsoft allows some mail from unregistered domains but expects every sending domain to be registered.</source>
        <comment>X.7.750|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：租户从其未添加并验证为接受的域的域发送了大量邮件，Exchange Online 将其封锁。Microsoft 允许来自未注册域的部分邮件，但要求每个发送域都经过注册。</translation>
    </message>
    <message>
        <source>When devices, applications or an on-premises server relay mail through Exchange Online with sender domains the tenant does not own, or after attackers created an inbound connector in the tenant to send spam.</source>
        <comment>X.7.750|whenSeen</comment>
        <translation>出现在设备、应用程序或本地服务器使用租户并不拥有的发件人域、通过 Exchange Online 中继邮件时，或者在攻击者于租户中创建入站连接器来发送垃圾邮件之后。</translation>
    </message>
    <message>
        <source>The tenant&apos;s admin adds and verifies every domain used for sending as an accepted domain, or uses a certificate-based connector whose certificate names an accepted, verified domain. They also review connectors and accounts for compromise, remove anything an attacker created, and then ask Microsoft support to lift the block.</source>
        <comment>X.7.750|howToFix</comment>
        <translation>由租户管理员把用于发信的每一个域都添加并验证为接受的域，或者使用基于证书的连接器，其证书中写明一个已接受并验证的域。同时检查连接器和账户是否被盗，删除攻击者创建的一切，然后请 Microsoft 支持解除封锁。</translation>
    </message>
    <message>
        <source>Mail relayed through Exchange Online uses a sender domain that is not an accepted domain of the tenant.</source>
        <comment>X.7.750|causes</comment>
        <translation>经 Exchange Online 中继的邮件使用的发件人域不是该租户的接受的域。</translation>
    </message>
    <message>
        <source>An attacker created an inbound connector and sent spam through the tenant.</source>
        <comment>X.7.750|causes</comment>
        <translation>攻击者创建了入站连接器，并通过该租户发送垃圾邮件。</translation>
    </message>
    <message>
        <source>A wrongly configured connector accepts mail from servers that send for many foreign domains.</source>
        <comment>X.7.750|causes</comment>
        <translation>配置错误的连接器接受来自那些代表许多外部域发信的服务器的邮件。</translation>
    </message>
    <message>
        <source>List the tenant&apos;s accepted domains and compare them with the domains your servers and applications send as.</source>
        <comment>X.7.750|checks.step</comment>
        <translation>列出租户的接受的域，并与您的服务器和应用程序发信时使用的域进行比较。</translation>
    </message>
    <message>
        <source>Check how the inbound connectors identify your servers: by certificate or by IP address.</source>
        <comment>X.7.750|checks.step</comment>
        <translation>检查入站连接器是如何识别您的服务器的：通过证书还是通过 IP 地址。</translation>
    </message>
    <message>
        <source>Trace the bounced messages to see which sender domains were blocked.</source>
        <comment>X.7.750|checks.step</comment>
        <translation>跟踪被退回的邮件，查看哪些发件人域被封锁。</translation>
    </message>
    <message>
        <source>Send nothing more from the unregistered domain; resend once the domain is accepted and verified and the block is lifted.</source>
        <comment>X.7.750|retry</comment>
        <translation>不要再从未注册的域发送任何邮件；在该域被接受并验证、封锁解除之后再重新发送。</translation>
    </message>
    <message>
        <source>Access denied, banned sender</source>
        <comment>X.7.800|title</comment>
        <translation>访问被拒绝，发件人被禁止</translation>
    </message>
    <message>
        <source>banned domain</source>
        <comment>X.7.800|keywords</comment>
        <translation>域被禁</translation>
    </message>
    <message>
        <source>banned sender</source>
        <comment>X.7.800|keywords</comment>
        <translation>被禁发件人</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own code (not in the IANA registry): the domain the message is sent as has been banned after spam from it was detected. Microsoft&apos;s table says the banned domain can be the one given in EHLO, the envelope sender (P1) or the From header (P2).</source>
        <comment>X.7.800|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：邮件所声称的发件域在被检测到发送垃圾邮件后已被禁止。Microsoft 的代码表说明，被禁的域可能是 EHLO 中给出的域、信封发件人（P1）或 From 头（P2）中的域。</translation>
    </message>
    <message>
        <source>When mail claiming the banned domain reaches Microsoft 365, whichever server sends it. The code appears only in the 2024 revision of Microsoft&apos;s NDR table.</source>
        <comment>X.7.800|whenSeen</comment>
        <translation>出现在声称来自被禁域的邮件到达 Microsoft 365 时，无论由哪台服务器发送。此代码只出现在 Microsoft NDR 代码表的 2024 年修订版中。</translation>
    </message>
    <message>
        <source>The domain&apos;s owner stops the spam at its source (compromised accounts, abused web forms, a careless sending service), makes sure every service sending as the domain authenticates properly, and then contacts Microsoft support to restore the domain&apos;s ability to send.</source>
        <comment>X.7.800|howToFix</comment>
        <translation>由域所有者从源头制止垃圾邮件（被盗账户、被滥用的网页表单、管理不善的发送服务），确保每个以该域名义发信的服务都正确认证，然后联系 Microsoft 支持恢复该域的发信能力。</translation>
    </message>
    <message>
        <source>Spam was sent using the domain in the EHLO greeting, the envelope sender or the From header.</source>
        <comment>X.7.800|causes</comment>
        <translation>有人在 EHLO 问候语、信封发件人或 From 头中使用该域发送了垃圾邮件。</translation>
    </message>
    <message>
        <source>A compromised account or a third-party service sending as the domain produced the spam.</source>
        <comment>X.7.800|causes</comment>
        <translation>被盗账户或以该域名义发信的第三方服务产生了这些垃圾邮件。</translation>
    </message>
    <message>
        <source>Check which names your servers use in EHLO and as envelope senders, to know which domain was banned.</source>
        <comment>X.7.800|checks.step</comment>
        <translation>检查您的服务器在 EHLO 中以及作为信封发件人时使用了哪些名称，以确定被禁的是哪个域。</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC record and its aggregate reports to find every source sending as the domain.</source>
        <comment>X.7.800|checks.step</comment>
        <translation>阅读该域的 DMARC 记录及其汇总报告，找出以该域名义发信的每一个来源。</translation>
    </message>
    <message>
        <source>Do not resend as the banned domain; Microsoft 365 refuses its mail until support lifts the ban.</source>
        <comment>X.7.800|retry</comment>
        <translation>不要以被禁域的名义重新发送；在支持部门解除禁令之前，Microsoft 365 会拒收其邮件。</translation>
    </message>
    <message>
        <source>Access denied, please try again later</source>
        <comment>X.7.850|title</comment>
        <translation>访问被拒绝，请稍后重试</translation>
    </message>
    <message>
        <source>IP restricted</source>
        <comment>X.7.850|keywords</comment>
        <translation>IP受限</translation>
    </message>
    <message>
        <source>suspicious activity</source>
        <comment>X.7.850|keywords</comment>
        <translation>可疑活动</translation>
    </message>
    <message>
        <source>temporarily restricted</source>
        <comment>X.7.850|keywords</comment>
        <translation>暂时受限</translation>
    </message>
    <message>
        <source>Microsoft 365&apos;s own codes (not in the IANA registry): Microsoft 365 uses every code from 4.7.850 to 4.7.899 when it has seen suspicious activity from one connecting IP address and holds that address back while it evaluates it. The reply text is the same as for 4.7.500 to 4.7.699, but Microsoft&apos;s table ties this range to the address in question; its mail is deferred, not refused.</source>
        <comment>X.7.850|summary</comment>
        <translation>Microsoft 365 的自有代码（不在 IANA 注册表中）：当 Microsoft 365 发现某个连接 IP 地址有可疑活动，并在评估期间暂缓接收该地址的邮件时，使用从 4.7.850 到 4.7.899 的每一个代码。响应文本与 4.7.500 至 4.7.699 相同，但 Microsoft 的代码表把此范围与相关地址联系在一起；其邮件被延迟，而不是被拒收。</translation>
    </message>
    <message>
        <source>As deferrals in the log of a server sending to Microsoft 365 recipients while Microsoft takes a closer look at that server&apos;s address. Microsoft documents neither the basic code nor the SMTP command at which it answers, and has no separate troubleshooting page for this range.</source>
        <comment>X.7.850|whenSeen</comment>
        <translation>在 Microsoft 仔细审查某台服务器的地址期间，作为延迟出现在该服务器向 Microsoft 365 收件人发信的日志中。Microsoft 既没有记载基本代码，也没有记载它在哪个 SMTP 命令处应答，也没有为此范围单独提供故障排除页面。</translation>
    </message>
    <message>
        <source>Let the sending server keep retrying: Microsoft says the restriction is lifted shortly when the activity turns out to be valid. Meanwhile the sender&apos;s admin checks what the address has been sending, because a compromised account, an open relay or a rogue script would turn the evaluation against it and can end in a ban.</source>
        <comment>X.7.850|howToFix</comment>
        <translation>让发送服务器继续重试：Microsoft 表示，一旦活动被证明是正当的，限制很快就会解除。同时，发件方管理员应检查该地址一直在发送什么，因为被盗账户、开放中继或恶意脚本会让评估结果对其不利，最终可能导致被禁。</translation>
    </message>
    <message>
        <source>Traffic from the connecting IP address looked suspicious to Microsoft&apos;s filters, for example a sudden burst.</source>
        <comment>X.7.850|causes</comment>
        <translation>来自该连接 IP 地址的流量在 Microsoft 的过滤器看来可疑，例如突然的集中发送。</translation>
    </message>
    <message>
        <source>The address is shared with other senders, such as a hosting provider or relay service, whose mail triggered the evaluation.</source>
        <comment>X.7.850|causes</comment>
        <translation>该地址与其他发件人共享，例如托管服务商或中继服务，这些发件人的邮件触发了评估。</translation>
    </message>
    <message>
        <source>A compromised account or host on the sender&apos;s network is sending spam from that address.</source>
        <comment>X.7.850|causes</comment>
        <translation>发件方网络中被盗的账户或被入侵的主机正从该地址发送垃圾邮件。</translation>
    </message>
    <message>
        <source>List the deferrals for Microsoft-hosted recipients to see which sending address is affected and since when.</source>
        <comment>X.7.850|checks.step</comment>
        <translation>列出发往 Microsoft 托管收件人的延迟记录，查看哪个发送地址受到影响以及从何时开始。</translation>
    </message>
    <message>
        <source>Rank the envelope senders by volume to spot an account mailing far more than usual.</source>
        <comment>X.7.850|checks.step</comment>
        <translation>按发送量对信封发件人排序，找出发信量远超平常的账户。</translation>
    </message>
    <message>
        <source>Check whether the sending address (here 192.0.2.1) already appears on a public blocklist, a sign of abuse from it.</source>
        <comment>X.7.850|checks.step</comment>
        <translation>检查发送地址（此处为 192.0.2.1）是否已出现在公共黑名单上，这表明该地址存在滥用。</translation>
    </message>
    <message>
        <source>Keep the message queued and retry on the normal schedule; sending faster will not end the evaluation sooner.</source>
        <comment>X.7.850|retry</comment>
        <translation>将邮件保留在队列中，按正常计划重试；加快发送并不会让评估更早结束。</translation>
    </message>
    <message>
        <source>Connections will not be accepted because the IP is in Spamhaus&apos;s list</source>
        <comment>BL21|title</comment>
        <translation>由于该 IP 在 Spamhaus 的名单上，连接将不被接受</translation>
    </message>
    <message>
        <source>Yahoo Spamhaus block</source>
        <comment>BL21|keywords</comment>
        <translation>Yahoo Spamhaus封锁</translation>
    </message>
    <message>
        <source>Spamhaus listing</source>
        <comment>BL21|keywords</comment>
        <translation>Spamhaus列入</translation>
    </message>
    <message>
        <source>blacklist</source>
        <comment>BL21|keywords</comment>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>RBL</source>
        <comment>BL21|keywords</comment>
        <translation>RBL</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag, outside the IANA registry: Yahoo refuses the connection because the sending IP address is listed by Spamhaus. Yahoo&apos;s error page names a Spamhaus listing as one reason for permanent errors and sends senders to Spamhaus to resolve it.</source>
        <comment>BL21|summary</comment>
        <translation>Yahoo 的自有标记，不在 IANA 注册表中：由于发送 IP 地址被 Spamhaus 列入名单，Yahoo 拒绝了连接。Yahoo 的错误页面把被 Spamhaus 列入列为永久性错误的原因之一，并让发件人去 Spamhaus 解决。</translation>
    </message>
    <message>
        <source>Early in the session, in reply to MAIL FROM, from Yahoo and AOL MX hosts; every message from the address fails. The reply names Spamhaus but not which of its lists holds the address.</source>
        <comment>BL21|whenSeen</comment>
        <translation>出现在会话早期，作为 Yahoo 和 AOL 的 MX 主机对 MAIL FROM 的应答；来自该地址的每封邮件都会失败。响应中提到了 Spamhaus，但没有说明是其哪一份名单收录了该地址。</translation>
    </message>
    <message>
        <source>The owner of the IP address looks it up on Spamhaus&apos;s lookup page (check.spamhaus.org), fixes what the listing describes (an infected host, a spam source, or a dynamic range that should send through a relay) and requests removal there. Yahoo accepts mail again once the listing is gone.</source>
        <comment>BL21|howToFix</comment>
        <translation>由 IP 地址的所有者在 Spamhaus 的查询页面（check.spamhaus.org）上查询该地址，解决列入记录所描述的问题（受感染的主机、垃圾邮件来源，或本应通过中继发信的动态地址段），并在那里申请移除。列入记录消失后，Yahoo 会重新接收邮件。</translation>
    </message>
    <message>
        <source>The IP address is on a Spamhaus list because spam was sent from it.</source>
        <comment>BL21|causes</comment>
        <translation>该 IP 地址因曾发送垃圾邮件而在 Spamhaus 的名单上。</translation>
    </message>
    <message>
        <source>A machine behind the address is infected or runs an open proxy.</source>
        <comment>BL21|causes</comment>
        <translation>该地址背后的某台机器受到感染或运行着开放代理。</translation>
    </message>
    <message>
        <source>The address belongs to a residential or dynamic range that Spamhaus lists as not meant to send mail directly.</source>
        <comment>BL21|causes</comment>
        <translation>该地址属于住宅或动态地址段，Spamhaus 将其列为不应直接发送邮件的地址。</translation>
    </message>
    <message>
        <source>Query Spamhaus&apos;s combined zone for the sending address, with its octets reversed; any answer means it is listed.</source>
        <comment>BL21|checks.step</comment>
        <translation>将发送地址的各段倒序后在 Spamhaus 的综合区域中查询；有任何应答即表示已被列入。</translation>
    </message>
    <message>
        <source>Open check.spamhaus.org with the address to read which list holds it, why, and how to request removal.</source>
        <comment>BL21|checks.step</comment>
        <translation>在 check.spamhaus.org 上查询该地址，了解它在哪份名单上、原因以及如何申请移除。</translation>
    </message>
    <message>
        <source>Do not retry until the address is off the Spamhaus list; then resend.</source>
        <comment>BL21|retry</comment>
        <translation>在该地址从 Spamhaus 名单中移除之前不要重试；移除后再重新发送。</translation>
    </message>
    <message>
        <source>Connections not accepted from IP addresses on Spamhaus XBL</source>
        <comment>BL23|title</comment>
        <translation>不接受来自 Spamhaus XBL 所列 IP 地址的连接</translation>
    </message>
    <message>
        <source>Spamhaus XBL</source>
        <comment>BL23|keywords</comment>
        <translation>Spamhaus XBL</translation>
    </message>
    <message>
        <source>Exploits Block List</source>
        <comment>BL23|keywords</comment>
        <translation>漏洞利用黑名单</translation>
    </message>
    <message>
        <source>infected host</source>
        <comment>BL23|keywords</comment>
        <translation>受感染主机</translation>
    </message>
    <message>
        <source>blacklist</source>
        <comment>BL23|keywords</comment>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag, not in the IANA registry: the sending IP address is on the Spamhaus Exploits Block List (XBL), which lists hosts that are infected, hijacked or run open proxies, and Yahoo refuses mail from it.</source>
        <comment>BL23|summary</comment>
        <translation>Yahoo 的自有标记，不在 IANA 注册表中：发送 IP 地址在 Spamhaus Exploits Block List（XBL，漏洞利用黑名单）上，该名单收录受感染、被劫持或运行开放代理的主机，因此 Yahoo 拒收来自它的邮件。</translation>
    </message>
    <message>
        <source>In a permanent reply at the start of the session from Yahoo&apos;s MX hosts. Networks behind one NAT address see it when any single device on them is infected, even if the mail server itself is clean.</source>
        <comment>BL23|whenSeen</comment>
        <translation>在会话开始时以永久性应答的形式由 Yahoo 的 MX 主机发出。对于共用一个 NAT 地址的网络，只要其中任何一台设备受到感染，即使邮件服务器本身是干净的，也会遇到此应答。</translation>
    </message>
    <message>
        <source>The owner of the IP address finds and cleans the compromised machine or device behind it, then removes the address through Spamhaus&apos;s lookup page. Moving the mail to another address without cleaning up only moves the listing along with it.</source>
        <comment>BL23|howToFix</comment>
        <translation>由 IP 地址的所有者找出并清理其背后被入侵的机器或设备，然后通过 Spamhaus 的查询页面移除该地址。不清理就把邮件迁到另一个地址，只会让列入记录跟着迁移。</translation>
    </message>
    <message>
        <source>Malware on a computer or device that shares the sending IP address.</source>
        <comment>BL23|causes</comment>
        <translation>与发送 IP 地址共用的计算机或设备上有恶意软件。</translation>
    </message>
    <message>
        <source>An open proxy or hijacked service on the network.</source>
        <comment>BL23|causes</comment>
        <translation>网络中有开放代理或被劫持的服务。</translation>
    </message>
    <message>
        <source>A compromised mail server or web application behind the address.</source>
        <comment>BL23|causes</comment>
        <translation>该地址背后有被入侵的邮件服务器或 Web 应用程序。</translation>
    </message>
    <message>
        <source>Confirm the listing in Spamhaus&apos;s combined zone; an answer in 127.0.0.4 to 127.0.0.7 comes from the exploits list.</source>
        <comment>BL23|checks.step</comment>
        <translation>在 Spamhaus 的综合区域中确认列入情况；127.0.0.4 至 127.0.0.7 的应答来自漏洞利用名单。</translation>
    </message>
    <message>
        <source>Look for unexpected outbound connections to port 25 from machines on the network, a sign of malware sending spam.</source>
        <comment>BL23|checks.step</comment>
        <translation>查找网络中的机器向 25 端口发起的意外出站连接，这是恶意软件在发送垃圾邮件的迹象。</translation>
    </message>
    <message>
        <source>Do not retry from the listed address; resend once it has been cleaned and delisted.</source>
        <comment>BL23|retry</comment>
        <translation>不要从被列入的地址重试；清理并除名之后再重新发送。</translation>
    </message>
    <message>
        <source>Message rejected due to local policy</source>
        <comment>CS01|title</comment>
        <translation>因本地策略而拒收邮件</translation>
    </message>
    <message>
        <source>iCloud rejection</source>
        <comment>CS01|keywords</comment>
        <translation>iCloud拒收</translation>
    </message>
    <message>
        <source>me.com bounce</source>
        <comment>CS01|keywords</comment>
        <translation>me.com退信</translation>
    </message>
    <message>
        <source>mac.com bounce</source>
        <comment>CS01|keywords</comment>
        <translation>mac.com退信</translation>
    </message>
    <message>
        <source>local policy</source>
        <comment>CS01|keywords</comment>
        <translation>本地策略</translation>
    </message>
    <message>
        <source>Apple&apos;s own tag for iCloud Mail (icloud.com, me.com, mac.com and custom domains hosted there), not an IANA code: Apple&apos;s filters refused the message under the service&apos;s local policy. Apple does not document the tag; in practice it marks a spam verdict based on content, reputation or authentication.</source>
        <comment>CS01|summary</comment>
        <translation>Apple 为 iCloud Mail（icloud.com、me.com、mac.com 以及在此托管的自定义域）使用的自有标记，并非 IANA 代码：Apple 的过滤器根据该服务的本地策略拒收了邮件。Apple 没有为此标记提供文档；实际上它表示基于内容、信誉或认证的垃圾邮件判定。</translation>
    </message>
    <message>
        <source>After the message data, from iCloud Mail&apos;s MX hosts. The recipient&apos;s domain need not look like Apple&apos;s, since custom domains hosted by iCloud Mail return it too; it often hits only part of a mailing while the rest is delivered.</source>
        <comment>CS01|whenSeen</comment>
        <translation>在邮件数据之后由 iCloud Mail 的 MX 主机发出。收件人的域不一定看起来像 Apple 的域，因为 iCloud Mail 托管的自定义域也会返回此标记；它常常只影响一次群发中的一部分，其余邮件照常投递。</translation>
    </message>
    <message>
        <source>The sender checks the mail against Apple&apos;s requirements for bulk senders: SPF and DKIM passing for the From: domain, a published DMARC policy, reverse DNS for the sending addresses, consistent sending identities and consent-based lists. If a legitimate stream is still refused, mail icloudadmin@apple.com with the company name, the domain, the sending IP addresses, the SMTP errors and a description of the problem, as Apple&apos;s postmaster page asks.</source>
        <comment>CS01|howToFix</comment>
        <translation>发件人对照 Apple 对批量发件人的要求检查邮件：From: 域的 SPF 和 DKIM 通过、发布了 DMARC 策略、发送地址有反向 DNS、发件身份保持一致，以及使用基于许可的列表。如果正当的邮件流仍被拒收，请按 Apple postmaster 页面的要求，发邮件到 icloudadmin@apple.com，写明公司名称、域、发送 IP 地址、SMTP 错误和问题描述。</translation>
    </message>
    <message>
        <source>Content or links that Apple&apos;s spam filters score as spam.</source>
        <comment>CS01|causes</comment>
        <translation>内容或链接被 Apple 的垃圾邮件过滤器评为垃圾邮件。</translation>
    </message>
    <message>
        <source>A poor reputation of the sending IP address or domain.</source>
        <comment>CS01|causes</comment>
        <translation>发送 IP 地址或域的信誉较差。</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC not passing for the From: domain.</source>
        <comment>CS01|causes</comment>
        <translation>From: 域未通过 SPF、DKIM 或 DMARC。</translation>
    </message>
    <message>
        <source>Headers that do not follow the Internet message format, such as a malformed Message-ID.</source>
        <comment>CS01|causes</comment>
        <translation>邮件头不符合互联网邮件格式，例如 Message-ID 格式错误。</translation>
    </message>
    <message>
        <source>Check that the sending IP address has reverse DNS, which Apple requires of bulk senders.</source>
        <comment>CS01|checks.step</comment>
        <translation>检查发送 IP 地址是否有反向 DNS，Apple 要求批量发件人具备这一点。</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control and confirm that SPF, DKIM and DMARC pass in Authentication-Results.</source>
        <comment>CS01|checks.step</comment>
        <translation>向您控制的邮箱发送一封测试邮件，确认 Authentication-Results 中 SPF、DKIM 和 DMARC 均为通过。</translation>
    </message>
    <message>
        <source>Check the sending IP address against Spamhaus; a listing makes an Apple rejection more likely.</source>
        <comment>CS01|checks.step</comment>
        <translation>在 Spamhaus 中查询发送 IP 地址；如果被列入，被 Apple 拒收的可能性会更大。</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged; fix the cause or ask Apple&apos;s postmaster team first.</source>
        <comment>CS01|retry</comment>
        <translation>不要原样重试同一封邮件；先解决原因，或咨询 Apple 的 postmaster 团队。</translation>
    </message>
    <message>
        <source>Message refused under iCloud Mail&apos;s local policy</source>
        <comment>HM08|title</comment>
        <translation>因 iCloud Mail 的本地策略而拒收邮件</translation>
    </message>
    <message>
        <source>iCloud outage</source>
        <comment>HM08|keywords</comment>
        <translation>iCloud故障</translation>
    </message>
    <message>
        <source>iCloud rejection</source>
        <comment>HM08|keywords</comment>
        <translation>iCloud拒收</translation>
    </message>
    <message>
        <source>local policy</source>
        <comment>HM08|keywords</comment>
        <translation>本地策略</translation>
    </message>
    <message>
        <source>Apple&apos;s own iCloud Mail tag, outside the IANA registry, sent with the same local-policy wording as Apple&apos;s other rejection tags. Apple documents none of them, so what sets this one apart is not public. In one reported incident iCloud Mail refused all incoming mail with it during a fault on Apple&apos;s side.</source>
        <comment>HM08|summary</comment>
        <translation>Apple 的 iCloud Mail 自有标记，不在 IANA 注册表中，与 Apple 其他拒收标记使用相同的本地策略措辞。Apple 对这些标记都没有提供文档，因此此标记与其他标记的区别并不公开。在一次已报告的事件中，iCloud Mail 在 Apple 一方出现故障期间用它拒收了所有入站邮件。</translation>
    </message>
    <message>
        <source>After the message data, from iCloud Mail&apos;s MX hosts, in a permanent reply. It has been reported for individual senders and, at least once, for every sender at the same time while Apple&apos;s spam filtering misbehaved.</source>
        <comment>HM08|whenSeen</comment>
        <translation>在邮件数据之后由 iCloud Mail 的 MX 主机以永久性应答的形式发出。既有个别发件人遇到的报告，也至少有一次在 Apple 的垃圾邮件过滤出现异常期间同时影响了所有发件人。</translation>
    </message>
    <message>
        <source>First find out whose problem it is: if unrelated senders&apos; mail to iCloud addresses bounces the same way at the same time, the fault is Apple&apos;s and only waiting helps; resend afterwards, since a refused message is not retried by the sending server. Otherwise work through authentication, reputation and content as for Apple&apos;s other policy refusals, and write to icloudadmin@apple.com with logs if legitimate mail keeps failing.</source>
        <comment>HM08|howToFix</comment>
        <translation>首先弄清是谁的问题：如果不相关的发件人发往 iCloud 地址的邮件同时以同样的方式被退信，那就是 Apple 的故障，只能等待；故障结束后重新发送，因为被拒收的邮件不会由发送服务器重试。否则，像处理 Apple 其他策略拒收一样，逐一检查认证、信誉和内容，如果正当邮件持续失败，请附上日志写信给 icloudadmin@apple.com。</translation>
    </message>
    <message>
        <source>Apple&apos;s filters distrusting the sending IP address, domain or content.</source>
        <comment>HM08|causes</comment>
        <translation>Apple 的过滤器不信任发送 IP 地址、域或内容。</translation>
    </message>
    <message>
        <source>A fault in iCloud Mail&apos;s filtering that rejects mail from everyone for a while.</source>
        <comment>HM08|causes</comment>
        <translation>iCloud Mail 的过滤出现故障，在一段时间内拒收所有人的邮件。</translation>
    </message>
    <message>
        <source>Check whether mail from other senders to iCloud addresses is failing at the same moment, for example by sending from a large webmail account.</source>
        <comment>HM08|checks.step</comment>
        <translation>检查其他发件人发往 iCloud 地址的邮件是否也在同一时刻失败，例如从一个大型网页邮箱账户发信测试。</translation>
    </message>
    <message>
        <source>Find all iCloud rejections in the log to see whether they started suddenly for every message.</source>
        <comment>HM08|checks.step</comment>
        <translation>在日志中找出所有 iCloud 拒收记录，看它们是否对每封邮件都突然开始出现。</translation>
    </message>
    <message>
        <source>Confirm that the sending address has matching forward and reverse DNS.</source>
        <comment>HM08|checks.step</comment>
        <translation>确认发送地址的正向和反向 DNS 相互匹配。</translation>
    </message>
    <message>
        <source>A sending server bounces it at once. If Apple had an outage, resend the bounced messages by hand after it ends.</source>
        <comment>HM08|retry</comment>
        <translation>发送服务器会立即将其退信。如果 Apple 发生了故障，请在故障结束后手动重新发送被退回的邮件。</translation>
    </message>
    <message>
        <source>Blocked for failing both SPF and DKIM authentication checks</source>
        <comment>HME1|title</comment>
        <translation>因 SPF 和 DKIM 认证检查均未通过而被封锁</translation>
    </message>
    <message>
        <source>iCloud SPF DKIM</source>
        <comment>HME1|keywords</comment>
        <translation>iCloud SPF DKIM</translation>
    </message>
    <message>
        <source>unauthenticated mail</source>
        <comment>HME1|keywords</comment>
        <translation>未认证邮件</translation>
    </message>
    <message>
        <source>iCloud authentication</source>
        <comment>HME1|keywords</comment>
        <translation>iCloud认证</translation>
    </message>
    <message>
        <source>Apple&apos;s own iCloud Mail tag, not in the IANA registry: the message passed neither SPF nor DKIM, so Apple refused it. Apple&apos;s postmaster page asks every bulk sender to authenticate with SPF and DKIM and to publish a DMARC policy.</source>
        <comment>HME1|summary</comment>
        <translation>Apple 的 iCloud Mail 自有标记，不在 IANA 注册表中：邮件既未通过 SPF 也未通过 DKIM，因此 Apple 拒收了它。Apple 的 postmaster 页面要求每个批量发件人都使用 SPF 和 DKIM 进行认证，并发布 DMARC 策略。</translation>
    </message>
    <message>
        <source>After the message data, from iCloud Mail&apos;s MX hosts, for mail without a valid DKIM signature that also comes from a server the envelope domain&apos;s SPF record does not authorise. Forwarded mail whose signature broke on the way, without ARC headers, is a typical case.</source>
        <comment>HME1|whenSeen</comment>
        <translation>在邮件数据之后由 iCloud Mail 的 MX 主机发出，针对没有有效 DKIM 签名、且来自信封域 SPF 记录未授权的服务器的邮件。签名在途中被破坏、又没有 ARC 头的转发邮件是典型情况。</translation>
    </message>
    <message>
        <source>The sender&apos;s administrator publishes or corrects SPF for the envelope domain and turns on DKIM signing for the From: domain. One passing check gets past this tag, but Apple&apos;s bulk-mail rules ask for both and for a DMARC policy. Servers that forward to iCloud addresses should add ARC headers, as Apple requests.</source>
        <comment>HME1|howToFix</comment>
        <translation>由发件方管理员为信封域发布或修正 SPF，并为 From: 域开启 DKIM 签名。只要通过其中一项检查即可越过此标记，但 Apple 的批量邮件规则要求两者都通过并发布 DMARC 策略。向 iCloud 地址转发邮件的服务器应按 Apple 的要求添加 ARC 头。</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway or footer after signing.</source>
        <comment>HME1|causes</comment>
        <translation>没有 DKIM 签名，或签名在签署后被网关或页脚破坏。</translation>
    </message>
    <message>
        <source>An SPF record that does not list the server that sent the message, or no SPF record at all.</source>
        <comment>HME1|causes</comment>
        <translation>SPF 记录没有列出发送该邮件的服务器，或者根本没有 SPF 记录。</translation>
    </message>
    <message>
        <source>Forwarding that changed the envelope sender and the body without adding ARC headers.</source>
        <comment>HME1|causes</comment>
        <translation>转发更改了信封发件人和正文，却没有添加 ARC 头。</translation>
    </message>
    <message>
        <source>Check that the envelope domain&apos;s SPF record covers the sending server&apos;s address.</source>
        <comment>HME1|checks.step</comment>
        <translation>检查信封域的 SPF 记录是否覆盖了发送服务器的地址。</translation>
    </message>
    <message>
        <source>Check that the DKIM selector named in the message&apos;s signature has a published key.</source>
        <comment>HME1|checks.step</comment>
        <translation>检查邮件签名中指定的 DKIM 选择器是否有已发布的密钥。</translation>
    </message>
    <message>
        <source>Do not retry until SPF or DKIM passes; then resend.</source>
        <comment>HME1|retry</comment>
        <translation>在 SPF 或 DKIM 通过之前不要重试；通过之后再重新发送。</translation>
    </message>
    <message>
        <source>Email not accepted for policy reasons</source>
        <comment>PH01|title</comment>
        <translation>由于策略原因不接受该邮件</translation>
    </message>
    <message>
        <source>Yahoo content block</source>
        <comment>PH01|keywords</comment>
        <translation>Yahoo内容拦截</translation>
    </message>
    <message>
        <source>phishing block</source>
        <comment>PH01|keywords</comment>
        <translation>钓鱼拦截</translation>
    </message>
    <message>
        <source>Message not allowed</source>
        <comment>PH01|keywords</comment>
        <translation>Message not allowed</translation>
    </message>
    <message>
        <source>policy reasons</source>
        <comment>PH01|keywords</comment>
        <translation>策略原因</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag, outside the IANA registry: Yahoo refused the message itself because something in its content breaks Yahoo&apos;s policy, such as phishing, malware, ransomware or links to any of these. Yahoo&apos;s error page groups such tags as content-based blocks.</source>
        <comment>PH01|summary</comment>
        <translation>Yahoo 的自有标记，不在 IANA 注册表中：Yahoo 拒收了邮件本身，因为其内容中有违反 Yahoo 策略的东西，例如钓鱼、恶意软件、勒索软件或指向这些内容的链接。Yahoo 的错误页面把这类标记归为基于内容的拦截。</translation>
    </message>
    <message>
        <source>After the message data, once Yahoo has scanned the message; the reply carries no enhanced code. Because the verdict is about content, other mail from the same server may still be accepted, and a single campaign with a bad link can be refused while the rest goes through.</source>
        <comment>PH01|whenSeen</comment>
        <translation>在邮件数据之后、Yahoo 扫描完邮件时发出；响应不带增强代码。由于判定针对的是内容，来自同一服务器的其他邮件仍可能被接收，某一次带有不良链接的营销活动可能被拒，而其余邮件照常通过。</translation>
    </message>
    <message>
        <source>The sender reviews every link, image host and attachment in the refused message, removes or replaces anything that points at a compromised or flagged site (tracking and redirect domains included), and checks the outbound queue for malicious mail. If the content is clean, ask Yahoo for a review through the sender support form in Yahoo Sender Hub.</source>
        <comment>PH01|howToFix</comment>
        <translation>发件人检查被拒邮件中的每个链接、图片托管地址和附件，删除或替换任何指向被入侵或被标记网站的内容（包括跟踪和重定向域），并检查出站队列中是否有恶意邮件。如果内容是干净的，请通过 Yahoo Sender Hub 中的发件人支持表单请求 Yahoo 复查。</translation>
    </message>
    <message>
        <source>A link or image URL pointing at a domain with a phishing or malware reputation.</source>
        <comment>PH01|causes</comment>
        <translation>某个链接或图片 URL 指向具有钓鱼或恶意软件信誉的域。</translation>
    </message>
    <message>
        <source>Content that resembles a phishing attempt, such as a request to confirm a password.</source>
        <comment>PH01|causes</comment>
        <translation>内容类似钓鱼企图，例如要求确认密码。</translation>
    </message>
    <message>
        <source>An attachment carrying a virus or other malicious software.</source>
        <comment>PH01|causes</comment>
        <translation>附件携带病毒或其他恶意软件。</translation>
    </message>
    <message>
        <source>A hijacked account sending phishing through the server.</source>
        <comment>PH01|causes</comment>
        <translation>被劫持的账户正通过该服务器发送钓鱼邮件。</translation>
    </message>
    <message>
        <source>List every URL in the refused message to review its domains one by one.</source>
        <comment>PH01|checks.step</comment>
        <translation>列出被拒邮件中的每个 URL，逐一检查其域。</translation>
    </message>
    <message>
        <source>Check each linked domain against the Spamhaus Domain Block List; any answer means it is listed.</source>
        <comment>PH01|checks.step</comment>
        <translation>在 Spamhaus Domain Block List（DBL，域名黑名单）中查询每个链接的域；有任何应答即表示已被列入。</translation>
    </message>
    <message>
        <source>Do not resend the same content; change or clean it first.</source>
        <comment>PH01|retry</comment>
        <translation>不要重新发送相同的内容；先修改或清理内容。</translation>
    </message>
    <message>
        <source>Messages temporarily deferred due to user complaints</source>
        <comment>TS01|title</comment>
        <translation>由于用户投诉，邮件被暂时延迟</translation>
    </message>
    <message>
        <source>Yahoo user complaints</source>
        <comment>TS01|keywords</comment>
        <translation>Yahoo用户投诉</translation>
    </message>
    <message>
        <source>Yahoo deferral</source>
        <comment>TS01|keywords</comment>
        <translation>Yahoo延迟</translation>
    </message>
    <message>
        <source>An older Yahoo tag, not an IANA code: Yahoo deferred mail from the connecting IP address because it saw unusual traffic from it or complaints from Yahoo Mail users about its mail. Yahoo&apos;s help article describes the condition as temporary.</source>
        <comment>TS01|summary</comment>
        <translation>Yahoo 的旧标记，并非 IANA 代码：由于发现来自连接 IP 地址的异常流量，或 Yahoo Mail 用户投诉了其邮件，Yahoo 延迟了来自该地址的邮件。Yahoo 的帮助文章将这种情况描述为暂时的。</translation>
    </message>
    <message>
        <source>In temporary replies at connection or to MAIL FROM from Yahoo&apos;s MX hosts. It is an older tag, found mostly in older logs and mailing-list archives; mailing-list servers with many Yahoo subscribers were a frequent victim.</source>
        <comment>TS01|whenSeen</comment>
        <translation>在连接时或对 MAIL FROM 的暂时性应答中由 Yahoo 的 MX 主机发出。这是一个旧标记，主要见于较旧的日志和邮件列表存档中；拥有大量 Yahoo 订阅者的邮件列表服务器曾经经常中招。</translation>
    </message>
    <message>
        <source>Wait before retrying: Yahoo&apos;s help article asks senders to try again about four hours after the error. Meanwhile the sender&apos;s administrator finds what draws complaints (list sources, content, spam forwarded to Yahoo users) and, if the error lasts more than 48 hours, reviews the outgoing mail and contacts Yahoo&apos;s sender support.</source>
        <comment>TS01|howToFix</comment>
        <translation>重试前先等待：Yahoo 的帮助文章要求发件人在出错约四小时后再试。同时，发件方管理员找出招致投诉的原因（列表来源、内容、转发给 Yahoo 用户的垃圾邮件），如果错误持续超过 48 小时，则审查出站邮件并联系 Yahoo 的发件人支持。</translation>
    </message>
    <message>
        <source>Yahoo Mail users reporting the messages as spam.</source>
        <comment>TS01|causes</comment>
        <translation>Yahoo Mail 用户把这些邮件举报为垃圾邮件。</translation>
    </message>
    <message>
        <source>Traffic from the IP address that Yahoo finds unusual.</source>
        <comment>TS01|causes</comment>
        <translation>来自该 IP 地址的流量被 Yahoo 认为异常。</translation>
    </message>
    <message>
        <source>Messages sent to people who never subscribed.</source>
        <comment>TS01|causes</comment>
        <translation>邮件发给了从未订阅的人。</translation>
    </message>
    <message>
        <source>Find out when the deferrals started and whether they coincide with a particular mailing.</source>
        <comment>TS01|checks.step</comment>
        <translation>查明延迟从何时开始，以及是否与某次群发的时间吻合。</translation>
    </message>
    <message>
        <source>Check that the mailing list honours unsubscribe requests and removes bouncing addresses.</source>
        <comment>TS01|checks.step</comment>
        <translation>检查邮件列表是否遵从退订请求，并删除会退信的地址。</translation>
    </message>
    <message>
        <source>Retry, but slowly: leave hours rather than minutes between attempts.</source>
        <comment>TS01|retry</comment>
        <translation>重试，但要放慢：两次尝试之间间隔数小时，而不是数分钟。</translation>
    </message>
    <message>
        <source>Messages temporarily deferred</source>
        <comment>TS02|title</comment>
        <translation>邮件被暂时延迟</translation>
    </message>
    <message>
        <source>Yahoo deferred</source>
        <comment>TS02|keywords</comment>
        <translation>Yahoo延迟</translation>
    </message>
    <message>
        <source>shared IP reputation</source>
        <comment>TS02|keywords</comment>
        <translation>共享IP信誉</translation>
    </message>
    <message>
        <source>An older Yahoo tag outside the IANA registry: Yahoo deferred mail because of unusual traffic from the sending IP address. Yahoo&apos;s help article points out that the cause can lie outside the sender&apos;s control, such as other domains&apos; mail on a shared address.</source>
        <comment>TS02|summary</comment>
        <translation>Yahoo 的旧标记，不在 IANA 注册表中：由于来自发送 IP 地址的异常流量，Yahoo 延迟了邮件。Yahoo 的帮助文章指出，原因可能不在发件人的控制范围内，例如共享地址上其他域的邮件。</translation>
    </message>
    <message>
        <source>In temporary replies from Yahoo&apos;s MX hosts, usually with a numeric diagnostic after the text. Senders on shared hosting or on a provider&apos;s shared outbound addresses meet it even when their own mail is clean.</source>
        <comment>TS02|whenSeen</comment>
        <translation>出现在 Yahoo MX 主机的暂时性应答中，文本之后通常带有一个数字诊断码。使用共享主机或服务商共享出站地址的发件人，即使自己的邮件是干净的也会遇到它。</translation>
    </message>
    <message>
        <source>If the IP address is shared, ask the hosting or sending provider for a dedicated one. Keep DKIM and DMARC in order and watch the reputation of the IP address, the domain and the URLs in the mail. Yahoo reviews addresses submitted through its sender support and may adjust their reputation, though that does not guarantee inbox placement.</source>
        <comment>TS02|howToFix</comment>
        <translation>如果该 IP 地址是共享的，请向托管服务商或发送服务商申请独享地址。保持 DKIM 和 DMARC 设置正确，并关注 IP 地址、域以及邮件中 URL 的信誉。Yahoo 会审查通过其发件人支持提交的地址，并可能调整其信誉，但这并不保证邮件进入收件箱。</translation>
    </message>
    <message>
        <source>Other senders on the same shared IP address harming its reputation.</source>
        <comment>TS02|causes</comment>
        <translation>同一共享 IP 地址上的其他发件人损害了它的信誉。</translation>
    </message>
    <message>
        <source>Users marking the mail as spam, which lowers the sender&apos;s reputation even when it was good.</source>
        <comment>TS02|causes</comment>
        <translation>用户把邮件标记为垃圾邮件，即使发件人原本信誉良好，也会因此降低。</translation>
    </message>
    <message>
        <source>A poor reputation of the domain or of URLs in the mail.</source>
        <comment>TS02|causes</comment>
        <translation>域或邮件中 URL 的信誉较差。</translation>
    </message>
    <message>
        <source>Ask the hosting or sending provider whether the IP address named in the reply is shared with other customers.</source>
        <comment>TS02|checks.step</comment>
        <translation>询问托管服务商或发送服务商，响应中写明的 IP 地址是否与其他客户共享。</translation>
    </message>
    <message>
        <source>Confirm that outgoing mail carries a valid DKIM signature and that the domain publishes DMARC.</source>
        <comment>TS02|checks.step</comment>
        <translation>确认出站邮件带有有效的 DKIM 签名，并且该域发布了 DMARC。</translation>
    </message>
    <message>
        <source>Keep the mail queued and retry at long intervals; deliveries resume as the address&apos;s standing recovers.</source>
        <comment>TS02|retry</comment>
        <translation>把邮件保留在队列中，以较长的间隔重试；随着该地址的状况恢复，投递会恢复。</translation>
    </message>
    <message>
        <source>All messages from this IP address permanently deferred</source>
        <comment>TS03|title</comment>
        <translation>来自此 IP 地址的所有邮件被永久延迟</translation>
    </message>
    <message>
        <source>Yahoo permanently deferred</source>
        <comment>TS03|keywords</comment>
        <translation>Yahoo永久延迟</translation>
    </message>
    <message>
        <source>unsolicited bulk mail</source>
        <comment>TS03|keywords</comment>
        <translation>未经请求的批量邮件</translation>
    </message>
    <message>
        <source>An older Yahoo tag, not in the IANA registry: Yahoo saw a high volume of mail from the IP address that looked like unsolicited bulk mail and stopped taking it. The reply calls the deferral permanent although its basic code is a temporary one.</source>
        <comment>TS03|summary</comment>
        <translation>Yahoo 的旧标记，不在 IANA 注册表中：Yahoo 发现来自该 IP 地址的大量邮件看起来像未经请求的批量邮件，于是停止接收。响应称这次延迟是永久的，尽管其基本代码是暂时性的。</translation>
    </message>
    <message>
        <source>At connection or in reply to MAIL FROM from Yahoo&apos;s MX hosts. Because the basic code is temporary, the sending server keeps retrying, and the messages bounce only when their time in the queue runs out, often days later.</source>
        <comment>TS03|whenSeen</comment>
        <translation>在连接时或作为对 MAIL FROM 的应答由 Yahoo 的 MX 主机发出。由于基本代码是暂时性的，发送服务器会不断重试，直到邮件在队列中的时间用尽才退信，往往是几天之后。</translation>
    </message>
    <message>
        <source>Stop resending to Yahoo from that address until the list practices are fixed: Yahoo asks that mail go only to people who requested it and, if the error lasts beyond 48 hours, that the administrator review outgoing content and practices. Then contact Yahoo&apos;s sender support.</source>
        <comment>TS03|howToFix</comment>
        <translation>在列表做法改正之前，停止从该地址向 Yahoo 重新发送：Yahoo 要求只给主动索取邮件的人发信，并且如果错误持续超过 48 小时，由管理员审查出站内容和做法。然后联系 Yahoo 的发件人支持。</translation>
    </message>
    <message>
        <source>A high volume of mail from the IP address with the traits of unsolicited bulk mail.</source>
        <comment>TS03|causes</comment>
        <translation>来自该 IP 地址的大量邮件具有未经请求的批量邮件的特征。</translation>
    </message>
    <message>
        <source>Lists that include people who never asked for the mail.</source>
        <comment>TS03|causes</comment>
        <translation>列表中包含从未索取过这些邮件的人。</translation>
    </message>
    <message>
        <source>A compromised server sending spam in bulk.</source>
        <comment>TS03|causes</comment>
        <translation>被入侵的服务器在批量发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Check how long the affected messages have been in the queue and how many are waiting for Yahoo domains.</source>
        <comment>TS03|checks.step</comment>
        <translation>检查受影响的邮件已在队列中停留多久，以及有多少封在等待发往 Yahoo 的域。</translation>
    </message>
    <message>
        <source>Review where the recipient addresses of the last large mailing came from.</source>
        <comment>TS03|checks.step</comment>
        <translation>审查最近一次大规模群发的收件人地址来自何处。</translation>
    </message>
    <message>
        <source>Treat it as permanent despite the temporary reply code: retries will not succeed, so remove the messages from the queue or hold them until Yahoo lifts the block.</source>
        <comment>TS03|retry</comment>
        <translation>尽管响应代码是暂时性的，也要把它当作永久性的处理：重试不会成功，因此请把这些邮件从队列中删除，或保留到 Yahoo 解除封锁为止。</translation>
    </message>
    <message>
        <source>Messages temporarily deferred due to unexpected volume or user complaints</source>
        <comment>TSS04|title</comment>
        <translation>由于意外的发送量或用户投诉，邮件被暂时延迟</translation>
    </message>
    <message>
        <source>Yahoo deferral</source>
        <comment>TSS04|keywords</comment>
        <translation>Yahoo延迟</translation>
    </message>
    <message>
        <source>AOL deferral</source>
        <comment>TSS04|keywords</comment>
        <translation>AOL延迟</translation>
    </message>
    <message>
        <source>complaint rate</source>
        <comment>TSS04|keywords</comment>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Yahoo throttling</source>
        <comment>TSS04|keywords</comment>
        <translation>Yahoo限流</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag, not an IANA code, sent by the servers of Yahoo Mail and AOL Mail: mail from the connecting IP address is deferred for now because Yahoo sees unusual volume from it or its recipients mark it as spam. Yahoo&apos;s error page files such replies under temporarily deferred messages.</source>
        <comment>TSS04|summary</comment>
        <translation>Yahoo 的自有标记，并非 IANA 代码，由 Yahoo Mail 和 AOL Mail 的服务器发出：由于 Yahoo 发现来自连接 IP 地址的发送量异常，或其收件人把邮件标记为垃圾邮件，来自该地址的邮件暂时被延迟。Yahoo 的错误页面把此类响应归入暂时延迟的邮件。</translation>
    </message>
    <message>
        <source>In a temporary reply to MAIL FROM from the MX hosts of yahoo.com, aol.com and the other domains Yahoo runs. Bulk senders meet it after a jump in volume, on a new IP address sending at full speed, or when a campaign draws complaints; any server whose mail Yahoo users report as spam can get it.</source>
        <comment>TSS04|whenSeen</comment>
        <translation>作为 yahoo.com、aol.com 以及 Yahoo 运营的其他域的 MX 主机对 MAIL FROM 的暂时性应答出现。批量发件人会在发送量骤增之后、新 IP 地址全速发信时，或某次营销活动招致投诉时遇到它；任何其邮件被 Yahoo 用户举报为垃圾邮件的服务器都可能遇到。</translation>
    </message>
    <message>
        <source>The sender&apos;s administrator lets the queue retry at a slower pace and works on what Yahoo names: smooth out volume spikes, warm up new IP addresses gradually, mail only people who asked for it and drop addresses that bounce. Yahoo&apos;s Complaint Feedback Loop shows which messages draw complaints. If deferrals persist for days despite clean practices, file a Sender Support Request through Yahoo Sender Hub with the full reply and the IP address.</source>
        <comment>TSS04|howToFix</comment>
        <translation>由发件方管理员让队列以较慢的节奏重试，并着手解决 Yahoo 指出的问题：平滑发送量峰值，逐步为新 IP 地址预热，只给主动索取的人发信，并删除会退信的地址。Yahoo 的 Complaint Feedback Loop 会显示哪些邮件招致投诉。如果做法规范而延迟仍持续数天，请通过 Yahoo Sender Hub 提交 Sender Support Request（发件人支持请求），附上完整的响应和 IP 地址。</translation>
    </message>
    <message>
        <source>Recipients marking the mail as spam at a rate Yahoo considers too high.</source>
        <comment>TSS04|causes</comment>
        <translation>收件人把邮件标记为垃圾邮件的比例达到 Yahoo 认为过高的水平。</translation>
    </message>
    <message>
        <source>A sudden rise in volume from the IP address, or a new address sending without warm-up.</source>
        <comment>TSS04|causes</comment>
        <translation>来自该 IP 地址的发送量突然上升，或新地址未经预热就开始发信。</translation>
    </message>
    <message>
        <source>Content or links that Yahoo&apos;s filters see as typical of spam.</source>
        <comment>TSS04|causes</comment>
        <translation>内容或链接被 Yahoo 的过滤器视为典型的垃圾邮件特征。</translation>
    </message>
    <message>
        <source>On a shared IP address, other senders&apos; mail dragging down the address&apos;s reputation.</source>
        <comment>TSS04|causes</comment>
        <translation>在共享 IP 地址上，其他发件人的邮件拉低了该地址的信誉。</translation>
    </message>
    <message>
        <source>A compromised account or web form using the server to send spam.</source>
        <comment>TSS04|causes</comment>
        <translation>被盗的账户或网页表单正利用该服务器发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Count the deferrals in the mail log to see how long they have lasted and how much mail they hold up.</source>
        <comment>TSS04|checks.step</comment>
        <translation>统计邮件日志中的延迟次数，查看它们持续了多久、积压了多少邮件。</translation>
    </message>
    <message>
        <source>Look through the outbound queue for mail you did not expect, a sign of a compromised account or form.</source>
        <comment>TSS04|checks.step</comment>
        <translation>查看出站队列中是否有意料之外的邮件，这是账户或表单被盗用的迹象。</translation>
    </message>
    <message>
        <source>In Yahoo Sender Hub, sign up for the Complaint Feedback Loop to receive the complaints behind the deferrals.</source>
        <comment>TSS04|checks.step</comment>
        <translation>在面向发件人的 Yahoo Sender Hub 中注册 Complaint Feedback Loop，接收造成延迟的投诉。</translation>
    </message>
    <message>
        <source>Retry later and space the attempts out; delivery resumes once Yahoo&apos;s view of the IP address improves, which can take hours or days.</source>
        <comment>TSS04|retry</comment>
        <translation>稍后重试，并拉开尝试间隔；一旦 Yahoo 对该 IP 地址的看法改善，投递就会恢复，这可能需要数小时或数天。</translation>
    </message>
    <message>
        <source>All messages from this IP address will be permanently deferred</source>
        <comment>TSS09|title</comment>
        <translation>来自此 IP 地址的所有邮件将被永久延迟</translation>
    </message>
    <message>
        <source>Yahoo IP block</source>
        <comment>TSS09|keywords</comment>
        <translation>Yahoo IP封锁</translation>
    </message>
    <message>
        <source>AOL IP block</source>
        <comment>TSS09|keywords</comment>
        <translation>AOL IP封锁</translation>
    </message>
    <message>
        <source>permanently deferred</source>
        <comment>TSS09|keywords</comment>
        <translation>永久延迟</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag for Yahoo Mail and AOL, outside the IANA registry: Yahoo refuses all mail from the connecting IP address and says that retrying will not succeed. The enhanced code that comes with it has a different registry meaning (mailing list expansion prohibited) that does not apply here.</source>
        <comment>TSS09|summary</comment>
        <translation>Yahoo 为 Yahoo Mail 和 AOL 使用的自有标记，不在 IANA 注册表中：Yahoo 拒收来自连接 IP 地址的所有邮件，并表示重试不会成功。随之返回的增强代码在注册表中另有含义（禁止展开邮件列表），在此并不适用。</translation>
    </message>
    <message>
        <source>Early in the session, in reply to MAIL FROM from Yahoo&apos;s MX hosts, once an IP address has a bad standing with Yahoo: heavy complaints, spam from the address, or mail to many addresses that do not exist. Every Yahoo and AOL recipient fails the same way while it lasts.</source>
        <comment>TSS09|whenSeen</comment>
        <translation>出现在会话早期，作为 Yahoo MX 主机对 MAIL FROM 的应答，发生在某个 IP 地址在 Yahoo 处信誉变差之后：大量投诉、该地址发出垃圾邮件，或向许多不存在的地址发信。在此期间，所有 Yahoo 和 AOL 收件人都会以同样的方式失败。</translation>
    </message>
    <message>
        <source>The sender&apos;s administrator stops sending to Yahoo from that address, finds and ends what damaged its reputation (compromised accounts, unsolicited lists, forwarded spam), then asks Yahoo to review the address through a Sender Support Request in Yahoo Sender Hub. Moving the traffic to another IP address helps only after the cause is gone.</source>
        <comment>TSS09|howToFix</comment>
        <translation>由发件方管理员停止从该地址向 Yahoo 发信，找出并消除损害其信誉的原因（被盗账户、未经请求的列表、转发的垃圾邮件），然后通过 Yahoo Sender Hub 中的 Sender Support Request（发件人支持请求）请 Yahoo 复查该地址。只有在原因消除之后，把流量转移到另一个 IP 地址才有帮助。</translation>
    </message>
    <message>
        <source>Sustained complaints or spam volume from the IP address.</source>
        <comment>TSS09|causes</comment>
        <translation>来自该 IP 地址的投诉或垃圾邮件量持续居高。</translation>
    </message>
    <message>
        <source>A compromised account, script or open relay on the server sending spam.</source>
        <comment>TSS09|causes</comment>
        <translation>服务器上被盗的账户、脚本或开放中继正在发送垃圾邮件。</translation>
    </message>
    <message>
        <source>Mail to large numbers of addresses that do not exist, typical of bought or stale lists.</source>
        <comment>TSS09|causes</comment>
        <translation>向大量不存在的地址发信，这是购买的或陈旧列表的典型特征。</translation>
    </message>
    <message>
        <source>Confirm that every Yahoo and AOL delivery from the address fails with this tag, not just a few recipients.</source>
        <comment>TSS09|checks.step</comment>
        <translation>确认从该地址发往 Yahoo 和 AOL 的每一次投递都以此标记失败，而不仅仅是少数收件人。</translation>
    </message>
    <message>
        <source>Check whether the IP address is also on a Spamhaus list (reverse the address&apos;s octets in the query).</source>
        <comment>TSS09|checks.step</comment>
        <translation>检查该 IP 地址是否也在 Spamhaus 名单上（查询时将地址的各段倒序）。</translation>
    </message>
    <message>
        <source>Rank the authenticated senders on the server by volume to spot a compromised mailbox.</source>
        <comment>TSS09|checks.step</comment>
        <translation>按发送量对服务器上经过认证的发件人排序，找出被盗的邮箱。</translation>
    </message>
    <message>
        <source>Never retry: the reply itself says it will not work. Hold or reroute Yahoo-bound mail from this address until Yahoo lifts the block.</source>
        <comment>TSS09|retry</comment>
        <translation>切勿重试：响应本身就说明不会成功。在 Yahoo 解除封锁之前，请暂缓或改道从该地址发往 Yahoo 的邮件。</translation>
    </message>
    <message>
        <source>Messages from this IP permanently deferred; retrying will not succeed</source>
        <comment>TSS11|title</comment>
        <translation>来自此 IP 的邮件被永久延迟；重试不会成功</translation>
    </message>
    <message>
        <source>Yahoo permanent block</source>
        <comment>TSS11|keywords</comment>
        <translation>Yahoo永久封锁</translation>
    </message>
    <message>
        <source>AOL permanent block</source>
        <comment>TSS11|keywords</comment>
        <translation>AOL永久封锁</translation>
    </message>
    <message>
        <source>permanently deferred</source>
        <comment>TSS11|keywords</comment>
        <translation>永久延迟</translation>
    </message>
    <message>
        <source>Yahoo&apos;s own tag, not in the IANA registry, worded exactly like its sibling tag for a permanent IP block: Yahoo will take no more mail from the connecting address. Yahoo does not document what sets the two tags apart, so both call for the same response.</source>
        <comment>TSS11|summary</comment>
        <translation>Yahoo 的自有标记，不在 IANA 注册表中，措辞与其表示永久 IP 封锁的姊妹标记完全相同：Yahoo 将不再接收来自该连接地址的任何邮件。Yahoo 没有记载两个标记之间的区别，因此两者需要同样的应对。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM from the MX hosts behind yahoo.com, aol.com and Yahoo&apos;s other domains, with a permanent basic code and the same enhanced code as the sibling tag. It affects every message from the address, whatever the recipient.</source>
        <comment>TSS11|whenSeen</comment>
        <translation>作为 yahoo.com、aol.com 及 Yahoo 其他域背后的 MX 主机对 MAIL FROM 的应答出现，带有永久性的基本代码，以及与姊妹标记相同的增强代码。无论收件人是谁，它都会影响来自该地址的每一封邮件。</translation>
    </message>
    <message>
        <source>Pause Yahoo and AOL delivery from the address, clean up whatever gave it a bad name (spam from hacked accounts, lists without consent, bounces from dead addresses), and then request a review from Yahoo&apos;s sender support through Yahoo Sender Hub. Changing IP addresses without that cleanup only repeats the block.</source>
        <comment>TSS11|howToFix</comment>
        <translation>暂停从该地址向 Yahoo 和 AOL 投递，清理造成其坏名声的一切（被黑账户发出的垃圾邮件、未经同意的列表、失效地址产生的退信），然后通过 Yahoo Sender Hub 请 Yahoo 的发件人支持进行复查。不做清理就更换 IP 地址，只会重复遭到封锁。</translation>
    </message>
    <message>
        <source>A long record of complaints, spam or unknown recipients from the IP address.</source>
        <comment>TSS11|causes</comment>
        <translation>来自该 IP 地址的投诉、垃圾邮件或未知收件人记录由来已久。</translation>
    </message>
    <message>
        <source>Spam sent through the server by a hacked mailbox, website or script.</source>
        <comment>TSS11|causes</comment>
        <translation>被黑的邮箱、网站或脚本通过该服务器发送了垃圾邮件。</translation>
    </message>
    <message>
        <source>Count the affected deliveries to see whether the whole address is refused.</source>
        <comment>TSS11|checks.step</comment>
        <translation>统计受影响的投递次数，查看是否整个地址都被拒绝。</translation>
    </message>
    <message>
        <source>See how many messages wait in the queue; a sudden surge points to mail the server&apos;s users did not send on purpose.</source>
        <comment>TSS11|checks.step</comment>
        <translation>查看队列中有多少邮件在等待；突然激增表明有服务器用户并非有意发送的邮件。</translation>
    </message>
    <message>
        <source>Prepare the Sender Support Request with the full reply, the IP address, the sending domain and what was fixed.</source>
        <comment>TSS11|checks.step</comment>
        <translation>准备 Sender Support Request（发件人支持请求），附上完整的响应、IP 地址、发送域以及已修复的内容。</translation>
    </message>
    <message>
        <source>Do not retry; bounce or hold the messages and reroute only after the address&apos;s problem is fixed.</source>
        <comment>TSS11|retry</comment>
        <translation>不要重试；将邮件退信或暂缓，只有在该地址的问题修复之后才改道发送。</translation>
    </message>
</context>
</TS>
