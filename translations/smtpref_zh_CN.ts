<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>此版本中未嵌入代码目录</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>嵌入的代码目录格式未知</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>嵌入的代码目录不完整或已损坏</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1 处的 JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>文档必须是包含 &quot;entries&quot; 数组的对象</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>该条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>缺失，或不是非空字符串</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>缺失，或不是数组</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>每一项都必须是非空字符串</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>每一项都必须是整数</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>每一项都必须是包含字符串字段 %1 的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; 既不是 basic 也不是 enhanced</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; 不是已知的标准状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; 不是已知的处理方</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; 不是已知的会话阶段</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>至少需要一项</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>既不是基本代码（&quot;550&quot;），也不是增强代码（&quot;X.7.26&quot;）</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>与代码的格式不符</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>必须是代码的首位数字 %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 不是增强代码的类别（应为 2、4 或 5）</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>只有已弃用的代码可以没有类别</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>只有非标准代码可以没有参考资料</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>代码目录中不存在代码 %1</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>该条目引用了自身</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 必须是另一种类型（基本代码与增强代码相互搭配）</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>代码重复，首次定义于 %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>只有增强代码才有此字段</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 不是该条目的代码</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 与自身进行了对比</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 与 %2 的对比已经存在</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>标签由二至五个大写字母和一至三位数字组成（&quot;TSS04&quot;）</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>服务商代码必须注明其服务商</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>只有标准状态为 &quot;provider&quot; 的代码才有服务商</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>标签总是属于某个服务商</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>只有服务商代码可以表示一个范围</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>必须是同一子类中更靠后的代码，例如 X.7.606 之后的 X.7.649</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>与 %1 的范围重叠</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>请运行 &apos;smtpref --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>没有 &quot;%1&quot; 的翻译。可用的语言：%2。</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>代码目录问题：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; 不是 SMTP 响应代码。如需搜索文本，请使用：smtpref --search WORDS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>没有与 &quot;%1&quot; 匹配的代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; 不是单个响应代码。</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>在 %1 中未找到响应代码。</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>注册表中 %1 仅登记用于 %2，但服务器实际上也会以 %3 的形式发送它。</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 不是已登记的组合：注册表中 %2 仅登记用于 %3。</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 对 %2 至 %3 的所有代码都使用此含义。</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 是 %4 以同一含义使用的 %2 至 %3 代码之一。</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>代码目录中没有 %1。</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>最接近的代码：%1。</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>%1 记录了与其相近的代码：%2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助信息并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>列出代码目录中的所有代码。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>使用 LANG 指定的语言输出（例如 fr、ja、pt_BR）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>响应代码：550、5.7.26、&quot;550 5.7.1&quot;、5xx、4.7。</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[代码...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang 需要指定语言名称。</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list 不接受代码，也不能与搜索同时使用。</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search 需要指定要搜索的关键词。</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>请指定一个代码，或使用 --search、--list 或 --help。</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref 离线解释 SMTP 响应代码和增强状态码。</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>查找并解释 FILE（退信、日志或会话记录）中的每个响应代码；- 表示读取标准输入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>输出 FILE，并遮盖其中所有电子邮件地址、主机名、IP 地址和 URL，保留代码；- 表示读取标准输入。</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 只接受一个文件（或用 - 表示标准输入），不能附带其他参数。</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 需要指定文件名，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>按后面的词语或响应行搜索代码，最佳结果在前。</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>并排对比后面给出的 2 至 4 个代码。</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare 需要 2 至 4 个代码，例如：smtpref --compare 550 554</translation>
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
        <translation>示例：
  smtpref 550                    单个代码
  smtpref &quot;550 5.7.26&quot;           一条响应中的基本代码和增强代码
  smtpref 5xx                    某一类别的所有代码（也可用 4.7、55）
  smtpref --search greylisting   与这些词（此例为“灰名单”）匹配的代码，最佳结果在前
  smtpref --compare 550 554      并排对比代码（最多四个）
  smtpref --explain bounce.eml   退信、日志或会话记录中的所有代码
  smtpref --redact bounce.eml    隐去地址、主机名和 IP 的文本
  smtpref --list --json          以 JSON 格式输出整个代码目录

退出状态：0 表示已找到，1 表示代码未知或未找到结果，2 表示参数错误或输入/输出错误。
不带参数运行时，smtpref 会打开图形窗口。
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 正在与自身对比：请为其中一侧选择另一个代码，以查看两者的差异。</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1（%2）和 %3（%4）都是 %5 %6 响应。</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1（%2）是 %3 %4 响应，而 %5（%6）是 %7 %8 响应。</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1（%2）用于 %3 响应，而 %4（%5）用于 %6 响应。</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>标准状态</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 和 %2 报告的是同一种情况，即 %3；只有类别不同，发送服务器的处理方式也随之不同。</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 是基本响应代码，%2 是增强状态码：二者并非二选一，而是同一响应的两个层次，合写为 &quot;%1 %2&quot;。基本代码给出类别和阶段，增强代码给出原因。</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 是 %2 常见的增强代码之一。</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 很少与 %2 一起出现，%2 通常搭配 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>并排对比 %n 个代码：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>4xx 响应要求发件方稍后再试；5xx 响应则告诉它放弃并退信。发送服务器的队列会自动重试 4xx 代码，因此只有 5xx 代码需要人工处理。</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>当响应同时带有两种代码时，请先阅读增强代码：它是二者中更精确的一个。</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>响应出现在会话的哪个阶段，可以区分它们：%1。</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>它们需要不同的人来处理：%1。</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>上面的含义就是区别所在；代码后面的文本通常会说明属于哪一种。</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>两者共有</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>全部共有</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>如果邮件日志只写入 systemd journal，相同的检查为：</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>由 %1 定义，未见于注册表</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 不在 IANA 增强状态码注册表中。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 不在 IANA 注册表中：%2 使用其自有代码。</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>基本代码表示类别 %1，而增强代码表示类别 %2：服务器的响应自相矛盾；是否重试以基本代码为准。</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>注册表中未登记 %1 用于类别 %2。</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 不是标准的 SMTP 响应代码。</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>%1 中的用法：%2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>响应中提到的 %1 是公共 DNS 黑名单：发送 IP 地址已被列入该名单，应向该名单申请移除，而不是向 %2 申请。</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 是 %2 的代码，不在 IANA 注册表中。</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] 是 %2 的标签：其条目解释了此响应。</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>对 %1 的响应</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>请在上方选择两个代码，或在列表中选中一个代码后按 Ctrl+D，将其与“详情”中显示的代码进行对比。</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>另有 %n 条判定未显示；全部判定按类别统计：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 超过 %2 MB，这是 smtpref 可读取的上限。</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 不是文本：其中包含二进制数据。</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── 随报告退回的原始邮件 ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>您是不是要找“%1”？</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>何时出现</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查步骤</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>由谁处理</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>会话阶段</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>搭配的基本代码</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>常见的增强代码</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相关代码</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>%1 中的用法</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主要区别</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>如何选用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1 第 %2 节</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>常见错误文本</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>易混淆的代码</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>如何区分</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>区别</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>如何判断是哪一个</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>处理上的不同</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP 响应代码</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>响应代码的第一位数字就是它的类别。像 5.7.1 这样的增强状态码也以同一个数字开头。</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>最常查询的代码</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>搜索框可以输入什么</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>响应代码、增强状态码，或两者同时输入</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>代码的开头部分或整个类别：以此开头的所有代码</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>关键词（界面语言或英语）</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>关键词（英语）</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>从退信中粘贴的一行：先列出其中的代码，再列出其中词语所描述的代码</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>按 Enter 打开第一个结果；按上下方向键在列表中移动。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>类别 %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>无类别（已弃用）</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>未指明收件人</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>永久性：邮件已被退回</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>暂时性：服务器会继续重试</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>由谁处理：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>%n 个收件人的判定结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>收件人不存在</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>检查地址是否有拼写错误，并向收件人询问正确的地址；如果该地址仍被报告为不存在，就将其从列表中删除。</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>通过其他方式告知收件人其邮箱已满，待对方腾出空间后再重新发送。</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>邮箱已停用或暂停</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>通过其他方式联系收件人；如果该账户一直处于停用状态，就将此地址视为已失效。</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>收件人地址已变更</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>确认新地址真实可信后，发送到收件人的新地址。</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>域名不存在或没有邮件服务器</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>检查 @ 后面的域名拼写；如果拼写正确，则需由域名所有者修复其 DNS（MX 记录）。</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>域名不接收邮件（null MX）</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>该域名声明不接收任何邮件：向收件人索取其他域名下的地址。</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>发送更小的邮件：压缩附件，或改为分享链接。</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>收件人过多或超出发送限制</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>将收件人分成更小的批次，或等待发送限制重置。</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>认证失败（SPF、DKIM、DMARC）</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>由发件域名的管理员修复 SPF、使用 DKIM 签名，并使两者与 From 域名对齐以满足 DMARC。</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>缺少反向 DNS</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>联系发送 IP 地址的所有者，请其添加一条 PTR 记录，且记录中的名称须能解析回该地址。</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>发件方 IP 或域名被封锁</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>在所提到的黑名单中查询发送 IP 地址和域名，解决导致被列入的问题，然后申请移除。</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>垃圾邮件或内容被拒</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>检查邮件的内容、链接和附件；如果邮件是正当的，由发件方管理员检查该域名的信誉。</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>病毒</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>扫描发送邮件的计算机和附件；如果确认无毒，通过其他方式发送该文件。</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>被本地策略拒绝</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>请收件人让其邮件管理员放行您的邮件，并引用响应行。</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>拒绝中继</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>通过您自己的邮件服务器并经过认证后发送，而不是通过不负责收件人域名的服务器发送。</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>发件人地址被拒</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>使用您的账户有权使用、且其域名存在并能接收邮件的地址发送。</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>速率受限或连接过多</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>让队列稍后重试，并降低发送速率和并发连接数。</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>要求 TLS 或 TLS 失败</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>两台服务器无法就 TLS 达成一致：由接收方管理员检查其证书和 STARTTLS，由发送方管理员检查其 TLS 策略。</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>投递超时</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>网络或连接错误</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>收件人的邮件服务器没有响应：队列会自动重试；如果情况持续，由对方管理员检查服务器及其 MX 记录。</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>远程系统错误</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>等待重试；如果问题持续，将响应行报告给收件方的邮件管理员。</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>语法或协议错误</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>检查发送软件的设置（端口、TLS 模式、地址格式）并更新软件。</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>自动回复，不是退信</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>没有任何失败：邮件已投递，这是收件人的自动回复对它的回应。</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>投诉或滥用举报</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>停止向投诉的收件人发送邮件，并检查该地址是如何进入您的列表的。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>无需处理：这是一条成功通知。</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>阅读下方的响应行和该代码的说明；退信中没有更多信息。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>在队列放弃之前始终无法连接收件人的服务器：通过其他方式告知收件人，待其服务器能接收邮件后再重新发送。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>基本代码</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>增强状态码</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP 扩展</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>仅见于注册表登记</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>历史遗留</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>草案，未成为标准</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>非标准，未见于任何 RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>发件方的邮件管理员</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>收件方的邮件管理员</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>客户端软件</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>建立连接</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>数据结束</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意命令</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>退信报告（DSN）</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>非 SMTP 响应（客户端错误）</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>肯定完成</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中间</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>暂时否定完成</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>永久否定完成</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>其他或未定义状态</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>地址状态</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>邮箱状态</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>邮件系统状态</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>网络和路由状态</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>邮件投递协议状态</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>邮件内容或媒体状态</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>安全或策略状态</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>未知子类</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>语法</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>邮件系统</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>未指定分类</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>无需重试：该步骤已成功</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>继续：服务器正在等待更多输入</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>稍后重试：这是暂时性失败</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>不要原样重试：这是永久性失败</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>无 SMTP 响应：请检查连接</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>服务商标签</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>由邮件服务商定义</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>第一个代码</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>要对比的代码 %1</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>另一个代码</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>从对比中移除此代码</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>颠倒代码顺序</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>向对比中添加代码（最多四个）</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>向对比中添加代码</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>并排显示各代码、如何区分、主要区别以及如何选用。</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>要解释的文本</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>在文本中找到的代码</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>按 Enter 打开该代码的详情。</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>复制脱敏文本</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>复制文本，并遮盖其中的电子邮件地址、IP 地址和主机名</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>复制脱敏后的文本</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>尚无文本。</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>此文本中未找到 SMTP 响应代码。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>找到 %n 个代码。按 Enter 或双击可打开所选代码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>每个收件人的判定结果</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>在此处粘贴或拖放退信、投递状态通知、邮件日志或 SMTP 会话记录，也可以通过“文件”&gt;“打开退信或日志”打开。右侧会显示每个收件人的判定结果以及其中的所有响应代码。</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>超过 %1 个字符的行会缩短显示，此处无法编辑文本；说明和复制使用完整文本。&lt;a href=&quot;clear&quot;&gt;清除&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP 响应代码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>复制为纯文本(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>查找代码(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>基本代码</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>增强代码</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>显示对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>将所选代码与当前代码对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>关于 smtpref(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>详情与对比</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>代码详情</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>所选代码的全部信息；文中的代码均为链接。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>已将 %1 复制为 Markdown。</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>已将 %1 复制为纯文本。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;SMTP 响应代码与增强状态码的离线参考手册。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源&lt;/b&gt;：RFC 5321、RFC 3463 及其扩展 RFC（IETF；依据 IETF Trust 的法律条款使用），以及 IANA“SMTP Enhanced Status Codes”注册表。其中的解释、原因、检查步骤和建议均为 smtpref 专门编写。各服务商的用法说明描述的是这些服务商的公开行为。&lt;/p&gt;&lt;p&gt;smtpref 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>关于 smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>无法读取设置文件，将使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>设置文件已损坏，已将其另存为 %1，并改用默认设置。</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>内置代码目录有 %n 个问题，部分代码可能缺失或有误。详细信息请查看终端输出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>解释文本(&amp;E)…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>已复制文本，其中的地址和主机名已被遮盖。</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>搜索提示(&amp;S)</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>没有主文件夹（未设置 HOME）：设置将不会保存。</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>设置将不会保存：无法写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>打开退信或日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>打开退信或日志</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>邮件和日志 (*.eml *.msg *.mbox *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 超过 %2 MB，这是 smtpref 可读取的上限。</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 不是文本：其中包含二进制数据。</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> …（此行还有 %n 个字符未显示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>搜索代码</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>输入代码、代码前缀或关键词；按上下方向键可在结果中移动。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>仅 %1 代码</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>显示所有类别的代码</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>基本代码</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>增强代码</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>代码类型</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>匹配的代码</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>与搜索匹配的代码，最佳匹配排在最前。</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>匹配代码的数量</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>没有匹配的代码</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 / %n 个代码</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>请检查拼写、减少关键词，或输入 550、5.7.1 之类的代码。</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>没有与“%1”匹配的代码。</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>与其他代码对比…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>与当前显示的代码对比</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>搜索：550、5.7.1、4.7、5xx、关键词或退信中的一行</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>服务商代码</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>仅显示邮件服务商定义的代码，或某个服务商发送的代码</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>筛选已启用：选择“全部”“所有类型”和“所有来源”即可搜索所有代码。</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>在搜索框中直接于结果间移动</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>后退、前进</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>将所选代码与当前显示的代码对比</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>显示详情、显示对比</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>放大文字、缩小文字、正常大小</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>解释粘贴的退信、日志或会话记录</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>打开所选代码（未选择时打开第一个）</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>将代码或对比复制为纯文本</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>将代码或对比复制为 Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>打开要解释的退信或日志文件</translation>
    </message>
</context>
</TS>
