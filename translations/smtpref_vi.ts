<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>bản dựng này không có danh mục nhúng sẵn</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>danh mục nhúng sẵn có định dạng không xác định</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>danh mục nhúng sẵn bị cắt cụt hoặc bị hỏng</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON không hợp lệ tại %1: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>tài liệu phải là một đối tượng có mảng &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>mục này không phải là đối tượng JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>bị thiếu, hoặc không phải là chuỗi khác rỗng</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>trường không xác định</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>bị thiếu, hoặc không phải là mảng</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>mọi phần tử phải là chuỗi khác rỗng</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>mọi phần tử phải là số nguyên</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>mọi phần tử phải là đối tượng có các trường chuỗi %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; không phải là basic (mã cơ bản) hay enhanced (mã mở rộng)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; không phải là một tình trạng đã biết</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; không phải là một bên xử lý đã biết</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; không phải là một giai đoạn đã biết</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>cần ít nhất một phần tử</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>không phải mã cơ bản (&quot;550&quot;) cũng không phải mã mở rộng (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>không khớp với dạng của mã</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>phải là chữ số đầu tiên của mã, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 không phải là lớp của mã mở rộng (2, 4 hoặc 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>chỉ mã không còn được dùng mới được phép không có lớp</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>chỉ mã không chuẩn mới được phép không có tài liệu tham khảo</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>mã %1 không có trong danh mục</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>mục này tham chiếu đến chính nó</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 phải thuộc loại còn lại (mã cơ bản đi với mã mở rộng)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>mã bị trùng, được định nghĩa lần đầu tại %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>chỉ mã mở rộng mới có trường này</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 không phải là mã của mục này</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 được so sánh với chính nó</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 và %2 đã được so sánh rồi</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>thẻ gồm hai đến năm chữ cái viết hoa và một đến ba chữ số (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>mã của nhà cung cấp phải ghi rõ nhà cung cấp của nó</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>chỉ mã có tình trạng &quot;provider&quot; mới có nhà cung cấp</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>thẻ luôn thuộc về một nhà cung cấp</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>chỉ mã của nhà cung cấp mới được đại diện cho một dải mã</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>phải là một mã đứng sau trong cùng nhóm, ví dụ X.7.649 sau X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>chồng lấn với dải mã của %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Hãy thử &apos;smtpref --help&apos;.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>không có bản dịch cho &quot;%1&quot;. Các ngôn ngữ hiện có: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>lỗi danh mục: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; không phải là mã phản hồi SMTP. Để tìm trong nội dung, hãy dùng: smtpref --search TỪ_KHÓA</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>không có mã nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; không phải là một mã phản hồi đơn lẻ.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>không tìm thấy mã phản hồi nào trong %1.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>không ghi được đầu ra: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>không có lớp</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>Sổ đăng ký chỉ ghi %1 cho %2, nhưng trên thực tế máy chủ vẫn gửi mã này dưới dạng %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 không phải là tổ hợp đã đăng ký: sổ đăng ký chỉ ghi %2 cho %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 dùng mọi mã từ %2 đến %3 với ý nghĩa này.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 là một trong các mã từ %2 đến %3 mà %4 dùng với cùng một ý nghĩa.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Các mã gần nhất: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Các mã gần mã này có trong tài liệu của %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Hiển thị trợ giúp này rồi thoát.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Hiển thị phiên bản rồi thoát.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Liệt kê mọi mã trong danh mục.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>In ra JSON thay vì văn bản.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Trả lời bằng ngôn ngữ NGÔN_NGỮ (ví dụ fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>NGÔN_NGỮ</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Một mã phản hồi: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[MÃ...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang cần một tên ngôn ngữ.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list không nhận mã hay từ tìm kiếm nào.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search cần các từ để tìm.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Hãy nêu một mã, hoặc dùng --search, --list hay --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref giải thích mã phản hồi SMTP và mã trạng thái mở rộng, không cần kết nối mạng.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Tìm và giải thích mọi mã phản hồi trong TỆP (thư báo trả về, nhật ký, bản ghi phiên); dùng - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>In TỆP với mọi địa chỉ email, tên máy chủ, địa chỉ IP và URL được che đi, giữ nguyên các mã; dùng - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 chỉ nhận đúng một tệp (hoặc - cho đầu vào chuẩn), không kèm gì khác.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 cần một tên tệp, hoặc - cho đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Tìm các mã theo các từ hoặc dòng phản hồi theo sau, kết quả tốt nhất trước.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>So sánh song song từ hai đến bốn mã đi sau.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare cần từ hai đến bốn mã, ví dụ: smtpref --compare 550 554</translation>
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
        <translation>Ví dụ:
  smtpref 550                    một mã
  smtpref &quot;550 5.7.26&quot;           mã cơ bản và mã mở rộng của một phản hồi
  smtpref 5xx                    mọi mã của một lớp (cả 4.7, 55)
  smtpref --search greylisting   các mã khớp với các từ này, kết quả tốt nhất trước
  smtpref --compare 550 554      các mã đặt cạnh nhau (tối đa bốn mã)
  smtpref --explain bounce.eml   mọi mã trong thư báo trả về, nhật ký hoặc bản ghi phiên
  smtpref --redact bounce.eml    văn bản với địa chỉ, máy chủ và IP được che
  smtpref --list --json          toàn bộ danh mục dạng JSON

Mã thoát: 0 tìm thấy, 1 mã không xác định hoặc không tìm thấy gì, 2 tham số sai hoặc lỗi đầu vào/đầu ra.
Khi không có tham số, smtpref mở cửa sổ giao diện.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 đang được so sánh với chính nó: hãy chọn mã khác cho một bên để xem các điểm khác biệt.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) và %3 (%4) đều là phản hồi lớp %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) là phản hồi lớp %3 (%4), còn %5 (%6) là phản hồi lớp %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) được dùng với phản hồi %3, còn %4 (%5) với phản hồi %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Tình trạng chuẩn hóa</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 và %2 báo cùng một tình trạng, %3; chỉ khác nhau ở lớp, và kéo theo đó là cách máy chủ gửi xử lý.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 là mã phản hồi cơ bản còn %2 là mã trạng thái mở rộng: đây không phải hai lựa chọn thay thế nhau mà là hai tầng của cùng một phản hồi, được viết liền nhau như trong &quot;%1 %2&quot;. Mã cơ bản cho biết lớp và bước, mã mở rộng cho biết lý do.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 là một trong các mã mở rộng thường gặp của %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 hiếm khi đi kèm %2; %2 thường mang theo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n mã đặt cạnh nhau: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>Phản hồi 4xx yêu cầu người gửi thử lại sau; phản hồi 5xx bảo người gửi từ bỏ và trả thư về. Hàng đợi của máy chủ gửi tự thử lại khi gặp mã 4xx, nên chỉ mã 5xx mới cần người can thiệp.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Khi một phản hồi mang cả hai loại mã, hãy đọc mã mở rộng trước: đó là mã chính xác hơn trong hai mã.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>Điều phân biệt chúng là phản hồi xuất hiện ở bước nào trong phiên: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Người cần xử lý khác nhau tùy theo mã: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Các ý nghĩa ở trên chính là điểm khác biệt; phần văn bản sau mã thường cho biết trường hợp nào đang áp dụng.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>Cả hai mã</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tất cả các mã</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>Tương tự khi thư chỉ được ghi nhật ký vào systemd journal:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>do %1 định nghĩa, không có trong sổ đăng ký</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 không có trong sổ đăng ký mã trạng thái mở rộng của IANA.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 không có trong sổ đăng ký của IANA: %2 dùng bộ mã riêng.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>Mã cơ bản thuộc lớp %1 nhưng mã mở rộng lại thuộc lớp %2: máy chủ tự mâu thuẫn; mã cơ bản quyết định có thử lại hay không.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>Sổ đăng ký không ghi %1 cho lớp %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 không phải là mã phản hồi SMTP chuẩn.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Cách %1 sử dụng mã này: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>Phản hồi nêu tên %1, một danh sách chặn DNS công khai: địa chỉ IP gửi đang có trong danh sách đó, và yêu cầu gỡ khỏi danh sách phải gửi tới chính danh sách đó, không phải tới %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 là mã của %2, không có trong sổ đăng ký của IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] là thẻ của %2: mục của thẻ này giải thích phản hồi này.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>phản hồi cho %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Sao chép lệnh</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Hãy chọn hai mã ở trên, hoặc chọn một mã trong danh sách rồi nhấn Ctrl+D để so sánh mã đó với mã đang hiển thị trong Chi tiết.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>Còn %n kết luận không hiển thị; tất cả theo nhóm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 lớn hơn %2 MB, mức tối đa smtpref đọc được.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 không phải văn bản: tệp chứa dữ liệu nhị phân.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── Thư gốc, được gửi trả về kèm báo cáo ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Có phải bạn muốn tìm “%1”?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Ai cần xử lý</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Vị trí trong phiên</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Đi kèm các mã cơ bản</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Các mã mở rộng thường gặp</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Mã liên quan</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Tài liệu tham khảo</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Cách %1 sử dụng mã này</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Khác biệt chính</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Khi nào dùng mã nào</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>So sánh %1 với %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1 mục %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Các thông báo lỗi thường gặp</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Thường bị nhầm với</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Điểm phân biệt</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>Điểm khác biệt</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Cách nhận biết bạn đang gặp mã nào</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Cách xử lý khác nhau</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>Mã phản hồi SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>Chữ số đầu tiên của mã phản hồi là lớp của nó. Mã trạng thái mở rộng như 5.7.1 cũng bắt đầu bằng chữ số đó.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Các mã được tra cứu nhiều nhất</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Những gì có thể nhập vào ô tìm kiếm</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Mã phản hồi, mã trạng thái mở rộng hoặc cả hai</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>Phần đầu của mã hoặc cả một lớp: mọi mã bắt đầu như vậy</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Từ khóa, bằng ngôn ngữ giao diện hoặc tiếng Anh</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Từ khóa, bằng tiếng Anh</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Một dòng dán từ thư báo trả về: các mã trong dòng trước, rồi đến các mã mà từ ngữ của nó mô tả</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>hộp thư đầy</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter mở kết quả đầu tiên; phím mũi tên lên và xuống để di chuyển trong danh sách.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>lớp %1 (%2)</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>không có lớp (không còn được dùng)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>các lớp %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Không nêu người nhận</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>vĩnh viễn: thư đã bị trả về</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>tạm thời: máy chủ vẫn tiếp tục thử lại</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Ai cần xử lý: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Kết luận cho %n người nhận</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Người nhận không tồn tại</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Kiểm tra địa chỉ xem có gõ sai không và hỏi người nhận địa chỉ đúng; nếu địa chỉ vẫn không tồn tại, hãy xóa nó khỏi các danh sách.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Hộp thư đầy</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Báo cho người nhận bằng cách khác rằng hộp thư của họ đã đầy, và gửi lại khi họ đã dọn bớt chỗ.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Hộp thư bị vô hiệu hóa hoặc tạm khóa</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Liên hệ người nhận bằng cách khác; nếu tài khoản vẫn bị vô hiệu hóa, hãy coi như địa chỉ đó không còn dùng nữa.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Người nhận đã đổi địa chỉ</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Gửi tới địa chỉ mới của người nhận, sau khi đã kiểm tra rằng địa chỉ đó là thật.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Tên miền không tồn tại hoặc không có máy chủ thư</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Kiểm tra chính tả tên miền sau dấu @; nếu đúng, chủ sở hữu tên miền phải sửa DNS của tên miền (bản ghi MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Tên miền không nhận thư (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>Tên miền này tuyên bố không nhận thư: hãy hỏi người nhận một địa chỉ ở tên miền khác.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Thư quá lớn</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Gửi thư nhỏ hơn: nén tệp đính kèm, hoặc chia sẻ liên kết thay cho tệp.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Quá nhiều người nhận hoặc vượt giới hạn gửi</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Chia người nhận thành các đợt nhỏ hơn, hoặc chờ đến khi giới hạn gửi được đặt lại.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Xác thực thất bại (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>Quản trị viên của tên miền gửi sửa SPF, ký bằng DKIM và căn chỉnh cả hai với tên miền From cho DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Thiếu DNS ngược</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Yêu cầu bên sở hữu địa chỉ IP gửi tạo bản ghi PTR có tên phân giải ngược về đúng địa chỉ đó.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>IP hoặc tên miền của người gửi bị chặn</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Tra địa chỉ IP gửi và tên miền trên danh sách chặn được nêu, khắc phục nguyên nhân khiến chúng bị đưa vào danh sách, rồi yêu cầu gỡ khỏi danh sách.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Thư rác hoặc nội dung bị từ chối</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Xem lại nội dung, liên kết và tệp đính kèm của thư; nếu thư hợp lệ, quản trị viên phía gửi kiểm tra uy tín của tên miền.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Quét máy tính gửi và tệp đính kèm; nếu sạch, hãy gửi tệp bằng cách khác.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Bị từ chối theo chính sách cục bộ</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Đề nghị người nhận nhờ quản trị viên thư của họ cho phép thư của bạn, kèm trích dẫn dòng phản hồi.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relay bị từ chối</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Gửi qua máy chủ thư của chính bạn có xác thực, không gửi qua một máy chủ không phụ trách tên miền của người nhận.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Địa chỉ người gửi bị từ chối</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Gửi từ một địa chỉ mà tài khoản của bạn được phép dùng, có tên miền tồn tại và nhận được thư.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Bị giới hạn tốc độ hoặc quá nhiều kết nối</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Để hàng đợi thử lại sau, đồng thời giảm tốc độ gửi và số kết nối song song.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>Yêu cầu TLS hoặc TLS thất bại</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Hai máy chủ không thống nhất được về TLS: quản trị viên phía nhận kiểm tra chứng chỉ và STARTTLS, phía gửi kiểm tra chính sách TLS của mình.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Hết hạn chuyển phát</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Lỗi mạng hoặc kết nối</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>Máy chủ thư của người nhận không trả lời: hàng đợi tự thử lại; nếu tình trạng kéo dài, quản trị viên bên đó kiểm tra máy chủ và các bản ghi MX của nó.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Lỗi hệ thống phía xa</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Chờ các lần thử lại; nếu lỗi vẫn tiếp diễn, báo dòng phản hồi cho quản trị viên thư phía người nhận.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Lỗi cú pháp hoặc giao thức</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Kiểm tra cài đặt của phần mềm gửi (cổng, chế độ TLS, định dạng địa chỉ) và cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Thư trả lời tự động, không phải thư báo trả về</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Không có gì thất bại: thư đã được chuyển phát và thư trả lời tự động của người nhận đã phản hồi thư đó.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Khiếu nại hoặc báo cáo lạm dụng</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Ngừng gửi cho người nhận đã khiếu nại và kiểm tra xem địa chỉ đó đã vào danh sách của bạn bằng cách nào.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã chuyển phát</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Không cần làm gì: đây là thông báo thành công.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Chưa xác định được</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Đọc dòng phản hồi bên dưới và phần giải thích của mã; thư báo trả về không cho biết thêm gì.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Không thể kết nối tới máy chủ của người nhận trước khi hàng đợi bỏ cuộc: báo cho người nhận bằng cách khác, và gửi lại khi máy chủ đó nhận thư trở lại.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>mã cơ bản</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>mã trạng thái mở rộng</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>phần mở rộng SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>chỉ có liên kết trong sổ đăng ký</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>chỉ còn giá trị lịch sử</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>bản nháp, chưa bao giờ được chuẩn hóa</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>không chuẩn, không có trong RFC nào</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>không còn được dùng</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>không ai cả, không có gì cần sửa</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>người gửi</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>quản trị viên thư phía người gửi</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>người nhận</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>quản trị viên thư phía người nhận</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>phần mềm máy khách</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>kết nối</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>lời chào</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>kết thúc dữ liệu</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>bất kỳ lệnh nào</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>thư báo trả về (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>Không phải phản hồi SMTP – lỗi phía máy khách</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Hoàn tất khẳng định</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Trung gian khẳng định</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Hoàn tất phủ định tạm thời</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Hoàn tất phủ định vĩnh viễn</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Lớp không xác định</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Trạng thái khác hoặc chưa xác định</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Trạng thái địa chỉ</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Trạng thái hộp thư</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Trạng thái hệ thống thư</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Trạng thái mạng và định tuyến</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Trạng thái giao thức chuyển phát thư</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Trạng thái nội dung hoặc định dạng thư</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Trạng thái bảo mật hoặc chính sách</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Nhóm không xác định</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Cú pháp</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Hệ thống thư</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Nhóm chưa được quy định</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Không cần thử lại: bước này đã thành công</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Tiếp tục: máy chủ đang chờ thêm dữ liệu</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Thử lại sau: lỗi chỉ là tạm thời</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Đừng thử lại khi chưa thay đổi gì: lỗi là vĩnh viễn</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Không có phản hồi SMTP: hãy kiểm tra kết nối</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>thẻ của nhà cung cấp</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>do nhà cung cấp dịch vụ thư định nghĩa</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Mã thứ nhất</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Mã thứ %1 cần so sánh</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Mã khác</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Xóa mã này khỏi phần so sánh</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Đảo ngược thứ tự các mã</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Thêm một mã vào phần so sánh (tối đa bốn mã)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Thêm một mã vào phần so sánh</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Các mã đặt cạnh nhau, điểm phân biệt, các khác biệt chính và khi nào dùng mã nào.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Văn bản cần giải thích</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Các mã tìm thấy trong văn bản</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Nhấn Enter để mở chi tiết của mã.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Sao chép bản đã ẩn thông tin</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Sao chép văn bản với địa chỉ email, địa chỉ IP và tên máy chủ đã được ẩn đi</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Sao chép văn bản đã ẩn thông tin</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Chưa có văn bản.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>Không tìm thấy mã phản hồi SMTP nào trong văn bản này.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Tìm thấy %n mã. Nhấn Enter hoặc nhấp đúp để mở một mã.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Kết luận cho từng người nhận</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Dán hoặc thả thư báo trả về, thông báo trạng thái chuyển phát, nhật ký thư hoặc bản ghi phiên SMTP vào đây, hoặc mở bằng Tệp &gt; Mở thư báo trả về hoặc nhật ký. Kết luận cho từng người nhận và mọi mã phản hồi trong đó được hiển thị ở bên phải.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Các dòng dài hơn %1 ký tự được hiển thị rút gọn và không thể sửa văn bản tại đây; toàn bộ văn bản vẫn được giải thích và sao chép. &lt;a href=&quot;clear&quot;&gt;Xóa&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — Mã phản hồi SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Sao chép dạng &amp;văn bản thuần</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Sao chép dạng &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Tìm mã…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Loại &amp;mã</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Mã cơ bản</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Mã mở rộng</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Hiện &amp;chi tiết</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Hiện &amp;so sánh</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiến tới</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;So sánh mã đã chọn với mã đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>&amp;Giới thiệu smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Chi tiết và so sánh</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Chi tiết mã</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Mọi thông tin về mã đã chọn; các mã trong nội dung là liên kết.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Đã sao chép: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>Đã sao chép %1 dạng Markdown.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>Đã sao chép %1 dạng văn bản thuần.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Tài liệu tra cứu ngoại tuyến về mã phản hồi SMTP và mã trạng thái mở rộng.&lt;/p&gt;&lt;p&gt;Được biên dịch với Qt %2, đang chạy trên Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nguồn dữ liệu&lt;/b&gt;: RFC 5321, RFC 3463 và các RFC mở rộng chúng (IETF; được sử dụng theo các điều khoản pháp lý của IETF Trust), cùng sổ đăng ký &quot;SMTP Enhanced Status Codes&quot; của IANA. Phần giải thích, nguyên nhân, bước kiểm tra và lời khuyên được viết riêng cho smtpref. Phần cách dùng của nhà cung cấp mô tả hành vi công khai của các nhà cung cấp đó.&lt;/p&gt;&lt;p&gt;smtpref là phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3 hoặc mới hơn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>Giới thiệu smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Không đọc được tệp cài đặt; đang dùng giá trị mặc định.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>Tệp cài đặt bị hỏng; tệp đã được giữ lại dưới tên %1 và giá trị mặc định được sử dụng.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>Danh mục tích hợp có %n lỗi; một số mã có thể bị thiếu hoặc sai. Chi tiết nằm trong đầu ra của terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Giải thích văn bản…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Đã sao chép văn bản, địa chỉ và tên máy chủ đã được ẩn đi.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Trang đầu</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Mẹo tìm kiếm</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Không có thư mục chính (HOME chưa được đặt): cài đặt sẽ không được lưu.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>Cài đặt sẽ không được lưu: không thể ghi %1.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Mở thư báo trả về hoặc nhật ký…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Mở thư báo trả về hoặc nhật ký</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Thư và nhật ký (*.eml *.msg *.mbox *.txt *.log);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 lớn hơn %2 MB, mức tối đa smtpref đọc được.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 không phải văn bản: tệp chứa dữ liệu nhị phân.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (còn %n ký tự của dòng này không hiển thị)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Tìm mã</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Nhập mã, phần đầu của mã hoặc từ khóa; phím mũi tên lên và xuống để di chuyển trong kết quả.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Chỉ mã %1</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Hiện mã của mọi lớp</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Mã cơ bản</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Mã mở rộng</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Loại mã</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Mã phù hợp</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Các mã khớp với nội dung tìm kiếm, mã khớp nhất đứng đầu.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Số mã phù hợp</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Không có mã nào phù hợp</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 trên %n mã</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Hãy kiểm tra chính tả, dùng ít từ hơn, hoặc nhập một mã như 550 hay 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Không có mã nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Hiện chi tiết</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>So sánh với…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>So sánh với mã đang hiển thị</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Tìm: 550, 5.7.1, 4.7, 5xx, từ khóa hoặc một dòng trong thư báo trả về</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tất cả các nguồn</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Mã của nhà cung cấp</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Chỉ các mã do một nhà cung cấp dịch vụ thư định nghĩa, hoặc các mã mà một nhà cung cấp cụ thể gửi</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Bộ lọc đang bật: hãy chọn Tất cả, Tất cả các loại và Tất cả các nguồn để tìm trong mọi mã.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Di chuyển trong kết quả từ ô tìm kiếm</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Quay lại, Tiến tới</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>So sánh mã đã chọn với mã đang hiển thị</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Hiện chi tiết, Hiện so sánh</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Chữ to hơn, chữ nhỏ hơn, cỡ chữ bình thường</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Giải thích thư báo trả về, nhật ký hoặc bản ghi phiên đã dán</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Mở mã đã chọn, hoặc mã đầu tiên nếu chưa chọn</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Sao chép mã hoặc phần so sánh dạng văn bản thuần</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Sao chép mã hoặc phần so sánh dạng Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Mở thư báo trả về hoặc tệp nhật ký để giải thích</translation>
    </message>
</context>
</TS>
