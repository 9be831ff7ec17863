<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open connection</source>
        <comment>101|title</comment>
        <translation>Không thể mở kết nối</translation>
    </message>
    <message>
        <source>No RFC defines 101 as an SMTP reply: SMTP servers may only send codes that start with 2, 3, 4 or 5, and SMTP has no 1xx class at all. The number people see is almost always an operating-system error number, usually Linux errno 101, ENETUNREACH (Network is unreachable), shown by a client or library that could not even open the TCP connection. It is usually confused with 421 or with the enhanced code 4.4.1 that mail servers log for the same kind of failure.</source>
        <comment>101|summary</comment>
        <translation>Không có RFC nào định nghĩa 101 là mã phản hồi SMTP: máy chủ SMTP chỉ được gửi các mã bắt đầu bằng 2, 3, 4 hoặc 5, và SMTP hoàn toàn không có lớp 1xx. Con số mà người dùng nhìn thấy hầu như luôn là mã lỗi của hệ điều hành, thường là errno 101 của Linux, ENETUNREACH (Network is unreachable), do một máy khách hoặc thư viện hiển thị khi thậm chí không mở được kết nối TCP. Nó thường bị nhầm với 421 hoặc với mã trạng thái mở rộng 4.4.1 mà máy chủ thư ghi vào nhật ký cho cùng loại lỗi này.</translation>
    </message>
    <message>
        <source>Before any SMTP dialogue, while the client is still trying to connect. Typical sources are PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), Python smtplib (&quot;[Errno 101] Network is unreachable&quot;) and Postfix log lines such as &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, very often for the IPv6 address of a destination MX on a host without working IPv6.</source>
        <comment>101|whenSeen</comment>
        <translation>Trước khi có bất kỳ hội thoại SMTP nào, khi máy khách vẫn đang cố kết nối. Các nguồn điển hình là PHPMailer (&quot;Failed to connect to server: Network is unreachable (101)&quot;), smtplib của Python (&quot;[Errno 101] Network is unreachable&quot;) và các dòng nhật ký Postfix như &quot;connect to mail.example.com[2001:db8::25]:25: Network is unreachable&quot;, rất hay gặp với địa chỉ IPv6 của MX đích trên một máy không có IPv6 hoạt động.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message or the recipient: the sending host has no network path to the server. The sender&apos;s admin (or whoever runs the host the script lives on) checks the default route and, when the failures are for IPv6 addresses, either repairs IPv6 connectivity or makes the mail software use IPv4 only (in Postfix, inet_protocols = ipv4). Also confirm that the server name in the client&apos;s settings resolves to the address you expect and that a VPN or container network is not missing a route. Queued mail goes out on the next retry once the host can reach the server.</source>
        <comment>101|howToFix</comment>
        <translation>Thư và người nhận không có vấn đề gì: máy gửi không có đường mạng tới máy chủ. Quản trị viên phía người gửi (hoặc người quản lý máy đang chạy script) kiểm tra tuyến mặc định (default route) và, khi lỗi xảy ra với địa chỉ IPv6, thì hoặc sửa kết nối IPv6, hoặc cấu hình phần mềm thư chỉ dùng IPv4 (trong Postfix: inet_protocols = ipv4). Đồng thời xác nhận rằng tên máy chủ trong cấu hình của máy khách phân giải ra đúng địa chỉ mong đợi và VPN hay mạng container không bị thiếu tuyến. Thư đang nằm trong hàng đợi sẽ được gửi đi ở lần thử lại kế tiếp khi máy gửi đã kết nối được tới máy chủ.</translation>
    </message>
    <message>
        <source>A mail server treats it as a temporary failure: the message stays queued and is retried with backoff. A script or application should retry after a delay or report the failure to its user; repeating the attempt will not help until the route is fixed.</source>
        <comment>101|retry</comment>
        <translation>Máy chủ thư coi đây là lỗi tạm thời: thư được giữ trong hàng đợi và được thử lại với khoảng chờ tăng dần. Script hoặc ứng dụng nên thử lại sau một khoảng thời gian hoặc báo lỗi cho người dùng; lặp lại ngay sẽ không có tác dụng cho tới khi tuyến mạng được sửa.</translation>
    </message>
    <message>
        <source>The destination has an AAAA record and the sending host has IPv6 switched on but no IPv6 default route, so every IPv6 attempt fails at once.</source>
        <comment>101|causes</comment>
        <translation>Máy chủ đích có bản ghi AAAA, còn máy gửi bật IPv6 nhưng không có tuyến mặc định IPv6, nên mọi lần thử qua IPv6 đều thất bại ngay lập tức.</translation>
    </message>
    <message>
        <source>The sending host has no usable default route at all, for example a container, VM or freshly installed server with a wrong gateway.</source>
        <comment>101|causes</comment>
        <translation>Máy gửi hoàn toàn không có tuyến mặc định nào dùng được, ví dụ một container, máy ảo hoặc máy chủ mới cài đặt với gateway sai.</translation>
    </message>
    <message>
        <source>A VPN, policy route or firewall rule on the sending side sends traffic for the server&apos;s network nowhere.</source>
        <comment>101|causes</comment>
        <translation>Một VPN, tuyến theo chính sách (policy route) hoặc quy tắc tường lửa ở phía gửi khiến lưu lượng tới mạng của máy chủ không được chuyển đi đâu cả.</translation>
    </message>
    <message>
        <source>The number was copied from a blog list of “SMTP error codes”; it is the client&apos;s socket error, not anything a mail server said.</source>
        <comment>101|causes</comment>
        <translation>Con số này được chép từ một danh sách “mã lỗi SMTP” trên blog; đó là lỗi socket của máy khách, không phải điều gì do máy chủ thư trả lời.</translation>
    </message>
    <message>
        <source>Look up the IPv6 and IPv4 addresses the client will try for the server.</source>
        <comment>101|checks.step</comment>
        <translation>Tra cứu các địa chỉ IPv6 và IPv4 mà máy khách sẽ thử khi kết nối tới máy chủ.</translation>
    </message>
    <message>
        <source>Ask the kernel which route it would use for the failing address; an error here confirms the routing problem.</source>
        <comment>101|checks.step</comment>
        <translation>Hỏi kernel xem nó sẽ dùng tuyến nào cho địa chỉ bị lỗi; nếu lệnh này báo lỗi thì đúng là có vấn đề định tuyến.</translation>
    </message>
    <message>
        <source>Try a plain TCP connection to the port the client uses (25, 465 or 587).</source>
        <comment>101|checks.step</comment>
        <translation>Thử một kết nối TCP thuần tới cổng mà máy khách sử dụng (25, 465 hoặc 587).</translation>
    </message>
    <message>
        <source>On a Postfix host, list the recent unreachable-network failures and note whether they are all IPv6.</source>
        <comment>101|checks.step</comment>
        <translation>Trên máy chủ Postfix, liệt kê các lỗi mạng không truy cập được (unreachable) gần đây và xem có phải tất cả đều là IPv6 hay không.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <comment>111|title</comment>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>No RFC defines 111 as an SMTP reply; a mail server can never send it, because SMTP replies start with 2, 3, 4 or 5. The number is Linux errno 111, ECONNREFUSED: the client&apos;s connection attempt was actively rejected, by a TCP reset or an ICMP port-unreachable, because nothing listens on that port or a firewall rejects it. It is often confused with 421 or 554, which come from a server that did answer, and it matches the 4.4.1 that mail servers log for failed connections.</source>
        <comment>111|summary</comment>
        <translation>Không có RFC nào định nghĩa 111 là mã phản hồi SMTP; máy chủ thư không bao giờ có thể gửi mã này, vì phản hồi SMTP luôn bắt đầu bằng 2, 3, 4 hoặc 5. Con số này là errno 111 của Linux, ECONNREFUSED: yêu cầu kết nối của máy khách bị chủ động từ chối, bằng gói TCP reset hoặc ICMP port-unreachable, vì không có dịch vụ nào lắng nghe trên cổng đó hoặc tường lửa từ chối nó. Nó thường bị nhầm với 421 hoặc 554, vốn đến từ một máy chủ đã trả lời, và tương ứng với mã 4.4.1 mà máy chủ thư ghi vào nhật ký cho các kết nối thất bại.</translation>
    </message>
    <message>
        <source>At connection time, before any greeting. It shows up as &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; in Python, &quot;Connection refused (111)&quot; in PHPMailer, and in Postfix logs as &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; with dsn=4.4.1 and status=deferred. Windows software reports the same condition as socket error 10061.</source>
        <comment>111|whenSeen</comment>
        <translation>Lúc kết nối, trước mọi lời chào. Nó xuất hiện dưới dạng &quot;ConnectionRefusedError: [Errno 111] Connection refused&quot; trong Python, &quot;Connection refused (111)&quot; trong PHPMailer, và trong nhật ký Postfix là &quot;connect to mail.example.com[192.0.2.25]:25: Connection refused&quot; kèm dsn=4.4.1 và status=deferred. Phần mềm trên Windows báo cùng tình trạng này là lỗi socket 10061.</translation>
    </message>
    <message>
        <source>First find out whose end refuses. If you run the server, make sure the mail service is running, listening on the public address and the right port (not only on 127.0.0.1), and allowed by the host firewall. If you are the sender, check that the application uses the right host and port (587 or 465 for submission, 25 between servers) and that no local or provider firewall rejects outgoing SMTP. Mail already in an MTA queue is delivered on a later retry once the port accepts connections.</source>
        <comment>111|howToFix</comment>
        <translation>Trước hết hãy xác định phía nào từ chối. Nếu bạn quản lý máy chủ, hãy đảm bảo dịch vụ thư đang chạy, lắng nghe trên địa chỉ công khai và đúng cổng (không chỉ trên 127.0.0.1), và được tường lửa của máy cho phép. Nếu bạn là người gửi, hãy kiểm tra rằng ứng dụng dùng đúng máy chủ và cổng (587 hoặc 465 cho submission, 25 giữa các máy chủ với nhau) và không có tường lửa cục bộ hay của nhà cung cấp nào chặn SMTP đi ra. Thư đã nằm trong hàng đợi của MTA sẽ được chuyển phát ở một lần thử lại sau đó, khi cổng đã chấp nhận kết nối.</translation>
    </message>
    <message>
        <source>Treat it as temporary: an MTA keeps the message queued and retries with backoff until its queue lifetime runs out (five days by default in Postfix). An application should wait before retrying and alert someone, because the refusal repeats until the listener or firewall is fixed.</source>
        <comment>111|retry</comment>
        <translation>Coi đây là lỗi tạm thời: MTA giữ thư trong hàng đợi và thử lại với khoảng chờ tăng dần cho tới khi hết thời gian lưu trong hàng đợi (mặc định năm ngày trong Postfix). Ứng dụng nên chờ một lúc rồi mới thử lại và cảnh báo cho người phụ trách, vì việc từ chối sẽ lặp lại cho tới khi dịch vụ lắng nghe hoặc tường lửa được sửa.</translation>
    </message>
    <message>
        <source>The mail service on the server is stopped or has crashed, so nothing listens on port 25, 465 or 587.</source>
        <comment>111|causes</comment>
        <translation>Dịch vụ thư trên máy chủ đã dừng hoặc bị sập, nên không có gì lắng nghe trên cổng 25, 465 hoặc 587.</translation>
    </message>
    <message>
        <source>The MTA is bound only to the loopback interface (for example Postfix with inet_interfaces = loopback-only) and the client connects over the network.</source>
        <comment>111|causes</comment>
        <translation>MTA chỉ bind vào giao diện loopback (ví dụ Postfix với inet_interfaces = loopback-only) trong khi máy khách kết nối qua mạng.</translation>
    </message>
    <message>
        <source>The application points at the wrong host or port, for example 465 on a server that only offers 587, or a retired server name.</source>
        <comment>111|causes</comment>
        <translation>Ứng dụng trỏ tới sai máy chủ hoặc sai cổng, ví dụ cổng 465 trên một máy chủ chỉ hỗ trợ 587, hoặc một tên máy chủ đã ngừng sử dụng.</translation>
    </message>
    <message>
        <source>A firewall in front of the server rejects the port with a reset instead of silently dropping it.</source>
        <comment>111|causes</comment>
        <translation>Tường lửa phía trước máy chủ từ chối cổng bằng gói reset thay vì lặng lẽ bỏ gói.</translation>
    </message>
    <message>
        <source>Test from the client&apos;s network whether the port accepts TCP connections.</source>
        <comment>111|checks.step</comment>
        <translation>Từ mạng của máy khách, kiểm tra xem cổng có chấp nhận kết nối TCP hay không.</translation>
    </message>
    <message>
        <source>On the server, list the listening SMTP sockets and the addresses they are bound to.</source>
        <comment>111|checks.step</comment>
        <translation>Trên máy chủ, liệt kê các socket SMTP đang lắng nghe và địa chỉ mà chúng bind vào.</translation>
    </message>
    <message>
        <source>On a Postfix server, show which interfaces and protocols it binds to.</source>
        <comment>111|checks.step</comment>
        <translation>Trên máy chủ Postfix, xem nó bind vào những giao diện và giao thức nào.</translation>
    </message>
    <message>
        <source>On the sending MTA, list recent refused connections to see which destinations are affected.</source>
        <comment>111|checks.step</comment>
        <translation>Trên MTA gửi, liệt kê các kết nối bị từ chối gần đây để biết những đích nào bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Nonstandard success response</source>
        <comment>200|title</comment>
        <translation>Phản hồi thành công không chuẩn</translation>
    </message>
    <message>
        <source>200 is not a valid SMTP reply and never was: RFC 821 defined no 200, and commands such as NOOP and RSET succeed with 250. It is catalogued only because RFC 876, a 1983 survey of SMTP servers, found that some early servers wrongly answered 200 where 250 was required.</source>
        <comment>200|summary</comment>
        <translation>200 không phải và chưa bao giờ là một phản hồi SMTP hợp lệ: RFC 821 không định nghĩa mã 200, và các lệnh như NOOP và RSET thành công với 250. Mã này chỉ có mặt trong danh mục vì RFC 876, một khảo sát các máy chủ SMTP năm 1983, phát hiện rằng một số máy chủ thời kỳ đầu đã trả lời sai bằng 200 ở chỗ bắt buộc phải là 250.</translation>
    </message>
    <message>
        <source>Practically never in today&apos;s mail. Historically it came back for NOOP or RSET from a few early-1980s servers. When someone reports a 200 now, it usually comes from a hand-written or mock SMTP server, or it is the HTTP 200 status of a web-based sending API that ended up in a log next to SMTP codes.</source>
        <comment>200|whenSeen</comment>
        <translation>Trong thư tín ngày nay hầu như không bao giờ. Trước đây một vài máy chủ đầu thập niên 1980 gửi mã này để trả lời NOOP hoặc RSET. Khi bây giờ có người báo gặp 200, nó thường đến từ một máy chủ SMTP tự viết hoặc giả lập (mock), hoặc đó là mã trạng thái HTTP 200 của một API gửi thư qua web bị ghi vào nhật ký cạnh các mã SMTP.</translation>
    </message>
    <message>
        <source>Nothing to fix on the message. A server that really answers an SMTP command with 200 should be corrected by its implementer to send 250. A client that follows RFC 5321 reads only the first digit of an unknown code, so it treats 200 as success; only a client that aborts on it needs a fix from its software maintainer. If the 200 comes from an HTTP email API, read that service&apos;s delivery events instead of looking for an SMTP meaning.</source>
        <comment>200|howToFix</comment>
        <translation>Thư không có gì cần sửa. Nếu một máy chủ thực sự trả lời lệnh SMTP bằng 200 thì người phát triển nó cần sửa để gửi 250. Máy khách tuân theo RFC 5321 chỉ đọc chữ số đầu tiên của một mã không xác định, nên sẽ coi 200 là thành công; chỉ máy khách nào hủy phiên vì mã này mới cần người bảo trì phần mềm sửa. Nếu 200 đến từ một API gửi thư qua HTTP, hãy đọc các sự kiện chuyển phát (delivery events) của dịch vụ đó thay vì tìm một ý nghĩa SMTP.</translation>
    </message>
    <message>
        <source>Nothing to retry: a client that follows RFC 5321 reads the leading 2 as success and carries on. Resend only if a strict client aborted the session, and after the client or server has been corrected.</source>
        <comment>200|retry</comment>
        <translation>Không cần thử lại: máy khách tuân theo RFC 5321 đọc chữ số 2 đứng đầu là thành công và tiếp tục. Chỉ gửi lại nếu một máy khách khắt khe đã hủy phiên, và chỉ sau khi máy khách hoặc máy chủ đã được sửa.</translation>
    </message>
    <message>
        <source>A very old or home-made SMTP server that uses 200 instead of 250 for NOOP, RSET or other successful commands.</source>
        <comment>200|causes</comment>
        <translation>Một máy chủ SMTP rất cũ hoặc tự viết dùng 200 thay cho 250 với NOOP, RSET hoặc các lệnh thành công khác.</translation>
    </message>
    <message>
        <source>An HTTP email API answered 200 OK and the status was read as if it were an SMTP reply.</source>
        <comment>200|causes</comment>
        <translation>Một API gửi thư qua HTTP trả lời 200 OK và mã trạng thái này bị đọc như thể là phản hồi SMTP.</translation>
    </message>
    <message>
        <source>A test harness or mock SMTP server that returns codes picked from a reference list.</source>
        <comment>200|causes</comment>
        <translation>Một bộ kiểm thử hoặc máy chủ SMTP giả lập trả lời bằng các mã lấy từ một danh sách tham khảo.</translation>
    </message>
    <message>
        <source>Talk to the server by hand and note which command produces the 200.</source>
        <comment>200|checks.step</comment>
        <translation>Làm việc trực tiếp với máy chủ bằng tay và ghi lại lệnh nào sinh ra mã 200.</translation>
    </message>
    <message>
        <source>Check whether the 200 came from an SMTP session at all by searching the Postfix log for remote replies that start with 200: an accepted message shows the reply inside status=sent (...), an unexpected one after &quot;said:&quot;.</source>
        <comment>200|checks.step</comment>
        <translation>Kiểm tra xem 200 có thực sự đến từ một phiên SMTP hay không bằng cách tìm trong nhật ký Postfix các phản hồi của máy chủ từ xa bắt đầu bằng 200: với thư được chấp nhận, phản hồi nằm trong status=sent (...), còn phản hồi bất thường nằm sau &quot;said:&quot;.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <comment>211|title</comment>
        <translation>Trạng thái hệ thống, hoặc phản hồi trợ giúp hệ thống</translation>
    </message>
    <message>
        <source>211 is a success reply that carries status or help information about the server itself. RFC 5321 lists it beside 214 as a valid answer to HELP, but it is rare in practice because most servers use 214 for help text. It never says anything about a particular message.</source>
        <comment>211|summary</comment>
        <translation>211 là phản hồi thành công mang thông tin trạng thái hoặc trợ giúp về chính máy chủ. RFC 5321 liệt kê nó bên cạnh 214 như một câu trả lời hợp lệ cho HELP, nhưng trên thực tế hiếm gặp vì hầu hết máy chủ dùng 214 cho nội dung trợ giúp. Nó không bao giờ nói gì về một thư cụ thể.</translation>
    </message>
    <message>
        <source>Only when someone sends HELP, or a private status command that a few servers implement, during a manual session or a scan; nmap&apos;s smtp-commands script, for instance, sends EHLO and HELP to list what a server supports. It does not appear in normal delivery, in bounces or in queue logs.</source>
        <comment>211|whenSeen</comment>
        <translation>Chỉ khi có người gửi HELP, hoặc một lệnh trạng thái riêng mà một vài máy chủ hỗ trợ, trong một phiên thao tác bằng tay hoặc khi quét; chẳng hạn script smtp-commands của nmap gửi EHLO và HELP để liệt kê những gì máy chủ hỗ trợ. Nó không xuất hiện khi chuyển phát thư thông thường, trong thư báo trả về hay trong nhật ký hàng đợi.</translation>
    </message>
    <message>
        <source>Nothing to fix: this is an informational success reply. Look closer only if a client treats it as an error, which is a bug in that client software, or if the server&apos;s admin wants to limit what the server reveals about itself to strangers.</source>
        <comment>211|howToFix</comment>
        <translation>Không có gì cần sửa: đây là phản hồi thành công mang tính thông tin. Chỉ cần xem xét kỹ nếu một máy khách coi nó là lỗi, vốn là lỗi của phần mềm máy khách đó, hoặc nếu quản trị viên máy chủ muốn hạn chế những thông tin mà máy chủ tiết lộ về bản thân cho người lạ.</translation>
    </message>
    <message>
        <source>Nothing to retry: HELP has no effect on any mail transaction, so the client simply goes on with its next command.</source>
        <comment>211|retry</comment>
        <translation>Không cần thử lại: HELP không ảnh hưởng tới bất kỳ giao dịch thư nào, nên máy khách cứ tiếp tục với lệnh kế tiếp.</translation>
    </message>
    <message>
        <source>Someone testing the server by hand typed HELP and this implementation answers with 211 rather than 214.</source>
        <comment>211|causes</comment>
        <translation>Ai đó kiểm tra máy chủ bằng tay đã gõ HELP và phần mềm máy chủ này trả lời bằng 211 thay vì 214.</translation>
    </message>
    <message>
        <source>A scanner or inventory tool sent HELP to fingerprint the server and list its commands.</source>
        <comment>211|causes</comment>
        <translation>Một công cụ quét hoặc kiểm kê đã gửi HELP để nhận dạng máy chủ và liệt kê các lệnh của nó.</translation>
    </message>
    <message>
        <source>The server offers a nonstandard status command and labels its output 211.</source>
        <comment>211|causes</comment>
        <translation>Máy chủ cung cấp một lệnh trạng thái không chuẩn và gắn mã 211 cho kết quả của lệnh đó.</translation>
    </message>
    <message>
        <source>Send HELP yourself and compare the code with the more usual 214.</source>
        <comment>211|checks.step</comment>
        <translation>Tự gửi HELP và so sánh mã nhận được với mã 214 thường gặp hơn.</translation>
    </message>
    <message>
        <source>List the commands and extensions the server admits to.</source>
        <comment>211|checks.step</comment>
        <translation>Liệt kê các lệnh và phần mở rộng mà máy chủ cho biết là có hỗ trợ.</translation>
    </message>
    <message>
        <source>Help message (for the human user)</source>
        <comment>214|title</comment>
        <translation>Thông điệp trợ giúp (dành cho người dùng)</translation>
    </message>
    <message>
        <source>214 is the normal success reply to HELP: the text after it is for a person reading the session, such as a list of supported commands or notes on a nonstandard command. Programs should not parse it, and it says nothing about whether mail will be accepted.</source>
        <comment>214|summary</comment>
        <translation>214 là phản hồi thành công thông thường cho HELP: phần văn bản phía sau dành cho người đọc phiên làm việc, chẳng hạn danh sách các lệnh được hỗ trợ hoặc ghi chú về một lệnh không chuẩn. Chương trình không nên phân tích cú pháp nội dung này, và nó không cho biết thư có được chấp nhận hay không.</translation>
    </message>
    <message>
        <source>In interactive or scripted sessions after HELP, usually as a multi-line reply. Exim answers with &quot;214-Commands supported:&quot; and a command list, Sendmail with several &quot;214-2.0.0&quot; lines of help text. Postfix does not implement HELP and answers 502 instead, so a 502 there is not a fault.</source>
        <comment>214|whenSeen</comment>
        <translation>Trong các phiên tương tác hoặc chạy bằng script sau lệnh HELP, thường là phản hồi nhiều dòng. Exim trả lời bằng &quot;214-Commands supported:&quot; kèm danh sách lệnh, Sendmail bằng nhiều dòng &quot;214-2.0.0&quot; chứa nội dung trợ giúp. Postfix không hỗ trợ HELP và trả lời 502, nên 502 ở đây không phải là lỗi.</translation>
    </message>
    <message>
        <source>Nothing to fix: HELP worked. The command list in a 214 reply can be incomplete or out of date, so rely on the EHLO reply to learn which extensions (STARTTLS, AUTH, SIZE, PIPELINING) are really offered. A server admin who prefers not to advertise software details can shorten the help text.</source>
        <comment>214|howToFix</comment>
        <translation>Không có gì cần sửa: HELP đã hoạt động. Danh sách lệnh trong phản hồi 214 có thể không đầy đủ hoặc đã lỗi thời, vì vậy hãy dựa vào phản hồi EHLO để biết những phần mở rộng nào (STARTTLS, AUTH, SIZE, PIPELINING) thực sự được cung cấp. Quản trị viên máy chủ nào không muốn để lộ chi tiết phần mềm có thể rút gọn nội dung trợ giúp.</translation>
    </message>
    <message>
        <source>Nothing to retry; HELP sits outside the mail transaction, so the client continues with EHLO, MAIL FROM or QUIT as planned.</source>
        <comment>214|retry</comment>
        <translation>Không cần thử lại; HELP nằm ngoài giao dịch thư, nên máy khách tiếp tục với EHLO, MAIL FROM hoặc QUIT như dự định.</translation>
    </message>
    <message>
        <source>An administrator or support engineer typed HELP during a telnet or openssl test session.</source>
        <comment>214|causes</comment>
        <translation>Quản trị viên hoặc kỹ sư hỗ trợ đã gõ HELP trong một phiên kiểm tra bằng telnet hoặc openssl.</translation>
    </message>
    <message>
        <source>A monitoring or security scanning tool sent HELP to collect the supported commands.</source>
        <comment>214|causes</comment>
        <translation>Một công cụ giám sát hoặc quét bảo mật đã gửi HELP để thu thập các lệnh được hỗ trợ.</translation>
    </message>
    <message>
        <source>A client sent HELP with a command name as its argument to get help on that one command.</source>
        <comment>214|causes</comment>
        <translation>Máy khách gửi HELP kèm tên một lệnh làm tham số để xem trợ giúp riêng cho lệnh đó.</translation>
    </message>
    <message>
        <source>Compare the HELP text with the extensions announced in the EHLO reply, which is what clients actually act on.</source>
        <comment>214|checks.step</comment>
        <translation>So sánh nội dung HELP với các phần mở rộng được công bố trong phản hồi EHLO, vốn là thứ máy khách thực sự dựa vào.</translation>
    </message>
    <message>
        <source>Open a session by hand and send HELP, optionally followed by a command name.</source>
        <comment>214|checks.step</comment>
        <translation>Mở một phiên bằng tay và gửi HELP, có thể kèm theo tên một lệnh.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service ready</source>
        <comment>220|title</comment>
        <translation>&lt;domain&gt; Dịch vụ sẵn sàng</translation>
    </message>
    <message>
        <source>220 is the server&apos;s greeting: the TCP connection is open and the SMTP service is ready for EHLO. The first word after the code should be the server&apos;s host name. The same code answers STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; on many servers) to say the client may begin the TLS handshake now.</source>
        <comment>220|summary</comment>
        <translation>220 là lời chào của máy chủ: kết nối TCP đã mở và dịch vụ SMTP sẵn sàng nhận EHLO. Từ đầu tiên sau mã phải là tên máy (host name) của máy chủ. Cùng mã này cũng là phản hồi cho STARTTLS (&quot;220 2.0.0 Ready to start TLS&quot; trên nhiều máy chủ), cho biết máy khách có thể bắt đầu bắt tay TLS ngay.</translation>
    </message>
    <message>
        <source>As the first line of every successful connection, before the client says anything, and again as the reply to STARTTLS. Typical banners: &quot;ESMTP Postfix&quot;, Microsoft&apos;s &quot;Microsoft ESMTP MAIL Service ready&quot;, Gmail&apos;s banner ending in &quot;- gsmtp&quot;. A greeting that begins with &quot;220-&quot; spans several lines; Postfix postscreen sends such a partial greeting on purpose to catch spam bots that talk before their turn.</source>
        <comment>220|whenSeen</comment>
        <translation>Là dòng đầu tiên của mọi kết nối thành công, trước khi máy khách nói gì, và một lần nữa là phản hồi cho STARTTLS. Các banner điển hình: &quot;ESMTP Postfix&quot;, của Microsoft là &quot;Microsoft ESMTP MAIL Service ready&quot;, của Gmail kết thúc bằng &quot;- gsmtp&quot;. Lời chào bắt đầu bằng &quot;220-&quot; trải trên nhiều dòng; postscreen của Postfix cố ý gửi một lời chào dở dang như vậy để bắt các bot phát tán thư rác nói trước lượt của mình.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server is up and accepting the session. Look closer when the greeting takes many seconds (slow reverse DNS on the server, or a deliberate greeting delay), when it names an unexpected host (you may be reaching a load balancer, a port-25 interceptor or the wrong IP), or when the banner is replaced by a row of asterisks, the sign of a Cisco ASA or PIX doing ESMTP inspection, which can also hide STARTTLS. If the TLS handshake fails right after the STARTTLS 220, the server&apos;s admin must fix the certificate or the TLS protocol settings.</source>
        <comment>220|howToFix</comment>
        <translation>Không có gì cần sửa: máy chủ đang hoạt động và chấp nhận phiên. Hãy xem xét kỹ khi lời chào mất nhiều giây mới xuất hiện (DNS ngược chậm trên máy chủ, hoặc cố ý trì hoãn lời chào), khi nó nêu tên một máy không mong đợi (có thể bạn đang kết nối tới bộ cân bằng tải, thiết bị chặn bắt cổng 25 hoặc sai IP), hoặc khi banner bị thay bằng một hàng dấu sao, dấu hiệu của Cisco ASA hoặc PIX đang kiểm tra ESMTP (ESMTP inspection), tính năng này cũng có thể ẩn STARTTLS. Nếu bắt tay TLS thất bại ngay sau phản hồi 220 cho STARTTLS, quản trị viên máy chủ phải sửa chứng chỉ hoặc cấu hình giao thức TLS.</translation>
    </message>
    <message>
        <source>Nothing to retry: continue with EHLO, or after the STARTTLS 220 start the TLS handshake and then send EHLO again. If no greeting arrives within the five minutes RFC 5321 allows, drop this connection and try the next MX or retry later.</source>
        <comment>220|retry</comment>
        <translation>Không cần thử lại: tiếp tục với EHLO, hoặc sau phản hồi 220 cho STARTTLS thì bắt đầu bắt tay TLS rồi gửi lại EHLO. Nếu không nhận được lời chào trong vòng năm phút mà RFC 5321 cho phép, hãy bỏ kết nối này và thử MX kế tiếp hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>A normal connection to a working SMTP server; the greeting is the expected first reply.</source>
        <comment>220|causes</comment>
        <translation>Một kết nối bình thường tới máy chủ SMTP đang hoạt động; lời chào là phản hồi đầu tiên như mong đợi.</translation>
    </message>
    <message>
        <source>The client sent STARTTLS and the server agreed to negotiate TLS.</source>
        <comment>220|causes</comment>
        <translation>Máy khách đã gửi STARTTLS và máy chủ đồng ý thương lượng TLS.</translation>
    </message>
    <message>
        <source>A multi-line greeting from postscreen or a similar pre-greeting test, which a correct client simply waits out.</source>
        <comment>220|causes</comment>
        <translation>Lời chào nhiều dòng từ postscreen hoặc một cơ chế kiểm tra trước lời chào tương tự; máy khách đúng chuẩn chỉ cần chờ cho tới khi kết thúc.</translation>
    </message>
    <message>
        <source>A firewall or interception device rewrote the banner, so the greeting does not show the real server name.</source>
        <comment>220|causes</comment>
        <translation>Tường lửa hoặc thiết bị chặn bắt đã viết lại banner, nên lời chào không hiển thị tên máy chủ thật.</translation>
    </message>
    <message>
        <source>Connect and read the greeting, noting how long it takes to appear.</source>
        <comment>220|checks.step</comment>
        <translation>Kết nối và đọc lời chào, để ý xem mất bao lâu nó mới xuất hiện.</translation>
    </message>
    <message>
        <source>Test STARTTLS and look at the certificate the server presents after its 220 reply.</source>
        <comment>220|checks.step</comment>
        <translation>Kiểm tra STARTTLS và xem chứng chỉ mà máy chủ đưa ra sau phản hồi 220.</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server&apos;s IP address against the name in the greeting.</source>
        <comment>220|checks.step</comment>
        <translation>So sánh DNS ngược của địa chỉ IP máy chủ với tên trong lời chào.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service closing transmission channel</source>
        <comment>221|title</comment>
        <translation>&lt;domain&gt; Dịch vụ đang đóng kênh truyền</translation>
    </message>
    <message>
        <source>221 is the server&apos;s answer to QUIT: the session is over and the server is about to close the TCP connection. It is a success for the goodbye only and carries no verdict on any message sent earlier in the session.</source>
        <comment>221|summary</comment>
        <translation>221 là câu trả lời của máy chủ cho QUIT: phiên đã kết thúc và máy chủ sắp đóng kết nối TCP. Nó chỉ xác nhận lời tạm biệt thành công và không đưa ra kết luận nào về các thư đã gửi trước đó trong phiên.</translation>
    </message>
    <message>
        <source>At the very end of a session, after the client sends QUIT. Postfix replies &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. It often sits at the bottom of a transcript with an error higher up, which is why it gets blamed wrongly.</source>
        <comment>221|whenSeen</comment>
        <translation>Ở cuối cùng của phiên, sau khi máy khách gửi QUIT. Postfix trả lời &quot;221 2.0.0 Bye&quot;, Exchange &quot;221 2.0.0 Service closing transmission channel&quot;, Exim &quot;221 mail.example.com closing connection&quot;. Nó thường nằm ở cuối bản ghi phiên (transcript) trong khi lỗi thật nằm ở phía trên, vì thế hay bị đổ lỗi oan.</translation>
    </message>
    <message>
        <source>Nothing to fix. When debugging, scroll up: the fate of the message is the reply that followed the final dot after DATA (250 accepted, 4xx or 5xx not). Investigate only if the server closes without any 221, or sends 221 in answer to something other than QUIT; that points to a timeout, a crash or a middlebox cutting the session.</source>
        <comment>221|howToFix</comment>
        <translation>Không có gì cần sửa. Khi gỡ lỗi, hãy cuộn lên: số phận của thư là phản hồi ngay sau dấu chấm kết thúc của DATA (250 là được chấp nhận, 4xx hoặc 5xx là không). Chỉ điều tra nếu máy chủ đóng kết nối mà không có 221, hoặc gửi 221 để trả lời một lệnh khác QUIT; điều đó cho thấy có hết thời gian chờ (timeout), sự cố sập hoặc một thiết bị trung gian cắt phiên.</translation>
    </message>
    <message>
        <source>Nothing to retry: the session ended normally. Messages whose end-of-data reply was 250 have been handed over; any that got 4xx replies earlier stay in the sender&apos;s queue for their own retries.</source>
        <comment>221|retry</comment>
        <translation>Không cần thử lại: phiên đã kết thúc bình thường. Các thư có phản hồi cuối dữ liệu là 250 đã được bàn giao; thư nào nhận phản hồi 4xx trước đó vẫn nằm trong hàng đợi của người gửi và sẽ được thử lại theo lịch riêng.</translation>
    </message>
    <message>
        <source>The client finished its work and sent QUIT, the normal end of every session.</source>
        <comment>221|causes</comment>
        <translation>Máy khách đã xong việc và gửi QUIT, cách kết thúc bình thường của mọi phiên.</translation>
    </message>
    <message>
        <source>The client got a rejection earlier, for example a 550 at RCPT TO, and politely closed the session with QUIT.</source>
        <comment>221|causes</comment>
        <translation>Máy khách đã bị từ chối trước đó, ví dụ 550 ở RCPT TO, và lịch sự đóng phiên bằng QUIT.</translation>
    </message>
    <message>
        <source>A test tool or monitoring probe connected, checked the greeting or EHLO reply, and quit.</source>
        <comment>221|causes</comment>
        <translation>Một công cụ kiểm tra hoặc đầu dò giám sát đã kết nối, kiểm tra lời chào hoặc phản hồi EHLO, rồi thoát.</translation>
    </message>
    <message>
        <source>Find the real outcome in the same transcript: the reply right after the end-of-data dot, or the rejection at MAIL FROM or RCPT TO.</source>
        <comment>221|checks.step</comment>
        <translation>Tìm kết quả thật trong cùng bản ghi phiên: phản hồi ngay sau dấu chấm kết thúc dữ liệu, hoặc lời từ chối ở MAIL FROM hay RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the disconnect lines: they count each command and its successes (for example data=1 quit=1), and a missing quit means the client dropped the connection.</source>
        <comment>221|checks.step</comment>
        <translation>Trên máy chủ Postfix, đọc các dòng disconnect: chúng đếm từng lệnh và số lần thành công (ví dụ data=1 quit=1), và nếu thiếu quit nghĩa là máy khách đã tự ngắt kết nối.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <comment>235|title</comment>
        <translation>Xác thực thành công</translation>
    </message>
    <message>
        <source>235 means the AUTH exchange succeeded: the server accepted the username and password, or token, and the client is authenticated for the rest of this session. It normally carries the enhanced code 2.7.0. Authentication alone does not allow sending as any address; the server can still refuse the sender or recipients afterwards.</source>
        <comment>235|summary</comment>
        <translation>235 nghĩa là quá trình AUTH đã thành công: máy chủ chấp nhận tên người dùng và mật khẩu, hoặc token, và máy khách được coi là đã xác thực trong suốt phần còn lại của phiên. Nó thường đi kèm mã trạng thái mở rộng 2.7.0. Chỉ riêng việc xác thực không cho phép gửi bằng bất kỳ địa chỉ nào; máy chủ vẫn có thể từ chối người gửi hoặc người nhận sau đó.</translation>
    </message>
    <message>
        <source>During submission on port 587 or 465, usually after STARTTLS, right after AUTH PLAIN, AUTH LOGIN, XOAUTH2 or another SASL mechanism completes. Mail clients, printers and scanners, web applications and MTAs relaying through a smarthost all see it; Postfix sends &quot;235 2.7.0 Authentication successful&quot;.</source>
        <comment>235|whenSeen</comment>
        <translation>Trong quá trình gửi thư (submission) qua cổng 587 hoặc 465, thường sau STARTTLS, ngay khi AUTH PLAIN, AUTH LOGIN, XOAUTH2 hoặc một cơ chế SASL khác hoàn tất. Ứng dụng thư, máy in và máy quét, ứng dụng web và các MTA relay qua smarthost đều gặp mã này; Postfix gửi &quot;235 2.7.0 Authentication successful&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix for the login itself. If mail still fails after 235, read the next reply: a 553 or 550 at MAIL FROM usually means the account may not send as that address (for example Postfix reject_sender_login_mismatch), and 5.7.x errors later point to policy. Server admins should also watch for 235 from unfamiliar IP addresses or countries, because a successful login with a stolen password is how many spam runs from compromised accounts begin.</source>
        <comment>235|howToFix</comment>
        <translation>Bản thân việc đăng nhập không có gì cần sửa. Nếu thư vẫn lỗi sau 235, hãy đọc phản hồi kế tiếp: 553 hoặc 550 ở MAIL FROM thường có nghĩa là tài khoản không được phép gửi bằng địa chỉ đó (ví dụ reject_sender_login_mismatch của Postfix), còn các lỗi 5.7.x về sau là do chính sách. Quản trị viên máy chủ cũng nên để ý các lần đăng nhập thành công (235) từ địa chỉ IP hoặc quốc gia lạ, vì đăng nhập thành công bằng mật khẩu bị đánh cắp là cách mà nhiều đợt phát tán thư rác từ tài khoản bị xâm nhập bắt đầu.</translation>
    </message>
    <message>
        <source>Nothing to retry; continue with MAIL FROM. Do not send AUTH again in the same session: after a successful AUTH, RFC 4954 requires the server to reject another one with 503.</source>
        <comment>235|retry</comment>
        <translation>Không cần thử lại; tiếp tục với MAIL FROM. Đừng gửi AUTH lần nữa trong cùng phiên: sau một lần AUTH thành công, RFC 4954 yêu cầu máy chủ từ chối lệnh AUTH tiếp theo bằng 503.</translation>
    </message>
    <message>
        <source>The client sent correct credentials with a mechanism the server offered, over a connection the server considers secure enough.</source>
        <comment>235|causes</comment>
        <translation>Máy khách gửi đúng thông tin xác thực bằng một cơ chế mà máy chủ hỗ trợ, qua một kết nối mà máy chủ coi là đủ an toàn.</translation>
    </message>
    <message>
        <source>An app password or OAuth token was accepted on an account that requires one instead of the normal password.</source>
        <comment>235|causes</comment>
        <translation>Mật khẩu ứng dụng hoặc token OAuth được chấp nhận cho một tài khoản bắt buộc dùng chúng thay cho mật khẩu thông thường.</translation>
    </message>
    <message>
        <source>A compromised account is being used by a spammer; such a login looks exactly like a legitimate one.</source>
        <comment>235|causes</comment>
        <translation>Một tài khoản bị xâm nhập đang được kẻ phát tán thư rác sử dụng; lần đăng nhập như vậy trông giống hệt một lần đăng nhập hợp lệ.</translation>
    </message>
    <message>
        <source>Reproduce the login with swaks (it asks for the password) to separate credential problems from client configuration problems.</source>
        <comment>235|checks.step</comment>
        <translation>Tái hiện việc đăng nhập bằng swaks (công cụ sẽ hỏi mật khẩu) để tách vấn đề về thông tin xác thực khỏi vấn đề cấu hình máy khách.</translation>
    </message>
    <message>
        <source>On a Postfix server, list which accounts logged in from which client addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Trên máy chủ Postfix, liệt kê những tài khoản nào đã đăng nhập từ những địa chỉ máy khách nào.</translation>
    </message>
    <message>
        <source>If the 235 is followed by a sender rejection, check how the server ties login names to sender addresses.</source>
        <comment>235|checks.step</comment>
        <translation>Nếu sau 235 là lời từ chối người gửi, hãy kiểm tra cách máy chủ gắn tên đăng nhập với địa chỉ người gửi.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <comment>250|title</comment>
        <translation>Hành động thư được yêu cầu đã hoàn tất</translation>
    </message>
    <message>
        <source>250 is the general success reply: the command worked. It answers EHLO (with the list of extensions), MAIL FROM, each accepted RCPT TO, RSET, NOOP and, most importantly, the end of the message data, where it means the receiving server has taken responsibility for delivering the message or returning a bounce. It does not promise the inbox: the receiver may still file the message as spam or fail later and send a bounce.</source>
        <comment>250|summary</comment>
        <translation>250 là phản hồi thành công chung: lệnh đã được thực hiện. Nó trả lời EHLO (kèm danh sách phần mở rộng), MAIL FROM, từng RCPT TO được chấp nhận, RSET, NOOP và, quan trọng nhất, phần kết thúc dữ liệu thư, khi đó nó có nghĩa là máy chủ nhận đã nhận trách nhiệm chuyển phát thư hoặc gửi thư báo trả về. Nó không hứa hẹn thư sẽ vào hộp thư đến: bên nhận vẫn có thể xếp thư vào mục thư rác hoặc gặp lỗi về sau và gửi thư báo trả về.</translation>
    </message>
    <message>
        <source>All through a normal session. The one that answers “did my mail go out?” is the 250 after the final dot, which MTAs log together with the receiver&apos;s text, for example Postfix &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; when the next hop is another Postfix. ETRN (RFC 1985) and ATRN (RFC 2645) also use 250 to say that queue processing or the reversed connection has started.</source>
        <comment>250|whenSeen</comment>
        <translation>Xuyên suốt một phiên bình thường. Phản hồi trả lời câu hỏi “thư của tôi đã đi chưa?” là 250 sau dấu chấm kết thúc, được MTA ghi vào nhật ký cùng với văn bản của bên nhận, ví dụ Postfix ghi &quot;status=sent (250 2.0.0 Ok: queued as 4ABC123)&quot; khi chặng kế tiếp cũng là một máy Postfix. ETRN (RFC 1985) và ATRN (RFC 2645) cũng dùng 250 để báo rằng việc xử lý hàng đợi hoặc kết nối đảo chiều đã bắt đầu.</translation>
    </message>
    <message>
        <source>Nothing to fix: the receiving server accepted the command or the message. If the recipient says the mail never arrived, give them the time, the sender address and the queue ID or text that followed the 250 in your log; the recipient&apos;s admin then searches their own logs, quarantine and spam folder, because from this point the message is their server&apos;s responsibility.</source>
        <comment>250|howToFix</comment>
        <translation>Không có gì cần sửa: máy chủ nhận đã chấp nhận lệnh hoặc thư. Nếu người nhận nói chưa bao giờ nhận được thư, hãy cung cấp cho họ thời điểm gửi, địa chỉ người gửi và mã hàng đợi (queue ID) hoặc văn bản đi sau 250 trong nhật ký của bạn; khi đó quản trị viên phía người nhận sẽ tìm trong nhật ký, khu cách ly và thư mục thư rác của họ, vì từ thời điểm này thư thuộc trách nhiệm của máy chủ bên họ.</translation>
    </message>
    <message>
        <source>Nothing to retry: after a 250 at end of data the sending MTA marks that recipient as done and drops its copy. Resending would only create a duplicate; investigate on the receiving side instead.</source>
        <comment>250|retry</comment>
        <translation>Không cần thử lại: sau phản hồi 250 ở cuối dữ liệu, MTA gửi đánh dấu người nhận đó là đã xong và xóa bản sao của mình. Gửi lại chỉ tạo ra thư trùng lặp; thay vào đó hãy điều tra ở phía nhận.</translation>
    </message>
    <message>
        <source>The command was valid and allowed, so the server carried it out.</source>
        <comment>250|causes</comment>
        <translation>Lệnh hợp lệ và được cho phép, nên máy chủ đã thực hiện nó.</translation>
    </message>
    <message>
        <source>At end of data, the message passed the receiver&apos;s checks and was queued for delivery.</source>
        <comment>250|causes</comment>
        <translation>Ở cuối dữ liệu, thư đã vượt qua các bước kiểm tra của bên nhận và được đưa vào hàng đợi để chuyển phát.</translation>
    </message>
    <message>
        <source>The receiver accepts first and filters later (an after-queue content filter, or a provider that quarantines silently), so it answered 250 for a message that will not reach the inbox.</source>
        <comment>250|causes</comment>
        <translation>Bên nhận chấp nhận trước rồi lọc sau (bộ lọc nội dung sau hàng đợi, hoặc nhà cung cấp lặng lẽ cách ly thư), nên đã trả lời 250 cho một thư sẽ không được chuyển phát tới hộp thư đến.</translation>
    </message>
    <message>
        <source>Find the acceptance line for the recipient in the sending Postfix log, including the text the receiver returned.</source>
        <comment>250|checks.step</comment>
        <translation>Tìm dòng chấp nhận cho người nhận trong nhật ký Postfix phía gửi, bao gồm cả văn bản mà bên nhận trả lời.</translation>
    </message>
    <message>
        <source>On an Exim sender, collect every log line for the recipient&apos;s deliveries.</source>
        <comment>250|checks.step</comment>
        <translation>Trên máy chủ Exim của người gửi, thu thập mọi dòng nhật ký về các lần chuyển phát tới người nhận.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to trace the message on their side with the queue ID or Message-ID from the 250 reply (message trace in Microsoft 365, Email Log Search in Google Workspace).</source>
        <comment>250|checks.step</comment>
        <translation>Nhờ quản trị viên phía người nhận truy vết thư ở phía họ bằng mã hàng đợi (queue ID) hoặc Message-ID trong phản hồi 250 (message trace trong Microsoft 365, công cụ tìm nhật ký thư Email Log Search trong Google Workspace).</translation>
    </message>
    <message>
        <source>Gmail accepted the message; the timestamp and ID identify it in Google&apos;s logs. Acceptance says nothing about whether Gmail puts it in the inbox or in spam.</source>
        <comment>250|providers.meaning</comment>
        <translation>Gmail đã chấp nhận thư; dấu thời gian và ID giúp xác định thư trong nhật ký của Google. Việc chấp nhận không cho biết Gmail sẽ đưa thư vào hộp thư đến hay vào thư mục thư rác.</translation>
    </message>
    <message>
        <source>Exchange and Exchange Online answer the end of data with 2.6.0, the message&apos;s Message-ID and an internal ID; the Message-ID is what the recipient&apos;s admin searches for in message trace.</source>
        <comment>250|providers.meaning</comment>
        <translation>Exchange và Exchange Online trả lời phần kết thúc dữ liệu bằng 2.6.0, Message-ID của thư và một ID nội bộ; Message-ID là thứ mà quản trị viên phía người nhận tìm kiếm trong message trace.</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <comment>251|title</comment>
        <translation>Người dùng không thuộc máy chủ này; sẽ chuyển tiếp tới &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>251 accepts a recipient while telling the client that the mailbox is not on this server and the message will be forwarded to the address given in the reply text. It is a success: the mail will be delivered. RFC 5321 lets servers forward silently with 250 instead, and most do, so 251 is rare. In the ETRN extension (RFC 1985) the same number means &quot;OK, no messages waiting for node &lt;x&gt;&quot;.</source>
        <comment>251|summary</comment>
        <translation>251 chấp nhận người nhận nhưng đồng thời báo cho máy khách biết rằng hộp thư không nằm trên máy chủ này và thư sẽ được chuyển tiếp tới địa chỉ nêu trong văn bản phản hồi. Đây là phản hồi thành công: thư sẽ được chuyển phát. RFC 5321 cho phép máy chủ lặng lẽ chuyển tiếp và trả lời 250, và hầu hết đều làm vậy, nên 251 hiếm gặp. Trong phần mở rộng ETRN (RFC 1985), cùng con số này có nghĩa là &quot;OK, no messages waiting for node &lt;x&gt;&quot; (không có thư nào đang chờ cho node &lt;x&gt;).</translation>
    </message>
    <message>
        <source>As a reply to RCPT TO, or to VRFY, from servers configured to announce forwarding, usually older or specialised systems after a user moved to a new address; Postfix, Exim and Exchange forward silently and answer 250. Also as the answer to ETRN when the server holds nothing for the requested domain, for example when fetchmail in ETRN mode polls a backup MX.</source>
        <comment>251|whenSeen</comment>
        <translation>Là phản hồi cho RCPT TO, hoặc cho VRFY, từ các máy chủ được cấu hình để thông báo việc chuyển tiếp, thường là các hệ thống cũ hoặc chuyên biệt sau khi người dùng chuyển sang địa chỉ mới; Postfix, Exim và Exchange chuyển tiếp lặng lẽ và trả lời 250. Ngoài ra còn là câu trả lời cho ETRN khi máy chủ không giữ thư nào cho tên miền được yêu cầu, ví dụ khi fetchmail ở chế độ ETRN thăm dò một MX dự phòng.</translation>
    </message>
    <message>
        <source>Nothing to fix; the recipient will get the message. The sender may update the address book to the new address in the reply text, but RFC 5321 warns clients to do that automatically only when they trust the server, and client software is not required to act on it. After an ETRN 251 there is simply no queued mail to fetch for that domain.</source>
        <comment>251|howToFix</comment>
        <translation>Không có gì cần sửa; người nhận sẽ nhận được thư. Người gửi có thể cập nhật sổ địa chỉ theo địa chỉ mới trong văn bản phản hồi, nhưng RFC 5321 khuyến cáo máy khách chỉ tự động làm việc đó khi tin tưởng máy chủ, và phần mềm máy khách không bắt buộc phải xử lý thông tin này. Sau phản hồi 251 cho ETRN thì đơn giản là không có thư nào trong hàng đợi để lấy về cho tên miền đó.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient is accepted and the dialogue continues with more RCPT TO or DATA. After an ETRN 251, poll again on the next schedule rather than repeating ETRN at once.</source>
        <comment>251|retry</comment>
        <translation>Không cần thử lại: người nhận đã được chấp nhận và hội thoại tiếp tục với các RCPT TO khác hoặc DATA. Sau phản hồi 251 cho ETRN, hãy thăm dò lại theo lịch kế tiếp thay vì lặp lại ETRN ngay.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server is configured to reveal the forwarding address.</source>
        <comment>251|causes</comment>
        <translation>Hộp thư của người nhận đã chuyển đi nơi khác và máy chủ được cấu hình để tiết lộ địa chỉ chuyển tiếp.</translation>
    </message>
    <message>
        <source>An ETRN request named a domain for which the server has no queued messages.</source>
        <comment>251|causes</comment>
        <translation>Một yêu cầu ETRN nêu tên một tên miền mà máy chủ không có thư nào trong hàng đợi.</translation>
    </message>
    <message>
        <source>A legacy server still uses the RFC 821 style forwarding notice that most modern MTAs dropped for privacy reasons.</source>
        <comment>251|causes</comment>
        <translation>Một máy chủ cũ vẫn dùng kiểu thông báo chuyển tiếp của RFC 821 mà hầu hết MTA hiện đại đã bỏ vì lý do quyền riêng tư.</translation>
    </message>
    <message>
        <source>Read the forward-path in the reply text and confirm the new address with the recipient before changing stored addresses.</source>
        <comment>251|checks.step</comment>
        <translation>Đọc forward-path trong văn bản phản hồi và xác nhận địa chỉ mới với người nhận trước khi thay đổi các địa chỉ đã lưu.</translation>
    </message>
    <message>
        <source>For ETRN, look at what the queuing server actually holds for the domain.</source>
        <comment>251|checks.step</comment>
        <translation>Với ETRN, xem máy chủ giữ hàng đợi thực sự đang giữ những gì cho tên miền.</translation>
    </message>
    <message>
        <source>Repeat the ETRN by hand (EHLO first, then ETRN example.com) and read the reply.</source>
        <comment>251|checks.step</comment>
        <translation>Lặp lại ETRN bằng tay (EHLO trước, rồi ETRN example.com) và đọc phản hồi.</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <comment>252|title</comment>
        <translation>Không thể VRFY người dùng, nhưng sẽ nhận thư và thử chuyển phát</translation>
    </message>
    <message>
        <source>252 answers VRFY without confirming or denying the address: the server will not or cannot say whether the mailbox exists, but would accept mail for it and try to deliver. RFC 5321 tells servers that disable VRFY for security to answer 252, so it is the usual VRFY reply on the Internet today. In ETRN (RFC 1985) 252 means &quot;OK, pending messages for node &lt;x&gt; started&quot;.</source>
        <comment>252|summary</comment>
        <translation>252 trả lời VRFY mà không xác nhận cũng không phủ nhận địa chỉ: máy chủ không muốn hoặc không thể cho biết hộp thư có tồn tại hay không, nhưng sẽ nhận thư gửi tới địa chỉ đó và thử chuyển phát. RFC 5321 yêu cầu các máy chủ tắt VRFY vì lý do bảo mật trả lời 252, nên đây là phản hồi VRFY thông dụng trên Internet hiện nay. Trong ETRN (RFC 1985), 252 có nghĩa là &quot;OK, pending messages for node &lt;x&gt; started&quot; (đã bắt đầu chuyển phát các thư đang chờ cho node &lt;x&gt;).</translation>
    </message>
    <message>
        <source>After VRFY, mostly from address harvesters, list-cleaning services and scanners, sometimes from an admin testing by hand. qmail always answers &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail uses the same wording with 2.1.5, and Exim with no VRFY ACL replies &quot;252 Administrative prohibition&quot;.</source>
        <comment>252|whenSeen</comment>
        <translation>Sau VRFY, chủ yếu từ các công cụ thu thập địa chỉ, dịch vụ làm sạch danh sách và công cụ quét, đôi khi từ quản trị viên kiểm tra bằng tay. qmail luôn trả lời &quot;252 send some mail, i&apos;ll try my best&quot;, Gmail dùng cùng câu chữ đó với 2.1.5, còn Exim khi không có ACL cho VRFY thì trả lời &quot;252 Administrative prohibition&quot;.</translation>
    </message>
    <message>
        <source>Nothing to fix: 252 is the server politely declining to verify, so do not read it as proof that the address exists. Whether mail for an address is accepted shows only in the RCPT TO reply of a real transaction. Enabling VRFY is the recipient&apos;s admin&apos;s choice, and leaving it off is normal and recommended.</source>
        <comment>252|howToFix</comment>
        <translation>Không có gì cần sửa: 252 là cách máy chủ lịch sự từ chối xác minh, vì vậy đừng coi nó là bằng chứng địa chỉ tồn tại. Việc thư gửi tới một địa chỉ có được chấp nhận hay không chỉ thể hiện qua phản hồi RCPT TO trong một giao dịch thật. Bật VRFY hay không là lựa chọn của quản trị viên phía người nhận, và để tắt là điều bình thường và được khuyến nghị.</translation>
    </message>
    <message>
        <source>Nothing to retry: repeating VRFY gives the same 252. Continue with the real mail transaction or QUIT.</source>
        <comment>252|retry</comment>
        <translation>Không cần thử lại: lặp lại VRFY vẫn nhận được cùng mã 252. Tiếp tục với giao dịch thư thật hoặc QUIT.</translation>
    </message>
    <message>
        <source>VRFY is disabled on the server to stop address harvesting, so it gives the neutral 252.</source>
        <comment>252|causes</comment>
        <translation>VRFY bị tắt trên máy chủ để ngăn việc thu thập địa chỉ, nên máy chủ trả lời bằng mã trung lập 252.</translation>
    </message>
    <message>
        <source>The server is an MX or relay that accepts mail for the domain but cannot check mailboxes on the final server.</source>
        <comment>252|causes</comment>
        <translation>Máy chủ là một MX hoặc relay nhận thư cho tên miền nhưng không thể kiểm tra hộp thư trên máy chủ đích cuối cùng.</translation>
    </message>
    <message>
        <source>An ETRN request for a domain with queued mail was accepted and delivery of the pending messages has begun.</source>
        <comment>252|causes</comment>
        <translation>Một yêu cầu ETRN cho tên miền có thư trong hàng đợi đã được chấp nhận và việc chuyển phát các thư đang chờ đã bắt đầu.</translation>
    </message>
    <message>
        <source>Check the same address with RCPT TO, which is what counts for delivery, and stop before DATA.</source>
        <comment>252|checks.step</comment>
        <translation>Kiểm tra cùng địa chỉ đó bằng RCPT TO, vốn là thứ quyết định việc chuyển phát, và dừng lại trước DATA.</translation>
    </message>
    <message>
        <source>On your own Postfix server, see whether VRFY is switched off (Postfix then answers 502 rather than 252).</source>
        <comment>252|checks.step</comment>
        <translation>Trên máy chủ Postfix của chính bạn, xem VRFY có bị tắt hay không (khi đó Postfix trả lời 502 chứ không phải 252).</translation>
    </message>
    <message>
        <source>Gmail never verifies addresses through VRFY: it gives this neutral answer, borrowed from qmail&apos;s wording, whether or not the mailbox exists.</source>
        <comment>252|providers.meaning</comment>
        <translation>Gmail không bao giờ xác minh địa chỉ qua VRFY: nó đưa ra câu trả lời trung lập này, mượn câu chữ của qmail, bất kể hộp thư có tồn tại hay không.</translation>
    </message>
    <message>
        <source>OK, &lt;n&gt; pending messages for node &lt;x&gt; started</source>
        <comment>253|title</comment>
        <translation>OK, đã bắt đầu chuyển phát &lt;n&gt; thư đang chờ cho node &lt;x&gt;</translation>
    </message>
    <message>
        <source>253 is a success reply to ETRN (RFC 1985): the server has started delivering the messages it was holding for the named domain or host and says how many there are. It exists only in the ETRN extension, which lets an intermittently connected site ask its backup MX or provider&apos;s mail server to flush the queue towards it.</source>
        <comment>253|summary</comment>
        <translation>253 là phản hồi thành công cho ETRN (RFC 1985): máy chủ đã bắt đầu chuyển phát các thư đang giữ cho tên miền hoặc máy được nêu tên và cho biết có bao nhiêu thư. Mã này chỉ tồn tại trong phần mở rộng ETRN, cho phép một site kết nối không liên tục yêu cầu MX dự phòng hoặc máy chủ thư của nhà cung cấp đẩy hàng đợi (flush) về phía mình.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by an admin testing by hand. Servers may answer ETRN with the plainer 250 or 252 instead, and many do (Postfix, for example, says 250), so 253 is rarely seen.</source>
        <comment>253|whenSeen</comment>
        <translation>Chỉ sau lệnh ETRN, thường do fetchmail ở chế độ ETRN gửi, do máy chủ thư của một văn phòng nhỏ gửi khi đường truyền được kết nối, hoặc do quản trị viên kiểm tra bằng tay. Máy chủ có thể trả lời ETRN bằng mã đơn giản hơn là 250 hoặc 252, và nhiều máy chủ làm vậy (ví dụ Postfix trả lời 250), nên 253 hiếm khi gặp.</translation>
    </message>
    <message>
        <source>Nothing to fix: the queue run has started. The held messages arrive over new inbound SMTP connections to the client&apos;s own server, so if they do not show up, the client&apos;s admin checks that this server is reachable on port 25 from the queuing server and that its MX records and firewall are right.</source>
        <comment>253|howToFix</comment>
        <translation>Không có gì cần sửa: lượt xử lý hàng đợi đã bắt đầu. Các thư được giữ sẽ tới qua các kết nối SMTP đến mới vào máy chủ của chính máy khách, nên nếu thư không tới, quản trị viên phía máy khách kiểm tra xem máy chủ này có truy cập được qua cổng 25 từ máy chủ giữ hàng đợi không, và bản ghi MX cùng tường lửa của mình có đúng không.</translation>
    </message>
    <message>
        <source>Nothing to retry: the flush is running. Send ETRN again only at the next connection or scheduled poll, not in a loop while delivery is in progress.</source>
        <comment>253|retry</comment>
        <translation>Không cần thử lại: quá trình flush đang chạy. Chỉ gửi lại ETRN ở lần kết nối kế tiếp hoặc lần thăm dò theo lịch, không gửi liên tục trong khi việc chuyển phát đang diễn ra.</translation>
    </message>
    <message>
        <source>The client site came online and sent ETRN for its domain to the server that queues its mail.</source>
        <comment>253|causes</comment>
        <translation>Site phía máy khách vừa trực tuyến và gửi ETRN cho tên miền của mình tới máy chủ đang giữ thư của nó trong hàng đợi.</translation>
    </message>
    <message>
        <source>fetchmail or a scheduled job issues ETRN regularly on behalf of a mail server with a dial-up or dynamic connection.</source>
        <comment>253|causes</comment>
        <translation>fetchmail hoặc một tác vụ định kỳ thường xuyên gửi ETRN thay mặt cho một máy chủ thư dùng kết nối quay số (dial-up) hoặc IP động.</translation>
    </message>
    <message>
        <source>After the 253, watch your own server&apos;s log for the incoming deliveries.</source>
        <comment>253|checks.step</comment>
        <translation>Sau phản hồi 253, theo dõi nhật ký máy chủ của bạn để thấy các lần chuyển phát đến.</translation>
    </message>
    <message>
        <source>On a Postfix relay that holds the mail, flush the deferred messages for the domain by hand if needed.</source>
        <comment>253|checks.step</comment>
        <translation>Trên relay Postfix đang giữ thư, flush thủ công các thư bị hoãn của tên miền nếu cần.</translation>
    </message>
    <message>
        <source>On an Exim relay, start a queue run for messages addressed to the domain.</source>
        <comment>253|checks.step</comment>
        <translation>Trên relay Exim, khởi chạy một lượt xử lý hàng đợi cho các thư gửi tới tên miền.</translation>
    </message>
    <message>
        <source>Server challenge (base64 text follows)</source>
        <comment>334|title</comment>
        <translation>Thách thức từ máy chủ (theo sau là văn bản base64)</translation>
    </message>
    <message>
        <source>334 is the intermediate reply inside an AUTH exchange: the server wants the next piece of authentication data, and the text after the code is a base64-encoded challenge, which may be empty. The client answers with one base64 line, or a single asterisk to cancel, and the exchange ends with 235 on success or an error such as 535.</source>
        <comment>334|summary</comment>
        <translation>334 là phản hồi trung gian bên trong quá trình AUTH: máy chủ muốn phần dữ liệu xác thực tiếp theo, và văn bản sau mã là một chuỗi thách thức (challenge) mã hóa base64, có thể rỗng. Máy khách trả lời bằng một dòng base64, hoặc một dấu sao duy nhất để hủy, và quá trình kết thúc bằng 235 nếu thành công hoặc một lỗi như 535.</translation>
    </message>
    <message>
        <source>Right after the client sends AUTH during submission. With AUTH LOGIN servers send &quot;334 VXNlcm5hbWU6&quot; and &quot;334 UGFzc3dvcmQ6&quot;, which decode to &quot;Username:&quot; and &quot;Password:&quot;; with AUTH PLAIN sent without an initial response the challenge is empty. With XOAUTH2, Gmail sends a 334 whose base64 text is a JSON error when the OAuth token is rejected.</source>
        <comment>334|whenSeen</comment>
        <translation>Ngay sau khi máy khách gửi AUTH trong quá trình submission. Với AUTH LOGIN, máy chủ gửi &quot;334 VXNlcm5hbWU6&quot; và &quot;334 UGFzc3dvcmQ6&quot;, giải mã ra &quot;Username:&quot; và &quot;Password:&quot;; với AUTH PLAIN được gửi mà không có phản hồi ban đầu (initial response), chuỗi thách thức là rỗng. Với XOAUTH2, Gmail gửi một 334 có văn bản base64 là một lỗi JSON khi token OAuth bị từ chối.</translation>
    </message>
    <message>
        <source>Nothing is wrong by itself; the client software has to answer the challenge. If a session hangs or fails after 334, the client is sending the wrong thing (unencoded text, the wrong mechanism, or an expired token). Decode the challenge to see what the server wants; for an XOAUTH2 JSON error, the sender must refresh the OAuth token or grant the mail scope, then try again.</source>
        <comment>334|howToFix</comment>
        <translation>Bản thân mã này không có gì sai; phần mềm máy khách phải trả lời chuỗi thách thức. Nếu phiên bị treo hoặc thất bại sau 334, máy khách đang gửi sai nội dung (văn bản chưa mã hóa, sai cơ chế, hoặc token đã hết hạn). Hãy giải mã chuỗi thách thức để biết máy chủ muốn gì; với lỗi JSON của XOAUTH2, người gửi phải làm mới token OAuth hoặc cấp phạm vi (scope) thư, rồi thử lại.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the next base64 response line, or a single asterisk to abandon the exchange, which the server answers with 501. Do not start AUTH over after every 334.</source>
        <comment>334|retry</comment>
        <translation>Tiếp tục hội thoại: gửi dòng phản hồi base64 tiếp theo, hoặc một dấu sao duy nhất để bỏ quá trình xác thực, khi đó máy chủ trả lời 501. Đừng bắt đầu lại AUTH sau mỗi 334.</translation>
    </message>
    <message>
        <source>The client started AUTH LOGIN, which always asks for the username and the password in two 334 steps.</source>
        <comment>334|causes</comment>
        <translation>Máy khách đã bắt đầu AUTH LOGIN, cơ chế luôn hỏi tên người dùng và mật khẩu qua hai bước 334.</translation>
    </message>
    <message>
        <source>The client sent AUTH PLAIN or another mechanism without an initial response, so the server sends an empty challenge.</source>
        <comment>334|causes</comment>
        <translation>Máy khách đã gửi AUTH PLAIN hoặc một cơ chế khác mà không kèm phản hồi ban đầu, nên máy chủ gửi một chuỗi thách thức rỗng.</translation>
    </message>
    <message>
        <source>A challenge-response mechanism such as CRAM-MD5 sends a base64 nonce that the client must answer with a keyed digest.</source>
        <comment>334|causes</comment>
        <translation>Một cơ chế thách thức-phản hồi như CRAM-MD5 gửi một nonce base64 mà máy khách phải trả lời bằng một giá trị băm có khóa (keyed digest).</translation>
    </message>
    <message>
        <source>An XOAUTH2 token was expired, revoked or missing the mail scope, and the server reports this as a base64 JSON challenge before the final failure.</source>
        <comment>334|causes</comment>
        <translation>Token XOAUTH2 đã hết hạn, bị thu hồi hoặc thiếu phạm vi thư, và máy chủ báo điều này bằng một chuỗi thách thức JSON mã hóa base64 trước phản hồi thất bại cuối cùng.</translation>
    </message>
    <message>
        <source>Decode the challenge text to see what the server is asking for.</source>
        <comment>334|checks.step</comment>
        <translation>Giải mã văn bản thách thức để biết máy chủ đang yêu cầu gì.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string for a manual test with a test account; it is only encoded, not encrypted, so use it over TLS only.</source>
        <comment>334|checks.step</comment>
        <translation>Tạo một chuỗi AUTH PLAIN cho lần kiểm tra bằng tay với tài khoản thử nghiệm; chuỗi này chỉ được mã hóa base64 chứ không được mật mã hóa, nên chỉ dùng nó qua TLS.</translation>
    </message>
    <message>
        <source>Run the whole AUTH exchange over TLS with swaks and read each 334 step in the transcript.</source>
        <comment>334|checks.step</comment>
        <translation>Chạy toàn bộ quá trình AUTH qua TLS bằng swaks và đọc từng bước 334 trong bản ghi phiên.</translation>
    </message>
    <message>
        <source>In XOAUTH2, Google reports a rejected access token as a 334 challenge whose base64 text decodes to JSON with status, schemes and scope; the client answers with an empty line and then gets the final failure reply.</source>
        <comment>334|providers.meaning</comment>
        <translation>Trong XOAUTH2, Google báo token truy cập bị từ chối bằng một chuỗi thách thức 334 có văn bản base64 giải mã ra JSON chứa status, schemes và scope; máy khách trả lời bằng một dòng trống và sau đó nhận phản hồi thất bại cuối cùng.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <comment>354|title</comment>
        <translation>Bắt đầu nhập thư; kết thúc bằng &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>354 is the go-ahead after DATA: the server has at least one accepted recipient and now wants the message itself, headers and body, ending with a line that holds only a dot. It is an intermediate reply, not acceptance; the verdict on the message is the reply after the final dot.</source>
        <comment>354|summary</comment>
        <translation>354 là tín hiệu cho phép sau DATA: máy chủ đã có ít nhất một người nhận được chấp nhận và giờ muốn nhận chính nội dung thư, gồm header và phần thân, kết thúc bằng một dòng chỉ có một dấu chấm. Đây là phản hồi trung gian, chưa phải là chấp nhận; kết luận về thư là phản hồi sau dấu chấm kết thúc.</translation>
    </message>
    <message>
        <source>Right after the client sends DATA; BDAT has no such step. Typical texts: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. In a manual test this is where you type the headers, a blank line and the body.</source>
        <comment>354|whenSeen</comment>
        <translation>Ngay sau khi máy khách gửi DATA; BDAT không có bước này. Các văn bản điển hình: Postfix &quot;354 End data with &lt;CR&gt;&lt;LF&gt;.&lt;CR&gt;&lt;LF&gt;&quot;, Exim &quot;354 Enter message, ending with &quot;.&quot; on a line by itself&quot;, Exchange &quot;354 Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;&quot;, Gmail &quot;354 Go ahead&quot;. Trong một lần kiểm tra bằng tay, đây là lúc bạn gõ các header, một dòng trống rồi phần thân thư.</translation>
    </message>
    <message>
        <source>Nothing to fix at this point. Problems that appear just after 354 belong to the data phase: if the session stalls or times out while a large message is being sent, suspect the network path (MTU trouble, a middlebox inspecting SMTP) or a slow link, and the sender&apos;s admin should compare with a small test message. If the server rejects after the dot, read that reply, not the 354.</source>
        <comment>354|howToFix</comment>
        <translation>Tại thời điểm này không có gì cần sửa. Các vấn đề xuất hiện ngay sau 354 thuộc về giai đoạn truyền dữ liệu: nếu phiên bị treo hoặc hết thời gian chờ khi đang gửi một thư lớn, hãy nghi ngờ đường mạng (vấn đề MTU, thiết bị trung gian kiểm tra SMTP) hoặc đường truyền chậm, và quản trị viên phía người gửi nên so sánh với một thư thử nghiệm nhỏ. Nếu máy chủ từ chối sau dấu chấm, hãy đọc phản hồi đó, không phải 354.</translation>
    </message>
    <message>
        <source>Continue the dialogue: send the content with dot-stuffing and the terminating dot, then wait for the final reply, which RFC 5321 allows ten minutes for. If the connection drops before that reply, treat the message as not delivered and retry later.</source>
        <comment>354|retry</comment>
        <translation>Tiếp tục hội thoại: gửi nội dung thư có áp dụng dot-stuffing và dấu chấm kết thúc, rồi chờ phản hồi cuối cùng, mà RFC 5321 cho phép tới mười phút. Nếu kết nối bị ngắt trước khi có phản hồi đó, hãy coi thư là chưa được chuyển phát và thử lại sau.</translation>
    </message>
    <message>
        <source>The client sent DATA after at least one RCPT TO was accepted, so the server is ready for the content.</source>
        <comment>354|causes</comment>
        <translation>Máy khách đã gửi DATA sau khi ít nhất một RCPT TO được chấp nhận, nên máy chủ sẵn sàng nhận nội dung.</translation>
    </message>
    <message>
        <source>A manual test with telnet or openssl reached the data stage.</source>
        <comment>354|causes</comment>
        <translation>Một lần kiểm tra bằng tay với telnet hoặc openssl đã tới giai đoạn truyền dữ liệu.</translation>
    </message>
    <message>
        <source>With PIPELINING, the client sent DATA in the same batch as its recipients, and the 354 confirms that at least one of them was accepted.</source>
        <comment>354|causes</comment>
        <translation>Với PIPELINING, máy khách đã gửi DATA trong cùng một lô với các người nhận, và 354 xác nhận rằng ít nhất một người nhận trong số đó đã được chấp nhận.</translation>
    </message>
    <message>
        <source>Send a small test message and watch the 354 and the final reply in the transcript.</source>
        <comment>354|checks.step</comment>
        <translation>Gửi một thư thử nghiệm nhỏ và theo dõi 354 cùng phản hồi cuối cùng trong bản ghi phiên.</translation>
    </message>
    <message>
        <source>If large messages stall after 354 while small ones pass, check the path MTU towards the server.</source>
        <comment>354|checks.step</comment>
        <translation>Nếu thư lớn bị treo sau 354 trong khi thư nhỏ đi qua được, hãy kiểm tra path MTU tới máy chủ.</translation>
    </message>
    <message>
        <source>On a Postfix sender, check how long it waits for the data transfer and for the final reply.</source>
        <comment>354|checks.step</comment>
        <translation>Trên máy chủ Postfix của người gửi, kiểm tra thời gian nó chờ cho việc truyền dữ liệu và cho phản hồi cuối cùng.</translation>
    </message>
    <message>
        <source>Octet-offset is the transaction offset</source>
        <comment>355|title</comment>
        <translation>Octet-offset là độ lệch của giao dịch</translation>
    </message>
    <message>
        <source>355 belongs to the experimental CHECKPOINT extension of RFC 1845 (1995), meant to resume large transfers that were cut off. When a client repeats an interrupted transaction by sending MAIL FROM with the same TRANSID, a server that kept the partial data answers 355 with a number first on the line: the zero-based offset of the next octet of message data it expects. The extension was never widely deployed, and common servers do not offer it.</source>
        <comment>355|summary</comment>
        <translation>355 thuộc phần mở rộng thử nghiệm CHECKPOINT của RFC 1845 (1995), nhằm tiếp tục các lần truyền thư lớn bị gián đoạn. Khi máy khách lặp lại một giao dịch bị ngắt bằng cách gửi MAIL FROM với cùng TRANSID, máy chủ đã giữ phần dữ liệu dở dang sẽ trả lời 355 kèm một con số ở đầu dòng: độ lệch (offset, tính từ 0) của octet dữ liệu thư tiếp theo mà nó cần. Phần mở rộng này chưa bao giờ được triển khai rộng rãi, và các máy chủ phổ biến không hỗ trợ nó.</translation>
    </message>
    <message>
        <source>Practically never. It can only follow a MAIL FROM carrying a TRANSID parameter, on a server that advertised CHECKPOINT in its EHLO reply. It appears in lists of SMTP codes for completeness; in live traffic a 355 more likely comes from a test tool or a misbehaving server.</source>
        <comment>355|whenSeen</comment>
        <translation>Hầu như không bao giờ. Nó chỉ có thể xuất hiện sau một MAIL FROM mang tham số TRANSID, trên một máy chủ đã quảng bá CHECKPOINT trong phản hồi EHLO. Nó có mặt trong các danh sách mã SMTP cho đầy đủ; trong lưu lượng thực tế, một 355 nhiều khả năng đến từ công cụ kiểm thử hoặc một máy chủ hoạt động sai.</translation>
    </message>
    <message>
        <source>Nothing to fix in normal operations. If a client receives 355 without having used CHECKPOINT, the server is misbehaving and its admin should be told; client software that never sent TRANSID cannot continue that transaction sensibly and should reset it. For very large messages, respect the SIZE limit the server advertises or send a link instead of an attachment.</source>
        <comment>355|howToFix</comment>
        <translation>Trong vận hành bình thường không có gì cần sửa. Nếu máy khách nhận được 355 mà không hề dùng CHECKPOINT, máy chủ đang hoạt động sai và cần báo cho quản trị viên của nó; phần mềm máy khách chưa từng gửi TRANSID không thể tiếp tục giao dịch đó một cách hợp lý và nên đặt lại (reset) giao dịch. Với thư rất lớn, hãy tuân thủ giới hạn SIZE mà máy chủ quảng bá hoặc gửi đường liên kết thay cho tệp đính kèm.</translation>
    </message>
    <message>
        <source>Only a client that uses CHECKPOINT continues, sending the message data from the offset given, as RFC 1845 describes. Any other client should send RSET and retry the whole message from the start.</source>
        <comment>355|retry</comment>
        <translation>Chỉ máy khách có dùng CHECKPOINT mới tiếp tục, gửi dữ liệu thư từ độ lệch được chỉ định, như RFC 1845 mô tả. Mọi máy khách khác nên gửi RSET và thử lại toàn bộ thư từ đầu.</translation>
    </message>
    <message>
        <source>A client that implements RFC 1845 reconnected after an interrupted transfer and repeated MAIL FROM with the same TRANSID.</source>
        <comment>355|causes</comment>
        <translation>Một máy khách hỗ trợ RFC 1845 đã kết nối lại sau khi việc truyền bị gián đoạn và lặp lại MAIL FROM với cùng TRANSID.</translation>
    </message>
    <message>
        <source>A test or mock SMTP server that emits codes from a reference list returned 355 without real checkpoint support.</source>
        <comment>355|causes</comment>
        <translation>Một máy chủ SMTP kiểm thử hoặc giả lập phát ra các mã lấy từ danh sách tham khảo đã trả lời 355 mà không thực sự hỗ trợ checkpoint.</translation>
    </message>
    <message>
        <source>Check whether the server advertises the extension at all; CHECKPOINT must appear in its EHLO reply.</source>
        <comment>355|checks.step</comment>
        <translation>Kiểm tra xem máy chủ có quảng bá phần mở rộng này không; CHECKPOINT phải xuất hiện trong phản hồi EHLO của nó.</translation>
    </message>
    <message>
        <source>Look at the MAIL FROM line the client sent for a TRANSID= parameter; without it, a 355 makes no sense.</source>
        <comment>355|checks.step</comment>
        <translation>Xem dòng MAIL FROM mà máy khách đã gửi có tham số TRANSID= hay không; nếu không có, một phản hồi 355 là vô nghĩa.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <comment>420|title</comment>
        <translation>Hết thời gian chờ kết nối</translation>
    </message>
    <message>
        <source>420 is not an SMTP reply code in any RFC; code lists describe it as a timeout while talking to the remote server. The number mostly comes from Novell GroupWise, whose Internet Agent (GWIA) logs &quot;420 TCP read error&quot; or &quot;420 TCP write error&quot; for its own outbound timeouts. It is easily mixed up with the real reply 421, or with the enhanced code 4.2.0 written without dots.</source>
        <comment>420|summary</comment>
        <translation>420 không phải là mã phản hồi SMTP trong bất kỳ RFC nào; các danh sách mã mô tả nó là hết thời gian chờ khi đang trao đổi với máy chủ từ xa. Con số này chủ yếu đến từ Novell GroupWise, với Internet Agent (GWIA) ghi vào nhật ký &quot;420 TCP read error&quot; hoặc &quot;420 TCP write error&quot; cho các lần hết thời gian chờ khi gửi ra của chính nó. Nó dễ bị nhầm với phản hồi thật 421, hoặc với mã trạng thái mở rộng 4.2.0 bị viết thiếu dấu chấm.</translation>
    </message>
    <message>
        <source>Outbound, on a GroupWise system: GWIA had connected to the remote host, then a read or write stalled until its timeout (five minutes by default for TCP reads), and it recorded 420 locally before moving the message to its defer queue. The remote server never sent 420. On other software a &quot;420&quot; in a ticket is usually a misread 421 or 4.2.0.</source>
        <comment>420|whenSeen</comment>
        <translation>Ở chiều gửi đi, trên hệ thống GroupWise: GWIA đã kết nối tới máy từ xa, rồi một thao tác đọc hoặc ghi bị treo cho tới khi hết thời gian chờ (mặc định năm phút với thao tác đọc TCP), và nó ghi 420 cục bộ trước khi chuyển thư vào hàng đợi hoãn (defer queue). Máy chủ từ xa chưa bao giờ gửi 420. Với các phần mềm khác, &quot;420&quot; trong một ticket thường là 421 hoặc 4.2.0 bị đọc nhầm.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin investigates the network path; GroupWise retries deferred mail on its own schedule. If only one destination fails, suspect that receiver: a filter that stalls or tarpits your IP, or a HELO name that does not match your public address. If every destination fails, check your own firewall, router MTU, network card and Internet line; a packet capture of one failing session usually settles it.</source>
        <comment>420|howToFix</comment>
        <translation>Quản trị viên phía người gửi điều tra đường mạng; GroupWise tự thử lại thư bị hoãn theo lịch riêng. Nếu chỉ một đích bị lỗi, hãy nghi ngờ bên nhận đó: một bộ lọc làm treo hoặc tarpit IP của bạn, hoặc tên HELO không khớp với địa chỉ công khai của bạn. Nếu mọi đích đều lỗi, hãy kiểm tra tường lửa, MTU của router, card mạng và đường Internet của chính bạn; một bản bắt gói tin (packet capture) của một phiên bị lỗi thường đủ để kết luận.</translation>
    </message>
    <message>
        <source>Nothing special: the software that logged it treats it as transient and retries from its defer queue. If one destination keeps failing for hours, stop waiting and diagnose the connection.</source>
        <comment>420|retry</comment>
        <translation>Không có gì đặc biệt: phần mềm ghi vào nhật ký mã này coi nó là tạm thời và thử lại từ hàng đợi hoãn. Nếu một đích liên tục lỗi trong nhiều giờ, đừng chờ nữa mà hãy chẩn đoán kết nối.</translation>
    </message>
    <message>
        <source>A firewall or router between the GroupWise Internet Agent and the Internet stalls the TCP stream, for example through an MTU or path-MTU discovery problem with large attachments.</source>
        <comment>420|causes</comment>
        <translation>Tường lửa hoặc router nằm giữa GroupWise Internet Agent và Internet làm treo luồng TCP, ví dụ do vấn đề MTU hoặc path-MTU discovery với tệp đính kèm lớn.</translation>
    </message>
    <message>
        <source>The receiving server slows down or stops answering mid-session (tarpitting, overload, or a filter that dislikes the sending IP) until GWIA&apos;s read timeout expires.</source>
        <comment>420|causes</comment>
        <translation>Máy chủ nhận chậm lại hoặc ngừng trả lời giữa phiên (tarpitting, quá tải, hoặc một bộ lọc không ưa IP gửi) cho tới khi hết thời gian chờ đọc của GWIA.</translation>
    </message>
    <message>
        <source>A corrupt message file in the GWIA send directory that the agent cannot transmit.</source>
        <comment>420|causes</comment>
        <translation>Một tệp thư bị hỏng trong thư mục gửi của GWIA mà agent không thể truyền đi.</translation>
    </message>
    <message>
        <source>Someone copied down a 421 reply or the enhanced status 4.2.0 (a greylisting deferral, for instance) as 420.</source>
        <comment>420|causes</comment>
        <translation>Ai đó đã chép một phản hồi 421 hoặc mã trạng thái mở rộng 4.2.0 (ví dụ một lần hoãn do greylisting) thành 420.</translation>
    </message>
    <message>
        <source>Find the real SMTP dialogue for the failed message in the agent&apos;s or MTA&apos;s log and note the actual reply and enhanced code.</source>
        <comment>420|checks.step</comment>
        <translation>Tìm hội thoại SMTP thật của thư bị lỗi trong nhật ký của agent hoặc MTA và ghi lại phản hồi cùng mã trạng thái mở rộng thực tế.</translation>
    </message>
    <message>
        <source>Check whether full-size packets reach the receiver without fragmentation (1472 bytes of payload plus headers makes 1500).</source>
        <comment>420|checks.step</comment>
        <translation>Kiểm tra xem các gói tin kích thước tối đa có tới được bên nhận mà không bị phân mảnh hay không (1472 byte dữ liệu cộng phần header là 1500).</translation>
    </message>
    <message>
        <source>Run a complete test session from the same host and watch where it stalls.</source>
        <comment>420|checks.step</comment>
        <translation>Chạy một phiên thử nghiệm đầy đủ từ cùng máy đó và theo dõi xem nó treo ở đâu.</translation>
    </message>
    <message>
        <source>&lt;domain&gt; Service not available, closing transmission channel</source>
        <comment>421|title</comment>
        <translation>&lt;domain&gt; Dịch vụ không khả dụng, đang đóng kênh truyền</translation>
    </message>
    <message>
        <source>The server is closing the connection and will not process this or any further command in the session. It can be the greeting (the service is not available right now) or the answer to any later command when the server must shut down, has hit a limit, or has decided to drop the client. The client must stop, reconnect later, and may try another MX host meanwhile.</source>
        <comment>421|summary</comment>
        <translation>Máy chủ đang đóng kết nối và sẽ không xử lý lệnh này hay bất kỳ lệnh nào khác trong phiên. Đây có thể là lời chào (dịch vụ hiện không khả dụng) hoặc câu trả lời cho bất kỳ lệnh nào sau đó khi máy chủ phải tắt, đã chạm tới một giới hạn, hoặc đã quyết định ngắt máy khách. Máy khách phải dừng lại, kết nối lại sau, và trong lúc đó có thể thử một máy MX khác.</translation>
    </message>
    <message>
        <source>Most often at the greeting or right after EHLO, MAIL FROM or RCPT TO. Typical sources: Postfix postscreen and smtpd (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim and Exchange when connection limits are reached or the service is stopping, and large providers throttling IP addresses with poor reputation (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</source>
        <comment>421|whenSeen</comment>
        <translation>Thường gặp nhất ở lời chào hoặc ngay sau EHLO, MAIL FROM hay RCPT TO. Các nguồn điển hình: postscreen và smtpd của Postfix (&quot;421 4.3.2 All server ports are busy&quot;, &quot;421 4.7.0 mail.example.com Error: too many connections from 192.0.2.10&quot;, &quot;421 4.4.2 mail.example.com Error: timeout exceeded&quot;), Exim và Exchange khi chạm giới hạn kết nối hoặc dịch vụ đang dừng, và các nhà cung cấp lớn giới hạn tốc độ (throttling) các địa chỉ IP có uy tín kém (Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]).</translation>
    </message>
    <message>
        <source>Usually nothing beyond letting the queue retry. If it persists, the sender&apos;s admin reads the text: a connection or rate limit means fewer parallel connections and a slower message rate toward that domain (in Postfix, a dedicated transport with a lower destination concurrency limit and a rate delay); a reputation block means checking blocklists, PTR, SPF, DKIM, DMARC and complaint rates, then sending less and better-wanted mail. If the text points to a shutdown or local trouble at the receiver, only the recipient&apos;s admin can fix it.</source>
        <comment>421|howToFix</comment>
        <translation>Thường không cần làm gì ngoài việc để hàng đợi tự thử lại. Nếu tình trạng kéo dài, quản trị viên phía người gửi đọc văn bản phản hồi: giới hạn kết nối hoặc giới hạn tốc độ nghĩa là cần giảm số kết nối song song và gửi chậm hơn tới tên miền đó (trong Postfix, dùng một transport riêng với giới hạn đồng thời theo đích thấp hơn và độ trễ giữa các lần gửi); bị chặn do uy tín nghĩa là cần kiểm tra danh sách chặn, PTR, SPF, DKIM, DMARC và tỷ lệ khiếu nại, rồi gửi ít thư hơn và là thư người nhận thực sự mong muốn. Nếu văn bản cho thấy bên nhận đang tắt dịch vụ hoặc gặp sự cố nội bộ, chỉ quản trị viên phía người nhận mới sửa được.</translation>
    </message>
    <message>
        <source>Retry later with backoff; the session is over, so reconnect instead of sending more commands. Moving to the next MX host is fine, but reconnecting to the same host over and over makes reputation throttling last longer.</source>
        <comment>421|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần; phiên đã kết thúc, nên hãy kết nối lại thay vì gửi thêm lệnh. Chuyển sang máy MX kế tiếp là được, nhưng kết nối lại liên tục tới cùng một máy sẽ khiến việc giới hạn do uy tín kéo dài hơn.</translation>
    </message>
    <message>
        <source>The receiver throttles the sending IP for reputation or volume reasons (spam complaints, a sudden jump in volume, a blocklist listing).</source>
        <comment>421|causes</comment>
        <translation>Bên nhận giới hạn tốc độ đối với IP gửi vì lý do uy tín hoặc khối lượng (khiếu nại thư rác, khối lượng tăng đột ngột, bị đưa vào danh sách chặn).</translation>
    </message>
    <message>
        <source>Too many simultaneous connections from one client, or a connection rate limit reached.</source>
        <comment>421|causes</comment>
        <translation>Có quá nhiều kết nối đồng thời từ một máy khách, hoặc đã chạm giới hạn tốc độ kết nối.</translation>
    </message>
    <message>
        <source>The SMTP service is shutting down, restarting, or out of worker processes.</source>
        <comment>421|causes</comment>
        <translation>Dịch vụ SMTP đang tắt, đang khởi động lại, hoặc đã hết tiến trình xử lý (worker process).</translation>
    </message>
    <message>
        <source>The client was too slow or sent too many bad commands, and the server ended the session (timeout or error limit).</source>
        <comment>421|causes</comment>
        <translation>Máy khách quá chậm hoặc gửi quá nhiều lệnh sai, và máy chủ đã kết thúc phiên (hết thời gian chờ hoặc chạm giới hạn lỗi).</translation>
    </message>
    <message>
        <source>A TLS or policy requirement for the recipient domain is not met and the provider closes the session (Gmail: &quot;TLS required for RCPT domain&quot;).</source>
        <comment>421|causes</comment>
        <translation>Một yêu cầu về TLS hoặc chính sách đối với tên miền người nhận không được đáp ứng và nhà cung cấp đóng phiên (Gmail: &quot;TLS required for RCPT domain&quot;).</translation>
    </message>
    <message>
        <source>Read the deferral text recorded for the destination; it names the limit or block that applied.</source>
        <comment>421|checks.step</comment>
        <translation>Đọc văn bản hoãn được ghi lại cho đích đó; nó nêu rõ giới hạn hoặc lệnh chặn đã được áp dụng.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is on a public blocklist (query with the octets reversed).</source>
        <comment>421|checks.step</comment>
        <translation>Kiểm tra xem IP gửi có nằm trong danh sách chặn công khai nào không (truy vấn với các octet đảo ngược).</translation>
    </message>
    <message>
        <source>Confirm the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>421|checks.step</comment>
        <translation>Xác nhận rằng IP gửi có bản ghi PTR với tên phân giải ngược về đúng IP đó.</translation>
    </message>
    <message>
        <source>Count how many outgoing SMTP connections your server holds open at once.</source>
        <comment>421|checks.step</comment>
        <translation>Đếm số kết nối SMTP đi ra mà máy chủ của bạn mở đồng thời.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting the sending IP because of its reputation or spam-like traffic; it clears as volume falls and reputation recovers.</source>
        <comment>421|providers.meaning</comment>
        <translation>Gmail đang giới hạn tốc độ IP gửi vì uy tín của IP hoặc lưu lượng có dấu hiệu thư rác; tình trạng này hết khi khối lượng giảm và uy tín phục hồi.</translation>
    </message>
    <message>
        <source>Yahoo defers mail from the IP because of complaint rates or unusual volume; the bracketed tag (TSS04 and similar) is Yahoo&apos;s own reason code.</source>
        <comment>421|providers.meaning</comment>
        <translation>Yahoo hoãn thư từ IP này vì tỷ lệ khiếu nại hoặc khối lượng bất thường; thẻ trong ngoặc vuông (TSS04 và tương tự) là mã lý do riêng của Yahoo.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.12)</source>
        <comment>422|title</comment>
        <translation>Không có định nghĩa cơ bản (gắn với X.7.12)</translation>
    </message>
    <message>
        <source>No RFC defines a 422 reply. The IANA enhanced status code registry lists 422 next to 432 as basic codes for X.7.12 (a password transition is needed), while RFC 4954, which defines X.7.12, only ever uses 432 4.7.12. If you meet a 422, read it as a transient failure with the meaning of 432.</source>
        <comment>422|summary</comment>
        <translation>Không có RFC nào định nghĩa phản hồi 422. Sổ đăng ký mã trạng thái mở rộng của IANA liệt kê 422 cạnh 432 như các mã cơ bản cho X.7.12 (cần chuyển đổi mật khẩu), trong khi RFC 4954, nơi định nghĩa X.7.12, chỉ dùng 432 4.7.12. Nếu gặp 422, hãy hiểu nó là lỗi tạm thời với ý nghĩa của 432.</translation>
    </message>
    <message>
        <source>Practically never on the wire; we know of no mainstream server that sends it. People find it in the IANA registry table or in code-list libraries that copy the registry&apos;s associations. A server that did send it would do so in answer to AUTH.</source>
        <comment>422|whenSeen</comment>
        <translation>Trên thực tế hầu như không bao giờ xuất hiện trong phiên SMTP; chúng tôi không biết máy chủ phổ biến nào gửi mã này. Người ta thấy nó trong bảng sổ đăng ký của IANA hoặc trong các thư viện danh sách mã sao chép các liên kết của sổ đăng ký. Nếu một máy chủ có gửi mã này thì sẽ là để trả lời AUTH.</translation>
    </message>
    <message>
        <source>Handle it like 432: the user, or the client software for them, authenticates once with a plain-text mechanism such as PLAIN over TLS so the server can derive the credentials the stronger mechanism needs, then goes back to the usual mechanism. If the server keeps answering 422, its admin should check the authentication backend and switch to the documented 432 reply.</source>
        <comment>422|howToFix</comment>
        <translation>Xử lý như 432: người dùng, hoặc phần mềm máy khách thay mặt họ, xác thực một lần bằng cơ chế văn bản thuần như PLAIN qua TLS để máy chủ có thể tạo ra thông tin xác thực mà cơ chế mạnh hơn cần, rồi quay lại cơ chế thường dùng. Nếu máy chủ tiếp tục trả lời 422, quản trị viên của nó nên kiểm tra backend xác thực và chuyển sang phản hồi 432 theo tài liệu.</translation>
    </message>
    <message>
        <source>Do not loop on the same mechanism. One PLAIN login over TLS should let the stronger mechanism work in later sessions; a mail client should tell the user rather than retry silently.</source>
        <comment>422|retry</comment>
        <translation>Đừng thử lặp lại với cùng cơ chế. Một lần đăng nhập PLAIN qua TLS sẽ giúp cơ chế mạnh hơn hoạt động ở các phiên sau; ứng dụng thư nên thông báo cho người dùng thay vì âm thầm thử lại.</translation>
    </message>
    <message>
        <source>The account&apos;s stored credentials do not yet exist in the form the requested SASL mechanism needs, for example after a change of password storage.</source>
        <comment>422|causes</comment>
        <translation>Thông tin xác thực đã lưu của tài khoản chưa tồn tại ở dạng mà cơ chế SASL được yêu cầu cần đến, ví dụ sau khi thay đổi cách lưu trữ mật khẩu.</translation>
    </message>
    <message>
        <source>A server or library that copied the IANA registry association and emits 422 where RFC 4954 specifies 432.</source>
        <comment>422|causes</comment>
        <translation>Một máy chủ hoặc thư viện sao chép liên kết trong sổ đăng ký IANA và phát ra 422 ở chỗ RFC 4954 quy định là 432.</translation>
    </message>
    <message>
        <source>Try the same account with AUTH PLAIN over STARTTLS and see whether the server accepts it (swaks asks for the password).</source>
        <comment>422|checks.step</comment>
        <translation>Thử cùng tài khoản đó với AUTH PLAIN qua STARTTLS và xem máy chủ có chấp nhận không (swaks sẽ hỏi mật khẩu).</translation>
    </message>
    <message>
        <source>Read the server&apos;s authentication log around the failed attempt.</source>
        <comment>422|checks.step</comment>
        <translation>Đọc nhật ký xác thực của máy chủ quanh thời điểm thử bị lỗi.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.5.1)</source>
        <comment>430|title</comment>
        <translation>Không có định nghĩa cơ bản (gắn với X.5.1)</translation>
    </message>
    <message>
        <source>No RFC defines a 430 reply. The IANA enhanced status code registry names 430 among the basic codes used with X.5.1 (invalid command), so the code exists in the catalog only through that association. Read it as a temporary refusal of a command the server considered invalid.</source>
        <comment>430|summary</comment>
        <translation>Không có RFC nào định nghĩa phản hồi 430. Sổ đăng ký mã trạng thái mở rộng của IANA nêu 430 trong số các mã cơ bản dùng với X.5.1 (lệnh không hợp lệ), nên mã này có mặt trong danh mục chỉ nhờ liên kết đó. Hãy hiểu nó là lời từ chối tạm thời đối với một lệnh mà máy chủ cho là không hợp lệ.</translation>
    </message>
    <message>
        <source>Rare in real sessions: it appears in the registry and in libraries that copy it. A server that does send it would do so after a command it did not accept, such as an unknown verb, a command out of sequence, or commands pipelined without PIPELINING support.</source>
        <comment>430|whenSeen</comment>
        <translation>Hiếm gặp trong các phiên thực tế: nó xuất hiện trong sổ đăng ký và trong các thư viện sao chép sổ đăng ký. Nếu một máy chủ có gửi mã này thì sẽ là sau một lệnh mà nó không chấp nhận, chẳng hạn một động từ lệnh không xác định, một lệnh sai thứ tự, hoặc các lệnh được gửi dồn (pipelining) khi máy chủ không hỗ trợ PIPELINING.</translation>
    </message>
    <message>
        <source>The client software, or whoever maintains it, looks at the command that drew the reply: misspelled or unsupported verbs, commands sent before EHLO or before the STARTTLS handshake finished, or pipelining the server never advertised. Correct the dialogue; if the command is valid, the server&apos;s admin should explain why it answers with an unregistered code.</source>
        <comment>430|howToFix</comment>
        <translation>Phần mềm máy khách, hoặc người bảo trì nó, xem xét lệnh đã nhận phản hồi này: động từ lệnh viết sai hoặc không được hỗ trợ, lệnh gửi trước EHLO hoặc trước khi bắt tay STARTTLS hoàn tất, hoặc pipelining mà máy chủ chưa từng quảng bá. Hãy sửa lại hội thoại; nếu lệnh là hợp lệ, quản trị viên máy chủ cần giải thích vì sao máy chủ trả lời bằng một mã chưa đăng ký.</translation>
    </message>
    <message>
        <source>A client may retry once later, as for any 4xx, but an invalid command stays invalid: if the same command draws 430 again, correct it instead of retrying.</source>
        <comment>430|retry</comment>
        <translation>Máy khách có thể thử lại một lần sau đó, như với mọi mã 4xx, nhưng lệnh không hợp lệ thì vẫn không hợp lệ: nếu cùng lệnh đó lại nhận 430, hãy sửa lệnh thay vì thử lại.</translation>
    </message>
    <message>
        <source>The client sent a command the server does not recognise or does not allow at that point in the session.</source>
        <comment>430|causes</comment>
        <translation>Máy khách đã gửi một lệnh mà máy chủ không nhận ra hoặc không cho phép tại thời điểm đó trong phiên.</translation>
    </message>
    <message>
        <source>A server implementation that took the registry association literally and answers with 430 and X.5.1 as a soft form of 500 or 503.</source>
        <comment>430|causes</comment>
        <translation>Một phần mềm máy chủ hiểu liên kết trong sổ đăng ký theo nghĩa đen và trả lời bằng 430 cùng X.5.1 như một dạng “mềm” của 500 hoặc 503.</translation>
    </message>
    <message>
        <source>Replay the session by hand and note which command gets the 430.</source>
        <comment>430|checks.step</comment>
        <translation>Lặp lại phiên bằng tay và ghi lại lệnh nào nhận được 430.</translation>
    </message>
    <message>
        <source>Compare that command with the capabilities the server lists in its EHLO reply.</source>
        <comment>430|checks.step</comment>
        <translation>So sánh lệnh đó với các khả năng mà máy chủ liệt kê trong phản hồi EHLO.</translation>
    </message>
    <message>
        <source>Not enough space on the disk / out of memory</source>
        <comment>431|title</comment>
        <translation>Không đủ dung lượng đĩa / hết bộ nhớ</translation>
    </message>
    <message>
        <source>431 is not an SMTP reply code in any RFC. Code lists say it means the receiving server is out of disk space or memory; that reading comes from the enhanced status code 4.3.1 (mail system full) written without dots. On the wire the condition arrives as 452, usually &quot;452 4.3.1&quot;.</source>
        <comment>431|summary</comment>
        <translation>431 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách mã nói rằng nó có nghĩa là máy chủ nhận hết dung lượng đĩa hoặc bộ nhớ; cách hiểu đó xuất phát từ mã trạng thái mở rộng 4.3.1 (hệ thống thư đã đầy) bị viết thiếu dấu chấm. Trong phiên SMTP thực tế, tình trạng này được báo bằng 452, thường là &quot;452 4.3.1&quot;.</translation>
    </message>
    <message>
        <source>In code tables and in reports where someone shortened 4.3.1. Real examples of the condition: Postfix answering MAIL FROM with &quot;452 4.3.1 Insufficient system storage&quot; when its queue file system runs low, and Microsoft Exchange back pressure answering &quot;452 4.3.1 Insufficient system resources&quot;.</source>
        <comment>431|whenSeen</comment>
        <translation>Trong các bảng mã và trong các báo cáo mà ai đó đã viết tắt 4.3.1. Ví dụ thực tế của tình trạng này: Postfix trả lời MAIL FROM bằng &quot;452 4.3.1 Insufficient system storage&quot; khi hệ thống tệp chứa hàng đợi sắp hết chỗ, và cơ chế back pressure của Microsoft Exchange trả lời &quot;452 4.3.1 Insufficient system resources&quot;.</translation>
    </message>
    <message>
        <source>Nothing for the sender beyond letting the queue retry. The recipient&apos;s admin frees disk space on the queue or spool file system, checks memory and queue size, and on Exchange reads the back pressure events and the volume that holds the transport queue database.</source>
        <comment>431|howToFix</comment>
        <translation>Người gửi không cần làm gì ngoài việc để hàng đợi tự thử lại. Quản trị viên phía người nhận giải phóng dung lượng trên hệ thống tệp chứa hàng đợi hoặc spool, kiểm tra bộ nhớ và kích thước hàng đợi, và trên Exchange thì đọc các sự kiện back pressure và kiểm tra ổ đĩa chứa cơ sở dữ liệu hàng đợi transport.</translation>
    </message>
    <message>
        <source>Handle it as the 452 it really is: retry later with backoff. Disk and memory shortages usually clear within minutes to hours once the admin reacts.</source>
        <comment>431|retry</comment>
        <translation>Xử lý như mã 452 thực chất của nó: thử lại sau với khoảng chờ tăng dần. Tình trạng thiếu đĩa và bộ nhớ thường được khắc phục trong vòng vài phút tới vài giờ sau khi quản trị viên xử lý.</translation>
    </message>
    <message>
        <source>The receiving MTA&apos;s queue or spool partition is nearly full, so it refuses new mail until space returns.</source>
        <comment>431|causes</comment>
        <translation>Phân vùng hàng đợi hoặc spool của MTA nhận gần đầy, nên nó từ chối thư mới cho tới khi có lại dung lượng.</translation>
    </message>
    <message>
        <source>Exchange back pressure: the transport service saw low disk space or high memory use and stopped accepting messages.</source>
        <comment>431|causes</comment>
        <translation>Back pressure của Exchange: dịch vụ transport phát hiện dung lượng đĩa thấp hoặc bộ nhớ sử dụng cao và ngừng nhận thư.</translation>
    </message>
    <message>
        <source>Logs, a mailbox store or a stuck queue filled the partition the MTA writes to.</source>
        <comment>431|causes</comment>
        <translation>Nhật ký, kho hộp thư hoặc một hàng đợi bị kẹt đã làm đầy phân vùng mà MTA ghi vào.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space on the file system that holds the mail queue.</source>
        <comment>431|checks.step</comment>
        <translation>Trên máy chủ nhận, kiểm tra dung lượng trống của hệ thống tệp chứa hàng đợi thư.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its size limit; Postfix wants 1.5 times message_size_limit free before it accepts mail.</source>
        <comment>431|checks.step</comment>
        <translation>So sánh ngưỡng dung lượng trống của Postfix với giới hạn kích thước thư; Postfix cần dung lượng trống gấp 1,5 lần message_size_limit thì mới nhận thư.</translation>
    </message>
    <message>
        <source>Find the refusal in the log to confirm the real code and text.</source>
        <comment>431|checks.step</comment>
        <translation>Tìm lời từ chối trong nhật ký để xác nhận mã và văn bản thực tế.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>432|title</comment>
        <translation>Cần chuyển đổi mật khẩu</translation>
    </message>
    <message>
        <source>The server wants the user to move to a different authentication mechanism and cannot complete the one requested yet. RFC 4954 defines it as &quot;432 4.7.12 A password transition is needed&quot;: the user usually logs in once with PLAIN over TLS, which lets the server build the credentials the selected mechanism needs, and from then on that mechanism works.</source>
        <comment>432|summary</comment>
        <translation>Máy chủ muốn người dùng chuyển sang một cơ chế xác thực khác và hiện chưa thể hoàn tất cơ chế được yêu cầu. RFC 4954 định nghĩa nó là &quot;432 4.7.12 A password transition is needed&quot;: người dùng thường đăng nhập một lần bằng PLAIN qua TLS, giúp máy chủ tạo ra thông tin xác thực mà cơ chế đã chọn cần đến, và từ đó trở đi cơ chế ấy hoạt động được.</translation>
    </message>
    <message>
        <source>In reply to AUTH on a submission port, after a server changed how it stores passwords or enabled a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for accounts whose stored password cannot serve it yet. Rare in practice. Some code lists describe 432 as “Exchange incoming queue stopped”; that is a misreading of the enhanced code 4.3.2, not this reply.</source>
        <comment>432|whenSeen</comment>
        <translation>Khi trả lời AUTH trên cổng submission, sau khi máy chủ thay đổi cách lưu trữ mật khẩu hoặc bật một cơ chế thách thức-phản hồi (như CRAM-MD5 hay SCRAM) cho những tài khoản mà mật khẩu đã lưu chưa dùng được cho cơ chế đó. Hiếm gặp trên thực tế. Một số danh sách mã mô tả 432 là “hàng đợi thư đến của Exchange đã dừng”; đó là cách hiểu nhầm mã trạng thái mở rộng 4.3.2, không phải phản hồi này.</translation>
    </message>
    <message>
        <source>The user, or the mail client on their behalf, authenticates once with AUTH PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, the server&apos;s admin can reset the password (which regenerates the stored credentials) or allow PLAIN over TLS for that account.</source>
        <comment>432|howToFix</comment>
        <translation>Người dùng, hoặc ứng dụng thư thay mặt họ, xác thực một lần bằng AUTH PLAIN qua kết nối được mã hóa, rồi quay lại cơ chế ưa dùng. Nếu máy khách không làm được điều đó, quản trị viên máy chủ có thể đặt lại mật khẩu (việc này tạo lại thông tin xác thực đã lưu) hoặc cho phép PLAIN qua TLS đối với tài khoản đó.</translation>
    </message>
    <message>
        <source>Do not retry the same AUTH mechanism unchanged. Do one PLAIN login over TLS, then use the original mechanism in the next session; the message waits in the client&apos;s outbox meanwhile.</source>
        <comment>432|retry</comment>
        <translation>Đừng thử lại cùng cơ chế AUTH mà không thay đổi gì. Hãy đăng nhập một lần bằng PLAIN qua TLS, rồi dùng cơ chế ban đầu ở phiên kế tiếp; trong lúc đó thư nằm chờ trong hộp thư đi của máy khách.</translation>
    </message>
    <message>
        <source>The account&apos;s password is stored in a form that the requested mechanism (for example a challenge-response one) cannot use until the server sees the plain password once.</source>
        <comment>432|causes</comment>
        <translation>Mật khẩu của tài khoản được lưu ở dạng mà cơ chế được yêu cầu (ví dụ một cơ chế thách thức-phản hồi) không dùng được cho tới khi máy chủ nhận được mật khẩu dạng thuần một lần.</translation>
    </message>
    <message>
        <source>The administrator moved to a new password scheme and converts each account at its next plain-text login.</source>
        <comment>432|causes</comment>
        <translation>Quản trị viên đã chuyển sang lược đồ mật khẩu mới và chuyển đổi từng tài khoản vào lần đăng nhập bằng văn bản thuần kế tiếp của tài khoản đó.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS.</source>
        <comment>432|checks.step</comment>
        <translation>Liệt kê các cơ chế mà máy chủ cung cấp sau STARTTLS.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS, then try the original mechanism again in a new session.</source>
        <comment>432|checks.step</comment>
        <translation>Đăng nhập một lần bằng PLAIN qua TLS, rồi thử lại cơ chế ban đầu trong một phiên mới.</translation>
    </message>
    <message>
        <source>Recipient server is not responding</source>
        <comment>441|title</comment>
        <translation>Máy chủ của người nhận không phản hồi</translation>
    </message>
    <message>
        <source>441 is not an SMTP reply code in any RFC. Lists that describe it as “recipient server is not responding” took the enhanced status code 4.4.1 (no answer from host) and dropped the dots. A server that does not answer cannot send a reply, so this is always a status your own MTA records about a failed connection.</source>
        <comment>441|summary</comment>
        <translation>441 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách mô tả nó là “máy chủ của người nhận không phản hồi” đã lấy mã trạng thái mở rộng 4.4.1 (không có trả lời từ máy chủ) rồi bỏ các dấu chấm. Một máy chủ không trả lời thì không thể gửi phản hồi, nên đây luôn là trạng thái do chính MTA của bạn ghi lại về một lần kết nối thất bại.</translation>
    </message>
    <message>
        <source>In delay warnings and queue listings when your server could not connect to any MX of the destination. Postfix logs it as &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; with dsn=4.4.1, and a delay warning carries Status: 4.4.1.</source>
        <comment>441|whenSeen</comment>
        <translation>Trong các thông báo chậm trễ và danh sách hàng đợi khi máy chủ của bạn không kết nối được tới bất kỳ MX nào của đích. Postfix ghi vào nhật ký là &quot;connect to mail.example.com[192.0.2.25]:25: Connection timed out&quot; kèm dsn=4.4.1, và thông báo chậm trễ chứa Status: 4.4.1.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that outbound port 25 is open from the sending host (many cloud and residential networks block it) and that the destination&apos;s MX hosts resolve and listen. If only one domain fails, its admin must fix their MX records, firewall or downed server; the queue delivers once they do.</source>
        <comment>441|howToFix</comment>
        <translation>Trước hết quản trị viên phía người gửi kiểm tra rằng cổng 25 chiều đi ra đang mở từ máy gửi (nhiều mạng đám mây và mạng gia đình chặn cổng này) và các máy MX của đích phân giải được và đang lắng nghe. Nếu chỉ một tên miền bị lỗi, quản trị viên của tên miền đó phải sửa bản ghi MX, tường lửa hoặc máy chủ đang ngừng hoạt động; hàng đợi sẽ chuyển phát thư khi họ sửa xong.</translation>
    </message>
    <message>
        <source>Your MTA retries on its own with backoff and gives up only at the end of its queue lifetime (five days by default in Postfix). Nothing to resend by hand unless the final bounce arrives.</source>
        <comment>441|retry</comment>
        <translation>MTA của bạn tự thử lại với khoảng chờ tăng dần và chỉ bỏ cuộc khi hết thời gian lưu trong hàng đợi (mặc định năm ngày trong Postfix). Không cần gửi lại bằng tay trừ khi nhận được thư báo trả về cuối cùng.</translation>
    </message>
    <message>
        <source>Outbound TCP port 25 is blocked by the sender&apos;s hosting provider, ISP or firewall.</source>
        <comment>441|causes</comment>
        <translation>Cổng TCP 25 chiều đi ra bị nhà cung cấp hosting, ISP hoặc tường lửa phía người gửi chặn.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX hosts are down, overloaded, or firewalled against the sending IP.</source>
        <comment>441|causes</comment>
        <translation>Các máy MX của tên miền người nhận đang ngừng hoạt động, quá tải, hoặc có tường lửa chặn IP gửi.</translation>
    </message>
    <message>
        <source>The MX record points to a wrong or stale address, or to a host reachable only over the address family (IPv4 or IPv6) the sender does not use.</source>
        <comment>441|causes</comment>
        <translation>Bản ghi MX trỏ tới một địa chỉ sai hoặc cũ, hoặc tới một máy chỉ truy cập được qua họ địa chỉ (IPv4 hoặc IPv6) mà người gửi không sử dụng.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts.</source>
        <comment>441|checks.step</comment>
        <translation>Liệt kê các máy MX của đích.</translation>
    </message>
    <message>
        <source>Open a raw TCP connection to port 25 of the first MX and wait for the 220 greeting.</source>
        <comment>441|checks.step</comment>
        <translation>Mở một kết nối TCP thuần tới cổng 25 của MX đầu tiên và chờ lời chào 220.</translation>
    </message>
    <message>
        <source>See what the queue recorded for the deferred messages.</source>
        <comment>441|checks.step</comment>
        <translation>Xem hàng đợi đã ghi lại gì cho các thư bị hoãn.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <comment>442|title</comment>
        <translation>Kết nối bị ngắt</translation>
    </message>
    <message>
        <source>442 is not an SMTP reply code in any RFC. Lists calling it “connection dropped” are quoting the enhanced status code 4.4.2 (bad connection) without its dots. It describes a session that broke off midway, as reported by your own MTA; when a server does say something about it, the real reply is usually 421 4.4.2 or 451 4.4.2.</source>
        <comment>442|summary</comment>
        <translation>442 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách gọi nó là “kết nối bị ngắt” đang trích mã trạng thái mở rộng 4.4.2 (kết nối không tốt) mà bỏ đi các dấu chấm. Nó mô tả một phiên bị đứt giữa chừng, theo báo cáo của chính MTA của bạn; khi máy chủ có nói gì về việc này, phản hồi thật thường là 421 4.4.2 hoặc 451 4.4.2.</translation>
    </message>
    <message>
        <source>In your own logs and delay notices after a session broke: Postfix reports &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; with dsn=4.4.2, Gmail tells a stalled client &quot;451 4.4.2 Timeout - closing connection&quot;, and Postfix&apos;s smtpd tells a slow client &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</source>
        <comment>442|whenSeen</comment>
        <translation>Trong nhật ký và thông báo chậm trễ của chính bạn sau khi một phiên bị đứt: Postfix báo &quot;lost connection with mail.example.com[192.0.2.25] while sending message body&quot; kèm dsn=4.4.2, Gmail báo cho máy khách bị treo &quot;451 4.4.2 Timeout - closing connection&quot;, và smtpd của Postfix báo cho máy khách chậm &quot;421 4.4.2 ... Error: timeout exceeded&quot;.</translation>
    </message>
    <message>
        <source>Now and then it needs nothing: the queue retries. If it repeats toward one destination, the sender&apos;s admin looks for a middlebox (firewall, SMTP inspection, VPN or load balancer) that resets long sessions, for MTU trouble with large messages, and for a receiver whose content filters take too long after the final dot.</source>
        <comment>442|howToFix</comment>
        <translation>Thỉnh thoảng gặp thì không cần làm gì: hàng đợi sẽ thử lại. Nếu lỗi lặp lại với một đích, quản trị viên phía người gửi tìm thiết bị trung gian (tường lửa, tính năng kiểm tra SMTP, VPN hoặc bộ cân bằng tải) reset các phiên dài, tìm vấn đề MTU với thư lớn, và xem bên nhận có bộ lọc nội dung xử lý quá lâu sau dấu chấm kết thúc hay không.</translation>
    </message>
    <message>
        <source>Retry later. A session cut before the reply to the final dot counts as not delivered, so the whole message is sent again, which can occasionally produce a duplicate.</source>
        <comment>442|retry</comment>
        <translation>Thử lại sau. Phiên bị cắt trước khi có phản hồi cho dấu chấm kết thúc được coi là chưa chuyển phát, nên toàn bộ thư sẽ được gửi lại, đôi khi có thể gây ra thư trùng lặp.</translation>
    </message>
    <message>
        <source>A firewall or SMTP inspection feature between the servers resets or stalls the session, often during a large message body.</source>
        <comment>442|causes</comment>
        <translation>Tường lửa hoặc tính năng kiểm tra SMTP nằm giữa hai máy chủ reset hoặc làm treo phiên, thường là khi đang truyền phần thân của một thư lớn.</translation>
    </message>
    <message>
        <source>Path MTU trouble: short commands pass but full-size packets of the message body are dropped.</source>
        <comment>442|causes</comment>
        <translation>Vấn đề path MTU: các lệnh ngắn đi qua được nhưng các gói tin kích thước đầy đủ của phần thân thư bị loại bỏ.</translation>
    </message>
    <message>
        <source>The receiving server or its content scanner took longer than the client&apos;s timeout after end of data, or crashed mid-session.</source>
        <comment>442|causes</comment>
        <translation>Máy chủ nhận hoặc bộ quét nội dung của nó xử lý lâu hơn thời gian chờ của máy khách sau khi kết thúc dữ liệu, hoặc bị sập giữa phiên.</translation>
    </message>
    <message>
        <source>An unstable link or a NAT table timeout on either side.</source>
        <comment>442|causes</comment>
        <translation>Đường truyền không ổn định hoặc bảng NAT hết thời gian chờ ở một trong hai phía.</translation>
    </message>
    <message>
        <source>Find where the session broke: &quot;while sending message body&quot; points to size or MTU, &quot;while receiving the initial server greeting&quot; to filtering.</source>
        <comment>442|checks.step</comment>
        <translation>Tìm chỗ phiên bị đứt: &quot;while sending message body&quot; cho thấy vấn đề kích thước hoặc MTU, &quot;while receiving the initial server greeting&quot; cho thấy có lọc chặn.</translation>
    </message>
    <message>
        <source>Measure the path MTU toward the receiver.</source>
        <comment>442|checks.step</comment>
        <translation>Đo path MTU tới bên nhận.</translation>
    </message>
    <message>
        <source>Maximum hop count exceeded</source>
        <comment>446|title</comment>
        <translation>Vượt quá số chặng tối đa</translation>
    </message>
    <message>
        <source>446 is not an SMTP reply code in any RFC. Lists describing it as “maximum hop count exceeded” quote the enhanced status code 4.4.6 (routing loop detected) without dots. The condition is a mail loop: the message passed through so many servers, counted by its Received: headers, that an MTA stopped it; in practice this is reported as a permanent failure, 5.4.6 or 554 5.4.6.</source>
        <comment>446|summary</comment>
        <translation>446 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách mô tả nó là “vượt quá số chặng tối đa” đang trích mã trạng thái mở rộng 4.4.6 (phát hiện vòng lặp định tuyến) mà bỏ dấu chấm. Tình trạng thực chất là vòng lặp thư: thư đã đi qua quá nhiều máy chủ, tính theo các header Received:, đến mức một MTA phải chặn lại; trên thực tế lỗi này được báo như lỗi vĩnh viễn, 5.4.6 hoặc 554 5.4.6.</translation>
    </message>
    <message>
        <source>In bounces after a message went round in circles: two servers that each think the other is the final destination, a forward that points back to itself, or an alias chain that cycles. Postfix stops such mail once hopcount_limit (50 by default) Received: headers are present and reports loops such as &quot;mail forwarding loop for user@example.com&quot; with DSN 5.4.6; Exchange Online reports &quot;Hop count exceeded - possible mail loop&quot;.</source>
        <comment>446|whenSeen</comment>
        <translation>Trong thư báo trả về sau khi thư đi vòng quanh: hai máy chủ mà mỗi bên đều nghĩ bên kia là đích cuối cùng, một quy tắc chuyển tiếp trỏ ngược về chính nó, hoặc một chuỗi bí danh (alias) quay vòng. Postfix chặn thư như vậy khi đã có hopcount_limit (mặc định 50) header Received: và báo các vòng lặp như &quot;mail forwarding loop for user@example.com&quot; với DSN 5.4.6; Exchange Online báo &quot;Hop count exceeded - possible mail loop&quot;.</translation>
    </message>
    <message>
        <source>The admin of the domain where the loop happens, usually on the recipient&apos;s side, reads the Received: headers in the bounce to find the hosts that repeat, then fixes the cause: MX or relay settings that point at each other, a domain that is local on one server and relayed on another, or a forwarding rule that sends mail back to the same address.</source>
        <comment>446|howToFix</comment>
        <translation>Quản trị viên của tên miền nơi xảy ra vòng lặp, thường là ở phía người nhận, đọc các header Received: trong thư báo trả về để tìm những máy lặp lại, rồi sửa nguyên nhân: cấu hình MX hoặc relay trỏ qua lại lẫn nhau, một tên miền là cục bộ trên máy chủ này nhưng lại được relay trên máy chủ khác, hoặc một quy tắc chuyển tiếp gửi thư ngược về chính địa chỉ đó.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: a loop repeats until the configuration is fixed. Resend after the loop is broken.</source>
        <comment>446|retry</comment>
        <translation>Đừng thử lại mà không thay đổi gì: vòng lặp sẽ lặp lại cho tới khi cấu hình được sửa. Gửi lại sau khi vòng lặp đã bị phá.</translation>
    </message>
    <message>
        <source>Two mail servers each configured to relay the domain to the other, for example after a migration where old and new systems both forward the domain.</source>
        <comment>446|causes</comment>
        <translation>Hai máy chủ thư mà mỗi máy đều được cấu hình để relay tên miền sang máy kia, ví dụ sau một đợt chuyển đổi mà cả hệ thống cũ lẫn mới đều chuyển thư của tên miền đi nơi khác.</translation>
    </message>
    <message>
        <source>A mailbox forward or alias that points, directly or through a chain, back to itself.</source>
        <comment>446|causes</comment>
        <translation>Một quy tắc chuyển tiếp hộp thư hoặc bí danh trỏ ngược về chính nó, trực tiếp hoặc qua một chuỗi.</translation>
    </message>
    <message>
        <source>A backup MX or smart host that sends mail for the domain back to the primary, which returns it.</source>
        <comment>446|causes</comment>
        <translation>Một MX dự phòng hoặc smarthost gửi thư của tên miền ngược về máy chủ chính, và máy chủ chính lại trả thư về đó.</translation>
    </message>
    <message>
        <source>An auto-responder or mailing list answering another auto-responder without end.</source>
        <comment>446|causes</comment>
        <translation>Một trình trả lời tự động hoặc danh sách thư trả lời một trình trả lời tự động khác không có điểm dừng.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy; dozens of them confirm a loop.</source>
        <comment>446|checks.step</comment>
        <translation>Đếm các header Received: trong bản sao thư bị trả về; có hàng chục header như vậy là xác nhận có vòng lặp.</translation>
    </message>
    <message>
        <source>Read which hosts repeat in the Received: chain.</source>
        <comment>446|checks.step</comment>
        <translation>Xem những máy nào lặp lại trong chuỗi Received:.</translation>
    </message>
    <message>
        <source>Check the hop limit on a Postfix server.</source>
        <comment>446|checks.step</comment>
        <translation>Kiểm tra giới hạn số chặng trên máy chủ Postfix.</translation>
    </message>
    <message>
        <source>Check that the MX records and the relay settings agree on which server is final for the domain.</source>
        <comment>446|checks.step</comment>
        <translation>Kiểm tra rằng bản ghi MX và cấu hình relay thống nhất với nhau về máy chủ nào là đích cuối cùng của tên miền.</translation>
    </message>
    <message>
        <source>Outgoing message timed out</source>
        <comment>447|title</comment>
        <translation>Thư gửi đi đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>447 is not an SMTP reply code in any RFC. Lists calling it “outgoing message timed out” mean the enhanced status code 4.4.7 (delivery time expired) without dots: the message stayed in a queue longer than allowed and the MTA warned or gave up. It is a queue status reported in delay warnings and bounces, not something a remote server says during a session.</source>
        <comment>447|summary</comment>
        <translation>447 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách gọi nó là “thư gửi đi đã hết thời gian chờ” muốn nói tới mã trạng thái mở rộng 4.4.7 (hết thời hạn chuyển phát) bị bỏ dấu chấm: thư đã nằm trong hàng đợi lâu hơn mức cho phép và MTA đã cảnh báo hoặc bỏ cuộc. Đây là trạng thái hàng đợi được báo trong thông báo chậm trễ và thư báo trả về, không phải điều mà máy chủ từ xa nói trong một phiên.</translation>
    </message>
    <message>
        <source>In delay notifications and final bounces when the queue lifetime ran out, and in Exchange non-delivery reports as &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. The underlying reason is whatever kept failing during those days: usually a 4xx from the receiver or no connection at all.</source>
        <comment>447|whenSeen</comment>
        <translation>Trong các thông báo chậm trễ và thư báo trả về cuối cùng khi hết thời gian lưu trong hàng đợi, và trong báo cáo không chuyển phát được (NDR) của Exchange dưới dạng &quot;550 4.4.7 QUEUE.Expired; message expired&quot;. Nguyên nhân gốc là bất cứ lỗi nào đã liên tục xảy ra trong những ngày đó: thường là một mã 4xx từ bên nhận hoặc hoàn toàn không kết nối được.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the last error recorded for the message, in the queue or in the bounce&apos;s diagnostic line, because that is the real cause (refused connections, greylisting never passed, a reputation block, a dead MX). Fix that, then the sender resends. Lengthening the queue lifetime only hides the problem.</source>
        <comment>447|howToFix</comment>
        <translation>Quản trị viên phía gửi đọc lỗi cuối cùng được ghi lại cho thư, trong hàng đợi hoặc trong dòng chẩn đoán của thư báo trả về, vì đó mới là nguyên nhân thật (kết nối bị từ chối, không bao giờ vượt qua được greylisting, bị chặn do uy tín, MX đã chết). Sửa nguyên nhân đó, rồi người gửi gửi lại. Kéo dài thời gian lưu hàng đợi chỉ che giấu vấn đề.</translation>
    </message>
    <message>
        <source>Nothing left to retry for this copy: the sending MTA has already given up. Resend by hand once the cause named in the last recorded error is fixed.</source>
        <comment>447|retry</comment>
        <translation>Bản sao này không còn gì để thử lại: MTA gửi đã bỏ cuộc. Gửi lại bằng tay khi nguyên nhân nêu trong lỗi được ghi lại sau cùng đã được khắc phục.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable for the whole queue lifetime (down, firewalled, or wrong MX records).</source>
        <comment>447|causes</comment>
        <translation>MX đích không truy cập được trong suốt thời gian lưu hàng đợi (ngừng hoạt động, bị tường lửa chặn, hoặc bản ghi MX sai).</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary errors (rate limits, greylisting, reputation deferrals) until the sender gave up.</source>
        <comment>447|causes</comment>
        <translation>Bên nhận liên tục trả lời bằng lỗi tạm thời (giới hạn tốc độ, greylisting, hoãn do uy tín) cho tới khi người gửi bỏ cuộc.</translation>
    </message>
    <message>
        <source>A routing or DNS problem on the sending side kept every attempt from leaving the queue.</source>
        <comment>447|causes</comment>
        <translation>Vấn đề định tuyến hoặc DNS ở phía gửi khiến mọi lần thử đều không ra khỏi hàng đợi được.</translation>
    </message>
    <message>
        <source>A short queue lifetime or message expiry setting on the sending server.</source>
        <comment>447|causes</comment>
        <translation>Thời gian lưu trong hàng đợi hoặc thời hạn hết hạn thư được đặt quá ngắn trên máy chủ gửi.</translation>
    </message>
    <message>
        <source>Read the last deferral reason of messages still queued for that domain.</source>
        <comment>447|checks.step</comment>
        <translation>Đọc lý do hoãn gần nhất của các thư vẫn đang nằm trong hàng đợi cho tên miền đó.</translation>
    </message>
    <message>
        <source>Check how long Postfix keeps trying before it bounces.</source>
        <comment>447|checks.step</comment>
        <translation>Kiểm tra Postfix tiếp tục thử trong bao lâu trước khi trả thư về.</translation>
    </message>
    <message>
        <source>On Exim, show the retry rule applied to the destination.</source>
        <comment>447|checks.step</comment>
        <translation>Trên Exim, hiển thị quy tắc thử lại (retry rule) được áp dụng cho đích.</translation>
    </message>
    <message>
        <source>Routing error</source>
        <comment>449|title</comment>
        <translation>Lỗi định tuyến</translation>
    </message>
    <message>
        <source>449 is not an SMTP reply code in any RFC. Lists describe it as a routing error and tie it to Microsoft Exchange, which is said to have used an unregistered enhanced code 4.4.9 for some internal routing failures; the registered code for the situation is X.4.4 (unable to route). Nothing sends 449 as a reply during a session.</source>
        <comment>449|summary</comment>
        <translation>449 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách mô tả nó là lỗi định tuyến và gắn nó với Microsoft Exchange, phần mềm được cho là đã dùng một mã mở rộng chưa đăng ký 4.4.9 cho một số lỗi định tuyến nội bộ; mã đã đăng ký cho tình huống này là X.4.4 (không thể định tuyến). Không có gì gửi 449 làm phản hồi trong một phiên.</translation>
    </message>
    <message>
        <source>According to those lists, in old Exchange Server (2000/2003 era) queues and non-delivery reports when a message could not be routed, for example because a connector&apos;s address space did not fit or the recipient belonged to a routing group that had been removed; today mostly in copied code tables.</source>
        <comment>449|whenSeen</comment>
        <translation>Theo các danh sách đó, trong hàng đợi và báo cáo không chuyển phát được (NDR) của Exchange Server đời cũ (thời 2000/2003) khi thư không thể được định tuyến, ví dụ do không gian địa chỉ của một connector không khớp hoặc người nhận thuộc một routing group đã bị xóa; ngày nay chủ yếu thấy trong các bảng mã được sao chép lại.</translation>
    </message>
    <message>
        <source>The sending organisation&apos;s admin checks its own routing: connectors or smart hosts, accepted domains, and DNS resolution for the destination. Then send a test message to the same domain and read the real reply or DSN status; on current systems the equivalent is usually 4.4.4 or 5.4.4, or a DNS failure reported as 4.4.3.</source>
        <comment>449|howToFix</comment>
        <translation>Quản trị viên của tổ chức gửi kiểm tra cấu hình định tuyến của chính mình: các connector hoặc smarthost, accepted domain, và việc phân giải DNS cho đích. Sau đó gửi một thư thử nghiệm tới cùng tên miền và đọc phản hồi thật hoặc trạng thái DSN; trên các hệ thống hiện nay, mã tương đương thường là 4.4.4 hoặc 5.4.4, hoặc lỗi DNS được báo là 4.4.3.</translation>
    </message>
    <message>
        <source>The MTA treats it as transient and keeps retrying, but a routing gap does not heal on its own: fix the route or DNS, then flush the queue.</source>
        <comment>449|retry</comment>
        <translation>MTA coi đây là lỗi tạm thời và tiếp tục thử lại, nhưng lỗ hổng định tuyến không tự khắc phục: hãy sửa tuyến hoặc DNS, rồi flush hàng đợi.</translation>
    </message>
    <message>
        <source>A send connector or smart host setting does not cover the recipient&apos;s domain, so the server has no route for it.</source>
        <comment>449|causes</comment>
        <translation>Một send connector hoặc cấu hình smarthost không bao phủ tên miền của người nhận, nên máy chủ không có tuyến cho tên miền đó.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not resolve from the sending server (no MX and no address record, or the local resolver fails).</source>
        <comment>449|causes</comment>
        <translation>Tên miền của người nhận không phân giải được từ máy chủ gửi (không có MX và không có bản ghi địa chỉ, hoặc bộ phân giải cục bộ bị lỗi).</translation>
    </message>
    <message>
        <source>Leftover routing configuration (deleted routing groups, stale connectors) after a migration.</source>
        <comment>449|causes</comment>
        <translation>Cấu hình định tuyến còn sót lại (routing group đã xóa, connector lỗi thời) sau một đợt chuyển đổi.</translation>
    </message>
    <message>
        <source>Check that the destination domain has a usable MX.</source>
        <comment>449|checks.step</comment>
        <translation>Kiểm tra rằng tên miền đích có MX dùng được.</translation>
    </message>
    <message>
        <source>Test name resolution from the mail server itself, with the resolver it really uses.</source>
        <comment>449|checks.step</comment>
        <translation>Kiểm tra phân giải tên từ chính máy chủ thư, bằng bộ phân giải mà nó thực sự sử dụng.</translation>
    </message>
    <message>
        <source>Show how Postfix would route outbound mail (relay host and transport maps).</source>
        <comment>449|checks.step</comment>
        <translation>Hiển thị cách Postfix sẽ định tuyến thư đi (relay host và transport map).</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <comment>450|title</comment>
        <translation>Hành động thư được yêu cầu không được thực hiện: hộp thư không khả dụng</translation>
    </message>
    <message>
        <source>The server did not act on this recipient or command for now, but expects it may work later; RFC 5321 gives a busy mailbox and a temporary policy block as examples. Today the most common reason by far is greylisting, followed by temporary policy checks (reverse DNS or sender domain that did not resolve, address verification in progress) and per-recipient rate limits.</source>
        <comment>450|summary</comment>
        <translation>Máy chủ tạm thời không xử lý người nhận hoặc lệnh này, nhưng dự kiến có thể thành công về sau; RFC 5321 đưa ra ví dụ là hộp thư đang bận và lệnh chặn tạm thời theo chính sách. Ngày nay, lý do phổ biến nhất cho tới nay là greylisting, tiếp theo là các kiểm tra chính sách tạm thời (DNS ngược hoặc tên miền người gửi không phân giải được, việc xác minh địa chỉ đang diễn ra) và giới hạn tốc độ theo từng người nhận.</translation>
    </message>
    <message>
        <source>Mostly at RCPT TO, sometimes at MAIL FROM. Greylisting with postgrey shows up in Postfix as &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; other greylisting tools use 450 4.7.1 or 451 4.7.1. Postfix also sends &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 in older versions), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; and &quot;450 4.1.1 ... unverified address&quot;. Gmail uses 450 4.2.1 when one recipient receives too much mail too fast. In ODMR (RFC 2645) 450 also answers a refused ATRN.</source>
        <comment>450|whenSeen</comment>
        <translation>Chủ yếu ở RCPT TO, đôi khi ở MAIL FROM. Greylisting bằng postgrey xuất hiện trong Postfix dưới dạng &quot;450 4.2.0 &lt;user@example.com&gt;: Recipient address rejected: Greylisted, see ...&quot;; các công cụ greylisting khác dùng 450 4.7.1 hoặc 451 4.7.1. Postfix cũng gửi &quot;450 4.7.25 Client host rejected: cannot find your hostname&quot; (4.7.1 ở các phiên bản cũ), &quot;450 4.1.8 ... Sender address rejected: Domain not found&quot; và &quot;450 4.1.1 ... unverified address&quot;. Gmail dùng 450 4.2.1 khi một người nhận nhận quá nhiều thư quá nhanh. Trong ODMR (RFC 2645), 450 còn là câu trả lời cho một lệnh ATRN bị từ chối.</translation>
    </message>
    <message>
        <source>For greylisting nobody has to act as long as the sending MTA keeps the message and retries from the same address: the first retry after the greylist delay (five minutes by default in postgrey) is accepted. If mail from an application gets lost, the sender&apos;s admin makes it submit through a real queueing MTA instead of talking to the recipient&apos;s MX directly. For the policy cases the sender&apos;s admin fixes what the text names: a PTR record that resolves back to the IP, a sender domain that resolves, or a slower rate toward a busy recipient. The recipient&apos;s admin can whitelist large senders that retry from many different addresses.</source>
        <comment>450|howToFix</comment>
        <translation>Với greylisting, không ai phải làm gì miễn là MTA gửi giữ thư lại và thử lại từ cùng địa chỉ: lần thử lại đầu tiên sau thời gian trễ greylist (mặc định năm phút trong postgrey) sẽ được chấp nhận. Nếu thư từ một ứng dụng bị mất, quản trị viên phía gửi nên cho ứng dụng gửi qua một MTA thực sự có hàng đợi thay vì kết nối thẳng tới MX của người nhận. Với các trường hợp chính sách, quản trị viên phía gửi sửa đúng điều mà văn bản phản hồi nêu ra: bản ghi PTR phân giải ngược về đúng IP, tên miền người gửi phân giải được, hoặc gửi chậm hơn tới một người nhận đang bận. Quản trị viên phía nhận có thể đưa vào danh sách cho phép các bên gửi lớn thử lại từ nhiều địa chỉ khác nhau.</translation>
    </message>
    <message>
        <source>Retry later with backoff, from the same IP and with the same envelope sender if possible, and keep trying for days before bouncing; never treat 450 as permanent. RFC 5321 suggests retry intervals of at least 30 minutes; most MTAs retry sooner, which passes typical greylisting delays of a few minutes.</source>
        <comment>450|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần, nếu có thể thì từ cùng IP và với cùng người gửi trên phong bì (envelope sender), và tiếp tục thử trong nhiều ngày trước khi trả thư về; không bao giờ coi 450 là lỗi vĩnh viễn. RFC 5321 đề xuất khoảng thời gian thử lại ít nhất 30 phút; hầu hết MTA thử lại sớm hơn, nhờ đó vượt qua được các khoảng trễ greylisting thông thường chỉ vài phút.</translation>
    </message>
    <message>
        <source>Greylisting: first contact for this client IP, sender and recipient triplet, deferred until a retry after the greylist delay.</source>
        <comment>450|causes</comment>
        <translation>Greylisting: lần đầu tiên gặp bộ ba IP máy khách, người gửi và người nhận này, nên bị hoãn cho tới lần thử lại sau thời gian trễ greylist.</translation>
    </message>
    <message>
        <source>The client IP has no PTR record, or the PTR name does not resolve back to the IP, and the server defers instead of rejecting.</source>
        <comment>450|causes</comment>
        <translation>IP của máy khách không có bản ghi PTR, hoặc tên PTR không phân giải ngược về đúng IP, và máy chủ chọn hoãn thay vì từ chối.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain did not resolve at that moment (DNS timeout or missing records), so the server could not validate it.</source>
        <comment>450|causes</comment>
        <translation>Tên miền của người gửi không phân giải được vào thời điểm đó (DNS hết thời gian chờ hoặc thiếu bản ghi), nên máy chủ không thể xác thực nó.</translation>
    </message>
    <message>
        <source>Recipient address verification (a probe to the next hop) has not finished yet, or the next hop was unreachable.</source>
        <comment>450|causes</comment>
        <translation>Việc xác minh địa chỉ người nhận (một lần thăm dò tới chặng kế tiếp) chưa hoàn tất, hoặc chặng kế tiếp không truy cập được.</translation>
    </message>
    <message>
        <source>One recipient is receiving mail too fast and the provider rate-limits that mailbox.</source>
        <comment>450|causes</comment>
        <translation>Một người nhận đang nhận thư quá nhanh và nhà cung cấp giới hạn tốc độ đối với hộp thư đó.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy on the delivery side.</source>
        <comment>450|causes</comment>
        <translation>Hộp thư đang bị khóa hoặc bận ở phía chuyển phát.</translation>
    </message>
    <message>
        <source>A sender that retries from a different IP each time, or uses a new envelope sender on each attempt, never matches its own greylist entry.</source>
        <comment>450|causes</comment>
        <translation>Một người gửi mỗi lần thử lại từ một IP khác, hoặc dùng một người gửi trên phong bì mới cho mỗi lần thử, sẽ không bao giờ khớp với mục greylist của chính mình.</translation>
    </message>
    <message>
        <source>Read the full deferral text: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; and &quot;Domain not found&quot; each point to a different fix.</source>
        <comment>450|checks.step</comment>
        <translation>Đọc toàn bộ văn bản hoãn: &quot;Greylisted&quot;, &quot;cannot find your hostname&quot; và &quot;Domain not found&quot; mỗi thứ chỉ tới một cách sửa khác nhau.</translation>
    </message>
    <message>
        <source>Check the PTR record of the sending IP and that its name maps back to the same address.</source>
        <comment>450|checks.step</comment>
        <translation>Kiểm tra bản ghi PTR của IP gửi và xem tên đó có trỏ ngược về đúng địa chỉ này không.</translation>
    </message>
    <message>
        <source>On the receiving side, see for which senders greylisting deferred mail.</source>
        <comment>450|checks.step</comment>
        <translation>Ở phía nhận, xem greylisting đã hoãn thư của những người gửi nào.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves.</source>
        <comment>450|checks.step</comment>
        <translation>Kiểm tra rằng tên miền của người gửi trên phong bì phân giải được.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting one recipient mailbox that is receiving too much mail, not the sending server; later attempts usually succeed.</source>
        <comment>450|providers.meaning</comment>
        <translation>Gmail đang giới hạn tốc độ đối với một hộp thư người nhận đang nhận quá nhiều thư, chứ không phải đối với máy chủ gửi; các lần thử sau thường thành công.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <comment>451|title</comment>
        <translation>Hành động được yêu cầu đã bị hủy: lỗi xử lý cục bộ</translation>
    </message>
    <message>
        <source>The server hit a problem on its own side and aborted the command; the client may try again later. In practice 451 covers local faults (a configuration error, a failed lookup, a content filter or milter that is down, a queue it cannot write) and, very often, greylisting and temporary anti-spam deferrals sent at RCPT TO or after the message data.</source>
        <comment>451|summary</comment>
        <translation>Máy chủ gặp sự cố ở phía mình và đã hủy lệnh; máy khách có thể thử lại sau. Trên thực tế, 451 bao gồm các lỗi cục bộ (lỗi cấu hình, tra cứu thất bại, bộ lọc nội dung hoặc milter ngừng hoạt động, hàng đợi không ghi được) và rất thường gặp là greylisting cùng các lần hoãn tạm thời do chống thư rác, được gửi ở RCPT TO hoặc sau dữ liệu thư.</translation>
    </message>
    <message>
        <source>At RCPT TO or after the final dot of DATA. Common lines: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist and similar tools), &quot;451 4.3.5 Server configuration error&quot; (Postfix with a broken lookup table or restriction), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix when a milter is unreachable and set to tempfail), &quot;Temporary local problem - please try later&quot; from Exim, and Microsoft&apos;s 451 4.7.5xx and 4.7.6xx throttling replies.</source>
        <comment>451|whenSeen</comment>
        <translation>Ở RCPT TO hoặc sau dấu chấm kết thúc của DATA. Các dòng thường gặp: &quot;451 4.7.1 Greylisting in action ...&quot; (milter-greylist và các công cụ tương tự), &quot;451 4.3.5 Server configuration error&quot; (Postfix với một bảng tra cứu hoặc restriction bị lỗi), &quot;451 4.7.1 Service unavailable - try again later&quot; (Postfix khi không kết nối được tới milter và được cấu hình tempfail), &quot;Temporary local problem - please try later&quot; từ Exim, và các phản hồi giới hạn tốc độ 451 4.7.5xx và 4.7.6xx của Microsoft.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries on its own; nobody needs to act unless the deferrals last. Then the work splits: greylisting and reputation throttling are passed by retrying normally from a stable IP with correct PTR, SPF and DKIM (the sender&apos;s admin), while configuration errors, dead milters, full disks and failed directory lookups belong to the recipient&apos;s admin, whose log line for the same session names the failing component.</source>
        <comment>451|howToFix</comment>
        <translation>MTA của người gửi tự thử lại; không ai cần làm gì trừ khi việc hoãn kéo dài. Khi đó công việc được chia ra: greylisting và giới hạn do uy tín sẽ được vượt qua bằng cách thử lại bình thường từ một IP ổn định với PTR, SPF và DKIM đúng (việc của quản trị viên phía người gửi), còn lỗi cấu hình, milter chết, đĩa đầy và tra cứu thư mục thất bại thuộc về quản trị viên phía người nhận, người có dòng nhật ký của cùng phiên đó nêu rõ thành phần bị lỗi.</translation>
    </message>
    <message>
        <source>Retry later with backoff and keep the message queued for days. A 451 after the final dot applies to the whole transaction, so the complete message goes again, not just some recipients.</source>
        <comment>451|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần và giữ thư trong hàng đợi nhiều ngày. Một phản hồi 451 sau dấu chấm kết thúc áp dụng cho toàn bộ giao dịch, nên toàn bộ thư sẽ được gửi lại, không chỉ cho một số người nhận.</translation>
    </message>
    <message>
        <source>Greylisting or another anti-spam tool deferring unknown senders, often after the message data so the content could be scored.</source>
        <comment>451|causes</comment>
        <translation>Greylisting hoặc một công cụ chống thư rác khác hoãn những người gửi chưa biết, thường là sau phần dữ liệu thư để có thể chấm điểm nội dung.</translation>
    </message>
    <message>
        <source>A lookup table, database or directory query the server needs failed (missing map file, unreachable LDAP or Active Directory server).</source>
        <comment>451|causes</comment>
        <translation>Một truy vấn bảng tra cứu, cơ sở dữ liệu hoặc thư mục mà máy chủ cần đã thất bại (thiếu tệp map, không kết nối được tới máy chủ LDAP hoặc Active Directory).</translation>
    </message>
    <message>
        <source>A content filter, antivirus daemon or milter is down or timing out, and the server is set to defer rather than accept unscanned mail.</source>
        <comment>451|causes</comment>
        <translation>Một bộ lọc nội dung, daemon diệt virus hoặc milter đang ngừng hoạt động hoặc hết thời gian chờ, và máy chủ được cấu hình để hoãn thay vì nhận thư chưa được quét.</translation>
    </message>
    <message>
        <source>The server could not write the message to its queue (disk full, wrong permissions, cleanup process failure).</source>
        <comment>451|causes</comment>
        <translation>Máy chủ không thể ghi thư vào hàng đợi (đĩa đầy, sai quyền truy cập, tiến trình cleanup bị lỗi).</translation>
    </message>
    <message>
        <source>A sender verification callout to the sender&apos;s domain could not be completed.</source>
        <comment>451|causes</comment>
        <translation>Một lần gọi xác minh người gửi (sender verification callout) tới tên miền của người gửi không hoàn tất được.</translation>
    </message>
    <message>
        <source>Provider throttling based on the sending IP&apos;s reputation or volume.</source>
        <comment>451|causes</comment>
        <translation>Nhà cung cấp giới hạn tốc độ dựa trên uy tín hoặc khối lượng của IP gửi.</translation>
    </message>
    <message>
        <source>Read the enhanced code of the deferral: 4.7.x points to policy, 4.3.x to the receiver&apos;s own system.</source>
        <comment>451|checks.step</comment>
        <translation>Đọc mã trạng thái mở rộng của lần hoãn: 4.7.x chỉ tới chính sách, 4.3.x chỉ tới hệ thống của chính bên nhận.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, find the warning logged for the same session (failed table lookups, milter errors).</source>
        <comment>451|checks.step</comment>
        <translation>Trên máy chủ Postfix nhận, tìm cảnh báo được ghi cho cùng phiên đó (tra cứu bảng thất bại, lỗi milter).</translation>
    </message>
    <message>
        <source>On a receiving Exim server, look at the panic log for the local problem.</source>
        <comment>451|checks.step</comment>
        <translation>Trên máy chủ Exim nhận, xem nhật ký panic để tìm sự cố cục bộ.</translation>
    </message>
    <message>
        <source>Check that the sender domain&apos;s SPF record covers the sending IP so reputation deferrals clear.</source>
        <comment>451|checks.step</comment>
        <translation>Kiểm tra rằng bản ghi SPF của tên miền người gửi bao phủ IP gửi để các lần hoãn do uy tín được gỡ bỏ.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal; it gives no specific reason and normally clears on a later attempt.</source>
        <comment>451|providers.meaning</comment>
        <translation>Lời từ chối tạm thời chung chung của Gmail; nó không nêu lý do cụ thể và thường hết ở lần thử sau.</translation>
    </message>
    <message>
        <source>Outlook.com throttles the sending IP because of its reputation; 4.7.650 is a Microsoft-private enhanced code, not one from the IANA registry.</source>
        <comment>451|providers.meaning</comment>
        <translation>Outlook.com giới hạn tốc độ IP gửi vì uy tín của IP đó; 4.7.650 là mã mở rộng riêng của Microsoft, không có trong sổ đăng ký IANA.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <comment>452|title</comment>
        <translation>Hành động được yêu cầu không được thực hiện: không đủ dung lượng lưu trữ hệ thống</translation>
    </message>
    <message>
        <source>The server cannot take this now because a resource limit was reached. RFC 5321 names storage, and it also makes 452 the correct answer when a server has no room for more recipients in one transaction (&quot;too many recipients&quot;, 452 4.5.3); a full mailbox (452 4.2.2) and a full server queue (452 4.3.1) use it too. All are temporary: the same mail can succeed later or in smaller pieces.</source>
        <comment>452|summary</comment>
        <translation>Máy chủ hiện không thể nhận vì đã chạm tới giới hạn tài nguyên. RFC 5321 nêu tên dung lượng lưu trữ, đồng thời quy định 452 là câu trả lời đúng khi máy chủ không còn chỗ cho thêm người nhận trong một giao dịch (&quot;too many recipients&quot;, 452 4.5.3); hộp thư đầy (452 4.2.2) và hàng đợi máy chủ đầy (452 4.3.1) cũng dùng mã này. Tất cả đều là tạm thời: cùng một thư có thể thành công về sau hoặc khi chia thành các phần nhỏ hơn.</translation>
    </message>
    <message>
        <source>Too many recipients: at RCPT TO once the per-message limit is reached, for example Postfix&apos;s &quot;452 4.5.3 Error: too many recipients&quot; after smtpd_recipient_limit (1000 by default) or Gmail&apos;s 452 4.5.3. Storage: at MAIL FROM when Postfix&apos;s queue file system is short of space (&quot;452 4.3.1 Insufficient system storage&quot;), when a SIZE parameter exceeds the space free at the moment (RFC 1870), or from Exchange back pressure (&quot;452 4.3.1 Insufficient system resources&quot;). Mailbox over quota: at RCPT TO, as in Gmail&apos;s 452 4.2.2.</source>
        <comment>452|whenSeen</comment>
        <translation>Quá nhiều người nhận: ở RCPT TO khi đã chạm giới hạn mỗi thư, ví dụ &quot;452 4.5.3 Error: too many recipients&quot; của Postfix sau smtpd_recipient_limit (mặc định 1000) hoặc 452 4.5.3 của Gmail. Dung lượng lưu trữ: ở MAIL FROM khi hệ thống tệp chứa hàng đợi của Postfix thiếu chỗ (&quot;452 4.3.1 Insufficient system storage&quot;), khi tham số SIZE vượt quá dung lượng còn trống tại thời điểm đó (RFC 1870), hoặc từ back pressure của Exchange (&quot;452 4.3.1 Insufficient system resources&quot;). Hộp thư vượt hạn mức: ở RCPT TO, như 452 4.2.2 của Gmail.</translation>
    </message>
    <message>
        <source>Read the enhanced code first. With 4.5.3 the sending software only goes wrong if it gives up: it must deliver to the recipients already accepted and send the rest in another transaction; bulk tools should put fewer recipients in each message, and a recipient&apos;s admin whose limit is below 100 is breaking RFC 5321. With 4.2.2 the recipient has to clean up the mailbox. With 4.3.1 the recipient&apos;s admin frees disk space or deals with back pressure while the sender waits.</source>
        <comment>452|howToFix</comment>
        <translation>Trước hết hãy đọc mã trạng thái mở rộng. Với 4.5.3, phần mềm gửi chỉ sai nếu nó bỏ cuộc: nó phải chuyển phát thư cho những người nhận đã được chấp nhận và gửi phần còn lại trong một giao dịch khác; các công cụ gửi hàng loạt nên đưa ít người nhận hơn vào mỗi thư, và quản trị viên phía người nhận nào đặt giới hạn dưới 100 là đang vi phạm RFC 5321. Với 4.2.2, người nhận phải dọn dẹp hộp thư. Với 4.3.1, quản trị viên phía người nhận giải phóng dung lượng đĩa hoặc xử lý back pressure trong khi người gửi chờ.</translation>
    </message>
    <message>
        <source>For too many recipients, send the message now to the accepted recipients and put the refused ones in a new transaction (RFC 5321 4.5.3.1.10); never drop or bounce them. For storage or quota, retry later with backoff. RFC 5321 also asks clients to treat an old-style 552 for too many recipients as temporary.</source>
        <comment>452|retry</comment>
        <translation>Khi lý do là quá nhiều người nhận, hãy gửi thư ngay cho những người nhận đã được chấp nhận và đưa những người nhận bị từ chối vào một giao dịch mới (RFC 5321 4.5.3.1.10); tuyệt đối không bỏ những người nhận này hoặc coi họ là bị trả về. Khi lý do là dung lượng lưu trữ hoặc hạn mức, hãy thử lại sau với khoảng chờ tăng dần. RFC 5321 cũng yêu cầu máy khách coi mã 552 kiểu cũ báo quá nhiều người nhận là lỗi tạm thời.</translation>
    </message>
    <message>
        <source>More RCPT TO commands in one transaction than the server&apos;s per-message recipient limit.</source>
        <comment>452|causes</comment>
        <translation>Có nhiều lệnh RCPT TO trong một giao dịch hơn giới hạn người nhận mỗi thư của máy chủ.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <comment>452|causes</comment>
        <translation>Hộp thư của người nhận đã vượt hạn mức.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s queue or spool disk is nearly full, or Exchange back pressure is active.</source>
        <comment>452|causes</comment>
        <translation>Đĩa chứa hàng đợi hoặc spool của máy chủ nhận gần đầy, hoặc back pressure của Exchange đang hoạt động.</translation>
    </message>
    <message>
        <source>The SIZE declared in MAIL FROM is larger than the space the server has free right now.</source>
        <comment>452|causes</comment>
        <translation>SIZE khai báo trong MAIL FROM lớn hơn dung lượng trống mà máy chủ hiện có.</translation>
    </message>
    <message>
        <source>A provider policy that limits recipients per transaction for a domain (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</source>
        <comment>452|causes</comment>
        <translation>Chính sách của nhà cung cấp giới hạn số người nhận mỗi giao dịch cho một tên miền (Gmail: &quot;Domain policy size per transaction exceeded&quot;).</translation>
    </message>
    <message>
        <source>See which enhanced code came with the 452 in the deferral or bounce.</source>
        <comment>452|checks.step</comment>
        <translation>Xem mã trạng thái mở rộng nào đi kèm 452 trong thông báo hoãn hoặc thư báo trả về.</translation>
    </message>
    <message>
        <source>On a receiving Postfix server, check the per-message recipient limit.</source>
        <comment>452|checks.step</comment>
        <translation>Trên máy chủ Postfix nhận, kiểm tra giới hạn người nhận mỗi thư.</translation>
    </message>
    <message>
        <source>On the receiving server, check free space where the spool lives.</source>
        <comment>452|checks.step</comment>
        <translation>Trên máy chủ nhận, kiểm tra dung lượng trống ở nơi chứa spool.</translation>
    </message>
    <message>
        <source>Send one test message to several recipients to see where the limit starts.</source>
        <comment>452|checks.step</comment>
        <translation>Gửi một thư thử nghiệm tới nhiều người nhận để xem giới hạn bắt đầu từ đâu.</translation>
    </message>
    <message>
        <source>Gmail accepted only part of the recipient list in this transaction; the rest must be sent in another transaction or message.</source>
        <comment>452|providers.meaning</comment>
        <translation>Gmail chỉ chấp nhận một phần danh sách người nhận trong giao dịch này; phần còn lại phải được gửi trong một giao dịch hoặc một thư khác.</translation>
    </message>
    <message>
        <source>The Gmail recipient&apos;s storage is full; delivery works again once the recipient frees space or buys more.</source>
        <comment>452|providers.meaning</comment>
        <translation>Dung lượng lưu trữ của người nhận Gmail đã đầy; việc chuyển phát hoạt động trở lại khi người nhận giải phóng dung lượng hoặc mua thêm.</translation>
    </message>
    <message>
        <source>Exchange Online wants recipients hosted in different datacenter regions sent in separate transactions; the sending MTA should retry the refused recipients on their own.</source>
        <comment>452|providers.meaning</comment>
        <translation>Exchange Online muốn những người nhận được lưu trữ ở các vùng trung tâm dữ liệu khác nhau được gửi trong các giao dịch riêng; MTA gửi nên thử lại những người nhận bị từ chối trong giao dịch riêng của họ.</translation>
    </message>
    <message>
        <source>You have no mail</source>
        <comment>453|title</comment>
        <translation>Bạn không có thư</translation>
    </message>
    <message>
        <source>Part of On-Demand Mail Relay (ODMR, RFC 2645): the answer to ATRN when the server holds no queued mail for the domains the client asked for. It is informational rather than an error: there is nothing to deliver, so the roles are not reversed.</source>
        <comment>453|summary</comment>
        <translation>Thuộc On-Demand Mail Relay (ODMR, RFC 2645): câu trả lời cho ATRN khi máy chủ không giữ thư nào trong hàng đợi cho các tên miền mà máy khách yêu cầu. Đây là thông tin chứ không phải lỗi: không có gì để chuyển phát, nên vai trò hai bên không bị đảo ngược.</translation>
    </message>
    <message>
        <source>Only on ODMR servers (port 366), after a client on a dynamic IP address has authenticated and sent ATRN for its domains. ODMR is rare today, and some code tables list 453 without saying that it only occurs in this context.</source>
        <comment>453|whenSeen</comment>
        <translation>Chỉ trên các máy chủ ODMR (cổng 366), sau khi một máy khách dùng địa chỉ IP động đã xác thực và gửi ATRN cho các tên miền của mình. Ngày nay ODMR hiếm gặp, và một số bảng mã liệt kê 453 mà không nói rằng nó chỉ xuất hiện trong ngữ cảnh này.</translation>
    </message>
    <message>
        <source>Nothing to fix when the queue really is empty. If mail was expected, the client&apos;s admin checks that ATRN named the right domains and that the domain&apos;s MX records actually route mail to the ODMR provider.</source>
        <comment>453|howToFix</comment>
        <translation>Không có gì cần sửa khi hàng đợi thực sự trống. Nếu đang chờ thư, quản trị viên phía máy khách kiểm tra rằng ATRN nêu đúng tên miền và bản ghi MX của tên miền thực sự định tuyến thư tới nhà cung cấp ODMR.</translation>
    </message>
    <message>
        <source>Nothing to retry now; poll again at the next scheduled interval, as an ODMR client normally does.</source>
        <comment>453|retry</comment>
        <translation>Lúc này không cần thử lại; hãy thăm dò lại ở khoảng thời gian theo lịch kế tiếp, như một máy khách ODMR vẫn thường làm.</translation>
    </message>
    <message>
        <source>No mail is waiting for the requested domains at the moment.</source>
        <comment>453|causes</comment>
        <translation>Hiện không có thư nào đang chờ cho các tên miền được yêu cầu.</translation>
    </message>
    <message>
        <source>The client asked for a domain name the ODMR server does not queue under that name (typo, subdomain instead of parent domain).</source>
        <comment>453|causes</comment>
        <translation>Máy khách yêu cầu một tên miền mà máy chủ ODMR không lưu hàng đợi dưới tên đó (gõ sai, tên miền con thay vì tên miền cha).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records do not point to the ODMR provider, so its mail never reaches that queue.</source>
        <comment>453|causes</comment>
        <translation>Bản ghi MX của tên miền không trỏ tới nhà cung cấp ODMR, nên thư của tên miền không bao giờ tới được hàng đợi đó.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s MX records point at the ODMR provider&apos;s servers.</source>
        <comment>453|checks.step</comment>
        <translation>Kiểm tra rằng bản ghi MX của tên miền trỏ tới các máy chủ của nhà cung cấp ODMR.</translation>
    </message>
    <message>
        <source>Run the ODMR session by hand: EHLO, AUTH, then ATRN with the domain, and read the reply.</source>
        <comment>453|checks.step</comment>
        <translation>Chạy phiên ODMR bằng tay: EHLO, AUTH, rồi ATRN kèm tên miền, và đọc phản hồi.</translation>
    </message>
    <message>
        <source>TLS not available due to temporary reason / Temporary authentication failure</source>
        <comment>454|title</comment>
        <translation>TLS không khả dụng vì lý do tạm thời / Xác thực thất bại tạm thời</translation>
    </message>
    <message>
        <source>Two extension RFCs define 454, both for a temporary failure of a security step. RFC 3207 uses it when STARTTLS cannot be done right now; RFC 4954 uses &quot;454 4.7.0 Temporary authentication failure&quot; when the server cannot check credentials at the moment, for example because its password backend is down. It also appears with 4.7.1 when a relay attempt is deferred instead of refused.</source>
        <comment>454|summary</comment>
        <translation>Hai RFC phần mở rộng định nghĩa 454, cả hai đều cho lỗi tạm thời ở một bước bảo mật. RFC 3207 dùng nó khi hiện không thể thực hiện STARTTLS; RFC 4954 dùng &quot;454 4.7.0 Temporary authentication failure&quot; khi máy chủ tạm thời không thể kiểm tra thông tin xác thực, ví dụ vì backend mật khẩu của nó đang ngừng hoạt động. Mã này cũng xuất hiện cùng 4.7.1 khi một lần thử relay bị hoãn thay vì bị từ chối.</translation>
    </message>
    <message>
        <source>After STARTTLS: Postfix answers &quot;454 4.7.0 TLS not available due to local problem&quot; when it cannot load its certificate or key, and logs why. After AUTH: Postfix, Exchange and others send &quot;454 4.7.0 Temporary authentication failure&quot; when Dovecot, saslauthd, LDAP or Active Directory does not answer, and Gmail sends its own 454 4.7.0 text. At RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; from a Postfix server running with soft_bounce enabled.</source>
        <comment>454|whenSeen</comment>
        <translation>Sau STARTTLS: Postfix trả lời &quot;454 4.7.0 TLS not available due to local problem&quot; khi không tải được chứng chỉ hoặc khóa, và ghi lý do vào nhật ký. Sau AUTH: Postfix, Exchange và các máy chủ khác gửi &quot;454 4.7.0 Temporary authentication failure&quot; khi Dovecot, saslauthd, LDAP hoặc Active Directory không trả lời, và Gmail gửi văn bản 454 4.7.0 riêng của mình. Ở RCPT TO: &quot;454 4.7.1 &lt;user@example.net&gt;: Relay access denied&quot; từ một máy chủ Postfix đang bật soft_bounce.</translation>
    </message>
    <message>
        <source>For STARTTLS the receiving server&apos;s admin repairs the TLS setup (certificate and key paths, permissions, a key that matches the certificate, expiry) and reloads; a client that does not require TLS may continue in plain text, since RFC 3207 leaves that decision to the client. For AUTH the server&apos;s admin restores the authentication backend; users should not change passwords because of a 454. For relay denials the client must authenticate before sending to outside domains.</source>
        <comment>454|howToFix</comment>
        <translation>Với STARTTLS, quản trị viên máy chủ nhận sửa cấu hình TLS (đường dẫn chứng chỉ và khóa, quyền truy cập, khóa khớp với chứng chỉ, thời hạn) rồi nạp lại cấu hình; máy khách không bắt buộc TLS có thể tiếp tục bằng văn bản thuần, vì RFC 3207 để máy khách tự quyết định điều đó. Với AUTH, quản trị viên máy chủ khôi phục backend xác thực; người dùng không nên đổi mật khẩu vì một lỗi 454. Với trường hợp từ chối relay, máy khách phải xác thực trước khi gửi tới các tên miền bên ngoài.</translation>
    </message>
    <message>
        <source>Retry later with backoff. A client that requires TLS or authentication must not quietly fall back; an opportunistic MTA may deliver without TLS if its policy allows it. Never prompt the user for a new password because of a 454.</source>
        <comment>454|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần. Máy khách bắt buộc TLS hoặc xác thực không được âm thầm hạ cấp; một MTA dùng TLS cơ hội (opportunistic) có thể chuyển phát thư không qua TLS nếu chính sách của nó cho phép. Không bao giờ yêu cầu người dùng nhập mật khẩu mới chỉ vì một lỗi 454.</translation>
    </message>
    <message>
        <source>The server cannot read or load its TLS certificate or private key (wrong path, permissions, key not matching the certificate).</source>
        <comment>454|causes</comment>
        <translation>Máy chủ không đọc hoặc không tải được chứng chỉ TLS hay khóa riêng của mình (sai đường dẫn, sai quyền, khóa không khớp với chứng chỉ).</translation>
    </message>
    <message>
        <source>The authentication backend (Dovecot auth socket, saslauthd, LDAP, Active Directory, database) is down, slow or unreachable.</source>
        <comment>454|causes</comment>
        <translation>Backend xác thực (socket auth của Dovecot, saslauthd, LDAP, Active Directory, cơ sở dữ liệu) đang ngừng hoạt động, chậm hoặc không truy cập được.</translation>
    </message>
    <message>
        <source>Too many parallel logins or recent failed attempts for the account, and the provider defers further AUTH for a while.</source>
        <comment>454|causes</comment>
        <translation>Có quá nhiều lần đăng nhập song song hoặc lần thử thất bại gần đây cho tài khoản, và nhà cung cấp hoãn các lệnh AUTH tiếp theo trong một thời gian.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain on a server that defers such attempts instead of rejecting them.</source>
        <comment>454|causes</comment>
        <translation>Một máy khách chưa xác thực đã cố relay tới một tên miền bên ngoài trên một máy chủ được cấu hình hoãn thay vì từ chối các lần thử như vậy.</translation>
    </message>
    <message>
        <source>Commands pipelined right after STARTTLS, before the TLS handshake (Gmail answers 454 4.5.0).</source>
        <comment>454|causes</comment>
        <translation>Các lệnh được gửi dồn (pipelining) ngay sau STARTTLS, trước khi bắt tay TLS (Gmail trả lời 454 4.5.0).</translation>
    </message>
    <message>
        <source>Test STARTTLS on the server and look at the reply and the certificate.</source>
        <comment>454|checks.step</comment>
        <translation>Kiểm tra STARTTLS trên máy chủ và xem phản hồi cùng chứng chỉ.</translation>
    </message>
    <message>
        <source>On a Postfix server, find why TLS was turned off.</source>
        <comment>454|checks.step</comment>
        <translation>Trên máy chủ Postfix, tìm lý do TLS bị tắt.</translation>
    </message>
    <message>
        <source>Check that the Dovecot authentication backend answers for a test account.</source>
        <comment>454|checks.step</comment>
        <translation>Kiểm tra rằng backend xác thực của Dovecot trả lời được cho một tài khoản thử nghiệm.</translation>
    </message>
    <message>
        <source>Test an authenticated submission end to end.</source>
        <comment>454|checks.step</comment>
        <translation>Kiểm tra trọn vẹn một lần gửi thư có xác thực (submission), từ đầu tới cuối.</translation>
    </message>
    <message>
        <source>Gmail could not complete the login right now, often after many parallel connections or failed attempts for the account; the password is not necessarily wrong.</source>
        <comment>454|providers.meaning</comment>
        <translation>Gmail tạm thời không hoàn tất được việc đăng nhập, thường sau nhiều kết nối song song hoặc nhiều lần thử thất bại cho tài khoản; mật khẩu không nhất thiết là sai.</translation>
    </message>
    <message>
        <source>The client sent further commands together with STARTTLS; the client software must wait for the 220 reply and finish the TLS handshake before sending EHLO again.</source>
        <comment>454|providers.meaning</comment>
        <translation>Máy khách đã gửi thêm lệnh cùng lúc với STARTTLS; phần mềm máy khách phải chờ phản hồi 220 và hoàn tất bắt tay TLS trước khi gửi lại EHLO.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <comment>455|title</comment>
        <translation>Máy chủ không thể đáp ứng các tham số</translation>
    </message>
    <message>
        <source>The server recognised the parameters given with MAIL FROM or RCPT TO but cannot honour them at the moment. RFC 5321 4.1.1.11 sets it apart from 555, which means the parameters are not recognised or not implemented at all: 455 is the temporary case, unless the parameter&apos;s own extension prescribes another code.</source>
        <comment>455|summary</comment>
        <translation>Máy chủ nhận ra các tham số đi kèm MAIL FROM hoặc RCPT TO nhưng hiện không thể đáp ứng chúng. RFC 5321 4.1.1.11 phân biệt nó với 555, mã có nghĩa là tham số hoàn toàn không được nhận ra hoặc không được hỗ trợ: 455 là trường hợp tạm thời, trừ khi chính phần mở rộng của tham số đó quy định một mã khác.</translation>
    </message>
    <message>
        <source>Rarely. It would come at MAIL FROM or RCPT TO when an advertised extension parameter (a DSN, SIZE, priority or SMTPUTF8 option, say) depends on something that is unavailable at the moment. Most servers answer such situations with 451 or 452 instead, so a 455 is worth noting when you see it.</source>
        <comment>455|whenSeen</comment>
        <translation>Hiếm gặp. Nó sẽ xuất hiện ở MAIL FROM hoặc RCPT TO khi một tham số của phần mở rộng đã được quảng bá (chẳng hạn một tùy chọn DSN, SIZE, độ ưu tiên hoặc SMTPUTF8) phụ thuộc vào một thứ hiện không khả dụng. Hầu hết máy chủ trả lời các tình huống như vậy bằng 451 hoặc 452, nên khi gặp 455 thì đáng ghi nhận lại.</translation>
    </message>
    <message>
        <source>The sender&apos;s MTA retries as for any 4xx. If it persists, the client software can send without the optional parameter the server struggles with, and the server&apos;s admin should look at the component behind that extension.</source>
        <comment>455|howToFix</comment>
        <translation>MTA của người gửi thử lại như với mọi mã 4xx. Nếu tình trạng kéo dài, phần mềm máy khách có thể gửi mà không kèm tham số tùy chọn khiến máy chủ gặp khó, và quản trị viên máy chủ nên kiểm tra thành phần đứng sau phần mở rộng đó.</translation>
    </message>
    <message>
        <source>Retry later with backoff, unchanged. If it keeps failing, retrying without the optional parameter is acceptable where that parameter is not essential.</source>
        <comment>455|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần, giữ nguyên nội dung. Nếu vẫn tiếp tục lỗi, có thể thử lại mà không kèm tham số tùy chọn đó nếu tham số không thiết yếu.</translation>
    </message>
    <message>
        <source>A service the parameter depends on (DSN generation, priority queueing, size accounting) is temporarily unavailable on the server.</source>
        <comment>455|causes</comment>
        <translation>Một dịch vụ mà tham số phụ thuộc vào (tạo DSN, hàng đợi theo độ ưu tiên, tính toán kích thước) tạm thời không khả dụng trên máy chủ.</translation>
    </message>
    <message>
        <source>The server advertised an extension in its EHLO reply but the feature behind it is disabled or overloaded right now.</source>
        <comment>455|causes</comment>
        <translation>Máy chủ đã quảng bá một phần mở rộng trong phản hồi EHLO nhưng tính năng đứng sau nó hiện đang bị tắt hoặc quá tải.</translation>
    </message>
    <message>
        <source>Compare the parameters the client sent with the extensions the server advertises.</source>
        <comment>455|checks.step</comment>
        <translation>So sánh các tham số mà máy khách đã gửi với các phần mở rộng mà máy chủ quảng bá.</translation>
    </message>
    <message>
        <source>Find the MAIL FROM or RCPT TO line that got the 455 in the sending log.</source>
        <comment>455|checks.step</comment>
        <translation>Tìm dòng MAIL FROM hoặc RCPT TO đã nhận 455 trong nhật ký phía gửi.</translation>
    </message>
    <message>
        <source>Please retry immediately the message over IPv4 because it fails SPF and DKIM</source>
        <comment>456|title</comment>
        <translation>Vui lòng thử lại thư ngay qua IPv4 vì thư không đạt SPF và DKIM</translation>
    </message>
    <message>
        <source>Proposed but never standardised: an expired Internet-Draft from 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) suggested that a receiver refusing a message that arrived over IPv6, because it fails SPF and DKIM there, answer 456 so the sender retries at once over IPv4. No RFC defines it, and mainstream MTAs do not implement the special retry; to them it is an ordinary 4xx.</source>
        <comment>456|summary</comment>
        <translation>Đã được đề xuất nhưng chưa bao giờ được chuẩn hóa: một Internet-Draft đã hết hạn từ 2013-2014 (draft-martin-smtp-ipv6-to-ipv4-fallback) gợi ý rằng bên nhận khi từ chối một thư đến qua IPv6 vì thư không đạt SPF và DKIM ở đó thì trả lời 456 để người gửi thử lại ngay qua IPv4. Không có RFC nào định nghĩa mã này, và các MTA phổ biến không hỗ trợ cơ chế thử lại đặc biệt đó; với chúng, đây chỉ là một mã 4xx thông thường.</translation>
    </message>
    <message>
        <source>Hardly ever. The idea came from receivers that hold IPv6 senders to stricter rules (authentication and PTR required) than IPv4 senders. What senders actually meet is a permanent rejection of unauthenticated IPv6 mail, for example Gmail&apos;s 550 replies that point to its IPv6 sending guidelines or to a missing PTR record.</source>
        <comment>456|whenSeen</comment>
        <translation>Gần như không bao giờ. Ý tưởng này xuất phát từ những bên nhận áp dụng quy tắc khắt khe hơn cho người gửi qua IPv6 (bắt buộc xác thực và PTR) so với người gửi qua IPv4. Điều người gửi thực sự gặp là lời từ chối vĩnh viễn đối với thư IPv6 không được xác thực, ví dụ các phản hồi 550 của Gmail dẫn tới hướng dẫn gửi thư qua IPv6 của họ hoặc báo thiếu bản ghi PTR.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes IPv6 mail as trustworthy as IPv4 mail: a PTR record for the IPv6 address that resolves back, SPF covering it with an ip6: entry, and DKIM signing. Until then, configure the MTA to prefer or use only IPv4 for outbound SMTP (Postfix: smtp_address_preference or inet_protocols; Exim: disable_ipv6 or dns_ipv4_lookup).</source>
        <comment>456|howToFix</comment>
        <translation>Quản trị viên phía người gửi làm cho thư qua IPv6 đáng tin cậy ngang với thư qua IPv4: bản ghi PTR cho địa chỉ IPv6 phân giải ngược lại đúng địa chỉ, SPF bao phủ địa chỉ đó bằng mục ip6:, và ký DKIM. Trong thời gian chờ, hãy cấu hình MTA ưu tiên hoặc chỉ dùng IPv4 cho SMTP đi ra (Postfix: smtp_address_preference hoặc inet_protocols; Exim: disable_ipv6 hoặc dns_ipv4_lookup).</translation>
    </message>
    <message>
        <source>An MTA that knew the draft would retry at once over IPv4; real MTAs defer it like any 4xx and may hit IPv6 again on the next attempt. Fixing IPv6 authentication, or preferring IPv4 outbound, is the reliable path.</source>
        <comment>456|retry</comment>
        <translation>Một MTA biết bản draft này sẽ thử lại ngay qua IPv4; các MTA thực tế hoãn nó như mọi mã 4xx và có thể lại dùng IPv6 ở lần thử tiếp theo. Sửa xác thực cho IPv6, hoặc ưu tiên IPv4 cho thư đi ra, là cách đáng tin cậy.</translation>
    </message>
    <message>
        <source>The sending host&apos;s IPv6 address is not covered by the sender domain&apos;s SPF record.</source>
        <comment>456|causes</comment>
        <translation>Địa chỉ IPv6 của máy gửi không được bản ghi SPF của tên miền người gửi bao phủ.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed, or the signature breaks, so nothing else authenticates the IPv6 delivery.</source>
        <comment>456|causes</comment>
        <translation>Thư không được ký DKIM, hoặc chữ ký bị hỏng, nên không có gì khác xác thực lần chuyển phát qua IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address has no reverse DNS, or its PTR name does not resolve back to it.</source>
        <comment>456|causes</comment>
        <translation>Địa chỉ IPv6 không có DNS ngược, hoặc tên PTR của nó không phân giải ngược về đúng địa chỉ đó.</translation>
    </message>
    <message>
        <source>Check whether the destination MX has an IPv6 address that your MTA may be using.</source>
        <comment>456|checks.step</comment>
        <translation>Kiểm tra xem MX đích có địa chỉ IPv6 mà MTA của bạn có thể đang dùng hay không.</translation>
    </message>
    <message>
        <source>Check the PTR record of your sending IPv6 address.</source>
        <comment>456|checks.step</comment>
        <translation>Kiểm tra bản ghi PTR của địa chỉ IPv6 dùng để gửi thư.</translation>
    </message>
    <message>
        <source>Check that SPF covers the IPv6 address (an ip6: entry or an include that contains it).</source>
        <comment>456|checks.step</comment>
        <translation>Kiểm tra rằng SPF bao phủ địa chỉ IPv6 (một mục ip6: hoặc một include có chứa địa chỉ đó).</translation>
    </message>
    <message>
        <source>Send a test over IPv4 only to compare the result.</source>
        <comment>456|checks.step</comment>
        <translation>Gửi thử chỉ qua IPv4 để so sánh kết quả.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node &lt;x&gt;</source>
        <comment>458|title</comment>
        <translation>Không thể đưa thư vào hàng đợi cho node &lt;x&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server understood the request to start delivering the mail it holds for a domain or node, but cannot start that queue run now. ETRN is used by sites with intermittent connections that ask their provider or backup MX to flush mail waiting for them.</source>
        <comment>458|summary</comment>
        <translation>Một câu trả lời cho ETRN (RFC 1985): máy chủ hiểu yêu cầu bắt đầu chuyển phát các thư đang giữ cho một tên miền hoặc node, nhưng hiện không thể bắt đầu lượt xử lý hàng đợi đó. ETRN được dùng bởi các site có kết nối không liên tục, để yêu cầu nhà cung cấp hoặc MX dự phòng flush các thư đang chờ cho mình.</translation>
    </message>
    <message>
        <source>Only after an ETRN command, typically sent by fetchmail in ETRN mode, by a small office mail server when its link comes up, or by hand. Postfix answers &quot;458 Unable to queue messages&quot; when its flush service reports a failure, and Postfix postscreen gives that answer to every ETRN it sees.</source>
        <comment>458|whenSeen</comment>
        <translation>Chỉ sau lệnh ETRN, thường do fetchmail ở chế độ ETRN gửi, do máy chủ thư của một văn phòng nhỏ gửi khi đường truyền được kết nối, hoặc gửi bằng tay. Postfix trả lời &quot;458 Unable to queue messages&quot; khi dịch vụ flush của nó báo lỗi, và postscreen của Postfix đưa ra câu trả lời đó cho mọi lệnh ETRN mà nó nhận được.</translation>
    </message>
    <message>
        <source>The admin of the relay holding the queue checks its flush mechanism (in Postfix the flush service and the fast_flush_domains setting) and that the queue can be read. Until it is fixed, the held mail still goes out on the relay&apos;s normal retry schedule.</source>
        <comment>458|howToFix</comment>
        <translation>Quản trị viên của relay đang giữ hàng đợi kiểm tra cơ chế flush (trong Postfix là dịch vụ flush và thiết lập fast_flush_domains) và việc hàng đợi có đọc được hay không. Cho tới khi được sửa, thư đang giữ vẫn được gửi đi theo lịch thử lại thông thường của relay.</translation>
    </message>
    <message>
        <source>Send ETRN again at the next connection or poll; meanwhile the relay keeps the mail and delivers it on its own retry schedule.</source>
        <comment>458|retry</comment>
        <translation>Gửi lại ETRN ở lần kết nối hoặc lần thăm dò kế tiếp; trong lúc đó relay vẫn giữ thư và chuyển phát theo lịch thử lại riêng của nó.</translation>
    </message>
    <message>
        <source>The relay&apos;s queue-flush service failed or is not running.</source>
        <comment>458|causes</comment>
        <translation>Dịch vụ flush hàng đợi của relay bị lỗi hoặc không chạy.</translation>
    </message>
    <message>
        <source>The client reached a front end, such as Postfix postscreen, that does not pass ETRN on.</source>
        <comment>458|causes</comment>
        <translation>Máy khách kết nối tới một thành phần front end, như postscreen của Postfix, vốn không chuyển ETRN vào trong.</translation>
    </message>
    <message>
        <source>A relay-side error while scanning the queue for the requested domain.</source>
        <comment>458|causes</comment>
        <translation>Lỗi phía relay khi quét hàng đợi cho tên miền được yêu cầu.</translation>
    </message>
    <message>
        <source>On the relay, see which domains Postfix accepts ETRN for.</source>
        <comment>458|checks.step</comment>
        <translation>Trên relay, xem Postfix chấp nhận ETRN cho những tên miền nào.</translation>
    </message>
    <message>
        <source>On the relay, start delivery for the domain locally, which is what ETRN asks for.</source>
        <comment>458|checks.step</comment>
        <translation>Trên relay, khởi động việc chuyển phát thư cho tên miền ngay tại chỗ, đúng như điều mà ETRN yêu cầu.</translation>
    </message>
    <message>
        <source>Look for the ETRN warning in the relay&apos;s log.</source>
        <comment>458|checks.step</comment>
        <translation>Tìm cảnh báo liên quan tới ETRN trong nhật ký của relay.</translation>
    </message>
    <message>
        <source>Node &lt;x&gt; not allowed: &lt;reason&gt;</source>
        <comment>459|title</comment>
        <translation>Node &lt;x&gt; không được phép: &lt;reason&gt;</translation>
    </message>
    <message>
        <source>An answer to ETRN (RFC 1985): the server refuses to start a queue run for the node or domain named, and gives a reason. The request was understood; the server does not offer this service for that name, or not to this client.</source>
        <comment>459|summary</comment>
        <translation>Một câu trả lời cho ETRN (RFC 1985): máy chủ từ chối bắt đầu lượt xử lý hàng đợi cho node hoặc tên miền được nêu, và đưa ra lý do. Yêu cầu đã được hiểu; máy chủ không cung cấp dịch vụ này cho tên đó, hoặc không cung cấp cho máy khách này.</translation>
    </message>
    <message>
        <source>After ETRN, when the domain is not one the relay queues for, or its policy does not let this client trigger a run. Postfix answers &quot;459 &lt;example.com&gt;: service unavailable&quot; when the domain is not eligible for its fast flush service (fast_flush_domains, which defaults to the relay_domains list); its smtpd_etrn_restrictions can also refuse the request.</source>
        <comment>459|whenSeen</comment>
        <translation>Sau ETRN, khi tên miền không thuộc số tên miền mà relay giữ hàng đợi, hoặc chính sách của nó không cho phép máy khách này kích hoạt một lượt xử lý. Postfix trả lời &quot;459 &lt;example.com&gt;: service unavailable&quot; khi tên miền không đủ điều kiện dùng dịch vụ fast flush (fast_flush_domains, mặc định là danh sách relay_domains); smtpd_etrn_restrictions của nó cũng có thể từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The client&apos;s admin checks that ETRN names exactly the domain the relay holds mail for. If the service is meant to be offered, the relay&apos;s admin adds the domain to the list eligible for ETRN (Postfix: fast_flush_domains) and allows the client in its ETRN restrictions.</source>
        <comment>459|howToFix</comment>
        <translation>Quản trị viên phía máy khách kiểm tra rằng ETRN nêu chính xác tên miền mà relay đang giữ thư. Nếu dịch vụ này cần được cung cấp, quản trị viên relay thêm tên miền vào danh sách đủ điều kiện dùng ETRN (Postfix: fast_flush_domains) và cho phép máy khách trong các restriction cho ETRN.</translation>
    </message>
    <message>
        <source>Do not repeat the same ETRN unchanged; it will be refused again. Correct the domain name or get the relay configured first. Mail already queued is not lost: it waits for the relay&apos;s normal retries.</source>
        <comment>459|retry</comment>
        <translation>Đừng lặp lại cùng lệnh ETRN mà không thay đổi gì; nó sẽ lại bị từ chối. Hãy sửa tên miền hoặc cấu hình relay trước. Thư đã có trong hàng đợi không bị mất: nó chờ các lần thử lại thông thường của relay.</translation>
    </message>
    <message>
        <source>The requested domain is not in the relay&apos;s list of domains eligible for ETRN.</source>
        <comment>459|causes</comment>
        <translation>Tên miền được yêu cầu không có trong danh sách các tên miền đủ điều kiện dùng ETRN của relay.</translation>
    </message>
    <message>
        <source>The relay&apos;s policy refuses ETRN from this client address, or before authentication.</source>
        <comment>459|causes</comment>
        <translation>Chính sách của relay từ chối ETRN từ địa chỉ máy khách này, hoặc khi chưa xác thực.</translation>
    </message>
    <message>
        <source>The client sent a different name than the relay queues under (a host name instead of the domain, or the reverse).</source>
        <comment>459|causes</comment>
        <translation>Máy khách gửi một tên khác với tên mà relay dùng để lưu hàng đợi (tên máy thay vì tên miền, hoặc ngược lại).</translation>
    </message>
    <message>
        <source>On the relay, check which domains are eligible for a flush.</source>
        <comment>459|checks.step</comment>
        <translation>Trên relay, kiểm tra những tên miền nào đủ điều kiện để flush.</translation>
    </message>
    <message>
        <source>On the relay, check the ETRN restrictions.</source>
        <comment>459|checks.step</comment>
        <translation>Trên relay, kiểm tra các restriction cho ETRN.</translation>
    </message>
    <message>
        <source>Send EHLO and then ETRN by hand and read the reason text.</source>
        <comment>459|checks.step</comment>
        <translation>Gửi EHLO rồi ETRN bằng tay và đọc văn bản lý do.</translation>
    </message>
    <message>
        <source>Error of the mail server, often a local anti-spam filter</source>
        <comment>471|title</comment>
        <translation>Lỗi của máy chủ thư, thường do bộ lọc thư rác cục bộ</translation>
    </message>
    <message>
        <source>471 is not an SMTP reply code in any RFC. Lists describe it as an error of the mail server, often a local anti-spam filter; the number is the enhanced status code 4.7.1 (delivery not authorised, in its temporary form) written without dots, just as 571 is 5.7.1 without dots. On the wire the condition arrives as 450 4.7.1 or 451 4.7.1.</source>
        <comment>471|summary</comment>
        <translation>471 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Các danh sách mô tả nó là lỗi của máy chủ thư, thường do một bộ lọc thư rác cục bộ; con số này là mã trạng thái mở rộng 4.7.1 (không được phép chuyển phát, ở dạng tạm thời) bị viết thiếu dấu chấm, giống như 571 là 5.7.1 không có dấu chấm. Trong phiên SMTP thực tế, tình trạng này được báo bằng 450 4.7.1 hoặc 451 4.7.1.</translation>
    </message>
    <message>
        <source>In code tables and in user reports where 4.7.1 lost its dots. The real replies behind it are temporary policy refusals: greylisting, older Postfix versions&apos; &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; (current versions send 4.7.25 there), or an outgoing filter or gateway on the sender&apos;s own side deferring the message.</source>
        <comment>471|whenSeen</comment>
        <translation>Trong các bảng mã và báo cáo của người dùng mà 4.7.1 bị mất dấu chấm. Các phản hồi thật đằng sau nó là những lời từ chối tạm thời theo chính sách: greylisting, &quot;450 4.7.1 Client host rejected: cannot find your hostname&quot; của các phiên bản Postfix cũ (các phiên bản hiện tại gửi 4.7.25 ở đó), hoặc một bộ lọc hay gateway thư đi ra ở chính phía người gửi hoãn thư.</translation>
    </message>
    <message>
        <source>Find the real reply in the log or bounce before doing anything. If it is greylisting, let the queue retry. If it is a reverse-DNS or reputation check, the sender&apos;s admin fixes PTR, SPF and DKIM. If your own outgoing anti-spam gateway deferred it, your admin checks that gateway&apos;s log and sending limits.</source>
        <comment>471|howToFix</comment>
        <translation>Hãy tìm phản hồi thật trong nhật ký hoặc thư báo trả về trước khi làm bất cứ điều gì. Nếu đó là greylisting, hãy để hàng đợi tự thử lại. Nếu đó là kiểm tra DNS ngược hoặc uy tín, quản trị viên phía người gửi sửa PTR, SPF và DKIM. Nếu chính gateway chống thư rác cho thư đi ra của bạn đã hoãn thư, quản trị viên của bạn kiểm tra nhật ký và giới hạn gửi của gateway đó.</translation>
    </message>
    <message>
        <source>Whatever the real reply was, a 4.7.1-class deferral is temporary: retry later with backoff. If the same refusal lasts more than a day, treat it as a block and fix the cause instead of waiting for the queue to expire.</source>
        <comment>471|retry</comment>
        <translation>Dù phản hồi thật là gì, một lần hoãn thuộc nhóm 4.7.1 đều là tạm thời: thử lại sau với khoảng chờ tăng dần. Nếu cùng một lời từ chối kéo dài hơn một ngày, hãy coi đó là bị chặn và sửa nguyên nhân thay vì chờ thư hết hạn trong hàng đợi.</translation>
    </message>
    <message>
        <source>A temporary anti-spam or policy check on the receiving side (greylisting, reputation, rate control) deferred the message with 4.7.1.</source>
        <comment>471|causes</comment>
        <translation>Một kiểm tra chống thư rác hoặc chính sách tạm thời ở phía nhận (greylisting, uy tín, kiểm soát tốc độ) đã hoãn thư với 4.7.1.</translation>
    </message>
    <message>
        <source>The sending IP lacks a matching PTR record and the receiver defers until it can verify the client.</source>
        <comment>471|causes</comment>
        <translation>IP gửi không có bản ghi PTR khớp và bên nhận hoãn cho tới khi có thể xác minh máy khách.</translation>
    </message>
    <message>
        <source>The sender&apos;s own outbound filter or gateway held the message, for example as suspected spam or over a sending limit.</source>
        <comment>471|causes</comment>
        <translation>Bộ lọc hoặc gateway thư đi ra của chính người gửi đã giữ thư lại, ví dụ vì nghi là thư rác hoặc vượt giới hạn gửi.</translation>
    </message>
    <message>
        <source>Search the mail log for the real reply that carried 4.7.1.</source>
        <comment>471|checks.step</comment>
        <translation>Tìm trong nhật ký thư phản hồi thật có mang 4.7.1.</translation>
    </message>
    <message>
        <source>Verify that the sending IP&apos;s PTR name resolves back to the same IP.</source>
        <comment>471|checks.step</comment>
        <translation>Xác minh rằng tên PTR của IP gửi phân giải ngược về đúng IP đó.</translation>
    </message>
    <message>
        <source>Look at the deferred queue to see whether your own gateway or the receiver deferred the message.</source>
        <comment>471|checks.step</comment>
        <translation>Xem hàng đợi hoãn (deferred) để biết gateway của chính bạn hay bên nhận đã hoãn thư.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <comment>500|title</comment>
        <translation>Lỗi cú pháp, không nhận ra lệnh</translation>
    </message>
    <message>
        <source>The server could not make sense of the line it received: the command verb is unknown or the line is garbled. RFC 5321 also allows 500 for a command line that is too long, and RFC 4954 uses 500 5.5.6 when an AUTH response overflows the server&apos;s buffer. Only that command fails; the session normally stays open.</source>
        <comment>500|summary</comment>
        <translation>Máy chủ không hiểu được dòng vừa nhận: động từ lệnh không xác định hoặc dòng lệnh bị hỏng. RFC 5321 cũng cho phép dùng 500 khi dòng lệnh quá dài, và RFC 4954 dùng 500 5.5.6 khi một phản hồi AUTH làm tràn bộ đệm của máy chủ. Chỉ riêng lệnh đó thất bại; phiên thường vẫn được giữ mở.</translation>
    </message>
    <message>
        <source>Right after the client sends a line, at any point of the session. Typical cases: a HELO-only server answering EHLO, a client speaking the wrong protocol on the port (a TLS handshake sent to a plaintext port, an HTTP request), or a typo in a manual telnet test. Sendmail answers 500 5.5.1 Command unrecognized and Microsoft Exchange 500 5.3.3 Unrecognized command; Postfix and Gmail use 502 for unknown verbs instead.</source>
        <comment>500|whenSeen</comment>
        <translation>Ngay sau khi máy khách gửi một dòng, ở bất kỳ thời điểm nào trong phiên. Các trường hợp điển hình: máy chủ chỉ hỗ trợ HELO trả lời EHLO, máy khách nói sai giao thức trên cổng (gửi bắt tay TLS tới cổng không mã hóa, gửi yêu cầu HTTP), hoặc gõ nhầm khi thử thủ công bằng telnet. Sendmail trả lời 500 5.5.1 Command unrecognized còn Microsoft Exchange trả lời 500 5.3.3 Unrecognized command; Postfix và Gmail thì dùng 502 cho động từ không xác định.</translation>
    </message>
    <message>
        <source>Whoever runs the client fixes it (the sender&apos;s admin or the application developer): correct the command, use the right port and TLS mode, fall back to HELO when EHLO draws 500, and keep command lines within 512 octets. If a firewall rewrites SMTP traffic, the network admin on that side switches off or relaxes its SMTP/ESMTP inspection. The receiving server needs no change unless it really ought to support the command.</source>
        <comment>500|howToFix</comment>
        <translation>Bên vận hành máy khách sửa lỗi (quản trị viên phía người gửi hoặc nhà phát triển ứng dụng): sửa lại lệnh, dùng đúng cổng và chế độ TLS, chuyển về HELO khi EHLO nhận 500, và giữ dòng lệnh trong giới hạn 512 octet. Nếu có tường lửa viết lại lưu lượng SMTP, quản trị viên mạng phía đó tắt hoặc nới lỏng tính năng kiểm tra SMTP/ESMTP của nó. Máy chủ nhận không cần thay đổi gì, trừ khi nó thực sự nên hỗ trợ lệnh đó.</translation>
    </message>
    <message>
        <source>Do not send the same line again unchanged. The session is usually still usable: after a 500 to EHLO send HELO; after any other 500 correct the command, or QUIT and fix the client before the next attempt.</source>
        <comment>500|retry</comment>
        <translation>Không gửi lại nguyên dòng đó mà không sửa. Phiên thường vẫn dùng được: nếu EHLO nhận 500 thì gửi HELO; với các trường hợp 500 khác thì sửa lại lệnh, hoặc gửi QUIT và sửa máy khách trước lần thử tiếp theo.</translation>
    </message>
    <message>
        <source>A misspelt command or something that is not an SMTP command at all, common in hand-typed telnet or nc sessions.</source>
        <comment>500|causes</comment>
        <translation>Lệnh gõ sai chính tả hoặc hoàn toàn không phải lệnh SMTP, thường gặp trong các phiên telnet hay nc gõ tay.</translation>
    </message>
    <message>
        <source>The client speaks the wrong protocol on the port: a TLS ClientHello sent to a plaintext SMTP port, or an HTTP request from a misconfigured monitor or proxy.</source>
        <comment>500|causes</comment>
        <translation>Máy khách nói sai giao thức trên cổng: gửi TLS ClientHello tới cổng SMTP không mã hóa, hoặc gửi yêu cầu HTTP từ một công cụ giám sát hay proxy cấu hình sai.</translation>
    </message>
    <message>
        <source>A very old or minimal server does not know EHLO and expects the client to fall back to HELO.</source>
        <comment>500|causes</comment>
        <translation>Máy chủ rất cũ hoặc tối giản không biết EHLO và chờ máy khách chuyển về HELO.</translation>
    </message>
    <message>
        <source>A firewall with SMTP inspection (Cisco ASA ESMTP inspection is the classic case) replaces commands it does not allow with strings of X characters, which the server then cannot recognise.</source>
        <comment>500|causes</comment>
        <translation>Tường lửa có tính năng kiểm tra SMTP (trường hợp kinh điển là ESMTP inspection của Cisco ASA) thay các lệnh nó không cho phép bằng chuỗi ký tự X, khiến máy chủ không nhận ra được.</translation>
    </message>
    <message>
        <source>The command line exceeds what the server accepts (RFC 5321 only guarantees 512 octets including CRLF), or an AUTH response is longer than the server&apos;s SASL buffer.</source>
        <comment>500|causes</comment>
        <translation>Dòng lệnh dài hơn mức máy chủ chấp nhận (RFC 5321 chỉ bảo đảm 512 octet, tính cả CRLF), hoặc phản hồi AUTH dài hơn bộ đệm SASL của máy chủ.</translation>
    </message>
    <message>
        <source>Replay the dialogue by hand and read the reply to each line; a 500 straight after EHLO means the server only speaks HELO.</source>
        <comment>500|checks.step</comment>
        <translation>Thực hiện lại hội thoại bằng tay và đọc phản hồi cho từng dòng; nếu nhận 500 ngay sau EHLO thì máy chủ chỉ hỗ trợ HELO.</translation>
    </message>
    <message>
        <source>If the port expects TLS from the first byte (465), test it that way instead of sending plaintext to it.</source>
        <comment>500|checks.step</comment>
        <translation>Nếu cổng yêu cầu TLS ngay từ byte đầu tiên (465), hãy kiểm tra theo cách đó thay vì gửi dữ liệu không mã hóa tới cổng.</translation>
    </message>
    <message>
        <source>Look at the banner and EHLO reply for asterisks or X characters, a sign that a firewall&apos;s SMTP inspection sits in the path.</source>
        <comment>500|checks.step</comment>
        <translation>Xem banner và phản hồi EHLO có dấu sao hoặc ký tự X không; đó là dấu hiệu có tính năng kiểm tra SMTP của tường lửa nằm trên đường truyền.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the rejected command in the log; Postfix records the remote reply and the command it answered.</source>
        <comment>500|checks.step</comment>
        <translation>Trên máy khách Postfix, tìm lệnh bị từ chối trong nhật ký; Postfix ghi lại phản hồi của máy chủ từ xa cùng lệnh mà phản hồi đó trả lời.</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <comment>501|title</comment>
        <translation>Lỗi cú pháp trong tham số hoặc đối số</translation>
    </message>
    <message>
        <source>The server knows the command but rejects its argument: a malformed envelope address, an invalid HELO/EHLO name, a badly formed ESMTP parameter, or AUTH data that is not valid base64. The command is refused in that form and the server stays in the state it was in, so a corrected command can follow in the same session.</source>
        <comment>501|summary</comment>
        <translation>Máy chủ biết lệnh nhưng từ chối đối số của nó: địa chỉ phong bì sai định dạng, tên HELO/EHLO không hợp lệ, tham số ESMTP sai định dạng, hoặc dữ liệu AUTH không phải base64 hợp lệ. Lệnh bị từ chối ở dạng đó và máy chủ giữ nguyên trạng thái trước đó, nên có thể gửi lệnh đã sửa ngay trong cùng phiên.</translation>
    </message>
    <message>
        <source>Mostly at EHLO, MAIL FROM or RCPT TO, sometimes in the middle of AUTH. Postfix sends 501 5.1.7 Bad sender address syntax or 501 5.1.3 Bad recipient address syntax; Exim sends 501 Syntactically invalid HELO argument(s). RFC 4954 servers answer 501 when the client cancels AUTH with a single asterisk or sends undecodable base64, and RFC 3207 prescribes 501 for STARTTLS given any parameter.</source>
        <comment>501|whenSeen</comment>
        <translation>Chủ yếu ở EHLO, MAIL FROM hoặc RCPT TO, đôi khi giữa chừng AUTH. Postfix gửi 501 5.1.7 Bad sender address syntax (cú pháp địa chỉ người gửi sai) hoặc 501 5.1.3 Bad recipient address syntax (cú pháp địa chỉ người nhận sai); Exim gửi 501 Syntactically invalid HELO argument(s). Máy chủ theo RFC 4954 trả lời 501 khi máy khách hủy AUTH bằng một dấu sao đơn hoặc gửi base64 không giải mã được, và RFC 3207 quy định 501 cho STARTTLS kèm bất kỳ tham số nào.</translation>
    </message>
    <message>
        <source>The sending side fixes it. The sender corrects a mistyped or malformed address; the sender&apos;s admin gives the MTA a proper fully qualified HELO name and checks any script or application that builds envelope commands or AUTH strings itself. When addresses come from a web form or a database, validate them before they reach SMTP.</source>
        <comment>501|howToFix</comment>
        <translation>Phía gửi sửa lỗi. Người gửi sửa địa chỉ gõ nhầm hoặc sai định dạng; quản trị viên phía người gửi đặt cho MTA một tên HELO đầy đủ (FQDN) đúng chuẩn và kiểm tra mọi script hay ứng dụng tự dựng lệnh phong bì hoặc chuỗi AUTH. Khi địa chỉ lấy từ biểu mẫu web hay cơ sở dữ liệu, hãy kiểm tra tính hợp lệ của chúng trước khi chúng tới SMTP.</translation>
    </message>
    <message>
        <source>Do not retry the command or the message unchanged: the same argument is refused again. Correct the address, HELO name, parameter or AUTH data; within the session the client may send the corrected command at once.</source>
        <comment>501|retry</comment>
        <translation>Không thử lại lệnh hoặc thư mà không thay đổi gì: cùng đối số đó sẽ lại bị từ chối. Hãy sửa địa chỉ, tên HELO, tham số hoặc dữ liệu AUTH; trong phiên, máy khách có thể gửi ngay lệnh đã sửa.</translation>
    </message>
    <message>
        <source>An envelope address with broken syntax: missing angle brackets, embedded spaces, a trailing dot, unquoted special characters, or two addresses in one command.</source>
        <comment>501|causes</comment>
        <translation>Địa chỉ phong bì sai cú pháp: thiếu dấu ngoặc nhọn, có khoảng trắng bên trong, có dấu chấm ở cuối, ký tự đặc biệt không được đặt trong ngoặc kép, hoặc hai địa chỉ trong một lệnh.</translation>
    </message>
    <message>
        <source>An empty or malformed HELO/EHLO argument, such as a bare IP address without square brackets or a host name containing underscores.</source>
        <comment>501|causes</comment>
        <translation>Đối số HELO/EHLO rỗng hoặc sai định dạng, chẳng hạn địa chỉ IP trần không có ngoặc vuông hoặc tên máy chủ chứa dấu gạch dưới.</translation>
    </message>
    <message>
        <source>AUTH data that is not valid base64, usually from a script that assembles the PLAIN string by hand.</source>
        <comment>501|causes</comment>
        <translation>Dữ liệu AUTH không phải base64 hợp lệ, thường do script tự ghép chuỗi PLAIN bằng tay.</translation>
    </message>
    <message>
        <source>The client cancelled the authentication exchange with a single asterisk, which RFC 4954 answers with 501.</source>
        <comment>501|causes</comment>
        <translation>Máy khách hủy quá trình xác thực bằng một dấu sao đơn, và RFC 4954 quy định trả lời trường hợp này bằng 501.</translation>
    </message>
    <message>
        <source>An ESMTP parameter with an invalid value, for example a non-numeric SIZE= or a malformed NOTIFY= or ORCPT=.</source>
        <comment>501|causes</comment>
        <translation>Tham số ESMTP có giá trị không hợp lệ, ví dụ SIZE= không phải số hoặc NOTIFY= hay ORCPT= sai định dạng.</translation>
    </message>
    <message>
        <source>Send the same envelope with swaks and note which command draws the 501.</source>
        <comment>501|checks.step</comment>
        <translation>Gửi cùng phong bì đó bằng swaks và ghi lại lệnh nào nhận 501.</translation>
    </message>
    <message>
        <source>Check the name your Postfix MTA announces in HELO/EHLO; it should be a fully qualified host name or a bracketed address literal.</source>
        <comment>501|checks.step</comment>
        <translation>Kiểm tra tên mà MTA Postfix của bạn khai báo trong HELO/EHLO; đó phải là tên máy chủ đầy đủ (FQDN) hoặc một địa chỉ dạng literal đặt trong ngoặc vuông.</translation>
    </message>
    <message>
        <source>Decode the AUTH PLAIN string the client sends and confirm it reads authorisation id, NUL, user, NUL, password.</source>
        <comment>501|checks.step</comment>
        <translation>Giải mã chuỗi AUTH PLAIN mà máy khách gửi và xác nhận nó có dạng định danh ủy quyền (authorization id), NUL, tên người dùng, NUL, mật khẩu.</translation>
    </message>
    <message>
        <source>Find the rejected line in the sending server&apos;s log to see the exact argument that was sent.</source>
        <comment>501|checks.step</comment>
        <translation>Tìm dòng bị từ chối trong nhật ký của máy chủ gửi để xem chính xác đối số đã được gửi.</translation>
    </message>
    <message>
        <source>Gmail&apos;s inbound servers refuse a HELO or EHLO whose argument is empty or is neither a valid host name nor an address literal, before any mail is exchanged.</source>
        <comment>501|providers.meaning</comment>
        <translation>Các máy chủ nhận thư của Gmail từ chối HELO hoặc EHLO có đối số rỗng, hoặc không phải tên máy chủ hợp lệ cũng không phải địa chỉ dạng literal, trước khi có bất kỳ thư nào được trao đổi.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <comment>502|title</comment>
        <translation>Lệnh chưa được triển khai</translation>
    </message>
    <message>
        <source>The server recognises the command but does not implement it, or has switched it off. RFC 5321 4.2.4 keeps 502 for known-but-unimplemented commands and 500 for unknown ones, yet several servers, Postfix and Gmail among them, also answer unknown verbs with 502.</source>
        <comment>502|summary</comment>
        <translation>Máy chủ nhận ra lệnh nhưng không triển khai nó, hoặc đã tắt nó. RFC 5321 4.2.4 dành 502 cho lệnh đã biết nhưng chưa triển khai và 500 cho lệnh không xác định, tuy vậy một số máy chủ, trong đó có Postfix và Gmail, cũng trả lời 502 cho động từ không xác định.</translation>
    </message>
    <message>
        <source>In reply to optional commands: VRFY or EXPN on servers that disable them (Postfix with disable_vrfy_command = yes answers 502 5.5.1 VRFY command is disabled), ETRN or TURN, or EHLO on a server that only speaks HELO. Gmail replies 502 5.5.1 Unrecognized command to anything it does not know, and Postfix 502 5.5.2 Error: command not recognized.</source>
        <comment>502|whenSeen</comment>
        <translation>Khi trả lời các lệnh tùy chọn: VRFY hoặc EXPN trên máy chủ đã tắt chúng (Postfix với disable_vrfy_command = yes trả lời 502 5.5.1 VRFY command is disabled), ETRN hoặc TURN, hoặc EHLO trên máy chủ chỉ hỗ trợ HELO. Gmail trả lời 502 5.5.1 Unrecognized command cho mọi lệnh nó không biết, còn Postfix trả lời 502 5.5.2 Error: command not recognized.</translation>
    </message>
    <message>
        <source>The client is what needs fixing: it should only use commands the server advertised in its EHLO reply, fall back to HELO when EHLO is refused, and stop relying on VRFY or EXPN to check addresses. The receiving admin only acts if the command ought to be offered, for example enabling ETRN for a customer whose mail is queued there.</source>
        <comment>502|howToFix</comment>
        <translation>Cần sửa ở phía máy khách: chỉ dùng các lệnh mà máy chủ đã quảng bá trong phản hồi EHLO, chuyển về HELO khi EHLO bị từ chối, và thôi dựa vào VRFY hay EXPN để kiểm tra địa chỉ. Quản trị viên phía nhận chỉ can thiệp nếu lệnh đó lẽ ra phải được cung cấp, ví dụ bật ETRN cho một khách hàng có thư đang nằm trong hàng đợi ở đó.</translation>
    </message>
    <message>
        <source>Do not repeat the command in this session or in later ones; it keeps failing. Carry on without it (HELO instead of EHLO, no VRFY) or change the client.</source>
        <comment>502|retry</comment>
        <translation>Không lặp lại lệnh trong phiên này hay các phiên sau; nó sẽ tiếp tục thất bại. Hãy tiếp tục mà không dùng lệnh đó (HELO thay cho EHLO, bỏ VRFY) hoặc thay đổi máy khách.</translation>
    </message>
    <message>
        <source>VRFY or EXPN is disabled by policy to stop address harvesting.</source>
        <comment>502|causes</comment>
        <translation>VRFY hoặc EXPN bị tắt theo chính sách để chống thu thập địa chỉ.</translation>
    </message>
    <message>
        <source>The client uses an extension the server never advertised after EHLO, such as ETRN, TURN, BDAT without CHUNKING, or AUTH on a server without authentication.</source>
        <comment>502|causes</comment>
        <translation>Máy khách dùng một phần mở rộng mà máy chủ không hề quảng bá sau EHLO, như ETRN, TURN, BDAT khi không có CHUNKING, hoặc AUTH trên máy chủ không hỗ trợ xác thực.</translation>
    </message>
    <message>
        <source>A HELO-only server refuses EHLO and the client does not fall back.</source>
        <comment>502|causes</comment>
        <translation>Máy chủ chỉ hỗ trợ HELO từ chối EHLO và máy khách không chuyển về HELO.</translation>
    </message>
    <message>
        <source>A typo or unknown verb sent to Postfix or Gmail, which report unrecognised commands with 502 rather than 500.</source>
        <comment>502|causes</comment>
        <translation>Lỗi gõ hoặc động từ không xác định gửi tới Postfix hay Gmail, vốn báo lệnh không nhận ra bằng 502 thay vì 500.</translation>
    </message>
    <message>
        <source>List what the server actually advertises after EHLO and compare it with the command that failed.</source>
        <comment>502|checks.step</comment>
        <translation>Liệt kê những gì máy chủ thực sự quảng bá sau EHLO và so sánh với lệnh đã thất bại.</translation>
    </message>
    <message>
        <source>On your own Postfix server, check whether VRFY has been switched off.</source>
        <comment>502|checks.step</comment>
        <translation>Trên máy chủ Postfix của bạn, kiểm tra xem VRFY có bị tắt không.</translation>
    </message>
    <message>
        <source>Review the client configuration for features it forces on regardless of the EHLO reply, such as a scheduled ETRN or AUTH on port 25.</source>
        <comment>502|checks.step</comment>
        <translation>Rà soát cấu hình máy khách để tìm các tính năng bị ép bật bất kể phản hồi EHLO, như ETRN theo lịch hoặc AUTH trên cổng 25.</translation>
    </message>
    <message>
        <source>Gmail returns 502, not 500, for a command it does not know at all, so a 502 from Gmail usually points to a typo or a non-SMTP client rather than a disabled feature.</source>
        <comment>502|providers.meaning</comment>
        <translation>Gmail trả lời 502 chứ không phải 500 cho lệnh mà nó hoàn toàn không biết, nên 502 từ Gmail thường cho thấy lỗi gõ hoặc một máy khách không nói SMTP, chứ không phải một tính năng bị tắt.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <comment>503|title</comment>
        <translation>Sai trình tự lệnh</translation>
    </message>
    <message>
        <source>The command is valid but arrived at the wrong point of the session: RCPT before MAIL, DATA before any accepted RCPT, MAIL before HELO/EHLO, a second MAIL inside a transaction, or AUTH after a successful login. The server refuses it and stays in its current state.</source>
        <comment>503|summary</comment>
        <translation>Lệnh hợp lệ nhưng đến sai thời điểm trong phiên: RCPT trước MAIL, DATA trước khi có RCPT nào được chấp nhận, MAIL trước HELO/EHLO, MAIL thứ hai trong cùng một giao dịch, hoặc AUTH sau khi đã đăng nhập thành công. Máy chủ từ chối lệnh và giữ nguyên trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>Most often at RCPT TO or DATA. In bounces it frequently hides the real problem: a pipelining client sends DATA although every RCPT was refused, so the last reply logged is 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim quotes the earlier RCPT error inside its 503). It also answers AUTH sent where authentication is not offered (Postfix: 503 5.5.1 Error: authentication not enabled).</source>
        <comment>503|whenSeen</comment>
        <translation>Thường gặp nhất ở RCPT TO hoặc DATA. Trong thư báo trả về, mã này hay che giấu vấn đề thực sự: máy khách dùng pipelining vẫn gửi DATA dù mọi RCPT đều bị từ chối, nên phản hồi cuối cùng được ghi lại là 503 (Postfix: 503 5.5.1 Error: need RCPT command; Exim trích dẫn lỗi RCPT trước đó bên trong phản hồi 503). Mã này cũng là câu trả lời cho AUTH gửi tới nơi không cung cấp xác thực (Postfix: 503 5.5.1 Error: authentication not enabled).</translation>
    </message>
    <message>
        <source>Look at the reply before the 503 first. If recipients were refused, fix that cause (address, relay permission, policy) and the 503 goes away by itself. If the order really is wrong, the client software or script must be corrected: EHLO first, EHLO again after STARTTLS, AUTH once and only where advertised, then MAIL, RCPT and DATA.</source>
        <comment>503|howToFix</comment>
        <translation>Trước tiên hãy xem phản hồi đứng trước 503. Nếu người nhận bị từ chối, hãy khắc phục nguyên nhân đó (địa chỉ, quyền relay, chính sách) và 503 sẽ tự biến mất. Nếu thứ tự thực sự sai, phải sửa phần mềm máy khách hoặc script: EHLO trước tiên, EHLO lại sau STARTTLS, AUTH một lần và chỉ khi được quảng bá, rồi đến MAIL, RCPT và DATA.</translation>
    </message>
    <message>
        <source>Replaying the same sequence gives the same 503. Fix the client or the earlier rejection first; within the session the client can still send the right command, or RSET and begin the transaction again.</source>
        <comment>503|retry</comment>
        <translation>Phát lại đúng trình tự đó sẽ lại nhận 503. Hãy sửa máy khách hoặc lần từ chối trước đó trước; trong phiên, máy khách vẫn có thể gửi đúng lệnh, hoặc gửi RSET và bắt đầu lại giao dịch.</translation>
    </message>
    <message>
        <source>Every RCPT TO was rejected (unknown user, relay denied) and the pipelining client sent DATA anyway, so the 503 masks the earlier 5xx.</source>
        <comment>503|causes</comment>
        <translation>Mọi RCPT TO đều bị từ chối (người dùng không tồn tại, từ chối relay) nhưng máy khách dùng pipelining vẫn gửi DATA, nên 503 che mất lỗi 5xx trước đó.</translation>
    </message>
    <message>
        <source>The client did not send EHLO again after STARTTLS, which resets the session to its initial state.</source>
        <comment>503|causes</comment>
        <translation>Máy khách không gửi lại EHLO sau STARTTLS, trong khi STARTTLS đưa phiên về trạng thái ban đầu.</translation>
    </message>
    <message>
        <source>AUTH was sent to a port or server where authentication is not enabled, or a second time after it had already succeeded.</source>
        <comment>503|causes</comment>
        <translation>AUTH được gửi tới cổng hoặc máy chủ không bật xác thực, hoặc được gửi lần thứ hai sau khi đã xác thực thành công.</translation>
    </message>
    <message>
        <source>A home-made client or script sends RCPT before MAIL, or starts a second MAIL without RSET.</source>
        <comment>503|causes</comment>
        <translation>Máy khách hoặc script tự viết gửi RCPT trước MAIL, hoặc bắt đầu MAIL thứ hai mà không có RSET.</translation>
    </message>
    <message>
        <source>Read the whole transcript or bounce, not just its last line; find the replies to RCPT TO that came before the 503.</source>
        <comment>503|checks.step</comment>
        <translation>Đọc toàn bộ bản ghi phiên hoặc thư báo trả về, không chỉ dòng cuối; tìm các phản hồi cho RCPT TO đứng trước 503.</translation>
    </message>
    <message>
        <source>Run the same transaction step by step over STARTTLS and watch where the server objects.</source>
        <comment>503|checks.step</comment>
        <translation>Chạy lại cùng giao dịch từng bước qua STARTTLS và quan sát máy chủ phản đối ở chỗ nào.</translation>
    </message>
    <message>
        <source>If the 503 answers AUTH, check whether authentication is enabled for that Postfix listener at all; it is usually on only for submission.</source>
        <comment>503|checks.step</comment>
        <translation>Nếu 503 là câu trả lời cho AUTH, kiểm tra xem listener Postfix đó có bật xác thực hay không; thường xác thực chỉ được bật cho cổng submission.</translation>
    </message>
    <message>
        <source>Gmail refuses MAIL, AUTH or STARTTLS sent before any greeting command, for example a client that issues STARTTLS straight after connecting.</source>
        <comment>503|providers.meaning</comment>
        <translation>Gmail từ chối MAIL, AUTH hoặc STARTTLS được gửi trước bất kỳ lệnh chào nào, ví dụ máy khách gửi STARTTLS ngay sau khi kết nối.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <comment>504|title</comment>
        <translation>Tham số lệnh chưa được triển khai</translation>
    </message>
    <message>
        <source>The command is known but the server does not support the parameter value given with it. In practice it answers AUTH with a mechanism the server does not offer (RFC 4954 pairs it with 5.5.4 there), and Postfix also uses it to refuse HELO names and envelope addresses that are not fully qualified.</source>
        <comment>504|summary</comment>
        <translation>Lệnh đã biết nhưng máy chủ không hỗ trợ giá trị tham số đi kèm. Trên thực tế, mã này dùng để trả lời AUTH với một cơ chế mà máy chủ không cung cấp (RFC 4954 khi đó ghép nó với 5.5.4), và Postfix còn dùng nó để từ chối tên HELO và địa chỉ phong bì không đầy đủ (không phải FQDN).</translation>
    </message>
    <message>
        <source>At AUTH, when a client insists on a mechanism such as CRAM-MD5, NTLM or XOAUTH2 that the server lacks: Gmail and Microsoft Exchange answer 504 5.7.4 Unrecognized authentication type. At HELO, MAIL FROM or RCPT TO on Postfix servers using reject_non_fqdn_helo_hostname or the matching sender and recipient restrictions: 504 5.5.2 with Helo command rejected: need fully-qualified hostname, or need fully-qualified address. Postfix with smtpd_tls_auth_only answers AUTH before STARTTLS with 504 5.5.4.</source>
        <comment>504|whenSeen</comment>
        <translation>Ở AUTH, khi máy khách cứ đòi dùng một cơ chế như CRAM-MD5, NTLM hay XOAUTH2 mà máy chủ không có: Gmail và Microsoft Exchange trả lời 504 5.7.4 Unrecognized authentication type (kiểu xác thực không được nhận dạng). Ở HELO, MAIL FROM hoặc RCPT TO trên máy chủ Postfix dùng reject_non_fqdn_helo_hostname hoặc các hạn chế tương ứng cho người gửi và người nhận: 504 5.5.2 kèm Helo command rejected: need fully-qualified hostname, hoặc need fully-qualified address. Postfix với smtpd_tls_auth_only trả lời AUTH gửi trước STARTTLS bằng 504 5.5.4.</translation>
    </message>
    <message>
        <source>For AUTH, the user or client admin picks a mechanism the server advertises (PLAIN or LOGIN over TLS is the usual choice) and makes sure STARTTLS comes first. For HELO or address rejections, the sending admin sets a fully qualified HELO name (myhostname on Postfix) and makes applications use complete addresses such as user@example.com. The receiving admin only relaxes a restriction if it is too strict for a known partner.</source>
        <comment>504|howToFix</comment>
        <translation>Với AUTH, người dùng hoặc quản trị viên máy khách chọn một cơ chế mà máy chủ quảng bá (PLAIN hoặc LOGIN qua TLS là lựa chọn thông thường) và bảo đảm STARTTLS được thực hiện trước. Với trường hợp HELO hoặc địa chỉ bị từ chối, quản trị viên phía gửi đặt tên HELO đầy đủ (myhostname trên Postfix) và cho ứng dụng dùng địa chỉ hoàn chỉnh như user@example.com. Quản trị viên phía nhận chỉ nới lỏng hạn chế khi nó quá chặt đối với một đối tác đã biết.</translation>
    </message>
    <message>
        <source>Do not retry with the same mechanism, HELO name or address; the refusal is permanent. After a failed AUTH the client may try another advertised mechanism in the same session, as RFC 4954 allows.</source>
        <comment>504|retry</comment>
        <translation>Không thử lại với cùng cơ chế, tên HELO hay địa chỉ đó; việc từ chối là vĩnh viễn. Sau khi AUTH thất bại, máy khách có thể thử một cơ chế khác đã được quảng bá ngay trong phiên đó, như RFC 4954 cho phép.</translation>
    </message>
    <message>
        <source>The client forces an AUTH mechanism missing from the server&apos;s EHLO reply, for example CRAM-MD5 or NTLM against a server offering only PLAIN and LOGIN.</source>
        <comment>504|causes</comment>
        <translation>Máy khách ép dùng một cơ chế AUTH không có trong phản hồi EHLO của máy chủ, ví dụ CRAM-MD5 hoặc NTLM với máy chủ chỉ cung cấp PLAIN và LOGIN.</translation>
    </message>
    <message>
        <source>AUTH is sent before STARTTLS to a server that allows authentication only over TLS and reports it with 504 instead of 538.</source>
        <comment>504|causes</comment>
        <translation>AUTH được gửi trước STARTTLS tới máy chủ chỉ cho phép xác thực qua TLS và báo lỗi bằng 504 thay vì 538.</translation>
    </message>
    <message>
        <source>The sending MTA announces a short, unqualified HELO name such as mailhost and the receiver uses reject_non_fqdn_helo_hostname.</source>
        <comment>504|causes</comment>
        <translation>MTA gửi khai báo một tên HELO ngắn, không đầy đủ như mailhost và máy chủ nhận dùng reject_non_fqdn_helo_hostname.</translation>
    </message>
    <message>
        <source>The envelope sender or recipient lacks a fully qualified domain (user@localhost style) and the receiver requires one.</source>
        <comment>504|causes</comment>
        <translation>Người gửi hoặc người nhận trên phong bì thiếu tên miền đầy đủ (kiểu user@localhost) trong khi máy chủ nhận yêu cầu phải có.</translation>
    </message>
    <message>
        <source>A retired mechanism such as Google&apos;s old XOAUTH is no longer accepted by the provider.</source>
        <comment>504|causes</comment>
        <translation>Một cơ chế đã bị loại bỏ, như XOAUTH cũ của Google, không còn được nhà cung cấp chấp nhận.</translation>
    </message>
    <message>
        <source>Open a STARTTLS session, type EHLO test.example.com and read the 250-AUTH line to see which mechanisms are offered.</source>
        <comment>504|checks.step</comment>
        <translation>Mở một phiên STARTTLS, gõ EHLO test.example.com và đọc dòng 250-AUTH để xem những cơ chế nào được cung cấp.</translation>
    </message>
    <message>
        <source>Check the HELO name your Postfix server sends; it must be a fully qualified name.</source>
        <comment>504|checks.step</comment>
        <translation>Kiểm tra tên HELO mà máy chủ Postfix của bạn gửi; đó phải là tên đầy đủ (FQDN).</translation>
    </message>
    <message>
        <source>Make sure that name resolves in DNS.</source>
        <comment>504|checks.step</comment>
        <translation>Bảo đảm tên đó phân giải được trong DNS.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, see which non-FQDN restrictions are active and which code they use.</source>
        <comment>504|checks.step</comment>
        <translation>Trên máy chủ Postfix nhận, xem những hạn chế non-FQDN nào đang hoạt động và chúng dùng mã nào.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission service answers this when the client asks for a SASL mechanism Gmail does not offer; it concerns the mechanism name, not the password.</source>
        <comment>504|providers.meaning</comment>
        <translation>Dịch vụ submission của Gmail trả lời mã này khi máy khách yêu cầu một cơ chế SASL mà Gmail không cung cấp; vấn đề nằm ở tên cơ chế, không phải mật khẩu.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>510|title</comment>
        <translation>Địa chỉ email sai</translation>
    </message>
    <message>
        <source>No RFC defines 510 as an SMTP reply code. Lists of “SMTP errors” call it a bad email address, and in practice the number is almost always the enhanced status code 5.1.0 (Other address status, RFC 3463) with its dots dropped. The real reply was most likely 550 5.1.0 or 553 5.1.0: an address problem the server did not narrow down further.</source>
        <comment>510|summary</comment>
        <translation>Không RFC nào định nghĩa 510 là mã phản hồi SMTP. Các danh sách “lỗi SMTP” gọi nó là địa chỉ email sai, và trên thực tế con số này hầu như luôn là mã trạng thái mở rộng 5.1.0 (Other address status, RFC 3463) bị bỏ dấu chấm. Phản hồi thực sự nhiều khả năng là 550 5.1.0 hoặc 553 5.1.0: một vấn đề về địa chỉ mà máy chủ không xác định cụ thể hơn.</translation>
    </message>
    <message>
        <source>In shortened bounce summaries: ESP dashboards, ticket systems, webmail notices and forum posts that write “error 510” for a line such as &quot;550 5.1.0 Sender denied&quot;. Exchange Online, for example, uses 5.1.0 for a rejected sender and for recipients it could not resolve. A genuine 510 on the wire is rare and comes only from nonconforming software.</source>
        <comment>510|whenSeen</comment>
        <translation>Trong các bản tóm tắt thư báo trả về rút gọn: bảng điều khiển của ESP, hệ thống ticket, thông báo webmail và bài đăng diễn đàn ghi “lỗi 510” cho một dòng như &quot;550 5.1.0 Sender denied&quot;. Ví dụ, Exchange Online dùng 5.1.0 cho người gửi bị từ chối và cho người nhận mà nó không phân giải được. Mã 510 thực sự trên đường truyền rất hiếm và chỉ đến từ phần mềm không tuân thủ chuẩn.</translation>
    </message>
    <message>
        <source>The sender (or whoever reads the bounce) first gets the complete reply line from the bounce or the mail log, because 5.1.0 does not say whether the sender or the recipient address was refused. Check both addresses for typos and stray characters. If the reply is from Exchange Online and names the sender, have the sender write a fresh message instead of replying to a saved or offline copy. If the line says something else entirely, look up its real three-digit code.</source>
        <comment>510|howToFix</comment>
        <translation>Người gửi (hoặc người đọc thư báo trả về) trước tiên lấy toàn bộ dòng phản hồi từ thư báo trả về hoặc nhật ký thư, vì 5.1.0 không cho biết địa chỉ người gửi hay người nhận bị từ chối. Kiểm tra cả hai địa chỉ xem có lỗi gõ và ký tự thừa không. Nếu phản hồi đến từ Exchange Online và nêu tên người gửi, hãy để người gửi soạn một thư mới thay vì trả lời một bản sao đã lưu hoặc ngoại tuyến. Nếu dòng đó nói điều gì khác hẳn, hãy tra mã ba chữ số thực sự của nó.</translation>
    </message>
    <message>
        <source>A sending MTA that ever receives a literal 510 must judge it by its first digit (RFC 5321 4.2): a permanent failure, so bounce the message rather than queue it. Resend only after the address has been corrected.</source>
        <comment>510|retry</comment>
        <translation>MTA gửi nếu nhận được 510 theo đúng nghĩa đen phải đánh giá nó theo chữ số đầu tiên (RFC 5321 4.2): đó là lỗi vĩnh viễn, nên trả thư về thay vì đưa vào hàng đợi. Chỉ gửi lại sau khi địa chỉ đã được sửa.</translation>
    </message>
    <message>
        <source>A bounce summary or dashboard printed the enhanced code 5.1.0 without dots.</source>
        <comment>510|causes</comment>
        <translation>Bản tóm tắt thư báo trả về hoặc bảng điều khiển đã in mã mở rộng 5.1.0 mà không có dấu chấm.</translation>
    </message>
    <message>
        <source>The receiving server refused an address but reported only the generic address subject (5.1.0) instead of 5.1.1 or 5.1.7.</source>
        <comment>510|causes</comment>
        <translation>Máy chủ nhận từ chối một địa chỉ nhưng chỉ báo nhóm lỗi địa chỉ chung chung (5.1.0) thay vì 5.1.1 hoặc 5.1.7.</translation>
    </message>
    <message>
        <source>Exchange Online answered 5.1.0 Sender denied, typically after someone replied to a message that had been saved as a file and opened offline.</source>
        <comment>510|causes</comment>
        <translation>Exchange Online trả lời 5.1.0 Sender denied (người gửi bị từ chối), thường sau khi ai đó trả lời một thư đã được lưu thành tệp và mở ngoại tuyến.</translation>
    </message>
    <message>
        <source>An internal legacy Exchange address (legacyExchangeDN) could not be looked up, so Exchange could not resolve the recipient.</source>
        <comment>510|causes</comment>
        <translation>Không tra cứu được một địa chỉ Exchange kiểu cũ nội bộ (legacyExchangeDN), nên Exchange không phân giải được người nhận.</translation>
    </message>
    <message>
        <source>Find the full reply line for the failed address in your own mail log; the real basic code is the first three digits, the enhanced code follows it.</source>
        <comment>510|checks.step</comment>
        <translation>Tìm toàn bộ dòng phản hồi của địa chỉ bị lỗi trong nhật ký thư của bạn; mã cơ bản thực sự là ba chữ số đầu, mã mở rộng đứng ngay sau.</translation>
    </message>
    <message>
        <source>In the bounce message, read the Status: and Diagnostic-Code: fields of the delivery-status part rather than the friendly summary at the top.</source>
        <comment>510|checks.step</comment>
        <translation>Trong thư báo trả về, đọc các trường Status: và Diagnostic-Code: của phần trạng thái chuyển phát (delivery-status) thay vì bản tóm tắt dễ đọc ở đầu thư.</translation>
    </message>
    <message>
        <source>Check that both the envelope sender domain and the recipient domain exist in DNS.</source>
        <comment>510|checks.step</comment>
        <translation>Kiểm tra xem cả tên miền của người gửi trên phong bì lẫn tên miền người nhận có tồn tại trong DNS không.</translation>
    </message>
    <message>
        <source>Bad email address</source>
        <comment>511|title</comment>
        <translation>Địa chỉ email sai</translation>
    </message>
    <message>
        <source>511 is not an SMTP reply code in any RFC. When someone reports “error 511, bad email address” they nearly always mean the enhanced code 5.1.1, Bad destination mailbox address: the recipient&apos;s server says the mailbox does not exist. On the wire that arrives as 550 5.1.1 (occasionally 553 or 554 with 5.1.1).</source>
        <comment>511|summary</comment>
        <translation>511 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Khi ai đó báo “lỗi 511, địa chỉ email sai”, họ gần như luôn muốn nói mã mở rộng 5.1.1, Bad destination mailbox address: máy chủ của người nhận cho biết hộp thư không tồn tại. Trên đường truyền, nó đến dưới dạng 550 5.1.1 (đôi khi 553 hoặc 554 kèm 5.1.1).</translation>
    </message>
    <message>
        <source>In bounce statistics, CRM and newsletter tools, and copy-pasted error lists, where &quot;550 5.1.1 ... User unknown&quot; is condensed to 511. The underlying reply comes in answer to RCPT TO, or later in a bounce when the receiving server checks recipients only after accepting the message.</source>
        <comment>511|whenSeen</comment>
        <translation>Trong thống kê thư báo trả về, công cụ CRM và gửi bản tin, và các danh sách lỗi sao chép lại, nơi &quot;550 5.1.1 ... User unknown&quot; được rút gọn thành 511. Phản hồi gốc là câu trả lời cho RCPT TO, hoặc đến muộn hơn trong thư báo trả về khi máy chủ nhận chỉ kiểm tra người nhận sau khi đã chấp nhận thư.</translation>
    </message>
    <message>
        <source>The sender checks the recipient address letter by letter (transposed letters, a missing dot, a wrong country domain, a former employee&apos;s address) and confirms it with the recipient by phone or another channel. List owners remove the address after a confirmed 5.1.1 instead of retrying it. If you run the receiving server and the user does exist, check the alias, virtual and directory lookups that the server consults at RCPT time.</source>
        <comment>511|howToFix</comment>
        <translation>Người gửi kiểm tra địa chỉ người nhận từng chữ một (đảo chữ, thiếu dấu chấm, sai tên miền quốc gia, địa chỉ của nhân viên cũ) và xác nhận với người nhận qua điện thoại hoặc kênh khác. Chủ danh sách thư xóa địa chỉ sau khi đã xác nhận 5.1.1 thay vì thử lại. Nếu bạn vận hành máy chủ nhận và người dùng đó thực sự tồn tại, hãy kiểm tra các tra cứu bí danh, virtual và thư mục (directory) mà máy chủ dùng ở bước RCPT.</translation>
    </message>
    <message>
        <source>Nothing should retry a bare 511; read it as a permanent failure by its first digit. For the real 550 5.1.1 behind it, stop sending to that address until a person confirms a corrected one.</source>
        <comment>511|retry</comment>
        <translation>Không nên thử lại khi nhận 511 trần; hãy hiểu đó là lỗi vĩnh viễn theo chữ số đầu tiên. Với 550 5.1.1 thực sự đằng sau nó, ngừng gửi tới địa chỉ đó cho đến khi có người xác nhận địa chỉ đã sửa.</translation>
    </message>
    <message>
        <source>A typo in the local part of the address, the part before the @.</source>
        <comment>511|causes</comment>
        <translation>Lỗi gõ ở phần cục bộ (local part) của địa chỉ, tức phần trước @.</translation>
    </message>
    <message>
        <source>The account was deleted or renamed, for example after an employee left or a company changed its address format.</source>
        <comment>511|causes</comment>
        <translation>Tài khoản đã bị xóa hoặc đổi tên, ví dụ sau khi nhân viên nghỉ việc hoặc công ty đổi định dạng địa chỉ.</translation>
    </message>
    <message>
        <source>An old address picked from an address book or autocomplete cache that no longer matches the directory.</source>
        <comment>511|causes</comment>
        <translation>Một địa chỉ cũ lấy từ sổ địa chỉ hoặc bộ nhớ đệm tự động hoàn thành, không còn khớp với thư mục.</translation>
    </message>
    <message>
        <source>On the receiving side, a user that exists in the mailbox store but is missing from the alias or recipient table the SMTP server checks.</source>
        <comment>511|causes</comment>
        <translation>Ở phía nhận, người dùng có tồn tại trong kho hộp thư nhưng lại thiếu trong bảng bí danh hoặc bảng người nhận mà máy chủ SMTP kiểm tra.</translation>
    </message>
    <message>
        <source>Test the recipient without sending a message: the reply to RCPT TO shows whether the server knows the mailbox (many large providers will not tell you).</source>
        <comment>511|checks.step</comment>
        <translation>Kiểm tra người nhận mà không gửi thư: phản hồi cho RCPT TO cho thấy máy chủ có biết hộp thư hay không (nhiều nhà cung cấp lớn sẽ không cho bạn biết).</translation>
    </message>
    <message>
        <source>On your own Postfix server, see which table answered for the address and what reply it gave.</source>
        <comment>511|checks.step</comment>
        <translation>Trên máy chủ Postfix của bạn, xem bảng nào đã trả lời cho địa chỉ đó và nó trả lời gì.</translation>
    </message>
    <message>
        <source>If you run Exim, ask it how it would route the address; an unrouteable result means the 5.1.1 is correct.</source>
        <comment>511|checks.step</comment>
        <translation>Nếu bạn chạy Exim, hỏi Exim sẽ định tuyến địa chỉ đó ra sao; kết quả unrouteable nghĩa là 5.1.1 là đúng.</translation>
    </message>
    <message>
        <source>Host for the recipient&apos;s domain cannot be found in DNS</source>
        <comment>512|title</comment>
        <translation>Không tìm thấy máy chủ cho tên miền của người nhận trong DNS</translation>
    </message>
    <message>
        <source>No RFC assigns 512. Error lists use it for “the recipient&apos;s domain cannot be found”, which is the enhanced code 5.1.2, Bad destination system address (RFC 3463): the part after the @ does not exist or cannot receive mail. The real reply is usually 550 5.1.2 or 553 5.1.2, or a bounce written by the sender&apos;s own server after a failed DNS lookup.</source>
        <comment>512|summary</comment>
        <translation>Không RFC nào gán 512. Các danh sách lỗi dùng nó cho “không tìm thấy tên miền của người nhận”, tức mã mở rộng 5.1.2, Bad destination system address (RFC 3463): phần sau @ không tồn tại hoặc không thể nhận thư. Phản hồi thực sự thường là 550 5.1.2 hoặc 553 5.1.2, hoặc một thư báo trả về do chính máy chủ của người gửi tạo ra sau khi tra cứu DNS thất bại.</translation>
    </message>
    <message>
        <source>Often without any remote server involved: the sending MTA looks up MX and address records for the domain, gets NXDOMAIN, and bounces the message itself. Sendmail writes this as 550 5.1.2 with &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix reports &quot;Host or domain name not found&quot; and files it under 5.4.4. Gmail answers a submission to a non-existent domain with 553 5.1.2.</source>
        <comment>512|whenSeen</comment>
        <translation>Thường không có máy chủ từ xa nào liên quan: MTA gửi tra cứu bản ghi MX và bản ghi địa chỉ của tên miền, nhận NXDOMAIN và tự trả thư về. Sendmail ghi là 550 5.1.2 kèm &quot;Host unknown (Name server: ...: host not found)&quot;; Postfix báo &quot;Host or domain name not found&quot; và xếp vào 5.4.4. Gmail trả lời việc gửi thư tới tên miền không tồn tại bằng 553 5.1.2.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (hotmial, gmial, a missing country suffix, .con instead of .com). If the domain is right, the domain owner&apos;s admin must fix DNS: the domain may have expired or lost its delegation. If many domains fail at once, the sender&apos;s admin checks the sending server&apos;s own resolver, because a broken local resolver makes every lookup look like a missing domain.</source>
        <comment>512|howToFix</comment>
        <translation>Người gửi kiểm tra chính tả của tên miền (hotmial, gmial, thiếu đuôi tên miền quốc gia, .con thay vì .com). Nếu tên miền đúng, quản trị viên của chủ tên miền phải sửa DNS: tên miền có thể đã hết hạn hoặc mất ủy quyền (delegation). Nếu nhiều tên miền cùng lỗi một lúc, quản trị viên phía người gửi kiểm tra resolver của chính máy chủ gửi, vì resolver cục bộ bị hỏng khiến mọi lần tra cứu trông như tên miền không tồn tại.</translation>
    </message>
    <message>
        <source>Treat a bare 512 as permanent by its first digit. A sending MTA should bounce on an authoritative NXDOMAIN but keep retrying (temporary) on DNS timeouts or SERVFAIL, which say nothing about whether the domain exists.</source>
        <comment>512|retry</comment>
        <translation>Coi 512 trần là vĩnh viễn theo chữ số đầu tiên. MTA gửi nên trả thư về khi nhận NXDOMAIN có thẩm quyền, nhưng tiếp tục thử lại (coi là tạm thời) khi gặp DNS timeout hoặc SERVFAIL, vốn không nói gì về việc tên miền có tồn tại hay không.</translation>
    </message>
    <message>
        <source>The recipient domain is misspelled and the misspelled name is not registered.</source>
        <comment>512|causes</comment>
        <translation>Tên miền người nhận bị viết sai và tên viết sai đó chưa được đăng ký.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain registration expired or its name servers stopped answering.</source>
        <comment>512|causes</comment>
        <translation>Tên miền của người nhận đã hết hạn đăng ký hoặc các máy chủ tên (name server) của nó ngừng trả lời.</translation>
    </message>
    <message>
        <source>The sending server&apos;s resolver is broken, blocked by a firewall, or answering from a stale cache.</source>
        <comment>512|causes</comment>
        <translation>Resolver của máy chủ gửi bị hỏng, bị tường lửa chặn hoặc đang trả lời từ bộ nhớ đệm cũ.</translation>
    </message>
    <message>
        <source>An internal-only name (a .local or split-horizon domain) was used as a mail address outside the network where it resolves.</source>
        <comment>512|causes</comment>
        <translation>Một tên chỉ dùng nội bộ (tên miền .local hoặc split-horizon) được dùng làm địa chỉ thư bên ngoài mạng nơi nó phân giải được.</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s mail exchangers; NXDOMAIN in the full answer means the domain does not exist.</source>
        <comment>512|checks.step</comment>
        <translation>Truy vấn DNS để lấy các máy chủ nhận thư (mail exchanger) của tên miền; NXDOMAIN trong câu trả lời đầy đủ nghĩa là tên miền không tồn tại.</translation>
    </message>
    <message>
        <source>Resolve the name from the root servers down, bypassing your own resolver, to rule out a local DNS fault.</source>
        <comment>512|checks.step</comment>
        <translation>Phân giải tên từ các máy chủ gốc (root) trở xuống, bỏ qua resolver của bạn, để loại trừ lỗi DNS cục bộ.</translation>
    </message>
    <message>
        <source>Look for the local bounce in the sending server&apos;s log.</source>
        <comment>512|checks.step</comment>
        <translation>Tìm thư báo trả về cục bộ trong nhật ký của máy chủ gửi.</translation>
    </message>
    <message>
        <source>Address type is incorrect</source>
        <comment>513|title</comment>
        <translation>Loại địa chỉ không đúng</translation>
    </message>
    <message>
        <source>513 is not defined by any RFC. Lists gloss it as “address type is incorrect”, and it stands for the enhanced code 5.1.3, Bad destination mailbox address syntax (RFC 3463): the recipient address is not a valid address at all, as opposed to a valid address that does not exist. Real servers send it as 501 5.1.3 or 553 5.1.3.</source>
        <comment>513|summary</comment>
        <translation>513 không được định nghĩa trong RFC nào. Các danh sách giải thích nó là “loại địa chỉ không đúng”, và nó đại diện cho mã mở rộng 5.1.3, Bad destination mailbox address syntax (cú pháp địa chỉ hộp thư đích sai, RFC 3463): địa chỉ người nhận hoàn toàn không phải là một địa chỉ hợp lệ, khác với một địa chỉ hợp lệ nhưng không tồn tại. Máy chủ thực tế gửi nó dưới dạng 501 5.1.3 hoặc 553 5.1.3.</translation>
    </message>
    <message>
        <source>When the RCPT TO argument is malformed: Postfix answers 501 5.1.3 Bad recipient address syntax, and Gmail answers 553 5.1.3 saying the recipient address is not a valid RFC 5321 address. It shows up with web forms and scripts that build addresses from user input, and with addresses copied out of documents with invisible characters.</source>
        <comment>513|whenSeen</comment>
        <translation>Khi đối số của RCPT TO sai định dạng: Postfix trả lời 501 5.1.3 Bad recipient address syntax, còn Gmail trả lời 553 5.1.3, cho biết địa chỉ người nhận không phải là địa chỉ RFC 5321 hợp lệ. Mã này xuất hiện với các biểu mẫu web và script dựng địa chỉ từ dữ liệu người dùng nhập, và với các địa chỉ sao chép từ tài liệu có chứa ký tự ẩn.</translation>
    </message>
    <message>
        <source>The sender or the application that composed the message cleans up the address: one @, no spaces, no display name or quotes inside the angle brackets, no trailing dot, no smart quotes or zero-width characters pasted from a word processor. Developers validate and trim addresses before handing them to the mail library, and pass only the bare address to RCPT TO.</source>
        <comment>513|howToFix</comment>
        <translation>Người gửi hoặc ứng dụng soạn thư làm sạch địa chỉ: chỉ một @, không khoảng trắng, không có tên hiển thị hay dấu ngoặc kép bên trong ngoặc nhọn, không có dấu chấm ở cuối, không có dấu ngoặc kép cong (smart quotes) hay ký tự độ rộng bằng 0 (zero-width) dán từ trình soạn thảo văn bản. Nhà phát triển kiểm tra tính hợp lệ và cắt bỏ khoảng trắng thừa của địa chỉ trước khi chuyển cho thư viện thư, và chỉ truyền địa chỉ trần cho RCPT TO.</translation>
    </message>
    <message>
        <source>No retry: a malformed address fails identically every time. Treat any literal 513 as a permanent failure by its first digit and return the message so the address can be corrected.</source>
        <comment>513|retry</comment>
        <translation>Không thử lại: địa chỉ sai định dạng lần nào cũng thất bại y như nhau. Coi mọi mã 513 theo đúng nghĩa đen là lỗi vĩnh viễn theo chữ số đầu tiên và trả thư về để có thể sửa địa chỉ.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from a list pasted into a single field.</source>
        <comment>513|causes</comment>
        <translation>Khoảng trắng, dấu phẩy hoặc dấu chấm phẩy trong địa chỉ, thường do dán cả một danh sách vào một trường duy nhất.</translation>
    </message>
    <message>
        <source>A display name and address passed together as the envelope recipient instead of the bare address.</source>
        <comment>513|causes</comment>
        <translation>Tên hiển thị và địa chỉ được truyền cùng nhau làm người nhận trên phong bì thay vì chỉ địa chỉ trần.</translation>
    </message>
    <message>
        <source>Invisible or typographic characters (non-breaking space, curly quotes) copied from a document or spreadsheet.</source>
        <comment>513|causes</comment>
        <translation>Ký tự ẩn hoặc ký tự typographic (khoảng trắng không ngắt, dấu ngoặc kép cong) sao chép từ tài liệu hoặc bảng tính.</translation>
    </message>
    <message>
        <source>Non-ASCII characters in the address sent to a server that did not offer SMTPUTF8.</source>
        <comment>513|causes</comment>
        <translation>Ký tự không phải ASCII trong địa chỉ gửi tới máy chủ không cung cấp SMTPUTF8.</translation>
    </message>
    <message>
        <source>Show hidden characters in the address as the application stored it.</source>
        <comment>513|checks.step</comment>
        <translation>Hiển thị các ký tự ẩn trong địa chỉ đúng như ứng dụng đã lưu.</translation>
    </message>
    <message>
        <source>Replay the recipient by hand and read the server&apos;s reply to RCPT TO.</source>
        <comment>513|checks.step</comment>
        <translation>Gửi lại lệnh người nhận bằng tay và đọc phản hồi của máy chủ cho RCPT TO.</translation>
    </message>
    <message>
        <source>On Postfix, find the exact string the client sent, which the log quotes in the reject line.</source>
        <comment>513|checks.step</comment>
        <translation>Trên Postfix, tìm chuỗi chính xác mà máy khách đã gửi, được trích dẫn trong dòng reject của nhật ký.</translation>
    </message>
    <message>
        <source>Please use the correct QHLO ID</source>
        <comment>520|title</comment>
        <translation>Vui lòng dùng đúng QHLO ID</translation>
    </message>
    <message>
        <source>Not a standard code. The text comes from the QUICKSTART SMTP extension Internet-Draft (draft-fanf-smtp-quickstart, 2007), which proposed a QHLO command to save round trips at the start of a submission session. The draft expired without becoming an RFC, and no mainstream server is known to send 520.</source>
        <comment>520|summary</comment>
        <translation>Không phải mã chuẩn. Văn bản này bắt nguồn từ Internet-Draft về phần mở rộng SMTP QUICKSTART (draft-fanf-smtp-quickstart, 2007), trong đó đề xuất lệnh QHLO để giảm số lượt khứ hồi khi bắt đầu một phiên submission. Bản thảo đã hết hạn mà không trở thành RFC, và không có máy chủ phổ biến nào được biết là gửi 520.</translation>
    </message>
    <message>
        <source>Practically never in real mail flow. It appears in reply-code lists copied around the web, and could only come from an experimental server implementing the QUICKSTART draft, in answer to QHLO. If an ordinary server sends 520, it is using the number for a private purpose and its reply text is the only guide.</source>
        <comment>520|whenSeen</comment>
        <translation>Gần như không bao giờ gặp trong luồng thư thực tế. Mã này xuất hiện trong các danh sách mã phản hồi được sao chép khắp nơi trên web, và chỉ có thể đến từ một máy chủ thử nghiệm triển khai bản thảo QUICKSTART, để trả lời QHLO. Nếu một máy chủ thông thường gửi 520, nó đang dùng con số này cho mục đích riêng và chỉ có văn bản phản hồi là căn cứ để hiểu.</translation>
    </message>
    <message>
        <source>The client software acts: stop using QHLO or any quickstart mode and open the session with a normal EHLO. If the code comes from a vendor product, read its documentation or ask the server&apos;s admin what the text means.</source>
        <comment>520|howToFix</comment>
        <translation>Phần mềm máy khách cần xử lý: ngừng dùng QHLO hay bất kỳ chế độ quickstart nào và mở phiên bằng EHLO thông thường. Nếu mã đến từ sản phẩm của một hãng, hãy đọc tài liệu của sản phẩm hoặc hỏi quản trị viên máy chủ ý nghĩa của văn bản phản hồi.</translation>
    </message>
    <message>
        <source>Do not retry the same command. Reconnect with the standard EHLO sequence; if the server still answers 520 to ordinary commands, treat it as a permanent failure and ask the receiving admin.</source>
        <comment>520|retry</comment>
        <translation>Không thử lại cùng lệnh. Kết nối lại với trình tự EHLO chuẩn; nếu máy chủ vẫn trả lời 520 cho các lệnh thông thường, hãy coi đó là lỗi vĩnh viễn và hỏi quản trị viên phía nhận.</translation>
    </message>
    <message>
        <source>An experimental or test server implementing the expired QUICKSTART draft rejected the identifier given with QHLO.</source>
        <comment>520|causes</comment>
        <translation>Một máy chủ thử nghiệm hoặc máy chủ kiểm thử triển khai bản thảo QUICKSTART đã hết hạn từ chối định danh đi kèm QHLO.</translation>
    </message>
    <message>
        <source>Proprietary software reused 520 for a meaning of its own, unrelated to the draft; the reply text explains it.</source>
        <comment>520|causes</comment>
        <translation>Phần mềm độc quyền dùng lại 520 với ý nghĩa riêng, không liên quan đến bản thảo; văn bản phản hồi sẽ giải thích.</translation>
    </message>
    <message>
        <source>The number was misread from a log line or copied from an online list and never came from a server at all.</source>
        <comment>520|causes</comment>
        <translation>Con số bị đọc nhầm từ một dòng nhật ký hoặc sao chép từ một danh sách trên mạng và chưa bao giờ thực sự đến từ máy chủ nào.</translation>
    </message>
    <message>
        <source>Get the full reply text and the command it answered from the sending log; without them 520 means nothing definite.</source>
        <comment>520|checks.step</comment>
        <translation>Lấy toàn bộ văn bản phản hồi và lệnh mà nó trả lời từ nhật ký gửi; thiếu những thông tin đó, 520 không mang ý nghĩa xác định nào.</translation>
    </message>
    <message>
        <source>Check whether the server advertises any non-standard extension keyword in its EHLO reply.</source>
        <comment>520|checks.step</comment>
        <translation>Kiểm tra xem máy chủ có quảng bá từ khóa phần mở rộng phi chuẩn nào trong phản hồi EHLO không.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <comment>521|title</comment>
        <translation>Máy chủ không nhận thư</translation>
    </message>
    <message>
        <source>The host does not accept mail at all, from anyone. RFC 7504 (2015) standardised the code, first proposed in the experimental RFC 1846, as a clearer alternative to answering the connection with 554. A client that gets it should give up on that host instead of queueing and retrying.</source>
        <comment>521|summary</comment>
        <translation>Máy chủ hoàn toàn không nhận thư, từ bất kỳ ai. RFC 7504 (2015) đã chuẩn hóa mã này, vốn được đề xuất lần đầu trong RFC 1846 (một RFC thử nghiệm), như một cách rõ ràng hơn so với việc trả lời kết nối bằng 554. Máy khách nhận được mã này nên từ bỏ máy chủ đó thay vì đưa thư vào hàng đợi và thử lại.</translation>
    </message>
    <message>
        <source>Usually as the greeting, instead of 220, from a machine that exists for other reasons (a web server, an outbound-only relay) and wants to say plainly that it takes no mail; the connection is then closed or further commands are refused. Postfix also sends it in practice: postscreen drops clients that talk before the greeting or break protocol with 521 5.5.1 Protocol error.</source>
        <comment>521|whenSeen</comment>
        <translation>Thường xuất hiện dưới dạng lời chào, thay cho 220, từ một máy tồn tại vì mục đích khác (máy chủ web, máy relay chỉ gửi đi) và muốn nói rõ rằng nó không nhận thư; sau đó kết nối bị đóng hoặc các lệnh tiếp theo bị từ chối. Trên thực tế Postfix cũng gửi mã này: postscreen ngắt kết nối những máy khách nói trước lời chào hoặc vi phạm giao thức bằng 521 5.5.1 Protocol error.</translation>
    </message>
    <message>
        <source>The sender should stop sending to that host or domain and confirm the address with the recipient by another channel. If the domain is meant to receive mail, the recipient&apos;s admin fixes its MX records or mail server. If the 521 came from postscreen, the sender&apos;s admin fixes the client&apos;s protocol behaviour (wait for the greeting, no pipelining unless advertised), since the client triggered the drop.</source>
        <comment>521|howToFix</comment>
        <translation>Người gửi nên ngừng gửi tới máy chủ hoặc tên miền đó và xác nhận lại địa chỉ với người nhận qua kênh khác. Nếu tên miền đó lẽ ra phải nhận thư, quản trị viên phía người nhận sửa bản ghi MX hoặc máy chủ thư. Nếu 521 đến từ postscreen, quản trị viên phía người gửi sửa hành vi giao thức của máy khách (chờ lời chào, không dùng pipelining trừ khi được quảng bá), vì chính máy khách đã gây ra việc bị ngắt kết nối.</translation>
    </message>
    <message>
        <source>Do not queue the message for another try on that host: the refusal is meant to be permanent. Bounce it to the sender with the 521 text so the address can be checked.</source>
        <comment>521|retry</comment>
        <translation>Không đưa thư vào hàng đợi để thử lại trên máy chủ đó: việc từ chối được dự định là vĩnh viễn. Trả thư về cho người gửi kèm văn bản 521 để có thể kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX, or its A record when no MX exists, points at a machine that deliberately runs no mail service.</source>
        <comment>521|causes</comment>
        <translation>Bản ghi MX của tên miền, hoặc bản ghi A khi không có MX, trỏ tới một máy cố ý không chạy dịch vụ thư.</translation>
    </message>
    <message>
        <source>The client reached an outbound-only relay or a web server, often through stale or wrong DNS records.</source>
        <comment>521|causes</comment>
        <translation>Máy khách kết nối tới một máy relay chỉ gửi đi hoặc một máy chủ web, thường do bản ghi DNS cũ hoặc sai.</translation>
    </message>
    <message>
        <source>Postfix postscreen dropped the client for a protocol violation such as speaking before the greeting, unannounced pipelining or bare newlines.</source>
        <comment>521|causes</comment>
        <translation>postscreen của Postfix ngắt máy khách do vi phạm giao thức như nói trước lời chào, pipelining không được quảng bá hoặc ký tự xuống dòng trần (bare newline).</translation>
    </message>
    <message>
        <source>The recipient domain stopped receiving mail and left a 521 responder in place.</source>
        <comment>521|causes</comment>
        <translation>Tên miền người nhận đã ngừng nhận thư và để lại một trình trả lời 521.</translation>
    </message>
    <message>
        <source>Check where mail for the domain should go; a null MX (0 .) means the domain receives no mail at all.</source>
        <comment>521|checks.step</comment>
        <translation>Kiểm tra thư cho tên miền đó phải được gửi tới đâu; một null MX (0 .) nghĩa là tên miền hoàn toàn không nhận thư.</translation>
    </message>
    <message>
        <source>Connect to the host and read the greeting line.</source>
        <comment>521|checks.step</comment>
        <translation>Kết nối tới máy chủ và đọc dòng chào.</translation>
    </message>
    <message>
        <source>On a Postfix client, find the refusal in the log; a 521 5.5.1 Protocol error points at postscreen tests on the far side.</source>
        <comment>521|checks.step</comment>
        <translation>Trên máy khách Postfix, tìm lần bị từ chối trong nhật ký; 521 5.5.1 Protocol error cho thấy nguyên nhân là các bài kiểm tra postscreen ở phía bên kia.</translation>
    </message>
    <message>
        <source>If postscreen on your own server sends it, review the actions for the pregreet and bare newline tests.</source>
        <comment>521|checks.step</comment>
        <translation>Nếu postscreen trên máy chủ của bạn gửi mã này, hãy xem lại các hành động được đặt cho bài kiểm tra pregreet và bare newline.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <comment>523|title</comment>
        <translation>Cần mã hóa</translation>
    </message>
    <message>
        <source>Registry-only code: no RFC defines 523 as a reply, but the IANA enhanced status code registry lists it as the basic code for X.7.10 Encryption Needed, registered by RFC 5248. It says the requested authentication needs a privacy layer first; the client should start TLS (or pick a stronger mechanism) and authenticate again.</source>
        <comment>523|summary</comment>
        <translation>Mã chỉ có trong sổ đăng ký: không RFC nào định nghĩa 523 là mã phản hồi, nhưng sổ đăng ký mã trạng thái mở rộng của IANA liệt kê nó là mã cơ bản cho X.7.10 Encryption Needed, do RFC 5248 đăng ký. Mã này cho biết việc xác thực được yêu cầu cần có lớp bảo mật (privacy layer) trước; máy khách nên khởi động TLS (hoặc chọn cơ chế mạnh hơn) rồi xác thực lại.</translation>
    </message>
    <message>
        <source>In reply to AUTH on an unencrypted connection. The Go library go-smtp, used by servers such as maddy, answers 523 5.7.10 TLS is required when a client tries to authenticate before STARTTLS. Most other software reports the same situation with 530, 538 or 504.</source>
        <comment>523|whenSeen</comment>
        <translation>Khi trả lời AUTH trên kết nối không mã hóa. Thư viện Go go-smtp, được các máy chủ như maddy sử dụng, trả lời 523 5.7.10 TLS is required khi máy khách cố xác thực trước STARTTLS. Hầu hết phần mềm khác báo cùng tình huống này bằng 530, 538 hoặc 504.</translation>
    </message>
    <message>
        <source>The client user or software fixes it: enable STARTTLS on port 587 or implicit TLS on port 465 before authenticating. If TLS is enabled and still fails, the client&apos;s admin looks for a firewall or antivirus product that strips STARTTLS. The server admin should not allow plaintext logins just to make the error disappear.</source>
        <comment>523|howToFix</comment>
        <translation>Người dùng hoặc phần mềm máy khách sửa lỗi: bật STARTTLS trên cổng 587 hoặc TLS ngầm định (implicit TLS) trên cổng 465 trước khi xác thực. Nếu TLS đã bật mà vẫn lỗi, quản trị viên phía máy khách tìm xem có tường lửa hoặc phần mềm diệt virus nào loại bỏ STARTTLS không. Quản trị viên máy chủ không nên cho phép đăng nhập không mã hóa chỉ để lỗi biến mất.</translation>
    </message>
    <message>
        <source>Do not repeat AUTH on the plaintext connection. Issue STARTTLS, send EHLO again and then authenticate; once TLS is on, the retry should succeed.</source>
        <comment>523|retry</comment>
        <translation>Không lặp lại AUTH trên kết nối không mã hóa. Gửi STARTTLS, gửi lại EHLO rồi xác thực; khi TLS đã bật, lần thử lại sẽ thành công.</translation>
    </message>
    <message>
        <source>The mail client&apos;s security setting is None, or STARTTLS only if advertised, so it sends AUTH over plaintext.</source>
        <comment>523|causes</comment>
        <translation>Thiết lập bảo mật của ứng dụng thư là None (không mã hóa), hoặc chỉ dùng STARTTLS nếu được quảng bá, nên nó gửi AUTH qua kết nối không mã hóa.</translation>
    </message>
    <message>
        <source>The STARTTLS upgrade failed or was stripped by a middlebox and the client carried on unencrypted.</source>
        <comment>523|causes</comment>
        <translation>Việc nâng cấp bằng STARTTLS thất bại hoặc bị một thiết bị trung gian loại bỏ, và máy khách vẫn tiếp tục mà không mã hóa.</translation>
    </message>
    <message>
        <source>The client uses a cleartext password mechanism such as PLAIN or LOGIN where the server insists on a privacy layer.</source>
        <comment>523|causes</comment>
        <translation>Máy khách dùng cơ chế mật khẩu dạng văn bản rõ như PLAIN hoặc LOGIN trong khi máy chủ bắt buộc phải có lớp bảo mật.</translation>
    </message>
    <message>
        <source>Authenticate over STARTTLS to confirm the account works once the connection is encrypted; swaks prompts for the password.</source>
        <comment>523|checks.step</comment>
        <translation>Xác thực qua STARTTLS để xác nhận tài khoản hoạt động khi kết nối đã được mã hóa; swaks sẽ hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>Check that STARTTLS is offered and the handshake completes from the client&apos;s network.</source>
        <comment>523|checks.step</comment>
        <translation>Kiểm tra xem STARTTLS có được cung cấp không và quá trình bắt tay có hoàn tất từ mạng của máy khách không.</translation>
    </message>
    <message>
        <source>In the client&apos;s account settings, set security to STARTTLS for port 587 or SSL/TLS for port 465, never None.</source>
        <comment>523|checks.step</comment>
        <translation>Trong thiết lập tài khoản của máy khách, đặt bảo mật là STARTTLS cho cổng 587 hoặc SSL/TLS cho cổng 465, không bao giờ để None.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.11)</source>
        <comment>524|title</comment>
        <translation>Không có định nghĩa cơ bản (gắn với X.7.11)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own. The IANA registry names 524, next to 538, as a basic code for X.7.11 Encryption required for requested authentication mechanism, but RFC 4954, which defines X.7.11, only ever uses 538. Read a 524 as: this AUTH mechanism may only be used over an encrypted connection.</source>
        <comment>524|summary</comment>
        <translation>Mã chỉ có trong sổ đăng ký, không có định nghĩa riêng. Sổ đăng ký IANA ghi 524, cùng với 538, là mã cơ bản cho X.7.11 Encryption required for requested authentication mechanism (cơ chế xác thực được yêu cầu đòi hỏi mã hóa), nhưng RFC 4954, nơi định nghĩa X.7.11, chỉ dùng 538. Hãy hiểu 524 là: cơ chế AUTH này chỉ được dùng trên kết nối đã mã hóa.</translation>
    </message>
    <message>
        <source>Very rarely, in answer to AUTH on a plaintext connection, from software that followed the IANA table rather than RFC 4954. Most servers send 538 5.7.11 or a 530 for the same condition.</source>
        <comment>524|whenSeen</comment>
        <translation>Rất hiếm, khi trả lời AUTH trên kết nối không mã hóa, từ phần mềm làm theo bảng của IANA thay vì RFC 4954. Hầu hết máy chủ gửi 538 5.7.11 hoặc 530 cho cùng tình huống này.</translation>
    </message>
    <message>
        <source>The client side fixes it: switch on STARTTLS or implicit TLS before authenticating. If that listener offers no TLS at all, the server admin has to install a certificate or point users to a submission port that has one.</source>
        <comment>524|howToFix</comment>
        <translation>Phía máy khách sửa lỗi: bật STARTTLS hoặc TLS ngầm định trước khi xác thực. Nếu listener đó hoàn toàn không có TLS, quản trị viên máy chủ phải cài chứng chỉ hoặc hướng người dùng sang một cổng submission có TLS.</translation>
    </message>
    <message>
        <source>Retrying in plaintext is pointless. Repeat AUTH only after STARTTLS has succeeded and a fresh EHLO was sent.</source>
        <comment>524|retry</comment>
        <translation>Thử lại khi không mã hóa là vô ích. Chỉ lặp lại AUTH sau khi STARTTLS thành công và đã gửi một EHLO mới.</translation>
    </message>
    <message>
        <source>The client attempted AUTH before STARTTLS and the server restricts that mechanism to encrypted sessions.</source>
        <comment>524|causes</comment>
        <translation>Máy khách thử AUTH trước STARTTLS và máy chủ chỉ cho phép cơ chế đó trong các phiên đã mã hóa.</translation>
    </message>
    <message>
        <source>The server software took 524 from the IANA table for its encryption-required reply, where most implementations use 538.</source>
        <comment>524|causes</comment>
        <translation>Phần mềm máy chủ lấy 524 từ bảng IANA làm phản hồi yêu cầu mã hóa, trong khi hầu hết các bản triển khai dùng 538.</translation>
    </message>
    <message>
        <source>The listener the client uses has no TLS configured, so the mechanism can never be used there.</source>
        <comment>524|causes</comment>
        <translation>Listener mà máy khách dùng không được cấu hình TLS, nên cơ chế đó không bao giờ dùng được ở đó.</translation>
    </message>
    <message>
        <source>Read the full reply and its enhanced code; 5.7.11 confirms that encryption is the requirement.</source>
        <comment>524|checks.step</comment>
        <translation>Đọc toàn bộ phản hồi và mã mở rộng của nó; 5.7.11 xác nhận yêu cầu là phải mã hóa.</translation>
    </message>
    <message>
        <source>Try the same account after STARTTLS with another mechanism.</source>
        <comment>524|checks.step</comment>
        <translation>Thử cùng tài khoản sau STARTTLS với một cơ chế khác.</translation>
    </message>
    <message>
        <source>Check whether the client has an option such as require TLS or STARTTLS always, and that it is switched on.</source>
        <comment>524|checks.step</comment>
        <translation>Kiểm tra xem máy khách có tùy chọn kiểu bắt buộc TLS (require TLS) hoặc luôn dùng STARTTLS (STARTTLS always) không, và tùy chọn đó đã được bật chưa.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <comment>525|title</comment>
        <translation>Tài khoản người dùng bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>Registry-only code: the IANA registry pairs 525 with X.7.13 User Account Disabled, registered by RFC 5248. The credentials were right but the account has been disabled, for example over non-payment, abuse or a suspected break-in, and it stays refused until an administrator re-enables it.</source>
        <comment>525|summary</comment>
        <translation>Mã chỉ có trong sổ đăng ký: sổ đăng ký IANA ghép 525 với X.7.13 User Account Disabled, do RFC 5248 đăng ký. Thông tin đăng nhập đúng nhưng tài khoản đã bị vô hiệu hóa, ví dụ vì chưa thanh toán, lạm dụng hoặc nghi bị xâm nhập, và sẽ tiếp tục bị từ chối cho đến khi quản trị viên kích hoạt lại.</translation>
    </message>
    <message>
        <source>In principle right after a successful AUTH to a disabled account; few servers use it, and most report a disabled account with 535 or 550 instead. Gmail sends 525 with 5.7.10 for an unrelated protocol violation (commands pipelined after STARTTLS), so read the enhanced code and text before assuming a disabled account.</source>
        <comment>525|whenSeen</comment>
        <translation>Về nguyên tắc, ngay sau khi AUTH thành công vào một tài khoản bị vô hiệu hóa; ít máy chủ dùng mã này, và hầu hết báo tài khoản bị vô hiệu hóa bằng 535 hoặc 550. Gmail gửi 525 kèm 5.7.10 cho một vi phạm giao thức không liên quan (gửi lệnh theo kiểu pipelining ngay sau STARTTLS), nên hãy đọc mã mở rộng và văn bản trước khi kết luận là tài khoản bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>The account owner contacts the administrator or provider of the sending account to learn why it was disabled and get it re-enabled; changing the password in the client does not help. For the Gmail 5.7.10 variant, the sender&apos;s admin fixes the client or MTA so that it waits for the TLS handshake before sending anything else.</source>
        <comment>525|howToFix</comment>
        <translation>Chủ tài khoản liên hệ quản trị viên hoặc nhà cung cấp của tài khoản gửi để biết lý do bị vô hiệu hóa và yêu cầu kích hoạt lại; đổi mật khẩu trong ứng dụng thư không giúp được gì. Với biến thể 5.7.10 của Gmail, quản trị viên phía người gửi sửa máy khách hoặc MTA để nó chờ bắt tay TLS xong rồi mới gửi gì khác.</translation>
    </message>
    <message>
        <source>Stop retrying with this account: every attempt fails until it is re-enabled, and repeated logins can prolong a lock. Resume once the administrator confirms the account is active.</source>
        <comment>525|retry</comment>
        <translation>Ngừng thử lại với tài khoản này: mọi lần thử đều thất bại cho đến khi tài khoản được kích hoạt lại, và đăng nhập lặp đi lặp lại có thể kéo dài thời gian bị khóa. Chỉ tiếp tục khi quản trị viên xác nhận tài khoản đã hoạt động.</translation>
    </message>
    <message>
        <source>The administrator disabled or suspended the account (unpaid bill, abuse report, compromised password).</source>
        <comment>525|causes</comment>
        <translation>Quản trị viên đã vô hiệu hóa hoặc tạm ngưng tài khoản (chưa thanh toán hóa đơn, có báo cáo lạm dụng, mật khẩu bị lộ).</translation>
    </message>
    <message>
        <source>The account was locked automatically after a security event such as a burst of outgoing spam.</source>
        <comment>525|causes</comment>
        <translation>Tài khoản bị khóa tự động sau một sự cố bảo mật, chẳng hạn một đợt gửi thư rác ồ ạt.</translation>
    </message>
    <message>
        <source>From Gmail with 5.7.10: the client sent further commands right behind STARTTLS instead of waiting for the TLS handshake.</source>
        <comment>525|causes</comment>
        <translation>Từ Gmail kèm 5.7.10: máy khách gửi thêm lệnh ngay sau STARTTLS thay vì chờ bắt tay TLS.</translation>
    </message>
    <message>
        <source>Check the enhanced code in the reply: 5.7.13 means a disabled account, anything else needs the text.</source>
        <comment>525|checks.step</comment>
        <translation>Kiểm tra mã mở rộng trong phản hồi: 5.7.13 nghĩa là tài khoản bị vô hiệu hóa, còn mã khác thì cần đọc văn bản.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail with the same account; a disabled account is usually explained there in plain words.</source>
        <comment>525|checks.step</comment>
        <translation>Đăng nhập webmail của nhà cung cấp bằng cùng tài khoản; tài khoản bị vô hiệu hóa thường được giải thích rõ ràng ở đó.</translation>
    </message>
    <message>
        <source>For a 525 5.7.10, repeat the session with a client that does not pipeline across STARTTLS and compare the result.</source>
        <comment>525|checks.step</comment>
        <translation>Với 525 5.7.10, thực hiện lại phiên bằng một máy khách không dùng pipelining qua STARTTLS và so sánh kết quả.</translation>
    </message>
    <message>
        <source>Gmail does not use 525 for disabled accounts: with 5.7.10 it rejects a client that pipelined further commands after STARTTLS instead of waiting for the TLS handshake. Google&apos;s own error list has printed the same text under 523 5.7.10, so expect either basic code with it.</source>
        <comment>525|providers.meaning</comment>
        <translation>Gmail không dùng 525 cho tài khoản bị vô hiệu hóa: với 5.7.10, Gmail từ chối máy khách đã gửi thêm lệnh theo kiểu pipelining sau STARTTLS thay vì chờ bắt tay TLS. Danh sách lỗi của chính Google từng in cùng văn bản đó dưới 523 5.7.10, nên có thể gặp một trong hai mã cơ bản đi kèm.</translation>
    </message>
    <message>
        <source>Authentication required / Must issue a STARTTLS command first</source>
        <comment>530|title</comment>
        <translation>Yêu cầu xác thực / Phải gửi lệnh STARTTLS trước</translation>
    </message>
    <message>
        <source>The server refuses the command until the client has done something first: authenticated (RFC 4954, sent as 530 5.7.0 Authentication required) or started TLS (RFC 3207, 530 Must issue a STARTTLS command first). It typically answers MAIL FROM and leaves the session open so the client can take the missing step.</source>
        <comment>530|summary</comment>
        <translation>Máy chủ từ chối lệnh cho đến khi máy khách làm một việc trước: xác thực (RFC 4954, gửi dưới dạng 530 5.7.0 Authentication required) hoặc khởi động TLS (RFC 3207, 530 Must issue a STARTTLS command first). Mã này thường là câu trả lời cho MAIL FROM và phiên vẫn được giữ mở để máy khách thực hiện bước còn thiếu.</translation>
    </message>
    <message>
        <source>Mostly at MAIL FROM on a submission port (587) or a relay that requires login, from clients set up without authentication or without STARTTLS: printers, scanners, scripts, monitoring tools, web applications. Gmail&apos;s submission servers send 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 sends 530 5.7.57 to clients that try to send without authenticating.</source>
        <comment>530|whenSeen</comment>
        <translation>Chủ yếu ở MAIL FROM trên cổng submission (587) hoặc trên relay yêu cầu đăng nhập, từ các máy khách được thiết lập mà không có xác thực hoặc không có STARTTLS: máy in, máy quét, script, công cụ giám sát, ứng dụng web. Máy chủ submission của Gmail gửi 530 5.7.0 Must issue a STARTTLS command first; Microsoft 365 gửi 530 5.7.57 cho các máy khách cố gửi mà không xác thực.</translation>
    </message>
    <message>
        <source>The client side fixes it: enable STARTTLS (or implicit TLS on 465) and SMTP authentication with the mailbox&apos;s credentials, then resend. On Microsoft 365 the tenant admin must also allow authenticated SMTP for that mailbox. Devices that cannot authenticate should send through a local relay or a connector that the provider offers for unauthenticated submission.</source>
        <comment>530|howToFix</comment>
        <translation>Phía máy khách sửa lỗi: bật STARTTLS (hoặc TLS ngầm định trên 465) và xác thực SMTP bằng thông tin đăng nhập của hộp thư, rồi gửi lại. Trên Microsoft 365, quản trị viên tenant còn phải cho phép SMTP có xác thực cho hộp thư đó. Thiết bị không thể xác thực nên gửi qua một relay nội bộ hoặc một connector mà nhà cung cấp dành cho việc gửi thư không xác thực.</translation>
    </message>
    <message>
        <source>Do not resend without changing anything. In the same session the client can issue STARTTLS or AUTH as asked and repeat MAIL FROM; a queued message should go out again only after the client configuration is fixed.</source>
        <comment>530|retry</comment>
        <translation>Không gửi lại mà không thay đổi gì. Trong cùng phiên, máy khách có thể gửi STARTTLS hoặc AUTH như được yêu cầu rồi lặp lại MAIL FROM; thư đang nằm trong hàng đợi chỉ nên được gửi lại sau khi đã sửa cấu hình máy khách.</translation>
    </message>
    <message>
        <source>SMTP authentication is switched off in the client, or it sends to port 25 of a server that only relays for logged-in users.</source>
        <comment>530|causes</comment>
        <translation>Xác thực SMTP bị tắt trong máy khách, hoặc máy khách gửi tới cổng 25 của một máy chủ chỉ relay cho người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>STARTTLS is switched off in the client, so it sends MAIL FROM over plaintext to a server that accepts mail only after TLS.</source>
        <comment>530|causes</comment>
        <translation>STARTTLS bị tắt trong máy khách, nên nó gửi MAIL FROM qua kết nối không mã hóa tới máy chủ chỉ nhận thư sau khi có TLS.</translation>
    </message>
    <message>
        <source>An earlier AUTH failed and the client ignored the error, so MAIL FROM arrives unauthenticated.</source>
        <comment>530|causes</comment>
        <translation>Một lệnh AUTH trước đó thất bại và máy khách bỏ qua lỗi, nên MAIL FROM đến khi chưa được xác thực.</translation>
    </message>
    <message>
        <source>A device or application configured for an old open relay now points at a server that requires login.</source>
        <comment>530|causes</comment>
        <translation>Một thiết bị hoặc ứng dụng được cấu hình cho một open relay cũ nay trỏ tới máy chủ yêu cầu đăng nhập.</translation>
    </message>
    <message>
        <source>Read the EHLO reply: if STARTTLS is listed but AUTH is not, authentication is offered only after TLS.</source>
        <comment>530|checks.step</comment>
        <translation>Đọc phản hồi EHLO: nếu có STARTTLS nhưng không có AUTH, xác thực chỉ được cung cấp sau khi có TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission test; swaks asks for the password when --auth-password is left out.</source>
        <comment>530|checks.step</comment>
        <translation>Chạy một bài kiểm tra gửi thư có xác thực đầy đủ; swaks sẽ hỏi mật khẩu khi bỏ trống --auth-password.</translation>
    </message>
    <message>
        <source>Check the client&apos;s own log for an AUTH reply before MAIL FROM; a missing or failed AUTH explains the 530.</source>
        <comment>530|checks.step</comment>
        <translation>Kiểm tra nhật ký của chính máy khách để tìm phản hồi AUTH trước MAIL FROM; AUTH bị thiếu hoặc thất bại sẽ giải thích 530.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission servers require STARTTLS before any mail transaction; a client sending in plaintext on port 587 gets this at MAIL FROM.</source>
        <comment>530|providers.meaning</comment>
        <translation>Máy chủ submission của Gmail yêu cầu STARTTLS trước mọi giao dịch thư; máy khách gửi không mã hóa trên cổng 587 sẽ nhận mã này ở MAIL FROM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s client submission endpoint requires SMTP AUTH before MAIL FROM; it also shows up when the AUTH attempt failed and the client carried on regardless.</source>
        <comment>530|providers.meaning</comment>
        <translation>Điểm cuối gửi thư dành cho máy khách (client submission) của Exchange Online yêu cầu SMTP AUTH trước MAIL FROM; mã này cũng xuất hiện khi lần thử AUTH đã thất bại mà máy khách vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>No basic definition (associated with X.7.1)</source>
        <comment>533|title</comment>
        <translation>Không có định nghĩa cơ bản (gắn với X.7.1)</translation>
    </message>
    <message>
        <source>Registry-only code with no definition of its own: the IANA registry lists 533 among the basic codes used with X.7.1 Delivery not authorized, message refused. Treat it as a permanent refusal on security or policy grounds, with the enhanced code and the reply text carrying the detail.</source>
        <comment>533|summary</comment>
        <translation>Mã chỉ có trong sổ đăng ký, không có định nghĩa riêng: sổ đăng ký IANA liệt kê 533 trong số các mã cơ bản dùng với X.7.1 Delivery not authorized, message refused (không được phép chuyển phát, thư bị từ chối). Hãy coi đây là việc từ chối vĩnh viễn vì lý do bảo mật hoặc chính sách, với chi tiết nằm trong mã mở rộng và văn bản phản hồi.</translation>
    </message>
    <message>
        <source>Almost never on the wire, since 550 5.7.1 and 554 5.7.1 cover the same ground. If it does appear, expect it from niche or custom software at MAIL FROM or RCPT TO, after a policy check (relay permission, sender not allowed, blocklist) has refused the sender.</source>
        <comment>533|whenSeen</comment>
        <translation>Gần như không bao giờ thấy trên đường truyền, vì 550 5.7.1 và 554 5.7.1 đã bao quát cùng trường hợp. Nếu có xuất hiện, nó thường đến từ phần mềm ít phổ biến hoặc tự phát triển, ở MAIL FROM hoặc RCPT TO, sau khi một bước kiểm tra chính sách (quyền relay, người gửi không được phép, danh sách chặn) đã từ chối người gửi.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads the reply text to identify the policy and fixes the cause: authenticate before relaying, send only from addresses the account may use, or get the sending IP delisted. If the refusal looks wrong, ask the recipient&apos;s admin, quoting the full reply, the time and the sending IP.</source>
        <comment>533|howToFix</comment>
        <translation>Quản trị viên phía người gửi đọc văn bản phản hồi để xác định chính sách và khắc phục nguyên nhân: xác thực trước khi relay, chỉ gửi từ những địa chỉ mà tài khoản được phép dùng, hoặc yêu cầu gỡ IP gửi khỏi danh sách chặn. Nếu việc từ chối có vẻ sai, hãy hỏi quản trị viên phía người nhận, kèm theo toàn bộ phản hồi, thời điểm và IP gửi.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; policy refusals repeat. Resend after the cause is fixed or the recipient&apos;s admin grants an exception.</source>
        <comment>533|retry</comment>
        <translation>Không thử lại mà không thay đổi gì; việc từ chối theo chính sách sẽ lặp lại. Gửi lại sau khi đã khắc phục nguyên nhân hoặc quản trị viên phía người nhận cho phép ngoại lệ.</translation>
    </message>
    <message>
        <source>A custom or uncommon server reports a policy refusal such as relay denied or sender not permitted with 533 instead of 550.</source>
        <comment>533|causes</comment>
        <translation>Một máy chủ tự phát triển hoặc ít phổ biến báo việc từ chối theo chính sách, như từ chối relay hoặc người gửi không được phép, bằng 533 thay vì 550.</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist the receiver consults.</source>
        <comment>533|causes</comment>
        <translation>IP hoặc tên miền gửi nằm trong một danh sách chặn mà máy chủ nhận tra cứu.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address, or relay to a domain, that the account is not authorised for.</source>
        <comment>533|causes</comment>
        <translation>Người dùng đã xác thực cố gửi dưới danh nghĩa một địa chỉ, hoặc relay tới một tên miền, mà tài khoản không được phép.</translation>
    </message>
    <message>
        <source>Capture the whole reply; the enhanced code (usually 5.7.1) and the text say which policy fired.</source>
        <comment>533|checks.step</comment>
        <translation>Ghi lại toàn bộ phản hồi; mã mở rộng (thường là 5.7.1) và văn bản cho biết chính sách nào đã được kích hoạt.</translation>
    </message>
    <message>
        <source>Confirm that the envelope sender matches the authenticated account or one of its permitted aliases.</source>
        <comment>533|checks.step</comment>
        <translation>Xác nhận người gửi trên phong bì khớp với tài khoản đã xác thực hoặc một trong các bí danh được phép của nó.</translation>
    </message>
    <message>
        <source>Check the sending IP against any blocklist named in the reply text, using that list&apos;s own lookup page or DNS zone.</source>
        <comment>533|checks.step</comment>
        <translation>Kiểm tra IP gửi trên các danh sách chặn được nêu trong văn bản phản hồi, bằng trang tra cứu hoặc vùng DNS riêng của danh sách đó.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>534|title</comment>
        <translation>Cơ chế xác thực quá yếu</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 534 5.7.9: the AUTH mechanism the client chose is weaker than the server&apos;s policy allows for this user, and the client should retry with a stronger one. Large providers stretch it to mean the kind of password is not acceptable, above all Gmail, which sends it when an app password or OAuth sign-in is needed.</source>
        <comment>534|summary</comment>
        <translation>RFC 4954 định nghĩa là 534 5.7.9: cơ chế AUTH mà máy khách chọn yếu hơn mức chính sách của máy chủ cho phép đối với người dùng này, và máy khách nên thử lại với cơ chế mạnh hơn. Các nhà cung cấp lớn mở rộng nghĩa của nó thành loại mật khẩu không được chấp nhận, nổi bật nhất là Gmail, vốn gửi mã này khi cần mật khẩu ứng dụng hoặc đăng nhập OAuth.</translation>
    </message>
    <message>
        <source>Right after AUTH on a submission port. With the RFC meaning: a client using PLAIN or LOGIN where the server wants SCRAM, CRAM-MD5 or GSSAPI for that account. Far more often in practice: Gmail answering 534-5.7.9 Application-specific password required, or 534-5.7.14 asking the user to sign in through a web browser first.</source>
        <comment>534|whenSeen</comment>
        <translation>Ngay sau AUTH trên cổng submission. Theo nghĩa của RFC: máy khách dùng PLAIN hoặc LOGIN trong khi máy chủ muốn SCRAM, CRAM-MD5 hoặc GSSAPI cho tài khoản đó. Trên thực tế thường gặp hơn nhiều: Gmail trả lời 534-5.7.9 Application-specific password required, hoặc 534-5.7.14 yêu cầu người dùng đăng nhập qua trình duyệt web trước.</translation>
    </message>
    <message>
        <source>The user or client admin changes how the client authenticates. For Gmail, create an app password (2-Step Verification must be on) or switch the client to OAuth 2.0, and complete any pending browser sign-in check. For servers using the RFC meaning, configure a mechanism the server accepts, such as SCRAM-SHA-256 or CRAM-MD5, or upgrade the client library.</source>
        <comment>534|howToFix</comment>
        <translation>Người dùng hoặc quản trị viên máy khách thay đổi cách máy khách xác thực. Với Gmail, tạo mật khẩu ứng dụng (phải bật Xác minh 2 bước) hoặc chuyển máy khách sang OAuth 2.0, và hoàn tất mọi bước kiểm tra đăng nhập qua trình duyệt đang chờ. Với máy chủ dùng nghĩa theo RFC, cấu hình một cơ chế mà máy chủ chấp nhận, như SCRAM-SHA-256 hoặc CRAM-MD5, hoặc nâng cấp thư viện máy khách.</translation>
    </message>
    <message>
        <source>Retrying with the same mechanism and password keeps failing and can trigger a lockout. RFC 4954 expects the client to try a stronger mechanism in the same session; otherwise fix the credentials before the next attempt.</source>
        <comment>534|retry</comment>
        <translation>Thử lại với cùng cơ chế và mật khẩu sẽ tiếp tục thất bại và có thể khiến tài khoản bị khóa. RFC 4954 mong đợi máy khách thử một cơ chế mạnh hơn trong cùng phiên; nếu không, hãy sửa thông tin đăng nhập trước lần thử tiếp theo.</translation>
    </message>
    <message>
        <source>The account has 2-Step Verification and the client sends the normal account password; Gmail wants an app password or OAuth 2.0.</source>
        <comment>534|causes</comment>
        <translation>Tài khoản đã bật Xác minh 2 bước và máy khách gửi mật khẩu tài khoản thông thường; Gmail yêu cầu mật khẩu ứng dụng hoặc OAuth 2.0.</translation>
    </message>
    <message>
        <source>The provider judged the sign-in suspicious (new location or device) and requires an interactive browser login before SMTP works again.</source>
        <comment>534|causes</comment>
        <translation>Nhà cung cấp đánh giá lần đăng nhập là đáng ngờ (vị trí hoặc thiết bị mới) và yêu cầu đăng nhập tương tác qua trình duyệt trước khi SMTP hoạt động trở lại.</translation>
    </message>
    <message>
        <source>The client picked a cleartext mechanism while the server requires a challenge-response or Kerberos mechanism for that user.</source>
        <comment>534|causes</comment>
        <translation>Máy khách chọn cơ chế văn bản rõ trong khi máy chủ yêu cầu cơ chế challenge-response hoặc Kerberos cho người dùng đó.</translation>
    </message>
    <message>
        <source>An old client library knows only LOGIN or PLAIN and cannot offer the stronger mechanism the server asks for.</source>
        <comment>534|causes</comment>
        <translation>Thư viện máy khách cũ chỉ biết LOGIN hoặc PLAIN và không thể đưa ra cơ chế mạnh hơn mà máy chủ yêu cầu.</translation>
    </message>
    <message>
        <source>Read the enhanced code and text: 5.7.9 with application-specific password means app password or OAuth, 5.7.14 means a pending browser verification.</source>
        <comment>534|checks.step</comment>
        <translation>Đọc mã mở rộng và văn bản: 5.7.9 kèm application-specific password nghĩa là cần mật khẩu ứng dụng hoặc OAuth, 5.7.14 nghĩa là đang chờ xác minh qua trình duyệt.</translation>
    </message>
    <message>
        <source>List the mechanisms offered after STARTTLS to see what a stronger choice would be.</source>
        <comment>534|checks.step</comment>
        <translation>Liệt kê các cơ chế được cung cấp sau STARTTLS để xem lựa chọn mạnh hơn là gì.</translation>
    </message>
    <message>
        <source>Force a specific mechanism with swaks to see which ones the server accepts for the account.</source>
        <comment>534|checks.step</comment>
        <translation>Ép dùng một cơ chế cụ thể bằng swaks để xem máy chủ chấp nhận những cơ chế nào cho tài khoản.</translation>
    </message>
    <message>
        <source>Gmail sends this when the account uses 2-Step Verification and the client logged in with the normal password; an app password or OAuth 2.0 is required, the SASL mechanism itself is not the problem.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail gửi mã này khi tài khoản dùng Xác minh 2 bước và máy khách đăng nhập bằng mật khẩu thông thường; cần mật khẩu ứng dụng hoặc OAuth 2.0, bản thân cơ chế SASL không phải là vấn đề.</translation>
    </message>
    <message>
        <source>Gmail blocked the SMTP login until the account owner signs in through a browser and passes a security check.</source>
        <comment>534|providers.meaning</comment>
        <translation>Gmail chặn đăng nhập SMTP cho đến khi chủ tài khoản đăng nhập qua trình duyệt và vượt qua bước kiểm tra bảo mật.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>535|title</comment>
        <translation>Thông tin xác thực không hợp lệ</translation>
    </message>
    <message>
        <source>RFC 4954&apos;s reply for a failed login, sent as 535 5.7.8: the username, password or token was not accepted. The client should ask the user for new credentials rather than repeat the same ones.</source>
        <comment>535|summary</comment>
        <translation>Phản hồi của RFC 4954 cho lần đăng nhập thất bại, gửi dưới dạng 535 5.7.8: tên người dùng, mật khẩu hoặc token không được chấp nhận. Máy khách nên yêu cầu người dùng nhập thông tin đăng nhập mới thay vì lặp lại thông tin cũ.</translation>
    </message>
    <message>
        <source>At the end of the AUTH exchange on a submission port, from mail clients, scripts, printers and monitoring tools. Postfix answers 535 5.7.8 Error: authentication failed; Gmail sends 535-5.7.8 Username and Password not accepted; Microsoft 365 uses 535 5.7.139 and 535 5.7.3 both for wrong passwords and for logins blocked by tenant policy.</source>
        <comment>535|whenSeen</comment>
        <translation>Khi kết thúc trao đổi AUTH trên cổng submission, từ ứng dụng thư, script, máy in và công cụ giám sát. Postfix trả lời 535 5.7.8 Error: authentication failed (xác thực thất bại); Gmail gửi 535-5.7.8 Username and Password not accepted; Microsoft 365 dùng 535 5.7.139 và 535 5.7.3 cho cả mật khẩu sai lẫn đăng nhập bị chặn theo chính sách của tenant.</translation>
    </message>
    <message>
        <source>The user re-enters or resets the password and checks the username format. On Gmail, use an app password or OAuth 2.0. On Microsoft 365, the tenant admin enables authenticated SMTP for the mailbox or moves the application to OAuth or another sending method. When every user fails at once, the server admin checks the authentication back end and its logs.</source>
        <comment>535|howToFix</comment>
        <translation>Người dùng nhập lại hoặc đặt lại mật khẩu và kiểm tra định dạng tên người dùng. Trên Gmail, dùng mật khẩu ứng dụng hoặc OAuth 2.0. Trên Microsoft 365, quản trị viên tenant bật SMTP có xác thực cho hộp thư hoặc chuyển ứng dụng sang OAuth hay một phương thức gửi khác. Khi mọi người dùng cùng thất bại một lúc, quản trị viên máy chủ kiểm tra hệ thống xác thực phía sau (back end) và nhật ký của nó.</translation>
    </message>
    <message>
        <source>Never loop on the same credentials: nothing changes, and repeated failures can lock the account or get the client IP blocked (RFC 4954 lets servers drop the connection after several failures). Get corrected credentials, then try once.</source>
        <comment>535|retry</comment>
        <translation>Đừng bao giờ thử lặp đi lặp lại với cùng thông tin đăng nhập: không có gì thay đổi, và thất bại liên tiếp có thể khiến tài khoản bị khóa hoặc IP của máy khách bị chặn (RFC 4954 cho phép máy chủ ngắt kết nối sau nhiều lần thất bại). Hãy lấy thông tin đăng nhập đúng rồi thử một lần.</translation>
    </message>
    <message>
        <source>Wrong or expired password, or a bare username (user instead of user@example.com) where the server expects the full address.</source>
        <comment>535|causes</comment>
        <translation>Mật khẩu sai hoặc hết hạn, hoặc chỉ dùng tên người dùng trần (user thay vì user@example.com) trong khi máy chủ yêu cầu địa chỉ đầy đủ.</translation>
    </message>
    <message>
        <source>The provider no longer takes the normal password over SMTP: Gmail needs an app password or OAuth 2.0, and many Microsoft 365 tenants have SMTP AUTH or basic authentication turned off.</source>
        <comment>535|causes</comment>
        <translation>Nhà cung cấp không còn chấp nhận mật khẩu thông thường qua SMTP: Gmail cần mật khẩu ứng dụng hoặc OAuth 2.0, và nhiều tenant Microsoft 365 đã tắt SMTP AUTH hoặc xác thực cơ bản (basic authentication).</translation>
    </message>
    <message>
        <source>Special characters in the password are encoded wrongly by the client, or a script builds the AUTH PLAIN string incorrectly.</source>
        <comment>535|causes</comment>
        <translation>Ký tự đặc biệt trong mật khẩu bị máy khách mã hóa sai, hoặc script dựng chuỗi AUTH PLAIN không đúng.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end (Dovecot, saslauthd, LDAP) is broken or looks the user up in the wrong place.</source>
        <comment>535|causes</comment>
        <translation>Hệ thống xác thực phía sau của máy chủ (Dovecot, saslauthd, LDAP) bị hỏng hoặc tìm người dùng sai chỗ.</translation>
    </message>
    <message>
        <source>Test the same credentials with swaks to rule the client out; it prompts for the password.</source>
        <comment>535|checks.step</comment>
        <translation>Thử cùng thông tin đăng nhập bằng swaks để loại trừ máy khách; swaks sẽ hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>On a Postfix server that authenticates through Dovecot, test the back end directly.</source>
        <comment>535|checks.step</comment>
        <translation>Trên máy chủ Postfix xác thực qua Dovecot, kiểm tra trực tiếp hệ thống phía sau.</translation>
    </message>
    <message>
        <source>Find the reason the server logged for the failed attempt.</source>
        <comment>535|checks.step</comment>
        <translation>Tìm lý do mà máy chủ ghi lại cho lần thử thất bại.</translation>
    </message>
    <message>
        <source>For Microsoft 365, have the tenant admin check in Exchange Online PowerShell whether SMTP AUTH is disabled for the mailbox.</source>
        <comment>535|checks.step</comment>
        <translation>Với Microsoft 365, nhờ quản trị viên tenant kiểm tra trong Exchange Online PowerShell xem SMTP AUTH có bị tắt cho hộp thư không.</translation>
    </message>
    <message>
        <source>Gmail sends this for a wrong password and, very often, when the correct account password is used where Gmail requires an app password or OAuth 2.0.</source>
        <comment>535|providers.meaning</comment>
        <translation>Gmail gửi mã này khi mật khẩu sai và, rất thường xuyên, khi dùng đúng mật khẩu tài khoản ở nơi Gmail yêu cầu mật khẩu ứng dụng hoặc OAuth 2.0.</translation>
    </message>
    <message>
        <source>Exchange Online refuses the login because SMTP AUTH is switched off for the whole organisation; the password may be perfectly correct, and only the tenant admin can change the setting.</source>
        <comment>535|providers.meaning</comment>
        <translation>Exchange Online từ chối đăng nhập vì SMTP AUTH bị tắt cho toàn bộ tổ chức; mật khẩu có thể hoàn toàn đúng, và chỉ quản trị viên tenant mới thay đổi được thiết lập này.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>538|title</comment>
        <translation>Cơ chế xác thực được yêu cầu đòi hỏi mã hóa</translation>
    </message>
    <message>
        <source>Defined by RFC 4954 as 538 5.7.11: the chosen AUTH mechanism may only be used over an encrypted connection. RFC 4954 keeps the code for historical reasons and tells servers not to advertise such mechanisms on unencrypted connections at all, but some servers still answer AUTH with it.</source>
        <comment>538|summary</comment>
        <translation>RFC 4954 định nghĩa là 538 5.7.11: cơ chế AUTH đã chọn chỉ được dùng trên kết nối đã mã hóa. RFC 4954 giữ mã này vì lý do lịch sử và yêu cầu máy chủ hoàn toàn không quảng bá những cơ chế như vậy trên kết nối không mã hóa, nhưng một số máy chủ vẫn trả lời AUTH bằng mã này.</translation>
    </message>
    <message>
        <source>At AUTH, when a client offers a password mechanism before STARTTLS. The Node.js smtp-server package from the Nodemailer project, used by a number of hosted sending services, answers 538 Error: Must issue a STARTTLS command first; other servers send 538 5.7.11 with the RFC wording.</source>
        <comment>538|whenSeen</comment>
        <translation>Ở AUTH, khi máy khách đưa ra một cơ chế mật khẩu trước STARTTLS. Gói smtp-server cho Node.js của dự án Nodemailer, được một số dịch vụ gửi thư dạng hosted sử dụng, trả lời 538 Error: Must issue a STARTTLS command first; các máy chủ khác gửi 538 5.7.11 với câu chữ của RFC.</translation>
    </message>
    <message>
        <source>Configure the client to encrypt before it authenticates: STARTTLS on port 587 or implicit TLS on 465. In application code, set the mail library&apos;s TLS options to match the port. The server admin can help by not advertising password mechanisms before STARTTLS, as RFC 4954 recommends.</source>
        <comment>538|howToFix</comment>
        <translation>Cấu hình máy khách mã hóa trước khi xác thực: STARTTLS trên cổng 587 hoặc TLS ngầm định trên 465. Trong mã ứng dụng, đặt các tùy chọn TLS của thư viện thư cho khớp với cổng. Quản trị viên máy chủ có thể hỗ trợ bằng cách không quảng bá cơ chế mật khẩu trước STARTTLS, như RFC 4954 khuyến nghị.</translation>
    </message>
    <message>
        <source>Do not retry AUTH unencrypted. Start TLS, send EHLO again and authenticate; the same credentials should then be accepted.</source>
        <comment>538|retry</comment>
        <translation>Không thử lại AUTH khi chưa mã hóa. Khởi động TLS, gửi lại EHLO rồi xác thực; khi đó cùng thông tin đăng nhập sẽ được chấp nhận.</translation>
    </message>
    <message>
        <source>The client sends AUTH PLAIN or LOGIN before STARTTLS because encryption is switched off in its settings.</source>
        <comment>538|causes</comment>
        <translation>Máy khách gửi AUTH PLAIN hoặc LOGIN trước STARTTLS vì mã hóa bị tắt trong thiết lập của nó.</translation>
    </message>
    <message>
        <source>An opportunistic use TLS if available mode missed the STARTTLS offer and continued in plaintext.</source>
        <comment>538|causes</comment>
        <translation>Chế độ cơ hội kiểu dùng TLS nếu có (use TLS if available) đã bỏ lỡ việc máy chủ cung cấp STARTTLS và tiếp tục không mã hóa.</translation>
    </message>
    <message>
        <source>A mail library&apos;s secure and starttls options are set the wrong way round for the port, for example no implicit TLS and no STARTTLS request on 587.</source>
        <comment>538|causes</comment>
        <translation>Tùy chọn secure và starttls của thư viện thư bị đặt ngược so với cổng, ví dụ không TLS ngầm định và không yêu cầu STARTTLS trên 587.</translation>
    </message>
    <message>
        <source>Confirm that the server offers STARTTLS and the handshake works from the client&apos;s network.</source>
        <comment>538|checks.step</comment>
        <translation>Xác nhận máy chủ cung cấp STARTTLS và quá trình bắt tay hoạt động từ mạng của máy khách.</translation>
    </message>
    <message>
        <source>Run an authenticated test over STARTTLS to prove the account is fine once encrypted.</source>
        <comment>538|checks.step</comment>
        <translation>Chạy một bài kiểm tra có xác thực qua STARTTLS để chứng minh tài khoản vẫn ổn khi đã mã hóa.</translation>
    </message>
    <message>
        <source>In the client or library settings, make STARTTLS required rather than optional on port 587, or turn on implicit TLS for port 465.</source>
        <comment>538|checks.step</comment>
        <translation>Trong thiết lập máy khách hoặc thư viện, đặt STARTTLS là bắt buộc thay vì tùy chọn trên cổng 587, hoặc bật TLS ngầm định cho cổng 465.</translation>
    </message>
    <message>
        <source>Message rejected by the recipient&apos;s anti-spam filter</source>
        <comment>541|title</comment>
        <translation>Thư bị bộ lọc chống thư rác của người nhận từ chối</translation>
    </message>
    <message>
        <source>No RFC defines 541; blog lists describe it as a rejection by the recipient&apos;s spam filter. Real spam rejections arrive as 550 or 554 with a 5.7.x enhanced code (usually 5.7.1). When &quot;541&quot; turns up in a real bounce it is most often a dot-less 5.4.1, which Microsoft 365 sends as 550 5.4.1 for unknown recipients and refused relaying, not for spam.</source>
        <comment>541|summary</comment>
        <translation>Không RFC nào định nghĩa 541; các danh sách trên blog mô tả nó là bị bộ lọc thư rác của người nhận từ chối. Các lần từ chối thư rác thực sự đến dưới dạng 550 hoặc 554 kèm mã mở rộng 5.7.x (thường là 5.7.1). Khi &quot;541&quot; xuất hiện trong một thư báo trả về thực, nó thường là 5.4.1 bị bỏ dấu chấm, mã mà Microsoft 365 gửi dưới dạng 550 5.4.1 cho người nhận không tồn tại và từ chối relay, chứ không phải cho thư rác.</translation>
    </message>
    <message>
        <source>In ESP bounce categories and troubleshooting articles rather than on the wire. The Microsoft case is common: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; comes from Exchange Online&apos;s directory-based edge blocking at RCPT TO. In the IANA registry X.4.1 means No answer from host, a class 4 code, so Microsoft&apos;s 5.4.1 is its own usage.</source>
        <comment>541|whenSeen</comment>
        <translation>Trong các nhóm phân loại thư báo trả về của ESP và bài viết khắc phục sự cố hơn là trên đường truyền. Trường hợp của Microsoft khá phổ biến: &quot;550 5.4.1 Recipient address rejected: Access denied&quot; đến từ cơ chế chặn biên dựa trên thư mục (Directory-Based Edge Blocking) của Exchange Online ở RCPT TO. Trong sổ đăng ký IANA, X.4.1 nghĩa là No answer from host, một mã lớp 4, nên 5.4.1 của Microsoft là cách dùng riêng của họ.</translation>
    </message>
    <message>
        <source>Get the exact reply line first. If it is 550 5.4.1 from Microsoft 365, treat it as an unknown recipient: the sender checks the address, and the recipient&apos;s admin checks that the mailbox or mail contact exists in the tenant and that the domain is an accepted domain. If it really is a content rejection (5.7.x after end of data), the sender&apos;s admin reviews authentication, sending IP reputation and the message content.</source>
        <comment>541|howToFix</comment>
        <translation>Trước tiên hãy lấy chính xác dòng phản hồi. Nếu đó là 550 5.4.1 từ Microsoft 365, hãy xử lý như người nhận không tồn tại: người gửi kiểm tra địa chỉ, còn quản trị viên phía người nhận kiểm tra hộp thư hoặc liên hệ thư (mail contact) có tồn tại trong tenant không và tên miền có phải là tên miền được chấp nhận (accepted domain) không. Nếu đó thực sự là từ chối theo nội dung (5.7.x sau khi kết thúc DATA), quản trị viên phía người gửi xem lại xác thực, uy tín của IP gửi và nội dung thư.</translation>
    </message>
    <message>
        <source>Permanent by its first digit: the sending MTA bounces instead of queueing. Resending the same message to the same address gives the same answer until the address, the tenant configuration or the content changes.</source>
        <comment>541|retry</comment>
        <translation>Vĩnh viễn theo chữ số đầu tiên: MTA gửi trả thư về thay vì đưa vào hàng đợi. Gửi lại cùng thư tới cùng địa chỉ sẽ nhận cùng câu trả lời cho đến khi địa chỉ, cấu hình tenant hoặc nội dung thay đổi.</translation>
    </message>
    <message>
        <source>Exchange Online rejected a recipient that is not in its directory (550 5.4.1 Recipient address rejected: Access denied).</source>
        <comment>541|causes</comment>
        <translation>Exchange Online từ chối một người nhận không có trong thư mục của nó (550 5.4.1 Recipient address rejected: Access denied).</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the domain is not an accepted domain in that tenant, giving 550 5.4.1 Relay Access Denied.</source>
        <comment>541|causes</comment>
        <translation>MX của tên miền trỏ tới Microsoft 365 nhưng tên miền không phải là tên miền được chấp nhận trong tenant đó, dẫn đến 550 5.4.1 Relay Access Denied.</translation>
    </message>
    <message>
        <source>A bounce-processing tool mapped a 550 5.7.1 spam rejection to its own label and number.</source>
        <comment>541|causes</comment>
        <translation>Một công cụ xử lý thư báo trả về đã ánh xạ một lần từ chối thư rác 550 5.7.1 sang nhãn và con số riêng của nó.</translation>
    </message>
    <message>
        <source>A self-written filter or appliance emits a made-up 541 instead of a standard 550 or 554.</source>
        <comment>541|causes</comment>
        <translation>Một bộ lọc tự viết hoặc thiết bị lọc phát ra mã 541 tự chế thay vì 550 hoặc 554 chuẩn.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain is hosted by Microsoft 365; an MX ending in mail.protection.outlook.com means the 5.4.1 came from Exchange Online.</source>
        <comment>541|checks.step</comment>
        <translation>Kiểm tra xem tên miền người nhận có được lưu trữ trên Microsoft 365 không; MX kết thúc bằng mail.protection.outlook.com nghĩa là 5.4.1 đến từ Exchange Online.</translation>
    </message>
    <message>
        <source>Find the full remote reply for the failed recipient in your log.</source>
        <comment>541|checks.step</comment>
        <translation>Tìm toàn bộ phản hồi từ xa cho người nhận bị lỗi trong nhật ký của bạn.</translation>
    </message>
    <message>
        <source>If you administer the receiving tenant, confirm the recipient exists and the domain is accepted in the Exchange admin center before changing anything else.</source>
        <comment>541|checks.step</comment>
        <translation>Nếu bạn là quản trị viên của tenant nhận, hãy xác nhận người nhận tồn tại và tên miền được chấp nhận trong Exchange admin center trước khi thay đổi bất cứ điều gì khác.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <comment>550|title</comment>
        <translation>Không thực hiện hành động được yêu cầu: hộp thư không khả dụng</translation>
    </message>
    <message>
        <source>A permanent refusal: the server will not perform the command for this address or this message. RFC 5321 lists three reasons under one code, mailbox not found, no access, or command rejected for policy reasons, so 550 covers a mistyped address, a closed account, refused relaying, a blocklisted IP and a failed DMARC check alike. The enhanced code after it tells you which: 5.1.1 unknown user, 5.2.1 disabled mailbox, 5.7.1 policy, 5.7.26 authentication.</source>
        <comment>550|summary</comment>
        <translation>Từ chối vĩnh viễn: máy chủ sẽ không thực hiện lệnh cho địa chỉ này hoặc thư này. RFC 5321 liệt kê ba lý do dưới cùng một mã (không tìm thấy hộp thư, không có quyền truy cập, hoặc lệnh bị từ chối vì lý do chính sách), nên 550 bao gồm cả địa chỉ gõ nhầm, tài khoản đã đóng, từ chối relay, IP nằm trong danh sách chặn lẫn kiểm tra DMARC thất bại. Mã mở rộng đi sau cho biết đó là trường hợp nào: 5.1.1 người dùng không tồn tại, 5.2.1 hộp thư bị vô hiệu hóa, 5.7.1 chính sách, 5.7.26 xác thực.</translation>
    </message>
    <message>
        <source>Most often in reply to RCPT TO, when the receiver checks the recipient; also at MAIL FROM (sender refused) and after end of data (content, SPF, DKIM or DMARC verdicts). Postfix sends &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim &quot;550 Unrouteable address&quot;. Gmail and Microsoft 365 use 550 for nearly all of their permanent rejections, each with its own enhanced codes; Yahoo and AOL document most of their permanent rejections as 553 and 554 instead, and an unknown Yahoo user bounces with 554.</source>
        <comment>550|whenSeen</comment>
        <translation>Thường gặp nhất khi trả lời RCPT TO, lúc máy chủ nhận kiểm tra người nhận; cũng gặp ở MAIL FROM (người gửi bị từ chối) và sau khi kết thúc DATA (kết quả đánh giá nội dung, SPF, DKIM hoặc DMARC). Postfix gửi &quot;550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown in local recipient table&quot;, Exim gửi &quot;550 Unrouteable address&quot;. Gmail và Microsoft 365 dùng 550 cho gần như mọi lần từ chối vĩnh viễn, mỗi bên có mã mở rộng riêng; còn Yahoo và AOL thì ghi trong tài liệu rằng phần lớn các lần từ chối vĩnh viễn của họ là 553 và 554, và thư gửi tới người dùng Yahoo không tồn tại bị trả về với 554.</translation>
    </message>
    <message>
        <source>Read the enhanced code and the text, then act on the right side. 5.1.x: the sender corrects the address or confirms it with the recipient; list owners suppress it. 5.2.1: the recipient&apos;s account is disabled or inactive and only the recipient or their admin can reactivate it. 5.7.x at a big provider: the sender&apos;s admin checks the sending IP against blocklists, fixes SPF, DKIM, DMARC alignment and reverse DNS, then uses the provider&apos;s delisting or sender support form. &quot;Relay access denied&quot; or &quot;Unable to relay&quot;: the client must authenticate to its own submission server instead of sending to a server that does not handle the domain. If you run the receiving server and the refusal is wrong, the recipient&apos;s admin checks alias tables, directory sync and transport rules.</source>
        <comment>550|howToFix</comment>
        <translation>Đọc mã mở rộng và văn bản, rồi xử lý ở đúng phía. 5.1.x: người gửi sửa địa chỉ hoặc xác nhận lại với người nhận; chủ danh sách thư loại bỏ địa chỉ đó. 5.2.1: tài khoản của người nhận bị vô hiệu hóa hoặc không hoạt động và chỉ người nhận hoặc quản trị viên của họ mới kích hoạt lại được. 5.7.x ở nhà cung cấp lớn: quản trị viên phía người gửi kiểm tra IP gửi trên các danh sách chặn, sửa SPF, DKIM, căn chỉnh DMARC (alignment) và DNS ngược, rồi dùng biểu mẫu gỡ khỏi danh sách chặn hoặc biểu mẫu hỗ trợ người gửi của nhà cung cấp. &quot;Relay access denied&quot; hoặc &quot;Unable to relay&quot;: máy khách phải xác thực với máy chủ submission của chính mình thay vì gửi tới một máy chủ không phụ trách tên miền đó. Nếu bạn vận hành máy chủ nhận và việc từ chối là sai, quản trị viên phía người nhận kiểm tra bảng bí danh, đồng bộ thư mục và quy tắc truyền tải (transport rule).</translation>
    </message>
    <message>
        <source>Do not retry the same message to the same recipient: a 5yz reply means the client should not repeat the request unchanged (RFC 5321 4.2.1), and repeated attempts to unknown users hurt the sender&apos;s reputation. Bounce to the sender at once, and resend only after the address, the authentication or the blocklisting has been fixed.</source>
        <comment>550|retry</comment>
        <translation>Không thử lại cùng thư tới cùng người nhận: phản hồi 5yz nghĩa là máy khách không nên lặp lại yêu cầu mà không thay đổi gì (RFC 5321 4.2.1), và việc thử lại nhiều lần tới người dùng không tồn tại làm giảm uy tín của người gửi. Trả thư về cho người gửi ngay, và chỉ gửi lại sau khi đã khắc phục địa chỉ, xác thực hoặc việc bị đưa vào danh sách chặn.</translation>
    </message>
    <message>
        <source>The recipient address does not exist: a typo, a deleted account, or a departed employee (5.1.1, Microsoft 5.1.10).</source>
        <comment>550|causes</comment>
        <translation>Địa chỉ người nhận không tồn tại: gõ nhầm, tài khoản đã bị xóa, hoặc nhân viên đã nghỉ việc (5.1.1, Microsoft 5.1.10).</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled or inactive (5.2.1; Gmail says the account is inactive).</source>
        <comment>550|causes</comment>
        <translation>Hộp thư tồn tại nhưng bị vô hiệu hóa hoặc không hoạt động (5.2.1; Gmail cho biết tài khoản không hoạt động).</translation>
    </message>
    <message>
        <source>The sending IP is on a public DNS blocklist or on a provider&apos;s own blocklist (Outlook.com S3150, Microsoft 365 5.7.606-649).</source>
        <comment>550|causes</comment>
        <translation>IP gửi nằm trong một danh sách chặn DNS công khai hoặc trong danh sách chặn riêng của nhà cung cấp (Outlook.com S3150, Microsoft 365 5.7.606-649).</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC, and the sender domain publishes p=reject or the provider requires authentication (5.7.26, 5.7.509, 5.7.515).</source>
        <comment>550|causes</comment>
        <translation>Thư không vượt qua SPF, DKIM hoặc DMARC, và tên miền người gửi công bố p=reject hoặc nhà cung cấp yêu cầu xác thực (5.7.26, 5.7.509, 5.7.515).</translation>
    </message>
    <message>
        <source>An unauthenticated client asked a server to relay to a domain the server does not handle.</source>
        <comment>550|causes</comment>
        <translation>Một máy khách chưa xác thực yêu cầu máy chủ relay tới một tên miền mà máy chủ không phụ trách.</translation>
    </message>
    <message>
        <source>A spam or reputation filter judged the message or its sending domain unwanted (Gmail 5.7.1 likely unsolicited).</source>
        <comment>550|causes</comment>
        <translation>Bộ lọc thư rác hoặc bộ lọc uy tín đánh giá thư hoặc tên miền gửi của nó là không mong muốn (Gmail 5.7.1 likely unsolicited).</translation>
    </message>
    <message>
        <source>A recipient-side rule: the group accepts only internal senders, a transport rule blocks the sender, or the sender is on the recipient&apos;s block list.</source>
        <comment>550|causes</comment>
        <translation>Một quy tắc phía người nhận: nhóm chỉ nhận thư từ người gửi nội bộ, một quy tắc truyền tải chặn người gửi, hoặc người gửi nằm trong danh sách chặn của người nhận.</translation>
    </message>
    <message>
        <source>Read the bounce&apos;s delivery-status part: Remote-MTA says who refused, Diagnostic-Code holds the reply, and the text &quot;in reply to RCPT TO / end of DATA&quot; says at which stage.</source>
        <comment>550|checks.step</comment>
        <translation>Đọc phần trạng thái chuyển phát (delivery-status) của thư báo trả về: Remote-MTA cho biết ai đã từ chối, Diagnostic-Code chứa phản hồi, và dòng chữ &quot;in reply to RCPT TO / end of DATA&quot; cho biết ở giai đoạn nào.</translation>
    </message>
    <message>
        <source>Confirm you reached the recipient domain&apos;s current MX and not an old or backup host.</source>
        <comment>550|checks.step</comment>
        <translation>Xác nhận bạn đã kết nối tới MX hiện tại của tên miền người nhận chứ không phải một máy chủ cũ hay dự phòng.</translation>
    </message>
    <message>
        <source>Check the sending IP (here 192.0.2.10, octets reversed) against Spamhaus; use your own resolver, because public resolvers get 127.255.255.254 instead of an answer.</source>
        <comment>550|checks.step</comment>
        <translation>Kiểm tra IP gửi (ở đây là 192.0.2.10, với các octet đảo ngược) trên Spamhaus; hãy dùng resolver của riêng bạn, vì resolver công cộng sẽ nhận 127.255.255.254 thay vì câu trả lời thực.</translation>
    </message>
    <message>
        <source>Check that the sending IP has a PTR record whose name resolves back to it.</source>
        <comment>550|checks.step</comment>
        <translation>Kiểm tra xem IP gửi có bản ghi PTR với tên phân giải ngược lại đúng IP đó không.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s DMARC policy, which decides whether a failing message is rejected.</source>
        <comment>550|checks.step</comment>
        <translation>Đọc chính sách DMARC của tên miền người gửi, yếu tố quyết định thư không đạt có bị từ chối hay không.</translation>
    </message>
    <message>
        <source>Reproduce the recipient check without sending a message (from the real sending IP, not a home connection).</source>
        <comment>550|checks.step</comment>
        <translation>Tái hiện bước kiểm tra người nhận mà không gửi thư (từ IP gửi thực, không phải từ kết nối mạng gia đình).</translation>
    </message>
    <message>
        <source>Gmail&apos;s unknown-user answer at RCPT TO: no such Google account or Workspace user exists. Correct the address; retrying never helps.</source>
        <comment>550|providers.meaning</comment>
        <translation>Câu trả lời người dùng không tồn tại của Gmail ở RCPT TO: không có tài khoản Google hay người dùng Workspace nào như vậy. Hãy sửa địa chỉ; thử lại không bao giờ có tác dụng.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or has been inactive; only the account holder or their Workspace admin can restore it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Tài khoản Google tồn tại nhưng bị vô hiệu hóa hoặc đã lâu không hoạt động; chỉ chủ tài khoản hoặc quản trị viên Workspace của họ mới khôi phục được.</translation>
    </message>
    <message>
        <source>A spam and reputation verdict on this message, its sending IP or its domain; Gmail uses 5.7.1 for several policy blocks, and the text after the code says which one.</source>
        <comment>550|providers.meaning</comment>
        <translation>Kết luận về thư rác và uy tín đối với thư này, IP gửi hoặc tên miền của nó; Gmail dùng 5.7.1 cho nhiều kiểu chặn theo chính sách, và văn bản sau mã cho biết là kiểu nào.</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain and that domain publishes p=reject; the same enhanced code also covers mail that passes neither SPF nor DKIM.</source>
        <comment>550|providers.meaning</comment>
        <translation>Thư không đạt DMARC cho tên miền From và tên miền đó công bố p=reject; cùng mã mở rộng này cũng áp dụng cho thư không vượt qua cả SPF lẫn DKIM.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own recipient-not-found code (5.1.10, which the registry assigns to null MX): the address does not exist in the recipient&apos;s tenant.</source>
        <comment>550|providers.meaning</comment>
        <translation>Mã người nhận không tồn tại riêng của Exchange Online (5.1.10, mã mà sổ đăng ký gán cho null MX): địa chỉ không tồn tại trong tenant của người nhận.</translation>
    </message>
    <message>
        <source>Directory-based edge blocking: the recipient is unknown to the tenant, rejected at RCPT TO. Microsoft&apos;s 5.4.1 is not the registry meaning (no answer from host).</source>
        <comment>550|providers.meaning</comment>
        <translation>Chặn biên dựa trên thư mục (Directory-Based Edge Blocking): tenant không biết người nhận này, nên bị từ chối ở RCPT TO. 5.4.1 của Microsoft không mang nghĩa như trong sổ đăng ký (no answer from host, tức máy chủ không trả lời).</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s own blocklist (5.7.606 to 5.7.649); the IP owner can request removal through the Microsoft delist portal once the cause is fixed.</source>
        <comment>550|providers.meaning</comment>
        <translation>IP gửi nằm trong danh sách chặn riêng của Microsoft (5.7.606 đến 5.7.649); chủ sở hữu IP có thể yêu cầu gỡ bỏ qua cổng delist của Microsoft sau khi đã khắc phục nguyên nhân.</translation>
    </message>
    <message>
        <source>DMARC failure for the From domain with a reject policy; a private Microsoft code in the 5.7.5xx range.</source>
        <comment>550|providers.meaning</comment>
        <translation>DMARC thất bại cho tên miền From có chính sách reject; một mã riêng của Microsoft trong dải 5.7.5xx.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse the sending IP or its network on reputation grounds, often already at MAIL FROM; the operator of the sending server asks Microsoft&apos;s sender support to lift it.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com, Hotmail và Live từ chối IP gửi hoặc mạng của nó vì lý do uy tín, thường ngay từ MAIL FROM; người vận hành máy chủ gửi đề nghị bộ phận hỗ trợ người gửi của Microsoft gỡ bỏ.</translation>
    </message>
    <message>
        <source>Since May 2025 Outlook.com rejects mail from domains sending more than 5,000 messages a day unless SPF and DKIM pass and DMARC (at least p=none) aligns.</source>
        <comment>550|providers.meaning</comment>
        <translation>Từ tháng 5 năm 2025, Outlook.com từ chối thư từ các tên miền gửi hơn 5.000 thư mỗi ngày, trừ khi SPF và DKIM đạt và DMARC (ít nhất p=none) được căn chỉnh (aligned).</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail answer this, usually followed by a tag such as (S2017062302), for recipients that do not exist: the consumer-service counterpart of 5.1.10. Here 5.5.0 means an unknown mailbox, not the registry&apos;s protocol status.</source>
        <comment>550|providers.meaning</comment>
        <translation>Outlook.com và Hotmail trả lời mã này, thường kèm theo một thẻ như (S2017062302), cho người nhận không tồn tại: đây là mã tương đương bên dịch vụ dành cho người dùng cá nhân của 5.1.10. Ở đây 5.5.0 nghĩa là hộp thư không tồn tại, không phải trạng thái giao thức theo sổ đăng ký.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <comment>551|title</comment>
        <translation>Người dùng không thuộc máy chủ này; vui lòng thử &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The recipient is not handled by this server, and the server tells the client where to send instead: the reply text carries the new forward-path. It is one of the few replies whose text is meant to be parsed by programs (RFC 5321 4.2). RFC 5321 3.4 lets servers use it for moved users, but warns that it discloses addresses, so it is rare today.</source>
        <comment>551|summary</comment>
        <translation>Máy chủ này không phụ trách người nhận, và nó cho máy khách biết nên gửi tới đâu: văn bản phản hồi chứa forward-path mới. Đây là một trong số ít phản hồi có văn bản được thiết kế để chương trình phân tích (RFC 5321 4.2). RFC 5321 3.4 cho phép máy chủ dùng mã này cho người dùng đã chuyển đi, nhưng cảnh báo rằng nó làm lộ địa chỉ, nên ngày nay rất hiếm gặp.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, and to VRFY, from older or small servers configured with a table of users who have moved, as in &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Some servers also misuse 551 as a relay refusal for domains they do not serve, without giving any address.</source>
        <comment>551|whenSeen</comment>
        <translation>Khi trả lời RCPT TO, và VRFY, từ các máy chủ cũ hoặc nhỏ được cấu hình với bảng người dùng đã chuyển đi, như &quot;551 User not local; please try &lt;jane@example.net&gt;&quot;. Một số máy chủ còn dùng sai 551 để từ chối relay cho những tên miền chúng không phục vụ, mà không đưa ra địa chỉ nào.</translation>
    </message>
    <message>
        <source>If the reply names a new address, the sender checks it with the recipient and updates the address book, then resends to the new address; a mail client or MTA will not do this by itself. If no address is given, treat it as a relay refusal: send through your own authenticated submission server, and check that the domain&apos;s MX records point to the server that really hosts it. Recipient admins who do not want to reveal new addresses switch to silent forwarding (answered with 250; a 251 would still show the new address) or a plain 550.</source>
        <comment>551|howToFix</comment>
        <translation>Nếu phản hồi nêu địa chỉ mới, người gửi xác nhận lại với người nhận và cập nhật sổ địa chỉ, rồi gửi lại tới địa chỉ mới; ứng dụng thư hay MTA sẽ không tự làm việc này. Nếu không có địa chỉ nào, hãy coi đó là từ chối relay: gửi qua máy chủ submission có xác thực của chính bạn, và kiểm tra rằng bản ghi MX của tên miền trỏ tới máy chủ thực sự lưu trữ nó. Quản trị viên phía người nhận không muốn tiết lộ địa chỉ mới thì chuyển sang chuyển tiếp âm thầm (trả lời bằng 250; 251 vẫn sẽ để lộ địa chỉ mới) hoặc chỉ dùng 550.</translation>
    </message>
    <message>
        <source>Do not retry the same recipient, and do not silently redirect: RFC 5321 says servers must not assume the client will act on the new address. Bounce the message with the reply text intact so a person can resend it to the address given.</source>
        <comment>551|retry</comment>
        <translation>Không thử lại cùng người nhận, và không âm thầm chuyển hướng: RFC 5321 nói máy chủ không được giả định rằng máy khách sẽ hành động theo địa chỉ mới. Trả thư về kèm nguyên văn phản hồi để một người có thể gửi lại tới địa chỉ được nêu.</translation>
    </message>
    <message>
        <source>The recipient moved to a new address and the old server keeps a moved-users table that answers 551.</source>
        <comment>551|causes</comment>
        <translation>Người nhận đã chuyển sang địa chỉ mới và máy chủ cũ giữ một bảng người dùng đã chuyển đi, trả lời bằng 551.</translation>
    </message>
    <message>
        <source>A client tried to relay mail for an outside domain and the server refused with 551 rather than 550 5.7.1.</source>
        <comment>551|causes</comment>
        <translation>Máy khách cố relay thư cho một tên miền bên ngoài và máy chủ từ chối bằng 551 thay vì 550 5.7.1.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX still points to a server that no longer hosts the recipient&apos;s mailbox.</source>
        <comment>551|causes</comment>
        <translation>MX của tên miền vẫn trỏ tới một máy chủ không còn lưu trữ hộp thư của người nhận.</translation>
    </message>
    <message>
        <source>Copy the address given in the reply text (between &lt; and &gt;) and confirm it with the recipient by another channel.</source>
        <comment>551|checks.step</comment>
        <translation>Sao chép địa chỉ nêu trong văn bản phản hồi (giữa &lt; và &gt;) và xác nhận với người nhận qua kênh khác.</translation>
    </message>
    <message>
        <source>Check which servers currently receive mail for the domain.</source>
        <comment>551|checks.step</comment>
        <translation>Kiểm tra những máy chủ nào hiện đang nhận thư cho tên miền.</translation>
    </message>
    <message>
        <source>Replay the recipient against that server and read the RCPT TO reply.</source>
        <comment>551|checks.step</comment>
        <translation>Gửi lại lệnh người nhận tới máy chủ đó và đọc phản hồi cho RCPT TO.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <comment>552|title</comment>
        <translation>Hủy hành động thư được yêu cầu: vượt quá dung lượng lưu trữ được cấp</translation>
    </message>
    <message>
        <source>The action was aborted because a storage limit was exceeded. Today that means one of two things: the recipient&apos;s mailbox is over quota, or the message is larger than the server accepts (the SIZE extension, RFC 1870). RFC 821 also listed 552 for too many recipients; RFC 5321 4.5.3.1.10 corrects that to 452 and tells clients to treat such a 552 as temporary.</source>
        <comment>552|summary</comment>
        <translation>Hành động bị hủy vì vượt quá giới hạn lưu trữ. Ngày nay điều đó có nghĩa là một trong hai trường hợp: hộp thư của người nhận vượt hạn mức (quota), hoặc thư lớn hơn mức máy chủ chấp nhận (phần mở rộng SIZE, RFC 1870). RFC 821 cũng liệt kê 552 cho trường hợp quá nhiều người nhận; RFC 5321 4.5.3.1.10 sửa lại thành 452 và yêu cầu máy khách coi 552 như vậy là tạm thời.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declares SIZE= above the server&apos;s limit, after end of data when the real message is too big (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), and at RCPT TO or end of data for a full mailbox, often from the delivery agent (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail uses 552 for inboxes that are both full and inactive, for size and header limits, and for blocked attachment types. The registry lists X.2.2 (mailbox full) as class 4, yet 552 5.2.2 is what most servers send.</source>
        <comment>552|whenSeen</comment>
        <translation>Ở MAIL FROM khi máy khách khai báo SIZE= vượt giới hạn của máy chủ, sau khi kết thúc DATA khi thư thực tế quá lớn (Postfix: &quot;552 5.3.4 Message size exceeds fixed limit&quot;), và ở RCPT TO hoặc sau khi kết thúc DATA khi hộp thư đầy, thường từ tác nhân chuyển phát thư (Dovecot LMTP: &quot;552 5.2.2 ... Quota exceeded (mailbox for user is full)&quot;). Gmail dùng 552 cho hộp thư vừa đầy vừa không hoạt động, cho giới hạn kích thước và header, và cho các loại tệp đính kèm bị chặn. Sổ đăng ký liệt kê X.2.2 (hộp thư đầy) là lớp 4, vậy mà 552 5.2.2 lại là mã mà hầu hết máy chủ gửi.</translation>
    </message>
    <message>
        <source>Size: the sender shrinks the message or shares a link instead of attaching the file; attachments grow by about a third when encoded in base64, so a 20 MB file can break a 25 MB limit. If the bounce came from your own server, the sender&apos;s admin checks the outbound limit. Quota: the recipient deletes or archives mail or buys more storage; the sender tells them by another channel. Attachment type: send the file in another format or as a link.</source>
        <comment>552|howToFix</comment>
        <translation>Kích thước: người gửi giảm dung lượng thư hoặc chia sẻ liên kết thay vì đính kèm tệp; tệp đính kèm tăng khoảng một phần ba khi mã hóa base64, nên tệp 20 MB có thể vượt giới hạn 25 MB. Nếu thư báo trả về đến từ máy chủ của chính bạn, quản trị viên phía người gửi kiểm tra giới hạn gửi đi. Hạn mức: người nhận xóa hoặc lưu trữ bớt thư hoặc mua thêm dung lượng; người gửi báo cho họ qua kênh khác. Loại tệp đính kèm: gửi tệp ở định dạng khác hoặc dưới dạng liên kết.</translation>
    </message>
    <message>
        <source>Bounce the message: repeating it unchanged fails the same way. The exception is the RFC 821 too-many-recipients use at RCPT TO, which RFC 5321 says to treat as temporary: send the remaining recipients in a later transaction. After a quota bounce, a person may resend once the recipient has made room.</source>
        <comment>552|retry</comment>
        <translation>Trả thư về: lặp lại mà không thay đổi gì sẽ thất bại như cũ. Ngoại lệ là cách dùng cho trường hợp quá nhiều người nhận theo RFC 821 ở RCPT TO, mà RFC 5321 yêu cầu coi là tạm thời: gửi cho những người nhận còn lại trong một giao dịch sau. Sau thư báo trả về do vượt hạn mức, một người có thể gửi lại khi người nhận đã giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>Attachments that exceed the receiver&apos;s size limit once base64 encoding is added.</source>
        <comment>552|causes</comment>
        <translation>Tệp đính kèm vượt giới hạn kích thước của máy chủ nhận sau khi tính thêm phần mã hóa base64.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <comment>552|causes</comment>
        <translation>Hộp thư của người nhận đã vượt hạn mức lưu trữ.</translation>
    </message>
    <message>
        <source>A Gmail account that is out of storage and no longer used (Gmail 552 5.2.2 out of storage space and inactive).</source>
        <comment>552|causes</comment>
        <translation>Tài khoản Gmail đã hết dung lượng lưu trữ và không còn được sử dụng (Gmail 552 5.2.2 out of storage space and inactive).</translation>
    </message>
    <message>
        <source>An attachment type the receiver refuses, such as executables or archives containing them (Gmail 552 5.7.0).</source>
        <comment>552|causes</comment>
        <translation>Loại tệp đính kèm mà máy chủ nhận từ chối, như tệp thực thi hoặc tệp nén chứa chúng (Gmail 552 5.7.0).</translation>
    </message>
    <message>
        <source>Oversized or too many header fields, for example a huge To list or long Subject (Gmail 552 5.3.4 header limits).</source>
        <comment>552|causes</comment>
        <translation>Các trường header quá lớn hoặc quá nhiều, ví dụ danh sách To rất dài hoặc Subject dài (Gmail 552 5.3.4 header limits).</translation>
    </message>
    <message>
        <source>An old server still answering too many recipients with 552, as RFC 821 once specified.</source>
        <comment>552|causes</comment>
        <translation>Một máy chủ cũ vẫn trả lời trường hợp quá nhiều người nhận bằng 552, như RFC 821 từng quy định.</translation>
    </message>
    <message>
        <source>Measure the raw message as it will be sent, encoding included.</source>
        <comment>552|checks.step</comment>
        <translation>Đo kích thước thư thô đúng như khi được gửi, tính cả phần mã hóa.</translation>
    </message>
    <message>
        <source>Read the size limit the receiver advertises in its EHLO reply (the 250-SIZE line, in bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Đọc giới hạn kích thước mà máy chủ nhận quảng bá trong phản hồi EHLO (dòng 250-SIZE, tính bằng byte).</translation>
    </message>
    <message>
        <source>On Postfix, show the message size limit and the local mailbox limit (message_size_limit defaults to 10240000 bytes).</source>
        <comment>552|checks.step</comment>
        <translation>Trên Postfix, hiển thị giới hạn kích thước thư và giới hạn hộp thư cục bộ (message_size_limit mặc định là 10240000 byte).</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s quota usage.</source>
        <comment>552|checks.step</comment>
        <translation>Trên máy chủ Dovecot, hiển thị mức sử dụng hạn mức của người nhận.</translation>
    </message>
    <message>
        <source>The Google account has used up its storage and is not being used; Gmail sends 452 4.2.2 for an account that is merely full.</source>
        <comment>552|providers.meaning</comment>
        <translation>Tài khoản Google đã dùng hết dung lượng lưu trữ và không được sử dụng; với tài khoản chỉ đơn thuần bị đầy, Gmail gửi 452 4.2.2.</translation>
    </message>
    <message>
        <source>The whole message, its number of attachments or its headers exceed Gmail&apos;s receiving limits; the text names which limit.</source>
        <comment>552|providers.meaning</comment>
        <translation>Toàn bộ thư, số lượng tệp đính kèm hoặc các header của nó vượt giới hạn nhận của Gmail; văn bản cho biết là giới hạn nào.</translation>
    </message>
    <message>
        <source>An attachment type Gmail refuses (for example an executable, also inside an archive); a content policy, not a storage problem.</source>
        <comment>552|providers.meaning</comment>
        <translation>Một loại tệp đính kèm mà Gmail từ chối (ví dụ tệp thực thi, kể cả khi nằm trong tệp nén); đây là chính sách nội dung, không phải vấn đề dung lượng lưu trữ.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <comment>553|title</comment>
        <translation>Không thực hiện hành động được yêu cầu: tên hộp thư không được phép</translation>
    </message>
    <message>
        <source>A permanent refusal of an address as such: the mailbox name is not acceptable to this server, classically because its syntax is wrong. In practice 553 also covers sender addresses the server will not accept (unresolvable domain, an address the logged-in user does not own) and domains the server will not relay for. RFC 5321 3.3 says failures at MAIL FROM normally produce 550 or 553, and 3.5.1 uses 553 for an ambiguous VRFY name.</source>
        <comment>553|summary</comment>
        <translation>Từ chối vĩnh viễn bản thân một địa chỉ: tên hộp thư không được máy chủ này chấp nhận, theo cách hiểu kinh điển là do sai cú pháp. Trên thực tế 553 còn bao gồm các địa chỉ người gửi mà máy chủ không chấp nhận (tên miền không phân giải được, địa chỉ không thuộc về người dùng đã đăng nhập) và các tên miền mà máy chủ không relay. RFC 5321 3.3 nói lỗi ở MAIL FROM thường tạo ra 550 hoặc 553, và mục 3.5.1 dùng 553 cho tên mơ hồ trong VRFY.</translation>
    </message>
    <message>
        <source>At MAIL FROM and RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix with sender login checks: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Qmail&apos;s relay refusal: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 and 5.1.7 for an unknown recipient domain and invalid recipient or sender syntax. SMTPUTF8 servers may use 553 with 5.6.7 for non-ASCII addresses they cannot take.</source>
        <comment>553|whenSeen</comment>
        <translation>Ở MAIL FROM và RCPT TO. Sendmail: &quot;553 5.1.8 &lt;root@host.example.com&gt;... Domain of sender address root@host.example.com does not exist&quot;. Postfix có kiểm tra đăng nhập của người gửi: &quot;553 5.7.1 &lt;a@example.com&gt;: Sender address rejected: not owned by user b@example.com&quot;. Từ chối relay của Qmail: &quot;553 sorry, that domain isn&apos;t in my list of allowed rcpthosts (#5.7.1)&quot;. Gmail: 553 5.1.2, 5.1.3 và 5.1.7 cho tên miền người nhận không tồn tại và cú pháp người nhận hoặc người gửi không hợp lệ. Máy chủ SMTPUTF8 có thể dùng 553 kèm 5.6.7 cho các địa chỉ không phải ASCII mà chúng không nhận được.</translation>
    </message>
    <message>
        <source>The sender fixes the address in question: correct syntax, a real registered domain, and for authenticated submission only an address that the account is allowed to send as. Application developers set a proper envelope sender with a public domain instead of root@localhost or www-data@server. If the reply is a relay refusal, the client must authenticate to its own submission server. The server admin adds the address to the user&apos;s allowed senders only when the user really owns it.</source>
        <comment>553|howToFix</comment>
        <translation>Người gửi sửa địa chỉ liên quan: đúng cú pháp, tên miền thực sự đã đăng ký, và với submission có xác thực thì chỉ dùng địa chỉ mà tài khoản được phép gửi dưới danh nghĩa. Nhà phát triển ứng dụng đặt người gửi trên phong bì đúng chuẩn với tên miền công khai thay vì root@localhost hay www-data@server. Nếu phản hồi là từ chối relay, máy khách phải xác thực với máy chủ submission của chính mình. Quản trị viên máy chủ chỉ thêm địa chỉ vào danh sách người gửi được phép của người dùng khi người dùng thực sự sở hữu địa chỉ đó.</translation>
    </message>
    <message>
        <source>Do not retry: the same address gives the same 553. Return the message so the address or the sending configuration can be changed, then send it again as a new message.</source>
        <comment>553|retry</comment>
        <translation>Không thử lại: cùng địa chỉ sẽ nhận cùng 553. Trả thư về để có thể thay đổi địa chỉ hoặc cấu hình gửi, rồi gửi lại như một thư mới.</translation>
    </message>
    <message>
        <source>A malformed address: missing @, spaces, unbalanced angle brackets, or a display name in the envelope.</source>
        <comment>553|causes</comment>
        <translation>Địa chỉ sai định dạng: thiếu @, có khoảng trắng, ngoặc nhọn không cân đối, hoặc có tên hiển thị trong phong bì.</translation>
    </message>
    <message>
        <source>The envelope sender uses an internal host name that does not resolve publicly, typical of cron jobs and web applications.</source>
        <comment>553|causes</comment>
        <translation>Người gửi trên phong bì dùng tên máy nội bộ không phân giải được công khai, điển hình với cron job và ứng dụng web.</translation>
    </message>
    <message>
        <source>The authenticated user tried to send as an address that belongs to someone else.</source>
        <comment>553|causes</comment>
        <translation>Người dùng đã xác thực cố gửi dưới danh nghĩa một địa chỉ thuộc về người khác.</translation>
    </message>
    <message>
        <source>The recipient domain is not one this server receives or relays mail for.</source>
        <comment>553|causes</comment>
        <translation>Tên miền người nhận không nằm trong số tên miền mà máy chủ này nhận hoặc relay thư.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS (Gmail 553 5.1.2).</source>
        <comment>553|causes</comment>
        <translation>Tên miền người nhận không tồn tại trong DNS (Gmail 553 5.1.2).</translation>
    </message>
    <message>
        <source>A non-ASCII address sent to a server that cannot handle it.</source>
        <comment>553|causes</comment>
        <translation>Địa chỉ không phải ASCII gửi tới máy chủ không xử lý được nó.</translation>
    </message>
    <message>
        <source>Check that the envelope sender&apos;s domain resolves publicly.</source>
        <comment>553|checks.step</comment>
        <translation>Kiểm tra xem tên miền của người gửi trên phong bì có phân giải được công khai không.</translation>
    </message>
    <message>
        <source>On Postfix, see which restriction refused the address.</source>
        <comment>553|checks.step</comment>
        <translation>Trên Postfix, xem hạn chế nào đã từ chối địa chỉ.</translation>
    </message>
    <message>
        <source>On the sending host, check the names Postfix puts on locally generated mail.</source>
        <comment>553|checks.step</comment>
        <translation>Trên máy gửi, kiểm tra các tên mà Postfix gán cho thư được tạo cục bộ.</translation>
    </message>
    <message>
        <source>Replay the transaction with the exact sender and recipient to see which of the two is refused.</source>
        <comment>553|checks.step</comment>
        <translation>Thực hiện lại giao dịch với đúng người gửi và người nhận đó để xem bên nào trong hai bị từ chối.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist in DNS; usually a typo in the part after the @.</source>
        <comment>553|providers.meaning</comment>
        <translation>Tên miền người nhận không tồn tại trong DNS; thường do gõ nhầm ở phần sau @.</translation>
    </message>
    <message>
        <source>The RCPT TO argument is syntactically invalid; Gmail did not look the user up at all.</source>
        <comment>553|providers.meaning</comment>
        <translation>Đối số của RCPT TO sai cú pháp; Gmail hoàn toàn chưa tra cứu người dùng.</translation>
    </message>
    <message>
        <source>The MAIL FROM argument is malformed; fix the envelope sender your application or server sets.</source>
        <comment>553|providers.meaning</comment>
        <translation>Đối số của MAIL FROM sai định dạng; hãy sửa người gửi trên phong bì mà ứng dụng hoặc máy chủ của bạn đặt.</translation>
    </message>
    <message>
        <source>Transaction failed (at connection opening: No SMTP service here)</source>
        <comment>554|title</comment>
        <translation>Giao dịch thất bại (khi mở kết nối: Không có dịch vụ SMTP ở đây)</translation>
    </message>
    <message>
        <source>A permanent failure that fits no narrower code. RFC 5321 gives it two jobs: &quot;transaction failed&quot; during a session, and &quot;No SMTP service here&quot; when a server sends 554 instead of the 220 greeting to refuse the whole connection. In practice it is the second big rejection code next to 550: Postfix uses 554 by default for blocklist hits, refused relaying and access-map rejections, and after DATA it usually means a content, spam or virus verdict.</source>
        <comment>554|summary</comment>
        <translation>Lỗi vĩnh viễn không khớp với mã nào cụ thể hơn. RFC 5321 giao cho nó hai vai trò: &quot;transaction failed&quot; trong một phiên, và &quot;No SMTP service here&quot; khi máy chủ gửi 554 thay cho lời chào 220 để từ chối toàn bộ kết nối. Trên thực tế đây là mã từ chối lớn thứ hai bên cạnh 550: Postfix mặc định dùng 554 khi trúng danh sách chặn, khi từ chối relay và khi từ chối theo access map, còn sau DATA nó thường có nghĩa là kết luận về nội dung, thư rác hoặc virus.</translation>
    </message>
    <message>
        <source>As the first line instead of 220, when the connecting IP is refused outright; RFC 5321 3.1 says the server must then wait for QUIT and should answer other commands with 503. At RCPT TO from Postfix restrictions: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; or &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. At DATA: &quot;554 5.5.1 Error: no valid recipients&quot; when every RCPT was refused. After end of data from content filters, and as &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo and AOL send most permanent rejections as 554; Gmail and Microsoft use it for malformed messages, loops and (Microsoft) full mailboxes.</source>
        <comment>554|whenSeen</comment>
        <translation>Là dòng đầu tiên thay cho 220, khi IP kết nối bị từ chối thẳng; RFC 5321 3.1 nói máy chủ khi đó phải chờ QUIT và nên trả lời các lệnh khác bằng 503. Ở RCPT TO từ các hạn chế của Postfix: &quot;554 5.7.1 &lt;user@example.net&gt;: Relay access denied&quot; hoặc &quot;554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org&quot;. Ở DATA: &quot;554 5.5.1 Error: no valid recipients&quot; khi mọi RCPT đều bị từ chối. Sau khi kết thúc DATA, từ các bộ lọc nội dung, và dưới dạng &quot;554 Command refused due to lack of security&quot; (RFC 3207). Yahoo và AOL gửi phần lớn các lần từ chối vĩnh viễn bằng 554; Gmail và Microsoft dùng nó cho thư sai định dạng, vòng lặp và (Microsoft) hộp thư đầy.</translation>
    </message>
    <message>
        <source>Work out the stage first. Refused at the greeting or with a blocklist text: the sender&apos;s admin finds the listing, removes the cause (compromised account, open relay, missing PTR) and requests delisting, then asks the recipient&apos;s postmaster through another route if the block is local. Relay access denied: the client must authenticate (usually port 587 with STARTTLS) or the recipient admin must add the domain to the server&apos;s relay or virtual domains if the MX really points there. After end of data: review authentication, links, attachments and content. Yahoo 554 5.7.9: fix DKIM and DMARC alignment. Yahoo &quot;dd&quot; lines: the address does not exist, remove it. Loop codes (5.4.6, 5.4.14): fix the forwarding or connector that sends mail back and forth.</source>
        <comment>554|howToFix</comment>
        <translation>Trước tiên hãy xác định giai đoạn. Bị từ chối ở lời chào hoặc kèm văn bản về danh sách chặn: quản trị viên phía người gửi tìm danh sách đang liệt kê IP, loại bỏ nguyên nhân (tài khoản bị xâm nhập, open relay, thiếu PTR) và yêu cầu gỡ khỏi danh sách, rồi liên hệ postmaster phía người nhận qua kênh khác nếu việc chặn là cục bộ. Relay access denied (relay bị từ chối): máy khách phải xác thực (thường là cổng 587 với STARTTLS) hoặc quản trị viên phía người nhận phải thêm tên miền vào danh sách tên miền relay hoặc virtual của máy chủ nếu MX thực sự trỏ tới đó. Sau khi kết thúc DATA: xem lại xác thực, liên kết, tệp đính kèm và nội dung. Yahoo 554 5.7.9: sửa DKIM và căn chỉnh DMARC. Các dòng &quot;dd&quot; của Yahoo: địa chỉ không tồn tại, hãy xóa nó. Mã vòng lặp (5.4.6, 5.4.14): sửa quy tắc chuyển tiếp hoặc connector đang gửi thư qua lại.</translation>
    </message>
    <message>
        <source>Do not repeat the transaction unchanged. A 554 greeting means the receiver refuses this client, so hammering it with new connections only prolongs a listing; send QUIT and bounce or hold the mail until the cause is removed. A 554 after end of data is final for that message; resend only after changing what was rejected.</source>
        <comment>554|retry</comment>
        <translation>Không lặp lại giao dịch mà không thay đổi gì. Lời chào 554 nghĩa là máy chủ nhận từ chối máy khách này, nên liên tục mở kết nối mới chỉ kéo dài thời gian bị liệt kê; hãy gửi QUIT và trả thư về hoặc giữ thư lại cho đến khi nguyên nhân được loại bỏ. 554 sau khi kết thúc DATA là kết quả cuối cùng cho thư đó; chỉ gửi lại sau khi đã thay đổi phần bị từ chối.</translation>
    </message>
    <message>
        <source>The connecting IP is on a DNS blocklist the receiver checks, or on the receiver&apos;s own block list.</source>
        <comment>554|causes</comment>
        <translation>IP kết nối nằm trong một danh sách chặn DNS mà máy chủ nhận kiểm tra, hoặc trong danh sách chặn riêng của máy chủ nhận.</translation>
    </message>
    <message>
        <source>An unauthenticated client tried to relay to an outside domain (Postfix: Relay access denied).</source>
        <comment>554|causes</comment>
        <translation>Máy khách chưa xác thực cố relay tới một tên miền bên ngoài (Postfix: Relay access denied).</translation>
    </message>
    <message>
        <source>Every recipient in the transaction was refused, so DATA fails with no valid recipients.</source>
        <comment>554|causes</comment>
        <translation>Mọi người nhận trong giao dịch đều bị từ chối, nên DATA thất bại với no valid recipients.</translation>
    </message>
    <message>
        <source>A content filter found spam, a virus or a forbidden attachment after end of data.</source>
        <comment>554|causes</comment>
        <translation>Bộ lọc nội dung phát hiện thư rác, virus hoặc tệp đính kèm bị cấm sau khi kết thúc DATA.</translation>
    </message>
    <message>
        <source>The message failed the sender domain&apos;s DMARC or DKIM policy (Yahoo 554 5.7.9).</source>
        <comment>554|causes</comment>
        <translation>Thư không đạt chính sách DMARC hoặc DKIM của tên miền người gửi (Yahoo 554 5.7.9).</translation>
    </message>
    <message>
        <source>The recipient does not exist at Yahoo or AOL, whose unknown-user bounce is a 554 &quot;dd&quot; line.</source>
        <comment>554|causes</comment>
        <translation>Người nhận không tồn tại tại Yahoo hoặc AOL, nơi thư báo trả về người dùng không tồn tại là một dòng 554 &quot;dd&quot;.</translation>
    </message>
    <message>
        <source>A forwarding rule or connector loop made the message exceed the hop limit (Gmail 5.4.6, Exchange Online 5.4.14).</source>
        <comment>554|causes</comment>
        <translation>Quy tắc chuyển tiếp hoặc vòng lặp connector khiến thư vượt giới hạn số chặng (Gmail 5.4.6, Exchange Online 5.4.14).</translation>
    </message>
    <message>
        <source>A malformed message: broken MIME structure, bare line feeds or invalid headers (Gmail 554 5.6.0).</source>
        <comment>554|causes</comment>
        <translation>Thư sai định dạng: cấu trúc MIME hỏng, ký tự LF trần (bare line feed) hoặc header không hợp lệ (Gmail 554 5.6.0).</translation>
    </message>
    <message>
        <source>Connect and read the banner: a 554 there means the whole connection is refused, before any address is looked at.</source>
        <comment>554|checks.step</comment>
        <translation>Kết nối và đọc banner: 554 ở đó nghĩa là toàn bộ kết nối bị từ chối, trước khi có địa chỉ nào được xem xét.</translation>
    </message>
    <message>
        <source>Look up the sending IP (192.0.2.10 reversed) on a second blocklist as well as Spamhaus.</source>
        <comment>554|checks.step</comment>
        <translation>Tra IP gửi (192.0.2.10 đảo ngược) trên thêm một danh sách chặn khác ngoài Spamhaus.</translation>
    </message>
    <message>
        <source>Test authenticated submission through your own server, which is what a relay refusal asks for.</source>
        <comment>554|checks.step</comment>
        <translation>Thử gửi có xác thực qua máy chủ của chính bạn, đó chính là điều mà việc từ chối relay yêu cầu.</translation>
    </message>
    <message>
        <source>On a Postfix receiver, find the restriction that produced the 554 and its default codes.</source>
        <comment>554|checks.step</comment>
        <translation>Trên máy chủ nhận Postfix, tìm hạn chế đã tạo ra 554 và các mã mặc định của nó.</translation>
    </message>
    <message>
        <source>For loop bounces, count the Received: headers in the returned message to see which hosts pass it back and forth.</source>
        <comment>554|checks.step</comment>
        <translation>Với thư báo trả về do vòng lặp, đếm các header Received: trong thư bị trả về để xem những máy chủ nào chuyển qua chuyển lại thư.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s unknown-recipient answer, with no enhanced code; Yahoo says not to retry and to remove the address from lists. The same mail system also serves AOL addresses.</source>
        <comment>554|providers.meaning</comment>
        <translation>Câu trả lời người nhận không tồn tại của Yahoo, không kèm mã mở rộng; Yahoo khuyên không thử lại và xóa địa chỉ khỏi danh sách. Cùng hệ thống thư này cũng phục vụ các địa chỉ AOL.</translation>
    </message>
    <message>
        <source>The message failed Yahoo&apos;s authentication checks (DKIM, SPF, DMARC), typically DMARC failure for a domain publishing p=reject; fix authentication rather than asking for a reputation review.</source>
        <comment>554|providers.meaning</comment>
        <translation>Thư không vượt qua các bước kiểm tra xác thực của Yahoo (DKIM, SPF, DMARC), thường là DMARC thất bại với tên miền công bố p=reject; hãy sửa xác thực thay vì yêu cầu xem xét lại uy tín.</translation>
    </message>
    <message>
        <source>The message structure or headers violate RFC 5322 or MIME badly enough that Gmail refuses it outright.</source>
        <comment>554|providers.meaning</comment>
        <translation>Cấu trúc hoặc header của thư vi phạm RFC 5322 hay MIME nghiêm trọng đến mức Gmail từ chối thẳng.</translation>
    </message>
    <message>
        <source>A routing loop: the message carries too many Received headers, usually from forwarding rules pointing at each other.</source>
        <comment>554|providers.meaning</comment>
        <translation>Vòng lặp định tuyến: thư mang quá nhiều header Received, thường do các quy tắc chuyển tiếp trỏ vào nhau.</translation>
    </message>
    <message>
        <source>The client sent too many commands without authenticating first; Gmail ends the attempt rather than wait for AUTH.</source>
        <comment>554|providers.meaning</comment>
        <translation>Máy khách gửi quá nhiều lệnh mà không xác thực trước; Gmail chấm dứt lần thử thay vì chờ AUTH.</translation>
    </message>
    <message>
        <source>Exchange Online reports a full recipient mailbox as 554 5.2.2; the recipient must free space. Microsoft also uses 5.2.2 for a sender who exceeded sending limits.</source>
        <comment>554|providers.meaning</comment>
        <translation>Exchange Online báo hộp thư người nhận đầy bằng 554 5.2.2; người nhận phải giải phóng dung lượng. Microsoft cũng dùng 5.2.2 cho người gửi đã vượt giới hạn gửi.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s loop detection, reported with Microsoft&apos;s own code 5.4.14 (the registry&apos;s loop code is X.4.6); look for forwarding rules or connectors that send the message back.</source>
        <comment>554|providers.meaning</comment>
        <translation>Cơ chế phát hiện vòng lặp của Exchange Online, báo bằng mã riêng 5.4.14 của Microsoft (mã vòng lặp trong sổ đăng ký là X.4.6); hãy tìm các quy tắc chuyển tiếp hoặc connector gửi thư quay lại.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <comment>555|title</comment>
        <translation>Tham số MAIL FROM/RCPT TO không được nhận ra hoặc chưa được triển khai</translation>
    </message>
    <message>
        <source>The client added an ESMTP parameter to MAIL FROM or RCPT TO (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS and so on) that this server does not recognise or cannot implement. RFC 5321 4.1.1.11 assigns 555 to that case and 455 to a temporary inability. The fault is in the client&apos;s command, not in the addresses.</source>
        <comment>555|summary</comment>
        <translation>Máy khách thêm vào MAIL FROM hoặc RCPT TO một tham số ESMTP (SIZE=, BODY=8BITMIME, SMTPUTF8, RET=, NOTIFY=, REQUIRETLS, v.v.) mà máy chủ này không nhận ra hoặc không thể triển khai. RFC 5321 4.1.1.11 gán 555 cho trường hợp đó và 455 cho tình trạng tạm thời không đáp ứng được. Lỗi nằm ở lệnh của máy khách, không phải ở các địa chỉ.</translation>
    </message>
    <message>
        <source>Right after MAIL FROM or RCPT TO, usually when a client uses an extension the server did not advertise in its EHLO reply: DSN parameters to a server without DSN, a client that fell back to HELO but still appends SIZE=, or an SMTP-aware firewall that removed keywords from the EHLO list. Postfix answers &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail lists &quot;555 5.5.2 Syntax error&quot; among its replies.</source>
        <comment>555|whenSeen</comment>
        <translation>Ngay sau MAIL FROM hoặc RCPT TO, thường khi máy khách dùng một phần mở rộng mà máy chủ không quảng bá trong phản hồi EHLO: tham số DSN gửi tới máy chủ không hỗ trợ DSN, máy khách đã chuyển về HELO nhưng vẫn thêm SIZE=, hoặc tường lửa có khả năng phân tích SMTP đã xóa từ khóa khỏi danh sách EHLO. Postfix trả lời &quot;555 5.5.4 Unsupported option: ...&quot;; Gmail liệt kê &quot;555 5.5.2 Syntax error&quot; trong số các phản hồi của mình.</translation>
    </message>
    <message>
        <source>The client software must send only parameters the server listed in its EHLO reply, and must not send any after falling back to HELO. Update or reconfigure the mail library or MTA (forced DSN or SMTPUTF8 options are common culprits). If a firewall or proxy inspects SMTP, have its admin turn off the inspection that rewrites EHLO. Check the command syntax too: no space is allowed on either side of the colon in MAIL FROM: and RCPT TO:.</source>
        <comment>555|howToFix</comment>
        <translation>Phần mềm máy khách chỉ được gửi những tham số mà máy chủ đã liệt kê trong phản hồi EHLO, và không được gửi tham số nào sau khi đã chuyển về HELO. Cập nhật hoặc cấu hình lại thư viện thư hoặc MTA (các tùy chọn ép dùng DSN hoặc SMTPUTF8 là thủ phạm thường gặp). Nếu có tường lửa hoặc proxy kiểm tra SMTP, nhờ quản trị viên của nó tắt tính năng kiểm tra đang viết lại EHLO. Kiểm tra cả cú pháp lệnh: không được có khoảng trắng ở hai bên dấu hai chấm trong MAIL FROM: và RCPT TO:.</translation>
    </message>
    <message>
        <source>Repeating the same command fails again. A client may start a new transaction without an optional parameter the server does not support (SIZE, NOTIFY), but must not drop REQUIRETLS to get the message through (RFC 8689); then the message bounces.</source>
        <comment>555|retry</comment>
        <translation>Lặp lại cùng lệnh sẽ lại thất bại. Máy khách có thể bắt đầu giao dịch mới mà không kèm tham số tùy chọn mà máy chủ không hỗ trợ (SIZE, NOTIFY), nhưng không được bỏ REQUIRETLS để thư đi được (RFC 8689); khi đó thư phải được trả về.</translation>
    </message>
    <message>
        <source>A parameter for an extension the server never advertised, such as NOTIFY= or RET= to a server without DSN.</source>
        <comment>555|causes</comment>
        <translation>Tham số cho một phần mở rộng mà máy chủ chưa bao giờ quảng bá, như NOTIFY= hoặc RET= gửi tới máy chủ không hỗ trợ DSN.</translation>
    </message>
    <message>
        <source>EHLO failed, the client fell back to HELO, and kept adding extension parameters anyway.</source>
        <comment>555|causes</comment>
        <translation>EHLO thất bại, máy khách chuyển về HELO nhưng vẫn tiếp tục thêm tham số phần mở rộng.</translation>
    </message>
    <message>
        <source>A middlebox rewrote or shortened the EHLO reply, so client and server disagree about supported extensions.</source>
        <comment>555|causes</comment>
        <translation>Một thiết bị trung gian đã viết lại hoặc cắt ngắn phản hồi EHLO, nên máy khách và máy chủ hiểu khác nhau về các phần mở rộng được hỗ trợ.</translation>
    </message>
    <message>
        <source>Malformed arguments, for example a space after the colon or a broken parameter value.</source>
        <comment>555|causes</comment>
        <translation>Đối số sai định dạng, ví dụ có khoảng trắng sau dấu hai chấm hoặc giá trị tham số bị hỏng.</translation>
    </message>
    <message>
        <source>Read the extensions the server really offers; each 250- line after EHLO is one keyword.</source>
        <comment>555|checks.step</comment>
        <translation>Đọc các phần mở rộng mà máy chủ thực sự cung cấp; mỗi dòng 250- sau EHLO là một từ khóa.</translation>
    </message>
    <message>
        <source>Compare with what passes through the firewall by testing from inside and outside the network, or through an encrypted session that inspection cannot alter.</source>
        <comment>555|checks.step</comment>
        <translation>So sánh với những gì đi qua được tường lửa bằng cách kiểm tra từ bên trong và bên ngoài mạng, hoặc qua một phiên mã hóa mà tính năng kiểm tra không thể can thiệp.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether EHLO keywords are hidden on purpose.</source>
        <comment>555|checks.step</comment>
        <translation>Trên máy chủ Postfix, kiểm tra xem các từ khóa EHLO có bị cố ý ẩn đi không.</translation>
    </message>
    <message>
        <source>Capture the exact MAIL FROM or RCPT TO line the client sends from its debug log, or by sniffing a test session.</source>
        <comment>555|checks.step</comment>
        <translation>Ghi lại chính xác dòng MAIL FROM hoặc RCPT TO mà máy khách gửi, từ nhật ký debug của nó hoặc bằng cách bắt gói tin một phiên thử nghiệm.</translation>
    </message>
    <message>
        <source>Gmail pairs 555 with the syntax-error enhanced code, so check the MAIL FROM and RCPT TO syntax (brackets, no space after the colon) as well as the parameters.</source>
        <comment>555|providers.meaning</comment>
        <translation>Gmail ghép 555 với mã mở rộng lỗi cú pháp, vì vậy hãy kiểm tra cú pháp MAIL FROM và RCPT TO (ngoặc nhọn, không có khoảng trắng sau dấu hai chấm) cũng như các tham số.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <comment>556|title</comment>
        <translation>Tên miền không nhận thư</translation>
    </message>
    <message>
        <source>Defined by RFC 7504: the domain in the address does not accept mail at all. The usual reason is a null MX record (RFC 7505, &quot;MX 0 .&quot;), by which a domain declares that it receives no mail; the matching enhanced code is 5.1.10, Recipient address has null MX. It differs from 521 (this host takes no mail) and from 550 (this mailbox is refused).</source>
        <comment>556|summary</comment>
        <translation>Được định nghĩa trong RFC 7504: tên miền trong địa chỉ hoàn toàn không nhận thư. Lý do thường gặp là bản ghi null MX (RFC 7505, &quot;MX 0 .&quot;), qua đó một tên miền tuyên bố rằng nó không nhận thư; mã mở rộng tương ứng là 5.1.10, Recipient address has null MX (địa chỉ người nhận có null MX). Mã này khác với 521 (máy chủ này không nhận thư) và 550 (hộp thư này bị từ chối).</translation>
    </message>
    <message>
        <source>In reply to RCPT TO from a submission server or relay that looked up the recipient domain before accepting it, for example Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Or in a bounce your own MTA writes without contacting anyone (Postfix logs &quot;Domain example.com does not accept mail (nullMX)&quot;). A classic trap: example.com itself publishes a null MX, so test mail to it always fails this way.</source>
        <comment>556|whenSeen</comment>
        <translation>Khi trả lời RCPT TO từ một máy chủ submission hoặc relay đã tra cứu tên miền người nhận trước khi chấp nhận, ví dụ Postfix: &quot;556 5.1.10 &lt;user@example.com&gt;: Recipient address rejected: Domain example.com does not accept mail (nullMX)&quot;. Hoặc trong thư báo trả về mà chính MTA của bạn tạo ra mà không liên hệ với ai (Postfix ghi nhật ký &quot;Domain example.com does not accept mail (nullMX)&quot;). Một cái bẫy kinh điển: bản thân example.com công bố null MX, nên thư thử nghiệm gửi tới đó luôn thất bại theo cách này.</translation>
    </message>
    <message>
        <source>The sender checks the address: the domain is parked, web-only or a no-reply domain, or a typo turned it into such a domain. Ask the recipient for an address that takes mail. If you own the domain and do want mail, the domain&apos;s admin removes the null MX and publishes real MX records. Test systems should use a mail sink or a domain you control instead of example.com.</source>
        <comment>556|howToFix</comment>
        <translation>Người gửi kiểm tra địa chỉ: tên miền đang để không (parked), chỉ dùng cho web hoặc là tên miền no-reply, hoặc một lỗi gõ đã biến nó thành một tên miền như vậy. Hãy xin người nhận một địa chỉ có nhận thư. Nếu bạn sở hữu tên miền và muốn nhận thư, quản trị viên tên miền xóa null MX và công bố các bản ghi MX thực. Hệ thống thử nghiệm nên dùng một mail sink hoặc tên miền do bạn kiểm soát thay vì example.com.</translation>
    </message>
    <message>
        <source>Do not queue or retry: a null MX is the domain owner&apos;s published statement that no mail is accepted, so the sending MTA bounces immediately. Only a DNS change by the domain owner makes delivery possible.</source>
        <comment>556|retry</comment>
        <translation>Không đưa vào hàng đợi hay thử lại: null MX là tuyên bố công khai của chủ tên miền rằng không nhận thư, nên MTA gửi trả thư về ngay lập tức. Chỉ khi chủ tên miền thay đổi DNS thì việc chuyển phát mới có thể thực hiện được.</translation>
    </message>
    <message>
        <source>The domain is parked or used only for a website and publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Tên miền đang để không (parked) hoặc chỉ dùng cho website và công bố null MX.</translation>
    </message>
    <message>
        <source>A typo produced a different, existing domain that publishes a null MX.</source>
        <comment>556|causes</comment>
        <translation>Một lỗi gõ tạo ra một tên miền khác, có tồn tại, công bố null MX.</translation>
    </message>
    <message>
        <source>Test or placeholder addresses at example.com or example.net reached a real mail server.</source>
        <comment>556|causes</comment>
        <translation>Địa chỉ thử nghiệm hoặc giữ chỗ tại example.com hay example.net đã đến một máy chủ thư thực.</translation>
    </message>
    <message>
        <source>The domain owner left a null MX in place after moving mail to a new provider.</source>
        <comment>556|causes</comment>
        <translation>Chủ tên miền để lại null MX sau khi chuyển thư sang nhà cung cấp mới.</translation>
    </message>
    <message>
        <source>Replies sent to a no-reply domain that deliberately refuses mail.</source>
        <comment>556|causes</comment>
        <translation>Thư trả lời được gửi tới một tên miền no-reply cố ý từ chối thư.</translation>
    </message>
    <message>
        <source>Look up the MX; a single answer &quot;0 .&quot; is a null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Tra cứu MX; một câu trả lời duy nhất &quot;0 .&quot; là null MX.</translation>
    </message>
    <message>
        <source>Cross-check with another tool, which prints the record with its preference and target.</source>
        <comment>556|checks.step</comment>
        <translation>Đối chiếu bằng một công cụ khác, công cụ này in bản ghi kèm độ ưu tiên và đích.</translation>
    </message>
    <message>
        <source>On a Postfix sender, list the messages rejected or bounced for null MX.</source>
        <comment>556|checks.step</comment>
        <translation>Trên máy chủ Postfix của người gửi, liệt kê các thư bị từ chối hoặc bị trả về do null MX.</translation>
    </message>
    <message>
        <source>Address query reply</source>
        <comment>557|title</comment>
        <translation>Phản hồi truy vấn địa chỉ</translation>
    </message>
    <message>
        <source>557 is not defined in RFC 5321 or any other published RFC. It was proposed in an Internet-Draft for an address-query mechanism, as the reply carrying a query result, and that draft never became a standard. Mainstream MTAs and large providers do not send it, and unofficial code lists attach unrelated meanings to the number.</source>
        <comment>557|summary</comment>
        <translation>557 không được định nghĩa trong RFC 5321 hay bất kỳ RFC đã công bố nào khác. Nó được đề xuất trong một Internet-Draft về cơ chế truy vấn địa chỉ, làm phản hồi mang kết quả truy vấn, và bản thảo đó chưa bao giờ trở thành chuẩn. Các MTA phổ biến và nhà cung cấp lớn không gửi mã này, và các danh sách mã không chính thức gán cho con số này những ý nghĩa không liên quan.</translation>
    </message>
    <message>
        <source>Practically never on the public Internet. If it appears, the other side runs experimental or custom software, or a filter configured with a home-made reply code; more often the number is a misreading of another code in a log or a screenshot.</source>
        <comment>557|whenSeen</comment>
        <translation>Gần như không bao giờ gặp trên Internet công cộng. Nếu xuất hiện, phía bên kia đang chạy phần mềm thử nghiệm hoặc tự phát triển, hoặc một bộ lọc được cấu hình với mã phản hồi tự chế; thường gặp hơn là con số bị đọc nhầm từ một mã khác trong nhật ký hoặc ảnh chụp màn hình.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin identifies the software that sent it (banner, Received headers, the remote postmaster) and reads its documentation for the meaning. If the code comes from your own server or filter configuration, replace it with a standard reply such as 550 or 554 with a fitting enhanced code, so that other software can act on it.</source>
        <comment>557|howToFix</comment>
        <translation>Quản trị viên phía người gửi xác định phần mềm đã gửi mã này (banner, header Received, postmaster phía bên kia) và đọc tài liệu của nó để biết ý nghĩa. Nếu mã đến từ cấu hình máy chủ hoặc bộ lọc của chính bạn, hãy thay nó bằng một phản hồi chuẩn như 550 hoặc 554 kèm mã mở rộng phù hợp, để phần mềm khác có thể xử lý được.</translation>
    </message>
    <message>
        <source>A sending MTA interprets an unknown code by its first digit (RFC 5321 4.2): treat 557 as a permanent failure, bounce instead of queueing, and let a person contact the remote postmaster.</source>
        <comment>557|retry</comment>
        <translation>MTA gửi diễn giải mã không xác định theo chữ số đầu tiên (RFC 5321 4.2): coi 557 là lỗi vĩnh viễn, trả thư về thay vì đưa vào hàng đợi, và để một người liên hệ với postmaster phía bên kia.</translation>
    </message>
    <message>
        <source>An experimental server implementing the address-query draft.</source>
        <comment>557|causes</comment>
        <translation>Một máy chủ thử nghiệm triển khai bản thảo về truy vấn địa chỉ.</translation>
    </message>
    <message>
        <source>A filter or custom rule set up with an invented reply code.</source>
        <comment>557|causes</comment>
        <translation>Một bộ lọc hoặc quy tắc tùy chỉnh được thiết lập với mã phản hồi tự đặt ra.</translation>
    </message>
    <message>
        <source>A code copied wrongly from a log, a ticket or a screenshot.</source>
        <comment>557|causes</comment>
        <translation>Mã bị sao chép sai từ nhật ký, ticket hoặc ảnh chụp màn hình.</translation>
    </message>
    <message>
        <source>Identify the remote software from its greeting banner.</source>
        <comment>557|checks.step</comment>
        <translation>Xác định phần mềm phía bên kia qua banner chào của nó.</translation>
    </message>
    <message>
        <source>Find the exact reply line in your log to see the command it answered and any text after the code.</source>
        <comment>557|checks.step</comment>
        <translation>Tìm chính xác dòng phản hồi trong nhật ký của bạn để xem lệnh mà nó trả lời và mọi văn bản đi sau mã.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>571|title</comment>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <source>571 is not an SMTP reply code in any RFC. People who say “error 571, blocked” almost always mean the enhanced code 5.7.1, Delivery not authorized, message refused (RFC 3463), which arrives as 550 5.7.1 or 554 5.7.1. Now and then a filter or custom server configuration puts a literal 571 on the wire; clients must treat it by its first digit as a permanent failure.</source>
        <comment>571|summary</comment>
        <translation>571 không phải là mã phản hồi SMTP trong bất kỳ RFC nào. Những người nói “lỗi 571, bị chặn” gần như luôn muốn nói mã mở rộng 5.7.1, Delivery not authorized, message refused (không được phép chuyển phát, thư bị từ chối; RFC 3463), vốn đến dưới dạng 550 5.7.1 hoặc 554 5.7.1. Thỉnh thoảng một bộ lọc hoặc cấu hình máy chủ tùy chỉnh gửi mã 571 theo đúng nghĩa đen trên đường truyền; máy khách phải xử lý nó theo chữ số đầu tiên, như một lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>In help-desk tickets, Exchange NDRs (&quot;#550 5.7.1 ...&quot;), bounce summaries and security appliance logs. The reply behind it is a policy refusal at MAIL FROM, RCPT TO or after end of data: unauthenticated relaying, a blocklisted IP, a sender the recipient&apos;s organisation does not allow, or a spam verdict.</source>
        <comment>571|whenSeen</comment>
        <translation>Trong các ticket hỗ trợ, NDR của Exchange (&quot;#550 5.7.1 ...&quot;), bản tóm tắt thư báo trả về và nhật ký của thiết bị bảo mật. Phản hồi đằng sau nó là một lần từ chối theo chính sách ở MAIL FROM, RCPT TO hoặc sau khi kết thúc DATA: relay không xác thực, IP nằm trong danh sách chặn, người gửi không được tổ chức của người nhận cho phép, hoặc bị đánh giá là thư rác.</translation>
    </message>
    <message>
        <source>Get the full reply line and read the text after 5.7.1, because 5.7.1 only says &quot;not authorized&quot;. Relay refusal: the sending client authenticates to its own server. Blocklisted IP: the sender&apos;s admin fixes the cause and requests delisting. Restricted recipient (a group that accepts only internal or listed senders): the recipient&apos;s admin must allow the sender. Spam verdict: check authentication and content.</source>
        <comment>571|howToFix</comment>
        <translation>Lấy toàn bộ dòng phản hồi và đọc văn bản sau 5.7.1, vì 5.7.1 chỉ nói &quot;not authorized&quot; (không được phép). Từ chối relay: máy khách gửi xác thực với máy chủ của chính mình. IP nằm trong danh sách chặn: quản trị viên phía người gửi khắc phục nguyên nhân và yêu cầu gỡ khỏi danh sách. Người nhận bị hạn chế (nhóm chỉ nhận thư từ người gửi nội bộ hoặc có trong danh sách): quản trị viên phía người nhận phải cho phép người gửi. Bị đánh giá là thư rác: kiểm tra xác thực và nội dung.</translation>
    </message>
    <message>
        <source>Never retry a 571 or the 550 5.7.1 behind it unchanged: the policy that refused it still applies. Bounce, and resend only after the relay permission, the listing or the recipient&apos;s rule has been dealt with.</source>
        <comment>571|retry</comment>
        <translation>Không bao giờ thử lại 571 hoặc 550 5.7.1 đằng sau nó mà không thay đổi gì: chính sách đã từ chối vẫn còn hiệu lực. Trả thư về, và chỉ gửi lại sau khi đã giải quyết quyền relay, việc bị liệt kê trong danh sách chặn hoặc quy tắc của người nhận.</translation>
    </message>
    <message>
        <source>A client sent through a server that does not relay for it without authenticating (550 5.7.1 Unable to relay).</source>
        <comment>571|causes</comment>
        <translation>Máy khách gửi qua một máy chủ không relay cho nó mà không xác thực (550 5.7.1 Unable to relay).</translation>
    </message>
    <message>
        <source>The sending IP or domain has a poor reputation or is on a blocklist.</source>
        <comment>571|causes</comment>
        <translation>IP hoặc tên miền gửi có uy tín kém hoặc nằm trong danh sách chặn.</translation>
    </message>
    <message>
        <source>The recipient is a distribution group or mailbox that accepts mail only from internal or listed senders.</source>
        <comment>571|causes</comment>
        <translation>Người nhận là một nhóm phân phối hoặc hộp thư chỉ nhận thư từ người gửi nội bộ hoặc có trong danh sách.</translation>
    </message>
    <message>
        <source>A recipient-side transport rule or custom policy (Google Workspace gcdp rules) refused the message.</source>
        <comment>571|causes</comment>
        <translation>Một quy tắc truyền tải hoặc chính sách tùy chỉnh phía người nhận (quy tắc gcdp của Google Workspace) đã từ chối thư.</translation>
    </message>
    <message>
        <source>A filter appliance configured to answer with a literal 571.</source>
        <comment>571|causes</comment>
        <translation>Một thiết bị lọc được cấu hình để trả lời bằng mã 571 theo đúng nghĩa đen.</translation>
    </message>
    <message>
        <source>Find the exact line with 5.7.1 for the failed address; the words after the code name the policy.</source>
        <comment>571|checks.step</comment>
        <translation>Tìm chính xác dòng có 5.7.1 cho địa chỉ bị lỗi; các từ sau mã cho biết tên chính sách.</translation>
    </message>
    <message>
        <source>Check whether the sending IP is listed on Spamhaus (192.0.2.10 reversed), using your own resolver.</source>
        <comment>571|checks.step</comment>
        <translation>Kiểm tra xem IP gửi có nằm trong Spamhaus không (192.0.2.10 đảo ngược), dùng resolver của riêng bạn.</translation>
    </message>
    <message>
        <source>If the text mentions relaying, check that your client can authenticate for submission.</source>
        <comment>571|checks.step</comment>
        <translation>Nếu văn bản nhắc đến relay, hãy kiểm tra xem máy khách của bạn có xác thực được để gửi thư qua submission không.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <comment>X.0.0|title</comment>
        <translation>Trạng thái khác không xác định</translation>
    </message>
    <message>
        <source>The catch-all enhanced code: the server only says whether the result is a success (2.0.0), a temporary failure (4.0.0) or a permanent failure (5.0.0), with no subject or detail. The basic code and the reply text carry all the real information.</source>
        <comment>X.0.0|summary</comment>
        <translation>Mã mở rộng dùng chung cho mọi trường hợp: máy chủ chỉ cho biết kết quả là thành công (2.0.0), lỗi tạm thời (4.0.0) hay lỗi vĩnh viễn (5.0.0), không kèm nhóm (chữ số giữa) hay chi tiết nào. Toàn bộ thông tin thực sự nằm ở mã cơ bản và nội dung phản hồi.</translation>
    </message>
    <message>
        <source>Anywhere in the session and very often in bounces. Postfix answers 250 2.0.0 Ok: queued after the message data, 221 2.0.0 Bye to QUIT and 220 2.0.0 Ready to start TLS. Postfix and Exim also write Status: 5.0.0 or 4.0.0 into a DSN when the remote server&apos;s reply had no enhanced code of its own.</source>
        <comment>X.0.0|whenSeen</comment>
        <translation>Ở bất kỳ đâu trong phiên và rất thường gặp trong thư báo trả về. Postfix trả lời 250 2.0.0 Ok: queued (đã vào hàng đợi) sau phần dữ liệu thư, 221 2.0.0 Bye cho lệnh QUIT và 220 2.0.0 Ready to start TLS. Postfix và Exim cũng ghi Status: 5.0.0 hoặc 4.0.0 vào DSN khi phản hồi của máy chủ từ xa không có mã mở rộng riêng.</translation>
    </message>
    <message>
        <source>Ignore the enhanced code and read the basic code and the text beside it: they say what actually happened. For 2.0.0 there is nothing to fix. For 4.0.0 or 5.0.0 in a bounce, the sender (or the sender&apos;s admin) reads the Diagnostic-Code line, which quotes the remote server&apos;s original reply, and works from that.</source>
        <comment>X.0.0|howToFix</comment>
        <translation>Bỏ qua mã mở rộng, hãy đọc mã cơ bản và nội dung đi kèm: chúng cho biết điều gì đã thực sự xảy ra. Với 2.0.0 thì không có gì cần sửa. Với 4.0.0 hoặc 5.0.0 trong thư báo trả về, người gửi (hoặc quản trị viên phía người gửi) đọc dòng Diagnostic-Code, nơi trích nguyên văn phản hồi gốc của máy chủ từ xa, và xử lý dựa trên đó.</translation>
    </message>
    <message>
        <source>Decide by the class digit alone: 2.0.0 needs nothing, 4.0.0 is retried later with the usual backoff, 5.0.0 is not retried unchanged. The generic code gives no further reason to deviate from that.</source>
        <comment>X.0.0|retry</comment>
        <translation>Chỉ dựa vào chữ số lớp để quyết định: 2.0.0 không cần làm gì, 4.0.0 được thử lại sau với khoảng chờ tăng dần như thường lệ, 5.0.0 không được gửi lại nguyên trạng. Mã chung này không đưa ra lý do nào khác để làm khác đi.</translation>
    </message>
    <message>
        <source>The remote server&apos;s reply carried no enhanced code, so the reporting MTA filled in the generic X.0.0 when it wrote the DSN.</source>
        <comment>X.0.0|causes</comment>
        <translation>Phản hồi của máy chủ từ xa không có mã mở rộng, nên MTA lập báo cáo đã điền mã chung X.0.0 khi ghi DSN.</translation>
    </message>
    <message>
        <source>Server software that tags routine success replies with 2.0.0, such as the final 250 after the message data or the 221 to QUIT.</source>
        <comment>X.0.0|causes</comment>
        <translation>Phần mềm máy chủ gắn 2.0.0 vào các phản hồi thành công thông thường, chẳng hạn phản hồi 250 cuối cùng sau phần dữ liệu thư hoặc 221 cho lệnh QUIT.</translation>
    </message>
    <message>
        <source>A filter, milter or policy service rejected the message with its own free text and did not choose a specific enhanced code.</source>
        <comment>X.0.0|causes</comment>
        <translation>Một bộ lọc, milter hoặc dịch vụ chính sách đã từ chối thư bằng nội dung tự soạn và không chọn mã mở rộng cụ thể nào.</translation>
    </message>
    <message>
        <source>Open the bounce and read the Diagnostic-Code line: it quotes what the remote server really said.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Mở thư báo trả về và đọc dòng Diagnostic-Code: dòng này trích nguyên văn điều máy chủ từ xa thực sự đã trả lời.</translation>
    </message>
    <message>
        <source>Find the message in the sending server&apos;s log by recipient and read the full reply logged with it.</source>
        <comment>X.0.0|checks.step</comment>
        <translation>Tìm thư trong nhật ký của máy chủ gửi theo người nhận và đọc toàn bộ phản hồi được ghi kèm.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <comment>X.1.0|title</comment>
        <translation>Trạng thái địa chỉ khác</translation>
    </message>
    <message>
        <source>Something about an address in the transaction, the sender&apos;s or a recipient&apos;s, caused this result, but the server does not say what. As 5.1.0 it is a permanent refusal tied to that address; as 4.1.0 the address problem is expected to clear, for example a check that could not be completed yet.</source>
        <comment>X.1.0|summary</comment>
        <translation>Một địa chỉ trong giao dịch, của người gửi hoặc của một người nhận, đã gây ra kết quả này, nhưng máy chủ không nói rõ là gì. Ở dạng 5.1.0 đây là sự từ chối vĩnh viễn gắn với địa chỉ đó; ở dạng 4.1.0 vấn đề về địa chỉ được cho là sẽ tự hết, chẳng hạn một bước kiểm tra chưa thể hoàn tất.</translation>
    </message>
    <message>
        <source>In replies to MAIL FROM or RCPT TO, and in DSNs. Postfix answers 550 5.1.0 ... Sender address rejected: User unknown in local recipient table when a sender address in a domain it hosts does not exist (reject_unlisted_sender), and some Postfix versions log dsn=5.1.0 when they bounce mail for a domain with a null MX. Postfix, Gmail and Exchange also put 2.1.0 on the 250 reply to MAIL FROM, a success form the registry does not list.</source>
        <comment>X.1.0|whenSeen</comment>
        <translation>Trong phản hồi cho MAIL FROM hoặc RCPT TO, và trong DSN. Postfix trả lời 550 5.1.0 ... Sender address rejected: User unknown in local recipient table (không có trong bảng người nhận cục bộ) khi một địa chỉ người gửi thuộc tên miền do nó quản lý không tồn tại (reject_unlisted_sender), và một số phiên bản Postfix ghi vào nhật ký dsn=5.1.0 khi trả về thư gửi tới tên miền có null MX. Postfix, Gmail và Exchange cũng gắn 2.1.0 vào phản hồi 250 cho MAIL FROM, một dạng thành công không có trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Read the text after the code to learn which address was refused. If it names the sender address, the sender&apos;s admin makes sure the envelope sender is a real, existing mailbox in a domain that resolves; if it names a recipient, the sender checks that address for typos. For 4.1.0 the sending server simply retries.</source>
        <comment>X.1.0|howToFix</comment>
        <translation>Đọc nội dung sau mã để biết địa chỉ nào bị từ chối. Nếu đó là địa chỉ người gửi, quản trị viên phía người gửi bảo đảm người gửi trên phong bì (envelope sender) là một hộp thư có thật, đang tồn tại, thuộc tên miền phân giải được; nếu đó là địa chỉ người nhận, người gửi kiểm tra xem địa chỉ có gõ sai không. Với 4.1.0, máy chủ gửi chỉ cần thử lại.</translation>
    </message>
    <message>
        <source>5.1.0: do not resend to or from the same address unchanged. 4.1.0: retry later with normal backoff, since the server expects the address check to succeed eventually.</source>
        <comment>X.1.0|retry</comment>
        <translation>5.1.0: không gửi lại tới hoặc từ cùng địa chỉ đó khi chưa thay đổi gì. 4.1.0: thử lại sau với khoảng chờ tăng dần thông thường, vì máy chủ dự kiến việc kiểm tra địa chỉ cuối cùng sẽ thành công.</translation>
    </message>
    <message>
        <source>The envelope sender looks local to the receiving server but does not exist there, so Postfix with reject_unlisted_sender refuses it.</source>
        <comment>X.1.0|causes</comment>
        <translation>Người gửi trên phong bì có vẻ là địa chỉ cục bộ của máy chủ nhận nhưng lại không tồn tại ở đó, nên Postfix với reject_unlisted_sender từ chối.</translation>
    </message>
    <message>
        <source>The recipient domain publishes a null MX and the sending MTA reports it with the generic address code instead of 5.1.10.</source>
        <comment>X.1.0|causes</comment>
        <translation>Tên miền người nhận công bố null MX và MTA gửi báo lỗi bằng mã địa chỉ chung thay vì 5.1.10.</translation>
    </message>
    <message>
        <source>A policy or address-rewriting rule refused an address without choosing a more specific code.</source>
        <comment>X.1.0|causes</comment>
        <translation>Một quy tắc chính sách hoặc quy tắc viết lại địa chỉ đã từ chối một địa chỉ mà không chọn mã cụ thể hơn.</translation>
    </message>
    <message>
        <source>Read the reply text: it says whether the sender or the recipient address was refused.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Đọc nội dung phản hồi: nội dung này cho biết địa chỉ người gửi hay địa chỉ người nhận bị từ chối.</translation>
    </message>
    <message>
        <source>If the sender address is in a domain the rejecting Postfix server hosts, check that it exists in the virtual alias map.</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Nếu địa chỉ người gửi thuộc tên miền do máy chủ Postfix đang từ chối quản lý, hãy kiểm tra xem địa chỉ đó có trong bảng virtual alias không.</translation>
    </message>
    <message>
        <source>Check whether the recipient domain publishes a null MX (a single answer &apos;0 .&apos;).</source>
        <comment>X.1.0|checks.step</comment>
        <translation>Kiểm tra xem tên miền người nhận có công bố null MX không (một câu trả lời duy nhất &apos;0 .&apos;).</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <comment>X.1.1|title</comment>
        <translation>Địa chỉ hộp thư đích không hợp lệ</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part of the address left of the @ is unknown at the destination, while the domain itself is fine. It is meant as a permanent failure (5.1.1), the classic hard bounce for a mistyped or deleted address; 4.1.1 appears when a server cannot confirm the recipient yet and asks for a later retry.</source>
        <comment>X.1.1|summary</comment>
        <translation>Hộp thư không tồn tại: phần địa chỉ bên trái dấu @ không được biết đến ở nơi nhận, trong khi bản thân tên miền vẫn ổn. Mã này được dùng như lỗi vĩnh viễn (5.1.1), kiểu trả về vĩnh viễn (hard bounce) kinh điển cho địa chỉ gõ sai hoặc đã bị xóa; 4.1.1 xuất hiện khi máy chủ chưa thể xác nhận người nhận và yêu cầu thử lại sau.</translation>
    </message>
    <message>
        <source>Almost always in reply to RCPT TO, before any message data is sent, and then in the bounce written by the sending server. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, or in virtual mailbox table) and Sendmail (User unknown) all use it. Postfix sends 450 4.1.1 ... unverified address while its recipient address verification is still in progress.</source>
        <comment>X.1.1|whenSeen</comment>
        <translation>Hầu như luôn là phản hồi cho RCPT TO, trước khi gửi bất kỳ dữ liệu thư nào, rồi sau đó xuất hiện trong thư báo trả về do máy chủ gửi lập. Gmail, Microsoft 365, Postfix (User unknown in local recipient table, hoặc in virtual mailbox table, tức không có trong bảng hộp thư ảo) và Sendmail (User unknown) đều dùng mã này. Postfix gửi 450 4.1.1 ... unverified address trong lúc việc xác minh địa chỉ người nhận của nó vẫn đang diễn ra.</translation>
    </message>
    <message>
        <source>The sender checks the address for typos, especially before the @, and confirms the right address with the recipient by another channel. List operators remove the address after a 5.1.1. If the mailbox should exist, the recipient&apos;s admin checks that it is present in the directory or lookup table the receiving server uses, and that gateways and backup MX hosts have a current recipient list.</source>
        <comment>X.1.1|howToFix</comment>
        <translation>Người gửi kiểm tra địa chỉ xem có gõ sai không, nhất là phần trước dấu @, và xác nhận lại địa chỉ đúng với người nhận qua một kênh khác. Người vận hành danh sách thư xóa địa chỉ sau khi nhận 5.1.1. Nếu hộp thư lẽ ra phải tồn tại, quản trị viên phía người nhận kiểm tra xem nó có trong dịch vụ thư mục hoặc bảng tra cứu mà máy chủ nhận sử dụng không, và các gateway cũng như máy chủ MX dự phòng có danh sách người nhận cập nhật không.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.1: the address will not appear by itself, and repeated attempts at dead addresses hurt the sender&apos;s reputation. A 4.1.1 is retried with normal backoff; if it turns into 5.1.1, stop.</source>
        <comment>X.1.1|retry</comment>
        <translation>Không thử lại mã 5.1.1: địa chỉ sẽ không tự xuất hiện, và việc gửi lặp lại tới địa chỉ không còn tồn tại làm giảm uy tín của người gửi. Mã 4.1.1 được thử lại với khoảng chờ tăng dần thông thường; nếu nó chuyển thành 5.1.1 thì dừng lại.</translation>
    </message>
    <message>
        <source>A typing error in the local part: a missing letter, swapped first and last name, or the wrong separator.</source>
        <comment>X.1.1|causes</comment>
        <translation>Gõ sai phần cục bộ (local part): thiếu một chữ cái, đảo họ và tên, hoặc sai ký tự phân cách.</translation>
    </message>
    <message>
        <source>The mailbox was deleted or renamed, for example after an employee left, and no alias was kept.</source>
        <comment>X.1.1|causes</comment>
        <translation>Hộp thư đã bị xóa hoặc đổi tên, chẳng hạn sau khi nhân viên nghỉ việc, và không giữ lại bí danh nào.</translation>
    </message>
    <message>
        <source>A stale entry in an address list or in the mail client&apos;s autocomplete cache.</source>
        <comment>X.1.1|causes</comment>
        <translation>Một mục cũ còn sót trong danh sách địa chỉ hoặc trong bộ nhớ đệm tự động điền của ứng dụng thư.</translation>
    </message>
    <message>
        <source>A gateway or backup MX checks recipients against an outdated list and rejects a mailbox that exists on the final server.</source>
        <comment>X.1.1|causes</comment>
        <translation>Một gateway hoặc MX dự phòng kiểm tra người nhận theo một danh sách đã lỗi thời và từ chối một hộp thư có tồn tại trên máy chủ đích cuối cùng.</translation>
    </message>
    <message>
        <source>The mailbox was created but the receiving server&apos;s lookup table (virtual map, LDAP query) was not rebuilt or does not see it.</source>
        <comment>X.1.1|causes</comment>
        <translation>Hộp thư đã được tạo nhưng bảng tra cứu của máy chủ nhận (virtual map, truy vấn LDAP) chưa được dựng lại hoặc không thấy nó.</translation>
    </message>
    <message>
        <source>Find the recipient domain&apos;s MX hosts.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Tìm các máy chủ MX của tên miền người nhận.</translation>
    </message>
    <message>
        <source>Test the address against that MX without sending a message: watch the reply to RCPT TO.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Kiểm tra địa chỉ với máy chủ MX đó mà không gửi thư: theo dõi phản hồi cho RCPT TO.</translation>
    </message>
    <message>
        <source>On a Postfix server you run, check whether the recipient is in the virtual mailbox map.</source>
        <comment>X.1.1|checks.step</comment>
        <translation>Trên máy chủ Postfix do bạn vận hành, kiểm tra xem người nhận có trong bảng hộp thư ảo (virtual mailbox map) không.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer at RCPT TO when a gmail.com or Google Workspace address has no account; it matches the registry meaning.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Phản hồi của Gmail tại bước RCPT TO khi một địa chỉ gmail.com hoặc Google Workspace không có tài khoản; khớp với nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Exchange could not resolve the recipient in its directory. Between users of the same organisation this is often an old autocomplete (X.500 / legacyExchangeDN) entry for a mailbox that was recreated or moved: delete the suggestion, retype the address and send again.</source>
        <comment>X.1.1|providers.meaning</comment>
        <translation>Exchange không phân giải được người nhận trong dịch vụ thư mục của nó. Giữa những người dùng trong cùng tổ chức, đây thường là một mục tự động điền cũ (X.500 / legacyExchangeDN) trỏ tới hộp thư đã được tạo lại hoặc di chuyển: hãy xóa gợi ý đó, gõ lại địa chỉ và gửi lại.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <comment>X.1.2|title</comment>
        <translation>Địa chỉ hệ thống đích không hợp lệ</translation>
    </message>
    <message>
        <source>The domain part of the recipient address (right of the @) cannot take mail: it does not exist in DNS or has no usable mail host. It is defined as a permanent failure, so the message cannot be delivered until the domain is corrected.</source>
        <comment>X.1.2|summary</comment>
        <translation>Phần tên miền của địa chỉ người nhận (bên phải dấu @) không thể nhận thư: tên miền không tồn tại trong DNS hoặc không có máy chủ thư nào dùng được. Mã được định nghĩa là lỗi vĩnh viễn, nên thư không thể được chuyển phát cho đến khi tên miền được sửa.</translation>
    </message>
    <message>
        <source>Either in reply to RCPT TO from a server that checks recipient domains, or in a bounce written by the sending server after its own DNS lookup failed. Postfix with reject_unknown_recipient_domain answers 450 4.1.2 ... Recipient address rejected: Domain not found (temporary by default, because DNS trouble can pass), and Sendmail bounces with 550 5.1.2 ... Host unknown.</source>
        <comment>X.1.2|whenSeen</comment>
        <translation>Hoặc trong phản hồi cho RCPT TO từ máy chủ có kiểm tra tên miền người nhận, hoặc trong thư báo trả về do máy chủ gửi lập sau khi chính nó tra cứu DNS thất bại. Postfix với reject_unknown_recipient_domain trả lời 450 4.1.2 ... Recipient address rejected: Domain not found (mặc định là tạm thời, vì sự cố DNS có thể qua đi), còn Sendmail trả thư về với 550 5.1.2 ... Host unknown.</translation>
    </message>
    <message>
        <source>The sender checks the spelling of the domain (common slips: a letter missing from a well-known provider name, a trailing dot, a missing country suffix). If the domain is right, the recipient&apos;s admin checks that it is registered and delegated, and that it publishes MX records, or at least an address record, leading to a working mail server.</source>
        <comment>X.1.2|howToFix</comment>
        <translation>Người gửi kiểm tra chính tả của tên miền (các lỗi hay gặp: thiếu một chữ cái trong tên một nhà cung cấp nổi tiếng, dấu chấm thừa ở cuối, thiếu hậu tố quốc gia). Nếu tên miền đúng, quản trị viên phía người nhận kiểm tra xem tên miền đã được đăng ký và ủy quyền chưa, và có công bố bản ghi MX, hoặc ít nhất một bản ghi địa chỉ, trỏ tới một máy chủ thư đang hoạt động không.</translation>
    </message>
    <message>
        <source>Do not retry a 5.1.2 unchanged; correct the address. If the cause was a DNS outage and the server used a 4xx basic code, retry with normal backoff.</source>
        <comment>X.1.2|retry</comment>
        <translation>Không thử lại mã 5.1.2 khi chưa thay đổi gì; hãy sửa địa chỉ. Nếu nguyên nhân là sự cố DNS và máy chủ dùng mã cơ bản 4xx, hãy thử lại với khoảng chờ tăng dần thông thường.</translation>
    </message>
    <message>
        <source>A misspelled domain, for example a doubled or missing letter in a large provider&apos;s name.</source>
        <comment>X.1.2|causes</comment>
        <translation>Tên miền bị viết sai chính tả, chẳng hạn thừa hoặc thiếu một chữ cái trong tên của một nhà cung cấp lớn.</translation>
    </message>
    <message>
        <source>The domain registration expired or its name servers no longer answer for it.</source>
        <comment>X.1.2|causes</comment>
        <translation>Đăng ký tên miền đã hết hạn hoặc các máy chủ tên miền của nó không còn trả lời cho tên miền đó.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record, so there is no host to deliver to.</source>
        <comment>X.1.2|causes</comment>
        <translation>Tên miền tồn tại nhưng không có bản ghi MX lẫn bản ghi A hoặc AAAA, nên không có máy chủ nào để chuyển phát tới.</translation>
    </message>
    <message>
        <source>The MX record names a host that does not resolve itself.</source>
        <comment>X.1.2|causes</comment>
        <translation>Bản ghi MX trỏ tới một tên máy chủ mà bản thân nó không phân giải được.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s mail hosts.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Tra cứu các máy chủ thư của tên miền.</translation>
    </message>
    <message>
        <source>If there is no MX, look for the address record used as fallback.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Nếu không có MX, tìm bản ghi địa chỉ được dùng làm phương án dự phòng.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain exists and its name servers answer.</source>
        <comment>X.1.2|checks.step</comment>
        <translation>Lần theo chuỗi ủy quyền từ gốc để xem tên miền có tồn tại không và các máy chủ tên miền của nó có trả lời không.</translation>
    </message>
    <message>
        <source>Gmail could not find the domain in the recipient address, usually a typo or stray punctuation after the address; same idea as the registry meaning.</source>
        <comment>X.1.2|providers.meaning</comment>
        <translation>Gmail không tìm thấy tên miền trong địa chỉ người nhận, thường do gõ sai hoặc có dấu câu thừa sau địa chỉ; cùng ý với nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <comment>X.1.3|title</comment>
        <translation>Cú pháp địa chỉ hộp thư đích không hợp lệ</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address at all: it breaks the address syntax, for example with spaces, a missing @, two dots in a row or unbalanced angle brackets. The registry treats it as permanent, since the same string is refused every time.</source>
        <comment>X.1.3|summary</comment>
        <translation>Địa chỉ người nhận hoàn toàn không phải là một địa chỉ hợp lệ: nó vi phạm cú pháp địa chỉ, chẳng hạn có dấu cách, thiếu @, hai dấu chấm liền nhau hoặc dấu ngoặc nhọn không cân. Sổ đăng ký mã coi đây là lỗi vĩnh viễn, vì cùng một chuỗi sẽ bị từ chối mọi lần.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO, usually with 501 or 553. Postfix answers 501 5.1.3 Bad recipient address syntax, Gmail answers 553-5.1.3 ... is not a valid RFC 5321 address, and on-premises Exchange reports 5.1.3 STOREDRV.Submit; invalid recipient address. Scripts and web forms that build the RCPT TO line themselves are the usual source.</source>
        <comment>X.1.3|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO, thường đi với 501 hoặc 553. Postfix trả lời 501 5.1.3 Bad recipient address syntax (cú pháp địa chỉ người nhận sai), Gmail trả lời 553-5.1.3 ... is not a valid RFC 5321 address, và Exchange tại chỗ (on-premises) báo 5.1.3 STOREDRV.Submit; invalid recipient address. Nguồn gây lỗi thường gặp là các script và biểu mẫu web tự dựng dòng RCPT TO.</translation>
    </message>
    <message>
        <source>The sender, or the client software that builds the envelope, corrects the address: no spaces or stray punctuation, exactly one @, a full domain, and the bare address in angle brackets in RCPT TO. Applications should validate addresses before queuing mail.</source>
        <comment>X.1.3|howToFix</comment>
        <translation>Người gửi, hoặc phần mềm máy khách dựng phong bì thư, sửa lại địa chỉ: không có dấu cách hay dấu câu thừa, đúng một dấu @, tên miền đầy đủ, và chỉ địa chỉ trần đặt trong dấu ngoặc nhọn ở RCPT TO. Ứng dụng nên kiểm tra tính hợp lệ của địa chỉ trước khi đưa thư vào hàng đợi.</translation>
    </message>
    <message>
        <source>Do not retry: a malformed address is refused the same way on every attempt. Fix the address and submit a new message.</source>
        <comment>X.1.3|retry</comment>
        <translation>Không thử lại: một địa chỉ sai định dạng sẽ bị từ chối y như vậy ở mọi lần thử. Hãy sửa địa chỉ và gửi một thư mới.</translation>
    </message>
    <message>
        <source>Spaces, commas or semicolons inside the address, often from pasting several addresses into one field.</source>
        <comment>X.1.3|causes</comment>
        <translation>Có dấu cách, dấu phẩy hoặc dấu chấm phẩy bên trong địa chỉ, thường do dán nhiều địa chỉ vào cùng một trường.</translation>
    </message>
    <message>
        <source>Two consecutive dots, or a dot at the start or end of the local part.</source>
        <comment>X.1.3|causes</comment>
        <translation>Hai dấu chấm liên tiếp, hoặc dấu chấm ở đầu hay cuối phần cục bộ.</translation>
    </message>
    <message>
        <source>A display name or quotes passed into RCPT TO instead of the bare address.</source>
        <comment>X.1.3|causes</comment>
        <translation>Tên hiển thị hoặc dấu ngoặc kép bị đưa vào RCPT TO thay vì chỉ địa chỉ trần.</translation>
    </message>
    <message>
        <source>Non-ASCII characters sent to a server that did not offer SMTPUTF8.</source>
        <comment>X.1.3|causes</comment>
        <translation>Ký tự ngoài ASCII được gửi tới một máy chủ không cung cấp SMTPUTF8.</translation>
    </message>
    <message>
        <source>Copy the exact address from the bounce and look for hidden spaces, quotes, doubled dots or a missing domain.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Sao chép chính xác địa chỉ từ thư báo trả về và tìm các dấu cách ẩn, dấu ngoặc kép, dấu chấm đôi hoặc tên miền bị thiếu.</translation>
    </message>
    <message>
        <source>Repeat the envelope with the corrected address and watch the RCPT TO reply.</source>
        <comment>X.1.3|checks.step</comment>
        <translation>Lặp lại phong bì thư với địa chỉ đã sửa và theo dõi phản hồi cho RCPT TO.</translation>
    </message>
    <message>
        <source>Gmail refuses a recipient address that does not follow RFC 5321 syntax; same as the registry meaning.</source>
        <comment>X.1.3|providers.meaning</comment>
        <translation>Gmail từ chối địa chỉ người nhận không tuân theo cú pháp RFC 5321; giống với nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <comment>X.1.4|title</comment>
        <translation>Địa chỉ hộp thư đích không rõ ràng</translation>
    </message>
    <message>
        <source>The address matched more than one mailbox on the destination system, so the server cannot tell which one was meant. It comes from systems that map addresses loosely (by name or partial match) and can be permanent (5.1.4) or persistent-transient (4.1.4).</source>
        <comment>X.1.4|summary</comment>
        <translation>Địa chỉ khớp với nhiều hơn một hộp thư trên hệ thống đích, nên máy chủ không biết người gửi muốn gửi cho hộp thư nào. Mã này đến từ các hệ thống ánh xạ địa chỉ một cách lỏng lẻo (theo tên hoặc khớp một phần) và có thể là vĩnh viễn (5.1.4) hoặc tạm thời kéo dài (4.1.4).</translation>
    </message>
    <message>
        <source>Rare on today&apos;s Internet. It comes from directory-driven systems that resolve recipients by name, such as older Exchange versions and some groupware gateways, in reply to RCPT TO or in a DSN. RFC 5321&apos;s VRFY command has the same idea: a server may answer that a name is ambiguous and list the candidates.</source>
        <comment>X.1.4|whenSeen</comment>
        <translation>Hiếm gặp trên Internet ngày nay. Mã này đến từ các hệ thống dựa trên dịch vụ thư mục, phân giải người nhận theo tên, như các phiên bản Exchange cũ và một số gateway của phần mềm cộng tác (groupware), trong phản hồi cho RCPT TO hoặc trong DSN. Lệnh VRFY của RFC 5321 cũng có ý tương tự: máy chủ có thể trả lời rằng một tên không rõ ràng và liệt kê các ứng viên.</translation>
    </message>
    <message>
        <source>The sender uses the full, exact address instead of a short form or a name. The recipient&apos;s admin removes the duplicate: two users or contacts carrying the same alias, proxy address or name in the directory, and checks for loose matching rules such as first-name matching.</source>
        <comment>X.1.4|howToFix</comment>
        <translation>Người gửi dùng địa chỉ đầy đủ, chính xác thay vì dạng viết tắt hay tên. Quản trị viên phía người nhận loại bỏ mục trùng lặp: hai người dùng hoặc liên hệ mang cùng một bí danh, proxy address hoặc tên trong dịch vụ thư mục, đồng thời kiểm tra các quy tắc khớp lỏng lẻo như khớp theo tên riêng.</translation>
    </message>
    <message>
        <source>5.1.4: do not retry the same address; resend with an unambiguous one. 4.1.4: retry later with backoff, since the recipient&apos;s admin may be fixing the duplicate.</source>
        <comment>X.1.4|retry</comment>
        <translation>5.1.4: không thử lại cùng địa chỉ đó; gửi lại bằng một địa chỉ không gây nhầm lẫn. 4.1.4: thử lại sau với khoảng chờ tăng dần, vì quản trị viên phía người nhận có thể đang xử lý mục trùng lặp.</translation>
    </message>
    <message>
        <source>Two directory objects carry the same alias or proxy address, for example after a migration imported a user twice.</source>
        <comment>X.1.4|causes</comment>
        <translation>Hai đối tượng trong dịch vụ thư mục mang cùng một bí danh hoặc proxy address, chẳng hạn sau một đợt chuyển đổi đã nhập một người dùng hai lần.</translation>
    </message>
    <message>
        <source>The receiving system matches recipients by name and several people share that name.</source>
        <comment>X.1.4|causes</comment>
        <translation>Hệ thống nhận khớp người nhận theo tên và có nhiều người trùng tên đó.</translation>
    </message>
    <message>
        <source>A short local part such as a first name was used where the system expected the full address.</source>
        <comment>X.1.4|causes</comment>
        <translation>Dùng một phần cục bộ ngắn, chẳng hạn tên riêng, trong khi hệ thống cần địa chỉ đầy đủ.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin searches the directory for every object that carries the address.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Quản trị viên phía người nhận tìm trong dịch vụ thư mục mọi đối tượng mang địa chỉ đó.</translation>
    </message>
    <message>
        <source>Resend using the complete address exactly as the recipient gives it.</source>
        <comment>X.1.4|checks.step</comment>
        <translation>Gửi lại bằng địa chỉ đầy đủ, đúng y như người nhận cung cấp.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <comment>X.1.5|title</comment>
        <translation>Địa chỉ đích hợp lệ</translation>
    </message>
    <message>
        <source>A success code: the destination address is valid and was accepted. RFC 3463 meant it for positive delivery reports, and in practice almost every server puts 2.1.5 on the 250 reply to RCPT TO.</source>
        <comment>X.1.5|summary</comment>
        <translation>Một mã thành công: địa chỉ đích hợp lệ và đã được chấp nhận. RFC 3463 định ra mã này cho các báo cáo chuyển phát thành công, và trên thực tế hầu như mọi máy chủ đều gắn 2.1.5 vào phản hồi 250 cho RCPT TO.</translation>
    </message>
    <message>
        <source>In the reply to each RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok) and in success DSNs when the sender asked for NOTIFY=SUCCESS. At RCPT TO it only means the address was accepted for this transaction, not that the message reached the inbox.</source>
        <comment>X.1.5|whenSeen</comment>
        <translation>Trong phản hồi cho từng lệnh RCPT TO (Postfix 250 2.1.5 Ok, Exchange 250 2.1.5 Recipient OK, Sendmail 250 2.1.5 ... Recipient ok, tức người nhận hợp lệ) và trong DSN báo thành công khi người gửi yêu cầu NOTIFY=SUCCESS. Tại bước RCPT TO, mã này chỉ có nghĩa là địa chỉ được chấp nhận cho giao dịch này, không có nghĩa là thư đã tới hộp thư đến.</translation>
    </message>
    <message>
        <source>Nothing to fix. Look further only if a message accepted with 2.1.5 later bounces or never arrives: then the problem lies after acceptance (content filtering, a later delivery step, or a backup MX that accepts every address), and the recipient&apos;s admin traces the message in their logs.</source>
        <comment>X.1.5|howToFix</comment>
        <translation>Không có gì cần sửa. Chỉ tìm hiểu thêm nếu một thư đã được chấp nhận với 2.1.5 sau đó bị trả về hoặc không bao giờ tới nơi: khi đó vấn đề nằm ở sau bước chấp nhận (lọc nội dung, một bước chuyển phát phía sau, hoặc một MX dự phòng chấp nhận mọi địa chỉ), và quản trị viên phía người nhận lần theo thư trong nhật ký của họ.</translation>
    </message>
    <message>
        <source>Nothing to retry: the recipient was accepted. The client continues the dialogue with more RCPT TO commands or with DATA.</source>
        <comment>X.1.5|retry</comment>
        <translation>Không có gì cần thử lại: người nhận đã được chấp nhận. Máy khách tiếp tục hội thoại bằng các lệnh RCPT TO khác hoặc bằng DATA.</translation>
    </message>
    <message>
        <source>The recipient address exists and the server accepted it for this transaction.</source>
        <comment>X.1.5|causes</comment>
        <translation>Địa chỉ người nhận tồn tại và máy chủ đã chấp nhận nó cho giao dịch này.</translation>
    </message>
    <message>
        <source>A server that does not verify recipients at RCPT TO (some backup MX hosts, catch-all domains) accepts any address and may bounce it later.</source>
        <comment>X.1.5|causes</comment>
        <translation>Một máy chủ không xác minh người nhận tại bước RCPT TO (một số máy chủ MX dự phòng, tên miền catch-all) chấp nhận mọi địa chỉ và có thể trả thư về sau đó.</translation>
    </message>
    <message>
        <source>A success DSN was requested with NOTIFY=SUCCESS and the final server reported delivery.</source>
        <comment>X.1.5|causes</comment>
        <translation>DSN báo thành công đã được yêu cầu bằng NOTIFY=SUCCESS và máy chủ cuối cùng đã báo chuyển phát xong.</translation>
    </message>
    <message>
        <source>Run the envelope up to RCPT TO and confirm the 250 2.1.5 reply.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Chạy phong bì thư tới bước RCPT TO và xác nhận phản hồi 250 2.1.5.</translation>
    </message>
    <message>
        <source>If accepted mail never arrived, find the queue ID the receiving server gave in its 250 reply after the data (Postfix logs it as queued as ...) and send it to the recipient&apos;s admin, who searches their own log for it.</source>
        <comment>X.1.5|checks.step</comment>
        <translation>Nếu thư đã được chấp nhận mà không bao giờ tới nơi, hãy tìm mã hàng đợi (queue ID) mà máy chủ nhận đưa ra trong phản hồi 250 sau phần dữ liệu thư (Postfix ghi vào nhật ký dạng queued as ...) và gửi cho quản trị viên phía người nhận để họ tìm trong nhật ký của chính họ.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <comment>X.1.6|title</comment>
        <translation>Hộp thư đích đã chuyển đi, không có địa chỉ chuyển tiếp</translation>
    </message>
    <message>
        <source>The address used to be valid, but the mailbox is gone and the server offers no forwarding address. It is a permanent failure; unlike 5.1.1 it tells the sender that the address really existed once.</source>
        <comment>X.1.6|summary</comment>
        <translation>Địa chỉ từng hợp lệ, nhưng hộp thư không còn nữa và máy chủ không cung cấp địa chỉ chuyển tiếp nào. Đây là lỗi vĩnh viễn; khác với 5.1.1, mã này cho người gửi biết địa chỉ đó đã thực sự từng tồn tại.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO or in a bounce, from servers that keep a list of departed users. Postfix&apos;s relocated table rejects with 5.1.6 and text such as User has moved to followed by the new address, so in practice it often does give a forwarding address. On-premises Exchange uses 5.1.6 for something else: a Receive connector refusing single-label recipient domains (an address such as user@example with no suffix).</source>
        <comment>X.1.6|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO hoặc trong thư báo trả về, từ các máy chủ lưu danh sách người dùng đã rời đi. Bảng relocated của Postfix từ chối với 5.1.6 và nội dung kiểu User has moved to theo sau là địa chỉ mới, nên trên thực tế nó thường vẫn cung cấp địa chỉ chuyển tiếp. Exchange tại chỗ dùng 5.1.6 cho việc khác: một Receive connector từ chối các tên miền người nhận chỉ có một nhãn (một địa chỉ như user@example không có hậu tố).</translation>
    </message>
    <message>
        <source>The sender stops using the address and asks the person or their organisation for the new one; if the reply text names a new address, use it. List owners remove the address. The recipient&apos;s former admin can add a forwarding alias or an automatic reply if the organisation wants people to find the person.</source>
        <comment>X.1.6|howToFix</comment>
        <translation>Người gửi ngừng dùng địa chỉ này và hỏi người đó hoặc tổ chức của họ địa chỉ mới; nếu nội dung phản hồi có nêu địa chỉ mới thì dùng địa chỉ đó. Chủ sở hữu danh sách thư xóa địa chỉ. Quản trị viên cũ phía người nhận có thể thêm một bí danh chuyển tiếp hoặc một thư trả lời tự động nếu tổ chức muốn mọi người liên lạc được với người đó.</translation>
    </message>
    <message>
        <source>Do not retry: the mailbox will not come back. Remove the address, or send again to the new address if the reply gave one.</source>
        <comment>X.1.6|retry</comment>
        <translation>Không thử lại: hộp thư sẽ không quay lại. Hãy xóa địa chỉ, hoặc gửi lại tới địa chỉ mới nếu phản hồi có cung cấp.</translation>
    </message>
    <message>
        <source>The person left the organisation and the admin put the address into a relocated or departed-users table.</source>
        <comment>X.1.6|causes</comment>
        <translation>Người đó đã rời tổ chức và quản trị viên đã đưa địa chỉ vào bảng relocated hoặc bảng người dùng đã rời đi.</translation>
    </message>
    <message>
        <source>A company changed its domain or naming scheme and retired the old addresses on purpose.</source>
        <comment>X.1.6|causes</comment>
        <translation>Một công ty đã đổi tên miền hoặc quy tắc đặt tên và chủ động ngừng sử dụng các địa chỉ cũ.</translation>
    </message>
    <message>
        <source>On Exchange, the recipient domain has a single label and the Receive connector is set to refuse such domains.</source>
        <comment>X.1.6|causes</comment>
        <translation>Trên Exchange, tên miền người nhận chỉ có một nhãn và Receive connector được cấu hình để từ chối các tên miền như vậy.</translation>
    </message>
    <message>
        <source>Read the whole reply text: some servers put the new address after &apos;moved to&apos;.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Đọc toàn bộ nội dung phản hồi: một số máy chủ ghi địa chỉ mới sau &apos;moved to&apos;.</translation>
    </message>
    <message>
        <source>On a Postfix server, see whether the address is in the relocated table.</source>
        <comment>X.1.6|checks.step</comment>
        <translation>Trên máy chủ Postfix, xem địa chỉ có nằm trong bảng relocated không.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <comment>X.1.7|title</comment>
        <translation>Cú pháp địa chỉ hộp thư người gửi không hợp lệ</translation>
    </message>
    <message>
        <source>The sender&apos;s address, normally the envelope MAIL FROM, is syntactically invalid. It is a permanent refusal as 5.1.7; servers also send 4.1.7 when they refuse a sender only for now, for instance while they are still verifying it.</source>
        <comment>X.1.7|summary</comment>
        <translation>Địa chỉ của người gửi, thường là MAIL FROM trên phong bì, sai cú pháp. Ở dạng 5.1.7 đây là sự từ chối vĩnh viễn; máy chủ cũng gửi 4.1.7 khi chỉ tạm thời từ chối một người gửi, chẳng hạn trong lúc vẫn đang xác minh người gửi đó.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that apply sender restrictions there. Postfix says 501 5.1.7 Bad sender address syntax and Gmail 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix with reject_unverified_sender reuses the code as 450 4.1.7 ... Sender address rejected: unverified address, which is about verification, not syntax. Scripts, printers and scanners are frequent sources.</source>
        <comment>X.1.7|whenSeen</comment>
        <translation>Trong phản hồi cho MAIL FROM, hoặc cho RCPT TO trên những máy chủ áp dụng các hạn chế người gửi ở bước đó. Postfix báo 501 5.1.7 Bad sender address syntax và Gmail báo 553-5.1.7 The sender address ... is not a valid RFC 5321 address. Postfix với reject_unverified_sender dùng lại mã này dưới dạng 450 4.1.7 ... Sender address rejected: unverified address, vốn nói về việc xác minh chứ không phải cú pháp. Script, máy in và máy quét là những nguồn thường gặp.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin, or the sending application, fixes the envelope sender: a full address with one @ and a fully qualified domain, in angle brackets, without a display name. Devices and scripts often send a bare user name or a host-only domain; configure a real address. In the Postfix 4.1.7 case, make sure the sender address can receive mail, because the receiver probes it.</source>
        <comment>X.1.7|howToFix</comment>
        <translation>Quản trị viên phía người gửi, hoặc ứng dụng gửi thư, sửa người gửi trên phong bì: một địa chỉ đầy đủ có một dấu @ và tên miền đầy đủ (FQDN), đặt trong dấu ngoặc nhọn, không có tên hiển thị. Thiết bị và script thường gửi một tên người dùng trần hoặc một tên miền chỉ gồm tên máy; hãy cấu hình một địa chỉ thật. Trong trường hợp 4.1.7 của Postfix, hãy bảo đảm địa chỉ người gửi có thể nhận thư, vì bên nhận sẽ thăm dò nó.</translation>
    </message>
    <message>
        <source>5.1.7: do not retry with the same sender address; fix it first. 4.1.7: retry later with normal backoff; it usually passes once the receiver has finished verifying the sender.</source>
        <comment>X.1.7|retry</comment>
        <translation>5.1.7: không thử lại với cùng địa chỉ người gửi; hãy sửa nó trước. 4.1.7: thử lại sau với khoảng chờ tăng dần thông thường; thường sẽ qua được khi bên nhận đã xác minh xong người gửi.</translation>
    </message>
    <message>
        <source>An application or device sends a bare user name, or a host name without a domain, as the envelope sender.</source>
        <comment>X.1.7|causes</comment>
        <translation>Một ứng dụng hoặc thiết bị gửi tên người dùng trần, hoặc tên máy không kèm tên miền, làm người gửi trên phong bì.</translation>
    </message>
    <message>
        <source>A display name, quotes or spaces end up inside MAIL FROM.</source>
        <comment>X.1.7|causes</comment>
        <translation>Tên hiển thị, dấu ngoặc kép hoặc dấu cách lọt vào bên trong MAIL FROM.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no suffix, such as user@localhost or an internal short host name.</source>
        <comment>X.1.7|causes</comment>
        <translation>Tên miền của người gửi không có hậu tố, như user@localhost hoặc một tên máy nội bộ dạng ngắn.</translation>
    </message>
    <message>
        <source>The receiving server is probing the sender address and has no answer yet (Postfix 4.1.7).</source>
        <comment>X.1.7|causes</comment>
        <translation>Máy chủ nhận đang thăm dò địa chỉ người gửi và chưa có kết quả (Postfix 4.1.7).</translation>
    </message>
    <message>
        <source>Find the envelope sender the server saw; Postfix logs it as from=&lt;...&gt;.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Tìm người gửi trên phong bì mà máy chủ đã thấy; Postfix ghi nhật ký dạng from=&lt;...&gt;.</translation>
    </message>
    <message>
        <source>Repeat the transaction with a clean sender address and compare the reply to MAIL FROM.</source>
        <comment>X.1.7|checks.step</comment>
        <translation>Lặp lại giao dịch với một địa chỉ người gửi sạch và so sánh phản hồi cho MAIL FROM.</translation>
    </message>
    <message>
        <source>Gmail refuses an envelope sender that does not follow RFC 5321 address syntax; same as the registry meaning.</source>
        <comment>X.1.7|providers.meaning</comment>
        <translation>Gmail từ chối người gửi trên phong bì không tuân theo cú pháp địa chỉ của RFC 5321; giống với nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <comment>X.1.8|title</comment>
        <translation>Địa chỉ hệ thống của người gửi không hợp lệ</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive mail, so bounces could not be returned to it. Servers refuse such senders permanently (5.1.8) when the domain is clearly gone and temporarily (4.1.8) when the DNS lookup merely failed.</source>
        <comment>X.1.8|summary</comment>
        <translation>Tên miền trong địa chỉ người gửi không tồn tại hoặc không thể nhận thư, nên thư báo trả về sẽ không gửi lại được cho nó. Máy chủ từ chối những người gửi như vậy vĩnh viễn (5.1.8) khi tên miền rõ ràng không còn, và tạm thời (4.1.8) khi chỉ là tra cứu DNS thất bại.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM, or at RCPT TO on servers that evaluate sender restrictions late, as Postfix does by default. Postfix with reject_unknown_sender_domain answers 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail answers 553 5.1.8 ... Domain of sender address ... does not exist, or 451 4.1.8 when it does not resolve. Microsoft 365 uses 5.1.8 with an unrelated meaning.</source>
        <comment>X.1.8|whenSeen</comment>
        <translation>Trong phản hồi cho MAIL FROM, hoặc tại RCPT TO trên những máy chủ đánh giá hạn chế người gửi muộn, như Postfix làm theo mặc định. Postfix với reject_unknown_sender_domain trả lời 450 4.1.8 ... Sender address rejected: Domain not found; Sendmail trả lời 553 5.1.8 ... Domain of sender address ... does not exist, hoặc 451 4.1.8 khi tên miền không phân giải được. Microsoft 365 dùng 5.1.8 với một nghĩa không liên quan.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin makes sure the envelope sender uses a real public domain with MX or address records: not an internal-only name (such as a .local domain), not a typo, and not a domain whose registration lapsed. If the DNS looks right, check that the domain&apos;s name servers answer from outside the company network. A Microsoft 365 sender who got 5.1.8 needs their admin to secure the account and release it.</source>
        <comment>X.1.8|howToFix</comment>
        <translation>Quản trị viên phía người gửi bảo đảm người gửi trên phong bì dùng một tên miền công khai có thật, có bản ghi MX hoặc bản ghi địa chỉ: không phải tên chỉ dùng nội bộ (như tên miền .local), không gõ sai, và không phải tên miền đã hết hạn đăng ký. Nếu DNS có vẻ đúng, hãy kiểm tra xem các máy chủ tên miền của nó có trả lời từ bên ngoài mạng công ty không. Người gửi dùng Microsoft 365 nhận 5.1.8 cần quản trị viên của họ bảo mật lại tài khoản và gỡ hạn chế cho nó.</translation>
    </message>
    <message>
        <source>4.1.8: retry with normal backoff; DNS problems often clear within minutes. 5.1.8: do not retry until the sender domain or the envelope sender has been fixed.</source>
        <comment>X.1.8|retry</comment>
        <translation>4.1.8: thử lại với khoảng chờ tăng dần thông thường; sự cố DNS thường tự hết trong vài phút. 5.1.8: không thử lại cho đến khi tên miền người gửi hoặc người gửi trên phong bì đã được sửa.</translation>
    </message>
    <message>
        <source>The sending application uses an internal domain that exists only in the company&apos;s private DNS.</source>
        <comment>X.1.8|causes</comment>
        <translation>Ứng dụng gửi thư dùng một tên miền nội bộ chỉ tồn tại trong DNS riêng của công ty.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s registration expired or its delegation is broken.</source>
        <comment>X.1.8|causes</comment>
        <translation>Đăng ký tên miền người gửi đã hết hạn hoặc chuỗi ủy quyền của nó bị hỏng.</translation>
    </message>
    <message>
        <source>The sender domain has no MX record and no A or AAAA record.</source>
        <comment>X.1.8|causes</comment>
        <translation>Tên miền người gửi không có bản ghi MX và không có bản ghi A hoặc AAAA.</translation>
    </message>
    <message>
        <source>A temporary DNS failure at the receiving side, which gives 4.1.8 rather than 5.1.8.</source>
        <comment>X.1.8|causes</comment>
        <translation>Lỗi DNS tạm thời ở phía nhận, dẫn đến 4.1.8 thay vì 5.1.8.</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s MX records from a machine outside your network.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Tra cứu bản ghi MX của tên miền người gửi từ một máy bên ngoài mạng của bạn.</translation>
    </message>
    <message>
        <source>If there is no MX, check for the address records used as fallback, IPv4 and IPv6.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Nếu không có MX, kiểm tra các bản ghi địa chỉ được dùng làm phương án dự phòng, cả IPv4 và IPv6.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, list the sender restrictions in force.</source>
        <comment>X.1.8|checks.step</comment>
        <translation>Trên máy chủ Postfix phía nhận, liệt kê các hạn chế người gửi đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Exchange Online has restricted the sending account itself, usually because it sent spam after being compromised. It says nothing about the sender&apos;s domain: an admin secures the account and removes it from the Restricted entities list in the Microsoft 365 Defender portal.</source>
        <comment>X.1.8|providers.meaning</comment>
        <translation>Exchange Online đã hạn chế chính tài khoản gửi, thường vì tài khoản đó gửi thư rác sau khi bị chiếm quyền. Mã này không nói gì về tên miền của người gửi: quản trị viên bảo mật lại tài khoản và gỡ nó khỏi danh sách Restricted entities trong cổng Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <comment>X.1.9|title</comment>
        <translation>Thư đã được relay tới hệ thống thư không tuân thủ</translation>
    </message>
    <message>
        <source>The address was valid, but the message has been handed to a system that does not speak the status or tracking protocol in use, so no further information can be given. It comes from RFC 3886 (message tracking) and is informational rather than an error in most uses.</source>
        <comment>X.1.9|summary</comment>
        <translation>Địa chỉ hợp lệ, nhưng thư đã được giao cho một hệ thống không hỗ trợ giao thức trạng thái hoặc theo dõi đang dùng, nên không thể cung cấp thêm thông tin. Mã này đến từ RFC 3886 (theo dõi thư) và trong hầu hết trường hợp mang tính thông báo hơn là lỗi.</translation>
    </message>
    <message>
        <source>Rarely seen. It belongs to message tracking responses (the MTRK extension of RFC 3885 and the status format of RFC 3886) and to status reports where the trail ends at a gateway or server that cannot report further. In an ordinary DSN the same situation is usually shown as Action: relayed.</source>
        <comment>X.1.9|whenSeen</comment>
        <translation>Hiếm gặp. Mã này thuộc về các phản hồi theo dõi thư (phần mở rộng MTRK của RFC 3885 và định dạng trạng thái của RFC 3886) và các báo cáo trạng thái mà dấu vết dừng lại ở một gateway hoặc máy chủ không thể báo cáo tiếp. Trong một DSN thông thường, tình huống này thường được thể hiện bằng Action: relayed.</translation>
    </message>
    <message>
        <source>Usually nothing to fix: the message has left the part of the path that reports status. If proof of delivery matters, ask the recipient directly or ask the recipient&apos;s admin to search their logs, because the last reporting hop cannot see further.</source>
        <comment>X.1.9|howToFix</comment>
        <translation>Thường không có gì cần sửa: thư đã rời khỏi đoạn đường có báo cáo trạng thái. Nếu cần bằng chứng đã chuyển phát, hãy hỏi trực tiếp người nhận hoặc nhờ quản trị viên phía người nhận tìm trong nhật ký của họ, vì chặng cuối cùng có báo cáo không thể nhìn xa hơn.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted and moved on. Treat a class 4 or 5 form as an unknown end state and confirm delivery outside the mail system if it matters.</source>
        <comment>X.1.9|retry</comment>
        <translation>Không có gì cần thử lại: thư đã được chấp nhận và chuyển đi tiếp. Coi dạng lớp 4 hoặc 5 là một trạng thái cuối không xác định và xác nhận việc chuyển phát bên ngoài hệ thống thư nếu điều đó quan trọng.</translation>
    </message>
    <message>
        <source>The next hop is a gateway to another kind of messaging system (old groupware, a fax or SMS gateway) with no tracking support.</source>
        <comment>X.1.9|causes</comment>
        <translation>Chặng kế tiếp là một gateway sang một loại hệ thống nhắn tin khác (groupware cũ, gateway fax hoặc SMS) không hỗ trợ theo dõi.</translation>
    </message>
    <message>
        <source>A downstream server does not support DSN or tracking, so the reporting server passed the message on without them.</source>
        <comment>X.1.9|causes</comment>
        <translation>Một máy chủ phía sau không hỗ trợ DSN hoặc theo dõi thư, nên máy chủ báo cáo đã chuyển thư đi mà không kèm các tính năng đó.</translation>
    </message>
    <message>
        <source>The message went to an external service whose internal delivery is not visible to the reporting server.</source>
        <comment>X.1.9|causes</comment>
        <translation>Thư đã đi tới một dịch vụ bên ngoài mà quá trình chuyển phát nội bộ của nó máy chủ báo cáo không nhìn thấy được.</translation>
    </message>
    <message>
        <source>In the status report, read the Action, Status and Remote-MTA fields to see where the trail ended.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Trong báo cáo trạng thái, đọc các trường Action, Status và Remote-MTA để xem dấu vết dừng lại ở đâu.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises DSN in its EHLO reply.</source>
        <comment>X.1.9|checks.step</comment>
        <translation>Kiểm tra xem chặng kế tiếp có quảng bá DSN trong phản hồi EHLO của nó không.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <comment>X.1.10|title</comment>
        <translation>Địa chỉ người nhận có null MX</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX (a single MX record with preference 0 and the host &apos;.&apos;), the owner&apos;s explicit statement that the domain accepts no mail at all. The failure is permanent: since the domain has an MX record, the A/AAAA fallback does not apply and delivery fails at once.</source>
        <comment>X.1.10|summary</comment>
        <translation>Tên miền người nhận công bố null MX (một bản ghi MX duy nhất với độ ưu tiên 0 và máy chủ là &apos;.&apos;), tức chủ sở hữu tuyên bố rõ ràng rằng tên miền hoàn toàn không nhận thư. Lỗi là vĩnh viễn: vì tên miền có bản ghi MX nên cơ chế dự phòng A/AAAA không được áp dụng và việc chuyển phát thất bại ngay lập tức.</translation>
    </message>
    <message>
        <source>In two places. A sending server that looks up the recipient domain and finds the null MX fails the message immediately and reports it in the bounce, with 556 as the basic code (RFC 7504); some Postfix versions log dsn=5.1.0 with Domain ... does not accept mail (nullMX) in that case. A receiving or submission server that checks recipient domains can also refuse RCPT TO with 556 5.1.10, as Postfix does with reject_unknown_recipient_domain.</source>
        <comment>X.1.10|whenSeen</comment>
        <translation>Ở hai nơi. Máy chủ gửi tra cứu tên miền người nhận và thấy null MX sẽ đánh thất bại thư ngay lập tức và báo trong thư báo trả về, với mã cơ bản 556 (RFC 7504); trong trường hợp đó một số phiên bản Postfix ghi vào nhật ký dsn=5.1.0 với Domain ... does not accept mail (nullMX). Máy chủ nhận hoặc máy chủ submission có kiểm tra tên miền người nhận cũng có thể từ chối RCPT TO với 556 5.1.10, như Postfix làm với reject_unknown_recipient_domain.</translation>
    </message>
    <message>
        <source>The sender checks the address: a null MX usually means the domain was never meant for mail (parked, web-only or placeholder domains) or the address contains a typo. If the recipient really should get mail there, the recipient&apos;s admin replaces the null MX with real MX records; a null MX must be the domain&apos;s only MX record.</source>
        <comment>X.1.10|howToFix</comment>
        <translation>Người gửi kiểm tra địa chỉ: null MX thường có nghĩa là tên miền vốn không dùng cho thư (tên miền để không, chỉ dùng cho web hoặc tên miền giữ chỗ) hoặc địa chỉ bị gõ sai. Nếu người nhận thực sự cần nhận thư ở đó, quản trị viên phía người nhận thay null MX bằng các bản ghi MX thật; null MX phải là bản ghi MX duy nhất của tên miền.</translation>
    </message>
    <message>
        <source>Never retry: the domain has declared that it accepts no mail. Bounce at once instead of keeping the message in the queue.</source>
        <comment>X.1.10|retry</comment>
        <translation>Không bao giờ thử lại: tên miền đã tuyên bố không nhận thư. Hãy trả thư về ngay thay vì giữ thư trong hàng đợi.</translation>
    </message>
    <message>
        <source>The address uses a domain that deliberately takes no mail, such as a parked, web-only or placeholder domain.</source>
        <comment>X.1.10|causes</comment>
        <translation>Địa chỉ dùng một tên miền cố ý không nhận thư, chẳng hạn tên miền để không, chỉ dùng cho web hoặc tên miền giữ chỗ.</translation>
    </message>
    <message>
        <source>A typo that happens to land on a real domain publishing a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Một lỗi gõ tình cờ trùng với một tên miền có thật đang công bố null MX.</translation>
    </message>
    <message>
        <source>The domain owner moved mail elsewhere and left the null MX in place by mistake.</source>
        <comment>X.1.10|causes</comment>
        <translation>Chủ sở hữu tên miền đã chuyển dịch vụ thư sang nơi khác và quên gỡ null MX.</translation>
    </message>
    <message>
        <source>Test or example addresses used in real data: example.com, for instance, publishes a null MX.</source>
        <comment>X.1.10|causes</comment>
        <translation>Các địa chỉ thử nghiệm hoặc ví dụ bị dùng trong dữ liệu thật: example.com chẳng hạn công bố null MX.</translation>
    </message>
    <message>
        <source>Look up the recipient domain&apos;s MX records; a null MX shows as the single answer &apos;0 .&apos;.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Tra cứu bản ghi MX của tên miền người nhận; null MX hiển thị là câu trả lời duy nhất &apos;0 .&apos;.</translation>
    </message>
    <message>
        <source>Find the bounce in the sending server&apos;s log to see the code and text it recorded.</source>
        <comment>X.1.10|checks.step</comment>
        <translation>Tìm thư báo trả về trong nhật ký của máy chủ gửi để xem mã và nội dung đã được ghi lại.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s own use, unrelated to null MX: the recipient does not exist in the Microsoft 365 organisation that hosts the domain, in effect an unknown user as with 5.1.1. The sender checks the address and clears stale Outlook autocomplete entries; the recipient&apos;s admin checks the recipient object and its proxy addresses.</source>
        <comment>X.1.10|providers.meaning</comment>
        <translation>Cách dùng riêng của Exchange Online, không liên quan tới null MX: người nhận không tồn tại trong tổ chức Microsoft 365 đang lưu trữ tên miền, về thực chất là người dùng không xác định như với 5.1.1. Người gửi kiểm tra địa chỉ và xóa các mục tự động điền cũ của Outlook; quản trị viên phía người nhận kiểm tra đối tượng người nhận và các proxy address của nó.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <comment>X.2.0|title</comment>
        <translation>Trạng thái hộp thư khác hoặc không xác định</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevented delivery and the server does not say what. As 4.2.0 the problem is expected to pass; as 5.2.0 it is a permanent failure for this message.</source>
        <comment>X.2.0|summary</comment>
        <translation>Hộp thư tồn tại, nhưng có điều gì đó ở nó đã ngăn việc chuyển phát và máy chủ không nói rõ là gì. Ở dạng 4.2.0 vấn đề được cho là sẽ qua đi; ở dạng 5.2.0 đây là lỗi vĩnh viễn đối với thư này.</translation>
    </message>
    <message>
        <source>Usually in a bounce written by the recipient&apos;s mail store rather than at RCPT TO, because the problem only shows when the message is written into the mailbox. Exchange and Microsoft 365 often use 5.2.0 followed by a STOREDRV.Deliver exception name that states the real reason; LMTP and local delivery software may use it when the store returns an error it cannot classify.</source>
        <comment>X.2.0|whenSeen</comment>
        <translation>Thường xuất hiện trong thư báo trả về do kho thư của người nhận lập chứ không phải tại RCPT TO, vì vấn đề chỉ lộ ra khi thư được ghi vào hộp thư. Exchange và Microsoft 365 thường dùng 5.2.0 kèm theo tên một ngoại lệ STOREDRV.Deliver nêu lý do thực sự; LMTP và phần mềm chuyển phát cục bộ có thể dùng mã này khi kho thư báo một lỗi mà chúng không phân loại được.</translation>
    </message>
    <message>
        <source>Read the text after the code: it nearly always names the real condition. The recipient&apos;s admin then checks the mailbox itself (quota including hidden folders, damaged folders, permissions, a mailbox being moved). The sender can only pass the bounce to the recipient by another channel.</source>
        <comment>X.2.0|howToFix</comment>
        <translation>Đọc nội dung sau mã: hầu như lúc nào nó cũng nêu tình trạng thực sự. Sau đó quản trị viên phía người nhận kiểm tra chính hộp thư (hạn mức dung lượng kể cả các thư mục ẩn, thư mục bị hỏng, quyền truy cập, hộp thư đang được di chuyển). Người gửi chỉ có thể chuyển thư báo trả về cho người nhận qua một kênh khác.</translation>
    </message>
    <message>
        <source>4.2.0: retry with backoff. 5.2.0: do not resend the same message automatically; send again only after the recipient&apos;s side reports the mailbox repaired.</source>
        <comment>X.2.0|retry</comment>
        <translation>4.2.0: thử lại với khoảng chờ tăng dần. 5.2.0: không tự động gửi lại cùng thư đó; chỉ gửi lại sau khi phía người nhận báo hộp thư đã được sửa.</translation>
    </message>
    <message>
        <source>The mailbox or one of its hidden folders is over a storage limit that is not reported as a plain full mailbox.</source>
        <comment>X.2.0|causes</comment>
        <translation>Hộp thư hoặc một trong các thư mục ẩn của nó vượt quá một giới hạn lưu trữ không được báo dưới dạng hộp thư đầy thông thường.</translation>
    </message>
    <message>
        <source>The mailbox is being moved, migrated or repaired and the store refuses writes.</source>
        <comment>X.2.0|causes</comment>
        <translation>Hộp thư đang được di chuyển, chuyển đổi hoặc sửa chữa và kho thư từ chối ghi.</translation>
    </message>
    <message>
        <source>A permissions or file-system error in the mailbox store during delivery.</source>
        <comment>X.2.0|causes</comment>
        <translation>Lỗi quyền truy cập hoặc lỗi hệ thống tệp trong kho hộp thư khi chuyển phát.</translation>
    </message>
    <message>
        <source>A delivery rule or Sieve script attached to the mailbox failed while handling the message.</source>
        <comment>X.2.0|causes</comment>
        <translation>Một quy tắc chuyển phát hoặc script Sieve gắn với hộp thư đã lỗi khi xử lý thư.</translation>
    </message>
    <message>
        <source>Copy the text after 5.2.0 from the bounce; on Microsoft 365 the exception name (for example QuotaExceededException) tells the admin where to look.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Sao chép nội dung sau 5.2.0 từ thư báo trả về; trên Microsoft 365, tên ngoại lệ (ví dụ QuotaExceededException) cho quản trị viên biết cần xem ở đâu.</translation>
    </message>
    <message>
        <source>On Microsoft 365, the recipient&apos;s admin checks the size of the Recoverable Items folders.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Trên Microsoft 365, quản trị viên phía người nhận kiểm tra kích thước các thư mục Recoverable Items.</translation>
    </message>
    <message>
        <source>On a Dovecot server, the admin checks the recipient&apos;s quota usage.</source>
        <comment>X.2.0|checks.step</comment>
        <translation>Trên máy chủ Dovecot, quản trị viên kiểm tra mức sử dụng hạn mức của người nhận.</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s store driver could not place the message in the mailbox and names the exception. QuotaExceededException can come from a full Recoverable Items area, for example under a retention hold, even when the visible mailbox is far below its limit.</source>
        <comment>X.2.0|providers.meaning</comment>
        <translation>Trình điều khiển kho thư (store driver) của Exchange Online không đặt được thư vào hộp thư và nêu tên ngoại lệ. QuotaExceededException có thể xuất phát từ vùng Recoverable Items bị đầy, chẳng hạn khi đang áp dụng retention hold, ngay cả khi phần hộp thư nhìn thấy được còn cách xa giới hạn.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <comment>X.2.1|title</comment>
        <translation>Hộp thư bị vô hiệu hóa, không nhận thư</translation>
    </message>
    <message>
        <source>The mailbox exists but is switched off and does not accept messages. The registry allows both classes: 5.2.1 when the mailbox will never be enabled again, 4.2.1 when it is only disabled for the time being.</source>
        <comment>X.2.1|summary</comment>
        <translation>Hộp thư tồn tại nhưng đã bị tắt và không nhận thư. Sổ đăng ký mã cho phép cả hai lớp: 5.2.1 khi hộp thư sẽ không bao giờ được bật lại, 4.2.1 khi nó chỉ bị vô hiệu hóa tạm thời.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO for suspended, locked or inactive accounts. Gmail sends 550 5.2.1 for accounts that are disabled or inactive and uses 450 4.2.1 for a different condition: a recipient receiving mail faster than Gmail allows. Exchange has used 5.2.1 for messages quarantined by its content filter and for mailboxes that cannot be accessed.</source>
        <comment>X.2.1|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO đối với các tài khoản bị đình chỉ, bị khóa hoặc không hoạt động. Gmail gửi 550 5.2.1 cho các tài khoản bị vô hiệu hóa hoặc không hoạt động và dùng 450 4.2.1 cho một tình huống khác: người nhận đang nhận thư nhanh hơn mức Gmail cho phép. Exchange từng dùng 5.2.1 cho các thư bị bộ lọc nội dung của nó đưa vào vùng cách ly và cho các hộp thư không truy cập được.</translation>
    </message>
    <message>
        <source>The sender confirms by another channel whether the address is still in use and removes it from lists if the account is closed. The recipient, or their admin, re-enables the account, settles the suspension or signs in to reactivate it. For Gmail&apos;s 4.2.1 rate limit the sender slows down and lets the queue retry.</source>
        <comment>X.2.1|howToFix</comment>
        <translation>Người gửi xác nhận qua một kênh khác xem địa chỉ còn được dùng không và xóa nó khỏi các danh sách nếu tài khoản đã đóng. Người nhận, hoặc quản trị viên của họ, bật lại tài khoản, giải quyết việc đình chỉ hoặc đăng nhập để kích hoạt lại. Với giới hạn tốc độ 4.2.1 của Gmail, người gửi giảm tốc độ gửi và để hàng đợi tự thử lại.</translation>
    </message>
    <message>
        <source>5.2.1: do not retry; the account is closed to mail. 4.2.1: retry with backoff and spread messages out; Gmail accepts them again once the recipient&apos;s incoming rate drops.</source>
        <comment>X.2.1|retry</comment>
        <translation>5.2.1: không thử lại; tài khoản đã đóng với thư đến. 4.2.1: thử lại với khoảng chờ tăng dần và giãn thư ra; Gmail sẽ nhận lại khi tốc độ thư đến của người nhận giảm xuống.</translation>
    </message>
    <message>
        <source>The provider or organisation suspended the account, for example for non-payment or abuse.</source>
        <comment>X.2.1|causes</comment>
        <translation>Nhà cung cấp hoặc tổ chức đã đình chỉ tài khoản, chẳng hạn do không thanh toán hoặc do lạm dụng.</translation>
    </message>
    <message>
        <source>The account was unused for so long that the provider disabled it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Tài khoản không được sử dụng quá lâu nên nhà cung cấp đã vô hiệu hóa nó.</translation>
    </message>
    <message>
        <source>The employee left and the admin blocked the mailbox instead of deleting it.</source>
        <comment>X.2.1|causes</comment>
        <translation>Nhân viên đã nghỉ việc và quản trị viên khóa hộp thư thay vì xóa.</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.2.1: the recipient is receiving too much mail in a short time.</source>
        <comment>X.2.1|causes</comment>
        <translation>Mã 4.2.1 của Gmail: người nhận đang nhận quá nhiều thư trong thời gian ngắn.</translation>
    </message>
    <message>
        <source>Read the text: disabled, inactive, suspended or receiving mail too quickly each point to a different fix.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Đọc nội dung: disabled, inactive, suspended hay receiving mail too quickly mỗi cái chỉ tới một cách khắc phục khác nhau.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to that recipient recently, in case a rate limit is involved.</source>
        <comment>X.2.1|checks.step</comment>
        <translation>Đếm xem gần đây máy chủ của bạn đã gửi bao nhiêu thư tới người nhận đó, phòng khi có giới hạn tốc độ liên quan.</translation>
    </message>
    <message>
        <source>The Google account exists but is disabled or inactive (older replies said &apos;is disabled&apos;); this matches the registry meaning.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Tài khoản Google tồn tại nhưng bị vô hiệu hóa hoặc không hoạt động (các phản hồi cũ ghi &apos;is disabled&apos;); khớp với nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the mailbox is fine but is getting mail faster than Gmail permits, so the sender should slow down and retry. Gmail also has a permanent 550 5.2.1 form saying the user is receiving mail at a rate that prevents additional messages from being delivered.</source>
        <comment>X.2.1|providers.meaning</comment>
        <translation>Cách dùng riêng của Gmail: hộp thư không có vấn đề gì nhưng đang nhận thư nhanh hơn mức Gmail cho phép, nên người gửi cần giảm tốc độ và thử lại. Gmail cũng có dạng vĩnh viễn 550 5.2.1 cho biết người dùng đang nhận thư với tốc độ khiến không thể chuyển phát thêm thư nào.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <comment>X.2.2|title</comment>
        <translation>Hộp thư đầy</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota. RFC 3463 intends it as a persistent transient failure (4.2.2), because the recipient can delete mail to make room; many servers send 5.2.2 instead, and that permanent form is very common in bounces.</source>
        <comment>X.2.2|summary</comment>
        <translation>Hộp thư của người nhận đã vượt hạn mức dung lượng. RFC 3463 định ra mã này là lỗi tạm thời kéo dài (4.2.2), vì người nhận có thể xóa thư để giải phóng chỗ; nhiều máy chủ lại gửi 5.2.2, và dạng vĩnh viễn này rất phổ biến trong thư báo trả về.</translation>
    </message>
    <message>
        <source>At RCPT TO on servers that know the quota in advance (Gmail, Dovecot with quota checks), or at end of data and in bounces when the store finds the mailbox full during delivery. Dovecot replies 552 5.2.2 ... Quota exceeded (mailbox for user is full), or 452 4.2.2 when quota_full_tempfail is set. Exchange returns 554 5.2.2 mailbox full.</source>
        <comment>X.2.2|whenSeen</comment>
        <translation>Tại RCPT TO trên những máy chủ biết trước hạn mức (Gmail, Dovecot có kiểm tra hạn mức), hoặc ở cuối phần dữ liệu và trong thư báo trả về khi kho thư phát hiện hộp thư đầy trong lúc chuyển phát. Dovecot trả lời 552 5.2.2 ... Quota exceeded (mailbox for user is full), hoặc 452 4.2.2 khi quota_full_tempfail được bật. Exchange trả lời 554 5.2.2 mailbox full.</translation>
    </message>
    <message>
        <source>The recipient deletes or archives mail and empties the trash, or the recipient&apos;s admin raises the quota. The sender cannot fix anything technically: tell the recipient another way and send again later. List operators should treat quota bounces that go on for weeks as a sign of an abandoned mailbox.</source>
        <comment>X.2.2|howToFix</comment>
        <translation>Người nhận xóa hoặc lưu trữ bớt thư và dọn sạch thùng rác, hoặc quản trị viên phía người nhận tăng hạn mức. Về mặt kỹ thuật người gửi không sửa được gì: hãy báo cho người nhận bằng cách khác và gửi lại sau. Người vận hành danh sách thư nên coi thư báo trả về do hạn mức kéo dài hàng tuần là dấu hiệu hộp thư đã bị bỏ hoang.</translation>
    </message>
    <message>
        <source>4.2.2: keep retrying with backoff for the normal queue lifetime, since the recipient may free space. 5.2.2: the message comes back, but the condition may pass; resend by hand later rather than at once.</source>
        <comment>X.2.2|retry</comment>
        <translation>4.2.2: tiếp tục thử lại với khoảng chờ tăng dần trong suốt thời gian lưu hàng đợi thông thường, vì người nhận có thể giải phóng dung lượng. 5.2.2: thư bị trả về, nhưng tình trạng có thể qua đi; hãy gửi lại thủ công sau đó thay vì gửi lại ngay.</translation>
    </message>
    <message>
        <source>The recipient never cleans out the mailbox and it reached its quota.</source>
        <comment>X.2.2|causes</comment>
        <translation>Người nhận không bao giờ dọn hộp thư và nó đã chạm hạn mức.</translation>
    </message>
    <message>
        <source>A shared or role mailbox such as info@ receives a lot of mail and nobody maintains it.</source>
        <comment>X.2.2|causes</comment>
        <translation>Một hộp thư dùng chung hoặc hộp thư chức năng như info@ nhận rất nhiều thư mà không ai quản lý.</translation>
    </message>
    <message>
        <source>Large attachments filled a small mailbox quickly.</source>
        <comment>X.2.2|causes</comment>
        <translation>Các tệp đính kèm lớn nhanh chóng làm đầy một hộp thư nhỏ.</translation>
    </message>
    <message>
        <source>Storage shared with other services is full, as with Gmail, whose quota also covers Google Drive and Photos.</source>
        <comment>X.2.2|causes</comment>
        <translation>Dung lượng lưu trữ dùng chung với các dịch vụ khác đã đầy, như với Gmail, nơi hạn mức còn bao gồm cả Google Drive và Photos.</translation>
    </message>
    <message>
        <source>On a Dovecot server, show the recipient&apos;s usage against the limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Trên máy chủ Dovecot, hiển thị mức sử dụng của người nhận so với giới hạn.</translation>
    </message>
    <message>
        <source>On Postfix with local mbox delivery, compare the mailbox file size with mailbox_size_limit.</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Trên Postfix chuyển phát cục bộ kiểu mbox, so sánh kích thước tệp hộp thư với mailbox_size_limit.</translation>
    </message>
    <message>
        <source>As the sender, note whether the bounce says 4.2.2 (your server is still retrying) or 5.2.2 (it gave up).</source>
        <comment>X.2.2|checks.step</comment>
        <translation>Với tư cách người gửi, để ý xem thư báo trả về ghi 4.2.2 (máy chủ của bạn vẫn đang thử lại) hay 5.2.2 (nó đã bỏ cuộc).</translation>
    </message>
    <message>
        <source>The Google account is over its storage quota and Gmail defers the message (older replies said &apos;The email account that you tried to reach is over quota&apos;); the intended temporary use.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Tài khoản Google đã vượt hạn mức lưu trữ và Gmail hoãn thư lại (các phản hồi cũ ghi &apos;The email account that you tried to reach is over quota&apos;); đúng với cách dùng tạm thời theo dự định.</translation>
    </message>
    <message>
        <source>Gmail turns the quota problem into a permanent refusal when the full account also looks abandoned, so the sender&apos;s server stops retrying.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Gmail biến vấn đề hạn mức thành sự từ chối vĩnh viễn khi tài khoản bị đầy đồng thời có vẻ đã bị bỏ hoang, để máy chủ của người gửi ngừng thử lại.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox reached its prohibit-receive quota. Exchange Online also uses 5.2.2 with &apos;Submission quota exceeded&apos; for a sender who exceeded the sending rate limits, which is a sender-side problem.</source>
        <comment>X.2.2|providers.meaning</comment>
        <translation>Hộp thư của người nhận đã chạm hạn mức cấm nhận (prohibit-receive quota). Exchange Online cũng dùng 5.2.2 với &apos;Submission quota exceeded&apos; cho người gửi vượt quá giới hạn tốc độ gửi, đây là vấn đề ở phía người gửi.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <comment>X.2.3|title</comment>
        <translation>Độ dài thư vượt quá giới hạn quản trị</translation>
    </message>
    <message>
        <source>The message is larger than this particular mailbox accepts. The registry meant it for a per-mailbox limit lower than the system-wide one (that case is X.3.4); it is a permanent failure for this message.</source>
        <comment>X.2.3|summary</comment>
        <translation>Thư lớn hơn mức mà riêng hộp thư này chấp nhận. Sổ đăng ký mã định ra mã này cho giới hạn theo từng hộp thư thấp hơn giới hạn toàn hệ thống (trường hợp đó là X.3.4); đây là lỗi vĩnh viễn đối với thư này.</translation>
    </message>
    <message>
        <source>At end of data, or at MAIL FROM when the client declared the size with SIZE=. Exchange uses 5.2.3 with RESOLVER.RST.RecipSizeLimit when the recipient&apos;s maximum receive size is smaller than the message. Gmail uses 552 5.2.3 for its own message size limit, which is really a system limit.</source>
        <comment>X.2.3|whenSeen</comment>
        <translation>Ở cuối phần dữ liệu, hoặc tại MAIL FROM khi máy khách đã khai báo kích thước bằng SIZE=. Exchange dùng 5.2.3 với RESOLVER.RST.RecipSizeLimit khi kích thước nhận tối đa của người nhận nhỏ hơn thư. Gmail dùng 552 5.2.3 cho giới hạn kích thước thư của riêng mình, mà thực chất là giới hạn hệ thống.</translation>
    </message>
    <message>
        <source>The sender makes the message smaller: remove or compress attachments, or share large files by link. Remember that base64 encoding makes attachments about a third larger than the files on disk. If the mailbox limit is unreasonably low, the recipient&apos;s admin raises its receive size.</source>
        <comment>X.2.3|howToFix</comment>
        <translation>Người gửi làm thư nhỏ lại: bỏ hoặc nén tệp đính kèm, hoặc chia sẻ tệp lớn qua liên kết. Lưu ý rằng mã hóa base64 làm tệp đính kèm lớn hơn khoảng một phần ba so với tệp trên đĩa. Nếu giới hạn của hộp thư thấp một cách vô lý, quản trị viên phía người nhận tăng kích thước nhận của nó.</translation>
    </message>
    <message>
        <source>Do not retry the same message: it will be exactly as large next time. Send a smaller version instead.</source>
        <comment>X.2.3|retry</comment>
        <translation>Không thử lại cùng thư đó: lần sau nó vẫn lớn y như vậy. Thay vào đó hãy gửi một phiên bản nhỏ hơn.</translation>
    </message>
    <message>
        <source>An attachment that is just under the limit as a file and over it after base64 encoding.</source>
        <comment>X.2.3|causes</comment>
        <translation>Một tệp đính kèm vừa dưới giới hạn khi là tệp nhưng vượt giới hạn sau khi mã hóa base64.</translation>
    </message>
    <message>
        <source>A per-recipient maximum receive size set lower than the organisation&apos;s transport limit.</source>
        <comment>X.2.3|causes</comment>
        <translation>Kích thước nhận tối đa theo từng người nhận được đặt thấp hơn giới hạn truyền tải của tổ chức.</translation>
    </message>
    <message>
        <source>Many inline images, or a forwarded thread carrying earlier attachments along.</source>
        <comment>X.2.3|causes</comment>
        <translation>Nhiều ảnh chèn trong nội dung (inline), hoặc một chuỗi thư chuyển tiếp mang theo các tệp đính kèm trước đó.</translation>
    </message>
    <message>
        <source>Compare the size in the bounce with the limit it states; the encoded message size counts, not the size of the files.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>So sánh kích thước trong thư báo trả về với giới hạn được nêu; kích thước thư sau mã hóa mới là cái được tính, không phải kích thước các tệp.</translation>
    </message>
    <message>
        <source>On Exchange Online, the recipient&apos;s admin reads the mailbox&apos;s receive limit.</source>
        <comment>X.2.3|checks.step</comment>
        <translation>Trên Exchange Online, quản trị viên phía người nhận xem giới hạn nhận của hộp thư.</translation>
    </message>
    <message>
        <source>Gmail&apos;s overall message size limit, a system-wide limit that the registry would file under X.3.4; Gmail sends the same text with 5.3.4 as well.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Giới hạn kích thước thư tổng thể của Gmail, một giới hạn toàn hệ thống mà sổ đăng ký mã sẽ xếp vào X.3.4; Gmail cũng gửi cùng nội dung đó với 5.3.4.</translation>
    </message>
    <message>
        <source>The message exceeds the recipient&apos;s own maximum receive size, exactly the per-mailbox case the registry describes.</source>
        <comment>X.2.3|providers.meaning</comment>
        <translation>Thư vượt quá kích thước nhận tối đa của chính người nhận, đúng trường hợp theo từng hộp thư mà sổ đăng ký mã mô tả.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <comment>X.2.4|title</comment>
        <translation>Sự cố khi mở rộng danh sách thư</translation>
    </message>
    <message>
        <source>The address is a mailing list or distribution group and the list could not be expanded into its members. It may be permanent (5.2.4) or persistent-transient (4.2.4), depending on whether the list definition is broken or only unavailable for now.</source>
        <comment>X.2.4|summary</comment>
        <translation>Địa chỉ là một danh sách thư (mailing list) hoặc nhóm phân phối và danh sách không thể được mở rộng thành các thành viên của nó. Mã có thể là vĩnh viễn (5.2.4) hoặc tạm thời kéo dài (4.2.4), tùy theo định nghĩa danh sách bị hỏng hay chỉ tạm thời không dùng được.</translation>
    </message>
    <message>
        <source>When mail goes to a list, alias or distribution group: at RCPT TO if the server expands it straight away, or in a bounce from the list server. The registry pairs it with 450 and 452. Older Exchange versions reported 5.2.4 mailing list expansion problem, and list managers or directory-based groups can produce it when membership cannot be read.</source>
        <comment>X.2.4|whenSeen</comment>
        <translation>Khi thư được gửi tới một danh sách, bí danh hoặc nhóm phân phối: tại RCPT TO nếu máy chủ mở rộng ngay, hoặc trong thư báo trả về từ máy chủ danh sách. Sổ đăng ký mã ghép mã này với 450 và 452. Các phiên bản Exchange cũ báo 5.2.4 mailing list expansion problem, và các trình quản lý danh sách hoặc nhóm dựa trên dịch vụ thư mục có thể sinh ra mã này khi không đọc được danh sách thành viên.</translation>
    </message>
    <message>
        <source>The sender can only report it to the list owner or the recipient&apos;s admin. The list owner or admin checks the list definition: the include file or directory query that supplies the members, nested groups that loop or point to deleted groups, and the directory server the expansion depends on.</source>
        <comment>X.2.4|howToFix</comment>
        <translation>Người gửi chỉ có thể báo cho chủ sở hữu danh sách hoặc quản trị viên phía người nhận. Chủ sở hữu danh sách hoặc quản trị viên kiểm tra định nghĩa danh sách: tệp include hoặc truy vấn dịch vụ thư mục cung cấp thành viên, các nhóm lồng nhau tạo vòng lặp hoặc trỏ tới nhóm đã bị xóa, và máy chủ dịch vụ thư mục mà việc mở rộng phụ thuộc vào.</translation>
    </message>
    <message>
        <source>4.2.4: retry with backoff; expansion often works again once the directory is back. 5.2.4: do not retry until the list owner has repaired the list.</source>
        <comment>X.2.4|retry</comment>
        <translation>4.2.4: thử lại với khoảng chờ tăng dần; việc mở rộng thường hoạt động lại khi dịch vụ thư mục trở lại. 5.2.4: không thử lại cho đến khi chủ sở hữu danh sách đã sửa danh sách.</translation>
    </message>
    <message>
        <source>The alias points to an include file that is missing or unreadable by the mail system.</source>
        <comment>X.2.4|causes</comment>
        <translation>Bí danh trỏ tới một tệp include bị thiếu hoặc hệ thống thư không đọc được.</translation>
    </message>
    <message>
        <source>The directory holding the group membership (LDAP, Active Directory) is unreachable, giving a temporary 4.2.4.</source>
        <comment>X.2.4|causes</comment>
        <translation>Dịch vụ thư mục chứa danh sách thành viên nhóm (LDAP, Active Directory) không truy cập được, dẫn đến lỗi tạm thời 4.2.4.</translation>
    </message>
    <message>
        <source>Nested groups refer to each other in a loop, or to a group that was deleted.</source>
        <comment>X.2.4|causes</comment>
        <translation>Các nhóm lồng nhau tham chiếu lẫn nhau thành vòng lặp, hoặc tham chiếu tới một nhóm đã bị xóa.</translation>
    </message>
    <message>
        <source>The expansion would exceed the number of recipients the server allows for one message.</source>
        <comment>X.2.4|causes</comment>
        <translation>Việc mở rộng sẽ vượt quá số người nhận mà máy chủ cho phép trong một thư.</translation>
    </message>
    <message>
        <source>Ask the mail system to expand the address without delivering anything: Sendmail prints the members or the error on the terminal, while Postfix&apos;s sendmail -bv mails the report to you.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Yêu cầu hệ thống thư mở rộng địa chỉ mà không chuyển phát gì: Sendmail in danh sách thành viên hoặc lỗi ra màn hình, còn sendmail -bv của Postfix gửi báo cáo cho bạn qua thư.</translation>
    </message>
    <message>
        <source>On Postfix, look the list up in the aliases database.</source>
        <comment>X.2.4|checks.step</comment>
        <translation>Trên Postfix, tra cứu danh sách trong cơ sở dữ liệu aliases.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <comment>X.3.0|title</comment>
        <translation>Trạng thái hệ thống thư khác hoặc không xác định</translation>
    </message>
    <message>
        <source>Something about the destination mail system, rather than the address or the mailbox, caused this result, and the server gives no detail. The temporary form 4.3.0 (a server-side fault) is by far the most common; 5.3.0 is a permanent system-level refusal and 2.3.0 a rare success variant.</source>
        <comment>X.3.0|summary</comment>
        <translation>Một điều gì đó ở hệ thống thư đích, chứ không phải ở địa chỉ hay hộp thư, đã gây ra kết quả này, và máy chủ không đưa ra chi tiết. Dạng tạm thời 4.3.0 (lỗi phía máy chủ) phổ biến hơn hẳn; 5.3.0 là sự từ chối vĩnh viễn ở cấp hệ thống và 2.3.0 là một biến thể thành công hiếm gặp.</translation>
    </message>
    <message>
        <source>At any stage, most often at end of data or RCPT TO. Postfix sends 451 4.3.0 Error: queue file write error when it cannot store the message, and 451 4.3.0 ... Temporary lookup failure when a table or database lookup fails. Gmail uses 451 4.3.0 and 421 4.3.0 for temporary trouble on its side. Exchange uses 5.3.0 Too many related errors when it moves a message to the poison message queue.</source>
        <comment>X.3.0|whenSeen</comment>
        <translation>Ở bất kỳ giai đoạn nào, thường nhất là ở cuối phần dữ liệu hoặc tại RCPT TO. Postfix gửi 451 4.3.0 Error: queue file write error khi không lưu được thư, và 451 4.3.0 ... Temporary lookup failure khi tra cứu bảng hoặc cơ sở dữ liệu thất bại. Gmail dùng 451 4.3.0 và 421 4.3.0 cho các sự cố tạm thời ở phía mình. Exchange dùng 5.3.0 Too many related errors khi chuyển một thư vào hàng đợi thư độc hại (poison message queue).</translation>
    </message>
    <message>
        <source>For 4.3.0 the sending side usually just waits, while the receiving admin looks in the server log at the moment of the rejection for the underlying error (disk full, failed lookup, crashed content filter). For 5.3.0 the reply text says what the system refused; the recipient&apos;s admin has to fix the server, and the sender can only contact them.</source>
        <comment>X.3.0|howToFix</comment>
        <translation>Với 4.3.0, phía gửi thường chỉ cần chờ, trong khi quản trị viên phía nhận xem nhật ký máy chủ tại thời điểm từ chối để tìm lỗi gốc (đĩa đầy, tra cứu thất bại, bộ lọc nội dung bị sập). Với 5.3.0, nội dung phản hồi cho biết hệ thống đã từ chối điều gì; quản trị viên phía người nhận phải sửa máy chủ, còn người gửi chỉ có thể liên hệ với họ.</translation>
    </message>
    <message>
        <source>4.3.0: retry later with backoff; most causes are repaired without the sender&apos;s help. 5.3.0: do not retry unchanged; find out from the text or the recipient&apos;s admin what the system refused.</source>
        <comment>X.3.0|retry</comment>
        <translation>4.3.0: thử lại sau với khoảng chờ tăng dần; hầu hết nguyên nhân được khắc phục mà không cần người gửi giúp. 5.3.0: không thử lại khi chưa thay đổi gì; hãy tìm hiểu từ nội dung phản hồi hoặc từ quản trị viên phía người nhận xem hệ thống đã từ chối điều gì.</translation>
    </message>
    <message>
        <source>The receiving server could not write the message to its queue: disk full, file-system error or wrong permissions.</source>
        <comment>X.3.0|causes</comment>
        <translation>Máy chủ nhận không ghi được thư vào hàng đợi: đĩa đầy, lỗi hệ thống tệp hoặc sai quyền truy cập.</translation>
    </message>
    <message>
        <source>A lookup table, database or LDAP server the mail server depends on failed during the transaction.</source>
        <comment>X.3.0|causes</comment>
        <translation>Một bảng tra cứu, cơ sở dữ liệu hoặc máy chủ LDAP mà máy chủ thư phụ thuộc vào đã lỗi trong lúc giao dịch.</translation>
    </message>
    <message>
        <source>A content filter, milter or virus scanner crashed or timed out.</source>
        <comment>X.3.0|causes</comment>
        <translation>Một bộ lọc nội dung, milter hoặc trình quét virus bị sập hoặc hết thời gian chờ.</translation>
    </message>
    <message>
        <source>The provider declined the message for the moment without giving a specific reason.</source>
        <comment>X.3.0|causes</comment>
        <translation>Nhà cung cấp tạm thời từ chối thư mà không đưa ra lý do cụ thể.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning or fatal message logged just before the rejection.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Trên máy chủ Postfix phía nhận, tìm thông báo warning hoặc fatal được ghi ngay trước lần từ chối.</translation>
    </message>
    <message>
        <source>Check free space and inodes where the queue lives.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Kiểm tra dung lượng trống và inode tại nơi chứa hàng đợi.</translation>
    </message>
    <message>
        <source>Let Postfix check its own configuration, ownership and permissions.</source>
        <comment>X.3.0|checks.step</comment>
        <translation>Để Postfix tự kiểm tra cấu hình, quyền sở hữu và quyền truy cập của chính nó.</translation>
    </message>
    <message>
        <source>Gmail&apos;s generic temporary refusal: nothing for the sender to change, just retry later. Gmail also sends 451 4.3.0 Multiple destination domains per transaction is unsupported, which asks the client to put recipients of different domains in separate transactions.</source>
        <comment>X.3.0|providers.meaning</comment>
        <translation>Sự từ chối tạm thời chung của Gmail: người gửi không cần thay đổi gì, chỉ cần thử lại sau. Gmail cũng gửi 451 4.3.0 Multiple destination domains per transaction is unsupported, yêu cầu máy khách tách người nhận thuộc các tên miền khác nhau thành các giao dịch riêng.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <comment>X.3.1|title</comment>
        <translation>Hệ thống thư đầy</translation>
    </message>
    <message>
        <source>The mail system as a whole has run out of storage, usually disk or queue space, so it cannot take the message now. Unlike a full mailbox, the recipient cannot fix it by deleting mail; it is defined only as a temporary failure.</source>
        <comment>X.3.1|summary</comment>
        <translation>Toàn bộ hệ thống thư đã hết dung lượng lưu trữ, thường là dung lượng đĩa hoặc hàng đợi, nên hiện không thể nhận thư. Khác với hộp thư đầy, người nhận không thể khắc phục bằng cách xóa thư; mã này chỉ được định nghĩa là lỗi tạm thời.</translation>
    </message>
    <message>
        <source>At MAIL FROM, RCPT TO or end of data, with 452. Postfix answers 452 4.3.1 Insufficient system storage when free space in the queue file system is below what it needs (queue_minfree, and 1.5 times message_size_limit). Exchange answers 452 4.3.1 Insufficient system resources when back pressure is triggered by low disk space or memory.</source>
        <comment>X.3.1|whenSeen</comment>
        <translation>Tại MAIL FROM, RCPT TO hoặc cuối phần dữ liệu, đi với 452. Postfix trả lời 452 4.3.1 Insufficient system storage khi dung lượng trống trên hệ thống tệp chứa hàng đợi thấp hơn mức nó cần (queue_minfree, và 1,5 lần message_size_limit). Exchange trả lời 452 4.3.1 Insufficient system resources khi cơ chế back pressure được kích hoạt do thiếu dung lượng đĩa hoặc bộ nhớ.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s admin frees space on the queue or store volume (old logs, quarantine, a swollen deferred queue) or adds capacity; on Exchange, also check the back pressure thresholds and the disk holding the queue database. The sender does nothing: their server retries.</source>
        <comment>X.3.1|howToFix</comment>
        <translation>Quản trị viên máy chủ nhận giải phóng dung lượng trên phân vùng chứa hàng đợi hoặc kho thư (nhật ký cũ, vùng cách ly, hàng đợi thư bị hoãn (deferred) phình to) hoặc bổ sung dung lượng; trên Exchange, kiểm tra thêm các ngưỡng back pressure và ổ đĩa chứa cơ sở dữ liệu hàng đợi. Người gửi không cần làm gì: máy chủ của họ sẽ thử lại.</translation>
    </message>
    <message>
        <source>Retry later with normal backoff; the code is defined as temporary only. If it lasts beyond the queue lifetime the message is returned, so alert the receiving admin if you can reach them.</source>
        <comment>X.3.1|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần thông thường; mã này chỉ được định nghĩa là tạm thời. Nếu tình trạng kéo dài quá thời gian lưu hàng đợi, thư sẽ bị trả về, vì vậy hãy báo cho quản trị viên phía nhận nếu bạn liên lạc được với họ.</translation>
    </message>
    <message>
        <source>The partition holding the mail queue is full, often because logs or the deferred queue kept growing.</source>
        <comment>X.3.1|causes</comment>
        <translation>Phân vùng chứa hàng đợi thư đã đầy, thường do nhật ký hoặc hàng đợi thư bị hoãn (deferred) cứ tăng mãi.</translation>
    </message>
    <message>
        <source>The file system has run out of inodes although free space remains.</source>
        <comment>X.3.1|causes</comment>
        <translation>Hệ thống tệp đã hết inode dù vẫn còn dung lượng trống.</translation>
    </message>
    <message>
        <source>A mail loop or a spam run filled the queue.</source>
        <comment>X.3.1|causes</comment>
        <translation>Một vòng lặp thư hoặc một đợt thư rác đã làm đầy hàng đợi.</translation>
    </message>
    <message>
        <source>Exchange back pressure reacting to low disk space or high memory use.</source>
        <comment>X.3.1|causes</comment>
        <translation>Cơ chế back pressure của Exchange phản ứng với tình trạng thiếu dung lượng đĩa hoặc dùng nhiều bộ nhớ.</translation>
    </message>
    <message>
        <source>Check space and inodes on the queue file system.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Kiểm tra dung lượng và inode trên hệ thống tệp chứa hàng đợi.</translation>
    </message>
    <message>
        <source>See how many messages are queued, to spot a loop or a spam run.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>Xem có bao nhiêu thư đang nằm trong hàng đợi, để phát hiện vòng lặp hoặc đợt thư rác.</translation>
    </message>
    <message>
        <source>Compare Postfix&apos;s free-space threshold with its message size limit.</source>
        <comment>X.3.1|checks.step</comment>
        <translation>So sánh ngưỡng dung lượng trống của Postfix với giới hạn kích thước thư của nó.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <comment>X.3.2|title</comment>
        <translation>Hệ thống không nhận thư từ mạng</translation>
    </message>
    <message>
        <source>The host that holds the mailbox is not accepting messages from the network. As 4.3.2 that is temporary (shutdown under way, overload, maintenance); as 5.3.2, used with the 521 reply of RFC 7504, the host never accepts mail.</source>
        <comment>X.3.2|summary</comment>
        <translation>Máy chủ chứa hộp thư không nhận thư từ mạng. Ở dạng 4.3.2 đây là tình trạng tạm thời (đang tắt máy, quá tải, bảo trì); ở dạng 5.3.2, dùng kèm phản hồi 521 của RFC 7504, máy chủ đó không bao giờ nhận thư.</translation>
    </message>
    <message>
        <source>A server that is shutting down, overloaded or in maintenance may put 4.3.2 on its temporary replies; on-premises Exchange replies with 4.3.2 (Service not available, Service not active) when its transport components are inactive, for example after an update left it in maintenance mode. A host that takes no mail at all may answer 521 with 5.3.2 to commands after the greeting. Microsoft 365 also uses 4.3.2 for mailbox-level limits.</source>
        <comment>X.3.2|whenSeen</comment>
        <translation>Máy chủ đang tắt, quá tải hoặc đang bảo trì có thể gắn 4.3.2 vào các phản hồi tạm thời của nó; Exchange tại chỗ trả lời với 4.3.2 (Service not available, Service not active) khi các thành phần truyền tải của nó không hoạt động, chẳng hạn sau khi một bản cập nhật để nó lại ở chế độ bảo trì. Máy chủ hoàn toàn không nhận thư có thể trả lời 521 kèm 5.3.2 cho các lệnh sau lời chào. Microsoft 365 cũng dùng 4.3.2 cho các giới hạn ở cấp hộp thư.</translation>
    </message>
    <message>
        <source>For 4.3.2 the sending side waits while the receiving admin brings the service back: finish maintenance, reduce load, and on Exchange set the inactive server components back to active in the Exchange Management Shell. For 521 with 5.3.2 the recipient&apos;s domain is sending mail to a host that refuses all mail: the recipient&apos;s admin fixes the MX records, or publishes a null MX if the domain really takes no mail.</source>
        <comment>X.3.2|howToFix</comment>
        <translation>Với 4.3.2, phía gửi chờ trong khi quản trị viên phía nhận khôi phục dịch vụ: hoàn tất bảo trì, giảm tải, và trên Exchange chuyển các thành phần máy chủ đang không hoạt động trở lại trạng thái active trong Exchange Management Shell. Với 521 kèm 5.3.2, tên miền của người nhận đang đưa thư tới một máy chủ từ chối mọi thư: quản trị viên phía người nhận sửa các bản ghi MX, hoặc công bố null MX nếu tên miền thực sự không nhận thư.</translation>
    </message>
    <message>
        <source>4.3.2: retry with normal backoff, preferably to another MX host of the domain if there is one. 5.3.2 with 521: do not retry that host; the domain&apos;s MX setup must change first.</source>
        <comment>X.3.2|retry</comment>
        <translation>4.3.2: thử lại với khoảng chờ tăng dần thông thường, tốt nhất là tới một máy chủ MX khác của tên miền nếu có. 5.3.2 kèm 521: không thử lại máy chủ đó; cấu hình MX của tên miền phải được thay đổi trước.</translation>
    </message>
    <message>
        <source>The server is in maintenance or shutting down and refuses new transactions.</source>
        <comment>X.3.2|causes</comment>
        <translation>Máy chủ đang bảo trì hoặc đang tắt và từ chối các giao dịch mới.</translation>
    </message>
    <message>
        <source>The server is overloaded and sheds work until the load drops.</source>
        <comment>X.3.2|causes</comment>
        <translation>Máy chủ quá tải và cắt giảm công việc cho tới khi tải giảm xuống.</translation>
    </message>
    <message>
        <source>On Exchange, server components were left inactive after an update or maintenance.</source>
        <comment>X.3.2|causes</comment>
        <translation>Trên Exchange, các thành phần máy chủ bị để ở trạng thái không hoạt động sau khi cập nhật hoặc bảo trì.</translation>
    </message>
    <message>
        <source>The MX or fallback address record leads to a host that is deliberately not a mail server and answers 521.</source>
        <comment>X.3.2|causes</comment>
        <translation>Bản ghi MX hoặc bản ghi địa chỉ dự phòng dẫn tới một máy chủ cố ý không làm máy chủ thư và trả lời 521.</translation>
    </message>
    <message>
        <source>Connect to port 25 and read the greeting: 220 means open, while 421, 521 or 554 mean the host refuses.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Kết nối tới cổng 25 và đọc lời chào: 220 nghĩa là đang mở, còn 421, 521 hoặc 554 nghĩa là máy chủ từ chối.</translation>
    </message>
    <message>
        <source>On Exchange, list the server components that are not active (EX01 is the server name).</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Trên Exchange, liệt kê các thành phần máy chủ không ở trạng thái active (EX01 là tên máy chủ).</translation>
    </message>
    <message>
        <source>Check which hosts the domain&apos;s MX records point to.</source>
        <comment>X.3.2|checks.step</comment>
        <translation>Kiểm tra xem các bản ghi MX của tên miền trỏ tới những máy chủ nào.</translation>
    </message>
    <message>
        <source>Exchange Online: a folder in the recipient&apos;s mailbox has reached the limit of one million items, so delivery fails (note the permanent 554 with a 4.x code); moving items out of that folder fixes it. Exchange Online also uses 4.3.2 with &apos;recipient thread limit exceeded&apos; when one mailbox is receiving too many messages at once.</source>
        <comment>X.3.2|providers.meaning</comment>
        <translation>Exchange Online: một thư mục trong hộp thư của người nhận đã chạm giới hạn một triệu mục, nên việc chuyển phát thất bại (lưu ý mã vĩnh viễn 554 đi với mã 4.x); chuyển bớt các mục ra khỏi thư mục đó sẽ khắc phục được. Exchange Online cũng dùng 4.3.2 với &apos;recipient thread limit exceeded&apos; khi một hộp thư đang nhận quá nhiều thư cùng lúc.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <comment>X.3.3|title</comment>
        <translation>Hệ thống không hỗ trợ các tính năng được chọn</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination system does not support, typically at a gateway that cannot map a feature of one mail system onto another. It is permanent (5.3.3) when the feature will never be available there and transient (4.3.3) when support is expected back.</source>
        <comment>X.3.3|summary</comment>
        <translation>Thư yêu cầu một tính năng mà hệ thống đích không hỗ trợ, thường là tại một gateway không thể ánh xạ một tính năng của hệ thống thư này sang hệ thống thư khác. Mã là vĩnh viễn (5.3.3) khi tính năng đó sẽ không bao giờ có ở đó và tạm thời (4.3.3) khi dự kiến sẽ được hỗ trợ trở lại.</translation>
    </message>
    <message>
        <source>Uncommon and vendor-specific. It can appear at MAIL FROM or RCPT TO when a parameter names an extension the next hop lacks, or in a bounce from a gateway that could not carry a requested property (a delivery deadline, a priority, a receipt request) into the next system. On-premises Exchange has used 5.3.3 Unrecognized command when a Receive connector used for internal mail lacks the Exchange Server authentication mechanism.</source>
        <comment>X.3.3|whenSeen</comment>
        <translation>Không phổ biến và tùy theo nhà cung cấp. Mã có thể xuất hiện tại MAIL FROM hoặc RCPT TO khi một tham số nêu tên một phần mở rộng mà chặng kế tiếp không có, hoặc trong thư báo trả về từ một gateway không thể mang một thuộc tính được yêu cầu (thời hạn chuyển phát, độ ưu tiên, yêu cầu xác nhận đã nhận) sang hệ thống tiếp theo. Exchange tại chỗ từng dùng 5.3.3 Unrecognized command khi một Receive connector dùng cho thư nội bộ thiếu cơ chế xác thực Exchange Server.</translation>
    </message>
    <message>
        <source>Read the text to see which feature was refused. The sender&apos;s admin or the client software stops requesting it for that destination, or routes through a path that supports it. If the receiving system ought to support it, its admin enables the extension or fixes the connector, as in the Exchange case.</source>
        <comment>X.3.3|howToFix</comment>
        <translation>Đọc nội dung để xem tính năng nào bị từ chối. Quản trị viên phía người gửi hoặc phần mềm máy khách ngừng yêu cầu tính năng đó cho đích này, hoặc định tuyến qua một đường hỗ trợ nó. Nếu hệ thống nhận lẽ ra phải hỗ trợ, quản trị viên của nó bật phần mở rộng hoặc sửa connector, như trong trường hợp Exchange.</translation>
    </message>
    <message>
        <source>5.3.3: do not repeat the same request to the same system; drop the unsupported feature or route elsewhere. 4.3.3: retry later with backoff.</source>
        <comment>X.3.3|retry</comment>
        <translation>5.3.3: không lặp lại cùng yêu cầu tới cùng hệ thống; bỏ tính năng không được hỗ trợ hoặc định tuyến sang nơi khác. 4.3.3: thử lại sau với khoảng chờ tăng dần.</translation>
    </message>
    <message>
        <source>The message requests an extension the next system lacks, such as binary transfer or a delivery deadline, and the gateway cannot drop it silently.</source>
        <comment>X.3.3|causes</comment>
        <translation>Thư yêu cầu một phần mở rộng mà hệ thống tiếp theo không có, như truyền nhị phân hoặc thời hạn chuyển phát, và gateway không thể âm thầm bỏ qua nó.</translation>
    </message>
    <message>
        <source>A gateway to a non-SMTP messaging system cannot represent a property of the message on the other side.</source>
        <comment>X.3.3|causes</comment>
        <translation>Một gateway sang hệ thống nhắn tin không dùng SMTP không thể biểu diễn một thuộc tính của thư ở phía bên kia.</translation>
    </message>
    <message>
        <source>Exchange internal Receive connectors set up without Exchange Server authentication, so Exchange-specific commands are refused.</source>
        <comment>X.3.3|causes</comment>
        <translation>Các Receive connector nội bộ của Exchange được thiết lập mà không có xác thực Exchange Server, nên các lệnh riêng của Exchange bị từ chối.</translation>
    </message>
    <message>
        <source>List the extensions the receiving server offers and compare them with the parameters your server sends in MAIL FROM and RCPT TO.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Liệt kê các phần mở rộng mà máy chủ nhận cung cấp và so sánh với các tham số máy chủ của bạn gửi trong MAIL FROM và RCPT TO.</translation>
    </message>
    <message>
        <source>On the sending Postfix server, find the transaction to see which command was refused.</source>
        <comment>X.3.3|checks.step</comment>
        <translation>Trên máy chủ Postfix phía gửi, tìm giao dịch để xem lệnh nào bị từ chối.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <comment>X.3.4|title</comment>
        <translation>Thư quá lớn đối với hệ thống</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving system accepts for any message, whether the limit is technical or set by the administrator. It is a permanent failure for this message; compare X.2.3, which is a limit for one mailbox.</source>
        <comment>X.3.4|summary</comment>
        <translation>Thư lớn hơn mức hệ thống nhận chấp nhận cho bất kỳ thư nào, dù giới hạn đó là do kỹ thuật hay do quản trị viên đặt. Đây là lỗi vĩnh viễn đối với thư này; so sánh với X.2.3, vốn là giới hạn cho một hộp thư.</translation>
    </message>
    <message>
        <source>At MAIL FROM when the client declared a SIZE= larger than the server&apos;s advertised limit, otherwise at end of data once the server has counted the bytes, and in bounces from later hops. Postfix answers 552 5.3.4 Message size exceeds fixed limit (message_size_limit, about 10 MB by default). Exchange uses 5.3.4 Message size exceeds fixed maximum message size, and Gmail uses 552 5.3.4 for its size limit and for too many attachments or oversized headers.</source>
        <comment>X.3.4|whenSeen</comment>
        <translation>Tại MAIL FROM khi máy khách khai báo SIZE= lớn hơn giới hạn máy chủ đã quảng bá, nếu không thì ở cuối phần dữ liệu khi máy chủ đã đếm xong số byte, và trong thư báo trả về từ các chặng sau. Postfix trả lời 552 5.3.4 Message size exceeds fixed limit (message_size_limit, mặc định khoảng 10 MB). Exchange dùng 5.3.4 Message size exceeds fixed maximum message size, còn Gmail dùng 552 5.3.4 cho giới hạn kích thước và cho trường hợp quá nhiều tệp đính kèm hoặc header quá lớn.</translation>
    </message>
    <message>
        <source>The sender reduces the message: fewer or compressed attachments, or a download link instead. When comparing file sizes with the limit, allow for base64 encoding, which adds roughly 37 percent. The receiving admin may raise the limit, but then every hop on the path, filters included, must accept the new size.</source>
        <comment>X.3.4|howToFix</comment>
        <translation>Người gửi giảm kích thước thư: ít tệp đính kèm hơn hoặc nén chúng, hoặc thay bằng liên kết tải xuống. Khi so sánh kích thước tệp với giới hạn, hãy tính đến mã hóa base64, vốn làm tăng khoảng 37 phần trăm. Quản trị viên phía nhận có thể tăng giới hạn, nhưng khi đó mọi chặng trên đường đi, kể cả các bộ lọc, đều phải chấp nhận kích thước mới.</translation>
    </message>
    <message>
        <source>Do not retry the same message: size limits do not change between attempts. Send a smaller message instead.</source>
        <comment>X.3.4|retry</comment>
        <translation>Không thử lại cùng thư đó: giới hạn kích thước không thay đổi giữa các lần thử. Thay vào đó hãy gửi một thư nhỏ hơn.</translation>
    </message>
    <message>
        <source>An attachment larger than the destination&apos;s limit, such as the 10 MB default of an untuned Postfix server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Một tệp đính kèm lớn hơn giới hạn của đích, chẳng hạn mức mặc định 10 MB của một máy chủ Postfix chưa được tinh chỉnh.</translation>
    </message>
    <message>
        <source>A message under the limit as files but over it once MIME-encoded.</source>
        <comment>X.3.4|causes</comment>
        <translation>Một thư dưới giới hạn khi tính theo tệp nhưng vượt giới hạn sau khi mã hóa MIME.</translation>
    </message>
    <message>
        <source>A relay or filter on the path has a lower limit than the final server.</source>
        <comment>X.3.4|causes</comment>
        <translation>Một relay hoặc bộ lọc trên đường đi có giới hạn thấp hơn máy chủ đích cuối cùng.</translation>
    </message>
    <message>
        <source>Gmail-specific: too many attachments or an oversized header, reported with the same code.</source>
        <comment>X.3.4|causes</comment>
        <translation>Riêng với Gmail: quá nhiều tệp đính kèm hoặc header quá lớn, được báo bằng cùng mã này.</translation>
    </message>
    <message>
        <source>Read the SIZE line in the server&apos;s EHLO reply: it is the largest message the server accepts.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Đọc dòng SIZE trong phản hồi EHLO của máy chủ: đó là kích thước thư lớn nhất mà máy chủ chấp nhận.</translation>
    </message>
    <message>
        <source>On Postfix, show the configured limit in bytes.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Trên Postfix, hiển thị giới hạn đã cấu hình tính bằng byte.</translation>
    </message>
    <message>
        <source>On Exim, show the configured limit.</source>
        <comment>X.3.4|checks.step</comment>
        <translation>Trên Exim, hiển thị giới hạn đã cấu hình.</translation>
    </message>
    <message>
        <source>Gmail&apos;s message size limit. With other texts (the number of attachments exceeds Google&apos;s limit, or a header exceeds its size limit) the same code covers Gmail&apos;s limits on attachment count and header size.</source>
        <comment>X.3.4|providers.meaning</comment>
        <translation>Giới hạn kích thước thư của Gmail. Với các nội dung khác (số tệp đính kèm vượt giới hạn của Google, hoặc một header vượt giới hạn kích thước), cùng mã này bao hàm các giới hạn của Gmail về số lượng tệp đính kèm và kích thước header.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <comment>X.3.5|title</comment>
        <translation>Hệ thống bị cấu hình sai</translation>
    </message>
    <message>
        <source>The receiving system is set up in a way that does not let it accept this message: a configuration error on the server side, not a problem with the message or the address. 4.3.5 when the admin is expected to fix it soon, 5.3.5 when the refusal is final.</source>
        <comment>X.3.5|summary</comment>
        <translation>Hệ thống nhận được thiết lập theo cách không cho phép nó nhận thư này: đây là lỗi cấu hình ở phía máy chủ, không phải vấn đề của thư hay địa chỉ. 4.3.5 khi quản trị viên dự kiến sẽ sớm sửa, 5.3.5 khi sự từ chối là dứt khoát.</translation>
    </message>
    <message>
        <source>Postfix sends 451 4.3.5 Server configuration error (or Server configuration problem) when a restriction, lookup table or policy service is misconfigured, and writes the details only to its own log. On-premises Exchange uses 5.3.5 System incorrectly configured when it detects a loop, for example a Receive connector whose FQDN matches another server in the mail flow.</source>
        <comment>X.3.5|whenSeen</comment>
        <translation>Postfix gửi 451 4.3.5 Server configuration error (hoặc Server configuration problem) khi một hạn chế, bảng tra cứu hoặc dịch vụ chính sách bị cấu hình sai, và chỉ ghi chi tiết vào nhật ký của chính nó. Exchange tại chỗ dùng 5.3.5 System incorrectly configured khi phát hiện vòng lặp, chẳng hạn một Receive connector có FQDN trùng với một máy chủ khác trong luồng thư.</translation>
    </message>
    <message>
        <source>Only the receiving server&apos;s admin can fix this: read the server log at the time of the rejection, where Postfix records the real warning (an unknown restriction, a missing map file, an unreachable policy server), correct it and reload. The sender can only report the bounce and wait.</source>
        <comment>X.3.5|howToFix</comment>
        <translation>Chỉ quản trị viên máy chủ nhận mới sửa được: đọc nhật ký máy chủ tại thời điểm từ chối, nơi Postfix ghi cảnh báo thực sự (một hạn chế không xác định, thiếu tệp bảng, máy chủ chính sách không truy cập được), sửa lỗi rồi nạp lại cấu hình. Người gửi chỉ có thể báo lại thư báo trả về và chờ.</translation>
    </message>
    <message>
        <source>4.3.5: retry with backoff; it clears as soon as the admin repairs the configuration. 5.3.5: do not retry unchanged; contact the recipient&apos;s admin.</source>
        <comment>X.3.5|retry</comment>
        <translation>4.3.5: thử lại với khoảng chờ tăng dần; tình trạng hết ngay khi quản trị viên sửa xong cấu hình. 5.3.5: không thử lại khi chưa thay đổi gì; hãy liên hệ quản trị viên phía người nhận.</translation>
    </message>
    <message>
        <source>A restriction list names a lookup table that does not exist or has the wrong type.</source>
        <comment>X.3.5|causes</comment>
        <translation>Một danh sách hạn chế nêu tên một bảng tra cứu không tồn tại hoặc sai kiểu.</translation>
    </message>
    <message>
        <source>A policy service or milter named in the configuration is not running.</source>
        <comment>X.3.5|causes</comment>
        <translation>Một dịch vụ chính sách hoặc milter được nêu trong cấu hình không chạy.</translation>
    </message>
    <message>
        <source>A misspelled restriction name introduced by a configuration change.</source>
        <comment>X.3.5|causes</comment>
        <translation>Một tên hạn chế bị viết sai do một lần thay đổi cấu hình.</translation>
    </message>
    <message>
        <source>Two servers in the mail flow present the same host name, so Exchange sees the hop as a loop.</source>
        <comment>X.3.5|causes</comment>
        <translation>Hai máy chủ trong luồng thư dùng cùng một tên máy, nên Exchange coi chặng đó là vòng lặp.</translation>
    </message>
    <message>
        <source>On the receiving Postfix server, find the warning written at the same moment as the 4.3.5 reply.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Trên máy chủ Postfix phía nhận, tìm cảnh báo được ghi cùng thời điểm với phản hồi 4.3.5.</translation>
    </message>
    <message>
        <source>Show only the settings that differ from Postfix defaults, to spot the typo or the missing map.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Chỉ hiển thị các thiết lập khác với mặc định của Postfix, để phát hiện lỗi gõ hoặc bảng bị thiếu.</translation>
    </message>
    <message>
        <source>Check that every map file named in the configuration exists and is newer than its source.</source>
        <comment>X.3.5|checks.step</comment>
        <translation>Kiểm tra xem mọi tệp bảng được nêu trong cấu hình đều tồn tại và mới hơn tệp nguồn của nó.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <comment>X.3.6|title</comment>
        <translation>Độ ưu tiên được yêu cầu đã bị thay đổi</translation>
    </message>
    <message>
        <source>A success code from the MT-PRIORITY extension (RFC 6710): the server accepted the message but did not honour the transfer priority the client asked for, or the default it implied. The text after the code begins with the priority actually applied.</source>
        <comment>X.3.6|summary</comment>
        <translation>Một mã thành công của phần mở rộng MT-PRIORITY (RFC 6710): máy chủ đã nhận thư nhưng không tuân theo độ ưu tiên truyền tải mà máy khách yêu cầu, hoặc mức mặc định mà yêu cầu đó ngụ ý. Nội dung sau mã bắt đầu bằng độ ưu tiên thực tế được áp dụng.</translation>
    </message>
    <message>
        <source>Only between servers that both support MT-PRIORITY, which is rare outside specialised settings such as military or emergency messaging. The client asks for a priority from -9 to 9 with the MT-PRIORITY parameter of MAIL FROM, and the server reports the change in a positive reply (250, or 251), for example when the sender is not authorised for a high priority.</source>
        <comment>X.3.6|whenSeen</comment>
        <translation>Chỉ giữa các máy chủ đều hỗ trợ MT-PRIORITY, điều hiếm gặp ngoài các môi trường chuyên biệt như nhắn tin quân sự hoặc khẩn cấp. Máy khách yêu cầu độ ưu tiên từ -9 đến 9 bằng tham số MT-PRIORITY của MAIL FROM, và máy chủ báo sự thay đổi trong một phản hồi tích cực (250, hoặc 251), chẳng hạn khi người gửi không được phép dùng độ ưu tiên cao.</translation>
    </message>
    <message>
        <source>Nothing is broken: the message was accepted. If the priority matters, the sender&apos;s admin checks that the sending account or host is authorised for that level at the receiving system, or arranges it with the receiving admin.</source>
        <comment>X.3.6|howToFix</comment>
        <translation>Không có gì hỏng: thư đã được nhận. Nếu độ ưu tiên quan trọng, quản trị viên phía người gửi kiểm tra xem tài khoản hoặc máy gửi có được phép dùng mức đó tại hệ thống nhận không, hoặc thỏa thuận với quản trị viên phía nhận.</translation>
    </message>
    <message>
        <source>Nothing to retry: the message was accepted at the changed priority. Carry on with the transaction as normal.</source>
        <comment>X.3.6|retry</comment>
        <translation>Không có gì cần thử lại: thư đã được nhận với độ ưu tiên đã thay đổi. Tiếp tục giao dịch như bình thường.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy does not authorise this sender for the requested high priority, so it was lowered.</source>
        <comment>X.3.6|causes</comment>
        <translation>Chính sách của máy chủ nhận không cho phép người gửi này dùng độ ưu tiên cao đã yêu cầu, nên độ ưu tiên bị hạ xuống.</translation>
    </message>
    <message>
        <source>The receiving server supports fewer priority levels and mapped the request to the nearest one it has.</source>
        <comment>X.3.6|causes</comment>
        <translation>Máy chủ nhận hỗ trợ ít mức ưu tiên hơn và đã ánh xạ yêu cầu sang mức gần nhất mà nó có.</translation>
    </message>
    <message>
        <source>Local policy raises or lowers priority for particular senders or recipients.</source>
        <comment>X.3.6|causes</comment>
        <translation>Chính sách cục bộ nâng hoặc hạ độ ưu tiên cho một số người gửi hoặc người nhận cụ thể.</translation>
    </message>
    <message>
        <source>Confirm the receiving server offers MT-PRIORITY in its EHLO reply.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Xác nhận máy chủ nhận có cung cấp MT-PRIORITY trong phản hồi EHLO của nó.</translation>
    </message>
    <message>
        <source>Read the number at the start of the reply text after the code: it is the priority the message now has.</source>
        <comment>X.3.6|checks.step</comment>
        <translation>Đọc con số ở đầu nội dung phản hồi sau mã: đó là độ ưu tiên hiện tại của thư.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <comment>X.4.0|title</comment>
        <translation>Trạng thái mạng hoặc định tuyến khác hoặc không xác định</translation>
    </message>
    <message>
        <source>A catch-all for trouble on the network or routing side of delivery that none of the more specific X.4 codes describes. As 4.4.0 the sending system could not get the message through this time and keeps trying; as 5.4.0 the reporting system has given up on that route for good.</source>
        <comment>X.4.0|summary</comment>
        <translation>Mã chung cho các sự cố ở phía mạng hoặc định tuyến của quá trình chuyển phát mà không mã X.4 cụ thể nào mô tả được. Ở dạng 4.4.0, hệ thống gửi lần này chưa chuyển được thư đi và tiếp tục thử; ở dạng 5.4.0, hệ thống báo cáo đã bỏ hẳn tuyến đường đó.</translation>
    </message>
    <message>
        <source>Mostly in deferral reasons and bounces written by the sending MTA rather than in a reply from the far end. Microsoft Exchange puts 451 4.4.0 in front of DNS failures and failed delivery attempts in its queue LastError, and Postfix answers an exceeded hop count with 554 5.4.0 Error: too many hops.</source>
        <comment>X.4.0|whenSeen</comment>
        <translation>Chủ yếu trong lý do hoãn (deferral) và thư báo trả về do MTA gửi lập, hơn là trong phản hồi từ đầu bên kia. Microsoft Exchange đặt 451 4.4.0 trước các lỗi DNS và các lần chuyển phát thất bại trong LastError của hàng đợi, còn Postfix trả lời việc vượt số chặng với 554 5.4.0 Error: too many hops.</translation>
    </message>
    <message>
        <source>Read the text after the code and the matching MTA log line: the real cause (DNS failure, refused connection, hop limit) is almost always named there. The sender&apos;s mail admin works from that detail: fix local DNS, firewall or routing if the fault is on the sending side, or send the recipient&apos;s admin the exact error, MX host and timestamps if their side is unreachable or misbehaving.</source>
        <comment>X.4.0|howToFix</comment>
        <translation>Đọc nội dung sau mã và dòng nhật ký MTA tương ứng: nguyên nhân thực sự (lỗi DNS, kết nối bị từ chối, giới hạn số chặng) hầu như luôn được nêu ở đó. Quản trị viên thư phía người gửi xử lý dựa trên chi tiết đó: sửa DNS, tường lửa hoặc định tuyến cục bộ nếu lỗi ở phía gửi, hoặc gửi cho quản trị viên phía người nhận chính xác thông báo lỗi, máy chủ MX và các mốc thời gian nếu phía họ không truy cập được hoặc hoạt động bất thường.</translation>
    </message>
    <message>
        <source>For 4.4.0, retry with normal backoff; the condition is usually transient. For 5.4.0, do not retry the same route unchanged; find the specific cause in the diagnostic text first.</source>
        <comment>X.4.0|retry</comment>
        <translation>Với 4.4.0, thử lại với khoảng chờ tăng dần thông thường; tình trạng thường chỉ là tạm thời. Với 5.4.0, không thử lại cùng tuyến đường khi chưa thay đổi gì; trước hết hãy tìm nguyên nhân cụ thể trong nội dung chẩn đoán.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own resolver failed or timed out while looking up the destination&apos;s MX or address records.</source>
        <comment>X.4.0|causes</comment>
        <translation>Trình phân giải DNS của chính máy chủ gửi bị lỗi hoặc hết thời gian chờ khi tra cứu bản ghi MX hoặc bản ghi địa chỉ của đích.</translation>
    </message>
    <message>
        <source>A firewall, a provider block on outbound port 25 or a broken route stopped the connection to the destination MX.</source>
        <comment>X.4.0|causes</comment>
        <translation>Tường lửa, việc nhà cung cấp chặn cổng 25 chiều đi hoặc một tuyến đường bị hỏng đã ngăn kết nối tới máy chủ MX đích.</translation>
    </message>
    <message>
        <source>The message hit an MTA&apos;s hop limit because of a forwarding or relay loop (Postfix reports this as 5.4.0, not 5.4.6).</source>
        <comment>X.4.0|causes</comment>
        <translation>Thư chạm giới hạn số chặng của một MTA do vòng lặp chuyển tiếp hoặc vòng lặp relay (Postfix báo trường hợp này là 5.4.0, không phải 5.4.6).</translation>
    </message>
    <message>
        <source>A gateway or security appliance reported a network failure without saying which kind.</source>
        <comment>X.4.0|causes</comment>
        <translation>Một gateway hoặc thiết bị bảo mật báo lỗi mạng mà không nói rõ loại lỗi nào.</translation>
    </message>
    <message>
        <source>Find the full deferral or bounce reason in the sending server&apos;s log; the text after the code names the actual failure.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Tìm đầy đủ lý do hoãn hoặc trả về trong nhật ký của máy chủ gửi; nội dung sau mã nêu tên lỗi thực sự.</translation>
    </message>
    <message>
        <source>Confirm the destination&apos;s MX records resolve from the sending server itself, not only from your workstation.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Xác nhận các bản ghi MX của đích phân giải được từ chính máy chủ gửi, không chỉ từ máy trạm của bạn.</translation>
    </message>
    <message>
        <source>Test whether port 25 on the destination MX is reachable from the sending host.</source>
        <comment>X.4.0|checks.step</comment>
        <translation>Kiểm tra xem từ máy gửi có truy cập được cổng 25 trên máy chủ MX đích không.</translation>
    </message>
    <message>
        <source>Exchange&apos;s queue error when its DNS lookup for the next hop fails, in this example because the destination domain does not exist. Exchange keeps retrying and, once its message expiration timeout has passed, returns an NDR with 550 4.4.7 QUEUE.Expired; message expired. The registry would describe this as X.4.3 or X.4.4; Exchange uses the generic 4.4.0.</source>
        <comment>X.4.0|providers.meaning</comment>
        <translation>Lỗi hàng đợi của Exchange khi tra cứu DNS cho chặng kế tiếp thất bại, trong ví dụ này là do tên miền đích không tồn tại. Exchange tiếp tục thử lại và, khi đã quá thời gian hết hạn thư (message expiration timeout), trả về một NDR với 550 4.4.7 QUEUE.Expired; message expired. Sổ đăng ký mã sẽ mô tả trường hợp này là X.4.3 hoặc X.4.4; Exchange dùng mã chung 4.4.0.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <comment>X.4.1|title</comment>
        <translation>Máy chủ không trả lời</translation>
    </message>
    <message>
        <source>The sending server tried to open a connection to the next hop and got no usable answer: the connection timed out, was refused, or the host was too busy to pick up. RFC 3463 defines it only as a persistent transient error, so 4.4.1 means still trying, not failed for good.</source>
        <comment>X.4.1|summary</comment>
        <translation>Máy chủ gửi đã cố mở kết nối tới chặng kế tiếp nhưng không nhận được câu trả lời dùng được: kết nối hết thời gian chờ, bị từ chối, hoặc máy chủ quá bận để tiếp nhận. RFC 3463 chỉ định nghĩa mã này là lỗi tạm thời kéo dài, nên 4.4.1 có nghĩa là vẫn đang thử, chứ không phải đã thất bại hẳn.</translation>
    </message>
    <message>
        <source>Almost always generated by the sending MTA itself and shown in its log or in a delay warning, because the far end never got to say anything. Postfix logs deferrals such as connect to mail.example.com[192.0.2.25]:25: Connection timed out with dsn=4.4.1. A BURL submission server also answers 451 4.4.1 when the IMAP server holding the message cannot be reached (RFC 4468).</source>
        <comment>X.4.1|whenSeen</comment>
        <translation>Hầu như luôn do chính MTA gửi tạo ra và hiển thị trong nhật ký của nó hoặc trong thông báo chậm trễ, vì đầu bên kia chưa kịp nói gì. Postfix ghi nhật ký các lần hoãn như connect to mail.example.com[192.0.2.25]:25: Connection timed out với dsn=4.4.1. Máy chủ submission hỗ trợ BURL cũng trả lời 451 4.4.1 khi không truy cập được máy chủ IMAP đang chứa thư (RFC 4468).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin first checks that the sending host can reach port 25 at all, since many cloud and residential networks block it outbound. If other domains work, the problem is at the destination: its MX host is down, firewalled or listening on the wrong address, and the recipient&apos;s admin has to fix it. Tell them which MX host and IP address you tried and when.</source>
        <comment>X.4.1|howToFix</comment>
        <translation>Trước hết quản trị viên phía người gửi kiểm tra xem máy gửi có kết nối được tới cổng 25 hay không, vì nhiều mạng đám mây và mạng dân dụng chặn cổng này ở chiều đi. Nếu các tên miền khác vẫn gửi được, vấn đề nằm ở phía đích: máy chủ MX của họ đang ngừng hoạt động, bị tường lửa chặn hoặc lắng nghe sai địa chỉ, và quản trị viên phía người nhận phải sửa. Hãy cho họ biết bạn đã thử máy chủ MX và địa chỉ IP nào, vào lúc nào.</translation>
    </message>
    <message>
        <source>Retry later with backoff, trying the other MX hosts in preference order. The message only fails when the queue lifetime runs out, which then shows up as an expiry (X.4.7).</source>
        <comment>X.4.1|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần, lần lượt thử các máy chủ MX khác theo thứ tự ưu tiên. Thư chỉ thất bại khi hết thời gian lưu hàng đợi, và khi đó sẽ hiển thị dưới dạng hết hạn (X.4.7).</translation>
    </message>
    <message>
        <source>The destination&apos;s MX host is down, overloaded or not listening on port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Máy chủ MX của đích đang ngừng hoạt động, quá tải hoặc không lắng nghe trên cổng 25.</translation>
    </message>
    <message>
        <source>A firewall on either side silently drops SMTP traffic, so the attempt times out instead of being refused.</source>
        <comment>X.4.1|causes</comment>
        <translation>Tường lửa ở một trong hai phía âm thầm loại bỏ lưu lượng SMTP, nên lần thử bị hết thời gian chờ thay vì bị từ chối.</translation>
    </message>
    <message>
        <source>The sending network (cloud provider or ISP) blocks outbound connections to port 25.</source>
        <comment>X.4.1|causes</comment>
        <translation>Mạng gửi (nhà cung cấp đám mây hoặc ISP) chặn các kết nối chiều đi tới cổng 25.</translation>
    </message>
    <message>
        <source>The MX record still points to an old or wrong IP address after a migration.</source>
        <comment>X.4.1|causes</comment>
        <translation>Bản ghi MX vẫn trỏ tới một địa chỉ IP cũ hoặc sai sau một đợt chuyển đổi.</translation>
    </message>
    <message>
        <source>List the destination&apos;s MX hosts in preference order.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Liệt kê các máy chủ MX của đích theo thứ tự ưu tiên.</translation>
    </message>
    <message>
        <source>Try a TCP connection to port 25 of each MX from the sending server; a timeout suggests filtering, connection refused means nothing is listening.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Thử kết nối TCP tới cổng 25 của từng MX từ máy chủ gửi; hết thời gian chờ gợi ý có lọc chặn, còn connection refused nghĩa là không có gì đang lắng nghe.</translation>
    </message>
    <message>
        <source>Check that your host can reach port 25 somewhere else, for example another domain&apos;s MX, to rule out an outbound block.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Kiểm tra xem máy của bạn có kết nối được tới cổng 25 ở nơi khác không, chẳng hạn MX của một tên miền khác, để loại trừ khả năng bị chặn chiều đi.</translation>
    </message>
    <message>
        <source>Look at the deferral reasons Postfix recorded for this destination.</source>
        <comment>X.4.1|checks.step</comment>
        <translation>Xem các lý do hoãn mà Postfix đã ghi lại cho đích này.</translation>
    </message>
    <message>
        <source>Exchange Online sends this at RCPT TO, with no network problem involved, when Directory-Based Edge Blocking rejects an address that does not exist in the receiving tenant (or has not synced there), or when the domain is not set up correctly as an accepted domain. Treat it as an invalid-recipient bounce: the sender checks the address, the recipient&apos;s admin checks the tenant&apos;s recipients and accepted domains.</source>
        <comment>X.4.1|providers.meaning</comment>
        <translation>Exchange Online gửi mã này tại RCPT TO, không liên quan gì đến sự cố mạng, khi Directory-Based Edge Blocking từ chối một địa chỉ không tồn tại trong tenant nhận (hoặc chưa được đồng bộ tới đó), hoặc khi tên miền chưa được thiết lập đúng là accepted domain. Hãy coi đây là thư báo trả về do người nhận không hợp lệ: người gửi kiểm tra địa chỉ, quản trị viên phía người nhận kiểm tra người nhận và các accepted domain của tenant.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <comment>X.4.2|title</comment>
        <translation>Kết nối lỗi</translation>
    </message>
    <message>
        <source>A connection to the next hop was made, but the transaction could not be completed because the line dropped, stalled or timed out partway through. Like X.4.1 it is defined as a persistent transient error, so the message stays queued for another attempt.</source>
        <comment>X.4.2|summary</comment>
        <translation>Đã kết nối được tới chặng kế tiếp, nhưng giao dịch không hoàn tất được vì đường truyền bị ngắt, bị treo hoặc hết thời gian chờ giữa chừng. Giống X.4.1, mã này được định nghĩa là lỗi tạm thời kéo dài, nên thư vẫn nằm trong hàng đợi để thử lại.</translation>
    </message>
    <message>
        <source>Either in the sending MTA&apos;s log, where Postfix writes lost connection with mail.example.com[192.0.2.25] while sending end of data and dsn=4.4.2, or as a reply from a server that closes a slow or idle session: the Postfix SMTP server sends 421 4.4.2 followed by its host name and Error: timeout exceeded, and Gmail sends 451 4.4.2 Timeout - closing connection.</source>
        <comment>X.4.2|whenSeen</comment>
        <translation>Hoặc trong nhật ký của MTA gửi, nơi Postfix ghi lost connection with mail.example.com[192.0.2.25] while sending end of data và dsn=4.4.2, hoặc dưới dạng phản hồi từ một máy chủ đóng phiên chậm hoặc nhàn rỗi: máy chủ SMTP của Postfix gửi 421 4.4.2 theo sau là tên máy của nó và Error: timeout exceeded, còn Gmail gửi 451 4.4.2 Timeout - closing connection.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin checks at which stage the connection broke. Drops during DATA with large messages often point to MTU or path problems, a middlebox inspecting SMTP, or a receiver&apos;s time limit; idle timeouts point to a slow client or an overloaded sending host. If only one destination is affected, give the recipient&apos;s admin the timestamps and the stage at which it failed.</source>
        <comment>X.4.2|howToFix</comment>
        <translation>Quản trị viên phía người gửi kiểm tra xem kết nối bị đứt ở giai đoạn nào. Đứt kết nối trong lúc DATA với thư lớn thường chỉ ra vấn đề MTU hoặc đường truyền, một thiết bị trung gian kiểm tra SMTP, hoặc giới hạn thời gian của bên nhận; hết thời gian chờ do nhàn rỗi chỉ ra máy khách chậm hoặc máy gửi quá tải. Nếu chỉ một đích bị ảnh hưởng, hãy gửi cho quản trị viên phía người nhận các mốc thời gian và giai đoạn bị lỗi.</translation>
    </message>
    <message>
        <source>Retry later with backoff; an occasional dropped connection is normal on the internet. Repeated drops at the same stage for the same destination are a configuration problem that retrying alone will not fix.</source>
        <comment>X.4.2|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần; thỉnh thoảng bị đứt kết nối là chuyện bình thường trên Internet. Việc đứt kết nối lặp lại ở cùng giai đoạn với cùng một đích là vấn đề cấu hình mà chỉ thử lại thì không khắc phục được.</translation>
    </message>
    <message>
        <source>A firewall or SMTP-inspecting middlebox that cuts or mangles the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Tường lửa hoặc thiết bị trung gian kiểm tra SMTP cắt đứt hoặc làm hỏng phiên.</translation>
    </message>
    <message>
        <source>Path MTU problems that stall large packets, so small messages pass and large ones hang during DATA.</source>
        <comment>X.4.2|causes</comment>
        <translation>Vấn đề Path MTU làm các gói tin lớn bị treo, nên thư nhỏ đi qua được còn thư lớn bị treo trong lúc DATA.</translation>
    </message>
    <message>
        <source>The client paused too long between commands and the server&apos;s idle timeout closed the session.</source>
        <comment>X.4.2|causes</comment>
        <translation>Máy khách dừng quá lâu giữa các lệnh và thời gian chờ nhàn rỗi của máy chủ đã đóng phiên.</translation>
    </message>
    <message>
        <source>The receiving server restarted, crashed or shed connections under load in mid-transaction.</source>
        <comment>X.4.2|causes</comment>
        <translation>Máy chủ nhận khởi động lại, bị sập hoặc cắt bớt kết nối khi quá tải ngay giữa giao dịch.</translation>
    </message>
    <message>
        <source>Find the stage at which the connection was lost.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Tìm giai đoạn mà kết nối bị mất.</translation>
    </message>
    <message>
        <source>Run a complete test transaction to the same MX and watch where it stops.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Chạy một giao dịch thử nghiệm hoàn chỉnh tới cùng MX và theo dõi xem nó dừng ở đâu.</translation>
    </message>
    <message>
        <source>Check that STARTTLS completes cleanly; a broken handshake often shows up as a dropped connection.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Kiểm tra xem STARTTLS có hoàn tất suôn sẻ không; quá trình bắt tay bị lỗi thường biểu hiện như một kết nối bị đứt.</translation>
    </message>
    <message>
        <source>If large messages fail and small ones pass, test whether full-size packets reach the MX unfragmented.</source>
        <comment>X.4.2|checks.step</comment>
        <translation>Nếu thư lớn thất bại còn thư nhỏ đi qua được, hãy kiểm tra xem các gói tin kích thước đầy đủ có tới được MX mà không bị phân mảnh không.</translation>
    </message>
    <message>
        <source>Gmail closes the session because the client was too slow between commands or while sending data. Reconnect and retry; if it keeps happening, look for an overloaded sending host or a slow network path.</source>
        <comment>X.4.2|providers.meaning</comment>
        <translation>Gmail đóng phiên vì máy khách quá chậm giữa các lệnh hoặc trong lúc gửi dữ liệu. Hãy kết nối lại và thử lại; nếu tình trạng cứ lặp lại, hãy tìm xem máy gửi có bị quá tải hoặc đường mạng có chậm không.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <comment>X.4.3|title</comment>
        <translation>Lỗi máy chủ dịch vụ thư mục</translation>
    </message>
    <message>
        <source>The message could not be routed because a directory service, in practice nearly always DNS, was unavailable or answered with an error. RFC 3463 meant it as a temporary failure (4.4.3), although some servers send it with a 5.</source>
        <comment>X.4.3|summary</comment>
        <translation>Thư không thể được định tuyến vì một dịch vụ thư mục, trên thực tế hầu như luôn là DNS, không khả dụng hoặc trả lời bằng một lỗi. RFC 3463 định ra mã này là lỗi tạm thời (4.4.3), dù một số máy chủ gửi nó với chữ số 5.</translation>
    </message>
    <message>
        <source>On the sending side when the MX or address lookup for the destination times out or returns SERVFAIL; Postfix defers with Name service error for name=example.com type=MX: Host not found, try again and dsn=4.4.3. On the receiving side when a DNS-based check cannot finish: RFC 7208 recommends 451 4.4.3 when an SPF check ends in a temporary error.</source>
        <comment>X.4.3|whenSeen</comment>
        <translation>Ở phía gửi, khi việc tra cứu MX hoặc địa chỉ của đích bị hết thời gian chờ hoặc nhận về SERVFAIL; Postfix hoãn thư với Name service error for name=example.com type=MX: Host not found, try again và dsn=4.4.3. Ở phía nhận, khi một bước kiểm tra dựa trên DNS không hoàn tất được: RFC 7208 khuyến nghị dùng 451 4.4.3 khi kiểm tra SPF kết thúc với lỗi tạm thời.</translation>
    </message>
    <message>
        <source>Work out whose DNS is failing. If the sending server cannot resolve anything, its admin repairs the local resolver (resolver configuration, a stopped caching daemon, blocked outbound DNS). If only one domain fails, that domain&apos;s authoritative servers are down, lame or broken by DNSSEC, and the recipient&apos;s admin or their DNS host must repair them.</source>
        <comment>X.4.3|howToFix</comment>
        <translation>Xác định DNS của bên nào đang lỗi. Nếu máy chủ gửi không phân giải được gì cả, quản trị viên của nó sửa trình phân giải cục bộ (cấu hình resolver, daemon bộ đệm đã dừng, DNS chiều đi bị chặn). Nếu chỉ một tên miền lỗi, các máy chủ có thẩm quyền của tên miền đó đang ngừng hoạt động, bị ủy quyền hỏng (lame) hoặc bị hỏng do DNSSEC, và quản trị viên phía người nhận hoặc nhà cung cấp DNS của họ phải sửa.</translation>
    </message>
    <message>
        <source>Retry later with backoff; DNS outages are usually short. A 5.4.3 from a receiver is often really temporary too: resend once the DNS problem is fixed.</source>
        <comment>X.4.3|retry</comment>
        <translation>Thử lại sau với khoảng chờ tăng dần; sự cố DNS thường ngắn. Mã 5.4.3 từ bên nhận thực ra cũng thường chỉ là tạm thời: hãy gửi lại khi sự cố DNS đã được khắc phục.</translation>
    </message>
    <message>
        <source>The sending server&apos;s local resolver is down, unreachable or rate limited.</source>
        <comment>X.4.3|causes</comment>
        <translation>Trình phân giải cục bộ của máy chủ gửi đang ngừng hoạt động, không truy cập được hoặc bị giới hạn tốc độ.</translation>
    </message>
    <message>
        <source>The destination domain&apos;s authoritative name servers time out or answer SERVFAIL.</source>
        <comment>X.4.3|causes</comment>
        <translation>Các máy chủ tên miền có thẩm quyền của tên miền đích bị hết thời gian chờ hoặc trả lời SERVFAIL.</translation>
    </message>
    <message>
        <source>A DNSSEC failure (expired signatures, wrong DS record) makes validating resolvers refuse the answer.</source>
        <comment>X.4.3|causes</comment>
        <translation>Lỗi DNSSEC (chữ ký hết hạn, bản ghi DS sai) khiến các trình phân giải có xác thực từ chối câu trả lời.</translation>
    </message>
    <message>
        <source>An SPF, DKIM or DMARC lookup on the receiving side timed out, and the receiver deferred instead of deciding.</source>
        <comment>X.4.3|causes</comment>
        <translation>Một lần tra cứu SPF, DKIM hoặc DMARC ở phía nhận bị hết thời gian chờ, và bên nhận đã hoãn thư thay vì đưa ra quyết định.</translation>
    </message>
    <message>
        <source>Check that the resolver used by the mail server answers for the destination at all.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Kiểm tra xem trình phân giải mà máy chủ thư sử dụng có trả lời được cho đích hay không.</translation>
    </message>
    <message>
        <source>Follow the delegation from the root to see whether the domain&apos;s own name servers are failing.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Lần theo chuỗi ủy quyền từ gốc để xem chính các máy chủ tên miền của tên miền đó có đang lỗi không.</translation>
    </message>
    <message>
        <source>Repeat the query with DNSSEC checking disabled; if only this one works, the zone&apos;s signatures are broken.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Lặp lại truy vấn với việc kiểm tra DNSSEC bị tắt; nếu chỉ truy vấn này thành công, chữ ký của vùng (zone) đang bị hỏng.</translation>
    </message>
    <message>
        <source>See which resolvers the mail server is configured to use.</source>
        <comment>X.4.3|checks.step</comment>
        <translation>Xem máy chủ thư được cấu hình để dùng những trình phân giải nào.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <comment>X.4.4|title</comment>
        <translation>Không thể định tuyến</translation>
    </message>
    <message>
        <source>The mail system could not find a next hop for the destination because the routing information it needed was missing. The typical trigger is DNS that answers but gives no usable MX or address for the domain; 4.4.4 means the records may still appear, 5.4.4 means the sending system has given up.</source>
        <comment>X.4.4|summary</comment>
        <translation>Hệ thống thư không tìm được chặng kế tiếp cho đích vì thiếu thông tin định tuyến cần thiết. Nguyên nhân điển hình là DNS có trả lời nhưng không đưa ra MX hoặc địa chỉ nào dùng được cho tên miền; 4.4.4 có nghĩa là các bản ghi có thể vẫn sẽ xuất hiện, 5.4.4 có nghĩa là hệ thống gửi đã bỏ cuộc.</translation>
    </message>
    <message>
        <source>Generated by the sending MTA, usually in a bounce. Postfix bounces with Host or domain name not found. Name service error for name=example.com type=A: Host not found and dsn=5.4.4; Microsoft Exchange reports 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Also seen when an internal relay has no transport, connector or smart host for the destination.</source>
        <comment>X.4.4|whenSeen</comment>
        <translation>Do MTA gửi tạo ra, thường trong thư báo trả về. Postfix trả thư về với Host or domain name not found (không tìm thấy máy hoặc tên miền). Name service error for name=example.com type=A: Host not found và dsn=5.4.4; Microsoft Exchange báo 550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain. Cũng gặp khi một relay nội bộ không có transport, connector hoặc smart host cho đích.</translation>
    </message>
    <message>
        <source>First the sender checks the address for a misspelt domain, by far the most common cause. If the domain is right, its owner (the recipient&apos;s admin) must publish MX records, or at least an A or AAAA record, that point at a working mail server. On the sending side the admin checks that internal routing (transport maps, send connectors, smart hosts) covers the destination.</source>
        <comment>X.4.4|howToFix</comment>
        <translation>Trước hết người gửi kiểm tra xem tên miền trong địa chỉ có bị viết sai không, đây là nguyên nhân phổ biến nhất. Nếu tên miền đúng, chủ sở hữu của nó (quản trị viên phía người nhận) phải công bố bản ghi MX, hoặc ít nhất một bản ghi A hoặc AAAA, trỏ tới một máy chủ thư đang hoạt động. Ở phía gửi, quản trị viên kiểm tra xem định tuyến nội bộ (transport map, send connector, smart host) có bao phủ đích này không.</translation>
    </message>
    <message>
        <source>For 4.4.4, retry with backoff in case the records are being fixed. For 5.4.4, do not retry unchanged; correct the address or wait for the domain owner to publish working records.</source>
        <comment>X.4.4|retry</comment>
        <translation>Với 4.4.4, thử lại với khoảng chờ tăng dần phòng khi các bản ghi đang được sửa. Với 5.4.4, không thử lại khi chưa thay đổi gì; hãy sửa địa chỉ hoặc chờ chủ sở hữu tên miền công bố các bản ghi hoạt động được.</translation>
    </message>
    <message>
        <source>A typo in the recipient&apos;s domain (example.con instead of example.com), so the domain does not exist.</source>
        <comment>X.4.4|causes</comment>
        <translation>Gõ sai tên miền của người nhận (example.con thay vì example.com), nên tên miền không tồn tại.</translation>
    </message>
    <message>
        <source>The domain exists but has neither an MX record nor an A or AAAA record to fall back on.</source>
        <comment>X.4.4|causes</comment>
        <translation>Tên miền tồn tại nhưng không có bản ghi MX lẫn bản ghi A hoặc AAAA để dùng làm phương án dự phòng.</translation>
    </message>
    <message>
        <source>The MX record names a host that has no address record.</source>
        <comment>X.4.4|causes</comment>
        <translation>Bản ghi MX trỏ tới một tên máy không có bản ghi địa chỉ.</translation>
    </message>
    <message>
        <source>An internal relay has no route (transport map entry, connector or smart host) for the destination domain.</source>
        <comment>X.4.4|causes</comment>
        <translation>Một relay nội bộ không có tuyến đường (mục transport map, connector hoặc smart host) cho tên miền đích.</translation>
    </message>
    <message>
        <source>Check that the domain exists (NOERROR rather than NXDOMAIN) and read its MX records.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Kiểm tra xem tên miền có tồn tại không (NOERROR chứ không phải NXDOMAIN) và đọc các bản ghi MX của nó.</translation>
    </message>
    <message>
        <source>Resolve each MX host name; a name without A or AAAA records cannot be used for delivery.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Phân giải từng tên máy MX; một tên không có bản ghi A hoặc AAAA thì không dùng được để chuyển phát.</translation>
    </message>
    <message>
        <source>Check the IPv6 side too if the MX host has no IPv4 address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Kiểm tra cả phía IPv6 nếu máy chủ MX không có địa chỉ IPv4.</translation>
    </message>
    <message>
        <source>On Exim, ask the routers how they would deliver the address.</source>
        <comment>X.4.4|checks.step</comment>
        <translation>Trên Exim, hỏi các router xem chúng sẽ chuyển phát địa chỉ đó như thế nào.</translation>
    </message>
    <message>
        <source>Exchange found that the destination domain does not exist in DNS and bounced the message. If the domain does exist, Microsoft points admins at the DNS settings the Exchange transport service uses.</source>
        <comment>X.4.4|providers.meaning</comment>
        <translation>Exchange phát hiện tên miền đích không tồn tại trong DNS và đã trả thư về. Nếu tên miền thực sự tồn tại, Microsoft hướng quản trị viên tới các thiết lập DNS mà dịch vụ truyền tải của Exchange sử dụng.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <comment>X.4.5|title</comment>
        <translation>Hệ thống thư bị nghẽn</translation>
    </message>
    <message>
        <source>The receiving or relaying mail system is congested and will not take the message now. It is defined as a persistent transient error only: the message itself is fine, and the sender should slow down and try again later.</source>
        <comment>X.4.5|summary</comment>
        <translation>Hệ thống thư nhận hoặc relay đang bị nghẽn và hiện không nhận thư. Mã chỉ được định nghĩa là lỗi tạm thời kéo dài: bản thân thư không có vấn đề gì, và người gửi nên giảm tốc độ rồi thử lại sau.</translation>
    </message>
    <message>
        <source>As a reply at connection time or to MAIL FROM and RCPT TO when a server is overloaded or enforcing connection and rate limits; Gmail sends 421 4.4.5 Server busy, try again later. Gmail also sends 550 5.4.5 to its own users who exceed their daily sending limit, a provider-specific use with a 5.</source>
        <comment>X.4.5|whenSeen</comment>
        <translation>Dưới dạng phản hồi ngay khi kết nối hoặc cho MAIL FROM và RCPT TO khi máy chủ quá tải hoặc đang áp dụng giới hạn kết nối và tốc độ; Gmail gửi 421 4.4.5 Server busy, try again later. Gmail cũng gửi 550 5.4.5 cho chính người dùng của mình khi họ vượt giới hạn gửi hằng ngày, một cách dùng riêng của nhà cung cấp với chữ số 5.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the message. The sender&apos;s admin lets the queue retry and, if the deferrals persist, lowers the number of parallel connections and the sending rate towards that destination. The recipient&apos;s admin only needs to act if their own server is genuinely overloaded (queue backlog, disk, CPU).</source>
        <comment>X.4.5|howToFix</comment>
        <translation>Thư không có vấn đề gì. Quản trị viên phía người gửi để hàng đợi tự thử lại và, nếu tình trạng hoãn kéo dài, giảm số kết nối song song và tốc độ gửi tới đích đó. Quản trị viên phía người nhận chỉ cần hành động nếu máy chủ của chính họ thực sự quá tải (hàng đợi tồn đọng, đĩa, CPU).</translation>
    </message>
    <message>
        <source>Retry later with exponential backoff and fewer parallel connections to that host; hammering a congested server only prolongs the deferrals.</source>
        <comment>X.4.5|retry</comment>
        <translation>Thử lại sau với thời gian chờ tăng theo cấp số nhân và ít kết nối song song hơn tới máy chủ đó; dồn dập vào một máy chủ đang nghẽn chỉ làm việc hoãn kéo dài thêm.</translation>
    </message>
    <message>
        <source>The receiving server is overloaded or in maintenance and pushing back on new sessions.</source>
        <comment>X.4.5|causes</comment>
        <translation>Máy chủ nhận đang quá tải hoặc đang bảo trì và đẩy lùi các phiên mới.</translation>
    </message>
    <message>
        <source>The sender opened too many simultaneous connections to the same destination.</source>
        <comment>X.4.5|causes</comment>
        <translation>Người gửi đã mở quá nhiều kết nối đồng thời tới cùng một đích.</translation>
    </message>
    <message>
        <source>The sending rate (messages or recipients per minute) exceeded the receiver&apos;s throttling limits.</source>
        <comment>X.4.5|causes</comment>
        <translation>Tốc độ gửi (số thư hoặc số người nhận mỗi phút) vượt quá giới hạn điều tiết của bên nhận.</translation>
    </message>
    <message>
        <source>A relay&apos;s own queue is backed up and it refuses more mail from upstream.</source>
        <comment>X.4.5|causes</comment>
        <translation>Hàng đợi của chính một relay đang bị ùn ứ và nó từ chối nhận thêm thư từ phía trước.</translation>
    </message>
    <message>
        <source>Count how many queued entries mention the destination domain on the sending server.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Đếm xem có bao nhiêu mục trong hàng đợi trên máy chủ gửi nhắc tới tên miền đích.</translation>
    </message>
    <message>
        <source>Check how many parallel deliveries Postfix makes to one destination.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Kiểm tra xem Postfix thực hiện bao nhiêu lượt chuyển phát song song tới một đích.</translation>
    </message>
    <message>
        <source>See whether the deferrals happen at connection time or at RCPT TO.</source>
        <comment>X.4.5|checks.step</comment>
        <translation>Xem việc hoãn xảy ra ngay khi kết nối hay tại RCPT TO.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary busy deferral. It clears by retrying later, ideally with fewer simultaneous connections from the sending IP.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Lệnh hoãn tạm thời do bận của Gmail. Tình trạng sẽ qua khi thử lại sau, tốt nhất với ít kết nối đồng thời hơn từ IP gửi.</translation>
    </message>
    <message>
        <source>Sent to a Gmail or Google Workspace user who submits mail, not to a receiving MTA: the account has used up its rolling daily sending quota, and sending works again once the window has passed. This is Google&apos;s own use of X.4.5 with a 5, outside the registry meaning.</source>
        <comment>X.4.5|providers.meaning</comment>
        <translation>Được gửi cho một người dùng Gmail hoặc Google Workspace đang gửi thư đi, không phải cho một MTA nhận: tài khoản đã dùng hết hạn mức gửi hằng ngày tính theo cửa sổ trượt, và có thể gửi lại khi khoảng thời gian đó đã qua. Đây là cách dùng riêng của Google đối với X.4.5 với chữ số 5, nằm ngoài nghĩa trong sổ đăng ký mã.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <comment>X.4.6|title</comment>
        <translation>Phát hiện vòng lặp định tuyến</translation>
    </message>
    <message>
        <source>The message has been passed around too many times, either because servers route it back and forth or because forwarding rules send it in a circle. RFC 3463 lists it as transient, but in practice it is almost always sent as a permanent 5.4.6, since a loop does not fix itself.</source>
        <comment>X.4.6|summary</comment>
        <translation>Thư đã bị chuyển qua lại quá nhiều lần, hoặc do các máy chủ định tuyến nó qua lại, hoặc do các quy tắc chuyển tiếp đưa nó đi thành vòng tròn. RFC 3463 xếp mã này là tạm thời, nhưng trên thực tế nó hầu như luôn được gửi dưới dạng vĩnh viễn 5.4.6, vì vòng lặp không tự hết.</translation>
    </message>
    <message>
        <source>At the end of DATA or in a bounce when the count of Received: headers passes the MTA&apos;s limit (sendmail: Too many hops 26 (25 max); Gmail stops at 50 hops), or when an MTA sees that the next hop is itself (Postfix: mail for example.com loops back to myself). Postfix&apos;s local delivery also bounces Delivered-To loops as mail forwarding loop for user@example.com.</source>
        <comment>X.4.6|whenSeen</comment>
        <translation>Ở cuối DATA hoặc trong thư báo trả về khi số header Received: vượt quá giới hạn của MTA (sendmail: Too many hops 26 (25 max); Gmail dừng ở 50 chặng), hoặc khi một MTA thấy chặng kế tiếp chính là nó (Postfix: mail for example.com loops back to myself). Bộ chuyển phát cục bộ của Postfix cũng trả về các vòng lặp Delivered-To (vòng lặp chuyển tiếp) dưới dạng mail forwarding loop for user@example.com.</translation>
    </message>
    <message>
        <source>Read the Received: headers of the bounced copy to see which hosts repeat. Usually the recipient or the recipient&apos;s admin has to act: remove a forwarding rule that points back to the original mailbox, or correct MX records, relay routes or connectors that send the domain back to where it came from. The sender can only report it.</source>
        <comment>X.4.6|howToFix</comment>
        <translation>Đọc các header Received: của bản sao bị trả về để xem những máy chủ nào lặp lại. Thường thì người nhận hoặc quản trị viên phía người nhận phải hành động: gỡ một quy tắc chuyển tiếp trỏ ngược về hộp thư gốc, hoặc sửa bản ghi MX, tuyến relay hoặc connector đang đưa tên miền quay về nơi nó xuất phát. Người gửi chỉ có thể báo lại.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the message will loop again. Resend only after the forwarding rule or the routing has been corrected.</source>
        <comment>X.4.6|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì: thư sẽ lại bị lặp. Chỉ gửi lại sau khi quy tắc chuyển tiếp hoặc định tuyến đã được sửa.</translation>
    </message>
    <message>
        <source>Two mailboxes forward to each other, or a chain of forwards ends where it started.</source>
        <comment>X.4.6|causes</comment>
        <translation>Hai hộp thư chuyển tiếp cho nhau, hoặc một chuỗi chuyển tiếp kết thúc tại nơi nó bắt đầu.</translation>
    </message>
    <message>
        <source>An MX record or relay route points back at the server trying to deliver, often after a migration or in a hybrid Exchange setup.</source>
        <comment>X.4.6|causes</comment>
        <translation>Một bản ghi MX hoặc tuyến relay trỏ ngược về chính máy chủ đang cố chuyển phát, thường sau một đợt chuyển đổi hoặc trong cấu hình Exchange hybrid.</translation>
    </message>
    <message>
        <source>The domain is not configured as local on the server its MX points to, so that server relays it onward and it comes back.</source>
        <comment>X.4.6|causes</comment>
        <translation>Tên miền không được cấu hình là cục bộ trên máy chủ mà MX của nó trỏ tới, nên máy chủ đó relay tiếp và thư quay lại.</translation>
    </message>
    <message>
        <source>A mailing list is subscribed to itself or to another list that feeds it.</source>
        <comment>X.4.6|causes</comment>
        <translation>Một danh sách thư tự đăng ký vào chính nó hoặc vào một danh sách khác đang cấp thư cho nó.</translation>
    </message>
    <message>
        <source>Count the Received: headers in the bounced copy and look for host names that repeat.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Đếm các header Received: trong bản sao bị trả về và tìm các tên máy lặp lại.</translation>
    </message>
    <message>
        <source>Check whether the domain&apos;s MX points at the very server that reports the loop.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Kiểm tra xem MX của tên miền có trỏ tới chính máy chủ đang báo vòng lặp không.</translation>
    </message>
    <message>
        <source>On Postfix, check that the domain is listed where it is supposed to be delivered or relayed.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Trên Postfix, kiểm tra xem tên miền có được liệt kê ở nơi nó cần được chuyển phát hoặc relay không.</translation>
    </message>
    <message>
        <source>Search the log for the loop messages Postfix writes.</source>
        <comment>X.4.6|checks.step</comment>
        <translation>Tìm trong nhật ký các thông báo vòng lặp mà Postfix ghi.</translation>
    </message>
    <message>
        <source>Gmail refuses a message that already carries more than 50 hops of Received: headers. The loop is on the path before Gmail, often a pair of forwarding rules or a misrouted domain.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Gmail từ chối thư đã mang hơn 50 chặng header Received:. Vòng lặp nằm trên đường đi trước Gmail, thường là một cặp quy tắc chuyển tiếp hoặc một tên miền bị định tuyến sai.</translation>
    </message>
    <message>
        <source>Exchange stops a looping message once its hop count is exceeded and returns this NDR. Exchange Server and Exchange Online both use 5.4.6, and Exchange Online also reports loops and broken routes with 5.4.14 and other codes up to 5.4.20, often in hybrid setups; Microsoft advises checking inbox rules, forwarding and the mailbox&apos;s targetAddress.</source>
        <comment>X.4.6|providers.meaning</comment>
        <translation>Exchange dừng một thư bị lặp khi số chặng của nó vượt giới hạn và trả về NDR này. Cả Exchange Server và Exchange Online đều dùng 5.4.6, và Exchange Online còn báo vòng lặp và tuyến đường bị hỏng bằng 5.4.14 và các mã khác tới 5.4.20, thường trong cấu hình hybrid; Microsoft khuyên kiểm tra các quy tắc hộp thư đến, việc chuyển tiếp và thuộc tính targetAddress của hộp thư.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <comment>X.4.7|title</comment>
        <translation>Hết thời gian chuyển phát</translation>
    </message>
    <message>
        <source>The message has been around too long: it sat in a queue past the system&apos;s retry lifetime, or exceeded a delivery time limit set by the sender. As 4.4.7 it is a delay warning or a transient refusal; as 5.4.7 the message has been returned undelivered. RFC 3463 asks systems to report the underlying problem instead where they can.</source>
        <comment>X.4.7|summary</comment>
        <translation>Thư đã tồn tại quá lâu: nó nằm trong hàng đợi quá thời gian thử lại của hệ thống, hoặc vượt quá thời hạn chuyển phát do người gửi đặt. Ở dạng 4.4.7 đây là cảnh báo chậm trễ hoặc sự từ chối tạm thời; ở dạng 5.4.7 thư đã bị trả về mà không được chuyển phát. RFC 3463 yêu cầu các hệ thống báo vấn đề gốc thay vì mã này khi có thể.</translation>
    </message>
    <message>
        <source>In bounces and delay notices from the sender&apos;s own outbound server after days of failed attempts, for example Exim&apos;s retry timeout exceeded or Microsoft Exchange&apos;s 550 4.4.7 QUEUE.Expired; message expired. Postfix logs status=expired, returned to sender but keeps the last real status (such as 4.4.1) in the bounce.</source>
        <comment>X.4.7|whenSeen</comment>
        <translation>Trong thư báo trả về và thông báo chậm trễ từ chính máy chủ gửi đi của người gửi sau nhiều ngày thử không thành công, chẳng hạn retry timeout exceeded (hết thời hạn thử lại) của Exim hoặc 550 4.4.7 QUEUE.Expired; message expired (hết hạn trong hàng đợi) của Microsoft Exchange. Postfix ghi nhật ký status=expired, returned to sender nhưng giữ trạng thái thực sự cuối cùng (chẳng hạn 4.4.1) trong thư báo trả về.</translation>
    </message>
    <message>
        <source>Look for the earlier deferral reasons in the bounce or the log; they say why delivery kept failing (unreachable MX, greylisting never satisfied, TLS failure, repeated 4xx policy deferrals). The sender&apos;s admin fixes that root cause or asks the recipient&apos;s admin to, and then the sender resends the message. Raising the queue lifetime only hides the problem.</source>
        <comment>X.4.7|howToFix</comment>
        <translation>Tìm các lý do hoãn trước đó trong thư báo trả về hoặc nhật ký; chúng cho biết vì sao việc chuyển phát liên tục thất bại (MX không truy cập được, greylisting không bao giờ được thỏa mãn, lỗi TLS, các lần hoãn 4xx do chính sách lặp đi lặp lại). Quản trị viên phía người gửi khắc phục nguyên nhân gốc đó hoặc đề nghị quản trị viên phía người nhận khắc phục, rồi người gửi gửi lại thư. Tăng thời gian lưu hàng đợi chỉ che giấu vấn đề.</translation>
    </message>
    <message>
        <source>A 4.4.7 delay notice needs nothing; the server is still retrying. After a 5.4.7 or an expiry bounce the message has left the queue, so resend it once the underlying delivery problem is fixed.</source>
        <comment>X.4.7|retry</comment>
        <translation>Thông báo chậm trễ 4.4.7 không cần làm gì; máy chủ vẫn đang thử lại. Sau mã 5.4.7 hoặc thư báo trả về do hết hạn, thư đã rời khỏi hàng đợi, vì vậy hãy gửi lại khi vấn đề chuyển phát gốc đã được khắc phục.</translation>
    </message>
    <message>
        <source>The destination MX was unreachable or refusing connections for the whole retry period.</source>
        <comment>X.4.7|causes</comment>
        <translation>Máy chủ MX đích không truy cập được hoặc từ chối kết nối trong suốt khoảng thời gian thử lại.</translation>
    </message>
    <message>
        <source>The receiver kept answering with temporary 4xx codes (greylisting, rate limits, reputation) until the sender gave up.</source>
        <comment>X.4.7|causes</comment>
        <translation>Bên nhận liên tục trả lời bằng mã tạm thời 4xx (greylisting, giới hạn tốc độ, uy tín) cho đến khi người gửi bỏ cuộc.</translation>
    </message>
    <message>
        <source>A TLS or certificate problem made every delivery attempt fail.</source>
        <comment>X.4.7|causes</comment>
        <translation>Một vấn đề về TLS hoặc chứng chỉ khiến mọi lần chuyển phát đều thất bại.</translation>
    </message>
    <message>
        <source>A sender-specified time limit for delivery passed before the message got through.</source>
        <comment>X.4.7|causes</comment>
        <translation>Thời hạn chuyển phát do người gửi chỉ định đã hết trước khi thư đến được đích.</translation>
    </message>
    <message>
        <source>The queue lifetime was shortened, so messages expire after hours instead of days.</source>
        <comment>X.4.7|causes</comment>
        <translation>Thời gian lưu trong hàng đợi đã bị rút ngắn, nên thư hết hạn sau vài giờ thay vì sau vài ngày.</translation>
    </message>
    <message>
        <source>Find the deferral history for the recipient; the reasons logged before the expiry are the real problem.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Tìm lịch sử hoãn của người nhận; các lý do được ghi trước khi hết hạn mới là vấn đề thực sự.</translation>
    </message>
    <message>
        <source>See how long the Postfix server keeps trying before it gives up.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Xem máy chủ Postfix tiếp tục thử bao lâu trước khi bỏ cuộc.</translation>
    </message>
    <message>
        <source>Check what else is still waiting in the Postfix queue.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Kiểm tra xem còn những gì khác đang chờ trong hàng đợi Postfix.</translation>
    </message>
    <message>
        <source>On Exim, list the queue with the age of each message.</source>
        <comment>X.4.7|checks.step</comment>
        <translation>Trên Exim, liệt kê hàng đợi kèm tuổi của từng thư.</translation>
    </message>
    <message>
        <source>Exchange gives up after its message expiration timeout (two days by default on Exchange Server) and sends this NDR; note the 550 paired with a 4.x.x code. Microsoft&apos;s Exchange Online list describes 4.4.7 Message expired as usually a problem on the receiving server.</source>
        <comment>X.4.7|providers.meaning</comment>
        <translation>Exchange bỏ cuộc sau thời gian hết hạn thư (mặc định hai ngày trên Exchange Server) và gửi NDR này; lưu ý mã 550 đi cùng mã 4.x.x. Danh sách của Microsoft cho Exchange Online mô tả 4.4.7 Message expired thường là sự cố ở máy chủ nhận.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <comment>X.5.0|title</comment>
        <translation>Trạng thái giao thức khác hoặc không xác định</translation>
    </message>
    <message>
        <source>A generic code about the SMTP dialogue itself: the commands, their order or the protocol state, without a more specific X.5 detail. With a 2 it is a neutral tag on an ordinary protocol reply; with a 4 or 5 the server objects to how the client is speaking SMTP.</source>
        <comment>X.5.0|summary</comment>
        <translation>Một mã chung về chính cuộc hội thoại SMTP: các lệnh, thứ tự của chúng hoặc trạng thái giao thức, không có chi tiết X.5 cụ thể hơn. Với chữ số 2, đây là một nhãn trung tính trên một phản hồi giao thức thông thường; với 4 hoặc 5, máy chủ phản đối cách máy khách sử dụng SMTP.</translation>
    </message>
    <message>
        <source>Anywhere in the session. Gmail defers clients that break the protocol with 451 4.5.0 SMTP protocol violation, and with 454 4.5.0 when commands are pipelined after STARTTLS. RFC 4468 uses 250 2.5.0 on BURL replies, and 554 5.5.0 or 503 5.5.0 when BURL arrives without valid recipients.</source>
        <comment>X.5.0|whenSeen</comment>
        <translation>Ở bất kỳ đâu trong phiên. Gmail hoãn các máy khách vi phạm giao thức với 451 4.5.0 SMTP protocol violation, và với 454 4.5.0 khi các lệnh được gửi kiểu pipeline sau STARTTLS. RFC 4468 dùng 250 2.5.0 cho các phản hồi BURL, và 554 5.5.0 hoặc 503 5.5.0 khi BURL tới mà không có người nhận hợp lệ.</translation>
    </message>
    <message>
        <source>Look at the exact command that drew the reply. For 4.5.0 or 5.5.0 the client software, or whoever configured it, must fix its SMTP behaviour: wait for the 220 greeting, send EHLO again after STARTTLS, do not pipeline past STARTTLS, end lines with CRLF. A 2.5.0 reply is a success and needs no action.</source>
        <comment>X.5.0|howToFix</comment>
        <translation>Xem chính xác lệnh nào đã dẫn tới phản hồi. Với 4.5.0 hoặc 5.5.0, phần mềm máy khách, hoặc người cấu hình nó, phải sửa cách hoạt động SMTP: chờ lời chào 220, gửi lại EHLO sau STARTTLS, không pipeline vượt qua STARTTLS, kết thúc dòng bằng CRLF. Phản hồi 2.5.0 là thành công và không cần làm gì.</translation>
    </message>
    <message>
        <source>For 2.5.0 there is nothing to retry; continue the dialogue. For 4.5.0, retry later but fix the client if it recurs. For 5.5.0, do not repeat the same command sequence unchanged.</source>
        <comment>X.5.0|retry</comment>
        <translation>Với 2.5.0 không có gì cần thử lại; tiếp tục hội thoại. Với 4.5.0, thử lại sau nhưng hãy sửa máy khách nếu lỗi tái diễn. Với 5.5.0, không lặp lại cùng chuỗi lệnh khi chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>The client pipelined commands after STARTTLS, or before the server announced PIPELINING.</source>
        <comment>X.5.0|causes</comment>
        <translation>Máy khách gửi lệnh kiểu pipeline sau STARTTLS, hoặc trước khi máy chủ thông báo PIPELINING.</translation>
    </message>
    <message>
        <source>The client sent commands before the greeting or carried on without waiting for replies.</source>
        <comment>X.5.0|causes</comment>
        <translation>Máy khách gửi lệnh trước lời chào hoặc cứ tiếp tục mà không chờ phản hồi.</translation>
    </message>
    <message>
        <source>Bare LF line endings or other malformed input that the server classes as a protocol violation.</source>
        <comment>X.5.0|causes</comment>
        <translation>Kết thúc dòng chỉ bằng LF (bare LF) hoặc dữ liệu đầu vào sai định dạng khác mà máy chủ xếp vào loại vi phạm giao thức.</translation>
    </message>
    <message>
        <source>A server that tags every protocol-level refusal with the generic code instead of a specific one.</source>
        <comment>X.5.0|causes</comment>
        <translation>Một máy chủ gắn mã chung cho mọi sự từ chối ở cấp giao thức thay vì một mã cụ thể.</translation>
    </message>
    <message>
        <source>Replay the session by hand, one command at a time, and watch each reply.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Thực hiện lại phiên bằng tay, từng lệnh một, và theo dõi từng phản hồi.</translation>
    </message>
    <message>
        <source>Run a reference client against the same server; if it succeeds, the problem lies in your client software.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Chạy một máy khách chuẩn để đối chiếu với cùng máy chủ; nếu nó thành công, vấn đề nằm ở phần mềm máy khách của bạn.</translation>
    </message>
    <message>
        <source>Turn on your client&apos;s SMTP protocol log and look for several commands sent before the first reply arrived.</source>
        <comment>X.5.0|checks.step</comment>
        <translation>Bật nhật ký giao thức SMTP của máy khách và tìm xem có nhiều lệnh được gửi trước khi phản hồi đầu tiên tới không.</translation>
    </message>
    <message>
        <source>Gmail&apos;s temporary refusal when the client does not follow SMTP (wrong command order, malformed input). Fix the client before relying on retries.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Sự từ chối tạm thời của Gmail khi máy khách không tuân theo SMTP (sai thứ tự lệnh, dữ liệu đầu vào sai định dạng). Hãy sửa máy khách trước khi trông cậy vào việc thử lại.</translation>
    </message>
    <message>
        <source>The client sent more commands in the same burst as STARTTLS. It must wait for the 220 reply, complete the TLS handshake and then send EHLO again.</source>
        <comment>X.5.0|providers.meaning</comment>
        <translation>Máy khách đã gửi thêm lệnh trong cùng một loạt với STARTTLS. Nó phải chờ phản hồi 220, hoàn tất bắt tay TLS rồi mới gửi lại EHLO.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <comment>X.5.1|title</comment>
        <translation>Lệnh không hợp lệ</translation>
    </message>
    <message>
        <source>The client sent a command that is out of sequence or that the server does not support at this point. RFC 3463 defines it as permanent, so the same command in the same place will keep failing, although some servers send it with a 4.</source>
        <comment>X.5.1|summary</comment>
        <translation>Máy khách đã gửi một lệnh sai thứ tự hoặc máy chủ không hỗ trợ tại thời điểm đó. RFC 3463 định nghĩa mã này là vĩnh viễn, nên cùng lệnh đó ở cùng vị trí sẽ tiếp tục thất bại, dù một số máy chủ gửi nó với chữ số 4.</translation>
    </message>
    <message>
        <source>Typically 503 5.5.1 for a bad sequence (RCPT before MAIL, DATA before any accepted RCPT, MAIL before EHLO) and 502 5.5.1 for a disabled command such as VRFY on Postfix. Gmail answers mail submission without a login with 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1|whenSeen</comment>
        <translation>Thường là 503 5.5.1 cho sai thứ tự (RCPT trước MAIL, DATA trước khi có RCPT nào được chấp nhận, MAIL trước EHLO) và 502 5.5.1 cho một lệnh bị tắt như VRFY trên Postfix. Gmail trả lời việc gửi thư qua submission mà chưa đăng nhập bằng 530 5.5.1 Authentication Required (yêu cầu xác thực).</translation>
    </message>
    <message>
        <source>The client software or its configuration is at fault. Look at the command that drew the reply and the one before it. Typical fixes: send EHLO first, complete MAIL FROM before RCPT TO, turn on authentication in the mail client, and stop relying on commands the server has disabled (VRFY, EXPN, ETRN).</source>
        <comment>X.5.1|howToFix</comment>
        <translation>Lỗi nằm ở phần mềm máy khách hoặc cấu hình của nó. Xem lệnh đã dẫn tới phản hồi và lệnh ngay trước đó. Các cách khắc phục điển hình: gửi EHLO trước tiên, hoàn tất MAIL FROM trước RCPT TO, bật xác thực trong ứng dụng thư, và thôi dựa vào các lệnh máy chủ đã tắt (VRFY, EXPN, ETRN).</translation>
    </message>
    <message>
        <source>Do not resend the same command in the same place. Fix the command order or add the missing step (EHLO, AUTH), then start a new transaction; treat a 4.5.1 like any other temporary failure.</source>
        <comment>X.5.1|retry</comment>
        <translation>Không gửi lại cùng lệnh ở cùng vị trí. Hãy sửa thứ tự lệnh hoặc bổ sung bước còn thiếu (EHLO, AUTH), rồi bắt đầu một giao dịch mới; xử lý mã 4.5.1 như mọi lỗi tạm thời khác.</translation>
    </message>
    <message>
        <source>Commands sent in the wrong order, such as RCPT TO before MAIL FROM or DATA with no accepted recipient.</source>
        <comment>X.5.1|causes</comment>
        <translation>Các lệnh được gửi sai thứ tự, như RCPT TO trước MAIL FROM hoặc DATA khi chưa có người nhận nào được chấp nhận.</translation>
    </message>
    <message>
        <source>A mail client set up without authentication talking to a submission server that requires it.</source>
        <comment>X.5.1|causes</comment>
        <translation>Một ứng dụng thư được thiết lập không có xác thực đang giao tiếp với máy chủ submission yêu cầu xác thực.</translation>
    </message>
    <message>
        <source>The client uses a command the server has switched off, such as VRFY or EXPN.</source>
        <comment>X.5.1|causes</comment>
        <translation>Máy khách dùng một lệnh mà máy chủ đã tắt, như VRFY hoặc EXPN.</translation>
    </message>
    <message>
        <source>A second MAIL FROM inside an open transaction without an RSET in between.</source>
        <comment>X.5.1|causes</comment>
        <translation>Một lệnh MAIL FROM thứ hai bên trong một giao dịch đang mở mà không có RSET ở giữa.</translation>
    </message>
    <message>
        <source>Reproduce the transaction up to RCPT TO and see which command is refused.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Tái hiện giao dịch tới bước RCPT TO và xem lệnh nào bị từ chối.</translation>
    </message>
    <message>
        <source>For submission, test with authentication the way the mail client should do it.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Với submission, thử nghiệm có xác thực theo đúng cách mà ứng dụng thư cần làm.</translation>
    </message>
    <message>
        <source>Turn on the client&apos;s SMTP debug log and read the command sent just before the refusal.</source>
        <comment>X.5.1|checks.step</comment>
        <translation>Bật nhật ký gỡ lỗi SMTP của máy khách và đọc lệnh được gửi ngay trước khi bị từ chối.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses MAIL FROM from a client that has not logged in. Configure the client to authenticate (OAuth or an app password) on port 587 with STARTTLS or port 465 with TLS.</source>
        <comment>X.5.1|providers.meaning</comment>
        <translation>smtp.gmail.com từ chối MAIL FROM từ một máy khách chưa đăng nhập. Hãy cấu hình máy khách để xác thực (OAuth hoặc mật khẩu ứng dụng) trên cổng 587 với STARTTLS hoặc cổng 465 với TLS.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <comment>X.5.2|title</comment>
        <translation>Lỗi cú pháp</translation>
    </message>
    <message>
        <source>The server could not parse the command: the verb is unknown or its arguments are malformed. It is defined as permanent only, so the same bytes will be refused again.</source>
        <comment>X.5.2|summary</comment>
        <translation>Máy chủ không phân tích được lệnh: động từ lệnh không xác định hoặc các đối số của nó sai định dạng. Mã chỉ được định nghĩa là vĩnh viễn, nên cùng các byte đó sẽ lại bị từ chối.</translation>
    </message>
    <message>
        <source>At any command. Common real cases: MAIL FROM: user@example.com without angle brackets (Gmail answers 555 5.5.2 Syntax error), an AUTH response the server cannot base64-decode (RFC 4954 prescribes 501 5.5.2), an SPF record with a permanent error (RFC 7208 suggests 550 5.5.2), and a client speaking TLS or HTTP to a plain SMTP port.</source>
        <comment>X.5.2|whenSeen</comment>
        <translation>Ở bất kỳ lệnh nào. Các trường hợp thực tế thường gặp: MAIL FROM: user@example.com không có dấu ngoặc nhọn (Gmail trả lời 555 5.5.2 Syntax error), một phản hồi AUTH mà máy chủ không giải mã base64 được (RFC 4954 quy định 501 5.5.2), một bản ghi SPF có lỗi vĩnh viễn (RFC 7208 gợi ý 550 5.5.2), và một máy khách nói TLS hoặc HTTP với một cổng SMTP không mã hóa.</translation>
    </message>
    <message>
        <source>The client software must send well-formed commands: angle brackets around addresses, no parameters the server did not advertise, CRLF line ends, command lines within 512 octets. If the reply mentions SPF, the sender domain&apos;s owner fixes the SPF record. If the server saw binary noise, match the TLS mode to the port: 465 expects TLS from the first byte, 25 and 587 expect STARTTLS.</source>
        <comment>X.5.2|howToFix</comment>
        <translation>Phần mềm máy khách phải gửi các lệnh đúng định dạng: dấu ngoặc nhọn quanh địa chỉ, không có tham số mà máy chủ không quảng bá, kết thúc dòng bằng CRLF, dòng lệnh không quá 512 octet. Nếu phản hồi nhắc tới SPF, chủ sở hữu tên miền người gửi sửa bản ghi SPF. Nếu máy chủ nhận được dữ liệu nhị phân vô nghĩa, hãy khớp chế độ TLS với cổng: 465 cần TLS ngay từ byte đầu tiên, 25 và 587 cần STARTTLS.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the command has to be corrected first, or the same 5.5.2 comes back.</source>
        <comment>X.5.2|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; lệnh phải được sửa trước, nếu không cùng mã 5.5.2 sẽ quay lại.</translation>
    </message>
    <message>
        <source>Addresses sent without angle brackets or with stray spaces, such as MAIL FROM: user@example.com.</source>
        <comment>X.5.2|causes</comment>
        <translation>Địa chỉ được gửi không có dấu ngoặc nhọn hoặc có dấu cách thừa, như MAIL FROM: user@example.com.</translation>
    </message>
    <message>
        <source>A script, printer or appliance with its own broken SMTP implementation.</source>
        <comment>X.5.2|causes</comment>
        <translation>Một script, máy in hoặc thiết bị có cài đặt SMTP riêng bị lỗi.</translation>
    </message>
    <message>
        <source>Implicit TLS sent to a STARTTLS port, or plain text sent to port 465, so the server reads noise.</source>
        <comment>X.5.2|causes</comment>
        <translation>Gửi TLS ngầm định (implicit TLS) tới một cổng STARTTLS, hoặc gửi văn bản thuần tới cổng 465, nên máy chủ đọc được dữ liệu vô nghĩa.</translation>
    </message>
    <message>
        <source>An SPF record with a permanent error (bad syntax, too many DNS lookups) evaluated by the receiver.</source>
        <comment>X.5.2|causes</comment>
        <translation>Một bản ghi SPF có lỗi vĩnh viễn (sai cú pháp, quá nhiều lần tra cứu DNS) được bên nhận đánh giá.</translation>
    </message>
    <message>
        <source>Send a correctly formed test to the same server; if it succeeds, compare its commands with your client&apos;s.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Gửi một thư thử nghiệm đúng định dạng tới cùng máy chủ; nếu thành công, so sánh các lệnh của nó với các lệnh của máy khách bạn.</translation>
    </message>
    <message>
        <source>Check that port 465 really expects TLS from the first byte; a certificate and a 220 greeting should appear.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Kiểm tra xem cổng 465 có thực sự cần TLS ngay từ byte đầu tiên không; một chứng chỉ và lời chào 220 phải xuất hiện.</translation>
    </message>
    <message>
        <source>If the text mentions SPF, read the sender domain&apos;s SPF record and check its syntax and number of lookups.</source>
        <comment>X.5.2|checks.step</comment>
        <translation>Nếu nội dung nhắc tới SPF, đọc bản ghi SPF của tên miền người gửi và kiểm tra cú pháp cũng như số lần tra cứu của nó.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply to a malformed MAIL FROM or RCPT TO, typically an address without angle brackets or with parameters it does not accept.</source>
        <comment>X.5.2|providers.meaning</comment>
        <translation>Phản hồi của Gmail cho một lệnh MAIL FROM hoặc RCPT TO sai định dạng, thường là địa chỉ không có dấu ngoặc nhọn hoặc có các tham số mà nó không chấp nhận.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <comment>X.5.3|title</comment>
        <translation>Quá nhiều người nhận</translation>
    </message>
    <message>
        <source>The transaction has more recipients than the server will take in one go. The intended handling is that the sender delivers to the recipients already accepted and sends the rest in a further transaction; a permanent 5.5.3 is used by some systems when the message as a whole has more recipients than policy allows.</source>
        <comment>X.5.3|summary</comment>
        <translation>Giao dịch có nhiều người nhận hơn mức máy chủ chấp nhận trong một lần. Cách xử lý theo dự định là người gửi chuyển phát cho những người nhận đã được chấp nhận và gửi phần còn lại trong một giao dịch khác; một số hệ thống dùng dạng vĩnh viễn 5.5.3 khi toàn bộ thư có nhiều người nhận hơn mức chính sách cho phép.</translation>
    </message>
    <message>
        <source>At RCPT TO once the per-message limit is reached. Postfix answers 452 4.5.3 Error: too many recipients after smtpd_recipient_limit (1000 by default); Gmail and Microsoft 365 defer the surplus with 452 4.5.3. RFC 5321 says servers must buffer at least 100 recipients and should use 452 for this case.</source>
        <comment>X.5.3|whenSeen</comment>
        <translation>Tại RCPT TO khi đã đạt giới hạn cho mỗi thư. Postfix trả lời 452 4.5.3 Error: too many recipients sau smtpd_recipient_limit (mặc định 1000); Gmail và Microsoft 365 hoãn phần vượt quá với 452 4.5.3. RFC 5321 quy định máy chủ phải lưu đệm được ít nhất 100 người nhận và nên dùng 452 cho trường hợp này.</translation>
    </message>
    <message>
        <source>A correct sending MTA handles this by itself, splitting the recipient list, so usually no one needs to act. If mail fails instead, the sender&apos;s admin lowers the recipients per transaction in the MTA or the mailing software, and bulk senders split large lists. For a permanent 5.5.3 from Exchange, the sender reduces the To, Cc and Bcc addresses or uses a distribution list.</source>
        <comment>X.5.3|howToFix</comment>
        <translation>Một MTA gửi hoạt động đúng sẽ tự xử lý việc này bằng cách chia nhỏ danh sách người nhận, nên thường không ai cần làm gì. Nếu thay vào đó thư bị lỗi, quản trị viên phía người gửi giảm số người nhận mỗi giao dịch trong MTA hoặc phần mềm gửi thư, và những người gửi thư hàng loạt chia nhỏ các danh sách lớn. Với mã vĩnh viễn 5.5.3 từ Exchange, người gửi giảm bớt địa chỉ trong To, Cc và Bcc hoặc dùng một danh sách phân phối.</translation>
    </message>
    <message>
        <source>Deliver to the recipients that were accepted, then retry the deferred ones in a new transaction with fewer recipients each. A 5.5.3 needs the recipient list reduced before resending.</source>
        <comment>X.5.3|retry</comment>
        <translation>Chuyển phát cho những người nhận đã được chấp nhận, sau đó thử lại những người nhận bị hoãn trong một giao dịch mới với ít người nhận hơn mỗi lần. Với 5.5.3, cần giảm danh sách người nhận trước khi gửi lại.</translation>
    </message>
    <message>
        <source>A message addressed to more recipients than the receiving server accepts per transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Thư được gửi tới nhiều người nhận hơn mức máy chủ nhận chấp nhận cho mỗi giao dịch.</translation>
    </message>
    <message>
        <source>Mailing software that sends its whole list in a single SMTP transaction.</source>
        <comment>X.5.3|causes</comment>
        <translation>Phần mềm gửi thư gửi toàn bộ danh sách trong một giao dịch SMTP duy nhất.</translation>
    </message>
    <message>
        <source>Microsoft 365 deferring envelope recipients beyond its per-transaction limit for one domain.</source>
        <comment>X.5.3|causes</comment>
        <translation>Microsoft 365 hoãn những người nhận trên phong bì vượt quá giới hạn mỗi giao dịch của nó cho một tên miền.</translation>
    </message>
    <message>
        <source>A client that treats the 452 as fatal instead of retrying the deferred recipients.</source>
        <comment>X.5.3|causes</comment>
        <translation>Một máy khách coi 452 là lỗi nghiêm trọng thay vì thử lại những người nhận bị hoãn.</translation>
    </message>
    <message>
        <source>See how many recipients your own Postfix accepts per message.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Xem Postfix của chính bạn chấp nhận bao nhiêu người nhận cho mỗi thư.</translation>
    </message>
    <message>
        <source>Check how many recipients your Postfix client puts in one delivery to a destination.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Kiểm tra xem máy khách Postfix của bạn đưa bao nhiêu người nhận vào một lượt chuyển phát tới một đích.</translation>
    </message>
    <message>
        <source>Find the recipients that were deferred with 4.5.3 and check that they were retried.</source>
        <comment>X.5.3|checks.step</comment>
        <translation>Tìm những người nhận bị hoãn với 4.5.3 và kiểm tra xem họ đã được thử lại chưa.</translation>
    </message>
    <message>
        <source>Gmail takes only part of the recipient list in this transaction; a normal MTA retries the rest. The text points to Google&apos;s sending limits, so Gmail users mailing very large lists see it too.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Gmail chỉ nhận một phần danh sách người nhận trong giao dịch này; một MTA bình thường sẽ thử lại phần còn lại. Nội dung phản hồi trỏ tới các giới hạn gửi của Google, nên người dùng Gmail gửi thư tới các danh sách rất lớn cũng gặp mã này.</translation>
    </message>
    <message>
        <source>Exchange Online defers envelope recipients beyond 200 for the same domain in one transaction; the sending server must send to the rest in another transaction.</source>
        <comment>X.5.3|providers.meaning</comment>
        <translation>Exchange Online hoãn những người nhận trên phong bì vượt quá 200 người cho cùng một tên miền trong một giao dịch; máy chủ gửi phải gửi cho phần còn lại trong một giao dịch khác.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <comment>X.5.4|title</comment>
        <translation>Đối số lệnh không hợp lệ</translation>
    </message>
    <message>
        <source>The command is valid but one of its arguments is not: out of range, malformed, or a parameter or keyword the server does not recognise. RFC 3463 describes it as permanent, while the registry also allows a 4 for limits that may lift later.</source>
        <comment>X.5.4|summary</comment>
        <translation>Lệnh hợp lệ nhưng một trong các đối số của nó thì không: nằm ngoài phạm vi, sai định dạng, hoặc là tham số hay từ khóa mà máy chủ không nhận ra. RFC 3463 mô tả mã này là vĩnh viễn, trong khi sổ đăng ký mã cũng cho phép chữ số 4 cho các giới hạn có thể được dỡ bỏ sau này.</translation>
    </message>
    <message>
        <source>Mostly as 501 5.5.4 or 555 5.5.4. Postfix uses it when arguments do not parse, showing the expected form (501 5.5.4 Syntax: VRFY address) or naming the bad value (501 5.5.4 Bad message size syntax), and for unknown MAIL FROM parameters; RFC 4954 uses 504 5.5.4 for an AUTH mechanism the server does not support; Gmail rejects a bad HELO or EHLO name with 501 5.5.4.</source>
        <comment>X.5.4|whenSeen</comment>
        <translation>Chủ yếu dưới dạng 501 5.5.4 hoặc 555 5.5.4. Postfix dùng mã này khi không phân tích được đối số, kèm dạng đúng mong đợi (501 5.5.4 Syntax: VRFY address) hoặc nêu giá trị sai (501 5.5.4 Bad message size syntax), và cho các tham số MAIL FROM không xác định; RFC 4954 dùng 504 5.5.4 cho một cơ chế AUTH mà máy chủ không hỗ trợ; Gmail từ chối tên HELO hoặc EHLO không hợp lệ với 501 5.5.4.</translation>
    </message>
    <message>
        <source>The client software, or whoever configured it, must send arguments the server accepts: an AUTH mechanism from the EHLO list, ESMTP parameters only when the server advertised the matching extension, a fully qualified host name or address literal in EHLO, and numbers where numbers are expected.</source>
        <comment>X.5.4|howToFix</comment>
        <translation>Phần mềm máy khách, hoặc người cấu hình nó, phải gửi các đối số mà máy chủ chấp nhận: một cơ chế AUTH có trong danh sách EHLO, chỉ dùng tham số ESMTP khi máy chủ đã quảng bá phần mở rộng tương ứng, một tên máy đầy đủ (FQDN) hoặc địa chỉ dạng literal trong EHLO, và giá trị số ở những chỗ cần số.</translation>
    </message>
    <message>
        <source>Do not retry with the same arguments; correct the parameter or mechanism and send the command again. A 4.5.4 may be retried later, since the server signals the limit is temporary.</source>
        <comment>X.5.4|retry</comment>
        <translation>Không thử lại với cùng các đối số; hãy sửa tham số hoặc cơ chế rồi gửi lại lệnh. Mã 4.5.4 có thể được thử lại sau, vì máy chủ báo hiệu rằng giới hạn chỉ là tạm thời.</translation>
    </message>
    <message>
        <source>An AUTH mechanism that the server did not advertise.</source>
        <comment>X.5.4|causes</comment>
        <translation>Một cơ chế AUTH mà máy chủ không quảng bá.</translation>
    </message>
    <message>
        <source>MAIL FROM parameters such as SIZE=, BODY= or SMTPUTF8 sent to a server that did not announce the extension, or with invalid values.</source>
        <comment>X.5.4|causes</comment>
        <translation>Các tham số MAIL FROM như SIZE=, BODY= hoặc SMTPUTF8 được gửi tới một máy chủ không thông báo phần mở rộng đó, hoặc có giá trị không hợp lệ.</translation>
    </message>
    <message>
        <source>An empty or invalid EHLO argument, such as a bare word or an IP address without brackets.</source>
        <comment>X.5.4|causes</comment>
        <translation>Đối số EHLO rỗng hoặc không hợp lệ, chẳng hạn một từ đơn lẻ hoặc một địa chỉ IP không có dấu ngoặc vuông.</translation>
    </message>
    <message>
        <source>DSN parameters (NOTIFY=, ORCPT=, RET=) with bad syntax.</source>
        <comment>X.5.4|causes</comment>
        <translation>Các tham số DSN (NOTIFY=, ORCPT=, RET=) sai cú pháp.</translation>
    </message>
    <message>
        <source>List the extensions and AUTH mechanisms the server offers and compare them with what the client sends.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Liệt kê các phần mở rộng và cơ chế AUTH mà máy chủ cung cấp và so sánh với những gì máy khách gửi.</translation>
    </message>
    <message>
        <source>Check the host name your Postfix server presents in EHLO.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Kiểm tra tên máy mà máy chủ Postfix của bạn khai báo trong EHLO.</translation>
    </message>
    <message>
        <source>Test authentication with a mechanism taken from the advertised list.</source>
        <comment>X.5.4|checks.step</comment>
        <translation>Thử xác thực bằng một cơ chế lấy từ danh sách được quảng bá.</translation>
    </message>
    <message>
        <source>Gmail refuses an EHLO or HELO name that is empty or not a valid domain name or address literal; the sending server must present a proper host name.</source>
        <comment>X.5.4|providers.meaning</comment>
        <translation>Gmail từ chối tên EHLO hoặc HELO rỗng hoặc không phải tên miền hay địa chỉ dạng literal hợp lệ; máy chủ gửi phải khai báo một tên máy đúng chuẩn.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <comment>X.5.5|title</comment>
        <translation>Sai phiên bản giao thức</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version and could not resolve the mismatch automatically. It is part of RFC 3463&apos;s original set but rarely sent today; most servers report protocol mismatches as 5.5.1 or 5.5.2 instead.</source>
        <comment>X.5.5|summary</comment>
        <translation>Hai bên không thống nhất được phiên bản giao thức và không thể tự động giải quyết sự không khớp đó. Mã này thuộc bộ mã ban đầu của RFC 3463 nhưng ngày nay hiếm khi được gửi; hầu hết máy chủ báo lỗi không khớp giao thức bằng 5.5.1 hoặc 5.5.2.</translation>
    </message>
    <message>
        <source>Seldom seen on the wire. It fits cases such as a client speaking LMTP (LHLO) to an SMTP listener, or a very old HELO-only client talking to a service that insists on ESMTP, and protocol gateways may use it when they cannot map one mail protocol version onto another.</source>
        <comment>X.5.5|whenSeen</comment>
        <translation>Hiếm khi thấy trong thực tế. Mã phù hợp với các trường hợp như máy khách nói LMTP (LHLO) với một cổng lắng nghe SMTP, hoặc một máy khách rất cũ chỉ biết HELO giao tiếp với một dịch vụ bắt buộc ESMTP, và các gateway giao thức có thể dùng mã này khi không ánh xạ được phiên bản giao thức thư này sang phiên bản khác.</translation>
    </message>
    <message>
        <source>The client&apos;s admin makes sure the software speaks the protocol the port expects: SMTP with STARTTLS on 25 and 587, TLS from the first byte on 465, LMTP only on an LMTP socket. Then read the text after the code; the server usually says what it expected.</source>
        <comment>X.5.5|howToFix</comment>
        <translation>Quản trị viên phía máy khách bảo đảm phần mềm nói đúng giao thức mà cổng yêu cầu: SMTP với STARTTLS trên cổng 25 và 587, TLS ngay từ byte đầu tiên trên cổng 465, LMTP chỉ trên socket LMTP. Sau đó đọc nội dung sau mã; máy chủ thường nói rõ nó mong đợi gì.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the client has to be reconfigured to speak the right protocol to the right port.</source>
        <comment>X.5.5|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; máy khách phải được cấu hình lại để nói đúng giao thức với đúng cổng.</translation>
    </message>
    <message>
        <source>A client speaking LMTP to an SMTP port, or SMTP to an LMTP socket.</source>
        <comment>X.5.5|causes</comment>
        <translation>Máy khách nói LMTP với một cổng SMTP, hoặc nói SMTP với một socket LMTP.</translation>
    </message>
    <message>
        <source>An old client that only knows HELO talking to a service that requires ESMTP features.</source>
        <comment>X.5.5|causes</comment>
        <translation>Một máy khách cũ chỉ biết HELO giao tiếp với một dịch vụ yêu cầu các tính năng ESMTP.</translation>
    </message>
    <message>
        <source>A gateway between mail systems that cannot translate one protocol version into the other.</source>
        <comment>X.5.5|causes</comment>
        <translation>Một gateway giữa các hệ thống thư không thể chuyển đổi phiên bản giao thức này sang phiên bản kia.</translation>
    </message>
    <message>
        <source>Connect by hand and read the greeting; it usually shows whether the port speaks ESMTP or LMTP.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Kết nối bằng tay và đọc lời chào; nó thường cho biết cổng nói ESMTP hay LMTP.</translation>
    </message>
    <message>
        <source>Check which protocol and port or socket the sending application is configured for, and compare with the service listening there.</source>
        <comment>X.5.5|checks.step</comment>
        <translation>Kiểm tra xem ứng dụng gửi được cấu hình dùng giao thức và cổng hoặc socket nào, rồi so sánh với dịch vụ đang lắng nghe ở đó.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <comment>X.5.6|title</comment>
        <translation>Dòng trao đổi xác thực quá dài</translation>
    </message>
    <message>
        <source>During SMTP AUTH the client sent a base64 line longer than the server&apos;s buffer for the chosen SASL mechanism, so the server failed the AUTH command. RFC 4954 defines it, sent as 500 5.5.6, and notes that 12288 octets was then considered enough for deployed mechanisms.</source>
        <comment>X.5.6|summary</comment>
        <translation>Trong SMTP AUTH, máy khách đã gửi một dòng base64 dài hơn bộ đệm của máy chủ dành cho cơ chế SASL được chọn, nên máy chủ đánh thất bại lệnh AUTH. RFC 4954 định nghĩa mã này, gửi dưới dạng 500 5.5.6, và lưu ý rằng vào thời điểm đó 12288 octet được coi là đủ cho các cơ chế đang được triển khai.</translation>
    </message>
    <message>
        <source>Only in reply to AUTH or to a continuation line after a 334 challenge. Typical triggers are large Kerberos (GSSAPI) tokens, OAuth bearer tokens that exceed a small server limit, or a client that sent a corrupted, endless line. Postfix answers 500 5.5.6 SASL response limit exceeded.</source>
        <comment>X.5.6|whenSeen</comment>
        <translation>Chỉ trong phản hồi cho AUTH hoặc cho một dòng tiếp nối sau thử thách 334. Các nguyên nhân điển hình là token Kerberos (GSSAPI) lớn, token OAuth bearer vượt quá giới hạn nhỏ của máy chủ, hoặc một máy khách gửi một dòng bị hỏng, dài vô tận. Postfix trả lời 500 5.5.6 SASL response limit exceeded.</translation>
    </message>
    <message>
        <source>The server&apos;s admin raises the authentication buffer if legitimate tokens are bigger than it allows, for example Kerberos tickets carrying many group memberships or long OAuth tokens; on Postfix that is smtpd_sasl_response_limit (12288 by default), while an initial response on the AUTH line itself is bound by line_length_limit. On the client side, check that the intended mechanism is used and that each response is a single well-formed base64 line; PLAIN over TLS avoids large tokens.</source>
        <comment>X.5.6|howToFix</comment>
        <translation>Quản trị viên máy chủ tăng bộ đệm xác thực nếu các token hợp lệ lớn hơn mức nó cho phép, chẳng hạn vé Kerberos mang nhiều thông tin thành viên nhóm hoặc token OAuth dài; trên Postfix đó là smtpd_sasl_response_limit (mặc định 12288), còn phản hồi ban đầu nằm ngay trên dòng AUTH thì bị giới hạn bởi line_length_limit. Ở phía máy khách, kiểm tra xem có dùng đúng cơ chế mong muốn không và mỗi phản hồi có phải là một dòng base64 duy nhất, đúng định dạng không; dùng PLAIN qua TLS sẽ tránh được các token lớn.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH exchange; it fails the same way. Use a smaller token or another mechanism, or have the server limit raised, then authenticate again.</source>
        <comment>X.5.6|retry</comment>
        <translation>Không lặp lại cùng quá trình trao đổi AUTH; nó sẽ thất bại y như vậy. Hãy dùng token nhỏ hơn hoặc cơ chế khác, hoặc nhờ tăng giới hạn trên máy chủ, rồi xác thực lại.</translation>
    </message>
    <message>
        <source>A Kerberos (GSSAPI) ticket inflated by many group memberships.</source>
        <comment>X.5.6|causes</comment>
        <translation>Một vé Kerberos (GSSAPI) bị phình to do có nhiều thông tin thành viên nhóm.</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token larger than the server&apos;s AUTH line limit.</source>
        <comment>X.5.6|causes</comment>
        <translation>Một access token OAuth 2.0 lớn hơn giới hạn dòng AUTH của máy chủ.</translation>
    </message>
    <message>
        <source>A client bug that sends the wrong data or no line break, so the server reads one runaway line.</source>
        <comment>X.5.6|causes</comment>
        <translation>Lỗi ở máy khách khiến nó gửi sai dữ liệu hoặc không có ký tự xuống dòng, nên máy chủ đọc phải một dòng dài vô tận.</translation>
    </message>
    <message>
        <source>A server with an unusually small authentication buffer, well below the 12288 octets RFC 4954 mentions.</source>
        <comment>X.5.6|causes</comment>
        <translation>Một máy chủ có bộ đệm xác thực nhỏ bất thường, thấp hơn nhiều so với 12288 octet mà RFC 4954 đề cập.</translation>
    </message>
    <message>
        <source>Authenticate with a simple mechanism to confirm the account works and the failure is about token size.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Xác thực bằng một cơ chế đơn giản để xác nhận tài khoản hoạt động và lỗi là do kích thước token.</translation>
    </message>
    <message>
        <source>Look for the AUTH failure in the server log around the time of the attempt.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Tìm lỗi AUTH trong nhật ký máy chủ quanh thời điểm thử.</translation>
    </message>
    <message>
        <source>On a Postfix server, read the limits that apply to SASL responses and to the AUTH command line.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Trên máy chủ Postfix, đọc các giới hạn áp dụng cho phản hồi SASL và cho dòng lệnh AUTH.</translation>
    </message>
    <message>
        <source>If the client or its library can log the token, compare its length with the server&apos;s limit.</source>
        <comment>X.5.6|checks.step</comment>
        <translation>Nếu máy khách hoặc thư viện của nó ghi nhật ký được token, hãy so sánh độ dài của token với giới hạn của máy chủ.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <comment>X.6.0|title</comment>
        <translation>Lỗi định dạng nội dung khác hoặc không xác định</translation>
    </message>
    <message>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits. In rejections it usually means the receiver found the message malformed: broken MIME, bad headers, or content it cannot process.</source>
        <comment>X.6.0|summary</comment>
        <translation>Một điều gì đó ở nội dung thư khiến thư không chuyển phát được, và không có mã X.6 cụ thể hơn nào phù hợp. Trong các lần từ chối, mã này thường có nghĩa là bên nhận thấy thư sai định dạng: MIME bị hỏng, header sai, hoặc nội dung mà nó không xử lý được.</translation>
    </message>
    <message>
        <source>Mostly at the end of DATA, after the receiver has parsed the message. Gmail refuses malformed messages with 554 5.6.0 Mail message is malformed. Not accepted. Microsoft Exchange uses the code on success instead: its normal reply to DATA is 250 2.6.0 followed by the message ID and Queued mail for delivery.</source>
        <comment>X.6.0|whenSeen</comment>
        <translation>Chủ yếu ở cuối DATA, sau khi bên nhận đã phân tích thư. Gmail từ chối thư sai định dạng với 554 5.6.0 Mail message is malformed. Not accepted. Ngược lại, Microsoft Exchange dùng mã này khi thành công: phản hồi bình thường của nó cho DATA là 250 2.6.0 theo sau là message ID và Queued mail for delivery (thư đã vào hàng đợi để chuyển phát).</translation>
    </message>
    <message>
        <source>The sender, or the software that built the message, fixes its structure: well-formed header lines, exactly one From, Date and Message-ID, lines no longer than 998 characters, MIME boundaries that match, correct transfer encodings. Mail generated by scripts and devices is the usual suspect; sending the same content from an ordinary mail client shows whether the generator is at fault.</source>
        <comment>X.6.0|howToFix</comment>
        <translation>Người gửi, hoặc phần mềm tạo thư, sửa cấu trúc thư: các dòng header đúng định dạng, đúng một From, Date và Message-ID, các dòng không dài quá 998 ký tự, các ranh giới (boundary) MIME khớp nhau, mã hóa truyền tải đúng. Thư do script và thiết bị tạo ra thường là đối tượng đáng ngờ; gửi cùng nội dung từ một ứng dụng thư thông thường sẽ cho biết lỗi có nằm ở trình tạo thư hay không.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the same content will be refused again. A 4.6.0 may succeed on a later attempt if the receiver&apos;s content processing was failing temporarily.</source>
        <comment>X.6.0|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; cùng nội dung đó sẽ lại bị từ chối. Mã 4.6.0 có thể thành công ở lần thử sau nếu khâu xử lý nội dung của bên nhận chỉ lỗi tạm thời.</translation>
    </message>
    <message>
        <source>Broken MIME: missing or mismatched boundaries, a wrong Content-Transfer-Encoding, truncated parts.</source>
        <comment>X.6.0|causes</comment>
        <translation>MIME bị hỏng: thiếu hoặc không khớp boundary, Content-Transfer-Encoding sai, các phần bị cắt cụt.</translation>
    </message>
    <message>
        <source>Header lines that are malformed, duplicated or longer than RFC 5322 allows.</source>
        <comment>X.6.0|causes</comment>
        <translation>Các dòng header sai định dạng, bị trùng lặp hoặc dài hơn mức RFC 5322 cho phép.</translation>
    </message>
    <message>
        <source>Bare LF or NUL characters in the message, usually from scripts or embedded devices.</source>
        <comment>X.6.0|causes</comment>
        <translation>Ký tự LF đơn (bare LF) hoặc NUL trong thư, thường do script hoặc thiết bị nhúng tạo ra.</translation>
    </message>
    <message>
        <source>A content scanner that could not parse an attachment and rejected the message with a generic code.</source>
        <comment>X.6.0|causes</comment>
        <translation>Một trình quét nội dung không phân tích được tệp đính kèm và đã từ chối thư bằng mã chung.</translation>
    </message>
    <message>
        <source>Save the rejected message to a file and inspect its key headers.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Lưu thư bị từ chối ra tệp và kiểm tra các header chính của nó.</translation>
    </message>
    <message>
        <source>Look for lines longer than 998 characters, which RFC 5322 forbids.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Tìm các dòng dài hơn 998 ký tự, điều mà RFC 5322 cấm.</translation>
    </message>
    <message>
        <source>Send the same content from an ordinary mail client; if that copy is accepted, the generating software is at fault.</source>
        <comment>X.6.0|checks.step</comment>
        <translation>Gửi cùng nội dung từ một ứng dụng thư thông thường; nếu bản đó được chấp nhận, lỗi nằm ở phần mềm tạo thư.</translation>
    </message>
    <message>
        <source>Gmail found the message structurally invalid (headers or MIME not compliant with RFC 5322); the sending software has to produce a correct message.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Gmail thấy thư không hợp lệ về cấu trúc (header hoặc MIME không tuân thủ RFC 5322); phần mềm gửi phải tạo ra một thư đúng chuẩn.</translation>
    </message>
    <message>
        <source>Exchange&apos;s normal success reply after DATA: the message was accepted and queued. The 2.6.0 is Exchange&apos;s habit, not an error, even though the registry lists X.6.0 only for failures.</source>
        <comment>X.6.0|providers.meaning</comment>
        <translation>Phản hồi thành công bình thường của Exchange sau DATA: thư đã được chấp nhận và đưa vào hàng đợi. Mã 2.6.0 là thói quen của Exchange, không phải lỗi, dù sổ đăng ký mã chỉ liệt kê X.6.0 cho các trường hợp thất bại.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <comment>X.6.1|title</comment>
        <translation>Định dạng nội dung không được hỗ trợ</translation>
    </message>
    <message>
        <source>The message uses a media type or encoding that the delivery protocol or the next system on the path cannot carry. It is defined as permanent only: the message cannot go further in its current form.</source>
        <comment>X.6.1|summary</comment>
        <translation>Thư dùng một kiểu nội dung (media type) hoặc kiểu mã hóa mà giao thức chuyển phát hoặc hệ thống tiếp theo trên đường đi không mang được. Mã chỉ được định nghĩa là vĩnh viễn: thư không thể đi tiếp ở dạng hiện tại.</translation>
    </message>
    <message>
        <source>Rare as a direct SMTP reply; more often in a bounce from a relay or gateway that could not pass the content on, for example binary content towards a hop without BINARYMIME, or a gateway into fax, SMS or a legacy system that cannot represent the MIME type.</source>
        <comment>X.6.1|whenSeen</comment>
        <translation>Hiếm khi là phản hồi SMTP trực tiếp; thường gặp hơn trong thư báo trả về từ một relay hoặc gateway không chuyển được nội dung đi tiếp, chẳng hạn nội dung nhị phân hướng tới một chặng không có BINARYMIME, hoặc một gateway sang fax, SMS hay một hệ thống cũ không biểu diễn được kiểu MIME đó.</translation>
    </message>
    <message>
        <source>The sender resends the content in a form the path can carry: standard MIME with base64 or quoted-printable encoding and a common attachment type. If the destination is a gateway (fax, pager, legacy system), the recipient&apos;s admin can say which formats it accepts.</source>
        <comment>X.6.1|howToFix</comment>
        <translation>Người gửi gửi lại nội dung ở dạng mà đường đi mang được: MIME chuẩn với mã hóa base64 hoặc quoted-printable và một kiểu tệp đính kèm phổ biến. Nếu đích là một gateway (fax, máy nhắn tin, hệ thống cũ), quản trị viên phía người nhận có thể cho biết nó chấp nhận những định dạng nào.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; re-encode the content or convert it to a supported type and send a new message.</source>
        <comment>X.6.1|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; hãy mã hóa lại nội dung hoặc chuyển nó sang một kiểu được hỗ trợ rồi gửi một thư mới.</translation>
    </message>
    <message>
        <source>Binary content (BODY=BINARYMIME) sent towards a hop that does not offer BINARYMIME.</source>
        <comment>X.6.1|causes</comment>
        <translation>Nội dung nhị phân (BODY=BINARYMIME) được gửi tới một chặng không cung cấp BINARYMIME.</translation>
    </message>
    <message>
        <source>Raw 8-bit content heading for a 7-bit-only hop that will not convert it.</source>
        <comment>X.6.1|causes</comment>
        <translation>Nội dung 8-bit thô hướng tới một chặng chỉ hỗ trợ 7-bit và sẽ không chuyển đổi nó.</translation>
    </message>
    <message>
        <source>A gateway to a non-email system that cannot represent the message&apos;s MIME type.</source>
        <comment>X.6.1|causes</comment>
        <translation>Một gateway sang hệ thống không phải thư điện tử không biểu diễn được kiểu MIME của thư.</translation>
    </message>
    <message>
        <source>Check which body extensions (8BITMIME, BINARYMIME, CHUNKING) the next hop advertises after EHLO.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Kiểm tra xem chặng kế tiếp quảng bá những phần mở rộng về phần thân thư nào (8BITMIME, BINARYMIME, CHUNKING) sau EHLO.</translation>
    </message>
    <message>
        <source>Check how the message body and attachments are encoded.</source>
        <comment>X.6.1|checks.step</comment>
        <translation>Kiểm tra xem phần thân thư và các tệp đính kèm được mã hóa như thế nào.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2|title</comment>
        <translation>Cần chuyển đổi nhưng bị cấm</translation>
    </message>
    <message>
        <source>To deliver the message, a system on the path would have to convert its content, but conversion is not allowed, either because the sender said so in the message or because the sending host&apos;s policy forbids it.</source>
        <comment>X.6.2|summary</comment>
        <translation>Để chuyển phát thư, một hệ thống trên đường đi sẽ phải chuyển đổi nội dung của nó, nhưng việc chuyển đổi không được phép, hoặc vì người gửi đã nêu như vậy trong thư, hoặc vì chính sách của máy gửi cấm điều đó.</translation>
    </message>
    <message>
        <source>In bounces from relays and gateways at the point where the next hop cannot take the content as it is, for example 8-bit MIME towards a 7-bit-only server when the relay is set never to downgrade, or content for an X.400 or similar gateway that is marked as not to be converted.</source>
        <comment>X.6.2|whenSeen</comment>
        <translation>Trong thư báo trả về từ các relay và gateway tại điểm mà chặng kế tiếp không nhận được nội dung ở dạng hiện có, chẳng hạn MIME 8-bit hướng tới một máy chủ chỉ hỗ trợ 7-bit khi relay được cấu hình không bao giờ hạ cấp (downgrade), hoặc nội dung gửi tới một gateway X.400 hay tương tự được đánh dấu là không được chuyển đổi.</translation>
    </message>
    <message>
        <source>The sender removes the prohibition or sends content that needs no conversion (7-bit-safe encodings such as base64 or quoted-printable). If the prohibition is the sending host&apos;s policy, the sender&apos;s admin decides whether to allow downgrading for that route.</source>
        <comment>X.6.2|howToFix</comment>
        <translation>Người gửi bỏ lệnh cấm hoặc gửi nội dung không cần chuyển đổi (các kiểu mã hóa an toàn với 7-bit như base64 hoặc quoted-printable). Nếu lệnh cấm là chính sách của máy gửi, quản trị viên phía người gửi quyết định có cho phép hạ cấp trên tuyến đường đó hay không.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; either allow conversion or re-encode the content so none is needed, then send again.</source>
        <comment>X.6.2|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; hoặc cho phép chuyển đổi, hoặc mã hóa lại nội dung để không cần chuyển đổi, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The message or its envelope forbids content conversion, and the next hop needs one.</source>
        <comment>X.6.2|causes</comment>
        <translation>Thư hoặc phong bì của nó cấm chuyển đổi nội dung, trong khi chặng kế tiếp lại cần chuyển đổi.</translation>
    </message>
    <message>
        <source>The relay is configured never to downgrade 8-bit content, and the next hop lacks 8BITMIME.</source>
        <comment>X.6.2|causes</comment>
        <translation>Relay được cấu hình không bao giờ hạ cấp nội dung 8-bit, và chặng kế tiếp không có 8BITMIME.</translation>
    </message>
    <message>
        <source>A gateway to X.400 or another mail system would have to transform the content, and the sender&apos;s settings do not allow it.</source>
        <comment>X.6.2|causes</comment>
        <translation>Một gateway sang X.400 hoặc một hệ thống thư khác sẽ phải biến đổi nội dung, và thiết lập của người gửi không cho phép điều đó.</translation>
    </message>
    <message>
        <source>Check whether the next hop advertises 8BITMIME; connect, send EHLO example.net and read the list.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Kiểm tra xem chặng kế tiếp có quảng bá 8BITMIME không; kết nối, gửi EHLO example.net và đọc danh sách.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the message that would force a conversion.</source>
        <comment>X.6.2|checks.step</comment>
        <translation>Tìm các byte ngoài ASCII ở dạng thô trong thư, vốn sẽ buộc phải chuyển đổi.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <comment>X.6.3|title</comment>
        <translation>Cần chuyển đổi nhưng không được hỗ trợ</translation>
    </message>
    <message>
        <source>The content must be converted before it can be forwarded, and the host that would have to do it cannot. RFC 3463&apos;s own example is a gateway that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.</source>
        <comment>X.6.3|summary</comment>
        <translation>Nội dung phải được chuyển đổi trước khi có thể chuyển tiếp, nhưng máy chủ lẽ ra phải làm việc đó lại không làm được. Ví dụ chính của RFC 3463 là một gateway nhận thư 8-bit nhưng không hạ cấp được xuống 7 bit cho một chặng kế tiếp yêu cầu như vậy.</translation>
    </message>
    <message>
        <source>In a bounce from the relay that got stuck, or as 554 5.6.3 at the end of data. RFC 4468 lists 554 5.6.3 Conversion required but not supported as a possible answer to BURL, when the referenced content would need a conversion the submission server cannot perform.</source>
        <comment>X.6.3|whenSeen</comment>
        <translation>Trong thư báo trả về từ relay bị mắc kẹt, hoặc dưới dạng 554 5.6.3 ở cuối phần dữ liệu. RFC 4468 liệt kê 554 5.6.3 Conversion required but not supported là một phản hồi có thể có cho BURL, khi nội dung được tham chiếu cần một phép chuyển đổi mà máy chủ submission không thực hiện được.</translation>
    </message>
    <message>
        <source>The sender can avoid the conversion by sending 7-bit-safe content: base64 or quoted-printable encoded parts and RFC 2047 encoded headers. The admin of the relay that failed can enable MIME downgrading, or route the mail over a path that supports 8BITMIME end to end.</source>
        <comment>X.6.3|howToFix</comment>
        <translation>Người gửi có thể tránh việc chuyển đổi bằng cách gửi nội dung an toàn với 7-bit: các phần được mã hóa base64 hoặc quoted-printable và các header được mã hóa theo RFC 2047. Quản trị viên của relay bị lỗi có thể bật tính năng hạ cấp MIME, hoặc định tuyến thư qua một đường hỗ trợ 8BITMIME từ đầu đến cuối.</translation>
    </message>
    <message>
        <source>Do not retry unchanged over the same path; send 7-bit-safe content or have the relay fixed first.</source>
        <comment>X.6.3|retry</comment>
        <translation>Không thử lại qua cùng đường đi khi chưa thay đổi gì; hãy gửi nội dung an toàn với 7-bit hoặc nhờ sửa relay trước.</translation>
    </message>
    <message>
        <source>8-bit content routed to a server without 8BITMIME through a relay that cannot downgrade it.</source>
        <comment>X.6.3|causes</comment>
        <translation>Nội dung 8-bit được định tuyến tới một máy chủ không có 8BITMIME thông qua một relay không hạ cấp được.</translation>
    </message>
    <message>
        <source>Binary content that would need re-encoding for a hop without BINARYMIME.</source>
        <comment>X.6.3|causes</comment>
        <translation>Nội dung nhị phân cần được mã hóa lại cho một chặng không có BINARYMIME.</translation>
    </message>
    <message>
        <source>A gateway that lacks a converter for the content type in question.</source>
        <comment>X.6.3|causes</comment>
        <translation>Một gateway không có bộ chuyển đổi cho kiểu nội dung liên quan.</translation>
    </message>
    <message>
        <source>Count the lines with raw 8-bit bytes in the message headers and body.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Đếm số dòng có byte 8-bit thô trong header và phần thân thư.</translation>
    </message>
    <message>
        <source>On a Postfix relay, confirm that 8-bit to 7-bit output conversion has not been disabled.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Trên một relay Postfix, xác nhận rằng việc chuyển đổi đầu ra từ 8-bit sang 7-bit chưa bị tắt.</translation>
    </message>
    <message>
        <source>Identify the hop without 8BITMIME from the bounce&apos;s Remote-MTA or Reporting-MTA field and read its EHLO reply.</source>
        <comment>X.6.3|checks.step</comment>
        <translation>Xác định chặng không có 8BITMIME từ trường Remote-MTA hoặc Reporting-MTA của thư báo trả về và đọc phản hồi EHLO của nó.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <comment>X.6.4|title</comment>
        <translation>Đã chuyển đổi nhưng bị mất dữ liệu</translation>
    </message>
    <message>
        <source>Usually a success with a warning: the message was delivered, but a conversion on the way lost some information, such as characters that could not be represented or parts that were flattened or dropped. RFC 3463 also allows it as a permanent failure when the sender prohibited lossy conversion.</source>
        <comment>X.6.4|summary</comment>
        <translation>Thường là thành công kèm cảnh báo: thư đã được chuyển phát, nhưng một phép chuyển đổi trên đường đi đã làm mất một số thông tin, chẳng hạn các ký tự không biểu diễn được hoặc các phần bị làm phẳng hay bị bỏ. RFC 3463 cũng cho phép dùng mã này như lỗi vĩnh viễn khi người gửi đã cấm chuyển đổi có mất dữ liệu.</translation>
    </message>
    <message>
        <source>As 2.6.4 in a delivery report or on a 250 reply; RFC 4468 shows 250 2.6.4 MIME header conversion with loss performed for BURL. The 5.6.4 form appears in bounces from gateways that refused to convert with loss.</source>
        <comment>X.6.4|whenSeen</comment>
        <translation>Dưới dạng 2.6.4 trong báo cáo chuyển phát hoặc trên phản hồi 250; RFC 4468 nêu 250 2.6.4 MIME header conversion with loss performed cho BURL. Dạng 5.6.4 xuất hiện trong thư báo trả về từ các gateway đã từ chối chuyển đổi có mất dữ liệu.</translation>
    </message>
    <message>
        <source>For 2.6.4 nothing needs fixing, but the recipient may get a degraded copy. If that matters, the sender resends simpler content (plain text or common attachment types, properly encoded headers), or the recipient&apos;s admin finds the gateway that did the conversion. For 5.6.4 the sender must allow lossy conversion or change the content.</source>
        <comment>X.6.4|howToFix</comment>
        <translation>Với 2.6.4 không có gì cần sửa, nhưng người nhận có thể nhận được một bản bị suy giảm chất lượng. Nếu điều đó quan trọng, người gửi gửi lại nội dung đơn giản hơn (văn bản thuần hoặc các kiểu tệp đính kèm phổ biến, header được mã hóa đúng cách), hoặc quản trị viên phía người nhận tìm gateway đã thực hiện việc chuyển đổi. Với 5.6.4, người gửi phải cho phép chuyển đổi có mất dữ liệu hoặc thay đổi nội dung.</translation>
    </message>
    <message>
        <source>Nothing to retry for 2.6.4; the message was delivered. For 5.6.4, resend only after changing the content or the conversion setting.</source>
        <comment>X.6.4|retry</comment>
        <translation>Với 2.6.4 không có gì cần thử lại; thư đã được chuyển phát. Với 5.6.4, chỉ gửi lại sau khi đã thay đổi nội dung hoặc thiết lập chuyển đổi.</translation>
    </message>
    <message>
        <source>A gateway converted the message to a character set or format that cannot represent every character.</source>
        <comment>X.6.4|causes</comment>
        <translation>Một gateway đã chuyển thư sang một bộ ký tự hoặc định dạng không biểu diễn được mọi ký tự.</translation>
    </message>
    <message>
        <source>MIME headers with non-ASCII text were downgraded, losing the original characters.</source>
        <comment>X.6.4|causes</comment>
        <translation>Các header MIME chứa văn bản ngoài ASCII đã bị hạ cấp, làm mất các ký tự gốc.</translation>
    </message>
    <message>
        <source>An attachment type the destination system cannot store was stripped or replaced.</source>
        <comment>X.6.4|causes</comment>
        <translation>Một kiểu tệp đính kèm mà hệ thống đích không lưu trữ được đã bị gỡ bỏ hoặc thay thế.</translation>
    </message>
    <message>
        <source>Read the per-recipient block of the delivery report; Action and Status show whether it was delivered (2.6.4) or refused (5.6.4).</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Đọc khối thông tin theo từng người nhận của báo cáo chuyển phát; Action và Status cho biết thư đã được chuyển phát (2.6.4) hay bị từ chối (5.6.4).</translation>
    </message>
    <message>
        <source>If you can reach the recipient, compare what arrived with what was sent to see what was lost.</source>
        <comment>X.6.4|checks.step</comment>
        <translation>Nếu liên lạc được với người nhận, hãy so sánh thứ đã tới nơi với thứ đã gửi đi để xem mất những gì.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <comment>X.6.5|title</comment>
        <translation>Chuyển đổi thất bại</translation>
    </message>
    <message>
        <source>A conversion was needed and was attempted, but it failed. It can be temporary (4.6.5, the converter may work on a later attempt) or permanent (5.6.5, this content cannot be converted).</source>
        <comment>X.6.5|summary</comment>
        <translation>Cần phải chuyển đổi và đã thử chuyển đổi, nhưng thất bại. Mã có thể là tạm thời (4.6.5, bộ chuyển đổi có thể hoạt động ở lần thử sau) hoặc vĩnh viễn (5.6.5, nội dung này không thể chuyển đổi được).</translation>
    </message>
    <message>
        <source>In bounces or deferrals from relays, gateways and content filters that transform messages: downgrading 8-bit to 7-bit, re-encoding attachments, converting character sets, or handing mail to fax and other non-email systems.</source>
        <comment>X.6.5|whenSeen</comment>
        <translation>Trong thư báo trả về hoặc các lần hoãn từ relay, gateway và bộ lọc nội dung có biến đổi thư: hạ cấp 8-bit xuống 7-bit, mã hóa lại tệp đính kèm, chuyển đổi bộ ký tự, hoặc chuyển thư sang fax và các hệ thống không phải thư điện tử khác.</translation>
    </message>
    <message>
        <source>For 4.6.5, the relay&apos;s admin checks the converter or filter (crashed service, missing tool, resource limits) and lets the queue retry. For 5.6.5, the sender sends content that avoids conversion: standard encodings, common file types and correctly declared character sets.</source>
        <comment>X.6.5|howToFix</comment>
        <translation>Với 4.6.5, quản trị viên của relay kiểm tra bộ chuyển đổi hoặc bộ lọc (dịch vụ bị sập, thiếu công cụ, giới hạn tài nguyên) và để hàng đợi tự thử lại. Với 5.6.5, người gửi gửi nội dung không cần chuyển đổi: các kiểu mã hóa chuẩn, các kiểu tệp phổ biến và bộ ký tự được khai báo đúng.</translation>
    </message>
    <message>
        <source>Retry a 4.6.5 later with backoff. Do not retry a 5.6.5 unchanged; the content has to change first.</source>
        <comment>X.6.5|retry</comment>
        <translation>Thử lại mã 4.6.5 sau với khoảng chờ tăng dần. Không thử lại mã 5.6.5 khi chưa thay đổi gì; nội dung phải được thay đổi trước.</translation>
    </message>
    <message>
        <source>The character set declared in the message does not match its bytes, so re-encoding fails.</source>
        <comment>X.6.5|causes</comment>
        <translation>Bộ ký tự được khai báo trong thư không khớp với các byte của nó, nên việc mã hóa lại thất bại.</translation>
    </message>
    <message>
        <source>A corrupt or truncated attachment that the converter cannot parse.</source>
        <comment>X.6.5|causes</comment>
        <translation>Một tệp đính kèm bị hỏng hoặc bị cắt cụt mà bộ chuyển đổi không phân tích được.</translation>
    </message>
    <message>
        <source>The conversion service or content filter on the relay crashed or timed out.</source>
        <comment>X.6.5|causes</comment>
        <translation>Dịch vụ chuyển đổi hoặc bộ lọc nội dung trên relay bị sập hoặc hết thời gian chờ.</translation>
    </message>
    <message>
        <source>An unusual character set or MIME type the converter does not know.</source>
        <comment>X.6.5|causes</comment>
        <translation>Một bộ ký tự hoặc kiểu MIME khác thường mà bộ chuyển đổi không biết.</translation>
    </message>
    <message>
        <source>Check the declared character sets and transfer encodings in the message.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Kiểm tra các bộ ký tự và kiểu mã hóa truyền tải được khai báo trong thư.</translation>
    </message>
    <message>
        <source>On the relay, look for converter or content-filter errors at the time of the failure.</source>
        <comment>X.6.5|checks.step</comment>
        <translation>Trên relay, tìm các lỗi của bộ chuyển đổi hoặc bộ lọc nội dung tại thời điểm thất bại.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <comment>X.6.6|title</comment>
        <translation>Nội dung thư không khả dụng</translation>
    </message>
    <message>
        <source>The submission server could not fetch the message content from where the client pointed it. The code comes from BURL (RFC 4468): instead of uploading the message, the client gives a URL to a copy stored on an IMAP server, and the server failed to retrieve it. 4.6.6 means try again later, 5.6.6 means this reference will not work.</source>
        <comment>X.6.6|summary</comment>
        <translation>Máy chủ submission không lấy được nội dung thư từ nơi mà máy khách chỉ tới. Mã này đến từ BURL (RFC 4468): thay vì tải thư lên, máy khách đưa ra một URL trỏ tới bản sao được lưu trên máy chủ IMAP, và máy chủ đã không lấy được bản đó. 4.6.6 có nghĩa là thử lại sau, 5.6.6 có nghĩa là tham chiếu này sẽ không dùng được.</translation>
    </message>
    <message>
        <source>In reply to the BURL command on a submission server (port 587), typically as 554 5.6.6 IMAP URL resolution failed. BURL is rare: Dovecot&apos;s submission service (2.3 and later) is one implementation, used together with IMAP URLAUTH (RFC 4467). If the IMAP server cannot be reached at all, RFC 4468 suggests 451 4.4.1 instead.</source>
        <comment>X.6.6|whenSeen</comment>
        <translation>Trong phản hồi cho lệnh BURL trên máy chủ submission (cổng 587), thường dưới dạng 554 5.6.6 IMAP URL resolution failed. BURL hiếm gặp: dịch vụ submission của Dovecot (từ 2.3 trở đi) là một bản triển khai, được dùng cùng với IMAP URLAUTH (RFC 4467). Nếu hoàn toàn không truy cập được máy chủ IMAP, RFC 4468 gợi ý dùng 451 4.4.1 thay thế.</translation>
    </message>
    <message>
        <source>The client produced a URL the server cannot resolve or is not allowed to use. The mail admin checks that the submission server is set up to trust and reach the IMAP server named in the URL (on Dovecot, imap_urlauth_host and the URLAUTH configuration) and that the URL points at an existing message. As a workaround the client can submit the message with DATA instead of BURL.</source>
        <comment>X.6.6|howToFix</comment>
        <translation>Máy khách đã tạo ra một URL mà máy chủ không phân giải được hoặc không được phép sử dụng. Quản trị viên thư kiểm tra xem máy chủ submission đã được thiết lập để tin cậy và truy cập được máy chủ IMAP nêu trong URL chưa (trên Dovecot là imap_urlauth_host và cấu hình URLAUTH) và URL có trỏ tới một thư đang tồn tại không. Để tạm khắc phục, máy khách có thể gửi thư bằng DATA thay vì BURL.</translation>
    </message>
    <message>
        <source>Retry a 4.6.6 later. After a 5.6.6, do not repeat the same BURL; generate a fresh URL or submit the message with DATA.</source>
        <comment>X.6.6|retry</comment>
        <translation>Thử lại mã 4.6.6 sau. Sau mã 5.6.6, không lặp lại cùng lệnh BURL; hãy tạo một URL mới hoặc gửi thư bằng DATA.</translation>
    </message>
    <message>
        <source>The URLAUTH-authorised URL has expired or been revoked, or the message it points to was deleted or moved.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL được URLAUTH cấp quyền đã hết hạn hoặc bị thu hồi, hoặc thư mà nó trỏ tới đã bị xóa hay di chuyển.</translation>
    </message>
    <message>
        <source>The URL names a host or port the submission server is not configured to fetch from.</source>
        <comment>X.6.6|causes</comment>
        <translation>URL nêu một máy chủ hoặc cổng mà máy chủ submission không được cấu hình để lấy nội dung từ đó.</translation>
    </message>
    <message>
        <source>The submission server has no trust relationship with the IMAP server (that case has its own code, X.7.14).</source>
        <comment>X.6.6|causes</comment>
        <translation>Máy chủ submission không có quan hệ tin cậy với máy chủ IMAP (trường hợp đó có mã riêng, X.7.14).</translation>
    </message>
    <message>
        <source>The IMAP server failed while the content was being fetched.</source>
        <comment>X.6.6|causes</comment>
        <translation>Máy chủ IMAP bị lỗi trong lúc đang lấy nội dung.</translation>
    </message>
    <message>
        <source>Check which IMAP host and port the Dovecot submission service may fetch BURL content from.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Kiểm tra xem dịch vụ submission của Dovecot được phép lấy nội dung BURL từ máy chủ IMAP và cổng nào.</translation>
    </message>
    <message>
        <source>Connect to the submission port, send EHLO example.net and confirm that BURL is advertised with the expected URL type.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Kết nối tới cổng submission, gửi EHLO example.net và xác nhận BURL được quảng bá với kiểu URL mong đợi.</translation>
    </message>
    <message>
        <source>Submit the same message with DATA instead of BURL to separate a fetch problem from a message problem.</source>
        <comment>X.6.6|checks.step</comment>
        <translation>Gửi cùng thư bằng DATA thay vì BURL để tách bạch sự cố khi lấy nội dung với sự cố của bản thân thư.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <comment>X.6.7|title</comment>
        <translation>Không cho phép địa chỉ ngoài ASCII đối với người gửi/người nhận đó</translation>
    </message>
    <message>
        <source>An envelope address contains non-ASCII (UTF-8) characters and the server will not accept it in this transaction, because it does not support SMTPUTF8 or the client did not request it on MAIL FROM. RFC 6531 pairs it with 553 when a RCPT TO address is refused and 550 when the MAIL FROM address is.</source>
        <comment>X.6.7|summary</comment>
        <translation>Một địa chỉ trên phong bì chứa ký tự ngoài ASCII (UTF-8) và máy chủ sẽ không chấp nhận nó trong giao dịch này, vì máy chủ không hỗ trợ SMTPUTF8 hoặc máy khách không yêu cầu SMTPUTF8 trong MAIL FROM. RFC 6531 ghép mã này với 553 khi một địa chỉ RCPT TO bị từ chối và với 550 khi địa chỉ MAIL FROM bị từ chối.</translation>
    </message>
    <message>
        <source>At MAIL FROM or RCPT TO: Postfix answers 553 5.6.7 Must declare SMTPUTF8 to send unicode address when a client sends a UTF-8 address without the SMTPUTF8 parameter. Postfix also bounces with dsn=5.6.7 on the sending side (SMTPUTF8 is required, but was not offered by host ...), often because a script put raw UTF-8 into a Subject header and the next hop does not offer SMTPUTF8.</source>
        <comment>X.6.7|whenSeen</comment>
        <translation>Tại MAIL FROM hoặc RCPT TO: Postfix trả lời 553 5.6.7 Must declare SMTPUTF8 to send unicode address khi máy khách gửi một địa chỉ UTF-8 mà không có tham số SMTPUTF8. Postfix cũng trả thư về với dsn=5.6.7 ở phía gửi (SMTPUTF8 is required, but was not offered by host ...), thường vì một script đã đưa UTF-8 thô vào header Subject và chặng kế tiếp không cung cấp SMTPUTF8.</translation>
    </message>
    <message>
        <source>If the address really is internationalized, the sending client must use SMTPUTF8 (the EHLO reply must list it and MAIL FROM must carry the SMTPUTF8 parameter), and every hop must support it; otherwise the sender needs an ASCII address for the same person. If only headers contain UTF-8, the sending software should encode them as RFC 2047 encoded words. A Postfix admin can also limit smtputf8_autodetect_classes, or set smtputf8_enable = no as many do, at the cost of EAI support.</source>
        <comment>X.6.7|howToFix</comment>
        <translation>Nếu địa chỉ thực sự là địa chỉ quốc tế hóa, máy khách gửi phải dùng SMTPUTF8 (phản hồi EHLO phải liệt kê nó và MAIL FROM phải mang tham số SMTPUTF8), và mọi chặng đều phải hỗ trợ nó; nếu không, người gửi cần một địa chỉ ASCII của cùng người đó. Nếu chỉ có header chứa UTF-8, phần mềm gửi nên mã hóa chúng thành encoded word theo RFC 2047. Quản trị viên Postfix cũng có thể giới hạn smtputf8_autodetect_classes, hoặc đặt smtputf8_enable = no như nhiều người vẫn làm, với cái giá là mất hỗ trợ EAI.</translation>
    </message>
    <message>
        <source>Do not retry unchanged. Resend when the path supports SMTPUTF8, through a server that does, or to an ASCII address for the same person.</source>
        <comment>X.6.7|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì. Gửi lại khi đường đi hỗ trợ SMTPUTF8, qua một máy chủ có hỗ trợ, hoặc tới một địa chỉ ASCII của cùng người đó.</translation>
    </message>
    <message>
        <source>The recipient or sender address has non-ASCII characters in the local part or a U-label domain, and the server lacks SMTPUTF8.</source>
        <comment>X.6.7|causes</comment>
        <translation>Địa chỉ người nhận hoặc người gửi có ký tự ngoài ASCII trong phần cục bộ hoặc có tên miền dạng U-label, và máy chủ không có SMTPUTF8.</translation>
    </message>
    <message>
        <source>The client sent a UTF-8 address but left out the SMTPUTF8 parameter on MAIL FROM.</source>
        <comment>X.6.7|causes</comment>
        <translation>Máy khách gửi một địa chỉ UTF-8 nhưng bỏ sót tham số SMTPUTF8 trong MAIL FROM.</translation>
    </message>
    <message>
        <source>Raw UTF-8 in the message headers made Postfix mark the message as needing SMTPUTF8, and the next hop does not offer it.</source>
        <comment>X.6.7|causes</comment>
        <translation>UTF-8 thô trong header thư khiến Postfix đánh dấu thư là cần SMTPUTF8, và chặng kế tiếp không cung cấp nó.</translation>
    </message>
    <message>
        <source>A server that supports SMTPUTF8 in general refuses non-ASCII addresses for this particular mailbox or domain.</source>
        <comment>X.6.7|causes</comment>
        <translation>Một máy chủ nói chung có hỗ trợ SMTPUTF8 nhưng từ chối địa chỉ ngoài ASCII cho riêng hộp thư hoặc tên miền này.</translation>
    </message>
    <message>
        <source>See whether the receiving server lists SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Xem máy chủ nhận có liệt kê SMTPUTF8 trong phản hồi EHLO không.</translation>
    </message>
    <message>
        <source>Check the SMTPUTF8 settings of the sending Postfix.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Kiểm tra các thiết lập SMTPUTF8 của Postfix phía gửi.</translation>
    </message>
    <message>
        <source>Find the bounced messages and the hosts that did not offer SMTPUTF8.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Tìm các thư bị trả về và các máy chủ không cung cấp SMTPUTF8.</translation>
    </message>
    <message>
        <source>For an internationalized domain, get its A-label (xn--) form, which servers without SMTPUTF8 can accept.</source>
        <comment>X.6.7|checks.step</comment>
        <translation>Với tên miền quốc tế hóa, hãy lấy dạng A-label (xn--) của nó, dạng mà các máy chủ không có SMTPUTF8 có thể chấp nhận.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <comment>X.6.8|title</comment>
        <translation>Cần phản hồi chuỗi UTF-8 nhưng máy khách SMTP không cho phép</translation>
    </message>
    <message>
        <source>The server would have to show a mailbox name containing UTF-8 in its reply, but the client did not say it can handle UTF-8 replies. It belongs to VRFY and EXPN under SMTPUTF8 (RFC 6531 section 3.7.4.2): as 252 2.6.8 the server declines to show the address but will still accept mail for it; as 550 5.6.8 (or 553) it refuses.</source>
        <comment>X.6.8|summary</comment>
        <translation>Máy chủ sẽ phải hiển thị một tên hộp thư chứa UTF-8 trong phản hồi, nhưng máy khách chưa cho biết nó xử lý được phản hồi UTF-8. Mã này thuộc về VRFY và EXPN trong SMTPUTF8 (RFC 6531 mục 3.7.4.2): ở dạng 252 2.6.8, máy chủ từ chối hiển thị địa chỉ nhưng vẫn nhận thư gửi tới đó; ở dạng 550 5.6.8 (hoặc 553), máy chủ từ chối.</translation>
    </message>
    <message>
        <source>Only in reply to VRFY or EXPN sent without the SMTPUTF8 parameter, when the answer would contain a non-ASCII mailbox. Very rare in practice, since most public servers disable VRFY and EXPN entirely.</source>
        <comment>X.6.8|whenSeen</comment>
        <translation>Chỉ trong phản hồi cho VRFY hoặc EXPN được gửi mà không có tham số SMTPUTF8, khi câu trả lời sẽ chứa một hộp thư ngoài ASCII. Rất hiếm gặp trong thực tế, vì hầu hết máy chủ công cộng tắt hẳn VRFY và EXPN.</translation>
    </message>
    <message>
        <source>Nothing is broken. A client or admin who wants the full answer checks that the EHLO reply lists SMTPUTF8 and repeats the command with the parameter, as VRFY name SMTPUTF8. After a 252 2.6.8, mail to the address can simply be sent.</source>
        <comment>X.6.8|howToFix</comment>
        <translation>Không có gì hỏng. Máy khách hoặc quản trị viên muốn có câu trả lời đầy đủ thì kiểm tra xem phản hồi EHLO có liệt kê SMTPUTF8 không và lặp lại lệnh kèm tham số, như VRFY name SMTPUTF8. Sau 252 2.6.8, cứ gửi thư tới địa chỉ đó bình thường.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message itself. Repeat VRFY or EXPN with the SMTPUTF8 parameter if you need the answer.</source>
        <comment>X.6.8|retry</comment>
        <translation>Không có gì cần thử lại đối với bản thân thư. Lặp lại VRFY hoặc EXPN với tham số SMTPUTF8 nếu bạn cần câu trả lời.</translation>
    </message>
    <message>
        <source>VRFY or EXPN issued without the SMTPUTF8 parameter for a mailbox whose name is internationalized.</source>
        <comment>X.6.8|causes</comment>
        <translation>VRFY hoặc EXPN được gửi mà không có tham số SMTPUTF8 cho một hộp thư có tên quốc tế hóa.</translation>
    </message>
    <message>
        <source>A list expanded with EXPN that contains at least one non-ASCII address.</source>
        <comment>X.6.8|causes</comment>
        <translation>Một danh sách được mở rộng bằng EXPN có chứa ít nhất một địa chỉ ngoài ASCII.</translation>
    </message>
    <message>
        <source>An older client or script that never sends SMTPUTF8 querying an EAI-capable server.</source>
        <comment>X.6.8|causes</comment>
        <translation>Một máy khách hoặc script cũ không bao giờ gửi SMTPUTF8 truy vấn một máy chủ có hỗ trợ EAI.</translation>
    </message>
    <message>
        <source>Open a session, send EHLO example.net, check that SMTPUTF8 is listed, then repeat the VRFY or EXPN with the SMTPUTF8 parameter.</source>
        <comment>X.6.8|checks.step</comment>
        <translation>Mở một phiên, gửi EHLO example.net, kiểm tra xem SMTPUTF8 có được liệt kê không, rồi lặp lại VRFY hoặc EXPN với tham số SMTPUTF8.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <comment>X.6.9|title</comment>
        <translation>Thư có header UTF-8 không thể chuyển tới một hoặc nhiều người nhận, nên thư phải bị từ chối</translation>
    </message>
    <message>
        <source>The message has internationalized (UTF-8) headers and at least one recipient cannot accept such a message, so the server rejects it after the final dot of DATA. The IANA registry pairs it with 550, while RFC 6531 section 3.5 describes the reply as 554 Transaction failed, so expect either basic code with it.</source>
        <comment>X.6.9|summary</comment>
        <translation>Thư có header quốc tế hóa (UTF-8) và ít nhất một người nhận không thể nhận thư như vậy, nên máy chủ từ chối thư sau dấu chấm kết thúc của DATA. Sổ đăng ký của IANA ghép mã này với 550, trong khi RFC 6531 mục 3.5 mô tả phản hồi là 554 Transaction failed, vì vậy có thể gặp mã này đi với một trong hai mã cơ bản đó.</translation>
    </message>
    <message>
        <source>At the end of DATA on an SMTPUTF8-aware server that accepted the recipients and only then found that one of them, for example a mailbox on a downstream store without EAI support, cannot take UTF-8 headers. RFC 6531 encourages servers to detect this at RCPT TO instead, which gives X.6.7.</source>
        <comment>X.6.9|whenSeen</comment>
        <translation>Ở cuối DATA trên một máy chủ hỗ trợ SMTPUTF8 đã chấp nhận các người nhận và chỉ sau đó mới phát hiện một trong số họ, chẳng hạn một hộp thư trên kho thư phía sau không hỗ trợ EAI, không nhận được header UTF-8. RFC 6531 khuyến khích máy chủ phát hiện việc này ngay tại RCPT TO, khi đó sẽ cho ra X.6.7.</translation>
    </message>
    <message>
        <source>The sender resends without internationalized headers (RFC 2047 encoded words in Subject and display names, ASCII addresses), or sends separately to the recipients that cannot take EAI mail. The recipient&apos;s admin can enable SMTPUTF8 support end to end if the mailbox should receive such mail.</source>
        <comment>X.6.9|howToFix</comment>
        <translation>Người gửi gửi lại mà không dùng header quốc tế hóa (encoded word theo RFC 2047 trong Subject và tên hiển thị, địa chỉ ASCII), hoặc gửi riêng cho những người nhận không nhận được thư EAI. Quản trị viên phía người nhận có thể bật hỗ trợ SMTPUTF8 từ đầu đến cuối nếu hộp thư cần nhận loại thư này.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; resend with encoded headers, or only to the recipients that accept internationalized mail.</source>
        <comment>X.6.9|retry</comment>
        <translation>Không thử lại khi chưa thay đổi gì; hãy gửi lại với header đã mã hóa, hoặc chỉ gửi tới những người nhận chấp nhận thư quốc tế hóa.</translation>
    </message>
    <message>
        <source>A recipient mailbox sits behind a store or downstream hop without SMTPUTF8 support.</source>
        <comment>X.6.9|causes</comment>
        <translation>Một hộp thư người nhận nằm sau một kho thư hoặc chặng phía sau không hỗ trợ SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message carries raw UTF-8 in headers (Subject, display names, addresses) instead of encoded words.</source>
        <comment>X.6.9|causes</comment>
        <translation>Thư mang UTF-8 thô trong header (Subject, tên hiển thị, địa chỉ) thay vì encoded word.</translation>
    </message>
    <message>
        <source>A mixed recipient list where some recipients support internationalized mail and others do not.</source>
        <comment>X.6.9|causes</comment>
        <translation>Danh sách người nhận hỗn hợp, trong đó một số người nhận hỗ trợ thư quốc tế hóa còn số khác thì không.</translation>
    </message>
    <message>
        <source>Look for raw non-ASCII bytes in the header section of the message, everything up to the first blank line.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Tìm các byte ngoài ASCII ở dạng thô trong phần header của thư, tức mọi thứ cho tới dòng trống đầu tiên.</translation>
    </message>
    <message>
        <source>Confirm that the receiving server itself offers SMTPUTF8, so the refusal comes from a recipient behind it.</source>
        <comment>X.6.9|checks.step</comment>
        <translation>Xác nhận rằng chính máy chủ nhận có cung cấp SMTPUTF8, để biết sự từ chối đến từ một người nhận phía sau nó.</translation>
    </message>
    <message>
        <source>Deprecated: duplicate of X.6.8</source>
        <comment>X.6.10|title</comment>
        <translation>Đã lỗi thời: trùng với X.6.8</translation>
    </message>
    <message>
        <source>A deprecated registry entry that duplicates X.6.8; use and read X.6.8 instead. The experimental RFC 5336 registered it by mistake as a second code for the same condition, a UTF-8 reply that the client has not permitted (X.6.8 with 553 and 550, X.6.10 with 252); RFC 6531 folded the 252 case into X.6.8 and marked X.6.10 deprecated.</source>
        <comment>X.6.10|summary</comment>
        <translation>Một mục đã lỗi thời trong sổ đăng ký mã, trùng lặp với X.6.8; hãy dùng và đọc theo X.6.8. RFC 5336 (thử nghiệm) đã đăng ký nhầm mã này như một mã thứ hai cho cùng tình huống, tức một phản hồi UTF-8 mà máy khách chưa cho phép (X.6.8 đi với 553 và 550, X.6.10 đi với 252); RFC 6531 đã gộp trường hợp 252 vào X.6.8 và đánh dấu X.6.10 là lỗi thời.</translation>
    </message>
    <message>
        <source>Practically never. Only software written against the experimental RFC 5336 might still send 252 2.6.10 in reply to VRFY or EXPN; if you do see it, it means exactly what X.6.8 means.</source>
        <comment>X.6.10|whenSeen</comment>
        <translation>Hầu như không bao giờ. Chỉ phần mềm được viết theo RFC 5336 thử nghiệm mới có thể vẫn gửi 252 2.6.10 để trả lời VRFY hoặc EXPN; nếu bạn có gặp, nó mang đúng nghĩa của X.6.8.</translation>
    </message>
    <message>
        <source>Handle it as X.6.8: the client sent VRFY or EXPN without the SMTPUTF8 parameter and the answer would contain a UTF-8 mailbox name. The admin of the server that sends it should update the software so that it uses X.6.8.</source>
        <comment>X.6.10|howToFix</comment>
        <translation>Xử lý như X.6.8: máy khách đã gửi VRFY hoặc EXPN mà không có tham số SMTPUTF8 và câu trả lời sẽ chứa một tên hộp thư UTF-8. Quản trị viên của máy chủ gửi mã này nên cập nhật phần mềm để dùng X.6.8.</translation>
    </message>
    <message>
        <source>Nothing to retry for the message; treat it exactly like X.6.8 and repeat the query with SMTPUTF8 if the answer is needed.</source>
        <comment>X.6.10|retry</comment>
        <translation>Không có gì cần thử lại đối với thư; xử lý y như X.6.8 và lặp lại truy vấn với SMTPUTF8 nếu cần câu trả lời.</translation>
    </message>
    <message>
        <source>Server software that implements the experimental RFC 5336 rather than RFC 6531.</source>
        <comment>X.6.10|causes</comment>
        <translation>Phần mềm máy chủ triển khai RFC 5336 thử nghiệm thay vì RFC 6531.</translation>
    </message>
    <message>
        <source>A hard-coded status table copied from the registry as it stood before 2012.</source>
        <comment>X.6.10|causes</comment>
        <translation>Một bảng trạng thái được viết cứng, sao chép từ sổ đăng ký mã như nó tồn tại trước năm 2012.</translation>
    </message>
    <message>
        <source>Check that the server lists SMTPUTF8 after EHLO, then repeat the VRFY or EXPN with the SMTPUTF8 parameter, as for X.6.8.</source>
        <comment>X.6.10|checks.step</comment>
        <translation>Kiểm tra xem máy chủ có liệt kê SMTPUTF8 sau EHLO không, rồi lặp lại VRFY hoặc EXPN với tham số SMTPUTF8, như với X.6.8.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <comment>X.7.0|title</comment>
        <translation>Trạng thái bảo mật khác hoặc không xác định</translation>
    </message>
    <message>
        <source>The catch-all security and policy code: something was refused, delayed or (as 2.7.0) accepted for a security reason the server does not describe more precisely. As 5.7.0 it is a permanent refusal, most often 530 5.7.0 when the client must use STARTTLS or log in first; as 4.7.0 it is temporary, such as 454 4.7.0 when the server&apos;s authentication back end is down, or a provider&apos;s 421 4.7.0 rate limit. 235 2.7.0 is the normal reply to a successful AUTH.</source>
        <comment>X.7.0|summary</comment>
        <translation>Mã dùng chung cho mọi trường hợp về bảo mật và chính sách: một việc gì đó bị từ chối, bị trì hoãn hoặc (với 2.7.0) được chấp nhận vì một lý do bảo mật mà máy chủ không mô tả cụ thể hơn. Ở dạng 5.7.0, đây là lỗi từ chối vĩnh viễn, thường gặp nhất là 530 5.7.0 khi máy khách phải dùng STARTTLS hoặc đăng nhập trước; ở dạng 4.7.0, lỗi chỉ là tạm thời, chẳng hạn 454 4.7.0 khi backend xác thực của máy chủ ngừng hoạt động, hoặc 421 4.7.0 khi nhà cung cấp giới hạn tốc độ. 235 2.7.0 là phản hồi bình thường cho một lệnh AUTH thành công.</translation>
    </message>
    <message>
        <source>On the submission ports (587, 465) around STARTTLS and AUTH, and at MAIL FROM when a client tries to send without logging in. Postfix answers 530 5.7.0 Must issue a STARTTLS command first when TLS is mandatory, and 454 4.7.0 when its own TLS or SASL setup fails. Large receivers such as Gmail and Yahoo use 421 4.7.0 to throttle senders with poor reputation.</source>
        <comment>X.7.0|whenSeen</comment>
        <translation>Trên các cổng submission (587, 465), quanh STARTTLS và AUTH, và tại MAIL FROM khi máy khách cố gửi thư mà không đăng nhập. Postfix trả lời 530 5.7.0 Must issue a STARTTLS command first khi TLS là bắt buộc, và 454 4.7.0 khi chính cấu hình TLS hoặc SASL của nó gặp lỗi. Các bên nhận lớn như Gmail và Yahoo dùng 421 4.7.0 để hạn chế tốc độ đối với những người gửi có uy tín kém.</translation>
    </message>
    <message>
        <source>Read the text after the code, because it carries the real reason. If it asks for STARTTLS or authentication, the client software must be set to STARTTLS on port 587 (or SSL/TLS on port 465) and to log in with the mailbox credentials. If it is a 454 4.7.0 temporary authentication failure, the server&apos;s admin checks the authentication back end (Dovecot, Cyrus SASL, LDAP) and the TLS certificate files. If it is a provider&apos;s 421 4.7.0 throttle, the sender&apos;s admin fixes reputation problems (PTR record, SPF, DKIM, complaint rate, sudden volume) and lets the queue retry.</source>
        <comment>X.7.0|howToFix</comment>
        <translation>Hãy đọc phần văn bản sau mã, vì đó mới là lý do thật. Nếu nó yêu cầu STARTTLS hoặc xác thực, phần mềm máy khách phải được cấu hình dùng STARTTLS trên cổng 587 (hoặc SSL/TLS trên cổng 465) và đăng nhập bằng thông tin đăng nhập của hộp thư. Nếu đó là lỗi xác thực tạm thời 454 4.7.0, quản trị viên máy chủ kiểm tra backend xác thực (Dovecot, Cyrus SASL, LDAP) và các tệp chứng chỉ TLS. Nếu đó là việc nhà cung cấp hạn chế tốc độ bằng 421 4.7.0, quản trị viên phía người gửi khắc phục các vấn đề về uy tín (bản ghi PTR, SPF, DKIM, tỷ lệ khiếu nại, lưu lượng tăng đột ngột) và để hàng đợi tự thử lại.</translation>
    </message>
    <message>
        <source>It depends on the class. 4.7.0 is temporary: keep the message queued and retry with backoff. 5.7.0 will not clear by retrying, so fix the TLS or login settings first. 2.7.0 is success: continue the session.</source>
        <comment>X.7.0|retry</comment>
        <translation>Tùy thuộc vào nhóm mã. 4.7.0 là tạm thời: giữ thư trong hàng đợi và thử lại với khoảng chờ tăng dần. 5.7.0 sẽ không tự hết khi thử lại, vì vậy hãy sửa cấu hình TLS hoặc đăng nhập trước. 2.7.0 là thành công: tiếp tục phiên làm việc.</translation>
    </message>
    <message>
        <source>The mail client or application talks to the submission port without STARTTLS while the server requires TLS before anything else.</source>
        <comment>X.7.0|causes</comment>
        <translation>Ứng dụng thư hoặc ứng dụng khác kết nối tới cổng submission mà không dùng STARTTLS, trong khi máy chủ yêu cầu TLS trước mọi thao tác khác.</translation>
    </message>
    <message>
        <source>The client skips SMTP AUTH and goes straight to MAIL FROM on a server that relays only for logged-in users.</source>
        <comment>X.7.0|causes</comment>
        <translation>Máy khách bỏ qua SMTP AUTH và chuyển thẳng tới MAIL FROM trên một máy chủ chỉ relay thư cho người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>The server&apos;s SASL back end (Dovecot auth socket, saslauthd, LDAP) is unreachable, so logins fail temporarily.</source>
        <comment>X.7.0|causes</comment>
        <translation>Backend SASL của máy chủ (socket xác thực của Dovecot, saslauthd, LDAP) không truy cập được, nên việc đăng nhập tạm thời thất bại.</translation>
    </message>
    <message>
        <source>The server cannot load its own TLS certificate or key, so it cannot offer STARTTLS and answers with a temporary refusal.</source>
        <comment>X.7.0|causes</comment>
        <translation>Máy chủ không nạp được chứng chỉ TLS hoặc khóa riêng của chính nó, nên không thể cung cấp STARTTLS và trả lời bằng một lỗi từ chối tạm thời.</translation>
    </message>
    <message>
        <source>A large receiver is throttling the sending IP or domain because of low reputation or a sudden rise in volume.</source>
        <comment>X.7.0|causes</comment>
        <translation>Một bên nhận lớn đang hạn chế tốc độ đối với IP hoặc tên miền gửi vì uy tín thấp hoặc lưu lượng tăng đột ngột.</translation>
    </message>
    <message>
        <source>Connect to the submission port with TLS, send EHLO by hand and check that the 250-AUTH line appears inside the TLS session.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Kết nối tới cổng submission bằng TLS, gõ lệnh EHLO thủ công và kiểm tra rằng dòng 250-AUTH xuất hiện bên trong phiên TLS.</translation>
    </message>
    <message>
        <source>Run a complete authenticated submission to see which command draws the 5.7.0 or 4.7.0 reply.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Thực hiện trọn vẹn một lần gửi thư có xác thực để xem lệnh nào nhận phản hồi 5.7.0 hoặc 4.7.0.</translation>
    </message>
    <message>
        <source>On a Postfix server, look for TLS and SASL warnings around the time of the failure.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Trên máy chủ Postfix, tìm các cảnh báo TLS và SASL vào khoảng thời điểm xảy ra lỗi.</translation>
    </message>
    <message>
        <source>For a provider&apos;s 421 4.7.0 throttle, check that the sending IP has a PTR record whose name resolves back to the same IP.</source>
        <comment>X.7.0|checks.step</comment>
        <translation>Với việc nhà cung cấp hạn chế tốc độ bằng 421 4.7.0, kiểm tra rằng IP gửi có bản ghi PTR và tên trong bản ghi đó phân giải ngược lại đúng IP ấy.</translation>
    </message>
    <message>
        <source>Gmail&apos;s submission server smtp.gmail.com sends this when a client tries AUTH or MAIL FROM on port 587 before upgrading the connection with STARTTLS.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Máy chủ submission của Gmail, smtp.gmail.com, trả mã này khi máy khách thử AUTH hoặc MAIL FROM trên cổng 587 trước khi nâng cấp kết nối bằng STARTTLS.</translation>
    </message>
    <message>
        <source>On smtp.gmail.com this means the client reached MAIL FROM without a successful login; Gmail relays submitted mail only for authenticated Google accounts.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Trên smtp.gmail.com, mã này nghĩa là máy khách đã tới bước MAIL FROM mà chưa đăng nhập thành công; Gmail chỉ relay thư được gửi lên cho các tài khoản Google đã xác thực.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s temporary reputation deferral for the sending IP (complaints, unusual volume or spam-like content). It is not a security failure in the registry sense; retries succeed once the reputation recovers.</source>
        <comment>X.7.0|providers.meaning</comment>
        <translation>Lỗi trì hoãn tạm thời của Yahoo do uy tín của IP gửi (khiếu nại, lưu lượng bất thường hoặc nội dung giống thư rác). Đây không phải lỗi bảo mật theo nghĩa của sổ đăng ký; các lần thử lại sẽ thành công khi uy tín được phục hồi.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1|title</comment>
        <translation>Không được phép chuyển phát, thư bị từ chối</translation>
    </message>
    <message>
        <source>The most common policy rejection: the receiving server will not take this message from this sender, client or IP address. The registry defines it as permanent only (5.7.1), covering relay denial, blocklist hits, sender or recipient restrictions and spam filter verdicts. In practice 4.7.1 is also widely sent as a temporary policy deferral, greylisting being the classic case.</source>
        <comment>X.7.1|summary</comment>
        <translation>Lỗi từ chối theo chính sách phổ biến nhất: máy chủ nhận không chấp nhận thư này từ người gửi, máy khách hoặc địa chỉ IP này. Sổ đăng ký chỉ định nghĩa mã này ở dạng vĩnh viễn (5.7.1), bao gồm các trường hợp từ chối relay, bị liệt kê trong danh sách chặn, hạn chế về người gửi hoặc người nhận và kết luận của bộ lọc thư rác. Trên thực tế, 4.7.1 cũng được dùng rộng rãi như một lỗi trì hoãn tạm thời theo chính sách, với greylisting là trường hợp điển hình.</translation>
    </message>
    <message>
        <source>Usually at RCPT TO (relay access denied, recipient restrictions, greylisting) or at the end of DATA (spam and content filters, header checks), sometimes at MAIL FROM when the client IP is on a blocklist. Postfix, Exim, Exchange, Microsoft 365, Gmail and Yahoo all send it, and the text after the code names the rule that fired.</source>
        <comment>X.7.1|whenSeen</comment>
        <translation>Thường tại RCPT TO (relay bị từ chối, hạn chế người nhận, greylisting) hoặc ở cuối DATA (bộ lọc thư rác và nội dung, kiểm tra header), đôi khi tại MAIL FROM khi IP của máy khách nằm trong danh sách chặn. Postfix, Exim, Exchange, Microsoft 365, Gmail và Yahoo đều trả mã này, và phần văn bản sau mã cho biết quy tắc nào đã được kích hoạt.</translation>
    </message>
    <message>
        <source>Read the whole reply and act on the rule it names. Relay access denied: the client software must authenticate before sending to outside domains, or the recipient&apos;s admin must add the domain to the server&apos;s accepted domains. Blocklisted IP: the sender&apos;s admin finds the listing, fixes its cause (compromised account, open relay, missing PTR) and requests delisting. Spam or reputation verdict: the sender&apos;s admin reviews authentication, content and volume, then asks the receiving provider for a review. For 4.7.1 greylisting nothing needs doing; the sending server retries on its own.</source>
        <comment>X.7.1|howToFix</comment>
        <translation>Đọc toàn bộ phản hồi và xử lý theo quy tắc được nêu trong đó. Relay access denied (relay bị từ chối): phần mềm máy khách phải xác thực trước khi gửi tới tên miền bên ngoài, hoặc quản trị viên phía người nhận phải thêm tên miền vào danh sách tên miền được chấp nhận của máy chủ. IP bị liệt kê trong danh sách chặn: quản trị viên phía người gửi tìm danh sách đang liệt kê IP, khắc phục nguyên nhân (tài khoản bị xâm nhập, open relay, thiếu PTR) rồi yêu cầu gỡ khỏi danh sách chặn. Kết luận thư rác hoặc uy tín: quản trị viên phía người gửi rà soát xác thực, nội dung và lưu lượng, sau đó đề nghị nhà cung cấp phía nhận xem xét lại. Với greylisting 4.7.1 thì không cần làm gì; máy chủ gửi sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>For 5.7.1 do not resend unchanged: the policy will refuse it again until the block or the setting is fixed. For 4.7.1 keep the message queued and retry normally; a greylisting server lets a later attempt through, usually after a few minutes.</source>
        <comment>X.7.1|retry</comment>
        <translation>Với 5.7.1, đừng gửi lại nguyên trạng: chính sách sẽ tiếp tục từ chối cho tới khi lệnh chặn hoặc cấu hình được sửa. Với 4.7.1, giữ thư trong hàng đợi và thử lại như bình thường; máy chủ dùng greylisting sẽ cho một lần thử sau đó đi qua, thường là sau vài phút.</translation>
    </message>
    <message>
        <source>Relay denied: the client sent to an outside domain without authenticating, or from an IP address the server does not trust.</source>
        <comment>X.7.1|causes</comment>
        <translation>Relay bị từ chối: máy khách gửi tới một tên miền bên ngoài mà không xác thực, hoặc gửi từ một địa chỉ IP mà máy chủ không tin cậy.</translation>
    </message>
    <message>
        <source>The sending IP is listed on a DNS blocklist (Spamhaus ZEN, Barracuda, SpamCop) or on a provider&apos;s private block list.</source>
        <comment>X.7.1|causes</comment>
        <translation>IP gửi nằm trong một danh sách chặn DNS (Spamhaus ZEN, Barracuda, SpamCop) hoặc trong danh sách chặn riêng của một nhà cung cấp.</translation>
    </message>
    <message>
        <source>A spam or malware filter, or the provider&apos;s reputation system, judged the message unwanted or dangerous.</source>
        <comment>X.7.1|causes</comment>
        <translation>Bộ lọc thư rác hoặc mã độc, hoặc hệ thống đánh giá uy tín của nhà cung cấp, đã xếp thư vào loại không mong muốn hoặc nguy hiểm.</translation>
    </message>
    <message>
        <source>A recipient-side rule: the mailbox or group accepts mail only from certain senders, or only from inside the organisation.</source>
        <comment>X.7.1|causes</comment>
        <translation>Quy tắc phía người nhận: hộp thư hoặc nhóm chỉ nhận thư từ một số người gửi nhất định, hoặc chỉ từ bên trong tổ chức.</translation>
    </message>
    <message>
        <source>Greylisting (as 4.7.1): the receiver defers the first attempt from an unknown sender and accepts a later retry.</source>
        <comment>X.7.1|causes</comment>
        <translation>Greylisting (dạng 4.7.1): bên nhận trì hoãn lần gửi đầu tiên từ một người gửi chưa biết và chấp nhận lần thử lại sau đó.</translation>
    </message>
    <message>
        <source>The sender address or its domain is on the recipient&apos;s own block list, or fails a sender address verification.</source>
        <comment>X.7.1|causes</comment>
        <translation>Địa chỉ người gửi hoặc tên miền của nó nằm trong danh sách chặn riêng của người nhận, hoặc không vượt qua bước xác minh địa chỉ người gửi.</translation>
    </message>
    <message>
        <source>Find the rejection in the sending server&apos;s log and read the full reply text, including any bracketed tag such as S3150 or BL21.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Tìm lần bị từ chối trong nhật ký của máy chủ gửi và đọc toàn văn phản hồi, kể cả thẻ trong ngoặc vuông như S3150 hoặc BL21.</translation>
    </message>
    <message>
        <source>Check the sending IP against Spamhaus ZEN with its octets reversed; an answer in 127.0.0.x means listed. Query through your own resolver, since Spamhaus refuses many public ones.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Tra IP gửi trên Spamhaus ZEN với các octet được đảo ngược thứ tự; câu trả lời dạng 127.0.0.x nghĩa là IP đang bị liệt kê. Hãy truy vấn qua resolver của chính bạn, vì Spamhaus từ chối nhiều resolver công cộng.</translation>
    </message>
    <message>
        <source>If your own Postfix server sent the rejection, see which restriction produced it.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Nếu chính máy chủ Postfix của bạn đưa ra lời từ chối, hãy xem hạn chế (restriction) nào đã gây ra nó.</translation>
    </message>
    <message>
        <source>If your own server says Relay access denied to a client that should be allowed, review the relay settings.</source>
        <comment>X.7.1|checks.step</comment>
        <translation>Nếu máy chủ của bạn trả lời Relay access denied cho một máy khách lẽ ra được phép, hãy rà soát lại cấu hình relay.</translation>
    </message>
    <message>
        <source>Outlook.com (Hotmail, Live, MSN) refuses the sending IP because it is on Microsoft&apos;s own block list, separate from public DNS blocklists. The sender&apos;s admin must request delisting through Microsoft&apos;s sender support.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Outlook.com (Hotmail, Live, MSN) từ chối IP gửi vì IP này nằm trong danh sách chặn riêng của Microsoft, tách biệt với các danh sách chặn DNS công khai. Quản trị viên phía người gửi phải yêu cầu gỡ khỏi danh sách chặn qua bộ phận hỗ trợ người gửi (sender support) của Microsoft.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam verdict on this message, given at the end of DATA from content and sender reputation. Gmail also uses 5.7.1 for RFC 5322 header faults and for IPs not allowed to send to it directly.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Kết luận thư rác của Gmail đối với thư này, đưa ra ở cuối DATA dựa trên nội dung và uy tín người gửi. Gmail cũng dùng 5.7.1 cho lỗi header theo RFC 5322 và cho những IP không được phép gửi trực tiếp tới Gmail.</translation>
    </message>
    <message>
        <source>Yahoo refuses the client IP because it appears on a Spamhaus list; the listing must be cleared at Spamhaus first.</source>
        <comment>X.7.1|providers.meaning</comment>
        <translation>Yahoo từ chối IP của máy khách vì IP này có tên trong một danh sách của Spamhaus; phải gỡ khỏi danh sách tại Spamhaus trước.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2|title</comment>
        <translation>Không được phép mở rộng danh sách thư</translation>
    </message>
    <message>
        <source>The sender is not allowed to post to the mailing list or distribution group the message was addressed to, so the list will not expand it to its members. It is defined only as a permanent failure. It is rare in practice: most list managers and groupware refuse unauthorised posters with 5.7.1 or hold the post for moderation instead.</source>
        <comment>X.7.2|summary</comment>
        <translation>Người gửi không được phép đăng bài lên danh sách thư (mailing list) hoặc nhóm phân phối mà thư được gửi tới, nên danh sách sẽ không phân phát thư tới các thành viên. Mã này chỉ được định nghĩa là lỗi vĩnh viễn. Trên thực tế hiếm gặp: hầu hết phần mềm quản lý danh sách thư và phần mềm cộng tác (groupware) từ chối người đăng không được phép bằng 5.7.1, hoặc giữ bài lại để chờ kiểm duyệt.</translation>
    </message>
    <message>
        <source>At RCPT TO when the list address checks senders itself, or later in a bounce (DSN) from the list server after it received the message and found the poster not allowed. Typical cases are members-only discussion lists, announcement lists and distribution groups limited to internal or named senders.</source>
        <comment>X.7.2|whenSeen</comment>
        <translation>Tại RCPT TO khi chính địa chỉ danh sách kiểm tra người gửi, hoặc muộn hơn trong một thư báo trả về (DSN) từ máy chủ danh sách thư sau khi nó đã nhận thư và phát hiện người đăng không được phép. Các trường hợp điển hình là danh sách thảo luận chỉ dành cho thành viên, danh sách thông báo và nhóm phân phối chỉ cho phép người gửi nội bộ hoặc người gửi được chỉ định.</translation>
    </message>
    <message>
        <source>The sender checks that they post from the exact address that is subscribed or allowed, not an alias or another account. If they should be allowed, the list owner or the recipient&apos;s admin adds the address to the members or allowed posters, or lifts the restriction on outside senders. Then the sender resends the message.</source>
        <comment>X.7.2|howToFix</comment>
        <translation>Người gửi kiểm tra rằng mình đăng bài từ đúng địa chỉ đã đăng ký hoặc được cho phép, chứ không phải từ một bí danh (alias) hay tài khoản khác. Nếu người gửi lẽ ra được phép, chủ sở hữu danh sách hoặc quản trị viên phía người nhận thêm địa chỉ đó vào danh sách thành viên hoặc người được phép đăng bài, hoặc gỡ bỏ hạn chế đối với người gửi bên ngoài. Sau đó người gửi gửi lại thư.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the list refuses the same poster every time. Resend only once the sender is allowed to post or writes from the subscribed address.</source>
        <comment>X.7.2|retry</comment>
        <translation>Đừng thử lại nguyên trạng: lần nào danh sách cũng sẽ từ chối cùng một người đăng. Chỉ gửi lại khi người gửi đã được phép đăng bài hoặc gửi từ địa chỉ đã đăng ký.</translation>
    </message>
    <message>
        <source>The list accepts posts only from subscribers, and the message came from an address that is not subscribed.</source>
        <comment>X.7.2|causes</comment>
        <translation>Danh sách chỉ nhận bài từ người đã đăng ký, và thư đến từ một địa chỉ chưa đăng ký.</translation>
    </message>
    <message>
        <source>The sender is subscribed under one address but wrote from another (an alias, a personal account, a forwarding address).</source>
        <comment>X.7.2|causes</comment>
        <translation>Người gửi đăng ký bằng một địa chỉ nhưng lại gửi từ địa chỉ khác (bí danh, tài khoản cá nhân, địa chỉ chuyển tiếp).</translation>
    </message>
    <message>
        <source>A distribution group is restricted to internal senders or to a named list of allowed senders.</source>
        <comment>X.7.2|causes</comment>
        <translation>Nhóm phân phối bị giới hạn chỉ cho người gửi nội bộ hoặc cho một danh sách người gửi được chỉ định.</translation>
    </message>
    <message>
        <source>The list is an announcement list on which only owners or moderators may post.</source>
        <comment>X.7.2|causes</comment>
        <translation>Đây là danh sách thông báo, chỉ chủ sở hữu hoặc người kiểm duyệt mới được đăng bài.</translation>
    </message>
    <message>
        <source>Compare the envelope sender and the From address of the bounced message with the address subscribed to the list.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>So sánh người gửi trên phong bì (envelope sender) và địa chỉ From của thư bị trả về với địa chỉ đã đăng ký vào danh sách.</translation>
    </message>
    <message>
        <source>As the owner of a Mailman 3 list, list the members to see whether the poster is among them.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Với tư cách chủ sở hữu một danh sách Mailman 3, liệt kê các thành viên để xem người đăng có trong đó không.</translation>
    </message>
    <message>
        <source>Send a short test post from the subscribed address to confirm the list accepts it.</source>
        <comment>X.7.2|checks.step</comment>
        <translation>Gửi một bài thử ngắn từ địa chỉ đã đăng ký để xác nhận danh sách chấp nhận bài đó.</translation>
    </message>
    <message>
        <source>Yahoo uses 5.7.2 for a lasting block of the sending IP because of its reputation, which has nothing to do with mailing lists. The sender&apos;s admin must fix the reputation problem and contact Yahoo&apos;s sender support.</source>
        <comment>X.7.2|providers.meaning</comment>
        <translation>Yahoo dùng 5.7.2 cho việc chặn lâu dài IP gửi do uy tín của IP, hoàn toàn không liên quan tới danh sách thư. Quản trị viên phía người gửi phải khắc phục vấn đề uy tín và liên hệ bộ phận hỗ trợ người gửi của Yahoo.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3|title</comment>
        <translation>Cần chuyển đổi bảo mật nhưng không thể thực hiện</translation>
    </message>
    <message>
        <source>Delivery needed the message converted from one secure messaging format to another (for example between two gateways&apos; encryption or signing schemes), and that conversion could not be done. It is defined only as a permanent failure. The registry meaning is almost never met today; the code is best known from Microsoft servers, which answer a failed SMTP login with 535 5.7.3.</source>
        <comment>X.7.3|summary</comment>
        <translation>Để chuyển phát, thư cần được chuyển từ một định dạng nhắn tin bảo mật sang một định dạng khác (ví dụ giữa cơ chế mã hóa hoặc ký số của hai gateway khác nhau), và việc chuyển đổi đó không thực hiện được. Mã này chỉ được định nghĩa là lỗi vĩnh viễn. Ngày nay hầu như không còn gặp nghĩa theo sổ đăng ký; mã này được biết đến nhiều nhất qua các máy chủ Microsoft, vốn trả lời một lần đăng nhập SMTP thất bại bằng 535 5.7.3.</translation>
    </message>
    <message>
        <source>In the registry sense: in a bounce (DSN) from a secure-mail gateway bridging two messaging systems with different security formats. In practice: as 535 5.7.3 Authentication unsuccessful from Exchange Server and from Microsoft 365 (smtp.office365.com) when SMTP AUTH fails, typically for printers, scanners and applications sending through a Microsoft 365 mailbox.</source>
        <comment>X.7.3|whenSeen</comment>
        <translation>Theo nghĩa của sổ đăng ký: trong thư báo trả về (DSN) từ một gateway thư bảo mật làm cầu nối giữa hai hệ thống thư dùng định dạng bảo mật khác nhau. Trên thực tế: dưới dạng 535 5.7.3 Authentication unsuccessful (xác thực không thành công) từ Exchange Server và Microsoft 365 (smtp.office365.com) khi SMTP AUTH thất bại, thường với máy in, máy quét và ứng dụng gửi thư qua một hộp thư Microsoft 365.</translation>
    </message>
    <message>
        <source>For a Microsoft 535 5.7.3: the user or the application&apos;s owner checks the username (the full mailbox address) and password, and the tenant admin checks that authenticated SMTP is enabled for the mailbox and not blocked by security defaults or a policy requiring modern authentication. If basic authentication is not allowed, the application must move to OAuth or to another relay method such as a connector. For a genuine conversion failure, the sender sends the message in a format the gateway can handle, after checking with the recipient&apos;s admin.</source>
        <comment>X.7.3|howToFix</comment>
        <translation>Với 535 5.7.3 của Microsoft: người dùng hoặc chủ sở hữu ứng dụng kiểm tra tên người dùng (địa chỉ hộp thư đầy đủ) và mật khẩu, còn quản trị viên tenant kiểm tra rằng SMTP có xác thực đã được bật cho hộp thư và không bị chặn bởi security defaults hoặc bởi một chính sách yêu cầu xác thực hiện đại (modern authentication). Nếu xác thực cơ bản (basic authentication) không được phép, ứng dụng phải chuyển sang OAuth hoặc một phương thức relay khác, chẳng hạn connector. Với lỗi chuyển đổi thực sự, người gửi gửi thư ở định dạng mà gateway xử lý được, sau khi đã trao đổi với quản trị viên phía người nhận.</translation>
    </message>
    <message>
        <source>Do not repeat the same login or message: a failed Microsoft login needs corrected credentials or tenant settings, and a refused security conversion needs a different message format.</source>
        <comment>X.7.3|retry</comment>
        <translation>Đừng lặp lại cùng lần đăng nhập hay cùng thư: lần đăng nhập Microsoft thất bại cần sửa thông tin đăng nhập hoặc cấu hình tenant, còn việc chuyển đổi bảo mật bị từ chối cần một định dạng thư khác.</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP (SMTP AUTH) is disabled for the tenant or for this mailbox.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: SMTP có xác thực (SMTP AUTH) bị tắt cho tenant hoặc cho hộp thư này.</translation>
    </message>
    <message>
        <source>Microsoft 365 or Exchange: wrong or expired password, or a username that is not the full mailbox address.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365 hoặc Exchange: mật khẩu sai hoặc đã hết hạn, hoặc tên người dùng không phải là địa chỉ hộp thư đầy đủ.</translation>
    </message>
    <message>
        <source>Microsoft 365: security defaults or Conditional Access demand multi-factor or modern authentication, so a plain password login is refused.</source>
        <comment>X.7.3|causes</comment>
        <translation>Microsoft 365: security defaults hoặc Conditional Access yêu cầu xác thực đa yếu tố hoặc xác thực hiện đại, nên đăng nhập chỉ bằng mật khẩu bị từ chối.</translation>
    </message>
    <message>
        <source>A secure-mail gateway received a message signed or encrypted in a format it cannot translate for the destination system.</source>
        <comment>X.7.3|causes</comment>
        <translation>Một gateway thư bảo mật nhận được thư được ký hoặc mã hóa theo định dạng mà nó không chuyển đổi được cho hệ thống đích.</translation>
    </message>
    <message>
        <source>Reproduce the login against the submission server the application uses and note the reply to AUTH.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Tái hiện lần đăng nhập trên máy chủ submission mà ứng dụng sử dụng và ghi lại phản hồi cho lệnh AUTH.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell, check whether SMTP AUTH is disabled for the mailbox (True means disabled).</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Trong Exchange Online PowerShell, kiểm tra xem SMTP AUTH có bị tắt cho hộp thư không (True nghĩa là bị tắt).</translation>
    </message>
    <message>
        <source>Check the tenant-wide SMTP AUTH setting as well.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Kiểm tra cả cấu hình SMTP AUTH ở cấp toàn tenant.</translation>
    </message>
    <message>
        <source>For a gateway bounce, read the Diagnostic-Code and Remote-MTA lines to see which gateway refused the conversion.</source>
        <comment>X.7.3|checks.step</comment>
        <translation>Với thư báo trả về từ gateway, đọc các dòng Diagnostic-Code và Remote-MTA để xem gateway nào đã từ chối việc chuyển đổi.</translation>
    </message>
    <message>
        <source>Exchange Online and Exchange Server answer a failed SMTP AUTH login with 5.7.3, whatever the reason: wrong credentials, SMTP AUTH turned off, or basic authentication blocked. When SMTP AUTH is disabled for the whole tenant, Microsoft 365 may send 535 5.7.139 with a text saying so.</source>
        <comment>X.7.3|providers.meaning</comment>
        <translation>Exchange Online và Exchange Server trả lời mọi lần đăng nhập SMTP AUTH thất bại bằng 5.7.3, bất kể lý do: thông tin đăng nhập sai, SMTP AUTH bị tắt, hoặc xác thực cơ bản bị chặn. Khi SMTP AUTH bị tắt cho toàn bộ tenant, Microsoft 365 có thể trả 535 5.7.139 kèm nội dung nói rõ điều đó.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <comment>X.7.4|title</comment>
        <translation>Không hỗ trợ tính năng bảo mật</translation>
    </message>
    <message>
        <source>The message or the session asked for a security feature that the server or the delivery path does not support, such as an authentication method the server does not offer. It is defined only as a permanent failure. Its common modern form is 504 5.7.4 in reply to AUTH with an unknown or disabled mechanism.</source>
        <comment>X.7.4|summary</comment>
        <translation>Thư hoặc phiên làm việc yêu cầu một tính năng bảo mật mà máy chủ hoặc đường chuyển phát không hỗ trợ, chẳng hạn một phương thức xác thực mà máy chủ không cung cấp. Mã này chỉ được định nghĩa là lỗi vĩnh viễn. Dạng thường gặp ngày nay là 504 5.7.4, trả lời cho lệnh AUTH dùng một cơ chế không xác định hoặc đã bị tắt.</translation>
    </message>
    <message>
        <source>At AUTH, when client software insists on a mechanism (CRAM-MD5, NTLM, GSSAPI, the old XOAUTH) that the server did not advertise; Gmail and Exchange answer 504 5.7.4 Unrecognized authentication type. A sending Postfix server also logs dsn=4.7.4 for its own deferral when its policy requires TLS and the remote server does not offer STARTTLS.</source>
        <comment>X.7.4|whenSeen</comment>
        <translation>Tại AUTH, khi phần mềm máy khách nhất quyết dùng một cơ chế (CRAM-MD5, NTLM, GSSAPI, XOAUTH cũ) mà máy chủ không quảng bá; Gmail và Exchange trả lời 504 5.7.4 Unrecognized authentication type (kiểu xác thực không được nhận dạng). Máy chủ Postfix gửi thư cũng ghi vào nhật ký dsn=4.7.4 cho lần hoãn của chính nó khi chính sách của nó yêu cầu TLS mà máy chủ từ xa không cung cấp STARTTLS.</translation>
    </message>
    <message>
        <source>The client software, or whoever configures it, picks an authentication mechanism from the list in the server&apos;s EHLO reply after STARTTLS: usually PLAIN or LOGIN over TLS, or XOAUTH2 or OAUTHBEARER for OAuth. For the Postfix TLS deferral, the sender&apos;s admin asks the recipient&apos;s admin to enable STARTTLS, or relaxes the TLS policy for that destination if encryption is not really mandatory.</source>
        <comment>X.7.4|howToFix</comment>
        <translation>Phần mềm máy khách, hoặc người cấu hình nó, chọn một cơ chế xác thực trong danh sách ở phản hồi EHLO của máy chủ sau STARTTLS: thường là PLAIN hoặc LOGIN qua TLS, hoặc XOAUTH2 hay OAUTHBEARER cho OAuth. Với lỗi trì hoãn TLS của Postfix, quản trị viên phía người gửi đề nghị quản trị viên phía người nhận bật STARTTLS, hoặc nới lỏng chính sách TLS cho đích đến đó nếu việc mã hóa thực ra không bắt buộc.</translation>
    </message>
    <message>
        <source>Do not send the same AUTH command again; choose a mechanism the server offers. A sending server&apos;s own 4.7.4 TLS deferral stays in the queue, but it keeps failing until the TLS policy or the remote server changes.</source>
        <comment>X.7.4|retry</comment>
        <translation>Đừng gửi lại cùng lệnh AUTH; hãy chọn một cơ chế mà máy chủ cung cấp. Lỗi trì hoãn TLS 4.7.4 của chính máy chủ gửi vẫn nằm trong hàng đợi, nhưng sẽ tiếp tục thất bại cho tới khi chính sách TLS hoặc máy chủ từ xa thay đổi.</translation>
    </message>
    <message>
        <source>The client is configured for an authentication mechanism the server does not advertise, such as CRAM-MD5 or NTLM.</source>
        <comment>X.7.4|causes</comment>
        <translation>Máy khách được cấu hình dùng một cơ chế xác thực mà máy chủ không quảng bá, chẳng hạn CRAM-MD5 hoặc NTLM.</translation>
    </message>
    <message>
        <source>The application still uses a retired mechanism, for Gmail the old XOAUTH instead of XOAUTH2.</source>
        <comment>X.7.4|causes</comment>
        <translation>Ứng dụng vẫn dùng một cơ chế đã bị loại bỏ, với Gmail là XOAUTH cũ thay vì XOAUTH2.</translation>
    </message>
    <message>
        <source>The client tries AUTH before STARTTLS, while the server lists its mechanisms only inside the TLS session.</source>
        <comment>X.7.4|causes</comment>
        <translation>Máy khách thử AUTH trước STARTTLS, trong khi máy chủ chỉ liệt kê các cơ chế của mình bên trong phiên TLS.</translation>
    </message>
    <message>
        <source>The sender&apos;s TLS policy demands encryption for a destination whose server does not offer STARTTLS.</source>
        <comment>X.7.4|causes</comment>
        <translation>Chính sách TLS của người gửi yêu cầu mã hóa cho một đích đến có máy chủ không cung cấp STARTTLS.</translation>
    </message>
    <message>
        <source>List the mechanisms the server offers after STARTTLS by reading the 250-AUTH line.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Liệt kê các cơ chế mà máy chủ cung cấp sau STARTTLS bằng cách đọc dòng 250-AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix sender, find deferrals caused by a mandatory TLS policy.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Trên máy chủ Postfix của người gửi, tìm các lần hoãn do chính sách TLS bắt buộc gây ra.</translation>
    </message>
    <message>
        <source>Check whether the destination server offers STARTTLS at all.</source>
        <comment>X.7.4|checks.step</comment>
        <translation>Kiểm tra xem máy chủ đích có cung cấp STARTTLS hay không.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses an AUTH mechanism it does not offer; Gmail sends the same code to clients still using the retired XOAUTH mechanism.</source>
        <comment>X.7.4|providers.meaning</comment>
        <translation>smtp.gmail.com từ chối một cơ chế AUTH mà nó không cung cấp; Gmail cũng gửi mã này cho các máy khách vẫn dùng cơ chế XOAUTH đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <comment>X.7.5|title</comment>
        <translation>Lỗi mật mã</translation>
    </message>
    <message>
        <source>A system that was supposed to decrypt or verify the message, or to encrypt its transfer, could not because a key or certificate was missing or invalid. As 4.7.5 it is a temporary failure that can clear once the key or certificate problem is fixed; as 5.7.5 it is a permanent refusal for this message.</source>
        <comment>X.7.5|summary</comment>
        <translation>Một hệ thống lẽ ra phải giải mã hoặc xác minh thư, hoặc mã hóa quá trình truyền thư, đã không làm được vì thiếu khóa hoặc chứng chỉ, hoặc khóa hay chứng chỉ không hợp lệ. Ở dạng 4.7.5, đây là lỗi tạm thời có thể hết khi vấn đề về khóa hoặc chứng chỉ được khắc phục; ở dạng 5.7.5, đây là lỗi từ chối vĩnh viễn đối với thư này.</translation>
    </message>
    <message>
        <source>Most often in a sending Postfix server&apos;s own log and delay notices rather than in a remote reply: Postfix records dsn=4.7.5 when a TLS handshake fails, when its TLS engine cannot start, or when a mandatory policy (encrypt, verify, secure, DANE) finds the remote certificate untrusted or not matching. It also comes from S/MIME or PGP gateways that cannot find or use the recipient&apos;s key.</source>
        <comment>X.7.5|whenSeen</comment>
        <translation>Thường gặp trong chính nhật ký và thông báo chậm trễ (delay notice) của máy chủ Postfix gửi thư hơn là trong phản hồi từ máy chủ từ xa: Postfix ghi dsn=4.7.5 khi bắt tay TLS thất bại, khi bộ máy TLS của nó không khởi động được, hoặc khi một chính sách bắt buộc (encrypt, verify, secure, DANE) thấy chứng chỉ của máy chủ từ xa không đáng tin cậy hoặc không khớp. Mã này cũng đến từ các gateway S/MIME hoặc PGP không tìm thấy hoặc không dùng được khóa của người nhận.</translation>
    </message>
    <message>
        <source>For a TLS deferral on your own server, the sender&apos;s admin first works out which side is at fault. An expired, self-signed or wrongly named certificate on the remote server is for the recipient&apos;s admin to fix; an outdated CA bundle, an over-strict per-destination policy or an old TLS library on the sending side is for the sender&apos;s admin. For an encryption gateway failure, the sender&apos;s admin makes sure the gateway holds a valid, unexpired certificate or key for the recipient.</source>
        <comment>X.7.5|howToFix</comment>
        <translation>Với lỗi trì hoãn TLS trên máy chủ của chính bạn, trước tiên quản trị viên phía người gửi xác định lỗi nằm ở phía nào. Chứng chỉ hết hạn, tự ký hoặc mang sai tên trên máy chủ từ xa là việc quản trị viên phía người nhận phải sửa; bộ chứng chỉ CA lỗi thời, chính sách theo từng đích đến quá chặt hoặc thư viện TLS cũ ở phía gửi là việc của quản trị viên phía người gửi. Với lỗi của gateway mã hóa, quản trị viên phía người gửi bảo đảm gateway có chứng chỉ hoặc khóa hợp lệ, còn hạn cho người nhận.</translation>
    </message>
    <message>
        <source>4.7.5 stays queued and is retried with backoff, but it keeps failing until the certificate, key or policy is fixed, so fix it before the queue lifetime runs out. Do not retry 5.7.5 unchanged.</source>
        <comment>X.7.5|retry</comment>
        <translation>4.7.5 vẫn nằm trong hàng đợi và được thử lại với khoảng chờ tăng dần, nhưng sẽ tiếp tục thất bại cho tới khi chứng chỉ, khóa hoặc chính sách được sửa, vì vậy hãy sửa trước khi thư hết thời hạn lưu trong hàng đợi. Đừng thử lại 5.7.5 nguyên trạng.</translation>
    </message>
    <message>
        <source>The remote server&apos;s certificate is expired, self-signed or issued for another name, under a sending policy that requires verification.</source>
        <comment>X.7.5|causes</comment>
        <translation>Chứng chỉ của máy chủ từ xa đã hết hạn, tự ký hoặc được cấp cho tên khác, trong khi chính sách gửi yêu cầu xác minh.</translation>
    </message>
    <message>
        <source>The TLS handshake fails outright: no common protocol version or cipher, or a broken TLS setup on the server.</source>
        <comment>X.7.5|causes</comment>
        <translation>Bắt tay TLS thất bại hoàn toàn: không có phiên bản giao thức hoặc bộ mã hóa (cipher) chung, hoặc cấu hình TLS trên máy chủ bị hỏng.</translation>
    </message>
    <message>
        <source>The sending server&apos;s own TLS engine cannot start (missing CA file, unreadable key, broken library).</source>
        <comment>X.7.5|causes</comment>
        <translation>Bộ máy TLS của chính máy chủ gửi không khởi động được (thiếu tệp CA, không đọc được khóa, thư viện bị hỏng).</translation>
    </message>
    <message>
        <source>A DANE TLSA record or an MTA-STS policy does not match the certificate the server presents.</source>
        <comment>X.7.5|causes</comment>
        <translation>Bản ghi DANE TLSA hoặc chính sách MTA-STS không khớp với chứng chỉ mà máy chủ xuất trình.</translation>
    </message>
    <message>
        <source>An encryption gateway holds no valid public key or certificate for the recipient.</source>
        <comment>X.7.5|causes</comment>
        <translation>Gateway mã hóa không có khóa công khai hoặc chứng chỉ hợp lệ nào cho người nhận.</translation>
    </message>
    <message>
        <source>Find TLS-related deferrals on a Postfix sender and read the reason in brackets.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Tìm các lần hoãn liên quan đến TLS trên máy chủ Postfix của người gửi và đọc lý do trong ngoặc.</translation>
    </message>
    <message>
        <source>Look at the certificate chain, validity dates and names the remote server presents.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Xem chuỗi chứng chỉ, thời hạn hiệu lực và các tên mà máy chủ từ xa xuất trình.</translation>
    </message>
    <message>
        <source>If the domain uses DANE, compare its TLSA records with that certificate.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Nếu tên miền dùng DANE, so sánh các bản ghi TLSA của nó với chứng chỉ đó.</translation>
    </message>
    <message>
        <source>Show the TLS policy the sending Postfix server applies.</source>
        <comment>X.7.5|checks.step</comment>
        <translation>Hiển thị chính sách TLS mà máy chủ Postfix gửi thư đang áp dụng.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6|title</comment>
        <translation>Không hỗ trợ thuật toán mật mã</translation>
    </message>
    <message>
        <source>A system authorised to decrypt or verify the message could not, because the message uses an algorithm it does not implement, such as a cipher or signature scheme an encryption gateway lacks. 4.7.6 means the condition may pass, for instance after a software upgrade; 5.7.6 means the message as sent will not be handled.</source>
        <comment>X.7.6|summary</comment>
        <translation>Một hệ thống được phép giải mã hoặc xác minh thư đã không làm được, vì thư dùng một thuật toán mà hệ thống đó không hỗ trợ, chẳng hạn một thuật toán mã hóa hoặc lược đồ chữ ký mà gateway mã hóa không có. 4.7.6 nghĩa là tình trạng này có thể qua đi, ví dụ sau khi nâng cấp phần mềm; 5.7.6 nghĩa là thư ở dạng đã gửi sẽ không được xử lý.</translation>
    </message>
    <message>
        <source>Rarely in live SMTP replies. It turns up in bounces from S/MIME or OpenPGP gateways that met an encryption or signature algorithm they do not support: a legacy cipher that has been disabled, or a newer key type an older gateway does not know. Failed TLS negotiation between mail servers is normally reported with other codes (Postfix records it as 4.7.5).</source>
        <comment>X.7.6|whenSeen</comment>
        <translation>Hiếm khi xuất hiện trong phản hồi SMTP trực tiếp. Mã này xuất hiện trong thư báo trả về từ các gateway S/MIME hoặc OpenPGP gặp một thuật toán mã hóa hoặc chữ ký mà chúng không hỗ trợ: một thuật toán mã hóa cũ đã bị tắt, hoặc một loại khóa mới hơn mà gateway cũ không nhận biết. Việc thương lượng TLS thất bại giữa các máy chủ thư thường được báo bằng các mã khác (Postfix ghi nhận là 4.7.5).</translation>
    </message>
    <message>
        <source>The sender, or the sender&apos;s admin for a central gateway, encrypts or signs with an algorithm both sides support: for S/MIME, AES with the algorithms listed in the recipient certificate&apos;s capabilities; for OpenPGP, the algorithms in the recipient key&apos;s preferences. If the recipient&apos;s gateway is the outdated side, the recipient&apos;s admin should upgrade it.</source>
        <comment>X.7.6|howToFix</comment>
        <translation>Người gửi, hoặc quản trị viên phía người gửi nếu dùng gateway tập trung, mã hóa hoặc ký bằng một thuật toán mà cả hai bên đều hỗ trợ: với S/MIME, dùng AES cùng các thuật toán được liệt kê trong phần khả năng (capabilities) của chứng chỉ người nhận; với OpenPGP, dùng các thuật toán trong phần ưu tiên (preferences) của khóa người nhận. Nếu gateway của người nhận là phía lỗi thời, quản trị viên phía người nhận nên nâng cấp nó.</translation>
    </message>
    <message>
        <source>4.7.6 may be retried from the queue, but that only helps if the receiving side is upgraded in the meantime. After 5.7.6, resend only once the message is encrypted or signed with a supported algorithm.</source>
        <comment>X.7.6|retry</comment>
        <translation>4.7.6 có thể được thử lại từ hàng đợi, nhưng chỉ có ích nếu phía nhận được nâng cấp trong thời gian đó. Sau 5.7.6, chỉ gửi lại khi thư đã được mã hóa hoặc ký bằng một thuật toán được hỗ trợ.</translation>
    </message>
    <message>
        <source>The message is encrypted with a cipher the receiving gateway has disabled, such as 3DES or RC2 from old S/MIME clients.</source>
        <comment>X.7.6|causes</comment>
        <translation>Thư được mã hóa bằng một thuật toán mà gateway nhận đã tắt, chẳng hạn 3DES hoặc RC2 từ các máy khách S/MIME cũ.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm the verifying gateway does not implement, for example an elliptic-curve key on an older system.</source>
        <comment>X.7.6|causes</comment>
        <translation>Chữ ký dùng một thuật toán mà gateway xác minh không hỗ trợ, ví dụ khóa đường cong elliptic trên một hệ thống cũ.</translation>
    </message>
    <message>
        <source>An OpenPGP message uses a newer key or packet format that an old gateway cannot parse.</source>
        <comment>X.7.6|causes</comment>
        <translation>Thư OpenPGP dùng loại khóa hoặc định dạng gói (packet) mới hơn mà gateway cũ không phân tích được.</translation>
    </message>
    <message>
        <source>Print the structure of a saved S/MIME message to see which encryption and signature algorithms it uses.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>In ra cấu trúc của một thư S/MIME đã lưu để xem nó dùng thuật toán mã hóa và chữ ký nào.</translation>
    </message>
    <message>
        <source>For an OpenPGP message, list its packets to see the algorithms used.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Với thư OpenPGP, liệt kê các gói (packet) của nó để xem các thuật toán được dùng.</translation>
    </message>
    <message>
        <source>Read the Diagnostic-Code of the bounce to see which gateway refused the message and why.</source>
        <comment>X.7.6|checks.step</comment>
        <translation>Đọc trường Diagnostic-Code của thư báo trả về để xem gateway nào đã từ chối thư và vì sao.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <comment>X.7.7|title</comment>
        <translation>Lỗi toàn vẹn thư</translation>
    </message>
    <message>
        <source>A system authorised to check the message&apos;s integrity found it altered or damaged in transit, for example a signature that no longer matches the content. 5.7.7 refuses the message and 4.7.7 reports the problem as transient; 2.7.7 in a delivery report means the message was delivered but the integrity problem was noted.</source>
        <comment>X.7.7|summary</comment>
        <translation>Một hệ thống được phép kiểm tra tính toàn vẹn của thư phát hiện thư đã bị thay đổi hoặc hư hỏng trong quá trình truyền, ví dụ chữ ký không còn khớp với nội dung. 5.7.7 từ chối thư, còn 4.7.7 báo vấn đề là tạm thời; 2.7.7 trong báo cáo chuyển phát nghĩa là thư đã được chuyển phát nhưng vấn đề toàn vẹn đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Rare in SMTP replies; mostly in delivery reports from gateways that verify S/MIME or OpenPGP signatures, or from systems that check a message after transfer. The usual culprits are systems that rewrite mail in transit: footers added by list servers or gateways, changed line endings, re-encoded attachments, or 8-bit content converted to quoted-printable.</source>
        <comment>X.7.7|whenSeen</comment>
        <translation>Hiếm gặp trong phản hồi SMTP; chủ yếu xuất hiện trong báo cáo chuyển phát từ các gateway xác minh chữ ký S/MIME hoặc OpenPGP, hoặc từ các hệ thống kiểm tra thư sau khi truyền. Thủ phạm thường là các hệ thống viết lại thư trên đường đi: chân trang (footer) do máy chủ danh sách thư hoặc gateway thêm vào, ký tự xuống dòng bị thay đổi, tệp đính kèm bị mã hóa lại, hoặc nội dung 8-bit bị chuyển sang quoted-printable.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin traces where the message changes after signing: a disclaimer or footer tool, a mailing list, an antivirus gateway or a transfer-encoding conversion. Either sign after those changes or stop the intermediary from modifying signed messages. The recipient&apos;s admin checks whether their own inbound gateway alters messages before the integrity check runs.</source>
        <comment>X.7.7|howToFix</comment>
        <translation>Quản trị viên phía người gửi lần ra nơi thư bị thay đổi sau khi ký: công cụ chèn tuyên bố miễn trừ (disclaimer) hoặc chân trang, danh sách thư, gateway diệt virus hoặc bước chuyển đổi mã hóa truyền tải (transfer encoding). Hoặc ký sau các thay đổi đó, hoặc ngăn hệ thống trung gian sửa đổi thư đã ký. Quản trị viên phía người nhận kiểm tra xem gateway nhận thư của chính họ có sửa thư trước khi bước kiểm tra toàn vẹn chạy hay không.</translation>
    </message>
    <message>
        <source>After 5.7.7 do not resend through the same path, because the same rewrite will break the message again. A 4.7.7 can be retried later. 2.7.7 needs no retry; the message was delivered.</source>
        <comment>X.7.7|retry</comment>
        <translation>Sau 5.7.7, đừng gửi lại qua cùng đường đi, vì bước viết lại đó sẽ lại làm hỏng thư. 4.7.7 có thể được thử lại sau. 2.7.7 không cần thử lại; thư đã được chuyển phát.</translation>
    </message>
    <message>
        <source>A footer, disclaimer or banner was added after the message was signed.</source>
        <comment>X.7.7|causes</comment>
        <translation>Một chân trang, tuyên bố miễn trừ hoặc banner được thêm vào sau khi thư đã được ký.</translation>
    </message>
    <message>
        <source>A relay converted 8-bit content or changed line endings, breaking a signature that covers the body.</source>
        <comment>X.7.7|causes</comment>
        <translation>Một relay đã chuyển đổi nội dung 8-bit hoặc thay đổi ký tự xuống dòng, làm hỏng chữ ký bao phủ phần thân thư.</translation>
    </message>
    <message>
        <source>An antivirus or data-loss-prevention gateway rewrote or stripped an attachment.</source>
        <comment>X.7.7|causes</comment>
        <translation>Gateway diệt virus hoặc chống thất thoát dữ liệu (DLP) đã viết lại hoặc gỡ bỏ một tệp đính kèm.</translation>
    </message>
    <message>
        <source>The message was truncated or corrupted during transfer.</source>
        <comment>X.7.7|causes</comment>
        <translation>Thư bị cắt cụt hoặc bị hỏng trong quá trình truyền.</translation>
    </message>
    <message>
        <source>Verify the S/MIME signature of a saved copy without checking the certificate chain, to see whether the content still matches.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Xác minh chữ ký S/MIME của một bản sao đã lưu mà không kiểm tra chuỗi chứng chỉ, để xem nội dung có còn khớp không.</translation>
    </message>
    <message>
        <source>Verify an OpenPGP signature on the saved message part.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>Xác minh chữ ký OpenPGP trên phần thư đã lưu.</translation>
    </message>
    <message>
        <source>Compare the Received headers of the sent copy and the received copy to find the hop that changed the message.</source>
        <comment>X.7.7|checks.step</comment>
        <translation>So sánh các header Received của bản đã gửi và bản đã nhận để tìm chặng (hop) đã thay đổi thư.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8|title</comment>
        <translation>Thông tin xác thực không hợp lệ</translation>
    </message>
    <message>
        <source>The server rejected the username and password (or token) the client sent with AUTH. It is a permanent failure for that login: the client must supply different credentials, not just try again. RFC 4954 pairs it with 535; the registry also lists 554 from its earlier use in the BURL extension, where X.7.14 has since replaced it.</source>
        <comment>X.7.8|summary</comment>
        <translation>Máy chủ từ chối tên người dùng và mật khẩu (hoặc token) mà máy khách gửi kèm lệnh AUTH. Đây là lỗi vĩnh viễn đối với lần đăng nhập đó: máy khách phải cung cấp thông tin đăng nhập khác, chứ không chỉ đơn giản là thử lại. RFC 4954 ghép mã này với 535; sổ đăng ký cũng liệt kê 554, từ cách dùng trước đây trong phần mở rộng BURL, nơi X.7.14 nay đã thay thế nó.</translation>
    </message>
    <message>
        <source>At AUTH on the submission ports 587 and 465, right after the client sends its credentials. Postfix with Dovecot or Cyrus SASL answers 535 5.7.8 Error: authentication failed, and Gmail&apos;s smtp.gmail.com answers 535 5.7.8 Username and Password not accepted. Printers, scanners, website contact forms and backup tools often hit it after a password change.</source>
        <comment>X.7.8|whenSeen</comment>
        <translation>Tại AUTH trên các cổng submission 587 và 465, ngay sau khi máy khách gửi thông tin đăng nhập. Postfix dùng Dovecot hoặc Cyrus SASL trả lời 535 5.7.8 Error: authentication failed (xác thực thất bại), còn smtp.gmail.com của Gmail trả lời 535 5.7.8 Username and Password not accepted. Máy in, máy quét, biểu mẫu liên hệ trên website và công cụ sao lưu thường gặp lỗi này sau khi đổi mật khẩu.</translation>
    </message>
    <message>
        <source>The user, or the owner of the client software, checks the username (usually the full email address) and the password, and updates every device or application that stores them. For Gmail and other providers with two-step verification, create an app password or switch the application to OAuth. If the credentials are certainly right, the server&apos;s admin checks the authentication back end, the expected login name format, and whether the account is locked.</source>
        <comment>X.7.8|howToFix</comment>
        <translation>Người dùng, hoặc chủ sở hữu phần mềm máy khách, kiểm tra tên người dùng (thường là địa chỉ email đầy đủ) và mật khẩu, rồi cập nhật mọi thiết bị hoặc ứng dụng có lưu chúng. Với Gmail và các nhà cung cấp khác có xác minh hai bước, hãy tạo mật khẩu ứng dụng (app password) hoặc chuyển ứng dụng sang OAuth. Nếu thông tin đăng nhập chắc chắn đúng, quản trị viên máy chủ kiểm tra backend xác thực, định dạng tên đăng nhập mà máy chủ mong đợi, và xem tài khoản có bị khóa không.</translation>
    </message>
    <message>
        <source>Do not retry with the same credentials: repeated failures can lock the account or get the client IP banned by tools such as fail2ban. Try again only after the username or password has been corrected.</source>
        <comment>X.7.8|retry</comment>
        <translation>Đừng thử lại với cùng thông tin đăng nhập: thất bại lặp lại có thể khiến tài khoản bị khóa hoặc IP máy khách bị các công cụ như fail2ban cấm. Chỉ thử lại sau khi đã sửa tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>A wrong or outdated password is stored in the client, often after a password change or expiry.</source>
        <comment>X.7.8|causes</comment>
        <translation>Máy khách lưu mật khẩu sai hoặc đã cũ, thường là sau khi mật khẩu được đổi hoặc hết hạn.</translation>
    </message>
    <message>
        <source>The username is not what the server expects, for example the local part alone instead of the full address.</source>
        <comment>X.7.8|causes</comment>
        <translation>Tên người dùng không đúng như máy chủ mong đợi, ví dụ chỉ có phần cục bộ (local part) thay vì địa chỉ đầy đủ.</translation>
    </message>
    <message>
        <source>The account has two-step verification and the client sends the normal password instead of an app password or OAuth token.</source>
        <comment>X.7.8|causes</comment>
        <translation>Tài khoản bật xác minh hai bước và máy khách gửi mật khẩu thông thường thay vì mật khẩu ứng dụng hoặc token OAuth.</translation>
    </message>
    <message>
        <source>Special characters in the password are mangled by the application&apos;s configuration file or its encoding.</source>
        <comment>X.7.8|causes</comment>
        <translation>Các ký tự đặc biệt trong mật khẩu bị tệp cấu hình của ứng dụng hoặc cách mã hóa ký tự của nó làm sai lệch.</translation>
    </message>
    <message>
        <source>The server&apos;s authentication back end looks the user up in the wrong realm or database.</source>
        <comment>X.7.8|causes</comment>
        <translation>Backend xác thực của máy chủ tra cứu người dùng trong sai realm hoặc sai cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Test the login by hand and read the server&apos;s reply to AUTH.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Thử đăng nhập thủ công và đọc phản hồi của máy chủ cho lệnh AUTH.</translation>
    </message>
    <message>
        <source>On a Postfix server, list failed SASL logins and the client addresses behind them.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Trên máy chủ Postfix, liệt kê các lần đăng nhập SASL thất bại và địa chỉ máy khách đứng sau chúng.</translation>
    </message>
    <message>
        <source>On a Dovecot-backed server, test the same credentials directly against the authentication service.</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Trên máy chủ dùng backend Dovecot, thử cùng thông tin đăng nhập trực tiếp với dịch vụ xác thực.</translation>
    </message>
    <message>
        <source>Build an AUTH PLAIN string yourself to rule out encoding problems in the application (use a test password, not a real one, on shared machines).</source>
        <comment>X.7.8|checks.step</comment>
        <translation>Tự tạo chuỗi AUTH PLAIN để loại trừ lỗi mã hóa ký tự trong ứng dụng (trên máy dùng chung, hãy dùng mật khẩu thử nghiệm, không dùng mật khẩu thật).</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login: wrong address or password, or the normal Google password sent by an application for an account that needs an app password or OAuth.</source>
        <comment>X.7.8|providers.meaning</comment>
        <translation>smtp.gmail.com từ chối đăng nhập: sai địa chỉ hoặc mật khẩu, hoặc ứng dụng gửi mật khẩu Google thông thường cho một tài khoản cần mật khẩu ứng dụng hoặc OAuth.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9|title</comment>
        <translation>Cơ chế xác thực quá yếu</translation>
    </message>
    <message>
        <source>The server refuses the authentication mechanism the client chose because its policy demands a stronger one for this user, for example when a plain password login is not good enough. It is a permanent failure of that AUTH attempt, and the client should try again with a different mechanism or credential.</source>
        <comment>X.7.9|summary</comment>
        <translation>Máy chủ từ chối cơ chế xác thực mà máy khách chọn vì chính sách của nó đòi hỏi một cơ chế mạnh hơn cho người dùng này, ví dụ khi đăng nhập bằng mật khẩu dạng thường (plain) là không đủ. Đây là lỗi vĩnh viễn đối với lần AUTH đó, và máy khách nên thử lại với một cơ chế hoặc thông tin xác thực khác.</translation>
    </message>
    <message>
        <source>At AUTH on submission ports, as 534 5.7.9 (RFC 4954). Gmail sends 534 5.7.9 Application-specific password required when an account with two-step verification logs in with its normal password. Yahoo and AOL use 5.7.9 in an unrelated way on their inbound servers, for unauthenticated or policy-rejected mail at the end of DATA.</source>
        <comment>X.7.9|whenSeen</comment>
        <translation>Tại AUTH trên các cổng submission, dưới dạng 534 5.7.9 (RFC 4954). Gmail trả 534 5.7.9 Application-specific password required khi một tài khoản có xác minh hai bước đăng nhập bằng mật khẩu thông thường. Yahoo và AOL dùng 5.7.9 theo một cách không liên quan trên máy chủ nhận thư của họ, cho thư không được xác thực hoặc bị chính sách từ chối ở cuối DATA.</translation>
    </message>
    <message>
        <source>For a real 534 5.7.9, the client software must use a stronger mechanism or credential: an app password or OAuth (XOAUTH2, OAUTHBEARER) for Gmail, or a mechanism the server allows for that account. For Yahoo&apos;s 550 5.7.9, the sender&apos;s admin makes the mail authenticate: an SPF record covering the sending server for the envelope domain and a DKIM signature for the From domain, plus a DMARC record for bulk senders.</source>
        <comment>X.7.9|howToFix</comment>
        <translation>Với lỗi 534 5.7.9 đúng nghĩa, phần mềm máy khách phải dùng cơ chế hoặc thông tin xác thực mạnh hơn: mật khẩu ứng dụng hoặc OAuth (XOAUTH2, OAUTHBEARER) với Gmail, hoặc một cơ chế mà máy chủ cho phép đối với tài khoản đó. Với 550 5.7.9 của Yahoo, quản trị viên phía người gửi làm cho thư được xác thực: một bản ghi SPF bao gồm máy chủ gửi cho tên miền phong bì (envelope domain) và một chữ ký DKIM cho tên miền From, cộng thêm một bản ghi DMARC đối với người gửi số lượng lớn.</translation>
    </message>
    <message>
        <source>Do not repeat the same AUTH; switch to a stronger mechanism, an app password or OAuth. For Yahoo&apos;s 550 5.7.9, do not resend until the message passes SPF or DKIM.</source>
        <comment>X.7.9|retry</comment>
        <translation>Đừng lặp lại cùng lệnh AUTH; hãy chuyển sang một cơ chế mạnh hơn, mật khẩu ứng dụng hoặc OAuth. Với 550 5.7.9 của Yahoo, đừng gửi lại cho tới khi thư vượt qua SPF hoặc DKIM.</translation>
    </message>
    <message>
        <source>A Gmail or Google Workspace account with two-step verification was reached with the account password instead of an app password.</source>
        <comment>X.7.9|causes</comment>
        <translation>Tài khoản Gmail hoặc Google Workspace có xác minh hai bước bị truy cập bằng mật khẩu tài khoản thay vì mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>Server policy allows only OAuth or challenge-response mechanisms for the account, and the client used PLAIN or LOGIN.</source>
        <comment>X.7.9|causes</comment>
        <translation>Chính sách máy chủ chỉ cho phép OAuth hoặc các cơ chế challenge-response đối với tài khoản này, và máy khách đã dùng PLAIN hoặc LOGIN.</translation>
    </message>
    <message>
        <source>Yahoo or AOL inbound: the message passed neither SPF nor DKIM (Yahoo&apos;s own use of 5.7.9).</source>
        <comment>X.7.9|causes</comment>
        <translation>Thư đến Yahoo hoặc AOL: thư không vượt qua cả SPF lẫn DKIM (cách dùng 5.7.9 riêng của Yahoo).</translation>
    </message>
    <message>
        <source>Yahoo inbound: the message was refused for a content or sender policy reason, reported as 554 5.7.9.</source>
        <comment>X.7.9|causes</comment>
        <translation>Thư đến Yahoo: thư bị từ chối vì lý do chính sách về nội dung hoặc người gửi, được báo là 554 5.7.9.</translation>
    </message>
    <message>
        <source>Look at the AUTH line of the EHLO reply after STARTTLS to see whether OAuth mechanisms (XOAUTH2, OAUTHBEARER) are offered.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Xem dòng AUTH trong phản hồi EHLO sau STARTTLS để biết các cơ chế OAuth (XOAUTH2, OAUTHBEARER) có được cung cấp không.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the envelope sender&apos;s domain publishes SPF.</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Với lời từ chối của Yahoo, kiểm tra rằng tên miền của người gửi trên phong bì có công bố SPF.</translation>
    </message>
    <message>
        <source>For a Yahoo rejection, check that the DKIM key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.9|checks.step</comment>
        <translation>Với lời từ chối của Yahoo, kiểm tra rằng khóa DKIM tồn tại cho selector được nêu trong header DKIM-Signature của thư (s=).</translation>
    </message>
    <message>
        <source>smtp.gmail.com wants an app password or OAuth because the Google account has two-step verification; the normal account password is refused.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>smtp.gmail.com đòi mật khẩu ứng dụng hoặc OAuth vì tài khoản Google có xác minh hai bước; mật khẩu tài khoản thông thường bị từ chối.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s inbound servers reject mail that passes neither SPF nor DKIM. This is Yahoo&apos;s own meaning, unrelated to the registry&apos;s mechanism too weak, which concerns SMTP AUTH.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Máy chủ nhận thư của Yahoo từ chối thư không vượt qua cả SPF lẫn DKIM. Đây là nghĩa riêng của Yahoo, không liên quan tới nghĩa “cơ chế quá yếu” trong sổ đăng ký, vốn liên quan đến SMTP AUTH.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s permanent policy rejection at the end of DATA, for content or sender reasons it does not spell out in the reply.</source>
        <comment>X.7.9|providers.meaning</comment>
        <translation>Lỗi từ chối vĩnh viễn theo chính sách của Yahoo ở cuối DATA, vì những lý do về nội dung hoặc người gửi mà Yahoo không nói rõ trong phản hồi.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <comment>X.7.10|title</comment>
        <translation>Cần mã hóa</translation>
    </message>
    <message>
        <source>The server will not accept the requested authentication mechanism over an unencrypted connection: an outer encryption layer, in practice TLS, must be in place first. It is permanent for that attempt; the client should start TLS and authenticate again, or use a stronger mechanism. The registry pairs it with 523, a reply code defined nowhere else.</source>
        <comment>X.7.10|summary</comment>
        <translation>Máy chủ không chấp nhận cơ chế xác thực được yêu cầu trên một kết nối không mã hóa: trước hết phải có một lớp mã hóa bên ngoài, trên thực tế là TLS. Đây là lỗi vĩnh viễn đối với lần thử đó; máy khách nên bắt đầu TLS rồi xác thực lại, hoặc dùng một cơ chế mạnh hơn. Sổ đăng ký ghép mã này với 523, một mã phản hồi không được định nghĩa ở bất kỳ đâu khác.</translation>
    </message>
    <message>
        <source>At AUTH, when a client tries a clear-text mechanism (PLAIN, LOGIN) before STARTTLS. 523 5.7.10 is rare in the wild, because most servers simply do not advertise AUTH until TLS is active, or answer 530 5.7.0 or 538 5.7.11 instead. Gmail uses 5.7.10 for a TLS rule of its own: commands pipelined behind STARTTLS.</source>
        <comment>X.7.10|whenSeen</comment>
        <translation>Tại AUTH, khi máy khách thử một cơ chế gửi mật khẩu dạng văn bản rõ (PLAIN, LOGIN) trước STARTTLS. 523 5.7.10 hiếm gặp trong thực tế, vì hầu hết máy chủ đơn giản là không quảng bá AUTH cho tới khi TLS được kích hoạt, hoặc trả lời 530 5.7.0 hay 538 5.7.11 thay vào đó. Gmail dùng 5.7.10 cho một quy tắc TLS riêng: các lệnh được gửi gộp (pipelining) ngay sau STARTTLS.</translation>
    </message>
    <message>
        <source>The client software must use STARTTLS on port 587 (or SSL/TLS on port 465) and authenticate only after TLS is up. For Gmail&apos;s reply, the client or its mail library is sending further commands in the same burst as STARTTLS; it must wait for the 220 reply and finish the TLS handshake before sending anything else, which usually means updating the library or the application.</source>
        <comment>X.7.10|howToFix</comment>
        <translation>Phần mềm máy khách phải dùng STARTTLS trên cổng 587 (hoặc SSL/TLS trên cổng 465) và chỉ xác thực sau khi TLS đã được thiết lập. Với phản hồi của Gmail, máy khách hoặc thư viện thư của nó đang gửi thêm lệnh trong cùng một loạt với STARTTLS; nó phải chờ phản hồi 220 và hoàn tất bắt tay TLS trước khi gửi bất cứ thứ gì khác, thường có nghĩa là phải cập nhật thư viện hoặc ứng dụng.</translation>
    </message>
    <message>
        <source>Do not resend the same clear-text AUTH. Reconnect, complete STARTTLS and then authenticate; nothing has to be retried from the queue.</source>
        <comment>X.7.10|retry</comment>
        <translation>Đừng gửi lại cùng lệnh AUTH dạng văn bản rõ. Kết nối lại, hoàn tất STARTTLS rồi mới xác thực; không có gì phải thử lại từ hàng đợi.</translation>
    </message>
    <message>
        <source>The client&apos;s connection security is set to None, or to STARTTLS only when available, and it authenticates in clear text.</source>
        <comment>X.7.10|causes</comment>
        <translation>Bảo mật kết nối của máy khách được đặt là None, hoặc chỉ dùng STARTTLS khi có sẵn, và nó xác thực bằng văn bản rõ.</translation>
    </message>
    <message>
        <source>A proxy, antivirus or firewall strips STARTTLS from the EHLO reply, so the client never upgrades the connection.</source>
        <comment>X.7.10|causes</comment>
        <translation>Một proxy, phần mềm diệt virus hoặc tường lửa gỡ STARTTLS khỏi phản hồi EHLO, nên máy khách không bao giờ nâng cấp kết nối.</translation>
    </message>
    <message>
        <source>The client pipelines EHLO or AUTH straight behind STARTTLS instead of waiting for the handshake (Gmail&apos;s use).</source>
        <comment>X.7.10|causes</comment>
        <translation>Máy khách gửi gộp EHLO hoặc AUTH ngay sau STARTTLS thay vì chờ bắt tay xong (cách dùng của Gmail).</translation>
    </message>
    <message>
        <source>Look at the EHLO reply on the plain connection: STARTTLS should be listed, and password mechanisms ideally not yet.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Xem phản hồi EHLO trên kết nối không mã hóa: STARTTLS phải được liệt kê, và tốt nhất là các cơ chế dùng mật khẩu chưa được liệt kê.</translation>
    </message>
    <message>
        <source>Complete STARTTLS and then AUTH PLAIN to confirm that the corrected setup works.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Hoàn tất STARTTLS rồi thực hiện AUTH PLAIN để xác nhận cấu hình đã sửa hoạt động.</translation>
    </message>
    <message>
        <source>In the mail client&apos;s account settings, make sure outgoing connection security is STARTTLS or SSL/TLS, never None.</source>
        <comment>X.7.10|checks.step</comment>
        <translation>Trong phần cài đặt tài khoản của ứng dụng thư, bảo đảm bảo mật kết nối thư đi là STARTTLS hoặc SSL/TLS, không bao giờ là None.</translation>
    </message>
    <message>
        <source>Gmail&apos;s own use: the client sent more commands in the same burst as STARTTLS. Gmail refuses this to prevent command injection into the TLS session; the client must wait for the handshake. Gmail&apos;s error reference lists it with reply code 523.</source>
        <comment>X.7.10|providers.meaning</comment>
        <translation>Cách dùng riêng của Gmail: máy khách đã gửi thêm lệnh trong cùng một loạt với STARTTLS. Gmail từ chối điều này để ngăn việc chèn lệnh vào phiên TLS; máy khách phải chờ bắt tay xong. Tài liệu mã lỗi của Gmail liệt kê trường hợp này với mã phản hồi 523.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11|title</comment>
        <translation>Cơ chế xác thực được yêu cầu đòi hỏi mã hóa</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism may only be used on an encrypted connection, and this connection is not encrypted. RFC 4954 defines it as 538 5.7.11 and says it survives mainly for history: modern servers should not advertise such mechanisms before TLS is active. The registry also pairs it with 524.</source>
        <comment>X.7.11|summary</comment>
        <translation>Cơ chế xác thực được chọn chỉ được phép dùng trên kết nối đã mã hóa, và kết nối này chưa được mã hóa. RFC 4954 định nghĩa nó là 538 5.7.11 và cho biết mã này tồn tại chủ yếu vì lý do lịch sử: các máy chủ hiện đại không nên quảng bá những cơ chế như vậy trước khi TLS được kích hoạt. Sổ đăng ký cũng ghép nó với 524.</translation>
    </message>
    <message>
        <source>At AUTH on a plain connection, with older or permissive servers that list PLAIN or LOGIN before STARTTLS but refuse to use them without it. Gmail sends 501 5.7.11 for an unrelated mistake: a STARTTLS command sent with parameters.</source>
        <comment>X.7.11|whenSeen</comment>
        <translation>Tại AUTH trên kết nối không mã hóa, với các máy chủ cũ hoặc dễ dãi, liệt kê PLAIN hoặc LOGIN trước STARTTLS nhưng lại từ chối dùng chúng khi chưa có STARTTLS. Gmail trả 501 5.7.11 cho một lỗi không liên quan: lệnh STARTTLS được gửi kèm tham số.</translation>
    </message>
    <message>
        <source>The client software must start TLS before authenticating: STARTTLS on port 587 or SSL/TLS on port 465 in the account settings. The server&apos;s admin can avoid the trap by advertising password mechanisms only after STARTTLS (in Postfix, smtpd_tls_auth_only = yes). For Gmail&apos;s 501 5.7.11, the client must send STARTTLS with no arguments.</source>
        <comment>X.7.11|howToFix</comment>
        <translation>Phần mềm máy khách phải bắt đầu TLS trước khi xác thực: STARTTLS trên cổng 587 hoặc SSL/TLS trên cổng 465 trong phần cài đặt tài khoản. Quản trị viên máy chủ có thể tránh cái bẫy này bằng cách chỉ quảng bá các cơ chế dùng mật khẩu sau STARTTLS (trong Postfix: smtpd_tls_auth_only = yes). Với 501 5.7.11 của Gmail, máy khách phải gửi STARTTLS không kèm tham số nào.</translation>
    </message>
    <message>
        <source>Nothing to queue: reconnect, start TLS and repeat AUTH. Trying again without encryption gets the same refusal.</source>
        <comment>X.7.11|retry</comment>
        <translation>Không có gì cần đưa vào hàng đợi: kết nối lại, bắt đầu TLS và lặp lại AUTH. Thử lại mà không mã hóa sẽ nhận cùng một lời từ chối.</translation>
    </message>
    <message>
        <source>The client authenticated before STARTTLS because the server listed AUTH mechanisms on the plain connection.</source>
        <comment>X.7.11|causes</comment>
        <translation>Máy khách xác thực trước STARTTLS vì máy chủ liệt kê các cơ chế AUTH trên kết nối không mã hóa.</translation>
    </message>
    <message>
        <source>Connection security in the client is set to None while the server allows password logins only over TLS.</source>
        <comment>X.7.11|causes</comment>
        <translation>Bảo mật kết nối trong máy khách được đặt là None, trong khi máy chủ chỉ cho phép đăng nhập bằng mật khẩu qua TLS.</translation>
    </message>
    <message>
        <source>A client or script sends STARTTLS with an argument, which RFC 3207 forbids (Gmail answers 501 5.7.11).</source>
        <comment>X.7.11|causes</comment>
        <translation>Một máy khách hoặc script gửi STARTTLS kèm tham số, điều mà RFC 3207 cấm (Gmail trả lời 501 5.7.11).</translation>
    </message>
    <message>
        <source>Connect with STARTTLS, send EHLO by hand and compare the AUTH line with the one on a plain connection.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Kết nối bằng STARTTLS, gõ EHLO thủ công và so sánh dòng AUTH với dòng AUTH trên kết nối không mã hóa.</translation>
    </message>
    <message>
        <source>On a Postfix server, check whether AUTH is offered only inside TLS sessions.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Trên máy chủ Postfix, kiểm tra xem AUTH có chỉ được cung cấp bên trong phiên TLS hay không.</translation>
    </message>
    <message>
        <source>On a Dovecot 2.3 back end, check whether clear-text logins are refused without TLS and which mechanisms are enabled.</source>
        <comment>X.7.11|checks.step</comment>
        <translation>Trên backend Dovecot 2.3, kiểm tra xem đăng nhập bằng văn bản rõ có bị từ chối khi không có TLS không, và những cơ chế nào đang được bật.</translation>
    </message>
    <message>
        <source>Gmail&apos;s reply when a client sends STARTTLS followed by an argument; the registry meaning, encryption required for an AUTH mechanism, does not apply.</source>
        <comment>X.7.11|providers.meaning</comment>
        <translation>Phản hồi của Gmail khi máy khách gửi STARTTLS kèm theo một tham số; nghĩa trong sổ đăng ký (cơ chế AUTH đòi hỏi mã hóa) không áp dụng ở đây.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <comment>X.7.12|title</comment>
        <translation>Cần chuyển đổi mật khẩu</translation>
    </message>
    <message>
        <source>The server needs the user to log in once with the PLAIN mechanism (normally over TLS) so that it can store the password in the form the requested mechanism needs; after that the requested mechanism should work in later sessions. It is only ever a temporary condition (4.7.12); RFC 4954 pairs it with 432, and the registry also lists 422.</source>
        <comment>X.7.12|summary</comment>
        <translation>Máy chủ cần người dùng đăng nhập một lần bằng cơ chế PLAIN (thông thường qua TLS) để có thể lưu mật khẩu ở dạng mà cơ chế được yêu cầu cần tới; sau đó cơ chế được yêu cầu sẽ hoạt động trong các phiên sau. Đây luôn chỉ là tình trạng tạm thời (4.7.12); RFC 4954 ghép nó với 432, và sổ đăng ký còn liệt kê thêm 422.</translation>
    </message>
    <message>
        <source>At AUTH, when a client asks for a challenge-response mechanism (CRAM-MD5, DIGEST-MD5, SCRAM) and the server does not yet hold the password in the form that mechanism requires, typically after a migration or a change of password storage scheme. Rare in practice, since most clients and servers simply use PLAIN over TLS.</source>
        <comment>X.7.12|whenSeen</comment>
        <translation>Tại AUTH, khi máy khách yêu cầu một cơ chế challenge-response (CRAM-MD5, DIGEST-MD5, SCRAM) mà máy chủ chưa lưu mật khẩu ở dạng cơ chế đó đòi hỏi, thường sau khi di chuyển hệ thống hoặc thay đổi lược đồ lưu trữ mật khẩu. Hiếm gặp trong thực tế, vì hầu hết máy khách và máy chủ đơn giản là dùng PLAIN qua TLS.</translation>
    </message>
    <message>
        <source>The client software (or the user) authenticates once with PLAIN over an encrypted connection, then returns to the preferred mechanism. If the client cannot do that, set it to PLAIN or LOGIN over TLS for good. The server&apos;s admin checks that the password database stores a scheme the advertised mechanisms can use, and stops advertising mechanisms that cannot work.</source>
        <comment>X.7.12|howToFix</comment>
        <translation>Phần mềm máy khách (hoặc người dùng) xác thực một lần bằng PLAIN qua kết nối đã mã hóa, rồi quay lại cơ chế ưa dùng. Nếu máy khách không làm được như vậy, hãy đặt cố định PLAIN hoặc LOGIN qua TLS. Quản trị viên máy chủ kiểm tra rằng cơ sở dữ liệu mật khẩu lưu theo một lược đồ mà các cơ chế được quảng bá có thể sử dụng, và ngừng quảng bá các cơ chế không thể hoạt động.</translation>
    </message>
    <message>
        <source>Not a queue retry: authenticate once with PLAIN over TLS, then use the original mechanism again. Repeating that mechanism without the PLAIN step returns 4.7.12 again.</source>
        <comment>X.7.12|retry</comment>
        <translation>Đây không phải việc thử lại từ hàng đợi: xác thực một lần bằng PLAIN qua TLS, rồi dùng lại cơ chế ban đầu. Lặp lại cơ chế đó mà không có bước PLAIN sẽ lại nhận 4.7.12.</translation>
    </message>
    <message>
        <source>Passwords were migrated or rehashed, and the server lacks the secret needed for CRAM-MD5, DIGEST-MD5 or SCRAM.</source>
        <comment>X.7.12|causes</comment>
        <translation>Mật khẩu đã được di chuyển hoặc băm lại, và máy chủ thiếu dữ liệu bí mật cần cho CRAM-MD5, DIGEST-MD5 hoặc SCRAM.</translation>
    </message>
    <message>
        <source>The client is pinned to a challenge-response mechanism and has not logged in with PLAIN since the change.</source>
        <comment>X.7.12|causes</comment>
        <translation>Máy khách bị cố định dùng một cơ chế challenge-response và chưa đăng nhập bằng PLAIN kể từ khi có thay đổi.</translation>
    </message>
    <message>
        <source>The server advertises mechanisms that its current password storage cannot support.</source>
        <comment>X.7.12|causes</comment>
        <translation>Máy chủ quảng bá những cơ chế mà cách lưu mật khẩu hiện tại của nó không hỗ trợ được.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over implicit TLS to complete the transition.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Đăng nhập một lần bằng PLAIN qua TLS ngầm định (implicit TLS) để hoàn tất việc chuyển đổi.</translation>
    </message>
    <message>
        <source>On a Dovecot server, look up the user&apos;s password entry to see which scheme it is stored in.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>Trên máy chủ Dovecot, tra mục mật khẩu của người dùng để xem nó được lưu theo lược đồ nào.</translation>
    </message>
    <message>
        <source>Compare the mechanisms in the server&apos;s EHLO reply after STARTTLS with the one the client is pinned to.</source>
        <comment>X.7.12|checks.step</comment>
        <translation>So sánh các cơ chế trong phản hồi EHLO của máy chủ sau STARTTLS với cơ chế mà máy khách bị cố định dùng.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <comment>X.7.13|title</comment>
        <translation>Tài khoản người dùng bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>The credentials were correct, but the account has been disabled, so the server will not let it send. It stays permanent until the user contacts the administrator; unlike a wrong-password reply, asking the user to retype the password will not help. The registry pairs it with 525.</source>
        <comment>X.7.13|summary</comment>
        <translation>Thông tin đăng nhập đúng, nhưng tài khoản đã bị vô hiệu hóa, nên máy chủ không cho tài khoản gửi thư. Lỗi này vẫn là vĩnh viễn cho tới khi người dùng liên hệ quản trị viên; khác với phản hồi sai mật khẩu, yêu cầu người dùng nhập lại mật khẩu sẽ không giúp được gì. Sổ đăng ký ghép mã này với 525.</translation>
    </message>
    <message>
        <source>At AUTH, straight after a successful credential check, on submission servers that tell disabled accounts apart from bad passwords. Usual triggers are accounts suspended after being used for spam, unpaid hosting bills, and staff who have left. Many servers do not use it and answer 535 5.7.8 for disabled accounts as well.</source>
        <comment>X.7.13|whenSeen</comment>
        <translation>Tại AUTH, ngay sau khi kiểm tra thông tin đăng nhập thành công, trên các máy chủ submission có phân biệt tài khoản bị vô hiệu hóa với mật khẩu sai. Nguyên nhân thường gặp là tài khoản bị tạm ngưng sau khi bị dùng để gửi thư rác, hóa đơn hosting chưa thanh toán, và nhân viên đã nghỉ việc. Nhiều máy chủ không dùng mã này mà trả 535 5.7.8 cả cho tài khoản bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>The user contacts their mail administrator or provider. The administrator finds out why the account was disabled (abuse report, compromise, billing), removes the cause (new password, malware cleanup on the user&apos;s devices, spam removed from the outbound queue) and re-enables the account. After that the client software can log in again with its existing settings.</source>
        <comment>X.7.13|howToFix</comment>
        <translation>Người dùng liên hệ quản trị viên hệ thống thư hoặc nhà cung cấp của mình. Quản trị viên tìm hiểu vì sao tài khoản bị vô hiệu hóa (báo cáo lạm dụng, bị xâm nhập, thanh toán), loại bỏ nguyên nhân (mật khẩu mới, dọn mã độc trên thiết bị của người dùng, xóa thư rác khỏi hàng đợi thư đi) rồi kích hoạt lại tài khoản. Sau đó phần mềm máy khách có thể đăng nhập lại với cấu hình hiện có.</translation>
    </message>
    <message>
        <source>Do not retry: every attempt is refused until an administrator re-enables the account.</source>
        <comment>X.7.13|retry</comment>
        <translation>Đừng thử lại: mọi lần thử đều bị từ chối cho tới khi quản trị viên kích hoạt lại tài khoản.</translation>
    </message>
    <message>
        <source>The account was suspended after it was compromised and used to send spam.</source>
        <comment>X.7.13|causes</comment>
        <translation>Tài khoản bị tạm ngưng sau khi bị xâm nhập và bị dùng để gửi thư rác.</translation>
    </message>
    <message>
        <source>The hosting plan or mail subscription was suspended for non-payment.</source>
        <comment>X.7.13|causes</comment>
        <translation>Gói hosting hoặc dịch vụ thư bị tạm ngưng do chưa thanh toán.</translation>
    </message>
    <message>
        <source>The administrator disabled the account of someone who left the organisation.</source>
        <comment>X.7.13|causes</comment>
        <translation>Quản trị viên đã vô hiệu hóa tài khoản của một người đã rời tổ chức.</translation>
    </message>
    <message>
        <source>Repeated failed logins or abuse reports triggered an automatic lock.</source>
        <comment>X.7.13|causes</comment>
        <translation>Nhiều lần đăng nhập thất bại hoặc báo cáo lạm dụng đã kích hoạt cơ chế khóa tự động.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail or account portal with the same credentials; a suspended account usually shows a notice there.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Đăng nhập vào webmail hoặc cổng quản lý tài khoản của nhà cung cấp bằng cùng thông tin đăng nhập; tài khoản bị tạm ngưng thường hiển thị thông báo ở đó.</translation>
    </message>
    <message>
        <source>Confirm the behaviour by hand: with a disabled account the refusal comes even though the password is right.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Xác nhận hiện tượng bằng tay: với tài khoản bị vô hiệu hóa, lời từ chối vẫn xuất hiện dù mật khẩu đúng.</translation>
    </message>
    <message>
        <source>As the admin on Postfix, see when this account last submitted mail successfully.</source>
        <comment>X.7.13|checks.step</comment>
        <translation>Với tư cách quản trị viên trên Postfix, xem lần cuối tài khoản này gửi thư thành công là khi nào.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <comment>X.7.14|title</comment>
        <translation>Cần có quan hệ tin cậy</translation>
    </message>
    <message>
        <source>The submission server needs a configured trust relationship with another server before it can do what was asked. The definition comes from BURL (RFC 4468), where the submission server fetches the message from the user&apos;s IMAP server by URL and has no trust set up to do so. It is permanent, and replaced the earlier use of 5.7.8 for this case.</source>
        <comment>X.7.14|summary</comment>
        <translation>Máy chủ submission cần một quan hệ tin cậy đã được cấu hình với một máy chủ khác trước khi có thể thực hiện yêu cầu. Định nghĩa này đến từ BURL (RFC 4468), trong đó máy chủ submission lấy thư từ máy chủ IMAP của người dùng qua URL nhưng chưa có quan hệ tin cậy nào được thiết lập để làm việc đó. Đây là lỗi vĩnh viễn, và đã thay thế cách dùng 5.7.8 trước đây cho trường hợp này.</translation>
    </message>
    <message>
        <source>In BURL submission, in reply to the BURL command that takes the place of DATA or BDAT, when the submission server cannot resolve the IMAP URLAUTH URL for lack of a configured trust with that IMAP server. Few clients use BURL, so this is rare. Gmail uses 534 5.7.14 in an unrelated way at AUTH, when it wants the user to sign in through a web browser first.</source>
        <comment>X.7.14|whenSeen</comment>
        <translation>Khi gửi thư bằng BURL, trong phản hồi cho lệnh BURL (lệnh thay thế DATA hoặc BDAT), lúc máy chủ submission không phân giải được URL IMAP URLAUTH do thiếu quan hệ tin cậy đã cấu hình với máy chủ IMAP đó. Ít máy khách dùng BURL nên trường hợp này hiếm gặp. Gmail dùng 534 5.7.14 theo một cách không liên quan tại AUTH, khi muốn người dùng đăng nhập qua trình duyệt web trước.</translation>
    </message>
    <message>
        <source>For BURL, the submission server&apos;s admin configures trust with the IMAP server (URLAUTH access for the submit identity and whatever authorisation it needs), or the client software falls back to sending the message content itself with DATA or BDAT. For Gmail&apos;s 534 5.7.14, the user signs in to the Google account in a browser, completes any security check, and then uses an app password or OAuth in the client.</source>
        <comment>X.7.14|howToFix</comment>
        <translation>Với BURL, quản trị viên máy chủ submission cấu hình quan hệ tin cậy với máy chủ IMAP (quyền truy cập URLAUTH cho định danh submit và mọi ủy quyền cần thiết khác), hoặc phần mềm máy khách quay về tự gửi nội dung thư bằng DATA hoặc BDAT. Với 534 5.7.14 của Gmail, người dùng đăng nhập tài khoản Google trên trình duyệt, hoàn tất mọi bước kiểm tra bảo mật, rồi dùng mật khẩu ứng dụng hoặc OAuth trong máy khách.</translation>
    </message>
    <message>
        <source>Do not repeat the same BURL command, which fails every time without the trust relationship. Send the content directly with DATA or BDAT, or retry once the trust is configured.</source>
        <comment>X.7.14|retry</comment>
        <translation>Đừng lặp lại cùng lệnh BURL, vì lần nào nó cũng thất bại khi chưa có quan hệ tin cậy. Gửi nội dung trực tiếp bằng DATA hoặc BDAT, hoặc thử lại khi quan hệ tin cậy đã được cấu hình.</translation>
    </message>
    <message>
        <source>The submission server has no configured trust with the IMAP server named in the BURL URL.</source>
        <comment>X.7.14|causes</comment>
        <translation>Máy chủ submission không có quan hệ tin cậy nào được cấu hình với máy chủ IMAP được nêu trong URL của BURL.</translation>
    </message>
    <message>
        <source>The URLAUTH URL was issued for a different submit identity than the one the submission server uses.</source>
        <comment>X.7.14|causes</comment>
        <translation>URL URLAUTH được cấp cho một định danh submit khác với định danh mà máy chủ submission sử dụng.</translation>
    </message>
    <message>
        <source>Gmail&apos;s use: Google blocked the sign-in as suspicious and wants the user to confirm it in a web browser.</source>
        <comment>X.7.14|causes</comment>
        <translation>Cách dùng của Gmail: Google đã chặn lần đăng nhập vì nghi ngờ và muốn người dùng xác nhận nó trên trình duyệt web.</translation>
    </message>
    <message>
        <source>Check whether the submission server lists BURL in its EHLO reply after STARTTLS; if it does not, the client should not use BURL at all.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Kiểm tra xem máy chủ submission có liệt kê BURL trong phản hồi EHLO sau STARTTLS không; nếu không, máy khách hoàn toàn không nên dùng BURL.</translation>
    </message>
    <message>
        <source>Search the submission server&apos;s log for the BURL command and the failed IMAP fetch.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Tìm trong nhật ký của máy chủ submission lệnh BURL và lần lấy thư IMAP thất bại.</translation>
    </message>
    <message>
        <source>For Gmail, sign in to the Google account in a browser on the same network and review its recent security alerts.</source>
        <comment>X.7.14|checks.step</comment>
        <translation>Với Gmail, đăng nhập tài khoản Google trên trình duyệt trong cùng mạng và xem lại các cảnh báo bảo mật gần đây.</translation>
    </message>
    <message>
        <source>smtp.gmail.com refuses the login until the user signs in to the Google account in a browser, usually after a blocked suspicious sign-in; it has nothing to do with BURL trust relationships.</source>
        <comment>X.7.14|providers.meaning</comment>
        <translation>smtp.gmail.com từ chối đăng nhập cho tới khi người dùng đăng nhập tài khoản Google trên trình duyệt, thường là sau một lần đăng nhập đáng ngờ bị chặn; không liên quan gì đến quan hệ tin cậy của BURL.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <comment>X.7.15|title</comment>
        <translation>Mức ưu tiên quá thấp</translation>
    </message>
    <message>
        <source>The receiving server supports the MT-PRIORITY extension (RFC 6710) and will not take the message at the priority the client gave in MAIL FROM. As 4.7.15 (usually with 450) the refusal is temporary: the server is for now accepting only higher-priority traffic, for example during congestion. As 5.7.15 (usually with 550) the server&apos;s policy refuses that priority level outright.</source>
        <comment>X.7.15|summary</comment>
        <translation>Máy chủ nhận hỗ trợ phần mở rộng MT-PRIORITY (RFC 6710) và không nhận thư ở mức ưu tiên mà máy khách đưa ra trong MAIL FROM. Ở dạng 4.7.15 (thường đi với 450), lời từ chối là tạm thời: máy chủ hiện chỉ nhận lưu lượng có mức ưu tiên cao hơn, ví dụ khi bị nghẽn. Ở dạng 5.7.15 (thường đi với 550), chính sách của máy chủ từ chối hẳn mức ưu tiên đó.</translation>
    </message>
    <message>
        <source>In reply to a MAIL FROM that carries an MT-PRIORITY=n parameter (n runs from -9 to 9, 0 being normal). Only met on networks that use message transfer priorities, such as military, government or emergency-service messaging systems with MT-PRIORITY-aware relays; ordinary Internet mail servers do not advertise the extension and never send this code.</source>
        <comment>X.7.15|whenSeen</comment>
        <translation>Trong phản hồi cho một lệnh MAIL FROM có tham số MT-PRIORITY=n (n từ -9 đến 9, 0 là bình thường). Chỉ gặp trên các mạng dùng mức ưu tiên truyền thư, chẳng hạn hệ thống nhắn tin quân sự, chính phủ hoặc dịch vụ khẩn cấp có các relay hỗ trợ MT-PRIORITY; các máy chủ thư Internet thông thường không quảng bá phần mở rộng này và không bao giờ gửi mã này.</translation>
    </message>
    <message>
        <source>The sender decides. If the message really is more urgent, resend it with a higher MT-PRIORITY value that the sender is authorised to use; if not, let it wait, because a 4.7.15 deferral clears when the receiving network leaves its high-priority-only mode. The sender&apos;s admin should confirm which priority range the relay accepts from this client, since servers may lower or refuse priorities requested by clients not authorised for them.</source>
        <comment>X.7.15|howToFix</comment>
        <translation>Người gửi quyết định. Nếu thư thực sự khẩn cấp hơn, hãy gửi lại với giá trị MT-PRIORITY cao hơn mà người gửi được phép dùng; nếu không, cứ để thư chờ, vì lần hoãn 4.7.15 sẽ hết khi mạng nhận thoát khỏi chế độ chỉ nhận thư ưu tiên cao. Quản trị viên phía người gửi nên xác nhận dải mức ưu tiên mà relay chấp nhận từ máy khách này, vì máy chủ có thể hạ hoặc từ chối mức ưu tiên do những máy khách không được phép yêu cầu.</translation>
    </message>
    <message>
        <source>On 4.7.15 keep the message queued and retry with backoff; the minimum priority may drop again. On 5.7.15 do not retry at the same priority: resend only with a higher, authorised priority, or not at all.</source>
        <comment>X.7.15|retry</comment>
        <translation>Với 4.7.15, giữ thư trong hàng đợi và thử lại với khoảng chờ tăng dần; mức ưu tiên tối thiểu có thể được hạ xuống lại. Với 5.7.15, đừng thử lại ở cùng mức ưu tiên: chỉ gửi lại với mức ưu tiên cao hơn và được phép, hoặc không gửi nữa.</translation>
    </message>
    <message>
        <source>The receiving network is congested or in a crisis mode and is temporarily accepting only messages at or above a minimum priority.</source>
        <comment>X.7.15|causes</comment>
        <translation>Mạng nhận đang bị nghẽn hoặc ở chế độ khủng hoảng và tạm thời chỉ nhận thư có mức ưu tiên bằng hoặc cao hơn một mức tối thiểu.</translation>
    </message>
    <message>
        <source>The message was sent with a low or negative MT-PRIORITY value (for example -5) that the receiving server refuses by policy.</source>
        <comment>X.7.15|causes</comment>
        <translation>Thư được gửi với giá trị MT-PRIORITY thấp hoặc âm (ví dụ -5) mà máy chủ nhận từ chối theo chính sách.</translation>
    </message>
    <message>
        <source>The client is not authorised for the priority it asked for, so the server lowered it to a level the server then refuses.</source>
        <comment>X.7.15|causes</comment>
        <translation>Máy khách không được phép dùng mức ưu tiên đã yêu cầu, nên máy chủ hạ nó xuống một mức mà sau đó chính máy chủ lại từ chối.</translation>
    </message>
    <message>
        <source>Read the receiving server&apos;s EHLO reply: MT-PRIORITY (possibly followed by a policy name) must be listed for this code to make sense.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Đọc phản hồi EHLO của máy chủ nhận: MT-PRIORITY (có thể kèm tên chính sách) phải được liệt kê thì mã này mới có ý nghĩa.</translation>
    </message>
    <message>
        <source>Find the deferral or bounce in the sending log to see which recipient and which attempt were refused.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Tìm lần trì hoãn hoặc thư báo trả về trong nhật ký gửi để xem người nhận nào và lần thử nào bị từ chối.</translation>
    </message>
    <message>
        <source>Ask the receiving network&apos;s administrators which priority levels they accept from your system and whether a temporary minimum is in force.</source>
        <comment>X.7.15|checks.step</comment>
        <translation>Hỏi quản trị viên của mạng nhận xem họ chấp nhận những mức ưu tiên nào từ hệ thống của bạn và có đang áp dụng mức tối thiểu tạm thời nào không.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <comment>X.7.16|title</comment>
        <translation>Thư quá lớn so với mức ưu tiên đã chỉ định</translation>
    </message>
    <message>
        <source>The server accepts messages at this MT-PRIORITY level only up to a certain size, and this one is larger. RFC 6710 lets a server set size limits per priority so that urgent traffic stays fast; as 4.7.16 the limit is temporary (for example during congestion), as 5.7.16 it is standing policy. It is not the server&apos;s general size limit, which is reported with X.3.4 or X.2.3.</source>
        <comment>X.7.16|summary</comment>
        <translation>Máy chủ chỉ nhận thư ở mức MT-PRIORITY này tới một kích thước nhất định, và thư này lớn hơn. RFC 6710 cho phép máy chủ đặt giới hạn kích thước theo từng mức ưu tiên để lưu lượng khẩn cấp luôn được xử lý nhanh; ở dạng 4.7.16 giới hạn này là tạm thời (ví dụ khi bị nghẽn), ở dạng 5.7.16 đó là chính sách cố định. Đây không phải giới hạn kích thước chung của máy chủ, vốn được báo bằng X.3.4 hoặc X.2.3.</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the client declared both MT-PRIORITY and SIZE, or after the end of DATA once the real size is known; the registry pairs it with 552. Only on relays that implement message transfer priorities, typically on closed military or emergency messaging networks.</source>
        <comment>X.7.16|whenSeen</comment>
        <translation>Trong phản hồi cho MAIL FROM khi máy khách khai báo cả MT-PRIORITY và SIZE, hoặc sau khi kết thúc DATA khi đã biết kích thước thực; sổ đăng ký ghép mã này với 552. Chỉ gặp trên các relay có triển khai mức ưu tiên truyền thư, thường là trên các mạng nhắn tin quân sự hoặc khẩn cấp khép kín.</translation>
    </message>
    <message>
        <source>The sender shrinks the message (remove large attachments or replace them with a link) or resends it at a lower priority, where bigger messages are allowed. The sender&apos;s admin can ask the receiving side for its size limit at each priority level and configure the client to split or downgrade large priority messages automatically.</source>
        <comment>X.7.16|howToFix</comment>
        <translation>Người gửi giảm kích thước thư (bỏ các tệp đính kèm lớn hoặc thay bằng đường liên kết) hoặc gửi lại ở mức ưu tiên thấp hơn, nơi cho phép thư lớn hơn. Quản trị viên phía người gửi có thể hỏi phía nhận về giới hạn kích thước ở từng mức ưu tiên và cấu hình máy khách tự động chia nhỏ hoặc hạ mức ưu tiên của các thư ưu tiên có kích thước lớn.</translation>
    </message>
    <message>
        <source>On 4.7.16 retry later with backoff, as the size allowance may come back. On 5.7.16 do not resend unchanged: reduce the size or lower the priority first.</source>
        <comment>X.7.16|retry</comment>
        <translation>Với 4.7.16, thử lại sau với khoảng chờ tăng dần, vì kích thước cho phép có thể được khôi phục. Với 5.7.16, đừng gửi lại nguyên trạng: hãy giảm kích thước hoặc hạ mức ưu tiên trước.</translation>
    </message>
    <message>
        <source>A large attachment was sent at a high priority level that the receiving server reserves for short, urgent messages.</source>
        <comment>X.7.16|causes</comment>
        <translation>Một tệp đính kèm lớn được gửi ở mức ưu tiên cao mà máy chủ nhận dành riêng cho các thư ngắn, khẩn cấp.</translation>
    </message>
    <message>
        <source>The receiving network is running in a degraded mode and has temporarily cut the size allowed at each priority.</source>
        <comment>X.7.16|causes</comment>
        <translation>Mạng nhận đang chạy ở chế độ suy giảm và tạm thời cắt giảm kích thước cho phép ở từng mức ưu tiên.</translation>
    </message>
    <message>
        <source>The SIZE value declared in MAIL FROM exceeded the per-priority limit although it is under the server&apos;s overall maximum.</source>
        <comment>X.7.16|causes</comment>
        <translation>Giá trị SIZE khai báo trong MAIL FROM vượt quá giới hạn theo mức ưu tiên, dù vẫn dưới mức tối đa chung của máy chủ.</translation>
    </message>
    <message>
        <source>Find the refused attempt in the sending log, with the message size and the recipient.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Tìm lần thử bị từ chối trong nhật ký gửi, kèm kích thước thư và người nhận.</translation>
    </message>
    <message>
        <source>Compare with the overall limit the server announces in the SIZE line of its EHLO reply, to tell the per-priority limit from the general one.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>So sánh với giới hạn chung mà máy chủ thông báo trong dòng SIZE của phản hồi EHLO, để phân biệt giới hạn theo mức ưu tiên với giới hạn chung.</translation>
    </message>
    <message>
        <source>Ask the receiving administrators for their size limit per priority level, and whether it is a permanent rule or a temporary restriction.</source>
        <comment>X.7.16|checks.step</comment>
        <translation>Hỏi quản trị viên phía nhận về giới hạn kích thước theo từng mức ưu tiên, và đó là quy tắc vĩnh viễn hay chỉ là hạn chế tạm thời.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17|title</comment>
        <translation>Chủ sở hữu hộp thư đã thay đổi</translation>
    </message>
    <message>
        <source>The message asked for Require-Recipient-Valid-Since (RRVS) protection, RFC 7293, and the receiving system knows that the recipient mailbox has not belonged to the same owner continuously since the date the sender gave. The address was closed and reissued, or otherwise changed hands, so the mail is refused rather than handed to a stranger. Only used as a permanent failure.</source>
        <comment>X.7.17|summary</comment>
        <translation>Thư yêu cầu cơ chế bảo vệ Require-Recipient-Valid-Since (RRVS), RFC 7293, và hệ thống nhận biết rằng hộp thư của người nhận đã không thuộc liên tục về cùng một chủ sở hữu kể từ ngày mà người gửi đưa ra. Địa chỉ đã bị đóng rồi cấp lại, hoặc đã đổi chủ theo cách khác, nên thư bị từ chối thay vì bị giao cho một người lạ. Chỉ được dùng như lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO when the client used the RRVS=date-time parameter, or after DATA when the message carried a Require-Recipient-Valid-Since header field instead. The sender is typically a bank, shop or social network mailing an address it verified long ago, and the receiver is a provider that recycles abandoned addresses and implements RRVS.</source>
        <comment>X.7.17|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO khi máy khách dùng tham số RRVS=date-time, hoặc sau DATA khi thư mang trường header Require-Recipient-Valid-Since (người nhận phải hợp lệ từ ngày) thay cho tham số. Người gửi thường là ngân hàng, cửa hàng hoặc mạng xã hội gửi thư tới một địa chỉ mà họ đã xác minh từ lâu, còn bên nhận là một nhà cung cấp có tái sử dụng các địa chỉ bị bỏ không và có triển khai RRVS.</translation>
    </message>
    <message>
        <source>The sender (the operator of the sending application) marks the address as no longer belonging to the customer, stops mailing it, and asks the customer for a current address through another channel. Do not remove the RRVS date and resend: the check exists to keep password resets and account notices away from the address&apos;s new owner.</source>
        <comment>X.7.17|howToFix</comment>
        <translation>Người gửi (đơn vị vận hành ứng dụng gửi thư) đánh dấu địa chỉ là không còn thuộc về khách hàng, ngừng gửi thư tới đó và xin khách hàng một địa chỉ hiện tại qua một kênh khác. Đừng bỏ ngày RRVS rồi gửi lại: cơ chế kiểm tra này tồn tại để giữ cho thư đặt lại mật khẩu và thông báo tài khoản không đến tay chủ mới của địa chỉ.</translation>
    </message>
    <message>
        <source>Do not retry: the ownership change is permanent. Flag or remove the address and send only to a newly confirmed one.</source>
        <comment>X.7.17|retry</comment>
        <translation>Đừng thử lại: việc đổi chủ là vĩnh viễn. Đánh dấu hoặc xóa địa chỉ và chỉ gửi tới một địa chỉ mới đã được xác nhận.</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider closed the old account after long inactivity and later gave the same address to a new user.</source>
        <comment>X.7.17|causes</comment>
        <translation>Nhà cung cấp của người nhận đã đóng tài khoản cũ sau một thời gian dài không hoạt động và sau đó cấp cùng địa chỉ cho một người dùng mới.</translation>
    </message>
    <message>
        <source>The address on file was verified before its current owner took it over, so the RRVS date predates the present ownership.</source>
        <comment>X.7.17|causes</comment>
        <translation>Địa chỉ đang lưu được xác minh trước khi chủ sở hữu hiện tại tiếp nhận nó, nên ngày RRVS có trước thời điểm bắt đầu quyền sở hữu hiện tại.</translation>
    </message>
    <message>
        <source>Find the date the sending system put in the Require-Recipient-Valid-Since header (or RRVS parameter) and compare it with when the customer last confirmed the address.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Tìm ngày mà hệ thống gửi đặt trong header Require-Recipient-Valid-Since (người nhận phải hợp lệ từ ngày), hoặc tham số RRVS, và so sánh với lần cuối khách hàng xác nhận địa chỉ.</translation>
    </message>
    <message>
        <source>Reach the customer by phone, app notification or post to get a confirmed new address before sending anything sensitive.</source>
        <comment>X.7.17|checks.step</comment>
        <translation>Liên hệ khách hàng qua điện thoại, thông báo trong ứng dụng hoặc thư bưu chính để lấy địa chỉ mới đã được xác nhận trước khi gửi bất cứ nội dung nhạy cảm nào.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <comment>X.7.18|title</comment>
        <translation>Chủ sở hữu tên miền đã thay đổi</translation>
    </message>
    <message>
        <source>Another Require-Recipient-Valid-Since result (RFC 7293): the receiving system reports that the recipient&apos;s domain has changed owner since the date the sender gave. Every address at that domain may now belong to a different organisation, so the message is refused. Only used as a permanent failure.</source>
        <comment>X.7.18|summary</comment>
        <translation>Một kết quả khác của Require-Recipient-Valid-Since (RFC 7293): hệ thống nhận báo rằng tên miền của người nhận đã đổi chủ kể từ ngày mà người gửi đưa ra. Mọi địa chỉ thuộc tên miền đó giờ có thể thuộc về một tổ chức khác, nên thư bị từ chối. Chỉ được dùng như lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO with an RRVS parameter, or after DATA for the header-field form, on receiving systems that know about ownership changes of the domains they host. Typical case: a company&apos;s old domain expired and was registered by someone else, who now runs mail for it.</source>
        <comment>X.7.18|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO có tham số RRVS, hoặc sau DATA với dạng trường header, trên các hệ thống nhận nắm được việc đổi chủ của những tên miền mà chúng lưu trữ. Trường hợp điển hình: tên miền cũ của một công ty đã hết hạn và được người khác đăng ký, người này hiện đang vận hành thư cho tên miền đó.</translation>
    </message>
    <message>
        <source>The sender treats every address at that domain as stale for this customer, stops sending, and gets a new address from the customer. The sender&apos;s admin can look at the domain&apos;s registration and mail routing to confirm the change before purging the addresses from the database.</source>
        <comment>X.7.18|howToFix</comment>
        <translation>Người gửi coi mọi địa chỉ thuộc tên miền đó là đã lỗi thời đối với khách hàng này, ngừng gửi và lấy địa chỉ mới từ khách hàng. Quản trị viên phía người gửi có thể xem thông tin đăng ký và định tuyến thư của tên miền để xác nhận việc thay đổi trước khi xóa các địa chỉ khỏi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Do not retry: the receiver refuses this message to that domain by design. Resend only to a newly confirmed address, usually at another domain.</source>
        <comment>X.7.18|retry</comment>
        <translation>Đừng thử lại: bên nhận từ chối thư này tới tên miền đó theo đúng thiết kế. Chỉ gửi lại tới một địa chỉ mới đã được xác nhận, thường thuộc một tên miền khác.</translation>
    </message>
    <message>
        <source>The domain lapsed and was registered by a new owner who now operates mail for it.</source>
        <comment>X.7.18|causes</comment>
        <translation>Tên miền đã hết hạn và được một chủ mới đăng ký, người này hiện vận hành thư cho tên miền đó.</translation>
    </message>
    <message>
        <source>The organisation that owned the domain was sold, merged or renamed, and the domain passed to another party.</source>
        <comment>X.7.18|causes</comment>
        <translation>Tổ chức sở hữu tên miền đã bị bán, sáp nhập hoặc đổi tên, và tên miền được chuyển sang một bên khác.</translation>
    </message>
    <message>
        <source>Read the domain&apos;s current registration data and name servers to see whether it changed recently.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Đọc dữ liệu đăng ký hiện tại và các máy chủ tên miền (name server) của tên miền để xem có thay đổi gần đây không.</translation>
    </message>
    <message>
        <source>See where the domain&apos;s mail goes now; a different provider from the one on record supports the ownership change.</source>
        <comment>X.7.18|checks.step</comment>
        <translation>Xem thư của tên miền hiện được chuyển tới đâu; nếu là một nhà cung cấp khác với nhà cung cấp trong hồ sơ thì điều đó củng cố giả thuyết đổi chủ.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19|title</comment>
        <translation>Không thể hoàn tất kiểm tra RRVS</translation>
    </message>
    <message>
        <source>The sender asked for Require-Recipient-Valid-Since checking (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since that date, because it did not record the timestamp it would need. Rather than guess, it refuses the message and leaves the decision to the sender. Only used as a permanent failure.</source>
        <comment>X.7.19|summary</comment>
        <translation>Người gửi yêu cầu kiểm tra Require-Recipient-Valid-Since (người nhận phải hợp lệ từ ngày, RFC 7293), nhưng hệ thống nhận không thể biết hộp thư có thuộc về một chủ sở hữu duy nhất kể từ ngày đó hay không, vì nó không ghi lại mốc thời gian cần thiết. Thay vì phỏng đoán, nó từ chối thư và để người gửi quyết định. Chỉ được dùng như lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>In reply to RCPT TO (RRVS parameter) or after DATA (header field), typically when the RRVS date is older than the account history the receiving provider keeps. Only receivers that implement RFC 7293 send it, so it is rare.</source>
        <comment>X.7.19|whenSeen</comment>
        <translation>Trong phản hồi cho RCPT TO (tham số RRVS) hoặc sau DATA (trường header), thường khi ngày RRVS cũ hơn lịch sử tài khoản mà nhà cung cấp phía nhận lưu giữ. Chỉ những bên nhận triển khai RFC 7293 mới gửi mã này, nên nó hiếm gặp.</translation>
    </message>
    <message>
        <source>The sender decides whether the message is safe to deliver without protection. For a newsletter, resending without the RRVS parameter or header field is reasonable; for a password reset or account notice, confirm the address with the customer first and then resend with a recent RRVS date.</source>
        <comment>X.7.19|howToFix</comment>
        <translation>Người gửi quyết định xem thư có an toàn để chuyển phát mà không có cơ chế bảo vệ hay không. Với bản tin (newsletter), gửi lại không kèm tham số hoặc trường header RRVS là hợp lý; với thư đặt lại mật khẩu hoặc thông báo tài khoản, hãy xác nhận địa chỉ với khách hàng trước rồi gửi lại với một ngày RRVS gần đây.</translation>
    </message>
    <message>
        <source>Do not retry with the same RRVS date. Either resend without RRVS protection, if the sender accepts that risk, or confirm the address and send with a newer date.</source>
        <comment>X.7.19|retry</comment>
        <translation>Đừng thử lại với cùng ngày RRVS. Hoặc gửi lại không kèm bảo vệ RRVS, nếu người gửi chấp nhận rủi ro đó, hoặc xác nhận địa chỉ rồi gửi với một ngày mới hơn.</translation>
    </message>
    <message>
        <source>The RRVS date is older than the account history the receiving system keeps.</source>
        <comment>X.7.19|causes</comment>
        <translation>Ngày RRVS cũ hơn lịch sử tài khoản mà hệ thống nhận lưu giữ.</translation>
    </message>
    <message>
        <source>The receiving system never stored, or lost, the creation date of this mailbox, for example after migrating accounts between platforms.</source>
        <comment>X.7.19|causes</comment>
        <translation>Hệ thống nhận chưa bao giờ lưu, hoặc đã làm mất, ngày tạo hộp thư này, ví dụ sau khi di chuyển tài khoản giữa các nền tảng.</translation>
    </message>
    <message>
        <source>Check the date the sending application used for RRVS (normally when the customer last confirmed the address); a very old date makes this result likely.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Kiểm tra ngày mà ứng dụng gửi dùng cho RRVS (thường là lần cuối khách hàng xác nhận địa chỉ); ngày quá cũ khiến kết quả này rất dễ xảy ra.</translation>
    </message>
    <message>
        <source>See whether the receiving server advertises RRVS in its EHLO reply, which tells you whether the parameter form or only the header form was evaluated.</source>
        <comment>X.7.19|checks.step</comment>
        <translation>Xem máy chủ nhận có quảng bá RRVS trong phản hồi EHLO không; điều này cho biết dạng tham số hay chỉ dạng header đã được đánh giá.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20|title</comment>
        <translation>Không tìm thấy chữ ký DKIM nào đạt</translation>
    </message>
    <message>
        <source>The receiver requires a valid DKIM signature and found none that verified: the message was not signed at all, or every signature on it failed. RFC 7372 defines the code so receivers can say exactly this instead of a generic 5.7.1. It is a permanent rejection.</source>
        <comment>X.7.20|summary</comment>
        <translation>Bên nhận yêu cầu một chữ ký DKIM hợp lệ và không tìm thấy chữ ký nào xác minh được: thư hoàn toàn không được ký, hoặc mọi chữ ký trên thư đều thất bại. RFC 7372 định nghĩa mã này để bên nhận có thể nói chính xác điều đó thay vì dùng mã 5.7.1 chung chung. Đây là lỗi từ chối vĩnh viễn.</translation>
    </message>
    <message>
        <source>After the final dot of DATA, once the receiver has checked the signatures. Sent by gateways and MTAs set up to demand DKIM from some or all senders, for example a rule that mail claiming to come from a bank, or from the recipient&apos;s own domain, must carry a good signature.</source>
        <comment>X.7.20|whenSeen</comment>
        <translation>Sau dấu chấm kết thúc DATA, khi bên nhận đã kiểm tra các chữ ký. Được gửi bởi các gateway và MTA được cấu hình để đòi DKIM từ một số hoặc tất cả người gửi, ví dụ quy tắc rằng thư tự nhận là đến từ một ngân hàng, hoặc từ chính tên miền của người nhận, phải mang chữ ký hợp lệ.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must get a verifying signature onto the message: turn on DKIM signing in the server or service that sends it, publish the matching public key under the selector, and make sure nothing after the signer (disclaimer footer, link rewriting, list software) alters the signed headers or body. Verify with a test message before resending.</source>
        <comment>X.7.20|howToFix</comment>
        <translation>Quản trị viên phía người gửi phải làm cho thư mang một chữ ký xác minh được: bật ký DKIM trên máy chủ hoặc dịch vụ gửi thư, công bố khóa công khai tương ứng dưới selector, và bảo đảm không có gì sau bước ký (chân trang disclaimer, viết lại đường liên kết, phần mềm danh sách thư) làm thay đổi các header hoặc phần thân đã ký. Kiểm tra bằng một thư thử trước khi gửi lại.</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the same unsigned or broken message fails the same way. Resend after signing works.</source>
        <comment>X.7.20|retry</comment>
        <translation>Đừng thử lại nguyên trạng: cùng một thư không ký hoặc có chữ ký hỏng sẽ thất bại theo cùng một cách. Gửi lại sau khi việc ký đã hoạt động.</translation>
    </message>
    <message>
        <source>DKIM signing was never enabled on the server or sending service, so the message carried no signature.</source>
        <comment>X.7.20|causes</comment>
        <translation>Việc ký DKIM chưa từng được bật trên máy chủ hoặc dịch vụ gửi, nên thư không có chữ ký.</translation>
    </message>
    <message>
        <source>A gateway, disclaimer tool or antivirus scanner changed the body after signing, so the body hash no longer matches.</source>
        <comment>X.7.20|causes</comment>
        <translation>Một gateway, công cụ disclaimer hoặc trình quét virus đã thay đổi phần thân sau khi ký, nên mã băm phần thân (body hash) không còn khớp.</translation>
    </message>
    <message>
        <source>The public key for the selector is missing from DNS, truncated when pasted, or was removed while mail was still signed with it.</source>
        <comment>X.7.20|causes</comment>
        <translation>Khóa công khai của selector không có trong DNS, bị cắt cụt khi dán, hoặc đã bị gỡ trong khi thư vẫn còn được ký bằng nó.</translation>
    </message>
    <message>
        <source>Take d= and s= from the DKIM-Signature header of a sent message and fetch that key; an empty answer means the key is missing.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Lấy d= và s= từ header DKIM-Signature của một thư đã gửi và truy vấn khóa đó; kết quả trống nghĩa là thiếu khóa.</translation>
    </message>
    <message>
        <source>Verify a saved copy of the message exactly as it left your last server (python3-dkim provides dkimverify).</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Xác minh một bản sao đã lưu của thư đúng như khi nó rời máy chủ cuối cùng của bạn (python3-dkim cung cấp dkimverify).</translation>
    </message>
    <message>
        <source>Send a test to a mailbox you control and look for dkim=pass in the Authentication-Results header the receiver added.</source>
        <comment>X.7.20|checks.step</comment>
        <translation>Gửi thư thử tới một hộp thư bạn quản lý và tìm dkim=pass trong header Authentication-Results (kết quả xác thực) mà bên nhận đã thêm vào.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21|title</comment>
        <translation>Không tìm thấy chữ ký DKIM nào được chấp nhận</translation>
    </message>
    <message>
        <source>At least one DKIM signature verified, but the receiver&apos;s policy accepts none of them. Typical reasons are a signature from an unexpected domain, a weak key or algorithm, or a signature that leaves out headers the receiver insists on. Permanent; X.7.22 is the narrower case where the problem is specifically the author&apos;s domain.</source>
        <comment>X.7.21|summary</comment>
        <translation>Có ít nhất một chữ ký DKIM xác minh được, nhưng chính sách của bên nhận không chấp nhận chữ ký nào trong số đó. Lý do điển hình là chữ ký từ một tên miền không như mong đợi, khóa hoặc thuật toán yếu, hoặc chữ ký bỏ sót những header mà bên nhận bắt buộc phải có. Vĩnh viễn; X.7.22 là trường hợp hẹp hơn, khi vấn đề nằm cụ thể ở tên miền của tác giả.</translation>
    </message>
    <message>
        <source>At the end of DATA on receivers whose DKIM policy goes beyond pass or fail. Often after a sender moves to a new email service that signs with its own domain, or on systems that follow RFC 8301 and no longer accept rsa-sha1 signatures or RSA keys shorter than 1024 bits.</source>
        <comment>X.7.21|whenSeen</comment>
        <translation>Ở cuối DATA, trên các bên nhận có chính sách DKIM vượt ra ngoài việc đạt hay không đạt. Thường xảy ra sau khi người gửi chuyển sang một dịch vụ email mới ký bằng tên miền của chính dịch vụ, hoặc trên các hệ thống tuân theo RFC 8301 và không còn chấp nhận chữ ký rsa-sha1 hay khóa RSA ngắn hơn 1024 bit.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin reads what the signature contains and brings it in line: sign with the organisation&apos;s own domain, use rsa-sha256 with a 2048-bit key (an ed25519 signature may be added alongside), and sign at least From, To, Subject, Date and Message-ID. If the receiver wants signatures from a particular domain, ask its admin which one.</source>
        <comment>X.7.21|howToFix</comment>
        <translation>Quản trị viên phía người gửi đọc nội dung của chữ ký và điều chỉnh cho phù hợp: ký bằng tên miền của chính tổ chức, dùng rsa-sha256 với khóa 2048 bit (có thể thêm một chữ ký ed25519 song song), và ký ít nhất các header From, To, Subject, Date và Message-ID. Nếu bên nhận muốn chữ ký từ một tên miền cụ thể, hãy hỏi quản trị viên bên đó là tên miền nào.</translation>
    </message>
    <message>
        <source>Do not retry unchanged; the receiver will judge the same signature the same way. Resend after changing the signing domain, key or algorithm.</source>
        <comment>X.7.21|retry</comment>
        <translation>Đừng thử lại nguyên trạng; bên nhận sẽ đánh giá cùng một chữ ký theo cùng một cách. Gửi lại sau khi đã thay đổi tên miền ký, khóa hoặc thuật toán.</translation>
    </message>
    <message>
        <source>The only passing signature belongs to the email service provider&apos;s domain, which the receiver does not accept for this sender.</source>
        <comment>X.7.21|causes</comment>
        <translation>Chữ ký đạt duy nhất thuộc về tên miền của nhà cung cấp dịch vụ email, mà bên nhận không chấp nhận đối với người gửi này.</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1 or an RSA key under 1024 bits, which the receiver treats as unacceptable.</source>
        <comment>X.7.21|causes</comment>
        <translation>Chữ ký dùng rsa-sha1 hoặc khóa RSA dưới 1024 bit, mà bên nhận coi là không chấp nhận được.</translation>
    </message>
    <message>
        <source>The signature verifies but does not cover headers the receiver&apos;s policy requires, such as Subject or Reply-To.</source>
        <comment>X.7.21|causes</comment>
        <translation>Chữ ký xác minh được nhưng không bao phủ các header mà chính sách của bên nhận yêu cầu, chẳng hạn Subject hoặc Reply-To.</translation>
    </message>
    <message>
        <source>Look at the a= (algorithm), d= (domain) and h= (signed headers) tags of the DKIM-Signature header in a sent message.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Xem các thẻ a= (thuật toán), d= (tên miền) và h= (các header được ký) của header DKIM-Signature trong một thư đã gửi.</translation>
    </message>
    <message>
        <source>Check the key size: a p= value of about 216 base64 characters is a 1024-bit RSA key, about 392 characters is 2048-bit.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Kiểm tra kích thước khóa: giá trị p= dài khoảng 216 ký tự base64 là khóa RSA 1024 bit, khoảng 392 ký tự là 2048 bit.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin which signing domain, algorithm or header coverage their policy expects.</source>
        <comment>X.7.21|checks.step</comment>
        <translation>Hỏi quản trị viên phía người nhận xem chính sách của họ yêu cầu tên miền ký, thuật toán hoặc phạm vi header nào.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22|title</comment>
        <translation>Không tìm thấy chữ ký DKIM hợp lệ khớp với tên miền tác giả</translation>
    </message>
    <message>
        <source>The message has DKIM signatures that verify, but none of them is from the domain in the From header. The receiver wants the author&apos;s own domain to vouch for the message: a special case of X.7.21, close to what DMARC alignment checks. Permanent rejection.</source>
        <comment>X.7.22|summary</comment>
        <translation>Thư có các chữ ký DKIM xác minh được, nhưng không chữ ký nào đến từ tên miền trong header From. Bên nhận muốn chính tên miền của tác giả bảo chứng cho thư: đây là trường hợp đặc biệt của X.7.21, gần với những gì phép kiểm tra căn chỉnh (alignment) của DMARC thực hiện. Lỗi từ chối vĩnh viễn.</translation>
    </message>
    <message>
        <source>At the end of DATA, typically for newsletters, invoices or alerts sent through a third-party service that signs with its own domain while the From address uses the customer&apos;s domain. Also seen when a mailing list or forwarder re-signs the message with its own domain and the original signature broke.</source>
        <comment>X.7.22|whenSeen</comment>
        <translation>Ở cuối DATA, thường với bản tin, hóa đơn hoặc cảnh báo gửi qua một dịch vụ bên thứ ba ký bằng tên miền của chính dịch vụ trong khi địa chỉ From dùng tên miền của khách hàng. Cũng gặp khi một danh sách thư hoặc dịch vụ chuyển tiếp thư (forwarder) ký lại thư bằng tên miền của mình và chữ ký gốc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin sets up custom DKIM in the sending service so that it signs with d= equal to the From domain, usually by publishing the service&apos;s selector records (CNAME or TXT) in that domain&apos;s DNS and enabling them in the service&apos;s settings. Then check that a test message shows a passing signature whose domain matches the From header.</source>
        <comment>X.7.22|howToFix</comment>
        <translation>Quản trị viên phía người gửi thiết lập DKIM tùy chỉnh trong dịch vụ gửi để dịch vụ ký với d= bằng tên miền From, thường bằng cách công bố các bản ghi selector của dịch vụ (CNAME hoặc TXT) trong DNS của tên miền đó và bật chúng trong phần cài đặt của dịch vụ. Sau đó kiểm tra rằng một thư thử có chữ ký đạt với tên miền khớp với header From.</translation>
    </message>
    <message>
        <source>Do not resend unchanged. Resend once the sending service signs with the From domain.</source>
        <comment>X.7.22|retry</comment>
        <translation>Đừng gửi lại nguyên trạng. Gửi lại khi dịch vụ gửi đã ký bằng tên miền From.</translation>
    </message>
    <message>
        <source>A marketing or ticketing service signs with its own domain because custom signing for the customer&apos;s domain was never set up.</source>
        <comment>X.7.22|causes</comment>
        <translation>Một dịch vụ marketing hoặc hệ thống ticket ký bằng tên miền của chính nó vì việc ký tùy chỉnh cho tên miền của khách hàng chưa bao giờ được thiết lập.</translation>
    </message>
    <message>
        <source>The From address was switched to a new brand domain that has no DKIM key of its own yet.</source>
        <comment>X.7.22|causes</comment>
        <translation>Địa chỉ From được chuyển sang một tên miền thương hiệu mới chưa có khóa DKIM riêng.</translation>
    </message>
    <message>
        <source>The only valid signature was added by a mailing list or forwarder, not by the author&apos;s domain.</source>
        <comment>X.7.22|causes</comment>
        <translation>Chữ ký hợp lệ duy nhất được thêm bởi một danh sách thư hoặc dịch vụ chuyển tiếp thư, không phải bởi tên miền của tác giả.</translation>
    </message>
    <message>
        <source>Compare the d= domain of each DKIM-Signature header with the domain of the From header in the same message.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>So sánh tên miền d= của từng header DKIM-Signature với tên miền của header From trong cùng thư.</translation>
    </message>
    <message>
        <source>Check that the sending service&apos;s selector is published under the From domain.</source>
        <comment>X.7.22|checks.step</comment>
        <translation>Kiểm tra rằng selector của dịch vụ gửi đã được công bố dưới tên miền From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <comment>X.7.23|title</comment>
        <translation>Kiểm tra SPF không đạt</translation>
    </message>
    <message>
        <source>The receiver checked SPF for the envelope sender (MAIL FROM) or the HELO name and got a fail result: the domain&apos;s SPF record says the connecting IP address may not send for it. RFC 7372 gives this code to receivers that reject on SPF fail, in place of the older generic 5.7.1. Permanent. This is the registry meaning; Gmail uses 4.7.23 for reverse DNS problems instead (see providers).</source>
        <comment>X.7.23|summary</comment>
        <translation>Bên nhận kiểm tra SPF cho người gửi trên phong bì (MAIL FROM) hoặc cho tên HELO và nhận kết quả fail: bản ghi SPF của tên miền nói rằng địa chỉ IP đang kết nối không được phép gửi thư thay cho tên miền đó. RFC 7372 cấp mã này cho các bên nhận từ chối khi SPF fail, thay cho mã 5.7.1 chung chung trước đây. Vĩnh viễn. Đây là nghĩa theo sổ đăng ký; Gmail lại dùng 4.7.23 cho các vấn đề DNS ngược (xem phần nhà cung cấp).</translation>
    </message>
    <message>
        <source>Usually right after MAIL FROM or RCPT TO, since SPF needs only the IP address and the envelope; some filters wait until after DATA. Common with forwarding (the forwarder&apos;s IP is not in the original domain&apos;s record), after moving mail to a new provider, and for mail sent by a new SaaS tool nobody added to SPF.</source>
        <comment>X.7.23|whenSeen</comment>
        <translation>Thường ngay sau MAIL FROM hoặc RCPT TO, vì SPF chỉ cần địa chỉ IP và phong bì; một số bộ lọc chờ tới sau DATA. Hay gặp khi chuyển tiếp thư (IP của máy chủ chuyển tiếp không có trong bản ghi của tên miền gốc), sau khi chuyển hệ thống thư sang nhà cung cấp mới, và với thư gửi từ một công cụ SaaS mới mà chưa ai thêm vào SPF.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin adds the missing sender to the SPF record of the envelope domain (ip4:, ip6: or the service&apos;s include:), keeping the total at ten DNS lookups or fewer, and then resends. If the mail was forwarded, the forwarder&apos;s admin needs SRS (sender rewriting), and the original sender should DKIM-sign so the message can still pass DMARC after forwarding.</source>
        <comment>X.7.23|howToFix</comment>
        <translation>Quản trị viên phía người gửi thêm nguồn gửi còn thiếu vào bản ghi SPF của tên miền phong bì (ip4:, ip6: hoặc include: của dịch vụ), giữ tổng số lượt truy vấn DNS không quá mười, rồi gửi lại. Nếu thư đã được chuyển tiếp, quản trị viên của máy chủ chuyển tiếp cần dùng SRS (viết lại địa chỉ người gửi), và người gửi ban đầu nên ký DKIM để thư vẫn vượt qua DMARC sau khi được chuyển tiếp.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from the same IP: the SPF result will not change. Resend after the record is updated and the old record&apos;s TTL has run out.</source>
        <comment>X.7.23|retry</comment>
        <translation>Đừng thử lại nguyên trạng từ cùng IP: kết quả SPF sẽ không thay đổi. Gửi lại sau khi bản ghi đã được cập nhật và TTL của bản ghi cũ đã hết.</translation>
    </message>
    <message>
        <source>The message left through a server or service whose IP address is not in the envelope domain&apos;s SPF record.</source>
        <comment>X.7.23|causes</comment>
        <translation>Thư được gửi ra qua một máy chủ hoặc dịch vụ có địa chỉ IP không nằm trong bản ghi SPF của tên miền phong bì.</translation>
    </message>
    <message>
        <source>A forwarding server relayed the message, so the receiver saw the forwarder&apos;s IP, not one the original domain authorises.</source>
        <comment>X.7.23|causes</comment>
        <translation>Một máy chủ chuyển tiếp đã relay thư, nên bên nhận thấy IP của máy chủ chuyển tiếp chứ không phải một IP được tên miền gốc cho phép.</translation>
    </message>
    <message>
        <source>A new outbound IP or newly enabled IPv6 was not added to an SPF record that ends in -all.</source>
        <comment>X.7.23|causes</comment>
        <translation>Một IP gửi đi mới hoặc IPv6 mới được bật chưa được thêm vào bản ghi SPF kết thúc bằng -all.</translation>
    </message>
    <message>
        <source>Read the SPF record of the envelope sender domain (the Return-Path), which may differ from the From domain.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Đọc bản ghi SPF của tên miền người gửi trên phong bì (Return-Path), vốn có thể khác tên miền From.</translation>
    </message>
    <message>
        <source>Find the rejected attempt in your log to see which relay refused it and which of your IPs was used.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Tìm lần thử bị từ chối trong nhật ký của bạn để xem relay nào đã từ chối và IP nào của bạn đã được sử dụng.</translation>
    </message>
    <message>
        <source>If the server has IPv6, check its address; an IPv6 connection needs an ip6: entry or a matching mechanism.</source>
        <comment>X.7.23|checks.step</comment>
        <translation>Nếu máy chủ có IPv6, kiểm tra địa chỉ đó; kết nối IPv6 cần một mục ip6: hoặc một cơ chế (mechanism) SPF khớp với nó.</translation>
    </message>
    <message>
        <source>Gmail uses 4.7.23 for a reverse DNS problem, not SPF: the connecting IP has no PTR record, or the PTR name does not resolve back to that IP. Mail is deferred until forward and reverse DNS match; Gmail&apos;s permanent form of the same problem is 5.7.25.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Gmail dùng 4.7.23 cho vấn đề DNS ngược, không phải SPF: IP đang kết nối không có bản ghi PTR, hoặc tên trong PTR không phân giải ngược lại đúng IP đó. Thư bị trì hoãn cho tới khi DNS xuôi và DNS ngược khớp nhau; dạng vĩnh viễn của cùng vấn đề này ở Gmail là 5.7.25.</translation>
    </message>
    <message>
        <source>Used in Microsoft 365 non-delivery reports when the destination server refused the message for SPF reasons; the remote server&apos;s own reply usually follows after an arrow (-&gt;) and names the receiving system&apos;s reason.</source>
        <comment>X.7.23|providers.meaning</comment>
        <translation>Được dùng trong báo cáo không chuyển phát được (NDR) của Microsoft 365 khi máy chủ đích từ chối thư vì lý do SPF; phản hồi riêng của máy chủ từ xa thường nằm sau một mũi tên (-&gt;) và nêu lý do của hệ thống nhận.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <comment>X.7.24|title</comment>
        <translation>Lỗi khi kiểm tra SPF</translation>
    </message>
    <message>
        <source>The receiver could not complete the SPF check because of an error, not a fail. As 4.7.24 (with 451) it is SPF temperror, usually a DNS timeout while fetching the record; as 5.7.24 (with 550) it is SPF permerror, meaning the record itself is broken: bad syntax, two SPF records, or more than ten DNS lookups. RFC 7372 assigns these in place of 4.4.3 and 5.5.2.</source>
        <comment>X.7.24|summary</comment>
        <translation>Bên nhận không thể hoàn tất việc kiểm tra SPF vì gặp lỗi, chứ không phải vì kết quả fail. Ở dạng 4.7.24 (đi với 451), đây là SPF temperror, thường do hết thời gian chờ DNS khi lấy bản ghi; ở dạng 5.7.24 (đi với 550), đây là SPF permerror, nghĩa là chính bản ghi bị hỏng: sai cú pháp, có hai bản ghi SPF, hoặc cần hơn mười lượt truy vấn DNS. RFC 7372 cấp các mã này thay cho 4.4.3 và 5.5.2.</translation>
    </message>
    <message>
        <source>After MAIL FROM or at the end of DATA, on receivers that act on SPF errors. The permanent form usually follows an edit to the SPF record (one more include pushing it past ten lookups, a typo, a second v=spf1 record); the temporary form shows up while the sender domain&apos;s name servers are slow or unreachable.</source>
        <comment>X.7.24|whenSeen</comment>
        <translation>Sau MAIL FROM hoặc ở cuối DATA, trên các bên nhận có xử lý theo lỗi SPF. Dạng vĩnh viễn thường xuất hiện sau khi bản ghi SPF được chỉnh sửa (thêm một include khiến tổng số vượt quá mười lượt truy vấn, gõ nhầm, thêm một bản ghi v=spf1 thứ hai); dạng tạm thời xuất hiện khi các máy chủ tên miền của tên miền người gửi chậm hoặc không truy cập được.</translation>
    </message>
    <message>
        <source>For 5.7.24 the sender&apos;s admin repairs the record: merge everything into one v=spf1 TXT record, fix the syntax, and remove or flatten includes until no more than ten mechanisms need DNS lookups. For 4.7.24 check that the domain&apos;s authoritative name servers answer quickly from outside; if they do, the problem may be at the receiver and the queue will deliver on a later attempt.</source>
        <comment>X.7.24|howToFix</comment>
        <translation>Với 5.7.24, quản trị viên phía người gửi sửa bản ghi: gộp mọi thứ vào một bản ghi TXT v=spf1 duy nhất, sửa cú pháp, và bỏ bớt hoặc làm phẳng (flatten) các include cho tới khi không quá mười cơ chế cần truy vấn DNS. Với 4.7.24, kiểm tra rằng các máy chủ tên miền có thẩm quyền (authoritative) của tên miền trả lời nhanh khi truy vấn từ bên ngoài; nếu đúng vậy, vấn đề có thể nằm ở phía nhận và hàng đợi sẽ chuyển phát được ở một lần thử sau.</translation>
    </message>
    <message>
        <source>On 4.7.24 retry with normal backoff; DNS timeouts usually clear. On 5.7.24 do not retry until the SPF record is fixed, because every attempt will hit the same permanent error.</source>
        <comment>X.7.24|retry</comment>
        <translation>Với 4.7.24, thử lại với khoảng chờ tăng dần như bình thường; lỗi hết thời gian chờ DNS thường tự hết. Với 5.7.24, đừng thử lại cho tới khi bản ghi SPF được sửa, vì lần thử nào cũng sẽ gặp cùng một lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>The SPF record needs more than ten DNS lookups once every include, a, mx, ptr, exists and redirect is counted.</source>
        <comment>X.7.24|causes</comment>
        <translation>Bản ghi SPF cần hơn mười lượt truy vấn DNS khi tính hết mọi include, a, mx, ptr, exists và redirect.</translation>
    </message>
    <message>
        <source>The domain publishes two separate v=spf1 TXT records, which makes the result a permanent error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Tên miền công bố hai bản ghi TXT v=spf1 riêng biệt, khiến kết quả trở thành lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <source>The record contains a syntax mistake such as a hostname after ip4:, a misspelled mechanism or a stray character.</source>
        <comment>X.7.24|causes</comment>
        <translation>Bản ghi có lỗi cú pháp, chẳng hạn tên máy chủ đặt sau ip4:, cơ chế viết sai chính tả hoặc một ký tự thừa.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers time out or answer SERVFAIL, so the receiver gets a temporary error.</source>
        <comment>X.7.24|causes</comment>
        <translation>Các máy chủ tên miền của tên miền bị hết thời gian chờ hoặc trả lời SERVFAIL, nên bên nhận nhận được lỗi tạm thời.</translation>
    </message>
    <message>
        <source>List all TXT records at the envelope domain and make sure exactly one of them starts with v=spf1.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Liệt kê mọi bản ghi TXT tại tên miền phong bì và bảo đảm có đúng một bản ghi bắt đầu bằng v=spf1.</translation>
    </message>
    <message>
        <source>Expand each include: (and the includes inside it) and count every mechanism that costs a DNS lookup.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Mở rộng từng include: (và các include bên trong nó) và đếm mọi cơ chế tốn một lượt truy vấn DNS.</translation>
    </message>
    <message>
        <source>Ask each authoritative name server of the domain directly; one that times out explains a temperror.</source>
        <comment>X.7.24|checks.step</comment>
        <translation>Truy vấn trực tiếp từng máy chủ tên miền có thẩm quyền của tên miền; máy chủ nào bị hết thời gian chờ sẽ giải thích lỗi temperror.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25|title</comment>
        <translation>Kiểm tra DNS ngược thất bại</translation>
    </message>
    <message>
        <source>The connecting client&apos;s IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS). Receivers use this as a cheap filter against infected home machines and badly run servers. Permanent rejection.</source>
        <comment>X.7.25|summary</comment>
        <translation>Địa chỉ IP của máy khách đang kết nối không vượt qua bước kiểm tra DNS ngược của bên nhận: nó không có bản ghi PTR, hoặc tên trong bản ghi PTR không phân giải ngược lại đúng địa chỉ đó (DNS ngược được xác nhận bằng phân giải xuôi, forward-confirmed reverse DNS). Bên nhận dùng bước này như một bộ lọc rẻ tiền chống lại máy tính gia đình bị nhiễm mã độc và máy chủ vận hành kém. Lỗi từ chối vĩnh viễn.</translation>
    </message>
    <message>
        <source>Any time after the connection, most often in reply to MAIL FROM, RCPT TO or the end of DATA. Typical after moving a mail server to a new VPS or cloud address, after enabling IPv6 (the IPv6 address has no PTR), or when the PTR name points to a host whose A record was later changed. Gmail sends it as 550 5.7.25.</source>
        <comment>X.7.25|whenSeen</comment>
        <translation>Bất cứ lúc nào sau khi kết nối, thường gặp nhất trong phản hồi cho MAIL FROM, RCPT TO hoặc ở cuối DATA. Điển hình sau khi chuyển máy chủ thư sang một VPS hoặc địa chỉ cloud mới, sau khi bật IPv6 (địa chỉ IPv6 không có PTR), hoặc khi tên PTR trỏ tới một máy chủ mà bản ghi A của nó sau đó đã bị thay đổi. Gmail gửi mã này dưới dạng 550 5.7.25.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin asks whoever controls the IP address (hosting provider, ISP or cloud console; not the domain registrar) to set a PTR record naming the mail server, for example mail.example.com, and makes sure that name has an A or AAAA record pointing back to the same IP. The HELO name should be the same host name. Then resend.</source>
        <comment>X.7.25|howToFix</comment>
        <translation>Quản trị viên phía người gửi yêu cầu bên quản lý địa chỉ IP (nhà cung cấp hosting, ISP hoặc bảng điều khiển cloud; không phải nhà đăng ký tên miền) đặt bản ghi PTR mang tên máy chủ thư, ví dụ mail.example.com, và bảo đảm tên đó có bản ghi A hoặc AAAA trỏ ngược về đúng IP đó. Tên HELO nên trùng với tên máy chủ này. Sau đó gửi lại.</translation>
    </message>
    <message>
        <source>Do not retry unchanged from that IP address. Retry once the PTR and matching A or AAAA records exist and cached negative answers have expired.</source>
        <comment>X.7.25|retry</comment>
        <translation>Đừng thử lại nguyên trạng từ địa chỉ IP đó. Thử lại khi đã có bản ghi PTR và bản ghi A hoặc AAAA tương ứng, và các kết quả phủ định đã lưu trong bộ nhớ đệm (cache) đã hết hạn.</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record at all, which is common for new VPS and cloud addresses.</source>
        <comment>X.7.25|causes</comment>
        <translation>Địa chỉ IP gửi hoàn toàn không có bản ghi PTR, điều thường gặp với các địa chỉ VPS và cloud mới.</translation>
    </message>
    <message>
        <source>The PTR name exists but its A or AAAA record points to a different address, so the forward check fails.</source>
        <comment>X.7.25|causes</comment>
        <translation>Tên PTR có tồn tại nhưng bản ghi A hoặc AAAA của nó trỏ tới một địa chỉ khác, nên bước kiểm tra xuôi thất bại.</translation>
    </message>
    <message>
        <source>The server sends over IPv6 and only its IPv4 address has reverse DNS.</source>
        <comment>X.7.25|causes</comment>
        <translation>Máy chủ gửi qua IPv6 và chỉ địa chỉ IPv4 của nó có DNS ngược.</translation>
    </message>
    <message>
        <source>The PTR is a generic ISP name that the receiver treats as a dynamic or residential address.</source>
        <comment>X.7.25|causes</comment>
        <translation>PTR là một tên chung chung của ISP mà bên nhận coi là địa chỉ động hoặc địa chỉ dân dụng (hộ gia đình).</translation>
    </message>
    <message>
        <source>Look up the PTR record of the sending IP address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Tra bản ghi PTR của địa chỉ IP gửi.</translation>
    </message>
    <message>
        <source>Resolve the returned name forward and confirm it gives the same address.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Phân giải xuôi tên nhận được và xác nhận nó cho ra đúng địa chỉ đó.</translation>
    </message>
    <message>
        <source>Repeat the reverse lookup for the server&apos;s IPv6 address if it has one.</source>
        <comment>X.7.25|checks.step</comment>
        <translation>Lặp lại việc tra ngược cho địa chỉ IPv6 của máy chủ nếu có.</translation>
    </message>
    <message>
        <source>Compare with the HELO name your Postfix announces (Exim and others have an equivalent setting).</source>
        <comment>X.7.25|checks.step</comment>
        <translation>So sánh với tên HELO mà Postfix của bạn khai báo (Exim và các phần mềm khác có thiết lập tương đương).</translation>
    </message>
    <message>
        <source>Gmail&apos;s use matches the registry meaning and covers IPv4 and IPv6 senders; the temporary form of the same problem arrives as 4.7.23, not 4.7.25.</source>
        <comment>X.7.25|providers.meaning</comment>
        <translation>Cách dùng của Gmail khớp với nghĩa trong sổ đăng ký và áp dụng cho cả người gửi IPv4 lẫn IPv6; dạng tạm thời của cùng vấn đề này là 4.7.23, không phải 4.7.25.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26|title</comment>
        <translation>Nhiều bước kiểm tra xác thực cùng thất bại</translation>
    </message>
    <message>
        <source>The receiving server ran more than one sender-authentication check (SPF, DKIM, and usually DMARC on top) and the message failed them together. The code is a permanent rejection: the same message sent the same way will be refused again.</source>
        <comment>X.7.26|summary</comment>
        <translation>Máy chủ nhận đã chạy nhiều hơn một bước kiểm tra xác thực người gửi (SPF, DKIM, và thường thêm DMARC) và thư đồng thời không vượt qua các bước đó. Mã này là lỗi từ chối vĩnh viễn: cùng một thư gửi theo cùng một cách sẽ lại bị từ chối.</translation>
    </message>
    <message>
        <source>At the end of DATA, after the receiver has the whole message and can verify its signatures. Gmail made it famous: it has answered mail that fails the sender domain&apos;s DMARC policy, and mail with no usable SPF or DKIM result, with 550 5.7.26 for years, and its 2024 sender requirements made the reply far more common.</source>
        <comment>X.7.26|whenSeen</comment>
        <translation>Ở cuối DATA, sau khi bên nhận đã có toàn bộ thư và có thể xác minh các chữ ký. Gmail làm cho mã này trở nên nổi tiếng: từ nhiều năm nay Gmail trả 550 5.7.26 cho thư không đạt chính sách DMARC của tên miền người gửi và cho thư không có kết quả SPF hoặc DKIM dùng được, và các yêu cầu dành cho người gửi năm 2024 của Gmail đã khiến phản hồi này phổ biến hơn nhiều.</translation>
    </message>
    <message>
        <source>Fix authentication on the sending side, for the domain in the From header. Publish an SPF record that covers every server that sends for the domain, sign outgoing mail with DKIM using a key published in DNS, and make at least one of them align with the From domain so DMARC passes. Then send a test message and read its Authentication-Results header before resending the bounced mail.</source>
        <comment>X.7.26|howToFix</comment>
        <translation>Sửa phần xác thực ở phía gửi, cho tên miền trong header From. Công bố một bản ghi SPF bao gồm mọi máy chủ gửi thư cho tên miền, ký thư gửi đi bằng DKIM với khóa được công bố trong DNS, và làm cho ít nhất một trong hai được căn chỉnh (align) với tên miền From để DMARC đạt. Sau đó gửi một thư thử và đọc header Authentication-Results của nó trước khi gửi lại thư bị trả về.</translation>
    </message>
    <message>
        <source>Do not retry the same message unchanged: it will fail again. Resend only after the authentication records or signing have been fixed.</source>
        <comment>X.7.26|retry</comment>
        <translation>Đừng thử lại cùng một thư nguyên trạng: nó sẽ lại thất bại. Chỉ gửi lại sau khi các bản ghi xác thực hoặc việc ký đã được sửa.</translation>
    </message>
    <message>
        <source>No SPF record, or an SPF record that does not list the server or service that actually sent the message.</source>
        <comment>X.7.26|causes</comment>
        <translation>Không có bản ghi SPF, hoặc bản ghi SPF không liệt kê máy chủ hoặc dịch vụ thực sự đã gửi thư.</translation>
    </message>
    <message>
        <source>No DKIM signature, or a signature broken by a gateway, mailing list or footer that changed the message after signing.</source>
        <comment>X.7.26|causes</comment>
        <translation>Không có chữ ký DKIM, hoặc chữ ký bị hỏng do một gateway, danh sách thư hoặc chân trang đã thay đổi thư sau khi ký.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for a different domain than the From header, so DMARC alignment fails and the domain&apos;s DMARC policy says reject.</source>
        <comment>X.7.26|causes</comment>
        <translation>SPF và DKIM đạt cho một tên miền khác với tên miền trong header From, nên căn chỉnh DMARC thất bại và chính sách DMARC của tên miền yêu cầu từ chối (reject).</translation>
    </message>
    <message>
        <source>A newly added sending service (newsletter tool, CRM, ticket system) sends as the company domain without being authorised in DNS.</source>
        <comment>X.7.26|causes</comment>
        <translation>Một dịch vụ gửi mới được bổ sung (công cụ gửi bản tin, CRM, hệ thống ticket) gửi dưới danh nghĩa tên miền công ty mà không được cho phép trong DNS.</translation>
    </message>
    <message>
        <source>Read the sender domain&apos;s SPF record and make sure it lists the sending server&apos;s IP address or service include.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Đọc bản ghi SPF của tên miền người gửi và bảo đảm nó liệt kê địa chỉ IP của máy chủ gửi hoặc include của dịch vụ.</translation>
    </message>
    <message>
        <source>Check that the DKIM public key exists for the selector named in the message&apos;s DKIM-Signature header (s=).</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Kiểm tra rằng khóa công khai DKIM tồn tại cho selector được nêu trong header DKIM-Signature của thư (s=).</translation>
    </message>
    <message>
        <source>Read the domain&apos;s DMARC policy to see what the receiver was told to do with failures.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Đọc chính sách DMARC của tên miền để xem bên nhận được yêu cầu xử lý các thư thất bại như thế nào.</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox you control at a large provider and read the Authentication-Results header: spf=, dkim= and dmarc= must say pass.</source>
        <comment>X.7.26|checks.step</comment>
        <translation>Gửi thư thử tới một hộp thư bạn quản lý tại một nhà cung cấp lớn và đọc header Authentication-Results (kết quả xác thực): spf=, dkim= và dmarc= đều phải là pass.</translation>
    </message>
    <message>
        <source>Gmail sends 5.7.26 both when a message passes neither SPF nor DKIM and when it fails the From domain&apos;s DMARC policy; the text after the code says which.</source>
        <comment>X.7.26|providers.meaning</comment>
        <translation>Gmail gửi 5.7.26 cả khi thư không đạt SPF lẫn DKIM và khi thư không đạt chính sách DMARC của tên miền From; phần văn bản sau mã cho biết là trường hợp nào.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <comment>X.7.27|title</comment>
        <translation>Địa chỉ người gửi có null MX</translation>
    </message>
    <message>
        <source>The domain of the envelope sender, or of the From header, publishes a null MX record (MX 0 .), which declares that it never receives mail. A receiver may refuse such mail because bounces and replies could never reach the sender, and a domain that declares no mail service is a likely forgery. Defined in RFC 7505; permanent. This is the registry meaning; Gmail uses the same digits for SPF failures (see providers).</source>
        <comment>X.7.27|summary</comment>
        <translation>Tên miền của người gửi trên phong bì, hoặc của header From, công bố một bản ghi null MX (MX 0 .), tuyên bố rằng tên miền này không bao giờ nhận thư. Bên nhận có thể từ chối những thư như vậy vì thư báo trả về và thư trả lời sẽ không bao giờ đến được người gửi, và một tên miền tuyên bố không có dịch vụ thư thì nhiều khả năng đang bị giả mạo. Được định nghĩa trong RFC 7505; vĩnh viễn. Đây là nghĩa theo sổ đăng ký; Gmail dùng cùng các chữ số này cho lỗi SPF (xem phần nhà cung cấp).</translation>
    </message>
    <message>
        <source>In reply to MAIL FROM when the receiver checks the envelope domain&apos;s MX, or after DATA when it checks the From header&apos;s domain. Typical culprits are an application sending as noreply@ a domain whose DNS holds a null MX, and parked or send-only domains given a null MX by mistake.</source>
        <comment>X.7.27|whenSeen</comment>
        <translation>Trong phản hồi cho MAIL FROM khi bên nhận kiểm tra MX của tên miền phong bì, hoặc sau DATA khi nó kiểm tra tên miền của header From. Thủ phạm điển hình là một ứng dụng gửi dưới địa chỉ noreply@ thuộc một tên miền có null MX trong DNS, và các tên miền để trống (parked) hoặc chỉ dùng để gửi bị gán nhầm null MX.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin either removes the null MX and publishes a real MX for the domain used in MAIL FROM and From, or changes the application to send from a domain that does accept mail (a bounce subdomain with its own MX works). RFC 7505 says domains used as senders should not publish a null MX.</source>
        <comment>X.7.27|howToFix</comment>
        <translation>Quản trị viên phía người gửi hoặc gỡ null MX và công bố một MX thực cho tên miền dùng trong MAIL FROM và From, hoặc đổi ứng dụng sang gửi từ một tên miền có nhận thư (một tên miền con dành cho thư báo trả về với MX riêng là được). RFC 7505 nói rằng các tên miền dùng để gửi thư không nên công bố null MX.</translation>
    </message>
    <message>
        <source>Do not retry the registry 5.7.27 unchanged: the null MX is a deliberate DNS statement. Gmail&apos;s 4.7.27 deferral is retried normally, but it only succeeds after SPF passes.</source>
        <comment>X.7.27|retry</comment>
        <translation>Đừng thử lại nguyên trạng với 5.7.27 theo nghĩa sổ đăng ký: null MX là một khai báo DNS có chủ đích. Lỗi trì hoãn 4.7.27 của Gmail được thử lại như bình thường, nhưng chỉ thành công sau khi SPF đạt.</translation>
    </message>
    <message>
        <source>A send-only domain was given a null MX so that it would receive nothing, but it is still used in MAIL FROM or From.</source>
        <comment>X.7.27|causes</comment>
        <translation>Một tên miền chỉ dùng để gửi được gán null MX để không nhận gì, nhưng vẫn được dùng trong MAIL FROM hoặc From.</translation>
    </message>
    <message>
        <source>A DNS template for parked or unused domains added MX 0 . to a domain that later started sending mail.</source>
        <comment>X.7.27|causes</comment>
        <translation>Một mẫu DNS dành cho tên miền để trống hoặc không dùng đã thêm MX 0 . vào một tên miền mà sau này lại bắt đầu gửi thư.</translation>
    </message>
    <message>
        <source>Spam or phishing forging a null-MX domain, in which case the rejection is doing its job.</source>
        <comment>X.7.27|causes</comment>
        <translation>Thư rác hoặc thư lừa đảo (phishing) giả mạo một tên miền có null MX; trong trường hợp này lời từ chối đang làm đúng nhiệm vụ.</translation>
    </message>
    <message>
        <source>Look up the MX of the envelope and From domains; a single answer of 0 . is a null MX.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Tra MX của tên miền phong bì và tên miền From; một kết quả duy nhất là 0 . chính là null MX.</translation>
    </message>
    <message>
        <source>Check which domain your Postfix appends to locally generated sender addresses, since an application&apos;s envelope sender can differ from its From address.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Kiểm tra xem Postfix của bạn nối tên miền nào vào các địa chỉ người gửi được tạo cục bộ, vì người gửi trên phong bì của một ứng dụng có thể khác địa chỉ From của nó.</translation>
    </message>
    <message>
        <source>After publishing a real MX, confirm the host it names accepts connections on port 25.</source>
        <comment>X.7.27|checks.step</comment>
        <translation>Sau khi công bố một MX thực, xác nhận rằng máy chủ mà nó trỏ tới nhận kết nối trên cổng 25.</translation>
    </message>
    <message>
        <source>Nothing to do with null MX: Gmail sends 4.7.27 (deferral) and 5.7.27 (rejection) when the message did not pass SPF under its sender requirements. Fix the SPF record of the envelope domain, and ignore the registry title.</source>
        <comment>X.7.27|providers.meaning</comment>
        <translation>Không liên quan gì đến null MX: Gmail gửi 4.7.27 (trì hoãn) và 5.7.27 (từ chối) khi thư không vượt qua SPF theo các yêu cầu dành cho người gửi của Gmail. Hãy sửa bản ghi SPF của tên miền phong bì và bỏ qua tên gọi trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <comment>X.7.28|title</comment>
        <translation>Phát hiện thư gửi ồ ạt (mail flood)</translation>
    </message>
    <message>
        <source>The receiver believes the message is part of a flood of similar abusive messages, typically a mail bomb in which one address receives hundreds of sign-up confirmations triggered by forged web-form submissions. 4.7.28 defers the message and 5.7.28 refuses it. IANA registered the code from an Internet-Draft by John Levine that was never published as an RFC.</source>
        <comment>X.7.28|summary</comment>
        <translation>Bên nhận cho rằng thư là một phần của một đợt gửi ồ ạt các thư lạm dụng tương tự nhau, thường là một vụ “bom thư” (mail bomb), trong đó một địa chỉ nhận hàng trăm thư xác nhận đăng ký do các lần gửi biểu mẫu web giả mạo gây ra. 4.7.28 trì hoãn thư, còn 5.7.28 từ chối thư. IANA đã đăng ký mã này từ một Internet-Draft của John Levine chưa bao giờ được công bố thành RFC.</translation>
    </message>
    <message>
        <source>At RCPT TO or at the end of DATA, when a receiver sees a burst of near-identical messages to one recipient or from one source. Senders meet it when their newsletter sign-up, password reset or contact form has been abused to bombard a victim. Gmail also uses 4.7.28, for its own spam rate limiting (see providers).</source>
        <comment>X.7.28|whenSeen</comment>
        <translation>Tại RCPT TO hoặc ở cuối DATA, khi bên nhận thấy một loạt thư gần như giống hệt nhau gửi tới một người nhận hoặc từ một nguồn. Người gửi gặp mã này khi biểu mẫu đăng ký bản tin, đặt lại mật khẩu hoặc liên hệ của họ bị lạm dụng để dội thư vào một nạn nhân. Gmail cũng dùng 4.7.28 cho cơ chế giới hạn tốc độ chống thư rác của riêng mình (xem phần nhà cung cấp).</translation>
    </message>
    <message>
        <source>The sender&apos;s admin stops the flood at the source: add a CAPTCHA or rate limit to the web form, send at most one confirmation per address in a given period, and delete queued confirmations to the targeted address. For Gmail&apos;s 4.7.28, reduce the volume from the affected IP or domain, drop unengaged recipients and watch the spam rate in Postmaster Tools.</source>
        <comment>X.7.28|howToFix</comment>
        <translation>Quản trị viên phía người gửi chặn đợt thư ngay tại nguồn: thêm CAPTCHA hoặc giới hạn tốc độ cho biểu mẫu web, gửi tối đa một thư xác nhận cho mỗi địa chỉ trong một khoảng thời gian nhất định, và xóa các thư xác nhận đang chờ trong hàng đợi gửi tới địa chỉ bị nhắm đến. Với 4.7.28 của Gmail, hãy giảm lưu lượng từ IP hoặc tên miền bị ảnh hưởng, loại bỏ những người nhận không tương tác và theo dõi tỷ lệ thư rác trong Postmaster Tools.</translation>
    </message>
    <message>
        <source>On 4.7.28 retry at growing intervals and a lower sending rate; hammering makes it worse. On 5.7.28 do not resend the same message, which the receiver has classed as part of an abusive flood.</source>
        <comment>X.7.28|retry</comment>
        <translation>Với 4.7.28, thử lại với khoảng cách tăng dần và tốc độ gửi thấp hơn; dồn dập thử lại chỉ làm tình hình tệ hơn. Với 5.7.28, đừng gửi lại cùng một thư, vì bên nhận đã xếp nó vào một đợt gửi ồ ạt mang tính lạm dụng.</translation>
    </message>
    <message>
        <source>A bot submitted the sender&apos;s sign-up or contact form many times with the victim&apos;s address.</source>
        <comment>X.7.28|causes</comment>
        <translation>Một bot đã gửi biểu mẫu đăng ký hoặc liên hệ của người gửi nhiều lần với địa chỉ của nạn nhân.</translation>
    </message>
    <message>
        <source>An application bug or loop sent the same notification to one recipient over and over.</source>
        <comment>X.7.28|causes</comment>
        <translation>Một lỗi hoặc vòng lặp trong ứng dụng đã gửi đi gửi lại cùng một thông báo tới một người nhận.</translation>
    </message>
    <message>
        <source>A compromised account or script on the sending server mass-mailed near-identical messages.</source>
        <comment>X.7.28|causes</comment>
        <translation>Một tài khoản hoặc script bị xâm nhập trên máy chủ gửi đã gửi hàng loạt thư gần như giống hệt nhau.</translation>
    </message>
    <message>
        <source>At Gmail: a rise in unsolicited-looking mail from the sending IP address or authenticated domain.</source>
        <comment>X.7.28|causes</comment>
        <translation>Tại Gmail: lượng thư trông giống thư không mong muốn tăng lên từ địa chỉ IP gửi hoặc từ tên miền đã xác thực.</translation>
    </message>
    <message>
        <source>Count how many messages your server sent to the affected address recently.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Đếm xem gần đây máy chủ của bạn đã gửi bao nhiêu thư tới địa chỉ bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Check the summary line of the queue for a build-up of waiting messages.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Xem dòng tổng kết của hàng đợi để phát hiện thư chờ bị dồn ứ.</translation>
    </message>
    <message>
        <source>Look in the web server log for bursts of form submissions, which point to a bot using your form.</source>
        <comment>X.7.28|checks.step</comment>
        <translation>Tìm trong nhật ký máy chủ web các đợt gửi biểu mẫu dồn dập, dấu hiệu cho thấy một bot đang dùng biểu mẫu của bạn.</translation>
    </message>
    <message>
        <source>A reputation rate limit rather than a mail-bomb verdict: Gmail has seen too much unsolicited-looking mail from your IP address, or from your DKIM or SPF domain (longer variants of the text say which), and slows acceptance. It clears as the reputation recovers.</source>
        <comment>X.7.28|providers.meaning</comment>
        <translation>Một giới hạn tốc độ dựa trên uy tín chứ không phải kết luận về bom thư: Gmail đã thấy quá nhiều thư trông giống thư không mong muốn từ địa chỉ IP của bạn, hoặc từ tên miền DKIM hay SPF của bạn (các biến thể dài hơn của văn bản phản hồi cho biết là cái nào), và làm chậm việc nhận thư. Tình trạng này hết khi uy tín được phục hồi.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <comment>X.7.29|title</comment>
        <translation>Xác thực ARC thất bại</translation>
    </message>
    <message>
        <source>The message carried Authenticated Received Chain headers (RFC 8617, an Experimental RFC) and the chain did not validate, so the receiver could not trust the authentication results recorded by the intermediaries it passed through. A receiver may refuse such mail, especially when it also fails DMARC. This is the registry meaning; Gmail uses the same digits for mail sent without TLS (see providers).</source>
        <comment>X.7.29|summary</comment>
        <translation>Thư mang các header Authenticated Received Chain (RFC 8617, một RFC thuộc loại Experimental – thử nghiệm) và chuỗi này không xác thực được, nên bên nhận không thể tin vào các kết quả xác thực do những hệ thống trung gian mà thư đi qua ghi lại. Bên nhận có thể từ chối những thư như vậy, nhất là khi thư cũng không đạt DMARC. Đây là nghĩa theo sổ đăng ký; Gmail dùng cùng các chữ số này cho thư được gửi không qua TLS (xem phần nhà cung cấp).</translation>
    </message>
    <message>
        <source>At the end of DATA, on mail that went through a mailing list, forwarding service or security gateway that adds ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results headers. Rare in practice: most receivers use ARC only as a hint when DMARC fails, so a broken chain seldom causes a rejection by itself.</source>
        <comment>X.7.29|whenSeen</comment>
        <translation>Ở cuối DATA, với thư đã đi qua một danh sách thư, dịch vụ chuyển tiếp thư hoặc gateway bảo mật có thêm các header ARC-Seal, ARC-Message-Signature và ARC-Authentication-Results (kết quả xác thực ARC). Hiếm gặp trong thực tế: hầu hết bên nhận chỉ dùng ARC như một gợi ý khi DMARC thất bại, nên một chuỗi bị hỏng hiếm khi tự nó gây ra lời từ chối.</translation>
    </message>
    <message>
        <source>The admin of the intermediary whose ARC set fails (often a list server or gateway) fixes its ARC sealing: a published key for its selector, correct instance numbers, and no changes to the message after sealing. The original sender cannot repair another system&apos;s chain: send the bounce with full headers to the list or forwarder operator.</source>
        <comment>X.7.29|howToFix</comment>
        <translation>Quản trị viên của hệ thống trung gian có bộ ARC không hợp lệ (thường là máy chủ danh sách thư hoặc gateway) sửa việc niêm phong (sealing) ARC của mình: khóa được công bố cho selector, số thứ tự instance chính xác, và không thay đổi thư sau khi niêm phong. Người gửi ban đầu không thể sửa chuỗi của hệ thống khác: hãy gửi thư báo trả về kèm đầy đủ header cho bên vận hành danh sách thư hoặc dịch vụ chuyển tiếp thư.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.29 unchanged: the broken chain is part of the message and fails again. A Gmail 4.7.29 deferral succeeds on retry only once the connection uses TLS.</source>
        <comment>X.7.29|retry</comment>
        <translation>Đừng thử lại nguyên trạng với 5.7.29 theo nghĩa sổ đăng ký: chuỗi bị hỏng là một phần của thư và sẽ lại thất bại. Lỗi trì hoãn 4.7.29 của Gmail chỉ thành công khi thử lại nếu kết nối đã dùng TLS.</translation>
    </message>
    <message>
        <source>An intermediary modified the message after adding its ARC set, breaking its ARC-Message-Signature.</source>
        <comment>X.7.29|causes</comment>
        <translation>Một hệ thống trung gian đã sửa thư sau khi thêm bộ ARC của mình, làm hỏng ARC-Message-Signature của chính nó.</translation>
    </message>
    <message>
        <source>The public key for the selector named in an ARC-Seal is missing from DNS.</source>
        <comment>X.7.29|causes</comment>
        <translation>Khóa công khai cho selector nêu trong một ARC-Seal không có trong DNS.</translation>
    </message>
    <message>
        <source>An ARC set is missing or out of order (instance numbers i=1, i=2 and so on not continuous), which invalidates the chain.</source>
        <comment>X.7.29|causes</comment>
        <translation>Một bộ ARC bị thiếu hoặc sai thứ tự (các số instance i=1, i=2, v.v. không liên tục), khiến chuỗi mất hiệu lực.</translation>
    </message>
    <message>
        <source>A later hop sealed with cv=fail, marking the chain as already broken.</source>
        <comment>X.7.29|causes</comment>
        <translation>Một chặng phía sau đã niêm phong với cv=fail, đánh dấu chuỗi là đã bị hỏng từ trước.</translation>
    </message>
    <message>
        <source>List the ARC headers with their i= instance numbers and the cv= result in each ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Liệt kê các header ARC cùng số instance i= của chúng và kết quả cv= trong từng ARC-Seal.</translation>
    </message>
    <message>
        <source>Verify the chain on a saved copy of the message (python3-dkim provides arcverify).</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Xác minh chuỗi trên một bản sao đã lưu của thư (python3-dkim cung cấp arcverify).</translation>
    </message>
    <message>
        <source>Fetch the key for the s= and d= of the failing ARC-Seal.</source>
        <comment>X.7.29|checks.step</comment>
        <translation>Truy vấn khóa ứng với s= và d= của ARC-Seal bị lỗi.</translation>
    </message>
    <message>
        <source>Nothing to do with ARC: Gmail sends 4.7.29 (deferral) and 5.7.29 (rejection) when the message reached it over a connection without TLS. Make the sending MTA use STARTTLS towards Gmail&apos;s MX hosts, and check every relay on the outbound path.</source>
        <comment>X.7.29|providers.meaning</comment>
        <translation>Không liên quan gì đến ARC: Gmail gửi 4.7.29 (hoãn) và 5.7.29 (từ chối) khi thư đến Gmail qua một kết nối không có TLS. Hãy cấu hình MTA gửi dùng STARTTLS khi gửi tới các máy chủ MX của Gmail, và kiểm tra mọi relay trên đường thư đi.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30|title</comment>
        <translation>Yêu cầu hỗ trợ REQUIRETLS</translation>
    </message>
    <message>
        <source>The message was sent with the REQUIRETLS option (RFC 8689), which demands verified TLS and REQUIRETLS support on every hop, and a server could not find a next hop that offers it. Instead of dropping the protection, the message is returned. Permanent. This is the registry meaning; Gmail uses the same digits for DKIM failures (see providers).</source>
        <comment>X.7.30|summary</comment>
        <translation>Thư được gửi với tùy chọn REQUIRETLS (RFC 8689), vốn đòi hỏi TLS đã được xác minh và hỗ trợ REQUIRETLS trên mọi chặng, và một máy chủ không tìm được chặng kế tiếp nào đáp ứng điều đó. Thay vì bỏ qua cơ chế bảo vệ, thư bị trả về. Vĩnh viễn. Đây là nghĩa theo sổ đăng ký; Gmail dùng cùng các chữ số này cho lỗi DKIM (xem phần nhà cung cấp).</translation>
    </message>
    <message>
        <source>Mostly in a bounce (DSN) from the sender&apos;s own outbound relay or a later hop, after the next server&apos;s EHLO reply did not list REQUIRETLS; some implementations also use it when refusing MAIL FROM ... REQUIRETLS directly. Still rare, because few servers implement REQUIRETLS (Postfix documents support for it in recent versions).</source>
        <comment>X.7.30|whenSeen</comment>
        <translation>Chủ yếu trong thư báo trả về (DSN) từ chính relay thư đi của người gửi hoặc từ một chặng phía sau, khi phản hồi EHLO của máy chủ kế tiếp không liệt kê REQUIRETLS; một số triển khai cũng dùng mã này khi trực tiếp từ chối MAIL FROM ... REQUIRETLS. Vẫn còn hiếm, vì ít máy chủ triển khai REQUIRETLS (tài liệu của Postfix ghi nhận có hỗ trợ trong các phiên bản gần đây).</translation>
    </message>
    <message>
        <source>The sender decides. If the content must not cross an unencrypted or unverified link, keep it off email to this recipient, or ask the recipient&apos;s admin to enable REQUIRETLS together with DANE or MTA-STS. Otherwise resend without REQUIRETLS, which the sending client or the organisation&apos;s mail policy controls.</source>
        <comment>X.7.30|howToFix</comment>
        <translation>Người gửi quyết định. Nếu nội dung không được phép đi qua một liên kết không mã hóa hoặc chưa được xác minh, đừng gửi nó qua email tới người nhận này, hoặc đề nghị quản trị viên phía người nhận bật REQUIRETLS cùng với DANE hoặc MTA-STS. Nếu không, hãy gửi lại không kèm REQUIRETLS, là điều do máy khách gửi hoặc chính sách thư của tổ chức kiểm soát.</translation>
    </message>
    <message>
        <source>Do not retry a registry 5.7.30: the path will not gain REQUIRETLS support between attempts. A Gmail 4.7.30 deferral is retried normally but only succeeds after DKIM passes.</source>
        <comment>X.7.30|retry</comment>
        <translation>Đừng thử lại 5.7.30 theo nghĩa sổ đăng ký: đường đi sẽ không tự có hỗ trợ REQUIRETLS giữa các lần thử. Lỗi trì hoãn 4.7.30 của Gmail được thử lại như bình thường nhưng chỉ thành công sau khi DKIM đạt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server does not advertise REQUIRETLS, which is still true of most servers.</source>
        <comment>X.7.30|causes</comment>
        <translation>Máy chủ thư của người nhận không quảng bá REQUIRETLS, điều vẫn đúng với đa số máy chủ.</translation>
    </message>
    <message>
        <source>A relay on the path, such as an outbound filtering service or smart host, does not support REQUIRETLS.</source>
        <comment>X.7.30|causes</comment>
        <translation>Một relay trên đường đi, chẳng hạn dịch vụ lọc thư đi hoặc smart host, không hỗ trợ REQUIRETLS.</translation>
    </message>
    <message>
        <source>The sending client sets REQUIRETLS on all mail, including to recipients whose servers cannot honour it.</source>
        <comment>X.7.30|causes</comment>
        <translation>Máy khách gửi đặt REQUIRETLS cho mọi thư, kể cả thư tới những người nhận có máy chủ không đáp ứng được.</translation>
    </message>
    <message>
        <source>Find the MX hosts of the recipient domain.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Tìm các máy chủ MX của tên miền người nhận.</translation>
    </message>
    <message>
        <source>Check whether the MX lists REQUIRETLS in the EHLO reply it gives after STARTTLS.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Kiểm tra xem MX có liệt kê REQUIRETLS trong phản hồi EHLO mà nó đưa ra sau STARTTLS không.</translation>
    </message>
    <message>
        <source>Read the Reporting-MTA and Remote-MTA fields of the bounce to see which hop gave up, and whether it is your own relay.</source>
        <comment>X.7.30|checks.step</comment>
        <translation>Đọc các trường Reporting-MTA và Remote-MTA của thư báo trả về để xem chặng nào đã bỏ cuộc, và đó có phải relay của chính bạn không.</translation>
    </message>
    <message>
        <source>Nothing to do with REQUIRETLS: Gmail sends 4.7.30 (deferral) and 5.7.30 (rejection) when the message did not pass DKIM under its sender requirements. Sign outgoing mail with DKIM for your domain and publish the key.</source>
        <comment>X.7.30|providers.meaning</comment>
        <translation>Không liên quan gì đến REQUIRETLS: Gmail gửi 4.7.30 (trì hoãn) và 5.7.30 (từ chối) khi thư không vượt qua DKIM theo các yêu cầu dành cho người gửi của Gmail. Hãy ký thư gửi đi bằng DKIM cho tên miền của bạn và công bố khóa.</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>101|keywords</comment>
        <translation>không kết nối được máy chủ SMTP</translation>
    </message>
    <message>
        <source>socket error 10051</source>
        <comment>101|keywords</comment>
        <translation>lỗi socket 10051</translation>
    </message>
    <message>
        <source>cannot connect to SMTP server</source>
        <comment>111|keywords</comment>
        <translation>không kết nối được máy chủ SMTP</translation>
    </message>
    <message>
        <source>sent but not received</source>
        <comment>250|keywords</comment>
        <translation>đã gửi nhưng không nhận được</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>450|keywords</comment>
        <translation>graylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>450|keywords</comment>
        <translation>trả về tạm thời (soft bounce)</translation>
    </message>
    <message>
        <source>graylisting</source>
        <comment>451|keywords</comment>
        <translation>graylisting</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <comment>451|keywords</comment>
        <translation>trả về tạm thời (soft bounce)</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <comment>454|keywords</comment>
        <translation>STARTTLS thất bại</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>511|keywords</comment>
        <translation>người dùng không tồn tại</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>511|keywords</comment>
        <translation>người nhận không hợp lệ</translation>
    </message>
    <message>
        <source>nonexistent address</source>
        <comment>511|keywords</comment>
        <translation>địa chỉ không tồn tại</translation>
    </message>
    <message>
        <source>invalid address format</source>
        <comment>513|keywords</comment>
        <translation>định dạng địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>534|keywords</comment>
        <translation>ứng dụng kém an toàn</translation>
    </message>
    <message>
        <source>two-factor authentication (2FA)</source>
        <comment>534|keywords</comment>
        <translation>xác thực hai yếu tố (2FA)</translation>
    </message>
    <message>
        <source>incorrect password</source>
        <comment>535|keywords</comment>
        <translation>sai mật khẩu</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>550|keywords</comment>
        <translation>người dùng không tồn tại</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>550|keywords</comment>
        <translation>bị đưa vào danh sách chặn (blacklist)</translation>
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
        <translation>trả về vĩnh viễn (hard bounce)</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>552|keywords</comment>
        <translation>thư quá lớn</translation>
    </message>
    <message>
        <source>attachment too big</source>
        <comment>552|keywords</comment>
        <translation>tệp đính kèm quá lớn</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>554|keywords</comment>
        <translation>bị đưa vào danh sách chặn (blacklist)</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <comment>554|keywords</comment>
        <translation>DNSBL</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <comment>554|keywords</comment>
        <translation>trả về vĩnh viễn (hard bounce)</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>571|keywords</comment>
        <translation>bị đưa vào danh sách chặn (blacklist)</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <comment>X.0.0|keywords</comment>
        <translation>lỗi không xác định</translation>
    </message>
    <message>
        <source>invalid address</source>
        <comment>X.1.0|keywords</comment>
        <translation>địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>X.1.1|keywords</comment>
        <translation>người dùng không tồn tại</translation>
    </message>
    <message>
        <source>invalid recipient</source>
        <comment>X.1.1|keywords</comment>
        <translation>người nhận không hợp lệ</translation>
    </message>
    <message>
        <source>recipient not found</source>
        <comment>X.1.1|keywords</comment>
        <translation>không tìm thấy người nhận</translation>
    </message>
    <message>
        <source>address does not exist</source>
        <comment>X.1.1|keywords</comment>
        <translation>địa chỉ không tồn tại</translation>
    </message>
    <message>
        <source>nonexistent email address</source>
        <comment>X.1.1|keywords</comment>
        <translation>địa chỉ email không tồn tại</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <comment>X.1.2|keywords</comment>
        <translation>tên miền không tồn tại</translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <comment>X.1.2|keywords</comment>
        <translation>NXDOMAIN</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.1.2|keywords</comment>
        <translation>không có bản ghi MX</translation>
    </message>
    <message>
        <source>invalid email address</source>
        <comment>X.1.3|keywords</comment>
        <translation>địa chỉ email không hợp lệ</translation>
    </message>
    <message>
        <source>malformed address</source>
        <comment>X.1.3|keywords</comment>
        <translation>địa chỉ sai định dạng</translation>
    </message>
    <message>
        <source>account closed</source>
        <comment>X.1.6|keywords</comment>
        <translation>tài khoản đã đóng</translation>
    </message>
    <message>
        <source>employee left the company</source>
        <comment>X.1.6|keywords</comment>
        <translation>nhân viên đã nghỉ việc</translation>
    </message>
    <message>
        <source>invalid sender address</source>
        <comment>X.1.7|keywords</comment>
        <translation>địa chỉ người gửi không hợp lệ</translation>
    </message>
    <message>
        <source>malformed MAIL FROM</source>
        <comment>X.1.7|keywords</comment>
        <translation>MAIL FROM sai định dạng</translation>
    </message>
    <message>
        <source>sender domain does not exist</source>
        <comment>X.1.8|keywords</comment>
        <translation>tên miền người gửi không tồn tại</translation>
    </message>
    <message>
        <source>RFC 7505</source>
        <comment>X.1.10|keywords</comment>
        <translation>RFC 7505</translation>
    </message>
    <message>
        <source>mailbox error</source>
        <comment>X.2.0|keywords</comment>
        <translation>lỗi hộp thư</translation>
    </message>
    <message>
        <source>account disabled</source>
        <comment>X.2.1|keywords</comment>
        <translation>tài khoản bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>mailbox deactivated</source>
        <comment>X.2.1|keywords</comment>
        <translation>hộp thư bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>X.2.2|keywords</comment>
        <translation>vượt hạn mức</translation>
    </message>
    <message>
        <source>inbox full</source>
        <comment>X.2.2|keywords</comment>
        <translation>hộp thư đến đầy</translation>
    </message>
    <message>
        <source>no storage space left</source>
        <comment>X.2.2|keywords</comment>
        <translation>hết dung lượng lưu trữ</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>thư quá lớn</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.2.3|keywords</comment>
        <translation>tệp đính kèm quá lớn</translation>
    </message>
    <message>
        <source>distribution list</source>
        <comment>X.2.4|keywords</comment>
        <translation>danh sách phân phối</translation>
    </message>
    <message>
        <source>internal server error</source>
        <comment>X.3.0|keywords</comment>
        <translation>lỗi máy chủ nội bộ</translation>
    </message>
    <message>
        <source>disk full</source>
        <comment>X.3.1|keywords</comment>
        <translation>đầy ổ đĩa</translation>
    </message>
    <message>
        <source>out of disk space</source>
        <comment>X.3.1|keywords</comment>
        <translation>hết dung lượng đĩa</translation>
    </message>
    <message>
        <source>mail server down</source>
        <comment>X.3.2|keywords</comment>
        <translation>máy chủ thư bị sập</translation>
    </message>
    <message>
        <source>message too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>thư quá lớn</translation>
    </message>
    <message>
        <source>attachment too large</source>
        <comment>X.3.4|keywords</comment>
        <translation>tệp đính kèm quá lớn</translation>
    </message>
    <message>
        <source>misconfigured mail server</source>
        <comment>X.3.5|keywords</comment>
        <translation>máy chủ thư cấu hình sai</translation>
    </message>
    <message>
        <source>routing error</source>
        <comment>X.4.0|keywords</comment>
        <translation>lỗi định tuyến</translation>
    </message>
    <message>
        <source>network error</source>
        <comment>X.4.0|keywords</comment>
        <translation>lỗi mạng</translation>
    </message>
    <message>
        <source>server not responding</source>
        <comment>X.4.1|keywords</comment>
        <translation>máy chủ không phản hồi</translation>
    </message>
    <message>
        <source>cannot connect to mail server</source>
        <comment>X.4.1|keywords</comment>
        <translation>không kết nối được tới máy chủ thư</translation>
    </message>
    <message>
        <source>port 25 blocked</source>
        <comment>X.4.1|keywords</comment>
        <translation>cổng 25 bị chặn</translation>
    </message>
    <message>
        <source>connection reset</source>
        <comment>X.4.2|keywords</comment>
        <translation>kết nối bị đặt lại</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <comment>X.4.2|keywords</comment>
        <translation>kết nối bị ngắt</translation>
    </message>
    <message>
        <source>DNS error</source>
        <comment>X.4.3|keywords</comment>
        <translation>lỗi DNS</translation>
    </message>
    <message>
        <source>DNS timeout</source>
        <comment>X.4.3|keywords</comment>
        <translation>DNS hết thời gian chờ</translation>
    </message>
    <message>
        <source>name resolution failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>lỗi phân giải tên</translation>
    </message>
    <message>
        <source>no MX record</source>
        <comment>X.4.4|keywords</comment>
        <translation>không có bản ghi MX</translation>
    </message>
    <message>
        <source>too many connections</source>
        <comment>X.4.5|keywords</comment>
        <translation>quá nhiều kết nối</translation>
    </message>
    <message>
        <source>sending limit exceeded</source>
        <comment>X.4.5|keywords</comment>
        <translation>vượt giới hạn gửi</translation>
    </message>
    <message>
        <source>delivery delayed</source>
        <comment>X.4.7|keywords</comment>
        <translation>chuyển phát bị chậm</translation>
    </message>
    <message>
        <source>message stuck in queue</source>
        <comment>X.4.7|keywords</comment>
        <translation>thư bị kẹt trong hàng đợi</translation>
    </message>
    <message>
        <source>delivery timeout</source>
        <comment>X.4.7|keywords</comment>
        <translation>hết thời hạn chuyển phát</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <comment>X.5.0|keywords</comment>
        <translation>lỗi giao thức SMTP</translation>
    </message>
    <message>
        <source>recipient limit</source>
        <comment>X.5.3|keywords</comment>
        <translation>giới hạn số người nhận</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>X.5.4|keywords</comment>
        <translation>tham số không hợp lệ</translation>
    </message>
    <message>
        <source>corrupt message</source>
        <comment>X.6.0|keywords</comment>
        <translation>thư bị hỏng</translation>
    </message>
    <message>
        <source>invalid MIME</source>
        <comment>X.6.0|keywords</comment>
        <translation>MIME không hợp lệ</translation>
    </message>
    <message>
        <source>unsupported content type</source>
        <comment>X.6.1|keywords</comment>
        <translation>loại nội dung không được hỗ trợ</translation>
    </message>
    <message>
        <source>internationalized email address</source>
        <comment>X.6.7|keywords</comment>
        <translation>địa chỉ email quốc tế hóa</translation>
    </message>
    <message>
        <source>TLS required</source>
        <comment>X.7.0|keywords</comment>
        <translation>bắt buộc TLS</translation>
    </message>
    <message>
        <source>SMTP authentication required</source>
        <comment>X.7.0|keywords</comment>
        <translation>yêu cầu xác thực SMTP</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <comment>X.7.1|keywords</comment>
        <translation>bị đưa vào danh sách chặn (blacklist)</translation>
    </message>
    <message>
        <source>denylist</source>
        <comment>X.7.1|keywords</comment>
        <translation>danh sách chặn (denylist)</translation>
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
        <translation>không được phép gửi tới nhóm này</translation>
    </message>
    <message>
        <source>unsupported authentication method</source>
        <comment>X.7.4|keywords</comment>
        <translation>phương thức xác thực không được hỗ trợ</translation>
    </message>
    <message>
        <source>certificate error</source>
        <comment>X.7.5|keywords</comment>
        <translation>lỗi chứng chỉ</translation>
    </message>
    <message>
        <source>SSL error</source>
        <comment>X.7.5|keywords</comment>
        <translation>lỗi SSL</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <comment>X.7.6|keywords</comment>
        <translation>thuật toán mã hóa không được hỗ trợ</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <comment>X.7.7|keywords</comment>
        <translation>chữ ký không khớp</translation>
    </message>
    <message>
        <source>wrong password</source>
        <comment>X.7.8|keywords</comment>
        <translation>sai mật khẩu</translation>
    </message>
    <message>
        <source>login failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>đăng nhập thất bại</translation>
    </message>
    <message>
        <source>two-factor authentication</source>
        <comment>X.7.9|keywords</comment>
        <translation>xác thực hai yếu tố</translation>
    </message>
    <message>
        <source>account locked</source>
        <comment>X.7.13|keywords</comment>
        <translation>tài khoản bị khóa</translation>
    </message>
    <message>
        <source>less secure apps</source>
        <comment>X.7.14|keywords</comment>
        <translation>ứng dụng kém an toàn</translation>
    </message>
    <message>
        <source>recycled email address</source>
        <comment>X.7.17|keywords</comment>
        <translation>địa chỉ email được tái sử dụng</translation>
    </message>
    <message>
        <source>DKIM fail</source>
        <comment>X.7.20|keywords</comment>
        <translation>DKIM thất bại</translation>
    </message>
    <message>
        <source>unsigned email</source>
        <comment>X.7.20|keywords</comment>
        <translation>email không có chữ ký</translation>
    </message>
    <message>
        <source>weak DKIM key</source>
        <comment>X.7.21|keywords</comment>
        <translation>khóa DKIM yếu</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <comment>X.7.22|keywords</comment>
        <translation>căn chỉnh DKIM</translation>
    </message>
    <message>
        <source>From domain mismatch</source>
        <comment>X.7.22|keywords</comment>
        <translation>tên miền From không khớp</translation>
    </message>
    <message>
        <source>SPF hardfail</source>
        <comment>X.7.23|keywords</comment>
        <translation>SPF hardfail</translation>
    </message>
    <message>
        <source>SPF 10 lookup limit</source>
        <comment>X.7.24|keywords</comment>
        <translation>giới hạn 10 lượt tra cứu SPF</translation>
    </message>
    <message>
        <source>multiple SPF records</source>
        <comment>X.7.24|keywords</comment>
        <translation>nhiều bản ghi SPF</translation>
    </message>
    <message>
        <source>rDNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>rDNS</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <comment>X.7.25|keywords</comment>
        <translation>không có DNS ngược</translation>
    </message>
    <message>
        <source>DMARC failure</source>
        <comment>X.7.26|keywords</comment>
        <translation>DMARC thất bại</translation>
    </message>
    <message>
        <source>p=reject</source>
        <comment>X.7.26|keywords</comment>
        <translation>p=reject</translation>
    </message>
    <message>
        <source>subscription bombing</source>
        <comment>X.7.28|keywords</comment>
        <translation>tấn công dội bom đăng ký</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>421|keywords</comment>
        <translation>giới hạn tốc độ gửi</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>535|keywords</comment>
        <translation>lỗi xác thực</translation>
    </message>
    <message>
        <source>domain not found</source>
        <comment>X.1.2|keywords</comment>
        <translation>không tìm thấy tên miền</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>X.4.1|keywords</comment>
        <translation>kết nối bị từ chối</translation>
    </message>
    <message>
        <source>lost connection</source>
        <comment>X.4.2|keywords</comment>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>DNS lookup failure</source>
        <comment>X.4.3|keywords</comment>
        <translation>lỗi tra cứu DNS</translation>
    </message>
    <message>
        <source>relay denied</source>
        <comment>X.7.1|keywords</comment>
        <translation>relay bị từ chối</translation>
    </message>
    <message>
        <source>relay not permitted</source>
        <comment>X.7.1|keywords</comment>
        <translation>không được phép relay</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <comment>X.7.8|keywords</comment>
        <translation>lỗi xác thực</translation>
    </message>
    <message>
        <source>SPF failure</source>
        <comment>X.7.23|keywords</comment>
        <translation>lỗi SPF</translation>
    </message>
    <message>
        <source>missing PTR record</source>
        <comment>X.7.25|keywords</comment>
        <translation>thiếu bản ghi PTR</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>452|keywords</comment>
        <translation>hộp thư đầy</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>452|keywords</comment>
        <translation>vượt hạn mức</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>552|keywords</comment>
        <translation>hộp thư đầy</translation>
    </message>
    <message>
        <source>over quota</source>
        <comment>552|keywords</comment>
        <translation>vượt hạn mức</translation>
    </message>
    <message>
        <source>To VRFY, 250 confirms the mailbox; 252 neither confirms nor denies it, but the server would accept mail for it.</source>
        <comment>250|comparisons.difference</comment>
        <translation>Với VRFY, 250 xác nhận hộp thư tồn tại; 252 không xác nhận cũng không phủ nhận, nhưng máy chủ vẫn sẽ nhận thư gửi tới hộp thư đó.</translation>
    </message>
    <message>
        <source>Only VRFY gets these answers. Most servers answer every VRFY with 252 so that addresses cannot be harvested.</source>
        <comment>250|comparisons.tellApart</comment>
        <translation>Chỉ VRFY mới nhận được các câu trả lời này. Hầu hết máy chủ trả lời mọi lệnh VRFY bằng 252 để không ai thu thập được địa chỉ.</translation>
    </message>
    <message>
        <source>Never take 252 as proof that an address exists. To test an address, send a message or watch the reply to RCPT TO.</source>
        <comment>250|comparisons.action</comment>
        <translation>Đừng bao giờ coi 252 là bằng chứng địa chỉ tồn tại. Muốn kiểm tra một địa chỉ, hãy gửi thư hoặc theo dõi phản hồi cho RCPT TO.</translation>
    </message>
    <message>
        <source>Both say the recipient is not local; 251 accepts the message and forwards it, 551 refuses it and names where to send.</source>
        <comment>251|comparisons.difference</comment>
        <translation>Cả hai đều cho biết người nhận không nằm trên máy chủ này; 251 nhận thư và chuyển tiếp đi, còn 551 từ chối thư và nêu nơi cần gửi tới.</translation>
    </message>
    <message>
        <source>251 is a success reply at RCPT TO; 551 is a permanent failure with &quot;please try &lt;forward-path&gt;&quot;.</source>
        <comment>251|comparisons.tellApart</comment>
        <translation>251 là phản hồi thành công tại RCPT TO; 551 là lỗi vĩnh viễn kèm &quot;please try &lt;forward-path&gt;&quot;.</translation>
    </message>
    <message>
        <source>After 251 nothing needs doing, though the address book can be updated. After 551 resend to the address given, once you are sure it is right.</source>
        <comment>251|comparisons.action</comment>
        <translation>Sau 251 không cần làm gì, dù có thể cập nhật sổ địa chỉ. Sau 551, hãy gửi lại tới địa chỉ được nêu, khi đã chắc chắn địa chỉ đó đúng.</translation>
    </message>
    <message>
        <source>421 ends the whole session, for every message and recipient on it; 450 refuses one mail action, usually one recipient, and the session goes on.</source>
        <comment>421|comparisons.difference</comment>
        <translation>421 kết thúc toàn bộ phiên, cho mọi thư và mọi người nhận trong phiên đó; 450 chỉ từ chối một thao tác thư, thường là một người nhận, và phiên vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>421 is often the first line after connecting (the greeting) or the last one before the server hangs up, and its text speaks of the service, the connection or your IP address. 450 answers MAIL FROM or RCPT TO and names a mailbox or a reason such as greylisting.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>421 thường là dòng đầu tiên sau khi kết nối (lời chào) hoặc dòng cuối cùng trước khi máy chủ ngắt kết nối, và văn bản của nó nói về dịch vụ, kết nối hoặc địa chỉ IP của bạn. 450 trả lời MAIL FROM hoặc RCPT TO và nêu tên một hộp thư hoặc một lý do như greylisting.</translation>
    </message>
    <message>
        <source>Both are retried by the sending server. For 421, look at the sending side as a whole: connection counts, sending rate and the IP address&apos;s reputation. For 450, look at the one recipient or the greylisting delay, and wait for the next retry from the same IP address.</source>
        <comment>421|comparisons.action</comment>
        <translation>Cả hai đều được máy chủ gửi tự thử lại. Với 421, hãy xem xét toàn bộ phía gửi: số kết nối, tốc độ gửi và uy tín của địa chỉ IP. Với 450, hãy xem xét riêng người nhận đó hoặc thời gian chờ của greylisting, và đợi lần thử lại kế tiếp từ cùng địa chỉ IP.</translation>
    </message>
    <message>
        <source>At the greeting both turn the connection away, but 421 means try again later and 554 means this client is not served.</source>
        <comment>421|comparisons.difference</comment>
        <translation>Tại lời chào, cả hai đều từ chối kết nối, nhưng 421 nghĩa là hãy thử lại sau, còn 554 nghĩa là máy khách này không được phục vụ.</translation>
    </message>
    <message>
        <source>The first digit decides: 421 at the greeting comes with texts about load, too many connections or a temporary block; 554 at the greeting names a blocklist or a permanent refusal, and the server answers every following command with 503 until QUIT.</source>
        <comment>421|comparisons.tellApart</comment>
        <translation>Chữ số đầu tiên quyết định: 421 tại lời chào đi kèm văn bản về tình trạng quá tải, quá nhiều kết nối hoặc bị chặn tạm thời; 554 tại lời chào nêu tên một danh sách chặn hoặc một lời từ chối vĩnh viễn, và máy chủ trả lời mọi lệnh tiếp theo bằng 503 cho tới khi có QUIT.</translation>
    </message>
    <message>
        <source>For 421, do nothing at first: lower the number of parallel connections if it repeats. For 554, look up the sending IP address on blocklists and fix the reputation problem; retrying the same IP address will not help.</source>
        <comment>421|comparisons.action</comment>
        <translation>Với 421, ban đầu không cần làm gì: nếu lặp lại thì giảm số kết nối song song. Với 554, hãy tra địa chỉ IP gửi trên các danh sách chặn và khắc phục vấn đề uy tín; thử lại từ cùng địa chỉ IP sẽ không giúp gì.</translation>
    </message>
    <message>
        <source>450 is about the recipient&apos;s mailbox (busy, locked, or greylisted); 451 is about the receiving server itself, which hit an error while processing.</source>
        <comment>450|comparisons.difference</comment>
        <translation>450 liên quan đến hộp thư của người nhận (đang bận, bị khóa hoặc bị greylisting); 451 liên quan đến chính máy chủ nhận, vốn gặp lỗi trong lúc xử lý.</translation>
    </message>
    <message>
        <source>The enhanced code and the text tell: 450 comes with 4.2.x or a greylisting message naming the recipient; 451 comes with 4.3.0, 4.4.x or &quot;Temporary local problem&quot;, often after a DNS lookup or a content scanner failed on the receiving side.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Mã mở rộng và văn bản cho biết điều đó: 450 đi kèm 4.2.x hoặc một thông báo greylisting nêu tên người nhận; 451 đi kèm 4.3.0, 4.4.x hoặc &quot;Temporary local problem&quot;, thường sau khi một lần tra cứu DNS hoặc một bộ quét nội dung ở phía nhận bị lỗi.</translation>
    </message>
    <message>
        <source>Neither needs action from the sender at first: the queue retries. If 450 stays for days, ask the recipient&apos;s admin about the mailbox; if 451 stays, the receiving admin has to repair their server, so report the exact reply line to them.</source>
        <comment>450|comparisons.action</comment>
        <translation>Ban đầu người gửi không cần làm gì với cả hai: hàng đợi sẽ tự thử lại. Nếu 450 kéo dài nhiều ngày, hãy hỏi quản trị viên phía người nhận về hộp thư; nếu 451 kéo dài, quản trị viên phía nhận phải sửa máy chủ của họ, vì vậy hãy gửi cho họ nguyên văn dòng phản hồi.</translation>
    </message>
    <message>
        <source>The same condition, mailbox unavailable, but 450 is temporary and 550 is permanent.</source>
        <comment>450|comparisons.difference</comment>
        <translation>Cùng một tình trạng, hộp thư không khả dụng, nhưng 450 là tạm thời còn 550 là vĩnh viễn.</translation>
    </message>
    <message>
        <source>Only the first digit differs: after 450 the message stays in the sender&apos;s queue and a delay notice may follow; after 550 the sender&apos;s server gives up at once and returns a bounce.</source>
        <comment>450|comparisons.tellApart</comment>
        <translation>Chỉ khác ở chữ số đầu tiên: sau 450, thư vẫn nằm trong hàng đợi của người gửi và có thể có thông báo chậm trễ; sau 550, máy chủ của người gửi bỏ cuộc ngay và gửi thư báo trả về.</translation>
    </message>
    <message>
        <source>After 450 do not resend by hand: the queue retries on its own. After 550 resending the same message changes nothing; correct the address or remove the reason the enhanced code names, then send again.</source>
        <comment>450|comparisons.action</comment>
        <translation>Sau 450 đừng gửi lại bằng tay: hàng đợi tự thử lại. Sau 550, gửi lại cùng một thư không thay đổi được gì; hãy sửa địa chỉ hoặc loại bỏ nguyên nhân mà mã mở rộng nêu ra, rồi mới gửi lại.</translation>
    </message>
    <message>
        <source>451 is a processing error on the receiving server; 452 says a resource ran out: disk space, a mailbox quota, or the number of recipients allowed in one transaction.</source>
        <comment>451|comparisons.difference</comment>
        <translation>451 là lỗi xử lý trên máy chủ nhận; 452 cho biết một tài nguyên đã cạn: dung lượng đĩa, hạn mức hộp thư hoặc số người nhận được phép trong một giao dịch.</translation>
    </message>
    <message>
        <source>452 names the resource: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) or a full mailbox (4.2.2). 451 speaks of a local error, a lookup failure or a service that did not answer.</source>
        <comment>451|comparisons.tellApart</comment>
        <translation>452 nêu tên tài nguyên: &quot;Too many recipients&quot; (4.5.3), &quot;Insufficient system storage&quot; (4.3.1) hoặc hộp thư đầy (4.2.2). 451 nói về một lỗi cục bộ, một lần tra cứu thất bại hoặc một dịch vụ không trả lời.</translation>
    </message>
    <message>
        <source>For 452 with 4.5.3 nothing is wrong: the sending server delivers the remaining recipients in a further transaction. For storage, the receiving admin frees space. For 451, wait for the retry and report a persistent error to the receiving admin.</source>
        <comment>451|comparisons.action</comment>
        <translation>Với 452 kèm 4.5.3 thì không có gì sai: máy chủ gửi chuyển phát thư cho những người nhận còn lại trong một giao dịch tiếp theo. Với trường hợp dung lượng lưu trữ, quản trị viên phía nhận giải phóng dung lượng. Với 451, hãy chờ lần thử lại và báo lỗi kéo dài cho quản trị viên phía nhận.</translation>
    </message>
    <message>
        <source>Both are about storage; 452 is temporary (the space may free up), 552 is permanent (the allocation is exceeded for this message).</source>
        <comment>452|comparisons.difference</comment>
        <translation>Cả hai đều liên quan đến dung lượng lưu trữ; 452 là tạm thời (dung lượng có thể được giải phóng), 552 là vĩnh viễn (thư này vượt quá mức dung lượng được cấp).</translation>
    </message>
    <message>
        <source>The enhanced code separates the cases: 452 with 4.2.2 or 4.3.1 is a full mailbox or disk that may recover; 552 with 5.2.2 is a mailbox over its quota, and 552 with 5.3.4 or 5.2.3 is a message that is too big.</source>
        <comment>452|comparisons.tellApart</comment>
        <translation>Mã mở rộng phân biệt các trường hợp: 452 kèm 4.2.2 hoặc 4.3.1 là hộp thư hoặc đĩa đầy và có thể hồi phục; 552 kèm 5.2.2 là hộp thư vượt hạn mức, còn 552 kèm 5.3.4 hoặc 5.2.3 là thư quá lớn.</translation>
    </message>
    <message>
        <source>For 452, let the queue retry and tell the recipient their mailbox is full. For 552 with 5.2.2, ask the recipient to make room, then resend; for 552 with a size code, send a smaller message or a link instead of the attachment.</source>
        <comment>452|comparisons.action</comment>
        <translation>Với 452, hãy để hàng đợi tự thử lại và báo cho người nhận biết hộp thư của họ đã đầy. Với 552 kèm 5.2.2, hãy nhờ người nhận dọn chỗ rồi gửi lại; với 552 kèm mã về kích thước, hãy gửi thư nhỏ hơn hoặc gửi liên kết thay cho tệp đính kèm.</translation>
    </message>
    <message>
        <source>454 is a temporary failure of TLS or authentication on the server side; 530 is a requirement the client has not met.</source>
        <comment>454|comparisons.difference</comment>
        <translation>454 là lỗi tạm thời về TLS hoặc xác thực ở phía máy chủ; 530 là một yêu cầu mà máy khách chưa đáp ứng.</translation>
    </message>
    <message>
        <source>454 answers STARTTLS or AUTH itself (&quot;454 4.7.0 Temporary authentication failure&quot;), so the client did the right thing. 530 answers MAIL FROM when the client skipped STARTTLS or AUTH.</source>
        <comment>454|comparisons.tellApart</comment>
        <translation>454 trả lời chính lệnh STARTTLS hoặc AUTH (&quot;454 4.7.0 Temporary authentication failure&quot;), nên máy khách đã làm đúng. 530 trả lời MAIL FROM khi máy khách bỏ qua STARTTLS hoặc AUTH.</translation>
    </message>
    <message>
        <source>After 454 the client retries later and the receiving admin checks the certificate or the password backend. After 530 the client&apos;s settings must change: start TLS, then authenticate.</source>
        <comment>454|comparisons.action</comment>
        <translation>Sau 454, máy khách thử lại sau và quản trị viên phía nhận kiểm tra chứng chỉ hoặc backend kiểm tra mật khẩu. Sau 530, phải thay đổi cấu hình của máy khách: bật TLS, rồi xác thực.</translation>
    </message>
    <message>
        <source>500 means the server did not understand the line; 502 means it understood the command but does not implement it here.</source>
        <comment>500|comparisons.difference</comment>
        <translation>500 nghĩa là máy chủ không hiểu dòng lệnh; 502 nghĩa là máy chủ hiểu lệnh nhưng không hỗ trợ lệnh đó ở đây.</translation>
    </message>
    <message>
        <source>502 answers a known verb that is switched off, such as VRFY or EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 answers garbage, a line that is too long, or a different protocol, such as a TLS handshake on a plain-text port; Postfix 3.7 and later also answer unknown commands with 500 5.5.2.</source>
        <comment>500|comparisons.tellApart</comment>
        <translation>502 trả lời một động từ lệnh đã biết nhưng bị tắt, như VRFY hoặc EXPN (&quot;502 5.5.1 VRFY command is disabled&quot;). 500 trả lời dữ liệu rác, một dòng quá dài hoặc một giao thức khác, chẳng hạn bắt tay TLS trên cổng văn bản thuần; Postfix 3.7 trở lên cũng trả lời lệnh không xác định bằng 500 5.5.2.</translation>
    </message>
    <message>
        <source>For 500, check that the client speaks SMTP to the right port in the right mode (implicit TLS on 465, STARTTLS on 587 and 25). For 502, stop using that command; nothing is broken.</source>
        <comment>500|comparisons.action</comment>
        <translation>Với 500, hãy kiểm tra rằng máy khách nói SMTP tới đúng cổng với đúng chế độ (TLS ngầm định trên 465, STARTTLS trên 587 và 25). Với 502, hãy ngừng dùng lệnh đó; không có gì bị hỏng.</translation>
    </message>
    <message>
        <source>501 rejects how a command&apos;s argument is written; 553 rejects the mailbox name itself.</source>
        <comment>501|comparisons.difference</comment>
        <translation>501 từ chối cách viết tham số của một lệnh; 553 từ chối chính tên hộp thư.</translation>
    </message>
    <message>
        <source>501 follows malformed syntax: a missing angle bracket, an invalid EHLO name, an unknown parameter (&quot;501 5.5.4&quot;). 553 follows an address that parses but is not accepted (5.1.3, 5.1.7, or a sender the login does not own).</source>
        <comment>501|comparisons.tellApart</comment>
        <translation>501 xuất hiện sau cú pháp sai: thiếu dấu ngoặc nhọn, tên EHLO không hợp lệ, tham số không xác định (&quot;501 5.5.4&quot;). 553 xuất hiện sau một địa chỉ phân tích được nhưng không được chấp nhận (5.1.3, 5.1.7, hoặc một người gửi không thuộc về tài khoản đăng nhập).</translation>
    </message>
    <message>
        <source>For 501 fix the sending software or its settings, since the command itself is malformed. For 553 fix the address the user entered or the identity they send as.</source>
        <comment>501|comparisons.action</comment>
        <translation>Với 501, hãy sửa phần mềm gửi hoặc cấu hình của nó, vì bản thân lệnh đã sai định dạng. Với 553, hãy sửa địa chỉ người dùng đã nhập hoặc danh tính mà họ dùng để gửi.</translation>
    </message>
    <message>
        <source>503 is a command in the wrong order; 530 is a command refused until the client has authenticated or started TLS.</source>
        <comment>503|comparisons.difference</comment>
        <translation>503 là lệnh gửi sai thứ tự; 530 là lệnh bị từ chối cho tới khi máy khách đã xác thực hoặc đã khởi động TLS.</translation>
    </message>
    <message>
        <source>503 follows RCPT TO before MAIL FROM, DATA before any recipient, or AUTH where it is not offered (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 answers MAIL FROM with &quot;Authentication required&quot; or &quot;Must issue a STARTTLS command first&quot;.</source>
        <comment>503|comparisons.tellApart</comment>
        <translation>503 xuất hiện sau RCPT TO trước MAIL FROM, DATA trước khi có người nhận nào, hoặc AUTH ở nơi không cung cấp nó (Postfix: &quot;503 5.5.1 Error: authentication not enabled&quot;). 530 trả lời MAIL FROM bằng &quot;Authentication required&quot; hoặc &quot;Must issue a STARTTLS command first&quot;.</translation>
    </message>
    <message>
        <source>For 503, fix the client&apos;s sequence: EHLO, STARTTLS, EHLO again, AUTH, MAIL FROM, RCPT TO, DATA. For 530, turn on TLS and SMTP authentication in the client&apos;s account settings.</source>
        <comment>503|comparisons.action</comment>
        <translation>Với 503, hãy sửa trình tự lệnh của máy khách: EHLO, STARTTLS, EHLO lần nữa, AUTH, MAIL FROM, RCPT TO, DATA. Với 530, hãy bật TLS và xác thực SMTP trong phần cài đặt tài khoản của máy khách.</translation>
    </message>
    <message>
        <source>530 means the client has not authenticated; 535 means it tried and the credentials were rejected.</source>
        <comment>530|comparisons.difference</comment>
        <translation>530 nghĩa là máy khách chưa xác thực; 535 nghĩa là máy khách đã thử xác thực và thông tin đăng nhập bị từ chối.</translation>
    </message>
    <message>
        <source>535 is the answer to AUTH. 530 answers MAIL FROM or RCPT TO from a client that never sent AUTH.</source>
        <comment>530|comparisons.tellApart</comment>
        <translation>535 là câu trả lời cho AUTH. 530 trả lời MAIL FROM hoặc RCPT TO từ một máy khách chưa hề gửi AUTH.</translation>
    </message>
    <message>
        <source>For 530, enable authentication in the client. For 535, check the user name and password, whether the provider needs an app password, and whether SMTP AUTH is allowed for the account.</source>
        <comment>530|comparisons.action</comment>
        <translation>Với 530, hãy bật xác thực trong máy khách. Với 535, hãy kiểm tra tên người dùng và mật khẩu, nhà cung cấp có yêu cầu mật khẩu ứng dụng hay không, và tài khoản có được phép dùng SMTP AUTH hay không.</translation>
    </message>
    <message>
        <source>534 refuses the way of signing in; 535 refuses the credentials.</source>
        <comment>534|comparisons.difference</comment>
        <translation>534 từ chối cách đăng nhập; 535 từ chối thông tin đăng nhập.</translation>
    </message>
    <message>
        <source>With 534 the password may well be right: the mechanism is too weak, or the provider wants an app password or a browser sign-in (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). With 535 the user name or password is wrong or the account may not use SMTP.</source>
        <comment>534|comparisons.tellApart</comment>
        <translation>Với 534, mật khẩu rất có thể vẫn đúng: cơ chế quá yếu, hoặc nhà cung cấp muốn dùng mật khẩu ứng dụng hay đăng nhập qua trình duyệt (Gmail: &quot;534-5.7.9 Application-specific password required.&quot;). Với 535, tên người dùng hoặc mật khẩu sai, hoặc tài khoản không được phép dùng SMTP.</translation>
    </message>
    <message>
        <source>For 534, use TLS and a stronger mechanism, an app password or OAuth as the provider asks. For 535, correct the credentials or unlock the account.</source>
        <comment>534|comparisons.action</comment>
        <translation>Với 534, hãy dùng TLS và một cơ chế mạnh hơn, mật khẩu ứng dụng hoặc OAuth theo yêu cầu của nhà cung cấp. Với 535, hãy sửa thông tin đăng nhập hoặc mở khóa tài khoản.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 535 is the basic code for rejected credentials and 5.7.8 the enhanced code for the same thing; they usually arrive together as 535 5.7.8.</source>
        <comment>535|comparisons.difference</comment>
        <translation>Hai lớp của cùng một phản hồi: 535 là mã cơ bản cho thông tin đăng nhập bị từ chối và 5.7.8 là mã mở rộng cho cùng điều đó; chúng thường đi cùng nhau dưới dạng 535 5.7.8.</translation>
    </message>
    <message>
        <source>A client log shows &quot;535 5.7.8&quot; or &quot;535-5.7.8 Username and Password not accepted&quot; right after AUTH. Some servers send 535 without an enhanced code, with the same meaning.</source>
        <comment>535|comparisons.tellApart</comment>
        <translation>Nhật ký của máy khách cho thấy &quot;535 5.7.8&quot; hoặc &quot;535-5.7.8 Username and Password not accepted&quot; ngay sau AUTH. Một số máy chủ gửi 535 không kèm mã mở rộng, với cùng ý nghĩa.</translation>
    </message>
    <message>
        <source>Fix the credentials: user name, password or app password, and check that the account may use SMTP AUTH.</source>
        <comment>535|comparisons.action</comment>
        <translation>Hãy sửa thông tin đăng nhập: tên người dùng, mật khẩu hoặc mật khẩu ứng dụng, và kiểm tra rằng tài khoản được phép dùng SMTP AUTH.</translation>
    </message>
    <message>
        <source>551 says the recipient is not on this server and names where to send instead; 550 refuses the recipient without pointing elsewhere.</source>
        <comment>550|comparisons.difference</comment>
        <translation>551 cho biết người nhận không nằm trên máy chủ này và nêu nơi cần gửi tới thay thế; 550 từ chối người nhận mà không chỉ sang nơi khác.</translation>
    </message>
    <message>
        <source>A 551 reply carries a forward-path (&quot;please try &lt;address&gt;&quot;); it is rare today and some servers misuse it for denied relaying. A 550 reply names a reason or an enhanced code instead.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Phản hồi 551 mang theo một forward-path (&quot;please try &lt;address&gt;&quot;); ngày nay mã này hiếm gặp và một số máy chủ dùng sai nó cho việc từ chối relay. Phản hồi 550 thì nêu một lý do hoặc một mã mở rộng.</translation>
    </message>
    <message>
        <source>After 551, check that the address it offers is genuine and resend to it. After 550, read the enhanced code: 5.1.1 is a wrong address, 5.7.1 a policy refusal.</source>
        <comment>550|comparisons.action</comment>
        <translation>Sau 551, hãy kiểm tra rằng địa chỉ được đưa ra là thật rồi gửi lại tới đó. Sau 550, hãy đọc mã mở rộng: 5.1.1 là địa chỉ sai, 5.7.1 là bị từ chối theo chính sách.</translation>
    </message>
    <message>
        <source>553 refuses the address itself, its form or the sender&apos;s right to use it; 550 refuses the mailbox or the message for another reason.</source>
        <comment>550|comparisons.difference</comment>
        <translation>553 từ chối chính địa chỉ, về hình thức của nó hoặc về quyền của người gửi được dùng nó; 550 từ chối hộp thư hoặc thư vì một lý do khác.</translation>
    </message>
    <message>
        <source>553 usually comes at MAIL FROM or RCPT TO with 5.1.3, 5.1.7 or a text such as &quot;Sender address rejected: not owned by user&quot;. 550 comes with 5.1.1 (no such user), 5.7.1 (policy) or a block.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>553 thường đến tại MAIL FROM hoặc RCPT TO kèm 5.1.3, 5.1.7 hoặc một văn bản như &quot;Sender address rejected: not owned by user&quot;. 550 đi kèm 5.1.1 (không có người dùng này), 5.7.1 (chính sách) hoặc một lệnh chặn.</translation>
    </message>
    <message>
        <source>For 553, correct the address: a typo, characters that are not allowed, or a From address your login may not use. For 550, follow its enhanced code.</source>
        <comment>550|comparisons.action</comment>
        <translation>Với 553, hãy sửa địa chỉ: lỗi gõ, ký tự không được phép, hoặc địa chỉ From mà tài khoản đăng nhập của bạn không được dùng. Với 550, hãy làm theo mã mở rộng của nó.</translation>
    </message>
    <message>
        <source>550 usually refuses one recipient; 554 refuses the whole transaction, either at connection time or after the message data.</source>
        <comment>550|comparisons.difference</comment>
        <translation>550 thường từ chối một người nhận; 554 từ chối toàn bộ giao dịch, hoặc ngay lúc kết nối, hoặc sau dữ liệu thư.</translation>
    </message>
    <message>
        <source>Watch where it comes: 550 answers RCPT TO (or MAIL FROM); 554 is the greeting (&quot;No SMTP service here&quot;) or the answer to the end of DATA, where content and reputation checks run.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Hãy để ý nó xuất hiện ở đâu: 550 trả lời RCPT TO (hoặc MAIL FROM); 554 là lời chào (&quot;No SMTP service here&quot;) hoặc câu trả lời cho phần kết thúc DATA, nơi các bước kiểm tra nội dung và uy tín được thực hiện.</translation>
    </message>
    <message>
        <source>For 550, check the recipient address or the policy reason for that recipient. For 554 after DATA, check the content, the sending IP address on blocklists and the domain&apos;s authentication; for 554 at the greeting, the IP address itself is refused.</source>
        <comment>550|comparisons.action</comment>
        <translation>Với 550, hãy kiểm tra địa chỉ người nhận hoặc lý do chính sách áp dụng cho người nhận đó. Với 554 sau DATA, hãy kiểm tra nội dung, địa chỉ IP gửi trên các danh sách chặn và việc xác thực của tên miền; với 554 tại lời chào, chính địa chỉ IP bị từ chối.</translation>
    </message>
    <message>
        <source>They are not alternatives but two layers of one reply: 550 is the basic reply code (permanent, mailbox unavailable), 5.1.1 the enhanced status code that says why (the mailbox does not exist).</source>
        <comment>550|comparisons.difference</comment>
        <translation>Đây không phải hai lựa chọn thay thế nhau mà là hai lớp của cùng một phản hồi: 550 là mã phản hồi cơ bản (vĩnh viễn, hộp thư không khả dụng), 5.1.1 là mã trạng thái mở rộng cho biết lý do (hộp thư không tồn tại).</translation>
    </message>
    <message>
        <source>A reply such as &quot;550 5.1.1 User unknown&quot; carries both. 550 also travels with 5.7.1, 5.2.1, 5.1.10 and others, so 550 alone never tells which; 5.1.1 also appears in the Status field of a bounce report.</source>
        <comment>550|comparisons.tellApart</comment>
        <translation>Một phản hồi như &quot;550 5.1.1 User unknown&quot; mang cả hai. 550 còn đi cùng 5.7.1, 5.2.1, 5.1.10 và các mã khác, nên chỉ riêng 550 không bao giờ cho biết là trường hợp nào; 5.1.1 cũng xuất hiện trong trường Status của thư báo trả về.</translation>
    </message>
    <message>
        <source>Read the enhanced code first when there is one: it is the more precise of the two. When a reply has only 550, the text after it is the only clue.</source>
        <comment>550|comparisons.action</comment>
        <translation>Khi có mã mở rộng, hãy đọc mã đó trước: đó là mã chính xác hơn trong hai mã. Khi phản hồi chỉ có 550, phần văn bản đi sau là manh mối duy nhất.</translation>
    </message>
    <message>
        <source>Two layers of one reply: 552 is the basic code for an exceeded storage allocation, 5.3.4 the enhanced code that says the message is too big for the system.</source>
        <comment>552|comparisons.difference</comment>
        <translation>Hai lớp của cùng một phản hồi: 552 là mã cơ bản cho việc vượt mức dung lượng được cấp, 5.3.4 là mã mở rộng cho biết thư quá lớn đối với hệ thống.</translation>
    </message>
    <message>
        <source>552 alone is ambiguous because it also goes with 5.2.2 (full mailbox) and 5.2.3 (size limit of the recipient); with 5.3.4 the reason is the server&apos;s message size limit.</source>
        <comment>552|comparisons.tellApart</comment>
        <translation>Chỉ riêng 552 thì chưa rõ nghĩa, vì nó còn đi cùng 5.2.2 (hộp thư đầy) và 5.2.3 (giới hạn kích thước của người nhận); với 5.3.4, lý do là giới hạn kích thước thư của máy chủ.</translation>
    </message>
    <message>
        <source>Read the enhanced code: with 5.3.4 send a smaller message; with 5.2.2 the recipient has to free space.</source>
        <comment>552|comparisons.action</comment>
        <translation>Hãy đọc mã mở rộng: với 5.3.4, hãy gửi thư nhỏ hơn; với 5.2.2, người nhận phải giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>521 is a host that never accepts mail from anyone; 554 at the greeting refuses this client, usually for its IP address.</source>
        <comment>554|comparisons.difference</comment>
        <translation>521 là một máy không bao giờ nhận thư từ bất kỳ ai; 554 tại lời chào từ chối riêng máy khách này, thường là vì địa chỉ IP của nó.</translation>
    </message>
    <message>
        <source>521 comes from hosts set up to receive no mail at all, and the domain often publishes a null MX too. 554 at the greeting typically names a blocklist, a policy or your address.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>521 đến từ các máy được thiết lập để hoàn toàn không nhận thư, và tên miền thường cũng công bố null MX. 554 tại lời chào thường nêu tên một danh sách chặn, một chính sách hoặc địa chỉ của bạn.</translation>
    </message>
    <message>
        <source>After 521, stop sending there: the address or the MX record is wrong. After 554, check the sending IP address on the named blocklist and ask for delisting, or send through a server with a good reputation.</source>
        <comment>554|comparisons.action</comment>
        <translation>Sau 521, hãy ngừng gửi tới đó: địa chỉ hoặc bản ghi MX bị sai. Sau 554, hãy tra địa chỉ IP gửi trên danh sách chặn được nêu và yêu cầu gỡ khỏi danh sách, hoặc gửi qua một máy chủ có uy tín tốt.</translation>
    </message>
    <message>
        <source>556 says the recipient&apos;s domain receives no mail at all; 554 says this transaction failed, for a reason its text gives.</source>
        <comment>554|comparisons.difference</comment>
        <translation>556 cho biết tên miền của người nhận hoàn toàn không nhận thư; 554 cho biết giao dịch này thất bại, vì một lý do được nêu trong văn bản của nó.</translation>
    </message>
    <message>
        <source>556 comes with 5.1.10, often from your own sending server after it found the domain&apos;s null MX (&quot;MX 0 .&quot;), before any connection to the recipient. 554 comes from the remote server, at the greeting or after DATA.</source>
        <comment>554|comparisons.tellApart</comment>
        <translation>556 đi kèm 5.1.10, thường do chính máy chủ gửi của bạn tạo ra sau khi thấy null MX của tên miền (&quot;MX 0 .&quot;), trước khi có bất kỳ kết nối nào tới phía người nhận. 554 đến từ máy chủ từ xa, tại lời chào hoặc sau DATA.</translation>
    </message>
    <message>
        <source>After 556 the address cannot work: ask the recipient for another one. After 554, read its text: blocklist, content or policy.</source>
        <comment>554|comparisons.action</comment>
        <translation>Sau 556, địa chỉ đó không thể dùng được: hãy xin người nhận một địa chỉ khác. Sau 554, hãy đọc văn bản của nó: danh sách chặn, nội dung hay chính sách.</translation>
    </message>
    <message>
        <source>5.1.1 is a mailbox the recipient&apos;s server does not know; 5.1.10 is a domain that declares it receives no mail at all (null MX).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 là một hộp thư mà máy chủ của người nhận không biết; 5.1.10 là một tên miền tuyên bố hoàn toàn không nhận thư (null MX).</translation>
    </message>
    <message>
        <source>5.1.1 comes from the recipient&apos;s server after RCPT TO. 5.1.10 usually comes from your own sending server, which read the domain&apos;s null MX and never connected.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.1 đến từ máy chủ của người nhận sau RCPT TO. 5.1.10 thường đến từ chính máy chủ gửi của bạn, vốn đã đọc null MX của tên miền và không hề kết nối.</translation>
    </message>
    <message>
        <source>For 5.1.1, check the part before the @ for typos. For 5.1.10, no spelling of the mailbox will work: ask for an address at another domain.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Với 5.1.1, hãy kiểm tra lỗi gõ ở phần trước dấu @. Với 5.1.10, viết tên hộp thư kiểu gì cũng không được: hãy xin một địa chỉ ở tên miền khác.</translation>
    </message>
    <message>
        <source>5.1.1 is an address that does not exist; 5.2.1 is a mailbox that exists but is disabled or suspended.</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 là địa chỉ không tồn tại; 5.2.1 là hộp thư có tồn tại nhưng bị vô hiệu hóa hoặc bị tạm ngưng.</translation>
    </message>
    <message>
        <source>The text tells: &quot;does not exist&quot;, &quot;no such user&quot; or &quot;user unknown&quot; for 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; or &quot;suspended&quot; for 5.2.1.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>Văn bản cho biết điều đó: &quot;does not exist&quot;, &quot;no such user&quot; hoặc &quot;user unknown&quot; với 5.1.1; &quot;disabled&quot;, &quot;inactive&quot; hoặc &quot;suspended&quot; với 5.2.1.</translation>
    </message>
    <message>
        <source>For 5.1.1, correct the address. For 5.2.1, reach the recipient another way; if the bounce repeats for weeks, treat the address as gone and remove it from lists.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Với 5.1.1, hãy sửa địa chỉ. Với 5.2.1, hãy liên hệ người nhận bằng cách khác; nếu thư báo trả về lặp lại trong nhiều tuần, hãy coi địa chỉ đó không còn và xóa khỏi các danh sách.</translation>
    </message>
    <message>
        <source>5.1.1 faults the part before the @ (the mailbox); 5.1.2 faults the part after it (the domain).</source>
        <comment>X.1.1|comparisons.difference</comment>
        <translation>5.1.1 báo lỗi ở phần trước dấu @ (hộp thư); 5.1.2 báo lỗi ở phần sau dấu đó (tên miền).</translation>
    </message>
    <message>
        <source>5.1.2 often comes from your own server, which could not find the domain in DNS; 5.1.1 comes from the recipient&apos;s server, which looked up the mailbox and found nothing.</source>
        <comment>X.1.1|comparisons.tellApart</comment>
        <translation>5.1.2 thường đến từ chính máy chủ của bạn, vốn không tìm thấy tên miền trong DNS; 5.1.1 đến từ máy chủ của người nhận, vốn đã tra cứu hộp thư và không tìm thấy gì.</translation>
    </message>
    <message>
        <source>Correct the part that is wrong: the user name for 5.1.1, the domain for 5.1.2.</source>
        <comment>X.1.1|comparisons.action</comment>
        <translation>Hãy sửa phần bị sai: tên người dùng với 5.1.1, tên miền với 5.1.2.</translation>
    </message>
    <message>
        <source>5.1.2 says the recipient&apos;s domain is not a valid mail destination; 5.4.4 says the sending system could not find a route to it.</source>
        <comment>X.1.2|comparisons.difference</comment>
        <translation>5.1.2 cho biết tên miền của người nhận không phải là một đích nhận thư hợp lệ; 5.4.4 cho biết hệ thống gửi không tìm được tuyến đường tới đó.</translation>
    </message>
    <message>
        <source>5.1.2 follows a domain that does not exist (NXDOMAIN), often a typo. 5.4.4 follows DNS that answers without a usable route: an MX pointing to a name without an address, or records that cannot be resolved.</source>
        <comment>X.1.2|comparisons.tellApart</comment>
        <translation>5.1.2 xuất hiện khi tên miền không tồn tại (NXDOMAIN), thường do gõ sai. 5.4.4 xuất hiện khi DNS có trả lời nhưng không cho ra tuyến đường dùng được: một MX trỏ tới tên không có địa chỉ, hoặc các bản ghi không phân giải được.</translation>
    </message>
    <message>
        <source>For 5.1.2, fix the spelling of the domain. For 5.4.4, the recipient domain&apos;s admin repairs its MX records; if many domains fail, check the sending server&apos;s own DNS resolver.</source>
        <comment>X.1.2|comparisons.action</comment>
        <translation>Với 5.1.2, hãy sửa cách viết tên miền. Với 5.4.4, quản trị viên của tên miền người nhận sửa bản ghi MX; nếu nhiều tên miền cùng lỗi, hãy kiểm tra chính DNS resolver của máy chủ gửi.</translation>
    </message>
    <message>
        <source>5.1.10 is about the recipient&apos;s domain, which receives no mail; 5.7.27 is about the sender&apos;s domain, which declares it receives no mail and so is refused as a sender.</source>
        <comment>X.1.10|comparisons.difference</comment>
        <translation>5.1.10 liên quan đến tên miền của người nhận, vốn không nhận thư; 5.7.27 liên quan đến tên miền của người gửi, vốn tuyên bố không nhận thư và vì thế bị từ chối với vai trò người gửi.</translation>
    </message>
    <message>
        <source>5.1.10 names the recipient address and usually comes from your own sending server. 5.7.27 comes from the receiving server about your MAIL FROM or From domain.</source>
        <comment>X.1.10|comparisons.tellApart</comment>
        <translation>5.1.10 nêu địa chỉ người nhận và thường đến từ chính máy chủ gửi của bạn. 5.7.27 đến từ máy chủ nhận, nói về tên miền trong MAIL FROM hoặc From của bạn.</translation>
    </message>
    <message>
        <source>For 5.1.10, use another recipient address. For 5.7.27, the sender&apos;s admin removes the null MX or sends from a domain that can receive replies and bounces.</source>
        <comment>X.1.10|comparisons.action</comment>
        <translation>Với 5.1.10, hãy dùng một địa chỉ người nhận khác. Với 5.7.27, quản trị viên phía người gửi gỡ null MX hoặc gửi từ một tên miền nhận được thư trả lời và thư báo trả về.</translation>
    </message>
    <message>
        <source>The same full mailbox; 4.2.2 is retried by the sending server, 5.2.2 is given up at once.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>Cùng một hộp thư đầy; 4.2.2 được máy chủ gửi thử lại, còn với 5.2.2 thì máy chủ bỏ cuộc ngay.</translation>
    </message>
    <message>
        <source>Only the class differs, and servers choose differently for the same situation: many send 452 4.2.2 while others send 552 5.2.2.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Chỉ khác nhau ở lớp, và các máy chủ chọn khác nhau cho cùng một tình huống: nhiều máy chủ gửi 452 4.2.2, trong khi số khác gửi 552 5.2.2.</translation>
    </message>
    <message>
        <source>After 4.2.2 nothing needs doing: the queue retries, and the recipient can be told their mailbox is full. After 5.2.2 the recipient has to free space before the message is sent again.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Sau 4.2.2 không cần làm gì: hàng đợi tự thử lại, và có thể báo cho người nhận biết hộp thư của họ đã đầy. Sau 5.2.2, người nhận phải giải phóng dung lượng rồi thư mới được gửi lại.</translation>
    </message>
    <message>
        <source>5.2.2 is a full mailbox; 5.2.3 is one message that is larger than the recipient&apos;s size limit.</source>
        <comment>X.2.2|comparisons.difference</comment>
        <translation>5.2.2 là hộp thư đầy; 5.2.3 là một thư lớn hơn giới hạn kích thước của người nhận.</translation>
    </message>
    <message>
        <source>The text speaks of quota or a full mailbox for 5.2.2, of message size for 5.2.3. A short test message gets through to a 5.2.3 mailbox, never to a 5.2.2 one.</source>
        <comment>X.2.2|comparisons.tellApart</comment>
        <translation>Với 5.2.2, văn bản nói về hạn mức hoặc hộp thư đầy; với 5.2.3, văn bản nói về kích thước thư. Một thư thử ngắn vẫn tới được hộp thư báo 5.2.3, nhưng không bao giờ tới được hộp thư báo 5.2.2.</translation>
    </message>
    <message>
        <source>For 5.2.2 the recipient frees space. For 5.2.3 send less: compress the attachment or share a link.</source>
        <comment>X.2.2|comparisons.action</comment>
        <translation>Với 5.2.2, người nhận giải phóng dung lượng. Với 5.2.3, hãy gửi ít hơn: nén tệp đính kèm hoặc chia sẻ liên kết.</translation>
    </message>
    <message>
        <source>Both are about size: 5.3.4 is the whole server&apos;s limit, 5.2.3 a limit set for the recipient or the mailbox.</source>
        <comment>X.3.4|comparisons.difference</comment>
        <translation>Cả hai đều liên quan đến kích thước: 5.3.4 là giới hạn của toàn máy chủ, 5.2.3 là giới hạn đặt cho người nhận hoặc cho hộp thư.</translation>
    </message>
    <message>
        <source>5.3.4 can come as early as MAIL FROM when the SIZE parameter is over the limit the server advertised, and applies to every recipient there; 5.2.3 comes for particular recipients.</source>
        <comment>X.3.4|comparisons.tellApart</comment>
        <translation>5.3.4 có thể đến ngay từ MAIL FROM khi tham số SIZE vượt giới hạn mà máy chủ đã quảng bá, và áp dụng cho mọi người nhận ở đó; 5.2.3 chỉ đến với một số người nhận cụ thể.</translation>
    </message>
    <message>
        <source>For either, send a smaller message. Only the receiving admin can raise a 5.3.4 limit (in Postfix, message_size_limit); a 5.2.3 limit may be specific to that mailbox or group.</source>
        <comment>X.3.4|comparisons.action</comment>
        <translation>Với cả hai, hãy gửi thư nhỏ hơn. Chỉ quản trị viên phía nhận mới nâng được giới hạn 5.3.4 (trong Postfix là message_size_limit); giới hạn 5.2.3 có thể chỉ riêng cho hộp thư hoặc nhóm phân phối đó.</translation>
    </message>
    <message>
        <source>4.4.1 means no connection could be made to the receiving host; 4.4.2 means a connection was made and then broke.</source>
        <comment>X.4.1|comparisons.difference</comment>
        <translation>4.4.1 nghĩa là không thể kết nối tới máy nhận; 4.4.2 nghĩa là đã kết nối được rồi bị đứt.</translation>
    </message>
    <message>
        <source>Postfix logs 4.4.1 with &quot;Connection timed out&quot; or &quot;Connection refused&quot; while connecting, and 4.4.2 with &quot;lost connection with ... while sending ...&quot;.</source>
        <comment>X.4.1|comparisons.tellApart</comment>
        <translation>Postfix ghi vào nhật ký 4.4.1 kèm &quot;Connection timed out&quot; hoặc &quot;Connection refused&quot; trong lúc kết nối, và 4.4.2 kèm &quot;lost connection with ... while sending ...&quot;.</translation>
    </message>
    <message>
        <source>For 4.4.1, check that outbound port 25 is open, the MX host is up and its address is right. For 4.4.2, look at what the remote side did mid-session: timeouts, TLS failures, or a firewall cutting long transfers.</source>
        <comment>X.4.1|comparisons.action</comment>
        <translation>Với 4.4.1, hãy kiểm tra rằng cổng 25 chiều đi ra đang mở, máy MX đang hoạt động và địa chỉ của nó đúng. Với 4.4.2, hãy xem phía từ xa đã làm gì giữa phiên: hết thời gian chờ, lỗi TLS, hoặc tường lửa cắt các lượt truyền dài.</translation>
    </message>
    <message>
        <source>Both concern a message that could not be delivered in time; 4.4.7 is a warning that it is still queued, 5.4.7 is the final failure after the queue lifetime ran out.</source>
        <comment>X.4.7|comparisons.difference</comment>
        <translation>Cả hai đều nói về một thư không thể chuyển phát kịp thời hạn; 4.4.7 là cảnh báo rằng thư vẫn nằm trong hàng đợi, 5.4.7 là thất bại cuối cùng sau khi hết thời gian lưu trong hàng đợi.</translation>
    </message>
    <message>
        <source>A 4.4.7 notice says the message is delayed and the server will keep trying (Action: delayed). A 5.4.7 bounce says the server has given up (Action: failed) and returns the message.</source>
        <comment>X.4.7|comparisons.tellApart</comment>
        <translation>Thông báo 4.4.7 cho biết thư bị chậm và máy chủ sẽ tiếp tục thử (Action: delayed). Thư báo trả về 5.4.7 cho biết máy chủ đã bỏ cuộc (Action: failed) và trả thư về.</translation>
    </message>
    <message>
        <source>After 4.4.7 nothing is lost yet: find out why the destination is unreachable. After 5.4.7 the message must be sent again once the destination accepts mail.</source>
        <comment>X.4.7|comparisons.action</comment>
        <translation>Sau 4.4.7 chưa có gì bị mất: hãy tìm hiểu vì sao không tới được đích. Sau 5.4.7, phải gửi lại thư khi đích đã nhận thư trở lại.</translation>
    </message>
    <message>
        <source>Both say there are too many recipients; 4.5.3 asks for the rest in another transaction, 5.5.3 refuses the message for having too many.</source>
        <comment>X.5.3|comparisons.difference</comment>
        <translation>Cả hai đều cho biết có quá nhiều người nhận; 4.5.3 yêu cầu gửi phần còn lại trong một giao dịch khác, 5.5.3 từ chối thư vì có quá nhiều người nhận.</translation>
    </message>
    <message>
        <source>4.5.3 comes with 452 after the server&apos;s per-transaction limit is reached; the recipients accepted before it still get the message. 5.5.3 is a permanent refusal, often of a provider&apos;s per-message recipient limit.</source>
        <comment>X.5.3|comparisons.tellApart</comment>
        <translation>4.5.3 đi kèm 452 sau khi đạt giới hạn mỗi giao dịch của máy chủ; những người nhận đã được chấp nhận trước đó vẫn nhận được thư. 5.5.3 là lời từ chối vĩnh viễn, thường theo giới hạn số người nhận trên mỗi thư của nhà cung cấp.</translation>
    </message>
    <message>
        <source>After 4.5.3 nothing needs doing: mail servers send the remaining recipients by themselves. After 5.5.3, split the recipient list, or use a mailing list or a bulk sending service.</source>
        <comment>X.5.3|comparisons.action</comment>
        <translation>Sau 4.5.3 không cần làm gì: máy chủ thư tự gửi cho những người nhận còn lại. Sau 5.5.3, hãy chia nhỏ danh sách người nhận, hoặc dùng danh sách thư hay dịch vụ gửi thư hàng loạt.</translation>
    </message>
    <message>
        <source>Both are temporary security or policy refusals; 4.7.0 gives no specific reason, 4.7.1 says delivery is not authorized for now.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>Cả hai đều là lời từ chối tạm thời vì lý do bảo mật hoặc chính sách; 4.7.0 không nêu lý do cụ thể, 4.7.1 cho biết việc chuyển phát tạm thời chưa được phép.</translation>
    </message>
    <message>
        <source>4.7.0 often goes with TLS or authentication trouble and with rate limits for suspicious traffic; 4.7.1 often goes with greylisting or a temporary block of the sending IP address. The text is the only reliable guide.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>4.7.0 thường đi cùng sự cố TLS hoặc xác thực và với giới hạn tốc độ cho lưu lượng đáng ngờ; 4.7.1 thường đi cùng greylisting hoặc việc chặn tạm thời địa chỉ IP gửi. Văn bản là chỉ dẫn đáng tin cậy duy nhất.</translation>
    </message>
    <message>
        <source>Let the queue retry either one. If they continue, check the sending IP address&apos;s reputation, its reverse DNS, the domain&apos;s SPF and DKIM, and whether TLS works.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Với cả hai, hãy để hàng đợi tự thử lại. Nếu tình trạng tiếp diễn, hãy kiểm tra uy tín của địa chỉ IP gửi, DNS ngược của nó, SPF và DKIM của tên miền, và TLS có hoạt động hay không.</translation>
    </message>
    <message>
        <source>5.7.0 is an unspecified security refusal; 5.7.1 is a refusal because the sender, the recipient or the relaying is not authorized.</source>
        <comment>X.7.0|comparisons.difference</comment>
        <translation>5.7.0 là lời từ chối vì lý do bảo mật không nêu cụ thể; 5.7.1 là lời từ chối vì người gửi, người nhận hoặc việc relay không được phép.</translation>
    </message>
    <message>
        <source>5.7.0 is typical with 530 when TLS or authentication must come first. 5.7.1 usually comes with 550 or 554 and a reason: relaying denied, a blocklist, a policy for the recipient.</source>
        <comment>X.7.0|comparisons.tellApart</comment>
        <translation>5.7.0 thường đi cùng 530 khi phải có TLS hoặc xác thực trước. 5.7.1 thường đi cùng 550 hoặc 554 kèm một lý do: relay bị từ chối, danh sách chặn, chính sách áp dụng cho người nhận.</translation>
    </message>
    <message>
        <source>For 5.7.0, meet the requirement the text names (STARTTLS, AUTH). For 5.7.1, act on the reason given: authenticate to relay, get delisted, or ask the recipient to allow the sender.</source>
        <comment>X.7.0|comparisons.action</comment>
        <translation>Với 5.7.0, hãy đáp ứng yêu cầu mà văn bản nêu (STARTTLS, AUTH). Với 5.7.1, hãy xử lý theo lý do được đưa ra: xác thực để được relay, xin gỡ khỏi danh sách chặn, hoặc nhờ người nhận cho phép người gửi.</translation>
    </message>
    <message>
        <source>5.7.1 is any authorization refusal; 5.7.26 is specifically mail that failed authentication (SPF and DKIM, and so DMARC).</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>5.7.1 là mọi lời từ chối vì không được phép; 5.7.26 riêng cho thư không vượt qua xác thực (SPF và DKIM, do đó cả DMARC).</translation>
    </message>
    <message>
        <source>A 5.7.26 text speaks of authentication, SPF, DKIM or DMARC. A 5.7.1 text names relaying, a blocklist, a policy or the sender.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Văn bản của 5.7.26 nói về xác thực, SPF, DKIM hoặc DMARC. Văn bản của 5.7.1 nêu việc relay, một danh sách chặn, một chính sách hoặc người gửi.</translation>
    </message>
    <message>
        <source>For 5.7.26, the sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain. For 5.7.1, follow the reason in the text.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Với 5.7.26, quản trị viên của tên miền gửi sửa SPF, ký DKIM và căn chỉnh cả hai với tên miền From. Với 5.7.1, hãy làm theo lý do trong văn bản.</translation>
    </message>
    <message>
        <source>The same refusal, delivery not authorized, but 4.7.1 is temporary and 5.7.1 is permanent.</source>
        <comment>X.7.1|comparisons.difference</comment>
        <translation>Cùng một lời từ chối, không được phép chuyển phát, nhưng 4.7.1 là tạm thời còn 5.7.1 là vĩnh viễn.</translation>
    </message>
    <message>
        <source>The class tells: 4.7.1 keeps the message in the sender&apos;s queue, usually for greylisting or a temporary block; 5.7.1 returns it at once.</source>
        <comment>X.7.1|comparisons.tellApart</comment>
        <translation>Lớp cho biết điều đó: 4.7.1 giữ thư trong hàng đợi của người gửi, thường do greylisting hoặc bị chặn tạm thời; 5.7.1 trả thư về ngay.</translation>
    </message>
    <message>
        <source>After 4.7.1, let the queue retry from the same IP address. After 5.7.1, remove the reason the text gives before sending again.</source>
        <comment>X.7.1|comparisons.action</comment>
        <translation>Sau 4.7.1, hãy để hàng đợi tự thử lại từ cùng địa chỉ IP. Sau 5.7.1, hãy loại bỏ lý do mà văn bản nêu trước khi gửi lại.</translation>
    </message>
    <message>
        <source>5.7.8 is a rejected user name or password; 5.7.0 is an unspecified security reason, at sign-in often that authentication is needed at all.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 là tên người dùng hoặc mật khẩu bị từ chối; 5.7.0 là lý do bảo mật không nêu cụ thể, mà lúc đăng nhập thường có nghĩa là bắt buộc phải xác thực.</translation>
    </message>
    <message>
        <source>5.7.8 comes after AUTH, usually as 535 5.7.8. 5.7.0 comes before AUTH, as 530 5.7.0, when the client tried to send without signing in or without TLS.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 đến sau AUTH, thường dưới dạng 535 5.7.8. 5.7.0 đến trước AUTH, dưới dạng 530 5.7.0, khi máy khách cố gửi thư mà không đăng nhập hoặc không dùng TLS.</translation>
    </message>
    <message>
        <source>For 5.7.8, correct the credentials or use an app password. For 5.7.0, turn on TLS and authentication in the client.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Với 5.7.8, hãy sửa thông tin đăng nhập hoặc dùng mật khẩu ứng dụng. Với 5.7.0, hãy bật TLS và xác thực trong máy khách.</translation>
    </message>
    <message>
        <source>5.7.8 rejects the credentials; 5.7.9 rejects the authentication mechanism or the kind of password.</source>
        <comment>X.7.8|comparisons.difference</comment>
        <translation>5.7.8 từ chối thông tin đăng nhập; 5.7.9 từ chối cơ chế xác thực hoặc loại mật khẩu.</translation>
    </message>
    <message>
        <source>5.7.8 comes with 535; 5.7.9 comes with 534 and texts such as &quot;Application-specific password required&quot;.</source>
        <comment>X.7.8|comparisons.tellApart</comment>
        <translation>5.7.8 đi kèm 535; 5.7.9 đi kèm 534 và các văn bản như &quot;Application-specific password required&quot;.</translation>
    </message>
    <message>
        <source>For 5.7.8, fix the user name or password. For 5.7.9, switch to a stronger mechanism, an app password or OAuth, whichever the provider asks for.</source>
        <comment>X.7.8|comparisons.action</comment>
        <translation>Với 5.7.8, hãy sửa tên người dùng hoặc mật khẩu. Với 5.7.9, hãy chuyển sang một cơ chế mạnh hơn, mật khẩu ứng dụng hoặc OAuth, tùy theo yêu cầu của nhà cung cấp.</translation>
    </message>
    <message>
        <source>Both say authentication needs encryption; 5.7.10 (with 523) asks for an encryption layer before the mechanism is used, 5.7.11 (with 538) says the chosen mechanism works only on an encrypted connection.</source>
        <comment>X.7.10|comparisons.difference</comment>
        <translation>Cả hai đều cho biết việc xác thực cần mã hóa; 5.7.10 (đi với 523) yêu cầu một lớp mã hóa trước khi dùng cơ chế, 5.7.11 (đi với 538) cho biết cơ chế đã chọn chỉ hoạt động trên kết nối đã mã hóa.</translation>
    </message>
    <message>
        <source>The basic code tells them apart: 523 goes with 5.7.10 and 538 with 5.7.11. Both answer AUTH on an unencrypted connection, and both are rare, because modern servers do not offer password mechanisms before TLS.</source>
        <comment>X.7.10|comparisons.tellApart</comment>
        <translation>Mã cơ bản giúp phân biệt: 523 đi với 5.7.10, còn 538 đi với 5.7.11. Cả hai đều trả lời AUTH trên kết nối không mã hóa, và cả hai đều hiếm gặp, vì các máy chủ hiện đại không cung cấp cơ chế dùng mật khẩu trước khi có TLS.</translation>
    </message>
    <message>
        <source>In both cases start TLS (STARTTLS, or implicit TLS on port 465) before AUTH, and check that the client does not fall back to plain text.</source>
        <comment>X.7.10|comparisons.action</comment>
        <translation>Trong cả hai trường hợp, hãy khởi động TLS (STARTTLS, hoặc TLS ngầm định trên cổng 465) trước AUTH, và kiểm tra rằng máy khách không hạ xuống văn bản thuần.</translation>
    </message>
    <message>
        <source>5.7.23 is a failed SPF check alone; 5.7.26 means several authentication checks failed, so the message also lacked a passing DKIM signature.</source>
        <comment>X.7.23|comparisons.difference</comment>
        <translation>5.7.23 chỉ là kiểm tra SPF thất bại; 5.7.26 nghĩa là nhiều bước kiểm tra xác thực đã thất bại, nên thư cũng không có chữ ký DKIM hợp lệ.</translation>
    </message>
    <message>
        <source>A 5.7.23 text names SPF and often the sending IP address; a 5.7.26 text says the message is unauthenticated or mentions DMARC.</source>
        <comment>X.7.23|comparisons.tellApart</comment>
        <translation>Văn bản của 5.7.23 nêu SPF và thường cả địa chỉ IP gửi; văn bản của 5.7.26 cho biết thư không được xác thực hoặc nhắc đến DMARC.</translation>
    </message>
    <message>
        <source>For 5.7.23, add the sending server or service to the domain&apos;s SPF record. For 5.7.26, do that and also sign with DKIM aligned with the From domain.</source>
        <comment>X.7.23|comparisons.action</comment>
        <translation>Với 5.7.23, hãy thêm máy chủ gửi hoặc dịch vụ gửi thư vào bản ghi SPF của tên miền. Với 5.7.26, hãy làm như vậy và đồng thời ký DKIM căn chỉnh với tên miền From.</translation>
    </message>
    <message>
        <source>5.7.25 refuses a sending IP address without valid reverse DNS; 5.7.1 is a general authorization refusal.</source>
        <comment>X.7.25|comparisons.difference</comment>
        <translation>5.7.25 từ chối địa chỉ IP gửi không có DNS ngược hợp lệ; 5.7.1 là lời từ chối chung vì không được phép.</translation>
    </message>
    <message>
        <source>A 5.7.25 text mentions PTR or reverse DNS (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 names some other reason.</source>
        <comment>X.7.25|comparisons.tellApart</comment>
        <translation>Văn bản của 5.7.25 nhắc đến PTR hoặc DNS ngược (Gmail: &quot;550-5.7.25 The IP address sending this message does not have a PTR record setup&quot;). 5.7.1 nêu một lý do khác.</translation>
    </message>
    <message>
        <source>For 5.7.25, ask whoever owns the IP address (hosting or network provider) for a PTR record whose name resolves back to the same address. For 5.7.1, follow its text.</source>
        <comment>X.7.25|comparisons.action</comment>
        <translation>Với 5.7.25, hãy yêu cầu bên sở hữu địa chỉ IP (nhà cung cấp hosting hoặc nhà cung cấp mạng) tạo bản ghi PTR có tên phân giải ngược về đúng địa chỉ đó. Với 5.7.1, hãy làm theo văn bản của nó.</translation>
    </message>
</context>
</TS>
