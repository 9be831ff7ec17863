<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>in diesen Build ist kein Katalog eingebettet</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>der eingebettete Katalog hat ein unbekanntes Format</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>der eingebettete Katalog ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>fehlerhaftes JSON in %1: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>das Dokument muss ein Objekt mit einem &quot;entries&quot;-Array sein</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>fehlt oder ist keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>jedes Element muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>jedes Element muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>jedes Element muss ein Objekt mit den Zeichenkettenfeldern %1 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; ist weder &quot;basic&quot; noch &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; ist kein bekannter Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; ist kein bekannter Akteur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; ist keine bekannte Sitzungsphase</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>mindestens ein Element ist erforderlich</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>weder ein Basiscode (&quot;550&quot;) noch ein erweiterter Code (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>passt nicht zur Form des Codes</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>muss die erste Ziffer des Codes sein, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 ist keine Klasse erweiterter Codes (2, 4 oder 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>nur ein veralteter Code darf ohne Klasse sein</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>nur ein nicht standardisierter Code darf ohne Quellenangabe sein</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>Code %1 existiert nicht im Katalog</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>der Eintrag verweist auf sich selbst</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 muss vom anderen Typ sein (Basiscode zu erweitertem Code)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>doppelter Code, zuerst definiert in %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>nur erweiterte Codes haben dieses Feld</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 ist nicht der Code dieses Eintrags</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 wird mit sich selbst verglichen</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 und %2 werden bereits verglichen</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>ein Kürzel besteht aus zwei bis fünf Großbuchstaben und einer bis drei Ziffern (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>ein Provider-Code muss seinen Provider nennen</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>nur ein Code mit dem Status &quot;provider&quot; hat einen Provider</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>ein Kürzel gehört immer zu einem Provider</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>nur ein Provider-Code steht für eine Spanne von Codes</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>muss ein späterer Code desselben Bereichs sein, etwa X.7.649 nach X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>überschneidet sich mit der Spanne von %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Siehe „smtpref --help“.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>keine Übersetzung für „%1“. Verfügbare Sprachen: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>Problem im Katalog: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>„%1“ ist kein SMTP-Antwortcode. Zum Durchsuchen der Texte: smtpref --search BEGRIFFE</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>kein Code passt zu „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>„%1“ ist kein einzelner Antwortcode.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>kein Antwortcode in %1 gefunden.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>Die Registry führt %1 nur für %2, Server senden ihn aber durchaus als %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 ist keine registrierte Kombination: Die Registry führt %2 nur für %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 verwendet alle Codes von %2 bis %3 mit dieser Bedeutung.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 gehört zu den Codes von %2 bis %3, die %4 mit ein und derselben Bedeutung verwendet.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Nächstgelegene Codes: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Benachbarte Codes sind bei %1 dokumentiert: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Alle Codes des Katalogs auflisten.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>In der Sprache SPRACHE antworten (zum Beispiel fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Ein Antwortcode: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[CODE...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang erwartet einen Sprachnamen.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list akzeptiert weder Codes noch eine Suche.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search erwartet Suchbegriffe.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Geben Sie einen Code an oder verwenden Sie --search, --list oder --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref erklärt SMTP-Antwortcodes und erweiterte Statuscodes – offline.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Jeden Antwortcode in DATEI (Bounce, Log, SMTP-Mitschnitt) finden und erklären; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>DATEI ausgeben, mit maskierten E-Mail-Adressen, Hostnamen, IP-Adressen und URLs, die Codes bleiben erhalten; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 erwartet genau eine Datei (oder - für die Standardeingabe) und sonst nichts.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 erwartet einen Dateinamen oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Die Codes nach den folgenden Wörtern oder der folgenden Antwortzeile durchsuchen, bester Treffer zuerst.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Die zwei bis vier folgenden Codes nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare erwartet zwei bis vier Codes, zum Beispiel: smtpref --compare 550 554</translation>
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
        <translation>Beispiele:
  smtpref 550                    ein Code
  smtpref &quot;550 5.7.26&quot;           Basiscode und erweiterter Code einer Antwort
  smtpref 5xx                    alle Codes einer Klasse (auch 4.7, 55)
  smtpref --search greylisting   Codes zu diesen Wörtern, bester Treffer zuerst
  smtpref --compare 550 554      Codes nebeneinander (bis zu vier)
  smtpref --explain bounce.eml   alle Codes in einem Bounce, Log oder Mitschnitt
  smtpref --redact bounce.eml    der Text mit maskierten Adressen, Hostnamen und IP-Adressen
  smtpref --list --json          der gesamte Katalog als JSON

Exit-Status: 0 gefunden, 1 unbekannter Code oder nichts gefunden, 2 ungültige Argumente oder Ein-/Ausgabefehler.
Ohne Argumente öffnet smtpref sein Fenster.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 wird mit sich selbst verglichen: Wählen Sie für eine Seite einen anderen Code, um die Unterschiede zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>%1 (%2) und %3 (%4) sind beide Antworten der Klasse %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) ist eine Antwort der Klasse %3 (%4), %5 (%6) dagegen eine Antwort der Klasse %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) wird bei Antworten der Klassen %3 verwendet, %4 (%5) bei Antworten der Klassen %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Standardisierungsstatus</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 und %2 melden denselben Zustand (%3); nur die Klasse unterscheidet sich und damit, was der sendende Server tut.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 ist ein Basis-Antwortcode und %2 ein erweiterter Statuscode: Sie sind keine Alternativen, sondern zwei Ebenen einer Antwort und werden zusammen geschrieben wie in &quot;%1 %2&quot;. Der Basiscode gibt die Klasse und die Sitzungsphase an, der erweiterte Code den Grund.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 ist einer der üblichen erweiterten Codes zu %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 tritt selten zusammen mit %2 auf; %2 kommt meist mit %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n Code nebeneinander: %1.</numerusform>
            <numerusform>%n Codes nebeneinander: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>Eine 4xx-Antwort fordert den Absender auf, es später erneut zu versuchen; eine 5xx-Antwort sagt ihm, aufzugeben und die Nachricht als unzustellbar zurückzuschicken. Die Warteschlange des sendenden Servers wiederholt einen 4xx-Code von selbst, daher muss nur bei einem 5xx-Code ein Mensch handeln.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Enthält eine Antwort beide Arten, lesen Sie zuerst den erweiterten Code: Er ist der genauere der beiden.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>Die Stelle in der Sitzung, an der die Antwort kam, unterscheidet sie: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Handeln müssen jeweils andere Personen: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Der Unterschied liegt in den Bedeutungen oben; der Text nach dem Code sagt meist, welche zutrifft.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>Dasselbe, wenn Mail nur ins systemd-Journal protokolliert wird:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>von %1 definiert, nicht in der Registry</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 steht nicht in der IANA-Registry der erweiterten Statuscodes.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 steht nicht in der IANA-Registry: %2 verwendet eigene Codes.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>Der Basiscode nennt Klasse %1, der erweiterte Code aber Klasse %2: Der Server widerspricht sich selbst; ob ein erneuter Versuch erfolgt, entscheidet der Basiscode.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>Die Registry führt %1 nicht für Klasse %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 ist kein standardisierter SMTP-Antwortcode.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Verwendung bei %1: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>Die Antwort nennt %1, eine öffentliche DNS-Blocklist: Die sendende IP-Adresse ist dort gelistet, und das Delisting wird bei dieser Liste beantragt, nicht bei %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 ist ein Code von %2 und steht nicht in der IANA-Registry.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] ist ein Kürzel von %2: Sein Eintrag erklärt diese Antwort.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Wählen Sie oben zwei Codes, oder markieren Sie einen Code in der Liste und drücken Sie Strg+D, um ihn mit dem unter „Details“ angezeigten Code zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>%n weiterer Befund nicht angezeigt; alle nach Kategorie:</numerusform>
            <numerusform>%n weitere Befunde nicht angezeigt; alle nach Kategorie:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 ist größer als %2 MB, das Höchste, was smtpref liest.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 ist kein Text: Die Datei enthält Binärdaten.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── Die Originalnachricht, mit dem Bericht zurückgeschickt ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Was er bedeutet</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Wann er auftritt</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie man ihn behebt</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Sitzungsphase</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Gesendet mit Basiscodes</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Übliche erweiterte Codes</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Verwandte Codes</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Verwendung bei %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Wichtigste Unterschiede</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Welcher Code wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 im Vergleich mit %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Typische Fehlertexte</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>Oft verwechselt mit</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Was sie unterscheidet</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>Der Unterschied</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Woran Sie erkennen, welcher vorliegt</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Was jeweils zu tun ist</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>SMTP-Antwortcodes</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>Die erste Ziffer eines Antwortcodes ist seine Klasse. Ein erweiterter Statuscode wie 5.7.1 beginnt mit derselben Ziffer.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Häufig gesuchte Codes</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Was Sie in das Suchfeld eingeben können</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Ein Antwortcode, ein erweiterter Statuscode oder beides</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>Der Anfang eines Codes oder eine ganze Klasse: alle Codes, die so beginnen</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Begriffe, in der Sprache der Oberfläche oder auf Englisch</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Begriffe, auf Englisch</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Eine aus einem Bounce kopierte Zeile: zuerst ihre Codes, dann die Codes, die ihre Begriffe beschreiben</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Eingabe öffnet das erste Ergebnis; mit Pfeil nach oben und unten durch die Liste blättern.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>Klasse %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>keine Klasse (veraltet)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>Klassen %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Empfänger nicht genannt</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>dauerhaft: Die Nachricht wurde zurückgeschickt</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>vorübergehend: Der Server versucht es weiter</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Befund für %n Empfänger</numerusform>
            <numerusform>Befund für %n Empfänger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Empfänger unbekannt</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler und erfragen Sie beim Empfänger die richtige; bleibt sie unbekannt, entfernen Sie sie aus Ihren Listen.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Teilen Sie dem Empfänger auf anderem Weg mit, dass sein Postfach voll ist, und senden Sie erneut, sobald er Platz geschaffen hat.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Postfach deaktiviert oder gesperrt</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Kontaktieren Sie den Empfänger auf anderem Weg; bleibt das Konto deaktiviert, betrachten Sie die Adresse als nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Empfänger umgezogen</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Senden Sie an die neue Adresse des Empfängers, nachdem Sie geprüft haben, dass sie echt ist.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>Domain existiert nicht oder hat keinen Mailserver</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Prüfen Sie die Schreibweise der Domain nach dem @; stimmt sie, muss ihr Inhaber ihr DNS korrigieren (MX-Einträge).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Domain nimmt keine Mail an (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>Die Domain erklärt, dass sie keine Mail empfängt: Bitten Sie den Empfänger um eine Adresse bei einer anderen Domain.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Senden Sie eine kleinere Nachricht: Komprimieren Sie die Anhänge oder teilen Sie stattdessen einen Link.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Zu viele Empfänger oder Sendelimit überschritten</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Teilen Sie die Empfänger in kleinere Gruppen auf oder warten Sie, bis das Sendelimit zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Authentifizierung fehlgeschlagen (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>Der Admin der sendenden Domain korrigiert SPF, signiert mit DKIM und richtet beides für DMARC an der From-Domain aus.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Reverse-DNS fehlt</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Bitten Sie den Inhaber der sendenden IP-Adresse um einen PTR-Eintrag, dessen Name wieder auf diese Adresse auflöst.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>Absender-IP oder -Domain blockiert</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Suchen Sie die sendende IP-Adresse und die Domain in der genannten Blocklist, beheben Sie den Grund für den Eintrag und beantragen Sie dann das Delisting.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Spam oder Inhalt abgelehnt</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Prüfen Sie Inhalt, Links und Anhänge der Nachricht; ist sie legitim, prüft der Admin der sendenden Seite die Reputation der Domain.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Scannen Sie den sendenden Computer und den Anhang; ist die Datei sauber, senden Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Durch lokale Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Bitten Sie den Empfänger, bei seinem Mail-Admin die Freigabe Ihrer Nachrichten zu veranlassen, und zitieren Sie dabei die Antwortzeile.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relaying abgelehnt</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Senden Sie über Ihren eigenen Mailserver mit Authentifizierung, nicht über einen Server, der für die Domain des Empfängers nicht zuständig ist.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Senden Sie von einer Adresse, die Ihr Konto verwenden darf und deren Domain existiert und Mail empfängt.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Ratenbegrenzung oder zu viele Verbindungen</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Lassen Sie die Warteschlange die Zustellung später wiederholen, und senken Sie die Senderate und die Zahl paralleler Verbindungen.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS erforderlich oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Die beiden Server konnten sich nicht auf TLS einigen: Der Admin der empfangenden Seite prüft Zertifikat und STARTTLS, die sendende Seite ihre TLS-Richtlinie.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Zustellfrist abgelaufen</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Netzwerk- oder Verbindungsfehler</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>Der Mailserver des Empfängers hat nicht geantwortet: Die Warteschlange wiederholt die Zustellung von selbst; hält das an, prüft der Admin des Empfängers den Server und seine MX-Einträge.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Fehler im entfernten System</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Warten Sie die Wiederholungen ab; besteht das Problem weiter, melden Sie die Antwortzeile dem Mail-Admin des Empfängers.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Syntax- oder Protokollfehler</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Prüfen Sie die Einstellungen der sendenden Software (Port, TLS-Modus, Adressformat) und aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Automatische Antwort, kein Bounce</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>Nichts ist fehlgeschlagen: Die Nachricht wurde zugestellt, und die automatische Antwort des Empfängers hat darauf geantwortet.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Beschwerde oder Missbrauchsmeldung</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Senden Sie nichts mehr an den Empfänger, der sich beschwert hat, und prüfen Sie, wie die Adresse auf Ihre Liste gekommen ist.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>Nichts zu tun: Dies ist eine Erfolgsmeldung.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Nicht ermittelt</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Lesen Sie die Antwortzeile unten und die Erklärung des Codes; mehr sagt der Bounce nicht.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>Der Server des Empfängers war nicht erreichbar, bevor die Warteschlange aufgab: Informieren Sie den Empfänger auf anderem Weg und senden Sie erneut, sobald der Server wieder Mail annimmt.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>Basiscode</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>erweiterter Statuscode</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>SMTP-Erweiterung</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>nur Zuordnung in der Registry</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>historisch</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>Entwurf, nie standardisiert</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>nicht standardisiert, in keinem RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>niemand, nichts zu beheben</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>der Absender</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>der Mail-Administrator des Absenders</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>der Mail-Administrator des Empfängers</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>die Client-Software</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>Ende der Daten</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>beliebiger Befehl</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>Unzustellbarkeitsbericht (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>Keine SMTP-Antwort (clientseitiger Fehler)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Positiver Abschluss</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiver Zwischenstand</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Vorübergehend negativer Abschluss</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Dauerhaft negativer Abschluss</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Unbekannte Klasse</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Mailsystemstatus</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Status von Nachrichteninhalt oder Medien</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Unbekannter Bereich</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Mailsystem</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Nicht festgelegter Bereich</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Keine Wiederholung nötig: Der Schritt war erfolgreich</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Fortfahren: Der Server erwartet weitere Eingaben</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Später erneut versuchen: Der Fehler ist vorübergehend</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>Nicht unverändert wiederholen: Der Fehler ist dauerhaft</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Keine SMTP-Antwort: Verbindung prüfen</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>Provider-Kürzel</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>von einem Mail-Provider definiert</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Erster Code</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Zu vergleichender Code %1</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Weiterer Code</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Diesen Code aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Reihenfolge der Codes umkehren</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Code zum Vergleich hinzufügen (bis zu vier)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Code zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Die Codes nebeneinander: was sie unterscheidet, ihre wichtigsten Unterschiede und wann welcher zutrifft.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Zu erklärender Text</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Im Text gefundene Codes</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Die Eingabetaste öffnet die Details des Codes.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Geschwärzt kopieren</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Den Text mit unkenntlich gemachten E-Mail-Adressen, IP-Adressen und Hostnamen kopieren</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Den Text geschwärzt kopieren</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Noch kein Text.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>In diesem Text wurde kein SMTP-Antwortcode gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n Code gefunden. Eingabetaste oder Doppelklick öffnet ihn.</numerusform>
            <numerusform>%n Codes gefunden. Eingabetaste oder Doppelklick öffnet einen davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Befund für jeden Empfänger</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Fügen Sie eine Bounce-Nachricht, eine Zustellstatusbenachrichtigung, ein Mail-Log oder einen SMTP-Mitschnitt hier ein, legen Sie die Datei hier ab oder öffnen Sie sie mit Datei &gt; Bounce oder Log öffnen. Rechts erscheinen der Befund für jeden Empfänger und alle darin enthaltenen Antwortcodes.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Zeilen mit mehr als %1 Zeichen werden gekürzt angezeigt, und der Text lässt sich hier nicht bearbeiten; erklärt und kopiert wird er vollständig. &lt;a href=&quot;clear&quot;&gt;Leeren&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — SMTP-Antwortcodes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Als reinen &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>Code &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>K&amp;lasse</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Basiscodes</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Erweiterte Codes</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Ver&amp;gleich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;Auswahl mit angezeigtem Code vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>Ü&amp;ber smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Details und Vergleich</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Codedetails</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Alles zum ausgewählten Code; Codes im Text sind Links.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 als reinen Text kopiert.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Eine Offline-Referenz für SMTP-Antwortcodes und erweiterte Statuscodes.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenquellen&lt;/b&gt;: RFC 5321, RFC 3463 und die RFCs, die sie erweitern (IETF; verwendet gemäß den Legal Provisions des IETF Trust), sowie die IANA-Registry „SMTP Enhanced Status Codes“. Die Erklärungen, Ursachen, Prüfschritte und Ratschläge wurden für smtpref verfasst. Die Angaben zur Verwendung bei Providern beschreiben das öffentlich sichtbare Verhalten dieser Provider.&lt;/p&gt;&lt;p&gt;smtpref ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>Über smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden; es werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>Die Einstellungsdatei war beschädigt; sie wurde als %1 aufbewahrt, und es werden die Standardwerte verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>Der eingebaute Katalog hat %n Problem; einige Codes fehlen möglicherweise oder sind falsch. Einzelheiten stehen in der Terminalausgabe.</numerusform>
            <numerusform>Der eingebaute Katalog hat %n Probleme; einige Codes fehlen möglicherweise oder sind falsch. Einzelheiten stehen in der Terminalausgabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>Text &amp;erklären…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Text mit unkenntlich gemachten Adressen und Hostnamen kopiert.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Suchtipps</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>Es gibt keinen Home-Ordner (HOME ist nicht gesetzt): Die Einstellungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>Die Einstellungen werden nicht gespeichert: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>Bounce oder Log ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Bounce oder Log öffnen</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>E-Mail-Nachrichten und Logs (*.eml *.msg *.mbox *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 ist größer als %2 MB, das Höchste, was smtpref liest.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 ist kein Text: Die Datei enthält Binärdaten.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (%n weiteres Zeichen dieser Zeile nicht angezeigt)</numerusform>
            <numerusform> … (%n weitere Zeichen dieser Zeile nicht angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Codes durchsuchen</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Code, Codeanfang oder Begriffe eingeben; mit Pfeil nach oben und unten durch die Ergebnisse blättern.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Nur %1-Codes</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Codes aller Klassen anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Basiscodes</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Erweiterte Codes</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Codetyp</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Passende Codes</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Codes, die zur Suche passen, beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Anzahl passender Codes</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>Keine passenden Codes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 von %n Code</numerusform>
            <numerusform>%1 von %n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Prüfen Sie die Schreibweise, verwenden Sie weniger Begriffe oder geben Sie einen Code wie 550 oder 5.7.1 ein.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Kein Code passt zu „%1“.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Mit angezeigtem Code vergleichen</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Suche: 550, 5.7.1, 4.7, 5xx, Begriffe oder eine Zeile aus einem Bounce</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Provider-Codes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Nur die Codes, die ein Mail-Provider definiert, oder die Codes, die ein bestimmter Provider sendet</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Filter sind aktiv: Wählen Sie „Alle“, „Alle Typen“ und „Alle Quellen“, um alle Codes zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Vom Suchfeld aus durch die Ergebnisse blättern</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Zurück, Vorwärts</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Ausgewählten Code mit dem angezeigten vergleichen</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Details anzeigen, Vergleich anzeigen</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Text vergrößern, Text verkleinern, normale Größe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Bounce, Log oder Mitschnitt einfügen und erklären</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Ausgewählten Code öffnen, sonst den ersten</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Code oder Vergleich als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Code oder Vergleich als Markdown kopieren</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Bounce-Mail oder Logdatei öffnen und erklären</translation>
    </message>
</context>
</TS>
