<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>이 빌드에는 카탈로그가 내장되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>내장 카탈로그의 형식을 알 수 없습니다</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>내장 카탈로그가 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1에서 JSON 형식 오류: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>문서는 &quot;entries&quot; 배열을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>항목이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>누락되었거나, 빈 문자열이거나, 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>알 수 없는 필드</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>누락되었거나 배열이 아닙니다</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>모든 항목은 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>모든 항목은 정수여야 합니다</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>모든 항목은 다음 문자열 필드를 가진 객체여야 합니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; 값은 basic(기본)도 enhanced(확장)도 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>알 수 없는 상태: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>알 수 없는 조치 주체: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>알 수 없는 단계: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>항목이 하나 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>기본 코드(&quot;550&quot;)도 확장 코드(&quot;X.7.26&quot;)도 아닙니다</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>코드 형식과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>코드의 첫 자리 숫자(%1)와 같아야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 값은 확장 코드의 클래스(2, 4, 5)가 아닙니다</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>클래스를 생략할 수 있는 것은 사용 중단된 코드뿐입니다</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>참고 자료를 생략할 수 있는 것은 비표준 코드뿐입니다</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>카탈로그에 없는 코드입니다: %1</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>항목이 자기 자신을 참조합니다</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 코드는 반대 종류여야 합니다(기본 코드와 확장 코드의 짝)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>중복된 코드입니다(처음 정의된 위치: %1)</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>이 필드는 확장 코드에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 코드는 이 항목의 코드가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 코드를 자기 자신과 비교하고 있습니다</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 코드와 %2 코드의 비교가 이미 있습니다</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>태그는 영문 대문자 2~5개와 숫자 1~3개로 이루어져야 합니다(&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>제공업체 코드에는 해당 제공업체를 지정해야 합니다</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>제공업체를 지정할 수 있는 것은 상태가 &quot;provider&quot;인 코드뿐입니다</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>태그는 항상 제공업체 고유의 코드입니다</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>범위를 나타낼 수 있는 것은 제공업체 코드뿐입니다</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>같은 주제에서 더 뒤에 오는 코드여야 합니다(예: X.7.606 다음의 X.7.649)</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>%1 코드의 범위와 겹칩니다</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>&apos;smtpref --help&apos; 명령으로 도움말을 확인하세요.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>&quot;%1&quot;에 대한 번역이 없습니다. 사용 가능한 언어: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>카탈로그 문제: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>SMTP 응답 코드가 아닙니다: &quot;%1&quot;. 텍스트를 검색하려면 다음을 사용하세요: smtpref --search 검색어</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 해당하는 코드가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>단일 응답 코드가 아닙니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>%1에서 응답 코드를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>출력을 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>클래스 없음</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>레지스트리에서 %1 코드의 클래스는 %2뿐이지만, 실제로 서버는 %3 형태로도 보냅니다.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 조합은 등록되어 있지 않습니다. 레지스트리에서 %2 코드의 클래스는 %3뿐입니다.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1에서는 %2부터 %3까지의 모든 코드를 이 의미로 사용합니다.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 코드는 %4에서 같은 의미로 사용하는 %2~%3 범위의 코드 중 하나입니다.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 코드는 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>가장 가까운 코드: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>인접한 코드는 %1에서 문서화하고 있습니다: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>버전을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>카탈로그의 모든 코드를 나열합니다.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>텍스트 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>지정한 언어로 출력합니다(예: fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>응답 코드: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[코드...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang 옵션에는 언어 이름을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list 옵션은 코드나 검색과 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search 옵션에는 검색할 단어를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>코드를 지정하거나 --search, --list, --help 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref는 SMTP 응답 코드와 확장 상태 코드를 오프라인으로 설명합니다.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>파일(반송 메시지, 로그, 세션 기록)에 있는 모든 응답 코드를 찾아 설명합니다. 파일 대신 -를 지정하면 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>파일의 모든 이메일 주소, 호스트 이름, IP 주소, URL을 가리고 코드는 그대로 둔 채 출력합니다. 파일 대신 -를 지정하면 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 옵션에는 파일 하나(표준 입력은 -)만 지정해야 하며, 다른 인수와 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 옵션에는 파일 이름(표준 입력은 -)을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>뒤따르는 단어나 응답 줄로 코드를 검색합니다(가장 잘 맞는 것부터).</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>뒤따르는 코드 2~4개를 나란히 비교합니다.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare 옵션에는 코드를 2~4개 지정해야 합니다. 예: smtpref --compare 550 554</translation>
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
        <translation>사용 예:
  smtpref 550                    코드 하나
  smtpref &quot;550 5.7.26&quot;           응답의 기본 코드와 확장 코드
  smtpref 5xx                    한 클래스의 모든 코드(4.7, 55 형태도 가능)
  smtpref --search greylisting   그레이리스팅 관련 코드, 가장 잘 맞는 것부터
  smtpref --compare 550 554      코드를 나란히 비교(최대 4개)
  smtpref --explain bounce.eml   반송 메시지, 로그, 세션 기록에 있는 모든 코드
  smtpref --redact bounce.eml    주소, 호스트, IP를 가린 텍스트
  smtpref --list --json          전체 카탈로그를 JSON으로 출력

종료 상태: 0 찾음, 1 알 수 없는 코드 또는 결과 없음, 2 잘못된 인수 또는 입출력 오류.
인수 없이 실행하면 smtpref 창이 열립니다.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 코드를 자기 자신과 비교하고 있습니다. 차이점을 보려면 한쪽에 다른 코드를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1(%2), %3(%4) 두 코드 모두 %5 %6 응답입니다.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1(%2)의 경우 %3 %4 응답인 반면, %5(%6)의 경우 %7 %8 응답입니다.</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1(%2)의 경우 %3 응답에 쓰이고, %4(%5)의 경우 %6 응답에 쓰입니다.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>표준화 상태</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 코드와 %2 코드는 같은 상황(%3)을 알립니다. 다른 것은 클래스뿐이며, 그에 따라 발신 서버가 하는 일도 달라집니다.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 코드는 기본 응답 코드이고 %2 코드는 확장 상태 코드입니다. 둘은 양자택일이 아니라 한 응답의 두 층이며, &quot;%1 %2&quot;처럼 함께 씁니다. 기본 코드는 클래스와 단계를, 확장 코드는 사유를 알려 줍니다.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 코드는 %2 코드와 주로 함께 쓰이는 확장 코드 중 하나입니다.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 코드는 %2 코드와 함께 쓰이는 경우가 드뭅니다. %2 코드에는 대개 %3 코드가 붙습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>코드 %n개를 나란히 비교합니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>4xx 응답은 발신 측에 나중에 다시 시도하라고 요청하고, 5xx 응답은 포기하고 반송하라고 알립니다. 4xx 코드는 발신 서버의 큐가 알아서 재시도하므로, 사람이 조치해야 하는 것은 5xx 코드뿐입니다.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>응답에 두 종류가 모두 있다면 확장 코드를 먼저 읽으세요. 둘 중 더 정확한 쪽입니다.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>응답이 세션의 어느 단계에서 왔는지로 구별됩니다: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>조치할 사람이 서로 다릅니다: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>위의 의미가 곧 차이점입니다. 어느 쪽에 해당하는지는 대개 코드 뒤의 텍스트가 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>두 코드 공통</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>모든 코드 공통</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>메일 로그를 systemd 저널에만 기록하는 경우에는 다음과 같이 확인합니다:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>%1에서 정의, 레지스트리에 없음</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 코드는 IANA 확장 상태 코드 레지스트리에 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 코드는 IANA 레지스트리에 없습니다. %2에서 자체적으로 사용하는 코드입니다.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>기본 코드는 %1 클래스, 확장 코드는 %2 클래스를 나타냅니다. 서버 응답이 서로 모순되며, 재시도 여부는 기본 코드를 따릅니다.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>레지스트리에는 %1 코드가 %2 클래스로 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 코드는 표준 SMTP 응답 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>%1에서의 사용: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>응답에 공개 DNS 차단 목록인 %1이(가) 언급되어 있습니다. 발신 IP 주소가 이 목록에 올라 있으므로, 차단 해제는 %2이(가) 아니라 이 목록에 요청해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 코드는 %2의 코드로, IANA 레지스트리에 없습니다.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1]은(는) %2의 태그입니다. 해당 항목에서 이 응답을 설명합니다.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>%1에 대한 응답</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>응답 서버: %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>명령 복사</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>위에서 두 코드를 선택하거나, 목록에서 코드를 선택한 뒤 Ctrl+D를 눌러 세부 정보에 표시된 코드와 비교하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>판정 %n개를 더 표시하지 않았습니다. 전체를 범주별로 보면:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1의 크기가 smtpref가 읽을 수 있는 최대 크기인 %2MB를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1은(는) 텍스트가 아닙니다. 바이너리 데이터가 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── 보고서와 함께 반송된 원본 메시지 ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>“%1”을(를) 찾으셨나요?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>발생 상황</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>조치 주체</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>세션 단계</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>함께 쓰이는 기본 코드</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>주로 쓰이는 확장 코드</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>관련 코드</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고 자료</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>%1에서의 사용</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>주요 차이점</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>코드 선택 기준</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1 %2절</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>자주 보이는 오류 문구</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>자주 혼동되는 코드</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>구별 기준</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>차이점</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>어느 코드인지 알아보는 방법</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>조치의 차이</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP 응답 코드</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>응답 코드의 첫 자리는 그 클래스입니다. 5.7.1 같은 확장 상태 코드도 같은 숫자로 시작합니다.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>자주 찾는 코드</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>검색 창에 입력할 수 있는 것</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>응답 코드, 확장 상태 코드 또는 둘 다</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>코드의 앞부분 또는 클래스 전체: 그렇게 시작하는 모든 코드</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>단어(인터페이스 언어 또는 영어)</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>단어(영어)</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>반송 메시지에서 붙여 넣은 줄: 먼저 그 안의 코드, 다음으로 그 단어가 설명하는 코드</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>사서함 가득 참</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter 키로 첫 번째 결과를 엽니다. ↑, ↓ 키로 목록 사이를 이동합니다.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>클래스 %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>클래스 없음(사용 중단)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>클래스 %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>수신자가 명시되지 않음</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>영구적: 메시지가 반송되었습니다</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>일시적: 서버가 계속 재시도합니다</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>조치 주체: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>수신자 %n명에 대한 판정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>수신자 알 수 없음</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>주소에 오타가 없는지 확인하고 수신자에게 올바른 주소를 물어보세요. 계속 알 수 없는 주소로 나오면 목록에서 삭제하세요.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>사서함 가득 참</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>사서함이 가득 찼다는 사실을 다른 방법으로 수신자에게 알리고, 수신자가 공간을 확보한 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>사서함 비활성화 또는 정지</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>다른 방법으로 수신자에게 연락하세요. 계정이 계속 비활성 상태이면 더 이상 쓰이지 않는 주소로 간주하세요.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>수신자 주소 변경</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>수신자의 새 주소가 진짜인지 확인한 뒤 그 주소로 보내세요.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>도메인이 없거나 메일 서버가 없음</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>@ 뒤의 도메인 철자를 확인하세요. 철자가 맞다면 도메인 소유자가 DNS(MX 레코드)를 수정해야 합니다.</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>메일을 받지 않는 도메인(null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>이 도메인은 메일을 받지 않는다고 선언하고 있습니다. 수신자에게 다른 도메인의 주소를 요청하세요.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>메시지 크기 초과</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>더 작은 메시지를 보내세요. 첨부 파일을 압축하거나 대신 링크를 공유하세요.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>수신자 수 초과 또는 발송 한도 초과</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>수신자를 더 작은 묶음으로 나누거나, 발송 한도가 초기화될 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>인증 실패(SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>발신 도메인의 관리자가 SPF를 수정하고 DKIM으로 서명하며, DMARC를 위해 둘 다 From 도메인과 정렬합니다.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>역방향 DNS 없음</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>발신 IP 주소의 소유자에게 이름이 다시 그 주소로 조회되는 PTR 레코드를 요청하세요.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>발신자 IP 또는 도메인 차단</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>언급된 차단 목록에서 발신 IP 주소와 도메인을 조회하고, 목록에 오른 원인을 해결한 다음 차단 해제를 요청하세요.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>스팸 또는 콘텐츠 거부</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>메시지의 내용, 링크, 첨부 파일을 검토하세요. 정상적인 메시지라면 발신 측 관리자가 도메인 평판을 확인합니다.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>바이러스</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>발신 컴퓨터와 첨부 파일을 검사하세요. 이상이 없으면 다른 방법으로 파일을 보내세요.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>로컬 정책에 따른 거부</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>응답 줄을 인용하여, 수신 측 메일 관리자가 내 메시지를 허용하도록 요청해 달라고 수신자에게 부탁하세요.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>릴레이 거부</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>수신자의 도메인을 처리하지 않는 서버가 아니라, 자신의 메일 서버를 통해 인증을 거쳐 보내세요.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>발신자 주소 거부</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>내 계정에서 사용할 수 있고, 도메인이 존재하며 메일을 받을 수 있는 주소로 보내세요.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>속도 제한 또는 연결 과다</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>큐가 나중에 재시도하도록 두고, 발송 속도와 동시 연결 수를 줄이세요.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS 필수 또는 TLS 실패</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>두 서버가 TLS에 합의하지 못했습니다. 수신 측 관리자는 인증서와 STARTTLS를, 발신 측 관리자는 TLS 정책을 확인합니다.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>배달 기한 만료</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>네트워크 또는 연결 오류</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>수신자의 메일 서버가 응답하지 않았습니다. 큐가 자동으로 재시도하며, 이 상태가 계속되면 수신 측 관리자가 서버와 MX 레코드를 확인합니다.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>원격 시스템 오류</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>재시도를 기다리세요. 문제가 계속되면 응답 줄을 수신 측 메일 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>구문 또는 프로토콜 오류</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>발신 소프트웨어의 설정(포트, TLS 모드, 주소 형식)을 확인하고 소프트웨어를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>반송이 아닌 자동 응답</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>실패한 것은 없습니다. 메시지는 배달되었고, 수신자의 자동 응답이 회신한 것입니다.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>스팸 신고 또는 악용 신고</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>신고한 수신자에게 발송을 중단하고, 해당 주소가 어떻게 목록에 들어갔는지 확인하세요.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배달됨</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>조치할 필요가 없습니다. 성공 알림입니다.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>판별 불가</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>아래의 응답 줄과 코드 설명을 읽으세요. 반송 메시지에는 더 이상의 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>큐가 포기하기 전까지 수신자의 서버에 연결할 수 없었습니다. 다른 방법으로 수신자에게 알리고, 서버가 메일을 받을 수 있게 되면 다시 보내세요.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>기본 코드</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>확장 상태 코드</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP 확장</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>레지스트리에만 등록됨</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>과거 규격</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>초안, 표준화되지 않음</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>비표준, RFC에 없음</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>사용 중단</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>없음, 해결할 문제 없음</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>발신 측 메일 관리자</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>수신 측 메일 관리자</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>클라이언트 소프트웨어</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>인사 메시지</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>데이터 끝</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>모든 명령</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>반송 보고서(DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>SMTP 응답 아님(클라이언트 측 오류)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>긍정 완료</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>긍정 중간</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>일시적 부정 완료</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>영구적 부정 완료</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>알 수 없는 클래스</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>기타 또는 정의되지 않은 상태</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>주소 지정 상태</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>사서함 상태</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>메일 시스템 상태</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>네트워크 및 라우팅 상태</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>메일 배달 프로토콜 상태</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>메시지 내용 또는 미디어 상태</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>보안 또는 정책 상태</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>알 수 없는 주제</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>구문</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>메일 시스템</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>지정되지 않은 범주</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>재시도 불필요: 해당 단계가 성공했습니다</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>계속 진행: 서버가 추가 입력을 기다립니다</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>나중에 재시도: 일시적인 실패입니다</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>그대로 재시도하지 마세요: 영구적인 실패입니다</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>SMTP 응답 없음: 연결을 확인하세요</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>제공업체 태그</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>메일 제공업체에서 정의</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>첫 번째 코드</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>비교할 코드 %1</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>다른 코드</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>비교에서 이 코드 제거</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>코드 순서 뒤집기</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>비교할 코드 추가(최대 4개)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>비교할 코드 추가</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>코드를 나란히 놓고 구별 기준, 주요 차이점, 코드 선택 기준을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>설명할 텍스트</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>텍스트에서 찾은 코드</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter 키를 누르면 코드의 세부 정보가 열립니다.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>마스킹하여 복사</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>이메일 주소, IP 주소, 호스트 이름을 마스킹하여 텍스트 복사</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>마스킹한 텍스트 복사</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>아직 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>이 텍스트에서 SMTP 응답 코드를 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>코드 %n개를 찾았습니다. Enter 키를 누르거나 두 번 클릭하면 해당 코드가 열립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>수신자별 판정</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>반송 메시지, 배달 상태 알림, 메일 로그 또는 SMTP 세션 기록을 여기에 붙여 넣거나 끌어다 놓거나, ‘파일’ &gt; ‘반송 메시지 또는 로그 열기’로 여세요. 수신자별 판정과 그 안의 모든 응답 코드가 오른쪽에 표시됩니다.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>%1자를 넘는 줄은 줄여서 표시하며 여기서는 텍스트를 편집할 수 없습니다. 설명과 복사에는 전체 텍스트가 쓰입니다. &lt;a href=&quot;clear&quot;&gt;지우기&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP 응답 코드</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>일반 텍스트로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>코드 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>텍스트 크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>텍스트 작게(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>기본 크기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>클래스(&amp;C)</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>기본 코드</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>확장 코드</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>세부 정보 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>비교 보기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>선택한 코드를 표시된 코드와 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>smtpref 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>세부 정보 및 비교</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>코드 세부 정보</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>선택한 코드에 대한 모든 정보입니다. 본문의 코드는 링크입니다.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>복사됨: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 코드를 Markdown으로 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 코드를 일반 텍스트로 복사했습니다.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;SMTP 응답 코드와 확장 상태 코드를 위한 오프라인 참조 도구입니다.&lt;/p&gt;&lt;p&gt;Qt %2 기반으로 빌드되었으며 Qt %3에서 실행 중입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;데이터 출처&lt;/b&gt;: RFC 5321, RFC 3463 및 이를 확장하는 RFC(IETF, IETF Trust의 법적 조항에 따라 사용), IANA &quot;SMTP Enhanced Status Codes&quot; 레지스트리. 설명, 원인, 확인 사항, 조언은 smtpref를 위해 작성되었습니다. 제공업체별 사용 방식은 해당 업체의 공개된 동작을 설명한 것입니다.&lt;/p&gt;&lt;p&gt;smtpref는 GNU 일반 공중 사용 허가서(GPL) 버전 3 또는 그 이후 버전에 따라 배포되는 자유 소프트웨어입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>smtpref 정보</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>설정 파일을 읽을 수 없어 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>설정 파일이 손상되었습니다. 손상된 파일은 %1 이름으로 보관했으며 기본값을 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>내장 카탈로그에 문제가 %n개 있습니다. 일부 코드가 누락되었거나 잘못되었을 수 있습니다. 자세한 내용은 터미널 출력을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>텍스트 설명(&amp;E)…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>주소와 호스트 이름을 마스킹한 텍스트를 복사했습니다.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>시작 페이지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>검색 도움말(&amp;S)</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>홈 폴더가 없습니다(HOME이 설정되지 않음). 설정이 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>설정이 저장되지 않습니다: %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>반송 메시지 또는 로그 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>반송 메시지 또는 로그 열기</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>메일 메시지 및 로그 (*.eml *.msg *.mbox *.txt *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1의 크기가 smtpref가 읽을 수 있는 최대 크기인 %2MB를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1은(는) 텍스트가 아닙니다. 바이너리 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 파일을 열었습니다.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (이 줄의 나머지 %n자는 표시하지 않음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>코드 검색</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>코드, 코드 앞부분 또는 단어를 입력하세요. ↑, ↓ 키로 결과 사이를 이동합니다.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>%1 코드만</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>모든 클래스의 코드 표시</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>기본 코드</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>확장 코드</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>코드 종류</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>일치하는 코드</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>검색과 일치하는 코드입니다. 가장 잘 일치하는 코드가 먼저 표시됩니다.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>일치하는 코드 수</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>일치하는 코드 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>코드 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>철자를 확인하거나, 단어 수를 줄이거나, 550 또는 5.7.1 같은 코드를 입력해 보세요.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>“%1”에 해당하는 코드가 없습니다.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>세부 정보 보기</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>다른 코드와 비교…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>표시된 코드와 비교</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>검색: 550, 5.7.1, 4.7, 5xx, 단어 또는 반송 메시지의 한 줄</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>제공업체 코드</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>메일 제공업체가 정의한 코드 또는 특정 제공업체가 보내는 코드만 표시</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>필터가 적용되어 있습니다. 모든 코드를 검색하려면 ‘전체’, ‘모든 종류’, ‘모든 출처’를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>검색 필드에서 결과 사이 이동</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>뒤로, 앞으로</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>선택한 코드를 표시된 코드와 비교</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>세부 정보 보기, 비교 보기</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>텍스트 크게, 텍스트 작게, 기본 크기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>붙여 넣은 반송 메시지, 로그, 세션 기록 설명</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>선택한 코드 열기(선택이 없으면 첫 번째 코드)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>시작 페이지</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>코드나 비교 내용을 일반 텍스트로 복사</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>코드나 비교 내용을 Markdown으로 복사</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>설명할 반송 메시지 또는 로그 파일 열기</translation>
    </message>
</context>
</TS>
