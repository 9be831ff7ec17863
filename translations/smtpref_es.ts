<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogParser</name>
    <message>
        <source>no catalog is embedded in this build</source>
        <translation>esta compilación no incluye ningún catálogo</translation>
    </message>
    <message>
        <source>the embedded catalog has an unknown format</source>
        <translation>el catálogo incluido tiene un formato desconocido</translation>
    </message>
    <message>
        <source>the embedded catalog is truncated or damaged</source>
        <translation>el catálogo incluido está truncado o dañado</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON mal formado en %1: %2</translation>
    </message>
    <message>
        <source>the document must be an object with an &quot;entries&quot; array</source>
        <translation>el documento debe ser un objeto con una matriz &quot;entries&quot;</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>la entrada no es un objeto JSON</translation>
    </message>
    <message>
        <source>missing, or not a non-empty string</source>
        <translation>falta o no es una cadena no vacía</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing, or not an array</source>
        <translation>falta o no es una matriz</translation>
    </message>
    <message>
        <source>every item must be a non-empty string</source>
        <translation>cada elemento debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>every item must be a whole number</source>
        <translation>cada elemento debe ser un número entero</translation>
    </message>
    <message>
        <source>every item must be an object with the string fields %1</source>
        <translation>cada elemento debe ser un objeto con los campos de cadena %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not basic or enhanced</source>
        <translation>&quot;%1&quot; no es un tipo válido (basic o enhanced)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>&quot;%1&quot; no es un estado conocido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot; no es un actor conocido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage</source>
        <translation>&quot;%1&quot; no es una etapa conocida</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>se necesita al menos un elemento</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>not a basic code (&quot;550&quot;) nor an enhanced code (&quot;X.7.26&quot;)</source>
        <translation>no es un código básico (&quot;550&quot;) ni un código mejorado (&quot;X.7.26&quot;)</translation>
    </message>
    <message>
        <source>does not match the form of the code</source>
        <translation>no coincide con la forma del código</translation>
    </message>
    <message>
        <source>must be the first digit of the code, %1</source>
        <translation>debe ser el primer dígito del código, %1</translation>
    </message>
    <message>
        <source>%1 is not a class of enhanced codes (2, 4 or 5)</source>
        <translation>%1 no es una clase de códigos mejorados (2, 4 o 5)</translation>
    </message>
    <message>
        <source>only a deprecated code may have no class</source>
        <translation>solo un código obsoleto puede no tener clase</translation>
    </message>
    <message>
        <source>only a nonstandard code may have no reference</source>
        <translation>solo un código no estándar puede no tener referencias</translation>
    </message>
    <message>
        <source>code %1 does not exist in the catalog</source>
        <translation>el código %1 no existe en el catálogo</translation>
    </message>
    <message>
        <source>the entry refers to itself</source>
        <translation>la entrada hace referencia a sí misma</translation>
    </message>
    <message>
        <source>%1 must be of the other kind (basic with enhanced)</source>
        <translation>%1 debe ser del otro tipo (básico con mejorado)</translation>
    </message>
    <message>
        <source>duplicate code, first defined in %1</source>
        <translation>código duplicado; se definió por primera vez en %1</translation>
    </message>
    <message>
        <source>only enhanced codes have this field</source>
        <translation>solo los códigos mejorados tienen este campo</translation>
    </message>
    <message>
        <source>%1 is not this entry&apos;s code</source>
        <translation>%1 no es el código de esta entrada</translation>
    </message>
    <message>
        <source>%1 is compared with itself</source>
        <translation>%1 se compara consigo mismo</translation>
    </message>
    <message>
        <source>%1 and %2 are already compared</source>
        <translation>%1 y %2 ya están comparados</translation>
    </message>
    <message>
        <source>a tag is two to five capital letters and one to three digits (&quot;TSS04&quot;)</source>
        <translation>una etiqueta consta de dos a cinco letras mayúsculas y de uno a tres dígitos (&quot;TSS04&quot;)</translation>
    </message>
    <message>
        <source>a provider code names its provider</source>
        <translation>un código de proveedor debe indicar su proveedor</translation>
    </message>
    <message>
        <source>only a code with status &quot;provider&quot; has a provider</source>
        <translation>solo un código con estado &quot;provider&quot; tiene proveedor</translation>
    </message>
    <message>
        <source>a tag is always a provider&apos;s</source>
        <translation>una etiqueta siempre pertenece a un proveedor</translation>
    </message>
    <message>
        <source>only a provider code stands for a range</source>
        <translation>solo un código de proveedor puede representar un rango</translation>
    </message>
    <message>
        <source>must be a later code of the same subject, like X.7.649 after X.7.606</source>
        <translation>debe ser un código posterior de la misma categoría, como X.7.649 después de X.7.606</translation>
    </message>
    <message>
        <source>overlaps the range of %1</source>
        <translation>se solapa con el rango de %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Pruebe &apos;smtpref --help&apos;.</translation>
    </message>
    <message>
        <source>no translation for &quot;%1&quot;. Available languages: %2.</source>
        <translation>no hay traducción para &quot;%1&quot;. Idiomas disponibles: %2.</translation>
    </message>
    <message>
        <source>catalog problem: %1</source>
        <translation>problema en el catálogo: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. To search the texts, use: smtpref --search WORDS</source>
        <translation>&quot;%1&quot; no es un código de respuesta SMTP. Para buscar en los textos, use: smtpref --search PALABRAS</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;.</source>
        <translation>ningún código coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single reply code.</source>
        <translation>&quot;%1&quot; no es un único código de respuesta.</translation>
    </message>
    <message>
        <source>no reply code found in %1.</source>
        <translation>no se encontró ningún código de respuesta en %1.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>no se puede escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <source>no class</source>
        <translation>ninguna clase</translation>
    </message>
    <message>
        <source>The registry lists %1 for %2 only, but servers do send it as %3.</source>
        <translation>El registro recoge %1 solo para %2, pero los servidores sí lo envían como %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered combination: the registry lists %2 for %3 only.</source>
        <translation>%1 no es una combinación registrada: el registro recoge %2 solo para %3.</translation>
    </message>
    <message>
        <source>%1 uses every code from %2 to %3 with this meaning.</source>
        <translation>%1 usa todos los códigos de %2 a %3 con este significado.</translation>
    </message>
    <message>
        <source>%1 is one of the codes from %2 to %3 that %4 uses with one meaning.</source>
        <translation>%1 es uno de los códigos de %2 a %3 que %4 usa con un mismo significado.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 no figura en el catálogo.</translation>
    </message>
    <message>
        <source>Closest codes: %1.</source>
        <translation>Códigos más cercanos: %1.</translation>
    </message>
    <message>
        <source>Codes near it are documented by %1: %2.</source>
        <translation>Hay códigos cercanos documentados por %1: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>List every code in the catalog.</source>
        <translation>Enumera todos los códigos del catálogo.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Genera JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Answer in language LANG (for example fr, ja, pt_BR).</source>
        <translation>Responde en el idioma IDIOMA (por ejemplo, fr, ja, pt_BR).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>A reply code: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</source>
        <translation>Un código de respuesta: 550, 5.7.26, &quot;550 5.7.1&quot;, 5xx, 4.7.</translation>
    </message>
    <message>
        <source>[CODE...]</source>
        <translation>[CÓDIGO...]</translation>
    </message>
    <message>
        <source>--lang needs a language name.</source>
        <translation>--lang necesita un nombre de idioma.</translation>
    </message>
    <message>
        <source>--list takes no codes and no search.</source>
        <translation>--list no admite códigos ni búsqueda.</translation>
    </message>
    <message>
        <source>--search needs words to search for.</source>
        <translation>--search necesita palabras que buscar.</translation>
    </message>
    <message>
        <source>Name a code, or use --search, --list or --help.</source>
        <translation>Indique un código o use --search, --list o --help.</translation>
    </message>
    <message>
        <source>smtpref explains SMTP reply codes and enhanced status codes, offline.</source>
        <translation>smtpref explica los códigos de respuesta SMTP y los códigos de estado mejorados, sin conexión.</translation>
    </message>
    <message>
        <source>Find and explain every reply code in FILE (a bounce, a log, a transcript); - reads standard input.</source>
        <translation>Busca y explica todos los códigos de respuesta de ARCHIVO (un rebote, un registro, una transcripción); - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print FILE with every e-mail address, host name, IP address and URL masked, codes kept; - reads standard input.</source>
        <translation>Muestra ARCHIVO con todas las direcciones de correo, nombres de host, direcciones IP y URL enmascarados, conservando los códigos; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 takes one file (or - for standard input) and nothing else.</source>
        <translation>%1 admite un solo archivo (o - para la entrada estándar) y nada más.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard input.</source>
        <translation>%1 necesita un nombre de archivo, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Search the codes for the words or reply line that follow, best match first.</source>
        <translation>Buscar en los códigos las palabras o la línea de respuesta que siguen, el mejor resultado primero.</translation>
    </message>
    <message>
        <source>Compare the two to four codes that follow, side by side.</source>
        <translation>Compara lado a lado los códigos que siguen, de dos a cuatro.</translation>
    </message>
    <message>
        <source>--compare takes two to four codes, for example: smtpref --compare 550 554</source>
        <translation>--compare requiere de dos a cuatro códigos, por ejemplo: smtpref --compare 550 554</translation>
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
        <translation>Ejemplos:
  smtpref 550                    un código
  smtpref &quot;550 5.7.26&quot;           el código básico y el código mejorado de una respuesta
  smtpref 5xx                    los códigos de una clase (también 4.7, 55)
  smtpref --search greylisting   códigos para estas palabras, el mejor resultado primero
  smtpref --compare 550 554      códigos lado a lado (hasta cuatro)
  smtpref --explain bounce.eml   códigos de un rebote, registro o transcripción
  smtpref --redact bounce.eml    el texto con direcciones, hosts e IP enmascarados
  smtpref --list --json          el catálogo completo en JSON

Estado de salida: 0 encontrado, 1 código desconocido o sin resultados, 2 argumentos incorrectos o errores de entrada/salida.
Sin argumentos, smtpref abre su ventana.
</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1 is compared with itself: choose another code for one side to see the differences.</source>
        <translation>%1 se compara consigo mismo: elija otro código en uno de los lados para ver las diferencias.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 %6 replies.</source>
        <translation>Tanto %1 (%2) como %3 (%4) son respuestas %5 (%6).</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 %4 reply, while %5 (%6) is a %7 %8 reply.</source>
        <translation>%1 (%2) es una respuesta %3 (%4), mientras que %5 (%6) es una respuesta %7 (%8).</translation>
    </message>
    <message>
        <source>%1 (%2) is used with %3 replies, and %4 (%5) with %6 replies.</source>
        <translation>%1 (%2) se usa con respuestas %3, y %4 (%5), con respuestas %6.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Standard status</source>
        <translation>Estado de estandarización</translation>
    </message>
    <message>
        <source>%1 and %2 report the same condition, %3; only the class differs, and with it what the sending server does.</source>
        <translation>%1 y %2 indican la misma condición, %3; solo difiere la clase y, con ella, lo que hace el servidor de envío.</translation>
    </message>
    <message>
        <source>%1 is a basic reply code and %2 an enhanced status code: they are not alternatives but two layers of one reply, written together as in &quot;%1 %2&quot;. The basic code gives the class and the step, the enhanced code the reason.</source>
        <translation>%1 es un código de respuesta básico y %2, un código de estado mejorado: no son alternativas, sino dos capas de una misma respuesta, que se escriben juntas como en &quot;%1 %2&quot;. El código básico da la clase y la etapa; el código mejorado, el motivo.</translation>
    </message>
    <message>
        <source>%1 is one of the usual enhanced codes of %2.</source>
        <translation>%1 es uno de los códigos mejorados habituales de %2.</translation>
    </message>
    <message>
        <source>%1 rarely travels with %2, which usually carries %3.</source>
        <translation>%1 rara vez acompaña a %2, que suele llevar %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes side by side: %1.</source>
        <translation>
            <numerusform>%n código lado a lado: %1.</numerusform>
            <numerusform>%n códigos lado a lado: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 4xx reply asks the sender to try again later; a 5xx reply tells it to give up and bounce. The sending server&apos;s queue retries a 4xx code by itself, so only a 5xx code needs a person to act.</source>
        <translation>Una respuesta 4xx pide al remitente que vuelva a intentarlo más tarde; una respuesta 5xx le indica que desista y genere un rebote. La cola del servidor de envío reintenta por sí sola un código 4xx, así que solo un código 5xx requiere que actúe una persona.</translation>
    </message>
    <message>
        <source>When a reply carries both kinds, read the enhanced code first: it is the more precise of the two.</source>
        <translation>Cuando una respuesta lleva ambos tipos, lea primero el código mejorado: es el más preciso de los dos.</translation>
    </message>
    <message>
        <source>Where in the session the reply came tells them apart: %1.</source>
        <translation>El momento de la sesión en que llegó la respuesta los distingue: %1.</translation>
    </message>
    <message>
        <source>They call on different people to act: %1.</source>
        <translation>Requieren que actúen personas distintas: %1.</translation>
    </message>
    <message>
        <source>The meanings above are the difference; the text after the code usually says which one applies.</source>
        <translation>Los significados anteriores son la diferencia; el texto que sigue al código suele indicar cuál se aplica.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>The same where mail is logged only to the systemd journal:</source>
        <translation>Lo mismo si el correo solo se registra en el journal de systemd:</translation>
    </message>
    <message>
        <source>defined by %1, not in the registry</source>
        <translation>definido por %1, no figura en el registro</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes.</source>
        <translation>%1 no figura en el registro de la IANA de códigos de estado mejorados.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2 uses codes of its own.</source>
        <translation>%1 no figura en el registro de la IANA: %2 usa códigos propios.</translation>
    </message>
    <message>
        <source>The basic code says class %1 but the enhanced code says class %2: the server contradicts itself; the basic code decides whether to retry.</source>
        <translation>El código básico indica la clase %1, pero el código mejorado indica la clase %2: el servidor se contradice; es el código básico el que determina si se reintenta.</translation>
    </message>
    <message>
        <source>The registry does not list %1 for class %2.</source>
        <translation>El registro no recoge %1 para la clase %2.</translation>
    </message>
    <message>
        <source>%1 is not a standard SMTP reply code.</source>
        <translation>%1 no es un código de respuesta SMTP estándar.</translation>
    </message>
    <message>
        <source>As %1 uses it: %2</source>
        <translation>Cómo lo usa %1: %2</translation>
    </message>
    <message>
        <source>The reply names %1, a public DNS blocklist: the sending IP address is listed there, and delisting is asked of that list, not of %2.</source>
        <translation>La respuesta menciona %1, una lista de bloqueo DNS pública: la dirección IP de envío figura en ella, y la exclusión se solicita a esa lista, no a %2.</translation>
    </message>
    <message>
        <source>%1 is a code of %2, not in the IANA registry.</source>
        <translation>%1 es un código propio de %2 y no figura en el registro de la IANA.</translation>
    </message>
    <message>
        <source>[%1] is a tag of %2: its entry explains this reply.</source>
        <translation>[%1] es una etiqueta de %2: su entrada explica esta respuesta.</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en respuesta a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>Choose two codes above, or select a code in the list and press Ctrl+D to compare it with the code shown in Details.</source>
        <translation>Elija dos códigos arriba, o seleccione un código en la lista y presione Ctrl+D para compararlo con el código mostrado en Detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) not shown; all of them by category:</source>
        <translation>
            <numerusform>%n veredicto más no se muestra; todos, por categoría:</numerusform>
            <numerusform>%n veredictos más no se muestran; todos, por categoría:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 ocupa más de %2 MB, el máximo que lee smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 no es texto: contiene datos binarios.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>──── The original message, returned with the report ────</source>
        <translation>──── El mensaje original, devuelto junto con el informe ────</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quiso decir «%1»?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>Where in the session</source>
        <translation>Etapa de la sesión</translation>
    </message>
    <message>
        <source>Sent with basic codes</source>
        <translation>Se envía con los códigos básicos</translation>
    </message>
    <message>
        <source>Usual enhanced codes</source>
        <translation>Códigos mejorados habituales</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>As %1 uses it</source>
        <translation>Cómo lo usa %1</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Diferencias principales</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Cuándo usar cada uno</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado con %2</translation>
    </message>
    <message>
        <source>%1 section %2</source>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <source>Typical error texts</source>
        <translation>Textos de error habituales</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>A menudo se confunde con</translation>
    </message>
    <message>
        <source>What tells them apart</source>
        <translation>Qué los distingue</translation>
    </message>
    <message>
        <source>The difference</source>
        <translation>La diferencia</translation>
    </message>
    <message>
        <source>How to tell which one you have</source>
        <translation>Cómo saber cuál tiene</translation>
    </message>
    <message>
        <source>What to do differently</source>
        <translation>Qué hacer en cada caso</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SMTP reply codes</source>
        <translation>Códigos de respuesta SMTP</translation>
    </message>
    <message>
        <source>The first digit of a reply code is its class. An enhanced status code such as 5.7.1 starts with the same digit.</source>
        <translation>El primer dígito de un código de respuesta es su clase. Un código de estado mejorado como 5.7.1 empieza por el mismo dígito.</translation>
    </message>
    <message>
        <source>Codes people look up most</source>
        <translation>Códigos más consultados</translation>
    </message>
    <message>
        <source>What you can type in the search field</source>
        <translation>Qué puede escribir en el campo de búsqueda</translation>
    </message>
    <message>
        <source>A reply code, an enhanced status code, or both</source>
        <translation>Un código de respuesta, un código de estado mejorado o ambos</translation>
    </message>
    <message>
        <source>The start of a code, or a whole class: every code that begins so</source>
        <translation>El inicio de un código o una clase entera: todos los códigos que empiezan así</translation>
    </message>
    <message>
        <source>Words, in the interface language or in English</source>
        <translation>Palabras, en el idioma de la interfaz o en inglés</translation>
    </message>
    <message>
        <source>Words, in English</source>
        <translation>Palabras, en inglés</translation>
    </message>
    <message>
        <source>A line pasted from a bounce: its codes come first, then the codes its words describe</source>
        <translation>Una línea copiada de un rebote: primero sus códigos y después los códigos que describen sus palabras</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <extracomment>Words a person might type to find the code for a full mailbox, in your language</extracomment>
        <translation>buzón lleno</translation>
    </message>
    <message>
        <source>Enter opens the first result; Up and Down move in the list.</source>
        <translation>Intro abre el primer resultado; las teclas Arriba y Abajo permiten moverse por la lista.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>class %1 %2</source>
        <translation>clase %1 %2</translation>
    </message>
    <message>
        <source>no class (deprecated)</source>
        <translation>sin clase (obsoleto)</translation>
    </message>
    <message>
        <source>classes %1</source>
        <translation>clases %1</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Recipient not named</source>
        <translation>Destinatario no indicado</translation>
    </message>
    <message>
        <source>permanent: the message was returned</source>
        <translation>permanente: el mensaje se devolvió</translation>
    </message>
    <message>
        <source>temporary: the server keeps trying</source>
        <translation>temporal: el servidor sigue intentándolo</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Quién debe actuar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict for %n recipient(s)</source>
        <translation>
            <numerusform>Veredicto para %n destinatario</numerusform>
            <numerusform>Veredicto para %n destinatarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictCategories</name>
    <message>
        <source>Recipient unknown</source>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from lists if it stays unknown.</source>
        <translation>Compruebe si la dirección tiene errores tipográficos y pida la correcta al destinatario; elimínela de sus listas si sigue siendo desconocida.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>Tell the recipient another way that their mailbox is full, and send again once they have made room.</source>
        <translation>Avise al destinatario por otra vía de que su buzón está lleno y vuelva a enviar el mensaje cuando haya liberado espacio.</translation>
    </message>
    <message>
        <source>Mailbox disabled or suspended</source>
        <translation>Buzón desactivado o suspendido</translation>
    </message>
    <message>
        <source>Reach the recipient another way; if the account stays disabled, treat the address as gone.</source>
        <translation>Contacte con el destinatario por otra vía; si la cuenta sigue desactivada, considere que la dirección ya no existe.</translation>
    </message>
    <message>
        <source>Recipient moved</source>
        <translation>Cambio de dirección del destinatario</translation>
    </message>
    <message>
        <source>Send to the recipient&apos;s new address, once you have checked that it is genuine.</source>
        <translation>Escriba a la nueva dirección del destinatario, después de comprobar que es auténtica.</translation>
    </message>
    <message>
        <source>Domain does not exist or has no mail server</source>
        <translation>El dominio no existe o no tiene servidor de correo</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @; if it is right, its owner has to fix its DNS (MX records).</source>
        <translation>Revise la ortografía del dominio tras la @; si es correcta, su propietario debe corregir su DNS (registros MX).</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>El dominio no acepta correo (null MX)</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail: ask the recipient for an address at another domain.</source>
        <translation>El dominio declara que no recibe correo: pida al destinatario una dirección de otro dominio.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>Send a smaller message: compress the attachments or share a link instead.</source>
        <translation>Envíe un mensaje más pequeño: comprima los adjuntos o, en su lugar, comparta un enlace.</translation>
    </message>
    <message>
        <source>Too many recipients or over a sending limit</source>
        <translation>Demasiados destinatarios o límite de envío superado</translation>
    </message>
    <message>
        <source>Split the recipients into smaller batches, or wait until the sending limit resets.</source>
        <translation>Divida los destinatarios en lotes más pequeños o espere a que se restablezca el límite de envío.</translation>
    </message>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Error de autenticación (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>The sending domain&apos;s admin fixes SPF, signs with DKIM and aligns both with the From domain for DMARC.</source>
        <translation>El administrador del dominio de envío corrige SPF, firma con DKIM y alinea ambos con el dominio del From para DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Falta el DNS inverso</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending IP address for a PTR record whose name resolves back to that address.</source>
        <translation>Pida al titular de la dirección IP de envío un registro PTR cuyo nombre se resuelva de nuevo a esa misma dirección.</translation>
    </message>
    <message>
        <source>Sender IP or domain blocked</source>
        <translation>IP o dominio del remitente bloqueado</translation>
    </message>
    <message>
        <source>Look the sending IP address and domain up on the named blocklist, fix what got them listed, then ask for delisting.</source>
        <translation>Busque la dirección IP y el dominio de envío en la lista de bloqueo indicada, corrija lo que provocó su inclusión y luego solicite la exclusión.</translation>
    </message>
    <message>
        <source>Spam or content rejected</source>
        <translation>Spam o contenido rechazado</translation>
    </message>
    <message>
        <source>Review the message&apos;s content, links and attachments; if it is legitimate, the sending admin checks the domain&apos;s reputation.</source>
        <translation>Revise el contenido, los enlaces y los adjuntos del mensaje; si es legítimo, el administrador del lado remitente comprueba la reputación del dominio.</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Scan the sending computer and the attachment; send the file another way if it is clean.</source>
        <translation>Analice el equipo desde el que se envió y el adjunto; si el archivo está limpio, envíelo por otra vía.</translation>
    </message>
    <message>
        <source>Refused by local policy</source>
        <translation>Rechazado por la política local</translation>
    </message>
    <message>
        <source>Ask the recipient to have their mail admin allow your messages, quoting the reply line.</source>
        <translation>Pida al destinatario que su administrador de correo autorice sus mensajes, citando la línea de respuesta.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Retransmisión denegada</translation>
    </message>
    <message>
        <source>Send through your own mail server with authentication, not through a server that does not handle the recipient&apos;s domain.</source>
        <translation>Envíe a través de su propio servidor de correo con autenticación, no a través de un servidor que no gestiona el dominio del destinatario.</translation>
    </message>
    <message>
        <source>Sender address rejected</source>
        <translation>Dirección del remitente rechazada</translation>
    </message>
    <message>
        <source>Send from an address that your account may use and whose domain exists and receives mail.</source>
        <translation>Envíe desde una dirección que su cuenta pueda usar y cuyo dominio exista y reciba correo.</translation>
    </message>
    <message>
        <source>Rate limited or too many connections</source>
        <translation>Límite de velocidad o demasiadas conexiones</translation>
    </message>
    <message>
        <source>Let the queue retry later, and lower the sending rate and the number of parallel connections.</source>
        <translation>Deje que la cola reintente más tarde y reduzca la velocidad de envío y el número de conexiones simultáneas.</translation>
    </message>
    <message>
        <source>TLS required or failed</source>
        <translation>TLS obligatorio o fallido</translation>
    </message>
    <message>
        <source>The two servers could not agree on TLS: the receiving side&apos;s admin checks its certificate and STARTTLS, the sending side its TLS policy.</source>
        <translation>Los dos servidores no lograron ponerse de acuerdo sobre TLS: el administrador del lado receptor revisa su certificado y STARTTLS, y el del lado emisor, su política TLS.</translation>
    </message>
    <message>
        <source>Delivery expired</source>
        <translation>Plazo de entrega agotado</translation>
    </message>
    <message>
        <source>Network or connection error</source>
        <translation>Error de red o de conexión</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer: the queue retries by itself; if it lasts, their admin checks the server and its MX records.</source>
        <translation>El servidor de correo del destinatario no respondió: la cola reintenta por sí sola; si persiste, el administrador del destinatario revisa el servidor y sus registros MX.</translation>
    </message>
    <message>
        <source>Remote system error</source>
        <translation>Error del sistema remoto</translation>
    </message>
    <message>
        <source>Wait for the retries; if it persists, report the reply line to the recipient&apos;s mail admin.</source>
        <translation>Espere a los reintentos; si persiste, comunique la línea de respuesta al administrador de correo del destinatario.</translation>
    </message>
    <message>
        <source>Syntax or protocol error</source>
        <translation>Error de sintaxis o de protocolo</translation>
    </message>
    <message>
        <source>Check the sending software&apos;s settings (port, TLS mode, address format) and update it.</source>
        <translation>Revise la configuración del software de envío (puerto, modo TLS, formato de dirección) y actualícelo.</translation>
    </message>
    <message>
        <source>Auto-reply, not a bounce</source>
        <translation>Respuesta automática, no un rebote</translation>
    </message>
    <message>
        <source>Nothing failed: the message was delivered and the recipient&apos;s auto-reply answered it.</source>
        <translation>No ha fallado nada: el mensaje se entregó y la respuesta automática del destinatario lo contestó.</translation>
    </message>
    <message>
        <source>Complaint or abuse report</source>
        <translation>Queja o informe de abuso</translation>
    </message>
    <message>
        <source>Stop sending to the complaining recipient and check how the address got on your list.</source>
        <translation>Deje de enviar al destinatario que se quejó y compruebe cómo llegó la dirección a su lista.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Nothing to do: this is a success notice.</source>
        <translation>No hay nada que hacer: es una notificación de entrega correcta.</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Sin determinar</translation>
    </message>
    <message>
        <source>Read the reply line below and the code&apos;s explanation; the bounce does not say more.</source>
        <translation>Lea la línea de respuesta de abajo y la explicación del código; el rebote no dice más.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be reached before the queue gave up: tell the recipient another way, and send again once it accepts mail.</source>
        <translation>No se pudo contactar con el servidor del destinatario antes de que la cola desistiera: avise al destinatario por otra vía y vuelva a enviar el mensaje cuando el servidor acepte correo.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>basic code</source>
        <translation>código básico</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>código de estado mejorado</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>SMTP extension</source>
        <translation>extensión SMTP</translation>
    </message>
    <message>
        <source>registry association only</source>
        <translation>solo asociación en el registro</translation>
    </message>
    <message>
        <source>historic</source>
        <translation>histórico</translation>
    </message>
    <message>
        <source>draft, never standardized</source>
        <translation>borrador, nunca estandarizado</translation>
    </message>
    <message>
        <source>nonstandard, in no RFC</source>
        <translation>no estándar, no figura en ningún RFC</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>nobody, nothing to fix</source>
        <translation>nadie, no hay nada que corregir</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>the sender&apos;s mail administrator</source>
        <translation>el administrador de correo del remitente</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>the recipient&apos;s mail administrator</source>
        <translation>el administrador de correo del destinatario</translation>
    </message>
    <message>
        <source>the client software</source>
        <translation>el software cliente</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>fin de los datos</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>cualquier comando</translation>
    </message>
    <message>
        <source>bounce report (DSN)</source>
        <translation>informe de rebote (DSN)</translation>
    </message>
    <message>
        <source>Not an SMTP reply (client-side error)</source>
        <translation>No es una respuesta SMTP (error del lado del cliente)</translation>
    </message>
    <message>
        <source>Positive Completion</source>
        <translation>Finalización positiva</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Intermedia positiva</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Finalización negativa transitoria</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Finalización negativa permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Clase desconocida</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Estado otro o no definido</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Estado del direccionamiento</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Estado del buzón</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Estado del sistema de correo</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Estado de la red y del enrutamiento</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Estado del protocolo de entrega de correo</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Estado del contenido o del tipo de medio del mensaje</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Estado de seguridad o de políticas</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Categoría desconocida</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>Sintaxis</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Sistema de correo</translation>
    </message>
    <message>
        <source>Unspecified category</source>
        <translation>Categoría no especificada</translation>
    </message>
    <message>
        <source>Nothing to retry: the step succeeded</source>
        <translation>Nada que reintentar: el paso se completó correctamente</translation>
    </message>
    <message>
        <source>Go on: the server waits for more input</source>
        <translation>Continuar: el servidor espera más datos</translation>
    </message>
    <message>
        <source>Retry later: the failure is temporary</source>
        <translation>Reintentar más tarde: el error es temporal</translation>
    </message>
    <message>
        <source>Do not retry unchanged: the failure is permanent</source>
        <translation>No reintentar sin cambios: el error es permanente</translation>
    </message>
    <message>
        <source>No SMTP reply: check the connection</source>
        <translation>Sin respuesta SMTP: compruebe la conexión</translation>
    </message>
    <message>
        <source>provider tag</source>
        <translation>etiqueta de proveedor</translation>
    </message>
    <message>
        <source>defined by a mail provider</source>
        <translation>definido por un proveedor de correo</translation>
    </message>
</context>
<context>
    <name>smtpref::ComparisonView</name>
    <message>
        <source>First code</source>
        <translation>Primer código</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Code %1 to compare</source>
        <translation>Código %1 que comparar</translation>
    </message>
    <message>
        <source>Another code</source>
        <translation>Otro código</translation>
    </message>
    <message>
        <source>Remove this code from the comparison</source>
        <translation>Quitar este código de la comparación</translation>
    </message>
    <message>
        <source>Reverse the order of the codes</source>
        <translation>Invertir el orden de los códigos</translation>
    </message>
    <message>
        <source>Add a code to the comparison (up to four)</source>
        <translation>Añadir un código a la comparación (hasta cuatro)</translation>
    </message>
    <message>
        <source>Add a code to the comparison</source>
        <translation>Añadir un código a la comparación</translation>
    </message>
    <message>
        <source>The codes side by side, what tells them apart, their key differences, and when to use which.</source>
        <translation>Los códigos lado a lado, qué los distingue, sus diferencias principales y cuándo usar cada uno.</translation>
    </message>
</context>
<context>
    <name>smtpref::ExplainView</name>
    <message>
        <source>Text to explain</source>
        <translation>Texto que explicar</translation>
    </message>
    <message>
        <source>Codes found in the text</source>
        <translation>Códigos encontrados en el texto</translation>
    </message>
    <message>
        <source>Enter opens the code&apos;s details.</source>
        <translation>Intro abre los detalles del código.</translation>
    </message>
    <message>
        <source>Copy Redacted</source>
        <translation>Copiar anonimizado</translation>
    </message>
    <message>
        <source>Copy the text with e-mail addresses, IP addresses and host names masked</source>
        <translation>Copiar el texto con las direcciones de correo electrónico, las direcciones IP y los nombres de host enmascarados</translation>
    </message>
    <message>
        <source>Copy the text redacted</source>
        <translation>Copiar el texto anonimizado</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Todavía no hay texto.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in this text.</source>
        <translation>No se encontró ningún código de respuesta SMTP en este texto.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Se encontró %n código. Presione Intro o haga doble clic para abrirlo.</numerusform>
            <numerusform>Se encontraron %n códigos. Presione Intro o haga doble clic en uno para abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict for each recipient</source>
        <translation>Veredicto para cada destinatario</translation>
    </message>
    <message>
        <source>Paste or drop a bounce message, a delivery status notification, a mail log or an SMTP transcript here, or open one with File &gt; Open. The verdict for each recipient and every reply code in it are shown on the right.</source>
        <translation>Pegue o suelte aquí un mensaje de rebote, una notificación de estado de entrega, un registro de correo o una transcripción SMTP, o abra uno con Archivo &gt; Abrir. El veredicto para cada destinatario y todos los códigos de respuesta que contiene se muestran a la derecha.</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are shown shortened and the text cannot be edited here; all of it is explained and copied. &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>Las líneas de más de %1 caracteres se muestran recortadas y el texto no se puede editar aquí; se explica y se copia completo. &lt;a href=&quot;clear&quot;&gt;Borrar&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref — SMTP reply codes</source>
        <translation>smtpref — códigos de respuesta SMTP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>Copiar como &amp;texto sin formato</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Buscar código…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>All Classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Basic Codes</source>
        <translation>Códigos básicos</translation>
    </message>
    <message>
        <source>Enhanced Codes</source>
        <translation>Códigos mejorados</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation>Mostrar co&amp;mparación</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Compare Selected With Shown</source>
        <translation>&amp;Comparar el seleccionado con el mostrado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <translation>A&amp;cerca de smtpref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Details and comparison</source>
        <translation>Detalles y comparación</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Detalles del código</translation>
    </message>
    <message>
        <source>Everything about the selected code; codes in the text are links.</source>
        <translation>Todo sobre el código seleccionado; los códigos del texto son enlaces.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown.</source>
        <translation>%1 copiado como Markdown.</translation>
    </message>
    <message>
        <source>Copied %1 as plain text.</source>
        <translation>%1 copiado como texto sin formato.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;An offline reference for SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;: RFC 5321, RFC 3463 and the RFCs that extend them (IETF; used under the IETF Trust&apos;s legal provisions), and the IANA &quot;SMTP Enhanced Status Codes&quot; registry. The explanations, causes, checks and advice were written for smtpref. Provider usage describes public behaviour of those providers.&lt;/p&gt;&lt;p&gt;smtpref is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Una referencia sin conexión de los códigos de respuesta SMTP y los códigos de estado mejorados.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2; se ejecuta con Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fuentes de datos&lt;/b&gt;: RFC 5321, RFC 3463 y los RFC que los amplían (IETF; usados conforme a las disposiciones legales del IETF Trust), y el registro &quot;SMTP Enhanced Status Codes&quot; de la IANA. Las explicaciones, causas, comprobaciones y consejos se escribieron para smtpref. Los apartados sobre el uso de cada proveedor describen el comportamiento público de esos proveedores.&lt;/p&gt;&lt;p&gt;smtpref es software libre, distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <translation>Acerca de smtpref</translation>
    </message>
    <message>
        <source>The settings file could not be read; using the defaults.</source>
        <translation>No se pudo leer el archivo de configuración; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as %1 and the defaults are used.</source>
        <translation>El archivo de configuración estaba dañado; se conservó como %1 y se usan los valores predeterminados.</translation>
    </message>
    <message numerus="yes">
        <source>The built-in catalog has %n problem(s); some codes may be missing or wrong. The details are in the terminal output.</source>
        <translation>
            <numerusform>El catálogo integrado tiene %n problema; puede que falten algunos códigos o que haya errores en ellos. Encontrará los detalles en la salida de la consola.</numerusform>
            <numerusform>El catálogo integrado tiene %n problemas; puede que falten algunos códigos o que haya errores en ellos. Encontrará los detalles en la salida de la consola.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Explicar texto…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Copied the text with addresses and host names masked.</source>
        <translation>Texto copiado con las direcciones y los nombres de host enmascarados.</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Search Tips</source>
        <translation>&amp;Consejos de búsqueda</translation>
    </message>
    <message>
        <source>There is no home folder (HOME is not set): the settings will not be saved.</source>
        <translation>No hay carpeta personal (HOME no está definida): la configuración no se guardará.</translation>
    </message>
    <message>
        <source>The settings will not be saved: %1 cannot be written.</source>
        <translation>La configuración no se guardará: no se puede escribir %1.</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Abrir rebote o registro…</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir un rebote o un registro</translation>
    </message>
    <message>
        <source>Mail messages and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Mensajes de correo y registros (*.eml *.msg *.mbox *.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most smtpref reads.</source>
        <translation>%1 ocupa más de %2 MB, el máximo que lee smtpref.</translation>
    </message>
    <message>
        <source>%1 is not text: it holds binary data.</source>
        <translation>%1 no es texto: contiene datos binarios.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
</context>
<context>
    <name>smtpref::PasteArea</name>
    <message numerus="yes">
        <source> … (%n more characters on this line, not shown)</source>
        <translation>
            <numerusform> … (%n carácter más en esta línea, no mostrado)</numerusform>
            <numerusform> … (%n caracteres más en esta línea, no mostrados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Search codes</source>
        <translation>Buscar códigos</translation>
    </message>
    <message>
        <source>Type a code, a code prefix or words; Up and Down move in the results.</source>
        <translation>Escriba un código, el inicio de un código o palabras; las teclas Arriba y Abajo permiten moverse por los resultados.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Only %1 codes</source>
        <translation>Solo códigos %1</translation>
    </message>
    <message>
        <source>Show codes of every class</source>
        <translation>Mostrar códigos de todas las clases</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Códigos básicos</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos mejorados</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Tipo de código</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Códigos coincidentes</translation>
    </message>
    <message>
        <source>Codes that match the search, best match first.</source>
        <translation>Códigos que coinciden con la búsqueda, los más relevantes primero.</translation>
    </message>
    <message>
        <source>Number of matching codes</source>
        <translation>Número de códigos coincidentes</translation>
    </message>
    <message>
        <source>No matching codes</source>
        <translation>No hay códigos coincidentes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <translation>
            <numerusform>%1 de %n código</numerusform>
            <numerusform>%1 de %n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or type a code such as 550 or 5.7.1.</source>
        <translation>Revise la ortografía, use menos palabras o escriba un código como 550 o 5.7.1.</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>Ningún código coincide con «%1».</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Compare With the Code Shown</source>
        <translation>Comparar con el código mostrado</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.1, 4.7, 5xx, words or a line from a bounce</source>
        <translation>Buscar: 550, 5.7.1, 4.7, 5xx, palabras o una línea de un rebote</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>Provider codes</source>
        <translation>Códigos de proveedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Only the codes a mail provider defines, or the codes one provider sends</source>
        <translation>Solo los códigos que define un proveedor de correo, o los que envía un proveedor concreto</translation>
    </message>
    <message>
        <source>Filters are on: choose All, All kinds and All sources to search every code.</source>
        <translation>Hay filtros activos: elija Todas, Todos los tipos y Todas las fuentes para buscar en todos los códigos.</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Move in the results from the search field</source>
        <translation>Moverse por los resultados desde el campo de búsqueda</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Atrás, Adelante</translation>
    </message>
    <message>
        <source>Compare the selected code with the code shown</source>
        <translation>Comparar el código seleccionado con el mostrado</translation>
    </message>
    <message>
        <source>Show details, Show comparison</source>
        <translation>Mostrar detalles, Mostrar comparación</translation>
    </message>
    <message>
        <source>Larger text, smaller text, normal size</source>
        <translation>Texto más grande, texto más pequeño, tamaño normal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Explain a pasted bounce, log or transcript</source>
        <translation>Explicar un texto pegado (rebote, registro o transcripción)</translation>
    </message>
    <message>
        <source>Open the selected code, or the first one</source>
        <translation>Abrir el código seleccionado o, si no hay ninguno, el primero</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as plain text</source>
        <translation>Copiar el código o la comparación como texto sin formato</translation>
    </message>
    <message>
        <source>Copy the code or the comparison as Markdown</source>
        <translation>Copiar el código o la comparación como Markdown</translation>
    </message>
    <message>
        <source>Open a bounce mail or a log file to explain</source>
        <translation>Abrir un rebote o un archivo de registro para explicarlo</translation>
    </message>
</context>
</TS>
