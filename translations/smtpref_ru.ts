<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>в эту сборку не встроен каталог</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>встроенный каталог имеет неизвестный формат</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>встроенный каталог обрезан или повреждён</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>некорректный JSON (%1): %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>документ должен быть объектом с массивом &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>запись не является объектом JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>отсутствует или не является непустой строкой</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>отсутствует или не является массивом</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>каждый элемент должен быть непустой строкой</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>каждый элемент должен быть целым числом</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>каждый элемент должен быть объектом со строковыми полями %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot;: ожидается basic или enhanced</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; — неизвестный статус</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; — неизвестный исполнитель</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; — неизвестный этап</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>нужен хотя бы один элемент</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>не базовый код («550») и не расширенный код («X.7.26»)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>не соответствует виду кода</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>должно совпадать с первой цифрой кода, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 — не класс расширенных кодов (2, 4 или 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>без класса может быть только устаревший код</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>без ссылки на источник может быть только нестандартный код</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>кода %1 нет в каталоге</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>запись ссылается сама на себя</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 должен быть другого типа (базовый в паре с расширенным)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>повторяющийся код, впервые определён в %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>это поле бывает только у расширенных кодов</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 — не код этой записи</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 сравнивается сам с собой</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>сравнение %1 и %2 уже есть</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>тег состоит из двух–пяти заглавных букв и одной–трёх цифр (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>у кода провайдера должен быть указан провайдер</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>провайдер указывается только у кода со статусом &quot;provider&quot;</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>тег всегда принадлежит провайдеру</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>диапазон может обозначать только код провайдера</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>должен быть кодом той же категории с большим номером, например X.7.649 после X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>пересекается с диапазоном %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Справка: smtpref --help</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>нет перевода на «%1». Доступные языки: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>ошибка в каталоге: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>«%1» — не код ответа SMTP. Для поиска по текстам используйте: smtpref --search СЛОВА</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>нет кодов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>«%1» — не одиночный код ответа.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>в %1 не найдено ни одного кода ответа.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>не удаётся записать вывод: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>без класса</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>В реестре %1 указан только для %2, но на практике серверы отправляют его и как %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 — незарегистрированное сочетание: в реестре %2 указан только для %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 использует все коды от %2 до %3 в этом значении.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 — один из кодов от %2 до %3, которые %4 использует в одном и том же значении.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>Кода %1 нет в каталоге.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Ближайшие коды: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Соседние коды описаны в документации %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Вывести все коды каталога.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Отвечать на языке ЯЗЫК (например, fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Код ответа: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[КОД...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>для --lang нужно указать язык.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list нельзя сочетать с кодами и поиском.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>для --search нужно указать слова для поиска.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Укажите код или используйте --search, --list или --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref объясняет коды ответов SMTP и расширенные коды состояния, без подключения к сети.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Найти и объяснить все коды ответов в файле ФАЙЛ (уведомлении о недоставке, журнале, записи сеанса); если указать -, читается стандартный ввод.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>Вывести ФАЙЛ, скрыв все адреса электронной почты, имена хостов, IP-адреса и URL (коды сохраняются); если указать -, читается стандартный ввод.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 принимает один файл (или - для стандартного ввода) и ничего больше.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>для %1 нужно указать имя файла или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Искать коды по следующим словам или строке ответа, сначала самые подходящие.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Сравнить указанные далее коды (от двух до четырёх), расположив их рядом.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare принимает от двух до четырёх кодов, например: smtpref --compare 550 554</translation>
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
        <translation>Примеры:
  smtpref 550                    один код
  smtpref &quot;550 5.7.26&quot;           базовый и расширенный код ответа
  smtpref 5xx                    все коды класса (а также 4.7, 55)
  smtpref --search грейлистинг   коды по этим словам, сначала самые подходящие
  smtpref --compare 550 554      коды рядом (до четырёх)
  smtpref --explain bounce.eml   все коды в уведомлении о недоставке, журнале или записи сеанса
  smtpref --redact bounce.eml    текст со скрытыми адресами, хостами и IP
  smtpref --list --json          весь каталог в формате JSON

Код завершения: 0 — найдено, 1 — неизвестный код или ничего не найдено, 2 — неверные аргументы или ошибки ввода-вывода.
Без аргументов smtpref открывает своё окно.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 сравнивается сам с собой: выберите другой код для одной из сторон, чтобы увидеть различия.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) и %3 (%4) — ответы одного класса: %5 «%6».</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) — ответ класса %3 «%4», а %5 (%6) — ответ класса %7 «%8».</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) используется в ответах %3, а %4 (%5) — в ответах %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Статус стандартизации</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 и %2 сообщают об одном и том же состоянии («%3»); отличается только класс, а вместе с ним и то, что делает отправляющий сервер.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 — базовый код ответа, а %2 — расширенный код состояния: это не альтернативы, а два уровня одного ответа, которые пишутся вместе, как в &quot;%1 %2&quot;. Базовый код задаёт класс и этап, расширенный — причину.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 — один из обычных расширенных кодов для %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 редко встречается вместе с %2, с которым обычно идут %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n код рядом: %1.</numerusform>
            <numerusform>%n кода рядом: %1.</numerusform>
            <numerusform>%n кодов рядом: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>Ответ 4xx просит отправителя повторить попытку позже; ответ 5xx велит прекратить попытки и вернуть письмо с уведомлением о недоставке. Очередь отправляющего сервера сама повторяет попытки при коде 4xx, поэтому действия человека нужны только при коде 5xx.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Если в ответе есть коды обоих видов, сначала читайте расширенный код: он точнее из двух.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>Их различает то, на каком этапе сеанса пришёл ответ: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Действовать в этих случаях должны разные люди: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Разница — в значениях, описанных выше; какое из них подходит, обычно видно из текста после кода.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>Оба</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>То же, если записи о почте попадают только в журнал systemd:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>определён провайдером %1, нет в реестре</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>Кода %1 нет в реестре расширенных кодов состояния IANA.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>Кода %1 нет в реестре IANA: %2 использует собственные коды.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>Базовый код указывает на класс %1, а расширенный — на класс %2: сервер противоречит сам себе; нужно ли повторять попытку, определяет базовый код.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>В реестре %1 не указан для класса %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 — нестандартный код ответа SMTP.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Как его использует %1: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>В ответе назван %1 — публичный чёрный список DNS: IP-адрес отправителя внесён в него, и об исключении нужно просить этот список, а не %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 — код провайдера %2, его нет в реестре IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] — тег провайдера %2: этот ответ объясняется в его записи.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>в ответ на %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Выберите два кода вверху или выделите код в списке и нажмите Ctrl+D, чтобы сравнить его с кодом, открытым на вкладке «Подробности».</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>Ещё %n вердикт не показан; все вердикты по категориям:</numerusform>
            <numerusform>Ещё %n вердикта не показаны; все вердикты по категориям:</numerusform>
            <numerusform>Ещё %n вердиктов не показаны; все вердикты по категориям:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 больше %2 МБ — это наибольший объём, который читает smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 не является текстом: он содержит двоичные данные.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── Исходное письмо, возвращённое вместе с отчётом ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Возможно, вы имели в виду «%1»?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Что это означает</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Когда встречается</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторные попытки</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Кто должен действовать</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Этап сеанса</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Отправляется с базовыми кодами</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Обычные расширенные коды</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Связанные коды</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Как его использует %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Основные различия</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Когда какой использовать</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>Сравнение %1 и %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, раздел %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Типичные тексты ошибок</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Часто путают с</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Чем они отличаются</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Как понять, какой из них у вас</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Что делать в каждом случае</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>Коды ответов SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>Первая цифра кода ответа — его класс. Расширенный код состояния, например 5.7.1, начинается с той же цифры.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Самые востребованные коды</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Что можно вводить в поле поиска</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Код ответа, расширенный код состояния или оба сразу</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>Начало кода или целый класс: все коды, которые так начинаются</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Слова на языке интерфейса или на английском</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Слова на английском</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Строка из уведомления о недоставке: сначала её коды, затем коды, которые описывают её слова</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>ящик переполнен</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Enter открывает первый результат; клавиши «Вверх» и «Вниз» перемещают по списку.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>класс %1 «%2»</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>без класса (устаревший)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>классы %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Получатель не указан</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>постоянный сбой: письмо возвращено</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>временный сбой: сервер продолжает попытки</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Кто должен действовать: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Вердикт по %n получателю</numerusform>
            <numerusform>Вердикт по %n получателям</numerusform>
            <numerusform>Вердикт по %n получателям</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Неизвестный получатель</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Проверьте адрес на опечатки и уточните правильный у получателя; если адрес так и остаётся неизвестным, удалите его из списков.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Ящик переполнен</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Сообщите получателю другим способом, что его ящик переполнен, и отправьте письмо снова, когда он освободит место.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Ящик отключён или приостановлен</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Свяжитесь с получателем другим способом; если учётная запись так и останется отключённой, считайте, что этого адреса больше нет.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Получатель сменил адрес</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Отправьте письмо на новый адрес получателя, предварительно убедившись, что он подлинный.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Домен не существует или не имеет почтового сервера</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Проверьте написание домена после @; если оно верное, владелец домена должен исправить его DNS (записи MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Домен не принимает почту (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>Домен объявляет, что не принимает почту: попросите у получателя адрес в другом домене.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Письмо слишком большое</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Отправьте письмо меньшего размера: сожмите вложения или дайте вместо них ссылку.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Слишком много получателей или превышен лимит отправки</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Разбейте получателей на группы поменьше или дождитесь сброса лимита отправки.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Ошибка аутентификации (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>Администратор домена отправителя исправляет SPF, подписывает письма DKIM и выравнивает оба с доменом From для DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Нет обратного DNS</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Попросите владельца IP-адреса отправителя создать запись PTR, имя в которой разрешается обратно в этот адрес.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>IP-адрес или домен отправителя заблокирован</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Проверьте IP-адрес и домен отправителя в указанном чёрном списке, устраните причину, по которой они туда попали, затем запросите исключение.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Спам или отклонённое содержимое</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Проверьте содержимое письма, ссылки и вложения; если письмо легитимное, администратор отправителя проверяет репутацию домена.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Вирус</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Проверьте антивирусом компьютер отправителя и вложение; если файл чист, отправьте его другим способом.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Отклонено локальной политикой</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Попросите получателя, чтобы его почтовый администратор разрешил ваши письма, и процитируйте строку ответа.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Ретрансляция запрещена</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Отправляйте через собственный почтовый сервер с аутентификацией, а не через сервер, который не обслуживает домен получателя.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Адрес отправителя отклонён</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Отправляйте с адреса, который разрешено использовать вашей учётной записи и чей домен существует и принимает почту.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Ограничение частоты или слишком много соединений</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Пусть очередь повторит попытку позже, а частоту отправки и число параллельных соединений снизьте.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS обязателен или не удался</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Серверы не смогли договориться о TLS: администратор принимающей стороны проверяет свой сертификат и STARTTLS, отправляющей — свою политику TLS.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Истёк срок доставки</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Ошибка сети или соединения</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>Почтовый сервер получателя не ответил: очередь сама повторяет попытки; если это затянется, администратор получателя проверяет сервер и его записи MX.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Ошибка удалённой системы</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Дождитесь повторных попыток; если ошибка не исчезнет, сообщите строку ответа почтовому администратору получателя.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Синтаксическая ошибка или ошибка протокола</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Проверьте настройки программы, которая отправляет почту (порт, режим TLS, формат адреса), и обновите её.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Автоответ, а не уведомление о недоставке</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Сбоя не было: письмо доставлено, и на него ответил автоответчик получателя.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Жалоба или сообщение о злоупотреблении</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Прекратите отправку пожаловавшемуся получателю и проверьте, как его адрес попал в ваш список.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Ничего делать не нужно: это уведомление об успешной доставке.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Прочитайте строку ответа ниже и пояснение к коду; больше уведомление о недоставке ничего не сообщает.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Сервер получателя был недоступен, пока очередь не прекратила попытки: сообщите получателю другим способом и отправьте письмо снова, когда сервер начнёт принимать почту.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>базовый код</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>расширенный код состояния</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандартный</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>расширение SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>связь указана только в реестре</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>исторический</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>черновик, так и не стандартизован</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>нестандартный, нет ни в одном RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>устаревший</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>никто, исправлять нечего</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>почтовый администратор отправителя</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>почтовый администратор получателя</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>клиентская программа</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>приветствие</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>конец данных</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>любая команда</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>уведомление о недоставке (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>Не ответ SMTP (ошибка на стороне клиента)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Положительное завершение</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Положительный промежуточный ответ</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Временное отрицательное завершение</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Постоянное отрицательное завершение</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Неизвестный класс</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Прочее или неопределённое состояние</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Состояние адресации</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Состояние почтового ящика</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Состояние почтовой системы</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Состояние сети и маршрутизации</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Состояние протокола доставки почты</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Состояние содержимого или формата сообщения</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Состояние безопасности или политики</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Неизвестная категория</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Синтаксис</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Почтовая система</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Неуказанная категория</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Повторять нечего: шаг выполнен успешно</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Продолжайте: сервер ждёт дальнейших данных</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Повторите позже: сбой временный</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Не повторяйте без изменений: сбой постоянный</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Нет ответа SMTP: проверьте соединение</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>тег провайдера</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>определён почтовым провайдером</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Код %1 для сравнения</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Ещё один код</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Убрать этот код из сравнения</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Поменять порядок кодов на обратный</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Добавить код в сравнение (до четырёх)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Добавить код в сравнение</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Коды рядом: чем они отличаются, основные различия и когда какой использовать.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Текст для разбора</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Коды, найденные в тексте</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Enter открывает подробности о коде.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Копировать с маскировкой</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Копировать текст, замаскировав адреса электронной почты, IP-адреса и имена хостов</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Копировать текст с маскировкой</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Текста пока нет.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>В этом тексте не найдено ни одного кода ответа SMTP.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Найден %n код. Открыть код: Enter или двойной щелчок.</numerusform>
            <numerusform>Найдено %n кода. Открыть код: Enter или двойной щелчок.</numerusform>
            <numerusform>Найдено %n кодов. Открыть код: Enter или двойной щелчок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Вердикт по каждому получателю</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Вставьте или перетащите сюда уведомление о недоставке, отчёт о состоянии доставки (DSN), почтовый журнал или запись сеанса SMTP либо откройте файл через «Файл &gt; Открыть». Справа показываются вердикт по каждому получателю и все коды ответа из текста.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Строки длиннее %1 символов показаны сокращёнными, и текст здесь нельзя изменить; объясняется и копируется он целиком. &lt;a href=&quot;clear&quot;&gt;Очистить&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — коды ответов SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Копировать как &amp;обычный текст</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Копировать как &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Найти код…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Базовые коды</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Расширенные коды</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Показать &amp;сравнение</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;Сравнить выбранный с показанным</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>&amp;О программе smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Подробности и сравнение</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Подробности о коде</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Всё о выбранном коде; коды в тексте являются ссылками.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>Код %1 скопирован в формате Markdown.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>Код %1 скопирован как обычный текст.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Справочник по кодам ответов SMTP и расширенным кодам состояния, работающий без подключения к сети.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, запущено на Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Источники данных&lt;/b&gt;: RFC 5321, RFC 3463 и дополняющие их RFC (IETF; используются в соответствии с правовыми положениями IETF Trust), а также реестр IANA «SMTP Enhanced Status Codes». Пояснения, причины, проверки и советы написаны для smtpref. Сведения о том, как коды используют почтовые провайдеры, описывают публично наблюдаемое поведение этих провайдеров.&lt;/p&gt;&lt;p&gt;smtpref — свободное программное обеспечение, распространяемое на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>О программе smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Не удалось прочитать файл настроек; используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>Файл настроек был повреждён; он сохранён как %1, используются значения по умолчанию.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>Во встроенном каталоге обнаружена %n проблема; некоторые коды могут отсутствовать или быть неверными. Подробности — в выводе терминала.</numerusform>
            <numerusform>Во встроенном каталоге обнаружены %n проблемы; некоторые коды могут отсутствовать или быть неверными. Подробности — в выводе терминала.</numerusform>
            <numerusform>Во встроенном каталоге обнаружено %n проблем; некоторые коды могут отсутствовать или быть неверными. Подробности — в выводе терминала.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Разобрать текст…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Текст скопирован; адреса и имена хостов замаскированы.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Начальная страница</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Советы по поиску</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Нет домашней папки (переменная HOME не задана): настройки не будут сохранены.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>Настройки не будут сохранены: запись в %1 невозможна.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Открыть уведомление о недоставке или журнал…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Открыть уведомление о недоставке или журнал</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Почтовые сообщения и журналы (*.eml *.msg *.mbox *.txt *.log);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 больше %2 МБ — это наибольший объём, который читает smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 не является текстом: он содержит двоичные данные.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Открыт файл %1.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (ещё %n символ этой строки не показан)</numerusform>
            <numerusform> … (ещё %n символа этой строки не показаны)</numerusform>
            <numerusform> … (ещё %n символов этой строки не показаны)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Поиск кодов</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Введите код, начало кода или слова; клавиши «Вверх» и «Вниз» перемещают по результатам.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Только коды %1</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Показать коды всех классов</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Базовые коды</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Расширенные коды</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Тип кода</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Найденные коды</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Коды, соответствующие запросу; самые подходящие — первыми.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Число найденных кодов</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Подходящих кодов нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 из %n кода</numerusform>
            <numerusform>%1 из %n кодов</numerusform>
            <numerusform>%1 из %n кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Проверьте написание, уменьшите число слов или введите код, например 550 или 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Нет кодов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Сравнить с…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Сравнить с показанным кодом</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Поиск: 550, 5.7.1, 4.7, 5xx, слова или строка из уведомления о недоставке</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Коды провайдеров</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Только коды, которые определяет почтовый провайдер, или коды, которые отправляет конкретный провайдер</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Включены фильтры: выберите «Все», «Все типы» и «Все источники», чтобы искать по всем кодам.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Перемещение по результатам из поля поиска</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Назад, вперёд</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Сравнить выбранный код с показанным</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Показать подробности, показать сравнение</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Увеличить текст, уменьшить текст, обычный размер</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Разобрать вставленное уведомление о недоставке, журнал или запись сеанса</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Открыть выбранный код или первый в списке</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Копировать код или сравнение как обычный текст</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Копировать код или сравнение в формате Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Открыть для разбора уведомление о недоставке или файл журнала</translation>
    </message>
</context>
</TS>
