<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>このビルドにはカタログが組み込まれていません</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>組み込みカタログの形式が不明です</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>組み込みカタログが途中で切れているか、破損しています</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1 に JSON の構文エラーがあります: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>ドキュメントは &quot;entries&quot; 配列を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>エントリが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>値がないか、空でない文字列ではありません</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>値がないか、配列ではありません</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>すべての項目は空でない文字列でなければなりません</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>すべての項目は整数でなければなりません</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>すべての項目は文字列フィールド %1 を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; は basic（基本）でも enhanced（拡張）でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; は既知の規格上の位置付けではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; は既知の対応者ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; は既知のセッション段階ではありません</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>項目が少なくとも 1 つ必要です</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>基本コード（&quot;550&quot;）でも拡張コード（&quot;X.7.26&quot;）でもありません</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>コードの形式と一致しません</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>コードの先頭の数字（%1）でなければなりません</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 は拡張コードのクラス（2、4、5）ではありません</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>クラスがなくてもよいのは非推奨のコードだけです</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>参照がなくてもよいのは非標準のコードだけです</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>コード %1 はカタログにありません</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>エントリが自分自身を参照しています</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 はもう一方の種類のコードでなければなりません（基本コードには拡張コード）</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>コードが重複しています（最初の定義: %1）</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>このフィールドを持てるのは拡張コードだけです</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 はこのエントリのコードではありません</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 が自分自身と比較されています</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 と %2 はすでに比較されています</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>タグは英大文字 2〜5 文字と数字 1〜3 桁で構成する必要があります（&quot;TSS04&quot;）</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>プロバイダーコードには、そのプロバイダーを指定する必要があります</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>プロバイダーを指定できるのは、規格上の位置付けが &quot;provider&quot; のコードだけです</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>タグは必ずプロバイダー独自のコードです</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>範囲を表せるのはプロバイダーコードだけです</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>同じ分類で、より後ろのコードでなければなりません（例: X.7.606 の後の X.7.649）</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>%1 の範囲と重なっています</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>詳しくは &apos;smtpref --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>&quot;%1&quot; の翻訳はありません。利用できる言語: %2。</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>カタログの問題: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; は SMTP 応答コードではありません。本文を検索するには次を使用してください: smtpref --search WORDS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; に一致するコードはありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; は単一の応答コードではありません。</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>%1 に応答コードは見つかりませんでした。</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>出力を書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>クラスなし</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>レジストリでは %1 は %2 専用とされていますが、実際にはサーバーは %3 としても送信します。</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 は登録された組み合わせではありません。レジストリでは %2 は %3 専用です。</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 は %2 から %3 までのすべてのコードをこの意味で使用しています。</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 は、%4 が同じ意味で使用している %2 から %3 までのコードの 1 つです。</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 はカタログにありません。</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>最も近いコードは %1 です。</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>近い番号のコードは %1 が文書化しています: %2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>カタログ内のすべてのコードを一覧表示します。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>言語 LANG で出力します（例: fr、ja、pt_BR）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>応答コード: 550、5.7.26、&quot;550 5.7.1&quot;、5xx、4.7</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[コード...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang には言語名を指定してください。</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list はコードや検索語と一緒には指定できません。</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search には検索する語句を指定してください。</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>コードを指定するか、--search、--list、--help のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref は SMTP 応答コードと拡張ステータスコードをオフラインで解説します。</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>ファイル FILE（バウンスメール、ログ、セッションの記録）に含まれるすべての応答コードを見つけて解説します。- を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>ファイル FILE を、メールアドレス、ホスト名、IP アドレス、URL をすべて伏せて表示します（コードはそのまま残ります）。- を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 にはファイルを 1 つだけ指定してください（標準入力の場合は-）。ほかのオプションやコードとは一緒に指定できません。</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 にはファイル名を指定してください（標準入力の場合は-）。</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>後に続く語句または応答行でコードを検索します（関連度の高い順）。</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>後に続く 2～4 個のコードを並べて比較します。</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare にはコードを 2～4 個指定してください。例: smtpref --compare 550 554</translation>
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
        <translation>例:
  smtpref 550                    1 つのコード
  smtpref &quot;550 5.7.26&quot;           応答の基本コードと拡張コード
  smtpref 5xx                    クラスのすべてのコード（4.7 や 55 のような指定も可）
  smtpref --search greylisting   語句（この例ではグレーリスティング）に合うコードを関連度の高い順に
  smtpref --compare 550 554      コードを並べて比較（4 つまで）
  smtpref --explain bounce.eml   バウンスメール、ログ、セッションの記録内のすべてのコード
  smtpref --redact bounce.eml    アドレス、ホスト名、IP を伏せたテキスト
  smtpref --list --json          カタログ全体を JSON で出力

終了ステータス: 0 該当あり、1 不明なコードまたは該当なし、2 引数の誤り、または入出力エラー。
引数なしで実行すると、smtpref はウィンドウを開きます。
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 を自分自身と比較しています。違いを確認するには、どちらか一方に別のコードを選んでください。</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1（%2）と %3（%4）は、どちらも %5 の %6 応答です。</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1（%2）は %3 の %4 応答ですが、%5（%6）は %7 の %8 応答です。</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1（%2）は %3 の応答で使われ、%4（%5）は %6 の応答で使われます。</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>規格上の位置付け</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 と %2 は同じ状態（%3）を示します。異なるのはクラスだけで、それによって送信側サーバーの動作が変わります。</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 は基本の応答コード、%2 は拡張ステータスコードです。どちらか一方ではなく 1 つの応答の 2 つの層で、&quot;%1 %2&quot; のように並べて書かれます。基本コードはクラスと段階を、拡張ステータスコードは理由を示します。</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 は %2 とともに送られる一般的な拡張コードの 1 つです。</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 が %2 とともに送られることはまれで、%2 には通常 %3 が付きます。</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n 個のコードを並べて比較: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>4xx 応答は送信者に後で再試行するよう求め、5xx 応答は送信をあきらめてバウンスするよう伝えます。4xx のコードは送信側サーバーのキューが自動で再試行するため、人の対応が必要なのは 5xx のコードだけです。</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>応答に両方の種類のコードが含まれている場合は、より詳しい拡張コードを先に読んでください。</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>応答がセッションのどの段階で返されたかで区別できます: %1。</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>対応すべき人が異なります: %1。</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>違いは上記の意味にあります。どちらに当たるかは、通常コードの後のテキストでわかります。</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>メールのログを systemd ジャーナルにのみ記録している場合の同じ確認:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>%1 による定義（レジストリに記載なし）</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 は拡張ステータスコードの IANA レジストリにありません。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 は IANA レジストリにありません。%2 は独自のコードを使用しています。</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>基本コードはクラス %1、拡張コードはクラス %2 を示しており、サーバーの応答が矛盾しています。再試行するかどうかは基本コードで判断します。</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>レジストリでは、%1 はクラス %2 のコードとして登録されていません。</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 は標準の SMTP 応答コードではありません。</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>%1 での使われ方: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>応答には公開 DNS ブロックリストの %1 が示されています。送信元 IP アドレスはこのリストに掲載されており、掲載解除は %2 ではなくこのリストに申請します。</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 は %2 のコードで、IANA レジストリにはありません。</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] は %2 のタグです。この応答はそのエントリで解説しています。</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>%1 への応答</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>上で 2 つのコードを選ぶか、一覧でコードを選択して Ctrl+D を押すと、「詳細」に表示中のコードと比較できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>ほかに %n 件の判定は表示していません。すべての判定の分類別件数:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 は %2 MB を超えています。smtpref が読み込めるのは %2 MB までです。</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 はテキストではありません（バイナリデータを含んでいます）。</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── レポートとともに返送された元のメッセージ ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>もしかして「%1」ですか？</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>表示される場面</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>セッション内の段階</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>併用される基本コード</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>よく使われる拡張コード</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>%1 での使われ方</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主な違い</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>使い分け</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1 %2 節</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>よく見られるエラーテキスト</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>よく混同されるコード</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>見分け方</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>違い</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>どちらなのかを見分ける方法</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>対応の違い</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP 応答コード</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>応答コードの最初の数字はそのクラスを表します。5.7.1 のような拡張ステータスコードも同じ数字で始まります。</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>よく調べられるコード</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>検索欄に入力できるもの</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>応答コード、拡張ステータスコード、またはその両方</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>コードの先頭部分、またはクラス全体: そこから始まるすべてのコード</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>語句（インターフェースの言語または英語）</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>語句（英語）</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>バウンスメールから貼り付けた行: まずその中のコード、次にその語句が表すコード</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>メールボックス 容量</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter キーで最初の結果を開きます。↑/↓キーでリスト内を移動できます。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>クラス %1（%2）</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>クラスなし（非推奨）</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>クラス %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>受信者の記載なし</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>恒久的: メッセージは返送されました</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>一時的: サーバーが再試行を続けています</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>対応者: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>受信者 %n 件の判定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>受信者不明</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>アドレスに入力ミスがないか確認し、正しいアドレスを受信者に問い合わせてください。不明のままであれば、リストから削除してください。</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>メールボックス容量超過</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>メールボックスがいっぱいであることを別の手段で受信者に知らせ、空きができてから再送してください。</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>メールボックスの無効化または停止</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>別の手段で受信者に連絡してください。アカウントが無効のままであれば、そのアドレスは使われなくなったものとして扱ってください。</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>受信者のアドレス変更</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>正当なものであることを確認したうえで、受信者の新しいアドレスに送信してください。</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>ドメインが存在しないか、メールサーバーがない</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>@ の後のドメインのつづりを確認してください。正しい場合は、ドメインの所有者が DNS（MX レコード）を修正する必要があります。</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>ドメインがメールを受け付けない（null MX）</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>このドメインはメールを受信しないと宣言しています。別のドメインのアドレスを受信者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>メッセージのサイズ超過</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>より小さなメッセージを送信してください。添付ファイルを圧縮するか、代わりにリンクで共有してください。</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>受信者が多すぎるか、送信制限を超過</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>受信者をより小さなグループに分けるか、送信制限がリセットされるまで待ってください。</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>認証失敗（SPF、DKIM、DMARC）</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>送信ドメインの管理者が SPF を修正して DKIM で署名し、DMARC のために両方を From ドメインとアライメントさせます。</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>逆引き DNS なし</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>送信元 IP アドレスの所有者に、その名前が同じアドレスに解決される PTR レコードを設定するよう依頼してください。</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>送信者の IP またはドメインのブロック</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>示されたブロックリストで送信元 IP アドレスとドメインを調べ、掲載の原因を解消してから掲載解除を申請してください。</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>スパムまたはコンテンツによる拒否</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>メッセージの内容、リンク、添付ファイルを見直してください。正当なメッセージであれば、送信側の管理者がドメインのレピュテーションを確認します。</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>ウイルス</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>送信元のコンピューターと添付ファイルをスキャンしてください。問題がなければ、ファイルを別の方法で送ってください。</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>ローカルポリシーによる拒否</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>応答行を引用して、受信者側のメール管理者にこちらからのメッセージを許可してもらうよう受信者に依頼してください。</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>中継拒否</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>受信者のドメインを扱っていないサーバーではなく、自分のメールサーバーを経由して認証付きで送信してください。</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>送信者アドレスの拒否</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>自分のアカウントで使用が認められていて、ドメインが存在しメールを受信できるアドレスから送信してください。</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>レート制限または接続数超過</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>キューに後で再試行させ、送信レートと並列接続数を下げてください。</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS 必須または TLS の失敗</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>2 つのサーバー間で TLS の合意ができませんでした。受信側の管理者は証明書と STARTTLS を、送信側の管理者は TLS ポリシーを確認します。</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>配送期限切れ</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>ネットワークまたは接続のエラー</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>受信者のメールサーバーが応答しませんでした。キューが自動的に再試行します。この状態が続く場合は、受信者側の管理者がサーバーとその MX レコードを確認します。</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>リモートシステムのエラー</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>再試行を待ってください。解消しない場合は、応答行を受信者側のメール管理者に報告してください。</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>構文またはプロトコルのエラー</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>送信ソフトウェアの設定（ポート、TLS モード、アドレス形式）を確認し、ソフトウェアを更新してください。</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>自動応答（バウンスではない）</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>失敗はありません。メッセージは配送され、受信者の自動応答が返信したものです。</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>苦情または不正利用の報告</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>苦情を申し立てた受信者への送信を停止し、そのアドレスがリストに載った経緯を確認してください。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配送済み</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>対処は不要です。これは配送成功の通知です。</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>下の応答行とコードの解説を読んでください。バウンスにはこれ以上の情報はありません。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>キューが配送をあきらめるまでに受信者のサーバーに接続できませんでした。別の手段で受信者に知らせ、メールを受け付けるようになったら再送してください。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>基本コード</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>拡張ステータスコード</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP 拡張</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>レジストリ上の対応付けのみ</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>歴史的</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>ドラフト（標準化されず）</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>非標準（どの RFC にも記載なし）</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>なし（対処不要）</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>送信者側のメール管理者</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>受信者側のメール管理者</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>クライアントソフトウェア</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>グリーティング</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>データ終端</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意のコマンド</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>バウンス通知（DSN）</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>SMTP 応答ではない（クライアント側のエラー）</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>肯定完了</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中間</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>一時的否定完了</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>恒久的否定完了</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>不明なクラス</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>その他または未定義のステータス</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>アドレスのステータス</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>メールボックスのステータス</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>メールシステムのステータス</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>ネットワークとルーティングのステータス</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>メール配送プロトコルのステータス</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>メッセージ内容またはメディアのステータス</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>セキュリティまたはポリシーのステータス</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>不明な分類</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>構文</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>メールシステム</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>未規定のカテゴリ</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>再試行不要: 処理は成功しました</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>続行: サーバーは続きの入力を待っています</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>後で再試行: 一時的な失敗です</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>そのままでは再試行しない: 恒久的な失敗です</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>SMTP 応答なし: 接続を確認してください</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>プロバイダータグ</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>メールプロバイダー独自の定義</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>1 つ目のコード</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>比較するコード %1</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>別のコード</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>このコードを比較から外す</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>コードの順序を逆にする</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>比較するコードを追加（4 つまで）</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>比較するコードを追加</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>コードを並べて表示し、見分け方、主な違い、使い分けを示します。</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>解説するテキスト</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>テキスト内で見つかったコード</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter キーでコードの詳細を開きます。</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>マスクしてコピー</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>メールアドレス、IP アドレス、ホスト名をマスクしてテキストをコピー</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>テキストをマスクしてコピー</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>テキストがまだありません。</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>このテキストには SMTP 応答コードが見つかりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n 件のコードが見つかりました。Enter キーまたはダブルクリックで開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>受信者ごとの判定</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>バウンスメール、配送状態通知、メールログ、SMTP のセッションの記録をここに貼り付けるかドロップするか、「ファイル」&gt;「バウンスメールまたはログを開く」で開いてください。受信者ごとの判定と、含まれるすべての応答コードが右側に表示されます。</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>%1 文字を超える行は短縮して表示し、ここではテキストを編集できません。説明とコピーにはテキスト全体を使います。&lt;a href=&quot;clear&quot;&gt;クリア&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP 応答コード</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>プレーンテキストとしてコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>コードを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>標準のサイズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>クラス(&amp;C)</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>基本コード</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>拡張コード</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>比較を表示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>選択中のコードを表示中のコードと比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>smtpref について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>詳細と比較</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>コードの詳細</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>選択したコードに関するすべての情報です。本文中のコードはリンクになっています。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 を Markdown としてコピーしました。</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 をプレーンテキストとしてコピーしました。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;SMTP 応答コードと拡張ステータスコードのオフラインリファレンスです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされ、Qt %3 で動作しています。&lt;/p&gt;&lt;p&gt;&lt;b&gt;データの出典&lt;/b&gt;: RFC 5321、RFC 3463 およびそれらを拡張する RFC（IETF。IETF Trust の法的条項に基づいて使用）、ならびに IANA の「SMTP Enhanced Status Codes」レジストリ。解説、原因、確認項目、助言は smtpref のために書き下ろしたものです。プロバイダーでの使われ方は、各プロバイダーの公開されている挙動を記述したものです。&lt;/p&gt;&lt;p&gt;smtpref は GNU General Public License バージョン 3 以降の下で提供されるフリーソフトウェアです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>smtpref について</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>設定ファイルを読み込めませんでした。既定値を使用します。</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>設定ファイルが破損していました。ファイルを %1 として保存し、既定値を使用します。</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>組み込みカタログに %n 件の問題があります。一部のコードが欠けているか、誤っている可能性があります。詳細はターミナルの出力を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>テキストを解説(&amp;E)…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>アドレスとホスト名をマスクしてテキストをコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>スタートページ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>検索のヒント(&amp;S)</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>ホームフォルダーがありません（HOME が設定されていません）。設定は保存されません。</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>設定は保存されません: %1 に書き込めません。</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>バウンスメールまたはログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>バウンスメールまたはログを開く</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>メールメッセージとログ (*.eml *.msg *.mbox *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 は %2 MB を超えています。smtpref が読み込めるのは %2 MB までです。</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 はテキストではありません（バイナリデータを含んでいます）。</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> …（この行の残り %n 文字は表示していません）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>コードの検索</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>コード、コードの先頭部分、または語句を入力します。↑/↓キーで結果内を移動できます。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>%1 のコードのみ</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>すべてのクラスのコードを表示</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>基本コード</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>拡張コード</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>コードの種類</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>一致するコード</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>検索に一致するコード（一致度の高い順）。</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>一致するコードの数</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>一致するコードはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>つづりを確認するか、語句を減らすか、550 や 5.7.1 などのコードを入力してください。</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>「%1」に一致するコードはありません。</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>ほかのコードと比較…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>表示中のコードと比較</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>検索: 550、5.7.1、4.7、5xx、語句、またはバウンスメールの行</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての定義元</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>プロバイダーコード</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>メールプロバイダーが定義したコード、または特定のプロバイダーが送信するコードだけを表示</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>フィルターが有効です。すべてのコードを検索するには「すべて」「すべての種類」「すべての定義元」を選んでください。</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>検索フィールドから結果内を移動</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>戻る、進む</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>選択したコードを表示中のコードと比較</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>詳細を表示、比較を表示</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>文字を大きく、文字を小さく、標準のサイズ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>貼り付けたバウンスメール、ログ、セッションの記録を解説</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>選択したコード（未選択なら最初のコード）を開く</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>スタートページ</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>コードまたは比較をプレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>コードまたは比較を Markdown としてコピー</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>解説するバウンスメールまたはログファイルを開く</translation>
    </message>
</context>
</TS>
