<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>接続を開始できません</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>101 を SMTP 応答として定義している RFC はありません。SMTP サーバーが送信できるのは 2、3、4、5 で始まるコードだけで、SMTP には 1xx クラス自体が存在しません。目にする番号はほぼ必ず OS のエラー番号で、たいていは Linux の errno 101、ENETUNREACH（Network is unreachable）です。TCP 接続すら開けなかったクライアントやライブラリがこれを表示しています。421 や、同種の障害でメールサーバーがログに記録する拡張ステータスコード 4.4.1 と混同されがちです。</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>SMTP のやり取りが始まる前、クライアントがまだ接続を試みている段階です。典型的な出どころは PHPMailer（&quot;Failed to connect to server: Network is unreachable (101)&quot;）、Python smtplib（&quot;[Errno 101] Network is unreachable&quot;）、および &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot; のような Postfix のログ行です。IPv6 が正常に機能していないホストから宛先 MX の IPv6 アドレスへ接続しようとしたケースが非常に多く見られます。</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>メッセージにも受信者にも問題はありません。送信ホストからサーバーへのネットワーク経路がないのです。送信者側の管理者（またはスクリプトが動いているホストの運用者）がデフォルトルートを確認し、失敗が IPv6 アドレス宛てであれば、IPv6 の接続性を修復するか、メールソフトウェアが IPv4 だけを使うように設定します（Postfix では inet_protocols = ipv4）。あわせて、クライアント設定のサーバー名が想定どおりのアドレスに解決されること、VPN やコンテナのネットワークでルートが欠けていないことも確認してください。ホストがサーバーに到達できるようになれば、キュー内のメールは次回の再試行で送出されます。</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>メールサーバーはこれを一時的な失敗として扱います。メッセージはキューに残り、間隔を延ばしながら再送されます。スクリプトやアプリケーションは時間を置いて再試行するか、利用者に失敗を通知してください。経路が修正されるまでは、何度試しても解決しません。</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>宛先に AAAA レコードがあり、送信ホストで IPv6 が有効になっているのに IPv6 のデフォルトルートがないため、IPv6 での接続試行がすべて即座に失敗しています。</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>送信ホストに使えるデフォルトルートがまったくありません。たとえば、ゲートウェイの設定を誤ったコンテナ、VM、インストール直後のサーバーなどです。</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>送信側の VPN、ポリシールーティング、ファイアウォールルールによって、サーバーのネットワーク宛ての通信がどこにも転送されていません。</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>この番号はブログの「SMTP エラーコード」一覧から写されたものです。実際にはクライアントのソケットエラーであり、メールサーバーが返したものではありません。</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>クライアントが接続を試みるサーバーの IPv6 アドレスと IPv4 アドレスを調べます。</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>失敗しているアドレスに対してカーネルがどのルートを使うかを問い合わせます。ここでエラーになれば、ルーティングの問題だと確定できます。</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>クライアントが使うポート（25、465、587 のいずれか）に、単純な TCP 接続を試みます。</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Postfix ホストで、最近の「ネットワーク到達不能」による失敗を一覧表示し、すべて IPv6 宛てかどうかを確認します。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>111 を SMTP 応答として定義している RFC はなく、メールサーバーがこれを送ることはあり得ません。SMTP の応答は必ず 2、3、4、5 のいずれかで始まるからです。この番号は Linux の errno 111、ECONNREFUSED で、そのポートで何も待ち受けていないか、ファイアウォールが拒否しているために、クライアントの接続試行が TCP リセットや ICMP port-unreachable によって能動的に拒否されたことを示します。実際に応答したサーバーから返る 421 や 554 と混同されがちで、接続失敗時にメールサーバーがログに記録する 4.4.1 に相当します。</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>接続時、グリーティングより前です。Python では &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot;、PHPMailer では &quot;Connection refused (111)&quot;、Postfix のログでは dsn=4.4.1、status=deferred とともに &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; として現れます。Windows のソフトウェアは同じ状態をソケットエラー 10061 として報告します。</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>まず、どちら側が拒否しているのかを突き止めます。サーバーを運用している場合は、メールサービスが稼働していること、127.0.0.1 だけでなく公開アドレスの正しいポートで待ち受けていること、ホストのファイアウォールで許可されていることを確認します。送信者側であれば、アプリケーションが正しいホストとポート（サブミッションには 587 または 465、サーバー間では 25）を使っていること、ローカルやプロバイダーのファイアウォールが外向きの SMTP を拒否していないことを確認します。すでに MTA のキューに入っているメールは、ポートが接続を受け付けるようになれば、以降の再試行で配送されます。</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>一時的な失敗として扱います。MTA はメッセージをキューに保持し、キューの保持期間が切れるまで（Postfix のデフォルトは 5 日）間隔を延ばしながら再送します。アプリケーションは時間を置いてから再試行し、担当者に通知してください。待ち受けやファイアウォールが修正されるまで、拒否は繰り返されます。</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>サーバー上のメールサービスが停止またはクラッシュしていて、ポート 25、465、587 のいずれでも待ち受けていません。</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA がループバックインターフェースにのみバインドされている（たとえば Postfix で inet_interfaces = loopback-only）のに、クライアントがネットワーク越しに接続しています。</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>アプリケーションの接続先ホストやポートが誤っています。たとえば、587 しか提供していないサーバーに 465 で接続している、あるいは廃止済みのサーバー名を指定しているなどです。</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>サーバーの前段にあるファイアウォールが、パケットを黙って破棄するのではなく、リセットを返してそのポートへの接続を拒否しています。</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>クライアントのネットワークから、そのポートが TCP 接続を受け付けるかどうかを試します。</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>サーバー上で、待ち受け中の SMTP ソケットと、それぞれがバインドされているアドレスを一覧表示します。</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Postfix サーバーで、どのインターフェースとプロトコルにバインドしているかを表示します。</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>送信側 MTA で最近拒否された接続を一覧表示し、影響を受けている宛先を確認します。</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>非標準の成功応答</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 は有効な SMTP 応答ではなく、過去に有効だったこともありません。RFC 821 は 200 を定義しておらず、NOOP や RSET などのコマンドは 250 で成功を返します。ここに収録しているのは、1983 年に SMTP サーバーを調査した RFC 876 で、初期のサーバーの一部が 250 を返すべき場面で誤って 200 を返していたことが確認されているからにすぎません。</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>今日のメールではまず見かけません。かつては 1980 年代初頭の一部のサーバーが NOOP や RSET に対して返していました。現在 200 が報告される場合、たいていは手作りやモックの SMTP サーバーから返されたものか、Web ベースの送信 API の HTTP 200 ステータスが SMTP コードと並んでログに記録されたものです。</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>メッセージ側で修正することはありません。SMTP コマンドに実際に 200 で応答するサーバーは、実装者が 250 を返すように修正すべきです。RFC 5321 に従うクライアントは未知のコードの 1 桁目だけを読むので、200 を成功として扱います。修正が必要なのは 200 で処理を中断してしまうクライアントだけで、そのソフトウェアの保守担当者が対応します。200 が HTTP のメール API から返されている場合は、SMTP としての意味を探すのではなく、そのサービスの配送イベントを確認してください。</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>再試行は不要です。RFC 5321 に従うクライアントは先頭の 2 を成功と解釈して処理を続けます。厳格なクライアントがセッションを中断した場合に限り、クライアントまたはサーバーを修正したうえで再送してください。</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>NOOP、RSET、その他の成功したコマンドに対して 250 ではなく 200 を返す、非常に古い SMTP サーバーや自作の SMTP サーバーです。</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>HTTP のメール API が 200 OK を返し、そのステータスが SMTP 応答であるかのように読み取られました。</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>リファレンスの一覧から拾ったコードを返すテストハーネスやモックの SMTP サーバーです。</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>サーバーと手動でやり取りし、どのコマンドで 200 が返るかを確認します。</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Postfix のログで 200 で始まるリモート応答を検索し、そもそもその 200 が SMTP セッションから来たものかどうかを確認します。受け付けられたメッセージでは status=sent (...)の中に応答が示され、想定外の応答は &quot;said:&quot; の後に示されます。</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>システムステータス、またはシステムヘルプ応答</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 は、サーバー自体のステータスやヘルプ情報を伝える成功応答です。RFC 5321 は HELP への有効な応答として 214 と並べて挙げていますが、ほとんどのサーバーはヘルプテキストに 214 を使うため、実際に見かけることはまれです。特定のメッセージについては何も示しません。</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>手動のセッションやスキャンの中で、誰かが HELP や、一部のサーバーが実装している独自のステータスコマンドを送ったときだけです。たとえば nmap の smtp-commands スクリプトは、サーバーが対応している機能を一覧するために EHLO と HELP を送ります。通常の配送、バウンス、キューのログには現れません。</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>修正は不要です。これは情報提供のための成功応答です。詳しく調べる必要があるのは、クライアントがこれをエラーとして扱う場合（そのクライアントソフトウェアのバグです）か、サーバーの管理者が、外部の相手にサーバー自身について開示する情報を制限したい場合だけです。</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>再試行は不要です。HELP はメールのトランザクションに何の影響も与えないので、クライアントはそのまま次のコマンドに進みます。</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>サーバーを手動でテストしていた人が HELP を入力し、この実装が 214 ではなく 211 で応答しました。</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>スキャナーや資産管理ツールが、サーバーを識別してコマンドを一覧するために HELP を送りました。</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>サーバーが非標準のステータスコマンドを提供しており、その出力に 211 を付けています。</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>自分で HELP を送り、返ってきたコードを一般的な 214 と比べます。</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>サーバーが対応を表明しているコマンドと拡張機能を一覧表示します。</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>ヘルプメッセージ（人間の利用者向け）</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 は HELP に対する通常の成功応答です。続くテキストは、対応コマンドの一覧や非標準コマンドの説明など、セッションを読む人間に向けたものです。プログラムがこれを解析すべきではなく、メールが受け付けられるかどうかについては何も示しません。</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>HELP の後、対話的なセッションやスクリプトによるセッションで、通常は複数行の応答として現れます。Exim は &quot;214-Commands supported:&quot; とコマンド一覧で、Sendmail は複数行の &quot;214-2.0.0&quot; のヘルプテキストで応答します。Postfix は HELP を実装しておらず代わりに 502 を返すので、Postfix で 502 が返っても障害ではありません。</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>修正は不要です。HELP は正常に動作しています。214 応答のコマンド一覧は不完全だったり古かったりすることがあるので、実際に提供されている拡張機能（STARTTLS、AUTH、SIZE、PIPELINING）は EHLO 応答で確認してください。ソフトウェアの詳細を公開したくないサーバー管理者は、ヘルプテキストを短くできます。</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>再試行は不要です。HELP はメールのトランザクションの外にあるので、クライアントは予定どおり EHLO、MAIL FROM、QUIT へと進みます。</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>管理者やサポートエンジニアが、telnet や openssl でのテストセッション中に HELP を入力しました。</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>監視ツールやセキュリティスキャンツールが、対応コマンドを収集するために HELP を送りました。</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>クライアントが、特定のコマンドのヘルプを得るためにコマンド名を引数にして HELP を送りました。</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>HELP のテキストを、クライアントが実際の動作の根拠とする EHLO 応答で通知された拡張機能と比較します。</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>手動でセッションを開いて HELP を送ります。必要に応じてコマンド名を続けます。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; サービス準備完了</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 はサーバーのグリーティング（挨拶）です。TCP 接続が確立し、SMTP サービスが EHLO を受け付けられる状態にあることを示します。コードの直後の語はサーバーのホスト名であるべきです。同じコードは STARTTLS への応答にも使われ（多くのサーバーでは &quot;220 2.0.0 Ready to start TLS&quot;）、クライアントが今すぐ TLS ハンドシェイクを始めてよいことを伝えます。</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>接続に成功するたびに、クライアントが何か送る前の最初の行として現れ、さらに STARTTLS への応答としても現れます。典型的なバナーは &quot;ESMTP Postfix&quot;、Microsoft の &quot;Microsoft ESMTP MAIL Service ready&quot;、末尾が &quot;- gsmtp&quot; の Gmail のバナーなどです。&quot;220-&quot; で始まるグリーティングは複数行にわたります。Postfix の postscreen は、自分の番を待たずに話し始めるスパムボットを捕らえるため、こうした途中までのグリーティングを意図的に送ります。</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>修正は不要です。サーバーは稼働しており、セッションを受け付けています。詳しく調べるべきなのは、グリーティングが返るまでに何秒もかかる場合（サーバー側の逆引き DNS が遅い、または意図的なグリーティング遅延）、想定外のホスト名が示される場合（ロードバランサー、ポート 25 の通信を横取りする装置、誤った IP に接続している可能性があります）、バナーがアスタリスクの列に置き換わっている場合です。最後のケースは Cisco ASA や PIX が ESMTP インスペクションを行っている兆候で、STARTTLS が隠されることもあります。STARTTLS への 220 の直後に TLS ハンドシェイクが失敗する場合は、サーバーの管理者が証明書か TLS プロトコルの設定を修正する必要があります。</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>再試行は不要です。EHLO に進むか、STARTTLS への 220 の後であれば TLS ハンドシェイクを開始してから改めて EHLO を送ります。RFC 5321 が認める 5 分以内にグリーティングが届かない場合は、その接続を切断して次の MX を試すか、後で再試行します。</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>正常に動作している SMTP サーバーへの通常の接続です。グリーティングは想定どおりの最初の応答です。</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>クライアントが STARTTLS を送り、サーバーが TLS のネゴシエーションに同意しました。</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>postscreen や同様のグリーティング前テストによる複数行のグリーティングです。正しく実装されたクライアントは、終わるまでただ待ちます。</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>ファイアウォールや通信を横取りする装置がバナーを書き換えたため、グリーティングに実際のサーバー名が表示されていません。</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>接続してグリーティングを読み、表示されるまでにかかった時間を確認します。</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>STARTTLS を試し、220 応答の後にサーバーが提示する証明書を確認します。</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>サーバーの IP アドレスの逆引き DNS を、グリーティングに示された名前と照合します。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; サービスは通信チャネルを閉じます</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 は QUIT に対するサーバーの応答で、セッションが終了し、サーバーが TCP 接続を閉じようとしていることを示します。成功を意味するのは終了の挨拶についてだけで、それ以前にセッション内で送られたメッセージの成否については何も示しません。</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>セッションの一番最後、クライアントが QUIT を送った後です。Postfix は &quot;221 2.0.0 Bye&quot;、Exchange は &quot;221 2.0.0 Service closing transmission channel&quot;、Exim は &quot;221 mail.example.com closing connection&quot; と応答します。エラーがそれより上にあるやり取りの記録の最下部に現れることが多いため、誤って原因扱いされがちです。</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>修正は不要です。デバッグの際は上へさかのぼってください。メッセージの結果を示すのは、DATA の後の最後のドットに続く応答です（250 なら受付済み、4xx や 5xx なら未受付）。調査が必要なのは、サーバーが 221 を返さずに切断した場合や、QUIT 以外に対して 221 を返した場合だけです。これはタイムアウト、クラッシュ、または中間装置によるセッションの切断を示しています。</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>再試行は不要です。セッションは正常に終了しました。データ終端への応答が 250 だったメッセージは引き渡し済みです。それ以前に 4xx 応答を受けたメッセージは送信者のキューに残り、それぞれ個別に再送されます。</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>クライアントが処理を終えて QUIT を送りました。すべてのセッションの通常の終わり方です。</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>クライアントがそれ以前に拒否（たとえば RCPT TO での 550）を受け、QUIT で行儀よくセッションを閉じました。</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>テストツールや監視プローブが接続し、グリーティングや EHLO 応答を確認して終了しました。</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>同じやり取りの記録から本当の結果を探します。データ終端のドット直後の応答か、MAIL FROM または RCPT TO での拒否です。</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Postfix サーバーでは、disconnect の行を読みます。各コマンドとその成功数が数えられており（たとえば data=1 quit=1）、quit がなければクライアントが接続を切ったことを意味します。</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>認証成功</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 は AUTH のやり取りが成功したことを示します。サーバーがユーザー名とパスワード、またはトークンを受け入れ、クライアントはこのセッションの残りの間、認証済みとなります。通常は拡張ステータスコード 2.7.0 を伴います。認証されただけで任意のアドレスから送信できるわけではなく、サーバーはその後も送信者や受信者を拒否できます。</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>ポート 587 または 465 でのサブミッション中、通常は STARTTLS の後、AUTH PLAIN、AUTH LOGIN、XOAUTH2 などの SASL の認証方式が完了した直後です。メールクライアント、プリンターやスキャナー、Web アプリケーション、スマートホスト経由で中継する MTA のいずれでも見られます。Postfix は &quot;235 2.7.0 Authentication successful&quot; を返します。</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>ログインそのものについては修正不要です。235 の後もメールが失敗する場合は、次の応答を読んでください。MAIL FROM での 553 や 550 は、通常そのアカウントがそのアドレスで送信することを許可されていないことを意味し（たとえば Postfix の reject_sender_login_mismatch）、その後の 5.7.x エラーはポリシーの問題を示します。サーバー管理者は、見慣れない IP アドレスや国からの 235 にも注意してください。盗まれたパスワードでのログイン成功は、乗っ取られたアカウントからの大量スパム送信の典型的な始まりです。</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>再試行は不要です。MAIL FROM に進んでください。同じセッションで再び AUTH を送ってはいけません。AUTH の成功後は、RFC 4954 により、サーバーは 2 回目の AUTH を 503 で拒否しなければなりません。</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>クライアントが、サーバーが提示した認証方式を使い、サーバーが十分に安全と見なす接続上で正しい認証情報を送りました。</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>通常のパスワードの代わりにアプリパスワードや OAuth トークンを必要とするアカウントで、それらが受け入れられました。</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>乗っ取られたアカウントがスパム送信者に使われています。こうしたログインは正規のログインとまったく同じに見えます。</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>swaks（パスワードを尋ねてきます）でログインを再現し、認証情報の問題とクライアント設定の問題を切り分けます。</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Postfix サーバーで、どのアカウントがどのクライアントアドレスからログインしたかを一覧表示します。</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>235 の後に送信者の拒否が続く場合は、サーバーがログイン名と送信者アドレスをどのように対応付けているかを確認します。</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>要求されたメール操作は正常に完了しました</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 は汎用の成功応答で、コマンドが成功したことを示します。EHLO（拡張機能の一覧付き）、MAIL FROM、受け付けられた各 RCPT TO、RSET、NOOP、そして最も重要なメッセージデータの終端に対して返されます。データ終端での 250 は、受信側サーバーがメッセージを配送する責任、または配送できなければバウンスを返す責任を引き受けたことを意味します。受信トレイへの到達を約束するものではなく、受信側がその後メッセージを迷惑メールに振り分けたり、後から配送に失敗してバウンスを返したりすることはあり得ます。</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>通常のセッションの至るところで現れます。「メールは送信されたか」に答えるのは最後のドットの後の 250 で、MTA は受信側のテキストとともにこれをログに記録します。たとえば次のホップも Postfix の場合、Postfix は &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; と記録します。ETRN（RFC 1985）と ATRN（RFC 2645）も、キュー処理や逆方向の接続が開始されたことを示すのに 250 を使います。</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>修正は不要です。受信側サーバーはコマンドまたはメッセージを受け付けました。受信者がメールが届いていないと言う場合は、日時、送信者アドレス、そしてログ上で 250 に続いていたキュー ID またはテキストを伝えてください。この時点からメッセージは受信側サーバーの責任になるので、受信者側の管理者が自分たちのログ、検疫、迷惑メールフォルダーを調べます。</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>再試行は不要です。データ終端で 250 を受けると、送信側 MTA はその受信者を完了扱いにし、自分の持つコピーを破棄します。再送しても重複が生じるだけなので、代わりに受信側で調査してください。</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>コマンドが有効で許可されていたため、サーバーがそれを実行しました。</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>データ終端で、メッセージが受信側のチェックを通過し、配送待ちのキューに入りました。</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>受信側が「先に受け付けて後でフィルタリングする」方式（キュー投入後のコンテンツフィルターや、黙って検疫するプロバイダー）のため、受信トレイに届かないメッセージに対しても 250 を返しました。</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>送信側 Postfix のログで、その受信者についての受付の行を、受信側が返したテキストも含めて探します。</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>送信者側が Exim の場合は、その受信者への配送に関するログ行をすべて集めます。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>250 応答に含まれるキュー ID または Message-ID を使って、受信者側の管理者に自分たちの側でメッセージを追跡してもらいます（Microsoft 365 ではメッセージ追跡、Google Workspace では Email Log Search）。</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail がメッセージを受け付けました。タイムスタンプと ID で、Google のログ内のメッセージを特定できます。受け付けられたことは、Gmail がそれを受信トレイに入れるか迷惑メールに入れるかについては何も示しません。</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange と Exchange Online は、データ終端に対して 2.6.0、メッセージの Message-ID、内部 ID を返します。受信者側の管理者がメッセージ追跡で検索するのはこの Message-ID です。</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>ローカルのユーザーではありません。&lt;forward-path&gt; へ転送します</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 は受信者を受け付けつつ、そのメールボックスはこのサーバー上にはなく、メッセージは応答テキストに示されたアドレスへ転送されることをクライアントに伝えます。成功応答であり、メールは配送されます。RFC 5321 では、サーバーが代わりに 250 で黙って転送することも認められており、ほとんどのサーバーがそうしているため、251 はまれです。ETRN 拡張（RFC 1985）では、同じ番号が &quot;OK, no messages waiting for node &lt;x&gt;&quot;（ノード &lt;x&gt; 宛てに待機中のメッセージはない）を意味します。</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>転送を通知するよう設定されたサーバーが、RCPT TO や VRFY への応答として返します。多くは、ユーザーが新しいアドレスに移った後の、古いシステムや特殊なシステムです。Postfix、Exim、Exchange は黙って転送し、250 を返します。また、要求されたドメイン宛てにサーバーが何も保持していないときの ETRN への応答としても現れます。たとえば、ETRN モードの fetchmail がバックアップ MX に問い合わせた場合です。</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>修正は不要です。受信者にメッセージは届きます。送信者は応答テキストにある新しいアドレスでアドレス帳を更新してもかまいませんが、RFC 5321 は、クライアントがこれを自動で行うのはサーバーを信頼できる場合に限るよう警告しており、クライアントソフトウェアがこれに対応する義務もありません。ETRN への 251 の後は、そのドメインについて取り出すべきキュー内のメールがないというだけです。</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>再試行は不要です。受信者は受け付けられ、やり取りはさらなる RCPT TO や DATA へと続きます。ETRN への 251 の後は、すぐに ETRN を繰り返すのではなく、次の予定時刻に改めて問い合わせます。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>受信者のメールボックスが移転しており、サーバーが転送先アドレスを開示するよう設定されています。</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>ETRN 要求で、サーバーがキューにメッセージを保持していないドメインが指定されました。</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>旧式のサーバーが、プライバシー上の理由から最近の MTA のほとんどが廃止した RFC 821 形式の転送通知を今も使っています。</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>応答テキストにある forward-path を読み、保存済みのアドレスを変更する前に、新しいアドレスを受信者本人に確認します。</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN の場合は、キューを保持しているサーバーがそのドメイン宛てに実際に何を保持しているかを確認します。</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>ETRN を手動で繰り返し（まず EHLO、次に ETRN example.com）、応答を読みます。</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>ユーザーを VRFY で確認できませんが、メッセージを受け付けて配送を試みます</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 は、アドレスを肯定も否定もせずに VRFY に応答するものです。サーバーはそのメールボックスが存在するかどうかを答えない、または答えられないものの、その宛てのメールは受け付けて配送を試みます。RFC 5321 は、セキュリティのために VRFY を無効にしているサーバーは 252 を返すよう定めているため、今日のインターネットではこれが通常の VRFY 応答です。ETRN（RFC 1985）では、252 は &quot;OK, pending messages for node &lt;x&gt; started&quot;（ノード &lt;x&gt; 宛ての保留中メッセージの処理を開始した）を意味します。</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>VRFY の後です。多くはアドレス収集業者、リストクリーニングサービス、スキャナーが送ったもので、管理者が手動でテストしている場合もあります。qmail は常に &quot;252 send some mail, i&apos;ll try my best&quot; と応答し、Gmail も 2.1.5 付きで同じ文言を使います。VRFY 用の ACL がない Exim は &quot;252 Administrative prohibition&quot; と応答します。</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>修正は不要です。252 はサーバーが確認を丁重に断っているものなので、アドレスが存在する証拠と解釈しないでください。あるアドレス宛てのメールが受け付けられるかどうかは、実際のトランザクションでの RCPT TO への応答でしか分かりません。VRFY を有効にするかどうかは受信者側の管理者の判断で、無効のままにしておくのが普通であり、推奨されています。</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>再試行は不要です。VRFY を繰り返しても同じ 252 が返るだけです。実際のメールトランザクションに進むか、QUIT してください。</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>アドレス収集を防ぐためにサーバーで VRFY が無効にされているので、中立的な 252 を返しています。</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>サーバーがそのドメインのメールを受け付ける MX または中継サーバーで、最終的な配送先サーバー上のメールボックスを確認できません。</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>キューにメールがあるドメインについての ETRN 要求が受け付けられ、保留中メッセージの配送が始まりました。</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>配送にとって意味のある RCPT TO で同じアドレスを確認し、DATA の前で止めます。</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>自分の Postfix サーバーで、VRFY が無効になっているかを確認します（無効の場合、Postfix は 252 ではなく 502 を返します）。</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail は VRFY でアドレスを確認することは一切ありません。メールボックスが存在するかどうかにかかわらず、qmail の文言を借りたこの中立的な応答を返します。</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK、ノード &lt;x&gt; 宛ての保留中メッセージ &lt;n&gt; 件の処理を開始しました</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 は ETRN（RFC 1985）に対する成功応答です。指定されたドメインまたはホスト宛てに保持していたメッセージの配送をサーバーが開始したことを示し、その件数を伝えます。この応答は ETRN 拡張にしか存在しません。ETRN は、常時接続ではないサイトが、バックアップ MX やプロバイダーのメールサーバーに対して自分宛てのキューを送り出すよう要求するための拡張です。</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>ETRN コマンドの後だけです。ETRN を送るのは通常、ETRN モードの fetchmail、回線がつながったときの小規模オフィスのメールサーバー、または手動でテストしている管理者です。サーバーは ETRN に対して代わりに単純な 250 や 252 を返してもよく、実際に多くのサーバーがそうしている（たとえば Postfix は 250 を返す）ため、253 を見かけることはまれです。</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>修正は不要です。キューの処理が始まっています。保持されていたメッセージは、クライアント自身のサーバーへの新たな受信 SMTP 接続で届きます。届かない場合は、クライアント側の管理者が、キューを保持しているサーバーから自分のサーバーにポート 25 で到達できること、MX レコードとファイアウォールの設定が正しいことを確認します。</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>再試行は不要です。キューの送出は進行中です。ETRN を再び送るのは次回の接続時や定期的な問い合わせの時だけにし、配送が進んでいる間にループで送らないでください。</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>クライアント側のサイトがオンラインになり、自分のメールをキューに保持しているサーバーに、自分のドメインについて ETRN を送りました。</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>ダイヤルアップや動的 IP の回線を使うメールサーバーに代わって、fetchmail や定期ジョブが定期的に ETRN を発行しています。</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>253 の後、自分のサーバーのログで着信する配送を確認します。</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>メールを保持している Postfix の中継サーバーで、必要に応じてそのドメイン宛ての保留中メッセージを手動で送り出します。</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Exim の中継サーバーで、そのドメイン宛てのメッセージについてキューの処理を開始します。</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>サーバーのチャレンジ（base64 テキストが続きます）</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 は AUTH のやり取りの途中で返される中間応答です。サーバーが次の認証データを求めており、コードの後のテキストは base64 でエンコードされたチャレンジです（空の場合もあります）。クライアントは base64 の 1 行で応答するか、中止する場合はアスタリスク 1 文字を送ります。やり取りは成功なら 235、失敗なら 535 などのエラーで終わります。</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>サブミッションの際、クライアントが AUTH を送った直後です。AUTH LOGIN ではサーバーは &quot;334 VXNlcm5hbWU6&quot; と &quot;334 UGFzc3dvcmQ6&quot; を送り、これらはデコードすると &quot;Username:&quot; と &quot;Password:&quot; になります。初期応答なしで送られた AUTH PLAIN では、チャレンジは空です。XOAUTH2 では、OAuth トークンが拒否されると、Gmail は base64 テキストの中身が JSON のエラーである 334 を送ります。</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>それ自体には何の問題もありません。クライアントソフトウェアがチャレンジに応答する必要があります。334 の後でセッションが止まったり失敗したりする場合は、クライアントが誤ったもの（エンコードしていないテキスト、誤った認証方式、期限切れのトークン）を送っています。チャレンジをデコードして、サーバーが何を求めているかを確認してください。XOAUTH2 の JSON エラーであれば、送信者が OAuth トークンを更新するかメールのスコープを許可してから、再度試します。</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>やり取りを続けます。次の base64 の応答行を送るか、やり取りを中止する場合はアスタリスク 1 文字を送ります（サーバーは 501 で応答します）。334 のたびに AUTH をやり直さないでください。</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>クライアントが AUTH LOGIN を開始しました。AUTH LOGIN では必ず 2 回の 334 でユーザー名とパスワードを順に尋ねます。</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>クライアントが AUTH PLAIN などの認証方式を初期応答なしで送ったため、サーバーが空のチャレンジを送っています。</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>CRAM-MD5 のようなチャレンジレスポンス型の認証方式が、base64 の nonce を送っており、クライアントは鍵付きダイジェストでこれに応答する必要があります。</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>XOAUTH2 のトークンが期限切れ、失効済み、またはメールのスコープを欠いており、サーバーは最終的な失敗の前に、これを base64 の JSON チャレンジとして通知しています。</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>チャレンジのテキストをデコードし、サーバーが何を求めているかを確認します。</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>テスト用アカウントで手動テストを行うための AUTH PLAIN 文字列を作成します。これはエンコードされているだけで暗号化されていないので、TLS 上でのみ使ってください。</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>swaks で AUTH のやり取り全体を TLS 上で実行し、記録に残る 334 の各ステップを読みます。</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>XOAUTH2 では、Google はアクセストークンの拒否を 334 チャレンジとして通知します。その base64 テキストをデコードすると、status、schemes、scope を含む JSON になります。クライアントが空行で応答すると、最終的な失敗応答が返されます。</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>メールの入力を開始してください。&lt;CRLF&gt;.&lt;CRLF&gt; で終了します</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 は DATA の後の「送信開始」の合図です。サーバーは少なくとも 1 件の受信者を受け付けており、ヘッダーと本文からなるメッセージ本体を、ドットだけの行で終わる形で受け取ろうとしています。これは中間応答であって受付ではありません。メッセージの成否は最後のドットの後の応答で決まります。</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>クライアントが DATA を送った直後です。BDAT にはこの段階がありません。典型的なテキストは、Postfix の &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;、Exim の &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;、Exchange の &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;、Gmail の &quot;354 Go ahead&quot; です。手動テストでは、ここでヘッダー、空行、本文を入力します。</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>この時点で修正することはありません。354 の直後に現れる問題はデータ転送段階のものです。大きなメッセージの送信中にセッションが止まったりタイムアウトしたりする場合は、ネットワーク経路（MTU の問題、SMTP を検査する中間装置）や低速な回線を疑い、送信者側の管理者が小さなテストメッセージの場合と比較します。ドットの後でサーバーが拒否した場合は、354 ではなくその応答を読んでください。</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>やり取りを続けます。ドットスタッフィングを施した本文と終端のドットを送り、最終応答を待ちます。RFC 5321 はこの応答に 10 分の猶予を認めています。その応答の前に接続が切れた場合は、メッセージは配送されていないものとして扱い、後で再試行してください。</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>少なくとも 1 件の RCPT TO が受け付けられた後にクライアントが DATA を送ったため、サーバーが本文を受け取る準備ができています。</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>telnet や openssl による手動テストがデータ段階に到達しました。</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>PIPELINING を使って、クライアントが受信者と同じまとまりの中で DATA を送り、354 によって少なくとも 1 件の受信者が受け付けられたことが確認されました。</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>小さなテストメッセージを送り、記録の中で 354 と最終応答を確認します。</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>小さなメッセージは通るのに大きなメッセージが 354 の後で止まる場合は、サーバーへの経路 MTU を確認します。</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>送信者側が Postfix の場合は、データ転送と最終応答をそれぞれどれだけ待つ設定になっているかを確認します。</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>オクテットオフセットはトランザクションのオフセットです</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 は、中断された大容量の転送を再開するための RFC 1845（1995 年）の実験的な CHECKPOINT 拡張に属する応答です。クライアントが同じ TRANSID を付けた MAIL FROM を送って中断したトランザクションをやり直すと、途中までのデータを保持しているサーバーは、行頭に数値を置いた 355 で応答します。この数値は、サーバーが次に受け取るべきメッセージデータのオクテットの位置を 0 始まりで示すオフセットです。この拡張は広く普及することはなく、一般的なサーバーは提供していません。</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>実際にはまず見かけません。EHLO 応答で CHECKPOINT を通知したサーバー上で、TRANSID パラメーターを伴う MAIL FROM の後にしか現れ得ません。SMTP コードの一覧には網羅性のために載っていますが、実際の通信で 355 が現れた場合は、テストツールや異常な動作をするサーバーから来ている可能性の方が高いでしょう。</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>通常の運用では修正することはありません。CHECKPOINT を使っていないのにクライアントが 355 を受け取った場合は、サーバーの動作が異常なので、その管理者に知らせてください。TRANSID を送っていないクライアントソフトウェアはそのトランザクションを適切に続行できないので、リセットすべきです。非常に大きなメッセージについては、サーバーが通知する SIZE の上限を守るか、添付ファイルの代わりにリンクを送ってください。</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>CHECKPOINT を使うクライアントだけが、RFC 1845 の記述に従って、示されたオフセットからメッセージデータを送って続行します。それ以外のクライアントは RSET を送り、メッセージ全体を最初から再試行すべきです。</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>RFC 1845 を実装したクライアントが、転送の中断後に再接続し、同じ TRANSID で MAIL FROM を繰り返しました。</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>リファレンスの一覧からコードを返すテスト用またはモックの SMTP サーバーが、実際にはチェックポイント機能に対応していないのに 355 を返しました。</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>そもそもサーバーがこの拡張を通知しているかを確認します。EHLO 応答に CHECKPOINT が含まれている必要があります。</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>クライアントが送った MAIL FROM の行に TRANSID= パラメーターがあるかを確認します。これがなければ、355 は意味を成しません。</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 はどの RFC でも SMTP 応答コードとして定義されていません。コード一覧では、リモートサーバーとの通信中のタイムアウトとして説明されています。この番号は主に Novell GroupWise から来ており、その Internet Agent（GWIA）は自身の送信時のタイムアウトを &quot;420 TCP read error&quot; や &quot;420 TCP write error&quot; としてログに記録します。実在する応答の 421 や、ドットなしで書かれた拡張ステータスコード 4.2.0 と取り違えられやすいコードです。</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>GroupWise システムからの送信時です。GWIA がリモートホストに接続した後、読み込みまたは書き込みがタイムアウト（TCP の読み込みではデフォルトで 5 分）まで止まってしまい、GWIA がローカルで 420 を記録してから、メッセージを遅延キューに移したものです。リモートサーバーが 420 を送ったわけではありません。他のソフトウェアの場合、問い合わせチケットにある &quot;420&quot; は、たいてい 421 や 4.2.0 の読み間違いです。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>送信者側の管理者がネットワーク経路を調査します。GroupWise は保留中のメールを独自のスケジュールで再試行します。特定の宛先だけが失敗する場合は、その受信側を疑います。送信元 IP に対して応答を止めたりターピットを行ったりするフィルター、あるいは公開アドレスと一致しない HELO 名が考えられます。すべての宛先が失敗する場合は、自分側のファイアウォール、ルーターの MTU、ネットワークカード、インターネット回線を確認します。失敗するセッション 1 件のパケットキャプチャを取れば、たいてい原因がはっきりします。</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>特別な対応は不要です。これを記録したソフトウェアは一時的な失敗として扱い、保留キューから再試行します。特定の宛先が何時間も失敗し続ける場合は、待つのをやめて接続を診断してください。</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>GroupWise Internet Agent とインターネットの間にあるファイアウォールやルーターが TCP ストリームを停止させています。たとえば、大きな添付ファイルで MTU や経路 MTU 探索の問題が起きている場合です。</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>受信側サーバーがセッションの途中で遅くなるか応答しなくなり（ターピット、過負荷、送信元 IP を嫌うフィルター）、GWIA の読み込みタイムアウトが切れました。</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>GWIA の送信ディレクトリにエージェントが送信できない破損したメッセージファイルがあります。</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>誰かが 421 応答や拡張ステータス 4.2.0（たとえばグレーリスティングによる保留）を 420 と書き写しました。</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>エージェントまたは MTA のログで、失敗したメッセージの実際の SMTP のやり取りを探し、実際の応答と拡張ステータスコードを確認します。</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>フルサイズのパケットが断片化されずに受信側へ届くかを確認します（ペイロード 1472 バイトにヘッダーを加えて 1500 バイト）。</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>同じホストから完全なテストセッションを実行し、どこで止まるかを観察します。</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; サービスを利用できません。通信チャネルを閉じます</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>サーバーが接続を閉じようとしており、このセッションでは現在のコマンドもそれ以降のコマンドも処理しません。グリーティングとして返される（サービスが現在利用できない）こともあれば、サーバーがシャットダウンしなければならないとき、上限に達したとき、クライアントを切断すると判断したときに、その後の任意のコマンドへの応答として返されることもあります。クライアントは処理を止めて後で再接続する必要があり、その間に別の MX ホストを試してもかまいません。</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>最も多いのはグリーティング時、または EHLO、MAIL FROM、RCPT TO の直後です。典型的な出どころは、Postfix の postscreen と smtpd（&quot;421 4.3.2 All server ports are busy&quot;、&quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;、&quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;）、接続数の上限に達したときやサービス停止中の Exim と Exchange、そしてレピュテーションの低い IP アドレスをスロットリングする大手プロバイダー（Gmail の 421 4.7.0、Yahoo の 421 4.7.0 [TSS04]）です。</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>通常は、キューによる再試行に任せる以外にすることはありません。続く場合は、送信者側の管理者がテキストを読みます。接続数の制限やレート制限であれば、そのドメインへの同時接続数を減らし、送信レートを下げます（Postfix では、宛先ごとの同時接続数の上限を低くし、レート遅延を設定した専用のトランスポートを使います）。レピュテーションによるブロックであれば、ブロックリスト、PTR、SPF、DKIM、DMARC、苦情率を確認し、送信量を減らして、受信者に望まれるメールを送るようにします。テキストが受信側のシャットダウンやローカルの障害を示している場合は、受信者側の管理者にしか修正できません。</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>間隔を延ばしながら後で再試行します。セッションは終わっているので、さらにコマンドを送るのではなく再接続してください。次の MX ホストに移るのはかまいませんが、同じホストに何度も再接続すると、レピュテーションによるスロットリングが長引きます。</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>受信側が、レピュテーションや送信量を理由に（スパム苦情、送信量の急増、ブロックリストへの掲載）送信元 IP をスロットリングしています。</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>1 つのクライアントからの同時接続が多すぎるか、接続のレート制限に達しました。</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>SMTP サービスがシャットダウン中、再起動中、またはワーカープロセスを使い切っています。</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>クライアントの動作が遅すぎたか、不正なコマンドを送りすぎたため、サーバーがセッションを終了しました（タイムアウトまたはエラー回数の上限）。</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>受信者ドメインに対する TLS やポリシーの要件が満たされておらず、プロバイダーがセッションを閉じています（Gmail: &quot;TLS required for RCPT domain&quot;）。</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>宛先について記録された保留理由のテキストを読みます。適用された制限やブロックが示されています。</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>送信元 IP が公開ブロックリストに載っていないかを確認します（オクテットを逆順にして問い合わせます）。</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>送信元 IP に PTR レコードがあり、その名前が同じ IP に正引きで解決されることを確認します。</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>自分のサーバーが同時に開いている外向き SMTP 接続の数を数えます。</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail が、レピュテーションやスパムのような通信を理由に送信元 IP のレートを制限しています。送信量が減りレピュテーションが回復すれば解除されます。</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo が、苦情率や通常と異なる送信量を理由に、その IP からのメールを遅延させています。角かっこ内のタグ（TSS04 など）は Yahoo 独自の理由コードです。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>基本定義なし（X.7.12 に関連）</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>422 という応答を定義している RFC はありません。IANA の拡張ステータスコードのレジストリは、X.7.12（パスワードの移行が必要）の基本コードとして 432 と並べて 422 を挙げていますが、X.7.12 を定義している RFC 4954 が使っているのは 432 4.7.12 だけです。422 に出会ったら、432 と同じ意味の一時的な失敗として解釈してください。</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>実際の通信ではまず見かけません。これを送信する主要なサーバーは知られていません。目にするのは IANA のレジストリの表や、レジストリの対応付けを写したコード一覧のライブラリの中です。もしサーバーがこれを送るとすれば、AUTH への応答としてでしょう。</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>432 と同様に対処します。ユーザー（またはユーザーに代わってクライアントソフトウェア）が、TLS 上の PLAIN のような平文の認証方式で一度認証し、より強力な認証方式に必要な認証情報をサーバーが生成できるようにしてから、通常の認証方式に戻ります。サーバーが 422 を返し続ける場合は、その管理者が認証バックエンドを確認し、文書化されている 432 応答に切り替えるべきです。</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>同じ認証方式で繰り返し試さないでください。TLS 上で PLAIN によるログインを一度行えば、以降のセッションではより強力な認証方式が使えるはずです。メールクライアントは黙って再試行するのではなく、ユーザーに知らせるべきです。</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>要求された SASL の認証方式が必要とする形式で、アカウントの認証情報がまだ保存されていません。たとえば、パスワードの保存方式を変更した後などです。</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>IANA のレジストリの対応付けを写したサーバーやライブラリが、RFC 4954 が 432 と定めている場面で 422 を返しています。</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>同じアカウントで STARTTLS 上の AUTH PLAIN を試し、サーバーが受け入れるかを確認します（swaks はパスワードを尋ねてきます）。</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>失敗した試行の前後について、サーバーの認証ログを読みます。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>基本定義なし（X.5.1 に関連）</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>430 という応答を定義している RFC はありません。IANA の拡張ステータスコードのレジストリは、X.5.1（無効なコマンド）とともに使われる基本コードの 1 つとして 430 を挙げており、このカタログにこのコードがあるのはその対応付けのためだけです。サーバーが無効と判断したコマンドに対する一時的な拒否として解釈してください。</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>実際のセッションではまれで、レジストリやそれを写したライブラリの中に現れます。もしサーバーが送るとすれば、受け付けなかったコマンドの後です。たとえば未知のコマンド、順序の誤ったコマンド、PIPELINING に対応していないのにパイプライン化されたコマンドなどです。</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>クライアントソフトウェア（またはその保守担当者）が、この応答を引き起こしたコマンドを確認します。つづりを誤ったコマンドや未対応のコマンド、EHLO より前や STARTTLS のハンドシェイク完了前に送られたコマンド、サーバーが通知していないパイプライン処理などです。やり取りを修正してください。コマンドが正しい場合は、なぜ未登録のコードで応答するのかをサーバーの管理者が説明すべきです。</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>他の 4xx と同様に、クライアントは後で一度だけ再試行してもかまいませんが、無効なコマンドは無効なままです。同じコマンドで再び 430 が返る場合は、再試行するのではなくコマンドを修正してください。</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>クライアントが、サーバーが認識しないコマンド、またはセッションのその時点では許可されないコマンドを送りました。</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>レジストリの対応付けを文字どおりに受け取ったサーバー実装が、500 や 503 の緩やかな形として、430 と X.5.1 で応答しています。</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>手動でセッションを再現し、どのコマンドで 430 が返るかを確認します。</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>そのコマンドを、サーバーが EHLO 応答で一覧表示している機能と比較します。</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>ディスクの空き容量不足／メモリ不足</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 はどの RFC でも SMTP 応答コードとして定義されていません。コード一覧では受信側サーバーのディスク容量やメモリが不足していることを意味するとされていますが、この解釈は拡張ステータスコード 4.3.1（メールシステムの容量不足）をドットなしで書いたものに由来します。実際の通信では、この状態は 452、通常は &quot;452 4.3.1&quot; として届きます。</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>コード表や、誰かが 4.3.1 を短縮して書いた報告の中です。この状態の実例としては、キューのファイルシステムの空きが少なくなったときに Postfix が MAIL FROM に &quot;452 4.3.1 Insufficient system storage&quot; と応答する場合や、Microsoft Exchange のバックプレッシャーが &quot;452 4.3.1 Insufficient system resources&quot; と応答する場合があります。</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>送信者側では、キューによる再試行に任せる以外にすることはありません。受信者側の管理者が、キューやスプールのファイルシステムのディスク容量を空け、メモリとキューのサイズを確認します。Exchange では、バックプレッシャーのイベントと、トランスポートキューのデータベースがあるボリュームを確認します。</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>実体である 452 として扱い、間隔を延ばしながら後で再試行します。ディスクやメモリの不足は、管理者が対応すれば通常は数分から数時間で解消します。</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>受信側 MTA のキューまたはスプールのパーティションがほぼ満杯のため、空きができるまで新しいメールを拒否しています。</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Exchange のバックプレッシャーです。トランスポートサービスがディスクの空き不足やメモリ使用量の増大を検知し、メッセージの受け付けを停止しました。</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>ログ、メールボックスストア、または滞留したキューによって、MTA が書き込むパーティションが埋まっています。</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>受信側サーバーで、メールキューがあるファイルシステムの空き容量を確認します。</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>Postfix の空き容量のしきい値をサイズ上限と比較します。Postfix は、message_size_limit の 1.5 倍の空きがないとメールを受け付けません。</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>ログで拒否の記録を探し、実際のコードとテキストを確認します。</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>パスワードの移行が必要です</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>サーバーはユーザーに別の認証方式への移行を求めており、要求された認証方式での認証をまだ完了できません。RFC 4954 はこれを &quot;432 4.7.12 A password transition is needed&quot; と定義しています。通常、ユーザーが TLS 上の PLAIN で一度ログインすると、選択した認証方式に必要な認証情報をサーバーが作成でき、以降はその認証方式が使えるようになります。</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>サブミッションポートでの AUTH への応答として、サーバーがパスワードの保存方式を変更した後や、保存済みのパスワードがまだ対応できないアカウントに対してチャレンジレスポンス型の認証方式（CRAM-MD5 や SCRAM など）を有効にした後に返されます。実際にはまれです。一部のコード一覧は 432 を「Exchange の受信キューが停止」と説明していますが、これは拡張ステータスコード 4.3.2 を読み違えたもので、この応答のことではありません。</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>ユーザー（またはユーザーに代わってメールクライアント）が、暗号化された接続上で AUTH PLAIN により一度認証し、その後、本来使いたい認証方式に戻ります。クライアントがそれをできない場合は、サーバーの管理者がパスワードをリセットする（保存される認証情報が再生成されます）か、そのアカウントで TLS 上の PLAIN を許可します。</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>同じ AUTH の認証方式をそのまま再試行しないでください。TLS 上で PLAIN によるログインを一度行い、次のセッションで元の認証方式を使います。その間、メッセージはクライアントの送信トレイで待機します。</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>アカウントのパスワードが、要求された認証方式（たとえばチャレンジレスポンス方式のもの）では使えない形式で保存されており、サーバーが一度平文のパスワードを受け取るまで使えません。</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>管理者が新しいパスワード方式に移行し、各アカウントを次回の平文ログイン時に変換しています。</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>STARTTLS の後にサーバーが提示する認証方式を一覧表示します。</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>TLS 上で PLAIN により一度ログインし、新しいセッションで元の認証方式を再度試します。</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>受信者のサーバーが応答しません</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 はどの RFC でも SMTP 応答コードとして定義されていません。これを「受信者のサーバーが応答しない」と説明している一覧は、拡張ステータスコード 4.4.1（ホストからの応答なし）からドットを取り除いたものです。応答しないサーバーは応答コードを送れないので、これは常に、失敗した接続について自分の MTA が記録するステータスです。</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>自分のサーバーが宛先のどの MX にも接続できなかったときの、遅延通知やキューの一覧の中です。Postfix は dsn=4.4.1 とともに &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; とログに記録し、遅延通知には Status: 4.4.1 が記載されます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>送信者側の管理者はまず、送信ホストから外向きのポート 25 が開いていること（多くのクラウドや家庭向けネットワークはこれをブロックしています）と、宛先の MX ホストが名前解決でき、待ち受けていることを確認します。特定のドメインだけが失敗する場合は、そのドメインの管理者が MX レコード、ファイアウォール、停止しているサーバーを修正する必要があり、修正されればキューから配送されます。</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>MTA が間隔を延ばしながら自動的に再試行し、キューの保持期間（Postfix のデフォルトは 5 日）が終わったときにだけ断念します。最終的なバウンスが届かない限り、手動で再送する必要はありません。</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>送信者側のホスティングプロバイダー、ISP、ファイアウォールによって、外向きの TCP ポート 25 がブロックされています。</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>受信者ドメインの MX ホストが停止している、過負荷になっている、またはファイアウォールで送信元 IP を遮断しています。</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>MX レコードが誤ったアドレスや古いアドレスを指しているか、送信者が使っていないアドレスファミリー（IPv4 または IPv6）でしか到達できないホストを指しています。</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>宛先の MX ホストを一覧表示します。</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>最初の MX のポート 25 に素の TCP 接続を開き、220 のグリーティングを待ちます。</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>保留中のメッセージについてキューに何が記録されているかを確認します。</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>接続の切断</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 はどの RFC でも SMTP 応答コードとして定義されていません。これを「接続の切断」とする一覧は、拡張ステータスコード 4.4.2（接続不良）をドットなしで引用しています。自分の MTA が報告する、途中で途切れたセッションを表すものです。サーバーがこれについて何か返す場合、実際の応答は通常 421 4.4.2 か 451 4.4.2 です。</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>セッションが途切れた後の、自分のログや遅延通知の中です。Postfix は dsn=4.4.2 とともに &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; と報告します。Gmail は止まってしまったクライアントに &quot;451 4.4.2 Timeout - closing connection&quot; と伝え、Postfix の smtpd は遅いクライアントに &quot;421 4.4.2 ... Error: timeout exceeded&quot; と伝えます。</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>たまに起きる程度なら何もする必要はなく、キューが再試行します。特定の宛先に対して繰り返す場合は、送信者側の管理者が、長いセッションをリセットする中間装置（ファイアウォール、SMTP インスペクション、VPN、ロードバランサー）、大きなメッセージでの MTU の問題、最後のドットの後にコンテンツフィルターの処理に時間がかかりすぎる受信側を調べます。</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>後で再試行します。最後のドットへの応答の前に切れたセッションは配送されていないものとして扱われるので、メッセージ全体が再送されます。そのため、まれに重複が生じることがあります。</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>サーバー間にあるファイアウォールや SMTP インスペクション機能が、セッションをリセットするか停止させています。大きなメッセージ本文の送信中によく起こります。</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>経路 MTU の問題です。短いコマンドは通るものの、メッセージ本文のフルサイズのパケットが破棄されています。</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>データ終端の後、受信側サーバーやそのコンテンツスキャナーの処理がクライアントのタイムアウトより長くかかったか、セッションの途中でクラッシュしました。</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>どちらかの側で回線が不安定か、NAT テーブルのタイムアウトが起きています。</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>セッションがどこで切れたかを確認します。&quot;while sending message body&quot; ならサイズや MTU、&quot;while receiving the initial server greeting&quot; ならフィルタリングが疑われます。</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>受信側への経路 MTU を測定します。</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>最大ホップ数を超過</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 はどの RFC でも SMTP 応答コードとして定義されていません。これを「最大ホップ数を超過」と説明している一覧は、拡張ステータスコード 4.4.6（ルーティングループを検出）をドットなしで引用しています。実際の状態はメールループです。メッセージが Received:ヘッダーで数えて非常に多くのサーバーを経由したため、MTA が配送を止めたものです。実際には恒久的な失敗として、5.4.6 または 554 5.4.6 で報告されます。</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>メッセージが堂々巡りをした後のバウンスの中です。2 台のサーバーが互いに相手を最終的な宛先だと見なしている、転送設定が自分自身を指している、エイリアスの連鎖が循環している、といった場合です。Postfix は Received:ヘッダーが hopcount_limit（デフォルトは 50）個に達するとそのメールを止め、&quot;mail forwarding loop for user@example.com&quot; のようなループを DSN 5.4.6 で報告します。Exchange Online は &quot;Hop count exceeded - possible mail loop&quot; と報告します。</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>ループが起きているドメイン（通常は受信者側）の管理者が、バウンスに含まれる Received:ヘッダーを読んで繰り返し現れるホストを特定し、原因を修正します。原因としては、互いを指し合う MX や中継の設定、あるサーバーではローカル扱いで別のサーバーでは中継扱いになっているドメイン、同じアドレスにメールを送り返す転送ルールなどがあります。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>そのまま再試行しないでください。ループは設定が修正されるまで繰り返されます。ループを解消してから再送してください。</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>2 台のメールサーバーが、それぞれそのドメインを相手に中継するよう設定されています。たとえば、移行時に旧システムと新システムの両方がそのドメインを転送している場合です。</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>メールボックスの転送設定やエイリアスが、直接または連鎖を通じて自分自身を指しています。</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>バックアップ MX やスマートホストがそのドメイン宛てのメールをプライマリに送り返し、プライマリがそれをまた返しています。</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>自動応答やメーリングリストが、別の自動応答に対して際限なく応答し合っています。</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>バウンスされたコピーの Received:ヘッダーを数えます。数十個あればループであることが確定します。</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Received:の連鎖の中で、どのホストが繰り返し現れるかを読みます。</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Postfix サーバーでホップ数の上限を確認します。</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>どのサーバーがそのドメインの最終的な配送先かについて、MX レコードと中継の設定が一致していることを確認します。</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>送信メッセージがタイムアウトしました</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 はどの RFC でも SMTP 応答コードとして定義されていません。これを「送信メッセージがタイムアウト」とする一覧は、拡張ステータスコード 4.4.7（配送期限切れ）をドットなしで書いたものを指しています。メッセージが許容時間を超えてキューに留まったため、MTA が警告したか配送を断念したことを示します。これは遅延通知やバウンスで報告されるキューのステータスであり、リモートサーバーがセッション中に返すものではありません。</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>キューの保持期間が切れたときの遅延通知や最終的なバウンスの中、そして Exchange の配送不能通知（NDR）では &quot;550 4.4.7 QUEUE.Expired; message expired&quot; として現れます。根本的な原因は、その期間中に失敗し続けていた何かです。通常は受信側からの 4xx か、そもそも接続できなかったことです。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>送信者側の管理者は、キューやバウンスの診断行に記録されたそのメッセージの最後のエラーを読みます。それが本当の原因（接続拒否、いつまでも通過しないグレーリスティング、レピュテーションによるブロック、停止した MX）だからです。それを修正したうえで、送信者が再送します。キューの保持期間を延ばしても問題を隠すだけです。</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>このコピーについて再試行できることはもうありません。送信側 MTA はすでに断念しています。最後に記録されたエラーが示す原因を修正してから、手動で再送してください。</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>キューの保持期間中ずっと、宛先の MX に到達できませんでした（停止、ファイアウォールによる遮断、誤った MX レコード）。</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>送信者が断念するまで、受信側が一時エラー（レート制限、グレーリスティング、レピュテーションによる保留）を返し続けました。</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>送信側のルーティングや DNS の問題で、どの試行もキューから出られませんでした。</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>送信側サーバーで、キューの保持期間やメッセージの有効期限が短く設定されています。</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>そのドメイン宛てにまだキューに残っているメッセージについて、最後の保留理由を読みます。</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Postfix がバウンスするまでにどれだけの期間試行を続けるかを確認します。</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Exim では、宛先に適用されている再試行ルールを表示します。</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>ルーティングエラー</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 はどの RFC でも SMTP 応答コードとして定義されていません。一覧ではルーティングエラーと説明され、Microsoft Exchange と結び付けられています。Exchange は内部のルーティング障害の一部に未登録の拡張コード 4.4.9 を使っていたと言われていますが、この状況に対して登録されているコードは X.4.4（ルーティング不能）です。セッション中に 449 を応答として送るものはありません。</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>それらの一覧によれば、古い Exchange Server（2000/2003 の時代）のキューや配送不能通知（NDR）で、メッセージをルーティングできなかったときに現れたとされます。たとえば、コネクタのアドレス空間が合わなかった場合や、受信者が削除済みのルーティンググループに属していた場合です。現在では主に、写されたコード表の中で見かけます。</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>送信側組織の管理者が、自組織のルーティング、つまりコネクタやスマートホスト、承認済みドメイン、宛先の名前解決を確認します。そのうえで同じドメインにテストメッセージを送り、実際の応答や DSN のステータスを読みます。現在のシステムでこれに相当するのは通常 4.4.4 や 5.4.4、あるいは 4.4.3 として報告される DNS の障害です。</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA は一時的な失敗として扱って再試行を続けますが、ルーティングの欠落は自然には直りません。ルートや DNS を修正してから、キューを送り出してください。</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>送信コネクタやスマートホストの設定が受信者のドメインをカバーしていないため、サーバーにそのドメインへのルートがありません。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>送信側サーバーから受信者のドメインを名前解決できません（MX もアドレスレコードもない、またはローカルのリゾルバーが失敗している）。</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>移行後にルーティング設定（削除済みのルーティンググループ、古いコネクタ）が残っています。</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>宛先ドメインに使用可能な MX があることを確認します。</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>メールサーバー自身から、実際に使っているリゾルバーで名前解決をテストします。</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Postfix が外向きのメールをどのようにルーティングするか（中継ホストとトランスポートマップ）を表示します。</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>要求されたメール操作は実行されませんでした: メールボックスを利用できません</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>サーバーはこの受信者またはコマンドを現時点では処理しませんでしたが、後で成功する可能性があると見ています。RFC 5321 は、使用中のメールボックスや一時的なポリシーによるブロックを例に挙げています。今日では、圧倒的に多い原因はグレーリスティングで、次いで一時的なポリシーチェック（逆引き DNS や送信者ドメインが解決できなかった、アドレス検証が進行中）や、受信者ごとのレート制限です。</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>主に RCPT TO で、ときに MAIL FROM で返されます。postgrey によるグレーリスティングは、Postfix では &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot; として現れます。他のグレーリスティングツールは 450 4.7.1 や 451 4.7.1 を使います。Postfix はほかにも &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot;（古いバージョンでは 4.7.1）、&quot;450 4.1.8 ... Sender address rejected: Domain not found&quot;、&quot;450 4.1.1 ... unverified address&quot; を返します。Gmail は、1 人の受信者が短時間に大量のメールを受け取っている場合に 450 4.2.1 を使います。ODMR（RFC 2645）では、拒否された ATRN への応答としても 450 が使われます。</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>グレーリスティングの場合、送信側 MTA がメッセージを保持して同じアドレスから再試行する限り、誰も対応する必要はありません。グレーリストの遅延時間（postgrey のデフォルトは 5 分）を過ぎた後の最初の再試行が受け付けられます。アプリケーションからのメールが失われる場合は、送信者側の管理者が、受信者の MX と直接通信させるのではなく、本来のキューを持つ MTA 経由で送信させるようにします。ポリシーによるケースでは、送信者側の管理者がテキストに示された点を修正します。つまり、IP に正引きで戻る PTR レコード、名前解決できる送信者ドメイン、あるいは受信が集中している受信者への送信レートの引き下げです。多数の異なるアドレスから再試行してくる大規模な送信者については、受信者側の管理者が許可リストに登録できます。</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>間隔を延ばしながら後で再試行します。可能であれば同じ IP から同じエンベロープ送信者で送り、バウンスするまで数日間は試行を続けてください。450 を恒久的な失敗として扱ってはいけません。RFC 5321 は 30 分以上の再試行間隔を推奨していますが、ほとんどの MTA はそれより早く再試行し、それで数分程度の一般的なグレーリスティングの遅延は通過できます。</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>グレーリスティングです。このクライアント IP、送信者、受信者の組み合わせとして初めての接触なので、グレーリストの遅延時間後の再試行まで保留されています。</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>クライアント IP に PTR レコードがないか、PTR の名前が同じ IP に正引きで戻らないため、サーバーが拒否する代わりに保留しています。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>その時点で送信者のドメインを名前解決できなかった（DNS のタイムアウトやレコードの欠落）ため、サーバーがドメインを検証できませんでした。</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>受信者アドレスの検証（次のホップへのプローブ）がまだ終わっていないか、次のホップに到達できませんでした。</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>1 人の受信者へのメールの着信が速すぎるため、プロバイダーがそのメールボックスにレート制限をかけています。</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>配送側でメールボックスがロックされているか、使用中です。</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>毎回異なる IP から再試行したり、試行のたびに新しいエンベロープ送信者を使ったりする送信者は、自分のグレーリストのエントリと一致することがありません。</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>保留理由のテキスト全体を読みます。&quot;Greylisted&quot;、&quot;cannot find your hostname&quot;、&quot;Domain not found&quot; は、それぞれ異なる対処を示しています。</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>送信元 IP の PTR レコードと、その名前が同じアドレスに正引きで戻ることを確認します。</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>受信側で、どの送信者のメールがグレーリスティングで保留されたかを確認します。</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>エンベロープ送信者のドメインが名前解決できることを確認します。</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail は、送信側サーバーではなく、メールを受け取りすぎている 1 つの受信者メールボックスのレートを制限しています。通常は後の試行で成功します。</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>要求された操作は中止されました: 処理中のローカルエラー</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>サーバーが自分の側で問題に遭遇し、コマンドを中止しました。クライアントは後で再試行できます。実際には、451 はローカルの障害（設定ミス、検索の失敗、コンテンツフィルターや milter の停止、キューへの書き込み不能）に加え、RCPT TO やメッセージデータの後で返されるグレーリスティングや一時的なスパム対策による保留にも非常によく使われます。</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>RCPT TO で、または DATA の最後のドットの後に返されます。よく見かける行は、&quot;451 4.7.1 Greylisting in action ...&quot;（milter-greylist などのグレーリスティングツール）、&quot;451 4.3.5 Server configuration error&quot;（検索テーブルや制限設定が壊れている Postfix）、&quot;451 4.7.1 Service unavailable - try again later&quot;（milter に到達できず、tempfail に設定されている Postfix）、Exim の &quot;Temporary local problem - please try later&quot;、そして Microsoft の 451 4.7.5xx や 4.7.6xx のスロットリング応答です。</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>送信者の MTA が自動的に再試行するので、保留が長引かない限り誰も対応する必要はありません。長引く場合は担当が分かれます。グレーリスティングやレピュテーションによるスロットリングは、正しい PTR、SPF、DKIM を備えた安定した IP から通常どおり再試行すれば通過できます（送信者側の管理者の担当）。一方、設定ミス、停止した milter、満杯のディスク、ディレクトリ検索の失敗は受信者側の管理者の担当で、同じセッションについての受信側のログ行に、失敗しているコンポーネントが示されています。</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>間隔を延ばしながら後で再試行し、メッセージを数日間キューに保持します。最後のドットの後の 451 はトランザクション全体に適用されるので、一部の受信者だけでなく、メッセージ全体を送り直します。</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>グレーリスティングなどのスパム対策ツールが未知の送信者を保留しています。内容を採点できるよう、メッセージデータの後で保留することがよくあります。</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>サーバーが必要とする検索テーブル、データベース、ディレクトリへの問い合わせが失敗しました（マップファイルがない、LDAP や Active Directory のサーバーに到達できない）。</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>コンテンツフィルター、アンチウイルスのデーモン、または milter が停止しているかタイムアウトしており、サーバーはスキャンしていないメールを受け付けるのではなく保留するよう設定されています。</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>サーバーがメッセージをキューに書き込めませんでした（ディスク満杯、誤ったパーミッション、cleanup プロセスの失敗）。</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>送信者のドメインに対する送信者検証のコールアウトを完了できませんでした。</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>送信元 IP のレピュテーションや送信量に基づくプロバイダーのスロットリングです。</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>保留の拡張ステータスコードを読みます。4.7.x はポリシー、4.3.x は受信側自身のシステムを示します。</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>受信側の Postfix サーバーで、同じセッションについて記録された警告（テーブル検索の失敗、milter のエラー）を探します。</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>受信側の Exim サーバーで、panic ログを見てローカルの問題を確認します。</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>レピュテーションによる保留が解消されるよう、送信者ドメインの SPF レコードが送信元 IP をカバーしていることを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Gmail の汎用的な一時拒否です。具体的な理由は示されず、通常は後の試行で解消します。</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com がレピュテーションを理由に送信元 IP をスロットリングしています。4.7.650 は Microsoft 独自の拡張ステータスコードで、IANA のレジストリにあるものではありません。</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>要求された操作は実行されませんでした: システムの記憶領域が不足しています</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>リソースの上限に達したため、サーバーは今これを受け付けられません。RFC 5321 は記憶領域を挙げていますが、1 つのトランザクションでこれ以上受信者を受け付ける余地がない場合（&quot;too many recipients&quot;、452 4.5.3）の正しい応答も 452 と定めています。満杯のメールボックス（452 4.2.2）やサーバーのキューの満杯（452 4.3.1）にも使われます。いずれも一時的なもので、同じメールが後で、あるいは小分けにすれば成功することがあります。</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>受信者が多すぎる場合: メッセージあたりの上限に達した時点の RCPT TO で返されます。たとえば、smtpd_recipient_limit（デフォルトは 1000）を超えた後の Postfix の &quot;452 4.5.3 Error: too many recipients&quot; や、Gmail の 452 4.5.3 です。記憶領域の場合: Postfix のキューのファイルシステムの空きが不足しているとき（&quot;452 4.3.1 Insufficient system storage&quot;）、SIZE パラメーターがその時点の空き容量を超えているとき（RFC 1870）、または Exchange のバックプレッシャー（&quot;452 4.3.1 Insufficient system resources&quot;）で、MAIL FROM に対して返されます。メールボックスのクォータ超過の場合: Gmail の 452 4.2.2 のように、RCPT TO で返されます。</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>まず拡張ステータスコードを読みます。4.5.3 の場合、送信ソフトウェアが問題になるのは諦めてしまったときだけです。すでに受け付けられた受信者には配送し、残りは別のトランザクションで送らなければなりません。一斉送信ツールは 1 通あたりの受信者数を減らすべきで、上限を 100 未満にしている受信者側の管理者は RFC 5321 に違反しています。4.2.2 の場合は、受信者がメールボックスを整理する必要があります。4.3.1 の場合は、送信者が待つ間に、受信者側の管理者がディスク容量を空けるかバックプレッシャーに対処します。</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>受信者が多すぎる場合は、受け付けられた受信者には今すぐメッセージを送り、拒否された受信者は新しいトランザクションに回します（RFC 5321 4.5.3.1.10）。拒否された受信者を捨てたりバウンスしたりしてはいけません。記憶領域やクォータの場合は、間隔を延ばしながら後で再試行します。RFC 5321 は、受信者が多すぎることを示す旧式の 552 も一時的なものとして扱うようクライアントに求めています。</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>1 つのトランザクション内の RCPT TO コマンドが、サーバーのメッセージあたりの受信者数の上限を超えました。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>受信者のメールボックスがクォータを超えています。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>受信側サーバーのキューまたはスプールのディスクがほぼ満杯か、Exchange のバックプレッシャーが作動しています。</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>MAIL FROM で宣言された SIZE が、サーバーの現在の空き容量より大きくなっています。</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>ドメインごとにトランザクションあたりの受信者数を制限するプロバイダーのポリシーです（Gmail: &quot;Domain policy size per transaction exceeded&quot;）。</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>保留の通知やバウンスで、452 にどの拡張ステータスコードが付いていたかを確認します。</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>受信側の Postfix サーバーで、メッセージあたりの受信者数の上限を確認します。</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>受信側サーバーで、スプールがある場所の空き容量を確認します。</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>複数の受信者宛てにテストメッセージを 1 通送り、どこから上限にかかるかを確認します。</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail はこのトランザクションで受信者リストの一部しか受け付けませんでした。残りは別のトランザクションまたは別のメッセージで送る必要があります。</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail の受信者のストレージが満杯です。受信者が空き容量を作るか、容量を追加購入すれば、再び配送できるようになります。</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online は、異なるデータセンターリージョンにホストされている受信者を別々のトランザクションで送るよう求めています。送信側 MTA は、拒否された受信者だけで再試行すべきです。</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>メールはありません</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>オンデマンドメール中継（ODMR、RFC 2645）の一部で、クライアントが要求したドメイン宛てのメールをサーバーがキューに保持していないときの、ATRN への応答です。エラーというより情報提供の応答で、配送するものがないため、送受信の役割は入れ替わりません。</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>ODMR サーバー（ポート 366）上でのみ、動的 IP アドレスのクライアントが認証を済ませ、自分のドメインについて ATRN を送った後に返されます。ODMR は今日ではまれで、コード表の中には、453 がこの文脈でしか現れないことに触れずに載せているものもあります。</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>キューが本当に空であれば、修正することはありません。メールが届くはずだった場合は、クライアント側の管理者が、ATRN で正しいドメインを指定したか、そのドメインの MX レコードが実際にメールを ODMR プロバイダーに送るようになっているかを確認します。</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>今は再試行することはありません。ODMR クライアントが通常行うように、次の予定時刻に改めて問い合わせてください。</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>現時点で、要求されたドメイン宛てに待機中のメールはありません。</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>クライアントが、ODMR サーバーがその名前ではキューに保持していないドメイン名を要求しました（入力ミス、親ドメインではなくサブドメインを指定）。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>ドメインの MX レコードが ODMR プロバイダーを指していないため、そのドメインのメールがそのキューに届きません。</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>ドメインの MX レコードが ODMR プロバイダーのサーバーを指していることを確認します。</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>ODMR セッションを手動で実行し（EHLO、AUTH、続いてドメインを指定した ATRN）、応答を読みます。</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>一時的な理由により TLS を利用できません／一時的な認証失敗</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>454 は 2 つの拡張 RFC で定義されており、どちらもセキュリティ関連の手順の一時的な失敗を表します。RFC 3207 は、STARTTLS を今は実行できない場合に使います。RFC 4954 は、たとえばパスワードのバックエンドが停止しているなどの理由でサーバーが現時点で認証情報を確認できない場合に、&quot;454 4.7.0 Temporary authentication failure&quot; を使います。また、中継の試みを拒否するのではなく保留する場合にも、4.7.1 付きで現れます。</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>STARTTLS の後: Postfix は証明書や秘密鍵を読み込めないと &quot;454 4.7.0 TLS not available due to local problem&quot; と応答し、その理由をログに記録します。AUTH の後: Dovecot、saslauthd、LDAP、Active Directory が応答しないと、Postfix、Exchange などは &quot;454 4.7.0 Temporary authentication failure&quot; を返し、Gmail は独自のテキストで 454 4.7.0 を返します。RCPT TO で: soft_bounce を有効にして動作している Postfix サーバーからの &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; です。</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>STARTTLS の場合は、受信側サーバーの管理者が TLS の設定（証明書と秘密鍵のパス、パーミッション、証明書と一致する秘密鍵、有効期限）を修復してリロードします。TLS を必須としていないクライアントは平文のまま続行してもかまいません。RFC 3207 はその判断をクライアントに委ねています。AUTH の場合は、サーバーの管理者が認証バックエンドを復旧させます。454 が出たからといってユーザーがパスワードを変更する必要はありません。中継拒否の場合は、クライアントが外部ドメインへ送信する前に認証しなければなりません。</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>間隔を延ばしながら後で再試行します。TLS や認証を必須とするクライアントは、黙ってそれらなしの接続に切り替えてはいけません。日和見的に TLS を使う MTA は、ポリシーが許すなら TLS なしで配送してもかまいません。454 を理由にユーザーに新しいパスワードの入力を求めてはいけません。</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>サーバーが TLS 証明書や秘密鍵を読み取れないか、読み込めません（誤ったパス、パーミッション、証明書と一致しない秘密鍵）。</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>認証バックエンド（Dovecot の認証ソケット、saslauthd、LDAP、Active Directory、データベース）が停止している、遅い、または到達できません。</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>そのアカウントで同時ログインが多すぎるか、最近の失敗した試行が多すぎるため、プロバイダーがしばらくの間 AUTH を保留しています。</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>認証していないクライアントが外部ドメインへの中継を試み、サーバーがそのような試みを拒否ではなく保留しています。</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>STARTTLS の直後、TLS ハンドシェイクの前にコマンドがパイプライン化して送られました（Gmail は 454 4.5.0 で応答します）。</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>サーバーで STARTTLS を試し、応答と証明書を確認します。</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Postfix サーバーで、TLS が無効になった理由を探します。</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Dovecot の認証バックエンドがテスト用アカウントに対して応答することを確認します。</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>認証付きのサブミッションを最初から最後までテストします。</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail は今はログインを完了できませんでした。そのアカウントで多数の同時接続や失敗した試行があった後によく起こります。パスワードが誤っているとは限りません。</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>クライアントが STARTTLS と一緒に後続のコマンドを送りました。クライアントソフトウェアは、220 応答を待って TLS ハンドシェイクを完了してから、改めて EHLO を送らなければなりません。</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>サーバーはパラメーターに対応できません</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>サーバーは MAIL FROM や RCPT TO に付けられたパラメーターを認識しましたが、現時点ではそれに応えられません。RFC 5321 4.1.1.11 は、パラメーターがまったく認識されない、または実装されていないことを意味する 555 とこれを区別しています。455 は一時的なケースであり、パラメーター自身の拡張が別のコードを定めている場合を除いて使われます。</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>まれです。通知済みの拡張のパラメーター（たとえば DSN、SIZE、優先度、SMTPUTF8 のオプション）が、その時点で利用できない何かに依存している場合に、MAIL FROM や RCPT TO で返されるはずのものです。ほとんどのサーバーはこうした状況に 451 や 452 で応答するので、455 を見かけたら注目に値します。</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>送信者の MTA は他の 4xx と同様に再試行します。続く場合は、クライアントソフトウェアが、サーバーが処理に苦労しているオプションのパラメーターを外して送信できます。サーバーの管理者は、その拡張を支えるコンポーネントを調べるべきです。</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>間隔を延ばしながら、内容を変えずに後で再試行します。失敗し続ける場合は、そのパラメーターが必須でなければ、外して再試行してもかまいません。</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>パラメーターが依存しているサービス（DSN の生成、優先度別のキュー処理、サイズの計算）が、サーバー上で一時的に利用できません。</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>サーバーは EHLO 応答で拡張を通知しましたが、それを支える機能が現在無効になっているか過負荷です。</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>クライアントが送ったパラメーターを、サーバーが通知している拡張と比較します。</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>送信側のログで、455 を受けた MAIL FROM または RCPT TO の行を探します。</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>SPF と DKIM の検証に失敗したため、メッセージを直ちに IPv4 で再試行してください</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>提案されたものの標準化されなかったコードです。2013～2014 年の期限切れの Internet-Draft（draft-martin-smtp-ipv6-to-ipv4-fallback）は、IPv6 経由で届いたメッセージが SPF と DKIM の検証に失敗したために受信側が拒否する場合、456 を返して送信者に直ちに IPv4 で再試行させることを提案していました。これを定義している RFC はなく、主要な MTA はこの特別な再試行を実装していません。それらにとっては通常の 4xx です。</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>ほとんど見かけません。この発想は、IPv6 の送信者に IPv4 の送信者より厳しいルール（認証と PTR が必須）を課す受信側から生まれました。送信者が実際に遭遇するのは、認証されていない IPv6 のメールの恒久的な拒否です。たとえば、Gmail の IPv6 送信ガイドラインや PTR レコードの欠落を指摘する、Gmail の 550 応答です。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>送信者側の管理者が、IPv6 のメールを IPv4 のメールと同じくらい信頼できるものにします。つまり、正引きで戻る IPv6 アドレスの PTR レコード、ip6:エントリでそのアドレスをカバーする SPF、そして DKIM 署名です。それまでの間は、外向きの SMTP で IPv4 を優先するか、IPv4 だけを使うよう MTA を設定します（Postfix: smtp_address_preference または inet_protocols、Exim: disable_ipv6 または dns_ipv4_lookup）。</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>このドラフトを知っている MTA なら直ちに IPv4 で再試行するはずですが、実際の MTA は他の 4xx と同様に保留し、次の試行でもまた IPv6 を使う可能性があります。確実なのは、IPv6 の認証を整えるか、外向きで IPv4 を優先することです。</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>送信ホストの IPv6 アドレスが、送信者ドメインの SPF レコードでカバーされていません。</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>メッセージに DKIM 署名がないか、署名が壊れているため、IPv6 での配送を認証するものが他に何もありません。</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>IPv6 アドレスに逆引き DNS がないか、PTR の名前がそのアドレスに正引きで戻りません。</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>宛先 MX に、自分の MTA が使っている可能性のある IPv6 アドレスがあるかを確認します。</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>送信に使っている IPv6 アドレスの PTR レコードを確認します。</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>SPF がその IPv6 アドレスをカバーしていること（ip6:エントリ、またはそれを含む include）を確認します。</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>比較のため、IPv4 だけでテスト送信します。</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>ノード &lt;x&gt; 宛てのメッセージをキューに入れられません</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>ETRN（RFC 1985）への応答です。サーバーは、あるドメインまたはノード宛てに保持しているメールの配送を開始する要求を理解しましたが、今はそのキューの処理を開始できません。ETRN は、常時接続ではないサイトが、自分宛てに待機しているメールを送り出すようプロバイダーやバックアップ MX に要求するために使います。</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>ETRN コマンドの後だけです。ETRN を送るのは通常、ETRN モードの fetchmail、回線がつながったときの小規模オフィスのメールサーバー、または手動の操作です。Postfix は、flush サービスが失敗を報告すると &quot;458 Unable to queue messages&quot; と応答し、Postfix の postscreen は受け取ったすべての ETRN にこの応答を返します。</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>キューを保持している中継サーバーの管理者が、キューの送り出しの仕組み（Postfix では flush サービスと fast_flush_domains の設定）と、キューが読み取れることを確認します。修正されるまでの間も、保持されているメールは中継サーバーの通常の再試行スケジュールで送り出されます。</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>次回の接続時や問い合わせ時に再び ETRN を送ります。その間、中継サーバーはメールを保持し、自身の再試行スケジュールで配送します。</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>中継サーバーのキュー送り出しサービスが失敗したか、動作していません。</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>クライアントが、ETRN を先に渡さないフロントエンド（Postfix の postscreen など）に接続しました。</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>要求されたドメインについてキューを走査する際に、中継サーバー側でエラーが起きました。</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>中継サーバー上で、Postfix がどのドメインについて ETRN を受け付けるかを確認します。</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>中継サーバー上で、ETRN が要求しているのと同じく、そのドメインへの配送をローカルで開始します。</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>中継サーバーのログで ETRN に関する警告を探します。</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>ノード &lt;x&gt; は許可されていません: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>ETRN（RFC 1985）への応答です。サーバーは指定されたノードまたはドメインについてキューの処理を開始することを拒否し、その理由を示します。要求自体は理解されていますが、サーバーはその名前について、あるいはこのクライアントに対して、このサービスを提供していません。</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>ETRN の後、そのドメインが中継サーバーのキュー保持の対象ではない場合や、中継サーバーのポリシーがこのクライアントによる処理の開始を許可していない場合に返されます。Postfix は、ドメインが高速 flush サービスの対象（fast_flush_domains。デフォルトは relay_domains の一覧）でない場合に &quot;459 &lt;example.com&gt;: service unavailable&quot; と応答します。smtpd_etrn_restrictions によって要求が拒否されることもあります。</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>クライアント側の管理者が、ETRN で指定している名前が中継サーバーがメールを保持しているドメインと完全に一致していることを確認します。このサービスを提供するつもりであれば、中継サーバーの管理者がそのドメインを ETRN の対象一覧（Postfix: fast_flush_domains）に追加し、ETRN の制限設定でそのクライアントを許可します。</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>同じ ETRN をそのまま繰り返さないでください。再び拒否されます。先にドメイン名を修正するか、中継サーバー側の設定を済ませてください。すでにキューに入っているメールは失われず、中継サーバーの通常の再試行を待ちます。</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>要求されたドメインが、中継サーバーの ETRN 対象ドメインの一覧に入っていません。</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>中継サーバーのポリシーが、このクライアントアドレスからの ETRN、または認証前の ETRN を拒否しています。</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>クライアントが、中継サーバーがキューを保持している名前とは異なる名前を送りました（ドメインの代わりにホスト名、またはその逆）。</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>中継サーバー上で、どのドメインが送り出しの対象かを確認します。</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>中継サーバー上で、ETRN の制限設定を確認します。</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>手動で EHLO、続いて ETRN を送り、理由のテキストを読みます。</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>メールサーバーのエラー（多くはローカルのスパム対策フィルター）</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 はどの RFC でも SMTP 応答コードとして定義されていません。一覧ではメールサーバーのエラー、多くはローカルのスパム対策フィルターによるものと説明されています。この番号は拡張ステータスコード 4.7.1（配送が許可されていない、の一時的な形）をドットなしで書いたもので、571 が 5.7.1 をドットなしで書いたものであるのと同じです。実際の通信では、この状態は 450 4.7.1 や 451 4.7.1 として届きます。</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>コード表や、4.7.1 からドットが抜け落ちたユーザーの報告の中です。その背後にある実際の応答は、一時的なポリシーによる拒否です。グレーリスティング、古いバージョンの Postfix の &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot;（現行バージョンではここで 4.7.25 を返します）、あるいは送信者自身の側にある送信フィルターやゲートウェイによるメッセージの保留などです。</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>何かをする前に、ログやバウンスで実際の応答を探してください。グレーリスティングであれば、キューによる再試行に任せます。逆引き DNS やレピュテーションのチェックであれば、送信者側の管理者が PTR、SPF、DKIM を修正します。自分側の送信用スパム対策ゲートウェイが保留したのであれば、管理者がそのゲートウェイのログと送信制限を確認します。</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>実際の応答が何であれ、4.7.1 系の保留は一時的なものです。間隔を延ばしながら後で再試行します。同じ拒否が 1 日以上続く場合は、キューの期限切れを待つのではなく、ブロックとして扱い原因を修正してください。</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>受信側の一時的なスパム対策やポリシーのチェック（グレーリスティング、レピュテーション、レート制御）が、4.7.1 でメッセージを保留しました。</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>送信元 IP に一致する PTR レコードがなく、受信側がクライアントを検証できるまで保留しています。</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>送信者自身の送信フィルターやゲートウェイが、たとえばスパムの疑いや送信制限の超過を理由に、メッセージを留め置きました。</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>メールログで、4.7.1 を伴っていた実際の応答を検索します。</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>送信元 IP の PTR の名前が、同じ IP に正引きで戻ることを確認します。</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>遅延キューを見て、メッセージを保留したのが自分側のゲートウェイか受信側かを確認します。</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>構文エラー、コマンドを認識できません</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>サーバーは受信した行を解釈できませんでした。コマンド動詞が不明か、行が壊れています。RFC 5321 ではコマンド行が長すぎる場合にも 500 を使うことが認められており、RFC 4954 では AUTH の応答がサーバーのバッファーをあふれさせた場合に 500 5.5.6 を使います。失敗するのはそのコマンドだけで、通常、セッションは維持されます。</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>セッションのどの段階でも、クライアントが行を送った直後に返されます。典型的なのは、HELO しか扱えないサーバーが EHLO に応答した場合、クライアントがそのポートで誤ったプロトコルを話している場合（平文用ポートへの TLS ハンドシェイクや HTTP リクエストなど）、手動の telnet テストで入力ミスをした場合です。Sendmail は 500 5.5.1 Command unrecognized を、Microsoft Exchange は 500 5.3.3 Unrecognized command を返します。一方、Postfix と Gmail は不明なコマンドに 502 を使います。</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>修正するのはクライアントを運用する側（送信者側の管理者またはアプリケーション開発者）です。コマンドを修正し、正しいポートと TLS モードを使い、EHLO に 500 が返ったら HELO にフォールバックし、コマンド行を 512 オクテット以内に収めてください。ファイアウォールが SMTP 通信を書き換えている場合は、そちら側のネットワーク管理者が SMTP/ESMTP インスペクションを無効にするか、制限を緩めます。受信側サーバーは、そのコマンドを本当にサポートすべき場合を除き、変更する必要はありません。</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>同じ行を変更せずに再送しないでください。セッションは通常まだ使用できます。EHLO に 500 が返った場合は HELO を送信し、それ以外のコマンドに 500 が返った場合はコマンドを修正するか、QUIT して次の試行までにクライアントを修正してください。</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>コマンドのつづり間違い、またはそもそも SMTP コマンドではない入力です。手入力の telnet や nc のセッションでよく起こります。</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>クライアントがそのポートで誤ったプロトコルを話しています。平文の SMTP ポートに TLS の ClientHello を送っている、あるいは設定を誤った監視ツールやプロキシーから HTTP リクエストが届いています。</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>非常に古い、または最小限の機能しかないサーバーが EHLO を認識せず、クライアントが HELO にフォールバックすることを前提としています。</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>SMTP インスペクション機能を持つファイアウォール（典型例は Cisco ASA の ESMTP インスペクション）が、許可していないコマンドを X の連続した文字列に置き換えるため、サーバーがそれを認識できません。</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>コマンド行がサーバーの受け付ける長さを超えている（RFC 5321 が保証しているのは CRLF を含めて 512 オクテットまで）、または AUTH の応答がサーバーの SASL バッファーより長いです。</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>対話を手作業で再現し、各行への応答を確認します。EHLO の直後に 500 が返る場合、そのサーバーは HELO しか扱えません。</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>最初のバイトから TLS を前提とするポート（465）では、平文を送るのではなく TLS で接続してテストしてください。</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>バナーと EHLO 応答にアスタリスクや X の文字が含まれていないか確認します。含まれていれば、経路上にファイアウォールの SMTP インスペクションが介在している兆候です。</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Postfix クライアントでは、拒否されたコマンドをログで探します。Postfix はリモートの応答と、それがどのコマンドへの応答だったかを記録します。</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>パラメーターまたは引数の構文エラー</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>サーバーはコマンド自体は認識していますが、その引数を拒否しています。エンベロープアドレスの形式不正、無効な HELO/EHLO 名、形式の誤った ESMTP パラメーター、有効な base64 でない AUTH データなどが原因です。その形のコマンドは拒否されますが、サーバーは元の状態のままなので、同じセッション内で修正したコマンドを続けて送信できます。</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>主に EHLO、MAIL FROM、RCPT TO の時点で、ときには AUTH の途中で返されます。Postfix は送信者アドレスの構文エラーに 501 5.1.7 Bad sender address syntax、受信者アドレスの構文エラーに 501 5.1.3 Bad recipient address syntax を返し、Exim は 501 Syntactically invalid HELO argument(s) を返します。RFC 4954 準拠のサーバーは、クライアントがアスタリスク 1 文字で AUTH を取り消した場合や、デコードできない base64 を送った場合に 501 を返します。また RFC 3207 は、パラメーター付きで送られた STARTTLS に 501 を返すよう定めています。</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>修正するのは送信側です。送信者は入力ミスや形式の誤ったアドレスを修正します。送信側の管理者は MTA に適切な完全修飾の HELO 名を設定し、エンベロープのコマンドや AUTH 文字列を独自に組み立てるスクリプトやアプリケーションを確認します。アドレスが Web フォームやデータベースから渡される場合は、SMTP に届く前に検証してください。</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>コマンドもメッセージも、変更せずに再試行しないでください。同じ引数は再び拒否されます。アドレス、HELO 名、パラメーター、AUTH データを修正してください。セッション内であれば、クライアントは修正したコマンドをすぐに送信できます。</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>エンベロープアドレスの構文が壊れています。山かっこがない、空白が含まれている、末尾にドットがある、特殊文字が引用符で囲まれていない、1 つのコマンドに 2 つのアドレスが含まれている、などです。</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>HELO/EHLO の引数が空か、形式が不正です。たとえば角かっこで囲まれていない生の IP アドレスや、アンダースコアを含むホスト名です。</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>AUTH データが有効な base64 ではありません。PLAIN 文字列を手作業で組み立てるスクリプトが原因であることがほとんどです。</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>クライアントがアスタリスク 1 文字で認証のやり取りを取り消しました。RFC 4954 ではこれに 501 で応答します。</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>ESMTP パラメーターの値が無効です。たとえば数値でない SIZE=、形式の誤った NOTIFY= や ORCPT= です。</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>swaks で同じエンベロープを送信し、どのコマンドで 501 が返るかを確認します。</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Postfix MTA が HELO/EHLO で名乗っている名前を確認します。完全修飾ホスト名か、角かっこで囲んだアドレスリテラルである必要があります。</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>クライアントが送る AUTH PLAIN 文字列をデコードし、認可 ID、NUL、ユーザー名、NUL、パスワードの順になっていることを確認します。</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>送信側サーバーのログで拒否された行を探し、実際に送られた引数を正確に確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Gmail の受信側サーバーは、引数が空であるか、有効なホスト名でもアドレスリテラルでもない HELO/EHLO を、メールのやり取りが始まる前に拒否します。</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>コマンドが実装されていません</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>サーバーはコマンドを認識していますが、実装していないか、無効にしています。RFC 5321 4.2.4 では、既知だが未実装のコマンドには 502、不明なコマンドには 500 を使い分けますが、Postfix や Gmail をはじめとするいくつかのサーバーは不明なコマンドにも 502 を返します。</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>オプションのコマンドへの応答として返されます。VRFY や EXPN を無効にしているサーバーでの VRFY/EXPN（disable_vrfy_command = yes の Postfix は 502 5.5.1 VRFY command is disabled を返します）、ETRN や TURN、HELO しか扱えないサーバーへの EHLO などです。Gmail は認識できないコマンドすべてに 502 5.5.1 Unrecognized command を返し、Postfix は 502 5.5.2 Error: command not recognized を返します。</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>修正が必要なのはクライアント側です。サーバーが EHLO 応答で通知したコマンドだけを使い、EHLO が拒否されたら HELO にフォールバックし、アドレスの確認に VRFY や EXPN を頼らないようにしてください。受信側の管理者が対応するのは、そのコマンドを提供すべき場合に限られます。たとえば、メールがそのサーバーのキューに溜まっている顧客のために ETRN を有効にする場合です。</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>このセッションでも以降のセッションでも、そのコマンドを繰り返さないでください。失敗し続けます。そのコマンドを使わずに続行する（EHLO の代わりに HELO、VRFY は使わない）か、クライアントを変更してください。</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>アドレス収集を防ぐためのポリシーにより、VRFY や EXPN が無効になっています。</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>サーバーが EHLO の後に通知していない拡張をクライアントが使っています。たとえば ETRN、TURN、CHUNKING なしの BDAT、認証機能のないサーバーへの AUTH です。</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>HELO しか扱えないサーバーが EHLO を拒否し、クライアントが HELO にフォールバックしません。</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>入力ミスや不明なコマンドを Postfix や Gmail に送りました。これらは認識できないコマンドを 500 ではなく 502 で報告します。</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>サーバーが EHLO の後に実際に通知している内容を一覧表示し、失敗したコマンドと比較します。</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>自分の Postfix サーバーで、VRFY が無効にされているかどうかを確認します。</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>EHLO 応答に関係なく強制的に使う機能（定期実行の ETRN やポート 25 での AUTH など）がないか、クライアントの設定を見直します。</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail はまったく認識できないコマンドに 500 ではなく 502 を返します。そのため Gmail からの 502 は、機能の無効化よりも、入力ミスや SMTP 以外のクライアントを示していることがほとんどです。</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>コマンドの順序が不正です</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>コマンド自体は有効ですが、セッションの誤った段階で届きました。MAIL より前の RCPT、受け付けられた RCPT がない状態での DATA、HELO/EHLO より前の MAIL、トランザクション中の 2 回目の MAIL、ログイン成功後の AUTH などです。サーバーはそのコマンドを拒否し、現在の状態を維持します。</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>最も多いのは RCPT TO または DATA の時点です。バウンスでは本当の問題を覆い隠していることがよくあります。パイプライン処理を行うクライアントは、すべての RCPT が拒否されていても DATA を送るため、最後に記録される応答が 503 になるのです（Postfix: 503 5.5.1 Error: need RCPT command。Exim は 503 の中で先行する RCPT のエラーを引用します）。また、認証が提供されていない場面で送られた AUTH にも返されます（Postfix: 503 5.5.1 Error: authentication not enabled）。</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>まず 503 の直前の応答を確認してください。受信者が拒否されていた場合は、その原因（アドレス、中継の許可、ポリシー）を解決すれば 503 は自然に解消します。順序が本当に誤っている場合は、クライアントソフトウェアやスクリプトを修正する必要があります。正しい順序は、最初に EHLO、STARTTLS の後に再度 EHLO、AUTH は通知されている場合に 1 回だけ、その後に MAIL、RCPT、DATA です。</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>同じ手順を繰り返しても同じ 503 が返ります。まずクライアントか、先行する拒否の原因を修正してください。セッション内であれば、クライアントは正しいコマンドを送るか、RSET してトランザクションを最初からやり直すことができます。</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>すべての RCPT TO が拒否された（不明なユーザー、中継拒否）にもかかわらず、パイプライン処理を行うクライアントが DATA を送ったため、503 が先行する 5xx を覆い隠しています。</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>クライアントが STARTTLS の後に EHLO を再送していません。STARTTLS によってセッションは初期状態にリセットされます。</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>認証が有効になっていないポートやサーバーに AUTH が送られた、または認証に成功した後に 2 回目の AUTH が送られました。</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>自作のクライアントやスクリプトが MAIL より前に RCPT を送っている、または RSET せずに 2 回目の MAIL を開始しています。</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>最後の行だけでなく、トランスクリプトやバウンス全体を読んでください。503 より前にあった RCPT TO への応答を探します。</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>STARTTLS 上で同じトランザクションを 1 ステップずつ実行し、サーバーがどこで拒否するかを確認します。</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>503 が AUTH への応答である場合は、その Postfix リスナーでそもそも認証が有効になっているかを確認します。通常、認証が有効なのはサブミッション用だけです。</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail は、グリーティングコマンドより前に送られた MAIL、AUTH、STARTTLS を拒否します。たとえば、接続直後に STARTTLS を発行するクライアントです。</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>コマンドのパラメーターが実装されていません</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>コマンドは認識されていますが、指定されたパラメーター値をサーバーがサポートしていません。実際には、サーバーが提供していない認証方式を指定した AUTH への応答として使われ（RFC 4954 ではこの場合 5.5.4 と組み合わせます）、Postfix は完全修飾されていない HELO 名やエンベロープアドレスを拒否する際にも使います。</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>AUTH の時点で、クライアントがサーバーの持たない CRAM-MD5、NTLM、XOAUTH2 などの認証方式に固執した場合に返されます。Gmail と Microsoft Exchange は 504 5.7.4 Unrecognized authentication type を返します。また、reject_non_fqdn_helo_hostname や対応する送信者・受信者の制限を使っている Postfix サーバーでは、HELO、MAIL FROM、RCPT TO の時点で、Helo command rejected: need fully-qualified hostname または need fully-qualified address を伴う 504 5.5.2 が返されます。smtpd_tls_auth_only を設定した Postfix は、STARTTLS より前の AUTH に 504 5.5.4 を返します。</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>AUTH の場合は、ユーザーまたはクライアントの管理者が、サーバーが通知している認証方式（TLS 上の PLAIN または LOGIN が一般的）を選び、必ず先に STARTTLS を行うようにします。HELO やアドレスが拒否される場合は、送信側の管理者が完全修飾の HELO 名（Postfix では myhostname）を設定し、アプリケーションが user@example.com のような完全なアドレスを使うようにします。受信側の管理者が制限を緩めるのは、既知の取引先に対して厳しすぎる場合に限られます。</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>同じ認証方式、HELO 名、アドレスで再試行しないでください。この拒否は恒久的です。AUTH に失敗した後は、RFC 4954 で認められているとおり、同じセッション内で、通知されている別の認証方式を試すことができます。</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>クライアントが、サーバーの EHLO 応答にない AUTH の認証方式を強制しています。たとえば PLAIN と LOGIN しか提供しないサーバーに対する CRAM-MD5 や NTLM です。</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>TLS 上でのみ認証を許可するサーバーに STARTTLS より前に AUTH が送られ、サーバーがそれを 538 ではなく 504 で報告しています。</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>送信側 MTA が mailhost のような短い非修飾の HELO 名を名乗っており、受信側が reject_non_fqdn_helo_hostname を使っています。</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>エンベロープの送信者または受信者に完全修飾ドメインがなく（user@localhost のような形式）、受信側が完全修飾を必須としています。</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Google の旧 XOAUTH のような廃止された認証方式が、プロバイダーで受け付けられなくなっています。</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>STARTTLS セッションを開き、EHLO test.example.com と入力して 250-AUTH 行を読み、提供されている認証方式を確認します。</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Postfix サーバーが送る HELO 名を確認します。完全修飾名である必要があります。</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>その名前が DNS で解決できることを確認します。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>受信側の Postfix サーバーで、どの非 FQDN 制限が有効になっていて、どのコードを使っているかを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Gmail のサブミッションサービスは、Gmail が提供していない SASL の認証方式をクライアントが要求したときにこれを返します。問題は認証方式の名前であり、パスワードではありません。</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>不正なメールアドレス</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>510 を SMTP 応答コードとして定義している RFC はありません。「SMTP エラー」の一覧では「不正なメールアドレス」とされていますが、実際にはこの番号はほぼ例外なく、拡張ステータスコード 5.1.0（Other address status、RFC 3463）からドットが抜け落ちたものです。実際の応答はおそらく 550 5.1.0 か 553 5.1.0 で、サーバーがそれ以上絞り込まなかったアドレスの問題を表しています。</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>短縮されたバウンスの要約で見かけます。ESP のダッシュボード、チケットシステム、Web メールの通知、フォーラムの投稿などが、&quot;550 5.1.0 Sender denied&quot; のような行を「エラー 510」と書いているものです。たとえば Exchange Online は、拒否された送信者と解決できなかった受信者に 5.1.0 を使います。実際の通信で本物の 510 が返されることはまれで、規格に準拠していないソフトウェアからしか返されません。</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>送信者（またはバウンスを読む人）はまず、バウンスやメールログから完全な応答行を入手します。5.1.0 だけでは、拒否されたのが送信者と受信者のどちらのアドレスなのかわからないためです。両方のアドレスに入力ミスや余計な文字がないか確認してください。応答が Exchange Online からのもので送信者を名指ししている場合は、保存したコピーやオフラインのコピーに返信するのではなく、新しいメッセージを作成するよう送信者に依頼してください。行にまったく別のことが書かれている場合は、本当の 3 桁のコードを調べてください。</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>送信側 MTA が文字どおりの 510 を受け取った場合は、最初の桁で判断しなければなりません（RFC 5321 4.2）。つまり恒久的な失敗なので、キューに入れずにメッセージをバウンスします。アドレスを修正してから再送してください。</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>バウンスの要約やダッシュボードが、拡張ステータスコード 5.1.0 をドットなしで表示しました。</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>受信側サーバーがアドレスを拒否しましたが、5.1.1 や 5.1.7 ではなく、アドレス分類の汎用コード（5.1.0）しか報告しませんでした。</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online が、送信者の拒否を示す 5.1.0 Sender denied を返しました。典型的には、ファイルとして保存されてオフラインで開かれたメッセージに誰かが返信した後に発生します。</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Exchange 内部のレガシーアドレス（legacyExchangeDN）を検索できず、Exchange が受信者を解決できませんでした。</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>自分のメールログで、失敗したアドレスの完全な応答行を探します。最初の 3 桁が本当の基本コードで、その後に拡張ステータスコードが続きます。</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>バウンスメッセージでは、冒頭のわかりやすい要約ではなく、配送状態を示す delivery-status パートの Status: フィールドと Diagnostic-Code: フィールドを読みます。</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>エンベロープ送信者のドメインと受信者のドメインの両方が DNS に存在することを確認します。</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>不正なメールアドレス</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 はどの RFC でも SMTP 応答コードとして定義されていません。「エラー 511、不正なメールアドレス」と報告される場合、ほぼ必ず拡張ステータスコード 5.1.1（Bad destination mailbox address）を指しています。つまり、受信者のサーバーがメールボックスが存在しないと伝えているということです。実際の通信では 550 5.1.1（ときには 5.1.1 付きの 553 や 554）として届きます。</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>バウンス統計、CRM やニュースレター配信ツール、コピーされて出回っているエラー一覧で見かけます。そこでは &quot;550 5.1.1 ... User unknown&quot; が 511 に短縮されています。元の応答は RCPT TO への応答として返されるか、受信側サーバーがメッセージを受け付けた後で受信者を確認する場合は、後からバウンスとして届きます。</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>送信者は受信者のアドレスを 1 文字ずつ確認し（文字の入れ替わり、ドットの欠落、国別ドメインの誤り、退職者のアドレスなど）、電話など別の手段で受信者に確認します。メーリングリストの管理者は、5.1.1 が確定したアドレスを再試行せずにリストから削除します。受信側サーバーを運用していて、そのユーザーが実在する場合は、サーバーが RCPT の時点で参照するエイリアス、仮想アドレス、ディレクトリの検索を確認してください。</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>511 単体の応答に対しては、何も再試行すべきではありません。最初の桁に従って恒久的な失敗と解釈してください。その背後にある本当の 550 5.1.1 については、修正後のアドレスを人が確認するまで、そのアドレスへの送信をやめてください。</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>アドレスのローカル部（@ より前の部分）の入力ミスです。</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>アカウントが削除されたか、名前が変更されました。たとえば従業員の退職後や、会社がアドレスの形式を変更した後です。</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>アドレス帳やオートコンプリートのキャッシュから選んだ古いアドレスが、ディレクトリと一致しなくなっています。</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>受信側で、ユーザーはメールボックスストアに存在するが、SMTP サーバーが確認するエイリアステーブルや受信者テーブルに登録されていません。</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>メッセージを送らずに受信者をテストします。RCPT TO への応答で、サーバーがそのメールボックスを認識しているかがわかります（多くの大手プロバイダーは教えてくれません）。</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>自分の Postfix サーバーで、どのテーブルがそのアドレスに応答し、どのような応答を返したかを確認します。</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Exim を運用している場合は、そのアドレスをどのようにルーティングするか Exim に問い合わせます。ルーティング不能（unrouteable）という結果であれば、5.1.1 は正しいということです。</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>受信者ドメインのホストが DNS で見つかりません</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>512 を割り当てている RFC はありません。エラー一覧では「受信者のドメインが見つからない」という意味で使われており、これは拡張ステータスコード 5.1.2（Bad destination system address、RFC 3463）に当たります。つまり @ より後の部分が存在しないか、メールを受信できないということです。実際の応答は通常 550 5.1.2 か 553 5.1.2、あるいは DNS の検索に失敗した後に送信者側のサーバー自身が作成したバウンスです。</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>リモートのサーバーがまったく関与しないことがよくあります。送信側 MTA がドメインの MX レコードとアドレスレコードを検索して NXDOMAIN を受け取り、自らメッセージをバウンスするのです。Sendmail はこれを &quot;Host unknown (Name server: ...: host not found)&quot; 付きの 550 5.1.2 として書き出し、Postfix は &quot;Host or domain name not found&quot; と報告して 5.4.4 に分類します。Gmail は、存在しないドメイン宛ての送信に 553 5.1.2 で応答します。</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>送信者はドメインのつづりを確認します（hotmial、gmial、国別のサフィックスの欠落、.com ではなく .con など）。ドメインが正しければ、ドメイン所有者側の管理者が DNS を修正する必要があります。ドメインが期限切れになっているか、委任が外れている可能性があります。多数のドメインが一斉に失敗する場合は、送信側の管理者が送信側サーバー自身のリゾルバーを確認します。ローカルのリゾルバーが壊れていると、あらゆる検索がドメインの不在のように見えるためです。</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>512 単体の応答は、最初の桁に従って恒久的な失敗として扱ってください。送信側 MTA は、権威ある NXDOMAIN を受け取った場合はバウンスすべきですが、DNS のタイムアウトや SERVFAIL の場合は（一時的な失敗として）再試行を続けるべきです。これらはドメインが存在するかどうかについて何も示していないからです。</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>受信者のドメインのつづりが間違っており、誤ったつづりの名前は登録されていません。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>受信者のドメインの登録が期限切れになった、またはそのネームサーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>送信側サーバーのリゾルバーが壊れている、ファイアウォールでブロックされている、または古いキャッシュから応答しています。</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>内部専用の名前（.local やスプリットホライズンのドメイン）が、その名前を解決できるネットワークの外でメールアドレスとして使われました。</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>ドメインのメールエクスチェンジャーを DNS に問い合わせます。完全な応答に NXDOMAIN が含まれていれば、そのドメインは存在しません。</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>自分のリゾルバーを経由せずにルートサーバーから順にたどって名前を解決し、ローカルの DNS 障害の可能性を排除します。</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>送信側サーバーのログで、ローカルで生成されたバウンスを探します。</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>アドレスの種類が正しくありません</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 はどの RFC でも定義されていません。一覧では「アドレスの種類が正しくない」と説明されており、拡張ステータスコード 5.1.3（Bad destination mailbox address syntax、つまり宛先メールボックスのアドレス構文が不正。RFC 3463）を表しています。つまり受信者のアドレスが、有効だが存在しないアドレスなのではなく、そもそも有効なアドレスになっていないということです。実際のサーバーは 501 5.1.3 または 553 5.1.3 として返します。</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>RCPT TO の引数の形式が不正な場合に返されます。Postfix は 501 5.1.3 Bad recipient address syntax を返し、Gmail は受信者のアドレスが有効な RFC 5321 アドレスではないという内容の 553 5.1.3 を返します。ユーザー入力からアドレスを組み立てる Web フォームやスクリプトや、目に見えない文字を含んだまま文書からコピーされたアドレスで発生します。</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>送信者、またはメッセージを作成したアプリケーションがアドレスを整えます。@ は 1 つ、空白なし、山かっこ内に表示名や引用符を入れない、末尾にドットを付けない、ワープロから貼り付けたスマートクォートやゼロ幅文字を含めない、といった点です。開発者はアドレスをメールライブラリに渡す前に検証して前後の空白を除去し、RCPT TO にはアドレス部分のみを渡してください。</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>再試行しないでください。形式が不正なアドレスは毎回同じように失敗します。文字どおりの 513 は最初の桁に従って恒久的な失敗として扱い、アドレスを修正できるようメッセージを差し戻してください。</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>アドレス内に空白、カンマ、セミコロンが含まれています。リストを 1 つの入力欄に貼り付けたことが原因であることが多いです。</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>エンベロープの受信者として、アドレスだけでなく表示名とアドレスがまとめて渡されました。</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>文書やスプレッドシートからコピーされた不可視文字や組版用の文字（ノーブレークスペース、曲がった引用符）が含まれています。</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>SMTPUTF8 を提供していないサーバーに、非 ASCII 文字を含むアドレスが送られました。</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>アプリケーションが保存しているとおりのアドレスについて、隠れた文字を表示します。</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>受信者の指定を手作業で再現し、RCPT TO に対するサーバーの応答を確認します。</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Postfix では、クライアントが送った正確な文字列をログで探します。拒否の行にその文字列が引用されています。</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>正しい QHLO ID を使用してください</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>標準のコードではありません。この文言は QUICKSTART SMTP 拡張のインターネットドラフト（draft-fanf-smtp-quickstart、2007 年）に由来します。このドラフトは、サブミッションセッション開始時の往復回数を減らすための QHLO コマンドを提案していました。ドラフトは RFC にならないまま失効しており、520 を送信する主要なサーバーは知られていません。</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>実際のメール配送ではほぼ見かけません。Web 上でコピーされて出回っている応答コード一覧に載っているだけで、実際に返されるとすれば、QUICKSTART ドラフトを実装した実験的なサーバーが QHLO に応答する場合に限られます。通常のサーバーが 520 を送ってきた場合は、独自の目的でこの番号を使っているため、手がかりは応答テキストだけです。</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>対応するのはクライアントソフトウェアです。QHLO やクイックスタートモードの使用をやめ、通常の EHLO でセッションを開始してください。ベンダー製品がこのコードを返す場合は、そのドキュメントを読むか、サーバーの管理者にテキストの意味を問い合わせてください。</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>同じコマンドを再試行しないでください。標準の EHLO の手順で再接続します。それでもサーバーが通常のコマンドに 520 を返す場合は、恒久的な失敗として扱い、受信側の管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>失効した QUICKSTART ドラフトを実装した実験用またはテスト用のサーバーが、QHLO で指定された識別子を拒否しました。</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>独自ソフトウェアが、ドラフトとは無関係な独自の意味で 520 を流用しています。意味は応答テキストで説明されています。</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>ログ行から番号を読み違えた、またはオンラインの一覧からコピーしたもので、そもそもサーバーから返されたものではありません。</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>送信ログから完全な応答テキストと、それがどのコマンドへの応答かを取得します。それらがなければ、520 だけでは何も確定できません。</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>サーバーが EHLO 応答で非標準の拡張キーワードを通知していないか確認します。</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>ホストはメールを受け付けません</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>このホストは誰からのメールも一切受け付けません。このコードは実験的な RFC 1846 で最初に提案され、接続に 554 で応答するよりも明確な代替手段として RFC 7504（2015 年）で標準化されました。このコードを受け取ったクライアントは、キューに入れて再試行するのではなく、そのホストへの配送を断念すべきです。</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>通常は 220 の代わりにグリーティングとして返されます。別の目的で存在するマシン（Web サーバー、送信専用の中継サーバーなど）が、メールを受け付けないことをはっきり伝えるために使い、その後、接続は切断されるか、以降のコマンドは拒否されます。Postfix も実際にこれを送信します。postscreen は、グリーティング前に話し始めたクライアントやプロトコルに違反したクライアントを、521 5.5.1 Protocol error で切断します。</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>送信者はそのホストやドメインへの送信をやめ、別の手段で受信者にアドレスを確認してください。そのドメインがメールを受信するはずのものであれば、受信側の管理者が MX レコードやメールサーバーを修正します。521 が postscreen から返された場合は、クライアントが切断の原因なので、送信側の管理者がクライアントのプロトコル上の挙動を修正します（グリーティングを待つ、通知されていない限りパイプライン処理をしない）。</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>そのホストへの再試行のためにメッセージをキューに入れないでください。この拒否は恒久的なものとして意図されています。アドレスを確認できるよう、521 のテキストを付けて送信者にバウンスしてください。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>ドメインの MX（MX がない場合は A レコード）が、意図的にメールサービスを動かしていないマシンを指しています。</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>古い、または誤った DNS レコードが原因で、クライアントが送信専用の中継サーバーや Web サーバーに接続しました。</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>Postfix の postscreen が、グリーティング前の送信、通知されていないパイプライン処理、裸の改行（bare newline）などのプロトコル違反を理由にクライアントを切断しました。</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>受信者のドメインがメールの受信をやめ、521 を返す応答プログラムをそのまま残しています。</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>そのドメインのメールの配送先を確認します。null MX（0 .）は、そのドメインがメールを一切受信しないことを意味します。</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>ホストに接続してグリーティング行を読みます。</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Postfix クライアントでは、ログで拒否を探します。521 5.5.1 Protocol error は、相手側の postscreen のテストに引っかかったことを示します。</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>自分のサーバーの postscreen がこれを送っている場合は、pregreet テストと bare newline テストのアクションを見直します。</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>暗号化が必要です</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>レジストリにのみ存在するコードです。523 を応答として定義している RFC はありませんが、IANA の拡張ステータスコードレジストリには、RFC 5248 によって登録された X.7.10 Encryption Needed の基本コードとして記載されています。要求された認証には先にプライバシー層が必要であることを示しており、クライアントは TLS を開始して（またはより強力な認証方式を選んで）認証をやり直す必要があります。</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>暗号化されていない接続での AUTH への応答として返されます。maddy などのサーバーで使われている Go ライブラリ go-smtp は、クライアントが STARTTLS より前に認証しようとすると 523 5.7.10 TLS is required を返します。他のほとんどのソフトウェアは、同じ状況を 530、538、504 で報告します。</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>クライアントのユーザーまたはソフトウェアの側で修正します。認証の前に、ポート 587 では STARTTLS を、ポート 465 では暗黙的 TLS を有効にしてください。TLS を有効にしても失敗する場合は、クライアント側の管理者が、STARTTLS を除去するファイアウォールやウイルス対策製品がないか調べます。サーバー管理者は、エラーを消すためだけに平文でのログインを許可するべきではありません。</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>平文の接続で AUTH を繰り返さないでください。STARTTLS を発行し、EHLO を再送してから認証します。TLS が有効になれば、再試行は成功するはずです。</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>メールクライアントのセキュリティ設定が「なし」または「通知された場合のみ STARTTLS」になっており、平文で AUTH を送っています。</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>STARTTLS によるアップグレードが失敗したか、ミドルボックスによって除去され、クライアントが暗号化なしで続行しました。</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>サーバーがプライバシー層を必須としているのに、クライアントが PLAIN や LOGIN のような平文パスワードの認証方式を使っています。</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>STARTTLS 上で認証し、接続が暗号化されていればアカウントが正常に使えることを確認します。swaks はパスワードの入力を求めます。</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>クライアントのネットワークから、STARTTLS が提供されていてハンドシェイクが完了することを確認します。</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>クライアントのアカウント設定で、セキュリティをポート 587 なら STARTTLS、ポート 465 なら SSL/TLS に設定します。「なし」は絶対に使わないでください。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>基本定義なし（X.7.11 に関連）</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>独自の定義を持たない、レジストリにのみ存在するコードです。IANA レジストリは 538 と並んで 524 を X.7.11 Encryption required for requested authentication mechanism（要求された認証方式には暗号化が必要）の基本コードとして挙げていますが、X.7.11 を定義している RFC 4954 が使っているのは 538 だけです。524 は「この AUTH の認証方式は暗号化された接続上でしか使えない」という意味に読んでください。</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>ごくまれに、平文の接続での AUTH への応答として、RFC 4954 ではなく IANA の表に従ったソフトウェアから返されます。同じ状況に対して、ほとんどのサーバーは 538 5.7.11 か 530 を返します。</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>クライアント側で修正します。認証の前に STARTTLS または暗黙的 TLS を有効にしてください。そのリスナーがまったく TLS を提供していない場合は、サーバー管理者が証明書をインストールするか、TLS に対応したサブミッションポートをユーザーに案内する必要があります。</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>平文のまま再試行しても無意味です。STARTTLS が成功し、EHLO を改めて送信した後でのみ AUTH を繰り返してください。</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>クライアントが STARTTLS より前に AUTH を試み、サーバーがその認証方式を暗号化されたセッションに限定しています。</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>サーバーソフトウェアが、暗号化必須を示す応答に IANA の表から 524 を採用しています。ほとんどの実装は 538 を使います。</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>クライアントが使うリスナーに TLS が設定されておらず、そこではその認証方式を決して使えません。</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>応答全体と拡張ステータスコードを確認します。5.7.11 であれば、暗号化が必須条件であることが確定します。</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>STARTTLS の後に、同じアカウントで別の認証方式を試します。</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>クライアントに「TLS を必須にする」「常に STARTTLS を使う」などのオプションがあるか確認し、それが有効になっていることを確かめます。</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>ユーザーアカウントが無効です</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>レジストリにのみ存在するコードです。IANA レジストリは、RFC 5248 によって登録された X.7.13 User Account Disabled と 525 を組み合わせています。認証情報は正しいものの、料金の未払い、不正利用、不正侵入の疑いなどの理由でアカウントが無効化されており、管理者が再び有効にするまで拒否され続けます。</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>原則として、無効化されたアカウントで AUTH に成功した直後に返されます。使っているサーバーは少なく、ほとんどは無効なアカウントを 535 や 550 で報告します。Gmail は無関係なプロトコル違反（STARTTLS の後にコマンドをパイプライン送信した）に対して 5.7.10 付きの 525 を送るため、アカウントの無効化と決めつける前に拡張ステータスコードとテキストを確認してください。</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>アカウントの所有者が送信アカウントの管理者またはプロバイダーに連絡し、無効化された理由を確認して再び有効にしてもらいます。クライアントでパスワードを変更しても解決しません。Gmail の 5.7.10 の場合は、送信者側の管理者がクライアントまたは MTA を修正し、TLS ハンドシェイクの完了を待ってから他のデータを送るようにします。</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>このアカウントでの再試行をやめてください。アカウントが再び有効になるまですべての試行が失敗し、ログインを繰り返すとロックが長引くことがあります。管理者がアカウントの有効化を確認してから再開してください。</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>管理者がアカウントを無効化または停止しました（料金の未払い、不正利用の報告、パスワードの漏洩）。</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>送信スパムの急増などのセキュリティ上のイベントの後、アカウントが自動的にロックされました。</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Gmail からの 5.7.10 の場合: クライアントが TLS ハンドシェイクを待たずに、STARTTLS の直後に続けてコマンドを送りました。</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>応答の拡張ステータスコードを確認します。5.7.13 ならアカウントの無効化を意味し、それ以外ならテキストを確認する必要があります。</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>同じアカウントでプロバイダーの Web メールにサインインします。アカウントが無効化されている場合、通常はそこでわかりやすい言葉で説明されています。</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>525 5.7.10 の場合は、STARTTLS をまたいでパイプライン処理をしないクライアントでセッションを再実行し、結果を比較します。</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail は無効化されたアカウントには 525 を使いません。5.7.10 と組み合わせて、TLS ハンドシェイクを待たずに STARTTLS の後にコマンドをパイプライン送信したクライアントを拒否します。Google 自身のエラー一覧には同じテキストが 523 5.7.10 として掲載されていたこともあるため、どちらの基本コードで返ってくることも想定してください。</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>認証が必要です / 先に STARTTLS コマンドを発行してください</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>クライアントが先に必要な手順を済ませるまで、サーバーはコマンドを拒否します。必要なのは認証（RFC 4954。530 5.7.0 Authentication required として送信）か TLS の開始（RFC 3207。530 Must issue a STARTTLS command first）です。通常は MAIL FROM への応答として返され、クライアントが不足している手順を実行できるようにセッションは維持されます。</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>主にサブミッションポート（587）やログインを必須とする中継サーバーで、MAIL FROM の時点で返されます。対象は、認証や STARTTLS を設定せずにセットアップされたクライアント（プリンター、スキャナー、スクリプト、監視ツール、Web アプリケーション）です。Gmail のサブミッションサーバーは 530 5.7.0 Must issue a STARTTLS command first を返し、Microsoft 365 は認証せずに送信しようとするクライアントに 530 5.7.57 を返します。</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>クライアント側で修正します。STARTTLS（ポート 465 なら暗黙的 TLS）と、メールボックスの認証情報を使った SMTP 認証を有効にしてから再送してください。Microsoft 365 では、テナント管理者がそのメールボックスに対して認証付き SMTP を許可する必要もあります。認証できないデバイスは、ローカルの中継サーバーか、プロバイダーが非認証の送信向けに提供しているコネクタを経由して送信してください。</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>何も変更せずに再送しないでください。同じセッション内であれば、クライアントは求められたとおりに STARTTLS または AUTH を発行し、MAIL FROM を繰り返すことができます。キュー内のメッセージは、クライアントの設定を修正してから再送してください。</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>クライアントで SMTP 認証が無効になっている、またはログイン済みのユーザーにしか中継しないサーバーのポート 25 に送信しています。</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>クライアントで STARTTLS が無効になっているため、TLS 確立後にしかメールを受け付けないサーバーに平文で MAIL FROM を送っています。</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>先に行った AUTH が失敗したのにクライアントがエラーを無視したため、MAIL FROM が未認証のまま届いています。</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>以前のオープンリレー向けに設定されたデバイスやアプリケーションが、現在はログイン必須のサーバーを指しています。</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>EHLO 応答を確認します。STARTTLS はあるが AUTH がない場合、認証は TLS の確立後にのみ提供されます。</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>認証付き送信のテストを最後まで実行します。--auth-password を省略すると、swaks がパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>クライアント自身のログで、MAIL FROM より前の AUTH への応答を確認します。AUTH がない、または失敗していれば、それが 530 の原因です。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Gmail のサブミッションサーバーは、メールトランザクションの前に STARTTLS を必須としています。ポート 587 で平文のまま送信するクライアントは、MAIL FROM の時点でこれを受け取ります。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Exchange Online のクライアント送信用エンドポイントは、MAIL FROM の前に SMTP AUTH を必須としています。AUTH の試行が失敗したのにクライアントがそのまま続行した場合にも返されます。</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>基本定義なし（X.7.1 に関連）</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>独自の定義を持たない、レジストリにのみ存在するコードです。IANA レジストリは、X.7.1 Delivery not authorized, message refused（配送が許可されていないため、メッセージは拒否された）と組み合わせて使われる基本コードの 1 つとして 533 を挙げています。セキュリティまたはポリシー上の理由による恒久的な拒否として扱い、詳細は拡張ステータスコードと応答テキストで確認してください。</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>550 5.7.1 と 554 5.7.1 が同じ範囲をカバーしているため、実際の通信で見かけることはほぼありません。もし返されるとすれば、ニッチなソフトウェアや独自のソフトウェアから、ポリシーチェック（中継の許可、許可されていない送信者、ブロックリスト）で送信者が拒否された後、MAIL FROM または RCPT TO の時点で返されると考えられます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>送信者側の管理者が応答テキストを読んでポリシーを特定し、原因を修正します。中継の前に認証する、アカウントが使用を許可されたアドレスからのみ送信する、送信元 IP の掲載解除を受ける、などです。拒否が誤っていると思われる場合は、完全な応答、時刻、送信元 IP を添えて受信者側の管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>変更せずに再試行しないでください。ポリシーによる拒否は繰り返されます。原因を修正するか、受信者側の管理者が例外を認めてから再送してください。</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>独自または一般的でないサーバーが、中継拒否や許可されていない送信者などのポリシーによる拒否を、550 ではなく 533 で報告しています。</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>送信元 IP またはドメインが、受信側が参照するブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>認証済みユーザーが、アカウントに許可されていないアドレスとして送信しようとした、または許可されていないドメインへ中継しようとしました。</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>応答全体を取得します。拡張ステータスコード（通常は 5.7.1）とテキストから、どのポリシーが発動したかがわかります。</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>エンベロープ送信者が、認証済みアカウントまたはその許可されたエイリアスのいずれかと一致していることを確認します。</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>応答テキストに記載されたブロックリストについて、そのリスト自身の検索ページまたは DNS ゾーンを使って送信元 IP を確認します。</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>認証方式の強度が不十分です</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>RFC 4954 で 534 5.7.9 として定義されています。クライアントが選んだ AUTH の認証方式が、そのユーザーについてサーバーのポリシーが許容する強度に達していないため、クライアントはより強力な認証方式で再試行する必要があります。大手プロバイダーはこれを拡大解釈して「この種類のパスワードは受け付けられない」という意味で使っており、特に Gmail は、アプリ パスワードや OAuth によるサインインが必要な場合にこれを返します。</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>サブミッションポートで AUTH の直後に返されます。RFC どおりの意味では、サーバーがそのアカウントに SCRAM、CRAM-MD5、GSSAPI を求めているのに、クライアントが PLAIN や LOGIN を使っている場合です。実際にはるかに多いのは、Gmail が 534-5.7.9 Application-specific password required を返す場合や、先に Web ブラウザからサインインするようユーザーに求める 534-5.7.14 を返す場合です。</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>ユーザーまたはクライアントの管理者が、クライアントの認証方法を変更します。Gmail の場合は、アプリ パスワードを作成する（2 段階認証プロセスが有効になっている必要があります）か、クライアントを OAuth 2.0 に切り替え、保留中のブラウザでのサインイン確認があれば完了させます。RFC どおりの意味で使っているサーバーの場合は、SCRAM-SHA-256 や CRAM-MD5 などサーバーが受け付ける認証方式を設定するか、クライアントライブラリをアップグレードします。</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>同じ認証方式とパスワードで再試行しても失敗し続け、アカウントのロックを招くことがあります。RFC 4954 は、クライアントが同じセッション内でより強力な認証方式を試すことを想定しています。それができない場合は、次の試行の前に認証情報を修正してください。</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>アカウントで 2 段階認証プロセスが有効になっているのに、クライアントが通常のアカウントパスワードを送っています。Gmail はアプリ パスワードか OAuth 2.0 を求めています。</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>プロバイダーがサインインを不審と判断し（新しい場所やデバイス）、SMTP を再び使えるようにする前に、ブラウザでの対話的なログインを求めています。</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>サーバーがそのユーザーにチャレンジ/レスポンス型または Kerberos の認証方式を要求しているのに、クライアントが平文の認証方式を選びました。</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>古いクライアントライブラリが LOGIN と PLAIN しか知らず、サーバーが求めるより強力な認証方式を提示できません。</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>拡張ステータスコードとテキストを確認します。5.7.9 で application-specific password とあればアプリ パスワードか OAuth が必要、5.7.14 であればブラウザでの確認が保留中です。</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>STARTTLS の後に提供される認証方式を一覧表示し、より強力な選択肢を確認します。</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>swaks で特定の認証方式を強制し、そのアカウントでサーバーがどの認証方式を受け付けるかを確認します。</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>アカウントで 2 段階認証プロセスが有効なのに、クライアントが通常のパスワードでログインした場合に Gmail が返します。アプリ パスワードか OAuth 2.0 が必要であり、SASL の認証方式自体は問題ではありません。</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>アカウントの所有者がブラウザからサインインしてセキュリティチェックを通過するまで、Gmail が SMTP ログインをブロックしています。</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>認証情報が無効です</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>ログイン失敗を示す RFC 4954 の応答で、535 5.7.8 として送信されます。ユーザー名、パスワード、トークンのいずれかが受け付けられませんでした。クライアントは同じ認証情報を繰り返すのではなく、ユーザーに新しい認証情報の入力を求める必要があります。</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>サブミッションポートでの AUTH のやり取りの最後に、メールクライアント、スクリプト、プリンター、監視ツールに対して返されます。認証に失敗すると、Postfix は 535 5.7.8 Error: authentication failed を、Gmail は 535-5.7.8 Username and Password not accepted を返します。Microsoft 365 は、パスワードの誤りとテナントのポリシーによるログインのブロックの両方に 535 5.7.139 と 535 5.7.3 を使います。</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>ユーザーがパスワードを入力し直すかリセットし、ユーザー名の形式を確認します。Gmail ではアプリ パスワードか OAuth 2.0 を使用します。Microsoft 365 では、テナント管理者がそのメールボックスで認証付き SMTP を有効にするか、アプリケーションを OAuth や別の送信方法に移行します。全ユーザーが一斉に失敗する場合は、サーバー管理者が認証バックエンドとそのログを確認します。</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>同じ認証情報で試行を繰り返さないでください。何も変わらないうえ、失敗を重ねるとアカウントがロックされたり、クライアントの IP がブロックされたりすることがあります（RFC 4954 は、何度か失敗した後にサーバーが接続を切断することを認めています）。正しい認証情報を入手してから、1 回だけ試してください。</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>パスワードが誤っているか期限切れ、またはサーバーが完全なアドレスを期待しているのにユーザー名だけ（user@example.com ではなく user）を使っています。</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>プロバイダーが SMTP で通常のパスワードを受け付けなくなっています。Gmail はアプリ パスワードか OAuth 2.0 を必要とし、多くの Microsoft 365 テナントでは SMTP AUTH や基本認証が無効になっています。</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>パスワード内の特殊文字をクライアントが誤ってエンコードしている、またはスクリプトが AUTH PLAIN 文字列を誤って組み立てています。</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>サーバーの認証バックエンド（Dovecot、saslauthd、LDAP）が壊れている、または誤った場所でユーザーを検索しています。</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>swaks で同じ認証情報をテストし、クライアントが原因でないことを確かめます。swaks はパスワードの入力を求めます。</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Dovecot 経由で認証する Postfix サーバーでは、バックエンドを直接テストします。</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>失敗した試行について、サーバーがログに記録した理由を確認します。</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Microsoft 365 の場合は、テナント管理者に Exchange Online PowerShell で、そのメールボックスの SMTP AUTH が無効になっていないか確認してもらいます。</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>パスワードが誤っている場合に Gmail が返すほか、Gmail がアプリ パスワードや OAuth 2.0 を求めている場面で正しいアカウントパスワードが使われた場合にも、非常によく返されます。</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>組織全体で SMTP AUTH が無効になっているため、Exchange Online がログインを拒否しています。パスワードはまったく正しい可能性があり、この設定を変更できるのはテナント管理者だけです。</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>要求された認証方式には暗号化が必要です</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>RFC 4954 で 538 5.7.11 として定義されています。選択された AUTH の認証方式は、暗号化された接続上でのみ使用できます。RFC 4954 は歴史的な理由でこのコードを残しており、そのような認証方式は暗号化されていない接続ではそもそも通知しないようサーバーに求めていますが、いまだに AUTH に対してこれを返すサーバーもあります。</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>クライアントが STARTTLS の前にパスワード系の認証方式を提示した場合に、AUTH の時点で返されます。Nodemailer プロジェクトの Node.js 用 smtp-server パッケージ（多くのホスティング型送信サービスで使用）は 538 Error: Must issue a STARTTLS command first を返し、その他のサーバーは RFC の文言どおりの 538 5.7.11 を返します。</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>認証の前に暗号化するようクライアントを設定します。ポート 587 では STARTTLS、465 では暗黙的 TLS です。アプリケーションのコードでは、メールライブラリの TLS オプションをポートに合わせて設定してください。サーバー管理者は、RFC 4954 が推奨するとおり、STARTTLS の前にパスワード系の認証方式を通知しないようにすることで、問題の発生を防ぐ手助けができます。</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>暗号化せずに AUTH を再試行しないでください。TLS を開始し、EHLO を再送してから認証すれば、同じ認証情報が受け付けられるはずです。</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>設定で暗号化が無効になっているため、クライアントが STARTTLS の前に AUTH PLAIN や LOGIN を送っています。</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>日和見的な「利用可能なら TLS を使う」モードが STARTTLS の提供を見落とし、平文のまま続行しました。</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>メールライブラリの secure と starttls のオプションが、ポートに対して逆に設定されています。たとえば 587 で暗黙的 TLS も STARTTLS の要求もしていません。</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>サーバーが STARTTLS を提供しており、クライアントのネットワークからハンドシェイクが成功することを確認します。</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>STARTTLS 上で認証付きのテストを実行し、暗号化すればアカウントに問題がないことを確かめます。</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>クライアントまたはライブラリの設定で、ポート 587 では STARTTLS を任意ではなく必須にするか、ポート 465 では暗黙的 TLS を有効にします。</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>受信者のスパム対策フィルターによってメッセージが拒否されました</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>541 を定義している RFC はありません。ブログに掲載されている一覧では、受信者のスパムフィルターによる拒否と説明されています。実際のスパムによる拒否は、5.7.x の拡張ステータスコード（通常は 5.7.1）付きの 550 や 554 として届きます。実際のバウンスに「541」が現れる場合、ほとんどはドットが抜け落ちた 5.4.1 です。これは Microsoft 365 が、スパムではなく、不明な受信者や中継の拒否に対して 550 5.4.1 として送るものです。</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>実際の通信よりも、ESP のバウンス分類やトラブルシューティング記事で見かけます。Microsoft のケースはよくあり、&quot;550 5.4.1 Recipient address rejected: Access denied&quot; は Exchange Online のディレクトリベースのエッジブロックによって RCPT TO の時点で返されます。IANA レジストリでは X.4.1 は No answer from host（クラス 4 のコード）を意味するため、Microsoft の 5.4.1 は独自の用法です。</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>まず正確な応答行を入手してください。Microsoft 365 からの 550 5.4.1 であれば、不明な受信者として扱います。送信者はアドレスを確認し、受信側の管理者は、そのメールボックスまたはメール連絡先がテナント内に存在すること、そのドメインが承認済みドメインであることを確認します。本当にコンテンツによる拒否（DATA 終了後の 5.7.x）であれば、送信側の管理者が認証、送信元 IP のレピュテーション、メッセージの内容を見直します。</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>最初の桁に従って恒久的な失敗です。送信側 MTA はキューに入れずにバウンスします。同じメッセージを同じアドレスに再送しても、アドレス、テナントの構成、内容のいずれかが変わるまで同じ応答が返ります。</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online が、ディレクトリに存在しない受信者を拒否しました（550 5.4.1 Recipient address rejected: Access denied）。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>ドメインの MX は Microsoft 365 を指していますが、そのドメインがテナントの承認済みドメインになっていないため、中継の拒否を示す 550 5.4.1 Relay Access Denied が返されます。</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>バウンス処理ツールが、550 5.7.1 のスパムによる拒否を独自のラベルと番号に置き換えました。</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>自作のフィルターやアプライアンスが、標準の 550 や 554 ではなく、独自に作った 541 を返しています。</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>受信者のドメインが Microsoft 365 でホストされているか確認します。MX が mail.protection.outlook.com で終わっていれば、5.4.1 は Exchange Online から返されたものです。</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>ログで、失敗した受信者に対するリモートの完全な応答を探します。</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>受信側のテナントの管理者である場合は、他の設定を変更する前に、Exchange 管理センターで受信者が存在し、ドメインが承認済みであることを確認します。</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>要求された操作は実行されませんでした: メールボックスを利用できません</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>恒久的な拒否です。サーバーはこのアドレスまたはこのメッセージに対してコマンドを実行しません。RFC 5321 は 1 つのコードの下に 3 つの理由（メールボックスが見つからない、アクセス権がない、ポリシー上の理由でコマンドを拒否）を挙げているため、550 は入力ミスのアドレス、閉鎖されたアカウント、中継の拒否、ブロックリストに掲載された IP、DMARC チェックの失敗のいずれにも使われます。どれに当たるかは、後に続く拡張ステータスコードでわかります。5.1.1 は不明なユーザー、5.2.1 は無効化されたメールボックス、5.7.1 はポリシー、5.7.26 は認証です。</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>最も多いのは、受信側が受信者を確認する RCPT TO への応答です。MAIL FROM の時点（送信者の拒否）や DATA 終了後（コンテンツ、SPF、DKIM、DMARC の判定）にも返されます。Postfix は &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot; を、Exim は &quot;550 Unrouteable address&quot; を返します。Gmail と Microsoft 365 は、恒久的な拒否のほぼすべてに、それぞれ独自の拡張ステータスコードを付けた 550 を使います。一方、Yahoo と AOL は恒久的な拒否のほとんどを 553 と 554 として文書化しており、Yahoo の不明なユーザーは 554 でバウンスします。</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>拡張ステータスコードとテキストを読み、適切な側で対処します。5.1.x: 送信者がアドレスを修正するか受信者に確認し、リストの管理者はそのアドレスを配信対象から除外します。5.2.1: 受信者のアカウントが無効化または非アクティブになっており、再び有効にできるのは受信者本人かその管理者だけです。大手プロバイダーからの 5.7.x: 送信側の管理者が送信元 IP をブロックリストと照合し、SPF、DKIM、DMARC のアライメント、逆引き DNS を修正したうえで、プロバイダーの掲載解除フォームや送信者サポートのフォームを利用します。&quot;Relay access denied&quot; または &quot;Unable to relay&quot;: クライアントは、そのドメインを扱わないサーバーに送るのではなく、自分のサブミッションサーバーに認証して送信する必要があります。受信側サーバーを運用していて拒否が誤っている場合は、受信側の管理者がエイリアステーブル、ディレクトリ同期、トランスポートルールを確認します。</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>同じメッセージを同じ受信者に再試行しないでください。5yz の応答は、クライアントが同じ要求を変更せずに繰り返すべきではないことを意味し（RFC 5321 4.2.1）、不明なユーザーへの試行を繰り返すと送信者のレピュテーションが損なわれます。直ちに送信者にバウンスし、アドレス、認証、ブロックリストへの掲載が解決してから再送してください。</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>受信者のアドレスが存在しません。入力ミス、削除されたアカウント、退職した従業員などが原因です（5.1.1、Microsoft では 5.1.10）。</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>メールボックスは存在しますが、無効化されているか非アクティブになっています（5.2.1。Gmail はアカウントが非アクティブであると示します）。</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>送信元 IP が公開の DNS ブロックリスト、またはプロバイダー独自のブロックリストに掲載されています（Outlook.com S3150、Microsoft 365 5.7.606-649）。</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>メッセージが SPF、DKIM、DMARC に失敗し、送信者ドメインが p=reject を公開しているか、プロバイダーが認証を必須としています（5.7.26、5.7.509、5.7.515）。</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>認証されていないクライアントが、サーバーが扱っていないドメインへの中継を要求しました。</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>スパムフィルターやレピュテーションフィルターが、メッセージまたはその送信ドメインを望まれないものと判断しました（Gmail 5.7.1 likely unsolicited）。</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>受信側のルールです。グループが内部の送信者からしか受け付けない、トランスポートルールが送信者をブロックしている、送信者が受信者のブロックリストに載っている、などです。</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>バウンスの配送状態を示す delivery-status パートを読みます。Remote-MTA は拒否した相手を、Diagnostic-Code は応答を示し、&quot;in reply to RCPT TO / end of DATA&quot; というテキストはどの段階で拒否されたかを示します。</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>古いホストやバックアップのホストではなく、受信者ドメインの現在の MX に接続したことを確認します。</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>送信元 IP（ここでは 192.0.2.10 のオクテットを逆順にしたもの）を Spamhaus で確認します。パブリックリゾルバーからは回答の代わりに 127.255.255.254 が返されるため、自分のリゾルバーを使ってください。</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>送信元 IP に PTR レコードがあり、その名前を正引きすると同じ IP に解決されることを確認します。</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>失敗したメッセージを拒否するかどうかを決める、送信者ドメインの DMARC ポリシーを確認します。</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>メッセージを送らずに受信者の確認を再現します（自宅の回線ではなく、実際の送信元 IP から行ってください）。</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>RCPT TO の時点での、Gmail の不明なユーザーに対する応答です。該当する Google アカウントや Workspace ユーザーは存在しません。アドレスを修正してください。再試行しても決して解決しません。</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Google アカウントは存在しますが、無効化されているか、非アクティブになっています。復元できるのはアカウントの所有者か、その Workspace 管理者だけです。</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>このメッセージ、その送信元 IP、またはそのドメインに対するスパムおよびレピュテーションの判定です。Gmail は複数のポリシーによるブロックに 5.7.1 を使っており、コードの後のテキストでどれに当たるかがわかります。</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>メッセージが From ドメインの DMARC に失敗し、そのドメインが p=reject を公開しています。同じ拡張ステータスコードは、SPF と DKIM のどちらにも合格しないメールにも使われます。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Exchange Online 独自の受信者不明コードです（5.1.10。レジストリではこのコードは null MX に割り当てられています）。そのアドレスは受信者のテナントに存在しません。</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>ディレクトリベースのエッジブロックです。受信者がテナントにとって不明なため、RCPT TO の時点で拒否されています。Microsoft の 5.4.1 は、レジストリ上の意味（ホストからの応答なし）とは異なります。</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>送信元 IP が Microsoft 独自のブロックリストに掲載されています（5.7.606 から 5.7.649）。原因を解決した後、IP の所有者は Microsoft の掲載解除ポータルから削除を申請できます。</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>reject ポリシーを公開している From ドメインの DMARC 失敗です。5.7.5xx の範囲にある Microsoft 独自のコードです。</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com、Hotmail、Live が、レピュテーション上の理由で送信元 IP またはそのネットワークを拒否しています。多くの場合、MAIL FROM の時点ですでに拒否されます。送信側サーバーの運用者が Microsoft の送信者サポートにブロックの解除を依頼します。</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>2025 年 5 月以降、Outlook.com は 1 日に 5,000 通を超えるメッセージを送信するドメインからのメールを、SPF と DKIM に合格し、かつ DMARC（少なくとも p=none）のアライメントが取れていない限り拒否します。</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com と Hotmail は、存在しない受信者に対してこれを返し、通常は（S2017062302）のようなタグが続きます。5.1.10 に相当するコンシューマー向けサービスの応答です。ここでの 5.5.0 は不明なメールボックスを意味し、レジストリ上のプロトコルステータスの意味ではありません。</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>ユーザーはローカルにいません。&lt;forward-path&gt; を試してください</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>受信者はこのサーバーでは扱われておらず、サーバーは代わりの送信先をクライアントに伝えます。応答テキストには新しい forward-path が含まれます。これは、テキストがプログラムによって解析されることを想定した数少ない応答の 1 つです（RFC 5321 4.2）。RFC 5321 3.4 は、移転したユーザーについてサーバーがこれを使うことを認めていますが、アドレスを開示してしまうと警告しているため、現在ではまれです。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>RCPT TO や VRFY への応答として、移転したユーザーの表を設定した古いサーバーや小規模なサーバーから、&quot;551 User not local; please try &lt;jane@example.net&gt;&quot; のように返されます。自らが扱っていないドメインに対する中継拒否として、アドレスを示さずに 551 を誤用するサーバーもあります。</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>応答に新しいアドレスが示されている場合は、送信者がそのアドレスを受信者に確認してアドレス帳を更新し、新しいアドレスに再送します。メールクライアントや MTA がこれを自動で行うことはありません。アドレスが示されていない場合は中継拒否として扱います。自分の認証付きサブミッションサーバー経由で送信し、ドメインの MX レコードが、実際にそのドメインをホストしているサーバーを指していることを確認してください。新しいアドレスを明かしたくない受信側の管理者は、通知なしの転送（250 で応答。251 では新しいアドレスが表示されてしまいます）か、単純な 550 に切り替えます。</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>同じ受信者に再試行しないでください。また、黙って宛先を変更しないでください。RFC 5321 は、クライアントが新しいアドレスに従って動作するとサーバーが想定してはならないと定めています。示されたアドレスに人が再送できるよう、応答テキストをそのまま残してメッセージをバウンスしてください。</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>受信者が新しいアドレスに移転し、以前のサーバーが 551 で応答する移転ユーザーの表を保持しています。</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>クライアントが外部ドメイン宛てのメールを中継しようとし、サーバーが 550 5.7.1 ではなく 551 で拒否しました。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>ドメインの MX が、もはや受信者のメールボックスをホストしていないサーバーを指したままになっています。</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>応答テキストに示されたアドレス（&lt; と &gt; の間）をコピーし、別の手段で受信者に確認します。</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>そのドメインのメールを現在受信しているサーバーを確認します。</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>そのサーバーに対して受信者の指定を再現し、RCPT TO への応答を確認します。</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>要求されたメール操作は中止されました: 割り当てられた容量を超えています</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>ストレージの上限を超えたため、アクションが中止されました。現在では次の 2 つのいずれかを意味します。受信者のメールボックスがクォータを超えているか、メッセージがサーバーの受け付けるサイズより大きい（SIZE 拡張、RFC 1870）かです。RFC 821 では受信者が多すぎる場合にも 552 が挙げられていましたが、RFC 5321 4.5.3.1.10 はこれを 452 に訂正し、そのような 552 は一時的なものとして扱うようクライアントに求めています。</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>クライアントがサーバーの上限を超える SIZE= を宣言した場合は MAIL FROM の時点で、実際のメッセージが大きすぎる場合は DATA 終了後に返されます（Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;）。メールボックスが満杯の場合は RCPT TO または DATA 終了後に返され、多くは配送エージェントから送られます（Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;）。Gmail は、満杯かつ非アクティブな受信トレイ、サイズやヘッダーの上限、ブロック対象の添付ファイルの種類に 552 を使います。レジストリでは X.2.2（メールボックスが満杯）はクラス 4 とされていますが、ほとんどのサーバーが送るのは 552 5.2.2 です。</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>サイズの場合: 送信者がメッセージを小さくするか、ファイルを添付する代わりにリンクで共有します。添付ファイルは base64 でエンコードすると約 3 分の 1 大きくなるため、20 MB のファイルでも 25 MB の上限を超えることがあります。バウンスが自分のサーバーから返された場合は、送信側の管理者が送信時の上限を確認します。クォータの場合: 受信者がメールを削除またはアーカイブするか、ストレージを追加購入します。送信者は別の手段で受信者にそれを伝えます。添付ファイルの種類の場合: ファイルを別の形式で送るか、リンクとして送ります。</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>メッセージをバウンスしてください。変更せずに繰り返しても同じように失敗します。例外は RCPT TO の時点での RFC 821 の「受信者が多すぎる」という用法で、RFC 5321 はこれを一時的なものとして扱うよう定めています。残りの受信者は後のトランザクションで送信してください。クォータによるバウンスの後は、受信者が空き容量を確保してから人が再送できます。</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>base64 エンコードが加わると受信側のサイズ上限を超える添付ファイルです。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>受信者のメールボックスがストレージのクォータを超えています。</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>ストレージを使い切り、もう使われていない Gmail アカウントです（Gmail 552 5.2.2 out of storage space and inactive）。</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>実行ファイルや、実行ファイルを含むアーカイブなど、受信側が拒否する種類の添付ファイルです（Gmail 552 5.7.0）。</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>ヘッダーフィールドが大きすぎるか、多すぎます。たとえば膨大な To のリストや長い Subject です（Gmail 552 5.3.4 header limits）。</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>古いサーバーが、かつて RFC 821 で規定されていたとおり、受信者が多すぎる場合に今も 552 で応答しています。</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>エンコードを含め、実際に送信される状態の生のメッセージのサイズを測ります。</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>受信側が EHLO 応答で通知しているサイズ上限（250-SIZE 行、バイト単位）を確認します。</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Postfix で、メッセージサイズの上限とローカルメールボックスの上限を表示します（message_size_limit のデフォルトは 10240000 バイト）。</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Dovecot サーバーで、受信者のクォータ使用量を表示します。</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Google アカウントがストレージを使い切っており、使用されていません。単に満杯なだけのアカウントには、Gmail は 452 4.2.2 を返します。</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>メッセージ全体、添付ファイルの数、またはヘッダーが Gmail の受信上限を超えています。どの上限かはテキストに示されます。</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Gmail が拒否する種類の添付ファイルです（たとえば実行ファイル。アーカイブ内に含まれる場合も対象）。ストレージの問題ではなく、コンテンツポリシーによるものです。</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>要求された操作は実行されませんでした: メールボックス名が許可されていません</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>アドレスそのものに対する恒久的な拒否です。メールボックス名がこのサーバーにとって受け入れられないもので、古典的には構文の誤りが理由です。実際には、553 はサーバーが受け付けない送信者アドレス（解決できないドメイン、ログインしたユーザーが所有していないアドレス）や、サーバーが中継しないドメインにも使われます。RFC 5321 3.3 は MAIL FROM での失敗には通常 550 か 553 を返すとしており、3.5.1 では曖昧な VRFY の名前に 553 を使っています。</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>MAIL FROM と RCPT TO の時点で返されます。Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;。送信者ログインチェックを有効にした Postfix: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;。Qmail の中継拒否: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;。Gmail: 不明な受信者ドメイン、無効な受信者または送信者の構文に対して 553 5.1.2、5.1.3、5.1.7。SMTPUTF8 に対応したサーバーは、受け付けられない非 ASCII アドレスに 5.6.7 付きの 553 を使うことがあります。</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>送信者が問題のアドレスを修正します。構文を正しくし、実在する登録済みのドメインを使い、認証付き送信の場合はアカウントが送信者として使うことを許可されたアドレスだけを使ってください。アプリケーション開発者は、root@localhost や www-data@server ではなく、公開ドメインを使った適切なエンベロープ送信者を設定します。応答が中継拒否であれば、クライアントは自分のサブミッションサーバーに認証する必要があります。サーバー管理者がユーザーの許可済み送信者にアドレスを追加するのは、そのユーザーが本当にそのアドレスを所有している場合に限ります。</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>再試行しないでください。同じアドレスでは同じ 553 が返ります。アドレスや送信設定を変更できるようメッセージを差し戻し、その後、新しいメッセージとして送り直してください。</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>形式が不正なアドレスです。@ がない、空白がある、山かっこの対応が取れていない、エンベロープに表示名が含まれている、などです。</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>エンベロープ送信者が、外部から名前解決できない内部ホスト名を使っています。cron ジョブや Web アプリケーションによくあるケースです。</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>認証済みユーザーが、他人のアドレスとして送信しようとしました。</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>受信者のドメインが、このサーバーがメールを受信または中継する対象のドメインではありません。</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>受信者のドメインが DNS に存在しません（Gmail 553 5.1.2）。</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>非 ASCII のアドレスが、それを扱えないサーバーに送られました。</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>エンベロープ送信者のドメインが外部から名前解決できることを確認します。</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Postfix で、どの制限がアドレスを拒否したかを確認します。</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>送信ホストで、Postfix がローカルで生成されたメールに付ける名前を確認します。</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>実際の送信者と受信者のとおりにトランザクションを再現し、どちらが拒否されているかを確認します。</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>受信者のドメインが DNS に存在しません。通常は @ より後の部分の入力ミスです。</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>RCPT TO の引数の構文が無効です。Gmail はユーザーの検索すら行っていません。</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>MAIL FROM の引数の形式が不正です。アプリケーションやサーバーが設定しているエンベロープ送信者を修正してください。</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>トランザクションが失敗しました（接続開始時: No SMTP service here）</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>より限定的なコードに当てはまらない恒久的な失敗です。RFC 5321 はこれに 2 つの役割を与えています。セッション中の &quot;transaction failed&quot; と、サーバーが接続全体を拒否するために 220 のグリーティングの代わりに 554 を送る場合の &quot;No SMTP service here&quot; です。実際には 550 と並ぶ 2 大拒否コードの一つです。Postfix はブロックリストへの該当、中継の拒否、アクセスマップによる拒否にデフォルトで 554 を使い、DATA の後であれば通常はコンテンツ、スパム、ウイルスの判定を意味します。</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>接続元 IP が問答無用で拒否される場合に、220 の代わりに最初の行として返されます。RFC 5321 3.1 によれば、その場合サーバーは QUIT を待たなければならず、他のコマンドには 503 で応答すべきとされています。Postfix の制限により RCPT TO の時点で返される例: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; または &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;。DATA の時点では、すべての RCPT が拒否された場合に &quot;554 5.5.1 Error: no valid recipients&quot;。DATA 終了後にはコンテンツフィルターから返されるほか、&quot;554 Command refused due to lack of security&quot;（RFC 3207）としても返されます。Yahoo と AOL は恒久的な拒否のほとんどを 554 で送り、Gmail と Microsoft は形式不正のメッセージ、ループ、そして（Microsoft の場合は）満杯のメールボックスに使います。</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>まず、どの段階で拒否されたかを特定します。グリーティングの時点で拒否された、またはブロックリストに関するテキストが付いている場合: 送信者側の管理者が掲載状況を確認し、原因（乗っ取られたアカウント、オープンリレー、PTR の欠如）を取り除いて掲載解除を申請します。ブロックが受信側独自のものであれば、別の経路で受信側のポストマスターに問い合わせます。Relay access denied の場合: クライアントが認証する（通常はポート 587 で STARTTLS を使用）か、MX が本当にそのサーバーを指しているなら、受信者側の管理者がそのドメインをサーバーの中継ドメインまたは仮想ドメインに追加する必要があります。DATA 終了後の場合: 認証、リンク、添付ファイル、コンテンツを見直します。Yahoo の 554 5.7.9: DKIM と DMARC のアライメントを修正します。Yahoo の &quot;dd&quot; 行: アドレスが存在しないので削除します。ループのコード（5.4.6、5.4.14）: メールを行き来させている転送設定やコネクタを修正します。</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>トランザクションを変更せずに繰り返さないでください。グリーティングでの 554 は受信側がこのクライアントを拒否していることを意味するため、新しい接続を次々と試みてもブロックリストへの掲載が長引くだけです。QUIT を送信し、原因が取り除かれるまでメールをバウンスするか保留してください。DATA 終了後の 554 は、そのメッセージについては最終的な結果です。拒否された部分を変更してから再送してください。</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>接続元 IP が、受信側が参照する DNS ブロックリスト、または受信側独自のブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>認証されていないクライアントが外部ドメインへの中継を試みました（Postfix: Relay access denied）。</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>トランザクション内のすべての受信者が拒否されたため、DATA が no valid recipients で失敗しました。</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>DATA 終了後に、コンテンツフィルターがスパム、ウイルス、禁止された添付ファイルを検出しました。</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>メッセージが送信者ドメインの DMARC または DKIM のポリシーに失敗しました（Yahoo 554 5.7.9）。</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>受信者が Yahoo または AOL に存在しません。これらのサービスでは、不明なユーザーのバウンスは 554 の &quot;dd&quot; 行になります。</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>転送ルールやコネクタのループにより、メッセージがホップ数の上限を超えました（Gmail 5.4.6、Exchange Online 5.4.14）。</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>形式が不正なメッセージです。MIME 構造が壊れている、裸の LF（bare line feed）が含まれている、ヘッダーが無効である、などです（Gmail 554 5.6.0）。</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>接続してバナーを読みます。そこで 554 が返る場合、アドレスが確認される前に接続全体が拒否されています。</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Spamhaus に加えて、別のブロックリストでも送信元 IP（192.0.2.10 を逆順にしたもの）を調べます。</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>中継拒否で求められているとおり、自分のサーバーを経由した認証付き送信をテストします。</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Postfix の受信側サーバーで、554 を返した制限とそのデフォルトのコードを確認します。</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>ループによるバウンスの場合は、返送されたメッセージの Received: ヘッダーを数え、どのホストがメッセージを行き来させているかを確認します。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Yahoo の受信者不明の応答で、拡張ステータスコードは付きません。Yahoo は、再試行せずにアドレスをリストから削除するよう求めています。同じメールシステムは AOL のアドレスも扱っています。</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>メッセージが Yahoo の認証チェック（DKIM、SPF、DMARC）に失敗しました。典型的には、p=reject を公開しているドメインの DMARC 失敗です。レピュテーションの審査を依頼するのではなく、認証を修正してください。</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>メッセージの構造やヘッダーが RFC 5322 や MIME にひどく違反しているため、Gmail が即座に拒否しています。</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>ルーティングループです。メッセージに含まれる Received ヘッダーが多すぎます。通常は、互いを転送先に指定し合う転送ルールが原因です。</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>クライアントが先に認証しないまま多数のコマンドを送りました。Gmail は AUTH を待たずに試行を打ち切ります。</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online は、受信者のメールボックスが満杯であることを 554 5.2.2 として報告します。受信者が空き容量を確保する必要があります。Microsoft は、送信上限を超えた送信者にも 5.2.2 を使います。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online のループ検出で、Microsoft 独自のコード 5.4.14 で報告されます（レジストリ上のループのコードは X.4.6）。メッセージを送り返している転送ルールやコネクタを探してください。</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>MAIL FROM/RCPT TO のパラメーターが認識されないか、実装されていません</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>クライアントが MAIL FROM または RCPT TO に、このサーバーが認識できない、または実装できない ESMTP パラメーター（SIZE=、BODY=8BITMIME、SMTPUTF8、RET=、NOTIFY=、REQUIRETLS など）を付加しました。RFC 5321 4.1.1.11 はこの場合に 555 を、一時的に対応できない場合に 455 を割り当てています。問題はアドレスではなく、クライアントのコマンドにあります。</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>MAIL FROM または RCPT TO の直後に返されます。通常は、サーバーが EHLO 応答で通知していない拡張をクライアントが使った場合です。DSN に対応していないサーバーへの DSN パラメーター、HELO にフォールバックしたのに SIZE= を付け続けるクライアント、EHLO の一覧からキーワードを削除する SMTP 対応ファイアウォールなどが該当します。Postfix は &quot;555 5.5.4 Unsupported option: ...&quot; を返し、Gmail は応答の一覧に &quot;555 5.5.2 Syntax error&quot; を挙げています。</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>クライアントソフトウェアは、サーバーが EHLO 応答で示したパラメーターだけを送り、HELO にフォールバックした後は一切送らないようにする必要があります。メールライブラリや MTA を更新または再設定してください（DSN や SMTPUTF8 のオプションの強制がよくある原因です）。ファイアウォールやプロキシーが SMTP を検査している場合は、その管理者に EHLO を書き換えるインスペクションを無効にしてもらいます。コマンドの構文も確認してください。MAIL FROM: と RCPT TO: では、コロンの前後に空白を入れることはできません。</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>同じコマンドを繰り返しても再び失敗します。クライアントは、サーバーがサポートしていない任意のパラメーター（SIZE、NOTIFY）を外して新しいトランザクションを開始できますが、メッセージを通すために REQUIRETLS を外してはなりません（RFC 8689）。その場合、メッセージはバウンスします。</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>サーバーが通知していない拡張のパラメーターです。たとえば DSN に対応していないサーバーへの NOTIFY= や RET= です。</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO が失敗してクライアントが HELO にフォールバックしたのに、拡張パラメーターを付け続けました。</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>ミドルボックスが EHLO 応答を書き換えたり短縮したりしたため、サポートされる拡張についてクライアントとサーバーの認識が食い違っています。</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>引数の形式が不正です。たとえばコロンの後に空白がある、パラメーターの値が壊れている、などです。</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>サーバーが実際に提供している拡張を確認します。EHLO の後の 250- で始まる各行が、それぞれ 1 つのキーワードです。</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>ネットワークの内側と外側からテストするか、インスペクションで改変できない暗号化されたセッションを使って、ファイアウォールを通過した内容と比較します。</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Postfix サーバーで、EHLO のキーワードが意図的に隠されていないか確認します。</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>クライアントのデバッグログから、またはテストセッションのパケットをキャプチャーして、クライアントが送っている MAIL FROM や RCPT TO の行を正確に取得します。</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail は 555 を構文エラーの拡張ステータスコードと組み合わせて返します。パラメーターだけでなく、MAIL FROM と RCPT TO の構文（山かっこ、コロンの後に空白がないこと）も確認してください。</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>ドメインはメールを受け付けません</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>RFC 7504 で定義されています。アドレスのドメインはメールを一切受け付けません。通常の理由は null MX レコード（RFC 7505、&quot;MX 0 .&quot;）で、これによってドメインはメールを受信しないことを宣言します。対応する拡張ステータスコードは 5.1.10 Recipient address has null MX（受信者アドレスのドメインが null MX）です。521（このホストはメールを受け付けない）や 550（このメールボックスは拒否される）とは異なります。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>受信者のドメインを受け付ける前に検索するサブミッションサーバーや中継サーバーから、RCPT TO への応答として返されます。たとえば Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;。あるいは、自分の MTA が誰にも接続せずに作成するバウンスとして届きます（Postfix は &quot;Domain example.com does not accept mail (nullMX)&quot; と記録します）。よくある落とし穴として、example.com 自体が null MX を公開しているため、そこへのテストメールは必ずこの形で失敗します。</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>送信者はアドレスを確認します。そのドメインはパーキングドメイン、Web 専用ドメイン、no-reply 用ドメインであるか、入力ミスによってそのようなドメインになっています。メールを受け取れるアドレスを受信者に尋ねてください。自分がドメインを所有していて、メールを受け取りたい場合は、ドメインの管理者が null MX を削除し、実際の MX レコードを公開します。テスト用のシステムでは、example.com ではなく、メールシンクや自分が管理するドメインを使ってください。</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>キューに入れたり再試行したりしないでください。null MX はメールを受け付けないというドメイン所有者の公式な表明であるため、送信側 MTA は直ちにバウンスします。配送を可能にできるのは、ドメイン所有者による DNS の変更だけです。</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>ドメインがパーキングされているか Web サイト専用で、null MX を公開しています。</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>入力ミスによって、null MX を公開している別の実在するドメインになりました。</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>example.com や example.net のテスト用またはプレースホルダーのアドレスが、実際のメールサーバーに届いました。</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>ドメイン所有者が新しいプロバイダーにメールを移行した後、null MX を残したままにしています。</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>意図的にメールを拒否する no-reply 用ドメインに返信が送られました。</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>MX を検索します。&quot;0 .&quot; という応答が 1 つだけであれば null MX です。</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>優先度とターゲットを含めてレコードを表示する別のツールでも照合します。</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>送信者側の Postfix で、null MX を理由に拒否またはバウンスされたメッセージを一覧表示します。</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>アドレス照会の応答</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 は RFC 5321 でも他の公開済み RFC でも定義されていません。アドレス照会の仕組みに関するインターネットドラフトで、照会結果を返す応答として提案されたものですが、そのドラフトは標準になりませんでした。主要な MTA や大手プロバイダーはこれを送信せず、非公式のコード一覧ではこの番号に無関係な意味が付けられています。</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>公共のインターネットではほぼ見かけません。もし返された場合、相手側は実験的なソフトウェアや独自のソフトウェア、あるいは自作の応答コードを設定したフィルターを運用しています。それよりも多いのは、ログやスクリーンショットで別のコードを読み違えたケースです。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>送信者側の管理者が、これを送ったソフトウェアを特定し（バナー、Received ヘッダー、相手のポストマスターへの問い合わせ）、そのドキュメントで意味を確認します。自分のサーバーやフィルターの設定に由来するコードであれば、他のソフトウェアが対処できるように、適切な拡張ステータスコードを付けた 550 や 554 などの標準の応答に置き換えてください。</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>送信側 MTA は、不明なコードを最初の桁で解釈します（RFC 5321 4.2）。557 は恒久的な失敗として扱い、キューに入れずにバウンスし、相手のポストマスターへの連絡は人が行ってください。</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>アドレス照会のドラフトを実装した実験的なサーバーです。</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>独自に作った応答コードを設定したフィルターやカスタムルールです。</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>ログ、チケット、スクリーンショットから誤って書き写したコードです。</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>グリーティングバナーからリモートのソフトウェアを特定します。</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>ログで正確な応答行を探し、それがどのコマンドへの応答か、コードの後にどんなテキストがあるかを確認します。</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>ブロックされました</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 はどの RFC でも SMTP 応答コードとして定義されていません。「エラー 571、ブロックされた」と言う場合、ほぼ必ず拡張ステータスコード 5.7.1（Delivery not authorized, message refused、つまり配送が許可されずメッセージが拒否された。RFC 3463）を指しており、これは 550 5.7.1 や 554 5.7.1 として届きます。ときおり、フィルターや独自のサーバー設定が文字どおりの 571 を送ることがあります。クライアントはこれを最初の桁に従って恒久的な失敗として扱う必要があります。</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>ヘルプデスクのチケット、Exchange の NDR（&quot;#550 5.7.1 ...&quot;）、バウンスの要約、セキュリティアプライアンスのログで見かけます。その背後にある応答は、MAIL FROM、RCPT TO、または DATA 終了後の時点でのポリシーによる拒否です。認証なしの中継、ブロックリストに掲載された IP、受信者の組織が許可していない送信者、スパム判定などが該当します。</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>完全な応答行を入手して、5.7.1 の後のテキストを読んでください。5.7.1 だけでは &quot;not authorized&quot; としかわからないためです。中継の拒否: 送信側のクライアントが自分のサーバーに認証します。ブロックリストに掲載された IP: 送信側の管理者が原因を解決して掲載解除を申請します。制限された受信者（内部の送信者やリストに登録された送信者からしか受け付けないグループ）: 受信側の管理者がその送信者を許可する必要があります。スパム判定: 認証とコンテンツを確認します。</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>571 も、その背後にある 550 5.7.1 も、変更せずに再試行しないでください。拒否したポリシーは引き続き適用されます。バウンスし、中継の許可、ブロックリストへの掲載、受信者のルールのいずれかに対処してから再送してください。</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>クライアントが、認証しなければ中継してくれないサーバーを、認証せずに経由して送信しました（550 5.7.1 Unable to relay）。</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>送信元 IP またはドメインのレピュテーションが低いか、ブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>受信者が、内部の送信者やリストに登録された送信者からしかメールを受け付けない配布グループまたはメールボックスです。</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>受信者側のトランスポートルールやカスタムポリシー（Google Workspace の gcdp ルール）がメッセージを拒否しました。</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>文字どおりの 571 で応答するよう設定されたフィルターアプライアンスです。</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>失敗したアドレスについて、5.7.1 を含む正確な行を探します。コードの後の言葉がポリシーを示しています。</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>自分のリゾルバーを使って、送信元 IP が Spamhaus に掲載されていないか確認します（192.0.2.10 を逆順にしたもの）。</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>テキストに中継について書かれている場合は、クライアントがサブミッションのために認証できることを確認します。</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>その他の未定義ステータス</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>汎用の拡張ステータスコードです。サーバーは結果が成功（2.0.0）、一時的な失敗（4.0.0）、恒久的な失敗（5.0.0）のいずれであるかだけを示し、分類も詳細も示しません。実際の情報はすべて基本コードと応答テキストにあります。</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>セッション中のどの段階でも現れ、バウンスでも非常によく見かけます。Postfix はメッセージデータをキューに入れた後に 250 2.0.0 Ok: queued、QUIT に対して 221 2.0.0 Bye と応答し、220 2.0.0 Ready to start TLS も返します。また Postfix と Exim は、リモートサーバーの応答に拡張ステータスコードが含まれていなかった場合、DSN に Status: 5.0.0 または 4.0.0 と記録します。</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>拡張ステータスコードは無視し、基本コードとその横のテキストを読んでください。実際に何が起きたかはそこに書かれています。2.0.0 であれば対処は不要です。バウンスに 4.0.0 または 5.0.0 がある場合は、送信者（または送信者側の管理者）が、リモートサーバーの元の応答を引用している Diagnostic-Code 行を読み、そこから原因を調べます。</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>クラスを示す先頭の数字だけで判断します。2.0.0 は何もする必要がなく、4.0.0 は通常のバックオフで後ほど再試行し、5.0.0 はそのままでは再試行しません。汎用コードである以上、この原則から外れる理由は他にありません。</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>リモートサーバーの応答に拡張ステータスコードが含まれていなかったため、報告側の MTA が DSN を作成する際に汎用の X.0.0 を補いました。</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>サーバーソフトウェアが通常の成功応答に 2.0.0 を付けています（メッセージデータ後の最終的な 250 や、QUIT に対する 221 など）。</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>フィルター、milter、またはポリシーサービスが独自の自由記述テキストでメッセージを拒否し、具体的な拡張ステータスコードを選びませんでした。</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>バウンスを開いて Diagnostic-Code 行を読みます。リモートサーバーが実際に返した内容が引用されています。</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>送信側サーバーのログで受信者をもとに該当メッセージを探し、一緒に記録されている応答全文を読みます。</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>その他のアドレスステータス</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>トランザクション内のいずれかのアドレス（送信者または受信者のアドレス）に何らかの問題があってこの結果になりましたが、サーバーはその内容を示していません。5.1.0 の場合はそのアドレスに紐づく恒久的な拒否であり、4.1.0 の場合はアドレスの問題がいずれ解消する見込みです（例: まだ完了できていないチェックがある）。</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>MAIL FROM または RCPT TO への応答、および DSN で見られます。Postfix は、自身がホストするドメインの送信者アドレスが存在しない場合（reject_unlisted_sender）、550 5.1.0 ... Sender address rejected: User unknown in local recipient table と応答します（受信者テーブルで見つからない送信者としての拒否）。また一部の Postfix のバージョンは、null MX のドメイン宛てのメールをバウンスする際に dsn=5.1.0 とログに記録します。Postfix、Gmail、Exchange は MAIL FROM に対する 250 応答にも 2.1.0 を付けますが、これはレジストリに掲載されていない成功形です。</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>コードの後のテキストを読んで、どのアドレスが拒否されたかを確認してください。送信者アドレスが挙げられている場合は、送信者側の管理者が、エンベロープ送信者が名前解決できるドメインに実在するメールボックスであることを確認します。受信者アドレスが挙げられている場合は、送信者がそのアドレスに入力ミスがないか確認します。4.1.0 の場合、送信側サーバーは単に再試行するだけです。</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: 同じアドレス宛て、または同じアドレスからの再送を、変更なしで行わないでください。4.1.0: サーバーはアドレスのチェックがいずれ成功すると見込んでいるため、通常のバックオフで後ほど再試行します。</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>エンベロープ送信者が受信側サーバーのローカルアドレスに見えるものの、そこに存在しないため、reject_unlisted_sender を設定した Postfix が拒否しました。</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>受信者ドメインが null MX を公開しており、送信側 MTA がそれを 5.1.10 ではなく汎用のアドレスコードで報告しました。</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>ポリシーまたはアドレス書き換えのルールが、より具体的なコードを選ばずにアドレスを拒否しました。</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>応答テキストを読みます。拒否されたのが送信者アドレスか受信者アドレスかが書かれています。</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>送信者アドレスが拒否側の Postfix サーバーでホストされているドメインのものであれば、virtual エイリアスマップにそのアドレスが存在するか確認します。</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>受信者ドメインが null MX（「0 .」という単一の応答）を公開していないか確認します。</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>宛先メールボックスのアドレスが不正</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>メールボックスが存在しません。ドメイン自体は問題ありませんが、アドレスの @ より左の部分が宛先で認識されていません。恒久的な失敗（5.1.1）として使われることを想定しており、入力ミスや削除済みのアドレスによる典型的なハードバウンスです。4.1.1 は、サーバーがまだ受信者を確認できず、後ほどの再試行を求める場合に現れます。</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>ほぼ常に、メッセージデータが送られる前の RCPT TO への応答として現れ、その後、送信側サーバーが作成するバウンスにも含まれます。Gmail、Microsoft 365、Postfix（ローカルの受信者テーブルまたは仮想メールボックステーブルにない場合の User unknown in local recipient table、または in virtual mailbox table）、Sendmail（User unknown）のいずれもこのコードを使います。Postfix は受信者アドレスの検証がまだ進行中の間、450 4.1.1 ... unverified address を返します。</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>送信者はアドレスに入力ミスがないか（特に @ より前の部分を）確認し、別の手段で受信者に正しいアドレスを確かめます。メーリングリストの運用者は 5.1.1 を受け取ったらそのアドレスを削除します。メールボックスが存在するはずの場合は、受信者側の管理者が、受信側サーバーが参照するディレクトリやルックアップテーブルにそのメールボックスがあるか、またゲートウェイやバックアップ MX ホストが最新の受信者リストを持っているかを確認します。</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>5.1.1 は再試行しないでください。アドレスがひとりでに現れることはなく、存在しないアドレスへの試行を繰り返すと送信者のレピュテーションが低下します。4.1.1 は通常のバックオフで再試行し、5.1.1 に変わったら中止します。</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>ローカルパートの入力ミスです（文字の抜け、姓と名の入れ違い、区切り文字の誤りなど）。</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>従業員の退職などでメールボックスが削除または名前変更され、エイリアスが残されていません。</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>アドレス帳やメールクライアントのオートコンプリートキャッシュに古いエントリが残っています。</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>ゲートウェイやバックアップ MX が古いリストで受信者をチェックしており、最終サーバーには存在するメールボックスを拒否しています。</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>メールボックスは作成されたが、受信側サーバーのルックアップテーブル（virtual マップ、LDAP クエリ）が再構築されていないか、そのメールボックスを参照できていません。</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>受信者ドメインの MX ホストを調べます。</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>メッセージを送らずに、その MX に対してアドレスをテストします。RCPT TO への応答を確認してください。</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>自分で運用している Postfix サーバーであれば、受信者が virtual メールボックスマップに含まれているか確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>gmail.com または Google Workspace のアドレスにアカウントが存在しない場合に、Gmail が RCPT TO で返す応答です。レジストリ上の定義と一致します。</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange がディレクトリ内で受信者を解決できませんでした。同じ組織内のユーザー間では、再作成または移動されたメールボックスを指す古いオートコンプリート（X.500 / legacyExchangeDN）のエントリが原因であることがよくあります。候補を削除し、アドレスを入力し直して再送してください。</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>宛先システムのアドレスが不正</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>受信者アドレスのドメイン部分（@ より右）がメールを受け取れません。DNS に存在しないか、利用可能なメールホストがありません。恒久的な失敗として定義されているため、ドメインが修正されるまでメッセージは配送できません。</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>受信者ドメインをチェックするサーバーからの RCPT TO への応答として現れるか、送信側サーバー自身の DNS 検索が失敗した後にそのサーバーが作成するバウンスに現れます。reject_unknown_recipient_domain を設定した Postfix は 450 4.1.2 ... Recipient address rejected: Domain not found と応答し（DNS の障害は解消しうるため、デフォルトでは一時エラー）、Sendmail は 550 5.1.2 ... Host unknown でバウンスします。</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>送信者はドメインのつづりを確認します（よくある誤り: 有名プロバイダー名の文字の抜け、末尾のドット、国別サフィックスの欠落）。ドメインが正しい場合は、受信者側の管理者が、ドメインが登録・委任されていること、そして稼働中のメールサーバーを指す MX レコード、少なくともアドレスレコードを公開していることを確認します。</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>5.1.2 はそのままでは再試行せず、アドレスを修正してください。原因が DNS の障害で、サーバーが 4xx の基本コードを使っていた場合は、通常のバックオフで再試行します。</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>ドメインのつづり誤りです（例: 大手プロバイダー名の文字の重複や抜け）。</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>ドメインの登録が期限切れになったか、そのネームサーバーがドメインに応答しなくなりました。</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>ドメインは存在するが、MX レコードも A / AAAA レコードもないため、配送先のホストがありません。</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>MX レコードが指しているホスト自体が名前解決できません。</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>ドメインのメールホストを調べます。</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>MX がない場合は、フォールバックとして使われるアドレスレコードを調べます。</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>ルートから委任をたどり、ドメインが存在するか、そのネームサーバーが応答するかを確認します。</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail が受信者アドレスのドメインを見つけられませんでした。通常は入力ミスか、アドレスの後に紛れ込んだ句読点が原因です。考え方はレジストリ上の定義と同じです。</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>宛先メールボックスのアドレス構文が不正</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>受信者アドレスがそもそも有効なアドレスではありません。空白、@ の欠落、連続した 2 つのドット、対応の取れていない山かっこなどでアドレスの構文に違反しています。同じ文字列は毎回拒否されるため、レジストリでは恒久的な失敗として扱われます。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>RCPT TO への応答として、通常は 501 または 553 とともに現れます。受信者アドレスの構文が不正な場合、Postfix は 501 5.1.3 Bad recipient address syntax、Gmail は 553-5.1.3 ... is not a valid RFC 5321 address と応答し、オンプレミスの Exchange は 5.1.3 STOREDRV.Submit; invalid recipient address を報告します。RCPT TO の行を自前で組み立てるスクリプトや Web フォームがよくある発生源です。</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>送信者、またはエンベロープを組み立てるクライアントソフトウェアがアドレスを修正します。空白や余計な句読点を含めず、@ はちょうど 1 つ、ドメインは完全な形で、RCPT TO では山かっこ内にアドレスのみを記述します。アプリケーションはメールをキューに入れる前にアドレスを検証すべきです。</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>再試行しないでください。不正な形式のアドレスは何度試しても同じように拒否されます。アドレスを修正し、新しいメッセージとして送信してください。</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>アドレス内に空白、カンマ、セミコロンがあります（複数のアドレスを 1 つの欄に貼り付けた場合によく起こる）。</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>ドットが 2 つ連続している、またはローカルパートの先頭か末尾にドットがあります。</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>アドレスのみではなく、表示名や引用符が RCPT TO に渡されています。</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>SMTPUTF8 を提示していないサーバーに非 ASCII 文字を送りました。</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>バウンスから正確なアドレスをコピーし、見えない空白、引用符、重複したドット、ドメインの欠落がないか確認します。</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>修正したアドレスでエンベロープ部分を再度実行し、RCPT TO への応答を確認します。</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail は RFC 5321 の構文に従わない受信者アドレスを拒否します。レジストリ上の定義と同じです。</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>宛先メールボックスのアドレスがあいまい</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>アドレスが宛先システム上の複数のメールボックスに一致したため、サーバーはどれが意図されたものか判断できません。アドレスを緩やかに（名前や部分一致で）対応付けるシステムから返され、恒久的（5.1.4）な場合も、持続的な一時エラー（4.1.4）の場合もあります。</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>現在のインターネットではまれです。古いバージョンの Exchange や一部のグループウェアゲートウェイなど、受信者を名前で解決するディレクトリ駆動型のシステムから、RCPT TO への応答または DSN として返されます。RFC 5321 の VRFY コマンドにも同じ考え方があり、サーバーは名前があいまいであると応答して候補を列挙できます。</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>送信者は短縮形や名前ではなく、完全で正確なアドレスを使います。受信者側の管理者は重複を解消します（ディレクトリ内で同じエイリアス、プロキシアドレス、名前を持つ 2 人のユーザーや連絡先）。また、名（ファーストネーム）での照合のような緩い一致ルールがないかも確認します。</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: 同じアドレスでは再試行せず、あいまいさのないアドレスで再送してください。4.1.4: 受信者側の管理者が重複を修正している可能性があるため、バックオフを入れて後ほど再試行します。</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>2 つのディレクトリオブジェクトが同じエイリアスまたはプロキシアドレスを持っています（例: 移行時にユーザーが二重にインポートされた）。</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>受信側システムが受信者を名前で照合しており、同じ名前の人が複数います。</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>システムが完全なアドレスを想定しているところに、名（ファーストネーム）のような短いローカルパートが使われました。</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>受信者側の管理者が、そのアドレスを持つすべてのオブジェクトをディレクトリで検索します。</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>受信者から伝えられたとおりの完全なアドレスを使って再送します。</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>宛先アドレスは有効</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>成功コードです。宛先アドレスは有効で、受け付けられました。RFC 3463 では肯定的な配送レポート向けに想定されていましたが、実際にはほぼすべてのサーバーが RCPT TO に対する 250 応答に 2.1.5 を付けています。</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>各 RCPT TO への応答（Postfix は 250 2.1.5 Ok、Exchange は 250 2.1.5 Recipient OK、Sendmail は 250 2.1.5 ... Recipient ok）と、送信者が NOTIFY=SUCCESS を要求した場合の成功 DSN に現れます。RCPT TO の段階では、このトランザクションでその受信者のアドレスが受け付けられたことを意味するだけで、メッセージが受信トレイに届いたことを意味するわけではありません。</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>対処は不要です。2.1.5 で受け付けられたメッセージが後でバウンスした場合や、届かなかった場合にのみ調査してください。その場合、問題は受け付け後にあり（コンテンツフィルタリング、後段の配送処理、すべてのアドレスを受け付けるバックアップ MX など）、受信者側の管理者が自分のログでメッセージを追跡します。</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>再試行は不要です。受信者は受け付けられています。クライアントは続けて別の RCPT TO コマンドか DATA を送り、対話を続けます。</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>受信者アドレスが存在し、サーバーがこのトランザクションでそれを受け付けました。</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>RCPT TO の段階で受信者を検証しないサーバー（一部のバックアップ MX ホストやキャッチオールドメイン）が任意のアドレスを受け付けており、後でバウンスする可能性があります。</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>NOTIFY=SUCCESS で成功 DSN が要求され、最終サーバーが配送完了を報告しました。</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>エンベロープを RCPT TO まで実行し、250 2.1.5 の応答を確認します。</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>受け付けられたメールが届かなかった場合は、受信側サーバーがデータ送信後の 250 応答で示したキュー ID（Postfix では queued as ... とログに記録されます）を探して受信者側の管理者に伝え、管理者が自分のログでそれを検索します。</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>宛先メールボックスは移転済み、転送先アドレスなし</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>アドレスは以前は有効でしたが、メールボックスはなくなっており、サーバーは転送先アドレスを示していません。恒久的な失敗です。5.1.1 とは異なり、そのアドレスがかつて実在したことを送信者に伝えます。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>退職・転出したユーザーのリストを管理しているサーバーから、RCPT TO への応答またはバウンスとして返されます。Postfix の relocated テーブルは 5.1.6 と、User has moved to の後に新しいアドレスが続くようなテキストで拒否するため、実際には転送先アドレスが示されることもよくあります。オンプレミスの Exchange は 5.1.6 を別の用途に使います。シングルラベルの受信者ドメイン（user@example のようにサフィックスのないアドレス）を Receive コネクタが拒否する場合です。</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>送信者はそのアドレスの使用をやめ、本人またはその組織に新しいアドレスを尋ねます。応答テキストに新しいアドレスが示されていれば、それを使います。リストの管理者はアドレスを削除します。組織として本人に連絡がつくようにしたい場合は、受信者の以前の管理者が転送用のエイリアスや自動応答を設定できます。</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>再試行しないでください。メールボックスが復活することはありません。アドレスを削除するか、応答に新しいアドレスが示されていればそちらに再送します。</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>本人が組織を離れ、管理者がアドレスを relocated テーブルまたは退職者テーブルに登録しました。</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>企業がドメインや命名規則を変更し、古いアドレスを意図的に廃止しました。</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Exchange で、受信者ドメインがシングルラベルであり、Receive コネクタがそのようなドメインを拒否するよう設定されています。</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>応答テキスト全体を読みます。サーバーによっては「moved to」の後に新しいアドレスを記載しています。</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Postfix サーバーであれば、そのアドレスが relocated テーブルにあるか確認します。</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>送信者メールボックスのアドレス構文が不正</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>送信者のアドレス（通常はエンベロープの MAIL FROM）の構文が不正です。5.1.7 は恒久的な拒否ですが、サーバーは送信者を一時的にのみ拒否する場合（たとえば送信者の検証中）に 4.1.7 を返すこともあります。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>MAIL FROM への応答、または送信者制限を RCPT TO の段階で適用するサーバーでは RCPT TO への応答として現れます。Postfix は 501 5.1.7 Bad sender address syntax、Gmail は 553-5.1.7 The sender address ... is not a valid RFC 5321 address と応答します。reject_unverified_sender を設定した Postfix はこのコードを 450 4.1.7 ... Sender address rejected: unverified address として流用しますが、これは構文ではなく検証に関するものです。スクリプト、プリンター、スキャナーがよくある発生源です。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>送信者側の管理者、または送信アプリケーションがエンベロープ送信者を修正します。@ が 1 つで完全修飾ドメインを持つ完全なアドレスを、表示名なしで山かっこに入れて指定します。機器やスクリプトはユーザー名だけやホスト名のみのドメインを送ることが多いため、実在するアドレスを設定してください。Postfix の 4.1.7 の場合は、受信側がそのアドレスを検証のために試すので、送信者アドレスがメールを受信できることを確認してください。</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: 同じ送信者アドレスで再試行せず、先に修正してください。4.1.7: 通常のバックオフで後ほど再試行します。受信側が送信者の検証を終えれば、通常は通ります。</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>アプリケーションや機器が、ユーザー名だけ、またはドメインのないホスト名をエンベロープ送信者として送っています。</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>表示名、引用符、空白が MAIL FROM 内に入ってしまっています。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>送信者のドメインにサフィックスがありません（user@localhost や社内の短いホスト名など）。</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>受信側サーバーが送信者アドレスを検証中で、まだ結果が得られていません（Postfix の 4.1.7）。</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>サーバーが受け取ったエンベロープ送信者を確認します。Postfix では from=&lt;...&gt; としてログに記録されます。</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>正しい形式の送信者アドレスでトランザクションを再度実行し、MAIL FROM への応答を比較します。</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail は RFC 5321 のアドレス構文に従わないエンベロープ送信者を拒否します。レジストリ上の定義と同じです。</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>送信者システムのアドレスが不正</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>送信者アドレスのドメインが存在しないかメールを受信できないため、バウンスを返送できません。サーバーは、ドメインが明らかに消滅している場合はこのような送信者を恒久的に拒否し（5.1.8）、DNS 検索が失敗しただけの場合は一時的に拒否します（4.1.8）。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>MAIL FROM への応答、または Postfix のデフォルトのように送信者制限を遅れて評価するサーバーでは RCPT TO の段階で現れます。reject_unknown_sender_domain を設定した Postfix は、送信者ドメインが見つからないと 450 4.1.8 ... Sender address rejected: Domain not found と応答し、Sendmail は 553 5.1.8 ... Domain of sender address ... does not exist、名前解決できない場合は 451 4.1.8 と応答します。Microsoft 365 は 5.1.8 を無関係の意味で使います。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>送信者側の管理者は、エンベロープ送信者が MX レコードまたはアドレスレコードを持つ実在の公開ドメインを使っていることを確認します。社内専用の名前（.local ドメインなど）、入力ミス、登録が失効したドメインであってはなりません。DNS が正しく見える場合は、そのドメインのネームサーバーが社内ネットワークの外から応答するか確認してください。5.1.8 を受け取った Microsoft 365 の送信者は、管理者にアカウントを保護してもらい、制限を解除してもらう必要があります。</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: 通常のバックオフで再試行します。DNS の問題は数分で解消することがよくあります。5.1.8: 送信者ドメインまたはエンベロープ送信者が修正されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>送信アプリケーションが、社内のプライベート DNS にしか存在しない内部ドメインを使っています。</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>送信者ドメインの登録が期限切れになったか、委任が壊れています。</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>送信者ドメインに MX レコードも A / AAAA レコードもありません。</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>受信側での一時的な DNS 障害です（5.1.8 ではなく 4.1.8 になります）。</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>ネットワーク外のマシンから、送信者ドメインの MX レコードを調べます。</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>MX がない場合は、フォールバックとして使われる IPv4 と IPv6 のアドレスレコードを確認します。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>受信側の Postfix サーバーで、有効になっている送信者制限を一覧表示します。</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online が送信アカウントそのものを制限しました。通常は、アカウントが侵害されてスパムを送信したことが原因です。送信者のドメインとは関係ありません。管理者がアカウントを保護し、Microsoft 365 Defender ポータルの「制限されたエンティティ」（Restricted entities）の一覧から削除します。</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>非準拠のメーラーへ中継済み</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>アドレスは有効でしたが、メッセージは使用中のステータス通知や追跡のプロトコルに対応していないシステムに引き渡されたため、それ以上の情報は提供できません。RFC 3886（メッセージ追跡）に由来するコードで、ほとんどの場合エラーではなく情報提供のためのものです。</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>めったに見かけません。メッセージ追跡の応答（RFC 3885 の MTRK 拡張と RFC 3886 のステータス形式）や、それ以上報告できないゲートウェイやサーバーで追跡が途切れるステータスレポートで使われます。通常の DSN では、同じ状況は中継済みを示す Action: relayed として表されるのが一般的です。</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>通常は対処不要です。メッセージはステータスを報告する経路の範囲を出ています。配送の証明が重要な場合は、受信者に直接尋ねるか、受信者側の管理者にログの検索を依頼してください。最後に報告したホップからはその先が見えないためです。</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>再試行は不要です。メッセージは受け付けられ、先へ送られました。クラス 4 や 5 の形で返ってきた場合は最終状態が不明とみなし、重要であればメールシステム以外の手段で配送を確認してください。</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>次のホップが、追跡に対応していない別種のメッセージングシステム（古いグループウェア、FAX や SMS のゲートウェイ）へのゲートウェイです。</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>下流のサーバーが DSN や追跡に対応していないため、報告側のサーバーがそれらなしでメッセージを引き渡しました。</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>メッセージが外部サービスに送られ、その内部での配送状況が報告側のサーバーからは見えません。</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>ステータスレポートの Action、Status、Remote-MTA の各フィールドを読み、追跡がどこで途切れたかを確認します。</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>次のホップが EHLO への応答で DSN を提示しているか確認します。</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>受信者アドレスのドメインが null MX</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>受信者のドメインが null MX（優先度 0、ホスト「.」の単一の MX レコード）を公開しています。これは、ドメインがメールを一切受け付けないというドメイン所有者の明示的な表明です。失敗は恒久的です。ドメインには MX レコードがあるので A/AAAA へのフォールバックは適用されず、配送は即座に失敗します。</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>2 か所で見られます。受信者ドメインを検索して null MX を見つけた送信側サーバーは、即座にメッセージを失敗とし、基本コード 556（RFC 7504）でバウンスに報告します。この場合、一部の Postfix のバージョンは dsn=5.1.0 と Domain ... does not accept mail（nullMX）をログに記録します。また、受信者ドメインをチェックする受信側サーバーやサブミッションサーバーが、RCPT TO を 556 5.1.10 で拒否することもあります。Postfix では reject_unknown_recipient_domain がこの動作をします。</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>送信者はアドレスを確認します。null MX は通常、そのドメインがもともとメール用ではない（パーキング、Web 専用、プレースホルダーのドメイン）か、アドレスに入力ミスがあることを意味します。受信者が本当にそこでメールを受け取るべき場合は、受信者側の管理者が null MX を実際の MX レコードに置き換えます。null MX はドメインの唯一の MX レコードでなければなりません。</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>決して再試行しないでください。ドメインはメールを一切受け付けないと宣言しています。メッセージをキューに留めず、即座にバウンスしてください。</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>パーキング、Web 専用、プレースホルダーのドメインなど、意図的にメールを受け付けないドメインのアドレスが使われました。</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>入力ミスの結果、たまたま null MX を公開している実在のドメインになりました。</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>ドメイン所有者がメールを別の場所に移し、誤って null MX を残しました。</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>テスト用や例示用のアドレスが実データで使われました（たとえば example.com は null MX を公開している）。</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>受信者ドメインの MX レコードを調べます。null MX は「0 .」という単一の応答として表示されます。</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>送信側サーバーのログでバウンスを探し、記録されたコードとテキストを確認します。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Exchange Online 独自の用法で、null MX とは無関係です。ドメインをホストしている Microsoft 365 組織に受信者が存在しないことを示し、実質的には 5.1.1 と同じ不明なユーザーです。送信者はアドレスを確認し、Outlook の古いオートコンプリートのエントリを消去します。受信者側の管理者は受信者オブジェクトとそのプロキシアドレスを確認します。</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>その他または未定義のメールボックスステータス</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>メールボックスは存在しますが、その何らかの問題で配送できず、サーバーはその内容を示していません。4.2.0 の場合は問題がいずれ解消する見込みで、5.2.0 の場合はこのメッセージについて恒久的な失敗です。</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>問題はメッセージをメールボックスに書き込む時点で初めて表面化するため、通常は RCPT TO の段階ではなく、受信者のメールストアが作成するバウンスに現れます。Exchange と Microsoft 365 は、5.2.0 の後に実際の理由を示す STOREDRV.Deliver の例外名を続けることがよくあります。LMTP やローカル配送ソフトウェアは、分類できないエラーをストアが返した場合にこのコードを使うことがあります。</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>コードの後のテキストを読んでください。ほぼ必ず実際の状況が書かれています。そのうえで受信者側の管理者がメールボックス自体を確認します（隠しフォルダーを含むクォータ、破損したフォルダー、アクセス許可、移動中のメールボックス）。送信者にできるのは、別の手段でバウンスを受信者に伝えることだけです。</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: バックオフを入れて再試行します。5.2.0: 同じメッセージを自動で再送せず、受信者側からメールボックスが修復されたと連絡があってから送り直してください。</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>メールボックスまたはその隠しフォルダーのいずれかが、単純な「メールボックス容量超過」としては報告されない保存容量の上限を超えています。</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>メールボックスが移動、移行、修復の最中で、ストアが書き込みを拒否しています。</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>配送中にメールボックスストアでアクセス許可またはファイルシステムのエラーが発生しました。</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>メールボックスに設定された配送ルールや Sieve スクリプトが、メッセージの処理中に失敗しました。</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>バウンスから 5.2.0 の後のテキストをコピーします。Microsoft 365 では、例外名（たとえば QuotaExceededException）から管理者が確認すべき箇所がわかります。</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Microsoft 365 では、受信者側の管理者が「回復可能なアイテム」（Recoverable Items）フォルダーのサイズを確認します。</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Dovecot サーバーでは、管理者が受信者のクォータ使用量を確認します。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Exchange Online のストアドライバーがメッセージをメールボックスに格納できず、その例外名を示しています。QuotaExceededException は、表示上のメールボックスが上限を大きく下回っていても、たとえば保持ホールド（リテンションホールド）の下で「回復可能なアイテム」領域がいっぱいになった場合に発生することがあります。</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>メールボックスが無効化されており、メッセージを受け付けません</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>メールボックスは存在しますが無効化されており、メッセージを受け付けません。レジストリは両方のクラスを認めています。メールボックスが二度と有効化されない場合は 5.2.1、当面のあいだ無効化されているだけの場合は 4.2.1 です。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>停止、ロック、または非アクティブのアカウントに対する RCPT TO への応答として現れます。Gmail は無効化または非アクティブのアカウントに 550 5.2.1 を返し、450 4.2.1 は別の状況、つまり受信者が Gmail の許容を超える速さでメールを受信している場合に使います。Exchange は、コンテンツフィルターで検疫されたメッセージや、アクセスできないメールボックスに 5.2.1 を使っていたことがあります。</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>送信者は、そのアドレスがまだ使われているかを別の手段で確認し、アカウントが閉鎖されていればリストから削除します。受信者またはその管理者は、アカウントを再度有効化するか、停止の原因を解消するか、サインインして再アクティブ化します。Gmail の 4.2.1（受信レート制限）の場合、送信者は送信ペースを落とし、キューによる再試行に任せます。</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: 再試行しないでください。アカウントはメールの受け付けを停止しています。4.2.1: バックオフを入れて再試行し、メッセージの送信間隔を空けてください。受信者の受信レートが下がれば、Gmail は再び受け付けます。</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>プロバイダーまたは組織がアカウントを停止しました（例: 料金未払いや不正利用）。</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>アカウントが長期間使われていなかったため、プロバイダーが無効化しました。</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>従業員が退職し、管理者がメールボックスを削除せずにブロックしました。</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Gmail の 4.2.1: 受信者が短時間に大量のメールを受信しています。</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>テキストを読みます。disabled、inactive、suspended、receiving mail too quickly のどれなのかによって対処が異なります。</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>レート制限が関係している可能性に備え、自サーバーがその受信者に最近何通送ったかを数えます。</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Google アカウントは存在しますが、無効化されているか非アクティブです（以前の応答では「is disabled」と表示されていました）。レジストリ上の定義と一致します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Gmail 独自の用法です。メールボックス自体には問題がありませんが、Gmail が許容するより速くメールを受信しているため、送信者は送信ペースを落として再試行すべきです。Gmail には、ユーザーが追加のメッセージを配送できないほどのレートでメールを受信していることを示す、恒久的な 550 5.2.1 の形もあります。</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>メールボックス容量超過</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>受信者のメールボックスが保存容量のクォータを超えています。受信者がメールを削除して空きを作れるため、RFC 3463 では持続的な一時エラー（4.2.2）として意図されていますが、多くのサーバーは代わりに 5.2.2 を返し、この恒久的な形はバウンスで非常によく見られます。</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>クォータを事前に把握しているサーバー（Gmail、クォータチェックを有効にした Dovecot）では RCPT TO の段階で、配送中にストアがメールボックスの容量超過を検出した場合はデータ終了時とバウンスに現れます。Dovecot は 552 5.2.2 ... Quota exceeded (mailbox for user is full) と応答し、quota_full_tempfail が設定されている場合は 452 4.2.2 を返します。Exchange は 554 5.2.2 mailbox full を返します。</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>受信者がメールを削除またはアーカイブしてごみ箱を空にするか、受信者側の管理者がクォータを引き上げます。送信者が技術的に対処できることはありません。別の手段で受信者に知らせ、後ほど再送してください。メーリングリストの運用者は、クォータによるバウンスが数週間続く場合、放置されたメールボックスの兆候とみなすべきです。</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: 受信者が空きを作る可能性があるため、通常のキュー保持期間のあいだバックオフを入れて再試行を続けます。5.2.2: メッセージは返送されますが、状況は解消する可能性があります。すぐにではなく、後ほど手動で再送してください。</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>受信者がメールボックスを整理せず、クォータに達しました。</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>info@ のような共有メールボックスやロールメールボックスに大量のメールが届き、誰も管理していません。</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>大きな添付ファイルで小さなメールボックスがすぐにいっぱいになりました。</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>他のサービスと共有しているストレージがいっぱいになりました（Gmail の場合、クォータには Google ドライブとフォトも含まれる）。</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Dovecot サーバーでは、受信者の使用量を上限と比較して表示します。</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>ローカルの mbox 配送を行う Postfix では、メールボックスファイルのサイズを mailbox_size_limit と比較します。</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>送信者の立場では、バウンスに記載されているのが 4.2.2（自サーバーがまだ再試行中）か 5.2.2（再試行を断念した）かを確認します。</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Google アカウントが保存容量のクォータを超えており、Gmail はメッセージの受け付けを保留します（以前の応答では「The email account that you tried to reach is over quota」と表示されていました）。想定どおりの一時エラーとしての用法です。</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>容量超過のアカウントが放置されているようにも見える場合、Gmail はクォータの問題を恒久的な拒否に変え、送信者のサーバーが再試行をやめるようにします。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>受信者のメールボックスが受信禁止クォータに達しました。Exchange Online は、送信レート制限を超えた送信者に対しても 5.2.2 を「Submission quota exceeded」とともに使いますが、こちらは送信者側の問題です。</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>メッセージのサイズが管理上の上限を超過</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>メッセージがこのメールボックスで受け付けられるサイズを超えています。レジストリでは、システム全体の上限より低いメールボックス単位の上限を想定しています（システム全体の場合は X.3.4）。このメッセージについては恒久的な失敗です。</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>データ終了時、またはクライアントが SIZE= でサイズを宣言した場合は MAIL FROM の段階で現れます。Exchange は、受信者の最大受信サイズがメッセージより小さい場合に 5.2.3 を RESOLVER.RST.RecipSizeLimit とともに使います。Gmail は自身のメッセージサイズ上限に 552 5.2.3 を使いますが、これは実際にはシステム全体の上限です。</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>送信者はメッセージを小さくします。添付ファイルを削除または圧縮するか、大きなファイルはリンクで共有します。base64 エンコードにより、添付ファイルはディスク上のファイルより約 3 分の 1 大きくなることに注意してください。メールボックスの上限が不当に低い場合は、受信者側の管理者が受信サイズを引き上げます。</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>同じメッセージで再試行しないでください。次回もまったく同じサイズです。代わりに小さくしたものを送ってください。</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>ファイルとしては上限をわずかに下回るものの、base64 エンコード後に上限を超える添付ファイルです。</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>受信者ごとの最大受信サイズが、組織のトランスポート上限より低く設定されています。</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>インライン画像が多数ある、または転送されたスレッドに以前の添付ファイルが含まれたままになっています。</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>バウンスに記載されたサイズと、そこに示された上限を比較します。対象となるのはファイルのサイズではなく、エンコード後のメッセージサイズです。</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Exchange Online では、受信者側の管理者がメールボックスの受信上限を確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Gmail のメッセージ全体のサイズ上限です。システム全体の上限であり、レジストリでは X.3.4 に分類されるものです。Gmail は同じテキストを 5.3.4 でも送ります。</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>メッセージが受信者自身の最大受信サイズを超えています。レジストリが説明するメールボックス単位のケースそのものです。</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>メーリングリストの展開に関する問題</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>宛先アドレスがメーリングリストまたは配布グループで、リストをメンバーに展開できませんでした。リストの定義が壊れているのか、一時的に利用できないだけなのかによって、恒久的（5.2.4）な場合も持続的な一時エラー（4.2.4）の場合もあります。</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>リスト、エイリアス、配布グループ宛てのメールで見られます。サーバーがその場で展開する場合は RCPT TO の段階で、そうでなければリストサーバーからのバウンスで現れます。レジストリでは基本コード 450 および 452 と組み合わせて記載されています。古いバージョンの Exchange は 5.2.4 mailing list expansion problem を報告しており、リストマネージャーやディレクトリベースのグループも、メンバー情報を読み取れない場合にこのコードを返すことがあります。</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>送信者にできるのは、リストの所有者または受信者側の管理者に報告することだけです。リストの所有者または管理者は、リストの定義を確認します。メンバーを提供する include ファイルやディレクトリクエリ、ループしている、または削除されたグループを指しているネストされたグループ、展開処理が依存しているディレクトリサーバーなどです。</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: バックオフを入れて再試行します。ディレクトリが復旧すれば展開は再び成功することが多いです。5.2.4: リストの所有者がリストを修復するまで再試行しないでください。</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>エイリアスが参照する include ファイルが存在しないか、メールシステムから読み取れません。</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>グループのメンバー情報を保持するディレクトリ（LDAP、Active Directory）に到達できず、一時エラーの 4.2.4 になりました。</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>ネストされたグループが互いにループして参照しているか、削除されたグループを参照しています。</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>展開すると、1 通のメッセージにつきサーバーが許容する受信者数を超えてしまいます。</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>何も配送せずにアドレスを展開するようメールシステムに指示します。Sendmail はメンバーまたはエラーを端末に表示し、Postfix の sendmail -bv はレポートをメールで送ってきます。</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Postfix では、aliases データベースでリストを検索します。</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>その他または未定義のメールシステムステータス</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>アドレスやメールボックスではなく、宛先のメールシステムの何らかの問題でこの結果になりましたが、サーバーは詳細を示していません。一時的な形の 4.3.0（サーバー側の障害）が圧倒的に多く、5.3.0 はシステムレベルの恒久的な拒否、2.3.0 はまれな成功の変種です。</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>どの段階でも現れますが、データ終了時か RCPT TO の段階が最も多いです。Postfix はメッセージを保存できない場合に 451 4.3.0 Error: queue file write error を、テーブルやデータベースの検索に失敗した場合に 451 4.3.0 ... Temporary lookup failure を返します。Gmail は自社側の一時的な問題に 451 4.3.0 と 421 4.3.0 を使います。Exchange は、メッセージを有害メッセージキュー（poison message queue）に移す際に 5.3.0 Too many related errors を使います。</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>4.3.0 の場合、送信側は通常待つだけで、受信側の管理者が拒否した時刻のサーバーログから根本的なエラー（ディスクフル、検索の失敗、コンテンツフィルターのクラッシュ）を探します。5.3.0 の場合は、システムが何を拒否したかが応答テキストに書かれています。サーバーを修正する必要があるのは受信者側の管理者で、送信者にできるのは連絡することだけです。</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: バックオフを入れて後ほど再試行します。原因の大半は送信者が何もしなくても修復されます。5.3.0: そのままでは再試行せず、テキストまたは受信者側の管理者から、システムが何を拒否したのかを確認してください。</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>受信側サーバーがメッセージをキューに書き込めませんでした（ディスクフル、ファイルシステムのエラー、アクセス許可の誤り）。</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>メールサーバーが依存するルックアップテーブル、データベース、LDAP サーバーがトランザクション中に失敗しました。</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>コンテンツフィルター、milter、ウイルススキャナーがクラッシュまたはタイムアウトしました。</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>プロバイダーが具体的な理由を示さずに、メッセージの受け付けを一時的に断りました。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>受信側の Postfix サーバーで、拒否の直前に記録された warning または fatal のメッセージを探します。</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>キューが置かれている場所の空き容量と inode を確認します。</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Postfix 自身に設定、所有者、アクセス許可をチェックさせます。</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Gmail の汎用的な一時拒否です。送信者が変更すべきことはなく、後ほど再試行するだけです。Gmail は 451 4.3.0 Multiple destination domains per transaction is unsupported も返しますが、これは異なるドメインの受信者を別々のトランザクションに分けるようクライアントに求めるものです。</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>メールシステムの容量不足</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>メールシステム全体のストレージ（通常はディスクやキューの領域）が不足しており、現時点ではメッセージを受け取れません。メールボックスの容量超過とは異なり、受信者がメールを削除しても解決しません。一時的な失敗としてのみ定義されています。</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>MAIL FROM、RCPT TO、またはデータ終了時に 452 とともに現れます。Postfix は、キューのファイルシステムの空き容量が必要量（queue_minfree、および message_size_limit の 1.5 倍）を下回ると 452 4.3.1 Insufficient system storage と応答します。Exchange は、ディスク容量やメモリの不足でバックプレッシャーが発動すると 452 4.3.1 Insufficient system resources と応答します。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>受信側サーバーの管理者が、キューやストアのボリュームの空きを確保する（古いログ、検疫領域、肥大化した保留キュー（deferred））か、容量を追加します。Exchange では、バックプレッシャーのしきい値と、キューデータベースが置かれたディスクも確認してください。送信者は何もする必要はなく、送信側サーバーが再試行します。</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>通常のバックオフで後ほど再試行します。このコードは一時エラーとしてのみ定義されています。キュー保持期間を超えて続くとメッセージは返送されるため、連絡が取れるなら受信側の管理者に知らせてください。</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>メールキューのあるパーティションがいっぱいになりました。ログや保留キュー（deferred）が増え続けたことが原因であることが多いです。</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>空き容量は残っているが、ファイルシステムの inode が枯渇しました。</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>メールループや大量のスパム送信でキューが埋まりました。</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>ディスク容量の不足やメモリ使用量の増大に対して、Exchange のバックプレッシャーが反応しました。</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>キューのファイルシステムの空き容量と inode を確認します。</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>キュー内のメッセージ数を確認し、ループや大量のスパム送信がないか見つけます。</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Postfix の空き容量のしきい値を、メッセージサイズの上限と比較します。</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>システムがネットワークからのメッセージを受け付けていません</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>メールボックスを保持するホストが、ネットワークからのメッセージを受け付けていません。4.3.2 の場合は一時的なもの（シャットダウン中、過負荷、メンテナンス）で、RFC 7504 の 521 応答とともに使われる 5.3.2 の場合は、そのホストがメールを一切受け付けないことを示します。</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>シャットダウン中、過負荷、またはメンテナンス中のサーバーは、一時エラーの応答に 4.3.2 を付けることがあります。オンプレミスの Exchange は、トランスポートコンポーネントが非アクティブな場合（たとえば更新後にメンテナンスモードのまま残された場合）、4.3.2（Service not available、Service not active）で応答します。メールを一切受け付けないホストは、グリーティング後のコマンドに 521 と 5.3.2 で応答することがあります。Microsoft 365 はメールボックス単位の制限にも 4.3.2 を使います。</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>4.3.2 の場合、送信側は待機し、その間に受信側の管理者がサービスを復旧させます。メンテナンスを完了させ、負荷を下げ、Exchange では Exchange 管理シェルで非アクティブなサーバーコンポーネントをアクティブに戻します。521 と 5.3.2 の場合は、受信者のドメインがすべてのメールを拒否するホストにメールを向けています。受信者側の管理者が MX レコードを修正するか、ドメインが本当にメールを受け付けないのであれば null MX を公開します。</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: 通常のバックオフで再試行します。ドメインに別の MX ホストがあれば、そちらへの再試行が望ましいです。521 を伴う 5.3.2: そのホストには再試行しないでください。先にドメインの MX 設定を変更する必要があります。</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>サーバーがメンテナンス中またはシャットダウン中で、新しいトランザクションを拒否しています。</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>サーバーが過負荷で、負荷が下がるまで処理を制限しています。</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Exchange で、更新やメンテナンスの後にサーバーコンポーネントが非アクティブのまま残されました。</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>MX またはフォールバックのアドレスレコードが、意図的にメールサーバーになっていないホストを指しており、そのホストが 521 を返します。</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>ポート 25 に接続してグリーティングを読みます。220 なら受け付け中、421、521、554 ならホストが拒否しています。</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Exchange で、アクティブでないサーバーコンポーネントを一覧表示します（EX01 はサーバー名です）。</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>ドメインの MX レコードがどのホストを指しているか確認します。</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: 受信者のメールボックス内のフォルダーが 100 万アイテムの上限に達したため、配送に失敗しました（恒久的な 554 に 4.x のコードが付いている点に注意）。そのフォルダーからアイテムを移動すれば解決します。Exchange Online は、1 つのメールボックスが同時に多すぎるメッセージを受信している場合にも、4.3.2 を「recipient thread limit exceeded」とともに使います。</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>選択された機能にシステムが対応していません</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>メッセージが、宛先システムでサポートされていない機能を要求しています。典型的には、あるメールシステムの機能を別のシステムに対応付けられないゲートウェイで発生します。その機能が今後も利用できない場合は恒久的（5.3.3）、サポートの復旧が見込まれる場合は一時的（4.3.3）です。</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>あまり見かけず、ベンダー固有です。次のホップが持たない拡張機能をパラメーターが指定している場合に MAIL FROM や RCPT TO の段階で現れるか、要求されたプロパティ（配送期限、優先度、開封確認の要求）を次のシステムに引き継げなかったゲートウェイからのバウンスに現れます。オンプレミスの Exchange では、社内メール用の Receive コネクタに Exchange Server 認証方式が設定されていない場合に 5.3.3 Unrecognized command が使われていました。</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>テキストを読み、どの機能が拒否されたかを確認します。送信者側の管理者またはクライアントソフトウェアが、その宛先に対してその機能の要求をやめるか、対応している経路を通るようにルーティングします。受信側システムが対応しているべきものであれば、その管理者が拡張機能を有効にするか、Exchange の例のようにコネクタを修正します。</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: 同じシステムに同じ要求を繰り返さず、未対応の機能を外すか、別の経路で送ってください。4.3.3: バックオフを入れて後ほど再試行します。</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>メッセージが、次のシステムにない拡張機能（バイナリ転送や配送期限など）を要求しており、ゲートウェイがそれを黙って外すことができません。</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>SMTP 以外のメッセージングシステムへのゲートウェイが、メッセージのプロパティを相手側で表現できません。</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Exchange の社内用 Receive コネクタが Exchange Server 認証なしで構成されており、Exchange 固有のコマンドが拒否されます。</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>受信側サーバーが提示する拡張機能を一覧表示し、自サーバーが MAIL FROM と RCPT TO で送っているパラメーターと比較します。</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>送信側の Postfix サーバーで該当のトランザクションを探し、どのコマンドが拒否されたかを確認します。</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>メッセージがシステムの上限に対して大きすぎます</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>メッセージが、受信側システムがどのメッセージにも適用するサイズ上限を超えています。上限が技術的なものか管理者が設定したものかは問いません。このメッセージについては恒久的な失敗です。1 つのメールボックス単位の上限である X.2.3 と比較してください。</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>クライアントがサーバーの提示する上限より大きい SIZE= を宣言した場合は MAIL FROM の段階で、それ以外の場合はサーバーがバイト数を数えた後のデータ終了時に現れ、後段のホップからのバウンスにも現れます。Postfix は 552 5.3.4 Message size exceeds fixed limit と応答します（message_size_limit、デフォルトは約 10 MB）。Exchange は 5.3.4 Message size exceeds fixed maximum message size を使い、Gmail はサイズ上限のほか、添付ファイルが多すぎる場合やヘッダーが大きすぎる場合にも 552 5.3.4 を使います。</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>送信者はメッセージを小さくします。添付ファイルを減らすか圧縮するか、代わりにダウンロードリンクを使います。ファイルサイズを上限と比較する際は、base64 エンコードによって約 37 パーセント増えることを考慮してください。受信側の管理者が上限を引き上げることもできますが、その場合はフィルターを含め、経路上のすべてのホップが新しいサイズを受け付ける必要があります。</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>同じメッセージで再試行しないでください。サイズ上限は試行のたびに変わるものではありません。代わりに小さくしたメッセージを送ってください。</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>宛先の上限より大きい添付ファイルです（調整されていない Postfix サーバーのデフォルトである 10 MB など）。</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>ファイルとしては上限内でも、MIME エンコード後に上限を超えるメッセージです。</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>経路上の中継サーバーやフィルターの上限が、最終サーバーより低いです。</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Gmail 固有: 添付ファイルが多すぎる、またはヘッダーが大きすぎる場合も同じコードで報告されます。</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>サーバーの EHLO 応答にある SIZE 行を読みます。サーバーが受け付ける最大のメッセージサイズです。</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Postfix で、設定されている上限をバイト単位で表示します。</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Exim で、設定されている上限を表示します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Gmail のメッセージサイズ上限です。別のテキスト（添付ファイルの数が Google の上限を超えている、またはヘッダーがサイズ上限を超えている）とともに使われる場合、同じコードが Gmail の添付ファイル数とヘッダーサイズの上限も表します。</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>システムの設定が不正</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>受信側システムの設定が原因で、このメッセージを受け付けられません。メッセージやアドレスの問題ではなく、サーバー側の設定エラーです。管理者によってすぐに修正される見込みの場合は 4.3.5、拒否が最終的な場合は 5.3.5 です。</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix は、制限、ルックアップテーブル、ポリシーサービスの設定に誤りがある場合に 451 4.3.5 Server configuration error（または Server configuration problem）を返し、詳細は自身のログにのみ記録します。オンプレミスの Exchange は、ループを検出した場合（たとえば Receive コネクタの FQDN がメールフロー内の別のサーバーと一致する場合）に 5.3.5 System incorrectly configured を使います。</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>対処できるのは受信側サーバーの管理者だけです。拒否した時刻のサーバーログを読み（Postfix は実際の警告、たとえば不明な制限、存在しないマップファイル、到達できないポリシーサーバーを記録しています）、修正してリロードします。送信者にできるのは、バウンスを報告して待つことだけです。</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: バックオフを入れて再試行します。管理者が設定を修正すればすぐに解消します。5.3.5: そのままでは再試行せず、受信者側の管理者に連絡してください。</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>制限リストが、存在しないか種類の誤ったルックアップテーブルを指定しています。</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>設定で指定されたポリシーサービスや milter が動作していません。</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>設定変更によって制限名のつづり誤りが入り込みました。</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>メールフロー内の 2 台のサーバーが同じホスト名を名乗っているため、Exchange がそのホップをループとみなしました。</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>受信側の Postfix サーバーで、4.3.5 の応答と同時刻に記録された警告を探します。</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Postfix のデフォルトと異なる設定だけを表示し、つづり誤りや存在しないマップを見つけます。</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>設定で指定されたすべてのマップファイルが存在し、ソースファイルより新しいことを確認します。</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>要求された優先度が変更されました</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>MT-PRIORITY 拡張（RFC 6710）の成功コードです。サーバーはメッセージを受け付けましたが、クライアントが要求した転送優先度（または要求がない場合に暗黙的に適用されるデフォルト）を尊重しませんでした。コードの後のテキストは、実際に適用された優先度で始まります。</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>双方が MT-PRIORITY に対応しているサーバー間でのみ現れ、軍事用や緊急用のメッセージングなどの特殊な環境以外ではまれです。クライアントは MAIL FROM の MT-PRIORITY パラメーターで -9 から 9 までの優先度を要求し、サーバーはたとえば送信者に高い優先度の権限がない場合に、肯定応答（250 または 251）で変更を報告します。</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>何も壊れていません。メッセージは受け付けられています。優先度が重要な場合は、送信者側の管理者が、送信アカウントやホストが受信側システムでその優先度の権限を持っているかを確認するか、受信側の管理者と調整します。</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>再試行は不要です。メッセージは変更された優先度で受け付けられています。通常どおりトランザクションを続けてください。</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>受信側サーバーのポリシーがこの送信者に要求された高い優先度を認めていないため、優先度が下げられました。</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>受信側サーバーがサポートする優先度のレベルが少なく、要求を最も近いレベルに対応付けました。</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>ローカルポリシーが、特定の送信者や受信者の優先度を上げたり下げたりしています。</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>受信側サーバーが EHLO 応答で MT-PRIORITY を提示していることを確認します。</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>コードの後の応答テキストの先頭にある数値を読みます。これがメッセージに現在設定されている優先度です。</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>その他または未定義のネットワーク/ルーティングステータス</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>配送のネットワーク側またはルーティング側の問題のうち、より具体的な X.4 のどのコードにも当てはまらないものを表す汎用コードです。4.4.0 の場合、送信側システムは今回メッセージを送り届けられず試行を続けます。5.4.0 の場合、報告側のシステムはその経路を完全に断念しています。</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>主に、相手側からの応答ではなく、送信側の MTA が記録する保留（deferral）の理由やバウンスに現れます。Microsoft Exchange はキューの LastError で DNS の障害や配送試行の失敗の前に 451 4.4.0 を付け、Postfix はホップ数の超過に 554 5.4.0 Error: too many hops と応答します。</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>コードの後のテキストと、対応する MTA のログ行を読んでください。実際の原因（DNS の障害、接続拒否、ホップ数の上限）はほぼ必ずそこに書かれています。送信者側のメール管理者はその詳細をもとに対処します。送信側に原因があればローカルの DNS、ファイアウォール、ルーティングを修正し、相手側に到達できないか動作がおかしい場合は、正確なエラー、MX ホスト、タイムスタンプを受信者側の管理者に送ります。</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>4.4.0 の場合は通常のバックオフで再試行します。通常は一時的な状態です。5.4.0 の場合は同じ経路でそのまま再試行せず、まず診断テキストから具体的な原因を突き止めてください。</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>宛先の MX またはアドレスレコードを検索中に、送信側サーバー自身のリゾルバーが失敗またはタイムアウトしました。</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>ファイアウォール、プロバイダーによる送信ポート 25 のブロック、または経路の障害によって、宛先 MX への接続が妨げられました。</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>転送または中継のループにより、メッセージが MTA のホップ数の上限に達しました（Postfix はこれを 5.4.6 ではなく 5.4.0 として報告する）。</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>ゲートウェイやセキュリティアプライアンスが、種類を示さずにネットワーク障害を報告しました。</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>送信側サーバーのログで、保留またはバウンスの理由の全文を探します。コードの後のテキストに実際の障害が書かれています。</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>作業用の端末からだけでなく、送信側サーバー自身から宛先の MX レコードが名前解決できることを確認します。</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>送信側ホストから宛先 MX のポート 25 に到達できるかテストします。</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>次のホップの DNS 検索に失敗した場合の Exchange のキューエラーです（この例では宛先ドメインが存在しないため）。Exchange は再試行を続け、メッセージの有効期限タイムアウトを過ぎると 550 4.4.7 QUEUE.Expired; message expired を含む NDR を返します。レジストリであれば X.4.3 または X.4.4 に該当しますが、Exchange は汎用の 4.4.0 を使います。</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>ホストからの応答なし</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>送信側サーバーが次のホップへの接続を試みましたが、有効な応答が得られませんでした。接続がタイムアウトした、拒否された、またはホストがビジーで応答できなかったということです。RFC 3463 では持続的な一時エラーとしてのみ定義されているため、4.4.1 は「最終的に失敗した」ではなく「まだ試行中」を意味します。</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>相手側は何も応答できていないため、ほぼ常に送信側の MTA 自身が生成し、そのログや配送遅延の通知に表示されます。Postfix は connect to mail.example.com[192.0.2.25]:25: Connection timed out のような保留を dsn=4.4.1 とともにログに記録します。また BURL のサブミッションサーバーは、メッセージを保持している IMAP サーバーに到達できない場合に 451 4.4.1 を返します（RFC 4468）。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>送信者側の管理者は、まず送信ホストがそもそもポート 25 に到達できるかを確認します。多くのクラウドや家庭向けネットワークでは送信方向のポート 25 がブロックされているためです。他のドメインへは送れる場合、問題は宛先側にあります。MX ホストが停止しているか、ファイアウォールで遮断されているか、誤ったアドレスで待ち受けており、受信者側の管理者が修正する必要があります。試行した MX ホスト、IP アドレス、日時を伝えてください。</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>バックオフを入れて後ほど再試行し、優先度順に他の MX ホストも試します。メッセージはキュー保持期間が切れた時点で初めて失敗となり、その場合は有効期限切れ（X.4.7）として現れます。</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>宛先の MX ホストが停止している、過負荷である、またはポート 25 で待ち受けていません。</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>どちらかの側のファイアウォールが SMTP のトラフィックを黙って破棄しているため、接続が拒否されずにタイムアウトします。</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>送信側のネットワーク（クラウドプロバイダーや ISP）が、ポート 25 への送信方向の接続をブロックしています。</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>移行後も MX レコードが古い、または誤った IP アドレスを指しています。</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>宛先の MX ホストを優先度順に一覧表示します。</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>送信側サーバーから各 MX のポート 25 への TCP 接続を試します。タイムアウトならフィルタリングが疑われ、connection refused なら何も待ち受けていません。</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>送信方向のブロックを切り分けるため、自ホストが別の宛先（たとえば他のドメインの MX）のポート 25 に到達できるか確認します。</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>この宛先について Postfix が記録した保留の理由を確認します。</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online は、ネットワークの問題とは無関係に、ディレクトリベースのエッジブロック（DBEB）が受信側テナントに存在しない（またはまだ同期されていない）アドレスを拒否した場合や、ドメインが承認済みドメインとして正しく設定されていない場合に、RCPT TO でこのコードを返します。無効な受信者によるバウンスとして扱ってください。送信者はアドレスを確認し、受信者側の管理者はテナントの受信者と承認済みドメインを確認します。</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>接続不良</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>次のホップへの接続は確立されましたが、途中で回線が切断された、停止した、またはタイムアウトしたため、トランザクションを完了できませんでした。X.4.1 と同様に持続的な一時エラーとして定義されているため、メッセージは次の試行に備えてキューに残ります。</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>送信側 MTA のログに現れるか（Postfix は lost connection with mail.example.com[192.0.2.25] while sending end of data と dsn=4.4.2 を記録します）、遅いセッションやアイドル状態のセッションを閉じるサーバーからの応答として現れます。Postfix の SMTP サーバーは 421 4.4.2 の後にホスト名と Error: timeout exceeded を返し、Gmail は 451 4.4.2 Timeout - closing connection を返します。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>送信者側の管理者は、接続がどの段階で切れたかを確認します。大きなメッセージで DATA 中に切断される場合は、MTU や経路の問題、SMTP を検査する中間装置、受信側の制限時間が原因であることが多く、アイドルタイムアウトの場合は、クライアントが遅いか送信ホストが過負荷であることを示します。特定の宛先だけで発生する場合は、受信者側の管理者にタイムスタンプと失敗した段階を伝えてください。</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>バックオフを入れて後ほど再試行します。インターネットでは接続がときどき切断されるのは普通のことです。同じ宛先で同じ段階の切断が繰り返される場合は設定の問題であり、再試行だけでは解決しません。</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>ファイアウォールや SMTP を検査する中間装置が、セッションを切断または改変しています。</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>経路 MTU の問題で大きなパケットが滞り、小さなメッセージは通るが大きなメッセージは DATA 中に止まります。</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>クライアントがコマンド間で長く止まりすぎ、サーバーのアイドルタイムアウトによってセッションが閉じられました。</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>トランザクションの途中で、受信側サーバーが再起動した、クラッシュした、または高負荷で接続を切りました。</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>接続が切れた段階を特定します。</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>同じ MX に対して完全なテストトランザクションを実行し、どこで止まるかを確認します。</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>STARTTLS が正常に完了することを確認します。ハンドシェイクの失敗は接続の切断として現れることがよくあります。</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>大きなメッセージが失敗して小さなメッセージが通る場合は、フルサイズのパケットが断片化されずに MX に届くかテストします。</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>クライアントのコマンド間、またはデータ送信中の動作が遅すぎたため、Gmail がセッションを閉じました。再接続して再試行してください。頻発する場合は、送信ホストの過負荷やネットワーク経路の遅さを調べてください。</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>ディレクトリサーバーの障害</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>ディレクトリサービス（実際にはほぼ常に DNS）が利用できないか、エラーを返したため、メッセージをルーティングできませんでした。RFC 3463 では一時的な失敗（4.4.3）として意図されていますが、5 を付けて返すサーバーもあります。</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>送信側では、宛先の MX またはアドレスの検索がタイムアウトするか SERVFAIL を返した場合に現れます。Postfix は Name service error for name=example.com type=MX: Host not found, try again と dsn=4.4.3 で保留にします。受信側では、DNS ベースのチェックを完了できない場合に現れます。RFC 7208 は、SPF チェックが一時エラーに終わった場合に 451 4.4.3 を推奨しています。</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>どちらの DNS が障害を起こしているかを突き止めます。送信側サーバーが何も名前解決できない場合は、その管理者がローカルのリゾルバーを修復します（リゾルバーの設定、停止したキャッシュデーモン、ブロックされた送信方向の DNS）。特定のドメインだけが失敗する場合は、そのドメインの権威サーバーが停止しているか、lame delegation になっているか、DNSSEC で壊れているため、受信者側の管理者またはその DNS ホスティング事業者が修復する必要があります。</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>バックオフを入れて後ほど再試行します。DNS の障害は通常短時間で終わります。受信側からの 5.4.3 も実際には一時的なものであることが多いため、DNS の問題が解決したら再送してください。</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>送信側サーバーのローカルリゾルバーが停止している、到達できない、またはレート制限を受けています。</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>宛先ドメインの権威ネームサーバーがタイムアウトするか、SERVFAIL を返します。</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>DNSSEC の障害（署名の期限切れ、誤った DS レコード）により、検証を行うリゾルバーが応答を拒否します。</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>受信側での SPF、DKIM、DMARC の検索がタイムアウトし、受信側が判定せずに保留にしました。</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>メールサーバーが使っているリゾルバーが、宛先についてそもそも応答するか確認します。</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>ルートから委任をたどり、ドメイン自身のネームサーバーが障害を起こしていないか確認します。</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>DNSSEC の検証を無効にしてクエリを繰り返します。こちらだけが成功する場合は、ゾーンの署名が壊れています。</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>メールサーバーがどのリゾルバーを使うよう設定されているか確認します。</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>ルーティング不能</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>必要なルーティング情報がなかったため、メールシステムは宛先への次のホップを見つけられませんでした。典型的なきっかけは、DNS は応答するものの、そのドメインについて利用可能な MX やアドレスを返さない場合です。4.4.4 はレコードがまだ現れる可能性があることを、5.4.4 は送信側システムが断念したことを意味します。</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>送信側の MTA が生成し、通常はバウンスに現れます。Postfix は、ホスト名やドメイン名が見つからないことを示す Host or domain name not found. Name service error for name=example.com type=A: Host not found と dsn=5.4.4 でバウンスし、Microsoft Exchange は 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain を報告します。社内の中継サーバーに宛先へのトランスポート、コネクタ、スマートホストがない場合にも見られます。</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>送信者はまず、アドレスのドメインにつづり誤りがないか確認します。これが圧倒的に多い原因です。ドメインが正しい場合は、その所有者（受信者側の管理者）が、稼働中のメールサーバーを指す MX レコード、少なくとも A または AAAA レコードを公開する必要があります。送信側では、管理者が社内のルーティング（トランスポートマップ、送信コネクタ、スマートホスト）がその宛先をカバーしているか確認します。</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>4.4.4 の場合は、レコードが修正中である可能性に備えてバックオフを入れて再試行します。5.4.4 の場合はそのまま再試行せず、アドレスを修正するか、ドメイン所有者が有効なレコードを公開するのを待ってください。</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>受信者のドメインの入力ミス（example.com ではなく example.con）により、ドメインが存在しません。</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>ドメインは存在するが、MX レコードも、フォールバック先となる A / AAAA レコードもありません。</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>MX レコードが、アドレスレコードを持たないホストを指しています。</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>社内の中継サーバーに、宛先ドメインへのルート（トランスポートマップのエントリ、コネクタ、スマートホスト）がありません。</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>ドメインが存在すること（NXDOMAIN ではなく NOERROR）を確認し、その MX レコードを読みます。</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>各 MX ホスト名を名前解決します。A / AAAA レコードのない名前は配送に使えません。</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>MX ホストに IPv4 アドレスがない場合は、IPv6 側も確認します。</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Exim では、ルーターがそのアドレスをどのように配送するかを問い合わせます。</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange が宛先ドメインが DNS に存在しないことを検出し、メッセージをバウンスしました。ドメインが実際には存在する場合、Microsoft は Exchange のトランスポートサービスが使う DNS 設定を確認するよう管理者に案内しています。</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>メールシステムの輻輳</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>受信側または中継側のメールシステムが混雑しており、現時点ではメッセージを受け取りません。持続的な一時エラーとしてのみ定義されています。メッセージ自体には問題がなく、送信者は送信ペースを落として後ほど再試行すべきです。</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>サーバーが過負荷であるか、接続数の制限やレート制限を適用している場合に、接続時、または MAIL FROM や RCPT TO への応答として現れます。Gmail は 421 4.4.5 Server busy, try again later を返します。Gmail は、1 日の送信上限を超えた自社のユーザーにも 550 5.4.5 を返しますが、これは 5 を伴うプロバイダー固有の用法です。</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>メッセージには問題はありません。送信者側の管理者はキューによる再試行に任せ、保留が続く場合はその宛先への並列接続数と送信レートを下げます。受信者側の管理者が対処する必要があるのは、自分のサーバーが実際に過負荷（キューの滞留、ディスク、CPU）になっている場合だけです。</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>指数バックオフで後ほど再試行し、そのホストへの並列接続数を減らします。混雑しているサーバーに接続を繰り返しても、保留が長引くだけです。</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>受信側サーバーが過負荷またはメンテナンス中で、新しいセッションを押し返しています。</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>送信者が同じ宛先に同時に多すぎる接続を開いました。</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>送信レート（1 分あたりのメッセージ数または受信者数）が、受信側のスロットリング上限を超えました。</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>中継サーバー自身のキューが滞留しており、上流からのメールをそれ以上受け付けません。</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>送信側サーバーで、宛先ドメインを含むキューのエントリがいくつあるかを数えます。</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Postfix が 1 つの宛先に対して並列にいくつ配送を行うかを確認します。</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>保留が接続時に発生しているのか、RCPT TO の段階で発生しているのかを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Gmail のビジー状態による一時的な保留です。後ほど再試行すれば解消します。送信元 IP からの同時接続数を減らすのが理想的です。</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>受信側 MTA ではなく、メールを送信（サブミッション）した Gmail または Google Workspace のユーザーに対して返されます。アカウントが直近 24 時間の送信クォータを使い切っており、その期間が過ぎれば再び送信できるようになります。これは 5 を伴う Google 独自の X.4.5 の用法で、レジストリ上の定義からは外れています。</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>ルーティングループを検出</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>サーバー間でメッセージが行き来している、または転送ルールによって循環しているため、メッセージの受け渡し回数が多すぎます。RFC 3463 では一時的なものとされていますが、ループは自然には解消しないため、実際にはほぼ常に恒久的な 5.4.6 として返されます。</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>Received: ヘッダーの数が MTA の上限を超えた場合（sendmail: Too many hops 26 (25 max)、Gmail は 50 ホップで停止）や、MTA が次のホップが自分自身であると判断した場合（Postfix: mail for example.com loops back to myself）に、DATA の終了時またはバウンスに現れます。Postfix のローカル配送も、Delivered-To による転送ループを mail forwarding loop for user@example.com としてバウンスします。</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>バウンスされたコピーの Received: ヘッダーを読み、どのホストが繰り返し現れるかを確認します。通常は受信者または受信者側の管理者が対処する必要があります。元のメールボックスに戻ってくる転送ルールを削除するか、ドメインを送信元に送り返してしまう MX レコード、中継ルート、コネクタを修正します。送信者にできるのは報告することだけです。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>そのまま再試行しないでください。メッセージは再びループします。転送ルールまたはルーティングが修正されてから再送してください。</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>2 つのメールボックスが互いに転送し合っている、または転送の連鎖が出発点に戻ってきます。</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>MX レコードや中継ルートが、配送しようとしているサーバー自身を指しています（移行後やハイブリッド Exchange 構成でよく起こる）。</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>MX が指すサーバーでドメインがローカルとして設定されていないため、そのサーバーがメールを先へ中継し、それが戻ってきます。</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>メーリングリストが自分自身、またはそのリストにメールを流し込む別のリストに登録されています。</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>バウンスされたコピーの Received: ヘッダーを数え、繰り返し現れるホスト名を探します。</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>ドメインの MX が、ループを報告しているサーバーそのものを指していないか確認します。</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix で、ドメインが配送先または中継先として本来あるべき設定に記載されているか確認します。</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Postfix が出力するループのメッセージをログで検索します。</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail は、Received: ヘッダーがすでに 50 ホップを超えているメッセージを拒否します。ループは Gmail より手前の経路にあり、2 つの転送ルールの組み合わせや、誤ってルーティングされたドメインが原因であることがよくあります。</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange はホップ数を超えたループ中のメッセージを停止し、この NDR を返します。Exchange Server と Exchange Online のどちらも 5.4.6 を使い、Exchange Online はループや壊れたルートを 5.4.14 や、5.4.20 までの他のコードでも報告します（ハイブリッド構成でよく見られます）。Microsoft は、受信トレイルール、転送設定、メールボックスの targetAddress を確認するよう推奨しています。</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>配送期限切れ</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>メッセージが長く滞留しすぎました。システムの再試行期間を過ぎてもキューに残っていたか、送信者が設定した配送期限を超えました。4.4.7 の場合は配送遅延の警告または一時的な拒否で、5.4.7 の場合はメッセージが未配送のまま返送されています。RFC 3463 は、可能であれば代わりに根本的な問題を報告するようシステムに求めています。</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>何日も配送に失敗した後に、送信者自身の送信側サーバーから届くバウンスや遅延通知に現れます。たとえば Exim の retry timeout exceeded（再試行のタイムアウト超過）や Microsoft Exchange の 550 4.4.7 QUEUE.Expired; message expired（キュー内での有効期限切れ）です。Postfix は status=expired, returned to sender とログに記録しますが、バウンスには最後の実際のステータス（4.4.1 など）を残します。</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>バウンスまたはログで、それ以前の保留の理由を探してください。そこに配送が失敗し続けた理由（到達できない MX、条件を満たせなかったグレーリスティング、TLS の失敗、ポリシーによる 4xx の保留の繰り返し）が書かれています。送信者側の管理者がその根本原因を修正するか、受信者側の管理者に修正を依頼し、その後送信者がメッセージを再送します。キュー保持期間を延ばしても問題が隠れるだけです。</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>4.4.7 の遅延通知であれば何もする必要はありません。サーバーはまだ再試行中です。5.4.7 や有効期限切れのバウンスの後は、メッセージはキューから削除されているため、根本的な配送の問題が解決したら再送してください。</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>再試行期間中ずっと、宛先 MX に到達できないか、接続を拒否されていました。</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>送信者が断念するまで、受信側が一時的な 4xx コード（グレーリスティング、レート制限、レピュテーション）で応答し続けました。</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>TLS または証明書の問題で、すべての配送試行が失敗しました。</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>メッセージが届く前に、送信者が指定した配送期限が過ぎました。</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>キュー保持期間が短縮されていたため、メッセージが数日ではなく数時間で期限切れになります。</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>受信者についての保留の履歴を探します。有効期限切れより前に記録された理由が本当の問題です。</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix サーバーが断念するまでにどれだけの期間再試行を続けるかを確認します。</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Postfix のキューに他に何が残っているかを確認します。</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Exim では、各メッセージの経過時間とともにキューを一覧表示します。</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange は、メッセージの有効期限タイムアウト（Exchange Server のデフォルトは 2 日）を過ぎると断念し、この NDR を送ります。550 が 4.x.x のコードと組み合わされている点に注意してください。Microsoft の Exchange Online のコード一覧では、4.4.7 Message expired は通常、受信側サーバーの問題であると説明されています。</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>その他または未定義のプロトコルステータス</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>SMTP の対話そのもの（コマンド、その順序、プロトコルの状態）に関する汎用コードで、より具体的な X.5 の詳細は示しません。2 を伴う場合は通常のプロトコル応答に付く中立的なタグで、4 や 5 を伴う場合は、クライアントの SMTP の話し方にサーバーが異議を唱えています。</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>セッション中のどの段階でも現れます。Gmail はプロトコルに違反するクライアントを 451 4.5.0 SMTP protocol violation で保留にし、STARTTLS の後にコマンドがパイプライン送信された場合は 454 4.5.0 を返します。RFC 4468 は BURL の応答に 250 2.5.0 を使い、有効な受信者がないまま BURL が届いた場合は 554 5.5.0 または 503 5.5.0 を使います。</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>その応答を引き起こした正確なコマンドを確認してください。4.5.0 や 5.5.0 の場合は、クライアントソフトウェア（またはその設定者）が SMTP の動作を修正する必要があります。220 のグリーティングを待つ、STARTTLS の後に EHLO を送り直す、STARTTLS を越えてパイプライン送信しない、行末を CRLF にする、などです。2.5.0 の応答は成功であり、対処は不要です。</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>2.5.0 の場合、再試行するものはなく、対話を続けます。4.5.0 の場合は後ほど再試行しますが、繰り返し発生するならクライアントを修正してください。5.5.0 の場合は、同じコマンドの流れをそのまま繰り返さないでください。</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>クライアントが STARTTLS の後に、またはサーバーが PIPELINING を提示する前に、コマンドをパイプライン送信しました。</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>クライアントがグリーティングの前にコマンドを送った、または応答を待たずに送信を続けました。</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>単独の LF の行末など、サーバーがプロトコル違反と判定する不正な入力です。</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>サーバーが、プロトコルレベルの拒否すべてに、具体的なコードではなく汎用コードを付けています。</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>セッションを手動で 1 コマンドずつ再現し、各応答を確認します。</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>同じサーバーに対して基準となるクライアントを実行します。成功する場合、問題は自分のクライアントソフトウェアにあります。</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>クライアントの SMTP プロトコルログを有効にし、最初の応答が届く前に複数のコマンドが送られていないか確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>クライアントが SMTP に従っていない場合（コマンドの順序の誤り、不正な入力）の Gmail の一時的な拒否です。再試行に頼る前にクライアントを修正してください。</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>クライアントが STARTTLS と同じひとまとまりの送信で、さらにコマンドを送りました。220 の応答を待って TLS ハンドシェイクを完了させ、その後 EHLO を送り直す必要があります。</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>無効なコマンド</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>クライアントが、順序の誤ったコマンド、またはサーバーがこの時点でサポートしていないコマンドを送りました。RFC 3463 では恒久的なものと定義されているため、同じ位置で同じコマンドを送っても失敗し続けますが、4 を付けて返すサーバーもあります。</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>典型的には、順序の誤り（MAIL より前の RCPT、受け付けられた RCPT がない状態での DATA、EHLO より前の MAIL）には 503 5.5.1、無効化されたコマンド（Postfix の VRFY など）には 502 5.5.1 が返されます。Gmail は、ログインしていないクライアントがメールを送信（サブミッション）しようとすると、認証が必要であることを示す 530 5.5.1 Authentication Required で応答します。</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>原因はクライアントソフトウェアまたはその設定にあります。応答を引き起こしたコマンドとその直前のコマンドを確認してください。典型的な対処は、最初に EHLO を送る、RCPT TO の前に MAIL FROM を完了させる、メールクライアントで認証を有効にする、サーバーが無効化しているコマンド（VRFY、EXPN、ETRN）に頼らない、などです。</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>同じ位置で同じコマンドを再送しないでください。コマンドの順序を修正するか、欠けている手順（EHLO、AUTH）を追加してから、新しいトランザクションを開始します。4.5.1 は他の一時的な失敗と同様に扱ってください。</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>コマンドが誤った順序で送られました（MAIL FROM より前の RCPT TO、受け付けられた受信者がない状態での DATA など）。</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>認証なしで設定されたメールクライアントが、認証を必要とするサブミッションサーバーと通信しています。</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>クライアントが、サーバーで無効化されているコマンド（VRFY や EXPN など）を使っています。</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>開いているトランザクション内で、間に RSET を挟まずに 2 つ目の MAIL FROM を送りました。</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>RCPT TO までのトランザクションを再現し、どのコマンドが拒否されるかを確認します。</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>サブミッションの場合は、メールクライアントが行うべき方法で認証してテストします。</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>クライアントの SMTP デバッグログを有効にし、拒否の直前に送られたコマンドを読みます。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com は、ログインしていないクライアントからの MAIL FROM を拒否します。クライアントを、ポート 587 と STARTTLS、またはポート 465 と TLS で認証（OAuth またはアプリ パスワード）を行うよう設定してください。</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>サーバーがコマンドを解析できませんでした。コマンド名が不明であるか、引数の形式が不正です。恒久的なものとしてのみ定義されているため、同じバイト列は再び拒否されます。</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>どのコマンドに対しても現れます。実際によくあるケースは、山かっこなしの MAIL FROM: user@example.com（Gmail は 555 5.5.2 Syntax error と応答します）、サーバーが base64 デコードできない AUTH の応答（RFC 4954 は 501 5.5.2 を規定しています）、恒久的なエラーを含む SPF レコード（RFC 7208 は 550 5.5.2 を提案しています）、通常の SMTP ポートに TLS や HTTP で話しかけるクライアントなどです。</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>クライアントソフトウェアは正しい形式のコマンドを送る必要があります。アドレスを山かっこで囲む、サーバーが提示していないパラメーターを付けない、行末を CRLF にする、コマンド行を 512 オクテット以内に収める、などです。応答に SPF への言及がある場合は、送信者ドメインの所有者が SPF レコードを修正します。サーバーがバイナリの雑音を受け取っていた場合は、TLS のモードをポートに合わせてください。465 は最初のバイトから TLS を想定し、25 と 587 は STARTTLS を想定しています。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>そのまま再試行しないでください。先にコマンドを修正しないと、同じ 5.5.2 が返ってきます。</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>アドレスが山かっこなしで、または余計な空白を含んで送られました（MAIL FROM: user@example.com など）。</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>独自の不完全な SMTP 実装を持つスクリプト、プリンター、アプライアンスです。</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>STARTTLS 用のポートに暗黙的 TLS で接続した、またはポート 465 に平文を送ったため、サーバーが雑音を受け取りました。</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>受信側が評価した SPF レコードに恒久的なエラー（構文の誤り、DNS 検索回数の超過）があります。</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>同じサーバーに正しい形式のテストを送ります。成功する場合は、そのコマンドを自分のクライアントのコマンドと比較します。</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>ポート 465 が本当に最初のバイトから TLS を想定しているか確認します。証明書と 220 のグリーティングが表示されるはずです。</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>テキストに SPF への言及がある場合は、送信者ドメインの SPF レコードを読み、構文と DNS 検索の回数を確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>形式の不正な MAIL FROM や RCPT TO に対する Gmail の応答です。典型的には、山かっこのないアドレスや、Gmail が受け付けないパラメーターを含むアドレスです。</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>受信者が多すぎます</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>トランザクションの受信者数が、サーバーが一度に受け付ける数を超えています。想定されている処理は、送信者がすでに受け付けられた受信者に配送し、残りを別のトランザクションで送ることです。メッセージ全体の受信者数がポリシーの許容を超える場合に、恒久的な 5.5.3 を使うシステムもあります。</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>メッセージごとの上限に達した時点で、RCPT TO への応答として現れます。Postfix は smtpd_recipient_limit（デフォルトは 1000）を超えると 452 4.5.3 Error: too many recipients と応答し、Gmail と Microsoft 365 は超過分を 452 4.5.3 で保留にします。RFC 5321 は、サーバーは少なくとも 100 の受信者をバッファリングしなければならず（must）、このケースでは 452 を使うべき（should）であるとしています。</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>正しく動作する送信側 MTA は受信者リストを分割して自動的に処理するため、通常は誰も対処する必要はありません。代わりにメールが失敗する場合は、送信者側の管理者が MTA やメール配信ソフトウェアでトランザクションあたりの受信者数を減らし、大量送信者は大きなリストを分割します。Exchange からの恒久的な 5.5.3 の場合は、送信者が To、Cc、Bcc のアドレスを減らすか、配布リストを使います。</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>受け付けられた受信者に配送してから、保留になった受信者を、1 回あたりの受信者数を減らした新しいトランザクションで再試行します。5.5.3 の場合は、受信者リストを減らしてから再送する必要があります。</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>受信側サーバーがトランザクションごとに受け付ける数より多くの受信者にメッセージが宛てられています。</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>メール配信ソフトウェアがリスト全体を 1 つの SMTP トランザクションで送っています。</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 が、1 つのドメインに対するトランザクションごとの上限を超えたエンベロープ受信者を保留にしています。</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>クライアントが、保留になった受信者を再試行せずに 452 を致命的なエラーとして扱っています。</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>自分の Postfix がメッセージあたり何人の受信者を受け付けるかを確認します。</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>自分の Postfix クライアントが、1 つの宛先への 1 回の配送に何人の受信者を含めるかを確認します。</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>4.5.3 で保留になった受信者を探し、それらが再試行されたことを確認します。</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail はこのトランザクションで受信者リストの一部だけを受け付けます。通常の MTA は残りを再試行します。テキストは Google の送信上限に言及しているため、非常に大きなリストに送信する Gmail ユーザーにもこのコードが表示されます。</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online は、1 つのトランザクション内で同じドメインに対する 200 を超えるエンベロープ受信者を保留にします。送信側サーバーは、残りの受信者に別のトランザクションで送る必要があります。</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>コマンドの引数が無効</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>コマンド自体は有効ですが、その引数のいずれかが無効です。範囲外である、形式が不正である、またはサーバーが認識しないパラメーターやキーワードです。RFC 3463 では恒久的なものとされていますが、レジストリでは後で解除される可能性のある制限について 4 も認めています。</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>ほとんどの場合 501 5.5.4 または 555 5.5.4 として現れます。Postfix は、引数を解析できない場合に想定される形式を示すか（501 5.5.4 Syntax: VRFY address）、不正な値を挙げて（501 5.5.4 Bad message size syntax）このコードを使い、不明な MAIL FROM のパラメーターにも使います。RFC 4954 は、サーバーがサポートしない AUTH の認証方式に 504 5.5.4 を使います。Gmail は不正な HELO または EHLO の名前を 501 5.5.4 で拒否します。</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>クライアントソフトウェア（またはその設定者）は、サーバーが受け付ける引数を送る必要があります。AUTH の認証方式は EHLO の一覧にあるものを使い、ESMTP のパラメーターはサーバーが対応する拡張を提示した場合にのみ付け、EHLO には完全修飾ホスト名またはアドレスリテラルを指定し、数値が求められる箇所には数値を指定します。</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>同じ引数で再試行しないでください。パラメーターまたは認証方式を修正してから、コマンドを再送します。4.5.4 は、サーバーが制限は一時的なものだと示しているため、後ほど再試行してかまいません。</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>サーバーが提示していない AUTH の認証方式です。</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>SIZE=、BODY=、SMTPUTF8 などの MAIL FROM のパラメーターが、その拡張を通知していないサーバーに送られた、または無効な値で送られました。</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>EHLO の引数が空または無効です（単なる単語や、角かっこで囲まれていない IP アドレスなど）。</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>DSN のパラメーター（NOTIFY=、ORCPT=、RET=）の構文が誤っています。</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>サーバーが提示する拡張機能と AUTH の認証方式を一覧表示し、クライアントが送っているものと比較します。</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>自分の Postfix サーバーが EHLO で名乗っているホスト名を確認します。</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>提示された一覧にある認証方式で認証をテストします。</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail は、空の EHLO / HELO 名や、有効なドメイン名でもアドレスリテラルでもない名前を拒否します。送信側サーバーは適切なホスト名を名乗る必要があります。</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>プロトコルのバージョンが不正</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>双方がプロトコルのバージョンについて合意できず、その不一致を自動的に解消できませんでした。RFC 3463 の当初のセットに含まれるコードですが、現在ではほとんど使われず、多くのサーバーはプロトコルの不一致を代わりに 5.5.1 や 5.5.2 で報告します。</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>実際の通信ではめったに見かけません。SMTP の待ち受けに LMTP（LHLO）で話しかけるクライアントや、ESMTP を必須とするサービスに HELO しか使えない非常に古いクライアントが接続するようなケースが該当し、あるメールプロトコルのバージョンを別のバージョンに対応付けられない場合にプロトコルゲートウェイがこのコードを使うこともあります。</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>クライアント側の管理者は、ソフトウェアがポートの想定するプロトコルを話すようにします。25 と 587 では STARTTLS 付きの SMTP、465 では最初のバイトから TLS、LMTP は LMTP ソケットでのみ使います。そのうえでコードの後のテキストを読んでください。通常はサーバーが何を想定していたかが書かれています。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>そのまま再試行しないでください。正しいポートに正しいプロトコルで話すよう、クライアントを再設定する必要があります。</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>クライアントが SMTP のポートに LMTP で、または LMTP のソケットに SMTP で話しかけています。</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>HELO しか知らない古いクライアントが、ESMTP の機能を必要とするサービスと通信しています。</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>メールシステム間のゲートウェイが、あるプロトコルのバージョンを別のバージョンに変換できません。</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>手動で接続してグリーティングを読みます。通常、そのポートが ESMTP と LMTP のどちらを話すかがわかります。</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>送信アプリケーションがどのプロトコルとポート（またはソケット）を使うよう設定されているかを確認し、そこで待ち受けているサービスと比較します。</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>認証のやり取りの行が長すぎます</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>SMTP AUTH の最中に、クライアントが選択された SASL の認証方式用のサーバーのバッファより長い base64 の行を送ったため、サーバーが AUTH コマンドを失敗させました。RFC 4954 で定義されており、500 5.5.6 として返されます。RFC 4954 は、当時導入されていた認証方式には 12288 オクテットで十分と考えられていたと記しています。</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>AUTH への応答、または 334 のチャレンジの後の継続行への応答としてのみ現れます。典型的なきっかけは、大きな Kerberos（GSSAPI）トークン、サーバーの小さな上限を超える OAuth のベアラートークン、または壊れた終わりのない行を送ったクライアントです。Postfix は 500 5.5.6 SASL response limit exceeded と応答します。</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>正当なトークンがバッファの許容より大きい場合（多数のグループメンバーシップを含む Kerberos チケットや長い OAuth トークンなど）、サーバーの管理者が認証用のバッファを引き上げます。Postfix では smtpd_sasl_response_limit（デフォルトは 12288）がこれにあたり、AUTH 行自体に含まれる初期応答は line_length_limit で制限されます。クライアント側では、意図した認証方式が使われていること、各応答が正しい形式の 1 行の base64 であることを確認します。TLS 上の PLAIN を使えば大きなトークンを避けられます。</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>同じ AUTH のやり取りを繰り返さないでください。同じように失敗します。小さいトークンや別の認証方式を使うか、サーバーの上限を引き上げてもらってから、再度認証します。</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>多数のグループメンバーシップによって肥大化した Kerberos（GSSAPI）チケットです。</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>サーバーの AUTH 行の上限より大きい OAuth 2.0 アクセストークンです。</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>クライアントのバグで誤ったデータを送ったか改行を送らなかったため、サーバーが際限なく続く 1 行として読み込みました。</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>サーバーの認証用バッファが異常に小さく、RFC 4954 が言及する 12288 オクテットを大きく下回っています。</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>単純な認証方式で認証し、アカウント自体は機能していて、失敗の原因がトークンのサイズであることを確認します。</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>試行した時刻前後のサーバーログで AUTH の失敗を探します。</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Postfix サーバーで、SASL の応答と AUTH コマンド行に適用される上限を確認します。</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>クライアントまたはそのライブラリがトークンをログに記録できる場合は、その長さをサーバーの上限と比較します。</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>その他または未定義のメディアエラー</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>メッセージの内容に何らかの問題があって配送できず、より具体的な X.6 のコードが当てはまりません。拒否の場合、通常は受信側がメッセージの形式が不正であると判断したことを意味します。壊れた MIME、不正なヘッダー、処理できない内容などです。</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>ほとんどの場合、受信側がメッセージを解析した後の DATA の終了時に現れます。Gmail は形式の不正なメッセージを 554 5.6.0 Mail message is malformed. Not accepted. で拒否します。一方、Microsoft Exchange はこのコードを成功時に使います。DATA に対する通常の応答は、250 2.6.0 の後にメッセージ ID と Queued mail for delivery（配送用にキューに入れた）が続くものです。</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>送信者、またはメッセージを作成したソフトウェアがその構造を修正します。ヘッダー行を正しい形式にし、From、Date、Message-ID をそれぞれちょうど 1 つにし、行の長さを 998 文字以内にし、MIME の境界を一致させ、転送エンコーディングを正しくします。スクリプトや機器が生成したメールがよく疑われます。同じ内容を通常のメールクライアントから送ると、生成元に問題があるかどうかがわかります。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>そのまま再試行しないでください。同じ内容は再び拒否されます。4.6.0 の場合は、受信側のコンテンツ処理が一時的に失敗していたのであれば、後の試行で成功することがあります。</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>壊れた MIME です（境界の欠落や不一致、誤った Content-Transfer-Encoding、途中で切れたパート）。</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>ヘッダー行の形式が不正である、重複している、または RFC 5322 が許容する長さを超えています。</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>メッセージに単独の LF や NUL 文字が含まれています（通常はスクリプトや組み込み機器による）。</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>コンテンツスキャナーが添付ファイルを解析できず、汎用コードでメッセージを拒否しました。</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>拒否されたメッセージをファイルに保存し、主要なヘッダーを調べます。</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>RFC 5322 が禁じている 998 文字を超える行がないか探します。</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>同じ内容を通常のメールクライアントから送ります。そのコピーが受け付けられる場合は、生成元のソフトウェアに問題があります。</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail がメッセージの構造が無効である（ヘッダーや MIME が RFC 5322 に準拠していない）と判断しました。送信側のソフトウェアが正しいメッセージを生成する必要があります。</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>DATA の後の Exchange の通常の成功応答で、メッセージが受け付けられてキューに入ったことを示します。レジストリでは X.6.0 は失敗の場合にのみ記載されていますが、2.6.0 は Exchange の慣習であり、エラーではありません。</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>メディアがサポートされていません</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>メッセージが、配送プロトコルまたは経路上の次のシステムが扱えないメディアタイプやエンコーディングを使っています。恒久的なものとしてのみ定義されており、メッセージは現在の形式のままでは先に進めません。</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>SMTP の直接の応答としてはまれで、内容を先に渡せなかった中継サーバーやゲートウェイからのバウンスで見られることが多いです。たとえば BINARYMIME に対応していないホップへのバイナリコンテンツや、MIME タイプを表現できない FAX、SMS、レガシーシステムへのゲートウェイなどです。</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>送信者は、経路が扱える形式で内容を再送します。base64 または quoted-printable でエンコードした標準的な MIME と、一般的な添付ファイルの種類を使います。宛先がゲートウェイ（FAX、ポケットベル、レガシーシステム）の場合は、受け付ける形式を受信者側の管理者に確認できます。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>そのまま再試行しないでください。内容を再エンコードするか、サポートされている種類に変換してから、新しいメッセージとして送ってください。</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>BINARYMIME を提示していないホップに向けて、バイナリコンテンツ（BODY=BINARYMIME）が送られました。</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>変換を行わない 7 ビット専用のホップに向けて、生の 8 ビットコンテンツが送られています。</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>電子メール以外のシステムへのゲートウェイが、メッセージの MIME タイプを表現できません。</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>次のホップが EHLO の後にどの本文関連の拡張（8BITMIME、BINARYMIME、CHUNKING）を提示しているか確認します。</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>メッセージ本文と添付ファイルがどのようにエンコードされているか確認します。</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>変換が必要ですが禁止されています</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>メッセージを配送するには経路上のシステムが内容を変換する必要がありますが、変換が許可されていません。送信者がメッセージ内で禁止しているか、送信ホストのポリシーで禁止されているためです。</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>次のホップが内容をそのままでは受け取れない地点で、中継サーバーやゲートウェイからのバウンスに現れます。たとえば、中継サーバーがダウングレードを一切行わない設定のまま 8 ビット MIME を 7 ビット専用のサーバーに送る場合や、変換禁止と指定された内容を X.400 などのゲートウェイに送る場合です。</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>送信者は禁止指定を外すか、変換を必要としない内容（base64 や quoted-printable のような 7 ビットで安全なエンコーディング）を送ります。禁止が送信ホストのポリシーによるものであれば、送信者側の管理者がその経路でダウングレードを許可するかどうかを判断します。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>そのまま再試行しないでください。変換を許可するか、変換が不要になるよう内容を再エンコードしてから再送してください。</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>メッセージまたはそのエンベロープが内容の変換を禁止しているが、次のホップでは変換が必要です。</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>中継サーバーが 8 ビットコンテンツを決してダウングレードしないよう設定されており、次のホップが 8BITMIME に対応していません。</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>X.400 や別のメールシステムへのゲートウェイで内容の変換が必要になるが、送信者の設定がそれを許可していません。</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>次のホップが 8BITMIME を提示しているか確認します。接続して EHLO example.net を送り、一覧を読みます。</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>変換が必要になる生の非 ASCII バイトがメッセージに含まれていないか探します。</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>変換が必要ですがサポートされていません</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>転送する前に内容を変換する必要がありますが、それを行うべきホストが変換できません。RFC 3463 自身が挙げている例は、8 ビットのメールを受け付けるものの、7 ビットを必要とする次のホップのために 7 ビットへダウングレードできないゲートウェイです。</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>処理が行き詰まった中継サーバーからのバウンス、またはデータ終了時の 554 5.6.3 として現れます。RFC 4468 は、参照先の内容にサブミッションサーバーが実行できない変換が必要な場合の BURL への応答として、554 5.6.3 Conversion required but not supported を挙げています。</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>送信者は、7 ビットで安全な内容（base64 または quoted-printable でエンコードしたパートと、RFC 2047 でエンコードしたヘッダー）を送ることで変換を回避できます。失敗した中継サーバーの管理者は、MIME のダウングレードを有効にするか、端から端まで 8BITMIME に対応した経路でメールをルーティングできます。</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>同じ経路でそのまま再試行しないでください。7 ビットで安全な内容を送るか、先に中継サーバーを修正してもらってください。</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>8 ビットコンテンツが、ダウングレードできない中継サーバーを経由して 8BITMIME 非対応のサーバーにルーティングされました。</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>BINARYMIME 非対応のホップのために再エンコードが必要になるバイナリコンテンツです。</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>ゲートウェイに、該当するコンテンツタイプ用の変換機能がありません。</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>メッセージのヘッダーと本文で、生の 8 ビットバイトを含む行を数えます。</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Postfix の中継サーバーで、8 ビットから 7 ビットへの出力変換が無効化されていないことを確認します。</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>バウンスの Remote-MTA または Reporting-MTA フィールドから 8BITMIME 非対応のホップを特定し、その EHLO 応答を読みます。</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>情報の欠落を伴う変換を実施</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>通常は警告付きの成功です。メッセージは配送されましたが、途中の変換で一部の情報（表現できなかった文字や、平坦化または削除されたパートなど）が失われました。RFC 3463 では、送信者が情報の欠落を伴う変換を禁止していた場合の恒久的な失敗としても認められています。</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>配送レポートや 250 応答で 2.6.4 として現れます。RFC 4468 は BURL の例として 250 2.6.4 MIME header conversion with loss performed（MIME ヘッダーの変換で情報が欠落した）を示しています。5.6.4 の形は、情報の欠落を伴う変換を拒否したゲートウェイからのバウンスに現れます。</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>2.6.4 の場合、修正すべきものはありませんが、受信者には劣化したコピーが届いている可能性があります。それが問題になる場合は、送信者がより単純な内容（プレーンテキストや一般的な添付ファイルの種類、正しくエンコードされたヘッダー）で再送するか、受信者側の管理者が変換を行ったゲートウェイを特定します。5.6.4 の場合、送信者は情報の欠落を伴う変換を許可するか、内容を変更する必要があります。</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>2.6.4 の場合、再試行は不要です。メッセージは配送されています。5.6.4 の場合は、内容または変換の設定を変更してから再送してください。</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>ゲートウェイが、すべての文字を表現できない文字セットや形式にメッセージを変換しました。</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>非 ASCII のテキストを含む MIME ヘッダーがダウングレードされ、元の文字が失われました。</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>宛先システムが保存できない種類の添付ファイルが削除または置き換えられました。</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>配送レポートの受信者ごとのブロックを読みます。Action と Status から、配送された（2.6.4）のか拒否された（5.6.4）のかがわかります。</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>受信者と連絡が取れる場合は、届いた内容と送った内容を比較し、何が失われたかを確認します。</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>変換に失敗</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>変換が必要で実行が試みられましたが、失敗しました。一時的な場合（4.6.5、次の試行では変換機能が動作する可能性がある）と恒久的な場合（5.6.5、この内容は変換できない）があります。</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>メッセージを変換する中継サーバー、ゲートウェイ、コンテンツフィルターからのバウンスや保留に現れます。8 ビットから 7 ビットへのダウングレード、添付ファイルの再エンコード、文字セットの変換、FAX などの電子メール以外のシステムへの引き渡しなどです。</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>4.6.5 の場合、中継サーバーの管理者が変換機能やフィルター（クラッシュしたサービス、不足しているツール、リソースの制限）を確認し、キューによる再試行に任せます。5.6.5 の場合、送信者は変換を必要としない内容を送ります。標準的なエンコーディング、一般的なファイル形式、正しく宣言された文字セットを使ってください。</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>4.6.5 はバックオフを入れて後ほど再試行します。5.6.5 はそのまま再試行せず、先に内容を変更する必要があります。</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>メッセージで宣言された文字セットが実際のバイト列と一致しないため、再エンコードに失敗します。</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>変換機能が解析できない、破損しているか途中で切れた添付ファイルです。</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>中継サーバー上の変換サービスやコンテンツフィルターがクラッシュまたはタイムアウトしました。</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>変換機能が認識しない、一般的でない文字セットや MIME タイプです。</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>メッセージで宣言されている文字セットと転送エンコーディングを確認します。</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>中継サーバーで、失敗した時刻の変換機能やコンテンツフィルターのエラーを探します。</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>メッセージの内容を取得できません</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>サブミッションサーバーが、クライアントが指定した場所からメッセージの内容を取得できませんでした。このコードは BURL（RFC 4468）に由来します。クライアントはメッセージをアップロードする代わりに IMAP サーバーに保存されたコピーへの URL を渡しますが、サーバーはそれを取得できませんでした。4.6.6 は後ほど再試行すること、5.6.6 はこの参照が機能しないことを意味します。</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>サブミッションサーバー（ポート 587）での BURL コマンドへの応答として、典型的には 554 5.6.6 IMAP URL resolution failed の形で現れます。BURL はまれで、実装の一つに Dovecot の submission サービス（2.3 以降）があり、IMAP URLAUTH（RFC 4467）と組み合わせて使われます。IMAP サーバーにまったく到達できない場合、RFC 4468 は代わりに 451 4.4.1 を提案しています。</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>クライアントが、サーバーが解決できない、または使用を許可されていない URL を生成しました。メール管理者は、サブミッションサーバーが URL で指定された IMAP サーバーを信頼し、到達できるよう設定されているか（Dovecot では imap_urlauth_host と URLAUTH の設定）、また URL が実在するメッセージを指しているかを確認します。回避策として、クライアントは BURL の代わりに DATA でメッセージを投稿できます。</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>4.6.6 は後ほど再試行します。5.6.6 の後は同じ BURL を繰り返さず、新しい URL を生成するか、DATA でメッセージを投稿してください。</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>URLAUTH で認可された URL の有効期限が切れたか取り消された、または参照先のメッセージが削除・移動されました。</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL が、サブミッションサーバーの取得対象として設定されていないホストやポートを指定しています。</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>サブミッションサーバーと IMAP サーバーの間に信頼関係がありません（このケースには専用のコード X.7.14 がある）。</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>内容の取得中に IMAP サーバーで障害が発生しました。</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Dovecot の submission サービスが BURL の内容を取得できる IMAP のホストとポートを確認します。</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>サブミッションポートに接続して EHLO example.net を送り、BURL が想定どおりの URL タイプとともに提示されていることを確認します。</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>同じメッセージを BURL ではなく DATA で投稿し、取得の問題なのかメッセージの問題なのかを切り分けます。</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>その送信者/受信者には非 ASCII アドレスが許可されていません</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>エンベロープのアドレスに非 ASCII（UTF-8）文字が含まれており、サーバーが SMTPUTF8 に対応していないか、クライアントが MAIL FROM で SMTPUTF8 を要求しなかったため、このトランザクションではそのアドレスを受け付けません。RFC 6531 では、RCPT TO のアドレスを拒否する場合は 553、MAIL FROM のアドレスを拒否する場合は 550 と組み合わせています。</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>MAIL FROM または RCPT TO の段階で現れます。クライアントが SMTPUTF8 パラメーターなしで UTF-8 のアドレスを送ると、Postfix は 553 5.6.7 Must declare SMTPUTF8 to send unicode address と応答します。Postfix は送信側でも dsn=5.6.7 でバウンスします（SMTPUTF8 is required, but was not offered by host ...）。これは、スクリプトが生の UTF-8 を Subject ヘッダーに入れ、次のホップが SMTPUTF8 を提示していないことが原因である場合がよくあります。</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>アドレスが本当に国際化アドレスである場合、送信クライアントは SMTPUTF8 を使う必要があり（EHLO 応答に SMTPUTF8 が含まれ、MAIL FROM に SMTPUTF8 パラメーターが付いていること）、すべてのホップがそれに対応している必要があります。そうでなければ、送信者は同じ相手の ASCII アドレスを用意する必要があります。UTF-8 を含むのがヘッダーだけであれば、送信ソフトウェアはそれを RFC 2047 のエンコードワードとしてエンコードすべきです。Postfix の管理者は smtputf8_autodetect_classes を制限することもできますし、多くの管理者がしているように smtputf8_enable = no と設定することもできますが、その場合は EAI をサポートできなくなります。</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>そのまま再試行しないでください。経路が SMTPUTF8 に対応したとき、対応しているサーバーを経由する場合、または同じ相手の ASCII アドレス宛てに再送してください。</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>受信者または送信者のアドレスのローカルパートに非 ASCII 文字が含まれているか、ドメインが U ラベルであり、サーバーが SMTPUTF8 に対応していません。</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>クライアントが UTF-8 のアドレスを送ったが、MAIL FROM に SMTPUTF8 パラメーターを付けませんでした。</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>メッセージヘッダーに生の UTF-8 が含まれていたため、Postfix がメッセージを SMTPUTF8 が必要なものとして扱い、次のホップがそれを提示していません。</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>SMTPUTF8 に全般的には対応しているサーバーが、特定のメールボックスやドメインについては非 ASCII アドレスを拒否しています。</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>受信側サーバーが EHLO 応答で SMTPUTF8 を提示しているか確認します。</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>送信側 Postfix の SMTPUTF8 関連の設定を確認します。</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>バウンスされたメッセージと、SMTPUTF8 を提示していなかったホストを探します。</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>国際化ドメインの場合は、SMTPUTF8 非対応のサーバーでも受け付けられる A ラベル（xn--）形式を取得します。</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>UTF-8 文字列の応答が必要ですが、SMTP クライアントが許可していません</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>サーバーは応答の中で UTF-8 を含むメールボックス名を示す必要がありますが、クライアントは UTF-8 の応答を扱えることを示していません。SMTPUTF8 における VRFY と EXPN に関するコードです（RFC 6531 の 3.7.4.2 節）。252 2.6.8 の場合、サーバーはアドレスの表示を断りますが、そのアドレス宛てのメールは引き続き受け付けます。550 5.6.8（または 553）の場合は拒否します。</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>SMTPUTF8 パラメーターなしで送られた VRFY や EXPN への応答で、その回答に非 ASCII のメールボックスが含まれる場合にのみ現れます。ほとんどの公開サーバーは VRFY と EXPN を完全に無効にしているため、実際には非常にまれです。</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>何も壊れていません。完全な回答が必要なクライアントや管理者は、EHLO 応答に SMTPUTF8 が含まれていることを確認し、VRFY name SMTPUTF8 のようにパラメーターを付けてコマンドを再実行します。252 2.6.8 の後は、そのアドレス宛てにそのままメールを送ってかまいません。</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>メッセージ自体について再試行するものはありません。回答が必要な場合は、SMTPUTF8 パラメーターを付けて VRFY または EXPN を繰り返します。</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>名前が国際化されたメールボックスについて、SMTPUTF8 パラメーターなしで VRFY または EXPN が発行されました。</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>EXPN で展開したリストに、非 ASCII のアドレスが少なくとも 1 つ含まれています。</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>SMTPUTF8 を一切送らない古いクライアントやスクリプトが、EAI 対応のサーバーに問い合わせています。</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>セッションを開いて EHLO example.net を送り、SMTPUTF8 が一覧にあることを確認してから、SMTPUTF8 パラメーターを付けて VRFY または EXPN を繰り返します。</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>UTF-8 ヘッダーのメッセージを 1 人以上の受信者に転送できないため、メッセージを拒否する必要があります</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>メッセージに国際化（UTF-8）ヘッダーが含まれており、少なくとも 1 人の受信者がそのようなメッセージを受け取れないため、サーバーは DATA の最後のドットの後でメッセージを拒否します。IANA レジストリは 550 と組み合わせていますが、RFC 6531 の 3.5 節ではこの応答を 554 Transaction failed として記述しているため、どちらの基本コードとともに現れることも想定してください。</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>受信者を受け付けた後で、そのうちの 1 人（たとえば EAI 非対応の下流ストア上のメールボックス）が UTF-8 ヘッダーを受け取れないと判明した場合に、SMTPUTF8 対応サーバーで DATA の終了時に現れます。RFC 6531 は、サーバーがこれを RCPT TO の段階で検出することを推奨しており、その場合は X.6.7 になります。</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>送信者は国際化ヘッダーを使わずに再送する（Subject と表示名には RFC 2047 のエンコードワード、アドレスは ASCII）か、EAI メールを受け取れない受信者には別途送ります。そのメールボックスでこのようなメールを受信すべき場合は、受信者側の管理者が端から端まで SMTPUTF8 のサポートを有効にできます。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>そのまま再試行しないでください。ヘッダーをエンコードして再送するか、国際化メールを受け付ける受信者にのみ再送してください。</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>受信者のメールボックスが、SMTPUTF8 非対応のストアや下流のホップの背後にあります。</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>メッセージのヘッダー（Subject、表示名、アドレス）に、エンコードワードではなく生の UTF-8 が含まれています。</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>国際化メールに対応している受信者と対応していない受信者が混在した受信者リストです。</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>メッセージのヘッダー部分（最初の空行までのすべて）に、生の非 ASCII バイトがないか探します。</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>受信側サーバー自体は SMTPUTF8 を提示していること、つまり拒否がその背後にいる受信者に起因することを確認します。</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>非推奨: X.6.8 の重複</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>X.6.8 と重複する非推奨のレジストリエントリです。代わりに X.6.8 を使用し、X.6.8 として解釈してください。試験的な RFC 5336 が、同じ状況（クライアントが許可していない UTF-8 の応答）に対する 2 つ目のコードとして誤って登録したものです（X.6.8 は 553 と 550、X.6.10 は 252 と組み合わせ）。RFC 6531 は 252 のケースを X.6.8 に統合し、X.6.10 を非推奨としました。</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>実際にはほぼ見かけません。試験的な RFC 5336 に基づいて書かれたソフトウェアだけが、VRFY や EXPN への応答として今も 252 2.6.10 を返す可能性があります。見かけた場合、その意味は X.6.8 とまったく同じです。</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>X.6.8 として扱ってください。クライアントが SMTPUTF8 パラメーターなしで VRFY または EXPN を送り、その回答に UTF-8 のメールボックス名が含まれることになる状況です。このコードを返すサーバーの管理者は、X.6.8 を使うようソフトウェアを更新すべきです。</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>メッセージについて再試行するものはありません。X.6.8 とまったく同じように扱い、回答が必要な場合は SMTPUTF8 を付けて問い合わせを繰り返してください。</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>サーバーソフトウェアが RFC 6531 ではなく、試験的な RFC 5336 を実装しています。</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>2012 年より前の時点のレジストリからコピーされ、ハードコードされたステータス表です。</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>X.6.8 の場合と同様に、サーバーが EHLO の後に SMTPUTF8 を提示していることを確認してから、SMTPUTF8 パラメーターを付けて VRFY または EXPN を繰り返します。</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>その他または未定義のセキュリティ状態</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>セキュリティおよびポリシーに関する汎用コードです。サーバーがそれ以上詳しく説明しないセキュリティ上の理由で、何かが拒否された、遅延された、または（2.7.0 として）受け付けられたことを示します。5.7.0 は恒久的な拒否で、最も多いのはクライアントが先に STARTTLS の実行またはログインを求められる場合の 530 5.7.0 です。4.7.0 は一時的なもので、サーバーの認証バックエンドが停止している場合の 454 4.7.0 や、プロバイダーがレート制限として返す 421 4.7.0 などがあります。235 2.7.0 は AUTH 成功時の通常の応答です。</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>サブミッションポート（587、465）での STARTTLS や AUTH の前後、およびクライアントがログインせずに送信しようとした際の MAIL FROM で見られます。Postfix は TLS が必須の場合に 530 5.7.0 Must issue a STARTTLS command first と応答し、自身の TLS または SASL の設定に問題がある場合は 454 4.7.0 を返します。Gmail や Yahoo などの大手受信側は、レピュテーションの低い送信者を制限するために 421 4.7.0 を使います。</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>本当の理由はコードの後ろのテキストに書かれているので、まずそれを読んでください。STARTTLS や認証を求めている場合は、クライアントソフトウェアをポート 587 で STARTTLS（またはポート 465 で SSL/TLS）を使うように設定し、メールボックスの認証情報でログインするようにします。454 4.7.0 の一時的な認証失敗であれば、サーバー管理者が認証バックエンド（Dovecot、Cyrus SASL、LDAP）と TLS 証明書ファイルを確認します。プロバイダーによる 421 4.7.0 のレート制限であれば、送信者側の管理者がレピュテーションの問題（PTR レコード、SPF、DKIM、苦情率、急激な送信量の増加）を解消し、キューからの再試行に任せます。</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>クラスによって異なります。4.7.0 は一時的なエラーなので、メッセージをキューに保持したままバックオフを取りながら再試行します。5.7.0 は再試行しても解消しないため、先に TLS またはログインの設定を修正してください。2.7.0 は成功なので、そのままセッションを続行します。</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>サーバーが何よりも先に TLS を要求しているのに、メールクライアントやアプリケーションが STARTTLS を使わずにサブミッションポートと通信しています。</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>ログイン済みのユーザーに対してのみ中継を行うサーバーで、クライアントが SMTP AUTH を飛ばしていきなり MAIL FROM を送っています。</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>サーバーの SASL バックエンド（Dovecot の認証ソケット、saslauthd、LDAP）に到達できず、ログインが一時的に失敗しています。</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>サーバーが自身の TLS 証明書または秘密鍵を読み込めないため、STARTTLS を提供できず、一時的な拒否で応答しています。</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>レピュテーションの低さや送信量の急増を理由に、大手の受信側が送信元の IP アドレスまたはドメインをスロットリングしています。</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>TLS でサブミッションポートに接続し、手動で EHLO を送って、TLS セッション内で 250-AUTH 行が表示されることを確認します。</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>認証付きの送信を最後まで実行し、どのコマンドで 5.7.0 または 4.7.0 の応答が返るかを確認します。</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Postfix サーバーでは、障害発生時刻の前後に TLS や SASL の警告が出ていないか確認します。</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>プロバイダーによる 421 4.7.0 のスロットリングの場合は、送信元 IP に PTR レコードがあり、その名前が同じ IP に正引きできることを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Gmail のサブミッションサーバー smtp.gmail.com は、クライアントがポート 587 で STARTTLS による接続のアップグレードを行う前に AUTH や MAIL FROM を試みた場合にこのコードを返します。</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>smtp.gmail.com では、クライアントがログインに成功しないまま MAIL FROM に到達したことを意味します。Gmail は、認証済みの Google アカウントから送信されたメールしか中継しません。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Yahoo が送信元 IP のレピュテーション（苦情、通常と異なる送信量、スパムに似た内容）を理由に行う一時的な受信保留です。レジストリの意味でのセキュリティ上の失敗ではなく、レピュテーションが回復すれば再試行は成功します。</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>配送が許可されていないため、メッセージは拒否されました</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>最もよく見られるポリシー上の拒否で、受信側サーバーがこの送信者、クライアント、または IP アドレスからのこのメッセージを受け付けないことを示します。レジストリでは恒久的なエラー（5.7.1）としてのみ定義されており、中継の拒否、ブロックリストへの該当、送信者や受信者の制限、スパムフィルターの判定を含みます。実際には 4.7.1 も一時的なポリシー上の受信保留として広く使われており、その典型がグレーリスティングです。</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>通常は RCPT TO（中継拒否、受信者の制限、グレーリスティング）か DATA の終了時（スパムフィルターやコンテンツフィルター、ヘッダーチェック）で、クライアント IP がブロックリストに載っている場合は MAIL FROM で返されることもあります。Postfix、Exim、Exchange、Microsoft 365、Gmail、Yahoo のいずれもこのコードを使い、コードの後ろのテキストに該当したルールが示されます。</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>応答全体を読み、示されたルールに応じて対処します。「Relay access denied」の場合は、クライアントソフトウェアが外部ドメインへ送信する前に認証を行うか、受信者側の管理者がそのドメインをサーバーの受け入れドメインに追加する必要があります。IP がブロックリストに載っている場合は、送信者側の管理者が掲載先を特定し、原因（侵害されたアカウント、オープンリレー、PTR の欠如）を解消したうえで掲載解除を申請します。スパムまたはレピュテーションの判定による場合は、送信者側の管理者が認証、内容、送信量を見直してから、受信側プロバイダーに再審査を依頼します。4.7.1 のグレーリスティングであれば対処は不要で、送信側サーバーが自動的に再試行します。</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>5.7.1 の場合は、同じ内容のまま再送しないでください。ブロックや設定が修正されるまで、ポリシーによって再び拒否されます。4.7.1 の場合は、メッセージをキューに保持して通常どおり再試行します。グレーリスティングを行うサーバーは、通常数分後の再試行を通過させます。</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>中継拒否: クライアントが認証せずに外部ドメイン宛てに送信したか、サーバーが信頼していない IP アドレスから送信しました。</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>送信元 IP が DNS ブロックリスト（Spamhaus ZEN、Barracuda、SpamCop）またはプロバイダー独自のブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>スパムフィルターやマルウェアフィルター、またはプロバイダーのレピュテーションシステムが、メッセージを迷惑または危険と判定しました。</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>受信者側のルールです。メールボックスやグループが、特定の送信者からのメール、または組織内部からのメールしか受け付けない設定になっています。</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>グレーリスティング（4.7.1 として）: 受信側が未知の送信者からの最初の試行を保留し、後の再試行を受け付けます。</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>送信者アドレスまたはそのドメインが受信者側独自のブロックリストに載っているか、送信者アドレスの検証に失敗しました。</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>送信側サーバーのログで拒否の記録を探し、S3150 や BL21 のような角かっこ内のタグも含めて応答テキスト全体を読みます。</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>送信元 IP のオクテットを逆順にして Spamhaus ZEN に照会します。127.0.0.x の応答が返れば掲載されています。Spamhaus は多くのパブリックリゾルバーからの問い合わせを拒否するため、自前のリゾルバー経由で照会してください。</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>拒否を返したのが自組織の Postfix サーバーであれば、どの制限（restriction）によるものかを確認します。</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>許可されるべきクライアントに対して自組織のサーバーが「Relay access denied」を返している場合は、中継の設定を見直します。</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com（Hotmail、Live、MSN）が、公開の DNS ブロックリストとは別の Microsoft 独自のブロックリストに送信元 IP が載っているために拒否しています。送信側の管理者が Microsoft の送信者サポートを通じて掲載解除を申請する必要があります。</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>このメッセージに対する Gmail のスパム判定で、DATA の終了時に内容と送信者のレピュテーションに基づいて返されます。Gmail は RFC 5322 のヘッダー不備や、Gmail への直接送信が許可されていない IP に対しても 5.7.1 を使います。</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>クライアント IP が Spamhaus のリストに載っているため、Yahoo が拒否しています。まず Spamhaus で掲載を解除する必要があります。</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>メーリングリストの展開が禁止されています</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>送信者には、宛先のメーリングリストや配布グループへの投稿が許可されていないため、リストはメッセージをメンバーに展開しません。恒久的なエラーとしてのみ定義されています。実際に見ることはまれで、ほとんどのリスト管理ソフトやグループウェアは、許可されていない投稿者を 5.7.1 で拒否するか、投稿をモデレーション待ちとして保留します。</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>リストのアドレス自体が送信者を確認する場合は RCPT TO で返され、そうでない場合はリストサーバーがメッセージを受け取った後に投稿者が許可されていないと判断して送るバウンス（DSN）で見られます。典型的なのは、メンバー限定のディスカッションリスト、告知用リスト、内部の送信者または指定された送信者に限定された配布グループです。</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>送信者は、エイリアスや別のアカウントではなく、登録済みまたは許可済みのアドレスそのものから投稿しているかを確認します。投稿を許可すべき送信者であれば、リストのオーナーまたは受信者側の管理者がそのアドレスをメンバーや投稿許可者に追加するか、外部送信者に対する制限を解除します。その後、送信者がメッセージを再送します。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>同じ内容のまま再試行しないでください。リストは同じ投稿者を毎回拒否します。送信者に投稿が許可されるか、登録済みのアドレスから送信する場合にのみ再送してください。</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>リストが登録者からの投稿のみを受け付けており、メッセージが登録されていないアドレスから送られました。</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>送信者はあるアドレスで登録しているが、別のアドレス（エイリアス、個人用アカウント、転送用アドレス）から送信しました。</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>配布グループが、内部の送信者または指定された送信者の一覧に限定されています。</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>リストが告知用で、オーナーまたはモデレーターしか投稿できません。</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>バウンスしたメッセージのエンベロープ送信者と From アドレスを、リストに登録されているアドレスと比較します。</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Mailman 3 のリストのオーナーとしてメンバー一覧を表示し、投稿者が含まれているかを確認します。</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>登録済みのアドレスから短いテスト投稿を送り、リストが受け付けることを確認します。</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo は、レピュテーションを理由に送信元 IP を継続的にブロックする場合に 5.7.2 を使います。メーリングリストとは関係ありません。送信側の管理者がレピュテーションの問題を解消し、Yahoo の送信者サポートに連絡する必要があります。</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>セキュリティ変換が必要ですが実行できません</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>配送のためにメッセージをある安全なメッセージ形式から別の形式へ変換する必要があった（たとえば 2 つのゲートウェイ間で暗号化方式や署名方式が異なる場合）ものの、その変換ができなかったことを示します。恒久的なエラーとしてのみ定義されています。現在、レジストリの意味で使われることはほとんどなく、このコードは SMTP ログインの失敗に 535 5.7.3 を返す Microsoft のサーバーで最もよく知られています。</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>レジストリの意味では、セキュリティ形式の異なる 2 つのメッセージングシステムを橋渡しするセキュアメールゲートウェイからのバウンス（DSN）で見られます。実際には、SMTP AUTH の認証が失敗した際に Exchange Server や Microsoft 365（smtp.office365.com）が返す 535 5.7.3 Authentication unsuccessful として見られ、典型的には Microsoft 365 のメールボックス経由で送信するプリンター、スキャナー、アプリケーションで発生します。</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Microsoft の 535 5.7.3 の場合: ユーザーまたはアプリケーションの管理者がユーザー名（完全なメールボックスアドレス）とパスワードを確認し、テナント管理者がそのメールボックスで認証済み SMTP が有効になっていること、およびセキュリティの既定値や先進認証を必須とするポリシーによってブロックされていないことを確認します。基本認証が許可されていない場合は、アプリケーションを OAuth か、コネクタなど別の中継方法に移行する必要があります。本当に変換に失敗している場合は、送信者が受信者側の管理者に確認したうえで、ゲートウェイが処理できる形式でメッセージを送ります。</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>同じログインや同じメッセージを繰り返さないでください。Microsoft のログイン失敗には認証情報またはテナント設定の修正が必要であり、拒否されたセキュリティ変換には別のメッセージ形式が必要です。</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: テナントまたはこのメールボックスで認証済み SMTP（SMTP AUTH）が無効になっています。</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 または Exchange: パスワードが誤っているか期限切れである、またはユーザー名が完全なメールボックスアドレスになっていません。</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: セキュリティの既定値または条件付きアクセスにより多要素認証や先進認証が要求されているため、単純なパスワードによるログインが拒否されます。</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>セキュアメールゲートウェイが、宛先システム向けに変換できない形式で署名または暗号化されたメッセージを受け取りました。</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>アプリケーションが使っているサブミッションサーバーに対してログインを再現し、AUTH に対する応答を記録します。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Exchange Online PowerShell で、そのメールボックスの SMTP AUTH が無効になっていないか確認します（True は無効を意味します）。</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>テナント全体の SMTP AUTH 設定もあわせて確認します。</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>ゲートウェイからのバウンスの場合は、Diagnostic-Code 行と Remote-MTA 行を読み、どのゲートウェイが変換を拒否したかを確認します。</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online と Exchange Server は、理由（認証情報の誤り、SMTP AUTH の無効化、基本認証のブロック）にかかわらず、SMTP AUTH のログイン失敗に 5.7.3 を返します。テナント全体で SMTP AUTH が無効になっている場合、Microsoft 365 はその旨を示すテキストとともに 535 5.7.139 を返すことがあります。</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>セキュリティ機能がサポートされていません</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>メッセージまたはセッションが、サーバーや配送経路でサポートされていないセキュリティ機能（サーバーが提供していない認証方式など）を要求したことを示します。恒久的なエラーとしてのみ定義されています。現在よく見られる形は、未知または無効化された方式を指定した AUTH に対する 504 5.7.4 です。</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>AUTH の時点で、サーバーが提示していない認証方式（CRAM-MD5、NTLM、GSSAPI、旧来の XOAUTH）をクライアントソフトウェアが使おうとした場合に見られます。Gmail と Exchange は 504 5.7.4 Unrecognized authentication type と応答します。また、送信側の Postfix サーバーは、ポリシーで TLS を必須にしているのに相手サーバーが STARTTLS を提供しない場合、自身の配送の保留として dsn=4.7.4 をログに記録します。</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>クライアントソフトウェア（またはその設定担当者）は、STARTTLS 後のサーバーの EHLO 応答に記載された一覧から認証方式を選びます。通常は TLS 上の PLAIN または LOGIN、OAuth の場合は XOAUTH2 または OAUTHBEARER です。Postfix の TLS による配送の保留の場合は、送信者側の管理者が受信者側の管理者に STARTTLS の有効化を依頼するか、暗号化が本当に必須でなければその宛先に対する TLS ポリシーを緩和します。</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>同じ AUTH コマンドを再送せず、サーバーが提供している方式を選んでください。送信側サーバー自身による 4.7.4 の TLS 配送の保留はキューに残りますが、TLS ポリシーか相手サーバーの設定が変わるまで失敗し続けます。</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>クライアントが、CRAM-MD5 や NTLM など、サーバーが提示していない認証方式を使うよう設定されています。</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>アプリケーションが廃止された方式をまだ使っています（Gmail の場合、XOAUTH2 ではなく旧来の XOAUTH）。</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>サーバーは TLS セッション内でのみ認証方式を提示するのに、クライアントが STARTTLS の前に AUTH を試みています。</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>送信者の TLS ポリシーが、STARTTLS を提供しないサーバーを持つ宛先に対して暗号化を要求しています。</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>STARTTLS 後の 250-AUTH 行を読み、サーバーが提供している方式を一覧します。</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>送信者側の Postfix で、必須 TLS ポリシーが原因の配送の保留を探します。</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>宛先サーバーがそもそも STARTTLS を提供しているかを確認します。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com が、提供していない AUTH 方式を拒否しています。廃止された XOAUTH 方式をまだ使っているクライアントに対しても、Gmail は同じコードを返します。</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>暗号処理の失敗</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>メッセージの復号や検証、あるいは転送の暗号化を行うはずだったシステムが、鍵または証明書が存在しないか無効であったために、それを実行できなかったことを示します。4.7.5 は一時的なエラーで、鍵や証明書の問題が解決すれば解消する可能性があります。5.7.5 はこのメッセージに対する恒久的な拒否です。</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>相手サーバーの応答よりも、送信側 Postfix サーバー自身のログや遅延通知で見ることがほとんどです。Postfix は、TLS ハンドシェイクに失敗した場合、TLS エンジンを起動できない場合、または必須ポリシー（encrypt、verify、secure、DANE）で相手の証明書が信頼できない、もしくは一致しないと判断した場合に dsn=4.7.5 を記録します。受信者の鍵を見つけられない、または使用できない S/MIME や PGP のゲートウェイからも返されます。</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>自組織のサーバーでの TLS による配送の保留の場合、送信者側の管理者はまずどちらに原因があるかを切り分けます。相手サーバーの証明書が期限切れ、自己署名、またはホスト名の不一致であれば受信側の管理者が修正すべき問題です。CA バンドルが古い、宛先ごとのポリシーが厳しすぎる、TLS ライブラリが古いといった送信側の問題であれば、送信者側の管理者が対処します。暗号化ゲートウェイの失敗の場合は、送信者側の管理者がゲートウェイに受信者用の有効で期限切れでない証明書または鍵があることを確認します。</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 はキューに残ってバックオフを取りながら再試行されますが、証明書、鍵、またはポリシーが修正されるまで失敗し続けます。キューの保持期間が切れる前に修正してください。5.7.5 は同じ内容のまま再試行しないでください。</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>検証を必須とする送信ポリシーの下で、相手サーバーの証明書が期限切れ、自己署名、または別の名前に対して発行されたものです。</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>TLS ハンドシェイクそのものが失敗しています（共通のプロトコルバージョンや暗号スイートがない、またはサーバーの TLS 設定が壊れている）。</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>送信側サーバー自身の TLS エンジンが起動できません（CA ファイルがない、秘密鍵が読み取れない、ライブラリが壊れている）。</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>DANE の TLSA レコードまたは MTA-STS ポリシーが、サーバーの提示する証明書と一致しません。</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>暗号化ゲートウェイが、受信者用の有効な公開鍵または証明書を持っていません。</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>送信者側の Postfix で TLS 関連の配送の保留を探し、角かっこ内の理由を読みます。</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>相手サーバーが提示する証明書チェーン、有効期間、名前を確認します。</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>ドメインが DANE を使っている場合は、その TLSA レコードを証明書と照合します。</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>送信側の Postfix サーバーが適用している TLS ポリシーを表示します。</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>暗号アルゴリズムがサポートされていません</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>メッセージの復号や検証を許可されたシステムが、メッセージで使われているアルゴリズム（暗号化ゲートウェイが備えていない暗号方式や署名方式など）を実装していないため、それを実行できなかったことを示します。4.7.6 は、ソフトウェアの更新後などに状況が解消する可能性があることを意味し、5.7.6 は送信されたままの形ではメッセージが処理されないことを意味します。</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>実際の SMTP 応答で見ることはまれです。サポートしていない暗号化アルゴリズムや署名アルゴリズム（無効化された旧式の暗号や、古いゲートウェイが知らない新しい鍵の種類）に遭遇した S/MIME または OpenPGP ゲートウェイからのバウンスで見られます。メールサーバー間の TLS ネゴシエーションの失敗は、通常は別のコードで報告されます（Postfix では 4.7.5 として記録されます）。</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>送信者（中央のゲートウェイの場合は送信側の管理者）は、双方がサポートするアルゴリズムで暗号化または署名します。S/MIME であれば、受信者の証明書の機能（capabilities）に記載されたアルゴリズムと AES を使い、OpenPGP であれば受信者の鍵の優先設定に記載されたアルゴリズムを使います。受信側のゲートウェイが古いのであれば、受信側の管理者がアップグレードすべきです。</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 はキューから再試行できますが、その間に受信側がアップグレードされない限り効果はありません。5.7.6 の後は、サポートされているアルゴリズムで暗号化または署名し直した場合にのみ再送してください。</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>古い S/MIME クライアントが使う 3DES や RC2 など、受信側ゲートウェイで無効化されている暗号でメッセージが暗号化されています。</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>署名に、検証側のゲートウェイが実装していないアルゴリズム（古いシステムにおける楕円曲線鍵など）が使われています。</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>OpenPGP メッセージが、古いゲートウェイでは解析できない新しい鍵形式またはパケット形式を使っています。</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>保存した S/MIME メッセージの構造を表示し、使われている暗号化アルゴリズムと署名アルゴリズムを確認します。</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>OpenPGP メッセージの場合は、パケットを一覧表示して使われているアルゴリズムを確認します。</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>バウンスの Diagnostic-Code を読み、どのゲートウェイがなぜメッセージを拒否したかを確認します。</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>メッセージの完全性の検証に失敗しました</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>メッセージの完全性の検査を許可されたシステムが、転送中にメッセージが改変または破損していることを検出したことを示します（たとえば、署名が内容と一致しなくなった場合）。5.7.7 はメッセージを拒否し、4.7.7 は問題を一時的なものとして報告します。配送レポート中の 2.7.7 は、メッセージは配送されたものの完全性の問題が記録されたことを意味します。</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>SMTP 応答で見ることはまれで、主に S/MIME や OpenPGP の署名を検証するゲートウェイ、または転送後にメッセージを検査するシステムからの配送レポートで見られます。よくある原因は、転送中にメールを書き換えるシステムです。リストサーバーやゲートウェイによるフッターの追加、改行コードの変更、添付ファイルの再エンコード、8 ビットの内容の quoted-printable への変換などが挙げられます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>送信者側の管理者は、署名後にメッセージがどこで変更されているかを突き止めます。免責事項やフッターを追加するツール、メーリングリスト、ウイルス対策ゲートウェイ、転送エンコーディングの変換などが考えられます。それらの変更の後で署名するか、中継システムが署名済みメッセージを変更しないようにします。受信者側の管理者は、自組織の受信ゲートウェイが完全性検査の前にメッセージを変更していないかを確認します。</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>5.7.7 の後は同じ経路で再送しないでください。同じ書き換えによってメッセージが再び壊れます。4.7.7 は後で再試行できます。2.7.7 はメッセージが配送済みなので、再試行は不要です。</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>メッセージの署名後に、フッター、免責事項、またはバナーが追加されました。</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>中継サーバーが 8 ビットの内容を変換したか改行コードを変更したため、本文を対象とする署名が壊れました。</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>ウイルス対策ゲートウェイや情報漏えい対策（DLP）ゲートウェイが、添付ファイルを書き換えたか削除しました。</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>転送中にメッセージが切り詰められたか破損しました。</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>保存したコピーの S/MIME 署名を証明書チェーンの検証なしで検証し、内容がまだ一致しているかを確認します。</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>保存したメッセージパートの OpenPGP 署名を検証します。</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>送信したコピーと受信したコピーの Received ヘッダーを比較し、メッセージを変更したホップを特定します。</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>認証情報が無効です</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>クライアントが AUTH で送信したユーザー名とパスワード（またはトークン）をサーバーが拒否したことを示します。そのログインに対する恒久的なエラーであり、クライアントは単に再試行するのではなく、別の認証情報を提示する必要があります。RFC 4954 ではこのコードを 535 と組み合わせています。レジストリには、BURL 拡張での以前の用法に由来する 554 も記載されていますが、この用法はその後 X.7.14 に置き換えられました。</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>サブミッションポート 587 および 465 の AUTH で、クライアントが認証情報を送った直後に返されます。Dovecot または Cyrus SASL と組み合わせた Postfix は 535 5.7.8 Error: authentication failed と応答し、Gmail の smtp.gmail.com は 535 5.7.8 Username and Password not accepted と応答します。プリンター、スキャナー、Web サイトの問い合わせフォーム、バックアップツールでは、パスワード変更後によく発生します。</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>ユーザーまたはクライアントソフトウェアの管理者は、ユーザー名（通常は完全なメールアドレス）とパスワードを確認し、それらを保存しているすべての機器やアプリケーションを更新します。Gmail など 2 段階認証を採用しているプロバイダーでは、アプリ パスワードを作成するか、アプリケーションを OAuth に切り替えます。認証情報が確実に正しい場合は、サーバー管理者が認証バックエンド、想定されているログイン名の形式、およびアカウントがロックされていないかを確認します。</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>同じ認証情報で再試行しないでください。失敗を繰り返すと、アカウントがロックされたり、fail2ban などのツールによってクライアント IP が遮断されたりすることがあります。ユーザー名またはパスワードを修正してから再試行してください。</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>クライアントに誤ったパスワードや古いパスワードが保存されています（パスワードの変更後や有効期限切れ後によく起こる）。</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>ユーザー名がサーバーの想定する形式になっていません（完全なアドレスではなくローカルパートのみを使っている、など）。</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>アカウントで 2 段階認証が有効になっているのに、クライアントがアプリ パスワードや OAuth トークンではなく通常のパスワードを送っています。</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>パスワード内の特殊文字が、アプリケーションの設定ファイルやその文字エンコーディングによって化けています。</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>サーバーの認証バックエンドが、誤ったレルムやデータベースでユーザーを検索しています。</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>手動でログインを試し、AUTH に対するサーバーの応答を読みます。</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Postfix サーバーで、失敗した SASL ログインとその接続元クライアントのアドレスを一覧表示します。</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Dovecot をバックエンドとするサーバーでは、同じ認証情報を認証サービスに対して直接テストします。</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>アプリケーション側のエンコーディングの問題を切り分けるため、AUTH PLAIN 文字列を自分で組み立てます（共用マシンでは実際のパスワードではなくテスト用のパスワードを使ってください）。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com がログインを拒否しています。アドレスまたはパスワードが誤っているか、アプリ パスワードまたは OAuth が必要なアカウントに対して、アプリケーションが通常の Google パスワードを送っています。</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>認証方式の強度が不十分です</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>このユーザーにはより強力な方式が必要であるとポリシーで定められているため、サーバーがクライアントの選んだ認証方式を拒否したことを示します（たとえば、平文のパスワードによるログインでは不十分な場合）。その AUTH の試行に対する恒久的なエラーであり、クライアントは別の方式または認証情報で再度試みる必要があります。</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>サブミッションポートの AUTH で、534 5.7.9（RFC 4954）として返されます。Gmail は、2 段階認証を有効にしたアカウントが通常のパスワードでログインしようとすると 534 5.7.9 Application-specific password required を返します。Yahoo と AOL は、受信側サーバーにおいてこれとは無関係な意味で 5.7.9 を使っており、DATA の終了時に認証されていないメールやポリシーで拒否されたメールに対して返します。</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>本来の 534 5.7.9 の場合は、クライアントソフトウェアがより強力な方式または認証情報を使う必要があります。Gmail であればアプリ パスワードか OAuth（XOAUTH2、OAUTHBEARER）、それ以外ではサーバーがそのアカウントに許可している方式です。Yahoo の 550 5.7.9 の場合は、送信側の管理者がメールを認証に通るようにします。エンベロープのドメインに送信側サーバーを含む SPF レコードを公開し、From ドメインで DKIM 署名を付け、大量送信者であればさらに DMARC レコードを公開します。</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>同じ AUTH を繰り返さず、より強力な方式、アプリ パスワード、または OAuth に切り替えてください。Yahoo の 550 5.7.9 の場合は、メッセージが SPF または DKIM に合格するまで再送しないでください。</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>2 段階認証を有効にした Gmail または Google Workspace のアカウントに、アプリ パスワードではなくアカウントのパスワードでアクセスしました。</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>サーバーのポリシーでそのアカウントには OAuth またはチャレンジレスポンス方式しか許可されていないのに、クライアントが PLAIN または LOGIN を使いました。</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo または AOL での受信: メッセージが SPF にも DKIM にも合格しませんでした（Yahoo 独自の 5.7.9 の用法）。</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Yahoo の受信: 内容または送信者に関するポリシー上の理由でメッセージが拒否され、554 5.7.9 として報告されました。</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>STARTTLS 後の EHLO 応答の AUTH 行を見て、OAuth の方式（XOAUTH2、OAUTHBEARER）が提供されているかを確認します。</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo に拒否された場合は、エンベロープ送信者のドメインが SPF を公開していることを確認します。</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Yahoo に拒否された場合は、メッセージの DKIM-Signature ヘッダー（s=）で指定されたセレクターの DKIM 鍵が存在することを確認します。</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Google アカウントで 2 段階認証が有効になっているため、smtp.gmail.com がアプリ パスワードまたは OAuth を要求しています。アカウントの通常のパスワードは拒否されます。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Yahoo の受信側サーバーは、SPF にも DKIM にも合格しないメールを拒否します。これは Yahoo 独自の意味であり、SMTP AUTH に関するレジストリの意味（認証方式の強度不足）とは無関係です。</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>DATA の終了時に Yahoo が返す恒久的なポリシー上の拒否で、内容または送信者に関する理由によるものですが、応答ではその詳細は明らかにされません。</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>暗号化が必要です</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>暗号化されていない接続上では、要求された認証方式をサーバーが受け付けないことを示します。先に外側の暗号化層（実際には TLS）を確立する必要があります。その試行については恒久的なエラーであり、クライアントは TLS を開始してから再度認証するか、より強力な方式を使う必要があります。レジストリではこのコードを 523 と組み合わせていますが、この応答コードは他のどこにも定義されていません。</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>クライアントが STARTTLS の前に平文の方式（PLAIN、LOGIN）を試みた際の AUTH で返されます。ほとんどのサーバーは TLS が有効になるまで AUTH を提示しないか、代わりに 530 5.7.0 や 538 5.7.11 を返すため、523 5.7.10 を実際に見ることはまれです。Gmail は独自の TLS ルール、つまり STARTTLS の後ろにパイプライン化されたコマンドに対して 5.7.10 を使います。</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>クライアントソフトウェアは、ポート 587 で STARTTLS（またはポート 465 で SSL/TLS）を使い、TLS が確立してから認証する必要があります。Gmail の応答の場合、クライアントまたはそのメールライブラリが STARTTLS と同じまとまりで後続のコマンドを送っています。220 応答を待って TLS ハンドシェイクを完了してから次のコマンドを送る必要があり、通常はライブラリまたはアプリケーションの更新が必要になります。</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>同じ平文の AUTH を再送しないでください。再接続して STARTTLS を完了してから認証します。キューから再試行する必要のあるものはありません。</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>クライアントの接続の保護が「なし」または「利用可能な場合は STARTTLS」に設定されており、平文で認証しています。</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>プロキシ、ウイルス対策ソフト、またはファイアウォールが EHLO 応答から STARTTLS を取り除いているため、クライアントが接続をアップグレードしません。</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>クライアントがハンドシェイクを待たずに、STARTTLS の直後に EHLO や AUTH をパイプライン送信しています（Gmail の用法）。</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>平文接続での EHLO 応答を確認します。STARTTLS が記載されており、パスワード方式はできればまだ記載されていないのが望ましい状態です。</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>STARTTLS を完了してから AUTH PLAIN を実行し、修正後の設定が機能することを確認します。</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>メールクライアントのアカウント設定で、送信の接続の保護が STARTTLS または SSL/TLS になっており、決して「なし」になっていないことを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Gmail 独自の用法で、クライアントが STARTTLS と同じまとまりでさらにコマンドを送ったことを示します。Gmail は TLS セッションへのコマンドインジェクションを防ぐためにこれを拒否しており、クライアントはハンドシェイクを待つ必要があります。Gmail のエラーリファレンスでは、このコードは応答コード 523 とともに記載されています。</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>要求された認証方式には暗号化が必要です</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>選択された認証方式は暗号化された接続上でしか使えないのに、この接続が暗号化されていないことを示します。RFC 4954 はこれを 538 5.7.11 として定義しており、主に歴史的な理由で残されていると述べています。現在のサーバーは、TLS が有効になる前にそのような方式を提示すべきではありません。レジストリではこのコードを 524 とも組み合わせています。</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>平文接続の AUTH で、STARTTLS の前に PLAIN や LOGIN を提示しながら、STARTTLS なしではそれらの使用を拒否する古いサーバーや寛容な設定のサーバーで見られます。Gmail は、これとは無関係な誤り、つまりパラメーター付きで送られた STARTTLS コマンドに対して 501 5.7.11 を返します。</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>クライアントソフトウェアは認証の前に TLS を開始する必要があります。アカウント設定で、ポート 587 の STARTTLS またはポート 465 の SSL/TLS を指定してください。サーバー管理者は、パスワード方式を STARTTLS の後にのみ提示することでこの問題を回避できます（Postfix では smtpd_tls_auth_only = yes）。Gmail の 501 5.7.11 の場合は、クライアントが引数なしで STARTTLS を送る必要があります。</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>キューに入れる必要はありません。再接続して TLS を開始し、AUTH をやり直してください。暗号化なしで再試行しても同じように拒否されます。</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>サーバーが平文接続で AUTH の方式を提示していたため、クライアントが STARTTLS の前に認証しました。</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>サーバーはパスワードによるログインを TLS 上でしか許可していないのに、クライアントの接続の保護が「なし」に設定されています。</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>クライアントやスクリプトが、RFC 3207 で禁止されている引数付きの STARTTLS を送っています（Gmail は 501 5.7.11 を返す）。</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>STARTTLS で接続して手動で EHLO を送り、AUTH 行を平文接続での AUTH 行と比較します。</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Postfix サーバーで、AUTH が TLS セッション内でのみ提示されるかを確認します。</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Dovecot 2.3 のバックエンドで、TLS なしの平文ログインが拒否されるか、どの方式が有効になっているかを確認します。</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>クライアントが引数付きの STARTTLS を送った場合の Gmail の応答です。レジストリの意味（AUTH 方式に暗号化が必要）は当てはまりません。</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>パスワードの移行が必要です</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>要求された方式に必要な形式でパスワードを保存できるよう、ユーザーが一度 PLAIN 方式で（通常は TLS 上で）ログインする必要があることを示します。その後のセッションでは、要求した方式が使えるようになるはずです。常に一時的な状態（4.7.12）としてのみ使われます。RFC 4954 ではこのコードを 432 と組み合わせており、レジストリには 422 も記載されています。</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>クライアントがチャレンジレスポンス方式（CRAM-MD5、DIGEST-MD5、SCRAM）を要求したものの、サーバーがその方式に必要な形式のパスワードをまだ保持していない場合の AUTH で見られます。典型的には、移行やパスワード保存方式の変更の後に発生します。ほとんどのクライアントとサーバーは単に TLS 上の PLAIN を使うため、実際に見ることはまれです。</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>クライアントソフトウェア（またはユーザー）が暗号化された接続上で一度 PLAIN で認証し、その後で本来使いたい方式に戻します。クライアントがそれに対応していない場合は、恒久的に TLS 上の PLAIN または LOGIN を使うよう設定してください。サーバー管理者は、パスワードデータベースが提示している方式で利用可能な形式で保存されていることを確認し、機能しない方式の提示をやめます。</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>キューからの再試行ではありません。TLS 上の PLAIN で一度認証してから、元の方式を再び使ってください。PLAIN での認証を経ずに同じ方式を繰り返すと、再び 4.7.12 が返されます。</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>パスワードの移行またはハッシュの再計算が行われたため、サーバーに CRAM-MD5、DIGEST-MD5、SCRAM に必要な秘密情報がありません。</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>クライアントがチャレンジレスポンス方式に固定されており、変更後に一度も PLAIN でログインしていません。</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>サーバーが、現在のパスワード保存方式では対応できない方式を提示しています。</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>暗黙的 TLS 上の PLAIN で一度ログインし、移行を完了させます。</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Dovecot サーバーでユーザーのパスワードエントリを調べ、どの方式で保存されているかを確認します。</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>STARTTLS 後のサーバーの EHLO 応答に含まれる方式を、クライアントが固定している方式と比較します。</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>ユーザーアカウントが無効です</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>認証情報は正しいものの、アカウントが無効化されているため、サーバーが送信を許可しないことを示します。ユーザーが管理者に連絡するまで恒久的に続きます。パスワード誤りの応答とは異なり、ユーザーにパスワードを入力し直してもらっても解決しません。レジストリではこのコードを 525 と組み合わせています。</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>無効化されたアカウントとパスワード誤りを区別するサブミッションサーバーで、認証情報の確認に成功した直後の AUTH で返されます。よくあるきっかけは、スパム送信に使われたことによるアカウントの停止、ホスティング料金の未払い、退職した従業員などです。多くのサーバーはこのコードを使わず、無効化されたアカウントに対しても 535 5.7.8 を返します。</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>ユーザーはメール管理者またはプロバイダーに連絡します。管理者はアカウントが無効化された理由（不正利用の報告、侵害、料金の問題）を調べ、原因を取り除いて（パスワードの変更、ユーザーの機器からのマルウェア駆除、送信キューからのスパムの削除）、アカウントを再度有効にします。その後は、クライアントソフトウェアが既存の設定のまま再びログインできます。</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>再試行しないでください。管理者がアカウントを再度有効にするまで、すべての試行が拒否されます。</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>アカウントが侵害されてスパム送信に使われたため、停止されました。</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>料金の未払いにより、ホスティングプランまたはメールサービスの契約が停止されました。</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>管理者が、組織を離れた人のアカウントを無効化しました。</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>ログインの失敗の繰り返しや不正利用の報告により、自動的にロックされました。</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>同じ認証情報でプロバイダーの Web メールまたはアカウントポータルにサインインします。停止されたアカウントであれば、通常そこに通知が表示されます。</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>手動で挙動を確認します。無効化されたアカウントでは、パスワードが正しくても拒否されます。</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Postfix の管理者として、このアカウントが最後にメールを正常に送信した日時を確認します。</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>信頼関係が必要です</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>要求された処理を行う前に、サブミッションサーバーに別のサーバーとの信頼関係が設定されている必要があることを示します。この定義は BURL（RFC 4468）に由来するもので、サブミッションサーバーがユーザーの IMAP サーバーから URL でメッセージを取得しようとしたものの、そのための信頼関係が設定されていない場合を指します。恒久的なエラーであり、このケースで以前使われていた 5.7.8 に代わるものです。</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>BURL による送信において、DATA や BDAT の代わりに使われる BURL コマンドへの応答として、その IMAP サーバーとの信頼関係が設定されていないためにサブミッションサーバーが IMAP URLAUTH の URL を解決できない場合に返されます。BURL を使うクライアントは少ないため、まれです。Gmail は、ユーザーに先に Web ブラウザでサインインさせたい場合に、これとは無関係な意味で AUTH に対して 534 5.7.14 を返します。</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>BURL の場合は、サブミッションサーバーの管理者が IMAP サーバーとの信頼関係（送信用 ID に対する URLAUTH アクセスと、それに必要な認可）を設定するか、クライアントソフトウェアが DATA または BDAT でメッセージ本体を自ら送る方法に切り替えます。Gmail の 534 5.7.14 の場合は、ユーザーがブラウザで Google アカウントにサインインしてセキュリティ確認を完了し、その後クライアントでアプリ パスワードまたは OAuth を使います。</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>同じ BURL コマンドを繰り返さないでください。信頼関係がなければ毎回失敗します。DATA または BDAT で内容を直接送るか、信頼関係が設定されてから再試行してください。</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>BURL の URL で指定された IMAP サーバーとの信頼関係が、サブミッションサーバーに設定されていません。</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URLAUTH の URL が、サブミッションサーバーが使う送信用 ID とは別の ID に対して発行されました。</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Gmail の用法: Google がサインインを不審なものとしてブロックし、ユーザーに Web ブラウザでの確認を求めています。</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>STARTTLS 後の EHLO 応答でサブミッションサーバーが BURL を提示しているか確認します。提示していなければ、クライアントは BURL を一切使うべきではありません。</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>サブミッションサーバーのログで、BURL コマンドと失敗した IMAP 取得を探します。</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Gmail の場合は、同じネットワーク上のブラウザで Google アカウントにサインインし、最近のセキュリティ通知を確認します。</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>ユーザーがブラウザで Google アカウントにサインインするまで、smtp.gmail.com がログインを拒否しています。通常は不審なサインインがブロックされた後に発生するもので、BURL の信頼関係とは関係ありません。</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>優先度が低すぎます</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>受信側サーバーが MT-PRIORITY 拡張（RFC 6710）をサポートしており、クライアントが MAIL FROM で指定した優先度ではメッセージを受け付けないことを示します。4.7.15（通常は 450 とともに）は一時的な拒否で、たとえば輻輳時などに、サーバーが当面はより優先度の高いトラフィックしか受け付けていない状態です。5.7.15（通常は 550 とともに）は、サーバーのポリシーでその優先度が完全に拒否されていることを示します。</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>MT-PRIORITY=n パラメーター（n は -9 から 9 までで、0 が通常）を伴う MAIL FROM への応答として返されます。メッセージ転送の優先度を使うネットワーク、たとえば MT-PRIORITY 対応の中継サーバーを備えた軍、政府、緊急サービスのメッセージングシステムでのみ見られます。通常のインターネットのメールサーバーはこの拡張を提示せず、このコードを返すこともありません。</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>判断するのは送信者です。メッセージが本当に緊急性の高いものであれば、送信者が使用を許可されている、より高い MT-PRIORITY 値で再送します。そうでなければ待ちます。4.7.15 による受信保留は、受信側ネットワークが高優先度限定のモードを解除すれば解消します。サーバーは、許可されていないクライアントが要求した優先度を引き下げたり拒否したりすることがあるため、送信側の管理者は、中継サーバーがこのクライアントから受け付ける優先度の範囲を確認してください。</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>4.7.15 の場合は、メッセージをキューに保持してバックオフを取りながら再試行します。最低優先度が再び下がる可能性があります。5.7.15 の場合は同じ優先度で再試行せず、許可されたより高い優先度で再送するか、再送自体を行わないでください。</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>受信側ネットワークが輻輳しているか非常時モードにあり、一時的に最低優先度以上のメッセージしか受け付けていません。</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>受信側サーバーがポリシーで拒否している低い値または負の値（たとえば -5）の MT-PRIORITY でメッセージが送信されました。</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>クライアントが要求した優先度の使用を許可されていないため、サーバーが優先度を引き下げ、その結果サーバー自身が拒否するレベルになりました。</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>受信側サーバーの EHLO 応答を読みます。このコードが意味を持つには、MT-PRIORITY（ポリシー名が続く場合もあります）が記載されている必要があります。</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>送信ログで受信保留またはバウンスの記録を探し、どの受信者とどの試行が拒否されたかを確認します。</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>受信側ネットワークの管理者に、自システムからどの優先度を受け付けるか、また一時的な最低優先度が適用されているかを問い合わせます。</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>指定された優先度に対してメッセージが大きすぎます</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>サーバーはこの MT-PRIORITY レベルのメッセージを一定のサイズまでしか受け付けず、このメッセージはそれを超えていることを示します。RFC 6710 では、緊急のトラフィックを速く流せるよう、サーバーが優先度ごとにサイズ制限を設けることを認めています。4.7.16 の場合は一時的な制限（たとえば輻輳時）、5.7.16 の場合は恒常的なポリシーです。サーバー全体のサイズ制限とは別のもので、そちらは X.3.4 または X.2.3 で報告されます。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>クライアントが MT-PRIORITY と SIZE の両方を宣言した MAIL FROM への応答として、または実際のサイズが判明する DATA の終了後に返されます。レジストリではこのコードを 552 と組み合わせています。メッセージ転送の優先度を実装した中継サーバー、典型的には閉じた軍用または緊急用のメッセージングネットワークでのみ見られます。</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>送信者は、メッセージを小さくする（大きな添付ファイルを削除するか、リンクに置き換える）か、より大きなメッセージが許可される低い優先度で再送します。送信側の管理者は、受信側に各優先度のサイズ制限を問い合わせ、大きな優先メッセージを自動的に分割または優先度を下げるようクライアントを設定できます。</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>4.7.16 の場合は、サイズの許容量が戻る可能性があるため、バックオフを取りながら後で再試行します。5.7.16 の場合は同じ内容のまま再送せず、先にサイズを小さくするか優先度を下げてください。</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>受信側サーバーが短い緊急メッセージ用に確保している高い優先度で、大きな添付ファイルが送信されました。</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>受信側ネットワークが縮退モードで運用されており、各優先度で許可されるサイズを一時的に引き下げています。</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>MAIL FROM で宣言された SIZE 値が、サーバー全体の上限は下回っているものの、優先度ごとの制限を超えていました。</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>送信ログで、拒否された試行をメッセージのサイズと受信者とともに探します。</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>サーバーが EHLO 応答の SIZE 行で通知している全体の上限と比較し、優先度ごとの制限と全体の制限を区別します。</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>受信側の管理者に、優先度ごとのサイズ制限と、それが恒久的なルールか一時的な制限かを問い合わせます。</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>メールボックスの所有者が変わりました</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>メッセージが Require-Recipient-Valid-Since（RRVS、RFC 7293）による保護を要求しており、受信システムは、送信者が指定した日付以降、受信者のメールボックスが継続して同じ所有者のものではなかったことを把握していることを示します。アドレスが閉鎖されて再発行されたか、その他の理由で所有者が変わっているため、見知らぬ人に渡すのではなくメールを拒否します。恒久的なエラーとしてのみ使われます。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>クライアントが RRVS=date-time パラメーターを使った場合は RCPT TO への応答として、代わりにメッセージに Require-Recipient-Valid-Since ヘッダーフィールドが含まれていた場合は DATA の後に返されます。送信者は典型的には、ずっと以前に確認したアドレスにメールを送る銀行、ショップ、ソーシャルネットワークであり、受信側は放棄されたアドレスを再利用し、RRVS を実装しているプロバイダーです。</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>送信者（送信アプリケーションの運用者）は、そのアドレスがもはや顧客のものではないと記録してそのアドレスへの送信を停止し、別の連絡手段で顧客に現在のアドレスを尋ねます。RRVS の日付を削除して再送しないでください。このチェックは、パスワードのリセットやアカウントに関する通知がアドレスの新しい所有者に届かないようにするためのものです。</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>再試行しないでください。所有者の変更は恒久的なものです。そのアドレスにフラグを立てるか削除し、新たに確認したアドレスにのみ送信してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>受信者のプロバイダーが、長期間使われていなかった古いアカウントを閉鎖し、後に同じアドレスを新しいユーザーに割り当てました。</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>登録されているアドレスが現在の所有者に引き継がれる前に確認されたものであるため、RRVS の日付が現在の所有期間より前になっています。</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>送信システムが Require-Recipient-Valid-Since ヘッダー（または RRVS パラメーター）に設定した日付を調べ、顧客が最後にアドレスを確認した時期と比較します。</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>機密性の高い内容を送る前に、電話、アプリの通知、郵便などで顧客に連絡し、確認済みの新しいアドレスを入手します。</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>ドメインの所有者が変わりました</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Require-Recipient-Valid-Since（RFC 7293）のもう 1 つの結果で、送信者が指定した日付以降に受信者のドメインの所有者が変わったことを受信システムが報告しています。そのドメインのすべてのアドレスが現在は別の組織のものである可能性があるため、メッセージは拒否されます。恒久的なエラーとしてのみ使われます。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>RRVS パラメーター付きの RCPT TO への応答として、またはヘッダーフィールド形式の場合は DATA の後に、ホストしているドメインの所有者の変更を把握している受信システムで返されます。典型的な例は、企業の古いドメインが失効して第三者に登録され、その第三者が現在そのドメインのメールを運用しているケースです。</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>送信者は、この顧客についてそのドメインのすべてのアドレスを古くなったものとして扱い、送信を停止して、顧客から新しいアドレスを入手します。送信側の管理者は、データベースからアドレスを削除する前に、ドメインの登録情報とメールの配送先を調べて変更を確認できます。</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>再試行しないでください。受信側は設計上、このドメイン宛てのこのメッセージを拒否します。新たに確認したアドレス（通常は別のドメイン）にのみ再送してください。</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>ドメインが失効し、新しい所有者に登録されて、現在はその所有者がメールを運用しています。</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>ドメインを所有していた組織が売却、合併、または名称変更され、ドメインが別の当事者に移りました。</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>ドメインの現在の登録情報とネームサーバーを確認し、最近変更されていないかを調べます。</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>ドメインのメールが現在どこに配送されているかを確認します。記録上のプロバイダーと異なれば、所有者の変更を裏付けるものとなります。</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>RRVS の検査を完了できません</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>送信者が Require-Recipient-Valid-Since の検査（RFC 7293）を要求したものの、必要なタイムスタンプを記録していなかったため、その日付以降メールボックスの所有者が 1 人であったかどうかを受信システムが判断できないことを示します。推測する代わりにメッセージを拒否し、判断を送信者に委ねます。恒久的なエラーとしてのみ使われます。</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>RCPT TO（RRVS パラメーター）への応答として、または DATA の後（ヘッダーフィールド）に返されます。典型的には、RRVS の日付が受信側プロバイダーの保持しているアカウント履歴よりも古い場合です。RFC 7293 を実装した受信側しか返さないため、まれです。</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>送信者は、保護なしでメッセージを配送しても安全かどうかを判断します。ニュースレターであれば、RRVS パラメーターやヘッダーフィールドを付けずに再送するのが妥当です。パスワードのリセットやアカウントに関する通知であれば、先に顧客にアドレスを確認し、新しい RRVS の日付で再送します。</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>同じ RRVS の日付で再試行しないでください。送信者がそのリスクを受け入れるのであれば RRVS による保護なしで再送するか、アドレスを確認してより新しい日付で送信してください。</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>RRVS の日付が、受信システムが保持しているアカウント履歴よりも古いです。</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>受信システムがこのメールボックスの作成日を記録していないか、失いました（プラットフォーム間でのアカウント移行後など）。</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>送信アプリケーションが RRVS に使った日付（通常は顧客が最後にアドレスを確認した日）を確認します。日付が非常に古い場合、この結果になる可能性が高くなります。</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>受信側サーバーが EHLO 応答で RRVS を提示しているかを確認します。これにより、パラメーター形式が評価されたのか、ヘッダー形式のみが評価されたのかがわかります。</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>合格した DKIM 署名が見つかりません</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>受信側が有効な DKIM 署名を必須としているのに、検証に合格した署名が 1 つも見つからなかったことを示します。メッセージにまったく署名がないか、付いているすべての署名が失敗しています。RFC 7372 は、受信側が汎用的な 5.7.1 ではなくこの状況を正確に伝えられるよう、このコードを定義しています。恒久的な拒否です。</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>受信側が署名を検査した後、DATA の最後のドットの後に返されます。一部またはすべての送信者に DKIM を要求するよう設定されたゲートウェイや MTA が返します。たとえば、銀行を名乗るメールや受信者自身のドメインを名乗るメールには正当な署名が必要、といったルールです。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>送信者側の管理者は、メッセージに検証可能な署名が付くようにする必要があります。送信元のサーバーまたはサービスで DKIM 署名を有効にし、対応する公開鍵をセレクターの下に公開し、署名後に署名済みのヘッダーや本文を変更するもの（免責事項のフッター、リンクの書き換え、リストソフトウェア）がないようにします。再送する前にテストメッセージで検証してください。</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>同じ内容のまま再試行しないでください。署名のない、または署名の壊れた同じメッセージは同じように失敗します。署名が機能するようになってから再送してください。</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>サーバーまたは送信サービスで DKIM 署名が一度も有効にされていなかったため、メッセージに署名ぎませんでした。</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>ゲートウェイ、免責事項の追加ツール、またはウイルス対策スキャナーが署名後に本文を変更したため、本文のハッシュが一致しなくなりました。</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>セレクターの公開鍵が DNS に存在しない、貼り付けの際に途中で切れている、またはその鍵でまだメールに署名しているうちに削除されました。</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>送信したメッセージの DKIM-Signature ヘッダーから d= と s= を取り出し、その鍵を取得します。応答が空であれば鍵が存在しません。</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>最後のサーバーから送り出されたままの状態で保存したメッセージのコピーを検証します（dkimverify は python3-dkim に含まれています）。</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>自分が管理するメールボックスにテストメールを送り、受信側が追加した Authentication-Results ヘッダーに dkim=pass があるかを確認します。</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>受け入れ可能な DKIM 署名が見つかりません</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>少なくとも 1 つの DKIM 署名は検証に合格したものの、受信側のポリシーがそのいずれも受け入れないことを示します。よくある理由は、想定外のドメインによる署名、弱い鍵やアルゴリズム、受信側が必須とするヘッダーを対象に含まない署名です。恒久的なエラーです。X.7.22 は、問題が特に作成者のドメインにある場合の、より限定的なケースです。</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>DKIM のポリシーが合格か不合格かの判定にとどまらない受信側で、DATA の終了時に返されます。送信者が自身のドメインで署名する新しいメール配信サービスに移行した後や、RFC 8301 に従って rsa-sha1 の署名や 1024 ビット未満の RSA 鍵を受け入れなくなったシステムでよく見られます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>送信者側の管理者は署名の内容を確認し、要件に合わせます。組織自身のドメインで署名し、2048 ビット鍵で rsa-sha256 を使い（ed25519 の署名を併せて付けてもかまいません）、少なくとも From、To、Subject、Date、Message-ID を署名対象にします。受信側が特定のドメインによる署名を求めている場合は、受信側の管理者にどのドメインかを問い合わせてください。</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>同じ内容のまま再試行しないでください。受信側は同じ署名を同じように判定します。署名ドメイン、鍵、またはアルゴリズムを変更してから再送してください。</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>合格した署名がメール配信サービスプロバイダーのドメインによるものだけであり、受信側がこの送信者に対してそれを受け入れません。</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>署名に rsa-sha1 または 1024 ビット未満の RSA 鍵が使われており、受信側が受け入れ不可として扱っています。</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>署名は検証に合格していますが、Subject や Reply-To など、受信側のポリシーが必須とするヘッダーを対象に含んでいません。</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>送信したメッセージの DKIM-Signature ヘッダーの a=（アルゴリズム）、d=（ドメイン）、h=（署名対象ヘッダー）タグを確認します。</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>鍵のサイズを確認します。p= の値が base64 で約 216 文字なら 1024 ビットの RSA 鍵、約 392 文字なら 2048 ビットです。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>受信者側の管理者に、ポリシーで想定している署名ドメイン、アルゴリズム、または署名対象ヘッダーを問い合わせます。</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>作成者と一致する有効な DKIM 署名が見つかりません</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>メッセージには検証に合格する DKIM 署名があるものの、いずれも From ヘッダーのドメインによるものではないことを示します。受信側は作成者自身のドメインがメッセージを保証することを求めています。X.7.21 の特殊なケースで、DMARC のアライメント検査に近いものです。恒久的な拒否です。</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>DATA の終了時に返されます。典型的には、From アドレスには顧客のドメインを使いながら、サービス自身のドメインで署名する外部サービス経由で送られるニュースレター、請求書、アラートで見られます。メーリングリストや転送サービスが自身のドメインでメッセージに署名し直し、元の署名が壊れた場合にも見られます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>送信者側の管理者は、送信サービスでカスタム DKIM を設定し、From ドメインと同じ d= で署名されるようにします。通常は、サービスのセレクターレコード（CNAME または TXT）をそのドメインの DNS に公開し、サービスの設定で有効にします。その後、テストメッセージに From ヘッダーと一致するドメインの合格した署名が付いていることを確認します。</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>同じ内容のまま再送しないでください。送信サービスが From ドメインで署名するようになってから再送してください。</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>顧客のドメインでのカスタム署名が設定されていないため、マーケティングサービスやチケット管理サービスが自身のドメインで署名しています。</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>From アドレスが、まだ独自の DKIM 鍵を持たない新しいブランドのドメインに切り替えられました。</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>唯一の有効な署名が、作成者のドメインではなく、メーリングリストや転送サービスによって付けられたものです。</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>同じメッセージ内で、各 DKIM-Signature ヘッダーの d= のドメインと From ヘッダーのドメインを比較します。</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>送信サービスのセレクターが From ドメインの下に公開されていることを確認します。</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>SPF の検証に失敗しました</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>受信側がエンベロープ送信者（MAIL FROM）または HELO 名について SPF を検査し、fail の結果を得たことを示します。つまり、そのドメインの SPF レコードは、接続元の IP アドレスにそのドメインとしての送信を許可していません。RFC 7372 は、SPF の fail を理由に拒否する受信側に対し、以前の汎用的な 5.7.1 に代えてこのコードを割り当てています。恒久的なエラーです。これはレジストリの意味であり、Gmail は 4.7.23 を逆引き DNS の問題に使っています（プロバイダーの項を参照）。</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>SPF には IP アドレスとエンベロープしか必要ないため、通常は MAIL FROM または RCPT TO の直後に返されますが、DATA の後まで待つフィルターもあります。転送（転送サーバーの IP が元のドメインのレコードに含まれていない）、メールを新しいプロバイダーに移行した後、誰も SPF に追加していない新しい SaaS ツールからの送信でよく見られます。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>送信側の管理者は、エンベロープのドメインの SPF レコードに不足している送信元（ip4:、ip6:、またはサービスの include:）を追加し、DNS ルックアップの合計を 10 回以内に抑えたうえで再送します。メールが転送されたものであれば、転送サーバーの管理者が SRS（送信者アドレスの書き換え）を導入する必要があり、元の送信者は転送後も DMARC に合格できるよう DKIM 署名を付けるべきです。</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>同じ IP から同じ内容のまま再試行しないでください。SPF の結果は変わりません。レコードを更新し、古いレコードの TTL が切れてから再送してください。</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>エンベロープのドメインの SPF レコードに IP アドレスが含まれていないサーバーまたはサービスから、メッセージが送信されました。</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>転送サーバーがメッセージを中継したため、受信側からは元のドメインが許可した IP ではなく、転送サーバーの IP が見えました。</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>-all で終わる SPF レコードに、新しい送信用 IP や新たに有効にした IPv6 が追加されていませんでした。</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>エンベロープ送信者のドメイン（Return-Path）の SPF レコードを読みます。これは From ドメインと異なる場合があります。</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>ログで拒否された試行を探し、どの中継サーバーが拒否し、自組織のどの IP が使われたかを確認します。</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>サーバーに IPv6 がある場合はそのアドレスを確認します。IPv6 での接続には ip6: エントリか、それに一致するメカニズムが必要です。</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail は 4.7.23 を SPF ではなく逆引き DNS の問題に使います。接続元の IP に PTR レコードがないか、PTR の名前がその IP に正引きできない状態です。正引きと逆引きが一致するまでメールは受信保留になります。同じ問題に対する Gmail の恒久的なエラーは 5.7.25 です。</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>宛先サーバーが SPF を理由にメッセージを拒否した場合に、Microsoft 365 の配送不能通知（NDR）で使われます。通常、矢印（-&gt;）の後に相手サーバー自身の応答が続き、受信システム側の理由が示されます。</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>SPF の検証エラー</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>fail ではなくエラーのために、受信側が SPF の検査を完了できなかったことを示します。4.7.24（451 とともに）は SPF の temperror で、通常はレコード取得中の DNS タイムアウトです。5.7.24（550 とともに）は SPF の permerror で、構文の誤り、2 つの SPF レコード、10 回を超える DNS ルックアップなど、レコード自体が壊れていることを意味します。RFC 7372 は、4.4.3 および 5.5.2 に代えてこれらのコードを割り当てています。</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>SPF のエラーに基づいて処理を行う受信側で、MAIL FROM の後または DATA の終了時に返されます。恒久的なエラーは、通常 SPF レコードの編集後（include を 1 つ追加したことによる 10 回のルックアップ超過、入力ミス、2 つ目の v=spf1 レコード）に発生し、一時的なエラーは送信者ドメインのネームサーバーの応答が遅いか到達できない間に発生します。</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>5.7.24 の場合、送信者側の管理者はレコードを修復します。すべてを 1 つの v=spf1 TXT レコードにまとめ、構文を修正し、DNS ルックアップを必要とするメカニズムが 10 個以下になるまで include を削除またはフラット化します。4.7.24 の場合は、ドメインの権威ネームサーバーが外部から速やかに応答することを確認します。応答しているのであれば問題は受信側にある可能性があり、後の試行でキューから配送されます。</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>4.7.24 の場合は通常のバックオフで再試行します。DNS のタイムアウトは通常解消します。5.7.24 の場合は、すべての試行が同じ恒久的なエラーになるため、SPF レコードが修正されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>すべての include、a、mx、ptr、exists、redirect を数えると、SPF レコードに 10 回を超える DNS ルックアップが必要になります。</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>ドメインが v=spf1 の TXT レコードを 2 つ別々に公開しているため、結果が恒久的なエラー（permerror）になります。</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>ip4: の後にホスト名がある、メカニズムのつづりが誤っている、余分な文字があるなど、レコードに構文の誤りがあります。</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>ドメインのネームサーバーがタイムアウトするか SERVFAIL を返すため、受信側が一時的なエラー（temperror）を得ています。</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>エンベロープのドメインにあるすべての TXT レコードを一覧表示し、v=spf1 で始まるものがちょうど 1 つだけであることを確認します。</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>各 include:（およびその中の include）を展開し、DNS ルックアップを消費するメカニズムをすべて数えます。</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>ドメインの各権威ネームサーバーに直接問い合わせます。タイムアウトするサーバーがあれば、それが temperror の原因です。</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>逆引き DNS の検証に失敗しました</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>接続元クライアントの IP アドレスが受信側の逆引き DNS 検査に失敗したことを示します。PTR レコードがないか、PTR レコードの名前が同じアドレスに正引きできません（正引き確認付き逆引き DNS、FCrDNS）。受信側は、感染した家庭用マシンや管理の行き届いていないサーバーを手軽に排除するフィルターとしてこの検査を使います。恒久的な拒否です。</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>接続後いつでも返される可能性がありますが、最も多いのは MAIL FROM、RCPT TO、または DATA の終了時への応答です。メールサーバーを新しい VPS やクラウドのアドレスに移した後、IPv6 を有効にした後（IPv6 アドレスに PTR がない）、または PTR の名前が指すホストの A レコードが後で変更された場合によく発生します。Gmail は 550 5.7.25 として返します。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>送信者側の管理者は、その IP アドレスを管理している者（ホスティングプロバイダー、ISP、またはクラウドのコンソール。ドメインのレジストラではありません）に依頼して、メールサーバーの名前（たとえば mail.example.com）を指す PTR レコードを設定してもらい、その名前に同じ IP を指す A または AAAA レコードがあることを確認します。HELO 名も同じホスト名にしてください。その後で再送します。</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>その IP アドレスから同じ内容のまま再試行しないでください。PTR とそれに一致する A または AAAA レコードが存在し、キャッシュされた否定応答の有効期限が切れてから再試行してください。</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>送信元の IP アドレスに PTR レコードがまったくありません（新しい VPS やクラウドのアドレスではよくあります）。</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR の名前は存在するが、その A または AAAA レコードが別のアドレスを指しているため、正引きの確認に失敗します。</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>サーバーが IPv6 で送信しているが、逆引き DNS が設定されているのは IPv4 アドレスだけです。</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR が ISP の汎用的な名前であり、受信側が動的アドレスまたは一般家庭向けのアドレスとして扱っています。</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>送信元 IP アドレスの PTR レコードを調べます。</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>返された名前を正引きし、同じアドレスが返ることを確認します。</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>サーバーに IPv6 アドレスがある場合は、その逆引きも同様に確認します。</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Postfix が名乗っている HELO 名と比較します（Exim などにも同等の設定があります）。</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Gmail の用法はレジストリの意味と一致しており、IPv4 と IPv6 の送信者の両方が対象です。同じ問題の一時的なエラーは、4.7.25 ではなく 4.7.23 として返されます。</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>複数の認証チェックに失敗しました</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>受信側サーバーが複数の送信者認証チェック（SPF、DKIM、そして通常はさらに DMARC）を実行し、メッセージがそれらにそろって失敗したことを示します。恒久的な拒否であり、同じメッセージを同じ方法で送っても再び拒否されます。</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>受信側がメッセージ全体を受け取り、署名を検証できる DATA の終了時に返されます。このコードを有名にしたのは Gmail で、送信者ドメインの DMARC ポリシーに失敗したメールや、有効な SPF または DKIM の結果がないメールに対して何年も前から 550 5.7.26 を返してきました。2024 年の送信者ガイドラインにより、この応答はさらに頻繁に見られるようになりました。</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>送信側で、From ヘッダーのドメインについて認証を修正します。そのドメインで送信するすべてのサーバーを含む SPF レコードを公開し、DNS に公開した鍵で送信メールに DKIM 署名を付け、少なくともどちらか一方を From ドメインとアラインさせて DMARC に合格するようにします。その後、バウンスしたメールを再送する前に、テストメッセージを送って Authentication-Results ヘッダーを確認してください。</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>同じメッセージを同じ内容のまま再試行しないでください。再び失敗します。認証レコードまたは署名を修正してから再送してください。</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF レコードがないか、実際にメッセージを送信したサーバーやサービスが SPF レコードに含まれていません。</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>DKIM 署名がないか、署名後にメッセージを変更したゲートウェイ、メーリングリスト、フッターによって署名が壊れています。</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF と DKIM は From ヘッダーとは異なるドメインで合格しているため、DMARC のアライメントに失敗し、そのドメインの DMARC ポリシーが reject を指定しています。</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>新たに追加された送信サービス（ニュースレターツール、CRM、チケット管理システム）が、DNS で許可されないまま会社のドメインを名乗って送信しています。</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>送信者ドメインの SPF レコードを読み、送信側サーバーの IP アドレスまたはサービスの include が含まれていることを確認します。</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>メッセージの DKIM-Signature ヘッダー（s=）で指定されたセレクターの DKIM 公開鍵が存在することを確認します。</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>ドメインの DMARC ポリシーを読み、失敗したメールをどう扱うよう受信側に指示しているかを確認します。</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>大手プロバイダーにある自分が管理するメールボックスにテストメッセージを送り、Authentication-Results ヘッダーを確認します。spf=、dkim=、dmarc= がすべて pass になっている必要があります。</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail は、メッセージが SPF にも DKIM にも合格しない場合と、From ドメインの DMARC ポリシーに失敗した場合の両方で 5.7.26 を返します。どちらに該当するかは、コードの後ろのテキストに示されます。</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>送信者アドレスに Null MX が設定されています</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>エンベロープ送信者または From ヘッダーのドメインが、メールを一切受信しないことを宣言する Null MX レコード（MX 0 .）を公開していることを示します。バウンスや返信が送信者に決して届かず、またメールサービスがないと宣言しているドメインは偽装されている可能性が高いため、受信側はこのようなメールを拒否することがあります。RFC 7505 で定義されており、恒久的なエラーです。これはレジストリの意味であり、Gmail は同じ番号を SPF の失敗に使っています（プロバイダーの項を参照）。</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>受信側がエンベロープのドメインの MX を検査する場合は MAIL FROM への応答として、From ヘッダーのドメインを検査する場合は DATA の後に返されます。典型的な原因は、DNS に Null MX があるドメインの noreply@ アドレスとして送信するアプリケーションや、誤って Null MX を設定されたパーキングドメインや送信専用ドメインです。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>送信側の管理者は、MAIL FROM と From に使われるドメインから Null MX を削除して実際の MX を公開するか、メールを受信するドメインから送信するようアプリケーションを変更します（独自の MX を持つバウンス用サブドメインでも構いません）。RFC 7505 は、送信者として使われるドメインは Null MX を公開すべきではないとしています。</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>レジストリの意味の 5.7.27 は、同じ内容のまま再試行しないでください。Null MX は DNS 上の意図的な宣言です。Gmail の 4.7.27 による受信保留は通常どおり再試行されますが、SPF に合格するまで成功しません。</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>何も受信しないよう送信専用ドメインに Null MX が設定されたが、そのドメインが依然として MAIL FROM や From に使われています。</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>パーキングドメインや未使用ドメイン向けの DNS テンプレートによって MX 0 . が追加されたドメインが、後でメールの送信に使われるようになりました。</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>スパムやフィッシングが Null MX のドメインを偽装しています。この場合、拒否は本来の役割を果たしています。</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>エンベロープのドメインと From ドメインの MX を調べます。0 . という応答が 1 つだけ返れば Null MX です。</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>アプリケーションのエンベロープ送信者は From アドレスと異なる場合があるため、ローカルで生成された送信者アドレスに Postfix がどのドメインを付加しているかを確認します。</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>実際の MX を公開した後、そこに記載されたホストがポート 25 で接続を受け付けることを確認します。</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Null MX とは関係ありません。Gmail は、送信者ガイドラインに基づく SPF にメッセージが合格しなかった場合に 4.7.27（受信保留）と 5.7.27（拒否）を返します。エンベロープのドメインの SPF レコードを修正してください。レジストリのタイトルは無視してかまいません。</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>メールの大量送信（フラッド）を検出しました</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>受信側が、そのメッセージを類似した迷惑メッセージの大量送信（フラッド）の一部と判断したことを示します。典型的なのはメール爆弾で、偽装された Web フォームの送信によって 1 つのアドレスに何百通もの登録確認メールが届くものです。4.7.28 はメッセージを受信保留にし、5.7.28 は拒否します。IANA は、RFC として発行されなかった John Levine の Internet-Draft に基づいてこのコードを登録しました。</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>受信側が 1 人の受信者宛て、または 1 つの送信元からのほぼ同一のメッセージの集中を検知した際に、RCPT TO または DATA の終了時に返されます。送信者がこのコードに遭遇するのは、ニュースレターの登録フォーム、パスワードリセット、問い合わせフォームが悪用され、被害者に大量のメールが送りつけられた場合です。Gmail も独自のスパムのレート制限として 4.7.28 を使います（プロバイダーの項を参照）。</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>送信者側の管理者は、発生源で大量送信を止めます。Web フォームに CAPTCHA またはレート制限を追加し、一定期間内に 1 つのアドレスへ送る確認メールを最大 1 通に制限し、標的となったアドレス宛てのキュー内の確認メールを削除します。Gmail の 4.7.28 の場合は、該当する IP またはドメインからの送信量を減らし、エンゲージメントのない受信者をリストから外し、Postmaster Tools でスパム率を監視します。</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>4.7.28 の場合は、間隔を徐々に広げながら送信レートを下げて再試行します。短い間隔で繰り返すと状況が悪化します。5.7.28 の場合は、受信側が迷惑な大量送信の一部と判定した同じメッセージを再送しないでください。</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>ボットが、送信者の登録フォームや問い合わせフォームに被害者のアドレスを入力して何度も送信しました。</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>アプリケーションのバグやループにより、同じ通知が 1 人の受信者に何度も送られました。</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>送信側サーバー上の侵害されたアカウントやスクリプトが、ほぼ同一のメッセージを大量に送信しました。</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Gmail の場合: 送信元の IP アドレスまたは認証済みドメインから、迷惑メールと思われるメールが増加しました。</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>自組織のサーバーが最近、該当のアドレスに何通送信したかを数えます。</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>キューの概要行を確認し、送信待ちのメッセージが溜まっていないかを調べます。</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Web サーバーのログでフォーム送信の集中を探します。集中があれば、ボットがフォームを悪用していることを示します。</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>メール爆弾の判定ではなく、レピュテーションに基づくレート制限です。Gmail は、あなたの IP アドレス、または DKIM や SPF のドメインから迷惑メールと思われるメールが多すぎると判断し（テキストの長い版ではどちらかが示されます）、受け付けのペースを落としています。レピュテーションが回復すれば解消します。</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>ARC の検証に失敗しました</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>メッセージに Authenticated Received Chain のヘッダー（RFC 8617、Experimental RFC）が含まれていたものの、チェーンが検証に失敗したため、経由した中継システムが記録した認証結果を受信側が信頼できなかったことを示します。受信側はこのようなメールを拒否することがあり、特に DMARC にも失敗している場合はその可能性が高くなります。これはレジストリの意味であり、Gmail は同じ番号を TLS なしで送られたメールに使っています（プロバイダーの項を参照）。</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>ARC-Seal、ARC-Message-Signature、ARC-Authentication-Results の各ヘッダーを追加するメーリングリスト、転送サービス、セキュリティゲートウェイを経由したメールについて、DATA の終了時に返されます。実際にはまれです。ほとんどの受信側は、DMARC に失敗した場合の参考情報としてのみ ARC を使うため、壊れたチェーンだけが原因で拒否されることはめったにありません。</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>ARC セットが失敗している中継システム（多くはリストサーバーやゲートウェイ）の管理者が、ARC の封印（シール）を修正します。セレクターの鍵を公開し、インスタンス番号を正しく付け、シール後にメッセージを変更しないようにします。元の送信者は他のシステムのチェーンを修復できないため、完全なヘッダー付きのバウンスをリストまたは転送サービスの運用者に送ってください。</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>レジストリの意味の 5.7.29 は、同じ内容のまま再試行しないでください。壊れたチェーンはメッセージの一部であり、再び失敗します。Gmail の 4.7.29 による受信保留は、接続が TLS を使うようになって初めて再試行が成功します。</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>中継システムが ARC セットを追加した後でメッセージを変更したため、その ARC-Message-Signature が壊れました。</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>ARC-Seal で指定されたセレクターの公開鍵が DNS に存在しません。</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>ARC セットが欠けているか順序が乱れており（インスタンス番号 i=1、i=2 などが連続していない）、チェーンが無効になっています。</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>後続のホップが cv=fail でシールし、チェーンがすでに壊れていることを示しました。</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>ARC ヘッダーを、i= のインスタンス番号と各 ARC-Seal の cv= の結果とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>保存したメッセージのコピーでチェーンを検証します（arcverify は python3-dkim に含まれています）。</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>失敗している ARC-Seal の s= と d= に対応する鍵を取得します。</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>ARC とは関係ありません。Gmail は、メッセージが TLS を使わない接続で届いた場合に 4.7.29（受信保留）と 5.7.29（拒否）を返します。送信側の MTA が Gmail の MX ホストに対して STARTTLS を使うようにし、送信経路上のすべての中継サーバーを確認してください。</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>REQUIRETLS のサポートが必要です</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>メッセージが REQUIRETLS オプション（RFC 8689）付きで送信されており、すべてのホップで検証済みの TLS と REQUIRETLS のサポートが要求されているのに、サーバーがそれに対応する次のホップを見つけられなかったことを示します。保護を外して配送する代わりに、メッセージは差し戻されます。恒久的なエラーです。これはレジストリの意味であり、Gmail は同じ番号を DKIM の失敗に使っています（プロバイダーの項を参照）。</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>主に、次のサーバーの EHLO 応答に REQUIRETLS が記載されていなかった後に、送信者自身の送信用中継サーバーまたはその先のホップから送られるバウンス（DSN）で見られます。MAIL FROM ... REQUIRETLS を直接拒否する際にこのコードを使う実装もあります。REQUIRETLS を実装しているサーバーは少ないため、まだまれです（Postfix は最近のバージョンでのサポートを文書化しています）。</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>判断するのは送信者です。内容が暗号化されていない、または検証されていない経路を通ってはならないものであれば、この受信者へはメールで送らないか、受信側の管理者に DANE または MTA-STS とあわせて REQUIRETLS を有効にするよう依頼します。そうでなければ REQUIRETLS なしで再送します。これは送信クライアントまたは組織のメールポリシーで制御します。</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>レジストリの意味の 5.7.30 は再試行しないでください。試行の合間に経路が REQUIRETLS をサポートするようになることはありません。Gmail の 4.7.30 による受信保留は通常どおり再試行されますが、DKIM に合格するまで成功しません。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>受信者のメールサーバーが REQUIRETLS を提示していません（現在もほとんどのサーバーがそうである）。</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>送信フィルタリングサービスやスマートホストなど、経路上の中継サーバーが REQUIRETLS をサポートしていません。</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>送信クライアントが、REQUIRETLS に対応できないサーバーを持つ受信者宛てのものも含め、すべてのメールに REQUIRETLS を設定しています。</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>受信者ドメインの MX ホストを調べます。</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>MX が STARTTLS 後の EHLO 応答で REQUIRETLS を記載しているかを確認します。</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>バウンスの Reporting-MTA と Remote-MTA のフィールドを読み、どのホップが配送を断念したか、またそれが自組織の中継サーバーかどうかを確認します。</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>REQUIRETLS とは関係ありません。Gmail は、送信者ガイドラインに基づく DKIM にメッセージが合格しなかった場合に 4.7.30（受信保留）と 5.7.30（拒否）を返します。自組織のドメインで送信メールに DKIM 署名を付け、鍵を公開してください。</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>SMTP サーバーに接続できない</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>ソケット エラー 10051</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>SMTP サーバーに接続できない</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>送信したのに届かない</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>グレーリスティング</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>ソフトバウンス</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>グレーリスティング</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>ソフトバウンス</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>STARTTLS に失敗</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>該当ユーザーなし</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>無効な受信者</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>存在しないアドレス</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>アドレスの形式が正しくない</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>安全性の低いアプリ</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>二要素認証（2FA）</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>パスワードが間違っている</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>該当ユーザーなし</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>ブラックリスト登録</translation>
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
        <translation>ハードバウンス</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>メッセージサイズが大きすぎる</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>添付ファイルが大きすぎる</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>ブラックリスト登録</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>ハードバウンス</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>ブラックリスト登録</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>原因不明のエラー</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>無効なアドレス</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>該当ユーザーなし</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>無効な受信者</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>受信者が見つからない</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>アドレスが存在しない</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>存在しないメールアドレス</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>ドメインが存在しない</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>MX レコードがない</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>無効なメールアドレス</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>不正な形式のアドレス</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>アカウント閉鎖</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>退職した社員</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>無効な送信者アドレス</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>不正な形式の MAIL FROM</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>送信者ドメインが存在しない</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>メールボックスエラー</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>アカウントが無効</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>メールボックスが無効化されている</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>クォータ超過</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>受信トレイがいっぱい</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>保存容量不足</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>メッセージが大きすぎる</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>添付ファイルが大きすぎる</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>配布リスト</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>内部サーバーエラー</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>ディスクがいっぱい</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>ディスク容量不足</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>メールサーバーが停止している</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>メッセージが大きすぎる</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>添付ファイルが大きすぎる</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>メールサーバーの設定ミス</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>ルーティングエラー</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>サーバーが応答しない</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>メールサーバーに接続できない</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>ポート 25 がブロックされている</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>接続がリセットされた</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>接続が切断された</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS エラー</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS タイムアウト</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>名前解決の失敗</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>MX レコードがない</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>接続数が多すぎる</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>送信数の上限超過</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>配送遅延</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>キューに滞留したメッセージ</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>配送タイムアウト</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>SMTP プロトコルエラー</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>受信者数の上限</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>無効なパラメーター</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>破損したメッセージ</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>不正な MIME</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>サポートされていないコンテンツタイプ</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>国際化メールアドレス</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>TLS 必須</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>SMTP 認証が必要</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>ブラックリスト登録</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>拒否リスト</translation>
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
        <source>not allowed to send to this group</source>
        <comment>X.7.2|keywords</comment>
        <translation>このグループへの送信が許可されていない</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>サポートされていない認証方式</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>証明書エラー</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>SSL エラー</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>サポートされていない暗号方式</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>署名の不一致</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>パスワードが間違っている</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>二要素認証</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>アカウントがロックされている</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>安全性の低いアプリ</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>再利用されたメールアドレス</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>DKIM 失敗</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>署名なしメール</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>弱い DKIM 鍵</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>DKIM アライメント</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>From ドメインの不一致</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>SPF の 10 回ルックアップ制限</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>複数の SPF レコード</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>逆引き DNS がない</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>DMARC 失敗</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>サブスクリプションボミング</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>認証失敗</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>ドメインが見つからない</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>接続の切断</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS 参照の失敗</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>中継拒否</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>中継は許可されていません</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>認証失敗</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF 認証失敗</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>PTR レコードなし</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>メールボックス容量超過</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>クォータ超過</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>メールボックス容量超過</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>クォータ超過</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>VRFY に対して、250 はメールボックスの存在を確認するものです。252 は確認も否定もしませんが、サーバーはそのアドレス宛てのメールを受け付けます。</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>これらの応答が返るのは VRFY だけです。ほとんどのサーバーは、アドレスを収集されないように、すべての VRFY に 252 で応答します。</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>252 をアドレスが存在する証拠と考えないでください。アドレスを確かめるには、メッセージを送るか、RCPT TO への応答を確認します。</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>どちらも受信者がローカルにいないことを示します。251 はメッセージを受け付けて転送し、551 は受け付けを拒否して送り先を示します。</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 は RCPT TO に対する成功応答です。551 は &quot;please try &lt;forward-path&gt;&quot; を伴う恒久的な失敗です。</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>251 の後は何もする必要はありませんが、アドレス帳を更新してもかまいません。551 の後は、示されたアドレスが正しいことを確認したうえで、そのアドレスに再送します。</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 はセッション全体を終了させ、そのセッション上のすべてのメッセージと受信者に影響します。450 は 1 つのメール操作、通常は 1 人の受信者を拒否するだけで、セッションは続きます。</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 は接続直後の最初の行（グリーティング）や、サーバーが接続を切る直前の最後の行であることが多く、テキストはサービス、接続、または送信元の IP アドレスに触れています。450 は MAIL FROM や RCPT TO への応答で、メールボックスや、グレーリスティングなどの理由を示します。</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>どちらも送信側サーバーが再試行します。421 の場合は、送信者側全体を見直します。接続数、送信レート、IP アドレスのレピュテーションです。450 の場合は、その受信者またはグレーリスティングの遅延時間を確認し、同じ IP アドレスからの次の再試行を待ちます。</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>グリーティングの時点ではどちらも接続を断りますが、421 は「後で再試行してください」、554 は「このクライアントにはサービスを提供しない」という意味です。</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>決め手は最初の桁です。グリーティング時の 421 には、負荷、接続数の超過、一時的なブロックに関するテキストが付きます。グリーティング時の 554 はブロックリストや恒久的な拒否を示し、サーバーは QUIT までのすべてのコマンドに 503 で応答します。</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>421 の場合は、最初は何もしません。繰り返すようなら同時接続数を減らします。554 の場合は、送信元 IP アドレスをブロックリストで調べ、レピュテーションの問題を解消します。同じ IP アドレスから再試行しても解決しません。</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 は受信者のメールボックスに関するもの（使用中、ロック中、グレーリスティング）です。451 は受信側サーバー自体に関するもので、処理中にエラーが発生したことを示します。</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>拡張ステータスコードとテキストで見分けられます。450 には 4.2.x や、受信者を示すグレーリスティングのメッセージが付きます。451 には 4.3.0、4.4.x、&quot;Temporary local problem&quot; が付き、多くの場合、受信側で DNS の検索やコンテンツスキャナーが失敗した後に返されます。</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>どちらも、最初は送信者が対応する必要はありません。キューが再試行します。450 が何日も続く場合は、受信者側の管理者にメールボックスについて問い合わせます。451 が続く場合は受信側の管理者がサーバーを修理する必要があるので、正確な応答行を伝えてください。</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>メールボックスを利用できないという同じ状態ですが、450 は一時的、550 は恒久的です。</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>違うのは最初の桁だけです。450 の後、メッセージは送信者のキューに残り、遅延通知が届くことがあります。550 の後、送信者のサーバーは直ちに断念してバウンスを返します。</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>450 の後は手動で再送しないでください。キューが自動的に再試行します。550 の後は、同じメッセージを再送しても何も変わりません。アドレスを修正するか、拡張ステータスコードが示す理由を取り除いてから、もう一度送信します。</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 は受信側サーバーでの処理エラーです。452 はリソースが尽きたことを示します。ディスク容量、メールボックスのクォータ、または 1 つのトランザクションで許可される受信者数です。</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 は尽きたリソースを示します。&quot;Too many recipients&quot;（4.5.3）、&quot;Insufficient system storage&quot;（4.3.1）、またはメールボックスの容量超過（4.2.2）です。451 は、ローカルのエラー、検索の失敗、応答しなかったサービスについて述べます。</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>452 に 4.5.3 が付いている場合は問題ありません。送信側サーバーが残りの受信者に別のトランザクションで配送します。記憶領域の場合は、受信側の管理者が空きを確保します。451 の場合は再試行を待ち、エラーが続くようなら受信側の管理者に報告します。</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>どちらも記憶領域に関するものです。452 は一時的（空きができる可能性がある）、552 は恒久的（このメッセージについて割り当てを超えている）です。</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>拡張ステータスコードでケースを区別できます。4.2.2 や 4.3.1 を伴う 452 は、回復する可能性のあるメールボックスやディスクの容量不足です。5.2.2 を伴う 552 はクォータを超えたメールボックス、5.3.4 や 5.2.3 を伴う 552 は大きすぎるメッセージです。</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>452 の場合は、キューに再試行を任せ、受信者にメールボックスがいっぱいであることを伝えます。5.2.2 を伴う 552 の場合は、受信者に空きを作ってもらってから再送します。サイズに関するコードを伴う 552 の場合は、メッセージを小さくするか、添付ファイルの代わりにリンクを送ります。</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 はサーバー側での TLS または認証の一時的な失敗です。530 はクライアントが満たしていない要件を示します。</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 は STARTTLS や AUTH そのものへの応答（&quot;454 4.7.0 Temporary authentication failure&quot;）なので、クライアントは正しく動作しています。530 は、クライアントが STARTTLS や AUTH を省略したときに MAIL FROM への応答として返されます。</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>454 の後は、クライアントが後で再試行し、受信側の管理者が証明書やパスワードのバックエンドを確認します。530 の後は、クライアントの設定を変更する必要があります。TLS を開始してから認証します。</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 はサーバーがその行を理解できなかったことを意味します。502 はコマンドを理解したものの、ここでは実装していないことを意味します。</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 は、VRFY や EXPN など、無効化されている既知のコマンドへの応答です（&quot;502 5.5.1 VRFY command is disabled&quot;）。500 は、意味をなさない入力、長すぎる行、またはプレーンテキストのポートへの TLS ハンドシェイクのような別のプロトコルへの応答です。Postfix 3.7 以降は、未知のコマンドにも 500 5.5.2 で応答します。</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>500 の場合は、クライアントが正しいポートに正しいモード（465 では暗黙的 TLS、587 と 25 では STARTTLS）で SMTP を話しているかを確認します。502 の場合は、そのコマンドを使うのをやめます。何も壊れていません。</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 はコマンドの引数の書き方を拒否します。553 はメールボックス名そのものを拒否します。</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 は不正な構文に対して返されます。山かっこの欠落、無効な EHLO 名、未知のパラメーター（&quot;501 5.5.4&quot;）などです。553 は、構文としては解析できても受け付けられないアドレス（5.1.3、5.1.7、またはログインしたアカウントが所有していない送信者）に対して返されます。</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>501 の場合は、コマンド自体の形式が不正なので、送信ソフトウェアまたはその設定を修正します。553 の場合は、ユーザーが入力したアドレスや、送信者として名乗っている ID を修正します。</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 は順序の誤ったコマンドです。530 は、クライアントが認証するか TLS を開始するまで拒否されるコマンドです。</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 は、MAIL FROM より前の RCPT TO、受信者がいない状態での DATA、提供されていない場面での AUTH（Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;）に対して返されます。530 は MAIL FROM に対して &quot;Authentication required&quot; や &quot;Must issue a STARTTLS command first&quot; とともに返されます。</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>503 の場合は、クライアントの手順を EHLO、STARTTLS、再度の EHLO、AUTH、MAIL FROM、RCPT TO、DATA の順に修正します。530 の場合は、クライアントのアカウント設定で TLS と SMTP 認証を有効にします。</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 はクライアントが認証していないことを意味します。535 は認証を試みたものの、認証情報が拒否されたことを意味します。</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 は AUTH への応答です。530 は、AUTH を一度も送っていないクライアントからの MAIL FROM や RCPT TO への応答です。</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>530 の場合は、クライアントで認証を有効にします。535 の場合は、ユーザー名とパスワード、プロバイダーがアプリ パスワードを必要としていないか、そのアカウントで SMTP AUTH が許可されているかを確認します。</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 はサインインの方法を拒否します。535 は認証情報を拒否します。</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>534 の場合、パスワード自体は正しい可能性が十分にあります。認証方式が弱すぎるか、プロバイダーがアプリ パスワードやブラウザーでのサインインを求めています（Gmail: &quot;534-5.7.9 Application-specific password required.&quot;）。535 の場合は、ユーザー名やパスワードが誤っているか、そのアカウントでは SMTP を使えません。</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>534 の場合は、プロバイダーの求めに応じて、TLS とより強力な認証方式、アプリ パスワード、または OAuth を使います。535 の場合は、認証情報を修正するか、アカウントのロックを解除します。</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>1 つの応答の 2 つの層です。535 は認証情報の拒否を示す基本コード、5.7.8 は同じことを示す拡張ステータスコードで、通常は 535 5.7.8 としてまとめて届きます。</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>クライアントのログでは、AUTH の直後に &quot;535 5.7.8&quot; や &quot;535-5.7.8 Username and Password not accepted&quot; と表示されます。拡張ステータスコードを付けずに 535 を送るサーバーもありますが、意味は同じです。</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>認証情報（ユーザー名、パスワード、またはアプリ パスワード）を修正し、そのアカウントで SMTP AUTH を使えるかを確認します。</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 は受信者がこのサーバーにいないことを示し、代わりの送り先を示します。550 は別の送り先を示さずに受信者を拒否します。</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>551 の応答には転送先パス（&quot;please try &lt;address&gt;&quot;）が含まれます。現在ではまれで、中継の拒否に誤用するサーバーもあります。550 の応答には、代わりに理由や拡張ステータスコードが示されます。</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>551 の後は、示されたアドレスが本物であることを確認してから、そのアドレスに再送します。550 の後は拡張ステータスコードを読みます。5.1.1 はアドレスの誤り、5.7.1 はポリシーによる拒否です。</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 はアドレスそのもの、つまりその形式や、送信者がそのアドレスを使う権利を拒否します。550 は別の理由でメールボックスやメッセージを拒否します。</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 は通常、MAIL FROM や RCPT TO の時点で、5.1.3、5.1.7、または &quot;Sender address rejected: not owned by user&quot; のようなテキストとともに返されます。550 は 5.1.1（該当ユーザーなし）、5.7.1（ポリシー）、またはブロックとともに返されます。</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>553 の場合は、アドレスを修正します。入力ミス、使用できない文字、またはログインしたアカウントでは使えない From アドレスです。550 の場合は、拡張ステータスコードに従って対処します。</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 は通常 1 人の受信者を拒否します。554 はトランザクション全体を、接続時またはメッセージデータの後に拒否します。</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>返される位置に注目します。550 は RCPT TO（または MAIL FROM）への応答です。554 はグリーティング（&quot;No SMTP service here&quot;）か、コンテンツやレピュテーションのチェックが行われる DATA の終了への応答です。</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>550 の場合は、受信者のアドレスや、その受信者に対するポリシー上の理由を確認します。DATA の後の 554 の場合は、コンテンツ、ブロックリスト上の送信元 IP アドレス、ドメインの認証を確認します。グリーティング時の 554 の場合は、IP アドレス自体が拒否されています。</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>二者択一ではなく、1 つの応答の 2 つの層です。550 は基本の応答コード（恒久的、メールボックスを利用できない）で、5.1.1 はその理由（メールボックスが存在しない）を示す拡張ステータスコードです。</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>&quot;550 5.1.1 User unknown&quot; のような応答には両方が含まれます。550 は 5.7.1、5.2.1、5.1.10 などとも一緒に使われるので、550 だけでは理由はわかりません。5.1.1 はバウンス通知の Status フィールドにも現れます。</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>拡張ステータスコードがあれば先に読みます。2 つのうちでより詳しいのはこちらです。応答に 550 しかない場合は、その後に続くテキストだけが手がかりです。</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>1 つの応答の 2 つの層です。552 は記憶領域の割り当て超過を示す基本コード、5.3.4 はメッセージがシステムにとって大きすぎることを示す拡張ステータスコードです。</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>552 は 5.2.2（メールボックスの容量超過）や 5.2.3（受信者側のサイズ上限）とも一緒に使われるため、552 だけでは判断できません。5.3.4 を伴う場合、理由はサーバーのメッセージサイズの上限です。</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>拡張ステータスコードを読みます。5.3.4 の場合はメッセージを小さくして送ります。5.2.2 の場合は受信者が空きを作る必要があります。</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 は誰からのメールも一切受け付けないホストです。グリーティング時の 554 はこのクライアントを拒否するもので、通常は IP アドレスが理由です。</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 はメールをまったく受信しないよう設定されたホストから返され、そのドメインは null MX も公開していることがよくあります。グリーティング時の 554 は、典型的にはブロックリスト、ポリシー、または送信元のアドレスを示します。</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>521 の後は、そこへの送信をやめます。アドレスか MX レコードが誤っています。554 の後は、示されたブロックリストで送信元 IP アドレスを確認して掲載解除を依頼するか、レピュテーションの良いサーバー経由で送信します。</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 は受信者のドメインがメールを一切受信しないことを示します。554 はこのトランザクションが失敗したことを示し、理由はテキストに書かれています。</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 は 5.1.10 とともに返され、多くの場合、受信者側に接続する前に、ドメインの null MX（&quot;MX 0 .&quot;）を見つけた自分の送信側サーバーから返されます。554 はグリーティング時または DATA の後に、リモートサーバーから返されます。</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>556 の後は、そのアドレスは使えません。受信者に別のアドレスを尋ねます。554 の後は、テキストを読みます。ブロックリスト、コンテンツ、ポリシーのいずれかです。</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 は受信者側のサーバーが知らないメールボックスです。5.1.10 は、メールを一切受信しないと宣言している（null MX）ドメインです。</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 は RCPT TO の後に受信者側のサーバーから返されます。5.1.10 は通常、ドメインの null MX を読み取って接続しなかった自分の送信側サーバーから返されます。</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 の場合は、@ より前の部分に入力ミスがないか確認します。5.1.10 の場合は、メールボックス名をどう書いても届きません。別のドメインのアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 は存在しないアドレスです。5.2.1 は存在するものの、無効化または停止されているメールボックスです。</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>テキストで見分けられます。5.1.1 では &quot;does not exist&quot;、&quot;no such user&quot;、&quot;user unknown&quot;、5.2.1 では &quot;disabled&quot;、&quot;inactive&quot;、&quot;suspended&quot; といった表現が使われます。</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>5.1.1 の場合は、アドレスを修正します。5.2.1 の場合は、別の方法で受信者に連絡を取ります。バウンスが何週間も続く場合は、そのアドレスは使われなくなったものとして扱い、リストから削除します。</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 は @ より前の部分（メールボックス）の誤りを示し、5.1.2 は @ より後の部分（ドメイン）の誤りを示します。</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 は、DNS でドメインを見つけられなかった自分のサーバーから返されることがよくあります。5.1.1 は、メールボックスを検索して何も見つからなかった受信者側のサーバーから返されます。</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>誤っている部分を修正します。5.1.1 ではユーザー名、5.1.2 ではドメインです。</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 は受信者のドメインが有効なメールの宛先ではないことを示します。5.4.4 は送信側のシステムがそこへの経路を見つけられなかったことを示します。</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 は存在しないドメイン（NXDOMAIN）に対して返され、多くの場合は入力ミスが原因です。5.4.4 は、DNS が応答するものの使える経路がない場合に返されます。アドレスのない名前を指す MX や、名前解決できないレコードなどです。</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>5.1.2 の場合は、ドメインのつづりを修正します。5.4.4 の場合は、受信者ドメインの管理者が MX レコードを修正します。多数のドメインで失敗する場合は、送信側サーバー自身の DNS リゾルバーを確認します。</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 はメールを受信しない受信者のドメインに関するものです。5.7.27 は、メールを受信しないと宣言しているために送信者として拒否される送信者のドメインに関するものです。</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 は受信者のアドレスを示し、通常は自分の送信側サーバーから返されます。5.7.27 は、MAIL FROM や From のドメインについて受信側サーバーから返されます。</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>5.1.10 の場合は、別の受信者アドレスを使います。5.7.27 の場合は、送信者側の管理者が null MX を削除するか、返信やバウンスを受信できるドメインから送信します。</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>同じメールボックスの容量超過ですが、4.2.2 は送信側サーバーが再試行し、5.2.2 では直ちに断念されます。</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>違うのはクラスだけで、同じ状況でもサーバーによって選ぶコードが異なります。452 4.2.2 を送るサーバーが多い一方、552 5.2.2 を送るサーバーもあります。</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>4.2.2 の後は何もする必要はありません。キューが再試行するので、受信者にメールボックスがいっぱいであることを伝えるとよいでしょう。5.2.2 の後は、メッセージを再送する前に受信者が空きを作る必要があります。</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 はメールボックスの容量超過です。5.2.3 は 1 通のメッセージが受信者のサイズ上限を超えていることを示します。</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>5.2.2 ではテキストがクォータやメールボックスの容量超過について、5.2.3 ではメッセージサイズについて述べています。短いテストメッセージは 5.2.3 のメールボックスには届きますが、5.2.2 のメールボックスには届きません。</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>5.2.2 の場合は、受信者が空きを作ります。5.2.3 の場合は、送る量を減らします。添付ファイルを圧縮するか、リンクで共有します。</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>どちらもサイズに関するものです。5.3.4 はサーバー全体の上限、5.2.3 は受信者やメールボックスごとに設定された上限です。</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 は、SIZE パラメーターがサーバーの通知した上限を超えている場合には早くも MAIL FROM の時点で返され、そのサーバーのすべての受信者に適用されます。5.2.3 は特定の受信者に対して返されます。</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>どちらの場合も、メッセージを小さくして送ります。5.3.4 の上限を引き上げられるのは受信側の管理者だけです（Postfix では message_size_limit）。5.2.3 の上限は、そのメールボックスやグループに固有のものである可能性があります。</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 は受信側ホストに接続できなかったことを意味します。4.4.2 は接続できたものの、その後切断されたことを意味します。</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix は、接続中の &quot;Connection timed out&quot; や &quot;Connection refused&quot; とともに 4.4.1 を、&quot;lost connection with ... while sending ...&quot; とともに 4.4.2 をログに記録します。</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>4.4.1 の場合は、外向きのポート 25 が開いていること、MX ホストが稼働していること、そのアドレスが正しいことを確認します。4.4.2 の場合は、セッションの途中で相手側に何が起きたかを調べます。タイムアウト、TLS の失敗、長い転送を切断するファイアウォールなどです。</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>どちらも期限内に配送できなかったメッセージに関するものです。4.4.7 はまだキューに残っていることを知らせる警告で、5.4.7 はキューの保持期間が切れた後の最終的な失敗です。</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>4.4.7 の通知は、メッセージが遅延しており、サーバーが試行を続けることを伝えます（Action: delayed）。5.4.7 のバウンスは、サーバーが断念したことを伝え（Action: failed）、メッセージを返送します。</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>4.4.7 の後は、まだ何も失われていません。宛先に到達できない理由を調べます。5.4.7 の後は、宛先がメールを受け付けるようになってから、メッセージを送り直す必要があります。</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>どちらも受信者が多すぎることを示します。4.5.3 は残りを別のトランザクションで送るよう求め、5.5.3 は受信者が多すぎるとしてメッセージを拒否します。</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 は、サーバーのトランザクションあたりの上限に達した後に 452 とともに返されます。それまでに受け付けられた受信者にはメッセージが届きます。5.5.3 は恒久的な拒否で、多くの場合、プロバイダーのメッセージあたりの受信者数の上限によるものです。</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>4.5.3 の後は何もする必要はありません。メールサーバーが残りの受信者に自動的に送信します。5.5.3 の後は、受信者リストを分割するか、メーリングリストや一斉配信サービスを使います。</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>どちらも一時的なセキュリティまたはポリシー上の拒否です。4.7.0 は具体的な理由を示さず、4.7.1 は現時点では配送が許可されていないことを示します。</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 は、TLS や認証の問題、不審な通信に対するレート制限とともに使われることがよくあります。4.7.1 は、グレーリスティングや送信元 IP アドレスの一時的なブロックとともに使われることがよくあります。信頼できる手がかりはテキストだけです。</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>どちらの場合も、キューに再試行を任せます。続く場合は、送信元 IP アドレスのレピュテーションと逆引き DNS、ドメインの SPF と DKIM、TLS が機能しているかを確認します。</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 は理由が特定されていないセキュリティ上の拒否です。5.7.1 は、送信者、受信者、または中継が許可されていないことによる拒否です。</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 は、TLS や認証を先に行う必要がある場合に 530 とともに使われるのが典型です。5.7.1 は通常、550 や 554 と、中継の拒否、ブロックリスト、受信者に対するポリシーといった理由とともに返されます。</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>5.7.0 の場合は、テキストが示す要件（STARTTLS、AUTH）を満たします。5.7.1 の場合は、示された理由に応じて対処します。中継のために認証する、掲載解除を受ける、受信者にその送信者を許可してもらう、などです。</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 はあらゆる認可の拒否です。5.7.26 は、認証（SPF と DKIM、したがって DMARC）に失敗したメールに特化したものです。</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>5.7.26 のテキストは、認証、SPF、DKIM、DMARC について述べています。5.7.1 のテキストは、中継、ブロックリスト、ポリシー、送信者を示します。</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>5.7.26 の場合は、送信ドメインの管理者が SPF を修正し、DKIM で署名し、両方を From ドメインにアラインさせます。5.7.1 の場合は、テキストに示された理由に従います。</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>配送が許可されないという同じ拒否ですが、4.7.1 は一時的、5.7.1 は恒久的です。</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>クラスで判断できます。4.7.1 では、メッセージは送信者のキューに残ります。通常はグレーリスティングや一時的なブロックによるものです。5.7.1 では、直ちに返送されます。</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>4.7.1 の後は、同じ IP アドレスからの再試行をキューに任せます。5.7.1 の後は、テキストが示す理由を取り除いてから再送します。</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 はユーザー名やパスワードの拒否です。5.7.0 は理由が特定されていないセキュリティ上の理由で、サインイン時には、そもそも認証が必要であることを示す場合がよくあります。</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 は AUTH の後に、通常は 535 5.7.8 として返されます。5.7.0 は、クライアントがサインインせずに、または TLS なしで送信しようとしたときに、AUTH より前に 530 5.7.0 として返されます。</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 の場合は、認証情報を修正するか、アプリ パスワードを使います。5.7.0 の場合は、クライアントで TLS と認証を有効にします。</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 は認証情報を拒否します。5.7.9 は認証方式またはパスワードの種類を拒否します。</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 は 535 とともに返されます。5.7.9 は 534 と、&quot;Application-specific password required&quot; のようなテキストとともに返されます。</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>5.7.8 の場合は、ユーザー名またはパスワードを修正します。5.7.9 の場合は、プロバイダーの求めに応じて、より強力な認証方式、アプリ パスワード、または OAuth に切り替えます。</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>どちらも認証に暗号化が必要であることを示します。5.7.10（523 とともに使用）は認証方式を使う前に暗号化レイヤーを求め、5.7.11（538 とともに使用）は選択された認証方式が暗号化された接続上でしか使えないことを示します。</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>基本コードで区別できます。523 は 5.7.10 と、538 は 5.7.11 と組み合わされます。どちらも暗号化されていない接続上の AUTH への応答で、どちらもまれです。最近のサーバーは TLS の前にパスワードを使う認証方式を提示しないからです。</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>どちらの場合も、AUTH の前に TLS を開始し（STARTTLS、またはポート 465 での暗黙的 TLS）、クライアントが平文にフォールバックしないことを確認します。</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 は SPF のチェックだけの失敗です。5.7.26 は複数の認証チェックに失敗したこと、つまりメッセージには合格した DKIM 署名もなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>5.7.23 のテキストは SPF を示し、送信元 IP アドレスも示すことがよくあります。5.7.26 のテキストは、メッセージが認証されていないことを述べるか、DMARC に触れています。</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>5.7.23 の場合は、送信側サーバーやサービスをドメインの SPF レコードに追加します。5.7.26 の場合は、それに加えて From ドメインにアラインした DKIM で署名します。</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 は、有効な逆引き DNS を持たない送信元 IP アドレスを拒否します。5.7.1 は一般的な認可の拒否です。</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>5.7.25 のテキストは PTR や逆引き DNS に触れています（Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;）。5.7.1 はそれ以外の理由を示します。</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>5.7.25 の場合は、その IP アドレスの所有者（ホスティングプロバイダーやネットワークプロバイダー）に、同じアドレスに正引きで戻る名前の PTR レコードを依頼します。5.7.1 の場合は、テキストに従います。</translation>
    </message>
</context>
</TS>
