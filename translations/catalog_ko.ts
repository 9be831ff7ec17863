<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>연결을 열 수 없음</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>smtp 서버 연결 안 됨</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>소켓 오류 10051</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>101을 SMTP 응답으로 정의한 RFC는 없습니다. SMTP 서버는 2, 3, 4, 5로 시작하는 코드만 보낼 수 있으며, SMTP에는 1xx 클래스가 아예 없습니다. 사람들이 보는 이 숫자는 거의 항상 운영 체제의 오류 번호로, 대개 Linux errno 101, 즉 ENETUNREACH(Network is unreachable)입니다. TCP 연결조차 열지 못한 클라이언트나 라이브러리가 표시한 것입니다. 같은 종류의 실패에 대해 메일 서버가 로그에 남기는 421이나 확장 코드 4.4.1과 흔히 혼동됩니다.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>SMTP 대화가 시작되기 전, 클라이언트가 아직 연결을 시도하는 중에 나타납니다. 대표적인 출처는 PHPMailer(&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib(&quot;[Errno 101] Network is unreachable&quot;), 그리고 &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot; 같은 Postfix 로그 줄입니다. IPv6가 제대로 동작하지 않는 호스트에서 대상 MX의 IPv6 주소로 연결할 때 매우 자주 발생합니다.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>메시지나 수신자에는 아무 문제가 없습니다. 발신 호스트에서 서버까지 가는 네트워크 경로가 없는 것입니다. 발신 측 관리자(또는 스크립트가 실행되는 호스트를 운영하는 사람)가 기본 경로를 확인하고, IPv6 주소에서 실패한다면 IPv6 연결을 복구하거나 메일 소프트웨어가 IPv4만 쓰도록 설정합니다(Postfix에서는 inet_protocols = ipv4). 클라이언트 설정의 서버 이름이 예상한 주소로 해석되는지, VPN이나 컨테이너 네트워크에 경로가 빠져 있지 않은지도 확인하세요. 큐에 있는 메일은 호스트가 서버에 도달할 수 있게 되면 다음 재시도 때 나갑니다.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>대상에 AAAA 레코드가 있고 발신 호스트에 IPv6가 켜져 있지만 IPv6 기본 경로가 없어서, 모든 IPv6 시도가 즉시 실패합니다.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>발신 호스트에 쓸 수 있는 기본 경로가 전혀 없습니다. 예를 들어 게이트웨이가 잘못 설정된 컨테이너, VM 또는 새로 설치한 서버입니다.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>발신 측의 VPN, 정책 라우팅 또는 방화벽 규칙이 서버 네트워크로 가는 트래픽을 어디로도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>블로그의 “SMTP 오류 코드” 목록에서 이 숫자를 가져온 경우입니다. 이것은 클라이언트의 소켓 오류이지 메일 서버가 보낸 응답이 아닙니다.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>클라이언트가 서버에 연결할 때 시도할 IPv6 주소와 IPv4 주소를 조회하세요.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>실패하는 주소에 커널이 어떤 경로를 사용할지 확인하세요. 여기서 오류가 나면 라우팅 문제가 확실합니다.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>클라이언트가 사용하는 포트(25, 465 또는 587)로 일반 TCP 연결을 시도해 보세요.</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Postfix 호스트에서 최근의 네트워크 도달 불가 실패를 나열하고 모두 IPv6인지 확인하세요.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>메일 서버는 이를 일시적 실패로 처리합니다. 메시지는 큐에 남고 백오프 간격으로 재시도됩니다. 스크립트나 애플리케이션은 잠시 후 재시도하거나 사용자에게 실패를 알려야 합니다. 경로가 고쳐지기 전에는 시도를 반복해도 소용없습니다.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>smtp 서버 접속 불가</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>111을 SMTP 응답으로 정의한 RFC는 없습니다. SMTP 응답은 2, 3, 4, 5로 시작하므로 메일 서버는 이 코드를 절대 보낼 수 없습니다. 이 숫자는 Linux errno 111, 즉 ECONNREFUSED입니다. 해당 포트에서 아무것도 수신 대기하지 않거나 방화벽이 거부해서, 클라이언트의 연결 시도가 TCP 리셋이나 ICMP port-unreachable로 적극적으로 거부된 것입니다. 실제로 응답한 서버에서 오는 421이나 554와 자주 혼동되며, 메일 서버가 실패한 연결에 대해 로그에 남기는 4.4.1에 해당합니다.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>연결 시점, 인사 메시지보다 먼저 나타납니다. Python에서는 &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot;, PHPMailer에서는 &quot;Connection refused (111)&quot;로 표시되고, Postfix 로그에는 dsn=4.4.1, status=deferred와 함께 &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot;로 남습니다. Windows 소프트웨어는 같은 상황을 소켓 오류 10061로 보고합니다.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>먼저 어느 쪽에서 거부하는지 알아내세요. 서버를 운영한다면 메일 서비스가 실행 중인지, 127.0.0.1뿐 아니라 공인 주소의 올바른 포트에서 수신 대기하는지, 호스트 방화벽에서 허용되는지 확인하세요. 발신자라면 애플리케이션이 올바른 호스트와 포트(제출에는 587 또는 465, 서버 간에는 25)를 사용하는지, 로컬 방화벽이나 제공업체 방화벽이 나가는 SMTP를 거부하지 않는지 확인하세요. 이미 MTA 큐에 있는 메일은 포트가 연결을 받아들이게 되면 이후 재시도에서 배달됩니다.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>서버의 메일 서비스가 중지되었거나 비정상 종료되어 포트 25, 465, 587에서 아무것도 수신 대기하지 않습니다.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA가 루프백 인터페이스에만 바인딩되어 있는데(예: inet_interfaces = loopback-only로 설정한 Postfix) 클라이언트는 네트워크를 통해 연결합니다.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>애플리케이션이 잘못된 호스트나 포트를 가리킵니다. 예를 들어 587만 제공하는 서버에 465로 연결하거나, 폐기된 서버 이름을 사용합니다.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>서버 앞의 방화벽이 해당 포트를 조용히 버리지 않고 리셋으로 거부합니다.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>클라이언트 네트워크에서 해당 포트가 TCP 연결을 받아들이는지 테스트하세요.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>서버에서 수신 대기 중인 SMTP 소켓과 그 소켓이 바인딩된 주소를 나열하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Postfix 서버에서 어떤 인터페이스와 프로토콜에 바인딩하는지 표시하세요.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>발신 MTA에서 최근에 거부된 연결을 나열하여 어느 대상이 영향을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>일시적 실패로 처리하세요. MTA는 메시지를 큐에 두고 큐 보존 기간(Postfix 기본값 5일)이 끝날 때까지 백오프 간격으로 재시도합니다. 애플리케이션은 재시도 전에 기다리고 담당자에게 알려야 합니다. 리스너나 방화벽이 고쳐질 때까지 거부가 반복되기 때문입니다.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>비표준 성공 응답</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200은 유효한 SMTP 응답이 아니며 과거에도 그랬습니다. RFC 821은 200을 정의하지 않았고, NOOP나 RSET 같은 명령은 250으로 성공합니다. 이 코드가 카탈로그에 있는 이유는 1983년에 SMTP 서버를 조사한 RFC 876에서 일부 초기 서버가 250이어야 할 곳에 200을 잘못 응답한다는 사실을 발견했기 때문입니다.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>오늘날의 메일에서는 사실상 보이지 않습니다. 과거에는 1980년대 초 일부 서버가 NOOP나 RSET에 이 코드를 돌려주었습니다. 지금 누군가 200을 보고한다면 대개 직접 만든 SMTP 서버나 모의(mock) SMTP 서버에서 온 것이거나, 웹 기반 발송 API의 HTTP 200 상태가 SMTP 코드와 함께 로그에 섞여 들어간 것입니다.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>메시지에서 고칠 것은 없습니다. SMTP 명령에 실제로 200으로 응답하는 서버라면 구현자가 250을 보내도록 수정해야 합니다. RFC 5321을 따르는 클라이언트는 알 수 없는 코드의 첫 자리만 읽으므로 200을 성공으로 처리합니다. 이 코드에서 중단하는 클라이언트만 소프트웨어 유지 관리자의 수정이 필요합니다. 200이 HTTP 이메일 API에서 왔다면 SMTP 의미를 찾지 말고 해당 서비스의 배달 이벤트를 확인하세요.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>NOOP, RSET 등 성공한 명령에 250 대신 200을 쓰는 아주 오래되었거나 직접 만든 SMTP 서버입니다.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>HTTP 이메일 API가 200 OK로 응답했는데 그 상태를 SMTP 응답처럼 읽었습니다.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>참고 목록에서 고른 코드를 돌려주는 테스트 도구나 모의 SMTP 서버입니다.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>서버에 직접 접속해 명령을 보내고 어느 명령이 200을 만드는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Postfix 로그에서 200으로 시작하는 원격 응답을 검색하여 200이 애초에 SMTP 세션에서 나온 것인지 확인하세요. 수락된 메시지는 status=sent (...) 안에 응답이 표시되고, 예상치 못한 응답은 &quot;said:&quot; 뒤에 표시됩니다.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>재시도할 것이 없습니다. RFC 5321을 따르는 클라이언트는 첫 자리 2를 성공으로 읽고 계속 진행합니다. 엄격한 클라이언트가 세션을 중단한 경우에만, 그리고 클라이언트나 서버를 수정한 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>시스템 상태 또는 시스템 도움말 응답</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211은 서버 자체에 대한 상태나 도움말 정보를 담은 성공 응답입니다. RFC 5321은 214와 함께 HELP에 대한 유효한 응답으로 나열하지만, 대부분의 서버가 도움말 텍스트에 214를 쓰기 때문에 실제로는 드뭅니다. 특정 메시지에 대해서는 아무것도 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>누군가 수동 세션이나 스캔 중에 HELP 또는 일부 서버가 구현한 비공개 상태 명령을 보냈을 때만 나타납니다. 예를 들어 nmap의 smtp-commands 스크립트는 서버가 지원하는 기능을 나열하려고 EHLO와 HELP를 보냅니다. 일반 배달, 반송 메시지, 큐 로그에는 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>고칠 것이 없습니다. 정보를 알려 주는 성공 응답입니다. 클라이언트가 이를 오류로 처리한다면(그 클라이언트 소프트웨어의 버그입니다) 또는 서버 관리자가 외부인에게 서버 정보를 덜 노출하고 싶다면 그때만 자세히 살펴보세요.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>서버를 수동으로 테스트하던 사람이 HELP를 입력했고, 이 구현은 214가 아니라 211로 응답합니다.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>스캐너나 자산 관리 도구가 서버를 식별하고 명령 목록을 얻으려고 HELP를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>서버가 비표준 상태 명령을 제공하며 그 출력에 211을 붙입니다.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>직접 HELP를 보내고 코드를 더 일반적인 214와 비교해 보세요.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>서버가 지원한다고 밝히는 명령과 확장 기능을 나열하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>재시도할 것이 없습니다. HELP는 메일 트랜잭션에 아무 영향을 주지 않으므로 클라이언트는 다음 명령을 그대로 진행합니다.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>도움말 메시지(사람 사용자용)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214는 HELP에 대한 일반적인 성공 응답입니다. 뒤따르는 텍스트는 세션을 읽는 사람을 위한 것으로, 지원 명령 목록이나 비표준 명령에 대한 설명 등이 들어 있습니다. 프로그램은 이를 파싱하면 안 되며, 메일이 수락될지 여부에 대해서는 아무것도 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>대화형 또는 스크립트 세션에서 HELP 뒤에, 대개 여러 줄 응답으로 나타납니다. Exim은 &quot;214-Commands supported:&quot;와 명령 목록으로, Sendmail은 도움말 텍스트가 담긴 여러 &quot;214-2.0.0&quot; 줄로 응답합니다. Postfix는 HELP를 구현하지 않아 502로 응답하므로, 이 경우 502는 결함이 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>고칠 것이 없습니다. HELP가 정상 동작했습니다. 214 응답의 명령 목록은 불완전하거나 오래되었을 수 있으므로, 실제로 제공되는 확장 기능(STARTTLS, AUTH, SIZE, PIPELINING)은 EHLO 응답으로 확인하세요. 소프트웨어 정보를 알리고 싶지 않은 서버 관리자는 도움말 텍스트를 줄일 수 있습니다.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>관리자나 지원 엔지니어가 telnet 또는 openssl 테스트 세션 중에 HELP를 입력했습니다.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>모니터링 도구나 보안 스캐너가 지원 명령을 수집하려고 HELP를 보냈습니다.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>클라이언트가 특정 명령 하나에 대한 도움말을 얻으려고 명령 이름을 인수로 붙여 HELP를 보냈습니다.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>HELP 텍스트를 EHLO 응답에서 알린 확장 기능과 비교하세요. 클라이언트가 실제로 따르는 것은 EHLO 응답입니다.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>직접 세션을 열고 HELP를 보내 보세요. 필요하면 뒤에 명령 이름을 붙입니다.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>재시도할 것이 없습니다. HELP는 메일 트랜잭션 밖에 있으므로 클라이언트는 계획대로 EHLO, MAIL FROM 또는 QUIT를 계속 진행합니다.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; 서비스 준비됨</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220은 서버의 인사 메시지입니다. TCP 연결이 열렸고 SMTP 서비스가 EHLO를 받을 준비가 되었다는 뜻입니다. 코드 뒤의 첫 단어는 서버의 호스트 이름이어야 합니다. 같은 코드가 STARTTLS에 대한 응답으로도 쓰여(여러 서버에서 &quot;220 2.0.0 Ready to start TLS&quot;), 클라이언트가 지금 TLS 핸드셰이크를 시작해도 된다는 것을 알립니다.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>성공한 모든 연결의 첫 줄로, 클라이언트가 무엇을 보내기 전에 나타나며, STARTTLS에 대한 응답으로 다시 나타납니다. 대표적인 배너: &quot;ESMTP Postfix&quot;, Microsoft의 &quot;Microsoft ESMTP MAIL Service ready&quot;, &quot;- gsmtp&quot;로 끝나는 Gmail의 배너. &quot;220-&quot;로 시작하는 인사 메시지는 여러 줄에 걸쳐 있습니다. Postfix postscreen은 차례를 기다리지 않고 말하는 스팸 봇을 잡으려고 일부러 이런 부분 인사 메시지를 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>고칠 것이 없습니다. 서버가 동작 중이며 세션을 받아들이고 있습니다. 인사 메시지가 나타나기까지 수 초가 걸리거나(서버의 느린 역방향 DNS 또는 의도적인 인사 지연), 예상하지 못한 호스트 이름이 표시되거나(로드 밸런서, 포트 25 가로채기 장비 또는 잘못된 IP에 연결되었을 수 있음), 배너가 별표 한 줄로 바뀌어 있다면 자세히 살펴보세요. 별표는 Cisco ASA나 PIX가 ESMTP 검사를 하고 있다는 표시이며, 이 검사는 STARTTLS를 숨길 수도 있습니다. STARTTLS에 대한 220 직후 TLS 핸드셰이크가 실패한다면 서버 관리자가 인증서나 TLS 프로토콜 설정을 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>정상 동작하는 SMTP 서버에 정상적으로 연결되었습니다. 인사 메시지는 예상되는 첫 응답입니다.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>클라이언트가 STARTTLS를 보냈고 서버가 TLS 협상에 동의했습니다.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>postscreen 등의 인사 전 검사에서 보낸 여러 줄 인사 메시지입니다. 올바른 클라이언트는 끝날 때까지 그냥 기다립니다.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>방화벽이나 가로채기 장비가 배너를 다시 써서 인사 메시지에 실제 서버 이름이 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>연결해서 인사 메시지를 읽고, 나타나기까지 걸리는 시간을 기록하세요.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>STARTTLS를 테스트하고 220 응답 뒤에 서버가 제시하는 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>서버 IP 주소의 역방향 DNS를 인사 메시지의 이름과 대조하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>재시도할 것이 없습니다. EHLO로 계속 진행하거나, STARTTLS에 대한 220 뒤라면 TLS 핸드셰이크를 시작한 다음 EHLO를 다시 보내세요. RFC 5321이 허용하는 5분 안에 인사 메시지가 오지 않으면 이 연결을 끊고 다음 MX를 시도하거나 나중에 재시도하세요.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; 전송 채널을 닫는 중</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221은 QUIT에 대한 서버의 응답입니다. 세션이 끝났고 서버가 곧 TCP 연결을 닫는다는 뜻입니다. 작별 인사에 대한 성공일 뿐이며, 세션 중 앞서 보낸 메시지에 대한 판정은 담고 있지 않습니다.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>클라이언트가 QUIT를 보낸 뒤, 세션의 맨 끝에 나타납니다. Postfix는 &quot;221 2.0.0 Bye&quot;, Exchange는 &quot;221 2.0.0 Service closing transmission channel&quot;, Exim은 &quot;221 mail.example.com closing connection&quot;으로 응답합니다. 위쪽에 오류가 있는 세션 기록의 맨 아래에 자주 남아 있어서 엉뚱하게 원인으로 지목되곤 합니다.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>고칠 것이 없습니다. 디버깅할 때는 위로 올라가 보세요. 메시지의 결과는 DATA 뒤 마지막 점 다음에 온 응답(250이면 수락, 4xx나 5xx면 실패)이 결정합니다. 서버가 221 없이 연결을 닫거나 QUIT가 아닌 다른 명령에 221로 응답할 때만 조사하세요. 이는 타임아웃, 비정상 종료 또는 중간 장비가 세션을 끊었다는 뜻입니다.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>클라이언트가 작업을 마치고 QUIT를 보냈습니다. 모든 세션의 정상적인 끝입니다.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>클라이언트가 앞서 거부(예: RCPT TO에서 550)를 받고 QUIT로 세션을 정중히 닫았습니다.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>테스트 도구나 모니터링 프로브가 연결하여 인사 메시지나 EHLO 응답을 확인하고 종료했습니다.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>같은 세션 기록에서 실제 결과를 찾으세요. 데이터 끝을 나타내는 점 바로 뒤의 응답이나 MAIL FROM 또는 RCPT TO에서의 거부가 실제 결과입니다.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Postfix 서버에서 disconnect 줄을 읽으세요. 각 명령과 그 성공 횟수가 집계되어 있으며(예: data=1 quit=1), quit가 없으면 클라이언트가 연결을 끊은 것입니다.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>재시도할 것이 없습니다. 세션이 정상적으로 끝났습니다. 데이터 끝에 대한 응답이 250이었던 메시지는 넘겨졌으며, 앞서 4xx 응답을 받은 메시지는 발신 측 큐에 남아 각자 재시도됩니다.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>인증 성공</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235는 AUTH 교환이 성공했다는 뜻입니다. 서버가 사용자 이름과 비밀번호 또는 토큰을 받아들였고, 클라이언트는 이 세션의 나머지 동안 인증된 상태입니다. 보통 확장 코드 2.7.0이 함께 옵니다. 인증만으로 아무 주소로나 보낼 수 있는 것은 아니며, 서버는 그 뒤에도 발신자나 수신자를 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>포트 587 또는 465에서 제출하는 동안, 대개 STARTTLS 뒤에 AUTH PLAIN, AUTH LOGIN, XOAUTH2 또는 다른 SASL 메커니즘이 완료된 직후 나타납니다. 메일 클라이언트, 프린터와 스캐너, 웹 애플리케이션, 스마트 호스트를 통해 릴레이하는 MTA 모두 이 응답을 봅니다. Postfix는 &quot;235 2.7.0 Authentication successful&quot;을 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>로그인 자체에는 고칠 것이 없습니다. 235 뒤에도 메일이 실패한다면 다음 응답을 읽으세요. MAIL FROM에서 553이나 550이 나오면 대개 그 계정이 해당 주소로 보낼 수 없다는 뜻이고(예: Postfix reject_sender_login_mismatch), 그 뒤의 5.7.x 오류는 정책 문제를 가리킵니다. 서버 관리자는 낯선 IP 주소나 국가에서 오는 235도 주시해야 합니다. 도난당한 비밀번호로 로그인에 성공하는 것이 탈취된 계정을 통한 스팸 발송이 시작되는 흔한 방식이기 때문입니다.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>클라이언트가 서버가 제공한 메커니즘으로, 서버가 충분히 안전하다고 보는 연결을 통해 올바른 자격 증명을 보냈습니다.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>일반 비밀번호 대신 앱 비밀번호나 OAuth 토큰이 필요한 계정에서 그 비밀번호나 토큰이 받아들여졌습니다.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>탈취된 계정을 스패머가 사용하고 있습니다. 이런 로그인은 정상 로그인과 똑같아 보입니다.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>swaks로 로그인을 재현하여(비밀번호를 물어봅니다) 자격 증명 문제와 클라이언트 설정 문제를 구분하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Postfix 서버에서 어느 계정이 어느 클라이언트 주소에서 로그인했는지 나열하세요.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>235 뒤에 발신자 거부가 온다면 서버가 로그인 이름과 발신 주소를 어떻게 연결하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>재시도할 것이 없습니다. MAIL FROM으로 계속 진행하세요. 같은 세션에서 AUTH를 다시 보내지 마세요. RFC 4954에 따라 AUTH가 성공한 뒤의 AUTH는 서버가 503으로 거부해야 합니다.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>요청한 메일 작업 완료</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>보냈는데 수신 안 됨</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250은 일반적인 성공 응답으로, 명령이 성공했다는 뜻입니다. EHLO(확장 기능 목록 포함), MAIL FROM, 수락된 각 RCPT TO, RSET, NOOP, 그리고 가장 중요하게 메시지 데이터의 끝에 응답합니다. 데이터 끝에서는 수신 서버가 메시지를 배달하거나 반송 메시지를 돌려보낼 책임을 넘겨받았다는 뜻입니다. 받은편지함 도착을 보장하지는 않습니다. 수신 측은 여전히 메시지를 스팸으로 분류하거나, 나중에 실패하여 반송 메시지를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>정상 세션 내내 나타납니다. “메일이 나갔는가?”에 답하는 것은 마지막 점 뒤의 250이며, MTA는 이를 수신 측의 텍스트와 함께 로그에 남깁니다. 예를 들어 다음 홉도 Postfix라면 Postfix는 &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot;으로 기록합니다. ETRN(RFC 1985)과 ATRN(RFC 2645)도 큐 처리나 역방향 연결이 시작되었음을 알릴 때 250을 씁니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>고칠 것이 없습니다. 수신 서버가 명령이나 메시지를 받아들였습니다. 수신자가 메일이 도착하지 않았다고 하면 시각, 발신 주소, 그리고 로그에서 250 뒤에 있던 큐 ID나 텍스트를 알려 주세요. 이 시점부터 메시지는 수신 측 서버의 책임이므로, 수신 측 관리자가 자신의 로그, 격리함, 스팸 폴더를 검색합니다.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>명령이 유효하고 허용되었으므로 서버가 실행했습니다.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>데이터 끝에서 메시지가 수신 측 검사를 통과하여 배달을 위해 큐에 들어갔습니다.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>수신 측이 먼저 받고 나중에 필터링하므로(큐 이후 콘텐츠 필터, 또는 조용히 격리하는 제공업체) 받은편지함에 도착하지 않을 메시지에도 250으로 응답했습니다.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>발신 Postfix 로그에서 해당 수신자에 대한 수락 줄을, 수신 측이 돌려준 텍스트까지 포함해 찾으세요.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Exim 발신 서버에서 해당 수신자의 배달에 관한 모든 로그 줄을 모으세요.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>수신 측 관리자에게 250 응답의 큐 ID나 Message-ID로 자기 쪽에서 메시지를 추적해 달라고 요청하세요(Microsoft 365에서는 메시지 추적, Google Workspace에서는 이메일 로그 검색).</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>재시도할 것이 없습니다. 데이터 끝에서 250을 받으면 발신 MTA는 해당 수신자를 완료로 표시하고 사본을 버립니다. 다시 보내면 중복 메일만 생기므로 대신 수신 측에서 조사하세요.</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail이 메시지를 수락했습니다. 타임스탬프와 ID로 Google 로그에서 메시지를 찾을 수 있습니다. 수락되었다고 해서 Gmail이 받은편지함에 넣을지 스팸으로 분류할지는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange와 Exchange Online은 데이터 끝에 2.6.0, 메시지의 Message-ID, 내부 ID로 응답합니다. 수신 측 관리자가 메시지 추적에서 검색하는 것이 이 Message-ID입니다.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>로컬 사용자가 아님, &lt;forward-path&gt;로 전달 예정</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251은 수신자를 수락하면서, 해당 사서함이 이 서버에 없고 메시지가 응답 텍스트에 적힌 주소로 전달될 것임을 클라이언트에 알립니다. 성공 응답이며 메일은 배달됩니다. RFC 5321은 서버가 대신 250으로 조용히 전달하는 것을 허용하고 대부분이 그렇게 하므로 251은 드뭅니다. ETRN 확장(RFC 1985)에서는 같은 번호가 &quot;OK, no messages waiting for node &lt;x&gt;&quot;를 뜻합니다.</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>전달을 알리도록 설정된 서버에서 RCPT TO나 VRFY에 대한 응답으로 나타납니다. 대개 사용자가 새 주소로 옮긴 뒤의 오래된 시스템이나 특수 시스템입니다. Postfix, Exim, Exchange는 조용히 전달하고 250으로 응답합니다. 서버가 요청한 도메인에 대해 보관한 것이 없을 때 ETRN에 대한 응답으로도 나타납니다. 예를 들어 ETRN 모드의 fetchmail이 백업 MX를 폴링할 때입니다.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>고칠 것이 없습니다. 수신자는 메시지를 받게 됩니다. 발신자는 주소록을 응답 텍스트의 새 주소로 바꿀 수 있지만, RFC 5321은 클라이언트가 서버를 신뢰할 때만 자동으로 바꾸라고 경고하며 클라이언트 소프트웨어가 이에 따라 동작할 의무도 없습니다. ETRN에 대한 251 뒤라면 그 도메인에 대해 가져올 큐의 메일이 없을 뿐입니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>수신자의 사서함이 옮겨졌고, 서버가 전달 주소를 알려 주도록 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>ETRN 요청에 지정한 도메인에 대해 서버의 큐에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>오래된 서버가 RFC 821 방식의 전달 알림을 아직 사용합니다. 대부분의 최신 MTA는 개인정보 보호 때문에 이 방식을 없앴습니다.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>응답 텍스트의 forward-path(전달 주소)를 읽고, 저장된 주소를 바꾸기 전에 수신자에게 새 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN의 경우 큐를 보관하는 서버가 해당 도메인에 대해 실제로 무엇을 가지고 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN을 직접 다시 보내고(먼저 EHLO, 그다음 ETRN example.com) 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>재시도할 것이 없습니다. 수신자가 수락되었으며 대화는 추가 RCPT TO나 DATA로 이어집니다. ETRN에 대한 251 뒤라면 ETRN을 바로 반복하지 말고 다음 예정된 시각에 다시 폴링하세요.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>사용자를 VRFY할 수 없지만 메시지를 수락하고 배달을 시도함</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252는 주소를 확인도 부정도 하지 않고 VRFY에 답합니다. 서버가 사서함이 있는지 말하지 않거나 말할 수 없지만, 그 주소로 오는 메일은 수락하고 배달을 시도한다는 뜻입니다. RFC 5321은 보안상 VRFY를 끈 서버에 252로 응답하라고 하므로, 오늘날 인터넷에서 흔한 VRFY 응답입니다. ETRN(RFC 1985)에서 252는 &quot;OK, pending messages for node &lt;x&gt; started&quot;를 뜻합니다.</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>VRFY 뒤에 나타나며, 주로 주소 수집기, 목록 정리 서비스, 스캐너가 보낸 경우이고 가끔 관리자가 직접 테스트한 경우입니다. qmail은 항상 &quot;252 send some mail, i&apos;ll try my best&quot;로 응답하고, Gmail은 같은 문구를 2.1.5와 함께 쓰며, VRFY ACL이 없는 Exim은 &quot;252 Administrative prohibition&quot;으로 응답합니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>고칠 것이 없습니다. 252는 서버가 정중하게 확인을 거절하는 것이므로 주소가 존재한다는 증거로 읽지 마세요. 어떤 주소의 메일이 수락되는지는 실제 트랜잭션의 RCPT TO 응답에서만 알 수 있습니다. VRFY를 켤지는 수신 측 관리자가 정할 일이며, 꺼 두는 것이 일반적이고 권장됩니다.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>주소 수집을 막으려고 서버에서 VRFY를 꺼 두었으므로 중립적인 252를 돌려줍니다.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>서버가 해당 도메인의 메일을 수락하는 MX나 릴레이이지만 최종 서버의 사서함은 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>큐에 메일이 있는 도메인에 대한 ETRN 요청이 수락되어 대기 중인 메시지의 배달이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>같은 주소를 RCPT TO로 확인하고 DATA 전에 멈추세요. 배달에 중요한 것은 RCPT TO 응답입니다.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>자신의 Postfix 서버에서 VRFY가 꺼져 있는지 확인하세요(이 경우 Postfix는 252가 아니라 502로 응답합니다).</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>재시도할 것이 없습니다. VRFY를 반복해도 같은 252가 나옵니다. 실제 메일 트랜잭션이나 QUIT로 계속 진행하세요.</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail은 VRFY로 주소를 확인해 주지 않습니다. 사서함이 있든 없든 qmail의 문구를 빌린 이 중립적인 응답을 돌려줍니다.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, 노드 &lt;x&gt;에 대해 대기 중인 메시지 &lt;n&gt;개 처리 시작</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253은 ETRN(RFC 1985)에 대한 성공 응답입니다. 서버가 지정된 도메인이나 호스트를 위해 보관하던 메시지의 배달을 시작했으며 그 개수를 알려 줍니다. ETRN 확장에만 있는 코드로, 이 확장은 간헐적으로 연결되는 사이트가 백업 MX나 제공업체의 메일 서버에 자기 쪽으로 큐를 비워 달라고 요청하게 해 줍니다.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>ETRN 명령 뒤에만 나타납니다. 대개 ETRN 모드의 fetchmail, 회선이 연결될 때의 소규모 사무실 메일 서버, 또는 직접 테스트하는 관리자가 보낸 것입니다. 서버는 ETRN에 더 단순한 250이나 252로 응답해도 되고 실제로 많은 서버가 그렇게 하므로(예: Postfix는 250으로 응답) 253은 드물게 보입니다.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>고칠 것이 없습니다. 큐 처리가 시작되었습니다. 보관된 메시지는 클라이언트 자신의 서버로 들어오는 새 SMTP 연결을 통해 도착하므로, 도착하지 않는다면 클라이언트 측 관리자가 큐를 보관한 서버에서 이 서버에 포트 25로 도달할 수 있는지, MX 레코드와 방화벽이 올바른지 확인합니다.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>클라이언트 사이트가 온라인 상태가 되어, 자신의 메일을 큐에 보관하는 서버에 자기 도메인에 대한 ETRN을 보냈습니다.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>전화 접속이나 유동 연결을 쓰는 메일 서버를 대신하여 fetchmail이나 예약 작업이 정기적으로 ETRN을 보냅니다.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>253 뒤에 자신의 서버 로그에서 들어오는 배달을 지켜보세요.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>메일을 보관하는 Postfix 릴레이에서 필요하면 해당 도메인의 지연된 메시지를 직접 플러시하세요.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Exim 릴레이에서 해당 도메인으로 가는 메시지에 대해 큐 처리를 시작하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>재시도할 것이 없습니다. 플러시가 진행 중입니다. 배달이 진행되는 동안 반복해서 보내지 말고, 다음 연결이나 예정된 폴링 때에만 ETRN을 다시 보내세요.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>서버 챌린지(base64 텍스트가 뒤따름)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334는 AUTH 교환 중의 중간 응답입니다. 서버가 다음 인증 데이터를 원하며, 코드 뒤의 텍스트는 base64로 인코딩된 챌린지입니다(비어 있을 수 있음). 클라이언트는 base64 한 줄로 답하거나 취소하려면 별표 하나를 보내며, 교환은 성공 시 235로, 실패 시 535 같은 오류로 끝납니다.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>제출 중 클라이언트가 AUTH를 보낸 직후에 나타납니다. AUTH LOGIN이면 서버는 &quot;334 VXNlcm5hbWU6&quot;과 &quot;334 UGFzc3dvcmQ6&quot;을 보내는데, 디코딩하면 &quot;Username:&quot;과 &quot;Password:&quot;입니다. 초기 응답 없이 AUTH PLAIN을 보내면 챌린지가 비어 있습니다. XOAUTH2에서 OAuth 토큰이 거부되면 Gmail은 base64 텍스트가 JSON 오류인 334를 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>그 자체로는 문제가 없으며, 클라이언트 소프트웨어가 챌린지에 답해야 합니다. 334 뒤에 세션이 멈추거나 실패한다면 클라이언트가 잘못된 것(인코딩하지 않은 텍스트, 잘못된 메커니즘, 만료된 토큰)을 보내고 있는 것입니다. 챌린지를 디코딩하여 서버가 무엇을 원하는지 확인하세요. XOAUTH2 JSON 오류라면 발신자가 OAuth 토큰을 갱신하거나 메일 범위(scope)를 부여한 다음 다시 시도해야 합니다.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>클라이언트가 AUTH LOGIN을 시작했습니다. 이 방식은 항상 두 번의 334 단계로 사용자 이름과 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>클라이언트가 초기 응답 없이 AUTH PLAIN 또는 다른 메커니즘을 보냈으므로 서버가 빈 챌린지를 보냅니다.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>CRAM-MD5 같은 챌린지-응답 메커니즘이 base64 논스를 보내며, 클라이언트는 키를 사용한 다이제스트로 답해야 합니다.</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>XOAUTH2 토큰이 만료되었거나 취소되었거나 메일 범위가 없어서, 서버가 최종 실패 전에 이를 base64 JSON 챌린지로 알립니다.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>챌린지 텍스트를 디코딩하여 서버가 무엇을 요청하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>테스트 계정으로 수동 테스트용 AUTH PLAIN 문자열을 만드세요. 암호화가 아니라 인코딩일 뿐이므로 TLS를 통해서만 사용하세요.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>swaks로 TLS를 통해 AUTH 교환 전체를 실행하고 세션 기록에서 각 334 단계를 읽으세요.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>대화를 계속하세요. 다음 base64 응답 줄을 보내거나, 교환을 포기하려면 별표 하나를 보내세요(서버는 501로 응답합니다). 334마다 AUTH를 처음부터 다시 시작하지 마세요.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>XOAUTH2에서 Google은 거부된 액세스 토큰을 334 챌린지로 알리며, 그 base64 텍스트를 디코딩하면 status, schemes, scope가 담긴 JSON이 나옵니다. 클라이언트가 빈 줄로 답하면 최종 실패 응답을 받습니다.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>메일 입력 시작, &lt;CRLF&gt;.&lt;CRLF&gt;로 끝내기</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354는 DATA 뒤의 진행 신호입니다. 서버에 수락된 수신자가 하나 이상 있으며, 이제 헤더와 본문으로 된 메시지 자체를 점 하나만 있는 줄로 끝나는 형태로 받으려 합니다. 수락이 아니라 중간 응답이며, 메시지에 대한 판정은 마지막 점 뒤의 응답입니다.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>클라이언트가 DATA를 보낸 직후에 나타납니다. BDAT에는 이런 단계가 없습니다. 대표적인 텍스트: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. 수동 테스트에서는 여기서 헤더, 빈 줄, 본문을 입력합니다.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>이 시점에서 고칠 것은 없습니다. 354 직후에 나타나는 문제는 데이터 단계에 속합니다. 큰 메시지를 보내는 동안 세션이 멈추거나 타임아웃된다면 네트워크 경로(MTU 문제, SMTP를 검사하는 중간 장비)나 느린 회선을 의심하고, 발신 측 관리자가 작은 테스트 메시지와 비교해 봐야 합니다. 서버가 점 뒤에 거부한다면 354가 아니라 그 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>하나 이상의 RCPT TO가 수락된 뒤 클라이언트가 DATA를 보냈으므로 서버가 내용을 받을 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>telnet이나 openssl을 사용한 수동 테스트가 데이터 단계에 도달했습니다.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>PIPELINING을 사용하여 클라이언트가 수신자들과 같은 묶음으로 DATA를 보냈으며, 354는 그중 하나 이상이 수락되었음을 확인해 줍니다.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>작은 테스트 메시지를 보내고 세션 기록에서 354와 최종 응답을 확인하세요.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>작은 메시지는 통과하는데 큰 메시지가 354 뒤에 멈춘다면 서버 쪽으로 가는 경로 MTU를 확인하세요.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Postfix 발신 서버에서 데이터 전송과 최종 응답을 각각 얼마나 기다리는지 확인하세요.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>대화를 계속하세요. 점 스터핑(dot-stuffing)을 적용해 내용을 보내고 종료 점을 보낸 다음 최종 응답을 기다리세요. RFC 5321은 이 응답에 10분을 허용합니다. 그 응답 전에 연결이 끊기면 메시지가 배달되지 않은 것으로 보고 나중에 재시도하세요.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>옥텟 오프셋이 트랜잭션 오프셋임</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355는 중단된 대용량 전송을 이어서 하려고 만든 RFC 1845(1995)의 실험적 CHECKPOINT 확장에 속합니다. 클라이언트가 같은 TRANSID로 MAIL FROM을 보내 중단된 트랜잭션을 반복하면, 부분 데이터를 보관한 서버가 줄 맨 앞에 숫자를 붙여 355로 응답합니다. 이 숫자는 서버가 기다리는 다음 메시지 데이터 옥텟의 0부터 시작하는 오프셋입니다. 이 확장은 널리 쓰이지 않았고 일반 서버는 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>사실상 보이지 않습니다. EHLO 응답에서 CHECKPOINT를 알린 서버에서, TRANSID 매개변수가 있는 MAIL FROM 뒤에만 올 수 있습니다. 완전성을 위해 SMTP 코드 목록에 실려 있을 뿐이며, 실제 트래픽에서 355가 보인다면 테스트 도구나 오동작하는 서버에서 왔을 가능성이 큽니다.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>일반 운영에서는 고칠 것이 없습니다. CHECKPOINT를 쓰지 않았는데 클라이언트가 355를 받았다면 서버가 오동작하는 것이므로 해당 관리자에게 알려야 합니다. TRANSID를 보낸 적 없는 클라이언트 소프트웨어는 그 트랜잭션을 제대로 이어 갈 수 없으므로 리셋해야 합니다. 아주 큰 메시지는 서버가 알린 SIZE 제한을 지키거나 첨부 파일 대신 링크를 보내세요.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>RFC 1845를 구현한 클라이언트가 중단된 전송 뒤에 다시 연결하여 같은 TRANSID로 MAIL FROM을 반복했습니다.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>참고 목록의 코드를 내보내는 테스트 서버나 모의 SMTP 서버가 실제 체크포인트 기능 없이 355를 돌려주었습니다.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>서버가 이 확장을 알리기는 하는지 확인하세요. EHLO 응답에 CHECKPOINT가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>클라이언트가 보낸 MAIL FROM 줄에 TRANSID= 매개변수가 있는지 확인하세요. 없다면 355는 말이 되지 않습니다.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>CHECKPOINT를 사용하는 클라이언트만 RFC 1845에 설명된 대로 주어진 오프셋부터 메시지 데이터를 보내며 계속합니다. 그 밖의 클라이언트는 RSET을 보내고 메시지 전체를 처음부터 재시도해야 합니다.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>연결 시간 초과</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420은 어느 RFC에도 없는 SMTP 응답 코드입니다. 코드 목록에서는 원격 서버와 통신하는 중의 타임아웃으로 설명합니다. 이 숫자는 대부분 Novell GroupWise에서 나오며, 그 Internet Agent(GWIA)는 자신의 발신 타임아웃에 대해 &quot;420 TCP read error&quot;나 &quot;420 TCP write error&quot;를 로그에 남깁니다. 실제 응답 421이나, 점 없이 쓴 확장 코드 4.2.0과 혼동하기 쉽습니다.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>GroupWise 시스템에서 메일을 내보낼 때 나타납니다. GWIA가 원격 호스트에 연결한 뒤 읽기나 쓰기가 타임아웃(TCP 읽기 기본값 5분)까지 멈추면, 메시지를 지연 큐로 옮기기 전에 로컬에 420을 기록합니다. 원격 서버는 420을 보낸 적이 없습니다. 다른 소프트웨어에서 티켓에 적힌 &quot;420&quot;은 대개 421이나 4.2.0을 잘못 읽은 것입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>발신 측 관리자가 네트워크 경로를 조사합니다. GroupWise는 지연된 메일을 자체 일정에 따라 재시도합니다. 한 대상만 실패한다면 그 수신 측을 의심하세요. 여러분의 IP를 멈추게 하거나 타핏(tarpit)하는 필터, 또는 공인 주소와 맞지 않는 HELO 이름이 원인일 수 있습니다. 모든 대상이 실패한다면 자체 방화벽, 라우터 MTU, 네트워크 카드, 인터넷 회선을 확인하세요. 실패하는 세션 하나를 패킷 캡처하면 대개 결론이 납니다.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>GroupWise Internet Agent와 인터넷 사이의 방화벽이나 라우터가 TCP 스트림을 멈추게 합니다. 예를 들어 큰 첨부 파일에서 MTU 또는 경로 MTU 탐색 문제가 생기는 경우입니다.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>수신 서버가 세션 도중 느려지거나 응답을 멈춰서(타핏, 과부하, 발신 IP를 꺼리는 필터) GWIA의 읽기 타임아웃이 만료됩니다.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>GWIA 발송 디렉터리에 에이전트가 전송할 수 없는 손상된 메시지 파일이 있습니다.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>누군가 421 응답이나 확장 상태 4.2.0(예: 그레이리스팅에 따른 지연)을 420으로 옮겨 적었습니다.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>에이전트나 MTA 로그에서 실패한 메시지의 실제 SMTP 대화를 찾아 실제 응답과 확장 코드를 기록하세요.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>최대 크기 패킷이 조각화 없이 수신 측에 도달하는지 확인하세요(페이로드 1472바이트에 헤더를 더하면 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>같은 호스트에서 전체 테스트 세션을 실행하고 어디서 멈추는지 지켜보세요.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>특별히 할 것은 없습니다. 이를 기록한 소프트웨어가 일시적인 문제로 보고 지연 큐에서 재시도합니다. 한 대상이 몇 시간째 계속 실패한다면 기다리지 말고 연결을 진단하세요.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; 서비스를 사용할 수 없음, 전송 채널을 닫는 중</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>속도 제한</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>서버가 연결을 닫는 중이며 이 세션에서 이 명령이나 이후 어떤 명령도 처리하지 않습니다. 인사 메시지(지금은 서비스를 사용할 수 없음)일 수도 있고, 서버가 종료해야 하거나 제한에 도달했거나 클라이언트를 끊기로 했을 때 이후 아무 명령에 대한 응답일 수도 있습니다. 클라이언트는 멈추고 나중에 다시 연결해야 하며, 그동안 다른 MX 호스트를 시도해도 됩니다.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>주로 인사 메시지에서, 또는 EHLO, MAIL FROM, RCPT TO 직후에 나타납니다. 대표적인 출처: Postfix postscreen과 smtpd(&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), 연결 제한에 도달했거나 서비스가 중지되는 중인 Exim과 Exchange, 평판이 나쁜 IP 주소를 제한하는 대형 제공업체(Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>대개 큐가 재시도하도록 두는 것 외에 할 일은 없습니다. 계속된다면 발신 측 관리자가 텍스트를 읽습니다. 연결 제한이나 속도 제한이라면 해당 도메인으로의 동시 연결 수를 줄이고 메시지 전송 속도를 늦춥니다(Postfix에서는 대상별 동시 연결 한도를 낮추고 속도 지연을 둔 전용 transport). 평판 차단이라면 차단 목록, PTR, SPF, DKIM, DMARC, 신고율을 확인한 다음, 더 적게, 그리고 수신자가 더 원하는 메일을 보냅니다. 텍스트가 수신 측의 서비스 종료나 로컬 문제를 가리킨다면 수신 측 관리자만 해결할 수 있습니다.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>수신 측이 평판이나 발송량 때문에 발신 IP를 제한합니다(스팸 신고, 발송량 급증, 차단 목록 등재).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>한 클라이언트의 동시 연결이 너무 많거나 연결 속도 제한에 도달했습니다.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>SMTP 서비스가 종료 중이거나 재시작 중이거나 작업자 프로세스가 부족합니다.</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>클라이언트가 너무 느렸거나 잘못된 명령을 너무 많이 보내서 서버가 세션을 끝냈습니다(타임아웃 또는 오류 한도).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>수신 도메인의 TLS 또는 정책 요구 사항이 충족되지 않아 제공업체가 세션을 닫습니다(Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>해당 대상에 대해 기록된 지연 텍스트를 읽으세요. 적용된 제한이나 차단이 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>발신 IP가 공개 차단 목록에 올라 있는지 확인하세요(옥텟 순서를 뒤집어 조회).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>발신 IP에 PTR 레코드가 있고 그 이름이 다시 같은 IP로 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>서버가 한 번에 유지하는 나가는 SMTP 연결 수를 세어 보세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하세요. 세션이 끝났으므로 명령을 더 보내지 말고 다시 연결하세요. 다음 MX 호스트로 넘어가는 것은 괜찮지만, 같은 호스트에 계속 다시 연결하면 평판에 따른 제한이 더 오래갑니다.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail이 평판이나 스팸 같은 트래픽 때문에 발신 IP의 속도를 제한하고 있습니다. 발송량이 줄고 평판이 회복되면 해소됩니다.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo가 신고율이나 비정상적인 발송량 때문에 해당 IP의 메일을 지연시킵니다. 대괄호 안의 태그(TSS04 등)는 Yahoo 자체의 사유 코드입니다.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>기본 정의 없음(X.7.12와 연관)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>422 응답을 정의한 RFC는 없습니다. IANA 확장 상태 코드 레지스트리는 X.7.12(비밀번호 전환 필요)의 기본 코드로 432와 함께 422를 나열하지만, X.7.12를 정의한 RFC 4954는 432 4.7.12만 사용합니다. 422를 만나면 432의 의미를 가진 일시적 실패로 읽으세요.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>실제 통신에서는 사실상 보이지 않으며, 이를 보내는 주요 서버는 알려져 있지 않습니다. IANA 레지스트리 표나 레지스트리의 연관 관계를 그대로 옮긴 코드 목록 라이브러리에서 볼 수 있습니다. 이 코드를 보내는 서버가 있다면 AUTH에 대한 응답일 것입니다.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>432처럼 처리하세요. 사용자가(또는 사용자를 대신해 클라이언트 소프트웨어가) TLS를 통한 PLAIN 같은 평문 메커니즘으로 한 번 인증하면, 서버가 더 강력한 메커니즘에 필요한 자격 증명을 만들 수 있습니다. 그다음 평소 메커니즘으로 돌아갑니다. 서버가 계속 422로 응답한다면 관리자가 인증 백엔드를 확인하고 문서화된 432 응답으로 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>계정의 저장된 자격 증명이 아직 요청한 SASL 메커니즘에 필요한 형태로 존재하지 않습니다. 예를 들어 비밀번호 저장 방식을 바꾼 뒤입니다.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>IANA 레지스트리의 연관 관계를 그대로 옮긴 서버나 라이브러리가 RFC 4954가 432를 지정한 곳에서 422를 보냅니다.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>같은 계정으로 STARTTLS를 통한 AUTH PLAIN을 시도하고 서버가 받아들이는지 확인하세요(swaks가 비밀번호를 물어봅니다).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>실패한 시도 전후의 서버 인증 로그를 읽으세요.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>같은 메커니즘으로 반복하지 마세요. TLS를 통한 PLAIN 로그인을 한 번 하면 이후 세션에서 더 강력한 메커니즘이 동작할 것입니다. 메일 클라이언트는 조용히 재시도하지 말고 사용자에게 알려야 합니다.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>기본 정의 없음(X.5.1과 연관)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>430 응답을 정의한 RFC는 없습니다. IANA 확장 상태 코드 레지스트리가 X.5.1(잘못된 명령)과 함께 쓰이는 기본 코드 중 하나로 430을 꼽기 때문에, 이 코드는 그 연관 관계를 통해서만 카탈로그에 존재합니다. 서버가 잘못되었다고 판단한 명령에 대한 일시적 거부로 읽으세요.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>실제 세션에서는 드뭅니다. 레지스트리와 이를 옮긴 라이브러리에 나타납니다. 이 코드를 보내는 서버가 있다면 알 수 없는 명령어, 순서가 맞지 않는 명령, PIPELINING 지원 없이 파이프라인으로 보낸 명령 등 받아들이지 않은 명령 뒤에 보낼 것입니다.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>클라이언트 소프트웨어(또는 그 유지 관리자)가 이 응답을 받은 명령을 살펴봅니다. 철자가 틀렸거나 지원되지 않는 명령어, EHLO 전이나 STARTTLS 핸드셰이크가 끝나기 전에 보낸 명령, 서버가 알린 적 없는 파이프라이닝 등입니다. 대화를 바로잡으세요. 명령이 유효하다면 서버 관리자가 왜 등록되지 않은 코드로 응답하는지 설명해야 합니다.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>클라이언트가 서버가 인식하지 못하거나 세션의 그 시점에서 허용하지 않는 명령을 보냈습니다.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>레지스트리의 연관 관계를 문자 그대로 받아들인 서버 구현이 500이나 503의 완화된 형태로 430과 X.5.1을 보냅니다.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>세션을 직접 재현하고 어느 명령이 430을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>그 명령을 서버가 EHLO 응답에서 나열한 기능과 비교하세요.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>다른 4xx와 마찬가지로 클라이언트가 나중에 한 번 재시도할 수는 있지만, 잘못된 명령은 계속 잘못된 명령입니다. 같은 명령이 다시 430을 받으면 재시도하지 말고 명령을 고치세요.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>디스크 공간 부족 / 메모리 부족</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431은 어느 RFC에도 없는 SMTP 응답 코드입니다. 코드 목록에서는 수신 서버의 디스크 공간이나 메모리가 부족하다는 뜻이라고 하는데, 이 해석은 확장 상태 코드 4.3.1(메일 시스템 가득 참)을 점 없이 쓴 데서 나왔습니다. 실제 통신에서는 이 상황이 452, 대개 &quot;452 4.3.1&quot;로 옵니다.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>코드 표나 누군가 4.3.1을 줄여 쓴 보고서에 나타납니다. 이 상황의 실제 예: 큐 파일 시스템의 공간이 부족할 때 Postfix가 MAIL FROM에 &quot;452 4.3.1 Insufficient system storage&quot;로 응답하는 경우, Microsoft Exchange의 백 프레셔가 &quot;452 4.3.1 Insufficient system resources&quot;로 응답하는 경우.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>발신 측은 큐가 재시도하도록 두는 것 외에 할 일이 없습니다. 수신 측 관리자가 큐나 스풀 파일 시스템의 디스크 공간을 확보하고, 메모리와 큐 크기를 확인하며, Exchange에서는 백 프레셔 이벤트와 전송 큐 데이터베이스가 있는 볼륨을 확인합니다.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>수신 MTA의 큐나 스풀 파티션이 거의 가득 차서 공간이 돌아올 때까지 새 메일을 거부합니다.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Exchange 백 프레셔: 전송 서비스가 디스크 공간 부족이나 높은 메모리 사용량을 감지하고 메시지 수락을 중단했습니다.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>로그, 사서함 저장소 또는 멈춘 큐가 MTA가 쓰는 파티션을 가득 채웠습니다.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>수신 서버에서 메일 큐가 있는 파일 시스템의 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Postfix의 여유 공간 임계값을 크기 제한과 비교하세요. Postfix는 메일을 수락하기 전에 message_size_limit의 1.5배만큼 여유 공간을 요구합니다.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>로그에서 거부 기록을 찾아 실제 코드와 텍스트를 확인하세요.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>실제로는 452이므로 그렇게 처리하세요. 나중에 백오프 간격으로 재시도합니다. 디스크와 메모리 부족은 관리자가 대응하면 대개 몇 분에서 몇 시간 안에 해소됩니다.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>비밀번호 전환 필요</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>서버가 사용자에게 다른 인증 메커니즘으로 옮겨 가기를 원하며, 요청한 메커니즘은 아직 완료할 수 없습니다. RFC 4954는 이를 &quot;432 4.7.12 A password transition is needed&quot;로 정의합니다. 대개 사용자가 TLS를 통해 PLAIN으로 한 번 로그인하면 서버가 선택된 메커니즘에 필요한 자격 증명을 만들 수 있고, 그 뒤로는 그 메커니즘이 동작합니다.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>서버가 비밀번호 저장 방식을 바꾸었거나, 저장된 비밀번호로는 아직 처리할 수 없는 계정에 챌린지-응답 메커니즘(CRAM-MD5, SCRAM 등)을 켠 뒤, 제출 포트에서 AUTH에 대한 응답으로 나타납니다. 실제로는 드뭅니다. 일부 코드 목록은 432를 “Exchange 수신 큐 중지됨”으로 설명하는데, 이는 확장 코드 4.3.2를 잘못 읽은 것이지 이 응답이 아닙니다.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>사용자가(또는 사용자를 대신해 메일 클라이언트가) 암호화된 연결에서 AUTH PLAIN으로 한 번 인증한 다음 원래 쓰던 메커니즘으로 돌아갑니다. 클라이언트가 그렇게 할 수 없다면 서버 관리자가 비밀번호를 재설정하거나(저장된 자격 증명이 다시 만들어짐) 해당 계정에 TLS를 통한 PLAIN을 허용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>계정의 비밀번호가 저장된 형태로는 요청한 메커니즘(예: 챌린지-응답 방식)을 쓸 수 없으며, 서버가 평문 비밀번호를 한 번 봐야 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>관리자가 새 비밀번호 방식으로 옮겨 가면서 각 계정을 다음 평문 로그인 때 변환합니다.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>STARTTLS 뒤에 서버가 제공하는 메커니즘을 나열하세요.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>TLS를 통해 PLAIN으로 한 번 로그인한 다음, 새 세션에서 원래 메커니즘을 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>같은 AUTH 메커니즘으로 그대로 재시도하지 마세요. TLS를 통해 PLAIN으로 한 번 로그인한 다음 다음 세션에서 원래 메커니즘을 사용하세요. 그동안 메시지는 클라이언트의 보낼 편지함에서 기다립니다.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>수신 서버가 응답하지 않음</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441은 어느 RFC에도 없는 SMTP 응답 코드입니다. 이를 “수신 서버가 응답하지 않음”으로 설명하는 목록은 확장 상태 코드 4.4.1(호스트 응답 없음)에서 점을 뺀 것입니다. 응답하지 않는 서버는 응답을 보낼 수 없으므로, 이는 항상 여러분의 MTA가 실패한 연결에 대해 기록한 상태입니다.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>서버가 대상의 어느 MX에도 연결하지 못했을 때 지연 경고와 큐 목록에 나타납니다. Postfix는 dsn=4.4.1과 함께 &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot;으로 로그에 남기며, 지연 경고에는 Status: 4.4.1이 들어 있습니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>발신 측 관리자는 먼저 발신 호스트에서 나가는 포트 25가 열려 있는지(많은 클라우드와 가정용 네트워크가 막아 둡니다), 대상의 MX 호스트가 해석되고 수신 대기 중인지 확인합니다. 한 도메인만 실패한다면 그 도메인의 관리자가 MX 레코드, 방화벽 또는 다운된 서버를 고쳐야 하며, 고치고 나면 큐가 배달합니다.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>발신 측 호스팅 제공업체, ISP 또는 방화벽이 나가는 TCP 포트 25를 막고 있습니다.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>수신 도메인의 MX 호스트가 다운되었거나 과부하 상태이거나 방화벽이 발신 IP를 막고 있습니다.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>MX 레코드가 잘못되었거나 오래된 주소를 가리키거나, 발신 측이 쓰지 않는 주소 체계(IPv4 또는 IPv6)로만 도달할 수 있는 호스트를 가리킵니다.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>대상의 MX 호스트를 나열하세요.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>첫 번째 MX의 포트 25로 TCP 연결을 직접 열고 220 인사 메시지를 기다리세요.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>지연된 메시지에 대해 큐가 무엇을 기록했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>MTA가 백오프 간격으로 알아서 재시도하며 큐 보존 기간(Postfix 기본값 5일)이 끝나야 포기합니다. 최종 반송 메시지가 오지 않는 한 직접 다시 보낼 것은 없습니다.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442는 어느 RFC에도 없는 SMTP 응답 코드입니다. 이를 “연결 끊김”이라고 부르는 목록은 확장 상태 코드 4.4.2(연결 불량)를 점 없이 인용한 것입니다. 여러분의 MTA가 보고한, 도중에 끊긴 세션을 나타냅니다. 서버가 이에 대해 무언가 말할 때의 실제 응답은 대개 421 4.4.2나 451 4.4.2입니다.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>세션이 끊긴 뒤 자신의 로그와 지연 알림에 나타납니다. Postfix는 dsn=4.4.2와 함께 &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot;를 보고하고, Gmail은 멈춘 클라이언트에 &quot;451 4.4.2 Timeout - closing connection&quot;을, Postfix의 smtpd는 느린 클라이언트에 &quot;421 4.4.2 ... Error: timeout exceeded&quot;를 보냅니다.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>가끔 발생하는 정도라면 할 일이 없습니다. 큐가 재시도합니다. 한 대상으로 반복된다면 발신 측 관리자가 긴 세션을 리셋하는 중간 장비(방화벽, SMTP 검사, VPN, 로드 밸런서), 큰 메시지에서의 MTU 문제, 마지막 점 뒤에 콘텐츠 필터가 너무 오래 걸리는 수신 측을 찾아봅니다.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>서버 사이의 방화벽이나 SMTP 검사 기능이 세션을 리셋하거나 멈추게 합니다. 큰 메시지 본문을 보내는 중에 자주 발생합니다.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>경로 MTU 문제: 짧은 명령은 통과하지만 메시지 본문의 최대 크기 패킷은 버려집니다.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>수신 서버나 그 콘텐츠 검사기가 데이터 끝 이후 클라이언트의 타임아웃보다 오래 걸렸거나, 세션 도중 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>어느 한쪽의 불안정한 회선 또는 NAT 테이블 타임아웃입니다.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>세션이 어디서 끊겼는지 찾으세요. &quot;while sending message body&quot;는 크기나 MTU를, &quot;while receiving the initial server greeting&quot;은 필터링을 가리킵니다.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>수신 측으로 가는 경로 MTU를 측정하세요.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>나중에 재시도하세요. 마지막 점에 대한 응답 전에 끊긴 세션은 배달되지 않은 것으로 간주되므로 메시지 전체를 다시 보내며, 이 때문에 가끔 중복 메일이 생길 수 있습니다.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>최대 홉 수 초과</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446은 어느 RFC에도 없는 SMTP 응답 코드입니다. 이를 “최대 홉 수 초과”로 설명하는 목록은 확장 상태 코드 4.4.6(라우팅 루프 감지)을 점 없이 인용한 것입니다. 이 상황은 메일 루프입니다. 메시지가 Received: 헤더로 셀 수 있을 만큼 너무 많은 서버를 거쳐서 MTA가 멈춘 것이며, 실제로는 영구적 실패, 즉 5.4.6이나 554 5.4.6으로 보고됩니다.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>메시지가 빙빙 돈 뒤의 반송 메시지에 나타납니다. 두 서버가 서로 상대를 최종 목적지로 여기거나, 전달 설정이 자기 자신을 가리키거나, 별칭 체인이 순환하는 경우입니다. Postfix는 Received: 헤더가 hopcount_limit(기본값 50)개에 이르면 이런 메일을 멈추고 DSN 5.4.6과 함께 &quot;mail forwarding loop for user@example.com&quot; 같은 루프를 보고합니다. Exchange Online은 &quot;Hop count exceeded - possible mail loop&quot;을 보고합니다.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>루프가 일어나는 도메인의 관리자(대개 수신 측)가 반송 메시지의 Received: 헤더를 읽어 반복되는 호스트를 찾은 다음 원인을 고칩니다. 서로를 가리키는 MX나 릴레이 설정, 한 서버에서는 로컬이고 다른 서버에서는 릴레이되는 도메인, 메일을 같은 주소로 되돌려 보내는 전달 규칙 등이 원인입니다.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>두 메일 서버가 각각 해당 도메인을 상대 서버로 릴레이하도록 설정되어 있습니다. 예를 들어 마이그레이션 후 이전 시스템과 새 시스템이 모두 도메인을 전달하는 경우입니다.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>사서함 전달 설정이나 별칭이 직접 또는 체인을 거쳐 자기 자신을 가리킵니다.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>백업 MX나 스마트 호스트가 도메인의 메일을 기본 서버로 보내고, 기본 서버가 이를 다시 돌려보냅니다.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>자동 응답기나 메일링 리스트가 다른 자동 응답기에 끝없이 답하고 있습니다.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>반송된 사본의 Received: 헤더 수를 세어 보세요. 수십 개라면 루프가 확실합니다.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Received: 체인에서 어느 호스트가 반복되는지 읽으세요.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Postfix 서버에서 홉 제한을 확인하세요.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>MX 레코드와 릴레이 설정이 도메인의 최종 서버에 대해 일치하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>그대로 재시도하지 마세요. 루프는 설정을 고칠 때까지 반복됩니다. 루프를 끊은 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>나가는 메시지 시간 초과</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447은 어느 RFC에도 없는 SMTP 응답 코드입니다. 이를 “나가는 메시지 시간 초과”라고 부르는 목록은 확장 상태 코드 4.4.7(배달 시간 만료)을 점 없이 쓴 것입니다. 메시지가 허용된 시간보다 오래 큐에 머물러 MTA가 경고했거나 포기했다는 뜻입니다. 지연 경고와 반송 메시지에 보고되는 큐 상태이지, 원격 서버가 세션 중에 하는 말이 아닙니다.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>큐 보존 기간이 끝났을 때 지연 알림과 최종 반송 메시지에 나타나며, Exchange 배달 못 함 보고서에는 &quot;550 4.4.7 QUEUE.Expired; message expired&quot;로 나타납니다. 근본 원인은 그 며칠 동안 계속 실패한 것으로, 대개 수신 측의 4xx이거나 아예 연결되지 않은 경우입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>발신 측 관리자가 큐나 반송 메시지의 진단 줄에서 해당 메시지에 마지막으로 기록된 오류를 읽습니다. 그것이 실제 원인(거부된 연결, 끝내 통과하지 못한 그레이리스팅, 평판 차단, 죽은 MX)이기 때문입니다. 이를 고친 다음 발신자가 다시 보냅니다. 큐 보존 기간을 늘리면 문제가 가려질 뿐입니다.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>큐 보존 기간 내내 대상 MX에 도달할 수 없었습니다(다운, 방화벽 차단 또는 잘못된 MX 레코드).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>수신 측이 발신 측이 포기할 때까지 일시적 오류(속도 제한, 그레이리스팅, 평판에 따른 지연)로 계속 응답했습니다.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>발신 측의 라우팅이나 DNS 문제 때문에 모든 시도가 큐를 떠나지 못했습니다.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>발신 서버의 큐 보존 기간이나 메시지 만료 설정이 짧습니다.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>해당 도메인으로 아직 큐에 있는 메시지의 마지막 지연 사유를 읽으세요.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Postfix가 반송하기 전에 얼마나 오래 시도하는지 확인하세요.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Exim에서 해당 대상에 적용된 재시도 규칙을 표시하세요.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>이 사본에 대해 더 재시도할 것은 없습니다. 발신 MTA가 이미 포기했습니다. 마지막으로 기록된 오류가 가리키는 원인을 고친 뒤 직접 다시 보내세요.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>라우팅 오류</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449는 어느 RFC에도 없는 SMTP 응답 코드입니다. 목록에서는 라우팅 오류로 설명하며 Microsoft Exchange와 연결 짓는데, Exchange가 일부 내부 라우팅 실패에 등록되지 않은 확장 코드 4.4.9를 썼다고 합니다. 이 상황에 대한 등록된 코드는 X.4.4(라우팅 불가)입니다. 세션 중에 449를 응답으로 보내는 것은 없습니다.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>해당 목록에 따르면, 메시지를 라우팅할 수 없을 때 이전 Exchange Server(2000/2003 시대)의 큐와 배달 못 함 보고서에 나타났습니다. 예를 들어 커넥터의 주소 공간이 맞지 않거나 수신자가 삭제된 라우팅 그룹에 속한 경우입니다. 오늘날에는 주로 복사된 코드 표에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>발신 조직의 관리자가 자체 라우팅을 확인합니다. 커넥터나 스마트 호스트, 허용된 도메인, 대상에 대한 DNS 해석입니다. 그런 다음 같은 도메인으로 테스트 메시지를 보내 실제 응답이나 DSN 상태를 읽으세요. 현재 시스템에서 이에 해당하는 것은 대개 4.4.4나 5.4.4, 또는 4.4.3으로 보고되는 DNS 실패입니다.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>송신 커넥터나 스마트 호스트 설정이 수신자의 도메인을 포함하지 않아 서버에 경로가 없습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>발신 서버에서 수신자의 도메인이 해석되지 않습니다(MX도 주소 레코드도 없거나 로컬 리졸버가 실패).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>마이그레이션 후 남은 라우팅 설정(삭제된 라우팅 그룹, 오래된 커넥터)입니다.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>대상 도메인에 사용할 수 있는 MX가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>메일 서버 자체에서, 실제로 사용하는 리졸버로 이름 해석을 테스트하세요.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Postfix가 나가는 메일을 어떻게 라우팅하는지(릴레이 호스트와 transport 맵) 표시하세요.</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA는 이를 일시적인 문제로 보고 계속 재시도하지만, 라우팅 공백은 저절로 해결되지 않습니다. 경로나 DNS를 고친 다음 큐를 플러시하세요.</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>요청한 메일 작업이 수행되지 않음: 사서함을 사용할 수 없음</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>그레이리스팅</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>소프트 바운스</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>서버가 지금은 이 수신자나 명령을 처리하지 않았지만 나중에는 될 수 있다고 봅니다. RFC 5321은 사용 중인 사서함과 일시적인 정책 차단을 예로 듭니다. 오늘날 단연 가장 흔한 원인은 그레이리스팅이고, 그다음이 일시적인 정책 검사(해석되지 않은 역방향 DNS나 발신 도메인, 진행 중인 주소 검증)와 수신자별 속도 제한입니다.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>주로 RCPT TO에서, 가끔 MAIL FROM에서 나타납니다. postgrey를 사용한 그레이리스팅은 Postfix에서 &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;로 나타나며, 다른 그레이리스팅 도구는 450 4.7.1이나 451 4.7.1을 씁니다. Postfix는 &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot;(이전 버전에서는 4.7.1), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot;, &quot;450 4.1.1 ... unverified address&quot;도 보냅니다. Gmail은 한 수신자가 너무 많은 메일을 너무 빨리 받을 때 450 4.2.1을 씁니다. ODMR(RFC 2645)에서는 거부된 ATRN에 대한 응답으로도 450이 쓰입니다.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>그레이리스팅이라면 발신 MTA가 메시지를 보관하고 같은 주소에서 재시도하는 한 아무도 조치할 필요가 없습니다. 그레이리스트 지연 시간(postgrey 기본값 5분) 이후의 첫 재시도가 수락됩니다. 애플리케이션에서 보낸 메일이 사라진다면 발신 측 관리자가 애플리케이션이 수신 측 MX와 직접 통신하지 않고 큐를 갖춘 제대로 된 MTA를 통해 제출하도록 바꿉니다. 정책 관련 경우라면 발신 측 관리자가 텍스트에 적힌 것을 고칩니다. IP로 다시 해석되는 PTR 레코드, 해석되는 발신 도메인, 또는 사용량이 많은 수신자에 대한 더 느린 전송 속도입니다. 수신 측 관리자는 여러 다른 주소에서 재시도하는 대량 발신자를 허용 목록에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>그레이리스팅: 이 클라이언트 IP, 발신자, 수신자 조합의 첫 접촉이므로 그레이리스트 지연 시간 이후 재시도할 때까지 지연됩니다.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>클라이언트 IP에 PTR 레코드가 없거나 PTR 이름이 다시 그 IP로 해석되지 않으며, 서버가 거부 대신 지연시킵니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>그 순간 발신자의 도메인이 해석되지 않아(DNS 타임아웃 또는 레코드 누락) 서버가 검증할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>수신자 주소 검증(다음 홉으로 보내는 탐색)이 아직 끝나지 않았거나 다음 홉에 도달할 수 없었습니다.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>한 수신자가 메일을 너무 빨리 받고 있어 제공업체가 해당 사서함의 속도를 제한합니다.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>배달하는 쪽에서 사서함이 잠겨 있거나 사용 중입니다.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>매번 다른 IP에서 재시도하거나 시도마다 새 엔벨로프 발신자를 쓰는 발신 측은 자신의 그레이리스트 항목과 절대 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>지연 텍스트 전체를 읽으세요. &quot;Greylisted&quot;, &quot;cannot find your hostname&quot;, &quot;Domain not found&quot;는 각각 다른 해결책을 가리킵니다.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>발신 IP의 PTR 레코드를 확인하고 그 이름이 다시 같은 주소로 연결되는지 확인하세요.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>수신 측에서 그레이리스팅이 어느 발신자의 메일을 지연시켰는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>엔벨로프 발신자의 도메인이 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하되, 가능하면 같은 IP에서 같은 엔벨로프 발신자로 재시도하고, 반송하기 전에 며칠 동안 계속 시도하세요. 450을 영구적인 것으로 처리하면 절대 안 됩니다. RFC 5321은 재시도 간격을 30분 이상으로 제안하지만 대부분의 MTA는 더 빨리 재시도하며, 그래서 보통 몇 분인 그레이리스팅 지연을 통과합니다.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail이 발신 서버가 아니라 메일을 너무 많이 받고 있는 수신자 사서함 하나의 속도를 제한하고 있습니다. 이후 시도는 대개 성공합니다.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>요청한 작업이 중단됨: 처리 중 로컬 오류</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>그레이리스팅</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>소프트 바운스</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>서버가 자기 쪽에서 문제를 만나 명령을 중단했습니다. 클라이언트는 나중에 다시 시도해도 됩니다. 실제로 451은 로컬 장애(설정 오류, 조회 실패, 중단된 콘텐츠 필터나 milter, 쓸 수 없는 큐)와, 매우 자주, RCPT TO에서나 메시지 데이터 뒤에 보내는 그레이리스팅 및 일시적인 스팸 방지 지연을 포괄합니다.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>RCPT TO에서 또는 DATA의 마지막 점 뒤에 나타납니다. 흔한 줄: &quot;451 4.7.1 Greylisting in action ...&quot;(milter-greylist 등의 그레이리스팅 도구), &quot;451 4.3.5 Server configuration error&quot;(조회 테이블이나 제한 설정이 잘못된 Postfix), &quot;451 4.7.1 Service unavailable - try again later&quot;(milter에 도달할 수 없고 tempfail로 설정된 Postfix), Exim의 &quot;Temporary local problem - please try later&quot;, Microsoft의 451 4.7.5xx 및 4.7.6xx 속도 제한 응답.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>발신 MTA가 알아서 재시도하므로 지연이 계속되지 않는 한 아무도 조치할 필요가 없습니다. 계속된다면 역할이 나뉩니다. 그레이리스팅과 평판에 따른 제한은 올바른 PTR, SPF, DKIM을 갖춘 고정 IP에서 정상적으로 재시도하면 통과합니다(발신 측 관리자). 반면 설정 오류, 죽은 milter, 가득 찬 디스크, 실패한 디렉터리 조회는 수신 측 관리자의 몫이며, 같은 세션에 대한 수신 측 로그 줄에 실패한 구성 요소가 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>그레이리스팅이나 다른 스팸 방지 도구가 모르는 발신자를 지연시킵니다. 내용을 점수화할 수 있도록 메시지 데이터 뒤에 지연시키는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>서버에 필요한 조회 테이블, 데이터베이스 또는 디렉터리 쿼리가 실패했습니다(맵 파일 누락, LDAP 또는 Active Directory 서버에 도달 불가).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>콘텐츠 필터, 바이러스 검사 데몬 또는 milter가 다운되었거나 타임아웃되며, 서버는 검사하지 않은 메일을 받는 대신 지연시키도록 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>서버가 메시지를 큐에 쓸 수 없었습니다(디스크 가득 참, 잘못된 권한, cleanup 프로세스 실패).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>발신자 도메인에 대한 발신자 검증 콜아웃을 완료할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>발신 IP의 평판이나 발송량에 따른 제공업체의 속도 제한입니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>지연 응답의 확장 코드를 읽으세요. 4.7.x는 정책을, 4.3.x는 수신 측 자체 시스템을 가리킵니다.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>수신 Postfix 서버에서 같은 세션에 대해 기록된 경고(테이블 조회 실패, milter 오류)를 찾으세요.</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>수신 Exim 서버에서 panic 로그를 보고 로컬 문제를 확인하세요.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>평판에 따른 지연이 해소되도록 발신 도메인의 SPF 레코드가 발신 IP를 포함하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하고 메시지를 며칠 동안 큐에 유지하세요. 마지막 점 뒤의 451은 트랜잭션 전체에 적용되므로 일부 수신자가 아니라 메시지 전체를 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Gmail의 일반적인 일시적 거부입니다. 구체적인 사유를 밝히지 않으며 보통 이후 시도에서 해소됩니다.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com이 평판 때문에 발신 IP의 속도를 제한합니다. 4.7.650은 IANA 레지스트리의 코드가 아니라 Microsoft 전용 확장 코드입니다.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>요청한 작업이 수행되지 않음: 시스템 저장 공간 부족</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>사서함 용량 초과</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>할당량 초과</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>자원 한도에 도달해서 서버가 지금은 이 요청을 받을 수 없습니다. RFC 5321은 저장 공간을 예로 들며, 한 트랜잭션에서 수신자를 더 받을 여유가 없을 때(&quot;too many recipients&quot;, 452 4.5.3)에도 452가 올바른 응답이라고 정합니다. 가득 찬 사서함(452 4.2.2)과 가득 찬 서버 큐(452 4.3.1)에도 쓰입니다. 모두 일시적입니다. 같은 메일이 나중에, 또는 더 작게 나누면 성공할 수 있습니다.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>수신자가 너무 많은 경우: 메시지당 한도에 도달하면 RCPT TO에서 나타납니다. 예를 들어 smtpd_recipient_limit(기본값 1000)를 넘은 뒤 Postfix의 &quot;452 4.5.3 Error: too many recipients&quot;나 Gmail의 452 4.5.3입니다. 저장 공간: Postfix의 큐 파일 시스템 공간이 부족할 때 MAIL FROM에서(&quot;452 4.3.1 Insufficient system storage&quot;), SIZE 매개변수가 그 순간의 여유 공간을 넘을 때(RFC 1870), 또는 Exchange 백 프레셔에서(&quot;452 4.3.1 Insufficient system resources&quot;) 나타납니다. 사서함 할당량 초과: Gmail의 452 4.2.2처럼 RCPT TO에서 나타납니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>먼저 확장 코드를 읽으세요. 4.5.3이라면 발신 소프트웨어가 포기할 때만 문제가 됩니다. 이미 수락된 수신자에게는 배달하고 나머지는 다른 트랜잭션으로 보내야 합니다. 대량 발송 도구는 메시지당 수신자 수를 줄여야 하며, 한도를 100보다 낮게 둔 수신 측 관리자는 RFC 5321을 어기는 것입니다. 4.2.2라면 수신자가 사서함을 정리해야 합니다. 4.3.1이라면 발신 측이 기다리는 동안 수신 측 관리자가 디스크 공간을 확보하거나 백 프레셔를 처리합니다.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>한 트랜잭션의 RCPT TO 명령이 서버의 메시지당 수신자 한도보다 많습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>수신자의 사서함이 할당량을 초과했습니다.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>수신 서버의 큐나 스풀 디스크가 거의 가득 찼거나 Exchange 백 프레셔가 작동 중입니다.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>MAIL FROM에서 선언한 SIZE가 서버의 현재 여유 공간보다 큽니다.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>도메인에 대해 트랜잭션당 수신자 수를 제한하는 제공업체 정책입니다(Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>지연 알림이나 반송 메시지에서 452와 함께 온 확장 코드를 확인하세요.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>수신 Postfix 서버에서 메시지당 수신자 한도를 확인하세요.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>수신 서버에서 스풀이 있는 곳의 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>여러 수신자에게 테스트 메시지 하나를 보내 한도가 어디서 시작되는지 확인하세요.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>수신자가 너무 많은 경우, 수락된 수신자에게는 메시지를 지금 보내고 거부된 수신자는 새 트랜잭션에 넣으세요(RFC 5321 4.5.3.1.10). 거부된 수신자를 버리거나 반송하면 절대 안 됩니다. 저장 공간이나 할당량 문제라면 나중에 백오프 간격으로 재시도하세요. RFC 5321은 수신자가 너무 많을 때 오는 예전 방식의 552도 일시적인 것으로 처리하라고 클라이언트에 요구합니다.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail이 이 트랜잭션에서 수신자 목록의 일부만 수락했습니다. 나머지는 다른 트랜잭션이나 메시지로 보내야 합니다.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail 수신자의 저장 공간이 가득 찼습니다. 수신자가 공간을 비우거나 추가로 구매하면 다시 배달됩니다.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online은 서로 다른 데이터센터 지역에 있는 수신자를 별도의 트랜잭션으로 보내기를 원합니다. 발신 MTA는 거부된 수신자를 따로 재시도해야 합니다.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>메일 없음</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>On-Demand Mail Relay(ODMR, 주문형 메일 릴레이, RFC 2645)의 일부로, 클라이언트가 요청한 도메인에 대해 서버의 큐에 메일이 없을 때 ATRN에 대한 응답입니다. 오류라기보다 정보 제공용입니다. 배달할 것이 없으므로 역할이 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>유동 IP 주소의 클라이언트가 인증하고 자기 도메인에 대해 ATRN을 보낸 뒤, ODMR 서버(포트 366)에서만 나타납니다. ODMR은 오늘날 드물며, 일부 코드 표는 이 맥락에서만 나타난다는 설명 없이 453을 나열합니다.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>큐가 실제로 비어 있다면 고칠 것이 없습니다. 메일이 올 것으로 예상했다면 클라이언트 측 관리자가 ATRN에 올바른 도메인을 지정했는지, 도메인의 MX 레코드가 실제로 메일을 ODMR 제공업체로 보내는지 확인합니다.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>현재 요청한 도메인에 대해 대기 중인 메일이 없습니다.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>클라이언트가 ODMR 서버가 그 이름으로 큐에 보관하지 않는 도메인 이름을 요청했습니다(오타, 상위 도메인 대신 하위 도메인).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>도메인의 MX 레코드가 ODMR 제공업체를 가리키지 않아 메일이 그 큐에 전혀 도착하지 않습니다.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>도메인의 MX 레코드가 ODMR 제공업체의 서버를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>ODMR 세션을 직접 실행하세요. EHLO, AUTH, 그다음 도메인과 함께 ATRN을 보내고 응답을 읽습니다.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>지금 재시도할 것은 없습니다. ODMR 클라이언트가 보통 하듯이 다음 예정된 간격에 다시 폴링하세요.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>일시적인 사유로 TLS를 사용할 수 없음 / 일시적인 인증 실패</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>starttls 실패</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>두 확장 RFC가 454를 정의하며, 둘 다 보안 단계의 일시적 실패에 대한 것입니다. RFC 3207은 지금 STARTTLS를 할 수 없을 때 이 코드를 쓰고, RFC 4954는 비밀번호 백엔드가 다운된 경우처럼 서버가 지금 자격 증명을 확인할 수 없을 때 &quot;454 4.7.0 Temporary authentication failure&quot;를 씁니다. 릴레이 시도를 거부하지 않고 지연시킬 때 4.7.1과 함께 나타나기도 합니다.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>STARTTLS 뒤: Postfix는 인증서나 키를 불러올 수 없을 때 &quot;454 4.7.0 TLS not available due to local problem&quot;으로 응답하고 그 이유를 로그에 남깁니다. AUTH 뒤: Dovecot, saslauthd, LDAP 또는 Active Directory가 응답하지 않으면 Postfix, Exchange 등은 &quot;454 4.7.0 Temporary authentication failure&quot;를 보내고, Gmail은 자체 454 4.7.0 텍스트를 보냅니다. RCPT TO에서: soft_bounce를 켜고 실행 중인 Postfix 서버의 &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot;.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>STARTTLS라면 수신 서버의 관리자가 TLS 설정(인증서와 키 경로, 권한, 인증서와 일치하는 키, 만료)을 고치고 다시 불러옵니다. TLS를 요구하지 않는 클라이언트는 평문으로 계속해도 됩니다. RFC 3207은 그 결정을 클라이언트에 맡깁니다. AUTH라면 서버 관리자가 인증 백엔드를 복구합니다. 사용자는 454 때문에 비밀번호를 바꾸면 안 됩니다. 릴레이 거부라면 클라이언트가 외부 도메인으로 보내기 전에 인증해야 합니다.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>서버가 TLS 인증서나 개인 키를 읽거나 불러올 수 없습니다(잘못된 경로, 권한, 인증서와 일치하지 않는 키).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>인증 백엔드(Dovecot auth 소켓, saslauthd, LDAP, Active Directory, 데이터베이스)가 다운되었거나 느리거나 도달할 수 없습니다.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>계정의 동시 로그인이나 최근 실패한 시도가 너무 많아서 제공업체가 한동안 추가 AUTH를 지연시킵니다.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>인증하지 않은 클라이언트가 외부 도메인으로 릴레이를 시도했고, 서버는 이런 시도를 거부하지 않고 지연시킵니다.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>STARTTLS 직후 TLS 핸드셰이크 전에 명령을 파이프라인으로 보냈습니다(Gmail은 454 4.5.0으로 응답).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>서버에서 STARTTLS를 테스트하고 응답과 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Postfix 서버에서 TLS가 꺼진 이유를 찾으세요.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Dovecot 인증 백엔드가 테스트 계정에 대해 응답하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>인증된 제출을 처음부터 끝까지 테스트하세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하세요. TLS나 인증을 요구하는 클라이언트는 조용히 대체 방식으로 넘어가면 안 됩니다. 기회적(opportunistic) TLS를 쓰는 MTA는 정책이 허용하면 TLS 없이 배달해도 됩니다. 454 때문에 사용자에게 새 비밀번호를 요구하면 절대 안 됩니다.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail이 지금은 로그인을 완료할 수 없습니다. 계정에 동시 연결이나 실패한 시도가 많은 뒤에 자주 발생하며, 비밀번호가 틀렸다는 뜻은 아닙니다.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>클라이언트가 STARTTLS와 함께 추가 명령을 보냈습니다. 클라이언트 소프트웨어는 220 응답을 기다리고 TLS 핸드셰이크를 마친 다음 EHLO를 다시 보내야 합니다.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>서버가 매개변수를 수용할 수 없음</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>서버가 MAIL FROM이나 RCPT TO와 함께 주어진 매개변수를 인식했지만 지금은 따를 수 없습니다. RFC 5321 4.1.1.11은 이를 매개변수를 인식하지 못하거나 전혀 구현하지 않았다는 뜻의 555와 구별합니다. 455는 일시적인 경우이며, 매개변수 자체의 확장이 다른 코드를 지정하면 그 코드를 따릅니다.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>드뭅니다. 알린 확장 매개변수(예: DSN, SIZE, 우선순위, SMTPUTF8 옵션)가 지금 사용할 수 없는 무언가에 의존할 때 MAIL FROM이나 RCPT TO에서 나올 수 있습니다. 대부분의 서버는 이런 상황에 451이나 452로 응답하므로, 455를 보게 되면 기록해 둘 만합니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>발신 MTA는 다른 4xx와 마찬가지로 재시도합니다. 계속된다면 클라이언트 소프트웨어가 서버가 처리하지 못하는 선택적 매개변수를 빼고 보낼 수 있으며, 서버 관리자는 그 확장을 담당하는 구성 요소를 살펴봐야 합니다.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>매개변수가 의존하는 서비스(DSN 생성, 우선순위 큐, 크기 계산)를 서버에서 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>서버가 EHLO 응답에서 확장을 알렸지만 그 기능이 지금은 꺼져 있거나 과부하 상태입니다.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>클라이언트가 보낸 매개변수를 서버가 알리는 확장과 비교하세요.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>발신 로그에서 455를 받은 MAIL FROM 또는 RCPT TO 줄을 찾으세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>나중에 백오프 간격으로 그대로 재시도하세요. 계속 실패한다면, 필수가 아닌 선택적 매개변수는 빼고 재시도해도 됩니다.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>SPF와 DKIM에 실패했으니 IPv4로 메시지를 즉시 재시도하세요</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>제안되었지만 표준화되지 않았습니다. 2013~2014년의 만료된 인터넷 초안(draft-martin-smtp-ipv6-to-ipv4-fallback)은 IPv6로 도착한 메시지가 SPF와 DKIM에 실패해 거부하는 수신 측이 456으로 응답하여 발신 측이 즉시 IPv4로 재시도하게 하자고 제안했습니다. 이를 정의한 RFC는 없으며 주요 MTA는 이 특별한 재시도를 구현하지 않습니다. 이들에게는 평범한 4xx입니다.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>거의 보이지 않습니다. 이 아이디어는 IPv6 발신 측에 IPv4 발신 측보다 엄격한 규칙(인증과 PTR 필수)을 적용하는 수신 측에서 나왔습니다. 발신 측이 실제로 만나는 것은 인증되지 않은 IPv6 메일에 대한 영구 거부로, 예를 들어 IPv6 발송 가이드라인이나 PTR 레코드 누락을 언급하는 Gmail의 550 응답입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>발신 측 관리자가 IPv6 메일을 IPv4 메일만큼 신뢰할 수 있게 만듭니다. 다시 해석되는 IPv6 주소의 PTR 레코드, ip6: 항목으로 그 주소를 포함하는 SPF, DKIM 서명입니다. 그때까지는 나가는 SMTP에 IPv4를 우선하거나 IPv4만 쓰도록 MTA를 설정하세요(Postfix: smtp_address_preference 또는 inet_protocols, Exim: disable_ipv6 또는 dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>발신 호스트의 IPv6 주소가 발신 도메인의 SPF 레코드에 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>메시지에 DKIM 서명이 없거나 서명이 깨져서, IPv6 배달을 인증해 주는 다른 수단이 없습니다.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>IPv6 주소에 역방향 DNS가 없거나, PTR 이름이 다시 그 주소로 해석되지 않습니다.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>대상 MX에 MTA가 사용할 수 있는 IPv6 주소가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>발신 IPv6 주소의 PTR 레코드를 확인하세요.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>SPF가 IPv6 주소를 포함하는지 확인하세요(ip6: 항목 또는 그 주소를 포함하는 include).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>IPv4로만 테스트 메일을 보내 결과를 비교하세요.</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>이 초안을 아는 MTA라면 즉시 IPv4로 재시도하겠지만, 실제 MTA는 다른 4xx처럼 지연시키며 다음 시도에서 또 IPv6로 연결할 수 있습니다. IPv6 인증을 고치거나 나가는 연결에 IPv4를 우선하는 것이 확실한 방법입니다.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>노드 &lt;x&gt;에 대한 메시지를 큐에 넣을 수 없음</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>ETRN(RFC 1985)에 대한 응답입니다. 서버가 도메인이나 노드를 위해 보관한 메일의 배달을 시작하라는 요청을 이해했지만 지금은 그 큐 처리를 시작할 수 없습니다. ETRN은 간헐적으로 연결되는 사이트가 제공업체나 백업 MX에 자신을 기다리는 메일을 보내 달라고(플러시) 요청할 때 사용합니다.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>ETRN 명령 뒤에만 나타나며, 대개 ETRN 모드의 fetchmail, 회선이 연결될 때의 소규모 사무실 메일 서버, 또는 직접 보낸 명령입니다. Postfix는 flush 서비스가 실패를 보고하면 &quot;458 Unable to queue messages&quot;로 응답하며, Postfix postscreen은 받는 모든 ETRN에 이렇게 응답합니다.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>큐를 보관하는 릴레이의 관리자가 플러시 방식(Postfix에서는 flush 서비스와 fast_flush_domains 설정)과 큐를 읽을 수 있는지 확인합니다. 고칠 때까지도 보관된 메일은 릴레이의 일반 재시도 일정에 따라 나갑니다.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>릴레이의 큐 플러시 서비스가 실패했거나 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>클라이언트가 ETRN을 넘겨주지 않는 프런트 엔드(예: Postfix postscreen)에 연결했습니다.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>요청한 도메인에 대해 큐를 검사하는 중 릴레이 측에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>릴레이에서 Postfix가 어느 도메인에 대해 ETRN을 받아들이는지 확인하세요.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>릴레이에서 해당 도메인에 대한 배달을 로컬로 시작하세요. ETRN이 요청하는 것이 바로 이것입니다.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>릴레이의 로그에서 ETRN 경고를 찾으세요.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>다음 연결이나 폴링 때 ETRN을 다시 보내세요. 그동안 릴레이는 메일을 보관하고 자체 재시도 일정에 따라 배달합니다.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>노드 &lt;x&gt; 허용 안 됨: &lt;사유&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>ETRN(RFC 1985)에 대한 응답입니다. 서버가 지정된 노드나 도메인에 대한 큐 처리 시작을 거부하며 사유를 알려 줍니다. 요청은 이해했지만 서버가 그 이름에 대해, 또는 이 클라이언트에 대해 이 서비스를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>ETRN 뒤에, 해당 도메인이 릴레이가 큐를 보관하는 도메인이 아니거나 정책상 이 클라이언트가 큐 처리를 시작할 수 없을 때 나타납니다. Postfix는 도메인이 fast flush 서비스 대상이 아니면(fast_flush_domains, 기본값은 relay_domains 목록) &quot;459 &lt;example.com&gt;: service unavailable&quot;로 응답하며, smtpd_etrn_restrictions로도 요청을 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>클라이언트 측 관리자가 ETRN에 릴레이가 메일을 보관하는 도메인을 정확히 지정했는지 확인합니다. 서비스를 제공하려는 것이라면 릴레이 관리자가 해당 도메인을 ETRN 대상 목록(Postfix: fast_flush_domains)에 추가하고 ETRN 제한 설정에서 클라이언트를 허용합니다.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>요청한 도메인이 릴레이의 ETRN 대상 도메인 목록에 없습니다.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>릴레이의 정책이 이 클라이언트 주소에서 오는 ETRN이나 인증 전의 ETRN을 거부합니다.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>클라이언트가 릴레이가 큐를 보관하는 이름과 다른 이름을 보냈습니다(도메인 대신 호스트 이름, 또는 그 반대).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>릴레이에서 어느 도메인이 플러시 대상인지 확인하세요.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>릴레이에서 ETRN 제한 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>EHLO와 ETRN을 직접 보내고 사유 텍스트를 읽으세요.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>같은 ETRN을 그대로 반복하지 마세요. 다시 거부됩니다. 먼저 도메인 이름을 바로잡거나 릴레이 설정을 받으세요. 이미 큐에 있는 메일은 사라지지 않으며 릴레이의 일반 재시도를 기다립니다.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>메일 서버 오류, 흔히 로컬 스팸 방지 필터</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471은 어느 RFC에도 없는 SMTP 응답 코드입니다. 목록에서는 메일 서버의 오류, 흔히 로컬 스팸 방지 필터라고 설명합니다. 이 숫자는 571이 5.7.1에서 점을 뺀 것이듯 확장 상태 코드 4.7.1(배달이 허가되지 않음, 일시적 형태)에서 점을 뺀 것입니다. 실제 통신에서는 이 상황이 450 4.7.1이나 451 4.7.1로 옵니다.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>코드 표와 4.7.1의 점이 빠진 사용자 보고에 나타납니다. 그 뒤의 실제 응답은 일시적인 정책 거부입니다. 그레이리스팅, 이전 Postfix 버전의 &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot;(현재 버전은 여기서 4.7.25를 보냄), 또는 발신 측 자체의 나가는 필터나 게이트웨이가 메시지를 지연시킨 경우입니다.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>무엇을 하기 전에 로그나 반송 메시지에서 실제 응답을 찾으세요. 그레이리스팅이라면 큐가 재시도하도록 두세요. 역방향 DNS나 평판 검사라면 발신 측 관리자가 PTR, SPF, DKIM을 고칩니다. 자체 나가는 스팸 방지 게이트웨이가 지연시켰다면 관리자가 그 게이트웨이의 로그와 발송 한도를 확인합니다.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>수신 측의 일시적인 스팸 방지 또는 정책 검사(그레이리스팅, 평판, 속도 제어)가 4.7.1로 메시지를 지연시켰습니다.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>발신 IP에 일치하는 PTR 레코드가 없어서 수신 측이 클라이언트를 검증할 수 있을 때까지 지연시킵니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>발신 측 자체의 나가는 필터나 게이트웨이가 메시지를 보류했습니다. 예를 들어 스팸으로 의심되거나 발송 한도를 넘은 경우입니다.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>메일 로그에서 4.7.1이 담긴 실제 응답을 검색하세요.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>발신 IP의 PTR 이름이 다시 같은 IP로 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>지연 큐를 보고 메시지를 지연시킨 것이 자체 게이트웨이인지 수신 측인지 확인하세요.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>실제 응답이 무엇이었든 4.7.1 계열의 지연은 일시적입니다. 나중에 백오프 간격으로 재시도하세요. 같은 거부가 하루 넘게 계속된다면 차단으로 보고, 큐가 만료되기를 기다리지 말고 원인을 고치세요.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>구문 오류, 인식할 수 없는 명령</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>서버가 받은 줄을 이해할 수 없었습니다. 명령어를 모르거나 줄이 깨져 있습니다. RFC 5321은 너무 긴 명령 줄에도 500을 허용하며, RFC 4954는 AUTH 응답이 서버의 버퍼를 넘칠 때 500 5.5.6을 씁니다. 해당 명령만 실패하며 세션은 보통 열린 채로 유지됩니다.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>클라이언트가 한 줄을 보낸 직후, 세션의 어느 시점에서든 나타납니다. 대표적인 경우: HELO만 아는 서버가 EHLO에 응답할 때, 클라이언트가 해당 포트에서 잘못된 프로토콜을 쓸 때(평문 포트로 보낸 TLS 핸드셰이크, HTTP 요청), 수동 telnet 테스트의 오타. Sendmail은 500 5.5.1 Command unrecognized로, Microsoft Exchange는 500 5.3.3 Unrecognized command로 응답합니다. Postfix와 Gmail은 알 수 없는 명령어에 대신 502를 씁니다.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>클라이언트를 운영하는 사람(발신 측 관리자 또는 애플리케이션 개발자)이 고칩니다. 명령을 바로잡고, 올바른 포트와 TLS 모드를 쓰고, EHLO에 500이 오면 HELO로 대체하고, 명령 줄을 512옥텟 이내로 유지합니다. 방화벽이 SMTP 트래픽을 다시 쓴다면 그쪽 네트워크 관리자가 SMTP/ESMTP 검사를 끄거나 완화합니다. 수신 서버는 해당 명령을 정말 지원해야 하는 경우가 아니면 바꿀 것이 없습니다.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>철자가 틀린 명령이나 아예 SMTP 명령이 아닌 것입니다. 직접 입력하는 telnet이나 nc 세션에서 흔합니다.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>클라이언트가 해당 포트에서 잘못된 프로토콜을 씁니다. 평문 SMTP 포트로 보낸 TLS ClientHello, 또는 잘못 설정된 모니터링 도구나 프록시의 HTTP 요청입니다.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>아주 오래되었거나 최소한의 기능만 가진 서버가 EHLO를 모르며 클라이언트가 HELO로 대체하기를 기대합니다.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>SMTP 검사 기능이 있는 방화벽(Cisco ASA ESMTP 검사가 대표적)이 허용하지 않는 명령을 X 문자열로 바꾸어, 서버가 이를 인식하지 못합니다.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>명령 줄이 서버가 받아들이는 길이를 넘거나(RFC 5321이 보장하는 것은 CRLF 포함 512옥텟뿐), AUTH 응답이 서버의 SASL 버퍼보다 깁니다.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>대화를 직접 재현하고 각 줄에 대한 응답을 읽으세요. EHLO 직후 500이 오면 서버가 HELO만 쓴다는 뜻입니다.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>포트가 첫 바이트부터 TLS를 기대한다면(465) 평문을 보내지 말고 그 방식으로 테스트하세요.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>배너와 EHLO 응답에 별표나 X 문자가 있는지 살펴보세요. 경로에 방화벽의 SMTP 검사가 있다는 표시입니다.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Postfix 클라이언트에서 로그의 거부된 명령을 찾으세요. Postfix는 원격 응답과 그 응답을 받은 명령을 기록합니다.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>같은 줄을 그대로 다시 보내지 마세요. 세션은 대개 계속 쓸 수 있습니다. EHLO에 500이 오면 HELO를 보내고, 그 밖의 500이면 명령을 바로잡거나, QUIT한 다음 다음 시도 전에 클라이언트를 고치세요.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>매개변수 또는 인수의 구문 오류</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>서버가 명령은 알지만 인수를 거부합니다. 형식이 잘못된 엔벨로프 주소, 잘못된 HELO/EHLO 이름, 형식이 잘못된 ESMTP 매개변수, 또는 유효한 base64가 아닌 AUTH 데이터입니다. 명령은 그 형태로는 거부되고 서버는 원래 상태에 머무르므로, 같은 세션에서 바로잡은 명령을 이어서 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>주로 EHLO, MAIL FROM, RCPT TO에서, 가끔 AUTH 도중에 나타납니다. Postfix는 501 5.1.7 Bad sender address syntax(발신 주소 구문 오류)나 501 5.1.3 Bad recipient address syntax(수신 주소 구문 오류)를, Exim은 501 Syntactically invalid HELO argument(s)를 보냅니다. RFC 4954를 따르는 서버는 클라이언트가 별표 하나로 AUTH를 취소하거나 디코딩할 수 없는 base64를 보내면 501로 응답하며, RFC 3207은 매개변수가 붙은 STARTTLS에 501을 지정합니다.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>발신 측이 고칩니다. 발신자는 잘못 입력했거나 형식이 틀린 주소를 바로잡고, 발신 측 관리자는 MTA에 올바른 FQDN HELO 이름을 지정하며 엔벨로프 명령이나 AUTH 문자열을 직접 만드는 스크립트나 애플리케이션을 점검합니다. 주소가 웹 양식이나 데이터베이스에서 온다면 SMTP에 도달하기 전에 검증하세요.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>구문이 깨진 엔벨로프 주소입니다. 꺾쇠괄호 누락, 중간의 공백, 끝의 점, 따옴표로 감싸지 않은 특수 문자, 한 명령에 주소 두 개 등입니다.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>비어 있거나 형식이 잘못된 HELO/EHLO 인수입니다. 예를 들어 대괄호 없는 IP 주소나 밑줄이 들어간 호스트 이름입니다.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>유효한 base64가 아닌 AUTH 데이터로, 대개 PLAIN 문자열을 직접 조립하는 스크립트에서 나옵니다.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>클라이언트가 별표 하나로 인증 교환을 취소했으며, RFC 4954에 따라 서버가 501로 응답합니다.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>값이 잘못된 ESMTP 매개변수입니다. 예를 들어 숫자가 아닌 SIZE= 값이나 형식이 잘못된 NOTIFY= 또는 ORCPT=입니다.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>swaks로 같은 엔벨로프를 보내고 어느 명령이 501을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Postfix MTA가 HELO/EHLO에서 알리는 이름을 확인하세요. FQDN 호스트 이름이나 대괄호로 감싼 주소 리터럴이어야 합니다.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>클라이언트가 보내는 AUTH PLAIN 문자열을 디코딩하여 권한 부여 ID, NUL, 사용자, NUL, 비밀번호 순서인지 확인하세요.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>발신 서버의 로그에서 거부된 줄을 찾아 실제로 보낸 인수를 정확히 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>명령이나 메시지를 그대로 재시도하지 마세요. 같은 인수는 다시 거부됩니다. 주소, HELO 이름, 매개변수 또는 AUTH 데이터를 바로잡으세요. 세션 안에서는 클라이언트가 바로잡은 명령을 즉시 보내도 됩니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Gmail의 수신 서버는 인수가 비어 있거나 유효한 호스트 이름도 주소 리터럴도 아닌 HELO나 EHLO를 메일을 주고받기 전에 거부합니다.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>구현되지 않은 명령</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>서버가 명령을 인식하지만 구현하지 않았거나 꺼 두었습니다. RFC 5321 4.2.4는 알려졌지만 구현되지 않은 명령에 502를, 알 수 없는 명령에 500을 쓰도록 하지만, Postfix와 Gmail을 비롯한 여러 서버는 알 수 없는 명령어에도 502로 응답합니다.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>선택적 명령에 대한 응답으로 나타납니다. 이를 꺼 둔 서버의 VRFY나 EXPN(disable_vrfy_command = yes로 설정한 Postfix는 502 5.5.1 VRFY command is disabled로 응답), ETRN이나 TURN, HELO만 쓰는 서버의 EHLO 등입니다. Gmail은 모르는 모든 것에 502 5.5.1 Unrecognized command로, Postfix는 502 5.5.2 Error: command not recognized로 응답합니다.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>고쳐야 할 것은 클라이언트입니다. 서버가 EHLO 응답에서 알린 명령만 쓰고, EHLO가 거부되면 HELO로 대체하고, 주소 확인에 VRFY나 EXPN을 쓰지 말아야 합니다. 수신 측 관리자는 해당 명령을 제공해야 하는 경우에만 조치합니다. 예를 들어 메일이 그곳 큐에 쌓이는 고객을 위해 ETRN을 켜는 경우입니다.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>주소 수집을 막으려고 정책상 VRFY나 EXPN을 꺼 두었습니다.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>클라이언트가 서버가 EHLO 뒤에 알린 적 없는 확장을 씁니다. ETRN, TURN, CHUNKING 없는 BDAT, 인증을 지원하지 않는 서버의 AUTH 등입니다.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>HELO만 쓰는 서버가 EHLO를 거부했는데 클라이언트가 HELO로 대체하지 않습니다.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Postfix나 Gmail에 보낸 오타나 알 수 없는 명령어입니다. 이 서버들은 인식하지 못한 명령을 500이 아니라 502로 보고합니다.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>서버가 EHLO 뒤에 실제로 알리는 기능을 나열하고 실패한 명령과 비교하세요.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>자신의 Postfix 서버에서 VRFY가 꺼져 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>예약된 ETRN이나 포트 25에서의 AUTH처럼 EHLO 응답과 상관없이 강제로 켜는 기능이 클라이언트 설정에 있는지 검토하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>이 세션에서도 이후 세션에서도 명령을 반복하지 마세요. 계속 실패합니다. 그 명령 없이 진행하거나(EHLO 대신 HELO, VRFY 사용 안 함) 클라이언트를 바꾸세요.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail은 전혀 모르는 명령에 500이 아니라 502를 돌려주므로, Gmail의 502는 대개 기능이 꺼져 있다기보다 오타나 SMTP가 아닌 클라이언트를 가리킵니다.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>잘못된 명령 순서</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>명령은 유효하지만 세션의 잘못된 시점에 도착했습니다. MAIL 전의 RCPT, 수락된 RCPT가 없는 상태의 DATA, HELO/EHLO 전의 MAIL, 트랜잭션 안의 두 번째 MAIL, 로그인 성공 후의 AUTH 등입니다. 서버는 이를 거부하고 현재 상태에 머무릅니다.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>주로 RCPT TO나 DATA에서 나타납니다. 반송 메시지에서는 실제 문제를 가리는 경우가 많습니다. 파이프라이닝 클라이언트가 모든 RCPT가 거부되었는데도 DATA를 보내므로 마지막으로 기록된 응답이 503이 됩니다(Postfix: 503 5.5.1 Error: need RCPT command, Exim은 503 안에 앞선 RCPT 오류를 인용). 인증을 제공하지 않는 곳에서 보낸 AUTH에 대한 응답이기도 합니다(Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>먼저 503 앞의 응답을 보세요. 수신자가 거부되었다면 그 원인(주소, 릴레이 권한, 정책)을 고치면 503은 저절로 사라집니다. 순서가 정말 잘못되었다면 클라이언트 소프트웨어나 스크립트를 고쳐야 합니다. EHLO를 먼저, STARTTLS 뒤에 EHLO를 다시, AUTH는 알린 경우에만 한 번, 그다음 MAIL, RCPT, DATA 순서입니다.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>모든 RCPT TO가 거부되었는데(알 수 없는 사용자, 릴레이 거부) 파이프라이닝 클라이언트가 그래도 DATA를 보내서, 503이 앞선 5xx를 가립니다.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>클라이언트가 STARTTLS 뒤에 EHLO를 다시 보내지 않았습니다. STARTTLS는 세션을 초기 상태로 되돌립니다.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>인증이 켜져 있지 않은 포트나 서버에 AUTH를 보냈거나, 이미 성공한 뒤에 AUTH를 다시 보냈습니다.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>직접 만든 클라이언트나 스크립트가 MAIL 전에 RCPT를 보내거나, RSET 없이 두 번째 MAIL을 시작합니다.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>마지막 줄만 보지 말고 세션 기록이나 반송 메시지 전체를 읽으세요. 503 전에 온 RCPT TO에 대한 응답을 찾으세요.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>같은 트랜잭션을 STARTTLS를 통해 한 단계씩 실행하고 서버가 어디서 거부하는지 지켜보세요.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>503이 AUTH에 대한 응답이라면 해당 Postfix 리스너에서 인증이 켜져 있기는 한지 확인하세요. 보통 제출 포트에서만 켜져 있습니다.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>같은 순서를 다시 실행하면 같은 503이 나옵니다. 먼저 클라이언트나 앞선 거부를 고치세요. 세션 안에서는 클라이언트가 여전히 올바른 명령을 보내거나, RSET 후 트랜잭션을 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail은 인사 명령 전에 보낸 MAIL, AUTH, STARTTLS를 거부합니다. 예를 들어 연결하자마자 STARTTLS를 보내는 클라이언트입니다.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>구현되지 않은 명령 매개변수</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>명령은 알지만 서버가 함께 주어진 매개변수 값을 지원하지 않습니다. 실제로는 서버가 제공하지 않는 메커니즘으로 AUTH를 보냈을 때 응답하며(RFC 4954는 이 경우 5.5.4와 짝지음), Postfix는 FQDN이 아닌 HELO 이름과 엔벨로프 주소를 거부할 때도 씁니다.</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>AUTH에서, 클라이언트가 서버에 없는 CRAM-MD5, NTLM, XOAUTH2 같은 메커니즘을 고집할 때 나타납니다. Gmail과 Microsoft Exchange는 504 5.7.4 Unrecognized authentication type(인식할 수 없는 인증 유형)으로 응답합니다. reject_non_fqdn_helo_hostname이나 이에 대응하는 발신자·수신자 제한을 쓰는 Postfix 서버에서는 HELO, MAIL FROM, RCPT TO에서 Helo command rejected: need fully-qualified hostname 또는 need fully-qualified address와 함께 504 5.5.2로 나타납니다. smtpd_tls_auth_only를 설정한 Postfix는 STARTTLS 전의 AUTH에 504 5.5.4로 응답합니다.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>AUTH라면 사용자나 클라이언트 관리자가 서버가 알리는 메커니즘(보통 TLS를 통한 PLAIN 또는 LOGIN)을 선택하고 STARTTLS가 먼저 오도록 합니다. HELO나 주소 거부라면 발신 측 관리자가 FQDN HELO 이름(Postfix의 myhostname)을 설정하고 애플리케이션이 user@example.com 같은 완전한 주소를 쓰게 합니다. 수신 측 관리자는 알려진 파트너에게 너무 엄격한 경우에만 제한을 완화합니다.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>클라이언트가 서버의 EHLO 응답에 없는 AUTH 메커니즘을 강제로 씁니다. 예를 들어 PLAIN과 LOGIN만 제공하는 서버에 CRAM-MD5나 NTLM을 쓰는 경우입니다.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>TLS를 통해서만 인증을 허용하고 이를 538 대신 504로 알리는 서버에 STARTTLS 전에 AUTH를 보냈습니다.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>발신 MTA가 mailhost 같은 짧은 비정규화 HELO 이름을 알리고, 수신 측은 reject_non_fqdn_helo_hostname을 사용합니다.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>엔벨로프 발신자나 수신자에 FQDN 도메인이 없으며(user@localhost 형태), 수신 측은 이를 요구합니다.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Google의 예전 XOAUTH 같은 폐기된 메커니즘을 제공업체가 더 이상 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>STARTTLS 세션을 열고 EHLO test.example.com을 입력한 다음 250-AUTH 줄을 읽어 어떤 메커니즘이 제공되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Postfix 서버가 보내는 HELO 이름을 확인하세요. FQDN이어야 합니다.</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>그 이름이 DNS에서 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>수신 Postfix 서버에서 어떤 비FQDN 제한이 활성화되어 있고 어떤 코드를 쓰는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>같은 메커니즘, HELO 이름, 주소로 재시도하지 마세요. 영구적인 거부입니다. AUTH가 실패한 뒤 클라이언트는 RFC 4954가 허용하는 대로 같은 세션에서 알려진 다른 메커니즘을 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>클라이언트가 Gmail이 제공하지 않는 SASL 메커니즘을 요청하면 Gmail의 제출 서비스가 이렇게 응답합니다. 비밀번호가 아니라 메커니즘 이름에 관한 것입니다.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>잘못된 이메일 주소</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>510을 SMTP 응답 코드로 정의한 RFC는 없습니다. “SMTP 오류” 목록에서는 잘못된 이메일 주소라고 하며, 실제로 이 숫자는 거의 항상 확장 상태 코드 5.1.0(기타 주소 상태, RFC 3463)에서 점을 뺀 것입니다. 실제 응답은 550 5.1.0이나 553 5.1.0이었을 가능성이 높습니다. 서버가 더 좁혀 말하지 않은 주소 문제입니다.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>요약된 반송 정보에 나타납니다. ESP 대시보드, 티켓 시스템, 웹메일 알림, 포럼 글에서 &quot;550 5.1.0 Sender denied&quot; 같은 줄을 “오류 510”으로 적는 경우입니다. 예를 들어 Exchange Online은 거부된 발신자와 해석할 수 없는 수신자에 5.1.0을 씁니다. 실제 통신에서 진짜 510은 드물며 표준을 따르지 않는 소프트웨어에서만 나옵니다.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>발신자(또는 반송 메시지를 읽는 사람)가 먼저 반송 메시지나 메일 로그에서 전체 응답 줄을 확인합니다. 5.1.0만으로는 거부된 것이 발신 주소인지 수신 주소인지 알 수 없기 때문입니다. 두 주소 모두 오타와 불필요한 문자가 없는지 확인하세요. 응답이 Exchange Online에서 왔고 발신자를 지목한다면, 저장된 사본이나 오프라인 사본에 회신하지 말고 새 메시지를 작성하도록 발신자에게 안내하세요. 줄에 전혀 다른 내용이 있다면 실제 세 자리 코드를 찾아보세요.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>반송 요약이나 대시보드가 확장 코드 5.1.0을 점 없이 표시했습니다.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>수신 서버가 주소를 거부했지만 5.1.1이나 5.1.7 대신 일반적인 주소 주제 코드(5.1.0)만 알렸습니다.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online이 5.1.0 Sender denied(발신자 거부)로 응답했습니다. 대개 파일로 저장해 오프라인으로 연 메시지에 누군가 회신한 뒤입니다.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Exchange 내부의 레거시 주소(legacyExchangeDN)를 조회할 수 없어서 Exchange가 수신자를 해석하지 못했습니다.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>자체 메일 로그에서 실패한 주소의 전체 응답 줄을 찾으세요. 실제 기본 코드는 처음 세 자리이고 확장 코드가 그 뒤에 옵니다.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>반송 메시지에서 맨 위의 친절한 요약 대신 배달 상태(delivery-status) 부분의 Status:와 Diagnostic-Code: 필드를 읽으세요.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>엔벨로프 발신 도메인과 수신 도메인이 모두 DNS에 존재하는지 확인하세요.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>문자 그대로의 510을 받은 발신 MTA는 첫 자리로 판단해야 합니다(RFC 5321 4.2). 영구적 실패이므로 메시지를 큐에 두지 말고 반송하세요. 주소를 바로잡은 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>잘못된 이메일 주소</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>존재하지 않는 사용자</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>잘못된 수신자</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>없는 주소</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511은 어느 RFC에도 없는 SMTP 응답 코드입니다. 누군가 “오류 511, 잘못된 이메일 주소”라고 보고한다면 거의 항상 확장 코드 5.1.1(Bad destination mailbox address), 즉 수신자의 서버가 사서함이 존재하지 않는다고 말하는 경우를 뜻합니다. 실제 통신에서는 550 5.1.1(가끔 553이나 554와 5.1.1)로 옵니다.</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>반송 통계, CRM 및 뉴스레터 도구, 복사해 붙인 오류 목록에서 &quot;550 5.1.1 ... User unknown&quot;을 511로 줄여 쓴 경우에 나타납니다. 실제 응답은 RCPT TO에 대한 응답으로 오거나, 수신 서버가 메시지를 수락한 뒤에야 수신자를 확인하는 경우 나중에 반송 메시지로 옵니다.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>발신자가 수신 주소를 한 글자씩 확인하고(바뀐 글자 순서, 빠진 점, 잘못된 국가 도메인, 퇴사자의 주소), 전화나 다른 수단으로 수신자에게 확인합니다. 목록 운영자는 5.1.1이 확인되면 재시도하지 말고 주소를 삭제합니다. 수신 서버를 운영하는데 사용자가 실제로 존재한다면 서버가 RCPT 시점에 참조하는 별칭, 가상 주소, 디렉터리 조회를 확인하세요.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>주소의 로컬 부분, 즉 @ 앞부분에 오타가 있습니다.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>계정이 삭제되었거나 이름이 바뀌었습니다. 예를 들어 직원이 퇴사했거나 회사가 주소 형식을 바꾼 경우입니다.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>주소록이나 자동 완성 캐시에서 고른 오래된 주소가 더 이상 디렉터리와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>수신 측에서, 사서함 저장소에는 있지만 SMTP 서버가 확인하는 별칭이나 수신자 테이블에는 빠진 사용자입니다.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>메시지를 보내지 않고 수신자를 테스트하세요. RCPT TO에 대한 응답으로 서버가 해당 사서함을 아는지 알 수 있습니다(많은 대형 제공업체는 알려 주지 않습니다).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>자신의 Postfix 서버에서 어느 테이블이 해당 주소에 응답했고 어떤 응답을 주었는지 확인하세요.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Exim을 운영한다면 해당 주소를 어떻게 라우팅할지 물어보세요. 라우팅할 수 없다는 결과가 나오면 5.1.1이 맞습니다.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>단독 511은 어떤 경우에도 재시도하면 안 됩니다. 첫 자리에 따라 영구적 실패로 읽으세요. 그 뒤의 실제 550 5.1.1이라면 사람이 바로잡은 주소를 확인해 줄 때까지 그 주소로 보내지 마세요.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>수신자 도메인의 호스트를 DNS에서 찾을 수 없음</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>512를 할당한 RFC는 없습니다. 오류 목록에서는 “수신자의 도메인을 찾을 수 없음”이라는 뜻으로 쓰는데, 이는 확장 코드 5.1.2(Bad destination system address, RFC 3463)입니다. @ 뒷부분이 존재하지 않거나 메일을 받을 수 없다는 뜻입니다. 실제 응답은 대개 550 5.1.2나 553 5.1.2이거나, DNS 조회 실패 후 발신 측 서버가 직접 작성한 반송 메시지입니다.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>원격 서버가 전혀 관여하지 않는 경우가 많습니다. 발신 MTA가 도메인의 MX와 주소 레코드를 조회해 NXDOMAIN을 받고 스스로 메시지를 반송합니다. Sendmail은 이를 &quot;Host unknown (Name server: ...: host not found)&quot;와 함께 550 5.1.2로 기록하고, Postfix는 &quot;Host or domain name not found&quot;로 보고하며 5.4.4로 분류합니다. Gmail은 존재하지 않는 도메인으로의 제출에 553 5.1.2로 응답합니다.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>발신자가 도메인 철자를 확인합니다(hotmial, gmial, 빠진 국가 접미사, .com 대신 .con). 도메인이 맞다면 도메인 소유자의 관리자가 DNS를 고쳐야 합니다. 도메인이 만료되었거나 위임을 잃었을 수 있습니다. 여러 도메인이 한꺼번에 실패한다면 발신 측 관리자가 발신 서버 자체의 리졸버를 확인합니다. 로컬 리졸버가 고장 나면 모든 조회가 도메인이 없는 것처럼 보이기 때문입니다.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>수신 도메인의 철자가 틀렸고 그 틀린 이름은 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>수신자 도메인의 등록이 만료되었거나 네임 서버가 응답을 멈췄습니다.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>발신 서버의 리졸버가 고장 났거나, 방화벽에 막혔거나, 오래된 캐시로 응답합니다.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>내부 전용 이름(.local 또는 스플릿 호라이즌 도메인)이 그 이름이 해석되는 네트워크 밖에서 메일 주소로 쓰였습니다.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>DNS에 도메인의 메일 익스체인저를 조회하세요. 전체 응답에 NXDOMAIN이 있으면 도메인이 존재하지 않는 것입니다.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>자체 리졸버를 거치지 않고 루트 서버부터 차례로 이름을 해석하여 로컬 DNS 장애 가능성을 배제하세요.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>발신 서버의 로그에서 로컬 반송 기록을 찾으세요.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>단독 512는 첫 자리에 따라 영구적인 것으로 처리하세요. 발신 MTA는 권한 있는 NXDOMAIN에는 반송하되, 도메인의 존재 여부에 대해 아무것도 알려 주지 않는 DNS 타임아웃이나 SERVFAIL에는 계속 재시도(일시적)해야 합니다.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>주소 형식이 올바르지 않음</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>잘못된 주소 형식</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513은 어느 RFC에도 정의되어 있지 않습니다. 목록에서는 “주소 형식이 올바르지 않음”으로 풀이하며, 확장 코드 5.1.3(Bad destination mailbox address syntax, 대상 사서함 주소 구문 오류, RFC 3463)을 나타냅니다. 존재하지 않는 유효한 주소가 아니라, 수신 주소가 아예 유효한 주소가 아니라는 뜻입니다. 실제 서버는 501 5.1.3이나 553 5.1.3으로 보냅니다.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>RCPT TO 인수의 형식이 잘못되었을 때 나타납니다. Postfix는 501 5.1.3 Bad recipient address syntax로 응답하고, Gmail은 수신 주소가 유효한 RFC 5321 주소가 아니라는 553 5.1.3으로 응답합니다. 사용자 입력으로 주소를 만드는 웹 양식과 스크립트, 보이지 않는 문자가 섞인 채 문서에서 복사한 주소에서 나타납니다.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>발신자나 메시지를 작성한 애플리케이션이 주소를 정리합니다. @는 하나, 공백 없음, 꺾쇠괄호 안에 표시 이름이나 따옴표 없음, 끝의 점 없음, 워드프로세서에서 붙여 넣은 둥근 따옴표나 폭 없는 문자 없음. 개발자는 메일 라이브러리에 넘기기 전에 주소를 검증하고 다듬으며, RCPT TO에는 순수한 주소만 넘깁니다.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>주소 안의 공백, 쉼표, 세미콜론입니다. 대개 목록을 한 필드에 붙여 넣은 경우입니다.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>순수한 주소 대신 표시 이름과 주소를 함께 엔벨로프 수신자로 넘겼습니다.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>문서나 스프레드시트에서 복사한 보이지 않는 문자나 인쇄용 문자(줄 바꿈 없는 공백, 둥근 따옴표)입니다.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>SMTPUTF8을 제공하지 않는 서버에 보낸 주소에 ASCII가 아닌 문자가 있습니다.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>애플리케이션이 저장한 주소의 숨은 문자를 표시해 보세요.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>수신자를 직접 다시 보내 보고 RCPT TO에 대한 서버의 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Postfix에서 클라이언트가 보낸 정확한 문자열을 찾으세요. 로그의 reject 줄에 인용되어 있습니다.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>재시도하지 마세요. 형식이 잘못된 주소는 매번 똑같이 실패합니다. 문자 그대로의 513은 첫 자리에 따라 영구적 실패로 처리하고, 주소를 바로잡을 수 있도록 메시지를 반송하세요.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>올바른 QHLO ID를 사용하세요</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>표준 코드가 아닙니다. 이 텍스트는 QUICKSTART SMTP 확장 인터넷 초안(draft-fanf-smtp-quickstart, 2007)에서 나왔으며, 이 초안은 제출 세션 시작 시의 왕복 횟수를 줄이는 QHLO 명령을 제안했습니다. 초안은 RFC가 되지 못하고 만료되었으며, 520을 보내는 주요 서버는 알려져 있지 않습니다.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>실제 메일 흐름에서는 사실상 보이지 않습니다. 웹에서 복사되어 퍼진 응답 코드 목록에 나타나며, QUICKSTART 초안을 구현한 실험적 서버에서 QHLO에 대한 응답으로만 나올 수 있습니다. 일반 서버가 520을 보낸다면 그 번호를 자체 용도로 쓰는 것이며, 응답 텍스트만이 유일한 단서입니다.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>클라이언트 소프트웨어가 조치합니다. QHLO나 퀵스타트 모드를 그만 쓰고 일반 EHLO로 세션을 여세요. 코드가 특정 업체의 제품에서 온 것이라면 해당 문서를 읽거나 서버 관리자에게 텍스트의 의미를 물어보세요.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>만료된 QUICKSTART 초안을 구현한 실험용 또는 테스트 서버가 QHLO와 함께 주어진 식별자를 거부했습니다.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>독점 소프트웨어가 초안과 무관한 자체 의미로 520을 재사용했습니다. 응답 텍스트에 설명이 있습니다.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>로그 줄에서 숫자를 잘못 읽었거나 온라인 목록에서 복사한 것으로, 애초에 서버에서 온 것이 아닙니다.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>발신 로그에서 전체 응답 텍스트와 그 응답을 받은 명령을 확인하세요. 이것 없이는 520에 확실한 의미가 없습니다.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>서버가 EHLO 응답에서 비표준 확장 키워드를 알리는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>같은 명령을 재시도하지 마세요. 표준 EHLO 순서로 다시 연결하고, 서버가 일반 명령에도 여전히 520으로 응답한다면 영구적 실패로 처리하고 수신 측 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>호스트가 메일을 받지 않음</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>이 호스트는 누구에게서도 메일을 전혀 받지 않습니다. RFC 7504(2015)가 이 코드를 표준화했으며, 처음에는 실험적 RFC 1846에서 연결에 554로 응답하는 것보다 명확한 대안으로 제안되었습니다. 이 코드를 받은 클라이언트는 큐에 넣고 재시도하지 말고 그 호스트를 포기해야 합니다.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>보통 다른 목적으로 존재하는 기계(웹 서버, 발신 전용 릴레이)가 메일을 받지 않는다고 분명히 밝히려고 220 대신 인사 메시지로 보냅니다. 그 뒤 연결을 닫거나 이후 명령을 거부합니다. Postfix도 실제로 보냅니다. postscreen은 인사 메시지 전에 말하거나 프로토콜을 어기는 클라이언트를 521 5.5.1 Protocol error로 끊습니다.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>발신자는 그 호스트나 도메인으로 보내는 것을 멈추고 다른 수단으로 수신자에게 주소를 확인해야 합니다. 도메인이 메일을 받아야 하는 것이라면 수신 측 관리자가 MX 레코드나 메일 서버를 고칩니다. 521이 postscreen에서 왔다면 클라이언트가 끊김을 유발한 것이므로 발신 측 관리자가 클라이언트의 프로토콜 동작을 고칩니다(인사 메시지 기다리기, 알리지 않은 파이프라이닝 금지).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>도메인의 MX, 또는 MX가 없을 때 A 레코드가 의도적으로 메일 서비스를 실행하지 않는 기계를 가리킵니다.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>대개 오래되었거나 잘못된 DNS 레코드 때문에 클라이언트가 발신 전용 릴레이나 웹 서버에 연결했습니다.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>인사 메시지 전에 말하기, 알리지 않은 파이프라이닝, 단독 줄 바꿈(bare newline) 같은 프로토콜 위반으로 Postfix postscreen이 클라이언트를 끊었습니다.</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>수신 도메인이 메일 수신을 중단하고 521 응답기를 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>도메인의 메일이 어디로 가야 하는지 확인하세요. null MX(0 .)는 도메인이 메일을 전혀 받지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>호스트에 연결하고 인사 줄을 읽으세요.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Postfix 클라이언트에서 로그의 거부 기록을 찾으세요. 521 5.5.1 Protocol error는 상대편의 postscreen 검사를 가리킵니다.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>자신의 서버에서 postscreen이 이를 보낸다면 pregreet 검사와 bare newline 검사의 동작 설정을 검토하세요.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>그 호스트로 다시 시도하려고 메시지를 큐에 넣지 마세요. 거부는 영구적인 것입니다. 주소를 확인할 수 있도록 521 텍스트와 함께 발신자에게 반송하세요.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>암호화 필요</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>레지스트리에만 있는 코드입니다. 523을 응답으로 정의한 RFC는 없지만, IANA 확장 상태 코드 레지스트리는 RFC 5248로 등록된 X.7.10 Encryption Needed(암호화 필요)의 기본 코드로 이를 나열합니다. 요청한 인증에 먼저 보안 계층이 필요하다는 뜻입니다. 클라이언트는 TLS를 시작하고(또는 더 강력한 메커니즘을 골라) 다시 인증해야 합니다.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>암호화되지 않은 연결에서 AUTH에 대한 응답으로 나타납니다. maddy 같은 서버가 쓰는 Go 라이브러리 go-smtp는 클라이언트가 STARTTLS 전에 인증하려 하면 523 5.7.10 TLS is required로 응답합니다. 대부분의 다른 소프트웨어는 같은 상황을 530, 538 또는 504로 알립니다.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>클라이언트 사용자나 소프트웨어가 고칩니다. 인증하기 전에 포트 587에서 STARTTLS를, 또는 포트 465에서 암시적 TLS를 켜세요. TLS를 켰는데도 실패한다면 클라이언트 측 관리자가 STARTTLS를 제거하는 방화벽이나 백신 제품을 찾습니다. 서버 관리자는 오류를 없애려고 평문 로그인을 허용하면 안 됩니다.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>메일 클라이언트의 보안 설정이 ‘없음’이거나 ‘알린 경우에만 STARTTLS’여서 평문으로 AUTH를 보냅니다.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>STARTTLS 업그레이드가 실패했거나 중간 장비가 이를 제거했는데 클라이언트가 암호화 없이 계속 진행했습니다.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>서버가 보안 계층을 요구하는데 클라이언트가 PLAIN이나 LOGIN 같은 평문 비밀번호 메커니즘을 씁니다.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>STARTTLS를 통해 인증하여, 연결이 암호화되면 계정이 동작하는지 확인하세요. swaks가 비밀번호를 물어봅니다.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>클라이언트 네트워크에서 STARTTLS가 제공되고 핸드셰이크가 완료되는지 확인하세요.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>클라이언트의 계정 설정에서 보안을 포트 587이면 STARTTLS로, 포트 465면 SSL/TLS로 설정하세요. ‘없음’은 절대 안 됩니다.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>평문 연결에서 AUTH를 반복하지 마세요. STARTTLS를 실행하고 EHLO를 다시 보낸 다음 인증하세요. TLS가 켜지면 재시도가 성공할 것입니다.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>기본 정의 없음(X.7.11과 연관)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>자체 정의가 없는, 레지스트리에만 있는 코드입니다. IANA 레지스트리는 X.7.11 Encryption required for requested authentication mechanism(요청한 인증 메커니즘에 암호화 필요)의 기본 코드로 538과 함께 524를 꼽지만, X.7.11을 정의한 RFC 4954는 538만 사용합니다. 524는 ‘이 AUTH 메커니즘은 암호화된 연결에서만 쓸 수 있음’으로 읽으세요.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>아주 드물게, RFC 4954 대신 IANA 표를 따른 소프트웨어가 평문 연결의 AUTH에 대한 응답으로 보냅니다. 대부분의 서버는 같은 상황에 538 5.7.11이나 530을 보냅니다.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>클라이언트 측에서 고칩니다. 인증하기 전에 STARTTLS나 암시적 TLS를 켜세요. 해당 리스너가 TLS를 전혀 제공하지 않는다면 서버 관리자가 인증서를 설치하거나 TLS가 있는 제출 포트로 사용자를 안내해야 합니다.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>클라이언트가 STARTTLS 전에 AUTH를 시도했고, 서버는 그 메커니즘을 암호화된 세션으로 제한합니다.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>대부분의 구현이 538을 쓰는 곳에서, 서버 소프트웨어가 IANA 표를 보고 암호화 필요 응답에 524를 썼습니다.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>클라이언트가 쓰는 리스너에 TLS가 설정되어 있지 않아 그곳에서는 그 메커니즘을 절대 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>전체 응답과 확장 코드를 읽으세요. 5.7.11이면 요구 사항이 암호화임이 확실합니다.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>같은 계정으로 STARTTLS 뒤에 다른 메커니즘을 시도해 보세요.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>클라이언트에 ‘TLS 필수’나 ‘항상 STARTTLS’ 같은 옵션이 있는지, 그리고 켜져 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>평문으로 재시도해도 소용없습니다. STARTTLS가 성공하고 새 EHLO를 보낸 뒤에만 AUTH를 반복하세요.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>사용자 계정 비활성화됨</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>레지스트리에만 있는 코드입니다. IANA 레지스트리는 RFC 5248로 등록된 X.7.13 User Account Disabled(사용자 계정 비활성화됨)와 525를 짝짓습니다. 자격 증명은 맞았지만 계정이 비활성화되었다는 뜻입니다. 예를 들어 미납, 악용, 침입 의심 때문이며, 관리자가 다시 활성화할 때까지 계속 거부됩니다.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>원칙적으로는 비활성화된 계정으로 AUTH에 성공한 직후에 나타납니다. 이 코드를 쓰는 서버는 적으며, 대부분은 비활성화된 계정을 535나 550으로 알립니다. Gmail은 무관한 프로토콜 위반(STARTTLS 뒤에 파이프라인으로 보낸 명령)에 525와 5.7.10을 보내므로, 계정 비활성화로 단정하기 전에 확장 코드와 텍스트를 읽으세요.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>계정 소유자가 발신 계정의 관리자나 제공업체에 연락해 비활성화된 이유를 알아보고 다시 활성화를 요청합니다. 클라이언트에서 비밀번호를 바꿔도 소용없습니다. Gmail 5.7.10 변형이라면 발신 측 관리자가 클라이언트나 MTA를 고쳐 TLS 핸드셰이크를 기다린 뒤에 다른 것을 보내게 합니다.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>관리자가 계정을 비활성화하거나 정지했습니다(요금 미납, 악용 신고, 탈취된 비밀번호).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>나가는 스팸이 갑자기 몰리는 등의 보안 이벤트 후 계정이 자동으로 잠겼습니다.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Gmail에서 5.7.10과 함께 온 경우: 클라이언트가 TLS 핸드셰이크를 기다리지 않고 STARTTLS 바로 뒤에 추가 명령을 보냈습니다.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>응답의 확장 코드를 확인하세요. 5.7.13은 비활성화된 계정을 뜻하며, 그 밖의 코드라면 텍스트를 읽어야 합니다.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>같은 계정으로 제공업체의 웹메일에 로그인해 보세요. 비활성화된 계정이라면 대개 그곳에 쉬운 말로 설명되어 있습니다.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>525 5.7.10이라면 STARTTLS를 넘어 파이프라이닝하지 않는 클라이언트로 세션을 반복하고 결과를 비교하세요.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>이 계정으로 재시도를 멈추세요. 다시 활성화될 때까지 모든 시도가 실패하며, 반복된 로그인은 잠금을 연장할 수 있습니다. 관리자가 계정이 활성 상태임을 확인하면 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail은 비활성화된 계정에 525를 쓰지 않습니다. 5.7.10과 함께, TLS 핸드셰이크를 기다리지 않고 STARTTLS 뒤에 추가 명령을 파이프라인으로 보낸 클라이언트를 거부합니다. Google 자체 오류 목록에는 같은 텍스트가 523 5.7.10으로 실린 적도 있으므로 두 기본 코드 모두 나올 수 있습니다.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>인증 필요 / 먼저 STARTTLS 명령을 실행해야 함</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>클라이언트가 먼저 해야 할 일을 할 때까지 서버가 명령을 거부합니다. 인증(RFC 4954, 530 5.7.0 Authentication required로 전송) 또는 TLS 시작(RFC 3207, 530 Must issue a STARTTLS command first)입니다. 대개 MAIL FROM에 응답하며, 클라이언트가 빠진 단계를 밟을 수 있도록 세션을 열어 둡니다.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>주로 제출 포트(587)나 로그인이 필요한 릴레이에서, 인증이나 STARTTLS 없이 설정된 클라이언트(프린터, 스캐너, 스크립트, 모니터링 도구, 웹 애플리케이션)가 보낸 MAIL FROM에 나타납니다. Gmail의 제출 서버는 530 5.7.0 Must issue a STARTTLS command first를 보내고, Microsoft 365는 인증 없이 보내려는 클라이언트에 530 5.7.57을 보냅니다.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>클라이언트 측에서 고칩니다. STARTTLS(또는 465의 암시적 TLS)와 사서함 자격 증명을 사용한 SMTP 인증을 켠 다음 다시 보내세요. Microsoft 365에서는 테넌트 관리자가 해당 사서함에 인증된 SMTP도 허용해야 합니다. 인증할 수 없는 장치는 로컬 릴레이나 제공업체가 인증 없는 제출용으로 제공하는 커넥터를 통해 보내야 합니다.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>클라이언트에서 SMTP 인증이 꺼져 있거나, 로그인한 사용자에게만 릴레이하는 서버의 포트 25로 보냅니다.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>클라이언트에서 STARTTLS가 꺼져 있어서, TLS 뒤에만 메일을 받는 서버에 평문으로 MAIL FROM을 보냅니다.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>앞선 AUTH가 실패했는데 클라이언트가 오류를 무시해서 MAIL FROM이 인증되지 않은 상태로 도착합니다.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>예전의 오픈 릴레이에 맞춰 설정된 장치나 애플리케이션이 이제는 로그인이 필요한 서버를 가리킵니다.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>EHLO 응답을 읽으세요. STARTTLS는 있지만 AUTH가 없다면 인증은 TLS 뒤에만 제공됩니다.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>인증된 제출 테스트를 처음부터 끝까지 실행하세요. --auth-password를 생략하면 swaks가 비밀번호를 물어봅니다.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>클라이언트 자체 로그에서 MAIL FROM 전의 AUTH 응답을 확인하세요. AUTH가 없거나 실패했다면 530이 설명됩니다.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>아무것도 바꾸지 않고 다시 보내지 마세요. 같은 세션에서 클라이언트는 요청받은 대로 STARTTLS나 AUTH를 실행하고 MAIL FROM을 반복할 수 있습니다. 큐에 있는 메시지는 클라이언트 설정을 고친 뒤에만 다시 나가야 합니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Gmail의 제출 서버는 메일 트랜잭션 전에 STARTTLS를 요구합니다. 포트 587에서 평문으로 보내는 클라이언트는 MAIL FROM에서 이 응답을 받습니다.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Exchange Online의 클라이언트 제출 엔드포인트는 MAIL FROM 전에 SMTP AUTH를 요구합니다. AUTH 시도가 실패했는데 클라이언트가 상관없이 계속 진행했을 때도 나타납니다.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>기본 정의 없음(X.7.1과 연관)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>자체 정의가 없는, 레지스트리에만 있는 코드입니다. IANA 레지스트리는 X.7.1 Delivery not authorized, message refused(배달이 허가되지 않음, 메시지 거부)와 함께 쓰이는 기본 코드 중 하나로 533을 나열합니다. 보안이나 정책을 이유로 한 영구 거부로 처리하고, 세부 내용은 확장 코드와 응답 텍스트에서 확인하세요.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>550 5.7.1과 554 5.7.1이 같은 영역을 다루므로 실제 통신에서는 거의 보이지 않습니다. 나타난다면 정책 검사(릴레이 권한, 허용되지 않은 발신자, 차단 목록)가 발신자를 거부한 뒤 MAIL FROM이나 RCPT TO에서 특수하거나 자체 제작한 소프트웨어가 보낸 것일 가능성이 큽니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>발신 측 관리자가 응답 텍스트를 읽어 어떤 정책인지 파악하고 원인을 고칩니다. 릴레이 전에 인증하기, 계정이 쓸 수 있는 주소로만 보내기, 발신 IP의 차단 목록 해제 받기 등입니다. 거부가 잘못된 것 같다면 전체 응답, 시각, 발신 IP를 알려 주며 수신 측 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>자체 제작되었거나 흔하지 않은 서버가 릴레이 거부나 허용되지 않은 발신자 같은 정책 거부를 550 대신 533으로 알립니다.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>발신 IP나 도메인이 수신 측이 참조하는 차단 목록에 올라 있습니다.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>인증된 사용자가 계정에 권한이 없는 주소로 보내거나 도메인으로 릴레이하려 했습니다.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>전체 응답을 확보하세요. 확장 코드(대개 5.7.1)와 텍스트가 어떤 정책이 작동했는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>엔벨로프 발신자가 인증된 계정이나 허용된 별칭 중 하나와 일치하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>응답 텍스트에 나온 차단 목록에 발신 IP가 있는지, 그 목록의 조회 페이지나 DNS 영역으로 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>그대로 재시도하지 마세요. 정책 거부는 반복됩니다. 원인을 고치거나 수신 측 관리자가 예외를 허용한 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>인증 메커니즘이 너무 약함</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>보안 수준이 낮은 앱</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>2단계 인증(2FA)</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>RFC 4954에서 534 5.7.9로 정의되었습니다. 클라이언트가 고른 AUTH 메커니즘이 이 사용자에 대해 서버 정책이 허용하는 것보다 약하므로 더 강력한 메커니즘으로 재시도해야 한다는 뜻입니다. 대형 제공업체는 이를 비밀번호 종류가 허용되지 않는다는 뜻으로 넓혀 쓰며, 특히 Gmail은 앱 비밀번호나 OAuth 로그인이 필요할 때 이 코드를 보냅니다.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>제출 포트에서 AUTH 직후에 나타납니다. RFC의 의미로는, 서버가 그 계정에 SCRAM, CRAM-MD5 또는 GSSAPI를 원하는데 클라이언트가 PLAIN이나 LOGIN을 쓰는 경우입니다. 실제로 훨씬 흔한 것은 Gmail이 534-5.7.9 Application-specific password required로 응답하거나, 534-5.7.14로 사용자에게 먼저 웹 브라우저에서 로그인하라고 요청하는 경우입니다.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>사용자나 클라이언트 관리자가 클라이언트의 인증 방식을 바꿉니다. Gmail이라면 앱 비밀번호를 만들거나(2단계 인증이 켜져 있어야 함) 클라이언트를 OAuth 2.0으로 바꾸고, 대기 중인 브라우저 로그인 확인을 마치세요. RFC의 의미로 쓰는 서버라면 SCRAM-SHA-256이나 CRAM-MD5처럼 서버가 받아들이는 메커니즘을 설정하거나 클라이언트 라이브러리를 업그레이드하세요.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>계정에 2단계 인증이 켜져 있는데 클라이언트가 일반 계정 비밀번호를 보냅니다. Gmail은 앱 비밀번호나 OAuth 2.0을 원합니다.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>제공업체가 로그인을 의심스럽다고 판단했으며(새 위치나 기기), SMTP가 다시 동작하려면 브라우저에서 대화형으로 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>서버가 그 사용자에게 챌린지-응답이나 Kerberos 메커니즘을 요구하는데 클라이언트가 평문 메커니즘을 골랐습니다.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>오래된 클라이언트 라이브러리가 LOGIN이나 PLAIN만 알아서 서버가 요구하는 더 강력한 메커니즘을 제공할 수 없습니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>확장 코드와 텍스트를 읽으세요. application-specific password가 함께 온 5.7.9는 앱 비밀번호나 OAuth를 뜻하고, 5.7.14는 대기 중인 브라우저 확인을 뜻합니다.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>STARTTLS 뒤에 제공되는 메커니즘을 나열하여 더 강력한 선택지가 무엇인지 확인하세요.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>swaks로 특정 메커니즘을 강제하여 서버가 그 계정에 어떤 메커니즘을 받아들이는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>같은 메커니즘과 비밀번호로 재시도하면 계속 실패하고 계정 잠금을 일으킬 수 있습니다. RFC 4954는 클라이언트가 같은 세션에서 더 강력한 메커니즘을 시도하기를 기대합니다. 그렇지 않다면 다음 시도 전에 자격 증명을 고치세요.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>계정에 2단계 인증이 켜져 있는데 클라이언트가 일반 비밀번호로 로그인하면 Gmail이 이 응답을 보냅니다. 앱 비밀번호나 OAuth 2.0이 필요하며, SASL 메커니즘 자체는 문제가 아닙니다.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>계정 소유자가 브라우저에서 로그인해 보안 확인을 통과할 때까지 Gmail이 SMTP 로그인을 차단했습니다.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>인증 자격 증명이 잘못됨</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>비밀번호 틀림</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>인증 실패</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>로그인 실패에 대한 RFC 4954의 응답으로, 535 5.7.8로 전송됩니다. 사용자 이름, 비밀번호 또는 토큰이 받아들여지지 않았다는 뜻입니다. 클라이언트는 같은 자격 증명을 반복하지 말고 사용자에게 새 자격 증명을 요청해야 합니다.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>제출 포트에서 AUTH 교환이 끝날 때, 메일 클라이언트, 스크립트, 프린터, 모니터링 도구에서 나타납니다. Postfix는 535 5.7.8 Error: authentication failed(인증 실패)로 응답하고, Gmail은 535-5.7.8 Username and Password not accepted를 보내며, Microsoft 365는 잘못된 비밀번호와 테넌트 정책으로 차단된 로그인 모두에 535 5.7.139와 535 5.7.3을 씁니다.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>사용자가 비밀번호를 다시 입력하거나 재설정하고 사용자 이름 형식을 확인합니다. Gmail에서는 앱 비밀번호나 OAuth 2.0을 사용하세요. Microsoft 365에서는 테넌트 관리자가 해당 사서함에 인증된 SMTP를 켜거나 애플리케이션을 OAuth 또는 다른 발송 방식으로 옮깁니다. 모든 사용자가 한꺼번에 실패한다면 서버 관리자가 인증 백엔드와 그 로그를 확인합니다.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>비밀번호가 틀렸거나 만료되었습니다. 또는 서버가 전체 주소를 기대하는데 사용자 이름만(user@example.com 대신 user) 보냈습니다.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>제공업체가 더 이상 SMTP에서 일반 비밀번호를 받지 않습니다. Gmail은 앱 비밀번호나 OAuth 2.0이 필요하고, 많은 Microsoft 365 테넌트는 SMTP AUTH나 기본 인증을 꺼 두었습니다.</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>클라이언트가 비밀번호의 특수 문자를 잘못 인코딩하거나, 스크립트가 AUTH PLAIN 문자열을 잘못 만듭니다.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>서버의 인증 백엔드(Dovecot, saslauthd, LDAP)가 고장 났거나 엉뚱한 곳에서 사용자를 찾습니다.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>swaks로 같은 자격 증명을 테스트하여 클라이언트 문제를 배제하세요. swaks가 비밀번호를 물어봅니다.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Dovecot을 통해 인증하는 Postfix 서버에서 백엔드를 직접 테스트하세요.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>실패한 시도에 대해 서버가 기록한 사유를 찾으세요.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Microsoft 365라면 테넌트 관리자에게 Exchange Online PowerShell에서 해당 사서함의 SMTP AUTH가 꺼져 있는지 확인해 달라고 하세요.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>같은 자격 증명으로 반복하지 마세요. 아무것도 달라지지 않으며, 반복된 실패는 계정을 잠그거나 클라이언트 IP를 차단되게 할 수 있습니다(RFC 4954는 여러 번 실패하면 서버가 연결을 끊는 것을 허용합니다). 올바른 자격 증명을 받은 뒤 한 번 시도하세요.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail은 비밀번호가 틀렸을 때, 그리고 매우 자주, Gmail이 앱 비밀번호나 OAuth 2.0을 요구하는 곳에 올바른 계정 비밀번호를 썼을 때 이 응답을 보냅니다.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>조직 전체에서 SMTP AUTH가 꺼져 있어서 Exchange Online이 로그인을 거부합니다. 비밀번호는 완전히 맞을 수 있으며, 이 설정은 테넌트 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>요청한 인증 메커니즘에 암호화 필요</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>RFC 4954에서 538 5.7.11로 정의되었습니다. 선택한 AUTH 메커니즘은 암호화된 연결에서만 쓸 수 있다는 뜻입니다. RFC 4954는 역사적인 이유로 이 코드를 유지하면서 서버가 암호화되지 않은 연결에서는 그런 메커니즘을 아예 알리지 말라고 하지만, 일부 서버는 여전히 AUTH에 이 코드로 응답합니다.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>AUTH에서, 클라이언트가 STARTTLS 전에 비밀번호 메커니즘을 제시할 때 나타납니다. 여러 호스팅 발송 서비스가 쓰는 Nodemailer 프로젝트의 Node.js smtp-server 패키지는 538 Error: Must issue a STARTTLS command first로 응답하고, 다른 서버는 RFC 문구대로 538 5.7.11을 보냅니다.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>클라이언트가 인증 전에 암호화하도록 설정하세요. 포트 587에서는 STARTTLS, 465에서는 암시적 TLS입니다. 애플리케이션 코드에서는 메일 라이브러리의 TLS 옵션을 포트에 맞게 설정하세요. 서버 관리자는 RFC 4954의 권고대로 STARTTLS 전에 비밀번호 메커니즘을 알리지 않음으로써 도울 수 있습니다.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>설정에서 암호화가 꺼져 있어 클라이언트가 STARTTLS 전에 AUTH PLAIN이나 LOGIN을 보냅니다.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>기회적인 ‘가능하면 TLS 사용’ 모드가 STARTTLS 제안을 놓치고 평문으로 계속 진행했습니다.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>메일 라이브러리의 secure 옵션과 starttls 옵션이 포트와 반대로 설정되어 있습니다. 예를 들어 587에서 암시적 TLS도 STARTTLS 요청도 없는 경우입니다.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>서버가 STARTTLS를 제공하고 클라이언트 네트워크에서 핸드셰이크가 동작하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>STARTTLS를 통해 인증 테스트를 실행하여 암호화되면 계정에 문제가 없음을 확인하세요.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>클라이언트나 라이브러리 설정에서 포트 587의 STARTTLS를 선택이 아닌 필수로 하거나, 포트 465에서는 암시적 TLS를 켜세요.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>암호화 없이 AUTH를 재시도하지 마세요. TLS를 시작하고 EHLO를 다시 보낸 뒤 인증하세요. 그러면 같은 자격 증명이 받아들여질 것입니다.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>수신자의 스팸 방지 필터가 메시지를 거부함</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>541을 정의한 RFC는 없습니다. 블로그 목록에서는 수신자의 스팸 필터에 의한 거부라고 설명합니다. 실제 스팸 거부는 5.7.x 확장 코드(대개 5.7.1)와 함께 550이나 554로 옵니다. 실제 반송 메시지에 &quot;541&quot;이 보인다면 대부분 점이 빠진 5.4.1이며, Microsoft 365는 스팸이 아니라 알 수 없는 수신자와 거부된 릴레이에 대해 이를 550 5.4.1로 보냅니다.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>실제 통신보다는 ESP의 반송 분류와 문제 해결 문서에 나타납니다. Microsoft의 경우가 흔합니다. &quot;550 5.4.1 Recipient address rejected: Access denied&quot;는 Exchange Online의 디렉터리 기반 에지 차단이 RCPT TO에서 보내는 것입니다. IANA 레지스트리에서 X.4.1은 No answer from host(호스트 응답 없음)라는 클래스 4 코드이므로, Microsoft의 5.4.1은 자체 용법입니다.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>먼저 정확한 응답 줄을 확보하세요. Microsoft 365의 550 5.4.1이라면 알 수 없는 수신자로 처리합니다. 발신자는 주소를 확인하고, 수신 측 관리자는 테넌트에 사서함이나 메일 연락처가 있는지, 도메인이 허용된 도메인인지 확인합니다. 정말 콘텐츠 거부(데이터 끝 뒤의 5.7.x)라면 발신 측 관리자가 인증, 발신 IP 평판, 메시지 내용을 검토합니다.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online이 디렉터리에 없는 수신자를 거부했습니다(550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>도메인의 MX가 Microsoft 365를 가리키지만 그 테넌트에서 허용된 도메인이 아니어서 550 5.4.1 Relay Access Denied(릴레이 접근 거부)가 나옵니다.</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>반송 처리 도구가 550 5.7.1 스팸 거부를 자체 라벨과 번호로 바꿨습니다.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>직접 만든 필터나 어플라이언스가 표준 550이나 554 대신 지어낸 541을 보냅니다.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>수신 도메인이 Microsoft 365에서 호스팅되는지 확인하세요. MX가 mail.protection.outlook.com으로 끝나면 5.4.1은 Exchange Online에서 온 것입니다.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>로그에서 실패한 수신자에 대한 전체 원격 응답을 찾으세요.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>수신 테넌트의 관리자라면 다른 것을 바꾸기 전에 Exchange 관리 센터에서 수신자가 존재하고 도메인이 허용되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>첫 자리에 따라 영구적입니다. 발신 MTA는 큐에 넣지 않고 반송합니다. 같은 메시지를 같은 주소로 다시 보내면 주소, 테넌트 설정 또는 내용이 바뀔 때까지 같은 응답이 옵니다.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>요청한 작업이 수행되지 않음: 사서함을 사용할 수 없음</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>존재하지 않는 사용자</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>블랙리스트 등록</translation>
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
        <translation>하드 바운스</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>영구 거부입니다. 서버가 이 주소나 이 메시지에 대해 명령을 수행하지 않습니다. RFC 5321은 한 코드 아래 세 가지 사유, 즉 사서함 없음, 접근 불가, 정책상 명령 거부를 나열하므로, 550은 잘못 입력한 주소, 폐쇄된 계정, 거부된 릴레이, 차단 목록에 오른 IP, 실패한 DMARC 검사를 모두 포괄합니다. 뒤따르는 확장 코드가 어느 것인지 알려 줍니다. 5.1.1은 알 수 없는 사용자, 5.2.1은 비활성화된 사서함, 5.7.1은 정책, 5.7.26은 인증입니다.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>대부분 수신 측이 수신자를 확인할 때 RCPT TO에 대한 응답으로 나타납니다. MAIL FROM(발신자 거부)과 데이터 끝 뒤(콘텐츠, SPF, DKIM 또는 DMARC 판정)에서도 나타납니다. Postfix는 &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;을, Exim은 &quot;550 Unrouteable address&quot;를 보냅니다. Gmail과 Microsoft 365는 거의 모든 영구 거부에 각자의 확장 코드와 함께 550을 쓰는 반면, Yahoo와 AOL은 대부분의 영구 거부를 553과 554로 문서화하며, Yahoo의 알 수 없는 사용자는 554로 반송됩니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>확장 코드와 텍스트를 읽은 다음 해당하는 쪽에서 조치하세요. 5.1.x: 발신자가 주소를 바로잡거나 수신자에게 확인하고, 목록 운영자는 그 주소를 발송 제외합니다. 5.2.1: 수신자의 계정이 비활성화되었거나 휴면 상태이며, 수신자나 그 관리자만 다시 활성화할 수 있습니다. 대형 제공업체의 5.7.x: 발신 측 관리자가 발신 IP를 차단 목록과 대조하고, SPF, DKIM, DMARC 정렬, 역방향 DNS를 고친 다음, 제공업체의 차단 해제 양식이나 발신자 지원 양식을 이용합니다. &quot;Relay access denied&quot;나 &quot;Unable to relay&quot;: 클라이언트가 해당 도메인을 처리하지 않는 서버로 보내지 말고 자신의 제출 서버에 인증해야 합니다. 수신 서버를 운영하는데 거부가 잘못된 것이라면 수신 측 관리자가 별칭 테이블, 디렉터리 동기화, 전송 규칙을 확인합니다.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>수신 주소가 존재하지 않습니다. 오타, 삭제된 계정 또는 퇴사한 직원입니다(5.1.1, Microsoft는 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>사서함은 있지만 비활성화되었거나 휴면 상태입니다(5.2.1, Gmail은 계정이 비활성 상태라고 표시).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>발신 IP가 공개 DNS 차단 목록이나 제공업체 자체 차단 목록에 올라 있습니다(Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>메시지가 SPF, DKIM 또는 DMARC에 실패했고, 발신 도메인이 p=reject를 게시했거나 제공업체가 인증을 요구합니다(5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>인증하지 않은 클라이언트가 서버가 처리하지 않는 도메인으로 릴레이해 달라고 요청했습니다.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>스팸 또는 평판 필터가 메시지나 발신 도메인을 원치 않는 것으로 판단했습니다(Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>수신 측 규칙입니다. 그룹이 내부 발신자만 받거나, 전송 규칙이 발신자를 차단하거나, 발신자가 수신자의 차단 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>반송 메시지의 배달 상태(delivery-status) 부분을 읽으세요. Remote-MTA는 누가 거부했는지, Diagnostic-Code는 응답 내용을 알려 주고, &quot;in reply to RCPT TO / end of DATA&quot; 텍스트는 어느 단계였는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>이전 호스트나 백업 호스트가 아니라 수신 도메인의 현재 MX에 연결했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>발신 IP(여기서는 192.0.2.10, 옥텟 순서를 뒤집음)를 Spamhaus에서 확인하세요. 공개 리졸버는 응답 대신 127.255.255.254를 받으므로 자체 리졸버를 사용하세요.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>발신 IP에 PTR 레코드가 있고 그 이름이 다시 그 IP로 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>실패한 메시지를 거부할지 결정하는 발신 도메인의 DMARC 정책을 읽으세요.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>메시지를 보내지 않고 수신자 확인을 재현하세요(가정용 회선이 아니라 실제 발신 IP에서).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>같은 메시지를 같은 수신자에게 재시도하지 마세요. 5yz 응답은 클라이언트가 요청을 그대로 반복하면 안 된다는 뜻이며(RFC 5321 4.2.1), 알 수 없는 사용자에게 반복해서 시도하면 발신자의 평판이 나빠집니다. 즉시 발신자에게 반송하고, 주소, 인증 또는 차단 목록 등재 문제를 고친 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>RCPT TO에서 Gmail이 보내는 알 수 없는 사용자 응답입니다. 해당 Google 계정이나 Workspace 사용자가 없습니다. 주소를 바로잡으세요. 재시도는 전혀 도움이 되지 않습니다.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Google 계정은 있지만 비활성화되었거나 오랫동안 사용되지 않았습니다. 계정 소유자나 Workspace 관리자만 복구할 수 있습니다.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>이 메시지, 발신 IP 또는 도메인에 대한 스팸 및 평판 판정입니다. Gmail은 여러 정책 차단에 5.7.1을 쓰며, 코드 뒤의 텍스트가 어느 것인지 알려 줍니다.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>메시지가 From 도메인의 DMARC에 실패했고 그 도메인은 p=reject를 게시합니다. 같은 확장 코드는 SPF와 DKIM 어느 쪽도 통과하지 못한 메일에도 쓰입니다.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Exchange Online 자체의 수신자 없음 코드입니다(레지스트리에서는 5.1.10을 null MX에 할당). 수신자의 테넌트에 해당 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>디렉터리 기반 에지 차단입니다. 테넌트가 모르는 수신자여서 RCPT TO에서 거부되었습니다. Microsoft의 5.4.1은 레지스트리의 의미(호스트 응답 없음)가 아닙니다.</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>발신 IP가 Microsoft 자체 차단 목록에 있습니다(5.7.606~5.7.649). 원인을 고친 뒤 IP 소유자가 Microsoft 차단 해제 포털에서 제거를 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>reject 정책을 가진 From 도메인의 DMARC 실패입니다. 5.7.5xx 범위의 Microsoft 전용 코드입니다.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail, Live가 평판을 이유로 발신 IP나 그 네트워크를 거부하며, 대개 이미 MAIL FROM에서 거부합니다. 발신 서버 운영자가 Microsoft 발신자 지원에 해제를 요청합니다.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>2025년 5월부터 Outlook.com은 하루 5,000통이 넘는 메시지를 보내는 도메인의 메일을 SPF와 DKIM이 통과하고 DMARC(최소 p=none)가 정렬되지 않으면 거부합니다.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com과 Hotmail은 존재하지 않는 수신자에 대해 이 응답을 보내며, 대개 (S2017062302) 같은 태그가 뒤따릅니다. 5.1.10에 해당하는 개인용 서비스 쪽 코드입니다. 여기서 5.5.0은 레지스트리의 프로토콜 상태가 아니라 알 수 없는 사서함을 뜻합니다.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>로컬 사용자가 아님, &lt;forward-path&gt;로 시도하세요</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>이 서버는 해당 수신자를 처리하지 않으며, 대신 어디로 보내야 하는지 클라이언트에 알려 줍니다. 응답 텍스트에 새 forward-path가 들어 있습니다. 텍스트를 프로그램이 파싱하도록 의도된 몇 안 되는 응답 중 하나입니다(RFC 5321 4.2). RFC 5321 3.4는 옮겨 간 사용자에 이 코드를 쓰는 것을 허용하지만 주소가 노출된다고 경고하므로, 오늘날에는 드뭅니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>옮겨 간 사용자 테이블을 설정한 오래되었거나 소규모 서버에서 RCPT TO와 VRFY에 대한 응답으로 나타납니다. 예: &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. 일부 서버는 주소를 알려 주지 않고, 자신이 처리하지 않는 도메인에 대한 릴레이 거부로 551을 잘못 쓰기도 합니다.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>응답에 새 주소가 있다면 발신자가 수신자에게 확인하고 주소록을 갱신한 다음 새 주소로 다시 보냅니다. 메일 클라이언트나 MTA가 알아서 하지는 않습니다. 주소가 없다면 릴레이 거부로 처리하세요. 자신의 인증된 제출 서버를 통해 보내고, 도메인의 MX 레코드가 실제로 그 도메인을 호스팅하는 서버를 가리키는지 확인하세요. 새 주소를 드러내고 싶지 않은 수신 측 관리자는 조용한 전달(250으로 응답, 251은 여전히 새 주소를 보여 줌)이나 일반 550으로 바꿉니다.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>수신자가 새 주소로 옮겼고, 이전 서버가 551로 응답하는 옮겨 간 사용자 테이블을 유지합니다.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>클라이언트가 외부 도메인의 메일을 릴레이하려 했고, 서버가 550 5.7.1 대신 551로 거부했습니다.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>도메인의 MX가 더 이상 수신자의 사서함을 호스팅하지 않는 서버를 아직 가리킵니다.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>응답 텍스트에 있는 주소(&lt; 와 &gt; 사이)를 복사하고 다른 수단으로 수신자에게 확인하세요.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>현재 어느 서버가 해당 도메인의 메일을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>그 서버에 대해 수신자를 다시 보내 보고 RCPT TO 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>같은 수신자로 재시도하지 말고, 조용히 다른 곳으로 보내지도 마세요. RFC 5321은 서버가 클라이언트가 새 주소에 따라 동작하리라고 가정해서는 안 된다고 합니다. 사람이 알려 준 주소로 다시 보낼 수 있도록 응답 텍스트를 그대로 담아 메시지를 반송하세요.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>요청한 메일 작업이 중단됨: 저장 공간 할당 초과</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>메시지 크기 초과</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>첨부 파일 너무 큼</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>사서함 용량 초과</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>할당량 초과</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>저장 공간 한도를 넘어 작업이 중단되었습니다. 오늘날에는 둘 중 하나를 뜻합니다. 수신자의 사서함이 할당량을 초과했거나, 메시지가 서버가 받아들이는 크기보다 큽니다(SIZE 확장, RFC 1870). RFC 821은 수신자가 너무 많은 경우에도 552를 나열했지만, RFC 5321 4.5.3.1.10은 이를 452로 바로잡고 그런 552를 일시적인 것으로 처리하라고 클라이언트에 지시합니다.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>클라이언트가 서버 한도보다 큰 SIZE=를 선언하면 MAIL FROM에서, 실제 메시지가 너무 크면 데이터 끝 뒤에서(Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), 사서함이 가득 차면 RCPT TO나 데이터 끝에서 나타나며, 마지막 경우는 배달 에이전트에서 오는 경우가 많습니다(Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail은 가득 차고 휴면 상태인 받은편지함, 크기 및 헤더 한도, 차단된 첨부 파일 형식에 552를 씁니다. 레지스트리는 X.2.2(사서함 가득 참)를 클래스 4로 나열하지만, 대부분의 서버가 보내는 것은 552 5.2.2입니다.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>크기: 발신자가 메시지를 줄이거나 파일을 첨부하는 대신 링크를 공유합니다. 첨부 파일은 base64로 인코딩하면 약 3분의 1만큼 커지므로 20MB 파일이 25MB 한도를 넘을 수 있습니다. 반송 메시지가 자체 서버에서 왔다면 발신 측 관리자가 나가는 메일 한도를 확인합니다. 할당량: 수신자가 메일을 삭제하거나 보관하거나 저장 공간을 추가로 구매하며, 발신자는 다른 수단으로 이를 알려 줍니다. 첨부 파일 형식: 파일을 다른 형식이나 링크로 보냅니다.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>base64 인코딩이 더해지면 수신 측 크기 한도를 넘는 첨부 파일입니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>수신자의 사서함이 저장 공간 할당량을 초과했습니다.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>저장 공간이 없고 더 이상 사용되지 않는 Gmail 계정입니다(Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>실행 파일이나 실행 파일이 든 압축 파일처럼 수신 측이 거부하는 첨부 파일 형식입니다(Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>헤더 필드가 너무 크거나 너무 많습니다. 예를 들어 아주 긴 To 목록이나 긴 Subject입니다(Gmail 552 5.3.4 헤더 한도).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>RFC 821이 한때 지정했던 대로, 오래된 서버가 아직 수신자가 너무 많은 경우에 552로 응답합니다.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>인코딩을 포함해 실제로 전송될 원본 메시지의 크기를 측정하세요.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>수신 측이 EHLO 응답에서 알리는 크기 한도(250-SIZE 줄, 바이트 단위)를 읽으세요.</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Postfix에서 메시지 크기 한도와 로컬 사서함 한도를 표시하세요(message_size_limit 기본값은 10240000바이트).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Dovecot 서버에서 수신자의 할당량 사용량을 표시하세요.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>메시지를 반송하세요. 그대로 반복하면 같은 방식으로 실패합니다. 예외는 RCPT TO에서 RFC 821식으로 수신자가 너무 많다고 쓰는 경우로, RFC 5321은 이를 일시적인 것으로 처리하라고 합니다. 남은 수신자는 이후 트랜잭션으로 보내세요. 할당량 때문에 반송된 경우, 수신자가 공간을 확보한 뒤 사람이 다시 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Google 계정이 저장 공간을 모두 썼고 사용되지 않고 있습니다. 단지 가득 찬 계정에는 Gmail이 452 4.2.2를 보냅니다.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>메시지 전체, 첨부 파일 수 또는 헤더가 Gmail의 수신 한도를 넘습니다. 텍스트에 어떤 한도인지 적혀 있습니다.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Gmail이 거부하는 첨부 파일 형식입니다(예: 실행 파일, 압축 파일 안에 든 경우 포함). 저장 공간 문제가 아니라 콘텐츠 정책입니다.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>요청한 작업이 수행되지 않음: 사서함 이름이 허용되지 않음</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>주소 자체에 대한 영구 거부입니다. 사서함 이름을 이 서버가 받아들일 수 없다는 뜻이며, 전통적으로는 구문이 잘못된 경우입니다. 실제로 553은 서버가 받아들이지 않는 발신 주소(해석되지 않는 도메인, 로그인한 사용자가 소유하지 않은 주소)와 서버가 릴레이하지 않는 도메인도 포괄합니다. RFC 5321 3.3은 MAIL FROM에서의 실패가 보통 550이나 553을 낸다고 하며, 3.5.1은 모호한 VRFY 이름에 553을 씁니다.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>MAIL FROM과 RCPT TO에서 나타납니다. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. 발신자 로그인 검사를 쓰는 Postfix: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. qmail의 릴레이 거부: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 알 수 없는 수신 도메인과 잘못된 수신 주소 또는 발신 주소 구문에 553 5.1.2, 5.1.3, 5.1.7. SMTPUTF8 서버는 받을 수 없는 비ASCII 주소에 553과 5.6.7을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>발신자가 해당 주소를 고칩니다. 올바른 구문, 실제로 등록된 도메인, 그리고 인증된 제출이라면 계정이 발신 주소로 쓸 수 있는 주소만 사용합니다. 애플리케이션 개발자는 root@localhost나 www-data@server 대신 공개 도메인을 쓰는 올바른 엔벨로프 발신자를 설정합니다. 응답이 릴레이 거부라면 클라이언트는 자신의 제출 서버에 인증해야 합니다. 서버 관리자는 사용자가 실제로 소유한 주소일 때만 그 주소를 사용자의 허용 발신 주소에 추가합니다.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>형식이 잘못된 주소입니다. @ 누락, 공백, 짝이 맞지 않는 꺾쇠괄호, 엔벨로프에 들어간 표시 이름 등입니다.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>엔벨로프 발신자가 공개적으로 해석되지 않는 내부 호스트 이름을 씁니다. cron 작업과 웹 애플리케이션에서 흔합니다.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>인증된 사용자가 다른 사람 소유의 주소로 보내려 했습니다.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>수신 도메인이 이 서버가 메일을 받거나 릴레이하는 도메인이 아닙니다.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>수신 도메인이 DNS에 존재하지 않습니다(Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>비ASCII 주소를 처리할 수 없는 서버로 보냈습니다.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>엔벨로프 발신자의 도메인이 공개적으로 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Postfix에서 어떤 제한 설정이 주소를 거부했는지 확인하세요.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>발신 호스트에서 Postfix가 로컬에서 생성된 메일에 붙이는 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>정확한 발신자와 수신자로 트랜잭션을 재현하여 둘 중 어느 쪽이 거부되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>재시도하지 마세요. 같은 주소는 같은 553을 받습니다. 주소나 발송 설정을 바꿀 수 있도록 메시지를 돌려보낸 다음, 새 메시지로 다시 보내세요.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>수신 도메인이 DNS에 존재하지 않습니다. 대개 @ 뒷부분의 오타입니다.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>RCPT TO 인수의 구문이 잘못되었습니다. Gmail은 사용자를 조회하지도 않았습니다.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>MAIL FROM 인수의 형식이 잘못되었습니다. 애플리케이션이나 서버가 설정하는 엔벨로프 발신자를 고치세요.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>트랜잭션 실패(연결 시작 시: 여기에는 SMTP 서비스 없음)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>블랙리스트 등록</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>하드 바운스</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>더 좁은 코드에 맞지 않는 영구적 실패입니다. RFC 5321은 이 코드에 두 가지 역할을 줍니다. 세션 중의 &quot;transaction failed&quot;와, 서버가 전체 연결을 거부하려고 220 인사 메시지 대신 554를 보낼 때의 &quot;No SMTP service here&quot;입니다. 실제로는 550 다음으로 큰 거부 코드입니다. Postfix는 차단 목록 적중, 거부된 릴레이, 접근 맵 거부에 기본적으로 554를 쓰며, DATA 뒤라면 대개 콘텐츠, 스팸 또는 바이러스 판정을 뜻합니다.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>연결하는 IP가 곧바로 거부될 때 220 대신 첫 줄로 나타납니다. 이 경우 RFC 5321 3.1에 따라 서버는 QUIT를 기다려야 하며 다른 명령에는 503으로 응답해야 합니다. RCPT TO에서 Postfix 제한 설정이 보내는 경우: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; 또는 &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. DATA에서: 모든 RCPT가 거부되었을 때 &quot;554 5.5.1 Error: no valid recipients&quot;. 데이터 끝 뒤에는 콘텐츠 필터에서, 그리고 &quot;554 Command refused due to lack of security&quot;(RFC 3207)로 나타납니다. Yahoo와 AOL은 대부분의 영구 거부를 554로 보내고, Gmail과 Microsoft는 형식이 잘못된 메시지, 루프, (Microsoft의 경우) 가득 찬 사서함에 씁니다.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>먼저 단계를 파악하세요. 인사 메시지에서 거부되었거나 차단 목록 텍스트가 있다면: 발신 측 관리자가 등재 내역을 찾아 원인(탈취된 계정, 오픈 릴레이, PTR 누락)을 없애고 차단 해제를 요청한 다음, 차단이 로컬 차단이라면 다른 경로로 수신 측 postmaster에게 문의합니다. Relay access denied: 클라이언트가 인증하거나(대개 포트 587과 STARTTLS), MX가 정말 그 서버를 가리킨다면 수신 측 관리자가 해당 도메인을 서버의 릴레이 도메인이나 가상 도메인에 추가해야 합니다. 데이터 끝 뒤라면: 인증, 링크, 첨부 파일, 내용을 검토하세요. Yahoo 554 5.7.9: DKIM과 DMARC 정렬을 고치세요. Yahoo &quot;dd&quot; 줄: 주소가 존재하지 않으므로 삭제하세요. 루프 코드(5.4.6, 5.4.14): 메일을 주고받으며 되돌려 보내는 전달 설정이나 커넥터를 고치세요.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>연결하는 IP가 수신 측이 확인하는 DNS 차단 목록이나 수신 측 자체 차단 목록에 올라 있습니다.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>인증하지 않은 클라이언트가 외부 도메인으로 릴레이하려 했습니다(Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>트랜잭션의 모든 수신자가 거부되어 DATA가 no valid recipients(유효한 수신자 없음)로 실패합니다.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>데이터 끝 뒤에 콘텐츠 필터가 스팸, 바이러스 또는 금지된 첨부 파일을 발견했습니다.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>메시지가 발신 도메인의 DMARC 또는 DKIM 정책에 실패했습니다(Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>수신자가 Yahoo나 AOL에 존재하지 않습니다. 이들의 알 수 없는 사용자 반송은 554 &quot;dd&quot; 줄입니다.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>전달 규칙이나 커넥터 루프 때문에 메시지가 홉 한도를 넘었습니다(Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>형식이 잘못된 메시지입니다. 깨진 MIME 구조, 단독 줄 바꿈(LF), 잘못된 헤더 등입니다(Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>연결하여 배너를 읽으세요. 여기서 554가 나오면 어떤 주소를 보기도 전에 연결 전체가 거부된 것입니다.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>발신 IP(192.0.2.10을 뒤집은 것)를 Spamhaus뿐 아니라 다른 차단 목록에서도 조회하세요.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>자체 서버를 통한 인증된 제출을 테스트하세요. 릴레이 거부가 요구하는 것이 바로 이것입니다.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Postfix 수신 서버에서 554를 낸 제한 설정과 그 기본 코드를 찾으세요.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>루프로 인한 반송이라면 돌아온 메시지의 Received: 헤더 수를 세어 어느 호스트들이 메시지를 주고받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>트랜잭션을 그대로 반복하지 마세요. 인사 메시지의 554는 수신 측이 이 클라이언트를 거부한다는 뜻이므로 새 연결로 계속 두드리면 등재 기간만 늘어납니다. QUIT를 보내고 원인이 제거될 때까지 메일을 반송하거나 보류하세요. 데이터 끝 뒤의 554는 그 메시지에 대한 최종 판정입니다. 거부된 부분을 바꾼 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>확장 코드가 없는 Yahoo의 알 수 없는 수신자 응답입니다. Yahoo는 재시도하지 말고 목록에서 주소를 삭제하라고 안내합니다. 같은 메일 시스템이 AOL 주소도 처리합니다.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>메시지가 Yahoo의 인증 검사(DKIM, SPF, DMARC)에 실패했습니다. 대개 p=reject를 게시한 도메인의 DMARC 실패입니다. 평판 검토를 요청하지 말고 인증을 고치세요.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>메시지 구조나 헤더가 RFC 5322나 MIME을 심하게 위반해서 Gmail이 곧바로 거부합니다.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>라우팅 루프입니다. 메시지에 Received 헤더가 너무 많으며, 대개 서로를 가리키는 전달 규칙 때문입니다.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>클라이언트가 먼저 인증하지 않고 명령을 너무 많이 보냈습니다. Gmail은 AUTH를 기다리지 않고 시도를 끝냅니다.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online은 가득 찬 수신자 사서함을 554 5.2.2로 알립니다. 수신자가 공간을 확보해야 합니다. Microsoft는 발송 한도를 넘은 발신자에도 5.2.2를 씁니다.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online의 루프 감지로, Microsoft 자체 코드 5.4.14로 보고됩니다(레지스트리의 루프 코드는 X.4.6). 메시지를 되돌려 보내는 전달 규칙이나 커넥터를 찾으세요.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>MAIL FROM/RCPT TO 매개변수를 인식할 수 없거나 구현되지 않음</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>클라이언트가 MAIL FROM이나 RCPT TO에 이 서버가 인식하지 못하거나 구현할 수 없는 ESMTP 매개변수(SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS 등)를 붙였습니다. RFC 5321 4.1.1.11은 이 경우에 555를, 일시적으로 할 수 없는 경우에 455를 할당합니다. 잘못은 주소가 아니라 클라이언트의 명령에 있습니다.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>MAIL FROM이나 RCPT TO 직후에 나타나며, 대개 클라이언트가 서버가 EHLO 응답에서 알리지 않은 확장을 쓸 때입니다. DSN이 없는 서버에 보낸 DSN 매개변수, HELO로 대체했는데도 SIZE=를 붙이는 클라이언트, EHLO 목록에서 키워드를 제거한 SMTP 인식 방화벽 등입니다. Postfix는 &quot;555 5.5.4 Unsupported option: ...&quot;으로 응답하며, Gmail은 자신의 응답 목록에 &quot;555 5.5.2 Syntax error&quot;를 올려 두었습니다.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>클라이언트 소프트웨어는 서버가 EHLO 응답에 나열한 매개변수만 보내야 하며, HELO로 대체한 뒤에는 아무 매개변수도 보내면 안 됩니다. 메일 라이브러리나 MTA를 업데이트하거나 다시 설정하세요(강제로 켠 DSN이나 SMTPUTF8 옵션이 흔한 원인입니다). 방화벽이나 프록시가 SMTP를 검사한다면 그 관리자에게 EHLO를 다시 쓰는 검사를 꺼 달라고 하세요. 명령 구문도 확인하세요. MAIL FROM:과 RCPT TO:의 콜론 앞뒤에는 공백이 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>서버가 알린 적 없는 확장의 매개변수입니다. 예를 들어 DSN이 없는 서버에 보낸 NOTIFY=나 RET=입니다.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO가 실패해서 클라이언트가 HELO로 대체했는데도 확장 매개변수를 계속 붙였습니다.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>중간 장비가 EHLO 응답을 다시 쓰거나 줄여서, 지원되는 확장에 대해 클라이언트와 서버의 인식이 다릅니다.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>형식이 잘못된 인수입니다. 예를 들어 콜론 뒤의 공백이나 깨진 매개변수 값입니다.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>서버가 실제로 제공하는 확장을 읽으세요. EHLO 뒤의 각 250- 줄이 키워드 하나입니다.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>네트워크 안과 밖에서 테스트하거나, 검사 장비가 바꿀 수 없는 암호화된 세션으로 테스트하여 방화벽을 통과하는 내용과 비교하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Postfix 서버에서 EHLO 키워드를 일부러 숨기고 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>클라이언트의 디버그 로그에서, 또는 테스트 세션을 스니핑하여 클라이언트가 보내는 정확한 MAIL FROM이나 RCPT TO 줄을 확보하세요.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>같은 명령을 반복하면 다시 실패합니다. 클라이언트는 서버가 지원하지 않는 선택적 매개변수(SIZE, NOTIFY) 없이 새 트랜잭션을 시작할 수 있지만, 메시지를 통과시키려고 REQUIRETLS를 빼면 안 됩니다(RFC 8689). 그 경우 메시지는 반송됩니다.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail은 555를 구문 오류 확장 코드와 짝지으므로, 매개변수뿐 아니라 MAIL FROM과 RCPT TO의 구문(꺾쇠괄호, 콜론 뒤 공백 없음)도 확인하세요.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>도메인이 메일을 받지 않음</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>RFC 7504에서 정의되었습니다. 주소의 도메인이 메일을 전혀 받지 않는다는 뜻입니다. 보통 원인은 도메인이 메일을 받지 않는다고 선언하는 null MX 레코드(RFC 7505, &quot;MX 0 .&quot;)이며, 이에 대응하는 확장 코드는 5.1.10 Recipient address has null MX(수신 주소에 null MX가 있음)입니다. 521(이 호스트는 메일을 받지 않음), 550(이 사서함이 거부됨)과는 다릅니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>수락하기 전에 수신 도메인을 조회한 제출 서버나 릴레이에서 RCPT TO에 대한 응답으로 나타납니다. 예를 들어 Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. 또는 여러분의 MTA가 누구에게도 연결하지 않고 작성한 반송 메시지에 나타납니다(Postfix는 &quot;Domain example.com does not accept mail (nullMX)&quot;를 기록). 흔한 함정: example.com 자체가 null MX를 게시하므로 이 도메인으로 보내는 테스트 메일은 항상 이렇게 실패합니다.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>발신자가 주소를 확인합니다. 도메인이 파킹되었거나, 웹 전용이거나, no-reply 도메인이거나, 오타 때문에 그런 도메인이 되었습니다. 수신자에게 메일을 받는 주소를 요청하세요. 도메인을 소유하고 있고 메일을 받고 싶다면 도메인 관리자가 null MX를 제거하고 실제 MX 레코드를 게시합니다. 테스트 시스템은 example.com 대신 메일 싱크나 직접 관리하는 도메인을 써야 합니다.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>도메인이 파킹되었거나 웹사이트 전용으로 쓰이며 null MX를 게시합니다.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>오타 때문에 null MX를 게시하는, 실제로 존재하는 다른 도메인이 되었습니다.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>example.com이나 example.net의 테스트용 또는 자리 표시용 주소가 실제 메일 서버에 도달했습니다.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>도메인 소유자가 메일을 새 제공업체로 옮긴 뒤 null MX를 그대로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>일부러 메일을 거부하는 no-reply 도메인으로 회신을 보냈습니다.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>MX를 조회하세요. 응답이 &quot;0 .&quot; 하나뿐이면 null MX입니다.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>레코드를 우선순위와 대상과 함께 출력하는 다른 도구로 교차 확인하세요.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Postfix 발신 서버에서 null MX 때문에 거부되거나 반송된 메시지를 나열하세요.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>큐에 넣거나 재시도하지 마세요. null MX는 메일을 받지 않는다는 도메인 소유자의 공개 선언이므로 발신 MTA는 즉시 반송합니다. 도메인 소유자가 DNS를 바꿔야만 배달이 가능해집니다.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>주소 조회 응답</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557은 RFC 5321이나 공개된 다른 어떤 RFC에도 정의되어 있지 않습니다. 주소 조회 메커니즘에 관한 인터넷 초안에서 조회 결과를 담는 응답으로 제안되었지만, 그 초안은 표준이 되지 못했습니다. 주요 MTA와 대형 제공업체는 이 코드를 보내지 않으며, 비공식 코드 목록은 이 숫자에 무관한 의미를 붙여 둡니다.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>공개 인터넷에서는 사실상 보이지 않습니다. 나타난다면 상대편이 실험적이거나 자체 제작한 소프트웨어, 또는 직접 만든 응답 코드로 설정된 필터를 쓰고 있는 것입니다. 더 흔하게는 로그나 스크린숏에서 다른 코드를 잘못 읽은 것입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>발신 측 관리자가 이를 보낸 소프트웨어를 파악하고(배너, Received 헤더, 원격 postmaster) 그 문서에서 의미를 확인합니다. 코드가 자체 서버나 필터 설정에서 나온 것이라면 다른 소프트웨어가 처리할 수 있도록 550이나 554 같은 표준 응답과 알맞은 확장 코드로 바꾸세요.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>주소 조회 초안을 구현한 실험적 서버입니다.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>지어낸 응답 코드로 설정된 필터나 사용자 정의 규칙입니다.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>로그, 티켓 또는 스크린숏에서 잘못 옮겨 적은 코드입니다.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>인사 배너로 원격 소프트웨어를 파악하세요.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>로그에서 정확한 응답 줄을 찾아 어느 명령에 대한 응답이었는지, 코드 뒤에 어떤 텍스트가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>발신 MTA는 알 수 없는 코드를 첫 자리로 해석합니다(RFC 5321 4.2). 557은 영구적 실패로 처리하여 큐에 넣지 말고 반송하고, 사람이 원격 postmaster에게 연락하도록 하세요.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>블랙리스트 차단</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571은 어느 RFC에도 없는 SMTP 응답 코드입니다. “오류 571, 차단됨”이라고 말하는 사람은 거의 항상 확장 코드 5.7.1, 즉 Delivery not authorized, message refused(배달이 허가되지 않음, 메시지 거부, RFC 3463)를 뜻하며, 이는 550 5.7.1이나 554 5.7.1로 옵니다. 가끔 필터나 서버의 사용자 정의 설정이 실제로 571을 보내기도 하는데, 클라이언트는 첫 자리에 따라 영구적 실패로 처리해야 합니다.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>헬프데스크 티켓, Exchange NDR(&quot;#550 5.7.1 ...&quot;), 반송 요약, 보안 어플라이언스 로그에 나타납니다. 그 뒤의 응답은 MAIL FROM, RCPT TO 또는 데이터 끝 뒤의 정책 거부입니다. 인증되지 않은 릴레이, 차단 목록에 오른 IP, 수신자의 조직이 허용하지 않는 발신자, 스팸 판정 등입니다.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>5.7.1은 &quot;not authorized&quot;라고만 말하므로 전체 응답 줄을 확보하고 5.7.1 뒤의 텍스트를 읽으세요. 릴레이 거부: 발신 클라이언트가 자신의 서버에 인증합니다. 차단 목록에 오른 IP: 발신 측 관리자가 원인을 고치고 차단 해제를 요청합니다. 제한된 수신자(내부 또는 등록된 발신자만 받는 그룹): 수신 측 관리자가 발신자를 허용해야 합니다. 스팸 판정: 인증과 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>클라이언트가 인증 없이, 자신을 위해 릴레이하지 않는 서버를 통해 보냈습니다(550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>발신 IP나 도메인의 평판이 나쁘거나 차단 목록에 올라 있습니다.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>수신자가 내부 또는 등록된 발신자의 메일만 받는 배포 그룹이나 사서함입니다.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>수신 측 전송 규칙이나 사용자 정의 정책(Google Workspace gcdp 규칙)이 메시지를 거부했습니다.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>실제로 571로 응답하도록 설정된 필터 어플라이언스입니다.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>실패한 주소에 대해 5.7.1이 있는 정확한 줄을 찾으세요. 코드 뒤의 단어가 정책을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>자체 리졸버를 사용하여 발신 IP가 Spamhaus에 등재되어 있는지 확인하세요(192.0.2.10을 뒤집어서).</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>텍스트에 릴레이가 언급되어 있다면 클라이언트가 제출 시 인증할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>571이나 그 뒤의 550 5.7.1을 절대 그대로 재시도하지 마세요. 거부한 정책이 여전히 적용됩니다. 반송하고, 릴레이 권한, 차단 목록 등재 또는 수신자의 규칙이 처리된 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>기타 정의되지 않은 상태</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>모든 경우를 받아 주는 확장 코드입니다. 서버는 결과가 성공(2.0.0), 일시적 실패(4.0.0), 영구적 실패(5.0.0) 중 무엇인지만 말하고 주제나 세부 사항은 알려 주지 않습니다. 실제 정보는 모두 기본 코드와 응답 텍스트에 있습니다.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>세션의 어디에서나, 그리고 반송 메시지에서 매우 자주 나타납니다. Postfix는 메시지 데이터 뒤에 250 2.0.0 Ok: queued(큐에 들어감)로, QUIT에 221 2.0.0 Bye로, 그리고 220 2.0.0 Ready to start TLS로 응답합니다. Postfix와 Exim은 원격 서버의 응답에 자체 확장 코드가 없으면 DSN에 Status: 5.0.0이나 4.0.0을 적기도 합니다.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>확장 코드는 무시하고 기본 코드와 그 옆의 텍스트를 읽으세요. 실제로 일어난 일은 그쪽에 있습니다. 2.0.0이라면 고칠 것이 없습니다. 반송 메시지의 4.0.0이나 5.0.0이라면 발신자(또는 발신 측 관리자)가 원격 서버의 원래 응답을 인용한 Diagnostic-Code 줄을 읽고 그것을 바탕으로 조치합니다.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>원격 서버의 응답에 확장 코드가 없어서, 보고하는 MTA가 DSN을 작성할 때 일반적인 X.0.0을 채워 넣었습니다.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>메시지 데이터 뒤의 마지막 250이나 QUIT에 대한 221처럼 일상적인 성공 응답에 2.0.0을 붙이는 서버 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>필터, milter 또는 정책 서비스가 자체 자유 텍스트로 메시지를 거부하면서 구체적인 확장 코드를 고르지 않았습니다.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>반송 메시지를 열고 Diagnostic-Code 줄을 읽으세요. 원격 서버가 실제로 한 말이 인용되어 있습니다.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>발신 서버의 로그에서 수신자로 메시지를 찾아 함께 기록된 전체 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>클래스 숫자만으로 판단하세요. 2.0.0은 할 것이 없고, 4.0.0은 평소 백오프 간격으로 나중에 재시도하며, 5.0.0은 그대로 재시도하지 않습니다. 이 일반 코드에는 이와 달리 처리할 추가 이유가 없습니다.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>기타 주소 상태</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>잘못된 주소</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>트랜잭션의 어떤 주소(발신자나 수신자의 주소)에 관한 문제가 이 결과를 낳았지만, 서버는 무엇인지 말하지 않습니다. 5.1.0이면 그 주소에 묶인 영구 거부이고, 4.1.0이면 주소 문제가 해소될 것으로 예상됩니다. 예를 들어 아직 완료하지 못한 검사입니다.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>MAIL FROM이나 RCPT TO에 대한 응답과 DSN에 나타납니다. Postfix는 자신이 호스팅하는 도메인의 발신 주소가 존재하지 않으면(reject_unlisted_sender) 550 5.1.0 ... Sender address rejected: User unknown in local recipient table(발신 주소 거부: 로컬 수신자 테이블에 없는 사용자)로 응답하며, 일부 Postfix 버전은 null MX가 있는 도메인으로 가는 메일을 반송할 때 dsn=5.1.0을 기록합니다. Postfix, Gmail, Exchange는 MAIL FROM에 대한 250 응답에 레지스트리에 없는 성공 형태인 2.1.0을 붙이기도 합니다.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>코드 뒤의 텍스트를 읽어 어느 주소가 거부되었는지 확인하세요. 발신 주소를 지목한다면 발신 측 관리자가 엔벨로프 발신자가 해석되는 도메인의 실제 존재하는 사서함인지 확인하고, 수신자를 지목한다면 발신자가 그 주소에 오타가 없는지 확인합니다. 4.1.0이라면 발신 서버가 그냥 재시도합니다.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>엔벨로프 발신자가 수신 서버의 로컬 주소처럼 보이지만 그곳에 존재하지 않아서, reject_unlisted_sender를 쓰는 Postfix가 거부합니다.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>수신 도메인이 null MX를 게시했고, 발신 MTA가 이를 5.1.10 대신 일반 주소 코드로 보고합니다.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>정책이나 주소 재작성 규칙이 더 구체적인 코드를 고르지 않고 주소를 거부했습니다.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>응답 텍스트를 읽으세요. 발신 주소와 수신 주소 중 어느 쪽이 거부되었는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>발신 주소가 거부한 Postfix 서버가 호스팅하는 도메인에 있다면 virtual alias 맵에 그 주소가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>수신 도메인이 null MX(응답이 &apos;0 .&apos; 하나뿐)를 게시하는지 확인하세요.</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: 같은 주소로, 또는 같은 주소에서 그대로 다시 보내지 마세요. 4.1.0: 서버가 주소 확인이 결국 성공하리라고 보므로 나중에 일반 백오프 간격으로 재시도하세요.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>잘못된 대상 사서함 주소</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>존재하지 않는 사용자</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>잘못된 수신자</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>수신자를 찾을 수 없음</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>없는 주소</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>존재하지 않는 이메일 주소</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>사서함이 존재하지 않습니다. 주소의 @ 왼쪽 부분을 목적지에서 알 수 없으며, 도메인 자체에는 문제가 없습니다. 영구적 실패(5.1.1)로 쓰이며, 잘못 입력했거나 삭제된 주소에 대한 전형적인 하드 반송입니다. 4.1.1은 서버가 아직 수신자를 확인할 수 없어서 나중에 재시도해 달라고 할 때 나타납니다.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>거의 항상 메시지 데이터를 보내기 전 RCPT TO에 대한 응답으로 나타나며, 그다음 발신 서버가 작성한 반송 메시지에 나타납니다. Gmail, Microsoft 365, Postfix(User unknown in local recipient table 또는 in virtual mailbox table, 즉 로컬 수신자 테이블이나 가상 사서함 테이블에 없는 사용자), Sendmail(User unknown) 모두 이 코드를 씁니다. Postfix는 수신 주소 검증이 아직 진행 중일 때 450 4.1.1 ... unverified address를 보냅니다.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>발신자가 주소에 오타가 없는지, 특히 @ 앞부분을 확인하고 다른 수단으로 수신자에게 올바른 주소를 확인합니다. 목록 운영자는 5.1.1을 받으면 주소를 삭제합니다. 사서함이 있어야 한다면 수신 측 관리자가 수신 서버가 쓰는 디렉터리나 조회 테이블에 그 사서함이 있는지, 게이트웨이와 백업 MX 호스트의 수신자 목록이 최신인지 확인합니다.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>로컬 부분의 입력 오류입니다. 빠진 글자, 뒤바뀐 이름과 성, 잘못된 구분 문자 등입니다.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>사서함이 삭제되었거나 이름이 바뀌었고(예: 직원 퇴사 후) 별칭이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>주소 목록이나 메일 클라이언트 자동 완성 캐시의 오래된 항목입니다.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>게이트웨이나 백업 MX가 오래된 목록으로 수신자를 확인해서, 최종 서버에는 존재하는 사서함을 거부합니다.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>사서함은 만들었지만 수신 서버의 조회 테이블(virtual 맵, LDAP 쿼리)을 다시 빌드하지 않았거나 조회 테이블이 그 사서함을 보지 못합니다.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>수신 도메인의 MX 호스트를 찾으세요.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>메시지를 보내지 않고 그 MX에 대해 주소를 테스트하세요. RCPT TO에 대한 응답을 지켜보세요.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>직접 운영하는 Postfix 서버에서 수신자가 가상 사서함(virtual mailbox) 맵에 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>5.1.1은 재시도하지 마세요. 주소가 저절로 생기지 않으며, 없는 주소에 반복해서 시도하면 발신자의 평판이 나빠집니다. 4.1.1은 일반 백오프 간격으로 재시도하되, 5.1.1로 바뀌면 멈추세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>gmail.com이나 Google Workspace 주소에 계정이 없을 때 RCPT TO에서 Gmail이 보내는 응답입니다. 레지스트리의 의미와 일치합니다.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange가 디렉터리에서 수신자를 해석할 수 없었습니다. 같은 조직의 사용자 사이라면 다시 만들었거나 옮긴 사서함에 대한 오래된 자동 완성 항목(X.500 / legacyExchangeDN)인 경우가 많습니다. 추천 항목을 삭제하고 주소를 다시 입력해서 보내세요.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>잘못된 대상 시스템 주소</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>도메인이 존재하지 않음</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>MX 레코드 없음</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>도메인을 찾을 수 없음</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>수신 주소의 도메인 부분(@ 오른쪽)이 메일을 받을 수 없습니다. DNS에 존재하지 않거나 사용할 수 있는 메일 호스트가 없습니다. 영구적 실패로 정의되어 있으므로 도메인을 바로잡기 전에는 메시지를 배달할 수 없습니다.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>수신 도메인을 확인하는 서버의 RCPT TO 응답으로, 또는 발신 서버가 자체 DNS 조회에 실패한 뒤 작성한 반송 메시지에 나타납니다. reject_unknown_recipient_domain을 쓰는 Postfix는 450 4.1.2 ... Recipient address rejected: Domain not found로 응답하며(DNS 문제는 지나갈 수 있으므로 기본값은 일시적), Sendmail은 550 5.1.2 ... Host unknown으로 반송합니다.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>발신자가 도메인 철자를 확인합니다(흔한 실수: 잘 알려진 제공업체 이름에서 빠진 글자, 끝의 점, 빠진 국가 접미사). 도메인이 맞다면 수신 측 관리자가 도메인이 등록 및 위임되어 있는지, 동작하는 메일 서버로 이어지는 MX 레코드나 최소한 주소 레코드를 게시하는지 확인합니다.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>철자가 틀린 도메인입니다. 예를 들어 대형 제공업체 이름에서 글자가 겹치거나 빠진 경우입니다.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>도메인 등록이 만료되었거나 네임 서버가 더 이상 그 도메인에 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>도메인은 존재하지만 MX 레코드도 A나 AAAA 레코드도 없어서 배달할 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>MX 레코드가 가리키는 호스트 자체가 해석되지 않습니다.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>도메인의 메일 호스트를 조회하세요.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>MX가 없다면 대체 수단으로 쓰이는 주소 레코드를 찾아보세요.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>루트부터 위임을 따라가서 도메인이 존재하는지, 네임 서버가 응답하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>5.1.2는 그대로 재시도하지 말고 주소를 바로잡으세요. 원인이 DNS 장애였고 서버가 4xx 기본 코드를 썼다면 일반 백오프 간격으로 재시도하세요.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail이 수신 주소의 도메인을 찾을 수 없었습니다. 대개 오타이거나 주소 뒤에 불필요한 문장 부호가 붙은 경우입니다. 레지스트리의 의미와 같은 취지입니다.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>잘못된 대상 사서함 주소 구문</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>잘못된 이메일 주소</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>주소 형식 오류</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>수신 주소가 아예 유효한 주소가 아닙니다. 공백, @ 누락, 연속된 점 두 개, 짝이 맞지 않는 꺾쇠괄호 등으로 주소 구문을 어깁니다. 같은 문자열은 매번 거부되므로 레지스트리는 이를 영구적인 것으로 취급합니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>RCPT TO에 대한 응답으로, 대개 501이나 553과 함께 나타납니다. Postfix는 501 5.1.3 Bad recipient address syntax(수신 주소 구문 오류)로, Gmail은 553-5.1.3 ... is not a valid RFC 5321 address로 응답하며, 온프레미스 Exchange는 5.1.3 STOREDRV.Submit; invalid recipient address를 보고합니다. RCPT TO 줄을 직접 만드는 스크립트와 웹 양식이 주된 출처입니다.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>발신자나 엔벨로프를 만드는 클라이언트 소프트웨어가 주소를 바로잡습니다. 공백이나 불필요한 문장 부호 없음, @는 정확히 하나, 완전한 도메인, RCPT TO에는 꺾쇠괄호 안에 순수한 주소만. 애플리케이션은 메일을 큐에 넣기 전에 주소를 검증해야 합니다.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>주소 안의 공백, 쉼표, 세미콜론입니다. 대개 여러 주소를 한 필드에 붙여 넣은 경우입니다.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>연속된 점 두 개, 또는 로컬 부분의 시작이나 끝에 있는 점입니다.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>순수한 주소 대신 표시 이름이나 따옴표가 RCPT TO에 들어갔습니다.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>SMTPUTF8을 제공하지 않는 서버에 ASCII가 아닌 문자를 보냈습니다.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>반송 메시지에서 정확한 주소를 복사하여 숨은 공백, 따옴표, 겹친 점, 빠진 도메인이 있는지 살펴보세요.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>바로잡은 주소로 엔벨로프를 다시 보내고 RCPT TO 응답을 지켜보세요.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>재시도하지 마세요. 형식이 잘못된 주소는 매번 같은 방식으로 거부됩니다. 주소를 고치고 새 메시지를 제출하세요.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail은 RFC 5321 구문을 따르지 않는 수신 주소를 거부합니다. 레지스트리의 의미와 같습니다.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>대상 사서함 주소가 모호함</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>주소가 대상 시스템의 사서함 여러 개와 일치해서 서버가 어느 것을 뜻하는지 알 수 없습니다. 주소를 느슨하게(이름이나 부분 일치로) 대응시키는 시스템에서 나오며, 영구적(5.1.4)이거나 지속적-일시적(4.1.4)일 수 있습니다.</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>오늘날 인터넷에서는 드뭅니다. 이전 Exchange 버전이나 일부 그룹웨어 게이트웨이처럼 이름으로 수신자를 해석하는 디렉터리 기반 시스템에서 RCPT TO에 대한 응답이나 DSN으로 나옵니다. RFC 5321의 VRFY 명령에도 같은 개념이 있어서, 서버는 이름이 모호하다고 답하고 후보를 나열할 수 있습니다.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>발신자가 짧은 형태나 이름 대신 완전하고 정확한 주소를 씁니다. 수신 측 관리자는 디렉터리에서 같은 별칭, 프록시 주소 또는 이름을 가진 두 사용자나 연락처의 중복을 제거하고, 이름만으로 일치시키는 것 같은 느슨한 일치 규칙이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>두 디렉터리 개체가 같은 별칭이나 프록시 주소를 가지고 있습니다. 예를 들어 마이그레이션에서 사용자를 두 번 가져온 경우입니다.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>수신 시스템이 이름으로 수신자를 일치시키는데 여러 사람이 같은 이름을 씁니다.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>시스템이 전체 주소를 기대하는 곳에 이름 같은 짧은 로컬 부분을 썼습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>수신 측 관리자가 디렉터리에서 그 주소를 가진 모든 개체를 검색합니다.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>수신자가 알려 준 그대로의 완전한 주소로 다시 보내세요.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: 같은 주소로 재시도하지 말고 모호하지 않은 주소로 다시 보내세요. 4.1.4: 수신 측 관리자가 중복을 고치는 중일 수 있으므로 나중에 백오프 간격으로 재시도하세요.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>대상 주소 유효</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>성공 코드입니다. 대상 주소가 유효하며 수락되었습니다. RFC 3463은 이를 긍정적인 배달 보고용으로 의도했으며, 실제로는 거의 모든 서버가 RCPT TO에 대한 250 응답에 2.1.5를 붙입니다.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>각 RCPT TO에 대한 수신자 확인 응답(Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok)과, 발신자가 NOTIFY=SUCCESS를 요청했을 때의 성공 DSN에 나타납니다. RCPT TO에서는 이 트랜잭션에 주소가 수락되었다는 뜻일 뿐, 메시지가 받은편지함에 도착했다는 뜻은 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>고칠 것이 없습니다. 2.1.5로 수락된 메시지가 나중에 반송되거나 도착하지 않을 때만 더 살펴보세요. 그 경우 문제는 수락 이후(콘텐츠 필터링, 이후 배달 단계, 모든 주소를 받아들이는 백업 MX)에 있으며, 수신 측 관리자가 자신의 로그에서 메시지를 추적합니다.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>수신 주소가 존재하며 서버가 이 트랜잭션에 대해 수락했습니다.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>RCPT TO에서 수신자를 검증하지 않는 서버(일부 백업 MX 호스트, catch-all 도메인)가 아무 주소나 받아들이고 나중에 반송할 수 있습니다.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>NOTIFY=SUCCESS로 성공 DSN을 요청했고, 최종 서버가 배달을 보고했습니다.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>RCPT TO까지 엔벨로프를 실행하고 250 2.1.5 응답을 확인하세요.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>수락된 메일이 도착하지 않았다면 데이터 뒤의 250 응답에서 수신 서버가 준 큐 ID(Postfix는 queued as ...로 기록)를 찾아 수신 측 관리자에게 보내세요. 관리자가 자신의 로그에서 그 ID를 검색합니다.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>재시도할 것이 없습니다. 수신자가 수락되었습니다. 클라이언트는 추가 RCPT TO 명령이나 DATA로 대화를 이어 갑니다.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>대상 사서함이 이동됨, 전달 주소 없음</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>계정 폐쇄</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>퇴사한 직원</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>예전에는 유효했던 주소이지만 사서함이 없어졌고 서버가 전달 주소를 알려 주지 않습니다. 영구적 실패이며, 5.1.1과 달리 주소가 한때 실제로 존재했다는 것을 발신자에게 알려 줍니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>떠난 사용자 목록을 유지하는 서버에서 RCPT TO에 대한 응답이나 반송 메시지로 나타납니다. Postfix의 relocated 테이블은 5.1.6과 함께 User has moved to 뒤에 새 주소가 붙은 텍스트로 거부하므로, 실제로는 전달 주소를 알려 주는 경우가 많습니다. 온프레미스 Exchange는 5.1.6을 다른 용도로 씁니다. 단일 레이블 수신 도메인(user@example처럼 접미사가 없는 주소)을 거부하는 수신 커넥터입니다.</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>발신자는 그 주소를 더 이상 쓰지 말고 본인이나 소속 조직에 새 주소를 물어봅니다. 응답 텍스트에 새 주소가 있다면 그것을 쓰세요. 목록 운영자는 주소를 삭제합니다. 조직이 그 사람을 찾을 수 있게 하려면 수신자의 이전 관리자가 전달 별칭이나 자동 응답을 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>그 사람이 조직을 떠났고 관리자가 주소를 relocated 테이블이나 퇴사자 테이블에 넣었습니다.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>회사가 도메인이나 명명 규칙을 바꾸면서 이전 주소를 일부러 폐기했습니다.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Exchange에서 수신 도메인이 단일 레이블이고, 수신 커넥터가 그런 도메인을 거부하도록 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>응답 텍스트 전체를 읽으세요. 일부 서버는 &apos;moved to&apos; 뒤에 새 주소를 적습니다.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Postfix 서버에서 주소가 relocated 테이블에 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>재시도하지 마세요. 사서함은 돌아오지 않습니다. 주소를 삭제하거나, 응답에 새 주소가 있다면 그 주소로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>잘못된 발신자 사서함 주소 구문</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>잘못된 발신 주소</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>MAIL FROM 형식 오류</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>발신자의 주소, 보통 엔벨로프 MAIL FROM의 구문이 잘못되었습니다. 5.1.7이면 영구 거부입니다. 서버는 발신자를 당분간만 거부할 때, 예를 들어 아직 검증 중일 때 4.1.7도 보냅니다.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>MAIL FROM에 대한 응답으로, 또는 RCPT TO에서 발신자 제한을 적용하는 서버라면 RCPT TO에 대한 응답으로 나타납니다. Postfix는 501 5.1.7 Bad sender address syntax, Gmail은 553-5.1.7 The sender address ... is not a valid RFC 5321 address로 말합니다. reject_unverified_sender를 쓰는 Postfix는 이 코드를 450 4.1.7 ... Sender address rejected: unverified address로 재사용하는데, 이는 구문이 아니라 검증에 관한 것입니다. 스크립트, 프린터, 스캐너가 흔한 출처입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>발신 측 관리자나 발신 애플리케이션이 엔벨로프 발신자를 고칩니다. @가 하나 있고 FQDN 도메인을 가진 완전한 주소를 표시 이름 없이 꺾쇠괄호 안에 넣습니다. 장치와 스크립트는 사용자 이름만 보내거나 호스트 이름뿐인 도메인을 보내는 경우가 많으니 실제 주소를 설정하세요. Postfix 4.1.7의 경우 수신 측이 발신 주소를 탐색하므로 그 주소가 메일을 받을 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>애플리케이션이나 장치가 엔벨로프 발신자로 사용자 이름만, 또는 도메인 없는 호스트 이름을 보냅니다.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>MAIL FROM 안에 표시 이름, 따옴표 또는 공백이 들어갔습니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>발신자의 도메인에 접미사가 없습니다. 예를 들어 user@localhost나 내부의 짧은 호스트 이름입니다.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>수신 서버가 발신 주소를 탐색하고 있으며 아직 응답을 받지 못했습니다(Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>서버가 본 엔벨로프 발신자를 찾으세요. Postfix는 이를 from=&lt;...&gt;로 기록합니다.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>정상적인 발신 주소로 트랜잭션을 반복하고 MAIL FROM에 대한 응답을 비교하세요.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: 같은 발신 주소로 재시도하지 말고 먼저 고치세요. 4.1.7: 나중에 일반 백오프 간격으로 재시도하세요. 수신 측이 발신자 검증을 마치면 대개 통과합니다.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail은 RFC 5321 주소 구문을 따르지 않는 엔벨로프 발신자를 거부합니다. 레지스트리의 의미와 같습니다.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>잘못된 발신자 시스템 주소</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>발신 도메인이 존재하지 않음</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>발신자 주소의 도메인이 존재하지 않거나 메일을 받을 수 없어서, 반송 메시지를 돌려보낼 수 없습니다. 서버는 도메인이 확실히 없어졌다면 이런 발신자를 영구적으로(5.1.8), DNS 조회가 실패했을 뿐이라면 일시적으로(4.1.8) 거부합니다.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>MAIL FROM에 대한 응답으로, 또는 Postfix의 기본 동작처럼 발신자 제한을 늦게 평가하는 서버라면 RCPT TO에서 나타납니다. reject_unknown_sender_domain을 쓰는 Postfix는 450 4.1.8 ... Sender address rejected: Domain not found(도메인을 찾을 수 없음)로 응답하고, Sendmail은 553 5.1.8 ... Domain of sender address ... does not exist로, 해석되지 않을 때는 451 4.1.8로 응답합니다. Microsoft 365는 5.1.8을 무관한 의미로 씁니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>발신 측 관리자가 엔벨로프 발신자가 MX나 주소 레코드를 가진 실제 공개 도메인을 쓰도록 합니다. 내부 전용 이름(.local 도메인 등), 오타, 등록이 만료된 도메인이면 안 됩니다. DNS가 맞아 보인다면 도메인의 네임 서버가 회사 네트워크 밖에서도 응답하는지 확인하세요. 5.1.8을 받은 Microsoft 365 발신자는 관리자가 계정을 보호하고 제한을 해제해야 합니다.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>발신 애플리케이션이 회사의 내부 DNS에만 존재하는 내부 도메인을 씁니다.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>발신 도메인의 등록이 만료되었거나 위임이 깨졌습니다.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>발신 도메인에 MX 레코드도 A나 AAAA 레코드도 없습니다.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>수신 측의 일시적인 DNS 실패로, 5.1.8이 아니라 4.1.8이 나옵니다.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>네트워크 밖의 기계에서 발신 도메인의 MX 레코드를 조회하세요.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>MX가 없다면 대체 수단으로 쓰이는 IPv4 및 IPv6 주소 레코드를 확인하세요.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>수신 Postfix 서버에서 적용 중인 발신자 제한을 나열하세요.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: 일반 백오프 간격으로 재시도하세요. DNS 문제는 몇 분 안에 해소되는 경우가 많습니다. 5.1.8: 발신 도메인이나 엔벨로프 발신자를 고칠 때까지 재시도하지 마세요.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online이 발신 계정 자체를 제한했습니다. 대개 계정이 탈취된 뒤 스팸을 보냈기 때문입니다. 발신자의 도메인과는 관계가 없습니다. 관리자가 계정을 보호하고 Microsoft 365 Defender 포털의 제한된 엔터티 목록에서 제거합니다.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>메시지가 규격을 따르지 않는 메일러로 릴레이됨</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>주소는 유효했지만, 메시지가 사용 중인 상태 보고 또는 추적 프로토콜을 지원하지 않는 시스템으로 넘어가서 더 이상 정보를 줄 수 없습니다. RFC 3886(메시지 추적)에서 나온 코드이며, 대부분의 경우 오류라기보다 정보 제공용입니다.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>드물게 보입니다. 메시지 추적 응답(RFC 3885의 MTRK 확장과 RFC 3886의 상태 형식)과, 더 이상 보고할 수 없는 게이트웨이나 서버에서 추적이 끝나는 상태 보고에 속합니다. 일반 DSN에서는 같은 상황이 대개 Action: relayed(릴레이됨)로 표시됩니다.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>대개 고칠 것이 없습니다. 메시지가 상태를 보고하는 경로 구간을 벗어났습니다. 배달 증명이 중요하다면 마지막으로 보고한 홉은 그 너머를 볼 수 없으므로 수신자에게 직접 묻거나 수신 측 관리자에게 로그 검색을 요청하세요.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>다음 홉이 추적을 지원하지 않는 다른 종류의 메시징 시스템(오래된 그룹웨어, 팩스나 SMS 게이트웨이)으로 가는 게이트웨이입니다.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>다운스트림 서버가 DSN이나 추적을 지원하지 않아서 보고하는 서버가 이를 빼고 메시지를 넘겼습니다.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>메시지가 외부 서비스로 갔으며, 그 내부 배달은 보고하는 서버에서 보이지 않습니다.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>상태 보고서에서 Action, Status, Remote-MTA 필드를 읽어 추적이 어디서 끝났는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>다음 홉이 EHLO 응답에서 DSN을 알리는지 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>재시도할 것이 없습니다. 메시지는 수락되어 다음으로 넘어갔습니다. 클래스 4나 5 형태는 알 수 없는 최종 상태로 보고, 중요하다면 메일 시스템 밖에서 배달을 확인하세요.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>수신 주소에 null MX가 있음</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>수신자의 도메인이 null MX(우선순위 0, 호스트 &apos;.&apos;인 MX 레코드 하나)를 게시합니다. 이는 도메인이 메일을 전혀 받지 않는다는 소유자의 명시적인 선언입니다. 실패는 영구적입니다. 도메인에 MX 레코드가 있으므로 A/AAAA 대체 규칙이 적용되지 않아 배달이 즉시 실패합니다.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>두 곳에서 나타납니다. 수신 도메인을 조회하다 null MX를 발견한 발신 서버는 즉시 메시지를 실패 처리하고 기본 코드 556(RFC 7504)과 함께 반송 메시지로 보고합니다. 이 경우 일부 Postfix 버전은 Domain ... does not accept mail (nullMX)와 함께 dsn=5.1.0을 기록합니다. 수신 도메인을 확인하는 수신 서버나 제출 서버도 reject_unknown_recipient_domain을 쓰는 Postfix처럼 RCPT TO를 556 5.1.10으로 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>발신자가 주소를 확인합니다. null MX는 대개 도메인이 애초에 메일용이 아니거나(파킹, 웹 전용, 자리 표시용 도메인) 주소에 오타가 있다는 뜻입니다. 수신자가 정말 그곳에서 메일을 받아야 한다면 수신 측 관리자가 null MX를 실제 MX 레코드로 바꿉니다. null MX는 도메인의 유일한 MX 레코드여야 합니다.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>주소가 파킹, 웹 전용, 자리 표시용 도메인처럼 일부러 메일을 받지 않는 도메인을 씁니다.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>오타가 하필 null MX를 게시하는 실제 도메인과 일치했습니다.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>도메인 소유자가 메일을 다른 곳으로 옮기면서 실수로 null MX를 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>실제 데이터에 쓰인 테스트용 또는 예시 주소입니다. 예를 들어 example.com은 null MX를 게시합니다.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>수신 도메인의 MX 레코드를 조회하세요. null MX는 &apos;0 .&apos; 하나만 응답으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>발신 서버의 로그에서 반송 기록을 찾아 기록된 코드와 텍스트를 확인하세요.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>절대 재시도하지 마세요. 도메인이 메일을 받지 않는다고 선언했습니다. 메시지를 큐에 두지 말고 즉시 반송하세요.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>null MX와 무관한 Exchange Online 자체 용법입니다. 도메인을 호스팅하는 Microsoft 365 조직에 수신자가 존재하지 않는다는 뜻으로, 사실상 5.1.1 같은 알 수 없는 사용자입니다. 발신자는 주소를 확인하고 오래된 Outlook 자동 완성 항목을 지우며, 수신 측 관리자는 수신자 개체와 그 프록시 주소를 확인합니다.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>기타 또는 정의되지 않은 사서함 상태</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>사서함 오류</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>사서함은 존재하지만 무언가가 배달을 막았으며 서버는 무엇인지 말하지 않습니다. 4.2.0이면 문제가 지나갈 것으로 예상되고, 5.2.0이면 이 메시지에 대한 영구적 실패입니다.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>문제가 메시지를 사서함에 쓸 때에만 드러나므로, 대개 RCPT TO가 아니라 수신자의 메일 저장소가 작성한 반송 메시지에 나타납니다. Exchange와 Microsoft 365는 실제 사유를 밝히는 STOREDRV.Deliver 예외 이름과 함께 5.2.0을 자주 쓰며, LMTP와 로컬 배달 소프트웨어는 저장소가 분류할 수 없는 오류를 돌려줄 때 이 코드를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>코드 뒤의 텍스트를 읽으세요. 거의 항상 실제 상황이 적혀 있습니다. 그다음 수신 측 관리자가 사서함 자체(숨은 폴더를 포함한 할당량, 손상된 폴더, 권한, 이동 중인 사서함)를 확인합니다. 발신자는 다른 수단으로 반송 메시지를 수신자에게 전해 주는 것밖에 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>사서함이나 그 숨은 폴더 중 하나가 단순한 사서함 가득 참으로 보고되지 않는 저장 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>사서함을 이동, 마이그레이션 또는 복구하는 중이어서 저장소가 쓰기를 거부합니다.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>배달 중 사서함 저장소의 권한 오류나 파일 시스템 오류입니다.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>사서함에 연결된 배달 규칙이나 Sieve 스크립트가 메시지를 처리하다 실패했습니다.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>반송 메시지에서 5.2.0 뒤의 텍스트를 복사하세요. Microsoft 365에서는 예외 이름(예: QuotaExceededException)이 관리자에게 어디를 봐야 하는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Microsoft 365에서는 수신 측 관리자가 복구 가능한 항목(Recoverable Items) 폴더의 크기를 확인합니다.</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Dovecot 서버에서는 관리자가 수신자의 할당량 사용량을 확인합니다.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: 백오프 간격으로 재시도하세요. 5.2.0: 같은 메시지를 자동으로 다시 보내지 말고, 수신 측에서 사서함을 복구했다고 알려 온 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Exchange Online의 저장소 드라이버가 메시지를 사서함에 넣지 못했으며 예외 이름을 알려 줍니다. QuotaExceededException은 보이는 사서함이 한도에 한참 못 미치더라도, 예를 들어 보존 보류 중에 복구 가능한 항목 영역이 가득 차서 발생할 수 있습니다.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>사서함이 비활성화됨, 메시지를 받지 않음</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>사서함 비활성화</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>사서함은 존재하지만 꺼져 있어 메시지를 받지 않습니다. 레지스트리는 두 클래스를 모두 허용합니다. 사서함이 다시 활성화되지 않을 때는 5.2.1, 당분간만 비활성화된 때는 4.2.1입니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>정지, 잠금 또는 휴면 계정에 대한 RCPT TO 응답으로 나타납니다. Gmail은 비활성화되었거나 휴면 상태인 계정에 550 5.2.1을 보내고, 450 4.2.1은 다른 상황, 즉 수신자가 Gmail이 허용하는 것보다 빠르게 메일을 받는 경우에 씁니다. Exchange는 콘텐츠 필터가 격리한 메시지와 접근할 수 없는 사서함에 5.2.1을 쓴 적이 있습니다.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>발신자는 다른 수단으로 주소가 아직 쓰이는지 확인하고, 계정이 폐쇄되었다면 목록에서 삭제합니다. 수신자나 그 관리자는 계정을 다시 활성화하거나, 정지 사유를 해결하거나, 로그인하여 재활성화합니다. Gmail의 4.2.1 속도 제한이라면 발신자가 속도를 늦추고 큐가 재시도하도록 둡니다.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>제공업체나 조직이 계정을 정지했습니다. 예를 들어 미납이나 악용 때문입니다.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>계정을 너무 오래 사용하지 않아 제공업체가 비활성화했습니다.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>직원이 퇴사했고 관리자가 사서함을 삭제하는 대신 차단했습니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmail의 4.2.1: 수신자가 짧은 시간에 너무 많은 메일을 받고 있습니다.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>텍스트를 읽으세요. 비활성화(disabled), 휴면(inactive), 정지(suspended), 너무 빠른 메일 수신(receiving mail too quickly)은 각각 다른 해결책을 가리킵니다.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>속도 제한이 관련되어 있을 경우에 대비해, 최근 서버가 그 수신자에게 보낸 메시지 수를 세어 보세요.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: 재시도하지 마세요. 계정이 메일을 받지 않습니다. 4.2.1: 백오프 간격으로 재시도하고 메시지를 분산해서 보내세요. 수신자에게 들어오는 속도가 떨어지면 Gmail이 다시 받아들입니다.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Google 계정은 있지만 비활성화되었거나 휴면 상태입니다(예전 응답에서는 &apos;is disabled&apos;라고 했습니다). 레지스트리의 의미와 일치합니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmail 자체 용법입니다. 사서함에는 문제가 없지만 Gmail이 허용하는 것보다 빠르게 메일을 받고 있으므로 발신 측은 속도를 늦추고 재시도해야 합니다. Gmail에는 사용자가 추가 메시지를 배달할 수 없을 정도의 속도로 메일을 받고 있다고 알리는 영구적인 550 5.2.1 형태도 있습니다.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>사서함 가득 참</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>할당량 초과</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>받은편지함 가득 참</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>저장 공간 부족</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>수신자의 사서함이 저장 할당량을 초과했습니다. 수신자가 메일을 삭제하여 공간을 만들 수 있으므로 RFC 3463은 이를 지속적-일시적 실패(4.2.2)로 의도했지만, 많은 서버가 대신 5.2.2를 보내며 이 영구적 형태가 반송 메시지에서 매우 흔합니다.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>할당량을 미리 아는 서버(Gmail, 할당량 검사를 쓰는 Dovecot)에서는 RCPT TO에서, 배달 중에 저장소가 사서함이 가득 찬 것을 발견하면 데이터 끝과 반송 메시지에서 나타납니다. Dovecot은 552 5.2.2 ... Quota exceeded (mailbox for user is full)로 응답하며, quota_full_tempfail이 설정되어 있으면 452 4.2.2로 응답합니다. Exchange는 554 5.2.2 mailbox full을 돌려줍니다.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>수신자가 메일을 삭제하거나 보관하고 휴지통을 비우거나, 수신 측 관리자가 할당량을 늘립니다. 발신자는 기술적으로 고칠 수 있는 것이 없습니다. 다른 방법으로 수신자에게 알리고 나중에 다시 보내세요. 목록 운영자는 몇 주씩 계속되는 할당량 반송을 버려진 사서함의 징후로 봐야 합니다.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>수신자가 사서함을 전혀 정리하지 않아 할당량에 도달했습니다.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>info@ 같은 공유 사서함이나 역할 사서함이 메일을 많이 받는데 아무도 관리하지 않습니다.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>큰 첨부 파일이 작은 사서함을 금세 채웠습니다.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>다른 서비스와 공유하는 저장 공간이 가득 찼습니다. 예를 들어 Gmail은 할당량이 Google Drive와 포토까지 포함합니다.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Dovecot 서버에서 수신자의 사용량을 한도와 비교해 표시하세요.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>로컬 mbox 배달을 쓰는 Postfix에서 사서함 파일 크기를 mailbox_size_limit과 비교하세요.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>발신자라면 반송 메시지가 4.2.2(서버가 아직 재시도 중)인지 5.2.2(포기함)인지 확인하세요.</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: 수신자가 공간을 확보할 수 있으므로 일반 큐 보존 기간 동안 백오프 간격으로 계속 재시도하세요. 5.2.2: 메시지는 돌아오지만 상황은 지나갈 수 있습니다. 즉시가 아니라 나중에 직접 다시 보내세요.</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Google 계정이 저장 할당량을 초과해 Gmail이 메시지를 지연시킵니다(예전 응답에서는 &apos;The email account that you tried to reach is over quota&apos;라고 했습니다). 의도된 일시적 용법입니다.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>가득 찬 계정이 버려진 것으로도 보이면 Gmail은 할당량 문제를 영구 거부로 바꾸어, 발신 측 서버가 재시도를 멈추게 합니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>수신자의 사서함이 수신 금지 할당량에 도달했습니다. Exchange Online은 발송 속도 제한을 넘은 발신자에게도 &apos;Submission quota exceeded&apos;와 함께 5.2.2를 쓰는데, 이는 발신 측 문제입니다.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>메시지 길이가 관리 한도를 초과함</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>메시지 크기 초과</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>첨부 파일 너무 큼</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>메시지가 이 사서함이 받아들이는 크기보다 큽니다. 레지스트리는 이를 시스템 전체 한도보다 낮은 사서함별 한도에 쓰도록 했으며(시스템 전체 한도는 X.3.4), 이 메시지에 대한 영구적 실패입니다.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>데이터 끝에서, 또는 클라이언트가 SIZE=로 크기를 선언했다면 MAIL FROM에서 나타납니다. Exchange는 수신자의 최대 수신 크기가 메시지보다 작을 때 RESOLVER.RST.RecipSizeLimit과 함께 5.2.3을 씁니다. Gmail은 자체 메시지 크기 한도에 552 5.2.3을 쓰는데, 이는 실제로는 시스템 한도입니다.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>발신자가 메시지를 줄입니다. 첨부 파일을 빼거나 압축하거나, 큰 파일은 링크로 공유하세요. base64 인코딩 때문에 첨부 파일이 디스크의 파일보다 약 3분의 1 커진다는 점을 기억하세요. 사서함 한도가 지나치게 낮다면 수신 측 관리자가 수신 크기를 늘립니다.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>파일로는 한도 바로 아래이지만 base64 인코딩 후에는 한도를 넘는 첨부 파일입니다.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>수신자별 최대 수신 크기가 조직의 전송 한도보다 낮게 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>인라인 이미지가 많거나, 전달된 스레드에 이전 첨부 파일이 함께 딸려 왔습니다.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>반송 메시지의 크기를 그 안에 적힌 한도와 비교하세요. 파일 크기가 아니라 인코딩된 메시지 크기가 기준입니다.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Exchange Online에서는 수신 측 관리자가 사서함의 수신 한도를 확인합니다.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>같은 메시지를 재시도하지 마세요. 다음에도 정확히 같은 크기입니다. 대신 더 작은 버전을 보내세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Gmail의 전체 메시지 크기 한도로, 레지스트리라면 X.3.4로 분류할 시스템 전체 한도입니다. Gmail은 같은 텍스트를 5.3.4와 함께 보내기도 합니다.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>메시지가 수신자 자신의 최대 수신 크기를 넘습니다. 레지스트리가 설명하는 사서함별 한도의 경우 그대로입니다.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>메일링 리스트 확장 문제</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>배포 목록</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>주소가 메일링 리스트나 배포 그룹이며, 목록을 구성원으로 확장할 수 없었습니다. 목록 정의가 깨졌는지 지금만 사용할 수 없는지에 따라 영구적(5.2.4)이거나 지속적-일시적(4.2.4)일 수 있습니다.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>메일이 목록, 별칭 또는 배포 그룹으로 갈 때 나타납니다. 서버가 바로 확장한다면 RCPT TO에서, 아니면 목록 서버가 보낸 반송 메시지에 나타납니다. 레지스트리는 이를 450 및 452와 짝짓습니다. 이전 Exchange 버전은 5.2.4 mailing list expansion problem을 보고했으며, 목록 관리 프로그램이나 디렉터리 기반 그룹은 구성원 정보를 읽을 수 없을 때 이 코드를 낼 수 있습니다.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>발신자는 목록 소유자나 수신 측 관리자에게 알리는 것밖에 할 수 없습니다. 목록 소유자나 관리자가 목록 정의를 확인합니다. 구성원을 제공하는 include 파일이나 디렉터리 쿼리, 루프를 이루거나 삭제된 그룹을 가리키는 중첩 그룹, 확장에 필요한 디렉터리 서버입니다.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>별칭이 가리키는 include 파일이 없거나 메일 시스템이 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>그룹 구성원 정보가 있는 디렉터리(LDAP, Active Directory)에 도달할 수 없어 일시적인 4.2.4가 나옵니다.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>중첩 그룹이 서로를 순환 참조하거나 삭제된 그룹을 참조합니다.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>확장하면 서버가 한 메시지에 허용하는 수신자 수를 넘게 됩니다.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>아무것도 배달하지 않고 메일 시스템에 주소 확장을 요청하세요. Sendmail은 구성원이나 오류를 터미널에 출력하고, Postfix의 sendmail -bv는 보고서를 메일로 보내 줍니다.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Postfix에서 aliases 데이터베이스에서 목록을 조회하세요.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: 백오프 간격으로 재시도하세요. 디렉터리가 복구되면 확장이 다시 동작하는 경우가 많습니다. 5.2.4: 목록 소유자가 목록을 고칠 때까지 재시도하지 마세요.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>기타 또는 정의되지 않은 메일 시스템 상태</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>내부 서버 오류</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>주소나 사서함이 아니라 대상 메일 시스템에 관한 무언가가 이 결과를 낳았으며, 서버는 세부 사항을 알려 주지 않습니다. 일시적 형태인 4.3.0(서버 측 장애)이 단연 가장 흔합니다. 5.3.0은 시스템 수준의 영구 거부이고, 2.3.0은 드문 성공 변형입니다.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>어느 단계에서나 나타나며, 가장 흔하게는 데이터 끝이나 RCPT TO에서입니다. Postfix는 메시지를 저장할 수 없을 때 451 4.3.0 Error: queue file write error(큐 파일 쓰기 오류)를, 테이블이나 데이터베이스 조회가 실패하면 451 4.3.0 ... Temporary lookup failure(일시적 조회 실패)를 보냅니다. Gmail은 자기 쪽의 일시적 문제에 451 4.3.0과 421 4.3.0을 씁니다. Exchange는 메시지를 포이즌 메시지 큐로 옮길 때 5.3.0 Too many related errors를 씁니다.</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>4.3.0이라면 발신 측은 대개 기다리기만 하면 되고, 수신 측 관리자가 거부 시점의 서버 로그에서 근본 오류(디스크 가득 참, 조회 실패, 비정상 종료된 콘텐츠 필터)를 찾습니다. 5.3.0이라면 응답 텍스트에 시스템이 무엇을 거부했는지 적혀 있습니다. 수신 측 관리자가 서버를 고쳐야 하며, 발신자는 그들에게 연락하는 것밖에 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>수신 서버가 메시지를 큐에 쓸 수 없었습니다. 디스크 가득 참, 파일 시스템 오류 또는 잘못된 권한입니다.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>메일 서버가 의존하는 조회 테이블, 데이터베이스 또는 LDAP 서버가 트랜잭션 중에 실패했습니다.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>콘텐츠 필터, milter 또는 바이러스 검사기가 비정상 종료되었거나 타임아웃되었습니다.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>제공업체가 구체적인 사유 없이 당분간 메시지를 거절했습니다.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>수신 Postfix 서버에서 거부 직전에 기록된 warning이나 fatal 메시지를 찾으세요.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>큐가 있는 곳의 여유 공간과 inode를 확인하세요.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Postfix가 자체 설정, 소유권, 권한을 점검하게 하세요.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: 나중에 백오프 간격으로 재시도하세요. 대부분의 원인은 발신자의 도움 없이 고쳐집니다. 5.3.0: 그대로 재시도하지 말고, 텍스트나 수신 측 관리자를 통해 시스템이 무엇을 거부했는지 알아내세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Gmail의 일반적인 일시적 거부입니다. 발신자가 바꿀 것은 없으며 나중에 재시도하기만 하면 됩니다. Gmail은 451 4.3.0 Multiple destination domains per transaction is unsupported도 보내는데, 이는 서로 다른 도메인의 수신자를 별도의 트랜잭션으로 나누라는 요청입니다.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>메일 시스템 가득 참</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>디스크 가득 참</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>디스크 공간 부족</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>메일 시스템 전체의 저장 공간, 대개 디스크나 큐 공간이 바닥나서 지금은 메시지를 받을 수 없습니다. 가득 찬 사서함과 달리 수신자가 메일을 삭제해서 고칠 수 없으며, 일시적 실패로만 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>MAIL FROM, RCPT TO 또는 데이터 끝에서 452와 함께 나타납니다. Postfix는 큐 파일 시스템의 여유 공간이 필요한 양(queue_minfree와 message_size_limit의 1.5배)보다 적으면 452 4.3.1 Insufficient system storage로 응답합니다. Exchange는 디스크 공간이나 메모리 부족으로 백 프레셔가 작동하면 452 4.3.1 Insufficient system resources로 응답합니다.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>수신 서버의 관리자가 큐 또는 저장소 볼륨의 공간을 확보하거나(오래된 로그, 격리함, 불어난 지연 큐) 용량을 늘립니다. Exchange에서는 백 프레셔 임계값과 큐 데이터베이스가 있는 디스크도 확인합니다. 발신자는 할 일이 없습니다. 발신 측 서버가 재시도합니다.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>메일 큐가 있는 파티션이 가득 찼습니다. 대개 로그나 지연 큐가 계속 커졌기 때문입니다.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>여유 공간은 남아 있지만 파일 시스템의 inode가 바닥났습니다.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>메일 루프나 스팸 대량 발송이 큐를 채웠습니다.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>디스크 공간 부족이나 높은 메모리 사용량에 반응한 Exchange 백 프레셔입니다.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>큐 파일 시스템의 공간과 inode를 확인하세요.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>큐에 메시지가 얼마나 있는지 확인하여 루프나 스팸 대량 발송을 찾아내세요.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Postfix의 여유 공간 임계값을 메시지 크기 한도와 비교하세요.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>나중에 일반 백오프 간격으로 재시도하세요. 이 코드는 일시적인 것으로만 정의되어 있습니다. 큐 보존 기간을 넘어 계속되면 메시지가 반송되므로, 연락이 닿는다면 수신 측 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>시스템이 네트워크 메시지를 받지 않음</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>메일 서버 다운</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>사서함이 있는 호스트가 네트워크에서 오는 메시지를 받지 않습니다. 4.3.2라면 일시적이고(종료 진행 중, 과부하, 유지 보수), RFC 7504의 521 응답과 함께 쓰이는 5.3.2라면 그 호스트는 메일을 절대 받지 않습니다.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>종료 중이거나 과부하 상태이거나 유지 보수 중인 서버는 일시적 응답에 4.3.2를 붙일 수 있습니다. 온프레미스 Exchange는 전송 구성 요소가 비활성 상태일 때, 예를 들어 업데이트 후 유지 관리 모드에 남아 있을 때 4.3.2(Service not available, Service not active)로 응답합니다. 메일을 전혀 받지 않는 호스트는 인사 메시지 뒤의 명령에 521과 5.3.2로 응답할 수 있습니다. Microsoft 365는 사서함 수준의 한도에도 4.3.2를 씁니다.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>4.3.2라면 발신 측은 기다리고, 수신 측 관리자가 서비스를 되살립니다. 유지 보수를 마치고, 부하를 줄이고, Exchange라면 Exchange 관리 셸에서 비활성 서버 구성 요소를 다시 활성으로 설정합니다. 521과 5.3.2라면 수신자의 도메인이 모든 메일을 거부하는 호스트로 메일을 보내고 있는 것입니다. 수신 측 관리자가 MX 레코드를 고치거나, 도메인이 정말 메일을 받지 않는다면 null MX를 게시합니다.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>서버가 유지 보수 중이거나 종료 중이어서 새 트랜잭션을 거부합니다.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>서버가 과부하 상태여서 부하가 줄 때까지 작업을 덜어 냅니다.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Exchange에서 업데이트나 유지 보수 후 서버 구성 요소가 비활성 상태로 남았습니다.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX 또는 대체 주소 레코드가 일부러 메일 서버가 아니게 만든 호스트로 이어지며, 그 호스트가 521로 응답합니다.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>포트 25에 연결해 인사 메시지를 읽으세요. 220이면 열려 있고, 421, 521, 554면 호스트가 거부하는 것입니다.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Exchange에서 활성 상태가 아닌 서버 구성 요소를 나열하세요(EX01은 서버 이름).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>도메인의 MX 레코드가 어느 호스트를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: 일반 백오프 간격으로 재시도하되, 가능하면 도메인의 다른 MX 호스트로 시도하세요. 521과 함께 온 5.3.2: 그 호스트로 재시도하지 마세요. 먼저 도메인의 MX 설정이 바뀌어야 합니다.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: 수신자 사서함의 한 폴더가 항목 100만 개 한도에 도달해서 배달이 실패합니다(4.x 코드와 함께 영구적인 554가 온다는 점에 유의). 그 폴더에서 항목을 옮기면 해결됩니다. Exchange Online은 한 사서함이 한꺼번에 너무 많은 메시지를 받을 때 &apos;recipient thread limit exceeded&apos;(수신자 스레드 한도 초과)와 함께 4.3.2를 쓰기도 합니다.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>시스템이 선택한 기능을 지원하지 않음</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>메시지가 대상 시스템이 지원하지 않는 기능을 요청합니다. 대개 한 메일 시스템의 기능을 다른 시스템에 대응시킬 수 없는 게이트웨이에서 발생합니다. 그 기능을 그곳에서 앞으로도 쓸 수 없다면 영구적(5.3.3)이고, 지원이 돌아올 것으로 예상되면 일시적(4.3.3)입니다.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>흔하지 않으며 업체마다 다릅니다. 매개변수가 다음 홉에 없는 확장을 지정할 때 MAIL FROM이나 RCPT TO에서, 또는 요청된 속성(배달 기한, 우선순위, 수신 확인 요청)을 다음 시스템으로 넘길 수 없었던 게이트웨이의 반송 메시지에서 나타날 수 있습니다. 온프레미스 Exchange는 내부 메일에 쓰는 수신 커넥터에 Exchange Server 인증 메커니즘이 없을 때 5.3.3 Unrecognized command를 쓴 적이 있습니다.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>텍스트를 읽어 어떤 기능이 거부되었는지 확인하세요. 발신 측 관리자나 클라이언트 소프트웨어가 그 대상에 대해 해당 기능 요청을 멈추거나, 그 기능을 지원하는 경로로 보냅니다. 수신 시스템이 지원해야 하는 것이라면 그 관리자가 확장을 켜거나 Exchange의 경우처럼 커넥터를 고칩니다.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>메시지가 바이너리 전송이나 배달 기한처럼 다음 시스템에 없는 확장을 요청하며, 게이트웨이가 이를 조용히 빼 버릴 수 없습니다.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>SMTP가 아닌 메시징 시스템으로 가는 게이트웨이가 메시지의 속성을 상대편에서 표현할 수 없습니다.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Exchange 내부 수신 커넥터가 Exchange Server 인증 없이 설정되어 있어 Exchange 전용 명령이 거부됩니다.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>수신 서버가 제공하는 확장을 나열하고, 서버가 MAIL FROM과 RCPT TO에서 보내는 매개변수와 비교하세요.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>발신 Postfix 서버에서 해당 트랜잭션을 찾아 어느 명령이 거부되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: 같은 시스템에 같은 요청을 반복하지 마세요. 지원되지 않는 기능을 빼거나 다른 경로로 보내세요. 4.3.3: 나중에 백오프 간격으로 재시도하세요.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>메시지가 시스템에 비해 너무 큼</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>메시지 크기 초과</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>첨부 파일 너무 큼</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>메시지가 수신 시스템이 어떤 메시지에 대해서든 받아들이는 크기보다 큽니다. 한도가 기술적인 것이든 관리자가 정한 것이든 마찬가지입니다. 이 메시지에 대한 영구적 실패입니다. 한 사서함의 한도인 X.2.3과 비교해 보세요.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>클라이언트가 서버가 알린 한도보다 큰 SIZE=를 선언했다면 MAIL FROM에서, 그렇지 않으면 서버가 바이트 수를 센 뒤 데이터 끝에서, 그리고 이후 홉의 반송 메시지에서 나타납니다. Postfix는 552 5.3.4 Message size exceeds fixed limit(message_size_limit, 기본값 약 10MB)로 응답합니다. Exchange는 5.3.4 Message size exceeds fixed maximum message size를 쓰고, Gmail은 크기 한도와 너무 많은 첨부 파일이나 너무 큰 헤더에 552 5.3.4를 씁니다.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>발신자가 메시지를 줄입니다. 첨부 파일을 줄이거나 압축하거나 다운로드 링크로 대신합니다. 파일 크기를 한도와 비교할 때는 약 37퍼센트를 더하는 base64 인코딩을 감안하세요. 수신 측 관리자가 한도를 늘릴 수도 있지만, 그러면 필터를 포함해 경로의 모든 홉이 새 크기를 받아들여야 합니다.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>대상의 한도보다 큰 첨부 파일입니다. 예를 들어 튜닝하지 않은 Postfix 서버의 기본값 10MB입니다.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>파일로는 한도 아래이지만 MIME 인코딩하면 한도를 넘는 메시지입니다.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>경로상의 릴레이나 필터가 최종 서버보다 낮은 한도를 가지고 있습니다.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail 전용: 너무 많은 첨부 파일이나 너무 큰 헤더가 같은 코드로 보고됩니다.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>서버의 EHLO 응답에서 SIZE 줄을 읽으세요. 서버가 받아들이는 가장 큰 메시지 크기입니다.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Postfix에서 설정된 한도를 바이트 단위로 표시하세요.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Exim에서 설정된 한도를 표시하세요.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>같은 메시지를 재시도하지 마세요. 크기 한도는 시도 사이에 바뀌지 않습니다. 대신 더 작은 메시지를 보내세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Gmail의 메시지 크기 한도입니다. 다른 텍스트(첨부 파일 수가 Google의 한도를 넘음, 또는 헤더가 크기 한도를 넘음)와 함께라면 같은 코드가 Gmail의 첨부 파일 수 한도와 헤더 크기 한도를 뜻합니다.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>시스템이 잘못 구성됨</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>메일 서버 설정 오류</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>수신 시스템이 이 메시지를 받아들일 수 없는 방식으로 설정되어 있습니다. 메시지나 주소의 문제가 아니라 서버 측의 설정 오류입니다. 관리자가 곧 고칠 것으로 예상되면 4.3.5, 거부가 최종적이면 5.3.5입니다.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix는 제한 설정, 조회 테이블 또는 정책 서비스가 잘못 설정되어 있으면 451 4.3.5 Server configuration error(또는 Server configuration problem)를 보내고, 세부 내용은 자체 로그에만 남깁니다. 온프레미스 Exchange는 루프를 감지하면 5.3.5 System incorrectly configured를 씁니다. 예를 들어 수신 커넥터의 FQDN이 메일 흐름의 다른 서버와 같은 경우입니다.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>수신 서버의 관리자만 고칠 수 있습니다. 거부 시점의 서버 로그를 읽으세요. Postfix는 그곳에 실제 경고(알 수 없는 제한, 없는 맵 파일, 도달할 수 없는 정책 서버)를 기록합니다. 이를 고치고 다시 불러옵니다. 발신자는 반송 메시지를 알리고 기다리는 것밖에 할 수 없습니다.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>제한 목록이 존재하지 않거나 유형이 잘못된 조회 테이블을 지정합니다.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>설정에 지정된 정책 서비스나 milter가 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>설정 변경으로 생긴 제한 이름의 오타입니다.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>메일 흐름의 두 서버가 같은 호스트 이름을 내세워서 Exchange가 그 홉을 루프로 봅니다.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>수신 Postfix 서버에서 4.3.5 응답과 같은 시점에 기록된 경고를 찾으세요.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Postfix 기본값과 다른 설정만 표시하여 오타나 빠진 맵을 찾으세요.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>설정에 지정된 모든 맵 파일이 존재하고 원본보다 최신인지 확인하세요.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: 백오프 간격으로 재시도하세요. 관리자가 설정을 고치면 바로 해소됩니다. 5.3.5: 그대로 재시도하지 말고 수신 측 관리자에게 연락하세요.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>요청한 우선순위가 변경됨</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>MT-PRIORITY 확장(RFC 6710)의 성공 코드입니다. 서버가 메시지를 수락했지만 클라이언트가 요청한 전송 우선순위나 그것이 암시하는 기본값을 따르지 않았습니다. 코드 뒤의 텍스트는 실제로 적용된 우선순위로 시작합니다.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>두 서버가 모두 MT-PRIORITY를 지원할 때만 나타나며, 군사나 비상 메시징 같은 특수 환경 밖에서는 드뭅니다. 클라이언트는 MAIL FROM의 MT-PRIORITY 매개변수로 -9에서 9 사이의 우선순위를 요청하고, 서버는 긍정 응답(250 또는 251)에서 변경 사항을 알립니다. 예를 들어 발신자가 높은 우선순위를 쓸 권한이 없을 때입니다.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>고장 난 것은 없습니다. 메시지는 수락되었습니다. 우선순위가 중요하다면 발신 측 관리자가 발신 계정이나 호스트가 수신 시스템에서 그 수준을 쓸 권한이 있는지 확인하거나, 수신 측 관리자와 협의합니다.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>수신 서버의 정책이 이 발신자에게 요청한 높은 우선순위를 허용하지 않아서 낮추었습니다.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>수신 서버가 지원하는 우선순위 수준이 더 적어서 요청을 가장 가까운 수준에 대응시켰습니다.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>로컬 정책이 특정 발신자나 수신자의 우선순위를 높이거나 낮춥니다.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>수신 서버가 EHLO 응답에서 MT-PRIORITY를 제공하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>코드 뒤 응답 텍스트의 맨 앞에 있는 숫자를 읽으세요. 메시지에 지금 적용된 우선순위입니다.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>재시도할 것이 없습니다. 메시지는 변경된 우선순위로 수락되었습니다. 트랜잭션을 평소대로 계속 진행하세요.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>기타 또는 정의되지 않은 네트워크 또는 라우팅 상태</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>라우팅 오류</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>더 구체적인 X.4 코드로 설명되지 않는 배달의 네트워크나 라우팅 측 문제를 모두 받아 주는 코드입니다. 4.4.0이면 발신 시스템이 이번에는 메시지를 통과시키지 못했지만 계속 시도하고, 5.4.0이면 보고하는 시스템이 그 경로를 완전히 포기한 것입니다.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>원격지의 응답보다는 주로 발신 MTA가 작성한 지연 사유와 반송 메시지에 나타납니다. Microsoft Exchange는 큐의 LastError에서 DNS 실패와 실패한 배달 시도 앞에 451 4.4.0을 붙이며, Postfix는 홉 수 초과에 554 5.4.0 Error: too many hops로 응답합니다.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>코드 뒤의 텍스트와 해당 MTA 로그 줄을 읽으세요. 실제 원인(DNS 실패, 거부된 연결, 홉 한도)이 거의 항상 그곳에 적혀 있습니다. 발신 측 메일 관리자가 그 내용을 바탕으로 조치합니다. 장애가 발신 측에 있다면 로컬 DNS, 방화벽 또는 라우팅을 고치고, 수신 측에 도달할 수 없거나 그쪽이 이상하게 동작한다면 정확한 오류, MX 호스트, 타임스탬프를 수신 측 관리자에게 보냅니다.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>대상의 MX나 주소 레코드를 조회하는 동안 발신 서버 자체의 리졸버가 실패했거나 타임아웃되었습니다.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>방화벽, 나가는 포트 25에 대한 제공업체의 차단 또는 깨진 경로가 대상 MX로의 연결을 막았습니다.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>전달 루프나 릴레이 루프 때문에 메시지가 MTA의 홉 한도에 걸렸습니다(Postfix는 이를 5.4.6이 아니라 5.4.0으로 보고).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>게이트웨이나 보안 어플라이언스가 종류를 밝히지 않고 네트워크 실패를 보고했습니다.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>발신 서버의 로그에서 전체 지연 사유나 반송 사유를 찾으세요. 코드 뒤의 텍스트가 실제 실패를 알려 줍니다.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>작업용 PC뿐 아니라 발신 서버 자체에서 대상의 MX 레코드가 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>발신 호스트에서 대상 MX의 포트 25에 도달할 수 있는지 테스트하세요.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>4.4.0이라면 일반 백오프 간격으로 재시도하세요. 대개 일시적인 상황입니다. 5.4.0이라면 같은 경로로 그대로 재시도하지 말고, 먼저 진단 텍스트에서 구체적인 원인을 찾으세요.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>다음 홉에 대한 DNS 조회가 실패했을 때의 Exchange 큐 오류로, 이 예에서는 대상 도메인이 존재하지 않기 때문입니다. Exchange는 계속 재시도하다가 메시지 만료 시간이 지나면 550 4.4.7 QUEUE.Expired; message expired와 함께 NDR을 돌려보냅니다. 레지스트리라면 이를 X.4.3이나 X.4.4로 설명하겠지만 Exchange는 일반 코드 4.4.0을 씁니다.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>호스트 응답 없음</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>서버 응답 없음</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>메일 서버 연결 불가</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>포트 25 차단</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>연결 거부</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>발신 서버가 다음 홉에 연결을 열려고 했지만 쓸 만한 응답을 받지 못했습니다. 연결이 타임아웃되었거나, 거부되었거나, 호스트가 너무 바빠 응답하지 못했습니다. RFC 3463은 이를 지속적-일시적 오류로만 정의하므로, 4.4.1은 완전히 실패한 것이 아니라 아직 시도 중이라는 뜻입니다.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>원격지가 아무 말도 하지 못했으므로 거의 항상 발신 MTA 자체가 만들어 로그나 지연 경고에 표시합니다. Postfix는 dsn=4.4.1과 함께 connect to mail.example.com[192.0.2.25]:25: Connection timed out 같은 지연을 기록합니다. BURL 제출 서버도 메시지를 가진 IMAP 서버에 도달할 수 없으면 451 4.4.1로 응답합니다(RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>발신 측 관리자는 먼저 발신 호스트가 포트 25에 도달할 수 있기는 한지 확인합니다. 많은 클라우드와 가정용 네트워크가 나가는 포트 25를 막기 때문입니다. 다른 도메인은 되는데 이 도메인만 안 된다면 문제는 목적지에 있습니다. MX 호스트가 다운되었거나, 방화벽에 막혔거나, 잘못된 주소에서 수신 대기 중이며, 수신 측 관리자가 고쳐야 합니다. 어느 MX 호스트와 IP 주소로 언제 시도했는지 알려 주세요.</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>대상의 MX 호스트가 다운되었거나 과부하 상태이거나 포트 25에서 수신 대기하고 있지 않습니다.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>어느 한쪽의 방화벽이 SMTP 트래픽을 조용히 버려서 시도가 거부되는 대신 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>발신 네트워크(클라우드 제공업체나 ISP)가 포트 25로 나가는 연결을 막습니다.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>마이그레이션 후에도 MX 레코드가 예전 IP 주소나 잘못된 IP 주소를 가리킵니다.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>대상의 MX 호스트를 우선순위 순서로 나열하세요.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>발신 서버에서 각 MX의 포트 25로 TCP 연결을 시도하세요. 타임아웃이면 필터링이 의심되고, connection refused면 아무것도 수신 대기하지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>나가는 연결 차단을 배제하기 위해, 호스트가 다른 곳(예: 다른 도메인의 MX)의 포트 25에는 도달할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Postfix가 이 대상에 대해 기록한 지연 사유를 살펴보세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하면서 다른 MX 호스트도 우선순위 순서로 시도하세요. 메시지는 큐 보존 기간이 끝나야 실패하며, 그때는 만료(X.4.7)로 나타납니다.</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online은 네트워크 문제와 관계없이, 디렉터리 기반 에지 차단(Directory-Based Edge Blocking)이 수신 테넌트에 없는(또는 아직 동기화되지 않은) 주소를 거부하거나 도메인이 허용된 도메인으로 올바르게 설정되지 않았을 때 RCPT TO에서 이 코드를 보냅니다. 잘못된 수신자로 인한 반송으로 처리하세요. 발신자는 주소를 확인하고, 수신 측 관리자는 테넌트의 수신자와 허용된 도메인을 확인합니다.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>연결 불량</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>연결 재설정</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>연결 유실</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>다음 홉에 연결은 되었지만, 도중에 회선이 끊기거나 멈추거나 타임아웃되어 트랜잭션을 완료할 수 없었습니다. X.4.1처럼 지속적-일시적 오류로 정의되어 있으므로 메시지는 다음 시도를 위해 큐에 남습니다.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>발신 MTA의 로그에 나타나거나(Postfix는 lost connection with mail.example.com[192.0.2.25] while sending end of data와 dsn=4.4.2를 기록), 느리거나 유휴 상태인 세션을 닫는 서버의 응답으로 나타납니다. Postfix SMTP 서버는 호스트 이름과 Error: timeout exceeded가 뒤따르는 421 4.4.2를 보내고, Gmail은 451 4.4.2 Timeout - closing connection을 보냅니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>발신 측 관리자가 어느 단계에서 연결이 끊겼는지 확인합니다. 큰 메시지를 보내는 DATA 도중에 끊긴다면 MTU나 경로 문제, SMTP를 검사하는 중간 장비, 수신 측의 시간 제한을 가리키는 경우가 많고, 유휴 타임아웃은 느린 클라이언트나 과부하된 발신 호스트를 가리킵니다. 한 대상만 영향을 받는다면 타임스탬프와 실패한 단계를 수신 측 관리자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>세션을 끊거나 망가뜨리는 방화벽이나 SMTP 검사 중간 장비입니다.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>큰 패킷을 멈추게 하는 경로 MTU 문제로, 작은 메시지는 통과하고 큰 메시지는 DATA 도중에 멈춥니다.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>클라이언트가 명령 사이에 너무 오래 멈춰서 서버의 유휴 타임아웃이 세션을 닫았습니다.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>트랜잭션 도중 수신 서버가 재시작했거나, 비정상 종료되었거나, 부하 때문에 연결을 정리했습니다.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>연결이 끊긴 단계를 찾으세요.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>같은 MX로 전체 테스트 트랜잭션을 실행하고 어디서 멈추는지 지켜보세요.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>STARTTLS가 깔끔하게 완료되는지 확인하세요. 핸드셰이크가 깨지면 흔히 연결 끊김으로 나타납니다.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>큰 메시지는 실패하고 작은 메시지는 통과한다면 최대 크기 패킷이 조각화 없이 MX에 도달하는지 테스트하세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하세요. 가끔 연결이 끊기는 것은 인터넷에서 정상입니다. 같은 대상에 대해 같은 단계에서 반복해서 끊긴다면 재시도만으로는 해결되지 않는 설정 문제입니다.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>클라이언트가 명령 사이나 데이터 전송 중에 너무 느려서 Gmail이 세션을 닫습니다. 다시 연결해서 재시도하세요. 계속 발생한다면 과부하된 발신 호스트나 느린 네트워크 경로를 찾아보세요.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>디렉터리 서버 실패</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS 오류</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS 타임아웃</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>이름 해석 실패</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS 조회 실패</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>디렉터리 서비스(실제로는 거의 항상 DNS)를 사용할 수 없거나 오류로 응답해서 메시지를 라우팅할 수 없었습니다. RFC 3463은 이를 일시적 실패(4.4.3)로 의도했지만, 일부 서버는 5와 함께 보냅니다.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>발신 측에서는 대상의 MX나 주소 조회가 타임아웃되거나 SERVFAIL을 돌려줄 때 나타납니다. Postfix는 Name service error for name=example.com type=MX: Host not found, try again과 dsn=4.4.3으로 지연시킵니다. 수신 측에서는 DNS 기반 검사를 마칠 수 없을 때 나타납니다. RFC 7208은 SPF 검사가 일시적 오류로 끝나면 451 4.4.3을 권장합니다.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>누구의 DNS가 실패하는지 파악하세요. 발신 서버가 아무것도 해석하지 못한다면 그 관리자가 로컬 리졸버(리졸버 설정, 멈춘 캐싱 데몬, 막힌 나가는 DNS)를 고칩니다. 한 도메인만 실패한다면 그 도메인의 권한 있는 서버가 다운되었거나, 위임이 잘못되었거나(lame), DNSSEC 때문에 깨진 것이므로 수신 측 관리자나 DNS 호스팅 업체가 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>발신 서버의 로컬 리졸버가 다운되었거나, 도달할 수 없거나, 속도 제한을 받고 있습니다.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>대상 도메인의 권한 있는 네임 서버가 타임아웃되거나 SERVFAIL로 응답합니다.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>DNSSEC 실패(만료된 서명, 잘못된 DS 레코드) 때문에 검증 리졸버가 응답을 거부합니다.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>수신 측의 SPF, DKIM 또는 DMARC 조회가 타임아웃되어 수신 측이 판정 대신 지연을 택했습니다.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>메일 서버가 쓰는 리졸버가 대상에 대해 응답하기는 하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>루트부터 위임을 따라가서 도메인 자체의 네임 서버가 실패하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>DNSSEC 검사를 끄고 쿼리를 반복하세요. 이 경우에만 동작한다면 영역의 서명이 깨진 것입니다.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>메일 서버가 어느 리졸버를 쓰도록 설정되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>나중에 백오프 간격으로 재시도하세요. DNS 장애는 대개 짧습니다. 수신 측의 5.4.3도 실제로는 일시적인 경우가 많으니 DNS 문제가 고쳐지면 다시 보내세요.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>라우팅 불가</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>MX 레코드 없음</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>필요한 라우팅 정보가 없어서 메일 시스템이 대상으로 가는 다음 홉을 찾을 수 없었습니다. 전형적인 원인은 DNS가 응답은 하지만 도메인에 쓸 수 있는 MX나 주소를 주지 않는 경우입니다. 4.4.4는 레코드가 아직 나타날 수 있다는 뜻이고, 5.4.4는 발신 시스템이 포기했다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>발신 MTA가 만들며, 대개 반송 메시지에 나타납니다. Postfix는 Host or domain name not found(호스트 또는 도메인 이름을 찾을 수 없음). Name service error for name=example.com type=A: Host not found와 dsn=5.4.4로 반송하고, Microsoft Exchange는 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain을 보고합니다. 내부 릴레이에 대상으로 가는 transport, 커넥터, 스마트 호스트가 없을 때도 나타납니다.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>먼저 발신자가 단연 가장 흔한 원인인 도메인 오타가 주소에 있는지 확인합니다. 도메인이 맞다면 도메인 소유자(수신 측 관리자)가 동작하는 메일 서버를 가리키는 MX 레코드나 최소한 A 또는 AAAA 레코드를 게시해야 합니다. 발신 측에서는 관리자가 내부 라우팅(transport 맵, 송신 커넥터, 스마트 호스트)이 대상을 포함하는지 확인합니다.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>수신자 도메인의 오타(example.com 대신 example.con)로 도메인이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>도메인은 존재하지만 MX 레코드도, 대신 쓸 A나 AAAA 레코드도 없습니다.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>MX 레코드가 주소 레코드가 없는 호스트를 지정합니다.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>내부 릴레이에 대상 도메인으로 가는 경로(transport 맵 항목, 커넥터, 스마트 호스트)가 없습니다.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>도메인이 존재하는지(NXDOMAIN이 아니라 NOERROR) 확인하고 MX 레코드를 읽으세요.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>각 MX 호스트 이름을 해석하세요. A나 AAAA 레코드가 없는 이름은 배달에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>MX 호스트에 IPv4 주소가 없다면 IPv6 쪽도 확인하세요.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Exim에서 라우터가 그 주소를 어떻게 배달할지 물어보세요.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>4.4.4라면 레코드를 고치는 중일 수 있으므로 백오프 간격으로 재시도하세요. 5.4.4라면 그대로 재시도하지 말고, 주소를 바로잡거나 도메인 소유자가 동작하는 레코드를 게시할 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange가 대상 도메인이 DNS에 존재하지 않는다는 것을 발견하고 메시지를 반송했습니다. 도메인이 실제로 존재한다면 Microsoft는 관리자에게 Exchange 전송 서비스가 쓰는 DNS 설정을 확인하라고 안내합니다.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>메일 시스템 혼잡</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>연결 수 초과</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>발송 한도 초과</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>수신하거나 릴레이하는 메일 시스템이 혼잡해서 지금은 메시지를 받지 않습니다. 지속적-일시적 오류로만 정의되어 있습니다. 메시지 자체에는 문제가 없으며, 발신 측은 속도를 늦추고 나중에 다시 시도해야 합니다.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>서버가 과부하 상태이거나 연결 및 속도 제한을 적용할 때, 연결 시점이나 MAIL FROM, RCPT TO에 대한 응답으로 나타납니다. Gmail은 421 4.4.5 Server busy, try again later를 보냅니다. Gmail은 일일 발송 한도를 넘은 자체 사용자에게도 550 5.4.5를 보내는데, 이는 5를 붙인 제공업체 고유의 용법입니다.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>메시지에는 문제가 없습니다. 발신 측 관리자는 큐가 재시도하도록 두고, 지연이 계속되면 그 대상으로 가는 동시 연결 수와 발송 속도를 낮춥니다. 수신 측 관리자는 자신의 서버가 정말 과부하 상태일 때(큐 적체, 디스크, CPU)만 조치하면 됩니다.</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>수신 서버가 과부하 상태이거나 유지 보수 중이어서 새 세션을 밀어냅니다.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>발신 측이 같은 대상에 동시 연결을 너무 많이 열었습니다.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>발송 속도(분당 메시지 수나 수신자 수)가 수신 측의 속도 제한 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>릴레이 자체의 큐가 밀려 있어서 상위에서 오는 메일을 더 받지 않습니다.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>발신 서버에서 대상 도메인이 언급된 큐 항목이 몇 개인지 세어 보세요.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Postfix가 한 대상에 동시에 몇 개의 배달을 하는지 확인하세요.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>지연이 연결 시점에 발생하는지 RCPT TO에서 발생하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>지수 백오프로, 그리고 그 호스트로의 동시 연결 수를 줄여서 나중에 재시도하세요. 혼잡한 서버를 계속 두드리면 지연만 길어집니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Gmail의 일시적인 혼잡 지연입니다. 나중에 재시도하면 해소되며, 발신 IP에서의 동시 연결 수를 줄이면 더 좋습니다.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>수신 MTA가 아니라 메일을 제출하는 Gmail 또는 Google Workspace 사용자에게 보내는 응답입니다. 계정이 최근 24시간 기준 일일 발송 할당량을 다 써 버렸으며, 그 기간이 지나면 다시 보낼 수 있습니다. 이는 레지스트리의 의미를 벗어나 X.4.5를 5와 함께 쓰는 Google 자체 용법입니다.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>라우팅 루프 감지됨</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>메시지가 너무 여러 번 오갔습니다. 서버들이 메시지를 주고받으며 라우팅하거나 전달 규칙이 메시지를 빙빙 돌리기 때문입니다. RFC 3463은 이를 일시적인 것으로 나열하지만, 루프는 저절로 고쳐지지 않으므로 실제로는 거의 항상 영구적인 5.4.6으로 보냅니다.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>Received: 헤더 수가 MTA의 한도를 넘을 때(sendmail: Too many hops 26 (25 max), Gmail은 50홉에서 멈춤) 또는 MTA가 다음 홉이 자기 자신임을 발견할 때(Postfix: mail for example.com loops back to myself) DATA 끝이나 반송 메시지에 나타납니다. Postfix의 로컬 배달도 Delivered-To 루프를 mail forwarding loop for user@example.com(메일 전달 루프)으로 반송합니다.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>반송된 사본의 Received: 헤더를 읽어 어떤 호스트가 반복되는지 확인하세요. 대개 수신자나 수신 측 관리자가 조치해야 합니다. 원래 사서함으로 되돌아가는 전달 규칙을 없애거나, 도메인을 출발지로 되돌려 보내는 MX 레코드, 릴레이 경로, 커넥터를 바로잡습니다. 발신자는 알리는 것밖에 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>두 사서함이 서로에게 전달하거나, 전달 체인이 시작한 곳에서 끝납니다.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>MX 레코드나 릴레이 경로가 배달하려는 서버 자신을 다시 가리킵니다. 대개 마이그레이션 후나 하이브리드 Exchange 구성에서 발생합니다.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>MX가 가리키는 서버에서 도메인이 로컬로 설정되어 있지 않아, 그 서버가 메일을 다른 곳으로 릴레이하고 메일이 다시 돌아옵니다.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>메일링 리스트가 자기 자신이나 자신에게 메일을 보내는 다른 목록을 구독하고 있습니다.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>반송된 사본의 Received: 헤더 수를 세고 반복되는 호스트 이름을 찾으세요.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>도메인의 MX가 루프를 보고한 바로 그 서버를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix에서 도메인이 배달 또는 릴레이되어야 할 위치에 올바르게 나열되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>로그에서 Postfix가 기록하는 루프 메시지를 검색하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>그대로 재시도하지 마세요. 메시지가 다시 루프를 돕니다. 전달 규칙이나 라우팅을 바로잡은 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail은 이미 Received: 헤더가 50홉을 넘는 메시지를 거부합니다. 루프는 Gmail 이전 경로에 있으며, 대개 한 쌍의 전달 규칙이나 잘못 라우팅된 도메인 때문입니다.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange는 홉 수를 넘은 루프 메시지를 멈추고 이 NDR을 돌려보냅니다. Exchange Server와 Exchange Online 모두 5.4.6을 쓰며, Exchange Online은 루프와 깨진 경로를 5.4.14를 비롯해 5.4.20까지의 다른 코드로도 보고하는데, 하이브리드 구성에서 흔합니다. Microsoft는 받은 편지함 규칙, 전달 설정, 사서함의 targetAddress를 확인하라고 권합니다.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>배달 시간 만료</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>배달 지연</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>큐에 멈춘 메시지</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>배달 시간 초과</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>메시지가 너무 오래 떠돌았습니다. 시스템의 재시도 보존 기간을 넘어 큐에 머물렀거나, 발신자가 정한 배달 시간 한도를 넘었습니다. 4.4.7이면 지연 경고나 일시적 거부이고, 5.4.7이면 메시지가 배달되지 않은 채 반송된 것입니다. RFC 3463은 가능하다면 대신 근본 문제를 보고하라고 시스템에 요구합니다.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>며칠 동안 시도가 실패한 뒤 발신자 자신의 발신 서버가 보내는 반송 메시지와 지연 알림에 나타납니다. 예를 들어 Exim의 retry timeout exceeded(재시도 시간 초과)나 Microsoft Exchange의 550 4.4.7 QUEUE.Expired; message expired(큐 만료)입니다. Postfix는 status=expired, returned to sender(발신자에게 반송)를 기록하지만, 반송 메시지에는 마지막 실제 상태(예: 4.4.1)를 남깁니다.</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>반송 메시지나 로그에서 앞선 지연 사유를 찾으세요. 배달이 계속 실패한 이유(도달할 수 없는 MX, 끝내 통과하지 못한 그레이리스팅, TLS 실패, 반복된 4xx 정책 지연)가 적혀 있습니다. 발신 측 관리자가 그 근본 원인을 고치거나 수신 측 관리자에게 요청한 다음, 발신자가 메시지를 다시 보냅니다. 큐 보존 기간을 늘리면 문제가 가려질 뿐입니다.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>재시도 기간 내내 대상 MX에 도달할 수 없었거나 MX가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>수신 측이 발신 측이 포기할 때까지 일시적인 4xx 코드(그레이리스팅, 속도 제한, 평판)로 계속 응답했습니다.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>TLS나 인증서 문제 때문에 모든 배달 시도가 실패했습니다.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>메시지가 통과하기 전에 발신자가 지정한 배달 시간 한도가 지났습니다.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>큐 보존 기간이 짧게 줄어 있어서 메시지가 며칠이 아니라 몇 시간 만에 만료됩니다.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>수신자에 대한 지연 이력을 찾으세요. 만료 전에 기록된 사유가 실제 문제입니다.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix 서버가 포기하기 전까지 얼마나 오래 시도하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix 큐에 그 밖에 무엇이 대기 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Exim에서 각 메시지의 경과 시간과 함께 큐를 나열하세요.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>4.4.7 지연 알림은 조치가 필요 없습니다. 서버가 아직 재시도 중입니다. 5.4.7이나 만료 반송 메시지를 받았다면 메시지는 큐를 떠났으므로, 근본적인 배달 문제를 고친 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange는 메시지 만료 시간(Exchange Server 기본값 2일)이 지나면 포기하고 이 NDR을 보냅니다. 550이 4.x.x 코드와 짝지어져 있다는 점에 유의하세요. Microsoft의 Exchange Online 목록은 4.4.7 Message expired를 대개 수신 서버 쪽 문제로 설명합니다.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>기타 또는 정의되지 않은 프로토콜 상태</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>SMTP 프로토콜 오류</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>SMTP 대화 자체, 즉 명령, 그 순서, 프로토콜 상태에 관한 일반 코드로, 더 구체적인 X.5 세부 사항은 없습니다. 2와 함께라면 평범한 프로토콜 응답에 붙은 중립적인 태그이고, 4나 5와 함께라면 서버가 클라이언트의 SMTP 사용 방식에 이의를 제기하는 것입니다.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>세션의 어디에서나 나타납니다. Gmail은 프로토콜을 어기는 클라이언트를 451 4.5.0 SMTP protocol violation으로, STARTTLS 뒤에 파이프라인으로 명령을 보내면 454 4.5.0으로 지연시킵니다. RFC 4468은 BURL 응답에 250 2.5.0을 쓰고, 유효한 수신자 없이 BURL이 오면 554 5.5.0이나 503 5.5.0을 씁니다.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>응답을 받은 정확한 명령을 살펴보세요. 4.5.0이나 5.5.0이라면 클라이언트 소프트웨어나 그것을 설정한 사람이 SMTP 동작을 고쳐야 합니다. 220 인사 메시지를 기다리고, STARTTLS 뒤에 EHLO를 다시 보내고, STARTTLS를 넘어 파이프라이닝하지 말고, 줄 끝은 CRLF로 합니다. 2.5.0 응답은 성공이며 조치가 필요 없습니다.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>클라이언트가 STARTTLS 뒤에, 또는 서버가 PIPELINING을 알리기 전에 명령을 파이프라인으로 보냈습니다.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>클라이언트가 인사 메시지 전에 명령을 보냈거나 응답을 기다리지 않고 계속 진행했습니다.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>단독 LF 줄 끝이나 서버가 프로토콜 위반으로 분류하는 기타 잘못된 입력입니다.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>모든 프로토콜 수준 거부에 구체적인 코드 대신 일반 코드를 붙이는 서버입니다.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>세션을 직접, 명령 하나씩 재현하며 각 응답을 지켜보세요.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>같은 서버에 대해 기준이 되는 클라이언트를 실행해 보세요. 성공한다면 문제는 여러분의 클라이언트 소프트웨어에 있습니다.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>클라이언트의 SMTP 프로토콜 로그를 켜고, 첫 응답이 오기 전에 여러 명령을 보냈는지 찾아보세요.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>2.5.0이라면 재시도할 것이 없으니 대화를 계속하세요. 4.5.0이라면 나중에 재시도하되 반복되면 클라이언트를 고치세요. 5.5.0이라면 같은 명령 순서를 그대로 반복하지 마세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>클라이언트가 SMTP를 따르지 않을 때(잘못된 명령 순서, 형식이 잘못된 입력) Gmail이 보내는 일시적 거부입니다. 재시도에 기대기 전에 클라이언트를 고치세요.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>클라이언트가 STARTTLS와 같은 묶음으로 추가 명령을 보냈습니다. 220 응답을 기다리고 TLS 핸드셰이크를 마친 다음 EHLO를 다시 보내야 합니다.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>잘못된 명령</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>클라이언트가 순서에 맞지 않거나 이 시점에서 서버가 지원하지 않는 명령을 보냈습니다. RFC 3463은 이를 영구적인 것으로 정의하므로 같은 위치의 같은 명령은 계속 실패하지만, 일부 서버는 4와 함께 보냅니다.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>대개 잘못된 순서(MAIL 전의 RCPT, 수락된 RCPT 없는 DATA, EHLO 전의 MAIL)에는 503 5.5.1, Postfix의 VRFY처럼 꺼 둔 명령에는 502 5.5.1입니다. Gmail은 로그인 없는 메일 제출에 530 5.5.1 Authentication Required(인증 필요)로 응답합니다.</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>클라이언트 소프트웨어나 그 설정에 잘못이 있습니다. 응답을 받은 명령과 그 앞 명령을 살펴보세요. 전형적인 해결책: EHLO를 먼저 보내고, RCPT TO 전에 MAIL FROM을 완료하고, 메일 클라이언트에서 인증을 켜고, 서버가 꺼 둔 명령(VRFY, EXPN, ETRN)에 의존하지 않습니다.</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>RCPT TO 전의 MAIL FROM 누락이나 수락된 수신자 없는 DATA처럼 명령을 잘못된 순서로 보냈습니다.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>인증 없이 설정된 메일 클라이언트가 인증을 요구하는 제출 서버와 통신합니다.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>클라이언트가 VRFY나 EXPN처럼 서버가 꺼 둔 명령을 씁니다.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>열린 트랜잭션 안에서 중간에 RSET 없이 두 번째 MAIL FROM을 보냈습니다.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>RCPT TO까지 트랜잭션을 재현하고 어느 명령이 거부되는지 확인하세요.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>제출이라면 메일 클라이언트가 해야 하는 방식대로 인증을 포함해 테스트하세요.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>클라이언트의 SMTP 디버그 로그를 켜고 거부 직전에 보낸 명령을 읽으세요.</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>같은 위치에서 같은 명령을 다시 보내지 마세요. 명령 순서를 고치거나 빠진 단계(EHLO, AUTH)를 추가한 다음 새 트랜잭션을 시작하세요. 4.5.1은 다른 일시적 실패와 똑같이 처리하세요.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com은 로그인하지 않은 클라이언트의 MAIL FROM을 거부합니다. 클라이언트가 포트 587에서 STARTTLS로, 또는 포트 465에서 TLS로 인증(OAuth 또는 앱 비밀번호)하도록 설정하세요.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>구문 오류</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>서버가 명령을 파싱할 수 없었습니다. 명령어를 모르거나 인수의 형식이 잘못되었습니다. 영구적인 것으로만 정의되어 있으므로 같은 바이트는 다시 거부됩니다.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>어느 명령에서나 나타납니다. 흔한 실제 사례: 꺾쇠괄호 없는 MAIL FROM: user@example.com(Gmail은 555 5.5.2 Syntax error로 응답), 서버가 base64로 디코딩할 수 없는 AUTH 응답(RFC 4954는 501 5.5.2를 지정), 영구 오류가 있는 SPF 레코드(RFC 7208은 550 5.5.2를 제안), 평문 SMTP 포트에 TLS나 HTTP로 말하는 클라이언트.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>클라이언트 소프트웨어는 올바른 형식의 명령을 보내야 합니다. 주소를 꺾쇠괄호로 감싸고, 서버가 알리지 않은 매개변수는 쓰지 않고, 줄 끝은 CRLF, 명령 줄은 512옥텟 이내로 합니다. 응답에 SPF가 언급되어 있다면 발신 도메인의 소유자가 SPF 레코드를 고칩니다. 서버가 바이너리 잡음을 받았다면 TLS 모드를 포트에 맞추세요. 465는 첫 바이트부터 TLS를, 25와 587은 STARTTLS를 기대합니다.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>MAIL FROM: user@example.com처럼 꺾쇠괄호 없이 또는 불필요한 공백과 함께 보낸 주소입니다.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>자체적으로 구현한 SMTP가 잘못된 스크립트, 프린터 또는 어플라이언스입니다.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>STARTTLS 포트에 암시적 TLS를 보냈거나 포트 465에 평문을 보내서 서버가 잡음을 읽습니다.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>수신 측이 평가한 SPF 레코드에 영구 오류(잘못된 구문, 너무 많은 DNS 조회)가 있습니다.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>같은 서버에 올바른 형식의 테스트를 보내 보세요. 성공한다면 그 명령을 여러분의 클라이언트가 보내는 명령과 비교하세요.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>포트 465가 정말 첫 바이트부터 TLS를 기대하는지 확인하세요. 인증서와 220 인사 메시지가 나타나야 합니다.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>텍스트에 SPF가 언급되어 있다면 발신 도메인의 SPF 레코드를 읽고 구문과 조회 횟수를 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>그대로 재시도하지 마세요. 먼저 명령을 바로잡아야 하며, 그렇지 않으면 같은 5.5.2가 돌아옵니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>형식이 잘못된 MAIL FROM이나 RCPT TO에 대한 Gmail의 응답으로, 대개 꺾쇠괄호가 없거나 Gmail이 받지 않는 매개변수가 붙은 주소입니다.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>수신자가 너무 많음</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>수신자 수 제한</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>트랜잭션의 수신자가 서버가 한 번에 받아들이는 수보다 많습니다. 의도된 처리 방식은 발신 측이 이미 수락된 수신자에게 배달하고 나머지는 다음 트랜잭션으로 보내는 것입니다. 일부 시스템은 메시지 전체의 수신자가 정책상 허용 수보다 많을 때 영구적인 5.5.3을 씁니다.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>메시지당 수신자 한도에 도달하면 RCPT TO에서 나타납니다. Postfix는 smtpd_recipient_limit(기본값 1000)를 넘으면 452 4.5.3 Error: too many recipients로 응답하고, Gmail과 Microsoft 365는 초과분을 452 4.5.3으로 지연시킵니다. RFC 5321은 서버가 최소 100명의 수신자를 버퍼링해야 하며 이 경우 452를 써야 한다고 합니다.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>올바른 발신 MTA는 수신자 목록을 나누어 알아서 처리하므로 대개 아무도 조치할 필요가 없습니다. 그렇지 않고 메일이 실패한다면 발신 측 관리자가 MTA나 메일 발송 소프트웨어에서 트랜잭션당 수신자 수를 낮추고, 대량 발신자는 큰 목록을 나눕니다. Exchange의 영구적인 5.5.3이라면 발신자가 To, Cc, Bcc 주소를 줄이거나 배포 목록을 씁니다.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>수신 서버가 트랜잭션당 받아들이는 것보다 많은 수신자에게 보낸 메시지입니다.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>전체 목록을 한 SMTP 트랜잭션으로 보내는 메일 발송 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365가 한 도메인에 대한 트랜잭션당 한도를 넘는 엔벨로프 수신자를 지연시킵니다.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>클라이언트가 지연된 수신자를 재시도하지 않고 452를 치명적 오류로 처리합니다.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>자체 Postfix가 메시지당 수신자를 몇 명까지 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Postfix 클라이언트가 한 대상으로의 배달 한 번에 수신자를 몇 명 넣는지 확인하세요.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>4.5.3으로 지연된 수신자를 찾아 재시도되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>수락된 수신자에게 배달한 다음, 지연된 수신자는 각각 수신자 수를 줄인 새 트랜잭션으로 재시도하세요. 5.5.3이라면 다시 보내기 전에 수신자 목록을 줄여야 합니다.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail이 이 트랜잭션에서 수신자 목록의 일부만 받습니다. 일반 MTA는 나머지를 재시도합니다. 텍스트가 Google의 발송 한도를 가리키므로, 아주 큰 목록으로 메일을 보내는 Gmail 사용자도 이 응답을 봅니다.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online은 한 트랜잭션에서 같은 도메인에 대해 200명을 넘는 엔벨로프 수신자를 지연시킵니다. 발신 서버는 나머지를 다른 트랜잭션으로 보내야 합니다.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>잘못된 명령 인수</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>잘못된 매개변수</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>명령은 유효하지만 인수 중 하나가 그렇지 않습니다. 범위를 벗어났거나, 형식이 잘못되었거나, 서버가 인식하지 못하는 매개변수나 키워드입니다. RFC 3463은 이를 영구적인 것으로 설명하지만, 레지스트리는 나중에 풀릴 수 있는 한도에 대해 4도 허용합니다.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>대부분 501 5.5.4나 555 5.5.4로 나타납니다. Postfix는 인수를 파싱할 수 없을 때 기대하는 형식을 보여 주거나(501 5.5.4 Syntax: VRFY address) 잘못된 값을 지목하며(501 5.5.4 Bad message size syntax, 메시지 크기 구문 오류), 알 수 없는 MAIL FROM 매개변수에도 이 코드를 씁니다. RFC 4954는 서버가 지원하지 않는 AUTH 메커니즘에 504 5.5.4를 쓰고, Gmail은 잘못된 HELO나 EHLO 이름을 501 5.5.4로 거부합니다.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>클라이언트 소프트웨어나 그것을 설정한 사람은 서버가 받아들이는 인수를 보내야 합니다. EHLO 목록에 있는 AUTH 메커니즘, 서버가 해당 확장을 알렸을 때만 쓰는 ESMTP 매개변수, EHLO의 FQDN 호스트 이름이나 주소 리터럴, 숫자가 필요한 곳의 숫자입니다.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>서버가 알리지 않은 AUTH 메커니즘입니다.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>확장을 알리지 않은 서버에 보냈거나 값이 잘못된 SIZE=, BODY=, SMTPUTF8 같은 MAIL FROM 매개변수입니다.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>비어 있거나 잘못된 EHLO 인수입니다. 예를 들어 단어 하나뿐이거나 대괄호 없는 IP 주소입니다.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>구문이 잘못된 DSN 매개변수(NOTIFY=, ORCPT=, RET=)입니다.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>서버가 제공하는 확장과 AUTH 메커니즘을 나열하고 클라이언트가 보내는 것과 비교하세요.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Postfix 서버가 EHLO에서 내세우는 호스트 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>알린 목록에서 고른 메커니즘으로 인증을 테스트하세요.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>같은 인수로 재시도하지 마세요. 매개변수나 메커니즘을 바로잡고 명령을 다시 보내세요. 4.5.4는 서버가 한도가 일시적이라고 알리는 것이므로 나중에 재시도해도 됩니다.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail은 비어 있거나 유효한 도메인 이름도 주소 리터럴도 아닌 EHLO나 HELO 이름을 거부합니다. 발신 서버는 올바른 호스트 이름을 내세워야 합니다.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>잘못된 프로토콜 버전</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>양쪽이 프로토콜 버전에 합의하지 못했고 그 불일치를 자동으로 해결할 수도 없었습니다. RFC 3463의 원래 코드 집합에 속하지만 오늘날에는 거의 보내지 않으며, 대부분의 서버는 프로토콜 불일치를 5.5.1이나 5.5.2로 알립니다.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>실제 통신에서는 드물게 보입니다. SMTP 리스너에 LMTP(LHLO)로 말하는 클라이언트, ESMTP를 고집하는 서비스와 통신하는 HELO만 아는 아주 오래된 클라이언트 같은 경우에 해당하며, 프로토콜 게이트웨이는 한 메일 프로토콜 버전을 다른 버전에 대응시킬 수 없을 때 이 코드를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>클라이언트 측 관리자가 소프트웨어가 해당 포트가 기대하는 프로토콜을 쓰는지 확인합니다. 25와 587에서는 STARTTLS를 쓰는 SMTP, 465에서는 첫 바이트부터 TLS, LMTP는 LMTP 소켓에서만. 그다음 코드 뒤의 텍스트를 읽으세요. 서버가 대개 무엇을 기대했는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>SMTP 포트에 LMTP로, 또는 LMTP 소켓에 SMTP로 말하는 클라이언트입니다.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>HELO만 아는 오래된 클라이언트가 ESMTP 기능을 요구하는 서비스와 통신합니다.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>메일 시스템 사이의 게이트웨이가 한 프로토콜 버전을 다른 버전으로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>직접 연결하여 인사 메시지를 읽으세요. 대개 그 포트가 ESMTP를 쓰는지 LMTP를 쓰는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>발신 애플리케이션이 어떤 프로토콜과 포트 또는 소켓으로 설정되어 있는지 확인하고, 그곳에서 수신 대기 중인 서비스와 비교하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>그대로 재시도하지 마세요. 클라이언트가 올바른 포트에 올바른 프로토콜로 말하도록 다시 설정해야 합니다.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>인증 교환 줄이 너무 김</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>SMTP AUTH 중에 클라이언트가 선택한 SASL 메커니즘에 대한 서버의 버퍼보다 긴 base64 줄을 보내서 서버가 AUTH 명령을 실패 처리했습니다. RFC 4954가 정의하며 500 5.5.6으로 전송되고, 당시에는 12288옥텟이면 배포된 메커니즘에 충분하다고 여겨졌다고 적고 있습니다.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>AUTH 또는 334 챌린지 뒤의 연속 줄에 대한 응답으로만 나타납니다. 전형적인 원인은 큰 Kerberos(GSSAPI) 토큰, 서버의 작은 한도를 넘는 OAuth 베어러 토큰, 또는 손상되어 끝나지 않는 줄을 보낸 클라이언트입니다. Postfix는 500 5.5.6 SASL response limit exceeded로 응답합니다.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>정상적인 토큰이 허용 크기보다 크다면 서버 관리자가 인증 버퍼를 늘립니다. 예를 들어 그룹 구성원 정보가 많은 Kerberos 티켓이나 긴 OAuth 토큰입니다. Postfix에서는 smtpd_sasl_response_limit(기본값 12288)이며, AUTH 줄 자체에 붙는 초기 응답은 line_length_limit의 제한을 받습니다. 클라이언트 측에서는 의도한 메커니즘이 쓰이는지, 각 응답이 올바른 형식의 base64 한 줄인지 확인하세요. TLS를 통한 PLAIN은 큰 토큰 문제를 피합니다.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>그룹 구성원 정보가 많아서 부풀어 오른 Kerberos(GSSAPI) 티켓입니다.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>서버의 AUTH 줄 한도보다 큰 OAuth 2.0 액세스 토큰입니다.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>클라이언트 버그로 잘못된 데이터를 보내거나 줄 바꿈을 보내지 않아 서버가 끝나지 않는 한 줄을 읽습니다.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>RFC 4954가 언급한 12288옥텟보다 훨씬 작은, 유난히 작은 인증 버퍼를 가진 서버입니다.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>간단한 메커니즘으로 인증하여 계정은 정상이고 실패가 토큰 크기 때문인지 확인하세요.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>시도 시각 전후의 서버 로그에서 AUTH 실패를 찾으세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Postfix 서버에서 SASL 응답과 AUTH 명령 줄에 적용되는 한도를 읽으세요.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>클라이언트나 그 라이브러리가 토큰을 기록할 수 있다면 그 길이를 서버의 한도와 비교하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>같은 AUTH 교환을 반복하지 마세요. 같은 방식으로 실패합니다. 더 작은 토큰이나 다른 메커니즘을 쓰거나 서버 한도를 늘리게 한 다음 다시 인증하세요.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>기타 또는 정의되지 않은 미디어 오류</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>손상된 메시지</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>잘못된 MIME</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>메시지 내용의 무언가가 배달을 불가능하게 했으며, 더 구체적인 X.6 코드는 맞지 않습니다. 거부에서는 대개 수신 측이 메시지 형식이 잘못되었다고 판단했다는 뜻입니다. 깨진 MIME, 잘못된 헤더, 처리할 수 없는 내용 등입니다.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>주로 수신 측이 메시지를 파싱한 뒤 DATA 끝에서 나타납니다. Gmail은 형식이 잘못된 메시지를 554 5.6.0 Mail message is malformed. Not accepted.로 거부합니다. Microsoft Exchange는 반대로 성공에 이 코드를 씁니다. DATA에 대한 일반 응답이 메시지 ID와 Queued mail for delivery(배달을 위해 큐에 넣음)가 뒤따르는 250 2.6.0입니다.</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>발신자나 메시지를 만든 소프트웨어가 구조를 고칩니다. 올바른 형식의 헤더 줄, From, Date, Message-ID는 정확히 하나씩, 998자를 넘지 않는 줄, 일치하는 MIME 경계, 올바른 전송 인코딩. 스크립트와 장치가 생성한 메일이 흔한 용의자입니다. 같은 내용을 일반 메일 클라이언트에서 보내 보면 생성 소프트웨어에 잘못이 있는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>깨진 MIME: 없거나 일치하지 않는 경계, 잘못된 Content-Transfer-Encoding, 잘린 파트입니다.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>형식이 잘못되었거나, 중복되었거나, RFC 5322가 허용하는 것보다 긴 헤더 줄입니다.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>메시지 안의 단독 LF나 NUL 문자로, 대개 스크립트나 임베디드 장치에서 나옵니다.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>콘텐츠 검사기가 첨부 파일을 파싱하지 못하고 일반 코드로 메시지를 거부했습니다.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>거부된 메시지를 파일로 저장하고 주요 헤더를 살펴보세요.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>RFC 5322가 금지하는, 998자보다 긴 줄을 찾으세요.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>같은 내용을 일반 메일 클라이언트에서 보내 보세요. 그 사본이 수락된다면 생성 소프트웨어에 잘못이 있습니다.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>그대로 재시도하지 마세요. 같은 내용은 다시 거부됩니다. 4.6.0은 수신 측의 콘텐츠 처리가 일시적으로 실패하던 것이라면 이후 시도에서 성공할 수 있습니다.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail이 메시지 구조가 유효하지 않다고 판단했습니다(헤더나 MIME이 RFC 5322를 따르지 않음). 발신 소프트웨어가 올바른 메시지를 만들어야 합니다.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>DATA 뒤의 Exchange 일반 성공 응답입니다. 메시지가 수락되어 큐에 들어갔습니다. 레지스트리는 X.6.0을 실패용으로만 나열하지만, 2.6.0은 오류가 아니라 Exchange의 습관입니다.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>지원되지 않는 미디어</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>지원되지 않는 콘텐츠 유형</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>메시지가 배달 프로토콜이나 경로상의 다음 시스템이 전달할 수 없는 미디어 유형이나 인코딩을 씁니다. 영구적인 것으로만 정의되어 있습니다. 메시지는 현재 형태로는 더 나아갈 수 없습니다.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>SMTP 직접 응답으로는 드물고, 내용을 넘겨주지 못한 릴레이나 게이트웨이의 반송 메시지로 더 자주 나타납니다. 예를 들어 BINARYMIME이 없는 홉으로 가는 바이너리 내용, 또는 MIME 유형을 표현할 수 없는 팩스, SMS, 레거시 시스템으로의 게이트웨이입니다.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>발신자가 경로가 전달할 수 있는 형태로 내용을 다시 보냅니다. base64나 quoted-printable 인코딩을 쓰는 표준 MIME과 흔한 첨부 파일 형식입니다. 목적지가 게이트웨이(팩스, 호출기, 레거시 시스템)라면 수신 측 관리자가 어떤 형식을 받는지 알려 줄 수 있습니다.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>BINARYMIME을 제공하지 않는 홉으로 바이너리 내용(BODY=BINARYMIME)을 보냈습니다.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>변환해 주지 않는 7비트 전용 홉으로 원시 8비트 내용이 향하고 있습니다.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>이메일이 아닌 시스템으로 가는 게이트웨이가 메시지의 MIME 유형을 표현할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>다음 홉이 EHLO 뒤에 어떤 본문 확장(8BITMIME, BINARYMIME, CHUNKING)을 알리는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>메시지 본문과 첨부 파일이 어떻게 인코딩되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>그대로 재시도하지 마세요. 내용을 다시 인코딩하거나 지원되는 유형으로 변환해 새 메시지로 보내세요.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>변환이 필요하지만 금지됨</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>메시지를 배달하려면 경로상의 시스템이 내용을 변환해야 하지만 변환이 허용되지 않습니다. 발신자가 메시지에서 그렇게 지정했거나 발신 호스트의 정책이 금지하기 때문입니다.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>다음 홉이 내용을 그대로 받을 수 없는 지점에서 릴레이와 게이트웨이의 반송 메시지에 나타납니다. 예를 들어 릴레이가 절대 다운그레이드하지 않도록 설정된 상태에서 7비트 전용 서버로 가는 8비트 MIME, 또는 변환하지 말라고 표시된 X.400 등의 게이트웨이용 내용입니다.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>발신자가 금지 설정을 없애거나 변환이 필요 없는 내용(base64나 quoted-printable 같은 7비트 안전 인코딩)을 보냅니다. 금지가 발신 호스트의 정책이라면 발신 측 관리자가 그 경로에 다운그레이드를 허용할지 결정합니다.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>메시지나 엔벨로프가 내용 변환을 금지하는데 다음 홉에는 변환이 필요합니다.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>릴레이가 8비트 내용을 절대 다운그레이드하지 않도록 설정되어 있는데 다음 홉에 8BITMIME이 없습니다.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>X.400 등 다른 메일 시스템으로 가는 게이트웨이가 내용을 변환해야 하는데 발신자의 설정이 이를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>다음 홉이 8BITMIME을 알리는지 확인하세요. 연결하여 EHLO example.net을 보내고 목록을 읽습니다.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>메시지에 변환을 강제할 원시 비ASCII 바이트가 있는지 찾아보세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>그대로 재시도하지 마세요. 변환을 허용하거나, 변환이 필요 없도록 내용을 다시 인코딩한 다음 다시 보내세요.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>변환이 필요하지만 지원되지 않음</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>내용이 전달되기 전에 변환되어야 하는데, 변환을 맡아야 할 호스트가 할 수 없습니다. RFC 3463 자체의 예는 8비트 메일을 받았지만 7비트를 요구하는 다음 홉을 위해 7비트로 다운그레이드할 수 없는 게이트웨이입니다.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>막혀 버린 릴레이가 보낸 반송 메시지에, 또는 데이터 끝의 554 5.6.3으로 나타납니다. RFC 4468은 참조된 내용에 제출 서버가 할 수 없는 변환이 필요할 때 BURL에 대한 응답으로 554 5.6.3 Conversion required but not supported를 나열합니다.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>발신자는 7비트 안전 내용, 즉 base64나 quoted-printable로 인코딩된 파트와 RFC 2047로 인코딩된 헤더를 보내 변환을 피할 수 있습니다. 실패한 릴레이의 관리자는 MIME 다운그레이드를 켜거나, 처음부터 끝까지 8BITMIME을 지원하는 경로로 메일을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>다운그레이드할 수 없는 릴레이를 거쳐 8BITMIME이 없는 서버로 라우팅된 8비트 내용입니다.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>BINARYMIME이 없는 홉을 위해 다시 인코딩해야 하는 바이너리 내용입니다.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>해당 콘텐츠 유형에 대한 변환기가 없는 게이트웨이입니다.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>메시지 헤더와 본문에서 원시 8비트 바이트가 있는 줄의 수를 세어 보세요.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Postfix 릴레이에서 8비트에서 7비트로의 출력 변환이 꺼져 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>반송 메시지의 Remote-MTA나 Reporting-MTA 필드에서 8BITMIME이 없는 홉을 찾아 그 EHLO 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>같은 경로로 그대로 재시도하지 마세요. 7비트 안전 내용을 보내거나 먼저 릴레이를 고치게 하세요.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>손실을 동반한 변환 수행됨</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>대개 경고가 붙은 성공입니다. 메시지는 배달되었지만 도중의 변환에서 일부 정보가 손실되었습니다. 표현할 수 없는 문자, 평면화되거나 빠진 파트 등입니다. RFC 3463은 발신자가 손실 변환을 금지했을 때의 영구적 실패로도 이 코드를 허용합니다.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>배달 보고서나 250 응답에 2.6.4로 나타납니다. RFC 4468은 BURL에 대해 250 2.6.4 MIME header conversion with loss performed(MIME 헤더 변환, 손실 발생)를 보여 줍니다. 5.6.4 형태는 손실 변환을 거부한 게이트웨이의 반송 메시지에 나타납니다.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>2.6.4라면 고칠 것은 없지만 수신자가 품질이 떨어진 사본을 받을 수 있습니다. 그것이 중요하다면 발신자가 더 단순한 내용(일반 텍스트나 흔한 첨부 파일 형식, 올바르게 인코딩된 헤더)을 다시 보내거나, 수신 측 관리자가 변환을 수행한 게이트웨이를 찾습니다. 5.6.4라면 발신자가 손실 변환을 허용하거나 내용을 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>게이트웨이가 메시지를 모든 문자를 표현할 수 없는 문자 집합이나 형식으로 변환했습니다.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>비ASCII 텍스트가 든 MIME 헤더가 다운그레이드되어 원래 문자가 손실되었습니다.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>대상 시스템이 저장할 수 없는 첨부 파일 형식이 제거되거나 대체되었습니다.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>배달 보고서의 수신자별 블록을 읽으세요. Action과 Status가 배달되었는지(2.6.4) 거부되었는지(5.6.4) 알려 줍니다.</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>수신자와 연락이 닿는다면 도착한 것과 보낸 것을 비교하여 무엇이 손실되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>2.6.4는 재시도할 것이 없습니다. 메시지가 배달되었습니다. 5.6.4는 내용이나 변환 설정을 바꾼 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>변환 실패</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>변환이 필요해서 시도했지만 실패했습니다. 일시적(4.6.5, 변환기가 이후 시도에서 동작할 수 있음)일 수도 있고 영구적(5.6.5, 이 내용은 변환할 수 없음)일 수도 있습니다.</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>메시지를 변환하는 릴레이, 게이트웨이, 콘텐츠 필터의 반송이나 지연 알림에 나타납니다. 8비트에서 7비트로의 다운그레이드, 첨부 파일 재인코딩, 문자 집합 변환, 팩스 등 이메일이 아닌 시스템으로 메일 넘기기 등입니다.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>4.6.5라면 릴레이 관리자가 변환기나 필터(비정상 종료된 서비스, 없는 도구, 자원 한도)를 확인하고 큐가 재시도하도록 둡니다. 5.6.5라면 발신자가 변환이 필요 없는 내용을 보냅니다. 표준 인코딩, 흔한 파일 형식, 올바르게 선언된 문자 집합입니다.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>메시지에 선언된 문자 집합이 실제 바이트와 맞지 않아 재인코딩이 실패합니다.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>변환기가 파싱할 수 없는 손상되었거나 잘린 첨부 파일입니다.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>릴레이의 변환 서비스나 콘텐츠 필터가 비정상 종료되었거나 타임아웃되었습니다.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>변환기가 모르는 특이한 문자 집합이나 MIME 유형입니다.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>메시지에 선언된 문자 집합과 전송 인코딩을 확인하세요.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>릴레이에서 실패 시점의 변환기 오류나 콘텐츠 필터 오류를 찾으세요.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>4.6.5는 나중에 백오프 간격으로 재시도하세요. 5.6.5는 그대로 재시도하지 마세요. 먼저 내용이 바뀌어야 합니다.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>메시지 내용을 사용할 수 없음</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>제출 서버가 클라이언트가 가리킨 곳에서 메시지 내용을 가져올 수 없었습니다. 이 코드는 BURL(RFC 4468)에서 나왔습니다. 클라이언트가 메시지를 업로드하는 대신 IMAP 서버에 저장된 사본의 URL을 주는데, 서버가 이를 가져오지 못한 것입니다. 4.6.6은 나중에 다시 시도하라는 뜻이고, 5.6.6은 이 참조로는 안 된다는 뜻입니다.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>제출 서버(포트 587)의 BURL 명령에 대한 응답으로, 대개 554 5.6.6 IMAP URL resolution failed로 나타납니다. BURL은 드뭅니다. Dovecot의 submission 서비스(2.3 이상)가 IMAP URLAUTH(RFC 4467)와 함께 쓰는 구현 중 하나입니다. IMAP 서버에 아예 도달할 수 없다면 RFC 4468은 대신 451 4.4.1을 제안합니다.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>클라이언트가 서버가 해석할 수 없거나 사용이 허용되지 않은 URL을 만들었습니다. 메일 관리자가 제출 서버가 URL에 지정된 IMAP 서버를 신뢰하고 도달할 수 있도록 설정되어 있는지(Dovecot에서는 imap_urlauth_host와 URLAUTH 설정), URL이 실제 존재하는 메시지를 가리키는지 확인합니다. 임시방편으로 클라이언트는 BURL 대신 DATA로 메시지를 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>URLAUTH로 권한이 부여된 URL이 만료되었거나 취소되었거나, 가리키는 메시지가 삭제되거나 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL이 제출 서버가 가져오도록 설정되지 않은 호스트나 포트를 지정합니다.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>제출 서버가 IMAP 서버와 신뢰 관계가 없습니다(이 경우에는 별도 코드 X.7.14가 있습니다).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>내용을 가져오는 중에 IMAP 서버가 실패했습니다.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Dovecot submission 서비스가 BURL 내용을 어느 IMAP 호스트와 포트에서 가져올 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>제출 포트에 연결하고 EHLO example.net을 보내 BURL이 예상한 URL 유형과 함께 알려지는지 확인하세요.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>같은 메시지를 BURL 대신 DATA로 제출하여 가져오기 문제와 메시지 문제를 구분하세요.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>4.6.6은 나중에 재시도하세요. 5.6.6 뒤에는 같은 BURL을 반복하지 말고 새 URL을 만들거나 DATA로 메시지를 제출하세요.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>해당 발신자/수신자에게 비ASCII 주소가 허용되지 않음</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>국제화 이메일 주소</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>엔벨로프 주소에 비ASCII(UTF-8) 문자가 있는데, 서버가 SMTPUTF8을 지원하지 않거나 클라이언트가 MAIL FROM에서 요청하지 않아 이 트랜잭션에서 받아들이지 않습니다. RFC 6531은 RCPT TO 주소가 거부되면 553과, MAIL FROM 주소가 거부되면 550과 짝짓습니다.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>MAIL FROM이나 RCPT TO에서 나타납니다. 클라이언트가 SMTPUTF8 매개변수 없이 UTF-8 주소를 보내면 Postfix는 553 5.6.7 Must declare SMTPUTF8 to send unicode address로 응답합니다. Postfix는 발신 측에서도 dsn=5.6.7로 반송하는데(SMTPUTF8 is required, but was not offered by host ...), 대개 스크립트가 Subject 헤더에 원시 UTF-8을 넣었고 다음 홉이 SMTPUTF8을 제공하지 않기 때문입니다.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>주소가 정말 국제화 주소라면 발신 클라이언트가 SMTPUTF8을 써야 하고(EHLO 응답에 나열되어 있어야 하며 MAIL FROM에 SMTPUTF8 매개변수가 있어야 함), 모든 홉이 이를 지원해야 합니다. 그렇지 않다면 발신자는 같은 사람의 ASCII 주소가 필요합니다. 헤더에만 UTF-8이 있다면 발신 소프트웨어가 이를 RFC 2047 인코딩 단어로 인코딩해야 합니다. Postfix 관리자는 smtputf8_autodetect_classes를 제한하거나, 많은 곳에서 그러듯 EAI 지원을 포기하고 smtputf8_enable = no로 설정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>수신자나 발신자 주소의 로컬 부분에 비ASCII 문자가 있거나 U-label 도메인이 있는데, 서버에 SMTPUTF8이 없습니다.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>클라이언트가 UTF-8 주소를 보냈지만 MAIL FROM에서 SMTPUTF8 매개변수를 빠뜨렸습니다.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>메시지 헤더의 원시 UTF-8 때문에 Postfix가 메시지에 SMTPUTF8이 필요하다고 표시했는데, 다음 홉이 이를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>SMTPUTF8을 전반적으로 지원하는 서버가 이 특정 사서함이나 도메인에 대해서는 비ASCII 주소를 거부합니다.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>수신 서버가 EHLO 응답에 SMTPUTF8을 나열하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>발신 Postfix의 SMTPUTF8 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>반송된 메시지와 SMTPUTF8을 제공하지 않은 호스트를 찾으세요.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>국제화 도메인이라면 SMTPUTF8이 없는 서버도 받아들일 수 있는 A-label(xn--) 형태를 구하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>그대로 재시도하지 마세요. 경로가 SMTPUTF8을 지원할 때, SMTPUTF8을 지원하는 서버를 통해, 또는 같은 사람의 ASCII 주소로 다시 보내세요.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>UTF-8 문자열 응답이 필요하지만 SMTP 클라이언트가 허용하지 않음</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>서버가 응답에서 UTF-8이 포함된 사서함 이름을 보여 줘야 하는데, 클라이언트가 UTF-8 응답을 처리할 수 있다고 밝히지 않았습니다. SMTPUTF8에서의 VRFY와 EXPN에 속하는 코드입니다(RFC 6531 3.7.4.2절). 252 2.6.8이면 서버가 주소를 보여 주지는 않지만 그 주소로 오는 메일은 받아들이고, 550 5.6.8(또는 553)이면 거부합니다.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>답에 비ASCII 사서함이 포함될 때, SMTPUTF8 매개변수 없이 보낸 VRFY나 EXPN에 대한 응답으로만 나타납니다. 대부분의 공개 서버가 VRFY와 EXPN을 완전히 꺼 두므로 실제로는 매우 드뭅니다.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>고장 난 것은 없습니다. 전체 답이 필요한 클라이언트나 관리자는 EHLO 응답에 SMTPUTF8이 나열되어 있는지 확인하고 매개변수를 붙여 명령을 반복합니다(VRFY name SMTPUTF8). 252 2.6.8 뒤라면 그 주소로 메일을 그냥 보내면 됩니다.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>이름이 국제화된 사서함에 대해 SMTPUTF8 매개변수 없이 VRFY나 EXPN을 실행했습니다.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>EXPN으로 확장한 목록에 비ASCII 주소가 하나 이상 있습니다.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>SMTPUTF8을 보낸 적 없는 오래된 클라이언트나 스크립트가 EAI를 지원하는 서버에 질의합니다.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>세션을 열고 EHLO example.net을 보내 SMTPUTF8이 나열되어 있는지 확인한 다음, SMTPUTF8 매개변수를 붙여 VRFY나 EXPN을 반복하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>메시지 자체에 대해서는 재시도할 것이 없습니다. 답이 필요하다면 SMTPUTF8 매개변수를 붙여 VRFY나 EXPN을 반복하세요.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>UTF-8 헤더 메시지를 하나 이상의 수신자에게 전송할 수 없어 메시지를 거부해야 함</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>메시지에 국제화(UTF-8) 헤더가 있고 수신자 중 적어도 한 명이 그런 메시지를 받을 수 없어서, 서버가 DATA의 마지막 점 뒤에 거부합니다. IANA 레지스트리는 이를 550과 짝짓는 반면 RFC 6531 3.5절은 응답을 554 Transaction failed로 설명하므로, 두 기본 코드 모두 나올 수 있습니다.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>수신자를 수락한 뒤에야 그중 하나(예: EAI를 지원하지 않는 다운스트림 저장소의 사서함)가 UTF-8 헤더를 받을 수 없다는 것을 알게 된 SMTPUTF8 지원 서버에서 DATA 끝에 나타납니다. RFC 6531은 서버가 이를 RCPT TO에서 감지하도록 권장하며, 그 경우 X.6.7이 나옵니다.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>발신자가 국제화 헤더 없이(Subject와 표시 이름에는 RFC 2047 인코딩 단어, 주소는 ASCII) 다시 보내거나, EAI 메일을 받을 수 없는 수신자에게 따로 보냅니다. 사서함이 그런 메일을 받아야 한다면 수신 측 관리자가 처음부터 끝까지 SMTPUTF8 지원을 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>수신자 사서함이 SMTPUTF8을 지원하지 않는 저장소나 다운스트림 홉 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>메시지 헤더(Subject, 표시 이름, 주소)에 인코딩 단어 대신 원시 UTF-8이 들어 있습니다.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>일부 수신자는 국제화 메일을 지원하고 일부는 지원하지 않는 혼합 수신자 목록입니다.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>메시지의 헤더 부분, 즉 첫 번째 빈 줄까지에서 원시 비ASCII 바이트를 찾으세요.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>수신 서버 자체는 SMTPUTF8을 제공하는지 확인하세요. 그렇다면 거부는 그 뒤에 있는 수신자에게서 온 것입니다.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>그대로 재시도하지 마세요. 헤더를 인코딩해서 다시 보내거나, 국제화 메일을 받는 수신자에게만 보내세요.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>사용 중단: X.6.8과 중복</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>X.6.8과 중복되는 사용 중단된 레지스트리 항목입니다. 대신 X.6.8을 쓰고 X.6.8로 읽으세요. 실험적인 RFC 5336이 같은 상황, 즉 클라이언트가 허용하지 않은 UTF-8 응답에 대한 두 번째 코드로 실수로 등록했습니다(X.6.8은 553 및 550과, X.6.10은 252와 짝지음). RFC 6531은 252 경우를 X.6.8에 합치고 X.6.10을 사용 중단으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>사실상 보이지 않습니다. 실험적인 RFC 5336을 기준으로 작성된 소프트웨어만 아직 VRFY나 EXPN에 대한 응답으로 252 2.6.10을 보낼 수 있습니다. 보게 된다면 X.6.8과 정확히 같은 뜻입니다.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>X.6.8처럼 처리하세요. 클라이언트가 SMTPUTF8 매개변수 없이 VRFY나 EXPN을 보냈고 답에 UTF-8 사서함 이름이 포함될 상황입니다. 이 코드를 보내는 서버의 관리자는 X.6.8을 쓰도록 소프트웨어를 업데이트해야 합니다.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>RFC 6531이 아니라 실험적인 RFC 5336을 구현한 서버 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>2012년 이전 레지스트리를 그대로 복사해 하드코딩한 상태 코드 표입니다.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>X.6.8과 마찬가지로, 서버가 EHLO 뒤에 SMTPUTF8을 나열하는지 확인한 다음 SMTPUTF8 매개변수를 붙여 VRFY나 EXPN을 반복하세요.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>메시지에 대해서는 재시도할 것이 없습니다. X.6.8과 똑같이 처리하고, 답이 필요하다면 SMTPUTF8을 붙여 질의를 반복하세요.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>기타 또는 정의되지 않은 보안 상태</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>TLS 필요</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>SMTP 인증 필요</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>보안과 정책에 관한 포괄 코드입니다. 서버가 더 정확히 설명하지 않는 보안상의 이유로 무언가가 거부되었거나, 지연되었거나, (2.7.0이면) 수락되었습니다. 5.7.0이면 영구 거부이며, 가장 흔한 것은 클라이언트가 먼저 STARTTLS를 쓰거나 로그인해야 할 때의 530 5.7.0입니다. 4.7.0이면 일시적이며, 서버의 인증 백엔드가 다운되었을 때의 454 4.7.0이나 제공업체의 421 4.7.0 속도 제한이 그 예입니다. 235 2.7.0은 AUTH 성공에 대한 일반 응답입니다.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>제출 포트(587, 465)에서 STARTTLS와 AUTH 전후에, 그리고 클라이언트가 로그인 없이 보내려 할 때 MAIL FROM에서 나타납니다. Postfix는 TLS가 필수일 때 530 5.7.0 Must issue a STARTTLS command first로, 자체 TLS나 SASL 설정이 실패하면 454 4.7.0으로 응답합니다. Gmail과 Yahoo 같은 대형 수신 측은 평판이 나쁜 발신자를 제한할 때 421 4.7.0을 씁니다.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>실제 이유는 코드 뒤의 텍스트에 있으므로 그것을 읽으세요. STARTTLS나 인증을 요구한다면 클라이언트 소프트웨어를 포트 587에서 STARTTLS로(또는 포트 465에서 SSL/TLS로) 설정하고 사서함 자격 증명으로 로그인하게 해야 합니다. 454 4.7.0 일시적 인증 실패라면 서버 관리자가 인증 백엔드(Dovecot, Cyrus SASL, LDAP)와 TLS 인증서 파일을 확인합니다. 제공업체의 421 4.7.0 속도 제한이라면 발신 측 관리자가 평판 문제(PTR 레코드, SPF, DKIM, 신고율, 갑작스러운 발송량)를 고치고 큐가 재시도하도록 둡니다.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>서버가 무엇보다 먼저 TLS를 요구하는데, 메일 클라이언트나 애플리케이션이 STARTTLS 없이 제출 포트와 통신합니다.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>로그인한 사용자에게만 릴레이하는 서버에서 클라이언트가 SMTP AUTH를 건너뛰고 곧바로 MAIL FROM으로 갑니다.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>서버의 SASL 백엔드(Dovecot auth 소켓, saslauthd, LDAP)에 도달할 수 없어 로그인이 일시적으로 실패합니다.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>서버가 자체 TLS 인증서나 키를 불러올 수 없어서 STARTTLS를 제공하지 못하고 일시적 거부로 응답합니다.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>대형 수신 측이 낮은 평판이나 갑작스러운 발송량 증가 때문에 발신 IP나 도메인을 제한하고 있습니다.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>TLS로 제출 포트에 연결하여 직접 EHLO를 보내고, TLS 세션 안에서 250-AUTH 줄이 나타나는지 확인하세요.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>인증된 제출을 처음부터 끝까지 실행하여 어느 명령이 5.7.0이나 4.7.0 응답을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Postfix 서버에서 실패 시점 전후의 TLS 및 SASL 경고를 찾으세요.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>제공업체의 421 4.7.0 속도 제한이라면 발신 IP에 PTR 레코드가 있고 그 이름이 다시 같은 IP로 해석되는지 확인하세요.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>클래스에 따라 다릅니다. 4.7.0은 일시적입니다. 메시지를 큐에 두고 백오프 간격으로 재시도하세요. 5.7.0은 재시도로 해소되지 않으므로 먼저 TLS나 로그인 설정을 고치세요. 2.7.0은 성공입니다. 세션을 계속하세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Gmail의 제출 서버 smtp.gmail.com은 클라이언트가 STARTTLS로 연결을 업그레이드하기 전에 포트 587에서 AUTH나 MAIL FROM을 시도하면 이 응답을 보냅니다.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>smtp.gmail.com에서는 클라이언트가 로그인에 성공하지 않은 채 MAIL FROM에 이르렀다는 뜻입니다. Gmail은 인증된 Google 계정이 제출한 메일만 릴레이합니다.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>발신 IP에 대한 Yahoo의 일시적인 평판 지연입니다(신고, 비정상적인 발송량, 스팸 같은 내용). 레지스트리가 말하는 보안 실패가 아니며, 평판이 회복되면 재시도가 성공합니다.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>배달이 허가되지 않음, 메시지 거부</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>블랙리스트 등재</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>차단 목록</translation>
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
        <translation>릴레이 거부</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>릴레이 허용 안 됨</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>가장 흔한 정책 거부입니다. 수신 서버가 이 발신자, 클라이언트 또는 IP 주소의 이 메시지를 받지 않겠다는 뜻입니다. 레지스트리는 이를 영구적인 것(5.7.1)으로만 정의하며, 릴레이 거부, 차단 목록 적중, 발신자나 수신자 제한, 스팸 필터 판정을 포괄합니다. 실제로는 4.7.1도 일시적인 정책 지연으로 널리 쓰이며, 그레이리스팅이 대표적인 경우입니다.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>대개 RCPT TO(릴레이 접근 거부, 수신자 제한, 그레이리스팅)나 DATA 끝(스팸 및 콘텐츠 필터, 헤더 검사)에서 나타나며, 클라이언트 IP가 차단 목록에 있으면 가끔 MAIL FROM에서도 나타납니다. Postfix, Exim, Exchange, Microsoft 365, Gmail, Yahoo 모두 이 코드를 보내며, 코드 뒤의 텍스트가 작동한 규칙을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>응답 전체를 읽고 그것이 지목하는 규칙에 따라 조치하세요. 릴레이 접근 거부: 클라이언트 소프트웨어가 외부 도메인으로 보내기 전에 인증해야 하거나, 수신 측 관리자가 해당 도메인을 서버의 허용된 도메인에 추가해야 합니다. 차단 목록에 오른 IP: 발신 측 관리자가 등재 내역을 찾아 원인(탈취된 계정, 오픈 릴레이, PTR 누락)을 고치고 차단 해제를 요청합니다. 스팸 또는 평판 판정: 발신 측 관리자가 인증, 내용, 발송량을 검토한 다음 수신 제공업체에 검토를 요청합니다. 4.7.1 그레이리스팅이라면 할 일이 없습니다. 발신 서버가 알아서 재시도합니다.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>릴레이 거부: 클라이언트가 인증 없이, 또는 서버가 신뢰하지 않는 IP 주소에서 외부 도메인으로 보냈습니다.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>발신 IP가 DNS 차단 목록(Spamhaus ZEN, Barracuda, SpamCop)이나 제공업체의 비공개 차단 목록에 올라 있습니다.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>스팸이나 악성 코드 필터, 또는 제공업체의 평판 시스템이 메시지를 원치 않거나 위험하다고 판단했습니다.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>수신 측 규칙입니다. 사서함이나 그룹이 특정 발신자나 조직 내부에서 온 메일만 받습니다.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>그레이리스팅(4.7.1): 수신 측이 모르는 발신자의 첫 시도를 지연시키고 이후의 재시도를 받아들입니다.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>발신 주소나 그 도메인이 수신자 자체의 차단 목록에 있거나 발신 주소 검증에 실패합니다.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>발신 서버의 로그에서 거부 기록을 찾아 S3150이나 BL21 같은 대괄호 태그까지 포함한 전체 응답 텍스트를 읽으세요.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>옥텟 순서를 뒤집어 발신 IP를 Spamhaus ZEN에서 확인하세요. 127.0.0.x로 응답하면 등재된 것입니다. Spamhaus는 많은 공개 리졸버를 거부하므로 자체 리졸버로 조회하세요.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>자체 Postfix 서버가 거부를 보냈다면 어느 제한 설정이 이를 만들었는지 확인하세요.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>자체 서버가 허용되어야 할 클라이언트에 Relay access denied(릴레이 접근 거부)라고 한다면 릴레이 설정을 검토하세요.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>5.7.1이라면 그대로 다시 보내지 마세요. 차단이나 설정이 고쳐질 때까지 정책이 다시 거부합니다. 4.7.1이라면 메시지를 큐에 두고 정상적으로 재시도하세요. 그레이리스팅 서버는 대개 몇 분 뒤의 시도를 통과시킵니다.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com(Hotmail, Live, MSN)이 발신 IP가 공개 DNS 차단 목록과는 별개인 Microsoft 자체 차단 목록에 있어서 거부합니다. 발신 측 관리자가 Microsoft 발신자 지원을 통해 차단 해제를 요청해야 합니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Gmail이 내용과 발신자 평판을 근거로 DATA 끝에서 이 메시지에 내린 스팸 판정입니다. Gmail은 RFC 5322 헤더 오류와, Gmail로 직접 보내는 것이 허용되지 않은 IP에도 5.7.1을 씁니다.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>클라이언트 IP가 Spamhaus 목록에 있어서 Yahoo가 거부합니다. 먼저 Spamhaus에서 등재를 해제해야 합니다.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>메일링 리스트 확장 금지</translation>
    </message>
    <message>
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>이 그룹에 보낼 권한 없음</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>발신자가 메시지의 수신 주소인 메일링 리스트나 배포 그룹에 글을 보낼 권한이 없어서, 목록이 메시지를 구성원에게 확장하지 않습니다. 영구적 실패로만 정의되어 있습니다. 실제로는 드뭅니다. 대부분의 목록 관리 프로그램과 그룹웨어는 권한 없는 발신자를 5.7.1로 거부하거나 글을 검토 대기로 보류합니다.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>목록 주소가 직접 발신자를 확인한다면 RCPT TO에서, 아니면 목록 서버가 메시지를 받은 뒤 발신자에게 권한이 없음을 발견하고 보낸 반송 메시지(DSN)에 나타납니다. 전형적인 경우는 회원 전용 토론 목록, 공지 목록, 내부 또는 지정된 발신자로 제한된 배포 그룹입니다.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>발신자는 구독했거나 허용된 바로 그 주소로 보내고 있는지, 별칭이나 다른 계정이 아닌지 확인합니다. 허용되어야 하는 발신자라면 목록 소유자나 수신 측 관리자가 그 주소를 구성원이나 허용된 발신자에 추가하거나 외부 발신자 제한을 풉니다. 그다음 발신자가 메시지를 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>목록이 구독자의 글만 받는데, 메시지가 구독하지 않은 주소에서 왔습니다.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>발신자가 한 주소로 구독했지만 다른 주소(별칭, 개인 계정, 전달 주소)에서 보냈습니다.</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>배포 그룹이 내부 발신자나 지정된 허용 발신자 목록으로 제한되어 있습니다.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>소유자나 관리자(moderator)만 글을 쓸 수 있는 공지 목록입니다.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>반송된 메시지의 엔벨로프 발신자와 From 주소를 목록에 구독된 주소와 비교하세요.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Mailman 3 목록의 소유자라면 구성원을 나열하여 발신자가 그 안에 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>구독된 주소에서 짧은 테스트 글을 보내 목록이 받아들이는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>그대로 재시도하지 마세요. 목록은 같은 발신자를 매번 거부합니다. 발신자에게 글쓰기가 허용되거나 구독된 주소로 보낼 때만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo는 평판 때문에 발신 IP를 지속적으로 차단할 때 5.7.2를 쓰며, 이는 메일링 리스트와 관계가 없습니다. 발신 측 관리자가 평판 문제를 고치고 Yahoo 발신자 지원에 연락해야 합니다.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>보안 변환이 필요하지만 불가능함</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>배달하려면 메시지를 한 보안 메시징 형식에서 다른 형식으로(예: 두 게이트웨이의 암호화나 서명 방식 사이에서) 변환해야 했는데, 그 변환을 할 수 없었습니다. 영구적 실패로만 정의되어 있습니다. 레지스트리의 의미로 쓰이는 경우는 오늘날 거의 없으며, 이 코드는 SMTP 로그인 실패에 535 5.7.3으로 응답하는 Microsoft 서버에서 가장 잘 알려져 있습니다.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>레지스트리의 의미로는: 보안 형식이 다른 두 메시징 시스템을 잇는 보안 메일 게이트웨이의 반송 메시지(DSN)에 나타납니다. 실제로는: SMTP AUTH가 실패할 때 Exchange Server와 Microsoft 365(smtp.office365.com)가 보내는 535 5.7.3 Authentication unsuccessful(인증 실패)로 나타나며, 대개 Microsoft 365 사서함을 통해 보내는 프린터, 스캐너, 애플리케이션입니다.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Microsoft의 535 5.7.3이라면: 사용자나 애플리케이션 소유자가 사용자 이름(사서함 전체 주소)과 비밀번호를 확인하고, 테넌트 관리자가 해당 사서함에 인증된 SMTP가 켜져 있는지, 보안 기본값이나 최신 인증을 요구하는 정책에 막혀 있지 않은지 확인합니다. 기본 인증이 허용되지 않는다면 애플리케이션은 OAuth나 커넥터 같은 다른 릴레이 방식으로 옮겨야 합니다. 실제 변환 실패라면 발신자가 수신 측 관리자에게 확인한 뒤 게이트웨이가 처리할 수 있는 형식으로 메시지를 보냅니다.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: 테넌트나 이 사서함에 대해 인증된 SMTP(SMTP AUTH)가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 또는 Exchange: 비밀번호가 틀렸거나 만료되었거나, 사용자 이름이 사서함 전체 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: 보안 기본값이나 조건부 액세스가 다단계 인증이나 최신 인증을 요구해서 일반 비밀번호 로그인이 거부됩니다.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>보안 메일 게이트웨이가 대상 시스템에 맞게 변환할 수 없는 형식으로 서명 또는 암호화된 메시지를 받았습니다.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>애플리케이션이 쓰는 제출 서버에 대해 로그인을 재현하고 AUTH에 대한 응답을 기록하세요.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Exchange Online PowerShell에서 해당 사서함의 SMTP AUTH가 꺼져 있는지 확인하세요(True면 꺼져 있음).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>테넌트 전체의 SMTP AUTH 설정도 확인하세요.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>게이트웨이의 반송이라면 Diagnostic-Code와 Remote-MTA 줄을 읽어 어느 게이트웨이가 변환을 거부했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>같은 로그인이나 메시지를 반복하지 마세요. Microsoft 로그인 실패는 자격 증명이나 테넌트 설정을 고쳐야 하고, 거부된 보안 변환은 다른 메시지 형식이 필요합니다.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online과 Exchange Server는 이유가 무엇이든(잘못된 자격 증명, 꺼진 SMTP AUTH, 차단된 기본 인증) SMTP AUTH 로그인 실패에 5.7.3으로 응답합니다. 테넌트 전체에서 SMTP AUTH가 꺼져 있으면 Microsoft 365는 그렇게 알리는 텍스트와 함께 535 5.7.139를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>보안 기능이 지원되지 않음</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>지원되지 않는 인증 방식</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>메시지나 세션이 서버나 배달 경로가 지원하지 않는 보안 기능, 예를 들어 서버가 제공하지 않는 인증 방식을 요청했습니다. 영구적 실패로만 정의되어 있습니다. 오늘날 흔한 형태는 알 수 없거나 꺼진 메커니즘으로 보낸 AUTH에 대한 504 5.7.4입니다.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>AUTH에서, 클라이언트 소프트웨어가 서버가 알리지 않은 메커니즘(CRAM-MD5, NTLM, GSSAPI, 예전 XOAUTH)을 고집할 때 나타납니다. Gmail과 Exchange는 504 5.7.4 Unrecognized authentication type(인식할 수 없는 인증 유형)으로 응답합니다. 발신 Postfix 서버도 정책상 TLS가 필요한데 원격 서버가 STARTTLS를 제공하지 않으면 자체 지연에 대해 dsn=4.7.4를 기록합니다.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>클라이언트 소프트웨어(또는 그것을 설정하는 사람)가 STARTTLS 뒤 서버의 EHLO 응답에 있는 목록에서 인증 메커니즘을 고릅니다. 대개 TLS를 통한 PLAIN이나 LOGIN, OAuth라면 XOAUTH2나 OAUTHBEARER입니다. Postfix의 TLS 지연이라면 발신 측 관리자가 수신 측 관리자에게 STARTTLS를 켜 달라고 요청하거나, 암호화가 정말 필수가 아니라면 그 대상에 대한 TLS 정책을 완화합니다.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>클라이언트가 서버가 알리지 않는 인증 메커니즘(CRAM-MD5, NTLM 등)으로 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>애플리케이션이 아직 폐기된 메커니즘을 씁니다. Gmail이라면 XOAUTH2 대신 예전 XOAUTH입니다.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>서버는 TLS 세션 안에서만 메커니즘을 나열하는데, 클라이언트가 STARTTLS 전에 AUTH를 시도합니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>발신 측의 TLS 정책이 STARTTLS를 제공하지 않는 서버를 가진 대상에 암호화를 요구합니다.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>STARTTLS 뒤 250-AUTH 줄을 읽어 서버가 제공하는 메커니즘을 나열하세요.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Postfix 발신 서버에서 필수 TLS 정책 때문에 생긴 지연을 찾으세요.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>대상 서버가 STARTTLS를 제공하기는 하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>같은 AUTH 명령을 다시 보내지 말고 서버가 제공하는 메커니즘을 고르세요. 발신 서버 자체의 4.7.4 TLS 지연은 큐에 남지만, TLS 정책이나 원격 서버가 바뀔 때까지 계속 실패합니다.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com은 제공하지 않는 AUTH 메커니즘을 거부합니다. Gmail은 폐기된 XOAUTH 메커니즘을 아직 쓰는 클라이언트에도 같은 코드를 보냅니다.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>암호화 실패</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>인증서 오류</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>SSL 오류</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>메시지를 복호화하거나 검증하거나 전송을 암호화해야 할 시스템이 키나 인증서가 없거나 유효하지 않아서 그렇게 하지 못했습니다. 4.7.5이면 키나 인증서 문제가 고쳐지면 해소될 수 있는 일시적 실패이고, 5.7.5이면 이 메시지에 대한 영구 거부입니다.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>원격 응답보다는 발신 Postfix 서버 자체의 로그와 지연 알림에 가장 자주 나타납니다. Postfix는 TLS 핸드셰이크가 실패하거나, TLS 엔진을 시작할 수 없거나, 필수 정책(encrypt, verify, secure, DANE)이 원격 인증서를 신뢰할 수 없거나 일치하지 않는다고 판단하면 dsn=4.7.5를 기록합니다. 수신자의 키를 찾거나 사용할 수 없는 S/MIME 또는 PGP 게이트웨이에서도 나옵니다.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>자체 서버의 TLS 지연이라면 발신 측 관리자가 먼저 어느 쪽의 잘못인지 파악합니다. 원격 서버의 만료되었거나, 자체 서명되었거나, 이름이 틀린 인증서는 수신 측 관리자가 고칠 일이고, 오래된 CA 번들, 지나치게 엄격한 대상별 정책, 발신 측의 오래된 TLS 라이브러리는 발신 측 관리자가 고칠 일입니다. 암호화 게이트웨이 실패라면 발신 측 관리자가 게이트웨이에 수신자에 대한 유효하고 만료되지 않은 인증서나 키가 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>검증을 요구하는 발신 정책에서 원격 서버의 인증서가 만료되었거나, 자체 서명되었거나, 다른 이름으로 발급되었습니다.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS 핸드셰이크가 완전히 실패합니다. 공통 프로토콜 버전이나 암호 스위트가 없거나 서버의 TLS 설정이 깨져 있습니다.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>발신 서버 자체의 TLS 엔진을 시작할 수 없습니다(CA 파일 누락, 읽을 수 없는 키, 깨진 라이브러리).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>DANE TLSA 레코드나 MTA-STS 정책이 서버가 제시하는 인증서와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>암호화 게이트웨이에 수신자의 유효한 공개 키나 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Postfix 발신 서버에서 TLS 관련 지연을 찾고 괄호 안의 사유를 읽으세요.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>원격 서버가 제시하는 인증서 체인, 유효 기간, 이름을 살펴보세요.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>도메인이 DANE을 쓴다면 TLSA 레코드를 그 인증서와 비교하세요.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>발신 Postfix 서버가 적용하는 TLS 정책을 표시하세요.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5는 큐에 남아 백오프 간격으로 재시도되지만, 인증서, 키 또는 정책이 고쳐질 때까지 계속 실패하므로 큐 보존 기간이 끝나기 전에 고치세요. 5.7.5는 그대로 재시도하지 마세요.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>암호화 알고리즘이 지원되지 않음</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>지원되지 않는 암호 스위트</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>메시지를 복호화하거나 검증할 권한이 있는 시스템이, 메시지가 자신이 구현하지 않은 알고리즘(예: 암호화 게이트웨이에 없는 암호나 서명 방식)을 써서 처리하지 못했습니다. 4.7.6은 상황이 지나갈 수 있다는 뜻이고(예: 소프트웨어 업그레이드 후), 5.7.6은 보낸 그대로의 메시지는 처리되지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>실시간 SMTP 응답에서는 드뭅니다. 지원하지 않는 암호화나 서명 알고리즘(꺼 둔 레거시 암호, 오래된 게이트웨이가 모르는 새 키 유형)을 만난 S/MIME 또는 OpenPGP 게이트웨이의 반송 메시지에 나타납니다. 메일 서버 간의 TLS 협상 실패는 보통 다른 코드로 보고됩니다(Postfix는 4.7.5로 기록).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>발신자(중앙 게이트웨이라면 발신 측 관리자)가 양쪽이 지원하는 알고리즘으로 암호화하거나 서명합니다. S/MIME이라면 수신자 인증서의 기능 목록에 있는 알고리즘과 AES, OpenPGP라면 수신자 키의 선호 설정에 있는 알고리즘입니다. 수신 측 게이트웨이가 오래된 쪽이라면 수신 측 관리자가 업그레이드해야 합니다.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>메시지가 수신 게이트웨이에서 꺼 둔 암호(예: 오래된 S/MIME 클라이언트의 3DES나 RC2)로 암호화되어 있습니다.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>서명이 검증 게이트웨이가 구현하지 않은 알고리즘을 씁니다. 예를 들어 오래된 시스템에서의 타원 곡선 키입니다.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>OpenPGP 메시지가 오래된 게이트웨이가 파싱할 수 없는 새 키나 패킷 형식을 씁니다.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>저장된 S/MIME 메시지의 구조를 출력하여 어떤 암호화 및 서명 알고리즘을 쓰는지 확인하세요.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>OpenPGP 메시지라면 패킷을 나열하여 사용된 알고리즘을 확인하세요.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>반송 메시지의 Diagnostic-Code를 읽어 어느 게이트웨이가 왜 메시지를 거부했는지 확인하세요.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6은 큐에서 재시도될 수 있지만, 그사이 수신 측이 업그레이드되어야만 도움이 됩니다. 5.7.6 뒤에는 지원되는 알고리즘으로 메시지를 암호화하거나 서명한 다음에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>메시지 무결성 실패</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>서명 불일치</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>메시지 무결성을 확인할 권한이 있는 시스템이 메시지가 전송 중에 변경되거나 손상되었음을 발견했습니다. 예를 들어 서명이 더 이상 내용과 일치하지 않는 경우입니다. 5.7.7은 메시지를 거부하고, 4.7.7은 문제를 일시적인 것으로 보고하며, 배달 보고서의 2.7.7은 메시지가 배달되었지만 무결성 문제가 기록되었다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>SMTP 응답에서는 드물고, 주로 S/MIME 또는 OpenPGP 서명을 검증하는 게이트웨이나 전송 후 메시지를 확인하는 시스템의 배달 보고서에 나타납니다. 흔한 원인은 전송 중에 메일을 다시 쓰는 시스템입니다. 목록 서버나 게이트웨이가 덧붙인 바닥글, 바뀐 줄 끝, 재인코딩된 첨부 파일, quoted-printable로 변환된 8비트 내용 등입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>발신 측 관리자가 서명 후 메시지가 어디서 바뀌는지 추적합니다. 면책 문구나 바닥글 도구, 메일링 리스트, 바이러스 검사 게이트웨이, 전송 인코딩 변환 등입니다. 그런 변경 뒤에 서명하거나, 중간 시스템이 서명된 메시지를 수정하지 못하게 하세요. 수신 측 관리자는 자체 인바운드 게이트웨이가 무결성 검사 전에 메시지를 바꾸는지 확인합니다.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>메시지에 서명한 뒤에 바닥글, 면책 문구 또는 배너가 추가되었습니다.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>릴레이가 8비트 내용을 변환하거나 줄 끝을 바꿔서 본문을 포함하는 서명이 깨졌습니다.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>바이러스 검사나 데이터 유출 방지(DLP) 게이트웨이가 첨부 파일을 다시 쓰거나 제거했습니다.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>전송 중에 메시지가 잘리거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>저장된 사본의 S/MIME 서명을 인증서 체인 검사 없이 검증하여 내용이 여전히 일치하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>저장된 메시지 파트의 OpenPGP 서명을 검증하세요.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>보낸 사본과 받은 사본의 Received 헤더를 비교하여 메시지를 바꾼 홉을 찾으세요.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>5.7.7 뒤에는 같은 경로로 다시 보내지 마세요. 같은 재작성이 메시지를 다시 깨뜨립니다. 4.7.7은 나중에 재시도할 수 있습니다. 2.7.7은 재시도가 필요 없습니다. 메시지가 배달되었습니다.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>인증 자격 증명이 잘못됨</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>비밀번호 오류</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>인증 실패</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>서버가 클라이언트가 AUTH로 보낸 사용자 이름과 비밀번호(또는 토큰)를 거부했습니다. 해당 로그인에 대한 영구적 실패입니다. 클라이언트는 그냥 다시 시도하지 말고 다른 자격 증명을 제공해야 합니다. RFC 4954는 이를 535와 짝지으며, 레지스트리는 BURL 확장에서의 이전 용법 때문에 554도 나열하는데, 그 용법은 이후 X.7.14로 대체되었습니다.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>제출 포트 587과 465의 AUTH에서, 클라이언트가 자격 증명을 보낸 직후에 나타납니다. Dovecot이나 Cyrus SASL을 쓰는 Postfix는 535 5.7.8 Error: authentication failed(인증 실패)로, Gmail의 smtp.gmail.com은 535 5.7.8 Username and Password not accepted로 응답합니다. 프린터, 스캐너, 웹사이트 문의 양식, 백업 도구가 비밀번호 변경 후 자주 겪습니다.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>사용자나 클라이언트 소프트웨어의 소유자가 사용자 이름(대개 전체 이메일 주소)과 비밀번호를 확인하고, 이를 저장한 모든 장치와 애플리케이션을 갱신합니다. Gmail 등 2단계 인증을 쓰는 제공업체라면 앱 비밀번호를 만들거나 애플리케이션을 OAuth로 바꾸세요. 자격 증명이 확실히 맞다면 서버 관리자가 인증 백엔드, 기대하는 로그인 이름 형식, 계정 잠금 여부를 확인합니다.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>클라이언트에 틀렸거나 오래된 비밀번호가 저장되어 있습니다. 대개 비밀번호 변경이나 만료 후입니다.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>사용자 이름이 서버가 기대하는 것과 다릅니다. 예를 들어 전체 주소 대신 로컬 부분만 썼습니다.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>계정에 2단계 인증이 켜져 있는데 클라이언트가 앱 비밀번호나 OAuth 토큰 대신 일반 비밀번호를 보냅니다.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>비밀번호의 특수 문자가 애플리케이션의 설정 파일이나 인코딩 때문에 망가집니다.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>서버의 인증 백엔드가 잘못된 영역(realm)이나 데이터베이스에서 사용자를 찾습니다.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>직접 로그인을 테스트하고 AUTH에 대한 서버의 응답을 읽으세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Postfix 서버에서 실패한 SASL 로그인과 그 클라이언트 주소를 나열하세요.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Dovecot 기반 서버에서 같은 자격 증명을 인증 서비스에 직접 테스트하세요.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>애플리케이션의 인코딩 문제를 배제하기 위해 AUTH PLAIN 문자열을 직접 만들어 보세요(공용 기계에서는 실제 비밀번호가 아니라 테스트 비밀번호를 쓰세요).</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>같은 자격 증명으로 재시도하지 마세요. 반복된 실패는 계정을 잠그거나 fail2ban 같은 도구가 클라이언트 IP를 차단하게 할 수 있습니다. 사용자 이름이나 비밀번호를 바로잡은 뒤에만 다시 시도하세요.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com이 로그인을 거부합니다. 주소나 비밀번호가 틀렸거나, 앱 비밀번호나 OAuth가 필요한 계정에 애플리케이션이 일반 Google 비밀번호를 보냈습니다.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>인증 메커니즘이 너무 약함</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>2단계 인증</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>이 사용자에 대해 정책상 더 강력한 메커니즘을 요구하기 때문에 서버가 클라이언트가 고른 인증 메커니즘을 거부합니다. 예를 들어 일반 비밀번호 로그인으로는 부족한 경우입니다. 해당 AUTH 시도의 영구적 실패이며, 클라이언트는 다른 메커니즘이나 자격 증명으로 다시 시도해야 합니다.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>제출 포트의 AUTH에서 534 5.7.9(RFC 4954)로 나타납니다. Gmail은 2단계 인증을 쓰는 계정이 일반 비밀번호로 로그인하면 534 5.7.9 Application-specific password required를 보냅니다. Yahoo와 AOL은 자신의 수신 서버에서 5.7.9를 무관한 용도, 즉 DATA 끝에서 인증되지 않았거나 정책상 거부된 메일에 씁니다.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>진짜 534 5.7.9라면 클라이언트 소프트웨어가 더 강력한 메커니즘이나 자격 증명을 써야 합니다. Gmail이라면 앱 비밀번호나 OAuth(XOAUTH2, OAUTHBEARER), 그 밖에는 서버가 그 계정에 허용하는 메커니즘입니다. Yahoo의 550 5.7.9라면 발신 측 관리자가 메일이 인증을 통과하게 만듭니다. 엔벨로프 도메인에 대해 발신 서버를 포함하는 SPF 레코드, From 도메인에 대한 DKIM 서명, 그리고 대량 발신자라면 DMARC 레코드입니다.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>2단계 인증을 쓰는 Gmail 또는 Google Workspace 계정에 앱 비밀번호 대신 계정 비밀번호로 접근했습니다.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>서버 정책이 그 계정에 OAuth나 챌린지-응답 메커니즘만 허용하는데 클라이언트가 PLAIN이나 LOGIN을 썼습니다.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo 또는 AOL 수신: 메시지가 SPF와 DKIM 어느 쪽도 통과하지 못했습니다(Yahoo 자체의 5.7.9 용법).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo 수신: 콘텐츠나 발신자 정책상의 이유로 메시지가 거부되어 554 5.7.9로 보고되었습니다.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>STARTTLS 뒤 EHLO 응답의 AUTH 줄을 보고 OAuth 메커니즘(XOAUTH2, OAUTHBEARER)이 제공되는지 확인하세요.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo의 거부라면 엔벨로프 발신자의 도메인이 SPF를 게시하는지 확인하세요.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo의 거부라면 메시지의 DKIM-Signature 헤더에 지정된 셀렉터(s=)에 대한 DKIM 키가 존재하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>같은 AUTH를 반복하지 말고 더 강력한 메커니즘, 앱 비밀번호 또는 OAuth로 바꾸세요. Yahoo의 550 5.7.9라면 메시지가 SPF나 DKIM을 통과할 때까지 다시 보내지 마세요.</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Google 계정에 2단계 인증이 켜져 있어서 smtp.gmail.com이 앱 비밀번호나 OAuth를 원합니다. 일반 계정 비밀번호는 거부됩니다.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo의 수신 서버는 SPF와 DKIM 어느 쪽도 통과하지 못한 메일을 거부합니다. 이는 Yahoo 자체의 의미로, SMTP AUTH에 관한 레지스트리의 ‘메커니즘이 너무 약함’과는 관계가 없습니다.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>DATA 끝에서 Yahoo가 내리는 영구적인 정책 거부로, 응답에 밝히지 않는 콘텐츠나 발신자 관련 이유 때문입니다.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>암호화 필요</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>서버가 요청한 인증 메커니즘을 암호화되지 않은 연결에서는 받아들이지 않습니다. 외부 암호화 계층, 실제로는 TLS가 먼저 있어야 합니다. 해당 시도에 대해서는 영구적이며, 클라이언트는 TLS를 시작하고 다시 인증하거나 더 강력한 메커니즘을 써야 합니다. 레지스트리는 이를 다른 곳에서는 정의되지 않은 응답 코드 523과 짝짓습니다.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>AUTH에서, 클라이언트가 STARTTLS 전에 평문 메커니즘(PLAIN, LOGIN)을 시도할 때 나타납니다. 대부분의 서버는 TLS가 활성화될 때까지 AUTH를 아예 알리지 않거나 530 5.7.0 또는 538 5.7.11로 응답하므로, 523 5.7.10은 실제로는 드뭅니다. Gmail은 5.7.10을 자체 TLS 규칙, 즉 STARTTLS 뒤에 파이프라인으로 보낸 명령에 씁니다.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>클라이언트 소프트웨어는 포트 587에서 STARTTLS(또는 포트 465에서 SSL/TLS)를 쓰고 TLS가 올라온 뒤에만 인증해야 합니다. Gmail의 응답이라면 클라이언트나 그 메일 라이브러리가 STARTTLS와 같은 묶음으로 추가 명령을 보내고 있는 것입니다. 220 응답을 기다리고 TLS 핸드셰이크를 마친 뒤에 다른 것을 보내야 하며, 대개 라이브러리나 애플리케이션을 업데이트해야 합니다.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>클라이언트의 연결 보안이 ‘없음’이나 ‘가능한 경우에만 STARTTLS’로 설정되어 있어서 평문으로 인증합니다.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>프록시, 백신 또는 방화벽이 EHLO 응답에서 STARTTLS를 제거해서 클라이언트가 연결을 업그레이드하지 않습니다.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>클라이언트가 핸드셰이크를 기다리지 않고 STARTTLS 바로 뒤에 EHLO나 AUTH를 파이프라인으로 보냅니다(Gmail의 용법).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>평문 연결에서의 EHLO 응답을 보세요. STARTTLS가 나열되어 있어야 하고, 비밀번호 메커니즘은 아직 나열되지 않는 것이 이상적입니다.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>STARTTLS를 완료한 다음 AUTH PLAIN을 실행하여 바로잡은 설정이 동작하는지 확인하세요.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>메일 클라이언트의 계정 설정에서 보내는 메일의 연결 보안이 STARTTLS나 SSL/TLS인지 확인하세요. ‘없음’은 절대 안 됩니다.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>같은 평문 AUTH를 다시 보내지 마세요. 다시 연결하여 STARTTLS를 완료한 다음 인증하세요. 큐에서 재시도할 것은 없습니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmail 자체 용법입니다. 클라이언트가 STARTTLS와 같은 묶음으로 명령을 더 보냈습니다. Gmail은 TLS 세션에 명령이 주입되는 것을 막으려고 이를 거부하며, 클라이언트는 핸드셰이크를 기다려야 합니다. Gmail의 오류 참조 문서는 이를 응답 코드 523과 함께 나열합니다.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>요청한 인증 메커니즘에 암호화 필요</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>선택한 인증 메커니즘은 암호화된 연결에서만 쓸 수 있는데 이 연결은 암호화되어 있지 않습니다. RFC 4954는 이를 538 5.7.11로 정의하며, 주로 역사적인 이유로 남아 있다고 말합니다. 최신 서버는 TLS가 활성화되기 전에는 그런 메커니즘을 알리지 말아야 합니다. 레지스트리는 이를 524와도 짝짓습니다.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>평문 연결의 AUTH에서, STARTTLS 전에 PLAIN이나 LOGIN을 나열하면서 STARTTLS 없이는 사용을 거부하는 오래되었거나 관대한 서버에서 나타납니다. Gmail은 무관한 실수, 즉 매개변수를 붙여 보낸 STARTTLS 명령에 501 5.7.11을 보냅니다.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>클라이언트 소프트웨어는 인증 전에 TLS를 시작해야 합니다. 계정 설정에서 포트 587은 STARTTLS, 포트 465는 SSL/TLS입니다. 서버 관리자는 STARTTLS 뒤에만 비밀번호 메커니즘을 알려서(Postfix에서는 smtpd_tls_auth_only = yes) 이 함정을 피할 수 있습니다. Gmail의 501 5.7.11이라면 클라이언트가 인수 없이 STARTTLS를 보내야 합니다.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>서버가 평문 연결에서 AUTH 메커니즘을 나열해서 클라이언트가 STARTTLS 전에 인증했습니다.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>서버는 TLS를 통해서만 비밀번호 로그인을 허용하는데 클라이언트의 연결 보안이 ‘없음’으로 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>클라이언트나 스크립트가 RFC 3207이 금지하는 인수를 붙여 STARTTLS를 보냅니다(Gmail은 501 5.7.11로 응답).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>STARTTLS로 연결하여 직접 EHLO를 보내고, AUTH 줄을 평문 연결에서의 AUTH 줄과 비교하세요.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Postfix 서버에서 AUTH가 TLS 세션 안에서만 제공되는지 확인하세요.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Dovecot 2.3 백엔드에서 TLS 없는 평문 로그인이 거부되는지, 어떤 메커니즘이 켜져 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>큐에 넣을 것은 없습니다. 다시 연결하여 TLS를 시작하고 AUTH를 반복하세요. 암호화 없이 다시 시도하면 같은 거부를 받습니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>클라이언트가 인수를 붙여 STARTTLS를 보냈을 때의 Gmail 응답입니다. 레지스트리의 의미(AUTH 메커니즘에 암호화 필요)는 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>비밀번호 전환 필요</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>서버가 요청한 메커니즘에 필요한 형태로 비밀번호를 저장할 수 있도록, 사용자가 PLAIN 메커니즘으로(보통 TLS를 통해) 한 번 로그인해야 합니다. 그 뒤로는 이후 세션에서 요청한 메커니즘이 동작할 것입니다. 항상 일시적인 상황(4.7.12)이며, RFC 4954는 이를 432와 짝짓고 레지스트리는 422도 나열합니다.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>AUTH에서, 클라이언트가 챌린지-응답 메커니즘(CRAM-MD5, DIGEST-MD5, SCRAM)을 요청했는데 서버가 아직 그 메커니즘에 필요한 형태로 비밀번호를 가지고 있지 않을 때 나타납니다. 대개 마이그레이션이나 비밀번호 저장 방식 변경 후입니다. 대부분의 클라이언트와 서버가 그냥 TLS를 통한 PLAIN을 쓰므로 실제로는 드뭅니다.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>클라이언트 소프트웨어(또는 사용자)가 암호화된 연결에서 PLAIN으로 한 번 인증한 다음 원래 쓰던 메커니즘으로 돌아갑니다. 클라이언트가 그렇게 할 수 없다면 아예 TLS를 통한 PLAIN이나 LOGIN으로 설정하세요. 서버 관리자는 비밀번호 데이터베이스가 알린 메커니즘이 쓸 수 있는 방식으로 저장되어 있는지 확인하고, 동작할 수 없는 메커니즘은 알리지 않습니다.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>비밀번호를 마이그레이션하거나 다시 해시해서 서버에 CRAM-MD5, DIGEST-MD5, SCRAM에 필요한 비밀 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>클라이언트가 챌린지-응답 메커니즘으로 고정되어 있고, 변경 이후 PLAIN으로 로그인한 적이 없습니다.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>서버가 현재 비밀번호 저장 방식으로는 지원할 수 없는 메커니즘을 알립니다.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>암시적 TLS를 통해 PLAIN으로 한 번 로그인하여 전환을 완료하세요.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Dovecot 서버에서 사용자의 비밀번호 항목을 조회하여 어떤 방식으로 저장되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>STARTTLS 뒤 서버의 EHLO 응답에 있는 메커니즘을 클라이언트가 고정해 둔 메커니즘과 비교하세요.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>큐 재시도가 아닙니다. TLS를 통해 PLAIN으로 한 번 인증한 다음 원래 메커니즘을 다시 쓰세요. PLAIN 단계 없이 그 메커니즘을 반복하면 다시 4.7.12가 옵니다.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>사용자 계정 비활성화됨</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>자격 증명은 맞았지만 계정이 비활성화되어 서버가 메일을 보내게 하지 않습니다. 사용자가 관리자에게 연락할 때까지 영구적입니다. 비밀번호 오류 응답과 달리 사용자에게 비밀번호를 다시 입력하게 해도 소용없습니다. 레지스트리는 이를 525와 짝짓습니다.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>비활성화된 계정과 잘못된 비밀번호를 구별하는 제출 서버에서, AUTH의 자격 증명 확인이 성공한 직후에 나타납니다. 흔한 원인은 스팸 발송에 쓰여 정지된 계정, 미납된 호스팅 요금, 퇴사한 직원입니다. 많은 서버는 이 코드를 쓰지 않고 비활성화된 계정에도 535 5.7.8로 응답합니다.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>사용자가 메일 관리자나 제공업체에 연락합니다. 관리자는 계정이 비활성화된 이유(악용 신고, 탈취, 요금)를 알아내고 원인을 없앤 다음(새 비밀번호, 사용자 기기의 악성 코드 제거, 나가는 큐에서 스팸 삭제) 계정을 다시 활성화합니다. 그 뒤에는 클라이언트 소프트웨어가 기존 설정 그대로 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>계정이 탈취되어 스팸 발송에 쓰인 뒤 정지되었습니다.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>호스팅 요금제나 메일 구독이 미납으로 정지되었습니다.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>관리자가 조직을 떠난 사람의 계정을 비활성화했습니다.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>반복된 로그인 실패나 악용 신고로 자동 잠금이 걸렸습니다.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>같은 자격 증명으로 제공업체의 웹메일이나 계정 포털에 로그인해 보세요. 정지된 계정이라면 대개 그곳에 안내가 표시됩니다.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>직접 동작을 확인하세요. 비활성화된 계정이라면 비밀번호가 맞아도 거부가 옵니다.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Postfix 관리자라면 이 계정이 마지막으로 메일 제출에 성공한 시점을 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>재시도하지 마세요. 관리자가 계정을 다시 활성화할 때까지 모든 시도가 거부됩니다.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>신뢰 관계 필요</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>보안 수준이 낮은 앱</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>제출 서버가 요청받은 일을 하려면 다른 서버와 신뢰 관계가 설정되어 있어야 합니다. 이 정의는 BURL(RFC 4468)에서 나왔는데, 제출 서버가 사용자의 IMAP 서버에서 URL로 메시지를 가져와야 하는데 그럴 신뢰가 설정되어 있지 않은 경우입니다. 영구적이며, 이 경우에 이전에 쓰던 5.7.8을 대체했습니다.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>BURL 제출에서, DATA나 BDAT 대신 쓰는 BURL 명령에 대한 응답으로, 제출 서버가 해당 IMAP 서버와 신뢰가 설정되어 있지 않아 IMAP URLAUTH URL을 해석할 수 없을 때 나타납니다. BURL을 쓰는 클라이언트가 적어서 드뭅니다. Gmail은 AUTH에서 사용자가 먼저 웹 브라우저로 로그인하기를 원할 때 534 5.7.14를 무관한 용도로 씁니다.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>BURL이라면 제출 서버의 관리자가 IMAP 서버와의 신뢰를 설정하거나(제출 ID에 대한 URLAUTH 접근과 필요한 권한 부여), 클라이언트 소프트웨어가 DATA나 BDAT로 메시지 내용을 직접 보내는 방식으로 돌아갑니다. Gmail의 534 5.7.14라면 사용자가 브라우저에서 Google 계정에 로그인하여 보안 확인을 마친 다음, 클라이언트에서 앱 비밀번호나 OAuth를 사용합니다.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>제출 서버가 BURL URL에 지정된 IMAP 서버와 신뢰가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URLAUTH URL이 제출 서버가 쓰는 것과 다른 제출 ID에 대해 발급되었습니다.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmail의 용법: Google이 로그인을 의심스럽다고 보고 차단했으며, 사용자가 웹 브라우저에서 확인하기를 원합니다.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>제출 서버가 STARTTLS 뒤 EHLO 응답에 BURL을 나열하는지 확인하세요. 나열하지 않는다면 클라이언트는 BURL을 아예 쓰면 안 됩니다.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>제출 서버의 로그에서 BURL 명령과 실패한 IMAP 가져오기를 검색하세요.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gmail이라면 같은 네트워크의 브라우저에서 Google 계정에 로그인하여 최근 보안 알림을 검토하세요.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>같은 BURL 명령을 반복하지 마세요. 신뢰 관계 없이는 매번 실패합니다. DATA나 BDAT로 내용을 직접 보내거나, 신뢰가 설정된 뒤에 재시도하세요.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>사용자가 브라우저에서 Google 계정에 로그인할 때까지 smtp.gmail.com이 로그인을 거부합니다. 대개 의심스러운 로그인이 차단된 뒤이며, BURL 신뢰 관계와는 아무 관계가 없습니다.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>우선순위 수준이 너무 낮음</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>수신 서버가 MT-PRIORITY 확장(RFC 6710)을 지원하며, 클라이언트가 MAIL FROM에서 지정한 우선순위로는 메시지를 받지 않습니다. 4.7.15(보통 450과 함께)이면 일시적 거부입니다. 예를 들어 혼잡한 동안 서버가 당분간 더 높은 우선순위의 트래픽만 받는 경우입니다. 5.7.15(보통 550과 함께)이면 서버 정책이 그 우선순위 수준을 아예 거부합니다.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>MT-PRIORITY=n 매개변수(n은 -9에서 9까지, 0이 보통)가 있는 MAIL FROM에 대한 응답으로 나타납니다. 군사, 정부 또는 비상 서비스 메시징 시스템처럼 MT-PRIORITY를 인식하는 릴레이로 메시지 전송 우선순위를 쓰는 네트워크에서만 볼 수 있습니다. 일반 인터넷 메일 서버는 이 확장을 알리지 않으며 이 코드를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>발신자가 결정합니다. 메시지가 정말 더 급하다면 발신자가 쓸 권한이 있는 더 높은 MT-PRIORITY 값으로 다시 보내고, 그렇지 않다면 기다리세요. 4.7.15 지연은 수신 네트워크가 높은 우선순위 전용 모드를 벗어나면 해소됩니다. 서버는 권한 없는 클라이언트가 요청한 우선순위를 낮추거나 거부할 수 있으므로, 발신 측 관리자는 릴레이가 이 클라이언트에게서 어떤 우선순위 범위를 받는지 확인해야 합니다.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>수신 네트워크가 혼잡하거나 위기 모드여서 일시적으로 최소 우선순위 이상의 메시지만 받습니다.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>수신 서버가 정책상 거부하는 낮거나 음수인 MT-PRIORITY 값(예: -5)으로 메시지를 보냈습니다.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>클라이언트가 요청한 우선순위에 대한 권한이 없어서 서버가 이를 낮췄고, 낮춘 수준을 서버가 거부합니다.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>수신 서버의 EHLO 응답을 읽으세요. 이 코드가 의미를 가지려면 MT-PRIORITY(뒤에 정책 이름이 붙을 수 있음)가 나열되어 있어야 합니다.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>발신 로그에서 지연이나 반송 기록을 찾아 어느 수신자와 어느 시도가 거부되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>수신 네트워크의 관리자에게 여러분의 시스템에서 어떤 우선순위 수준을 받는지, 일시적인 최소 우선순위가 적용 중인지 문의하세요.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>4.7.15라면 메시지를 큐에 두고 백오프 간격으로 재시도하세요. 최소 우선순위가 다시 내려갈 수 있습니다. 5.7.15라면 같은 우선순위로 재시도하지 마세요. 권한이 있는 더 높은 우선순위로만 다시 보내거나 아예 보내지 마세요.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>지정한 우선순위에 비해 메시지가 너무 큼</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>서버가 이 MT-PRIORITY 수준에서는 일정 크기까지만 메시지를 받는데 이 메시지는 더 큽니다. RFC 6710은 급한 트래픽이 빠르게 유지되도록 서버가 우선순위별 크기 한도를 두는 것을 허용합니다. 4.7.16이면 한도가 일시적이고(예: 혼잡한 동안), 5.7.16이면 상시 정책입니다. X.3.4나 X.2.3으로 보고되는 서버의 일반 크기 한도가 아닙니다.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>클라이언트가 MT-PRIORITY와 SIZE를 모두 선언했을 때 MAIL FROM에 대한 응답으로, 또는 실제 크기를 알게 된 DATA 끝 뒤에 나타납니다. 레지스트리는 이를 552와 짝짓습니다. 메시지 전송 우선순위를 구현한 릴레이에서만 나오며, 대개 폐쇄형 군사 또는 비상 메시징 네트워크입니다.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>발신자가 메시지를 줄이거나(큰 첨부 파일을 빼거나 링크로 대체), 더 큰 메시지가 허용되는 낮은 우선순위로 다시 보냅니다. 발신 측 관리자는 수신 측에 우선순위 수준별 크기 한도를 문의하고, 큰 우선순위 메시지를 자동으로 나누거나 우선순위를 낮추도록 클라이언트를 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>수신 서버가 짧고 급한 메시지용으로 남겨 둔 높은 우선순위 수준으로 큰 첨부 파일을 보냈습니다.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>수신 네트워크가 성능 저하 모드로 운영 중이어서 우선순위별 허용 크기를 일시적으로 줄였습니다.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>MAIL FROM에서 선언한 SIZE 값이 서버의 전체 최대 크기보다는 작지만 우선순위별 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>발신 로그에서 거부된 시도를 메시지 크기 및 수신자와 함께 찾으세요.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>서버가 EHLO 응답의 SIZE 줄에서 알리는 전체 한도와 비교하여 우선순위별 한도와 일반 한도를 구별하세요.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>수신 측 관리자에게 우선순위 수준별 크기 한도와, 그것이 영구 규칙인지 일시적인 제한인지 문의하세요.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>4.7.16이라면 허용 크기가 돌아올 수 있으므로 나중에 백오프 간격으로 재시도하세요. 5.7.16이라면 그대로 다시 보내지 말고 먼저 크기를 줄이거나 우선순위를 낮추세요.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>사서함 소유자가 변경됨</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>재활용된 이메일 주소</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>메시지가 Require-Recipient-Valid-Since(RRVS, 수신자 유효 시작일 요구) 보호(RFC 7293)를 요청했는데, 수신 시스템은 수신자 사서함이 발신자가 제시한 날짜 이후 계속 같은 소유자에게 속해 있지 않았다는 것을 알고 있습니다. 주소가 폐쇄된 뒤 재발급되었거나 다른 방식으로 주인이 바뀌었으므로, 메일을 낯선 사람에게 넘기는 대신 거부합니다. 영구적 실패로만 쓰입니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>클라이언트가 RRVS=date-time 매개변수를 썼다면 RCPT TO에 대한 응답으로, 메시지에 대신 Require-Recipient-Valid-Since 헤더 필드가 있었다면 DATA 뒤에 나타납니다. 발신 측은 대개 오래전에 확인한 주소로 메일을 보내는 은행, 쇼핑몰 또는 소셜 네트워크이고, 수신 측은 버려진 주소를 재활용하며 RRVS를 구현한 제공업체입니다.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>발신자(발신 애플리케이션 운영자)가 그 주소를 더 이상 고객의 것이 아닌 것으로 표시하고, 메일 발송을 멈추고, 다른 수단으로 고객에게 현재 주소를 요청합니다. RRVS 날짜를 빼고 다시 보내지 마세요. 이 검사는 비밀번호 재설정과 계정 알림이 주소의 새 소유자에게 가지 않도록 하기 위해 존재합니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>수신자의 제공업체가 오래 사용되지 않은 이전 계정을 폐쇄했고, 나중에 같은 주소를 새 사용자에게 주었습니다.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>보관된 주소가 현재 소유자가 넘겨받기 전에 확인된 것이어서, RRVS 날짜가 현재 소유 시점보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>발신 시스템이 Require-Recipient-Valid-Since 헤더(또는 RRVS 매개변수)에 넣은 날짜를 찾아, 고객이 수신 주소를 마지막으로 확인한 시점과 비교하세요.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>민감한 내용을 보내기 전에 전화, 앱 알림 또는 우편으로 고객에게 연락하여 확인된 새 주소를 받으세요.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>재시도하지 마세요. 소유자 변경은 영구적입니다. 주소에 표시를 하거나 삭제하고, 새로 확인된 주소로만 보내세요.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>도메인 소유자가 변경됨</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Require-Recipient-Valid-Since(RFC 7293)의 또 다른 결과입니다. 수신 시스템이 발신자가 제시한 날짜 이후 수신자의 도메인 소유자가 바뀌었다고 보고합니다. 그 도메인의 모든 주소가 이제 다른 조직의 것일 수 있으므로 메시지가 거부됩니다. 영구적 실패로만 쓰입니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>RRVS 매개변수가 있으면 RCPT TO에 대한 응답으로, 헤더 필드 형태라면 DATA 뒤에, 자신이 호스팅하는 도메인의 소유자 변경을 아는 수신 시스템에서 나타납니다. 전형적인 경우: 회사의 이전 도메인이 만료된 뒤 다른 사람이 등록해서 지금 그 도메인의 메일을 운영하고 있습니다.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>발신자는 그 도메인의 모든 주소를 이 고객에 대해 오래된 것으로 취급하고, 발송을 멈추고, 고객에게서 새 주소를 받습니다. 발신 측 관리자는 데이터베이스에서 주소를 지우기 전에 도메인의 등록 정보와 메일 라우팅을 보고 변경을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>도메인이 만료된 뒤 새 소유자가 등록해서 지금 그 도메인의 메일을 운영합니다.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>도메인을 소유했던 조직이 매각, 합병 또는 이름 변경되어 도메인이 다른 당사자에게 넘어갔습니다.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>도메인의 현재 등록 정보와 네임 서버를 읽어 최근에 바뀌었는지 확인하세요.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>지금 도메인의 메일이 어디로 가는지 확인하세요. 기록된 것과 다른 제공업체라면 소유자 변경을 뒷받침합니다.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>재시도하지 마세요. 수신 측은 설계상 그 도메인으로 가는 이 메시지를 거부합니다. 새로 확인된 주소, 대개 다른 도메인의 주소로만 다시 보내세요.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>RRVS 검사를 완료할 수 없음</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>발신자가 Require-Recipient-Valid-Since 검사(RFC 7293)를 요청했지만, 수신 시스템이 필요한 타임스탬프를 기록해 두지 않아서 수신자 사서함이 그 날짜 이후 한 소유자에게만 속했는지 알 수 없습니다. 추측하는 대신 메시지를 거부하고 판단을 발신자에게 맡깁니다. 영구적 실패로만 쓰입니다.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>RCPT TO(RRVS 매개변수)에 대한 응답이나 DATA 뒤(헤더 필드)에 나타나며, 대개 RRVS 날짜가 수신 제공업체가 보관하는 계정 이력보다 오래된 경우입니다. RFC 7293을 구현한 수신 측만 보내므로 드뭅니다.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>발신자가 보호 없이 배달해도 안전한 메시지인지 결정합니다. 뉴스레터라면 RRVS 매개변수나 헤더 필드 없이 다시 보내는 것이 합리적이고, 비밀번호 재설정이나 계정 알림이라면 먼저 고객에게 주소를 확인한 다음 최근 RRVS 날짜로 다시 보내세요.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>RRVS 날짜가 수신 시스템이 보관하는 계정 이력보다 오래되었습니다.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>수신 시스템이 이 사서함의 생성 날짜를 저장한 적이 없거나 잃어버렸습니다. 예를 들어 플랫폼 간에 계정을 마이그레이션한 뒤입니다.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>발신 애플리케이션이 RRVS에 쓴 날짜(보통 고객이 주소를 마지막으로 확인한 시점)를 확인하세요. 날짜가 아주 오래되었다면 이 결과가 나올 가능성이 큽니다.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>수신 서버가 EHLO 응답에서 RRVS를 알리는지 확인하세요. 이를 보면 매개변수 형태가 평가되었는지 헤더 형태만 평가되었는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>같은 RRVS 날짜로 재시도하지 마세요. 발신자가 위험을 감수한다면 RRVS 보호 없이 다시 보내거나, 주소를 확인하고 더 최근 날짜로 보내세요.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>통과한 DKIM 서명이 없음</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>DKIM 실패</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>서명 없는 메일</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>수신 측이 유효한 DKIM 서명을 요구하는데 검증에 통과한 서명을 찾지 못했습니다. 메시지에 서명이 아예 없거나 모든 서명이 실패했습니다. RFC 7372는 수신 측이 일반적인 5.7.1 대신 정확히 이 사실을 말할 수 있도록 이 코드를 정의합니다. 영구 거부입니다.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>수신 측이 서명을 확인한 뒤, DATA의 마지막 점 뒤에 나타납니다. 일부 또는 모든 발신자에게 DKIM을 요구하도록 설정된 게이트웨이와 MTA가 보냅니다. 예를 들어 은행에서 왔다고 주장하는 메일이나 수신자 자신의 도메인에서 왔다고 주장하는 메일에는 올바른 서명이 있어야 한다는 규칙입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>발신 측 관리자가 메시지에 검증되는 서명을 붙여야 합니다. 메시지를 보내는 서버나 서비스에서 DKIM 서명을 켜고, 셀렉터 아래에 해당 공개 키를 게시하고, 서명 이후의 어떤 것(면책 문구 바닥글, 링크 재작성, 목록 소프트웨어)도 서명된 헤더나 본문을 바꾸지 않도록 하세요. 다시 보내기 전에 테스트 메시지로 검증하세요.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>서버나 발송 서비스에서 DKIM 서명을 켠 적이 없어 메시지에 서명이 없었습니다.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>게이트웨이, 면책 문구 도구 또는 바이러스 검사기가 서명 후 본문을 바꿔서 본문 해시가 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>셀렉터의 공개 키가 DNS에 없거나, 붙여 넣을 때 잘렸거나, 아직 그 키로 서명된 메일이 있는데 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>보낸 메시지의 DKIM-Signature 헤더에서 d=와 s=를 가져와 그 키를 조회하세요. 빈 응답이면 키가 없는 것입니다.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>마지막 서버를 떠난 그대로의 메시지 사본을 저장해 검증하세요(python3-dkim이 dkimverify를 제공합니다).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>직접 관리하는 사서함으로 테스트 메일을 보내고, 수신 측이 추가한 인증 결과 헤더(Authentication-Results)에서 dkim=pass를 찾으세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>그대로 재시도하지 마세요. 서명이 없거나 깨진 같은 메시지는 같은 방식으로 실패합니다. 서명이 동작한 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>허용되는 DKIM 서명이 없음</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>약한 DKIM 키</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>적어도 하나의 DKIM 서명이 검증되었지만 수신 측 정책이 그중 어느 것도 받아들이지 않습니다. 전형적인 이유는 예상하지 못한 도메인의 서명, 약한 키나 알고리즘, 수신 측이 고집하는 헤더를 빠뜨린 서명입니다. 영구적이며, X.7.22는 문제가 구체적으로 작성자의 도메인인 더 좁은 경우입니다.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>DKIM 정책이 통과/실패 이상을 따지는 수신 측에서 DATA 끝에 나타납니다. 발신자가 자체 도메인으로 서명하는 새 이메일 서비스로 옮긴 뒤나, RFC 8301을 따라 rsa-sha1 서명이나 1024비트보다 짧은 RSA 키를 더 이상 받아들이지 않는 시스템에서 흔합니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>발신 측 관리자가 서명 내용을 읽고 맞춰 줍니다. 조직 자체 도메인으로 서명하고, 2048비트 키와 rsa-sha256을 쓰며(ed25519 서명을 함께 추가해도 됨), 메시지의 최소한 From, To, Subject, Date, Message-ID에 서명하세요. 수신 측이 특정 도메인의 서명을 원한다면 그 관리자에게 어느 도메인인지 문의하세요.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>통과한 유일한 서명이 이메일 서비스 제공업체의 도메인 것이며, 수신 측은 이 발신자에 대해 그 서명을 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>서명이 rsa-sha1이나 1024비트 미만의 RSA 키를 써서 수신 측이 허용할 수 없는 것으로 취급합니다.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>서명은 검증되지만 Subject나 Reply-To처럼 수신 측 정책이 요구하는 헤더를 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>보낸 메시지의 DKIM-Signature 헤더에서 a=(알고리즘), d=(도메인), h=(서명된 헤더) 태그를 살펴보세요.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>키 크기를 확인하세요. p= 값이 base64 약 216자면 1024비트 RSA 키, 약 392자면 2048비트입니다.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>수신 측 관리자에게 그 정책이 어떤 서명 도메인, 알고리즘, 헤더 포함 범위를 기대하는지 문의하세요.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>그대로 재시도하지 마세요. 수신 측은 같은 서명을 같은 방식으로 판단합니다. 서명 도메인, 키 또는 알고리즘을 바꾼 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>작성자와 일치하는 유효한 DKIM 서명이 없음</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>DKIM 정렬</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>From 도메인 불일치</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>메시지에 검증되는 DKIM 서명이 있지만 그중 어느 것도 From 헤더의 도메인에서 온 것이 아닙니다. 수신 측은 작성자 자신의 도메인이 메시지를 보증하기를 원합니다. X.7.21의 특수한 경우이며, DMARC 정렬 검사와 가깝습니다. 영구 거부입니다.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>DATA 끝에 나타나며, 대개 From 주소는 고객의 도메인을 쓰면서 서비스 자체 도메인으로 서명하는 외부 서비스를 통해 보낸 뉴스레터, 청구서, 알림입니다. 메일링 리스트나 전달 서버가 원래 서명이 깨진 메시지를 자체 도메인으로 다시 서명할 때도 나타납니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>발신 측 관리자가 발송 서비스에서 사용자 지정 DKIM을 설정하여 From 도메인과 같은 d=로 서명하게 합니다. 대개 서비스의 셀렉터 레코드(CNAME 또는 TXT)를 그 도메인의 DNS에 게시하고 서비스 설정에서 켭니다. 그다음 테스트 메시지에 From 헤더와 도메인이 일치하는 통과 서명이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>고객 도메인에 대한 사용자 지정 서명을 설정한 적이 없어서 마케팅이나 티켓 서비스가 자체 도메인으로 서명합니다.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>From 주소를 아직 자체 DKIM 키가 없는 새 브랜드 도메인으로 바꿨습니다.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>유일한 유효 서명을 작성자의 도메인이 아니라 메일링 리스트나 전달 서버가 추가했습니다.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>같은 메시지에서 각 DKIM-Signature 헤더의 d= 도메인을 From 헤더의 도메인과 비교하세요.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>발송 서비스의 셀렉터가 From 도메인 아래에 게시되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>그대로 다시 보내지 마세요. 발송 서비스가 From 도메인으로 서명하게 된 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF 검증 실패</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF 실패</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>수신 측이 엔벨로프 발신자(MAIL FROM)나 HELO 이름에 대해 SPF를 확인하고 fail 결과를 얻었습니다. 도메인의 SPF 레코드가 연결한 IP 주소는 그 도메인으로 보낼 수 없다고 말합니다. RFC 7372는 SPF fail 시 거부하는 수신 측에 예전의 일반적인 5.7.1 대신 이 코드를 줍니다. 영구적입니다. 이것이 레지스트리의 의미이며, Gmail은 4.7.23을 대신 역방향 DNS 문제에 씁니다(제공업체 항목 참조).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>SPF에는 IP 주소와 엔벨로프만 필요하므로 대개 MAIL FROM이나 RCPT TO 직후에 나타나며, 일부 필터는 DATA 뒤까지 기다립니다. 전달(전달 서버의 IP가 원래 도메인의 레코드에 없음), 메일을 새 제공업체로 옮긴 뒤, 아무도 SPF에 추가하지 않은 새 SaaS 도구가 보낸 메일에서 흔합니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>발신 측 관리자가 엔벨로프 도메인의 SPF 레코드에 빠진 발신 서버를 추가하고(ip4:, ip6: 또는 서비스의 include:), 전체 DNS 조회를 10회 이하로 유지한 다음 다시 보냅니다. 메일이 전달된 것이라면 전달 서버의 관리자에게 SRS(발신자 재작성)가 필요하며, 원래 발신자는 전달 후에도 메시지가 DMARC를 통과할 수 있도록 DKIM 서명을 해야 합니다.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>엔벨로프 도메인의 SPF 레코드에 IP 주소가 없는 서버나 서비스를 통해 메시지가 나갔습니다.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>전달 서버가 메시지를 릴레이해서 수신 측이 원래 도메인이 허가한 IP가 아니라 전달 서버의 IP를 보았습니다.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>-all로 끝나는 SPF 레코드에 새 발신 IP나 새로 켠 IPv6를 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>From 도메인과 다를 수 있는 엔벨로프 발신자 도메인(Return-Path)의 SPF 레코드를 읽으세요.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>로그에서 거부된 시도를 찾아 어느 릴레이가 거부했고 여러분의 어느 IP가 사용되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>서버에 IPv6가 있다면 그 주소를 확인하세요. IPv6 연결에는 ip6: 항목이나 일치하는 메커니즘이 필요합니다.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>같은 IP에서 그대로 재시도하지 마세요. SPF 결과는 바뀌지 않습니다. 레코드를 갱신하고 이전 레코드의 TTL이 지난 뒤에 다시 보내세요.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail은 4.7.23을 SPF가 아니라 역방향 DNS 문제에 씁니다. 연결한 IP에 PTR 레코드가 없거나 PTR 이름이 다시 그 IP로 해석되지 않는 경우입니다. 정방향과 역방향 DNS가 일치할 때까지 메일이 지연되며, 같은 문제의 영구적 형태는 Gmail에서 5.7.25입니다.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>대상 서버가 SPF 문제로 메시지를 거부했을 때 Microsoft 365 배달 못 함 보고서에 쓰입니다. 원격 서버 자체의 응답이 대개 화살표(-&gt;) 뒤에 이어지며 수신 시스템의 사유를 알려 줍니다.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>SPF 검증 오류</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>SPF 10회 조회 제한</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>SPF 레코드 중복</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>실패가 아니라 오류 때문에 수신 측이 SPF 검사를 완료할 수 없었습니다. 4.7.24(451과 함께)이면 SPF temperror로, 대개 레코드를 가져오는 중의 DNS 타임아웃입니다. 5.7.24(550과 함께)이면 SPF permerror로, 레코드 자체가 깨졌다는 뜻입니다. 잘못된 구문, 두 개의 SPF 레코드, 10회를 넘는 DNS 조회 등입니다. RFC 7372는 4.4.3과 5.5.2 대신 이 코드들을 할당합니다.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>SPF 오류에 따라 조치하는 수신 측에서 MAIL FROM 뒤나 DATA 끝에 나타납니다. 영구적 형태는 대개 SPF 레코드를 수정한 뒤에 나타나고(include 하나를 더해 10회 조회를 넘김, 오타, 두 번째 v=spf1 레코드), 일시적 형태는 발신 도메인의 네임 서버가 느리거나 도달할 수 없을 때 나타납니다.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>5.7.24라면 발신 측 관리자가 레코드를 고칩니다. 모든 것을 하나의 v=spf1 TXT 레코드로 합치고, 구문을 고치고, DNS 조회가 필요한 메커니즘이 10개 이하가 될 때까지 include를 제거하거나 평탄화하세요. 4.7.24라면 도메인의 권한 있는 네임 서버가 외부에서 빠르게 응답하는지 확인하세요. 그렇다면 문제가 수신 측에 있을 수 있으며 큐가 이후 시도에서 배달할 것입니다.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>include, a, mx, ptr, exists, redirect를 모두 세면 SPF 레코드에 10회가 넘는 DNS 조회가 필요합니다.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>도메인이 별개의 v=spf1 TXT 레코드 두 개를 게시해서 결과가 영구 오류가 됩니다.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>레코드에 ip4: 뒤의 호스트 이름, 철자가 틀린 메커니즘, 불필요한 문자 같은 구문 오류가 있습니다.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>도메인의 네임 서버가 타임아웃되거나 SERVFAIL로 응답해서 수신 측이 일시적 오류를 받습니다.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>엔벨로프 도메인의 모든 TXT 레코드를 나열하고 그중 정확히 하나만 v=spf1로 시작하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>각 include:(와 그 안의 include)를 펼쳐서 DNS 조회가 필요한 메커니즘을 모두 세어 보세요.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>도메인의 각 권한 있는 네임 서버에 직접 질의하세요. 타임아웃되는 서버가 있다면 temperror가 설명됩니다.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>4.7.24라면 일반 백오프 간격으로 재시도하세요. DNS 타임아웃은 대개 해소됩니다. 5.7.24라면 SPF 레코드를 고칠 때까지 재시도하지 마세요. 모든 시도가 같은 영구 오류에 걸립니다.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>역방향 DNS 검증 실패</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>역방향 DNS 없음</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>PTR 레코드 누락</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>연결한 클라이언트의 IP 주소가 수신 측의 역방향 DNS 검사에 실패했습니다. PTR 레코드가 없거나, PTR 레코드의 이름이 다시 같은 주소로 해석되지 않습니다(정방향 확인 역방향 DNS). 수신 측은 감염된 가정용 기계와 허술하게 운영되는 서버를 막는 값싼 필터로 이를 씁니다. 영구 거부입니다.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>연결 이후 언제든 나타날 수 있으며, 가장 흔하게는 MAIL FROM, RCPT TO 또는 DATA 끝에 대한 응답으로 나타납니다. 메일 서버를 새 VPS나 클라우드 주소로 옮긴 뒤, IPv6를 켠 뒤(IPv6 주소에 PTR이 없음), 또는 PTR 이름이 나중에 A 레코드가 바뀐 호스트를 가리킬 때 흔합니다. Gmail은 550 5.7.25로 보냅니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>발신 측 관리자가 IP 주소를 관리하는 곳(호스팅 제공업체, ISP 또는 클라우드 콘솔이며, 도메인 등록 기관이 아님)에 메일 서버를 가리키는 PTR 레코드(예: mail.example.com)를 설정해 달라고 요청하고, 그 이름에 같은 IP를 가리키는 A 또는 AAAA 레코드가 있는지 확인합니다. HELO 이름도 같은 호스트 이름이어야 합니다. 그다음 다시 보내세요.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>발신 IP 주소에 PTR 레코드가 아예 없습니다. 새 VPS와 클라우드 주소에서 흔합니다.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR 이름은 있지만 그 A나 AAAA 레코드가 다른 주소를 가리켜서 정방향 확인이 실패합니다.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>서버가 IPv6로 보내는데 IPv4 주소에만 역방향 DNS가 있습니다.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR이 ISP의 일반적인 이름이어서 수신 측이 유동 주소나 가정용 주소로 취급합니다.</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>발신 IP 주소의 PTR 레코드를 조회하세요.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>반환된 이름을 정방향으로 해석하여 같은 주소가 나오는지 확인하세요.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>서버에 IPv6 주소가 있다면 그 주소에 대해서도 역방향 조회를 반복하세요.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Postfix가 알리는 HELO 이름과 비교하세요(Exim 등에도 같은 설정이 있습니다).</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>그 IP 주소에서 그대로 재시도하지 마세요. PTR과 일치하는 A 또는 AAAA 레코드가 생기고 캐시된 부정 응답이 만료된 뒤에 재시도하세요.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Gmail의 용법은 레지스트리의 의미와 일치하며 IPv4와 IPv6 발신자를 모두 포함합니다. 같은 문제의 일시적 형태는 4.7.25가 아니라 4.7.23으로 옵니다.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>여러 인증 검사 실패</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>DMARC 실패</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>수신 서버가 둘 이상의 발신자 인증 검사(SPF, DKIM, 대개 그 위에 DMARC)를 실행했고 메시지가 모두 실패했습니다. 이 코드는 영구 거부입니다. 같은 방식으로 보낸 같은 메시지는 다시 거부됩니다.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>수신 측이 메시지 전체를 받아 서명을 검증할 수 있게 된 뒤, DATA 끝에 나타납니다. Gmail 덕분에 유명해졌습니다. Gmail은 발신 도메인의 DMARC 정책에 실패한 메일과 쓸 만한 SPF나 DKIM 결과가 없는 메일에 수년간 550 5.7.26으로 응답해 왔으며, 2024년 발신자 요구 사항 이후 이 응답이 훨씬 흔해졌습니다.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>From 헤더의 도메인에 대해 발신 측의 인증을 고치세요. 도메인으로 보내는 모든 서버를 포함하는 SPF 레코드를 게시하고, DNS에 게시한 키로 나가는 메일에 DKIM 서명을 하고, 그중 적어도 하나가 From 도메인과 정렬되어 DMARC를 통과하게 하세요. 그다음 테스트 메시지를 보내 Authentication-Results 헤더를 읽은 뒤 반송된 메일을 다시 보내세요.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF 레코드가 없거나, SPF 레코드에 실제로 메시지를 보낸 서버나 서비스가 나열되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>DKIM 서명이 없거나, 서명 후 메시지를 바꾼 게이트웨이, 메일링 리스트 또는 바닥글 때문에 서명이 깨졌습니다.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF와 DKIM이 From 헤더와 다른 도메인에 대해 통과해서 DMARC 정렬이 실패하고, 도메인의 DMARC 정책이 거부하라고 지시합니다.</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>새로 추가한 발송 서비스(뉴스레터 도구, CRM, 티켓 시스템)가 DNS에서 허가받지 않은 채 회사 도메인으로 보냅니다.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>발신 도메인의 SPF 레코드를 읽고 발신 서버의 IP 주소나 서비스의 include가 나열되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>메시지의 DKIM-Signature 헤더에 지정된 셀렉터(s=)에 대한 DKIM 공개 키가 존재하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>도메인의 DMARC 정책을 읽어 수신 측이 실패한 메일을 어떻게 처리하라고 지시받았는지 확인하세요.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>대형 제공업체에 있는 직접 관리하는 사서함으로 테스트 메시지를 보내고 인증 결과 헤더(Authentication-Results)를 읽으세요. spf=, dkim=, dmarc=가 모두 pass여야 합니다.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>같은 메시지를 그대로 재시도하지 마세요. 다시 실패합니다. 인증 레코드나 서명을 고친 뒤에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail은 메시지가 SPF와 DKIM 어느 쪽도 통과하지 못했을 때와 From 도메인의 DMARC 정책에 실패했을 때 모두 5.7.26을 보냅니다. 코드 뒤의 텍스트가 어느 쪽인지 알려 줍니다.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>발신 주소에 null MX가 있음</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>엔벨로프 발신자나 From 헤더의 도메인이 메일을 절대 받지 않는다고 선언하는 null MX 레코드(MX 0 .)를 게시합니다. 반송 메시지와 회신이 발신자에게 도달할 수 없고 메일 서비스가 없다고 선언한 도메인은 위조일 가능성이 높으므로, 수신 측은 그런 메일을 거부할 수 있습니다. RFC 7505에서 정의되었으며 영구적입니다. 이것이 레지스트리의 의미이며, Gmail은 같은 숫자를 SPF 실패에 씁니다(제공업체 항목 참조).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>수신 측이 엔벨로프 도메인의 MX를 확인한다면 MAIL FROM에 대한 응답으로, From 헤더의 도메인을 확인한다면 DATA 뒤에 나타납니다. 전형적인 원인은 DNS에 null MX가 있는 도메인의 noreply@ 주소로 보내는 애플리케이션, 그리고 실수로 null MX가 설정된 파킹 도메인이나 발신 전용 도메인입니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>발신 측 관리자가 MAIL FROM과 From에 쓰는 도메인에서 null MX를 제거하고 실제 MX를 게시하거나, 애플리케이션이 메일을 받는 도메인(자체 MX가 있는 반송용 하위 도메인도 됨)에서 보내도록 바꿉니다. RFC 7505는 발신자로 쓰이는 도메인은 null MX를 게시하지 말아야 한다고 합니다.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>아무것도 받지 않도록 발신 전용 도메인에 null MX를 설정했는데, 그 도메인이 여전히 MAIL FROM이나 From에 쓰입니다.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>파킹되었거나 쓰지 않는 도메인용 DNS 템플릿이 MX 0 .을 추가했는데, 그 도메인이 나중에 메일을 보내기 시작했습니다.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>스팸이나 피싱이 null MX 도메인을 위조한 경우로, 이때는 거부가 제 역할을 하는 것입니다.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>엔벨로프 도메인과 From 도메인의 MX를 조회하세요. 응답이 0 . 하나뿐이면 null MX입니다.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>애플리케이션의 엔벨로프 발신자는 From 주소와 다를 수 있으므로, Postfix가 로컬에서 생성된 발신 주소에 어떤 도메인을 붙이는지 확인하세요.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>실제 MX를 게시한 뒤, 그 MX가 지정하는 호스트가 포트 25에서 연결을 받는지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>레지스트리의 5.7.27은 그대로 재시도하지 마세요. null MX는 의도적인 DNS 선언입니다. Gmail의 4.7.27 지연은 정상적으로 재시도되지만 SPF가 통과한 뒤에만 성공합니다.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>null MX와는 관계가 없습니다. Gmail은 발신자 요구 사항에 따라 메시지가 SPF를 통과하지 못했을 때 4.7.27(지연)과 5.7.27(거부)을 보냅니다. 엔벨로프 도메인의 SPF 레코드를 고치고 레지스트리의 제목은 무시하세요.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>메일 폭주 감지됨</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>가입 폭탄</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>수신 측이 메시지를 비슷한 악성 메시지 폭주의 일부로 판단합니다. 대개 위조된 웹 양식 제출로 한 주소가 수백 통의 가입 확인 메일을 받는 메일 폭탄입니다. 4.7.28은 메시지를 지연시키고 5.7.28은 거부합니다. IANA는 RFC로 발행되지 않은 John Levine의 인터넷 초안에서 이 코드를 등록했습니다.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>수신 측이 한 수신자에게 가는, 또는 한 출처에서 오는 거의 같은 메시지의 폭주를 감지하면 RCPT TO나 DATA 끝에서 나타납니다. 발신 측은 뉴스레터 가입, 비밀번호 재설정 또는 문의 양식이 악용되어 피해자에게 폭탄을 퍼부을 때 이 코드를 만납니다. Gmail도 자체 스팸 속도 제한에 4.7.28을 씁니다(제공업체 항목 참조).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>발신 측 관리자가 출처에서 폭주를 멈춥니다. 웹 양식에 CAPTCHA나 속도 제한을 추가하고, 일정 기간 주소당 확인 메일을 최대 한 통만 보내며, 대상 주소로 가는 큐의 확인 메일을 삭제합니다. Gmail의 4.7.28이라면 해당 IP나 도메인의 발송량을 줄이고, 반응 없는 수신자를 제외하고, Postmaster Tools에서 스팸 비율을 지켜보세요.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>봇이 피해자의 주소로 발신자의 가입 양식이나 문의 양식을 여러 번 제출했습니다.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>애플리케이션 버그나 루프가 같은 알림을 한 수신자에게 계속 보냈습니다.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>발신 서버의 탈취된 계정이나 스크립트가 거의 같은 메시지를 대량으로 보냈습니다.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Gmail에서: 발신 IP 주소나 인증된 도메인에서 원치 않는 메일처럼 보이는 메일이 늘었습니다.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>최근 서버가 해당 주소로 보낸 메시지 수를 세어 보세요.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>큐의 요약 줄에서 대기 중인 메시지가 쌓이고 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>웹 서버 로그에서 양식 제출이 몰린 구간을 찾으세요. 봇이 양식을 쓰고 있다는 표시입니다.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>4.7.28이라면 간격을 점점 늘리고 발송 속도를 낮춰 재시도하세요. 계속 두드리면 더 나빠집니다. 5.7.28이라면 수신 측이 악성 폭주의 일부로 분류한 같은 메시지를 다시 보내지 마세요.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>메일 폭탄 판정이라기보다 평판에 따른 속도 제한입니다. Gmail이 여러분의 IP 주소나 DKIM 또는 SPF 도메인에서 원치 않는 메일처럼 보이는 메일을 너무 많이 보았고(긴 형태의 텍스트가 어느 쪽인지 알려 줌), 수락 속도를 늦춥니다. 평판이 회복되면 해소됩니다.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC 검증 실패</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>메시지에 Authenticated Received Chain(ARC, 인증된 수신 체인) 헤더(RFC 8617, 실험적 RFC)가 있었지만 체인이 검증되지 않아서, 수신 측이 메시지가 거쳐 온 중간 시스템들이 기록한 인증 결과를 신뢰할 수 없었습니다. 수신 측은 그런 메일을 거부할 수 있으며, 특히 DMARC에도 실패할 때 그렇습니다. 이것이 레지스트리의 의미이며, Gmail은 같은 숫자를 TLS 없이 보낸 메일에 씁니다(제공업체 항목 참조).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>ARC-Seal, ARC-Message-Signature(메시지 서명), ARC-Authentication-Results(인증 결과) 헤더를 추가하는 메일링 리스트, 전달 서비스 또는 보안 게이트웨이를 거친 메일에서 DATA 끝에 나타납니다. 실제로는 드뭅니다. 대부분의 수신 측은 DMARC가 실패할 때 ARC를 참고로만 쓰므로, 깨진 체인만으로 거부하는 일은 거의 없습니다.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>ARC 세트가 실패한 중간 시스템(대개 목록 서버나 게이트웨이)의 관리자가 ARC 봉인을 고칩니다. 셀렉터의 키 게시, 올바른 인스턴스 번호, 봉인 후 메시지 변경 금지입니다. 원래 발신자는 다른 시스템의 체인을 고칠 수 없습니다. 전체 헤더가 포함된 반송 메시지를 목록 운영자나 전달 서비스 운영자에게 보내세요.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>중간 시스템이 자신의 ARC 세트를 추가한 뒤 메시지를 수정해서 ARC-Message-Signature(메시지 서명)가 깨졌습니다.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>ARC-Seal에 지정된 셀렉터의 공개 키가 DNS에 없습니다.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>ARC 세트가 빠졌거나 순서가 맞지 않아서(인스턴스 번호 i=1, i=2 등이 연속되지 않음) 체인이 무효가 됩니다.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>이후 홉이 cv=fail로 봉인하여 체인이 이미 깨졌다고 표시했습니다.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>ARC 헤더를 i= 인스턴스 번호 및 각 ARC-Seal의 cv= 결과와 함께 나열하세요.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>저장된 메시지 사본에서 체인을 검증하세요(python3-dkim이 arcverify를 제공합니다).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>실패한 ARC-Seal의 s=와 d=에 대한 키를 조회하세요.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>레지스트리의 5.7.29는 그대로 재시도하지 마세요. 깨진 체인은 메시지의 일부이므로 다시 실패합니다. Gmail의 4.7.29 지연은 연결이 TLS를 쓰게 된 뒤에만 재시도에 성공합니다.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>ARC와는 관계가 없습니다. Gmail은 메시지가 TLS 없는 연결로 도착했을 때 4.7.29(지연)와 5.7.29(거부)를 보냅니다. 발신 MTA가 Gmail의 MX 호스트로 STARTTLS를 쓰게 하고, 나가는 경로의 모든 릴레이를 확인하세요.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>REQUIRETLS 지원 필요</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>메시지가 모든 홉에서 검증된 TLS와 REQUIRETLS 지원을 요구하는 REQUIRETLS 옵션(RFC 8689)과 함께 보내졌는데, 서버가 이를 제공하는 다음 홉을 찾을 수 없었습니다. 보호를 포기하는 대신 메시지를 돌려보냅니다. 영구적입니다. 이것이 레지스트리의 의미이며, Gmail은 같은 숫자를 DKIM 실패에 씁니다(제공업체 항목 참조).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>대부분 다음 서버의 EHLO 응답에 REQUIRETLS가 없었을 때 발신자 자신의 나가는 릴레이나 이후 홉이 보낸 반송 메시지(DSN)에 나타납니다. 일부 구현은 MAIL FROM ... REQUIRETLS를 직접 거부할 때도 씁니다. REQUIRETLS를 구현한 서버가 적어서 아직 드뭅니다(Postfix는 최근 버전에서 지원을 문서화했습니다).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>발신자가 결정합니다. 내용이 암호화되지 않았거나 검증되지 않은 링크를 거쳐서는 안 된다면 이 수신자에게는 이메일로 보내지 않거나, 수신 측 관리자에게 DANE이나 MTA-STS와 함께 REQUIRETLS를 켜 달라고 요청하세요. 그렇지 않다면 REQUIRETLS 없이 다시 보내세요. 이는 발신 클라이언트나 조직의 메일 정책에서 제어합니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>수신자의 메일 서버가 REQUIRETLS를 알리지 않습니다. 대부분의 서버가 아직 그렇습니다.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>나가는 필터링 서비스나 스마트 호스트 같은 경로상의 릴레이가 REQUIRETLS를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>발신 클라이언트가 서버가 따를 수 없는 수신자를 포함해 모든 메일에 REQUIRETLS를 설정합니다.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>수신 도메인의 MX 호스트를 찾으세요.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>MX가 STARTTLS 뒤의 EHLO 응답에 REQUIRETLS를 나열하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>반송 메시지의 Reporting-MTA와 Remote-MTA 필드를 읽어 어느 홉이 포기했는지, 그것이 자체 릴레이인지 확인하세요.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>레지스트리의 5.7.30은 재시도하지 마세요. 시도 사이에 경로가 REQUIRETLS 지원을 얻지는 않습니다. Gmail의 4.7.30 지연은 정상적으로 재시도되지만 DKIM이 통과한 뒤에만 성공합니다.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>REQUIRETLS와는 관계가 없습니다. Gmail은 발신자 요구 사항에 따라 메시지가 DKIM을 통과하지 못했을 때 4.7.30(지연)과 5.7.30(거부)을 보냅니다. 도메인의 나가는 메일에 DKIM 서명을 하고 키를 게시하세요.</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>VRFY에 대해 250은 사서함을 확인해 주고, 252는 확인도 부인도 하지 않지만 서버가 그 주소로 오는 메일은 받겠다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>이 응답은 VRFY에만 돌아옵니다. 대부분의 서버는 주소를 수집하지 못하도록 모든 VRFY에 252로 응답합니다.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>252를 주소가 존재한다는 증거로 여기지 마세요. 주소를 테스트하려면 메시지를 보내 보거나 RCPT TO에 대한 응답을 살펴보세요.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>둘 다 수신자가 로컬에 없다는 뜻입니다. 251은 메시지를 받아 전달하고, 551은 메시지를 거부하면서 보낼 곳을 알려 줍니다.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251은 RCPT TO에서의 성공 응답이고, 551은 &quot;please try &lt;forward-path&gt;&quot;가 붙은 영구적 실패입니다.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>251 뒤에는 할 일이 없지만 주소록을 갱신해도 됩니다. 551 뒤에는 알려 준 주소가 맞는지 확인한 다음 그 주소로 다시 보내세요.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421은 세션 전체를 끝내며 그 세션의 모든 메시지와 수신자에게 영향을 줍니다. 450은 메일 작업 하나, 대개 수신자 하나를 거부하고 세션은 계속됩니다.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421은 흔히 연결 직후의 첫 줄(인사 메시지)이거나 서버가 연결을 끊기 전의 마지막 줄이며, 그 텍스트는 서비스, 연결 또는 자신의 IP 주소를 언급합니다. 450은 MAIL FROM이나 RCPT TO에 대한 응답이며 사서함이나 그레이리스팅 같은 사유를 밝힙니다.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>둘 다 발신 서버가 재시도합니다. 421이라면 발신 측 전체, 즉 연결 수, 발송 속도, IP 주소의 평판을 살펴보세요. 450이라면 해당 수신자 하나나 그레이리스팅 지연 시간을 살펴보고, 같은 IP 주소에서 이루어질 다음 재시도를 기다리세요.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>인사 메시지에서는 둘 다 연결을 돌려보내지만, 421은 나중에 다시 시도하라는 뜻이고 554는 이 클라이언트에게는 서비스하지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>첫 자리가 결정합니다. 인사 메시지의 421에는 부하, 과다한 연결 또는 일시적 차단에 관한 텍스트가 붙고, 인사 메시지의 554는 차단 목록이나 영구 거부를 언급하며, 서버는 QUIT까지 이후의 모든 명령에 503으로 응답합니다.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>421이라면 처음에는 아무것도 하지 마세요. 반복된다면 병렬 연결 수를 줄이세요. 554라면 발신 IP 주소를 차단 목록에서 조회하고 평판 문제를 고치세요. 같은 IP 주소로 재시도해도 소용없습니다.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450은 수신자의 사서함 문제(사용 중, 잠김 또는 그레이리스팅)이고, 451은 처리 중 오류가 난 수신 서버 자체의 문제입니다.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>확장 코드와 텍스트로 알 수 있습니다. 450에는 4.2.x나 수신자를 밝히는 그레이리스팅 메시지가 붙고, 451에는 4.3.0, 4.4.x 또는 &quot;Temporary local problem&quot;이 붙으며, 흔히 수신 측에서 DNS 조회나 콘텐츠 검사기가 실패한 뒤에 나옵니다.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>처음에는 둘 다 발신자가 조치할 필요가 없습니다. 큐가 재시도합니다. 450이 며칠씩 계속되면 수신자의 관리자에게 사서함에 대해 문의하세요. 451이 계속되면 수신 측 관리자가 서버를 고쳐야 하므로 정확한 응답 줄을 그쪽에 알려 주세요.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>사서함을 사용할 수 없다는 같은 상황이지만, 450은 일시적이고 550은 영구적입니다.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>다른 것은 첫 자리뿐입니다. 450 뒤에는 메시지가 발신자의 큐에 남고 지연 알림이 뒤따를 수 있습니다. 550 뒤에는 발신자의 서버가 즉시 포기하고 반송 메시지를 돌려보냅니다.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>450 뒤에는 직접 다시 보내지 마세요. 큐가 알아서 재시도합니다. 550 뒤에는 같은 메시지를 다시 보내도 달라지는 것이 없습니다. 주소를 바로잡거나 확장 코드가 밝히는 사유를 없앤 다음 다시 보내세요.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451은 수신 서버의 처리 오류이고, 452는 자원이 바닥났다는 뜻입니다. 디스크 공간, 사서함 할당량 또는 한 트랜잭션에 허용되는 수신자 수입니다.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452는 바닥난 자원을 밝힙니다. &quot;Too many recipients&quot;(4.5.3), &quot;Insufficient system storage&quot;(4.3.1) 또는 가득 찬 사서함(4.2.2)입니다. 451은 로컬 오류, 조회 실패 또는 응답하지 않은 서비스를 언급합니다.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>4.5.3이 붙은 452라면 잘못된 것이 없습니다. 발신 서버가 나머지 수신자에게 다음 트랜잭션으로 배달합니다. 저장 공간 문제라면 수신 측 관리자가 공간을 확보합니다. 451이라면 재시도를 기다리고, 오류가 계속되면 수신 측 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>둘 다 저장 공간 문제입니다. 452는 일시적이고(공간이 다시 생길 수 있음), 552는 영구적입니다(이 메시지에 대한 할당량을 넘음).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>확장 코드로 경우가 나뉩니다. 4.2.2나 4.3.1이 붙은 452는 회복될 수 있는 가득 찬 사서함이나 디스크이고, 5.2.2가 붙은 552는 할당량을 넘은 사서함, 5.3.4나 5.2.3이 붙은 552는 너무 큰 메시지입니다.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>452라면 큐가 재시도하게 두고 수신자에게 사서함이 가득 찼다고 알리세요. 5.2.2가 붙은 552라면 수신자에게 공간을 비워 달라고 요청한 뒤 다시 보내세요. 크기 관련 코드가 붙은 552라면 더 작은 메시지를 보내거나 첨부 파일 대신 링크를 보내세요.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454는 서버 측에서 TLS나 인증이 일시적으로 실패한 것이고, 530은 클라이언트가 요구 사항을 충족하지 않은 것입니다.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454는 STARTTLS나 AUTH 자체에 대한 응답이므로(&quot;454 4.7.0 Temporary authentication failure&quot;) 클라이언트는 올바르게 동작한 것입니다. 530은 클라이언트가 STARTTLS나 AUTH를 건너뛰었을 때 MAIL FROM에 대한 응답입니다.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>454 뒤에는 클라이언트가 나중에 재시도하고, 수신 측 관리자가 인증서나 비밀번호 백엔드를 확인합니다. 530 뒤에는 클라이언트 설정을 바꿔야 합니다. TLS를 시작한 다음 인증하세요.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500은 서버가 그 줄을 이해하지 못했다는 뜻이고, 502는 명령은 이해했지만 이 서버에서는 구현하지 않았다는 뜻입니다.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502는 VRFY나 EXPN처럼 꺼 둔 알려진 명령에 대한 응답입니다(&quot;502 5.5.1 VRFY command is disabled&quot;). 500은 의미 없는 데이터, 너무 긴 줄, 또는 평문 포트에 보낸 TLS 핸드셰이크처럼 다른 프로토콜에 대한 응답입니다. Postfix 3.7 이상은 알 수 없는 명령에도 500 5.5.2로 응답합니다.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>500이라면 클라이언트가 올바른 포트에서 올바른 방식으로 SMTP를 쓰는지 확인하세요(465는 암시적 TLS, 587과 25는 STARTTLS). 502라면 그 명령을 더 이상 쓰지 마세요. 고장 난 것은 없습니다.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501은 명령 인수를 쓴 형식을 거부하고, 553은 사서함 이름 자체를 거부합니다.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501은 잘못된 구문 뒤에 옵니다. 꺾쇠괄호 누락, 잘못된 EHLO 이름, 알 수 없는 매개변수(&quot;501 5.5.4&quot;) 등입니다. 553은 구문 분석은 되지만 받아들여지지 않는 주소 뒤에 옵니다(5.1.3, 5.1.7 또는 로그인한 계정이 소유하지 않은 발신자 주소).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>501이라면 명령 자체가 잘못된 형식이므로 발송 소프트웨어나 그 설정을 고치세요. 553이라면 사용자가 입력한 주소나 보낼 때 쓰는 신원을 고치세요.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503은 순서가 잘못된 명령이고, 530은 클라이언트가 인증하거나 TLS를 시작할 때까지 거부되는 명령입니다.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503은 MAIL FROM 전의 RCPT TO, 수신자 지정 없이 보낸 DATA, 또는 제공되지 않는 곳에서 보낸 AUTH 뒤에 옵니다(Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530은 MAIL FROM에 &quot;Authentication required&quot;나 &quot;Must issue a STARTTLS command first&quot;로 응답합니다.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>503이라면 클라이언트의 명령 순서를 고치세요. EHLO, STARTTLS, 다시 EHLO, AUTH, MAIL FROM, RCPT TO, DATA 순입니다. 530이라면 클라이언트의 계정 설정에서 TLS와 SMTP 인증을 켜세요.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530은 클라이언트가 인증하지 않았다는 뜻이고, 535는 인증을 시도했지만 자격 증명이 거부되었다는 뜻입니다.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535는 AUTH에 대한 응답입니다. 530은 AUTH를 보낸 적이 없는 클라이언트의 MAIL FROM이나 RCPT TO에 대한 응답입니다.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>530이라면 클라이언트에서 인증을 켜세요. 535라면 사용자 이름과 비밀번호, 제공업체가 앱 비밀번호를 요구하는지, 그 계정에 SMTP AUTH가 허용되는지 확인하세요.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534는 로그인 방식을 거부하고, 535는 자격 증명을 거부합니다.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>534라면 비밀번호는 맞을 수도 있습니다. 메커니즘이 너무 약하거나, 제공업체가 앱 비밀번호나 브라우저 로그인을 요구하는 것입니다(Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). 535라면 사용자 이름이나 비밀번호가 틀렸거나 그 계정이 SMTP를 쓸 수 없는 것입니다.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>534라면 제공업체가 요구하는 대로 TLS와 더 강력한 메커니즘, 앱 비밀번호 또는 OAuth를 쓰세요. 535라면 자격 증명을 바로잡거나 계정 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>한 응답의 두 층입니다. 535는 거부된 자격 증명에 대한 기본 코드이고 5.7.8은 같은 내용의 확장 코드이며, 대개 535 5.7.8처럼 함께 옵니다.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>클라이언트 로그에는 AUTH 직후 &quot;535 5.7.8&quot;이나 &quot;535-5.7.8 Username and Password not accepted&quot;가 표시됩니다. 일부 서버는 확장 코드 없이 535를 보내며, 의미는 같습니다.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>자격 증명(사용자 이름, 비밀번호 또는 앱 비밀번호)을 고치고, 그 계정이 SMTP AUTH를 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551은 수신자가 이 서버에 없다고 하면서 대신 보낼 곳을 알려 주고, 550은 다른 곳을 가리키지 않고 수신자를 거부합니다.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>551 응답에는 forward-path(&quot;please try &lt;address&gt;&quot;)가 들어 있습니다. 오늘날에는 드물며, 일부 서버는 릴레이 거부에 이 코드를 잘못 씁니다. 550 응답은 그 대신 사유나 확장 코드를 밝힙니다.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>551 뒤에는 제시된 주소가 진짜인지 확인하고 그 주소로 다시 보내세요. 550 뒤에는 확장 코드를 읽으세요. 5.1.1은 잘못된 주소, 5.7.1은 정책상 거부입니다.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553은 주소 자체, 즉 그 형식이나 발신자가 그 주소를 쓸 권한을 거부하고, 550은 다른 이유로 사서함이나 메시지를 거부합니다.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553은 대개 MAIL FROM이나 RCPT TO에서 5.1.3, 5.1.7 또는 &quot;Sender address rejected: not owned by user&quot; 같은 텍스트와 함께 옵니다. 550은 5.1.1(존재하지 않는 사용자), 5.7.1(정책) 또는 차단과 함께 옵니다.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>553이라면 주소를 바로잡으세요. 오타, 허용되지 않는 문자, 또는 로그인한 계정으로 쓸 수 없는 From 주소입니다. 550이라면 확장 코드에 따르세요.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550은 대개 수신자 하나를 거부하고, 554는 연결 시점이나 메시지 데이터 뒤에 트랜잭션 전체를 거부합니다.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>어디서 나오는지 보세요. 550은 RCPT TO(또는 MAIL FROM)에 대한 응답이고, 554는 인사 메시지(&quot;No SMTP service here&quot;)이거나 콘텐츠 및 평판 검사가 실행되는 DATA 끝에 대한 응답입니다.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>550이라면 수신 주소나 그 수신자에 대한 정책상 사유를 확인하세요. DATA 뒤의 554라면 콘텐츠, 차단 목록에 오른 발신 IP 주소, 도메인의 인증을 확인하세요. 인사 메시지의 554라면 IP 주소 자체가 거부된 것입니다.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>둘은 양자택일이 아니라 한 응답의 두 층입니다. 550은 기본 응답 코드(영구적, 사서함 사용 불가)이고, 5.1.1은 그 이유(사서함이 존재하지 않음)를 말해 주는 확장 상태 코드입니다.</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>&quot;550 5.1.1 User unknown&quot; 같은 응답에는 둘 다 들어 있습니다. 550은 5.7.1, 5.2.1, 5.1.10 등과도 함께 쓰이므로 550만으로는 어느 것인지 결코 알 수 없습니다. 5.1.1은 반송 보고서의 Status 필드에도 나타납니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>확장 코드가 있으면 그것부터 읽으세요. 둘 중 더 정확한 쪽입니다. 응답에 550만 있다면 그 뒤의 텍스트가 유일한 단서입니다.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>한 응답의 두 층입니다. 552는 저장 할당량 초과에 대한 기본 코드이고, 5.3.4는 메시지가 시스템에 비해 너무 크다고 말하는 확장 코드입니다.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552만으로는 모호합니다. 5.2.2(가득 찬 사서함)와 5.2.3(수신자의 크기 한도)과도 함께 쓰이기 때문입니다. 5.3.4와 함께라면 사유는 서버의 메시지 크기 한도입니다.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>확장 코드를 읽으세요. 5.3.4라면 더 작은 메시지를 보내고, 5.2.2라면 수신자가 공간을 비워야 합니다.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521은 누구의 메일도 결코 받지 않는 호스트이고, 인사 메시지의 554는 대개 IP 주소 때문에 이 클라이언트를 거부하는 것입니다.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521은 메일을 전혀 받지 않도록 설정된 호스트에서 오며, 그 도메인은 흔히 null MX도 게시합니다. 인사 메시지의 554는 보통 차단 목록, 정책 또는 자신의 주소를 밝힙니다.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>521 뒤에는 그곳으로 보내는 것을 중단하세요. 주소나 MX 레코드가 잘못되었습니다. 554 뒤에는 명시된 차단 목록에서 발신 IP 주소를 확인하고 차단 해제를 요청하거나, 평판이 좋은 서버를 통해 보내세요.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556은 수신자의 도메인이 메일을 전혀 받지 않는다는 뜻이고, 554는 이 트랜잭션이 텍스트에 나온 이유로 실패했다는 뜻입니다.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556은 5.1.10과 함께 오며, 흔히 자신의 발신 서버가 도메인의 null MX(&quot;MX 0 .&quot;)를 발견하고 수신자에게 연결하기도 전에 보냅니다. 554는 원격 서버에서 인사 메시지 때나 DATA 뒤에 옵니다.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>556 뒤에는 그 주소로는 보낼 수 없습니다. 수신자에게 다른 주소를 요청하세요. 554 뒤에는 텍스트를 읽으세요. 차단 목록, 콘텐츠 또는 정책 중 하나입니다.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1은 수신자의 서버가 모르는 사서함이고, 5.1.10은 메일을 전혀 받지 않는다고 선언한 도메인(null MX)입니다.</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1은 RCPT TO 뒤에 수신자의 서버에서 옵니다. 5.1.10은 대개 자신의 발신 서버에서 오며, 이 서버는 도메인의 null MX를 읽고 연결하지 않았습니다.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1이라면 @ 앞부분에 오타가 있는지 확인하세요. 5.1.10이라면 사서함 이름을 어떻게 써도 소용없습니다. 다른 도메인의 주소를 요청하세요.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1은 존재하지 않는 주소이고, 5.2.1은 존재하지만 비활성화되었거나 정지된 사서함입니다.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>텍스트로 알 수 있습니다. 5.1.1이면 &quot;does not exist&quot;, &quot;no such user&quot; 또는 &quot;user unknown&quot;, 5.2.1이면 &quot;disabled&quot;, &quot;inactive&quot; 또는 &quot;suspended&quot;입니다.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1이라면 주소를 바로잡으세요. 5.2.1이라면 다른 방법으로 수신자에게 연락하고, 반송이 몇 주 동안 반복되면 그 주소는 없어진 것으로 보고 목록에서 지우세요.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1은 @ 앞부분(사서함)의 문제이고, 5.1.2는 @ 뒷부분(도메인)의 문제입니다.</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2는 흔히 DNS에서 도메인을 찾지 못한 자신의 서버에서 옵니다. 5.1.1은 사서함을 조회했지만 아무것도 찾지 못한 수신자의 서버에서 옵니다.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>잘못된 부분을 바로잡으세요. 5.1.1이면 사용자 이름, 5.1.2면 도메인입니다.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2는 수신자의 도메인이 유효한 메일 목적지가 아니라는 뜻이고, 5.4.4는 발신 시스템이 그곳으로 가는 경로를 찾지 못했다는 뜻입니다.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2는 존재하지 않는 도메인(NXDOMAIN), 흔히 오타 뒤에 옵니다. 5.4.4는 DNS가 응답은 하지만 쓸 수 있는 경로가 없을 때 옵니다. 주소가 없는 이름을 가리키는 MX, 또는 해석할 수 없는 레코드입니다.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>5.1.2라면 도메인 철자를 고치세요. 5.4.4라면 수신 도메인의 관리자가 MX 레코드를 고칩니다. 여러 도메인이 실패한다면 발신 서버 자체의 DNS 리졸버를 확인하세요.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10은 메일을 받지 않는 수신자의 도메인에 관한 것이고, 5.7.27은 메일을 받지 않는다고 선언해서 발신자로서 거부되는 발신자의 도메인에 관한 것입니다.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10은 수신 주소를 밝히며 대개 자신의 발신 서버에서 옵니다. 5.7.27은 수신 서버가 자신의 MAIL FROM 또는 From 도메인에 대해 보냅니다.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>5.1.10이라면 다른 수신 주소를 쓰세요. 5.7.27이라면 발신 측 관리자가 null MX를 없애거나, 회신과 반송 메시지를 받을 수 있는 도메인에서 보냅니다.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>같은 가득 찬 사서함이지만, 4.2.2는 발신 서버가 재시도하고 5.2.2는 즉시 포기합니다.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>다른 것은 클래스뿐이며, 같은 상황에도 서버마다 선택이 다릅니다. 452 4.2.2를 보내는 서버가 많지만 552 5.2.2를 보내는 서버도 있습니다.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>4.2.2 뒤에는 할 일이 없습니다. 큐가 재시도하며, 수신자에게 사서함이 가득 찼다고 알려 줄 수 있습니다. 5.2.2 뒤에는 메시지를 다시 보내기 전에 수신자가 공간을 비워야 합니다.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2는 가득 찬 사서함이고, 5.2.3은 수신자의 크기 한도보다 큰 메시지 하나입니다.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>5.2.2라면 텍스트가 할당량이나 가득 찬 사서함을 언급하고, 5.2.3이라면 메시지 크기를 언급합니다. 짧은 테스트 메시지는 5.2.3 사서함에는 도달하지만 5.2.2 사서함에는 결코 도달하지 못합니다.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>5.2.2라면 수신자가 공간을 비웁니다. 5.2.3이라면 더 적게 보내세요. 첨부 파일을 압축하거나 링크를 공유하세요.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>둘 다 크기 문제입니다. 5.3.4는 서버 전체의 한도이고, 5.2.3은 수신자나 사서함에 설정된 한도입니다.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4는 SIZE 매개변수가 서버가 알린 한도를 넘으면 이르게는 MAIL FROM에서부터 올 수 있으며 그 서버의 모든 수신자에게 적용됩니다. 5.2.3은 특정 수신자에 대해 옵니다.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>어느 쪽이든 더 작은 메시지를 보내세요. 5.3.4 한도는 수신 측 관리자만 올릴 수 있습니다(Postfix에서는 message_size_limit). 5.2.3 한도는 해당 사서함이나 그룹에만 해당할 수 있습니다.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1은 수신 호스트에 연결할 수 없었다는 뜻이고, 4.4.2는 연결은 되었지만 그 뒤 끊겼다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix는 연결 중에 4.4.1을 &quot;Connection timed out&quot;이나 &quot;Connection refused&quot;와 함께, 4.4.2를 &quot;lost connection with ... while sending ...&quot;과 함께 기록합니다.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>4.4.1이라면 나가는 포트 25가 열려 있는지, MX 호스트가 동작 중인지, 그 주소가 올바른지 확인하세요. 4.4.2라면 세션 도중 원격 측이 무엇을 했는지 살펴보세요. 타임아웃, TLS 실패, 또는 긴 전송을 끊는 방화벽입니다.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>둘 다 제시간에 배달하지 못한 메시지에 관한 것입니다. 4.4.7은 메시지가 아직 큐에 있다는 경고이고, 5.4.7은 큐 보존 기간이 끝난 뒤의 최종 실패입니다.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>4.4.7 알림은 메시지가 지연되고 있으며 서버가 계속 시도한다고 알립니다(Action: delayed). 5.4.7 반송 메시지는 서버가 포기했다고 알리며(Action: failed) 메시지를 돌려보냅니다.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>4.4.7 뒤에는 아직 잃은 것이 없습니다. 목적지에 도달할 수 없는 이유를 찾으세요. 5.4.7 뒤에는 목적지가 메일을 받게 되면 메시지를 다시 보내야 합니다.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>둘 다 수신자가 너무 많다는 뜻입니다. 4.5.3은 나머지를 다른 트랜잭션으로 보내 달라고 요청하고, 5.5.3은 수신자가 너무 많다는 이유로 메시지를 거부합니다.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3은 서버의 트랜잭션당 한도에 도달한 뒤 452와 함께 오며, 그 전에 수락된 수신자는 메시지를 그대로 받습니다. 5.5.3은 영구 거부이며, 흔히 제공업체의 메시지당 수신자 한도 때문입니다.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>4.5.3 뒤에는 할 일이 없습니다. 메일 서버가 나머지 수신자에게 알아서 보냅니다. 5.5.3 뒤에는 수신자 목록을 나누거나 메일링 리스트나 대량 발송 서비스를 이용하세요.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>둘 다 보안이나 정책상의 일시적 거부입니다. 4.7.0은 구체적인 이유를 밝히지 않고, 4.7.1은 지금은 배달이 허가되지 않는다고 말합니다.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0은 흔히 TLS나 인증 문제, 그리고 의심스러운 트래픽에 대한 속도 제한과 함께 나타나고, 4.7.1은 흔히 그레이리스팅이나 발신 IP 주소의 일시적 차단과 함께 나타납니다. 믿을 만한 단서는 텍스트뿐입니다.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>어느 쪽이든 큐가 재시도하게 두세요. 계속된다면 발신 IP 주소의 평판, 역방향 DNS, 도메인의 SPF와 DKIM, TLS가 동작하는지 확인하세요.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0은 불특정 보안 거부이고, 5.7.1은 발신자, 수신자 또는 릴레이가 허가되지 않아서 거부하는 것입니다.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0은 TLS나 인증이 먼저 필요할 때 530과 함께 나오는 것이 전형적입니다. 5.7.1은 대개 550이나 554와 함께 오며 사유를 밝힙니다. 릴레이 거부, 차단 목록, 수신자에 대한 정책 등입니다.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>5.7.0이라면 텍스트가 밝히는 요구 사항(STARTTLS, AUTH)을 충족하세요. 5.7.1이라면 주어진 사유에 따라 조치하세요. 릴레이하려면 인증하고, 차단 해제를 받거나, 수신자에게 발신자를 허용해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1은 모든 종류의 권한 거부이고, 5.7.26은 특히 인증(SPF와 DKIM, 따라서 DMARC)에 실패한 메일입니다.</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>5.7.26 텍스트는 인증, SPF, DKIM 또는 DMARC를 언급합니다. 5.7.1 텍스트는 릴레이, 차단 목록, 정책 또는 발신자를 밝힙니다.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>5.7.26이라면 발신 도메인의 관리자가 SPF를 고치고, DKIM으로 서명하고, 둘 다 From 도메인과 정렬합니다. 5.7.1이라면 텍스트의 사유에 따르세요.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>배달이 허가되지 않았다는 같은 거부이지만, 4.7.1은 일시적이고 5.7.1은 영구적입니다.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>클래스로 알 수 있습니다. 4.7.1은 대개 그레이리스팅이나 일시적 차단 때문에 메시지를 발신자의 큐에 남겨 두고, 5.7.1은 즉시 돌려보냅니다.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>4.7.1 뒤에는 큐가 같은 IP 주소에서 재시도하게 두세요. 5.7.1 뒤에는 텍스트가 밝히는 사유를 없앤 다음 다시 보내세요.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8은 거부된 사용자 이름이나 비밀번호이고, 5.7.0은 불특정 보안 사유로, 로그인 시에는 흔히 인증 자체가 필요하다는 뜻입니다.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8은 AUTH 뒤에, 대개 535 5.7.8로 옵니다. 5.7.0은 클라이언트가 로그인하지 않거나 TLS 없이 보내려 했을 때 AUTH 전에 530 5.7.0으로 옵니다.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8이라면 자격 증명을 바로잡거나 앱 비밀번호를 쓰세요. 5.7.0이라면 클라이언트에서 TLS와 인증을 켜세요.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8은 자격 증명을 거부하고, 5.7.9는 인증 메커니즘이나 비밀번호 종류를 거부합니다.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8은 535와 함께 오고, 5.7.9는 534 및 &quot;Application-specific password required&quot; 같은 텍스트와 함께 옵니다.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8이라면 사용자 이름이나 비밀번호를 고치세요. 5.7.9라면 제공업체가 요구하는 대로 더 강력한 메커니즘, 앱 비밀번호 또는 OAuth로 바꾸세요.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>둘 다 인증에 암호화가 필요하다는 뜻입니다. 5.7.10(523과 함께)은 메커니즘을 쓰기 전에 암호화 계층을 요구하고, 5.7.11(538과 함께)은 선택한 메커니즘이 암호화된 연결에서만 동작한다고 말합니다.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>기본 코드로 구별됩니다. 523은 5.7.10과, 538은 5.7.11과 함께 쓰입니다. 둘 다 암호화되지 않은 연결에서 AUTH에 대한 응답이며, 최신 서버는 TLS 전에 비밀번호 메커니즘을 제공하지 않으므로 둘 다 드뭅니다.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>두 경우 모두 AUTH 전에 TLS를 시작하고(STARTTLS, 또는 포트 465의 암시적 TLS), 클라이언트가 평문으로 되돌아가지 않는지 확인하세요.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23은 SPF 검사만 실패한 것이고, 5.7.26은 여러 인증 검사가 실패해서 메시지에 통과하는 DKIM 서명도 없었다는 뜻입니다.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>5.7.23 텍스트는 SPF와 흔히 발신 IP 주소를 밝히고, 5.7.26 텍스트는 메시지가 인증되지 않았다고 말하거나 DMARC를 언급합니다.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>5.7.23이라면 발신 서버나 서비스를 도메인의 SPF 레코드에 추가하세요. 5.7.26이라면 그렇게 하고, 추가로 From 도메인과 정렬된 DKIM으로 서명하세요.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25는 유효한 역방향 DNS가 없는 발신 IP 주소를 거부하고, 5.7.1은 일반적인 권한 거부입니다.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>5.7.25 텍스트는 PTR이나 역방향 DNS를 언급합니다(Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1은 다른 사유를 밝힙니다.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>5.7.25라면 IP 주소를 소유한 쪽(호스팅 또는 네트워크 제공업체)에 이름이 다시 같은 주소로 해석되는 PTR 레코드를 요청하세요. 5.7.1이라면 텍스트에 따르세요.</translation>
    </message>
</context>
</TS>
